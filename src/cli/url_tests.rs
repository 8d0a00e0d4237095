//! Tests of server URL parsing (`url.rs`).

use super::*;

fn url(text: &str) -> ServerUrl {
    parse(text).expect("a URL").expect("a good one")
}

#[test]
fn urls() {
    assert_eq!(parse("127.0.0.53"), None);
    assert_eq!(url("tls://127.0.0.53"), ServerUrl { host: "127.0.0.53".into(), port: None, transport: UrlTransport::Tls });
    assert_eq!(url("quic://127.6.1.1:8853").port, Some(8853));
    assert_eq!(url("https://dns.lab/q").transport, UrlTransport::Https { path: "/q".into() });
    assert_eq!(url("HTTPS://dns.lab").transport, UrlTransport::Https { path: "/dns-query".into() });
    assert_eq!(
        url("h3://[::1]:443/dns-query"),
        ServerUrl { host: "::1".into(), port: Some(443), transport: UrlTransport::H3 { path: "/dns-query".into() } }
    );
    assert_eq!(url("tcp://::1").host, "::1");
    assert_eq!(url("http://127.0.0.1:8080").transport, UrlTransport::Http { path: "/dns-query".into() });
    for bad in ["gopher://x", "tls://", "tls://x:99999", "tls://x/path", "https://[::1"] {
        assert!(parse(bad).is_some_and(|r| r.is_err()), "{bad}");
    }
}

#[test]
fn transports_as_dig_options_set_them() {
    let mut s = SecureTransport::default();
    assert!(url("https://x/p").apply(&mut s));
    assert_eq!((s.https_mode, s.http_plain, s.https_path.as_deref()), (true, false, Some("/p")));
    assert!(url("tls://x").apply(&mut s));
    assert!(s.tls_mode && !s.https_mode, "the URL's transport replaces the previous one");
    assert!(!url("udp://x").apply(&mut s));
    assert!(url("quic://x").apply(&mut s) && s.quic);
    // Encrypted transports check the certificate (with the CA file given
    // before, if any); the others do not.
    s.tls_ca_file = Some("/ca.pem".into());
    assert!(url("h3://x").apply(&mut s) && s.tls_ca_set && s.tls_ca_file.as_deref() == Some("/ca.pem"));
    assert!(url("http://x").apply(&mut s) && !s.tls_ca_set && s.stream() == crate::plan::StreamTransport::HttpPlain);
    assert!(url("tcp://x").apply(&mut s) && !s.tls_ca_set && s.stream() == crate::plan::StreamTransport::Tcp);
}

#[test]
fn http_paths() {
    for ok in ["/", "/dns-query", "/a/b/", "/a%20b", "/%4", "/~x/:@!$&'()*+,;="] {
        assert!(http_path_is_valid(ok.as_bytes()), "{ok}");
    }
    for bad in ["", "dns-query", "//x", "/a b", "/%zz", "/a?b", "/a#b"] {
        assert!(!http_path_is_valid(bad.as_bytes()), "{bad}");
    }
}
