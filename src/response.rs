//! One reply as received: the raw bytes, the decoded message, who sent it,
//! over what, how long it took, and the query that asked for it; the
//! packets exchanged; and what can go wrong on the way (`TransportError`).
//! The engine (`lookup`) makes these from what `transport` brings back;
//! they travel in `event`s to the sinks (`render::*`).

use std::fmt;
use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use crate::wire::Message;

/// Which transport carried a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Udp,
    Tcp,
    /// DNS over TLS (RFC 7858).
    Tls,
    /// DNS over HTTPS (RFC 8484) over HTTP/2 and TLS.
    Https,
    /// DNS over clear-text HTTP/2 (dig's +http-plain).
    Http,
    /// DNS over QUIC (RFC 9250).
    Quic,
    /// DNS over HTTPS over HTTP/3.
    H3,
}

impl Protocol {
    /// Carried by a stream with DNS's 2-byte length before each message
    /// (TCP, TLS, QUIC), rather than one datagram or HTTP body each.
    pub fn length_prefixed(self) -> bool {
        matches!(self, Protocol::Tcp | Protocol::Tls | Protocol::Quic)
    }

    /// Encrypted on the wire: what a dump or capture shows of it was
    /// decrypted by rlookup.
    pub fn encrypted(self) -> bool {
        matches!(self, Protocol::Tls | Protocol::Https | Protocol::Quic | Protocol::H3)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protocol::Udp => "UDP",
            Protocol::Tcp => "TCP",
            Protocol::Tls => "TLS",
            Protocol::Https => "HTTPS",
            Protocol::Http => "HTTP",
            Protocol::Quic => "QUIC",
            Protocol::H3 => "HTTP/3",
        })
    }
}

/// A transport failure, displayed as BIND's isc_result_totext so that
/// `;; communications error to ...: <text>` reads the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    TimedOut,
    Refused,
    Reset,
    Eof,
    NetUnreachable,
    HostUnreachable,
    AddrNotAvailable,
    PermissionDenied,
    /// ISC_R_TLSERROR: a TLS handshake or record failed (dig +https to a
    /// port that does not speak TLS).
    TlsError,
    /// ISC_R_HTTP2ALPNERROR: the TLS server did not agree on ALPN `h2`.
    AlpnH2,
    /// ISC_R_DOTALPNERROR: the TLS server did not agree on ALPN `dot`
    /// (dig refuses zone transfers over such a connection).
    AlpnDot,
    /// ISC_R_FAILURE: what BIND reports for a DoH reply whose HTTP status
    /// is not 2xx (or whose stream the server reset).
    Failure,
    Other(String),
}

impl TransportError {
    pub fn text(&self) -> &str {
        match self {
            TransportError::TimedOut => "timed out",
            TransportError::Refused => "connection refused",
            TransportError::Reset => "connection reset",
            TransportError::Eof => "end of file",
            TransportError::NetUnreachable => "network unreachable",
            TransportError::HostUnreachable => "host unreachable",
            TransportError::AddrNotAvailable => "address not available",
            TransportError::PermissionDenied => "permission denied",
            TransportError::TlsError => "TLS error",
            TransportError::AlpnH2 => "ALPN for HTTP/2 failed",
            TransportError::AlpnDot => "ALPN for DoT failed",
            TransportError::Failure => "failure",
            TransportError::Other(s) => s,
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// An address as BIND's isc_sockaddr_format prints it: `127.0.0.1#53`,
/// `::1#53`.
pub fn sockaddr_text(addr: SocketAddr) -> String {
    format!("{}#{}", addr.ip(), addr.port())
}

/// How the server's COOKIE option compared with the one we sent
/// (dig prints "(good)" / "(bad)").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CookieCheck {
    #[default]
    NotChecked,
    Good,
    Bad,
}

#[derive(Debug, Clone)]
pub struct Response {
    /// The query as sent (without TCP's length prefix).
    pub query: Vec<u8>,
    /// The reply as received (without TCP's length prefix).
    pub bytes: Vec<u8>,
    /// Shared: the reply's events and the engine's checks read the same
    /// decoded message.
    pub message: std::sync::Arc<Message>,
    /// The address the reply came from.
    pub server: SocketAddr,
    /// The server as the user named it.
    pub server_label: String,
    pub protocol: Protocol,
    pub sent_at: SystemTime,
    pub rtt: Duration,
    pub cookie: CookieCheck,
    /// The parser recovered from a malformed message (dig +besteffort).
    pub malformed: bool,
}

/// Which way a packet went (for the packet dump).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Sent,
    Received,
}

/// Every packet exchanged, in order, for `--dump`.
#[derive(Debug, Clone)]
pub struct Packet {
    pub direction: Direction,
    pub protocol: Protocol,
    pub local: Option<SocketAddr>,
    pub peer: SocketAddr,
    pub bytes: Vec<u8>,
    pub at: SystemTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sockaddrs_print_like_bind() {
        assert_eq!(sockaddr_text("127.0.0.53:53".parse().unwrap()), "127.0.0.53#53");
        assert_eq!(sockaddr_text("[::1]:5353".parse().unwrap()), "::1#5353");
    }
}
