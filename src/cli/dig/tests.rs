//! Tests of the state machine and parse_args() (mod.rs): the greeting,
//! type, class and name words, global and local options, `@server`, the
//! families.

use super::harness::*;
use super::*;
use crate::version::VERSION_TEXT;

// ---- the greeting (printgreeting()) ----

#[test]
fn greeting_text() {
    let l = one(&["@127.0.0.53", "localhost"]);
    assert_eq!(l.cmdline, greeting("@127.0.0.53 localhost", 1));
    assert_eq!(*l.servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
    // The server after the name: not counted yet when the name greets.
    let l = one(&["localhost", "@127.0.0.53"]);
    assert_eq!(l.cmdline, greeting("localhost @127.0.0.53", 0));
    assert_eq!(one(&["@two.lab", "x"]).cmdline, greeting("@two.lab x", 2));
    assert_eq!(
        one(&["+short", "+cmd", "x"]).cmdline,
        format!("\n; <<>> {VERSION_TEXT} <<>> +short +cmd x\n;; global options: +short +cmd\n")
    );
    assert_eq!(one(&["+short", "x"]).cmdline, "");
    assert_eq!(one(&["+nocmd", "x"]).cmdline, "");
    // Only the first lookup greets.
    let p = parse(&["n1", "n2"]);
    assert_eq!(p.lookups[0].cmdline, greeting("n1 n2", 0));
    assert_eq!(p.lookups[1].cmdline, "");
    // +cmd after the name comes too late for it.
    assert_eq!(one(&["+nocmd", "x", "+cmd"]).cmdline, "");
    assert!(one(&["+nocmd", "x", "+cmd"]).display.cmd);
}

#[test]
fn greeting_shows_what_strtok_left() {
    // "+cookie=" loses its '=' to strtok_r() for good; "+ednsopt=3:"
    // its ':'; values that were used get their '=' back.
    assert_eq!(one(&["+cookie=", "x"]).cmdline, greeting("+cookie x", 0));
    assert_eq!(one(&["+ednsopt=3:", "x"]).cmdline, greeting("+ednsopt=3 x", 0));
    assert_eq!(one(&["+ednsopt=3:00", "+bufsize=1232", "x"]).cmdline, greeting("+ednsopt=3:00 +bufsize=1232 x", 0));
    assert_eq!(one(&["+nsid=", "x", "+nsid="]).cmdline, greeting("+nsid x +nsid=", 0));
}

#[test]
fn greeting_is_cut_at_1023_bytes() {
    let long = "b".repeat(1000);
    let l = &parse(&["+nostats", "localhost", &long]).lookups[0];
    let head = format!("\n; <<>> {VERSION_TEXT} <<>> +nostats localhost {long}");
    assert_eq!(l.cmdline.len(), 1023);
    assert_eq!(l.cmdline, head[..1023]);
    assert!(!l.cmdline.contains("global options"));
}

#[test]
fn greeting_of_the_implicit_root_lookup() {
    let p = parse(&["@127.0.0.53"]);
    assert_eq!(p.lookups.len(), 1);
    let l = &p.lookups[0];
    assert_eq!((l.textname.as_str(), l.rdtype, l.rdtypeset, l.new_search), (".", NS, true, true));
    assert_eq!(l.cmdline, greeting("@127.0.0.53", 1));
    // -t before no name: still . NS.
    assert_eq!(one(&["-t", "mx"]).rdtype, NS);
}

// ---- names, types and classes ----

#[test]
fn defaults_of_a_lookup() {
    let l = one(&["www.edge.lab"]);
    assert_eq!((l.textname.as_str(), l.rdtype, l.rdclass, l.rdtypeset, l.rdclassset), ("www.edge.lab", 1, 1, false, false));
    assert!(l.adflag && l.sendcookie && l.recurse && l.new_search && l.besteffort && l.servfail_stops && l.badcookie);
    assert_eq!((l.edns, l.udpsize, l.retries, l.cookie.clone()), (Some(0), None, 3, None));
    assert!(l.servers.is_empty());
    assert!(l.display.cmd && !l.display.short_form && l.display.splitwidth == 0xffff_ffff);
}

#[test]
fn type_and_class_anywhere() {
    for args in [&["mx", "edge.lab"][..], &["edge.lab", "mx"], &["IN", "MX", "edge.lab"], &["edge.lab", "in", "mx"]] {
        let l = one(args);
        assert_eq!((l.textname.as_str(), l.rdtype, l.rdclass, l.rdtypeset), ("edge.lab", 15, 1, true), "{args:?}");
    }
    let l = one(&["version.bind", "chaos", "txt"]);
    assert_eq!((l.rdtype, l.rdclass, l.rdclassset), (16, 3, true));
    assert_eq!(one(&["edge.lab", "TYPE15"]).rdtype, 15);
    assert_eq!(one(&["x", "CLASS3"]).rdclass, 3);
    // An unknown word is a name: two lookups.
    let p = parse(&["www.edge.lab", "foo"]);
    assert_eq!(p.lookups.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["www.edge.lab", "foo"]);
    // A type word alone is a type: . NS is asked... with type mx set,
    // the implicit lookup overrides it.
    assert_eq!(one(&["mx"]).rdtype, NS);
}

#[test]
fn extra_type_and_class_warnings() {
    let p = parse(&["localhost", "mx", "txt"]);
    assert_eq!(render(&p.events).1, ";; Warning, extra type option\n");
    assert_eq!(p.lookups[0].rdtype, 16);
    let p = parse(&["localhost", "in", "ch"]);
    assert_eq!(render(&p.events).1, ";; Warning, extra class option\n");
    assert_eq!(p.lookups[0].rdclass, 3);
    // A type before the first name is the default lookup's: global.
    let p = parse(&["mx", "n1", "n2"]);
    assert_eq!((p.lookups[0].rdtype, p.lookups[1].rdtype), (15, 15));
    let p = parse(&["n1", "mx", "n2"]);
    assert_eq!((p.lookups[0].rdtype, p.lookups[1].rdtype), (15, 1));
}

#[test]
fn ixfr_and_axfr_and_any() {
    // Bare "ixfr" without a serial: a warning, and nothing else.
    let p = parse(&["localhost", "ixfr"]);
    assert_eq!(render(&p.events).1, ";; Warning, ixfr requires a serial number\n");
    assert_eq!(p.lookups.len(), 1);
    assert_eq!(p.lookups[0].rdtype, 1);
    let l = one(&["alt.lab", "ixfr=2026010100"]);
    assert_eq!((l.rdtype, l.ixfr_serial, l.tcp_mode), (IXFR, 2026010100, true));
    assert!(!l.display.section_question && !l.display.comments);
    assert_eq!(
        outcome(&["localhost", "ixfr=abc"]),
        ("invalid serial number 'abc': not a valid number\n".into(), "dig: Couldn't parse serial number\n".into(), Some(1))
    );
    let l = one(&["alt.lab", "axfr"]);
    assert_eq!((l.rdtype, l.display.section_question, l.display.comments, l.tcp_mode), (AXFR, false, false, false));
    // +question / +comments before the name (on the default lookup).
    let l = one(&["+question", "+comments", "alt.lab", "axfr"]);
    assert!(l.display.section_question && l.display.comments);
    // ANY: TCP unless +notcp/+tcp was given.
    assert!(one(&["edge.lab", "any"]).tcp_mode);
    assert!(!one(&["+notcp", "edge.lab", "any"]).tcp_mode);
    assert!(one(&["-t", "any", "x"]).tcp_mode);
}

#[test]
fn percent_ends_the_arguments() {
    let p = parse(&["n1", "%comment", "n2", "+foo"]);
    assert_eq!(p.lookups.len(), 1);
    assert_eq!(render(&p.events), (String::new(), String::new(), None));
    // The greeting still shows everything.
    assert_eq!(p.lookups[0].cmdline, greeting("n1 %comment n2 +foo", 0));
    assert_eq!(parse(&["%", "x"]).lookups[0].textname, ".");
}

#[test]
fn long_names_are_cut_like_strlcpy() {
    let long = "a".repeat(1100);
    assert_eq!(one(&[&long]).textname.len(), 1023);
}

// ---- global and local options ----

#[test]
fn options_before_the_first_name_are_global() {
    let p = parse(&["+norecurse", "n1", "n2", "+recurse", "n3"]);
    assert_eq!(p.lookups.iter().map(|l| l.recurse).collect::<Vec<_>>(), [false, true, false]);
    // +short is global whatever its position (a global variable), but
    // its section settings are the lookup's.
    let p = parse(&["www.edge.lab", "+short", "dual.edge.lab"]);
    assert!(p.lookups.iter().all(|l| l.display.short_form && !l.display.cmd));
    assert!(!p.lookups[0].display.section_authority);
    assert!(p.lookups[1].display.section_authority);
}

#[test]
fn servers_global_and_local() {
    let p = parse(&["@127.6.1.1", "www.edge.lab", "x.alt.lab", "@127.6.2.1"]);
    assert_eq!(*p.lookups[0].servers, vec![Server::new("127.6.1.1", "127.6.1.1")]);
    // A local server is added to the ones from before the name.
    assert_eq!(*p.lookups[1].servers, vec![Server::new("127.6.1.1", "127.6.1.1"), Server::new("127.6.2.1", "127.6.2.1")]);
    let l = one(&["@two.lab", "x"]);
    assert_eq!(*l.servers, vec![Server::new("127.6.1.1", "two.lab"), Server::new("127.6.2.1", "two.lab")]);
    let l = one(&["@127.6.4.1", "@127.6.1.1", "x"]);
    assert_eq!(l.servers.len(), 2);
}

#[test]
fn server_resolution_failures() {
    assert_eq!(
        outcome(&["@nosuch.example", "x"]),
        (String::new(), "dig: couldn't get address for 'nosuch.example': not found\n".into(), Some(1))
    );
    assert_eq!(outcome(&["@", "x"]).1, "dig: couldn't get address for '': not found\n");
    // Printed before: what came before the server.
    assert_eq!(outcome(&["x", "mx", "txt", "@bad"]).1, ";; Warning, extra type option\ndig: couldn't get address for 'bad': not found\n");
    // Literals are resolved here, with the families in force.
    let p = parse(&["@::1", "x"]);
    assert!(p.events.is_empty());
    assert_eq!(*p.lookups[0].servers, vec![Server::new("::1", "::1")]);
    assert_eq!(outcome(&["-4", "@::1", "x"]).1, "dig: couldn't get address for '::1': address family not supported\n");
    assert_eq!(outcome(&["-b", "127.0.0.1", "@::1", "x"]).1, "dig: couldn't get address for '::1': address family not supported\n");
    // An IPv4 literal with IPv4 off becomes v4-mapped.
    assert_eq!(*one(&["-6", "@127.0.0.1", "x"]).servers, vec![Server::new("::ffff:127.0.0.1", "127.0.0.1")]);
    // Scoped literals and non-strict ones go to the session.
    let mut d = Dig::new(Host::default(), &preparse_args(&["@::1%lo", "x"]).unwrap(), base_settings());
    d.command_line(&["@::1%lo", "x"], None);
    assert_eq!(d.next_event(), Some(Event::Server { name: "::1%lo".into(), ipv4: true, ipv6: true }));
    d.server_addresses(Err("failure".into()));
    let fatal = Fatal::CouldntGetAddress { name: "::1%lo".into(), why: "failure".into() };
    assert_eq!(d.next_event(), Some(Event::Fatal(fatal)));
    assert_eq!(d.next_event(), None);
}

#[test]
fn families() {
    let pre = preparse_args(&["-4", "x"]).unwrap();
    let mut s = base_settings();
    s.servers = vec![Server::new("::1", "::1"), Server::new("127.0.0.53", "127.0.0.53")].into();
    let d = Dig::new(Host::default(), &pre, s.clone());
    assert_eq!(*d.settings().servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
    assert!(d.settings().ipv4_only && !d.settings().ipv6_only);
    let d = Dig::new(Host::default(), &preparse_args(&["-6"]).unwrap(), base_settings());
    assert_eq!(*d.settings().servers, vec![Server::new("::1", "::1")]);
    let d = Dig::new(Host::default(), &preparse_args::<&str>(&[]).unwrap(), Settings::default());
    assert_eq!(*d.settings().servers, vec![Server::new("::1", "::1"), Server::new("127.0.0.1", "127.0.0.1")]);
    let mut d = Dig::new(Host { have_ipv4: false, ..Host::default() }, &pre, base_settings());
    d.command_line(&["-4", "x"], None);
    assert_eq!(render(&drive(&mut d, &mut VecDeque::new())).1, "dig: can't find IPv4 networking\n");
    // -4 in ~/.digrc after -6 on the command line.
    let p = parse_full(&["-6", "x"], Some("-4\n"), &[]);
    assert_eq!(render(&p.events), (String::new(), "dig: can't find IPv4 networking\n".into(), Some(1)));
}
