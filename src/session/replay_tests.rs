//! A lookup's output comes from its events alone: recorded while the
//! lookup runs against a real server on 127.0.0.1 and printed later into
//! a buffer, it is byte for byte what the same sink printed live.

use std::sync::{Arc, Mutex};

use super::*;
use crate::lookup::Engine;
use crate::plan::Lookup;
use crate::render::{Captured, Stream};

/// Answers every query with one A record, 192.0.2.1, TTL 300 (the
/// question echoed, QR and RA set), and a second query of a name under
/// `nx.` with NXDOMAIN.
async fn responder() -> u16 {
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let port = sock.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut buf = [0u8; 512];
        while let Ok((n, from)) = sock.recv_from(&mut buf).await {
            let q = &buf[..n];
            // The question ends 4 bytes after the name's root label.
            let Some(end) = q[12..].iter().position(|&b| b == 0).map(|p| 12 + p + 5) else { continue };
            let nx = q.get(13..15) == Some(b"nx");
            let mut r = q[..12].to_vec();
            r[2] |= 0x80; // QR
            r[3] = if nx { 0x83 } else { 0x80 }; // RA, NXDOMAIN or NOERROR
            r[6..12].copy_from_slice(&[0, u8::from(!nx), 0, 0, 0, 0]); // ANCOUNT, no NS/AR
            r.extend_from_slice(&q[12..end]);
            if !nx {
                r.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 1, 0x2c, 0, 4, 192, 0, 2, 1]);
            }
            let _ = sock.send_to(&r, from).await;
        }
    });
    port
}

/// An Emit that records every event and also shows it live.
struct Both {
    live: Live,
    recorded: Vec<Event>,
}

impl Emit for Both {
    fn emit(&mut self, event: Event) -> Result<()> {
        self.live.show(&event)?;
        self.recorded.push(event);
        Ok(())
    }
}

/// A Captured output that a test can read after the Live that owns it is
/// gone.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Captured>>);

impl crate::render::Output for Shared {
    fn out(&mut self) -> &mut dyn std::io::Write {
        self
    }
    fn err(&mut self) -> &mut dyn std::io::Write {
        self
    }
}

impl std::io::Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let mut c = self.0.lock().unwrap();
        crate::render::Output::out(&mut *c).write(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn dig_sink() -> Box<dyn Sink> {
    let look = crate::render::servers::Look { palette: crate::render::style::Palette::OFF, unicode: false, width: None };
    Box::new(crate::render::dig::DigSink::new(look))
}

/// An engine asking 127.0.0.1 at `port` (one try, 2 s), printing live
/// into `out` (dig's default globals) and recording its events.
fn engine_to(port: u16, out: &Shared) -> Engine<Both> {
    let settings =
        Settings { servers: vec![Server::new("127.0.0.1", "127.0.0.1")].into(), port, timeout: 2, tries: 1, ..Settings::default() };
    let mut engine = Engine::new(settings, Both { live: Live::new(dig_sink(), Box::new(out.clone())), recorded: Vec::new() });
    engine.emit.live.show(&Event::Globals(Arc::new(crate::plan::Globals::default()))).unwrap();
    engine
}

#[tokio::test]
async fn recorded_events_print_what_the_live_sink_printed() {
    let port = responder().await;
    let live_out = Shared::default();
    let mut engine = engine_to(port, &live_out);
    for name in ["www.example.", "nx.example."] {
        let mut l = Lookup::new(name, 1);
        l.cmdline = format!("\n; <<>> test <<>> {name}\n");
        engine.push(l);
    }
    engine.run().await.unwrap();
    let recorded = std::mem::take(&mut engine.emit.recorded);
    assert!(recorded.iter().filter(|e| matches!(e, Event::Reply(_))).count() == 2, "{recorded:?}");

    // Replayed into a fresh sink and a buffer.
    let mut sink = dig_sink();
    let mut buffer = Captured::default();
    sink.event(&Event::Globals(Arc::new(crate::plan::Globals::default())), &mut buffer).unwrap();
    for e in &recorded {
        sink.event(e, &mut buffer).unwrap();
    }
    let live = live_out.0.lock().unwrap().text(Stream::Out);
    assert_eq!(buffer.text(Stream::Out), live);
    assert!(live.contains("www.example.\t\t300\tIN\tA\t192.0.2.1\n"), "{live}");
    assert!(live.contains("status: NXDOMAIN"), "{live}");
    // The second lookup's output follows the first's, whole.
    let first = live.find("192.0.2.1").unwrap();
    assert!(live[first..].contains("; <<>> test <<>> nx.example."), "{live}");
}

/// Answers each query with NOERROR, no records, and an OPT record whose
/// COOKIE is the client's 8 bytes and a server cookie of 8 bytes 0x5e, as
/// a server that supports cookies does.
async fn cookie_responder() -> u16 {
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let port = sock.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut buf = [0u8; 512];
        while let Ok((n, from)) = sock.recv_from(&mut buf).await {
            let Ok(query) = crate::wire::message::parse(&buf[..n]) else { continue };
            let Some((_, client)) = query.opt.as_ref().and_then(|o| o.options.iter().find(|(code, _)| *code == 10)) else { continue };
            let question_end = query.question[0].offset + query.question[0].name.wire_len() + 4;
            let mut r = buf[..2].to_vec(); // the query's id
            r.extend_from_slice(&[0x81, 0x80]); // QR RD RA, NOERROR
            r.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 1]); // QD 1, AN 0, NS 0, AR 1
            r.extend_from_slice(&buf[12..question_end]); // the question
            r.extend_from_slice(&[0, 0, 41, 0x04, 0xd0, 0, 0, 0, 0]); // root, OPT, udp 1232, ttl 0
            r.extend_from_slice(&[0, 20, 0, 10, 0, 16]); // RDLENGTH 20: COOKIE, 16 bytes
            r.extend_from_slice(&client[..8]);
            r.extend_from_slice(&[0x5e; 8]);
            let _ = sock.send_to(&r, from).await;
        }
    });
    port
}

/// A reply's event shares its query's lookup when all that changed is the
/// server cookie the reply taught it: one copy of the lookup per lookup
/// held by a batch, not two. The cookie is still checked and shown.
#[tokio::test]
async fn a_reply_shares_the_lookup_its_query_went_out_with() {
    let port = cookie_responder().await;
    let out = Shared::default();
    let mut engine = engine_to(port, &out);
    let mut l = Lookup::new("www.example.", 1);
    l.edns = Some(0);
    l.sendcookie = true;
    engine.push(l);
    engine.run().await.unwrap();
    let recorded = std::mem::take(&mut engine.emit.recorded);
    let sent = recorded.iter().find_map(|e| if let Event::Sending(s) = e { Some(s.lookup.clone()) } else { None }).expect("a query");
    let replied = recorded.iter().find_map(|e| if let Event::Reply(r) = e { Some(r.lookup.clone()) } else { None }).expect("a reply");
    assert!(Arc::ptr_eq(&sent, &replied), "two copies of the lookup: {sent:?} / {replied:?}");
    let text = out.0.lock().unwrap().text(Stream::Out);
    assert!(text.contains("5e5e5e5e5e5e5e5e (good)"), "{text}");
}
