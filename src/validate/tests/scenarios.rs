//! Validation outcomes over hierarchies signed in the test (root ->
//! test. -> example.test.): every algorithm ring signs with, insecure
//! delegations (NSEC, NSEC3, NSEC3 opt-out), bogus answers (bad
//! signature, DS matching no key, missing RRSIG, expired and not yet
//! valid signatures), NSEC and NSEC3 denial, wildcards, CNAME and DNAME
//! chains into unsigned zones, unsupported algorithms, validation off.

use super::super::rdata::t;
use super::super::{AnswerSet, BindResult, ChainStep, Resolution, Trust, Verdict};
use super::sign::{Denial, Key, ZoneSpec, strip_sigs, tamper, world, world_with, zone_mut};
use super::{name, opts, run, stderr};

fn fetches(r: &Resolution) -> Vec<String> {
    r.trace_lines(true, false).into_iter().map(|l| l.trim_start_matches(";; fetch: ").to_string()).collect()
}

fn said(r: &Resolution, text: &str) -> bool {
    r.trace_lines(true, true).iter().any(|l| l.contains(text))
}

fn std_specs(alg_root: u8, alg_tld: u8, alg_zone: u8) -> Vec<ZoneSpec> {
    let mut ex = ZoneSpec::new("example.test.", alg_zone);
    ex.a("www", [192, 0, 2, 1]);
    ex.a("www", [192, 0, 2, 2]);
    ex.txt("www", "hello");
    ex.add("@", t::A, vec![192, 0, 2, 3]);
    vec![ZoneSpec::new(".", alg_root), ZoneSpec::new("test.", alg_tld), ex]
}

fn records(r: &Resolution, i: usize, j: usize) -> super::super::RdataSet {
    match &r.answers[i].sets[j] {
        AnswerSet::Records(s) => s.clone(),
        other => panic!("not records: {other:?}"),
    }
}

#[test]
fn secure_answers_with_every_algorithm() {
    for (a, b, c) in [(13, 13, 13), (14, 15, 8), (8, 14, 15), (15, 8, 14)] {
        let w = world(std_specs(a, b, c));
        let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
        assert_eq!(r.verdict(), Verdict::Secure, "{a} {b} {c}: {}", stderr(&r, true, true));
        assert_eq!(r.result, BindResult::Success);
        assert_eq!(fetches(&r), ["www.example.test/A", "example.test/DNSKEY", "example.test/DS", "test/DNSKEY", "test/DS", "./DNSKEY"]);
        let a_set = records(&r, 0, 0);
        assert_eq!((a_set.rdatas.len(), a_set.ttl, a_set.trust), (2, 300, Trust::Secure));
        assert_eq!(records(&r, 0, 1).rtype, t::RRSIG);
        let zones = r.chain.zones();
        let names: Vec<String> = zones.iter().map(|z| z.zone.to_text(false)).collect();
        assert_eq!(names, [".", "test.", "example.test."]);
        assert!(zones[0].anchor && zones.iter().all(|z| z.ds.is_some() && z.keys.len() == 2));
        assert!(zones[2].signed.iter().any(|s| s.rtype == t::A));
        assert!(r.chain.first_failure().is_none());
    }
}

#[test]
fn ttl_is_trimmed_to_the_signature_expiry() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].expiration = super::NOW + 100;
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(records(&r, 0, 0).ttl, 100);
    assert_eq!(records(&r, 0, 1).ttl, 100);
}

#[test]
fn insecure_delegation_proven_by_nsec() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].unsigned = true;
    specs[2].ksk.clear();
    specs[2].zsk.clear();
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.verdict(), Verdict::Insecure, "{}", stderr(&r, true, true));
    assert!(said(&r, "validating example.test/DS: nsec proves name exists (owner) data=0"));
    assert!(said(&r, "marking as answer (fetch_callback_ds)"));
    assert_eq!(fetches(&r), ["www.example.test/A", "test/DS", "./DNSKEY", "example.test/DS", "test/DNSKEY"]);
    assert!(r.chain.steps.iter().any(|s| matches!(s, ChainStep::NoDs { zone } if zone.to_text(true) == "example.test")));
    // The next name in the zone needs no fetch: the negative DS is cached.
    let r = run(&w.fetch, Some(&w.anchors), opts(), "example.test", t::A);
    assert_eq!(r.verdict(), Verdict::Insecure);
}

#[test]
fn insecure_delegation_proven_by_nsec3_and_opt_out() {
    for optout in [false, true] {
        let mut specs = std_specs(13, 13, 13);
        specs[1].denial = Denial::Nsec3 { iterations: 5, salt: vec![0xab, 0xcd], optout };
        specs[2].unsigned = true;
        let w = world(specs);
        let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
        assert_eq!(r.verdict(), Verdict::Insecure, "optout {optout}: {}", stderr(&r, true, true));
        assert!(said(&r, "marking as answer (fetch_callback_ds)"));
    }
}

#[test]
fn bad_signature_is_bogus() {
    let w = world_with(std_specs(13, 13, 13), |z| tamper(zone_mut(z, "example.test."), "www.example.test.", t::A, vec![192, 0, 2, 66]));
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.result, BindResult::SigInvalid, "{}", stderr(&r, true, true));
    assert_eq!(r.result.text(), "RRSIG failed to verify");
    assert!(matches!(r.verdict(), Verdict::Bogus { result: BindResult::SigInvalid, .. }));
    assert!(r.answers.is_empty());
    let err = stderr(&r, false, false);
    assert!(err.contains(";; validating www.example.test/A: no valid signature found\n"), "{err}");
    assert!(err.contains(";; RRSIG failed to verify resolving 'www.example.test/A/IN': 127.0.0.53#53\n"), "{err}");
}

#[test]
fn ds_matching_no_key_breaks_the_chain() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].parent_ds = Some(vec![Key::new(13, 257).ds(&name("example.test"), 2)]);
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.result, BindResult::BrokenChain);
    let err = stderr(&r, false, false);
    assert_eq!(
        err,
        ";; validating example.test/DNSKEY: no valid signature found (DS)\n\
         ;; no valid RRSIG resolving 'example.test/DNSKEY/IN': 127.0.0.53#53\n\
         ;; broken trust chain resolving 'www.example.test/A/IN': 127.0.0.53#53\n\
         ;; resolution failed: broken trust chain\n"
    );
    match r.verdict() {
        Verdict::Bogus { result, reason } => {
            assert_eq!(result, BindResult::BrokenChain);
            assert_eq!(reason.as_deref(), Some("validating example.test/DNSKEY: no valid signature found (DS)"));
        }
        v => panic!("{v:?}"),
    }
    assert!(matches!(r.chain.first_failure(), Some(ChainStep::Failed { reason, .. }) if reason.starts_with("no DNSKEY matching DS")));
    // The key set itself: `no valid RRSIG`.
    let r = run(&w.fetch, Some(&w.anchors), opts(), "example.test", t::DNSKEY);
    assert_eq!(r.result, BindResult::NoValidSig);
}

#[test]
fn missing_rrsig_in_a_signed_zone() {
    let w = world_with(std_specs(13, 13, 13), |z| strip_sigs(zone_mut(z, "example.test."), "www.example.test.", t::A));
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.result, BindResult::NotInsecure, "{}", stderr(&r, true, true));
    assert!(said(&r, "attempting insecurity proof"));
    // The proof waited for fetches, so its end goes straight to the
    // resolver: no `got insecure response` line (BIND's order).
    assert!(said(&r, "insecurity proof failed: success"));
    assert_eq!(
        stderr(&r, false, false),
        ";; insecurity proof failed resolving 'www.example.test/A/IN': 127.0.0.53#53\n;; resolution failed: insecurity proof failed\n"
    );
}

#[test]
fn expired_and_future_signatures() {
    for (inception, expiration, want) in
        [(super::NOW - 7200, super::NOW - 3600, BindResult::SigExpired), (super::NOW + 3600, super::NOW + 7200, BindResult::SigFuture)]
    {
        // Only www's signatures are out of their window.
        let specs = std_specs(13, 13, 13);
        let zsk = &specs[2].zsk[0];
        let rd = zsk.sign(
            &name("example.test"),
            &name("www.example.test"),
            t::A,
            1,
            300,
            &[vec![192, 0, 2, 1], vec![192, 0, 2, 2]],
            inception,
            expiration,
        );
        let w = world_with(specs, |z| {
            let ex = zone_mut(z, "example.test.");
            strip_sigs(ex, "www.example.test.", t::A);
            ex.records.push(super::super::memory::record(&name("www.example.test"), t::RRSIG, 300, rd));
        });
        let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
        assert_eq!(r.result, want, "{}", stderr(&r, true, true));
        let err = stderr(&r, false, false);
        assert!(
            err.contains(&format!("verify failed due to bad signature (keyid={}): {}", specs_tag(&w, "example.test."), want.text())),
            "{err}"
        );
    }
    // The whole zone expired: its key set fails, the answer's chain breaks.
    let mut specs = std_specs(13, 13, 13);
    specs[2].inception = super::NOW - 7200;
    specs[2].expiration = super::NOW - 3600;
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.result, BindResult::BrokenChain);
}

/// The ZSK tag of a served zone (the key whose flags are 256).
fn specs_tag(w: &super::sign::World, origin: &str) -> u16 {
    let o = name(origin);
    let z = w.fetch.zones.iter().find(|z| z.origin.eq_ignore_case(&o)).unwrap();
    let k = z.records.iter().find(|r| r.rtype == t::DNSKEY && r.rdata[..2] == [1, 0]).unwrap();
    super::super::crypto::key_tag(&k.rdata)
}

#[test]
fn nsec_denial() {
    let w = world(std_specs(13, 13, 13));
    let r = run(&w.fetch, Some(&w.anchors), opts(), "nosuch.example.test", t::A);
    assert_eq!(r.result, BindResult::NcacheNxdomain, "{}", stderr(&r, true, true));
    assert_eq!(r.verdict(), Verdict::Secure);
    assert!(said(&r, "nonexistence proof(s) found") && said(&r, "in checkwildcard: *.example.test"));
    let AnswerSet::Negative(n) = &r.answers[0].sets[0] else { panic!() };
    assert!(n.nxdomain && n.covers == t::ANY && n.trust == Trust::Secure && n.ttl == 300);
    assert!(n.proofs.iter().any(|s| s.rtype == t::SOA) && n.proofs.iter().any(|s| s.rtype == t::NSEC));
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::MX);
    assert_eq!(r.result, BindResult::NcacheNxrrset);
    assert_eq!(r.verdict(), Verdict::Secure);
    assert!(said(&r, "nsec proves name exists (owner) data=0"));
}

#[test]
fn nsec3_denial() {
    for optout in [false, true] {
        let mut specs = std_specs(13, 13, 13);
        specs[2].denial = Denial::Nsec3 { iterations: 10, salt: vec![1, 2, 3, 4], optout };
        specs[2].a("a.b.c", [192, 0, 2, 9]);
        let w = world(specs);
        let r = run(&w.fetch, Some(&w.anchors), opts(), "nosuch.example.test", t::A);
        assert_eq!(r.result, BindResult::NcacheNxdomain, "{}", stderr(&r, true, true));
        assert_eq!(r.verdict(), Verdict::Secure);
        assert!(said(&r, "NSEC3 indicates potential closest encloser: 'example.test'"));
        assert!(said(&r, if optout { "NSEC3 indicates optout" } else { "NSEC3 indicates secure range" }));
        let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::MX);
        assert_eq!((r.result, r.verdict()), (BindResult::NcacheNxrrset, Verdict::Secure), "{}", stderr(&r, true, true));
        assert!(said(&r, "NSEC3 proves name exists (owner) data=0"));
        // An empty non-terminal has an NSEC3 of its own.
        let r = run(&w.fetch, Some(&w.anchors), opts(), "b.c.example.test", t::A);
        assert_eq!((r.result, r.verdict()), (BindResult::NcacheNxrrset, Verdict::Secure), "{}", stderr(&r, true, true));
    }
}

#[test]
fn nsec3_with_too_many_iterations_is_insecure() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].denial = Denial::Nsec3 { iterations: 151, salt: vec![], optout: false };
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "nosuch.example.test", t::A);
    assert_eq!(r.result, BindResult::NcacheNxdomain);
    assert!(said(&r, "validate_nx: too many iterations"), "{}", stderr(&r, true, true));
    // Not proven: the negative entry's trust is capped at `answer`.
    assert_eq!(r.answers[0].sets[0].trust(), Trust::Answer);
}

#[test]
fn wildcard_answers_need_their_noqname_proof() {
    for denial in [Denial::Nsec, Denial::Nsec3 { iterations: 1, salt: vec![], optout: false }] {
        let mut specs = std_specs(13, 13, 13);
        specs[2].denial = denial;
        specs[2].a("*.w", [192, 0, 2, 7]);
        let w = world(specs);
        let r = run(&w.fetch, Some(&w.anchors), opts(), "a.w.example.test", t::A);
        assert_eq!(r.verdict(), Verdict::Secure, "{}", stderr(&r, true, true));
        assert!(said(&r, "verify rdataset (keyid=") && said(&r, "from wildcard"));
        assert!(said(&r, "marking as secure, noqname proof found"));
        assert_eq!(r.answers[0].owner.to_text(true), "a.w.example.test");
        // The same answer without its proof.
        let mut w = w;
        let reply = w.fetch.reply_bytes(&name("a.w.example.test"), t::A, true).unwrap();
        let m = crate::wire::message::parse(&reply).unwrap();
        w.fetch.set_override(
            &name("a.w.example.test"),
            t::A,
            super::super::memory::Override::Records { answer: m.answer.clone(), authority: Vec::new(), nxdomain: false },
        );
        let r = run(&w.fetch, Some(&w.anchors), opts(), "a.w.example.test", t::A);
        assert_eq!(r.result, BindResult::NoValidNsec, "{}", stderr(&r, true, true));
        assert!(said(&r, "noqname proof not found"));
    }
}

#[test]
fn cname_from_a_signed_zone_into_an_unsigned_one() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].cname("alias", "host.plain.test.");
    let mut plain = ZoneSpec::unsigned("plain.test.");
    plain.a("host", [198, 51, 100, 1]);
    specs.push(plain);
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "alias.example.test", t::A);
    assert_eq!(r.result, BindResult::Success, "{}", stderr(&r, true, true));
    assert_eq!(r.verdict(), Verdict::Insecure);
    let owners: Vec<(String, u16, Trust)> = r
        .answers
        .iter()
        .flat_map(|a| a.sets.iter().map(|s| (a.owner.to_text(true), if let AnswerSet::Records(x) = s { x.rtype } else { 0 }, s.trust())))
        .collect();
    assert_eq!(
        owners,
        [
            ("alias.example.test".into(), t::CNAME, Trust::Secure),
            ("alias.example.test".into(), t::RRSIG, Trust::Secure),
            ("host.plain.test".into(), t::A, Trust::Answer),
        ]
    );
    assert!(said(&r, "validating alias.example.test/CNAME: marking as secure"));
}

#[test]
fn dname_chain() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].add("d", t::DNAME, name("other.test.").to_wire());
    let mut other = ZoneSpec::new("other.test.", 15);
    other.a("x", [192, 0, 2, 50]);
    specs.push(other);
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "x.d.example.test", t::A);
    assert_eq!(r.verdict(), Verdict::Secure, "{}", stderr(&r, true, true));
    assert_eq!(r.answers.len(), 2);
    assert_eq!(r.answers[0].owner.to_text(true), "x.d.example.test");
    assert_eq!(records(&r, 0, 0).rtype, t::DNAME);
    assert_eq!(r.answers[1].owner.to_text(true), "x.other.test");
    assert!(said(&r, "validating d.example.test/DNAME: marking as secure"));
}

#[test]
fn unsupported_algorithm_is_insecure() {
    let mut specs = std_specs(13, 13, 13);
    specs[2].ksk = vec![Key::fake(16, 257)];
    specs[2].zsk = vec![Key::fake(16, 256)];
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.verdict(), Verdict::Insecure, "{}", stderr(&r, true, true));
    assert!(said(&r, "falling back to insecurity proof"));
    assert!(said(&r, "no supported algorithm/digest (example.test/DS)"));
    assert!(said(&r, "marking as answer (proveunsecure (2))"));
    // The key set of such a zone: `no supported algorithm/digest (DS)`.
    let r = run(&w.fetch, Some(&w.anchors), opts(), "example.test", t::DNSKEY);
    assert_eq!(r.verdict(), Verdict::Insecure);
    assert!(said(&r, "marking as answer (validate_dnskey (3))"));
}

#[test]
fn unsupported_digest_is_insecure() {
    let mut specs = std_specs(13, 13, 13);
    let mut ds = specs[2].ds()[0].clone();
    ds[3] = 3; // GOST
    specs[2].parent_ds = Some(vec![ds]);
    let w = world(specs);
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert_eq!(r.verdict(), Verdict::Insecure, "{}", stderr(&r, true, true));
}

#[test]
fn validation_off() {
    let w = world(std_specs(13, 13, 13));
    let mut o = opts();
    o.validate = false;
    let r = run(&w.fetch, Some(&w.anchors), o, "www.example.test", t::A);
    assert_eq!(fetches(&r), ["www.example.test/A"]);
    assert_eq!(records(&r, 0, 0).trust, Trust::Answer);
    assert!(matches!(r.verdict(), Verdict::Indeterminate { result: BindResult::Success }));
    assert!(w.fetch.queries.borrow().iter().all(|q| !q.cd));
    let mut o = opts();
    o.validate = false;
    o.cdflag = true;
    run(&w.fetch, Some(&w.anchors), o, "www.example.test", t::A);
    assert!(w.fetch.queries.borrow().last().unwrap().cd);
}

#[test]
fn cd_bit_follows_cdflag_and_the_anchor() {
    let w = world(std_specs(13, 13, 13));
    let mut o = opts();
    o.cdflag = true;
    let r = run(&w.fetch, Some(&w.anchors), o, "www.example.test", t::A);
    assert_eq!(r.verdict(), Verdict::Secure);
    assert!(w.fetch.queries.borrow().iter().all(|q| q.cd));
    w.fetch.queries.borrow_mut().clear();
    run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::A);
    assert!(w.fetch.queries.borrow().iter().all(|q| !q.cd));
}

#[test]
fn bind_signed_rsa_zones() {
    // Zones signed by BIND's dnssec-signzone (RSASHA1, NSEC3RSASHA1,
    // RSASHA256, RSASHA512), with the trust anchor at rsa.test.
    for dir in ["RSASHA1", "NSEC3RSASHA1", "RSASHA256", "RSASHA512"] {
        let text = std::fs::read_to_string(super::fixture(&format!("bind-rsa/{dir}/signed"))).unwrap();
        let zone = super::super::memory::Zone::from_text(&text, "rsa.test.").unwrap();
        let dsset = std::fs::read_to_string(super::fixture(&format!("bind-rsa/{dir}/dsset"))).unwrap();
        let ds: Vec<Vec<u8>> = dsset
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                let i = f.iter().position(|x| *x == "DS")?;
                let mut rd = f[i + 1].parse::<u16>().ok()?.to_be_bytes().to_vec();
                rd.push(f[i + 2].parse().ok()?);
                rd.push(f[i + 3].parse().ok()?);
                rd.extend(data_encoding::HEXUPPER_PERMISSIVE.decode(f[i + 4..].concat().as_bytes()).ok()?);
                Some(rd)
            })
            .collect();
        let anchors = crate::config::anchors::TrustAnchors::from_ds(&name("rsa.test"), &ds);
        let fetch = super::super::memory::MemoryFetch::new(vec![zone]);
        let r = run(&fetch, Some(&anchors), opts(), "www.rsa.test", t::A);
        assert_eq!(r.verdict(), Verdict::Secure, "{dir}: {}", stderr(&r, true, true));
        let r = run(&fetch, Some(&anchors), opts(), "foo.wild.rsa.test", t::A);
        assert_eq!(r.verdict(), Verdict::Secure, "{dir} wildcard: {}", stderr(&r, true, true));
        let r = run(&fetch, Some(&anchors), opts(), "nosuch.rsa.test", t::A);
        assert_eq!((r.result, r.verdict()), (BindResult::NcacheNxdomain, Verdict::Secure), "{dir}: {}", stderr(&r, true, true));
    }
}

#[test]
fn type_any_validates_every_rdataset() {
    let w = world(std_specs(13, 13, 13));
    let r = run(&w.fetch, Some(&w.anchors), opts(), "www.example.test", t::ANY);
    assert_eq!(r.verdict(), Verdict::Secure, "{}", stderr(&r, true, true));
    let types: Vec<u16> = r.answers[0].sets.iter().map(|s| if let AnswerSet::Records(x) = s { x.rtype } else { 0 }).collect();
    assert_eq!(types.iter().filter(|t| **t == t::RRSIG).count(), types.len() / 2);
    assert!(types.contains(&t::A) && types.contains(&16) && types.contains(&t::NSEC));
    assert!(said(&r, "validating www.example.test/A: marking as secure") && said(&r, "validating www.example.test/TXT: marking as secure"));
}
