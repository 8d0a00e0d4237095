//! Arguments and input that are not UTF-8 (issue 13): BIND's clients take
//! them as bytes, so `dig $'\xff\xfe\x80bad'` asks for the label
//! `\255\254\128bad` and messages quote the argument's own bytes. Each test
//! runs the built binary with such bytes against a raw server on 127.0.0.1
//! that records the queries it gets, and checks the query's bytes and the
//! output's bytes. The expected texts are BIND 9.18.49's in the lab (the
//! `bytes-*` cases of tests/lab/*-bytes-cases.txt).

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::sync::{Arc, Mutex};

use crate::harness::{RawOutput, rlookup_os};
use crate::server::{RawServer, reply};

/// The name's label that is not UTF-8.
const BAD: &[u8] = b"\xff\xfe\x80bad";

/// An argument from bytes.
fn arg(b: &[u8]) -> OsString {
    OsString::from_vec(b.to_vec())
}

/// Arguments, each as bytes.
fn args(list: &[&[u8]]) -> Vec<OsString> {
    list.iter().map(|a| arg(a)).collect()
}

/// A server on 127.0.0.1 answering every query with `answer`, and the
/// queries it got.
fn recording(answer: fn(&[u8]) -> Vec<u8>) -> (RawServer, Arc<Mutex<Vec<Vec<u8>>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    let server = RawServer::start(move |q| {
        seen.lock().unwrap().push(q.to_vec());
        vec![answer(q)]
    });
    (server, log)
}

/// 192.0.2.80 for whatever was asked (QR, AA, RD, RA).
fn answer(q: &[u8]) -> Vec<u8> {
    reply::with(q, [q[0], q[1]], 0x8580, Some([192, 0, 2, 80]))
}

/// NXDOMAIN for whatever was asked (QR, AA, RD, RA).
fn nxdomain(q: &[u8]) -> Vec<u8> {
    reply::with(q, [q[0], q[1]], 0x8583, None)
}

/// The labels of a query's question name.
fn qname(q: &[u8]) -> Vec<Vec<u8>> {
    let mut labels = Vec::new();
    let mut i = 12;
    while q[i] != 0 {
        let n = usize::from(q[i]);
        labels.push(q[i + 1..i + 1 + n].to_vec());
        i += n + 1;
    }
    labels
}

/// Asserts stdout, stderr and exit status as bytes, showing them escaped.
#[track_caller]
fn expect_bytes(out: &RawOutput, stdout: &[u8], stderr: &[u8], status: i32) {
    if out.stdout != stdout || out.stderr != stderr || out.status != status {
        panic!(
            "\n--- expected stdout ---\n{}\n--- actual stdout ---\n{}\n--- expected stderr ---\n{}\n--- actual stderr ---\n{}\n--- status: expected {status}, got {}\n",
            stdout.escape_ascii(),
            out.stdout.escape_ascii(),
            stderr.escape_ascii(),
            out.stderr.escape_ascii(),
            out.status
        );
    }
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

#[test]
fn dig_asks_for_the_bytes_of_the_name() {
    let (s, log) = recording(answer);
    let port = s.port().to_string();
    let out = rlookup_os(args(&[b"@127.0.0.1", b"-p", port.as_bytes(), b"+noall", b"+question", b"+answer", BAD])).argv0("dig").run_bytes();
    expect_bytes(&out, b";\\255\\254\\128bad.\t\tIN\tA\n\\255\\254\\128bad.\t300\tIN\tA\t192.0.2.80\n", b"", 0);
    let queries = log.lock().unwrap();
    assert_eq!(queries.len(), 1);
    assert_eq!(qname(&queries[0]), vec![BAD.to_vec()]);
}

#[test]
fn dig_greeting_quotes_the_arguments_bytes() {
    let (s, log) = recording(nxdomain);
    let port = s.port().to_string();
    // Bytes that are not UTF-8, and U+EF80 typed as UTF-8 (EE BE 80), which
    // must stay three bytes and not become the byte 0x80.
    let name: &[u8] = b"a\xc3\xa9\xff\xee\xbe\x80.b";
    let out = rlookup_os(args(&[b"@127.0.0.1", b"-p", port.as_bytes(), b"+nocomments", b"+nostats", b"-t", b"\xff", name]))
        .argv0("dig")
        .run_bytes();
    let greeting = cat(&[
        b"\n; <<>> ",
        rlookup::VERSION_TEXT.as_bytes(),
        b" <<>> @127.0.0.1 -p ",
        port.as_bytes(),
        b" +nocomments +nostats -t \xff a\xc3\xa9\xff\xee\xbe\x80.b\n; (1 server found)\n;; global options: +cmd\n",
    ]);
    expect_bytes(&out, &cat(&[&greeting, b";a\\195\\169\\255\\238\\190\\128.b.\tIN\tA\n"]), b";; Warning, ignoring invalid type \xff\n", 0);
    assert_eq!(qname(&log.lock().unwrap()[0]), vec![b"a\xc3\xa9\xff\xee\xbe\x80".to_vec(), b"b".to_vec()]);
}

#[test]
fn dig_messages_quote_the_arguments_bytes() {
    let (s, log) = recording(answer);
    let port = s.port().to_string();
    let dig = |a: &[&[u8]]| {
        let mut all = args(&[b"@127.0.0.1", b"-p", port.as_bytes()]);
        all.extend(args(a));
        rlookup_os(all).argv0("dig").run_bytes()
    };
    let usage = crate::harness::rlookup(&["-h"]).argv0("dig").run().stdout;
    assert!(!usage.is_empty());
    let out = dig(&[b"+\xffopt", b"x"]);
    assert_eq!(out.stderr[..22], *b"Invalid option: +\xffopt\n");
    assert_eq!(out.status, 1);
    let out = dig(&[b"-\xff", b"x"]);
    assert_eq!(out.stderr[..19], *b"Invalid option: -\xff\n");
    assert_eq!(out.status, 1);
    expect_bytes(&dig(&[b"+ndots=\xff", b"x"]), b"invalid ndots '\xff': not a valid number\n", b"dig: Couldn't parse ndots\n", 10);
    expect_bytes(&dig(&[b"a\xff..b"]), b"", b"dig: 'a\xff..b' is not a legal name (empty label)\n", 10);
    expect_bytes(
        &dig(&[b"-f", b"/nonexistent/\xff"]),
        b"",
        b"/nonexistent/\xff: No such file or directory\ndig: couldn't open specified batch file\n",
        8,
    );
    // +idnin converts the name from UTF-8 first, which these bytes fail.
    expect_bytes(
        &dig(&[b"+idnin", b"+short", b"\xff"]),
        b"",
        b"dig: '\xff' is not a legal IDNA2008 name (could not convert string to UTF-8), use +noidnin\n",
        1,
    );
    assert!(log.lock().unwrap().is_empty(), "no query for a refused command line");
}

#[test]
fn dig_labels_count_bytes() {
    // 63 bytes that are not UTF-8 make a label of 63 bytes (as text they
    // are 63 characters of three bytes each).
    let (s, log) = recording(nxdomain);
    let port = s.port().to_string();
    let label = vec![0xffu8; 63];
    let name = cat(&[&label, b".x"]);
    let out = rlookup_os(args(&[b"@127.0.0.1", b"-p", port.as_bytes(), b"+noall", b"+question", &name])).argv0("dig").run_bytes();
    expect_bytes(&out, &cat(&[b";", "\\255".repeat(63).as_bytes(), b".x.\tIN A\n"]), b"", 0);
    assert_eq!(qname(&log.lock().unwrap()[0]), vec![label.clone(), b"x".to_vec()]);
    // One more byte is too long, as in BIND.
    let name = cat(&[&label, b"\xff.x"]);
    let out = rlookup_os(args(&[b"@127.0.0.1", b"-p", port.as_bytes(), &name])).argv0("dig").run_bytes();
    assert_eq!(out.stderr, cat(&[b"dig: '", &name, b"' is not a legal name (label too long)\n"]));
    assert_eq!(out.status, 10);
}

#[test]
fn dig_batch_lines_are_bytes() {
    let (s, log) = recording(answer);
    let port = s.port().to_string();
    let out = rlookup_os(args(&[b"@127.0.0.1", b"-p", port.as_bytes(), b"+noall", b"+question", b"-f", b"-"]))
        .argv0("dig")
        .stdin_bytes(b"\xff\xfe\x80bad\na\xff..b\n")
        .run_bytes();
    expect_bytes(&out, b";\\255\\254\\128bad.\t\tIN\tA\n", b"dig: 'a\xff..b' is not a legal name (empty label)\n", 10);
    assert_eq!(qname(&log.lock().unwrap()[0]), vec![BAD.to_vec()]);
}

#[test]
fn nslookup_asks_for_the_bytes_of_the_name() {
    let (s, log) = recording(nxdomain);
    let port = format!("-port={}", s.port());
    let out = rlookup_os(args(&[port.as_bytes(), b"-type=a", BAD, b"127.0.0.1"])).argv0("nslookup").run_bytes();
    let header = format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{}\n\n", s.port());
    expect_bytes(&out, &cat(&[header.as_bytes(), b"** server can't find \\255\\254\\128bad: NXDOMAIN\n\n"]), b"", 1);
    assert_eq!(qname(&log.lock().unwrap()[0]), vec![BAD.to_vec()]);
}

#[test]
fn nslookup_commands_from_stdin_are_bytes() {
    let (s, log) = recording(answer);
    let port = format!("-port={}", s.port());
    let out = rlookup_os(args(&[port.as_bytes(), b"-type=a"]))
        .argv0("nslookup")
        .stdin_bytes(b"\xff\xfe\x80bad\nset type=\xff\nset \xffx\n")
        .run_bytes();
    let header = format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{}\n\n", s.port());
    expect_bytes(
        &out,
        &cat(&[
            header.as_bytes(),
            b"Name:\t\\255\\254\\128bad\nAddress: 192.0.2.80\nunknown query type: \xff\n*** Invalid option: \xffx\n\n",
        ]),
        b"",
        0,
    );
    assert_eq!(qname(&log.lock().unwrap()[0]), vec![BAD.to_vec()]);
}

#[test]
fn nslookup_messages_quote_the_arguments_bytes() {
    let (s, log) = recording(answer);
    let port = format!("-port={}", s.port());
    let nslookup = |a: &[&[u8]]| {
        let mut all = args(&[port.as_bytes()]);
        all.extend(args(a));
        rlookup_os(all).argv0("nslookup").run_bytes()
    };
    let header = format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{}\n\n", s.port());
    let answer = cat(&[header.as_bytes(), b"Name:\tx\nAddress: 192.0.2.80\n\n"]);
    expect_bytes(&nslookup(&[b"-\xffopt", b"-type=a", b"x"]), &cat(&[b"*** Invalid option: \xffopt\n", &answer]), b"", 0);
    // The type refused, the default A+AAAA pair stays.
    let out = nslookup(&[b"-type=\xff", b"x"]);
    assert!(out.stdout.starts_with(b"unknown query type: \xff\nServer:"), "{}", out.stdout.escape_ascii());
    expect_bytes(&nslookup(&[b"a\xff..b"]), b"", b"nslookup: 'a\xff..b' is not a legal name (empty label)\n", 10);
    assert_eq!(log.lock().unwrap().iter().map(|q| qname(q)).collect::<Vec<_>>(), vec![vec![b"x".to_vec()]; 3]);
}

#[test]
fn delv_asks_for_the_bytes_of_the_name() {
    // A resolver's answer (not authoritative).
    let (s, log) = recording(|q| reply::with(q, [q[0], q[1]], 0x8180, Some([192, 0, 2, 80])));
    let port = s.port().to_string();
    let out = rlookup_os(args(&[b"-i", b"@127.0.0.1", b"-p", port.as_bytes(), BAD])).argv0("delv").run_bytes();
    expect_bytes(&out, b"; answer not validated\n\\255\\254\\128bad.\t300\tIN\tA\t192.0.2.80\n", b"", 0);
    assert_eq!(qname(&log.lock().unwrap()[0]), vec![BAD.to_vec()]);
    let out = rlookup_os(args(&[b"-i", b"@127.0.0.1", b"-p", port.as_bytes(), b"+\xffopt", b"x"])).argv0("delv").run_bytes();
    assert!(out.stderr.starts_with(b"Invalid option: +\xffopt\nUsage:  delv "), "{}", out.stderr.escape_ascii());
    assert_eq!(out.status, 1);
}

#[test]
fn json_messages_are_utf8() {
    // JSON holds no bytes that are not UTF-8: the argument's are U+FFFD
    // there, as they always were; stderr has the bytes.
    let (s, _log) = recording(answer);
    let port = s.port().to_string();
    let out = rlookup_os(args(&[b"--json", b"@127.0.0.1", b"-p", port.as_bytes(), b"a\xff..b"])).run_bytes();
    let stdout = String::from_utf8(out.stdout).expect("JSON is UTF-8");
    assert!(stdout.contains("\"'a\u{fffd}..b' is not a legal name (empty label)\""), "{stdout}");
    assert_eq!(out.stderr, b"dig: 'a\xff..b' is not a legal name (empty label)\n");
}

/// resolv.conf is bytes too (libirs reads it with fgetc): a search domain
/// that is not UTF-8 is asked for as it is written, before the next one.
/// BIND 9.18.49's dig with the same file in the lab asks `www.caf\233.lab.`
/// and then `www.edge.lab.`.
#[test]
fn dig_searches_the_resolv_conf_domains_bytes() {
    let (s, log) = recording(nxdomain);
    let port = s.port().to_string();
    let out = rlookup_os(args(&[b"-p", port.as_bytes(), b"+search", b"+tries=1", b"www"]))
        .argv0("dig")
        .resolv_conf_bytes(b"nameserver 127.0.0.1\nsearch caf\xe9.lab edge.lab\n")
        .run_bytes();
    assert_eq!(out.status, 0, "{}", out.stderr.escape_ascii());
    let queries = log.lock().unwrap();
    let asked: Vec<Vec<Vec<u8>>> = queries.iter().take(2).map(|q| qname(q)).collect();
    assert_eq!(
        asked,
        [vec![b"www".to_vec(), b"caf\xe9".to_vec(), b"lab".to_vec()], vec![b"www".to_vec(), b"edge".to_vec(), b"lab".to_vec()]]
    );
}
