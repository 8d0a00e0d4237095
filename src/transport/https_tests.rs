//! Tests of `https`: DoH on HTTP/2 over TLS and in clear text, POST and
//! GET, statuses and failures, over real sockets on 127.0.0.1 against
//! hickory-server and our own HTTP/2 server (`testing::h2_server`).

use hickory_proto::rr::RecordType;

use super::*;
use crate::transport::testing::*;
use crate::transport::tls::{DigPath, Kind, TlsSettings};

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

async fn connect(addr: SocketAddr, settings: &TlsSettings) -> Result<DohConnection, ConnectError> {
    let ctx = TlsContext::new(settings).expect("context");
    DohConnection::connect_tls(addr, None, &ctx, &authority(&settings.verify_name, addr.port()), after(10), after(10)).await
}

#[test]
fn the_authority_is_the_server_as_typed_and_the_port() {
    assert_eq!(authority("127.0.0.1", 443), "127.0.0.1:443");
    assert_eq!(authority("dns.test", 8443), "dns.test:8443");
    assert_eq!(authority("::1", 443), "[::1]:443");
}

#[test]
fn requests_are_what_bind_sends() {
    let q = query(0x1234, "www.example.", RecordType::A);
    let post = request("https", "dns.test:443", "/dns-query", Method::Post, &q).unwrap();
    assert_eq!(post.method(), http::Method::POST);
    assert_eq!(post.uri().to_string(), "https://dns.test:443/dns-query");
    assert_eq!(post.headers()["content-type"], DNS_MESSAGE);
    assert_eq!(post.headers()["accept"], DNS_MESSAGE);
    assert_eq!(post.headers()["content-length"], q.len().to_string().as_str());
    assert_eq!(post.headers()["cache-control"], "no-cache, no-store, must-revalidate");
    let get = request("http", "127.0.0.1:80", "/q", Method::Get, &[0xfb, 0xff, 0x01]).unwrap();
    assert_eq!(get.method(), http::Method::GET);
    // base64url, no padding ("+/8B" in base64).
    assert_eq!(get.uri().to_string(), "http://127.0.0.1:80/q?dns=-_8B");
    assert!(get.headers().get("content-type").is_none());
}

#[tokio::test]
async fn post_to_hickory_keeps_the_id_on_one_connection() {
    let s = setup();
    let server = hickory(&s.pki.leaf(&[NAME, IP])).await;
    for name in [IP, NAME] {
        let c = connect(server.https, &verifying(&s.ca, name)).await.expect("connects");
        for id in [77u16, 78, 79] {
            let reply = c.exchange(&query(id, "www.example.", RecordType::A), Method::Post, DOH_PATH, after(10)).await.unwrap();
            assert_eq!(reply.status, 200);
            assert_eq!(reply.content_type.as_deref(), Some(DNS_MESSAGE));
            let m = decode(&reply.body);
            assert_eq!(m.metadata.id, id);
            assert_eq!(m.answers.len(), 1);
        }
        assert!(c.is_open());
    }
}

#[tokio::test]
async fn get_and_post_over_tls_reach_the_path_with_the_authority() {
    let s = setup();
    let leaf = s.pki.leaf(&[NAME, IP]);
    let (addr, seen) = h2_server(Some(leaf.server_config(&[ALPN_H2]))).await;
    let c = connect(addr, &verifying(&s.ca, NAME)).await.unwrap();
    let q = query(4321, "www.example.", RecordType::A);
    for method in [Method::Get, Method::Post] {
        let reply = c.exchange(&q, method, "/dns-query", after(10)).await.unwrap();
        assert_eq!(decode(&reply.body).metadata.id, 4321);
    }
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].method, "GET");
    assert_eq!(seen[0].path_and_query, format!("/dns-query?dns={}", data_encoding::BASE64URL_NOPAD.encode(&q)));
    assert_eq!(seen[0].content_type, None);
    assert_eq!(seen[1].method, "POST");
    assert_eq!(seen[1].path_and_query, "/dns-query");
    assert_eq!(seen[1].content_type.as_deref(), Some(DNS_MESSAGE));
    for r in &seen {
        assert_eq!(r.authority.as_deref(), Some(format!("{NAME}:{}", addr.port()).as_str()));
        assert_eq!(r.accept.as_deref(), Some(DNS_MESSAGE));
    }
}

#[tokio::test]
async fn statuses_other_than_2xx_are_failures_with_their_code() {
    let s = setup();
    let (addr, _) = h2_server(Some(s.pki.leaf(&[NAME, IP]).server_config(&[ALPN_H2]))).await;
    let c = connect(addr, &verifying(&s.ca, IP)).await.unwrap();
    let q = query(1, "www.example.", RecordType::A);
    for method in [Method::Post, Method::Get] {
        let e = c.exchange(&q, method, "/nowhere", after(10)).await.unwrap_err();
        assert_eq!(e.status(), Some(404));
        assert_eq!(e.result(), TransportError::Failure);
        assert_eq!(e.result().text(), "failure");
        assert!(matches!(&e, HttpError::Status { body, .. } if body == b"no such endpoint"));
    }
    // A 2xx reply is the body, whatever its type (BIND does not insist).
    let reply = c.exchange(&q, Method::Post, "/ctype", after(10)).await.unwrap();
    assert_eq!((reply.status, reply.content_type.as_deref(), &reply.body[..]), (200, Some("text/plain"), &b"hello"[..]));
    // A stream the server resets: BIND's failure too.
    let e = c.exchange(&q, Method::Post, "/reset", after(10)).await.unwrap_err();
    assert_eq!(e, HttpError::Transport(TransportError::Failure));
    // The connection survives all of it.
    assert!(c.exchange(&q, Method::Get, "/dns-query", after(10)).await.is_ok());
}

#[tokio::test]
async fn clear_text_http2_with_prior_knowledge() {
    let (addr, seen) = h2_server(None).await;
    let c = DohConnection::connect_plain(addr, None, &authority(IP, addr.port()), after(10), after(10)).await.unwrap();
    for (id, method) in [(5u16, Method::Post), (6, Method::Get)] {
        let reply = c.exchange(&query(id, "www.example.", RecordType::A), method, "/dns-query", after(10)).await.unwrap();
        assert_eq!(decode(&reply.body).metadata.id, id);
    }
    assert_eq!(seen.lock().unwrap().len(), 2);
    assert_eq!(seen.lock().unwrap()[0].authority.as_deref(), Some(format!("{IP}:{}", addr.port()).as_str()));
}

#[tokio::test]
async fn a_server_that_ends_the_connection_is_not_open() {
    let (addr, _) = h2_server(None).await;
    let c = DohConnection::connect_plain(addr, None, &authority(IP, addr.port()), after(10), after(10)).await.unwrap();
    let q = query(5, "www.example.", RecordType::A);
    assert!(c.exchange(&q, Method::Post, "/close", after(10)).await.is_ok());
    let deadline = after(10);
    while c.is_open() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(!c.is_open());
    assert!(c.exchange(&q, Method::Post, "/dns-query", after(10)).await.is_err());
}

#[tokio::test]
async fn connection_failures_take_digs_path_a() {
    let s = setup();
    let leaf = s.pki.leaf(&[NAME, IP]);
    let unverified = TlsSettings::unverified(IP);
    // Nothing listening.
    let e = connect(closed_port(), &unverified).await.unwrap_err();
    assert_eq!((e.dig_path(Kind::Https), e.result(Kind::Https).text()), (DigPath::A, "connection refused"));
    // A DoT-only server (ALPN dot): "ALPN for HTTP/2 failed".
    let server = hickory(&leaf).await;
    let e = connect(server.tls, &unverified).await.unwrap_err();
    assert_eq!(e, ConnectError::Alpn);
    assert_eq!((e.dig_path(Kind::Https), e.result(Kind::Https).text()), (DigPath::A, "ALPN for HTTP/2 failed"));
    // A TLS server that negotiates no ALPN at all: the same.
    let (addr, _) = dot_server(leaf.server_config(&[]), DotMode::Answer).await;
    assert_eq!(connect(addr, &unverified).await.unwrap_err(), ConnectError::Alpn);
    // TLS to a clear-text HTTP/2 port: "TLS error".
    let (h2c, _) = h2_server(None).await;
    let e = connect(h2c, &unverified).await.unwrap_err();
    assert_eq!((e.dig_path(Kind::Https), e.result(Kind::Https).text()), (DigPath::A, "TLS error"));
    // A peer that never answers the handshake: "timed out".
    let silent = silent_tcp().await;
    let ctx = TlsContext::new(&unverified).unwrap();
    let soon = tokio::time::Instant::now() + std::time::Duration::from_millis(300);
    let e = DohConnection::connect_tls(silent, None, &ctx, "x:1", after(10), soon).await.unwrap_err();
    assert_eq!((e.dig_path(Kind::Https), e.result(Kind::Https).text()), (DigPath::A, "timed out"));
}

#[tokio::test]
async fn certificate_failures_take_digs_path_b() {
    let s = setup();
    let (addr, _) = h2_server(Some(s.pki.expired(&[NAME, IP]).server_config(&[ALPN_H2]))).await;
    let e = connect(addr, &verifying(&s.ca, "other.test")).await.unwrap_err();
    assert_eq!(e, ConnectError::Verify(crate::transport::tls::CertError::HostnameMismatch));
    assert_eq!(e.dig_path(Kind::Https), DigPath::B);
    let e = connect(addr, &verifying(&s.ca, IP)).await.unwrap_err();
    assert_eq!(e, ConnectError::Verify(crate::transport::tls::CertError::Expired));
}

#[tokio::test]
async fn clear_text_to_a_tls_port_fails_on_reading() {
    // dig +http-plain -p 853: path D, "end of file".
    let s = setup();
    let server = hickory(&s.pki.leaf(&[NAME, IP])).await;
    let c = DohConnection::connect_plain(server.tls, None, &authority(IP, server.tls.port()), after(10), after(10))
        .await
        .expect("h2c does not wait for the server");
    let e = c.exchange(&query(1, "www.example.", RecordType::A), Method::Post, "/dns-query", after(10)).await.unwrap_err();
    // The server's alert and close arrive as end of file; were it to reset
    // the connection instead, that is dig's other (racy) outcome.
    assert!(matches!(e, HttpError::Transport(TransportError::Eof | TransportError::Reset)), "{e:?}");
}

#[tokio::test]
async fn a_silent_server_times_out_reading() {
    let addr = silent_tcp().await;
    let c = DohConnection::connect_plain(addr, None, "x:1", after(10), after(10)).await.unwrap();
    let soon = tokio::time::Instant::now() + std::time::Duration::from_millis(300);
    let e = c.exchange(&query(1, "www.example.", RecordType::A), Method::Get, "/dns-query", soon).await.unwrap_err();
    assert_eq!(e.result().text(), "timed out");
}
