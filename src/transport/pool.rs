//! The engine's cache of TLS contexts and encrypted connections, for dig's
//! `+keepopen` and for one TLS context (and session) serving every query of
//! a run, as BIND's context cache does.
//!
//! Semantics:
//! - `context`: one `TlsContext` per distinct `TlsSettings`, built on first
//!   use and kept; a failure (dig's path E) is not kept, so asking again
//!   fails again, as dig's next server does.
//! - Connections are keyed by server address, source address (dig -b), the
//!   TLS settings (None for clear-text HTTP/2) and, for HTTP, the
//!   authority: a lookup with other settings never gets another's
//!   connection.
//! - DoH, DoH3 and DoQ connections multiplex: `doh`, `h3` and `doq` hand
//!   out a clone of the pooled connection and keep it; any number of
//!   lookups may use it at once.
//! - A DoT connection carries one conversation at a time: `take_dot` hands
//!   it out and forgets it; `put_dot` gives it back for the next lookup
//!   (dig's `+keepopen`); a channel not given back closes when dropped.
//! - Before handing out a pooled connection the pool checks that it is
//!   still open (the server may have closed it while idle) and, if not,
//!   drops it and connects anew, transparently. A connection that fails
//!   in use afterwards (the server closed it just then) reports the error
//!   to the engine, which retries as dig does; `forget` drops a server's
//!   connections so that the retry reconnects at once.
//! - Connecting happens outside the pool's lock, but behind a gate per
//!   multiplexed connection (DoH, DoQ, DoH3): lookups racing to the same
//!   new server (a concurrent batch) wait for the first one's connection
//!   and share it rather than each opening their own. A DoT connection
//!   from `take_dot` is exclusive.
//! - The lookups of a concurrent batch share one pipelined connection per
//!   server over TCP and DoT instead (`tcp_pipeline`, `dot_pipeline`:
//!   `super::pipeline`), behind the same kind of gate.

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::time::Instant;

use super::TransportError;
use super::h3::H3Connection;
use super::https::DohConnection;
use super::pipeline::Pipeline;
use super::quic::DoqConnection;
use super::tls::{ConnectError, ContextError, DotChannel, TlsContext, TlsSettings};

/// Why the pool could not give a connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolError {
    /// dig's path E.
    Context(ContextError),
    /// See `ConnectError::dig_path`.
    Connect(ConnectError),
}

impl fmt::Display for PoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PoolError::Context(e) => write!(f, "{e}"),
            PoolError::Connect(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for PoolError {}

impl From<ContextError> for PoolError {
    fn from(e: ContextError) -> Self {
        PoolError::Context(e)
    }
}

impl From<ConnectError> for PoolError {
    fn from(e: ConnectError) -> Self {
        PoolError::Connect(e)
    }
}

/// When a connection must be up: TCP (`connect`) and the TLS and HTTP/2
/// handshakes (`handshake`); QUIC uses `handshake` for the whole.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    pub connect: Instant,
    pub handshake: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    peer: SocketAddr,
    source: Option<SocketAddr>,
    tls: Option<TlsSettings>,
    authority: String,
}

impl Key {
    fn new(peer: SocketAddr, source: Option<SocketAddr>, tls: Option<&TlsSettings>, authority: &str) -> Key {
        Key { peer, source, tls: tls.cloned(), authority: authority.to_string() }
    }
}

/// The pools of multiplexed connections, for their gates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Muxed {
    Doh,
    Doq,
    H3,
    Tcp,
    Dot,
}

#[derive(Default)]
struct Inner {
    gates: HashMap<(Muxed, Key), Arc<tokio::sync::Mutex<()>>>,
    contexts: HashMap<TlsSettings, Arc<TlsContext>>,
    dot: HashMap<Key, DotChannel>,
    doh: HashMap<Key, DohConnection>,
    doq: HashMap<Key, DoqConnection>,
    h3: HashMap<Key, H3Connection>,
    /// Pipelined TCP (no TLS settings in the key) and DoT connections.
    pipelines: HashMap<Key, Pipeline>,
}

/// See the module's doc.
#[derive(Default)]
pub struct Pool {
    inner: Mutex<Inner>,
}

impl fmt::Debug for Pool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.lock();
        f.debug_struct("Pool")
            .field("contexts", &inner.contexts.len())
            .field("dot", &inner.dot.len())
            .field("doh", &inner.doh.len())
            .field("doq", &inner.doq.len())
            .field("h3", &inner.h3.len())
            .field("pipelines", &inner.pipelines.len())
            .finish()
    }
}

impl Pool {
    pub fn new() -> Pool {
        Pool::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The gate to hold while connecting to `key` (one per connection).
    fn gate(&self, kind: Muxed, key: &Key) -> Arc<tokio::sync::Mutex<()>> {
        self.lock().gates.entry((kind, key.clone())).or_default().clone()
    }

    /// The TLS context for `settings`, built once.
    pub fn context(&self, settings: &TlsSettings) -> Result<Arc<TlsContext>, ContextError> {
        if let Some(ctx) = self.lock().contexts.get(settings) {
            return Ok(ctx.clone());
        }
        let ctx = Arc::new(TlsContext::new(settings)?);
        Ok(self.lock().contexts.entry(settings.clone()).or_insert(ctx).clone())
    }

    /// A DoT channel to `peer`: the one given back by `put_dot` if it is
    /// still open, else a new one.
    pub async fn take_dot(
        &self,
        peer: SocketAddr,
        source: Option<SocketAddr>,
        settings: &TlsSettings,
        deadlines: Deadlines,
    ) -> Result<DotChannel, PoolError> {
        let ctx = self.context(settings)?;
        let key = Key::new(peer, source, Some(settings), "");
        if let Some(mut channel) = self.lock().dot.remove(&key)
            && channel.is_open()
        {
            return Ok(channel);
        }
        Ok(DotChannel::connect(peer, source, &ctx, deadlines.connect, deadlines.handshake).await?)
    }

    /// Keeps `channel` for the next `take_dot` with the same arguments.
    pub fn put_dot(&self, peer: SocketAddr, source: Option<SocketAddr>, settings: &TlsSettings, mut channel: DotChannel) {
        if channel.is_open() {
            self.lock().dot.insert(Key::new(peer, source, Some(settings), ""), channel);
        }
    }

    /// The DoH connection to `peer` for `authority`: over TLS with
    /// `tls`, or clear-text HTTP/2 when `tls` is None (dig +http-plain).
    pub async fn doh(
        &self,
        peer: SocketAddr,
        source: Option<SocketAddr>,
        tls: Option<&TlsSettings>,
        authority: &str,
        deadlines: Deadlines,
    ) -> Result<DohConnection, PoolError> {
        let ctx = tls.map(|s| self.context(s)).transpose()?;
        let key = Key::new(peer, source, tls, authority);
        let gate = self.gate(Muxed::Doh, &key);
        let _connecting = gate.lock().await;
        if let Some(c) = self.lock().doh.get(&key).filter(|c| c.is_open()) {
            return Ok(c.clone());
        }
        let c = match &ctx {
            Some(ctx) => DohConnection::connect_tls(peer, source, ctx, authority, deadlines.connect, deadlines.handshake).await?,
            None => DohConnection::connect_plain(peer, source, authority, deadlines.connect, deadlines.handshake).await?,
        };
        self.lock().doh.insert(key, c.clone());
        Ok(c)
    }

    /// The DoQ connection to `peer`.
    pub async fn doq(
        &self,
        peer: SocketAddr,
        source: Option<SocketAddr>,
        settings: &TlsSettings,
        deadline: Instant,
    ) -> Result<DoqConnection, PoolError> {
        let ctx = self.context(settings)?;
        let key = Key::new(peer, source, Some(settings), "");
        let gate = self.gate(Muxed::Doq, &key);
        let _connecting = gate.lock().await;
        if let Some(c) = self.lock().doq.get(&key).filter(|c| c.is_open()) {
            return Ok(c.clone());
        }
        let c = DoqConnection::connect(peer, source, &ctx, deadline).await?;
        self.lock().doq.insert(key, c.clone());
        Ok(c)
    }

    /// The DoH3 connection to `peer` for `authority`.
    pub async fn h3(
        &self,
        peer: SocketAddr,
        source: Option<SocketAddr>,
        settings: &TlsSettings,
        authority: &str,
        deadline: Instant,
    ) -> Result<H3Connection, PoolError> {
        let ctx = self.context(settings)?;
        let key = Key::new(peer, source, Some(settings), authority);
        let gate = self.gate(Muxed::H3, &key);
        let _connecting = gate.lock().await;
        if let Some(c) = self.lock().h3.get(&key).filter(|c| c.is_open()) {
            return Ok(c.clone());
        }
        let c = H3Connection::connect(peer, source, &ctx, authority, deadline).await?;
        self.lock().h3.insert(key, c.clone());
        Ok(c)
    }

    /// The pipelined TCP connection to `peer`, shared by a batch's lookups.
    pub async fn tcp_pipeline(&self, peer: SocketAddr, source: Option<SocketAddr>, deadline: Instant) -> Result<Pipeline, TransportError> {
        let key = Key::new(peer, source, None, "");
        let gate = self.gate(Muxed::Tcp, &key);
        let _connecting = gate.lock().await;
        if let Some(p) = self.lock().pipelines.get(&key).filter(|p| p.is_open()) {
            return Ok(p.clone());
        }
        let channel = super::tcp::TcpChannel::connect(peer, source, deadline).await?;
        let local = channel.local_addr();
        let p = Pipeline::start(Box::new(channel.into_stream()), local, TransportError::from);
        self.lock().pipelines.insert(key, p.clone());
        Ok(p)
    }

    /// The pipelined DoT connection to `peer`, shared by a batch's lookups
    /// (never a zone transfer's: those run alone, on a channel of their
    /// own, where dig's ALPN rule is checked).
    pub async fn dot_pipeline(
        &self,
        peer: SocketAddr,
        source: Option<SocketAddr>,
        settings: &TlsSettings,
        deadlines: Deadlines,
    ) -> Result<Pipeline, PoolError> {
        let ctx = self.context(settings)?;
        let key = Key::new(peer, source, Some(settings), "");
        let gate = self.gate(Muxed::Dot, &key);
        let _connecting = gate.lock().await;
        if let Some(p) = self.lock().pipelines.get(&key).filter(|p| p.is_open()) {
            return Ok(p.clone());
        }
        let channel = DotChannel::connect(peer, source, &ctx, deadlines.connect, deadlines.handshake).await?;
        let local = channel.local_addr();
        let p = Pipeline::start(Box::new(channel.into_stream()), local, super::tls::io_result);
        self.lock().pipelines.insert(key, p.clone());
        Ok(p)
    }

    /// Drops every pooled connection to `peer` (not the contexts).
    pub fn forget(&self, peer: SocketAddr) {
        let mut inner = self.lock();
        inner.dot.retain(|k, _| k.peer != peer);
        inner.doh.retain(|k, _| k.peer != peer);
        inner.doq.retain(|k, _| k.peer != peer);
        inner.h3.retain(|k, _| k.peer != peer);
        inner.pipelines.retain(|k, _| k.peer != peer);
    }

    /// Drops every pooled connection and context.
    pub fn clear(&self) {
        *self.lock() = Inner::default();
    }

    /// How many connections are pooled (for tests and diagnostics).
    pub fn connections(&self) -> usize {
        let inner = self.lock();
        inner.dot.len() + inner.doh.len() + inner.doq.len() + inner.h3.len() + inner.pipelines.len()
    }
}

#[cfg(test)]
#[path = "pool_tests.rs"]
mod tests;
