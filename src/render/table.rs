//! `--table`: a response's records as a table (tabled): name, TTL, class,
//! type, data, for the answer or the sections asked for, under a one-line
//! summary of the question, the RCODE and the server. On a terminal the
//! table has rounded Unicode borders and its data column wraps to the
//! terminal's width; otherwise it is plain ASCII at full width, so scripts
//! can read it. With `--validate`, a VALIDATION column and the verdict
//! under each reply's tables (see [`table`]).

use std::io::{self, Write};
use std::sync::Arc;

use tabled::builder::Builder;
use tabled::settings::object::Columns;
use tabled::settings::style::HorizontalLine;
use tabled::settings::{Modify, Style, Width};

use super::style::{Palette, Role};
use super::{Output, Sink};
use crate::error::Error;
use crate::event::validation::{Check, Validation};
use crate::event::{Event, Reply};
use crate::plan::TableSections;
use crate::response::{Response, sockaddr_text};
use crate::wire::{Record, Section, rdata, types};

const RRSIG: u16 = 46;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// The terminal's width, when printing to one (wrap to it).
    pub width: Option<usize>,
    /// Unicode borders (a terminal) or plain ASCII.
    pub unicode: bool,
}

impl Layout {
    /// For standard output as it is now.
    pub fn detect() -> Layout {
        let tty = std::io::IsTerminal::is_terminal(&io::stdout());
        let width = if tty { terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)) } else { None };
        Layout { width, unicode: tty }
    }
}

/// The summary line: `;; www.ietf.org. IN A: NOERROR from 127.0.0.53#53
/// (UDP) in 3 ms`.
fn summary(r: &Response, p: &Palette) -> String {
    let msg = &r.message;
    let question = msg
        .question
        .first()
        .map(|q| format!("{} {} {}", q.name.to_text(false), types::class_to_text(q.qclass), types::type_to_text(q.qtype)))
        .unwrap_or_default();
    let rcode = types::rcode_to_text(msg.rcode());
    let role = if msg.rcode() == 0 { Role::RcodeOk } else { Role::Error };
    let mut flags = Vec::new();
    if msg.header.aa {
        flags.push("authoritative");
    }
    if msg.header.tc {
        flags.push("truncated");
    }
    let flags = if flags.is_empty() { String::new() } else { format!(", {}", flags.join(", ")) };
    format!(
        ";; {}: {}{} from {} ({}) in {} ms",
        p.paint(Role::Name, &question),
        p.paint(role, &rcode),
        flags,
        p.paint(Role::Server, &format!("{}({})", sockaddr_text(r.server), r.server_label)),
        r.protocol,
        r.rtt.as_millis()
    )
}

/// One record's cells: name, TTL, class, type, (`--validate`: how far its
/// rdataset is trusted,) data.
fn cells(r: &Record, check: Option<&Check>) -> Vec<(Role, String)> {
    let mut row = vec![
        (Role::Name, r.name.to_text(false)),
        (Role::Ttl, r.ttl.to_string()),
        (Role::Class, types::class_to_text(r.class)),
        (Role::Type, types::type_to_text(r.rtype)),
    ];
    if let Some(c) = check {
        let rtype = if r.rtype == RRSIG && r.rdata.len() >= 2 { u16::from_be_bytes([r.rdata[0], r.rdata[1]]) } else { r.rtype };
        let trust = c.trust_of(&r.name, rtype).unwrap_or("-");
        let role = match trust {
            "secure" => Role::RcodeOk,
            "bogus" => Role::Error,
            _ => Role::Comment,
        };
        row.push((role, trust.to_string()));
    }
    row.push((Role::Data, rdata::to_text(r.rtype, r.class, &r.rdata, &rdata::Style::dig())));
    row
}

/// `--validate` adds a VALIDATION column, before the data (which stays
/// last, the one that wraps): each record's rdataset as the validator
/// left it (`secure`, `insecure`, `bogus`, or `-` for records it did not
/// look at, such as a referral's). The verdict and its reason, too long
/// for a cell, go on a line under the table (`verdict::table_footer`).
fn table(records: &[&Record], p: &Palette, layout: &Layout, check: Option<&Check>) -> String {
    let mut heads = vec!["NAME", "TTL", "CLASS", "TYPE"];
    if check.is_some() {
        heads.push("VALIDATION");
    }
    heads.push("DATA");
    let rows: Vec<Vec<(Role, String)>> = records.iter().map(|r| cells(r, check)).collect();
    let mut b = Builder::default();
    b.push_record(heads.iter().map(|h| p.paint(Role::Section, h)));
    for row in &rows {
        b.push_record(row.iter().map(|(role, text)| p.paint(*role, text)));
    }
    let mut t = b.build();
    // The same layout on a terminal and piped: a line under the header
    // and none between rows; rounded Unicode borders on a terminal, ASCII
    // ones elsewhere.
    if layout.unicode {
        t.with(Style::rounded());
    } else {
        t.with(Style::ascii().remove_horizontal().horizontals([(1, HorizontalLine::inherit(Style::ascii()))]));
    }
    if let Some(width) = layout.width {
        // Give the data column what the other columns leave, at least 16.
        let others: usize = (0..heads.len() - 1)
            .map(|c| std::iter::once(heads[c].len()).chain(rows.iter().map(|row| row[c].1.len())).max().unwrap_or(0) + 3)
            .sum();
        let data = width.saturating_sub(others + 4).max(16);
        t.with(Modify::new(Columns::last()).with(Width::wrap(data)));
    }
    t.to_string()
}

/// Prints one response as tables of the sections asked for.
pub fn render(w: &mut dyn Write, r: &Response, sections: TableSections, p: &Palette, layout: &Layout) -> io::Result<()> {
    render_checked(w, r, sections, p, layout, None)
}

/// [`render`], with `--validate`'s column and, under the tables, the
/// verdict on the response's question (and the chain view if asked).
pub fn render_checked(
    w: &mut dyn Write,
    r: &Response,
    sections: TableSections,
    p: &Palette,
    layout: &Layout,
    validated: Option<(&Check, bool)>,
) -> io::Result<()> {
    render_many(w, &[r], sections, p, layout, validated)
}

/// Responses drawn together (nslookup's A and AAAA replies for one name):
/// their summary lines, then one table of each section asked for, their
/// records in the responses' order; under them the verdict, if given.
fn render_many(
    w: &mut dyn Write,
    responses: &[&Response],
    sections: TableSections,
    p: &Palette,
    layout: &Layout,
    validated: Option<(&Check, bool)>,
) -> io::Result<()> {
    for r in responses {
        writeln!(w, "{}", summary(r, p))?;
    }
    let wanted = [
        (sections.answer, Section::Answer, "ANSWER"),
        (sections.authority, Section::Authority, "AUTHORITY"),
        (sections.additional, Section::Additional, "ADDITIONAL"),
    ];
    let several = wanted.iter().filter(|(on, _, _)| *on).count() > 1;
    let check = validated.map(|(c, _)| c);
    for (on, section, title) in wanted {
        if !on {
            continue;
        }
        let records: Vec<&Record> = responses.iter().flat_map(|r| r.message.section(section)).collect();
        if several {
            writeln!(w, "{}", p.paint(Role::Section, title))?;
        }
        if records.is_empty() {
            writeln!(w, "(no records)")?;
        } else {
            writeln!(w, "{}", table(&records, p, layout, check))?;
        }
    }
    if let Some((c, chain)) = validated {
        super::verdict::table_footer(w, c, chain)?;
    }
    writeln!(w)
}

/// `--table`: each reply as tables; everything else as the dialect's text
/// sink prints it (its warnings and errors), except what only BIND's text
/// has (the statistics, `+qr`'s query, nslookup's own lines).
pub struct TableSink<S: Sink> {
    pub text: S,
    pub sections: TableSections,
    pub palette: Palette,
    pub layout: Layout,
    /// The line each reply's table starts with when systemd-resolved's
    /// stub is in use (whom it forwards to).
    pub note: Option<String>,
    /// `--validate`: the replies waiting for their lookup's verdict
    /// (`Event::Validation`, after the lookup's events), to be drawn with
    /// it; None: each reply is drawn as it comes.
    pub held: Option<Vec<Arc<Reply>>>,
    /// nslookup's default lookup: its A reply, waiting for the AAAA one
    /// to share its table.
    pub pending_a: Option<Arc<Reply>>,
}

/// A reply of nslookup's default lookup (A, then AAAA for the same name).
fn paired(r: &Reply, rdtype: u16) -> bool {
    r.lookup.display.pair && r.lookup.rdtype == rdtype
}

impl<S: Sink> TableSink<S> {
    /// Draws one reply, or nslookup's A and AAAA replies together, under
    /// the stub's note; with the verdict on the (first) question if given.
    fn draw(&self, w: &mut dyn Write, replies: &[&Reply], v: Option<&Validation>) -> io::Result<()> {
        if let Some(note) = &self.note {
            writeln!(w, "{note}")?;
        }
        let question = replies.first().and_then(|r| r.response.message.question.first());
        let check = v.zip(question).and_then(|(v, q)| v.check_for(&q.name, q.qtype).map(|c| (c, v.show_chain)));
        let responses: Vec<&Response> = replies.iter().map(|r| &r.response).collect();
        render_many(w, &responses, self.sections, &self.palette, &self.layout, check)
    }

    /// Draws the held replies, with the verdict if it has come.
    fn release(&mut self, w: &mut dyn Write, v: Option<&Validation>) -> io::Result<()> {
        let held = self.held.as_mut().map(std::mem::take).unwrap_or_default();
        for r in &held {
            self.draw(w, &[r], v)?;
        }
        Ok(())
    }
}

impl<S: Sink> Sink for TableSink<S> {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        const A: u16 = 1;
        const AAAA: u16 = 28;
        if self.held.is_none() {
            match event {
                Event::Reply(r) if paired(r, A) && self.pending_a.is_none() => {
                    self.pending_a = Some(r.clone());
                    return Ok(());
                }
                Event::Reply(r) if paired(r, AAAA) && self.pending_a.is_some() => {
                    let a = self.pending_a.take().expect("checked");
                    return Ok(self.draw(out.out(), &[&a, r], None)?);
                }
                // What prints nothing leaves the A reply waiting.
                Event::Sending(_) | Event::Received(_) | Event::Text(_) | Event::Packet { .. } | Event::LookupDone | Event::Globals(_) => {}
                _ => {
                    if let Some(a) = self.pending_a.take() {
                        self.draw(out.out(), &[&a], None)?;
                    }
                }
            }
        }
        if self.held.is_some() {
            match event {
                Event::Reply(r) => {
                    self.held.as_mut().expect("holding").push(r.clone());
                    return Ok(());
                }
                Event::Validation(v) => return Ok(self.release(out.out(), Some(v))?),
                Event::Sending(_) | Event::Received(_) | Event::Text(_) | Event::Packet { .. } | Event::LookupDone | Event::Globals(_) => {}
                _ => self.release(out.out(), None)?,
            }
        }
        match event {
            Event::Reply(r) => self.draw(out.out(), &[r], None)?,
            Event::Compare(c) => super::compare::render(out.out(), c, &self.palette, self.layout.unicode, self.layout.width)?,
            // The verdicts without a table to go under (not holding).
            Event::Validation(v) => {
                for c in &v.checks {
                    super::verdict::table_footer(out.out(), c, v.show_chain)?;
                }
            }
            Event::Sending(_) | Event::Received(_) | Event::Text(_) => {}
            other => self.text.event(other, out)?,
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Output) -> Result<(), Error> {
        if let Some(a) = self.pending_a.take() {
            self.draw(out.out(), &[&a], None)?;
        }
        self.release(out.out(), None)?;
        self.text.finish(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::{CookieCheck, Protocol};
    use std::time::{Duration, SystemTime};

    /// A reply: www.example. A 192.0.2.1 and 192.0.2.2 (TTL 1800), and in
    /// the authority section example. MX 10 mx1.example. (TTL 3600).
    const REPLY: &[u8] = &[
        0x12, 0x34, // ID
        0x81, 0x80, // QR, RD, RA; NOERROR
        0, 1, 0, 2, 0, 1, 0, 0, // QDCOUNT 1, ANCOUNT 2, NSCOUNT 1, ARCOUNT 0
        3, b'w', b'w', b'w', 7, b'e', b'x', b'a', b'm', b'p', b'l', b'e', 0, // QNAME www.example. (offset 12)
        0, 1, 0, 1, // QTYPE A, QCLASS IN
        0xc0, 12, 0, 1, 0, 1, 0, 0, 0x07, 0x08, 0, 4, 192, 0, 2, 1, // www.example. A, TTL 1800, 192.0.2.1
        0xc0, 12, 0, 1, 0, 1, 0, 0, 0x07, 0x08, 0, 4, 192, 0, 2, 2, // www.example. A, TTL 1800, 192.0.2.2
        0xc0, 16, 0, 15, 0, 1, 0, 0, 0x0e, 0x10, 0, 8, // example. MX, TTL 3600, RDLENGTH 8
        0, 10, 3, b'm', b'x', b'1', 0xc0, 16, // preference 10, exchange mx1 + pointer to example.
    ];

    fn response() -> Response {
        Response {
            query: Vec::new(),
            bytes: REPLY.to_vec(),
            message: std::sync::Arc::new(crate::wire::message::parse(REPLY).expect("fixture parses")),
            server: "127.0.0.53:53".parse().unwrap(),
            server_label: "127.0.0.53".into(),
            protocol: Protocol::Udp,
            sent_at: SystemTime::UNIX_EPOCH,
            rtt: Duration::from_millis(3),
            cookie: CookieCheck::NotChecked,
            malformed: false,
        }
    }

    fn render_text(sections: TableSections, layout: Layout, p: Palette) -> String {
        let mut out = Vec::new();
        render(&mut out, &response(), sections, &p, &layout).unwrap();
        String::from_utf8(out).unwrap()
    }

    const ANSWER: TableSections = TableSections { answer: true, authority: false, additional: false };

    #[test]
    fn plain_ascii_when_not_a_terminal() {
        let text = render_text(ANSWER, Layout { width: None, unicode: false }, Palette::OFF);
        let expected = "\
;; www.example. IN A: NOERROR from 127.0.0.53#53(127.0.0.53) (UDP) in 3 ms
+--------------+------+-------+------+-----------+
| NAME         | TTL  | CLASS | TYPE | DATA      |
+--------------+------+-------+------+-----------+
| www.example. | 1800 | IN    | A    | 192.0.2.1 |
| www.example. | 1800 | IN    | A    | 192.0.2.2 |
+--------------+------+-------+------+-----------+

";
        assert_eq!(text, expected);
    }

    #[test]
    fn sections_on_request() {
        let all = TableSections { answer: true, authority: true, additional: true };
        let text = render_text(all, Layout { width: None, unicode: false }, Palette::OFF);
        assert!(text.contains("ANSWER\n"));
        assert!(text.contains("AUTHORITY\n"));
        assert!(text.contains("| example. | 3600 | IN    | MX   | 10 mx1.example. |"), "{text}");
        assert!(text.contains("ADDITIONAL\n(no records)\n"));
    }

    /// t. TXT with one 80-character string.
    fn long_txt() -> Response {
        let mut reply = vec![
            0, 1, 0x84, 0, // ID, QR AA
            0, 0, 0, 1, 0, 0, 0, 0, // no question, one answer
            1, b't', 0, // NAME t.
            0, 16, 0, 1, 0, 0, 0, 60, // TXT IN, TTL 60
            0, 81, 80, // RDLENGTH 81, string length 80
        ];
        reply.extend(std::iter::repeat_n(b'x', 80));
        let mut r = response();
        r.message = std::sync::Arc::new(crate::wire::message::parse(&reply).expect("fixture parses"));
        r.bytes = reply;
        r
    }

    #[test]
    fn wraps_to_the_terminal() {
        let layout = Layout { width: Some(60), unicode: true };
        let mut out = Vec::new();
        render(&mut out, &long_txt(), ANSWER, &Palette::OFF, &layout).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains('╭'), "{text}");
        for line in text.lines().skip(1) {
            assert!(line.chars().count() <= 60, "{line:?}\n{text}");
        }
        // The data is all there, over several lines.
        let xs: usize = text.lines().map(|l| l.matches('x').count()).sum();
        assert_eq!(xs, 80);
        // Without a terminal, nothing wraps.
        let mut out = Vec::new();
        render(&mut out, &long_txt(), ANSWER, &Palette::OFF, &Layout { width: None, unicode: false }).unwrap();
        assert!(String::from_utf8(out).unwrap().contains(&format!("\"{}\"", "x".repeat(80))));
    }

    #[test]
    fn colors_do_not_change_the_text() {
        let plain = render_text(ANSWER, Layout { width: None, unicode: false }, Palette::OFF);
        let colored = render_text(ANSWER, Layout { width: None, unicode: false }, Palette { enabled: true });
        assert_ne!(plain, colored);
        assert_eq!(super::super::style::strip_ansi(&colored), plain);
    }
}
