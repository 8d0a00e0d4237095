//! Entry points for the fuzz targets under `fuzz/` (cargo-fuzz, nightly)
//! and for the stable smoke fuzz of `cargo test`: hostile input through
//! the code that meets it, with nothing sent or read but the bytes given.
//! Not part of rlookup's interface; each function panics when an
//! invariant breaks, which is what the fuzzer looks for.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use crate::cli::dig::{Dig, Event as DigEvent, Host, preparse_args};
use crate::config::keys::KeyError;
use crate::event::compare::{Compared, Comparison, ServerOutcome};
use crate::event::validation::{Check, Validation};
use crate::event::{BadPacket, DelvResult, Event, HostKind, HostResult, Outcome, Received, Reply, Sending};
use crate::plan::{DelvPrint, Globals, Lookup, Server, Settings, TableSections};
use crate::render::packets::{Dump, FlushAt, PacketTee};
use crate::render::servers::Look;
use crate::render::style::Palette;
use crate::render::table::{Layout, TableSink};
use crate::render::{Captured, Sink, Stream};
use crate::response::{CookieCheck, Direction, Packet, Protocol, Response};
use crate::validate::{Answer, AnswerSet, BindResult, Chain, Resolution, TraceEvent};
use crate::wire::Name;
use crate::wire::message::{parse, parse_best_effort};

/// What may reach a terminal from a text sink: printable ASCII, tab and
/// newline (BIND escapes everything else as `\DDD`).
fn ascii(c: char) -> bool {
    c == '\t' || c == '\n' || (' '..='~').contains(&c)
}

/// What may reach it from text that keeps Unicode (the dissections,
/// +idnout's U-labels): no control character but tab and newline, no
/// bidi control.
fn controls(c: char) -> bool {
    !crate::render::drives_the_terminal(c as u32) || c == '\t' || c == '\n'
}

/// Arbitrary bytes as command-line words: split at NUL (argv's own
/// separator), each word as `run` sees it (rawtext: every byte kept).
pub fn words(bytes: &[u8]) -> Vec<String> {
    if bytes.is_empty() {
        return Vec::new();
    }
    bytes.split(|&b| b == 0).map(crate::rawtext::decode).collect()
}

/// A reply's whole story (the query sent, the reply, dig's statistics,
/// the packet dump, `--validate`'s verdict, the Windows-style result,
/// `--compare`, delv's answer) through every sink, in the styles that
/// change how records print. The text must stay printable ASCII (Unicode
/// without control characters where it may have it), the JSON valid JSON
/// (as lines and as one text), a reply's document with the message's ID.
/// Bytes that do not parse go the bad-packet way (the hex dump) and
/// through the dissector. Returns whether the bytes parsed.
pub fn render_all(bytes: &[u8]) -> bool {
    let server: SocketAddr = ([127, 0, 0, 1], 53).into();
    let packet = Packet {
        direction: Direction::Received,
        protocol: Protocol::Tcp,
        local: None,
        peer: server,
        bytes: bytes.to_vec(),
        at: UNIX_EPOCH,
    };
    let mut dumped = PacketTee::new(
        crate::render::nslookup::NslookupSink::new(look()),
        Some(Dump { to_stderr: false, pcap: None }),
        FlushAt::Lookup,
        false,
    );
    // --dump=FILE's capture, in memory.
    let mut pcap = crate::dissect::pcap::PcapWriter::new(Vec::new()).expect("in memory");
    pcap.write(&packet).expect("in memory");
    pcap.finish().expect("in memory");
    let dump_events = vec![Event::Packet { packet: Arc::new(packet), d2: true }];

    let Ok((message, malformed)) = parse_best_effort(bytes) else {
        let Err(error) = parse(bytes) else { return false };
        let bad = Event::BadPacket(Arc::new(BadPacket {
            lookup: Lookup::new("x", 1),
            server: Server::new("127.0.0.1", "localhost"),
            addr: server,
            protocol: Protocol::Udp,
            query: Vec::new(),
            bytes: bytes.to_vec(),
            error,
            sent_at: UNIX_EPOCH,
            rtt: Duration::from_millis(1),
        }));
        let events = [dump_events, vec![bad.clone(), Event::LookupDone, Event::CommandDone]].concat();
        check_text("dump", &mut dumped, &events, controls);
        check_text("nslookup", &mut crate::render::nslookup::NslookupSink::new(look()), std::slice::from_ref(&bad), ascii);
        check_text("dig", &mut crate::render::dig::DigSink::new(look()), std::slice::from_ref(&bad), ascii);
        check_json(std::slice::from_ref(&bad), None);
        return false;
    };
    let message = Arc::new(message);
    let qname = message.question.first().map_or_else(Name::root, |q| q.name.clone());
    let response = Response {
        query: bytes.to_vec(),
        bytes: bytes.to_vec(),
        message: message.clone(),
        server,
        server_label: "localhost".into(),
        protocol: Protocol::Udp,
        sent_at: UNIX_EPOCH,
        rtt: Duration::from_millis(1),
        cookie: CookieCheck::Bad,
        malformed,
    };
    let story = |lookup: Lookup, globals: Globals| {
        let lookup = Arc::new(lookup);
        let reply = Arc::new(Reply {
            lookup: lookup.clone(),
            server: Server::new("127.0.0.1", "localhost"),
            qname: qname.clone(),
            xfr: None,
            response: response.clone(),
        });
        vec![
            Event::Globals(Arc::new(globals)),
            Event::Sending(Arc::new(Sending {
                lookup: lookup.clone(),
                server: reply.server.clone(),
                addr: server,
                qname: qname.clone(),
                protocol: Protocol::Udp,
                bytes: bytes.to_vec(),
                message: Some(message.clone()),
                at: UNIX_EPOCH,
            })),
            Event::Reply(reply.clone()),
            Event::Received(Received { reply: reply.clone(), tcp: false, xfr: None, at: UNIX_EPOCH }),
            Event::LookupDone,
        ]
    };

    // delv's answer list: the answer section; its +mtrace: the reply.
    // --validate's verdict on it (dig's and nslookup's text, tables, JSON).
    let qtype = message.question.first().map_or(1, |q| q.qtype);
    let answers = crate::validate::rrset::Reply::from_message(&message, 1)
        .answer
        .into_iter()
        .map(|g| Answer { owner: g.name, sets: g.sets.into_iter().map(AnswerSet::Records).collect() })
        .collect();
    let resolution = Resolution {
        qname: qname.clone(),
        qtype,
        result: BindResult::Success,
        vresult: None,
        answers,
        trace: vec![TraceEvent::Received { server: "127.0.0.1#53".into(), bytes: bytes.to_vec() }],
        chain: Chain::default(),
        validating: true,
    };
    let checks = vec![
        Check::from_resolution("127.0.0.1#53".into(), &resolution),
        Check::not_validated(qname.clone(), qtype, "127.0.0.1#53".into(), "timed out"),
    ];
    let validation = Event::Validation(Arc::new(Validation { checks, show_chain: true }));
    let story = |lookup, globals| [story(lookup, globals), vec![validation.clone()]].concat();

    // dig's text in its styles, nslookup's in its displays.
    DIG_STYLES.with(|styles| {
        for (args, lookup, globals) in styles {
            let events = story(lookup.clone(), globals.clone());
            let mut dig = crate::render::dig::DigSink::new(look());
            // +idnout prints U-labels where the locale allows them.
            if args.contains(&"+idnout") {
                check_text("dig +idnout", &mut dig, &events, controls);
            } else {
                check_text("dig", &mut dig, &events, ascii);
            }
        }
    });
    let mut stories = Vec::new();
    for (pair, debug, d2, rdtype) in
        [(true, false, false, 1), (true, false, false, 28), (false, true, false, 15), (false, false, true, 255)]
    {
        let mut lookup = Lookup::new("x", 1);
        lookup.rdtype = rdtype;
        lookup.display.pair = pair;
        lookup.display.debug = debug;
        lookup.display.d2 = d2;
        let events = story(lookup, Globals::default());
        check_text("nslookup", &mut crate::render::nslookup::NslookupSink::new(look()), &events, ascii);
        stories.push(events);
    }

    // What prints the same in every display, once: JSON, the tables
    // (nslookup's A and AAAA pair sharing one, held for the verdict or
    // not), --compare (this reply beside itself and beside no reply),
    // --dump (the packet's dissection after nslookup's text).
    let events = &stories[2];
    check_json(events, Some(message.header.id));
    let pair = stories[..2].concat();
    for (width, held) in [(None, false), (Some(40), true)] {
        let mut table = TableSink {
            text: crate::render::nslookup::NslookupSink::new(look()),
            sections: TableSections { answer: true, authority: true, additional: true },
            palette: Palette::OFF,
            layout: Layout { width, unicode: false },
            note: None,
            held: held.then(Vec::new),
            pending_a: None,
        };
        check_text("table", &mut table, &pair, ascii);
    }
    let Some(Event::Reply(reply)) = events.iter().find(|e| matches!(e, Event::Reply(_))) else { unreachable!() };
    let answered = Compared { server: reply.server.clone(), addr: Some(server), outcome: ServerOutcome::Reply(reply.clone()) };
    let none = Compared { outcome: ServerOutcome::NoReply { failure: None, notice: None }, ..answered.clone() };
    let compare = [Event::Compare(Arc::new(Comparison { lookup: reply.lookup.clone(), servers: vec![answered.clone(), none, answered] }))];
    check_text("compare", &mut crate::render::nslookup::NslookupSink::new(look()), &compare, ascii);
    check_json(&compare, None);
    let events = [events.clone(), dump_events, vec![Event::CommandDone]].concat();
    check_text("dump", &mut dumped, &events, controls);

    // Windows' nslookup: each kind of host block.
    for kind in
        [HostKind::ServerName, HostKind::Host, HostKind::Address(28), HostKind::Reverse("192.0.2.1".into()), HostKind::Records(qtype)]
    {
        let outcomes = vec![(1, Some(Outcome::Reply(message.clone()))), (28, Some(Outcome::Reply(message.clone()))), (qtype, None)];
        let result = HostResult { kind: kind.clone(), name: "x".into(), server: "localhost".into(), outcomes };
        let events = [Event::HostBegins(kind), Event::HostResult(Arc::new(result)), validation.clone()];
        check_text("windows", &mut crate::render::windows::WindowsSink::default(), &events, ascii);
    }

    let plain = DelvPrint { mtrace: true, ..DelvPrint::default() };
    for print in [
        DelvPrint { multiline: true, ..plain.clone() },
        DelvPrint { yaml: true, rrcomments: false, ..plain.clone() },
        DelvPrint { short: true, nocrypto: true, splitwidth: 7, ..plain.clone() },
        DelvPrint { unknownformat: true, nottl: true, noclass: true, ..plain.clone() },
        plain,
    ] {
        let event = Event::Delv(Arc::new(DelvResult { resolution: resolution.clone(), print }));
        check_text("delv", &mut crate::render::delv::DelvSink::default(), &[event], ascii);
    }
    true
}

/// dig's command lines whose styles the renderers are fuzzed in.
const DIG_ARGS: [&[&str]; 7] = [
    &["x"],
    &["x", "+short"],
    &["x", "+multiline", "+qr"],
    &["x", "+yaml"],
    &["x", "+besteffort", "+nocrypto", "+split=4"],
    &["x", "+unknownformat", "+nottlid", "+noclass", "+expandaaaa", "+ttlunits", "+identify"],
    &["x", "+idnout", "+onesoa", "+nocomments"],
];

thread_local! {
    /// [`DIG_ARGS`] through dig's grammar, once.
    static DIG_STYLES: Vec<(&'static [&'static str], Lookup, Globals)> =
        DIG_ARGS.iter().map(|&args| {
            let (lookup, globals) = dig_style(args);
            (args, lookup, globals)
        }).collect();
}

/// The lookup and globals of one dig command line.
fn dig_style(args: &[&str]) -> (Lookup, Globals) {
    let pre = preparse_args(args).unwrap_or_else(|_| panic!("{args:?}"));
    let mut dig = Dig::new(Host::default(), &pre, Settings::default());
    dig.command_line(args, None);
    while dig.next_event().is_some() {}
    let lookup = dig.take_lookups().into_iter().next().unwrap_or_else(|| panic!("{args:?}"));
    (lookup, dig.globals().clone())
}

fn look() -> Look {
    Look { palette: Palette::OFF, unicode: false, width: None }
}

/// The events through `sink`: no panic, and every character of its
/// output (both streams) passes `ok`. A sink's error (dig's fatal IDN
/// errors) ends its output, which must still pass.
fn check_text(what: &str, sink: &mut dyn Sink, events: &[Event], ok: impl Fn(char) -> bool) {
    let mut out = Captured::default();
    for e in events {
        let _ = sink.event(e, &mut out);
    }
    let _ = sink.finish(&mut out);
    for stream in [Stream::Out, Stream::Err] {
        let text = out.text(stream);
        if let Some(c) = text.chars().find(|&c| !ok(c)) {
            panic!("{what}: {c:?} in the output:\n{text}");
        }
    }
}

/// The events through the JSON sink, as JSON Lines and as one JSON text
/// (a document, or an array of them, held for `--validate`'s verdict):
/// valid JSON; with `id`, one reply document, with the message's ID.
fn check_json(events: &[Event], id: Option<u16>) {
    for lines in [true, false] {
        let mut sink = crate::render::json::JsonSink::new(serde_json::Map::new(), look()).lines(lines).holding(!lines);
        let mut out = Captured::default();
        for e in events {
            sink.event(e, &mut out).expect("JSON");
        }
        sink.finish(&mut out).expect("JSON");
        let text = out.text(Stream::Out);
        let parse = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap_or_else(|e| panic!("invalid JSON ({e}): {t}"));
        let docs: Vec<serde_json::Value> = if lines {
            text.lines().map(parse).collect()
        } else if text.is_empty() {
            Vec::new()
        } else {
            match parse(&text) {
                serde_json::Value::Array(docs) => docs,
                doc => vec![doc],
            }
        };
        if let Some(id) = id {
            let ids: Vec<_> = docs.iter().filter_map(|d| d.get("ID")).collect();
            assert_eq!(ids, [id], "{text}");
        }
    }
}

/// dig's grammar driven as its session drives it, with no I/O: `args`
/// after the lines of `digrc`, then `batch` as the `-f` file's contents
/// (if the command line opens one) line by line, each line's lookups
/// taken as if run. `@server` names that are no address literals resolve
/// to 127.0.0.1 or not at all (by their length), key files are never
/// found. Returns how many lookups the parse queued.
pub fn dig(args: &[String], digrc: Option<&[u8]>, batch: &[u8]) -> usize {
    let Ok(pre) = preparse_args(args) else { return 0 };
    let settings = Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")].into(), ..Settings::default() };
    let mut dig = Dig::new(Host::default(), &pre, settings);
    let mut lines = batch.split_inclusive(|&b| b == b'\n').flat_map(crate::cli::dig::fgets_chunks);
    dig.command_line(args, digrc);
    let (mut opened, mut lookups) = (false, 0);
    loop {
        while let Some(e) = dig.next_event() {
            match e {
                DigEvent::Server { name, .. } => {
                    dig.server_addresses(if name.len() % 2 == 0 { Ok(vec!["127.0.0.1".into()]) } else { Err("not found".into()) })
                }
                DigEvent::OpenBatch(_) => {
                    opened = true;
                    dig.batch_opened(Ok(()));
                }
                DigEvent::ReadBatchLine => dig.batch_input(lines.next()),
                DigEvent::ReadKeyFile { path, hmac } => {
                    dig.key_file_read(Err(KeyError::CouldntRead { file: path, reason: "file not found" }), hmac)
                }
                DigEvent::Fatal(_) | DigEvent::Abort(_) | DigEvent::Exit(_) => return lookups,
                _ => {}
            }
        }
        lookups += dig.take_lookups().len();
        match lines.next().filter(|_| opened) {
            Some(line) => dig.batch_line(line),
            None => return lookups,
        }
    }
}

/// What the fuzz targets of the renderers run on stable: hostile replies
/// through [`render_all`].
#[cfg(test)]
mod tests {
    /// Hostile replies through every renderer that prints a decoded
    /// message: none may panic, the JSON must stay valid JSON that keeps
    /// the message's ID, and the text must never let a byte from the
    /// network reach the terminal raw (only printable ASCII, tab, newline).
    #[test]
    fn hostile_replies_render_safely() {
        let mut rendered = 0;
        for bytes in crate::wire::message::tests::mutated_messages(5_000) {
            rendered += usize::from(super::render_all(&bytes));
        }
        assert!(rendered > 500, "the corpus should parse often enough to test something ({rendered})");
    }

    /// What the dig_args and batch_line targets run: the grammar's
    /// requests all answered, the batch file read to its end.
    #[test]
    fn dig_runs_without_io() {
        let words = |s: &str| super::words(s.replace(' ', "\0").as_bytes());
        assert_eq!(super::dig(&words("@127.0.0.1 example.com mx +short"), None, b""), 1);
        assert_eq!(super::dig(&words("@ns.example example.com"), None, b""), 1);
        assert_eq!(super::dig(&words("@ns.example. example.com"), None, b""), 0, "a name that does not resolve is fatal");
        assert_eq!(super::dig(&words("-k /nonexistent.key x"), None, b""), 1);
        assert_eq!(super::dig(&words("a.example"), Some(b"+short\n-p 53\n"), b""), 1);
        let batch = b"a.example mx\n\n# a name\n-x 192.0.2.1 +short\n".as_slice();
        // From the second line on, a blank line is `. NS` and `# a name` two names (as in BIND).
        assert_eq!(super::dig(&words("-f batch"), None, batch), 5);
        assert_eq!(super::dig(&words("-f batch x"), None, &[b'a'; 3000]), 4, "a line in 1023-byte chunks, and the command line's");
        assert_eq!(super::dig(&words("+badoption x"), None, b""), 0);
        assert!(super::words(b"").is_empty());
    }
}
