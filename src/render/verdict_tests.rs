//! `--validate`'s text in every sink: the verdict line's forms, the chain
//! view of the lab's secure, insecure and bogus answers, and the sinks
//! that hold a lookup's output for its verdict (JSON's member, the
//! table's column).

use std::sync::Arc;
use std::time::SystemTime;

use super::*;
use crate::event::validation::Verdict;
use crate::event::validation::tests::{lab, lab_check, name};
use crate::event::{Event, Received};
use crate::render::style::Palette;
use crate::render::{Captured, Sink, Stream};

const A: u16 = 1;

fn validation(checks: Vec<Check>, show_chain: bool) -> Validation {
    Validation { checks, show_chain }
}

fn text(f: impl Fn(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    f(&mut out).expect("writes");
    String::from_utf8(out).expect("text")
}

#[test]
fn verdict_lines() {
    let secure = validation(vec![lab_check("www.secure.lab", A)], false);
    assert_eq!(text(|w| dig(w, &secure, false)), ";; VALIDATION: secure\n");
    assert_eq!(text(|w| dig(w, &secure, true)), ";; VALIDATION: secure\n\n");
    assert_eq!(text(|w| nslookup(w, &secure)), "Validation: secure\n");
    assert_eq!(text(|w| dig_yaml(w, &secure)), "- type: VALIDATION\n  verdict: secure\n");
    let bogus = validation(vec![lab_check("www.bogus.lab", A)], false);
    let why = "broken trust chain: validating bogus.lab/DNSKEY: no valid signature found (DS)";
    assert_eq!(text(|w| dig(w, &bogus, false)), format!(";; VALIDATION: bogus ({why})\n"));
    assert_eq!(text(|w| nslookup(w, &bogus)), format!("Validation: bogus ({why})\n"));
    assert_eq!(text(|w| dig_yaml(w, &bogus)), format!("- type: VALIDATION\n  verdict: bogus\n  reason: '{why}'\n"));
    let mut odd = lab_check("www.secure.lab", A);
    odd.verdict = Verdict::Indeterminate("it's 'quoted'".into());
    assert_eq!(
        text(|w| dig_yaml(w, &validation(vec![odd.clone()], false))),
        "- type: VALIDATION\n  verdict: indeterminate\n  reason: 'it''s ''quoted'''\n"
    );
    assert_eq!(text(|w| table_footer(w, &odd, false)), ";; VALIDATION: indeterminate (it's 'quoted')\n");
}

#[test]
fn chain_of_a_secure_answer() {
    let v = validation(vec![lab_check("www.secure.lab", A)], true);
    assert_eq!(
        text(|w| dig(w, &v, true)),
        ";; VALIDATION: secure
;; CHAIN OF TRUST for www.secure.lab. A:
;; . DNSKEY 14317 (alg 13, ZSK) 7650 (alg 13, KSK) [trust anchor]
;; . DNSKEY RRSIG 7650 alg 13 by .: ok
;; lab. DS RRSIG 14317 alg 13 by .: ok
;; lab. DS 28671 alg 13 digest 2 -> DNSKEY 28671 (alg 13, KSK): ok
;; lab. DNSKEY 52699 (alg 13, ZSK) 28671 (alg 13, KSK)
;; lab. DNSKEY RRSIG 28671 alg 13 by lab.: ok
;; secure.lab. DS RRSIG 52699 alg 13 by lab.: ok
;; secure.lab. DS 58915 alg 13 digest 2 -> DNSKEY 58915 (alg 13, KSK): ok
;; secure.lab. DNSKEY 54365 (alg 13, ZSK) 58915 (alg 13, KSK)
;; secure.lab. DNSKEY RRSIG 58915 alg 13 by secure.lab.: ok
;; www.secure.lab. A RRSIG 54365 alg 13 by secure.lab.: ok

"
    );
}

#[test]
fn chain_of_insecure_and_bogus_answers() {
    let v = validation(vec![lab_check("concordia.ca", A)], true);
    let out = text(|w| nslookup(w, &v));
    assert!(
        out.starts_with(
            "Validation: insecure\nChain of trust for concordia.ca. A:\n  . DNSKEY 14317 (alg 13, ZSK) 7650 (alg 13, KSK) [trust anchor]\n"
        ),
        "{out}"
    );
    assert!(out.contains("\n  ca. DS none: insecure delegation (proven)\n"), "{out}");
    assert!(out.ends_with("\n  concordia.ca. A: insecure (unsigned)\n"), "{out}");
    let v = validation(vec![lab_check("www.bogus.lab", A)], true);
    let out = text(|w| dig(w, &v, false));
    assert!(
        out.ends_with(
            ";; bogus.lab. DS RRSIG 52699 alg 13 by lab.: ok
;; bogus.lab. DNSKEY: FAILED (no DNSKEY matching DS 23038 13 2)
;; bogus.lab. DNSKEY: FAILED (no valid signature found (DS))
"
        ),
        "{out}"
    );
    // Denials are links too.
    let v = validation(vec![lab_check("nosuch.secure.lab", A)], true);
    assert!(text(|w| dig(w, &v, false)).contains(";; nosuch.secure.lab. A: nonexistence proven\n"));
    // Nothing validated: said so.
    let c = Check::not_validated(name("x.lab"), A, "127.0.0.1#853".into(), "over TLS");
    assert_eq!(chain_lines(&c), ["(no link validated)"]);
    // The nslookup pair: one line, then each question's chain.
    let v = validation(vec![lab_check("www.secure.lab", A), lab_check("www.secure.lab", 28)], true);
    let out = text(|w| nslookup(w, &v));
    assert!(out.starts_with("Validation: secure\nChain of trust for www.secure.lab. A:\n"));
    assert!(out.contains("\nChain of trust for www.secure.lab. AAAA:\n"));
    assert!(out.ends_with("  www.secure.lab. AAAA RRSIG 54365 alg 13 by secure.lab.: ok\n"), "{out}");
}

#[test]
fn key_roles() {
    assert_eq!(key_text(&KeyInfo { tag: 1, algorithm: 8, flags: 257 }), "1 (alg 8, KSK)");
    assert_eq!(key_text(&KeyInfo { tag: 2, algorithm: 13, flags: 256 }), "2 (alg 13, ZSK)");
    assert_eq!(key_text(&KeyInfo { tag: 3, algorithm: 13, flags: 385 }), "3 (alg 13, KSK, revoked)");
}

/// A lookup's events as the engine emits them for `qname`/`qtype` in the
/// lab: the reply, taken as the answer, the end of the lookup.
fn lookup_events(qname: &str, qtype: u16) -> Vec<Event> {
    let bytes = lab().reply_bytes(&name(qname), qtype, false).expect("a reply");
    let r = crate::event::compare::tests::reply(53, bytes, 1);
    vec![
        Event::Reply(r.clone()),
        Event::Received(Received { reply: r, tcp: false, xfr: None, at: SystemTime::UNIX_EPOCH }),
        Event::LookupDone,
    ]
}

fn run(sink: &mut dyn Sink, events: &[Event]) -> String {
    let mut out = Captured::default();
    for e in events {
        sink.event(e, &mut out).expect("prints");
    }
    sink.finish(&mut out).expect("finishes");
    out.text(Stream::Out)
}

fn look() -> crate::render::servers::Look {
    crate::render::servers::Look { palette: Palette::OFF, unicode: false, width: None }
}

/// dig's events for a validated lookup: the verdict before its end.
fn validated(qname: &str, qtype: u16, show_chain: bool) -> Vec<Event> {
    let mut events = lookup_events(qname, qtype);
    let v = validation(vec![lab_check(qname, qtype)], show_chain);
    events.insert(2, Event::Validation(Arc::new(v)));
    events
}

#[test]
fn dig_sink_after_the_statistics() {
    let out = run(&mut crate::render::dig::DigSink::new(look()), &validated("www.secure.lab", A, false));
    assert!(out.contains("\n;; MSG SIZE  rcvd: "), "{out}");
    assert!(out.ends_with("\n\n;; VALIDATION: secure\n\n"), "{out}");
}

#[test]
fn json_sink_puts_the_verdict_in_the_document() {
    // JSON Lines, a document a line (--json's array framing has its own tests).
    let json = || crate::render::json::JsonSink::new(serde_json::Map::new(), look()).lines(true).holding(true);
    let out = run(&mut json(), &validated("www.bogus.lab", A, false));
    let docs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(docs.len(), 1, "{out}");
    let v = &docs[0]["rlookup"]["validation"];
    assert_eq!(v["verdict"], "bogus");
    assert_eq!(v["reason"], "broken trust chain: validating bogus.lab/DNSKEY: no valid signature found (DS)");
    assert_eq!(v["server"], "127.0.0.53#53");
    assert_eq!(v["chain"][0]["zone"], ".");
    assert_eq!(v["chain"][0]["trustAnchor"], true);
    assert_eq!(v["chain"][2]["failures"][0]["type"], "DNSKEY");
    assert_eq!(docs[0]["RCODE"], 2);
    // Secure: no reason; documents not validated are written as they are.
    let mut events = validated("www.secure.lab", A, false);
    events.extend(lookup_events("concordia.ca", A));
    let out = run(&mut json(), &events);
    let docs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["rlookup"]["validation"]["verdict"], "secure");
    assert!(docs[0]["rlookup"]["validation"].get("reason").is_none());
    assert!(docs[1]["rlookup"].get("validation").is_none());
    assert_eq!(docs[1]["QNAME"], "concordia.ca.");
    // Without holding, the verdict is a document of its own.
    let out =
        run(&mut crate::render::json::JsonSink::new(serde_json::Map::new(), look()).lines(true), &validated("www.secure.lab", A, false));
    let docs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["rlookup"]["question"]["name"], "www.secure.lab.");
    assert_eq!(docs[1]["rlookup"]["validation"]["verdict"], "secure");
}

#[test]
fn table_sink_has_a_validation_column() {
    let mut table = crate::render::table::TableSink {
        text: crate::render::dig::DigSink::new(look()),
        sections: crate::plan::TableSections { answer: true, authority: false, additional: false },
        palette: Palette::OFF,
        layout: crate::render::table::Layout { width: None, unicode: false },
        note: None,
        held: Some(Vec::new()),
        pending_a: None,
    };
    let out = run(&mut table, &validated("www.secure.lab", A, true));
    assert!(out.contains("| NAME            | TTL | CLASS | TYPE  | VALIDATION | DATA "), "{out}");
    assert!(out.contains("| www.secure.lab. | 300 | IN    | A     | secure     | 192.0.2.80 "), "{out}");
    assert!(out.contains("| www.secure.lab. | 300 | IN    | RRSIG | secure     | A 13 3 300 "), "{out}");
    assert!(out.contains("+\n;; VALIDATION: secure\n;; CHAIN OF TRUST for www.secure.lab. A:\n;; . DNSKEY "), "{out}");
    assert!(out.ends_with("by secure.lab.: ok\n\n"), "{out}");
    // A reply whose verdict never comes is drawn as usual at the end.
    table.held = Some(Vec::new());
    let out = run(&mut table, &lookup_events("www.secure.lab", A));
    assert!(out.contains("| NAME            | TTL | CLASS | TYPE  | DATA "), "{out}");
}

#[test]
fn nslookup_and_windows_sinks_print_the_line() {
    let v = Event::Validation(Arc::new(validation(vec![lab_check("concordia.ca", A)], false)));
    let out = run(&mut crate::render::nslookup::NslookupSink::new(look()), std::slice::from_ref(&v));
    assert_eq!(out, "Validation: insecure\n");
    let out = run(&mut crate::render::windows::WindowsSink::default(), std::slice::from_ref(&v));
    assert_eq!(out, "Validation: insecure\n");
    // delv's sink has no use for it.
    assert_eq!(run(&mut crate::render::delv::DelvSink::default(), &[v]), "");
}

#[test]
fn colors_follow_the_verdict() {
    use crate::plan::Dialect;
    use crate::render::style::{color_line, strip_ansi};
    let on = Palette { enabled: true };
    for (dialect, line) in [
        (Dialect::Dig, ";; VALIDATION: secure"),
        (Dialect::Dig, ";; VALIDATION: bogus (broken trust chain)"),
        (Dialect::Nslookup, "Validation: insecure"),
        (Dialect::Dig, ";; bogus.lab. DNSKEY: FAILED (no valid signature found (DS))"),
    ] {
        let colored = color_line(dialect, &on, line);
        assert_ne!(colored, line);
        assert_eq!(strip_ansi(&colored), line);
    }
    use crate::render::style::Role;
    assert!(color_line(Dialect::Dig, &on, ";; VALIDATION: bogus (x)").ends_with(&on.paint(Role::Error, "bogus (x)")));
    assert!(color_line(Dialect::Nslookup, &on, "Validation: secure").ends_with(&on.paint(Role::RcodeOk, "secure")));
}
