//! Tests of nslookup's grammar (nslookup.rs): `set` options and their
//! spellings, commands, and the command line.

use super::*;
use SetOption as S;

#[test]
fn all() {
    assert_eq!(parse_set_option("all"), S::All);
    assert_eq!(parse_set_option("ALL"), S::All);
    assert_eq!(parse_set_option("al"), S::Invalid("al".into()));
}

#[test]
fn type_and_its_spellings() {
    for p in ["type=", "ty=", "querytype=", "query=", "qu=", "q=", "TYPE=", "Q="] {
        assert_eq!(parse_set_option(&format!("{p}mx")), S::Type(Ok("mx".into())), "{p}");
    }
    assert_eq!(parse_set_option("type=TYPE65534"), S::Type(Ok("TYPE65534".into())));
    assert_eq!(parse_set_option("type=foo"), S::Type(Err("unknown query type: foo".into())));
}

#[test]
fn class() {
    assert_eq!(parse_set_option("class=CH"), S::Class(Ok("CH".into())));
    assert_eq!(parse_set_option("cl=in"), S::Class(Ok("in".into())));
    assert_eq!(parse_set_option("class=XX"), S::Class(Err("unknown query class: XX".into())));
}

#[test]
fn domain() {
    assert_eq!(parse_set_option("domain=edge.lab"), S::Domain("edge.lab".into()));
    assert_eq!(parse_set_option("do=edge.lab"), S::Domain("edge.lab".into()));
}

#[test]
fn port() {
    assert_eq!(parse_set_option("port=5353"), S::Port(Ok(5353)));
    assert_eq!(parse_set_option("po=53"), S::Port(Ok(53)));
    assert_eq!(parse_set_option("port=99999"), S::Port(Err("invalid port '99999': out of range".into())));
    assert_eq!(parse_set_option("port=x"), S::Port(Err("invalid port 'x': not a valid number".into())));
    assert_eq!(parse_set_option("port="), S::Port(Err("invalid port '': not a valid number".into())));
}

#[test]
fn timeout() {
    assert_eq!(parse_set_option("timeout=1"), S::Timeout(Ok(1)));
    assert_eq!(parse_set_option("t=2"), S::Timeout(Ok(2)));
    assert_eq!(parse_set_option("timeout=abc"), S::Timeout(Err("invalid timeout 'abc': not a valid number".into())));
    assert_eq!(parse_set_option("t=-1"), S::Timeout(Err("invalid timeout '-1': not a valid number".into())));
    assert_eq!(parse_set_option("t=4294967296"), S::Timeout(Err("invalid timeout '4294967296': out of range".into())));
}

#[test]
fn retry() {
    assert_eq!(parse_set_option("retry=1"), S::Retry(Ok(1)));
    assert_eq!(parse_set_option("ret=4"), S::Retry(Ok(4)));
    assert_eq!(parse_set_option("retry=2147483648"), S::Retry(Err("invalid tries '2147483648': out of range".into())));
}

#[test]
fn ndots() {
    assert_eq!(parse_set_option("ndots=2"), S::Ndots(Ok(2)));
    assert_eq!(parse_set_option("ndots=129"), S::Ndots(Err("invalid ndots '129': out of range".into())));
}

#[test]
fn recurse() {
    assert_eq!(parse_set_option("rec"), S::Recurse(true));
    assert_eq!(parse_set_option("recurse"), S::Recurse(true));
    assert_eq!(parse_set_option("norec"), S::Recurse(false));
    assert_eq!(parse_set_option("norecurse"), S::Recurse(false));
    assert_eq!(parse_set_option("re"), S::Invalid("re".into()));
    assert_eq!(parse_set_option("recursex"), S::Invalid("recursex".into()));
}

#[test]
fn defname() {
    assert_eq!(parse_set_option("def"), S::Defname(true));
    assert_eq!(parse_set_option("nodef"), S::Defname(false));
}

#[test]
fn vc() {
    assert_eq!(parse_set_option("vc"), S::Vc(true));
    assert_eq!(parse_set_option("novc"), S::Vc(false));
    assert_eq!(parse_set_option("nov"), S::Invalid("nov".into()));
}

#[test]
fn debug_and_d2() {
    assert_eq!(parse_set_option("debug"), S::Debug(true));
    assert_eq!(parse_set_option("deb"), S::Debug(true));
    assert_eq!(parse_set_option("nodeb"), S::Debug(false));
    assert_eq!(parse_set_option("d2"), S::D2(true));
    assert_eq!(parse_set_option("nod2"), S::D2(false));
    assert_eq!(parse_set_option("d"), S::Invalid("d".into()));
}

#[test]
fn search() {
    assert_eq!(parse_set_option("sea"), S::Search(true));
    assert_eq!(parse_set_option("nosearch"), S::Search(false));
}

#[test]
fn silent() {
    assert_eq!(parse_set_option("sil"), S::Silent);
    // CHECKOPT("sil", 3) accepts exactly "sil" (BIND prints
    // "*** Invalid option: silent").
    assert_eq!(parse_set_option("SIL"), S::Silent);
    assert_eq!(parse_set_option("silent"), S::Invalid("silent".into()));
}

#[test]
fn fail() {
    assert_eq!(parse_set_option("fail"), S::Fail(true));
    assert_eq!(parse_set_option("nofail"), S::Fail(false));
    assert_eq!(parse_set_option("nof"), S::Invalid("nof".into()));
}

#[test]
fn unknown_option() {
    assert_eq!(parse_set_option("bogus"), S::Invalid("bogus".into()));
    assert_eq!(parse_set_option("type"), S::Invalid("type".into()));
}

#[test]
fn command_line() {
    let inv = parse_args(&["-type=mx", "concordia.ca"]);
    assert_eq!(inv.steps, vec![Step::Set(S::Type(Ok("mx".into()))), Step::Lookup("concordia.ca".into())]);
    assert!(!inv.interactive);
    let inv = parse_args(&["www.aiit.or.kr", "bitsy.mit.edu"]);
    assert_eq!(inv.steps, vec![Step::Lookup("www.aiit.or.kr".into()), Step::Server("bitsy.mit.edu".into())]);
    let inv = parse_args(&["-", "bitsy.mit.edu"]);
    assert_eq!(inv.steps, vec![Step::Server("bitsy.mit.edu".into())]);
    assert!(inv.interactive);
    assert!(parse_args::<&str>(&[]).interactive);
    assert_eq!(parse_args(&["a", "b", "c"]).steps.last(), Some(&Step::Usage));
    assert_eq!(parse_args(&["-version"]).steps, vec![Step::Version]);
    assert_eq!(parse_args(&["-VER"]).steps, vec![Step::Version]);
}

#[test]
fn interactive_commands() {
    assert_eq!(parse_command("\n"), Command::Nothing);
    assert_eq!(parse_command("set type=mx\n"), Command::Set(S::Type(Ok("mx".into()))));
    assert_eq!(parse_command("set\n"), Command::Lookup("set".into()));
    assert_eq!(parse_command("server bitsy.mit.edu\n"), Command::Server(Some("bitsy.mit.edu".into())));
    assert_eq!(parse_command("LSERVER 127.0.0.1"), Command::Server(Some("127.0.0.1".into())));
    assert_eq!(parse_command("server"), Command::Server(None));
    assert_eq!(parse_command("exit"), Command::Exit);
    assert_eq!(parse_command("Help"), Command::NotYetImplemented("Help".into()));
    assert_eq!(parse_command("?"), Command::NotYetImplemented("?".into()));
    assert_eq!(parse_command("ls edge.lab"), Command::NotImplemented("ls".into()));
    assert_eq!(parse_command("www.ietf.org 127.0.10.1"), Command::Lookup("www.ietf.org".into()));
}

#[test]
fn parse_uint_like_isc() {
    assert_eq!(parse_uint("0", 10, "x"), Ok(0));
    assert!(parse_uint(" 1", 10, "x").is_err());
    assert!(parse_uint("1 ", 10, "x").is_err());
    assert!(parse_uint("0x1", 10, "x").is_err());
}
