//! Encrypted transports end to end: the binary against the servers of
//! `secure_server` (DoT, DoH, clear-text HTTP/2, DoQ, DoH3 with a test CA)
//! in both dialects: dig's options and `;; SERVER:` labels, rlookup's
//! server URLs and `--tls`/`--https`/`--quic`/`--http3`/`--insecure`, one
//! connection for a run's queries, every failure with dig's message and
//! exit status, and JSON, tables and the packet dump over each transport.

use std::net::TcpListener;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::fixtures::EXAMPLE;
use crate::harness::{Output, TempDir, rlookup};
use crate::secure_server::{Cert, NAME, SecureServer};
use crate::server::SilentServer;

fn server() -> SecureServer {
    SecureServer::start(&[EXAMPLE], Cert::Good)
}

/// dig's `;; SERVER:` line.
fn server_line(out: &Output) -> &str {
    out.stdout.lines().find(|l| l.starts_with(";; SERVER:")).unwrap_or_else(|| panic!("no SERVER line in {:?}", out.stdout))
}

const WWW_A: &str = "www.example.test.\t3600\tIN\tA\t192.0.2.80";

#[track_caller]
fn answered(out: &Output, port: u16, label: &str) {
    assert_eq!((out.status, out.stderr.as_str()), (0, ""), "{}", out.stdout);
    assert!(out.stdout.contains(WWW_A), "{}", out.stdout);
    assert_eq!(server_line(out), format!(";; SERVER: 127.0.0.1#{port}(127.0.0.1) ({label})"));
}

#[test]
fn dig_options_choose_each_transport() {
    let s = server();
    let ca = format!("+tls-ca={}", s.ca());
    let cases: &[(&[&str], u16, &str)] = &[
        (&["+tls"], s.tls, "TLS"),
        (&[&ca], s.tls, "TLS"),
        (&["+tls", &ca, &format!("+tls-hostname={NAME}")], s.tls, "TLS"),
        (&["+https", &ca], s.https, "HTTPS"),
        (&["+https-get", &ca], s.https, "HTTPS-GET"),
        (&["+https-post", &ca], s.https, "HTTPS"),
        (&["+http-plain"], s.http, "HTTP"),
        (&["+http-plain-get"], s.http, "HTTP-GET"),
        (&["+quic", &ca], s.quic, "QUIC"),
        (&["+http3", &ca], s.h3, "HTTP/3"),
    ];
    for (opts, port, label) in cases {
        let port_text = port.to_string();
        let mut args = vec!["--dig", "@127.0.0.1", "-p", &port_text, "www.example.test"];
        args.extend_from_slice(opts);
        answered(&rlookup(&args).run(), *port, label);
    }
    let requests = s.requests();
    assert!(requests.iter().any(|r| r.starts_with("GET /dns-query?dns=")), "{requests:?}");
    assert!(requests.iter().any(|r| r == "POST /dns-query"), "{requests:?}");
}

#[test]
fn default_ports_are_the_transports() {
    // No -p: 853, 443, 80 (nothing listens on 127.0.0.1 there in the
    // tests, so the connection is refused at that port).
    for (opt, port) in [("+tls", 853), ("+https", 443), ("+http-plain", 80), ("+quic", 853), ("+http3", 443)] {
        if TcpListener::bind(("127.0.0.1", port)).is_err() {
            continue; // something of this machine's holds the port
        }
        let out = rlookup(&["--dig", "@127.0.0.1", "+tries=1", "+time=1", opt, "x.test"]).run();
        assert!(out.stdout.contains(&format!("127.0.0.1#{port}(127.0.0.1)")), "{opt}: {}", out.stdout);
        assert_eq!(out.status, 9, "{opt}");
    }
}

#[test]
fn server_urls_in_dig_check_the_certificate() {
    let s = server();
    let urls = [
        (format!("tls://127.0.0.1:{}", s.tls), s.tls, "TLS"),
        (format!("https://127.0.0.1:{}/dns-query", s.https), s.https, "HTTPS"),
        (format!("https://127.0.0.1:{}", s.https), s.https, "HTTPS"),
        (format!("http://127.0.0.1:{}", s.http), s.http, "HTTP"),
        (format!("quic://127.0.0.1:{}", s.quic), s.quic, "QUIC"),
        (format!("h3://127.0.0.1:{}", s.h3), s.h3, "HTTP/3"),
        (format!("tcp://127.0.0.1:{}", s.dns.port()), s.dns.port(), "TCP"),
        (format!("udp://127.0.0.1:{}", s.dns.port()), s.dns.port(), "UDP"),
    ];
    for (url, port, label) in &urls {
        let at = format!("@{url}");
        // The "system" store holds the test CA.
        let out = rlookup(&["--dig", &at, "www.example.test"]).env("SSL_CERT_FILE", s.ca()).run();
        answered(&out, *port, label);
    }
    // A store without it: the certificate is refused (dig's message,
    // dig's status 0), unless --insecure.
    let (url, port, _) = &urls[0];
    let at = format!("@{url}");
    let out = rlookup(&["--dig", &at, "www.example.test"]).env("SSL_CERT_FILE", s.other_ca.to_str().unwrap()).run();
    let refused = format!(";; TLS peer certificate verification for 127.0.0.1#{port} failed: unable to get local issuer certificate\n");
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.status), (refused.as_str(), "", 0));
    let out = rlookup(&["--dig", "--insecure", &at, "www.example.test"]).env("SSL_CERT_FILE", s.other_ca.to_str().unwrap()).run();
    answered(&out, *port, "TLS");
    // --tls and friends are the dig options they name.
    let port_text = s.quic.to_string();
    let ca = format!("+tls-ca={}", s.ca());
    answered(&rlookup(&["--quic", "@127.0.0.1", "-p", &port_text, "www.example.test", &ca]).run(), s.quic, "QUIC");
    let url = format!("--http3=h3://127.0.0.1:{}/dns-query", s.h3);
    answered(&rlookup(&["--dig", &url, "www.example.test"]).env("SSL_CERT_FILE", s.ca()).run(), s.h3, "HTTP/3");
}

#[test]
fn bad_server_urls_are_usage_errors() {
    for (url, why) in [
        ("@gopher://127.0.0.1", "unknown scheme 'gopher' (udp, tcp, tls, https, http, quic, h3)"),
        ("@tls://127.0.0.1:99999", "'99999' is not a port"),
        ("@tls://127.0.0.1/path", "a tls:// server has no path (/path)"),
        ("@https://127.0.0.1/no%zz", "'/no%zz' is not a valid absolute path"),
    ] {
        let out = rlookup(&["--dig", url, "x.test"]).run();
        assert_eq!((out.stdout.as_str(), out.status), ("", 1), "{url}");
        assert_eq!(out.stderr, format!("dig: bad server URL '{}': {why}\n", &url[1..]), "{url}");
    }
    let out = rlookup(&["--https=tls://127.0.0.1", "x.test"]).run();
    assert_eq!(out.stderr, "rlookup: --https: 'tls://127.0.0.1' is not a URL for this transport\n");
    assert_eq!(out.status, 1);
    let out = rlookup(&["x.test", "quic://[::1"]).run();
    assert_eq!((out.stderr.as_str(), out.status), ("nslookup: bad server URL 'quic://[::1': an IPv6 address without its ']'\n", 1));
}

#[test]
fn nslookup_takes_urls_and_transport_options() {
    let s = server();
    let expect =
        |port: u16| format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{port}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n\n");
    for (how, port) in [
        (vec![format!("tls://127.0.0.1:{}", s.tls)], s.tls),
        (vec![format!("https://127.0.0.1:{}/dns-query", s.https)], s.https),
        (vec![format!("quic://127.0.0.1:{}", s.quic)], s.quic),
        (vec![format!("h3://127.0.0.1:{}", s.h3)], s.h3),
        (vec!["--tls".into(), format!("-port={}", s.tls), "127.0.0.1".into()], s.tls),
        (vec!["--quic".into(), format!("-port={}", s.quic), "127.0.0.1".into()], s.quic),
        (vec![format!("--https=https://127.0.0.1:{}/dns-query", s.https)], s.https),
    ] {
        let mut args = vec!["www.example.test".to_string()];
        // Options before the name, servers after it.
        let (opts, servers): (Vec<_>, Vec<_>) = how.into_iter().partition(|a| a.starts_with('-'));
        args.splice(0..0, opts);
        args.extend(servers);
        let out = rlookup(&args).env("SSL_CERT_FILE", s.ca()).run();
        assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.status), (expect(port).as_str(), "", 0), "{args:?}");
    }
    // Without the port: the transport's (853 here), as `server` shows it.
    let out = rlookup(&["--tls"]).stdin("server 127.0.0.1\nserver https://127.0.0.1\nserver udp://127.0.0.1\n").run();
    assert_eq!(
        out.stdout,
        "Default server: 127.0.0.1\nAddress: 127.0.0.1#853\nDefault server: 127.0.0.1\nAddress: 127.0.0.1#443\nDefault server: 127.0.0.1\nAddress: 127.0.0.1#53\n\n"
    );
}

#[test]
fn one_connection_serves_a_run() {
    let s = server();
    // nslookup's A then AAAA: one TLS session.
    let url = format!("tls://127.0.0.1:{}", s.tls);
    let out = rlookup(&["dual.example.test", &url]).env("SSL_CERT_FILE", s.ca()).run();
    assert!(out.stdout.contains("Address: 192.0.2.81\n") && out.stdout.contains("Address: 2001:db8::81\n"), "{}", out.stdout);
    assert_eq!(s.seen.dot_connections.load(Ordering::SeqCst), 1);
    // dig: several lookups of one command line, and a batch file's lines.
    let at = format!("@tls://127.0.0.1:{}", s.tls);
    let out = rlookup(&["--dig", "--concurrency=1", &at, "+short", "www.example.test", "mail.example.test", "dual.example.test", "aaaa"])
        .env("SSL_CERT_FILE", s.ca())
        .run();
    assert_eq!(out.stdout, "192.0.2.80\n192.0.2.25\n2001:db8::81\n");
    assert_eq!(s.seen.dot_connections.load(Ordering::SeqCst), 2);
    let dir = TempDir::new("batch");
    let batch = dir.0.join("names");
    std::fs::write(&batch, "www.example.test\nmail.example.test\nmulti.example.test\n").unwrap();
    let https = format!("@https://127.0.0.1:{}", s.https);
    let out = rlookup(&["--dig", &https, "+short", "-f", batch.to_str().unwrap(), "--concurrency=1"]).env("SSL_CERT_FILE", s.ca()).run();
    assert_eq!(out.stdout.lines().count(), 5, "{}", out.stdout);
    assert_eq!(s.seen.http_connections.load(Ordering::SeqCst), 1);
    assert_eq!(s.requests().len(), 3);
    // Concurrent lookups wait for the first one's HTTP/2 connection and
    // share it.
    let out = rlookup(&["--dig", &https, "+short", "-f", batch.to_str().unwrap()]).env("SSL_CERT_FILE", s.ca()).run();
    assert_eq!(out.stdout.lines().count(), 5, "{}", out.stdout);
    assert_eq!(s.seen.http_connections.load(Ordering::SeqCst), 2);
    assert_eq!(s.requests().len(), 6);
    // A concurrent batch over DoT: its lookups pipeline their queries on
    // one connection.
    let out = rlookup(&["--dig", &at, "+short", "-f", batch.to_str().unwrap()]).env("SSL_CERT_FILE", s.ca()).run();
    assert_eq!(out.stdout.lines().count(), 5, "{}", out.stdout);
    assert_eq!(s.seen.dot_connections.load(Ordering::SeqCst), 3);
}

/// Accepts TCP connections, reads what the client says first (a TLS
/// ClientHello), then resets the connection. (A reset right at accept
/// races with the client's connect, in dig too: path A or silent.)
fn resetting() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut c in l.incoming().flatten() {
            let mut hello = [0u8; 512];
            let _ = std::io::Read::read(&mut c, &mut hello);
            let _ = socket2::SockRef::from(&c).set_linger(Some(Duration::ZERO));
        }
    });
    port
}

#[test]
fn failures_are_digs() {
    let s = server();
    let expired = SecureServer::start(&[EXAMPLE], Cert::Expired);
    let self_signed = SecureServer::start(&[EXAMPLE], Cert::SelfSigned);
    let silent = SilentServer::start();
    let closed = crate::server::closed_port();
    let reset = resetting();
    let ca = format!("+tls-ca={}", s.ca());
    let other = format!("+tls-ca={}", s.other_ca.to_str().unwrap());
    // dig prints a certificate it refuses on stdout, exit status 0.
    let verify = |port: u16, why: &str| format!(";; TLS peer certificate verification for 127.0.0.1#{port} failed: {why}\n");
    let no_servers = |port: u16, why: &str| {
        format!(";; Connection to 127.0.0.1#{port}(127.0.0.1) for www.example.test failed: {why}.\n;; no servers could be reached\n")
    };
    let cases: Vec<(Vec<String>, u16, String, String, i32)> = vec![
        // Nothing listening, a reset, a black hole: like TCP.
        (vec!["+tls".into()], closed, no_servers(closed, "connection refused"), String::new(), 9),
        // A reset in the middle of the TLS handshake: silent, exit 0, as
        // dig's DoT (path C); over HTTPS a failed connection (path A).
        (vec!["+tls".into()], reset, String::new(), String::new(), 0),
        (vec!["+https".into()], reset, no_servers(reset, "connection reset"), String::new(), 9),
        // A DoT handshake that never completes: dig says nothing and
        // exits 0 (its netmgr cancels the connect; research notes, path C).
        (vec!["+tls".into(), "+time=1".into()], silent.port(), String::new(), String::new(), 0),
        // Certificates: another name, another address, an unknown CA,
        // expired, self-signed.
        (vec![ca.clone(), "+tls-hostname=other.test".into()], s.tls, verify(s.tls, "hostname mismatch"), String::new(), 0),
        (vec![ca.clone(), "+tls-hostname=127.0.0.9".into()], s.tls, verify(s.tls, "IP address mismatch"), String::new(), 0),
        (vec![other.clone()], s.tls, verify(s.tls, "unable to get local issuer certificate"), String::new(), 0),
        (vec![format!("+tls-ca={}", expired.ca())], expired.tls, verify(expired.tls, "certificate has expired"), String::new(), 0),
        (vec![ca.clone()], self_signed.tls, verify(self_signed.tls, "self-signed certificate"), String::new(), 0),
        (
            vec![format!("+tls-ca={}", expired.ca()), "+quic".into()],
            expired.quic,
            verify(expired.quic, "certificate has expired"),
            String::new(),
            0,
        ),
        // Another CA of the same name: the signature does not verify.
        (vec![ca.clone()], expired.tls, verify(expired.tls, "certificate signature failure"), String::new(), 0),
    ];
    for (opts, port, stdout, stderr, status) in cases.iter().map(|(o, p, out, err, st)| (o.clone(), *p, out.clone(), err.clone(), *st)) {
        let port_text = port.to_string();
        let mut args: Vec<String> =
            ["--dig", "+nocmd", "+tries=1", "@127.0.0.1", "-p", &port_text, "www.example.test"].map(String::from).into();
        args.extend(opts);
        let out = rlookup(&args).run();
        assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.status), (stdout.as_str(), stderr.as_str(), status), "{args:?}");
    }
    // An HTTP error (the wrong endpoint): a communications error per try.
    let port_text = s.https.to_string();
    let out = rlookup(&["--dig", "+nocmd", "+tries=2", "@127.0.0.1", "-p", &port_text, "+https=/nowhere", &ca, "www.example.test"]).run();
    let comm = format!(";; communications error to 127.0.0.1#{}: failure\n", s.https);
    assert_eq!(out.stdout, format!("{comm}{comm};; no servers could be reached\n"));
    assert_eq!(out.status, 9);
    // TLS to a server that does not speak it (clear-text HTTP/2): the
    // handshake fails, silently as in dig (path C).
    let port_text = s.http.to_string();
    let out = rlookup(&["--dig", "+nocmd", "+tries=1", "@127.0.0.1", "-p", &port_text, "+tls", "www.example.test"]).run();
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.status), ("", "", 0));
    // ... and HTTPS to it: a TLS error, as a failed connection (path A).
    let out = rlookup(&["--dig", "+nocmd", "+tries=1", "@127.0.0.1", "-p", &port_text, "+https", "www.example.test"]).run();
    assert_eq!(out.stdout, no_servers(s.http, "TLS error"));
    assert_eq!(out.status, 9);
}

#[test]
fn every_output_format_over_every_transport() {
    let s = server();
    let ca = format!("+tls-ca={}", s.ca());
    for (opt, port, protocol) in
        [("+tls", s.tls, "TLS"), ("+https", s.https, "HTTPS"), ("+quic", s.quic, "QUIC"), ("+http3", s.h3, "HTTP/3")]
    {
        let port_text = port.to_string();
        let base = ["--dig", "@127.0.0.1", "-p", &port_text, opt, &ca, "www.example.test"];
        let json = rlookup(&[&["--json"][..], &base].concat()).run();
        assert_eq!(json.status, 0, "{opt}: {}", json.stderr);
        let doc: serde_json::Value = serde_json::from_str(json.stdout.trim()).expect("one JSON document");
        assert_eq!(doc["rlookup"]["protocol"], protocol, "{opt}: {doc}");
        assert_eq!(doc["rlookup"]["port"], port, "{opt}");
        assert_eq!(doc["answerRRs"][0]["rdataA"], "192.0.2.80", "{opt}: {doc}");
        let table = rlookup(&[&["--table", "--color=never"][..], &base].concat()).run();
        assert!(table.stdout.contains("192.0.2.80"), "{opt}: {}", table.stdout);
        let dump = rlookup(&[&["--dump"][..], &base].concat()).run();
        assert!(dump.stdout.contains(WWW_A), "{opt}");
        assert!(dump.stdout.contains("decrypted"), "{opt}: the dump says the messages were decrypted: {}", dump.stdout);
    }
    // The pcap file holds the decrypted messages.
    let dir = TempDir::new("pcap");
    let pcap = dir.0.join("tls.pcap");
    let port_text = s.tls.to_string();
    let out = rlookup(&[&format!("--dump={}", pcap.display()), "--dig", "@127.0.0.1", "-p", &port_text, "+tls", "www.example.test"]).run();
    assert_eq!(out.status, 0, "{}", out.stderr);
    let bytes = std::fs::read(&pcap).expect("the pcap file");
    assert!(bytes.windows(16).any(|w| w == b"\x03www\x07example\x04test\x00"[..16].as_ref()), "the query name is in the capture");
}

#[test]
fn delv_refuses_encrypted_transports() {
    let out = rlookup(&["--delv", "--tls", "@127.0.0.1", "x.test"]).run();
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str(), out.status),
        ("", "rlookup: --tls, --https, --quic and --http3 are not available in the delv dialect (delv asks over UDP and TCP)\n", 1)
    );
}
