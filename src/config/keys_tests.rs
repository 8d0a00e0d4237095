//! Tests of `config::keys`: `-y` values and key files as BIND 9.18's dig
//! makes keys of them, every outcome with dig's exact lines. The key-file
//! table was run through the real dig 9.18.49 in the lab (`dig -k FILE`
//! against the server that knows `lab-key`); each row's expectation is
//! what dig did. Nothing flows further.

use std::collections::HashMap;

use super::*;

/// The lab key's secret, base64.
const S64: &str = "cmxvb2t1cC1sYWItdHNpZy1rZXktMjAyNi0xMi0wNQ==";

/// A setup as lines: the notices in order (`stdout`/`stderr`/`log` for
/// time-stamped log lines), then the key (`key NAME ALG BITS`) or
/// `unsigned` and, if so, whether the "not used" warning follows.
fn lines(r: Result<KeySetup, KeyError>) -> Vec<String> {
    let s = match r {
        Err(e) => {
            let mut v: Vec<String> = e.lines().into_iter().map(|(c, t)| format!("{c:?} {t}")).collect();
            v.push(format!("exit {:?}", e.exit_status()));
            return v;
        }
        Ok(s) => s,
    };
    let mut v: Vec<String> = s
        .notices
        .iter()
        .map(|n| {
            let ch = if n.timestamped() { "log".to_string() } else { format!("{:?}", n.channel()) };
            format!("{ch} {n}")
        })
        .collect();
    match &s.key {
        Some(k) => v.push(format!("key {} {} {}", k.name.to_text(false), k.algorithm, k.digest_bits)),
        None => v.push(format!("unsigned, warning {}", s.secret_given)),
    }
    v
}

/// `-k FILE` over an in-memory file system (`missing` paths do not
/// exist).
fn file_key(files: &[(&str, &str)], file: &str) -> Vec<String> {
    let fs: HashMap<String, Vec<u8>> = files.iter().map(|(p, t)| (p.to_string(), t.replace("S64", S64).into_bytes())).collect();
    let mut read = |p: &str| fs.get(p).cloned().ok_or("file not found");
    lines(key_from_file(file, &mut HmacChoice::default(), &mut read))
}

fn y_key(value: &str) -> Vec<String> {
    lines(key_from_y(value, &mut HmacChoice::default()))
}

const GOOD: &str = "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n";

#[test]
fn key_files_as_dig_reads_them() {
    let ok = "key lab-key. hmac-sha256 0";
    let read = |why: &str| format!("Stderr Couldn't read key from k: {why}");
    let rows: &[(&str, &str, &[&str])] = &[
        ("good", GOOD, &[ok]),
        ("unquoted name", "key lab-key {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n", &[ok]),
        ("keywords in capitals", "KEY \"lab-key\" {\n\tALGORITHM HMAC-SHA256;\n\tSecret \"S64\";\n};\n", &[ok]),
        (
            "comments",
            "# shell\n// c++\n/* c\n */ key /* x */ \"lab-key\" { algorithm hmac-sha256; // y\n secret \"S64\"; # z\n };\n",
            &[ok],
        ),
        ("comment at the end", "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n# no newline at end", &[ok]),
        ("compact", "key lab-key{algorithm hmac-sha256;secret \"S64\";};", &[ok]),
        ("CRLF", "key \"lab-key\" {\r\n\talgorithm hmac-sha256;\r\n\tsecret \"S64\";\r\n};\r\n", &[ok]),
        ("quoted algorithm", "key \"lab-key\" {\n\talgorithm \"hmac-sha256\";\n\tsecret \"S64\";\n};\n", &[ok]),
        ("bare secret", "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret S64;\n};\n", &[ok]),
        ("spaces before semicolons", "key \"lab-key\" {\n\talgorithm hmac-sha256 ;\n\tsecret \"S64\" ;\n} ;\n", &[ok]),
        (
            "spaces and line ends in the secret",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"cmxvb2t1cC1s YWItdHNpZy1r\n ZXktMjAyNi0xMi0wNQ==\";\n};\n",
            &[ok],
        ),
        ("a shell comment ends a word", "key lab-key#comment\n{\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n", &[ok]),
        ("name in capitals", "key \"LAB-KEY\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n", &[ok]),
        ("an escaped quote", "key \"lab\\\"key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n", &["key lab\\\"key. hmac-sha256 0"]),
        ("truncated MAC", "key \"lab-key\" {\n\talgorithm hmac-sha256-128;\n\tsecret \"S64\";\n};\n", &["key lab-key. hmac-sha256 128"]),
        ("hmac-md5", "key \"lab-key\" {\n\talgorithm hmac-md5;\n\tsecret \"S64\";\n};\n", &["key lab-key. hmac-md5 0"]),
        (
            "short secret",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"YQ==\";\n};\n",
            &["log the key 'lab-key' is too short to be secure", ok],
        ),
        ("empty", "", &[&read("not found"), "unsigned, warning false"]),
        ("no key statement", "options { };\n", &[&read("failure"), "unsigned, warning false"]),
        ("garbage", "garbage here\n", &[&read("unexpected token"), "unsigned, warning false"]),
        (
            "missing semicolon",
            "key \"lab-key\" {\n\talgorithm hmac-sha256\n\tsecret \"S64\";\n};\n",
            &[&read("failure"), "unsigned, warning false"],
        ),
        (
            "no closing brace",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n",
            &[&read("unexpected token"), "unsigned, warning false"],
        ),
        (
            "no final semicolon",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n}\n",
            &[&read("failure"), "unsigned, warning false"],
        ),
        (
            "a quoted keyword",
            "\"key\" \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &[&read("unexpected token"), "unsigned, warning false"],
        ),
        (
            "unterminated string",
            "key \"lab-key\" { algorithm hmac-sha256; secret \"abc",
            &[&read("unexpected end of input"), "unsigned, warning false"],
        ),
        (
            "unterminated comment",
            "key \"lab-key\" { /* algorithm hmac-sha256;",
            &[&read("unexpected end of input"), "unsigned, warning false"],
        ),
        (
            "a comment splits a word",
            "key lab/**/-key {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &[&read("unexpected token"), "unsigned, warning false"],
        ),
        (
            "a slash in a bare secret",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret cmxv/b2t1;\n};\n",
            &[&read("unexpected token"), "unsigned, warning false"],
        ),
        (
            "a bang",
            "key \"lab-key\" ! {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &[&read("unexpected token"), "unsigned, warning false"],
        ),
        ("no name", "key {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n", &[&read("unexpected token"), "unsigned, warning false"]),
        (
            "trailing brace",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n}; }\n",
            &[&read("unexpected token"), "unsigned, warning false"],
        ),
        (
            "two secrets",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n\tsecret \"S64\";\n};\n",
            &[&read("already exists"), "unsigned, warning false"],
        ),
        (
            "two keys",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\nkey \"other\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &[&read("already exists"), "unsigned, warning false"],
        ),
        (
            "two keys, the first without secret",
            "key \"a\" { algorithm hmac-sha256; };\nkey \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &[&read("already exists"), "unsigned, warning false"],
        ),
        (
            "an unknown clause",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tfoo bar;\n\tsecret \"S64\";\n};\n",
            &[&read("failure"), "unsigned, warning false"],
        ),
        ("an unknown statement", "keyx \"a\" { algorithm x; };\n", &[&read("failure"), "unsigned, warning false"]),
        ("include", "include \"inner.key\";\n", &[ok]),
        ("include in the key", "key \"lab-key\" { include \"body.inc\"; };\n", &[ok]),
        ("include a missing file", "include \"nothere.key\";\n", &[&read("file not found"), "unsigned, warning false"]),
        ("include without quotes", "include inner.key;\n", &[&read("unexpected token"), "unsigned, warning false"]),
        ("no secret", "key \"a\" { };\n", &["Stderr dig: key must have algorithm and secret", "exit Some(1)"]),
        ("no algorithm", "key \"a\" { secret \"S64\"; };\n", &["Stderr dig: key must have algorithm and secret", "exit Some(1)"]),
        (
            "an unknown algorithm",
            "key \"lab-key\" {\n\talgorithm hmac-foo;\n\tsecret \"S64\";\n};\n",
            &[
                "Stderr ;; Warning, ignoring invalid TSIG algorithm hmac-foo",
                "Stdout ;; Couldn't create key lab-key: algorithm is unsupported",
                "unsigned, warning true",
            ],
        ),
        (
            "bad digest bits",
            "key \"lab-key\" {\n\talgorithm hmac-sha256-abc;\n\tsecret \"S64\";\n};\n",
            &["Stdout invalid digest-bits [0..256] 'abc': not a valid number", "Stderr dig: couldn't parse digest bits", "exit Some(1)"],
        ),
        (
            "an algorithm too long",
            "key \"lab-key\" {\n\talgorithm hmac-sha256-foo-bar-baz;\n\tsecret \"S64\";\n};\n",
            &["Stderr dig: unknown key type 'hmac-sha256-foo-bar-baz'", "exit Some(1)"],
        ),
        (
            "a bad name",
            "key \"bad..name\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &["Stdout ;; Couldn't create key bad..name: empty label", "unsigned, warning true"],
        ),
        (
            "an empty name",
            "key \"\" {\n\talgorithm hmac-sha256;\n\tsecret \"S64\";\n};\n",
            &["Stdout ;; Couldn't create key : unexpected end of input", "unsigned, warning true"],
        ),
        (
            "bad base64",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"not*b64\";\n};\n",
            &["Stdout ;; Couldn't create key lab-key: bad base64 encoding", "unsigned, warning true"],
        ),
        // The key is made; signing with it fails (wire::tsig::SignError::NullKey).
        (
            "an empty secret",
            "key \"lab-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"\";\n};\n",
            &["log the key 'lab-key' is too short to be secure", ok],
        ),
    ];
    let body = "algorithm hmac-sha256; secret \"S64\";\n";
    for (label, text, want) in rows {
        let files = [("k", *text), ("inner.key", GOOD), ("body.inc", body)];
        assert_eq!(file_key(&files, "k"), *want, "{label}");
    }
}

#[test]
fn the_labs_key_file() {
    let text = std::fs::read_to_string("/work/shared/lab/conf/lab-key.key").unwrap_or_else(|_| GOOD.replace("S64", S64));
    assert_eq!(file_key(&[("lab-key.key", &text)], "lab-key.key"), ["key lab-key. hmac-sha256 0"]);
    let mut read = |_: &str| Ok(text.as_bytes().to_vec());
    let s = key_from_file("lab-key.key", &mut HmacChoice::default(), &mut read).unwrap();
    assert_eq!(s.key.unwrap().secret, b"rlookup-lab-tsig-key-2026-12-05");
}

#[test]
fn reading_files() {
    assert_eq!(read_file("/nonexistent/key"), Err("file not found"));
    assert_eq!(read_file("/"), Err("not a file"));
    let dir = std::env::temp_dir().join(format!("rlookup-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.key");
    std::fs::write(&good, GOOD.replace("S64", S64)).unwrap();
    let s = read_key_file(good.to_str().unwrap(), &mut HmacChoice::default()).unwrap();
    assert_eq!(s.key.map(|k| k.algorithm), Some(Algorithm::HmacSha256));
    let missing = dir.join("missing.key");
    let s = read_key_file(missing.to_str().unwrap(), &mut HmacChoice::default()).unwrap();
    assert_eq!(s.notices, [Notice::Error(KeyError::CouldntRead { file: missing.to_str().unwrap().into(), reason: "file not found" })]);
    assert_eq!(io_error_text(&std::io::Error::from_raw_os_error(libc::EACCES)), "permission denied");
    assert_eq!(io_error_text(&std::io::Error::from_raw_os_error(libc::ENOTDIR)), "invalid file");
    assert_eq!(io_error_text(&std::io::Error::from_raw_os_error(libc::EMFILE)), "too many open files");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_invalid_algorithm_in_a_file_keeps_ys() {
    // `-y hmac-sha1:n:s -k FILE` with `algorithm hmac-foo;`: -k wins, and
    // the algorithm -y chose stays (digest bits reset).
    let mut hmac = HmacChoice::default();
    hmac.parse_hmac("hmac-sha1-96").unwrap();
    let text = GOOD.replace("hmac-sha256", "hmac-foo").replace("S64", S64);
    let mut read = |_: &str| Ok(text.as_bytes().to_vec());
    let s = key_from_file("k", &mut hmac, &mut read).unwrap();
    assert_eq!(s.notices, [Notice::InvalidAlgorithm("hmac-foo".into())]);
    let k = s.key.unwrap();
    assert_eq!((k.algorithm, k.digest_bits), (Algorithm::HmacSha1, 0));
}

#[test]
fn hmac_names() {
    let parse = |t: &str| {
        let mut h = HmacChoice::default();
        h.parse_hmac(t).map(|n| (h.algorithm, h.digest_bits, n))
    };
    use Algorithm::*;
    assert_eq!(parse("hmac-md5"), Ok((Some(HmacMd5), 0, None)));
    assert_eq!(parse("HMAC-SHA256"), Ok((Some(HmacSha256), 0, None)));
    assert_eq!(parse("hmac-sha1-85"), Ok((Some(HmacSha1), 88, None)));
    assert_eq!(parse("hmac-sha224-0"), Ok((Some(HmacSha224), 0, None)));
    assert_eq!(parse("hmac-sha384-192"), Ok((Some(HmacSha384), 192, None)));
    assert_eq!(parse("hmac-sha512-512"), Ok((Some(HmacSha512), 512, None)));
    assert_eq!(parse("hmac-foo"), Ok((None, 0, Some(Notice::InvalidAlgorithm("hmac-foo".into())))));
    // hmac-sha2560 is not hmac-sha256 with bits.
    assert_eq!(parse("hmac-sha2560"), Ok((None, 0, Some(Notice::InvalidAlgorithm("hmac-sha2560".into())))));
    let bits = |value: &str, max, reason| Err(KeyError::DigestBits { max, value: value.into(), reason });
    assert_eq!(parse("hmac-sha256-300"), bits("300", 256, "out of range"));
    assert_eq!(parse("hmac-sha256-abc"), bits("abc", 256, "not a valid number"));
    assert_eq!(parse("hmac-sha256-"), bits("", 256, "not a valid number"));
    assert_eq!(parse("hmac-md5-+8"), bits("+8", 128, "not a valid number"));
    assert_eq!(parse("hmac-md5-9999999999"), bits("9999999999", 128, "out of range"));
    // 19 bytes is parsed, 20 is not.
    assert_eq!(parse("hmac-sha512-1234567"), bits("1234567", 512, "out of range"));
    assert_eq!(parse("hmac-sha512-12345678"), Err(KeyError::UnknownKeyType("hmac-sha512-12345678".into())));
    // An unknown algorithm keeps the one before, digest bits reset.
    let mut h = HmacChoice::default();
    h.parse_hmac("hmac-sha256-128").unwrap();
    h.parse_hmac("hmac-foo").unwrap();
    assert_eq!(h, HmacChoice { algorithm: Some(HmacSha256), digest_bits: 0 });
}

#[test]
fn y_values() {
    let y = |a: Option<&str>, n: &str, s: &str| Ok(YValue { algorithm: a.map(String::from), name: n.into(), secret: s.into() });
    assert_eq!(split_y("lab-key:c2VjcmV0"), y(None, "lab-key", "c2VjcmV0"));
    assert_eq!(split_y("hmac-sha256:lab-key:c2VjcmV0"), y(Some("hmac-sha256"), "lab-key", "c2VjcmV0"));
    assert_eq!(split_y(":lab-key:c2VjcmV0"), y(None, "lab-key", "c2VjcmV0"));
    assert_eq!(split_y("hmac-sha256:lab-key:"), y(None, "hmac-sha256", "lab-key"));
    assert_eq!(split_y("a::b:c"), y(Some("a"), "b", "c"));
    assert_eq!(split_y("a:b::c"), y(Some("a"), "b", ":c"));
    assert_eq!(split_y("a:b:c:d"), y(Some("a"), "b", "c:d"));
    assert_eq!(split_y("lab-key"), Err(KeyError::Usage));
    assert_eq!(split_y("lab-key:"), Err(KeyError::Usage));
    assert_eq!(split_y(""), Err(KeyError::Usage));
    assert_eq!(KeyError::Usage.exit_status(), Some(1));
}

#[test]
fn y_keys_as_dig_makes_them() {
    assert_eq!(y_key(&format!("hmac-sha256:lab-key:{S64}")), ["key lab-key. hmac-sha256 0"]);
    assert_eq!(y_key(&format!("lab-key:{S64}")), ["key lab-key. hmac-md5 0"]);
    assert_eq!(y_key(&format!("HMAC-SHA256:Lab-Key:{S64}")), ["key lab-key. hmac-sha256 0"]);
    assert_eq!(y_key(&format!("hmac-sha256-128:lab-key:{S64}")), ["key lab-key. hmac-sha256 128"]);
    assert_eq!(
        y_key("hmac-sha256:lab-key:not*base64"),
        ["Stdout ;; Couldn't create key lab-key: bad base64 encoding", "unsigned, warning true"]
    );
    assert_eq!(y_key("hmac-sha256:lab-key:"), ["Stdout ;; Couldn't create key hmac-sha256: bad base64 encoding", "unsigned, warning true"]);
    assert_eq!(
        y_key(&format!("hmac-foo:lab-key:{S64}")),
        [
            "Stderr ;; Warning, ignoring invalid TSIG algorithm hmac-foo",
            "Stdout ;; Couldn't create key lab-key: algorithm is unsupported",
            "unsigned, warning true"
        ]
    );
    assert_eq!(
        y_key(&format!("hmac-sha256:bad..name:{S64}")),
        ["Stdout ;; Couldn't create key bad..name: empty label", "unsigned, warning true"]
    );
    let label = "a".repeat(64);
    assert_eq!(
        y_key(&format!("hmac-sha256:{label}:{S64}")),
        [format!("Stdout ;; Couldn't create key {label}: label too long"), "unsigned, warning true".into()]
    );
    assert_eq!(y_key("hmac-sha256:lab-key:YQ=="), ["log the key 'lab-key' is too short to be secure", "key lab-key. hmac-sha256 0"]);
    assert_eq!(y_key("hmac-sha256:Lab-Key.:YQ=="), ["log the key 'Lab-Key' is too short to be secure", "key lab-key. hmac-sha256 0"]);
    assert_eq!(
        y_key(&format!("hmac-sha256-abc:lab-key:{S64}")),
        ["Stdout invalid digest-bits [0..256] 'abc': not a valid number", "Stderr dig: couldn't parse digest bits", "exit Some(1)"]
    );
    assert_eq!(
        y_key(&format!("hmac-sha256-foo-bar-baz:lab-key:{S64}")),
        ["Stderr dig: unknown key type 'hmac-sha256-foo-bar-baz'", "exit Some(1)"]
    );
    // dig's 1024-byte buffer: a 1400-character secret is cut to 1023
    // characters, no longer base64; 1020 characters are fine.
    let long = "A".repeat(1400);
    assert_eq!(
        y_key(&format!("hmac-sha256:lab-key:{long}")),
        ["Stdout ;; Couldn't create key lab-key: bad base64 encoding", "unsigned, warning true"]
    );
    let fits = "A".repeat(1020);
    assert_eq!(y_key(&format!("hmac-sha256:lab-key:{fits}")), ["key lab-key. hmac-sha256 0"]);
    // A second -y after an invalid algorithm: what the first chose stays.
    let mut hmac = HmacChoice::default();
    key_from_y(&format!("hmac-sha384:a:{S64}"), &mut hmac).unwrap();
    let s = key_from_y(&format!("hmac-bar:b:{S64}"), &mut hmac).unwrap();
    assert_eq!(s.key.map(|k| k.algorithm), Some(Algorithm::HmacSha384));
}

#[test]
fn base64_as_bind() {
    assert_eq!(isc_base64_decodestring(b"YWJj"), Some(b"abc".to_vec()));
    assert_eq!(isc_base64_decodestring(b" YW\tJj\r\n"), Some(b"abc".to_vec()));
    assert_eq!(isc_base64_decodestring(b"YQ=="), Some(b"a".to_vec()));
    assert_eq!(isc_base64_decodestring(b""), Some(Vec::new()));
    for bad in [&b"YQ"[..], b"YQ=", b"YR==", b"YQ==YQ==", b"Y*==", b"-_8="] {
        assert_eq!(isc_base64_decodestring(bad), None, "{bad:?}");
    }
}

#[test]
fn error_texts_channels_and_exit_statuses() {
    type Case = (KeyError, &'static [(Channel, &'static str)], Option<i32>, bool);
    let cases: [Case; 6] = [
        (KeyError::UnknownKeyType("x".into()), &[(Channel::Stderr, "dig: unknown key type 'x'")], Some(1), false),
        (
            KeyError::DigestBits { max: 128, value: "z".into(), reason: "not a valid number" },
            &[
                (Channel::Stdout, "invalid digest-bits [0..128] 'z': not a valid number"),
                (Channel::Stderr, "dig: couldn't parse digest bits"),
            ],
            Some(1),
            false,
        ),
        (KeyError::MissingAlgorithmOrSecret, &[(Channel::Stderr, "dig: key must have algorithm and secret")], Some(1), false),
        (
            KeyError::CouldntCreate { name: "k".into(), reason: "bad base64 encoding" },
            &[(Channel::Stdout, ";; Couldn't create key k: bad base64 encoding")],
            None,
            true,
        ),
        (
            KeyError::CouldntRead { file: "/f".into(), reason: "permission denied" },
            &[(Channel::Stderr, "Couldn't read key from /f: permission denied")],
            None,
            false,
        ),
        (
            KeyError::Sig0Unsupported { file: "Kx.+013+1.key".into(), algorithm: 13 },
            &[(Channel::Stderr, "dig: -k: Kx.+013+1.key is a SIG(0) key (algorithm 13); rlookup does not sign with SIG(0)")],
            Some(1),
            false,
        ),
    ];
    for (e, want, status, warn) in cases {
        let got: Vec<(Channel, String)> = e.lines();
        let want: Vec<(Channel, String)> = want.iter().map(|(c, t)| (*c, t.to_string())).collect();
        assert_eq!(got, want);
        assert_eq!((e.exit_status(), e.key_not_used_warning()), (status, warn), "{e}");
    }
    assert_eq!(Notice::Error(KeyError::CouldntCreate { name: "k".into(), reason: "x" }).channel(), Channel::Stdout);
    assert_eq!(Notice::Error(KeyError::CouldntRead { file: "k".into(), reason: "x" }).channel(), Channel::Stderr);
    assert_eq!(Notice::InvalidAlgorithm("a".into()).channel(), Channel::Stderr);
    assert!(Notice::TooShort("a".into()).timestamped());
}

/// A legacy HMAC key pair as dnssec-keygen wrote them (and as the real
/// dig 9.18.49 read this one: a signed, verified lookup, and the
/// deprecation log line plus an empty line on stderr).
const PAIR_KEY: &str = "lab-key. IN KEY 512 3 163 S64\n";
const PAIR_PRIVATE: &str = "Private-key-format: v1.3\nAlgorithm: 163 (HMAC_SHA256)\nKey: S64\nBits: AAA=\n";

#[test]
fn key_pairs() {
    let files = [("Klab-key.+163+00001.key", PAIR_KEY), ("Klab-key.+163+00001.private", PAIR_PRIVATE)];
    let want = ["log Klab-key.+163+00001.private: Use of K* file pairs for HMAC is deprecated\n", "key lab-key. hmac-sha256 0"];
    for f in ["Klab-key.+163+00001.private", "Klab-key.+163+00001.key", "Klab-key.+163+00001", "Klab-key.+163+00001."] {
        assert_eq!(file_key(&files, f), want, "{f}");
    }
    // Bits: 128 (0x0080), a TTL and a class, parentheses and a comment.
    let files = [
        ("K.key", "; a comment\nLab-Key. 3600 IN KEY ( 512 3 157\n S64 )\n"),
        ("K.private", "Private-key-format: v1.2\nAlgorithm: 157 (HMAC_MD5)\nKey: S64\nBits: AIA=\n"),
    ];
    assert_eq!(file_key(&files, "K"), ["log K.private: Use of K* file pairs for HMAC is deprecated\n", "key lab-key. hmac-md5 128"]);
    // Not a pair after all: read as a key statement.
    let other = PAIR_PRIVATE.replace("Key: S64", "Key: YWJjZGVmZ2hpamtsbW5vcA==");
    let files = [("K.key", PAIR_KEY), ("K.private", other.as_str())];
    assert_eq!(file_key(&files, "K.private"), ["Stderr Couldn't read key from K.private: unexpected token", "unsigned, warning false"]);
    let files = [("K.key", "lab-key. IN DNSKEY 256 3 163 S64\n"), ("K.private", PAIR_PRIVATE)];
    assert_eq!(file_key(&files, "K.key"), ["Stderr Couldn't read key from K.key: unexpected token", "unsigned, warning false"]);
    // A SIG(0) key pair (the research's ECDSA one): refused.
    let files = [
        (
            "Ksig0.lab.+013+51645.key",
            "sig0.lab. IN KEY 512 3 13 Zif8DIqpdfAvX2wOcPWUJT0vQYAOuVFw20wZ6zL8Q/XPlHXDWU6oIZRG mqHfjweZGQSU2XLKzEw10PSEw2A+0w==\n",
        ),
        (
            "Ksig0.lab.+013+51645.private",
            "Private-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: FF1G9Y1K9rHfYEtzsy9M+VW11mQySFgks5lvxnStPEs=\n",
        ),
    ];
    assert_eq!(
        file_key(&files, "Ksig0.lab.+013+51645.key"),
        ["Stderr dig: -k: Ksig0.lab.+013+51645.key is a SIG(0) key (algorithm 13); rlookup does not sign with SIG(0)", "exit Some(1)"]
    );
}

#[test]
fn ttls_and_classes() {
    for t in ["0", "3600", "1h", "1h30m", "2W", "1d2h3m4s"] {
        assert!(is_ttl(t), "{t}");
    }
    for t in ["", "h", "1h2", "1x", "IN"] {
        assert!(!is_ttl(t), "{t}");
    }
    for c in ["IN", "in", "CH", "HS", "CLASS255", "ANY"] {
        assert!(is_class(c), "{c}");
    }
    assert!(!is_class("KEY") && !is_class("CLASS"));
}
