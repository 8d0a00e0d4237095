//! Unit tests of `wire::message`: hand-built and mutated messages through
//! the parser (BIND's results for each malformation), and the corpus of
//! mutated messages (`mutated_messages`) that the renderers' tests reuse.

use super::*;
use crate_free::*;

/// Helpers to build messages by hand (no crate:: paths, so the file can
/// move into rlookup unchanged).
mod crate_free {
    pub fn hdr(flags: u16, qd: u16, an: u16, ns: u16, ar: u16) -> Vec<u8> {
        let mut v = vec![0x12, 0x34];
        for x in [flags, qd, an, ns, ar] {
            v.extend_from_slice(&x.to_be_bytes());
        }
        v
    }
    /// "a.test. A IN" at offset 12 (the name is at 12, "test." at 14).
    pub const Q: &[u8] = b"\x01a\x04test\x00\x00\x01\x00\x01";
    pub fn rr(name: &[u8], t: u16, c: u16, ttl: u32, rd: &[u8]) -> Vec<u8> {
        let mut v = name.to_vec();
        v.extend_from_slice(&t.to_be_bytes());
        v.extend_from_slice(&c.to_be_bytes());
        v.extend_from_slice(&ttl.to_be_bytes());
        v.extend_from_slice(&(rd.len() as u16).to_be_bytes());
        v.extend_from_slice(rd);
        v
    }
    pub fn hex(h: &str) -> Vec<u8> {
        data_encoding::HEXUPPER_PERMISSIVE.decode(h.as_bytes()).unwrap()
    }
}

#[derive(Debug, PartialEq)]
enum Want {
    Clean,
    Recoverable,
    Fails(&'static str),
}
use Want::*;

/// Crafted replies served to dig 9.18.49 (a one-shot UDP responder on
/// 127.0.0.1): what dig printed with +besteffort (default) and with
/// +nobesteffort (";; Got bad packet: <text>", or the "malformed
/// message packet" warning = recoverable), and the "Message has N extra
/// bytes at end" count in best-effort mode.
#[rustfmt::skip]
const DIG_CASES: &[(&str, Want, Want, usize)] = &[
    // ok
    ("000081800001000100000000016104746573740000010001c00c000100010000012c000401020304",
        Clean, Clean, 0),
    // ptrloop
    ("000081800001000100000000016104746573740000010001c01d000100010000012c000401020304",
        Fails("bad compression pointer"), Fails("bad compression pointer"), 0),
    // ptrfwd
    ("000081800001000100000000016104746573740000010001c030000100010000012c000401020304",
        Fails("bad compression pointer"), Fails("bad compression pointer"), 0),
    // badlabel
    ("00008180000100010000000001610474657374000001000141000100010000012c000401020304",
        Fails("bad label type"), Fails("bad label type"), 0),
    // trunc_rr
    ("000081800001000200000000016104746573740000010001c00c000100010000012c000401020304c00c0001",
        Recoverable, Fails("unexpected end of input"), 2),
    // trunc_rdata
    ("000081800001000100000000016104746573740000010001c00c000100010000012c00040102",
        Recoverable, Fails("unexpected end of input"), 2),
    // extra
    ("000081800001000100000000016104746573740000010001c00c000100010000012c00050102030405",
        Fails("extra input data"), Fails("extra input data"), 0),
    // nsec_ptr
    ("000081800001000100000000016104746573740000010001c00c002f00010000012c0005c00c000140",
        Clean, Clean, 0),
    // two_opt
    ("00008180000100000000000201610474657374000001000100002904d000000000000000002904d0000000000000",
        Recoverable, Fails("FORMERR"), 0),
    // tsig_notlast
    ("0000818000010000000000020161047465737400000100010000fa00ff0000000000110000000000000000000000000000000000c00c0001000100000001000401020304",
        Recoverable, Fails("TSIG in wrong location"), 0),
    // toolong
    ("0000818000010001000000000161047465737400000100013f7878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878783f7878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878783f7878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878783f78787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787800000100010000012c000401020304",
        Fails("name too long"), Fails("name too long"), 0),
    // nsec3owner
    ("000081800001000100000000016104746573740000010001017ac00c003200010000012c001a0100000000141111111111111111111111111111111111111111",
        Fails("bad owner name (check-names)"), Fails("bad owner name (check-names)"), 0),
    // badcookie
    ("00008180000100000000000101610474657374000001000100002904d0000000000007000a0003616263",
        Fails("malformed OPT option"), Fails("malformed OPT option"), 0),
    // classmismatch
    ("000081800001000100000000016104746573740000010001c00c000100030000012c000401020304",
        Recoverable, Fails("FORMERR"), 4),
    // rrsig0
    ("000081800001000100000000016104746573740000010001c00c002e00010000012c001400000d02000000000000000000000000000000ab",
        Recoverable, Fails("FORMERR"), 0),
    // qdup
    ("000081800002000000000000016104746573740000010001016104746573740000010001",
        Recoverable, Fails("FORMERR"), 0),
    // q2names
    ("0000818000020000000000000161047465737400000100010162c00e00010001",
        Recoverable, Fails("FORMERR"), 0),
    // empty_txt
    ("000081800001000100000000016104746573740000010001c00c001000010000012c0000",
        Recoverable, Fails("unexpected end of input"), 0),
    // loc_range
    ("000081800001000100000000016104746573740000010001c00c001d00010000012c001000a00000000000000000000000000000",
        Fails("out of range"), Fails("out of range"), 0),
    // ipsec_gw9
    ("000081800001000100000000016104746573740000010001c00c002d00010000012c00040a090200",
        Fails("not implemented"), Fails("not implemented"), 0),
    // naptr_re
    ("000081800001000100000000016104746573740000010001c00c002300010000012c000e0001000101750005216128212100",
        Fails("syntax error"), Fails("syntax error"), 0),
    // nxt_bitmap
    ("000081800001000100000000016104746573740000010001c00c001e00010000012c00020080",
        Fails("bad bitmap"), Fails("bad bitmap"), 0),
    // optrcode
    ("00008181000100000000000101610474657374000001000100002904d0010000000000",
        Clean, Clean, 0),
    // tc_trunc
    ("000083800001000300000000016104746573740000010001c00c000100010000012c000401020304",
        Recoverable, Fails("unexpected end of input"), 0),
    // rdata_name_overrun
    ("000081800001000100000000016104746573740000010001c00c000200010000012c00020361626300",
        Recoverable, Fails("unexpected end of input"), 5),
    // sig0_ok
    ("00008180000100000000000101610474657374000001000100001800ff00000000001400000d00000000000000000000000000000000ab",
        Clean, Clean, 0),
    // opcode_update_meta
    ("000028000001000100000000016104746573740000010001c00c000100ff00000000000101",
        Fails("FORMERR"), Fails("FORMERR"), 0),
    // ov_junk
    ("000081800001000100000000016104746573740000010001c00c000200010000012c000201610000000000000000000000",
        Recoverable, Fails("unexpected end of input"), 13),
    // short_name_extra
    ("000081800001000100000000016104746573740000010001c00c000200010000012c000401610007",
        Fails("extra input data"), Fails("extra input data"), 0),
    // mx_overrun
    ("000081800001000100000000016104746573740000010001c00c000f00010000012c00030001016100",
        Recoverable, Fails("unexpected end of input"), 5),
    // ov_then_rr
    ("000081800001000200000000016104746573740000010001c00c000200010000012c0002016100c00c000100010000012c000401020304",
        Recoverable, Fails("unexpected end of input"), 19),

];

#[test]
fn parse_results_match_dig() {
    for (h, best, strict, extra) in DIG_CASES {
        let b = hex(h);
        let got_best = match parse_best_effort(&b) {
            Ok((_, true)) => Recoverable,
            Ok(_) => Clean,
            Err(e) => Fails(e.text),
        };
        assert_eq!(&got_best, best, "{h}");
        let got_strict = match parse(&b) {
            Ok(_) => Clean,
            Err(e) => Fails(e.text),
        };
        assert_eq!(&got_strict, strict, "{h}");
        if let Ok((m, _)) = parse_best_effort(&b) {
            assert_eq!(b.len() - m.parsed_len, *extra, "extra bytes {h}");
        }
    }
}

#[test]
fn every_parse_error_text() {
    let texts: Vec<&str> = [
        WireError::UnexpectedEnd,
        WireError::BadLabelType,
        WireError::BadPointer,
        WireError::Disallowed,
        WireError::NameTooLong,
        WireError::FormErr,
        WireError::ExtraData,
        WireError::Range,
        WireError::NotImplemented,
        WireError::Syntax,
        WireError::BadBitmap,
        WireError::OptErr,
        WireError::NoSpace,
        WireError::BadOwnerName,
        WireError::BadTsig,
        WireError::BadSig0,
    ]
    .iter()
    .map(|e| perr(*e, 0).text)
    .collect();
    assert_eq!(
        texts,
        [
            "unexpected end of input",
            "bad label type",
            "bad compression pointer",
            "disallowed (by application policy)",
            "name too long",
            "FORMERR",
            "extra input data",
            "out of range",
            "not implemented",
            "syntax error",
            "bad bitmap",
            "malformed OPT option",
            "ran out of space",
            "bad owner name (check-names)",
            "TSIG in wrong location",
            "SIG(0) in wrong location",
        ]
    );
    assert_eq!(parse(&[0; 11]).unwrap_err().to_string(), "unexpected end of input");
}

#[test]
fn header_fields_and_sections() {
    // QR AA TC RD RA Z AD CD, opcode 2, rcode 3
    let mut m = hdr(0x8000 | (2 << 11) | 0x0400 | 0x0200 | 0x0100 | 0x0080 | 0x0040 | 0x0020 | 0x0010 | 3, 1, 1, 1, 1);
    m.extend_from_slice(Q);
    m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, 1]));
    m.extend(rr(b"\xc0\x0e", 2, 1, 600, b"\x02ns\xc0\x0e"));
    m.extend(rr(b"\x02ns\xc0\x0e", 28, 1, 60, &[0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
    let msg = parse(&m).unwrap();
    let h = msg.header;
    assert_eq!(
        (h.id, h.qr, h.opcode, h.aa, h.tc, h.rd, h.ra, h.z, h.ad, h.cd, h.rcode),
        (0x1234, true, 2, true, true, true, true, true, true, true, 3)
    );
    assert_eq!((h.qdcount, h.ancount, h.nscount, h.arcount), (1, 1, 1, 1));
    assert_eq!(msg.question[0].name.to_text(false), "a.test.");
    assert_eq!(msg.question[0].offset, 12);
    assert_eq!(msg.answer[0].name.to_text(false), "a.test.");
    assert_eq!(msg.answer[0].offset, 24);
    assert_eq!(msg.answer[0].rdata_offset, 36);
    assert_eq!(msg.answer[0].rdata_len, 4);
    // The NS RDATA was compressed: it is stored expanded.
    assert_eq!(msg.authority[0].rdata, b"\x02ns\x04test\x00");
    assert_eq!(msg.authority[0].rdata_len, 5);
    assert_eq!(msg.additional[0].name.to_text(false), "ns.test.");
    assert_eq!(msg.section(Section::Additional).len(), 1);
    assert_eq!(msg.parsed_len, m.len());
    assert_eq!(msg.rcode(), 3);
}

/// Each section's list is as long as its records, not Vec's doubling
/// (a batch holds thousands of decoded replies), and a count the bytes
/// cannot hold reserves no more than they could.
#[test]
fn sections_take_the_room_of_their_records() {
    let mut m = hdr(0x8000, 1, 3, 0, 0);
    m.extend_from_slice(Q);
    for i in 1..=3 {
        m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, i]));
    }
    let msg = parse(&m).unwrap();
    assert_eq!((msg.question.capacity(), msg.answer.len(), msg.answer.capacity()), (1, 3, 3));
    assert_eq!((msg.authority.capacity(), msg.additional.capacity()), (0, 0));

    // 65,535 answers claimed, one there: best effort keeps it, and the
    // list has room for what the 16 bytes left could have held at most
    // (a record takes 11), not 65,535.
    let mut m = hdr(0x8000, 1, 65535, 0, 0);
    m.extend_from_slice(Q);
    m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, 1]));
    m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, 2])[..15].iter().copied());
    let r = parse_with(&m, ParseOptions { best_effort: true, ignore_truncation: true }).unwrap();
    assert_eq!(r.message.answer.len(), 1);
    assert!(r.message.answer.capacity() <= 3, "{}", r.message.answer.capacity());
}

#[test]
fn opt_is_moved_out_with_extended_rcode() {
    let mut m = hdr(0x8000 | 0x0001, 1, 0, 0, 2);
    m.extend_from_slice(Q);
    m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, 1]));
    // OPT: udp 1232, ext rcode 1, version 0, DO, cookie option 8 bytes
    m.extend(rr(b"\x00", 41, 1232, 0x0100_8000, b"\x00\x0a\x00\x08ABCDEFGH"));
    let msg = parse(&m).unwrap();
    let o = msg.opt.as_ref().unwrap();
    assert_eq!((o.udp_size, o.ext_rcode, o.version, o.flags), (1232, 1, 0, 0x8000));
    assert_eq!(o.options, vec![(10, b"ABCDEFGH".to_vec())]);
    assert_eq!(msg.additional.len(), 1);
    assert_eq!(msg.rcode(), 17); // (1 << 4) | 1 = BADVERS... 17 here
    // A second OPT is a FORMERR; with best effort it stays a record.
    let mut m2 = m.clone();
    m2[11] = 3;
    m2.extend(rr(b"\x00", 41, 512, 0, b""));
    assert_eq!(parse(&m2).unwrap_err().text, "FORMERR");
    let b = parse_with(&m2, ParseOptions { best_effort: true, ignore_truncation: true }).unwrap();
    assert!(b.recoverable && !b.truncated);
    assert_eq!(b.message.additional.len(), 2);
    assert_eq!(b.message.additional[1].rtype, 41);
    assert_eq!(b.message.opt.unwrap().udp_size, 1232);
    assert!(parse_best_effort(&m2).unwrap().1);
}

#[test]
fn tsig_and_sig0_are_moved_out() {
    let tsig_rd = b"\x0bhmac-sha256\x00\x00\x00\x65\x53\xf1\x00\x01\x2c\x00\x00\x12\x34\x00\x00\x00\x00";
    let mut m = hdr(0x8000, 1, 0, 0, 1);
    m.extend_from_slice(Q);
    m.extend(rr(b"\x03key\x00", 250, 255, 0, tsig_rd));
    let msg = parse(&m).unwrap();
    assert!(msg.additional.is_empty());
    assert_eq!(msg.tsig.as_ref().unwrap().name.to_text(false), "key.");
    assert_eq!(
        super::super::rdata::to_text(250, 255, &msg.tsig.unwrap().rdata, &super::super::rdata::Style::dig()),
        "hmac-sha256. 1700000000 300 0 4660 NOERROR 0 "
    );
    // TSIG with class IN: wrong location.
    let mut m = hdr(0x8000, 1, 0, 0, 1);
    m.extend_from_slice(Q);
    m.extend(rr(b"\x03key\x00", 250, 1, 0, tsig_rd));
    assert_eq!(parse(&m).unwrap_err().text, "TSIG in wrong location");
    // SIG(0) misplaced in the answer section.
    let sig = b"\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xab";
    let mut m = hdr(0x8000, 1, 1, 0, 0);
    m.extend_from_slice(Q);
    m.extend(rr(b"\x00", 24, 255, 0, sig));
    assert_eq!(parse(&m).unwrap_err().text, "SIG(0) in wrong location");
}

#[test]
fn truncated_message_best_effort_keeps_what_was_read() {
    let mut m = hdr(0x8200, 1, 3, 0, 0);
    m.extend_from_slice(Q);
    m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, 1]));
    m.extend(rr(b"\xc0\x0c", 1, 1, 300, &[10, 0, 0, 2]));
    let full = m.len();
    m.extend_from_slice(b"\xc0\x0c\x00\x01\x00");
    let r = parse_with(&m, ParseOptions { best_effort: true, ignore_truncation: true }).unwrap();
    assert!(r.recoverable && r.truncated);
    assert_eq!(r.message.answer.len(), 2);
    assert_eq!(r.message.parsed_len, full + 2);
    assert_eq!(r.problems[0].text, "unexpected end of input");
    assert_eq!(parse(&m).unwrap_err().offset, full + 2);
    // Counts far larger than the data: no huge allocation, just the end.
    let mut m = hdr(0x8000, 0xffff, 0xffff, 0xffff, 0xffff);
    m.extend_from_slice(Q);
    assert_eq!(parse(&m).unwrap_err().text, "unexpected end of input");
    let (msg, recoverable) = parse_best_effort(&m).unwrap();
    assert!(recoverable);
    assert_eq!(msg.question.len(), 1);
}

#[test]
fn compression_rules() {
    // A pointer in the question name to the header is "backwards" and
    // legal for BIND (it is before the name), but the bytes there are
    // a header: 0x12 is a label of 18 bytes.
    let mut m = hdr(0x8000, 1, 0, 0, 0);
    m.extend_from_slice(b"\xc0\x00\x00\x01\x00\x01");
    assert!(parse(&m).is_err());
    // Every type may carry compressed names in 9.18 (DECOMPRESS_ANY):
    // NSEC next name, RRSIG signer, SRV target.
    let mut m = hdr(0x8000, 1, 2, 0, 0);
    m.extend_from_slice(Q);
    m.extend(rr(b"\xc0\x0c", 47, 1, 300, b"\xc0\x0e\x00\x01\x40"));
    m.extend(rr(b"\xc0\x0c", 33, 1, 300, b"\x00\x01\x00\x02\x00\x03\xc0\x0c"));
    let msg = parse(&m).unwrap();
    assert_eq!(msg.answer[0].rdata, b"\x04test\x00\x00\x01\x40");
    assert_eq!(msg.answer[1].rdata, b"\x00\x01\x00\x02\x00\x03\x01a\x04test\x00");
    let st = super::super::rdata::Style::dig();
    assert_eq!(super::super::rdata::to_text(47, 1, &msg.answer[0].rdata, &st), "test. A");
    // Pointer loop through two pointers.
    let mut m = hdr(0x8000, 1, 0, 0, 0);
    m.extend_from_slice(b"\xc0\x0e\xc0\x0c\x00\x01\x00\x01");
    assert_eq!(parse(&m).unwrap_err().text, "bad compression pointer");
}

#[test]
fn update_meta_records() {
    // opcode UPDATE, prerequisite (answer) record of class ANY, empty.
    let mut m = hdr(0x2800 | 0x8000, 1, 1, 0, 0);
    m.extend_from_slice(b"\x04test\x00\x00\x06\x00\x01");
    m.extend(rr(b"\x01a\xc0\x0c", 1, 255, 0, b""));
    let msg = parse(&m).unwrap();
    assert!(msg.answer[0].update_meta);
    assert!(msg.answer[0].rdata.is_empty());
}

/// A tiny deterministic PRNG (xorshift64*) so the fuzz test needs no crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = DIG_CASES.iter().map(|(h, ..)| hex(h)).collect();
    let mut m = hdr(0x8180, 1, 6, 0, 1);
    m.extend_from_slice(Q);
    m.extend(rr(
        b"\xc0\x0c",
        6,
        1,
        300,
        b"\x02ns\xc0\x0e\x02hm\xc0\x0e\x00\x00\x00\x01\x00\x00\x0e\x10\x00\x00\x03\x84\x00\x09\x3a\x80\x00\x01\x51\x80",
    ));
    m.extend(rr(b"\xc0\x0c", 16, 1, 300, b"\x03abc\x00\x02\xff\""));
    m.extend(rr(b"\xc0\x0c", 64, 1, 300, b"\x00\x01\x00\x00\x01\x00\x03\x02h2\x00\x03\x00\x02\x01\xbb"));
    m.extend(rr(b"\xc0\x0c", 46, 1, 300, b"\x00\x01\x0d\x02\x00\x00\x01\x2c\x70\x00\x00\x00\x60\x00\x00\x00\x12\x34\xc0\x0e\xaa\xbb"));
    m.extend(rr(b"\xc0\x0c", 29, 1, 300, b"\x00\x12\x16\x13\x88\x8c\x31\x98\x80\x15\x8a\x9c\x00\x98\x96\x80"));
    m.extend(rr(b"\xc0\x0c", 48, 1, 300, b"\x01\x01\x03\x0d\x01\x02\x03\x04"));
    m.extend(rr(b"\x00", 41, 1232, 0x8000, b"\x00\x0a\x00\x08ABCDEFGH"));
    v.push(m);
    v
}

/// `count` random, truncated and mutated messages, the same on every
/// run: the fuzz corpus of this test and of the renderers' fuzz tests.
pub(crate) fn mutated_messages(count: usize) -> Vec<Vec<u8>> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let seeds = seeds();
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let mut m = seeds[rng.below(seeds.len())].clone();
        match i % 5 {
            0 => m.truncate(rng.below(m.len() + 1)),
            1 => {
                for _ in 0..1 + rng.below(4) {
                    let j = rng.below(m.len());
                    m[j] = rng.next() as u8;
                }
            }
            2 => {
                let j = rng.below(m.len());
                m[j] = [0x00, 0x3f, 0x40, 0x80, 0xc0, 0xff][rng.below(6)];
            }
            3 => {
                let n = rng.below(64);
                m.extend((0..n).map(|_| rng.next() as u8));
            }
            _ => {
                m = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
                if m.len() > 12 {
                    m[4..12].copy_from_slice(&[0, 1, 0, 3, 0, 1, 0, 1]);
                }
            }
        }
        out.push(m);
    }
    out
}

/// Thousands of random, truncated and mutated messages: parse must
/// never panic or hang, and every record it returns must print.
#[test]
fn fuzz_parse_and_print_never_panic() {
    let styles = [
        super::super::rdata::Style::nslookup(),
        super::super::rdata::Style::dig_multiline(),
        super::super::rdata::Style::from_dig(&super::super::rdata::DigFlags { split: Some(4), nocrypto: true, ..Default::default() }),
    ];
    let start = std::time::Instant::now();
    let mut parsed = 0;
    for m in mutated_messages(20_000) {
        for msg in [parse(&m).ok(), parse_best_effort(&m).ok().map(|b| b.0)].into_iter().flatten() {
            {
                parsed += 1;
                for r in msg.answer.iter().chain(&msg.authority).chain(&msg.additional) {
                    for st in &styles {
                        let _ = super::super::rdata::to_text(r.rtype, r.class, &r.rdata, st);
                    }
                    let _ = r.name.to_text(false);
                }
            }
        }
    }
    assert!(parsed > 1000, "the fuzz corpus should parse sometimes ({parsed})");
    assert!(start.elapsed().as_secs() < 60);
}

#[test]
fn fuzz_random_rdata_for_every_type() {
    let mut rng = Rng(42);
    let st = super::super::rdata::Style::dig_multiline();
    for t in (0u16..=300).chain([32768, 32769, 65533, 65534]) {
        for class in [1u16, 3, 4, 255] {
            for round in 0..300 {
                let n = rng.below(48);
                // Half the rounds with small byte values, which make
                // plausible lengths, families and counts (an APL record
                // of family 3 and length 20 once slipped through).
                let d: Vec<u8> = (0..n).map(|_| if round % 2 == 0 { rng.next() as u8 } else { rng.below(24) as u8 }).collect();
                let _ = super::super::rdata::to_text(t, class, &d, &st);
                let _ = super::super::rdata::validate(t, class, &d);
            }
        }
    }
}
