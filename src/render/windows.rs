//! Windows nslookup's text (`--style=windows`). nslookup.exe descends from
//! 4.3BSD/BIND 4 nslookup (debug.c's Print_rr, Print_query, p_time, and
//! main.c's PrintHostInfo): records are `owner<TAB>data`, every data line
//! of `-debug` and of the SOA block starts with a tab, `"Name:    "` is
//! BIND 4's `"%-7s  %s"`, continuation lines of `Addresses:`/`Aliases:` are
//! `"\t  "` (ten columns on a console). Microsoft changed the labels
//! (`primary name server`, `MX preference`, `AAAA IPv6 address`, the TXT
//! and SRV blocks) and the messages. [`WindowsSink`] prints the run's
//! events: the per-try lines and `-debug` blocks as they happen, each host
//! lookup's block from its result (`event::HostResult`, which the session
//! makes once the lookup's queries are done), on the streams nslookup.exe
//! uses: the header, the records and `-debug` on stdout; `Non-authoritative
//! answer:`, `*** ... can't find ...`, `DNS request timed out.` and `***
//! Request to ... timed-out` on stderr.
//!
//! Sources: BIND 4's nslookup debug.c (Print_query/Print_rr: the tabs,
//! `header flags:  response`, `retry   =`, `(root)`, `??? unknown type`);
//! transcripts captured from programs rather than copied off a console
//! (which turns tabs into spaces): `Addresses:  a` / `\t  b`, SOA lines
//! `\tprimary name server = ` (Microsoft's Azure DNS docs); and many
//! console transcripts for the words (Rackspace's "Check DNS records on
//! Windows with nslookup", Microsoft docs, GitHub issues such as
//! actions/runner-images#698 for "Non-authoritative answer:" on stderr).
//! Not established, chosen here: TXT strings one per line, HINFO as BIND 4
//! printed it, the unknown-type line, "No information" for an address
//! with no PTR data.

use std::io::{self, Write};

use super::{Output, Sink, rdata_name, rdata_u32};
use crate::error::Error;
use crate::event::{Event, HostKind, HostResult, Notice, Outcome};
use crate::response::TransportError;
use crate::wire::{Message, Name, Record, rdata, types};

const A: u16 = 1;
const NS: u16 = 2;
const CNAME: u16 = 5;
const SOA: u16 = 6;
const MB: u16 = 7;
const MG: u16 = 8;
const MR: u16 = 9;
const PTR: u16 = 12;
const HINFO: u16 = 13;
const MINFO: u16 = 14;
const MX: u16 = 15;
const TXT: u16 = 16;
const AAAA: u16 = 28;
const SRV: u16 = 33;

/// "Non-authoritative answer:" (written on stderr by nslookup.exe).
pub const NON_AUTHORITATIVE: &str = "Non-authoritative answer:\n";

/// The reason after "can't find X:" for a reply that had no data for the
/// address of a reverse lookup (BIND 4's NO_INFO).
pub const NO_INFORMATION: &str = "No information";

/// The reason for a server that refused the connection (BIND 4's
/// NO_RESPONSE).
pub const NO_RESPONSE: &str = "No response from server";

/// A name as nslookup.exe prints it: no final dot, `(root)` for the root.
pub fn name_text(n: &Name) -> String {
    if n.is_root() { "(root)".into() } else { n.to_text(true) }
}

/// BIND 4's p_time(): `1 day 2 hours 3 mins 4 secs`, units that are zero
/// left out, `0 secs` for zero; no weeks (`21 days`).
pub fn p_time(value: u32) -> String {
    if value == 0 {
        return "0 secs".into();
    }
    let secs = value % 60;
    let mins = (value / 60) % 60;
    let hours = (value / 3600) % 24;
    let days = value / 86400;
    let unit = |n: u32, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(unit(days, "day"));
    }
    if hours > 0 {
        parts.push(unit(hours, "hour"));
    }
    if mins > 0 {
        parts.push(unit(mins, "min"));
    }
    if secs > 0 {
        parts.push(unit(secs, "sec"));
    }
    parts.join(" ")
}

/// `Address:  a`, or `Addresses:  a` and `\t  b` lines; then `Aliases:`
/// likewise (PrintHostInfo's lists).
fn list(w: &mut dyn Write, title: &str, items: &[String]) -> io::Result<()> {
    for (i, item) in items.iter().enumerate() {
        if i == 0 {
            writeln!(w, "{title}  {item}")?;
        } else {
            writeln!(w, "\t  {item}")?;
        }
    }
    Ok(())
}

fn addresses_title(n: usize) -> &'static str {
    if n == 1 { "Address:" } else { "Addresses:" }
}

/// `Server:  <name>` / `Address:  <ip>` (`Addresses:` for a server named
/// by a host with several) and a blank line, before each lookup. No port,
/// even with `-port`.
pub fn server_header(w: &mut dyn Write, name: &str, addrs: &[String]) -> io::Result<()> {
    writeln!(w, "Server:  {name}")?;
    list(w, addresses_title(addrs.len()), addrs)?;
    writeln!(w)
}

/// `Default Server:  <name>` / `Address:  <ip>` and a blank line: the
/// start of interactive mode and the reply to `server X`.
pub fn default_server(w: &mut dyn Write, name: &str, addrs: &[String]) -> io::Result<()> {
    writeln!(w, "Default Server:  {name}")?;
    list(w, addresses_title(addrs.len()), addrs)?;
    writeln!(w)
}

/// `*** <server> can't find <name>: <why>`
pub fn cant_find(server: &str, name: &str, why: &str) -> String {
    format!("*** {server} can't find {name}: {why}\n")
}

/// The reason for an RCODE other than NOERROR (BIND 4's DecodeError(),
/// with Windows' "Non-existent domain").
pub fn rcode_reason(rcode: u16) -> &'static str {
    match rcode {
        1 => "Format error",
        2 => "Server failed",
        3 => "Non-existent domain",
        4 => "Not implemented",
        5 => "Query refused",
        _ => "Unspecified error",
    }
}

/// One try that got no reply in time.
pub fn timed_out(secs: u32) -> String {
    format!("DNS request timed out.\n    timeout was {secs} seconds.\n")
}

/// Every try of a lookup timed out.
pub fn request_timed_out(server: &str) -> String {
    format!("*** Request to {server} timed-out\n")
}

/// NOERROR without the addresses asked for. `rdtype`: A, AAAA, or None for
/// the default A+AAAA lookup.
pub fn no_address_records(rdtype: Option<u16>, name: &str) -> String {
    let what = match rdtype {
        None => "internal type for both IPv4 and IPv6 Addresses (A+AAAA)",
        Some(AAAA) => "IPv6 address (AAAA)",
        Some(_) => "address (A)",
    };
    format!("*** No {what} records available for {name}\n")
}

/// A character-string at `*pos` (length byte, then the bytes).
fn rdata_string<'a>(rdata: &'a [u8], pos: &mut usize) -> Option<&'a [u8]> {
    let len = usize::from(*rdata.get(*pos)?);
    let s = rdata.get(*pos + 1..*pos + 1 + len)?;
    *pos += 1 + len;
    Some(s)
}

fn rdata_u16(rdata: &[u8], pos: &mut usize) -> Option<u16> {
    let b = rdata.get(*pos..*pos + 2)?;
    *pos += 2;
    Some(u16::from_be_bytes([b[0], b[1]]))
}

fn name_at(rdata: &[u8], pos: &mut usize) -> Option<String> {
    rdata_name(rdata, pos).map(|n| name_text(&n))
}

/// The type-specific lines of Print_rr, each starting with a tab. None if
/// the RDATA does not have the type's form.
fn rdata_lines(r: &Record) -> Option<Vec<u8>> {
    let d = &r.rdata;
    let mut pos = 0;
    let mut out = Vec::new();
    let named = |label: &str, pos: &mut usize| name_at(d, pos).map(|n| format!("\t{label}{n}\n").into_bytes());
    match r.rtype {
        A if d.len() == 4 => out.extend(format!("\tinternet address = {}.{}.{}.{}\n", d[0], d[1], d[2], d[3]).bytes()),
        AAAA if d.len() == 16 => out.extend(format!("\tAAAA IPv6 address = {}\n", rdata::ipv6_to_text(d)).bytes()),
        NS => out = named("nameserver = ", &mut pos)?,
        CNAME => out = named("canonical name = ", &mut pos)?,
        PTR => out = named("name = ", &mut pos)?,
        MB => out = named("mail box = ", &mut pos)?,
        MG => out = named("mail group member = ", &mut pos)?,
        MR => out = named("mailbox rename = ", &mut pos)?,
        MX => {
            let pref = rdata_u16(d, &mut pos)?;
            let exchanger = name_at(d, &mut pos)?;
            out.extend(format!("\tMX preference = {pref}, mail exchanger = {exchanger}\n").bytes());
        }
        SOA => {
            let origin = name_at(d, &mut pos)?;
            let mail = name_at(d, &mut pos)?;
            let mut nums = [0u32; 5];
            for n in &mut nums {
                *n = rdata_u32(d, &mut pos)?;
            }
            let [serial, refresh, retry, expire, minimum] = nums;
            out.extend(
                format!(
                    "\tprimary name server = {origin}\n\tresponsible mail addr = {mail}\n\tserial  = {serial}\n\
                     \trefresh = {refresh} ({})\n\tretry   = {retry} ({})\n\texpire  = {expire} ({})\n\
                     \tdefault TTL = {minimum} ({})\n",
                    p_time(refresh),
                    p_time(retry),
                    p_time(expire),
                    p_time(minimum)
                )
                .bytes(),
            );
        }
        MINFO => {
            let requests = name_at(d, &mut pos)?;
            let errors = name_at(d, &mut pos)?;
            out.extend(format!("\trequests = {requests}\n\terrors = {errors}\n").bytes());
        }
        TXT => {
            out.extend_from_slice(b"\ttext =\n\n");
            while pos < d.len() {
                let s = rdata_string(d, &mut pos)?;
                out.extend_from_slice(b"\t\"");
                out.extend_from_slice(&terminal_safe(s));
                out.extend_from_slice(b"\"\n");
            }
        }
        HINFO => {
            let cpu = rdata_string(d, &mut pos)?;
            let os = rdata_string(d, &mut pos)?;
            out.extend_from_slice(b"\tCPU = ");
            out.extend_from_slice(&terminal_safe(cpu));
            out.extend_from_slice(b"\tOS = ");
            out.extend_from_slice(&terminal_safe(os));
            out.push(b'\n');
        }
        SRV => {
            let priority = rdata_u16(d, &mut pos)?;
            let weight = rdata_u16(d, &mut pos)?;
            let port = rdata_u16(d, &mut pos)?;
            let target = name_at(d, &mut pos)?;
            out.extend(
                format!(
                    "\tSRV service location:\n\t  priority       = {priority}\n\t  weight         = {weight}\n\
                     \t  port           = {port}\n\t  svr hostname   = {target}\n"
                )
                .bytes(),
            );
        }
        t => out.extend(format!("\t??? unknown type {t} ???\n").bytes()),
    }
    Some(out)
}

/// One record (Print_rr). Short form: `owner<TAB>data` (SOA and MINFO:
/// the owner on its own line, then their tab-indented lines). `-debug`:
/// `    ->  owner`, the data lines, then `<TAB>ttl = N (time)`, except SOA
/// whose ttl line comes first.
pub fn record(w: &mut dyn Write, r: &Record, debug: bool) -> io::Result<()> {
    let owner = name_text(&r.name);
    let lines = rdata_lines(r).unwrap_or_else(|| format!("\t??? unknown type {} ???\n", r.rtype).into_bytes());
    let ttl = format!("\tttl = {} ({})\n", r.ttl, p_time(r.ttl));
    if debug {
        writeln!(w, "    ->  {owner}")?;
        if r.rtype == SOA {
            w.write_all(ttl.as_bytes())?;
        }
        w.write_all(&lines)?;
        if r.rtype != SOA {
            w.write_all(ttl.as_bytes())?;
        }
    } else {
        w.write_all(owner.as_bytes())?;
        if matches!(r.rtype, SOA | MINFO) {
            w.write_all(b"\n")?;
        }
        w.write_all(&lines)?;
    }
    Ok(())
}

/// The records of a reply to a query of any type but A/AAAA (and the PTR
/// of an address): the answer, then, after a blank line when the answer
/// is not authoritative, the authority and additional records (where BIND
/// 4 printed "Authoritative answers can be found from:").
pub fn records(w: &mut dyn Write, msg: &Message) -> io::Result<()> {
    for r in &msg.answer {
        record(w, r, false)?;
    }
    let more = !msg.authority.is_empty() || !msg.additional.is_empty();
    if !msg.answer.is_empty() && !msg.header.aa && more {
        writeln!(w)?;
    }
    for r in msg.authority.iter().chain(&msg.additional) {
        record(w, r, false)?;
    }
    Ok(())
}

/// The header's RCODE as `-debug` shows it.
fn rcode_name(rcode: u16) -> String {
    types::rcode_mnemonic(rcode)
}

/// A reply under `-debug` (BIND 4's `Got answer:` and Print_query), between
/// dashes.
pub fn debug_block(w: &mut dyn Write, msg: &Message) -> io::Result<()> {
    let h = &msg.header;
    writeln!(w, "------------")?;
    writeln!(w, "Got answer:")?;
    writeln!(w, "    HEADER:")?;
    writeln!(w, "\topcode = {}, id = {}, rcode = {}", types::opcode_to_text(h.opcode), h.id, rcode_name(msg.rcode()))?;
    let mut flags = String::from(if h.qr { " response" } else { " query" });
    for (on, text) in [(h.aa, ", auth. answer"), (h.tc, ", truncation"), (h.rd, ", want recursion"), (h.ra, ", recursion avail.")] {
        if on {
            flags.push_str(text);
        }
    }
    writeln!(w, "\theader flags: {flags}")?;
    writeln!(
        w,
        "\tquestions = {},  answers = {},  authority records = {},  additional = {}\n",
        h.qdcount, h.ancount, h.nscount, h.arcount
    )?;
    if !msg.question.is_empty() {
        writeln!(w, "    QUESTIONS:")?;
        for q in &msg.question {
            writeln!(w, "\t{}, type = {}, class = {}", name_text(&q.name), types::type_to_text(q.qtype), types::class_to_text(q.qclass))?;
        }
    }
    for (title, section) in [("ANSWERS", &msg.answer), ("AUTHORITY RECORDS", &msg.authority), ("ADDITIONAL RECORDS", &msg.additional)] {
        if !section.is_empty() {
            writeln!(w, "    {title}:")?;
            for r in section {
                record(w, r, true)?;
            }
        }
    }
    writeln!(w, "\n------------")
}

/// What the default lookup (and -type=A, -type=AAAA, and an address
/// looked up) prints: PrintHostInfo's block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HostInfo {
    pub name: String,
    pub addresses: Vec<String>,
    pub aliases: Vec<String>,
}

/// The CNAME chain of a reply from its question's name: the aliases (the
/// owners of the CNAMEs, in order) and the name it ends at.
fn chain(msg: &Message) -> (Vec<String>, Option<Name>) {
    let Some(q) = msg.question.first() else { return (Vec::new(), None) };
    let mut current = q.name.clone();
    let mut aliases = Vec::new();
    for _ in 0..msg.answer.len() {
        let next = msg.answer.iter().find(|r| r.rtype == CNAME && r.name.eq_ignore_case(&current));
        let Some(r) = next else { break };
        let mut pos = 0;
        let Some(target) = rdata_name(&r.rdata, &mut pos) else { break };
        aliases.push(name_text(&r.name));
        current = target;
    }
    (aliases, Some(current))
}

fn addresses(msg: &Message) -> impl Iterator<Item = (&Record, String)> {
    msg.answer.iter().filter_map(|r| match (r.rtype, r.rdata.len()) {
        (A, 4) => Some((r, format!("{}.{}.{}.{}", r.rdata[0], r.rdata[1], r.rdata[2], r.rdata[3]))),
        (AAAA, 16) => Some((r, rdata::ipv6_to_text(&r.rdata))),
        _ => None,
    })
}

/// The host block from the replies to the A and the AAAA queries (either
/// may be missing): IPv6 addresses first, then IPv4; the name and aliases
/// from the first reply, A's then AAAA's, that has addresses (the name is
/// the owner of its first address record, as the server spelled it).
pub fn host_info(a: Option<&Message>, aaaa: Option<&Message>) -> Option<HostInfo> {
    fn with_addresses(m: Option<&Message>) -> Option<&Message> {
        m.filter(|m| addresses(m).next().is_some())
    }
    let source = with_addresses(a).or(with_addresses(aaaa))?;
    let (aliases, _) = chain(source);
    let name = addresses(source).next().map(|(r, _)| name_text(&r.name)).unwrap_or_default();
    let mut list: Vec<String> = Vec::new();
    for m in [aaaa, a].into_iter().flatten() {
        list.extend(addresses(m).map(|(_, text)| text));
    }
    Some(HostInfo { name, addresses: list, aliases })
}

/// The host block of a reverse lookup: the PTR's target as the name, the
/// address as typed.
pub fn reverse_info(msg: &Message, address: &str) -> Option<HostInfo> {
    let (aliases, end) = chain(msg);
    let end = end?;
    let ptr = msg
        .answer
        .iter()
        .filter(|r| r.rtype == PTR)
        .find(|r| r.name.eq_ignore_case(&end))
        .or_else(|| msg.answer.iter().find(|r| r.rtype == PTR))?;
    let mut pos = 0;
    let name = name_at(&ptr.rdata, &mut pos)?;
    Some(HostInfo { name, addresses: vec![address.to_string()], aliases })
}

/// PrintHostInfo: `Name:    x`, `Address:  ip` or `Addresses:  ip1` with
/// `\t  ip2` lines, `Aliases:  a` with `\t  b` lines, and a blank line.
pub fn host_block(w: &mut dyn Write, h: &HostInfo) -> io::Result<()> {
    writeln!(w, "Name:    {}", h.name)?;
    list(w, addresses_title(h.addresses.len()), &h.addresses)?;
    list(w, "Aliases:", &h.aliases)?;
    writeln!(w)
}

/// Windows nslookup's text.
pub struct WindowsSink {
    kind: HostKind,
    nonauth_said: bool,
    /// The query in flight prints `-debug`'s blocks.
    debug: bool,
}

impl Default for WindowsSink {
    fn default() -> Self {
        WindowsSink { kind: HostKind::ServerName, nonauth_said: false, debug: false }
    }
}

impl Sink for WindowsSink {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        match event {
            Event::HostBegins(kind) => {
                self.kind = kind.clone();
                self.nonauth_said = false;
            }
            Event::Sending(s) => self.debug = s.lookup.display.debug,
            Event::Reply(r) => {
                let msg = &r.response.message;
                if r.lookup.display.debug {
                    debug_block(out.out(), msg)?;
                }
                let prints_nonauth = matches!(self.kind, HostKind::Host | HostKind::Address(_) | HostKind::Records(_));
                if prints_nonauth && !self.nonauth_said && msg.rcode() == 0 && !msg.answer.is_empty() && !msg.header.aa {
                    self.nonauth_said = true;
                    out.err().write_all(NON_AUTHORITATIVE.as_bytes())?;
                }
            }
            // A try that timed out prints nslookup.exe's two lines (and,
            // with `-debug`, BIND 4's `timeout (N secs)`).
            Event::Warning(Notice::CommunicationsError { error: TransportError::TimedOut, timeout, .. }) => {
                out.err().write_all(timed_out(*timeout).as_bytes())?;
                if self.debug {
                    writeln!(out.out(), "timeout ({timeout} secs)")?;
                }
            }
            Event::HostResult(h) => host_result(out, h)?,
            // rlookup's own view, plain (Windows' text has no colors).
            Event::Compare(c) => super::compare::render(out.out(), c, &super::style::Palette::OFF, false, None)?,
            // `--validate`: nslookup's line, after the host block.
            Event::Validation(v) => super::verdict::nslookup(out.out(), v)?,
            // The session's own text and messages quote names and servers
            // as typed: with their bytes (rawtext).
            Event::Text(text) => crate::rawtext::write(out.out(), text)?,
            Event::Said(said) => crate::rawtext::write(out.out(), &format!("{said}\n"))?,
            Event::Stderr(text) => crate::rawtext::write(out.err(), text)?,
            Event::Summary(s) => super::stats::summary(out.err(), s)?,
            _ => {}
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Output) -> Result<(), Error> {
        out.out().flush()?;
        Ok(())
    }
}

/// Prints what a host lookup came to: its block on stdout, or the first
/// failure on stderr (naming the host as typed, with its bytes: rawtext).
fn host_result(out: &mut dyn Output, h: &HostResult) -> io::Result<()> {
    let (name, server) = (h.name.as_str(), h.server.as_str());
    let reply = |t: u16| {
        h.outcomes.iter().find(|(rdtype, _)| *rdtype == t).and_then(|(_, o)| match o {
            Some(Outcome::Reply(m)) if m.rcode() == 0 => Some(&**m),
            _ => None,
        })
    };
    // The first failure of the lookup, in query order: an RCODE, else
    // no reply at all.
    let failure = || -> Option<String> {
        for (_, o) in &h.outcomes {
            if let Some(Outcome::Reply(m)) = o
                && m.rcode() != 0
            {
                return Some(cant_find(server, name, rcode_reason(m.rcode())));
            }
        }
        for (_, o) in &h.outcomes {
            match o {
                Some(Outcome::TimedOut) => return Some(request_timed_out(server)),
                Some(Outcome::NoResponse) | None => return Some(cant_find(server, name, NO_RESPONSE)),
                Some(Outcome::Reply(_)) => {}
            }
        }
        None
    };
    match &h.kind {
        HostKind::ServerName => {}
        kind @ (HostKind::Host | HostKind::Address(_)) => {
            let info = match kind {
                HostKind::Address(AAAA) => host_info(None, reply(AAAA)),
                HostKind::Address(_) => host_info(reply(A), None),
                _ => host_info(reply(A), reply(AAAA)),
            };
            match info {
                Some(h) => host_block(out.out(), &h)?,
                None => {
                    let message = failure().unwrap_or_else(|| {
                        let which = if let HostKind::Address(t) = kind { Some(*t) } else { None };
                        no_address_records(which, name)
                    });
                    crate::rawtext::write(out.err(), &message)?;
                }
            }
        }
        HostKind::Reverse(address) => match reply(PTR).map(|m| reverse_info(m, address)) {
            Some(Some(h)) => host_block(out.out(), &h)?,
            Some(None) => crate::rawtext::write(out.err(), &cant_find(server, name, NO_INFORMATION))?,
            None => {
                let message = failure().unwrap_or_default();
                crate::rawtext::write(out.err(), &message)?;
            }
        },
        HostKind::Records(t) => match reply(*t) {
            Some(m) => records(out.out(), m)?,
            None => {
                let message = failure().unwrap_or_default();
                crate::rawtext::write(out.err(), &message)?;
            }
        },
    }
    out.out().flush()
}

/// Text from the network made safe for a terminal: Windows nslookup
/// prints TXT and HINFO strings as they are, but a server must not be able
/// to send escape sequences, reorder the line (bidi controls) or send bytes
/// that are not text, so those characters (`super::drives_the_terminal`)
/// and invalid UTF-8 come out as BIND's `\DDD`.
fn terminal_safe(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for chunk in s.utf8_chunks() {
        for c in chunk.valid().chars() {
            if super::drives_the_terminal(c as u32) {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.extend(format!("\\{b:03}").bytes());
                }
            } else {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        for b in chunk.invalid() {
            out.extend(format!("\\{b:03}").bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::message::parse;

    fn text(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        f(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The header of a reply: id 0x1234, then the flags and the counts.
    fn header(flags: u16, qd: u16, an: u16, ns: u16, ar: u16) -> Vec<u8> {
        let mut m = vec![0x12, 0x34]; // ID 4660
        m.extend_from_slice(&flags.to_be_bytes()); // QR, opcode, AA, TC, RD, RA, RCODE
        for n in [qd, an, ns, ar] {
            m.extend_from_slice(&n.to_be_bytes()); // QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT
        }
        m
    }

    /// `www.example.test` in wire form (used as the question's name at
    /// offset 12, which answers point to with 0xc00c).
    const WWW: &[u8] = b"\x03www\x07example\x04test\x00";

    /// A reply to `www.example.test A`, not authoritative, RD RA: one A
    /// record 192.0.2.80, TTL 2466.
    fn a_reply() -> Vec<u8> {
        let mut m = header(0x8180, 1, 1, 0, 0); // response, RD, RA, NOERROR
        m.extend_from_slice(WWW); // QNAME
        m.extend_from_slice(&[0, 1, 0, 1]); // QTYPE A, QCLASS IN
        m.extend_from_slice(&[0xc0, 12]); // NAME: the question's
        m.extend_from_slice(&[0, 1, 0, 1]); // TYPE A, CLASS IN
        m.extend_from_slice(&2466u32.to_be_bytes()); // TTL
        m.extend_from_slice(&[0, 4, 192, 0, 2, 80]); // RDLENGTH 4, RDATA 192.0.2.80
        m
    }

    #[test]
    fn times_like_bind4() {
        assert_eq!(p_time(0), "0 secs");
        assert_eq!(p_time(1), "1 sec");
        assert_eq!(p_time(60), "1 min");
        assert_eq!(p_time(300), "5 mins");
        assert_eq!(p_time(2466), "41 mins 6 secs");
        assert_eq!(p_time(3600), "1 hour");
        assert_eq!(p_time(12982), "3 hours 36 mins 22 secs");
        assert_eq!(p_time(86400), "1 day");
        assert_eq!(p_time(1814400), "21 days");
        assert_eq!(p_time(90061), "1 day 1 hour 1 min 1 sec");
    }

    #[test]
    fn headers_and_messages() {
        let one = ["127.0.0.1".to_string()];
        assert_eq!(text(|w| server_header(w, "UnKnown", &one)), "Server:  UnKnown\nAddress:  127.0.0.1\n\n");
        let two = ["192.0.2.1".to_string(), "2001:db8::1".to_string()];
        assert_eq!(text(|w| server_header(w, "ns.test", &two)), "Server:  ns.test\nAddresses:  192.0.2.1\n\t  2001:db8::1\n\n");
        assert_eq!(text(|w| default_server(w, "dns.google", &["8.8.8.8".into()])), "Default Server:  dns.google\nAddress:  8.8.8.8\n\n");
        assert_eq!(cant_find("dns.google", "x.test", rcode_reason(3)), "*** dns.google can't find x.test: Non-existent domain\n");
        assert_eq!(rcode_reason(2), "Server failed");
        assert_eq!(rcode_reason(5), "Query refused");
        assert_eq!(timed_out(2), "DNS request timed out.\n    timeout was 2 seconds.\n");
        assert_eq!(request_timed_out("UnKnown"), "*** Request to UnKnown timed-out\n");
        assert_eq!(
            no_address_records(None, "x.test"),
            "*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) records available for x.test\n"
        );
        assert_eq!(no_address_records(Some(A), "x.test"), "*** No address (A) records available for x.test\n");
        assert_eq!(no_address_records(Some(AAAA), "x.test"), "*** No IPv6 address (AAAA) records available for x.test\n");
    }

    #[test]
    fn one_address() {
        let msg = parse(&a_reply()).unwrap();
        let h = host_info(Some(&msg), None).unwrap();
        assert_eq!(text(|w| host_block(w, &h)), "Name:    www.example.test\nAddress:  192.0.2.80\n\n");
    }

    /// `alias.example.test` -> `hop` -> `dual`: the A reply has the chain
    /// and 192.0.2.81, the AAAA reply the chain and 2001:db8::81.
    fn chain_reply(qtype: u16, rdata: &[u8]) -> Vec<u8> {
        let mut m = header(0x8180, 1, 3, 0, 0); // response, RD, RA; 3 answers
        m.extend_from_slice(b"\x05alias\x07example\x04test\x00"); // QNAME at 12
        m.extend_from_slice(&qtype.to_be_bytes()); // QTYPE
        m.extend_from_slice(&[0, 1]); // QCLASS IN
        m.extend_from_slice(&[0xc0, 12, 0, 5, 0, 1, 0, 0, 0x0e, 0x10]); // alias CNAME IN TTL 3600
        m.extend_from_slice(&[0, 6, 3, b'h', b'o', b'p', 0xc0, 18]); // RDLENGTH 6, hop + pointer to example.test (offset 18)
        let hop = 12 + 20 + 4 + 10 + 2; // offset of "hop" in the first RDATA
        m.extend_from_slice(&[0xc0, hop as u8, 0, 5, 0, 1, 0, 0, 0x0e, 0x10]); // hop CNAME IN TTL 3600
        m.extend_from_slice(&[0, 7, 4, b'd', b'u', b'a', b'l', 0xc0, 18]); // RDLENGTH 7, dual.example.test
        let dual = m.len() - 7; // offset of "dual"
        m.extend_from_slice(&[0xc0, dual as u8]); // owner dual.example.test
        m.extend_from_slice(&qtype.to_be_bytes()); // TYPE
        m.extend_from_slice(&[0, 1, 0, 0, 0x0e, 0x10]); // CLASS IN, TTL 3600
        m.extend_from_slice(&(rdata.len() as u16).to_be_bytes()); // RDLENGTH
        m.extend_from_slice(rdata); // the address
        m
    }

    #[test]
    fn addresses_ipv6_first_and_aliases() {
        let a = parse(&chain_reply(1, &[192, 0, 2, 81])).unwrap();
        let mut v6 = [0u8; 16];
        v6[..4].copy_from_slice(&[0x20, 0x01, 0x0d, 0xb8]);
        v6[15] = 0x81;
        let aaaa = parse(&chain_reply(28, &v6)).unwrap();
        let h = host_info(Some(&a), Some(&aaaa)).unwrap();
        assert_eq!(
            text(|w| host_block(w, &h)),
            "Name:    dual.example.test\nAddresses:  2001:db8::81\n\t  192.0.2.81\nAliases:  alias.example.test\n\t  hop.example.test\n\n"
        );
        // Only the AAAA reply has addresses: name and aliases come from it.
        let h = host_info(None, Some(&aaaa)).unwrap();
        assert_eq!(h.addresses, vec!["2001:db8::81"]);
        assert_eq!(h.name, "dual.example.test");
    }

    #[test]
    fn no_addresses_no_block() {
        let mut m = header(0x8180, 1, 0, 0, 0); // NOERROR, no answer
        m.extend_from_slice(WWW);
        m.extend_from_slice(&[0, 28, 0, 1]); // AAAA IN
        let msg = parse(&m).unwrap();
        assert_eq!(host_info(Some(&msg), Some(&msg)), None);
    }

    /// `example.test MX`: two MX records and the A record of the first
    /// exchanger in the additional section, not authoritative.
    fn mx_reply(flags: u16) -> Vec<u8> {
        let mut m = header(flags, 1, 2, 0, 1);
        m.extend_from_slice(b"\x07example\x04test\x00"); // QNAME at 12
        m.extend_from_slice(&[0, 15, 0, 1]); // QTYPE MX, QCLASS IN
        m.extend_from_slice(&[0xc0, 12, 0, 15, 0, 1, 0, 0, 0x0e, 0x10]); // example.test MX IN 3600
        m.extend_from_slice(&[0, 9, 0, 10, 4, b'm', b'a', b'i', b'l', 0xc0, 12]); // RDLENGTH 9: 10 mail.example.test
        let mail = m.len() - 7; // offset of "mail"
        m.extend_from_slice(&[0xc0, 12, 0, 15, 0, 1, 0, 0, 0x0e, 0x10]); // example.test MX IN 3600
        m.extend_from_slice(&[0, 10, 0, 20, 5, b'm', b'a', b'i', b'l', b'2', 0xc0, 12]); // 20 mail2.example.test
        m.extend_from_slice(&[0xc0, mail as u8, 0, 1, 0, 1, 0, 0, 0x0e, 0x10]); // mail.example.test A IN 3600
        m.extend_from_slice(&[0, 4, 192, 0, 2, 25]); // 192.0.2.25
        m
    }

    #[test]
    fn mx_with_additional() {
        let msg = parse(&mx_reply(0x8180)).unwrap();
        assert_eq!(
            text(|w| records(w, &msg)),
            "example.test\tMX preference = 10, mail exchanger = mail.example.test\n\
             example.test\tMX preference = 20, mail exchanger = mail2.example.test\n\
             \n\
             mail.example.test\tinternet address = 192.0.2.25\n"
        );
        // Authoritative: no blank line before the additional records.
        let msg = parse(&mx_reply(0x8580)).unwrap();
        assert_eq!(
            text(|w| records(w, &msg)),
            "example.test\tMX preference = 10, mail exchanger = mail.example.test\n\
             example.test\tMX preference = 20, mail exchanger = mail2.example.test\n\
             mail.example.test\tinternet address = 192.0.2.25\n"
        );
    }

    fn rr(owner: &[u8], rtype: u16, ttl: u32, rdata: &[u8]) -> Record {
        let mut pos = 0;
        let name = rdata_name(owner, &mut pos).unwrap();
        Record { name, rtype, class: 1, ttl, rdata: rdata.to_vec(), offset: 0, rdata_offset: 0, rdata_len: rdata.len(), update_meta: false }
    }

    fn soa_rdata() -> Vec<u8> {
        let mut d = b"\x03ns1\x07example\x04test\x00".to_vec(); // MNAME
        d.extend_from_slice(b"\x0ahostmaster\x07example\x04test\x00"); // RNAME
        for n in [2026010100u32, 7200, 3600, 1209600, 300] {
            d.extend_from_slice(&n.to_be_bytes()); // SERIAL REFRESH RETRY EXPIRE MINIMUM
        }
        d
    }

    #[test]
    fn soa_short_and_debug() {
        let r = rr(b"\x07example\x04test\x00", SOA, 3600, &soa_rdata());
        let body = "\tprimary name server = ns1.example.test\n\tresponsible mail addr = hostmaster.example.test\n\
                    \tserial  = 2026010100\n\trefresh = 7200 (2 hours)\n\tretry   = 3600 (1 hour)\n\
                    \texpire  = 1209600 (14 days)\n\tdefault TTL = 300 (5 mins)\n";
        assert_eq!(text(|w| record(w, &r, false)), format!("example.test\n{body}"));
        assert_eq!(text(|w| record(w, &r, true)), format!("    ->  example.test\n\tttl = 3600 (1 hour)\n{body}"));
    }

    #[test]
    fn txt_srv_hinfo_ptr_ns_aaaa_unknown() {
        let r = rr(b"\x03txt\x00", TXT, 60, b"\x05plain\x09two words\x00");
        assert_eq!(text(|w| record(w, &r, false)), "txt\ttext =\n\n\t\"plain\"\n\t\"two words\"\n\t\"\"\n");
        let r = rr(b"\x04_sip\x04_tcp\x00", SRV, 60, b"\x00\x0a\x00\x3c\x13\xc4\x03sip\x00");
        assert_eq!(
            text(|w| record(w, &r, false)),
            "_sip._tcp\tSRV service location:\n\t  priority       = 10\n\t  weight         = 60\n\
             \t  port           = 5060\n\t  svr hostname   = sip\n"
        );
        let r = rr(b"\x01h\x00", HINFO, 60, b"\x03CPU\x05Linux");
        assert_eq!(text(|w| record(w, &r, false)), "h\tCPU = CPU\tOS = Linux\n");
        let r = rr(b"\x0280\x012\x010\x03192\x07in-addr\x04arpa\x00", PTR, 60, b"\x03www\x00");
        assert_eq!(text(|w| record(w, &r, false)), "80.2.0.192.in-addr.arpa\tname = www\n");
        let r = rr(b"\x00", NS, 518400, b"\x01a\x0croot-servers\x03net\x00");
        assert_eq!(text(|w| record(w, &r, false)), "(root)\tnameserver = a.root-servers.net\n");
        let mut v6 = [0u8; 16];
        v6[..2].copy_from_slice(&[0x20, 0x01]);
        v6[15] = 1;
        let r = rr(b"\x02ns\x00", AAAA, 300, &v6);
        assert_eq!(text(|w| record(w, &r, true)), "    ->  ns\n\tAAAA IPv6 address = 2001::1\n\tttl = 300 (5 mins)\n");
        let r = rr(b"\x01x\x00", 257, 60, b"\x00\x05issue");
        assert_eq!(text(|w| record(w, &r, false)), "x\t??? unknown type 257 ???\n");
        // Malformed MX RDATA falls back to the same line.
        let r = rr(b"\x01x\x00", MX, 60, b"\x00");
        assert_eq!(text(|w| record(w, &r, false)), "x\t??? unknown type 15 ???\n");
    }

    #[test]
    fn debug_block_of_an_a_reply() {
        let msg = parse(&a_reply()).unwrap();
        assert_eq!(
            text(|w| debug_block(w, &msg)),
            "------------\nGot answer:\n    HEADER:\n\
             \topcode = QUERY, id = 4660, rcode = NOERROR\n\
             \theader flags:  response, want recursion, recursion avail.\n\
             \tquestions = 1,  answers = 1,  authority records = 0,  additional = 0\n\n\
             \x20   QUESTIONS:\n\twww.example.test, type = A, class = IN\n\
             \x20   ANSWERS:\n    ->  www.example.test\n\tinternet address = 192.0.2.80\n\
             \tttl = 2466 (41 mins 6 secs)\n\n------------\n"
        );
    }

    #[test]
    fn debug_block_of_an_nxdomain() {
        // Authoritative NXDOMAIN, RD, no RA, no records.
        let mut m = header(0x8503, 1, 0, 0, 0);
        m.extend_from_slice(WWW);
        m.extend_from_slice(&[0, 28, 0, 1]); // AAAA IN
        let msg = parse(&m).unwrap();
        assert_eq!(
            text(|w| debug_block(w, &msg)),
            "------------\nGot answer:\n    HEADER:\n\
             \topcode = QUERY, id = 4660, rcode = NXDOMAIN\n\
             \theader flags:  response, auth. answer, want recursion\n\
             \tquestions = 1,  answers = 0,  authority records = 0,  additional = 0\n\n\
             \x20   QUESTIONS:\n\twww.example.test, type = AAAA, class = IN\n\n------------\n"
        );
    }

    #[test]
    fn reverse_block() {
        let mut m = header(0x8180, 1, 1, 0, 0);
        m.extend_from_slice(b"\x0280\x012\x010\x03192\x07in-addr\x04arpa\x00"); // QNAME at 12
        m.extend_from_slice(&[0, 12, 0, 1]); // PTR IN
        m.extend_from_slice(&[0xc0, 12, 0, 12, 0, 1, 0, 0, 0x0e, 0x10]); // PTR IN 3600
        m.extend_from_slice(b"\x00\x12\x03www\x07example\x04test\x00"); // RDLENGTH 18, www.example.test
        let msg = parse(&m).unwrap();
        let h = reverse_info(&msg, "192.0.2.80").unwrap();
        assert_eq!(text(|w| host_block(w, &h)), "Name:    www.example.test\nAddress:  192.0.2.80\n\n");
    }

    #[test]
    fn network_text_cannot_drive_the_terminal() {
        assert_eq!(terminal_safe(b"plain caf\xc3\xa9"), "plain café".as_bytes());
        assert_eq!(terminal_safe(b"\x1b]0;pwned\x07\r"), b"\\027]0;pwned\\007\\013".to_vec());
        assert_eq!(terminal_safe(b"\xff\xc2\x9b"), b"\\255\\194\\155".to_vec());
        // RIGHT-TO-LEFT OVERRIDE, LEFT-TO-RIGHT ISOLATE: they would reorder the line.
        assert_eq!(terminal_safe("a\u{202e}b\u{2066}c".as_bytes()), b"a\\226\\128\\174b\\226\\129\\166c".to_vec());
    }
}
