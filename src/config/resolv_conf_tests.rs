//! Tests of `config::resolv_conf`: the file as libirs reads it.

use super::*;

fn parse(s: &str) -> ResolvConf {
    ResolvConf::parse(s.as_bytes()).expect("parses")
}

#[test]
fn servers_search_and_options() {
    let rc = parse("nameserver 192.0.2.1\nnameserver 2001:db8::1\nsearch example.com example.net\noptions ndots:2 timeout:1 attempts:4\n");
    assert_eq!(rc.nameservers, vec!["192.0.2.1".parse::<IpAddr>().unwrap(), "2001:db8::1".parse().unwrap()]);
    assert!(!rc.fallback);
    assert_eq!(rc.search, vec!["example.com", "example.net"]);
    assert_eq!((rc.ndots, rc.timeout, rc.attempts), (2, 1, 4));
}

#[test]
fn bind_defaults_when_options_absent() {
    let rc = parse("nameserver 192.0.2.1\n");
    assert_eq!((rc.ndots, rc.timeout, rc.attempts), (1, 0, 3));
    assert!(rc.search.is_empty());
}

#[test]
fn systemd_stub_file() {
    let rc = parse("# This is /run/systemd/resolve/stub-resolv.conf\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n");
    assert_eq!(rc.nameservers, vec![IpAddr::from([127, 0, 0, 53])]);
    assert_eq!(rc.search, vec!["."]);
}

#[test]
fn empty_file_falls_back_to_localhost() {
    for text in ["", "# No DNS servers known.\n", "search example.com\n"] {
        let rc = parse(text);
        assert!(rc.fallback, "{text:?}");
        assert_eq!(rc.nameservers, fallback_servers());
    }
    assert_eq!(parse("search example.com\n").search, vec!["example.com"]);
}

#[test]
fn at_most_three_servers() {
    let rc = parse("nameserver 127.0.0.1\nnameserver 127.0.0.2\nnameserver 127.0.0.3\nnameserver 127.0.0.4\n");
    assert_eq!(rc.nameservers.len(), 3);
}

#[test]
fn the_last_of_search_and_domain_wins() {
    let rc = parse("search a.example b.example\ndomain c.example\nnameserver 127.0.0.1\n");
    assert_eq!(rc.search, vec!["c.example"]);
    let rc = parse("domain c.example\nsearch a.example b.example\nnameserver 127.0.0.1\n");
    assert_eq!(rc.search, vec!["a.example", "b.example"]);
}

#[test]
fn at_most_eight_search_domains() {
    let rc = parse("search a b c d e f g h i j\nnameserver 127.0.0.1\n");
    assert_eq!(rc.search, vec!["a", "b", "c", "d", "e", "f", "g", "h"]);
}

#[test]
fn all_zero_server_is_loopback() {
    let rc = parse("nameserver 0.0.0.0\n");
    assert_eq!(rc.nameservers, vec![IpAddr::from([127, 0, 0, 1])]);
}

#[test]
fn missing_file_is_the_default() {
    let rc = ResolvConf::load(Path::new("/nonexistent/rlookup/resolv.conf")).unwrap();
    assert_eq!(rc, ResolvConf::default());
}

fn refused(bytes: &[u8]) -> String {
    ResolvConf::parse(bytes).expect_err("libirs refuses it").0
}

fn v4(a: [u8; 4]) -> IpAddr {
    IpAddr::from(a)
}

// Each case below was run through BIND 9.18.49's dig in the lab (its
// /etc/resolv.conf replaced): what it searched, or "parse of
// /etc/resolv.conf failed" (exit 1) where these expect an error.

/// Search domains keep their bytes: one that is not UTF-8 is asked as
/// `www.caf\233.lab.`, and an escape is text for the name parser later
/// (`www.x\.y.lab.`), not the file's business.
#[test]
fn search_domains_are_the_files_bytes() {
    let rc = ResolvConf::parse(b"nameserver 127.0.0.53\nsearch caf\xe9.lab x\\046y.lab edge.lab.\n").unwrap();
    assert_eq!(
        rc.search.iter().map(|s| crate::rawtext::encode(s).into_owned()).collect::<Vec<_>>(),
        [b"caf\xe9.lab".to_vec(), b"x\\046y.lab".to_vec(), b"edge.lab.".to_vec()]
    );
}

#[test]
fn a_nameserver_line_is_one_address_and_a_comment_at_most() {
    assert_eq!(refused(b"nameserver 127.0.0.53 junk\n"), "unexpected token");
    // CRLF: the carriage return is white space but not the line's end.
    assert_eq!(refused(b"nameserver 127.0.0.53\r\nsearch edge.lab\n"), "unexpected token");
    // A comment starts only where a word could.
    assert_eq!(refused(b"nameserver 127.0.0.53;c\n"), "bad address form");
    let rc = ResolvConf::parse(b"nameserver 127.0.0.53 # comment\n  nameserver   127.0.0.54  \t \n search edge.lab ; c\n").unwrap();
    assert_eq!(rc.nameservers, [v4([127, 0, 0, 53]), v4([127, 0, 0, 54])]);
    assert_eq!(rc.search, ["edge.lab"]);
}

/// A keyword with nothing after it on its line reads the next line's
/// first word: `nameserver` takes it for its address and then finds
/// junk after it, `search` takes the next line as its domains (and the
/// file then has no server).
#[test]
fn a_keyword_alone_reads_on_into_the_next_line() {
    assert_eq!(refused(b"nameserver\nnameserver 127.0.0.53\n"), "unexpected token");
    let rc = ResolvConf::parse(b"search\nnameserver 127.0.0.53\n").unwrap();
    assert_eq!(rc.search, ["nameserver", "127.0.0.53"]);
    assert!(rc.fallback);
    // At the end of the file, a keyword alone is nothing; before a
    // newline, it lacks its values.
    assert!(ResolvConf::parse(b"nameserver 127.0.0.53\noptions").is_ok());
    assert_eq!(refused(b"nameserver 127.0.0.53\noptions\n"), "unexpected end of input");
}

/// getaddrinfo's numeric forms (inet_aton's among them); the fourth
/// server is not even read.
#[test]
fn addresses_are_what_getaddrinfo_reads_as_numbers() {
    let rc = ResolvConf::parse(b"nameserver 0x7f.0.0.53\nnameserver 127.1\nnameserver fe80::1%1\nnameserver bad\n").unwrap();
    assert_eq!(rc.nameservers, [v4([127, 0, 0, 53]), v4([127, 0, 0, 1]), "fe80::1".parse().unwrap()]);
    assert_eq!(refused(b"nameserver 127.0.0.256\n"), "bad address form");
    assert_eq!(refused(b"nameserver localhost\n"), "bad address form");
}

#[test]
fn domain_is_one_name_and_the_last_of_domain_and_search_wins() {
    assert_eq!(refused(b"domain edge.lab junk\nnameserver 127.0.0.53\n"), "unexpected token");
    assert_eq!(ResolvConf::parse(b"search a.lab\ndomain edge.lab\nnameserver 127.0.0.53\n").unwrap().search, ["edge.lab"]);
}

/// strtol's reading, 0 to 255; unknown options and keywords are skipped.
#[test]
fn options_are_numbers_from_0_to_255() {
    assert_eq!(refused(b"options ndots:256\nnameserver 127.0.0.53\n"), "out of range");
    assert_eq!(refused(b"options ndots:x\nnameserver 127.0.0.53\n"), "unexpected token");
    assert_eq!(refused(b"options attempts:-1\n"), "out of range");
    let rc = ResolvConf::parse(b"options ndots:\nnameserver 127.0.0.53\n").unwrap();
    assert_eq!(rc.ndots, 0);
    let rc = ResolvConf::parse(b"nameserver 127.0.0.53\nfoo bar baz\noptions ndots:+2 attempts:-0 bogus timeout:7\n").unwrap();
    assert_eq!((rc.ndots, rc.attempts, rc.timeout), (2, 0, 7));
}

#[test]
fn sortlist_is_checked() {
    assert!(ResolvConf::parse(b"nameserver 127.0.0.53\nsortlist 1.2.3.4/255.0.0.0 10.0.0.0\n").is_ok());
    assert_eq!(refused(b"nameserver 127.0.0.53\nsortlist bad\n"), "bad address form");
    assert_eq!(
        refused(b"sortlist 1.1.1.1 2.2.2.2 3.3.3.3 4.4.4.4 5.5.5.5 6.6.6.6 7.7.7.7 8.8.8.8 9.9.9.9 1.0.0.1 1.0.0.2\n"),
        "quota reached"
    );
}

/// A word longer than libirs' 255-byte buffer: after `search`, its first
/// 255 bytes are a domain and the rest is read as the next keyword (an
/// unknown one: its line is skipped); as a keyword, it ends the file.
#[test]
fn a_word_too_long_for_libirs() {
    let long = "a".repeat(300);
    let rc = parse(&format!("nameserver 127.0.0.53\nsearch {long}\nnameserver 127.0.0.54\n"));
    assert_eq!(rc.nameservers, [v4([127, 0, 0, 53]), v4([127, 0, 0, 54])]);
    assert_eq!(rc.search, ["a".repeat(255)]);
    let rc = parse(&format!("nameserver 127.0.0.53\n{long}\nsearch edge.lab\n"));
    assert!(rc.search.is_empty());
}

/// A smoke fuzz on stable (the cargo-fuzz target is `resolv_conf`):
/// mutated files parse or are refused, never panic, and what parses keeps
/// libirs' limits.
#[test]
fn mutated_files_parse_or_are_refused() {
    use rand::{RngExt, SeedableRng};
    let seed: &[u8] = b"nameserver 127.0.0.53\nsearch a.lab b.lab\noptions ndots:2 timeout:1\nsortlist 1.2.3.4/255.0.0.0\ndomain x.lab\n";
    let alphabet: &[u8] = b" \t\n\r#;:/.%+-0123456789abcdefnameserversearchoptionsdomainsortlistx\xff";
    let mut rng = rand::rngs::StdRng::seed_from_u64(13);
    let mut parsed = 0;
    for _ in 0..20_000 {
        let mut f = seed.to_vec();
        for _ in 0..rng.random_range(1..6) {
            let i = rng.random_range(0..f.len());
            let b = alphabet[rng.random_range(0..alphabet.len())];
            match rng.random_range(0..3) {
                0 => {
                    f.remove(i);
                }
                1 => f[i] = b,
                _ => f.insert(i, b),
            }
        }
        if let Ok(rc) = ResolvConf::parse(&f) {
            parsed += 1;
            assert!((1..=3).contains(&rc.nameservers.len()) && rc.search.len() <= 8, "{rc:?}");
        }
    }
    assert!(parsed > 2_000, "only {parsed} of the mutated files parsed");
}
