//! The validator over real sockets: an in-process hickory-server on
//! 127.0.0.1 (its UDP listener, its message encoder with name
//! compression) serves a hierarchy signed in the test, and a small UDP
//! `Fetch` sends delv's queries (RD, EDNS 1232, DO) to it. The results
//! and traces must equal those of the same hierarchy served from memory.
//!
//! hickory-server cannot sign zones here (its DNSSEC feature would change
//! the API other tests use), so its request handler answers with the
//! records `validate::memory` picks from the pre-signed zones.

use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use hickory_server::Server;
use hickory_server::net::runtime::Time;
use hickory_server::proto::op::{Edns, Message, Metadata};
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::zone_handler::MessageResponseBuilder;

use super::super::fetch::{Fetch, FetchError, FetchFuture, FetchQuery, Reply};
use super::super::memory::MemoryFetch;
use super::super::rdata::t;
use super::super::{BindResult, Verdict};
use super::sign::{Denial, ZoneSpec, world};
use super::{opts, run};
use crate::wire::{encode, message};

/// hickory-server's request handler: the answer `MemoryFetch` would give,
/// encoded by hickory.
struct Zones(Mutex<MemoryFetch>);

#[async_trait::async_trait]
impl RequestHandler for Zones {
    async fn handle_request<R: ResponseHandler, T: Time>(&self, request: &Request, mut response_handle: R) -> ResponseInfo {
        let q = message::parse(request.as_slice()).expect("a query");
        let question = &q.question[0];
        let bytes = {
            let f = self.0.lock().expect("zones");
            f.reply_bytes(&question.name, question.qtype, q.header.cd).expect("an answer")
        };
        let reply = Message::from_vec(&bytes).expect("hickory decodes the answer");
        let mut meta = Metadata::response_from_request(&request.metadata);
        meta.response_code = reply.metadata.response_code;
        meta.recursion_available = true;
        let mut edns = Edns::new();
        edns.set_max_payload(1232).set_dnssec_ok(true);
        let mut builder = MessageResponseBuilder::from_message_request(request);
        builder.edns(&edns);
        let response = builder.build(meta, reply.answers.iter(), reply.authorities.iter(), std::iter::empty(), std::iter::empty());
        response_handle.send_response(response).await.expect("sent")
    }
}

/// hickory-server on 127.0.0.1, in a thread of its own.
struct Running {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    fn start(zones: MemoryFetch) -> Running {
        let udp = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind");
        udp.set_nonblocking(true).unwrap();
        let addr = udp.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let mut server = Server::new(Zones(Mutex::new(zones)));
                server.register_socket(tokio::net::UdpSocket::from_std(udp).unwrap());
                ready_tx.send(()).unwrap();
                let _ = stopped.await;
                let _ = server.shutdown_gracefully().await;
            });
        });
        ready_rx.recv().unwrap();
        Running { addr, stop: Some(stop), thread: Some(thread) }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// delv's query over UDP: RD, EDNS version 0 with a 1232-byte payload and
/// DO, CD when asked.
struct Udp {
    addr: SocketAddr,
    next_id: std::cell::Cell<u16>,
}

impl Fetch for Udp {
    fn fetch<'a>(&'a self, q: &'a FetchQuery) -> FetchFuture<'a> {
        Box::pin(async move {
            let server = format!("{}#{}", self.addr.ip(), self.addr.port());
            if q.avoid.contains(&server) {
                return Err(FetchError::done(BindResult::Failure));
            }
            let id = self.next_id.get();
            self.next_id.set(id.wrapping_add(1));
            let flags = 0x0100 | if q.cd { 0x0010 } else { 0 };
            let opt = encode::Opt { udpsize: 1232, version: 0, flags: 0x8000, options: Vec::new(), padding: 0, reserve: 0 };
            let query = encode::query(&encode::Query { id, flags, question: Some((&q.name, q.rtype, 1)), ixfr: None, opt: Some(opt) });
            let sock = tokio::net::UdpSocket::bind("127.0.0.1:0").await.map_err(|_| FetchError::done(BindResult::Failure))?;
            sock.send_to(&query.bytes, self.addr).await.map_err(|_| FetchError::server(BindResult::Failure, server.clone()))?;
            let mut buf = vec![0u8; 65535];
            loop {
                let (n, _) = tokio::time::timeout(Duration::from_secs(5), sock.recv_from(&mut buf))
                    .await
                    .map_err(|_| FetchError::done(BindResult::TimedOut))?
                    .map_err(|_| FetchError::server(BindResult::ConnRefused, server.clone()))?;
                let bytes = buf[..n].to_vec();
                let Ok(m) = message::parse(&bytes) else { continue };
                if m.header.id != id {
                    continue;
                }
                assert!(!m.header.tc, "the test's answers fit in 1232 bytes");
                return Ok(Reply { message: m, bytes, server: server.clone() });
            }
        })
    }
}

fn hierarchy(denial: Denial) -> (MemoryFetch, MemoryFetch, crate::config::anchors::TrustAnchors) {
    let make = |denial: Denial| {
        let mut ex = ZoneSpec::new("example.test.", 15);
        ex.denial = denial;
        ex.a("www", [192, 0, 2, 1]);
        ex.a("*.w", [192, 0, 2, 7]);
        ex.cname("alias", "host.plain.test.");
        let mut plain = ZoneSpec::unsigned("plain.test.");
        plain.a("host", [198, 51, 100, 1]);
        (ex, plain)
    };
    let (ex, plain) = make(denial);
    let w = world(vec![ZoneSpec::new(".", 13), ZoneSpec::new("test.", 13), ex, plain]);
    // Same keys, same signatures, for the in-memory reference.
    let reference = MemoryFetch::new(w.fetch.zones.clone());
    (w.fetch, reference, w.anchors)
}

#[test]
fn validates_over_udp_against_hickory_server() {
    for denial in [Denial::Nsec, Denial::Nsec3 { iterations: 3, salt: vec![0xbe, 0xef], optout: false }] {
        let (served, reference, anchors) = hierarchy(denial);
        let server = Running::start(served);
        let udp = Udp { addr: server.addr, next_id: std::cell::Cell::new(1) };
        for (qname, qtype, verdict, result) in [
            ("www.example.test", t::A, Verdict::Secure, BindResult::Success),
            ("example.test", t::DNSKEY, Verdict::Secure, BindResult::Success),
            ("nosuch.example.test", t::A, Verdict::Secure, BindResult::NcacheNxdomain),
            ("www.example.test", t::MX, Verdict::Secure, BindResult::NcacheNxrrset),
            ("x.w.example.test", t::A, Verdict::Secure, BindResult::Success),
            ("alias.example.test", t::A, Verdict::Insecure, BindResult::Success),
        ] {
            let over_udp = run(&udp, Some(&anchors), opts(), qname, qtype);
            assert_eq!((over_udp.verdict(), over_udp.result), (verdict, result), "{qname}: {}", super::stderr(&over_udp, true, true));
            let in_memory = run(&reference, Some(&anchors), opts(), qname, qtype);
            assert_eq!(over_udp.trace_lines(true, true), in_memory.trace_lines(true, true), "{qname}");
            assert_eq!(over_udp.answers, in_memory.answers, "{qname}");
        }
    }
}
