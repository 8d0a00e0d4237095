//! Every expected text below is real dig 9.18.49's stdout for the
//! fixture (a throwaway UDP/TCP responder on 127.0.0.1 answered the
//! query with those bytes, ID and client COOKIE patched in), run with
//! TZ=UTC and the arguments shown. Lines dighost prints itself (the
//! COOKIE mismatch warning) are left out: they are the engine's. The
//! `;; WHEN:` line is compared after masking the date (see
//! `when_is_strftime_of_localtime`).

use super::*;
use crate::cli::dig::{Dig, Event, Host, preparse_args};
use crate::error::Fatal;
use crate::plan::{Server, Settings};
use crate::wire::message;

/// The lookup and globals real dig's arguments give (cli::dig), and
/// what the parse printed.
fn parse_dig(args: &[&str]) -> (Lookup, Globals, String) {
    let mut printed = String::new();
    let pre = preparse_args(args).expect("arguments");
    let settings = Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")].into(), ..Default::default() };
    let mut dig = Dig::new(Host::default(), &pre, settings);
    dig.command_line(args, None);
    while let Some(ev) = dig.next_event() {
        match ev {
            Event::Say(s) => {
                let mut w = Vec::new();
                write_said(&mut w, &s).unwrap();
                printed.push_str(&String::from_utf8(w).unwrap());
            }
            Event::Stderr(t) | Event::Warn(t) => panic!("unexpected output {t:?}"),
            Event::RaiseExitcode(_) => {}
            other => panic!("unexpected event {other:?}"),
        }
    }
    let mut lookups = dig.take_lookups();
    assert_eq!(lookups.len(), 1);
    (lookups.remove(0), dig.globals().clone(), printed)
}

/// `2026-11-22T01:50:00.196Z` as a SystemTime.
fn parse_iso(s: &str) -> SystemTime {
    let n = |a: usize, b: usize| s[a..b].parse::<i64>().unwrap();
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    // days_from_civil (H. Hinnant)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19);
    let frac = &s[20..s.len() - 1];
    let micros = frac.parse::<u64>().unwrap() * 10u64.pow(6 - frac.len() as u32);
    UNIX_EPOCH + Duration::from_secs(secs as u64) + Duration::from_micros(micros)
}

fn when_masked(s: &str) -> String {
    s.lines().map(|l| if l.starts_with(";; WHEN: ") { ";; WHEN: DATE" } else { l }).collect::<Vec<_>>().join("\n")
}

struct Case<'a> {
    /// dig's arguments (without argv[0]).
    args: &'a [&'a str],
    /// The replies, in order (several for a zone transfer).
    replies: &'a [&'a [u8]],
    /// +qr: the query dig sent.
    query: Option<&'a [u8]>,
    cookie: CookieCheck,
    rtt: Duration,
    tcp: bool,
    expected: &'a str,
    /// A BIND fatal() while printing: its text (stderr `dig: TEXT`).
    fatal: Option<&'a str>,
}

/// Prints the case as dighost would (the +qr query, each reply,
/// the statistics) and compares with dig's output.
fn check(c: &Case) {
    let (mut l, g, printed) = parse_dig(c.args);
    idn::UTF8_LOCALE.with(|u| u.set(Some(true))); // dig ran with LC_ALL=C.UTF-8
    l.cmdline = l.cmdline.replace(crate::version::VERSION_TEXT, "DiG 9.18.49-1~deb12u3-Debian");
    if l.rdtype == AXFR {
        l.tcp_mode = true;
    }
    let server: SocketAddr = "127.0.0.1:5399".parse().unwrap();
    // +yaml: the times dig printed.
    let time_of = |key: &str| c.expected.lines().find_map(|x| x.trim_start().strip_prefix(key).map(str::to_string)).map(|t| parse_iso(&t));
    let sent_at = time_of("query_time: !!timestamp ");
    let rtt = match (sent_at, time_of("response_time: !!timestamp ")) {
        (Some(s), Some(r)) => r.duration_since(s).unwrap(),
        _ => c.rtt,
    };
    let local = Some("0.0.0.0:0".parse().unwrap());
    let mut out = printed.into_bytes();
    if let Some(q) = c.query {
        // Through the sink, as the engine's Sending event: +yaml's
        // query_time is the event's time (dighost sets time_sent before it
        // prints the query).
        let msg = message::parse(q).expect("query");
        let look = crate::render::servers::Look { palette: crate::render::style::Palette::OFF, unicode: false, width: None };
        let mut sink = DigSink::new(look);
        let mut captured = crate::render::Captured::default();
        let sending = crate::event::Sending {
            lookup: std::sync::Arc::new(l.clone()),
            server: Server::new("127.0.0.1", "127.0.0.1"),
            addr: server,
            qname: msg.question[0].name.clone(),
            protocol: if c.tcp { crate::response::Protocol::Tcp } else { crate::response::Protocol::Udp },
            bytes: q.to_vec(),
            message: Some(std::sync::Arc::new(msg)),
            at: sent_at.unwrap_or(UNIX_EPOCH),
        };
        for e in [crate::event::Event::Globals(std::sync::Arc::new(g.clone())), crate::event::Event::Sending(std::sync::Arc::new(sending))]
        {
            sink.event(&e, &mut captured).unwrap();
        }
        out.extend_from_slice(captured.text(crate::render::Stream::Out).as_bytes());
        l.cmdline.clear();
    }
    let (mut rrs, mut bytes) = (0u32, 0u64);
    for (i, r) in c.replies.iter().enumerate() {
        let (msg, _) = message::parse_best_effort(r).expect("reply");
        rrs += msg.answer.len() as u32;
        bytes += r.len() as u64;
        let p = Printed {
            lookup: &l,
            msg: &msg,
            bytes: r,
            is_query: false,
            headers: true,
            cookie: c.cookie,
            msg_count: i as u32,
            server,
            local,
            sent_at,
            rtt,
        };
        match print_message(&mut out, &g, &p) {
            Ok(()) => {}
            Err(e) => {
                assert_eq!(Some(e.to_string()).as_deref(), c.fatal, "{e}");
                assert_eq!(String::from_utf8(out).unwrap(), c.expected);
                return;
            }
        }
        l.cmdline.clear();
    }
    assert_eq!(c.fatal, None);
    let s = Stats {
        lookup: &l,
        bytes: c.replies.last().unwrap().len(),
        from: server,
        label: "127.0.0.1",
        rtt: c.rtt,
        tcp: c.tcp,
        now: SystemTime::now(),
        xfr: (l.rdtype == AXFR).then_some((rrs, c.replies.len() as u32, bytes)),
        tsig_invalid: false,
    };
    received(&mut out, &g, &s).unwrap();
    let got = String::from_utf8(out).unwrap();
    assert_eq!(when_masked(&got), when_masked(c.expected), "\n--- got:\n{got}\n--- expected:\n{}", c.expected);
}

/// Replies carry only options that pass BIND's fromwire_opt(), but the
/// query printed for +qr holds whatever +ednsopt put in it: the
/// malformed-option forms. The query is decoded here without the OPT
/// checks (see the report: the engine must do the same).
fn lenient_query(q: &[u8]) -> Message {
    let mut pos = 12;
    while q[pos] != 0 {
        pos += usize::from(q[pos]) + 1;
    }
    pos += 5; // root label, QTYPE, QCLASS: the OPT record follows
    let rdlen_at = pos + 9;
    let mut stripped = q[..rdlen_at].to_vec();
    stripped.extend_from_slice(&[0, 0]);
    let mut msg = message::parse(&stripped).expect("query without options");
    let rdata = &q[rdlen_at + 2..];
    let mut options = Vec::new();
    let mut i = 0;
    while i + 4 <= rdata.len() {
        let code = u16::from_be_bytes([rdata[i], rdata[i + 1]]);
        let len = usize::from(u16::from_be_bytes([rdata[i + 2], rdata[i + 3]]));
        options.push((code, rdata[i + 4..i + 4 + len].to_vec()));
        i += 4 + len;
    }
    msg.opt.as_mut().unwrap().options = options;
    msg.parsed_len = q.len();
    msg
}

const QUERY_MALFORMED_OPTS: &[u8] = &[
    // the query dig sent
    0x47, 0x95, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
    0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x54, 0x00, 0x0f, 0x00, 0x01,
    0x00, 0x00, 0x0f, 0x00, 0x04, 0x00, 0x00, 0xff, 0x41, 0x00, 0x0f, 0x00, 0x00, 0x00, 0x08, 0x00, 0x02, 0x00, 0x01, 0x00, 0x08, 0x00,
    0x08, 0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, 0xff, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x09, 0x00, 0x02, 0x01, 0x02, 0x00, 0x0e,
    0x00, 0x03, 0x01, 0x02, 0x03, 0x00, 0x0e, 0x00, 0x00, 0x00, 0x10, 0x00, 0x01, 0x07, 0x00, 0x11, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x03,
    0x01, 0x02, 0x03, 0x00, 0x0c, 0x00, 0x02, 0x00, 0x00, 0x00, 0x0b, 0x00, 0x01, 0x01,
];

#[test]
fn dig_qr_malformed_options() {
    let args = [
        "-p",
        "5399",
        "@127.0.0.1",
        "+tries=1",
        "+time=2",
        "+qr",
        "+nocookie",
        "+ednsopt=15:00",
        "+ednsopt=15:0000ff41",
        "+ednsopt=15",
        "+ednsopt=8:0001",
        "+ednsopt=8:00011800c00002ff",
        "+ednsopt=1:00",
        "+ednsopt=9:0102",
        "+ednsopt=14:010203",
        "+ednsopt=14",
        "+ednsopt=16:07",
        "+ednsopt=17",
        "+ednsopt=10:010203",
        "+ednsopt=12:0000",
        "+ednsopt=11:01",
        "www.example",
    ];
    let (l, g, _) = parse_dig(&args);
    let msg = lenient_query(QUERY_MALFORMED_OPTS);
    let p = Printed {
        lookup: &l,
        msg: &msg,
        bytes: QUERY_MALFORMED_OPTS,
        is_query: true,
        headers: true,
        cookie: CookieCheck::NotChecked,
        msg_count: 0,
        server: "127.0.0.1:5399".parse().unwrap(),
        local: None,
        sent_at: None,
        rtt: Duration::ZERO,
    };
    let mut out = Vec::new();
    print_message(&mut out, &g, &p).unwrap();
    print_query_size(&mut out, &g, QUERY_MALFORMED_OPTS.len()).unwrap();
    let got = String::from_utf8(out).unwrap();
    let expected = concat!(
        "\n",
        "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr +nocookie +ednsopt=15:00 ",
        "+ednsopt=15:0000ff41 +ednsopt=15 +ednsopt=8:0001 +ednsopt=8:00011800c00002ff +ednsopt=1:00 +ednsopt=9:0102 ",
        "+ednsopt=14:010203 +ednsopt=14 +ednsopt=16:07 +ednsopt=17 +ednsopt=10:010203 +ednsopt=12:0000 +ednsopt=11:01 www.example\n",
        "; (1 server found)\n",
        ";; global options: +cmd\n",
        ";; Sending:\n",
        ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 18325\n",
        ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
        "\n",
        ";; OPT PSEUDOSECTION:\n",
        "; EDNS: version: 0, flags:; udp: 1232\n",
        "; EDE: 00 (\".\")\n",
        "; EDE: 0 (Other): ff 41 (.A)\n",
        "; EDE:\n",
        "; CLIENT-SUBNET: 00 01 \n",
        "; CLIENT-SUBNET: 192.0.2.0/24/0\n",
        "; LLQ: 00 (\".\")\n",
        "; EXPIRE: 01 02 (\"..\")\n",
        "; KEY-TAG: 01 02 03 (\"...\")\n",
        "; KEY-TAG:\n",
        "; CLIENT-TAG: 07 (\".\")\n",
        "; SERVER-TAG:\n",
        "; COOKIE: 010203\n",
        "; PAD: (2 bytes)\n",
        "; TCP KEEPALIVE: 01 (\".\")\n",
        ";; QUESTION SECTION:\n",
        ";www.example.\t\t\tIN\tA\n",
        "\n",
        ";; QUERY SIZE: 124\n",
        "\n",
    );
    let got = got.replace(crate::version::VERSION_TEXT, "DiG 9.18.49-1~deb12u3-Debian");
    assert_eq!(got, expected);
}

const FIX_EDE_SURROGATE: &[u8] = &[
    0x10, 0x92, // ID 4242
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x13, // RDLENGTH 19
    0x00, 0x0f, 0x00, 0x05, // option EDE (15), length 5
    0x00, 0x00, 0xed, 0xa0, 0x80, // option value
    0x00, 0x0f, 0x00, 0x06, // option EDE (15), length 6
    0x00, 0x01, 0xf4, 0x8f, 0xbf, 0xbf, // option value
];

/// EDE EXTRA-TEXT that BIND's isc_utf8_valid() accepts but Rust's
/// str does not (UTF-16 surrogates) is printed raw, as dig does.
/// dig's text (`dig -p 5399 @127.0.0.1 www.example ARGS`) of the reply
/// `bytes`, parsed with best effort.
fn print_reply(args: &[&str], bytes: &[u8]) -> Vec<u8> {
    let mut argv = vec!["-p", "5399", "@127.0.0.1", "www.example"];
    argv.extend_from_slice(args);
    let (l, g, _) = parse_dig(&argv);
    let (msg, _) = message::parse_best_effort(bytes).unwrap();
    let p = Printed {
        lookup: &l,
        msg: &msg,
        bytes,
        is_query: false,
        headers: true,
        cookie: CookieCheck::NotChecked,
        msg_count: 0,
        server: "127.0.0.1:5399".parse().unwrap(),
        local: None,
        sent_at: None,
        rtt: Duration::ZERO,
    };
    let mut out = Vec::new();
    print_message(&mut out, &g, &p).unwrap();
    out
}

#[test]
fn dig_ede_surrogates_raw() {
    let out = print_reply(&["+noall", "+comments", "+nocookie"], FIX_EDE_SURROGATE);
    let want: &[u8] = b";; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n\
        ; EDE: 0 (Other): (\xed\xa0\x80)\n\
        ; EDE: 1 (Unsupported DNSKEY Algorithm): (\xf4\x8f\xbf\xbf)\n";
    assert!(out.windows(want.len()).any(|w| w == want), "{}", String::from_utf8_lossy(&out));
}

/// A reply with one EDE whose EXTRA-TEXT is valid UTF-8 holding a
/// character to keep and three that would drive a terminal.
const FIX_EDE_BIDI: &[u8] = &[
    0x12, 0x34, // ID
    0x84, 0x00, // flags: qr aa
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 0, AN 0, NS 0, AR 1
    0x00, // OPT: owner .
    0x00, 0x29, 0x04, 0xd0, // type OPT, UDP size 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x18, // RDLENGTH 24
    0x00, 0x0f, 0x00, 0x14, // option EDE (15), length 20
    0x00, 0x12, // INFO-CODE 18 (Prohibited)
    b'c', b'a', b'f', 0xc3, 0xa9, b' ', // "café " (U+00E9 kept)
    0xe2, 0x80, 0xae, // U+202E RIGHT-TO-LEFT OVERRIDE
    b'e', b'v', b'i', b'l', // "evil"
    0xe2, 0x81, 0xa9, // U+2069 POP DIRECTIONAL ISOLATE
    0xc2, 0x9b, // U+009B CONTROL SEQUENCE INTRODUCER (C1)
];

/// BIND prints valid UTF-8 EDE text raw; rlookup too, but for characters
/// that would drive the terminal: each of their bytes is a '.'. In the
/// text and in +yaml.
#[test]
fn dig_ede_text_keeps_no_terminal_controls() {
    for (args, want) in [
        (&["+noall", "+comments", "+nocookie"][..], "; EDE: 18 (Prohibited): (caf\u{e9} ...evil.....)\n"),
        (&["+yaml", "+nocookie"][..], "EXTRA-TEXT: \"caf\u{e9} ...evil.....\"\n"),
    ] {
        let text = String::from_utf8(print_reply(args, FIX_EDE_BIDI)).unwrap();
        assert!(text.contains(want), "{args:?}: {text}");
    }
}

const FIX_TRACE_ROOT_NS: &[u8] = &[
    0x10, 0x92, // ID 4242
    0x84, 0x00, // flags: qr aa opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
    0x00, // QNAME .
    0x00, 0x02, 0x00, 0x01, // QTYPE NS, QCLASS IN
    0x00, // owner .
    0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
    0x00, 0x07, 0xe9, 0x00, // TTL 518400
    0x00, 0x0b, // RDLENGTH 11
    0x09, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x68, 0x6f, 0x73, 0x74, 0x00, // RDATA localhost.
];

const FIX_TRACE_WWW_A: &[u8] = &[
    0x10, 0x92, // ID 4242
    0x84, 0x00, // flags: qr aa opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x0a, // RDATA 192.0.2.10
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x2e, 0x00, 0x01, // TYPE RRSIG, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x23, // RDLENGTH 35
    0x00, 0x01, 0x0d, 0x02, 0x00, 0x00, 0x01, 0x2c, 0x77, 0x35, 0x94, 0x00, 0x65, 0x53, 0xf1, 0x00, // RDATA RRSIG A
    0x10, 0xe1, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
];

/// +trace: the root NS reply (trace_root lookup), then the answer from
/// the server it named, each with `;; Received` (+identify, no stats);
/// +short +trace: each record with its type first and `from server`.
#[test]
fn dig_trace_long_and_short() {
    for short in [false, true] {
        let mut args = vec!["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+trace", "www.example"];
        if short {
            args.insert(6, "+short");
        }
        let (mut root, g, _) = parse_dig(&args);
        root.cmdline = root.cmdline.replace(crate::version::VERSION_TEXT, "DiG 9.18.49-1~deb12u3-Debian");
        root.rdtype = 2; // setup_lookup() asks for "." NS first
        let mut follow = root.clone_for_requeue(false);
        follow.cmdline.clear();
        follow.trace_root = false;
        follow.rdtype = 1;
        let server: SocketAddr = "127.0.0.1:5399".parse().unwrap();
        let mut out = Vec::new();
        for (l, fix, label, ms) in [(&root, FIX_TRACE_ROOT_NS, "127.0.0.1", 0u64), (&follow, FIX_TRACE_WWW_A, "localhost", 4)] {
            let (msg, _) = message::parse_best_effort(fix).unwrap();
            let p = Printed {
                lookup: l,
                msg: &msg,
                bytes: fix,
                is_query: false,
                headers: true,
                cookie: CookieCheck::NotChecked,
                msg_count: 0,
                server,
                local: None,
                sent_at: None,
                rtt: Duration::from_millis(ms),
            };
            print_message(&mut out, &g, &p).unwrap();
            let s = Stats {
                lookup: l,
                bytes: fix.len(),
                from: server,
                label,
                rtt: Duration::from_millis(ms),
                tcp: false,
                now: SystemTime::now(),
                xfr: None,
                tsig_invalid: false,
            };
            received(&mut out, &g, &s).unwrap();
        }
        let expected = if short {
            concat!(
                "NS localhost. from server 127.0.0.1 in 0 ms.\n",
                "A 192.0.2.10 from server 127.0.0.1 in 4 ms.\n",
                "RRSIG A 13 2 300 20330518033320 20231114221320 4321 example. AAECAwQFBgc= from server 127.0.0.1 in 4 ms.\n",
            )
        } else {
            concat!(
                "\n",
                "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +trace www.example\n",
                "; (1 server found)\n",
                ";; global options: +cmd\n",
                ".\t\t\t518400\tIN\tNS\tlocalhost.\n",
                ";; Received 39 bytes from 127.0.0.1#5399(127.0.0.1) in 0 ms\n",
                "\n",
                "www.example.\t\t300\tIN\tA\t192.0.2.10\n",
                "www.example.\t\t300\tIN\tRRSIG\tA 13 2 300 20330518033320 20231114221320 4321 example. AAECAwQFBgc=\n",
                ";; Received 114 bytes from 127.0.0.1#5399(localhost) in 4 ms\n",
                "\n",
            )
        };
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }
}

#[test]
fn ttl_text_like_dns_ttl_totext() {
    assert_eq!(ttl_to_text(0, false, false), "0s");
    assert_eq!(ttl_to_text(300, false, false), "5m");
    assert_eq!(ttl_to_text(300, false, true), "5M");
    assert_eq!(ttl_to_text(90061, false, true), "1d1h1m1s");
    assert_eq!(ttl_to_text(604_800 * 2 + 1, false, false), "2w1s");
    assert_eq!(ttl_to_text(u32::MAX, false, false), "7101w3d6h28m15s");
    assert_eq!(ttl_to_text(1_209_600, true, true), "2 weeks");
    assert_eq!(ttl_to_text(0, true, false), "0 seconds");
}

#[test]
fn indent_like_masterdump() {
    let run = |from: u32, to: u32| {
        let mut out = Vec::new();
        let mut col = from;
        indent(&mut out, &mut col, to);
        (String::from_utf8(out).unwrap(), col)
    };
    assert_eq!(run(0, 24), ("\t\t\t".into(), 24));
    assert_eq!(run(12, 24), ("\t\t".into(), 24));
    assert_eq!(run(23, 24), ("\t".into(), 24));
    // At or past the column: one character, a space or a tab.
    assert_eq!(run(24, 24), (" ".into(), 25));
    assert_eq!(run(30, 24), (" ".into(), 31));
    assert_eq!(run(31, 24), ("\t".into(), 32));
    assert_eq!(run(5, 13), ("\t     ".into(), 13));
}

#[test]
fn sockaddrs_like_isc_sockaddr_format() {
    assert_eq!(sockaddr_format("127.0.0.53:53".parse().unwrap()), "127.0.0.53#53");
    assert_eq!(sockaddr_format("[::1]:5353".parse().unwrap()), "::1#5353");
    assert_eq!(sockaddr_format("[::ffff:192.0.2.1]:53".parse().unwrap()), "::ffff:192.0.2.1#53");
    assert_eq!(sockaddr_format("[::192.0.2.1]:53".parse().unwrap()), "::192.0.2.1#53");
    let scoped = SocketAddr::V6(std::net::SocketAddrV6::new("fe80::1".parse().unwrap(), 53, 0, 2));
    assert_eq!(sockaddr_format(scoped), "fe80::1%2#53");
}

#[test]
fn utf8_like_isc_utf8_valid() {
    assert!(utf8_valid(b"plain"));
    assert!(utf8_valid("café ☃ 😀".as_bytes()));
    assert!(utf8_valid(b"\xed\xa0\x80")); // a surrogate: accepted
    assert!(!utf8_valid(b"\xc0\x80")); // overlong
    assert!(!utf8_valid(b"\xe0\x80\x80"));
    assert!(!utf8_valid(b"\xf4\x90\x80\x80")); // above U+10FFFF
    assert!(!utf8_valid(b"\xff"));
    assert!(!utf8_valid(b"\xc3"));
}

/// `;; WHEN:` is strftime("%a %b %d %H:%M:%S %Z %Y") of localtime_r():
/// checked exactly when the zone is UTC (as in the lab), by shape
/// otherwise.
#[test]
fn when_is_strftime_of_localtime() {
    let t = UNIX_EPOCH + Duration::from_secs(1_795_310_831); // 2026-11-22T01:27:11Z, a Sunday
    let s = when_text(t).unwrap();
    if s.contains(" UTC ") {
        assert_eq!(s, "Sun Nov 22 01:27:11 UTC 2026");
    } else {
        let f: Vec<&str> = s.split(' ').collect();
        assert_eq!(f.len(), 6, "{s}");
        assert_eq!(f[3].len(), 8, "{s}");
    }
    assert_eq!(when_text(UNIX_EPOCH).map(|s| s.len() >= 24), Some(true));
}

#[test]
fn iso8601_like_isc_time() {
    let t = UNIX_EPOCH + Duration::from_micros(1_795_310_831_196_789);
    assert_eq!(iso8601(t, false), "2026-11-22T01:27:11.196Z");
    assert_eq!(iso8601(t, true), "2026-11-22T01:27:11.196789Z");
    assert_eq!(iso8601(UNIX_EPOCH, false), "1970-01-01T00:00:00.000Z");
    assert_eq!(iso8601(UNIX_EPOCH + Duration::from_secs(951_782_400), false), "2000-02-29T00:00:00.000Z");
}

/// More than ten DNS64 prefixes: dig prints the first ten.
#[test]
fn dns64_prefixes_are_capped() {
    let mut set = Vec::new();
    for i in 0..12u8 {
        let mut aa = [0u8; 16];
        aa[0] = 0x20;
        aa[1] = i;
        aa[12..].copy_from_slice(&[192, 0, 0, 170]);
        let mut ab = aa;
        ab[15] = 171;
        set.push(aa);
        set.push(ab);
    }
    let (found, count) = dns64_findprefix(&set, 10);
    assert_eq!(found.len(), 10);
    assert_eq!(count, 12);
    assert_eq!((rdata::ipv6_to_text(&found[3].0), found[3].1), ("2003::".to_string(), 96));
}

/// dig +idnout's verdicts (real dig 9.18.49 with libidn2, LC_ALL=C.UTF-8
/// and LC_ALL=C) on ACE owner names.
#[test]
fn idnout_like_libidn2() {
    let bad_ace = |n: &str| Err(format!("Bad ACE string '{n}' (string contains invalid punycode data), use +noidnout"));
    let illegal = |n: &str, why: &str| Err(format!("'{n}' is not a legal IDNA2008 name ({why}), use +noidnout"));
    let ok = |s: &str| Ok((s.to_string(), false));
    let disallowed = "string contains a disallowed character";
    type Verdict = Result<(String, bool), String>;
    let cases: Vec<(&str, Verdict)> = vec![
        ("xn--bcher-kva.example.", ok("bücher.example.")),
        ("XN--BCHER-KVA.Example.", ok("BüCHER.Example.")),
        ("xn--Bcher-kva.example.", ok("Bücher.example.")),
        ("xn--bcher-KVA.example.", ok("bücher.example.")),
        ("xn--ABC-XXX.example.", ok("ABC\u{1cd2}.example.")),
        ("xn--zca.example.", ok("ß.example.")),
        ("xn--fa-hia.example.", ok("faß.example.")),
        ("xn--1ch.example.", ok("≠.example.")),
        ("xn--0ca.example.", ok("à.example.")),
        ("xn--ls8h.example.", ok("💩.example.")),
        ("_sip.under_score.example.", ok("_sip.under_score.example.")),
        ("a\\032b.example.", ok("a\\032b.example.")),
        ("xn--zz.example.", bad_ace("xn--zz.example.")),
        ("xn--.example.", bad_ace("xn--.example.")),
        ("xn--9.example.", bad_ace("xn--9.example.")),
        ("xn--abc-.example.", bad_ace("xn--abc-.example.")),
        ("xn--bcher-kva-.example.", bad_ace("xn--bcher-kva-.example.")),
        ("xn--ls8h.xn--zz.example.", bad_ace("xn--ls8h.xn--zz.example.")),
        ("xn--abc.example.", illegal("xn--abc.example.", disallowed)),
        ("xn--a.example.", illegal("xn--a.example.", disallowed)),
        ("xn--aaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.", illegal("xn--aaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.", disallowed)),
        ("xn--a-ecp.ru.example.", illegal("xn--a-ecp.ru.example.", disallowed)),
        ("xn--ss-ia.example.", illegal("xn--ss-ia.example.", disallowed)),
        ("xn---abc-xxx.example.", illegal("xn---abc-xxx.example.", "string start/ends with forbidden hyphen")),
        ("xn--ab--c-xxx.example.", illegal("xn--ab--c-xxx.example.", "string contains forbidden two hyphens pattern")),
    ];
    for (name, want) in cases {
        assert_eq!(idn::to_locale(name, true).map_err(|e| Fatal::IdnOut(e).to_string()), want, "{name}");
    }
    // Not a UTF-8 locale: the ASCII form, lower-cased, and a warning.
    assert_eq!(idn::to_locale("XN--BCHER-KVA.Example.", false), Ok(("xn--bcher-kva.example.".to_string(), true)));
    assert_eq!(idn::to_locale("_sip.Under.example.", false), Ok(("_sip.Under.example.".to_string(), false)));
}

mod replies;
mod styles;
mod yaml_and_more;
