//! Tests of preparse_args() and dash_option() (dash.rs).

use super::super::harness::*;
use super::super::{NS, PTR};
use super::*;
use crate::version::VERSION_TEXT;
use crate::wire::tsig::Algorithm;

// ---- preparse_args() ----

#[test]
fn preparse_reads_r_4_6() {
    assert_eq!(preparse_args(&["-r", "x"]), Ok(Preparse { ipv4only: false, ipv6only: false, digrc: false }));
    assert_eq!(preparse_args(&["-4r"]), Ok(Preparse { ipv4only: true, ipv6only: false, digrc: false }));
    assert_eq!(preparse_args(&["-6"]).map(|p| p.ipv6only), Ok(true));
    // A value that looks like an option is skipped.
    assert_eq!(preparse_args(&["-t", "-r"]).map(|p| p.digrc), Ok(true));
    // dig -4 -6: fatal, exit 1.
    assert_eq!(render(&preparse_args(&["-4", "-6"]).unwrap_err()), (String::new(), "dig: only one of -4 and -6 allowed\n".into(), Some(1)));
    assert_eq!(render(&preparse_args(&["-6", "x", "-4"]).unwrap_err()).1, "dig: only one of -4 and -6 allowed\n");
}

#[test]
fn preparse_rejects_bad_letters_and_missing_values_first() {
    // dig -debug: 'd' is a letter, then "ebug" is not an option.
    assert_eq!(render(&preparse_args(&["-debug"]).unwrap_err()), (String::new(), usage_after("Invalid option: -ebug"), Some(1)));
    assert_eq!(render(&preparse_args(&["+foo", "-z"]).unwrap_err()).1, usage_after("Invalid option: -z"));
    assert_eq!(render(&preparse_args(&["x", "-t"]).unwrap_err()).1, usage_after("Invalid option: -t"));
    assert_eq!(render(&preparse_args(&["-4x"]).unwrap_err()).1, usage_after("Invalid option: -x"));
    assert!(preparse_args(&["-xfoo"]).is_ok());
    // A lone "-" passes here and fails in dash_option().
    assert!(preparse_args(&["-", "x"]).is_ok());
    assert_eq!(outcome(&["-", "x"]), (String::new(), usage_after("Invalid option: -"), Some(1)));
}

// ---- dash_option(): the names, types and classes ----

#[test]
fn dash_t() {
    let l = one(&["-t", "mx", "edge.lab"]);
    assert_eq!((l.rdtype, l.rdtypeset), (15, true));
    assert_eq!(one(&["-tmx", "edge.lab"]).rdtype, 15);
    assert_eq!(one(&["-t", "TYPE16", "x"]).rdtype, 16);
    // After -t, a type word is a name.
    let p = parse(&["-t", "mx", "localhost", "mx"]);
    assert_eq!(p.lookups.iter().map(|l| (l.textname.as_str(), l.rdtype)).collect::<Vec<_>>(), [("localhost", 15), ("mx", 15)]);
    let p = parse(&["-t", "foo", "localhost"]);
    assert_eq!(render(&p.events).1, ";; Warning, ignoring invalid type foo\n");
    assert_eq!(p.lookups[0].rdtype, 1);
    // "-t ixfr" is invalid; "-t ixfr=N" is IXFR.
    assert_eq!(render(&parse(&["x", "-t", "ixfr"]).events).1, ";; Warning, ignoring invalid type ixfr\n");
    let l = one(&["x", "-t", "ixfr=5"]);
    assert_eq!((l.rdtype, l.ixfr_serial, l.tcp_mode), (IXFR, 5, true));
    let p = parse(&["x", "-t", "a", "-t", "mx"]);
    assert_eq!(render(&p.events).1, ";; Warning, extra type option\n");
    assert_eq!(outcome(&["x", "-t"]).1, usage_after("Invalid option: -t"));
}

#[test]
fn dash_c() {
    let l = one(&["-c", "CH", "-t", "TXT", "version.bind"]);
    assert_eq!((l.rdclass, l.rdtype), (3, 16));
    assert_eq!(one(&["-cin", "x"]).rdclass, 1);
    let p = parse(&["localhost", "-c", "foo"]);
    assert_eq!(render(&p.events).1, ";; Warning, ignoring invalid class foo\n");
    let p = parse(&["localhost", "-c", "ch", "-c", "in"]);
    assert_eq!(render(&p.events).1, ";; Warning, extra class option\n");
    assert_eq!(p.lookups[0].rdclass, 1);
    // After -c a class word is a name.
    assert_eq!(parse(&["-c", "ch", "x", "in"]).lookups.len(), 2);
}

#[test]
fn dash_q() {
    let p = parse(&["-q", "mx", "-q", "txt"]);
    assert_eq!(p.lookups.iter().map(|l| (l.textname.as_str(), l.rdtype)).collect::<Vec<_>>(), [("mx", 1), ("txt", 1)]);
    assert_eq!(p.lookups[0].cmdline, greeting("-q mx -q txt", 0));
    let l = one(&["-q", "edge.lab", "-t", "mx"]);
    assert_eq!((l.textname.as_str(), l.rdtype), ("edge.lab", 15));
    assert_eq!(one(&["-qwww.edge.lab"]).textname, "www.edge.lab");
}

#[test]
fn dash_x() {
    let l = one(&["-x", "132.205.244.185"]);
    assert_eq!((l.textname.as_str(), l.rdtype, l.rdclass, l.new_search), ("185.244.205.132.in-addr.arpa.", PTR, 1, true));
    assert_eq!(l.cmdline, greeting("-x 132.205.244.185", 0));
    assert_eq!(one(&["-x", "1.2"]).textname, "2.1.in-addr.arpa.");
    assert_eq!(one(&["-x", "foo.bar"]).textname, "bar.foo.in-addr.arpa.");
    assert_eq!(one(&["-x", "1.2.3.4.5"]).textname, "5.4.3.2.1.in-addr.arpa.");
    assert_eq!(one(&["-x", "::1"]).textname, format!("1.{}ip6.arpa", "0.".repeat(31)));
    assert_eq!(
        one(&["-x", "2607:f8b0:400b:80f::2003"]).textname,
        "3.0.0.2.0.0.0.0.0.0.0.0.0.0.0.0.f.0.8.0.b.0.0.4.0.b.8.f.7.0.6.2.ip6.arpa"
    );
    // A type given before or after -x stays.
    assert_eq!(one(&["-x", "1.2.3.4", "-t", "a"]).rdtype, 1);
    assert_eq!(one(&["-t", "ns", "-x", "1.2.3.4"]).rdtype, NS);
    let p = parse(&["-x", "192.0.2.10", "-x", "192.0.2.20"]);
    assert_eq!(p.lookups.len(), 2);
    // Too long for BIND's buffer.
    let long = "1".repeat(1010);
    assert_eq!(outcome(&["-x", &long]), (String::new(), format!("Invalid IP address {long}\n"), Some(1)));
    assert!(parse(&["-x", &"1".repeat(1009)]).lookups.len() == 1);
    assert_eq!(outcome(&["-x"]).1, usage_after("Invalid option: -x"));
}

// ---- dash_option(): the other options ----

#[test]
fn dash_p() {
    let p = parse(&["-p", "5353", "x"]);
    assert_eq!((p.dig.settings().port, p.dig.settings().port_set), (5353, true));
    assert_eq!(parse(&["-p5353", "x"]).dig.settings().port, 5353);
    assert_eq!(
        outcome(&["-p", "70000", "x"]),
        ("invalid port number '70000': out of range\n".into(), "dig: Couldn't parse port number\n".into(), Some(1))
    );
    assert_eq!(outcome(&["-p", "abc", "x"]).0, "invalid port number 'abc': not a valid number\n");
}

#[test]
fn dash_b() {
    let p = parse(&["-b", "127.0.0.1", "x"]);
    assert_eq!(p.dig.settings().source, Some("127.0.0.1:0".parse().unwrap()));
    assert_eq!(parse(&["-b", "::1#5300", "x"]).dig.settings().source, Some("[::1]:5300".parse().unwrap()));
    assert_eq!(outcome(&["-b", "foo", "x"]), (String::new(), "dig: invalid address foo\n".into(), Some(1)));
    assert_eq!(outcome(&["-b", "foo#53", "x"]).1, "dig: invalid address foo#53\n");
    assert_eq!(
        outcome(&["-b", "127.0.0.1#x", "x"]),
        ("invalid port number 'x': not a valid number\n".into(), "dig: Couldn't parse port number\n".into(), Some(1))
    );
    // -4 acts in preparse_args(), before -b whatever the order.
    assert_eq!(outcome(&["-b", "::1", "-4", "x"]).1, "dig: invalid address ::1\n");
    assert_eq!(outcome(&["-4", "-b", "::1", "x"]).1, "dig: invalid address ::1\n");
}

#[test]
fn dash_h_and_v() {
    assert_eq!(outcome(&["-h"]), (HELP.into(), String::new(), Some(0)));
    assert_eq!(outcome(&["-h", "www.edge.lab"]), (HELP.into(), String::new(), Some(0)));
    assert_eq!(outcome(&["-v"]), (String::new(), format!("{VERSION_TEXT}\n"), Some(0)));
    // -h after an error is never reached; before one, it wins.
    assert_eq!(outcome(&["+foo", "-h"]).2, Some(1));
    assert_eq!(outcome(&["-4h"]).2, Some(0));
    assert!(HELP.starts_with(&USAGE[..USAGE.find("\n\n").unwrap() + 1]));
}

#[test]
fn dash_letters_without_values() {
    // -i, -n (deprecated), -m (memory debugging), -r: no visible effect.
    for a in ["-i", "-n", "-m", "-r", "-imnr"] {
        assert_eq!(outcome(&[a, "x"]), (String::new(), String::new(), None), "{a}");
    }
    assert!(one(&["-u", "x"]).display.use_usec);
    assert!(!parse(&["x", "-u", "y"]).lookups[1].display.use_usec);
    // Letters and then a value option.
    let l = one(&["-ut", "mx", "x"]);
    assert!(l.display.use_usec);
    assert_eq!(l.rdtype, 15);
    assert_eq!(outcome(&["-z", "x"]).1, usage_after("Invalid option: -z"));
}

#[test]
fn dash_d_warns_and_goes_on() {
    let p = parse(&["-d", "x"]);
    assert_eq!(p.events, vec![Event::Warn(UNSUPPORTED_DEBUG.into())]);
    assert_eq!(p.lookups.len(), 1);
    assert!(p.dig.globals().debugging);
    // In ~/.digrc, -debug is -d, -dz invalid.
    assert_eq!(render(&parse_full(&["x"], Some("-debug\n"), &[]).events).1, format!("dig: {UNSUPPORTED_DEBUG}\n"));
    assert_eq!(render(&parse_full(&["x"], Some("-dz\n"), &[]).events).1, usage_after("Invalid option: -dz"));
    assert_eq!(parse(&["-dt", "mx", "x"]).lookups[0].rdtype, 15);
}

#[test]
fn dash_f_and_k() {
    assert_eq!(parse(&["-f", "/dev/null"]).dig.globals().batchname.as_deref(), Some("/dev/null"));
    // -k with no such file: BIND's message, and on without a key.
    let p = parse(&["-k", "/nonexistent/key", "x"]);
    assert_eq!(render(&p.events), (String::new(), "Couldn't read key from /nonexistent/key: file not found\n".into(), None));
    assert_eq!(p.lookups.len(), 1);
    // A key file: the key signs the run's queries.
    let dir = std::env::temp_dir().join(format!("rlookup-dash-k-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("k.key");
    std::fs::write(&file, "key \"lab-key\" { algorithm hmac-sha256; secret \"c2VjcmV0LXNlY3JldA==\"; };\n").unwrap();
    let p = parse(&["-k", file.to_str().unwrap(), "x"]);
    assert_eq!(render(&p.events), (String::new(), String::new(), None));
    let key = p.dig.settings().tsig.clone().expect("a key");
    assert_eq!((key.name.to_text(false), key.algorithm), ("lab-key.".to_string(), Algorithm::HmacSha256));
    assert!(p.dig.globals().key_made);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn dash_y() {
    assert_eq!(outcome(&["-y", "bad", "x"]), (String::new(), USAGE.into(), Some(1)));
    assert_eq!(outcome(&["-y", ":::", "x"]).1, USAGE);
    // A key: hmac-md5 unless named; a secret under 64 bits is said to be
    // too short (BIND's log line, after its time stamp).
    let p = parse(&["-y", "name:c2VjcmV0", "x"]);
    assert_eq!(p.dig.settings().tsig.as_ref().map(|k| k.algorithm), Some(Algorithm::HmacMd5));
    assert_eq!(render(&p.events), (String::new(), "the key 'name' is too short to be secure\n".into(), None));
    let p = parse(&["-y", "hmac-sha256:name:c2VjcmV0LXNlY3JldA==", "x"]);
    assert_eq!(p.dig.settings().tsig.as_ref().map(|k| k.algorithm), Some(Algorithm::HmacSha256));
    assert_eq!(render(&p.events), (String::new(), String::new(), None));
    // Keys BIND cannot make: its message, and on unsigned.
    let p = parse(&["-y", "hmac-foo:name:c2VjcmV0", "x"]);
    assert_eq!(
        render(&p.events),
        (
            ";; Couldn't create key name: algorithm is unsupported\n".into(),
            ";; Warning, ignoring invalid TSIG algorithm hmac-foo\n".into(),
            None
        )
    );
    assert_eq!(p.dig.globals().tsig, Some(TsigKey { name: "name".into(), secret: "c2VjcmV0".into() }));
    assert_eq!(outcome(&["-y", "name:bad!", "x"]).0, ";; Couldn't create key name: bad base64 encoding\n");
    assert_eq!(
        outcome(&["-y", "hmac-sha256-x:name:c2VjcmV0", "x"]),
        ("invalid digest-bits [0..256] 'x': not a valid number\n".into(), "dig: couldn't parse digest bits\n".into(), Some(1))
    );
    let p = parse(&["-y", "hmac-sha1-81:n:c2VjcmV0", "x"]);
    assert_eq!((p.dig.globals().hmac, p.dig.globals().digestbits), (Some(Algorithm::HmacSha1), 88));
    assert_eq!(outcome(&["-y", "hmac-sha512-12345678:n:s", "x"]).1, "dig: unknown key type 'hmac-sha512-12345678'\n");
    assert_eq!(
        outcome(&["-y", "hmac-sha512-1234567:n:s", "x"]),
        ("invalid digest-bits [0..512] '1234567': out of range\n".into(), "dig: couldn't parse digest bits\n".into(), Some(1))
    );
    // The colons are put back for the greeting... where dig.c puts them.
    assert_eq!(parse(&["-y", "hmac-foo:n:c2VjcmV0", "x"]).lookups[0].cmdline, greeting("-y hmac-foo:n:c2VjcmV0 x", 0));
    assert_eq!(parse(&["-y", "n:c2VjcmV0:", "+noall", "x"]).lookups[0].cmdline, "");
}
