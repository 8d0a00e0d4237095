//! BIND 9.18 dig's output, byte for byte: a port of what bin/dig/dig.c's
//! printmessage(), received(), say_message(), short_answer() and
//! dns64prefix_answer() print, and of the library code they call:
//! lib/dns/message.c (dns_message_sectiontotext,
//! dns_message_pseudosectiontotext and its YAML twin,
//! dns_message_headertotext for +yaml), lib/dns/masterdump.c (the
//! dns_master_style column layout: owner, TTL, class, type, RDATA, with
//! tabs), lib/dns/ttl.c (dns_ttl_totext), lib/dns/dns64.c
//! (dns_dns64_findprefix).
//!
//! [`DigSink`] prints the run's events as dig does: a reply through
//! [`print_message`] then, when the engine takes it as the answer,
//! [`received`]; the query for +qr through [`print_message`] (with
//! `is_query`) then [`print_query_size`]; dighost's warnings, comments and
//! errors as `;; ` lines. When each happens is the engine's business
//! (BIND's dighost.c). Nothing here reads the clock or the network; the
//! only system call is the local-time conversion for `;; WHEN:`, done with
//! the C library's localtime_r()/strftime() exactly as dig does, so the
//! time zone (`TZ`, /etc/localtime, POSIX TZ strings) and `%Z` come out as
//! BIND prints them.
//!
//! Messages are printed as dig parses them (DNS_MESSAGEPARSE_PRESERVEORDER,
//! see `wire::message`): each record is its own RRset, in wire order, with
//! its own TTL, and every record starts a fresh dns_totext_ctx, so the
//! multi-line style's "omit repeated owner/TTL/class" never applies.

use std::io::{self, Write};
use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use std::sync::Arc;

use super::{Output, Sink};
use crate::error::{Error, Fatal};
use crate::event::{Channel, Event, Said};
use crate::plan::{Globals, Lookup};
use crate::response::CookieCheck;
use crate::wire::rdata::{self, DigFlags, Style};
use crate::wire::types;
use crate::wire::{Message, Name, Record};

const SOA: u16 = 6;
const AAAA: u16 = 28;
const AXFR: u16 = 252;
const OPCODE_UPDATE: u8 = 5;
const RCODE_FORMERR: u16 = 1;
const RCODE_NOTIMP: u16 = 4;

/// EDNS option codes dig names (lib/dns/include/dns/message.h).
mod opt {
    pub const LLQ: u16 = 1;
    pub const NSID: u16 = 3;
    pub const CLIENT_SUBNET: u16 = 8;
    pub const EXPIRE: u16 = 9;
    pub const COOKIE: u16 = 10;
    pub const TCP_KEEPALIVE: u16 = 11;
    pub const PAD: u16 = 12;
    pub const KEY_TAG: u16 = 14;
    pub const EDE: u16 = 15;
    pub const CLIENT_TAG: u16 = 16;
    pub const SERVER_TAG: u16 = 17;
}

/// DNS_MESSAGEEXTFLAG_DO and _CO.
const EXTFLAG_DO: u16 = 0x8000;
const EXTFLAG_CO: u16 = 0x4000;

/// message.c's edetext[]: Extended DNS Error codes 0..=24.
const EDE_TEXT: [&str; 25] = [
    "Other",
    "Unsupported DNSKEY Algorithm",
    "Unsupported DS Digest Type",
    "Stale Answer",
    "Forged Answer",
    "DNSSEC Indeterminate",
    "DNSSEC Bogus",
    "Signature Expired",
    "Signature Not Yet Valid",
    "DNSKEY Missing",
    "RRSIGs Missing",
    "No Zone Key Bit Set",
    "NSEC Missing",
    "Cached Error",
    "Not Ready",
    "Blocked",
    "Censored",
    "Filtered",
    "Prohibited",
    "Stale NXDOMAIN Answer",
    "Not Authoritative",
    "Not Supported",
    "No Reachable Authority",
    "Network Error",
    "Invalid Data",
];

/// One message to print (the arguments of dig.c's printmessage() and what
/// it reads from the query and lookup).
pub struct Printed<'a> {
    /// Display flags, the greeting (`cmdline`), `rdtype` (+onesoa),
    /// `edns`/`dnssec` (the FORMERR warning), `dns64prefix`, `trace`...
    pub lookup: &'a Lookup,
    /// The message, decoded.
    pub msg: &'a Message,
    /// Its bytes (the extra-bytes warning; +yaml's message_size).
    pub bytes: &'a [u8],
    /// +qr: this is the query we sent (BIND's `msg == lookup->sendmsg`).
    pub is_query: bool,
    /// BIND's `headers` argument (dighost always passes true).
    pub headers: bool,
    /// The COOKIE check of this reply: `(good)`/`(echoed)`/`(bad)`.
    pub cookie: CookieCheck,
    /// Messages of this zone transfer already printed (+onesoa).
    pub msg_count: u32,
    /// The server the query went to (query->sockaddr): `from server X` of
    /// +short +identify, +yaml's response_address/port.
    pub server: SocketAddr,
    /// The local address of the query's socket, if known (+yaml's
    /// query_address/port; left out when None).
    pub local: Option<SocketAddr>,
    /// When the query was sent (+yaml's query_time; None = not yet).
    pub sent_at: Option<SystemTime>,
    /// Receive time minus send time (+short +identify's `in N ms`,
    /// +yaml's response_time).
    pub rtt: Duration,
}

/// What received() prints after a reply (the statistics or +identify).
pub struct Stats<'a> {
    pub lookup: &'a Lookup,
    /// The reply's length (`MSG SIZE  rcvd`).
    pub bytes: usize,
    /// Where it came from.
    pub from: SocketAddr,
    /// The server as the user named it (query->userarg).
    pub label: &'a str,
    pub rtt: Duration,
    pub tcp: bool,
    /// The time printed in `;; WHEN:` (BIND: time() at this point).
    pub now: SystemTime,
    /// A zone transfer's totals: (records, messages, bytes).
    pub xfr: Option<(u32, u32, u64)>,
    /// A reply's TSIG could not be verified, in this run so far (dig's
    /// `validated`).
    pub tsig_invalid: bool,
}

/// dighost.c's print_query_size(): after the +qr query when the lookup
/// shows statistics. Nothing under +yaml.
pub fn print_query_size(w: &mut dyn Write, g: &Globals, query_len: usize) -> io::Result<()> {
    if g.yaml {
        return Ok(());
    }
    write!(w, ";; QUERY SIZE: {query_len}\n\n")
}

/// dig.c's received(): the statistics block (`;; Query time:` ...
/// `;; MSG SIZE  rcvd:` or the XFR size, the TSIG warning, a blank line),
/// or with +nostats +identify the `;; Received N bytes from` line.
/// Nothing under +short or +yaml.
pub fn received(w: &mut dyn Write, g: &Globals, s: &Stats) -> io::Result<()> {
    if g.short_form || g.yaml {
        return Ok(());
    }
    let d = &s.lookup.display;
    let micros = s.rtt.as_micros();
    if d.stats {
        // Gathered and written at once (a batch prints one per lookup).
        let mut out: Vec<u8> = Vec::with_capacity(200);
        out.extend_from_slice(b";; Query time: ");
        if d.use_usec {
            push_decimal(&mut out, u64::try_from(micros).unwrap_or(u64::MAX));
            out.extend_from_slice(b" usec\n");
        } else {
            push_decimal(&mut out, u64::try_from(micros / 1000).unwrap_or(u64::MAX));
            out.extend_from_slice(b" msec\n");
        }
        let proto = s.lookup.secure.label(s.tcp);
        out.extend_from_slice(b";; SERVER: ");
        push_sockaddr(&mut out, s.from);
        out.push(b'(');
        // The server as the user named it: its bytes (rawtext).
        out.extend_from_slice(&crate::rawtext::encode(s.label));
        out.extend_from_slice(b") (");
        out.extend_from_slice(proto.as_bytes());
        out.extend_from_slice(b")\n");
        push_when(&mut out, s.now);
        match s.xfr {
            Some((rrs, msgs, bytes)) => writeln!(out, ";; XFR size: {rrs} records (messages {msgs}, bytes {bytes})")?,
            None => {
                out.extend_from_slice(b";; MSG SIZE  rcvd: ");
                push_decimal(&mut out, s.bytes as u64);
                out.push(b'\n');
            }
        }
        if g.key_made && s.tsig_invalid {
            writeln!(out, ";; WARNING -- Some TSIG could not be validated")?;
        }
        // A secret (-y, or the key file's) that was not turned into a key
        // (a bad secret or algorithm, or -y given on a batch line).
        if !g.key_made && (g.tsig.as_ref().is_some_and(|k| !k.secret.is_empty()) || g.keysecret_from_file) {
            writeln!(out, ";; WARNING -- TSIG key was not used.")?;
        }
        out.push(b'\n');
        w.write_all(&out)?;
    } else if d.identify {
        let fromtext = sockaddr_format(s.from);
        let bytes = match s.xfr {
            Some((_, _, b)) => b,
            None => s.bytes as u64,
        };
        if d.use_usec {
            write!(w, ";; Received {bytes} bytes from {fromtext}({}) in {micros} us\n\n", s.label)?;
        } else {
            write!(w, ";; Received {bytes} bytes from {fromtext}({}) in {} ms\n\n", s.label, micros / 1000)?;
        }
    }
    Ok(())
}

/// The DNS_MESSAGETEXTFLAG_* bits printmessage() passes down.
#[derive(Debug, Clone, Copy, Default)]
struct TextFlags {
    noheaders: bool,
    nocomments: bool,
    onesoa: bool,
    omitsoa: bool,
}

/// A dns_master_style_t as printmessage() builds it, with the RDATA style
/// dns_rdata_tofmttext() derives from it.
struct MasterStyle {
    ttl_column: u32,
    class_column: u32,
    type_column: u32,
    rdata_column: u32,
    /// DNS_STYLEFLAG_NO_TTL, _NO_CLASS, _TTL_UNITS, _UNKNOWNFORMAT, _YAML.
    no_ttl: bool,
    no_class: bool,
    ttl_units: bool,
    unknown_format: bool,
    yaml: bool,
    rdata: Style,
}

const TAB_WIDTH: u32 = 8;

impl MasterStyle {
    fn for_lookup(l: &Lookup, g: &Globals) -> MasterStyle {
        let d = &l.display;
        let (ttl_column, class_column, type_column, rdata_column) = if d.multiline || (d.nottl && d.noclass) {
            (24, 24, 24, 32)
        } else if d.nottl || d.noclass {
            (24, 24, 32, 40)
        } else {
            (24, 32, 40, 48)
        };
        let yaml = g.yaml;
        let mut rdata = Style::from_dig(&DigFlags {
            short: false,
            multiline: d.multiline,
            rrcomments: d.rrcomments,
            nocrypto: d.nocrypto,
            unknownformat: d.print_unknown_format,
            expandaaaa: d.expandaaaa,
            nottl: d.nottl,
            noclass: d.noclass,
            yaml,
            split: None,
        });
        if g.splitwidth != 0xffff_ffff {
            rdata.width = g.splitwidth;
        }
        MasterStyle {
            ttl_column,
            class_column,
            type_column,
            rdata_column,
            no_ttl: !yaml && d.nottl,
            no_class: !yaml && d.noclass,
            ttl_units: !yaml && d.ttlunits,
            unknown_format: !yaml && d.print_unknown_format,
            yaml,
            rdata,
        }
    }
}

/// masterdump.c's indent(): tabs then spaces from column `*current` to
/// column `to` (at least one character), updating `*current`. (delv's
/// printer, `render::delv`, lays its records out with it too.)
pub fn indent(out: &mut Vec<u8>, current: &mut u32, to: u32) {
    let from = *current;
    let to = to.max(from + 1);
    let ntabs = to / TAB_WIDTH - from / TAB_WIDTH;
    let mut from = from;
    if ntabs > 0 {
        out.resize(out.len() + ntabs as usize, b'\t');
        from = (to / TAB_WIDTH) * TAB_WIDTH;
    }
    out.resize(out.len() + (to - from) as usize, b' ');
    *current = to;
}

/// INDENT_TO(): one space in YAML, else indent() to the column.
fn indent_to(out: &mut Vec<u8>, style: &MasterStyle, column: &mut u32, to: u32) {
    if style.yaml {
        out.push(b' ');
    } else {
        indent(out, column, to);
    }
}

/// dns_ttl_totext(src, verbose, upcase).
pub fn ttl_to_text(src: u32, verbose: bool, upcase: bool) -> String {
    if verbose {
        return rdata::ttl_verbose(src);
    }
    let secs = src % 60;
    let mins = (src / 60) % 60;
    let hours = (src / 3600) % 24;
    let days = (src / 86400) % 7;
    let weeks = src / 604_800;
    let mut s = String::new();
    let mut n = 0;
    for (v, unit) in [(weeks, 'w'), (days, 'd'), (hours, 'h'), (mins, 'm')] {
        if v != 0 {
            s.push_str(&format!("{v}{unit}"));
            n += 1;
        }
    }
    if secs != 0 || (weeks == 0 && days == 0 && hours == 0 && mins == 0) {
        s.push_str(&format!("{secs}s"));
        n += 1;
    }
    if n == 1 && upcase {
        let last = s.pop().map(|c| c.to_ascii_uppercase());
        s.extend(last);
    }
    s
}

/// A message's indentation (msg->indent: "  " x 3 under +yaml, where only
/// the YAML style indents).
struct Indent {
    count: usize,
}

impl Indent {
    fn put(&self, out: &mut Vec<u8>, style: &MasterStyle) {
        if style.yaml {
            for _ in 0..self.count {
                out.extend_from_slice(b"  ");
            }
        }
    }
}

/// yaml_stringify(): double every single quote written since `start`.
pub fn yaml_stringify(out: &mut Vec<u8>, start: usize) {
    let tail: Vec<u8> = out.split_off(start);
    for b in tail {
        out.push(b);
        if b == b'\'' {
            out.push(b'\'');
        }
    }
}

/// `v` in decimal, appended (without the formatting machinery: a batch
/// prints millions of these).
pub fn push_decimal(out: &mut Vec<u8>, v: impl Into<u64>) {
    let mut v: u64 = v.into();
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// masterdump.c's rdataset_totext() for one record (dig's RRsets have one
/// record each), with a fresh dns_totext_ctx.
fn record_to_text(out: &mut Vec<u8>, r: &Record, style: &MasterStyle, ind: &Indent) {
    let mut column: u32 = 0;
    ind.put(out, style);
    let mut start = None;
    if style.yaml {
        out.extend_from_slice(b"- '");
        start = Some(out.len());
    }
    let at = out.len();
    r.name.write_text(out, false);
    column += (out.len() - at) as u32;

    if !style.no_ttl {
        indent_to(out, style, &mut column, style.ttl_column);
        let at = out.len();
        if style.ttl_units {
            out.extend_from_slice(ttl_to_text(r.ttl, false, false).as_bytes());
        } else {
            push_decimal(out, r.ttl);
        }
        column += (out.len() - at) as u32;
    }
    if !style.no_class {
        indent_to(out, style, &mut column, style.class_column);
        let class = if style.unknown_format { format!("CLASS{}", r.class).into() } else { types::class_text(r.class) };
        out.extend_from_slice(class.as_bytes());
        column += class.len() as u32;
    }
    indent_to(out, style, &mut column, style.type_column);
    let rtype = if style.unknown_format { format!("TYPE{}", r.rtype).into() } else { types::type_text(r.rtype) };
    out.extend_from_slice(rtype.as_bytes());
    column += rtype.len() as u32;

    indent_to(out, style, &mut column, style.rdata_column);
    // DynDNS meta records (UPDATE prerequisites and deletions) have empty
    // RDATA, which BIND prints as nothing.
    if !r.update_meta {
        rdata::write_text(out, r.rtype, r.class, &r.rdata, &style.rdata);
    }
    if let Some(start) = start {
        yaml_stringify(out, start);
        out.extend_from_slice(b"'\n");
    } else {
        out.push(b'\n');
    }
}

/// masterdump.c's question_totext() (after the ";" the caller adds, which
/// does not count as a column).
fn question_to_text(out: &mut Vec<u8>, name: &Name, qtype: u16, qclass: u16, style: &MasterStyle) {
    let mut column: u32 = 0;
    let mut start = None;
    if style.yaml {
        out.extend_from_slice(b"- '");
        start = Some(out.len());
    }
    let at = out.len();
    name.write_text(out, false);
    column += (out.len() - at) as u32;
    indent_to(out, style, &mut column, style.class_column);
    let class = if style.unknown_format { format!("CLASS{qclass}").into() } else { types::class_text(qclass) };
    out.extend_from_slice(class.as_bytes());
    column += class.len() as u32;
    indent_to(out, style, &mut column, style.type_column);
    let t = if style.unknown_format { format!("TYPE{qtype}").into() } else { types::type_text(qtype) };
    out.extend_from_slice(t.as_bytes());
    if let Some(start) = start {
        yaml_stringify(out, start);
        out.push(b'\'');
    }
    out.push(b'\n');
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sec {
    Question,
    Answer,
    Authority,
    Additional,
}

impl Sec {
    fn text(self, update: bool) -> &'static str {
        match (self, update) {
            (Sec::Question, false) => "QUESTION",
            (Sec::Answer, false) => "ANSWER",
            (Sec::Authority, false) => "AUTHORITY",
            (Sec::Question, true) => "ZONE",
            (Sec::Answer, true) => "PREREQUISITE",
            (Sec::Authority, true) => "UPDATE",
            (Sec::Additional, _) => "ADDITIONAL",
        }
    }
}

/// dns_message_sectiontotext().
fn section_to_text(out: &mut Vec<u8>, msg: &Message, sec: Sec, style: &MasterStyle, flags: TextFlags, ind: &mut Indent) {
    let records: &[Record] = match sec {
        Sec::Question => &[],
        Sec::Answer => &msg.answer,
        Sec::Authority => &msg.authority,
        Sec::Additional => &msg.additional,
    };
    let empty = if sec == Sec::Question { msg.question.is_empty() } else { records.is_empty() };
    if empty {
        return;
    }
    let update = msg.header.opcode == OPCODE_UPDATE;
    ind.put(out, style);
    if style.yaml {
        out.extend_from_slice(sec.text(update).as_bytes());
        out.extend_from_slice(b"_SECTION:\n");
    } else if !flags.nocomments {
        out.extend_from_slice(b";; ");
        out.extend_from_slice(sec.text(update).as_bytes());
        out.extend_from_slice(b" SECTION:\n");
    }
    let saved = ind.count;
    if style.yaml {
        ind.count += 1;
    }
    if sec == Sec::Question {
        for q in &msg.question {
            ind.put(out, style);
            if !style.yaml {
                out.push(b';');
            }
            question_to_text(out, &q.name, q.qtype, q.qclass, style);
        }
    } else {
        let mut seensoa = false;
        for r in records {
            if sec == Sec::Answer && r.rtype == SOA {
                if flags.omitsoa || (seensoa && flags.onesoa) {
                    continue;
                }
                seensoa = true;
            }
            record_to_text(out, r, style, ind);
        }
    }
    ind.count = saved;
    if !flags.noheaders && !flags.nocomments && !style.yaml {
        ind.put(out, style);
        out.push(b'\n');
    }
}

/// The QUESTION SECTION title and its blank line, with no question (what
/// dns_message_sectiontotext() prints for a name without a type).
fn empty_question_section(out: &mut Vec<u8>, style: &MasterStyle, flags: TextFlags, ind: &mut Indent) {
    if style.yaml || flags.nocomments {
        return;
    }
    ind.put(out, style);
    out.extend_from_slice(b";; QUESTION SECTION:\n");
    if !flags.noheaders {
        ind.put(out, style);
        out.push(b'\n');
    }
}

use crate::wire::rdata::utf8_valid;

/// isprint() in the C locale dig prints in.
fn isprint(b: u8) -> bool {
    (0x20..0x7f).contains(&b)
}

/// isc_netaddr_format(): the address, with `%zone` for a scoped IPv6 one.
fn netaddr_format(addr: &SocketAddr) -> String {
    match addr {
        SocketAddr::V4(a) => a.ip().to_string(),
        SocketAddr::V6(a) if a.scope_id() != 0 => format!("{}%{}", rdata::ipv6_to_text(&a.ip().octets()), a.scope_id()),
        SocketAddr::V6(a) => rdata::ipv6_to_text(&a.ip().octets()),
    }
}

/// isc_sockaddr_format(): `address#port`.
pub fn sockaddr_format(addr: SocketAddr) -> String {
    format!("{}#{}", netaddr_format(&addr), addr.port())
}

/// [`sockaddr_format`] appended to `out`.
fn push_sockaddr(out: &mut Vec<u8>, addr: SocketAddr) {
    match addr {
        SocketAddr::V4(a) => rdata::ipv4_to_bytes(out, &a.ip().octets()),
        SocketAddr::V6(_) => out.extend_from_slice(netaddr_format(&addr).as_bytes()),
    }
    out.push(b'#');
    push_decimal(out, addr.port());
}

/// message.c's render_ecs(): ` ADDR/SOURCE/SCOPE`, or None for a malformed
/// option (then printed in hex).
fn render_ecs(data: &[u8]) -> Option<String> {
    if data.len() < 4 {
        return None;
    }
    let family = u16::from_be_bytes([data[0], data[1]]);
    let addrlen = data[2];
    let scopelen = data[3];
    let addrbytes = usize::from(addrlen).div_ceil(8);
    if data.len() - 4 < addrbytes || addrbytes > 16 {
        return None;
    }
    let mut addr = [0u8; 16];
    addr[..addrbytes].copy_from_slice(&data[4..4 + addrbytes]);
    let text = match family {
        0 => {
            if addrlen != 0 || scopelen != 0 {
                return None;
            }
            "0".to_string()
        }
        1 => {
            if addrlen > 32 || scopelen > 32 {
                return None;
            }
            format!("{}.{}.{}.{}", addr[0], addr[1], addr[2], addr[3])
        }
        2 => {
            if addrlen > 128 || scopelen > 128 {
                return None;
            }
            rdata::ipv6_to_text(&addr)
        }
        _ => return None,
    };
    Some(format!(" {text}/{addrlen}/{scopelen}"))
}

/// message.c's render_llq() (an 18-byte LLQ option).
fn render_llq(d: &[u8]) -> String {
    let u16at = |i: usize| u16::from_be_bytes([d[i], d[i + 1]]);
    let u32at = |i: usize| u32::from_be_bytes([d[i], d[i + 1], d[i + 2], d[i + 3]]);
    let id = (u64::from(u32at(6)) << 32) | u64::from(u32at(10));
    format!(" Version: {}, Opcode: {}, Error: {}, Identifier: {id}, Lifetime: {}", u16at(0), u16at(2), u16at(4), u32at(14))
}

/// The hex dump of an option's value (`%02x` plus a space, none for
/// COOKIE).
fn opt_hex(out: &mut Vec<u8>, code: u16, data: &[u8]) {
    let hex = data_encoding::HEXLOWER.encode(data);
    if code == opt::COOKIE {
        out.extend_from_slice(hex.as_bytes());
    } else {
        // Each byte followed by a space (BIND's per-byte "%02x ").
        for pair in hex.as_bytes().chunks(2) {
            out.extend_from_slice(pair);
            out.push(b' ');
        }
    }
}

/// The printable form of an option's value: isprint() bytes as they are,
/// others as '.'. In EDE text that is valid UTF-8 (`utf8ok`) BIND keeps
/// every byte above 127 as it is; rlookup keeps each character so, but
/// for those that would drive the terminal (C1 controls, bidi overrides
/// and isolates: `super::drives_the_terminal`), each of whose bytes is a
/// '.' as any byte BIND does not show.
fn opt_printable(out: &mut Vec<u8>, data: &[u8], utf8ok: bool) {
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if isprint(b) || !utf8ok || b < 0x80 {
            out.push(if isprint(b) { b } else { b'.' });
            i += 1;
            continue;
        }
        // A whole sequence (utf8_valid() checked them all): its lead
        // byte's bits, then six bits from each continuation byte.
        let (len, lead) = match b {
            0xc0..=0xdf => (2, b & 0x1f),
            0xe0..=0xef => (3, b & 0x0f),
            _ => (4, b & 0x07),
        };
        let seq = &data[i..(i + len).min(data.len())];
        let c = seq[1..].iter().fold(u32::from(lead), |c, &cont| (c << 6) | u32::from(cont & 0x3f));
        if super::drives_the_terminal(c) {
            out.extend(std::iter::repeat_n(b'.', seq.len()));
        } else {
            out.extend_from_slice(seq);
        }
        i += seq.len();
    }
}

/// The COOKIE option's verdict, as printed after its hex.
fn cookie_suffix(out: &mut Vec<u8>, cookie: CookieCheck, len: usize) {
    match cookie {
        CookieCheck::Good if len >= 16 => out.extend_from_slice(b" (good)"),
        CookieCheck::Good => out.extend_from_slice(b" (echoed)"),
        CookieCheck::Bad => out.extend_from_slice(b" (bad)"),
        CookieCheck::NotChecked => {}
    }
}

/// dns_message_pseudosectiontotext(DNS_PSEUDOSECTION_OPT) with no text
/// flags and no cookie verdict, as the resolver's packet log prints it
/// (delv's +mtrace, `render::delv_mtrace`).
pub fn opt_pseudosection(out: &mut Vec<u8>, msg: &Message) {
    opt_to_text(out, msg, TextFlags::default(), CookieCheck::NotChecked);
}

/// dns_message_pseudosectiontotext(DNS_PSEUDOSECTION_OPT).
fn opt_to_text(out: &mut Vec<u8>, msg: &Message, flags: TextFlags, cookie: CookieCheck) {
    let Some(o) = &msg.opt else { return };
    if !flags.nocomments {
        out.extend_from_slice(b";; OPT PSEUDOSECTION:\n");
    }
    out.extend_from_slice(b"; EDNS: version: ");
    push_decimal(out, o.version);
    out.extend_from_slice(b", flags:");
    if o.flags & EXTFLAG_DO != 0 {
        out.extend_from_slice(b" do");
    }
    if o.flags & EXTFLAG_CO != 0 {
        out.extend_from_slice(b" co");
    }
    let mbz = o.flags & !(EXTFLAG_DO | EXTFLAG_CO);
    if mbz != 0 {
        out.extend_from_slice(format!("; MBZ: 0x{mbz:04x}, udp: ").as_bytes());
    } else {
        out.extend_from_slice(b"; udp: ");
    }
    push_decimal(out, o.udp_size);
    out.push(b'\n');

    for (code, data) in &o.options {
        let code = *code;
        let mut data: &[u8] = data;
        match code {
            opt::LLQ => {
                out.extend_from_slice(b"; LLQ:");
                if data.len() == 18 {
                    out.extend_from_slice(render_llq(data).as_bytes());
                    out.push(b'\n');
                    continue;
                }
            }
            opt::NSID => out.extend_from_slice(b"; NSID:"),
            opt::COOKIE => out.extend_from_slice(b"; COOKIE:"),
            opt::CLIENT_SUBNET => {
                out.extend_from_slice(b"; CLIENT-SUBNET:");
                if let Some(t) = render_ecs(data) {
                    out.extend_from_slice(t.as_bytes());
                    out.push(b'\n');
                    continue;
                }
            }
            opt::EXPIRE => {
                out.extend_from_slice(b"; EXPIRE:");
                if data.len() == 4 {
                    let secs = u32::from_be_bytes([data[0], data[1], data[2], data[3]]);
                    out.extend_from_slice(format!(" {secs} ({})\n", ttl_to_text(secs, true, true)).as_bytes());
                    continue;
                }
            }
            opt::TCP_KEEPALIVE => {
                out.extend_from_slice(b"; TCP KEEPALIVE:");
                if data.len() == 2 {
                    let dsecs = u16::from_be_bytes([data[0], data[1]]);
                    out.extend_from_slice(format!(" {}.{} secs\n", dsecs / 10, dsecs % 10).as_bytes());
                    continue;
                }
            }
            opt::PAD => {
                out.extend_from_slice(b"; PAD:");
                if !data.is_empty() {
                    out.extend_from_slice(format!(" ({} bytes)", data.len()).as_bytes());
                }
                out.push(b'\n');
                continue;
            }
            opt::KEY_TAG => {
                out.extend_from_slice(b"; KEY-TAG:");
                if !data.is_empty() && data.len().is_multiple_of(2) {
                    let mut sep = "";
                    for c in data.chunks(2) {
                        out.extend_from_slice(format!("{sep} {}", u16::from_be_bytes([c[0], c[1]])).as_bytes());
                        sep = ",";
                    }
                    out.push(b'\n');
                    continue;
                }
            }
            opt::EDE => {
                out.extend_from_slice(b"; EDE:");
                if data.len() >= 2 {
                    let ede = u16::from_be_bytes([data[0], data[1]]);
                    out.extend_from_slice(format!(" {ede}").as_bytes());
                    if let Some(t) = EDE_TEXT.get(usize::from(ede)) {
                        out.extend_from_slice(format!(" ({t})").as_bytes());
                    }
                    data = &data[2..];
                    if !data.is_empty() {
                        out.push(b':');
                    }
                } else if data.len() == 1 {
                    // Malformed.
                    let c = if isprint(data[0]) { data[0] } else { b'.' };
                    out.extend_from_slice(format!(" {:02x} (\"", data[0]).as_bytes());
                    out.push(c);
                    out.extend_from_slice(b"\")\n");
                    continue;
                }
            }
            opt::CLIENT_TAG | opt::SERVER_TAG => {
                out.extend_from_slice(if code == opt::CLIENT_TAG { b"; CLIENT-TAG:" } else { b"; SERVER-TAG:" });
                if data.len() == 2 {
                    out.extend_from_slice(format!(" {}\n", u16::from_be_bytes([data[0], data[1]])).as_bytes());
                    continue;
                }
            }
            _ => out.extend_from_slice(format!("; OPT={code}:").as_bytes()),
        }

        if !data.is_empty() {
            out.push(b' ');
            let utf8ok = code == opt::EDE && utf8_valid(data);
            if !utf8ok {
                opt_hex(out, code, data);
            }
            if code == opt::COOKIE {
                cookie_suffix(out, cookie, data.len());
                out.push(b'\n');
                continue;
            }
            if code == opt::CLIENT_SUBNET {
                out.push(b'\n');
                continue;
            }
            out.extend_from_slice(if code != opt::EDE { b"(\"" } else { b"(" });
            opt_printable(out, data, utf8ok);
            out.extend_from_slice(if code != opt::EDE { b"\")" } else { b")" });
        }
        out.push(b'\n');
    }
}

/// dns_message_pseudosectiontoyaml(DNS_PSEUDOSECTION_OPT).
fn opt_to_yaml(out: &mut Vec<u8>, msg: &Message, style: &MasterStyle, ind: &mut Indent, cookie: CookieCheck) {
    let Some(o) = &msg.opt else { return };
    let saved = ind.count;
    ind.put(out, style);
    out.extend_from_slice(b"OPT_PSEUDOSECTION:\n");
    ind.count += 1;
    ind.put(out, style);
    out.extend_from_slice(b"EDNS:\n");
    ind.count += 1;
    let level = ind.count;
    ind.put(out, style);
    out.extend_from_slice(format!("version: {}\n", o.version).as_bytes());
    ind.put(out, style);
    out.extend_from_slice(b"flags:");
    if o.flags & EXTFLAG_DO != 0 {
        out.extend_from_slice(b" do");
    }
    if o.flags & EXTFLAG_CO != 0 {
        out.extend_from_slice(b" co");
    }
    out.push(b'\n');
    let mbz = o.flags & !(EXTFLAG_DO | EXTFLAG_CO);
    if mbz != 0 {
        ind.put(out, style);
        out.extend_from_slice(format!("MBZ: 0x{mbz:04x}\n").as_bytes());
    }
    ind.put(out, style);
    out.extend_from_slice(format!("udp: {}\n", o.udp_size).as_bytes());

    for (code, data) in &o.options {
        let code = *code;
        let mut data: &[u8] = data;
        let mut extra_text = false;
        ind.count = level;
        match code {
            opt::LLQ => {
                ind.put(out, style);
                out.extend_from_slice(b"LLQ:");
                if data.len() == 18 {
                    out.extend_from_slice(render_llq(data).as_bytes());
                    out.push(b'\n');
                    continue;
                }
            }
            opt::NSID => {
                ind.put(out, style);
                out.extend_from_slice(b"NSID:");
            }
            opt::COOKIE => {
                ind.put(out, style);
                out.extend_from_slice(b"COOKIE:");
            }
            opt::CLIENT_SUBNET => {
                ind.put(out, style);
                out.extend_from_slice(b"CLIENT-SUBNET:");
                if let Some(t) = render_ecs(data) {
                    out.extend_from_slice(t.as_bytes());
                    out.push(b'\n');
                    continue;
                }
                out.push(b'\n');
            }
            opt::EXPIRE => {
                ind.put(out, style);
                out.extend_from_slice(b"EXPIRE:");
                if data.len() == 4 {
                    let secs = u32::from_be_bytes([data[0], data[1], data[2], data[3]]);
                    // snprintf into an 11-byte buffer: " %u" loses its
                    // last digit when the number has 10.
                    let mut n = format!(" {secs}");
                    n.truncate(10);
                    out.extend_from_slice(format!("{n} ({})\n", ttl_to_text(secs, true, true)).as_bytes());
                    continue;
                }
            }
            opt::TCP_KEEPALIVE => {
                if data.len() == 2 {
                    let dsecs = u16::from_be_bytes([data[0], data[1]]);
                    ind.put(out, style);
                    out.extend_from_slice(format!("TCP-KEEPALIVE: {}.{} secs\n", dsecs / 10, dsecs % 10).as_bytes());
                    continue;
                }
                ind.put(out, style);
                out.extend_from_slice(b"TCP-KEEPALIVE:");
            }
            opt::PAD => {
                ind.put(out, style);
                out.extend_from_slice(b"PAD:");
            }
            opt::KEY_TAG => {
                ind.put(out, style);
                out.extend_from_slice(b"KEY-TAG:");
                if !data.is_empty() && data.len().is_multiple_of(2) {
                    let mut sep = "";
                    for c in data.chunks(2) {
                        out.extend_from_slice(format!("{sep} {}", u16::from_be_bytes([c[0], c[1]])).as_bytes());
                        sep = ",";
                    }
                    out.push(b'\n');
                    continue;
                }
            }
            opt::EDE => {
                ind.put(out, style);
                out.extend_from_slice(b"EDE:");
                if data.len() >= 2 {
                    out.push(b'\n');
                    ind.count += 1;
                    ind.put(out, style);
                    let ede = u16::from_be_bytes([data[0], data[1]]);
                    out.extend_from_slice(format!("INFO-CODE: {ede}").as_bytes());
                    if let Some(t) = EDE_TEXT.get(usize::from(ede)) {
                        out.extend_from_slice(format!(" ({t})").as_bytes());
                    }
                    out.push(b'\n');
                    data = &data[2..];
                    if !data.is_empty() {
                        ind.put(out, style);
                        out.extend_from_slice(b"EXTRA-TEXT:");
                        extra_text = true;
                    }
                }
            }
            opt::CLIENT_TAG | opt::SERVER_TAG => {
                ind.put(out, style);
                out.extend_from_slice(if code == opt::CLIENT_TAG { b"CLIENT-TAG:" } else { b"SERVER-TAG:" });
                if data.len() == 2 {
                    out.extend_from_slice(format!(" {}\n", u16::from_be_bytes([data[0], data[1]])).as_bytes());
                    continue;
                }
            }
            _ => {
                ind.put(out, style);
                out.extend_from_slice(format!("OPT={code}:").as_bytes());
            }
        }

        if !data.is_empty() {
            out.push(b' ');
            let utf8ok = extra_text && utf8_valid(data);
            if !utf8ok {
                opt_hex(out, code, data);
            }
            if code == opt::COOKIE {
                cookie_suffix(out, cookie, data.len());
                out.push(b'\n');
                continue;
            }
            if code == opt::CLIENT_SUBNET {
                out.push(b'\n');
                continue;
            }
            out.extend_from_slice(if !extra_text { b"(\"" } else { b"\"" });
            opt_printable(out, data, utf8ok);
            out.extend_from_slice(if !extra_text { b"\")" } else { b"\"" });
        }
        out.push(b'\n');
    }
    ind.count = saved;
}

/// dns_message_pseudosectiontotext() for TSIG and SIG(0).
fn sig_to_text(out: &mut Vec<u8>, r: &Record, tsig: bool, style: &MasterStyle, flags: TextFlags, ind: &Indent) {
    ind.put(out, style);
    let what = if tsig { "TSIG" } else { "SIG0" };
    if style.yaml {
        out.extend_from_slice(format!("{what}_PSEUDOSECTION:\n").as_bytes());
    } else if !flags.nocomments {
        out.extend_from_slice(format!(";; {what} PSEUDOSECTION:\n").as_bytes());
    }
    record_to_text(out, r, style, ind);
    let blank = if style.yaml && tsig { true } else { !flags.noheaders && !flags.nocomments };
    if blank {
        out.push(b'\n');
    }
}

/// dns_message_headertotext() in YAML (all printmessage() uses it for).
fn header_to_yaml(out: &mut Vec<u8>, msg: &Message, style: &MasterStyle, ind: &Indent) {
    let h = &msg.header;
    let mut line = |s: String| {
        ind.put(out, style);
        out.extend_from_slice(s.as_bytes());
        out.push(b'\n');
    };
    line(format!("opcode: {}", types::opcode_to_text(h.opcode)));
    line(format!("status: {}", types::rcode_mnemonic(msg.rcode())));
    line(format!("id: {}", h.id));
    let mut flags = Vec::new();
    push_flags(&mut flags, msg);
    line(format!("flags:{}", String::from_utf8_lossy(&flags)));
    if h.z {
        line("MBZ: 0x4".into());
    }
    let update = h.opcode == OPCODE_UPDATE;
    line(format!("{}: {}", if update { "ZONE" } else { "QUESTION" }, h.qdcount));
    line(format!("{}: {}", if update { "PREREQ" } else { "ANSWER" }, h.ancount));
    line(format!("{}: {}", if update { "UPDATE" } else { "AUTHORITY" }, h.nscount));
    line(format!("ADDITIONAL: {}", h.arcount));
}

/// The header flags, each with a space before it.
fn push_flags(out: &mut Vec<u8>, msg: &Message) {
    let h = &msg.header;
    for (on, name) in [(h.qr, " qr"), (h.aa, " aa"), (h.tc, " tc"), (h.rd, " rd"), (h.ra, " ra"), (h.ad, " ad"), (h.cd, " cd")] {
        if on {
            out.extend_from_slice(name.as_bytes());
        }
    }
}

/// dns_name_issubdomain(name, "local.").
fn is_dot_local(msg: &Message) -> bool {
    msg.question.iter().any(|q| q.name.labels().last().is_some_and(|l| l.eq_ignore_ascii_case(b"local")))
}

/// isc_time_formatISO8601ms/us: `2026-11-22T01:27:11.123Z` (UTC).
fn iso8601(t: SystemTime, usec: bool) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let (y, mo, da, h, mi, s) = crate::calendar::utc(i64::try_from(secs).unwrap_or(i64::MAX));
    let frac = if usec { format!("{:06}", d.subsec_micros()) } else { format!("{:03}", d.subsec_millis()) };
    format!("{y:04}-{mo:02}-{da:02}T{h:02}:{mi:02}:{s:02}.{frac}Z")
}

/// printmessage()'s YAML preamble: `- type: MESSAGE` ... the addresses.
fn yaml_preamble(w: &mut dyn Write, p: &Printed) -> io::Result<()> {
    let msg = p.msg;
    writeln!(w, "- type: MESSAGE")?;
    writeln!(w, "  message:")?;
    let (q, r) = if p.is_query { (true, msg.header.rd) } else { (false, msg.header.rd && msg.header.ra) };
    let t = match (q, r) {
        (true, true) => "RECURSIVE_QUERY",
        (true, false) => "AUTH_QUERY",
        (false, true) => "RECURSIVE_RESPONSE",
        (false, false) => "AUTH_RESPONSE",
    };
    writeln!(w, "    type: {t}")?;
    let usec = p.lookup.display.use_usec;
    if let Some(sent) = p.sent_at {
        writeln!(w, "    query_time: !!timestamp {}", iso8601(sent, usec))?;
        if !p.is_query {
            writeln!(w, "    response_time: !!timestamp {}", iso8601(sent + p.rtt, usec))?;
        }
    }
    writeln!(w, "    message_size: {}b", p.bytes.len())?;
    let addr = |a: &SocketAddr| {
        let mut s = netaddr_format(a);
        if s == "::" {
            s.push('0');
        }
        s
    };
    writeln!(w, "    socket_family: {}", if p.server.is_ipv4() { "INET" } else { "INET6" })?;
    writeln!(w, "    socket_protocol: {}", if p.lookup.tcp_mode { "TCP" } else { "UDP" })?;
    writeln!(w, "    response_address: \"{}\"", addr(&p.server))?;
    writeln!(w, "    response_port: {}", p.server.port())?;
    if let Some(local) = &p.local {
        writeln!(w, "    query_address: \"{}\"", addr(local))?;
        writeln!(w, "    query_port: {}", local.port())?;
    }
    writeln!(w, "    {}:", if p.is_query { "query_message_data" } else { "response_message_data" })
}

/// dig.c's say_message(): one record of +short.
fn say_message(out: &mut Vec<u8>, r: &Record, p: &Printed, g: &Globals) {
    let l = p.lookup;
    let d = &l.display;
    if l.trace || l.ns_search_only {
        out.extend_from_slice(types::type_to_text(r.rtype).as_bytes());
        out.push(b' ');
    }
    let mut style = Style::from_dig(&DigFlags {
        short: true,
        rrcomments: d.rrcomments,
        nocrypto: d.nocrypto,
        unknownformat: d.print_unknown_format,
        expandaaaa: d.expandaaaa,
        ..Default::default()
    });
    if g.splitwidth != 0xffff_ffff {
        style.width = g.splitwidth;
    }
    if !r.update_meta {
        out.extend_from_slice(rdata::to_text(r.rtype, r.class, &r.rdata, &style).as_bytes());
    }
    if d.identify {
        let micros = p.rtt.as_micros();
        out.extend_from_slice(b" from server ");
        out.extend_from_slice(netaddr_format(&p.server).as_bytes());
        if d.use_usec {
            out.extend_from_slice(format!(" in {micros} us.").as_bytes());
        } else {
            out.extend_from_slice(format!(" in {} ms.", micros / 1000).as_bytes());
        }
    }
    out.push(b'\n');
}

/// The well-known prefixes of RFC 7050 (dns64.c's prefixes[]): where
/// 192.0.0.170 (aa) and 192.0.0.171 (ab) sit for each prefix length.
struct Dns64Prefix {
    aa: [u8; 16],
    ab: [u8; 16],
    mask: [u8; 16],
    plen: u32,
}

const DNS64_PREFIXES: [Dns64Prefix; 6] = [
    Dns64Prefix {
        aa: [0, 0, 0, 0, 192, 0, 0, 170, 0, 0, 0, 0, 0, 0, 0, 0],
        ab: [0, 0, 0, 0, 192, 0, 0, 171, 0, 0, 0, 0, 0, 0, 0, 0],
        mask: [0, 0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0],
        plen: 32,
    },
    Dns64Prefix {
        aa: [0, 0, 0, 0, 0, 192, 0, 0, 0, 170, 0, 0, 0, 0, 0, 0],
        ab: [0, 0, 0, 0, 0, 192, 0, 0, 0, 171, 0, 0, 0, 0, 0, 0],
        mask: [0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0],
        plen: 40,
    },
    Dns64Prefix {
        aa: [0, 0, 0, 0, 0, 0, 192, 0, 0, 0, 170, 0, 0, 0, 0, 0],
        ab: [0, 0, 0, 0, 0, 0, 192, 0, 0, 0, 171, 0, 0, 0, 0, 0],
        mask: [0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0],
        plen: 48,
    },
    Dns64Prefix {
        aa: [0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 0, 170, 0, 0, 0, 0],
        ab: [0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 0, 171, 0, 0, 0, 0],
        mask: [0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0],
        plen: 56,
    },
    Dns64Prefix {
        aa: [0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 170, 0, 0, 0],
        ab: [0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 171, 0, 0, 0],
        mask: [0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0],
        plen: 64,
    },
    Dns64Prefix {
        aa: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 170],
        ab: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 171],
        mask: [0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255],
        plen: 96,
    },
];

/// dns64.c's search(): the prefix length at which `rd1` holds
/// 192.0.0.170 (rd2 None, resuming after `plen`), or at which `rd1` holds
/// 192.0.0.171 behind the same prefix as `rd2`; 0 if none.
fn dns64_search(rd1: &[u8; 16], rd2: Option<&[u8; 16]>, plen: u32) -> u32 {
    let mut i = 0;
    if plen != 0 && rd2.is_none() {
        while i < 6 {
            i += 1;
            if DNS64_PREFIXES[i - 1].plen == plen {
                break;
            }
        }
    }
    while i < 6 {
        let p = &DNS64_PREFIXES[i];
        let mut j = 0usize;
        if let Some(rd2) = rd2 {
            if p.plen != plen {
                i += 1;
                continue;
            }
            while (j as u32) * 8 < plen {
                if rd1[j] != rd2[j] {
                    return 0;
                }
                j += 1;
            }
        }
        let c = if rd2.is_none() { &p.aa } else { &p.ab };
        while j < 16 {
            if rd1[j] & p.mask[j] != c[j] & p.mask[j] {
                break;
            }
            j += 1;
        }
        if j == 16 {
            return p.plen;
        }
        if rd2.is_some() {
            return 0;
        }
        i += 1;
    }
    0
}

/// dns_dns64_findprefix() over an AAAA RRset, at most `max` prefixes
/// kept, and the count found (which may be larger).
fn dns64_findprefix(set: &[[u8; 16]], max: usize) -> (Vec<([u8; 16], u32)>, usize) {
    let mut found = Vec::new();
    let mut count = 0usize;
    for rd1 in set {
        let mut oplen = 0;
        loop {
            oplen = dns64_search(rd1, None, oplen);
            if oplen == 0 {
                break;
            }
            let mut matched = false;
            for rd2 in set {
                let iplen = dns64_search(rd2, Some(rd1), oplen);
                if iplen == 0 {
                    continue;
                }
                if count >= max {
                    count += 1;
                    matched = true;
                    break;
                }
                let mut addr = [0u8; 16];
                let n = (oplen / 8) as usize;
                addr[..n].copy_from_slice(&rd1[..n]);
                found.push((addr, oplen));
                count += 1;
                matched = true;
                break;
            }
            if matched {
                break;
            }
        }
    }
    (found, count)
}

/// dig.c's dns64prefix_answer(): the DNS64 prefixes found in the
/// ipv4only.arpa AAAA RRset of the answer, `prefix/len` a line.
fn dns64prefix_answer(out: &mut Vec<u8>, msg: &Message) {
    let target = Name::from_labels(vec![b"ipv4only".to_vec(), b"arpa".to_vec()]);
    // dig parses this message without PRESERVEORDER, so the records of
    // one (name, class, type) form one RRset; dns_message_findtype()
    // takes the last AAAA RRset of the name.
    let aaaa: Vec<&Record> = msg.answer.iter().filter(|r| r.rtype == AAAA && r.name.eq_ignore_case(&target)).collect();
    let Some(last) = aaaa.last() else { return };
    let set: Vec<[u8; 16]> =
        aaaa.iter().filter(|r| r.class == last.class).filter_map(|r| <[u8; 16]>::try_from(r.rdata.as_slice()).ok()).collect();
    let (found, _) = dns64_findprefix(&set, 10);
    for (addr, plen) in found {
        out.extend_from_slice(format!("{}/{plen}\n", rdata::ipv6_to_text(&addr)).as_bytes());
    }
}

mod idn;

/// Sets the +idnout filter for as long as it lives (dig_idnsetup()).
struct IdnSetup {
    previous: Option<Option<crate::wire::name::TotextFilter>>,
}

impl IdnSetup {
    fn new(active: bool) -> IdnSetup {
        if !active {
            return IdnSetup { previous: None };
        }
        idn::ERROR.with(|e| *e.borrow_mut() = None);
        IdnSetup { previous: Some(crate::wire::name::set_totext_filter(Some(idn::filter))) }
    }

    /// The first conversion failure so far, as BIND's fatal(): dig prints
    /// `dig: <text>` on stderr and exits with status 1, after flushing
    /// stdout (the part of the message printed before the failure stays
    /// printed, as in BIND).
    fn check(&self) -> Result<(), Error> {
        if self.previous.is_none() {
            return Ok(());
        }
        match idn::ERROR.with(|e| e.borrow_mut().take()) {
            Some(e) => Err(Error::Fatal(Fatal::IdnOut(e))),
            None => Ok(()),
        }
    }
}

impl Drop for IdnSetup {
    fn drop(&mut self) {
        if let Some(previous) = self.previous.take() {
            crate::wire::name::set_totext_filter(previous);
        }
    }
}

/// dig.c's printmessage(): the greeting (once), the header comments and
/// warnings, the OPT pseudo-section, the sections, TSIG/SIG(0); or the
/// +short lines; or the +yaml document.
pub fn print_message(out: &mut dyn Write, g: &Globals, p: &Printed) -> Result<(), Error> {
    // What BIND printf()s as it goes, gathered here and written at once,
    // in a buffer that serves every message (a fresh one of this size
    // costs more than printing a short reply).
    thread_local! {
        static BUF: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut head = BUF.take();
    head.clear();
    head.reserve(2048);
    let result = message_text(&mut head, out, g, p);
    if head.capacity() <= 1 << 20 {
        BUF.set(head);
    }
    result
}

/// [`print_message`] with its buffer.
fn message_text(head: &mut Vec<u8>, out: &mut dyn Write, g: &Globals, p: &Printed) -> Result<(), Error> {
    let w = &mut *head;
    let l = p.lookup;
    let d = &l.display;
    let msg = p.msg;
    let short = g.short_form;
    let yaml = g.yaml;
    let dns64 = l.dns64prefix;
    let style = MasterStyle::for_lookup(l, g);
    let mut ind = Indent { count: if yaml { 3 } else { 0 } };
    let idn = IdnSetup::new(d.idnout);

    // The engine clears the lookup's cmdline after this call, as BIND
    // does here whether or not it was printed.
    if !l.cmdline.is_empty() && !short && !dns64 && g.printcmd {
        crate::rawtext::write(w, &l.cmdline)?;
    }

    let mut flags = TextFlags::default();
    if !p.headers {
        flags.noheaders = true;
        flags.nocomments = true;
    }
    if d.onesoa && l.rdtype == AXFR {
        if p.msg_count == 0 {
            flags.onesoa = true;
        } else {
            flags.omitsoa = true;
        }
    }
    if !d.comments {
        flags.nocomments = true;
    }

    // Where what dig prints through its buffer (after the printf()s)
    // starts: it is not printed when an IDN conversion fails.
    let mut sections_at = None;
    if yaml {
        yaml_preamble(w, p)?;
        sections_at = Some(w.len());
        if !flags.noheaders {
            header_to_yaml(w, msg, &style, &ind);
        }
    } else if d.comments && !short && !dns64 {
        // (BIND tests `cmdline` again here, after clearing it: never true.)
        if p.is_query {
            writeln!(w, ";; Sending:")?;
        } else {
            writeln!(w, ";; Got answer:")?;
        }
        let h = &msg.header;
        if p.headers {
            if is_dot_local(msg) {
                write!(
                    w,
                    ";; WARNING: .local is reserved for Multicast DNS\n;; You are currently testing what happens when an mDNS query is leaked to DNS\n"
                )?;
            }
            writeln!(
                w,
                ";; ->>HEADER<<- opcode: {}, status: {}, id: {}",
                types::opcode_to_text(h.opcode),
                types::rcode_text(msg.rcode()),
                h.id
            )?;
            w.extend_from_slice(b";; flags:");
            push_flags(w, msg);
            if h.z {
                write!(w, "; MBZ: 0x4")?;
            }
            writeln!(w, "; QUERY: {}, ANSWER: {}, AUTHORITY: {}, ADDITIONAL: {}", h.qdcount, h.ancount, h.nscount, h.arcount)?;
            if !p.is_query && h.rd && !h.ra {
                writeln!(w, ";; WARNING: recursion requested but not available")?;
            }
        }
        let rcode = msg.rcode();
        if !p.is_query && l.edns.is_some() && msg.opt.is_none() && (rcode == RCODE_FORMERR || rcode == RCODE_NOTIMP) {
            write!(
                w,
                "\n;; WARNING: EDNS query returned status {} - retry with '{}+noedns'\n",
                types::rcode_to_text(rcode),
                if l.dnssec { "+nodnssec " } else { "" }
            )?;
        }
        let extrabytes = if p.is_query { 0 } else { p.bytes.len().saturating_sub(msg.parsed_len) };
        if extrabytes != 0 {
            writeln!(w, ";; WARNING: Message has {extrabytes} extra bytes at end")?;
        }
    }

    let sections_at = sections_at.unwrap_or(head.len());
    if p.headers && d.comments && !short && !yaml {
        head.push(b'\n');
    }
    let buf = head;
    if d.comments && p.headers && !short && !dns64 {
        if yaml {
            opt_to_yaml(buf, msg, &style, &mut ind, p.cookie);
        } else {
            opt_to_text(buf, msg, flags, p.cookie);
        }
    }
    if d.section_question && p.headers && !short && !dns64 {
        if p.is_query && p.lookup.header_only && msg.question.is_empty() {
            // dighost adds the name to the query's question section even
            // with +header-only (only its type is left out), so BIND's
            // +qr prints an empty QUESTION SECTION.
            empty_question_section(buf, &style, flags, &mut ind);
        } else {
            section_to_text(buf, msg, Sec::Question, &style, flags, &mut ind);
        }
    }
    if d.section_answer {
        if !short && !dns64 {
            section_to_text(buf, msg, Sec::Answer, &style, flags, &mut ind);
        } else if dns64 {
            dns64prefix_answer(buf, msg);
        } else {
            for r in &msg.answer {
                say_message(buf, r, p, g);
            }
        }
    }
    if d.section_authority && !short && !dns64 {
        section_to_text(buf, msg, Sec::Authority, &style, flags, &mut ind);
    }
    if d.section_additional && !short && !dns64 {
        section_to_text(buf, msg, Sec::Additional, &style, flags, &mut ind);
        if p.headers {
            if let Some(t) = &msg.tsig {
                sig_to_text(buf, t, true, &style, flags, &ind);
            }
            if let Some(s) = &msg.sig0 {
                sig_to_text(buf, s, false, &style, flags, &ind);
            }
        }
    }

    // BIND's conversion failure is fatal() in the middle of the sections:
    // what printf() printed above stays, the buffer is never printed.
    if let Err(e) = idn.check() {
        buf.truncate(sections_at);
        out.write_all(buf)?;
        return Err(e);
    }
    out.write_all(buf)?;
    Ok(())
}

/// strftime("%a %b %d %H:%M:%S %Z %Y") of localtime_r(now), as received()
/// prints it: the C library's own conversion, so TZ (unset, a zone name,
/// a POSIX string, an invalid one) and the %Z abbreviation are glibc's,
/// exactly as for dig. None when strftime() produces nothing.
fn when_text(now: SystemTime) -> Option<String> {
    let secs: i64 = match now.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok()?,
        Err(e) => -i64::try_from(e.duration().as_secs()).ok()?,
    };
    // A batch prints thousands of these a second: the text of the last
    // second is kept (the time zone does not change during a run).
    thread_local! {
        static LAST: std::cell::RefCell<Option<(i64, Option<String>)>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(text) = LAST.with(|l| l.borrow().as_ref().filter(|(s, _)| *s == secs).map(|(_, t)| t.clone())) {
        return text;
    }
    let text = local_time_text(secs);
    LAST.with(|l| *l.borrow_mut() = Some((secs, text.clone())));
    text
}

/// The `;; WHEN:` line, if strftime() gives a time (see [`when_text`]),
/// appended to `out`.
fn push_when(out: &mut Vec<u8>, now: SystemTime) {
    let secs: Option<i64> = match now.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok(),
        Err(e) => i64::try_from(e.duration().as_secs()).ok().map(|s| -s),
    };
    thread_local! {
        /// The last second's line (or nothing when there is no text).
        static LAST: std::cell::RefCell<Option<(i64, Vec<u8>)>> = const { std::cell::RefCell::new(None) };
    }
    let Some(secs) = secs else { return };
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.as_ref().is_none_or(|(s, _)| *s != secs) {
            let line = when_text(now).map(|t| format!(";; WHEN: {t}\n").into_bytes()).unwrap_or_default();
            *last = Some((secs, line));
        }
        if let Some((_, line)) = last.as_ref() {
            out.extend_from_slice(line);
        }
    });
}

/// localtime_r() and strftime() of a Unix time (see [`when_text`]).
fn local_time_text(secs: i64) -> Option<String> {
    let t = libc::time_t::try_from(secs).ok()?;
    let mut buf = [0u8; 100];
    // SAFETY: `tm` is a plain C struct for which all-zero bytes are a valid
    // value; localtime_r() and strftime() get valid pointers to it, to `t`
    // and to `buf` with its true length, and a NUL-terminated format.
    let n = unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        // BIND ignores a failure here too, formatting whatever tm holds.
        libc::localtime_r(&t, &mut tm);
        libc::strftime(buf.as_mut_ptr().cast(), buf.len(), c"%a %b %d %H:%M:%S %Z %Y".as_ptr(), &tm)
    };
    (n > 0).then(|| String::from_utf8_lossy(&buf[..n]).into_owned())
}

/// The local address dig reports for a query (+yaml): the unspecified
/// address of the server's family, port 0, as BIND's netmgr shows it.
fn unspecified_like(server: SocketAddr) -> SocketAddr {
    match server {
        SocketAddr::V4(_) => SocketAddr::from(([0, 0, 0, 0], 0)),
        SocketAddr::V6(_) => SocketAddr::from((std::net::Ipv6Addr::UNSPECIFIED, 0)),
    }
}

/// dig's text (BIND 9.18's dig.c and dighost.c output callbacks).
pub struct DigSink {
    /// dig's globals as they are now (`Event::Globals`).
    globals: Arc<Globals>,
    /// A reply's TSIG failed verification (dig's global `validated`,
    /// sticky for the rest of the run).
    tsig_invalid: bool,
    /// For `--servers`.
    servers: super::servers::Look,
    /// The last lookup's output ended with a blank line (its statistics
    /// block): `--validate`'s verdict lines after it end with one too.
    ended_blank: bool,
}

impl DigSink {
    pub fn new(servers: super::servers::Look) -> DigSink {
        DigSink { globals: Arc::new(Globals::default()), tsig_invalid: false, servers, ended_blank: false }
    }
}

/// A message of dig's grammar on stdout (its help text as is, the others
/// as a line), with the bytes of the arguments it quotes (rawtext).
pub fn write_said(w: &mut dyn Write, said: &Said) -> io::Result<()> {
    match said {
        Said::Help(text) => w.write_all(text.as_bytes()),
        other => crate::rawtext::write(w, &format!("{other}\n")),
    }
}

impl Sink for DigSink {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        if let Event::Globals(g) = event {
            self.globals = g.clone();
            return Ok(());
        }
        if let Event::Warning(crate::event::Notice::TsigVerify(_)) = event {
            self.tsig_invalid = true;
        }
        let g = &*self.globals;
        // The grammar's, the session's and the engine's own messages quote
        // arguments, names and servers as typed: with their bytes
        // (rawtext). Text from replies is escaped where it is made.
        if let Event::Stderr(text) = event {
            crate::rawtext::write(out.err(), text)?;
            return Ok(());
        }
        if let Event::Summary(s) = event {
            super::stats::summary(out.err(), s)?;
            return Ok(());
        }
        let w = out.out();
        match event {
            Event::Sending(s) => {
                if let Some(query) = s.message.as_ref().filter(|_| s.lookup.display.qr) {
                    let p = Printed {
                        lookup: &s.lookup,
                        msg: query,
                        bytes: &s.bytes,
                        is_query: true,
                        headers: true,
                        cookie: CookieCheck::NotChecked,
                        msg_count: 0,
                        server: s.addr,
                        local: Some(unspecified_like(s.addr)),
                        // dighost sets time_sent before it prints the query.
                        sent_at: Some(s.at),
                        rtt: Duration::ZERO,
                    };
                    print_message(w, g, &p)?;
                    if s.lookup.display.stats {
                        print_query_size(w, g, s.bytes.len())?;
                    }
                }
            }
            Event::Reply(r) => {
                let resp = &r.response;
                let p = Printed {
                    lookup: &r.lookup,
                    msg: &resp.message,
                    bytes: &resp.bytes,
                    is_query: false,
                    headers: true,
                    cookie: resp.cookie,
                    msg_count: r.xfr.map_or(0, |x| x.messages),
                    server: resp.server,
                    local: Some(unspecified_like(resp.server)),
                    sent_at: Some(resp.sent_at),
                    rtt: resp.rtt,
                };
                print_message(w, g, &p)?;
            }
            Event::Received(rc) => {
                let r = &rc.reply;
                let s = Stats {
                    lookup: &r.lookup,
                    bytes: r.response.bytes.len(),
                    from: r.response.server,
                    label: &r.server.label,
                    rtt: r.response.rtt,
                    tcp: rc.tcp,
                    now: rc.at,
                    xfr: rc.xfr.map(|x| (x.records, x.messages, x.bytes)),
                    tsig_invalid: self.tsig_invalid,
                };
                received(w, g, &s)?;
                let d = &r.lookup.display;
                self.ended_blank = !g.short_form && !g.yaml && (d.stats || d.identify);
            }
            // dig_warning(): nothing under +yaml; printf()s as they are.
            Event::Warning(n) => match n.channel() {
                Channel::Prefixed if !g.yaml => crate::rawtext::write(w, &format!(";; {n}\n"))?,
                Channel::Prefixed => {}
                Channel::Plain => crate::rawtext::write(w, &n.to_string())?,
            },
            // dig_comments()
            Event::Comment { notice, shown } => {
                if *shown && !g.yaml {
                    crate::rawtext::write(w, &format!(";; {notice}\n"))?;
                }
            }
            // dig_error(): a YAML error document with +yaml.
            Event::Failure(f) => {
                if g.yaml {
                    crate::rawtext::write(w, &format!("- type: DIG_ERROR\n  message: |\n    {f}\n"))?;
                } else {
                    crate::rawtext::write(w, &format!(";; {f}\n"))?;
                }
            }
            Event::Greeting(text) | Event::Text(text) => crate::rawtext::write(w, text)?,
            Event::BadPacket(b) => {
                writeln!(w, ";; Got bad packet: {}", b.error)?;
                w.write_all(super::bind_hex_dump(&b.bytes).as_bytes())?;
            }
            Event::Said(said) => write_said(w, said)?,
            Event::Servers(view) => self.servers.render(w, view)?,
            Event::Compare(c) => super::compare::render(w, c, &self.servers.palette, self.servers.unicode, self.servers.width)?,
            Event::Validation(v) if g.yaml => super::verdict::dig_yaml(w, v)?,
            Event::Validation(v) => super::verdict::dig(w, v, std::mem::take(&mut self.ended_blank))?,
            Event::Globals(_)
            | Event::Stderr(_)
            | Event::Packet { .. }
            | Event::LookupDone
            | Event::CommandDone
            | Event::Summary(_)
            | Event::HostBegins(_)
            | Event::HostResult(_)
            | Event::Delv(_) => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
