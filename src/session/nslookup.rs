//! nslookup, running: BIND's nslookup.c state (the `set` options, the
//! implicit A-then-AAAA lookup, the sticky exit status) around the lookup
//! engine. Steps come from `cli::nslookup` (the command line, then stdin
//! lines in interactive mode); the engine's events go to the sink
//! (`render::nslookup`'s text, or JSON, a table) through [`Observed`],
//! which keeps the exit status and queues the implicit AAAA lookup (and
//! with `--validate` notes the questions answered, for the verdict that
//! follows each command: `session::verdict`).

use std::io::{self, BufRead};
use std::sync::Arc;

use crate::cli::nslookup::{Command, Invocation, SetOption, Step};
use crate::config::ResolvConf;
use crate::error::{Error, Fatal, Result};
use crate::event::{Event, Reply, Said};
use crate::lookup::{Emit, Engine};
use crate::plan::{Lookup, SecureTransport, Server, Settings};
use crate::session::batch::{Ordered, Recorded, Replay};
use crate::session::{Live, Options};
use crate::transport::udp::SocketPool;
use crate::wire::{Name, types};

const A: u16 = 1;
const CNAME: u16 = 5;
const PTR: u16 = 12;
const AAAA: u16 = 28;
const ANY: u16 = 255;

/// The `set` options and nslookup.c's other globals that decide how
/// lookups are made and printed.
#[derive(Debug, Clone)]
pub struct NsState {
    /// No `set type=` yet: lookups are A then AAAA.
    pub default_lookups: bool,
    /// Not `-debug`.
    pub short_form: bool,
    pub d2: bool,
    pub tcpmode: bool,
    pub tcpmode_set: bool,
    pub recurse: bool,
    pub aaonly: bool,
    pub nofail: bool,
    /// The type and class as typed (`set all` prints them so).
    pub deftype: String,
    pub defclass: String,
    /// rlookup's encrypted transports (`--tls`..., a server URL): how the
    /// lookups go, and whether over a stream rather than UDP.
    pub secure: SecureTransport,
    pub stream: bool,
}

impl Default for NsState {
    fn default() -> Self {
        NsState {
            default_lookups: true,
            short_form: true,
            d2: false,
            tcpmode: false,
            tcpmode_set: false,
            recurse: true,
            aaonly: false,
            nofail: true,
            deftype: "A".into(),
            defclass: "IN".into(),
            secure: SecureTransport::default(),
            stream: false,
        }
    }
}

/// nslookup's exit status: `query_error | print_error`.
#[derive(Debug, Clone, Copy)]
pub struct ExitStatus {
    /// 1 until any reply is printed.
    query_error: i32,
    /// 1 once any printed reply had an RCODE other than NOERROR.
    print_error: i32,
}

impl Default for ExitStatus {
    fn default() -> Self {
        ExitStatus { query_error: 1, print_error: 0 }
    }
}

impl ExitStatus {
    /// A reply was printed (printmessage()).
    pub fn printed(&mut self, rcode: u16) {
        self.query_error = 0;
        if rcode != 0 {
            self.print_error |= 1;
        }
    }

    pub fn code(&self) -> i32 {
        self.query_error | self.print_error
    }
}

/// The engine's events on their way to the sink: what nslookup's
/// printmessage() decides besides the text (the exit status, the AAAA
/// query that follows a default lookup's A).
pub struct Observed {
    pub live: Live,
    pub status: ExitStatus,
    /// Lookups to queue once the current ones are done.
    pub follow: Vec<Lookup>,
    /// Tries for the implicit AAAA lookup (BIND's global `tries`).
    pub tries: u32,
    /// `--validate`: the questions answered by the command under way.
    pub validation: Option<crate::session::verdict::Collector>,
}

impl Observed {
    fn reply(&mut self, r: &Reply) {
        self.status.printed(r.response.message.rcode());
        self.follow.extend(follow_up(r, self.tries));
    }
}

/// printmessage()'s follow-up: the AAAA lookup, at the end of the CNAME
/// chain, after a default lookup's A reply.
fn follow_up(r: &Reply, tries: u32) -> Option<Lookup> {
    if r.response.message.rcode() != 0 || !r.lookup.display.pair || r.lookup.rdtype != A {
        return None;
    }
    let target = chase_cname_chain(&r.response.message.answer, &r.qname);
    let mut aaaa = r.lookup.clone_for_requeue(false);
    aaaa.textname = target.to_text(true);
    aaaa.rdtype = AAAA;
    aaaa.rdtypeset = true;
    aaaa.origin = None;
    aaaa.retries = tries;
    Some(aaaa)
}

/// A batch's units go to the sink; the replies count for the exit status
/// as they are printed.
impl Replay for Engine<Observed> {
    fn replay(&mut self, unit: Recorded) -> Result<()> {
        for e in &unit.events {
            if let Event::Reply(r) = e {
                self.emit.status.printed(r.response.message.rcode());
            }
            self.emit.live.show(e)?;
        }
        for op in unit.exit_ops {
            self.exitcode = op.apply(self.exitcode);
        }
        match unit.end {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// One command's lookups in a batch: run on an engine of their own with
/// their follow-ups, their events kept, the end of the command after them.
async fn record(
    lookups: Vec<Lookup>,
    settings: Settings,
    tries: u32,
    (udp, conns): (SocketPool, Arc<crate::transport::pool::Pool>),
    packets: bool,
) -> Recorded {
    struct Keep {
        events: Vec<Event>,
        follow: Vec<Lookup>,
        tries: u32,
        packets: bool,
    }
    impl Emit for Keep {
        fn emit(&mut self, event: Event) -> Result<()> {
            if let Event::Reply(r) = &event {
                self.follow.extend(follow_up(r, self.tries));
            }
            self.events.push(event);
            Ok(())
        }
        fn wants_packets(&self) -> bool {
            self.packets
        }
    }
    let mut engine = Engine::new(settings, Keep { events: Vec::new(), follow: Vec::new(), tries, packets });
    engine.udp_pool = Some(udp);
    engine.pool = conns;
    engine.pipelining = true;
    engine.exit_ops = Some(Vec::new());
    let mut queued = lookups;
    let end = loop {
        for l in queued.drain(..) {
            engine.push(l);
        }
        if let Err(e) = engine.run().await {
            break Some(e);
        }
        queued = std::mem::take(&mut engine.emit.follow);
        if queued.is_empty() {
            break None;
        }
    };
    let mut events = engine.emit.events;
    events.push(Event::CommandDone);
    Recorded { events, exit_ops: engine.exit_ops.unwrap_or_default(), end }
}

impl Emit for Observed {
    fn emit(&mut self, event: Event) -> Result<()> {
        if let Event::Reply(r) = &event {
            self.reply(r);
        }
        if let Some(v) = self.validation.as_mut() {
            v.see(&event);
        }
        self.live.show(&event)
    }

    fn wants_packets(&self) -> bool {
        self.live.wants_packets()
    }
}

/// The name a CNAME chain in the answer leads to from `qname`: BIND's
/// chase_cnamechain(), at most as many steps as answer records. dighost
/// parses replies with DNS_MESSAGEPARSE_PRESERVEORDER, so every record
/// is a name of its own in the section, and dns_message_findname() finds
/// the *last* record owned by the name (it searches from the tail): the
/// chain goes on only when that record is a CNAME. A CNAME followed by
/// other data at the same name (A, TXT...) therefore ends the chase at
/// the name itself.
fn chase_cname_chain(answer: &[crate::wire::Record], qname: &Name) -> Name {
    let mut name = qname.clone();
    for _ in 0..answer.len() {
        let next = answer.iter().rev().find(|r| r.name.eq_ignore_case(&name)).filter(|r| r.rtype == CNAME).and_then(|r| {
            let mut pos = 0;
            crate::wire::rdata_name(&r.rdata, &mut pos)
        });
        match next {
            Some(target) => name = target,
            None => break,
        }
    }
    name
}

/// A running nslookup: settings, engine, and where its events go.
pub struct Session {
    pub engine: Engine<Observed>,
    /// The `set` options.
    pub state: NsState,
    /// `-domain=`: re-applied as the search list after the command line.
    domainopt: Option<String>,
    /// Still reading commands (interactive), until `exit` or end of input.
    in_use: bool,
    /// The resolv.conf the run started from (for `set all`'s table).
    rc: ResolvConf,
    /// The servers were set by the user (`server`, or on the command line).
    servers_from_user: bool,
    /// Commands come from a person at a terminal (the line editor).
    on_terminal: bool,
    opts: Options,
    /// A batch (piped commands, `--batch`): the session's own output is
    /// held here and queued after the lookups before it.
    held: Option<Vec<Event>>,
}

/// The run's settings from resolv.conf, as BIND's setup_system() makes them
/// for nslookup.
pub fn settings_from(rc: &ResolvConf) -> Settings {
    Settings {
        servers: std::sync::Arc::new(rc.nameservers.iter().map(|ip| Server::new(ip.to_string(), ip.to_string())).collect()),
        timeout: rc.timeout,
        tries: if rc.attempts == 0 { 3 } else { rc.attempts },
        ndots: rc.ndots,
        search: rc.search.clone(),
        usesearch: true,
        check_ra: true,
        ..Settings::default()
    }
}

/// The reverse-lookup name of an address literal (get_reverse(), strict):
/// `d.c.b.a.in-addr.arpa.` for IPv4 (BIND keeps the final dot there), the
/// nibble form without it for IPv6.
pub fn reverse_name(text: &str) -> Option<String> {
    if let Ok(v6) = text.parse::<std::net::Ipv6Addr>() {
        let mut s = String::new();
        for byte in v6.octets().iter().rev() {
            s.push_str(&format!("{:x}.{:x}.", byte & 0x0f, byte >> 4));
        }
        s.push_str("ip6.arpa");
        return Some(s);
    }
    let v4 = text.parse::<std::net::Ipv4Addr>().ok()?;
    let o = v4.octets();
    Some(format!("{}.{}.{}.{}.in-addr.arpa.", o[3], o[2], o[1], o[0]))
}

impl Session {
    pub fn new(rc: &ResolvConf, live: Live, opts: Options) -> Session {
        let settings = Settings { insecure: opts.insecure, ..settings_from(rc) };
        let validation = opts.validate.clone().map(crate::session::verdict::Collector::new);
        let observed = Observed { live, status: ExitStatus::default(), follow: Vec::new(), tries: settings.tries, validation };
        Session {
            engine: Engine::new(settings, observed),
            state: NsState::default(),
            domainopt: None,
            in_use: true,
            rc: rc.clone(),
            servers_from_user: false,
            on_terminal: false,
            opts,
            held: None,
        }
    }

    fn show(&mut self, event: Event) -> Result<()> {
        if let Some(held) = self.held.as_mut() {
            held.push(event);
            return Ok(());
        }
        self.engine.emit.live.show(&event)
    }

    /// A message of nslookup's on stdout (or its JSON document).
    fn say(&mut self, said: Said) -> Result<()> {
        self.show(Event::Said(said))
    }

    /// setoption(): apply one `set` option, printing what BIND prints.
    pub fn set(&mut self, opt: &SetOption) -> Result<()> {
        use SetOption as S;
        match opt {
            S::All => {
                self.show_settings(false)?;
                if self.on_terminal {
                    // On a terminal, after BIND's text: where each server
                    // comes from (resolv.conf, systemd-resolved...).
                    self.servers_table()?;
                }
            }
            S::Class(Ok(c)) => self.state.defclass = c.clone(),
            S::Type(Ok(t)) => {
                self.state.deftype = t.clone();
                self.state.default_lookups = false;
            }
            S::Class(Err(m)) | S::Type(Err(m)) | S::Port(Err(m)) | S::Timeout(Err(m)) | S::Retry(Err(m)) | S::Ndots(Err(m)) => {
                self.say(Said::BadValue(m.clone()))?
            }
            S::Domain(d) => {
                self.domainopt = Some(d.clone());
                self.engine.settings.search = vec![d.clone()];
                self.engine.settings.usesearch = true;
            }
            S::Port(Ok(p)) => {
                self.engine.settings.port = *p;
                self.engine.settings.port_set = true;
            }
            S::Timeout(Ok(t)) => self.engine.settings.timeout = *t,
            S::Retry(Ok(n)) => {
                self.engine.settings.tries = *n;
                self.engine.emit.tries = *n;
            }
            S::Ndots(Ok(n)) => self.engine.settings.ndots = *n,
            S::Recurse(on) => self.state.recurse = *on,
            S::Defname(on) | S::Search(on) => self.engine.settings.usesearch = *on,
            S::Vc(on) => {
                self.state.tcpmode = *on;
                self.state.tcpmode_set = true;
            }
            S::Debug(on) => {
                self.state.short_form = !on;
                self.engine.settings.showsearch = *on;
            }
            S::D2(on) => self.state.d2 = *on,
            S::Fail(on) => self.state.nofail = !on,
            S::Silent => {}
            S::Invalid(o) => self.say(Said::InvalidOption(o.clone()))?,
        }
        Ok(())
    }

    /// show_settings(): the servers, then (unless `servers_only`) the options.
    pub fn show_settings(&mut self, servers_only: bool) -> Result<()> {
        let port = self.engine.settings.port;
        let s = &self.engine.settings;
        let st = &self.state;
        let mut text = String::new();
        // The port queries go to: a server URL's, or with rlookup's
        // transports and no `set port`, theirs (853, 443...).
        let stream_port = (st.stream && !s.port_set).then(|| st.secure.default_port());
        for srv in s.servers.iter() {
            let port = srv.port.or(stream_port).unwrap_or(port);
            let ip = crate::sysresolve::parse_literal(&srv.name);
            let addr = ip.map_or_else(|| srv.name.to_string(), |ip| crate::response::sockaddr_text((ip, port).into()));
            text.push_str(&format!("Default server: {}\nAddress: {addr}\n", srv.label));
        }
        if !servers_only {
            text.push_str("\nSet options:\n");
            text.push_str(&format!(
                "  {}\t\t\t{}\t\t{}\n",
                if st.tcpmode { "vc" } else { "novc" },
                if st.short_form { "nodebug" } else { "debug" },
                if st.d2 { "d2" } else { "nod2" }
            ));
            text.push_str(&format!(
                "  {}\t\t{}\n",
                if s.usesearch { "search" } else { "nosearch" },
                if st.recurse { "recurse" } else { "norecurse" }
            ));
            text.push_str(&format!("  timeout = {}\t\tretry = {}\tport = {}\tndots = {}\n", s.timeout, s.tries, port, s.ndots));
            text.push_str(&format!("  querytype = {:<8}\tclass = {}\n", st.deftype, st.defclass));
            text.push_str(&format!("  srchlist = {}\n", s.search.join("/")));
        }
        self.show(Event::Text(text))
    }

    /// set_nameserver(): the server list becomes the addresses of `name`.
    /// A URL (`tls://127.0.0.53`) also sets the transport, for the lookups
    /// queued already too (they go to this server).
    pub async fn set_server(&mut self, name: &str) -> Result<()> {
        let (servers, transport) = super::servers_at(name, &self.engine.settings).await?;
        if let Some(t) = transport {
            self.state.stream = t.apply(&mut self.state.secure);
            let (secure, stream) = (self.state.secure.clone(), self.state.stream);
            for l in self.engine.queued_mut() {
                Self::with_transport(l, &secure, stream);
            }
        }
        self.engine.settings.servers = servers.into();
        self.engine.settings.check_ra = false;
        self.servers_from_user = true;
        Ok(())
    }

    /// The servers in effect as a table (`--servers`' view).
    fn servers_table(&mut self) -> Result<()> {
        let paths = crate::config::Paths::from_env();
        let resolved = crate::config::systemd::Resolved::detect(&paths, &self.rc);
        let req = crate::session::servers::ServersRequest { paths, rc: self.rc.clone(), resolved: Some(resolved), upstream: false };
        let view = crate::session::servers::view(&self.in_effect(), &req);
        self.show(Event::Servers(Arc::new(view)))
    }

    /// The servers this session uses.
    fn in_effect(&self) -> crate::session::servers::InEffect<'_> {
        crate::session::servers::InEffect {
            settings: &self.engine.settings,
            settings_from_user: self.servers_from_user,
            lookup_servers: Vec::new(),
            run_servers_unused: false,
        }
    }

    /// addlookup(): queue a lookup of `host` with the current settings.
    pub fn add_lookup(&mut self, host: &str) {
        let st = &self.state;
        let rdtype = types::type_from_text(&st.deftype).unwrap_or(A);
        let rdclass = types::class_from_text(&st.defclass).unwrap_or(1);
        let (textname, rdtype) = match reverse_name(host) {
            Some(rev) => (rev, PTR),
            // strlcpy() into the lookup's MXNAME-byte textname.
            None => {
                let bytes = crate::rawtext::encode(host);
                (crate::rawtext::decode(&bytes[..bytes.len().min(crate::cli::dig::MXNAME - 1)]), rdtype)
            }
        };
        let mut l = Lookup::new(textname, self.engine.settings.tries);
        l.rdtype = rdtype;
        l.rdtypeset = true;
        l.rdclass = rdclass;
        l.rdclassset = true;
        l.recurse = st.recurse;
        l.aaonly = st.aaonly;
        l.tcp_mode = if rdtype == ANY && !st.tcpmode_set { true } else { st.tcpmode };
        Self::with_transport(&mut l, &st.secure, st.stream);
        l.servfail_stops = !st.nofail;
        l.besteffort = false;
        l.new_search = true;
        // How it prints: the default A-then-AAAA pair, -debug, -d2.
        l.display.pair = st.default_lookups;
        l.display.debug = !st.short_form;
        l.display.d2 = st.d2;
        // Unicode names in A-labels when stdout is a terminal (dighost's
        // make_empty_lookup() does this for nslookup too) or with --idnout.
        l.display.idnin = self.opts.idn_in;
        self.engine.push(l);
    }

    /// A lookup over rlookup's transport, if one was chosen.
    fn with_transport(l: &mut Lookup, secure: &SecureTransport, stream: bool) {
        l.secure = secure.clone();
        if stream {
            l.tcp_mode = true;
        }
    }

    /// Runs the queued lookups, then the AAAA lookups their replies call
    /// for (queued after them, as nslookup does); with `--validate`, then
    /// the verdict on their answers.
    pub async fn run(&mut self) -> Result<()> {
        loop {
            self.engine.run().await?;
            let follow = std::mem::take(&mut self.engine.emit.follow);
            if follow.is_empty() {
                break;
            }
            for l in follow {
                self.engine.push(l);
            }
        }
        let verdict = match self.engine.emit.validation.as_mut() {
            Some(v) => v.finish(&self.engine.settings).await,
            None => None,
        };
        match verdict {
            Some(event) => self.engine.emit.live.show(&event),
            None => Ok(()),
        }
    }

    /// Runs the command line's steps. Returns false if nothing more is to
    /// be done (version, usage).
    pub async fn apply_steps(&mut self, inv: &Invocation) -> Result<()> {
        for step in &inv.steps {
            match step {
                Step::Set(opt) => self.set(opt)?,
                Step::Lookup(host) => self.add_lookup(host),
                Step::Server(name) => self.set_server(name).await?,
                Step::Version => {
                    self.show(Event::Stderr(format!("nslookup {}\n", crate::version::VERSION_TEXT)))?;
                    return Err(Error::Exit(0));
                }
                Step::Usage => {
                    self.show(Event::Stderr(USAGE.to_string()))?;
                    return Err(Error::Exit(1));
                }
            }
        }
        if let Some(d) = self.domainopt.clone() {
            self.engine.settings.search = vec![d];
        }
        self.in_use = inv.interactive;
        Ok(())
    }

    /// One line of interactive input (do_next_command()).
    pub async fn command(&mut self, line: &str) -> Result<()> {
        match crate::cli::nslookup::parse_command(line) {
            Command::Nothing => {}
            Command::Set(opt) => self.set(&opt)?,
            Command::Server(arg) => {
                if let Some(name) = arg {
                    self.set_server(&name).await?;
                }
                self.engine.settings.check_ra = false;
                self.show_settings(true)?;
            }
            Command::Exit => self.in_use = false,
            Command::NotYetImplemented(c) => self.say(Said::NotYetImplemented(c))?,
            Command::NotImplemented(c) => self.say(Said::NotImplemented(c))?,
            Command::Lookup(host) => self.add_lookup(&host),
        }
        Ok(())
    }

    /// Reads and runs commands from `input` until `exit` or end of input;
    /// on a terminal (`term`), from its line editor instead, with `help`
    /// answered and Ctrl-C abandoning the command under way.
    pub async fn interactive(
        &mut self,
        input: &mut dyn BufRead,
        prompt: bool,
        term: Option<&mut crate::session::interactive::Terminal>,
    ) -> Result<()> {
        if let Some(term) = term {
            self.on_terminal = true;
            use crate::session::interactive::{Input, is_help};
            while self.in_use {
                self.engine.emit.live.flush()?;
                let text = match term.read_line() {
                    // The line editor reads UTF-8; as rawtext, so that a
                    // character of its private-use block typed here means
                    // itself, as on a pipe.
                    Input::Line(text) => crate::rawtext::decode(text.as_bytes()),
                    Input::Interrupted => continue,
                    Input::Eof => break,
                };
                if is_help(&text) {
                    let help = term.help();
                    self.show(Event::Text(help))?;
                    continue;
                }
                let work = async {
                    self.command(&text).await?;
                    self.run().await
                };
                if term.cancellable(work).await.transpose()?.is_none() {
                    // Ctrl-C: the terminal echoed ^C; back to the prompt.
                    self.engine.clear_queue();
                    self.engine.emit.follow.clear();
                    if let Some(v) = self.engine.emit.validation.as_mut() {
                        v.clear();
                    }
                    self.show(Event::Text("\n".into()))?;
                }
                self.show(Event::CommandDone)?;
            }
            return Ok(());
        }
        let mut line = Vec::new();
        while self.in_use {
            if prompt {
                self.show(Event::Text(crate::session::interactive::PROMPT.into()))?;
            }
            self.engine.emit.live.flush()?;
            line.clear();
            if input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            // Bytes, as BIND reads them (rawtext keeps those that are not
            // UTF-8).
            let text = crate::rawtext::decode(&line);
            self.command(&text).await?;
            self.run().await?;
            self.show(Event::CommandDone)?;
        }
        Ok(())
    }

    /// Commands from a pipe or a file, their lookups run at the same time
    /// (at most `--concurrency`), the output in the order of the commands.
    pub async fn batch(&mut self, input: &mut dyn BufRead) -> Result<()> {
        let mut queue = Ordered::new(self.opts.concurrency, self.opts.rate);
        // The progress bar and Ctrl-C (session::progress, session::interrupt).
        let progress = crate::session::progress::Progress::start(&mut self.engine.emit.live);
        if self.opts.batch.as_deref() == Some("-") && io::IsTerminal::is_terminal(&io::stdin()) {
            progress.reads_terminal();
        }
        queue.progress = progress.clone();
        let pool = SocketPool::default();
        self.held = Some(Vec::new());
        let work = async {
            let mut line = Vec::new();
            while self.in_use {
                line.clear();
                if input.read_until(b'\n', &mut line)? == 0 {
                    break;
                }
                let text = crate::rawtext::decode(&line);
                // The command's own output (set all, server, messages),
                // then its lookups.
                let command = self.command(&text).await;
                let held = std::mem::take(self.held.as_mut().expect("set above"));
                let lookups = self.engine.take_queue();
                let end = command.err();
                let done = end.is_some() || lookups.is_empty();
                let mut unit = Recorded { events: held, end, ..Recorded::default() };
                if done && unit.end.is_none() {
                    unit.events.push(Event::CommandDone);
                }
                queue.ready(unit, &mut self.engine).await?;
                if !done {
                    let packets = self.engine.emit.wants_packets();
                    let settings = self.engine.settings.clone();
                    let unit = record(lookups, settings, self.engine.emit.tries, (pool.clone(), self.engine.pool.clone()), packets);
                    queue
                        .spawn(crate::session::verdict::boxed(unit, self.opts.validate.as_ref(), &self.engine.settings), &mut self.engine)
                        .await?;
                }
            }
            queue.drain(&mut self.engine).await
        };
        let finished = progress.or_ctrl_c(work).await;
        let result = match finished {
            Some(result) => result,
            None => {
                // Ctrl-C: what is complete, in order; then the run's end.
                let _ = queue.interrupt(&mut self.engine).await;
                let _ = self.engine.emit.live.finish();
                Err(Error::Interrupted)
            }
        };
        progress.finish();
        self.held = None;
        result
    }

    /// The exit status so far.
    pub fn exit_status(&self) -> i32 {
        self.engine.emit.status.code()
    }
}

pub const USAGE: &str = "Usage:
   nslookup [-opt ...]             # interactive mode using default server
   nslookup [-opt ...] - server    # interactive mode using 'server'
   nslookup [-opt ...] host        # just look up 'host' using default server
   nslookup [-opt ...] host server # just look up 'host' using 'server'
";

/// nslookup from its arguments to its exit status.
pub async fn main(args: &[String], rc: &ResolvConf, live: Live, opts: Options) -> (i32, Option<Error>) {
    if opts.idn_out {
        // Every name printed, in U-labels (this thread prints them all).
        crate::wire::name::set_totext_filter(Some(crate::idn::to_unicode_text));
    }
    let servers = opts.servers.clone();
    let transport = opts.transport.clone();
    let mut session = Session::new(rc, live, opts);
    let inv = crate::cli::nslookup::parse_args(args);
    let result = async {
        if let Some(t) = transport {
            // --tls, --https[=URL]...: before the command line's steps,
            // whose server (URL or not) comes after.
            session.state.stream = t.transport.apply(&mut session.state.secure);
            if let Some(url) = &t.url {
                session.set_server(url).await?;
            }
        }
        session.apply_steps(&inv).await?;
        if let Some(req) = servers {
            // --servers: the table, and no lookup.
            let view = crate::session::servers::view(&session.in_effect(), &req);
            session.show(Event::Servers(Arc::new(view)))?;
            session.engine.emit.live.flush()?;
            return Err(Error::Exit(0));
        }
        if let Some(file) = session.opts.batch.clone() {
            // --batch FILE: its lines are commands, as from a pipe.
            let mut input: Box<dyn BufRead> = if file == "-" {
                Box::new(io::stdin().lock())
            } else {
                match std::fs::File::open(crate::rawtext::to_os(&file)) {
                    Ok(f) => Box::new(io::BufReader::new(f)),
                    Err(e) => {
                        return Err(Error::Fatal(Fatal::Other(format!("--batch: cannot read {file}: {}", crate::session::strerror(&e)))));
                    }
                }
            };
            session.in_use = true;
            if session.opts.concurrency == 1 {
                session.interactive(&mut *input, false, None).await?;
            } else {
                session.batch(&mut *input).await?;
            }
        } else if session.in_use {
            let stdin = io::stdin();
            let tty = std::io::IsTerminal::is_terminal(&stdin);
            // A terminal on both sides: the line editor (which reads fd 0
            // itself, so stdin stays unlocked).
            let stdout_tty = std::io::IsTerminal::is_terminal(&io::stdout());
            match (tty && stdout_tty).then(crate::session::interactive::Terminal::open).flatten() {
                Some(mut term) => session.interactive(&mut io::empty(), true, Some(&mut term)).await?,
                None if tty || session.opts.concurrency == 1 => session.interactive(&mut stdin.lock(), tty, None).await?,
                // Commands from a pipe: a batch.
                None => session.batch(&mut stdin.lock()).await?,
            }
        } else {
            session.run().await?;
        }
        // nslookup's last puts("").
        session.show(Event::Text("\n".into()))?;
        session.engine.emit.live.finish()
    }
    .await;
    let _ = session.engine.emit.live.flush();
    let outcome = crate::session::outcome(result, session.exit_status(), session.engine.exitcode);
    crate::session::verdict::exit_status(outcome, &session.engine.emit.live)
}

#[cfg(test)]
#[path = "nslookup_tests.rs"]
mod tests;
