//! `--validate` (nslookup and dig dialects): what the validator made of
//! the answers of one lookup, as one value, [`Validation`]. The session
//! (`session::verdict`) runs the validating resolver (`validate::resolve`)
//! for each question a lookup got an answer to, turns each
//! `validate::Resolution` into a [`Check`] here, and emits the lot as
//! `Event::Validation`, after the lookup's own output; the sinks print it
//! (`render::verdict`: dig's and nslookup's text, tables, JSON) and the
//! session's exit status reads [`Validation::is_bogus`].
//!
//! The verdict is decided here, once for everyone, from typed values:
//! `secure`, `insecure`, `bogus (REASON)` or `indeterminate (WHY)`, the
//! reason in BIND's own words (what delv prints after `;; resolution
//! failed: `, then the validator's or resolver's last message). The chain
//! is the validator's own record of the walk (`validate::ZoneLink`, per
//! zone from the trust anchor down).

use std::fmt;

use crate::validate::{self, AnswerSet, BindResult, Level, TraceEvent, ZoneLink};
use crate::wire::Name;

/// What the validator concluded about one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every rdataset of the answer (or the proof of its nonexistence)
    /// was validated from the trust anchor.
    Secure,
    /// The answer is provably unsigned (an insecure delegation on the way,
    /// no trust anchor above the name, an algorithm nobody validates).
    Insecure,
    /// Validation failed: the validator's result and its last message
    /// (`broken trust chain: validating bogus.lab/DNSKEY: no valid
    /// signature found (DS)`).
    Bogus(String),
    /// No verdict: the validating lookup itself failed (`timed out`,
    /// `quota reached`, a DS or DNSKEY on the way the server would not
    /// give...) or the answer cannot be validated here (a class other
    /// than IN, an encrypted transport).
    Indeterminate(String),
}

impl Verdict {
    /// `secure`, `insecure`, `bogus` or `indeterminate`.
    pub fn word(&self) -> &'static str {
        match self {
            Verdict::Secure => "secure",
            Verdict::Insecure => "insecure",
            Verdict::Bogus(_) => "bogus",
            Verdict::Indeterminate(_) => "indeterminate",
        }
    }

    /// Why, for `bogus` and `indeterminate`.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Verdict::Bogus(r) | Verdict::Indeterminate(r) => Some(r),
            Verdict::Secure | Verdict::Insecure => None,
        }
    }

    /// How bad: the verdict of several answers is the worst of theirs.
    fn rank(&self) -> u8 {
        match self {
            Verdict::Secure => 0,
            Verdict::Insecure => 1,
            Verdict::Indeterminate(_) => 2,
            Verdict::Bogus(_) => 3,
        }
    }

    /// The verdict of a resolution, worded (see the module doc). `chain`
    /// is the resolution's (`r.chain.zones()`).
    ///
    /// A broken trust chain that the validator found nothing wrong with
    /// (no message of its own, no failed link) is a DS or DNSKEY fetch
    /// that failed (REFUSED, SERVFAIL, timed out: a server that does not
    /// recurse, a network failing): the data was never judged, so the
    /// verdict is indeterminate, not bogus, and exit status 12 stays for
    /// answers proven bad.
    pub fn of(r: &validate::Resolution, chain: &[ZoneLink]) -> Verdict {
        let detail = last_info(&r.trace).or_else(|| last_error_rcode(&r.trace));
        let with_detail = |result: BindResult| match &detail {
            Some(d) => format!("{}: {d}", result.text()),
            None => result.text().to_string(),
        };
        match r.verdict() {
            validate::Verdict::Secure => Verdict::Secure,
            validate::Verdict::Insecure => Verdict::Insecure,
            validate::Verdict::Bogus { result: BindResult::BrokenChain, reason: None } if chain.iter().all(|z| z.failures.is_empty()) => {
                Verdict::Indeterminate(with_detail(BindResult::BrokenChain))
            }
            validate::Verdict::Bogus { result, reason } => Verdict::Bogus(match reason {
                Some(reason) => format!("{}: {reason}", result.text()),
                None => with_detail(result),
            }),
            validate::Verdict::Indeterminate { result: BindResult::Success } => Verdict::Indeterminate("no answer to validate".into()),
            validate::Verdict::Indeterminate { result } => Verdict::Indeterminate(with_detail(result)),
        }
    }
}

/// `secure`, `insecure`, `bogus (REASON)`, `indeterminate (WHY)`.
impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            Some(r) => write!(f, "{} ({r})", self.word()),
            None => f.write_str(self.word()),
        }
    }
}

/// The last message of the resolver or validator that delv shows without
/// a trace option (INFO and above), without the `;; `.
fn last_info(trace: &[TraceEvent]) -> Option<String> {
    trace.iter().rev().find_map(|e| match e {
        TraceEvent::Validator { level, .. } | TraceEvent::Resolver { level, .. } if !matches!(level, Level::Debug(_)) => {
            Some(e.line().trim_start_matches(";;").trim_start().to_string())
        }
        _ => None,
    })
}

/// The RCODE of the last reply received, when it is an error
/// (`SERVFAIL from 127.0.0.53#53`: what a failed resolution came to when
/// nothing was logged).
fn last_error_rcode(trace: &[TraceEvent]) -> Option<String> {
    trace.iter().rev().find_map(|e| match e {
        TraceEvent::Received { server, bytes } if bytes.len() >= 4 => {
            let rcode = u16::from(bytes[3] & 0x0f);
            (rcode != 0 && rcode != 3).then(|| format!("{} from {server}", crate::wire::types::rcode_to_text(rcode)))
        }
        _ => None,
    })
}

/// How far one rdataset of a validated answer is trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetTrust {
    pub owner: Name,
    /// The type of the set (for RRSIG sets: the type they cover).
    pub rtype: u16,
    pub secure: bool,
}

/// One question validated: the name and type the lookup asked, the server
/// the validator asked (the lookup's), the verdict, how far each rdataset
/// of the answer is trusted, and the chain of trust as walked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub qname: Name,
    pub qtype: u16,
    /// `127.0.0.53#53`.
    pub server: String,
    pub verdict: Verdict,
    /// The answer list's rdatasets (a negative answer's proofs, with the
    /// negative answer's trust), in order.
    pub sets: Vec<SetTrust>,
    /// Per zone, from the trust anchor down.
    pub chain: Vec<ZoneLink>,
}

impl Check {
    /// A question the validator answered.
    pub fn from_resolution(server: String, r: &validate::Resolution) -> Check {
        let mut sets = Vec::new();
        for set in r.answers.iter().flat_map(|a| &a.sets) {
            match set {
                AnswerSet::Records(s) => {
                    let rtype = if s.rtype == crate::validate::rdata::t::RRSIG { s.covers } else { s.rtype };
                    sets.push(SetTrust { owner: s.name.clone(), rtype, secure: s.trust.is_secure() });
                }
                AnswerSet::Negative(n) => {
                    for p in &n.proofs {
                        let rtype = if p.rtype == crate::validate::rdata::t::RRSIG { p.covers } else { p.rtype };
                        sets.push(SetTrust { owner: p.name.clone(), rtype, secure: n.trust.is_secure() });
                    }
                }
            }
        }
        let chain = r.chain.zones();
        Check { qname: r.qname.clone(), qtype: r.qtype, server, verdict: Verdict::of(r, &chain), sets, chain }
    }

    /// A question that was not put to the validator, and why.
    pub fn not_validated(qname: Name, qtype: u16, server: String, why: &str) -> Check {
        Check { qname, qtype, server, verdict: Verdict::Indeterminate(why.to_string()), sets: Vec::new(), chain: Vec::new() }
    }

    /// How far the rdataset of `owner`/`rtype` (an RRSIG: the type it
    /// covers) is trusted: `secure`, `insecure`, or for an answer that
    /// failed validation `bogus`; None when the validator did not see it.
    pub fn trust_of(&self, owner: &Name, rtype: u16) -> Option<&'static str> {
        if let Some(s) = self.sets.iter().find(|s| s.rtype == rtype && s.owner.eq_ignore_case(owner)) {
            return Some(if s.secure { "secure" } else { "insecure" });
        }
        match self.verdict {
            Verdict::Bogus(_) if self.sets.is_empty() => Some("bogus"),
            _ => None,
        }
    }
}

/// What `--validate` made of one lookup: one check per question answered
/// (dig: its one question; nslookup: each of a command's lookups, A and
/// then AAAA by default), and whether the chain is to be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validation {
    pub checks: Vec<Check>,
    /// `--validate=chain`: the chain of trust after the verdict.
    pub show_chain: bool,
}

impl Validation {
    /// The verdict on everything checked: the worst of the checks'
    /// (bogus, then indeterminate, insecure, secure; the first of equals).
    pub fn verdict(&self) -> Verdict {
        let mut worst: Option<&Verdict> = None;
        for c in &self.checks {
            if worst.is_none_or(|w| c.verdict.rank() > w.rank()) {
                worst = Some(&c.verdict);
            }
        }
        worst.cloned().unwrap_or_else(|| Verdict::Indeterminate("no answer to validate".into()))
    }

    /// Some answer failed validation (rlookup's exit status 12).
    pub fn is_bogus(&self) -> bool {
        self.checks.iter().any(|c| matches!(c.verdict, Verdict::Bogus(_)))
    }

    /// The check of the question `qname`/`qtype`, if one was made.
    pub fn check_for(&self, qname: &Name, qtype: u16) -> Option<&Check> {
        self.checks.iter().find(|c| c.qtype == qtype && c.qname.eq_ignore_case(qname))
    }
}

#[cfg(test)]
#[path = "validation_tests.rs"]
pub(crate) mod tests;
