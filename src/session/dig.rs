//! dig, running: dig.c's main() around the lookup engine. The grammar
//! (`cli::dig`) is driven event by event, answering its requests (server
//! addresses, the batch file) in BIND's order; the lookups it queues run on
//! the engine, whose events go to the sink (`render::dig`'s text, or
//! JSON, a table). With `-f`, each batch line is parsed and run after the
//! previous line's lookups are done, as dig's query_finished() does.

use std::io::{self, BufRead};
use std::sync::Arc;

use crate::cli::dig::{self as grammar, Dig, Event as Step, Host};
use crate::config::ResolvConf;
use crate::error::{Error, Result};
use crate::event::Event;
use crate::lookup::{Engine, ExitOp};
use crate::plan::{Lookup, Server, Settings};
use crate::session::batch::{Ordered, Recorded, Recorder, Replay};
use crate::session::{Live, Options, strerror};
use crate::transport::udp::SocketPool;

/// The run's settings from resolv.conf, as setup_system() makes them for
/// dig (no search list use and no RA check unless asked).
pub fn settings_from(rc: &ResolvConf) -> Settings {
    Settings {
        servers: Arc::new(rc.nameservers.iter().map(|ip| Server::new(ip.to_string(), ip.to_string())).collect()),
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
struct Session {
    engine: Engine<Live>,
    dig: Dig,
    batch: Option<Box<dyn BufRead>>,
    opts: Options,
    /// Lookups in flight and output waiting for them, in input order
    /// (`--concurrency` above 1).
    queue: Ordered,
    /// The batch's UDP sockets.
    pool: SocketPool,
    /// The globals last shown.
    globals: Option<Arc<crate::plan::Globals>>,
}

/// The queue's units go to the run's sink; their changes to dighost's
/// exitcode apply in input order.
impl Replay for Engine<Live> {
    fn replay(&mut self, unit: Recorded) -> Result<()> {
        for e in &unit.events {
            self.emit.show(e)?;
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

impl Session {
    fn concurrent(&self) -> bool {
        // --compare runs each lookup's servers at once, through the queue;
        // --validate's verdict joins each lookup's recorded events.
        self.opts.concurrency > 1 || self.opts.compare || self.opts.validate.is_some()
    }

    /// Output of the session itself: printed now, or after the lookups
    /// queued before it.
    async fn show(&mut self, event: Event) -> Result<()> {
        if self.concurrent() {
            return self.queue.ready(Recorded::events(vec![event]), &mut self.engine).await;
        }
        self.engine.emit.show(&event)
    }

    /// The end of the run: everything queued before it is printed first.
    async fn end(&mut self, e: Error) -> Result<()> {
        self.queue.drain(&mut self.engine).await?;
        Err(e)
    }

    /// Executes the grammar's steps until it has nothing more to say.
    async fn drive(&mut self) -> Result<()> {
        while let Some(step) = self.dig.next_event() {
            match step {
                Step::Say(said) => self.show(Event::Said(said)).await?,
                Step::Stderr(s) => self.show(Event::Stderr(s)).await?,
                Step::Warn(s) => self.show(Event::Stderr(format!("dig: {s}\n"))).await?,
                Step::Server { name, ipv4, ipv6 } => {
                    let result = crate::sysresolve::addresses(&name, !ipv6, !ipv4)
                        .await
                        .map(|ips| ips.iter().map(|ip| ip.to_string()).collect())
                        .map_err(|e| e.to_string());
                    self.dig.server_addresses(result);
                }
                Step::OpenBatch(name) => {
                    let opened: std::result::Result<Box<dyn BufRead>, String> = if name == "-" {
                        if io::IsTerminal::is_terminal(&io::stdin()) {
                            self.queue.progress.reads_terminal();
                        }
                        Ok(Box::new(io::BufReader::new(io::stdin())))
                    } else {
                        std::fs::File::open(crate::rawtext::to_os(&name))
                            .map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>)
                            .map_err(|e| strerror(&e))
                    };
                    match opened {
                        Ok(r) => {
                            self.batch = Some(r);
                            self.dig.batch_opened(Ok(()));
                        }
                        Err(why) => self.dig.batch_opened(Err(why)),
                    }
                }
                Step::ReadBatchLine => {
                    let line = self.batch.as_mut().and_then(|b| fgets(b.as_mut()));
                    self.dig.batch_input(line.as_deref());
                }
                Step::ReadKeyFile { path, mut hmac } => {
                    let read = crate::config::keys::read_key_file(&path, &mut hmac);
                    self.dig.key_file_read(read, hmac);
                }
                Step::KeyNotice(n) => {
                    // BIND logs some of these through its logging, after a
                    // local time stamp.
                    let stamp = if n.timestamped() {
                        format!("{} ", crate::calendar::log_time(std::time::SystemTime::now()))
                    } else {
                        String::new()
                    };
                    self.show(Event::Stderr(format!("{stamp}{n}\n"))).await?;
                }
                Step::RaiseExitcode(n) => {
                    if self.concurrent() {
                        let unit = Recorded { exit_ops: vec![ExitOp::Raise(n)], ..Recorded::default() };
                        self.queue.ready(unit, &mut self.engine).await?;
                    } else {
                        self.engine.exitcode = self.engine.exitcode.max(n);
                    }
                }
                Step::Fatal(f) => return self.end(Error::Fatal(f)).await,
                Step::Abort(f) => return self.end(Error::Abort(f)).await,
                Step::Exit(n) => return self.end(Error::Exit(n)).await,
            }
        }
        Ok(())
    }

    /// Runs what the last parse queued, with the settings it left.
    async fn run_lookups(&mut self) -> Result<()> {
        if self.engine.settings != *self.dig.settings() {
            self.engine.settings = self.dig.settings().clone();
        }
        // The globals as they are now: the last ones again if unchanged
        // (a batch has one line per name).
        let globals = match &self.globals {
            Some(g) if **g == *self.dig.globals() => g.clone(),
            _ => Arc::new(self.dig.globals().clone()),
        };
        self.globals = Some(globals.clone());
        self.show(Event::Globals(globals)).await?;
        let lookups: Vec<Lookup> = self
            .dig
            .take_lookups()
            .into_iter()
            .map(|mut l| {
                if self.opts.idn_out {
                    // --idnout: dig's own +idnout.
                    l.display.idnout = true;
                }
                l
            })
            .collect();
        if !self.concurrent() {
            for l in lookups {
                self.engine.push(l);
            }
            return self.engine.run().await;
        }
        for l in lookups {
            if l.trace || l.ns_search_only || is_transfer(&l) {
                // +trace and +nssearch follow referrals and change the
                // run's settings (dighost's usesearch) for the lookups after
                // them: they run alone, in order. A zone transfer too, so
                // that its messages print as they come (as dig's do) and
                // are not all held in memory until the last one.
                self.queue.drain(&mut self.engine).await?;
                self.engine.push(l);
                self.engine.run().await?;
                continue;
            }
            if self.opts.compare {
                // --compare: the lookup once per server, all at once.
                let (settings, cookie) = (self.engine.settings.clone(), self.engine.client_cookie());
                let pools = (self.pool.clone(), self.engine.pool.clone());
                let packets = crate::lookup::Emit::wants_packets(&self.engine.emit);
                let servers = settings.servers.to_vec();
                let one = move |l| record(l, settings.clone(), cookie, pools.clone(), packets);
                self.queue.spawn(Box::pin(crate::session::compare::compare(l, servers, one)), &mut self.engine).await?;
                continue;
            }
            let lookup = record(
                l,
                self.engine.settings.clone(),
                self.engine.client_cookie(),
                (self.pool.clone(), self.engine.pool.clone()),
                crate::lookup::Emit::wants_packets(&self.engine.emit),
            );
            let lookup = crate::session::verdict::boxed(lookup, self.opts.validate.as_ref(), &self.engine.settings);
            self.queue.spawn(lookup, &mut self.engine).await?;
        }
        Ok(())
    }

    /// --servers: the table for what the arguments set up, no lookup.
    async fn show_servers(&mut self, req: &crate::session::servers::ServersRequest) -> Result<()> {
        let lookups = self.dig.take_lookups();
        let mut settings = self.dig.settings().clone();
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
        let view = crate::session::servers::view(&e, req);
        self.show(Event::Servers(Arc::new(view))).await
    }
}

/// AXFR or IXFR: replies that can run to any number of messages.
fn is_transfer(l: &Lookup) -> bool {
    const AXFR: u16 = 252;
    const IXFR: u16 = 251;
    matches!(l.rdtype, AXFR | IXFR)
}

/// A lookup of a batch, on an engine of its own that records what happens
/// (the run's settings, client cookie, UDP sockets and encrypted
/// connections: one TLS session serves the whole run).
async fn record(
    l: Lookup,
    settings: Settings,
    cookie: [u8; 8],
    (udp, conns): (SocketPool, Arc<crate::transport::pool::Pool>),
    packets: bool,
) -> Recorded {
    let mut engine = Engine::sharing(settings, Recorder { events: Vec::with_capacity(4), packets }, cookie, conns);
    engine.udp_pool = Some(udp);
    engine.pipelining = true;
    engine.exit_ops = Some(Vec::new());
    let end = engine.run_first(l).await.err();
    // Held in memory until every earlier lookup is printed: no spare room.
    let mut events = engine.emit.events;
    events.shrink_to_fit();
    Recorded { events, exit_ops: engine.exit_ops.unwrap_or_default(), end }
}

/// dig from its arguments to its exit status.
pub async fn main(args: &[String], rc: &ResolvConf, mut live: Live, opts: Options) -> (i32, Option<Error>) {
    let pre = match grammar::preparse_args(args) {
        Ok(p) => p,
        Err(steps) => {
            for step in steps {
                let shown = match step {
                    Step::Say(said) => live.show(&Event::Said(said)),
                    Step::Stderr(s) => live.show(&Event::Stderr(s)),
                    Step::Fatal(f) => return (1, Some(Error::Fatal(f))),
                    Step::Abort(f) => return (10, Some(Error::Abort(f))),
                    Step::Exit(n) => {
                        let _ = live.flush();
                        return (n, None);
                    }
                    _ => Ok(()),
                };
                if let Err(e) = shown {
                    return (e.exit_status(0), Some(e));
                }
            }
            let _ = live.flush();
            return (1, None);
        }
    };
    let (_, have_ipv6) = crate::sysresolve::usable_families(false, false);
    let host = Host {
        have_ipv4: true,
        have_ipv6: have_ipv6 || std::net::UdpSocket::bind("[::1]:0").is_ok(),
        idn: std::io::IsTerminal::is_terminal(&io::stdout()) && std::env::var_os("IDN_DISABLE").is_none(),
    };
    let dig = Dig::new(host, &pre, Settings { insecure: opts.insecure, ..settings_from(rc) });
    let mut queue = Ordered::new(opts.concurrency, opts.rate);
    // The progress bar and Ctrl-C (session::progress, session::interrupt).
    let progress = crate::session::progress::Progress::start(&mut live);
    queue.progress = progress.clone();
    let mut session = Session {
        engine: Engine::new(dig.settings().clone(), live),
        dig,
        batch: None,
        opts,
        queue,
        pool: SocketPool::default(),
        globals: None,
    };
    let digrc =
        if pre.digrc { std::env::var_os("HOME").and_then(|h| std::fs::read(std::path::Path::new(&h).join(".digrc")).ok()) } else { None };
    session.dig.command_line(args, digrc.as_deref());
    let work = async {
        session.drive().await?;
        if let Some(req) = session.opts.servers.clone() {
            session.show_servers(&req).await?;
            session.engine.emit.flush()?;
            return Err(Error::Exit(0));
        }
        session.run_lookups().await?;
        while let Some(reader) = session.batch.as_mut() {
            let Some(line) = fgets(reader.as_mut()) else { break };
            session.dig.batch_line(&line);
            session.drive().await?;
            session.run_lookups().await?;
        }
        session.queue.drain(&mut session.engine).await?;
        session.engine.emit.finish()
    };
    let finished = progress.or_ctrl_c(work).await;
    let result = match finished {
        Some(result) => result,
        None => {
            // Ctrl-C: what is complete, in order; then the run's end.
            let _ = session.queue.interrupt(&mut session.engine).await;
            let _ = session.engine.emit.finish();
            Err(Error::Interrupted)
        }
    };
    progress.finish();
    let _ = session.engine.emit.flush();
    let outcome = crate::session::outcome(result, session.engine.exitcode, session.engine.exitcode);
    crate::session::verdict::exit_status(outcome, &session.engine.emit)
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
