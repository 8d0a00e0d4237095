//! The batch's own sockets (a query that cannot share its server's) over
//! real sockets on 127.0.0.1: a pooled socket
//! never hands a query the previous query's answer, however late a
//! duplicate of it comes.

use std::net::UdpSocket as StdSocket;
use std::time::Duration;

use super::*;
use crate::transport::testing::{after, datagram, udp_peer};

/// One query through `channel`, the server's reply `reply`.
async fn exchange(channel: &UdpChannel, server: &StdSocket, id: u16, reply: &[u8]) -> Vec<u8> {
    channel.send(&datagram(id, 0)).await.expect("sent");
    let mut buf = [0u8; 512];
    let (n, from) = server.recv_from(&mut buf).expect("the query reaches the server");
    assert_eq!(&buf[..2], &id.to_be_bytes(), "{n} bytes");
    server.send_to(reply, from).expect("the reply goes");
    channel.recv(after(5)).await.expect("a datagram")
}

#[tokio::test]
async fn a_late_duplicate_of_the_last_answer_never_reaches_the_next_query() {
    let (server, addr) = udp_peer();
    let pool = SocketPool::default();
    let first = pool.open_own(addr, None, 0x1111).await.expect("a socket");
    let local = first.local_addr().expect("bound");
    assert_eq!(exchange(&first, &server, 0x1111, &datagram(0x1111, 1)).await, datagram(0x1111, 1));
    pool.put_back(PooledChannel::Own(first), 0x1111);
    // The duplicate comes after the query ended, before the next one.
    server.send_to(&datagram(0x1111, 1), local).expect("the duplicate goes");
    let second = pool.open_own(addr, None, 0x2222).await.expect("a socket");
    assert_eq!(second.local_addr(), Some(local), "the pooled socket is reused");
    assert_eq!(exchange(&second, &server, 0x2222, &datagram(0x2222, 2)).await, datagram(0x2222, 2));
    // And it keeps coming: still dropped while the next query waits.
    second.send(&datagram(0x2222, 0)).await.expect("sent");
    server.send_to(&datagram(0x1111, 1), local).expect("another duplicate");
    server.send_to(&datagram(0x3333, 3), local).expect("something else");
    assert_eq!(second.recv(after(5)).await.expect("a datagram"), datagram(0x3333, 3));
}

#[tokio::test]
async fn a_query_drawing_the_stale_id_gets_a_drained_socket() {
    let (server, addr) = udp_peer();
    let pool = SocketPool::default();
    let first = pool.open_own(addr, None, 0x4444).await.expect("a socket");
    let local = first.local_addr().expect("bound");
    exchange(&first, &server, 0x4444, &datagram(0x4444, 1)).await;
    pool.put_back(PooledChannel::Own(first), 0x4444);
    server.send_to(&datagram(0x4444, 1), local).expect("the duplicate goes");
    // Let the duplicate land before the socket is taken again.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let again = pool.open_own(addr, None, 0x4444).await.expect("a socket");
    assert_eq!(again.local_addr(), Some(local), "the pooled socket is reused");
    // The old duplicate went with the drain; the new answer, same id, is
    // the query's own.
    assert_eq!(exchange(&again, &server, 0x4444, &datagram(0x4444, 9)).await, datagram(0x4444, 9));
}

#[tokio::test]
async fn a_fresh_channel_drops_nothing() {
    let (server, addr) = udp_peer();
    let channel = UdpChannel::open(addr, None).await.expect("a socket");
    assert_eq!(exchange(&channel, &server, 0x5555, &datagram(0x5555, 5)).await, datagram(0x5555, 5));
}
