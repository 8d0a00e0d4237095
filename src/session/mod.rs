//! The dialects at run time: each drives its grammar (`cli::*`), queues
//! lookups on the engine (`lookup`; delv's one lookup goes through the
//! validating resolver, `validate`, over `fetch`), keeps the dialect's state across
//! lookups (nslookup's `set` options, its A-then-AAAA pair, its sticky
//! exit status) and produces the exit status; with `--validate` their
//! answers are validated too (`verdict`). What is printed is the
//! sink's business: the engine's events and the session's own go to the
//! one sink `lib.rs` chose ([`Live`]).

pub mod batch;
pub mod compare;
pub mod delv;
pub mod dig;
pub mod fetch;
pub mod interactive;
pub mod interrupt;
pub mod nslookup;
pub mod progress;
pub mod servers;
pub mod verdict;
pub mod windows;

use crate::error::{Error, Fatal, Result};
use crate::event::Event;
use crate::lookup::Emit;
use crate::plan::{Server, Settings};
use crate::render::{Output, Sink};

/// The run's sink and the output it writes to: every event goes here.
pub struct Live {
    pub sink: Box<dyn Sink>,
    pub out: Box<dyn Output>,
    /// `--stats`: what the run's events came to.
    pub tally: Option<batch::Tally>,
    /// Which of the process's standard streams are terminals (none unless
    /// `lib.rs` says so): whether a batch may show a progress bar.
    pub terminals: progress::Terminals,
    /// `--validate`: some answer shown was bogus (the exit status,
    /// `verdict::exit_status`).
    pub bogus: bool,
}

impl Live {
    pub fn new(sink: Box<dyn Sink>, out: Box<dyn Output>) -> Live {
        Live { sink, out, tally: None, terminals: progress::Terminals::default(), bogus: false }
    }

    /// Prints what the event calls for.
    pub fn show(&mut self, event: &Event) -> Result<()> {
        if let Some(t) = self.tally.as_mut() {
            t.see(event);
        }
        if let Event::Validation(v) = event {
            self.bogus |= v.is_bogus();
        }
        self.sink.event(event, &mut *self.out)
    }

    /// Flushes standard output.
    pub fn flush(&mut self) -> Result<()> {
        self.out.out().flush()?;
        Ok(())
    }

    /// The end of the run: what the sink still holds, the `--stats`
    /// summary, then a flush.
    pub fn finish(&mut self) -> Result<()> {
        self.sink.finish(&mut *self.out)?;
        if let Some(t) = self.tally.take() {
            self.sink.event(&Event::Summary(std::sync::Arc::new(t.summary())), &mut *self.out)?;
        }
        self.flush()
    }
}

impl Emit for Live {
    fn emit(&mut self, event: Event) -> Result<()> {
        self.show(&event)
    }

    fn wants_packets(&self) -> bool {
        self.sink.wants_packets()
    }
}

/// What a session needs from rlookup's own options besides its arguments.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--servers`: show the servers in effect once the arguments are
    /// parsed, instead of looking anything up.
    pub servers: Option<servers::ServersRequest>,
    /// Names typed in Unicode are sent in A-labels (dig's rule for +idnin:
    /// on when standard output is a terminal and IDN_DISABLE is unset; or
    /// with --idnout).
    pub idn_in: bool,
    /// `--idnout`: names are printed in U-labels.
    pub idn_out: bool,
    /// nslookup in Windows style (`--style=windows` with BIND's text).
    pub windows: bool,
    /// Batches: lookups in flight at most (1: one after another).
    pub concurrency: usize,
    /// Batches: lookup starts a second at most.
    pub rate: Option<f64>,
    /// `--tls`, `--https[=URL]`, `--quic`, `--http3[=URL]` (nslookup; dig
    /// has them as its own options).
    pub transport: Option<crate::cli::url::TransportOption>,
    /// `--insecure`: no certificate is checked.
    pub insecure: bool,
    /// nslookup `--batch FILE`: commands from FILE (`-`: standard input)
    /// as from a pipe.
    pub batch: Option<String>,
    /// `--compare` (dig): each lookup is asked of each of its servers at
    /// once, and shown as one comparison (`compare`).
    pub compare: bool,
    /// `--validate[=chain]`: each answer validated from the trust anchor
    /// (`verdict`).
    pub validate: Option<std::sync::Arc<verdict::Context>>,
    /// delv: why /etc/resolv.conf could not be read (dig and nslookup stop
    /// at once; BIND's delv reads it only without `@server`, says why, and
    /// goes on with no server).
    pub resolv_conf_error: Option<crate::config::resolv_conf::ResolvConfError>,
}

/// A dialect's exit status and what ended it: the status the dialect
/// computed when the run finished, or the one its error calls for
/// (given dighost's exitcode).
pub fn outcome(result: Result<()>, status: i32, exitcode: i32) -> (i32, Option<Error>) {
    match result {
        Ok(()) => (status, None),
        Err(e) => (e.exit_status(exitcode), Some(e)),
    }
}

/// strerror()'s text for an I/O error (perror() in BIND's -f handling).
pub fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    // Rust appends " (os error N)".
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// nslookup's set_nameserver(): the servers `name` stands for (its
/// addresses, each labelled with the name as typed), or BIND's complaint.
/// A server as the user names it: a name or address, or a URL
/// (`tls://127.0.0.53`, `https://dns.lab/dns-query`): its addresses (with
/// the URL's port) and the transport the URL names.
pub async fn servers_at(name: &str, s: &Settings) -> Result<(Vec<Server>, Option<crate::cli::url::UrlTransport>)> {
    match crate::cli::url::parse(name) {
        None => Ok((servers_named(name, s).await?, None)),
        Some(Err(why)) => Err(Error::Fatal(Fatal::BadServerUrl(why))),
        Some(Ok(url)) => {
            let mut servers = servers_named(&url.host, s).await?;
            for server in &mut servers {
                server.port = url.port;
            }
            Ok((servers, Some(url.transport)))
        }
    }
}

pub async fn servers_named(name: &str, s: &Settings) -> Result<Vec<Server>> {
    let addrs = crate::sysresolve::addresses(name, s.ipv4_only, s.ipv6_only)
        .await
        .map_err(|e| Error::Fatal(Fatal::CouldntGetAddress { name: name.to_string(), why: e.to_string() }))?;
    Ok(addrs.iter().map(|ip| Server::new(ip.to_string(), name)).collect())
}

#[cfg(test)]
#[path = "replay_tests.rs"]
mod replay_tests;
