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
//!   `dateString` in kdig's form, always in UTC (`2026-11-22T01:48:36+0000`;
//!   kdig prints local time with its offset, the same under TZ=UTC).
//!   `dateSeconds` is whole seconds, as kdig.
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

use super::{Output, Sink};
use crate::error::Error;
use crate::event::validation::Validation;
use crate::event::{Channel, Event};
use crate::response::{CookieCheck, Protocol, Response};
use crate::wire::{Header, Message, Name, ParseError, Record, types};

pub use crate::event::ErrorKind;

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
                        qname: kdig::name_text(&q.name.labels().to_vec()),
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
            map.serialize_entry("dateString", &kdig_date(d))?;
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
            name: kdig::name_text(&r.name.labels().to_vec()),
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

impl Serialize for ErrorKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
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
    /// A message: rlookup's or BIND's text, quoting arguments, names and
    /// servers as typed; JSON holds no bytes that are not UTF-8, so those
    /// are U+FFFD here (rawtext::lossy).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> ErrorInfo {
        let message = crate::rawtext::lossy(&message.into()).into_owned();
        ErrorInfo { kind, level: ErrorLevel::Error, message, detail: None, qname: None, qtype: None, offset: None }
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

    /// An ErrorInfo for one of BIND's messages (its `;; ` and line end
    /// left out).
    pub fn of(kind: ErrorKind, text: &str) -> ErrorInfo {
        ErrorInfo::new(kind, text.trim_end_matches('\n').trim_start_matches(";; "))
    }
}

impl Meta {
    /// server, port, serverName and protocol.
    pub fn server(addr: SocketAddr, server_name: &str, protocol: Protocol) -> Meta {
        Meta {
            server: Some(addr.ip().to_string()),
            port: Some(addr.port()),
            // The server as the user named it (rawtext::lossy: see ErrorInfo).
            server_name: Some(crate::rawtext::lossy(server_name).into_owned()),
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

/// A JSON text with the characters that would drive a terminal (DEL, C1
/// and bidi controls, which serde_json writes as they are; it escapes only
/// C0) written as `\uXXXX` escapes: the same JSON, safe to print. They
/// can only be in strings (from the network: EDE text, NSID), where an
/// escape means the same character.
fn terminal_safe(doc: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    if doc.is_ascii() && !doc.contains('\x7f') {
        return doc.into();
    }
    let mut out = String::with_capacity(doc.len() + 16);
    for c in doc.chars() {
        if super::drives_the_terminal(c as u32) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out.into()
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
    data_encoding::HEXUPPER.encode(b)
}

fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

use crate::calendar::utc;

/// kdig's form (ISO 8601 with a numeric offset), in UTC, whole seconds:
/// `2026-11-22T01:48:36+0000`.
fn kdig_date(t: SystemTime) -> String {
    let (y, mo, d, h, mi, s) = utc(unix_seconds(t));
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}+0000")
}

// ---------------------------------------------------------------------
// Knot's presentation format
// ---------------------------------------------------------------------

/// A document for each response and each message. Written as one JSON
/// text (`--json`): a run with one document prints it alone (equal to
/// kdig's), a run with more prints them as an array, opened when the
/// second one comes (the first is held until then) and closed at the end;
/// or as JSON Lines (`--json-lines`), one compact document per line.
pub struct JsonSink {
    opts: JsonOptions,
    /// `--json-lines`.
    lines: bool,
    /// Documents written so far, and the first one while it is alone.
    written: usize,
    first: Option<String>,
    /// Members added to every document's `rlookup` object (e.g. the
    /// systemd-resolved stub and its upstreams).
    extra: serde_json::Map<String, serde_json::Value>,
    /// The server of the query in flight, for error documents.
    current: Option<(SocketAddr, String, Protocol)>,
    servers: super::servers::Look,
    /// `--validate`: the response documents waiting for their lookup's
    /// verdict, with their question (see [`JsonSink::holding`]).
    held: Option<Vec<Held>>,
}

/// A response document held for its verdict, and its question.
type Held = (Option<(Name, u16)>, Document);

impl JsonSink {
    pub fn new(extra: serde_json::Map<String, serde_json::Value>, servers: super::servers::Look) -> JsonSink {
        JsonSink { opts: JsonOptions::default(), lines: false, written: 0, first: None, extra, current: None, servers, held: None }
    }

    /// `--json-lines`: one document per line, nothing around them.
    pub fn lines(mut self, lines: bool) -> JsonSink {
        self.lines = lines;
        self
    }

    /// Writes one document (compact JSON, no newline) in the run's framing,
    /// made safe for a terminal ([`terminal_safe`]).
    fn put(&mut self, w: &mut dyn Write, doc: &str) -> io::Result<()> {
        let doc = &*terminal_safe(doc);
        self.written += 1;
        if self.lines {
            w.write_all(doc.as_bytes())?;
            return w.write_all(b"\n");
        }
        match self.first.take() {
            None if self.written == 1 => {
                self.first = Some(doc.to_string());
                Ok(())
            }
            Some(first) => write!(w, "[\n{first},\n{doc}"),
            None => write!(w, ",\n{doc}"),
        }
    }

    /// `--validate` (`on`): each response document waits for the verdict
    /// on its lookup (`Event::Validation`, which comes after the lookup's
    /// events) and is written with it, as `rlookup.validation`
    /// (`validation::member`), when the verdict's question is the
    /// document's. Documents are written in order: the held ones before
    /// anything else a later event writes, and at the end of the run.
    pub fn holding(mut self, on: bool) -> JsonSink {
        self.held = on.then(Vec::new);
        self
    }

    /// The document of a reply.
    fn reply_document(&self, r: &crate::event::Reply) -> Document {
        let opts = JsonOptions { with_query: self.opts.with_query || r.lookup.display.qr, ..self.opts };
        let mut doc = Document::response(&r.response, &opts);
        doc.meta.extra.extend(self.extra.clone());
        doc
    }

    /// Writes the held documents, each with its question's verdict from
    /// `v` if there is one.
    fn release(&mut self, w: &mut dyn Write, v: Option<&Validation>) -> io::Result<()> {
        let Some(held) = self.held.as_mut() else { return Ok(()) };
        let held: Vec<Held> = std::mem::take(held);
        for (question, mut doc) in held {
            let check = v.zip(question).and_then(|(v, (name, qtype))| v.check_for(&name, qtype));
            if let Some(c) = check {
                doc.meta.extra.insert("validation".into(), validation::member(c));
            }
            self.put(w, &doc.to_line())?;
        }
        Ok(())
    }

    /// `--validate` without holding: each verdict as a document of its own.
    fn verdicts_alone(&mut self, w: &mut dyn Write, v: &Validation) -> io::Result<()> {
        for c in &v.checks {
            let mut meta = self.meta();
            meta.extra.insert("question".into(), serde_json::json!({"name": c.qname.to_text(false), "type": types::type_to_text(c.qtype)}));
            meta.extra.insert("validation".into(), validation::member(c));
            let doc = Document { query: None, message: None, meta }.to_line();
            self.put(w, &doc)?;
        }
        Ok(())
    }

    /// Holding: keeps a reply's document, writes the held ones with the
    /// verdict, or first writes them before an event that writes. True
    /// when the event is fully handled.
    fn hold(&mut self, event: &Event, out: &mut dyn Output) -> io::Result<bool> {
        if self.held.is_none() {
            return Ok(false);
        }
        match event {
            Event::Reply(r) => {
                let question = r.response.message.question.first().map(|q| (q.name.clone(), q.qtype));
                let doc = self.reply_document(r);
                self.held.as_mut().expect("holding").push((question, doc));
                Ok(true)
            }
            Event::Validation(v) => {
                self.release(out.out(), Some(v))?;
                Ok(true)
            }
            // Events that write nothing leave the documents waiting.
            Event::Sending(_) | Event::Received(_) | Event::Packet { .. } | Event::LookupDone | Event::Globals(_) => Ok(false),
            _ => {
                self.release(out.out(), None)?;
                Ok(false)
            }
        }
    }

    fn meta(&self) -> Meta {
        let mut meta = match &self.current {
            Some((addr, label, protocol)) => Meta::server(*addr, label, *protocol),
            None => Meta::default(),
        };
        meta.extra.extend(self.extra.clone());
        meta
    }

    fn message(&mut self, w: &mut dyn Write, info: ErrorInfo) -> io::Result<()> {
        let doc = Document::error(self.meta(), info).to_line();
        self.put(w, &doc)
    }
}

impl Sink for JsonSink {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        if self.hold(event, out)? {
            return Ok(());
        }
        if let Event::Stderr(text) = event {
            // BIND's text on stderr, with the bytes of what it quotes.
            crate::rawtext::write(out.err(), text)?;
            return Ok(());
        }
        if let Event::Summary(s) = event {
            super::stats::summary(out.err(), s)?;
            return Ok(());
        }
        let w = out.out();
        match event {
            Event::Sending(s) => self.current = Some((s.addr, s.server.label.to_string(), s.protocol)),
            Event::Reply(r) => {
                let doc = self.reply_document(r).to_line();
                self.put(w, &doc)?;
            }
            // BIND's printf()s (a +trace server without an address, a
            // failed transfer) have no document.
            Event::Warning(n) if n.channel() == Channel::Plain => {}
            Event::Warning(n) => self.message(w, ErrorInfo::of(n.kind(), &n.to_string()).warning())?,
            Event::Comment { notice, shown } => {
                if *shown {
                    self.message(w, ErrorInfo::of(notice.kind(), &notice.to_string()).warning())?;
                }
            }
            Event::Failure(f) => self.message(w, ErrorInfo::of(f.kind(), &f.to_string()))?,
            Event::Said(said) => self.message(w, ErrorInfo::of(said.kind(), &said.to_string()).warning())?,
            Event::BadPacket(b) => {
                let mut doc =
                    Document::bad_packet(&b.bytes, &b.query, &b.error, b.addr, &b.server.label, b.protocol, b.sent_at, b.rtt, &self.opts);
                doc.meta.extra.extend(self.extra.clone());
                self.put(w, &doc.to_line())?;
            }
            Event::Servers(view) => self.servers.render(w, view)?,
            Event::Compare(c) => {
                let doc = compare::document(c, &self.extra).to_string();
                self.put(w, &doc)?;
            }
            Event::Validation(v) => self.verdicts_alone(w, v)?,
            Event::Received(_)
            | Event::Greeting(_)
            | Event::Text(_)
            | Event::Packet { .. }
            | Event::LookupDone
            | Event::CommandDone
            | Event::Summary(_)
            | Event::Globals(_)
            | Event::Stderr(_)
            | Event::HostBegins(_)
            | Event::HostResult(_)
            | Event::Delv(_) => {}
        }
        Ok(())
    }

    /// The end of the run: the documents still held for a verdict, then
    /// a lone document, or the array's end.
    fn finish(&mut self, out: &mut dyn Output) -> Result<(), Error> {
        self.release(out.out(), None)?;
        let w = out.out();
        match self.first.take() {
            Some(only) => writeln!(w, "{only}")?,
            None if self.written > 1 && !self.lines => w.write_all(
                b"
]
",
            )?,
            None => {}
        }
        Ok(())
    }
}

/// dig's `+json` (rlookup's addition to its grammar): BIND's text until a
/// command line, ~/.digrc or batch line turns it on, JSON from then on.
pub struct JsonSwitch<S: Sink> {
    text: S,
    json: JsonSink,
    on: bool,
}

impl<S: Sink> JsonSwitch<S> {
    pub fn new(text: S, json: JsonSink) -> JsonSwitch<S> {
        JsonSwitch { text, json, on: false }
    }
}

impl<S: Sink> Sink for JsonSwitch<S> {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        if let Event::Globals(g) = event {
            self.on |= g.json;
        }
        if self.on { self.json.event(event, out) } else { self.text.event(event, out) }
    }

    fn finish(&mut self, out: &mut dyn Output) -> Result<(), Error> {
        if self.on { self.json.finish(out) } else { self.text.finish(out) }
    }
}

pub mod compare;
pub mod kdig;
pub mod validation;

#[cfg(test)]
mod tests;
