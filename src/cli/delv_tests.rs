//! delv's grammar against delv 9.18.49's observed behaviour
//! (research/delv.md §1 and §8.2): every option with its abbreviations
//! and `no` forms, the positional rules, every message for bad input with
//! its stream and exit status.

use super::*;

const HOST: Host = Host { have_ipv4: true, have_ipv6: true };

/// What a command line gives: standard output, standard error, the exit
/// status delv stops with (None: it goes on to the lookup) and the plan.
struct Run {
    out: String,
    err: String,
    exit: Option<i32>,
    plan: Option<DelvPlan>,
}

fn run_on(host: Host, args: &[&str]) -> Run {
    let p = parse(args, host);
    let mut out = String::new();
    let mut err = String::new();
    for e in &p.events {
        match e {
            Event::Said(s) => out.push_str(&format!("{s}\n")),
            Event::Stderr(t) => err.push_str(t),
            other => panic!("unexpected event {other:?}"),
        }
    }
    match p.end {
        End::Run(plan) => Run { out, err, exit: None, plan: Some(*plan) },
        End::Exit(n) => Run { out, err, exit: Some(n), plan: None },
    }
}

fn run(args: &[&str]) -> Run {
    run_on(HOST, args)
}

/// A command line that goes on to the lookup without a word.
fn quiet(args: &[&str]) -> DelvPlan {
    let r = run(args);
    assert_eq!((r.out.as_str(), r.err.as_str(), r.exit), ("", "", None), "{args:?}");
    r.plan.expect("a plan")
}

/// A command line that goes on after these warnings.
fn warns(args: &[&str], warnings: &[&str]) -> DelvPlan {
    let r = run(args);
    let want: String = warnings.iter().map(|w| format!("delv: warning: {w}\n")).collect();
    assert_eq!((r.out.as_str(), r.err.as_str(), r.exit), ("", want.as_str(), None), "{args:?}");
    r.plan.expect("a plan")
}

/// A command line delv refuses with this (standard error) and status.
fn stops(args: &[&str], err: &str, status: i32) {
    let r = run(args);
    assert_eq!((r.out.as_str(), r.err.as_str(), r.exit), ("", err, Some(status)), "{args:?}");
}

fn usage_after(first: &str) -> String {
    format!("{first}\n{USAGE}")
}

#[test]
fn defaults() {
    let p = quiet(&[]);
    assert_eq!((p.qname.as_str(), p.qtype), (".", TYPE_NS));
    assert_eq!(p, DelvPlan::default());
    let p = quiet(&["www.secure.lab"]);
    assert_eq!((p.qname.as_str(), p.qtype), ("www.secure.lab", TYPE_A));
    assert!(p.validate && !p.no_sigs && !p.cdflag && !p.tcp && p.ipv4 && p.ipv6);
    assert_eq!(p.print, DelvPrint::default());
    assert_eq!(p.print.splitwidth, 0xffff_ffff);
    assert!(p.print.rrcomments && p.print.trust && p.print.dnssec && p.print.comments);
}

#[test]
fn server() {
    assert_eq!(quiet(&["@127.0.0.53", "x"]).server.as_deref(), Some("127.0.0.53"));
    assert_eq!(quiet(&["@a", "@b"]).server.as_deref(), Some("b"));
    assert_eq!(quiet(&["@"]).server.as_deref(), Some(""));
    assert_eq!(quiet(&["x"]).server, None);
}

#[test]
fn positional_types_classes_and_names() {
    let p = quiet(&["aaaa", "www.secure.lab"]);
    assert_eq!((p.qname.as_str(), p.qtype), ("www.secure.lab", 28));
    // -t closes the type/class words: "mx" is the name, www is ignored.
    let p = quiet(&["-t", "a", "mx", "www.secure.lab"]);
    assert_eq!((p.qname.as_str(), p.qtype), ("mx", 1));
    let p = quiet(&["-t", "aaaa", "www.secure.lab", "a"]);
    assert_eq!((p.qname.as_str(), p.qtype), ("www.secure.lab", 28));
    for w in ["ns", "in", "IN", "Ns"] {
        let p = quiet(&[w]);
        assert_eq!((p.qname.as_str(), p.qtype), (".", TYPE_NS), "{w}");
    }
    let p = quiet(&["-q", "a"]);
    assert_eq!((p.qname.as_str(), p.qtype), ("a", 1));
    // Further names are silently ignored.
    assert_eq!(quiet(&["www.secure.lab", "mail.secure.lab"]).qname, "www.secure.lab");
    // ANY is a type, TYPE65534 too; CLASS3 a class.
    assert_eq!(quiet(&["x", "any"]).qtype, 255);
    assert_eq!(quiet(&["x", "type65534"]).qtype, 65534);
    let p = warns(&["x", "class3"], &["ignoring non-IN query class"]);
    assert_eq!(p.qtype, 1);
    // Case is kept.
    assert_eq!(quiet(&["WWW.Secure.LAB"]).qname, "WWW.Secure.LAB");
    // A bad name is only found later (the session converts it).
    assert_eq!(quiet(&["bad..name"]).qname, "bad..name");
}

#[test]
fn extra_names_and_types() {
    let p = warns(&["www.secure.lab", "a", "aaaa"], &["extra query type"]);
    assert_eq!(p.qtype, 28);
    let p = warns(&["-q", "mail.secure.lab", "-q", "www.secure.lab"], &["extra query name"]);
    assert_eq!(p.qname, "www.secure.lab");
    let p = warns(&["www.secure.lab", "-x", "192.0.2.99"], &["extra query name"]);
    assert_eq!((p.qname.as_str(), p.qtype), ("99.2.0.192.in-addr.arpa.", TYPE_PTR));
    let p = warns(&["-t", "mx", "-x", "192.0.2.99"], &["extra query type"]);
    assert_eq!(p.qtype, TYPE_PTR);
    let p = warns(&["-q", "x", "-t", "mx", "-x", "1.2.3.4"], &["extra query name", "extra query type"]);
    assert_eq!(p.qname, "4.3.2.1.in-addr.arpa.");
    // After -x, a positional word is not a name any more.
    assert_eq!(quiet(&["-x", "192.0.2.99", "www"]).qname, "99.2.0.192.in-addr.arpa.");
}

#[test]
fn reverse() {
    let p = quiet(&["-x", "2001:db8::20"]);
    assert_eq!(p.qname, "0.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    assert_eq!(p.qtype, TYPE_PTR);
    assert_eq!(quiet(&["-x", "foo.bar"]).qname, "bar.foo.in-addr.arpa.");
    assert_eq!(quiet(&["-x", "1..2"]).qname, "2..1.in-addr.arpa.");
    assert_eq!(quiet(&["-x192.0.2.1"]).qname, "1.2.0.192.in-addr.arpa.");
    let long = "1.".repeat(505);
    stops(&["-x", &long], &format!("Invalid IP address {long}\n"), 1);
}

#[test]
fn types_and_classes_by_option() {
    assert_eq!(quiet(&["-t", "mx", "x"]).qtype, 15);
    assert_eq!(quiet(&["-tMX", "x"]).qtype, 15);
    let p = warns(&["www.secure.lab", "-t", "foo"], &["ignoring invalid type"]);
    assert_eq!(p.qtype, 1);
    warns(&["www.secure.lab", "-c", "foo"], &["ignoring non-IN query class"]);
    quiet(&["www.secure.lab", "-c", "ch"]);
    quiet(&["www.secure.lab", "-c", "in"]);
    warns(&["www.secure.lab", "ch"], &["ignoring non-IN query class"]);
    warns(&["-c", "in", "-c", "ch", "x"], &["extra query class"]);
    warns(&["-c", "in", "-c", "foo", "x"], &["extra query class", "ignoring non-IN query class"]);
    // -c closes the type/class words.
    assert_eq!(quiet(&["-c", "in", "ch"]).qname, "ch");
    for args in [&["secure.lab", "axfr"][..], &["-t", "ixfr", "x"], &["x", "-tAXFR"]] {
        stops(args, "delv: Transfer not supported\n", 1);
    }
}

#[test]
fn address_families() {
    let p = quiet(&["-4", "x"]);
    assert!(p.ipv4 && !p.ipv6);
    let p = quiet(&["-6", "x"]);
    assert!(!p.ipv4 && p.ipv6);
    for args in [&["-4", "-6", "x"][..], &["-46"], &["-6", "x", "-4"], &["-64"]] {
        stops(args, "delv: only one of -4 and -6 allowed\n", 1);
    }
    // The value of -t is skipped by preparse_args(): no conflict.
    let p = warns(&["-t", "-4", "-6", "x"], &["ignoring invalid type"]);
    assert!(!p.ipv4 && p.ipv6);
    let no6 = Host { have_ipv4: true, have_ipv6: false };
    let r = run_on(no6, &["-6", "x"]);
    assert_eq!((r.err.as_str(), r.exit), ("delv: IPv6 networking not available\n", Some(1)));
    let no4 = Host { have_ipv4: false, have_ipv6: true };
    let r = run_on(no4, &["-4", "x"]);
    assert_eq!((r.err.as_str(), r.exit), ("delv: IPv4 networking not available\n", Some(1)));
}

#[test]
fn bundled_letters() {
    let p = quiet(&["-4i", "x"]);
    assert!(!p.ipv6 && !p.validate && p.no_sigs);
    let p = quiet(&["-im", "x"]);
    assert!(p.no_sigs);
    let p = quiet(&["-4tmx", "x"]);
    assert_eq!(p.qtype, 15);
    assert_eq!(quiet(&["-p5353", "x"]).port, "5353");
    assert_eq!(quiet(&["-p", "5353", "x"]).port, "5353");
    // delv parses the port late: any text is kept for now.
    assert_eq!(quiet(&["-p", "abc", "x"]).port, "abc");
    stops(&["-4z"], &usage_after("Invalid option: -z"), 1);
}

#[test]
fn source_addresses() {
    let p = quiet(&["-b", "127.0.0.1", "x"]);
    assert_eq!(p.source4, Some("127.0.0.1:0".parse().unwrap()));
    let p = quiet(&["-b", "127.0.0.1#5300", "-b", "::1#53", "x"]);
    assert_eq!(p.source4, Some("127.0.0.1:5300".parse().unwrap()));
    assert_eq!(p.source6, Some("[::1]:53".parse().unwrap()));
    stops(&["-b", "foo", "x"], "delv: Invalid address foo\n", 1);
    stops(&["-b", "foo#53", "x"], "delv: Invalid address foo#53\n", 1);
    stops(&["-b", "127.0.0.1", "-b", "127.0.0.2"], "delv: Only one local address per family can be specified\n\n", 1);
    stops(&["-b", "::1", "-b", "::2"], "delv: Only one local address per family can be specified\n\n", 1);
    let r = run(&["-b", "127.0.0.1#abc"]);
    assert_eq!(r.out, "invalid port 'abc': not a valid number\n");
    assert_eq!((r.err.as_str(), r.exit), ("delv: Couldn't parse port number\n", Some(1)));
    let r = run(&["-b", "127.0.0.1#70000"]);
    assert_eq!(r.out, "invalid port '70000': out of range\n");
}

#[test]
fn debug_level() {
    assert_eq!(quiet(&["-d", "5", "x"]).debug, 5);
    assert_eq!(quiet(&["-d99", "x"]).debug, 99);
    for (v, out) in [("x", "invalid debug level 'x': not a valid number\n"), ("100", "invalid debug level '100': out of range\n")] {
        let r = run(&["-d", v, "@127.0.0.53", "www.secure.lab"]);
        assert_eq!(r.out, out);
        assert_eq!((r.err.as_str(), r.exit), ("delv: Couldn't parse debug level\n", Some(1)));
    }
}

#[test]
fn anchors_and_validation() {
    let p = quiet(&["-a", "/tmp/k", "x"]);
    assert_eq!(p.anchor_file.as_deref(), Some("/tmp/k"));
    let p = quiet(&["-i", "x"]);
    assert!(!p.validate && p.no_sigs);
    let p = quiet(&["+noroot", "x"]);
    assert!(!p.validate && !p.no_sigs);
    let p = quiet(&["+root=secure.lab", "x"]);
    assert!(p.validate);
    assert_eq!(p.anchor_name.as_deref(), Some("secure.lab"));
    // +root after -i is ignored, value and all.
    let p = quiet(&["-i", "+root=secure.lab", "x"]);
    assert!(!p.validate && p.anchor_name.is_none());
    // +noroot=NAME still sets the name; +root= changes nothing.
    assert_eq!(quiet(&["+noroot=x", "y"]).anchor_name.as_deref(), Some("x"));
    assert_eq!(quiet(&["+root=", "y"]).anchor_name, None);
    let p = quiet(&["+noroot", "+root", "x"]);
    assert!(p.validate);
    assert!(quiet(&["+cdflag", "x"]).cdflag);
    assert!(quiet(&["+cd", "x"]).cdflag);
    assert!(!quiet(&["+cdflag", "+nocd", "x"]).cdflag);
    assert!(quiet(&["+tcp", "x"]).tcp);
    assert!(quiet(&["+tc", "x"]).tcp);
}

#[test]
fn help_and_version() {
    stops(&["-h"], USAGE, 1);
    stops(&["-h", "+foo"], USAGE, 1);
    stops(&["+foo", "-h"], &usage_after("Invalid option: +foo"), 1);
    stops(&["-v"], &format!("delv {}\n", crate::version::VERSION_TEXT), 0);
    stops(&["-v", "+foo"], &format!("delv {}\n", crate::version::VERSION_TEXT), 0);
    stops(&["-iv"], &format!("delv {}\n", crate::version::VERSION_TEXT), 0);
    assert!(USAGE.starts_with("Usage:  delv [@server] {q-opt} {d-opt} [domain] [q-type] [q-class]\nWhere:  domain\t  is"));
    assert!(USAGE.contains("(option included for compatibility;\n                 -d level"));
    assert!(USAGE.ends_with("+[no]yaml           (Present the results as YAML)\n"));
}

#[test]
fn bad_dash_options() {
    stops(&["@127.0.0.53", "-z", "www.secure.lab"], &usage_after("Invalid option: -z"), 1);
    stops(&["-z5"], &usage_after("Invalid option: -z5"), 1);
    stops(&["@127.0.0.53", "-", "www.secure.lab"], &usage_after("Invalid option: -"), 1);
    stops(&["-"], &usage_after("Invalid option: -"), 1);
    stops(&["@127.0.0.53", "www.secure.lab", "-t"], &usage_after("Invalid option: -t"), 1);
    stops(&["x", "-x"], &usage_after("Invalid option: -x"), 1);
    stops(&["x", "-4b"], &usage_after("Invalid option: -b"), 1);
    // Non-ASCII never splits a character.
    stops(&["-é"], &usage_after("Invalid option: -é"), 1);
    stops(&["-4é"], &usage_after("Invalid option: -é"), 1);
}

/// Each +option: (spelling, what it changes from the default).
#[test]
fn plus_options() {
    let d = DelvPrint::default;
    let cases: &[(&str, DelvPrint)] = &[
        ("+noall", DelvPrint { comments: false, rrcomments: false, trust: false, ..d() }),
        ("+a", d()),
        ("+noclass", DelvPrint { noclass: true, ..d() }),
        ("+nocl", DelvPrint { noclass: true, ..d() }),
        ("+nocomments", DelvPrint { comments: false, ..d() }),
        ("+noco", DelvPrint { comments: false, ..d() }),
        ("+nocrypto", DelvPrint { nocrypto: true, ..d() }),
        ("+nocr", DelvPrint { nocrypto: true, ..d() }),
        ("+nodnssec", DelvPrint { dnssec: false, ..d() }),
        ("+nodn", DelvPrint { dnssec: false, ..d() }),
        ("+mtrace", DelvPrint { mtrace: true, rtrace: true, ..d() }),
        ("+mtxyz", DelvPrint { mtrace: true, rtrace: true, ..d() }),
        ("+nomtrace", d()),
        ("+multiline", DelvPrint { multiline: true, ..d() }),
        ("+mu", DelvPrint { multiline: true, ..d() }),
        ("+norrcomments", DelvPrint { rrcomments: false, ..d() }),
        ("+norr", DelvPrint { rrcomments: false, ..d() }),
        ("+rtrace", DelvPrint { rtrace: true, ..d() }),
        ("+rt", DelvPrint { rtrace: true, ..d() }),
        ("+short", DelvPrint { short: true, comments: false, trust: false, dnssec: false, ..d() }),
        ("+sh", DelvPrint { short: true, comments: false, trust: false, dnssec: false, ..d() }),
        ("+shORT", DelvPrint { short: true, comments: false, trust: false, dnssec: false, ..d() }),
        ("+noshort", d()),
        ("+nosplit", DelvPrint { splitwidth: 0, ..d() }),
        ("+split=8", DelvPrint { splitwidth: 11, ..d() }),
        ("+split=0", DelvPrint { splitwidth: 0, ..d() }),
        ("+split", d()),
        ("+split=", d()),
        ("+nottl", DelvPrint { nottl: true, ..d() }),
        ("+nott", DelvPrint { nottl: true, ..d() }),
        ("+notrust", DelvPrint { trust: false, ..d() }),
        ("+notr", DelvPrint { trust: false, ..d() }),
        ("+unknownformat", DelvPrint { unknownformat: true, ..d() }),
        ("+u", DelvPrint { unknownformat: true, ..d() }),
        ("+vtrace", DelvPrint { vtrace: true, rtrace: true, ..d() }),
        ("+v", DelvPrint { vtrace: true, rtrace: true, ..d() }),
        ("+novtrace", d()),
        ("+yaml", DelvPrint { yaml: true, rrcomments: false, ..d() }),
        ("+y", DelvPrint { yaml: true, rrcomments: false, ..d() }),
        ("+noyaml", d()),
        ("+NOshort", d()),
        ("+nodlv", d()),
        ("+nodl", d()),
        ("+short=no", DelvPrint { short: true, comments: false, trust: false, dnssec: false, ..d() }),
        ("+=short", DelvPrint { short: true, comments: false, trust: false, dnssec: false, ..d() }),
    ];
    for (opt, want) in cases {
        let p = quiet(&[opt, "x"]);
        assert_eq!(&p.print, want, "{opt}");
    }
    // Later options re-enable what +short cleared; +short clears
    // multiline.
    let p = quiet(&["+short", "+dnssec", "+multi", "x"]);
    assert!(p.print.short && p.print.dnssec && p.print.multiline);
    let p = quiet(&["+dnssec", "+multi", "+short", "x"]);
    assert!(p.print.short && !p.print.dnssec && !p.print.multiline);
    // +novtrace keeps rtrace; +nomtrace too.
    let p = quiet(&["+vtrace", "+novtrace", "x"]);
    assert!(p.print.rtrace && !p.print.vtrace);
    let p = quiet(&["+mtrace", "+nomtrace", "x"]);
    assert!(p.print.rtrace && !p.print.mtrace);
    // +yaml clears rrcomments; a later +rrcomments sets it again.
    assert!(quiet(&["+yaml", "+rrcomments", "x"]).print.rrcomments);
}

#[test]
fn bad_plus_options() {
    for (opt, shown) in [
        ("+foo", "+foo"),
        ("+no", "+no"),
        ("+nosplit=4", "+nosplit"),
        ("+All", "+All"),
        ("+SHORT", "+SHORT"),
        ("+sHort", "+sHort"),
        ("+c", "+c"),
        ("+d", "+d"),
        ("+m", "+m"),
        ("+r", "+r"),
        ("+s", "+s"),
        ("+t", "+t"),
        ("+shorts", "+shorts"),
        ("+alll", "+alll"),
        ("+cdflags", "+cdflags"),
        ("+tcpx", "+tcpx"),
        ("+=foo", "+=foo"),
        ("+=foo=bar", "+=foo"),
        ("+x=1", "+x"),
        ("+ye", "+ye"),
        ("+noz", "+noz"),
    ] {
        stops(&["@127.0.0.53", opt, "www.secure.lab"], &usage_after(&format!("Invalid option: {shown}")), 1);
    }
    for dlv in ["+dlv", "+dl", "+DLV", "+dLv"] {
        let r = run(&[dlv]);
        if dlv == "+DLV" || dlv == "+dLv" {
            // The dispatch letters are case-sensitive.
            assert_eq!(r.err, usage_after(&format!("Invalid option: {dlv}")));
        } else {
            assert_eq!((r.err.as_str(), r.exit), ("Invalid option: +dlv is obsolete\n", Some(1)), "{dlv}");
        }
    }
}

#[test]
fn bare_plus_goes_on() {
    for (arg, shown) in [("+", ";; Invalid option \n"), ("+=", ";; Invalid option =\n"), ("+==", ";; Invalid option ==\n")] {
        let r = run(&["@127.0.0.53", arg, "www.secure.lab"]);
        assert_eq!((r.out.as_str(), r.err.as_str(), r.exit), (shown, "", None));
        assert_eq!(r.plan.unwrap().qname, "www.secure.lab");
    }
}

#[test]
fn split_widths() {
    let r = run(&["+split=6", "secure.lab", "dnskey"]);
    assert_eq!(r.err, "delv: warning: split must be a multiple of 4; adjusting to 8\n");
    assert_eq!(r.plan.unwrap().print.splitwidth, 11);
    for (v, out) in [("abc", "invalid split 'abc': not a valid number\n"), ("2000", "invalid split '2000': out of range\n")] {
        let r = run(&["@127.0.0.53", &format!("+split={v}"), "www.secure.lab"]);
        assert_eq!(r.out, out);
        assert_eq!(
            (r.err.as_str(), r.exit),
            ("delv: warning: split must be a multiple of 4; adjusting to 0\ndelv: Couldn't parse split\n", Some(1))
        );
    }
    // A width already set is rounded instead (11 -> 12).
    let r = run(&["+split=8", "+split=x"]);
    assert_eq!(r.err, "delv: warning: split must be a multiple of 4; adjusting to 12\ndelv: Couldn't parse split\n");
    let r = run(&["+split=1023", "x"]);
    assert_eq!(r.err, "delv: warning: split must be a multiple of 4; adjusting to 1024\n");
    assert_eq!(r.plan.unwrap().print.splitwidth, 1027);
    assert_eq!(quiet(&["+split=1020", "x"]).print.splitwidth, 1023);
    let r = run(&["+split=1", "x"]);
    assert_eq!(r.err, "delv: warning: split must be a multiple of 4; adjusting to 4\n");
    assert_eq!(r.plan.unwrap().print.splitwidth, 7);
    // The value after the first '=' is taken whole.
    let r = run(&["+split==4"]);
    assert_eq!(r.out, "invalid split '=4': not a valid number\n");
}
