//! A batch's UDP queries to one server over one connected socket, told
//! apart by their ids (as dnsperf and the resolvers' outgoing query pools
//! do), instead of a socket per query in flight.
//!
//! Why: a server sees a batch of 100 lookups in flight from 100 source
//! ports as 100 clients. BIND spreads them over all its threads
//! (SO_REUSEPORT hashes each port to a thread), and on a machine that
//! shares its cores between client and server the threads fight for them:
//! measured in the lab, named spent 40% more CPU on the same 100,000
//! queries from 100 ports than from one (dnsperf -c 100 vs -c 1: 41,000
//! vs 54,000 queries a second). One port per server also spares the
//! kernel 100 sockets' worth of demultiplexing.
//!
//! What a query gets is what its own socket would have given it: the
//! socket is connected (datagrams from anything but the server are
//! dropped by the kernel; ICMP unreachable is "connection refused" for
//! every query waiting), each datagram goes to the query whose id it
//! carries, and one whose id matches no query goes to the only query
//! waiting if there is just one (that query then reads an id mismatch,
//! as dig does on its own socket), and is dropped otherwise (in a batch
//! it cannot be told whose it was: dig's own socket per query would have
//! shown it to whichever query had that port). A datagram for a query
//! that timed out is dropped, as dig's closed socket would. Spoofing a
//! reply takes guessing the port and an id in flight either way (100 in
//! flight on one port, or one on each of 100 ports); the port is drawn
//! again after [`ROTATE_AFTER`] queries so that none lives long.
//!
//! The engine takes a [`SharedChannel`] for a query from [`Sharing`] and
//! uses it as it would a `UdpChannel` (`send`, `recv`); an id already in
//! flight to the server (two queries drawing the same id) gets a socket
//! of its own instead (`SocketPool`).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::net::UdpSocket;
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout_at};

use super::{TransportError, local_for};

/// Queries sent over one socket before the next query to its server
/// draws a new one.
pub const ROTATE_AFTER: u32 = 10_000;

/// The largest datagram we accept.
const MAX_DATAGRAM: usize = 65535;

type Datagram = Result<Vec<u8>, TransportError>;

/// The shared sockets of a run, one per server address.
#[derive(Default)]
pub struct Sharing {
    sockets: Mutex<HashMap<SocketAddr, Arc<Shared>>>,
}

/// One server's socket and the queries waiting on it.
struct Shared {
    socket: UdpSocket,
    local: Option<SocketAddr>,
    /// Each query in flight: where its datagrams go.
    waiting: Mutex<HashMap<u16, mpsc::UnboundedSender<Datagram>>>,
    /// Queries sent so far (for [`ROTATE_AFTER`]).
    sent: AtomicU32,
    /// Replaced by a new socket, or the run is over: its reader ends once
    /// no query waits on it.
    retired: AtomicBool,
}

/// A query's share of its server's socket (see the module doc).
pub struct SharedChannel {
    shared: Arc<Shared>,
    id: u16,
    datagrams: mpsc::UnboundedReceiver<Datagram>,
}

impl Sharing {
    /// A channel to `peer` for the query with id `id`, or None when a
    /// query with that id is already in flight to it (the caller opens a
    /// socket of its own) or no socket could be made.
    pub async fn open(&self, peer: SocketAddr, id: u16) -> Option<SharedChannel> {
        let current = {
            let mut sockets = self.sockets.lock().expect("never poisoned");
            match sockets.get(&peer) {
                Some(s) if s.sent.load(Ordering::Relaxed) < ROTATE_AFTER => Some(s.clone()),
                _ => {
                    if let Some(old) = sockets.remove(&peer) {
                        old.retired.store(true, Ordering::Relaxed);
                    }
                    None
                }
            }
        };
        let shared = match current {
            Some(s) => s,
            None => {
                let socket = UdpSocket::bind(local_for(peer, None)).await.ok()?;
                socket.connect(peer).await.ok()?;
                let local = socket.local_addr().ok();
                let s =
                    Arc::new(Shared { socket, local, waiting: Mutex::default(), sent: AtomicU32::new(0), retired: AtomicBool::new(false) });
                tokio::spawn(read(s.clone()));
                // Another query may have made one meanwhile: that one
                // serves, and this one's reader ends.
                let kept = self.sockets.lock().expect("never poisoned").entry(peer).or_insert_with(|| s.clone()).clone();
                if !Arc::ptr_eq(&kept, &s) {
                    s.retired.store(true, Ordering::Relaxed);
                }
                kept
            }
        };
        let (tx, rx) = mpsc::unbounded_channel();
        {
            let mut waiting = shared.waiting.lock().expect("never poisoned");
            if waiting.contains_key(&id) {
                return None;
            }
            waiting.insert(id, tx);
        }
        shared.sent.fetch_add(1, Ordering::Relaxed);
        Some(SharedChannel { shared, id, datagrams: rx })
    }
}

impl Drop for Sharing {
    /// The run is over: each socket goes once its last query has.
    fn drop(&mut self) {
        for s in self.sockets.lock().expect("never poisoned").values() {
            s.retired.store(true, Ordering::Relaxed);
        }
    }
}

impl SharedChannel {
    pub async fn send(&self, message: &[u8]) -> Result<(), TransportError> {
        self.shared.socket.send(message).await?;
        Ok(())
    }

    /// The next datagram for this query, or an error at `deadline`.
    pub async fn recv(&mut self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        match timeout_at(deadline, self.datagrams.recv()).await {
            Err(_) | Ok(None) => Err(TransportError::TimedOut),
            Ok(Some(datagram)) => datagram,
        }
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.shared.local
    }
}

impl Drop for SharedChannel {
    /// The query is over: datagrams with its id are dropped from now on.
    fn drop(&mut self) {
        self.shared.waiting.lock().expect("never poisoned").remove(&self.id);
    }
}

/// Reads a shared socket and hands each datagram to its query (see the
/// module doc), until the socket is retired (replaced, or the run is
/// over) and no query waits on it.
async fn read(shared: Arc<Shared>) {
    let mut buf = vec![0u8; MAX_DATAGRAM];
    loop {
        let received = tokio::time::timeout(Duration::from_secs(1), shared.socket.recv(&mut buf)).await;
        let Ok(received) = received else {
            if shared.retired.load(Ordering::Relaxed) && shared.waiting.lock().expect("never poisoned").is_empty() {
                return;
            }
            continue;
        };
        let waiting = shared.waiting.lock().expect("never poisoned");
        match received {
            Ok(n) => {
                let id = (n >= 2).then(|| u16::from_be_bytes([buf[0], buf[1]]));
                let to = match id.and_then(|id| waiting.get(&id)) {
                    Some(tx) => Some(tx),
                    None if waiting.len() == 1 => waiting.values().next(),
                    None => None,
                };
                if let Some(tx) = to {
                    let _ = tx.send(Ok(buf[..n].to_vec()));
                }
            }
            // An error on a connected socket (ICMP unreachable) is every
            // waiting query's.
            Err(e) => {
                let error = TransportError::from(e);
                for tx in waiting.values() {
                    let _ = tx.send(Err(error.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "udp_shared_tests.rs"]
mod tests;
