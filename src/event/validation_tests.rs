//! `--validate`'s verdicts on typed values: the lab's signed zones served
//! from memory (tests/fixtures/dnssec/lab) and validated with its root
//! key, turned into checks; the verdict's words and how checks combine.
//! The helpers are shared with the renderers' and the session's tests.

use super::*;
use crate::config::anchors::{self, TrustAnchors};
use crate::validate::memory::{MemoryFetch, Zone};
use crate::validate::{Options, Resolution};

/// The validation time: inside the lab's signature windows.
pub(crate) const NOW: u32 = 1_780_000_000;

fn fixture(rel: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dnssec").join(rel)
}

pub(crate) fn name(s: &str) -> Name {
    Name::from_text(s, Some(&Name::root())).expect("a name")
}

/// The lab as its validating resolver serves it (bogus.lab SERVFAIL
/// without CD).
pub(crate) fn lab() -> MemoryFetch {
    let zone = |file: &str, origin: &str| {
        let text = std::fs::read_to_string(fixture(&format!("lab/{file}"))).expect("zone file");
        Zone::from_text(&text, origin).expect("zone parses")
    };
    let mut f = MemoryFetch::new(vec![
        zone("root.signed", "."),
        zone("lab.signed", "lab."),
        zone("secure.lab.signed", "secure.lab."),
        zone("bogus.lab.signed", "bogus.lab."),
        zone("edge.lab.db", "edge.lab."),
        zone("alt.lab.db", "alt.lab."),
        zone("ca.db", "ca."),
        zone("concordia.ca.db", "concordia.ca."),
    ]);
    f.bogus_unless_cd.push(name("bogus.lab"));
    f.ds_nsec_first.push(name("alt.lab"));
    f
}

pub(crate) fn lab_anchors() -> TrustAnchors {
    anchors::setup(Some(&fixture("lab/bind.keys")), None).result.expect("the lab's root key")
}

/// The lab's resolution of `qname`/`qtype`, as `--validate` asks (CD).
pub(crate) fn resolve(fetch: &MemoryFetch, qname: &str, qtype: u16) -> Resolution {
    let opts = Options { cdflag: true, now: NOW, ..Options::default() };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(crate::validate::resolve(fetch, Some(&lab_anchors()), opts, &name(qname), qtype))
}

/// The check `--validate` makes of `qname`/`qtype` in the lab.
pub(crate) fn lab_check(qname: &str, qtype: u16) -> Check {
    Check::from_resolution("127.0.0.53#53".into(), &resolve(&lab(), qname, qtype))
}

const A: u16 = 1;
const AAAA: u16 = 28;
const TXT: u16 = 16;

#[test]
fn the_labs_verdicts() {
    let secure = lab_check("www.secure.lab", A);
    assert_eq!(secure.verdict, Verdict::Secure);
    assert_eq!(secure.verdict.to_string(), "secure");
    assert_eq!((secure.qname.to_text(false), secure.qtype, secure.server.as_str()), ("www.secure.lab.".into(), A, "127.0.0.53#53"));
    let zones: Vec<String> = secure.chain.iter().map(|z| z.zone.to_text(false)).collect();
    assert_eq!(zones, [".", "lab.", "secure.lab."]);
    assert!(secure.chain[0].anchor && secure.chain.iter().all(|z| z.failures.is_empty()));

    let insecure = lab_check("concordia.ca", A);
    assert_eq!(insecure.verdict, Verdict::Insecure);
    assert!(insecure.chain.iter().any(|z| z.zone.to_text(false) == "ca." && z.no_ds));

    let bogus = lab_check("www.bogus.lab", A);
    assert_eq!(bogus.verdict, Verdict::Bogus("broken trust chain: validating bogus.lab/DNSKEY: no valid signature found (DS)".into()));
    assert_eq!(bogus.verdict.to_string(), "bogus (broken trust chain: validating bogus.lab/DNSKEY: no valid signature found (DS))");
    let failed = bogus.chain.iter().find(|z| !z.failures.is_empty()).expect("a failed link");
    assert_eq!(failed.zone.to_text(false), "bogus.lab.");
    assert!(failed.failures[0].reason.starts_with("no DNSKEY matching DS "), "{:?}", failed.failures);
}

#[test]
fn denials_are_validated_too() {
    // NXDOMAIN and NODATA, proven by NSEC.
    for (qname, qtype) in [("nosuch.secure.lab", A), ("www.secure.lab", TXT)] {
        let c = lab_check(qname, qtype);
        assert_eq!(c.verdict, Verdict::Secure, "{qname}");
        assert!(c.chain.iter().any(|z| !z.denials.is_empty()), "{qname}: {:?}", c.chain);
        assert!(c.sets.iter().all(|s| s.secure) && !c.sets.is_empty());
    }
    // An unsigned zone's NXDOMAIN is insecure.
    assert_eq!(lab_check("nosuch.edge.lab", A).verdict, Verdict::Insecure);
}

#[test]
fn each_rdataset_keeps_its_trust() {
    // hop1.edge.lab -> hop2.alt.lab -> hop3.secure.lab -> hop4.edge.lab
    let c = lab_check("hop1.edge.lab", A);
    assert_eq!(c.verdict, Verdict::Insecure);
    assert_eq!(c.trust_of(&name("hop1.edge.lab"), 5), Some("insecure"));
    assert_eq!(c.trust_of(&name("HOP3.secure.lab"), 5), Some("secure"));
    assert_eq!(c.trust_of(&name("hop4.edge.lab"), A), Some("insecure"));
    assert_eq!(c.trust_of(&name("elsewhere.lab"), A), None);
    let bogus = lab_check("www.bogus.lab", A);
    assert_eq!(bogus.trust_of(&name("www.bogus.lab"), A), Some("bogus"));
}

#[test]
fn failures_that_are_not_bogus() {
    // The server fails the question itself: no verdict, and why.
    let mut f = lab();
    f.set_override(&name("www.secure.lab"), A, crate::validate::memory::Override::Rcode(2));
    let c = Check::from_resolution("127.0.0.53#53".into(), &resolve(&f, "www.secure.lab", A));
    assert_eq!(c.verdict, Verdict::Indeterminate("failure: SERVFAIL from 127.0.0.53#53".into()));
    let c = Check::not_validated(name("x.lab"), A, "127.0.0.1#853".into(), "the validator asks over UDP and TCP only");
    assert_eq!(c.verdict.to_string(), "indeterminate (the validator asks over UDP and TCP only)");
    assert!(c.chain.is_empty() && c.sets.is_empty());
}

#[test]
fn the_worst_verdict_wins() {
    let check = |v: Verdict| Check { verdict: v, ..Check::not_validated(name("x"), A, String::new(), "") };
    let v = |vs: Vec<Verdict>| Validation { checks: vs.into_iter().map(check).collect(), show_chain: false };
    assert_eq!(v(vec![Verdict::Secure, Verdict::Insecure]).verdict(), Verdict::Insecure);
    assert_eq!(v(vec![Verdict::Indeterminate("t".into()), Verdict::Secure]).verdict(), Verdict::Indeterminate("t".into()));
    let mixed = v(vec![Verdict::Secure, Verdict::Bogus("b".into()), Verdict::Indeterminate("t".into()), Verdict::Bogus("c".into())]);
    assert_eq!(mixed.verdict(), Verdict::Bogus("b".into()));
    assert!(mixed.is_bogus());
    assert!(!v(vec![Verdict::Secure, Verdict::Indeterminate("t".into())]).is_bogus());
    assert_eq!(v(vec![]).verdict(), Verdict::Indeterminate("no answer to validate".into()));
    // Checks are found by question, whatever the case.
    let mut both = v(vec![Verdict::Secure, Verdict::Insecure]);
    both.checks[1].qtype = AAAA;
    assert_eq!(both.check_for(&name("X."), AAAA).map(|c| &c.verdict), Some(&Verdict::Insecure));
    assert!(both.check_for(&name("y"), A).is_none());
}

#[test]
fn a_chain_that_could_not_be_fetched_is_not_bogus() {
    use crate::validate::memory::Override;
    // A server that will not give the DS or DNSKEY sets on the way (an
    // authoritative server asked for the root's keys, a failing upstream):
    // the answer was never judged.
    let indeterminate = "indeterminate (broken trust chain: broken trust chain resolving 'www.secure.lab/A/IN': 127.0.0.53#53)";
    for (zone, rtype, o) in [("secure.lab", 43, Override::Rcode(5)), ("secure.lab", 48, Override::Timeout), ("lab", 43, Override::Rcode(2))]
    {
        let mut f = lab();
        f.set_override(&name(zone), rtype, o);
        let c = Check::from_resolution("127.0.0.53#53".into(), &resolve(&f, "www.secure.lab", A));
        assert_eq!(c.verdict.to_string(), indeterminate, "{zone}/{rtype}");
    }
    // A zone with a DS and no DNSKEY is data missing that must be there:
    // the validator fails its link, and the answer is bogus.
    let mut f = lab();
    f.set_override(&name("secure.lab"), 48, Override::Records { answer: vec![], authority: vec![], nxdomain: false });
    let c = Check::from_resolution("127.0.0.53#53".into(), &resolve(&f, "www.secure.lab", A));
    assert!(matches!(c.verdict, Verdict::Bogus(_)), "{}", c.verdict);
    assert!(c.chain.iter().any(|z| !z.failures.is_empty()));
}
