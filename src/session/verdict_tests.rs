//! `--validate` in the session: the trust anchors it loads and which it
//! picks, the questions it takes from a lookup's events, where the verdict
//! goes in a recorded unit, and the exit status. (Validation over real
//! sockets: tests/validate.rs.)

use std::time::SystemTime;

use super::*;
use crate::cli::opts::Own;
use crate::event::Received;
use crate::event::validation::Verdict;
use crate::event::validation::tests::name;
use crate::render::{Captured, dig::DigSink};

fn fixture(rel: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dnssec").join(rel)
}

/// A file of the test's own.
fn temp_file(tag: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("rlookup-verdict-{tag}-{}", std::process::id()));
    std::fs::write(&path, text).expect("writes");
    path
}

const RSA_TEST: &str = r#"trust-anchors {
	rsa.test. static-ds 19530 7 2 "1E5C232D20F444F00AF8894C6424C3DF35AAC4A15A98C7C781D41F4075241224";
};
"#;

#[test]
fn anchors_of_every_name() {
    let (ctx, log) = Context::load(false, Some(&fixture("lab/bind.keys"))).expect("the lab's key");
    assert!(log.is_empty(), "{log:?}");
    assert_eq!(ctx.anchors.len(), 1);
    assert_eq!(ctx.anchors_for(&name("www.secure.lab")).map(|a| a.name.to_text(false)), Some(".".into()));
    // The root's and rsa.test's: each name under its deepest anchor.
    let keys = std::fs::read_to_string(fixture("lab/bind.keys")).expect("keys") + RSA_TEST;
    let path = temp_file("two", &keys);
    let (ctx, _) = Context::load(true, Some(&path)).expect("two anchors");
    assert!(ctx.show_chain);
    assert_eq!(ctx.anchors_for(&name("www.RSA.test")).map(|a| a.name.to_text(false)), Some("rsa.test.".into()));
    assert_eq!(ctx.anchors_for(&name("rsa.test")).map(|a| a.name.to_text(false)), Some("rsa.test.".into()));
    assert_eq!(ctx.anchors_for(&name("test")).map(|a| a.name.to_text(false)), Some(".".into()));
    // rsa.test's alone: nothing above other names.
    let path = temp_file("rsa", RSA_TEST);
    let (ctx, _) = Context::load(false, Some(&path)).expect("one anchor");
    assert!(ctx.anchors_for(&name("www.secure.lab")).is_none());
    assert!(ctx.anchors_for(&name("x.rsa.test")).is_some());
    // delv's messages for a file it cannot use.
    assert_eq!(Context::load(false, Some(std::path::Path::new("/nonexistent/k"))).unwrap_err(), "Unable to read key file '/nonexistent/k'");
    let path = temp_file("bad", "trust-anchors { . static-key 257 3 13 \"!!\"; };\n");
    let err = Context::load(false, Some(&path)).unwrap_err();
    assert!(err.contains("failed to add trusted key") || err.contains("setup_dnsseckeys"), "{err}");
    let path = temp_file("empty", "trust-anchors { };\n");
    assert_eq!(Context::load(false, Some(&path)).unwrap_err(), "No trusted keys were loaded");
}

#[test]
fn setup_says_what_does_not_go_together() {
    use crate::plan::{Dialect, Validate};
    let own = |validate: Option<Validate>, anchors: Option<&str>, compare: bool| Own {
        validate,
        anchors: anchors.map(std::path::PathBuf::from),
        compare,
        ..Own::default()
    };
    assert!(setup(&own(None, None, false), Dialect::Dig).expect("nothing to set up").0.is_none());
    let keys = fixture("lab/bind.keys").display().to_string();
    let (ctx, _) = setup(&own(Some(Validate::Chain), Some(&keys), false), Dialect::Nslookup).expect("set up");
    assert!(ctx.expect("a context").show_chain);
    let err = |o: Own, d: Dialect| setup(&o, d).map(|_| ()).unwrap_err();
    assert!(err(own(Some(Validate::Verdict), None, false), Dialect::Delv).contains("delv always validates"));
    assert!(err(own(Some(Validate::Verdict), None, true), Dialect::Dig).contains("--compare"));
    assert!(err(own(None, Some(&keys), false), Dialect::Dig).contains("--anchors is for --validate"));
    assert_eq!(
        err(own(Some(Validate::Verdict), Some("/nonexistent/k"), false), Dialect::Dig),
        "rlookup: --validate: Unable to read key file '/nonexistent/k'"
    );
}

/// The events of a lookup answered over `protocol`.
fn answered(protocol: Protocol, tweak: impl Fn(&mut crate::event::Reply)) -> Vec<Event> {
    let bytes = crate::event::validation::tests::lab().reply_bytes(&name("www.secure.lab"), 1, false).expect("a reply");
    let mut r = (*crate::event::compare::tests::reply(53, bytes, 1)).clone();
    r.response.protocol = protocol;
    tweak(&mut r);
    let r = Arc::new(r);
    vec![
        Event::Reply(r.clone()),
        Event::Received(Received { reply: r, tcp: protocol == Protocol::Tcp, xfr: None, at: SystemTime::UNIX_EPOCH }),
        Event::LookupDone,
    ]
}

#[test]
fn questions_are_the_answered_lookups() {
    let events = answered(Protocol::Udp, |_| {});
    let r = Request::of(&events[1]).expect("the answer's question");
    assert_eq!((r.qname.to_text(false), r.qtype, r.qclass, r.protocol), ("www.secure.lab.".into(), 1, 1, Protocol::Udp));
    assert_eq!(r.server, "127.0.0.53:53".parse().unwrap());
    assert_eq!(r.tries, 3);
    assert!(Request::of(&events[0]).is_none() && Request::of(&events[2]).is_none());
    let no_question = |tweak: fn(&mut crate::event::Reply)| Request::of(&answered(Protocol::Udp, tweak)[1]).is_none();
    assert!(no_question(|r| Arc::make_mut(&mut r.lookup).trace = true));
    assert!(no_question(|r| Arc::make_mut(&mut r.lookup).ns_search_only = true));
    assert!(no_question(|r| r.xfr = Some(crate::event::XfrCounts::default())));
}

fn ctx() -> Arc<Context> {
    Arc::new(Context::load(false, Some(&fixture("lab/bind.keys"))).expect("the lab's key").0)
}

fn block_on<F: Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(f)
}

#[test]
fn what_is_not_validated_says_why() {
    let settings = Settings::default();
    let tls = Request::of(&answered(Protocol::Tls, |_| {})[1]).expect("a question");
    let c = block_on(check(&ctx(), &tls, &settings));
    assert_eq!(c.verdict, Verdict::Indeterminate("the validator asks over UDP and TCP only, and the lookup went over TLS".into()));
    assert_eq!(c.server, "127.0.0.53#53");
    let mut ch = Request::of(&answered(Protocol::Udp, |_| {})[1]).expect("a question");
    ch.qclass = 3;
    assert_eq!(block_on(check(&ctx(), &ch, &settings)).verdict, Verdict::Indeterminate("only class IN is validated".into()));
}

#[test]
fn the_verdict_closes_the_recorded_unit() {
    let settings = Settings::default();
    let unit = |events: Vec<Event>| async move { Recorded::events(events) };
    // Before the unit's closing events.
    let mut events = answered(Protocol::Https, |_| {});
    events.push(Event::CommandDone);
    let rec = block_on(recorded(unit(events.clone()), Some(ctx()), settings.clone()));
    assert_eq!(rec.events.len(), 5);
    let Event::Validation(v) = &rec.events[2] else { panic!("{:?}", rec.events[2]) };
    assert_eq!(v.checks.len(), 1);
    assert!(matches!(rec.events[3], Event::LookupDone) && matches!(rec.events[4], Event::CommandDone));
    // Nothing to do: no --validate, no answer, a unit that ended the run.
    assert_eq!(block_on(recorded(unit(events.clone()), None, settings.clone())).events.len(), 4);
    assert_eq!(block_on(recorded(unit(vec![Event::LookupDone]), Some(ctx()), settings.clone())).events.len(), 1);
    let ended = async { Recorded { events: answered(Protocol::Https, |_| {}), end: Some(Error::Exit(1)), ..Recorded::default() } };
    assert_eq!(block_on(recorded(ended, Some(ctx()), settings)).events.len(), 3);
}

#[test]
fn a_collector_validates_what_it_saw() {
    let settings = Settings::default();
    let mut c = Collector::new(ctx());
    assert!(block_on(c.finish(&settings)).is_none());
    for e in answered(Protocol::Quic, |_| {}) {
        c.see(&e);
    }
    c.clear();
    assert!(block_on(c.finish(&settings)).is_none());
    for e in answered(Protocol::Quic, |_| {}).iter().chain(&answered(Protocol::H3, |_| {})) {
        c.see(e);
    }
    let Some(Event::Validation(v)) = block_on(c.finish(&settings)) else { panic!("a verdict") };
    assert_eq!(v.checks.len(), 2);
    assert!(block_on(c.finish(&settings)).is_none(), "each question once");
    // The same answer reported twice (an NXDOMAIN at the end of the
    // search list) is validated once.
    let events = answered(Protocol::Quic, |_| {});
    for e in events.iter().chain(&events[1..2]) {
        c.see(e);
    }
    let Some(Event::Validation(v)) = block_on(c.finish(&settings)) else { panic!("a verdict") };
    assert_eq!(v.checks.len(), 1);
}

#[test]
fn bogus_exits_12() {
    let mut live = Live::new(
        Box::new(DigSink::new(crate::render::servers::Look { palette: crate::render::style::Palette::OFF, unicode: false, width: None })),
        Box::new(Captured::default()),
    );
    assert_eq!(exit_status((9, None), &live).0, 9);
    let check = |v: Verdict| crate::event::validation::Check {
        verdict: v,
        ..crate::event::validation::Check::not_validated(name("x"), 1, String::new(), "")
    };
    let event = |v: Verdict| Event::Validation(Arc::new(Validation { checks: vec![check(v)], show_chain: false }));
    live.show(&event(Verdict::Indeterminate("t".into()))).expect("shows");
    assert_eq!(exit_status((1, None), &live).0, 1);
    live.show(&event(Verdict::Bogus("b".into()))).expect("shows");
    live.show(&event(Verdict::Secure)).expect("shows");
    assert_eq!(exit_status((0, None), &live).0, BOGUS);
    assert_eq!(exit_status((9, None), &live).0, BOGUS);
    // An error that ended the run keeps its status.
    let (code, err) = exit_status((10, Some(Error::Exit(10))), &live);
    assert_eq!((code, err.is_some()), (10, true));
}
