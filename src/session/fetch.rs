//! The validating resolver's queries on the network: [`ServerFetch`], a
//! `validate::Fetch` that sends each query of `validate::resolve` (the
//! question, each CNAME target, every DNSKEY and DS the validator needs)
//! to the configured servers as BIND 9.18's resolver does for delv, which
//! forwards everything to them:
//!
//! - the query: RD, CD only when the engine says so (`FetchQuery::cd`),
//!   EDNS version 0 with a 1232-byte UDP size, DO, and a client COOKIE
//!   (the same 8 random bytes for the whole run);
//! - UDP to the first server not yet marked bad (`FetchQuery::avoid`),
//!   resent every `retry` (3 s) to the next one in turn, the replies to
//!   every try still accepted; `timed out` after `udp_timeout` (10 s,
//!   BIND's 9 + 1 s fetch timeout); a truncated reply is asked again over
//!   TCP of the same server, silently;
//! - TCP with `FetchQuery::tcp` (+tcp): a server that accepts but never
//!   answers ends the fetch after `tcp_timeout` (12 s) as BIND's hung-fetch
//!   timer does (`operation canceled`, logging `shut down hung fetch while
//!   resolving 'NAME/TYPE'`);
//! - a reply is taken when it comes from the server asked (connected
//!   sockets), answers the query's id and is a response; the question is
//!   the engine's to check (it logs BIND's FORMERR). A refused connection
//!   (ICMP port unreachable) marks the server bad: `FetchError::server`
//!   with `connection refused`, so that the engine logs `connection
//!   refused resolving 'NAME/TYPE/IN': ADDR#PORT` and asks the next one;
//!   an unparsable reply likewise (`FORMERR`).
//!
//! With `-b` (`FetchOptions::source4`, `source6`) queries leave from that
//! address (and port); as in BIND, a family without a source address has
//! no socket when the other has one, and its servers are skipped.
//!
//! Used by the delv session (`session::delv`); for `--validate` in the
//! other dialects: `ServerFetch::new(&servers, port, FetchOptions::default())`
//! and `validate::resolve(&fetch, anchors, options, &qname, qtype)`.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use std::time::Duration;

use tokio::time::Instant;

use crate::response::sockaddr_text;
use crate::transport::TransportError;
use crate::transport::tcp::TcpChannel;
use crate::transport::udp::UdpChannel;
use crate::validate::{BindResult, Fetch, FetchError, FetchFuture, FetchQuery, Reply};
use crate::wire::{Message, encode, message, types};

/// EDNS option code of COOKIE.
const COOKIE: u16 = 10;
/// The EDNS UDP size delv's resolver advertises.
pub const EDNS_UDP_SIZE: u16 = 1232;

/// How a [`ServerFetch`] sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchOptions {
    /// `-b`: the source address (and port, 0 for any) of IPv4 queries.
    pub source4: Option<SocketAddr>,
    /// `-b`: the source of IPv6 queries.
    pub source6: Option<SocketAddr>,
    /// The time between UDP tries.
    pub retry: Duration,
    /// The time a fetch over UDP waits for a reply in all.
    pub udp_timeout: Duration,
    /// The time a fetch over TCP waits (then BIND's hung-fetch timer
    /// cancels it).
    pub tcp_timeout: Duration,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            source4: None,
            source6: None,
            retry: Duration::from_secs(3),
            udp_timeout: Duration::from_secs(10),
            tcp_timeout: Duration::from_secs(12),
        }
    }
}

/// Sends the validating resolver's queries to a list of servers (see the
/// module doc).
#[derive(Debug, Clone)]
pub struct ServerFetch {
    servers: Vec<SocketAddr>,
    opts: FetchOptions,
    cookie: [u8; 8],
}

/// One UDP try: its socket, the id it waits for, its server.
struct Try {
    channel: Rc<UdpChannel>,
    id: u16,
    server: SocketAddr,
}

/// What waiting on the tries gave.
enum Got {
    Datagram(usize, Vec<u8>),
    Error(usize, TransportError),
    Nothing,
}

impl ServerFetch {
    /// Queries go to `servers` (in this order of preference) on `port`.
    /// With no server at all every fetch ends `NXDOMAIN`, as BIND's
    /// resolver does with neither forwarders nor root hints (delv when its
    /// `@server` cannot be resolved).
    pub fn new(servers: &[IpAddr], port: u16, opts: FetchOptions) -> ServerFetch {
        ServerFetch { servers: servers.iter().map(|ip| SocketAddr::new(*ip, port)).collect(), opts, cookie: rand::random() }
    }

    /// The servers, as BIND prints them (`127.0.0.53#53`).
    pub fn labels(&self) -> Vec<String> {
        self.servers.iter().map(|s| sockaddr_text(*s)).collect()
    }

    /// A server of this family has a socket to send from.
    fn usable(&self, server: &SocketAddr) -> bool {
        let (v4, v6) = (self.opts.source4.is_some(), self.opts.source6.is_some());
        if server.is_ipv4() { v4 || !v6 } else { v6 || !v4 }
    }

    fn source_for(&self, server: &SocketAddr) -> Option<SocketAddr> {
        if server.is_ipv4() { self.opts.source4 } else { self.opts.source6 }
    }

    /// The query's bytes with this id.
    fn query(&self, q: &FetchQuery, id: u16) -> Vec<u8> {
        let flags = 0x0100 | if q.cd { 0x0010 } else { 0 };
        let opt = encode::Opt {
            udpsize: EDNS_UDP_SIZE,
            version: 0,
            flags: 0x8000,
            options: vec![(COOKIE, self.cookie.to_vec())],
            padding: 0,
            reserve: 0,
        };
        encode::query(&encode::Query { id, flags, question: Some((&q.name, q.rtype, 1)), ixfr: None, opt: Some(opt) }).bytes
    }

    async fn fetch_query(&self, q: &FetchQuery) -> Result<Reply, FetchError> {
        if self.servers.is_empty() {
            return Err(FetchError::done(BindResult::Nxdomain));
        }
        let candidates: Vec<SocketAddr> =
            self.servers.iter().filter(|s| self.usable(s) && !q.avoid.contains(&sockaddr_text(**s))).copied().collect();
        let Some(first) = candidates.first().copied() else {
            return Err(FetchError::done(BindResult::Failure));
        };
        let start = Instant::now();
        if q.tcp {
            let hung = FetchError {
                result: BindResult::Canceled,
                server: None,
                notices: vec![format!("shut down hung fetch while resolving '{}/{}'", q.name.to_text(true), types::type_to_text(q.rtype))],
            };
            return self.tcp(q, first, start + self.opts.tcp_timeout, hung).await;
        }
        self.udp(q, &candidates, start).await
    }

    async fn udp(&self, q: &FetchQuery, candidates: &[SocketAddr], start: Instant) -> Result<Reply, FetchError> {
        let deadline = start + self.opts.udp_timeout;
        let mut tries: Vec<Try> = Vec::new();
        let mut next_send = start;
        let mut turn = 0;
        loop {
            if Instant::now() >= next_send && next_send < deadline {
                let server = candidates[turn % candidates.len()];
                turn += 1;
                next_send += self.opts.retry;
                if self.source_for(&server).is_some_and(|s| s.port() != 0) {
                    // One socket on that port at a time: no second try
                    // while the first waits.
                    next_send = deadline;
                }
                let id: u16 = rand::random();
                let sent = async {
                    let channel = UdpChannel::open(server, self.source_for(&server)).await?;
                    channel.send(&self.query(q, id)).await?;
                    Ok::<_, TransportError>(channel)
                }
                .await;
                match sent {
                    Ok(channel) => tries.push(Try { channel: Rc::new(channel), id, server }),
                    Err(e) => return Err(FetchError::server(bind_result(&e), sockaddr_text(server))),
                }
            }
            let wake = next_send.min(deadline);
            match recv_any(&tries, wake).await {
                Got::Nothing => {
                    if Instant::now() >= deadline {
                        return Err(FetchError::done(BindResult::TimedOut));
                    }
                }
                Got::Error(i, e) => return Err(FetchError::server(bind_result(&e), sockaddr_text(tries[i].server))),
                Got::Datagram(i, bytes) => {
                    let t = &tries[i];
                    if bytes.len() < 12 || u16::from_be_bytes([bytes[0], bytes[1]]) != t.id || bytes[2] & 0x80 == 0 {
                        continue;
                    }
                    let label = sockaddr_text(t.server);
                    let Ok(m) = message::parse(&bytes) else {
                        return Err(FetchError::server(BindResult::Formerr, label));
                    };
                    if m.header.tc {
                        let server = t.server;
                        return self.tcp(q, server, deadline, FetchError::done(BindResult::TimedOut)).await;
                    }
                    return Ok(Reply { message: m, bytes, server: label });
                }
            }
        }
    }

    /// The query over TCP to `server`; `late` is what the fetch ends with
    /// at `deadline`.
    async fn tcp(&self, q: &FetchQuery, server: SocketAddr, deadline: Instant, late: FetchError) -> Result<Reply, FetchError> {
        let label = sockaddr_text(server);
        let fail = |e: TransportError| match e {
            TransportError::TimedOut => late.clone(),
            e => FetchError::server(bind_result(&e), label.clone()),
        };
        let id: u16 = rand::random();
        let mut channel = TcpChannel::connect(server, self.source_for(&server), deadline).await.map_err(&fail)?;
        channel.send(&self.query(q, id), deadline).await.map_err(&fail)?;
        loop {
            let bytes = channel.recv(deadline).await.map_err(&fail)?;
            if bytes.len() < 12 || u16::from_be_bytes([bytes[0], bytes[1]]) != id || bytes[2] & 0x80 == 0 {
                // BIND's TCP dispatch drops a reply it cannot match and
                // keeps reading.
                continue;
            }
            let m: Message = message::parse(&bytes).map_err(|_| FetchError::server(BindResult::Formerr, label.clone()))?;
            return Ok(Reply { message: m, bytes, server: label });
        }
    }
}

impl Fetch for ServerFetch {
    fn fetch<'a>(&'a self, query: &'a FetchQuery) -> FetchFuture<'a> {
        Box::pin(self.fetch_query(query))
    }
}

/// The isc_result_t BIND's resolver reports for a transport failure.
fn bind_result(e: &TransportError) -> BindResult {
    match e {
        TransportError::TimedOut => BindResult::TimedOut,
        TransportError::Refused => BindResult::ConnRefused,
        TransportError::Reset => BindResult::ConnReset,
        TransportError::Eof => BindResult::Eof,
        TransportError::NetUnreachable => BindResult::NetUnreach,
        TransportError::HostUnreachable => BindResult::HostUnreach,
        TransportError::AddrNotAvailable => BindResult::AddrNotAvail,
        _ => BindResult::Failure,
    }
}

/// Waits until one of the tries receives a datagram or fails, or `wake`.
async fn recv_any(tries: &[Try], wake: Instant) -> Got {
    type Recv = Pin<Box<dyn Future<Output = Result<Vec<u8>, TransportError>>>>;
    let mut pending: Vec<Option<Recv>> = tries
        .iter()
        .map(|t| {
            let c = t.channel.clone();
            Some(Box::pin(async move { c.recv(wake).await }) as Recv)
        })
        .collect();
    if pending.is_empty() {
        tokio::time::sleep_until(wake).await;
        return Got::Nothing;
    }
    std::future::poll_fn(|cx| {
        let mut open = 0;
        for (i, slot) in pending.iter_mut().enumerate() {
            let Some(f) = slot.as_mut() else { continue };
            match f.as_mut().poll(cx) {
                Poll::Ready(Ok(bytes)) => return Poll::Ready(Got::Datagram(i, bytes)),
                Poll::Ready(Err(TransportError::TimedOut)) => *slot = None,
                Poll::Ready(Err(e)) => return Poll::Ready(Got::Error(i, e)),
                Poll::Pending => open += 1,
            }
        }
        if open == 0 { Poll::Ready(Got::Nothing) } else { Poll::Pending }
    })
    .await
}

#[cfg(test)]
#[path = "fetch_tests.rs"]
mod tests;
