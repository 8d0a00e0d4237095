//! One TCP or DoT connection carrying the queries of many lookups at once
//! (RFC 7766 6.2.1.1 pipelining; RFC 7858 for DoT): each query goes out
//! behind its two-byte length as soon as it is ready, and one reader hands
//! each reply to the lookup whose message ID it carries, in whatever order
//! the server answers. The lookups of a concurrent batch share one such
//! connection per server (`pool::Pool::pipeline`) instead of opening one
//! each; their replies go back to the engine as bytes, as over a
//! connection of their own.
//!
//! Written here rather than taken from hickory-net: its multiplexed TCP
//! client matches replies to its own queries and re-encodes them, where
//! rlookup must see each reply's exact bytes (and send its own, TSIG-signed
//! ones).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout_at};

use super::TransportError;

/// What a pipeline runs over: a TCP stream, or TLS on one.
pub trait Conn: AsyncRead + AsyncWrite + Send + Unpin + 'static {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Conn for T {}

type Reply = Result<Vec<u8>, TransportError>;

/// The lookups waiting for replies, by message ID.
struct Waiting {
    /// False once the connection failed or the server closed it.
    open: bool,
    /// Each waiting query's sender, with the order it joined in.
    by_id: HashMap<u16, (u64, mpsc::UnboundedSender<Reply>)>,
    joined: u64,
    /// Every ID a query on this connection has had (a bit each).
    ever: Box<[u64; 1024]>,
}

impl Waiting {
    fn was_used(&self, id: u16) -> bool {
        self.ever[usize::from(id / 64)] & (1 << (id % 64)) != 0
    }

    /// Where a reply with `id` goes: the query with that ID; for an ID no
    /// query here ever had (a server that garbles IDs) or a message too
    /// short to carry one (`None`: zero or one byte), the oldest one
    /// waiting, which then reports the mismatch or the short message as
    /// over a connection of its own; for a query that stopped waiting
    /// (timed out), nowhere.
    fn route(&self, id: Option<u16>) -> Option<&mpsc::UnboundedSender<Reply>> {
        match id.map(|id| (id, self.by_id.get(&id))) {
            Some((_, Some((_, tx)))) => Some(tx),
            Some((id, None)) if self.was_used(id) => None,
            _ => self.by_id.values().min_by_key(|(seq, _)| *seq).map(|(_, tx)| tx),
        }
    }
}

struct Shared {
    writer: tokio::sync::Mutex<WriteHalf<Box<dyn Conn>>>,
    waiting: Mutex<Waiting>,
    local: Option<SocketAddr>,
}

impl Shared {
    fn waiting(&self) -> std::sync::MutexGuard<'_, Waiting> {
        self.waiting.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The connection is no use any more: every lookup waiting on it gets
    /// `error`, and no new one is let in.
    fn close(&self, error: &TransportError) {
        let mut w = self.waiting();
        w.open = false;
        for (_, (_, tx)) in w.by_id.drain() {
            let _ = tx.send(Err(error.clone()));
        }
    }
}

/// A shared connection (cheap to clone: the pool keeps one).
#[derive(Clone)]
pub struct Pipeline {
    shared: Arc<Shared>,
}

impl Pipeline {
    /// Starts reading replies from `conn` (whose own address is `local`);
    /// `io_error` turns a failed read into the error a lookup reports (TLS
    /// has its own).
    pub fn start(conn: Box<dyn Conn>, local: Option<SocketAddr>, io_error: fn(std::io::Error) -> TransportError) -> Pipeline {
        let (reader, writer) = tokio::io::split(conn);
        let shared = Arc::new(Shared {
            writer: tokio::sync::Mutex::new(writer),
            waiting: Mutex::new(Waiting { open: true, by_id: HashMap::new(), joined: 0, ever: Box::new([0; 1024]) }),
            local,
        });
        tokio::spawn(read_replies(reader, shared.clone(), io_error));
        Pipeline { shared }
    }

    /// Whether the connection can still carry queries.
    pub fn is_open(&self) -> bool {
        self.shared.waiting().open
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.shared.local
    }

    /// A place on the connection for the query with message ID `id`, or
    /// None when the connection is closed or another lookup's query in
    /// flight has the same ID (its replies could not be told apart: the
    /// caller uses a connection of its own instead).
    pub fn join(&self, id: u16) -> Option<PipelinedQuery> {
        let mut w = self.shared.waiting();
        if !w.open || w.by_id.contains_key(&id) {
            return None;
        }
        let (tx, rx) = mpsc::unbounded_channel();
        w.joined += 1;
        let seq = w.joined;
        w.by_id.insert(id, (seq, tx));
        w.ever[usize::from(id / 64)] |= 1 << (id % 64);
        Some(PipelinedQuery { shared: self.shared.clone(), id, replies: rx })
    }
}

/// One lookup's query on a shared connection, and its replies.
pub struct PipelinedQuery {
    shared: Arc<Shared>,
    id: u16,
    replies: mpsc::UnboundedReceiver<Reply>,
}

impl PipelinedQuery {
    /// Sends the query with its length prefix, in one write (the writes of
    /// the lookups sharing the connection never interleave).
    pub async fn send(&mut self, message: &[u8], deadline: Instant) -> Result<(), TransportError> {
        let len = u16::try_from(message.len()).map_err(|_| TransportError::Other("message too large".into()))?;
        let mut framed = Vec::with_capacity(message.len() + 2);
        framed.extend_from_slice(&len.to_be_bytes());
        framed.extend_from_slice(message);
        let write = async {
            let mut w = self.shared.writer.lock().await;
            w.write_all(&framed).await?;
            w.flush().await
        };
        match timeout_at(deadline, write).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => {
                let e = TransportError::from(e);
                self.shared.close(&e);
                Err(e)
            }
        }
    }

    /// The next reply with this query's ID.
    pub async fn recv(&mut self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        match timeout_at(deadline, self.replies.recv()).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(Some(reply)) => reply,
            // Closed before this query joined: what a fresh read would say.
            Ok(None) => Err(TransportError::Eof),
        }
    }
}

impl Drop for PipelinedQuery {
    fn drop(&mut self) {
        self.shared.waiting().by_id.remove(&self.id);
    }
}

/// Reads length-prefixed messages until the connection ends, each to the
/// query with its ID (see `Waiting::route`).
async fn read_replies(mut reader: ReadHalf<Box<dyn Conn>>, shared: Arc<Shared>, io_error: fn(std::io::Error) -> TransportError) {
    let error = loop {
        let mut len = [0u8; 2];
        if let Err(e) = reader.read_exact(&mut len).await {
            break io_error(e);
        }
        let mut message = vec![0u8; usize::from(u16::from_be_bytes(len))];
        if let Err(e) = reader.read_exact(&mut message).await {
            break io_error(e);
        }
        let id = message.get(..2).map(|b| u16::from_be_bytes([b[0], b[1]]));
        if let Some(tx) = shared.waiting().route(id) {
            let _ = tx.send(Ok(message));
        }
    };
    shared.close(&error);
}

#[cfg(test)]
#[path = "pipeline_tests.rs"]
mod tests;
