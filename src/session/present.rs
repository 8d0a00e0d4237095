//! How a session presents what the engine produces when rlookup's own
//! output is asked for: JSON documents (`--json`, dig's `+json`), tables
//! (`--table`), or BIND's text (the default, which the dialect printers
//! write themselves). Both dialects' printers hold one `Presenter` and ask
//! it first; it answers "done" for anything it printed.

use std::io::{self, Write};
use std::net::SocketAddr;

use crate::cli::opts::TableSections;
use crate::render::json::{self, Document, ErrorInfo, JsonOptions, Meta};
use crate::render::style::Palette;
use crate::render::table::{self, Layout};
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

/// What the printers need to present responses and messages.
pub struct Presenter {
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
                table::render(w, r, *sections, &self.palette, &self.layout)?;
                Ok(true)
            }
        }
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
