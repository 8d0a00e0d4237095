//! Hostile servers on 127.0.0.1 for `hostile.rs`: a UDP side that answers
//! byte for byte as a test writes it (server.rs's `serve_udp`, optionally
//! with replies from another address or port first), and a TCP side that
//! misbehaves at the connection level (server.rs's `serve_tcp` playing a
//! script): nothing listening (refused), a reset, a length prefix that
//! promises more than is sent, a sender that dribbles its reply a byte at
//! a time, a connection held open. And `wire`:
//! the few builders the tests write their replies with (RFC 1035 4.1, one
//! field at a time). Each server runs on its own threads and stops when
//! dropped.

use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::fixtures;
pub use crate::server::End;
use crate::server::{Elsewhere, Responder, Script, bind_pair, serve_tcp, serve_udp};

/// The TCP side of a hostile server.
pub enum Tcp {
    /// The port is bound for TCP but nothing listens: connection refused.
    Refused,
    Script(Script),
}

impl Tcp {
    /// Each connection gets `reply(query)` at once, then `end`.
    pub fn script(reply: impl Fn(&[u8]) -> Vec<u8> + Send + Sync + 'static, end: End) -> Tcp {
        Tcp::Script(Script { reply: Arc::new(reply), pace: None, end })
    }

    /// Each connection gets `reply(query)` one byte every `pace`, then is
    /// held open.
    pub fn dribble(reply: impl Fn(&[u8]) -> Vec<u8> + Send + Sync + 'static, pace: Duration) -> Tcp {
        Tcp::Script(Script { reply: Arc::new(reply), pace: Some(pace), end: End::Hold })
    }
}

pub struct HostileServer {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
    /// The port's TCP side when nothing listens on it (kept bound, so that
    /// no other test's server takes it).
    _refusing: Option<socket2::Socket>,
    /// TCP listeners kept only to hold their ports (no one accepts).
    _guards: Vec<TcpListener>,
}

impl HostileServer {
    /// UDP queries answered by `udp` (zero or more datagrams each), TCP as
    /// `tcp` says.
    pub fn start(udp: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static, tcp: Tcp) -> HostileServer {
        match tcp {
            Tcp::Refused => {
                let (sock, refusing) = bind_refusing();
                let mut s = HostileServer::on(sock, None, None, Arc::new(udp));
                s._refusing = Some(refusing);
                s
            }
            Tcp::Script(script) => {
                let (sock, listener) = bind_pair();
                HostileServer::on(sock, Some((listener, script)), None, Arc::new(udp))
            }
        }
    }

    /// Each UDP query gets `spoofed(query)` from 127.0.0.2 at the server's
    /// port and from 127.0.0.1 at another port (a client must take
    /// neither), then `udp(query)` from the server's own address.
    pub fn spoofed(
        spoofed: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static,
        udp: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static,
    ) -> HostileServer {
        let ((own, own_tcp), mut pairs) = fixtures::same_port(&[2]);
        let (other_address, guard) = pairs.remove(0);
        let other_port = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
        let elsewhere = Elsewhere { sockets: vec![other_address, other_port], responder: Arc::new(spoofed) };
        let mut s = HostileServer::on(own, None, Some(elsewhere), Arc::new(udp));
        s._guards = vec![own_tcp, guard];
        s
    }

    fn on(udp: UdpSocket, tcp: Option<(TcpListener, Script)>, elsewhere: Option<Elsewhere>, responder: Arc<Responder>) -> HostileServer {
        let addr = udp.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let mut threads = vec![serve_udp(udp, elsewhere, responder, stop.clone())];
        if let Some((listener, script)) = tcp {
            threads.push(serve_tcp(listener, script, stop.clone()));
        }
        HostileServer { addr, stop, threads, _refusing: None, _guards: Vec::new() }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// UDP on a free port of 127.0.0.1, and a TCP socket bound to the same
/// port without listen(): a connection to it is refused.
fn bind_refusing() -> (UdpSocket, socket2::Socket) {
    use socket2::{Domain, Protocol, Socket, Type};
    for _ in 0..50 {
        let udp = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
        let port = udp.local_addr().unwrap().port();
        let tcp = Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::TCP)).expect("tcp socket");
        if tcp.bind(&SocketAddr::from(([127, 0, 0, 1], port)).into()).is_ok() {
            return (udp, tcp);
        }
    }
    panic!("no free port for UDP and TCP");
}

/// Builders for the tests' wire fixtures (RFC 1035 4.1): each field is
/// written by the test, these only put them together.
pub mod wire {
    pub use crate::server::reply::{framed, question_end};

    /// QR AA, opcode QUERY, RCODE NOERROR.
    pub const ANSWER: u16 = 0x8400;
    /// QR AA TC: the answer did not fit (retry over TCP).
    pub const TRUNCATED: u16 = 0x8600;

    /// The query's ID.
    pub fn id(q: &[u8]) -> [u8; 2] {
        [q[0], q[1]]
    }

    /// The question section of a query with one question, as asked.
    pub fn question(q: &[u8]) -> &[u8] {
        &q[12..question_end(q)]
    }

    /// A message: the header (ID, flags, the four counts as given, true
    /// or not), then the sections' bytes as they are.
    pub fn message(id: [u8; 2], flags: u16, counts: [u16; 4], sections: &[&[u8]]) -> Vec<u8> {
        let mut m = Vec::new();
        m.extend_from_slice(&id); // ID
        m.extend_from_slice(&flags.to_be_bytes()); // QR, opcode, AA, TC, RD, RA, Z, AD, CD, RCODE
        for count in counts {
            m.extend_from_slice(&count.to_be_bytes()); // QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT
        }
        for s in sections {
            m.extend_from_slice(s);
        }
        m
    }

    /// A reply to `q` with its ID and question, and these answer records.
    pub fn answer(q: &[u8], records: &[Vec<u8>]) -> Vec<u8> {
        let body = records.concat();
        message(id(q), ANSWER, [1, records.len() as u16, 0, 0], &[question(q), &body])
    }

    /// A resource record of class IN with TTL 300.
    pub fn rr(owner: &[u8], rtype: u16, rdata: &[u8]) -> Vec<u8> {
        let mut r = owner.to_vec(); // NAME (wire form, may end in a pointer)
        r.extend_from_slice(&rtype.to_be_bytes()); // TYPE
        r.extend_from_slice(&[0, 1]); // CLASS IN
        r.extend_from_slice(&300u32.to_be_bytes()); // TTL
        r.extend_from_slice(&(rdata.len() as u16).to_be_bytes()); // RDLENGTH
        r.extend_from_slice(rdata); // RDATA
        r
    }

    /// The owner name that points at the question's name (offset 12).
    pub const QNAME: &[u8] = &[0xc0, 12];

    /// An A record for the question's name.
    pub fn a(ip: [u8; 4]) -> Vec<u8> {
        rr(QNAME, 1, &ip)
    }
}
