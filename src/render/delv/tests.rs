//! delv's printer against delv 9.18.49's own output: the lab's signed
//! zones (tests/fixtures/dnssec/lab) are served from memory as the lab's
//! resolver serves them, each command line goes through delv's grammar
//! (`cli::delv`) and the validating resolver, and what `DelvSink` prints
//! must be what delv printed in the lab (research/delv.md's transcripts,
//! the shared goldens, tests/fixtures/dnssec/traces/*.out). TTLs of the
//! recorded traces had counted down in the lab resolver's cache: those
//! are compared with the TTL masked.

use std::path::{Path, PathBuf};

use super::*;
use crate::cli::delv::{self as grammar, End, Host};
use crate::config::anchors;
use crate::event::DelvResult;
use crate::render::{Captured, Stream};
use crate::validate::memory::{MemoryFetch, Zone};
use crate::validate::{self, Options};

/// The validation time: 2026-05-28, inside the lab's signature windows.
const NOW: u32 = 1_780_000_000;

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dnssec").join(rel)
}

fn zone(file: &str, origin: &str) -> Zone {
    let text = std::fs::read_to_string(fixture(&format!("lab/{file}"))).expect("zone file");
    Zone::from_text(&text, origin).expect("zone parses")
}

/// The lab as 127.0.0.53 answers (validating: bogus.lab is SERVFAIL
/// unless CD is set).
fn lab() -> MemoryFetch {
    let mut f = MemoryFetch::new(vec![
        zone("root.signed", "."),
        zone("lab.signed", "lab."),
        zone("secure.lab.signed", "secure.lab."),
        zone("bogus.lab.signed", "bogus.lab."),
        zone("edge.lab.db", "edge.lab."),
        zone("alt.lab.db", "alt.lab."),
        zone("ca.db", "ca."),
        zone("concordia.ca.db", "concordia.ca."),
    ]);
    let name = |s: &str| Name::from_text(s, Some(&Name::root())).unwrap();
    f.bogus_unless_cd.push(name("bogus.lab"));
    f.ds_nsec_first.push(name("alt.lab"));
    f
}

/// A delv command line (the words after `delv`) against the lab in
/// memory: (stdout, stderr). `-a FILE` is taken from the fixtures'
/// anchors/ by file name; without it the lab's bind.keys is used, or with
/// `builtin` the built-in root keys.
fn delv_with(args: &[&str], builtin: bool) -> (String, String) {
    delv_on(&lab(), args, builtin)
}

/// `delv_with` against these zones.
fn delv_on(fetch: &MemoryFetch, args: &[&str], builtin: bool) -> (String, String) {
    let parsed = grammar::parse(args, Host { have_ipv4: true, have_ipv6: true });
    let mut out = Captured::default();
    let mut sink = DelvSink::default();
    for e in &parsed.events {
        sink.event(e, &mut out).unwrap();
    }
    let plan = match parsed.end {
        End::Run(p) => p,
        End::Exit(_) => return (out.text(Stream::Out), out.text(Stream::Err)),
    };
    let anchors = plan.validate.then(|| {
        let file = match &plan.anchor_file {
            Some(f) => Some(fixture(&format!("anchors/{}", Path::new(f).file_name().unwrap().to_str().unwrap()))),
            None if builtin => None,
            None => Some(fixture("lab/bind.keys")),
        };
        let setup = anchors::setup_with(file.as_deref(), Path::new("/nonexistent/bind.keys"), plan.anchor_name.as_deref());
        setup.result.expect("anchors load")
    });
    let qname = Name::from_text(&plan.qname, Some(&Name::root())).expect("a name");
    let opts = Options { validate: plan.validate, cdflag: plan.cdflag, tcp: plan.tcp, now: NOW, ..Options::default() };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut resolution = rt.block_on(validate::resolve(fetch, anchors.as_ref(), opts, &qname, plan.qtype));
    if plan.no_sigs {
        crate::session::delv::strip_signatures(&mut resolution);
    }
    let ev = Event::Delv(std::sync::Arc::new(DelvResult { resolution, print: plan.print.clone() }));
    sink.event(&ev, &mut out).unwrap();
    (out.text(Stream::Out), out.text(Stream::Err))
}

fn delv(args: &[&str]) -> (String, String) {
    delv_with(args, false)
}

fn words(cmd: &str) -> Vec<&str> {
    cmd.split_whitespace().collect()
}

/// `^I` in the notes' transcripts is a tab.
fn tabs(s: &str) -> String {
    s.replace("^I", "\t")
}

/// The TTL of every record line masked (the owner, then the first
/// number): `N` whatever its length (the columns after it do not move
/// for the TTLs seen here).
fn mask_ttls(text: &str) -> String {
    text.lines()
        .map(|l| {
            let (lead, rest) = if let Some(r) = l.strip_prefix("; ") {
                ("; ", r)
            } else if let Some(r) = l.strip_prefix("    - '") {
                ("    - '", r)
            } else {
                ("", l)
            };
            if l.starts_with(";; ") || rest.starts_with(|c: char| c.is_whitespace()) {
                return format!("{l}\n");
            }
            let Some(owner_end) = rest.find(['\t', ' ']) else { return format!("{l}\n") };
            let after = &rest[owner_end..];
            let ws = after.len() - after.trim_start().len();
            let tail = &after[ws..];
            let digits = tail.chars().take_while(char::is_ascii_digit).count();
            if digits == 0 || !tail[digits..].starts_with(['\t', ' ']) {
                return format!("{l}\n");
            }
            format!("{lead}{}{}N{}\n", &rest[..owner_end], &after[..ws], &tail[digits..])
        })
        .collect()
}

#[test]
fn the_shared_goldens() {
    let golden = |name: &str| -> (String, String) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lab/golden/delv");
        (
            std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap(),
            std::fs::read_to_string(dir.join(format!("{name}.err"))).unwrap(),
        )
    };
    for (name, cmd) in [
        ("secure-a", "@127.0.0.53 www.secure.lab"),
        ("unsigned", "@127.0.0.53 concordia.ca mx"),
        ("bogus", "@127.0.0.53 www.bogus.lab"),
        ("secure-short", "+short @127.0.0.53 mail.secure.lab"),
        ("secure-nxdomain", "@127.0.0.53 nosuch.secure.lab"),
        ("dnskey-multi", "+multi @127.0.0.53 secure.lab dnskey"),
        ("no-validation", "-i @127.0.0.53 www.bogus.lab"),
        ("rtrace", "+rtrace @127.0.0.53 txt.secure.lab txt"),
    ] {
        assert_eq!(delv(&words(cmd)), golden(name), "{name}: {cmd}");
    }
}

#[test]
fn the_recorded_traces() {
    let dir = fixture("traces");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("out") {
            continue;
        }
        let cmd = std::fs::read_to_string(path.with_extension("cmd")).unwrap();
        let want_out = std::fs::read_to_string(&path).unwrap();
        let want_err = std::fs::read_to_string(path.with_extension("err")).unwrap();
        let builtin = cmd.contains("/etc/bind hidden");
        let args: Vec<&str> = cmd.split_whitespace().skip_while(|w| *w != "delv").skip(1).collect();
        let (out, err) = delv_with(&args, builtin);
        assert_eq!(mask_ttls(&out), mask_ttls(&want_out), "{}: {cmd}", path.display());
        assert_eq!(err, want_err, "{}: {cmd}", path.display());
        checked += 1;
    }
    assert!(checked >= 20, "{checked}");
}

/// research/delv.md §8.5: one transcript (verbatim, `^I` = tab), with the
/// TTLs masked where the lab's cache had counted them down.
fn transcript(cmd: &str, out: &str, err: &str) {
    let (got_out, got_err) = delv(&words(cmd));
    assert_eq!(mask_ttls(&got_out), mask_ttls(&tabs(out)), "{cmd}");
    assert_eq!(got_err, err, "{cmd}");
}

#[test]
fn negative_answers() {
    transcript(
        "@127.0.0.53 www.secure.lab txt",
        "; negative response, fully validated
; www.secure.lab.^I^I300^IIN^I\\-TXT^I;-$NXRRSET
; www.secure.lab. RRSIG NSEC ...
; www.secure.lab. NSEC secure.lab. A AAAA RRSIG NSEC
; secure.lab. SOA ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300
; secure.lab. RRSIG SOA ...
",
        ";; resolution failed: ncache nxrrset\n",
    );
    transcript(
        "@127.0.0.53 www.edge.lab aaaa",
        "; negative response, unsigned answer
; www.edge.lab.^I^I300^IIN^I\\-AAAA^I;-$NXRRSET
; edge.lab. SOA ns1.edge.lab. hostmaster.edge.lab. 2026010100 7200 3600 1209600 300
",
        ";; resolution failed: ncache nxrrset\n",
    );
    transcript(
        "@127.0.0.53 dangling.edge.lab",
        "; unsigned answer
dangling.edge.lab.^I300^IIN^ICNAME^Inowhere.alt.lab.
; nowhere.alt.lab.^I300^IIN^I\\-ANY^I;-$NXDOMAIN
; alt.lab. SOA ns1.alt.lab. hostmaster.alt.lab. 2026010100 7200 3600 1209600 300
",
        ";; resolution failed: ncache nxdomain\n",
    );
    transcript(
        "@127.0.0.53 edge.lab ds",
        "; negative response, fully validated
; edge.lab.^I^I3396^IIN^I\\-DS^I;-$NXRRSET
; lab. SOA ns.nic.lab. hostmaster.nic.lab. 2026010100 1800 900 604800 3600
; lab. RRSIG SOA ...
; edge.lab. RRSIG NSEC ...
; edge.lab. NSEC lame.lab. NS RRSIG NSEC
",
        ";; resolution failed: ncache nxrrset\n",
    );
    let nx_lines = "; mail.secure.lab. RRSIG NSEC ...
; mail.secure.lab. NSEC ns1.secure.lab. A RRSIG NSEC
; secure.lab. SOA ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300
; secure.lab. RRSIG SOA ...
; secure.lab. RRSIG NSEC ...
; secure.lab. NSEC hop3.secure.lab. A NS SOA MX RRSIG NSEC DNSKEY
";
    let failed = ";; resolution failed: ncache nxdomain\n";
    transcript("@127.0.0.53 nosuch.secure.lab +notrust", &format!("; nosuch.secure.lab.^I87^IIN^I\\-ANY^I;-$NXDOMAIN\n{nx_lines}"), failed);
    transcript("@127.0.0.53 nosuch.secure.lab +short", "", failed);
    transcript(
        "@127.0.0.53 nosuch.secure.lab +multi",
        &format!("; negative response, fully validated\n; nosuch.secure.lab.^I87 IN \\-ANY ;-$NXDOMAIN\n{nx_lines}"),
        failed,
    );
    transcript(
        "@127.0.0.53 nosuch.secure.lab +nottl +noclass",
        &format!("; negative response, fully validated\n; nosuch.secure.lab.^I\\-ANY^I;-$NXDOMAIN\n{nx_lines}"),
        failed,
    );
    transcript(
        "@127.0.0.53 nosuch.secure.lab +unknownformat",
        &format!("; negative response, fully validated\n; nosuch.secure.lab.^I86^ICLASS1^I\\-TYPE255 ;-$NXDOMAIN\n{nx_lines}"),
        failed,
    );
    for how in ["-i", "+noroot"] {
        transcript(
            &format!("@127.0.0.53 {how} nosuch.secure.lab"),
            &format!("; negative response, answer not validated\n; nosuch.secure.lab.^I223^IIN^I\\-ANY^I;-$NXDOMAIN\n{nx_lines}"),
            failed,
        );
    }
    transcript(
        "@127.0.0.53 NoSuch.Secure.LAB",
        &format!("; negative response, fully validated\n; NoSuch.Secure.LAB.^I300^IIN^I\\-ANY^I;-$NXDOMAIN\n{nx_lines}"),
        failed,
    );
}

/// The proofs come out in the cache's order (sorted by owner, type,
/// RDATA), not the reply's: an authoritative server sends the SOA first,
/// delv prints mail.secure.lab's NSEC first (auth-noval-nxdomain).
#[test]
fn negative_proofs_in_cache_order() {
    use crate::validate::memory::Override;
    let z = zone("secure.lab.signed", "secure.lab.");
    let pick = |owner: &str, rtype: u16, covered: u16| -> Vec<crate::wire::Record> {
        let owner = Name::from_text(owner, Some(&Name::root())).unwrap();
        z.records
            .iter()
            .filter(|r| {
                r.name.eq_ignore_case(&owner)
                    && r.rtype == rtype
                    && (covered == 0 || u16::from_be_bytes([r.rdata[0], r.rdata[1]]) == covered)
            })
            .cloned()
            .collect()
    };
    let authority = [
        pick("secure.lab", 6, 0),
        pick("secure.lab", 46, 6),
        pick("secure.lab", 47, 0),
        pick("secure.lab", 46, 47),
        pick("mail.secure.lab", 47, 0),
        pick("mail.secure.lab", 46, 47),
    ]
    .concat();
    assert_eq!(authority.len(), 6);
    let mut f = lab();
    let qname = Name::from_text("nosuch.secure.lab", Some(&Name::root())).unwrap();
    f.set_override(&qname, 1, Override::Records { answer: Vec::new(), authority, nxdomain: true });
    for how in ["-i", "+root"] {
        let (out, _) = delv_on(&f, &["@127.6.3.1", how, "nosuch.secure.lab"], false);
        let proofs: Vec<&str> = out.lines().skip(2).collect();
        assert_eq!(
            proofs,
            [
                "; mail.secure.lab. RRSIG NSEC ...",
                "; mail.secure.lab. NSEC ns1.secure.lab. A RRSIG NSEC",
                "; secure.lab. SOA ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300",
                "; secure.lab. RRSIG SOA ...",
                "; secure.lab. RRSIG NSEC ...",
                "; secure.lab. NSEC hop3.secure.lab. A NS SOA MX RRSIG NSEC DNSKEY",
            ],
            "{how}"
        );
    }
}

/// Asking the authoritative server of secure.lab (research/delv.md
/// auth-secure): its DS answer comes from the child's side, BIND chases
/// the parent's servers (lab/NS, ./NS: refused), the DS fetch ends
/// SERVFAIL, the validator falls back to an insecurity proof whose lab/DS
/// is refused too.
#[test]
fn chasing_the_parents_servers() {
    use crate::validate::memory::Override;
    let z = zone("secure.lab.signed", "secure.lab.");
    let name = |s: &str| Name::from_text(s, Some(&Name::root())).unwrap();
    let soa: Vec<crate::wire::Record> = z
        .records
        .iter()
        .filter(|r| r.name.eq_ignore_case(&name("secure.lab")) && (r.rtype == 6 || (r.rtype == 46 && r.rdata[..2] == [0, 6])))
        .cloned()
        .collect();
    let mut f = lab();
    f.set_override(&name("secure.lab"), 43, Override::Records { answer: Vec::new(), authority: soa, nxdomain: false });
    for (n, t) in [("lab", 2), (".", 2), ("lab", 43)] {
        f.set_override(&name(n), t, Override::Rcode(5));
    }
    let (out, err) = delv_on(&f, &["+rtrace", "www.secure.lab"], false);
    assert_eq!(out, "");
    assert_eq!(
        err,
        ";; fetch: www.secure.lab/A
;; fetch: secure.lab/DNSKEY
;; fetch: secure.lab/DS
;; chase DS servers resolving 'secure.lab/DS/IN': 127.0.0.53#53
;; fetch: lab/NS
;; REFUSED unexpected RCODE resolving 'lab/NS/IN': 127.0.0.53#53
;; fetch: ./NS
;; REFUSED unexpected RCODE resolving './NS/IN': 127.0.0.53#53
;; fetch: lab/DS
;; REFUSED unexpected RCODE resolving 'lab/DS/IN': 127.0.0.53#53
;; broken trust chain resolving 'secure.lab/DNSKEY/IN': 127.0.0.53#53
;; broken trust chain resolving 'www.secure.lab/A/IN': 127.0.0.53#53
;; resolution failed: broken trust chain
"
    );
}

#[test]
fn record_formats() {
    let sig = "acYqrOZkvsyG1vK8/BcCbzwQh+fHvBsRUIfUctExyvaU0tl9zY6r8qYG TVuvfh5RSPSCeeO8htyG0i6eUCXiqg==";
    let rrsig = format!("A 13 3 300 20361231000000 20250101000000 54365 secure.lab. {sig}");
    transcript(
        "@127.0.0.53 www.secure.lab +nottl",
        &format!("; fully validated\nwww.secure.lab.^I^IIN^IA^I192.0.2.80\nwww.secure.lab.^I^IIN^IRRSIG^I{rrsig}\n"),
        "",
    );
    transcript(
        "@127.0.0.53 www.secure.lab +noclass",
        &format!("; fully validated\nwww.secure.lab.^I^I247^IA^I192.0.2.80\nwww.secure.lab.^I^I247^IRRSIG^I{rrsig}\n"),
        "",
    );
    transcript(
        "@127.0.0.53 www.secure.lab +nottl +noclass",
        &format!("; fully validated\nwww.secure.lab.^I^IA^I192.0.2.80\nwww.secure.lab.^I^IRRSIG^I{rrsig}\n"),
        "",
    );
    transcript(
        "@127.0.0.53 www.secure.lab +unknownformat",
        "; fully validated
www.secure.lab.^I^I246^ICLASS1^ITYPE1^I\\# 4 C0000250
www.secure.lab.^I^I246^ICLASS1^ITYPE46^I\\# 94 00010D030000012C7E05928067748580D45D06736563757265036C61 620069C62AACE664BECC86D6F2BCFC17026F3C1087E7C7BC1B115087 D472D131CAF694D2D97DCD8EABF2A6064D5BAF7E1E5148F48279E3BC 86DC86D22E9E5025E2AA
",
        "",
    );
    let plain = format!("www.secure.lab.^I^I246^IIN^IA^I192.0.2.80\nwww.secure.lab.^I^I246^IIN^IRRSIG^I{rrsig}\n");
    transcript("@127.0.0.53 www.secure.lab +nocomments", &format!("; fully validated\n{plain}"), "");
    transcript("@127.0.0.53 www.secure.lab +notrust", &plain, "");
    transcript("@127.0.0.53 www.secure.lab +noall", &plain, "");
    transcript("@127.0.0.53 www.secure.lab +nodnssec", "; fully validated\nwww.secure.lab.^I^I246^IIN^IA^I192.0.2.80\n", "");
    transcript("@127.0.0.53 WWW.Secure.LAB +nodnssec", "; fully validated\nWWW.Secure.LAB.^I^I300^IIN^IA^I192.0.2.80\n", "");
    transcript("@127.0.0.53 www.secure.lab +short +dnssec", &format!("192.0.2.80\n{rrsig}\n"), "");
    transcript("@127.0.0.53 www.secure.lab +dnssec +short", "192.0.2.80\n", "");
    transcript("@127.0.0.53 -i www.secure.lab", "; answer not validated\nwww.secure.lab.^I^I161^IIN^IA^I192.0.2.80\n", "");
    transcript(
        "@127.0.0.53 +noroot www.secure.lab",
        &format!("; answer not validated\nwww.secure.lab.^I^I162^IIN^IA^I192.0.2.80\nwww.secure.lab.^I^I162^IIN^IRRSIG^I{rrsig}\n"),
        "",
    );
    transcript(
        "@127.0.0.53 secure.lab soa +multi",
        "; fully validated
secure.lab.^I^I300 IN SOA ns1.secure.lab. hostmaster.secure.lab. (
^I^I^I^I2026010100 ; serial
^I^I^I^I7200       ; refresh (2 hours)
^I^I^I^I3600       ; retry (1 hour)
^I^I^I^I1209600    ; expire (2 weeks)
^I^I^I^I300        ; minimum (5 minutes)
^I^I^I^I)
secure.lab.^I^I300 IN RRSIG SOA 13 2 300 (
^I^I^I^I20361231000000 20250101000000 54365 secure.lab.
^I^I^I^IBpm+ISZKtj3A2MUCgKTIZ+4h6BRCmrY3jq6hRZT+W0I2
^I^I^I^I9bSexDUbM3wJReTm0fwvOn+GtT4GXINcS1RFGLjFCw== )
",
        "",
    );
    transcript("@127.0.0.53 secure.lab soa +short", "ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300\n", "");
    transcript(
        "@127.0.0.53 secure.lab soa +short +multi",
        "ns1.secure.lab. hostmaster.secure.lab. ( 2026010100 ; serial 7200       ; refresh (2 hours) 3600       ; retry (1 hour) 1209600    ; expire (2 weeks) 300        ; minimum (5 minutes) )\n",
        "",
    );
    transcript(
        // (The in-memory resolver refuses all of bogus.lab without CD.)
        "@127.0.0.53 bogus.lab ds +multi +cdflag",
        "; fully validated
bogus.lab.^I^I3313 IN^IDS 23038 13 2 (
^I^I^I^IA6F5B45711100C93F32906CD0B9B3801F4F7F6A64DB8
^I^I^I^IAFC10248B85C20719B31 )
bogus.lab.^I^I3313 IN^IRRSIG DS 13 2 3600 (
^I^I^I^I20361231000000 20250101000000 52699 lab.
^I^I^I^IGUGRPR7ZkEvK+mks4sejM3fhmE927RVUod9Ea1bGI3qS
^I^I^I^IEcE+UEppWn53GmmXv0Ro1cWs/07YEwP6X3ft2BJ/dQ== )
",
        "",
    );
    transcript(
        "@127.0.0.53 secure.lab ds",
        "; fully validated
secure.lab.^I^I3410^IIN^IDS^I58915 13 2 414DBD358D6916DF673B800727BDEED861506667B9E0C7A27C0C7C0A 4A633DB8
secure.lab.^I^I3410^IIN^IRRSIG^IDS 13 2 3600 20361231000000 20250101000000 52699 lab. /pExDlEKUQIbmveMlWDIoutJ9EpKlrwbr27zvH4OhkUlXbT1JJLmmVqG yNCk8lQqnqW6QeO1pbS9pUW+2fgOlw==
",
        "",
    );
    transcript(
        "@127.0.0.53 x.dname.edge.lab",
        "; unsigned answer\nx.dname.edge.lab.^I300^IIN^IDNAME^Ialt.lab.\nx.alt.lab.^I^I300^IIN^IA^I192.0.2.60\n",
        "",
    );
    transcript("@127.0.0.53 ttl0.edge.lab", "; unsigned answer\nttl0.edge.lab.^I^I0^IIN^IA^I192.0.2.77\n", "");
    transcript(
        "@127.0.0.53 txt.edge.lab txt",
        "; unsigned answer
txt.edge.lab.^I^I300^IIN^ITXT^I\"plain\" \"two words\" \"with \\\"double quotes\\\"\" \"back\\\\slash\" \"semi;colon\" \"caf\\195\\169\" \"tab\\009and\\010newline\" \"raw\\255byte\" \"\"
",
        "",
    );
    transcript("@127.0.0.53 unknown.edge.lab type65534", "; unsigned answer\nunknown.edge.lab.^I300^IIN^ITYPE65534 \\# 4 0A000001\n", "");
    transcript("@127.0.0.53 hop1.edge.lab +short", "hop2.alt.lab.\nhop3.secure.lab.\nhop4.edge.lab.\n192.0.2.4\n", "");
    transcript(
        "@127.0.0.53 hop1.edge.lab +notrust",
        "hop1.edge.lab.^I^I66^IIN^ICNAME^Ihop2.alt.lab.
hop2.alt.lab.^I^I66^IIN^ICNAME^Ihop3.secure.lab.
hop3.secure.lab.^I66^IIN^ICNAME^Ihop4.edge.lab.
hop3.secure.lab.^I66^IIN^IRRSIG^ICNAME 13 3 300 20361231000000 20250101000000 54365 secure.lab. w4K4cZhJXK2V3TSub48JcY+951fOvmJM76B30F3wsDJE1LwD5Utg9PIW voYpV9ToZZceftLy6pWub+oDXP6MsQ==
hop4.edge.lab.^I^I66^IIN^IA^I192.0.2.4
",
        "",
    );
}

#[test]
fn dnskey_formats() {
    let k1 = "Njx/i8mRPuaK4A068BDARHkMzTAbDkLSlu585WoQrXDF49aDYhoUe2ahSlWyGURFg2JrqDYyVtx6QMkOW1klGQ==";
    let k2 = "dfG2jaKGEE2TOTIxv9k/3k4fY2c/hheeWPsfION/2Eo4RKCIugCUnfXY8kL3Ox0fYv7fPOriARiSM+xT81g9Fg==";
    let s1 = "swm97mwt61NCIPK3oToNXHXaQpeb6mSCK6X1fe8sbM8QWm8Xs3b0T5pwLvkOOWoBQ/1eH+KN6iPgBhEjRIQK3Q==";
    let s2 = "UpLc/VYtumBgssW7o2RY6H3V6jwBxKPtnYFuDM6xrSU6eC4PtnDElvUrJQegz8EoCeu9cGs3bxbgGMi2KvSXSg==";
    let split = |s: &str, n: usize| s.as_bytes().chunks(n).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(" ");
    let zsk = "; ZSK; alg = ECDSAP256SHA256 ; key id = 54365";
    let ksk = "; KSK; alg = ECDSAP256SHA256 ; key id = 58915";
    let sig = |tag: u16, s: &str| format!("DNSKEY 13 2 300 20361231000000 20250101000000 {tag} secure.lab. {s}");
    let lines = |w: usize, comments: bool| {
        let c = |t: &str| if comments { format!("  {t}") } else { String::new() };
        format!(
            "; fully validated\nsecure.lab.^I^I253^IIN^IDNSKEY^I256 3 13 {}{}\nsecure.lab.^I^I253^IIN^IDNSKEY^I257 3 13 {}{}\nsecure.lab.^I^I253^IIN^IRRSIG^I{}\nsecure.lab.^I^I253^IIN^IRRSIG^I{}\n",
            split(k1, w),
            c(zsk),
            split(k2, w),
            c(ksk),
            sig(54365, &split(s1, w)),
            sig(58915, &split(s2, w)),
        )
    };
    transcript("@127.0.0.53 secure.lab dnskey", &lines(56, true), "");
    transcript("@127.0.0.53 secure.lab dnskey +norrcomments", &lines(56, false), "");
    transcript("@127.0.0.53 secure.lab dnskey +split=8", &lines(8, true), "");
    transcript("@127.0.0.53 secure.lab dnskey +nosplit", &lines(1000, true), "");
    let (_, err) = delv(&words("@127.0.0.53 secure.lab dnskey +split=6"));
    assert_eq!(err, "delv: warning: split must be a multiple of 4; adjusting to 8\n");
    transcript(
        "@127.0.0.53 secure.lab dnskey +nocrypto",
        &format!(
            "; fully validated
secure.lab.^I^I252^IIN^IDNSKEY^I256 3 13 [key id = 54365]  {zsk}
secure.lab.^I^I252^IIN^IDNSKEY^I257 3 13 [key id = 58915]  {ksk}
secure.lab.^I^I252^IIN^IRRSIG^IDNSKEY 13 2 300 20361231000000 20250101000000 54365 secure.lab. [omitted]
secure.lab.^I^I252^IIN^IRRSIG^IDNSKEY 13 2 300 20361231000000 20250101000000 58915 secure.lab. [omitted]
"
        ),
        "",
    );
    transcript(
        "@127.0.0.53 secure.lab dnskey +nocrypto +multi",
        &format!(
            "; fully validated
secure.lab.^I^I252 IN DNSKEY 256 3 13 (
^I^I^I^I[key id = 54365]
^I^I^I^I) {zsk}
secure.lab.^I^I252 IN DNSKEY 257 3 13 (
^I^I^I^I[key id = 58915]
^I^I^I^I) {ksk}
secure.lab.^I^I252 IN RRSIG DNSKEY 13 2 300 (
^I^I^I^I20361231000000 20250101000000 54365 secure.lab.
^I^I^I^I[omitted] )
secure.lab.^I^I252 IN RRSIG DNSKEY 13 2 300 (
^I^I^I^I20361231000000 20250101000000 58915 secure.lab.
^I^I^I^I[omitted] )
"
        ),
        "",
    );
    transcript(
        "@127.0.0.53 secure.lab dnskey +short",
        &format!("256 3 13 {}  {zsk}\n257 3 13 {}  {ksk}\n", split(k1, 56), split(k2, 56)),
        "",
    );
    transcript("@127.0.0.53 secure.lab dnskey +short +multi", &format!("256 3 13 ( {k1} ) {zsk}\n257 3 13 ( {k2} ) {ksk}\n"), "");
}

#[test]
fn yaml() {
    transcript(
        "@127.0.0.53 www.secure.lab +yaml",
        "type: DELV_RESULT
query_name: www.secure.lab
status: success
records:
  - fully_validated:
    - 'www.secure.lab. 238 IN A 192.0.2.80'
    - 'www.secure.lab. 238 IN RRSIG A 13 3 300 20361231000000 20250101000000 54365 secure.lab. acYqrOZkvsyG1vK8/BcCbzwQh+fHvBsRUIfUctExyvaU0tl9zY6r8qYG TVuvfh5RSPSCeeO8htyG0i6eUCXiqg=='
",
        "",
    );
    transcript(
        "@127.0.0.53 nosuch.secure.lab +yaml",
        "type: DELV_RESULT
query_name: nosuch.secure.lab
status: ncache nxdomain
records:
  - negative_response_fully_validated:
    - 'nosuch.secure.lab. 300 IN \\-ANY ;-$NXDOMAIN'
    - 'mail.secure.lab. RRSIG NSEC ...'
    - 'mail.secure.lab. NSEC ns1.secure.lab. A RRSIG NSEC'
    - 'secure.lab. SOA ns1.secure.lab. hostmaster.secure.lab. 2026010100 7200 3600 1209600 300'
    - 'secure.lab. RRSIG SOA ...'
    - 'secure.lab. RRSIG NSEC ...'
    - 'secure.lab. NSEC hop3.secure.lab. A NS SOA MX RRSIG NSEC DNSKEY'
",
        "",
    );
    transcript("@127.0.0.53 www.bogus.lab +yaml", "type: DELV_RESULT\nquery_name: www.bogus.lab\nstatus: failure\nrecords:\n", "");
    transcript(
        "@127.0.0.53 hop1.edge.lab +yaml",
        "type: DELV_RESULT
query_name: hop1.edge.lab
status: success
records:
  - unsigned_answer:
    - 'hop1.edge.lab. 65 IN CNAME hop2.alt.lab.'
    - 'hop2.alt.lab. 65 IN CNAME hop3.secure.lab.'
  - fully_validated:
    - 'hop3.secure.lab. 65 IN CNAME hop4.edge.lab.'
    - 'hop3.secure.lab. 65 IN RRSIG CNAME 13 3 300 20361231000000 20250101000000 54365 secure.lab. w4K4cZhJXK2V3TSub48JcY+951fOvmJM76B30F3wsDJE1LwD5Utg9PIW voYpV9ToZZceftLy6pWub+oDXP6MsQ=='
  - unsigned_answer:
    - 'hop4.edge.lab. 65 IN A 192.0.2.4'
",
        "",
    );
    transcript(
        "@127.0.0.53 secure.lab dnskey +yaml +multi",
        "type: DELV_RESULT
query_name: secure.lab
status: success
records:
  - fully_validated:
    - 'secure.lab. 237 IN DNSKEY 256 3 13 Njx/i8mRPuaK4A068BDARHkMzTAbDkLSlu585WoQrXDF49aDYhoUe2ah SlWyGURFg2JrqDYyVtx6QMkOW1klGQ=='
    - 'secure.lab. 237 IN DNSKEY 257 3 13 dfG2jaKGEE2TOTIxv9k/3k4fY2c/hheeWPsfION/2Eo4RKCIugCUnfXY 8kL3Ox0fYv7fPOriARiSM+xT81g9Fg=='
    - 'secure.lab. 237 IN RRSIG DNSKEY 13 2 300 20361231000000 20250101000000 54365 secure.lab. swm97mwt61NCIPK3oToNXHXaQpeb6mSCK6X1fe8sbM8QWm8Xs3b0T5pw LvkOOWoBQ/1eH+KN6iPgBhEjRIQK3Q=='
    - 'secure.lab. 237 IN RRSIG DNSKEY 13 2 300 20361231000000 20250101000000 58915 secure.lab. UpLc/VYtumBgssW7o2RY6H3V6jwBxKPtnYFuDM6xrSU6eC4PtnDElvUr JQegz8EoCeu9cGs3bxbgGMi2KvSXSg=='
",
        "",
    );
    // Options that are style flags do nothing under +yaml.
    let (a, _) = delv(&words("@127.0.0.53 www.secure.lab +yaml +nottl +noclass +unknownformat"));
    let (b, _) = delv(&words("@127.0.0.53 www.secure.lab +yaml"));
    assert_eq!(a, b);
}

#[test]
fn trust_headers() {
    // A blank line before each header but the first; none with +short
    // (+trust brings the headers back) or +yaml.
    transcript(
        "@127.0.0.53 hop1.edge.lab",
        "; unsigned answer
hop1.edge.lab.^I^I300^IIN^ICNAME^Ihop2.alt.lab.
hop2.alt.lab.^I^I300^IIN^ICNAME^Ihop3.secure.lab.

; fully validated
hop3.secure.lab.^I300^IIN^ICNAME^Ihop4.edge.lab.
hop3.secure.lab.^I300^IIN^IRRSIG^ICNAME 13 3 300 20361231000000 20250101000000 54365 secure.lab. w4K4cZhJXK2V3TSub48JcY+951fOvmJM76B30F3wsDJE1LwD5Utg9PIW voYpV9ToZZceftLy6pWub+oDXP6MsQ==

; unsigned answer
hop4.edge.lab.^I^I300^IIN^IA^I192.0.2.4
",
        "",
    );
    transcript(
        "@127.0.0.53 hop1.edge.lab +short +trust",
        "; unsigned answer\nhop2.alt.lab.\nhop3.secure.lab.\n; fully validated\nhop4.edge.lab.\n; unsigned answer\n192.0.2.4\n",
        "",
    );
    transcript(
        "@127.0.0.53 nosuch.secure.lab +short +trust",
        "; negative response, fully validated\n",
        ";; resolution failed: ncache nxdomain\n",
    );
}

#[test]
fn failures_and_anchors() {
    transcript(
        "@127.0.0.53 +cdflag bogus.lab dnskey",
        "",
        ";; validating bogus.lab/DNSKEY: no valid signature found (DS)\n;; no valid RRSIG resolving 'bogus.lab/DNSKEY/IN': 127.0.0.53#53\n;; resolution failed: no valid RRSIG\n",
    );
    transcript("@127.0.0.53 www.bogus.lab +vtrace", "", ";; fetch: www.bogus.lab/A\n;; resolution failed: failure\n");
    transcript("@127.0.0.53 -i +cdflag www.bogus.lab", "; answer not validated\nwww.bogus.lab.^I^I299^IIN^IA^I192.0.2.66\n", "");
    // The grammar's own messages go through the sink too.
    let (out, err) = delv(&words("@127.0.0.53 + www.secure.lab -t foo"));
    assert!(out.starts_with(";; Invalid option \n; fully validated\n"), "{out}");
    assert_eq!(err, "delv: warning: ignoring invalid type\n");
}

/// Hostile records (control bytes, quotes, long names) never reach the
/// terminal raw, in any of delv's forms.
#[test]
fn escapes_hostile_bytes() {
    use crate::validate::rrset::RdataSet;
    use crate::validate::{Answer, AnswerSet, BindResult, Trust};
    let owner = Name::from_labels(vec![b"a\x07b\x1b[31m".to_vec(), b"x\xff'".to_vec()]);
    let txt = vec![7, b'\x1b', b'[', b'3', b'1', b'm', b'\'', b'\n'];
    let set = RdataSet { name: owner.clone(), rtype: 16, covers: 0, class: 1, ttl: 5, rdatas: vec![txt], trust: Trust::Answer };
    let resolution = crate::validate::Resolution {
        qname: owner.clone(),
        qtype: 16,
        result: BindResult::Success,
        vresult: None,
        answers: vec![Answer { owner, sets: vec![AnswerSet::Records(set)] }],
        trace: Vec::new(),
        chain: Default::default(),
        validating: true,
    };
    for print in [
        DelvPrint::default(),
        DelvPrint { yaml: true, ..DelvPrint::default() },
        DelvPrint { short: true, ..DelvPrint::default() },
        DelvPrint { multiline: true, ..DelvPrint::default() },
    ] {
        let r = DelvResult { resolution: resolution.clone(), print };
        let out = stdout_bytes(&r);
        assert!(out.iter().all(|&b| b == b'\t' || b == b'\n' || (0x20..0x7f).contains(&b)), "{}", String::from_utf8_lossy(&out));
    }
    let text = |print| String::from_utf8(stdout_bytes(&DelvResult { resolution: resolution.clone(), print })).unwrap();
    assert_eq!(text(DelvPrint::default()), "; unsigned answer\na\\007b\\027[31m.x\\255'.\t5\tIN\tTXT\t\"\\027[31m'\\010\"\n");
    // YAML doubles the single quotes.
    assert_eq!(
        text(DelvPrint { yaml: true, ..DelvPrint::default() }),
        "type: DELV_RESULT\nquery_name: a\\007b\\027[31m.x\\255'\nstatus: success\nrecords:\n  - unsigned_answer:\n    - 'a\\007b\\027[31m.x\\255''. 5 IN TXT \"\\027[31m''\\010\"'\n"
    );
}

#[test]
fn mtrace_dumps_each_reply() {
    let (out, err) = delv(&words("@127.0.0.53 +mtrace www.secure.lab"));
    assert!(out.starts_with("; fully validated\n"));
    let first = err.split("\n;; fetch: secure.lab/DNSKEY\n").next().unwrap();
    let want = tabs(
        ";; fetch: www.secure.lab/A
;; received packet from 127.0.0.53#53
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id:  16962
;; flags: qr rd ra; QUESTION: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1
;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags: do; udp: 1232
;; QUESTION SECTION:
;www.secure.lab.^I^I^IIN^IA

;; ANSWER SECTION:
;www.secure.lab.^I^I300^IIN^IA^I192.0.2.80
;www.secure.lab.^I^I300^IIN^IRRSIG^IA 13 3 300 (
;^I^I^I^I^I^I20361231000000 20250101000000 54365 secure.lab.
;^I^I^I^I^I^IacYqrOZkvsyG1vK8/BcCbzwQh+fH
;^I^I^I^I^I^IvBsRUIfUctExyvaU0tl9zY6r8qYG
;^I^I^I^I^I^ITVuvfh5RSPSCeeO8htyG0i6eUCXi
;^I^I^I^I^I^Iqg== )

",
    );
    assert_eq!(first, want);
    assert_eq!(err.matches(";; received packet from 127.0.0.53#53\n").count(), 6);
}

/// +mtrace's dump of hostile replies: never a panic, never a raw byte.
#[test]
fn mtrace_dumps_hostile_replies_safely() {
    let mut dumped = 0;
    for bytes in crate::wire::message::tests::mutated_messages(3_000) {
        let text = super::mtrace::received("127.0.0.1#53", &bytes);
        if !text.is_empty() {
            dumped += 1;
        }
        assert!(text.bytes().all(|b| b == b'\t' || b == b'\n' || (0x20..0x7f).contains(&b)), "{text}");
    }
    assert!(dumped > 100, "{dumped}");
}
