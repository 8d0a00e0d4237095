//! The resolver half of delv: the run's private cache, the fetches and
//! what BIND's resolver does with a reply (answer scan, negative answers,
//! bad servers, the bad cache, which replies get a validator), and the
//! client loop that follows CNAMEs and DNAMEs and builds the answer list
//! delv prints (lib/dns/client.c client_resfind, lib/dns/resolver.c).
//!
//! The validator itself (`validate::validator`, `validate::nsec`) is
//! driven from `Engine::fetch`; everything both log goes to the
//! `Resolution`'s trace, in BIND's order. Entry point: `Engine::resolve`.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::chain::Chain;
use super::fetch::{Fetch, FetchQuery, Reply as WireReply};
use super::rdata::{self, t};
use super::result::{BindResult, Trust};
use super::rrset::{self, Negative, RdataSet, Reply};
use super::trace::{Level, TraceEvent, name_text};
use crate::config::anchors::TrustAnchors;
use crate::wire::{Name, types};

pub(crate) type Bx<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

const CLASS_IN: u16 = 1;

/// How the run validates and how far it may go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Validate under the trust anchor (false with `-i` and `+noroot`:
    /// nothing is validated, trust `answer`, printed `answer not
    /// validated`).
    pub validate: bool,
    /// `+cdflag`: send CD when not validating, or for names under the
    /// anchor (BIND's resquery_send); never without it.
    pub cdflag: bool,
    /// `+tcp`, passed on to the fetcher.
    pub tcp: bool,
    /// The validation time (Unix seconds, taken as RRSIG serial time).
    pub now: u32,
    /// Deadline of one fetch attempt; after it the fetch ends `timed out`.
    pub fetch_timeout: Duration,
    /// CNAME/DNAME restarts before `quota reached` (delv: 11).
    pub max_restarts: usize,
    /// Fetches one resolution may create (BIND's max-recursion-queries
    /// is 100); beyond it a fetch fails with `quota reached`.
    pub max_fetches: usize,
    /// Signature checks one resolution may make; beyond it every check
    /// fails (bounds hostile key and signature sets).
    pub max_verifications: usize,
    /// How deep fetches and sub-validators may nest (each level is a
    /// few dozen KB of stack in a debug build; 40 leaves room in a 2 MB
    /// thread and allows chains of about 20 signed zones).
    pub max_depth: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            validate: true,
            cdflag: false,
            tcp: false,
            now: std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as u32),
            fetch_timeout: Duration::from_secs(12),
            max_restarts: 11,
            max_fetches: 100,
            max_verifications: 256,
            max_depth: 40,
        }
    }
}

/// One rdataset of the answer list, as delv prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerSet {
    /// Records (an RRSIG set is one of these too, printed only with
    /// `+dnssec`), in cache order, with their TTL and trust.
    Records(RdataSet),
    /// A negative answer: `; NAME TTL IN \-TYPE ;-$NXDOMAIN` and the
    /// proof lines.
    Negative(Negative),
}

impl AnswerSet {
    pub fn trust(&self) -> Trust {
        match self {
            AnswerSet::Records(s) => s.trust,
            AnswerSet::Negative(n) => n.trust,
        }
    }
}

/// One name of the answer list with its rdatasets (dns_client's answer
/// list: the query name of each hop, not the record owner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub owner: Name,
    pub sets: Vec<AnswerSet>,
}

/// The verdict on a resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Everything printed was validated (`; fully validated`, also for a
    /// proven NXDOMAIN/NODATA).
    Secure,
    /// An answer came back and at least part of it is provably unsigned
    /// (an insecure delegation, no anchor above it, an unsupported
    /// algorithm): `; unsigned answer`.
    Insecure,
    /// Validation failed: `result` is what delv prints after `;;
    /// resolution failed: ` (`broken trust chain`, `no valid RRSIG`,
    /// `insecurity proof failed`, `RRSIG has expired`, ...), `reason` the
    /// validator's last INFO message (`validating bogus.lab/DNSKEY: no
    /// valid signature found (DS)`).
    Bogus { result: BindResult, reason: Option<String> },
    /// No verdict: validation off, or the lookup itself failed (`timed
    /// out`, `failure`, `quota reached`, ...).
    Indeterminate { result: BindResult },
}

/// What a resolution produced: delv prints `answers` (stdout), then
/// `;; resolution failed: <result>` (stderr) unless `result` is success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub qname: Name,
    pub qtype: u16,
    /// The result delv reports (client.c: the validator's result when a
    /// fetch failed validation).
    pub result: BindResult,
    /// The validator's result of the failing fetch, if validation failed.
    pub vresult: Option<BindResult>,
    pub answers: Vec<Answer>,
    /// Every fetch, validator and resolver message in order.
    pub trace: Vec<TraceEvent>,
    /// The chain of trust as walked (rlookup's `--validate=chain`).
    pub chain: Chain,
    /// Validation was on (decides `unsigned answer` vs `answer not
    /// validated`).
    pub validating: bool,
}

impl Resolution {
    pub fn verdict(&self) -> Verdict {
        if let Some(v) = self.vresult {
            let reason = self.trace.iter().rev().find_map(|e| match e {
                TraceEvent::Validator { level: Level::Info, .. } => Some(e.line().trim_start_matches(";; ").trim_start().to_string()),
                _ => None,
            });
            return Verdict::Bogus { result: v, reason };
        }
        if !self.validating {
            return Verdict::Indeterminate { result: self.result };
        }
        if self.result != BindResult::Success && !self.result.is_negative() {
            return Verdict::Indeterminate { result: self.result };
        }
        let trusts: Vec<Trust> = self.answers.iter().flat_map(|a| a.sets.iter().map(AnswerSet::trust)).collect();
        if trusts.is_empty() {
            return Verdict::Indeterminate { result: self.result };
        }
        if trusts.iter().all(|t| t.is_secure()) { Verdict::Secure } else { Verdict::Insecure }
    }

    /// The trace lines delv prints on standard error with these trace
    /// options (without `;; resolution failed`).
    pub fn trace_lines(&self, rtrace: bool, vtrace: bool) -> Vec<String> {
        self.trace.iter().filter(|e| e.shown(rtrace, vtrace)).map(TraceEvent::line).collect()
    }
}

/// A cached rdataset or negative entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cached {
    Positive { set: RdataSet, sig: Option<RdataSet> },
    Negative(Negative),
}

/// What the validator's dns_view_find() returns.
#[derive(Debug, Clone)]
pub(crate) enum Found {
    /// DNS_R_BROKENCHAIN from the bad cache.
    Bad,
    Positive {
        set: RdataSet,
        sig: Option<RdataSet>,
    },
    Cname {
        set: RdataSet,
        sig: Option<RdataSet>,
    },
    NcacheNxrrset(Negative),
    NcacheNxdomain(Negative),
    Missing,
}

/// delv's private cache: one run, no expiry.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    entries: HashMap<(Name, u16), Cached>,
    bad: HashSet<(Name, u16)>,
}

impl Cache {
    fn key(name: &Name, rtype: u16) -> (Name, u16) {
        (rdata::lower(name), rtype)
    }

    pub(crate) fn put(&mut self, name: &Name, rtype: u16, c: Cached) {
        self.entries.insert(Cache::key(name, rtype), c);
    }

    pub(crate) fn add_bad(&mut self, name: &Name, rtype: u16) {
        self.bad.insert(Cache::key(name, rtype));
    }

    pub(crate) fn is_bad(&self, name: &Name, rtype: u16) -> bool {
        self.bad.contains(&Cache::key(name, rtype))
    }

    /// dns_view_find(): with `pending_ok` (the validator) pending data is
    /// returned, without it (the client) it is not there.
    pub(crate) fn find(&self, name: &Name, rtype: u16, pending_ok: bool) -> Found {
        let visible = |tr: Trust| pending_ok || !tr.is_pending();
        match self.entries.get(&Cache::key(name, rtype)) {
            Some(Cached::Positive { set, sig }) if visible(set.trust) => {
                return Found::Positive { set: set.clone(), sig: sig.clone() };
            }
            Some(Cached::Negative(n)) if visible(n.trust) => {
                return if n.nxdomain { Found::NcacheNxdomain(n.clone()) } else { Found::NcacheNxrrset(n.clone()) };
            }
            _ => {}
        }
        if rtype != t::DS
            && let Some(Cached::Negative(n)) = self.entries.get(&Cache::key(name, t::ANY))
            && n.nxdomain
            && visible(n.trust)
        {
            return Found::NcacheNxdomain(n.clone());
        }
        if rtype != t::CNAME
            && let Some(Cached::Positive { set, sig }) = self.entries.get(&Cache::key(name, t::CNAME))
            && visible(set.trust)
        {
            return Found::Cname { set: set.clone(), sig: sig.clone() };
        }
        Found::Missing
    }

    /// dns_rdataset_settrust() on cached data a sub-validator finished.
    pub(crate) fn set_trust(&mut self, name: &Name, rtype: u16, trust: Trust, sig_trust: Option<Trust>) {
        match self.entries.get_mut(&Cache::key(name, rtype)) {
            Some(Cached::Positive { set, sig }) => {
                set.trust = trust;
                if let (Some(s), Some(st)) = (sig.as_mut(), sig_trust) {
                    s.trust = st;
                }
            }
            Some(Cached::Negative(n)) => n.trust = trust,
            None => {}
        }
    }
}

/// The outcome of one fetch as its creator sees it (dns_fetchevent_t).
#[derive(Debug, Clone)]
pub(crate) struct Fetched {
    pub result: BindResult,
    /// fctx->vresult: the validator's result of a failed validation.
    pub vresult: Option<BindResult>,
    pub set: Option<RdataSet>,
    pub sig: Option<RdataSet>,
    pub neg: Option<Negative>,
    /// For type ANY: every rdataset of the name with its RRSIGs.
    pub any: Vec<(RdataSet, Option<RdataSet>)>,
    /// The owner of the answer (devent->foundname).
    pub foundname: Name,
}

impl Fetched {
    fn fail(result: BindResult, name: &Name) -> Fetched {
        Fetched { result, vresult: None, set: None, sig: None, neg: None, any: Vec::new(), foundname: name.clone() }
    }
}

enum Step {
    Done(Box<Fetched>),
    /// Mark the server bad and ask another (`badcache`: a validation
    /// failure, remembered for DNSKEY/DS when no server is left).
    NextServer {
        badcache: bool,
        vresult: Option<BindResult>,
    },
}

/// The validating resolver of one delv run.
pub struct Engine<'f> {
    pub(crate) fetcher: &'f dyn Fetch,
    pub(crate) opts: Options,
    /// The anchor name and its DS set (key anchors as SHA-256 DS), when
    /// validating.
    pub(crate) anchor: Option<(Name, Vec<Vec<u8>>)>,
    pub(crate) cache: Cache,
    pub(crate) trace: Vec<TraceEvent>,
    pub(crate) chain: Chain,
    in_progress: Vec<(Name, u16)>,
    /// Fetches and sub-validators running (nested).
    pub(crate) nest: usize,
    fetches: usize,
    pub(crate) verifications: usize,
}

impl<'f> Engine<'f> {
    /// A resolver asking `fetcher`, validating under `anchors` (ignored
    /// when `opts.validate` is false).
    pub fn new(fetcher: &'f dyn Fetch, anchors: Option<&TrustAnchors>, opts: Options) -> Engine<'f> {
        let anchor = if opts.validate { anchors.map(|a| (a.name.clone(), a.ds.clone())) } else { None };
        Engine {
            fetcher,
            opts,
            anchor,
            cache: Cache::default(),
            trace: Vec::new(),
            chain: Chain::default(),
            in_progress: Vec::new(),
            nest: 0,
            fetches: 0,
            verifications: 0,
        }
    }

    pub(crate) fn log(&mut self, level: Level, message: String) {
        self.trace.push(TraceEvent::Resolver { level, message });
    }

    /// dns_view_issecuredomain() via the resolver's issecuredomain(): the
    /// name (for DS: its parent) is at or below the anchor.
    pub(crate) fn is_secure_domain(&self, name: &Name, rtype: u16) -> bool {
        let Some((anchor, _)) = &self.anchor else { return false };
        let n = if rdata::atparent(rtype) && !name.labels().is_empty() { rdata::parent(name) } else { name.clone() };
        rdata::is_subdomain(&n, anchor)
    }

    /// Resolves `qname`/`qtype` as dns_client_resolve() does: a cache
    /// lookup or fetch per name, following CNAME and DNAME answers
    /// (at most `max_restarts`), collecting the answer list.
    pub async fn resolve(mut self, qname: &Name, qtype: u16) -> Resolution {
        let mut name = qname.clone();
        let mut answers: Vec<Answer> = Vec::new();
        let mut restarts = 0;
        let (result, vresult) = loop {
            restarts += 1;
            let lookup_type = if qtype == t::RRSIG { t::ANY } else { qtype };
            let hit = match self.cache.find(&name, lookup_type, false) {
                Found::Positive { set, sig } => Some(Fetched {
                    result: if set.rtype == qtype || qtype == t::ANY { BindResult::Success } else { BindResult::Cname },
                    vresult: None,
                    set: Some(set),
                    sig,
                    neg: None,
                    any: Vec::new(),
                    foundname: name.clone(),
                }),
                Found::Cname { set, sig } => Some(Fetched {
                    result: BindResult::Cname,
                    vresult: None,
                    set: Some(set),
                    sig,
                    neg: None,
                    any: Vec::new(),
                    foundname: name.clone(),
                }),
                Found::NcacheNxdomain(n) => Some(Fetched {
                    result: BindResult::NcacheNxdomain,
                    vresult: None,
                    set: None,
                    sig: None,
                    neg: Some(n),
                    any: Vec::new(),
                    foundname: name.clone(),
                }),
                Found::NcacheNxrrset(n) => Some(Fetched {
                    result: BindResult::NcacheNxrrset,
                    vresult: None,
                    set: None,
                    sig: None,
                    neg: Some(n),
                    any: Vec::new(),
                    foundname: name.clone(),
                }),
                Found::Bad | Found::Missing => None,
            };
            let f = match hit {
                Some(f) => f,
                None => self.fetch(&name, qtype).await,
            };
            let mut sets = Vec::new();
            let push = |sets: &mut Vec<AnswerSet>, f: &Fetched| {
                for (s, sig) in &f.any {
                    if let Some(sig) = sig {
                        sets.push(AnswerSet::Records(sig.clone()));
                    }
                    sets.push(AnswerSet::Records(s.clone()));
                }
                if let Some(s) = &f.set {
                    sets.push(AnswerSet::Records(s.clone()));
                }
                if let Some(s) = &f.sig {
                    sets.push(AnswerSet::Records(s.clone()));
                }
            };
            let mut restart_to: Option<Name> = None;
            let mut done: Option<BindResult> = None;
            match f.result {
                BindResult::Success => {
                    push(&mut sets, &f);
                    done = Some(BindResult::Success);
                }
                BindResult::Cname => {
                    push(&mut sets, &f);
                    match f.set.as_ref().and_then(|s| s.rdatas.first()).and_then(|r| rdata::target_name(r)) {
                        Some(target) => restart_to = Some(target),
                        None => done = Some(BindResult::Success),
                    }
                }
                BindResult::Dname => {
                    push(&mut sets, &f);
                    let owner = f.set.as_ref().map(|s| s.name.clone()).unwrap_or_else(|| name.clone());
                    let target = f.set.as_ref().and_then(|s| s.rdatas.first()).and_then(|r| rdata::target_name(r));
                    let (_, _, common) = rdata::fullcompare(&name, &owner);
                    match target.map(|tg| rdata::replace_suffix(&name, common, &tg)) {
                        Some(Some(n)) => restart_to = Some(n),
                        Some(None) => done = Some(BindResult::NoSpace),
                        None => done = Some(BindResult::Failure),
                    }
                }
                BindResult::NcacheNxdomain | BindResult::NcacheNxrrset => {
                    if let Some(n) = &f.neg {
                        sets.push(AnswerSet::Negative(n.clone()));
                    }
                    done = Some(f.result);
                }
                other => done = Some(other),
            }
            if !sets.is_empty() {
                answers.push(Answer { owner: name.clone(), sets });
            }
            if let Some(r) = done {
                break (r, f.vresult);
            }
            if restarts >= self.opts.max_restarts {
                break (BindResult::Quota, None);
            }
            name = restart_to.expect("a restart has a target");
        };
        let (result, vresult) = match vresult {
            Some(v) if result != BindResult::Success => (v, Some(v)),
            _ => (result, None),
        };
        Resolution {
            qname: qname.clone(),
            qtype,
            result,
            vresult,
            answers,
            trace: self.trace,
            chain: self.chain,
            validating: self.opts.validate,
        }
    }

    /// dns_resolver_createfetch() and everything until the fetch is done:
    /// queries (server by server), the reply's processing, its
    /// validation, caching.
    pub(crate) fn fetch<'a>(&'a mut self, name: &'a Name, rtype: u16) -> Bx<'a, Fetched> {
        Box::pin(async move {
            self.trace.push(TraceEvent::Fetch { name: name.clone(), rtype });
            let key = (rdata::lower(name), rtype);
            if self.in_progress.contains(&key) {
                // BIND would join the fetch in progress and wait for
                // itself until the hung-fetch timer cancels it.
                self.log(Level::Info, format!("shut down hung fetch while resolving '{}/{}'", name_text(name), types::type_to_text(rtype)));
                return Fetched::fail(BindResult::Canceled, name);
            }
            if self.nest >= self.opts.max_depth {
                self.log(Level::Debug(9), format!("nesting limit reached resolving '{}/{}'", name_text(name), types::type_to_text(rtype)));
                return Fetched::fail(BindResult::Canceled, name);
            }
            self.fetches += 1;
            if self.fetches > self.opts.max_fetches {
                self.log(
                    Level::Debug(3),
                    format!(
                        "exceeded max queries resolving '{}/{}' (max-recursion-queries, querycount={})",
                        name_text(name),
                        types::type_to_text(rtype),
                        self.fetches - 1
                    ),
                );
                return Fetched::fail(BindResult::Quota, name);
            }
            self.in_progress.push(key);
            self.nest += 1;
            let out = self.fetch_loop(name, rtype).await;
            self.nest -= 1;
            self.in_progress.pop();
            out
        })
    }

    fn cd_for(&self, name: &Name, rtype: u16) -> bool {
        self.opts.cdflag && (!self.opts.validate || self.is_secure_domain(name, rtype))
    }

    async fn fetch_loop(&mut self, name: &Name, rtype: u16) -> Fetched {
        let mut avoid: Vec<String> = Vec::new();
        let mut badcache = false;
        let mut vresult: Option<BindResult> = None;
        let mut attempts = 0;
        loop {
            attempts += 1;
            let q = FetchQuery { name: name.clone(), rtype, cd: self.cd_for(name, rtype), tcp: self.opts.tcp, avoid: avoid.clone() };
            let got = if attempts > 16 {
                Ok(Err(super::fetch::FetchError::done(BindResult::Failure)))
            } else {
                tokio::time::timeout(self.opts.fetch_timeout, self.fetcher.fetch(&q)).await
            };
            let reply = match got {
                Err(_) => return Fetched::fail(BindResult::TimedOut, name),
                Ok(Err(e)) => {
                    for n in &e.notices {
                        self.log(Level::Info, n.clone());
                    }
                    match e.server {
                        Some(server) if !avoid.contains(&server) => {
                            self.add_bad(name, rtype, &format!("{}", e.result), &server);
                            avoid.push(server);
                            continue;
                        }
                        Some(_) => continue,
                        None => {
                            if badcache && (rtype == t::DNSKEY || rtype == t::DS) && e.result == BindResult::Failure {
                                self.cache.add_bad(name, rtype);
                            }
                            let mut f = Fetched::fail(e.result, name);
                            f.vresult = vresult;
                            return f;
                        }
                    }
                }
                Ok(Ok(r)) => r,
            };
            self.trace.push(TraceEvent::Received { server: reply.server.clone(), bytes: reply.bytes.clone() });
            match self.process(name, rtype, &reply).await {
                Step::Done(f) => return *f,
                Step::NextServer { badcache: b, vresult: v } => {
                    badcache |= b;
                    if v.is_some() {
                        vresult = v;
                    }
                    if !avoid.contains(&reply.server) {
                        avoid.push(reply.server.clone());
                    }
                }
            }
        }
    }

    /// add_bad()'s log line: `REASON resolving 'NAME/TYPE/IN': SERVER`.
    fn add_bad(&mut self, name: &Name, rtype: u16, reason: &str, server: &str) {
        self.log(Level::Info, format!("{reason} resolving '{}/{}/IN': {server}", name_text(name), types::type_to_text(rtype)));
    }

    /// log_formerr() and the FORMERR add_bad line.
    fn formerr(&mut self, name: &Name, rtype: u16, server: &str, why: &str) -> Step {
        let info = format!("{}/{}", name_text(name), types::type_to_text(rtype));
        self.log(Level::Notice, format!("DNS format error from {server} resolving {info} for <unknown>: {why}"));
        self.add_bad(name, rtype, "FORMERR", server);
        Step::NextServer { badcache: false, vresult: None }
    }

    /// What resolver.c does with one reply (rctx_*, cache_name,
    /// ncache_message, validated).
    async fn process(&mut self, name: &Name, rtype: u16, reply: &WireReply) -> Step {
        let m = &reply.message;
        let server = reply.server.as_str();
        let rcode = m.rcode();
        match rcode {
            0 | 3 => {}
            2 => return Step::NextServer { badcache: false, vresult: None },
            _ => {
                let code = types::rcode_mnemonic(rcode);
                self.add_bad(name, rtype, &format!("{code} unexpected RCODE"), server);
                return Step::NextServer { badcache: false, vresult: None };
            }
        }
        match m.question.as_slice() {
            [q] if q.name.eq_ignore_case(name) && q.qtype == rtype && q.qclass == CLASS_IN => {}
            [] => return self.formerr(name, rtype, server, "empty question section"),
            [_] => {
                let q = &m.question[0];
                let why = format!(
                    "question section mismatch: got {}/{}/{}",
                    name_text(&q.name),
                    types::type_to_text(q.qtype),
                    types::class_to_text(q.qclass)
                );
                return self.formerr(name, rtype, server, &why);
            }
            _ => return self.formerr(name, rtype, server, "too many questions"),
        }
        let mut rep = Reply::from_message(m, CLASS_IN);
        if !m.answer.is_empty() {
            return self.positive(name, rtype, reply, &mut rep).await;
        }
        self.negative(name, rtype, reply, &mut rep).await
    }

    async fn positive(&mut self, name: &Name, rtype: u16, reply: &WireReply, rep: &mut Reply) -> Step {
        let server = reply.server.as_str();
        // rctx_answer_scan()
        let qlabels = name.label_count();
        let mut aname: Option<(usize, usize)> = None;
        let mut cname: Option<(usize, usize)> = None;
        let mut dname: Option<(usize, usize, usize)> = None;
        for (gi, g) in rep.answer.iter().enumerate() {
            let (reln, _, nlabels) = rdata::fullcompare(name, &g.name);
            match reln {
                rdata::Reln::Equal => {
                    for (si, s) in g.sets.iter().enumerate() {
                        if s.rtype == rtype || rtype == t::ANY {
                            aname = Some((gi, si));
                            break;
                        }
                        if s.rtype == t::CNAME {
                            cname = Some((gi, si));
                            break;
                        }
                    }
                }
                rdata::Reln::Subdomain => {
                    let limit = dname.map_or(qlabels, |d| d.2);
                    if nlabels >= limit {
                        continue;
                    }
                    if let Some(si) = g.sets.iter().position(|s| s.rtype == t::DNAME) {
                        dname = Some((gi, si, nlabels));
                    }
                }
                _ => {}
            }
        }
        let (gi, si, eresult) = if let Some((gi, si, _)) = dname {
            (gi, si, BindResult::Dname)
        } else if let Some((gi, si)) = aname {
            (gi, si, BindResult::Success)
        } else if let Some((gi, si)) = cname {
            if rtype == t::RRSIG || rtype == t::KEY || rtype == t::NSEC {
                return self.formerr(name, rtype, server, &format!("CNAME response for {} RR", types::type_to_text(rtype)));
            }
            (gi, si, BindResult::Cname)
        } else if rep.rcode == 0 || rep.rcode == 3 {
            if rep.answer.is_empty() {
                return self.negative(name, rtype, reply, rep).await;
            }
            return self.formerr(name, rtype, server, "reply has no answer");
        } else {
            return self.formerr(name, rtype, server, "reply has no answer");
        };
        if eresult == BindResult::Success && rep.rcode != 0 {
            return self.formerr(name, rtype, server, "CNAME/DNAME chain complete, but RCODE indicates error");
        }
        let g = rep.answer[gi].clone();
        let base_trust = if rep.aa { Trust::AuthAnswer } else { Trust::Answer };
        if rtype == t::ANY && eresult == BindResult::Success {
            return self.positive_any(name, reply, rep, &g, base_trust).await;
        }
        let mut set = g.sets[si].clone();
        let mut sig = Reply::sig_for(&g, set.rtype).cloned();
        set.ttl = set.ttl.min(rrset::MAX_CACHE_TTL);
        if let Some(s) = sig.as_mut() {
            s.ttl = s.ttl.min(rrset::MAX_CACHE_TTL);
        }
        let vtype = match eresult {
            BindResult::Cname => t::CNAME,
            BindResult::Dname => t::DNAME,
            _ => rtype,
        };
        if rtype == t::RRSIG {
            // BIND answers RRSIG queries from the node and then hangs
            // until the hung-fetch timer (delv: `operation canceled`).
            self.log(Level::Info, format!("shut down hung fetch while resolving '{}/RRSIG'", name_text(name)));
            return Step::Done(Box::new(Fetched::fail(BindResult::Canceled, name)));
        }
        let secure_domain = self.opts.validate && self.is_secure_domain(&set.name, rtype);
        if !secure_domain {
            set.trust = base_trust;
            if let Some(s) = sig.as_mut() {
                s.trust = base_trust;
            }
            return Step::Done(Box::new(self.cache_positive(name, eresult, set, sig)));
        }
        if let Some(s) = sig.as_mut() {
            let ttl = set.ttl.min(s.ttl);
            set.ttl = ttl;
            s.ttl = ttl;
            s.trust = Trust::PendingAnswer;
        }
        set.trust = Trust::PendingAnswer;
        let (r, set, sig) = self.validate_positive(vtype, set, sig, rep).await;
        if r == BindResult::Success {
            return Step::Done(Box::new(self.cache_positive(name, eresult, set, sig)));
        }
        self.validation_failed(name, rtype, server, r, false, Some((set, sig)))
    }

    /// An ANY answer: every rdataset of the name, each validated in
    /// turn (BIND starts one validator per rdataset).
    async fn positive_any(&mut self, name: &Name, reply: &WireReply, rep: &Reply, g: &rrset::NameGroup, base: Trust) -> Step {
        let mut out = Vec::new();
        for set in g.sets.iter().filter(|s| s.rtype != t::RRSIG) {
            let mut set = set.clone();
            let mut sig = Reply::sig_for(g, set.rtype).cloned();
            set.ttl = set.ttl.min(rrset::MAX_CACHE_TTL);
            if self.opts.validate && self.is_secure_domain(&set.name, t::ANY) {
                set.trust = Trust::PendingAnswer;
                if let Some(s) = sig.as_mut() {
                    let ttl = set.ttl.min(s.ttl);
                    set.ttl = ttl;
                    s.ttl = ttl;
                    s.trust = Trust::PendingAnswer;
                }
                let vtype = set.rtype;
                let (r, v_set, v_sig) = self.validate_positive(vtype, set, sig, rep).await;
                if r != BindResult::Success {
                    return self.validation_failed(name, t::ANY, &reply.server, r, false, Some((v_set, v_sig)));
                }
                set = v_set;
                sig = v_sig;
            } else {
                set.trust = base;
                if let Some(s) = sig.as_mut() {
                    s.trust = base;
                }
            }
            let f = self.cache_positive(name, BindResult::Success, set, sig);
            out.push((f.set.expect("cached"), f.sig));
        }
        let mut f = Fetched::fail(BindResult::Success, name);
        f.any = out;
        Step::Done(Box::new(f))
    }

    fn cache_positive(&mut self, name: &Name, eresult: BindResult, set: RdataSet, sig: Option<RdataSet>) -> Fetched {
        let set = set.sorted();
        let sig = sig.map(|s| s.sorted());
        self.cache.put(&set.name, set.rtype, Cached::Positive { set: set.clone(), sig: sig.clone() });
        let foundname = set.name.clone();
        let _ = name;
        Fetched { result: eresult, vresult: None, set: Some(set), sig, neg: None, any: Vec::new(), foundname }
    }

    /// validated() with a failure: add_bad, the bad cache, the next server.
    fn validation_failed(
        &mut self,
        name: &Name,
        rtype: u16,
        server: &str,
        r: BindResult,
        negative: bool,
        data: Option<(RdataSet, Option<RdataSet>)>,
    ) -> Step {
        if r == BindResult::BrokenChain
            && !negative
            && let Some((mut set, mut sig)) = data
        {
            // Cached as pending for later validation.
            set.trust = Trust::PendingAnswer;
            if let Some(s) = sig.as_mut() {
                s.trust = Trust::PendingAnswer;
            }
            self.cache.put(&set.name, set.rtype, Cached::Positive { set: set.sorted(), sig: sig.map(|s| s.sorted()) });
        }
        self.add_bad(name, rtype, r.text(), server);
        if r == BindResult::BrokenChain {
            if negative && (rtype == t::DNSKEY || rtype == t::DS) {
                self.cache.add_bad(name, rtype);
            }
            let mut f = Fetched::fail(BindResult::BrokenChain, name);
            f.vresult = Some(r);
            return Step::Done(Box::new(f));
        }
        Step::NextServer { badcache: true, vresult: Some(r) }
    }

    async fn negative(&mut self, name: &Name, rtype: u16, reply: &WireReply, rep: &mut Reply) -> Step {
        let server = reply.server.as_str();
        let mut negative = rep.rcode == 3 || rep.authority.is_empty();
        let mut soa_name: Option<Name> = None;
        let mut ns_name: Option<Name> = None;
        for g in &rep.authority {
            for s in &g.sets {
                let ty = if s.rtype == t::RRSIG { s.covers } else { s.rtype };
                if (ty == t::NS || ty == t::SOA) && !rdata::is_subdomain(name, &g.name) {
                    // log_formerr "unrelated ..." and the rest of the name
                    // is skipped; BIND goes on with the message.
                    break;
                }
                if s.rtype == t::SOA {
                    if soa_name.as_ref().is_some_and(|n| !n.eq_ignore_case(&g.name)) {
                        return self.formerr(name, rtype, server, "multiple SOA RRs in authority section");
                    }
                    soa_name = Some(g.name.clone());
                }
                if s.rtype == t::NS {
                    if ns_name.as_ref().is_some_and(|n| !n.eq_ignore_case(&g.name)) {
                        return self.formerr(name, rtype, server, "multiple NS RRsets in authority section");
                    }
                    ns_name = Some(g.name.clone());
                }
            }
        }
        if soa_name.is_some() {
            negative = true;
        }
        if rtype == t::DS
            && negative
            && rep.rcode == 0
            && soa_name.as_ref().is_some_and(|s| s.eq_ignore_case(name))
            && !name.labels().is_empty()
        {
            // DNS_R_CHASEDSSERVERS: the answer came from the child side.
            self.add_bad(name, rtype, "chase DS servers", server);
            return Step::Done(Box::new(self.chase_ds_servers(name).await));
        }
        if !negative {
            if ns_name.is_some() {
                return self.formerr(name, rtype, server, "non-improving referral");
            }
            return self.formerr(name, rtype, server, "invalid response");
        }
        if let (Some(n), Some(s)) = (&ns_name, &soa_name)
            && !n.eq_ignore_case(s)
        {
            return self.formerr(name, rtype, server, "NS/SOA mismatch");
        }
        let nxdomain = rep.rcode == 3;
        let covers = if nxdomain && rtype != t::DS { t::ANY } else { rtype };
        let base = if rep.aa { Trust::AuthAuthority } else { Trust::Answer };
        let secure_domain = self.opts.validate && self.is_secure_domain(name, rtype);
        for g in rep.authority.iter_mut() {
            for s in g.sets.iter_mut() {
                s.trust = if secure_domain { Trust::PendingAnswer } else { base };
            }
        }
        if !secure_domain {
            let neg = Negative::from_authority(&rep.authority, nxdomain, covers, false, rep.aa);
            return Step::Done(Box::new(self.cache_negative(name, covers, neg)));
        }
        let (r, authority, secure) = self.validate_negative(name, rtype, rep).await;
        if r != BindResult::Success {
            return self.validation_failed(name, rtype, server, r, true, None);
        }
        let neg = Negative::from_authority(&authority, nxdomain, covers, secure, rep.aa);
        // Cache any SOA/NS/NSEC records that happened to be validated.
        for g in &authority {
            for s in &g.sets {
                if !(s.rtype == t::NS || s.rtype == t::SOA || s.rtype == t::NSEC) || s.trust != Trust::Secure {
                    continue;
                }
                if let Some(sig) = Reply::sig_for(g, s.rtype).filter(|x| x.trust == Trust::Secure) {
                    self.cache.put(&g.name, s.rtype, Cached::Positive { set: s.sorted(), sig: Some(sig.sorted()) });
                }
            }
        }
        Step::Done(Box::new(self.cache_negative(name, covers, neg)))
    }

    /// rctx_chaseds() and resume_dslookup(): a DS answered from the
    /// child's side sends BIND looking for the parent's servers, with an
    /// NS fetch for each ancestor in turn (each a fetch of its own: the
    /// `;; fetch:` line, the forwarders asked, their failures logged),
    /// until one succeeds or the forwarding zone (the root for delv) has
    /// been tried. Against forwarders the parent's servers change
    /// nothing: the DS fetch ends SERVFAIL either way (BIND would ask the
    /// same forwarders again and go round until its query quota).
    async fn chase_ds_servers(&mut self, name: &Name) -> Fetched {
        let mut nsname = rdata::parent(name);
        loop {
            let f = self.fetch(&nsname, t::NS).await;
            if f.result == BindResult::Success || nsname.labels().is_empty() {
                return Fetched::fail(BindResult::Servfail, name);
            }
            nsname = rdata::parent(&nsname);
        }
    }

    fn cache_negative(&mut self, name: &Name, covers: u16, neg: Negative) -> Fetched {
        self.cache.put(name, covers, Cached::Negative(neg.clone()));
        let result = if neg.nxdomain { BindResult::NcacheNxdomain } else { BindResult::NcacheNxrrset };
        Fetched { result, vresult: None, set: None, sig: None, neg: Some(neg), any: Vec::new(), foundname: name.clone() }
    }
}
