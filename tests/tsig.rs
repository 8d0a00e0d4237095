//! TSIG end to end: the binary's `-y` and `-k` against the TSIG server
//! (tests/tsig_server.rs), which checks every query as named does and
//! signs (or, on purpose, mis-signs) its replies: every algorithm, key
//! files, signed zone transfers message by message, and each failure with
//! dig's text and exit status.

use rlookup::wire::Name;
use rlookup::wire::tsig::{Algorithm, TsigKey};

use crate::harness::{Output, TempDir, rlookup};
use crate::tsig_server::{Misbehaviour, Options, Signing, TsigServer};

const SECRET: &[u8] = b"rlookup-lab-tsig-key-2026-12-05";

fn key(alg: Algorithm) -> TsigKey {
    TsigKey::new(&Name::from_text("lab-key.", None).unwrap(), alg, SECRET.to_vec(), 0)
}

fn secret() -> String {
    data_encoding::BASE64.encode(SECRET)
}

fn dig(server: &TsigServer, args: &[&str]) -> Output {
    let port = server.addr.port().to_string();
    let mut all = vec!["--dig", "@127.0.0.1", "-p", &port];
    all.extend_from_slice(args);
    rlookup(&all).run()
}

/// The reply's TSIG line, as dig prints it (up to the time signed).
fn tsig_line(alg: Algorithm) -> String {
    let name = if alg == Algorithm::HmacMd5 { "hmac-md5.sig-alg.reg.int." } else { &format!("{}.", alg.text()) };
    format!(";; TSIG PSEUDOSECTION:\nlab-key.\t\t0\tANY\tTSIG\t{name} ")
}

#[test]
fn y_signs_and_verifies_every_algorithm() {
    for alg in Algorithm::ALL {
        let server = TsigServer::start(key(alg));
        let y = format!("{}:lab-key:{}", alg.text(), secret());
        let out = dig(&server, &["-y", &y, "www.example."]);
        assert_eq!((out.stderr.as_str(), out.status), ("", 0), "{alg:?}: {}", out.stdout);
        assert!(out.stdout.contains("www.example.\t\t300\tIN\tA\t192.0.2.1\n"), "{alg:?}: {}", out.stdout);
        assert!(out.stdout.contains(&tsig_line(alg)), "{alg:?}: {}", out.stdout);
        // The reply's MAC is the algorithm's length, its error NOERROR.
        let mac_len = key(alg).mac_len();
        assert!(out.stdout.contains(&format!(" 300 {mac_len} ")) && out.stdout.contains(" NOERROR 0 \n"), "{alg:?}: {}", out.stdout);
        assert!(!out.stdout.contains("Couldn't verify") && !out.stdout.contains("WARNING --"), "{alg:?}: {}", out.stdout);
        // The server got one signed query.
        assert_eq!(server.queries().len(), 1);
    }
}

#[test]
fn y_without_an_algorithm_is_hmac_md5() {
    // dig 9.18's default; a server keyed otherwise says BADKEY.
    let y = format!("lab-key:{}", secret());
    let server = TsigServer::start(key(Algorithm::HmacMd5));
    let out = dig(&server, &["-y", &y, "www.example.", "+noall", "+answer"]);
    assert_eq!((out.stdout.as_str(), out.status), ("www.example.\t\t300\tIN\tA\t192.0.2.1\n", 0));
    let server = TsigServer::start(key(Algorithm::HmacSha256));
    let out = dig(&server, &["-y", &y, "www.example.", "+noall", "+answer"]);
    assert_eq!((out.stdout.as_str(), out.status), (";; Couldn't verify signature: tsig indicates error\n", 0));
}

#[test]
fn k_reads_binds_key_files() {
    let server = TsigServer::start(key(Algorithm::HmacSha512));
    let dir = TempDir::new("keys");
    let file = dir.0.join("lab-key.key");
    std::fs::write(&file, format!("key \"lab-key\" {{\n\talgorithm hmac-sha512;\n\tsecret \"{}\";\n}};\n", secret())).unwrap();
    let out = dig(&server, &["-k", file.to_str().unwrap(), "www.example."]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains(&tsig_line(Algorithm::HmacSha512)), "{}", out.stdout);
    assert!(!out.stdout.contains("WARNING --"), "{}", out.stdout);
    // A key file that cannot be read: dig's message, and the query goes
    // unsigned.
    let missing = dir.0.join("missing.key");
    let out = dig(&server, &["-k", missing.to_str().unwrap(), "+nocmd", "+noall", "+answer", "www.example."]);
    assert_eq!(out.stderr, format!("Couldn't read key from {}: file not found\n", missing.display()));
    assert_eq!((out.stdout.as_str(), out.status), ("www.example.\t\t300\tIN\tA\t192.0.2.1\n", 0));
    // One without a secret: fatal.
    let bad = dir.0.join("nosecret.key");
    std::fs::write(&bad, "key \"lab-key\" {\n\talgorithm hmac-sha256;\n};\n").unwrap();
    let out = dig(&server, &["-k", bad.to_str().unwrap(), "www.example."]);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.status), ("", "dig: key must have algorithm and secret\n", 1));
}

#[test]
fn transfers_verify_every_message() {
    let y = format!("hmac-sha1:lab-key:{}", secret());
    let server = TsigServer::start_with(key(Algorithm::HmacSha1), Options { axfr_messages: 4, ..Options::default() });
    let out = dig(&server, &["-y", &y, "example.", "axfr"]);
    assert_eq!((out.stderr.as_str(), out.status), ("", 0), "{}", out.stdout);
    // Each message prints its records, then its own TSIG line.
    assert_eq!(out.stdout.matches("\tANY\tTSIG\thmac-sha1. ").count(), 4, "{}", out.stdout);
    assert!(out.stdout.contains(";; XFR size: 10 records (messages 4, bytes "), "{}", out.stdout);
    assert!(!out.stdout.contains("Couldn't verify") && !out.stdout.contains("WARNING --"), "{}", out.stdout);
    // Only every third message signed (RFC 8945 5.3.1): still good.
    let opts = Options { axfr_messages: 6, axfr_signing: Signing::Every(3), ..Options::default() };
    let server = TsigServer::start_with(key(Algorithm::HmacSha1), opts);
    let out = dig(&server, &["-y", &y, "example.", "axfr"]);
    assert_eq!(out.stdout.matches("\tANY\tTSIG\t").count(), 3, "{}", out.stdout);
    assert!(!out.stdout.contains("Couldn't verify"), "{}", out.stdout);
    // A message changed after signing: dig's message for it.
    let opts = Options { axfr_messages: 3, axfr_tamper: Some(1), ..Options::default() };
    let server = TsigServer::start_with(key(Algorithm::HmacSha1), opts);
    let out = dig(&server, &["-y", &y, "example.", "axfr"]);
    assert!(out.stdout.contains(";; Couldn't verify signature: tsig verify failure\n"), "{}", out.stdout);
    assert_eq!(out.status, 0);
}

#[test]
fn bad_replies_with_digs_text() {
    let y = format!("hmac-sha256:lab-key:{}", secret());
    for (m, why, error) in [
        (Misbehaviour::Unsigned, "expected a TSIG or SIG(0)", None),
        (Misbehaviour::BadSig, "tsig indicates error", Some("BADSIG")),
        (Misbehaviour::BadKey, "tsig indicates error", Some("BADKEY")),
        (Misbehaviour::BadTime, "clocks are unsynchronized", Some("BADTIME")),
        (Misbehaviour::CorruptMac, "tsig verify failure", None),
        (Misbehaviour::WrongKeyName, "tsig verify failure", None),
        (Misbehaviour::ClockOffset(1000), "clocks are unsynchronized", None),
    ] {
        let server = TsigServer::start_with(key(Algorithm::HmacSha256), Options { misbehaviour: m, ..Options::default() });
        let out = dig(&server, &["-y", &y, "www.example."]);
        // Said first (above the greeting), the reply printed anyway, the
        // warning after the stats, exit status 0.
        assert!(out.stdout.starts_with(&format!(";; Couldn't verify signature: {why}\n\n; <<>> ")), "{m:?}: {}", out.stdout);
        assert!(out.stdout.ends_with(";; WARNING -- Some TSIG could not be validated\n\n"), "{m:?}: {}", out.stdout);
        if let Some(error) = error {
            assert!(out.stdout.contains(&format!(" {error} ")), "{m:?}: {}", out.stdout);
        }
        assert_eq!((out.stderr.as_str(), out.status), ("", 0), "{m:?}");
    }
    // A wrong secret: the server says BADSIG.
    let server = TsigServer::start(key(Algorithm::HmacSha256));
    let wrong = format!("hmac-sha256:lab-key:{}", data_encoding::BASE64.encode(b"wrong secret for testing"));
    let out = dig(&server, &["-y", &wrong, "www.example."]);
    assert!(out.stdout.starts_with(";; Couldn't verify signature: tsig indicates error\n"), "{}", out.stdout);
    assert!(out.stdout.contains("status: NOTAUTH") && out.stdout.contains(" BADSIG 0 \n"), "{}", out.stdout);
    // A zone transfer refused with BADSIG: no records, "Transfer failed".
    let out = dig(&server, &["-y", &wrong, "example.", "axfr"]);
    assert!(out.stdout.ends_with(" BADSIG 0 \n; Transfer failed.\n"), "{}", out.stdout);
}

#[test]
fn bad_y_and_json() {
    let server = TsigServer::start(key(Algorithm::HmacSha256));
    // A secret that is not base64: said on stdout, the query unsigned,
    // the stats' warning, exit status 0.
    let out = dig(&server, &["-y", "hmac-sha256:lab-key:not*base64", "www.example."]);
    assert!(out.stdout.starts_with(";; Couldn't create key lab-key: bad base64 encoding\n\n; <<>> "), "{}", out.stdout);
    assert!(out.stdout.ends_with(";; WARNING -- TSIG key was not used.\n\n"), "{}", out.stdout);
    assert!(!out.stdout.contains("TSIG PSEUDOSECTION"), "{}", out.stdout);
    assert_eq!(out.status, 0);
    assert!(tsig_absent(&server.queries()[0]), "the query went unsigned");
    // An algorithm dig does not know: a warning, then the same.
    let out = dig(&server, &["-y", "hmac-foo:lab-key:c2VjcmV0c2VjcmV0", "+nocmd", "+noall", "+answer", "www.example."]);
    assert_eq!(out.stderr, ";; Warning, ignoring invalid TSIG algorithm hmac-foo\n");
    assert_eq!(out.stdout, ";; Couldn't create key lab-key: algorithm is unsupported\nwww.example.\t\t300\tIN\tA\t192.0.2.1\n");
    // JSON carries the TSIG record.
    let y = format!("hmac-sha256:lab-key:{}", secret());
    let out = dig(&server, &["--json", "-y", &y, "www.example."]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\"TYPEname\":\"TSIG\""), "{}", out.stdout);
}

/// A query without a TSIG record (ARCOUNT counts only the OPT).
fn tsig_absent(query: &[u8]) -> bool {
    let parsed = rlookup::wire::message::parse(query).unwrap();
    parsed.tsig.is_none()
}
