//! RFC 8427 JSON ("Representing DNS Messages in JSON") for `--json` (both
//! dialects) and `+json` (dig): one JSON document per response, printed on
//! one line (JSON Lines), so several lookups (dig -f, several names,
//! +trace steps, nslookup's A-then-AAAA pair, interactive sessions) give a
//! stream of documents, one per line.
//!
//! # What a document holds
//!
//! The RFC 8427 members `kdig +json` (Knot DNS 3.2) prints, with kdig's
//! names and values, in kdig's order, at the top level of the document:
//!
//! * `dateString`, `dateSeconds` (RFC 8427 2.5): when the query was sent.
//!   `dateString` is RFC 3339 in UTC (`2026-11-22T01:48:36Z`); kdig prints
//!   local time with a `+0000`-style offset (not RFC 3339). `dateSeconds`
//!   is whole seconds, as kdig.
//! * `msgLength`; the header: `ID`, `QR`, `Opcode`, `AA`, `TC`, `RD`, `RA`,
//!   `AD`, `CD`, `RCODE` (the header's 4 bits), `QDCOUNT`, `ANCOUNT`,
//!   `NSCOUNT`, `ARCOUNT` (as on the wire), flags as 0/1 integers;
//! * `QNAME`, `QTYPE`, `QTYPEname`, `QCLASS`, `QCLASSname` (when QDCOUNT is
//!   1, as kdig);
//! * `answerRRs`, `authorityRRs`, `additionalRRs` (each only when not
//!   empty), arrays of RR objects: `NAME`, `TYPE`, `TYPEname`, `CLASS`,
//!   `CLASSname`, `TTL`, `rdata<TYPE>` (the presentation form), `RDLENGTH`,
//!   `RDATAHEX` (when RDLENGTH > 0). RDATA is the uncompressed RDATA, as
//!   kdig (its RDLENGTH is the uncompressed length too).
//! * EDNS: as kdig, the OPT pseudo-record stays in `additionalRRs` at its
//!   wire position: `NAME` ".", `TYPE` 41, `TYPEname` "OPT", `CLASS` = the
//!   UDP payload size, no `CLASSname`, `TTL` = the extended RCODE, version
//!   and flags as one number (32768 = DO), no `rdataOPT`, `RDLENGTH`,
//!   `RDATAHEX` = the options. RFC 8427 defines no EDNS members; rlookup
//!   adds a decoded view under `rlookup.edns`. TSIG and SIG(0) records are
//!   likewise put back in `additionalRRs`.
//! * `messageOctetsHEX` (RFC 8427 2.4) when part of the message could not be
//!   decoded (extra bytes at the end, a truncated message), as kdig, or
//!   always with `JsonOptions::message_octets`.
//!
//! The presentation form (`rdata<TYPE>`), the names and the type and class
//! mnemonics are Knot's (`kdig` is the oracle), from the `kdig` module
//! below, a port of libknot 3.2's `rrset-dump.c` / `dname.c` /
//! `descriptor.c`, not BIND's `rdata::to_text`: see that module for every
//! difference from BIND's text.
//!
//! rlookup's own metadata is under one member, `"rlookup"` (`Meta`):
//! server, port, serverName, protocol, queryTimeMs, rcode/rcodeName (the
//! full extended RCODE), a decoded `edns`, cookie check, `malformed`, and,
//! for a failure, `error` (`ErrorInfo`). With `JsonOptions::with_query`
//! (dig +qr) the messages go under `queryMessage` / `responseMessage`
//! (RFC 8427 section 3, as `kdig +json +qr`), `rlookup` beside them.
//!
//! # Errors
//!
//! A failure is a document too, on stdout: `{"rlookup": {"server": ...,
//! "error": {"kind": "timeout", "level": "error", "message":
//! "communications error to 127.9.9.9#53: timed out"}}}`; kdig prints `{}`
//! for a timeout, so the document is kdig's plus the `rlookup` member. A
//! malformed reply also carries what could be read of it (`msgLength`, the
//! header, `messageOctetsHEX`), as kdig. NXDOMAIN, SERVFAIL, REFUSED are
//! responses, not errors. See `ErrorKind`.
//!
//! # Use
//!
//! ```ignore
//! use rlookup::render::json::{Document, JsonOptions, ErrorInfo, ErrorKind, Meta};
//! Document::response(&response, &JsonOptions::default()).write(&mut out)?;
//! Document::error(Meta::server(addr, "name as typed", Protocol::Udp),
//!     ErrorInfo::new(ErrorKind::Timeout, "communications error to 127.9.9.9#53: timed out")).write(&mut out)?;
//! ```

use std::io::{self, Write};
use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::response::{CookieCheck, Response};
use crate::transport::Protocol;
use crate::wire::{Header, Message, ParseError, Record, types};

const OPT: u16 = 41;

/// Choices that change a document's shape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JsonOptions {
    /// Put the query beside the response: `{"queryMessage": {...},
    /// "responseMessage": {...}, "rlookup": {...}}` (RFC 8427 section 3;
    /// `kdig +json +qr`). For dig's `+qr`.
    pub with_query: bool,
    /// Always add `messageOctetsHEX` (the whole message in hex); without
    /// it, only a message that was not entirely decoded has it (as kdig).
    pub message_octets: bool,
}

// ---------------------------------------------------------------------
// The RFC 8427 message object
// ---------------------------------------------------------------------

/// The question members (`QNAME` ... `QCLASSname`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionObject {
    /// Presentation form (Knot's escaping).
    pub qname: String,
    pub qtype: u16,
    pub qclass: u16,
}

/// One RR object of an `*RRs` array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RrObject {
    /// Presentation form of the owner (Knot's escaping).
    pub name: String,
    pub rtype: u16,
    pub class: u16,
    pub ttl: u32,
    /// `rdata<TYPE>`: None when kdig prints none (types Knot does not
    /// know, OPT, RDATA its dumper rejects, empty non-IN RDATA).
    pub rdata_text: Option<String>,
    /// The uncompressed RDATA (`RDLENGTH`, `RDATAHEX`).
    pub rdata: Vec<u8>,
}

/// An RFC 8427 message object, built from a message's bytes and (if it
/// could be decoded) the decoded message. Serializes to kdig's members in
/// kdig's order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MessageObject {
    /// `dateString` / `dateSeconds`.
    pub date: Option<SystemTime>,
    pub msg_length: usize,
    /// Present when the message has the 12 header bytes.
    pub header: Option<Header>,
    pub question: Option<QuestionObject>,
    pub answer: Vec<RrObject>,
    pub authority: Vec<RrObject>,
    pub additional: Vec<RrObject>,
    /// `messageOctetsHEX`.
    pub octets_hex: Option<String>,
}

impl MessageObject {
    /// The message object for `bytes`, decoded as `msg` (None: it could
    /// not be decoded; then only the header, if 12 bytes are there, and
    /// `messageOctetsHEX`). `date` is when it was sent (also the clock for
    /// RRSIG times, as kdig uses its own clock).
    pub fn new(bytes: &[u8], msg: Option<&Message>, date: Option<SystemTime>, always_octets: bool) -> MessageObject {
        let now = date.unwrap_or_else(SystemTime::now);
        let now_secs = unix_seconds(now);
        let mut obj = MessageObject { date, msg_length: bytes.len(), ..Default::default() };
        match msg {
            Some(m) => {
                obj.header = Some(m.header);
                if m.header.qdcount == 1 {
                    obj.question = m.question.first().map(|q| QuestionObject {
                        qname: kdig::name_text(q.name.labels()),
                        qtype: q.qtype,
                        qclass: q.qclass,
                    });
                }
                let rr = |r: &Record| RrObject::from_record(r, now_secs);
                obj.answer = m.answer.iter().map(rr).collect();
                obj.authority = m.authority.iter().map(rr).collect();
                // The additional section in wire order, with the OPT, TSIG
                // and SIG(0) records BIND's parser took out put back.
                let mut add: Vec<(usize, RrObject)> = m.additional.iter().map(|r| (r.offset, rr(r))).collect();
                if let Some(o) = &m.opt {
                    add.push((o.offset, opt_record(o)));
                }
                for r in m.tsig.iter().chain(m.sig0.iter()) {
                    add.push((r.offset, rr(r)));
                }
                add.sort_by_key(|(off, _)| *off);
                obj.additional = add.into_iter().map(|(_, r)| r).collect();
                if always_octets || m.parsed_len < bytes.len() {
                    obj.octets_hex = Some(hex_upper(bytes));
                }
            }
            None => {
                if bytes.len() >= 12 {
                    let mut h = [0u8; 12];
                    h.copy_from_slice(&bytes[..12]);
                    obj.header = Some(Header::from_bytes(&h));
                }
                obj.octets_hex = Some(hex_upper(bytes));
            }
        }
        obj
    }

    /// Writes the members into an open map (used inline at the top of a
    /// document, or as the value of queryMessage/responseMessage).
    fn write_members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        if let Some(d) = self.date {
            map.serialize_entry("dateString", &rfc3339_utc(d))?;
            map.serialize_entry("dateSeconds", &unix_seconds(d))?;
        }
        map.serialize_entry("msgLength", &self.msg_length)?;
        if let Some(h) = &self.header {
            let b = |v: bool| u8::from(v);
            map.serialize_entry("ID", &h.id)?;
            map.serialize_entry("QR", &b(h.qr))?;
            map.serialize_entry("Opcode", &h.opcode)?;
            map.serialize_entry("AA", &b(h.aa))?;
            map.serialize_entry("TC", &b(h.tc))?;
            map.serialize_entry("RD", &b(h.rd))?;
            map.serialize_entry("RA", &b(h.ra))?;
            map.serialize_entry("AD", &b(h.ad))?;
            map.serialize_entry("CD", &b(h.cd))?;
            map.serialize_entry("RCODE", &h.rcode)?;
            map.serialize_entry("QDCOUNT", &h.qdcount)?;
            map.serialize_entry("ANCOUNT", &h.ancount)?;
            map.serialize_entry("NSCOUNT", &h.nscount)?;
            map.serialize_entry("ARCOUNT", &h.arcount)?;
        }
        if let Some(q) = &self.question {
            map.serialize_entry("QNAME", &q.qname)?;
            map.serialize_entry("QTYPE", &q.qtype)?;
            map.serialize_entry("QTYPEname", &kdig::type_name(q.qtype))?;
            map.serialize_entry("QCLASS", &q.qclass)?;
            map.serialize_entry("QCLASSname", &kdig::class_name(q.qclass))?;
        }
        for (key, rrs) in [("answerRRs", &self.answer), ("authorityRRs", &self.authority), ("additionalRRs", &self.additional)] {
            if !rrs.is_empty() {
                map.serialize_entry(key, rrs)?;
            }
        }
        if let Some(h) = &self.octets_hex {
            map.serialize_entry("messageOctetsHEX", h)?;
        }
        Ok(())
    }
}

impl Serialize for MessageObject {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        self.write_members(&mut map)?;
        map.end()
    }
}

impl RrObject {
    fn from_record(r: &Record, now: i64) -> RrObject {
        RrObject {
            name: kdig::name_text(r.name.labels()),
            rtype: r.rtype,
            class: r.class,
            ttl: r.ttl,
            rdata_text: kdig::rdata_text(r.rtype, r.class, &r.rdata, now),
            rdata: r.rdata.clone(),
        }
    }
}

/// The OPT pseudo-record as kdig shows it.
fn opt_record(o: &crate::wire::Edns) -> RrObject {
    let mut rdata = Vec::new();
    for (code, value) in &o.options {
        rdata.extend_from_slice(&code.to_be_bytes());
        rdata.extend_from_slice(&(value.len() as u16).to_be_bytes());
        rdata.extend_from_slice(value);
    }
    RrObject {
        name: ".".into(),
        rtype: OPT,
        class: o.udp_size,
        ttl: (u32::from(o.ext_rcode) << 24) | (u32::from(o.version) << 16) | u32::from(o.flags),
        rdata_text: None,
        rdata,
    }
}

impl Serialize for RrObject {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("NAME", &self.name)?;
        map.serialize_entry("TYPE", &self.rtype)?;
        let tname = kdig::type_name(self.rtype);
        map.serialize_entry("TYPEname", &tname)?;
        map.serialize_entry("CLASS", &self.class)?;
        if self.rtype != OPT {
            map.serialize_entry("CLASSname", &kdig::class_name(self.class))?;
        }
        map.serialize_entry("TTL", &self.ttl)?;
        if let Some(t) = &self.rdata_text {
            map.serialize_entry(&format!("rdata{tname}"), t)?;
        }
        map.serialize_entry("RDLENGTH", &self.rdata.len())?;
        if !self.rdata.is_empty() {
            map.serialize_entry("RDATAHEX", &hex_upper(&self.rdata))?;
        }
        map.end()
    }
}

// ---------------------------------------------------------------------
// rlookup's metadata and errors
// ---------------------------------------------------------------------

/// rlookup's own members, under `"rlookup"` in every document. Every field
/// is optional and omitted when None; add fields here (e.g. the
/// systemd-resolved stub/upstream info), or put ad-hoc ones in `extra`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The address the reply came from (or the query went to).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// The server as the user typed it (a name or an address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
    /// "UDP" or "TCP".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Round-trip time in whole milliseconds (dig's "Query time").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_time_ms: Option<u64>,
    /// The full RCODE (header bits plus EDNS extended bits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rcode: Option<u16>,
    /// Its mnemonic (BIND's dns_rcode_totext: "NXDOMAIN", "BADCOOKIE", or
    /// the number as a string when it has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rcode_name: Option<String>,
    /// The reply's EDNS (OPT record), decoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edns: Option<EdnsInfo>,
    /// The server COOKIE check: "good" or "bad" (dig's `(good)`/`(bad)`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookie: Option<String>,
    /// The reply was only partly well-formed (dig's best-effort parse:
    /// "Message parser reports malformed message packet").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub malformed: Option<bool>,
    /// What went wrong (error documents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorInfo>,
    /// Anything else, flattened into the object.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The OPT record decoded (rlookup's addition; RFC 8427 has no EDNS
/// members).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EdnsInfo {
    pub version: u8,
    pub udp_size: u16,
    /// The DO bit.
    #[serde(rename = "do")]
    pub dnssec_ok: bool,
    /// All 16 flag bits.
    pub flags: u16,
    /// The upper 8 bits of the RCODE.
    pub extended_rcode: u8,
    pub options: Vec<EdnsOptionInfo>,
}

/// One EDNS option: code, mnemonic, value in hex, plus a decoded form for
/// NSID (`text`), COOKIE (`client`, `server`) and EDE (`infoCode`,
/// `extraText`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EdnsOptionInfo {
    pub code: u16,
    pub name: String,
    pub hex: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub info_code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_text: Option<String>,
}

/// What kind of failure an error document reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    /// No reply in time (`communications error to ...: timed out`,
    /// `connection timed out; no servers could be reached`).
    Timeout,
    /// Another transport failure: connection refused, reset, network or
    /// host unreachable, end of file.
    Network,
    /// Every server failed (`no servers could be reached`, `NS servers
    /// could not be reached`).
    NoServers,
    /// The reply could not be decoded (`Got bad packet: ...`).
    Malformed,
    /// A reply was not accepted (ID mismatch, short message, wrong
    /// question, not a response).
    BadReply,
    /// A bad command line or option (usage error).
    Usage,
    /// A name that is not a valid domain name (`'a..b' is not a legal
    /// name`).
    BadName,
    /// A server name that could not be resolved (`couldn't get address
    /// for 'x': not found`).
    BadServer,
    /// Anything else that stops the run (BIND's fatal()).
    Fatal,
    /// Information about what the lookup does next, not a failure
    /// (`Truncated, retrying in TCP mode.`, `Got SERVFAIL reply from X,
    /// trying next server`, `BADCOOKIE, retrying.`).
    Notice,
}

/// Whether the run (or the lookup) stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum ErrorLevel {
    /// The lookup (or the run) failed.
    #[default]
    Error,
    /// Reported, then the lookup went on (e.g. a timeout before trying the
    /// next server, an ignored reply).
    Warning,
}

/// `rlookup.error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorInfo {
    pub kind: ErrorKind,
    pub level: ErrorLevel,
    /// BIND's text for it, without `;; ` (e.g. "communications error to
    /// 127.9.9.9#53: timed out").
    pub message: String,
    /// More detail: the parse error of a malformed reply, the transport
    /// error text, the offending argument.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The name being looked up, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qname: Option<String>,
    /// Its type mnemonic, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qtype: Option<String>,
    /// Byte offset where decoding stopped (malformed replies).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
}

impl ErrorInfo {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> ErrorInfo {
        ErrorInfo { kind, level: ErrorLevel::Error, message: message.into(), detail: None, qname: None, qtype: None, offset: None }
    }

    /// The same, as a warning (the lookup went on).
    pub fn warning(mut self) -> ErrorInfo {
        self.level = ErrorLevel::Warning;
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> ErrorInfo {
        self.detail = Some(d.into());
        self
    }

    /// The lookup's name and type.
    pub fn lookup(mut self, qname: impl Into<String>, qtype: impl Into<String>) -> ErrorInfo {
        self.qname = Some(qname.into());
        self.qtype = Some(qtype.into());
        self
    }

    /// An ErrorInfo from a message the engine printed through
    /// `Printer::warning` / `Printer::error` / `raw` (BIND's text, with or
    /// without `;; `); its kind from `ErrorKind::classify`.
    pub fn from_text(text: &str) -> ErrorInfo {
        let t = text.trim_end_matches('\n').trim_start_matches(";; ");
        ErrorInfo::new(ErrorKind::classify(t), t)
    }
}

impl ErrorKind {
    /// The kind of one of BIND's client messages (the texts the engine and
    /// the sessions print): "Truncated, retrying...", "Got SERVFAIL reply"
    /// and the like are Notice; "...timed out" Timeout; other
    /// "communications error"s, failed connections and skipped mapped
    /// addresses Network; "no servers could be reached" NoServers; "Got bad
    /// packet" Malformed; "ID mismatch" / "short ... message" / "query
    /// response not set" / "Question section mismatch" BadReply; "is not a
    /// legal name" BadName; "couldn't get address" BadServer; unknown types
    /// and invalid options Usage; otherwise Fatal.
    pub fn classify(text: &str) -> ErrorKind {
        let t = text.trim_start_matches(";; ");
        if t.starts_with("Truncated, retrying")
            || t.starts_with("Got SERVFAIL reply")
            || t.starts_with("Got recursion not available")
            || t.starts_with("BADCOOKIE, retrying")
            || t.starts_with("BADVERS, retrying")
        {
            ErrorKind::Notice
        } else if t.contains("timed out") {
            ErrorKind::Timeout
        } else if t.starts_with("communications error")
            || (t.starts_with("UDP setup with") || t.starts_with("Connection to")) && t.contains(" failed: ")
            || t.starts_with("Skipping mapped address")
        {
            ErrorKind::Network
        } else if t.starts_with("No acceptable nameservers") {
            ErrorKind::NoServers
        } else if t.starts_with("unknown query type") || t.starts_with("unknown query class") || t.starts_with("*** Invalid option") {
            ErrorKind::Usage
        } else if t.contains("could not be reached") || t.contains("could be reached") {
            ErrorKind::NoServers
        } else if t.contains("bad packet") || t.contains("malformed") {
            ErrorKind::Malformed
        } else if t.contains("ID mismatch")
            || t.contains("header size) message")
            || t.contains("response not set")
            || t.contains("Question section mismatch")
        {
            ErrorKind::BadReply
        } else if t.contains("not a legal name") || t.contains("is not a legal IDN") {
            ErrorKind::BadName
        } else if t.starts_with("couldn't get address") {
            ErrorKind::BadServer
        } else if t.starts_with("Usage") || t.contains("Invalid option") || t.contains("invalid") {
            ErrorKind::Usage
        } else {
            ErrorKind::Fatal
        }
    }
}

impl Meta {
    /// server, port, serverName and protocol.
    pub fn server(addr: SocketAddr, server_name: &str, protocol: Protocol) -> Meta {
        Meta {
            server: Some(addr.ip().to_string()),
            port: Some(addr.port()),
            server_name: Some(server_name.to_string()),
            protocol: Some(protocol.to_string()),
            ..Default::default()
        }
    }

    /// Everything known about a response.
    pub fn from_response(resp: &Response) -> Meta {
        let mut m = Meta::server(resp.server, &resp.server_label, resp.protocol);
        m.query_time_ms = Some(u64::try_from(resp.rtt.as_millis()).unwrap_or(u64::MAX));
        let rcode = resp.message.rcode();
        m.rcode = Some(rcode);
        m.rcode_name = Some(types::rcode_mnemonic(rcode));
        m.edns = resp.message.opt.as_ref().map(edns_info);
        m.cookie = match resp.cookie {
            CookieCheck::NotChecked => None,
            CookieCheck::Good => Some("good".into()),
            CookieCheck::Bad => Some("bad".into()),
        };
        if resp.malformed {
            m.malformed = Some(true);
        }
        m
    }
}

/// EDNS option mnemonics (IANA "DNS EDNS0 Option Codes").
fn edns_option_name(code: u16) -> String {
    match code {
        1 => "LLQ",
        2 => "UL",
        3 => "NSID",
        5 => "DAU",
        6 => "DHU",
        7 => "N3U",
        8 => "CLIENT-SUBNET",
        9 => "EXPIRE",
        10 => "COOKIE",
        11 => "TCP-KEEPALIVE",
        12 => "PADDING",
        13 => "CHAIN",
        14 => "KEY-TAG",
        15 => "EDE",
        16 => "CLIENT-TAG",
        17 => "SERVER-TAG",
        18 => "REPORT-CHANNEL",
        19 => "ZONEVERSION",
        _ => return format!("CODE{code}"),
    }
    .to_string()
}

/// Text for JSON from bytes that should be text: valid UTF-8 without
/// control characters as is, anything else None.
fn printable_text(b: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(b).ok()?;
    if s.chars().any(char::is_control) {
        return None;
    }
    Some(s.to_string())
}

fn edns_info(o: &crate::wire::Edns) -> EdnsInfo {
    let options = o
        .options
        .iter()
        .map(|(code, v)| {
            let mut info = EdnsOptionInfo {
                code: *code,
                name: edns_option_name(*code),
                hex: hex_upper(v),
                text: None,
                client: None,
                server: None,
                info_code: None,
                extra_text: None,
            };
            match *code {
                3 => info.text = printable_text(v),
                10 if v.len() >= 8 => {
                    info.client = Some(hex_upper(&v[..8]));
                    if v.len() > 8 {
                        info.server = Some(hex_upper(&v[8..]));
                    }
                }
                15 if v.len() >= 2 => {
                    info.info_code = Some(u16::from_be_bytes([v[0], v[1]]));
                    if v.len() > 2 {
                        info.extra_text = Some(String::from_utf8_lossy(&v[2..]).into_owned());
                    }
                }
                _ => {}
            }
            info
        })
        .collect();
    EdnsInfo {
        version: o.version,
        udp_size: o.udp_size,
        dnssec_ok: o.flags & 0x8000 != 0,
        flags: o.flags,
        extended_rcode: o.ext_rcode,
        options,
    }
}

// ---------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------

/// One JSON document (one output line).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The query (only with `JsonOptions::with_query`).
    pub query: Option<MessageObject>,
    /// The response (or what could be read of a malformed one).
    pub message: Option<MessageObject>,
    pub meta: Meta,
}

impl Document {
    /// The document for a response.
    pub fn response(resp: &Response, opts: &JsonOptions) -> Document {
        let message = MessageObject::new(&resp.bytes, Some(&resp.message), Some(resp.sent_at), opts.message_octets);
        let query = opts.with_query.then(|| query_object(&resp.query, resp.sent_at, opts.message_octets));
        Document { query, message: Some(message), meta: Meta::from_response(resp) }
    }

    /// An error document: `meta` (with at least the server, if any) and
    /// `error`.
    pub fn error(mut meta: Meta, error: ErrorInfo) -> Document {
        meta.error = Some(error);
        Document { query: None, message: None, meta }
    }

    /// An error with no server involved (usage, bad name, fatal).
    pub fn plain_error(kind: ErrorKind, message: impl Into<String>) -> Document {
        Document::error(Meta::default(), ErrorInfo::new(kind, message))
    }

    /// A reply that could not be decoded (dig's `;; Got bad packet: <err>`):
    /// what kdig shows of it (msgLength, the header if there are 12 bytes,
    /// messageOctetsHEX) and a Malformed error. `query` is the query as
    /// sent (used only with `with_query`).
    #[allow(clippy::too_many_arguments)]
    pub fn bad_packet(
        bytes: &[u8],
        query: &[u8],
        err: &ParseError,
        from: SocketAddr,
        server_name: &str,
        protocol: Protocol,
        sent_at: SystemTime,
        rtt: Duration,
        opts: &JsonOptions,
    ) -> Document {
        let mut meta = Meta::server(from, server_name, protocol);
        meta.query_time_ms = Some(u64::try_from(rtt.as_millis()).unwrap_or(u64::MAX));
        let mut e = ErrorInfo::new(ErrorKind::Malformed, format!("Got bad packet: {err}")).detail(err.text);
        e.offset = Some(err.offset);
        meta.error = Some(e);
        Document {
            query: opts.with_query.then(|| query_object(query, sent_at, opts.message_octets)),
            message: Some(MessageObject::new(bytes, None, Some(sent_at), true)),
            meta,
        }
    }

    /// The document as one line of compact JSON (no newline).
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).expect("a document always serializes")
    }

    /// Writes the document and a newline.
    pub fn write(&self, w: &mut dyn Write) -> io::Result<()> {
        let mut line = self.to_line();
        line.push('\n');
        w.write_all(line.as_bytes())
    }

    /// The document as a `serde_json::Value` (for tests and filters).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("a document always serializes")
    }
}

fn query_object(query: &[u8], sent_at: SystemTime, always_octets: bool) -> MessageObject {
    let parsed = crate::wire::message::parse_best_effort(query).ok().map(|(m, _)| m);
    MessageObject::new(query, parsed.as_ref(), Some(sent_at), always_octets)
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        if let Some(q) = &self.query {
            map.serialize_entry("queryMessage", q)?;
            if let Some(m) = &self.message {
                map.serialize_entry("responseMessage", m)?;
            }
        } else if let Some(m) = &self.message {
            m.write_members(&mut map)?;
        }
        map.serialize_entry("rlookup", &self.meta)?;
        map.end()
    }
}

/// Shortcut: an error document on `w`.
pub fn write_error(w: &mut dyn Write, meta: Meta, error: ErrorInfo) -> io::Result<()> {
    Document::error(meta, error).write(w)
}

// ---------------------------------------------------------------------
// Small helpers: hex, dates
// ---------------------------------------------------------------------

fn hex_upper(b: &[u8]) -> String {
    const H: &[u8; 16] = b"0123456789ABCDEF";
    let mut s = String::with_capacity(b.len() * 2);
    for &x in b {
        s.push(char::from(H[usize::from(x >> 4)]));
        s.push(char::from(H[usize::from(x & 15)]));
    }
    s
}

fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// (year, month, day) of a day count since 1970-01-01 (proleptic
/// Gregorian; Howard Hinnant's civil_from_days).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// UTC broken-down time of a Unix time: (year, month, day, h, m, s).
fn utc(secs: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, mo, d) = civil_from_days(days);
    (y, mo, d, (rem / 3600) as u32, (rem % 3600 / 60) as u32, (rem % 60) as u32)
}

/// RFC 3339 in UTC, whole seconds: `2026-11-22T01:48:36Z`.
fn rfc3339_utc(t: SystemTime) -> String {
    let (y, mo, d, h, mi, s) = utc(unix_seconds(t));
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

// ---------------------------------------------------------------------
// Knot's presentation format
// ---------------------------------------------------------------------

/// Knot DNS 3.2's text forms, as `kdig +json` prints them: a port of
/// libknot's `knot_dname_to_str` (dname.c), `knot_rrtype_to_string` /
/// `knot_rrclass_to_string` (descriptor.c), `knot_rrset_txt_dump_data`
/// with `KNOT_DUMP_STYLE_DEFAULT` (rrset-dump.c) and musl's `inet_ntop`
/// (contrib/musl). Where this differs from BIND's text (`rdata::to_text`):
///
/// * names: Knot escapes every ASCII punctuation character except `-`,
///   `_`, `*`, `/` with a backslash and `#` and space as `\035` / `\032`;
///   BIND escapes only `"().;\@$`.
/// * type and class mnemonics: only the types Knot 3.2 names (others are
///   `TYPEn`, and then kdig prints no `rdata<TYPE>` at all); classes IN,
///   CH, NONE, ANY (HS is `CLASS4`).
/// * hex (SSHFP, TLSA, DS, ...) and base64 fields are never split into
///   words; CAA and URI end with a space; LOC prints `45 29 50 N  73 34
///   40 W  30m  10m 100m 10m` (two spaces between parts, no needless
///   decimals); NSEC3 hashes are lowercase base32hex with padding; CERT
///   type and algorithm are numbers; SVCB/HTTPS values are unquoted
///   (`alpn=h2,h3`) with `\\,` escapes; SIG, NULL, TKEY are `\# len HEX`;
///   an empty base64/hex field, a LOC of version != 0, and some other
///   RDATA Knot's dumper rejects give no `rdata<TYPE>`.
/// * RRSIG times: `YYYYMMDDHHMMSS`, like BIND.
pub mod kdig {
    /// `knot_rrtype_to_string` for the types Knot 3.2 names.
    fn known_type(t: u16) -> Option<&'static str> {
        Some(match t {
            1 => "A",
            2 => "NS",
            5 => "CNAME",
            6 => "SOA",
            10 => "NULL",
            12 => "PTR",
            13 => "HINFO",
            14 => "MINFO",
            15 => "MX",
            16 => "TXT",
            17 => "RP",
            18 => "AFSDB",
            21 => "RT",
            24 => "SIG",
            25 => "KEY",
            28 => "AAAA",
            29 => "LOC",
            33 => "SRV",
            35 => "NAPTR",
            36 => "KX",
            37 => "CERT",
            39 => "DNAME",
            41 => "OPT",
            42 => "APL",
            43 => "DS",
            44 => "SSHFP",
            45 => "IPSECKEY",
            46 => "RRSIG",
            47 => "NSEC",
            48 => "DNSKEY",
            49 => "DHCID",
            50 => "NSEC3",
            51 => "NSEC3PARAM",
            52 => "TLSA",
            53 => "SMIMEA",
            59 => "CDS",
            60 => "CDNSKEY",
            61 => "OPENPGPKEY",
            62 => "CSYNC",
            63 => "ZONEMD",
            64 => "SVCB",
            65 => "HTTPS",
            99 => "SPF",
            104 => "NID",
            105 => "L32",
            106 => "L64",
            107 => "LP",
            108 => "EUI48",
            109 => "EUI64",
            249 => "TKEY",
            250 => "TSIG",
            251 => "IXFR",
            252 => "AXFR",
            255 => "ANY",
            256 => "URI",
            257 => "CAA",
            _ => return None,
        })
    }

    /// The type mnemonic kdig prints (`TYPEname`, `QTYPEname`, RRSIG type
    /// covered, NSEC bitmaps): Knot's name or `TYPEn`.
    pub fn type_name(t: u16) -> String {
        known_type(t).map_or_else(|| format!("TYPE{t}"), str::to_string)
    }

    /// `knot_rrclass_to_string`: IN, CH, NONE, ANY or `CLASSn`.
    pub fn class_name(c: u16) -> String {
        match c {
            1 => "IN".into(),
            3 => "CH".into(),
            254 => "NONE".into(),
            255 => "ANY".into(),
            _ => format!("CLASS{c}"),
        }
    }

    fn is_print(c: u8) -> bool {
        (0x20..=0x7e).contains(&c)
    }

    fn push_label(s: &mut String, label: &[u8]) {
        for &c in label {
            if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'*' | b'/') {
                s.push(char::from(c));
            } else if c.is_ascii_punctuation() && c != b'#' {
                s.push('\\');
                s.push(char::from(c));
            } else {
                s.push_str(&format!("\\{c:03}"));
            }
        }
    }

    /// `knot_dname_to_str` of an absolute name given by its labels: "." for
    /// the root, else every label followed by a dot.
    pub fn name_text(labels: &[Vec<u8>]) -> String {
        if labels.is_empty() {
            return ".".into();
        }
        let mut s = String::new();
        for l in labels {
            push_label(&mut s, l);
            s.push('.');
        }
        s
    }

    /// musl's `inet_ntop(AF_INET6)` (what Knot uses): all groups in hex,
    /// `::ffff:a.b.c.d` for IPv4-mapped addresses, then the first longest
    /// run of two or more zero groups replaced by `::`.
    pub fn ipv6_text(a: &[u8; 16]) -> String {
        let w = |i: usize| u16::from_be_bytes([a[2 * i], a[2 * i + 1]]);
        let mut buf = if a[..12] != [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] {
            format!("{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{:x}", w(0), w(1), w(2), w(3), w(4), w(5), w(6), w(7))
        } else {
            format!("{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{}.{}.{}.{}", w(0), w(1), w(2), w(3), w(4), w(5), a[12], a[13], a[14], a[15])
        };
        // Replace longest /(^0|:)[:0]{2,}/ with "::".
        let b = buf.as_bytes();
        let (mut best, mut max) = (0usize, 2usize);
        for i in 0..b.len() {
            if i > 0 && b[i] != b':' {
                continue;
            }
            let j = b[i..].iter().take_while(|&&c| c == b':' || c == b'0').count();
            if j > max {
                best = i;
                max = j;
            }
        }
        if max > 3 {
            buf.replace_range(best..best + max, "::");
        }
        buf
    }

    fn hex(b: &[u8]) -> String {
        super::hex_upper(b)
    }

    fn base64(b: &[u8]) -> String {
        const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::with_capacity(b.len().div_ceil(3) * 4);
        for c in b.chunks(3) {
            let n = (u32::from(c[0]) << 16) | (u32::from(*c.get(1).unwrap_or(&0)) << 8) | u32::from(*c.get(2).unwrap_or(&0));
            s.push(char::from(T[(n >> 18) as usize & 63]));
            s.push(char::from(T[(n >> 12) as usize & 63]));
            s.push(if c.len() > 1 { char::from(T[(n >> 6) as usize & 63]) } else { '=' });
            s.push(if c.len() > 2 { char::from(T[n as usize & 63]) } else { '=' });
        }
        s
    }

    /// Knot's base32hex: lowercase, padded with '='.
    fn base32hex(b: &[u8]) -> String {
        const T: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
        let mut s = String::new();
        for c in b.chunks(5) {
            let mut v = [0u8; 5];
            v[..c.len()].copy_from_slice(c);
            let n = v.iter().fold(0u64, |acc, &x| (acc << 8) | u64::from(x));
            let chars = match c.len() {
                1 => 2,
                2 => 4,
                3 => 5,
                4 => 7,
                _ => 8,
            };
            for i in 0..8 {
                if i < chars {
                    s.push(char::from(T[((n >> (35 - 5 * i)) & 31) as usize]));
                } else {
                    s.push('=');
                }
            }
        }
        s
    }

    /// Knot's serial-arithmetic expansion of a 32-bit time
    /// (`knot_time_from_u32`) around `now`.
    fn time_from_u32(t: u32, now: i64) -> i64 {
        let now_lower = now as u32;
        let mut upper = now >> 32;
        if now_lower > t && now_lower - t > i32::MAX as u32 {
            upper += 1;
        } else if now_lower < t && t - now_lower > i32::MAX as u32 {
            upper -= 1;
        }
        (upper << 32) + i64::from(t)
    }

    /// The dump state: RDATA, read position, output (rrset_dump_params_t).
    /// Every step returns None where Knot's sets `p->ret = -1`.
    struct P<'a> {
        d: &'a [u8],
        pos: usize,
        out: String,
        now: i64,
    }

    type R = Option<()>;

    impl P<'_> {
        fn rest(&self) -> usize {
            self.d.len() - self.pos
        }
        fn need(&self, n: usize) -> R {
            (self.rest() >= n).then_some(())
        }
        fn take(&mut self, n: usize) -> Option<&[u8]> {
            self.need(n)?;
            let s = &self.d[self.pos..self.pos + n];
            self.pos += n;
            Some(s)
        }
        fn s(&mut self, t: &str) -> R {
            self.out.push_str(t);
            Some(())
        }
        fn sp(&mut self) -> R {
            self.s(" ")
        }
        fn num8(&mut self) -> R {
            let v = self.take(1)?[0];
            self.s(&v.to_string())
        }
        fn num16(&mut self) -> R {
            let b = self.take(2)?;
            let v = u16::from_be_bytes([b[0], b[1]]);
            self.s(&v.to_string())
        }
        fn num32(&mut self) -> R {
            let b = self.take(4)?;
            let v = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
            self.s(&v.to_string())
        }
        fn num48(&mut self) -> R {
            let b = self.take(6)?;
            let v = b.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x));
            self.s(&v.to_string())
        }
        fn ipv4(&mut self) -> R {
            let b = self.take(4)?;
            let t = format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]);
            self.s(&t)
        }
        fn ipv6(&mut self) -> R {
            let b = self.take(16)?;
            let mut a = [0u8; 16];
            a.copy_from_slice(b);
            self.s(&ipv6_text(&a))
        }
        fn rtype(&mut self) -> R {
            let b = self.take(2)?;
            let t = type_name(u16::from_be_bytes([b[0], b[1]]));
            self.s(&t)
        }
        /// `wire_dname_to_str`: an uncompressed name at the position.
        fn dname(&mut self) -> R {
            let mut labels = Vec::new();
            let mut i = self.pos;
            loop {
                let len = usize::from(*self.d.get(i)?);
                if len > 63 {
                    return None;
                }
                i += 1;
                if len == 0 {
                    break;
                }
                labels.push(self.d.get(i..i + len)?.to_vec());
                i += len;
            }
            self.pos = i;
            self.s(&name_text(&labels))
        }
        fn timestamp(&mut self) -> R {
            let b = self.take(4)?;
            let v = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
            let (y, mo, d, h, mi, s) = super::utc(time_from_u32(v, self.now));
            self.s(&format!("{y}{mo:02}{d:02}{h:02}{mi:02}{s:02}"))
        }
        /// DUMP_HEX / DUMP_BASE64: the rest of the RDATA, which must not be
        /// empty (the encoders return 0 for no input: an error).
        fn rest_hex(&mut self) -> R {
            let n = self.rest();
            if n == 0 {
                return None;
            }
            let t = hex(self.take(n)?);
            self.s(&t)
        }
        fn rest_base64(&mut self) -> R {
            let n = self.rest();
            if n == 0 {
                return None;
            }
            let t = base64(self.take(n)?);
            self.s(&t)
        }
        /// `wire_text_to_str`: a string with a 0 (rest), 1 or 2 byte
        /// length, quoted (or only if it has a space, when `quote` is
        /// false), `"` and `\` escaped, non-printable bytes as `\DDD`; in
        /// ALPN mode `,` and `\` get two more backslashes.
        fn text(&mut self, mut quote: bool, hdr: usize, alpn: bool) -> R {
            self.need(hdr)?;
            let len = match hdr {
                0 => self.rest(),
                1 => usize::from(self.d[self.pos]),
                _ => usize::from(u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]])),
            };
            self.pos += hdr;
            let b = self.take(len)?.to_vec();
            if !quote && b.contains(&b' ') {
                quote = true;
            }
            let mut t = String::with_capacity(b.len() + 2);
            if quote {
                t.push('"');
            }
            for c in b {
                if is_print(c) {
                    if c == b'\\' || c == b'"' {
                        t.push('\\');
                    }
                    if alpn && (c == b',' || c == b'\\') {
                        t.push_str("\\\\");
                    }
                    t.push(char::from(c));
                } else {
                    t.push_str(&format!("\\{c:03}"));
                }
            }
            if quote {
                t.push('"');
            }
            self.s(&t)
        }
        /// `wire_len_data_encode_to_str`: data with a 1/2-byte length,
        /// optionally printed, encoded by `enc` (None = encoder failure);
        /// `empty` printed for no data.
        fn len_data(&mut self, enc: fn(&[u8]) -> Option<String>, len_len: usize, print_len: bool, empty: &str) -> R {
            self.need(len_len)?;
            let len = if len_len == 1 {
                usize::from(self.d[self.pos])
            } else {
                usize::from(u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]]))
            };
            if print_len {
                if len_len == 1 {
                    self.num8()?;
                } else {
                    self.num16()?;
                }
                if len > 0 || !empty.is_empty() {
                    self.sp()?;
                }
            } else {
                self.pos += len_len;
            }
            if len > 0 {
                let t = enc(self.take(len)?)?;
                self.s(&t)
            } else {
                self.s(empty)
            }
        }
        fn bitmap(&mut self) -> R {
            let b = &self.d[self.pos..];
            let mut i = 0;
            let mut t = String::new();
            while i < b.len() {
                let win = u16::from(b[i]);
                i += 1;
                let len = usize::from(*b.get(i)?);
                i += 1;
                if i + len > b.len() {
                    return None;
                }
                for j in 0..len * 8 {
                    if b[i + j / 8] & (0x80 >> (j % 8)) != 0 {
                        if !t.is_empty() {
                            t.push(' ');
                        }
                        t.push_str(&type_name(win * 256 + j as u16));
                    }
                }
                i += len;
            }
            self.pos = self.d.len();
            self.s(&t)
        }
        fn apl(&mut self) -> R {
            let h = self.take(4)?;
            let family = u16::from_be_bytes([h[0], h[1]]);
            let prefix = h[2];
            let negation = h[3] >> 7;
            let afdlen = usize::from(h[3] & 0x7f);
            if negation != 0 {
                self.s("!")?;
            }
            self.s(&format!("{family}:"))?;
            let addr = match family {
                1 if afdlen <= 4 => {
                    let mut a = [0u8; 4];
                    a[..afdlen].copy_from_slice(self.take(afdlen)?);
                    format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])
                }
                2 if afdlen <= 16 => {
                    let mut a = [0u8; 16];
                    a[..afdlen].copy_from_slice(self.take(afdlen)?);
                    ipv6_text(&a)
                }
                _ => return None,
            };
            self.s(&addr)?;
            self.s(&format!("/{prefix}"))
        }
        fn loc(&mut self) -> R {
            let b = self.d.get(self.pos..)?;
            if b.first() != Some(&0) {
                // Knot prints it as unknown data and fails.
                return None;
            }
            if b.len() < 16 {
                return None;
            }
            let rd = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
            let (size_w, hpre_w, vpre_w) = (b[1], b[2], b[3]);
            let (lat_w, lon_w, alt_w) = (rd(4), rd(8), rd(12));
            self.pos += 16;
            const ZERO: u32 = 2_147_483_648;
            let split = |v: u32, pos: char, neg: char| {
                let (mark, x) = if v >= ZERO { (pos, v - ZERO) } else { (neg, ZERO - v) };
                let d = x / 3_600_000;
                let m = (x - 3_600_000 * d) / 60_000;
                let s = 0.001 * f64::from(x - 3_600_000 * d - 60_000 * m);
                let prec = if f64::from(s as u32) != s { 3 } else { 0 };
                format!("{d} {m} {s:.prec$} {mark}")
            };
            let t = format!("{}  {}", split(lat_w, 'N', 'S'), split(lon_w, 'E', 'W'));
            self.s(&t)?;
            let alt = 0.01 * f64::from(alt_w) - 100_000.0;
            let pre = |w: u8| -> Option<f64> {
                let (m, e) = (w >> 4, w & 15);
                if m > 9 || e > 9 {
                    return None;
                }
                Some(0.01 * f64::from(m) * 10f64.powi(i32::from(e)))
            };
            let (size, hpre, vpre) = (pre(size_w)?, pre(hpre_w)?, pre(vpre_w)?);
            let p2 = |v: f64| if f64::from(v as u32) != v { 2 } else { 0 };
            let ap = if f64::from(alt as i32) != alt { 2 } else { 0 };
            let t = format!("  {alt:.ap$}m  {size:.p1$}m {hpre:.p2_$}m {vpre:.p3$}m", p1 = p2(size), p2_ = p2(hpre), p3 = p2(vpre));
            self.s(&t)
        }
        fn gateway(&mut self) -> R {
            self.need(2)?;
            let (gtype, alg) = (self.d[self.pos], self.d[self.pos + 1]);
            self.num8()?;
            self.sp()?;
            self.num8()?;
            self.sp()?;
            match gtype {
                0 => self.s(".")?,
                1 => self.ipv4()?,
                2 => self.ipv6()?,
                3 => self.dname()?,
                _ => return None,
            }
            if alg > 0 {
                self.sp()?;
                self.rest_base64()?;
            }
            Some(())
        }
        fn l64(&mut self) -> R {
            if self.rest() != 8 {
                return None;
            }
            let b = self.take(8)?.to_vec();
            let t = b.chunks(2).map(hex).collect::<Vec<_>>().join(":");
            self.s(&t)
        }
        fn eui(&mut self) -> R {
            self.need(2)?;
            let n = self.rest();
            let b = self.take(n)?.to_vec();
            let t = b.chunks(1).map(hex).collect::<Vec<_>>().join("-");
            self.s(&t)
        }
        fn tsig_rcode(&mut self) -> R {
            let b = self.take(2)?;
            let v = u16::from_be_bytes([b[0], b[1]]);
            let name = match v {
                16 => "BADSIG",
                0 => "NOERROR",
                1 => "FORMERR",
                2 => "SERVFAIL",
                3 => "NXDOMAIN",
                4 => "NOTIMPL",
                5 => "REFUSED",
                6 => "YXDOMAIN",
                7 => "YXRRSET",
                8 => "NXRRSET",
                9 => "NOTAUTH",
                10 => "NOTZONE",
                17 => "BADKEY",
                18 => "BADTIME",
                19 => "BADMODE",
                20 => "BADNAME",
                21 => "BADALG",
                22 => "BADTRUNC",
                23 => "BADCOOKIE",
                _ => "Unknown",
            };
            self.s(name)
        }
        fn svcb_key(&mut self) -> R {
            self.need(2)?;
            let k = u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]]);
            let name = match k {
                0 => "mandatory",
                1 => "alpn",
                2 => "no-default-alpn",
                3 => "port",
                4 => "ipv4hint",
                5 => "ech",
                6 => "ipv6hint",
                _ => {
                    self.s("key")?;
                    return self.num16();
                }
            };
            self.pos += 2;
            self.s(name)
        }
        fn value_list(&mut self, item: fn(&mut Self) -> R, end: usize) -> R {
            let mut first = true;
            while end > self.pos {
                if !first {
                    self.s(",")?;
                }
                first = false;
                item(self)?;
            }
            (end == self.pos).then_some(())
        }
        fn svcparam(&mut self) -> R {
            self.need(4)?;
            let key = u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]]);
            let len = usize::from(u16::from_be_bytes([self.d[self.pos + 2], self.d[self.pos + 3]]));
            self.svcb_key()?;
            self.pos += 2;
            self.need(len)?;
            if len == 0 {
                return Some(());
            }
            self.s("=")?;
            let end = self.pos + len;
            match key {
                0 => self.value_list(Self::svcb_key, end),
                1 => self.value_list(|p| p.text(false, 1, true), end),
                2 => None,
                3 if len == 2 => self.num16(),
                3 => None,
                4 => self.value_list(Self::ipv4, end),
                5 => {
                    let t = base64(self.take(len)?);
                    self.s(&t)
                }
                6 => self.value_list(Self::ipv6, end),
                _ => {
                    self.pos -= 2;
                    self.text(true, 2, false)
                }
            }
        }
        fn unknown(&mut self) -> R {
            let n = self.rest();
            if n == 0 {
                return self.s("\\# 0");
            }
            self.s(&format!("\\# {n} "))?;
            self.rest_hex()
        }
    }

    /// `knot_rrset_txt_dump_data` with the default style, as kdig's
    /// json_rdata uses it: the `rdata<TYPE>` text, or None when kdig
    /// prints none (type unknown to Knot, OPT, empty RDATA in a class other
    /// than IN, RDATA the dumper rejects or leaves bytes of, 16 KiB of
    /// text or more). `now` (Unix seconds) anchors RRSIG times.
    pub fn rdata_text(rtype: u16, class: u16, rdata: &[u8], now: i64) -> Option<String> {
        known_type(rtype)?;
        if rtype == super::OPT || (rdata.is_empty() && class != 1) {
            return None;
        }
        let mut p = P { d: rdata, pos: 0, out: String::new(), now };
        dump(&mut p, rtype)?;
        if p.pos != rdata.len() || p.out.is_empty() || p.out.len() >= 16384 {
            return None;
        }
        Some(p.out)
    }

    fn dump(p: &mut P<'_>, t: u16) -> R {
        match t {
            1 => p.ipv4(),
            2 | 5 | 12 | 39 => p.dname(),
            6 => {
                p.dname()?;
                p.sp()?;
                p.dname()?;
                for _ in 0..4 {
                    p.sp()?;
                    p.num32()?;
                }
                p.sp()?;
                p.num32()
            }
            13 => {
                p.text(true, 1, false)?;
                p.sp()?;
                p.text(true, 1, false)
            }
            14 | 17 => {
                p.dname()?;
                p.sp()?;
                p.dname()
            }
            15 | 18 | 21 | 36 | 107 => {
                p.num16()?;
                p.sp()?;
                p.dname()
            }
            16 | 99 => {
                p.text(true, 1, false)?;
                while p.rest() > 0 {
                    p.sp()?;
                    p.text(true, 1, false)?;
                }
                Some(())
            }
            25 | 48 | 60 => {
                p.num16()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.rest_base64()
            }
            28 => p.ipv6(),
            29 => p.loc(),
            33 => {
                for _ in 0..3 {
                    p.num16()?;
                    p.sp()?;
                }
                p.dname()
            }
            35 => {
                p.num16()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                for _ in 0..3 {
                    p.text(true, 1, false)?;
                    p.sp()?;
                }
                p.dname()
            }
            37 => {
                p.num16()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.rest_base64()
            }
            42 => {
                while p.rest() > 0 {
                    if !p.out.is_empty() {
                        p.sp()?;
                    }
                    p.apl()?;
                }
                Some(())
            }
            43 | 59 => {
                p.num16()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.rest_hex()
            }
            44 => {
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.rest_hex()
            }
            45 => {
                p.num8()?;
                p.sp()?;
                p.gateway()
            }
            46 => {
                p.rtype()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num32()?;
                p.sp()?;
                p.timestamp()?;
                p.sp()?;
                p.timestamp()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.dname()?;
                p.sp()?;
                p.rest_base64()
            }
            47 => {
                p.dname()?;
                p.sp()?;
                p.bitmap()
            }
            49 | 61 => p.rest_base64(),
            50 => {
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.len_data(|b| Some(hex(b)), 1, false, "-")?;
                p.sp()?;
                p.len_data(|b| Some(base32hex(b)), 1, false, "")?;
                p.sp()?;
                p.bitmap()
            }
            51 => {
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.len_data(|b| Some(hex(b)), 1, false, "-")
            }
            52 | 53 => {
                for _ in 0..3 {
                    p.num8()?;
                    p.sp()?;
                }
                p.rest_hex()
            }
            62 => {
                p.num32()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.bitmap()
            }
            63 => {
                p.num32()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.num8()?;
                p.sp()?;
                p.rest_hex()
            }
            104 | 106 => {
                p.num16()?;
                p.sp()?;
                p.l64()
            }
            105 => {
                p.num16()?;
                p.sp()?;
                p.ipv4()
            }
            108 | 109 => p.eui(),
            250 => {
                p.dname()?;
                p.sp()?;
                p.num48()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.len_data(|b| Some(base64(b)), 2, true, "")?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.tsig_rcode()?;
                p.sp()?;
                p.len_data(|b| (b.len() == 6).then(|| b.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x)).to_string()), 2, true, "")
            }
            256 => {
                p.num16()?;
                p.sp()?;
                p.num16()?;
                p.sp()?;
                p.text(true, 0, false)?;
                p.sp()
            }
            257 => {
                p.num8()?;
                p.sp()?;
                p.text(false, 1, false)?;
                p.sp()?;
                p.text(true, 0, false)?;
                p.sp()
            }
            64 | 65 => {
                p.num16()?;
                p.sp()?;
                p.dname()?;
                while p.rest() > 0 {
                    p.sp()?;
                    p.svcparam()?;
                }
                Some(())
            }
            _ => p.unknown(),
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn message_kinds() {
        use ErrorKind as K;
        for (text, kind) in [
            ("Truncated, retrying in TCP mode.", K::Notice),
            ("Got SERVFAIL reply from 127.0.0.1, trying next server", K::Notice),
            ("Got recursion not available from 127.0.0.1", K::Notice),
            ("communications error to 127.9.9.9#53: timed out", K::Timeout),
            ("communications error to 127.0.0.1#53: connection refused", K::Network),
            ("UDP setup with 10.0.0.1#53(10.0.0.1) for x failed: network unreachable.", K::Network),
            ("Connection to 127.0.0.1#53(127.0.0.1) for x failed: connection refused.", K::Network),
            ("no servers could be reached", K::NoServers),
            ("unknown query type: foo", K::Usage),
            ("*** Invalid option: bogus", K::Usage),
            ("'a..b' is not a legal name (empty label)", K::BadName),
            ("couldn't get address for 'x': not found", K::BadServer),
            ("Warning: ID mismatch: expected ID 1, got 2", K::BadReply),
        ] {
            assert_eq!(ErrorKind::classify(text), kind, "{text}");
        }
    }
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
        assert_eq!(rfc3339_utc(t), "2026-11-22T01:48:36Z");
        assert_eq!(rfc3339_utc(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400), (2000, 2, 29, 0, 0, 0));
    }

    #[test]
    fn error_documents() {
        let addr: SocketAddr = "127.9.9.9:53".parse().unwrap();
        let d = Document::error(
            Meta::server(addr, "127.9.9.9", Protocol::Udp),
            ErrorInfo::from_text(";; communications error to 127.9.9.9#53: timed out"),
        );
        assert_eq!(
            d.to_line(),
            r#"{"rlookup":{"server":"127.9.9.9","port":53,"serverName":"127.9.9.9","protocol":"UDP","error":{"kind":"timeout","level":"error","message":"communications error to 127.9.9.9#53: timed out"}}}"#
        );
        let d = Document::plain_error(ErrorKind::BadName, "'a..b' is not a legal name (empty label)");
        assert_eq!(
            d.to_value(),
            serde_json::json!({"rlookup": {"error": {"kind": "badName", "level": "error", "message": "'a..b' is not a legal name (empty label)"}}})
        );
        for (text, kind) in [
            (";; connection timed out; no servers could be reached", ErrorKind::Timeout),
            (";; communications error to 127.0.0.1#53: connection refused", ErrorKind::Network),
            (";; no servers could be reached", ErrorKind::NoServers),
            (";; Got bad packet: FORMERR", ErrorKind::Malformed),
            (";; Warning: ID mismatch: expected ID 1, got 2", ErrorKind::BadReply),
            ("couldn't get address for 'nosuch': not found", ErrorKind::BadServer),
            ("'a..b' is not a legal name (empty label)", ErrorKind::BadName),
            ("Invalid option: +foo", ErrorKind::Usage),
            ("out of memory", ErrorKind::Fatal),
        ] {
            assert_eq!(ErrorKind::classify(text), kind, "{text}");
        }
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
        assert_eq!(v["dateString"], "2026-11-22T01:48:36Z");
        // One line, valid UTF-8 JSON.
        let line = d.to_line();
        assert!(!line.contains('\n'));
    }
}
