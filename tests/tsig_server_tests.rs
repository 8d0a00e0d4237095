//! Tests of the TSIG test server (tests/tsig_server.rs) over real sockets
//! on 127.0.0.1, with rlookup's `wire::tsig` as the client (sign_query,
//! Verifier) and hickory-proto's TSIG verifier as an independent check:
//! good lookups for every algorithm, transfers signed message by message
//! or only some messages, the errors named answers bad queries with, and
//! every misbehaviour with dig's text for it. Nothing flows further.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, UdpSocket};
use std::time::Duration;

use rlookup::wire::encode::{Opt, Query, query};
use rlookup::wire::tsig::{Algorithm, Signed, Verifier, sign_query};

use super::*;

const SECRET: &[u8] = b"rlookup-lab-tsig-key-2026-12-05";

fn key(alg: Algorithm, bits: u16) -> TsigKey {
    TsigKey::new(&Name::from_text("lab-key.", None).unwrap(), alg, SECRET.to_vec(), bits)
}

fn sha256() -> TsigKey {
    key(Algorithm::HmacSha256, 0)
}

/// A query for `name`/`qtype` as dig encodes it (EDNS, no cookie), signed
/// at `time` (dig's clock or +fuzztime).
fn signed_query(k: &TsigKey, name: &str, qtype: u16, time: u64) -> Signed {
    let qname = Name::from_text(name, None).unwrap();
    let opt = Opt { udpsize: 1232, version: 0, flags: 0, options: Vec::new(), padding: 0, reserve: 0 };
    let q = query(&Query { id: 0x2b2b, flags: 0x0100, question: Some((&qname, qtype, 1)), ixfr: None, opt: Some(opt) });
    sign_query(&q.bytes, k, time).unwrap()
}

fn udp(addr: SocketAddr, q: &[u8]) -> Vec<u8> {
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    s.send_to(q, addr).unwrap();
    let mut buf = [0u8; 65535];
    let (n, _) = s.recv_from(&mut buf).unwrap();
    buf[..n].to_vec()
}

/// Every message the server sends for one query over TCP (until it has
/// been quiet for 300 ms).
fn tcp(addr: SocketAddr, q: &[u8]) -> Vec<Vec<u8>> {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut framed = (q.len() as u16).to_be_bytes().to_vec();
    framed.extend_from_slice(q);
    s.write_all(&framed).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300))).unwrap();
    let mut out = Vec::new();
    let mut len = [0u8; 2];
    while s.read_exact(&mut len).is_ok() {
        let mut m = vec![0u8; usize::from(u16::from_be_bytes(len))];
        s.read_exact(&mut m).unwrap();
        out.push(m);
    }
    out
}

/// Each message checked in turn: `Signed`, `Unsigned` or dig's text.
fn verify(k: &TsigKey, q: &Signed, msgs: &[Vec<u8>]) -> Vec<String> {
    let mut v = Verifier::new(k, q);
    msgs.iter()
        .map(|m| match v.verify(m, &parse(m).unwrap(), now()) {
            Ok(x) => format!("{x:?}"),
            Err(e) => e.to_string(),
        })
        .collect()
}

/// The reply's RCODE and its TSIG's error and MAC length.
fn tsig_of(m: &[u8]) -> (u8, Option<(String, u16, usize)>) {
    let p = parse(m).unwrap();
    let t = p.tsig.map(|r| (r.name.to_text(false), TsigRdata::parse(&r.rdata).unwrap()));
    (p.header.rcode, t.map(|(n, t)| (n, t.error, t.mac.len())))
}

#[test]
fn signed_lookups_every_algorithm() {
    for alg in Algorithm::ALL {
        for bits in [0, (alg.digest_len().div_ceil(2).max(10) * 8) as u16] {
            let k = key(alg, bits);
            let server = TsigServer::start(k.clone());
            let q = signed_query(&k, "www.example.", 1, now());
            let r = udp(server.addr, &q.bytes);
            assert_eq!(verify(&k, &q, std::slice::from_ref(&r)), ["Signed"], "{alg}-{bits}");
            assert_eq!(tsig_of(&r), (0, Some(("lab-key.".into(), 0, k.mac_len()))));
            assert_eq!(server.queries(), std::slice::from_ref(&q.bytes));
            assert_eq!(server.key(), &k);
        }
    }
}

#[test]
fn transfers_signed_message_by_message() {
    let k = key(Algorithm::HmacMd5, 0);
    let server = TsigServer::start_with(k.clone(), Options { axfr_messages: 4, ..Options::default() });
    let q = signed_query(&k, "example.", 252, now());
    let msgs = tcp(server.addr, &q.bytes);
    assert_eq!(verify(&k, &q, &msgs), ["Signed"; 4]);
    // SOA first and last, two records in each message.
    let counts: Vec<usize> = msgs.iter().map(|m| parse(m).unwrap().answer.len()).collect();
    assert_eq!(counts, [3, 2, 2, 3]);
}

#[test]
fn transfers_with_unsigned_messages() {
    let k = key(Algorithm::HmacSha1, 0);
    let opts = Options { axfr_messages: 6, axfr_signing: Signing::Every(3), ..Options::default() };
    let server = TsigServer::start_with(k.clone(), opts);
    let q = signed_query(&k, "example.", 252, now());
    let msgs = tcp(server.addr, &q.bytes);
    assert_eq!(verify(&k, &q, &msgs), ["Signed", "Unsigned", "Unsigned", "Signed", "Unsigned", "Signed"]);
    let opts = Options { axfr_messages: 3, axfr_signing: Signing::FirstOnly, ..Options::default() };
    let server = TsigServer::start_with(k.clone(), opts);
    let msgs = tcp(server.addr, &q.bytes);
    assert_eq!(verify(&k, &q, &msgs), ["Signed", "Unsigned", "Unsigned"]);
    let mut strict = Verifier::new(&k, &q).strict();
    for m in &msgs {
        strict.verify(m, &parse(m).unwrap(), now()).unwrap();
    }
    assert_eq!(strict.finish().unwrap_err().to_string(), "expected a TSIG or SIG(0)");
}

#[test]
fn tampered_transfers() {
    let k = sha256();
    let q = signed_query(&k, "example.", 252, now());
    let server = TsigServer::start_with(k.clone(), Options { axfr_messages: 3, axfr_tamper: Some(1), ..Options::default() });
    assert_eq!(verify(&k, &q, &tcp(server.addr, &q.bytes)), ["Signed", "tsig verify failure", "Signed"]);
    // A changed unsigned message: the next signed one fails.
    let opts = Options { axfr_messages: 4, axfr_signing: Signing::Every(3), axfr_tamper: Some(1), ..Options::default() };
    let server = TsigServer::start_with(k.clone(), opts);
    assert_eq!(verify(&k, &q, &tcp(server.addr, &q.bytes)), ["Signed", "Unsigned", "Unsigned", "tsig verify failure"]);
}

#[test]
fn what_named_answers_bad_queries_with() {
    let k = sha256();
    let server = TsigServer::start(k.clone());
    let ask = |client: &TsigKey, time: u64| {
        let q = signed_query(client, "www.example.", 1, time);
        let r = udp(server.addr, &q.bytes);
        (verify(client, &q, std::slice::from_ref(&r)).remove(0), tsig_of(&r))
    };
    const NOTAUTH: u8 = 9;
    const FORMERR: u8 = 1;
    // Another secret: BADSIG, unsigned.
    let wrong = TsigKey { secret: b"wrong secret for testing".to_vec(), ..sha256() };
    assert_eq!(ask(&wrong, now()), ("tsig indicates error".into(), (NOTAUTH, Some(("lab-key.".into(), 16, 0)))));
    // Another name: BADKEY, under the client's name.
    let other = TsigKey::new(&Name::from_text("nokey.", None).unwrap(), Algorithm::HmacSha256, SECRET.to_vec(), 0);
    assert_eq!(ask(&other, now()), ("tsig indicates error".into(), (NOTAUTH, Some(("nokey.".into(), 17, 0)))));
    // Another algorithm (dig's default hmac-md5): BADKEY.
    let md5 = key(Algorithm::HmacMd5, 0);
    assert_eq!(ask(&md5, now()).1, (NOTAUTH, Some(("lab-key.".into(), 17, 0))));
    // +fuzztime: BADTIME signed with the query's time; dig's own time
    // check fails first.
    let q = signed_query(&k, "www.example.", 1, tsig::DEFAULT_FUZZTIME);
    let r = udp(server.addr, &q.bytes);
    assert_eq!(verify(&k, &q, std::slice::from_ref(&r)), ["clocks are unsynchronized"]);
    let t = TsigRdata::parse(&parse(&r).unwrap().tsig.unwrap().rdata).unwrap();
    assert_eq!((t.error, t.time_signed, t.mac.len()), (18, tsig::DEFAULT_FUZZTIME, 32));
    assert!(t.badtime_server_time().unwrap().abs_diff(now()) < 5);
    // Truncated below the server's key: BADTRUNC, signed in full.
    assert_eq!(ask(&key(Algorithm::HmacSha256, 128), now()), ("tsig indicates error".into(), (NOTAUTH, Some(("lab-key.".into(), 22, 32)))));
    // Truncated below any key: FORMERR with BADSIG.
    assert_eq!(ask(&key(Algorithm::HmacSha256, 80), now()), ("tsig indicates error".into(), (FORMERR, Some(("lab-key.".into(), 16, 0)))));
    // Unsigned: answered unsigned; a transfer refused.
    let q = query(&Query {
        id: 1,
        flags: 0x0100,
        question: Some((&Name::from_text("example.", None).unwrap(), 252, 1)),
        ixfr: None,
        opt: None,
    });
    assert_eq!(tsig_of(&tcp(server.addr, &q.bytes)[0]), (5, None));
}

#[test]
fn misbehaviours_with_digs_text() {
    let cases: [(Misbehaviour, &str); 8] = [
        (Misbehaviour::Unsigned, "expected a TSIG or SIG(0)"),
        (Misbehaviour::BadSig, "tsig indicates error"),
        (Misbehaviour::BadKey, "tsig indicates error"),
        (Misbehaviour::BadTime, "clocks are unsynchronized"),
        (Misbehaviour::BadTrunc, "tsig indicates error"),
        (Misbehaviour::CorruptMac, "tsig verify failure"),
        (Misbehaviour::WrongKeyName, "tsig verify failure"),
        (Misbehaviour::ClockOffset(1000), "clocks are unsynchronized"),
    ];
    for (m, want) in cases {
        let k = sha256();
        let server = TsigServer::start_with(k.clone(), Options { misbehaviour: m, axfr_messages: 2, ..Options::default() });
        let q = signed_query(&k, "www.example.", 1, now());
        assert_eq!(verify(&k, &q, &[udp(server.addr, &q.bytes)]), [want], "{m:?}");
    }
    // A skew within the fudge is fine.
    let k = sha256();
    let server = TsigServer::start_with(k.clone(), Options { misbehaviour: Misbehaviour::ClockOffset(-200), ..Options::default() });
    let q = signed_query(&k, "www.example.", 1, now());
    assert_eq!(verify(&k, &q, &[udp(server.addr, &q.bytes)]), ["Signed"]);
}

/// hickory-proto signs the query and checks every message of the reply
/// on its own (hmac-sha256, every message signed).
#[test]
fn hickorys_verifier_agrees() {
    use hickory_proto::op::{Message as HM, MessageType, OpCode, Query as HQ};
    use hickory_proto::rr::TSigner;
    use hickory_proto::rr::rdata::tsig::TsigAlgorithm;
    let k = sha256();
    let server = TsigServer::start_with(k.clone(), Options { axfr_messages: 5, ..Options::default() });
    let signer = TSigner::new(SECRET.to_vec(), TsigAlgorithm::HmacSha256, hname("lab-key."), 300).unwrap();
    let mut m = HM::new(0x7777, MessageType::Query, OpCode::Query);
    m.add_query(HQ::query(hname("example."), RecordType::AXFR));
    let mut v = m.finalize(&signer, now()).unwrap().unwrap();
    let msgs = tcp(server.addr, &m.to_vec().unwrap());
    assert_eq!(msgs.len(), 5);
    for (i, msg) in msgs.iter().enumerate() {
        assert!(v.verify(msg).is_ok(), "message {i}");
    }
}

/// The real BIND dig (9.18, if installed) against the server: every
/// transfer verifies, failures print dig's text. `cargo test -- --ignored
/// real_dig` on a machine with dig.
#[test]
#[ignore = "needs BIND's dig in PATH"]
fn real_dig() {
    let dig_with = |alg: &str, server: &TsigServer, args: &[&str]| {
        let y = format!("{alg}:lab-key:{}", data_encoding::BASE64.encode(SECRET));
        let out = std::process::Command::new("dig")
            .args(["-y", &y, "-p", &server.port().to_string(), "@127.0.0.1", "+tries=1", "+time=2"])
            .args(args)
            .output()
            .expect("dig runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let dig = |server: &TsigServer, args: &[&str]| dig_with("hmac-sha256", server, args);
    // Every algorithm, full and truncated, in transfers signed message by
    // message and with unsigned messages between.
    for (alg, text) in [
        (Algorithm::HmacMd5, "hmac-md5"),
        (Algorithm::HmacSha1, "hmac-sha1"),
        (Algorithm::HmacSha224, "hmac-sha224"),
        (Algorithm::HmacSha384, "hmac-sha384"),
        (Algorithm::HmacSha512, "hmac-sha512"),
    ] {
        let bits = (alg.digest_len().div_ceil(2).max(10) * 8) as u16;
        for (k, y) in [(key(alg, 0), text.to_string()), (key(alg, bits), format!("{text}-{bits}"))] {
            for signing in [Signing::All, Signing::Every(2)] {
                let server = TsigServer::start_with(k.clone(), Options { axfr_messages: 5, axfr_signing: signing, ..Options::default() });
                let out = dig_with(&y, &server, &["example.", "axfr"]);
                assert!(!out.contains("Couldn't verify") && out.contains(";; XFR size: 12 records (messages 5"), "{y} {signing:?}: {out}");
            }
        }
    }
    let k = sha256();
    for opts in [
        Options { axfr_messages: 4, ..Options::default() },
        Options { axfr_messages: 7, axfr_signing: Signing::Every(3), ..Options::default() },
    ] {
        let server = TsigServer::start_with(k.clone(), opts);
        let out = dig(&server, &["example.", "axfr"]);
        assert!(!out.contains("Couldn't verify") && !out.contains("WARNING -- "), "{out}");
        assert!(out.contains(";; XFR size: "), "{out}");
        let out = dig(&server, &["www.example."]);
        assert!(out.contains("NOERROR") && !out.contains("WARNING -- "), "{out}");
    }
    // A changed record in message 2: that message fails (its line comes
    // after message 1's records), message 3 passes, as in rlookup's
    // Verifier.
    let server = TsigServer::start_with(k.clone(), Options { axfr_messages: 3, axfr_tamper: Some(1), ..Options::default() });
    let out = dig(&server, &["example.", "axfr"]);
    let failure = ";; Couldn't verify signature: tsig verify failure\n";
    assert_eq!(out.matches(failure).count(), 1, "{out}");
    assert!(out.contains(&format!("NOERROR 0 \n{failure}h1-0.example.")), "{out}");
    assert!(out.contains(";; WARNING -- Some TSIG could not be validated"), "{out}");
    // Every MAC corrupt: all three fail, the first above the greeting.
    let server =
        TsigServer::start_with(k.clone(), Options { axfr_messages: 3, misbehaviour: Misbehaviour::CorruptMac, ..Options::default() });
    let out = dig(&server, &["example.", "axfr"]);
    assert_eq!(out.matches(failure).count(), 3, "{out}");
    assert!(out.starts_with(&format!("{failure}\n; <<>> DiG")), "{out}");
    for (m, text) in [
        (Misbehaviour::Unsigned, "expected a TSIG or SIG(0)"),
        (Misbehaviour::BadSig, "tsig indicates error"),
        (Misbehaviour::CorruptMac, "tsig verify failure"),
        (Misbehaviour::ClockOffset(1000), "clocks are unsynchronized"),
    ] {
        let server = TsigServer::start_with(k.clone(), Options { misbehaviour: m, ..Options::default() });
        let out = dig(&server, &["www.example."]);
        assert!(out.starts_with(&format!(";; Couldn't verify signature: {text}\n")), "{m:?}: {out}");
    }
}
