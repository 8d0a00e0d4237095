//! What differs between servers, decided on typed values; and the
//! fixtures (replies built byte by byte) the renderers' and the session's
//! tests of `--compare` share.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use super::*;
use crate::plan::Lookup;
use crate::response::{CookieCheck, Protocol, Response, TransportError};
use crate::wire::Name;

pub(crate) const A: u16 = 1;
pub(crate) const NS: u16 = 2;

/// A record for [`message`]: owner, type, TTL, RDATA.
pub(crate) struct Rr<'a>(pub &'a str, pub u16, pub u32, pub Vec<u8>);

fn name_wire(text: &str) -> Vec<u8> {
    Name::from_text(text, Some(&Name::root())).expect("a fixture name").to_wire()
}

/// An A record's RDATA.
pub(crate) fn a(ip: [u8; 4]) -> Vec<u8> {
    ip.to_vec()
}

/// A name as RDATA (NS, CNAME).
pub(crate) fn target(text: &str) -> Vec<u8> {
    name_wire(text)
}

/// A reply to `www.example. IN A` with these header flags (QR added) and
/// RCODE, answer and authority records (no compression).
pub(crate) fn message(flags: u16, rcode: u16, answer: &[Rr<'_>], authority: &[Rr<'_>]) -> Vec<u8> {
    let mut m = vec![0x12, 0x34];
    m.extend_from_slice(&(0x8000 | flags | rcode).to_be_bytes());
    for n in [1, answer.len(), authority.len(), 0] {
        m.extend_from_slice(&(n as u16).to_be_bytes());
    }
    m.extend(name_wire("www.example."));
    m.extend_from_slice(&[0, 1, 0, 1]);
    for Rr(owner, rtype, ttl, rdata) in answer.iter().chain(authority) {
        m.extend(name_wire(owner));
        m.extend_from_slice(&rtype.to_be_bytes());
        m.extend_from_slice(&[0, 1]);
        m.extend_from_slice(&ttl.to_be_bytes());
        m.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        m.extend_from_slice(rdata);
    }
    m
}

/// Header flag bits for [`message`].
pub(crate) const AA: u16 = 0x0400;
pub(crate) const RD: u16 = 0x0100;
pub(crate) const RA: u16 = 0x0080;

pub(crate) fn lookup() -> Arc<Lookup> {
    Arc::new(Lookup::new("www.example", 3))
}

/// The reply `bytes` from 127.0.0.`last`, port 53.
pub(crate) fn reply(last: u8, bytes: Vec<u8>, rtt_ms: u64) -> Arc<Reply> {
    let message = crate::wire::message::parse(&bytes).expect("a fixture reply parses");
    let addr = SocketAddr::from(([127, 0, 0, last], 53));
    let qname = message.question.first().map(|q| q.name.clone()).unwrap_or_else(Name::root);
    let response = Response {
        query: Vec::new(),
        bytes,
        message: Arc::new(message),
        server: addr,
        server_label: addr.ip().to_string(),
        protocol: Protocol::Udp,
        sent_at: UNIX_EPOCH,
        rtt: Duration::from_millis(rtt_ms),
        cookie: CookieCheck::NotChecked,
        malformed: false,
    };
    Arc::new(Reply { lookup: lookup(), server: server(last), qname, xfr: None, response })
}

pub(crate) fn server(last: u8) -> Server {
    let ip = format!("127.0.0.{last}");
    Server::new(ip.clone(), ip)
}

/// A server that answered with `bytes`.
pub(crate) fn answered(last: u8, bytes: Vec<u8>) -> Compared {
    let r = reply(last, bytes, u64::from(last));
    Compared { server: server(last), addr: Some(r.response.server), outcome: ServerOutcome::Reply(r) }
}

/// A server that timed out.
pub(crate) fn timed_out(last: u8) -> Compared {
    let addr = SocketAddr::from(([127, 0, 0, last], 53));
    let notice = Notice::CommunicationsError { addr, error: TransportError::TimedOut, timeout: 1 };
    Compared {
        server: server(last),
        addr: Some(addr),
        outcome: ServerOutcome::NoReply { failure: Some(Failure::NoServers), notice: Some(notice) },
    }
}

pub(crate) fn comparison(servers: Vec<Compared>) -> Comparison {
    Comparison { lookup: lookup(), servers }
}

/// www.example. A 192.0.2.1 with this TTL, from a resolver.
pub(crate) fn www(ttl: u32) -> Vec<u8> {
    message(RD | RA, 0, &[Rr("www.example.", A, ttl, a([192, 0, 2, 1]))], &[])
}

#[test]
fn ttls_and_query_times_are_no_difference() {
    let c = comparison(vec![answered(1, www(300)), answered(2, www(17))]);
    assert!(c.agree(), "{:?}", c.differences());
    let rows = c.records(Section::Answer);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].ttls, vec![Some(300), Some(17)]);
    assert!(!rows[0].differs());
    assert_eq!(c.unanswered().count(), 0);
}

#[test]
fn owner_names_compare_without_case() {
    let upper = message(RD | RA, 0, &[Rr("WWW.Example.", A, 300, a([192, 0, 2, 1]))], &[]);
    let c = comparison(vec![answered(1, www(300)), answered(2, upper)]);
    assert!(c.agree(), "{:?}", c.differences());
    // The row shows the first server's spelling.
    assert_eq!(c.records(Section::Answer)[0].record.name.to_text(false), "www.example.");
}

#[test]
fn a_record_one_server_lacks_is_an_answer_difference() {
    let two = message(RD | RA, 0, &[Rr("www.example.", A, 300, a([192, 0, 2, 1])), Rr("www.example.", A, 300, a([192, 0, 2, 2]))], &[]);
    let c = comparison(vec![answered(1, www(300)), answered(2, two)]);
    assert_eq!(c.differences(), vec![Aspect::Answer]);
    let rows = c.records(Section::Answer);
    assert_eq!(rows.iter().map(|r| r.ttls.clone()).collect::<Vec<_>>(), vec![vec![Some(300), Some(300)], vec![None, Some(300)]]);
    assert!(!rows[0].differs() && rows[1].differs());
}

#[test]
fn status_flags_and_authority_differences() {
    let auth = message(AA | RD, 0, &[Rr("www.example.", A, 300, a([192, 0, 2, 1]))], &[Rr("example.", NS, 300, target("ns.example."))]);
    let nx = message(RD | RA, 3, &[], &[]);
    let c = comparison(vec![answered(1, www(300)), answered(2, auth), answered(3, nx)]);
    assert_eq!(c.differences(), vec![Aspect::Status, Aspect::Flags, Aspect::Answer, Aspect::Authority]);
    assert_eq!(c.status(), vec![Status::Rcode(0), Status::Rcode(0), Status::Rcode(3)]);
    let flags = c.flags();
    assert_eq!(flags[0].map(|f| f.names()), Some(vec!["rd", "ra"]));
    assert_eq!(flags[1].map(|f| f.names()), Some(vec!["aa", "rd"]));
    assert_eq!(c.differences().iter().map(|d| d.as_str()).collect::<Vec<_>>(), vec!["status", "flags", "answer", "authority"]);
}

#[test]
fn a_server_without_reply() {
    let c = comparison(vec![answered(1, www(300)), timed_out(2)]);
    assert_eq!(c.status()[1], Status::NoReply(ErrorKind::Timeout));
    assert_eq!(c.flags()[1], None);
    assert_eq!(c.differences(), vec![Aspect::Status, Aspect::Flags, Aspect::Answer]);
    assert_eq!(c.unanswered().map(|s| &*s.server.label).collect::<Vec<_>>(), vec!["127.0.0.2"]);
    // BIND's text for it: the last notice, else the failure.
    assert_eq!(c.servers[1].outcome.to_string(), "communications error to 127.0.0.2#53: timed out");
    let bare = ServerOutcome::NoReply { failure: Some(Failure::NoServers), notice: None };
    assert_eq!(bare.to_string(), "no servers could be reached");
    assert_eq!(c.servers[0].outcome.to_string(), "NOERROR");
}

#[test]
fn a_record_twice_in_one_reply_is_one_row() {
    let twice = message(RD | RA, 0, &[Rr("www.example.", A, 300, a([192, 0, 2, 1])), Rr("www.example.", A, 5, a([192, 0, 2, 1]))], &[]);
    let c = comparison(vec![answered(1, twice), answered(2, www(60))]);
    let rows = c.records(Section::Answer);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].ttls, vec![Some(300), Some(60)]);
    assert!(c.agree());
}

#[test]
fn one_server_or_none_agree() {
    assert!(comparison(vec![answered(1, www(300))]).agree());
    assert!(comparison(Vec::new()).agree());
}
