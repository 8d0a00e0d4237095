//! delv's main() after parsing: setup failures in delv's order and with
//! its exit statuses, and lookups against closed ports on 127.0.0.1 (the
//! full lookups are tested through the binary, tests/delv.rs).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use super::*;
use crate::render::delv::DelvSink;
use crate::render::{Output, Stream};

/// What was written, to which stream, in order.
type Chunks = Rc<RefCell<Vec<(Stream, Vec<u8>)>>>;

/// Output kept where the test can read it after the session took it.
#[derive(Clone, Default)]
struct Shared {
    chunks: Chunks,
    current: Stream,
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.chunks.borrow_mut().push((self.current, buf.to_vec()));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Output for Shared {
    fn out(&mut self) -> &mut dyn Write {
        self.current = Stream::Out;
        self
    }
    fn err(&mut self) -> &mut dyn Write {
        self.current = Stream::Err;
        self
    }
}

impl Shared {
    fn text(&self, stream: Stream) -> String {
        let bytes: Vec<u8> = self.chunks.borrow().iter().filter(|(s, _)| *s == stream).flat_map(|(_, b)| b.clone()).collect();
        String::from_utf8(bytes).unwrap()
    }
}

fn options() -> Options {
    Options {
        servers: None,
        idn_in: false,
        idn_out: false,
        windows: false,
        concurrency: 1,
        rate: None,
        batch: None,
        transport: None,
        insecure: false,
        compare: false,
        validate: None,
        resolv_conf_error: None,
    }
}

/// delv with these arguments and resolv.conf: (stdout, stderr, status).
fn delv_rc(args: &[&str], rc: &ResolvConf) -> (String, String, i32) {
    delv_opts(args, rc, options())
}

fn delv_opts(args: &[&str], rc: &ResolvConf, opts: Options) -> (String, String, i32) {
    let shared = Shared::default();
    let live = Live::new(Box::new(DelvSink::default()), Box::new(shared.clone()));
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (code, err) = rt.block_on(main(&args, rc, live, opts));
    assert!(err.is_none());
    (shared.text(Stream::Out), shared.text(Stream::Err), code)
}

fn delv(args: &[&str]) -> (String, String, i32) {
    delv_rc(args, &ResolvConf::default())
}

fn closed_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn the_port_is_parsed_before_the_servers() {
    assert_eq!(
        delv(&["-p", "abc", "@127.0.0.1", "x"]),
        ("invalid port 'abc': not a valid number\n".into(), "delv: Couldn't parse port number\n".into(), 1)
    );
    assert_eq!(
        delv(&["-p", "70000", "x"]),
        ("invalid port '70000': out of range\n".into(), "delv: Couldn't parse port number\n".into(), 1)
    );
    // ... and after the grammar's own complaints.
    let (_, err, code) = delv(&["-p", "abc", "+foo"]);
    assert!(err.starts_with("Invalid option: +foo\n") && code == 1);
}

/// A resolv.conf libirs refuses: without `@server` delv says so and goes
/// on with no server (the lookup ends NXDOMAIN, no query sent); with one
/// it never reads the file. BIND 9.18.49's delv in the lab, same file
/// (`nameserver 127.0.0.53 junk`).
#[test]
fn a_resolv_conf_libirs_refuses() {
    let refused =
        || Options { resolv_conf_error: Some(crate::config::resolv_conf::ResolvConfError("unexpected token".into())), ..options() };
    let (_, err, code) = delv_opts(&["www.edge.lab"], &ResolvConf::default(), refused());
    assert_eq!((err.as_str(), code), (";; irs_resconf_load: unexpected token\n;; resolution failed: NXDOMAIN\n", 0));
    let port = closed_port().to_string();
    let (_, err, _) = delv_opts(&["@127.0.0.1", "-p", &port, "+tries=1", "www.edge.lab"], &ResolvConf::default(), refused());
    assert!(!err.contains("irs_resconf_load"), "{err}");
}

#[test]
fn server_families() {
    assert_eq!(delv(&["-6", "@127.0.0.1", "x"]), (String::new(), "delv: Use of IPv4 disabled by -6\n".into(), 1));
    assert_eq!(delv(&["-4", "@::1", "x"]), (String::new(), "delv: Use of IPv6 disabled by -4\n".into(), 1));
}

#[test]
fn anchor_failures() {
    assert_eq!(
        delv(&["-a", "/nonexistent/x.keys", "@127.0.0.1", "x"]),
        (String::new(), "delv: Unable to read key file '/nonexistent/x.keys'\n".into(), 1)
    );
    let dir = std::env::temp_dir().join(format!("rlookup-delv-session-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.keys");
    std::fs::write(&empty, "").unwrap();
    assert_eq!(delv(&["-a", empty.to_str().unwrap(), "@127.0.0.1", "x"]), (String::new(), "delv: No trusted keys were loaded\n".into(), 1));
    let syntax = dir.join("syntax.keys");
    std::fs::write(&syntax, "trust-anchors {\n . static-key 257 3 13 \"AAAA\"\n};\n").unwrap();
    let (out, err, code) = delv(&["-a", syntax.to_str().unwrap(), "@127.0.0.1", "x"]);
    assert_eq!((out.as_str(), code), ("", 1));
    assert!(err.starts_with(&format!(";; {}:3: ", syntax.display())), "{err}");
    assert!(err.ends_with(&format!("delv: Unable to load keys from '{}'\n", syntax.display())), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        delv(&["+root=bad..name", "@127.0.0.1", "x"]),
        (String::new(), ";; failed to convert QNAME bad..name: empty label\n;; setup_dnsseckeys: empty label\n".into(), 0)
    );
    // -i loads no anchors at all.
    let (_, err, code) = delv(&["-i", "-a", "/nonexistent/x.keys", "-p", &closed_port().to_string(), "@127.0.0.1", "x"]);
    assert!(!err.contains("Unable to read"), "{err}");
    assert_eq!(code, 0);
}

#[test]
fn bad_query_names() {
    assert_eq!(delv(&["-i", "@127.0.0.1", "bad..name"]), (String::new(), ";; failed to convert QNAME bad..name: empty label\n".into(), 0));
    let long = format!("{}.lab", "a".repeat(64));
    assert_eq!(delv(&["-i", "@127.0.0.1", &long]), (String::new(), format!(";; failed to convert QNAME {long}: label too long\n"), 0));
    assert_eq!(
        delv(&["-i", "@127.0.0.1", "-x", "1..2"]),
        (String::new(), ";; failed to convert QNAME 2..1.in-addr.arpa.: empty label\n".into(), 0)
    );
}

#[test]
fn a_source_address_in_use() {
    let taken = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    let b = format!("127.0.0.1#{}", taken.local_addr().unwrap().port());
    assert_eq!(delv(&["-b", &b, "@127.0.0.1", "x"]), (String::new(), ";; dns_client_create: address in use\n".into(), 0));
}

#[test]
fn refused_servers() {
    let port = closed_port().to_string();
    assert_eq!(
        delv(&["-i", "-p", &port, "@127.0.0.1", "www.secure.lab"]),
        (
            String::new(),
            format!(";; connection refused resolving 'www.secure.lab/A/IN': 127.0.0.1#{port}\n;; resolution failed: failure\n"),
            0
        )
    );
    // No server in resolv.conf: 127.0.0.1 (and ::1 without -4).
    let rc = ResolvConf { nameservers: Vec::new(), ..ResolvConf::default() };
    assert_eq!(
        delv_rc(&["-4", "-i", "-p", &port, "+rtrace", "www.secure.lab"], &rc),
        (
            String::new(),
            format!(
                ";; fetch: www.secure.lab/A\n;; connection refused resolving 'www.secure.lab/A/IN': 127.0.0.1#{port}\n;; resolution failed: failure\n"
            ),
            0
        )
    );
    // resolv.conf's IPv6 servers are left out with -4, and the fallback is used.
    let rc = ResolvConf { nameservers: vec!["::1".parse().unwrap()], ..ResolvConf::default() };
    let (_, err, _) = delv_rc(&["-4", "-i", "-p", &port, "x"], &rc);
    assert!(err.contains(&format!("127.0.0.1#{port}")) && !err.contains("::1"), "{err}");
}
