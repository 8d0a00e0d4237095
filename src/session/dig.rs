//! dig, running: dig.c's main() around the lookup engine. The grammar
//! (`cli::dig`) is driven event by event, answering its requests (server
//! addresses, the batch file) in BIND's order; the lookups it queues run on
//! the engine; replies are printed by `render::dig`. With `-f`, each batch
//! line is parsed and run after the previous line's lookups are done, as
//! dig's query_finished() does.

use std::io::{self, BufRead, Write};

use crate::cli::dig::{self as grammar, Dig, Event, Globals, Host};
use crate::config::ResolvConf;
use crate::error::{Error, Result};
use crate::lookup::{Engine, Printer, QueryCtx};
use crate::plan::{Lookup, Server, Settings};
use crate::render::dig as text;
use crate::response::{Packet, Response};
use crate::session::present::Presenter;
use crate::wire::Message;

/// dig's side of the engine: prints replies and messages on stdout.
pub struct DigPrinter<W: Write> {
    pub out: W,
    pub globals: Globals,
    /// JSON or table output instead of BIND's text.
    pub present: Presenter,
}

impl<W: Write> Printer for DigPrinter<W> {
    fn print_message(&mut self, q: &QueryCtx<'_>, response: &Response) -> io::Result<Vec<Lookup>> {
        if self.present.response(&mut self.out, response, q.lookup.display.qr)? {
            return Ok(Vec::new());
        }
        let p = text::Printed {
            lookup: q.lookup,
            msg: &response.message,
            bytes: &response.bytes,
            is_query: false,
            headers: true,
            cookie: response.cookie,
            msg_count: q.xfr.map_or(0, |x| x.messages),
            server: q.addr,
            local: Some(unspecified_like(q.addr)),
            sent_at: Some(response.sent_at),
            rtt: response.rtt,
        };
        text::print_message(&mut self.out, &self.globals, &p)?;
        Ok(Vec::new())
    }

    fn received(&mut self, q: &QueryCtx<'_>, response: &Response) -> io::Result<()> {
        if !self.present.is_text() {
            return Ok(());
        }
        let s = text::Stats {
            lookup: q.lookup,
            bytes: response.bytes.len(),
            from: response.server,
            label: &q.server.label,
            rtt: response.rtt,
            tcp: q.lookup.tcp_mode,
            now: std::time::SystemTime::now(),
            xfr: q.xfr.map(|x| (x.records, x.messages, x.bytes)),
        };
        text::received(&mut self.out, &self.globals, &s)
    }

    fn lookup_done(&mut self) -> io::Result<()> {
        self.present.flush_dump(&mut self.out)
    }

    fn sending(&mut self, q: &QueryCtx<'_>, query: &Message) -> io::Result<()> {
        self.present.sending_to(q.addr, &q.server.label, q.protocol);
        if q.lookup.display.qr && self.present.is_text() {
            let p = text::Printed {
                lookup: q.lookup,
                msg: query,
                bytes: q.query,
                is_query: true,
                headers: true,
                cookie: crate::response::CookieCheck::NotChecked,
                msg_count: 0,
                server: q.addr,
                local: Some(unspecified_like(q.addr)),
                sent_at: None,
                rtt: std::time::Duration::ZERO,
            };
            text::print_message(&mut self.out, &self.globals, &p)?;
            if q.lookup.display.stats {
                text::print_query_size(&mut self.out, &self.globals, q.query.len())?;
            }
        }
        Ok(())
    }

    /// dig_warning(): `;; text` unless +yaml.
    fn warning(&mut self, t: &str) -> io::Result<()> {
        if self.present.message(&mut self.out, t, true)? {
            return Ok(());
        }
        if !self.globals.yaml {
            writeln!(self.out, ";; {t}")?;
        }
        Ok(())
    }

    /// dig_error(): `;; text`, or a YAML error document with +yaml.
    fn error(&mut self, t: &str) -> io::Result<()> {
        if self.present.message(&mut self.out, t, false)? {
            return Ok(());
        }
        if self.globals.yaml { writeln!(self.out, "- type: DIG_ERROR\n  message: |\n    {t}") } else { writeln!(self.out, ";; {t}") }
    }

    /// dig_comments(): `;; text` when the lookup prints comments.
    fn comments(&mut self, lookup: &Lookup, t: &str) -> io::Result<()> {
        if lookup.display.comments && self.present.message(&mut self.out, t, true)? {
            return Ok(());
        }
        if lookup.display.comments && !self.globals.yaml {
            writeln!(self.out, ";; {t}")?;
        }
        Ok(())
    }

    fn raw(&mut self, t: &str) -> io::Result<()> {
        self.present.raw(&mut self.out, t)
    }

    fn bad_packet(
        &mut self,
        q: &QueryCtx<'_>,
        bytes: &[u8],
        err: &crate::wire::ParseError,
        sent_at: std::time::SystemTime,
        rtt: std::time::Duration,
    ) -> io::Result<()> {
        self.present.report_bad_packet(&mut self.out, q, bytes, err, sent_at, rtt)
    }

    fn packet(&mut self, p: &Packet) -> io::Result<()> {
        self.present.packet(p)?;
        Ok(())
    }
}

/// The local address dig reports for a query (+yaml): the unspecified
/// address of the server's family, port 0, as BIND's netmgr shows it.
fn unspecified_like(server: std::net::SocketAddr) -> std::net::SocketAddr {
    match server {
        std::net::SocketAddr::V4(_) => std::net::SocketAddr::from(([0, 0, 0, 0], 0)),
        std::net::SocketAddr::V6(_) => std::net::SocketAddr::from((std::net::Ipv6Addr::UNSPECIFIED, 0)),
    }
}

/// The run's settings from resolv.conf, as setup_system() makes them for
/// dig (no search list use and no RA check unless asked).
pub fn settings_from(rc: &ResolvConf) -> Settings {
    Settings {
        servers: rc.nameservers.iter().map(|ip| Server::new(ip.to_string(), ip.to_string())).collect(),
        timeout: rc.timeout,
        tries: if rc.attempts == 0 { 3 } else { rc.attempts },
        ndots: rc.ndots,
        search: rc.search.clone(),
        usesearch: false,
        check_ra: false,
        ..Settings::default()
    }
}

/// BIND's fgets() into a 1024-byte buffer: the next chunk of a line, at
/// most 1023 bytes, up to and including a newline. None at the end of the
/// input (a read error counts as the end, as in BIND).
fn fgets(input: &mut dyn BufRead) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    while out.len() < grammar::BATCH_LINE_MAX {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        if buf.is_empty() {
            break;
        }
        let room = grammar::BATCH_LINE_MAX - out.len();
        let take = buf.iter().take(room).position(|&b| b == b'\n').map_or(room.min(buf.len()), |i| i + 1);
        out.extend_from_slice(&buf[..take]);
        input.consume(take);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A running dig.
struct Session<W: Write> {
    engine: Engine<DigPrinter<W>>,
    dig: Dig,
    batch: Option<Box<dyn BufRead>>,
}

impl<W: Write> Session<W> {
    /// Executes the grammar's events until it has nothing more to say.
    async fn drive(&mut self) -> Result<()> {
        while let Some(event) = self.dig.next_event() {
            match event {
                Event::Stdout(s) => {
                    let p = &mut self.engine.printer;
                    if !p.present.message(&mut p.out, s.trim_end_matches('\n'), true)? {
                        p.out.write_all(s.as_bytes())?;
                    }
                }
                Event::Stderr(s) => {
                    self.engine.printer.out.flush()?;
                    eprint!("{s}");
                }
                Event::Warn(s) => {
                    self.engine.printer.out.flush()?;
                    eprintln!("dig: {s}");
                }
                Event::Server { name, ipv4, ipv6 } => {
                    let result = crate::sysresolve::addresses(&name, !ipv6, !ipv4)
                        .await
                        .map(|ips| ips.iter().map(|ip| ip.to_string()).collect())
                        .map_err(|e| e.to_string());
                    self.dig.server_addresses(result);
                }
                Event::OpenBatch(name) => {
                    let opened: std::result::Result<Box<dyn BufRead>, String> = if name == "-" {
                        Ok(Box::new(io::BufReader::new(io::stdin())))
                    } else {
                        std::fs::File::open(&name).map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>).map_err(|e| strerror(&e))
                    };
                    match opened {
                        Ok(r) => {
                            self.batch = Some(r);
                            self.dig.batch_opened(Ok(()));
                        }
                        Err(why) => self.dig.batch_opened(Err(why)),
                    }
                }
                Event::ReadBatchLine => {
                    let line = self.batch.as_mut().and_then(|b| fgets(b.as_mut()));
                    self.dig.batch_input(line.as_deref());
                }
                Event::CheckKeyFile(path) => self.dig.key_file_exists(std::path::Path::new(&path).exists()),
                Event::RaiseExitcode(n) => self.engine.exitcode = self.engine.exitcode.max(n),
                Event::Fatal(s) => return Err(Error::Fatal(s)),
                Event::Abort(s) => return Err(Error::Abort(s)),
                Event::Exit(n) => return Err(Error::Exit(n)),
            }
        }
        Ok(())
    }

    /// Runs what the last parse queued, with the settings it left.
    async fn run_lookups(&mut self) -> Result<()> {
        self.engine.settings = self.dig.settings().clone();
        self.engine.printer.globals = self.dig.globals().clone();
        if self.dig.globals().json {
            // +json (on the command line, in ~/.digrc or a batch line).
            self.engine.printer.present.mode = crate::session::present::Mode::Json(Default::default());
            self.engine.printer.present.palette = crate::render::style::Palette::OFF;
        }
        for mut l in self.dig.take_lookups() {
            if self.engine.printer.present.idn_out {
                // --idnout: dig's own +idnout.
                l.display.idnout = true;
            }
            self.engine.push(l);
        }
        self.engine.run().await
    }
}

/// strerror()'s text for an I/O error (perror() in BIND's -f handling).
fn strerror(e: &io::Error) -> String {
    let s = e.to_string();
    // Rust appends " (os error N)".
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// dig from its arguments to its exit status.
pub async fn main<W: Write>(args: &[String], rc: &ResolvConf, out: W, present: Presenter) -> (i32, Option<Error>) {
    let pre = match grammar::preparse_args(args) {
        Ok(p) => p,
        Err(events) => {
            let mut out = out;
            for e in events {
                match e {
                    Event::Stdout(s) => {
                        let _ = out.write_all(s.as_bytes());
                    }
                    Event::Stderr(s) => {
                        let _ = out.flush();
                        eprint!("{s}");
                    }
                    Event::Fatal(s) => return (1, Some(Error::Fatal(s))),
                    Event::Abort(s) => return (10, Some(Error::Abort(s))),
                    Event::Exit(n) => {
                        let _ = out.flush();
                        return (n, None);
                    }
                    _ => {}
                }
            }
            let _ = out.flush();
            return (1, None);
        }
    };
    let (_, have_ipv6) = crate::sysresolve::usable_families(false, false);
    let host = Host {
        have_ipv4: true,
        have_ipv6: have_ipv6 || std::net::UdpSocket::bind("[::1]:0").is_ok(),
        idn: std::io::IsTerminal::is_terminal(&io::stdout()) && std::env::var_os("IDN_DISABLE").is_none(),
    };
    let dig = Dig::new(host, &pre, settings_from(rc));
    let printer = DigPrinter { out, globals: Globals::default(), present };
    let mut session = Session { engine: Engine::new(dig.settings().clone(), printer), dig, batch: None };
    let digrc =
        if pre.digrc { std::env::var_os("HOME").and_then(|h| std::fs::read(std::path::Path::new(&h).join(".digrc")).ok()) } else { None };
    session.dig.command_line(args, digrc.as_deref());
    let result = async {
        session.drive().await?;
        if session.engine.printer.present.servers.is_some() {
            // --servers: the table for what the arguments set up, no lookup.
            let lookups = session.dig.take_lookups();
            let mut settings = session.dig.settings().clone();
            // +tries/+retry are per lookup in dig: show the first one's.
            if let Some(first) = lookups.first() {
                settings.tries = first.retries;
            }
            let e = crate::session::servers::InEffect {
                settings: &settings,
                settings_from_user: false,
                lookup_servers: lookups.iter().flat_map(|l| l.servers.iter().cloned()).collect(),
                run_servers_unused: !lookups.is_empty() && lookups.iter().all(|l| !l.servers.is_empty()),
            };
            let p = &mut session.engine.printer;
            p.present.show_servers(&mut p.out, &e)?;
            p.out.flush()?;
            return Err(Error::Exit(0));
        }
        session.run_lookups().await?;
        while let Some(reader) = session.batch.as_mut() {
            let Some(line) = fgets(reader.as_mut()) else { break };
            session.dig.batch_line(&line);
            session.drive().await?;
            session.run_lookups().await?;
        }
        let p = &mut session.engine.printer;
        p.present.finish_dump(&mut p.out)?;
        p.out.flush()?;
        Ok::<(), Error>(())
    }
    .await;
    let _ = session.engine.printer.out.flush();
    crate::session::outcome(result, session.engine.exitcode, session.engine.exitcode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fgets_splits_like_bind() {
        let data = b"a b\nc\n".to_vec();
        let mut r = io::Cursor::new(data);
        assert_eq!(fgets(&mut r).as_deref(), Some(&b"a b\n"[..]));
        assert_eq!(fgets(&mut r).as_deref(), Some(&b"c\n"[..]));
        assert_eq!(fgets(&mut r), None);
        let long = vec![b'x'; 2000];
        let mut r = io::Cursor::new(long);
        assert_eq!(fgets(&mut r).map(|v| v.len()), Some(1023));
        assert_eq!(fgets(&mut r).map(|v| v.len()), Some(977));
    }

    #[test]
    fn strerror_text() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(strerror(&e), "No such file or directory");
    }
}
