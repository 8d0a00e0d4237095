//! A TSIG-speaking DNS server on 127.0.0.1 for the tests: UDP and TCP on
//! one port, each query's TSIG checked as named checks it
//! (`rlookup::wire::tsig::verify_request`) and each reply signed with the
//! server's key (`sign_message`), or answered with the TSIG error named
//! would send (BADKEY, BADSIG, BADTIME, BADTRUNC; FORMERR for a MAC too
//! short). Over TCP an AXFR or IXFR is a zone transfer of several
//! messages, each signed and chained on the previous MAC, or only some of
//! them (RFC 8945 5.3.1), or one tampered with after signing. A
//! [`Misbehaviour`] makes the server wrong on purpose (unsigned replies,
//! forced errors, a corrupt MAC, another key name, a skewed clock).
//!
//! Replies are built with hickory-proto's `Message` and signed by
//! rlookup's own `wire::tsig` (hickory's signer has neither hmac-md5,
//! hmac-sha1, hmac-sha224, truncated MACs nor unsigned messages in a
//! transfer); the tests beside it check that hickory's own verifier and
//! rlookup's agree with what it sends. Data flows: a client's query bytes
//! in, reply messages out; every query received is kept for the tests
//! (`queries`).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hickory_proto::op::{Edns, Message as HMessage, ResponseCode};
use hickory_proto::rr::rdata::{A, SOA};
use hickory_proto::rr::{Name as HName, RData, Record as HRecord, RecordType};
use rlookup::wire::Name;
use rlookup::wire::message::parse;
use rlookup::wire::tsig::{
    self, SignOptions, TsigKey, TsigRdata, VerifyResult, append_tsig, badtime_other, sign_message, tsig_error, verify_request,
};

/// How the server goes wrong on purpose (for a query it verified).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Misbehaviour {
    /// None: named's behaviour.
    #[default]
    None,
    /// Replies carry no TSIG at all.
    Unsigned,
    /// NOTAUTH with an unsigned BADSIG TSIG.
    BadSig,
    /// NOTAUTH with an unsigned BADKEY TSIG.
    BadKey,
    /// NOTAUTH with a BADTIME TSIG signed as named signs it: the
    /// request's time signed, the server's time in OTHER DATA.
    BadTime,
    /// NOTAUTH with a signed BADTRUNC TSIG.
    BadTrunc,
    /// Signed, then one bit of the MAC flipped.
    CorruptMac,
    /// Signed with the right secret under another key name.
    WrongKeyName,
    /// Signed with a time signed this many seconds off the clock.
    ClockOffset(i64),
}

/// Which messages of a zone transfer are signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Signing {
    #[default]
    All,
    /// The first, every n-th and the last (RFC 8945 5.3.1 wants n <= 100).
    Every(usize),
    /// Only the first.
    FirstOnly,
}

impl Signing {
    fn signs(self, i: usize, n: usize) -> bool {
        match self {
            Signing::All => true,
            Signing::Every(k) => i == 0 || i + 1 == n || i.is_multiple_of(k.max(1)),
            Signing::FirstOnly => i == 0,
        }
    }
}

/// The server's settings.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub misbehaviour: Misbehaviour,
    /// Messages in a zone transfer (at least 1).
    pub axfr_messages: usize,
    pub axfr_signing: Signing,
    /// Message (0-based) of a transfer changed after signing.
    pub axfr_tamper: Option<usize>,
}

struct State {
    key: TsigKey,
    opts: Options,
    queries: Mutex<Vec<Vec<u8>>>,
}

/// A running server; it stops when dropped.
pub struct TsigServer {
    pub addr: SocketAddr,
    state: Arc<State>,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

fn bind_pair() -> (UdpSocket, TcpListener) {
    for _ in 0..50 {
        let udp = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
        if let Ok(tcp) = TcpListener::bind(udp.local_addr().unwrap()) {
            return (udp, tcp);
        }
    }
    panic!("no free port for UDP and TCP");
}

impl TsigServer {
    /// A well-behaved server knowing `key`, transfers of 3 messages.
    pub fn start(key: TsigKey) -> TsigServer {
        TsigServer::start_with(key, Options { axfr_messages: 3, ..Options::default() })
    }

    pub fn start_with(key: TsigKey, opts: Options) -> TsigServer {
        let (udp, tcp) = bind_pair();
        let addr = udp.local_addr().unwrap();
        let state = Arc::new(State { key, opts, queries: Mutex::new(Vec::new()) });
        let stop = Arc::new(AtomicBool::new(false));
        udp.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        tcp.set_nonblocking(true).unwrap();
        let (st, s1) = (state.clone(), stop.clone());
        let t1 = std::thread::spawn(move || {
            let mut buf = [0u8; 65535];
            while !s1.load(Ordering::Relaxed) {
                if let Ok((n, from)) = udp.recv_from(&mut buf)
                    && let Some(first) = respond(&st, &buf[..n], false).into_iter().next()
                {
                    let _ = udp.send_to(&first, from);
                }
            }
        });
        let (st, s2) = (state.clone(), stop.clone());
        let t2 = std::thread::spawn(move || {
            let mut conns = Vec::new();
            while !s2.load(Ordering::Relaxed) {
                match tcp.accept() {
                    Ok((conn, _)) => {
                        let (st, s3) = (st.clone(), s2.clone());
                        conns.push(std::thread::spawn(move || serve_tcp(conn, &st, &s3)));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
            for c in conns {
                let _ = c.join();
            }
        });
        TsigServer { addr, state, stop, threads: vec![t1, t2] }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn key(&self) -> &TsigKey {
        &self.state.key
    }

    /// Every query received so far, as received.
    pub fn queries(&self) -> Vec<Vec<u8>> {
        self.state.queries.lock().unwrap().clone()
    }
}

impl Drop for TsigServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// Queries on one connection, until it closes or the server stops.
fn serve_tcp(mut conn: TcpStream, st: &State, stop: &AtomicBool) {
    conn.set_nonblocking(false).unwrap();
    conn.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
    while !stop.load(Ordering::Relaxed) {
        let mut len = [0u8; 2];
        match conn.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => continue,
            Err(_) => return,
        }
        conn.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
        let mut q = vec![0u8; usize::from(u16::from_be_bytes(len))];
        if conn.read_exact(&mut q).is_err() {
            return;
        }
        conn.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
        for reply in respond(st, &q, true) {
            let mut framed = (reply.len() as u16).to_be_bytes().to_vec();
            framed.extend_from_slice(&reply);
            if conn.write_all(&framed).is_err() {
                return;
            }
        }
    }
}

fn hname(s: &str) -> HName {
    HName::from_ascii(s).unwrap()
}

/// The reply skeleton: the query's id, opcode, RD and question, EDNS if it
/// had EDNS.
fn skeleton(q: &HMessage, rcode: ResponseCode) -> HMessage {
    let mut r = HMessage::response(q.metadata.id, q.metadata.op_code);
    r.metadata.recursion_desired = q.metadata.recursion_desired;
    r.metadata.response_code = rcode;
    r.metadata.authoritative = rcode == ResponseCode::NoError;
    r.add_queries(q.queries.clone());
    if q.edns.is_some() {
        let mut e = Edns::new();
        e.set_max_payload(1232);
        r.set_edns(e);
    }
    r
}

fn soa(zone: &HName) -> HRecord {
    let soa = SOA::new(hname("ns1.example."), hname("hostmaster.example."), 2026120500, 7200, 3600, 1209600, 300);
    HRecord::from_rdata(zone.clone(), 300, RData::SOA(soa))
}

/// The messages answering a query, unsigned.
fn answers(q: &HMessage, tcp: bool, n: usize) -> Vec<Vec<u8>> {
    let Some(question) = q.queries.first() else {
        return vec![skeleton(q, ResponseCode::FormErr).to_vec().unwrap()];
    };
    let qname = question.name().clone();
    let xfr = matches!(question.query_type(), RecordType::AXFR | RecordType::IXFR);
    if !xfr || !tcp {
        let mut r = skeleton(q, ResponseCode::NoError);
        r.add_answer(HRecord::from_rdata(qname, 300, RData::A(A::new(192, 0, 2, 1))));
        return vec![r.to_vec().unwrap()];
    }
    let n = n.max(1);
    (0..n)
        .map(|i| {
            let mut r = if i == 0 { skeleton(q, ResponseCode::NoError) } else { HMessage::response(q.metadata.id, q.metadata.op_code) };
            r.metadata.authoritative = true;
            if i == 0 {
                r.add_answer(soa(&qname));
            }
            for j in 0..2u8 {
                let owner = hname(&format!("h{i}-{j}.{}", qname.to_ascii()));
                r.add_answer(HRecord::from_rdata(owner, 300, RData::A(A::new(192, 0, 2, i as u8))));
            }
            if i + 1 == n {
                r.add_answer(soa(&qname));
            }
            r.to_vec().unwrap()
        })
        .collect()
}

/// A signed request's answer when something is wrong: the RCODE and TSIG
/// error named answers with.
struct Refusal {
    rcode: ResponseCode,
    error: u16,
}

/// What the server sends for one query.
fn respond(st: &State, q: &[u8], tcp: bool) -> Vec<Vec<u8>> {
    st.queries.lock().unwrap().push(q.to_vec());
    let Ok(hq) = HMessage::from_vec(q) else { return Vec::new() };
    let Ok(parsed) = parse(q) else { return Vec::new() };
    let t = now();
    let check = verify_request(q, &parsed, std::slice::from_ref(&st.key), t);
    let Some((owner, req)) = check.tsig.clone() else {
        // Unsigned: answered unsigned; no transfer without the key.
        if tcp && hq.queries.first().is_some_and(|x| matches!(x.query_type(), RecordType::AXFR | RecordType::IXFR)) {
            return vec![skeleton(&hq, ResponseCode::Refused).to_vec().unwrap()];
        }
        return answers(&hq, tcp, 1);
    };
    let mut refusal = match &check.result {
        Ok(()) => None,
        Err(e) => Some(Refusal {
            rcode: if e.result == VerifyResult::FormErr { ResponseCode::FormErr } else { ResponseCode::NotAuth },
            error: e.status,
        }),
    };
    let m = st.opts.misbehaviour;
    if refusal.is_none() {
        let forced = match m {
            Misbehaviour::BadSig => Some(tsig_error::BADSIG),
            Misbehaviour::BadKey => Some(tsig_error::BADKEY),
            Misbehaviour::BadTime => Some(tsig_error::BADTIME),
            Misbehaviour::BadTrunc => Some(tsig_error::BADTRUNC),
            _ => None,
        };
        refusal = forced.map(|error| Refusal { rcode: ResponseCode::NotAuth, error });
    }
    if let Some(r) = refusal {
        let unsigned = skeleton(&hq, r.rcode).to_vec().unwrap();
        return vec![error_reply(st, &unsigned, &owner, &req, r.error, t)];
    }
    let msgs = answers(&hq, tcp, st.opts.axfr_messages);
    if m == Misbehaviour::Unsigned {
        return msgs;
    }
    sign_all(st, msgs, &req, t)
}

/// named's TSIG on an error reply (dns_tsig_sign() with querytsigstatus):
/// BADKEY unsigned under the request's name and algorithm, BADSIG
/// unsigned under the key's, BADTIME signed with the request's time and
/// the server's in OTHER DATA, BADTRUNC signed.
fn error_reply(st: &State, unsigned: &[u8], owner: &Name, req: &TsigRdata, error: u16, t: u64) -> Vec<u8> {
    match error {
        tsig_error::BADKEY => {
            let rdata = TsigRdata {
                algorithm: req.algorithm.clone(),
                time_signed: t,
                fudge: tsig::FUDGE,
                mac: Vec::new(),
                original_id: u16::from_be_bytes([unsigned[0], unsigned[1]]),
                error,
                other: Vec::new(),
            };
            append_tsig(unsigned, owner, &rdata)
        }
        tsig_error::BADTIME => {
            let other = badtime_other(t);
            let opts = SignOptions { error, other: &other, ..SignOptions::response(&req.mac) };
            sign_message(unsigned, &st.key, req.time_signed, &opts).unwrap().bytes
        }
        _ => sign_message(unsigned, &st.key, t, &SignOptions { error, ..SignOptions::response(&req.mac) }).unwrap().bytes,
    }
}

/// Signs the messages of a reply, chained, as the options say.
fn sign_all(st: &State, msgs: Vec<Vec<u8>>, req: &TsigRdata, t: u64) -> Vec<Vec<u8>> {
    let m = st.opts.misbehaviour;
    let key = match m {
        Misbehaviour::WrongKeyName => {
            TsigKey::new(&Name::from_text("wrong-key.", None).unwrap(), st.key.algorithm, st.key.secret.clone(), 0)
        }
        _ => st.key.clone(),
    };
    let time = match m {
        Misbehaviour::ClockOffset(d) => t.saturating_add_signed(d),
        _ => t,
    };
    let n = msgs.len();
    let mut prev = req.mac.clone();
    let mut pending: Vec<Vec<u8>> = Vec::new();
    let mut out = Vec::new();
    for (i, msg) in msgs.into_iter().enumerate() {
        let mut bytes = if st.opts.axfr_signing.signs(i, n) {
            let base = if i == 0 { SignOptions::response(&prev) } else { SignOptions::continuation(&prev) };
            let s = sign_message(&msg, &key, time, &SignOptions { unsigned_before: &pending, ..base }).unwrap();
            prev = s.tsig.mac.clone();
            pending.clear();
            let mut b = s.bytes;
            if m == Misbehaviour::CorruptMac && !s.tsig.mac.is_empty() {
                // The MAC's last byte: before ORIGINAL ID, ERROR, OTHER LEN.
                let at = b.len() - 7;
                b[at] ^= 1;
            }
            b
        } else {
            pending.push(msg.clone());
            msg
        };
        if st.opts.axfr_tamper == Some(i) {
            let at = parse(&bytes).unwrap().answer.last().unwrap().rdata_offset + 3;
            bytes[at] ^= 1;
        }
        out.push(bytes);
    }
    out
}

#[cfg(test)]
#[path = "tsig_server_tests.rs"]
mod tests;
