//! JSON documents: Knot's text forms (kdig is the oracle), dates, and
//! the error documents of typed messages.

use super::kdig::*;
use super::*;

fn t(rtype: u16, rdata: &[u8]) -> Option<String> {
    // 2026-01-01T00:00:00Z
    rdata_text(rtype, 1, rdata, 1_767_225_600)
}

#[test]
fn knot_names() {
    assert_eq!(name_text(&[]), ".");
    assert_eq!(name_text(&[b"www".to_vec(), b"edge".to_vec(), b"lab".to_vec()]), "www.edge.lab.");
    // Punctuation is backslash-escaped (BIND: only "().;\@$"), '#' and
    // space and non-ASCII as \DDD; - _ * / are plain.
    assert_eq!(name_text(&[b"a+b=c!".to_vec()]), "a\\+b\\=c\\!.");
    assert_eq!(name_text(&[b"*".to_vec(), b"_x-y/z".to_vec()]), "*._x-y/z.");
    assert_eq!(name_text(&[b"a#b c\xc3\xa9.".to_vec()]), "a\\035b\\032c\\195\\169\\..");
    assert_eq!(type_name(65534), "TYPE65534");
    assert_eq!(type_name(3), "TYPE3"); // MD: obsolete, no name in Knot
    assert_eq!(type_name(65), "HTTPS");
    assert_eq!(class_name(4), "CLASS4");
    assert_eq!(class_name(3), "CH");
}

#[test]
fn musl_ipv6() {
    let a = |s: &str| -> [u8; 16] { s.parse::<std::net::Ipv6Addr>().unwrap().octets() };
    for (addr, text) in [
        ("2001:db8::6", "2001:db8::6"),
        ("::", "::"),
        ("::1", "::1"),
        ("1::", "1::"),
        ("2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"),
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),
        ("2001:0:0:1:1:0:0:1", "2001::1:1:0:0:1"),
        ("2001:db8:1:2:3:4:0:6", "2001:db8:1:2:3:4:0:6"),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1"),
        ("::192.0.2.1", "::c000:201"),
        ("10:0:0:10::", "10:0:0:10::"),
    ] {
        assert_eq!(ipv6_text(&a(addr)), text, "{addr}");
    }
}

#[test]
fn rdata_like_kdig() {
    // Values kdig 3.2.6 printed for the lab's edge.lab records.
    assert_eq!(
        t(29, &[0x00, 0x13, 0x14, 0x13, 0x89, 0xc3, 0x3c, 0xb0, 0x70, 0x36, 0x40, 0x80, 0x00, 0x98, 0xa2, 0x38]).unwrap(),
        "45 29 50 N  73 34 40 W  30m  10m 100m 10m"
    );
    assert_eq!(t(257, b"\x00\x05issueletsencrypt.org").unwrap(), "0 issue \"letsencrypt.org\" ");
    assert_eq!(t(256, b"\x00\x0a\x00\x01http://www.edge.lab/").unwrap(), "10 1 \"http://www.edge.lab/\" ");
    assert_eq!(t(16, b"\x05plain\x09two words\x03a\"\\\x00").unwrap(), "\"plain\" \"two words\" \"a\\\"\\\\\" \"\"");
    assert_eq!(t(16, b"\x03\x09\xff\x7f").unwrap(), "\"\\009\\255\\127\"");
    assert_eq!(t(44, &[4, 2, 0x01, 0x23, 0xab]).unwrap(), "4 2 0123AB");
    assert_eq!(t(15, b"\x00\x00\x00").unwrap(), "0 .");
    // Empty fields Knot's encoders refuse: no rdata member.
    assert_eq!(t(44, &[4, 2]), None);
    assert_eq!(t(48, &[1, 1, 3, 13]), None);
    // Leftover bytes, truncated data: none either.
    assert_eq!(t(1, &[1, 2, 3, 4, 5]), None);
    assert_eq!(t(1, &[1, 2, 3]), None);
    // Unknown to Knot: no member; named without a dumper: \# form.
    assert_eq!(t(65534, &[10, 0, 0, 1]), None);
    assert_eq!(t(10, &[0xab, 0xcd]).unwrap(), "\\# 2 ABCD");
    assert_eq!(t(10, &[]).unwrap(), "\\# 0");
    assert_eq!(rdata_text(10, 3, &[], 0), None);
    assert_eq!(t(41, &[]), None);
}

#[test]
fn rdata_dnssec_and_svcb() {
    // RRSIG A 13 3 300 exp 2036-12-31 inc 2025-01-01 tag secure.lab. sig
    let mut rr = vec![0, 1, 13, 3, 0, 0, 1, 0x2c, 0x7e, 0x05, 0x92, 0x80, 0x67, 0x74, 0x85, 0x80, 0xd4, 0x5d];
    rr.extend_from_slice(b"\x06secure\x03lab\x00\x01\x02\x03");
    assert_eq!(t(46, &rr).unwrap(), "A 13 3 300 20361231000000 20250101000000 54365 secure.lab. AQID");
    // NSEC with an empty bitmap keeps the space; with types.
    assert_eq!(t(47, b"\x01a\x00").unwrap(), "a. ");
    assert_eq!(t(47, b"\x01a\x00\x00\x01\x61").unwrap(), "a. A NS TYPE7");
    // NSEC3: salt hex or "-", lowercase padded base32hex hash.
    assert_eq!(t(50, b"\x01\x00\x00\x0a\x02\xab\xcd\x03\x01\x02\x03\x00\x01\x40").unwrap(), "1 0 10 ABCD 04106=== A");
    assert_eq!(t(51, b"\x01\x00\x00\x00\x00").unwrap(), "1 0 0 -");
    // SVCB: unquoted alpn with \\, escapes, port, hints, unknown key.
    let mut sv = b"\x00\x01\x00".to_vec();
    sv.extend_from_slice(b"\x00\x01\x00\x07\x02h2\x03a,b");
    sv.extend_from_slice(b"\x00\x03\x00\x02\x01\xbb");
    sv.extend_from_slice(b"\x00\x04\x00\x04\xc0\x00\x02\x01");
    sv.extend_from_slice(b"\x00\x02\x00\x00");
    sv.extend_from_slice(b"\x02\x00\x00\x02hi");
    assert_eq!(t(64, &sv).unwrap(), "1 . alpn=h2,a\\\\,b port=443 ipv4hint=192.0.2.1 no-default-alpn key512=\"hi\"");
    // APL, EUI48, L64, IPSECKEY, TSIG.
    assert_eq!(t(42, b"\x00\x01\x18\x03\xc0\x00\x02\x00\x02\x40\x81\x20").unwrap(), "1:192.0.2.0/24 !2:2000::/64");
    assert_eq!(t(108, &[0, 1, 2, 0xab, 0xcd, 0xef]).unwrap(), "00-01-02-AB-CD-EF");
    assert_eq!(t(106, &[0, 10, 0x20, 1, 0xd, 0xb8, 0, 0, 0, 1]).unwrap(), "10 2001:0DB8:0000:0001");
    assert_eq!(t(45, b"\x0a\x01\x02\xc0\x00\x02\x01\x01\x02").unwrap(), "10 1 2 192.0.2.1 AQI=");
    assert_eq!(t(45, b"\x0a\x00\x00").unwrap(), "10 0 0 .");
    let ts = b"\x0bhmac-sha256\x00\x00\x00\x65\x53\xf1\x00\x01\x2c\x00\x02\xab\xcd\x12\x34\x00\x10\x00\x00";
    assert_eq!(t(250, ts).unwrap(), "hmac-sha256. 1700000000 300 2 q80= 4660 BADSIG 0");
}

#[test]
fn dates() {
    let t = UNIX_EPOCH + Duration::from_secs(1_795_312_116);
    assert_eq!(kdig_date(t), "2026-11-22T01:48:36+0000");
    assert_eq!(kdig_date(UNIX_EPOCH), "1970-01-01T00:00:00+0000");
    assert_eq!(utc(951_782_400), (2000, 2, 29, 0, 0, 0));
}

#[test]
fn error_documents() {
    let d = Document::plain_error(ErrorKind::BadName, "'a..b' is not a legal name (empty label)");
    assert_eq!(
        d.to_value(),
        serde_json::json!({"rlookup": {"error": {"kind": "badName", "level": "error", "message": "'a..b' is not a legal name (empty label)"}}})
    );
    let mut m = Meta::default();
    m.extra.insert("stub".into(), serde_json::json!(true));
    let d = Document::error(m, ErrorInfo::new(ErrorKind::Usage, "bad").warning().detail("+x"));
    assert_eq!(
        d.to_value(),
        serde_json::json!({"rlookup": {"error": {"kind": "usage", "level": "warning", "message": "bad", "detail": "+x"}, "stub": true}})
    );
}

#[test]
fn malformed_reply_document() {
    // 12-byte header claiming one question, then 3 bytes of garbage.
    let bytes = [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 0xff, 0x01];
    let err = crate::wire::message::parse(&bytes).unwrap_err();
    let d = Document::bad_packet(
        &bytes,
        &[],
        &err,
        "127.0.0.1:53".parse().unwrap(),
        "localhost",
        Protocol::Udp,
        UNIX_EPOCH + Duration::from_secs(1_795_312_116),
        Duration::from_millis(3),
        &JsonOptions::default(),
    );
    let v = d.to_value();
    assert_eq!(v["msgLength"], 15);
    assert_eq!(v["ID"], 0x1234);
    assert_eq!(v["QDCOUNT"], 1);
    assert_eq!(v.get("QNAME"), None);
    assert_eq!(v["messageOctetsHEX"], "123481800001000000000000C0FF01");
    assert_eq!(v["rlookup"]["error"]["kind"], "malformed");
    assert_eq!(v["rlookup"]["error"]["detail"], err.text);
    assert_eq!(v["rlookup"]["queryTimeMs"], 3);
    assert_eq!(v["dateString"], "2026-11-22T01:48:36+0000");
    // One line, valid UTF-8 JSON.
    let line = d.to_line();
    assert!(!line.contains('\n'));
}

#[test]
fn error_documents_of_typed_messages() {
    use crate::event::{Failure, Notice};
    let addr: SocketAddr = "127.9.9.9:53".parse().unwrap();
    let n = Notice::CommunicationsError { addr, error: crate::response::TransportError::TimedOut, timeout: 5 };
    let d = Document::error(Meta::server(addr, "127.9.9.9", Protocol::Udp), ErrorInfo::of(n.kind(), &n.to_string()));
    assert_eq!(
        d.to_line(),
        r#"{"rlookup":{"server":"127.9.9.9","port":53,"serverName":"127.9.9.9","protocol":"UDP","error":{"kind":"timeout","level":"error","message":"communications error to 127.9.9.9#53: timed out"}}}"#
    );
    let f = Failure::NoServers;
    let d = Document::error(Meta::default(), ErrorInfo::of(f.kind(), &f.to_string()));
    assert_eq!(d.to_value()["rlookup"]["error"]["kind"], "noServers");
    // BIND's own ";; " inside a warning's text is not part of the message.
    let q = Notice::QuestionMismatch { name: crate::wire::Name::root(), qtype: 1, qclass: 1 };
    assert_eq!(ErrorInfo::of(q.kind(), &q.to_string()).message, "Question section mismatch: got ./A/IN");
}

/// serde_json writes DEL, C1 and bidi controls as they are (it escapes
/// C0 only); the documents written carry them as \u escapes, the same
/// JSON, and letters as they are.
#[test]
fn documents_keep_no_terminal_controls() {
    let text = "caf\u{e9} \u{202e}evil\u{2069}\u{9b}\u{7f}\u{1b}";
    let doc = serde_json::json!({ "extraText": text }).to_string();
    assert!(doc.contains('\u{202e}'), "serde_json left it raw: {doc}");
    let safe = terminal_safe(&doc);
    assert_eq!(safe, r#"{"extraText":"café \u202eevil\u2069\u009b\u007f\u001b"}"#);
    let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
    assert_eq!(back["extraText"], text);
    assert!(matches!(terminal_safe(r#"{"a":"b"}"#), std::borrow::Cow::Borrowed(_)));
}
