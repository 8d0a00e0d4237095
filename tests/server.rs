//! Real DNS servers on 127.0.0.1 for the tests: an in-process
//! hickory-server serving fixture zones over UDP and TCP, a silent server
//! that never answers, and a raw server whose replies a test writes byte by
//! byte (for misbehaving servers: wrong ids, wrong questions, truncation,
//! malformed messages). Each runs on its own thread and stops when dropped.

use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use hickory_proto::rr::{LowerName, Name};
use hickory_proto::serialize::txt::Parser;
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneType};
use hickory_server::Server;

/// Binds UDP and TCP on the same free port of 127.0.0.1.
fn bind_pair() -> (UdpSocket, TcpListener) {
    for _ in 0..50 {
        let udp = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
        let port = udp.local_addr().unwrap().port();
        if let Ok(tcp) = TcpListener::bind(("127.0.0.1", port)) {
            return (udp, tcp);
        }
    }
    panic!("no free port for UDP and TCP");
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
        let mut catalog = Catalog::new();
        for (origin, text) in zones {
            let origin = Name::from_ascii(origin).unwrap();
            let (origin, records) = Parser::new(*text, None, Some(origin)).parse().expect("fixture zone parses");
            let handler = InMemoryZoneHandler::<hickory_resolver::net::runtime::TokioRuntimeProvider>::new(origin.clone(), records, ZoneType::Primary, AxfrPolicy::AllowAll)
                .expect("fixture zone loads");
            catalog.upsert(LowerName::new(&origin), vec![Arc::new(handler)]);
        }
        let (udp, tcp) = bind_pair();
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

    fn serve((udp, tcp): (UdpSocket, TcpListener), responder: impl Fn(&[u8]) -> Vec<Vec<u8>> + Send + Sync + 'static) -> RawServer {
        use std::io::{Read, Write};
        use std::sync::atomic::{AtomicBool, Ordering};
        let addr = udp.local_addr().unwrap();
        let responder: Arc<Responder> = Arc::new(responder);
        let stop = Arc::new(AtomicBool::new(false));
        udp.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        tcp.set_nonblocking(true).unwrap();
        let (r1, s1) = (responder.clone(), stop.clone());
        let t1 = std::thread::spawn(move || {
            let mut buf = [0u8; 65535];
            while !s1.load(Ordering::Relaxed) {
                if let Ok((n, from)) = udp.recv_from(&mut buf) {
                    for reply in r1(&buf[..n]) {
                        let _ = udp.send_to(&reply, from);
                    }
                }
            }
        });
        let (r2, s2) = (responder, stop.clone());
        let t2 = std::thread::spawn(move || {
            while !s2.load(Ordering::Relaxed) {
                match tcp.accept() {
                    Ok((mut conn, _)) => {
                        conn.set_nonblocking(false).unwrap();
                        conn.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                        let mut len = [0u8; 2];
                        if conn.read_exact(&mut len).is_err() {
                            continue;
                        }
                        let mut q = vec![0u8; usize::from(u16::from_be_bytes(len))];
                        if conn.read_exact(&mut q).is_err() {
                            continue;
                        }
                        for reply in r2(&q).into_iter().take(1) {
                            let mut framed = (reply.len() as u16).to_be_bytes().to_vec();
                            framed.extend_from_slice(&reply);
                            let _ = conn.write_all(&framed);
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
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

    /// An authoritative answer: 192.0.2.80 for whatever was asked.
    pub fn answer(q: &[u8]) -> Vec<u8> {
        with(q, [q[0], q[1]], 0x8400, Some([192, 0, 2, 80]))
    }
}
