//! BIND 9.18 delv's output, byte for byte: a port of what bin/delv/delv.c
//! prints after dns_client_resolve() (printdata(), print_status(), the
//! +yaml preamble, `;; resolution failed: ...`) and of the library code it
//! calls: lib/dns/masterdump.c's rdataset_totext() and ncache_summary()
//! (the record lines with delv's columns, negative answers with their
//! proof lines), its YAML form, and the ISC log lines delv writes to
//! standard error (`;; fetch: ...` with +rtrace, the validator's lines
//! with +vtrace, the received packets with +mtrace, and the INFO lines
//! every run shows).
//!
//! [`DelvSink`] gets the session's events: the grammar's messages
//! (`Event::Stderr`, `Event::Said`) as they are, and the lookup's outcome
//! (`Event::Delv`: a `validate::Resolution` and delv's display options),
//! which it prints as delv does: the log lines on standard error, then the
//! answer list on standard output. RDATA text is `wire::rdata::to_text`
//! (the same as dig's) with the style delv.c builds; the column logic is
//! masterdump.c's, shared with `render::dig` (`indent`).

mod mtrace;

use super::dig::{indent, yaml_stringify};
use super::{Output, Sink};
use crate::error::Result;
use crate::event::{DelvResult, Event, Said};
use crate::plan::DelvPrint;
use crate::validate::rrset::{Negative, RdataSet};
use crate::validate::{AnswerSet, BindResult, Resolution, TraceEvent, Trust};
use crate::wire::rdata::{self, Style};
use crate::wire::{Name, types};

const RRSIG: u16 = 46;

/// delv's text.
#[derive(Debug, Clone, Copy)]
pub struct DelvSink {
    /// How `--servers`' table is drawn.
    servers: super::servers::Look,
}

impl DelvSink {
    pub fn new(servers: super::servers::Look) -> DelvSink {
        DelvSink { servers }
    }
}

impl Default for DelvSink {
    fn default() -> DelvSink {
        DelvSink::new(super::servers::Look { palette: super::style::Palette::OFF, unicode: false, width: None })
    }
}

impl Sink for DelvSink {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<()> {
        match event {
            Event::Servers(view) => self.servers.render(out.out(), view)?,
            // delv's own messages quote arguments as typed: with their
            // bytes (rawtext).
            Event::Stderr(text) => crate::rawtext::write(out.err(), text)?,
            Event::Said(Said::Help(text)) | Event::Text(text) => crate::rawtext::write(out.out(), text)?,
            Event::Said(said) => crate::rawtext::write(out.out(), &format!("{said}\n"))?,
            Event::Delv(r) => {
                let err = stderr_text(r);
                if !err.is_empty() {
                    out.err().write_all(err.as_bytes())?;
                }
                out.out().write_all(&stdout_bytes(r))?;
            }
            _ => {}
        }
        Ok(())
    }
}

/// What delv writes to standard error for a lookup: its log lines in
/// order (the ones the trace options show, and the INFO ones always),
/// then `;; resolution failed: RESULT` unless the lookup succeeded or
/// +yaml is on.
pub fn stderr_text(r: &DelvResult) -> String {
    let p = &r.print;
    let mut s = String::new();
    for e in &r.resolution.trace {
        match e {
            TraceEvent::Received { server, bytes } if p.mtrace => s.push_str(&mtrace::received(server, bytes)),
            _ if e.shown(p.rtrace, p.vtrace) => {
                s.push_str(&e.line());
                s.push('\n');
            }
            _ => {}
        }
    }
    if r.resolution.result != BindResult::Success && !p.yaml {
        s.push_str(&format!(";; resolution failed: {}\n", r.resolution.result));
    }
    s
}

/// The style columns delv.c's setup_style() picks (TTL, class, type,
/// RDATA), for a line length of 80 and tabs of 8.
#[derive(Debug, Clone, Copy)]
struct Columns {
    ttl: u32,
    class: u32,
    rtype: u32,
    rdata: u32,
}

const LINE_LENGTH: u32 = 80;

impl Columns {
    fn of(p: &DelvPrint) -> Columns {
        let (ttl, class, rtype, rdata) = if p.multiline || (p.nottl && p.noclass) {
            (24, 24, 24, 32)
        } else if p.nottl || p.noclass {
            (24, 24, 32, 40)
        } else {
            (24, 32, 40, 48)
        };
        Columns { ttl, class, rtype, rdata }
    }
}

/// delv's style flags (DNS_STYLEFLAG_*) as they affect the text: under
/// +yaml only YAML is set, so TTL, class, unknown format, comments and
/// multi-line are all off there.
#[derive(Debug, Clone, Copy)]
struct Flags {
    yaml: bool,
    no_ttl: bool,
    no_class: bool,
    unknown: bool,
    multiline: bool,
    rrcomments: bool,
    nocrypto: bool,
}

impl Flags {
    fn of(p: &DelvPrint) -> Flags {
        if p.yaml {
            return Flags {
                yaml: true,
                no_ttl: false,
                no_class: false,
                unknown: false,
                multiline: false,
                rrcomments: false,
                nocrypto: false,
            };
        }
        Flags {
            yaml: false,
            no_ttl: p.nottl,
            no_class: p.noclass,
            unknown: p.unknownformat,
            multiline: p.multiline,
            rrcomments: p.rrcomments,
            nocrypto: p.nocrypto,
        }
    }

    /// dns_rdata_tofmttext()'s context for these flags, a width and
    /// delv's split width, and a line break (used only when multi-line).
    fn rdata_style(&self, width: u32, splitwidth: u32, linebreak: &str) -> Style {
        let mut s = Style::nslookup();
        s.multiline = self.multiline;
        s.rrcomments = self.rrcomments;
        s.nocrypto = self.nocrypto;
        s.unknown_format = self.unknown;
        s.yaml = self.yaml;
        s.width = if splitwidth == 0xffff_ffff { width } else { splitwidth };
        if self.multiline {
            s.linebreak = linebreak.to_string();
        } else {
            if splitwidth == 0xffff_ffff {
                s.width = 60;
            }
            s.linebreak = " ".into();
        }
        s
    }
}

/// The multi-line break: a newline, then tabs and spaces to the RDATA
/// column (totext_ctx_init()).
fn linebreak(rdata_column: u32) -> String {
    let mut b = vec![b'\n'];
    let mut col = 0;
    indent(&mut b, &mut col, rdata_column);
    String::from_utf8(b).expect("ASCII")
}

/// What delv writes to standard output for a lookup: the YAML preamble
/// with +yaml, then every rdataset of the answer list, each under a trust
/// header when the trust changes.
pub fn stdout_bytes(r: &DelvResult) -> Vec<u8> {
    let p = &r.print;
    let res = &r.resolution;
    let mut out = Vec::new();
    if p.yaml {
        out.extend_from_slice(b"type: DELV_RESULT\n");
        out.extend_from_slice(format!("query_name: {}\n", res.qname.to_text(true)).as_bytes());
        out.extend_from_slice(format!("status: {}\n", res.result).as_bytes());
        out.extend_from_slice(b"records:\n");
    }
    let printer = Printer::new(p);
    let mut last: Option<Trust> = None;
    for answer in &res.answers {
        for set in &answer.sets {
            if !p.dnssec && matches!(set, AnswerSet::Records(s) if s.rtype == RRSIG) {
                continue;
            }
            let trust = set.trust();
            if last != Some(trust) {
                if last.is_some() && p.trust && !p.short && !p.yaml {
                    out.push(b'\n');
                }
                if p.trust {
                    status(&mut out, set, res, p.yaml);
                }
                last = Some(trust);
            }
            match set {
                AnswerSet::Records(s) => printer.records(&mut out, &answer.owner, s),
                AnswerSet::Negative(n) => printer.negative(&mut out, &answer.owner, n),
            }
        }
    }
    out
}

/// print_status(): `; [negative response, ]TRUST`, or `  - TRUST:` in
/// YAML (spaces as underscores).
fn status(out: &mut Vec<u8>, set: &AnswerSet, res: &Resolution, yaml: bool) {
    let mut text = String::new();
    if matches!(set, AnswerSet::Negative(_)) {
        text.push_str("negative response");
        text.push_str(if yaml { "_" } else { ", " });
    }
    text.push_str(set.trust().delv_text(res.validating, yaml));
    if yaml {
        out.extend_from_slice(format!("  - {}:\n", text.replace(' ', "_")).as_bytes());
    } else {
        out.extend_from_slice(format!("; {text}\n").as_bytes());
    }
}

/// How the rdatasets of one run are printed.
struct Printer {
    short: bool,
    flags: Flags,
    columns: Columns,
    /// The RDATA style of record lines.
    style: Style,
    /// The RDATA style of +short lines.
    short_style: Style,
}

/// The YAML indentation of records (delv passes `{ "  ", 2 }`).
const YAML_INDENT: &[u8] = b"    ";

impl Printer {
    fn new(p: &DelvPrint) -> Printer {
        let flags = Flags::of(p);
        let columns = Columns::of(p);
        let style = flags.rdata_style(LINE_LENGTH - columns.rdata, p.splitwidth, &linebreak(columns.rdata));
        // printdata()'s +short: dns_rdata_tofmttext(rdata, root, styleflags,
        // 0, splitwidth, " ").
        let short_style = flags.rdata_style(0, p.splitwidth, " ");
        Printer { short: p.short, flags, columns, style, short_style }
    }

    fn records(&self, out: &mut Vec<u8>, owner: &Name, set: &RdataSet) {
        if self.short {
            for d in &set.rdatas {
                out.extend_from_slice(rdata::to_text(set.rtype, set.class, d, &self.short_style).as_bytes());
                out.push(b'\n');
            }
            return;
        }
        for d in &set.rdatas {
            let rtype = if self.flags.unknown { format!("TYPE{}", set.rtype) } else { types::type_to_text(set.rtype) };
            let text = rdata::to_text(set.rtype, set.class, d, &self.style);
            self.line(out, false, owner, set.ttl, set.class, &rtype, &text);
        }
    }

    /// rdataset_totext() for one line: owner, TTL, class, type and RDATA
    /// at delv's columns (one space apart in YAML, quoted). `comment`: the
    /// `; ` printdata() puts before a negative entry (not a column).
    #[allow(clippy::too_many_arguments)]
    fn line(&self, out: &mut Vec<u8>, comment: bool, owner: &Name, ttl: u32, class: u16, rtype: &str, rdata: &str) {
        let f = &self.flags;
        let c = &self.columns;
        let mut column: u32 = 0;
        let mut start = None;
        if f.yaml {
            out.extend_from_slice(YAML_INDENT);
            out.extend_from_slice(b"- '");
            start = Some(out.len());
        } else if comment {
            out.extend_from_slice(b"; ");
        }
        let to = |out: &mut Vec<u8>, column: &mut u32, col: u32| {
            if f.yaml {
                out.push(b' ');
            } else {
                indent(out, column, col);
            }
        };
        let owner = owner.to_text(false);
        out.extend_from_slice(owner.as_bytes());
        column += owner.len() as u32;
        if !f.no_ttl {
            to(out, &mut column, c.ttl);
            let t = ttl.to_string();
            out.extend_from_slice(t.as_bytes());
            column += t.len() as u32;
        }
        if !f.no_class {
            to(out, &mut column, c.class);
            let cl = if f.unknown { format!("CLASS{class}") } else { types::class_to_text(class) };
            out.extend_from_slice(cl.as_bytes());
            column += cl.len() as u32;
        }
        to(out, &mut column, c.rtype);
        out.extend_from_slice(rtype.as_bytes());
        column += rtype.len() as u32;
        to(out, &mut column, c.rdata);
        out.extend_from_slice(rdata.as_bytes());
        if let Some(start) = start {
            yaml_stringify(out, start);
            out.push(b'\'');
        }
        out.push(b'\n');
    }

    /// A negative-cache entry: `; OWNER TTL IN \-TYPE ;-$NXDOMAIN` and the
    /// summary of its proofs (nothing with +short).
    fn negative(&self, out: &mut Vec<u8>, owner: &Name, n: &Negative) {
        if self.short {
            return;
        }
        let covers = if self.flags.unknown { format!("TYPE{}", n.covers) } else { types::type_to_text(n.covers) };
        let rdata = if n.nxdomain { ";-$NXDOMAIN" } else { ";-$NXRRSET" };
        self.line(out, true, owner, n.ttl, 1, &format!("\\-{covers}"), rdata);
        ncache_summary(out, n, self.flags.yaml);
    }
}

/// ncache_summary(): one line per proof record, `; NAME TYPE RDATA` (an
/// RRSIG as `; NAME RRSIG COVERED ...`), RDATA on one line, unsplit.
fn ncache_summary(out: &mut Vec<u8>, n: &Negative, yaml: bool) {
    let mut style = Style::nslookup();
    style.width = 0;
    for set in &n.proofs {
        for d in &set.rdatas {
            let mut start = None;
            if yaml {
                out.extend_from_slice(YAML_INDENT);
                out.extend_from_slice(b"- '");
                start = Some(out.len());
            } else {
                out.extend_from_slice(b"; ");
            }
            out.extend_from_slice(set.name.to_text(false).as_bytes());
            out.push(b' ');
            out.extend_from_slice(types::type_to_text(set.rtype).as_bytes());
            if set.rtype == RRSIG {
                out.push(b' ');
                out.extend_from_slice(types::type_to_text(set.covers).as_bytes());
                out.extend_from_slice(b" ...");
            } else {
                out.push(b' ');
                out.extend_from_slice(rdata::to_text(set.rtype, set.class, d, &style).as_bytes());
            }
            if let Some(start) = start {
                yaml_stringify(out, start);
                out.push(b'\'');
            }
            out.push(b'\n');
        }
    }
}

#[cfg(test)]
mod tests;
