//! DNS over TCP (RFC 1035 4.2.2, RFC 7766): each message behind a two-byte
//! big-endian length; replies go back to the engine as bytes. Its connect
//! also opens the TCP connection under DoT and DoH (`tls`, `https`).

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::time::{Instant, timeout_at};

use super::TransportError;

pub struct TcpChannel {
    stream: TcpStream,
}

impl TcpChannel {
    pub async fn connect(peer: SocketAddr, source: Option<SocketAddr>, deadline: Instant) -> Result<TcpChannel, TransportError> {
        let socket = if peer.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
        if let Some(src) = source {
            // dig -b; otherwise the kernel picks the address and a random
            // port.
            socket.bind(src)?;
        }
        match timeout_at(deadline, socket.connect(peer)).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(Err(e)) => Err(e.into()),
            Ok(Ok(stream)) => {
                let _ = stream.set_nodelay(true);
                Ok(TcpChannel { stream })
            }
        }
    }

    /// Sends one message with its length prefix, in one write.
    pub async fn send(&mut self, message: &[u8], deadline: Instant) -> Result<(), TransportError> {
        let len = u16::try_from(message.len()).map_err(|_| TransportError::Other("message too large".into()))?;
        let mut framed = Vec::with_capacity(message.len() + 2);
        framed.extend_from_slice(&len.to_be_bytes());
        framed.extend_from_slice(message);
        match timeout_at(deadline, self.stream.write_all(&framed)).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(r) => r.map_err(Into::into),
        }
    }

    /// Reads one length-prefixed message (without its prefix).
    pub async fn recv(&mut self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        let read = async {
            let mut len = [0u8; 2];
            self.stream.read_exact(&mut len).await?;
            let mut buf = vec![0u8; usize::from(u16::from_be_bytes(len))];
            self.stream.read_exact(&mut buf).await?;
            Ok::<_, std::io::Error>(buf)
        };
        match timeout_at(deadline, read).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(r) => r.map_err(Into::into),
        }
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.stream.local_addr().ok()
    }

    /// The connected socket, for a protocol on top of TCP (TLS, HTTP/2).
    pub(crate) fn into_stream(self) -> TcpStream {
        self.stream
    }
}
