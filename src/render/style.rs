//! Colors: one small palette for nslookup text, dig text and tables, and
//! when to use it (a terminal, unless NO_COLOR; or `--color`). Color never
//! changes the text: `ColorWriter` only wraps parts of BIND's lines in ANSI
//! escapes, so removing the escapes gives back the exact bytes, which is
//! what the tests check.

use std::io::{self, Write};

use owo_colors::OwoColorize;

use crate::plan::{ColorChoice, Dialect};

/// What a piece of text is, for its color.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An owner name.
    Name,
    Ttl,
    Class,
    /// A record type.
    Type,
    /// RDATA: addresses, targets, text.
    Data,
    /// A section title (`;; ANSWER SECTION:`, `Authoritative answers...`).
    Section,
    /// NOERROR.
    RcodeOk,
    /// Any other RCODE, and errors (`** server can't find`).
    Error,
    /// A warning (`;; Warning: ...`, `;; Got SERVFAIL reply`).
    Warning,
    /// The server that answered.
    Server,
    /// Comments and statistics.
    Comment,
}

/// The palette, on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub enabled: bool,
}

impl Palette {
    pub const OFF: Palette = Palette { enabled: false };

    /// `--color=auto` is on when the output is a terminal and NO_COLOR is
    /// not set to a non-empty value (no-color.org).
    pub fn decide(choice: ColorChoice, is_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> Palette {
        let enabled = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(|v| v.is_empty()),
        };
        Palette { enabled }
    }

    /// `text` in the color of `role` (as is when the palette is off).
    pub fn paint(&self, role: Role, text: &str) -> String {
        if !self.enabled || text.is_empty() {
            return text.to_string();
        }
        match role {
            Role::Name => text.bold().cyan().to_string(),
            Role::Ttl => text.yellow().to_string(),
            Role::Class => text.dimmed().to_string(),
            Role::Type => text.magenta().to_string(),
            Role::Data => text.green().to_string(),
            Role::Section => text.bold().blue().to_string(),
            Role::RcodeOk => text.bold().green().to_string(),
            Role::Error => text.bold().red().to_string(),
            Role::Warning => text.yellow().to_string(),
            Role::Server => text.blue().to_string(),
            Role::Comment => text.dimmed().to_string(),
        }
    }
}

/// Removes ANSI escape sequences (CSI ... letter), for tests and checks
/// (the unit tests here and the integration tests). Panics on an escape
/// that is not CSI: rlookup's colors are SGR sequences only.
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            assert_eq!(chars.next(), Some('['), "an escape that is not CSI in {s:?}");
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Colors one line of a dialect's text (without its newline).
pub fn color_line(dialect: Dialect, p: &Palette, line: &str) -> String {
    if !p.enabled || line.is_empty() {
        return line.to_string();
    }
    match dialect {
        Dialect::Dig | Dialect::Delv => dig_line(p, line),
        Dialect::Nslookup => nslookup_line(p, line),
    }
}

/// The status word in `;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1`.
fn header_line(p: &Palette, line: &str) -> Option<String> {
    let (head, rest) = line.split_once("status: ")?;
    let (status, tail) = rest.split_once(',')?;
    let role = if status == "NOERROR" { Role::RcodeOk } else { Role::Error };
    Some(format!(
        "{}{}{},{}",
        p.paint(Role::Comment, head),
        p.paint(Role::Comment, "status: "),
        p.paint(role, status),
        p.paint(Role::Comment, tail)
    ))
}

/// `--validate`'s verdict line (`;; VALIDATION: `/`Validation: ` then the
/// verdict): the verdict colored by what it means; a failed link of the
/// chain view in the error color.
fn verdict_line(p: &Palette, line: &str, prefix: &str) -> Option<String> {
    if (line.starts_with(";; ") || line.starts_with("  ")) && line.ends_with(')') && line.contains(": FAILED (") {
        return Some(p.paint(Role::Error, line));
    }
    let verdict = line.strip_prefix(prefix)?;
    let role = match verdict.split(' ').next() {
        Some("secure") => Role::RcodeOk,
        Some("bogus") => Role::Error,
        _ => Role::Warning,
    };
    Some(format!("{}{}", p.paint(Role::Comment, prefix), p.paint(role, verdict)))
}

fn dig_line(p: &Palette, line: &str) -> String {
    if let Some(s) = verdict_line(p, line, ";; VALIDATION: ") {
        return s;
    }
    if line.starts_with(";; ") && line.ends_with(" SECTION:") || line == ";; OPT PSEUDOSECTION:" {
        return p.paint(Role::Section, line);
    }
    if line.starts_with(";; ->>HEADER<<-")
        && let Some(s) = header_line(p, line)
    {
        return s;
    }
    if line.starts_with(";; SERVER: ") {
        return p.paint(Role::Server, line);
    }
    if line.starts_with(";; communications error") || line.starts_with(";; no servers") || line.starts_with(";; connection timed out") {
        return p.paint(Role::Error, line);
    }
    if line.starts_with(";; Warning") || line.starts_with(";; WARNING") || line.starts_with(";; Got ") || line.starts_with(";; Truncated") {
        return p.paint(Role::Warning, line);
    }
    if line.starts_with(';') {
        return p.paint(Role::Comment, line);
    }
    // A record: owner, TTL, class, type, RDATA separated by tabs (BIND's
    // columns); +nottlid/+noclass/+short lines have fewer fields.
    let fields: Vec<&str> = line.split('\t').collect();
    let words: Vec<(usize, &str)> = fields.iter().enumerate().filter(|(_, f)| !f.is_empty()).map(|(i, f)| (i, *f)).collect();
    if words.len() >= 3 && !line.starts_with('\t') && !line.starts_with(' ') {
        let type_at = words.iter().position(|(_, w)| is_type_word(w));
        if let Some(t) = type_at.filter(|&t| t >= 1) {
            let mut out = String::new();
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                let pos = words.iter().position(|(j, _)| *j == i);
                let role = match pos {
                    None => {
                        out.push_str(f);
                        continue;
                    }
                    Some(0) => Role::Name,
                    Some(k) if k == t => Role::Type,
                    Some(k) if k > t => Role::Data,
                    Some(_)
                        if f.bytes().all(|b| b.is_ascii_digit())
                            || f.ends_with(|c: char| "smhdw".contains(c)) && f.starts_with(|c: char| c.is_ascii_digit()) =>
                    {
                        Role::Ttl
                    }
                    Some(_) => Role::Class,
                };
                out.push_str(&p.paint(role, f));
            }
            return out;
        }
    }
    p.paint(Role::Data, line)
}

/// A record type mnemonic as dig prints it.
fn is_type_word(w: &str) -> bool {
    crate::wire::types::type_from_text(w).is_some() && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

fn nslookup_line(p: &Palette, line: &str) -> String {
    if let Some(s) = verdict_line(p, line, "Validation: ") {
        return s;
    }
    if let Some(rest) = line.strip_prefix("Server:") {
        return format!("{}{}", p.paint(Role::Comment, "Server:"), p.paint(Role::Server, rest));
    }
    if let Some(rest) = line.strip_prefix("Address:\t") {
        return format!("{}{}", p.paint(Role::Comment, "Address:\t"), p.paint(Role::Server, rest));
    }
    if let Some(rest) = line.strip_prefix("Name:\t") {
        return format!("{}{}", p.paint(Role::Comment, "Name:\t"), p.paint(Role::Name, rest));
    }
    if let Some(rest) = line.strip_prefix("Address: ") {
        return format!("{}{}", p.paint(Role::Comment, "Address: "), p.paint(Role::Data, rest));
    }
    if line.starts_with("** ")
        || line.starts_with("*** ")
        || line.starts_with(";; communications error")
        || line.starts_with(";; no servers")
    {
        return p.paint(Role::Error, line);
    }
    if line.starts_with(";;") {
        return p.paint(Role::Warning, line);
    }
    if line == "Non-authoritative answer:"
        || line.starts_with("Authoritative answers")
        || line.starts_with("------------")
        || line.starts_with("    ") && line.ends_with(':')
    {
        return p.paint(Role::Section, line);
    }
    if let Some((owner, rest)) = line.split_once('\t') {
        if !owner.is_empty() {
            // `owner\tlabel = data` or `owner\thas AAAA address data`.
            let (label, data) = match rest.split_once(" = ") {
                Some((l, d)) => (format!("{l} = "), d.to_string()),
                None => match rest.strip_prefix("has AAAA address ") {
                    Some(d) => ("has AAAA address ".to_string(), d.to_string()),
                    None => (String::new(), rest.to_string()),
                },
            };
            return format!("{}\t{}{}", p.paint(Role::Name, owner), p.paint(Role::Comment, &label), p.paint(Role::Data, &data));
        }
        // `\torigin = ...`, `\tttl = 300`
        return format!("\t{}", p.paint(Role::Data, rest));
    }
    line.to_string()
}

/// A writer that colors complete lines of a dialect's text on their way
/// out (a pass-through when the palette is off).
pub struct ColorWriter<W: Write> {
    inner: W,
    dialect: Dialect,
    palette: Palette,
    pending: Vec<u8>,
}

impl<W: Write> ColorWriter<W> {
    pub fn new(inner: W, dialect: Dialect, palette: Palette) -> Self {
        ColorWriter { inner, dialect, palette, pending: Vec::new() }
    }

    fn emit(&mut self, line: &[u8]) -> io::Result<()> {
        if line.contains(&0x1b) {
            // Already colored (a table): as is.
            return self.inner.write_all(line);
        }
        match std::str::from_utf8(line) {
            Ok(text) => self.inner.write_all(color_line(self.dialect, &self.palette, text).as_bytes()),
            Err(_) => self.inner.write_all(line),
        }
    }
}

impl<W: Write> Write for ColorWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.palette.enabled {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        while let Some(i) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=i).collect();
            self.emit(&line[..line.len() - 1])?;
            self.inner.write_all(b"\n")?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let line = std::mem::take(&mut self.pending);
            self.emit(&line)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ON: Palette = Palette { enabled: true };

    #[test]
    fn auto_follows_terminal_and_no_color() {
        assert!(Palette::decide(ColorChoice::Auto, true, None).enabled);
        assert!(!Palette::decide(ColorChoice::Auto, false, None).enabled);
        assert!(!Palette::decide(ColorChoice::Auto, true, Some("1".as_ref())).enabled);
        assert!(Palette::decide(ColorChoice::Auto, true, Some("".as_ref())).enabled);
        assert!(Palette::decide(ColorChoice::Always, false, Some("1".as_ref())).enabled);
        assert!(!Palette::decide(ColorChoice::Never, true, None).enabled);
    }

    #[test]
    fn coloring_never_changes_the_text() {
        let dig = "\n; <<>> rlookup 0.1.0 <<>> www.ietf.org\n;; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 19744\n;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n\n;; QUESTION SECTION:\n;www.ietf.org.\t\t\tIN\tA\n\n;; ANSWER SECTION:\nwww.ietf.org.\t\t1800\tIN\tA\t65.246.255.51\nconcordia.ca.\t\t3600\tIN\tSOA\tns-a.concordia.ca. hostmaster.concordia.ca. 2026010100 10800 3600 1209600 3600\n\n;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n";
        let ns = "Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\nNon-authoritative answer:\nName:\twww.ietf.org\nAddress: 65.246.255.51\nconcordia.ca\tmail exchanger = 10 mx1.concordia.ca.\nns1.p05.dynect.net\thas AAAA address 2001:500:90:1::5\nconcordia.ca\n\torigin = ns-a.concordia.ca\n** server can't find x: NXDOMAIN\n\n";
        for (dialect, text) in [(Dialect::Dig, dig), (Dialect::Nslookup, ns)] {
            let mut w = ColorWriter::new(Vec::new(), dialect, ON);
            w.write_all(text.as_bytes()).unwrap();
            w.flush().unwrap();
            let colored = String::from_utf8(w.inner).unwrap();
            assert_ne!(colored, text, "{dialect:?}: something is colored");
            assert_eq!(strip_ansi(&colored), text, "{dialect:?}");
        }
    }

    #[test]
    fn roles_in_a_dig_record_line() {
        let line = color_line(Dialect::Dig, &ON, "www.ietf.org.\t\t1800\tIN\tA\t65.246.255.51");
        assert!(line.contains(&ON.paint(Role::Name, "www.ietf.org.")));
        assert!(line.contains(&ON.paint(Role::Ttl, "1800")));
        assert!(line.contains(&ON.paint(Role::Type, "A")));
        assert!(line.contains(&ON.paint(Role::Data, "65.246.255.51")));
        let status = color_line(Dialect::Dig, &ON, ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 7");
        assert!(status.contains(&ON.paint(Role::Error, "NXDOMAIN")));
    }

    #[test]
    fn off_is_a_pass_through() {
        let mut w = ColorWriter::new(Vec::new(), Dialect::Dig, Palette::OFF);
        w.write_all(b"a\tb").unwrap();
        w.flush().unwrap();
        assert_eq!(w.inner, b"a\tb");
    }
}
