//! The packet tee: another sink's output, plus every packet of the run
//! dissected Wireshark-style (`dissect`). `--dump` prints a lookup's
//! packets after that lookup's output (on stderr with `--dump-stderr`, and
//! in JSON mode so as not to break the JSON Lines) and `--dump=F.pcap`
//! also writes them to a capture file; nslookup's `-d2` prints each packet
//! on stderr as it goes, where BIND's internal trace goes.

use std::fs::File;
use std::io::BufWriter;

use super::{Output, Sink};
use crate::dissect::pcap::PcapWriter;
use crate::dissect::{self as dump, DumpOptions};
use crate::error::Error;
use crate::event::Event;

/// `--dump`'s settings.
pub struct Dump {
    /// Print the dissections on stderr rather than after the output.
    pub to_stderr: bool,
    pub pcap: Option<PcapWriter<BufWriter<File>>>,
}

/// When `--dump` prints what it gathered: dig after each lookup,
/// nslookup after each command (and both at the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlushAt {
    Lookup,
    Command,
}

/// A sink and the packet dissection.
pub struct PacketTee<S: Sink> {
    inner: S,
    dump: Option<Dump>,
    flush_at: FlushAt,
    /// The output is JSON Lines: the dissections go to stderr.
    json: bool,
    /// Dissections of the lookup in progress, printed when it is done.
    pending: Vec<u8>,
}

impl<S: Sink> PacketTee<S> {
    pub fn new(inner: S, dump: Option<Dump>, flush_at: FlushAt, json: bool) -> PacketTee<S> {
        PacketTee { inner, dump, flush_at, json, pending: Vec::new() }
    }

    fn flush_pending(&mut self, out: &mut dyn Output) -> Result<(), Error> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(&mut self.pending);
        let to_stderr = self.json || self.dump.as_ref().is_some_and(|d| d.to_stderr);
        if to_stderr {
            out.err().write_all(&text)?;
        } else {
            out.out().write_all(&text)?;
        }
        Ok(())
    }
}

impl<S: Sink> Sink for PacketTee<S> {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        match event {
            Event::Packet { packet, d2 } => {
                if *d2 {
                    dump::write_packet(out.err(), packet, &DumpOptions::default())?;
                }
                if let Some(d) = self.dump.as_mut() {
                    dump::write_packet(&mut self.pending, packet, &DumpOptions::default())?;
                    if let Some(cap) = d.pcap.as_mut() {
                        cap.write(packet)?;
                    }
                }
                self.inner.event(event, out)
            }
            Event::LookupDone if self.flush_at == FlushAt::Lookup => {
                self.inner.event(event, out)?;
                self.flush_pending(out)
            }
            Event::CommandDone if self.flush_at == FlushAt::Command => {
                self.inner.event(event, out)?;
                self.flush_pending(out)
            }
            other => self.inner.event(other, out),
        }
    }

    fn wants_packets(&self) -> bool {
        self.dump.is_some()
    }

    /// The last dissections, and the capture file closed.
    fn finish(&mut self, out: &mut dyn Output) -> Result<(), Error> {
        self.inner.finish(out)?;
        self.flush_pending(out)?;
        if let Some(cap) = self.dump.as_mut().and_then(|d| d.pcap.take()) {
            cap.finish()?;
        }
        Ok(())
    }
}
