//! DNS over UDP (RFC 1035 4.2.1). A connected socket per query: the kernel
//! then drops datagrams from any other address and reports ICMP port
//! unreachable as "connection refused", as BIND's clients see it.

use std::net::SocketAddr;

use tokio::net::UdpSocket;
use tokio::time::{Instant, timeout_at};

use super::{TransportError, local_for};

/// The largest datagram we accept.
const MAX_DATAGRAM: usize = 65535;

pub struct UdpChannel {
    socket: UdpSocket,
}

impl UdpChannel {
    pub async fn open(peer: SocketAddr, source: Option<SocketAddr>) -> Result<UdpChannel, TransportError> {
        let socket = UdpSocket::bind(local_for(peer, source)).await?;
        socket.connect(peer).await?;
        Ok(UdpChannel { socket })
    }

    pub async fn send(&self, message: &[u8]) -> Result<(), TransportError> {
        self.socket.send(message).await?;
        Ok(())
    }

    /// The next datagram from the server, or an error at `deadline`.
    pub async fn recv(&self, deadline: Instant) -> Result<Vec<u8>, TransportError> {
        let mut buf = vec![0u8; MAX_DATAGRAM];
        match timeout_at(deadline, self.socket.recv(&mut buf)).await {
            Err(_) => Err(TransportError::TimedOut),
            Ok(Err(e)) => Err(e.into()),
            Ok(Ok(n)) => {
                buf.truncate(n);
                Ok(buf)
            }
        }
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.socket.local_addr().ok()
    }
}
