//! Hostile servers on 127.0.0.1 for `hostile.rs`: a UDP side that answers
//! byte for byte as a test writes it (server.rs's `serve_udp`, optionally
//! with replies from another address or port first), and a TCP side that
//! misbehaves at the connection level: nothing listening (refused), a
//! reset, a length prefix that promises more than is sent, a sender that
//! dribbles its reply a byte at a time, a connection held open. And `wire`:
//! the few builders the tests write their replies with (RFC 1035 4.1, one
//! field at a time). Each server runs on its own threads and stops when
//! dropped.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::fixtures;
use crate::server::{Elsewhere, Responder, bind_pair, serve_udp};

/// How a TCP connection ends once the script has written its bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum End {
    /// A normal close (FIN): the client reads the end of the stream.
    Close,
    /// SO_LINGER 0, then close: the client gets a reset (RST).
    Reset,
    /// Left open until the server stops: the client waits for its timeout.
    Hold,
}

/// What one TCP connection gets: the query is read, then what `reply`
/// makes of it goes out exactly as returned (length prefix included, so a
/// test can lie in it), a byte every `pace` if given, then `end`.
#[derive(Clone)]
pub struct Script {
    pub reply: Arc<dyn Fn(&[u8]) -> Vec<u8> + Send + Sync>,
    pub pace: Option<Duration>,
    pub end: End,
}

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

/// Accepts connections until `stop`, each on a thread of its own that
/// plays `script`.
fn serve_tcp(listener: TcpListener, script: Script, stop: Arc<AtomicBool>) -> JoinHandle<()> {
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let mut connections = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            match listener.accept() {
                Ok((conn, _)) => {
                    let (script, stop) = (script.clone(), stop.clone());
                    connections.push(std::thread::spawn(move || play(conn, &script, &stop)));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
        for c in connections {
            let _ = c.join();
        }
    })
}

/// One connection: reads the query (its two-byte length, then the
/// message), writes the script's bytes, ends as the script says.
fn play(mut conn: TcpStream, script: &Script, stop: &AtomicBool) {
    conn.set_nonblocking(false).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut len = [0u8; 2];
    if conn.read_exact(&mut len).is_err() {
        return;
    }
    let mut query = vec![0u8; usize::from(u16::from_be_bytes(len))];
    if conn.read_exact(&mut query).is_err() {
        return;
    }
    let bytes = (script.reply)(&query);
    match script.pace {
        None => {
            let _ = conn.write_all(&bytes);
        }
        Some(pace) => {
            for b in bytes {
                if stop.load(Ordering::Relaxed) || conn.write_all(&[b]).is_err() {
                    return;
                }
                std::thread::sleep(pace);
            }
        }
    }
    match script.end {
        End::Close => {}
        End::Reset => {
            let _ = socket2::SockRef::from(&conn).set_linger(Some(Duration::ZERO));
        }
        End::Hold => {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }
}

/// Builders for the tests' wire fixtures (RFC 1035 4.1): each field is
/// written by the test, these only put them together.
pub mod wire {
    pub use crate::server::reply::question_end;

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

    /// A message behind its two-byte TCP length.
    pub fn framed(m: &[u8]) -> Vec<u8> {
        let mut f = (m.len() as u16).to_be_bytes().to_vec();
        f.extend_from_slice(m);
        f
    }
}
