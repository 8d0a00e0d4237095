//! DNSSEC validation as BIND 9.18's delv does it, for rlookup's delv
//! dialect and `--validate`: a validating resolver that sends every
//! query to the configured servers (`Fetch`), walks the chain of trust
//! from the trust anchor (`config::anchors`) exactly as lib/dns/validator.c
//! does, in the same order, with the same messages, and returns a
//! `Resolution`: the answer list delv prints (records with their trust,
//! negative answers with their proofs), the result delv reports, the
//! +rtrace/+vtrace trace, and the chain of trust for rlookup's chain view.
//!
//! The cryptography is hickory-proto's (`crypto`); the walk is ours
//! (`engine`, `validator`, `nsec`). Hostile input ends in a result, never
//! a panic: fetches, nesting, restarts and signature checks are capped and
//! every fetch has a deadline (`Options`).
//!
//! Data flow: the delv session builds `Options`, loads anchors
//! (`config::anchors::setup`), implements `Fetch` over the transport and
//! calls `resolve`; the render layer prints `Resolution::answers` and
//! `Resolution::trace_lines`.
//!
//! What delv's printer reads from a `Resolution`:
//! - standard error, in order: `trace_lines(rtrace, vtrace)` (fetch lines
//!   with +rtrace, validator DEBUG lines with +vtrace, INFO lines such as
//!   `;; validating X/T: no valid signature found` and the resolver's
//!   `;; <reason> resolving 'X/T/IN': SERVER` always), then `;; resolution
//!   failed: <result>` when `result` is not success (not with +yaml);
//!   +mtrace dumps the `TraceEvent::Received` bytes;
//! - standard output: for each `Answer`, its `owner` (the query name of
//!   that hop as typed, not the record owner: a DNAME is printed at the
//!   name that was asked) and each `AnswerSet` in order; a trust header
//!   `; <Trust::delv_text(validating)>` (`negative response, ` first for a
//!   `Negative`) whenever the trust changes; RRSIG sets only with
//!   +dnssec; records in the set's order with the set's TTL; a `Negative`
//!   as `; OWNER TTL IN \-<covers> ;-$NXDOMAIN|;-$NXRRSET` and then one
//!   `; NAME TYPE RDATA` line per proof record (`; NAME RRSIG TYPE ...`
//!   for signatures), in `proofs` order.

pub mod chain;
pub mod crypto;
pub mod engine;
pub mod fetch;
pub mod memory;
mod nsec;
pub mod rdata;
pub mod result;
pub mod rrset;
pub mod trace;
mod validator;

pub use chain::{Chain, ChainStep, DsInfo, Failed, KeyInfo, Signed, ZoneLink};
pub use engine::{Answer, AnswerSet, Engine, Options, Resolution, Verdict};
pub use fetch::{Fetch, FetchError, FetchFuture, FetchQuery, Reply};
pub use result::{BindResult, Trust};
pub use rrset::{Negative, RdataSet};
pub use trace::{Level, TraceEvent};

/// The validating resolver under the name the design uses.
pub type Validator<'f> = Engine<'f>;

use crate::config::anchors::TrustAnchors;
use crate::wire::Name;

/// Resolves and validates `qname`/`qtype` as `delv` does: asks `fetcher`,
/// validates under `anchors` (unless `opts.validate` is off).
pub async fn resolve(fetcher: &dyn Fetch, anchors: Option<&TrustAnchors>, opts: Options, qname: &Name, qtype: u16) -> Resolution {
    Engine::new(fetcher, anchors, opts).resolve(qname, qtype).await
}

#[cfg(test)]
mod tests;
