//! Shared sockets over real sockets on 127.0.0.1: each query gets the
//! datagrams with its id, whatever order they come in; the lone query
//! waiting gets a stranger's datagram (dig's id mismatch); a second query
//! with an id in flight gets no share; an ICMP unreachable reaches every
//! query waiting.

use std::net::UdpSocket as StdSocket;

use super::*;
use crate::transport::testing::{after, datagram, udp_peer};

/// The server reads one query: its id and where it came from.
fn query(server: &StdSocket) -> (u16, SocketAddr) {
    let mut buf = [0u8; 512];
    let (_, from) = server.recv_from(&mut buf).expect("a query");
    (u16::from_be_bytes([buf[0], buf[1]]), from)
}

#[tokio::test]
async fn each_query_gets_its_own_answer_over_one_port() {
    let (server, addr) = udp_peer();
    let sharing = Sharing::default();
    let mut a = sharing.open(addr, 0x0a0a).await.expect("a share");
    let mut b = sharing.open(addr, 0x0b0b).await.expect("a share");
    assert_eq!(a.local_addr(), b.local_addr(), "one socket");
    a.send(&datagram(0x0a0a, 0)).await.unwrap();
    b.send(&datagram(0x0b0b, 0)).await.unwrap();
    let (_, from) = query(&server);
    query(&server);
    // Answered in the other order, with a stranger between them.
    server.send_to(&datagram(0x0b0b, 2), from).unwrap();
    server.send_to(&datagram(0x7777, 7), from).unwrap();
    server.send_to(&datagram(0x0a0a, 1), from).unwrap();
    assert_eq!(a.recv(after(5)).await.unwrap(), datagram(0x0a0a, 1));
    assert_eq!(b.recv(after(5)).await.unwrap(), datagram(0x0b0b, 2));
}

#[tokio::test]
async fn the_only_query_waiting_sees_a_strangers_datagram() {
    let (server, addr) = udp_peer();
    let sharing = Sharing::default();
    let mut a = sharing.open(addr, 0x0101).await.expect("a share");
    a.send(&datagram(0x0101, 0)).await.unwrap();
    let (_, from) = query(&server);
    server.send_to(&datagram(0x0202, 9), from).unwrap();
    server.send_to(&datagram(0x0101, 1), from).unwrap();
    // As on a socket of its own: the wrong id first (dig warns and reads
    // on), then its answer.
    assert_eq!(a.recv(after(5)).await.unwrap(), datagram(0x0202, 9));
    assert_eq!(a.recv(after(5)).await.unwrap(), datagram(0x0101, 1));
}

#[tokio::test]
async fn an_id_in_flight_gets_no_share_until_its_query_ends() {
    let (_server, addr) = udp_peer();
    let sharing = Sharing::default();
    let first = sharing.open(addr, 0x3333).await.expect("a share");
    assert!(sharing.open(addr, 0x3333).await.is_none(), "the id is taken");
    drop(first);
    assert!(sharing.open(addr, 0x3333).await.is_some(), "free again");
}

#[tokio::test]
async fn a_late_answer_to_an_ended_query_reaches_nobody() {
    let (server, addr) = udp_peer();
    let sharing = Sharing::default();
    let a = sharing.open(addr, 0x4444).await.expect("a share");
    let mut b = sharing.open(addr, 0x5555).await.expect("a share");
    let mut c = sharing.open(addr, 0x6666).await.expect("a share");
    a.send(&datagram(0x4444, 0)).await.unwrap();
    let (_, from) = query(&server);
    drop(a);
    server.send_to(&datagram(0x4444, 4), from).unwrap();
    server.send_to(&datagram(0x5555, 5), from).unwrap();
    assert_eq!(b.recv(after(5)).await.unwrap(), datagram(0x5555, 5));
    assert_eq!(c.recv(Instant::now() + Duration::from_millis(200)).await, Err(TransportError::TimedOut));
}

#[tokio::test]
async fn a_closed_port_is_refused_for_every_query_waiting() {
    let (server, addr) = udp_peer();
    drop(server);
    let sharing = Sharing::default();
    let mut a = sharing.open(addr, 0x0001).await.expect("a share");
    let mut b = sharing.open(addr, 0x0002).await.expect("a share");
    a.send(&datagram(0x0001, 0)).await.unwrap();
    assert_eq!(a.recv(after(5)).await, Err(TransportError::Refused));
    assert_eq!(b.recv(after(5)).await, Err(TransportError::Refused));
}

#[tokio::test]
async fn the_port_is_drawn_again_after_rotate_after_queries() {
    let (_server, addr) = udp_peer();
    let sharing = Sharing::default();
    let first = sharing.open(addr, 0).await.expect("a share").local_addr();
    let mut last = first;
    for id in 1..=ROTATE_AFTER as u16 {
        last = sharing.open(addr, id).await.expect("a share").local_addr();
    }
    assert_ne!(first, last, "a new socket after {ROTATE_AFTER} queries");
}
