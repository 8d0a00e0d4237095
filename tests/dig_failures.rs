//! The dig dialect's failures and edges against the in-process servers:
//! timeouts, refused ports, exit statuses, errors, batch files, ~/.digrc,
//! server names and +trace. Expected texts come from BIND 9.18.49's dig,
//! as in `dig.rs` (whose helpers these use).

use crate::dig::*;
use crate::fixtures;
use crate::harness::{Output, TempDir, expect, rlookup};
use crate::server::{GlueServer, RawServer, SilentServer};

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

/// The system's view of the +trace chain's name servers: a hosts file
/// (RLOOKUP_HOSTS) naming them as the chain serves them, and a resolv.conf
/// whose server (127.0.0.253, where nothing listens) fails any other name
/// at once, as getaddrinfo() would with that configuration.
const TRACE_HOSTS: &str = "127.0.0.2 ns.root\n127.0.0.3 ns.tld.test\n127.0.0.4 ns.example.test\n";
const TRACE_RESOLV_CONF: &str = "nameserver 127.0.0.253\noptions timeout:1 attempts:1\n";

/// `cmd` with this hosts file and TRACE_RESOLV_CONF; the directory holding
/// the file lives as long as the returned value.
fn with_hosts(cmd: crate::harness::Cmd, hosts: &str) -> (crate::harness::Cmd, TempDir) {
    let dir = TempDir::new("hosts");
    let file = dir.0.join("hosts");
    std::fs::write(&file, hosts).unwrap();
    (cmd.env("RLOOKUP_HOSTS", file.to_str().unwrap()).resolv_conf(TRACE_RESOLV_CONF), dir)
}

/// `rlookup --dig -p P @127.0.0.2 ARGS` over the +trace chain (rlookup's
/// own `--dig` is not shown in the banner), its name servers' names
/// resolved through `hosts`.
fn trace_with(chain_port: u16, args: &str, hosts: &str) -> Output {
    let mut argv = vec!["--dig".to_string(), "-p".into(), chain_port.to_string(), "@127.0.0.2".into()];
    argv.extend(args.split_whitespace().map(str::to_string));
    let (cmd, _dir) = with_hosts(rlookup(&argv), hosts);
    cmd.run()
}

/// The same with the chain's own names (TRACE_HOSTS).
fn trace(chain_port: u16, args: &str) -> Output {
    trace_with(chain_port, args, TRACE_HOSTS)
}

/// What `dig -p P @127.0.0.2 ARGS` prints over the +trace chain to
/// www.example.test, the `test.` server reached at `tld`.
fn trace_of_www(args: &str, tld: &str) -> String {
    format!(
        "
; <<>> {{client}} <<>> -p {{port}} @127.0.0.2 {args}
; (1 server found)
;; global options: +cmd
.\t\t\t518400\tIN\tNS\tns.root.
;; Received 64 bytes from 127.0.0.2#{{port}}(127.0.0.2) in N ms

test.\t\t\t172800\tIN\tNS\tns.tld.test.
;; Received 82 bytes from 127.0.0.2#{{port}}(ns.root) in N ms

example.test.\t\t86400\tIN\tNS\tns.example.test.
;; Received 78 bytes from {tld}#{{port}}(ns.tld.test) in N ms

www.example.test.\t3600\tIN\tA\t192.0.2.80
;; Received 77 bytes from 127.0.0.4#{{port}}(ns.example.test) in N ms

"
    )
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
    check_output(out, p, "", &trace_of_www("+trace www.example.test", "127.0.0.3"), "", 0);
}

/// The same through a link named dig: the banner shows the arguments as
/// given.
#[test]
fn trace_as_dig() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    let (cmd, _dir) = with_hosts(dig("-p {port} @127.0.0.2 +trace www.example.test", p, ""), TRACE_HOSTS);
    let out = cmd.run();
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

/// dig's followup_lookup() asks the system resolver (getaddresses()) for
/// the address of each name server a referral names, never the referral's
/// glue: here the hosts file puts ns.tld.test on 127.0.0.5, while the
/// root's glue says 127.0.0.3, where nothing answers (its sockets are held
/// unread). The trace goes on through 127.0.0.5.
#[test]
fn trace_asks_the_system_resolver_not_the_glue() {
    let (_guard, pairs) = fixtures::same_port(&[2, 3, 4, 5]);
    let mut pairs = pairs.into_iter();
    let root = GlueServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_ROOT], fixtures::TRACE_ROOT_GLUE);
    let _silent_glue_address = pairs.next().unwrap();
    let _zone = crate::server::DnsServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_EXAMPLE]);
    let _tld = GlueServer::serve(pairs.next().unwrap(), &[fixtures::TRACE_TLD], fixtures::TRACE_TLD_GLUE);
    let p = root.addr.port();
    let hosts = "127.0.0.2 ns.root\n127.0.0.5 ns.tld.test\n127.0.0.4 ns.example.test\n";
    check_output(
        trace_with(p, "+time=1 +tries=1 +trace www.example.test", hosts),
        p,
        "",
        &trace_of_www("+time=1 +tries=1 +trace www.example.test", "127.0.0.5"),
        "",
        0,
    );
}

/// A referral to a name server whose name the system resolver cannot
/// resolve (a lame delegation, as the lab's lame.lab), although the
/// referral carries glue for it: dig prints the referral's records, then
/// `couldn't get address for 'NAME': failure` on stdout; with no server
/// left, fatal() says `no more` (the loop's last result) and exits 1
/// (BIND's dig +trace lame.lab in the lab says the same: the golden
/// trace-lame).
#[test]
fn trace_to_a_name_server_without_address() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    check_output(
        trace_with(p, "+trace www.example.test", "127.0.0.2 ns.root\n127.0.0.4 ns.example.test\n"),
        p,
        "",
        "
; <<>> {client} <<>> -p {port} @127.0.0.2 +trace www.example.test
; (1 server found)
;; global options: +cmd
.			518400	IN	NS	ns.root.
;; Received 64 bytes from 127.0.0.2#{port}(127.0.0.2) in N ms

test.			172800	IN	NS	ns.tld.test.
couldn't get address for 'ns.tld.test': failure
",
        "dig: couldn't get address for 'ns.tld.test': no more\n",
        1,
    );
}

/// +nssearch on a zone with one name server: its SOA line, exit 0, over
/// UDP and TCP. A deliberate difference from BIND 9.18.49, whose dig
/// decides that no server answered as soon as its last query is *sent*
/// (send_done() -> nssearch_next()), so with one name server address it
/// prints `;; NS servers could not be reached` and exits 9 although the
/// server answers (README, FAQ).
#[test]
fn nssearch_one_name_server_prints_its_soa() {
    let chain = fixtures::trace_chain();
    let p = chain.port();
    for transport in ["+notcp", "+tcp"] {
        let argv = ["--dig", "-p", &p.to_string(), "@127.0.0.4", transport, "+nssearch", "example.test"];
        let (cmd, _dir) = with_hosts(rlookup(&argv), TRACE_HOSTS);
        check_output(
            cmd.run(),
            p,
            "",
            "SOA ns.example.test. hostmaster.example.test. 1 7200 3600 1209600 300 from server 127.0.0.4 in N ms.\n",
            "",
            0,
        );
    }
}

/// +nssearch on a zone with two name servers (both named on 127.0.0.1
/// here): a line from each, exit 0; BIND's dig prints the same.
#[test]
fn nssearch_two_name_servers() {
    let server = fixtures::server();
    let p = server.port();
    let argv = ["--dig", "-p", &p.to_string(), "@127.0.0.1", "+nssearch", "example.test"];
    let (cmd, _dir) = with_hosts(rlookup(&argv), "127.0.0.1 ns1.example.test ns2.example.test\n");
    let line = "SOA ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300 from server 127.0.0.1 in N ms.\n";
    check_output(cmd.run(), p, "", &line.repeat(2), "", 0);
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
