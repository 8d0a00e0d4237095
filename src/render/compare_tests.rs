//! `--compare`'s table and JSON document, from the comparison fixtures of
//! `event::compare`'s tests.

use std::sync::Arc;

use super::*;
use crate::event::Event;
use crate::event::compare::tests::{A, AA, NS, RA, RD, Rr, a, answered, comparison, message, target, timed_out, www};
use crate::render::style::strip_ansi;
use crate::render::table::Layout;
use crate::render::{Captured, Sink, Stream};

const PLAIN: Layout = Layout { width: None, unicode: false };

fn text(c: &Comparison, p: Palette, layout: Layout) -> String {
    let mut out = Vec::new();
    render(&mut out, c, &p, layout.unicode, layout.width).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn servers_that_agree() {
    let c = comparison(vec![answered(1, www(300)), answered(2, www(299))]);
    let expected = "\
;; www.example. IN A: 2 servers
+--+--------------------------+------------+------------+
|  |                          | 127.0.0.1  | 127.0.0.2  |
+--+--------------------------+------------+------------+
|  | status                   | NOERROR    | NOERROR    |
+--+--------------------------+------------+------------+
|  | flags                    | rd ra      | rd ra      |
+--+--------------------------+------------+------------+
|  | query time               | 1 ms (UDP) | 2 ms (UDP) |
+--+--------------------------+------------+------------+
|  | ANSWER                   | 1 record   | 1 record   |
+--+--------------------------+------------+------------+
|  | www.example. A 192.0.2.1 | 300        | 299        |
+--+--------------------------+------------+------------+
servers agree

";
    assert_eq!(text(&c, Palette::OFF, PLAIN), expected);
}

#[test]
fn differences_are_marked() {
    let auth = message(AA | RD, 0, &[Rr("www.example.", A, 300, a([192, 0, 2, 9]))], &[Rr("example.", NS, 300, target("ns.example."))]);
    let c = comparison(vec![answered(1, www(300)), answered(2, auth)]);
    let expected = "\
;; www.example. IN A: 2 servers
+---+--------------------------+------------+------------+
|   |                          | 127.0.0.1  | 127.0.0.2  |
+---+--------------------------+------------+------------+
|   | status                   | NOERROR    | NOERROR    |
+---+--------------------------+------------+------------+
| * | flags                    | rd ra      | aa rd      |
+---+--------------------------+------------+------------+
|   | query time               | 1 ms (UDP) | 2 ms (UDP) |
+---+--------------------------+------------+------------+
|   | ANSWER                   | 1 record   | 1 record   |
+---+--------------------------+------------+------------+
| * | www.example. A 192.0.2.1 | 300        | -          |
+---+--------------------------+------------+------------+
| * | www.example. A 192.0.2.9 | -          | 300        |
+---+--------------------------+------------+------------+
|   | AUTHORITY                | 0 records  | 1 record   |
+---+--------------------------+------------+------------+
| * | example. NS ns.example.  | -          | 300        |
+---+--------------------------+------------+------------+
servers differ: flags, answer, authority

";
    assert_eq!(text(&c, Palette::OFF, PLAIN), expected);
}

#[test]
fn a_server_without_reply_shows_why() {
    let c = comparison(vec![answered(1, www(300)), timed_out(2)]);
    let t = text(&c, Palette::OFF, PLAIN);
    assert!(t.contains("| * | status                   | NOERROR    | communications error to 127.0.0.2#53: timed out |"), "{t}");
    assert!(t.contains("| * | flags                    | rd ra      | -  "), "{t}");
    assert!(t.ends_with("no reply from 127.0.0.2#53; servers differ: status, flags, answer\n\n"), "{t}");
    let none = comparison(vec![timed_out(1), timed_out(2)]);
    assert!(text(&none, Palette::OFF, PLAIN).ends_with("\nno server replied\n\n"));
}

#[test]
fn server_headers() {
    let mut s = answered(1, www(300));
    assert_eq!(server_header(&s), "127.0.0.1");
    s.addr = Some("127.0.0.1:5353".parse().unwrap());
    assert_eq!(server_header(&s), "127.0.0.1#5353");
    s.server.label = "localhost".into();
    assert_eq!(server_header(&s), "localhost#5353\n127.0.0.1#5353");
    s.addr = None;
    s.server.port = Some(853);
    assert_eq!(server_header(&s), "localhost#853");
}

#[test]
fn unicode_on_a_terminal_wraps_to_its_width() {
    let long = message(RD | RA, 0, &[Rr("www.example.", 16, 60, [vec![120u8], vec![b'x'; 120]].concat())], &[]);
    let c = comparison(vec![answered(1, long), answered(2, www(300))]);
    let t = text(&c, Palette::OFF, Layout { width: Some(70), unicode: true });
    assert!(t.contains('╭') && t.contains('≠'), "{t}");
    for line in t.lines().skip(1) {
        assert!(line.chars().count() <= 70, "{line:?}\n{t}");
    }
    let xs = t.matches('x').count() - t.matches("example").count();
    assert_eq!(xs, 120, "{t}");
}

#[test]
fn colors_do_not_change_the_text() {
    let c = comparison(vec![answered(1, www(300)), timed_out(2)]);
    let plain = text(&c, Palette::OFF, PLAIN);
    let colored = text(&c, Palette { enabled: true }, PLAIN);
    assert_ne!(plain, colored);
    assert_eq!(strip_ansi(&colored), plain);
}

#[test]
fn json_document() {
    let c = comparison(vec![answered(1, www(300)), timed_out(2)]);
    let mut extra = serde_json::Map::new();
    extra.insert("resolver".into(), serde_json::json!({"kind": "test"}));
    let v = crate::render::json::compare::document(&c, &extra);
    let line = v.to_string();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    let cmp = &v["rlookup"]["compare"];
    assert_eq!(cmp["agree"], false);
    assert_eq!(cmp["differences"], serde_json::json!(["status", "flags", "answer"]));
    assert_eq!(cmp["question"], serde_json::json!({"name": "www.example.", "type": "A", "class": "IN"}));
    assert_eq!(cmp["servers"][0]["answerRRs"][0]["rdataA"], "192.0.2.1");
    assert_eq!(cmp["servers"][0]["rlookup"]["server"], "127.0.0.1");
    assert_eq!(cmp["servers"][1]["rlookup"]["error"]["kind"], "timeout");
    assert_eq!(cmp["servers"][1]["rlookup"]["error"]["message"], "communications error to 127.0.0.2#53: timed out");
    assert_eq!(cmp["servers"][1]["rlookup"]["serverName"], "127.0.0.2");
    assert_eq!(v["rlookup"]["resolver"]["kind"], "test");
    let agree =
        crate::render::json::compare::document(&comparison(vec![answered(1, www(1)), answered(2, www(2))]), &serde_json::Map::new());
    assert_eq!(agree["rlookup"]["compare"]["agree"], true);
    assert_eq!(agree["rlookup"]["compare"]["differences"], serde_json::json!([]));
}

/// Every sink prints the comparison: the text ones (and `--table`) as the
/// table, JSON as one document.
#[test]
fn every_sink_prints_it() {
    use crate::plan::TableSections;
    let event = Event::Compare(Arc::new(comparison(vec![answered(1, www(300)), answered(2, www(300))])));
    let look = crate::render::servers::Look { palette: Palette::OFF, unicode: false, width: None };
    let table = text(&comparison(vec![answered(1, www(300)), answered(2, www(300))]), Palette::OFF, PLAIN);
    let sinks: Vec<(&str, Box<dyn Sink>)> = vec![
        ("dig", Box::new(crate::render::dig::DigSink::new(look))),
        ("nslookup", Box::new(crate::render::nslookup::NslookupSink::new(look))),
        ("windows", Box::new(crate::render::windows::WindowsSink::default())),
        (
            "table",
            Box::new(crate::render::table::TableSink {
                text: crate::render::dig::DigSink::new(look),
                sections: TableSections { answer: true, authority: false, additional: false },
                palette: Palette::OFF,
                layout: PLAIN,
                note: None,
                held: None,
                pending_a: None,
            }),
        ),
    ];
    for (what, mut sink) in sinks {
        let mut out = Captured::default();
        sink.event(&event, &mut out).unwrap();
        assert_eq!(out.text(Stream::Out), table, "{what}");
    }
    let mut json = crate::render::json::JsonSink::new(serde_json::Map::new(), look);
    let mut out = Captured::default();
    json.event(&event, &mut out).unwrap();
    // A lone document is written at the end of the run.
    crate::render::Sink::finish(&mut json, &mut out).unwrap();
    let line = out.text(Stream::Out);
    assert_eq!(line.lines().count(), 1, "{line}");
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["rlookup"]["compare"]["agree"], true);
}

/// Hostile replies side by side with a good one: no panic, valid JSON,
/// and no byte from the network reaches the terminal raw.
#[test]
fn hostile_replies_compare_safely() {
    use crate::wire::message::parse_best_effort;
    let mut compared = 0;
    for bytes in crate::wire::message::tests::mutated_messages(3_000) {
        let Ok((message, _)) = parse_best_effort(&bytes) else { continue };
        let mut other = answered(2, www(300));
        let ServerOutcome::Reply(r) = &mut other.outcome else { unreachable!() };
        let mut reply = (**r).clone();
        reply.response.message = Arc::new(message);
        reply.response.bytes = bytes.clone();
        if let Some(q) = reply.response.message.question.first() {
            reply.qname = q.name.clone();
        }
        other.outcome = ServerOutcome::Reply(Arc::new(reply));
        let c = comparison(vec![other, answered(1, www(300))]);
        for layout in [PLAIN, Layout { width: Some(50), unicode: false }] {
            let t = text(&c, Palette::OFF, layout);
            if let Some(b) = t.bytes().find(|&b| !(b == b'\n' || (0x20..0x7f).contains(&b))) {
                panic!("raw byte {b:#04x} in the output for {bytes:02x?}:\n{t}");
            }
        }
        let line = crate::render::json::compare::document(&c, &serde_json::Map::new()).to_string();
        serde_json::from_str::<serde_json::Value>(&line).unwrap_or_else(|e| panic!("invalid JSON ({e}): {line}"));
        compared += 1;
    }
    assert!(compared > 300, "the corpus should parse often enough to test something ({compared})");
}
