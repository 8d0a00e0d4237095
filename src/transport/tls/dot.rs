//! DNS over TLS (RFC 7858): TCP's two-byte length framing inside a TLS
//! connection made by `super::handshake`. Queries go out and replies come
//! back untouched (ids kept, several queries may be sent before their
//! replies are read); the engine matches them up.

use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};
use tokio_rustls::client::TlsStream;

use super::{ALPN_DOT, ConnectError, TlsContext, TransportError, handshake, io_result, tcp_connect};

pub struct DotChannel {
    stream: TlsStream<TcpStream>,
    /// Bytes read by `is_open` that a `recv` has not consumed yet.
    pending: Vec<u8>,
    /// A send or receive failed: the connection is no use any more.
    broken: bool,
}

impl std::fmt::Debug for DotChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DotChannel").field("local", &self.local_addr()).field("broken", &self.broken).finish()
    }
}

impl DotChannel {
    /// Connects to `peer` (from `source`, dig -b) by `connect_deadline` and
    /// completes the TLS handshake, offering ALPN `dot`, by
    /// `handshake_deadline` (dig uses one `+time` for both).
    pub async fn connect(
        peer: SocketAddr,
        source: Option<SocketAddr>,
        ctx: &TlsContext,
        connect_deadline: Instant,
        handshake_deadline: Instant,
    ) -> Result<DotChannel, ConnectError> {
        let tcp = tcp_connect(peer, source, connect_deadline).await?;
        let stream = handshake(ctx, tcp, peer, ALPN_DOT, handshake_deadline).await?;
        Ok(DotChannel { stream, pending: Vec::new(), broken: false })
    }

    /// The server agreed on ALPN `dot`. dig refuses zone transfers over a
    /// connection where it did not (`;; zone transfers over the
    /// established TLS connection are not allowed: ALPN for DoT failed`).
    pub fn alpn_is_dot(&self) -> bool {
        self.stream.get_ref().1.alpn_protocol() == Some(ALPN_DOT)
    }

    /// Sends one message with its length prefix, in one write.
    pub async fn send(&mut self, message: &[u8], deadline: Instant) -> Result<(), TransportError> {
        let len = u16::try_from(message.len()).map_err(|_| TransportError::Other("message too large".into()))?;
        let mut framed = Vec::with_capacity(message.len() + 2);
        framed.extend_from_slice(&len.to_be_bytes());
        framed.extend_from_slice(message);
        let write = async {
            self.stream.write_all(&framed).await?;
            self.stream.flush().await
        };
        let result = match timeout_at(deadline, write).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(r) => r.map_err(io_result),
        };
        self.broken |= result.is_err();
        result
    }

    /// Reads one length-prefixed message (without its prefix).
    pub async fn recv(&mut self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        let result = match timeout_at(deadline, self.read_message()).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(r) => r.map_err(io_result),
        };
        // A timeout leaves the connection usable (the reply may come
        // later); anything else ends it.
        if let Err(e) = &result {
            self.broken |= *e != TransportError::TimedOut;
        }
        result
    }

    async fn read_exact(&mut self, buf: &mut [u8]) -> std::io::Result<()> {
        let from_pending = buf.len().min(self.pending.len());
        buf[..from_pending].copy_from_slice(&self.pending[..from_pending]);
        self.pending.drain(..from_pending);
        self.stream.read_exact(&mut buf[from_pending..]).await.map(|_| ())
    }

    async fn read_message(&mut self) -> std::io::Result<Vec<u8>> {
        let mut len = [0u8; 2];
        self.read_exact(&mut len).await?;
        let mut buf = vec![0u8; usize::from(u16::from_be_bytes(len))];
        self.read_exact(&mut buf).await?;
        Ok(buf)
    }

    /// Whether the connection can still carry a query: no send or receive
    /// failed, and the server has not closed it (checked without waiting;
    /// bytes that arrived meanwhile are kept for the next `recv`).
    pub fn is_open(&mut self) -> bool {
        if self.broken {
            return false;
        }
        let mut cx = Context::from_waker(Waker::noop());
        let mut chunk = [0u8; 4096];
        loop {
            let mut buf = ReadBuf::new(&mut chunk);
            match Pin::new(&mut self.stream).poll_read(&mut cx, &mut buf) {
                Poll::Pending => return true,
                Poll::Ready(Ok(())) if buf.filled().is_empty() => {
                    self.broken = true;
                    return false;
                }
                Poll::Ready(Ok(())) => self.pending.extend_from_slice(buf.filled()),
                Poll::Ready(Err(_)) => {
                    self.broken = true;
                    return false;
                }
            }
        }
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.stream.get_ref().0.local_addr().ok()
    }

    /// The TLS stream, for a pipeline (`transport::pipeline`); only for a
    /// channel fresh from `connect` (nothing read ahead yet).
    pub(crate) fn into_stream(self) -> TlsStream<TcpStream> {
        debug_assert!(self.pending.is_empty());
        self.stream
    }
}
