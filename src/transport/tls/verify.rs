//! Server certificate verification as OpenSSL 3 (and so dig 9.18) does it:
//! the same checks as rustls' webpki verifier, but the FIRST failure is
//! reported in OpenSSL's order (untrusted chain, then name, then dates)
//! with OpenSSL's text, where webpki checks the dates first. Also the
//! verifier for dig's plain `+tls` (any certificate, handshake signatures
//! still checked). Each verifier records its verdict in a `Recorder`, which
//! `tls::handshake` and `quic` read after a failed handshake (quinn keeps
//! only an alert code); the verdict goes on to the engine as
//! `ConnectError::Verify`.

use std::fmt;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{CertificateError, DigitallySignedStruct, Error as TlsError, OtherError, RootCertStore, SignatureScheme};

/// Why the server's certificate was rejected; `text()` is OpenSSL 3's
/// `X509_verify_cert_error_string`, what dig prints after
/// `;; TLS peer certificate verification for ADDR#PORT failed: `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertError {
    /// No chain to a trusted CA (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY).
    UnknownIssuer,
    /// The leaf is self-signed and not trusted (X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT).
    SelfSigned,
    /// The chain ends in an untrusted self-signed certificate
    /// (X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN).
    SelfSignedInChain,
    /// The verify name is an IP address the certificate has no IP SAN for.
    IpMismatch,
    /// The verify name is a host name the certificate has no DNS SAN for
    /// (the subject CN is never consulted).
    HostnameMismatch,
    Expired,
    NotYetValid,
    BadSignature,
    /// The leaf's extended key usage does not allow a TLS server.
    InvalidPurpose,
    Revoked,
    UnhandledCriticalExtension,
    /// Anything else, with rustls' text (no OpenSSL equivalent is known).
    Other(String),
}

impl CertError {
    pub fn text(&self) -> &str {
        match self {
            CertError::UnknownIssuer => "unable to get local issuer certificate",
            CertError::SelfSigned => "self-signed certificate",
            CertError::SelfSignedInChain => "self-signed certificate in certificate chain",
            CertError::IpMismatch => "IP address mismatch",
            CertError::HostnameMismatch => "hostname mismatch",
            CertError::Expired => "certificate has expired",
            CertError::NotYetValid => "certificate is not yet valid",
            CertError::BadSignature => "certificate signature failure",
            CertError::InvalidPurpose => "unsupported certificate purpose",
            CertError::Revoked => "certificate revoked",
            CertError::UnhandledCriticalExtension => "unhandled critical extension",
            CertError::Other(s) => s,
        }
    }
}

impl fmt::Display for CertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

impl std::error::Error for CertError {}

/// What the certificate must be valid for: dig's `+tls-hostname`, else the
/// server as the user typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum VerifyName {
    /// An IP literal: an IP SAN must match (OpenSSL's set1_ip_asc).
    Ip(IpAddr),
    /// A host name: a DNS SAN must match (set1_host, never the subject).
    Dns(ServerName<'static>),
    /// Not a valid host name: nothing can match it, as with OpenSSL.
    Invalid,
}

impl VerifyName {
    pub(crate) fn parse(text: &str) -> VerifyName {
        let bare = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(text);
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return VerifyName::Ip(ip);
        }
        match ServerName::try_from(text.to_string()) {
            Ok(name @ ServerName::DnsName(_)) => VerifyName::Dns(name),
            _ => VerifyName::Invalid,
        }
    }
}

/// Where a verifier leaves its verdict for the connection that used it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Recorder(Arc<Mutex<Option<CertError>>>);

impl Recorder {
    fn set(&self, e: CertError) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
    }

    /// The verification failure of the handshake, if that is why it failed.
    pub(crate) fn take(&self) -> Option<CertError> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// dig's `+tls-ca` (and whatever implies it): webpki's checks, OpenSSL's
/// order and words.
#[derive(Debug)]
pub(crate) struct OpensslOrder {
    pub(crate) roots: Arc<RootCertStore>,
    pub(crate) provider: Arc<CryptoProvider>,
    pub(crate) name: VerifyName,
    pub(crate) recorder: Recorder,
}

/// The validity boundary a date error names: a time at which that
/// certificate is valid.
fn boundary(e: &TlsError) -> Option<UnixTime> {
    match e {
        TlsError::InvalidCertificate(CertificateError::ExpiredContext { not_after, .. }) => Some(*not_after),
        TlsError::InvalidCertificate(CertificateError::NotValidYetContext { not_before, .. }) => Some(*not_before),
        _ => None,
    }
}

/// rustls' verdict in OpenSSL's words (the untrusted-chain case is refined
/// by `untrusted`).
fn classify(e: &TlsError) -> CertError {
    #[allow(deprecated)] // matching the old variant too costs nothing
    match e {
        TlsError::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer => CertError::UnknownIssuer,
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => CertError::Expired,
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => CertError::NotYetValid,
            CertificateError::BadSignature
            | CertificateError::UnsupportedSignatureAlgorithm
            | CertificateError::UnsupportedSignatureAlgorithmContext { .. }
            | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => CertError::BadSignature,
            CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => CertError::InvalidPurpose,
            CertificateError::Revoked => CertError::Revoked,
            CertificateError::UnhandledCriticalExtension => CertError::UnhandledCriticalExtension,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => CertError::HostnameMismatch,
            other => CertError::Other(TlsError::InvalidCertificate(other.clone()).to_string()),
        },
        other => CertError::Other(other.to_string()),
    }
}

/// Why no trusted chain was found, as OpenSSL's chain building puts it:
/// follow issuers by name through what the server sent; a self-signed
/// certificate at the top is "self-signed" (the leaf itself) or
/// "self-signed certificate in certificate chain", anything else "unable
/// to get local issuer certificate". Self-signed means subject equals
/// issuer (OpenSSL also compares key identifiers when present).
fn untrusted(end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>]) -> CertError {
    let parsed: Vec<webpki::EndEntityCert<'_>> = intermediates.iter().filter_map(|c| webpki::EndEntityCert::try_from(c).ok()).collect();
    let Ok(leaf) = webpki::EndEntityCert::try_from(end_entity) else {
        return CertError::UnknownIssuer;
    };
    let (mut subject, mut issuer) = (leaf.subject(), leaf.issuer());
    let mut used = vec![false; parsed.len()];
    for depth in 0..=parsed.len() {
        if subject == issuer {
            return if depth == 0 { CertError::SelfSigned } else { CertError::SelfSignedInChain };
        }
        let next = parsed.iter().enumerate().find(|(i, c)| !used[*i] && c.subject() == issuer);
        match next {
            Some((i, c)) => {
                used[i] = true;
                subject = c.subject();
                issuer = c.issuer();
            }
            None => break,
        }
    }
    CertError::UnknownIssuer
}

impl OpensslOrder {
    fn chain_problem(&self, e: &TlsError, end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>]) -> CertError {
        match classify(e) {
            CertError::UnknownIssuer => untrusted(end_entity, intermediates),
            other => other,
        }
    }

    fn check_name(&self, cert: &ParsedCertificate<'_>) -> Result<(), CertError> {
        match &self.name {
            VerifyName::Ip(ip) => verify_server_name(cert, &ServerName::IpAddress((*ip).into())).map_err(|_| CertError::IpMismatch),
            VerifyName::Dns(name) => verify_server_name(cert, name).map_err(|_| CertError::HostnameMismatch),
            VerifyName::Invalid => Err(CertError::HostnameMismatch),
        }
    }

    /// OpenSSL's X509_verify_cert order: build a trusted chain, then check
    /// the name, then signatures and dates. webpki checks dates while it
    /// builds the chain, so a date failure at `now` is set aside: the chain
    /// is built again at a time the failing certificate is valid (the
    /// boundary the error names), and the name is checked; only if both
    /// pass is the date failure reported.
    pub(crate) fn verify(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Result<(), CertError> {
        let cert = ParsedCertificate::try_from(end_entity).map_err(|e| classify(&e))?;
        let algs = self.provider.signature_verification_algorithms.all;
        let chain_at = |t: UnixTime| verify_server_cert_signed_by_trust_anchor(&cert, &self.roots, intermediates, t, algs);
        let first = match chain_at(now) {
            Ok(()) => return self.check_name(&cert),
            Err(e) => e,
        };
        let Some(mut at) = boundary(&first) else {
            return Err(self.chain_problem(&first, end_entity, intermediates));
        };
        // Each round moves to a boundary a date error names; a chain has a
        // few certificates, so a few rounds find a time where all are valid
        // (or show there is none).
        for _ in 0..8 {
            match chain_at(at) {
                Ok(()) => break,
                Err(e) => match boundary(&e) {
                    Some(next) if next != at => at = next,
                    Some(_) => break,
                    None => return Err(self.chain_problem(&e, end_entity, intermediates)),
                },
            }
        }
        self.check_name(&cert)?;
        Err(classify(&first))
    }
}

/// The error rustls gets from our verifiers (the recorder has the details).
fn rejected(e: CertError) -> TlsError {
    TlsError::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(e))))
}

impl ServerCertVerifier for OpensslOrder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        match self.verify(end_entity, intermediates, now) {
            Ok(()) => Ok(ServerCertVerified::assertion()),
            Err(e) => {
                self.recorder.set(e.clone());
                Err(rejected(e))
            }
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// dig's `+tls` without `+tls-ca`: any certificate is accepted (expired,
/// self-signed, for another name), but the handshake signatures are still
/// checked, so the peer must hold the key of the certificate it shows.
#[derive(Debug)]
pub(crate) struct AcceptAny {
    pub(crate) provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for AcceptAny {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}
