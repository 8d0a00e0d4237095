//! A pipeline against a TCP server on 127.0.0.1 that reads every query
//! first and then answers them in reverse order (or with IDs of its own).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

use super::*;

/// A query-shaped message: ID, then `tag` (the server echoes it back).
fn message(id: u16, tag: u8) -> Vec<u8> {
    let mut m = id.to_be_bytes().to_vec(); // ID
    m.extend_from_slice(&[0x01, 0x00]); // flags: RD
    m.extend_from_slice(&[0; 8]); // counts
    m.push(tag); // not DNS: what the reply must carry back
    m
}

async fn read_framed(s: &mut TcpStream) -> Option<Vec<u8>> {
    let mut len = [0u8; 2];
    s.read_exact(&mut len).await.ok()?;
    let mut m = vec![0u8; usize::from(u16::from_be_bytes(len))];
    s.read_exact(&mut m).await.ok()?;
    Some(m)
}

async fn write_framed(s: &mut TcpStream, m: &[u8]) {
    let mut f = (m.len() as u16).to_be_bytes().to_vec();
    f.extend_from_slice(m);
    s.write_all(&f).await.unwrap();
}

/// A server that takes one connection, reads `n` queries, then writes
/// `answer(queries)` and closes.
async fn server(n: usize, answer: fn(Vec<Vec<u8>>) -> Vec<Vec<u8>>) -> (std::net::SocketAddr, tokio::task::JoinHandle<usize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut queries = Vec::new();
        while queries.len() < n {
            match read_framed(&mut s).await {
                Some(q) => queries.push(q),
                None => break,
            }
        }
        let got = queries.len();
        for r in answer(queries) {
            write_framed(&mut s, &r).await;
        }
        got
    });
    (addr, task)
}

async fn pipeline_to(addr: std::net::SocketAddr) -> Pipeline {
    let tcp = TcpStream::connect(addr).await.unwrap();
    let local = tcp.local_addr().ok();
    Pipeline::start(Box::new(tcp), local, TransportError::from)
}

fn soon() -> Instant {
    Instant::now() + Duration::from_secs(5)
}

#[tokio::test]
async fn replies_in_any_order_reach_their_own_queries() {
    let (addr, server) = server(3, |mut qs| {
        qs.reverse();
        qs
    })
    .await;
    let p = pipeline_to(addr).await;
    let mut queries: Vec<PipelinedQuery> = [0x1111u16, 0x2222, 0x3333].iter().map(|id| p.join(*id).unwrap()).collect();
    for (i, q) in queries.iter_mut().enumerate() {
        q.send(&message([0x1111, 0x2222, 0x3333][i], i as u8), soon()).await.unwrap();
    }
    // All three went out on the one connection before any reply came.
    for (i, q) in queries.iter_mut().enumerate() {
        let reply = q.recv(soon()).await.unwrap();
        assert_eq!(reply, message([0x1111, 0x2222, 0x3333][i], i as u8));
    }
    assert_eq!(server.await.unwrap(), 3);
}

#[tokio::test]
async fn an_id_in_flight_cannot_join_twice() {
    let (addr, _server) = server(1, |qs| qs).await;
    let p = pipeline_to(addr).await;
    let first = p.join(7).unwrap();
    assert!(p.join(7).is_none(), "a second query with ID 7 would get the first one's reply");
    drop(first);
    assert!(p.join(7).is_some(), "free again once the first is done");
}

#[tokio::test]
async fn a_garbled_id_goes_to_the_oldest_query() {
    // Replies: one to an ID no query had (0xdead), then the second query's.
    let (addr, _server) = server(2, |qs| vec![message(0xdead, 9), qs[1].clone()]).await;
    let p = pipeline_to(addr).await;
    let mut a = p.join(1).unwrap();
    let mut b = p.join(2).unwrap();
    a.send(&message(1, 0), soon()).await.unwrap();
    b.send(&message(2, 1), soon()).await.unwrap();
    // The oldest query gets the stranger, and reports the mismatch itself.
    assert_eq!(a.recv(soon()).await.unwrap(), message(0xdead, 9));
    assert_eq!(b.recv(soon()).await.unwrap(), message(2, 1));
}

#[tokio::test]
async fn a_message_too_short_for_an_id_goes_to_the_oldest_query() {
    // An empty message (length prefix 0) and a one-byte one: no ID to
    // route by. dig reads them as its own query's reply ("short (< header
    // size) message"); dropped, the lookup would wait for its timeout.
    let (addr, _server) = server(2, |_| vec![Vec::new(), vec![0x42]]).await;
    let p = pipeline_to(addr).await;
    let mut a = p.join(1).unwrap();
    let mut b = p.join(2).unwrap();
    a.send(&message(1, 0), soon()).await.unwrap();
    b.send(&message(2, 1), soon()).await.unwrap();
    assert_eq!(a.recv(soon()).await.unwrap(), Vec::<u8>::new());
    assert_eq!(a.recv(soon()).await.unwrap(), vec![0x42]);
}

#[tokio::test]
async fn a_reply_for_a_query_that_stopped_waiting_goes_nowhere() {
    // Both queries sent; the first gives up; its reply comes anyway.
    let (addr, _server) = server(2, |qs| vec![qs[0].clone(), qs[1].clone()]).await;
    let p = pipeline_to(addr).await;
    let mut a = p.join(1).unwrap();
    let mut b = p.join(2).unwrap();
    a.send(&message(1, 0), soon()).await.unwrap();
    b.send(&message(2, 1), soon()).await.unwrap();
    drop(a);
    assert_eq!(b.recv(soon()).await.unwrap(), message(2, 1));
}

#[tokio::test]
async fn the_server_closing_ends_every_waiting_query_and_the_pipeline() {
    let (addr, _server) = server(2, |_| Vec::new()).await;
    let p = pipeline_to(addr).await;
    let mut a = p.join(1).unwrap();
    let mut b = p.join(2).unwrap();
    a.send(&message(1, 0), soon()).await.unwrap();
    b.send(&message(2, 0), soon()).await.unwrap();
    assert_eq!(a.recv(soon()).await, Err(TransportError::Eof));
    assert_eq!(b.recv(soon()).await, Err(TransportError::Eof));
    assert!(!p.is_open());
    assert!(p.join(3).is_none(), "a closed pipeline takes no query");
}

#[tokio::test]
async fn a_silent_server_times_the_query_out_at_its_deadline() {
    let (addr, _server) = server(5, |qs| qs).await;
    let p = pipeline_to(addr).await;
    let mut a = p.join(1).unwrap();
    a.send(&message(1, 0), soon()).await.unwrap();
    let r = a.recv(Instant::now() + Duration::from_millis(50)).await;
    assert_eq!(r, Err(TransportError::TimedOut));
    assert!(p.is_open(), "a timeout does not end the connection");
}
