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
    let fromtext = sockaddr_format(s.from);
    let micros = s.rtt.as_micros();
    if d.stats {
        if d.use_usec {
            writeln!(w, ";; Query time: {micros} usec")?;
        } else {
            writeln!(w, ";; Query time: {} msec", micros / 1000)?;
        }
        // TLS and HTTP(S) are refused by cli::dig before any query.
        let proto = if s.tcp { "TCP" } else { "UDP" };
        writeln!(w, ";; SERVER: {fromtext}({}) ({proto})", s.label)?;
        if let Some(when) = when_text(s.now) {
            writeln!(w, ";; WHEN: {when}")?;
        }
        match s.xfr {
            Some((rrs, msgs, bytes)) => writeln!(w, ";; XFR size: {rrs} records (messages {msgs}, bytes {bytes})")?,
            None => writeln!(w, ";; MSG SIZE  rcvd: {}", s.bytes)?,
        }
        // rlookup never signs (a usable -y or -k key is refused), so
        // tsigkey is always NULL: BIND's "Some TSIG could not be validated"
        // cannot happen, and a -y secret that was not turned into a key
        // (bad secret or algorithm, or given on a batch line) gets this.
        if g.tsig.as_ref().is_some_and(|k| !k.secret.is_empty()) {
            writeln!(w, ";; WARNING -- TSIG key was not used.")?;
        }
        writeln!(w)?;
    } else if d.identify {
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
/// column `to` (at least one character), updating `*current`.
fn indent(out: &mut Vec<u8>, current: &mut u32, to: u32) {
    let from = *current;
    let to = to.max(from + 1);
    let ntabs = to / TAB_WIDTH - from / TAB_WIDTH;
    let mut from = from;
    if ntabs > 0 {
        out.extend(std::iter::repeat_n(b'\t', ntabs as usize));
        from = (to / TAB_WIDTH) * TAB_WIDTH;
    }
    out.extend(std::iter::repeat_n(b' ', (to - from) as usize));
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
fn yaml_stringify(out: &mut Vec<u8>, start: usize) {
    let tail: Vec<u8> = out.split_off(start);
    for b in tail {
        out.push(b);
        if b == b'\'' {
            out.push(b'\'');
        }
    }
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
    let owner = r.name.to_text(false);
    out.extend_from_slice(owner.as_bytes());
    column += owner.len() as u32;

    if !style.no_ttl {
        indent_to(out, style, &mut column, style.ttl_column);
        let ttl = if style.ttl_units { ttl_to_text(r.ttl, false, false) } else { r.ttl.to_string() };
        out.extend_from_slice(ttl.as_bytes());
        column += ttl.len() as u32;
    }
    if !style.no_class {
        indent_to(out, style, &mut column, style.class_column);
        let class = if style.unknown_format { format!("CLASS{}", r.class) } else { types::class_to_text(r.class) };
        out.extend_from_slice(class.as_bytes());
        column += class.len() as u32;
    }
    indent_to(out, style, &mut column, style.type_column);
    let rtype = if style.unknown_format { format!("TYPE{}", r.rtype) } else { types::type_to_text(r.rtype) };
    out.extend_from_slice(rtype.as_bytes());
    column += rtype.len() as u32;

    indent_to(out, style, &mut column, style.rdata_column);
    // DynDNS meta records (UPDATE prerequisites and deletions) have empty
    // RDATA, which BIND prints as nothing.
    if !r.update_meta {
        out.extend_from_slice(rdata::to_text(r.rtype, r.class, &r.rdata, &style.rdata).as_bytes());
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
    let owner = name.to_text(false);
    out.extend_from_slice(owner.as_bytes());
    column += owner.len() as u32;
    indent_to(out, style, &mut column, style.class_column);
    let class = if style.unknown_format { format!("CLASS{qclass}") } else { types::class_to_text(qclass) };
    out.extend_from_slice(class.as_bytes());
    column += class.len() as u32;
    indent_to(out, style, &mut column, style.type_column);
    let t = if style.unknown_format { format!("TYPE{qtype}") } else { types::type_to_text(qtype) };
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
    for b in data {
        if code == opt::COOKIE {
            out.extend_from_slice(format!("{b:02x}").as_bytes());
        } else {
            out.extend_from_slice(format!("{b:02x} ").as_bytes());
        }
    }
}

/// The printable form of an option's value: isprint() bytes as they are
/// (and bytes above 127 of valid UTF-8 EDE text), others as '.'.
fn opt_printable(out: &mut Vec<u8>, data: &[u8], utf8ok: bool) {
    for &b in data {
        if isprint(b) || (utf8ok && b > 127) {
            out.push(b);
        } else {
            out.push(b'.');
        }
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

/// dns_message_pseudosectiontotext(DNS_PSEUDOSECTION_OPT).
fn opt_to_text(out: &mut Vec<u8>, msg: &Message, flags: TextFlags, cookie: CookieCheck) {
    let Some(o) = &msg.opt else { return };
    if !flags.nocomments {
        out.extend_from_slice(b";; OPT PSEUDOSECTION:\n");
    }
    out.extend_from_slice(format!("; EDNS: version: {}, flags:", o.version).as_bytes());
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
    out.extend_from_slice(format!("{}\n", o.udp_size).as_bytes());

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
    line(format!("flags:{}", flags_text(msg)));
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
fn flags_text(msg: &Message) -> String {
    let h = &msg.header;
    let mut s = String::new();
    for (on, name) in [(h.qr, " qr"), (h.aa, " aa"), (h.tc, " tc"), (h.rd, " rd"), (h.ra, " ra"), (h.ad, " ad"), (h.cd, " cd")] {
        if on {
            s.push_str(name);
        }
    }
    s
}

/// dns_name_issubdomain(name, "local.").
fn is_dot_local(msg: &Message) -> bool {
    msg.question.iter().any(|q| q.name.labels().last().is_some_and(|l| l.eq_ignore_ascii_case(b"local")))
}

/// isc_time_formatISO8601ms/us: `2026-11-22T01:27:11.123Z` (UTC).
fn iso8601(t: SystemTime, usec: bool) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let (y, mo, da) = civil_from_days((secs / 86400) as i64);
    let rem = secs % 86400;
    let frac = if usec { format!("{:06}", d.subsec_micros()) } else { format!("{:03}", d.subsec_millis()) };
    format!("{y:04}-{mo:02}-{da:02}T{:02}:{:02}:{:02}.{frac}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// Days since 1970-01-01 to (year, month, day) (H. Hinnant's algorithm).
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

/// dig +idnout: BIND's idn_output_filter(), applied (through
/// `wire::name::set_totext_filter`, BIND's dns_name_settotextfilter) to
/// every name printed while a message is printed. A port of what
/// idn_ace_to_locale() does with libidn2: ACE labels (`xn--`, any case)
/// are Punycode-decoded keeping the case of their basic letters; each
/// decoded label must be a valid IDNA2008/UTS 46 label; the result is
/// printed as UTF-8 when the locale's character set is UTF-8, else in its
/// ASCII form (with a warning on stderr, once). Failures are BIND's fatal
/// errors (see [`Fatal`]).
mod idn {
    use std::cell::RefCell;

    use crate::error::IdnOut;
    use std::sync::atomic::{AtomicBool, Ordering};

    thread_local! {
        /// The first failure of the filter during the current message.
        pub static ERROR: RefCell<Option<IdnOut>> = const { RefCell::new(None) };
    }

    /// ";; Warning: cannot represent ..." is printed once per process.
    static WARNED: AtomicBool = AtomicBool::new(false);

    /// The filter given to `set_totext_filter`: the name converted, or
    /// unchanged after recording the failure.
    pub fn filter(text: String) -> String {
        if ERROR.with(|e| e.borrow().is_some()) {
            return text;
        }
        match to_locale(&text, locale_is_utf8()) {
            Ok((out, warn)) => {
                if warn && !WARNED.swap(true, Ordering::Relaxed) {
                    // BIND's fprintf(stderr, ...) without a newline.
                    eprint!(";; Warning: cannot represent '{out}' in the current locale");
                }
                out
            }
            Err(e) => {
                ERROR.with(|x| *x.borrow_mut() = Some(e));
                text
            }
        }
    }

    #[cfg(test)]
    thread_local! {
        /// Tests fix the locale's character set here.
        pub static UTF8_LOCALE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
    }

    /// setlocale(LC_ALL, "")'s character set is UTF-8: LC_ALL, else
    /// LC_CTYPE, else LANG names a UTF-8 locale.
    fn locale_is_utf8() -> bool {
        #[cfg(test)]
        if let Some(forced) = UTF8_LOCALE.with(std::cell::Cell::get) {
            return forced;
        }
        let var = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        var.is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            l.contains("utf-8") || l.contains("utf8")
        })
    }

    /// idn_ace_to_locale(): (the text to print, whether it could not be
    /// represented in the locale), or the fatal error's text.
    pub fn to_locale(src: &str, utf8_locale: bool) -> Result<(String, bool), IdnOut> {
        // idn2_to_unicode_8z8z(): decode every ACE label (libidn2 splits
        // the text at every '.', escaped or not).
        let mut labels = Vec::new();
        for label in src.split('.') {
            if label.len() >= 4 && label[..4].eq_ignore_ascii_case("xn--") {
                match punycode_decode(&label[4..]) {
                    Some(d) => labels.push((d, true)),
                    None => {
                        return Err(IdnOut::BadAce(src.to_string()));
                    }
                }
            } else {
                labels.push((label.to_string(), false));
            }
        }
        // idn2_to_ascii_8z(..., IDN2_NONTRANSITIONAL), then TRANSITIONAL.
        for (label, _) in labels.iter().filter(|(_, decoded)| *decoded) {
            if let Err(why) = check_label(label) {
                return Err(IdnOut::NotLegal { name: src.to_string(), why });
            }
        }
        let utf8: String = labels.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>().join(".");
        if utf8_locale || utf8.is_ascii() {
            return Ok((utf8, false));
        }
        // idn2_to_unicode_8zlz() cannot represent it: idn2_to_ascii_8z().
        let uts46 = idna::uts46::Uts46::new();
        match uts46.to_ascii(
            utf8.as_bytes(),
            idna::uts46::AsciiDenyList::EMPTY,
            idna::uts46::Hyphens::Allow,
            idna::uts46::DnsLength::Ignore,
        ) {
            Ok(a) => Ok((a.into_owned(), true)),
            Err(_) => Err(IdnOut::CannotRepresent(src.to_string())),
        }
    }

    /// libidn2's label tests, in its order: the two-hyphen pattern, a
    /// hyphen first or last, then UTS 46 validity (what is left of
    /// IDNA2008's rules once libidn2 falls back to transitional
    /// processing).
    fn check_label(label: &str) -> Result<(), &'static str> {
        let chars: Vec<char> = label.chars().collect();
        if chars.len() >= 4 && chars[2] == '-' && chars[3] == '-' {
            return Err("string contains forbidden two hyphens pattern");
        }
        if chars.first() == Some(&'-') || chars.last() == Some(&'-') {
            return Err("string start/ends with forbidden hyphen");
        }
        let uts46 = idna::uts46::Uts46::new();
        for mode in [false, true] {
            let ok = if mode {
                uts46
                    .to_ascii(
                        label.as_bytes(),
                        idna::uts46::AsciiDenyList::EMPTY,
                        idna::uts46::Hyphens::Allow,
                        idna::uts46::DnsLength::Ignore,
                    )
                    .is_ok()
            } else {
                // A decoded label must stay what it is under UTS 46
                // mapping (case aside): "ss" for "ß" etc. is fine, a
                // disallowed code point is not.
                uts46.to_unicode(label.as_bytes(), idna::uts46::AsciiDenyList::EMPTY, idna::uts46::Hyphens::Allow).1.is_ok()
            };
            if ok {
                return Ok(());
            }
        }
        Err("string contains a disallowed character")
    }

    /// RFC 3492 decoding of what follows "xn--", keeping the case of the
    /// basic code points (as libidn2 does), with libidn2's refusals: an
    /// empty string, nothing after the last delimiter, a non-basic
    /// character, a bad digit, an overflow, an invalid code point.
    pub fn punycode_decode(input: &str) -> Option<String> {
        const BASE: u32 = 36;
        const TMIN: u32 = 1;
        const TMAX: u32 = 26;
        const SKEW: u32 = 38;
        const DAMP: u32 = 700;
        if input.is_empty() || !input.is_ascii() {
            return None;
        }
        let (basic, extended) = match input.rfind('-') {
            Some(p) => (&input[..p], &input[p + 1..]),
            None => ("", input),
        };
        if extended.is_empty() {
            return None;
        }
        let mut out: Vec<char> = basic.chars().collect();
        let adapt = |mut delta: u32, numpoints: u32, first: bool| {
            delta = if first { delta / DAMP } else { delta / 2 };
            delta += delta / numpoints;
            let mut k = 0;
            while delta > ((BASE - TMIN) * TMAX) / 2 {
                delta /= BASE - TMIN;
                k += BASE;
            }
            k + (BASE - TMIN + 1) * delta / (delta + SKEW)
        };
        let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
        let digits: Vec<u8> = extended.bytes().collect();
        let mut pos = 0;
        while pos < digits.len() {
            let oldi = i;
            let mut w = 1u32;
            let mut k = BASE;
            loop {
                let c = *digits.get(pos)?;
                pos += 1;
                let digit = match c {
                    b'a'..=b'z' => u32::from(c - b'a'),
                    b'A'..=b'Z' => u32::from(c - b'A'),
                    b'0'..=b'9' => u32::from(c - b'0') + 26,
                    _ => return None,
                };
                i = i.checked_add(digit.checked_mul(w)?)?;
                let t = if k <= bias {
                    TMIN
                } else if k >= bias + TMAX {
                    TMAX
                } else {
                    k - bias
                };
                if digit < t {
                    break;
                }
                w = w.checked_mul(BASE - t)?;
                k += BASE;
            }
            let len = out.len() as u32 + 1;
            bias = adapt(i - oldi, len, oldi == 0);
            n = n.checked_add(i / len)?;
            i %= len;
            out.insert(i as usize, char::from_u32(n)?);
            i += 1;
        }
        Some(out.into_iter().collect())
    }
}

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
pub fn print_message(w: &mut dyn Write, g: &Globals, p: &Printed) -> Result<(), Error> {
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
        w.write_all(l.cmdline.as_bytes())?;
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

    let mut buf: Vec<u8> = Vec::new();
    if yaml {
        yaml_preamble(w, p)?;
        if !flags.noheaders {
            header_to_yaml(&mut buf, msg, &style, &ind);
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
                types::rcode_to_text(msg.rcode()),
                h.id
            )?;
            write!(w, ";; flags:{}", flags_text(msg))?;
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

    if d.comments && p.headers && !short && !dns64 {
        if yaml {
            opt_to_yaml(&mut buf, msg, &style, &mut ind, p.cookie);
        } else {
            opt_to_text(&mut buf, msg, flags, p.cookie);
        }
    }
    if d.section_question && p.headers && !short && !dns64 {
        if p.is_query && p.lookup.header_only && msg.question.is_empty() {
            // dighost adds the name to the query's question section even
            // with +header-only (only its type is left out), so BIND's
            // +qr prints an empty QUESTION SECTION.
            empty_question_section(&mut buf, &style, flags, &mut ind);
        } else {
            section_to_text(&mut buf, msg, Sec::Question, &style, flags, &mut ind);
        }
    }
    if d.section_answer {
        if !short && !dns64 {
            section_to_text(&mut buf, msg, Sec::Answer, &style, flags, &mut ind);
        } else if dns64 {
            dns64prefix_answer(&mut buf, msg);
        } else {
            for r in &msg.answer {
                say_message(&mut buf, r, p, g);
            }
        }
    }
    if d.section_authority && !short && !dns64 {
        section_to_text(&mut buf, msg, Sec::Authority, &style, flags, &mut ind);
    }
    if d.section_additional && !short && !dns64 {
        section_to_text(&mut buf, msg, Sec::Additional, &style, flags, &mut ind);
        if p.headers {
            if let Some(t) = &msg.tsig {
                sig_to_text(&mut buf, t, true, &style, flags, &ind);
            }
            if let Some(s) = &msg.sig0 {
                sig_to_text(&mut buf, s, false, &style, flags, &ind);
            }
        }
    }

    // BIND's conversion failure is fatal() in the middle of the sections:
    // what printf() printed above stays, the buffer is never printed.
    idn.check()?;
    if p.headers && d.comments && !short && !yaml {
        writeln!(w)?;
    }
    w.write_all(&buf)?;
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
    /// For `--servers`.
    servers: super::servers::Look,
}

impl DigSink {
    pub fn new(servers: super::servers::Look) -> DigSink {
        DigSink { globals: Arc::new(Globals::default()), servers }
    }
}

/// A message of dig's grammar on stdout (its help text as is, the others
/// as a line).
pub fn write_said(w: &mut dyn Write, said: &Said) -> io::Result<()> {
    match said {
        Said::Help(text) => w.write_all(text.as_bytes()),
        other => writeln!(w, "{other}"),
    }
}

impl Sink for DigSink {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        if let Event::Globals(g) = event {
            self.globals = g.clone();
            return Ok(());
        }
        let g = &*self.globals;
        if let Event::Stderr(text) = event {
            out.err().write_all(text.as_bytes())?;
            return Ok(());
        }
        let w = out.out();
        match event {
            Event::Sending(s) => {
                if s.lookup.display.qr {
                    let p = Printed {
                        lookup: &s.lookup,
                        msg: &s.message,
                        bytes: &s.bytes,
                        is_query: true,
                        headers: true,
                        cookie: CookieCheck::NotChecked,
                        msg_count: 0,
                        server: s.addr,
                        local: Some(unspecified_like(s.addr)),
                        sent_at: None,
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
                };
                received(w, g, &s)?;
            }
            // dig_warning(): nothing under +yaml; printf()s as they are.
            Event::Warning(n) => match n.channel() {
                Channel::Prefixed if !g.yaml => writeln!(w, ";; {n}")?,
                Channel::Prefixed => {}
                Channel::Plain => write!(w, "{n}")?,
            },
            // dig_comments()
            Event::Comment { notice, shown } => {
                if *shown && !g.yaml {
                    writeln!(w, ";; {notice}")?;
                }
            }
            // dig_error(): a YAML error document with +yaml.
            Event::Failure(f) => {
                if g.yaml {
                    writeln!(w, "- type: DIG_ERROR\n  message: |\n    {f}")?;
                } else {
                    writeln!(w, ";; {f}")?;
                }
            }
            Event::Greeting(text) | Event::Text(text) => w.write_all(text.as_bytes())?,
            Event::BadPacket(b) => {
                writeln!(w, ";; Got bad packet: {}", b.error)?;
                w.write_all(super::bind_hex_dump(&b.bytes).as_bytes())?;
            }
            Event::Said(said) => write_said(w, said)?,
            Event::Servers(view) => self.servers.render(w, view)?,
            Event::Globals(_)
            | Event::Stderr(_)
            | Event::Packet { .. }
            | Event::LookupDone
            | Event::CommandDone
            | Event::HostBegins(_)
            | Event::HostResult(_) => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! Every expected text below is real dig 9.18.49's stdout for the
    //! fixture (a throwaway UDP/TCP responder on 127.0.0.1 answered the
    //! query with those bytes, ID and client COOKIE patched in), run with
    //! TZ=UTC and the arguments shown. Lines dighost prints itself (the
    //! COOKIE mismatch warning) are left out: they are the engine's. The
    //! `;; WHEN:` line is compared after masking the date (see
    //! `when_is_strftime_of_localtime`).

    use super::*;
    use crate::cli::dig::{Dig, Event, Host, preparse_args};
    use crate::error::Fatal;
    use crate::plan::{Server, Settings};
    use crate::wire::message;

    /// The lookup and globals real dig's arguments give (cli::dig), and
    /// what the parse printed.
    fn parse_dig(args: &[&str]) -> (Lookup, Globals, String) {
        let mut printed = String::new();
        let pre = preparse_args(args).expect("arguments");
        let settings = Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")], ..Default::default() };
        let mut dig = Dig::new(Host::default(), &pre, settings);
        dig.command_line(args, None);
        while let Some(ev) = dig.next_event() {
            match ev {
                Event::Say(s) => {
                    let mut w = Vec::new();
                    write_said(&mut w, &s).unwrap();
                    printed.push_str(&String::from_utf8(w).unwrap());
                }
                Event::Stderr(t) | Event::Warn(t) => panic!("unexpected output {t:?}"),
                Event::RaiseExitcode(_) => {}
                other => panic!("unexpected event {other:?}"),
            }
        }
        let mut lookups = dig.take_lookups();
        assert_eq!(lookups.len(), 1);
        (lookups.remove(0), dig.globals().clone(), printed)
    }

    /// `2026-11-22T01:50:00.196Z` as a SystemTime.
    fn parse_iso(s: &str) -> SystemTime {
        let n = |a: usize, b: usize| s[a..b].parse::<i64>().unwrap();
        let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
        // days_from_civil (H. Hinnant)
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        let secs = days * 86400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19);
        let frac = &s[20..s.len() - 1];
        let micros = frac.parse::<u64>().unwrap() * 10u64.pow(6 - frac.len() as u32);
        UNIX_EPOCH + Duration::from_secs(secs as u64) + Duration::from_micros(micros)
    }

    fn when_masked(s: &str) -> String {
        s.lines().map(|l| if l.starts_with(";; WHEN: ") { ";; WHEN: DATE" } else { l }).collect::<Vec<_>>().join("\n")
    }

    struct Case<'a> {
        /// dig's arguments (without argv[0]).
        args: &'a [&'a str],
        /// The replies, in order (several for a zone transfer).
        replies: &'a [&'a [u8]],
        /// +qr: the query dig sent.
        query: Option<&'a [u8]>,
        cookie: CookieCheck,
        rtt: Duration,
        tcp: bool,
        expected: &'a str,
        /// A BIND fatal() while printing: its text (stderr `dig: TEXT`).
        fatal: Option<&'a str>,
    }

    /// Prints the case as dighost would (the +qr query, each reply,
    /// the statistics) and compares with dig's output.
    fn check(c: &Case) {
        let (mut l, g, printed) = parse_dig(c.args);
        idn::UTF8_LOCALE.with(|u| u.set(Some(true))); // dig ran with LC_ALL=C.UTF-8
        l.cmdline = l.cmdline.replace(crate::version::VERSION_TEXT, "DiG 9.18.49-1~deb12u3-Debian");
        if l.rdtype == AXFR {
            l.tcp_mode = true;
        }
        let server: SocketAddr = "127.0.0.1:5399".parse().unwrap();
        // +yaml: the times dig printed.
        let time_of =
            |key: &str| c.expected.lines().find_map(|x| x.trim_start().strip_prefix(key).map(str::to_string)).map(|t| parse_iso(&t));
        let sent_at = time_of("query_time: !!timestamp ");
        let rtt = match (sent_at, time_of("response_time: !!timestamp ")) {
            (Some(s), Some(r)) => r.duration_since(s).unwrap(),
            _ => c.rtt,
        };
        let local = Some("0.0.0.0:0".parse().unwrap());
        let mut out = printed.into_bytes();
        if let Some(q) = c.query {
            let msg = message::parse(q).expect("query");
            let p = Printed {
                lookup: &l,
                msg: &msg,
                bytes: q,
                is_query: true,
                headers: true,
                cookie: CookieCheck::NotChecked,
                msg_count: 0,
                server,
                local,
                sent_at,
                rtt: Duration::ZERO,
            };
            print_message(&mut out, &g, &p).unwrap();
            l.cmdline.clear();
            if l.display.stats {
                print_query_size(&mut out, &g, q.len()).unwrap();
            }
        }
        let (mut rrs, mut bytes) = (0u32, 0u64);
        for (i, r) in c.replies.iter().enumerate() {
            let (msg, _) = message::parse_best_effort(r).expect("reply");
            rrs += msg.answer.len() as u32;
            bytes += r.len() as u64;
            let p = Printed {
                lookup: &l,
                msg: &msg,
                bytes: r,
                is_query: false,
                headers: true,
                cookie: c.cookie,
                msg_count: i as u32,
                server,
                local,
                sent_at,
                rtt,
            };
            match print_message(&mut out, &g, &p) {
                Ok(()) => {}
                Err(e) => {
                    assert_eq!(Some(e.to_string()).as_deref(), c.fatal, "{e}");
                    assert_eq!(String::from_utf8(out).unwrap(), c.expected);
                    return;
                }
            }
            l.cmdline.clear();
        }
        assert_eq!(c.fatal, None);
        let s = Stats {
            lookup: &l,
            bytes: c.replies.last().unwrap().len(),
            from: server,
            label: "127.0.0.1",
            rtt: c.rtt,
            tcp: c.tcp,
            now: SystemTime::now(),
            xfr: (l.rdtype == AXFR).then_some((rrs, c.replies.len() as u32, bytes)),
        };
        received(&mut out, &g, &s).unwrap();
        let got = String::from_utf8(out).unwrap();
        assert_eq!(when_masked(&got), when_masked(c.expected), "\n--- got:\n{got}\n--- expected:\n{}", c.expected);
    }

    /// Replies carry only options that pass BIND's fromwire_opt(), but the
    /// query printed for +qr holds whatever +ednsopt put in it: the
    /// malformed-option forms. The query is decoded here without the OPT
    /// checks (see the report: the engine must do the same).
    fn lenient_query(q: &[u8]) -> Message {
        let mut pos = 12;
        while q[pos] != 0 {
            pos += usize::from(q[pos]) + 1;
        }
        pos += 5; // root label, QTYPE, QCLASS: the OPT record follows
        let rdlen_at = pos + 9;
        let mut stripped = q[..rdlen_at].to_vec();
        stripped.extend_from_slice(&[0, 0]);
        let mut msg = message::parse(&stripped).expect("query without options");
        let rdata = &q[rdlen_at + 2..];
        let mut options = Vec::new();
        let mut i = 0;
        while i + 4 <= rdata.len() {
            let code = u16::from_be_bytes([rdata[i], rdata[i + 1]]);
            let len = usize::from(u16::from_be_bytes([rdata[i + 2], rdata[i + 3]]));
            options.push((code, rdata[i + 4..i + 4 + len].to_vec()));
            i += 4 + len;
        }
        msg.opt.as_mut().unwrap().options = options;
        msg.parsed_len = q.len();
        msg
    }

    const QUERY_MALFORMED_OPTS: &[u8] = &[
        // the query dig sent
        0x47, 0x95, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
        0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x54, 0x00, 0x0f, 0x00, 0x01,
        0x00, 0x00, 0x0f, 0x00, 0x04, 0x00, 0x00, 0xff, 0x41, 0x00, 0x0f, 0x00, 0x00, 0x00, 0x08, 0x00, 0x02, 0x00, 0x01, 0x00, 0x08, 0x00,
        0x08, 0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, 0xff, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x09, 0x00, 0x02, 0x01, 0x02, 0x00, 0x0e,
        0x00, 0x03, 0x01, 0x02, 0x03, 0x00, 0x0e, 0x00, 0x00, 0x00, 0x10, 0x00, 0x01, 0x07, 0x00, 0x11, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x03,
        0x01, 0x02, 0x03, 0x00, 0x0c, 0x00, 0x02, 0x00, 0x00, 0x00, 0x0b, 0x00, 0x01, 0x01,
    ];

    #[test]
    fn dig_qr_malformed_options() {
        let args = [
            "-p",
            "5399",
            "@127.0.0.1",
            "+tries=1",
            "+time=2",
            "+qr",
            "+nocookie",
            "+ednsopt=15:00",
            "+ednsopt=15:0000ff41",
            "+ednsopt=15",
            "+ednsopt=8:0001",
            "+ednsopt=8:00011800c00002ff",
            "+ednsopt=1:00",
            "+ednsopt=9:0102",
            "+ednsopt=14:010203",
            "+ednsopt=14",
            "+ednsopt=16:07",
            "+ednsopt=17",
            "+ednsopt=10:010203",
            "+ednsopt=12:0000",
            "+ednsopt=11:01",
            "www.example",
        ];
        let (l, g, _) = parse_dig(&args);
        let msg = lenient_query(QUERY_MALFORMED_OPTS);
        let p = Printed {
            lookup: &l,
            msg: &msg,
            bytes: QUERY_MALFORMED_OPTS,
            is_query: true,
            headers: true,
            cookie: CookieCheck::NotChecked,
            msg_count: 0,
            server: "127.0.0.1:5399".parse().unwrap(),
            local: None,
            sent_at: None,
            rtt: Duration::ZERO,
        };
        let mut out = Vec::new();
        print_message(&mut out, &g, &p).unwrap();
        print_query_size(&mut out, &g, QUERY_MALFORMED_OPTS.len()).unwrap();
        let got = String::from_utf8(out).unwrap();
        let expected = concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr +nocookie +ednsopt=15:00 ",
            "+ednsopt=15:0000ff41 +ednsopt=15 +ednsopt=8:0001 +ednsopt=8:00011800c00002ff +ednsopt=1:00 +ednsopt=9:0102 ",
            "+ednsopt=14:010203 +ednsopt=14 +ednsopt=16:07 +ednsopt=17 +ednsopt=10:010203 +ednsopt=12:0000 +ednsopt=11:01 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Sending:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 18325\n",
            ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; EDE: 00 (\".\")\n",
            "; EDE: 0 (Other): ff 41 (.A)\n",
            "; EDE:\n",
            "; CLIENT-SUBNET: 00 01 \n",
            "; CLIENT-SUBNET: 192.0.2.0/24/0\n",
            "; LLQ: 00 (\".\")\n",
            "; EXPIRE: 01 02 (\"..\")\n",
            "; KEY-TAG: 01 02 03 (\"...\")\n",
            "; KEY-TAG:\n",
            "; CLIENT-TAG: 07 (\".\")\n",
            "; SERVER-TAG:\n",
            "; COOKIE: 010203\n",
            "; PAD: (2 bytes)\n",
            "; TCP KEEPALIVE: 01 (\".\")\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; QUERY SIZE: 124\n",
            "\n",
        );
        let got = got.replace(crate::version::VERSION_TEXT, "DiG 9.18.49-1~deb12u3-Debian");
        assert_eq!(got, expected);
    }

    const FIX_EDE_SURROGATE: &[u8] = &[
        0x10, 0x92, // ID 4242
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x13, // RDLENGTH 19
        0x00, 0x0f, 0x00, 0x05, // option EDE (15), length 5
        0x00, 0x00, 0xed, 0xa0, 0x80, // option value
        0x00, 0x0f, 0x00, 0x06, // option EDE (15), length 6
        0x00, 0x01, 0xf4, 0x8f, 0xbf, 0xbf, // option value
    ];

    /// EDE EXTRA-TEXT that BIND's isc_utf8_valid() accepts but Rust's
    /// str does not (UTF-16 surrogates) is printed raw, as dig does.
    #[test]
    fn dig_ede_surrogates_raw() {
        let (l, g, _) = parse_dig(&["-p", "5399", "@127.0.0.1", "+noall", "+comments", "+nocookie", "www.example"]);
        let (msg, _) = message::parse_best_effort(FIX_EDE_SURROGATE).unwrap();
        let p = Printed {
            lookup: &l,
            msg: &msg,
            bytes: FIX_EDE_SURROGATE,
            is_query: false,
            headers: true,
            cookie: CookieCheck::NotChecked,
            msg_count: 0,
            server: "127.0.0.1:5399".parse().unwrap(),
            local: None,
            sent_at: None,
            rtt: Duration::ZERO,
        };
        let mut out = Vec::new();
        print_message(&mut out, &g, &p).unwrap();
        let want: &[u8] = b";; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n\
            ; EDE: 0 (Other): (\xed\xa0\x80)\n\
            ; EDE: 1 (Unsupported DNSKEY Algorithm): (\xf4\x8f\xbf\xbf)\n";
        assert!(out.windows(want.len()).any(|w| w == want), "{}", String::from_utf8_lossy(&out));
    }

    const FIX_TRACE_ROOT_NS: &[u8] = &[
        0x10, 0x92, // ID 4242
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x00, // QNAME .
        0x00, 0x02, 0x00, 0x01, // QTYPE NS, QCLASS IN
        0x00, // owner .
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x07, 0xe9, 0x00, // TTL 518400
        0x00, 0x0b, // RDLENGTH 11
        0x09, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x68, 0x6f, 0x73, 0x74, 0x00, // RDATA localhost.
    ];

    const FIX_TRACE_WWW_A: &[u8] = &[
        0x10, 0x92, // ID 4242
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x0a, // RDATA 192.0.2.10
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x2e, 0x00, 0x01, // TYPE RRSIG, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x23, // RDLENGTH 35
        0x00, 0x01, 0x0d, 0x02, 0x00, 0x00, 0x01, 0x2c, 0x77, 0x35, 0x94, 0x00, 0x65, 0x53, 0xf1, 0x00, // RDATA RRSIG A
        0x10, 0xe1, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
    ];

    /// +trace: the root NS reply (trace_root lookup), then the answer from
    /// the server it named, each with `;; Received` (+identify, no stats);
    /// +short +trace: each record with its type first and `from server`.
    #[test]
    fn dig_trace_long_and_short() {
        for short in [false, true] {
            let mut args = vec!["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+trace", "www.example"];
            if short {
                args.insert(6, "+short");
            }
            let (mut root, g, _) = parse_dig(&args);
            root.cmdline = root.cmdline.replace(crate::version::VERSION_TEXT, "DiG 9.18.49-1~deb12u3-Debian");
            root.rdtype = 2; // setup_lookup() asks for "." NS first
            let mut follow = root.clone_for_requeue(false);
            follow.cmdline.clear();
            follow.trace_root = false;
            follow.rdtype = 1;
            let server: SocketAddr = "127.0.0.1:5399".parse().unwrap();
            let mut out = Vec::new();
            for (l, fix, label, ms) in [(&root, FIX_TRACE_ROOT_NS, "127.0.0.1", 0u64), (&follow, FIX_TRACE_WWW_A, "localhost", 4)] {
                let (msg, _) = message::parse_best_effort(fix).unwrap();
                let p = Printed {
                    lookup: l,
                    msg: &msg,
                    bytes: fix,
                    is_query: false,
                    headers: true,
                    cookie: CookieCheck::NotChecked,
                    msg_count: 0,
                    server,
                    local: None,
                    sent_at: None,
                    rtt: Duration::from_millis(ms),
                };
                print_message(&mut out, &g, &p).unwrap();
                let s = Stats {
                    lookup: l,
                    bytes: fix.len(),
                    from: server,
                    label,
                    rtt: Duration::from_millis(ms),
                    tcp: false,
                    now: SystemTime::now(),
                    xfr: None,
                };
                received(&mut out, &g, &s).unwrap();
            }
            let expected = if short {
                concat!(
                    "NS localhost. from server 127.0.0.1 in 0 ms.\n",
                    "A 192.0.2.10 from server 127.0.0.1 in 4 ms.\n",
                    "RRSIG A 13 2 300 20330518033320 20231114221320 4321 example. AAECAwQFBgc= from server 127.0.0.1 in 4 ms.\n",
                )
            } else {
                concat!(
                    "\n",
                    "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +trace www.example\n",
                    "; (1 server found)\n",
                    ";; global options: +cmd\n",
                    ".\t\t\t518400\tIN\tNS\tlocalhost.\n",
                    ";; Received 39 bytes from 127.0.0.1#5399(127.0.0.1) in 0 ms\n",
                    "\n",
                    "www.example.\t\t300\tIN\tA\t192.0.2.10\n",
                    "www.example.\t\t300\tIN\tRRSIG\tA 13 2 300 20330518033320 20231114221320 4321 example. AAECAwQFBgc=\n",
                    ";; Received 114 bytes from 127.0.0.1#5399(localhost) in 4 ms\n",
                    "\n",
                )
            };
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }

    #[test]
    fn ttl_text_like_dns_ttl_totext() {
        assert_eq!(ttl_to_text(0, false, false), "0s");
        assert_eq!(ttl_to_text(300, false, false), "5m");
        assert_eq!(ttl_to_text(300, false, true), "5M");
        assert_eq!(ttl_to_text(90061, false, true), "1d1h1m1s");
        assert_eq!(ttl_to_text(604_800 * 2 + 1, false, false), "2w1s");
        assert_eq!(ttl_to_text(u32::MAX, false, false), "7101w3d6h28m15s");
        assert_eq!(ttl_to_text(1_209_600, true, true), "2 weeks");
        assert_eq!(ttl_to_text(0, true, false), "0 seconds");
    }

    #[test]
    fn indent_like_masterdump() {
        let run = |from: u32, to: u32| {
            let mut out = Vec::new();
            let mut col = from;
            indent(&mut out, &mut col, to);
            (String::from_utf8(out).unwrap(), col)
        };
        assert_eq!(run(0, 24), ("\t\t\t".into(), 24));
        assert_eq!(run(12, 24), ("\t\t".into(), 24));
        assert_eq!(run(23, 24), ("\t".into(), 24));
        // At or past the column: one character, a space or a tab.
        assert_eq!(run(24, 24), (" ".into(), 25));
        assert_eq!(run(30, 24), (" ".into(), 31));
        assert_eq!(run(31, 24), ("\t".into(), 32));
        assert_eq!(run(5, 13), ("\t     ".into(), 13));
    }

    #[test]
    fn sockaddrs_like_isc_sockaddr_format() {
        assert_eq!(sockaddr_format("127.0.0.53:53".parse().unwrap()), "127.0.0.53#53");
        assert_eq!(sockaddr_format("[::1]:5353".parse().unwrap()), "::1#5353");
        assert_eq!(sockaddr_format("[::ffff:192.0.2.1]:53".parse().unwrap()), "::ffff:192.0.2.1#53");
        assert_eq!(sockaddr_format("[::192.0.2.1]:53".parse().unwrap()), "::192.0.2.1#53");
        let scoped = SocketAddr::V6(std::net::SocketAddrV6::new("fe80::1".parse().unwrap(), 53, 0, 2));
        assert_eq!(sockaddr_format(scoped), "fe80::1%2#53");
    }

    #[test]
    fn utf8_like_isc_utf8_valid() {
        assert!(utf8_valid(b"plain"));
        assert!(utf8_valid("café ☃ 😀".as_bytes()));
        assert!(utf8_valid(b"\xed\xa0\x80")); // a surrogate: accepted
        assert!(!utf8_valid(b"\xc0\x80")); // overlong
        assert!(!utf8_valid(b"\xe0\x80\x80"));
        assert!(!utf8_valid(b"\xf4\x90\x80\x80")); // above U+10FFFF
        assert!(!utf8_valid(b"\xff"));
        assert!(!utf8_valid(b"\xc3"));
    }

    /// `;; WHEN:` is strftime("%a %b %d %H:%M:%S %Z %Y") of localtime_r():
    /// checked exactly when the zone is UTC (as in the lab), by shape
    /// otherwise.
    #[test]
    fn when_is_strftime_of_localtime() {
        let t = UNIX_EPOCH + Duration::from_secs(1_795_310_831); // 2026-11-22T01:27:11Z, a Sunday
        let s = when_text(t).unwrap();
        if s.contains(" UTC ") {
            assert_eq!(s, "Sun Nov 22 01:27:11 UTC 2026");
        } else {
            let f: Vec<&str> = s.split(' ').collect();
            assert_eq!(f.len(), 6, "{s}");
            assert_eq!(f[3].len(), 8, "{s}");
        }
        assert_eq!(when_text(UNIX_EPOCH).map(|s| s.len() >= 24), Some(true));
    }

    #[test]
    fn iso8601_like_isc_time() {
        let t = UNIX_EPOCH + Duration::from_micros(1_795_310_831_196_789);
        assert_eq!(iso8601(t, false), "2026-11-22T01:27:11.196Z");
        assert_eq!(iso8601(t, true), "2026-11-22T01:27:11.196789Z");
        assert_eq!(iso8601(UNIX_EPOCH, false), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(UNIX_EPOCH + Duration::from_secs(951_782_400), false), "2000-02-29T00:00:00.000Z");
    }

    /// More than ten DNS64 prefixes: dig prints the first ten.
    #[test]
    fn dns64_prefixes_are_capped() {
        let mut set = Vec::new();
        for i in 0..12u8 {
            let mut aa = [0u8; 16];
            aa[0] = 0x20;
            aa[1] = i;
            aa[12..].copy_from_slice(&[192, 0, 0, 170]);
            let mut ab = aa;
            ab[15] = 171;
            set.push(aa);
            set.push(ab);
        }
        let (found, count) = dns64_findprefix(&set, 10);
        assert_eq!(found.len(), 10);
        assert_eq!(count, 12);
        assert_eq!((rdata::ipv6_to_text(&found[3].0), found[3].1), ("2003::".to_string(), 96));
    }

    /// dig +idnout's verdicts (real dig 9.18.49 with libidn2, LC_ALL=C.UTF-8
    /// and LC_ALL=C) on ACE owner names.
    #[test]
    fn idnout_like_libidn2() {
        let bad_ace = |n: &str| Err(format!("Bad ACE string '{n}' (string contains invalid punycode data), use +noidnout"));
        let illegal = |n: &str, why: &str| Err(format!("'{n}' is not a legal IDNA2008 name ({why}), use +noidnout"));
        let ok = |s: &str| Ok((s.to_string(), false));
        let disallowed = "string contains a disallowed character";
        type Verdict = Result<(String, bool), String>;
        let cases: Vec<(&str, Verdict)> = vec![
            ("xn--bcher-kva.example.", ok("bücher.example.")),
            ("XN--BCHER-KVA.Example.", ok("BüCHER.Example.")),
            ("xn--Bcher-kva.example.", ok("Bücher.example.")),
            ("xn--bcher-KVA.example.", ok("bücher.example.")),
            ("xn--ABC-XXX.example.", ok("ABC\u{1cd2}.example.")),
            ("xn--zca.example.", ok("ß.example.")),
            ("xn--fa-hia.example.", ok("faß.example.")),
            ("xn--1ch.example.", ok("≠.example.")),
            ("xn--0ca.example.", ok("à.example.")),
            ("xn--ls8h.example.", ok("💩.example.")),
            ("_sip.under_score.example.", ok("_sip.under_score.example.")),
            ("a\\032b.example.", ok("a\\032b.example.")),
            ("xn--zz.example.", bad_ace("xn--zz.example.")),
            ("xn--.example.", bad_ace("xn--.example.")),
            ("xn--9.example.", bad_ace("xn--9.example.")),
            ("xn--abc-.example.", bad_ace("xn--abc-.example.")),
            ("xn--bcher-kva-.example.", bad_ace("xn--bcher-kva-.example.")),
            ("xn--ls8h.xn--zz.example.", bad_ace("xn--ls8h.xn--zz.example.")),
            ("xn--abc.example.", illegal("xn--abc.example.", disallowed)),
            ("xn--a.example.", illegal("xn--a.example.", disallowed)),
            ("xn--aaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.", illegal("xn--aaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.", disallowed)),
            ("xn--a-ecp.ru.example.", illegal("xn--a-ecp.ru.example.", disallowed)),
            ("xn--ss-ia.example.", illegal("xn--ss-ia.example.", disallowed)),
            ("xn---abc-xxx.example.", illegal("xn---abc-xxx.example.", "string start/ends with forbidden hyphen")),
            ("xn--ab--c-xxx.example.", illegal("xn--ab--c-xxx.example.", "string contains forbidden two hyphens pattern")),
        ];
        for (name, want) in cases {
            assert_eq!(idn::to_locale(name, true).map_err(|e| Fatal::IdnOut(e).to_string()), want, "{name}");
        }
        // Not a UTF-8 locale: the ASCII form, lower-cased, and a warning.
        assert_eq!(idn::to_locale("XN--BCHER-KVA.Example.", false), Ok(("xn--bcher-kva.example.".to_string(), true)));
        assert_eq!(idn::to_locale("_sip.Under.example.", false), Ok(("_sip.Under.example.".to_string(), false)));
    }

    const FIX_BASIC_ANSWER: &[u8] = &[
        0x1d, 0x19, // ID 7449 (the query's)
        0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x02, // QD 1, AN 1, NS 1, AR 2
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x0a, // RDATA 192.0.2.10
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x01, 0x51, 0x80, // TTL 86400
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner ns1.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0x7f, 0x06, 0x01, 0x01, // RDATA 127.6.1.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x1c, // RDLENGTH 28
        0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
        0xd0, 0x5c, 0x8f, 0xbb, 0x32, 0xb5, 0x9e, 0x3f, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
        0xef, // option value: the client cookie dig sent, then the server cookie
        0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
    ];

    #[test]
    fn dig_basic_answer() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_BASIC_ANSWER],
            query: None,
            cookie: CookieCheck::Good,
            rtt: Duration::from_millis(16),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 7449\n",
                ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 1, ADDITIONAL: 2\n",
                ";; WARNING: recursion requested but not available\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: d05c8fbb32b59e3f010000006b0244ef299a1ba06d1e4601 (good)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.10\n",
                "\n",
                ";; AUTHORITY SECTION:\n",
                "example.\t\t86400\tIN\tNS\tns1.example.\n",
                "\n",
                ";; ADDITIONAL SECTION:\n",
                "ns1.example.\t\t300\tIN\tA\t127.6.1.1\n",
                "\n",
                ";; Query time: 16 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
                ";; MSG SIZE  rcvd: 154\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NO_EDNS_NODATA: &[u8] = &[
        0xd0, 0xeb, // ID 53483 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, // QD 1, AN 0, NS 1, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x1c, 0x00, 0x01, // QTYPE AAAA, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x78, 0xc2, 0x75, 0xf4, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_no_edns_nodata() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example", "aaaa"],
            replies: &[FIX_NO_EDNS_NODATA],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example aaaa\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 53483\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tAAAA\n",
                "\n",
                ";; AUTHORITY SECTION:\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 2026010100 7200 3600 1209600 300\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
                ";; MSG SIZE  rcvd: 101\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_ALL_FLAGS_NXDOMAIN: &[u8] = &[
        0x1c, 0x72, // ID 7282 (the query's)
        0x87, 0xf3, // flags: qr aa tc rd ra z ad cd opcode 0 rcode 3
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x02, 0x6e, 0x78, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME nx.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    ];

    #[test]
    fn dig_all_flags_nxdomain() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+ignore", "+noedns", "nx.example"],
            replies: &[FIX_ALL_FLAGS_NXDOMAIN],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +ignore +noedns nx.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 7282\n",
                ";; flags: qr aa tc rd ra ad cd; MBZ: 0x4; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";nx.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
                ";; MSG SIZE  rcvd: 28\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_REFUSED_NO_RD: &[u8] = &[
        0xc6, 0x18, // ID 50712 (the query's)
        0x80, 0x05, // flags: qr opcode 0 rcode 5
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_refused_no_rd() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+norec", "www.example"],
            replies: &[FIX_REFUSED_NO_RD],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +norec www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: 50712\n",
                ";; flags: qr; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
                ";; MSG SIZE  rcvd: 40\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_RCODE_UNASSIGNED: &[u8] = &[
        0x9e, 0xe7, // ID 40679 (the query's)
        0x81, 0x8c, // flags: qr rd ra opcode 0 rcode 12
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    ];

    #[test]
    fn dig_rcode_unassigned() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
            replies: &[FIX_RCODE_UNASSIGNED],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: RESERVED12, id: 40679\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
                ";; MSG SIZE  rcvd: 29\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_EXT_RCODE_BADVERS: &[u8] = &[
        0xf2, 0x86, // ID 62086 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x01, 0x00, 0x00, 0x00, // ext-rcode 1, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_ext_rcode_badvers() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_EXT_RCODE_BADVERS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: BADVERS, id: 62086\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
                ";; MSG SIZE  rcvd: 40\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_EXT_RCODE_UNKNOWN: &[u8] = &[
        0xa3, 0x28, // ID 41768 (the query's)
        0x81, 0x81, // flags: qr rd ra opcode 0 rcode 1
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x02, 0x00, 0x00, 0x00, // ext-rcode 2, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_ext_rcode_unknown() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_EXT_RCODE_UNKNOWN],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: ?33, id: 41768\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 40\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_FORMERR_NO_OPT: &[u8] = &[
        0xfb, 0xa0, // ID 64416 (the query's)
        0x81, 0x81, // flags: qr rd ra opcode 0 rcode 1
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    ];

    #[test]
    fn dig_formerr_no_opt() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_FORMERR_NO_OPT],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: FORMERR, id: 64416\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; WARNING: EDNS query returned status FORMERR - retry with '+noedns'\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 29\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOTIMP_NO_OPT_DNSSEC: &[u8] = &[
        0x04, 0x36, // ID 1078 (the query's)
        0x81, 0x84, // flags: qr rd ra opcode 0 rcode 4
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    ];

    #[test]
    fn dig_notimp_no_opt_dnssec() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+dnssec", "www.example"],
            replies: &[FIX_NOTIMP_NO_OPT_DNSSEC],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +dnssec www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOTIMP, id: 1078\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; WARNING: EDNS query returned status NOTIMP - retry with '+nodnssec +noedns'\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 29\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_FORMERR_NOEDNS: &[u8] = &[
        0xc7, 0x7f, // ID 51071 (the query's)
        0x81, 0x81, // flags: qr rd ra opcode 0 rcode 1
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    ];

    #[test]
    fn dig_formerr_noedns() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
            replies: &[FIX_FORMERR_NOEDNS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: FORMERR, id: 51071\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 29\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_EXTRA_BYTES: &[u8] = &[
        0xf8, 0xf6, // ID 63734 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
        0xde, 0xad, 0xbe, // three bytes past the last record
    ];

    #[test]
    fn dig_extra_bytes() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_EXTRA_BYTES],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 63734\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                ";; WARNING: Message has 3 extra bytes at end\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 70\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_EXTRA_BYTE_ONE: &[u8] = &[
        0x1b, 0x8f, // ID 7055 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // one byte past the last record
    ];

    #[test]
    fn dig_extra_byte_one() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
            replies: &[FIX_EXTRA_BYTE_ONE],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 7055\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
                ";; WARNING: Message has 1 extra bytes at end\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 57\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_DOT_LOCAL: &[u8] = &[
        0xb6, 0xd0, // ID 46800 (the query's)
        0x81, 0x83, // flags: qr rd ra opcode 0 rcode 3
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x07, 0x70, 0x72, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x05, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x00, // QNAME printer.local.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_dot_local() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "printer.local"],
            replies: &[FIX_DOT_LOCAL],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 printer.local\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; WARNING: .local is reserved for Multicast DNS\n",
                ";; You are currently testing what happens when an mDNS query is leaked to DNS\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 46800\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";printer.local.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 42\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_FLAGS_MBZ_VERSION: &[u8] = &[
        0xb3, 0x93, // ID 45971 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x10, 0x00, // TYPE OPT, UDP payload 4096
        0x00, 0x01, 0xc1, 0x23, // ext-rcode 0, version 1, flags 0xc123
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_opt_flags_mbz_version() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+dnssec", "www.example"],
            replies: &[FIX_OPT_FLAGS_MBZ_VERSION],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +dnssec www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 45971\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 1, flags: do co; MBZ: 0x0123, udp: 4096\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 40\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_CO_ONLY: &[u8] = &[
        0x68, 0x01, // ID 26625 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x02, 0x00, // TYPE OPT, UDP payload 512
        0x00, 0x00, 0x40, 0x00, // ext-rcode 0, version 0, flags 0x4000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_opt_co_only() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_CO_ONLY],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 26625\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags: co; udp: 512\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 40\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_NSID: &[u8] = &[
        0x5a, 0xcb, // ID 23243 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x1d, // RDLENGTH 29
        0x00, 0x03, 0x00, 0x0b, // option NSID (3), length 11
        0x6e, 0x73, 0x31, 0x2e, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, // option value
        0x00, 0x03, 0x00, 0x06, // option NSID (3), length 6
        0x00, 0x01, 0x62, 0x69, 0x6e, 0xff, // option value
        0x00, 0x03, 0x00, 0x00, // option NSID (3), length 0
    ];

    #[test]
    fn dig_opt_nsid() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nsid", "www.example"],
            replies: &[FIX_OPT_NSID],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nsid www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 23243\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; NSID: 6e 73 31 2e 65 78 61 6d 70 6c 65 (\"ns1.example\")\n",
                "; NSID: 00 01 62 69 6e ff (\"..bin.\")\n",
                "; NSID:\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 69\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_COOKIE_GOOD_ECHOED: &[u8] = &[
        0x68, 0xe1, // ID 26849 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x0c, // RDLENGTH 12
        0x00, 0x0a, 0x00, 0x08, // option COOKIE (10), length 8
        0xca, 0x6b, 0x68, 0x04, 0x65, 0xf5, 0x78, 0x97, // option value: the client cookie dig sent, then the server cookie
    ];

    #[test]
    fn dig_opt_cookie_good_echoed() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_COOKIE_GOOD_ECHOED],
            query: None,
            cookie: CookieCheck::Good,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 26849\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: ca6b680465f57897 (echoed)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 52\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_COOKIE_BAD: &[u8] = &[
        0x7a, 0xf1, // ID 31473 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x1c, // RDLENGTH 28
        0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44, 0xef, // option value
        0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
    ];

    #[test]
    fn dig_opt_cookie_bad() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_COOKIE_BAD],
            query: None,
            cookie: CookieCheck::Bad,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 31473\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: ffffffffffffffff010000006b0244ef299a1ba06d1e4601 (bad)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 68\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_COOKIE_TWICE: &[u8] = &[
        0x12, 0x75, // ID 4725 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x28, // RDLENGTH 40
        0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
        0x7f, 0x61, 0xc8, 0x88, 0x77, 0xbc, 0x35, 0xcc, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
        0xef, // option value: the client cookie dig sent, then the server cookie
        0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01, 0x00, 0x0a, 0x00, 0x08, // option COOKIE (10), length 8
        0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, // option value
    ];

    #[test]
    fn dig_opt_cookie_twice() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_COOKIE_TWICE],
            query: None,
            cookie: CookieCheck::Good,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4725\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: 7f61c88877bc35cc010000006b0244ef299a1ba06d1e4601 (good)\n",
                "; COOKIE: aaaaaaaaaaaaaaaa (echoed)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 80\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_EXPIRE_KEEPALIVE_PAD: &[u8] = &[
        0x01, 0x4d, // ID 333 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x62, // RDLENGTH 98
        0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
        0x00, 0x12, 0x75, 0x00, // option value
        0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
        0x00, 0x00, 0x00, 0x00, // option value
        0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
        0x00, 0x01, 0x5f, 0xcd, // option value
        0x00, 0x09, 0x00, 0x00, // option EXPIRE (9), length 0
        0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
        0xff, 0xff, 0xff, 0xff, // option value
        0x00, 0x0b, 0x00, 0x02, // option TCP-KEEPALIVE (11), length 2
        0x00, 0x7b, // option value
        0x00, 0x0b, 0x00, 0x00, // option TCP-KEEPALIVE (11), length 0
        0x00, 0x0b, 0x00, 0x03, // option TCP-KEEPALIVE (11), length 3
        0x01, 0x02, 0x03, // option value
        0x00, 0x0c, 0x00, 0x00, // option PADDING (12), length 0
        0x00, 0x0c, 0x00, 0x25, // option PADDING (12), length 37
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // option value
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    #[test]
    fn dig_opt_expire_keepalive_pad() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_EXPIRE_KEEPALIVE_PAD],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 333\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; EXPIRE: 1209600 (2 weeks)\n",
                "; EXPIRE: 0 (0 seconds)\n",
                "; EXPIRE: 90061 (1 day 1 hour 1 minute 1 second)\n",
                "; EXPIRE:\n",
                "; EXPIRE: 4294967295 (7101 weeks 3 days 6 hours 28 minutes 15 seconds)\n",
                "; TCP KEEPALIVE: 12.3 secs\n",
                "; TCP KEEPALIVE:\n",
                "; TCP KEEPALIVE: 01 02 03 (\"...\")\n",
                "; PAD:\n",
                "; PAD: (37 bytes)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 138\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_KEYTAG_TAGS: &[u8] = &[
        0xb2, 0x70, // ID 45680 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x1c, // RDLENGTH 28
        0x00, 0x0e, 0x00, 0x06, // option KEY-TAG (14), length 6
        0x4f, 0x66, 0x00, 0x01, 0xff, 0xff, // option value
        0x00, 0x0e, 0x00, 0x02, // option KEY-TAG (14), length 2
        0x01, 0x02, // option value
        0x00, 0x10, 0x00, 0x02, // option CLIENT-TAG (16), length 2
        0x00, 0x07, // option value
        0x00, 0x11, 0x00, 0x02, // option SERVER-TAG (17), length 2
        0xff, 0xff, // option value
    ];

    #[test]
    fn dig_opt_keytag_tags() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_KEYTAG_TAGS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 45680\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; KEY-TAG: 20326, 1, 65535\n",
                "; KEY-TAG: 258\n",
                "; CLIENT-TAG: 7\n",
                "; SERVER-TAG: 65535\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 68\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_EDE: &[u8] = &[
        0x05, 0x19, // ID 1305 (the query's)
        0x81, 0x82, // flags: qr rd ra opcode 0 rcode 2
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x4c, // RDLENGTH 76
        0x00, 0x0f, 0x00, 0x02, // option EDE (15), length 2
        0x00, 0x12, // option value
        0x00, 0x0f, 0x00, 0x18, // option EDE (15), length 24
        0x00, 0x06, 0x76, 0x61, 0x6c, 0x69, 0x64, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x66, 0x61, 0x69, // option value
        0x6c, 0x75, 0x72, 0x65, 0x20, 0x3c, 0x41, 0x3e, 0x00, 0x0f, 0x00, 0x0b, // option EDE (15), length 11
        0x00, 0x03, 0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x98, 0x83, // option value
        0x00, 0x0f, 0x00, 0x0a, // option EDE (15), length 10
        0x00, 0x18, 0x74, 0x61, 0x62, 0x09, 0x68, 0x65, 0x72, 0x65, // option value
        0x00, 0x0f, 0x00, 0x02, // option EDE (15), length 2
        0x00, 0x19, // option value
        0x00, 0x0f, 0x00, 0x03, // option EDE (15), length 3
        0x03, 0xe7, 0x78, // option value
    ];

    #[test]
    fn dig_opt_ede() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_EDE],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1305\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; EDE: 18 (Prohibited)\n",
                "; EDE: 6 (DNSSEC Bogus): (validation failure <A>)\n",
                "; EDE: 3 (Stale Answer): (café ☃)\n",
                "; EDE: 24 (Invalid Data): (tab.here)\n",
                "; EDE: 25\n",
                "; EDE: 999: (x)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 116\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_ECS: &[u8] = &[
        0xbb, 0xc7, // ID 48071 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x77, // RDLENGTH 119
        0x00, 0x08, 0x00, 0x07, // option CLIENT-SUBNET (8), length 7
        0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, // option value
        0x00, 0x08, 0x00, 0x08, // option CLIENT-SUBNET (8), length 8
        0x00, 0x02, 0x20, 0x30, 0x20, 0x01, 0x0d, 0xb8, // option value
        0x00, 0x08, 0x00, 0x04, // option CLIENT-SUBNET (8), length 4
        0x00, 0x00, 0x00, 0x00, // option value
        0x00, 0x08, 0x00, 0x04, // option CLIENT-SUBNET (8), length 4
        0x00, 0x02, 0x00, 0x00, // option value
        0x00, 0x08, 0x00, 0x08, // option CLIENT-SUBNET (8), length 8
        0x00, 0x01, 0x19, 0x20, 0xc0, 0x00, 0x02, 0x80, // option value
        0x00, 0x08, 0x00, 0x14, // option CLIENT-SUBNET (8), length 20
        0x00, 0x02, 0x80, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, // option value
        0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x10, // option CLIENT-SUBNET (8), length 16
        0x00, 0x02, 0x60, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, // option value
        0x00, 0x08, 0x00, 0x14, // option CLIENT-SUBNET (8), length 20
        0x00, 0x02, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // option value
        0x00, 0x00, 0x00, 0x01,
    ];

    #[test]
    fn dig_opt_ecs() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_ECS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 48071\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; CLIENT-SUBNET: 192.0.2.0/24/0\n",
                "; CLIENT-SUBNET: 2001:db8::/32/48\n",
                "; CLIENT-SUBNET: 0/0/0\n",
                "; CLIENT-SUBNET: ::/0/0\n",
                "; CLIENT-SUBNET: 192.0.2.128/25/32\n",
                "; CLIENT-SUBNET: ::ffff:0.0.0.0/128/128\n",
                "; CLIENT-SUBNET: ::ffff:0.0.0.0/96/0\n",
                "; CLIENT-SUBNET: ::1/128/0\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 159\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OPT_LLQ_UNKNOWN: &[u8] = &[
        0xe0, 0xae, // ID 57518 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x37, // RDLENGTH 55
        0x00, 0x01, 0x00, 0x12, // option LLQ (1), length 18
        0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, // option value
        0x0e, 0x10, 0xfd, 0xe9, 0x00, 0x02, // option ? (65001), length 2
        0xab, 0xcd, // option value
        0xfd, 0xea, 0x00, 0x00, // option ? (65002), length 0
        0x00, 0x04, 0x00, 0x0e, // option ? (4), length 14
        0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x7f, 0x7e, 0x20, // option value
        0x00, 0x02, 0x00, 0x01, // option ? (2), length 1
        0x00, // option value
    ];

    #[test]
    fn dig_opt_llq_unknown() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_OPT_LLQ_UNKNOWN],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 57518\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; LLQ: Version: 1, Opcode: 2, Error: 3, Identifier: 9223372036854775813, Lifetime: 3600\n",
                "; OPT=65001: ab cd (\"..\")\n",
                "; OPT=65002:\n",
                "; OPT=4: 68 65 6c 6c 6f 20 77 6f 72 6c 64 7f 7e 20 (\"hello world.~ \")\n",
                "; OPT=2: 00 (\".\")\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 95\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_SHORT_BASIC: &[u8] = &[
        0xfa, 0x35, // ID 64053 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x03, 0x00, 0x01, 0x00, 0x01, // QD 1, AN 3, NS 1, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x77, 0x65, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA web.example.
        0x03, 0x77, 0x65, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner web.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x03, 0x77, 0x65, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner web.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x02, // RDATA 192.0.2.2
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0c, // RDLENGTH 12
        0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns.example.
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_short_basic() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "www.example"],
            replies: &[FIX_SHORT_BASIC],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!("web.example.\n", "192.0.2.1\n", "192.0.2.2\n",),
            fatal: None,
        });
    }

    const FIX_SHORT_IDENTIFY: &[u8] = &[
        0x03, 0x74, // ID 884 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x10, 0x00, 0x01, // QTYPE TXT, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x10, 0x00, 0x01, // TYPE TXT, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x12, // RDLENGTH 18
        0x0d, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x22, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x22, 0x03, 0x00, // RDATA TXT
        0xff, 0x3b, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x10, 0x00, 0x01, // TYPE TXT, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x01, // RDLENGTH 1
        0x00, // RDATA TXT empty
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_short_identify() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "+identify", "www.example", "txt"],
            replies: &[FIX_SHORT_IDENTIFY],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\"hello \\\"world\\\"\" \"\\000\\255;\" from server 127.0.0.1 in 4 ms.\n",
                "\"\" from server 127.0.0.1 in 4 ms.\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOSTATS_IDENTIFY: &[u8] = &[
        0x07, 0x7a, // ID 1914 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_nostats_identify() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nostats", "+identify", "www.example"],
            replies: &[FIX_NOSTATS_IDENTIFY],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nostats +identify www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1914\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; Received 67 bytes from 127.0.0.1#5399(127.0.0.1) in 4 ms\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOTTLID_NOCLASS: &[u8] = &[
        0x95, 0x7e, // ID 38270 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x2b, // RDLENGTH 43
        0x00, 0x14, 0x1f, 0x61, 0x2d, 0x76, 0x65, 0x72, 0x79, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d, 0x6d, // RDATA 20 ...
        0x61, 0x69, 0x6c, 0x2d, 0x65, 0x78, 0x63, 0x68, 0x61, 0x6e, 0x67, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61,
        0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_nottlid_noclass() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nottlid", "+noclass", "example", "mx"],
            replies: &[FIX_NOTTLID_NOCLASS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nottlid +noclass example mx\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 38270\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\tIN MX\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\tMX\t10 mail.example.\n",
                "example.\t\tMX\t20 a-very-long-mail-exchanger-name.example.\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 133\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOTTLID: &[u8] = &[
        0xdf, 0xe6, // ID 57318 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_nottlid() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nottlid", "example", "mx"],
            replies: &[FIX_NOTTLID],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nottlid example mx\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 57318\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\tIN\tMX\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\tIN\tMX\t10 mail.example.\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 71\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOCLASS: &[u8] = &[
        0x02, 0x68, // ID 616 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_noclass() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noclass", "example", "mx"],
            replies: &[FIX_NOCLASS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noclass example mx\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 616\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\tIN\tMX\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t300\tMX\t10 mail.example.\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 71\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_TTLUNITS_LONG_OWNER: &[u8] = &[
        0xd7, 0x91, // ID 55185 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 4, NS 0, AR 1
        0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
        0x6f, // QNAME a-rather-long-owner-name.example.
        0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
        0x01, // QTYPE A, QCLASS IN
        0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
        0x6f, // owner a-rather-long-owner-name.example.
        0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
        0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
        0x6f, // owner a-rather-long-owner-name.example.
        0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
        0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
        0x6f, // owner a-rather-long-owner-name.example.
        0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
        0x01, // TYPE A, CLASS IN
        0x00, 0x01, 0x5f, 0xcd, // TTL 90061
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
        0x6f, // owner a-rather-long-owner-name.example.
        0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
        0x01, // TYPE A, CLASS IN
        0x00, 0x1b, 0xaf, 0x85, // TTL 1814405
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_ttlunits_long_owner() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+ttlunits", "a-rather-long-owner-name.example", "a"],
            replies: &[FIX_TTLUNITS_LONG_OWNER],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +ttlunits a-rather-long-owner-name.example a\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 55185\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 4, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";a-rather-long-owner-name.example. IN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "a-rather-long-owner-name.example. 0s IN\tA\t192.0.2.1\n",
                "a-rather-long-owner-name.example. 1m IN\tA\t192.0.2.1\n",
                "a-rather-long-owner-name.example. 1d1h1m1s IN A\t192.0.2.1\n",
                "a-rather-long-owner-name.example. 3w5s IN A\t192.0.2.1\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
                ";; MSG SIZE  rcvd: 253\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_OWNER_COLUMNS: &[u8] = &[
        0xa8, 0x02, // ID 43010 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 4, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x06, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x00, // owner exampl.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0xff, 0xff, 0xff, 0xff, // TTL 4294967295
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x17, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuvw.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0xff, 0xff, 0xff, 0xff, // TTL 4294967295
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x18, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuvwx.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0xff, 0xff, 0xff, 0xff, // TTL 4294967295
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x1e, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuvwxyz0123.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x30, 0x31, 0x32, 0x33, 0x00, 0x00, 0x01, 0x00,
        0x01, // TYPE A, CLASS IN
        0xff, 0xff, 0xff, 0xff, // TTL 4294967295
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    ];

    #[test]
    fn dig_owner_columns() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+answer", "+multiline", "example", "a"],
            replies: &[FIX_OWNER_COLUMNS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "exampl.\t\t\t4294967295 IN A\t192.0.2.1\n",
                "abcdefghijklmnopqrstuvw. 4294967295 IN A 192.0.2.1\n",
                "abcdefghijklmnopqrstuvwx. 4294967295 IN\tA 192.0.2.1\n",
                "abcdefghijklmnopqrstuvwxyz0123.\t4294967295 IN A\t192.0.2.1\n",
            ),
            fatal: None,
        });
    }

    const FIX_OWNER_COLUMNS_DEFAULT: &[u8] = &[
        0x99, 0x24, // ID 39204 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 5, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x06, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x00, // owner exampl.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x12, 0xd6, 0x87, // TTL 1234567
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x16, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuv.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x12, 0xd6, 0x87, // TTL 1234567
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x17, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuvw.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x12, 0xd6, 0x87, // TTL 1234567
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x18, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuvwx.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x12, 0xd6, 0x87, // TTL 1234567
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x2a, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
        0x6f, // owner abcdefghijklmnopqrstuvwxyz0123456789abcdef.
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61,
        0x62, 0x63, 0x64, 0x65, 0x66, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x12, 0xd6, 0x87, // TTL 1234567
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    ];

    #[test]
    fn dig_owner_columns_default() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+answer", "example", "a"],
            replies: &[FIX_OWNER_COLUMNS_DEFAULT],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "exampl.\t\t\t1234567\tIN\tA\t192.0.2.1\n",
                "abcdefghijklmnopqrstuv.\t1234567\tIN\tA\t192.0.2.1\n",
                "abcdefghijklmnopqrstuvw. 1234567 IN\tA\t192.0.2.1\n",
                "abcdefghijklmnopqrstuvwx. 1234567 IN\tA\t192.0.2.1\n",
                "abcdefghijklmnopqrstuvwxyz0123456789abcdef. 1234567 IN A 192.0.2.1\n",
            ),
            fatal: None,
        });
    }

    const FIX_MULTILINE_SOA: &[u8] = &[
        0x97, 0x67, // ID 38759 (the query's)
        0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x78, 0xc2, 0x75, 0xf4, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_multiline_soa() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+multiline", "example", "soa"],
            replies: &[FIX_MULTILINE_SOA],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +multiline example soa\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 38759\n",
                ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                ";; WARNING: recursion requested but not available\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\tIN SOA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t300 IN SOA ns1.example. hostmaster.example. (\n",
                "\t\t\t\t2026010100 ; serial\n",
                "\t\t\t\t7200       ; refresh (2 hours)\n",
                "\t\t\t\t3600       ; retry (1 hour)\n",
                "\t\t\t\t1209600    ; expire (2 weeks)\n",
                "\t\t\t\t300        ; minimum (5 minutes)\n",
                "\t\t\t\t)\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 108\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_UNKNOWNFORMAT: &[u8] = &[
        0x05, 0x99, // ID 1433 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_unknownformat() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+unknownformat", "example", "mx"],
            replies: &[FIX_UNKNOWNFORMAT],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +unknownformat example mx\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1433\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\t\tCLASS1\tTYPE15\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t300\tCLASS1\tTYPE15\t\\# 16 000A046D61696C076578616D706C6500\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 71\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOCOMMENTS: &[u8] = &[
        0x90, 0x55, // ID 36949 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x02, // QD 1, AN 1, NS 1, AR 2
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0c, // RDLENGTH 12
        0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns.example.
        0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner mail.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x19, // RDATA 192.0.2.25
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_nocomments() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nocomments", "example", "mx"],
            replies: &[FIX_NOCOMMENTS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nocomments example mx\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";example.\t\t\tIN\tMX\n",
                "example.\t\t300\tIN\tMX\t10 mail.example.\n",
                "example.\t\t300\tIN\tNS\tns.example.\n",
                "mail.example.\t\t300\tIN\tA\t192.0.2.25\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 130\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOALL_ANSWER_AUTHORITY: &[u8] = &[
        0x33, 0x51, // ID 13137 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x02, // QD 1, AN 0, NS 1, AR 2
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0c, // RDLENGTH 12
        0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns.example.
        0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner ns.example.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x53, // RDATA 2001:db8::53
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_noall_answer_authority() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+answer", "+authority", "+additional", "example", "mx"],
            replies: &[FIX_NOALL_ANSWER_AUTHORITY],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!("example.\t\t300\tIN\tNS\tns.example.\n", "ns.example.\t\t300\tIN\tAAAA\t2001:db8::53\n",),
            fatal: None,
        });
    }

    const FIX_QR_QUERY: &[u8] = &[
        0xc3, 0x20, // ID 49952 (the query's)
        0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x0a, // RDATA 192.0.2.10
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x1c, // RDLENGTH 28
        0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
        0xd6, 0xb3, 0x2e, 0xab, 0xa5, 0x4b, 0x6e, 0xb6, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
        0xef, // option value: the client cookie dig sent, then the server cookie
        0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
    ];

    const QUERY_QR_QUERY: &[u8] = &[
        // the query dig sent
        0xc3, 0x20, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
        0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x00, 0x0a, 0x00, 0x08,
        0xd6, 0xb3, 0x2e, 0xab, 0xa5, 0x4b, 0x6e, 0xb6,
    ];

    #[test]
    fn dig_qr_query() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+qr", "www.example"],
            replies: &[FIX_QR_QUERY],
            query: Some(QUERY_QR_QUERY),
            cookie: CookieCheck::Good,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Sending:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 49952\n",
                ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: d6b32eaba54b6eb6\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; QUERY SIZE: 52\n",
                "\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 49952\n",
                ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                ";; WARNING: recursion requested but not available\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: d6b32eaba54b6eb6010000006b0244ef299a1ba06d1e4601 (good)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.10\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 95\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_QR_NSID_EXPIRE: &[u8] = &[
        0xff, 0x5a, // ID 65370 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x03, 0x00, 0x01, // option NSID (3), length 1
        0x78, // option value
        0x00, 0x08, 0x00, 0x07, // option CLIENT-SUBNET (8), length 7
        0x00, 0x01, 0x18, 0x18, 0xc0, 0x00, 0x02, // option value
    ];

    const QUERY_QR_NSID_EXPIRE: &[u8] = &[
        // the query dig sent
        0xff, 0x5a, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
        0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x19, 0x00, 0x03, 0x00, 0x00,
        0x00, 0x08, 0x00, 0x07, 0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, 0x00, 0x09, 0x00, 0x00, 0xfd, 0xe9, 0x00, 0x02, 0xab, 0xcd,
    ];

    #[test]
    fn dig_qr_nsid_expire() {
        check(&Case {
            args: &[
                "-p",
                "5399",
                "@127.0.0.1",
                "+tries=1",
                "+time=2",
                "+qr",
                "+nsid",
                "+expire",
                "+nocookie",
                "+subnet=192.0.2.0/24",
                "+ednsopt=65001:abcd",
                "www.example",
            ],
            replies: &[FIX_QR_NSID_EXPIRE],
            query: Some(QUERY_QR_NSID_EXPIRE),
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr +nsid +expire +nocookie +subnet=192.0.2.0/24 +ednsopt=65001:abcd www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Sending:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 65370\n",
                ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; NSID:\n",
                "; CLIENT-SUBNET: 192.0.2.0/24/0\n",
                "; EXPIRE:\n",
                "; OPT=65001: ab cd (\"..\")\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; QUERY SIZE: 65\n",
                "\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 65370\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; NSID: 78 (\"x\")\n",
                "; CLIENT-SUBNET: 192.0.2.0/24/24\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 56\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_QR_NOEDNS_HEADER_FLAGS: &[u8] = &[
        0x44, 0xb2, // ID 17586 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    ];

    const QUERY_QR_NOEDNS_HEADER_FLAGS: &[u8] = &[
        // the query dig sent
        0x44, 0xb2, 0x06, 0xf0, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
        0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01,
    ];

    #[test]
    fn dig_qr_noedns_header_flags() {
        check(&Case {
            args: &[
                "-p",
                "5399",
                "@127.0.0.1",
                "+tries=1",
                "+time=2",
                "+qr",
                "+noedns",
                "+norec",
                "+aaflag",
                "+adflag",
                "+cdflag",
                "+zflag",
                "+tcflag",
                "+raflag",
                "www.example",
            ],
            replies: &[FIX_QR_NOEDNS_HEADER_FLAGS],
            query: Some(QUERY_QR_NOEDNS_HEADER_FLAGS),
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr +noedns +norec +aaflag +adflag +cdflag +zflag +tcflag +raflag www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Sending:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 17586\n",
                ";; flags: aa tc ra ad cd; MBZ: 0x4; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; QUERY SIZE: 29\n",
                "\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 17586\n",
                ";; flags: qr aa; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 29\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_UPDATE_OPCODE: &[u8] = &[
        0x08, 0x9a, // ID 2202 (the query's)
        0xa8, 0x00, // flags: qr opcode 5 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // QD 1, AN 1, NS 1, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0xff, // TYPE A, CLASS ANY
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x00, // RDLENGTH 0
        0x03, 0x6f, 0x6c, 0x64, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner old.example.
        0x00, 0x01, 0x00, 0xfe, // TYPE A, CLASS NONE
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x09, // RDATA 192.0.2.9
    ];

    #[test]
    fn dig_update_opcode() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+opcode=update", "+noedns", "example", "soa"],
            replies: &[FIX_UPDATE_OPCODE],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +opcode=update +noedns example soa\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: UPDATE, status: NOERROR, id: 2202\n",
                ";; flags: qr; QUERY: 1, ANSWER: 1, AUTHORITY: 1, ADDITIONAL: 0\n",
                "\n",
                ";; ZONE SECTION:\n",
                ";example.\t\t\tIN\tSOA\n",
                "\n",
                ";; PREREQUISITE SECTION:\n",
                "www.example.\t\t0\tANY\tA\t\n",
                "\n",
                ";; UPDATE SECTION:\n",
                "old.example.\t\t0\tNONE\tA\t\\# 4 C0000209\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 75\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_NOTIFY_OPCODE: &[u8] = &[
        0x17, 0x67, // ID 5991 (the query's)
        0xa4, 0x00, // flags: qr aa opcode 4 rcode 0
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
    ];

    #[test]
    fn dig_notify_opcode() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+opcode=notify", "+noedns", "example", "soa"],
            replies: &[FIX_NOTIFY_OPCODE],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +opcode=notify +noedns example soa\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: NOTIFY, status: NOERROR, id: 5991\n",
                ";; flags: qr aa; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\t\tIN\tSOA\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 25\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_TSIG_PSEUDOSECTION: &[u8] = &[
        0x33, 0xa9, // ID 13225 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x03, 0x6b, 0x65, 0x79, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner key.example.
        0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS ANY
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x21, // RDLENGTH 33
        0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, 0x00, 0x00,
        0x65, // RDATA TSIG hmac-sha256, time, fudge 300, MAC 01020304, id 4242, BADSIG
        0x53, 0xf1, 0x00, 0x01, 0x2c, 0x00, 0x04, 0x01, 0x02, 0x03, 0x04, 0x10, 0x92, 0x00, 0x10, 0x00, 0x00,
    ];

    #[test]
    fn dig_tsig_pseudosection() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
            replies: &[FIX_TSIG_PSEUDOSECTION],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 13225\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; TSIG PSEUDOSECTION:\n",
                "key.example.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 4 AQIDBA== 4242 BADSIG 0 \n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 112\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_TSIG_NOCOMMENTS: &[u8] = &[
        0xcc, 0x76, // ID 52342 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x03, 0x6b, 0x65, 0x79, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner key.example.
        0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS ANY
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x1d, // RDLENGTH 29
        0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, 0x00, 0x00, 0x65, // RDATA TSIG
        0x53, 0xf1, 0x00, 0x01, 0x2c, 0x00, 0x00, 0x10, 0x92, 0x00, 0x00, 0x00, 0x00,
    ];

    #[test]
    fn dig_tsig_nocomments() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nocomments", "+noedns", "www.example"],
            replies: &[FIX_TSIG_NOCOMMENTS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nocomments +noedns www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";www.example.\t\t\tIN\tA\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "key.example.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 0 4242 NOERROR 0 \n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 108\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_SIG0_PSEUDOSECTION: &[u8] = &[
        0xbf, 0x33, // ID 48947 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // owner .
        0x00, 0x18, 0x00, 0xff, // TYPE SIG, CLASS ANY
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x1f, // RDLENGTH 31
        0x00, 0x00, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x00, 0x65, 0x53, 0xf2, 0x2c, 0x65, 0x53, 0xf1, 0x00, // RDATA SIG(0)
        0x30, 0x39, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x01, 0x02, 0x03, 0x04,
    ];

    #[test]
    fn dig_sig0_pseudosection() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
            replies: &[FIX_SIG0_PSEUDOSECTION],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 48947\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; SIG0 PSEUDOSECTION:\n",
                ".\t\t\t0\tANY\tSIG\t0 13 0 0 20231114221820 20231114221320 12345 example. AQIDBA==\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 98\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_DNSKEY_MULTILINE: &[u8] = &[
        0x6b, 0x5e, // ID 27486 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x30, 0x00, 0x01, // QTYPE DNSKEY, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
        0x00, 0x00, 0x0e, 0x10, // TTL 3600
        0x00, 0x44, // RDLENGTH 68
        0x01, 0x01, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY 257 3 13
        0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
        0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
        0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x2e, 0x00, 0x01, // TYPE RRSIG, CLASS IN
        0x00, 0x00, 0x0e, 0x10, // TTL 3600
        0x00, 0x5b, // RDLENGTH 91
        0x00, 0x30, 0x0d, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x77, 0x35, 0x94, 0x00, 0x65, 0x53, 0xf1, 0x00, // RDATA RRSIG DNSKEY
        0x10, 0xe1, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a,
        0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f, 0x60,
        0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76,
        0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f, 0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x80, 0x00, // ext-rcode 0, version 0, flags 0x8000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_dnskey_multiline() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+multiline", "example", "dnskey"],
            replies: &[FIX_DNSKEY_MULTILINE],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +multiline example dnskey\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 27486\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags: do; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\tIN DNSKEY\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t3600 IN\tDNSKEY 257 3 13 (\n",
                "\t\t\t\tAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g\n",
                "\t\t\t\tISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==\n",
                "\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = 59409\n",
                "example.\t\t3600 IN\tRRSIG DNSKEY 13 1 3600 (\n",
                "\t\t\t\t20330518033320 20231114221320 4321 example.\n",
                "\t\t\t\tQEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9g\n",
                "\t\t\t\tYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+fw== )\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 233\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_DNSKEY_SPLIT_NOCRYPTO: &[u8] = &[
        0x18, 0x24, // ID 6180 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x30, 0x00, 0x01, // QTYPE DNSKEY, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
        0x00, 0x00, 0x0e, 0x10, // TTL 3600
        0x00, 0x44, // RDLENGTH 68
        0x01, 0x00, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY 256 3 13
        0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
        0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
        0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_dnskey_split_nocrypto() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+split=16", "+nocrypto", "example", "dnskey"],
            replies: &[FIX_DNSKEY_SPLIT_NOCRYPTO],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +split=16 +nocrypto example dnskey\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 6180\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\t\tIN\tDNSKEY\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t3600\tIN\tDNSKEY\t256 3 13 [key id = 59408]\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 123\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_DNSKEY_NOSPLIT_RRCOMMENTS: &[u8] = &[
        0x23, 0x39, // ID 9017 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x30, 0x00, 0x01, // QTYPE DNSKEY, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
        0x00, 0x00, 0x0e, 0x10, // TTL 3600
        0x00, 0x44, // RDLENGTH 68
        0x01, 0x00, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY 256 3 13
        0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
        0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
        0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_dnskey_nosplit_rrcomments() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nosplit", "+rrcomments", "example", "dnskey"],
            replies: &[FIX_DNSKEY_NOSPLIT_RRCOMMENTS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nosplit +rrcomments example dnskey\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 9017\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\t\tIN\tDNSKEY\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t3600\tIN\tDNSKEY\t256 3 13 AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==  ; ZSK; alg = ECDSAP256SHA256 ; key id = 59408\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 123\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_SHORT_SPLIT_EXPANDAAAA: &[u8] = &[
        0x87, 0x8e, // ID 34702 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xff, 0x00, 0x01, // QTYPE ANY, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // RDATA 2001:db8::1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
        0x00, 0x00, 0x0e, 0x10, // TTL 3600
        0x00, 0x2c, // RDLENGTH 44
        0x01, 0x00, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY
        0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
        0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_short_split_expandaaaa() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "+split=8", "+expandaaaa", "example", "any"],
            replies: &[FIX_SHORT_SPLIT_EXPANDAAAA],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "2001:0db8:0000:0000:0000:0000:0000:0001\n",
                "256 3 13 AAECAwQF BgcICQoL DA0ODxAR EhMUFRYX GBkaGxwd Hh8gISIj JCUmJw==\n",
            ),
            fatal: None,
        });
    }

    const FIX_ESCAPED_NAMES: &[u8] = &[
        0xef, 0xdc, // ID 61404 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x05, 0x61, 0x2e, 0x62, 0x20, 0x63, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner a\.b\ c.example.
        0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x0b, // RDLENGTH 11
        0x01, 0x78, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA x
        0x03, 0x6f, 0x64, 0x64, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner odd.example.
        0x00, 0x0c, 0x00, 0x01, // TYPE PTR, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x00, 0xff, 0x22, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA bytes 00 ff 22
    ];

    #[test]
    fn dig_escaped_names() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+question", "+answer", "www.example"],
            replies: &[FIX_ESCAPED_NAMES],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                ";www.example.\t\t\tIN\tA\n",
                "a\\.b\\032c.example.\t1\tIN\tCNAME\tx.example.\n",
                "odd.example.\t\t1\tIN\tPTR\t\\000\\255\\\".example.\n",
            ),
            fatal: None,
        });
    }

    const FIX_COMPRESSED_NAMES: &[u8] = &[
        0x5f, 0x8e, // ID 24462 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example. (offset 12)
        0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
        0xc0, 0x0c, // owner www.example.
        0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x09, // RDLENGTH 9
        0x00, 0x05, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0xc0, 0x10, // RDATA 5 mail.<ptr example.>
    ];

    #[test]
    fn dig_compressed_names() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example", "mx"],
            replies: &[FIX_COMPRESSED_NAMES],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example mx\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 24462\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tMX\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t300\tIN\tMX\t5 mail.example.\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 50\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_YAML_BASIC: &[u8] = &[
        0xdb, 0x65, // ID 56165 (the query's)
        0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x10, 0x00, 0x01, // TYPE TXT, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x05, // RDLENGTH 5
        0x04, 0x69, 0x74, 0x27, 0x73, // RDATA TXT it's
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x80, 0x10, // ext-rcode 0, version 0, flags 0x8010
        0x00, 0x60, // RDLENGTH 96
        0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
        0xa3, 0xf7, 0xfd, 0x60, 0x92, 0xa4, 0x86, 0x20, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
        0xef, // option value: the client cookie dig sent, then the server cookie
        0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01, 0x00, 0x03, 0x00, 0x02, // option NSID (3), length 2
        0x6e, 0x73, // option value
        0x00, 0x0f, 0x00, 0x04, // option EDE (15), length 4
        0x00, 0x12, 0x6e, 0x6f, // option value
        0x00, 0x0f, 0x00, 0x02, // option EDE (15), length 2
        0x00, 0x03, // option value
        0x00, 0x0f, 0x00, 0x04, // option EDE (15), length 4
        0x00, 0x04, 0xc3, 0xa9, // option value
        0x00, 0x08, 0x00, 0x07, // option CLIENT-SUBNET (8), length 7
        0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, // option value
        0x00, 0x0b, 0x00, 0x02, // option TCP-KEEPALIVE (11), length 2
        0x00, 0x05, // option value
        0x00, 0x0b, 0x00, 0x00, // option TCP-KEEPALIVE (11), length 0
        0x00, 0x0c, 0x00, 0x02, // option PADDING (12), length 2
        0x00, 0x00, // option value
        0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
        0xee, 0x6b, 0x28, 0x00, // option value
        0xfd, 0xe8, 0x00, 0x01, // option ? (65000), length 1
        0x01, // option value
    ];

    #[test]
    fn dig_yaml_basic() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+yaml", "www.example"],
            replies: &[FIX_YAML_BASIC],
            query: None,
            cookie: CookieCheck::Good,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "- type: MESSAGE\n",
                "  message:\n",
                "    type: AUTH_RESPONSE\n",
                "    query_time: !!timestamp 2026-11-22T02:01:21.756Z\n",
                "    response_time: !!timestamp 2026-11-22T02:01:21.756Z\n",
                "    message_size: 164b\n",
                "    socket_family: INET\n",
                "    socket_protocol: UDP\n",
                "    response_address: \"127.0.0.1\"\n",
                "    response_port: 5399\n",
                "    query_address: \"0.0.0.0\"\n",
                "    query_port: 0\n",
                "    response_message_data:\n",
                "      opcode: QUERY\n",
                "      status: NOERROR\n",
                "      id: 56165\n",
                "      flags: qr aa rd\n",
                "      QUESTION: 1\n",
                "      ANSWER: 1\n",
                "      AUTHORITY: 0\n",
                "      ADDITIONAL: 1\n",
                "      OPT_PSEUDOSECTION:\n",
                "        EDNS:\n",
                "          version: 0\n",
                "          flags: do\n",
                "          MBZ: 0x0010\n",
                "          udp: 1232\n",
                "          COOKIE: a3f7fd6092a48620010000006b0244ef299a1ba06d1e4601 (good)\n",
                "          NSID: 6e 73 (\"ns\")\n",
                "          EDE:\n",
                "            INFO-CODE: 18 (Prohibited)\n",
                "            EXTRA-TEXT: \"no\"\n",
                "          EDE:\n",
                "            INFO-CODE: 3 (Stale Answer)\n",
                "\n",
                "          EDE:\n",
                "            INFO-CODE: 4 (Forged Answer)\n",
                "            EXTRA-TEXT: \"é\"\n",
                "          CLIENT-SUBNET: 192.0.2.0/24/0\n",
                "          TCP-KEEPALIVE: 0.5 secs\n",
                "          TCP-KEEPALIVE:\n",
                "          PAD: 00 00 (\"..\")\n",
                "          EXPIRE: 400000000 (6613 weeks 5 days 7 hours 6 minutes 40 seconds)\n",
                "          OPT=65000: 01 (\".\")\n",
                "      QUESTION_SECTION:\n",
                "        - 'www.example. IN A'\n",
                "      ANSWER_SECTION:\n",
                "        - 'www.example. 300 IN TXT \"it''s\"'\n",
            ),
            fatal: None,
        });
    }

    const FIX_YAML_QR_AAAA: &[u8] = &[
        0x1f, 0xe6, // ID 8166 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x1c, 0x00, 0x01, // QTYPE AAAA, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // RDATA 2001:db8::
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    const QUERY_YAML_QR_AAAA: &[u8] = &[
        // the query dig sent
        0x1f, 0xe6, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
        0x6c, 0x65, 0x00, 0x00, 0x1c, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x00, 0x0a, 0x00, 0x08,
        0xb0, 0x4c, 0xb7, 0x63, 0x41, 0x6e, 0xe1, 0x2c,
    ];

    #[test]
    fn dig_yaml_qr_aaaa() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+yaml", "+qr", "www.example", "aaaa"],
            replies: &[FIX_YAML_QR_AAAA],
            query: Some(QUERY_YAML_QR_AAAA),
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "- type: MESSAGE\n",
                "  message:\n",
                "    type: RECURSIVE_QUERY\n",
                "    query_time: !!timestamp 2026-11-22T02:01:21.788Z\n",
                "    message_size: 52b\n",
                "    socket_family: INET\n",
                "    socket_protocol: UDP\n",
                "    response_address: \"127.0.0.1\"\n",
                "    response_port: 5399\n",
                "    query_address: \"0.0.0.0\"\n",
                "    query_port: 0\n",
                "    query_message_data:\n",
                "      opcode: QUERY\n",
                "      status: NOERROR\n",
                "      id: 8166\n",
                "      flags: rd ad\n",
                "      QUESTION: 1\n",
                "      ANSWER: 0\n",
                "      AUTHORITY: 0\n",
                "      ADDITIONAL: 1\n",
                "      OPT_PSEUDOSECTION:\n",
                "        EDNS:\n",
                "          version: 0\n",
                "          flags:\n",
                "          udp: 1232\n",
                "          COOKIE: b04cb763416ee12c\n",
                "      QUESTION_SECTION:\n",
                "        - 'www.example. IN AAAA'\n",
                "- type: MESSAGE\n",
                "  message:\n",
                "    type: RECURSIVE_RESPONSE\n",
                "    query_time: !!timestamp 2026-11-22T02:01:21.788Z\n",
                "    response_time: !!timestamp 2026-11-22T02:01:21.788Z\n",
                "    message_size: 79b\n",
                "    socket_family: INET\n",
                "    socket_protocol: UDP\n",
                "    response_address: \"127.0.0.1\"\n",
                "    response_port: 5399\n",
                "    query_address: \"0.0.0.0\"\n",
                "    query_port: 0\n",
                "    response_message_data:\n",
                "      opcode: QUERY\n",
                "      status: NOERROR\n",
                "      id: 8166\n",
                "      flags: qr rd ra\n",
                "      QUESTION: 1\n",
                "      ANSWER: 1\n",
                "      AUTHORITY: 0\n",
                "      ADDITIONAL: 1\n",
                "      OPT_PSEUDOSECTION:\n",
                "        EDNS:\n",
                "          version: 0\n",
                "          flags:\n",
                "          udp: 1232\n",
                "      QUESTION_SECTION:\n",
                "        - 'www.example. IN AAAA'\n",
                "      ANSWER_SECTION:\n",
                "        - 'www.example. 300 IN AAAA 2001:db8::0'\n",
            ),
            fatal: None,
        });
    }

    const FIX_DNS64PREFIX: &[u8] = &[
        0x8f, 0x99, // ID 36761 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 4, NS 0, AR 1
        0x08, 0x69, 0x70, 0x76, 0x34, 0x6f, 0x6e, 0x6c, 0x79, 0x04, 0x61, 0x72, 0x70, 0x61, 0x00, // QNAME ipv4only.arpa.
        0x00, 0x1c, 0x00, 0x01, // QTYPE AAAA, QCLASS IN
        0x08, 0x69, 0x70, 0x76, 0x34, 0x6f, 0x6e, 0x6c, 0x79, 0x04, 0x61, 0x72, 0x70, 0x61, 0x00, // owner ipv4only.arpa.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x64, 0xff, 0x9b, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0xaa, // RDATA 64:ff9b::c000:aa
        0x08, 0x69, 0x70, 0x76, 0x34, 0x6f, 0x6e, 0x6c, 0x79, 0x04, 0x61, 0x72, 0x70, 0x61, 0x00, // owner ipv4only.arpa.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x00, 0x64, 0xff, 0x9b, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0xab, // RDATA 64:ff9b::c000:ab
        0x08, 0x69, 0x70, 0x76, 0x34, 0x6f, 0x6e, 0x6c, 0x79, 0x04, 0x61, 0x72, 0x70, 0x61, 0x00, // owner ipv4only.arpa.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x20, 0x01, 0x0d, 0xb8, 0xc0, 0x00, 0x00, 0xaa, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // RDATA 2001:db8:c000:aa::
        0x08, 0x69, 0x70, 0x76, 0x34, 0x6f, 0x6e, 0x6c, 0x79, 0x04, 0x61, 0x72, 0x70, 0x61, 0x00, // owner ipv4only.arpa.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x20, 0x01, 0x0d, 0xb8, 0xc0, 0x00, 0x00, 0xab, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // RDATA 2001:db8:c000:ab::
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_dns64prefix() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+dns64prefix"],
            replies: &[FIX_DNS64PREFIX],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!("64:ff9b::/96\n", "2001:db8::/32\n",),
            fatal: None,
        });
    }

    const FIX_BADCOOKIE_MISMATCH: &[u8] = &[
        0xb4, 0xc3, // ID 46275 (the query's)
        0x81, 0x87, // flags: qr rd ra opcode 0 rcode 7
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x01, 0x00, 0x00, 0x00, // ext-rcode 1, version 0, flags 0x0000
        0x00, 0x1c, // RDLENGTH 28
        0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
        0x99, 0x99, 0x99, 0x99, 0x99, 0x99, 0x99, 0x99, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44, 0xef, // option value
        0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
    ];

    #[test]
    fn dig_badcookie_mismatch() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
            replies: &[FIX_BADCOOKIE_MISMATCH],
            query: None,
            cookie: CookieCheck::Bad,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: BADCOOKIE, id: 46275\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: 9999999999999999010000006b0244ef299a1ba06d1e4601 (bad)\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 68\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_TSIG_KEY_NOT_USED: &[u8] = &[
        0x0a, 0xb1, // ID 2737 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_tsig_key_not_used() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "-y", "name:bad!", "www.example"],
            replies: &[FIX_TSIG_KEY_NOT_USED],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                ";; Couldn't create key name: bad base64 encoding\n",
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 -y name:bad! www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 2737\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 67\n",
                ";; WARNING -- TSIG key was not used.\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_HEADER_ONLY: &[u8] = &[
        0x8f, 0x54, // ID 36692 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 0, AN 0, NS 0, AR 1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_header_only() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+header-only", "www.example"],
            replies: &[FIX_HEADER_ONLY],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +header-only www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 36692\n",
                ";; flags: qr rd ra; QUERY: 0, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 23\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_MULTILINE_EXPANDAAAA_RRCOMMENTS_OFF: &[u8] = &[
        0x71, 0x12, // ID 28946 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x78, 0xc2, 0x75, 0xf4, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x10, // RDLENGTH 16
        0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // RDATA AAAA
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_multiline_expandaaaa_rrcomments_off() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+multiline", "+norrcomments", "+expandaaaa", "example", "soa"],
            replies: &[FIX_MULTILINE_EXPANDAAAA_RRCOMMENTS_OFF],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +multiline +norrcomments +expandaaaa example soa\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 28946\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\tIN SOA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t300 IN SOA ns1.example. hostmaster.example. (\n",
                "\t\t\t\t2026010100\n",
                "\t\t\t\t7200\n",
                "\t\t\t\t3600\n",
                "\t\t\t\t1209600\n",
                "\t\t\t\t300)\n",
                "example.\t\t300 IN AAAA 2001:0db8:0000:0000:0000:0000:0000:0001\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 143\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_CHAOS_TXT: &[u8] = &[
        0xbd, 0x58, // ID 48472 (the query's)
        0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x04, 0x62, 0x69, 0x6e, 0x64, 0x00, // QNAME version.bind.
        0x00, 0x10, 0x00, 0x03, // QTYPE TXT, QCLASS CH
        0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x04, 0x62, 0x69, 0x6e, 0x64, 0x00, // owner version.bind.
        0x00, 0x10, 0x00, 0x03, // TYPE TXT, CLASS CH
        0x00, 0x00, 0x00, 0x00, // TTL 0
        0x00, 0x08, // RDLENGTH 8
        0x07, 0x39, 0x2e, 0x31, 0x38, 0x2e, 0x34, 0x39, // RDATA 9.18.49
    ];

    #[test]
    fn dig_chaos_txt() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "version.bind", "ch", "txt"],
            replies: &[FIX_CHAOS_TXT],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 version.bind ch txt\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 48472\n",
                ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
                ";; WARNING: recursion requested but not available\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";version.bind.\t\t\tCH\tTXT\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "version.bind.\t\t0\tCH\tTXT\t\"9.18.49\"\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
                ";; MSG SIZE  rcvd: 62\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_CLASS_UNKNOWN_TYPE_UNKNOWN: &[u8] = &[
        0x2d, 0x0e, // ID 11534 (the query's)
        0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0xff, 0x00, 0x00, 0x2a, // QTYPE TYPE65280, QCLASS CLASS42
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0xff, 0x00, 0x00, 0x2a, // TYPE TYPE65280, CLASS CLASS42
        0x00, 0x00, 0x00, 0x07, // TTL 7
        0x00, 0x02, // RDLENGTH 2
        0x01, 0x02, // RDATA two bytes
    ];

    #[test]
    fn dig_class_unknown_type_unknown() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example", "CLASS42", "TYPE65280"],
            replies: &[FIX_CLASS_UNKNOWN_TYPE_UNKNOWN],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example CLASS42 TYPE65280\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 11534\n",
                ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
                ";; WARNING: recursion requested but not available\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tCLASS42\tTYPE65280\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t7\tCLASS42\tTYPE65280 \\# 2 0102\n",
                "\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; MSG SIZE  rcvd: 54\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_IDNOUT_NAMES: &[u8] = &[
        0xb1, 0xbd, // ID 45501 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 6, NS 0, AR 0
        0x0d, 0x78, 0x6e, 0x2d, 0x2d, 0x62, 0x63, 0x68, 0x65, 0x72, 0x2d, 0x6b, 0x76, 0x61, 0x07,
        0x65, // QNAME xn--bcher-kva.example.
        0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x0d, 0x78, 0x6e, 0x2d, 0x2d, 0x62, 0x63, 0x68, 0x65, 0x72, 0x2d, 0x6b, 0x76, 0x61, 0x07,
        0x65, // owner xn--bcher-kva.example.
        0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x15, // RDLENGTH 21
        0x0b, 0x78, 0x6e, 0x2d, 0x2d, 0x63, 0x61, 0x66, 0x2d, 0x64, 0x6d, 0x61, 0x07, 0x65, 0x78, 0x61, // RDATA xn--caf-dma.example.
        0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0d, 0x58, 0x4e, 0x2d, 0x2d, 0x42, 0x43, 0x48, 0x45, 0x52, 0x2d, 0x4b, 0x56, 0x41, 0x07,
        0x45, // owner XN--BCHER-KVA.Example.
        0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x04, // RDLENGTH 4
        0x01, 0x02, 0x03, 0x04, // RDATA 1.2.3.4
        0x04, 0x5f, 0x73, 0x69, 0x70, 0x0b, 0x75, 0x6e, 0x64, 0x65, 0x72, 0x5f, 0x73, 0x63, 0x6f,
        0x72, // owner _sip.under_score.example.
        0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x04, // RDLENGTH 4
        0x01, 0x02, 0x03, 0x04, // RDATA 1.2.3.4
        0x03, 0x61, 0x20, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner a\032b.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x04, // RDLENGTH 4
        0x01, 0x02, 0x03, 0x04, // RDATA 1.2.3.4
        0x0b, 0x78, 0x6e, 0x2d, 0x2d, 0x63, 0x61, 0x66, 0x2d, 0x64, 0x6d, 0x61, 0x07, 0x65, 0x78, 0x61, // owner xn--caf-dma.example.
        0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x19, // RDLENGTH 25
        0x00, 0x05, 0x0d, 0x78, 0x6e, 0x2d, 0x2d, 0x62, 0x63, 0x68, 0x65, 0x72, 0x2d, 0x6b, 0x76,
        0x61, // RDATA 5 xn--bcher-kva.example.
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x08, 0x78, 0x6e, 0x2d, 0x2d, 0x6c, 0x73, 0x38, 0x68, 0x07, 0x65, 0x78, 0x61,
        0x6d, 0x70, 0x6c, // owner xn--ls8h.example.
        0x65, 0x00, 0x00, 0x10, 0x00, 0x01, // TYPE TXT, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x0e, // RDLENGTH 14
        0x0d, 0x78, 0x6e, 0x2d, 0x2d, 0x62, 0x63, 0x68, 0x65, 0x72, 0x2d, 0x6b, 0x76, 0x61, // RDATA not a name
    ];

    #[test]
    fn dig_idnout_names() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+idnout", "xn--bcher-kva.example"],
            replies: &[FIX_IDNOUT_NAMES],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +idnout xn--bcher-kva.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 45501\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 6, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";bücher.example.\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "bücher.example.\t1\tIN\tCNAME\tcafé.example.\n",
                "BüCHER.Example.\t1\tIN\tA\t1.2.3.4\n",
                "_sip.under_score.example. 1\tIN\tA\t1.2.3.4\n",
                "a\\032b.example.\t\t1\tIN\tA\t1.2.3.4\n",
                "café.example.\t\t1\tIN\tMX\t5 bücher.example.\n",
                "💩.example.\t\t1\tIN\tTXT\t\"xn--bcher-kva\"\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; MSG SIZE  rcvd: 295\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_IDNOUT_SHORT: &[u8] = &[
        0x80, 0x3c, // ID 32828 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x0d, 0x78, 0x6e, 0x2d, 0x2d, 0x62, 0x63, 0x68, 0x65, 0x72, 0x2d, 0x6b, 0x76, 0x61, 0x07,
        0x65, // QNAME xn--bcher-kva.example.
        0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x0d, 0x78, 0x6e, 0x2d, 0x2d, 0x62, 0x63, 0x68, 0x65, 0x72, 0x2d, 0x6b, 0x76, 0x61, 0x07,
        0x65, // owner xn--bcher-kva.example.
        0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x15, // RDLENGTH 21
        0x0b, 0x78, 0x6e, 0x2d, 0x2d, 0x63, 0x61, 0x66, 0x2d, 0x64, 0x6d, 0x61, 0x07, 0x65, 0x78, 0x61, // RDATA xn--caf-dma.example.
        0x6d, 0x70, 0x6c, 0x65, 0x00,
    ];

    #[test]
    fn dig_idnout_short() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+idnout", "+short", "xn--bcher-kva.example"],
            replies: &[FIX_IDNOUT_SHORT],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: "café.example.\n",
            fatal: None,
        });
    }

    const FIX_IDNOUT_BAD_ACE: &[u8] = &[
        0x51, 0xeb, // ID 20971 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
        0x00, 0x00, 0x00, 0x01, // TTL 1
        0x00, 0x10, // RDLENGTH 16
        0x06, 0x78, 0x6e, 0x2d, 0x2d, 0x7a, 0x7a, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA xn--zz.example.
    ];

    #[test]
    fn dig_idnout_bad_ace() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+idnout", "www.example"],
            replies: &[FIX_IDNOUT_BAD_ACE],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +idnout www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 20971\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
            ),
            fatal: Some("Bad ACE string 'xn--zz.example.' (string contains invalid punycode data), use +noidnout"),
        });
    }

    const FIX_USEC_DASH_U: &[u8] = &[
        0xd2, 0x3c, // ID 53820 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    const QUERY_USEC_DASH_U: &[u8] = &[
        // the query dig sent
        0xd2, 0x3c, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
        0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x00, 0x0a, 0x00, 0x08,
        0x69, 0x15, 0xda, 0xa6, 0x2f, 0xe9, 0x69, 0xd5,
    ];

    #[test]
    fn dig_usec_dash_u() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "-u", "+qr", "www.example"],
            replies: &[FIX_USEC_DASH_U],
            query: Some(QUERY_USEC_DASH_U),
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_micros(8958),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 -u +qr www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Sending:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 53820\n",
                ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                "; COOKIE: 6915daa62fe969d5\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; QUERY SIZE: 52\n",
                "\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 53820\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; Query time: 8958 usec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; MSG SIZE  rcvd: 67\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_USEC_IDENTIFY_SHORT: &[u8] = &[
        0x80, 0x63, // ID 32867 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_usec_identify_short() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "-u", "+short", "+identify", "www.example"],
            replies: &[FIX_USEC_IDENTIFY_SHORT],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_micros(1191),
            tcp: false,
            expected: "192.0.2.1 from server 127.0.0.1 in 1191 us.\n",
            fatal: None,
        });
    }

    const FIX_USEC_IDENTIFY_NOSTATS: &[u8] = &[
        0x75, 0xd2, // ID 30162 (the query's)
        0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
        0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x00, 0x3c, // TTL 60
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x00, // OPT owner .
        0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
        0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
        0x00, 0x00, // RDLENGTH 0
    ];

    #[test]
    fn dig_usec_identify_nostats() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "-u", "+nostats", "+identify", "www.example"],
            replies: &[FIX_USEC_IDENTIFY_NOSTATS],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_micros(1013),
            tcp: false,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 -u +nostats +identify www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 30162\n",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
                "\n",
                ";; OPT PSEUDOSECTION:\n",
                "; EDNS: version: 0, flags:; udp: 1232\n",
                ";; QUESTION SECTION:\n",
                ";www.example.\t\t\tIN\tA\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
                "\n",
                ";; Received 67 bytes from 127.0.0.1#5399(127.0.0.1) in 1013 us\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_AXFR_PLAIN_1: &[u8] = &[
        0xb4, 0xfa, // ID 46330 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xfc, 0x00, 0x01, // QTYPE AXFR, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA serial 1
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    ];

    const FIX_AXFR_PLAIN_2: &[u8] = &[
        0xb4, 0xfa, // ID 46330 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 0, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA closing SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_axfr_plain() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "example", "axfr"],
            replies: &[FIX_AXFR_PLAIN_1, FIX_AXFR_PLAIN_2],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: true,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 example axfr\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                "example.\t\t300\tIN\tNS\tns1.example.\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.1\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                ";; Query time: 0 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (TCP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; XFR size: 4 records (messages 2, bytes 240)\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_AXFR_ONESOA_1: &[u8] = &[
        0xcb, 0x41, // ID 52033 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xfc, 0x00, 0x01, // QTYPE AXFR, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA serial 1
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    ];

    const FIX_AXFR_ONESOA_2: &[u8] = &[
        0xcb, 0x41, // ID 52033 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 0, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA closing SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_axfr_onesoa() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+onesoa", "example", "axfr"],
            replies: &[FIX_AXFR_ONESOA_1, FIX_AXFR_ONESOA_2],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: true,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +onesoa example axfr\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                "example.\t\t300\tIN\tNS\tns1.example.\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.1\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (TCP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; XFR size: 4 records (messages 2, bytes 240)\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_AXFR_COMMENTS_1: &[u8] = &[
        0x4d, 0x03, // ID 19715 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xfc, 0x00, 0x01, // QTYPE AXFR, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA serial 1
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    ];

    const FIX_AXFR_COMMENTS_2: &[u8] = &[
        0x4d, 0x03, // ID 19715 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 0, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA closing SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_axfr_comments() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+comments", "+question", "example", "axfr"],
            replies: &[FIX_AXFR_COMMENTS_1, FIX_AXFR_COMMENTS_2],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: true,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +comments +question example axfr\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 19715\n",
                ";; flags: qr aa; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; QUESTION SECTION:\n",
                ";example.\t\t\tIN\tAXFR\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                "example.\t\t300\tIN\tNS\tns1.example.\n",
                "\n",
                ";; Got answer:\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 19715\n",
                ";; flags: qr aa; QUERY: 0, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 0\n",
                "\n",
                ";; ANSWER SECTION:\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.1\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                "\n",
                ";; Query time: 4 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (TCP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; XFR size: 4 records (messages 2, bytes 240)\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_AXFR_SHORT_1: &[u8] = &[
        0xe1, 0xe3, // ID 57827 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xfc, 0x00, 0x01, // QTYPE AXFR, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA serial 1
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    ];

    const FIX_AXFR_SHORT_2: &[u8] = &[
        0xe1, 0xe3, // ID 57827 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 0, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA closing SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_axfr_short() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "example", "axfr"],
            replies: &[FIX_AXFR_SHORT_1, FIX_AXFR_SHORT_2],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(0),
            tcp: true,
            expected: concat!(
                "ns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                "ns1.example.\n",
                "192.0.2.1\n",
                "ns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
            ),
            fatal: None,
        });
    }

    const FIX_AXFR_IDENTIFY_1: &[u8] = &[
        0x7a, 0x69, // ID 31337 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xfc, 0x00, 0x01, // QTYPE AXFR, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA serial 1
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    ];

    const FIX_AXFR_IDENTIFY_2: &[u8] = &[
        0x7a, 0x69, // ID 31337 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 0, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA closing SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_axfr_identify() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nostats", "+identify", "example", "axfr"],
            replies: &[FIX_AXFR_IDENTIFY_1, FIX_AXFR_IDENTIFY_2],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(4),
            tcp: true,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nostats +identify example axfr\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                "example.\t\t300\tIN\tNS\tns1.example.\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.1\n",
                "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 1 7200 3600 1209600 300\n",
                ";; Received 240 bytes from 127.0.0.1#5399(127.0.0.1) in 4 ms\n",
                "\n",
            ),
            fatal: None,
        });
    }

    const FIX_AXFR_MULTILINE_TTLUNITS_1: &[u8] = &[
        0xb9, 0x43, // ID 47427 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
        0x00, 0xfc, 0x00, 0x01, // QTYPE AXFR, QCLASS IN
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA serial 1
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c,
        0x65, 0x00, // owner example.
        0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x0d, // RDLENGTH 13
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    ];

    const FIX_AXFR_MULTILINE_TTLUNITS_2: &[u8] = &[
        0xb9, 0x43, // ID 47427 (the query's)
        0x84, 0x00, // flags: qr aa opcode 0 rcode 0
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 0, AN 2, NS 0, AR 0
        0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
        0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x04, // RDLENGTH 4
        0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
        0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
        0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
        0x00, 0x00, 0x01, 0x2c, // TTL 300
        0x00, 0x35, // RDLENGTH 53
        0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA closing SOA
        0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
    ];

    #[test]
    fn dig_axfr_multiline_ttlunits() {
        check(&Case {
            args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+multiline", "+ttlunits", "example", "axfr"],
            replies: &[FIX_AXFR_MULTILINE_TTLUNITS_1, FIX_AXFR_MULTILINE_TTLUNITS_2],
            query: None,
            cookie: CookieCheck::NotChecked,
            rtt: Duration::from_millis(8),
            tcp: true,
            expected: concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +multiline +ttlunits example axfr\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                "example.\t\t5m IN SOA ns1.example. hostmaster.example. (\n",
                "\t\t\t\t1          ; serial\n",
                "\t\t\t\t7200       ; refresh (2 hours)\n",
                "\t\t\t\t3600       ; retry (1 hour)\n",
                "\t\t\t\t1209600    ; expire (2 weeks)\n",
                "\t\t\t\t300        ; minimum (5 minutes)\n",
                "\t\t\t\t)\n",
                "example.\t\t5m IN NS ns1.example.\n",
                "www.example.\t\t5m IN A\t192.0.2.1\n",
                "example.\t\t5m IN SOA ns1.example. hostmaster.example. (\n",
                "\t\t\t\t1          ; serial\n",
                "\t\t\t\t7200       ; refresh (2 hours)\n",
                "\t\t\t\t3600       ; retry (1 hour)\n",
                "\t\t\t\t1209600    ; expire (2 weeks)\n",
                "\t\t\t\t300        ; minimum (5 minutes)\n",
                "\t\t\t\t)\n",
                ";; Query time: 8 msec\n",
                ";; SERVER: 127.0.0.1#5399(127.0.0.1) (TCP)\n",
                ";; WHEN: Sun Nov 22 02:01:22 UTC 2026\n",
                ";; XFR size: 4 records (messages 2, bytes 240)\n",
                "\n",
            ),
            fatal: None,
        });
    }

    /// Hostile replies through dig's printer in its main styles: never a
    /// panic, and no byte from the network reaches the terminal raw (BIND
    /// escapes them as \DDD): only printable ASCII, tab and newline.
    #[test]
    fn hostile_replies_print_escaped() {
        idn::UTF8_LOCALE.with(|u| u.set(Some(false)));
        let styles: [&[&str]; 5] =
            [&["x"], &["x", "+short"], &["x", "+multiline", "+qr"], &["x", "+yaml"], &["x", "+besteffort", "+nocrypto"]];
        let parsed: Vec<_> = styles.iter().map(|a| parse_dig(a)).collect();
        let server: SocketAddr = "127.0.0.1:53".parse().unwrap();
        let mut printed = 0;
        for bytes in message::tests::mutated_messages(5_000) {
            let Ok((msg, _)) = message::parse_best_effort(&bytes) else { continue };
            for (l, g, _) in &parsed {
                let p = Printed {
                    lookup: l,
                    msg: &msg,
                    bytes: &bytes,
                    is_query: false,
                    headers: true,
                    cookie: CookieCheck::Bad,
                    msg_count: 0,
                    server,
                    local: None,
                    sent_at: Some(UNIX_EPOCH),
                    rtt: Duration::from_millis(1),
                };
                let mut out = Vec::new();
                // A fatal() (a name IDN cannot convert) ends the printing; what was printed must still be safe.
                let _ = print_message(&mut out, g, &p);
                if let Some(b) = out.iter().find(|&&b| !(b == b'\t' || b == b'\n' || (0x20..0x7f).contains(&b))) {
                    panic!("{:?}: raw byte {b:#04x} in the output for {bytes:02x?}", l.display);
                }
                printed += 1;
            }
        }
        assert!(printed > 2_500, "the corpus should parse often enough to test something ({printed})");
    }
}
