//! DNS over UDP (RFC 1035 4.2.1). A connected socket per query: the kernel
//! then drops datagrams from any other address and reports ICMP port
//! unreachable as "connection refused", as BIND's clients see it.
//!
//! A batch (many lookups in flight) sends its queries to a server over the
//! server's one shared socket (`udp_shared`). A query that cannot share it
//! (dig -b, or its id already in flight there) takes a socket of its own
//! from a [`SocketPool`] instead of opening one: each socket keeps the random port the
//! kernel gave it and is connected to each query's server in turn (a
//! connect() on a UDP socket only sets the peer), which saves the socket's
//! creation and teardown on every query. A socket whose query timed out is
//! not reused (a late reply must not reach the next query). One whose
//! query was answered remembers that query's id, and its reads drop any
//! datagram with that id from then on (a duplicate of the answer, however
//! late it comes), instead of a drain of the socket after every query: a
//! read that finds nothing costs a system call per query, and a drain
//! misses the duplicate that comes after it. The rare next query drawing
//! the same id drains the socket first instead.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::net::UdpSocket;
use tokio::time::{Instant, timeout_at};

use super::udp_shared::{SharedChannel, Sharing};
use super::{TransportError, local_for};

/// The largest datagram we accept.
const MAX_DATAGRAM: usize = 65535;

pub struct UdpChannel {
    socket: UdpSocket,
    /// The socket's own address, asked once (a pooled socket keeps it, so
    /// a batch's queries make no getsockname() each).
    local: Option<SocketAddr>,
    /// The address it is connected to.
    peer: SocketAddr,
    /// The id of the query this (pooled) socket last had answered: its
    /// datagrams are stale.
    stale: Option<u16>,
}

impl UdpChannel {
    pub async fn open(peer: SocketAddr, source: Option<SocketAddr>) -> Result<UdpChannel, TransportError> {
        let socket = UdpSocket::bind(local_for(peer, source)).await?;
        socket.connect(peer).await?;
        let local = socket.local_addr().ok();
        Ok(UdpChannel { socket, local, peer, stale: None })
    }

    pub async fn send(&self, message: &[u8]) -> Result<(), TransportError> {
        self.socket.send(message).await?;
        Ok(())
    }

    /// The next datagram from the server, or an error at `deadline`.
    pub async fn recv(&self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        // One 64 KiB buffer for the thread, used only between an await
        // and the next (no other task can hold it), and the datagram
        // copied out at its size: no allocation or memset of 64 KiB per
        // datagram.
        thread_local! {
            static BUF: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0u8; MAX_DATAGRAM]);
        }
        // As tokio's own recv(): an ICMP error (connection refused) makes
        // the socket ready with ERROR only. The read itself is the socket's
        // (socket2): tokio's try_recv would consult the readiness cache
        // again.
        let read = self.socket.async_io(tokio::io::Interest::READABLE | tokio::io::Interest::ERROR, || {
            BUF.with(|b| {
                let mut b = b.borrow_mut();
                let sock = socket2::SockRef::from(&self.socket);
                loop {
                    let n = std::io::Read::read(&mut &*sock, &mut b[..])?;
                    // A stale answer is dropped and the next datagram read
                    // (or WouldBlock: then the wait goes on).
                    if n >= 2 && self.stale == Some(u16::from_be_bytes([b[0], b[1]])) {
                        continue;
                    }
                    return Ok(b[..n].to_vec());
                }
            })
        });
        match timeout_at(deadline, read).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(Err(e)) => Err(e.into()),
            Ok(Ok(datagram)) => Ok(datagram),
        }
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.local
    }
}

/// Sockets kept between the queries of a batch (see the module doc), and
/// the batch's shared socket per server (`udp_shared`).
#[derive(Clone, Default)]
pub struct SocketPool {
    free: Arc<Mutex<Vec<UdpChannel>>>,
    shared: Arc<Sharing>,
}

/// A batch query's UDP channel: its server's shared socket, or one of its
/// own (a source address given, or its id already in flight there).
pub enum PooledChannel {
    Own(UdpChannel),
    Shared(SharedChannel),
}

impl PooledChannel {
    pub async fn send(&self, message: &[u8]) -> Result<(), TransportError> {
        match self {
            PooledChannel::Own(c) => c.send(message).await,
            PooledChannel::Shared(c) => c.send(message).await,
        }
    }

    pub async fn recv(&mut self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        match self {
            PooledChannel::Own(c) => c.recv(deadline).await,
            PooledChannel::Shared(c) => c.recv(deadline).await,
        }
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        match self {
            PooledChannel::Own(c) => c.local_addr(),
            PooledChannel::Shared(c) => c.local_addr(),
        }
    }
}

impl SocketPool {
    /// A channel to `peer` for the query with id `id`: the server's shared
    /// socket; failing that, a pooled socket of the right family connected
    /// to it, or a new one. With a source address (dig -b) a new socket
    /// every time, as without a pool.
    pub async fn open(&self, peer: SocketAddr, source: Option<SocketAddr>, id: u16) -> Result<PooledChannel, TransportError> {
        if source.is_none()
            && let Some(c) = self.shared.open(peer, id).await
        {
            return Ok(PooledChannel::Shared(c));
        }
        self.open_own(peer, source, id).await.map(PooledChannel::Own)
    }

    /// A socket of the query's own (see [`SocketPool::open`]).
    async fn open_own(&self, peer: SocketAddr, source: Option<SocketAddr>, id: u16) -> Result<UdpChannel, TransportError> {
        if source.is_none() {
            let pooled = {
                let mut free = self.free.lock().expect("the pool's lock is never poisoned");
                // One already connected to this server first: no connect()
                // at all then.
                let same = free.iter().rposition(|c| c.peer == peer);
                same.or_else(|| free.iter().rposition(|c| c.local.is_some_and(|a| a.is_ipv4() == peer.is_ipv4())))
                    .map(|i| free.swap_remove(i))
            };
            if let Some(mut channel) = pooled {
                if channel.stale == Some(id) {
                    // The new query's id is the stale one: what is queued
                    // goes (a socket with an error pending goes too).
                    if !drain(&channel) {
                        return UdpChannel::open(peer, source).await;
                    }
                    channel.stale = None;
                }
                if channel.peer == peer {
                    return Ok(channel);
                }
                if channel.socket.connect(peer).await.is_ok() {
                    channel.peer = peer;
                    return Ok(channel);
                }
            }
        }
        UdpChannel::open(peer, source).await
    }

    /// Gives a channel's socket back after its query (id `answered`) got
    /// its reply (not after a timeout or an error). A shared socket's
    /// channel is just dropped: the socket stays with the server.
    pub fn put_back(&self, channel: PooledChannel, answered: u16) {
        let PooledChannel::Own(mut channel) = channel else { return };
        channel.stale = Some(answered);
        // tokio still holds the socket readable from the answer's read, so
        // the next query's first read would be a system call that finds
        // nothing. Forgotten here, with no system call: whatever is queued
        // now is not the next query's answer (that is sent later), and its
        // arrival makes the socket readable again (epoll is
        // edge-triggered: every datagram is an edge), stale ones read
        // past by then.
        let _ = channel.socket.try_io(tokio::io::Interest::READABLE, || Err::<(), _>(std::io::ErrorKind::WouldBlock.into()));
        self.free.lock().expect("the pool's lock is never poisoned").push(channel);
    }
}

/// Drops the datagrams queued on a channel. False if the socket has an
/// error pending (an ICMP unreachable): such a socket is not reused, and
/// no getsockopt(SO_ERROR) is needed to know it.
fn drain(channel: &UdpChannel) -> bool {
    let mut buf = [0u8; 512];
    loop {
        match channel.socket.try_recv(&mut buf) {
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return true,
            Err(_) => return false,
        }
    }
}

#[cfg(test)]
#[path = "udp_tests.rs"]
mod tests;
