//! Test support for transport's tests, compiled in tests only: a PKI made
//! with rcgen (a CA, leaves for right and wrong names and dates, a
//! self-signed leaf) written to PEM files in a temporary directory, and
//! real servers on 127.0.0.1 started in the test's runtime: hickory-server
//! with DoT, DoH, DoQ and DoH3 listeners, and small servers of our own for
//! what hickory-server does not do (HTTP GET and error statuses, streams
//! of several DoQ messages, servers that close, stall or speak clear
//! text), and a bare UDP peer. The tests beside each module (`tls/tests.rs`,
//! `https_tests.rs`, `quic_tests.rs`, `h3_tests.rs`, `pool_tests.rs`,
//! `udp_tests.rs`, `udp_shared_tests.rs`) use them.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;
use hickory_proto::op::{Message, MessageType, OpCode, Query};
use hickory_proto::rr::{LowerName, Name, RecordType};
use hickory_proto::serialize::txt::Parser;
use hickory_server::Server;
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneType};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::ResolvesServerCert;
use rustls::sign::{CertifiedKey, SingleCertAndKey};
use time::OffsetDateTime;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::time::Instant;

use super::tls::TlsSettings;

/// A deadline `secs` seconds from now (generous: only hangs hit it).
pub fn after(secs: u64) -> Instant {
    Instant::now() + Duration::from_secs(secs)
}

/// A plain UDP socket on 127.0.0.1 playing a server in the UDP tests
/// (`udp_tests.rs`, `udp_shared_tests.rs`): the test reads its queries and
/// sends what it wants; reads give up after 5 seconds.
pub fn udp_peer() -> (std::net::UdpSocket, SocketAddr) {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").expect("a loopback socket");
    s.set_read_timeout(Some(Duration::from_secs(5))).expect("a read timeout");
    let addr = s.local_addr().expect("its address");
    (s, addr)
}

/// A datagram for the UDP tests: `id`, then ten bytes of `fill`.
pub fn datagram(id: u16, fill: u8) -> Vec<u8> {
    let mut m = id.to_be_bytes().to_vec();
    m.extend_from_slice(&[fill; 10]);
    m
}

/// The name and address every good leaf is valid for.
pub const NAME: &str = "dns.test";
pub const IP: &str = "127.0.0.1";

/// A temporary directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!("rlookup-transport-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A certificate with its key, as servers want them and as PEM files.
pub struct Leaf {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
    pub cert_pem: String,
    pub key_pem: String,
}

impl Leaf {
    pub fn certified_key(&self) -> Arc<CertifiedKey> {
        Arc::new(CertifiedKey::from_der(self.chain.clone(), self.key.clone_key(), &super::tls::provider()).unwrap())
    }

    /// What hickory-server's listeners want.
    pub fn resolver(&self) -> Arc<dyn ResolvesServerCert> {
        Arc::new(SingleCertAndKey::from(self.certified_key()))
    }

    /// A rustls server configuration offering `alpn` (none if empty).
    pub fn server_config(&self, alpn: &[&[u8]]) -> rustls::ServerConfig {
        let mut cfg = rustls::ServerConfig::builder_with_provider(super::tls::provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(self.chain.clone(), self.key.clone_key())
            .unwrap();
        cfg.alpn_protocols = alpn.iter().map(|a| a.to_vec()).collect();
        cfg
    }

    /// The same leaf with `extra` certificates after it in the chain.
    pub fn with_chain(&self, extra: &[CertificateDer<'static>]) -> Leaf {
        let mut chain = self.chain.clone();
        chain.extend_from_slice(extra);
        Leaf { chain, key: self.key.clone_key(), cert_pem: self.cert_pem.clone(), key_pem: self.key_pem.clone() }
    }
}

/// A CA and the leaves it signs.
pub struct Pki {
    pub ca_pem: String,
    pub ca_der: CertificateDer<'static>,
    issuer: Issuer<'static, KeyPair>,
}

fn params(sans: &[&str], cn: &str, not_before: OffsetDateTime, not_after: OffsetDateTime) -> CertificateParams {
    let mut p = CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    p.distinguished_name.push(DnType::CommonName, cn);
    p.not_before = not_before;
    p.not_after = not_after;
    p
}

fn leaf_of(cert: rcgen::Certificate, key: KeyPair) -> Leaf {
    Leaf {
        chain: vec![cert.der().clone()],
        key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
    }
}

const DAY: Duration = Duration::from_secs(86400);

impl Pki {
    pub fn new(cn: &str) -> Pki {
        let key = KeyPair::generate().unwrap();
        let now = OffsetDateTime::now_utc();
        let mut p = params(&[], cn, now - 30 * DAY, now + 3650 * DAY);
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let cert = p.self_signed(&key).unwrap();
        Pki { ca_pem: cert.pem(), ca_der: cert.der().clone(), issuer: Issuer::new(p, key) }
    }

    /// A leaf valid now for `sans` (IP strings become IP SANs).
    pub fn leaf(&self, sans: &[&str]) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.dated(sans, now - DAY, now + 30 * DAY)
    }

    pub fn dated(&self, sans: &[&str], not_before: OffsetDateTime, not_after: OffsetDateTime) -> Leaf {
        let key = KeyPair::generate().unwrap();
        let cert = params(sans, "leaf", not_before, not_after).signed_by(&key, &self.issuer).unwrap();
        leaf_of(cert, key)
    }

    /// Expired yesterday.
    pub fn expired(&self, sans: &[&str]) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.dated(sans, now - 30 * DAY, now - DAY)
    }

    /// Valid from tomorrow.
    pub fn future(&self, sans: &[&str]) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.dated(sans, now + DAY, now + 30 * DAY)
    }
}

/// A leaf that signs itself (not a CA).
pub fn self_signed(sans: &[&str]) -> Leaf {
    let key = KeyPair::generate().unwrap();
    let now = OffsetDateTime::now_utc();
    let cert = params(sans, "self", now - DAY, now + 30 * DAY).self_signed(&key).unwrap();
    leaf_of(cert, key)
}

/// Settings that verify against `ca` for `name`.
pub fn verifying(ca: &Path, name: &str) -> TlsSettings {
    TlsSettings { verify: true, ca_file: Some(ca.to_path_buf()), verify_name: name.to_string(), client_cert: None, client_key: None }
}

/// A query for `name` `rtype` with `id`, RD set.
pub fn query(id: u16, name: &str, rtype: RecordType) -> Vec<u8> {
    let mut m = Message::new(id, MessageType::Query, OpCode::Query);
    m.metadata.recursion_desired = true;
    m.add_query(Query::query(Name::from_str(name).unwrap(), rtype));
    m.to_vec().unwrap()
}

pub fn decode(bytes: &[u8]) -> Message {
    Message::from_vec(bytes).unwrap()
}

/// The answer our own servers give: the query with QR set and one A
/// record 192.0.2.7 (the id as the query's).
pub fn answer(query: &[u8]) -> Vec<u8> {
    use hickory_proto::rr::rdata::A;
    use hickory_proto::rr::{RData, Record};
    let mut m = Message::from_vec(query).unwrap();
    m.metadata.message_type = MessageType::Response;
    let name = m.queries[0].name().clone();
    m.add_answer(Record::from_rdata(name, 60, RData::A(A::from_str("192.0.2.7").unwrap())));
    m.to_vec().unwrap()
}

pub const ZONE: &str = "$ORIGIN example.
$TTL 300
@       IN SOA ns1.example. admin.example. 2024010101 3600 600 86400 300
@       IN NS  ns1.example.
ns1     IN A   127.0.0.1
www     IN A   192.0.2.1
www     IN AAAA 2001:db8::1
";

/// The path hickory-server's DoH listener serves.
pub const DOH_PATH: &str = "/dns-query";

/// hickory-server on 127.0.0.1 with DoT, DoH, DoQ and DoH3 listeners
/// showing `leaf`, in the current runtime; stops when dropped.
pub struct Hickory {
    pub tls: SocketAddr,
    pub https: SocketAddr,
    pub quic: SocketAddr,
    pub h3: SocketAddr,
    _server: Server<Catalog>,
}

pub async fn hickory(leaf: &Leaf) -> Hickory {
    let origin = Name::from_ascii("example.").unwrap();
    let (origin, records) = Parser::new(ZONE, None, Some(origin)).parse().unwrap();
    let handler = InMemoryZoneHandler::<hickory_server::net::runtime::TokioRuntimeProvider>::new(
        origin.clone(),
        records,
        ZoneType::Primary,
        AxfrPolicy::AllowAll,
    )
    .unwrap();
    let mut catalog = Catalog::new();
    catalog.upsert(LowerName::new(&origin), vec![Arc::new(handler)]);
    let mut server = Server::new(catalog);
    let t = Duration::from_secs(10);
    let tls = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let https = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let quic = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let h3 = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let addrs = (tls.local_addr().unwrap(), https.local_addr().unwrap(), quic.local_addr().unwrap(), h3.local_addr().unwrap());
    server.register_tls_listener(tls, t, leaf.resolver()).unwrap();
    server.register_https_listener(https, t, leaf.resolver(), None, DOH_PATH.to_string()).unwrap();
    server.register_quic_listener(quic, t, leaf.resolver()).unwrap();
    server.register_h3_listener(h3, t, leaf.resolver(), None).unwrap();
    Hickory { tls: addrs.0, https: addrs.1, quic: addrs.2, h3: addrs.3, _server: server }
}

/// A port on 127.0.0.1 where nothing listens (TCP).
pub fn closed_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap()
}

/// A TCP server that accepts and never says anything (a black hole).
pub async fn silent_tcp() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = l.accept().await {
            held.push(s);
        }
    });
    addr
}

/// A TCP server that answers anything with a line of clear text.
pub async fn clear_text_tcp() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = l.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 512];
                let _ = s.read(&mut buf).await;
                let _ = s.write_all(b"HTTP/1.0 400 Bad Request\r\n\r\n").await;
            });
        }
    });
    addr
}

/// How our DoT server behaves on each connection.
#[derive(Clone, Copy, Debug)]
pub enum DotMode {
    /// Answers every query (`answer`), in order.
    Answer,
    /// Answers one query, then closes the connection.
    AnswerOnceThenClose,
    /// Completes the handshake, then closes without reading.
    Close,
}

/// What a DoT server of ours has done.
#[derive(Default, Debug)]
pub struct Counts {
    /// Connections accepted.
    pub accepted: AtomicUsize,
    /// Connections it closed (after sending close_notify and FIN).
    pub closed: AtomicUsize,
}

/// A DoT server with `config` (tokio-rustls).
pub async fn dot_server(config: rustls::ServerConfig, mode: DotMode) -> (SocketAddr, Arc<Counts>) {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let counts = Arc::new(Counts::default());
    let count = counts.clone();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    tokio::spawn(async move {
        while let Ok((tcp, _)) = l.accept().await {
            count.accepted.fetch_add(1, Ordering::SeqCst);
            let acceptor = acceptor.clone();
            let count = count.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                if let DotMode::Close = mode {
                    let _ = tls.shutdown().await;
                    count.closed.fetch_add(1, Ordering::SeqCst);
                    return;
                }
                loop {
                    let Ok(len) = tls.read_u16().await else { return };
                    let mut q = vec![0u8; usize::from(len)];
                    if tls.read_exact(&mut q).await.is_err() {
                        return;
                    }
                    let a = answer(&q);
                    let mut framed = (a.len() as u16).to_be_bytes().to_vec();
                    framed.extend_from_slice(&a);
                    if tls.write_all(&framed).await.is_err() || tls.flush().await.is_err() {
                        return;
                    }
                    if let DotMode::AnswerOnceThenClose = mode {
                        let _ = tls.shutdown().await;
                        count.closed.fetch_add(1, Ordering::SeqCst);
                        return;
                    }
                }
            });
        }
    });
    (addr, counts)
}

/// What our HTTP/2 server did with one request.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path_and_query: String,
    pub authority: Option<String>,
    pub content_type: Option<String>,
    pub accept: Option<String>,
}

/// Our DoH server's routes: `/dns-query` answers GET (`?dns=`) and POST;
/// `/404` is a 404 with a text body; `/ctype` a 200 with text/plain;
/// `/reset` resets the stream; `/close` answers, then ends the connection.
fn route(method: &http::Method, uri: &http::Uri, body: &[u8]) -> (u16, &'static str, Vec<u8>) {
    match uri.path() {
        "/dns-query" | "/close" => {
            let q = if method == http::Method::GET {
                let b64 = uri.query().and_then(|q| q.strip_prefix("dns=")).unwrap_or("");
                match data_encoding::BASE64URL_NOPAD.decode(b64.as_bytes()) {
                    Ok(q) => q,
                    Err(_) => return (400, "text/plain", b"bad dns parameter".to_vec()),
                }
            } else {
                body.to_vec()
            };
            (200, "application/dns-message", answer(&q))
        }
        "/ctype" => (200, "text/plain", b"hello".to_vec()),
        _ => (404, "text/plain", b"no such endpoint".to_vec()),
    }
}

async fn serve_h2<IO>(io: IO, seen: Arc<std::sync::Mutex<Vec<Seen>>>)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(io).await else { return };
    while let Some(Ok((req, mut respond))) = conn.accept().await {
        let (parts, mut body) = req.into_parts();
        let header = |name: &str| parts.headers.get(name).map(|v| v.to_str().unwrap_or("").to_string());
        seen.lock().unwrap().push(Seen {
            method: parts.method.to_string(),
            path_and_query: parts.uri.path_and_query().map(|p| p.to_string()).unwrap_or_default(),
            authority: parts.uri.authority().map(|a| a.to_string()),
            content_type: header("content-type"),
            accept: header("accept"),
        });
        let mut buf = Vec::new();
        while let Some(Ok(c)) = body.data().await {
            let _ = body.flow_control().release_capacity(c.len());
            buf.extend_from_slice(&c);
        }
        if parts.uri.path() == "/reset" {
            respond.send_reset(h2::Reason::REFUSED_STREAM);
            continue;
        }
        let (status, ctype, out) = route(&parts.method, &parts.uri, &buf);
        let resp =
            http::Response::builder().status(status).header("content-type", ctype).header("content-length", out.len()).body(()).unwrap();
        if let Ok(mut send) = respond.send_response(resp, false) {
            let _ = send.send_data(Bytes::from(out), true);
        }
        if parts.uri.path() == "/close" {
            conn.graceful_shutdown();
        }
    }
}

/// Our DoH server on HTTP/2: over TLS with `config` (ALPN h2), or clear
/// text (prior knowledge) when None. Records every request.
pub async fn h2_server(config: Option<rustls::ServerConfig>) -> (SocketAddr, Arc<std::sync::Mutex<Vec<Seen>>>) {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    let acceptor = config.map(|c| tokio_rustls::TlsAcceptor::from(Arc::new(c)));
    tokio::spawn(async move {
        while let Ok((tcp, _)) = l.accept().await {
            let log = log.clone();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                match acceptor {
                    Some(a) => {
                        if let Ok(tls) = a.accept(tcp).await {
                            serve_h2(tls, log).await
                        }
                    }
                    None => serve_h2(tcp, log).await,
                }
            });
        }
    });
    (addr, seen)
}

/// How our DoQ server answers each stream.
#[derive(Clone, Copy, Debug)]
pub enum DoqMode {
    /// `n` answers (id 0) on the stream, then FIN.
    Answers(usize),
    /// One answer with this id, then FIN.
    WithId(u16),
}

/// A DoQ server of our own (quinn, ALPN doq) showing `leaf`.
pub async fn doq_server(leaf: &Leaf, mode: DoqMode) -> SocketAddr {
    let crypto = quinn::crypto::rustls::QuicServerConfig::try_from(leaf.server_config(&[b"doq"])).unwrap();
    let config = quinn::ServerConfig::with_crypto(Arc::new(crypto));
    let endpoint = quinn::Endpoint::server(config, "127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = endpoint.local_addr().unwrap();
    tokio::spawn(async move {
        while let Some(incoming) = endpoint.accept().await {
            tokio::spawn(async move {
                let Ok(conn) = incoming.await else { return };
                while let Ok((mut send, mut recv)) = conn.accept_bi().await {
                    tokio::spawn(async move {
                        let Ok(data) = recv.read_to_end(65537).await else { return };
                        if data.len() < 2 {
                            return;
                        }
                        let q = &data[2..];
                        let mut a = answer(q);
                        let copies = match mode {
                            DoqMode::Answers(n) => n,
                            DoqMode::WithId(id) => {
                                a[..2].copy_from_slice(&id.to_be_bytes());
                                1
                            }
                        };
                        for _ in 0..copies {
                            let mut framed = (a.len() as u16).to_be_bytes().to_vec();
                            framed.extend_from_slice(&a);
                            if send.write_all(&framed).await.is_err() {
                                return;
                            }
                        }
                        let _ = send.finish();
                        let _ = send.stopped().await;
                    });
                }
            });
        }
    });
    addr
}

/// Our DoH server on HTTP/3 (quinn, ALPN h3) showing `leaf`, with the
/// routes of the HTTP/2 one (`/dns-query` GET and POST, `/404`); records
/// every request.
pub async fn h3_server(leaf: &Leaf) -> (SocketAddr, Arc<std::sync::Mutex<Vec<Seen>>>) {
    use bytes::Buf;
    let crypto = quinn::crypto::rustls::QuicServerConfig::try_from(leaf.server_config(&[b"h3"])).unwrap();
    let endpoint = quinn::Endpoint::server(quinn::ServerConfig::with_crypto(Arc::new(crypto)), "127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = endpoint.local_addr().unwrap();
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Some(incoming) = endpoint.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                let Ok(conn) = incoming.await else { return };
                let Ok(mut h3) = h3::server::Connection::<_, Bytes>::new(h3_quinn::Connection::new(conn)).await else {
                    return;
                };
                while let Ok(Some(resolver)) = h3.accept().await {
                    let log = log.clone();
                    tokio::spawn(async move {
                        let Ok((req, mut stream)) = resolver.resolve_request().await else { return };
                        let header = |name: &str| req.headers().get(name).map(|v| v.to_str().unwrap_or("").to_string());
                        log.lock().unwrap().push(Seen {
                            method: req.method().to_string(),
                            path_and_query: req.uri().path_and_query().map(|p| p.to_string()).unwrap_or_default(),
                            authority: req.uri().authority().map(|a| a.to_string()),
                            content_type: header("content-type"),
                            accept: header("accept"),
                        });
                        let mut body = Vec::new();
                        while let Ok(Some(mut chunk)) = stream.recv_data().await {
                            while chunk.has_remaining() {
                                let n = chunk.chunk().len();
                                body.extend_from_slice(chunk.chunk());
                                chunk.advance(n);
                            }
                        }
                        let (status, ctype, out) = route(req.method(), req.uri(), &body);
                        let resp = http::Response::builder().status(status).header("content-type", ctype).body(()).unwrap();
                        if stream.send_response(resp).await.is_ok() {
                            let _ = stream.send_data(Bytes::from(out)).await;
                            let _ = stream.finish().await;
                        }
                    });
                }
            });
        }
    });
    (addr, seen)
}
