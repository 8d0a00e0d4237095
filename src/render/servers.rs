//! `--servers`: the resolver configuration in effect as a table: each
//! server's address and port and where it came from (resolv.conf, the
//! systemd-resolved stub, resolved's upstream servers, the command line),
//! then the search list, ndots, timeout and attempts. What students
//! otherwise piece together from `resolvectl status` and two resolv.conf
//! files.

use std::io::{self, Write};

use tabled::builder::Builder;
use tabled::settings::Style;

use super::style::{Palette, Role};
use crate::plan::{ServerOrigin, ServersView};

pub fn origin_text(o: ServerOrigin) -> &'static str {
    match o {
        ServerOrigin::ResolvConf => "resolv.conf",
        ServerOrigin::ResolvedStub => "systemd-resolved stub",
        ServerOrigin::ResolvedUpstream => "systemd-resolved upstream",
        ServerOrigin::CommandLine => "command line",
        ServerOrigin::Fallback => "default (no server configured)",
    }
}

/// How the text sinks draw their tables (`--servers`, `--compare`).
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub palette: Palette,
    /// Unicode borders (a terminal) or plain ASCII.
    pub unicode: bool,
    /// The terminal's width, when printing to one (`--compare` wraps to it).
    pub width: Option<usize>,
}

impl Look {
    pub fn render(&self, w: &mut dyn Write, v: &ServersView) -> io::Result<()> {
        render(w, v, &self.palette, self.unicode)
    }
}

/// Prints the view: a table of servers, then the other settings.
pub fn render(w: &mut dyn Write, v: &ServersView, p: &Palette, unicode: bool) -> io::Result<()> {
    let mut b = Builder::default();
    b.push_record(["SERVER", "PORT", "SOURCE", "USED"].map(|h| p.paint(Role::Section, h)));
    for s in &v.servers {
        b.push_record([
            p.paint(Role::Server, &s.address),
            s.port.to_string(),
            origin_text(s.origin).to_string(),
            match s.unused {
                None => "yes".to_string(),
                Some(why) => format!("no ({why})"),
            },
        ]);
    }
    let mut t = b.build();
    if unicode {
        t.with(Style::rounded());
    } else {
        t.with(Style::ascii());
    }
    writeln!(w, "{t}")?;
    let search = if v.search.is_empty() { "(none)".to_string() } else { v.search.join(" ") };
    writeln!(w, "search list: {search}")?;
    writeln!(w, "ndots: {}", v.ndots)?;
    let timeout = if v.timeout == 0 { "default (5 s UDP, 10 s TCP)".to_string() } else { format!("{} s", v.timeout) };
    writeln!(w, "timeout: {timeout}")?;
    writeln!(w, "attempts: {}", v.attempts)?;
    if !v.sources.is_empty() {
        writeln!(w, "read from: {}", v.sources.join(", "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ServerRow, UNUSED_UPSTREAM};

    #[test]
    fn stub_and_upstreams() {
        let v = ServersView {
            servers: vec![
                ServerRow { address: "127.0.0.53".into(), port: 53, origin: ServerOrigin::ResolvedStub, unused: None },
                ServerRow { address: "127.0.10.1".into(), port: 53, origin: ServerOrigin::ResolvedUpstream, unused: Some(UNUSED_UPSTREAM) },
            ],
            search: vec![".".into()],
            ndots: 1,
            timeout: 0,
            attempts: 3,
            sources: vec!["/etc/resolv.conf".into(), "/run/systemd/resolve/resolv.conf".into()],
        };
        let mut out = Vec::new();
        render(&mut out, &v, &Palette::OFF, false).unwrap();
        let expected = "\
+------------+------+---------------------------+---------------------+
| SERVER     | PORT | SOURCE                    | USED                |
+------------+------+---------------------------+---------------------+
| 127.0.0.53 | 53   | systemd-resolved stub     | yes                 |
+------------+------+---------------------------+---------------------+
| 127.0.10.1 | 53   | systemd-resolved upstream | no (use --upstream) |
+------------+------+---------------------------+---------------------+
search list: .
ndots: 1
timeout: default (5 s UDP, 10 s TCP)
attempts: 3
read from: /etc/resolv.conf, /run/systemd/resolve/resolv.conf
";
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }
}
