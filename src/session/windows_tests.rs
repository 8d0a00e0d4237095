//! The Windows-style session's bookkeeping (what each query came to) and
//! what the Windows sink prints from it, driven by the engine's events.

use super::*;
use crate::event::{Failure, Sending};
use crate::render::windows::WindowsSink;
use crate::render::{Captured, Sink, Stream};
use crate::response::Protocol;

fn observed() -> Observed {
    Observed::new(Live::new(Box::new(WindowsSink::default()), Box::new(Captured::default())))
}

fn sending(rdtype: u16) -> Event {
    let mut lookup = Lookup::new("www.example.test", 1);
    lookup.rdtype = rdtype;
    let server = Server::new("127.0.0.1", "127.0.0.1");
    let bytes = vec![0u8; 12];
    let message = Some(Arc::new(crate::wire::message::parse(&bytes).expect("an empty query parses")));
    Event::Sending(Arc::new(Sending {
        lookup: Arc::new(lookup),
        server,
        addr: "127.0.0.1:53".parse().unwrap(),
        qname: crate::wire::Name::root(),
        protocol: Protocol::Udp,
        bytes,
        message,
        at: std::time::SystemTime::UNIX_EPOCH,
    }))
}

fn comm_error(error: TransportError) -> Event {
    Event::Warning(Notice::CommunicationsError { addr: "127.0.0.1:53".parse().unwrap(), error, timeout: 1 })
}

/// Every event through the observer and the sink; the result event at the
/// end, as the session sends it; what the sink printed.
fn run(kind: HostKind, rdtypes: &[u16], events: Vec<Event>) -> (Observed, Captured) {
    let mut o = observed();
    let mut sink = WindowsSink::default();
    let mut out = Captured::default();
    sink.event(&Event::HostBegins(kind.clone()), &mut out).unwrap();
    o.begin(rdtypes);
    for e in &events {
        o.observe(e);
        sink.event(e, &mut out).unwrap();
    }
    let result = o.result(kind, "www.example.test", "UnKnown");
    sink.event(&Event::HostResult(Arc::new(result)), &mut out).unwrap();
    (o, out)
}

#[test]
fn timeouts_then_request_timed_out() {
    let events = vec![
        sending(A),
        comm_error(TransportError::TimedOut),
        comm_error(TransportError::TimedOut),
        Event::Failure(Failure::NoServers),
        // The AAAA query: sending moves to its slot.
        sending(AAAA),
        comm_error(TransportError::TimedOut),
        Event::Failure(Failure::NoServers),
    ];
    let (o, out) = run(HostKind::Host, &[A, AAAA], events);
    assert_eq!(
        out.text(Stream::Err),
        "DNS request timed out.\n    timeout was 1 seconds.\n".repeat(3) + "*** Request to UnKnown timed-out\n"
    );
    assert_eq!(out.text(Stream::Out), "");
    assert_eq!(o.status.code(), 1);
}

#[test]
fn refused_is_no_response() {
    let events = vec![sending(15), comm_error(TransportError::Refused), Event::Failure(Failure::NoServers)];
    let (o, out) = run(HostKind::Records(15), &[15], events);
    assert_eq!(out.text(Stream::Err), "*** UnKnown can't find www.example.test: No response from server\n");
    assert_eq!(o.status.code(), 1);
}
