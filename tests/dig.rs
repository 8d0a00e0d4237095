//! The dig dialect against the in-process servers: every case's expected
//! stdout, stderr and exit status were produced by BIND 9.18.49's own dig
//! (`dig -p PORT @127.0.0.1 ...`) against the same fixture zones, then
//! fixed here with `{port}` for the server's port and `{client}` where
//! dig's banner names BIND (rlookup names itself there). What changes from
//! run to run is masked by `normalize`, exactly as ../shared/lab/normalize
//! does (query id, query time, WHEN, COOKIE values, +trace's "in N ms"),
//! plus the query time +identify appends to +short lines; nothing else.
//!
//! The +trace cases run over a delegation chain of in-process servers
//! (fixtures::trace_chain); their expected text follows dig.c's +trace
//! format (as in ../shared/lab/golden/dig/trace-*.out), with byte counts
//! checked against BIND's dig asking each server directly.

use crate::fixtures;
use crate::harness::{Cmd, Output, TempDir, expect, rlookup};
use crate::server::{SilentServer, closed_port};

/// rlookup's name and version, where dig's banner has `DiG 9.18.49...`.
pub fn client() -> String {
    format!("rlookup {}", env!("CARGO_PKG_VERSION"))
}

/// The digits starting at `at` in `line` replaced by `with`.
pub fn mask_digits(line: &str, at: usize, with: &str) -> String {
    let end = line[at..].find(|c: char| !c.is_ascii_digit()).map_or(line.len(), |n| at + n);
    if end == at {
        return line.to_string();
    }
    format!("{}{with}{}", &line[..at], &line[end..])
}

/// dig's output with what varies from run to run masked, as the lab's
/// normalize script does: the query id of the header (`id: ID`), the query
/// time (`N msec`), the date (`;; WHEN: DATE`), the COOKIE value
/// (`; COOKIE: COOKIE`), +trace's `;; Received ... in N ms`; and the
/// query time of +identify (`from server X in N ms.`).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut l = line.to_string();
        if l.starts_with(";; ->>HEADER<<- opcode: ") {
            if let Some(at) = l.rfind(", id: ") {
                l = mask_digits(&l, at + 6, "ID");
            }
        } else if l.starts_with(";; Query time: ") && l.ends_with(" msec") {
            l = mask_digits(&l, 15, "N");
        } else if l.starts_with(";; WHEN: ") {
            l = ";; WHEN: DATE".to_string();
        } else if let Some(rest) = l.strip_prefix("; COOKIE: ") {
            let hex = rest.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(rest.len());
            if hex > 0 {
                l = format!("; COOKIE: COOKIE{}", &rest[hex..]);
            }
        } else if (l.starts_with(";; Received ") && l.ends_with(" ms")) || (l.ends_with(" ms.") && l.contains(" from server ")) {
            // +trace's `;; Received ... in 3 ms`, +identify's `... in 0 ms.`
            if let Some(at) = l.rfind(" in ") {
                l = mask_digits(&l, at + 4, "N");
            }
        }
        out.push_str(&l);
    }
    out
}

/// `dig ARGS` (rlookup through a link named dig), `{port}` and `{dir}` in
/// ARGS replaced.
pub fn dig(args: &str, port: u16, dir: &str) -> Cmd {
    let argv: Vec<String> = args.split_whitespace().map(|a| a.replace("{port}", &port.to_string()).replace("{dir}", dir)).collect();
    rlookup(&argv).argv0("dig")
}

/// Checks a run's normalized stdout, its stderr and its exit status;
/// `{port}`, `{client}` and `{dir}` in the expected texts replaced.
#[track_caller]
pub fn check_output(out: Output, port: u16, dir: &str, stdout: &str, stderr: &str, status: i32) {
    let fill = |t: &str| t.replace("{port}", &port.to_string()).replace("{client}", &client()).replace("{dir}", dir);
    let out = Output { stdout: normalize(&out.stdout), ..out };
    expect(&out, &fill(stdout), &fill(stderr), status);
}

/// `dig ARGS` against a fresh fixture server.
#[track_caller]
pub fn check(args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = fixtures::server();
    let p = server.port();
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` against a server that never answers.
#[track_caller]
pub fn check_silent(args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = SilentServer::start();
    let p = server.port();
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` against a port where nothing listens.
#[track_caller]
pub fn check_closed(args: &str, stdout: &str, stderr: &str, status: i32) {
    let p = closed_port();
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` with the fixture server on 127.0.0.1 and a silent one on
/// 127.0.0.2, on the same port.
#[track_caller]
pub fn check_with_silent_2(args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = fixtures::server();
    let p = server.port();
    let _silent = SilentServer::start_on(format!("127.0.0.2:{p}").parse().unwrap());
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` against the fixture server, with `files` (name, contents) in
/// a temporary directory `{dir}` that is also $HOME (for ~/.digrc).
#[track_caller]
pub fn check_files(files: &[(&str, &str)], args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = fixtures::server();
    let p = server.port();
    let tmp = TempDir::new("dig");
    for (name, text) in files {
        std::fs::write(tmp.0.join(name), text).unwrap();
    }
    let dir = tmp.0.display().to_string();
    check_output(dig(args, p, &dir).env("HOME", &dir).run(), p, &dir, stdout, stderr, status);
}

#[test]
fn normalize_masks_only_what_varies() {
    let raw = ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4660\n;; Query time: 12 msec\n;; WHEN: Sun Nov 22 00:04:40 UTC 2026\n; COOKIE: 0102030405060708 (good)\n;; Received 64 bytes from 127.0.0.2#53(127.0.0.2) in 3 ms\n192.0.2.80 from server 127.0.0.1 in 0 ms.\n;; MSG SIZE  rcvd: 77\nwww.example.test.\t3600\tIN\tA\t192.0.2.80\n";
    assert_eq!(
        normalize(raw),
        ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID\n;; Query time: N msec\n;; WHEN: DATE\n; COOKIE: COOKIE (good)\n;; Received 64 bytes from 127.0.0.2#53(127.0.0.2) in N ms\n192.0.2.80 from server 127.0.0.1 in N ms.\n;; MSG SIZE  rcvd: 77\nwww.example.test.\t3600\tIN\tA\t192.0.2.80\n"
    );
}

// ===== generated from BIND's dig: sections and options =====

/// Everything dig prints by default: the banner, the header and flags
/// (hickory sets AA, never RA: hence the recursion warning), the OPT
/// pseudosection, question, answer, the stats.
#[test]
fn default_output() {
    check(
        r#"-p {port} @127.0.0.1 www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn mx_with_additional_section() {
    check(
        r#"-p {port} @127.0.0.1 example.test mx"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 example.test mx
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	MX

;; ANSWER SECTION:
example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.

;; ADDITIONAL SECTION:
mail.example.test.	3600	IN	A	192.0.2.25

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 112

"#,
        r#""#,
        0,
    );
}

#[test]
fn ns_with_glue_in_additional() {
    check(
        r#"-p {port} @127.0.0.1 example.test ns"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 example.test ns
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	NS

;; ANSWER SECTION:
example.test.		3600	IN	NS	ns1.example.test.
example.test.		3600	IN	NS	ns2.example.test.

;; ADDITIONAL SECTION:
ns1.example.test.	3600	IN	A	192.0.2.53

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 105

"#,
        r#""#,
        0,
    );
}

/// A response is a success for dig's exit status, whatever its RCODE.
#[test]
fn nxdomain_shows_the_soa_and_exits_0() {
    check(
        r#"-p {port} @127.0.0.1 nosuch.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 nosuch.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;nosuch.example.test.		IN	A

;; AUTHORITY SECTION:
example.test.		3600	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 111

"#,
        r#""#,
        0,
    );
}

/// hickory answers REFUSED for names outside its zones.
#[test]
fn refused_outside_the_zones() {
    check(
        r#"-p {port} @127.0.0.1 www.example.com"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 www.example.com
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: ID
;; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.com.		IN	A

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 44

"#,
        r#""#,
        0,
    );
}

#[test]
fn nodata() {
    check(
        r#"-p {port} @127.0.0.1 www.example.test aaaa"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 www.example.test aaaa
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	AAAA

;; AUTHORITY SECTION:
example.test.		3600	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 108

"#,
        r#""#,
        0,
    );
}

#[test]
fn cname_chain() {
    check(
        r#"-p {port} @127.0.0.1 alias.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 alias.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;alias.example.test.		IN	A

;; ANSWER SECTION:
alias.example.test.	3600	IN	CNAME	hop.example.test.
hop.example.test.	3600	IN	CNAME	dual.example.test.
dual.example.test.	3600	IN	A	192.0.2.81

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 118

"#,
        r#""#,
        0,
    );
}

#[test]
fn txt_escapes() {
    check(
        r#"-p {port} @127.0.0.1 txt.example.test txt"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 txt.example.test txt
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;txt.example.test.		IN	TXT

;; ANSWER SECTION:
txt.example.test.	3600	IN	TXT	"plain" "two words" "with \"quotes\"" "back\\slash" "semi;colon" "tab\009and\196\128newline" "raw\240\160\148\133byte" ""

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 155

"#,
        r#""#,
        0,
    );
}

#[test]
fn short_mx() {
    check(
        r#"-p {port} @127.0.0.1 +short example.test mx"#,
        r#"10 mail.example.test.
20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

#[test]
fn short_several_addresses() {
    check(
        r#"-p {port} @127.0.0.1 +short multi.example.test"#,
        r#"192.0.2.91
192.0.2.92
192.0.2.93
"#,
        r#""#,
        0,
    );
}

#[test]
fn short_cname_chain() {
    check(
        r#"-p {port} @127.0.0.1 +short alias.example.test"#,
        r#"hop.example.test.
dual.example.test.
192.0.2.81
"#,
        r#""#,
        0,
    );
}

#[test]
fn noall_answer() {
    check(
        r#"-p {port} @127.0.0.1 +noall +answer alias.example.test"#,
        r#"alias.example.test.	3600	IN	CNAME	hop.example.test.
hop.example.test.	3600	IN	CNAME	dual.example.test.
dual.example.test.	3600	IN	A	192.0.2.81
"#,
        r#""#,
        0,
    );
}

#[test]
fn noall_comments_shows_only_the_header() {
    check(
        r#"-p {port} @127.0.0.1 +noall +comments www.example.test"#,
        r#";; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
"#,
        r#""#,
        0,
    );
}

#[test]
fn multiline_soa() {
    check(
        r#"-p {port} @127.0.0.1 +multiline example.test soa"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +multiline example.test soa
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 2, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.		IN SOA

;; ANSWER SECTION:
example.test.		3600 IN	SOA ns1.example.test. hostmaster.example.test. (
				2026010100 ; serial
				7200       ; refresh (2 hours)
				3600       ; retry (1 hour)
				1209600    ; expire (2 weeks)
				300        ; minimum (5 minutes)
				)

;; AUTHORITY SECTION:
example.test.		3600 IN	NS ns1.example.test.
example.test.		3600 IN	NS ns2.example.test.

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 136

"#,
        r#""#,
        0,
    );
}

#[test]
fn multiline_txt() {
    check(
        r#"-p {port} @127.0.0.1 +multiline txt.example.test txt"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +multiline txt.example.test txt
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;txt.example.test.	IN TXT

;; ANSWER SECTION:
txt.example.test.	3600 IN	TXT "plain" "two words" "with \"quotes\"" "back\\slash" "semi;colon" "tab\009and\196\128newline" "raw\240\160\148\133byte" ""

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 155

"#,
        r#""#,
        0,
    );
}

#[test]
fn multiline_ttlunits_soa() {
    check(
        r#"-p {port} @127.0.0.1 +multiline +ttlunits example.test soa"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +multiline +ttlunits example.test soa
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 2, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.		IN SOA

;; ANSWER SECTION:
example.test.		1h IN SOA ns1.example.test. hostmaster.example.test. (
				2026010100 ; serial
				7200       ; refresh (2 hours)
				3600       ; retry (1 hour)
				1209600    ; expire (2 weeks)
				300        ; minimum (5 minutes)
				)

;; AUTHORITY SECTION:
example.test.		1h IN NS ns1.example.test.
example.test.		1h IN NS ns2.example.test.

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 136

"#,
        r#""#,
        0,
    );
}

#[test]
fn nottlid() {
    check(
        r#"-p {port} @127.0.0.1 +nottlid +noall +answer example.test mx"#,
        r#"example.test.		IN	MX	10 mail.example.test.
example.test.		IN	MX	20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

#[test]
fn noclass() {
    check(
        r#"-p {port} @127.0.0.1 +noclass +noall +answer example.test mx"#,
        r#"example.test.		3600	MX	10 mail.example.test.
example.test.		3600	MX	20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

#[test]
fn ttlunits() {
    check(
        r#"-p {port} @127.0.0.1 +ttlunits example.test soa"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +ttlunits example.test soa
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 2, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	SOA

;; ANSWER SECTION:
example.test.		1h	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300

;; AUTHORITY SECTION:
example.test.		1h	IN	NS	ns1.example.test.
example.test.		1h	IN	NS	ns2.example.test.

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 136

"#,
        r#""#,
        0,
    );
}

#[test]
fn ttlunits_zero() {
    check(
        r#"-p {port} @127.0.0.1 +ttlunits +noall +answer ttl0.example.test"#,
        r#"ttl0.example.test.	0s	IN	A	192.0.2.100
"#,
        r#""#,
        0,
    );
}

#[test]
fn nocomments() {
    check(
        r#"-p {port} @127.0.0.1 +nocomments www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +nocomments www.example.test
; (1 server found)
;; global options: +cmd
;www.example.test.		IN	A
www.example.test.	3600	IN	A	192.0.2.80
;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn noquestion() {
    check(
        r#"-p {port} @127.0.0.1 +noquestion www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +noquestion www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn nostats() {
    check(
        r#"-p {port} @127.0.0.1 +nostats www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +nostats www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

"#,
        r#""#,
        0,
    );
}

#[test]
fn nocmd() {
    check(
        r#"-p {port} @127.0.0.1 +nocmd www.example.test"#,
        r#";; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn noadditional() {
    check(
        r#"-p {port} @127.0.0.1 +noadditional example.test ns"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +noadditional example.test ns
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	NS

;; ANSWER SECTION:
example.test.		3600	IN	NS	ns1.example.test.
example.test.		3600	IN	NS	ns2.example.test.

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 105

"#,
        r#""#,
        0,
    );
}

#[test]
fn noauthority() {
    check(
        r#"-p {port} @127.0.0.1 +noauthority nosuch.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +noauthority nosuch.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;nosuch.example.test.		IN	A

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 111

"#,
        r#""#,
        0,
    );
}

#[test]
fn qr_shows_the_query() {
    check(
        r#"-p {port} @127.0.0.1 +qr +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 45

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

/// The client cookie is random: masked.
#[test]
fn qr_with_cookie() {
    check(
        r#"-p {port} @127.0.0.1 +qr www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; COOKIE: COOKIE
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 57

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

/// +qid: the id itself (masked here) is checked by
/// qid_is_the_id_sent_and_received.
#[test]
fn qr_fixed_query_id() {
    check(
        r#"-p {port} @127.0.0.1 +qr +nocookie +qid=4660 +noall +comments www.example.test"#,
        r#";; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
"#,
        r#""#,
        0,
    );
}

#[test]
fn tcp() {
    check(
        r#"-p {port} @127.0.0.1 +tcp www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +tcp www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (TCP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn vc() {
    check(
        r#"-p {port} @127.0.0.1 +vc example.test ns"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +vc example.test ns
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	NS

;; ANSWER SECTION:
example.test.		3600	IN	NS	ns1.example.test.
example.test.		3600	IN	NS	ns2.example.test.

;; ADDITIONAL SECTION:
ns1.example.test.	3600	IN	A	192.0.2.53

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (TCP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 105

"#,
        r#""#,
        0,
    );
}

/// 40 A records do not fit in 512 bytes: TC, then the same query over TCP.
#[test]
fn truncated_without_edns_retries_over_tcp() {
    check(
        r#"-p {port} @127.0.0.1 +noedns many.big.test"#,
        r#";; Truncated, retrying in TCP mode.

; <<>> {client} <<>> -p {port} @127.0.0.1 +noedns many.big.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 40, AUTHORITY: 0, ADDITIONAL: 0
;; WARNING: recursion requested but not available

;; QUESTION SECTION:
;many.big.test.			IN	A

;; ANSWER SECTION:
many.big.test.		300	IN	A	10.0.0.1
many.big.test.		300	IN	A	10.0.0.2
many.big.test.		300	IN	A	10.0.0.3
many.big.test.		300	IN	A	10.0.0.4
many.big.test.		300	IN	A	10.0.0.5
many.big.test.		300	IN	A	10.0.0.6
many.big.test.		300	IN	A	10.0.0.7
many.big.test.		300	IN	A	10.0.0.8
many.big.test.		300	IN	A	10.0.0.9
many.big.test.		300	IN	A	10.0.0.10
many.big.test.		300	IN	A	10.0.0.11
many.big.test.		300	IN	A	10.0.0.12
many.big.test.		300	IN	A	10.0.0.13
many.big.test.		300	IN	A	10.0.0.14
many.big.test.		300	IN	A	10.0.0.15
many.big.test.		300	IN	A	10.0.0.16
many.big.test.		300	IN	A	10.0.0.17
many.big.test.		300	IN	A	10.0.0.18
many.big.test.		300	IN	A	10.0.0.19
many.big.test.		300	IN	A	10.0.0.20
many.big.test.		300	IN	A	10.0.0.21
many.big.test.		300	IN	A	10.0.0.22
many.big.test.		300	IN	A	10.0.0.23
many.big.test.		300	IN	A	10.0.0.24
many.big.test.		300	IN	A	10.0.0.25
many.big.test.		300	IN	A	10.0.0.26
many.big.test.		300	IN	A	10.0.0.27
many.big.test.		300	IN	A	10.0.0.28
many.big.test.		300	IN	A	10.0.0.29
many.big.test.		300	IN	A	10.0.0.30
many.big.test.		300	IN	A	10.0.0.31
many.big.test.		300	IN	A	10.0.0.32
many.big.test.		300	IN	A	10.0.0.33
many.big.test.		300	IN	A	10.0.0.34
many.big.test.		300	IN	A	10.0.0.35
many.big.test.		300	IN	A	10.0.0.36
many.big.test.		300	IN	A	10.0.0.37
many.big.test.		300	IN	A	10.0.0.38
many.big.test.		300	IN	A	10.0.0.39
many.big.test.		300	IN	A	10.0.0.40

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (TCP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 684

"#,
        r#""#,
        0,
    );
}

#[test]
fn truncated_at_bufsize_512_retries_over_tcp() {
    check(
        r#"-p {port} @127.0.0.1 +bufsize=512 many.big.test"#,
        r#";; Truncated, retrying in TCP mode.

; <<>> {client} <<>> -p {port} @127.0.0.1 +bufsize=512 many.big.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 40, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 512
;; QUESTION SECTION:
;many.big.test.			IN	A

;; ANSWER SECTION:
many.big.test.		300	IN	A	10.0.0.1
many.big.test.		300	IN	A	10.0.0.2
many.big.test.		300	IN	A	10.0.0.3
many.big.test.		300	IN	A	10.0.0.4
many.big.test.		300	IN	A	10.0.0.5
many.big.test.		300	IN	A	10.0.0.6
many.big.test.		300	IN	A	10.0.0.7
many.big.test.		300	IN	A	10.0.0.8
many.big.test.		300	IN	A	10.0.0.9
many.big.test.		300	IN	A	10.0.0.10
many.big.test.		300	IN	A	10.0.0.11
many.big.test.		300	IN	A	10.0.0.12
many.big.test.		300	IN	A	10.0.0.13
many.big.test.		300	IN	A	10.0.0.14
many.big.test.		300	IN	A	10.0.0.15
many.big.test.		300	IN	A	10.0.0.16
many.big.test.		300	IN	A	10.0.0.17
many.big.test.		300	IN	A	10.0.0.18
many.big.test.		300	IN	A	10.0.0.19
many.big.test.		300	IN	A	10.0.0.20
many.big.test.		300	IN	A	10.0.0.21
many.big.test.		300	IN	A	10.0.0.22
many.big.test.		300	IN	A	10.0.0.23
many.big.test.		300	IN	A	10.0.0.24
many.big.test.		300	IN	A	10.0.0.25
many.big.test.		300	IN	A	10.0.0.26
many.big.test.		300	IN	A	10.0.0.27
many.big.test.		300	IN	A	10.0.0.28
many.big.test.		300	IN	A	10.0.0.29
many.big.test.		300	IN	A	10.0.0.30
many.big.test.		300	IN	A	10.0.0.31
many.big.test.		300	IN	A	10.0.0.32
many.big.test.		300	IN	A	10.0.0.33
many.big.test.		300	IN	A	10.0.0.34
many.big.test.		300	IN	A	10.0.0.35
many.big.test.		300	IN	A	10.0.0.36
many.big.test.		300	IN	A	10.0.0.37
many.big.test.		300	IN	A	10.0.0.38
many.big.test.		300	IN	A	10.0.0.39
many.big.test.		300	IN	A	10.0.0.40

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (TCP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 695

"#,
        r#""#,
        0,
    );
}

#[test]
fn ignore_keeps_the_truncated_reply() {
    check(
        r#"-p {port} @127.0.0.1 +ignore +noedns many.big.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +ignore +noedns many.big.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa tc rd; QUERY: 1, ANSWER: 29, AUTHORITY: 0, ADDITIONAL: 0
;; WARNING: recursion requested but not available
;; WARNING: Message has 1 extra bytes at end

;; QUESTION SECTION:
;many.big.test.			IN	A

;; ANSWER SECTION:
many.big.test.		300	IN	A	10.0.0.1
many.big.test.		300	IN	A	10.0.0.2
many.big.test.		300	IN	A	10.0.0.3
many.big.test.		300	IN	A	10.0.0.4
many.big.test.		300	IN	A	10.0.0.5
many.big.test.		300	IN	A	10.0.0.6
many.big.test.		300	IN	A	10.0.0.7
many.big.test.		300	IN	A	10.0.0.8
many.big.test.		300	IN	A	10.0.0.9
many.big.test.		300	IN	A	10.0.0.10
many.big.test.		300	IN	A	10.0.0.11
many.big.test.		300	IN	A	10.0.0.12
many.big.test.		300	IN	A	10.0.0.13
many.big.test.		300	IN	A	10.0.0.14
many.big.test.		300	IN	A	10.0.0.15
many.big.test.		300	IN	A	10.0.0.16
many.big.test.		300	IN	A	10.0.0.17
many.big.test.		300	IN	A	10.0.0.18
many.big.test.		300	IN	A	10.0.0.19
many.big.test.		300	IN	A	10.0.0.20
many.big.test.		300	IN	A	10.0.0.21
many.big.test.		300	IN	A	10.0.0.22
many.big.test.		300	IN	A	10.0.0.23
many.big.test.		300	IN	A	10.0.0.24
many.big.test.		300	IN	A	10.0.0.25
many.big.test.		300	IN	A	10.0.0.26
many.big.test.		300	IN	A	10.0.0.27
many.big.test.		300	IN	A	10.0.0.28
many.big.test.		300	IN	A	10.0.0.29

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 509

"#,
        r#""#,
        0,
    );
}

/// No RD in the query: no "recursion requested" warning either.
#[test]
fn norecurse() {
    check(
        r#"-p {port} @127.0.0.1 +norecurse www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +norecurse www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn dnssec_sets_do() {
    check(
        r#"-p {port} @127.0.0.1 +qr +dnssec +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +dnssec +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags: do; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 45

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn query_flags_cd_aa_and_no_ad() {
    check(
        r#"-p {port} @127.0.0.1 +qr +cdflag +noadflag +aaflag +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +cdflag +noadflag +aaflag +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: aa rd cd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 45

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd cd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn adflag_and_raflag_zflag() {
    check(
        r#"-p {port} @127.0.0.1 +qr +raflag +zflag +nocookie +noall +comments www.example.test"#,
        r#";; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ra ad; MBZ: 0x4; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
"#,
        r#""#,
        0,
    );
}

#[test]
fn nsid_option_in_the_query() {
    check(
        r#"-p {port} @127.0.0.1 +qr +nsid +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +nsid +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; NSID:
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 49

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn cookie_with_a_given_client_cookie() {
    check(
        r#"-p {port} @127.0.0.1 +qr +cookie=0102030405060708 www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +cookie=0102030405060708 www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; COOKIE: COOKIE
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 57

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn nocookie() {
    check(
        r#"-p {port} @127.0.0.1 +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn edns_version_1_gets_badvers_then_retries() {
    check(
        r#"-p {port} @127.0.0.1 +edns=1 www.example.test"#,
        r#";; BADVERS, retrying with EDNS version 0.

; <<>> {client} <<>> -p {port} @127.0.0.1 +edns=1 www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn noedns() {
    check(
        r#"-p {port} @127.0.0.1 +noedns www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +noedns www.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0
;; WARNING: recursion requested but not available

;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 66

"#,
        r#""#,
        0,
    );
}

#[test]
fn noedns_query() {
    check(
        r#"-p {port} @127.0.0.1 +noedns +qr www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +noedns +qr www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0

;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 34

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0
;; WARNING: recursion requested but not available

;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 66

"#,
        r#""#,
        0,
    );
}

#[test]
fn bufsize() {
    check(
        r#"-p {port} @127.0.0.1 +qr +bufsize=4096 +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +bufsize=4096 +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 4096
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 45

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 4096
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn subnet_v4() {
    check(
        r#"-p {port} @127.0.0.1 +qr +subnet=192.0.2.0/24 +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +subnet=192.0.2.0/24 +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; CLIENT-SUBNET: 192.0.2.0/24/0
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 56

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn subnet_v6() {
    check(
        r#"-p {port} @127.0.0.1 +qr +subnet=2001:db8::/48 +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +subnet=2001:db8::/48 +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; CLIENT-SUBNET: 2001:db8::/48/0
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 59

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn subnet_zero() {
    check(
        r#"-p {port} @127.0.0.1 +qr +subnet=0 +nocookie www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +qr +subnet=0 +nocookie www.example.test
; (1 server found)
;; global options: +cmd
;; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; CLIENT-SUBNET: 0.0.0.0/0/0
;; QUESTION SECTION:
;www.example.test.		IN	A

;; QUERY SIZE: 53

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

"#,
        r#""#,
        0,
    );
}

#[test]
fn ednsopt_padding_expire_keepalive() {
    check(
        r#"-p {port} @127.0.0.1 +qr +nocookie +ednsopt=100:abcd +padding=64 +expire +keepalive +noall +comments www.example.test"#,
        r#";; Sending:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
; EXPIRE:
; TCP KEEPALIVE:
; OPT=100: ab cd ("..")
; PAD:
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
"#,
        r#""#,
        0,
    );
}

/// +identify adds the server and the query time (masked) to +short.
#[test]
fn identify() {
    check(
        r#"-p {port} @127.0.0.1 +short +identify multi.example.test"#,
        r#"192.0.2.91 from server 127.0.0.1 in N ms.
192.0.2.92 from server 127.0.0.1 in N ms.
192.0.2.93 from server 127.0.0.1 in N ms.
"#,
        r#""#,
        0,
    );
}

#[test]
fn split() {
    check(
        r#"-p {port} @127.0.0.1 +split=4 +noall +answer txt.example.test txt"#,
        r#"txt.example.test.	3600	IN	TXT	"plain" "two words" "with \"quotes\"" "back\\slash" "semi;colon" "tab\009and\196\128newline" "raw\240\160\148\133byte" ""
"#,
        r#""#,
        0,
    );
}

#[test]
fn nosplit() {
    check(
        r#"-p {port} @127.0.0.1 +nosplit +noall +answer example.test caa"#,
        r#"example.test.		3600	IN	CAA	0 issue "letsencrypt.org"
"#,
        r#""#,
        0,
    );
}

#[test]
fn reverse_ipv4() {
    check(
        r#"-p {port} @127.0.0.1 -x 192.0.2.80"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -x 192.0.2.80
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;80.2.0.192.in-addr.arpa.	IN	PTR

;; ANSWER SECTION:
80.2.0.192.in-addr.arpa. 3600	IN	PTR	www.example.test.

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 105

"#,
        r#""#,
        0,
    );
}

/// Outside the fixture zones: REFUSED, but the ip6.arpa name is the point.
#[test]
fn reverse_ipv6() {
    check(
        r#"-p {port} @127.0.0.1 -x 2001:db8::1"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -x 2001:db8::1
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: ID
;; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. IN PTR

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 101

"#,
        r#""#,
        0,
    );
}

#[test]
fn reverse_short() {
    check(
        r#"-p {port} @127.0.0.1 -x 192.0.2.80 +short"#,
        r#"www.example.test.
"#,
        r#""#,
        0,
    );
}

#[test]
fn dash_t_c_q() {
    check(
        r#"-p {port} @127.0.0.1 -t mx -c in -q example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -t mx -c in -q example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	MX

;; ANSWER SECTION:
example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.

;; ADDITIONAL SECTION:
mail.example.test.	3600	IN	A	192.0.2.25

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 112

"#,
        r#""#,
        0,
    );
}

#[test]
fn type_class_name() {
    check(
        r#"-p {port} @127.0.0.1 mx in example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 mx in example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	MX

;; ANSWER SECTION:
example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.

;; ADDITIONAL SECTION:
mail.example.test.	3600	IN	A	192.0.2.25

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 112

"#,
        r#""#,
        0,
    );
}

#[test]
fn class_name_type() {
    check(
        r#"-p {port} @127.0.0.1 in example.test mx"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 in example.test mx
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 2
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	MX

;; ANSWER SECTION:
example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.

;; ADDITIONAL SECTION:
mail.example.test.	3600	IN	A	192.0.2.25

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 112

"#,
        r#""#,
        0,
    );
}

#[test]
fn type_number() {
    check(
        r#"-p {port} @127.0.0.1 +short example.test TYPE15"#,
        r#"10 mail.example.test.
20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

/// Not a type: a second name (REFUSED outside the zones).
#[test]
fn unknown_type_word_is_a_name() {
    check(
        r#"-p {port} @127.0.0.1 www.example.test foo"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 www.example.test foo
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.example.test.		IN	A

;; ANSWER SECTION:
www.example.test.	3600	IN	A	192.0.2.80

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 77

;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: ID
;; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;foo.				IN	A

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 32

"#,
        r#""#,
        0,
    );
}

#[test]
fn chaos_class() {
    check(r#"-p {port} @127.0.0.1 -c CH -t TXT version.bind +short"#, r#""#, r#""#, 0);
}

#[test]
fn several_queries_with_local_options() {
    check(
        r#"-p {port} @127.0.0.1 www.example.test +short example.test mx +noall +answer"#,
        r#"192.0.2.80
10 mail.example.test.
20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

#[test]
fn global_short_then_local_noshort() {
    check(
        r#"-p {port} @127.0.0.1 +short www.example.test example.test mx +noshort +noall +answer"#,
        r#"www.example.test.	3600	IN	A	192.0.2.80
example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

/// hickory allows transfers of its zones (AxfrPolicy::AllowAll).
#[test]
fn axfr() {
    check(
        r#"-p {port} @127.0.0.1 example.test axfr"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 example.test axfr
; (1 server found)
;; global options: +cmd
example.test.		3600	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300
example.test.		3600	IN	A	192.0.2.1
example.test.		3600	IN	NS	ns1.example.test.
example.test.		3600	IN	NS	ns2.example.test.
example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.
example.test.		3600	IN	TXT	"v=spf1 -all"
example.test.		3600	IN	CAA	0 issue "letsencrypt.org"
_sip._tcp.example.test.	3600	IN	SRV	10 60 5060 sip.example.test.
alias.example.test.	3600	IN	CNAME	hop.example.test.
dangling.example.test.	3600	IN	CNAME	nowhere.example.test.
dual.example.test.	3600	IN	A	192.0.2.81
dual.example.test.	3600	IN	AAAA	2001:db8::81
hinfo.example.test.	3600	IN	HINFO	"PC-Intel-700mhz" "Linux"
hop.example.test.	3600	IN	CNAME	dual.example.test.
mail.example.test.	3600	IN	A	192.0.2.25
mail2.example.test.	3600	IN	A	192.0.2.26
multi.example.test.	3600	IN	A	192.0.2.91
multi.example.test.	3600	IN	A	192.0.2.92
multi.example.test.	3600	IN	A	192.0.2.93
ns1.example.test.	3600	IN	A	192.0.2.53
ns2.example.test.	3600	IN	A	192.0.2.54
ns2.example.test.	3600	IN	AAAA	2001:db8::54
ptr.example.test.	3600	IN	PTR	www.example.test.
ttl0.example.test.	0	IN	A	192.0.2.100
txt.example.test.	3600	IN	TXT	"plain" "two words" "with \"quotes\"" "back\\slash" "semi;colon" "tab\009and\196\128newline" "raw\240\160\148\133byte" ""
v6only.example.test.	3600	IN	AAAA	2001:db8::82
www.example.test.	3600	IN	A	192.0.2.80
xn--bcher-kva.example.test. 3600 IN	A	192.0.2.70
example.test.		3600	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300
;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (TCP)
;; WHEN: DATE
;; XFR size: 30 records (messages 1, bytes 861)

"#,
        r#""#,
        0,
    );
}

#[test]
fn axfr_onesoa() {
    check(
        r#"-p {port} @127.0.0.1 +onesoa big.test axfr"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +onesoa big.test axfr
; (1 server found)
;; global options: +cmd
big.test.		300	IN	SOA	ns1.big.test. hostmaster.big.test. 1 7200 3600 1209600 300
big.test.		300	IN	NS	ns1.big.test.
many.big.test.		300	IN	A	10.0.0.1
many.big.test.		300	IN	A	10.0.0.2
many.big.test.		300	IN	A	10.0.0.3
many.big.test.		300	IN	A	10.0.0.4
many.big.test.		300	IN	A	10.0.0.5
many.big.test.		300	IN	A	10.0.0.6
many.big.test.		300	IN	A	10.0.0.7
many.big.test.		300	IN	A	10.0.0.8
many.big.test.		300	IN	A	10.0.0.9
many.big.test.		300	IN	A	10.0.0.10
many.big.test.		300	IN	A	10.0.0.11
many.big.test.		300	IN	A	10.0.0.12
many.big.test.		300	IN	A	10.0.0.13
many.big.test.		300	IN	A	10.0.0.14
many.big.test.		300	IN	A	10.0.0.15
many.big.test.		300	IN	A	10.0.0.16
many.big.test.		300	IN	A	10.0.0.17
many.big.test.		300	IN	A	10.0.0.18
many.big.test.		300	IN	A	10.0.0.19
many.big.test.		300	IN	A	10.0.0.20
many.big.test.		300	IN	A	10.0.0.21
many.big.test.		300	IN	A	10.0.0.22
many.big.test.		300	IN	A	10.0.0.23
many.big.test.		300	IN	A	10.0.0.24
many.big.test.		300	IN	A	10.0.0.25
many.big.test.		300	IN	A	10.0.0.26
many.big.test.		300	IN	A	10.0.0.27
many.big.test.		300	IN	A	10.0.0.28
many.big.test.		300	IN	A	10.0.0.29
many.big.test.		300	IN	A	10.0.0.30
many.big.test.		300	IN	A	10.0.0.31
many.big.test.		300	IN	A	10.0.0.32
many.big.test.		300	IN	A	10.0.0.33
many.big.test.		300	IN	A	10.0.0.34
many.big.test.		300	IN	A	10.0.0.35
many.big.test.		300	IN	A	10.0.0.36
many.big.test.		300	IN	A	10.0.0.37
many.big.test.		300	IN	A	10.0.0.38
many.big.test.		300	IN	A	10.0.0.39
many.big.test.		300	IN	A	10.0.0.40
ns1.big.test.		300	IN	A	192.0.2.53
;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (TCP)
;; WHEN: DATE
;; XFR size: 44 records (messages 1, bytes 807)

"#,
        r#""#,
        0,
    );
}

#[test]
fn axfr_refused() {
    check(
        r#"-p {port} @127.0.0.1 example.com axfr"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 example.com axfr
; (1 server found)
;; global options: +cmd
; Transfer failed.
"#,
        r#""#,
        0,
    );
}

#[test]
fn ixfr() {
    check(
        r#"-p {port} @127.0.0.1 -t ixfr=2026010099 example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -t ixfr=2026010099 example.test
; (1 server found)
;; global options: +cmd
example.test.		3600	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300
; Transfer failed.
"#,
        r#""#,
        0,
    );
}

#[test]
fn search_with_domain() {
    check(
        r#"-p {port} @127.0.0.1 +domain=example.test +search www +short"#,
        r#"192.0.2.80
"#,
        r#""#,
        0,
    );
}

#[test]
fn showsearch() {
    check(
        r#"-p {port} @127.0.0.1 +showsearch +domain=big.test +search www"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +showsearch +domain=big.test +search www
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.big.test.			IN	A

;; AUTHORITY SECTION:
big.test.		300	IN	SOA	ns1.big.test. hostmaster.big.test. 1 7200 3600 1209600 300

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 100


; <<>> {client} <<>> -p {port} @127.0.0.1 +showsearch +domain=big.test +search www
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: ID
;; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;www.				IN	A

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 32

"#,
        r#""#,
        0,
    );
}
