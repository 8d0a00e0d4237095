//! TLS for the encrypted transports: dig's TLS options (`TlsSettings`)
//! turned once into a `TlsContext` (CA store, client certificate, session
//! cache), and from it one rustls client configuration per connection,
//! with the verifier of `verify` (OpenSSL's order and texts). The TLS
//! handshake over TCP (`handshake`) and its errors, typed for dig's
//! failure paths (`ConnectError`), serve DoT (`dot::DotChannel`, here) and
//! DoH (`https`); `quic` and `h3` build their QUIC configurations from the
//! same context. What comes out goes to the engine (`lookup`) as bytes.
//!
//! Why rustls and the raw crates (tokio-rustls, h2, quinn, h3) rather than
//! hickory-net's client streams: hickory's DoT client rewrites query ids,
//! its DoH, DoQ and DoH3 clients force id 0 and POST only, a non-200 HTTP
//! status is only an error string, undecodable replies lose their bytes,
//! and the DoT handshake timeout is fixed at 5 s. dig keeps ids, does GET
//! and POST on any path, reports the real status, shows the raw bytes and
//! uses its own timeouts. So this module uses the crates hickory-net itself
//! uses, at the same versions, with ring as the only crypto provider.

mod dot;
mod verify;

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::{ResolvesClientCert, Resumption};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use rustls::sign::CertifiedKey;
use rustls::{ClientConfig, RootCertStore, SignatureScheme};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use super::TransportError;

pub use dot::DotChannel;
pub use verify::CertError;
pub(crate) use verify::Recorder;
use verify::{AcceptAny, OpensslOrder, VerifyName};

/// ALPN of DNS over TLS (RFC 7858 as registered), what dig offers.
pub const ALPN_DOT: &[u8] = b"dot";
/// ALPN of DNS over HTTPS (HTTP/2).
pub const ALPN_H2: &[u8] = b"h2";
/// ALPN of DNS over QUIC (RFC 9250).
pub const ALPN_DOQ: &[u8] = b"doq";
/// ALPN of HTTP/3.
pub const ALPN_H3: &[u8] = b"h3";

/// dig's TLS options for one server.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TlsSettings {
    /// Verify the server's certificate (dig's `tls_ca_set`: `+tls-ca`, and
    /// `+tls-hostname`, `+tls-certfile`, `+tls-keyfile`, which imply it).
    /// Without it any certificate is accepted.
    pub verify: bool,
    /// The CA file (`+tls-ca=FILE`); None: the system's store
    /// (rustls-native-certs: SSL_CERT_FILE / SSL_CERT_DIR, else the
    /// platform's, /etc/ssl/certs on Debian). Used only with `verify`.
    pub ca_file: Option<PathBuf>,
    /// The name the certificate must be valid for: `+tls-hostname`, else
    /// the server as the user typed it. An IP literal must be an IP SAN,
    /// a name a DNS SAN; the subject CN never counts.
    pub verify_name: String,
    /// `+tls-certfile`: the client's certificate chain (PEM).
    pub client_cert: Option<PathBuf>,
    /// `+tls-keyfile`: the client's private key (PEM).
    pub client_key: Option<PathBuf>,
}

impl TlsSettings {
    /// dig's plain `+tls` / `+https`: no verification, no client
    /// certificate.
    pub fn unverified(server: &str) -> TlsSettings {
        TlsSettings { verify: false, ca_file: None, verify_name: server.to_string(), client_cert: None, client_key: None }
    }
}

/// dig's failure path E: the TLS context cannot be created. `text()` is
/// what dig prints on stdout after `;; `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextError {
    /// Exactly one of `client_cert` and `client_key` is set.
    CertKeyPair,
    /// The CA file is missing, unreadable or holds no usable certificate.
    CaFile { path: PathBuf, reason: String },
    /// The client certificate file is missing, unreadable or holds no
    /// certificate (dig also logs `SSL_CTX_use_certificate_chain_file:
    /// 'PATH' failed: ...` on stderr).
    CertFile { path: PathBuf, reason: String },
    /// The client key file is missing, unreadable, holds no key, or a key
    /// that does not match the certificate (dig also logs
    /// `SSL_CTX_use_PrivateKey_file: 'PATH' failed: ...`).
    KeyFile { path: PathBuf, reason: String },
}

impl ContextError {
    /// dig's stdout line, without the leading `;; `.
    pub fn text(&self) -> &'static str {
        match self {
            ContextError::CertKeyPair => "both TLS client certificate and key file must be specified a the same time",
            _ => "TLS context cannot be created",
        }
    }

    /// The line BIND logs on stderr (after its timestamp), when it logs
    /// one: the OpenSSL call that failed, the file, and our reason (BIND
    /// prints OpenSSL's error string there, which we cannot reproduce
    /// except where `reason` says so).
    pub fn log_line(&self) -> Option<String> {
        match self {
            // The file as typed, its bytes kept (rawtext).
            ContextError::CertFile { path, reason } => {
                Some(format!("SSL_CTX_use_certificate_chain_file: '{}' failed: {reason}", crate::rawtext::from_os(path.as_os_str())))
            }
            ContextError::KeyFile { path, reason } => {
                Some(format!("SSL_CTX_use_PrivateKey_file: '{}' failed: {reason}", crate::rawtext::from_os(path.as_os_str())))
            }
            _ => None,
        }
    }
}

impl fmt::Display for ContextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

impl std::error::Error for ContextError {}

/// Setting up an encrypted connection failed. Which of dig's paths each
/// variant takes depends on the transport (see `dig_path`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectError {
    /// The TCP connection (or, for QUIC, the UDP socket) could not be
    /// made: refused, reset, unreachable, timed out.
    Connect(TransportError),
    /// The server's certificate failed verification (path B for DoT and
    /// DoH: `;; TLS peer certificate verification for ADDR#PORT failed:
    /// TEXT`).
    Verify(CertError),
    /// The server does not agree on the ALPN we offered (it sent
    /// no_application_protocol, or DoH's server chose no `h2`).
    Alpn,
    /// The handshake failed otherwise: not TLS, a protocol or version
    /// failure, or the peer closed or reset the connection during it. The
    /// BIND result closest to what happened: `TlsError`, `Eof`, `Reset`.
    Handshake(TransportError),
    /// The handshake did not finish by its deadline.
    HandshakeTimeout,
}

/// dig's failure paths for a connection (dig-tls-tsig.md 3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigPath {
    /// `;; Connection to ADDR#PORT(USERARG) for QNAME failed: RESULT.`
    /// and `;; no servers could be reached`, retried, exit 9.
    A,
    /// `;; TLS peer certificate verification for ADDR#PORT failed: TEXT`,
    /// no retry, exit unchanged.
    B,
    /// Nothing printed (`; Transfer failed.` for a zone transfer), no
    /// retry, exit unchanged.
    C,
}

/// The transports, for the mapping of errors to dig's paths and for the
/// pool's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// DNS over TLS (dig +tls).
    Dot,
    /// DNS over HTTP/2 over TLS (dig +https).
    Https,
    /// DNS over HTTP/2 in clear text, prior knowledge (dig +http-plain).
    HttpPlain,
    /// DNS over QUIC (not in dig 9.18; kdig +quic).
    Doq,
    /// DNS over HTTP/3 (not in dig 9.18).
    H3,
}

impl ConnectError {
    /// Which of dig's paths this failure takes on this transport: DoT
    /// treats every handshake failure but a certificate one as a silent
    /// cancel (path C); DoH reports it as a connection failure (path A).
    /// DoQ and DoH3, which dig lacks, follow DoH.
    pub fn dig_path(&self, kind: Kind) -> DigPath {
        match self {
            ConnectError::Connect(_) => DigPath::A,
            ConnectError::Verify(_) => DigPath::B,
            ConnectError::Alpn | ConnectError::Handshake(_) | ConnectError::HandshakeTimeout => {
                if kind == Kind::Dot {
                    DigPath::C
                } else {
                    DigPath::A
                }
            }
        }
    }

    /// The BIND result path A prints (`... failed: RESULT.`): the
    /// connection's error, `ALPN for HTTP/2 failed` (or `for DoT`), `TLS
    /// error`, `end of file`, `connection reset`, `timed out`.
    pub fn result(&self, kind: Kind) -> TransportError {
        match self {
            ConnectError::Connect(e) | ConnectError::Handshake(e) => e.clone(),
            ConnectError::Verify(e) => TransportError::Other(e.text().to_string()),
            ConnectError::Alpn => {
                if kind == Kind::Dot {
                    TransportError::AlpnDot
                } else {
                    TransportError::AlpnH2
                }
            }
            ConnectError::HandshakeTimeout => TransportError::TimedOut,
        }
    }
}

impl fmt::Display for ConnectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConnectError::Connect(e) | ConnectError::Handshake(e) => write!(f, "{e}"),
            ConnectError::Verify(e) => write!(f, "TLS peer certificate verification failed: {e}"),
            ConnectError::Alpn => f.write_str("ALPN failed"),
            ConnectError::HandshakeTimeout => f.write_str("timed out"),
        }
    }
}

impl std::error::Error for ConnectError {}

/// rustls' ring provider. rustls 0.23.48 deprecates its constructor
/// ("no support for post-quantum algorithms"); ring is still what we want
/// (no aws-lc, no OpenSSL), and hickory-net does the same.
#[allow(deprecated)]
pub(crate) fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The client certificate, always offered when the server asks.
#[derive(Debug)]
struct ClientCert(Arc<CertifiedKey>);

impl ResolvesClientCert for ClientCert {
    fn resolve(&self, _hints: &[&[u8]], _schemes: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        Some(self.0.clone())
    }

    fn has_certs(&self) -> bool {
        true
    }
}

/// dig's TLS context: the settings, checked and loaded once (CA store,
/// client certificate and key); one per server and settings is enough for
/// a run. It hands out a fresh rustls configuration for each connection
/// (each with its own verdict recorder), sharing one session cache, so a
/// reconnection resumes the TLS session as BIND's context cache does.
pub struct TlsContext {
    settings: TlsSettings,
    provider: Arc<CryptoProvider>,
    /// Some when verifying.
    roots: Option<Arc<RootCertStore>>,
    client_cert: Option<Arc<CertifiedKey>>,
    resumption: Resumption,
    name: VerifyName,
}

impl fmt::Debug for TlsContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsContext").field("settings", &self.settings).finish_non_exhaustive()
    }
}

fn load_ca_file(path: &Path) -> Result<RootCertStore, ContextError> {
    let fail = |reason: String| ContextError::CaFile { path: path.to_path_buf(), reason };
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(path).map_err(|e| fail(e.to_string()))? {
        let cert = cert.map_err(|e| fail(e.to_string()))?;
        roots.add(cert).map_err(|e| fail(e.to_string()))?;
    }
    if roots.is_empty() {
        return Err(fail("no certificate in file".into()));
    }
    Ok(roots)
}

/// The system's CA store. Like OpenSSL's default paths, it never fails as
/// a whole: unreadable sources are skipped.
fn system_roots() -> RootCertStore {
    let mut roots = RootCertStore::empty();
    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    roots
}

fn load_client_cert(cert: &Path, key: &Path, provider: &CryptoProvider) -> Result<CertifiedKey, ContextError> {
    let cert_fail = |reason: String| ContextError::CertFile { path: cert.to_path_buf(), reason };
    let key_fail = |reason: String| ContextError::KeyFile { path: key.to_path_buf(), reason };
    let mut chain = Vec::new();
    for c in CertificateDer::pem_file_iter(cert).map_err(|e| cert_fail(e.to_string()))? {
        chain.push(c.map_err(|e| cert_fail(e.to_string()))?);
    }
    if chain.is_empty() {
        return Err(cert_fail("no certificate in file".into()));
    }
    let private = PrivateKeyDer::from_pem_file(key).map_err(|e| key_fail(e.to_string()))?;
    CertifiedKey::from_der(chain, private, provider).map_err(|e| match e {
        // OpenSSL's words for it (seen in dig's log).
        rustls::Error::InconsistentKeys(_) => key_fail("error:05800074:x509 certificate routines::key values mismatch".into()),
        other => key_fail(other.to_string()),
    })
}

impl TlsContext {
    /// Checks and loads the settings, in dig's order: the certificate/key
    /// pair rule, the CA store, then the client certificate and key.
    pub fn new(settings: &TlsSettings) -> Result<TlsContext, ContextError> {
        if settings.client_cert.is_some() != settings.client_key.is_some() {
            return Err(ContextError::CertKeyPair);
        }
        let provider = provider();
        let roots = if settings.verify {
            Some(Arc::new(match &settings.ca_file {
                Some(path) => load_ca_file(path)?,
                None => system_roots(),
            }))
        } else {
            None
        };
        let client_cert = match (&settings.client_cert, &settings.client_key) {
            (Some(cert), Some(key)) => Some(Arc::new(load_client_cert(cert, key, &provider)?)),
            _ => None,
        };
        Ok(TlsContext {
            settings: settings.clone(),
            provider,
            roots,
            client_cert,
            resumption: Resumption::in_memory_sessions(64),
            name: VerifyName::parse(&settings.verify_name),
        })
    }

    pub fn settings(&self) -> &TlsSettings {
        &self.settings
    }

    /// A configuration for one connection offering `alpn`, and where its
    /// verifier will leave its verdict. SNI is off, as in dig (which never
    /// sends one); the name is still verified.
    pub(crate) fn client_config(&self, alpn: &[u8]) -> (ClientConfig, Recorder) {
        let recorder = Recorder::default();
        let builder = ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
            .expect("ring supports the default protocol versions")
            .dangerous();
        let builder = match &self.roots {
            Some(roots) => builder.with_custom_certificate_verifier(Arc::new(OpensslOrder {
                roots: roots.clone(),
                provider: self.provider.clone(),
                name: self.name.clone(),
                recorder: recorder.clone(),
            })),
            None => builder.with_custom_certificate_verifier(Arc::new(AcceptAny { provider: self.provider.clone() })),
        };
        let mut config = match &self.client_cert {
            Some(key) => builder.with_client_cert_resolver(Arc::new(ClientCert(key.clone()))),
            None => builder.with_no_client_auth(),
        };
        config.alpn_protocols = vec![alpn.to_vec()];
        config.enable_sni = false;
        config.resumption = self.resumption.clone();
        (config, recorder)
    }

    /// The name handed to rustls (and quinn) for a connection to `peer`:
    /// the verify name when it is one, else the address. Our verifiers
    /// check the verify name themselves, and SNI is off, so it only keys
    /// the session cache.
    pub(crate) fn server_name(&self, peer: IpAddr) -> ServerName<'static> {
        match &self.name {
            VerifyName::Dns(name) => name.clone(),
            VerifyName::Ip(ip) => ServerName::IpAddress((*ip).into()),
            VerifyName::Invalid => ServerName::IpAddress(peer.into()),
        }
    }
}

/// The rustls error inside an I/O error from tokio-rustls, if any.
fn rustls_error(e: &std::io::Error) -> Option<&rustls::Error> {
    e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>())
}

/// An I/O error on an established TLS connection as a BIND result: a TLS
/// failure (a bad record, an alert) is `TLS error`, the rest as for TCP.
pub(crate) fn io_result(e: std::io::Error) -> TransportError {
    if rustls_error(&e).is_some() { TransportError::TlsError } else { e.into() }
}

/// Whether a rustls error says the peer rejected our ALPN.
fn is_alpn_failure(e: &rustls::Error) -> bool {
    matches!(e, rustls::Error::NoApplicationProtocol | rustls::Error::AlertReceived(rustls::AlertDescription::NoApplicationProtocol))
}

/// A TCP connection to `peer` (from `source`, dig -b) by `deadline`.
pub(crate) async fn tcp_connect(peer: SocketAddr, source: Option<SocketAddr>, deadline: Instant) -> Result<TcpStream, ConnectError> {
    super::tcp::TcpChannel::connect(peer, source, deadline).await.map(|c| c.into_stream()).map_err(ConnectError::Connect)
}

/// The TLS handshake on `tcp`, offering `alpn`, by `deadline`; errors typed
/// for dig's paths (the verifier's verdict first).
pub(crate) async fn handshake(
    ctx: &TlsContext,
    tcp: TcpStream,
    peer: SocketAddr,
    alpn: &[u8],
    deadline: Instant,
) -> Result<TlsStream<TcpStream>, ConnectError> {
    let (config, recorder) = ctx.client_config(alpn);
    let connector = TlsConnector::from(Arc::new(config));
    let result = timeout_at(deadline, connector.connect(ctx.server_name(peer.ip()), tcp)).await;
    if let Some(e) = recorder.take() {
        return Err(ConnectError::Verify(e));
    }
    match result {
        Err(_) => Err(ConnectError::HandshakeTimeout),
        Ok(Ok(stream)) => Ok(stream),
        Ok(Err(e)) => Err(match rustls_error(&e) {
            Some(r) if is_alpn_failure(r) => ConnectError::Alpn,
            Some(_) => ConnectError::Handshake(TransportError::TlsError),
            None => ConnectError::Handshake(e.into()),
        }),
    }
}

#[cfg(test)]
mod tests;
