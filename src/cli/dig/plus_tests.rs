//! Tests of plus_option() (plus.rs): every option, its abbreviations, its
//! values and BIND's errors.

use std::collections::VecDeque;

use super::super::harness::*;
use super::super::{Host, preparse_args};
use super::*;
use crate::plan::Lookup;
use crate::plan::StreamTransport;

fn invalid_plus(args: &[&str], shown: &str) {
    assert_eq!(outcome(args), (String::new(), usage_after(&format!("Invalid option: +{shown}")), Some(1)), "{args:?}");
}

// ---- plus options ----

#[test]
fn plus_invalid_options_and_abbreviations() {
    invalid_plus(&["+foo", "x"], "foo");
    invalid_plus(&["+foo=bar", "x"], "foo");
    invalid_plus(&["+nofoo=1", "x"], "nofoo");
    invalid_plus(&["x", "+sho"], "sho");
    invalid_plus(&["+t", "x"], "t");
    invalid_plus(&["+noa", "x"], "noa");
    invalid_plus(&["+nor", "x"], "nor");
    invalid_plus(&["+no", "x"], "no");
    invalid_plus(&["+SHORT", "x"], "SHORT");
    invalid_plus(&["+shorts", "x"], "shorts");
    invalid_plus(&["+c", "x"], "c");
    invalid_plus(&["+dn", "x"], "dn");
    invalid_plus(&["+tc", "x"], "tc");
    invalid_plus(&["+ex", "x"], "ex");
    invalid_plus(&["+id", "x"], "id");
    invalid_plus(&["+in", "x"], "in");
    // Output before the error stays.
    let p = parse(&["x", "mx", "txt", "+bar"]);
    assert_eq!(render(&p.events).1, format!(";; Warning, extra type option\n{}", usage_after("Invalid option: +bar")));
    // Case-insensitive past the letters dig switches on.
    assert!(one(&["+shorT", "x"]).display.short_form);
    assert!(!one(&["+NOrec", "x"]).recurse);
}

#[test]
fn plus_without_a_name_is_only_a_warning() {
    // strtok_r() finds no name: printed on stdout, and the parse goes on.
    assert_eq!(outcome(&["+", "x"]), (";; Invalid option \n".into(), String::new(), None));
    assert_eq!(outcome(&["+=", "x"]).0, ";; Invalid option =\n");
    assert_eq!(outcome(&["+==", "x"]).0, ";; Invalid option ==\n");
    // Leading '=' are skipped: +=short is +short.
    assert!(one(&["+=short", "x"]).display.short_form);
    invalid_plus(&["+=foo", "x"], "=foo");
}

#[test]
fn plus_flags() {
    type Get = fn(&Lookup) -> bool;
    let cases: &[(&str, &str, Get, bool)] = &[
        ("aaflag", "aa", |l| l.aaonly, false),
        ("aaonly", "aaon", |l| l.aaonly, false),
        ("adflag", "ad", |l| l.adflag, true),
        ("cdflag", "cd", |l| l.cdflag, false),
        ("coflag", "co", |l| l.coflag, false),
        ("raflag", "ra", |l| l.raflag, false),
        ("tcflag", "tcf", |l| l.tcflag, false),
        ("zflag", "z", |l| l.zflag, false),
        ("recurse", "rec", |l| l.recurse, true),
        ("rdflag", "rd", |l| l.recurse, true),
        ("badcookie", "ba", |l| l.badcookie, true),
        ("besteffort", "be", |l| l.besteffort, true),
        ("fail", "fa", |l| l.servfail_stops, true),
        ("ignore", "i", |l| l.ignore, false),
        ("ignore", "ig", |l| l.ignore, false),
        ("header-only", "he", |l| l.header_only, false),
        ("expire", "expi", |l| l.expire, false),
        ("keepalive", "keepa", |l| l.tcp_keepalive, false),
        ("ednsnegotiation", "ednsn", |l| l.ednsneg, true),
        ("dnssec", "dnss", |l| l.dnssec, false),
        ("dnssec", "do", |l| l.dnssec, false),
        ("nsid", "nsi", |l| l.nsid, false),
        ("cookie", "coo", |l| l.sendcookie, true),
        ("additional", "add", |l| l.display.section_additional, true),
        ("answer", "an", |l| l.display.section_answer, true),
        ("authority", "au", |l| l.display.section_authority, true),
        ("question", "qu", |l| l.display.section_question, true),
        ("comments", "com", |l| l.display.comments, true),
        ("stats", "st", |l| l.display.stats, true),
        ("identify", "ide", |l| l.display.identify, false),
        ("multiline", "mu", |l| l.display.multiline, false),
        ("onesoa", "on", |l| l.display.onesoa, false),
        ("qr", "qr", |l| l.display.qr, false),
        ("expandaaaa", "expa", |l| l.display.expandaaaa, false),
        ("showbadcookie", "showb", |l| l.display.showbadcookie, false),
        ("unknownformat", "unk", |l| l.display.print_unknown_format, false),
        ("idnin", "idni", |l| l.display.idnin, false),
        ("idnout", "idno", |l| l.display.idnout, false),
        ("ttlunits", "ttlu", |l| l.display.ttlunits, false),
        ("tcp", "tcp", |l| l.tcp_mode, false),
        ("vc", "v", |l| l.tcp_mode, false),
        // The negative ones.
        ("class", "cl", |l| !l.display.noclass, true),
        ("class", "cla", |l| !l.display.noclass, true),
        ("crypto", "cr", |l| !l.display.nocrypto, true),
        ("ttlid", "ttl", |l| !l.display.nottl, true),
        ("ttlid", "ttli", |l| !l.display.nottl, true),
    ];
    for &(full, abbrev, get, default) in cases {
        assert_eq!(get(&one(&["x"])), default, "default of {full}");
        for form in [full, abbrev] {
            assert!(get(&one(&[&format!("+{form}"), "x"])), "+{form}");
            assert!(!get(&one(&[&format!("+no{form}"), "x"])), "+no{form}");
            // After the name: that lookup only.
            let p = parse(&["n1", &format!("+no{form}"), "n2"]);
            assert_eq!((get(&p.lookups[0]), get(&p.lookups[1])), (false, default), "n1 +no{form} n2");
        }
        invalid_plus(&[&format!("+{full}x"), "y"], &format!("{full}x"));
    }
}

#[test]
fn plus_tcp_is_ignored_in_batch_lines_and_digrc() {
    let l = one(&["+tcp", "x"]);
    assert!(l.tcp_mode && l.tcp_mode_set);
    let p = parse_full(&["x"], Some("+tcp\n"), &[]);
    assert!(!p.lookups[0].tcp_mode);
    let mut p = parse_full(&["-f", "b"], None, &["x +tcp\n"]);
    assert!(!p.lookups[0].tcp_mode);
    let (_, ls) = next_line(&mut p, "y +vc\n");
    assert!(!ls[0].tcp_mode);
}

#[test]
fn plus_all_and_short_and_yaml() {
    let l = one(&["+noall", "x"]);
    let d = &l.display;
    assert!(!(d.section_question || d.section_answer || d.section_authority || d.section_additional || d.comments || d.stats || d.cmd));
    let l = one(&["+noall", "+all", "x"]);
    assert!(l.display.stats && l.display.cmd && l.display.comments);
    // Values of flags are ignored.
    assert!(!one(&["+al=1x", "+noall=0", "x"]).display.stats);
    let l = one(&["+short", "x"]);
    let d = &l.display;
    assert!(d.short_form && !d.cmd && d.section_answer && !d.section_question && !d.stats && !d.comments && d.rrcomments == -1);
    let l = one(&["+short", "+noshort", "x"]);
    assert!(!l.display.short_form && !l.display.section_question && !l.display.cmd);
    let l = one(&["+yaml", "x"]);
    assert!(l.display.yaml && !l.display.cmd && !l.display.stats && l.display.rrcomments == -1);
    assert!(l.display.section_answer);
    assert!(one(&["+rrcomments", "x"]).display.rrcomments == 1);
    assert!(one(&["+norrcomments", "x"]).display.rrcomments == -1);
    assert!(!one(&["+cmd", "+nocmd", "x"]).display.cmd);
}

#[test]
fn plus_trace_and_nssearch() {
    let l = one(&["+trace", "www.edge.lab"]);
    assert!(l.trace && l.trace_root && l.recurse && l.dnssec && l.sendcookie);
    let d = &l.display;
    assert!(
        d.identify && !d.comments && !d.stats && !d.section_additional && d.section_authority && !d.section_question && d.rrcomments == 0
    );
    assert!(d.cmd);
    let l = one(&["+trace", "+notrace", "x"]);
    assert!(!l.trace && !l.trace_root);
    // +trace -x: trace_root from the lookup's trace.
    assert!(one(&["+trace", "-x", "192.0.2.10"]).trace_root);
    // +trace after the name: trace_root set by +trace itself.
    assert!(one(&["x", "+trace"]).trace_root);
    // Search settings: +trace turns the search list off and keeps
    // +search from turning it on.
    let p = parse(&["+search", "+trace", "+search", "x"]);
    assert!(!p.dig.settings().usesearch);
    let l = one(&["+nssearch", "edge.lab"]);
    assert!(l.ns_search_only && l.trace_root && l.rdtype == NS && l.rdtypeset && l.display.short_form);
    assert!(!l.display.stats && !l.display.comments && l.display.identify);
    // +nssearch does not touch printcmd: the greeting is made.
    assert!(!l.cmdline.is_empty());
    assert!(one(&["+nssearch", "+nonssearch", "x"]).display.short_form);
}

#[test]
fn plus_search_defname_showsearch_domain_ndots() {
    let p = parse(&["+search", "x"]);
    assert!(p.dig.settings().usesearch);
    assert!(parse(&["+def", "x"]).dig.settings().usesearch);
    assert!(!parse(&["+search", "+nosearch", "x"]).dig.settings().usesearch);
    let s = parse(&["+showsearch", "x"]).dig.settings().clone();
    assert!(s.showsearch && s.usesearch);
    let p = parse(&["+domain=edge.lab", "www"]);
    assert_eq!((p.dig.settings().search.clone(), p.dig.settings().usesearch), (vec!["edge.lab".to_string()], true));
    assert_eq!(parse(&["+dom=a.lab", "x"]).dig.settings().search, ["a.lab"]);
    invalid_plus(&["+domain", "x"], "domain");
    invalid_plus(&["+nodomain=x", "x"], "nodomain");
    assert_eq!(parse(&["+ndots=3", "x"]).dig.settings().ndots, 3);
    assert_eq!(parse(&["+nd=0", "x"]).dig.settings().ndots, 0);
    invalid_plus(&["+ndots", "x"], "ndots");
    invalid_plus(&["+nondots=1", "x"], "nondots");
    assert_eq!(
        outcome(&["+ndots=x", "x"]),
        ("invalid ndots 'x': not a valid number\n".into(), "dig: Couldn't parse ndots\n".into(), Some(10))
    );
    assert_eq!(outcome(&["+ndots=65536", "x"]).0, "invalid ndots '65536': out of range\n");
    // "+ndots==3": the value is "=3".
    assert_eq!(outcome(&["+ndots==3", "x"]).0, "invalid ndots '=3': not a valid number\n");
}

#[test]
fn plus_timeout_tries_retry() {
    assert_eq!(parse(&["+time=2", "x"]).dig.settings().timeout, 2);
    assert_eq!(parse(&["+timeout=0", "x"]).dig.settings().timeout, 1);
    assert_eq!(
        outcome(&["+time=x", "x"]),
        ("invalid timeout 'x': not a valid number\n".into(), "dig: Couldn't parse timeout\n".into(), Some(10))
    );
    assert_eq!(outcome(&["+time=65536", "x"]).0, "invalid timeout '65536': out of range\n");
    invalid_plus(&["+notime=1", "x"], "notime");
    invalid_plus(&["+timeout", "x"], "timeout");
    assert_eq!(one(&["+tries=5", "x"]).retries, 5);
    assert_eq!(one(&["+tries=0", "x"]).retries, 1);
    assert_eq!(one(&["+retry=0", "x"]).retries, 1);
    assert_eq!(one(&["+retries=2", "x"]).retries, 3);
    assert_eq!(one(&["+ret=2", "x"]).retries, 3);
    assert_eq!(outcome(&["+tries=x", "x"]).1, "dig: Couldn't parse tries\n");
    assert_eq!(
        outcome(&["+retry=-1", "x"]),
        ("invalid retries '-1': not a valid number\n".into(), "dig: Couldn't parse retries\n".into(), Some(10))
    );
    assert_eq!(outcome(&["+retry=4294967295", "x"]).0, "invalid retries '4294967295': out of range\n");
    assert_eq!(one(&["+tries=4294967295", "x"]).retries, u32::MAX);
    // Per lookup.
    let p = parse(&["n1", "+tries=1", "n2"]);
    assert_eq!((p.lookups[0].retries, p.lookups[1].retries), (1, 3));
}

#[test]
fn plus_bufsize_edns_ednsflags() {
    assert_eq!(one(&["+bufsize", "x"]).udpsize, Some(1232));
    assert_eq!(one(&["+bufsize=512", "x"]).udpsize, Some(512));
    assert_eq!(one(&["+bu=0", "x"]).udpsize, Some(0));
    invalid_plus(&["+nobufsize", "x"], "nobufsize");
    assert_eq!(
        outcome(&["+bufsize=70000", "x"]),
        ("invalid buffer size '70000': out of range\n".into(), "dig: Couldn't parse buffer size\n".into(), Some(10))
    );
    assert_eq!(one(&["+noedns", "x"]).edns, None);
    assert_eq!(one(&["+noedns", "+edns", "x"]).edns, Some(0));
    assert_eq!(one(&["+edns=1", "x"]).edns, Some(1));
    assert_eq!(outcome(&["+edns=256", "x"]), ("invalid edns '256': out of range\n".into(), "dig: Couldn't parse edns\n".into(), Some(10)));
    assert_eq!(outcome(&["+edns=x", "x"]).0, "invalid edns 'x': not a valid number\n");
    let l = one(&["+noedns", "+ednsflags=0x80", "x"]);
    assert_eq!((l.ednsflags, l.edns), (0x80, Some(0)));
    assert_eq!(one(&["+ednsflags=010", "x"]).ednsflags, 8);
    assert_eq!(one(&["+ednsflags=12", "+noednsflags", "x"]).ednsflags, 0);
    // +ednsflags without a value clears, and leaves EDNS alone.
    assert_eq!(one(&["+noedns", "+ednsflags", "x"]).edns, None);
    assert_eq!(outcome(&["+ednsflags=0x10000", "x"]).0, "invalid ednsflags '0x10000': out of range\n");
    assert_eq!(outcome(&["+ednsflags=08", "x"]).0, "invalid ednsflags '08': not a valid number\n");
    assert_eq!(outcome(&["+ednsflags=0x", "x"]).1, "dig: Couldn't parse ednsflags\n");
    // These turn EDNS back on.
    for o in ["+nsid", "+cookie", "+dnssec", "+padding=64", "+subnet=0"] {
        assert_eq!(one(&["+noedns", o, "x"]).edns, Some(0), "{o}");
    }
    // +noedns after them turns it off.
    assert_eq!(one(&["+nsid", "+noedns", "x"]).edns, None);
}

#[test]
fn plus_cookie() {
    let l = one(&["+cookie=0102030405060708", "x"]);
    assert_eq!((l.sendcookie, l.cookie.as_deref()), (true, Some("0102030405060708")));
    let l = one(&["+nocookie", "x"]);
    assert!(!l.sendcookie && l.cookie.is_none());
    assert!(one(&["+cookie=aa", "+cookie", "x"]).cookie.is_none());
    // One buffer for every lookup: the last +cookie=HEX wins.
    let p = parse(&["+cookie=aa", "n1", "n2", "+cookie=bb", "n3"]);
    assert_eq!(p.lookups.iter().map(|l| l.cookie.as_deref()).collect::<Vec<_>>(), [Some("bb"), Some("bb"), Some("bb")]);
    assert_eq!(outcome(&[&format!("+cookie={}", "a".repeat(81)), "x"]), (String::new(), "dig: COOKIE data too large\n".into(), Some(10)));
    assert_eq!(one(&[&format!("+cookie={}", "a".repeat(80)), "x"]).cookie.map(|c| c.len()), Some(80));
}

#[test]
fn plus_ednsopt() {
    let l = one(&["+ednsopt=65001:abcd", "+ednsopt=nsid", "+ednsopt=PAD:", "x"]);
    assert_eq!(l.ednsopts, vec![(65001, vec![0xab, 0xcd]), (3, vec![]), (12, vec![])]);
    assert!(one(&["+ednsopt=3", "+noednsopt", "x"]).ednsopts.is_empty());
    assert_eq!(one(&["+ednsopt=3:ab cd", "x"]).ednsopts, vec![(3, vec![0xab, 0xcd])]);
    for v in ["+ednsopt", "+ednsopt=", "+ednsopt=:"] {
        assert_eq!(outcome(&[v, "x"]), (String::new(), "dig: ednsopt no code point specified\n".into(), Some(10)), "{v}");
    }
    assert_eq!(
        outcome(&["+ednsopt=foo", "x"]),
        ("invalid ednsopt 'foo': not a valid number\n".into(), "dig: bad edns code point: foo\n".into(), Some(1))
    );
    assert_eq!(outcome(&["+ednsopt=70000", "x"]).1, "dig: bad edns code point: 70000\n");
    for v in ["+ednsopt=nsid:zz", "+ednsopt=3:abc"] {
        assert_eq!(outcome(&[v, "x"]), (String::new(), "dig: isc_hex_decodestring: bad hex encoding\n".into(), Some(1)), "{v}");
    }
    let many: Vec<String> = (0..101).map(|_| "+ednsopt=1".to_string()).collect();
    let mut args: Vec<&str> = many.iter().map(String::as_str).collect();
    args.push("x");
    assert_eq!(outcome(&args).1, "dig: too many ednsopts\n");
}

#[test]
fn plus_subnet() {
    assert_eq!(one(&["+subnet=192.0.2.0/24", "x"]).ecs, Some(("192.0.2.0".parse().unwrap(), 24)));
    assert_eq!(one(&["+subnet=2001:db8::/32", "x"]).ecs, Some(("2001:db8::".parse().unwrap(), 32)));
    assert_eq!(one(&["+subnet=0", "x"]).ecs, Some(("0.0.0.0".parse().unwrap(), 0)));
    assert_eq!(one(&["+subnet=10/8", "x"]).ecs, Some(("10.0.0.0".parse().unwrap(), 8)));
    assert_eq!(one(&["+subnet=1.2.3.4/40", "x"]).ecs, Some(("1.2.3.4".parse().unwrap(), 32)));
    assert_eq!(one(&["+subnet=1.2.3.4", "x"]).ecs, Some(("1.2.3.4".parse().unwrap(), 32)));
    assert_eq!(one(&["+subnet=1.2.3.4", "+nosubnet", "x"]).ecs, None);
    invalid_plus(&["+subnet", "x"], "subnet");
    assert_eq!(outcome(&["+subnet=x", "y"]), (String::new(), "dig: invalid address 'x'\n".into(), Some(1)));
    assert_eq!(outcome(&["+subnet=1/x", "y"]).1, "dig: invalid prefix length in '1/x': not a valid number\n\n");
    let long = format!("+subnet={}", "1".repeat(50));
    assert_eq!(outcome(&[&long, "y"]).1, format!("dig: invalid prefix '{}'\n\n", "1".repeat(50)));
}

#[test]
fn plus_opcode_qid_padding() {
    assert_eq!(one(&["+opcode=notify", "x"]).opcode, 4);
    assert_eq!(one(&["+opcode=Status", "x"]).opcode, 2);
    assert_eq!(one(&["+opcode=15", "x"]).opcode, 15);
    assert_eq!(one(&["+opcode=5", "+noopcode", "x"]).opcode, 0);
    assert_eq!(
        outcome(&["+opcode=16", "x"]),
        ("invalid opcode '16': out of range\n".into(), "dig: Couldn't parse opcode\n".into(), Some(10))
    );
    assert_eq!(outcome(&["+opcode=foo", "x"]).0, "invalid opcode 'foo': not a valid number\n");
    invalid_plus(&["+opcode", "x"], "opcode");
    assert_eq!(one(&["+qid=4242", "x"]).setqid, Some(4242));
    assert_eq!(one(&["+qid=1", "+noqid", "x"]).setqid, None);
    assert_eq!(outcome(&["+qid=70000", "x"]), ("invalid qid '70000': out of range\n".into(), "dig: Couldn't parse qid\n".into(), Some(10)));
    assert_eq!(one(&["+padding=64", "x"]).padding, 64);
    assert_eq!(one(&["+p=64", "x"]).padding, 64);
    // +nopadding=N sets it too (dig.c does not look at the "no").
    assert_eq!(one(&["+nopadding=3", "x"]).padding, 3);
    invalid_plus(&["+padding", "x"], "padding");
    assert_eq!(outcome(&["+padding=513", "x"]).1, "dig: Couldn't parse padding\n");
}

#[test]
fn plus_split() {
    assert_eq!(one(&["+split=8", "x"]).display.splitwidth, 11);
    assert_eq!(one(&["+split=0", "x"]).display.splitwidth, 0);
    assert_eq!(one(&["+nosplit", "x"]).display.splitwidth, 0);
    assert_eq!(one(&["+split", "x"]).display.splitwidth, 0xffff_ffff);
    invalid_plus(&["+nosplit=4", "x"], "nosplit");
    let p = parse(&["+split=5", "x"]);
    assert_eq!(render(&p.events).1, ";; Warning, split must be a multiple of 4; adjusting to 8\n");
    assert_eq!(p.lookups[0].display.splitwidth, 11);
    // A bad value: the rounding of the old value (0xffffffff -> 0)
    // comes first.
    assert_eq!(
        outcome(&["+split=x", "x"]),
        (
            "invalid split 'x': not a valid number\n".into(),
            ";; Warning, split must be a multiple of 4; adjusting to 0\ndig: Couldn't parse split\n".into(),
            Some(10)
        )
    );
    // The global value at the end counts for every lookup.
    let p = parse(&["n1", "+split=4", "n2"]);
    assert_eq!((p.lookups[0].display.splitwidth, p.lookups[1].display.splitwidth), (7, 7));
}

#[test]
fn plus_deprecated_and_obsolete() {
    // BIND's messages have no newline.
    for (o, msg) in [
        ("+dscp=5", ";; +dscp option is obsolete and has no effect"),
        ("+mapped", ";; +mapped option is deprecated"),
        ("+sigchase", ";; +sigchase option is deprecated"),
        ("+topdown", ";; +topdown option is deprecated"),
        ("+trusted-key=x", ";; +trusted-key option is deprecated"),
        ("+unexpected", ";; +unexpected option is deprecated"),
        ("+nosigchase", ";; +sigchase option is deprecated"),
    ] {
        let p = parse(&[o, "x"]);
        assert_eq!(render(&p.events), (String::new(), msg.into(), None), "{o}");
    }
}

#[test]
fn plus_fuzztime_keepopen_dns64prefix() {
    assert_eq!(one(&["+fuzztime", "x"]).fuzztime, Some(0x622a_cce1));
    assert_eq!(one(&["+fuzztime=5", "x"]).fuzztime, Some(5));
    assert_eq!(one(&["+fuzztime=5", "+nofuzztime", "x"]).fuzztime, None);
    assert_eq!(outcome(&["+fuzztime=x", "x"]).1, "dig: Couldn't parse fuzztime\n");
    assert!(parse(&["+keepopen", "x"]).dig.settings().keep_open);
    // +dns64prefix queues a lookup of its own.
    let p = parse(&["+dns64prefix"]);
    assert_eq!(p.lookups.len(), 1);
    let l = &p.lookups[0];
    assert!(l.dns64prefix && l.textname == "ipv4only.arpa" && l.rdtype == AAAA && !l.display.cmd && l.cmdline.is_empty());
    let p = parse(&["+dns64prefix", "x"]);
    assert_eq!(p.lookups.len(), 2);
    assert!(!p.lookups[1].dns64prefix);
    assert!(one(&["+nodns64prefix", "x"]).display.cmd);
}

#[test]
fn plus_tls_and_https_choose_the_transport() {
    for (o, transport, label, port) in [
        ("+tls", StreamTransport::Tls, "TLS", 853),
        ("+tls-ca", StreamTransport::Tls, "TLS", 853),
        ("+tls-ca=/etc/ca.pem", StreamTransport::Tls, "TLS", 853),
        ("+tls-hostname=x", StreamTransport::Tls, "TLS", 853),
        ("+https", StreamTransport::Https, "HTTPS", 443),
        ("+https=/q", StreamTransport::Https, "HTTPS", 443),
        ("+https-get", StreamTransport::Https, "HTTPS-GET", 443),
        ("+htt", StreamTransport::Https, "HTTPS", 443),
        ("+http-plain", StreamTransport::HttpPlain, "HTTP", 80),
        ("+http-plain-get", StreamTransport::HttpPlain, "HTTP-GET", 80),
    ] {
        assert_eq!(outcome(&[o, "x"]), (String::new(), String::new(), None), "{o}");
        let l = one(&[o, "x"]);
        assert!(l.tcp_mode, "{o} implies TCP");
        assert_eq!((l.secure.stream(), l.secure.label(l.tcp_mode), l.secure.default_port()), (transport, label, port), "{o}");
    }
    // TLS beats HTTPS; GET and plain HTTP stick (dig-tls-tsig.md 1.4).
    let l = one(&["+https", "+tls", "x"]);
    assert_eq!(l.secure.stream(), StreamTransport::Tls);
    let l = one(&["+https-get", "+https-post", "x"]);
    assert_eq!(l.secure.label(true), "HTTPS-GET");
    // A UDP lookup still says TLS: the label comes from the options.
    let l = one(&["+tls", "+notcp", "x"]);
    assert_eq!((l.tcp_mode, l.secure.label(l.tcp_mode)), (false, "TLS"));
    let l = one(&["+https", "+nohttps", "x"]);
    assert_eq!((l.tcp_mode, l.secure.label(l.tcp_mode)), (true, "TCP"));
    // TLS implies TCP (unless +tcp/+notcp was given).
    let mut d = Dig::new(Host::default(), &preparse_args::<&str>(&[]).unwrap(), base_settings());
    d.command_line(&["+tls", "+notls", "x"], None);
    drive(&mut d, &mut VecDeque::new());
    assert!(!d.take_lookups()[0].tcp_mode);
    assert!(one(&["+tls", "+notls", "+tcp", "x"]).tcp_mode);
    // BIND's own errors.
    assert_eq!(
        outcome(&["+tls-certfile", "x"]).1,
        format!(";; TLS certificate file is not specified\n{}", usage_after("Invalid option: +tls-certfile"))
    );
    assert_eq!(
        outcome(&["+tls-hostname=", "x"]).1,
        format!(";; TLS hostname is not specified\n{}", usage_after("Invalid option: +tls-hostname"))
    );
    assert_eq!(
        outcome(&["+tls-keyfile", "x"]).1,
        format!(";; TLS private key file is not specified\n{}", usage_after("Invalid option: +tls-keyfile"))
    );
    invalid_plus(&["+tls-", "x"], "tls-");
    invalid_plus(&["+tlsx", "x"], "tlsx");
    assert_eq!(
        outcome(&["+https=foo", "x"]).1,
        format!(";; The given HTTP path \"foo\" is not a valid absolute path\n{}", usage_after("Invalid option: +https"))
    );
    invalid_plus(&["+httpsx", "x"], "httpsx");
}

#[test]
fn plus_quic_and_http3_are_rlookups_exact_spellings() {
    for (o, transport, label, port, path) in [
        ("+quic", StreamTransport::Quic, "QUIC", 853, None),
        ("+quIC", StreamTransport::Quic, "QUIC", 853, None),
        ("+http3", StreamTransport::H3, "HTTP/3", 443, Some("/dns-query")),
        ("+http3=/q", StreamTransport::H3, "HTTP/3", 443, Some("/q")),
    ] {
        assert_eq!(outcome(&[o, "x"]), (String::new(), String::new(), None), "{o}");
        let l = one(&[o, "x"]);
        assert!(l.tcp_mode, "{o} goes over a connection");
        assert_eq!((l.secure.stream(), l.secure.label(l.tcp_mode), l.secure.default_port()), (transport, label, port), "{o}");
        assert_eq!(l.secure.https_path.as_deref(), path, "{o}");
    }
    let l = one(&["+quic", "+noquic", "x"]);
    assert!(!l.tcp_mode && !l.secure.quic);
    // Not abbreviated (+qu is +question), no value for +quic.
    assert!(!one(&["+qu", "x"]).secure.quic);
    invalid_plus(&["+qui", "x"], "qui");
    // Lower case where dig switches on the letters, as every +option.
    invalid_plus(&["+QUIC", "x"], "QUIC");
    invalid_plus(&["+quic=1", "x"], "quic");
    invalid_plus(&["+http", "x"], "http");
    assert_eq!(
        outcome(&["+http3=q", "x"]).1,
        format!(";; The given HTTP path \"q\" is not a valid absolute path\n{}", usage_after("Invalid option: +http3"))
    );
}

#[test]
fn server_urls_set_the_transport_and_port() {
    for (arg, transport, port) in [
        ("@tls://127.0.0.53", StreamTransport::Tls, None),
        ("@https://127.0.0.53:8443/q", StreamTransport::Https, Some(8443)),
        ("@http://127.0.0.53", StreamTransport::HttpPlain, None),
        ("@quic://[::1]:8853", StreamTransport::Quic, Some(8853)),
        ("@h3://127.0.0.53", StreamTransport::H3, None),
        ("@tcp://127.0.0.53", StreamTransport::Tcp, None),
    ] {
        let l = one(&[arg, "x"]);
        assert!(l.tcp_mode, "{arg}");
        assert_eq!(l.secure.stream(), transport, "{arg}");
        assert_eq!(l.servers.iter().map(|s| s.port).collect::<Vec<_>>(), vec![port], "{arg}");
        assert!(!l.servers[0].name.contains("://"), "{arg}: the host is the server");
    }
    assert_eq!(one(&["@https://127.0.0.53:8443/q", "x"]).secure.https_path.as_deref(), Some("/q"));
    // udp:// goes back to UDP whatever came before.
    let l = one(&["+tls", "@udp://127.0.0.1", "x"]);
    assert!(!l.tcp_mode && !l.secure.tls_mode);
    // A URL rlookup cannot use: a usage error, exit 1.
    let (out, err, code) = outcome(&["@gopher://x", "x"]);
    assert_eq!((out.as_str(), code), ("", Some(1)));
    assert!(err.contains("bad server URL 'gopher://x': unknown scheme 'gopher'"), "{err}");
}

#[test]
fn plus_http_reads_past_the_name_like_dig_c() {
    // dig.c looks at cmd[5] of "+http", past its NUL: the next argument.
    assert_eq!(outcome(&["+http", "-h"]).2, Some(0));
    invalid_plus(&["+http", "x"], "http");
    invalid_plus(&["x", "+http"], "http");
    // "+http-pla": cmd[10] is the 'h' of "-h"; "+http-plai": its NUL.
    invalid_plus(&["+http-pla", "-h"], "http-pla");
    assert_eq!(outcome(&["+http-plai", "-h"]).2, Some(0));
    assert_eq!(outcome(&["+http-plain", "x"]), (String::new(), String::new(), None));
}
