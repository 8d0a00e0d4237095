//! Real DNS servers on 127.0.0.1 for the tests: an in-process
//! hickory-server serving fixture zones over UDP and TCP, a silent server
//! that never answers, and a raw server whose replies a test writes byte by
//! byte (for misbehaving servers: wrong ids, wrong questions, truncation,
//! malformed messages); and, for +trace's delegation chains, a glue-adding
//! front end to hickory-server (GlueServer) and sockets on one port of
//! several loopback addresses (bind_same_port). Each runs on its own
//! thread and stops when dropped.

use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use hickory_proto::rr::{LowerName, Name};
use hickory_proto::serialize::txt::Parser;
use hickory_server::Server;
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneType};

/// Binds UDP and TCP on the same free port of 127.0.0.1.
pub fn bind_pair() -> (UdpSocket, TcpListener) {
    for _ in 0..50 {
        let udp = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
        let port = udp.local_addr().unwrap().port();
        if let Ok(tcp) = TcpListener::bind(("127.0.0.1", port)) {
            return (udp, tcp);
        }
    }
    panic!("no free port for UDP and TCP");
}

/// UDP and TCP on one port free on every one of these addresses.
pub fn bind_same_port(ips: &[std::net::IpAddr]) -> Vec<(UdpSocket, TcpListener)> {
    'again: for _ in 0..50 {
        let first = UdpSocket::bind((ips[0], 0)).expect("bind udp");
        let port = first.local_addr().unwrap().port();
        let mut pairs = Vec::new();
        let mut first = Some(first);
        for ip in ips {
            let udp = match first.take() {
                Some(u) => u,
                None => match UdpSocket::bind((*ip, port)) {
                    Ok(u) => u,
                    Err(_) => continue 'again,
                },
            };
            match TcpListener::bind((*ip, port)) {
                Ok(tcp) => pairs.push((udp, tcp)),
                Err(_) => continue 'again,
            }
        }
        return pairs;
    }
    panic!("no port free for UDP and TCP on all of {ips:?}");
}

/// hickory-server's catalog of the given zones (master-file text, each
/// with its origin).
pub fn catalog(zones: &[(&str, &str)]) -> Catalog {
    let mut catalog = Catalog::new();
    for (origin, text) in zones {
        let origin = Name::from_ascii(origin).unwrap();
        let (origin, records) = Parser::new(*text, None, Some(origin)).parse().expect("fixture zone parses");
        let handler = InMemoryZoneHandler::<hickory_resolver::net::runtime::TokioRuntimeProvider>::new(
            origin.clone(),
            records,
            ZoneType::Primary,
            AxfrPolicy::AllowAll,
        )
        .expect("fixture zone loads");
        catalog.upsert(LowerName::new(&origin), vec![Arc::new(handler)]);
    }
    catalog
}

/// hickory-server with the given zones (master-file text, each with its
/// origin).
pub struct DnsServer {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl DnsServer {
    pub fn start(zones: &[(&str, &str)]) -> DnsServer {
        DnsServer::serve(bind_pair(), zones)
    }

    /// On sockets already bound (see `bind_same_port`).
    pub fn serve((udp, tcp): (UdpSocket, TcpListener), zones: &[(&str, &str)]) -> DnsServer {
        let catalog = catalog(zones);
        let addr = udp.local_addr().unwrap();
        udp.set_nonblocking(true).unwrap();
        tcp.set_nonblocking(true).unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let mut server = Server::new(catalog);
                server.register_socket(tokio::net::UdpSocket::from_std(udp).unwrap());
                server.register_listener(tokio::net::TcpListener::from_std(tcp).unwrap(), Duration::from_secs(5), 65535);
                ready_tx.send(()).unwrap();
                let _ = stopped.await;
                let _ = server.shutdown_gracefully().await;
            });
        });
        ready_rx.recv().unwrap();
        DnsServer { addr, stop: Some(stop), thread: Some(thread) }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// hickory-server puts no glue in its referrals (it adds addresses only to
/// the answer of an NS query), so a client following a referral would have
/// to resolve the name servers' names. A GlueServer is a DnsServer (on a
/// port of its own on 127.0.0.1) behind a raw front end on the given
/// sockets: each query is passed on as it is, and each referral (no
/// answer, NS records in the authority section) comes back with A records
/// for the listed name servers added to its additional section.
pub struct GlueServer {
    pub addr: SocketAddr,
    _front: RawServer,
    _back: DnsServer,
}

impl GlueServer {
    pub fn serve(sockets: (UdpSocket, TcpListener), zones: &[(&str, &str)], glue: &[(&str, [u8; 4])]) -> GlueServer {
        use hickory_proto::op::Message;
        use hickory_proto::rr::rdata::A;
        use hickory_proto::rr::{RData, Record, RecordType};
        let back = DnsServer::start(zones);
        let to = back.addr;
        let glue: Vec<(Name, [u8; 4])> = glue.iter().map(|(n, ip)| (Name::from_ascii(n).unwrap(), *ip)).collect();
        let front = RawServer::serve(sockets, move |q| {
            let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
            sock.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
            sock.send_to(q, to).unwrap();
            let mut buf = [0u8; 65535];
            let Ok((n, _)) = sock.recv_from(&mut buf) else { return vec![] };
            let reply = buf[..n].to_vec();
            let Ok(mut m) = Message::from_vec(&reply) else { return vec![reply] };
            if !m.answers.is_empty() || !m.authorities.iter().any(|r| r.record_type() == RecordType::NS) {
                return vec![reply];
            }
            let mut added = Vec::new();
            for r in &m.authorities {
                if let RData::NS(ns) = &r.data {
                    for (name, ip) in &glue {
                        if *name == ns.0 {
                            added.push(Record::from_rdata(name.clone(), r.ttl, RData::A(A::from(std::net::Ipv4Addr::from(*ip)))));
                        }
                    }
                }
            }
            m.additionals.extend(added);
            vec![m.to_vec().unwrap()]
        });
        GlueServer { addr: front.addr, _front: front, _back: back }
    }
}

/// Holds a UDP socket and a TCP listener open and never answers: queries
/// time out (the TCP connection is accepted by the kernel and left alone).
pub struct SilentServer {
    pub addr: SocketAddr,
    _udp: UdpSocket,
    _tcp: TcpListener,
}

impl SilentServer {
    pub fn start() -> SilentServer {
        let (udp, tcp) = bind_pair();
        SilentServer { addr: udp.local_addr().unwrap(), _udp: udp, _tcp: tcp }
    }

    /// On a given address and port (e.g. 127.0.0.2 and another server's
    /// port, to be a second server of one command line).
    pub fn start_on(addr: SocketAddr) -> SilentServer {
        let udp = UdpSocket::bind(addr).expect("bind udp");
        let tcp = TcpListener::bind(addr).expect("bind tcp");
        SilentServer { addr, _udp: udp, _tcp: tcp }
    }

    /// Waits (at most `limit`) for a query over UDP, and leaves it
    /// unanswered: true once one came.
    pub fn wait_for_query(&self, limit: Duration) -> bool {
        self._udp.set_read_timeout(Some(limit)).unwrap();
        let mut buf = [0u8; 512];
        self._udp.recv_from(&mut buf).is_ok()
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

/// The reply a raw server sends to one query: zero or more datagrams.
pub type Responder = dyn Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync;

/// Answers each UDP query with what the responder returns (and TCP queries
/// with the responder's first message), byte for byte.
pub struct RawServer {
    pub addr: SocketAddr,
    stop: Arc<std::sync::atomic::AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

impl RawServer {
    pub fn start(responder: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static) -> RawServer {
        RawServer::serve(bind_pair(), responder)
    }

    /// On a given address and port (e.g. 127.0.0.2 and another server's
    /// port, to be a second server of a resolv.conf).
    pub fn start_on(addr: SocketAddr, responder: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static) -> RawServer {
        let udp = UdpSocket::bind(addr).expect("bind udp");
        let tcp = TcpListener::bind(addr).expect("bind tcp");
        RawServer::serve((udp, tcp), responder)
    }

    /// On sockets already bound (see `bind_same_port`).
    pub fn serve((udp, tcp): (UdpSocket, TcpListener), responder: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static) -> RawServer {
        use std::sync::atomic::AtomicBool;
        let addr = udp.local_addr().unwrap();
        let responder: Arc<Responder> = Arc::new(responder);
        let stop = Arc::new(AtomicBool::new(false));
        let t1 = serve_udp(udp, None, responder.clone(), stop.clone());
        // Over TCP every message the responder returns goes out (a zone
        // transfer is several), and the connection stays open until the
        // server stops (so a client waiting for more times out, rather
        // than seeing the connection close).
        let each_message = move |q: &[u8]| responder(q).iter().flat_map(|m| reply::framed(m)).collect();
        let t2 = serve_tcp(tcp, Script { reply: Arc::new(each_message), pace: None, end: End::Hold }, stop.clone());
        RawServer { addr, stop, threads: vec![t1, t2] }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// Replies from somewhere else than the server's own socket: each query
/// gets, before the server's own replies, what `responder` returns sent
/// from each of `sockets` (another address, another port), which a client
/// must not take for the server's.
pub struct Elsewhere {
    pub sockets: Vec<UdpSocket>,
    pub responder: Arc<Responder>,
}

/// The UDP side of a raw server: answers each query on `udp` with what
/// the responder returns (after the replies from `elsewhere`, if any),
/// until `stop` is set.
pub fn serve_udp(
    udp: UdpSocket,
    elsewhere: Option<Elsewhere>,
    responder: Arc<Responder>,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> JoinHandle<()> {
    udp.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65535];
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            if let Ok((n, from)) = udp.recv_from(&mut buf) {
                if let Some(e) = &elsewhere {
                    for reply in (e.responder)(&buf[..n]) {
                        for s in &e.sockets {
                            let _ = s.send_to(&reply, from);
                        }
                    }
                }
                for reply in responder(&buf[..n]) {
                    let _ = udp.send_to(&reply, from);
                }
            }
        }
    })
}

/// How a TCP connection ends once its script has written its bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum End {
    /// A normal close (FIN): the client reads the end of the stream.
    Close,
    /// SO_LINGER 0, then close: the client gets a reset (RST).
    Reset,
    /// Left open until the server stops: a client waiting for more waits
    /// for its timeout.
    Hold,
}

/// What a TCP script writes for a query: bytes, as they go out.
pub type Writer = dyn Fn(&[u8]) -> Vec<u8> + Send + Sync;

/// What one TCP connection gets: the query is read, then what `reply`
/// makes of it goes out exactly as returned (length prefixes included, so
/// a test can lie in them), a byte every `pace` if given, then `end`.
#[derive(Clone)]
pub struct Script {
    pub reply: Arc<Writer>,
    pub pace: Option<Duration>,
    pub end: End,
}

/// The TCP side of a raw server: accepts connections until `stop`, each
/// on a thread of its own that plays `script`.
pub fn serve_tcp(listener: TcpListener, script: Script, stop: Arc<std::sync::atomic::AtomicBool>) -> JoinHandle<()> {
    use std::sync::atomic::Ordering;
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
fn play(mut conn: std::net::TcpStream, script: &Script, stop: &std::sync::atomic::AtomicBool) {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering;
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

/// A port on 127.0.0.1 with nothing listening (UDP: ICMP port unreachable;
/// TCP: connection refused).
pub fn closed_port() -> u16 {
    let (udp, tcp) = bind_pair();
    let port = udp.local_addr().unwrap().port();
    drop((udp, tcp));
    port
}

/// Builders for raw replies to a query (RFC 1035 4.1 by hand, so tests can
/// get every byte wrong on purpose).
pub mod reply {
    /// The end of the question section of a query with one question.
    pub fn question_end(q: &[u8]) -> usize {
        let mut i = 12;
        while i < q.len() && q[i] != 0 {
            i += usize::from(q[i]) + 1;
        }
        i + 5
    }

    /// A reply with header flags `flags` (QR, AA... and RCODE), the query's
    /// question and, if `answer` is given, one A record for the question's
    /// name (a compression pointer to offset 12) with that address.
    pub fn with(q: &[u8], id: [u8; 2], flags: u16, answer: Option<[u8; 4]>) -> Vec<u8> {
        let qend = question_end(q);
        let mut r = Vec::new();
        r.extend_from_slice(&id); // ID
        r.extend_from_slice(&flags.to_be_bytes()); // QR, opcode, AA, TC, RD, RA, Z, AD, CD, RCODE
        r.extend_from_slice(&[0, 1]); // QDCOUNT
        r.extend_from_slice(&[0, u8::from(answer.is_some())]); // ANCOUNT
        r.extend_from_slice(&[0, 0, 0, 0]); // NSCOUNT, ARCOUNT
        r.extend_from_slice(&q[12..qend]); // the question, as asked
        if let Some(ip) = answer {
            r.extend_from_slice(&[0xc0, 12]); // NAME: pointer to the question's name
            r.extend_from_slice(&[0, 1, 0, 1]); // TYPE A, CLASS IN
            r.extend_from_slice(&300u32.to_be_bytes()); // TTL
            r.extend_from_slice(&[0, 4]); // RDLENGTH
            r.extend_from_slice(&ip); // RDATA
        }
        r
    }

    /// A message behind its two-byte TCP length.
    pub fn framed(m: &[u8]) -> Vec<u8> {
        let mut f = (m.len() as u16).to_be_bytes().to_vec(); // length
        f.extend_from_slice(m); // message
        f
    }

    /// An authoritative answer: 192.0.2.80 for whatever was asked.
    pub fn answer(q: &[u8]) -> Vec<u8> {
        with(q, [q[0], q[1]], 0x8400, Some([192, 0, 2, 80]))
    }
}
