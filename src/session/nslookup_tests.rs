//! Unit tests of the nslookup session: reverse names, settings from
//! resolv.conf, and the CNAME chase that names the AAAA follow-up.

use super::*;

#[test]
fn reverse_names() {
    assert_eq!(reverse_name("132.205.244.185").as_deref(), Some("185.244.205.132.in-addr.arpa."));
    assert_eq!(
        reverse_name("2607:f8b0:400b:80f::2003").as_deref(),
        Some("3.0.0.2.0.0.0.0.0.0.0.0.0.0.0.0.f.0.8.0.b.0.0.4.0.b.8.f.7.0.6.2.ip6.arpa")
    );
    assert_eq!(reverse_name("www.mit.edu"), None);
    assert_eq!(reverse_name("1.2.3"), None);
}

#[test]
fn settings_follow_resolv_conf() {
    let rc = ResolvConf::parse(b"nameserver 127.0.0.53\nsearch .\noptions attempts:0\n").unwrap();
    let s = settings_from(&rc);
    assert_eq!(*s.servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
    assert_eq!(s.tries, 3);
    assert!(s.usesearch && s.check_ra);
    assert_eq!(s.search, vec!["."]);
}

/// An answer record of `owner`, type `rtype`, with this RDATA.
fn record(owner: &str, rtype: u16, rdata: Vec<u8>) -> crate::wire::Record {
    crate::wire::Record {
        name: Name::from_text(owner, None).unwrap(),
        rtype,
        class: 1,
        ttl: 300,
        rdata_len: rdata.len(),
        rdata,
        offset: 0,
        rdata_offset: 0,
        update_meta: false,
    }
}

fn cname(owner: &str, target: &str) -> crate::wire::Record {
    record(owner, CNAME, Name::from_text(target, None).unwrap().to_wire())
}

fn a(owner: &str) -> crate::wire::Record {
    record(owner, 1, vec![192, 0, 2, 1])
}

#[test]
fn cname_chain_is_followed_to_its_end() {
    let x = Name::from_text("x.test.", None).unwrap();
    let answer = [cname("x.test.", "y.test."), cname("Y.test.", "z.test."), a("z.test.")];
    assert_eq!(chase_cname_chain(&answer, &x).to_text(false), "z.test.");
    // At most as many steps as there are answer records.
    let looped = [cname("x.test.", "y.test."), cname("y.test.", "x.test.")];
    assert_eq!(chase_cname_chain(&looped, &x).to_text(false), "x.test.");
}

/// dighost keeps each record as a name of its own (PRESERVEORDER) and
/// findname() takes the last one owned by the name: a CNAME followed by
/// other data at that name does not move the chase (BIND's nslookup then
/// asks AAAA for the name itself); a CNAME last among them does.
#[test]
fn cname_chain_stops_when_the_names_last_record_is_not_a_cname() {
    let x = Name::from_text("x.test.", None).unwrap();
    let mixed = [cname("x.test.", "y.test."), a("x.test."), record("x.test.", 16, b"\x02hi".to_vec())];
    assert_eq!(chase_cname_chain(&mixed, &x).to_text(false), "x.test.");
    let cname_last = [a("x.test."), cname("x.test.", "y.test.")];
    assert_eq!(chase_cname_chain(&cname_last, &x).to_text(false), "y.test.");
    // Two CNAMEs at the name: the last.
    let two = [cname("x.test.", "y.test."), cname("X.test.", "z.test.")];
    assert_eq!(chase_cname_chain(&two, &x).to_text(false), "z.test.");
}
