//! `--compare`'s view: one lookup asked of several servers, side by side
//! (`event::compare::Comparison`). A line with the question, then a table
//! (tabled, drawn as `--table`'s: rounded Unicode borders on a terminal,
//! wrapped to its width; plain ASCII otherwise) with one column per server
//! and a row each for the status, the flags, the query time, and every
//! distinct record of the answer (and authority) section, whose cells are
//! that server's TTL or `-` where it lacks the record. Rows that differ
//! between servers are marked (`*`, `≠` in Unicode, in the palette's error
//! color); TTLs and query times never count as differences. A last line
//! says `servers agree` or what differs. The dig and nslookup text sinks
//! and `--table` print it on standard output.

use std::io::{self, Write};

use tabled::builder::Builder;
use tabled::settings::peaker::Priority;
use tabled::settings::{Style, Width};

use super::style::{Palette, Role};
use crate::event::compare::{Compared, Comparison, RecordRow, ServerOutcome, Status};
use crate::response::sockaddr_text;
use crate::wire::{Record, Section, rdata, types};

const IN: u16 = 1;

/// The name asked: as the first reply's query had it (search list
/// applied), or as typed.
pub fn asked_name(c: &Comparison) -> String {
    match c.servers.iter().find_map(|s| s.outcome.reply()) {
        Some(r) => r.qname.to_text(false),
        None => match crate::wire::Name::from_text(&c.lookup.textname, None) {
            Ok(n) => n.to_text(false),
            Err(_) => c.lookup.textname.escape_debug().to_string(),
        },
    }
}

/// The question: name, class and type.
fn question(c: &Comparison) -> String {
    format!("{} {} {}", asked_name(c), types::class_to_text(c.lookup.rdclass), types::type_to_text(c.lookup.rdtype))
}

/// A server's column header: its name as typed, `#port` when not 53, and
/// the address asked when the name is not that address.
pub fn server_header(s: &Compared) -> String {
    let port = s.addr.map(|a| a.port()).or(s.server.port).unwrap_or(53);
    let mut head = s.server.label.to_string();
    if port != 53 {
        head.push_str(&format!("#{port}"));
    }
    if let Some(addr) = s.addr
        && addr.ip().to_string() != *s.server.label
    {
        head.push('\n');
        head.push_str(&sockaddr_text(addr));
    }
    head
}

/// A record as the row's label: `NAME [CLASS] TYPE DATA` in dig's text.
fn record_label(r: &Record, p: &Palette) -> String {
    let class = if r.class == IN { String::new() } else { format!("{} ", p.paint(Role::Class, &types::class_to_text(r.class))) };
    format!(
        "{} {class}{} {}",
        p.paint(Role::Name, &r.name.to_text(false)),
        p.paint(Role::Type, &types::type_to_text(r.rtype)),
        p.paint(Role::Data, &rdata::to_text(r.rtype, r.class, &r.rdata, &rdata::Style::dig()))
    )
}

fn count(n: usize) -> String {
    if n == 1 { "1 record".into() } else { format!("{n} records") }
}

/// The table's rows: marker, label, one cell per server.
struct Rows<'p> {
    rows: Vec<Vec<String>>,
    marker: &'static str,
    p: &'p Palette,
}

impl Rows<'_> {
    fn push(&mut self, differs: bool, label: String, cells: Vec<String>) {
        let mark = if differs { self.p.paint(Role::Error, self.marker) } else { String::new() };
        let mut row = vec![mark, label];
        row.extend(cells);
        self.rows.push(row);
    }

    /// A section's title (with each server's record count), then its
    /// records.
    fn section(&mut self, c: &Comparison, title: &str, section: Section, records: &[RecordRow<'_>]) {
        let counts =
            c.servers.iter().map(|s| s.outcome.reply().map_or("-".into(), |r| count(r.response.message.section(section).len()))).collect();
        self.push(false, self.p.paint(Role::Section, title), counts);
        for row in records {
            let cells = row.ttls.iter().map(|t| t.map_or("-".into(), |t| self.p.paint(Role::Ttl, &t.to_string()))).collect();
            self.push(row.differs(), record_label(row.record, self.p), cells);
        }
    }
}

/// The last line: `servers agree`, or what differs (and who gave no reply).
pub fn verdict(c: &Comparison) -> String {
    let silent: Vec<String> = c.unanswered().map(|s| s.addr.map_or_else(|| s.server.label.to_string(), sockaddr_text)).collect();
    if !c.servers.is_empty() && silent.len() == c.servers.len() {
        return "no server replied".into();
    }
    let diffs = c.differences();
    let said = if diffs.is_empty() {
        "servers agree".to_string()
    } else {
        format!("servers differ: {}", diffs.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", "))
    };
    if silent.is_empty() { said } else { format!("no reply from {}; {said}", silent.join(", ")) }
}

/// Prints the comparison: the question, the table (Unicode borders or
/// ASCII; wrapped to `width` if given), the verdict, a blank line.
pub fn render(w: &mut dyn Write, c: &Comparison, p: &Palette, unicode: bool, width: Option<usize>) -> io::Result<()> {
    let n = c.servers.len();
    writeln!(w, ";; {}: {n} server{}", p.paint(Role::Name, &question(c)), if n == 1 { "" } else { "s" })?;
    let mut rows = Rows { rows: Vec::new(), marker: if unicode { "≠" } else { "*" }, p };

    let status = c.status();
    let status_differs = status.windows(2).any(|w| w[0] != w[1]);
    let cells = c
        .servers
        .iter()
        .zip(&status)
        .map(|(s, st)| {
            let role = if *st == Status::Rcode(0) { Role::RcodeOk } else { Role::Error };
            p.paint(role, &s.outcome.to_string())
        })
        .collect();
    rows.push(status_differs, p.paint(Role::Comment, "status"), cells);

    let flags = c.flags();
    let cells = flags.iter().map(|f| f.map_or("-".into(), |f| f.names().join(" "))).collect();
    rows.push(flags.windows(2).any(|w| w[0] != w[1]), p.paint(Role::Comment, "flags"), cells);

    let cells = c
        .servers
        .iter()
        .map(|s| match &s.outcome {
            ServerOutcome::Reply(r) => format!("{} ms ({})", r.response.rtt.as_millis(), r.response.protocol),
            ServerOutcome::NoReply { .. } => "-".into(),
        })
        .collect();
    rows.push(false, p.paint(Role::Comment, "query time"), cells);

    rows.section(c, "ANSWER", Section::Answer, &c.records(Section::Answer));
    let authority = c.records(Section::Authority);
    if !authority.is_empty() {
        rows.section(c, "AUTHORITY", Section::Authority, &authority);
    }

    let mut b = Builder::default();
    let mut head = vec![String::new(), String::new()];
    head.extend(c.servers.iter().map(|s| p.paint(Role::Server, &server_header(s))));
    b.push_record(head);
    for row in rows.rows {
        b.push_record(row);
    }
    let mut t = b.build();
    if unicode {
        t.with(Style::rounded());
    } else {
        t.with(Style::ascii());
    }
    if let Some(width) = width {
        t.with(Width::wrap(width).priority(Priority::max(true)));
    }
    writeln!(w, "{t}")?;
    let line = verdict(c);
    let role = if c.agree() && c.unanswered().next().is_none() { Role::RcodeOk } else { Role::Error };
    writeln!(w, "{}", p.paint(role, &line))?;
    writeln!(w)
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
