//! Tests of the packet dump: fixtures with their expected dissection, the
//! comparison with tshark itself (field by field, through our own pcap
//! writer), and seeded fuzzing.
//!
//! The tshark tests run when `tshark` is on PATH. When it is not, they pass
//! with a note on stderr, unless RLOOKUP_REQUIRE_TSHARK=1 (set by .ci/run),
//! which turns a missing tshark into a failure, so CI cannot pass without
//! having compared.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

use data_encoding::{HEXLOWER, HEXLOWER_PERMISSIVE};

use super::pcap::{PcapWriter, epoch_plus};
use super::*;

// ---------------------------------------------------------------------------
// Building messages
// ---------------------------------------------------------------------------

/// Hex (whitespace and `|` ignored) to bytes.
pub(super) fn hex(s: &str) -> Vec<u8> {
    let digits: Vec<u8> = s.bytes().filter(|b| b.is_ascii_hexdigit()).collect();
    HEXLOWER_PERMISSIVE.decode(&digits).unwrap()
}

/// A name in wire format, uncompressed.
pub(super) fn wire_name(name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for label in name.split('.').filter(|l| !l.is_empty()) {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out
}

/// A message builder for fixtures: header, questions, records.
#[derive(Default, Clone)]
pub(super) struct Msg {
    pub id: u16,
    pub flags: u16,
    pub counts: [u16; 4],
    pub body: Vec<u8>,
}

impl Msg {
    pub fn new(id: u16, flags: u16) -> Msg {
        Msg { id, flags, ..Msg::default() }
    }

    /// A question (name already in wire form).
    pub fn q(mut self, name: &[u8], qtype: u16, qclass: u16) -> Msg {
        self.body.extend_from_slice(name);
        self.body.extend_from_slice(&qtype.to_be_bytes());
        self.body.extend_from_slice(&qclass.to_be_bytes());
        self.counts[0] += 1;
        self
    }

    /// A record in section 1..=3 (answer, authority, additional).
    pub fn rr(mut self, section: usize, name: &[u8], rtype: u16, class: u16, ttl: u32, rdata: &[u8]) -> Msg {
        self.body.extend_from_slice(name);
        self.body.extend_from_slice(&rtype.to_be_bytes());
        self.body.extend_from_slice(&class.to_be_bytes());
        self.body.extend_from_slice(&ttl.to_be_bytes());
        self.body.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        self.body.extend_from_slice(rdata);
        self.counts[section] += 1;
        self
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&self.id.to_be_bytes());
        out.extend_from_slice(&self.flags.to_be_bytes());
        for c in self.counts {
            out.extend_from_slice(&c.to_be_bytes());
        }
        out.extend_from_slice(&self.body);
        out
    }
}

// ---------------------------------------------------------------------------
// tshark
// ---------------------------------------------------------------------------

/// Whether tshark can be run. Missing: a note, or with
/// RLOOKUP_REQUIRE_TSHARK=1 a panic.
pub(crate) fn tshark_available() -> bool {
    let ok = Command::new("tshark").arg("--version").output().map(|o| o.status.success()).unwrap_or(false);
    if !ok {
        if std::env::var("RLOOKUP_REQUIRE_TSHARK").is_ok_and(|v| v == "1") {
            panic!("tshark is required (RLOOKUP_REQUIRE_TSHARK=1) but cannot be run; install the `tshark` package");
        }
        eprintln!("note: tshark not found; skipping the comparison with tshark");
    }
    ok
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rlookup-dump-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `tshark -V` of a capture: its stdout. A clean HOME (no personal
/// preferences), TZ=UTC, no name resolution.
fn tshark_text(pcap: &Path, home: &Path) -> String {
    let out = Command::new("tshark")
        .args(["-n", "-V", "-r"])
        .arg(pcap)
        .env("HOME", home)
        .env("TZ", "UTC")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run tshark");
    assert!(out.status.success(), "tshark failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// One line of an indented tree: depth and text.
type Line = (usize, String);

/// The DNS parts of tshark's output, one entry per DNS message: the lines
/// of `Domain Name System (...)` and of `[Malformed Packet: DNS]` after it
/// (a malformed marker alone when the DNS tree was never started), with
/// the lines that depend on other packets of the capture left out.
fn tshark_messages(text: &str) -> Vec<Vec<Line>> {
    const CONVERSATION: [&str; 7] = [
        "[Response In:",
        "[Request In:",
        "[Time:",
        "[Unsolicited:",
        "[Retransmitted request.",
        "[Retransmitted response.",
        "[Retransmission:",
    ];
    let mut messages: Vec<Vec<Line>> = Vec::new();
    let mut current: Option<Vec<Line>> = None;
    let mut in_frame_dns = false;
    let mut skip_below: Option<usize> = None;
    for raw in text.lines() {
        let spaces = raw.len() - raw.trim_start_matches(' ').len();
        let depth = spaces / 4;
        let line = &raw[spaces..];
        if let Some(d) = skip_below {
            if depth > d {
                continue;
            }
            skip_below = None;
        }
        if depth == 0 {
            if line.starts_with("Frame ") {
                in_frame_dns = false;
            }
            if line.starts_with("Domain Name System") {
                if let Some(m) = current.take() {
                    messages.push(m);
                }
                current = Some(vec![(0, line.to_string())]);
                in_frame_dns = true;
                continue;
            }
            if line == "[Malformed Packet: DNS]" {
                if !in_frame_dns {
                    if let Some(m) = current.take() {
                        messages.push(m);
                    }
                    current = Some(Vec::new());
                }
                current.as_mut().unwrap().push((0, line.to_string()));
                in_frame_dns = true;
                continue;
            }
            if let Some(m) = current.take() {
                messages.push(m);
            }
            continue;
        }
        if let Some(m) = current.as_mut() {
            if depth == 1 && CONVERSATION.iter().any(|p| line.starts_with(p)) {
                skip_below = Some(depth);
                continue;
            }
            m.push((depth, line.to_string()));
        }
    }
    if let Some(m) = current.take() {
        messages.push(m);
    }
    messages
}

fn our_lines(d: &Dissection) -> Vec<Line> {
    d.text_raw()
        .lines()
        .map(|l| {
            let spaces = l.len() - l.trim_start_matches(' ').len();
            (spaces / 4, l[spaces..].to_string())
        })
        .collect()
}

/// Compare our lines with tshark's, field by field: the same fields in the
/// same places, each with the same name and the same value. Returns the
/// first difference, described.
fn compare_lines(ours: &[Line], theirs: &[Line]) -> Option<String> {
    for (i, (a, b)) in ours.iter().zip(theirs.iter()).enumerate() {
        if a.0 != b.0 {
            return Some(format!("line {i}: depth {} vs tshark's {}: {:?} / {:?}", a.0, b.0, a.1, b.1));
        }
        if a.1 != b.1 {
            let (an, av) = a.1.split_once(": ").unwrap_or((&a.1, ""));
            let (bn, bv) = b.1.split_once(": ").unwrap_or((&b.1, ""));
            let what = if an != bn {
                format!("field {an:?} vs tshark's {bn:?}")
            } else {
                format!("field {an:?}: value {av:?} vs tshark's {bv:?}")
            };
            return Some(format!("line {i}: {what}"));
        }
    }
    if ours.len() != theirs.len() {
        let (which, extra) = if ours.len() > theirs.len() { ("we", &ours[theirs.len()]) } else { ("tshark", &theirs[ours.len()]) };
        return Some(format!("{} lines vs tshark's {}: {which} also print {:?}", ours.len(), theirs.len(), extra.1));
    }
    None
}

/// A packet for the capture: each message in its own UDP conversation
/// (so that tshark's request/response tracking stays out of it), or over
/// TCP.
pub(super) fn packet(i: usize, bytes: Vec<u8>, protocol: Protocol, direction: Direction) -> Packet {
    let peer: SocketAddr = "127.0.0.53:53".parse().unwrap();
    let local: SocketAddr = format!("127.0.0.1:{}", 20000 + (i % 40000)).parse().unwrap();
    Packet { direction, protocol, local: Some(local), peer, bytes, at: epoch_plus(1_700_000_000 + i as u64, 0) }
}

/// Write the packets with our pcap writer, dissect them with tshark and
/// with us, and compare each message. Returns the differences (index,
/// description, our text, tshark's text).
pub(super) fn compare_with_tshark(name: &str, packets: &[Packet]) -> Vec<(usize, String, String, String)> {
    let dir = scratch(name);
    let path = dir.join("capture.pcap");
    let mut w = PcapWriter::new(std::fs::File::create(&path).unwrap()).unwrap();
    for p in packets {
        w.write(p).unwrap();
    }
    w.finish().unwrap();
    let text = tshark_text(&path, &dir);
    let theirs = tshark_messages(&text);
    let mut problems = Vec::new();
    if theirs.len() != packets.len() {
        problems.push((
            0,
            format!("tshark shows {} DNS messages for {} packets", theirs.len(), packets.len()),
            String::new(),
            text.clone(),
        ));
        let _ = std::fs::remove_dir_all(&dir);
        return problems;
    }
    for (i, (p, t)) in packets.iter().zip(theirs.iter()).enumerate() {
        let d = dissect(&p.bytes, p.protocol);
        let ours = our_lines(&d);
        if let Some(diff) = compare_lines(&ours, t) {
            let tt: Vec<String> = t.iter().map(|(d, l)| format!("{}{l}", "    ".repeat(*d))).collect();
            problems.push((i, diff, d.text_raw(), tt.join("\n")));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    problems
}

fn assert_same_as_tshark(name: &str, packets: &[Packet]) {
    if !tshark_available() {
        return;
    }
    let problems = compare_with_tshark(name, packets);
    if let Some((i, diff, ours, theirs)) = problems.first() {
        panic!(
            "{} of {} messages differ from tshark; first, message {i}: {diff}\n--- ours:\n{ours}\n--- tshark:\n{theirs}\n--- bytes: {}",
            problems.len(),
            packets.len(),
            packets.get(*i).map(|p| HEXLOWER.encode(&p.bytes)).unwrap_or_default()
        );
    }
}

/// Exploration aid: `DUMP_EXPLORE=file cargo test explore -- --ignored
/// --nocapture` compares the hex messages of `file` (one per line, `t:`
/// in front for TCP) and prints every difference.
#[test]
#[ignore]
fn explore() {
    let Ok(file) = std::env::var("DUMP_EXPLORE") else { return };
    let text = std::fs::read_to_string(file).unwrap();
    let packets: Vec<Packet> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(i, l)| {
            let (proto, h) = match l.strip_prefix("t:") {
                Some(h) => (Protocol::Tcp, h),
                None => (Protocol::Udp, l),
            };
            packet(i, hex(h), proto, Direction::Received)
        })
        .collect();
    for (i, diff, ours, theirs) in compare_with_tshark("explore", &packets) {
        println!("=== message {i}: {diff}\n--- ours:\n{ours}\n--- tshark:\n{theirs}\n");
    }
}

/// Exploration aid: print our dump of the hex messages of DUMP_EXPLORE.
#[test]
#[ignore]
fn explore_print() {
    let Ok(file) = std::env::var("DUMP_EXPLORE") else { return };
    let text = std::fs::read_to_string(file).unwrap();
    for (i, l) in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).enumerate() {
        let (proto, h) = match l.strip_prefix("t:") {
            Some(h) => (Protocol::Tcp, h),
            None => (Protocol::Udp, l),
        };
        print!("{}", render_packet(&packet(i, hex(h), proto, Direction::Received), &DumpOptions::default()));
    }
}

// ---------------------------------------------------------------------------
// A corpus of every record type, and seeded mutations of it
// ---------------------------------------------------------------------------

/// A small deterministic PRNG (xorshift64*).
pub(super) struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
    pub fn byte(&mut self) -> u8 {
        self.next() as u8
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.byte()).collect()
    }
}

fn u16b(v: u16) -> [u8; 2] {
    v.to_be_bytes()
}

fn u32b(v: u32) -> [u8; 4] {
    v.to_be_bytes()
}

/// A character-string: length byte and bytes.
fn cs(s: &[u8]) -> Vec<u8> {
    let mut v = vec![s.len() as u8];
    v.extend_from_slice(s);
    v
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

/// EDNS options: (code, data) to OPT RDATA.
fn opts(list: &[(u16, Vec<u8>)]) -> Vec<u8> {
    let mut v = Vec::new();
    for (code, data) in list {
        v.extend_from_slice(&u16b(*code));
        v.extend_from_slice(&u16b(data.len() as u16));
        v.extend_from_slice(data);
    }
    v
}

/// SVCB/HTTPS parameters: (key, value).
fn svc_params(list: &[(u16, Vec<u8>)]) -> Vec<u8> {
    opts(list)
}

/// RDATA samples for every type packet-dns.c knows (and a few it does not).
/// `qname` is at offset 12: `\xc0\x0c` points to it.
pub(super) fn rdata_samples() -> Vec<(u16, Vec<u8>)> {
    let ptr: &[u8] = &[0xc0, 0x0c];
    let host = wire_name("ns1.example.net");
    let bitmap = hex("0006 62010008000380 0101 40"); // A NS SOA MX TXT AAAA RRSIG NSEC DNSKEY; CAA
    let key = hex(
        "0101 03 0d 99db2cc14cabdc33d6d77d2f45c8d4ad1f0d8d8c7c1f4b3a5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90",
    );
    let mut v: Vec<(u16, Vec<u8>)> = vec![
        (T_A, hex("c0000201")),
        (T_NS, host.clone()),
        (T_NS, ptr.to_vec()),
        (T_MD, host.clone()),
        (T_MF, host.clone()),
        (T_CNAME, cat(&[&[3, b'w', b'w', b'w'], ptr])),
        (
            T_SOA,
            cat(&[&host, &wire_name("hostmaster.example.net"), &u32b(2024010101), &u32b(7200), &u32b(3600), &u32b(1209600), &u32b(300)]),
        ),
        (T_MB, host.clone()),
        (T_MG, host.clone()),
        (T_MR, host.clone()),
        (T_NULL, hex("00ff10")),
        (T_WKS, hex("c0000201 06 e0000001 80")),
        (T_WKS, hex("c0000201 11 00 40")),
        (T_PTR, host.clone()),
        (T_HINFO, cat(&[&cs(b"INTEL-386"), &cs(b"Linux")])),
        (T_MINFO, cat(&[&host, ptr])),
        (T_MX, cat(&[&u16b(10), &wire_name("mail.example.net")])),
        (T_MX, cat(&[&u16b(0), &[0]])),
        (T_TXT, cat(&[&cs(b"v=spf1 -all"), &cs(b""), &cs(b"tab\there"), &cs(b"caf\xc3\xa9 \xff")])),
        (T_TXT, cs(&[b'x'; 255])),
        (T_TXT, cs(b"nul\0inside")),
        (T_RP, cat(&[&wire_name("admin.example.net"), &wire_name("txt.example.net")])),
        (T_AFSDB, cat(&[&u16b(1), &host])),
        (T_X25, cs(b"311061700956")),
        (T_ISDN, cat(&[&cs(b"150862028003217"), &cs(b"004")])),
        (T_ISDN, cs(b"150862028003217")),
        (T_RT, cat(&[&u16b(10), &host])),
        (T_NSAP, hex("47000580005a0000000001e133ffffff00016100")),
        (T_NSAP_PTR, host.clone()),
        (
            T_SIG,
            cat(&[&u16b(1), &[8, 2], &u32b(3600), &u32b(2_000_000_000), &u32b(1_700_000_000), &u16b(12345), &host, &hex("0102030405")]),
        ),
        (T_KEY, hex("0100 03 08 030101a80001")),
        (T_KEY, hex("c100 03 01 0102030405")),
        (T_PX, cat(&[&u16b(10), &wire_name("net2.it"), &wire_name("prmd-net2.admd-p400.c-it")])),
        (T_GPOS, cat(&[&cs(b"-32.6882"), &cs(b"116.8652"), &cs(b"10.0")])),
        (T_AAAA, hex("20010db8000000000000000000000001")),
        (T_AAAA, hex("00000000000000000000ffffc0000201")),
        (T_AAAA, hex("000000000000000000000000c0000201")),
        (T_AAAA, hex("00000000000000000000000000000000")),
        (T_AAAA, hex("fe800000000000000000000000000001")),
        (T_LOC, hex("00 12 16 13 8b0d2c8c 7f5e6a64 00989680")),
        (T_LOC, hex("00 99 00 ff 00000000 ffffffff 7fffffff")),
        (T_LOC, hex("01 0203")),
        (T_NXT, cat(&[&host, &hex("6200000001")])),
        (T_SRV, cat(&[&u16b(10), &u16b(60), &u16b(5060), &wire_name("sip.example.net")])),
        (T_SRV, cat(&[&u16b(0), &u16b(0), &u16b(0), &[0]])),
        (T_NAPTR, cat(&[&u16b(100), &u16b(10), &cs(b"S"), &cs(b"SIP+D2U"), &cs(b""), &wire_name("_sip._udp.example.net")])),
        (T_NAPTR, cat(&[&u16b(100), &u16b(10), &cs(b"U"), &cs(b"E2U+sip"), &cs(b"!^.*$!sip:info@example.net!"), &[0]])),
        (T_KX, cat(&[&u16b(10), &host])),
        (T_CERT, cat(&[&u16b(1), &u16b(12345), &[8], &hex("308201")])),
        (T_CERT, cat(&[&u16b(99), &u16b(0), &[200]])),
        (T_A6, cat(&[&[0], &hex("20010db8000000000000000000000001")])),
        (T_A6, cat(&[&[64], &hex("0000000000000001"), &host])),
        (T_A6, cat(&[&[128], &host])),
        (T_DNAME, host.clone()),
        (T_APL, hex("0001 15 03 c00002 0002 20 84 20010db8 0003 08 01 ff 0001 20 05 0102030405")),
        (T_DS, cat(&[&u16b(60485), &[13, 2], &hex("2bb183af5f22588179a53b0a98631fad1a292118de3cf8bd3b3f1bc1d4b1de0f")])),
        (T_CDS, cat(&[&u16b(1), &[8, 1], &hex("0102030405060708090a0b0c0d0e0f1011121314")])),
        (T_DLV, cat(&[&u16b(2), &[5, 4], &hex("aabb")])),
        (T_SSHFP, hex("04 02 a1b2c3d4e5f60718293a4b5c6d7e8f9001122334455667788990aabbccddeeff")),
        (T_SSHFP, hex("09 09")),
        (T_IPSECKEY, hex("0a 00 02 0102030405")),
        (T_IPSECKEY, hex("0a 01 02 c0000201 0102030405")),
        (T_IPSECKEY, hex("0a 02 01 20010db8000000000000000000000001 0102")),
        (T_IPSECKEY, cat(&[&hex("0a 03 02"), &host, &hex("0102")])),
        (T_IPSECKEY, hex("0a 07 03 0102")),
        (
            T_RRSIG,
            cat(&[
                &u16b(1),
                &[13, 2],
                &u32b(300),
                &u32b(2_114_380_800),
                &u32b(1_735_689_600),
                &u16b(12345),
                &wire_name("example.net"),
                &[0xab; 64],
            ]),
        ),
        (T_RRSIG, cat(&[&u16b(65534), &[99, 0], &u32b(0), &u32b(0), &u32b(u32::MAX), &u16b(0), &[0]])),
        (T_NSEC, cat(&[&wire_name("b.example.net"), &bitmap])),
        (T_NSEC, cat(&[&[0], &hex("0001 40 01 01 40")])),
        (T_DNSKEY, key.clone()),
        (T_DNSKEY, hex("0181 03 01 03010001abcdef0123")),
        (T_DNSKEY, hex("fe7e 02 05")),
        (T_CDNSKEY, key.clone()),
        (T_DHCID, hex("0002010102030405060708")),
        (T_NSEC3, cat(&[&hex("01 01 000a 04 aabbccdd 14 0123456789abcdef0123456789abcdef01234567"), &bitmap])),
        (T_NSEC3, cat(&[&hex("01 00 0000 00 01 ff"), &hex("0001 40")])),
        (T_NSEC3, hex("02 fe ffff 00 00")),
        (T_NSEC3PARAM, hex("01 00 000a 04 aabbccdd")),
        (T_NSEC3PARAM, hex("01 01 0000 00")),
        (T_TLSA, hex("03 01 01 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")),
        (T_TLSA, hex("07 07 07")),
        (T_HIP, cat(&[&hex("10 02 0004 200100107b1a74df365639cc39f1d578 01020304"), &host, &wire_name("rvs2.example.net")])),
        (T_OPENPGPKEY, b"mQINBFit2jsBEAC7".to_vec()),
        (T_CSYNC, cat(&[&u32b(66), &u16b(3), &hex("000460000008")])),
        (T_ZONEMD, cat(&[&u32b(2018031900), &[1, 1], &[0x5a; 48]])),
        (T_ZONEMD, cat(&[&u32b(1), &[0, 200], &[1]])),
        (T_SVCB, cat(&[&u16b(0), &wire_name("svc.example.net")])),
        (
            T_HTTPS,
            cat(&[
                &u16b(1),
                &[0],
                &svc_params(&[
                    (0, hex("00010003")),
                    (1, cat(&[&cs(b"h2"), &cs(b"h3")])),
                    (2, vec![]),
                    (3, u16b(8443).to_vec()),
                    (4, hex("c0000201c0000202")),
                    (5, hex("0045fe0d0041")),
                    (6, hex("20010db800000000000000000000000120010db8000000000000000000000002")),
                    (32769, hex("00010203")),
                    (65000, b"hi\x01".to_vec()),
                    (65001, vec![]),
                ]),
            ]),
        ),
        (T_SPF, cs(b"v=spf1 mx -all")),
        (T_NID, hex("000a 14 4d 00 00 00 00 00 01")),
        (T_L32, hex("000a 0a010203")),
        (T_L64, hex("000a 2001 0db8 1140 1000")),
        (T_LP, cat(&[&u16b(10), &host])),
        (T_EUI48, hex("00005e0053ff")),
        (T_EUI64, hex("00005efe0053ffff")),
        (
            T_TKEY,
            cat(&[
                &wire_name("hmac-sha256"),
                &u32b(1_700_000_000),
                &u32b(1_700_086_400),
                &u16b(4),
                &u16b(0),
                &u16b(4),
                &hex("01020304"),
                &u16b(2),
                &hex("abcd"),
            ]),
        ),
        (T_TKEY, cat(&[&wire_name("gss-tsig"), &u32b(0), &u32b(0), &u16b(5), &u16b(17), &u16b(0), &u16b(0)])),
        (
            T_TSIG,
            cat(&[
                &wire_name("hmac-sha256"),
                &hex("000065a0bc00"),
                &u16b(300),
                &u16b(4),
                &hex("01020304"),
                &u16b(4660),
                &u16b(0),
                &u16b(0),
            ]),
        ),
        (
            T_TSIG,
            cat(&[
                &wire_name("hmac-md5.sig-alg.reg.int"),
                &hex("000165a0bc00"),
                &u16b(300),
                &u16b(0),
                &u16b(1),
                &u16b(18),
                &u16b(6),
                &hex("000065a0bc00"),
            ]),
        ),
        (257, cat(&[&[0], &cs(b"issue"), b"letsencrypt.org"])),
        (257, cat(&[&[128], &cs(b"issuewild"), b";"])),
        (257, cat(&[&[0], &cs(b"iodef"), b"mailto:security@example.net"])),
        (257, cat(&[&[1], &cs(b"tbs"), b"Unknown\x01\xff"])),
        (257, cat(&[&[0], &cs(b"iss"), b"x"])),
        (T_WINS, cat(&[&u32b(1), &u32b(2), &u32b(900), &u32b(2), &hex("c0000201c0000202")])),
        (T_WINS_R, cat(&[&u32b(0), &u32b(2), &u32b(900), &host])),
        (T_XPF, hex("04 11 c0000201 c0000202 d431 0035")),
        (T_XPF, hex("06 06 20010db8000000000000000000000001 20010db8000000000000000000000002 d431 0035")),
        (T_XPF, hex("05 01")),
        (256, cat(&[&u16b(10), &u16b(1), b"https://example.net/"])),
        (65534, hex("0102030405")),
        (62000, vec![]),
        (T_DHCID, vec![0xaa; 40]),
    ];
    // A name with a bitstring label, an unknown extended label, a pointer
    // loop, and odd bytes.
    v.push((T_PTR, hex("41 10 abcd 00")));
    v.push((T_PTR, hex("42 01 00")));
    v.push((T_CNAME, cat(&[&[4, 0x07, b'a', b'.', 0x7f, 5, 0xc3, 0xa9, 0xe2, 0x80, 0x8b], &[0]])));
    v.push((T_CNAME, cat(&[&[63], &[b'a'; 63], &[63], &[b'b'; 63], &[63], &[b'c'; 63], &[61], &[b'd'; 61], &[0]])));
    v
}

/// EDNS OPT RDATA samples.
pub(super) fn opt_samples() -> Vec<Vec<u8>> {
    vec![
        vec![],
        opts(&[(10, hex("0123456789abcdef"))]),
        opts(&[(10, hex("0123456789abcdef0102030405060708090a0b0c0d0e0f10"))]),
        opts(&[(3, b"ns1.lab".to_vec())]),
        opts(&[(3, vec![])]),
        opts(&[(8, hex("0001 18 00 c00002"))]),
        opts(&[(8, hex("0002 38 30 20010db8000000"))]),
        opts(&[(8, hex("0003 08 00 01"))]),
        opts(&[(0x50fa, hex("0001 20 00 c0000201"))]),
        opts(&[(12, vec![0; 20])]),
        opts(&[(15, hex("0006")), (15, cat(&[&u16b(9), b"no SEP matching the DS found for lab."])), (15, hex("ffff41"))]),
        opts(&[(11, hex("0064")), (11, vec![])]),
        opts(&[(13, wire_name("example.net"))]),
        opts(&[(5, hex("080d0f")), (6, hex("0102")), (7, hex("01"))]),
        opts(&[(9, hex("00000e10")), (65001, hex("beef")), (0, vec![])]),
    ]
}

/// Well-formed messages: queries and responses with every sample.
pub(super) fn synthetic_corpus() -> Vec<Vec<u8>> {
    let qname = wire_name("example.net");
    let mut out = vec![
        Msg::new(0x1234, 0x0100).q(&qname, 1, 1).bytes(),
        Msg::new(0x1234, 0x0120).q(&qname, 28, 1).rr(3, &[0], T_OPT, 1232, 0x8000, &opts(&[(10, hex("0123456789abcdef"))])).bytes(),
        Msg::new(1, 0x0000).q(&[0], 2, 1).bytes(),
        Msg::new(2, 0x8583).q(&qname, 255, 255).bytes(),
        // UPDATE with prerequisite-style records (class NONE / ANY).
        Msg::new(3, 0x2800).q(&qname, 6, 1).rr(2, &qname, 1, 254, 0, &[]).rr(2, &qname, 255, 255, 0, &[]).bytes(),
        Msg::new(4, 0xb7ff).q(&qname, 252, 3).q(&qname, 251, 4).q(&qname, 65000, 9).bytes(),
        // DSO (opcode 6) with no records; opcode 2.
        Msg::new(5, 0x3000).bytes(),
        Msg::new(6, 0x1000).bytes(),
    ];
    // DSO TLVs: keepalive, retry delay, padding, unknown.
    let mut dso = Msg::new(7, 0x3000);
    dso.body = hex("0001 0008 0000ea60 00002710 0002 0004 00000bb8 0003 0003 000000 0040 0002 abcd");
    out.push(dso.bytes());
    for (i, (t, rd)) in rdata_samples().into_iter().enumerate() {
        let owner: Vec<u8> = match i % 3 {
            0 => vec![0xc0, 0x0c],
            1 => wire_name("_sip._tcp.example.net"),
            _ => [&[4, b'h', b'o', b's', b't'][..], &[0xc0, 0x0c]].concat(),
        };
        let ttl = [300, 0, 86400 * 3 + 61, 0x8000_0001][i % 4];
        out.push(Msg::new(i as u16, 0x8580).q(&qname, t, 1).rr(1, &owner, t, 1, ttl, &rd).bytes());
    }
    for (i, o) in opt_samples().into_iter().enumerate() {
        let ttl = [0, 0x8000, 0x0100_0000 | 0x8000, 0x00ff_7fff][i % 4];
        out.push(Msg::new(0x4000 + i as u16, 0x8180).q(&qname, 1, 1).rr(3, &[0], T_OPT, 4096, ttl, &o).bytes());
    }
    out
}

/// One seeded mutation of a message.
pub(super) fn mutate(rng: &mut Rng, msg: &[u8]) -> Vec<u8> {
    let mut m = msg.to_vec();
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        if m.is_empty() {
            m.push(rng.byte());
            continue;
        }
        let i = rng.below(m.len());
        match rng.below(10) {
            0 => m.truncate(i),
            1 => m[i] = rng.byte(),
            2 => m[i] ^= 1 << rng.below(8),
            3 => m[i] = [0x00, 0xff, 0xc0, 0xc0, 0x3f, 0x40, 0x41, 0x80, 0x01, 0x0c][rng.below(10)],
            4 => {
                let n = 1 + rng.below(4);
                let b = rng.bytes(n);
                m.splice(i..i, b);
            }
            5 => {
                let n = 1 + rng.below(4);
                m.drain(i..(i + n).min(m.len()));
            }
            6 => {
                // A length-ish 16-bit field somewhere.
                if i + 1 < m.len() {
                    let v = [0u16, 1, 2, 3, 4, 5, 8, 0xffff, 0x8000, (m.len() - i) as u16][rng.below(10)];
                    m[i..i + 2].copy_from_slice(&v.to_be_bytes());
                }
            }
            7 => {
                // A pointer to somewhere.
                if i + 1 < m.len() {
                    let target = rng.below(m.len() + 4) as u16;
                    m[i..i + 2].copy_from_slice(&(0xc000 | target).to_be_bytes());
                }
            }
            8 => {
                // A section count.
                if m.len() >= 12 {
                    let c = 4 + 2 * rng.below(4);
                    let v = [0u16, 1, 2, 3, 0xffff][rng.below(5)];
                    m[c..c + 2].copy_from_slice(&v.to_be_bytes());
                }
            }
            _ => {
                let n = rng.below(6);
                let extra = rng.bytes(n);
                m.extend_from_slice(&extra);
            }
        }
    }
    m
}

/// The real messages captured from the lab (see lab.hex).
pub(super) fn lab_corpus() -> Vec<(Protocol, Vec<u8>)> {
    include_str!("dump_lab.hex")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (proto, rest) = match l.split_once(' ') {
                Some(("t", h)) => (Protocol::Tcp, h),
                Some((_, h)) => (Protocol::Udp, h),
                None => (Protocol::Udp, l),
            };
            (proto, hex(rest))
        })
        .collect()
}

/// DUMP_FUZZ=N cargo test fuzz_explore -- --ignored --nocapture: compare N
/// mutations with tshark and print the differences.
#[test]
#[ignore]
fn fuzz_explore() {
    let n: usize = std::env::var("DUMP_FUZZ").ok().and_then(|v| v.parse().ok()).unwrap_or(500);
    let seed: u64 = std::env::var("DUMP_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    let mut base: Vec<(Protocol, Vec<u8>)> = synthetic_corpus().into_iter().map(|m| (Protocol::Udp, m)).collect();
    base.extend(lab_corpus());
    let mut rng = Rng::new(seed);
    let mut packets = Vec::new();
    if std::env::var("DUMP_FUZZ_BASE").is_ok() {
        for (i, (proto, m)) in base.iter().enumerate() {
            packets.push(packet(i, m.clone(), *proto, Direction::Received));
        }
    } else {
        for i in 0..n {
            let (proto, m) = &base[rng.below(base.len())];
            let mut mutated = mutate(&mut rng, m);
            if std::env::var("DUMP_RANDOM").is_ok() {
                let n = rng.below(40);
                mutated = rng.bytes(n);
            }
            if mutated.is_empty() {
                continue;
            }
            let proto = if std::env::var("DUMP_TCP").is_ok() { Protocol::Tcp } else { *proto };
            packets.push(packet(i, mutated, proto, Direction::Received));
        }
    }
    let problems = compare_with_tshark("fuzz-explore", &packets);
    println!("{} of {} differ", problems.len(), packets.len());
    for (i, diff, ours, theirs) in problems.iter().take(std::env::var("DUMP_SHOW").ok().and_then(|v| v.parse().ok()).unwrap_or(5)) {
        let bytes = HEXLOWER.encode(&packets[*i].bytes);
        println!("=== message {i}: {diff}\nbytes {bytes}\n--- ours:\n{ours}\n--- tshark:\n{theirs}\n");
    }
    for (_, diff, _, _) in &problems {
        println!("DIFF {diff}");
    }
}

// ---------------------------------------------------------------------------
// Fixtures: bytes with a comment per field, and the dissection expected
// ---------------------------------------------------------------------------

/// The course exercise: `www.ietf.org A` sent to the stub resolver.
fn ietf_query() -> Vec<u8> {
    hex("3d58 0100 0001 0000 0000 0000 \
         03 777777 04 69657466 03 6f7267 00 \
         0001 0001")
    // ID 0x3d58 | flags: RD | QD=1 AN=0 NS=0 AR=0
    // "www" "ietf" "org" root | type A | class IN
}

/// Its answer: two A records whose owner is a pointer to the question
/// name, and an OPT record with a server cookie.
fn ietf_response() -> Vec<u8> {
    hex("3d58 8180 0001 0002 0000 0001 \
         03 777777 04 69657466 03 6f7267 00 0001 0001 \
         c00c 0001 0001 0000068e 0004 8497064b \
         c00c 0001 0001 00000687 0004 41f6ff33 \
         00 0029 04d0 00 00 0000 001c \
         000a 0018 0123456789abcdef 01000000669a1b2c0102030405060708")
    // ID | QR RD RA, NOERROR | QD=1 AN=2 NS=0 AR=1
    // question: www.ietf.org A IN
    // answer: ptr->12 (www.ietf.org) A IN TTL 1678 RDLEN 4 132.151.6.75
    // answer: ptr->12 A IN TTL 1671 RDLEN 4 65.246.255.51
    // OPT: root, type 41, UDP 1232, ext-rcode 0, version 0, flags 0, RDLEN 28
    // COOKIE (10), 24 bytes: client cookie, then server cookie
}

#[test]
fn query_as_wireshark_shows_it() {
    let p = packet(0, ietf_query(), Protocol::Udp, Direction::Sent);
    let expected = "\
Query sent to 127.0.0.53#53 over UDP (30 bytes)
Domain Name System (query)
    Transaction ID: 0x3d58
    Flags: 0x0100 Standard query
        0... .... .... .... = Response: Message is a query
        .000 0... .... .... = Opcode: Standard query (0)
        .... ..0. .... .... = Truncated: Message is not truncated
        .... ...1 .... .... = Recursion desired: Do query recursively
        .... .... .0.. .... = Z: reserved (0)
        .... .... ...0 .... = Non-authenticated data: Unacceptable
    Questions: 1
    Answer RRs: 0
    Authority RRs: 0
    Additional RRs: 0
    Queries
        www.ietf.org: type A, class IN
            Name: www.ietf.org
            [Name Length: 12]
            [Label Count: 3]
            Type: A (Host Address) (1)
            Class: IN (0x0001)
0000  3d 58 01 00 00 01 00 00 00 00 00 00 03 77 77 77   =X...........www
0010  04 69 65 74 66 03 6f 72 67 00 00 01 00 01         .ietf.org.....

";
    assert_eq!(render_packet(&p, &DumpOptions::default()), expected);
}

#[test]
fn response_with_pointers_and_cookie() {
    let d = dissect(&ietf_response(), Protocol::Udp);
    let expected = "\
Domain Name System (response)
    Transaction ID: 0x3d58
    Flags: 0x8180 Standard query response, No error
        1... .... .... .... = Response: Message is a response
        .000 0... .... .... = Opcode: Standard query (0)
        .... .0.. .... .... = Authoritative: Server is not an authority for domain
        .... ..0. .... .... = Truncated: Message is not truncated
        .... ...1 .... .... = Recursion desired: Do query recursively
        .... .... 1... .... = Recursion available: Server can do recursive queries
        .... .... .0.. .... = Z: reserved (0)
        .... .... ..0. .... = Answer authenticated: Answer/authority portion was not authenticated by the server
        .... .... ...0 .... = Non-authenticated data: Unacceptable
        .... .... .... 0000 = Reply code: No error (0)
    Questions: 1
    Answer RRs: 2
    Authority RRs: 0
    Additional RRs: 1
    Queries
        www.ietf.org: type A, class IN
            Name: www.ietf.org
            [Name Length: 12]
            [Label Count: 3]
            Type: A (Host Address) (1)
            Class: IN (0x0001)
    Answers
        www.ietf.org: type A, class IN, addr 132.151.6.75
            Name: www.ietf.org
            Type: A (Host Address) (1)
            Class: IN (0x0001)
            Time to live: 1678 (27 minutes, 58 seconds)
            Data length: 4
            Address: 132.151.6.75
        www.ietf.org: type A, class IN, addr 65.246.255.51
            Name: www.ietf.org
            Type: A (Host Address) (1)
            Class: IN (0x0001)
            Time to live: 1671 (27 minutes, 51 seconds)
            Data length: 4
            Address: 65.246.255.51
    Additional records
        <Root>: type OPT
            Name: <Root>
            Type: OPT (41)
            UDP payload size: 1232
            Higher bits in extended RCODE: 0x00
            EDNS0 version: 0
            Z: 0x0000
                0... .... .... .... = DO bit: Cannot handle DNSSEC security RRs
                .000 0000 0000 0000 = Reserved: 0x0000
            Data length: 28
            Option: COOKIE
                Option Code: COOKIE (10)
                Option Length: 24
                Option Data: 0123456789abcdef01000000669a1b2c0102030405060708
                Client Cookie: 0123456789abcdef
                Server Cookie: 01000000669a1b2c0102030405060708
";
    assert_eq!(d.text(), expected);
    assert!(!d.is_malformed());
    // The fields carry Wireshark's names.
    let dns = d.dns.as_ref().unwrap();
    assert_eq!(dns.field, "dns");
    assert_eq!(dns.children[0].field, "dns.id");
    let answers = dns.children.iter().find(|i| i.label == "Answers").unwrap();
    assert_eq!(answers.field, "");
    let fields: Vec<&str> = answers.children[0].children.iter().map(|i| i.field).collect();
    assert_eq!(fields, ["dns.resp.name", "dns.resp.type", "dns.resp.class", "dns.resp.ttl", "dns.resp.len", "dns.a"]);
}

#[test]
fn tcp_shows_the_length_field_and_dumps_the_prefix() {
    let p = packet(0, ietf_query(), Protocol::Tcp, Direction::Sent);
    let text = render_packet(&p, &DumpOptions::default());
    assert!(text.starts_with("Query sent to 127.0.0.53#53 over TCP (30 bytes + 2-byte length)\nDomain Name System (query)\n    Length: 30\n    Transaction ID: 0x3d58\n"), "{text}");
    assert!(text.contains("\n0000  00 1e 3d 58 01 00 00 01 00 00 00 00 00 00 03 77   ..=X...........w\n"), "{text}");
}

#[test]
fn truncated_message_is_malformed_where_the_bytes_end() {
    // The response cut in the middle of the first answer's RDATA.
    let mut bytes = ietf_response();
    bytes.truncate(12 + 18 + 12 + 2);
    let d = dissect(&bytes, Protocol::Udp);
    let text = d.text();
    // The answer's subtree needs all its bytes: Wireshark stops at the
    // "Answers" line, then says the packet is malformed.
    assert!(
        text.ends_with(
            "            Class: IN (0x0001)
    Answers
[Malformed Packet: DNS]
    [Expert Info (Error/Malformed): Malformed Packet (Exception occurred)]
        [Malformed Packet (Exception occurred)]
        [Severity level: Error]
        [Group: Malformed]
"
        ),
        "{text}"
    );
    assert!(d.is_malformed());
}

#[test]
fn too_short_for_a_tree() {
    // Fewer than 4 bytes: no ID and flags, so no DNS tree at all.
    let d = dissect(&[0x12, 0x34, 0x01], Protocol::Udp);
    assert!(d.dns.is_none());
    assert!(d.text().starts_with("[Malformed Packet: DNS]\n"));
    // 5 bytes: ID and flags are shown, the question count is cut.
    let d = dissect(&hex("1234 0100 00"), Protocol::Udp);
    let text = d.text();
    assert!(text.contains("Flags: 0x0100 Standard query\n") && !text.contains("Questions"), "{text}");
    assert!(d.is_malformed());
}

#[test]
fn compression_pointers_loops_and_odd_labels() {
    let q = wire_name("example.net");
    let m = Msg::new(7, 0x8400)
        .q(&q, 5, 1)
        // CNAME: a forward pointer (to the next record's owner, at 43),
        // fine for Wireshark
        .rr(1, &hex("c00c"), 5, 1, 60, &hex("c02b"))
        // owner: label "a", then a pointer read at 45..47 to 49: "two past
        // itself" is Wireshark's loop test
        .rr(1, &hex("0161 c031"), 1, 1, 60, &hex("7f000001"));
    let d = dissect(&m.bytes(), Protocol::Udp);
    let text = d.text();
    assert!(text.contains("example.net: type CNAME, class IN, cname <Name contains a pointer that loops>\n"), "{text}");
    assert!(text.contains("<Name contains a pointer that loops>: type A, class IN, addr 127.0.0.1\n"), "{text}");
    // An unknown extended label; a bitstring label (RFC 2673), which
    // Wireshark writes but does not count, so "x" is all it shows.
    let m = Msg::new(8, 0x8400).q(&q, 12, 1).rr(1, &hex("c00c"), 12, 1, 0, &hex("0178 42 00")).rr(
        1,
        &hex("c00c"),
        12,
        1,
        0,
        &hex("0178 41 10 abcd 00"),
    );
    let d = dissect(&m.bytes(), Protocol::Udp);
    let text = d.text();
    assert!(text.contains("Domain Name: <Unknown extended label>\n"), "{text}");
    assert!(text.contains("Domain Name: x\n"), "{text}");
    assert!(!d.is_malformed());
    // A name of nothing but a bitstring label shows nothing: malformed.
    let m = Msg::new(8, 0x8400).q(&q, 12, 1).rr(1, &hex("c00c"), 12, 1, 0, &hex("41 10 abcd 00"));
    assert!(dissect(&m.bytes(), Protocol::Udp).is_malformed());
}

#[test]
fn names_are_escaped_as_tshark_does() {
    // Labels with BEL, '.', DEL, UTF-8 é, and U+200B (not printable).
    let name = [&[4, 0x07, b'a', b'.', 0x7f][..], &[5, 0xc3, 0xa9, 0xe2, 0x80, 0x8b], &[2, 0xff, b'x'], &[0]].concat();
    let m = Msg::new(9, 0x0000).q(&name, 1, 1);
    let text = dissect(&m.bytes(), Protocol::Udp).text();
    assert!(text.contains("        \\aa.\\177.é\\u200B.�x: type A, class IN\n"), "{text}");
    // The label count counts the dot inside the first label too.
    assert!(text.contains("[Name Length: 13]\n            [Label Count: 4]\n"), "{text}");
}

#[test]
fn long_strings_are_truncated_like_wireshark_labels() {
    let m = Msg::new(10, 0x8400).q(&wire_name("long.example"), 16, 1).rr(1, &hex("c00c"), 16, 1, 0, &cs(&[b'x'; 255]));
    let text = dissect(&m.bytes(), Protocol::Udp).text();
    let line = text.lines().find(|l| l.contains("TXT [truncated]: ")).expect(&text);
    // 238 bytes of label: the name, " [truncated]", ": ", then the value.
    assert_eq!(line.trim_start().len(), 238);
}

#[test]
fn control_characters_from_raw_strings_are_escaped_in_text() {
    // HINFO's summary copies the CPU string raw; text() escapes it.
    let m =
        Msg::new(11, 0x8400).q(&wire_name("h.example"), 13, 1).rr(1, &hex("c00c"), 13, 1, 0, &[&cs(b"a\x1b[2Jb")[..], &cs(b"os")].concat());
    let d = dissect(&m.bytes(), Protocol::Udp);
    assert!(d.text().contains("type HINFO, class IN, CPU a\\033[2Jb, OS os\n"));
    assert!(d.text_raw().contains("CPU a\x1b[2Jb, OS os\n"));
}

#[test]
fn hex_dump_matches_tshark_x() {
    let bytes: Vec<u8> = (0x1e..0x32).collect();
    assert_eq!(
        hex_dump(&bytes),
        "0000  1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d   .. !\"#$%&'()*+,-\n\
         0010  2e 2f 30 31                                       ./01\n"
    );
    assert_eq!(hex_dump(&[]), "");
    let big = vec![0x7fu8; 0x10001];
    assert!(hex_dump(&big).lines().last().unwrap().starts_with("10000  7f  "));
}

#[test]
fn header_lines() {
    let mut p = packet(0, ietf_response(), Protocol::Udp, Direction::Received);
    assert_eq!(header_line(&p), "Response received from 127.0.0.53#53 over UDP (101 bytes)");
    p.peer = "[2001:db8::53]:5353".parse().unwrap();
    p.bytes = vec![1];
    assert_eq!(header_line(&p), "Message received from 2001:db8::53#5353 over UDP (1 bytes)");
    let opts = DumpOptions { header: false, tree: false, hex: true };
    assert_eq!(render_packet(&p, &opts), "0000  01                                                .\n\n");
}

#[test]
fn formatting_helpers() {
    assert_eq!(fmt_g(0.0), "0");
    assert_eq!(fmt_g(1e7), "1e+07");
    assert_eq!(fmt_g(90000.0), "90000");
    assert_eq!(fmt_g(0.01), "0.01");
    assert_eq!(fmt_g(-100000.0), "-100000");
    assert_eq!(fmt_g(42949672.95), "4.29497e+07");
    assert_eq!(fmt_g(0.00001), "1e-05");
    assert_eq!(time_secs_text(0), "0 seconds");
    assert_eq!(time_secs_text(86400 + 3600 + 61), "1 day, 1 hour, 1 minute, 1 second");
    assert_eq!(abs_time_text(2_114_380_800), "Jan  1, 2037 00:00:00.000000000 UTC");
    assert_eq!(abs_time_text(0), "Jan  1, 1970 00:00:00.000000000 UTC");
    assert_eq!(ipv6_text(&hex("00000000000000000000ffffc0000201")), "::ffff:192.0.2.1");
    assert_eq!(ipv6_text(&hex("000000000000000000000000c0000201")), "::192.0.2.1");
    assert_eq!(ipv6_text(&hex("00000000000000000000000000000001")), "::1");
    assert_eq!(ipv6_text(&hex("20010db8000000010000000000000001")), "2001:db8:0:1::1");
    assert_eq!(ipv6_text(&hex("20010db8000000000001000000000001")), "2001:db8::1:0:0:1");
    assert_eq!(base64(b"hello"), "aGVsbG8=");
    assert_eq!(bytes_to_str(&[]), "<MISSING>");
    assert_eq!(bytes_to_str(&[0xab; 37]), format!("{}\u{2026}", "ab".repeat(36)));
}

#[test]
fn pathological_compression_chains_finish_quickly() {
    // 30,000 one-byte labels ending in a pointer back to their start, and
    // 2,700 answers whose names point into that chain: every name follows
    // up to 256 pointers through the whole chain.
    let mut body = Vec::new();
    let chain_start = 12 + 5;
    for _ in 0..15_000 {
        body.extend_from_slice(&[1, b'a']);
    }
    body.extend_from_slice(&(0xc000u16 | chain_start as u16).to_be_bytes());
    let mut m = Msg::new(1, 0x8000).q(&[0], 1, 1);
    m.body.extend_from_slice(&body);
    for _ in 0..2_700 {
        m = m.rr(1, &(0xc000u16 | chain_start as u16).to_be_bytes(), 1, 1, 0, &[127, 0, 0, 1]);
    }
    let started = std::time::Instant::now();
    let d = dissect(&m.bytes(), Protocol::Udp);
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "took {:?}", started.elapsed());
    assert!(d.is_malformed());
}

// ---------------------------------------------------------------------------
// The comparison with tshark (runs when tshark is installed; required when
// RLOOKUP_REQUIRE_TSHARK=1)
// ---------------------------------------------------------------------------

/// Queries as sent, responses as received.
fn as_exchanged(i: usize, bytes: Vec<u8>, protocol: Protocol) -> Packet {
    let direction = if bytes.get(2).is_some_and(|b| b & 0x80 != 0) { Direction::Received } else { Direction::Sent };
    packet(i, bytes, protocol, direction)
}

#[test]
fn lab_traffic_matches_tshark() {
    let packets: Vec<Packet> = lab_corpus().into_iter().enumerate().map(|(i, (proto, m))| as_exchanged(i, m, proto)).collect();
    assert!(packets.len() > 100);
    assert_same_as_tshark("lab", &packets);
}

#[test]
fn every_record_type_matches_tshark() {
    let corpus = synthetic_corpus();
    let mut packets: Vec<Packet> = corpus.iter().enumerate().map(|(i, m)| as_exchanged(i, m.clone(), Protocol::Udp)).collect();
    // And over TCP.
    let n = packets.len();
    packets.extend(corpus.into_iter().enumerate().map(|(i, m)| as_exchanged(n + i, m, Protocol::Tcp)));
    assert_same_as_tshark("types", &packets);
}

#[test]
fn mutated_messages_match_tshark() {
    if !tshark_available() {
        return;
    }
    let mut base: Vec<(Protocol, Vec<u8>)> = synthetic_corpus().into_iter().map(|m| (Protocol::Udp, m)).collect();
    base.extend(lab_corpus());
    let mut rng = Rng::new(20240601);
    let mut packets = Vec::new();
    for i in 0..3000 {
        let (proto, m) = &base[rng.below(base.len())];
        let mutated = mutate(&mut rng, m);
        if mutated.is_empty() {
            continue;
        }
        // Every fourth over TCP, whatever it came on.
        let proto = if i % 4 == 0 { Protocol::Tcp } else { *proto };
        packets.push(as_exchanged(i, mutated, proto));
    }
    // Short random messages: where the header itself is cut.
    for i in 0..300 {
        let n = 1 + rng.below(24);
        packets.push(as_exchanged(3000 + i, rng.bytes(n), Protocol::Udp));
    }
    assert_same_as_tshark("mutations", &packets);
}

// ---------------------------------------------------------------------------
// No panic on any input
// ---------------------------------------------------------------------------

#[test]
fn fuzz_never_panics() {
    let mut base: Vec<Vec<u8>> = synthetic_corpus();
    base.extend(lab_corpus().into_iter().map(|(_, m)| m));
    let mut rng = Rng::new(7);
    let mut capture = PcapWriter::new(Vec::new()).unwrap();
    let mut malformed = 0;
    for i in 0..20_000 {
        let m = if i % 5 == 4 {
            let n = rng.below(64);
            rng.bytes(n)
        } else {
            let b = &base[rng.below(base.len())];
            let mut m = mutate(&mut rng, b);
            if i % 7 == 0 {
                m = mutate(&mut rng, &m);
            }
            m
        };
        let proto = if i % 3 == 0 { Protocol::Tcp } else { Protocol::Udp };
        let p = as_exchanged(i, m, proto);
        let text = render_packet(&p, &DumpOptions::default());
        assert!(!text.is_empty());
        let d = dissect(&p.bytes, proto);
        malformed += usize::from(d.is_malformed());
        // Escaped text never carries control characters but newlines.
        assert!(!d.text().chars().any(|c| c.is_control() && c != '\n'));
        capture.write(&p).unwrap();
    }
    let bytes = capture.finish().unwrap();
    assert!(bytes.len() > 24);
    // Mutations are mostly malformed, but not all.
    assert!(malformed > 1000 && malformed < 19_000, "{malformed}");
}
