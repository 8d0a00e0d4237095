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

#[tokio::test]
async fn recorded_events_print_what_the_live_sink_printed() {
    let port = responder().await;
    let live_out = Shared::default();
    let settings =
        Settings { servers: vec![Server::new("127.0.0.1", "127.0.0.1")].into(), port, timeout: 2, tries: 1, ..Settings::default() };
    let mut engine = Engine::new(settings, Both { live: Live::new(dig_sink(), Box::new(live_out.clone())), recorded: Vec::new() });
    engine.emit.live.show(&Event::Globals(Arc::new(crate::plan::Globals::default()))).unwrap();
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
