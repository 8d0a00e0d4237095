//! nslookup as Windows prints it (`--style=windows`), over the same engine
//! and the same grammar (`cli::nslookup`) as BIND's nslookup.
//!
//! What differs from `session::nslookup`, besides the text
//! (`render::windows`):
//! - Before its first lookup, nslookup.exe asks the server for the PTR of
//!   the server's own address (through that server, one try) and prints
//!   the name in `Server:`, or `UnKnown` when there is none. A server given
//!   by name is printed as given, without that query.
//! - The default lookup asks A and AAAA (both, always: nslookup.exe's
//!   `type=A+AAAA`) and prints one `Name:`/`Addresses:`/`Aliases:` block
//!   from both replies, IPv6 addresses first. So the printer does not print
//!   replies as they come: it keeps the outcome of each query of the
//!   lookup ("slots") and the session prints the lot when the engine is
//!   idle. Only `-debug`'s `Got answer:` blocks and the per-try timeout
//!   lines are printed as they happen.
//! - Messages go where nslookup.exe writes them: the header, the records
//!   and `-debug` on stdout; `Non-authoritative answer:`, `*** ... can't
//!   find ...`, `DNS request timed out.` and `*** Request to ... timed-out`
//!   on stderr.
//! - The exit status follows BIND's nslookup rules (1 until a reply is
//!   printed, 1 once a reply had an RCODE other than NOERROR), applied to
//!   the final reply of each query of a lookup (A and AAAA both count); the
//!   server-name query does not count.

use std::io::{self, BufRead, Write};
use std::net::IpAddr;

use crate::cli::nslookup::{Command, SetOption, Step};
use crate::config::ResolvConf;
use crate::error::{Error, Result};
use crate::lookup::{Engine, Printer, QueryCtx};
use crate::plan::{Lookup, Server, TCP_TIMEOUT, UDP_TIMEOUT};
use crate::render::windows as text;
use crate::response::{Packet, Response};
use crate::session::nslookup::{NsState, USAGE, reverse_name, settings_from};
use crate::session::present::Presenter;
use crate::transport::Protocol;
use crate::wire::{Message, types};

const A: u16 = 1;
const PTR: u16 = 12;
const AAAA: u16 = 28;
const ANY: u16 = 255;

/// What one query of a lookup came to.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The final reply (for a name tried along the search list, the last).
    Reply(Box<Message>),
    /// Every try timed out.
    TimedOut,
    /// No reply for another reason (refused, unreachable, unreadable).
    NoResponse,
}

/// What a lookup is, which decides how its outcome prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// The PTR query for the server's own name.
    ServerName,
    /// The default lookup: A, then AAAA.
    Host,
    /// `-type=A` or `-type=AAAA`.
    Address(u16),
    /// An address looked up with the default type: its PTR, printed as a
    /// host block (the address as typed).
    Reverse(String),
    /// Any other type: the records.
    Records(u16),
}

#[derive(Debug)]
struct Slot {
    rdtype: u16,
    outcome: Option<Outcome>,
}

/// The engine's printer for the Windows style.
pub struct WinPrinter<W: Write> {
    pub out: W,
    /// Where nslookup.exe's stderr text goes.
    pub err: Box<dyn Write>,
    /// `-debug` (or `-d2`): `Got answer:` blocks.
    pub debug: bool,
    /// The `timeout` setting (0: the engine's defaults).
    pub timeout: u32,
    kind: Kind,
    slots: Vec<Slot>,
    current: usize,
    protocol: Protocol,
    /// How the last try of the query in flight failed.
    failure: Option<Outcome>,
    nonauth_said: bool,
    query_error: i32,
    print_error: i32,
    /// --dump (the other output formats do not apply to this style).
    pub present: Presenter,
}

impl<W: Write> WinPrinter<W> {
    pub fn new(out: W) -> Self {
        WinPrinter {
            out,
            err: Box::new(io::stderr()),
            debug: false,
            timeout: 0,
            kind: Kind::ServerName,
            slots: Vec::new(),
            current: 0,
            protocol: Protocol::Udp,
            failure: None,
            nonauth_said: false,
            present: Presenter::text(),
            query_error: 1,
            print_error: 0,
        }
    }

    /// A new lookup of this kind, with one query per type, in the order
    /// they are queued.
    pub fn begin(&mut self, kind: Kind, rdtypes: &[u16]) {
        self.kind = kind;
        self.slots = rdtypes.iter().map(|&rdtype| Slot { rdtype, outcome: None }).collect();
        self.current = 0;
        self.failure = None;
        self.nonauth_said = false;
    }

    /// The outcome of the lookup's query of this type.
    pub fn outcome(&self, rdtype: u16) -> Option<&Outcome> {
        self.slots.iter().find(|s| s.rdtype == rdtype).and_then(|s| s.outcome.as_ref())
    }

    /// nslookup's exit status so far.
    pub fn exit_status(&self) -> i32 {
        self.query_error | self.print_error
    }

    /// Text for stderr, after what stdout has so far.
    fn say_err(&mut self, t: &str) -> io::Result<()> {
        self.out.flush()?;
        self.err.write_all(t.as_bytes())?;
        self.err.flush()
    }

    fn seconds(&self) -> u32 {
        match (self.timeout, self.protocol) {
            (0, Protocol::Tcp) => TCP_TIMEOUT,
            (0, Protocol::Udp) => UDP_TIMEOUT,
            (t, _) => t,
        }
    }

    fn slot(&mut self) -> Option<&mut Slot> {
        self.slots.get_mut(self.current)
    }

    /// The name from the server-name query's reply.
    pub fn server_ptr_name(&self) -> Option<String> {
        let Some(Outcome::Reply(m)) = self.outcome(PTR) else { return None };
        if m.rcode() != 0 {
            return None;
        }
        let q = m.question.first().map(|q| q.name.to_text(true)).unwrap_or_default();
        text::reverse_info(m, &q).map(|h| h.name)
    }

    /// Counts a final reply for the exit status (BIND: printmessage()).
    fn count(&mut self, m: &Message) {
        self.query_error = 0;
        if m.rcode() != 0 {
            self.print_error |= 1;
        }
    }

    /// Prints what the lookup came to. `name`: the name for the messages
    /// (as typed); `server`: the server's name as in the header.
    pub fn finish(&mut self, name: &str, server: &str) -> io::Result<()> {
        let slots = std::mem::take(&mut self.slots);
        let replies: Vec<&Message> = slots
            .iter()
            .filter_map(|s| match &s.outcome {
                Some(Outcome::Reply(m)) => Some(&**m),
                _ => None,
            })
            .collect();
        if self.kind == Kind::ServerName {
            self.slots = slots;
            return Ok(());
        }
        for m in &replies {
            self.count(m);
        }
        let reply = |t: u16| {
            slots.iter().find(|s| s.rdtype == t).and_then(|s| match &s.outcome {
                Some(Outcome::Reply(m)) if m.rcode() == 0 => Some(&**m),
                _ => None,
            })
        };
        // The first failure of the lookup, in query order: an RCODE, else
        // no reply at all.
        let failure = || -> Option<String> {
            for s in &slots {
                if let Some(Outcome::Reply(m)) = &s.outcome
                    && m.rcode() != 0
                {
                    return Some(text::cant_find(server, name, text::rcode_reason(m.rcode())));
                }
            }
            for s in &slots {
                match &s.outcome {
                    Some(Outcome::TimedOut) => return Some(text::request_timed_out(server)),
                    Some(Outcome::NoResponse) | None => return Some(text::cant_find(server, name, text::NO_RESPONSE)),
                    Some(Outcome::Reply(_)) => {}
                }
            }
            None
        };
        let kind = self.kind.clone();
        match kind {
            Kind::ServerName => {}
            Kind::Host | Kind::Address(_) => {
                let info = match kind {
                    Kind::Address(AAAA) => text::host_info(None, reply(AAAA)),
                    Kind::Address(_) => text::host_info(reply(A), None),
                    _ => text::host_info(reply(A), reply(AAAA)),
                };
                match info {
                    Some(h) => text::host_block(&mut self.out, &h)?,
                    None => {
                        let message = failure().unwrap_or_else(|| {
                            let which = if let Kind::Address(t) = kind { Some(t) } else { None };
                            text::no_address_records(which, name)
                        });
                        self.say_err(&message)?;
                    }
                }
            }
            Kind::Reverse(address) => match reply(PTR).map(|m| text::reverse_info(m, &address)) {
                Some(Some(h)) => text::host_block(&mut self.out, &h)?,
                Some(None) => self.say_err(&text::cant_find(server, name, text::NO_INFORMATION))?,
                None => {
                    let message = failure().unwrap_or_default();
                    self.say_err(&message)?;
                }
            },
            Kind::Records(t) => match reply(t) {
                Some(m) => text::records(&mut self.out, m)?,
                None => {
                    let message = failure().unwrap_or_default();
                    self.say_err(&message)?;
                }
            },
        }
        self.out.flush()
    }

    /// The slot of a query about to go out: the first one, from the current
    /// on, of its type (a requeued query keeps its slot).
    fn follow(&mut self, rdtype: u16) {
        if let Some(i) = self.slots.iter().skip(self.current).position(|s| s.rdtype == rdtype) {
            self.current += i;
        }
    }
}

impl<W: Write> Printer for WinPrinter<W> {
    fn print_message(&mut self, q: &QueryCtx<'_>, response: &Response) -> io::Result<Vec<Lookup>> {
        self.follow(q.lookup.rdtype);
        let msg = &response.message;
        if self.debug {
            text::debug_block(&mut self.out, msg)?;
        }
        let prints_nonauth = matches!(self.kind, Kind::Host | Kind::Address(_) | Kind::Records(_));
        if prints_nonauth && !self.nonauth_said && msg.rcode() == 0 && !msg.answer.is_empty() && !msg.header.aa {
            self.nonauth_said = true;
            self.say_err(text::NON_AUTHORITATIVE)?;
        }
        self.failure = None;
        if let Some(slot) = self.slot() {
            slot.outcome = Some(Outcome::Reply(Box::new(msg.clone())));
        }
        Ok(Vec::new())
    }

    fn sending(&mut self, q: &QueryCtx<'_>, _query: &Message) -> io::Result<()> {
        self.protocol = q.protocol;
        self.follow(q.lookup.rdtype);
        Ok(())
    }

    /// The engine's per-try messages: a timeout prints nslookup.exe's two
    /// lines (and, with `-debug`, BIND 4's `timeout (N secs)`).
    fn warning(&mut self, t: &str) -> io::Result<()> {
        if let Some(rest) = t.strip_prefix("communications error to ") {
            if rest.ends_with(": timed out") {
                let secs = self.seconds();
                self.say_err(&text::timed_out(secs))?;
                if self.debug {
                    writeln!(self.out, "timeout ({secs} secs)")?;
                }
                self.failure = Some(Outcome::TimedOut);
            } else {
                self.failure = Some(Outcome::NoResponse);
            }
        } else if t.starts_with("UDP setup with ") || t.starts_with("Connection to ") {
            self.failure = Some(Outcome::NoResponse);
        }
        Ok(())
    }

    /// "no servers could be reached": the query in flight has failed.
    fn error(&mut self, t: &str) -> io::Result<()> {
        if t == "no servers could be reached" {
            let failure = self.failure.take().unwrap_or(Outcome::NoResponse);
            if let Some(slot) = self.slot() {
                slot.outcome = Some(failure);
            }
        }
        Ok(())
    }

    fn comments(&mut self, _lookup: &Lookup, _t: &str) -> io::Result<()> {
        Ok(())
    }

    fn raw(&mut self, _t: &str) -> io::Result<()> {
        Ok(())
    }

    fn bad_packet(
        &mut self,
        _q: &QueryCtx<'_>,
        _bytes: &[u8],
        _err: &crate::wire::ParseError,
        _sent_at: std::time::SystemTime,
        _rtt: std::time::Duration,
    ) -> io::Result<()> {
        self.failure = Some(Outcome::NoResponse);
        Ok(())
    }

    fn packet(&mut self, p: &Packet) -> io::Result<()> {
        self.present.packet(p)
    }
}

/// A running nslookup in Windows style.
pub struct WinSession<W: Write> {
    pub engine: Engine<WinPrinter<W>>,
    /// The `set` options (BIND's globals; the exit status is the printer's).
    pub opts: NsState,
    domainopt: Option<String>,
    /// The default server's name as printed, once asked.
    server_name: Option<String>,
}

impl<W: Write> WinSession<W> {
    pub fn new(rc: &ResolvConf, out: W) -> WinSession<W> {
        let settings = settings_from(rc);
        WinSession { engine: Engine::new(settings, WinPrinter::new(out)), opts: NsState::default(), domainopt: None, server_name: None }
    }

    fn out(&mut self) -> &mut W {
        &mut self.engine.printer.out
    }

    /// A `set` option (or `-option`).
    pub async fn set(&mut self, opt: &SetOption) -> Result<()> {
        use SetOption as S;
        if *opt == S::All {
            return self.show_settings().await;
        }
        if let S::Class(Err(m)) | S::Type(Err(m)) | S::Port(Err(m)) | S::Timeout(Err(m)) | S::Retry(Err(m)) | S::Ndots(Err(m)) = opt {
            writeln!(self.out(), "{m}")?;
            return Ok(());
        }
        if let S::Invalid(o) = opt {
            writeln!(self.out(), "*** Invalid option: {o}")?;
            return Ok(());
        }
        let st = &mut self.opts;
        let s = &mut self.engine.settings;
        match opt {
            S::All | S::Invalid(_) => {}
            S::Class(Ok(c)) => st.defclass = c.clone(),
            S::Type(Ok(t)) => {
                st.deftype = t.clone();
                st.default_lookups = false;
            }
            S::Class(Err(_)) | S::Type(Err(_)) | S::Port(Err(_)) | S::Timeout(Err(_)) | S::Retry(Err(_)) | S::Ndots(Err(_)) => {}
            S::Domain(d) => {
                self.domainopt = Some(d.clone());
                s.search = vec![d.clone()];
                s.usesearch = true;
            }
            S::Port(Ok(p)) => {
                s.port = *p;
                s.port_set = true;
            }
            S::Timeout(Ok(t)) => s.timeout = *t,
            S::Retry(Ok(n)) => s.tries = *n,
            S::Ndots(Ok(n)) => s.ndots = *n,
            S::Recurse(on) => st.recurse = *on,
            S::Defname(on) | S::Search(on) => s.usesearch = *on,
            S::Vc(on) => {
                st.tcpmode = *on;
                st.tcpmode_set = true;
            }
            S::Debug(on) => {
                st.short_form = !on;
                s.showsearch = *on;
            }
            S::D2(on) => st.d2 = *on,
            S::Fail(on) => st.nofail = !on,
            S::Silent => {}
        }
        Ok(())
    }

    /// `set all` as nslookup.exe lays it out.
    pub async fn show_settings(&mut self) -> Result<()> {
        let (name, addrs) = self.server_identity().await?;
        let mut head = Vec::new();
        text::default_server(&mut head, &name, &addrs)?;
        let s = &self.engine.settings;
        let st = &self.opts;
        let no = |on: bool| if on { "" } else { "no" };
        let deftype = if st.default_lookups { "A+AAAA".to_string() } else { st.deftype.to_uppercase() };
        let domain = s.search.first().cloned().unwrap_or_default();
        let text = format!(
            "{}Set options:\n  {}debug\n  {}defname\n  {}search\n  {}recurse\n  {}d2\n  {}vc\n  noignoretc\n  port={}\n  type={deftype}\n  class={}\n  timeout={}\n  retry={}\n  root=A.ROOT-SERVERS.NET.\n  domain={domain}\n  MSxfr\n  IXFRversion=1\n  srchlist={}\n\n",
            String::from_utf8_lossy(&head),
            no(!st.short_form),
            no(s.usesearch),
            no(s.usesearch),
            no(st.recurse),
            no(st.d2),
            no(st.tcpmode),
            s.port,
            st.defclass.to_uppercase(),
            if s.timeout == 0 { UDP_TIMEOUT } else { s.timeout },
            s.tries,
            s.search.join("/"),
        );
        self.out().write_all(text.as_bytes())?;
        Ok(())
    }

    /// `server X` / the command line's server: the addresses of `name`.
    pub async fn set_server(&mut self, name: &str) -> Result<()> {
        self.engine.settings.servers = super::servers_named(name, &self.engine.settings).await?;
        self.engine.settings.check_ra = false;
        self.server_name = None;
        Ok(())
    }

    fn apply_debug(&mut self) {
        let p = &mut self.engine.printer;
        p.debug = !self.opts.short_form || self.opts.d2;
        p.timeout = self.engine.settings.timeout;
    }

    /// The default server's name and address as the header prints them;
    /// the name is asked (PTR) the first time, for an address.
    /// A server named by a host with several addresses shows them all.
    pub async fn server_identity(&mut self) -> Result<(String, Vec<String>)> {
        let Some(server) = self.engine.settings.servers.first().cloned() else {
            return Ok(("UnKnown".into(), vec!["127.0.0.1".into()]));
        };
        let text = |s: &Server| s.name.parse::<IpAddr>().map(|ip| ip.to_string()).unwrap_or_else(|_| s.name.clone());
        let addr = text(&server);
        let by_address = server.label.parse::<IpAddr>().is_ok() || server.label == server.name;
        let addrs = if by_address {
            vec![addr.clone()]
        } else {
            self.engine.settings.servers.iter().filter(|s| s.label == server.label).map(text).collect()
        };
        if let Some(name) = &self.server_name {
            return Ok((name.clone(), addrs));
        }
        let name =
            if by_address { self.ask_server_name(&server, &addr).await?.unwrap_or_else(|| "UnKnown".into()) } else { server.label.clone() };
        self.server_name = Some(name.clone());
        Ok((name, addrs))
    }

    /// The PTR query for the server's address, through the server, one try.
    async fn ask_server_name(&mut self, server: &Server, addr: &str) -> Result<Option<String>> {
        let Some(mut rev) = reverse_name(addr) else { return Ok(None) };
        if !rev.ends_with('.') {
            rev.push('.');
        }
        let mut l = Lookup::new(rev, 1);
        l.rdtype = PTR;
        l.rdtypeset = true;
        l.rdclass = 1;
        l.rdclassset = true;
        l.recurse = self.opts.recurse;
        l.tcp_mode = self.opts.tcpmode;
        l.besteffort = false;
        l.new_search = true;
        l.servers = vec![server.clone()];
        self.apply_debug();
        self.engine.printer.begin(Kind::ServerName, &[PTR]);
        self.engine.push(l);
        self.engine.run().await?;
        Ok(self.engine.printer.server_ptr_name())
    }

    /// A lookup as BIND's addlookup() makes it.
    fn make_lookup(&self, textname: &str, rdtype: u16) -> Lookup {
        let st = &self.opts;
        let mut l = Lookup::new(textname, self.engine.settings.tries);
        l.rdtype = rdtype;
        l.rdtypeset = true;
        l.rdclass = types::class_from_text(&st.defclass).unwrap_or(1);
        l.rdclassset = true;
        l.recurse = st.recurse;
        l.aaonly = st.aaonly;
        l.tcp_mode = if rdtype == ANY && !st.tcpmode_set { true } else { st.tcpmode };
        l.servfail_stops = !st.nofail;
        l.besteffort = false;
        l.new_search = true;
        l
    }

    /// Looks up `host`: the header, the queries, then what they came to.
    pub async fn lookup(&mut self, host: &str) -> Result<()> {
        let (server, addrs) = self.server_identity().await?;
        text::server_header(self.out(), &server, &addrs)?;
        let st = &self.opts;
        let (kind, display, lookups) = match reverse_name(host) {
            Some(rev) if st.default_lookups => (Kind::Reverse(host.to_string()), host.to_string(), vec![self.make_lookup(&rev, PTR)]),
            Some(rev) => (Kind::Records(PTR), rev.clone(), vec![self.make_lookup(&rev, PTR)]),
            None if st.default_lookups => (Kind::Host, host.to_string(), vec![self.make_lookup(host, A), self.make_lookup(host, AAAA)]),
            None => {
                let t = types::type_from_text(&st.deftype).unwrap_or(A);
                let kind = if t == A || t == AAAA { Kind::Address(t) } else { Kind::Records(t) };
                (kind, host.to_string(), vec![self.make_lookup(host, t)])
            }
        };
        let rdtypes: Vec<u16> = lookups.iter().map(|l| l.rdtype).collect();
        self.apply_debug();
        self.engine.printer.begin(kind, &rdtypes);
        for l in lookups {
            self.engine.push(l);
        }
        self.engine.run().await?;
        self.engine.printer.finish(&display, &server)?;
        Ok(())
    }

    /// Interactive mode: `Default Server:`, then a `> ` prompt before each
    /// command (nslookup.exe prompts whether or not stdin is a terminal).
    pub async fn interactive(&mut self, input: &mut dyn BufRead) -> Result<()> {
        let (name, addrs) = self.server_identity().await?;
        text::default_server(self.out(), &name, &addrs)?;
        let mut line = Vec::new();
        loop {
            write!(self.out(), "> ")?;
            self.out().flush()?;
            line.clear();
            if input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            let command = String::from_utf8_lossy(&line).into_owned();
            match crate::cli::nslookup::parse_command(&command) {
                Command::Nothing => {}
                Command::Set(opt) => self.set(&opt).await?,
                Command::Server(arg) => {
                    if let Some(server) = arg {
                        self.set_server(&server).await?;
                    }
                    let (name, addrs) = self.server_identity().await?;
                    text::default_server(self.out(), &name, &addrs)?;
                }
                Command::Exit => break,
                Command::NotYetImplemented(c) => writeln!(self.out(), "The '{c}' command is not yet implemented.")?,
                Command::NotImplemented(c) => writeln!(self.out(), "The '{c}' command is not implemented.")?,
                Command::Lookup(host) => self.lookup(&host).await?,
            }
        }
        Ok(())
    }

    pub fn exit_status(&self) -> i32 {
        self.engine.printer.exit_status()
    }
}

/// nslookup in Windows style, from its arguments to its exit status
/// (`session::nslookup::main` hands over to this for `--style=windows`).
pub async fn main<W: Write>(args: &[String], rc: &ResolvConf, out: W, present: Presenter) -> (i32, Option<Error>) {
    let mut session = WinSession::new(rc, out);
    session.engine.printer.present = present;
    let inv = crate::cli::nslookup::parse_args(args);
    let result = async {
        let mut hosts = Vec::new();
        for step in &inv.steps {
            match step {
                Step::Set(opt) => session.set(opt).await?,
                Step::Lookup(host) => hosts.push(host.clone()),
                Step::Server(name) => session.set_server(name).await?,
                Step::Version => {
                    session.out().flush()?;
                    eprintln!("nslookup {}", crate::VERSION_TEXT);
                    return Err(Error::Exit(0));
                }
                Step::Usage => {
                    session.out().flush()?;
                    eprint!("{USAGE}");
                    return Err(Error::Exit(1));
                }
            }
        }
        if let Some(d) = session.domainopt.clone() {
            session.engine.settings.search = vec![d];
        }
        if inv.interactive {
            let stdin = io::stdin();
            let mut lock = stdin.lock();
            session.interactive(&mut lock).await?;
        } else {
            for host in &hosts {
                session.lookup(host).await?;
            }
        }
        let p = &mut session.engine.printer;
        p.present.finish_dump(&mut p.out)?;
        session.out().flush()?;
        Ok::<(), Error>(())
    }
    .await;
    let _ = session.out().flush();
    crate::session::outcome(result, session.exit_status(), session.engine.exitcode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A writer whose bytes a test can read after the printer is done.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    fn printer() -> (WinPrinter<Vec<u8>>, Shared) {
        let err = Shared::default();
        let mut p = WinPrinter::new(Vec::new());
        p.err = Box::new(err.clone());
        (p, err)
    }

    #[test]
    fn timeouts_then_request_timed_out() {
        let (mut p, err) = printer();
        p.timeout = 1;
        p.begin(Kind::Host, &[A, AAAA]);
        for _ in 0..2 {
            p.warning("communications error to 127.0.0.1#53: timed out").unwrap();
        }
        p.error("no servers could be reached").unwrap();
        // The AAAA query: sending() moves to its slot.
        p.follow(AAAA);
        p.warning("communications error to 127.0.0.1#53: timed out").unwrap();
        p.error("no servers could be reached").unwrap();
        p.finish("www.example.test", "UnKnown").unwrap();
        assert_eq!(err.text(), "DNS request timed out.\n    timeout was 1 seconds.\n".repeat(3) + "*** Request to UnKnown timed-out\n");
        assert!(p.out.is_empty());
        assert_eq!(p.exit_status(), 1);
    }

    #[test]
    fn refused_is_no_response() {
        let (mut p, err) = printer();
        p.begin(Kind::Records(15), &[15]);
        p.warning("communications error to 127.0.0.1#53: connection refused").unwrap();
        p.error("no servers could be reached").unwrap();
        p.finish("example.test", "UnKnown").unwrap();
        assert_eq!(err.text(), "*** UnKnown can't find example.test: No response from server\n");
    }
}
