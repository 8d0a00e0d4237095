//! How a session presents what the engine produces when rlookup's own
//! output is asked for: JSON documents (`--json`, dig's `+json`), tables
//! (`--table`), or BIND's text (the default, which the dialect printers
//! write themselves). Both dialects' printers hold one `Presenter` and ask
//! it first; it answers "done" for anything it printed.

use std::io::{self, Write};
use std::net::SocketAddr;

use crate::cli::opts::TableSections;
use crate::dissect::pcap::PcapWriter;
use crate::dissect::{self, DumpOptions};
use crate::render::json::{self, Document, ErrorInfo, JsonOptions, Meta};
use crate::render::style::Palette;
use crate::render::table::{self, Layout};
use crate::response::Packet;
use crate::response::Response;
use crate::transport::Protocol;
use crate::wire::ParseError;

/// The output format.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// BIND's text.
    #[default]
    Text,
    Json(JsonOptions),
    Table(TableSections),
}

/// `--dump`: each packet dissected (Wireshark-style) into a buffer that is
/// printed after the output it belongs to, and written to a pcap file.
pub struct Dump {
    pub to_stderr: bool,
    pub pcap: Option<PcapWriter<std::io::BufWriter<std::fs::File>>>,
    pending: Vec<u8>,
}

impl Dump {
    pub fn new(to_stderr: bool, pcap: Option<PcapWriter<std::io::BufWriter<std::fs::File>>>) -> Dump {
        Dump { to_stderr, pcap, pending: Vec::new() }
    }
}

/// What the printers need to present responses and messages.
pub struct Presenter {
    /// --servers: show the servers in effect once the arguments are parsed,
    /// instead of looking anything up.
    pub servers: Option<crate::session::servers::ServersRequest>,
    /// Names typed in Unicode are sent in A-labels (dig's rule for +idnin:
    /// on when standard output is a terminal and IDN_DISABLE is unset; or
    /// with --idnout).
    pub idn_in: bool,
    /// --idnout: names are printed in U-labels.
    pub idn_out: bool,
    /// --dump, if asked for.
    pub dump: Option<Dump>,
    pub mode: Mode,
    /// nslookup's text as BIND prints it, or as Windows nslookup does.
    pub style: crate::cli::opts::Style,
    pub palette: Palette,
    pub layout: Layout,
    /// Extra members for every JSON document's `rlookup` object (e.g. the
    /// systemd-resolved stub and its upstreams).
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// The server of the query in flight, for error documents.
    current: Option<(SocketAddr, String, Protocol)>,
}

impl Presenter {
    pub fn text() -> Presenter {
        Presenter {
            servers: None,
            idn_in: false,
            idn_out: false,
            dump: None,
            mode: Mode::Text,
            style: crate::cli::opts::Style::Bind,
            palette: Palette::OFF,
            layout: Layout { width: None, unicode: false },
            extra: serde_json::Map::new(),
            current: None,
        }
    }

    pub fn is_text(&self) -> bool {
        self.mode == Mode::Text
    }

    pub fn is_json(&self) -> bool {
        matches!(self.mode, Mode::Json(_))
    }

    /// Remembers the server a query is going to.
    pub fn sending_to(&mut self, addr: SocketAddr, label: &str, protocol: Protocol) {
        self.current = Some((addr, label.to_string(), protocol));
    }

    fn meta(&self) -> Meta {
        let mut meta = match &self.current {
            Some((addr, label, protocol)) => Meta::server(*addr, label, *protocol),
            None => Meta::default(),
        };
        meta.extra.extend(self.extra.clone());
        meta
    }

    /// A response in JSON or as a table. False: print BIND's text.
    /// `with_query`: put the query beside the response (dig's +qr).
    pub fn response(&self, w: &mut dyn Write, r: &Response, with_query: bool) -> io::Result<bool> {
        match &self.mode {
            Mode::Text => Ok(false),
            Mode::Json(opts) => {
                let opts = JsonOptions { with_query: opts.with_query || with_query, ..*opts };
                let mut doc = Document::response(r, &opts);
                doc.meta.extra.extend(self.extra.clone());
                doc.write(w)?;
                Ok(true)
            }
            Mode::Table(sections) => {
                if let Some(note) = self.resolver_note() {
                    writeln!(w, "{note}")?;
                }
                table::render(w, r, *sections, &self.palette, &self.layout)?;
                Ok(true)
            }
        }
    }

    /// Prints the `--servers` table.
    pub fn show_servers(&self, w: &mut dyn Write, e: &crate::session::servers::InEffect<'_>) -> io::Result<()> {
        let Some(req) = &self.servers else { return Ok(()) };
        let view = crate::session::servers::view(e, req);
        crate::render::servers::render(w, &view, &self.palette, self.layout.unicode)
    }

    /// The line tables start with when systemd-resolved's stub is in use:
    /// whom the stub forwards to.
    fn resolver_note(&self) -> Option<String> {
        let r = self.extra.get("resolver")?;
        let ups: Vec<&str> = r["upstreams"].as_array()?.iter().filter_map(|v| v.as_str()).collect();
        let ups = if ups.is_empty() { "unknown".to_string() } else { ups.join(", ") };
        Some(if r["askedUpstream"] == serde_json::Value::Bool(true) {
            format!(";; bypassing systemd-resolved's stub; asking its upstream servers: {ups}")
        } else {
            format!(";; via systemd-resolved's stub; upstream servers: {ups} (--upstream asks them directly)")
        })
    }

    /// A message of the engine or the dialect (`;; communications error
    /// ...`, `*** Invalid option: x`): a JSON error document in JSON mode.
    /// False: print BIND's text.
    pub fn message(&self, w: &mut dyn Write, text: &str, warning: bool) -> io::Result<bool> {
        if !self.is_json() {
            return Ok(false);
        }
        let mut info = ErrorInfo::from_text(text);
        if warning {
            info = info.warning();
        }
        json::write_error(w, self.meta(), info)?;
        Ok(true)
    }

    /// A packet went out or came in: dissect it for --dump (printed by
    /// `flush_dump`) and write it to the capture file.
    pub fn packet(&mut self, p: &Packet) -> io::Result<()> {
        let Some(d) = self.dump.as_mut() else { return Ok(()) };
        dissect::write_packet(&mut d.pending, p, &DumpOptions::default())?;
        if let Some(cap) = d.pcap.as_mut() {
            cap.write(p)?;
        }
        Ok(())
    }

    /// Prints the dissections gathered so far, after the output they
    /// belong to (on stderr with --dump-stderr, and in JSON mode so as not
    /// to break the JSON Lines).
    pub fn flush_dump(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let json = self.is_json();
        let Some(d) = self.dump.as_mut() else { return Ok(()) };
        if d.pending.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(&mut d.pending);
        if d.to_stderr || json {
            out.flush()?;
            io::stderr().write_all(&text)
        } else {
            out.write_all(&text)
        }
    }

    /// The end of the run: the last dissections, and the capture file
    /// closed.
    pub fn finish_dump(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.flush_dump(out)?;
        if let Some(cap) = self.dump.as_mut().and_then(|d| d.pcap.take()) {
            cap.finish()?;
        }
        Ok(())
    }

    /// Raw text of the dialect (dig's greeting before "no servers could be
    /// reached"): nothing in JSON mode.
    pub fn raw(&self, w: &mut dyn Write, text: &str) -> io::Result<()> {
        if self.is_json() {
            return Ok(());
        }
        w.write_all(text.as_bytes())
    }

    /// A reply that could not be decoded: its JSON document, or dighost's
    /// `;; Got bad packet: <why>` and BIND's hex dump.
    pub fn report_bad_packet(
        &self,
        w: &mut dyn Write,
        q: &crate::lookup::QueryCtx<'_>,
        bytes: &[u8],
        err: &ParseError,
        sent_at: std::time::SystemTime,
        rtt: std::time::Duration,
    ) -> io::Result<()> {
        if self.bad_packet(w, bytes, q.query, err, q.addr, &q.server.label, q.protocol, sent_at, rtt)? {
            return Ok(());
        }
        self.raw(w, &format!(";; Got bad packet: {err}\n"))?;
        self.raw(w, &crate::render::bind_hex_dump(bytes))
    }

    /// A reply that could not be decoded. False: print BIND's text.
    #[allow(clippy::too_many_arguments)]
    pub fn bad_packet(
        &self,
        w: &mut dyn Write,
        bytes: &[u8],
        query: &[u8],
        err: &ParseError,
        from: SocketAddr,
        label: &str,
        protocol: Protocol,
        sent_at: std::time::SystemTime,
        rtt: std::time::Duration,
    ) -> io::Result<bool> {
        let Mode::Json(opts) = &self.mode else { return Ok(false) };
        let mut doc = Document::bad_packet(bytes, query, err, from, label, protocol, sent_at, rtt, opts);
        doc.meta.extra.extend(self.extra.clone());
        doc.write(w)?;
        Ok(true)
    }
}
