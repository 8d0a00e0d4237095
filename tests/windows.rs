//! `--style=windows`: the nslookup dialect printing what Windows'
//! nslookup.exe prints, against the in-process server (hickory-server is
//! authoritative: no "Non-authoritative answer:" from it) and raw servers.
//! stdout has the header, the records and `-debug`; stderr has
//! "Non-authoritative answer:", the "*** ..." errors and the timeouts.

use crate::fixtures::{BIG, EXAMPLE, LOOPBACK, REVERSE};
use crate::harness::{Output, expect, rlookup};
use crate::server::{DnsServer, RawServer, SilentServer, reply};

/// The header for a server whose address has no PTR.
const UNKNOWN: &str = "Server:  UnKnown\nAddress:  127.0.0.1\n\n";

/// `rlookup --style=windows -port=P ARGS 127.0.0.1`.
fn run_against(port: u16, args: &str) -> Output {
    let mut argv = vec!["--style=windows".to_string(), format!("-port={port}")];
    argv.extend(args.split_whitespace().map(str::to_string));
    argv.push("127.0.0.1".into());
    rlookup(&argv).run()
}

/// Against the fixture zones, without a PTR for 127.0.0.1.
#[track_caller]
fn check(args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = DnsServer::start(&[EXAMPLE, BIG, REVERSE]);
    let out = run_against(server.port(), args);
    expect(&out, stdout, stderr, status);
}

/// `-debug`'s query ids are random: `id = N`.
fn mask_ids(text: &str) -> String {
    text.lines()
        .map(|l| match l.find(", id = ") {
            Some(i) if l.starts_with("\topcode = ") => {
                let rest = &l[i + 7..];
                let end = rest.find(',').unwrap_or(rest.len());
                format!("{}, id = N{}", &l[..i], &rest[end..])
            }
            _ => l.to_string(),
        })
        .map(|l| l + "\n")
        .collect()
}

#[test]
fn one_address() {
    check("www.example.test", &format!("{UNKNOWN}Name:    www.example.test\nAddress:  192.0.2.80\n\n"), "", 0);
}

#[test]
fn ipv6_first_then_ipv4() {
    check("dual.example.test", &format!("{UNKNOWN}Name:    dual.example.test\nAddresses:  2001:db8::81\n\t  192.0.2.81\n\n"), "", 0);
}

#[test]
fn several_addresses() {
    check(
        "multi.example.test",
        &format!("{UNKNOWN}Name:    multi.example.test\nAddresses:  192.0.2.91\n\t  192.0.2.92\n\t  192.0.2.93\n\n"),
        "",
        0,
    );
}

#[test]
fn cname_chain_as_aliases() {
    check(
        "alias.example.test",
        &format!(
            "{UNKNOWN}Name:    dual.example.test\nAddresses:  2001:db8::81\n\t  192.0.2.81\nAliases:  alias.example.test\n\t  hop.example.test\n\n"
        ),
        "",
        0,
    );
}

#[test]
fn mx_with_additional_records() {
    // Authoritative: the additional records follow without a blank line.
    check(
        "-type=mx example.test",
        &format!(
            "{UNKNOWN}example.test\tMX preference = 10, mail exchanger = mail.example.test\n\
             example.test\tMX preference = 20, mail exchanger = mail2.example.test\n\
             mail.example.test\tinternet address = 192.0.2.25\n"
        ),
        "",
        0,
    );
}

#[test]
fn ns() {
    check(
        "-query=ns example.test",
        &format!(
            "{UNKNOWN}example.test\tnameserver = ns1.example.test\nexample.test\tnameserver = ns2.example.test\n\
             ns1.example.test\tinternet address = 192.0.2.53\n"
        ),
        "",
        0,
    );
}

const SOA_LINES: &str = "\tprimary name server = ns1.example.test\n\tresponsible mail addr = hostmaster.example.test\n\
                         \tserial  = 2026010100\n\trefresh = 7200 (2 hours)\n\tretry   = 3600 (1 hour)\n\
                         \texpire  = 1209600 (14 days)\n\tdefault TTL = 300 (5 mins)\n";

#[test]
fn soa() {
    // hickory-server puts the zone's NS records in the authority section.
    check(
        "-type=soa example.test",
        &format!(
            "{UNKNOWN}example.test\n{SOA_LINES}example.test\tnameserver = ns1.example.test\nexample.test\tnameserver = ns2.example.test\n"
        ),
        "",
        0,
    );
}

#[test]
fn txt_strings_one_a_line() {
    let server = DnsServer::start(&[EXAMPLE]);
    let out = run_against(server.port(), "-type=txt example.test");
    expect(&out, &format!("{UNKNOWN}example.test\ttext =\n\n\t\"v=spf1 -all\"\n"), "", 0);
}

#[test]
fn srv() {
    check(
        "-type=srv _sip._tcp.example.test",
        &format!(
            "{UNKNOWN}_sip._tcp.example.test\tSRV service location:\n\t  priority       = 10\n\t  weight         = 60\n\
             \t  port           = 5060\n\t  svr hostname   = sip.example.test\n"
        ),
        "",
        0,
    );
}

#[test]
fn cname_type() {
    check("-type=cname alias.example.test", &format!("{UNKNOWN}alias.example.test\tcanonical name = hop.example.test\n"), "", 0);
}

#[test]
fn nxdomain() {
    check("nx.example.test", UNKNOWN, "*** UnKnown can't find nx.example.test: Non-existent domain\n", 1);
}

#[test]
fn nodata_default_lookup() {
    check(
        "_sip._tcp.example.test",
        UNKNOWN,
        "*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) records available for _sip._tcp.example.test\n",
        0,
    );
}

#[test]
fn nodata_type_a_and_aaaa() {
    check("-type=a v6only.example.test", UNKNOWN, "*** No address (A) records available for v6only.example.test\n", 0);
    check("-type=aaaa www.example.test", UNKNOWN, "*** No IPv6 address (AAAA) records available for www.example.test\n", 0);
    check("-type=aaaa v6only.example.test", &format!("{UNKNOWN}Name:    v6only.example.test\nAddress:  2001:db8::82\n\n"), "", 0);
}

#[test]
fn nodata_other_type_prints_the_soa() {
    check("-type=mx www.example.test", &format!("{UNKNOWN}example.test\n{SOA_LINES}"), "", 0);
}

#[test]
fn reverse_lookup() {
    check("192.0.2.80", &format!("{UNKNOWN}Name:    www.example.test\nAddress:  192.0.2.80\n\n"), "", 0);
    check("192.0.2.99", UNKNOWN, "*** UnKnown can't find 192.0.2.99: Non-existent domain\n", 1);
    check("-type=ptr 192.0.2.80", &format!("{UNKNOWN}80.2.0.192.in-addr.arpa\tname = www.example.test\n"), "", 0);
}

#[test]
fn server_named_by_its_ptr() {
    let server = DnsServer::start(&[EXAMPLE, LOOPBACK]);
    let out = run_against(server.port(), "www.example.test");
    expect(&out, "Server:  dns.example.test\nAddress:  127.0.0.1\n\nName:    www.example.test\nAddress:  192.0.2.80\n\n", "", 0);
    let out = run_against(server.port(), "nx.example.test");
    expect(
        &out,
        "Server:  dns.example.test\nAddress:  127.0.0.1\n\n",
        "*** dns.example.test can't find nx.example.test: Non-existent domain\n",
        1,
    );
}

/// A server that is not authoritative (RD RA, no AA): an A record for any
/// A question, no data for AAAA, NXDOMAIN for everything else (so its
/// address has no name).
fn recursive_server() -> RawServer {
    RawServer::start(|q| {
        let end = reply::question_end(q);
        let qtype = u16::from_be_bytes([q[end - 4], q[end - 3]]);
        let id = [q[0], q[1]];
        vec![match qtype {
            1 => reply::with(q, id, 0x8180, Some([192, 0, 2, 80])),
            28 => reply::with(q, id, 0x8180, None),
            _ => reply::with(q, id, 0x8183, None),
        }]
    })
}

#[test]
fn non_authoritative_answer_on_stderr() {
    let s = recursive_server();
    let out = run_against(s.port(), "www.example.test");
    expect(&out, &format!("{UNKNOWN}Name:    www.example.test\nAddress:  192.0.2.80\n\n"), "Non-authoritative answer:\n", 0);
}

#[test]
fn servfail() {
    let s = RawServer::start(|q| vec![reply::with(q, [q[0], q[1]], 0x8182, None)]);
    let out = run_against(s.port(), "www.example.test");
    expect(&out, UNKNOWN, "*** UnKnown can't find www.example.test: Server failed\n", 1);
}

#[test]
fn refused() {
    let s = RawServer::start(|q| vec![reply::with(q, [q[0], q[1]], 0x8185, None)]);
    let out = run_against(s.port(), "-type=mx example.test");
    expect(&out, UNKNOWN, "*** UnKnown can't find example.test: Query refused\n", 1);
}

#[test]
fn timeout_each_try_then_gives_up() {
    // One try each: the server's PTR, then A and AAAA.
    let s = SilentServer::start();
    let out = run_against(s.port(), "-timeout=1 -retry=1 www.example.test");
    let once = "DNS request timed out.\n    timeout was 1 seconds.\n";
    expect(&out, UNKNOWN, &format!("{once}{once}{once}*** Request to UnKnown timed-out\n"), 1);
}

#[test]
fn debug_timeouts() {
    // -debug adds BIND 4's "timeout (N secs)" on stdout after each try.
    let s = SilentServer::start();
    let out = run_against(s.port(), "-debug -timeout=1 -retry=1 -type=a www.example.test");
    let once = "DNS request timed out.\n    timeout was 1 seconds.\n";
    expect(&out, &format!("timeout (1 secs)\n{UNKNOWN}timeout (1 secs)\n"), &format!("{once}{once}*** Request to UnKnown timed-out\n"), 1);
}

#[test]
fn debug_blocks() {
    let server = DnsServer::start(&[EXAMPLE, LOOPBACK]);
    let out = run_against(server.port(), "-debug www.example.test");
    let got_answer = |flags: &str, counts: &str| {
        format!(
            "------------\nGot answer:\n    HEADER:\n\topcode = QUERY, id = N, rcode = NOERROR\n\theader flags:  response, {flags}\n\t{counts}\n\n"
        )
    };
    let expected = [
        got_answer("auth. answer, want recursion", "questions = 1,  answers = 1,  authority records = 0,  additional = 0"),
        "    QUESTIONS:\n\t1.0.0.127.in-addr.arpa, type = PTR, class = IN\n".into(),
        "    ANSWERS:\n    ->  1.0.0.127.in-addr.arpa\n\tname = dns.example.test\n\tttl = 3600 (1 hour)\n\n------------\n".into(),
        "Server:  dns.example.test\nAddress:  127.0.0.1\n\n".into(),
        got_answer("auth. answer, want recursion", "questions = 1,  answers = 1,  authority records = 0,  additional = 0"),
        "    QUESTIONS:\n\twww.example.test, type = A, class = IN\n".into(),
        "    ANSWERS:\n    ->  www.example.test\n\tinternet address = 192.0.2.80\n\tttl = 3600 (1 hour)\n\n------------\n".into(),
        got_answer("auth. answer, want recursion", "questions = 1,  answers = 0,  authority records = 1,  additional = 0"),
        "    QUESTIONS:\n\twww.example.test, type = AAAA, class = IN\n".into(),
        format!("    AUTHORITY RECORDS:\n    ->  example.test\n\tttl = 3600 (1 hour)\n{SOA_LINES}\n------------\n"),
        "Name:    www.example.test\nAddress:  192.0.2.80\n\n".into(),
    ]
    .concat();
    assert_eq!(mask_ids(&out.stdout), expected, "\n{}", out.stdout);
    assert_eq!(out.stderr, "");
    assert_eq!(out.status, 0);
}

#[test]
fn interactive() {
    let server = DnsServer::start(&[EXAMPLE, LOOPBACK]);
    let out = rlookup(&["--style=windows".to_string(), format!("-port={}", server.port()), "-".into(), "127.0.0.1".into()])
        .stdin("www.example.test\nset type=mx\nexample.test\nnx.example.test\nexit\n")
        .run();
    let header = "Server:  dns.example.test\nAddress:  127.0.0.1\n\n";
    expect(
        &out,
        &format!(
            "Default Server:  dns.example.test\nAddress:  127.0.0.1\n\n\
             > {header}Name:    www.example.test\nAddress:  192.0.2.80\n\n\
             > > {header}example.test\tMX preference = 10, mail exchanger = mail.example.test\n\
             example.test\tMX preference = 20, mail exchanger = mail2.example.test\n\
             mail.example.test\tinternet address = 192.0.2.25\n\
             > {header}> "
        ),
        "*** dns.example.test can't find nx.example.test: Non-existent domain\n",
        1,
    );
}

#[test]
fn bind_style_is_the_default() {
    let server = DnsServer::start(&[EXAMPLE]);
    let p = server.port();
    let out = rlookup(&[format!("-port={p}"), "-type=a".into(), "www.example.test".into(), "127.0.0.1".into()]).run();
    expect(&out, &format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n\n"), "", 0);
}
