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
use crate::server::{GlueServer, RawServer, SilentServer, closed_port};

/// rlookup's name and version, where dig's banner has `DiG 9.18.49...`.
pub fn client() -> String {
    format!("rlookup {}", env!("CARGO_PKG_VERSION"))
}

/// The digits starting at `at` in `line` replaced by `with`.
fn mask_digits(line: &str, at: usize, with: &str) -> String {
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
fn check_silent(args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = SilentServer::start();
    let p = server.port();
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` against a port where nothing listens.
#[track_caller]
fn check_closed(args: &str, stdout: &str, stderr: &str, status: i32) {
    let p = closed_port();
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` with the fixture server on 127.0.0.1 and a silent one on
/// 127.0.0.2, on the same port.
#[track_caller]
fn check_with_silent_2(args: &str, stdout: &str, stderr: &str, status: i32) {
    let server = fixtures::server();
    let p = server.port();
    let _silent = SilentServer::start_on(format!("127.0.0.2:{p}").parse().unwrap());
    check_output(dig(args, p, "").run(), p, "", stdout, stderr, status);
}

/// `dig ARGS` against the fixture server, with `files` (name, contents) in
/// a temporary directory `{dir}` that is also $HOME (for ~/.digrc).
#[track_caller]
fn check_files(files: &[(&str, &str)], args: &str, stdout: &str, stderr: &str, status: i32) {
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

// ===== timeouts, refused ports, exit statuses, errors, batch files, ~/.digrc =====

/// BIND 9.18.49's words: "communications error ... timed out", then "no
/// servers could be reached", exit 9.
#[test]
fn udp_timeout() {
    check_silent(
        r#"-p {port} @127.0.0.1 +time=1 +tries=1 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: timed out

; <<>> {client} <<>> -p {port} @127.0.0.1 +time=1 +tries=1 www.example.test
; (1 server found)
;; global options: +cmd
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn udp_timeout_two_tries() {
    check_silent(
        r#"-p {port} @127.0.0.1 +time=1 +tries=2 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: timed out
;; communications error to 127.0.0.1#{port}: timed out

; <<>> {client} <<>> -p {port} @127.0.0.1 +time=1 +tries=2 www.example.test
; (1 server found)
;; global options: +cmd
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn udp_timeout_retry_0() {
    check_silent(
        r#"-p {port} @127.0.0.1 +time=1 +retry=0 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: timed out

; <<>> {client} <<>> -p {port} @127.0.0.1 +time=1 +retry=0 www.example.test
; (1 server found)
;; global options: +cmd
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn tcp_timeout() {
    check_silent(
        r#"-p {port} @127.0.0.1 +tcp +time=1 +tries=1 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: timed out

; <<>> {client} <<>> -p {port} @127.0.0.1 +tcp +time=1 +tries=1 www.example.test
; (1 server found)
;; global options: +cmd
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn timeout_short() {
    check_silent(
        r#"-p {port} @127.0.0.1 +short +time=1 +tries=1 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: timed out
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn udp_connection_refused() {
    check_closed(
        r#"-p {port} @127.0.0.1 +tries=1 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: connection refused

; <<>> {client} <<>> -p {port} @127.0.0.1 +tries=1 www.example.test
; (1 server found)
;; global options: +cmd
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn udp_connection_refused_default_tries() {
    check_closed(
        r#"-p {port} @127.0.0.1 www.example.test"#,
        r#";; communications error to 127.0.0.1#{port}: connection refused
;; communications error to 127.0.0.1#{port}: connection refused
;; communications error to 127.0.0.1#{port}: connection refused

; <<>> {client} <<>> -p {port} @127.0.0.1 www.example.test
; (1 server found)
;; global options: +cmd
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn tcp_connection_refused() {
    check_closed(
        r#"-p {port} @127.0.0.1 +tcp +tries=1 www.example.test"#,
        r#";; Connection to 127.0.0.1#{port}(127.0.0.1) for www.example.test failed: connection refused.
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

/// Several queries: only the last one's outcome counts. An @server after
/// a name is that query's server.
#[test]
fn status_timeout_then_answer_is_0() {
    check_with_silent_2(
        r#"-p {port} +time=1 +tries=1 www.example.test @127.0.0.2 www.example.test @127.0.0.1 +short"#,
        r#";; communications error to 127.0.0.2#{port}: timed out

; <<>> {client} <<>> -p {port} +time=1 +tries=1 www.example.test @127.0.0.2 www.example.test @127.0.0.1 +short
;; global options: +cmd
;; no servers could be reached
192.0.2.80
"#,
        r#""#,
        0,
    );
}

#[test]
fn status_answer_then_timeout_is_9() {
    check_with_silent_2(
        r#"-p {port} +time=1 +tries=1 +short www.example.test @127.0.0.1 mail.example.test @127.0.0.2"#,
        r#"192.0.2.80
;; communications error to 127.0.0.2#{port}: timed out
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

/// Nothing listens on 127.0.0.3 at the fixture server's port.
#[test]
fn status_refused_then_answer_is_0() {
    check(
        r#"-p {port} +tries=1 +short www.example.test @127.0.0.3 mail.example.test @127.0.0.1"#,
        r#";; communications error to 127.0.0.3#{port}: connection refused
;; no servers could be reached
192.0.2.25
"#,
        r#""#,
        0,
    );
}

#[test]
fn status_answer_then_refused_is_9() {
    check(
        r#"-p {port} +tries=1 +short www.example.test @127.0.0.1 mail.example.test @127.0.0.3"#,
        r#"192.0.2.80
;; communications error to 127.0.0.3#{port}: connection refused
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

/// The first query has two servers (127.0.0.2 silent, then 127.0.0.1); the
/// second only the global one, silent: exit 9.
#[test]
fn status_second_server_of_a_query() {
    check_with_silent_2(
        r#"-p {port} +time=1 +tries=1 @127.0.0.2 www.example.test @127.0.0.1 +short www.example.test"#,
        r#";; communications error to 127.0.0.2#{port}: timed out
192.0.2.80
;; communications error to 127.0.0.2#{port}: timed out
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn status_nxdomain_last_is_0() {
    check(
        r#"-p {port} @127.0.0.1 +short www.example.test nosuch.example.test"#,
        r#"192.0.2.80
"#,
        r#""#,
        0,
    );
}

#[test]
fn bad_plus_option() {
    check(
        r#"-p {port} @127.0.0.1 +bogus www.example.test"#,
        r#""#,
        r#"Invalid option: +bogus
Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]

Use "dig -h" (or "dig -h | more") for complete list of options
"#,
        1,
    );
}

#[test]
fn ambiguous_plus_option() {
    check(
        r#"-p {port} @127.0.0.1 +sh www.example.test"#,
        r#""#,
        r#"Invalid option: +sh
Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]

Use "dig -h" (or "dig -h | more") for complete list of options
"#,
        1,
    );
}

#[test]
fn bad_dash_option() {
    check(
        r#"-p {port} @127.0.0.1 -z www.example.test"#,
        r#""#,
        r#"Invalid option: -z
Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]

Use "dig -h" (or "dig -h | more") for complete list of options
"#,
        1,
    );
}

#[test]
fn bad_timeout_value() {
    check(
        r#"-p {port} @127.0.0.1 +time=abc www.example.test"#,
        r#"invalid timeout 'abc': not a valid number
"#,
        r#"dig: Couldn't parse timeout
"#,
        10,
    );
}

#[test]
fn bad_tries_value() {
    check(
        r#"-p {port} @127.0.0.1 +tries=abc www.example.test"#,
        r#"invalid tries 'abc': not a valid number
"#,
        r#"dig: Couldn't parse tries
"#,
        10,
    );
}

#[test]
fn bad_bufsize_value() {
    check(
        r#"-p {port} @127.0.0.1 +bufsize=99999 www.example.test"#,
        r#"invalid buffer size '99999': out of range
"#,
        r#"dig: Couldn't parse buffer size
"#,
        10,
    );
}

#[test]
fn bad_edns_value() {
    check(
        r#"-p {port} @127.0.0.1 +edns=300 www.example.test"#,
        r#"invalid edns '300': out of range
"#,
        r#"dig: Couldn't parse edns
"#,
        10,
    );
}

#[test]
fn bad_subnet() {
    check(
        r#"-p {port} @127.0.0.1 +subnet=foo www.example.test"#,
        r#""#,
        r#"dig: invalid address 'foo'
"#,
        1,
    );
}

#[test]
fn bad_cookie_hex() {
    check(
        r#"-p {port} @127.0.0.1 +cookie=xyz www.example.test"#,
        r#""#,
        r#"dig: isc_hex_decodestring: bad hex encoding
"#,
        1,
    );
}

#[test]
fn bad_opcode() {
    check(
        r#"-p {port} @127.0.0.1 +opcode=bogus www.example.test"#,
        r#"invalid opcode 'bogus': not a valid number
"#,
        r#"dig: Couldn't parse opcode
"#,
        10,
    );
}

#[test]
fn bad_port_value() {
    check(
        r#"-p 99999 @127.0.0.1 www.example.test"#,
        r#"invalid port number '99999': out of range
"#,
        r#"dig: Couldn't parse port number
"#,
        1,
    );
}

#[test]
fn bad_port_word() {
    check(
        r#"-p abc @127.0.0.1 www.example.test"#,
        r#"invalid port number 'abc': not a valid number
"#,
        r#"dig: Couldn't parse port number
"#,
        1,
    );
}

#[test]
fn missing_dash_argument() {
    check(
        r#"-p {port} @127.0.0.1 -q"#,
        r#""#,
        r#"Invalid option: -q
Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]

Use "dig -h" (or "dig -h | more") for complete list of options
"#,
        1,
    );
}

#[test]
fn bad_type_warns() {
    check(
        r#"-p {port} @127.0.0.1 -t foo www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -t foo www.example.test
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
        r#";; Warning, ignoring invalid type foo
"#,
        0,
    );
}

#[test]
fn bad_class_warns() {
    check(
        r#"-p {port} @127.0.0.1 -c foo www.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -c foo www.example.test
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
        r#";; Warning, ignoring invalid class foo
"#,
        0,
    );
}

#[test]
fn bad_reverse_address() {
    check(
        r#"-p {port} @127.0.0.1 -x foo"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -x foo
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: ID
;; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;foo.in-addr.arpa.		IN	PTR

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 45

"#,
        r#""#,
        0,
    );
}

#[test]
fn bad_name_empty_label() {
    check(
        r#"-p {port} @127.0.0.1 a..b"#,
        r#""#,
        r#"dig: 'a..b' is not a legal name (empty label)
"#,
        10,
    );
}

#[test]
fn bad_name_label_too_long() {
    check(
        r#"-p {port} @127.0.0.1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.test"#,
        r#""#,
        r#"dig: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.test' is not a legal name (label too long)
"#,
        10,
    );
}

/// Each line a command line of its own, after the global options; empty
/// lines are skipped.
#[test]
fn batch_file() {
    check_files(
        &[(
            r#"batch"#,
            r#"www.example.test
example.test mx +short

multi.example.test +noall +answer
"#,
        )],
        r#"-p {port} @127.0.0.1 -f {dir}/batch"#,
        r#"
; <<>> {client} <<>> www.example.test
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

10 mail.example.test.
20 mail2.example.test.
192.0.2.91
192.0.2.92
192.0.2.93
"#,
        r#""#,
        0,
    );
}

#[test]
fn batch_file_last_line_counts() {
    check_files(
        &[(
            r#"batch"#,
            r#"www.example.test +short
-p 1 www.example.test
"#,
        )],
        r#"-p {port} @127.0.0.1 +tries=1 -f {dir}/batch"#,
        r#"192.0.2.80
;; communications error to 127.0.0.1#1: connection refused
;; no servers could be reached
"#,
        r#""#,
        9,
    );
}

#[test]
fn batch_file_and_a_name() {
    check_files(
        &[(
            r#"batch"#,
            r#"nosuch.example.test +noall +comments
multi.example.test +short
"#,
        )],
        r#"-p {port} @127.0.0.1 +nocmd -f {dir}/batch www.example.test +short"#,
        r#"192.0.2.80
192.0.2.91
192.0.2.92
192.0.2.93
"#,
        r#""#,
        0,
    );
}

#[test]
fn batch_file_missing() {
    check(
        r#"-p {port} @127.0.0.1 -f {dir}/nonexistent"#,
        r#""#,
        r#"{dir}/nonexistent: No such file or directory
dig: couldn't open specified batch file
"#,
        8,
    );
}

#[test]
fn digrc_gives_default_options() {
    check_files(
        &[(
            r#".digrc"#,
            r#"+noall +answer
-t mx
"#,
        )],
        r#"-p {port} @127.0.0.1 example.test"#,
        r#"example.test.		3600	IN	MX	10 mail.example.test.
example.test.		3600	IN	MX	20 mail2.example.test.
"#,
        r#""#,
        0,
    );
}

#[test]
fn digrc_then_command_line() {
    check_files(
        &[(
            r#".digrc"#,
            r#"+short
"#,
        )],
        r#"-p {port} @127.0.0.1 www.example.test a +noshort +noall +answer +cmd"#,
        r#"www.example.test.	3600	IN	A	192.0.2.80
"#,
        r#""#,
        0,
    );
}

#[test]
fn digrc_skipped_with_r() {
    check_files(
        &[(
            r#".digrc"#,
            r#"+noall +answer
-t mx
"#,
        )],
        r#"-p {port} @127.0.0.1 -r example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 -r example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;example.test.			IN	A

;; ANSWER SECTION:
example.test.		3600	IN	A	192.0.2.1

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 69

"#,
        r#""#,
        0,
    );
}

// ===== server names, +trace =====

#[test]
fn qid_is_the_id_sent_and_received() {
    // normalize masks the header's id: check the raw lines here.
    let server = fixtures::server();
    let out = dig("-p {port} @127.0.0.1 +qr +nocookie +qid=4660 +noall +comments www.example.test", server.port(), "").run();
    let ids: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with(";; ->>HEADER<<-")).collect();
    assert_eq!(
        ids,
        [";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4660", ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4660"],
        "{}",
        out.stdout
    );
    assert_eq!(out.status, 0);
}

/// A server name that does not resolve: rlookup resolves it as getaddrinfo
/// would, with the name servers of its resolv.conf (127.0.0.254 here). When
/// the test may bind 127.0.0.254:53 (root), a raw server there answers
/// NXDOMAIN ("not found") or SERVFAIL ("failure"); else nothing listens
/// there and the lookup fails ("failure"). BIND's dig says the same with
/// that resolv.conf as /etc/resolv.conf (the lab's goldens srv-unknown-name
/// and srv-servfail-name too).
#[test]
fn unresolvable_server_name() {
    let rc = "nameserver 127.0.0.254\noptions timeout:1 attempts:1\n";
    let run = |server: &str| rlookup(&["-p", "5300", server, "www.example.test"]).argv0("dig").resolv_conf(rc).run();
    let resolver: std::net::SocketAddr = "127.0.0.254:53".parse().unwrap();
    let bound = std::net::UdpSocket::bind(resolver).and_then(|u| Ok((u, std::net::TcpListener::bind(resolver)?)));
    match bound {
        Ok(sockets) => {
            let rcode = std::sync::Arc::new(std::sync::atomic::AtomicU16::new(3));
            let r = rcode.clone();
            let _resolver = RawServer::serve(sockets, move |q| {
                let flags = 0x8180 | r.load(std::sync::atomic::Ordering::Relaxed);
                vec![crate::server::reply::with(q, [q[0], q[1]], flags, None)]
            });
            for server in ["@nosuch.example.test", "@127.0.0.300"] {
                let name = &server[1..];
                expect(&run(server), "", &format!("dig: couldn't get address for '{name}': not found\n"), 1);
            }
            rcode.store(2, std::sync::atomic::Ordering::Relaxed);
            expect(&run("@nosuch.example.test"), "", "dig: couldn't get address for 'nosuch.example.test': failure\n", 1);
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            for server in ["@nosuch.example.test", "@127.0.0.300"] {
                let name = &server[1..];
                expect(&run(server), "", &format!("dig: couldn't get address for '{name}': failure\n"), 1);
            }
        }
        Err(e) => eprintln!("not checked: cannot bind {resolver} ({e}): something else listens there?"),
    }
}

/// Names getaddrinfo rejects without asking a server (`@127.0.0.1#5300`,
/// an empty `@`) are "not found"; BIND's dig, with the same resolv.conf as
/// /etc/resolv.conf, says the same.
#[test]
fn server_names_that_are_not_names() {
    let rc = "nameserver 127.0.0.254\noptions timeout:1 attempts:1\n";
    for (server, name) in [("@127.0.0.1#5300", "127.0.0.1#5300"), ("@", "")] {
        let out = rlookup(&[server, "www.example.test"]).argv0("dig").resolv_conf(rc).run();
        expect(&out, "", &format!("dig: couldn't get address for '{name}': not found\n"), 1);
    }
}

/// `rlookup --dig -p P @127.0.0.2 ARGS` over the +trace chain (rlookup's
/// own `--dig` is not shown in the banner).
fn trace(chain_port: u16, args: &str) -> Output {
    let mut argv = vec!["--dig".to_string(), "-p".into(), chain_port.to_string(), "@127.0.0.2".into()];
    argv.extend(args.split_whitespace().map(str::to_string));
    rlookup(&argv).run()
}

/// +trace: `. NS` from the server given (with RD), then the query without
/// RD down the referrals, each server reached through the glue of the
/// referral that named it: each step's answer and authority sections (no
/// comments, no question, no additional section) and a `;; Received`
/// line naming the server's address and its name in the referral. +trace
/// sets +dnssec: the byte counts are those of BIND's dig asking each
/// server with +dnssec (64, 82, 78, 77).
#[test]
fn trace_follows_the_delegations() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    let out = trace(p, "+trace www.example.test");
    check_output(
        out,
        p,
        "",
        "
; <<>> {client} <<>> -p {port} @127.0.0.2 +trace www.example.test
; (1 server found)
;; global options: +cmd
.			518400	IN	NS	ns.root.
;; Received 64 bytes from 127.0.0.2#{port}(127.0.0.2) in N ms

test.			172800	IN	NS	ns.tld.test.
;; Received 82 bytes from 127.0.0.2#{port}(ns.root) in N ms

example.test.		86400	IN	NS	ns.example.test.
;; Received 78 bytes from 127.0.0.3#{port}(ns.tld.test) in N ms

www.example.test.	3600	IN	A	192.0.2.80
;; Received 77 bytes from 127.0.0.4#{port}(ns.example.test) in N ms

",
        "",
        0,
    );
}

/// The same through a link named dig: the banner shows the arguments as
/// given.
#[test]
fn trace_as_dig() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    let out = dig("-p {port} @127.0.0.2 +trace www.example.test", p, "").run();
    let n = normalize(&out.stdout);
    assert!(n.starts_with(&format!("\n; <<>> {} <<>> -p {p} @127.0.0.2 +trace www.example.test\n; (1 server found)\n;; global options: +cmd\n.\t\t\t518400\tIN\tNS\tns.root.\n", client())), "{n}");
    assert!(
        n.ends_with(&format!(
            "www.example.test.\t3600\tIN\tA\t192.0.2.80\n;; Received 77 bytes from 127.0.0.4#{p}(ns.example.test) in N ms\n\n"
        )),
        "{n}"
    );
    assert_eq!(out.status, 0);
}

/// The zone's NXDOMAIN ends the trace: its SOA (authority), then the
/// `Received` line; exit 0 (a response came).
#[test]
fn trace_to_nxdomain() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    check_output(
        trace(p, "+trace nosuch.example.test"),
        p,
        "",
        "
; <<>> {client} <<>> -p {port} @127.0.0.2 +trace nosuch.example.test
; (1 server found)
;; global options: +cmd
.			518400	IN	NS	ns.root.
;; Received 64 bytes from 127.0.0.2#{port}(127.0.0.2) in N ms

test.			172800	IN	NS	ns.tld.test.
;; Received 85 bytes from 127.0.0.2#{port}(ns.root) in N ms

example.test.		86400	IN	NS	ns.example.test.
;; Received 81 bytes from 127.0.0.3#{port}(ns.tld.test) in N ms

example.test.		3600	IN	SOA	ns.example.test. hostmaster.example.test. 1 7200 3600 1209600 300
;; Received 110 bytes from 127.0.0.4#{port}(ns.example.test) in N ms

",
        "",
        0,
    );
}

/// +trace +short: dig.c's say_message() puts the type before each answer
/// record and, +trace having set +identify, the server's address and the
/// time after it; referrals have no answer, so only the root's NS and the
/// final answer are printed; no banner, no `Received` lines.
#[test]
fn trace_short() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    check_output(
        trace(p, "+trace +short www.example.test"),
        p,
        "",
        "NS ns.root. from server 127.0.0.2 in N ms.\nA 192.0.2.80 from server 127.0.0.4 in N ms.\n",
        "",
        0,
    );
}

/// A referral (authority NS `elsewhere.`, no answer) to a zone that is not
/// below the zone of the server that gave it: the reply answers every
/// query with it.
fn bad_referral(query: &[u8]) -> Vec<Vec<u8>> {
    use hickory_proto::op::{Edns, Message, MessageType, OpCode};
    use hickory_proto::rr::rdata::NS;
    use hickory_proto::rr::{Name, RData, Record};
    let Ok(q) = Message::from_vec(query) else { return vec![] };
    let mut r = Message::new(q.metadata.id, MessageType::Response, OpCode::Query);
    r.metadata.recursion_desired = q.metadata.recursion_desired;
    for question in &q.queries {
        r.add_query(question.clone());
    }
    let elsewhere = Name::from_ascii("elsewhere.").unwrap();
    r.add_authority(Record::from_rdata(elsewhere, 172800, RData::NS(NS(Name::from_ascii("ns.elsewhere.").unwrap()))));
    if let Some(e) = &q.edns {
        let mut edns = Edns::new();
        edns.set_max_payload(1232).set_dnssec_ok(e.flags().dnssec_ok);
        r.set_edns(edns);
    }
    vec![r.to_vec().unwrap()]
}

/// The TLD server refers to `elsewhere.`, which is not below `test.`:
/// dig prints the referral, warns `;; BAD REFERRAL` (dig_warning: on
/// stdout, before the `Received` line) and follows no further; exit 0.
#[test]
fn trace_bad_referral() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let root = GlueServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_ROOT], fixtures::TRACE_ROOT_GLUE);
    let _tld = RawServer::serve(pairs.next().unwrap(), bad_referral);
    let p = root.addr.port();
    check_output(
        trace(p, "+trace www.example.test"),
        p,
        "",
        "
; <<>> {client} <<>> -p {port} @127.0.0.2 +trace www.example.test
; (1 server found)
;; global options: +cmd
.			518400	IN	NS	ns.root.
;; Received 64 bytes from 127.0.0.2#{port}(127.0.0.2) in N ms

test.			172800	IN	NS	ns.tld.test.
;; Received 82 bytes from 127.0.0.2#{port}(ns.root) in N ms

elsewhere.		172800	IN	NS	ns.elsewhere.
;; BAD REFERRAL
;; Received 71 bytes from 127.0.0.3#{port}(ns.tld.test) in N ms

",
        "",
        0,
    );
}

/// Not a test: serves the bad referral on 127.0.0.3 (and the root on
/// 127.0.0.2) until killed, to check its byte count with BIND's dig
/// (`dig -p P @127.0.0.3 +dnssec www.example.test`).
#[test]
#[ignore]
fn serve_bad_referral() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let root = GlueServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_ROOT], fixtures::TRACE_ROOT_GLUE);
    let _tld = RawServer::serve(pairs.next().unwrap(), bad_referral);
    println!("serving a bad referral on 127.0.0.3 port {}", root.addr.port());
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}

/// The TLD's server answers with the root zone (a lame delegation): it
/// refers to `test.` again, the zone it was asked as. dig warns `;; BAD
/// (HORIZONTAL) REFERRAL` and follows it all the same, until its lookup
/// limit: each followup counts twice (followup_lookup() and
/// requeue_lookup()) against LOOKUP_LIMIT 64, so the 33rd followup (the
/// 31st horizontal referral) ends the run with `dig: too many lookups`
/// (fatal(): stdout flushed first, exit 1 as nothing set an exit code).
#[test]
fn trace_horizontal_referral_loops_until_too_many_lookups() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3]);
    let mut pairs = pairs.into_iter();
    let root = GlueServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_ROOT], fixtures::TRACE_ROOT_GLUE);
    let _lame = GlueServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_ROOT], fixtures::TRACE_ROOT_GLUE);
    let p = root.addr.port();
    let horizontal = "test.\t\t\t172800\tIN\tNS\tns.tld.test.\n;; BAD (HORIZONTAL) REFERRAL\n";
    let mut stdout = String::from(
        "
; <<>> {client} <<>> -p {port} @127.0.0.2 +trace www.example.test
; (1 server found)
;; global options: +cmd
.			518400	IN	NS	ns.root.
;; Received 64 bytes from 127.0.0.2#{port}(127.0.0.2) in N ms

test.			172800	IN	NS	ns.tld.test.
;; Received 82 bytes from 127.0.0.2#{port}(ns.root) in N ms

",
    );
    for _ in 0..30 {
        stdout.push_str(horizontal);
        stdout.push_str(";; Received 82 bytes from 127.0.0.3#{port}(ns.tld.test) in N ms\n\n");
    }
    stdout.push_str(horizontal);
    check_output(trace(p, "+trace www.example.test"), p, "", &stdout, "dig: too many lookups\n", 1);
}

/// A reply to `q` (which asked `qname`), written by hand: header flags,
/// and answer records already encoded.
fn raw_reply(q: &[u8], id: [u8; 2], flags: u16, answers: &[Vec<u8>]) -> Vec<u8> {
    let qend = crate::server::reply::question_end(q);
    let mut r = Vec::new();
    r.extend_from_slice(&id); // ID
    r.extend_from_slice(&flags.to_be_bytes()); // QR, opcode, AA...; RCODE
    r.extend_from_slice(&[0, 1]); // QDCOUNT
    r.extend_from_slice(&(answers.len() as u16).to_be_bytes()); // ANCOUNT
    r.extend_from_slice(&[0, 0, 0, 0]); // NSCOUNT, ARCOUNT
    r.extend_from_slice(&q[12..qend]); // the question as asked
    for a in answers {
        r.extend_from_slice(a);
    }
    r
}

/// An SOA record for the question's name (a pointer to offset 12): mname
/// and rname the root, this serial, TTL 300.
fn soa_rr(serial: u32) -> Vec<u8> {
    let mut r = vec![0xc0, 12, 0, 6, 0, 1, 0, 0, 1, 0x2c, 0, 22]; // NAME, SOA, IN, TTL 300, RDLENGTH 22
    r.extend_from_slice(&[0, 0]); // MNAME ., RNAME .
    r.extend_from_slice(&serial.to_be_bytes()); // SERIAL
    r.extend_from_slice(&[0; 16]); // REFRESH, RETRY, EXPIRE, MINIMUM
    r
}

/// An A record for the question's name.
fn a_rr(ip: [u8; 4]) -> Vec<u8> {
    let mut r = vec![0xc0, 12, 0, 1, 0, 1, 0, 0, 1, 0x2c, 0, 4]; // NAME, A, IN, TTL 300, RDLENGTH 4
    r.extend_from_slice(&ip);
    r
}

/// Over TCP a reply with the wrong opcode is not the answer, and BIND goes
/// on reading until the timeout (it does not end the lookup as a wrong id
/// does).
#[test]
fn tcp_reply_with_another_opcode_is_not_the_answer() {
    // Opcode 2 (STATUS) in an otherwise fine reply.
    let s = RawServer::start(|q| vec![raw_reply(q, [q[0], q[1]], 0x9400, &[a_rr([192, 0, 2, 1])])]);
    let p = s.port();
    let out = rlookup(&["--dig", "-p", &p.to_string(), "@127.0.0.1", "+tcp", "+time=1", "+tries=1", "a.example"]).run();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], ";; Warning: Opcode mismatch: expected QUERY, got STATUS", "{}", out.stdout);
    assert_eq!(lines[1], format!(";; communications error to 127.0.0.1#{p}: timed out"));
    assert_eq!(lines.last(), Some(&";; no servers could be reached"));
    assert!(!out.stdout.contains("192.0.2.1"), "{}", out.stdout);
    assert_eq!(out.status, 9);
}

/// In a zone transfer, a message with a wrong id after the first SOA gets
/// one warning and the transfer goes on (dighost's warn_id).
#[test]
fn axfr_goes_on_after_a_wrong_id() {
    let s = RawServer::start(|q| {
        let wrong = [q[0] ^ 0xff, q[1]];
        vec![
            raw_reply(q, [q[0], q[1]], 0x8400, &[soa_rr(7), a_rr([192, 0, 2, 1])]),
            raw_reply(q, wrong, 0x8400, &[a_rr([192, 0, 2, 2])]),
            raw_reply(q, wrong, 0x8400, &[soa_rr(7)]),
        ]
    });
    let p = s.port();
    let out = rlookup(&["--dig", "-p", &p.to_string(), "@127.0.0.1", "+time=2", "zone.example", "axfr"]).run();
    assert_eq!(out.stdout.matches("ID mismatch").count(), 1, "{}", out.stdout);
    assert!(out.stdout.contains(";; WARNING: ID mismatch: expected ID "), "{}", out.stdout);
    assert!(out.stdout.contains("zone.example.\t\t300\tIN\tA\t192.0.2.2\n"), "{}", out.stdout);
    assert!(out.stdout.contains(";; XFR size: 4 records (messages 3, bytes "), "{}", out.stdout);
    assert_eq!(out.status, 0);
}

/// +header-only sends no question; +bufsize below 512 still reaches the
/// OPT record (its CLASS), and +qr shows the empty QUESTION SECTION as BIND
/// does.
#[test]
fn header_only_with_small_bufsize() {
    let s = SilentServer::start();
    let out = rlookup(&[
        "--dig",
        "-p",
        &s.port().to_string(),
        "@127.0.0.1",
        "+time=1",
        "+tries=1",
        "+header-only",
        "+bufsize=100",
        "+qr",
        "a.example",
    ])
    .run();
    assert!(out.stdout.contains(";; flags: rd ad; QUERY: 0, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n"), "{}", out.stdout);
    assert!(out.stdout.contains("; EDNS: version: 0, flags:; udp: 100\n"), "{}", out.stdout);
    // 12 bytes of header, no question, 11 of OPT and 12 of COOKIE option.
    assert!(out.stdout.contains(";; QUESTION SECTION:\n\n;; QUERY SIZE: 35\n"), "{}", out.stdout);
}

/// rlookup's +json is an option like the others: from ~/.digrc and from
/// a batch line too.
#[test]
fn json_from_digrc_and_batch_lines() {
    let server = fixtures::server();
    let p = server.port();
    let tmp = TempDir::new("dig");
    std::fs::write(tmp.0.join(".digrc"), "+json\n").unwrap();
    let dir = tmp.0.display().to_string();
    let out = dig("-p {port} @127.0.0.1 www.example.test", p, &dir).env("HOME", &dir).run();
    let doc: serde_json::Value = serde_json::from_str(out.stdout.lines().next().unwrap_or("")).expect("a JSON document");
    assert_eq!(doc["answerRRs"][0]["rdataA"], "192.0.2.80", "{}", out.stdout);
    std::fs::write(tmp.0.join("batch"), "www.example.test +json\n").unwrap();
    let out = dig("-p {port} @127.0.0.1 -f {dir}/batch", p, &dir).run();
    let doc: serde_json::Value = serde_json::from_str(out.stdout.lines().next().unwrap_or("")).expect("a JSON document");
    assert_eq!(doc["QNAME"], "www.example.test.", "{}", out.stdout);
    // Only the exact spelling: +js is not an option, as in BIND.
    let out = dig("-p {port} @127.0.0.1 +js www.example.test", p, &dir).run();
    assert_eq!(out.status, 1);
    assert!(out.stderr.starts_with("Invalid option: +js\n"), "{}", out.stderr);
}
