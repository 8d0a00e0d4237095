//! Encrypted DNS servers on 127.0.0.1 for the integration tests: the
//! fixture zones over DNS over TLS, QUIC and HTTP/3 (hickory-server's own
//! listeners) and over DNS over HTTPS and clear-text HTTP/2 (a small h2
//! front end of ours: hickory-server's DoH refuses GET and has no error
//! statuses to test), all backed by one hickory-server on UDP/TCP. The
//! certificates come from a CA made in the test with rcgen and written,
//! with the CA, to PEM files the client is pointed at (`+tls-ca=FILE`, or
//! `SSL_CERT_FILE` for the "system" store).
//!
//! DoT goes through a counting TCP relay, and the h2 front end counts its
//! connections, so that a test can tell one TLS session from several.
//! Everything runs on one thread with its own runtime and stops when the
//! server is dropped.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use bytes::Bytes;
use hickory_server::Server;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::sign::{CertifiedKey, SingleCertAndKey};
use time::OffsetDateTime;
use tokio::net::{TcpListener, UdpSocket};

use crate::harness::TempDir;
use crate::server::DnsServer;

/// The name every good certificate is for (with the address 127.0.0.1).
pub const NAME: &str = "dns.test";

/// The certificate the servers show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cert {
    /// Signed by the test CA, for dns.test and 127.0.0.1, valid now.
    Good,
    /// Signed by the test CA, expired yesterday.
    Expired,
    /// Signed by itself (no CA the client knows).
    SelfSigned,
}

/// What the front ends saw.
#[derive(Default)]
pub struct Seen {
    /// TCP connections to the DoT port.
    pub dot_connections: AtomicUsize,
    /// Connections to the DoH and h2c ports.
    pub http_connections: AtomicUsize,
    /// Each HTTP request: "METHOD path?query".
    pub requests: Mutex<Vec<String>>,
}

pub struct SecureServer {
    /// The zones over UDP and TCP (what the DoH front end asks).
    pub dns: DnsServer,
    pub tls: u16,
    pub https: u16,
    pub http: u16,
    pub quic: u16,
    pub h3: u16,
    /// The test CA's certificate (PEM).
    pub ca: PathBuf,
    /// Another CA's certificate, which signed nothing here.
    pub other_ca: PathBuf,
    pub seen: Arc<Seen>,
    _dir: TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

const DAY: Duration = Duration::from_secs(86400);

fn params(sans: &[&str], cn: &str, not_before: OffsetDateTime, not_after: OffsetDateTime) -> CertificateParams {
    let mut p = CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    p.distinguished_name.push(DnType::CommonName, cn);
    p.not_before = not_before;
    p.not_after = not_after;
    p
}

/// A CA: its PEM and what signs with it.
fn ca(cn: &str) -> (String, Issuer<'static, KeyPair>) {
    let key = KeyPair::generate().unwrap();
    let now = OffsetDateTime::now_utc();
    let mut p = params(&[], cn, now - 30 * DAY, now + 3650 * DAY);
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let cert = p.self_signed(&key).unwrap();
    (cert.pem(), Issuer::new(p, key))
}

fn leaf(cert: Cert, issuer: &Issuer<'static, KeyPair>) -> Arc<CertifiedKey> {
    let key = KeyPair::generate().unwrap();
    let now = OffsetDateTime::now_utc();
    let sans = [NAME, "127.0.0.1"];
    let cert = match cert {
        Cert::Good => params(&sans, "leaf", now - DAY, now + 30 * DAY).signed_by(&key, issuer).unwrap(),
        Cert::Expired => params(&sans, "leaf", now - 30 * DAY, now - DAY).signed_by(&key, issuer).unwrap(),
        Cert::SelfSigned => params(&sans, "self", now - DAY, now + 30 * DAY).self_signed(&key).unwrap(),
    };
    let chain: Vec<CertificateDer<'static>> = vec![cert.der().clone()];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    Arc::new(CertifiedKey::from_der(chain, key, &ring_provider()).unwrap())
}

/// ring, rustls' provider here as in rlookup (the post-quantum key
/// exchange its newer default adds does not matter to these tests).
#[allow(deprecated)]
fn ring_provider() -> rustls::crypto::CryptoProvider {
    rustls::crypto::ring::default_provider()
}

impl SecureServer {
    pub fn start(zones: &[(&str, &str)], cert: Cert) -> SecureServer {
        let dns = DnsServer::start(zones);
        let dir = TempDir::new("pki");
        let (ca_pem, issuer) = ca("rlookup test CA");
        let (other_pem, _) = ca("another CA");
        let ca_path = dir.0.join("ca.pem");
        let other_ca = dir.0.join("other-ca.pem");
        std::fs::write(&ca_path, ca_pem).unwrap();
        std::fs::write(&other_ca, other_pem).unwrap();
        let key = leaf(cert, &issuer);
        let catalog = crate::server::catalog(zones);
        let upstream = dns.addr;
        let seen = Arc::new(Seen::default());
        let seen_here = seen.clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let t = Duration::from_secs(10);
                let resolver = || Arc::new(SingleCertAndKey::from(key.clone()));
                let mut server = Server::new(catalog);
                let dot_inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
                let dot_inner_addr = dot_inner.local_addr().unwrap();
                server.register_tls_listener(dot_inner, t, resolver()).unwrap();
                let quic = UdpSocket::bind("127.0.0.1:0").await.unwrap();
                let h3 = UdpSocket::bind("127.0.0.1:0").await.unwrap();
                let (quic_port, h3_port) = (quic.local_addr().unwrap().port(), h3.local_addr().unwrap().port());
                server.register_quic_listener(quic, t, resolver()).unwrap();
                server.register_h3_listener(h3, t, resolver(), None).unwrap();
                let tls = relay(dot_inner_addr, seen_here.clone()).await;
                let mut tls_config = rustls::ServerConfig::builder_with_provider(Arc::new(ring_provider()))
                    .with_safe_default_protocol_versions()
                    .unwrap()
                    .with_no_client_auth()
                    .with_cert_resolver(resolver());
                tls_config.alpn_protocols = vec![b"h2".to_vec()];
                let https = h2_front(Some(tokio_rustls::TlsAcceptor::from(Arc::new(tls_config))), upstream, seen_here.clone()).await;
                let http = h2_front(None, upstream, seen_here).await;
                ready_tx.send((tls, https, http, quic_port, h3_port)).unwrap();
                let _ = stopped.await;
                let _ = server.shutdown_gracefully().await;
            });
        });
        let (tls, https, http, quic, h3) = ready_rx.recv().unwrap();
        SecureServer { dns, tls, https, http, quic, h3, ca: ca_path, other_ca, seen, _dir: dir, stop: Some(stop), thread: Some(thread) }
    }

    pub fn ca(&self) -> &str {
        self.ca.to_str().unwrap()
    }

    pub fn requests(&self) -> Vec<String> {
        self.seen.requests.lock().unwrap().clone()
    }
}

impl Drop for SecureServer {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A TCP relay to `to` that counts its connections (DoT's).
async fn relay(to: SocketAddr, seen: Arc<Seen>) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = l.accept().await {
            seen.dot_connections.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let Ok(mut inner) = tokio::net::TcpStream::connect(to).await else { return };
                let _ = tokio::io::copy_bidirectional(&mut client, &mut inner).await;
            });
        }
    });
    port
}

/// The DoH front end (over TLS, or clear text without an acceptor):
/// `/dns-query` answers GET (`?dns=`) and POST by asking `upstream` over
/// UDP; any other path is a 404 with a text body.
async fn h2_front(tls: Option<tokio_rustls::TlsAcceptor>, upstream: SocketAddr, seen: Arc<Seen>) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = l.accept().await {
            seen.http_connections.fetch_add(1, Ordering::SeqCst);
            let seen = seen.clone();
            let tls = tls.clone();
            tokio::spawn(async move {
                match tls {
                    Some(acceptor) => {
                        if let Ok(io) = acceptor.accept(tcp).await {
                            serve_h2(io, upstream, seen).await;
                        }
                    }
                    None => serve_h2(tcp, upstream, seen).await,
                }
            });
        }
    });
    port
}

async fn serve_h2<IO>(io: IO, upstream: SocketAddr, seen: Arc<Seen>)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(io).await else { return };
    while let Some(Ok((req, mut respond))) = conn.accept().await {
        let (parts, mut body) = req.into_parts();
        let target = parts.uri.path_and_query().map(|p| p.to_string()).unwrap_or_default();
        seen.requests.lock().unwrap().push(format!("{} {target}", parts.method));
        let mut buf = Vec::new();
        while let Some(Ok(c)) = body.data().await {
            let _ = body.flow_control().release_capacity(c.len());
            buf.extend_from_slice(&c);
        }
        let (status, ctype, out) = if parts.uri.path() == "/dns-query" {
            let query = if parts.method == http::Method::GET {
                let b64 = parts.uri.query().and_then(|q| q.strip_prefix("dns=")).unwrap_or("");
                data_encoding::BASE64URL_NOPAD.decode(b64.as_bytes()).unwrap_or_default()
            } else {
                buf
            };
            match ask(upstream, &query).await {
                Some(reply) => (200, "application/dns-message", reply),
                None => (502, "text/plain", b"no answer".to_vec()),
            }
        } else {
            (404, "text/plain", b"no such endpoint".to_vec())
        };
        let resp =
            http::Response::builder().status(status).header("content-type", ctype).header("content-length", out.len()).body(()).unwrap();
        if let Ok(mut send) = respond.send_response(resp, false) {
            let _ = send.send_data(Bytes::from(out), true);
        }
    }
}

/// One UDP exchange with the zones' server.
async fn ask(upstream: SocketAddr, query: &[u8]) -> Option<Vec<u8>> {
    let s = UdpSocket::bind("127.0.0.1:0").await.ok()?;
    s.send_to(query, upstream).await.ok()?;
    let mut buf = vec![0u8; 65535];
    let n = tokio::time::timeout(Duration::from_secs(5), s.recv(&mut buf)).await.ok()?.ok()?;
    buf.truncate(n);
    Some(buf)
}
