//! The delv dialect end to end: the built binary (`rlookup --delv`, and a
//! link named `delv`) against a server on 127.0.0.1 that answers from the
//! lab's signed zones (tests/fixtures/dnssec/lab: the root, lab,
//! secure.lab and bogus.lab as `sign-zones` signed them, edge.lab, alt.lab,
//! ca, concordia.ca) the way the lab's validating resolver does, over real
//! UDP and TCP (a reply too big for the query's EDNS size is truncated),
//! with the lab's root key written to a file for `-a`. The expected texts
//! are BIND 9.18.49 delv's in the lab (research/delv.md, the goldens).

use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rlookup::validate::memory::{MemoryFetch, Zone};
use rlookup::wire::{Name, message};

use crate::harness::{Output, TempDir, expect, rlookup};
use crate::server::SilentServer;

pub(crate) fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dnssec").join(rel)
}

pub(crate) fn name(s: &str) -> Name {
    Name::from_text(s, Some(&Name::root())).unwrap()
}

/// The lab's zones as its resolver 127.0.0.53 serves them: validated, so
/// bogus.lab is SERVFAIL unless the query has CD.
pub(crate) fn lab_zones() -> MemoryFetch {
    let zone = |file: &str, origin: &str| {
        let text = std::fs::read_to_string(fixture(&format!("lab/{file}"))).unwrap();
        Zone::from_text(&text, origin).unwrap()
    };
    let mut f = MemoryFetch::new(vec![
        zone("root.signed", "."),
        zone("lab.signed", "lab."),
        zone("secure.lab.signed", "secure.lab."),
        zone("bogus.lab.signed", "bogus.lab."),
        zone("edge.lab.db", "edge.lab."),
        zone("alt.lab.db", "alt.lab."),
        zone("ca.db", "ca."),
        zone("concordia.ca.db", "concordia.ca."),
    ]);
    f.bogus_unless_cd.push(name("bogus.lab"));
    f.ds_nsec_first.push(name("alt.lab"));
    f
}

/// The queries a server got: (bytes, over TCP), in order.
pub(crate) type Log = Arc<Mutex<Vec<(Vec<u8>, bool)>>>;

/// A resolver on 127.0.0.1 (UDP and TCP, one port) answering from the lab.
pub(crate) struct Lab {
    pub(crate) addr: SocketAddr,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
    pub(crate) queries: Log,
}

/// Which queries a [`Lab`] answers (the others it ignores).
pub(crate) type Answers = fn(&message::Message) -> bool;

/// The reply to a query: the lab's answer with the query's id; over UDP,
/// only the header and question with TC when it is bigger than the
/// query's EDNS size. None for a query `answers` refuses.
fn answer(zones: &Mutex<MemoryFetch>, q: &[u8], tcp: bool, answers: Answers) -> Option<Vec<u8>> {
    let m = message::parse(q).ok()?;
    if !answers(&m) {
        return None;
    }
    let question = m.question.first()?;
    let mut r = zones.lock().unwrap().reply_bytes(&question.name, question.qtype, m.header.cd)?;
    r[..2].copy_from_slice(&q[..2]);
    let limit = m.opt.as_ref().map_or(512, |o| usize::from(o.udp_size.max(512)));
    if !tcp && r.len() > limit {
        let qend = 12 + question.name.wire_len() + 4;
        let mut t = r[..qend].to_vec();
        t[2] |= 0x02;
        t[6..12].copy_from_slice(&[0; 6]);
        return Some(t);
    }
    Some(r)
}

impl Lab {
    pub(crate) fn start() -> Lab {
        Lab::start_with(lab_zones(), |_| true)
    }

    /// A server answering from `zones` the queries `answers` accepts.
    pub(crate) fn start_with(zones: MemoryFetch, answers: Answers) -> Lab {
        use std::io::{Read, Write};
        let (udp, tcp) = loop {
            let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
            if let Ok(tcp) = TcpListener::bind(udp.local_addr().unwrap()) {
                break (udp, tcp);
            }
        };
        let addr = udp.local_addr().unwrap();
        let zones = Arc::new(Mutex::new(zones));
        let stop = Arc::new(AtomicBool::new(false));
        let queries: Log = Arc::new(Mutex::new(Vec::new()));
        udp.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
        tcp.set_nonblocking(true).unwrap();
        let (z, s, log) = (zones.clone(), stop.clone(), queries.clone());
        let t1 = std::thread::spawn(move || {
            let mut buf = [0u8; 65535];
            while !s.load(Ordering::Relaxed) {
                if let Ok((n, from)) = udp.recv_from(&mut buf) {
                    log.lock().unwrap().push((buf[..n].to_vec(), false));
                    if let Some(r) = answer(&z, &buf[..n], false, answers) {
                        let _ = udp.send_to(&r, from);
                    }
                }
            }
        });
        let (z, s, log) = (zones, stop.clone(), queries.clone());
        let t2 = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                let Ok((mut conn, _)) = tcp.accept() else {
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                };
                conn.set_nonblocking(false).unwrap();
                conn.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                loop {
                    let mut len = [0u8; 2];
                    if conn.read_exact(&mut len).is_err() {
                        break;
                    }
                    let mut q = vec![0u8; usize::from(u16::from_be_bytes(len))];
                    if conn.read_exact(&mut q).is_err() {
                        break;
                    }
                    log.lock().unwrap().push((q.clone(), true));
                    if let Some(r) = answer(&z, &q, true, answers) {
                        let mut framed = (r.len() as u16).to_be_bytes().to_vec();
                        framed.extend_from_slice(&r);
                        let _ = conn.write_all(&framed);
                    }
                }
            }
        });
        Lab { addr, stop, threads: vec![t1, t2], queries }
    }

    pub(crate) fn port(&self) -> String {
        self.addr.port().to_string()
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// The lab's root key in a bind.keys file of the test's own.
pub(crate) struct Keys {
    pub(crate) dir: TempDir,
}

impl Keys {
    pub(crate) fn lab() -> Keys {
        let dir = TempDir::new("delv-keys");
        std::fs::copy(fixture("lab/bind.keys"), dir.0.join("bind.keys")).unwrap();
        Keys { dir }
    }

    pub(crate) fn path(&self) -> String {
        self.dir.0.join("bind.keys").display().to_string()
    }
}

/// `rlookup --delv -a KEYS @127.0.0.1 -p PORT ARGS...`.
fn delv(lab: &Lab, keys: &Keys, args: &[&str]) -> Output {
    let mut all = vec!["--delv".to_string(), "-a".into(), keys.path(), "@127.0.0.1".into(), "-p".into(), lab.port()];
    all.extend(args.iter().map(|s| s.to_string()));
    rlookup(&all).run()
}

const WWW_SIG: &str = "www.secure.lab.\t\t300\tIN\tRRSIG\tA 13 3 300 20361231000000 20250101000000 54365 secure.lab. acYqrOZkvsyG1vK8/BcCbzwQh+fHvBsRUIfUctExyvaU0tl9zY6r8qYG TVuvfh5RSPSCeeO8htyG0i6eUCXiqg==\n";

#[test]
fn delv_secure_answer() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let want = format!("; fully validated\nwww.secure.lab.\t\t300\tIN\tA\t192.0.2.80\n{WWW_SIG}");
    expect(&delv(&lab, &keys, &["www.secure.lab"]), &want, "", 0);
    // Every query: RD, EDNS 1232 with DO and a cookie, no CD; the question
    // first, then the chain of trust from secure.lab up to the root.
    let asked: Vec<(String, u16)> = lab
        .queries
        .lock()
        .unwrap()
        .iter()
        .map(|(q, tcp)| {
            assert!(!tcp);
            let m = message::parse(q).unwrap();
            assert!(m.header.rd && !m.header.cd);
            let opt = m.opt.as_ref().unwrap();
            assert_eq!((opt.udp_size, opt.flags & 0x8000, opt.options[0].0), (1232, 0x8000, 10));
            (m.question[0].name.to_text(true), m.question[0].qtype)
        })
        .collect();
    let chain: Vec<(&str, u16)> = vec![("www.secure.lab", 1), ("secure.lab", 48), ("secure.lab", 43), ("lab", 48), ("lab", 43), (".", 48)];
    assert_eq!(asked.iter().map(|(n, t)| (n.as_str(), *t)).collect::<Vec<_>>(), chain);
}

#[test]
fn delv_through_a_link_named_delv() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let out = rlookup(&["-a", &keys.path(), "@127.0.0.1", "-p", &lab.port(), "+short", "mail.secure.lab"]).argv0("delv").run();
    expect(&out, "192.0.2.81\n", "", 0);
    // The last of --dig, --nslookup, --delv decides.
    let out = rlookup(&["--dig", "--delv", "-a", &keys.path(), "@127.0.0.1", "-p", &lab.port(), "+short", "mail.secure.lab"]).run();
    expect(&out, "192.0.2.81\n", "", 0);
    let out = rlookup(&["--delv", "--dig", "@127.0.0.1", "-p", &lab.port(), "+noall", "+answer", "mail.secure.lab"]).argv0("delv").run();
    // dig's answer section (the server sends the RRSIG along).
    assert!(out.stdout.starts_with("mail.secure.lab.\t300\tIN\tA\t192.0.2.81\nmail.secure.lab.\t300\tIN\tRRSIG\t"), "{}", out.stdout);
}

#[test]
fn delv_unsigned_and_bogus() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    expect(
        &delv(&lab, &keys, &["concordia.ca", "mx"]),
        "; unsigned answer\nconcordia.ca.\t\t3600\tIN\tMX\t10 mx1.concordia.ca.\nconcordia.ca.\t\t3600\tIN\tMX\t20 mx2.concordia.ca.\n",
        "",
        0,
    );
    // The resolver refuses bogus data: SERVFAIL, no message of its own.
    expect(&delv(&lab, &keys, &["www.bogus.lab"]), "", ";; resolution failed: failure\n", 0);
    expect(&delv(&lab, &keys, &["-i", "www.bogus.lab"]), "", ";; resolution failed: failure\n", 0);
    // With CD the data comes, and delv finds the DS mismatch itself.
    expect(
        &delv(&lab, &keys, &["+cdflag", "www.bogus.lab"]),
        "",
        ";; validating bogus.lab/DNSKEY: no valid signature found (DS)
;; no valid RRSIG resolving 'bogus.lab/DNSKEY/IN': 127.0.0.1#PORT
;; broken trust chain resolving 'www.bogus.lab/A/IN': 127.0.0.1#PORT
;; resolution failed: broken trust chain
"
        .replace("PORT", &lab.port())
        .as_str(),
        0,
    );
    expect(
        &delv(&lab, &keys, &["-i", "+cdflag", "www.bogus.lab"]),
        "; answer not validated\nwww.bogus.lab.\t\t300\tIN\tA\t192.0.2.66\n",
        "",
        0,
    );
}

#[test]
fn delv_negative_answers_with_proofs() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    expect(
        &delv(&lab, &keys, &["nosuch.secure.lab"]),
        "; negative response, fully validated
; nosuch.secure.lab.\t300\tIN\t\\-ANY\t;-$NXDOMAIN
; mail.secure.lab. RRSIG NSEC ...
; mail.secure.lab. NSEC ns1.secure.lab. A RRSIG NSEC
; secure.lab. SOA ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300
; secure.lab. RRSIG SOA ...
; secure.lab. RRSIG NSEC ...
; secure.lab. NSEC hop3.secure.lab. A NS SOA MX RRSIG NSEC DNSKEY
",
        ";; resolution failed: ncache nxdomain\n",
        0,
    );
    expect(
        &delv(&lab, &keys, &["www.secure.lab", "txt"]),
        "; negative response, fully validated
; www.secure.lab.\t\t300\tIN\t\\-TXT\t;-$NXRRSET
; www.secure.lab. RRSIG NSEC ...
; www.secure.lab. NSEC secure.lab. A AAAA RRSIG NSEC
; secure.lab. SOA ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300
; secure.lab. RRSIG SOA ...
",
        ";; resolution failed: ncache nxrrset\n",
        0,
    );
    expect(
        &delv(&lab, &keys, &["nosuch.edge.lab"]),
        "; negative response, unsigned answer
; nosuch.edge.lab.\t300\tIN\t\\-ANY\t;-$NXDOMAIN
; edge.lab. SOA ns1.edge.lab. hostmaster.edge.lab. 2026010100 7200 3600 1209600 300
",
        ";; resolution failed: ncache nxdomain\n",
        0,
    );
    expect(&delv(&lab, &keys, &["+short", "nosuch.secure.lab"]), "", ";; resolution failed: ncache nxdomain\n", 0);
}

#[test]
fn delv_traces() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let rtrace = ";; fetch: txt.secure.lab/TXT\n;; fetch: secure.lab/DNSKEY\n;; fetch: secure.lab/DS\n;; fetch: lab/DNSKEY\n;; fetch: lab/DS\n;; fetch: ./DNSKEY\n";
    let out = delv(&lab, &keys, &["+rtrace", "txt.secure.lab", "txt"]);
    expect(&out, &out.stdout, rtrace, 0);
    assert!(out.stdout.starts_with("; fully validated\ntxt.secure.lab.\t\t300\tIN\tTXT\t\"this zone is signed\"\n"));
    let vtrace = std::fs::read_to_string(fixture("traces/vt-secure.err")).unwrap();
    let out = delv(&lab, &keys, &["+vtrace", "www.secure.lab"]);
    expect(&out, &format!("; fully validated\nwww.secure.lab.\t\t300\tIN\tA\t192.0.2.80\n{WWW_SIG}"), &vtrace, 0);
    // +vtrace of an unsigned answer: the insecurity proof.
    let out = delv(&lab, &keys, &["+vtrace", "concordia.ca"]);
    assert_eq!(out.stderr, std::fs::read_to_string(fixture("traces/vt-concordia.err")).unwrap());
    // +mtrace: each reply dumped after its fetch line.
    let out = delv(&lab, &keys, &["+mtrace", "www.secure.lab"]);
    assert_eq!(out.stderr.matches(&format!(";; received packet from 127.0.0.1#{}\n", lab.port())).count(), 6, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            ";; QUESTION SECTION:\n;www.secure.lab.\t\t\tIN\tA\n\n;; ANSWER SECTION:\n;www.secure.lab.\t\t300\tIN\tA\t192.0.2.80\n"
        )
    );
}

#[test]
fn delv_display_options() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    expect(&delv(&lab, &keys, &["+nodnssec", "WWW.Secure.LAB"]), "; fully validated\nWWW.Secure.LAB.\t\t300\tIN\tA\t192.0.2.80\n", "", 0);
    expect(&delv(&lab, &keys, &["-i", "www.secure.lab"]), "; answer not validated\nwww.secure.lab.\t\t300\tIN\tA\t192.0.2.80\n", "", 0);
    expect(
        &delv(&lab, &keys, &["+short", "+dnssec", "www.secure.lab"]),
        "192.0.2.80\nA 13 3 300 20361231000000 20250101000000 54365 secure.lab. acYqrOZkvsyG1vK8/BcCbzwQh+fHvBsRUIfUctExyvaU0tl9zY6r8qYG TVuvfh5RSPSCeeO8htyG0i6eUCXiqg==\n",
        "",
        0,
    );
    expect(
        &delv(&lab, &keys, &["+multi", "secure.lab", "dnskey", "+nodnssec"]),
        "; fully validated
secure.lab.\t\t300 IN DNSKEY 256 3 13 (
\t\t\t\tNjx/i8mRPuaK4A068BDARHkMzTAbDkLSlu585WoQrXDF
\t\t\t\t49aDYhoUe2ahSlWyGURFg2JrqDYyVtx6QMkOW1klGQ==
\t\t\t\t) ; ZSK; alg = ECDSAP256SHA256 ; key id = 54365
secure.lab.\t\t300 IN DNSKEY 257 3 13 (
\t\t\t\tdfG2jaKGEE2TOTIxv9k/3k4fY2c/hheeWPsfION/2Eo4
\t\t\t\tRKCIugCUnfXY8kL3Ox0fYv7fPOriARiSM+xT81g9Fg==
\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = 58915
",
        "",
        0,
    );
    expect(
        &delv(&lab, &keys, &["hop1.edge.lab"]),
        "; unsigned answer
hop1.edge.lab.\t\t300\tIN\tCNAME\thop2.alt.lab.
hop2.alt.lab.\t\t300\tIN\tCNAME\thop3.secure.lab.

; fully validated
hop3.secure.lab.\t300\tIN\tCNAME\thop4.edge.lab.
hop3.secure.lab.\t300\tIN\tRRSIG\tCNAME 13 3 300 20361231000000 20250101000000 54365 secure.lab. w4K4cZhJXK2V3TSub48JcY+951fOvmJM76B30F3wsDJE1LwD5Utg9PIW voYpV9ToZZceftLy6pWub+oDXP6MsQ==

; unsigned answer
hop4.edge.lab.\t\t300\tIN\tA\t192.0.2.4
",
        "",
        0,
    );
    expect(
        &delv(&lab, &keys, &["+yaml", "www.secure.lab", "+nodnssec"]),
        "type: DELV_RESULT\nquery_name: www.secure.lab\nstatus: success\nrecords:\n  - fully_validated:\n    - 'www.secure.lab. 300 IN A 192.0.2.80'\n",
        "",
        0,
    );
}

#[test]
fn delv_truncated_reply_goes_to_tcp() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let out = delv(&lab, &keys, &["+short", "huge.edge.lab", "txt"]);
    assert_eq!((out.stderr.as_str(), out.status), ("", 0));
    assert!(out.stdout.starts_with("\"aaaa") && out.stdout.ends_with("ffff\"\n"), "{}", out.stdout);
    let tcp = lab.queries.lock().unwrap().iter().filter(|(_, tcp)| *tcp).count();
    assert_eq!(tcp, 1);
    // +tcp: everything over TCP.
    let (lab, keys) = (Lab::start(), Keys::lab());
    expect(&delv(&lab, &keys, &["+tcp", "+short", "www.secure.lab"]), "192.0.2.80\n", "", 0);
    assert!(lab.queries.lock().unwrap().iter().all(|(_, tcp)| *tcp));
}

#[test]
fn delv_unreachable_servers() {
    let keys = Keys::lab();
    let closed = {
        let s = UdpSocket::bind("127.0.0.1:0").unwrap();
        s.local_addr().unwrap().port().to_string()
    };
    let out = rlookup(&["--delv", "-a", &keys.path(), "@127.0.0.1", "-p", &closed, "www.secure.lab"]).run();
    expect(
        &out,
        "",
        &format!(";; connection refused resolving 'www.secure.lab/A/IN': 127.0.0.1#{closed}\n;; resolution failed: failure\n"),
        0,
    );
    // Nothing in resolv.conf: 127.0.0.1 (with -4).
    let out = rlookup(&["--delv", "-4", "-i", "-p", &closed, "+rtrace", "www.secure.lab"]).resolv_conf("").run();
    expect(
        &out,
        "",
        &format!(
            ";; fetch: www.secure.lab/A\n;; connection refused resolving 'www.secure.lab/A/IN': 127.0.0.1#{closed}\n;; resolution failed: failure\n"
        ),
        0,
    );
}

/// A silent server: 10 s, then `timed out` (slow: run with --ignored).
#[test]
#[ignore]
fn delv_timeout() {
    let silent = SilentServer::start();
    let started = std::time::Instant::now();
    let out = rlookup(&["--delv", "-i", "@127.0.0.1", "-p", &silent.port().to_string(), "www.secure.lab"]).run();
    expect(&out, "", ";; resolution failed: timed out\n", 0);
    assert!(started.elapsed() >= Duration::from_secs(9));
}

#[test]
fn delv_bad_input() {
    let out = rlookup(&["--delv", "+foo", "x"]).run();
    assert_eq!((out.stdout.as_str(), out.status), ("", 1));
    assert!(out.stderr.starts_with("Invalid option: +foo\nUsage:  delv [@server] {q-opt} {d-opt} [domain] [q-type] [q-class]\n"));
    let out = rlookup(&["-h"]).argv0("delv").run();
    assert_eq!(out.status, 1);
    assert!(out.stderr.starts_with("Usage:  delv"));
    expect(&rlookup(&["-v"]).argv0("delv").run(), "", &format!("delv {}\n", rlookup::VERSION_TEXT), 0);
    expect(&rlookup(&["--delv", "+dlv"]).run(), "", "Invalid option: +dlv is obsolete\n", 1);
    expect(&rlookup(&["--delv", "-4", "-6", "x"]).run(), "", "delv: only one of -4 and -6 allowed\n", 1);
    expect(&rlookup(&["--delv", "x", "axfr"]).run(), "", "delv: Transfer not supported\n", 1);
    expect(
        &rlookup(&["--delv", "-d", "100", "x"]).run(),
        "invalid debug level '100': out of range\n",
        "delv: Couldn't parse debug level\n",
        1,
    );
    expect(
        &rlookup(&["--delv", "-p", "abc", "x"]).run(),
        "invalid port 'abc': not a valid number\n",
        "delv: Couldn't parse port number\n",
        1,
    );
    expect(
        &rlookup(&["--delv", "-a", "/nonexistent/x.keys", "@127.0.0.1", "x"]).run(),
        "",
        "delv: Unable to read key file '/nonexistent/x.keys'\n",
        1,
    );
    expect(&rlookup(&["--delv", "-i", "@127.0.0.1", "bad..name"]).run(), "", ";; failed to convert QNAME bad..name: empty label\n", 0);
    // --servers: what delv would ask, no lookup.
    let out = rlookup(&["--delv", "--servers", "@192.0.2.1", "x"]).run();
    assert_eq!((out.stderr.as_str(), out.status), ("", 0));
    assert!(out.stdout.contains("| 192.0.2.1 ") && out.stdout.contains("command line"), "{}", out.stdout);
    // delv is text only.
    let out = rlookup(&["--delv", "--json", "x"]).run();
    expect(
        &out,
        "",
        "rlookup: --json, --table and --dump are not available in the delv dialect (delv prints text, or YAML with +yaml)\n",
        1,
    );
    // A bare + is only a comment on stdout; the run goes on.
    let (lab, keys) = (Lab::start(), Keys::lab());
    let out = delv(&lab, &keys, &["+", "+short", "www.secure.lab", "-t", "foo"]);
    expect(&out, ";; Invalid option \n192.0.2.80\n", "delv: warning: ignoring invalid type\n", 0);
}
