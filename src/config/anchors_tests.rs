//! Tests of config::anchors: every trust-anchor file delv 9.18 was run
//! with in the lab (research/delv.md 8.9; files in
//! tests/fixtures/dnssec/anchors/), with delv's exact messages, plus the
//! configuration grammar's corners.

use std::path::{Path, PathBuf};

use super::*;

fn fixture(f: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dnssec/anchors").join(f)
}

fn load(f: &str) -> (Setup, String) {
    let p = fixture(f);
    let shown = p.display().to_string();
    (setup_with(Some(&p), Path::new("/nonexistent/bind.keys"), None), shown)
}

fn ds_hex(a: &TrustAnchors) -> Vec<String> {
    a.ds.iter().map(|d| data_encoding::HEXUPPER.encode(d)).collect()
}

/// The lab root key's SHA-256 DS (tag 7650, algorithm 13).
const LAB_DS: &str = "1DE20D0232636894A1B2AA4225268059C8C2448095B56B9765E8837C6444A48F0501977D";

#[test]
fn key_anchors_become_sha256_ds() {
    for f in ["initial-key.conf", "static-ds.conf", "initial-ds.conf", "key-and-ds.conf"] {
        let (s, _) = load(f);
        assert!(s.log.is_empty(), "{f}: {:?}", s.log);
        let a = s.result.expect(f);
        assert!(rdata_eq(&a.name, "."));
        assert!(ds_hex(&a).iter().all(|d| d == LAB_DS), "{f}: {:?}", ds_hex(&a));
    }
    let (s, _) = load("key-and-ds.conf");
    let a = s.result.unwrap();
    assert_eq!(a.anchors.len(), 2);
    assert!(a.anchors[0].is_key() && !a.anchors[1].is_key());
    assert_eq!(a.anchors[0].line, 2);
    let (s, _) = load("static-ds-sha1.conf");
    assert_eq!(ds_hex(&s.result.unwrap()), ["1DE20D01FCDA04CA9FCF1B5F824ADA168E073567DCB3D947"]);
}

fn rdata_eq(n: &Name, text: &str) -> bool {
    n.eq_ignore_case(&Name::from_text(text, Some(&Name::root())).unwrap())
}

#[test]
fn deprecated_clauses_warn() {
    let (s, p) = load("trusted-keys.conf");
    assert_eq!(s.log, [format!(";; {p}:1: option 'trusted-keys' is deprecated")]);
    assert_eq!(s.result.unwrap().anchors[0].kind, AnchorKind::Trusted);
    let (s, p) = load("managed-keys.conf");
    assert_eq!(s.log, [format!(";; {p}:1: option 'managed-keys' is deprecated")]);
    assert!(s.result.is_ok());
}

#[test]
fn bad_entries_stop_the_setup() {
    for (f, text) in [
        ("ds-short.conf", "bad hex encoding"),
        ("ds-short2.conf", "unexpected end of input"),
        ("badb64.conf", "bad base64 encoding"),
        ("alg253.conf", "disallowed (by application policy)"),
        ("range.conf", "out of range"),
    ] {
        let (s, p) = load(f);
        assert_eq!(s.log, [format!(";; {p}:2: failed to add trusted key '.': {text}"), ";; setup_dnsseckeys: failure".to_string()], "{f}");
        assert_eq!(s.result, Err(Failure::Setup), "{f}");
    }
    let (s, p) = load("badname.conf");
    assert_eq!(
        s.log,
        [
            ";; failed to convert QNAME bad..name: empty label".to_string(),
            format!(";; {p}:2: failed to add trusted key 'bad..name': empty label"),
            ";; setup_dnsseckeys: failure".to_string(),
        ]
    );
}

#[test]
fn accepted_then_failing_at_validation() {
    for f in ["ds-wrong.conf", "wrongkey.conf", "zskflag.conf", "alg1.conf"] {
        let (s, _) = load(f);
        assert!(s.log.is_empty() && s.result.is_ok(), "{f}");
    }
}

#[test]
fn unparsable_files_are_fatal() {
    for (f, line) in [
        ("badmethod.conf", ":2: 'bogus-key' unexpected"),
        ("syntax.conf", ":3: missing ';' before '}'"),
        ("options.conf", ":1: unknown option 'options'"),
    ] {
        let (s, p) = load(f);
        assert_eq!(s.log, [format!(";; {p}{line}")], "{f}");
        assert_eq!(s.result, Err(Failure::Fatal(format!("Unable to load keys from '{p}'"))), "{f}");
    }
    let dir = std::env::temp_dir();
    let s = setup_with(Some(&dir), Path::new("/nonexistent"), None);
    let d = dir.display().to_string();
    assert_eq!(s.log, [format!(";; {d}:1: not a file ")]);
    assert_eq!(s.result, Err(Failure::Fatal(format!("Unable to load keys from '{d}'"))));
}

#[test]
fn missing_and_empty_files() {
    let s = setup_with(Some(Path::new("/nonexistent/x.keys")), Path::new("/nonexistent"), None);
    assert!(s.log.is_empty());
    assert_eq!(s.result, Err(Failure::Fatal("Unable to read key file '/nonexistent/x.keys'".into())));
    for f in ["empty.conf", "securelab.conf"] {
        let (s, _) = load(f);
        assert_eq!(s.result, Err(Failure::Fatal("No trusted keys were loaded".into())), "{f}");
    }
}

#[test]
fn anchor_name_selects_entries() {
    let p = fixture("securelab.conf");
    let s = setup_with(Some(&p), Path::new("/nonexistent"), Some("secure.lab"));
    let a = s.result.unwrap();
    assert!(rdata_eq(&a.name, "secure.lab"));
    assert_eq!(a.ds.len(), 1);
    let s = setup_with(Some(&p), Path::new("/nonexistent"), Some("bad..name"));
    assert_eq!(s.log, [";; failed to convert QNAME bad..name: empty label", ";; setup_dnsseckeys: empty label"]);
    assert_eq!(s.result, Err(Failure::Setup));
    let s = setup_with(None, &fixture("initial-key.conf"), Some("foo"));
    assert_eq!(s.result, Err(Failure::Fatal("No trusted keys were loaded".into())));
}

#[test]
fn builtin_anchors_when_the_default_file_is_missing_or_broken() {
    let s = setup_with(None, Path::new("/nonexistent/bind.keys"), None);
    assert!(s.log.is_empty());
    let a = s.result.unwrap();
    assert_eq!(a.anchors.len(), 2);
    assert_eq!(crate::validate::crypto::key_tag(&a.anchors[0].rdata), 20326);
    assert_eq!(u16::from_be_bytes([a.ds[0][0], a.ds[0][1]]), 20326);
    assert_eq!(data_encoding::HEXUPPER.encode(&a.ds[0][4..]), "E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D");
    assert_eq!(u16::from_be_bytes([a.ds[1][0], a.ds[1][1]]), 38696);
    // A broken default file: its messages, then the built-in keys.
    let s = setup_with(None, &fixture("syntax.conf"), None);
    assert_eq!(s.log.len(), 1);
    assert_eq!(s.result.unwrap().anchors.len(), 2);
}

#[test]
fn names_of_every_entry() {
    // --validate keeps every name's anchors.
    let names = |f: Option<&Path>, default: &Path| names_with(f, default).map(|n| n.iter().map(|n| n.to_text(false)).collect::<Vec<_>>());
    assert_eq!(names(Some(&fixture("securelab.conf")), Path::new("/nonexistent")), Ok(vec!["secure.lab.".to_string()]));
    assert_eq!(names(Some(&fixture("key-and-ds.conf")), Path::new("/nonexistent")), Ok(vec![".".to_string()]));
    assert_eq!(names(Some(&fixture("empty.conf")), Path::new("/nonexistent")), Ok(vec![]));
    // The default file, else the built-in keys.
    assert_eq!(names(None, &fixture("securelab.conf")), Ok(vec!["secure.lab.".to_string()]));
    assert_eq!(names(None, Path::new("/nonexistent/bind.keys")), Ok(vec![".".to_string()]));
    assert_eq!(names(None, &fixture("syntax.conf")), Ok(vec![".".to_string()]));
    // delv's failures for a file given.
    assert_eq!(
        names(Some(Path::new("/nonexistent/x.keys")), Path::new("/nonexistent")),
        Err(Failure::Fatal("Unable to read key file '/nonexistent/x.keys'".into()))
    );
    let p = fixture("syntax.conf");
    assert_eq!(names(Some(&p), Path::new("/nonexistent")), Err(Failure::Fatal(format!("Unable to load keys from '{}'", p.display()))));
}

fn parse_text(text: &str) -> Parsed {
    parse(Ok(text.as_bytes()), "t.conf")
}

#[test]
fn grammar_corners() {
    let key = "\"wocNisCMKalIaGOAeTECGbaFK1Ui9MU6mnaLVzDT/G8hfjOaC14vgYSz84Gu4k7Hge3pIyhlBvny5B7EtWGz7A==\"";
    // Comments of three kinds, upper-case keywords, hex and octal numbers.
    let p = parse_text(&format!("# c\n// c\n/* a\n b */ TRUST-ANCHORS {{ . Static-Key 0x101 03 13 {key}; }};\n"));
    assert!(p.ok, "{:?}", p.log);
    assert_eq!(p.entries[0].rdata, [257, 3, 13]);
    assert_eq!(p.entries[0].line, 4);
    // A base64 key over several lines inside the quotes.
    let p = parse_text(
        "trust-anchors { . static-key 257 3 13 \"wocNisCMKalIaGOAeTECGbaFK1Ui9MU6mnaLVzDT/G8hfjOaC14v\n  gYSz84Gu4k7Hge3pIyhlBvny5B7EtWGz7A==\"; };",
    );
    assert!(p.ok);
    assert_eq!(base64(&p.entries[0].data).unwrap().len(), 64);
    for (text, msg) in [
        ("trust-anchors { . static-key 257 3 x \"AA==\"; };", "t.conf:1: expected number near 'x'"),
        ("trust-anchors { . static-key 257 3 13 AA; };", "t.conf:1: expected quoted string near 'AA'"),
        ("trust-anchors { . static-key 257 3 99999999999 \"AA==\"; };", "t.conf:1: out of range "),
        ("trust-anchors . static-key", "t.conf:1: '{' expected near '.'"),
        ("trust-anchors { . static-key 257 3 13 \"AA==\"; };\n}", "t.conf:2: syntax error near '}'"),
        ("trust-anchors { . static-key 257 3 13 \"AA==", "t.conf:1: unexpected end of input "),
        ("trust-anchors { . static-key 257 3 13 \"AA==\"; ", "t.conf:1: expected string near end of file"),
        ("/* open", "t.conf:1: unexpected end of input "),
    ] {
        let p = parse_text(text);
        assert!(!p.ok, "{text}");
        assert_eq!(p.log.first().map(String::as_str), Some(msg), "{text}");
    }
    // A token longer than 30 characters is cut in the message.
    let p = parse_text("trust-anchors { . static-key 257 3 13 0123456789012345678901234567890123456789; };");
    assert_eq!(p.log[0], "t.conf:1: expected quoted string near '012345678901234567890123456789...'");
}

#[test]
fn decoders_are_binds() {
    assert_eq!(base64("AA==").unwrap(), [0]);
    assert_eq!(base64(" A A = = ").unwrap(), [0]);
    assert!(base64("AB==").is_err(), "non-zero pad bits");
    assert!(base64("AA==AA==").is_err(), "data after the end");
    assert!(base64("AAA").is_err());
    assert_eq!(hex("0a 0B").unwrap(), [10, 11]);
    assert!(hex("0a0").is_err());
    assert_eq!(parse_uint32("0x10"), Ok(16));
    assert_eq!(parse_uint32("010"), Ok(8));
    assert_eq!(parse_uint32("08"), Err(false));
    assert_eq!(parse_uint32("4294967296"), Err(true));
    assert_eq!(private_name(&[0xc0, 1]), Err("disallowed (by application policy)"));
    assert_eq!(private_name(&[1, b'a', 0, 9]), Ok(()));
}
