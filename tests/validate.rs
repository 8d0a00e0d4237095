//! `--validate` end to end: the built binary, in the nslookup and dig
//! dialects, against a resolver on 127.0.0.1 that answers from the lab's
//! signed zones as the lab's validating resolver does (`delv::Lab`:
//! bogus.lab is SERVFAIL unless the query has CD), with the lab's root key
//! in a file of the test's own (`--anchors`). Secure, insecure (an
//! unsigned delegation) and bogus answers (a DS matching no key, an
//! expired signature, a bad signature, exit status 12), NSEC and NSEC3
//! denials, the chain view, JSON's member, the table's column, batches in
//! input order, a CNAME loop and a server that never answers the
//! validator.

use std::time::{Duration, Instant};

use rlookup::validate::memory::{MemoryFetch, Override, Zone, record};
use rlookup::wire::message::Message;

use crate::delv::{Keys, Lab, fixture, lab_zones, name};
use crate::harness::{Output, TempDir, expect, rlookup};

const RRSIG: u16 = 46;
const A: u16 = 1;

/// `rlookup ARGS... --anchors KEYS` (the server and port in ARGS).
fn run(keys: &Keys, args: &[&str]) -> Output {
    let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    all.extend(["--anchors".to_string(), keys.path()]);
    rlookup(&all).run()
}

/// `--validate`, unless ARGS have `--validate=chain`.
fn validate_unless_in(args: &[&str]) -> Vec<&'static str> {
    if args.iter().any(|a| a.starts_with("--validate")) { vec![] } else { vec!["--validate"] }
}

/// dig with `--validate`, asking the lab: `@127.0.0.1 -p PORT ARGS...`.
fn dig(lab: &Lab, keys: &Keys, args: &[&str]) -> Output {
    let port = lab.port();
    let mut all = vec!["--dig", "@127.0.0.1", "-p", &port];
    all.extend(validate_unless_in(args));
    all.extend_from_slice(args);
    run(keys, &all)
}

/// nslookup with `--validate`, asking the lab: `-port=PORT ARGS... 127.0.0.1`.
fn nslookup(lab: &Lab, keys: &Keys, args: &[&str]) -> Output {
    let port = format!("-port={}", lab.port());
    let mut all = vec![port.as_str()];
    all.extend(validate_unless_in(args));
    all.extend_from_slice(args);
    all.push("127.0.0.1");
    run(keys, &all)
}

/// The output without the RRSIGs the lab's server sends along whatever
/// the query (dig +short's `A 13 3 300 ...`, nslookup's `rdata_46 = `).
fn sans_rrsig(out: Output) -> Output {
    let keep = |l: &&str| {
        let w: Vec<&str> = l.split(' ').collect();
        !(l.contains("\trdata_46 = ") || w.len() > 8 && w[1] == "13" && w[0].bytes().all(|b| b.is_ascii_uppercase()))
    };
    let stdout: String = out.stdout.lines().filter(keep).map(|l| format!("{l}\n")).collect();
    Output { stdout, ..out }
}

fn header(lab: &Lab) -> String {
    format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{}\n\n", lab.port())
}

const WWW_SIG: &str = "www.secure.lab.\t\t300\tIN\tRRSIG\tA 13 3 300 20361231000000 20250101000000 54365 secure.lab. acYqrOZkvsyG1vK8/BcCbzwQh+fHvBsRUIfUctExyvaU0tl9zY6r8qYG TVuvfh5RSPSCeeO8htyG0i6eUCXiqg==\n";

const BROKEN_DS: &str = "bogus (broken trust chain: validating bogus.lab/DNSKEY: no valid signature found (DS))";

#[test]
fn validate_nslookup_secure_insecure_bogus() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let h = header(&lab);
    let answer = format!("{h}Non-authoritative answer:\n");
    expect(
        &sans_rrsig(nslookup(&lab, &keys, &["www.secure.lab"])),
        &format!(
            "{answer}Name:\twww.secure.lab\nAddress: 192.0.2.80\nName:\twww.secure.lab\nAddress: 2001:db8::80\nValidation: secure\n\n"
        ),
        "",
        0,
    );
    let out = nslookup(&lab, &keys, &["concordia.ca"]);
    expect(&out, &format!("{answer}Name:\tconcordia.ca\nAddress: 132.205.244.185\nValidation: insecure\n\n"), "", 0);
    // The resolver refuses the bogus data (SERVFAIL); the validator, with
    // CD, finds out why: exit status 12.
    expect(
        &nslookup(&lab, &keys, &["www.bogus.lab"]),
        &format!(";; Got SERVFAIL reply from 127.0.0.1\n{h}** server can't find www.bogus.lab: SERVFAIL\nValidation: {BROKEN_DS}\n\n"),
        "",
        12,
    );
    // Without --validate, the bytes of BIND's nslookup, and its status.
    let port = format!("-port={}", lab.port());
    let out = rlookup(&[port.as_str(), "www.bogus.lab", "127.0.0.1"]).run();
    expect(&out, &format!(";; Got SERVFAIL reply from 127.0.0.1\n{h}** server can't find www.bogus.lab: SERVFAIL\n\n"), "", 1);
}

#[test]
fn validate_dig_after_the_statistics() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let out = dig(&lab, &keys, &["+dnssec", "www.secure.lab"]);
    assert_eq!((out.stderr.as_str(), out.status), ("", 0));
    assert!(
        out.stdout
            .contains("\n;; ANSWER SECTION:\nwww.secure.lab.\t\t300\tIN\tA\t192.0.2.80\nwww.secure.lab.\t\t300\tIN\tRRSIG\tA 13 3 300 ")
    );
    assert!(out.stdout.contains("\n;; MSG SIZE  rcvd: "), "{}", out.stdout);
    assert!(out.stdout.ends_with("\n\n;; VALIDATION: secure\n\n"), "{}", out.stdout);
    // Without the statistics, the line alone; +short too.
    expect(
        &dig(&lab, &keys, &["+noall", "+answer", "concordia.ca"]),
        "concordia.ca.\t\t3600\tIN\tA\t132.205.244.185\n;; VALIDATION: insecure\n",
        "",
        0,
    );
    expect(&dig(&lab, &keys, &["+short", "www.bogus.lab"]), &format!(";; VALIDATION: {BROKEN_DS}\n"), "", 12);
    let out = dig(&lab, &keys, &["+yaml", "www.secure.lab"]);
    assert!(
        out.stdout.starts_with("- type: MESSAGE\n") && out.stdout.ends_with("\n- type: VALIDATION\n  verdict: secure\n"),
        "{}",
        out.stdout
    );
    // The dialect's own statuses stay when nothing is bogus.
    let out = dig(&lab, &keys, &["+short", "nosuch.edge.lab"]);
    expect(&out, ";; VALIDATION: insecure\n", "", 0);
}

#[test]
fn validate_denials_nsec_and_nsec3() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    // NXDOMAIN and NODATA in a zone signed with NSEC.
    let out = dig(&lab, &keys, &["+noall", "+comments", "nosuch.secure.lab"]);
    assert!(out.stdout.contains("status: NXDOMAIN") && out.stdout.ends_with(";; VALIDATION: secure\n"), "{}", out.stdout);
    expect(&sans_rrsig(dig(&lab, &keys, &["+short", "www.secure.lab", "txt"])), ";; VALIDATION: secure\n", "", 0);
    // NSEC3 (BIND's NSEC3RSASHA1 zone), under a trust anchor of its own.
    let text = std::fs::read_to_string(fixture("bind-rsa/NSEC3RSASHA1/signed")).unwrap();
    let rsa = Lab::start_with(MemoryFetch::new(vec![Zone::from_text(&text, "rsa.test.").unwrap()]), |_| true);
    let dir = TempDir::new("validate-rsa");
    let anchors = dir.0.join("rsa.keys");
    std::fs::write(
        &anchors,
        "trust-anchors {\n\trsa.test. static-ds 19530 7 2 \"1E5C232D20F444F00AF8894C6424C3DF35AAC4A15A98C7C781D41F4075241224\";\n};\n",
    )
    .unwrap();
    let port = rsa.port();
    let args = |name: &str| {
        vec![
            "--dig".to_string(),
            "--validate=chain".into(),
            "--anchors".into(),
            anchors.display().to_string(),
            "@127.0.0.1".into(),
            "-p".into(),
            port.clone(),
            "+short".into(),
            name.to_string(),
        ]
    };
    let out = rlookup(&args("nosuch.rsa.test")).run();
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(";; VALIDATION: secure\n;; CHAIN OF TRUST for nosuch.rsa.test. A:\n;; rsa.test. DNSKEY "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(" [trust anchor]\n") && out.stdout.contains(";; nosuch.rsa.test. A: nonexistence proven\n"),
        "{}",
        out.stdout
    );
    let out = rlookup(&args("www.rsa.test")).run();
    assert!(out.stdout.contains("\n;; VALIDATION: secure\n"), "{}", out.stdout);
    // A name under no anchor of the file is insecure.
    let mut lab_args = args("www.secure.lab");
    lab_args[6] = lab.port();
    let out = rlookup(&lab_args).run();
    assert_eq!(out.stdout.lines().find(|l| l.starts_with(";; VALIDATION")), Some(";; VALIDATION: insecure"), "{}", out.stdout);
}

/// The lab with secure.lab's signature over www's A changed by `f`.
fn tampered(f: fn(&mut Vec<u8>)) -> Lab {
    let mut zones = lab_zones();
    let z = zones.zones.iter_mut().find(|z| z.origin.to_text(true) == "secure.lab").unwrap();
    let sig = z
        .records
        .iter_mut()
        .find(|r| r.rtype == RRSIG && r.name.eq_ignore_case(&name("www.secure.lab")) && r.rdata[..2] == A.to_be_bytes())
        .unwrap();
    f(&mut sig.rdata);
    Lab::start_with(zones, |_| true)
}

#[test]
fn validate_bogus_signatures_exit_12() {
    let keys = Keys::lab();
    // Expired (valid from 2020 to 2023).
    let lab = tampered(|rd| {
        rd[8..12].copy_from_slice(&1_700_000_000u32.to_be_bytes());
        rd[12..16].copy_from_slice(&1_600_000_000u32.to_be_bytes());
    });
    let out = sans_rrsig(dig(&lab, &keys, &["+short", "--validate=chain", "www.secure.lab"]));
    assert_eq!(out.status, 12, "{}", out.stdout);
    assert!(
        out.stdout
            .starts_with("192.0.2.80\n;; VALIDATION: bogus (RRSIG has expired: validating www.secure.lab/A: no valid signature found)\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.ends_with(";; www.secure.lab. A: FAILED (verify failed due to bad signature (keyid=54365): RRSIG has expired)\n;; www.secure.lab. A: FAILED (no valid signature found)\n"),
        "{}",
        out.stdout
    );
    // A signature that does not verify.
    let lab = tampered(|rd| {
        let last = rd.len() - 1;
        rd[last] ^= 0xff;
    });
    let out = sans_rrsig(nslookup(&lab, &keys, &["-type=a", "www.secure.lab"]));
    assert_eq!(out.status, 12, "{}", out.stdout);
    assert!(
        out.stdout.ends_with("Validation: bogus (RRSIG failed to verify: validating www.secure.lab/A: no valid signature found)\n\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn validate_chain_view() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let out = dig(&lab, &keys, &["--validate=chain", "+noall", "+answer", "www.secure.lab"]);
    expect(
        &out,
        &format!(
            "www.secure.lab.\t\t300\tIN\tA\t192.0.2.80\n{WWW_SIG};; VALIDATION: secure
;; CHAIN OF TRUST for www.secure.lab. A:
;; . DNSKEY 14317 (alg 13, ZSK) 7650 (alg 13, KSK) [trust anchor]
;; . DNSKEY RRSIG 7650 alg 13 by .: ok
;; lab. DS RRSIG 14317 alg 13 by .: ok
;; lab. DS 28671 alg 13 digest 2 -> DNSKEY 28671 (alg 13, KSK): ok
;; lab. DNSKEY 52699 (alg 13, ZSK) 28671 (alg 13, KSK)
;; lab. DNSKEY RRSIG 28671 alg 13 by lab.: ok
;; secure.lab. DS RRSIG 52699 alg 13 by lab.: ok
;; secure.lab. DS 58915 alg 13 digest 2 -> DNSKEY 58915 (alg 13, KSK): ok
;; secure.lab. DNSKEY 54365 (alg 13, ZSK) 58915 (alg 13, KSK)
;; secure.lab. DNSKEY RRSIG 58915 alg 13 by secure.lab.: ok
;; www.secure.lab. A RRSIG 54365 alg 13 by secure.lab.: ok
"
        ),
        "",
        0,
    );
    let out = nslookup(&lab, &keys, &["--validate=chain", "www.bogus.lab"]);
    assert_eq!(out.status, 12);
    assert!(
        out.stdout.contains(&format!("\nValidation: {BROKEN_DS}\nChain of trust for www.bogus.lab. A:\n  . DNSKEY ")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.ends_with("\n  bogus.lab. DNSKEY: FAILED (no valid signature found (DS))\n\n"), "{}", out.stdout);
    // Windows style: the same line, after the host block.
    let port = format!("-port={}", lab.port());
    let out = run(&keys, &["--style=windows", "--validate", &port, "concordia.ca", "127.0.0.1"]);
    assert!(out.stdout.ends_with("Address:  132.205.244.185\n\nValidation: insecure\n"), "{:?}", out.stdout);
}

#[test]
fn validate_json_member() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    // Several documents: one JSON array.
    let docs = |out: &Output| -> Vec<serde_json::Value> {
        match serde_json::from_str(&out.stdout) {
            Ok(serde_json::Value::Array(all)) => all,
            other => panic!("not an array of documents ({other:?}):\n{}", out.stdout),
        }
    };
    let out = dig(&lab, &keys, &["--json", "www.secure.lab", "www.bogus.lab"]);
    assert_eq!(out.status, 12);
    let d = docs(&out);
    assert_eq!(d.len(), 2, "{}", out.stdout);
    let secure = &d[0]["rlookup"]["validation"];
    assert_eq!((secure["verdict"].as_str(), d[0]["QNAME"].as_str()), (Some("secure"), Some("www.secure.lab.")));
    assert_eq!(secure["server"], format!("127.0.0.1#{}", lab.port()));
    let zones: Vec<&str> = secure["chain"].as_array().unwrap().iter().map(|z| z["zone"].as_str().unwrap()).collect();
    assert_eq!(zones, [".", "lab.", "secure.lab."]);
    assert_eq!(
        secure["chain"][2]["signatures"][1],
        serde_json::json!({"owner": "www.secure.lab.", "type": "A", "keyTag": 54365, "algorithm": 13})
    );
    // The SERVFAIL reply, with the validator's reason.
    assert_eq!((d[1]["RCODE"].as_u64(), d[1]["rlookup"]["validation"]["verdict"].as_str()), (Some(2), Some("bogus")));
    assert_eq!(d[1]["rlookup"]["validation"]["reason"], BROKEN_DS.strip_prefix("bogus (").and_then(|r| r.strip_suffix(')')).unwrap());
    // nslookup: the A and the AAAA document, each with its verdict.
    let out = nslookup(&lab, &keys, &["--json", "concordia.ca"]);
    let d = docs(&out);
    assert_eq!(d.len(), 2, "{}", out.stdout);
    assert_eq!((d[0]["QTYPEname"].as_str(), d[0]["rlookup"]["validation"]["verdict"].as_str()), (Some("A"), Some("insecure")));
    assert_eq!((d[1]["QTYPEname"].as_str(), d[1]["rlookup"]["validation"]["verdict"].as_str()), (Some("AAAA"), Some("insecure")));
    assert_eq!(d[0]["rlookup"]["validation"]["chain"][1]["insecureDelegation"], true);
}

#[test]
fn validate_table_column() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let out = dig(&lab, &keys, &["--table", "hop1.edge.lab"]);
    assert_eq!(out.status, 0);
    for row in [
        "| NAME             | TTL | CLASS | TYPE  | VALIDATION | DATA ",
        "| hop1.edge.lab.   | 300 | IN    | CNAME | insecure   | hop2.alt.lab. ",
        "| hop3.secure.lab. | 300 | IN    | CNAME | secure     | hop4.edge.lab. ",
        "| hop3.secure.lab. | 300 | IN    | RRSIG | secure     | CNAME 13 3 300 ",
        "| hop4.edge.lab.   | 300 | IN    | A     | insecure   | 192.0.2.4 ",
    ] {
        assert!(out.stdout.contains(row), "{row}\n{}", out.stdout);
    }
    assert!(out.stdout.ends_with("+\n;; VALIDATION: insecure\n\n"), "{}", out.stdout);
}

#[test]
fn validate_batches_keep_their_order() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    let names = ["www.secure.lab", "concordia.ca", "www.bogus.lab", "nosuch.secure.lab", "mail.secure.lab", "hop1.edge.lab"];
    let want = format!(
        "192.0.2.80\n;; VALIDATION: secure\n132.205.244.185\n;; VALIDATION: insecure\n;; VALIDATION: {BROKEN_DS}\n;; VALIDATION: secure\n192.0.2.81\n;; VALIDATION: secure\nhop2.alt.lab.\nhop3.secure.lab.\nhop4.edge.lab.\n192.0.2.4\n;; VALIDATION: insecure\n"
    );
    let mut args = vec!["+short"];
    args.extend(names);
    expect(&sans_rrsig(dig(&lab, &keys, &args)), &want, "", 12);
    // A batch file, all at once or one after another.
    let dir = TempDir::new("validate-batch");
    let file = dir.0.join("names");
    std::fs::write(&file, names.join("\n") + "\n").unwrap();
    let file = file.display().to_string();
    for c in ["50", "1"] {
        expect(&sans_rrsig(dig(&lab, &keys, &["--concurrency", c, "+short", "-f", &file])), &want, "", 12);
    }
    // nslookup's commands from a pipe.
    let port = format!("-port={}", lab.port());
    let anchors = keys.path();
    let cmd = rlookup(&["--validate", "--anchors", &anchors, &port, "-", "127.0.0.1"]);
    let out = cmd.stdin("www.secure.lab\nwww.bogus.lab\nconcordia.ca\n").run();
    let verdicts: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("Validation: ")).collect();
    assert_eq!(verdicts, ["Validation: secure", &format!("Validation: {BROKEN_DS}"), "Validation: insecure"]);
    assert_eq!(out.status, 12);
}

#[test]
fn validate_hostile_answers_end_with_a_verdict() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    // CNAME loops, across zones and to itself.
    let started = Instant::now();
    let out = dig(&lab, &keys, &["+noall", "+answer", "loop1.edge.lab", "selfloop.edge.lab"]);
    assert!(started.elapsed() < Duration::from_secs(10));
    let verdicts: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with(";; VALIDATION: ")).collect();
    assert_eq!(verdicts.len(), 2, "{}", out.stdout);
    assert!(
        verdicts.iter().all(|v| v.starts_with(";; VALIDATION: indeterminate (") || v.starts_with(";; VALIDATION: bogus (")),
        "{verdicts:?}"
    );
    // A loop the server does not see: each name's answer is one CNAME.
    let mut zones = lab_zones();
    let cname = |from: &str, to: &str| {
        let rec = record(&name(from), 5, 300, name(to).to_wire());
        Override::Records { answer: vec![rec], authority: vec![], nxdomain: false }
    };
    zones.set_override(&name("a.loop.edge.lab"), A, cname("a.loop.edge.lab", "b.loop.edge.lab"));
    zones.set_override(&name("b.loop.edge.lab"), A, cname("b.loop.edge.lab", "a.loop.edge.lab"));
    // Signatures over nothing: an answer of RRSIGs alone.
    let reply = zones.reply_bytes(&name("www.secure.lab"), A, true).unwrap();
    let sigs: Vec<_> = rlookup::wire::message::parse(&reply).unwrap().answer.into_iter().filter(|r| r.rtype == RRSIG).collect();
    zones.set_override(&name("www.secure.lab"), A, Override::Records { answer: sigs, authority: vec![], nxdomain: false });
    let looping = Lab::start_with(zones, |_| true);
    let started = Instant::now();
    let out = dig(&looping, &keys, &["+noall", "+answer", "+nocrypto", "a.loop.edge.lab", "www.secure.lab"]);
    assert!(started.elapsed() < Duration::from_secs(10));
    expect(
        &out,
        "a.loop.edge.lab.\t300\tIN\tCNAME\tb.loop.edge.lab.\n;; VALIDATION: indeterminate (quota reached)\n\
         www.secure.lab.\t\t300\tIN\tRRSIG\tA 13 3 300 20361231000000 20250101000000 54365 secure.lab. [omitted]\n\
         ;; VALIDATION: indeterminate (failure: FORMERR resolving 'www.secure.lab/A/IN': 127.0.0.1#PORT)\n"
            .replace("PORT", &looping.port())
            .as_str(),
        "",
        0,
    );
    // A server that answers the lookup but never the validator: its
    // fetches give up after the lookup's timeout times its tries.
    let mute = Lab::start_with(lab_zones(), |m: &Message| !m.header.cd);
    let started = Instant::now();
    let out = sans_rrsig(dig(&mute, &keys, &["+time=1", "+tries=1", "+short", "www.secure.lab"]));
    expect(&out, "192.0.2.80\n;; VALIDATION: indeterminate (timed out)\n", "", 0);
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
}

#[test]
fn validate_over_tcp_and_setup_errors() {
    let (lab, keys) = (Lab::start(), Keys::lab());
    expect(&sans_rrsig(dig(&lab, &keys, &["+tcp", "+short", "www.secure.lab"])), "192.0.2.80\n;; VALIDATION: secure\n", "", 0);
    assert!(lab.queries.lock().unwrap().iter().all(|(_, tcp)| *tcp));
    let out = rlookup(&["--validate", "--anchors", "/nonexistent/k.keys", "x"]).run();
    expect(&out, "", "rlookup: --validate: Unable to read key file '/nonexistent/k.keys'\n", 1);
    let out = rlookup(&["--anchors", &keys.path(), "x"]).run();
    expect(&out, "", "rlookup: --anchors is for --validate (delv takes -a FILE)\n", 1);
    let out = rlookup(&["--delv", "--validate", "x"]).run();
    expect(
        &out,
        "",
        "rlookup: --validate is for the nslookup and dig dialects (delv always validates; -a FILE gives its trust anchors)\n",
        1,
    );
    let out = rlookup(&["--validate=keys", "x"]).run();
    expect(&out, "", "rlookup: --validate: unknown view 'keys' (--validate or --validate=chain)\n", 1);
}
