//! The hostile-server suite: the built binary, in the dig dialect (and
//! nslookup's where its text differs), against servers on 127.0.0.1 that
//! misbehave on purpose (`hostile_server.rs`): a wrong ID, a wrong
//! question, replies from another address or port, garbage, runts and
//! headers whose counts lie; TC=1 followed by a TCP side that refuses,
//! resets, closes short of the length it promised, dribbles, or sends an
//! empty message; compression loops and pointers past the end; labels over
//! 63 and names over 255 octets; 64 KB answers over TCP; and terminal
//! controls (ESC, NUL, DEL, C1, bidi overrides) in owner names, TXT and EDE
//! text. Each case asserts, through [`check`]: BIND 9.18's exact text
//! (normalized as `dig.rs` does; `+qid=4660` keeps dig's IDs fixed), the
//! exit status, a wall time under timeout x tries (plus [`SLACK`]), and
//! that no raw control byte or bidi control reaches stdout or stderr.
//!
//! The expected texts are BIND 9.18.49's: `RLOOKUP_HOSTILE_BIND=1 cargo
//! test --test integration hostile::` runs BIND's own `dig` and `nslookup`
//! (from PATH) in place of rlookup against the same servers and checks
//! them against the same expectations. Cases where rlookup deliberately
//! differs (text that would reach the terminal raw) or has no BIND
//! counterpart (--json, --style=windows) are skipped then.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::dig::{client, mask_digits, normalize};
use crate::harness::{Output, expect, rlookup, scrubbed};
use crate::hostile_server::{End, HostileServer, Tcp, wire};

/// Allowed beyond timeout x tries: starting the process, a loaded machine.
const SLACK: Duration = Duration::from_millis(1500);

/// dig's options in every case: one-second timeout, two tries, a fixed
/// query ID (so that warnings and hex dumps are exact).
const DIG: &str = "-p {port} @127.0.0.1 +time=1 +tries=2 +qid=4660 www.example.test";

/// nslookup's, with the server last.
const NSLOOKUP: &str = "-port={port} -timeout=1 -retry=2 www.example.test 127.0.0.1";

/// nslookup's with a single try, where the cases time out (dig's cases
/// show the retries).
const NSLOOKUP_ONCE: &str = "-port={port} -timeout=1 -retry=1 www.example.test 127.0.0.1";

/// The query ID of [`DIG`], and the one `wrong_id` answers with.
const QID: u16 = 4660;
const WRONG_QID: u16 = QID ^ 0xff00;

/// Whether BIND's tools run instead of rlookup (see the module doc).
fn bind_tools() -> bool {
    std::env::var_os("RLOOKUP_HOSTILE_BIND").is_some()
}

/// One run: which tool, what it printed and how long it took.
struct Run {
    tool: &'static str,
    out: Output,
    elapsed: Duration,
}

/// `TOOL ARGS` (dig or nslookup; `{port}` in ARGS replaced): rlookup
/// through a link of that name, or BIND's tool.
fn run(tool: &'static str, port: u16, args: &str) -> Run {
    let argv: Vec<String> = args.split_whitespace().map(|a| a.replace("{port}", &port.to_string())).collect();
    let started = Instant::now();
    let out = if bind_tools() { run_bind(tool, &argv) } else { rlookup(&argv).argv0(tool).run() };
    Run { tool, out, elapsed: started.elapsed() }
}

fn dig(port: u16, args: &str) -> Run {
    run("dig", port, args)
}

fn nslookup(port: u16, args: &str) -> Run {
    run("nslookup", port, args)
}

/// BIND's `tool` from PATH, in an environment as scrubbed as the harness's.
fn run_bind(tool: &str, argv: &[String]) -> Output {
    scrubbed(std::path::Path::new(tool), argv, "/usr/bin:/bin").unwrap_or_else(|e| panic!("cannot run BIND's {tool}: {e}"))
}

/// The client dig's banner names: rlookup, or BIND's dig (`dig -v`).
fn banner() -> String {
    if !bind_tools() {
        return client();
    }
    let v = Command::new("dig").arg("-v").env("PATH", "/usr/bin:/bin").output().expect("dig -v");
    String::from_utf8_lossy(&v.stderr).trim().to_string()
}

/// What may not reach a terminal raw: C0 controls but tab and newline,
/// DEL, C1 controls, the bidirectional controls (ALM, LRM, RLM, the
/// embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069),
/// and bytes that are not UTF-8 at all (read here as U+FFFD).
fn raw_controls(text: &str) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|&(_, c)| {
            let u = c as u32;
            (u < 0x20 && c != '\n' && c != '\t')
                || (0x7f..=0x9f).contains(&u)
                || matches!(u, 0x061c | 0x200e | 0x200f | 0x202a..=0x202e | 0x2066..=0x2069 | 0xfffd)
        })
        .collect()
}

/// Also masked here: +yaml's timestamps and, for nslookup (which has no
/// +qid), the random IDs in "ID mismatch" warnings and in the first line
/// of a hex dump (the ID's two bytes, and their two printable characters).
fn mask(text: &str, ids: bool) -> String {
    let mut out = Vec::new();
    let mut after_count = false;
    for line in text.split('\n') {
        let mut l = line.to_string();
        if let Some(at) = l.find("ID mismatch: expected ID ").filter(|_| ids) {
            l = mask_digits(&l, at + 25, "ID");
            if let Some(at) = l.rfind(", got ") {
                l = mask_digits(&l, at + 6, "ID");
            }
        } else if let Some(at) = l.find("_time: !!timestamp ") {
            l = format!("{}_time: TIME", &l[..at]);
        } else if ids && after_count && l.len() >= 60 {
            l = format!("xx xx{}..{}", &l[5..57], &l[59..]);
        }
        after_count = l.ends_with(" bytes") && l[..l.len() - 6].bytes().all(|b| b.is_ascii_digit());
        out.push(l);
    }
    out.join("\n")
}

/// The one assertion of every case: no raw control in stdout or stderr,
/// the wall time under `within` seconds (timeout x tries) plus [`SLACK`],
/// and the exact texts (`{port}` and `{client}` filled in; stdout
/// normalized) with the exit status.
#[track_caller]
fn check(run: Run, port: u16, within: u64, stdout: &str, stderr: &str, status: i32) {
    safe_and_in_time(&run, within);
    let fill = |t: &str| t.replace("{port}", &port.to_string()).replace("{client}", &banner());
    let out = Output { stdout: mask(&normalize(&run.out.stdout), run.tool == "nslookup"), ..run.out };
    expect(&out, &fill(stdout), &fill(stderr), status);
}

/// The first two of [`check`]'s assertions.
#[track_caller]
fn safe_and_in_time(run: &Run, within: u64) {
    for (stream, text) in [("stdout", &run.out.stdout), ("stderr", &run.out.stderr)] {
        let raw = raw_controls(text);
        assert!(raw.is_empty(), "raw controls on {stream} at {raw:?}:\n{text:?}");
    }
    let bound = Duration::from_secs(within) + SLACK;
    assert!(run.elapsed < bound, "took {:?}, more than {bound:?}:\n{:?}", run.elapsed, run.out);
}

/// dig's text once no server answered: the greeting (with `args`), then
/// the failure.
fn no_servers(args: &str) -> String {
    format!("\n; <<>> {{client}} <<>> {args}\n; (1 server found)\n;; global options: +cmd\n;; no servers could be reached\n")
}

/// dig's text for a reply it took from 127.0.0.1 (flags `qr aa`, status
/// NOERROR): the greeting with `args`, the header with `counts`, the
/// sections as `sections` prints them, the statistics.
fn dig_answer(args: &str, counts: &str, sections: &str, size: usize, protocol: &str) -> String {
    format!(
        "\n; <<>> {{client}} <<>> {args}\n; (1 server found)\n;; global options: +cmd\n;; Got answer:\n\
         ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ID\n;; flags: qr aa; {counts}\n\n{sections}\
         ;; Query time: N msec\n;; SERVER: 127.0.0.1#{{port}}(127.0.0.1) ({protocol})\n;; WHEN: DATE\n;; MSG SIZE  rcvd: {size}\n\n"
    )
}

/// The question section as dig prints it.
const QUESTION: &str = ";; QUESTION SECTION:\n;www.example.test.\t\tIN\tA\n\n";

/// The reply every test server gives when it answers right: 192.0.2.80.
fn right(q: &[u8]) -> Vec<u8> {
    wire::answer(q, &[wire::a([192, 0, 2, 80])])
}

/// dig's text for [`right`].
fn right_answer(args: &str, protocol: &str) -> String {
    let sections = format!("{QUESTION};; ANSWER SECTION:\nwww.example.test.\t300\tIN\tA\t192.0.2.80\n\n");
    dig_answer(args, "QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0", &sections, 50, protocol)
}

/// An answer under another ID: the query's with its first byte flipped.
fn wrong_id(q: &[u8]) -> Vec<u8> {
    let id = [q[0] ^ 0xff, q[1]];
    wire::message(id, wire::ANSWER, [1, 1, 0, 0], &[wire::question(q), &wire::a([192, 0, 2, 66])])
}

// ===== wrong ID, wrong question, another address =====

/// Every try gets only a reply with another ID: dig warns, reads on until
/// the timeout, tries again, gives up (exit 9).
#[test]
fn wrong_id_every_time() {
    let s = HostileServer::start(|q| vec![wrong_id(q)], Tcp::Refused);
    let p = s.port();
    let warn =
        format!(";; Warning: ID mismatch: expected ID {QID}, got {WRONG_QID}\n;; communications error to 127.0.0.1#{{port}}: timed out\n");
    check(dig(p, DIG), p, 2, &format!("{warn}{warn}{}", no_servers(DIG)), "", 9);
}

/// The wrong ID first, then the answer: the warning, then the answer.
#[test]
fn wrong_id_then_the_answer() {
    let s = HostileServer::start(|q| vec![wrong_id(q), right(q)], Tcp::Refused);
    let p = s.port();
    let warn = format!(";; Warning: ID mismatch: expected ID {QID}, got {WRONG_QID}\n");
    check(dig(p, DIG), p, 2, &format!("{warn}{}", right_answer(DIG, "UDP")), "", 0);
}

#[test]
fn wrong_id_every_time_nslookup() {
    let s = HostileServer::start(|q| vec![wrong_id(q)], Tcp::Refused);
    let p = s.port();
    let warn = ";; Warning: ID mismatch: expected ID ID, got ID\n;; communications error to 127.0.0.1#{port}: timed out\n";
    check(nslookup(p, NSLOOKUP_ONCE), p, 1, &format!("{warn};; no servers could be reached\n\n"), "", 1);
}

/// The reply asks about xww.example.test: dig says so (with its doubled
/// ";; "), reads on, times out.
#[test]
fn wrong_question() {
    let s = HostileServer::start(
        |q| {
            let mut question = wire::question(q).to_vec();
            question[1] = b'x'; // the first letter of "www"
            vec![wire::message(wire::id(q), wire::ANSWER, [1, 1, 0, 0], &[&question, &wire::a([192, 0, 2, 66])])]
        },
        Tcp::Refused,
    );
    let p = s.port();
    let warn = ";; ;; Question section mismatch: got xww.example.test/A/IN\n;; communications error to 127.0.0.1#{port}: timed out\n";
    check(dig(p, DIG), p, 2, &format!("{warn}{warn}{}", no_servers(DIG)), "", 9);
}

/// A wrong question whose name carries terminal controls: the warning
/// shows it escaped.
#[test]
fn wrong_question_with_controls() {
    let s = HostileServer::start(
        |q| {
            let question = [
                5, 0x1b, b'[', b'3', b'1', b'm', // label: ESC "[31m"
                3, 0xe2, 0x80, 0xae, // label: U+202E (RIGHT-TO-LEFT OVERRIDE) as UTF-8
                0,    // the root
                0, 1, 0, 1, // QTYPE A, QCLASS IN
            ];
            vec![wire::message(wire::id(q), wire::ANSWER, [1, 1, 0, 0], &[&question, &wire::a([192, 0, 2, 66])])]
        },
        Tcp::Refused,
    );
    let p = s.port();
    let args = "-p {port} @127.0.0.1 +time=1 +tries=1 +qid=4660 www.example.test";
    let warn =
        ";; ;; Question section mismatch: got \\027[31m.\\226\\128\\174/A/IN\n;; communications error to 127.0.0.1#{port}: timed out\n";
    check(dig(p, args), p, 1, &format!("{warn}{}", no_servers(args)), "", 9);
}

/// Replies from 127.0.0.2 (the server's port) and from 127.0.0.1 at
/// another port: the connected socket never sees them; dig times out as
/// if the server were silent, without a word about them.
#[test]
fn reply_from_another_address() {
    let s = HostileServer::spoofed(|q| vec![right(q)], |_| vec![]);
    let p = s.port();
    let timeout = ";; communications error to 127.0.0.1#{port}: timed out\n";
    check(dig(p, DIG), p, 2, &format!("{timeout}{timeout}{}", no_servers(DIG)), "", 9);
}

/// Forged replies (192.0.2.66) from elsewhere first, then the server's
/// own: the server's is the answer.
#[test]
fn reply_from_another_address_then_the_server() {
    let s = HostileServer::spoofed(|q| vec![wire::answer(q, &[wire::a([192, 0, 2, 66])])], |q| vec![right(q)]);
    let p = s.port();
    check(dig(p, DIG), p, 2, &right_answer(DIG, "UDP"), "", 0);
}

#[test]
fn reply_from_another_address_nslookup() {
    let s = HostileServer::spoofed(|q| vec![right(q)], |_| vec![]);
    let p = s.port();
    let timeout = ";; communications error to 127.0.0.1#{port}: timed out\n";
    check(nslookup(p, NSLOOKUP_ONCE), p, 1, &format!("{timeout};; no servers could be reached\n\n"), "", 1);
}

// ===== garbage, runts, lying counts =====

/// The right ID and QR, then bytes that are no message: dig says why and
/// dumps them (no greeting), exit 0 (a reply came).
fn garbage(q: &[u8]) -> Vec<u8> {
    let mut r = wire::id(q).to_vec(); // ID
    r.extend_from_slice(&wire::ANSWER.to_be_bytes()); // QR AA
    for _ in 0..3 {
        r.extend(0xf0..0xff); // 45 bytes 0xf0-0xfe for counts and a question: QDCOUNT 0xf0f1...
    }
    r
}

const GARBAGE_DUMP: &str = "\
;; Got bad packet: bad compression pointer
49 bytes
12 34 84 00 f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb          .4..............
fc fd fe f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb fc          ................
fd fe f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb fc fd          ................
fe                                                       .
";

#[test]
fn garbage_after_the_header() {
    let s = HostileServer::start(|q| vec![garbage(q)], Tcp::Refused);
    let p = s.port();
    check(dig(p, DIG), p, 2, GARBAGE_DUMP, "", 0);
}

/// nslookup: the same words and dump, then its blank line; exit 1.
#[test]
fn garbage_after_the_header_nslookup() {
    let s = HostileServer::start(|q| vec![garbage(q)], Tcp::Refused);
    let p = s.port();
    let dump = GARBAGE_DUMP.replacen("12 34", "xx xx", 1).replacen(".4..", "....", 1);
    check(nslookup(p, NSLOOKUP), p, 2, &format!("{dump}\n"), "", 1);
}

/// Bytes that are no DNS at all (an escape sequence, a NUL, U+202E): as
/// a header, a wrong ID without QR. Warnings only; they never print the
/// bytes.
#[test]
fn garbage_without_a_header() {
    let s = HostileServer::start(|_| vec![b"\x1b[31mHELLO\x00\xe2\x80\xae garbage\n".to_vec()], Tcp::Refused);
    let p = s.port();
    // "\x1b[" is the ID, "31" the flags (no QR).
    let warn = format!(
        ";; Warning: ID mismatch: expected ID {QID}, got {}\n;; Warning: query response not set\n;; communications error to 127.0.0.1#{{port}}: timed out\n",
        u16::from_be_bytes([0x1b, b'['])
    );
    check(dig(p, DIG), p, 2, &format!("{warn}{warn}{}", no_servers(DIG)), "", 9);
}

/// Datagrams shorter than a header: warned about, not taken.
#[track_caller]
fn runt(bytes: fn(&[u8]) -> Vec<u8>) {
    let s = HostileServer::start(move |q| vec![bytes(q)], Tcp::Refused);
    let p = s.port();
    let warn = ";; Warning: short (< header size) message received\n;; communications error to 127.0.0.1#{port}: timed out\n";
    check(dig(p, DIG), p, 2, &format!("{warn}{warn}{}", no_servers(DIG)), "", 9);
}

#[test]
fn runt_empty_datagram() {
    runt(|_| Vec::new());
}

#[test]
fn runt_of_eleven_bytes() {
    // ID, flags, QDCOUNT, ANCOUNT, NSCOUNT and one byte of ARCOUNT.
    runt(|q| wire::message(wire::id(q), wire::ANSWER, [1, 1, 0, 0], &[])[..11].to_vec());
}

#[test]
fn runt_nslookup() {
    let s = HostileServer::start(|q| vec![wire::id(q).to_vec()], Tcp::Refused);
    let p = s.port();
    let warn = ";; Warning: short (< header size) message received\n;; communications error to 127.0.0.1#{port}: timed out\n";
    check(nslookup(p, NSLOOKUP_ONCE), p, 1, &format!("{warn};; no servers could be reached\n\n"), "", 1);
}

/// A header alone whose counts promise a question and three answers:
/// dig parses with +besteffort (its default), which gives up on the
/// missing sections with a warning, and prints the header it has.
#[test]
fn header_whose_counts_lie() {
    let s = HostileServer::start(|q| vec![wire::message(wire::id(q), wire::ANSWER, [1, 3, 0, 0], &[])], Tcp::Refused);
    let p = s.port();
    let stdout = format!(
        ";; Warning: Message parser reports malformed message packet.\n{}",
        dig_answer(DIG, "QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 0", "", 12, "UDP")
    );
    check(dig(p, DIG), p, 2, &stdout, "", 0);
}

/// nslookup parses without best effort: a bad packet, exit 1.
#[test]
fn header_whose_counts_lie_nslookup() {
    let s = HostileServer::start(|q| vec![wire::message(wire::id(q), wire::ANSWER, [1, 3, 0, 0], &[])], Tcp::Refused);
    let p = s.port();
    let header = wire::message(QID.to_be_bytes(), wire::ANSWER, [1, 3, 0, 0], &[]);
    let stdout = format!(";; Got bad packet: unexpected end of input\n{}\n", mask(&hex_dump(&header), true));
    check(nslookup(p, NSLOOKUP), p, 2, &stdout, "", 1);
}

// ===== TC=1, then TCP misbehaving =====

/// Truncated: QR AA TC, the question, nothing else.
fn truncated(q: &[u8]) -> Vec<Vec<u8>> {
    vec![wire::message(wire::id(q), wire::TRUNCATED, [1, 0, 0, 0], &[wire::question(q)])]
}

const RETRYING: &str = ";; Truncated, retrying in TCP mode.\n";

/// TC=1 over UDP, then a TCP side that fails every try the same way,
/// each try's failure said as `said`: dig (two tries) and nslookup (two
/// too) both give up, exit 9 and 1. A refused connection is a connection
/// that failed (dig has no greeting then, and says "no servers could be
/// reached" after each try, BIND's quirk, which `said` holds); the others
/// are communications errors.
#[track_caller]
fn tcp_fails(tcp: Tcp, said: &str) {
    let s = HostileServer::start(truncated, tcp);
    let p = s.port();
    let refused = said.contains("failed: connection refused.");
    let (dig_end, nslookup_end) = if refused { (String::new(), "\n") } else { (no_servers(DIG), ";; no servers could be reached\n\n") };
    check(dig(p, DIG), p, 2, &format!("{RETRYING}{said}{said}{dig_end}"), "", 9);
    check(nslookup(p, NSLOOKUP), p, 2, &format!("{RETRYING}{said}{said}{nslookup_end}"), "", 1);
}

/// Nothing listens over TCP: each try's connection is refused.
#[test]
fn truncated_then_tcp_refused() {
    let refused =
        ";; Connection to 127.0.0.1#{port}(127.0.0.1) for www.example.test failed: connection refused.\n;; no servers could be reached\n";
    tcp_fails(Tcp::Refused, refused);
}

/// The server reads the query and resets the connection.
#[test]
fn truncated_then_tcp_reset() {
    tcp_fails(Tcp::script(|_| Vec::new(), End::Reset), ";; communications error to 127.0.0.1#{port}: connection reset\n");
}

/// The length prefix promises 100 bytes more than follow, then the
/// server closes: end of file.
#[test]
fn truncated_then_tcp_short_read() {
    let short_read = |q: &[u8]| {
        let answer = right(q);
        let mut r = (answer.len() as u16 + 100).to_be_bytes().to_vec(); // length: 100 more than sent
        r.extend_from_slice(&answer); // the message, whole, and nothing more
        r
    };
    tcp_fails(Tcp::script(short_read, End::Close), ";; communications error to 127.0.0.1#{port}: end of file\n");
}

/// Half a length prefix, then the close.
#[test]
fn truncated_then_tcp_half_a_length() {
    tcp_fails(Tcp::script(|_| vec![0], End::Close), ";; communications error to 127.0.0.1#{port}: end of file\n");
}

/// The answer a byte every 300 ms (it would take 16 s): each try ends at
/// its timeout, however many bytes keep coming.
#[test]
fn truncated_then_tcp_slow_sender() {
    let slow = Tcp::dribble(|q| wire::framed(&right(q)), Duration::from_millis(300));
    tcp_fails(slow, ";; communications error to 127.0.0.1#{port}: timed out\n");
}

/// A TCP message of length 0: shorter than a header, which over TCP ends
/// the lookup at once (exit 0: the query went out). It used to be dropped
/// unread and the lookup to time out.
#[test]
fn truncated_then_tcp_empty_message() {
    let s = HostileServer::start(truncated, Tcp::script(|_| vec![0, 0], End::Hold));
    let p = s.port();
    check(dig(p, DIG), p, 2, &format!("{RETRYING};; ERROR: short (< header size) message\n"), "", 0);
}

#[test]
fn truncated_then_tcp_empty_message_nslookup() {
    let s = HostileServer::start(truncated, Tcp::script(|_| vec![0, 0], End::Hold));
    let p = s.port();
    check(nslookup(p, NSLOOKUP), p, 2, &format!("{RETRYING};; ERROR: short (< header size) message\n\n"), "", 1);
}

/// A message of five bytes over TCP: the same.
#[test]
fn truncated_then_tcp_runt() {
    let s = HostileServer::start(
        truncated,
        Tcp::script(|q| wire::framed(&wire::message(wire::id(q), wire::ANSWER, [0; 4], &[])[..5]), End::Hold),
    );
    let p = s.port();
    check(dig(p, DIG), p, 2, &format!("{RETRYING};; ERROR: short (< header size) message\n"), "", 0);
}

/// Over TCP a wrong ID ends the lookup: an ERROR, not a warning.
#[test]
fn truncated_then_tcp_wrong_id() {
    let s = HostileServer::start(truncated, Tcp::script(|q| wire::framed(&wrong_id(q)), End::Hold));
    let p = s.port();
    check(dig(p, DIG), p, 2, &format!("{RETRYING};; ERROR: ID mismatch: expected ID {QID}, got {WRONG_QID}\n"), "", 0);
}

/// Garbage over TCP: a bad packet, as over UDP.
#[test]
fn truncated_then_tcp_garbage() {
    let s = HostileServer::start(truncated, Tcp::script(|q| wire::framed(&garbage(q)), End::Hold));
    let p = s.port();
    check(dig(p, DIG), p, 2, &format!("{RETRYING}{GARBAGE_DUMP}"), "", 0);
}

/// The largest message TCP can carry (65,535 bytes): 4,093 A records and
/// an empty TXT string after the question, all read and printed.
#[test]
fn answer_of_64_kilobytes_over_tcp() {
    let biggest = |q: &[u8]| {
        let mut records: Vec<Vec<u8>> = (0..4093u16).map(|i| wire::a([10, (i >> 8) as u8, i as u8, 1])).collect();
        records.push(wire::rr(wire::QNAME, 16, &[0])); // TXT: one empty character-string
        let m = wire::answer(q, &records);
        assert_eq!(m.len(), 65535);
        wire::framed(&m)
    };
    let s = HostileServer::start(truncated, Tcp::script(biggest, End::Hold));
    let p = s.port();
    let mut sections = format!("{QUESTION};; ANSWER SECTION:\n");
    for i in 0..4093u16 {
        sections.push_str(&format!("www.example.test.\t300\tIN\tA\t10.{}.{}.1\n", i >> 8, i & 0xff));
    }
    sections.push_str("www.example.test.\t300\tIN\tTXT\t\"\"\n\n");
    let stdout = format!("{RETRYING}{}", dig_answer(DIG, "QUERY: 1, ANSWER: 4094, AUTHORITY: 0, ADDITIONAL: 0", &sections, 65535, "TCP"));
    check(dig(p, DIG), p, 2, &stdout, "", 0);
}

// ===== compression pointers, labels, names =====

/// Where the answer section starts in a reply that repeats the query's
/// question (www.example.test: 12 + 22).
const ANSWER_AT: u8 = 34;

/// The query of every dig case as dig sends it, as far as a reply built
/// from it goes: ID 4660 and the question www.example.test A IN.
fn as_asked() -> Vec<u8> {
    let question = [
        3, b'w', b'w', b'w', 7, b'e', b'x', b'a', b'm', b'p', b'l', b'e', 4, b't', b'e', b's', b't', 0, // www.example.test.
        0, 1, 0, 1, // QTYPE A, QCLASS IN
    ];
    wire::message(QID.to_be_bytes(), 0x0100, [1, 0, 0, 0], &[&question])
}

/// BIND's hex_dump() (dighost.c): the byte count, then 16 bytes a line in
/// hex, padded to one width, each line followed by its bytes from '!' to
/// '}' as they are (others as '.').
fn hex_dump(bytes: &[u8]) -> String {
    let mut out = format!("{} bytes\n", bytes.len());
    for line in bytes.chunks(16) {
        let hex: String = line.iter().map(|b| format!("{b:02x} ")).collect();
        let text: String = line.iter().map(|&b| if (b'!'..=b'}').contains(&b) { b as char } else { '.' }).collect();
        out.push_str(&format!("{hex:<48}         {text}\n"));
    }
    out
}

/// A reply whose one answer record has this owner name (then A, IN, TTL
/// 300, RDLENGTH 4, 192.0.2.1): dig says `;; Got bad packet: WHY` and
/// dumps the reply.
#[track_caller]
fn bad_owner(owner: Vec<u8>, why: &str) {
    let reply = move |q: &[u8]| wire::answer(q, &[wire::rr(&owner, 1, &[192, 0, 2, 1])]);
    let stdout = format!(";; Got bad packet: {why}\n{}", hex_dump(&reply(&as_asked())));
    let s = HostileServer::start(move |q| vec![reply(q)], Tcp::Refused);
    let p = s.port();
    check(dig(p, DIG), p, 2, &stdout, "", 0);
}

/// A pointer to itself.
#[test]
fn compression_pointer_to_itself() {
    bad_owner(vec![0xc0, ANSWER_AT], "bad compression pointer"); // pointer to offset 34: this very pointer
}

/// A label, then a pointer back to it: a.a.a... without end.
#[test]
fn compression_loop_through_a_label() {
    bad_owner(
        vec![
            1, b'a', // label "a"
            0xc0, ANSWER_AT, // pointer back to that label
        ],
        "bad compression pointer",
    );
}

/// A pointer forward, to the record's own TYPE field.
#[test]
fn compression_pointer_forward() {
    bad_owner(vec![0xc0, ANSWER_AT + 2], "bad compression pointer"); // pointer to offset 36, after itself
}

/// Pointers past the end of the 50-byte message.
#[test]
fn compression_pointer_past_the_end() {
    bad_owner(vec![0xc0, 0xff], "bad compression pointer"); // pointer to offset 255
    bad_owner(vec![0xff, 0xff], "bad compression pointer"); // pointer to offset 16383
}

/// nslookup: the same words and dump (the ID masked), its blank line,
/// exit 1.
#[test]
fn compression_loop_nslookup() {
    let s = HostileServer::start(|q| vec![wire::answer(q, &[wire::rr(&[0xc0, ANSWER_AT], 1, &[192, 0, 2, 1])])], Tcp::Refused);
    let p = s.port();
    let stdout = "\
;; Got bad packet: bad compression pointer
50 bytes
xx xx 84 00 00 01 00 01 00 00 00 00 03 77 77 77          .............www
07 65 78 61 6d 70 6c 65 04 74 65 73 74 00 00 01          .example.test...
00 01 c0 22 00 01 00 01 00 00 01 2c 00 04 c0 00          ...\".......,....
02 01                                                    ..

";
    check(nslookup(p, NSLOOKUP), p, 2, stdout, "", 1);
}

/// A label of 64 octets: its length byte, 0x40, is the (obsolete)
/// extended label type 01, not a length.
#[test]
fn label_of_64_octets() {
    let mut owner = vec![64]; // "length" 64: label type 01
    owner.extend([b'a'; 64]); // 64 octets
    owner.push(0); // the root
    bad_owner(owner, "bad label type");
}

/// Label type 10 (0x80), reserved.
#[test]
fn label_type_10() {
    let mut owner = vec![0x80]; // label type 10
    owner.extend([b'a'; 64]);
    owner.push(0); // the root
    bad_owner(owner, "bad label type");
}

/// `label` repeated `n` times (each behind its length), then `end`.
fn labels(label: &[u8], n: usize, end: &[u8]) -> Vec<u8> {
    let mut o = Vec::new();
    for _ in 0..n {
        o.push(label.len() as u8); // length
        o.extend_from_slice(label); // octets
    }
    o.extend_from_slice(end);
    o
}

/// Four labels of 63 octets and the root: 257 octets, over 255.
#[test]
fn name_of_257_octets() {
    bad_owner(labels(&[b'a'; 63], 4, &[0]), "name too long");
}

/// Five labels of 49 octets (250) and a pointer to www.example.test (18):
/// 268 octets once the pointer is followed.
#[test]
fn name_over_255_octets_through_a_pointer() {
    bad_owner(labels(&[b'b'; 49], 5, wire::QNAME), "name too long");
}

/// Four labels of 49 octets and the pointer: 218 octets, a name like any
/// other.
#[test]
fn name_under_255_octets_through_a_pointer() {
    let owner = labels(&[b'b'; 49], 4, wire::QNAME);
    let s = HostileServer::start(move |q| vec![wire::answer(q, &[wire::rr(&owner, 1, &[192, 0, 2, 1])])], Tcp::Refused);
    let p = s.port();
    let b = "b".repeat(49);
    let sections = format!("{QUESTION};; ANSWER SECTION:\n{b}.{b}.{b}.{b}.www.example.test. 300 IN A 192.0.2.1\n\n");
    let stdout = dig_answer(DIG, "QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0", &sections, 250, "UDP");
    check(dig(p, DIG), p, 2, &stdout, "", 0);
}

// ===== terminal controls in names and text =====

/// An owner name with an escape sequence and a NUL in one label and a
/// RIGHT-TO-LEFT OVERRIDE in the next, under the question's name.
const HOSTILE_OWNER: &[u8] = &[
    9, 0x1b, b'[', b'3', b'1', b'm', b'r', b'e', b'd', 0x00, // label: ESC "[31mred" NUL
    5, 0xe2, 0x80, 0xae, b'a', b'b', // label: U+202E as UTF-8, "ab"
    0xc0, 12, // pointer to the question's name
];

/// TXT RDATA whose character-strings would drive a terminal.
const HOSTILE_TXT: &[u8] = &[
    14, 0x1b, b'[', b'2', b'J', 0x1b, b']', b'0', b';', b'p', b'w', b'n', b'e', b'd',
    0x07, // ESC "[2J" (clear), ESC "]0;pwned" BEL (title)
    8, b'n', b'u', b'l', 0x00, b'h', b'e', b'r', b'e', // "nul" NUL "here"
    15, b'b', b'i', b'd', b'i', 0xe2, 0x80, 0xae, b'e', b'v', b'i', b'l', 0xe2, 0x81, 0xa6, b'x', // "bidi" U+202E "evil" U+2066 "x"
    6, b'd', b'e', b'l', 0x7f, 0xc2, 0x9b, // "del" DEL, then U+009B (CSI, a C1 control) as UTF-8
];

/// The owner and the TXT as dig prints them.
const OWNER_TEXT: &str = "\\027[31mred\\000.\\226\\128\\174ab.www.example.test.";
const TXT_TEXT: &str = "\"\\027[2J\\027]0;pwned\\007\" \"nul\\000here\" \"bidi\\226\\128\\174evil\\226\\129\\166x\" \"del\\127\\194\\155\"";

fn hostile_records(q: &[u8]) -> Vec<Vec<u8>> {
    vec![wire::answer(q, &[wire::rr(HOSTILE_OWNER, 1, &[192, 0, 2, 1]), wire::rr(wire::QNAME, 16, HOSTILE_TXT)])]
}

#[test]
fn controls_in_owner_names_and_txt() {
    let s = HostileServer::start(hostile_records, Tcp::Refused);
    let p = s.port();
    let sections =
        format!("{QUESTION};; ANSWER SECTION:\n{OWNER_TEXT} 300 IN\tA 192.0.2.1\nwww.example.test.\t300\tIN\tTXT\t{TXT_TEXT}\n\n");
    let stdout = dig_answer(DIG, "QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 0", &sections, 125, "UDP");
    check(dig(p, DIG), p, 2, &stdout, "", 0);
}

#[test]
fn controls_in_owner_names_and_txt_short() {
    let s = HostileServer::start(hostile_records, Tcp::Refused);
    let p = s.port();
    check(dig(p, &format!("{DIG} +short")), p, 2, &format!("192.0.2.1\n{TXT_TEXT}\n"), "", 0);
}

#[test]
fn controls_in_owner_names_and_txt_yaml() {
    let s = HostileServer::start(hostile_records, Tcp::Refused);
    let p = s.port();
    let stdout = format!(
        "\
- type: MESSAGE
  message:
    type: AUTH_RESPONSE
    query_time: TIME
    response_time: TIME
    message_size: 125b
    socket_family: INET
    socket_protocol: UDP
    response_address: \"127.0.0.1\"
    response_port: {{port}}
    query_address: \"0.0.0.0\"
    query_port: 0
    response_message_data:
      opcode: QUERY
      status: NOERROR
      id: 4660
      flags: qr aa
      QUESTION: 1
      ANSWER: 2
      AUTHORITY: 0
      ADDITIONAL: 0
      QUESTION_SECTION:
        - 'www.example.test. IN A'
      ANSWER_SECTION:
        - '{OWNER_TEXT} 300 IN A 192.0.2.1'
        - 'www.example.test. 300 IN TXT {TXT_TEXT}'
"
    );
    check(dig(p, &format!("{DIG} +yaml")), p, 2, &stdout, "", 0);
}

/// nslookup: the address of the hostile name and the TXT, for the A
/// query and again for the AAAA one.
#[test]
fn controls_in_owner_names_and_txt_nslookup() {
    let s = HostileServer::start(hostile_records, Tcp::Refused);
    let p = s.port();
    let name = &OWNER_TEXT[..OWNER_TEXT.len() - 1];
    let block = format!("Name:\t{name}\nAddress: 192.0.2.1\nwww.example.test\ttext = {TXT_TEXT}\n");
    let stdout = format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{{port}}\n\n{block}{block}\n");
    check(nslookup(p, NSLOOKUP), p, 2, &stdout, "", 0);
}

/// nslookup: a CNAME to the hostile name, that name's address, then a TXT
/// for the CNAME's owner too (data beside a CNAME: a server's error, or
/// its trick). BIND's chase_cnamechain() looks only at the last record of
/// www.example.test, the TXT: the chain ends there, and the AAAA query
/// asks www.example.test again (so the reply, built on the question,
/// prints the same block twice). rlookup used to follow the CNAME to the
/// hostile name.
#[test]
fn cname_then_other_data_for_its_owner_nslookup() {
    let s = HostileServer::start(
        |q| {
            let target_at = ANSWER_AT + 12; // the CNAME's RDATA: after its owner (2) and fixed fields (10)
            vec![wire::answer(
                q,
                &[
                    wire::rr(wire::QNAME, 5, HOSTILE_OWNER),          // CNAME to the hostile name
                    wire::rr(&[0xc0, target_at], 1, &[192, 0, 2, 1]), // A for the CNAME's target
                    wire::rr(wire::QNAME, 16, HOSTILE_TXT),           // TXT for the CNAME's owner
                ],
            )]
        },
        Tcp::Refused,
    );
    let p = s.port();
    let name = &OWNER_TEXT[..OWNER_TEXT.len() - 1];
    let block = format!(
        "www.example.test\tcanonical name = {OWNER_TEXT}\nName:\t{name}\nAddress: 192.0.2.1\nwww.example.test\ttext = {TXT_TEXT}\n"
    );
    let stdout = format!("Server:\t\t127.0.0.1\nAddress:\t127.0.0.1#{{port}}\n\n{block}{block}\n");
    check(nslookup(p, NSLOOKUP), p, 2, &stdout, "", 0);
}

// ===== terminal controls in EDNS options =====

/// An OPT record whose NSID and EDE EXTRA-TEXT are valid UTF-8 holding
/// bidi and C1 controls.
const HOSTILE_OPT: &[u8] = &[
    0, // owner: the root
    0, 41, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP payload size 1232
    0, 0, 0, 0, // TTL: extended RCODE 0, version 0, flags 0
    0, 35, // RDLENGTH
    0, 3, 0, 7, // option NSID, length 7
    b'n', b's', 0xe2, 0x80, 0xae, b'1', b'2', // "ns" U+202E "12"
    0, 15, 0, 20, // option EDE, length 20
    0, 18, // INFO-CODE 18 (Prohibited)
    b'c', b'a', b'f', 0xc3, 0xa9, b' ', // "café " (U+00E9, a letter)
    0xe2, 0x80, 0xae, b'e', b'v', b'i', b'l', // U+202E RIGHT-TO-LEFT OVERRIDE, "evil"
    0xe2, 0x81, 0xa9, // U+2069 POP DIRECTIONAL ISOLATE
    0xc2, 0x9b, // U+009B CONTROL SEQUENCE INTRODUCER (a C1 control)
];

/// The right answer, and [`HOSTILE_OPT`].
fn hostile_options(q: &[u8]) -> Vec<Vec<u8>> {
    vec![wire::message(wire::id(q), wire::ANSWER, [1, 1, 0, 1], &[wire::question(q), &wire::a([192, 0, 2, 80]), HOSTILE_OPT])]
}

/// dig prints NSID's printable form byte by byte ('.' for each byte of
/// U+202E). EDE text that is valid UTF-8 BIND prints raw, bidi and C1
/// controls included; rlookup prints each byte of those as '.', and the
/// rest (é) raw. A deliberate difference: not run against BIND.
#[test]
fn controls_in_edns_options() {
    if bind_tools() {
        return;
    }
    let s = HostileServer::start(hostile_options, Tcp::Refused);
    let p = s.port();
    let sections = format!(
        ";; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n; NSID: 6e 73 e2 80 ae 31 32 (\"ns...12\")\n\
         ; EDE: 18 (Prohibited): (caf\u{e9} ...evil.....)\n{QUESTION};; ANSWER SECTION:\nwww.example.test.\t300\tIN\tA\t192.0.2.80\n\n"
    );
    let stdout = dig_answer(DIG, "QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1", &sections, 96, "UDP");
    check(dig(p, DIG), p, 2, &stdout, "", 0);
}

// ===== rlookup's own formats =====

/// HINFO RDATA: a CPU string with a letter to keep (é) and an OS string
/// with a bidi override and an escape.
const HOSTILE_HINFO: &[u8] = &[
    5, b'c', b'a', b'f', 0xc3, 0xa9, // CPU: "café"
    4, 0xe2, 0x80, 0xae, 0x1b, // OS: U+202E, ESC
];

/// Windows nslookup prints TXT and HINFO strings as they are; rlookup
/// keeps their letters (é) but writes what would drive the terminal (ESC,
/// NUL, DEL, C1, and bidi controls) as `\DDD`.
#[test]
fn controls_in_txt_windows_style() {
    if bind_tools() {
        return;
    }
    let s = HostileServer::start(
        |q| vec![wire::answer(q, &[wire::rr(wire::QNAME, 16, HOSTILE_TXT), wire::rr(wire::QNAME, 13, HOSTILE_HINFO)])],
        Tcp::Refused,
    );
    let p = s.port();
    let stdout = "Server:  UnKnown\nAddress:  127.0.0.1\n\nwww.example.test\ttext =\n\n\t\"\\027[2J\\027]0;pwned\\007\"\n\t\"nul\\000here\"\n\
                  \t\"bidi\\226\\128\\174evil\\226\\129\\166x\"\n\t\"del\\127\\194\\155\"\nwww.example.test\tCPU = caf\u{e9}\tOS = \\226\\128\\174\\027\n";
    check(nslookup(p, &format!("--style=windows -type=txt {NSLOOKUP}")), p, 2, stdout, "", 0);
}

/// --json: the same options in the document's `rlookup.edns` (NSID's text
/// too, as it has no control), the bidi and C1 controls written as `\u`
/// escapes rather than raw (serde_json would write them raw).
#[test]
fn controls_in_edns_options_json() {
    if bind_tools() {
        return;
    }
    let s = HostileServer::start(hostile_options, Tcp::Refused);
    let p = s.port();
    let run = dig(p, &format!("--json {DIG}"));
    safe_and_in_time(&run, 2);
    assert_eq!((run.out.stderr.as_str(), run.out.status), ("", 0), "{:?}", run.out);
    assert!(run.out.stdout.contains("\"extraText\":\"caf\u{e9} \\u202eevil\\u2069\\u009b\""), "{}", run.out.stdout);
    let doc: serde_json::Value = serde_json::from_str(&run.out.stdout).expect("one JSON document");
    let options = serde_json::json!([
        {"code": 3, "name": "NSID", "hex": "6E73E280AE3132", "text": "ns\u{202e}12"},
        {"code": 15, "name": "EDE", "hex": "0012636166C3A920E280AE6576696CE281A9C29B", "infoCode": 18, "extraText": "caf\u{e9} \u{202e}evil\u{2069}\u{9b}"},
    ]);
    assert_eq!(doc["rlookup"]["edns"]["options"], options, "{}", run.out.stdout);
}
