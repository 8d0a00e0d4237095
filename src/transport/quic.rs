//! DNS over QUIC (RFC 9250, ALPN `doq`) with quinn: one QUIC connection,
//! one bidirectional stream per query, each message behind a two-byte
//! length, the query's end marked by the stream's FIN. A zone transfer's
//! replies come back as several messages on the one stream, read one by
//! one. The QUIC connection itself (`quic_connect`, errors typed as for
//! TLS) also carries `h3`. Replies go to the engine (`lookup`) as bytes.
//!
//! Message ids: RFC 9250 4.2.1 says the id MUST be 0 on the wire. `send`
//! sends the query with id 0 and `DoqStream::recv` gives each reply whose
//! id is 0 the query's original id back, so the engine's id check works
//! unchanged; a reply with another id is returned as it came (the engine
//! then sees a mismatch, as it should: the server broke the protocol). A
//! packet dump that must show the bytes on the wire uses `wire_form`.

use std::net::SocketAddr;
use std::sync::Arc;

use quinn::{ConnectionError, Endpoint, ReadError, ReadExactError, TransportErrorCode, WriteError};
use tokio::time::{Instant, timeout_at};

use super::TransportError;
use super::tls::{ALPN_DOQ, ConnectError, TlsContext};

/// The TLS alert no_application_protocol, as a QUIC error code.
const ALPN_ALERT: u8 = 120;

/// A connection's end as a BIND result.
pub(crate) fn connection_result(e: &ConnectionError) -> TransportError {
    match e {
        ConnectionError::TimedOut => TransportError::TimedOut,
        ConnectionError::Reset => TransportError::Reset,
        ConnectionError::ApplicationClosed(_) | ConnectionError::ConnectionClosed(_) | ConnectionError::LocallyClosed => {
            TransportError::Eof
        }
        ConnectionError::TransportError(_) => TransportError::TlsError,
        other => TransportError::Other(other.to_string()),
    }
}

/// Whether a QUIC error code is a TLS alert (0x100-0x1ff).
fn is_crypto(code: TransportErrorCode) -> bool {
    (0x100..0x200).contains(&u64::from(code))
}

/// A QUIC connection to `peer` offering `alpn`, by `deadline`; errors
/// typed as for TLS (`tls::ConnectError`). A port where nothing listens
/// gives no error (ICMP does not reach quinn): the deadline ends it, as
/// `HandshakeTimeout`. quinn's idle timeout (30 s) then applies to the
/// connection.
pub(crate) async fn quic_connect(
    peer: SocketAddr,
    source: Option<SocketAddr>,
    ctx: &TlsContext,
    alpn: &[u8],
    deadline: Instant,
) -> Result<(Endpoint, quinn::Connection), ConnectError> {
    let (config, recorder) = ctx.client_config(alpn);
    let crypto = quinn::crypto::rustls::QuicClientConfig::try_from(config)
        .map_err(|e| ConnectError::Handshake(TransportError::Other(e.to_string())))?;
    let endpoint = Endpoint::client(super::local_for(peer, source)).map_err(|e| ConnectError::Connect(e.into()))?;
    let name = match ctx.server_name(peer.ip()) {
        rustls::pki_types::ServerName::DnsName(n) => n.as_ref().to_string(),
        rustls::pki_types::ServerName::IpAddress(ip) => std::net::IpAddr::from(ip).to_string(),
        _ => peer.ip().to_string(),
    };
    let connecting = endpoint
        .connect_with(quinn::ClientConfig::new(Arc::new(crypto)), peer, &name)
        .map_err(|e| ConnectError::Connect(TransportError::Other(e.to_string())))?;
    let result = timeout_at(deadline, connecting).await;
    if let Some(e) = recorder.take() {
        return Err(ConnectError::Verify(e));
    }
    match result {
        Err(_) => Err(ConnectError::HandshakeTimeout),
        Ok(Ok(connection)) => Ok((endpoint, connection)),
        Ok(Err(e)) => Err(match &e {
            ConnectionError::TimedOut => ConnectError::HandshakeTimeout,
            ConnectionError::ConnectionClosed(close) if close.error_code == TransportErrorCode::crypto(ALPN_ALERT) => ConnectError::Alpn,
            ConnectionError::TransportError(t) if t.code == TransportErrorCode::crypto(ALPN_ALERT) => ConnectError::Alpn,
            ConnectionError::ConnectionClosed(close) if is_crypto(close.error_code) => ConnectError::Handshake(TransportError::TlsError),
            other => ConnectError::Handshake(connection_result(other)),
        }),
    }
}

/// The query as it goes on the wire: id 0.
pub fn wire_form(query: &[u8]) -> Vec<u8> {
    let mut wire = query.to_vec();
    if wire.len() >= 2 {
        wire[0] = 0;
        wire[1] = 0;
    }
    wire
}

fn write_result(e: WriteError) -> TransportError {
    match e {
        WriteError::ConnectionLost(c) => connection_result(&c),
        WriteError::Stopped(_) => TransportError::Reset,
        WriteError::ClosedStream => TransportError::Eof,
        other => TransportError::Other(other.to_string()),
    }
}

fn read_result(e: ReadError) -> TransportError {
    match e {
        ReadError::ConnectionLost(c) => connection_result(&c),
        ReadError::Reset(_) => TransportError::Reset,
        ReadError::ClosedStream => TransportError::Eof,
        other => TransportError::Other(other.to_string()),
    }
}

/// A DoQ connection; cloning shares it.
#[derive(Clone, Debug)]
pub struct DoqConnection {
    endpoint: Endpoint,
    connection: quinn::Connection,
}

impl DoqConnection {
    /// Connects to `peer` (from `source`) offering ALPN `doq`, by
    /// `deadline`.
    pub async fn connect(
        peer: SocketAddr,
        source: Option<SocketAddr>,
        ctx: &TlsContext,
        deadline: Instant,
    ) -> Result<DoqConnection, ConnectError> {
        let (endpoint, connection) = quic_connect(peer, source, ctx, ALPN_DOQ, deadline).await?;
        Ok(DoqConnection { endpoint, connection })
    }

    /// Opens a stream and sends `query` on it (with id 0, then FIN); the
    /// replies are read from the returned stream.
    pub async fn send(&self, query: &[u8], deadline: Instant) -> Result<DoqStream, TransportError> {
        let len = u16::try_from(query.len()).map_err(|_| TransportError::Other("message too large".into()))?;
        if query.len() < 2 {
            return Err(TransportError::Other("message too short".into()));
        }
        let id = u16::from_be_bytes([query[0], query[1]]);
        let mut framed = Vec::with_capacity(query.len() + 2);
        framed.extend_from_slice(&len.to_be_bytes());
        framed.extend_from_slice(&wire_form(query));
        let open = async {
            let (mut send, recv) = self.connection.open_bi().await.map_err(|e| connection_result(&e))?;
            send.write_all(&framed).await.map_err(write_result)?;
            send.finish().map_err(|_| TransportError::Eof)?;
            Ok::<_, TransportError>(DoqStream { recv, _send: send, id })
        };
        match timeout_at(deadline, open).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(r) => r,
        }
    }

    /// One query, one reply: `send`, then the stream's first message.
    pub async fn exchange(&self, query: &[u8], deadline: Instant) -> Result<Vec<u8>, TransportError> {
        let mut stream = self.send(query, deadline).await?;
        stream.recv(deadline).await?.ok_or(TransportError::Eof)
    }

    /// Whether the connection is still up.
    pub fn is_open(&self) -> bool {
        self.connection.close_reason().is_none()
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.endpoint.local_addr().ok()
    }

    /// Closes the connection now (the server is told), rather than when
    /// the last clone goes.
    pub fn close(&self) {
        self.connection.close(0u32.into(), b"");
    }
}

/// The replies to one DoQ query.
#[derive(Debug)]
pub struct DoqStream {
    recv: quinn::RecvStream,
    /// Kept so that quinn does not reset our side before the replies are in.
    _send: quinn::SendStream,
    /// The query's id, given back to replies sent with id 0.
    id: u16,
}

impl DoqStream {
    /// The next message on the stream, or None when the server has ended
    /// the stream after a whole message.
    pub async fn recv(&mut self, deadline: Instant) -> Result<Option<Vec<u8>>, TransportError> {
        let read = async {
            let mut len = [0u8; 2];
            match self.recv.read_exact(&mut len).await {
                Ok(()) => {}
                Err(ReadExactError::FinishedEarly(0)) => return Ok(None),
                Err(ReadExactError::FinishedEarly(_)) => return Err(TransportError::Eof),
                Err(ReadExactError::ReadError(e)) => return Err(read_result(e)),
            }
            let mut message = vec![0u8; usize::from(u16::from_be_bytes(len))];
            match self.recv.read_exact(&mut message).await {
                Ok(()) => {}
                Err(ReadExactError::FinishedEarly(_)) => return Err(TransportError::Eof),
                Err(ReadExactError::ReadError(e)) => return Err(read_result(e)),
            }
            if message.len() >= 2 && message[0] == 0 && message[1] == 0 {
                message[..2].copy_from_slice(&self.id.to_be_bytes());
            }
            Ok(Some(message))
        };
        match timeout_at(deadline, read).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(r) => r,
        }
    }
}

#[cfg(test)]
#[path = "quic_tests.rs"]
mod tests;
