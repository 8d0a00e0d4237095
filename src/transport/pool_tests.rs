//! Tests of `pool`: contexts built once, connections reused across
//! lookups and replaced when the server has closed them, over real sockets
//! on 127.0.0.1.

use std::sync::atomic::Ordering;
use std::time::Duration;

use hickory_proto::rr::RecordType;

use super::*;
use crate::transport::https::{Method, authority};
use crate::transport::testing::*;
use crate::transport::tls::{ALPN_DOT, ALPN_H2, TlsSettings};

fn deadlines() -> Deadlines {
    Deadlines { connect: after(10), handshake: after(10) }
}

/// Waits (at most 10 s) until `done` holds.
async fn until(mut done: impl FnMut() -> bool) {
    let end = after(10);
    while !done() && tokio::time::Instant::now() < end {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[test]
fn contexts_are_built_once_and_failures_not_kept() {
    let dir = TempDir::new();
    let pool = Pool::new();
    let a = pool.context(&TlsSettings::unverified(IP)).unwrap();
    let b = pool.context(&TlsSettings::unverified(IP)).unwrap();
    assert!(Arc::ptr_eq(&a, &b));
    let c = pool.context(&TlsSettings::unverified(NAME)).unwrap();
    assert!(!Arc::ptr_eq(&a, &c));
    let ca = dir.path("ca.pem");
    let missing = verifying(&ca, IP);
    assert!(matches!(pool.context(&missing), Err(ContextError::CaFile { .. })));
    dir.write("ca.pem", &Pki::new("CA").ca_pem);
    assert!(pool.context(&missing).is_ok(), "a failure is not kept");
}

#[tokio::test]
async fn a_dot_channel_given_back_serves_the_next_lookup() {
    let pki = Pki::new("CA");
    let (addr, counts) = dot_server(pki.leaf(&[NAME, IP]).server_config(&[ALPN_DOT]), DotMode::Answer).await;
    let pool = Pool::new();
    let settings = TlsSettings::unverified(IP);
    let mut first = pool.take_dot(addr, None, &settings, deadlines()).await.unwrap();
    let local = first.local_addr();
    first.send(&query(1, "www.example.", RecordType::A), after(10)).await.unwrap();
    first.recv(after(10)).await.unwrap();
    pool.put_dot(addr, None, &settings, first);
    assert_eq!(pool.connections(), 1);
    let mut second = pool.take_dot(addr, None, &settings, deadlines()).await.unwrap();
    assert_eq!(second.local_addr(), local);
    second.send(&query(2, "www.example.", RecordType::A), after(10)).await.unwrap();
    assert_eq!(decode(&second.recv(after(10)).await.unwrap()).metadata.id, 2);
    assert_eq!(counts.accepted.load(Ordering::SeqCst), 1);
    // Other settings never share it.
    pool.put_dot(addr, None, &settings, second);
    let other = pool.take_dot(addr, None, &TlsSettings::unverified(NAME), deadlines()).await.unwrap();
    assert_ne!(other.local_addr(), local);
    assert_eq!(counts.accepted.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_dot_channel_the_server_closed_is_replaced() {
    let pki = Pki::new("CA");
    let (addr, counts) = dot_server(pki.leaf(&[NAME, IP]).server_config(&[ALPN_DOT]), DotMode::AnswerOnceThenClose).await;
    let pool = Pool::new();
    let settings = TlsSettings::unverified(IP);
    for id in 1..=3u16 {
        let mut ch = pool.take_dot(addr, None, &settings, deadlines()).await.unwrap();
        ch.send(&query(id, "www.example.", RecordType::A), after(10)).await.unwrap();
        assert_eq!(decode(&ch.recv(after(10)).await.unwrap()).metadata.id, id);
        // Given back at once (likely still open, and kept); then the
        // server's close_notify and FIN are in (loopback delivers them
        // before the server's shutdown returns), and the next take must
        // see that and connect anew.
        pool.put_dot(addr, None, &settings, ch);
        until(|| counts.closed.load(Ordering::SeqCst) == usize::from(id)).await;
    }
    assert_eq!(counts.accepted.load(Ordering::SeqCst), 3);
    // Given back after the close was seen: not kept at all.
    let mut ch = pool.take_dot(addr, None, &settings, deadlines()).await.unwrap();
    ch.send(&query(4, "www.example.", RecordType::A), after(10)).await.unwrap();
    ch.recv(after(10)).await.unwrap();
    until(|| !ch.is_open()).await;
    pool.put_dot(addr, None, &settings, ch);
    assert_eq!(pool.connections(), 0, "a closed channel is not kept");
}

#[tokio::test]
async fn doh_connections_are_shared_and_replaced_when_closed() {
    let pki = Pki::new("CA");
    let (addr, _) = h2_server(Some(pki.leaf(&[NAME, IP]).server_config(&[ALPN_H2]))).await;
    let pool = Pool::new();
    let settings = TlsSettings::unverified(IP);
    let auth = authority(IP, addr.port());
    let q = query(8, "www.example.", RecordType::A);
    let a = pool.doh(addr, None, Some(&settings), &auth, deadlines()).await.unwrap();
    let b = pool.doh(addr, None, Some(&settings), &auth, deadlines()).await.unwrap();
    assert_eq!(a.local_addr(), b.local_addr());
    // The server ends the connection after this one.
    assert!(a.exchange(&q, Method::Post, "/close", after(10)).await.is_ok());
    until(|| !a.is_open()).await;
    let c = pool.doh(addr, None, Some(&settings), &auth, deadlines()).await.unwrap();
    assert_ne!(c.local_addr(), a.local_addr());
    assert!(c.exchange(&q, Method::Get, "/dns-query", after(10)).await.is_ok());
    // Clear text is another connection.
    let (h2c, _) = h2_server(None).await;
    let plain = pool.doh(h2c, None, None, &authority(IP, h2c.port()), deadlines()).await.unwrap();
    assert!(plain.exchange(&q, Method::Post, "/dns-query", after(10)).await.is_ok());
    assert_eq!(pool.connections(), 2);
    pool.forget(addr);
    assert_eq!(pool.connections(), 1);
    pool.clear();
    assert_eq!(pool.connections(), 0);
}

#[tokio::test]
async fn quic_connections_are_shared() {
    let pki = Pki::new("CA");
    let server = hickory(&pki.leaf(&[NAME, IP])).await;
    let pool = Pool::new();
    let settings = TlsSettings::unverified(IP);
    let a = pool.doq(server.quic, None, &settings, after(10)).await.unwrap();
    let b = pool.doq(server.quic, None, &settings, after(10)).await.unwrap();
    assert_eq!(a.local_addr(), b.local_addr());
    assert!(b.exchange(&query(1, "www.example.", RecordType::A), after(10)).await.is_ok());
    a.close();
    let c = pool.doq(server.quic, None, &settings, after(10)).await.unwrap();
    assert_ne!(c.local_addr(), a.local_addr());
    assert!(c.exchange(&query(2, "www.example.", RecordType::A), after(10)).await.is_ok());
    let auth = authority(IP, server.h3.port());
    let h = pool.h3(server.h3, None, &settings, &auth, after(10)).await.unwrap();
    let h2 = pool.h3(server.h3, None, &settings, &auth, after(10)).await.unwrap();
    assert_eq!(h.local_addr(), h2.local_addr());
    assert!(h.exchange(&query(3, "www.example.", RecordType::A), Method::Post, DOH_PATH, after(10)).await.is_ok());
}

#[tokio::test]
async fn pool_errors_keep_their_type() {
    let pool = Pool::new();
    let only_cert = TlsSettings { client_cert: Some("/c.pem".into()), ..TlsSettings::unverified(IP) };
    let e = pool.take_dot(closed_port(), None, &only_cert, deadlines()).await.unwrap_err();
    assert_eq!(e, PoolError::Context(ContextError::CertKeyPair));
    let e = pool.take_dot(closed_port(), None, &TlsSettings::unverified(IP), deadlines()).await.unwrap_err();
    assert_eq!(e, PoolError::Connect(ConnectError::Connect(crate::transport::TransportError::Refused)));
}
