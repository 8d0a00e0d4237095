//! Bytes in, bytes out: one DNS message to one server over UDP, TCP, TLS
//! (DoT), HTTPS (DoH over HTTP/2, or clear-text HTTP/2), QUIC (DoQ) or
//! HTTP/3 (DoH3), and whatever comes back, untouched. Matching replies to
//! queries, retries and failover are `lookup`'s job; decoding is `wire`'s.
//! `pool` keeps encrypted connections open across lookups for the engine;
//! `pipeline` shares a TCP or DoT connection among a batch's lookups.

pub mod h3;
pub mod https;
pub mod pipeline;
pub mod pool;
pub mod quic;
pub mod tcp;
pub mod tls;
pub mod udp;
pub mod udp_shared;

use std::io;

pub use crate::response::{Protocol, TransportError};

impl From<io::Error> for TransportError {
    fn from(e: io::Error) -> Self {
        use io::ErrorKind as K;
        match e.kind() {
            K::TimedOut | K::WouldBlock => TransportError::TimedOut,
            K::ConnectionRefused => TransportError::Refused,
            K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => TransportError::Reset,
            K::UnexpectedEof => TransportError::Eof,
            K::AddrNotAvailable => TransportError::AddrNotAvailable,
            K::PermissionDenied => TransportError::PermissionDenied,
            K::NetworkUnreachable => TransportError::NetUnreachable,
            K::HostUnreachable => TransportError::HostUnreachable,
            _ => match e.raw_os_error() {
                Some(101) => TransportError::NetUnreachable,
                Some(113) => TransportError::HostUnreachable,
                _ => TransportError::Other("unexpected error".to_string()),
            },
        }
    }
}

/// The local address to send from: the given one, else any address of the
/// server's family (port 0: the kernel picks a random ephemeral port, the
/// source-port randomisation RFC 5452 asks for).
pub(crate) fn local_for(peer: std::net::SocketAddr, source: Option<std::net::SocketAddr>) -> std::net::SocketAddr {
    use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
    source.unwrap_or(match peer {
        SocketAddr::V4(_) => SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)),
        SocketAddr::V6(_) => SocketAddr::from((Ipv6Addr::UNSPECIFIED, 0)),
    })
}

#[cfg(test)]
mod testing;
