//! The lab's signed zones (root, lab, secure.lab, bogus.lab, copied to
//! tests/fixtures/dnssec/lab/) and some unsigned ones, served from memory
//! as the lab's resolver serves them, validated with the lab's root key:
//! the fetch order and the +vtrace/+rtrace lines must be exactly what
//! delv 9.18 printed in the lab (tests/fixtures/dnssec/traces/, taken from
//! research/delv.md and the rtrace golden).

use super::super::memory::{MemoryFetch, Zone};
use super::super::rdata::t;
use super::super::{AnswerSet, BindResult, Trust, Verdict};
use super::{fixture, name, opts, run, stderr};
use crate::config::anchors;
use crate::wire::types;

fn zone(file: &str, origin: &str) -> Zone {
    let text = std::fs::read_to_string(fixture(&format!("lab/{file}"))).expect("zone file");
    Zone::from_text(&text, origin).expect("zone parses")
}

/// The lab as its resolver 127.0.0.53 answers: it validates, so bogus.lab
/// is SERVFAIL unless CD is set.
pub(super) fn lab() -> MemoryFetch {
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
    // The lab's resolver sends alt.lab's DS denial NSEC first.
    f.ds_nsec_first.push(name("alt.lab"));
    f
}

/// Runs a recorded delv command line against the lab in memory and
/// returns (stderr, the resolution).
fn delv(cmdline: &str) -> (String, super::super::Resolution) {
    let words: Vec<&str> = cmdline.split_whitespace().collect();
    let start = words.iter().position(|w| *w == "delv").expect("a delv command") + 1;
    let mut o = opts();
    let (mut rtrace, mut vtrace) = (false, false);
    let mut anchor_file: Option<std::path::PathBuf> = Some(fixture("lab/bind.keys"));
    let mut root: Option<String> = None;
    let mut positional = Vec::new();
    let mut i = start;
    while i < words.len() {
        let w = words[i];
        match w {
            "#" => break,
            "+rtrace" => rtrace = true,
            "+vtrace" => {
                vtrace = true;
                rtrace = true
            }
            "+cdflag" => o.cdflag = true,
            "-i" | "+noroot" => o.validate = false,
            "-a" => {
                i += 1;
                let f = words[i].rsplit('/').next().expect("file");
                anchor_file = Some(fixture(&format!("anchors/{f}")));
            }
            _ if w.starts_with("+root=") => root = Some(w["+root=".len()..].to_string()),
            _ if w.starts_with('@') || w.starts_with('+') => {}
            _ => positional.push(w),
        }
        i += 1;
    }
    if cmdline.contains("/etc/bind hidden") {
        anchor_file = None;
    }
    let setup = anchors::setup_with(anchor_file.as_deref(), std::path::Path::new("/nonexistent/bind.keys"), root.as_deref());
    let ta = setup.result.expect("anchors load");
    let (qname, qtype) = match positional.as_slice() {
        [] => (".", t::NS),
        [n] => (*n, 1),
        [n, ty, ..] => (*n, types::type_from_text(ty).expect("type")),
    };
    let f = lab();
    let r = run(&f, Some(&ta), o, qname, qtype);
    (stderr(&r, rtrace, vtrace), r)
}

fn expected(case: &str) -> (String, String) {
    let cmd = std::fs::read_to_string(fixture(&format!("traces/{case}.cmd"))).expect("cmd");
    let err = std::fs::read_to_string(fixture(&format!("traces/{case}.err"))).expect("err");
    (cmd, err)
}

fn check(case: &str) -> super::super::Resolution {
    let (cmd, want) = expected(case);
    let (got, r) = delv(&cmd);
    assert_eq!(got, want, "case {case}: {cmd}");
    r
}

#[test]
fn rtrace_golden_fetch_order() {
    // golden rtrace: delv +rtrace @127.0.0.53 txt.secure.lab txt
    let want = std::fs::read_to_string(fixture("traces/rtrace-golden.err")).unwrap();
    let (got, r) = delv("$ delv +rtrace @127.0.0.53 txt.secure.lab txt");
    assert_eq!(got, want);
    assert_eq!(r.verdict(), Verdict::Secure);
    let recs = match &r.answers[0].sets[0] {
        AnswerSet::Records(s) => s.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!((recs.rtype, recs.ttl, recs.trust), (16, 300, Trust::Secure));
}

#[test]
fn vtrace_secure_positive() {
    let r = check("vt-secure");
    assert_eq!(r.verdict(), Verdict::Secure);
}

#[test]
fn vtrace_dnskey_and_ds() {
    check("vt-dnskey");
    check("vt-ds");
    check("vt-root-ns");
}

#[test]
fn vtrace_nxdomain_nsec() {
    let r = check("vt-nx");
    assert_eq!(r.result, BindResult::NcacheNxdomain);
    assert_eq!(r.verdict(), Verdict::Secure);
    let AnswerSet::Negative(n) = &r.answers[0].sets[0] else { panic!() };
    assert!(n.nxdomain);
    assert_eq!(n.ttl, 300);
    let lines: Vec<String> = n
        .proofs
        .iter()
        .map(|s| format!("{} {}", s.name.to_text(false), types::type_to_text(if s.rtype == 46 { s.covers } else { s.rtype })))
        .collect();
    assert_eq!(
        lines,
        ["mail.secure.lab. NSEC", "mail.secure.lab. NSEC", "secure.lab. SOA", "secure.lab. SOA", "secure.lab. NSEC", "secure.lab. NSEC"]
    );
    check("vt-nx-lab");
}

#[test]
fn vtrace_nodata_nsec() {
    let r = check("vt-nodata-secure");
    assert_eq!(r.result, BindResult::NcacheNxrrset);
}

#[test]
fn vtrace_insecure_delegations() {
    let r = check("vt-concordia");
    assert_eq!(r.verdict(), Verdict::Insecure);
    check("rt-conc");
    let r = check("vt-nx-unsigned");
    assert_eq!(r.verdict(), Verdict::Insecure);
}

#[test]
fn vtrace_cname_chain_across_zones() {
    let r = check("vt-hop1");
    assert_eq!(r.verdict(), Verdict::Insecure);
    let trusts: Vec<(String, Trust)> = r.answers.iter().flat_map(|a| a.sets.iter().map(|s| (a.owner.to_text(false), s.trust()))).collect();
    assert_eq!(
        trusts,
        [
            ("hop1.edge.lab.".to_string(), Trust::Answer),
            ("hop2.alt.lab.".to_string(), Trust::Answer),
            ("hop3.secure.lab.".to_string(), Trust::Secure),
            ("hop3.secure.lab.".to_string(), Trust::Secure),
            ("hop4.edge.lab.".to_string(), Trust::Answer),
        ]
    );
    check("rt-hop1");
    check("dangling-vt");
    check("vt-dname");
}

#[test]
fn bogus_zone() {
    let r = check("bogus-cd-vtrace");
    assert_eq!(r.result, BindResult::BrokenChain);
    assert!(matches!(r.verdict(), Verdict::Bogus { result: BindResult::BrokenChain, .. }));
    check("bogus-cd");
    let r = check("bogus-dnskey-cd");
    assert_eq!(r.result, BindResult::NoValidSig);
    check("bogus-nx-cd");
}

#[test]
fn wrong_anchors() {
    check("builtin");
    check("builtin-conc");
    check("ta-ds-wrong");
    check("ta-zskflag");
    check("ta-alg1");
}

#[test]
fn other_anchor_name() {
    check("root-sl");
    let r = check("root-sl-conc");
    assert_eq!(r.answers[0].sets[0].trust(), Trust::Answer);
}

/// More traces captured from delv in the lab (with its resolver's cache
/// warm, so only standard error is compared).
#[test]
fn more_lab_traces() {
    let mut failed = Vec::new();
    for case in [
        "vt-edge-nodata",
        "vt-ent",
        "vt-wild-unsigned",
        "vt-lab-soa",
        "vt-mail",
        "vt-edge-ds",
        "vt-i-nx",
        "vt-bogus-ds",
        "vt-loop",
        "vt-selfloop",
        "vt-hop3",
        "vt-hop2",
        "vt-x-alt",
        "vt-secure-ns",
        "vt-secure-aaaa-nx",
        "vt-bogus-www-cd-dnskey",
        "vt-root-soa",
        "vt-lab-nodata",
        "vt-conc-mx",
        "vt-ca-ds",
        "vt-nx-ca",
        "vt-noroot",
        "vt-root-sl-nx",
        "vt-dswrong-nx",
        "vt-hop1-aaaa",
        "vt-alt-ds",
        "vt-lab-dnskey",
        "vt-edge-apex",
        "vt-dname-aaaa",
        "vt-bogus-cd-nx-vt",
        "vt-bogus-cd-www-aaaa",
        "vt-conc-ns",
    ] {
        let (cmd, want) = expected(case);
        let (got, _) = delv(&cmd);
        if got != want {
            failed.push(format!("== {case}: {cmd}--- want\n{want}--- got\n{got}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
