//! The nslookup dialect against the in-process server: every case's
//! expected stdout, stderr and exit status were produced by BIND 9.18.49's
//! own nslookup against the same zones (tests/fixtures), then fixed here.

use crate::fixtures;
use crate::harness::{expect, rlookup};
use crate::server::{RawServer, SilentServer, closed_port, reply};

/// Runs `rlookup -port=P ARGS 127.0.0.1` (stdin optional) against the
/// fixture server and checks all three outputs; `{port}` in the expected
/// text stands for the server's port.
#[track_caller]
fn check(args: &str, stdin: &str, stdout: &str, stderr: &str, status: i32) {
    let server = fixtures::server();
    let port = server.port().to_string();
    let mut argv = vec![format!("-port={port}")];
    argv.extend(args.split_whitespace().map(str::to_string));
    argv.push("127.0.0.1".into());
    let mut cmd = rlookup(&argv);
    if !stdin.is_empty() {
        cmd = cmd.stdin(stdin);
    }
    let out = cmd.run();
    expect(&out, &stdout.replace("{port}", &port), stderr, status);
}

#[test]
fn default_a_and_aaaa() {
    check(
        "dual.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	dual.example.test
Address: 192.0.2.81
Name:	dual.example.test
Address: 2001:db8::81

"#,
        r#""#,
        0,
    );
}

#[test]
fn a_only() {
    check(
        "www.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn aaaa_only() {
    check(
        "v6only.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	v6only.example.test
Address: 2001:db8::82

"#,
        r#""#,
        0,
    );
}

#[test]
fn no_address_records() {
    check(
        "_sip._tcp.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

*** Can't find _sip._tcp.example.test: No answer

"#,
        r#""#,
        0,
    );
}

#[test]
fn several_a_records() {
    check(
        "multi.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	multi.example.test
Address: 192.0.2.91
Name:	multi.example.test
Address: 192.0.2.92
Name:	multi.example.test
Address: 192.0.2.93

"#,
        r#""#,
        0,
    );
}

#[test]
fn cname_chain() {
    check(
        "alias.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

alias.example.test	canonical name = hop.example.test.
hop.example.test	canonical name = dual.example.test.
Name:	dual.example.test
Address: 192.0.2.81
Name:	dual.example.test
Address: 2001:db8::81

"#,
        r#""#,
        0,
    );
}

#[test]
fn dangling_cname() {
    check(
        "dangling.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

dangling.example.test	canonical name = nowhere.example.test.
** server can't find nowhere.example.test: NXDOMAIN

"#,
        r#""#,
        1,
    );
}

#[test]
fn mx() {
    check(
        "-type=mx example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	mail exchanger = 10 mail.example.test.
example.test	mail exchanger = 20 mail2.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn mx_uppercase_option() {
    check(
        "-TYPE=MX example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	mail exchanger = 10 mail.example.test.
example.test	mail exchanger = 20 mail2.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn soa() {
    check(
        "-type=soa example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test
	origin = ns1.example.test
	mail addr = hostmaster.example.test
	serial = 2026010100
	refresh = 7200
	retry = 3600
	expire = 1209600
	minimum = 300

"#,
        r#""#,
        0,
    );
}

#[test]
fn ns() {
    check(
        "-query=ns example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	nameserver = ns1.example.test.
example.test	nameserver = ns2.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn txt_escapes() {
    check(
        "-type=txt txt.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

txt.example.test	text = "plain" "two words" "with \"quotes\"" "back\\slash" "semi;colon" "tab\009and\196\128newline" "raw\240\160\148\133byte" ""

"#,
        r#""#,
        0,
    );
}

#[test]
fn srv() {
    check(
        "-q=srv _sip._tcp.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

_sip._tcp.example.test	service = 10 60 5060 sip.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn hinfo() {
    check(
        "-type=hinfo hinfo.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

hinfo.example.test	hinfo = "PC-Intel-700mhz" "Linux"

"#,
        r#""#,
        0,
    );
}

#[test]
fn caa_has_no_label() {
    check(
        "-type=caa example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	rdata_257 = 0 issue "letsencrypt.org"

"#,
        r#""#,
        0,
    );
}

#[test]
fn ptr_type() {
    check(
        "-type=ptr ptr.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

ptr.example.test	name = www.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn type_number() {
    check(
        "-type=TYPE15 example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	mail exchanger = 10 mail.example.test.
example.test	mail exchanger = 20 mail2.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn cname_type() {
    check(
        "-type=cname alias.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

alias.example.test	canonical name = hop.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn nodata_explicit_type() {
    check(
        "-type=mx www.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

*** Can't find www.example.test: No answer

"#,
        r#""#,
        0,
    );
}

#[test]
fn reverse_ipv4() {
    check(
        "192.0.2.80",
        "",
        r#"80.2.0.192.in-addr.arpa	name = www.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn debug() {
    check(
        "-debug www.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

------------
    QUESTIONS:
	www.example.test, type = A, class = IN
    ANSWERS:
    ->  www.example.test
	internet address = 192.0.2.80
	ttl = 3600
    AUTHORITY RECORDS:
    ADDITIONAL RECORDS:
------------
Name:	www.example.test
Address: 192.0.2.80
------------
    QUESTIONS:
	www.example.test, type = AAAA, class = IN
    ANSWERS:
    AUTHORITY RECORDS:
    ->  example.test
	origin = ns1.example.test
	mail addr = hostmaster.example.test
	serial = 2026010100
	refresh = 7200
	retry = 3600
	expire = 1209600
	minimum = 300
	ttl = 3600
    ADDITIONAL RECORDS:
------------

"#,
        r#""#,
        0,
    );
}

#[test]
fn debug_mx() {
    check(
        "-debug -type=mx example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

------------
    QUESTIONS:
	example.test, type = MX, class = IN
    ANSWERS:
    ->  example.test
	mail exchanger = 10 mail.example.test.
	ttl = 3600
    ->  example.test
	mail exchanger = 20 mail2.example.test.
	ttl = 3600
    AUTHORITY RECORDS:
    ADDITIONAL RECORDS:
    ->  mail.example.test
	internet address = 192.0.2.25
	ttl = 3600
------------
example.test	mail exchanger = 10 mail.example.test.
example.test	mail exchanger = 20 mail2.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn nxdomain() {
    check(
        "nosuch.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

** server can't find nosuch.example.test: NXDOMAIN

"#,
        r#""#,
        1,
    );
}

#[test]
fn debug_nxdomain() {
    check(
        "-debug nosuch.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

------------
    QUESTIONS:
	nosuch.example.test, type = A, class = IN
    ANSWERS:
    AUTHORITY RECORDS:
    ->  example.test
	origin = ns1.example.test
	mail addr = hostmaster.example.test
	serial = 2026010100
	refresh = 7200
	retry = 3600
	expire = 1209600
	minimum = 300
	ttl = 3600
    ADDITIONAL RECORDS:
------------
** server can't find nosuch.example.test: NXDOMAIN

"#,
        r#""#,
        1,
    );
}

#[test]
fn refused() {
    check(
        "www.other.invalid",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

** server can't find www.other.invalid: REFUSED

"#,
        r#""#,
        1,
    );
}

#[test]
fn truncated_retries_over_tcp() {
    check(
        "many.big.test",
        "",
        r#";; Truncated, retrying in TCP mode.
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	many.big.test
Address: 10.0.0.1
Name:	many.big.test
Address: 10.0.0.2
Name:	many.big.test
Address: 10.0.0.3
Name:	many.big.test
Address: 10.0.0.4
Name:	many.big.test
Address: 10.0.0.5
Name:	many.big.test
Address: 10.0.0.6
Name:	many.big.test
Address: 10.0.0.7
Name:	many.big.test
Address: 10.0.0.8
Name:	many.big.test
Address: 10.0.0.9
Name:	many.big.test
Address: 10.0.0.10
Name:	many.big.test
Address: 10.0.0.11
Name:	many.big.test
Address: 10.0.0.12
Name:	many.big.test
Address: 10.0.0.13
Name:	many.big.test
Address: 10.0.0.14
Name:	many.big.test
Address: 10.0.0.15
Name:	many.big.test
Address: 10.0.0.16
Name:	many.big.test
Address: 10.0.0.17
Name:	many.big.test
Address: 10.0.0.18
Name:	many.big.test
Address: 10.0.0.19
Name:	many.big.test
Address: 10.0.0.20
Name:	many.big.test
Address: 10.0.0.21
Name:	many.big.test
Address: 10.0.0.22
Name:	many.big.test
Address: 10.0.0.23
Name:	many.big.test
Address: 10.0.0.24
Name:	many.big.test
Address: 10.0.0.25
Name:	many.big.test
Address: 10.0.0.26
Name:	many.big.test
Address: 10.0.0.27
Name:	many.big.test
Address: 10.0.0.28
Name:	many.big.test
Address: 10.0.0.29
Name:	many.big.test
Address: 10.0.0.30
Name:	many.big.test
Address: 10.0.0.31
Name:	many.big.test
Address: 10.0.0.32
Name:	many.big.test
Address: 10.0.0.33
Name:	many.big.test
Address: 10.0.0.34
Name:	many.big.test
Address: 10.0.0.35
Name:	many.big.test
Address: 10.0.0.36
Name:	many.big.test
Address: 10.0.0.37
Name:	many.big.test
Address: 10.0.0.38
Name:	many.big.test
Address: 10.0.0.39
Name:	many.big.test
Address: 10.0.0.40

"#,
        r#""#,
        0,
    );
}

#[test]
fn vc() {
    check(
        "-vc -type=mx example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	mail exchanger = 10 mail.example.test.
example.test	mail exchanger = 20 mail2.example.test.

"#,
        r#""#,
        0,
    );
}

#[test]
fn ttl_zero() {
    check(
        "-debug ttl0.example.test",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

------------
    QUESTIONS:
	ttl0.example.test, type = A, class = IN
    ANSWERS:
    ->  ttl0.example.test
	internet address = 192.0.2.100
	ttl = 0
    AUTHORITY RECORDS:
    ADDITIONAL RECORDS:
------------
Name:	ttl0.example.test
Address: 192.0.2.100
------------
    QUESTIONS:
	ttl0.example.test, type = AAAA, class = IN
    ANSWERS:
    AUTHORITY RECORDS:
    ->  example.test
	origin = ns1.example.test
	mail addr = hostmaster.example.test
	serial = 2026010100
	refresh = 7200
	retry = 3600
	expire = 1209600
	minimum = 300
	ttl = 3600
    ADDITIONAL RECORDS:
------------

"#,
        r#""#,
        0,
    );
}

#[test]
fn unknown_option_warns() {
    check(
        "-bogus www.example.test",
        "",
        r#"*** Invalid option: bogus
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn unknown_type() {
    check(
        "-type=foo www.example.test",
        "",
        r#"unknown query type: foo
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn bad_port_value() {
    check(
        "-port=99999 www.example.test",
        "",
        r#"invalid port '99999': out of range
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn class_chaos_refused() {
    check(
        "-class=CH -type=txt version.bind",
        "",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

** server can't find version.bind: REFUSED

"#,
        r#""#,
        1,
    );
}

#[test]
fn interactive() {
    check(
        "-",
        "set type=mx\nexample.test\nset type=a\nwww.example.test\nexit\n",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

example.test	mail exchanger = 10 mail.example.test.
example.test	mail exchanger = 20 mail2.example.test.
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn interactive_set_all() {
    check(
        "-",
        "set all\nexit\n",
        r#"Default server: 127.0.0.1
Address: 127.0.0.1#{port}

Set options:
  novc			nodebug		nod2
  search		recurse
  timeout = 0		retry = 3	port = {port}	ndots = 1
  querytype = A       	class = IN
  srchlist = 

"#,
        r#""#,
        1,
    );
}

#[test]
fn interactive_sticky_error() {
    check(
        "-",
        "nosuch.example.test\nwww.example.test\n",
        r#"Server:		127.0.0.1
Address:	127.0.0.1#{port}

** server can't find nosuch.example.test: NXDOMAIN
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        1,
    );
}

#[test]
fn interactive_commands() {
    check(
        "-",
        "help\n?\nls example.test\nfinger\nroot\nview x\nset bogus\n\nwww.example.test extra\n",
        r#"The 'help' command is not yet implemented.
The '?' command is not yet implemented.
The 'ls' command is not implemented.
The 'finger' command is not implemented.
The 'root' command is not implemented.
The 'view' command is not implemented.
*** Invalid option: bogus
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn interactive_server_command() {
    check(
        "-",
        "server 127.0.0.1\nlserver\nwww.example.test\n",
        r#"Default server: 127.0.0.1
Address: 127.0.0.1#{port}
Default server: 127.0.0.1
Address: 127.0.0.1#{port}
Server:		127.0.0.1
Address:	127.0.0.1#{port}

Name:	www.example.test
Address: 192.0.2.80

"#,
        r#""#,
        0,
    );
}

/// `rlookup -port=P ARGS 127.0.0.1` against any server.
fn run_against(port: u16, args: &str) -> crate::harness::Output {
    let mut argv = vec![format!("-port={port}")];
    argv.extend(args.split_whitespace().map(str::to_string));
    argv.push("127.0.0.1".into());
    rlookup(&argv).run()
}

#[test]
fn udp_timeout_retries_then_gives_up() {
    let s = SilentServer::start();
    let out = run_against(s.port(), "-timeout=1 -retry=2 www.example.test");
    let p = s.port();
    expect(
        &out,
        &format!(
            ";; communications error to 127.0.0.1#{p}: timed out\n;; communications error to 127.0.0.1#{p}: timed out\n;; no servers could be reached\n\n"
        ),
        "",
        1,
    );
}

#[test]
fn tcp_timeout_retries_then_gives_up() {
    let s = SilentServer::start();
    let out = run_against(s.port(), "-vc -timeout=1 -retry=2 www.example.test");
    let p = s.port();
    expect(
        &out,
        &format!(
            ";; communications error to 127.0.0.1#{p}: timed out\n;; communications error to 127.0.0.1#{p}: timed out\n;; no servers could be reached\n\n"
        ),
        "",
        1,
    );
}

#[test]
fn udp_connection_refused() {
    let p = closed_port();
    let out = run_against(p, "www.example.test");
    let line = format!(";; communications error to 127.0.0.1#{p}: connection refused\n");
    expect(&out, &format!("{line}{line}{line};; no servers could be reached\n\n"), "", 1);
}

#[test]
fn tcp_connection_refused_repeats_bind_quirk() {
    // BIND prints "no servers could be reached" after every failed
    // connection, even when it is about to retry.
    let p = closed_port();
    let out = run_against(p, "-vc www.example.test");
    let once = format!(
        ";; Connection to 127.0.0.1#{p}(127.0.0.1) for www.example.test failed: connection refused.\n;; no servers could be reached\n"
    );
    expect(&out, &format!("{once}{once}{once}\n"), "", 1);
}

#[test]
fn reply_with_wrong_id_is_ignored() {
    let s = RawServer::start(|q| {
        let wrong = [q[0] ^ 0xff, q[1]];
        vec![reply::with(q, wrong, 0x8400, Some([192, 0, 2, 66])), reply::answer(q)]
    });
    let out = run_against(s.port(), "-timeout=2 www.example.test");
    let p = s.port();
    // The warning carries the random ids: check around them.
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with(";; Warning: ID mismatch: expected ID "), "{}", out.stdout);
    assert_eq!(
        lines[1..].join("\n"),
        format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80")
            + &format!("\n{}\nName:\twww.example.test\nAddress: 192.0.2.80\n", lines[6])
    );
    assert!(lines[6].starts_with(";; Warning: ID mismatch"), "{}", out.stdout);
    assert!(!out.stdout.contains("192.0.2.66"));
    assert_eq!(out.status, 0);
}

#[test]
fn reply_to_another_question_is_ignored() {
    let s = RawServer::start(|q| {
        let mut other = reply::with(q, [q[0], q[1]], 0x8400, Some([192, 0, 2, 66]));
        other[13] = b'x'; // first letter of the question's name
        vec![other, reply::answer(q)]
    });
    let p = s.port();
    let out = run_against(p, "-timeout=2 www.example.test");
    expect(
        &out,
        &format!(
            ";; ;; Question section mismatch: got xww.example.test/A/IN\nServer:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n;; ;; Question section mismatch: got xww.example.test/AAAA/IN\nName:\twww.example.test\nAddress: 192.0.2.80\n\n"
        ),
        "",
        0,
    );
}

#[test]
fn reply_without_qr_is_warned_about() {
    let s = RawServer::start(|q| vec![reply::with(q, [q[0], q[1]], 0x0400, Some([192, 0, 2, 80]))]);
    let p = s.port();
    let out = run_against(p, "-type=a www.example.test");
    expect(
        &out,
        &format!(
            ";; Warning: query response not set\nServer:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n\n"
        ),
        "",
        0,
    );
}

#[test]
fn malformed_reply_is_dumped_not_trusted() {
    let s = RawServer::start(|q| {
        let mut r = reply::answer(q);
        r.truncate(r.len() - 3); // cut the A record's RDATA short
        vec![r]
    });
    let out = run_against(s.port(), "-type=a www.example.test");
    let mut lines = out.stdout.lines();
    assert_eq!(lines.next(), Some(";; Got bad packet: unexpected end of input"));
    assert_eq!(lines.next(), Some("47 bytes"));
    // The hex dump: 16 bytes a line, then the printable characters.
    let first = lines.next().unwrap();
    // The first two bytes are the random id; then flags and counts
    // (11 non-printable bytes) and the label "www".
    assert!(first.ends_with("...........www"), "{first:?}");
    assert_eq!(&first[6..48], "84 00 00 01 00 01 00 00 00 00 03 77 77 77 ");
    assert_eq!(first.len(), 16 * 3 + 9 + 16);
    assert_eq!(out.stdout.lines().count(), 2 + 3 + 1);
    assert!(out.stdout.ends_with("\n\n"));
    assert_eq!(out.status, 1);
}

#[test]
fn servfail_is_reported() {
    let s = RawServer::start(|q| vec![reply::with(q, [q[0], q[1]], 0x8402, None)]);
    let p = s.port();
    let out = run_against(p, "www.example.test");
    expect(
        &out,
        &format!(
            ";; Got SERVFAIL reply from 127.0.0.1\nServer:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\n** server can't find www.example.test: SERVFAIL\n\n"
        ),
        "",
        1,
    );
}

#[test]
fn servfail_then_next_server_from_resolv_conf() {
    // Two servers on the same port: 127.0.0.2 answers SERVFAIL, 127.0.0.1
    // is the fixture server. resolv.conf lists the failing one first.
    let good = fixtures::server();
    let p = good.port();
    let _bad = RawServer::start_on(format!("127.0.0.2:{p}").parse().unwrap(), |q| vec![reply::with(q, [q[0], q[1]], 0x8182, None)]);
    let out = rlookup(&[format!("-port={p}"), "www.example.test".into()]).resolv_conf("nameserver 127.0.0.2\nnameserver 127.0.0.1\n").run();
    // hickory-server sets no RA: BIND then says so about the servers of
    // resolv.conf (not about a server given on the command line).
    expect(
        &out,
        &format!(
            ";; Got SERVFAIL reply from 127.0.0.2, trying next server\n;; Got recursion not available from 127.0.0.1\nServer:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n;; Got SERVFAIL reply from 127.0.0.2, trying next server\n;; Got recursion not available from 127.0.0.1\n\n"
        ),
        "",
        0,
    );
}

#[test]
fn search_list_and_ndots_from_resolv_conf() {
    let s = fixtures::server();
    let p = s.port();
    // "www" has fewer dots than ndots: the search list comes first;
    // www.big.test is NXDOMAIN, so www.example.test is tried next.
    let rc = "nameserver 127.0.0.1\nsearch big.test example.test\n";
    let out = rlookup(&[format!("-port={p}"), "-norecurse".into(), "www".into()]).resolv_conf(rc).run();
    expect(&out, &format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n\n"), "", 0);
    // -debug shows every step of the search, and its NXDOMAIN counts.
    let out = rlookup(&[format!("-port={p}"), "-norecurse".into(), "-debug".into(), "www".into()]).resolv_conf(rc).run();
    assert!(out.stdout.contains("** server can't find www.big.test: NXDOMAIN\nServer:"), "{}", out.stdout);
    assert!(out.stdout.contains("\twww.example.test, type = AAAA, class = IN"), "{}", out.stdout);
    assert_eq!(out.status, 1);
    // A REFUSED stops the search (only NXDOMAIN goes on).
    let out = rlookup(&[format!("-port={p}"), "-norecurse".into(), "www".into()])
        .resolv_conf("nameserver 127.0.0.1\nsearch nowhere.test example.test\n")
        .run();
    expect(&out, &format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\n** server can't find www.nowhere.test: REFUSED\n\n"), "", 1);
}

#[test]
fn domain_option_sets_the_search_list() {
    let s = fixtures::server();
    let p = s.port();
    let out = run_against(p, "-domain=example.test -type=mx mail");
    assert!(out.stdout.contains("*** Can't find mail: No answer"), "{}", out.stdout);
    let out = run_against(p, "-domain=example.test www");
    assert!(out.stdout.contains("Name:\twww.example.test\nAddress: 192.0.2.80"), "{}", out.stdout);
    let out = run_against(p, "-nosearch -domain=example.test -nosearch www");
    assert!(out.stdout.contains("** server can't find www: REFUSED"), "{}", out.stdout);
}

#[test]
fn too_many_arguments_is_a_usage_error() {
    let out = rlookup(&["a", "b", "c"]).run();
    expect(&out, "", crate::USAGE_NSLOOKUP, 1);
}

#[test]
fn bad_names_exit_10() {
    let out = rlookup(&["a..b"]).run();
    expect(&out, "", "nslookup: 'a..b' is not a legal name (empty label)\n", 10);
    let long = "a".repeat(64) + ".com";
    let out = rlookup(&[long.as_str()]).run();
    expect(&out, "", &format!("nslookup: '{long}' is not a legal name (label too long)\n"), 10);
    // addlookup() copies the name into BIND's 1024-byte textname: the
    // message shows its first 1,023 characters.
    let huge = "a".repeat(100_000);
    let out = rlookup(&[huge.as_str()]).run();
    expect(&out, "", &format!("nslookup: '{}' is not a legal name (label too long)\n", &huge[..1023]), 10);
}

#[test]
fn no_arguments_reads_commands_until_eof() {
    let out = rlookup::<&str>(&[]).run();
    expect(&out, "\n", "", 1);
}

#[test]
fn an_unknown_long_option_is_refused_with_a_suggestion_unless_named_as_bind() {
    // As rlookup: clap's error, its "similar argument" tip, no lookup.
    let out = rlookup(&["--jsno", "-type=mx", "example.test", "127.0.0.1"]).run();
    assert_eq!((out.stdout.as_str(), out.status), ("", 1), "{}", out.stderr);
    assert!(out.stderr.starts_with("error: unexpected argument '--jsno' found\n"), "{}", out.stderr);
    assert!(out.stderr.contains("tip: a similar argument exists: '--json'"), "{}", out.stderr);
    assert!(out.stderr.contains("Usage: rlookup"), "{}", out.stderr);
    // Through a link named nslookup: BIND's nslookup, byte for byte (the
    // option refused, the lookup made).
    let server = fixtures::server();
    let port = format!("-port={}", server.port());
    let out = rlookup(&[port.as_str(), "--jsno", "www.example.test", "127.0.0.1"]).argv0("nslookup").run();
    assert!(out.stdout.starts_with("*** Invalid option: -jsno\nServer:\t\t127.0.0.1\n"), "{}", out.stdout);
    assert!(out.stdout.contains("Address: 192.0.2.80"), "{}", out.stdout);
}

#[test]
fn dash_h_piped_stays_bind_s_invalid_option() {
    // Not a terminal: BIND's nslookup byte for byte (the lab's goldens
    // for -h and -help run this way), then commands from the empty stdin.
    for word in ["-h", "-help"] {
        let out = rlookup(&[word]).stdin("").run();
        let flag = word.trim_start_matches('-');
        assert!(out.stdout.starts_with(&format!("*** Invalid option: {flag}\n")), "{word}: {}", out.stdout);
        assert!(!out.stdout.contains("Usage: rlookup"), "{word}: {}", out.stdout);
    }
}

/// The query name and type of a query (uncompressed, as clients send).
fn asked(q: &[u8]) -> (String, u16) {
    let end = reply::question_end(q);
    let mut name = String::new();
    let mut i = 12;
    while q[i] != 0 {
        let len = usize::from(q[i]);
        name.push_str(&String::from_utf8_lossy(&q[i + 1..i + 1 + len]));
        name.push('.');
        i += len + 1;
    }
    (name, u16::from_be_bytes([q[end - 4], q[end - 3]]))
}

/// A server whose A answer for x.test holds a CNAME to y.test followed by
/// other data at x.test itself (an A and a TXT record); other questions
/// get an empty NOERROR. It records every question asked.
fn cname_and_other_data_server(asked_log: std::sync::Arc<std::sync::Mutex<Vec<(String, u16)>>>) -> RawServer {
    RawServer::start(move |q| {
        let (name, qtype) = asked(q);
        asked_log.lock().unwrap().push((name.clone(), qtype));
        let mut r = reply::with(q, [q[0], q[1]], 0x8580, None); // QR AA RD RA, NOERROR, no answer yet
        if qtype == 1 && name == "x.test." {
            r[7] = 3; // ANCOUNT 3
            r.extend_from_slice(&[0xc0, 12, 0, 5, 0, 1, 0, 0, 1, 0x2c, 0, 8]); // x.test CNAME IN 300, RDLENGTH 8
            r.extend_from_slice(b"\x01y\x04test\x00"); // y.test.
            r.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 1, 0x2c, 0, 4]); // x.test A IN 300, RDLENGTH 4
            r.extend_from_slice(&[192, 0, 2, 1]); // 192.0.2.1
            r.extend_from_slice(&[0xc0, 12, 0, 16, 0, 1, 0, 0, 1, 0x2c, 0, 3]); // x.test TXT IN 300, RDLENGTH 3
            r.extend_from_slice(b"\x02hi"); // "hi"
        }
        vec![r]
    })
}

/// nslookup's AAAA follow-up goes to the name the A answer's CNAME chain
/// leads to (chase_cnamechain()); BIND finds the *last* record at the name
/// (replies parsed in order, findname() searching from the tail), so when
/// other data follows the CNAME at the queried name, BIND 9.18.49's
/// nslookup asks AAAA for x.test itself (checked with that server), and
/// prints the same text.
#[test]
fn aaaa_follow_up_after_cname_and_other_data_asks_the_name_itself() {
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let s = cname_and_other_data_server(log.clone());
    let p = s.port();
    let out = run_against(p, "x.test");
    expect(
        &out,
        &format!(
            "Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nx.test\tcanonical name = y.test.\nName:\tx.test\nAddress: 192.0.2.1\nx.test\ttext = \"hi\"\n\n"
        ),
        "",
        0,
    );
    assert_eq!(*log.lock().unwrap(), vec![("x.test.".to_string(), 1), ("x.test.".to_string(), 28)]);
}
