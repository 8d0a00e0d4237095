//! DNS over HTTPS (RFC 8484) on HTTP/2: over TLS with ALPN `h2` (dig
//! +https) or in clear text with prior knowledge (dig +http-plain). One
//! connection carries any number of requests, POST or GET, each on its own
//! stream; the reply body comes back untouched (the id is whatever the
//! server sent) with its real status, for the engine (`lookup`) to decode.
//! The HTTP types here (`Method`, `HttpReply`, `HttpError`) serve `h3` too.

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use bytes::Bytes;
use data_encoding::BASE64URL_NOPAD;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::{Instant, timeout_at};

use super::TransportError;
use super::tls::{ALPN_H2, ConnectError, TlsContext, handshake, io_result, tcp_connect};

/// The media type of DNS messages in HTTP (RFC 8484 6).
pub const DNS_MESSAGE: &str = "application/dns-message";
/// What BIND sends in every request's cache-control.
const CACHE_CONTROL: &str = "no-cache, no-store, must-revalidate";
/// The largest body we accept: BIND's MAX_DNS_MESSAGE_SIZE.
const MAX_BODY: usize = 65535;

/// How the query travels (dig +https is POST, +https-get GET).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// The message is the body, `content-type: application/dns-message`.
    Post,
    /// The message is `?dns=` base64url without padding.
    Get,
}

/// A 2xx reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpReply {
    pub status: u16,
    /// As the server sent it (RFC 8484 wants `application/dns-message`;
    /// BIND does not insist).
    pub content_type: Option<String>,
    /// The DNS message, as received.
    pub body: Vec<u8>,
}

/// A request that got no 2xx reply: dig's failure path D (`;;
/// communications error to ADDR#PORT: RESULT`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// The server answered with a status that is not 2xx; dig prints
    /// `failure`.
    Status { code: u16, content_type: Option<String>, body: Vec<u8> },
    /// The stream or connection failed: `end of file`, `connection
    /// reset`, `timed out`, `TLS error`, or `failure` when the server reset
    /// the stream or sent more than a DNS message can hold.
    Transport(TransportError),
}

impl HttpError {
    /// The BIND result dig prints for it.
    pub fn result(&self) -> TransportError {
        match self {
            HttpError::Status { .. } => TransportError::Failure,
            HttpError::Transport(e) => e.clone(),
        }
    }

    /// The HTTP status, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            HttpError::Status { code, .. } => Some(*code),
            HttpError::Transport(_) => None,
        }
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Status { code, .. } => write!(f, "HTTP status {code}"),
            HttpError::Transport(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for HttpError {}

/// The `:authority` (and URI host) dig sends: the server as the user typed
/// it and the port, always (BIND's isc_nm_http_makeuri writes
/// `https://HOST:PORT/PATH` even for 443); an IPv6 literal in brackets.
pub fn authority(host: &str, port: u16) -> String {
    if host.parse::<std::net::Ipv6Addr>().is_ok() { format!("[{host}]:{port}") } else { format!("{host}:{port}") }
}

/// The request dig sends, as an `http::Request` (shared with `h3`).
pub(crate) fn request(scheme: &str, authority: &str, path: &str, method: Method, query: &[u8]) -> Result<http::Request<()>, HttpError> {
    let invalid = |e: http::Error| HttpError::Transport(TransportError::Other(format!("invalid HTTP request: {e}")));
    let builder = http::Request::builder().header("accept", DNS_MESSAGE).header("cache-control", CACHE_CONTROL);
    match method {
        Method::Post => builder
            .method(http::Method::POST)
            .uri(format!("{scheme}://{authority}{path}"))
            .header("content-type", DNS_MESSAGE)
            .header("content-length", query.len())
            .body(())
            .map_err(invalid),
        Method::Get => builder
            .method(http::Method::GET)
            .uri(format!("{scheme}://{authority}{path}?dns={}", BASE64URL_NOPAD.encode(query)))
            .body(())
            .map_err(invalid),
    }
}

/// A reply's status and content type.
pub(crate) fn status_and_type(parts: &http::response::Parts) -> (u16, Option<String>) {
    let content_type = parts.headers.get(http::header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    (parts.status.as_u16(), content_type)
}

/// The reply or error for a finished exchange.
pub(crate) fn finish(status: u16, content_type: Option<String>, body: Vec<u8>) -> Result<HttpReply, HttpError> {
    if (200..300).contains(&status) {
        Ok(HttpReply { status, content_type, body })
    } else {
        Err(HttpError::Status { code: status, content_type, body })
    }
}

/// An h2 error as a BIND result: the I/O error under it, `failure` for a
/// stream the server reset (BIND closes such a stream with no status), `end
/// of file` for a connection the server ended (GOAWAY) or that broke.
fn h2_result(e: h2::Error) -> TransportError {
    if e.is_io() {
        return match e.into_io() {
            // h2's own "connection reset" or "broken pipe" (no OS error
            // under it) is the peer closing the connection (a FIN) with
            // streams open: BIND reads that as the end of the file.
            Some(io)
                if io.raw_os_error().is_none()
                    && matches!(io.kind(), std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe) =>
            {
                TransportError::Eof
            }
            Some(io) => io_result(io),
            None => TransportError::Eof,
        };
    }
    if e.is_reset() && e.is_remote() {
        return TransportError::Failure;
    }
    TransportError::Eof
}

/// One HTTP/2 connection to a DoH server; cloning shares it.
#[derive(Clone)]
pub struct DohConnection {
    send: h2::client::SendRequest<Bytes>,
    scheme: &'static str,
    authority: String,
    local: Option<SocketAddr>,
    /// The connection's driver task has ended.
    closed: Arc<AtomicBool>,
}

impl fmt::Debug for DohConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DohConnection").field("scheme", &self.scheme).field("authority", &self.authority).finish()
    }
}

impl DohConnection {
    /// dig +https: TCP to `peer` by `connect_deadline`, then TLS offering
    /// ALPN `h2` and the HTTP/2 preface by `handshake_deadline` (BIND's
    /// is a fixed 30 s, not +time). A server that does not agree on `h2`
    /// is `ConnectError::Alpn`. `authority` is what `authority()` gives.
    pub async fn connect_tls(
        peer: SocketAddr,
        source: Option<SocketAddr>,
        ctx: &TlsContext,
        authority: &str,
        connect_deadline: Instant,
        handshake_deadline: Instant,
    ) -> Result<DohConnection, ConnectError> {
        let tcp = tcp_connect(peer, source, connect_deadline).await?;
        let local = tcp.local_addr().ok();
        let tls = handshake(ctx, tcp, peer, ALPN_H2, handshake_deadline).await?;
        if tls.get_ref().1.alpn_protocol() != Some(ALPN_H2) {
            return Err(ConnectError::Alpn);
        }
        DohConnection::start(tls, "https", authority, local, handshake_deadline).await
    }

    /// dig +http-plain: HTTP/2 with prior knowledge over TCP.
    pub async fn connect_plain(
        peer: SocketAddr,
        source: Option<SocketAddr>,
        authority: &str,
        connect_deadline: Instant,
        handshake_deadline: Instant,
    ) -> Result<DohConnection, ConnectError> {
        let tcp = tcp_connect(peer, source, connect_deadline).await?;
        let local = tcp.local_addr().ok();
        DohConnection::start(tcp, "http", authority, local, handshake_deadline).await
    }

    async fn start<T>(
        io: T,
        scheme: &'static str,
        authority: &str,
        local: Option<SocketAddr>,
        deadline: Instant,
    ) -> Result<DohConnection, ConnectError>
    where
        T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let (send, connection) = match timeout_at(deadline, h2::client::handshake(io)).await {
            Err(_) => return Err(ConnectError::HandshakeTimeout),
            Ok(Err(e)) => return Err(ConnectError::Handshake(h2_result(e))),
            Ok(Ok(pair)) => pair,
        };
        let closed = Arc::new(AtomicBool::new(false));
        let flag = closed.clone();
        tokio::spawn(async move {
            let _ = connection.await;
            flag.store(true, Ordering::Release);
        });
        Ok(DohConnection { send, scheme, authority: authority.to_string(), local, closed })
    }

    /// Sends `query` to `path` (an absolute path, `/dns-query`) with
    /// `method` and reads the whole reply by `deadline`. A 2xx status gives
    /// the body, whatever its content type; any other status is
    /// `HttpError::Status`.
    pub async fn exchange(&self, query: &[u8], method: Method, path: &str, deadline: Instant) -> Result<HttpReply, HttpError> {
        let request = request(self.scheme, &self.authority, path, method, query)?;
        match timeout_at(deadline, self.run(request, method, query)).await {
            Err(_) => Err(HttpError::Transport(TransportError::TimedOut)),
            Ok(r) => r,
        }
    }

    async fn run(&self, request: http::Request<()>, method: Method, query: &[u8]) -> Result<HttpReply, HttpError> {
        let fail = |e: h2::Error| HttpError::Transport(h2_result(e));
        let mut send = self.send.clone().ready().await.map_err(fail)?;
        let (response, mut stream) = send.send_request(request, method == Method::Get).map_err(fail)?;
        if method == Method::Post {
            stream.send_data(Bytes::copy_from_slice(query), true).map_err(fail)?;
        }
        let (parts, mut body) = response.await.map_err(fail)?.into_parts();
        let (status, content_type) = status_and_type(&parts);
        let mut bytes = Vec::new();
        while let Some(chunk) = body.data().await {
            let chunk = chunk.map_err(fail)?;
            let _ = body.flow_control().release_capacity(chunk.len());
            bytes.extend_from_slice(&chunk);
            if bytes.len() > MAX_BODY {
                return Err(HttpError::Transport(TransportError::Failure));
            }
        }
        finish(status, content_type, bytes)
    }

    /// Whether the connection can take another request (the server has not
    /// closed it).
    pub fn is_open(&self) -> bool {
        !self.closed.load(Ordering::Acquire)
    }

    /// Over TLS (DoH), not clear-text HTTP/2.
    pub fn is_tls(&self) -> bool {
        self.scheme == "https"
    }

    pub fn authority(&self) -> &str {
        &self.authority
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.local
    }
}

#[cfg(test)]
#[path = "https_tests.rs"]
mod tests;
