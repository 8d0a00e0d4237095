//! One reply as received: the raw bytes, the decoded message, who sent it,
//! over what, how long it took, and the query that asked for it. The
//! engine (`lookup`) makes these; renderers (`render::*`) print them.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use crate::transport::Protocol;
use crate::wire::Message;

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
    pub message: Message,
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
