//! `ServerFetch` over real sockets on 127.0.0.1: small servers in threads
//! that record the queries and answer (or not) as each test needs.

use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use super::*;
use crate::validate::memory;
use crate::wire::Name;

type Responder = dyn Fn(&[u8], bool) -> Vec<Vec<u8>> + Send + Sync;

/// UDP and TCP on one port of 127.0.0.1; every query is recorded and
/// answered with what the responder returns (`true`: over TCP).
struct Server {
    addr: SocketAddr,
    queries: Arc<Mutex<Vec<Vec<u8>>>>,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

impl Server {
    fn start(responder: impl Fn(&[u8], bool) -> Vec<Vec<u8>> + Send + Sync + 'static) -> Server {
        use std::io::{Read, Write};
        let (udp, tcp) = loop {
            let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
            if let Ok(tcp) = TcpListener::bind(udp.local_addr().unwrap()) {
                break (udp, tcp);
            }
        };
        let addr = udp.local_addr().unwrap();
        let responder: Arc<Responder> = Arc::new(responder);
        let queries = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        udp.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
        tcp.set_nonblocking(true).unwrap();
        let (r, q, s) = (responder.clone(), queries.clone(), stop.clone());
        let t1 = std::thread::spawn(move || {
            let mut buf = [0u8; 65535];
            while !s.load(Ordering::Relaxed) {
                if let Ok((n, from)) = udp.recv_from(&mut buf) {
                    q.lock().unwrap().push(buf[..n].to_vec());
                    for reply in r(&buf[..n], false) {
                        let _ = udp.send_to(&reply, from);
                    }
                }
            }
        });
        let (r, q, s) = (responder, queries.clone(), stop.clone());
        let t2 = std::thread::spawn(move || {
            let mut open = Vec::new();
            while !s.load(Ordering::Relaxed) {
                let Ok((mut conn, _)) = tcp.accept() else {
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                };
                conn.set_nonblocking(false).unwrap();
                conn.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                let mut len = [0u8; 2];
                if conn.read_exact(&mut len).is_err() {
                    continue;
                }
                let mut query = vec![0u8; usize::from(u16::from_be_bytes(len))];
                if conn.read_exact(&mut query).is_err() {
                    continue;
                }
                q.lock().unwrap().push(query.clone());
                for reply in r(&query, true) {
                    let mut framed = (reply.len() as u16).to_be_bytes().to_vec();
                    framed.extend_from_slice(&reply);
                    let _ = conn.write_all(&framed);
                }
                open.push(conn);
            }
        });
        Server { addr, queries, stop, threads: vec![t1, t2] }
    }

    fn label(&self) -> String {
        format!("127.0.0.1#{}", self.addr.port())
    }

    fn fetch(&self, opts: FetchOptions) -> ServerFetch {
        ServerFetch::new(&[self.addr.ip()], self.addr.port(), opts)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

fn name(s: &str) -> Name {
    Name::from_text(s, Some(&Name::root())).unwrap()
}

/// An answer to the query: one A record, with the query's id.
fn answer(q: &[u8]) -> Vec<u8> {
    let m = message::parse(q).unwrap();
    let qn = &m.question[0];
    let rec = memory::record(&qn.name, 1, 300, vec![192, 0, 2, 1]);
    let mut r = memory::encode(&qn.name, qn.qtype, 0, &[rec], &[]);
    r[..2].copy_from_slice(&q[..2]);
    r
}

fn query(n: &str) -> FetchQuery {
    FetchQuery { name: name(n), rtype: 1, cd: false, tcp: false, avoid: Vec::new() }
}

fn run<T>(f: impl Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

fn quick() -> FetchOptions {
    FetchOptions {
        retry: Duration::from_millis(100),
        udp_timeout: Duration::from_millis(400),
        tcp_timeout: Duration::from_millis(400),
        ..FetchOptions::default()
    }
}

#[test]
fn sends_delvs_query_and_takes_the_reply() {
    let server = Server::start(|q, _| vec![answer(q)]);
    let fetch = server.fetch(FetchOptions::default());
    let reply = run(fetch.fetch(&query("www.example"))).expect("a reply");
    assert_eq!(reply.server, server.label());
    assert_eq!(fetch.labels(), vec![server.label()]);
    assert_eq!(reply.message.answer.len(), 1);
    let sent = server.queries.lock().unwrap()[0].clone();
    let m = message::parse(&sent).unwrap();
    assert!(m.header.rd && !m.header.cd && !m.header.ad && !m.header.qr);
    assert_eq!((m.question[0].name.to_text(false), m.question[0].qtype, m.question[0].qclass), ("www.example.".into(), 1, 1));
    let opt = m.opt.expect("EDNS");
    assert_eq!((opt.version, opt.udp_size, opt.flags), (0, 1232, 0x8000));
    assert_eq!(opt.options.len(), 1);
    assert_eq!((opt.options[0].0, opt.options[0].1.len()), (10, 8));
    // CD when the engine asks; the same client cookie all run long.
    let mut q = query("www.example");
    q.cd = true;
    run(fetch.fetch(&q)).expect("a reply");
    let sent = server.queries.lock().unwrap()[1].clone();
    let m2 = message::parse(&sent).unwrap();
    assert!(m2.header.cd);
    assert_eq!(m2.opt.unwrap().options, opt.options);
}

#[test]
fn a_truncated_reply_is_asked_again_over_tcp() {
    let server = Server::start(|q, tcp| {
        let mut r = answer(q);
        if !tcp {
            r[2] |= 0x02; // TC
        }
        vec![r]
    });
    let reply = run(server.fetch(FetchOptions::default()).fetch(&query("big.example"))).expect("a reply");
    assert!(!reply.message.header.tc);
    assert_eq!(server.queries.lock().unwrap().len(), 2);
}

#[test]
fn tcp_when_asked() {
    let server = Server::start(|q, tcp| if tcp { vec![answer(q)] } else { Vec::new() });
    let mut q = query("www.example");
    q.tcp = true;
    let reply = run(server.fetch(quick()).fetch(&q)).expect("a reply over TCP");
    assert_eq!(reply.message.answer.len(), 1);
}

#[test]
fn a_refused_server_is_marked_bad() {
    let closed = {
        let s = UdpSocket::bind("127.0.0.1:0").unwrap();
        s.local_addr().unwrap().port()
    };
    let fetch = ServerFetch::new(&["127.0.0.1".parse().unwrap()], closed, FetchOptions::default());
    let e = run(fetch.fetch(&query("www.example"))).unwrap_err();
    assert_eq!((e.result, e.server), (BindResult::ConnRefused, Some(format!("127.0.0.1#{closed}"))));
    let mut q = query("www.example");
    q.tcp = true;
    let e = run(fetch.fetch(&q)).unwrap_err();
    assert_eq!(e.result, BindResult::ConnRefused);
}

#[test]
fn avoided_servers_are_skipped() {
    let good = Server::start(|q, _| vec![answer(q)]);
    let silent = Server::start(|_, _| Vec::new());
    let fetch = ServerFetch::new(&["127.0.0.1".parse().unwrap()], silent.addr.port(), quick());
    // Only the silent one: timed out, the fetch is over.
    let e = run(fetch.fetch(&query("x.example"))).unwrap_err();
    assert_eq!((e.result, e.server), (BindResult::TimedOut, None));
    // Two servers, the first avoided.
    let two = ServerFetch { servers: vec![silent.addr, good.addr], ..fetch.clone() };
    let mut q = query("x.example");
    q.avoid = vec![silent.label()];
    assert_eq!(run(two.fetch(&q)).expect("the second").server, good.label());
    assert!(silent.queries.lock().unwrap().len() >= 2, "the silent server was asked again");
    q.avoid.push(good.label());
    assert_eq!(run(two.fetch(&q)).unwrap_err(), FetchError::done(BindResult::Failure));
}

#[test]
fn no_server_at_all_is_nxdomain() {
    let fetch = ServerFetch::new(&[], 53, FetchOptions::default());
    assert_eq!(run(fetch.fetch(&query("x"))).unwrap_err(), FetchError::done(BindResult::Nxdomain));
}

#[test]
fn silence_times_out_after_retries() {
    let silent = Server::start(|_, _| Vec::new());
    let started = std::time::Instant::now();
    let e = run(silent.fetch(quick()).fetch(&query("x.example"))).unwrap_err();
    assert_eq!(e, FetchError::done(BindResult::TimedOut));
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(380) && took < Duration::from_secs(3), "{took:?}");
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(silent.queries.lock().unwrap().len(), 4, "tries at 0, 100, 200, 300 ms");
}

#[test]
fn a_hung_tcp_fetch_is_canceled() {
    let silent = Server::start(|_, _| Vec::new());
    let mut q = query("www.secure.lab");
    q.tcp = true;
    let e = run(silent.fetch(quick()).fetch(&q)).unwrap_err();
    assert_eq!(e.result, BindResult::Canceled);
    assert_eq!(e.server, None);
    assert_eq!(e.notices, vec!["shut down hung fetch while resolving 'www.secure.lab/A'".to_string()]);
}

#[test]
fn replies_that_do_not_match_are_ignored() {
    let server = Server::start(|q, _| {
        let mut wrong_id = answer(q);
        wrong_id[0] ^= 0xff;
        let mut not_a_response = answer(q);
        not_a_response[2] &= 0x7f;
        vec![wrong_id, not_a_response, b"short".to_vec(), answer(q)]
    });
    let reply = run(server.fetch(quick()).fetch(&query("www.example"))).expect("the right one");
    assert_eq!(reply.message.answer.len(), 1);
}

#[test]
fn a_late_reply_to_an_earlier_try_is_taken() {
    let first = Arc::new(AtomicBool::new(true));
    let server = Server::start(move |q, _| {
        if first.swap(false, Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(250));
            return vec![answer(q)];
        }
        Vec::new()
    });
    let reply = run(server.fetch(FetchOptions { udp_timeout: Duration::from_secs(2), ..quick() }).fetch(&query("slow.example")));
    assert!(reply.is_ok(), "{reply:?}");
}

#[test]
fn an_unparsable_reply_is_formerr() {
    let server = Server::start(|q, _| {
        let mut r = answer(q);
        r.truncate(20);
        vec![r]
    });
    let e = run(server.fetch(quick()).fetch(&query("www.example"))).unwrap_err();
    assert_eq!((e.result, e.server), (BindResult::Formerr, Some(server.label())));
}

#[test]
fn a_family_without_a_socket_is_skipped() {
    let server = Server::start(|q, _| vec![answer(q)]);
    // -b ::1 only: no IPv4 socket, so the IPv4 server is not asked.
    let opts = FetchOptions { source6: Some("[::1]:0".parse().unwrap()), ..quick() };
    let e = run(server.fetch(opts).fetch(&query("www.example"))).unwrap_err();
    assert_eq!(e, FetchError::done(BindResult::Failure));
    assert!(server.queries.lock().unwrap().is_empty());
    // -b 127.0.0.1: queries leave from it.
    let opts = FetchOptions { source4: Some("127.0.0.1:0".parse().unwrap()), ..quick() };
    assert!(run(server.fetch(opts).fetch(&query("www.example"))).is_ok());
}

#[test]
fn a_source_port_is_tried_once() {
    let silent = Server::start(|_, _| Vec::new());
    let port = UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let opts = FetchOptions { source4: Some(SocketAddr::from(([127, 0, 0, 1], port))), ..quick() };
    let e = run(silent.fetch(opts).fetch(&query("x.example"))).unwrap_err();
    assert_eq!(e, FetchError::done(BindResult::TimedOut));
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(silent.queries.lock().unwrap().len(), 1, "one socket on that port, one try");
}
