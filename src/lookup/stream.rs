//! The lookup's connection in TCP mode, whatever carries it: plain TCP, DNS
//! over TLS, DNS over HTTPS (or clear-text HTTP/2), DNS over QUIC or over
//! HTTP/3 (`transport`). The engine sends one query and reads messages
//! until it has its answer (several for a zone transfer), the same way
//! for each; only how a connection fails differs, and `Connect` says which
//! of dig's failure paths to take.
//!
//! Encrypted connections come from the run's `transport::pool::Pool`, so
//! one TLS (or QUIC) session serves every query of a run to a server.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::time::Instant;

use crate::plan::{Lookup, Server, Settings, StreamTransport};
use crate::response::{Protocol, TransportError};
use crate::transport::h3::H3Connection;
use crate::transport::https::{self, DohConnection, Method};
use crate::transport::pipeline::PipelinedQuery;
use crate::transport::pool::{Deadlines, Pool, PoolError};
use crate::transport::quic::{DoqConnection, DoqStream};
use crate::transport::tcp::TcpChannel;
use crate::transport::tls::{ConnectError, ContextError, DigPath, DotChannel, Kind, TlsSettings};

/// BIND's DoH handshake timeout: the netmgr's initial timeout, whatever
/// +time says (dig-tls-tsig.md 1.2).
const HTTPS_HANDSHAKE: std::time::Duration = std::time::Duration::from_secs(30);

/// Why a connection could not be made, by dig's failure path.
pub(super) enum Connect {
    /// Path A: `;; Connection to ADDR#PORT(SERVER) for NAME failed: RESULT.`
    Failed(TransportError),
    /// Path B: `;; TLS peer certificate verification for ADDR#PORT failed:
    /// TEXT`.
    Verify(String),
    /// Path C: nothing (`; Transfer failed.` for a zone transfer).
    Silent,
    /// Path E: the TLS context (CA file, client certificate).
    Context(ContextError),
}

/// A connection to one server, for one lookup.
pub(super) enum Stream {
    Tcp(TcpChannel),
    Dot(Box<DotChannel>),
    /// A batch's query on the TCP or DoT connection its lookups share.
    Pipelined {
        query: PipelinedQuery,
        protocol: Protocol,
        local: Option<SocketAddr>,
    },
    /// DoH (or HTTP/2 in clear text): each query a request, its answer the
    /// response's body, read once.
    Http {
        conn: DohConnection,
        method: Method,
        path: String,
        answer: Option<Result<Vec<u8>, TransportError>>,
    },
    Quic {
        conn: DoqConnection,
        stream: Option<DoqStream>,
    },
    H3 {
        conn: H3Connection,
        method: Method,
        path: String,
        answer: Option<Result<Vec<u8>, TransportError>>,
    },
}

/// The TLS settings of a lookup (dig's +tls-ca, +tls-hostname,
/// +tls-certfile, +tls-keyfile): the certificate is checked only with
/// +tls-ca or the options that imply it, against +tls-hostname or the
/// server as the user typed it; never with rlookup's `--insecure`.
pub(super) fn tls_settings(l: &Lookup, server: &Server, run: &Settings) -> TlsSettings {
    let s = &l.secure;
    TlsSettings {
        verify: s.tls_ca_set && !run.insecure,
        // File names with the bytes they were typed with (rawtext).
        ca_file: s.tls_ca_file.as_deref().filter(|f| !f.is_empty()).map(|f| crate::rawtext::to_os(f).into()),
        verify_name: s.tls_hostname.clone().filter(|_| s.tls_hostname_set).unwrap_or_else(|| server.label.to_string()),
        client_cert: s.tls_cert_file.as_deref().filter(|_| s.tls_cert_file_set).map(|f| crate::rawtext::to_os(f).into()),
        client_key: s.tls_key_file.as_deref().filter(|_| s.tls_key_file_set).map(|f| crate::rawtext::to_os(f).into()),
    }
}

fn kind_of(t: StreamTransport) -> Kind {
    match t {
        StreamTransport::Tcp | StreamTransport::Tls => Kind::Dot,
        StreamTransport::Https => Kind::Https,
        StreamTransport::HttpPlain => Kind::HttpPlain,
        StreamTransport::Quic => Kind::Doq,
        StreamTransport::H3 => Kind::H3,
    }
}

fn failed(e: PoolError, kind: Kind) -> Connect {
    match e {
        PoolError::Context(c) => Connect::Context(c),
        PoolError::Connect(ConnectError::Verify(v)) => Connect::Verify(v.text().to_string()),
        PoolError::Connect(c) => match c.dig_path(kind) {
            DigPath::A => Connect::Failed(c.result(kind)),
            DigPath::B | DigPath::C => Connect::Silent,
        },
    }
}

impl Stream {
    /// Connects to `addr` for lookup `l` (server as typed: `server`).
    pub(super) async fn connect(
        l: &Lookup,
        server: &Server,
        addr: SocketAddr,
        run: &Settings,
        pool: &Arc<Pool>,
        timeout: std::time::Duration,
        pipeline_id: Option<u16>,
    ) -> Result<Stream, Connect> {
        let source = run.source;
        let transport = l.secure.stream();
        let kind = kind_of(transport);
        let now = Instant::now();
        let deadlines = Deadlines { connect: now + timeout, handshake: now + timeout };
        let path = || l.secure.https_path.clone().unwrap_or_else(|| "/dns-query".to_string());
        let method = if l.secure.https_get { Method::Get } else { Method::Post };
        if let Some(id) = pipeline_id {
            let shared = match transport {
                StreamTransport::Tcp => Some(pool.tcp_pipeline(addr, source, deadlines.connect).await.map_err(Connect::Failed)?),
                StreamTransport::Tls => {
                    let settings = tls_settings(l, server, run);
                    Some(pool.dot_pipeline(addr, source, &settings, deadlines).await.map_err(|e| failed(e, kind))?)
                }
                _ => None,
            };
            // A query whose ID another one on the connection has right now
            // takes a connection of its own, as without a batch.
            if let Some(query) = shared.as_ref().and_then(|p| p.join(id)) {
                let protocol = if transport == StreamTransport::Tcp { Protocol::Tcp } else { Protocol::Tls };
                let local = shared.as_ref().and_then(|p| p.local_addr());
                return Ok(Stream::Pipelined { query, protocol, local });
            }
        }
        match transport {
            StreamTransport::Tcp => TcpChannel::connect(addr, source, deadlines.connect).await.map(Stream::Tcp).map_err(Connect::Failed),
            StreamTransport::Tls => {
                let settings = tls_settings(l, server, run);
                pool.take_dot(addr, source, &settings, deadlines).await.map(|c| Stream::Dot(Box::new(c))).map_err(|e| failed(e, kind))
            }
            StreamTransport::Https | StreamTransport::HttpPlain => {
                let settings = (transport == StreamTransport::Https).then(|| tls_settings(l, server, run));
                let authority = https::authority(&server.label, addr.port());
                let deadlines = Deadlines { connect: now + timeout, handshake: now + HTTPS_HANDSHAKE };
                let conn = pool.doh(addr, source, settings.as_ref(), &authority, deadlines).await.map_err(|e| failed(e, kind))?;
                Ok(Stream::Http { conn, method, path: path(), answer: None })
            }
            StreamTransport::Quic => {
                let settings = tls_settings(l, server, run);
                let conn = pool.doq(addr, source, &settings, deadlines.handshake).await.map_err(|e| failed(e, kind))?;
                Ok(Stream::Quic { conn, stream: None })
            }
            StreamTransport::H3 => {
                let settings = tls_settings(l, server, run);
                let authority = https::authority(&server.label, addr.port());
                let conn = pool.h3(addr, source, &settings, &authority, deadlines.handshake).await.map_err(|e| failed(e, kind))?;
                Ok(Stream::H3 { conn, method, path: path(), answer: None })
            }
        }
    }

    /// What carries the messages.
    pub(super) fn protocol(&self) -> Protocol {
        match self {
            Stream::Tcp(_) => Protocol::Tcp,
            Stream::Dot(_) => Protocol::Tls,
            Stream::Pipelined { protocol, .. } => *protocol,
            Stream::Http { conn, .. } if conn.is_tls() => Protocol::Https,
            Stream::Http { .. } => Protocol::Http,
            Stream::Quic { .. } => Protocol::Quic,
            Stream::H3 { .. } => Protocol::H3,
        }
    }

    pub(super) fn local_addr(&self) -> Option<SocketAddr> {
        match self {
            Stream::Tcp(c) => c.local_addr(),
            Stream::Dot(c) => c.local_addr(),
            Stream::Pipelined { local, .. } => *local,
            Stream::Http { conn, .. } => conn.local_addr(),
            Stream::Quic { conn, .. } => conn.local_addr(),
            Stream::H3 { conn, .. } => conn.local_addr(),
        }
    }

    /// DoT without ALPN `dot`: dig refuses zone transfers over it.
    pub(super) fn refuses_transfers(&self) -> bool {
        matches!(self, Stream::Dot(c) if !c.alpn_is_dot())
    }

    /// Sends the query (over HTTP, makes the request and waits for the
    /// response, which `recv` then gives).
    pub(super) async fn send(&mut self, query: &[u8], deadline: Instant) -> Result<(), TransportError> {
        match self {
            Stream::Tcp(c) => c.send(query, deadline).await,
            Stream::Dot(c) => c.send(query, deadline).await,
            Stream::Pipelined { query: q, .. } => q.send(query, deadline).await,
            Stream::Http { conn, method, path, answer } => {
                *answer = Some(conn.exchange(query, *method, path, deadline).await.map(|r| r.body).map_err(|e| e.result()));
                Ok(())
            }
            Stream::Quic { conn, stream } => {
                *stream = Some(conn.send(query, deadline).await?);
                Ok(())
            }
            Stream::H3 { conn, method, path, answer } => {
                *answer = Some(conn.exchange(query, *method, path, deadline).await.map(|r| r.body).map_err(|e| e.result()));
                Ok(())
            }
        }
    }

    /// The next message from the server.
    pub(super) async fn recv(&mut self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        match self {
            Stream::Tcp(c) => c.recv(deadline).await,
            Stream::Dot(c) => c.recv(deadline).await,
            Stream::Pipelined { query, .. } => query.recv(deadline).await,
            // One response per request; asking for more is the end.
            Stream::Http { answer, .. } | Stream::H3 { answer, .. } => answer.take().unwrap_or(Err(TransportError::Eof)),
            Stream::Quic { stream, .. } => match stream.as_mut() {
                Some(s) => s.recv(deadline).await?.ok_or(TransportError::Eof),
                None => Err(TransportError::Eof),
            },
        }
    }

    /// The lookup is done with the connection: a DoT channel goes back to
    /// the pool for the next query to the server (DoH and QUIC
    /// connections stay there, shared).
    pub(super) fn release(self, l: &Lookup, server: &Server, addr: SocketAddr, run: &Settings, pool: &Arc<Pool>) {
        if let Stream::Dot(c) = self {
            pool.put_dot(addr, run.source, &tls_settings(l, server, run), *c);
        }
    }
}
