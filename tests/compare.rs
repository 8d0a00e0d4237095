//! `--compare`: one question to several servers at once, side by side.
//! Servers on one port of several loopback addresses (127.0.0.2, .3), so
//! that `-p PORT` reaches them all: fixture zones, a zone that differs, a
//! silent server, a raw server that answers only once the silent one has
//! been asked.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::fixtures::{self, EXAMPLE};
use crate::harness::{Output, rlookup};
use crate::server::{DnsServer, RawServer, SilentServer, reply};

/// The output's lines with runs of spaces collapsed (column widths vary
/// with the query times).
fn lines(out: &Output) -> Vec<String> {
    out.stdout.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

#[track_caller]
fn has_line(out: &Output, line: &str) {
    assert!(lines(out).iter().any(|l| l == line), "no line {line:?} in\n{}\nstderr: {}", out.stdout, out.stderr);
}

/// The example zone with www at another address and no mail2.
fn other_zone() -> String {
    let zone = EXAMPLE.1.replace("www     IN A    192.0.2.80", "www     IN A    192.0.2.99").replace("mail2   IN A    192.0.2.26\n", "");
    assert_eq!(zone.len(), EXAMPLE.1.len() - "mail2   IN A    192.0.2.26\n".len(), "the fixture zone changed");
    zone
}

fn addr(last: u8, port: u16) -> SocketAddr {
    SocketAddr::new(fixtures::loopback(last), port)
}

#[test]
fn servers_that_agree_exit_0() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let a = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let _b = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let p = a.port().to_string();
    let out = rlookup(&["--compare", "-p", &p, "@127.0.0.2", "@127.0.0.3", "www.example.test"]).run();
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.stderr, "");
    assert!(out.stdout.starts_with(";; www.example.test. IN A: 2 servers\n+"), "{}", out.stdout);
    has_line(&out, &format!("| | | 127.0.0.2#{p} | 127.0.0.3#{p} |"));
    has_line(&out, "| | status | NOERROR | NOERROR |");
    has_line(&out, "| | flags | aa rd | aa rd |");
    has_line(&out, "| | ANSWER | 1 record | 1 record |");
    has_line(&out, "| | www.example.test. A 192.0.2.80 | 3600 | 3600 |");
    assert!(out.stdout.ends_with("+\nservers agree\n\n"), "{}", out.stdout);
}

#[test]
fn servers_that_differ_exit_3_with_the_rows_marked() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let a = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let zone = other_zone();
    let _b = DnsServer::serve(pairs.next().unwrap(), &[("example.test.", &zone)]);
    let p = a.port().to_string();
    let out = rlookup(&["--compare", "-p", &p, "@127.0.0.2", "@127.0.0.3", "www.example.test"]).run();
    assert_eq!(out.status, 3, "{out:?}");
    has_line(&out, "| | status | NOERROR | NOERROR |");
    has_line(&out, "| * | www.example.test. A 192.0.2.80 | 3600 | - |");
    has_line(&out, "| * | www.example.test. A 192.0.2.99 | - | 3600 |");
    assert!(out.stdout.ends_with("+\nservers differ: answer\n\n"), "{}", out.stdout);

    // An NXDOMAIN against an answer: the status differs too.
    let out = rlookup(&["--compare", "-p", &p, "@127.0.0.2", "@127.0.0.3", "mail2.example.test"]).run();
    assert_eq!(out.status, 3, "{out:?}");
    has_line(&out, "| * | status | NOERROR | NXDOMAIN |");
    has_line(&out, "| | ANSWER | 1 record | 0 records |");
    assert!(out.stdout.ends_with("+\nservers differ: status, answer, authority\n\n"), "{}", out.stdout);
}

#[test]
fn a_silent_server_exits_9_and_shows_why_within_its_timeout() {
    let server = fixtures::server();
    let p = server.port();
    let silent = SilentServer::start_on(addr(2, p));
    let port = p.to_string();
    let started = Instant::now();
    let out = rlookup(&["--compare", "-p", &port, "@127.0.0.1", "@127.0.0.2", "+time=1", "+tries=2", "www.example.test"]).run();
    let took = started.elapsed();
    assert_eq!(out.status, 9, "{out:?}");
    has_line(&out, &format!("| * | status | NOERROR | communications error to 127.0.0.2#{p}: timed out |"));
    has_line(&out, "| * | www.example.test. A 192.0.2.80 | 3600 | - |");
    assert!(out.stdout.ends_with(&format!("+\nno reply from 127.0.0.2#{p}; servers differ: status, flags, answer\n\n")), "{}", out.stdout);
    // Two tries of one second for the silent server, the answer meanwhile.
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert!(silent.wait_for_query(Duration::from_millis(100)), "the silent server was asked");
}

/// The answering server replies only once the silent one has its query:
/// asked one after another (the first server first), the first would
/// never answer.
#[test]
fn the_servers_are_asked_at_once() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let (first, second) = (pairs.next().unwrap(), pairs.next().unwrap());
    let p = first.0.local_addr().unwrap().port();
    drop(second);
    let silent = SilentServer::start_on(addr(3, p));
    let asked = Arc::new(AtomicBool::new(false));
    let flag = asked.clone();
    let watcher = std::thread::spawn(move || {
        if silent.wait_for_query(Duration::from_secs(10)) {
            flag.store(true, Ordering::SeqCst);
        }
        silent
    });
    let seen = asked.clone();
    let _answering = RawServer::serve(first, move |q| {
        let until = Instant::now() + Duration::from_secs(3);
        while !seen.load(Ordering::SeqCst) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(2));
        }
        if seen.load(Ordering::SeqCst) { vec![reply::answer(q)] } else { Vec::new() }
    });
    let port = p.to_string();
    let out = rlookup(&["--compare", "-p", &port, "@127.0.0.2", "@127.0.0.3", "+time=2", "+tries=1", "www.example.test"]).run();
    let _silent = watcher.join().unwrap();
    assert!(asked.load(Ordering::SeqCst), "the silent server was never asked: {out:?}");
    assert_eq!(out.status, 9, "{out:?}");
    has_line(&out, &format!("| * | status | NOERROR | communications error to 127.0.0.3#{p}: timed out |"));
    has_line(&out, "| * | www.example.test. A 192.0.2.80 | 300 | - |");
}

#[test]
fn json_is_one_document() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let a = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let zone = other_zone();
    let _b = DnsServer::serve(pairs.next().unwrap(), &[("example.test.", &zone)]);
    let p = a.port().to_string();
    let out = rlookup(&["--compare", "--json", "-p", &p, "@127.0.0.2", "@127.0.0.3", "www.example.test"]).run();
    assert_eq!(out.status, 3, "{out:?}");
    assert_eq!(out.stdout.lines().count(), 1, "{}", out.stdout);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    let c = &v["rlookup"]["compare"];
    assert_eq!(c["agree"], false);
    assert_eq!(c["differences"], serde_json::json!(["answer"]));
    assert_eq!(c["question"]["name"], "www.example.test.");
    assert_eq!(c["servers"][0]["answerRRs"][0]["rdataA"], "192.0.2.80");
    assert_eq!(c["servers"][1]["answerRRs"][0]["rdataA"], "192.0.2.99");
    assert_eq!(c["servers"][1]["rlookup"]["server"], "127.0.0.3");
    // dig's +json too.
    let out = rlookup(&["--compare", "+json", "-p", &p, "@127.0.0.2", "@127.0.0.3", "www.example.test"]).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    assert_eq!(v["rlookup"]["compare"]["servers"].as_array().map(Vec::len), Some(2));
}

#[test]
fn without_at_server_resolv_conf_servers_are_compared() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let a = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let _b = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let p = a.port().to_string();
    let out = rlookup(&["--compare", "-p", &p, "www.example.test"]).resolv_conf("nameserver 127.0.0.2\nnameserver 127.0.0.3\n").run();
    assert_eq!(out.status, 0, "{out:?}");
    has_line(&out, &format!("| | | 127.0.0.2#{p} | 127.0.0.3#{p} |"));
    assert!(out.stdout.ends_with("servers agree\n\n"), "{}", out.stdout);
}

/// A batch: one comparison per lookup, in order; the last one's status.
#[test]
fn several_lookups_each_compared() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let a = DnsServer::serve(pairs.next().unwrap(), &[EXAMPLE]);
    let zone = other_zone();
    let _b = DnsServer::serve(pairs.next().unwrap(), &[("example.test.", &zone)]);
    let p = a.port().to_string();
    let out = rlookup(&["--compare", "-p", &p, "@127.0.0.2", "@127.0.0.3", "www.example.test", "mail.example.test"]).run();
    assert_eq!(out.status, 0, "the last lookup agrees: {out:?}");
    let heads: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with(";; ")).collect();
    assert_eq!(heads, vec![";; www.example.test. IN A: 2 servers", ";; mail.example.test. IN A: 2 servers"]);
    let verdicts: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("servers ")).collect();
    assert_eq!(verdicts, vec!["servers differ: answer", "servers agree"]);
}

#[test]
fn not_in_the_nslookup_dialect() {
    let out = rlookup(&["--nslookup", "--compare", "www.example.test"]).run();
    assert_eq!(out.status, 1);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr, "rlookup: --compare takes dig's @server arguments: use it without --nslookup\n");
}
