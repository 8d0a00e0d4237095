//! Sinks: one per output format, each turning the run's events
//! (`event::Event`) into text on an [`Output`]. `dig`, `nslookup` and
//! `delv` print what BIND prints, `windows` what Windows nslookup prints;
//! `json` (RFC 8427, kdig's members), `table` and `compare` (`--compare`'s
//! side-by-side view, which every sink prints) are rlookup's own; `dump` is a
//! tee that adds the packet dissection (`dissect`) after another sink's
//! output; `verdict` is `--validate`'s verdict line and chain view, which
//! every text sink prints. `lib.rs` picks the sink once, from the plan; the lookup engine
//! and the sessions only emit events.
//!
//! A sink sees events and a writer, nothing else: it imports nothing from
//! `lookup`, `transport`, `cli` or `session` (tests/architecture.rs checks
//! it), and its output depends on the events alone, so a lookup's events
//! can be recorded and printed later, into a buffer or in order after
//! others.

pub mod compare;
pub mod delv;
pub mod dig;
pub mod json;
pub mod nslookup;
pub mod packets;
pub mod servers;
pub mod stats;
pub mod style;
pub mod table;
pub mod verdict;
pub mod windows;

use std::io::{self, Write};

use crate::error::Result;
use crate::event::Event;
pub use crate::wire::{rdata_name, rdata_u32};

/// One output format.
pub trait Sink {
    /// Prints what this event calls for.
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<()>;

    /// The run is over: print what is pending, close files.
    fn finish(&mut self, _out: &mut dyn Output) -> Result<()> {
        Ok(())
    }

    /// Whether this sink shows packets (the engine does not copy them
    /// otherwise).
    fn wants_packets(&self) -> bool {
        false
    }
}

/// A sink chosen at run time is a sink.
impl Sink for Box<dyn Sink> {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<()> {
        (**self).event(event, out)
    }

    fn finish(&mut self, out: &mut dyn Output) -> Result<()> {
        (**self).finish(out)
    }

    fn wants_packets(&self) -> bool {
        (**self).wants_packets()
    }
}

/// Where a sink writes: standard output, and standard error for what BIND
/// prints there.
pub trait Output {
    fn out(&mut self) -> &mut dyn Write;
    /// Standard error, after standard output has been flushed (so that the
    /// two interleave as they were written).
    fn err(&mut self) -> &mut dyn Write;
}

/// The process's standard output (buffered, possibly colored) and standard
/// error.
pub struct Stdio<W: Write> {
    pub out: W,
    pub err: io::Stderr,
}

impl<W: Write> Stdio<W> {
    pub fn new(out: W) -> Stdio<W> {
        Stdio { out, err: io::stderr() }
    }
}

impl<W: Write> Output for Stdio<W> {
    fn out(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    fn err(&mut self) -> &mut dyn Write {
        let _ = self.out.flush();
        &mut self.err
    }
}

/// Which stream a piece of [`Captured`] output went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stream {
    #[default]
    Out,
    Err,
}

/// Output kept in memory, in the order it was written: for tests, and for
/// whatever prints a sink's output later ([`Captured::replay`]).
#[derive(Debug, Default, Clone)]
pub struct Captured {
    pub chunks: Vec<(Stream, Vec<u8>)>,
    /// The stream the next write goes to.
    current: Stream,
}

impl Captured {
    /// Everything written to one stream, as text.
    pub fn text(&self, stream: Stream) -> String {
        let bytes: Vec<u8> = self.chunks.iter().filter(|(s, _)| *s == stream).flat_map(|(_, b)| b.iter().copied()).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Writes it all out, in order.
    pub fn replay(&self, out: &mut dyn Output) -> io::Result<()> {
        for (stream, bytes) in &self.chunks {
            match stream {
                Stream::Out => out.out().write_all(bytes)?,
                Stream::Err => out.err().write_all(bytes)?,
            }
        }
        Ok(())
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.chunks.last_mut() {
            Some((s, b)) if *s == self.current => b.extend_from_slice(buf),
            _ => self.chunks.push((self.current, buf.to_vec())),
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Output for Captured {
    fn out(&mut self) -> &mut dyn Write {
        self.current = Stream::Out;
        self
    }

    fn err(&mut self) -> &mut dyn Write {
        self.current = Stream::Err;
        self
    }
}

/// Whether a character (its code point: UTF-16 surrogates, which BIND's
/// UTF-8 check lets through, can be asked too) must not reach a terminal
/// raw, even in text that keeps Unicode: a control (C0, DEL, C1), which
/// drives the terminal, or one of Unicode's bidirectional controls (ALM
/// U+061C, LRM and RLM U+200E-U+200F, the embeddings and overrides
/// U+202A-U+202E, the isolates U+2066-U+2069), which reorder what it
/// shows ("Trojan Source", CVE-2021-42574).
pub fn drives_the_terminal(c: u32) -> bool {
    c < 0x20 || (0x7f..=0x9f).contains(&c) || matches!(c, 0x061c | 0x200e | 0x200f | 0x202a..=0x202e | 0x2066..=0x2069)
}

/// BIND's hex_dump() (dighost.c), printed after ";; Got bad packet": the
/// byte count, then 16 bytes a line in hex, each line followed by its
/// printable characters ('!'..='}', others as '.').
pub fn bind_hex_dump(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let printable = |b: u8| if (b'!'..=b'}').contains(&b) { b as char } else { '.' };
    let mut out = format!("{} bytes\n", bytes.len());
    for chunk in bytes.chunks(16) {
        for b in chunk {
            let _ = write!(out, "{b:02x} ");
        }
        if chunk.len() < 16 {
            out.push_str(&"   ".repeat(16 - chunk.len()));
        }
        out.push_str("         ");
        out.extend(chunk.iter().map(|&b| printable(b)));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_drives_the_terminal() {
        let drives = |c: char| drives_the_terminal(c as u32);
        assert!(
            ['\0', '\t', '\n', '\x1b', '\x7f', '\u{9b}', '\u{61c}', '\u{200f}', '\u{202e}', '\u{2066}', '\u{2069}'].into_iter().all(drives)
        );
        assert!(!['a', ' ', '~', '\u{a0}', 'é', '\u{200b}', '\u{2028}', '\u{2070}', '😀'].into_iter().any(drives));
        assert!(!drives_the_terminal(0xd800), "a surrogate is no control");
    }

    #[test]
    fn hex_dump_matches_bind() {
        let bytes: Vec<u8> = (0x20..0x33).collect(); // 19 bytes
        let expected = "19 bytes\n\
20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f          .!\"#$%&'()*+,-./\n\
30 31 32                                                 012\n";
        assert_eq!(bind_hex_dump(&bytes), expected);
        assert_eq!(bind_hex_dump(&[]), "0 bytes\n");
    }
}
