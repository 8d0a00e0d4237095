//! Tests of the validating resolver: the lab's real signed zones offline
//! against delv's recorded traces (`lab`), hierarchies signed in the test
//! with chosen algorithms and validity windows (`sign`, `scenarios`),
//! hostile answers (`hostile`) and one run over real sockets against an
//! in-process hickory-server (`socket`). Fixtures: tests/fixtures/dnssec/.

mod hostile;
mod lab;
mod scenarios;
mod sign;
mod socket;

use std::path::PathBuf;

use super::{Fetch, Options, Resolution};
use crate::config::anchors::TrustAnchors;
use crate::wire::Name;

/// The validation time of the tests: 2026-05-28 (inside the lab's
/// signature windows, 2025-01-01 to 2036-12-31).
pub(super) const NOW: u32 = 1_780_000_000;

pub(super) fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dnssec").join(rel)
}

pub(super) fn name(s: &str) -> Name {
    Name::from_text(s, Some(&Name::root())).expect("name")
}

pub(super) fn opts() -> Options {
    Options { now: NOW, ..Options::default() }
}

pub(super) fn run(fetch: &dyn Fetch, anchors: Option<&TrustAnchors>, opts: Options, qname: &str, qtype: u16) -> Resolution {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(super::resolve(fetch, anchors, opts, &name(qname), qtype))
}

/// delv's standard error for a resolution: the trace lines, then `;;
/// resolution failed: ...`.
pub(super) fn stderr(r: &Resolution, rtrace: bool, vtrace: bool) -> String {
    let mut s = String::new();
    for l in r.trace_lines(rtrace, vtrace) {
        s.push_str(&l);
        s.push('\n');
    }
    if r.result != super::BindResult::Success {
        s.push_str(&format!(";; resolution failed: {}\n", r.result));
    }
    s
}
