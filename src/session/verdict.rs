//! `--validate` in the nslookup and dig dialects, running: after a
//! lookup's reply, the validating resolver (`validate::resolve`, delv's
//! own, over `session::fetch::ServerFetch`) resolves the same question
//! from the same server and validates the answer from the trust anchor;
//! the outcome goes to the sink as one `Event::Validation`
//! (`event::validation`) after the lookup's own output, and a bogus
//! answer makes the run's exit status [`BOGUS`].
//!
//! - Which questions: each reply taken as a lookup's answer
//!   (`Event::Received`): its name as asked (search list applied) and
//!   type. Zone transfers, `+trace` and `+nssearch` get no verdict, nor
//!   does a lookup that got no reply.
//! - How: as delv with `+cdflag` asks (RD, EDNS with DO, CD for names
//!   under the anchor, so that a validating server hands over even bogus
//!   data for the validator to judge), to the address that answered, over
//!   TCP if the lookup went over TCP. Each fetch gives up after the
//!   lookup's timeout times its tries (the UDP query resent every
//!   timeout), so a validation never hangs longer than that per fetch;
//!   the validator's own caps (restarts, fetches, signature checks,
//!   nesting) end hostile input with a verdict. A lookup over TLS, HTTPS
//!   or QUIC is not validated (the validator asks in clear): its verdict
//!   is `indeterminate`, as is one of a class other than IN.
//! - Trust anchors ([`Context::load`]): `--anchors FILE`, else
//!   /etc/bind/bind.keys, else BIND's built-in root keys, in bind.keys
//!   syntax, as delv loads them (`config::anchors`); every name's anchors
//!   are kept and each question is validated under the deepest one above
//!   it (no anchor above it: insecure).
//! - Where the event goes: dig's lookups run as recorded units
//!   ([`recorded`]: the event goes before the unit's closing
//!   `LookupDone`), nslookup's commands through a [`Collector`] that sees
//!   their events and validates when the command is done (the event goes
//!   after the command's last lookup), the Windows style's after the host
//!   block.

use std::net::SocketAddr;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use super::Live;
use super::batch::Recorded;
use super::fetch::{FetchOptions, ServerFetch};
use crate::cli::opts::Own;
use crate::config::anchors::{self, Failure, TrustAnchors};
use crate::error::Error;
use crate::event::Event;
use crate::event::validation::{Check, Validation};
use crate::plan::{Dialect, Settings, TCP_TIMEOUT, UDP_TIMEOUT, Validate};
use crate::response::{Protocol, sockaddr_text};
use crate::validate;
use crate::wire::Name;

/// rlookup's exit status when some answer of the run was bogus (in both
/// dialects; it takes precedence over their own 0, 1 and 9).
pub const BOGUS: i32 = 12;

const CLASS_IN: u16 = 1;

/// What `--validate` needs for the whole run: the trust anchors and
/// whether to show the chain.
#[derive(Debug, Clone)]
pub struct Context {
    /// Every name's anchors, in the order of the source.
    pub anchors: Vec<TrustAnchors>,
    /// `--validate=chain`.
    pub show_chain: bool,
    /// The validation time (Unix seconds); None: now.
    pub now: Option<u32>,
}

impl Context {
    /// Loads the trust anchors of `file` (`--anchors`), else of
    /// /etc/bind/bind.keys, else BIND's built-in root keys. Ok: the
    /// context and the loader's messages about the file (delv's `;;
    /// FILE:LINE: ...` lines, for standard error); Err: why there is no
    /// anchor to validate from (`Unable to read key file 'F'`...).
    pub fn load(show_chain: bool, file: Option<&Path>) -> Result<(Context, Vec<String>), String> {
        let names = anchors::names(file).map_err(failure_text)?;
        let mut log: Vec<String> = Vec::new();
        let mut found = Vec::new();
        for name in &names {
            let setup = anchors::setup(file, Some(&name.to_text(false)));
            for line in setup.log {
                if !log.contains(&line) {
                    log.push(line);
                }
            }
            match setup.result {
                Ok(a) => found.push(a),
                Err(Failure::Fatal(m)) => return Err(m),
                Err(Failure::Setup) => {
                    return Err(log.last().map_or("trust anchors could not be set up", |l| l.trim_start_matches(";; ")).to_string());
                }
            }
        }
        if found.is_empty() {
            return Err("No trusted keys were loaded".into());
        }
        Ok((Context { anchors: found, show_chain, now: None }, log))
    }

    /// The anchors to validate `qname` under: the deepest name at or
    /// above it that has some.
    pub fn anchors_for(&self, qname: &Name) -> Option<&TrustAnchors> {
        self.anchors.iter().filter(|a| validate::rdata::is_subdomain(qname, &a.name)).max_by_key(|a| a.name.label_count())
    }
}

/// `--validate` and `--anchors` as given, for `lib.rs`: the context for
/// the sessions (None without `--validate`) and the anchor loader's
/// messages for standard error; Err: the message why the run cannot go
/// on (exit status 1): `--validate` in the delv dialect or with
/// `--compare`, `--anchors` without `--validate`, no trust anchor.
pub fn setup(own: &Own, dialect: Dialect) -> Result<(Option<Arc<Context>>, Vec<String>), String> {
    let Some(show) = own.validate else {
        if own.anchors.is_some() {
            return Err("rlookup: --anchors is for --validate (delv takes -a FILE)".into());
        }
        return Ok((None, Vec::new()));
    };
    if dialect == Dialect::Delv {
        return Err(
            "rlookup: --validate is for the nslookup and dig dialects (delv always validates; -a FILE gives its trust anchors)".into()
        );
    }
    if own.compare {
        return Err("rlookup: --validate and --compare do not go together".into());
    }
    let (ctx, log) = Context::load(show == Validate::Chain, own.anchors.as_deref()).map_err(|m| format!("rlookup: --validate: {m}"))?;
    Ok((Some(Arc::new(ctx)), log))
}

fn failure_text(f: Failure) -> String {
    match f {
        Failure::Fatal(m) => m,
        Failure::Setup => "trust anchors could not be set up".into(),
    }
}

/// One question to validate: what a lookup asked and whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub qname: Name,
    pub qtype: u16,
    pub qclass: u16,
    /// The address that answered.
    pub server: SocketAddr,
    pub protocol: Protocol,
    /// The lookup's tries (at least 1).
    pub tries: u32,
}

impl Request {
    /// The question of a reply taken as a lookup's answer; None for other
    /// events, zone transfers, `+trace` and `+nssearch`.
    pub fn of(event: &Event) -> Option<Request> {
        let Event::Received(rc) = event else { return None };
        let r = &rc.reply;
        if rc.xfr.is_some() || r.xfr.is_some() || r.lookup.trace || r.lookup.ns_search_only {
            return None;
        }
        Some(Request {
            qname: r.qname.clone(),
            qtype: r.lookup.rdtype,
            qclass: r.lookup.rdclass,
            server: r.response.server,
            protocol: r.response.protocol,
            tries: r.lookup.retries.max(1),
        })
    }
}

/// How long a fetch of the validator may take: the lookup's timeout
/// (`+time`, `set timeout`; dig's default for UDP or TCP) times its
/// tries.
fn per_try(settings: &Settings, tcp: bool) -> Duration {
    let secs = match settings.timeout {
        0 if tcp => TCP_TIMEOUT,
        0 => UDP_TIMEOUT,
        n => n,
    };
    Duration::from_secs(u64::from(secs))
}

/// Validates one question (see the module doc).
pub async fn check(ctx: &Context, req: &Request, settings: &Settings) -> Check {
    let server = sockaddr_text(req.server);
    let not = |why: &str| Check::not_validated(req.qname.clone(), req.qtype, server.clone(), why);
    let tcp = match req.protocol {
        Protocol::Udp => false,
        Protocol::Tcp => true,
        other => return not(&format!("the validator asks over UDP and TCP only, and the lookup went over {other}")),
    };
    if req.qclass != CLASS_IN {
        return not("only class IN is validated");
    }
    let try_time = per_try(settings, tcp);
    let budget = try_time.saturating_mul(req.tries.max(1));
    let fetch = ServerFetch::new(
        &[req.server.ip()],
        req.server.port(),
        FetchOptions { retry: try_time, udp_timeout: budget, tcp_timeout: budget, ..FetchOptions::default() },
    );
    let mut opts = validate::Options { validate: true, cdflag: true, tcp, fetch_timeout: budget, ..validate::Options::default() };
    if let Some(now) = ctx.now {
        opts.now = now;
    }
    let resolution = validate::resolve(&fetch, ctx.anchors_for(&req.qname), opts, &req.qname, req.qtype).await;
    Check::from_resolution(server, &resolution)
}

/// Validates each question, in order, into one event's value.
pub async fn validation(ctx: &Context, requests: &[Request], settings: &Settings) -> Validation {
    let mut checks = Vec::with_capacity(requests.len());
    for r in requests {
        checks.push(check(ctx, r, settings).await);
    }
    Validation { checks, show_chain: ctx.show_chain }
}

/// The questions of the events a session sees go by (nslookup's command,
/// Windows' host lookup), validated when it is done.
#[derive(Debug)]
pub struct Collector {
    ctx: Arc<Context>,
    requests: Vec<Request>,
}

impl Collector {
    pub fn new(ctx: Arc<Context>) -> Collector {
        Collector { ctx, requests: Vec::new() }
    }

    /// Notes the question of a reply taken as an answer, once: the engine
    /// reports an NXDOMAIN at the end of the search list twice, as BIND's
    /// recv_done() calls dighost_received() twice for it.
    pub fn see(&mut self, event: &Event) {
        if let Some(r) = Request::of(event).filter(|r| !self.requests.contains(r)) {
            self.requests.push(r);
        }
    }

    /// Forgets what was seen (a command abandoned with Ctrl-C).
    pub fn clear(&mut self) {
        self.requests.clear();
    }

    /// Validates what was seen since the last time: the event to show, or
    /// None when no question was answered.
    pub async fn finish(&mut self, settings: &Settings) -> Option<Event> {
        if self.requests.is_empty() {
            return None;
        }
        let requests = std::mem::take(&mut self.requests);
        Some(Event::Validation(Arc::new(validation(&self.ctx, &requests, settings).await)))
    }
}

/// A recorded unit (a dig lookup, a batch's nslookup command) once it is
/// done: its answers validated, the event inserted before the unit's
/// closing `LookupDone`/`CommandDone` events (the packet dump of the
/// lookup comes after it). Units that ended the run, or answered
/// nothing, are returned as they are. Without `ctx`, nothing is done.
pub async fn recorded(unit: impl Future<Output = Recorded>, ctx: Option<Arc<Context>>, settings: Settings) -> Recorded {
    let mut rec = unit.await;
    let Some(ctx) = ctx else { return rec };
    if rec.end.is_some() {
        return rec;
    }
    let mut collector = Collector::new(ctx);
    for e in &rec.events {
        collector.see(e);
    }
    if let Some(event) = collector.finish(&settings).await {
        let closing = rec.events.iter().rev().take_while(|e| matches!(e, Event::LookupDone | Event::CommandDone)).count();
        let at = rec.events.len() - closing;
        rec.events.insert(at, event);
    }
    rec
}

/// A lookup's recorded unit as the batch queue takes it
/// (`batch::Ordered::spawn`): with `ctx` (`--validate`), [`recorded`]
/// (the verdict joins its events); boxed once either way.
pub fn boxed(
    unit: impl Future<Output = Recorded> + 'static,
    ctx: Option<&Arc<Context>>,
    settings: &Settings,
) -> Pin<Box<dyn Future<Output = Recorded>>> {
    match ctx {
        Some(ctx) => Box::pin(recorded(unit, Some(ctx.clone()), settings.clone())),
        None => Box::pin(unit),
    }
}

/// The dialect's exit status and error, with `--validate`'s: [`BOGUS`]
/// when an answer of the run was bogus (`Live` saw a bogus
/// `Event::Validation`) and the run ended without an error of its own.
pub fn exit_status(outcome: (i32, Option<Error>), live: &Live) -> (i32, Option<Error>) {
    match outcome {
        (_, None) if live.bogus => (BOGUS, None),
        other => other,
    }
}

#[cfg(test)]
#[path = "verdict_tests.rs"]
mod tests;
