//! DNS over HTTPS on HTTP/3 (RFC 8484 over RFC 9114, ALPN `h3`) with the
//! h3 crate on a quinn connection from `quic`: POST or GET, any path, one
//! request stream per query, the reply body untouched with its real status.
//! Requests and replies are `https`'s types; the body goes to the engine
//! (`lookup`) as bytes.

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use bytes::{Buf, Bytes};
use h3::error::{ConnectionError, StreamError};
use h3::quic::ConnectionErrorIncoming;
use tokio::time::{Instant, timeout_at};

use super::TransportError;
use super::https::{HttpError, HttpReply, Method, finish, request, status_and_type};
use super::quic::{connection_result, quic_connect};
use super::tls::{ALPN_H3, ConnectError, TlsContext};

/// The largest body we accept (as for HTTP/2).
const MAX_BODY: usize = 65535;

fn connection_error_result(e: &ConnectionError) -> TransportError {
    match e {
        // The variants are non_exhaustive: struct patterns reach them.
        ConnectionError::Timeout { .. } => TransportError::TimedOut,
        ConnectionError::Remote { 0: ConnectionErrorIncoming::Timeout, .. } => TransportError::TimedOut,
        ConnectionError::Remote { 0: ConnectionErrorIncoming::Undefined(inner), .. } => {
            match inner.downcast_ref::<quinn::ConnectionError>() {
                Some(q) => connection_result(q),
                None => TransportError::Eof,
            }
        }
        _ => TransportError::Eof,
    }
}

/// An h3 stream error as a BIND result, as for HTTP/2: a stream the server
/// reset is `failure`, a connection that ended `end of file`.
fn stream_result(e: StreamError) -> TransportError {
    match e {
        StreamError::RemoteTerminate { .. } => TransportError::Failure,
        StreamError::ConnectionError { 0: c, .. } => connection_error_result(&c),
        StreamError::RemoteClosing { .. } => TransportError::Eof,
        other => TransportError::Other(other.to_string()),
    }
}

/// One HTTP/3 connection to a DoH3 server; cloning shares it.
#[derive(Clone)]
pub struct H3Connection {
    connection: quinn::Connection,
    local: Option<SocketAddr>,
    send: h3::client::SendRequest<h3_quinn::OpenStreams, Bytes>,
    authority: String,
    /// The connection's driver task has ended.
    closed: Arc<AtomicBool>,
}

impl fmt::Debug for H3Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("H3Connection").field("authority", &self.authority).finish()
    }
}

impl H3Connection {
    /// QUIC to `peer` offering ALPN `h3`, then HTTP/3's control streams,
    /// by `deadline`. `authority` as for `https::authority`.
    pub async fn connect(
        peer: SocketAddr,
        source: Option<SocketAddr>,
        ctx: &TlsContext,
        authority: &str,
        deadline: Instant,
    ) -> Result<H3Connection, ConnectError> {
        let (endpoint, connection) = quic_connect(peer, source, ctx, ALPN_H3, deadline).await?;
        let local = endpoint.local_addr().ok();
        let (mut driver, send) = match timeout_at(deadline, h3::client::new(h3_quinn::Connection::new(connection.clone()))).await {
            Err(_) => return Err(ConnectError::HandshakeTimeout),
            Ok(Err(e)) => return Err(ConnectError::Handshake(connection_error_result(&e))),
            Ok(Ok(pair)) => pair,
        };
        let closed = Arc::new(AtomicBool::new(false));
        let flag = closed.clone();
        tokio::spawn(async move {
            // The endpoint lives as long as the connection's driver.
            let _endpoint = endpoint;
            let _ = std::future::poll_fn(|cx| driver.poll_close(cx)).await;
            flag.store(true, Ordering::Release);
        });
        Ok(H3Connection { connection, local, send, authority: authority.to_string(), closed })
    }

    /// As `DohConnection::exchange`, over HTTP/3.
    pub async fn exchange(&self, query: &[u8], method: Method, path: &str, deadline: Instant) -> Result<HttpReply, HttpError> {
        let request = request("https", &self.authority, path, method, query)?;
        match timeout_at(deadline, self.run(request, method, query)).await {
            Err(_) => Err(HttpError::Transport(TransportError::TimedOut)),
            Ok(r) => r,
        }
    }

    async fn run(&self, request: http::Request<()>, method: Method, query: &[u8]) -> Result<HttpReply, HttpError> {
        let fail = |e: StreamError| HttpError::Transport(stream_result(e));
        let mut send = self.send.clone();
        let mut stream = send.send_request(request).await.map_err(fail)?;
        if method == Method::Post {
            stream.send_data(Bytes::copy_from_slice(query)).await.map_err(fail)?;
        }
        stream.finish().await.map_err(fail)?;
        let (parts, ()) = stream.recv_response().await.map_err(fail)?.into_parts();
        let (status, content_type) = status_and_type(&parts);
        let mut body = Vec::new();
        while let Some(mut chunk) = stream.recv_data().await.map_err(fail)? {
            while chunk.has_remaining() {
                let piece = chunk.chunk();
                body.extend_from_slice(piece);
                let n = piece.len();
                chunk.advance(n);
            }
            if body.len() > MAX_BODY {
                return Err(HttpError::Transport(TransportError::Failure));
            }
        }
        finish(status, content_type, body)
    }

    /// Whether the connection can take another request.
    pub fn is_open(&self) -> bool {
        !self.closed.load(Ordering::Acquire) && self.connection.close_reason().is_none()
    }

    pub fn authority(&self) -> &str {
        &self.authority
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.local
    }
}

#[cfg(test)]
#[path = "h3_tests.rs"]
mod tests;
