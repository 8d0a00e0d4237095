//! BIND 9.18's validator (lib/dns/validator.c), step for step: positive
//! answers (validate_answer, seek_dnskey, select_signing_key, verify),
//! DNSKEY sets against their DS (validate_dnskey, get_dsset,
//! check_signer), the insecurity proof (proveunsecure, seek_ds) and the
//! fetch and sub-validator callbacks, with the same messages in the same
//! order. The negative-answer half is in `validate::nsec`.
//!
//! BIND runs this as events on one task; here each wait (a fetch or a
//! sub-validator) is awaited in place and its callback runs right after,
//! which gives the same order of fetches and messages. A callback ends
//! the validator itself ("validator_done"), so functions that may wait
//! return `Result<R, R>`: `Err(r)` means the validator already finished
//! with `r` and its caller must not post-process it.
//!
//! Driven by `Engine::fetch` (`validate::engine`), which caches what the
//! validator decided.

use super::crypto;
use super::engine::{Bx, Engine, Fetched, Found};
use super::rdata::{self, Dnskey, Ds, Rrsig, t};
use super::result::{BindResult as R, Trust};
use super::rrset::{NameGroup, Negative, RdataSet, Reply};
use super::trace::{Level, TraceEvent, name_text};
use crate::wire::{Name, types};

pub(crate) const D3: Level = Level::Debug(3);

/// Attribute bits (VALATTR_*).
pub(crate) mod attr {
    pub const TRIEDVERIFY: u32 = 0x0004;
    pub const INSECURITY: u32 = 0x0010;
    pub const NEEDNOQNAME: u32 = 0x0100;
    pub const NEEDNOWILDCARD: u32 = 0x0200;
    pub const NEEDNODATA: u32 = 0x0400;
    pub const FOUNDNOQNAME: u32 = 0x1000;
    pub const FOUNDNOWILDCARD: u32 = 0x2000;
    pub const FOUNDNODATA: u32 = 0x4000;
    pub const FOUNDCLOSEST: u32 = 0x8000;
    pub const FOUNDOPTOUT: u32 = 0x10000;
    pub const FOUNDUNKNOWN: u32 = 0x20000;
}

/// What check_deadlock() compares of a validator.
#[derive(Debug, Clone)]
pub(crate) struct Ident {
    name: Name,
    vtype: u16,
    has_message: bool,
    has_rdataset: bool,
    has_sig: bool,
}

/// One validator (dns_validator_t and its event).
#[derive(Debug, Clone)]
pub(crate) struct Val {
    pub depth: usize,
    /// The validators this one is a sub-validator of, innermost last.
    pub parents: Vec<Ident>,
    pub name: Name,
    pub vtype: u16,
    pub rdataset: Option<RdataSet>,
    pub sigrdataset: Option<RdataSet>,
    /// A negative cache entry to validate ("from cache").
    pub ncache: Option<Negative>,
    /// The reply's authority section (the message), or the negative
    /// entry's proofs as name groups; trusts change as they validate.
    pub authority: Option<Vec<NameGroup>>,
    pub has_message: bool,
    pub rcode: u16,
    pub attributes: u32,
    pub labels: usize,
    pub siginfo: Option<Rrsig>,
    pub sig_index: usize,
    /// The DNSKEY RDATA select_signing_key() chose.
    pub key: Option<Vec<u8>>,
    pub keyset: Option<RdataSet>,
    pub dsset: Option<RdataSet>,
    pub frdataset: Option<RdataSet>,
    pub fneg: Option<Negative>,
    pub fname: Name,
    pub wild: Option<Name>,
    pub closest: Option<Name>,
    pub authcount: usize,
    pub authfail: usize,
    pub failed: bool,
    pub currentset: (usize, usize),
    pub secure: bool,
    pub optout: bool,
    pub start: u32,
}

impl Val {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        depth: usize,
        parents: Vec<Ident>,
        name: Name,
        vtype: u16,
        rdataset: Option<RdataSet>,
        sigrdataset: Option<RdataSet>,
        message: Option<Reply>,
        ncache: Option<Negative>,
        now: u32,
    ) -> Val {
        let has_message = message.is_some();
        let rcode = message.as_ref().map_or(0, |m| m.rcode);
        let authority = match (&message, &ncache) {
            (Some(m), _) => Some(m.authority.clone()),
            (None, Some(n)) => Some(groups_of(&n.proofs)),
            _ => None,
        };
        Val {
            depth,
            parents,
            name,
            vtype,
            rdataset,
            sigrdataset,
            ncache,
            authority,
            has_message,
            rcode,
            attributes: 0,
            labels: 0,
            siginfo: None,
            sig_index: 0,
            key: None,
            keyset: None,
            dsset: None,
            frdataset: None,
            fneg: None,
            fname: Name::root(),
            wild: None,
            closest: None,
            authcount: 0,
            authfail: 0,
            failed: false,
            currentset: (0, 0),
            secure: false,
            optout: false,
            start: now,
        }
    }

    pub(crate) fn has(&self, a: u32) -> bool {
        self.attributes & a != 0
    }

    fn ident(&self) -> Ident {
        Ident {
            name: self.name.clone(),
            vtype: self.vtype,
            has_message: self.has_message,
            has_rdataset: self.rdataset.is_some() || self.ncache.is_some(),
            has_sig: self.sigrdataset.is_some(),
        }
    }
}

/// A negative entry's proofs as name groups (consecutive sets of one
/// owner together).
pub(crate) fn groups_of(proofs: &[RdataSet]) -> Vec<NameGroup> {
    let mut out: Vec<NameGroup> = Vec::new();
    for s in proofs {
        match out.last_mut() {
            Some(g) if g.name.eq_ignore_case(&s.name) => g.sets.push(s.clone()),
            _ => out.push(NameGroup { name: s.name.clone(), sets: vec![s.clone()] }),
        }
    }
    out
}

/// What seek_dnskey() found.
pub(crate) enum Seek {
    /// DNS_R_CONTINUE: try the next RRSIG.
    Continue,
    /// ISC_R_SUCCESS: `v.key` is the key (or None: no secure key).
    Ready,
    /// Any other result: validate_answer() returns it.
    Ret(R),
}

/// How a DS callback ends: the validator is done with a result, or the
/// insecurity proof goes on at the next label (BIND calls
/// proveunsecure(val, have_ds, true) from the callback; here the caller's
/// loop does, so the stack does not grow with the name's depth).
pub(crate) enum Cont {
    Done(R),
    Resume(bool),
}

/// What seek_ds() found.
enum SeekDs {
    /// DNS_R_CONTINUE: look one label further down.
    Continue,
    /// ISC_R_COMPLETE, or the validator finished (`Err`).
    Complete(Result<R, R>),
    /// A callback resumes the proof (with or without a DS).
    Resume(bool),
}

impl<'f> Engine<'f> {
    /// The validator a fetch starts for its answer (depth 0): its result
    /// and the answer's rdatasets with the trust it gave them.
    pub(crate) async fn validate_positive(
        &mut self,
        vtype: u16,
        set: RdataSet,
        sig: Option<RdataSet>,
        rep: &Reply,
    ) -> (R, RdataSet, Option<RdataSet>) {
        let mut v = Val::new(0, Vec::new(), set.name.clone(), vtype, Some(set), sig, Some(rep.clone()), None, self.opts.now);
        let r = self.validator_start(&mut v).await;
        let set = v.rdataset.take().expect("the validated rdataset");
        (r, set, v.sigrdataset.take())
    }

    /// The validator a fetch starts for a negative answer: its result,
    /// the authority section with the trust it gave each rdataset, and
    /// whether the denial was proven.
    pub(crate) async fn validate_negative(&mut self, name: &Name, rtype: u16, rep: &Reply) -> (R, Vec<NameGroup>, bool) {
        let mut v = Val::new(0, Vec::new(), name.clone(), rtype, None, None, Some(rep.clone()), None, self.opts.now);
        let r = self.validator_start(&mut v).await;
        (r, v.authority.take().unwrap_or_default(), v.secure)
    }

    /// A callback's end outside the insecurity proof's own loop.
    fn finish<'a>(&'a mut self, v: &'a mut Val, c: Cont) -> Bx<'a, R> {
        Box::pin(async move {
            match c {
                Cont::Done(r) => r,
                Cont::Resume(have_ds) => self.proveunsecure(v, have_ds, true).await.unwrap_or_else(|d| d),
            }
        })
    }

    pub(crate) fn vlog(&mut self, v: &Val, level: Level, message: impl Into<String>) {
        self.trace.push(TraceEvent::Validator { depth: v.depth, name: v.name.clone(), rtype: v.vtype, level, message: message.into() });
    }

    /// markanswer(): trust `answer` (insecure); always success here (no
    /// must-be-secure policy in delv).
    pub(crate) fn markanswer(&mut self, v: &mut Val, whence: &str) -> R {
        self.vlog(v, D3, format!("marking as answer ({whence})"));
        if let Some(s) = v.rdataset.as_mut() {
            s.trust = Trust::Answer;
        }
        if let Some(s) = v.sigrdataset.as_mut() {
            s.trust = Trust::Answer;
        }
        if let Some(n) = v.ncache.as_mut() {
            n.trust = Trust::Answer;
        }
        self.chain.insecure(&v.name, v.vtype, whence);
        R::Success
    }

    /// marksecure().
    pub(crate) fn marksecure(&mut self, v: &mut Val) {
        if let Some(s) = v.rdataset.as_mut() {
            s.trust = Trust::Secure;
        }
        if let Some(s) = v.sigrdataset.as_mut() {
            s.trust = Trust::Secure;
        }
        if let Some(n) = v.ncache.as_mut() {
            n.trust = Trust::Secure;
        }
        v.secure = true;
    }

    /// view_find(): the bad cache, then delv's cache with pending data.
    pub(crate) fn view_find(&mut self, v: &Val, name: &Name, rtype: u16) -> Found {
        if self.cache.is_bad(name, rtype) {
            self.vlog(v, Level::Info, format!("bad cache hit ({}/{})", name_text(name), types::type_to_text(rtype)));
            self.chain.failed(&v.name, v.vtype, format!("bad cache hit ({}/{})", name_text(name), types::type_to_text(rtype)));
            return Found::Bad;
        }
        self.cache.find(name, rtype, true)
    }

    /// check_deadlock().
    fn check_deadlock(&mut self, v: &Val, name: &Name, rtype: u16, has_rdataset: bool, has_sig: bool) -> bool {
        let me = v.ident();
        let hit = std::iter::once(&me).chain(v.parents.iter().rev()).any(|p| {
            p.vtype == rtype
                && rdata::name_eq(&p.name, name)
                && (p.vtype != t::NSEC3 || !has_rdataset || !has_sig || !p.has_message || p.has_rdataset || p.has_sig)
        });
        if hit {
            self.vlog(v, D3, "continuing validation would lead to deadlock: aborting validation");
        }
        hit
    }

    /// create_fetch(): Err(NOVALIDSIG) on a deadlock.
    pub(crate) async fn create_fetch(&mut self, v: &Val, name: &Name, rtype: u16) -> Result<Fetched, R> {
        if self.check_deadlock(v, name, rtype, false, false) {
            self.vlog(v, D3, "deadlock found (create_fetch)");
            return Err(R::NoValidSig);
        }
        Ok(self.fetch(name, rtype).await)
    }

    /// create_validator() and the sub-validator's whole run: Err(NOVALIDSIG)
    /// on a deadlock, else its result and its final state.
    pub(crate) async fn run_sub(
        &mut self,
        v: &Val,
        name: &Name,
        rtype: u16,
        set: Option<RdataSet>,
        sig: Option<RdataSet>,
        ncache: Option<Negative>,
    ) -> Result<(R, Val), R> {
        if self.check_deadlock(v, name, rtype, set.is_some() || ncache.is_some(), sig.is_some()) {
            self.vlog(v, D3, "deadlock found (create_validator)");
            return Err(R::NoValidSig);
        }
        if self.nest >= self.opts.max_depth {
            self.vlog(v, Level::Debug(9), "nesting limit reached");
            return Err(R::NoValidSig);
        }
        let mut parents = v.parents.clone();
        parents.push(v.ident());
        let mut sub = Val::new(v.depth + 1, parents, name.clone(), rtype, set, sig, None, ncache, v.start);
        self.nest += 1;
        let r = self.validator_start(&mut sub).await;
        self.nest -= 1;
        Ok((r, sub))
    }

    /// Writes the trust a sub-validator gave cached data back to the cache.
    fn write_back(&mut self, name: &Name, rtype: u16, sub: &Val) {
        if let Some(s) = &sub.rdataset {
            self.cache.set_trust(name, rtype, s.trust, sub.sigrdataset.as_ref().map(|x| x.trust));
        } else if let Some(n) = &sub.ncache {
            self.cache.set_trust(name, rtype, n.trust, None);
        }
    }

    /// validator_start(): decides what kind of validation this is.
    pub(crate) fn validator_start<'a>(&'a mut self, v: &'a mut Val) -> Bx<'a, R> {
        Box::pin(async move {
            self.vlog(v, D3, "starting");
            if v.rdataset.is_some() && v.sigrdataset.is_some() {
                self.vlog(v, D3, "attempting positive response validation");
                let r = match self.selfsigned_dnskey(v) {
                    true => self.validate_dnskey(v).await,
                    false => self.validate_answer(v, false).await,
                };
                let r = match r {
                    Err(done) => return done,
                    Ok(r) => r,
                };
                if r == R::NoValidSig && !v.has(attr::TRIEDVERIFY) {
                    self.vlog(v, D3, "falling back to insecurity proof");
                    return match self.proveunsecure(v, false, false).await {
                        Err(done) => done,
                        Ok(R::NotInsecure) => r,
                        Ok(x) => x,
                    };
                }
                r
            } else if v.rdataset.is_some() {
                self.vlog(v, D3, "attempting insecurity proof");
                match self.proveunsecure(v, false, false).await {
                    Err(done) => done,
                    Ok(R::NotInsecure) => {
                        self.vlog(v, Level::Info, "got insecure response; parent indicates it should be secure");
                        self.chain.failed(&v.name, v.vtype, "got insecure response; parent indicates it should be secure".into());
                        R::NotInsecure
                    }
                    Ok(x) => x,
                }
            } else if v.ncache.is_none() {
                self.vlog(v, D3, "attempting negative response validation from message");
                if v.rcode == 3 {
                    v.attributes |= attr::NEEDNOQNAME | attr::NEEDNOWILDCARD;
                } else {
                    v.attributes |= attr::NEEDNODATA;
                }
                self.validate_nx(v, false).await.unwrap_or_else(|d| d)
            } else {
                self.vlog(v, D3, "attempting negative response validation from cache");
                if v.ncache.as_ref().is_some_and(|n| n.nxdomain) {
                    v.attributes |= attr::NEEDNOQNAME | attr::NEEDNOWILDCARD;
                } else {
                    v.attributes |= attr::NEEDNODATA;
                }
                self.validate_nx(v, false).await.unwrap_or_else(|d| d)
            }
        })
    }

    /// selfsigned_dnskey(): a DNSKEY set with an RRSIG by one of its own
    /// non-revoked keys (same owner, algorithm, key tag).
    fn selfsigned_dnskey(&mut self, v: &Val) -> bool {
        let (Some(set), Some(sigs)) = (&v.rdataset, &v.sigrdataset) else { return false };
        if set.rtype != t::DNSKEY {
            return false;
        }
        let parsed: Vec<Rrsig> = sigs.rdatas.iter().filter_map(|s| Rrsig::parse(s)).collect();
        set.rdatas.iter().any(|k| {
            let Some(key) = Dnskey::parse(k) else { return false };
            let tag = crypto::key_tag(k);
            !key.revoked() && parsed.iter().any(|s| s.algorithm == key.algorithm && s.key_tag == tag && rdata::name_eq(&v.name, &s.signer))
        })
    }

    /// validate_answer(): tries the RRSIGs in order until one verifies.
    pub(crate) fn validate_answer<'a>(&'a mut self, v: &'a mut Val, resume: bool) -> Bx<'a, Result<R, R>> {
        Box::pin(async move {
            let mut vresult = R::NoValidSig;
            let mut resume = resume;
            let mut i = if resume {
                self.vlog(v, D3, "resuming validate");
                v.sig_index
            } else {
                0
            };
            let nsigs = v.sigrdataset.as_ref().map_or(0, |s| s.rdatas.len());
            while i < nsigs {
                v.sig_index = i;
                let sig_rdata = v.sigrdataset.as_ref().expect("sigs").rdatas[i].clone();
                let Some(si) = Rrsig::parse(&sig_rdata) else {
                    return Ok(R::UnexpectedEnd);
                };
                let alg = si.algorithm;
                let keyid = si.key_tag;
                v.siginfo = Some(si);
                if !crypto::algorithm_supported(alg) {
                    resume = false;
                    i += 1;
                    continue;
                }
                if !resume {
                    match self.seek_dnskey(v).await? {
                        Seek::Continue => {
                            i += 1;
                            continue;
                        }
                        Seek::Ret(r) => return Ok(r),
                        Seek::Ready => {}
                    }
                }
                let Some(key) = v.key.clone() else {
                    resume = false;
                    i += 1;
                    continue;
                };
                vresult = self.verify(v, &key, &sig_rdata, keyid);
                if vresult == R::SigExpired || vresult == R::SigFuture {
                    resume = false;
                    i += 1;
                    continue;
                }
                if vresult != R::Success {
                    v.failed = true;
                    self.vlog(v, D3, "failed to verify rdataset");
                } else {
                    self.trimttl(v);
                    let (owner, rtype) = (v.name.clone(), v.vtype);
                    let signer = v.siginfo.as_ref().map(|s| s.signer.clone()).unwrap_or_default();
                    self.chain.signed(&owner, rtype, keyid, alg, &signer);
                }
                v.key = None;
                v.keyset = None;
                if v.has(attr::NEEDNOQNAME) {
                    if !v.has_message {
                        self.vlog(v, D3, "no message available for noqname proof");
                        return Ok(R::NoValidSig);
                    }
                    self.vlog(v, D3, "looking for noqname proof");
                    return self.validate_nx(v, false).await;
                } else if vresult == R::Success {
                    self.marksecure(v);
                    self.vlog(v, D3, "marking as secure, noqname proof not needed");
                    return Ok(R::Success);
                } else {
                    self.vlog(v, D3, format!("verify failure: {vresult}"));
                    resume = false;
                }
                if v.failed {
                    break;
                }
                i += 1;
            }
            self.vlog(v, Level::Info, "no valid signature found");
            self.chain.failed(&v.name, v.vtype, "no valid signature found".into());
            Ok(vresult)
        })
    }

    /// dns_rdataset_trimttl().
    fn trimttl(&mut self, v: &mut Val) {
        let Some(si) = v.siginfo.clone() else { return };
        let left = if rdata::serial_ge(si.expiration, v.start) { si.expiration.wrapping_sub(v.start) } else { 0 };
        let sig_ttl = v.sigrdataset.as_ref().map_or(u32::MAX, |s| s.ttl);
        if let Some(set) = v.rdataset.as_mut() {
            let ttl = set.ttl.min(sig_ttl).min(si.original_ttl.min(left));
            set.ttl = ttl;
            if let Some(s) = v.sigrdataset.as_mut() {
                s.ttl = ttl;
            }
        }
    }

    /// seek_dnskey(): finds (or fetches, or validates) the key of
    /// `v.siginfo`.
    fn seek_dnskey<'a>(&'a mut self, v: &'a mut Val) -> Bx<'a, Result<Seek, R>> {
        Box::pin(async move {
            let si = v.siginfo.clone().expect("siginfo");
            let (reln, _, _) = rdata::fullcompare(&v.name, &si.signer);
            if reln != rdata::Reln::Subdomain && reln != rdata::Reln::Equal {
                return Ok(Seek::Continue);
            }
            let rtype = v.rdataset.as_ref().map_or(v.vtype, |s| s.rtype);
            if reln == rdata::Reln::Equal {
                if rtype == t::DNSKEY || rdata::atparent(rtype) {
                    return Ok(Seek::Continue);
                }
            } else if rtype == t::SOA || rtype == t::NS {
                self.vlog(v, D3, format!("{} signer mismatch", if rtype == t::SOA { "SOA" } else { "NS" }));
                return Ok(Seek::Continue);
            }
            match self.view_find(v, &si.signer, t::DNSKEY) {
                Found::Positive { set, sig } => {
                    if set.trust.is_pending() || set.trust == Trust::Answer {
                        v.frdataset = Some(set.clone());
                        let (r, sub) = match self.run_sub(v, &si.signer, t::DNSKEY, Some(set), sig, None).await {
                            Err(r) => return Ok(Seek::Ret(r)),
                            Ok(x) => x,
                        };
                        self.write_back(&si.signer, t::DNSKEY, &sub);
                        v.frdataset = sub.rdataset.clone();
                        return Err(self.validator_callback_dnskey(v, r).await);
                    }
                    v.keyset = Some(set.clone());
                    if set.trust < Trust::Secure {
                        v.key = None;
                        return Ok(Seek::Ready);
                    }
                    self.vlog(v, D3, format!("keyset with trust {}", set.trust.name()));
                    match self.select_signing_key(v, &set) {
                        Ok(Some(k)) => {
                            v.key = Some(k);
                            Ok(Seek::Ready)
                        }
                        Ok(None) => Ok(Seek::Continue),
                        Err(e) => Ok(Seek::Ret(e)),
                    }
                }
                Found::Missing => {
                    let f = match self.create_fetch(v, &si.signer, t::DNSKEY).await {
                        Err(r) => return Ok(Seek::Ret(r)),
                        Ok(f) => f,
                    };
                    Err(self.fetch_callback_dnskey(v, f).await)
                }
                Found::NcacheNxdomain(_) | Found::NcacheNxrrset(_) | Found::Cname { .. } => Ok(Seek::Continue),
                Found::Bad => Ok(Seek::Ret(R::BrokenChain)),
            }
        })
    }

    /// select_signing_key(): the first key of `set` that can have made
    /// `v.siginfo` (algorithm, key tag, zone key, not revoked). BIND
    /// parses the first key fully (a broken one ends the search with an
    /// error) and the others only as far as needed.
    fn select_signing_key(&mut self, v: &Val, set: &RdataSet) -> Result<Option<Vec<u8>>, R> {
        let si = v.siginfo.as_ref().expect("siginfo");
        let mut full = true;
        let mut i = 0;
        while i < set.rdatas.len() {
            let rd = &set.rdatas[i];
            let Some(key) = Dnskey::parse(rd) else {
                return Err(R::UnexpectedEnd);
            };
            if crypto::algorithm_supported(key.algorithm) {
                if full {
                    crypto::key_is_valid(&key)?;
                }
                if si.algorithm == key.algorithm && si.key_tag == crypto::key_tag(rd) && !key.revoked() && key.is_zone_key() {
                    if !full {
                        full = true;
                        continue;
                    }
                    return Ok(Some(rd.clone()));
                }
            }
            i += 1;
            full = false;
        }
        Ok(None)
    }

    /// verify(): one signature with one key; logs the outcome.
    pub(crate) fn verify(&mut self, v: &mut Val, key: &[u8], sig_rdata: &[u8], keyid: u16) -> R {
        if v.rdataset.as_ref().is_some_and(|s| s.trust.is_secure()) {
            return R::Success;
        }
        v.attributes |= attr::TRIEDVERIFY;
        let (r, wild) = self.dnssec_verify(v, key, sig_rdata);
        if r == R::SigExpired || r == R::SigFuture {
            self.vlog(v, Level::Info, format!("verify failed due to bad signature (keyid={keyid}): {r}"));
            self.chain.failed(&v.name, v.vtype, format!("verify failed due to bad signature (keyid={keyid}): {r}"));
        } else {
            let shown = if wild.is_some() { "from wildcard".to_string() } else { r.text().to_string() };
            self.vlog(v, D3, format!("verify rdataset (keyid={keyid}): {shown}"));
        }
        if let Some(wild) = wild {
            if !rdata::name_eq(&v.name, &wild) {
                v.closest = Some(rdata::parent(&wild));
                v.attributes |= attr::NEEDNOQNAME;
            }
            return R::Success;
        }
        r
    }

    /// dns_dnssec_verify(): the checks before and around the signature.
    /// Returns the wildcard name when the RRset is a wildcard expansion.
    fn dnssec_verify(&mut self, v: &Val, key: &[u8], sig_rdata: &[u8]) -> (R, Option<Name>) {
        let Some(set) = &v.rdataset else { return (R::SigInvalid, None) };
        let Some(sig) = Rrsig::parse(sig_rdata) else { return (R::SigInvalid, None) };
        if set.rtype != sig.covered || rdata::serial_lt(sig.expiration, sig.inception) {
            return (R::SigInvalid, None);
        }
        let now = v.start;
        if rdata::serial_lt(now, sig.inception) {
            return (R::SigFuture, None);
        }
        if rdata::serial_lt(sig.expiration, now) {
            return (R::SigExpired, None);
        }
        let name = &v.name;
        match set.rtype {
            t::NS | t::SOA | t::DNSKEY => {
                if !rdata::name_eq(name, &sig.signer) {
                    return (R::SigInvalid, None);
                }
            }
            t::DS if rdata::name_eq(name, &sig.signer) => return (R::SigInvalid, None),
            _ => {
                if !rdata::is_subdomain(name, &sig.signer) {
                    return (R::SigInvalid, None);
                }
            }
        }
        let Some(dk) = Dnskey::parse(key) else { return (R::SigInvalid, None) };
        if self.verifications >= self.opts.max_verifications {
            self.vlog(v, Level::Debug(9), "signature check budget exhausted");
            return (R::SigInvalid, None);
        }
        self.verifications += 1;
        let data = crypto::signed_data(name, set.class, set.rtype, &set.rdatas, sig_rdata, &sig, false);
        let mut ok = crypto::verify_signature(&dk, &data, &sig.signature);
        if !ok && sig.signer.labels().iter().any(|l| l.iter().any(u8::is_ascii_uppercase)) {
            let data = crypto::signed_data(name, set.class, set.rtype, &set.rdatas, sig_rdata, &sig, true);
            ok = crypto::verify_signature(&dk, &data, &sig.signature);
        }
        if !ok {
            return (R::SigInvalid, None);
        }
        if name.labels().len() > usize::from(sig.labels) {
            let labels = name.labels().to_vec();
            let mut l = vec![b"*".to_vec()];
            l.extend(labels[labels.len() - usize::from(sig.labels)..].iter().map(|x| x.to_ascii_lowercase()));
            return (R::Success, Some(Name::from_labels(l)));
        }
        (R::Success, None)
    }

    /// fetch_callback_dnskey().
    fn fetch_callback_dnskey<'a>(&'a mut self, v: &'a mut Val, f: Fetched) -> Bx<'a, R> {
        Box::pin(async move {
            self.vlog(v, D3, "in fetch_callback_dnskey");
            if f.result == R::Success || f.result == R::NcacheNxrrset {
                let trust = f.set.as_ref().map(|s| s.trust).or(f.neg.as_ref().map(|n| n.trust)).unwrap_or(Trust::None);
                let what = if f.result == R::Success { "keyset" } else { "NCACHENXRRSET" };
                self.vlog(v, D3, format!("{what} with trust {}", trust.name()));
                if f.result == R::Success
                    && trust >= Trust::Secure
                    && let Some(set) = &f.set
                {
                    match self.select_signing_key(v, set) {
                        Ok(Some(k)) => {
                            v.key = Some(k);
                            v.keyset = Some(set.clone());
                        }
                        _ => v.failed = true,
                    }
                }
                v.frdataset = f.set.clone();
                let r = match self.validate_answer(v, true).await {
                    Err(done) => return done,
                    Ok(r) => r,
                };
                if r == R::NoValidSig && !v.has(attr::TRIEDVERIFY) {
                    self.vlog(v, D3, "falling back to insecurity proof");
                    return match self.proveunsecure(v, false, false).await {
                        Err(done) => done,
                        Ok(R::NotInsecure) => r,
                        Ok(x) => x,
                    };
                }
                r
            } else {
                self.vlog(v, D3, format!("fetch_callback_dnskey: got {}", f.result));
                if f.result == R::Canceled { R::Canceled } else { R::BrokenChain }
            }
        })
    }

    /// validator_callback_dnskey(): a pending keyset was validated.
    fn validator_callback_dnskey<'a>(&'a mut self, v: &'a mut Val, r: R) -> Bx<'a, R> {
        Box::pin(async move {
            self.vlog(v, D3, "in validator_callback_dnskey");
            if r == R::Success {
                let set = v.frdataset.clone().expect("keyset");
                self.vlog(v, D3, format!("keyset with trust {}", set.trust.name()));
                if set.trust >= Trust::Secure
                    && let Ok(Some(k)) = self.select_signing_key(v, &set)
                {
                    v.key = Some(k);
                    v.keyset = Some(set);
                }
                let r = match self.validate_answer(v, true).await {
                    Err(done) => return done,
                    Ok(r) => r,
                };
                if r == R::NoValidSig && !v.has(attr::TRIEDVERIFY) {
                    self.vlog(v, D3, "falling back to insecurity proof");
                    return match self.proveunsecure(v, false, false).await {
                        Err(done) => done,
                        Ok(R::NotInsecure) => r,
                        Ok(x) => x,
                    };
                }
                r
            } else {
                self.vlog(v, D3, format!("validator_callback_dnskey: got {r}"));
                if r == R::BrokenChain {
                    return r;
                }
                let signer = v.siginfo.as_ref().map(|s| s.signer.clone()).unwrap_or_default();
                match self.create_fetch(v, &signer, t::DNSKEY).await {
                    Err(r) => r,
                    Ok(f) => self.fetch_callback_dnskey(v, f).await,
                }
            }
        })
    }

    /// validate_dnskey(): a DNSKEY set is secure if a DS (or the trust
    /// anchor) matches one of its keys and that key signed the set.
    pub(crate) fn validate_dnskey<'a>(&'a mut self, v: &'a mut Val) -> Bx<'a, Result<R, R>> {
        Box::pin(async move {
            let mut from_anchor = false;
            if v.dsset.is_none()
                && let Some((anchor, ds)) = &self.anchor
                && rdata::name_eq(anchor, &v.name)
                && !ds.is_empty()
            {
                v.dsset = Some(RdataSet {
                    name: anchor.clone(),
                    rtype: t::DS,
                    covers: 0,
                    class: 1,
                    ttl: 0,
                    rdatas: ds.clone(),
                    trust: Trust::Ultimate,
                });
                from_anchor = true;
            }
            if v.dsset.is_none() {
                if v.name.labels().is_empty() {
                    let m = if v.has(attr::TRIEDVERIFY) { "root key failed to validate" } else { "no trusted root key" };
                    self.vlog(v, D3, m);
                    return Ok(R::NoValidSig);
                }
                let name = v.name.clone();
                if let Some(r) = self.get_dsset(v, &name).await {
                    return r;
                }
            }
            let r = self.validate_dnskey_with_ds(v, from_anchor);
            if from_anchor {
                v.dsset = None;
            }
            Ok(r)
        })
    }

    fn validate_dnskey_with_ds(&mut self, v: &mut Val, from_anchor: bool) -> R {
        let dsset = v.dsset.clone().expect("dsset");
        if dsset.trust < Trust::Secure {
            return self.markanswer(v, "validate_dnskey (2)");
        }
        let mut sha1_ok = true;
        for d in &dsset.rdatas {
            let Some(ds) = Ds::parse(d) else { continue };
            if !crypto::digest_supported(ds.digest_type) || !crypto::algorithm_supported(ds.algorithm) {
                continue;
            }
            if (ds.digest_type == 2 && ds.digest.len() == 32) || (ds.digest_type == 4 && ds.digest.len() == 48) {
                sha1_ok = false;
                break;
            }
        }
        let keyset = v.rdataset.clone().expect("keyset");
        let mut supported = false;
        let mut ok = false;
        for d in &dsset.rdatas {
            let Some(ds) = Ds::parse(d) else { continue };
            if ds.digest_type == 1 && !sha1_ok {
                continue;
            }
            if !crypto::digest_supported(ds.digest_type) || !crypto::algorithm_supported(ds.algorithm) {
                continue;
            }
            supported = true;
            let Some(keyrdata) = matchdskey(&v.name, d, &keyset) else {
                self.vlog(v, D3, "no DNSKEY matching DS");
                self.chain.failed(&v.name, v.vtype, format!("no DNSKEY matching DS {} {} {}", ds.key_tag, ds.algorithm, ds.digest_type));
                continue;
            };
            if self.check_signer(v, &keyrdata, ds.key_tag, ds.algorithm) {
                self.chain.keyset(&v.name, &keyset, d, from_anchor);
                ok = true;
                break;
            }
            self.vlog(v, D3, "no RRSIG matching DS key");
        }
        if ok {
            self.marksecure(v);
            self.vlog(v, D3, "marking as secure (DS)");
            R::Success
        } else if !supported {
            self.vlog(v, D3, "no supported algorithm/digest (DS)");
            self.markanswer(v, "validate_dnskey (3)")
        } else {
            self.vlog(v, Level::Info, "no valid signature found (DS)");
            self.chain.failed(&v.name, v.vtype, "no valid signature found (DS)".into());
            R::NoValidSig
        }
    }

    /// check_signer(): did the key made from `keyrdata` sign the DNSKEY
    /// set? Every RRSIG with its tag and algorithm is tried.
    fn check_signer(&mut self, v: &mut Val, keyrdata: &[u8], keyid: u16, alg: u8) -> bool {
        let Some(key) = Dnskey::parse(keyrdata) else { return false };
        if !crypto::algorithm_supported(key.algorithm) || crypto::key_is_valid(&key).is_err() {
            return false;
        }
        let sigs = v.sigrdataset.as_ref().map(|s| s.rdatas.clone()).unwrap_or_default();
        for s in &sigs {
            let Some(sig) = Rrsig::parse(s) else { continue };
            if sig.key_tag != keyid || sig.algorithm != alg {
                continue;
            }
            if self.verify(v, keyrdata, s, sig.key_tag) == R::Success {
                let owner = v.name.clone();
                self.chain.signed(&owner, t::DNSKEY, keyid, alg, &sig.signer);
                return true;
            }
        }
        false
    }

    /// get_dsset(): None to go on with `v.dsset`, else the validator's
    /// result.
    async fn get_dsset(&mut self, v: &mut Val, tname: &Name) -> Option<Result<R, R>> {
        match self.view_find(v, tname, t::DS) {
            Found::Positive { set, sig } => {
                v.dsset = Some(set.clone());
                if set.trust.is_pending() || set.trust == Trust::Answer {
                    v.frdataset = Some(set.clone());
                    v.fname = tname.clone();
                    let (r, sub) = match self.run_sub(v, tname, t::DS, Some(set), sig, None).await {
                        Err(r) => return Some(Ok(r)),
                        Ok(x) => x,
                    };
                    self.write_back(tname, t::DS, &sub);
                    v.frdataset = sub.rdataset.clone();
                    v.fneg = None;
                    let c = self.validator_callback_ds(v, r).await;
                    return Some(Err(self.finish(v, c).await));
                }
                None
            }
            Found::Missing => {
                let f = match self.create_fetch(v, tname, t::DS).await {
                    Err(r) => return Some(Ok(r)),
                    Ok(f) => f,
                };
                let c = self.fetch_callback_ds(v, f).await;
                Some(Err(self.finish(v, c).await))
            }
            Found::NcacheNxdomain(_) | Found::NcacheNxrrset(_) | Found::Cname { .. } => {
                self.vlog(v, Level::Debug(2), "no DS record");
                Some(Ok(R::NoValidSig))
            }
            Found::Bad => Some(Ok(R::BrokenChain)),
        }
    }

    /// fetch_callback_ds().
    pub(crate) fn fetch_callback_ds<'a>(&'a mut self, v: &'a mut Val, f: Fetched) -> Bx<'a, Cont> {
        Box::pin(async move {
            let trustchain = !v.has(attr::INSECURITY);
            self.vlog(v, D3, "in fetch_callback_ds");
            v.frdataset = f.set.clone();
            v.fneg = f.neg.clone();
            let unexpected = |s: &mut Self, v: &Val, e: R| {
                s.vlog(v, D3, format!("fetch_callback_ds: got {e}"));
                Cont::Done(if e == R::Canceled { R::Canceled } else { R::BrokenChain })
            };
            match f.result {
                R::Nxdomain | R::NcacheNxdomain if trustchain => unexpected(self, v, f.result),
                R::Nxdomain | R::NcacheNxdomain | R::Success => {
                    if trustchain {
                        let trust = f.set.as_ref().map_or(Trust::None, |s| s.trust);
                        self.vlog(v, D3, format!("dsset with trust {}", trust.name()));
                        v.dsset = f.set.clone();
                        Cont::Done(self.validate_dnskey(v).await.unwrap_or_else(|d| d))
                    } else {
                        Cont::Resume(f.result == R::Success)
                    }
                }
                R::Cname | R::Nxrrset | R::NcacheNxrrset | R::Servfail => {
                    if trustchain {
                        self.vlog(v, D3, format!("falling back to insecurity proof ({})", f.result));
                        Cont::Done(self.proveunsecure(v, false, false).await.unwrap_or_else(|d| d))
                    } else if f.result == R::Servfail {
                        unexpected(self, v, f.result)
                    } else if f.result != R::Cname
                        && let Some(neg) = f.neg.clone()
                        && self.is_insecure_referral(v, &f.foundname, &neg, "fetch_callback_ds")
                    {
                        self.chain.no_ds(&f.foundname);
                        Cont::Done(self.markanswer(v, "fetch_callback_ds"))
                    } else {
                        Cont::Resume(false)
                    }
                }
                other => unexpected(self, v, other),
            }
        })
    }

    /// validator_callback_ds(): a pending DS set (or DS non-existence)
    /// was validated.
    fn validator_callback_ds<'a>(&'a mut self, v: &'a mut Val, r: R) -> Bx<'a, Cont> {
        Box::pin(async move {
            self.vlog(v, D3, "in validator_callback_ds");
            if r == R::Success {
                let (have_dsset, trust) = match (&v.frdataset, &v.fneg) {
                    (Some(s), _) => (true, s.trust),
                    (None, Some(n)) => (false, n.trust),
                    _ => (false, Trust::None),
                };
                let what = if have_dsset { "dsset" } else { "ds non-existence" };
                self.vlog(v, D3, format!("{what} with trust {}", trust.name()));
                let name = v.fname.clone();
                let insecurity = v.has(attr::INSECURITY);
                if insecurity
                    && let Some(neg) = v.fneg.clone()
                    && neg.covers == t::DS
                    && self.is_insecure_referral(v, &name, &neg, "validator_callback_ds")
                {
                    self.chain.no_ds(&name);
                    Cont::Done(self.markanswer(v, "validator_callback_ds"))
                } else if insecurity {
                    Cont::Resume(have_dsset)
                } else {
                    v.dsset = v.frdataset.clone();
                    Cont::Done(self.validate_dnskey(v).await.unwrap_or_else(|d| d))
                }
            } else {
                self.vlog(v, D3, format!("validator_callback_ds: got {r}"));
                if r == R::BrokenChain {
                    return Cont::Done(r);
                }
                let name = v.name.clone();
                match self.create_fetch(v, &name, t::DS).await {
                    Err(r) => Cont::Done(r),
                    Ok(f) => self.fetch_callback_ds(v, f).await,
                }
            }
        })
    }

    /// validator_callback_cname(): a pending CNAME met during the
    /// insecurity proof was validated.
    fn validator_callback_cname<'a>(&'a mut self, v: &'a mut Val, r: R, trust: Trust) -> Bx<'a, Cont> {
        Box::pin(async move {
            self.vlog(v, D3, "in validator_callback_cname");
            if r == R::Success {
                self.vlog(v, D3, format!("cname with trust {}", trust.name()));
                Cont::Resume(false)
            } else {
                self.vlog(v, D3, format!("validator_callback_cname: got {r}"));
                Cont::Done(R::BrokenChain)
            }
        })
    }

    /// check_ds_algs(): some DS record with a supported digest and
    /// algorithm.
    fn check_ds_algs(set: &RdataSet) -> bool {
        set.rdatas
            .iter()
            .filter_map(|d| Ds::parse(d))
            .any(|ds| crypto::digest_supported(ds.digest_type) && crypto::algorithm_supported(ds.algorithm))
    }

    /// proveunsecure(): walks down from the trust anchor looking for the
    /// delegation without DS that makes the name insecure.
    pub(crate) fn proveunsecure<'a>(&'a mut self, v: &'a mut Val, have_ds: bool, resume: bool) -> Bx<'a, Result<R, R>> {
        Box::pin(async move {
            v.attributes |= attr::INSECURITY;
            let mut secroot = v.name.clone();
            if v.vtype == t::DS && secroot.label_count() > 1 {
                secroot = rdata::parent(&secroot);
            }
            let anchor = match &self.anchor {
                Some((a, _)) if rdata::is_subdomain(&secroot, a) => a.clone(),
                _ => {
                    self.vlog(v, D3, "not beneath secure root");
                    return Ok(self.markanswer(v, "proveunsecure (1)"));
                }
            };
            // After a callback resumed the walk, results end the validator.
            let mut waited = false;
            let done = |waited: bool, r: R| if waited { Err(r) } else { Ok(r) };
            let mut resume_with = if resume { Some(have_ds) } else { None };
            if !resume {
                v.labels = anchor.label_count() + 1;
            }
            loop {
                if let Some(have_ds) = resume_with.take() {
                    self.vlog(v, D3, "resuming proveunsecure");
                    if have_ds
                        && let Some(set) = v.frdataset.clone()
                        && set.trust >= Trust::Secure
                        && !Self::check_ds_algs(&set)
                    {
                        let n = name_text(&v.fname);
                        self.vlog(v, D3, format!("no supported algorithm/digest ({n}/DS)"));
                        return done(waited, self.markanswer(v, "proveunsecure (2)"));
                    }
                    v.labels += 1;
                }
                let mut looped = false;
                while v.labels <= v.name.label_count() {
                    looped = true;
                    match self.seek_ds(v).await {
                        SeekDs::Continue => v.labels += 1,
                        SeekDs::Complete(Ok(r)) => return done(waited, r),
                        SeekDs::Complete(Err(d)) => return Err(d),
                        SeekDs::Resume(h) => {
                            resume_with = Some(h);
                            break;
                        }
                    }
                }
                if resume_with.is_some() {
                    waited = true;
                    continue;
                }
                let last = if looped { "continue" } else { "success" };
                self.vlog(v, D3, format!("insecurity proof failed: {last}"));
                self.chain.failed(&v.name, v.vtype, "insecurity proof failed".into());
                return done(waited, R::NotInsecure);
            }
        })
    }

    /// seek_ds(): what is known about the DS at the current label.
    async fn seek_ds(&mut self, v: &mut Val) -> SeekDs {
        let tname = if v.labels == v.name.label_count() { v.name.clone() } else { rdata::suffix(&v.name, v.labels) };
        v.fname = tname.clone();
        self.vlog(v, D3, format!("checking existence of DS at '{}'", name_text(&tname)));
        match self.view_find(v, &tname, t::DS) {
            Found::Positive { set, sig } => {
                if set.trust >= Trust::Secure {
                    if !Self::check_ds_algs(&set) {
                        self.vlog(v, D3, format!("no supported algorithm/digest ({}/DS)", name_text(&tname)));
                        return SeekDs::Complete(Ok(self.markanswer(v, "seek_ds (1)")));
                    }
                    return SeekDs::Continue;
                }
                v.frdataset = Some(set.clone());
                v.fneg = None;
                let (r, sub) = match self.run_sub(v, &tname, t::DS, Some(set), sig, None).await {
                    Err(r) => return SeekDs::Complete(Ok(r)),
                    Ok(x) => x,
                };
                self.write_back(&tname, t::DS, &sub);
                v.frdataset = sub.rdataset.clone();
                let c = self.validator_callback_ds(v, r).await;
                cont(c)
            }
            Found::Missing => {
                let f = match self.create_fetch(v, &tname, t::DS).await {
                    Err(r) => return SeekDs::Complete(Ok(r)),
                    Ok(f) => f,
                };
                cont(self.fetch_callback_ds(v, f).await)
            }
            Found::NcacheNxrrset(neg) => {
                if neg.trust.is_pending() || neg.trust == Trust::Answer {
                    return self.revalidate_negative(v, &tname, neg).await;
                }
                if neg.trust < Trust::Secure {
                    self.vlog(v, Level::Warning, "can't validate existing negative responses (no DS)");
                    return SeekDs::Complete(Ok(R::MustBeSecure));
                }
                if self.is_insecure_referral(v, &tname, &neg, "seek_ds") {
                    self.chain.no_ds(&tname);
                    return SeekDs::Complete(Ok(self.markanswer(v, "seek_ds (3)")));
                }
                SeekDs::Continue
            }
            Found::NcacheNxdomain(neg) => {
                if neg.trust.is_pending() || neg.trust == Trust::Answer {
                    return self.revalidate_negative(v, &tname, neg).await;
                }
                if neg.trust < Trust::Secure {
                    self.vlog(v, Level::Warning, "can't validate existing negative responses (not a zone cut)");
                    return SeekDs::Complete(Ok(R::NoValidSig));
                }
                SeekDs::Continue
            }
            Found::Cname { set, sig } => {
                if set.trust.is_pending() || set.trust == Trust::Answer {
                    let (r, sub) = match self.run_sub(v, &tname, t::CNAME, Some(set), sig, None).await {
                        Err(r) => return SeekDs::Complete(Ok(r)),
                        Ok(x) => x,
                    };
                    self.write_back(&tname, t::CNAME, &sub);
                    let trust = sub.rdataset.as_ref().map_or(Trust::None, |s| s.trust);
                    return cont(self.validator_callback_cname(v, r, trust).await);
                }
                SeekDs::Continue
            }
            Found::Bad => SeekDs::Complete(Ok(R::BrokenChain)),
        }
    }

    /// seek_ds()'s create_validator() for a cached negative DS answer.
    async fn revalidate_negative(&mut self, v: &mut Val, tname: &Name, neg: Negative) -> SeekDs {
        v.frdataset = None;
        v.fneg = Some(neg.clone());
        let (r, sub) = match self.run_sub(v, tname, t::DS, None, None, Some(neg)).await {
            Err(r) => return SeekDs::Complete(Ok(r)),
            Ok(x) => x,
        };
        let covers = sub.ncache.as_ref().map_or(t::DS, |n| n.covers);
        self.write_back(tname, covers, &sub);
        v.fneg = sub.ncache.clone();
        cont(self.validator_callback_ds(v, r).await)
    }
}

/// A DS callback's end as seek_ds() reports it.
fn cont(c: Cont) -> SeekDs {
    match c {
        Cont::Done(r) => SeekDs::Complete(Err(r)),
        Cont::Resume(h) => SeekDs::Resume(h),
    }
}

/// dns_dnssec_matchdskey(): the key of `keyset` whose DS (of the DS's
/// digest type) is this DS.
fn matchdskey(name: &Name, ds_rdata: &[u8], keyset: &RdataSet) -> Option<Vec<u8>> {
    let ds = Ds::parse(ds_rdata)?;
    keyset
        .rdatas
        .iter()
        .find(|k| {
            let Some(key) = Dnskey::parse(k) else { return false };
            ds.key_tag == crypto::key_tag(k)
                && ds.algorithm == key.algorithm
                && crypto::ds_rdata(name, k, ds.digest_type).is_some_and(|built| built == ds_rdata)
        })
        .cloned()
}
