//! Tests of `h3`: DoH3 over real UDP sockets on 127.0.0.1 against
//! hickory-server's HTTP/3 listener (POST only) and an h3 server of our
//! own (GET, statuses), and its certificate and ALPN failures.

use hickory_proto::rr::RecordType;

use super::*;
use crate::transport::https::{DNS_MESSAGE, authority};
use crate::transport::testing::*;
use crate::transport::tls::{CertError, DigPath, Kind, TlsSettings};

struct Setup {
    _dir: TempDir,
    pki: Pki,
    ca: std::path::PathBuf,
}

fn setup() -> Setup {
    let dir = TempDir::new();
    let pki = Pki::new("Test CA");
    let ca = dir.write("ca.pem", &pki.ca_pem);
    Setup { _dir: dir, pki, ca }
}

async fn connect(addr: SocketAddr, settings: &TlsSettings) -> Result<H3Connection, ConnectError> {
    let ctx = TlsContext::new(settings).unwrap();
    H3Connection::connect(addr, None, &ctx, &authority(&settings.verify_name, addr.port()), after(10)).await
}

#[tokio::test]
async fn post_to_hickory_on_one_connection() {
    let s = setup();
    let server = hickory(&s.pki.leaf(&[NAME, IP])).await;
    let c = connect(server.h3, &verifying(&s.ca, NAME)).await.expect("connects");
    for id in [31u16, 32] {
        let reply = c.exchange(&query(id, "www.example.", RecordType::A), Method::Post, DOH_PATH, after(10)).await.unwrap();
        assert_eq!(reply.status, 200);
        let m = decode(&reply.body);
        assert_eq!(m.metadata.id, id);
        assert_eq!(m.answers.len(), 1);
    }
    assert!(c.is_open());
    assert!(c.local_addr().is_some());
}

#[tokio::test]
async fn get_post_and_statuses() {
    let s = setup();
    let (addr, seen) = h3_server(&s.pki.leaf(&[NAME, IP])).await;
    let c = connect(addr, &verifying(&s.ca, IP)).await.unwrap();
    let q = query(2024, "www.example.", RecordType::A);
    for method in [Method::Get, Method::Post] {
        let reply = c.exchange(&q, method, "/dns-query", after(10)).await.unwrap();
        assert_eq!(decode(&reply.body).metadata.id, 2024);
        assert_eq!(reply.content_type.as_deref(), Some(DNS_MESSAGE));
    }
    let e = c.exchange(&q, Method::Get, "/nowhere", after(10)).await.unwrap_err();
    assert_eq!((e.status(), e.result().text()), (Some(404), "failure"));
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0].method, "GET");
    assert_eq!(seen[0].path_and_query, format!("/dns-query?dns={}", data_encoding::BASE64URL_NOPAD.encode(&q)));
    assert_eq!(seen[1].method, "POST");
    assert_eq!(seen[1].content_type.as_deref(), Some(DNS_MESSAGE));
    assert_eq!(seen[1].authority.as_deref(), Some(format!("{IP}:{}", addr.port()).as_str()));
}

#[tokio::test]
async fn certificate_and_alpn_failures() {
    let s = setup();
    let server = hickory(&s.pki.future(&[NAME, IP])).await;
    let e = connect(server.h3, &verifying(&s.ca, IP)).await.unwrap_err();
    assert_eq!(e, ConnectError::Verify(CertError::NotYetValid));
    assert_eq!(e.dig_path(Kind::H3), DigPath::B);
    let e = connect(server.h3, &verifying(&s.ca, "127.0.0.2")).await.unwrap_err();
    assert_eq!(e, ConnectError::Verify(CertError::IpMismatch));
    // A DoQ listener does not speak h3.
    let e = connect(server.quic, &TlsSettings::unverified(IP)).await.unwrap_err();
    assert_eq!(e, ConnectError::Alpn);
    assert_eq!(e.result(Kind::H3).text(), "ALPN for HTTP/2 failed");
}
