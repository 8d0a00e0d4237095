//! rlookup's own options against the in-process servers: --table,
//! --color, --dump (and its pcap file), --servers; and dig's IDN
//! conversion (+idnin/+idnout, whose texts were produced by BIND 9.18.49's
//! dig against the same fixture zones). --json is tests/json.rs's.

use std::path::Path;

use crate::dig::{check, normalize};
use crate::fixtures;
use crate::harness::{Output, TempDir, expect, rlookup};
use rlookup::render::style::strip_ansi;

/// `rlookup ARGS` against a fresh fixture server (`{port}` in ARGS is
/// its port), and the port.
fn run(args: &str) -> (Output, u16) {
    let server = fixtures::server();
    let p = server.port();
    let argv: Vec<String> = args.split_whitespace().map(|a| a.replace("{port}", &p.to_string())).collect();
    (rlookup(&argv).run(), p)
}

/// The table's summary line ends with the query time: `in N ms`.
fn mask_summary_time(text: &str) -> String {
    text.lines()
        .map(|l| match (l.starts_with(";; "), l.strip_suffix(" ms").and_then(|s| s.rfind(" in ").map(|at| (s, at)))) {
            (true, Some((s, at))) if s[at + 4..].chars().all(|c| c.is_ascii_digit()) => format!("{} in N ms\n", &s[..at]),
            _ => format!("{l}\n"),
        })
        .collect()
}

// ===== --table =====

#[test]
fn table_of_an_mx_answer_is_plain_ascii_off_a_terminal() {
    for dialect in ["--dig -p {port} @127.0.0.1 example.test mx", "-port={port} -type=mx example.test 127.0.0.1"] {
        let (out, p) = run(&format!("--table {dialect}"));
        let out = Output { stdout: mask_summary_time(&out.stdout), ..out };
        expect(
            &out,
            &format!(
                ";; example.test. IN MX: NOERROR, authoritative from 127.0.0.1#{p}(127.0.0.1) (UDP) in N ms
+---------------+------+-------+------+------------------------+
| NAME          | TTL  | CLASS | TYPE | DATA                   |
+---------------+------+-------+------+------------------------+
| example.test. | 3600 | IN    | MX   | 10 mail.example.test.  |
| example.test. | 3600 | IN    | MX   | 20 mail2.example.test. |
+---------------+------+-------+------+------------------------+

"
            ),
            "",
            0,
        );
    }
}

/// Every section, each under its name; an empty one says so. (hickory
/// adds the address of the first exchanger only.)
#[test]
fn table_all_sections() {
    let (out, p) = run("--dig --table=all -p {port} @127.0.0.1 example.test mx");
    let out = Output { stdout: mask_summary_time(&out.stdout), ..out };
    expect(
        &out,
        &format!(
            ";; example.test. IN MX: NOERROR, authoritative from 127.0.0.1#{p}(127.0.0.1) (UDP) in N ms
ANSWER
+---------------+------+-------+------+------------------------+
| NAME          | TTL  | CLASS | TYPE | DATA                   |
+---------------+------+-------+------+------------------------+
| example.test. | 3600 | IN    | MX   | 10 mail.example.test.  |
| example.test. | 3600 | IN    | MX   | 20 mail2.example.test. |
+---------------+------+-------+------+------------------------+
AUTHORITY
(no records)
ADDITIONAL
+--------------------+------+-------+------+------------+
| NAME               | TTL  | CLASS | TYPE | DATA       |
+--------------------+------+-------+------+------------+
| mail.example.test. | 3600 | IN    | A    | 192.0.2.25 |
+--------------------+------+-------+------+------------+

"
        ),
        "",
        0,
    );
}

#[test]
fn table_authority_of_an_nxdomain() {
    let (out, p) = run("--dig --table=authority -p {port} @127.0.0.1 nosuch.example.test");
    let out = Output { stdout: mask_summary_time(&out.stdout), ..out };
    expect(
        &out,
        &format!(
            ";; nosuch.example.test. IN A: NXDOMAIN, authoritative from 127.0.0.1#{p}(127.0.0.1) (UDP) in N ms
+---------------+------+-------+------+-----------------------------------------------------------------------------+
| NAME          | TTL  | CLASS | TYPE | DATA                                                                        |
+---------------+------+-------+------+-----------------------------------------------------------------------------+
| example.test. | 3600 | IN    | SOA  | ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300 |
+---------------+------+-------+------+-----------------------------------------------------------------------------+

"
        ),
        "",
        0,
    );
}

/// nslookup's default lookup is two queries (A, then AAAA): their two
/// summary lines, one table. A REFUSED response has no records.
#[test]
fn table_per_response() {
    let (out, p) = run("--table -port={port} dual.example.test 127.0.0.1");
    let out = Output { stdout: mask_summary_time(&out.stdout), ..out };
    expect(
        &out,
        &format!(
            ";; dual.example.test. IN A: NOERROR, authoritative from 127.0.0.1#{p}(127.0.0.1) (UDP) in N ms
;; dual.example.test. IN AAAA: NOERROR, authoritative from 127.0.0.1#{p}(127.0.0.1) (UDP) in N ms
+--------------------+------+-------+------+--------------+
| NAME               | TTL  | CLASS | TYPE | DATA         |
+--------------------+------+-------+------+--------------+
| dual.example.test. | 3600 | IN    | A    | 192.0.2.81   |
| dual.example.test. | 3600 | IN    | AAAA | 2001:db8::81 |
+--------------------+------+-------+------+--------------+

"
        ),
        "",
        0,
    );
    let (out, p) = run("--dig --table -p {port} @127.0.0.1 +tcp www.example.com");
    let out = Output { stdout: mask_summary_time(&out.stdout), ..out };
    expect(&out, &format!(";; www.example.com. IN A: REFUSED from 127.0.0.1#{p}(127.0.0.1) (TCP) in N ms\n(no records)\n\n"), "", 0);
}

#[test]
fn table_bad_section_is_a_usage_error() {
    let (out, _) = run("--dig --table=bogus -p {port} @127.0.0.1 www.example.test");
    expect(&out, "", "--table: unknown section 'bogus' (answer, authority, additional, all)\n", 1);
}

// ===== --color =====

/// --color=always colors; without the escapes it is --color=never's text,
/// byte for byte (what varies from run to run masked), in both dialects.
#[test]
fn color_always_is_never_plus_escapes() {
    let cases = [
        "--dig -p {port} @127.0.0.1 example.test mx",
        "--dig -p {port} @127.0.0.1 +qr +multiline example.test soa",
        "--dig -p {port} @127.0.0.1 nosuch.example.test",
        "--dig -p {port} @127.0.0.1 +short multi.example.test",
        "-port={port} -type=mx example.test 127.0.0.1",
        "-port={port} alias.example.test 127.0.0.1",
        "-port={port} -debug nosuch.example.test 127.0.0.1",
        "--table=all -port={port} -type=mx example.test 127.0.0.1",
    ];
    for args in cases {
        let server = fixtures::server();
        let argv = |color: &str| -> Vec<String> {
            let mut v = vec![format!("--color={color}")];
            v.extend(args.split_whitespace().map(|a| a.replace("{port}", &server.port().to_string())));
            v
        };
        let colored = rlookup(&argv("always")).run();
        let plain = rlookup(&argv("never")).run();
        assert!(colored.stdout.contains("\x1b["), "{args}: no color in {:?}", colored.stdout);
        assert!(!plain.stdout.contains('\x1b'), "{args}: {:?}", plain.stdout);
        let stripped = strip_ansi(&colored.stdout);
        assert_eq!(mask_summary_time(&normalize(&stripped)), mask_summary_time(&normalize(&plain.stdout)), "{args}");
        assert_eq!((colored.stderr, colored.status), (plain.stderr, plain.status), "{args}");
    }
}

/// Off a terminal, --color=auto (the default) does not color.
#[test]
fn color_auto_off_a_terminal() {
    let (out, _) = run("--dig --color=auto -p {port} @127.0.0.1 example.test mx");
    assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
    let (out, _) = run("-port={port} -type=mx example.test 127.0.0.1");
    assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
}

/// On a terminal --color=auto colors, unless NO_COLOR is set (no-color.org);
/// --color=always colors all the same.
#[test]
fn no_color_turns_auto_off_on_a_terminal() {
    let server = fixtures::server();
    let home = TempDir::new("color");
    let on_pty = |color: &str, no_color: Option<&str>| -> String {
        let resolv = home.0.join("resolv.conf");
        std::fs::write(&resolv, "nameserver 127.0.0.1\n").unwrap();
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rlookup"));
        cmd.args([format!("--color={color}"), "--dig".into(), "-p".into(), server.port().to_string(), "@127.0.0.1".into()])
            .args(["+noall", "+answer", "www.example.test"])
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", &home.0)
            .env("TERM", "xterm")
            .env("LC_ALL", "C.UTF-8")
            .env("RLOOKUP_RESOLV_CONF", &resolv);
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let options = rexpect::session::Options::new().timeout_ms(Some(10_000)).strip_ansi_escape_codes(false);
        let mut p = rexpect::session::spawn_with_options(cmd, options).expect("rlookup runs on a pty");
        p.exp_eof().expect("the run ends")
    };
    let auto = on_pty("auto", None);
    assert!(auto.contains("\x1b["), "{auto:?}");
    assert!(strip_ansi(&auto).contains("www.example.test.\t3600\tIN\tA\t192.0.2.80"), "{auto:?}");
    let no_color = on_pty("auto", Some("1"));
    assert!(!no_color.contains('\x1b'), "{no_color:?}");
    assert!(no_color.contains("www.example.test.\t3600\tIN\tA\t192.0.2.80"), "{no_color:?}");
    // An empty NO_COLOR does not count (no-color.org).
    assert!(on_pty("auto", Some("")).contains("\x1b["));
    assert!(on_pty("always", Some("1")).contains("\x1b["));
    assert!(!on_pty("never", None).contains('\x1b'));
}

#[test]
fn color_bad_value_is_a_usage_error() {
    let (out, _) = run("--color=sometimes --dig -p {port} @127.0.0.1 www.example.test");
    assert_eq!(out.status, 1);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("invalid value 'sometimes' for '--color <WHEN>'"), "{}", out.stderr);
}

// ===== --dump =====

/// The lines of a dump that must be there, in this order.
#[track_caller]
fn assert_in_order(text: &str, lines: &[&str]) {
    let all: Vec<&str> = text.lines().collect();
    let mut at = 0;
    for want in lines {
        match all[at..].iter().position(|l| l == want) {
            Some(i) => at += i + 1,
            None => panic!("{want:?} missing (or out of order) after line {at} of:\n{text}"),
        }
    }
}

/// After the normal output, each packet dissected as Wireshark does, with
/// a hex dump. +qid and +nocookie make the query's bytes fixed.
#[test]
fn dump_after_the_output() {
    let (out, p) = run("--dig --dump +qid=4660 +nocookie +short -p {port} @127.0.0.1 www.example.test");
    assert_eq!(out.status, 0);
    assert_eq!(out.stderr, "");
    assert!(out.stdout.starts_with("192.0.2.80\nQuery sent to "), "{}", out.stdout);
    let sent = format!("Query sent to 127.0.0.1#{p} over UDP (45 bytes)");
    let received = format!("Response received from 127.0.0.1#{p} over UDP (77 bytes)");
    assert_in_order(
        &out.stdout,
        &[
            "192.0.2.80",
            &sent,
            "Domain Name System (query)",
            "    Transaction ID: 0x1234",
            "    Flags: 0x0120 Standard query",
            "        .... ...1 .... .... = Recursion desired: Do query recursively",
            "    Questions: 1",
            "    Additional RRs: 1",
            "    Queries",
            "        www.example.test: type A, class IN",
            "            Name: www.example.test",
            "            Type: A (Host Address) (1)",
            "            Class: IN (0x0001)",
            "        <Root>: type OPT",
            "            UDP payload size: 1232",
            "0000  12 34 01 20 00 01 00 00 00 00 00 01 03 77 77 77   .4. .........www",
            &received,
            "Domain Name System (response)",
            "    Transaction ID: 0x1234",
            "        .... .1.. .... .... = Authoritative: Server is an authority for domain",
            "    Answer RRs: 1",
            "    Answers",
            "        www.example.test: type A, class IN, addr 192.0.2.80",
            "            Time to live: 3600 (1 hour)",
            "            Address: 192.0.2.80",
            "0000  12 34 85 00 00 01 00 01 00 00 00 01 03 77 77 77   .4...........www",
        ],
    );
}

/// Over TCP the dump shows the 2-byte length too.
#[test]
fn dump_over_tcp() {
    let (out, p) = run("--dig --dump +tcp +qid=4660 +nocookie +short -p {port} @127.0.0.1 www.example.test");
    let sent = format!("Query sent to 127.0.0.1#{p} over TCP (45 bytes + 2-byte length)");
    let received = format!("Response received from 127.0.0.1#{p} over TCP (77 bytes + 2-byte length)");
    assert_in_order(
        &out.stdout,
        &[
            "192.0.2.80",
            &sent,
            "    Length: 45",
            "0000  00 2d 12 34 01 20 00 01 00 00 00 00 00 01 03 77   .-.4. .........w",
            &received,
            "    Length: 77",
            "0000  00 4d 12 34 85 00 00 01 00 01 00 00 00 01 03 77   .M.4...........w",
        ],
    );
}

/// nslookup's A and AAAA queries, all dissected.
#[test]
fn dump_in_the_nslookup_dialect() {
    let (out, p) = run("--dump -port={port} www.example.test 127.0.0.1");
    assert!(
        out.stdout.starts_with(&format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n")),
        "{}",
        out.stdout
    );
    assert_in_order(
        &out.stdout,
        &[
            "Domain Name System (query)",
            "        www.example.test: type A, class IN",
            "Domain Name System (response)",
            "        www.example.test: type A, class IN, addr 192.0.2.80",
            "Domain Name System (query)",
            "        www.example.test: type AAAA, class IN",
            "Domain Name System (response)",
        ],
    );
    assert_eq!(out.status, 0);
}

/// "After the normal output": nslookup's output ends with a blank line,
/// which belongs before the dissection, as dig's does.
#[test]
fn dump_comes_after_the_whole_nslookup_output() {
    let (out, p) = run("--dump -port={port} www.example.test 127.0.0.1");
    assert!(
        out.stdout.starts_with(&format!(
            "Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{p}\n\nName:\twww.example.test\nAddress: 192.0.2.80\n\nQuery sent to "
        )),
        "{}",
        out.stdout
    );
}

/// --dump-stderr: standard output is what it is without --dump.
#[test]
fn dump_stderr() {
    let (out, p) = run("--dig --dump --dump-stderr +qid=4660 +nocookie +short -p {port} @127.0.0.1 www.example.test");
    assert_eq!(out.stdout, "192.0.2.80\n");
    assert!(
        out.stderr.starts_with(&format!(
            "Query sent to 127.0.0.1#{p} over UDP (45 bytes)\nDomain Name System (query)\n    Transaction ID: 0x1234\n"
        )),
        "{}",
        out.stderr
    );
    assert_in_order(&out.stderr, &["Domain Name System (response)", "        www.example.test: type A, class IN, addr 192.0.2.80"]);
    assert_eq!(out.status, 0);
}

/// `tshark -r FILE`, the server's port decoded as DNS (when tshark is on PATH; RLOOKUP_REQUIRE_TSHARK=1
/// makes its absence a failure): its packet list, or None.
fn tshark_list(file: &Path, port: u16) -> Option<String> {
    let required = std::env::var_os("RLOOKUP_REQUIRE_TSHARK").is_some_and(|v| v == "1");
    // The server is not on port 53: say that its port is DNS.
    let decode = [format!("udp.port=={port},dns"), format!("tcp.port=={port},dns")];
    match std::process::Command::new("tshark").arg("-n").args(["-d", &decode[0], "-d", &decode[1]]).arg("-r").arg(file).output() {
        Ok(out) => {
            assert!(out.status.success(), "tshark -r {}: {}", file.display(), String::from_utf8_lossy(&out.stderr));
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(!required, "RLOOKUP_REQUIRE_TSHARK=1 but tshark is not on PATH");
            eprintln!("tshark not on PATH: the pcap file is not read back");
            None
        }
        Err(e) => panic!("tshark: {e}"),
    }
}

/// --dump=FILE.pcap writes the packets to a pcap file (the dissection is
/// still printed), which tshark reads back.
#[test]
fn dump_to_a_pcap_file() {
    let dir = TempDir::new("pcap");
    let file = dir.0.join("out.pcap");
    let (out, p) = run(&format!("--dig --dump={} +qid=4660 +nocookie +short -p {{port}} @127.0.0.1 www.example.test", file.display()));
    assert_eq!(out.status, 0, "{out:?}");
    assert!(out.stdout.starts_with("192.0.2.80\nQuery sent to "), "{}", out.stdout);
    let bytes = std::fs::read(&file).expect("the pcap file is written");
    let magic = &bytes[..4];
    assert!(
        [[0xa1, 0xb2, 0xc3, 0xd4], [0xd4, 0xc3, 0xb2, 0xa1], [0xa1, 0xb2, 0x3c, 0x4d], [0x4d, 0x3c, 0xb2, 0xa1]].iter().any(|m| m == magic),
        "not a pcap file: {magic:02x?}"
    );
    if let Some(list) = tshark_list(&file, p) {
        let lines: Vec<&str> = list.lines().collect();
        assert_eq!(lines.len(), 2, "{list}");
        assert!(lines[0].contains("127.0.0.1 → 127.0.0.1") || lines[0].contains("127.0.0.1 -> 127.0.0.1"), "{list}");
        assert!(lines[0].contains("DNS") && lines[0].contains("Standard query 0x1234 A www.example.test"), "{list}");
        assert!(lines[1].contains("Standard query response 0x1234 A www.example.test A 192.0.2.80"), "{list}");
    }
}

/// Over TCP the pcap holds the stream's segments; tshark still finds both
/// DNS messages.
#[test]
fn dump_to_a_pcap_file_over_tcp() {
    let dir = TempDir::new("pcap");
    let file = dir.0.join("tcp.pcap");
    let (out, p) = run(&format!("--dig --dump={} +tcp +qid=4660 +nocookie +short -p {{port}} @127.0.0.1 www.example.test", file.display()));
    assert_eq!(out.status, 0, "{out:?}");
    if let Some(list) = tshark_list(&file, p) {
        assert!(list.contains("Standard query 0x1234 A www.example.test"), "{list}");
        assert!(list.contains("Standard query response 0x1234 A www.example.test A 192.0.2.80"), "{list}");
    }
}

// ===== --servers =====

/// `rlookup --servers ARGS` with this resolv.conf, and resolved's runtime
/// directory `resolved` (files in it given as name and contents).
fn servers(args: &[&str], resolv_conf: &str, resolved: &[(&str, &str)]) -> (Output, String, String) {
    let dir = TempDir::new("servers");
    let rc = dir.0.join("resolv.conf");
    std::fs::write(&rc, resolv_conf).unwrap();
    let rdir = dir.0.join("resolve");
    if !resolved.is_empty() {
        std::fs::create_dir_all(&rdir).unwrap();
        for (name, text) in resolved {
            std::fs::write(rdir.join(name), text).unwrap();
        }
    }
    let mut argv = vec!["--servers"];
    argv.extend(args);
    let out =
        rlookup(&argv).env("RLOOKUP_RESOLV_CONF", &rc.display().to_string()).env("RLOOKUP_RESOLVED_DIR", &rdir.display().to_string()).run();
    (out, rc.display().to_string(), rdir.display().to_string())
}

#[test]
fn servers_from_resolv_conf() {
    let (out, rc, _) =
        servers(&[], "nameserver 127.0.0.1\nnameserver ::1\nsearch a.test b.test\noptions ndots:3 timeout:2 attempts:4\n", &[]);
    expect(
        &out,
        &format!(
            "+-----------+------+-------------+------+
| SERVER    | PORT | SOURCE      | USED |
+-----------+------+-------------+------+
| 127.0.0.1 | 53   | resolv.conf | yes  |
+-----------+------+-------------+------+
| ::1       | 53   | resolv.conf | yes  |
+-----------+------+-------------+------+
search list: a.test b.test
ndots: 3
timeout: 2 s
attempts: 4
read from: {rc}
"
        ),
        "",
        0,
    );
}

/// A server on the command line (either dialect) is the one used, with
/// its port.
#[test]
fn servers_with_a_command_line_server() {
    let (out, _, _) = servers(&["--dig", "-p", "5300", "@127.0.0.9"], "nameserver 127.0.0.1\n", &[]);
    assert!(out.stdout.starts_with("+-----------+------+--------------+"), "{}", out.stdout);
    assert!(out.stdout.contains("| 127.0.0.9 | 5300 | command line | yes "), "{}", out.stdout);
    let unused = out.stdout.lines().find(|l| l.starts_with("| 127.0.0.1 ")).unwrap();
    assert!(unused.contains(" resolv.conf ") && unused.contains("| no (a server was given) |"), "{unused}");
    let (out, _, _) = servers(&["-port=5300"], "nameserver 127.0.0.1\n", &[]);
    assert!(out.stdout.contains("| 127.0.0.1 | 5300 | resolv.conf | yes  |"), "{}", out.stdout);
    assert_eq!(out.status, 0);
}

/// 127.0.0.53 in resolv.conf is systemd-resolved's stub (recognized by
/// its address): the servers behind it, from resolved's own resolv.conf,
/// are listed too, not used (--upstream uses them).
#[test]
fn servers_behind_the_resolved_stub() {
    let upstream = [(
        "resolv.conf",
        "# This is /run/systemd/resolve/resolv.conf\nnameserver 192.0.2.1\nnameserver 2001:db8::1\nsearch example.test\n",
    )];
    let (out, rc, rdir) = servers(&[], "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch example.test big.test\n", &upstream);
    expect(
        &out,
        &format!(
            "+-------------+------+---------------------------+---------------------+
| SERVER      | PORT | SOURCE                    | USED                |
+-------------+------+---------------------------+---------------------+
| 127.0.0.53  | 53   | systemd-resolved stub     | yes                 |
+-------------+------+---------------------------+---------------------+
| 192.0.2.1   | 53   | systemd-resolved upstream | no (use --upstream) |
+-------------+------+---------------------------+---------------------+
| 2001:db8::1 | 53   | systemd-resolved upstream | no (use --upstream) |
+-------------+------+---------------------------+---------------------+
search list: example.test big.test
ndots: 1
timeout: default (5 s UDP, 10 s TCP)
attempts: 3
read from: {rc}, {rdir}/resolv.conf
"
        ),
        "",
        0,
    );
    let (out, rc, rdir) = servers(&["--upstream"], "nameserver 127.0.0.53\nsearch example.test big.test\n", &upstream);
    expect(
        &out,
        &format!(
            "+-------------+------+---------------------------+------+
| SERVER      | PORT | SOURCE                    | USED |
+-------------+------+---------------------------+------+
| 192.0.2.1   | 53   | systemd-resolved upstream | yes  |
+-------------+------+---------------------------+------+
| 2001:db8::1 | 53   | systemd-resolved upstream | yes  |
+-------------+------+---------------------------+------+
search list: example.test
ndots: 1
timeout: default (5 s UDP, 10 s TCP)
attempts: 3
read from: {rc}, {rdir}/resolv.conf
"
        ),
        "",
        0,
    );
}

/// Another loopback address is not the stub: resolved's files are not
/// read, even when they exist.
#[test]
fn servers_other_loopback_is_not_the_stub() {
    let upstream = [("resolv.conf", "nameserver 192.0.2.1\n")];
    let (out, rc, _) = servers(&[], "nameserver 127.0.0.1\n", &upstream);
    assert!(out.stdout.contains("| 127.0.0.1 | 53   | resolv.conf | yes  |"), "{}", out.stdout);
    assert!(!out.stdout.contains("192.0.2.1"), "{}", out.stdout);
    assert!(out.stdout.ends_with(&format!("read from: {rc}\n")), "{}", out.stdout);
}

/// The stub in use but resolved's directory missing: no upstreams, and
/// only the file really read is named.
#[test]
fn servers_stub_without_resolved_files() {
    let (out, rc, _) = servers(&[], "nameserver 127.0.0.53\n", &[]);
    assert!(out.stdout.contains("| 127.0.0.53 | 53   | systemd-resolved stub | yes  |"), "{}", out.stdout);
    assert!(out.stdout.ends_with(&format!("read from: {rc}\n")), "{}", out.stdout);
}

// ===== IDN: dig's +idnin / +idnout (expected texts from BIND's dig) =====

/// +idnin: the query carries xn--bcher-kva (the fixture zone has it).
#[test]
fn idnin_sends_the_a_label() {
    check(
        r#"-p {port} @127.0.0.1 +idnin bücher.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +idnin bücher.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;xn--bcher-kva.example.test.	IN	A

;; ANSWER SECTION:
xn--bcher-kva.example.test. 3600 IN	A	192.0.2.70

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 97

"#,
        r#""#,
        0,
    );
}

#[test]
fn idnin_and_idnout() {
    check(
        r#"-p {port} @127.0.0.1 +idnin +idnout bücher.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +idnin +idnout bücher.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;bücher.example.test.		IN	A

;; ANSWER SECTION:
bücher.example.test.	3600	IN	A	192.0.2.70

;; Query time: N msec
;; SERVER: 127.0.0.1#{port}(127.0.0.1) (UDP)
;; WHEN: DATE
;; MSG SIZE  rcvd: 97

"#,
        r#""#,
        0,
    );
}

#[test]
fn idnout_shows_u_labels() {
    check(
        r#"-p {port} @127.0.0.1 +idnout +noall +answer xn--bcher-kva.example.test"#,
        r#"bücher.example.test.	3600	IN	A	192.0.2.70
"#,
        r#""#,
        0,
    );
}

/// Not a terminal, and +idnin is off by default there: the UTF-8 bytes go
/// as they are (and the name does not exist).
#[test]
fn noidnin_sends_utf8_bytes() {
    check(
        r#"-p {port} @127.0.0.1 +noidnin bücher.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +noidnin bücher.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;b\195\188cher.example.test.	IN	A

;; AUTHORITY SECTION:
example.test.		3600	IN	SOA	ns1.example.test. hostmaster.example.test. 2026010100 7200 3600 1209600 300

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
fn idnin_short() {
    check(
        r#"-p {port} @127.0.0.1 +idnin +short bücher.example.test"#,
        r#"192.0.2.70
"#,
        r#""#,
        0,
    );
}

#[test]
fn idnin_bad_a_label() {
    check(
        r#"-p {port} @127.0.0.1 +idnin xn--a.example.test"#,
        r#""#,
        r#"dig: 'xn--a.example.test' is not a legal IDNA2008 name (domain label has character forbidden in non-transitional mode (TR46)), use +noidnin
"#,
        1,
    );
}

#[test]
fn idnin_two_hyphens() {
    check(
        r#"-p {port} @127.0.0.1 +idnin ab--c.example.test"#,
        r#""#,
        r#"dig: 'ab--c.example.test' is not a legal IDNA2008 name (string contains forbidden two hyphens pattern), use +noidnin
"#,
        1,
    );
}

#[test]
fn idnin_roundtrip_failed() {
    check(
        r#"-p {port} @127.0.0.1 +idnin ü*.example.test"#,
        r#""#,
        r#"dig: 'ü*.example.test' is not a legal IDNA2008 name (A-label roundtrip failed), use +noidnin
"#,
        1,
    );
}

#[test]
fn idnin_invalid_punycode() {
    check(
        r#"-p {port} @127.0.0.1 +idnin xn--bcher-kva9.example.test"#,
        r#""#,
        r#"dig: 'xn--bcher-kva9.example.test' is not a legal IDNA2008 name (string contains invalid punycode data), use +noidnin
"#,
        1,
    );
}

#[test]
fn idnin_empty_punycode() {
    check(
        r#"-p {port} @127.0.0.1 +idnin xn--.example.test"#,
        r#""#,
        r#"dig: 'xn--.example.test' is not a legal IDNA2008 name (string contains invalid punycode data), use +noidnin
"#,
        1,
    );
}

#[test]
fn idnin_fullwidth_letters() {
    check(
        r#"-p {port} @127.0.0.1 +idnin +noall +question ＡＢＣ.example.test"#,
        r#";abc.example.test.		IN	A
"#,
        r#""#,
        0,
    );
}

#[test]
fn idnin_cjk() {
    check(
        r#"-p {port} @127.0.0.1 +idnin +noall +question 日本.example.test"#,
        r#";xn--wgv71a.example.test.	IN	A
"#,
        r#""#,
        0,
    );
}

#[test]
fn idnin_three_byte_then_two_byte() {
    check(
        r#"-p {port} @127.0.0.1 +idnin +noall +question müü.example.test"#,
        r#";xn--m-ehaa.example.test.	IN	A
"#,
        r#""#,
        0,
    );
}

/// +idnout meets a name it cannot convert (here the question's): dig's
/// fatal(), after what was printed so far; exit 1.
#[test]
fn idnout_not_a_legal_name_is_fatal() {
    check(
        r#"-p {port} @127.0.0.1 +idnout xn--a.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +idnout xn--a.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available
"#,
        r#"dig: 'xn--a.example.test.' is not a legal IDNA2008 name (string contains a disallowed character), use +noidnout
"#,
        1,
    );
}

#[test]
fn idnout_bad_ace_is_fatal() {
    check(
        r#"-p {port} @127.0.0.1 +idnout xn--zz.example.test"#,
        r#"
; <<>> {client} <<>> -p {port} @127.0.0.1 +idnout xn--zz.example.test
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ID
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available
"#,
        r#"dig: Bad ACE string 'xn--zz.example.test.' (string contains invalid punycode data), use +noidnout
"#,
        1,
    );
}

/// The cells of the table's rows (`| a | b |` -> ["a", "b"]).
fn rows(table: &str) -> Vec<Vec<String>> {
    table.lines().filter(|l| l.starts_with("| ")).map(|l| l.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect()).collect()
}

/// --servers shows what the arguments set up: every @server of several
/// queries, and the timeout and tries of +time/+tries or -timeout/-retry.
#[test]
fn servers_follow_the_dialect_settings() {
    let (out, _, _) =
        servers(&["--dig", "+time=2", "+tries=1", "@127.0.0.9", "a.example", "@127.0.0.10", "b.example"], "nameserver 127.0.0.1\n", &[]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(
        rows(&out.stdout)[1..],
        [
            ["127.0.0.9", "53", "command line", "yes"],
            ["127.0.0.10", "53", "command line", "yes"],
            ["127.0.0.1", "53", "resolv.conf", "no (a server was given)"],
        ]
    );
    assert!(out.stdout.contains("timeout: 2 s\nattempts: 1\n"), "{}", out.stdout);
    let (out, _, _) = servers(&["-timeout=3", "-retry=2", "-port=5300", "x.example", "127.0.0.9"], "nameserver 127.0.0.1\n", &[]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(rows(&out.stdout)[1..], [["127.0.0.9", "5300", "command line", "yes"]]);
    assert!(out.stdout.contains("timeout: 3 s\nattempts: 2\n"), "{}", out.stdout);
}
