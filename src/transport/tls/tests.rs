//! Tests of `tls`: building contexts (dig's path E), certificate
//! verification in OpenSSL's order with its texts, and DoT over real
//! sockets on 127.0.0.1 against hickory-server and servers of our own.

use std::net::SocketAddr;
use std::sync::Arc;

use hickory_proto::rr::RecordType;

use super::verify::VerifyName;
use super::*;
use crate::transport::testing::*;

fn connect_dot(addr: SocketAddr, settings: &TlsSettings) -> impl Future<Output = Result<DotChannel, ConnectError>> {
    let ctx = TlsContext::new(settings).expect("context");
    async move { DotChannel::connect(addr, None, &ctx, after(10), after(10)).await }
}

/// The verification failure connecting with `settings` to a DoT server
/// showing `leaf` (with `leaf.chain` as its chain).
async fn verdict(leaf: &Leaf, settings: &TlsSettings) -> String {
    let (addr, _) = dot_server(leaf.server_config(&[ALPN_DOT]), DotMode::Answer).await;
    match connect_dot(addr, settings).await {
        Err(ConnectError::Verify(e)) => {
            assert_eq!(ConnectError::Verify(e.clone()).dig_path(Kind::Dot), DigPath::B);
            assert_eq!(ConnectError::Verify(e.clone()).dig_path(Kind::Https), DigPath::B);
            e.text().to_string()
        }
        Err(other) => panic!("expected a verification failure, got {other:?}"),
        Ok(_) => "verified".to_string(),
    }
}

struct Setup {
    dir: TempDir,
    pki: Pki,
    ca: std::path::PathBuf,
}

fn setup() -> Setup {
    let dir = TempDir::new();
    let pki = Pki::new("Test CA");
    let ca = dir.write("ca.pem", &pki.ca_pem);
    Setup { dir, pki, ca }
}

#[test]
fn verify_names_are_ips_or_dns_names() {
    assert_eq!(VerifyName::parse("127.0.0.1"), VerifyName::Ip("127.0.0.1".parse().unwrap()));
    assert_eq!(VerifyName::parse("::1"), VerifyName::Ip("::1".parse().unwrap()));
    assert_eq!(VerifyName::parse("[::1]"), VerifyName::Ip("::1".parse().unwrap()));
    assert!(matches!(VerifyName::parse("dns.test"), VerifyName::Dns(_)));
    assert_eq!(VerifyName::parse("not a name"), VerifyName::Invalid);
}

#[test]
fn exactly_one_of_cert_and_key_is_the_pair_error() {
    let s = setup();
    let cert = s.dir.write("c.pem", "x");
    for (c, k) in [(Some(cert.clone()), None), (None, Some(cert.clone()))] {
        let settings = TlsSettings { client_cert: c, client_key: k, ..verifying(&s.ca, IP) };
        let e = TlsContext::new(&settings).unwrap_err();
        assert_eq!(e, ContextError::CertKeyPair);
        assert_eq!(e.text(), "both TLS client certificate and key file must be specified a the same time");
        assert_eq!(e.log_line(), None);
    }
    // Checked before anything is read: even without verification.
    let settings = TlsSettings { client_cert: Some(cert), ..TlsSettings::unverified(IP) };
    assert_eq!(TlsContext::new(&settings).unwrap_err(), ContextError::CertKeyPair);
}

#[test]
fn unusable_ca_files_cannot_make_a_context() {
    let s = setup();
    let missing = s.dir.path("missing.pem");
    let not_pem = s.dir.write("hostname", "rlookup-host\n");
    for path in [missing, not_pem] {
        let e = TlsContext::new(&verifying(&path, IP)).unwrap_err();
        assert!(matches!(&e, ContextError::CaFile { path: p, .. } if *p == path), "{e:?}");
        assert_eq!(e.text(), "TLS context cannot be created");
    }
    // Without verification the CA file is not read (dig reads it only with
    // +tls-ca).
    let settings = TlsSettings { ca_file: Some(s.dir.path("missing.pem")), ..TlsSettings::unverified(IP) };
    assert!(TlsContext::new(&settings).is_ok());
}

#[test]
fn the_system_store_needs_no_file() {
    let settings = TlsSettings { ca_file: None, ..verifying(std::path::Path::new("/unused"), IP) };
    assert!(TlsContext::new(&settings).is_ok());
}

#[test]
fn unusable_client_certificates_and_keys_cannot_make_a_context() {
    let s = setup();
    let leaf = s.pki.leaf(&[NAME]);
    let other = s.pki.leaf(&[NAME]);
    let cert = s.dir.write("client.pem", &leaf.cert_pem);
    let key = s.dir.write("client.key", &leaf.key_pem);
    let wrong_key = s.dir.write("other.key", &other.key_pem);
    let missing = s.dir.path("missing.pem");
    let with = |c: &std::path::Path, k: &std::path::Path| TlsSettings {
        client_cert: Some(c.to_path_buf()),
        client_key: Some(k.to_path_buf()),
        ..verifying(&s.ca, IP)
    };
    assert!(TlsContext::new(&with(&cert, &key)).is_ok());

    let e = TlsContext::new(&with(&missing, &key)).unwrap_err();
    assert!(matches!(e, ContextError::CertFile { .. }), "{e:?}");
    assert_eq!(e.text(), "TLS context cannot be created");
    assert!(e.log_line().unwrap().starts_with(&format!("SSL_CTX_use_certificate_chain_file: '{}' failed: ", missing.display())));

    let e = TlsContext::new(&with(&key, &key)).unwrap_err();
    assert!(matches!(e, ContextError::CertFile { .. }), "a key is no certificate: {e:?}");

    let e = TlsContext::new(&with(&cert, &missing)).unwrap_err();
    assert!(matches!(e, ContextError::KeyFile { .. }), "{e:?}");

    let e = TlsContext::new(&with(&cert, &wrong_key)).unwrap_err();
    assert_eq!(
        e.log_line().unwrap(),
        format!(
            "SSL_CTX_use_PrivateKey_file: '{}' failed: error:05800074:x509 certificate routines::key values mismatch",
            wrong_key.display()
        )
    );
}

#[tokio::test]
async fn dot_to_hickory_keeps_ids_and_pipelines() {
    let s = setup();
    let server = hickory(&s.pki.leaf(&[NAME, IP])).await;
    for name in [IP, NAME] {
        let mut ch = connect_dot(server.tls, &verifying(&s.ca, name)).await.expect("connects");
        assert!(ch.alpn_is_dot());
        assert!(ch.local_addr().is_some());
        // Three queries before any reply; ids as sent.
        for id in [100u16, 200, 300] {
            ch.send(&query(id, "www.example.", RecordType::A), after(10)).await.unwrap();
        }
        let mut ids = Vec::new();
        for _ in 0..3 {
            let reply = decode(&ch.recv(after(10)).await.unwrap());
            assert_eq!(reply.answers.len(), 1);
            ids.push(reply.metadata.id);
        }
        ids.sort();
        assert_eq!(ids, [100, 200, 300]);
        assert!(ch.is_open());
    }
}

#[tokio::test]
async fn unverified_tls_accepts_any_certificate() {
    let s = setup();
    let other = Pki::new("Other CA");
    for leaf in [other.leaf(&["other.test"]), s.pki.expired(&[NAME]), s.pki.future(&[NAME]), self_signed(&[NAME])] {
        let (addr, _) = dot_server(leaf.server_config(&[ALPN_DOT]), DotMode::Answer).await;
        let mut ch = connect_dot(addr, &TlsSettings::unverified(IP)).await.expect("connects without verification");
        ch.send(&query(7, "www.example.", RecordType::A), after(10)).await.unwrap();
        assert_eq!(decode(&ch.recv(after(10)).await.unwrap()).metadata.id, 7);
    }
}

#[tokio::test]
async fn verification_failures_have_openssls_words() {
    let s = setup();
    let other = Pki::new("Other CA");
    let v = |name: &str| verifying(&s.ca, name);
    let good = s.pki.leaf(&[NAME, IP]);
    assert_eq!(verdict(&good, &v(IP)).await, "verified");
    assert_eq!(verdict(&good, &v(NAME)).await, "verified");
    assert_eq!(verdict(&other.leaf(&[NAME, IP]), &v(IP)).await, "unable to get local issuer certificate");
    assert_eq!(verdict(&good, &v("127.0.0.2")).await, "IP address mismatch");
    assert_eq!(verdict(&s.pki.leaf(&[NAME]), &v(IP)).await, "IP address mismatch");
    assert_eq!(verdict(&good, &v("other.test")).await, "hostname mismatch");
    assert_eq!(verdict(&s.pki.leaf(&[IP]), &v(NAME)).await, "hostname mismatch");
    assert_eq!(verdict(&good, &v("not a name")).await, "hostname mismatch");
    assert_eq!(verdict(&s.pki.expired(&[NAME, IP]), &v(IP)).await, "certificate has expired");
    assert_eq!(verdict(&s.pki.future(&[NAME, IP]), &v(IP)).await, "certificate is not yet valid");
    assert_eq!(verdict(&self_signed(&[NAME, IP]), &v(IP)).await, "self-signed certificate");
    // The other CA's own (self-signed) certificate sent after its leaf.
    let chained = other.leaf(&[NAME, IP]).with_chain(std::slice::from_ref(&other.ca_der));
    assert_eq!(verdict(&chained, &v(IP)).await, "self-signed certificate in certificate chain");
}

#[tokio::test]
async fn verification_reports_the_first_failure_in_openssls_order() {
    let s = setup();
    let other = Pki::new("Other CA");
    let v = |name: &str| verifying(&s.ca, name);
    // Name before dates (webpki alone would say "expired").
    assert_eq!(verdict(&s.pki.expired(&[NAME]), &v("other.test")).await, "hostname mismatch");
    assert_eq!(verdict(&s.pki.expired(&[NAME]), &v(IP)).await, "IP address mismatch");
    assert_eq!(verdict(&s.pki.future(&[NAME]), &v("other.test")).await, "hostname mismatch");
    // Trust before dates and names.
    assert_eq!(verdict(&other.expired(&[NAME]), &v(NAME)).await, "unable to get local issuer certificate");
    assert_eq!(verdict(&other.expired(&[NAME]), &v("other.test")).await, "unable to get local issuer certificate");
    assert_eq!(verdict(&other.future(&[NAME]), &v(IP)).await, "unable to get local issuer certificate");
    // Trust before names.
    assert_eq!(verdict(&self_signed(&[NAME]), &v("other.test")).await, "self-signed certificate");
}

#[tokio::test]
async fn the_system_store_does_not_trust_a_private_ca() {
    // No CA file: the system's store (changing SSL_CERT_FILE is not safe
    // in a threaded test run, so only the rejection is checked here).
    let s = setup();
    let good = s.pki.leaf(&[NAME, IP]);
    let system = TlsSettings { ca_file: None, ..verifying(&s.ca, IP) };
    assert_eq!(verdict(&good, &system).await, "unable to get local issuer certificate");
}

#[tokio::test]
async fn nothing_listening_is_connection_refused() {
    let e = connect_dot(closed_port(), &TlsSettings::unverified(IP)).await.unwrap_err();
    assert_eq!(e, ConnectError::Connect(TransportError::Refused));
    assert_eq!(e.dig_path(Kind::Dot), DigPath::A);
    assert_eq!(e.result(Kind::Dot).text(), "connection refused");
}

#[tokio::test]
async fn a_silent_peer_is_a_handshake_timeout() {
    let addr = silent_tcp().await;
    let ctx = TlsContext::new(&TlsSettings::unverified(IP)).unwrap();
    let soon = tokio::time::Instant::now() + std::time::Duration::from_millis(300);
    let e = DotChannel::connect(addr, None, &ctx, after(10), soon).await.unwrap_err();
    assert_eq!(e, ConnectError::HandshakeTimeout);
    assert_eq!(e.dig_path(Kind::Dot), DigPath::C);
    assert_eq!(e.dig_path(Kind::Https), DigPath::A);
    assert_eq!(e.result(Kind::Https).text(), "timed out");
}

#[tokio::test]
async fn a_peer_that_does_not_speak_tls_fails_the_handshake() {
    let addr = clear_text_tcp().await;
    let e = connect_dot(addr, &TlsSettings::unverified(IP)).await.unwrap_err();
    assert_eq!(e, ConnectError::Handshake(TransportError::TlsError));
    assert_eq!(e.dig_path(Kind::Dot), DigPath::C);
    assert_eq!(e.result(Kind::Https).text(), "TLS error");
}

#[tokio::test]
async fn a_server_without_dot_alpn() {
    let s = setup();
    let leaf = s.pki.leaf(&[NAME, IP]);
    // It insists on h2: no_application_protocol, dig's silent path C.
    let (addr, _) = dot_server(leaf.server_config(&[b"h2"]), DotMode::Answer).await;
    let e = connect_dot(addr, &TlsSettings::unverified(IP)).await.unwrap_err();
    assert_eq!(e, ConnectError::Alpn);
    assert_eq!(e.dig_path(Kind::Dot), DigPath::C);
    assert_eq!(e.result(Kind::Dot).text(), "ALPN for DoT failed");
    // It does no ALPN at all: queries work, zone transfers would not.
    let (addr, _) = dot_server(leaf.server_config(&[]), DotMode::Answer).await;
    let mut ch = connect_dot(addr, &TlsSettings::unverified(IP)).await.unwrap();
    assert!(!ch.alpn_is_dot());
    ch.send(&query(9, "www.example.", RecordType::A), after(10)).await.unwrap();
    assert_eq!(decode(&ch.recv(after(10)).await.unwrap()).metadata.id, 9);
}

#[tokio::test]
async fn a_closed_connection_reads_end_of_file_and_is_not_open() {
    let s = setup();
    let leaf = s.pki.leaf(&[NAME, IP]);
    let (addr, _) = dot_server(leaf.server_config(&[ALPN_DOT]), DotMode::AnswerOnceThenClose).await;
    let mut ch = connect_dot(addr, &verifying(&s.ca, IP)).await.unwrap();
    ch.send(&query(1, "www.example.", RecordType::A), after(10)).await.unwrap();
    assert_eq!(decode(&ch.recv(after(10)).await.unwrap()).metadata.id, 1);
    assert_eq!(ch.recv(after(10)).await.unwrap_err(), TransportError::Eof);
    assert!(!ch.is_open());

    let (addr, _) = dot_server(leaf.server_config(&[ALPN_DOT]), DotMode::Close).await;
    let mut ch = connect_dot(addr, &verifying(&s.ca, IP)).await.unwrap();
    assert_eq!(ch.recv(after(10)).await.unwrap_err(), TransportError::Eof);
}

#[tokio::test]
async fn a_read_timeout_leaves_the_channel_usable() {
    let s = setup();
    let leaf = s.pki.leaf(&[NAME, IP]);
    let (addr, _) = dot_server(leaf.server_config(&[ALPN_DOT]), DotMode::Answer).await;
    let mut ch = connect_dot(addr, &verifying(&s.ca, IP)).await.unwrap();
    let soon = tokio::time::Instant::now() + std::time::Duration::from_millis(100);
    assert_eq!(ch.recv(soon).await.unwrap_err(), TransportError::TimedOut);
    assert!(ch.is_open());
    ch.send(&query(5, "www.example.", RecordType::A), after(10)).await.unwrap();
    assert_eq!(decode(&ch.recv(after(10)).await.unwrap()).metadata.id, 5);
}

#[tokio::test]
async fn client_certificates_are_offered_when_asked() {
    let s = setup();
    let server_leaf = s.pki.leaf(&[NAME, IP]);
    let client = s.pki.leaf(&["client.test"]);
    let cert = s.dir.write("client.pem", &client.cert_pem);
    let key = s.dir.write("client.key", &client.key_pem);
    let roots = {
        let mut r = rustls::RootCertStore::empty();
        r.add(s.pki.ca_der.clone()).unwrap();
        Arc::new(r)
    };
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(roots, provider()).build().unwrap();
    let mut config = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(server_leaf.chain.clone(), server_leaf.key.clone_key())
        .unwrap();
    config.alpn_protocols = vec![ALPN_DOT.to_vec()];
    let (addr, _) = dot_server(config, DotMode::Answer).await;

    let with_cert = TlsSettings { client_cert: Some(cert), client_key: Some(key), ..verifying(&s.ca, IP) };
    let mut ch = connect_dot(addr, &with_cert).await.unwrap();
    ch.send(&query(11, "www.example.", RecordType::A), after(10)).await.unwrap();
    assert_eq!(decode(&ch.recv(after(10)).await.unwrap()).metadata.id, 11);

    // Without one, TLS 1.3 shows the refusal only when reading.
    let mut ch = connect_dot(addr, &verifying(&s.ca, IP)).await.unwrap();
    let _ = ch.send(&query(12, "www.example.", RecordType::A), after(10)).await;
    assert_eq!(ch.recv(after(10)).await.unwrap_err(), TransportError::TlsError);
}
