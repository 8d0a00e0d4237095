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
//! - `--validate`: the verdict on the lookup's answers after its block
//!   (`session::verdict`), as in BIND's style.

use std::io::{self, BufRead};
use std::net::IpAddr;
use std::sync::Arc;

use crate::cli::nslookup::{Command, SetOption, Step};
use crate::config::ResolvConf;
use crate::error::{Error, Result};
use crate::event::{Event, HostKind, HostResult, Notice, Outcome, Said};
use crate::lookup::{Emit, Engine};
use crate::plan::{Lookup, Server, UDP_TIMEOUT};
use crate::render::windows as text;
use crate::response::TransportError;
use crate::session::nslookup::{ExitStatus, NsState, USAGE, reverse_name, settings_from};
use crate::session::{Live, Options};
use crate::wire::types;

const A: u16 = 1;
const PTR: u16 = 12;
const AAAA: u16 = 28;
const ANY: u16 = 255;

/// One query of a lookup and what it came to.
#[derive(Debug)]
struct Slot {
    rdtype: u16,
    outcome: Option<Outcome>,
}

/// The engine's events on their way to the sink, and what each query of
/// the lookup in progress came to.
pub struct Observed {
    pub live: Live,
    slots: Vec<Slot>,
    current: usize,
    /// How the last try of the query in flight failed.
    failure: Option<Outcome>,
    status: ExitStatus,
    /// `--validate`: the questions the host lookup under way got answers to.
    validation: Option<crate::session::verdict::Collector>,
}

impl Observed {
    fn new(live: Live) -> Observed {
        Observed { live, slots: Vec::new(), current: 0, failure: None, status: ExitStatus::default(), validation: None }
    }

    /// A new lookup with one query per type, in the order they are queued.
    fn begin(&mut self, rdtypes: &[u16]) {
        self.slots = rdtypes.iter().map(|&rdtype| Slot { rdtype, outcome: None }).collect();
        self.current = 0;
        self.failure = None;
    }

    /// The slot of a query about to go out: the first one, from the current
    /// on, of its type (a requeued query keeps its slot).
    fn follow(&mut self, rdtype: u16) {
        if let Some(i) = self.slots.iter().skip(self.current).position(|s| s.rdtype == rdtype) {
            self.current += i;
        }
    }

    fn settle(&mut self, outcome: Outcome) {
        if let Some(slot) = self.slots.get_mut(self.current) {
            slot.outcome = Some(outcome);
        }
    }

    fn observe(&mut self, event: &Event) {
        match event {
            Event::Sending(s) => self.follow(s.lookup.rdtype),
            Event::Reply(r) => {
                self.follow(r.lookup.rdtype);
                self.failure = None;
                self.settle(Outcome::Reply(r.response.message.clone()));
            }
            Event::Warning(Notice::CommunicationsError { error, .. }) => {
                self.failure = Some(if *error == TransportError::TimedOut { Outcome::TimedOut } else { Outcome::NoResponse });
            }
            Event::Warning(Notice::UdpSetupFailed { .. } | Notice::ConnectionFailed { .. }) | Event::BadPacket(_) => {
                self.failure = Some(Outcome::NoResponse)
            }
            // "no servers could be reached": the query in flight has failed.
            Event::Failure(crate::event::Failure::NoServers) => {
                let failure = self.failure.take().unwrap_or(Outcome::NoResponse);
                self.settle(failure);
            }
            _ => {}
        }
    }

    /// What the lookup came to, each query's outcome in order; the final
    /// replies count for the exit status (BIND: printmessage()).
    fn result(&mut self, kind: HostKind, name: &str, server: &str) -> HostResult {
        let slots = std::mem::take(&mut self.slots);
        if kind != HostKind::ServerName {
            for s in &slots {
                if let Some(Outcome::Reply(m)) = &s.outcome {
                    self.status.printed(m.rcode());
                }
            }
        }
        HostResult {
            kind,
            name: name.to_string(),
            server: server.to_string(),
            outcomes: slots.into_iter().map(|s| (s.rdtype, s.outcome)).collect(),
        }
    }
}

impl Emit for Observed {
    fn emit(&mut self, event: Event) -> Result<()> {
        self.observe(&event);
        if let Some(v) = self.validation.as_mut() {
            v.see(&event);
        }
        self.live.show(&event)
    }

    fn wants_packets(&self) -> bool {
        self.live.wants_packets()
    }
}

/// A running nslookup in Windows style.
pub struct WinSession {
    pub engine: Engine<Observed>,
    /// The `set` options (BIND's globals).
    pub opts: NsState,
    domainopt: Option<String>,
    /// The default server's name as printed, once asked.
    server_name: Option<String>,
}

impl WinSession {
    pub fn new(rc: &ResolvConf, live: Live) -> WinSession {
        let settings = settings_from(rc);
        WinSession { engine: Engine::new(settings, Observed::new(live)), opts: NsState::default(), domainopt: None, server_name: None }
    }

    fn show(&mut self, event: Event) -> Result<()> {
        self.engine.emit.live.show(&event)
    }

    fn text(&mut self, text: Vec<u8>) -> Result<()> {
        self.show(Event::Text(String::from_utf8_lossy(&text).into_owned()))
    }

    /// A `set` option (or `-option`).
    pub async fn set(&mut self, opt: &SetOption) -> Result<()> {
        use SetOption as S;
        if *opt == S::All {
            return self.show_settings().await;
        }
        if let S::Class(Err(m)) | S::Type(Err(m)) | S::Port(Err(m)) | S::Timeout(Err(m)) | S::Retry(Err(m)) | S::Ndots(Err(m)) = opt {
            return self.show(Event::Said(Said::BadValue(m.clone())));
        }
        if let S::Invalid(o) = opt {
            return self.show(Event::Said(Said::InvalidOption(o.clone())));
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
        self.show(Event::Text(text))
    }

    /// `server X` / the command line's server: the addresses of `name`.
    pub async fn set_server(&mut self, name: &str) -> Result<()> {
        let (servers, transport) = super::servers_at(name, &self.engine.settings).await?;
        if let Some(t) = transport {
            self.opts.stream = t.apply(&mut self.opts.secure);
        }
        self.engine.settings.servers = servers.into();
        self.engine.settings.check_ra = false;
        self.server_name = None;
        Ok(())
    }

    /// The default server's name and address as the header prints them;
    /// the name is asked (PTR) the first time, for an address.
    /// A server named by a host with several addresses shows them all.
    pub async fn server_identity(&mut self) -> Result<(String, Vec<String>)> {
        let Some(server) = self.engine.settings.servers.first().cloned() else {
            return Ok(("UnKnown".into(), vec!["127.0.0.1".into()]));
        };
        let text = |s: &Server| s.name.parse::<IpAddr>().map(|ip| ip.to_string()).unwrap_or_else(|_| s.name.to_string());
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
        let name = if by_address {
            self.ask_server_name(&server, &addr).await?.unwrap_or_else(|| "UnKnown".into())
        } else {
            server.label.to_string()
        };
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
        l.tcp_mode = self.opts.tcpmode || self.opts.stream;
        l.secure = self.opts.secure.clone();
        l.besteffort = false;
        l.new_search = true;
        l.servers = vec![server.clone()].into();
        l.display.debug = self.debug();
        self.show(Event::HostBegins(HostKind::ServerName))?;
        self.engine.emit.begin(&[PTR]);
        self.engine.push(l);
        self.engine.run().await?;
        let result = self.engine.emit.result(HostKind::ServerName, "", "");
        let name = result.outcomes.into_iter().find_map(|(rdtype, o)| match (rdtype, o) {
            (PTR, Some(Outcome::Reply(m))) if m.rcode() == 0 => {
                let q = m.question.first().map(|q| q.name.to_text(true)).unwrap_or_default();
                text::reverse_info(&m, &q).map(|h| h.name)
            }
            _ => None,
        });
        Ok(name)
    }

    /// `-debug` (or `-d2`): `Got answer:` blocks.
    fn debug(&self) -> bool {
        !self.opts.short_form || self.opts.d2
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
        l.tcp_mode = if rdtype == ANY && !st.tcpmode_set { true } else { st.tcpmode } || st.stream;
        l.secure = st.secure.clone();
        l.servfail_stops = !st.nofail;
        l.besteffort = false;
        l.new_search = true;
        l.display.debug = self.debug();
        l
    }

    /// Looks up `host`: the header, the queries, then what they came to.
    pub async fn lookup(&mut self, host: &str) -> Result<()> {
        let (server, addrs) = self.server_identity().await?;
        // --validate: the server's own name is not the lookup's question.
        if let Some(v) = self.engine.emit.validation.as_mut() {
            v.clear();
        }
        let mut head = Vec::new();
        text::server_header(&mut head, &server, &addrs)?;
        self.text(head)?;
        let st = &self.opts;
        let (kind, display, lookups) = match reverse_name(host) {
            Some(rev) if st.default_lookups => (HostKind::Reverse(host.to_string()), host.to_string(), vec![self.make_lookup(&rev, PTR)]),
            Some(rev) => (HostKind::Records(PTR), rev.clone(), vec![self.make_lookup(&rev, PTR)]),
            None if st.default_lookups => (HostKind::Host, host.to_string(), vec![self.make_lookup(host, A), self.make_lookup(host, AAAA)]),
            None => {
                let t = types::type_from_text(&st.deftype).unwrap_or(A);
                let kind = if t == A || t == AAAA { HostKind::Address(t) } else { HostKind::Records(t) };
                (kind, host.to_string(), vec![self.make_lookup(host, t)])
            }
        };
        let rdtypes: Vec<u16> = lookups.iter().map(|l| l.rdtype).collect();
        self.show(Event::HostBegins(kind.clone()))?;
        self.engine.emit.begin(&rdtypes);
        for l in lookups {
            self.engine.push(l);
        }
        self.engine.run().await?;
        let result = self.engine.emit.result(kind, &display, &server);
        self.show(Event::HostResult(Arc::new(result)))?;
        // --validate: the verdict after the host block.
        let verdict = match self.engine.emit.validation.as_mut() {
            Some(v) => v.finish(&self.engine.settings).await,
            None => None,
        };
        match verdict {
            Some(event) => self.show(event),
            None => Ok(()),
        }
    }

    /// Interactive mode: `Default Server:`, then a `> ` prompt before each
    /// command (nslookup.exe prompts whether or not stdin is a terminal).
    pub async fn interactive(&mut self, input: &mut dyn BufRead) -> Result<()> {
        let (name, addrs) = self.server_identity().await?;
        let mut head = Vec::new();
        text::default_server(&mut head, &name, &addrs)?;
        self.text(head)?;
        let mut line = Vec::new();
        loop {
            self.show(Event::Text("> ".into()))?;
            self.engine.emit.live.flush()?;
            line.clear();
            if input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            let command = crate::rawtext::decode(&line);
            match crate::cli::nslookup::parse_command(&command) {
                Command::Nothing => {}
                Command::Set(opt) => self.set(&opt).await?,
                Command::Server(arg) => {
                    if let Some(server) = arg {
                        self.set_server(&server).await?;
                    }
                    let (name, addrs) = self.server_identity().await?;
                    let mut head = Vec::new();
                    text::default_server(&mut head, &name, &addrs)?;
                    self.text(head)?;
                }
                Command::Exit => break,
                Command::NotYetImplemented(c) => self.show(Event::Said(Said::NotYetImplemented(c)))?,
                Command::NotImplemented(c) => self.show(Event::Said(Said::NotImplemented(c)))?,
                Command::Lookup(host) => self.lookup(&host).await?,
            }
        }
        Ok(())
    }

    pub fn exit_status(&self) -> i32 {
        self.engine.emit.status.code()
    }
}

/// nslookup in Windows style, from its arguments to its exit status
/// (`--style=windows` with BIND's text format).
pub async fn main(args: &[String], rc: &ResolvConf, live: Live, opts: Options) -> (i32, Option<Error>) {
    let mut session = WinSession::new(rc, live);
    session.engine.settings.insecure = opts.insecure;
    session.engine.emit.validation = opts.validate.clone().map(crate::session::verdict::Collector::new);
    let inv = crate::cli::nslookup::parse_args(args);
    let result = async {
        if let Some(t) = opts.transport {
            // --tls, --https[=URL]...: as in BIND's style.
            session.opts.stream = t.transport.apply(&mut session.opts.secure);
            if let Some(url) = &t.url {
                session.set_server(url).await?;
            }
        }
        let mut hosts = Vec::new();
        for step in &inv.steps {
            match step {
                Step::Set(opt) => session.set(opt).await?,
                Step::Lookup(host) => hosts.push(host.clone()),
                Step::Server(name) => session.set_server(name).await?,
                Step::Version => {
                    session.show(Event::Stderr(format!("nslookup {}\n", crate::version::VERSION_TEXT)))?;
                    return Err(Error::Exit(0));
                }
                Step::Usage => {
                    session.show(Event::Stderr(USAGE.to_string()))?;
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
        session.engine.emit.live.finish()
    }
    .await;
    let _ = session.engine.emit.live.flush();
    let outcome = crate::session::outcome(result, session.exit_status(), session.engine.exitcode);
    crate::session::verdict::exit_status(outcome, &session.engine.emit.live)
}

#[cfg(test)]
#[path = "windows_tests.rs"]
mod tests;
