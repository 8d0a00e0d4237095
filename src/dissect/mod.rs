//! The packet dump (`--dump`, nslookup `-d2`): every DNS message sent or
//! received, dissected the way Wireshark's DNS dissector shows it (the
//! text of `tshark -V`, version 4.0, packet-dns.c), then a hex + ASCII dump
//! with offsets (the text of `tshark -x`).
//!
//! ```text
//! Response received from 127.0.0.53#53 over UDP (91 bytes)
//! Domain Name System (response)
//!     Transaction ID: 0x3d58
//!     Flags: 0x8180 Standard query response, No error
//!         1... .... .... .... = Response: Message is a response
//!     ...
//! 0000  3d 58 81 80 00 01 00 02 00 00 00 00 03 77 77 77   =X...........www
//! ```
//!
//! The dissector walks the raw bytes itself (not `wire::message`): it must
//! show compression pointers as Wireshark resolves them, read RDATA the way
//! packet-dns.c does (names in RDATA are followed wherever they point, even
//! past RDLENGTH), and keep going on a malformed message until the point
//! where Wireshark's own dissector throws its bounds exception; there it
//! stops and adds `[Malformed Packet: DNS]` with its expert info, exactly as
//! tshark does. Every label is built the way Wireshark's proto.c builds it:
//! its number formats, bit-field lines, value strings, 240-byte label limit
//! with ` [truncated]`, `format_text()` escaping of names and strings.
//!
//! Not printed (they need other packets of the capture, not this one):
//! tshark's `[Response In]`, `[Request In]`, `[Time]`, `[Unsolicited]` and
//! retransmission lines. Differences from tshark, all deliberate or
//! environmental, are listed on [`Dissection::text`].
//!
//! The parts: this module has the public API, the packet buffer with
//! Wireshark's bounds exception, the tree under construction and the
//! dissector's walk over the message (header, questions, records, names,
//! DSO); `rdata` reads each record's RDATA type by type, `fields` holds
//! packet-dns.c's field and expert-info definitions with their value
//! strings, `text` Wireshark's label and text formatting, `pcap` the
//! capture file; the tests are in `tests`.
//!
//! Data flow: `lookup` reports each `Packet` to `Printer::packet`; the
//! session calls [`write_packet`] (text, to stdout or stderr) and/or
//! `pcap::PcapWriter::write` (capture file).

use std::fmt::Write as _;
use std::io::{self, Write};

use data_encoding::HEXLOWER;

use crate::response::{Direction, Packet, Protocol, sockaddr_text};

mod fields;
pub mod pcap;
mod rdata;
mod text;

#[cfg(test)]
mod tests;

#[cfg(test)]
pub(crate) use tests::tshark_available;

use fields::*;
use text::*;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// What to print for each packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DumpOptions {
    /// The one-line header (`Query sent to 127.0.0.53#53 over UDP (35 bytes)`).
    pub header: bool,
    /// The Wireshark-style dissection tree.
    pub tree: bool,
    /// The hex + ASCII dump.
    pub hex: bool,
}

impl Default for DumpOptions {
    fn default() -> Self {
        DumpOptions { header: true, tree: true, hex: true }
    }
}

/// One line of the dissection tree: a field (or a text-only item) and the
/// items under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Wireshark's field name (`dns.qry.name`, `dns.flags.response`, ...);
    /// empty for text-only items (`Queries`, `www.ietf.org: type A, class
    /// IN`); `_ws.expert` for expert info, `_ws.malformed` for the
    /// malformed-packet marker.
    pub field: &'static str,
    /// The line as Wireshark shows it, without the brackets of generated
    /// items and without escaping control characters (see [`Item::text`]).
    pub label: String,
    /// A generated item (not in the packet bytes): tshark shows it in
    /// brackets, `[Name Length: 12]`.
    pub generated: bool,
    pub children: Vec<Item>,
}

impl Item {
    /// The line as printed: brackets for generated items, and control
    /// characters (which tshark copies raw from a few strings, e.g. HINFO's
    /// CPU in the record summary) escaped as `format_text()` would.
    pub fn text(&self) -> String {
        let label = escape_controls(&self.label);
        if self.generated { format!("[{label}]") } else { label }
    }
}

/// The dissection of one DNS message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dissection {
    /// `Domain Name System (query)` / `(response)` and its tree; `None` when
    /// the message is too short for Wireshark to start its tree (fewer than
    /// 4 bytes).
    pub dns: Option<Item>,
    /// Wireshark's `[Malformed Packet: DNS]`: the dissector ran past the end
    /// of the message at this point of the tree.
    pub malformed: Option<Item>,
}

impl Dissection {
    /// Whether the dissector stopped at a bounds error.
    pub fn is_malformed(&self) -> bool {
        self.malformed.is_some()
    }

    /// The top-level items: the DNS tree, then the malformed marker.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.dns.iter().chain(self.malformed.iter())
    }

    /// The tree as `tshark -V` prints it: four spaces of indentation per
    /// level, generated items in brackets.
    ///
    /// Differences from tshark 4.0.17 (see the module doc for the lines
    /// left out):
    /// * control characters copied raw into a label (only in summaries that
    ///   packet-dns.c builds with `%s` from TXT-like strings, e.g. HINFO,
    ///   NAPTR flags, TSIG's algorithm) are escaped here so that a hostile
    ///   server cannot send terminal escape sequences; tshark prints them
    ///   raw ([`Dissection::text_raw`] does too);
    /// * times (RRSIG, TKEY, TSIG) are shown in UTC; tshark uses the local
    ///   time zone (the same text when TZ=UTC);
    /// * a label that C code cut in the middle of a UTF-8 character shows
    ///   U+FFFD where tshark prints the partial bytes;
    /// * no name resolution: addresses, ports and MAC vendors as numbers
    ///   (tshark -n);
    /// * always plain DNS: tshark dissects port 5353 as mDNS and 5355 as
    ///   LLMNR (other flag names, the cache-flush bit);
    /// * TKEY keys in GSS-API mode are not handed to a GSS-API dissector;
    /// * a message whose names take more than 4 million label and pointer
    ///   steps in all (compression chains built to be slow) stops there as
    ///   malformed; tshark would go on for minutes.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for item in self.items() {
            write_item(&mut out, item, 0, true);
        }
        out
    }

    /// Like [`Dissection::text`] with control characters left raw, exactly
    /// as tshark prints them (for comparing with tshark).
    pub fn text_raw(&self) -> String {
        let mut out = String::new();
        for item in self.items() {
            write_item(&mut out, item, 0, false);
        }
        out
    }
}

fn write_item(out: &mut String, item: &Item, depth: usize, escape: bool) {
    for _ in 0..depth {
        out.push_str("    ");
    }
    if escape {
        out.push_str(&item.text());
    } else if item.generated {
        let _ = write!(out, "[{}]", item.label);
    } else {
        out.push_str(&item.label);
    }
    out.push('\n');
    for child in &item.children {
        write_item(out, child, depth + 1, escape);
    }
}

/// Dissect one DNS message (without TCP's length prefix). Over TCP the tree
/// starts with the 2-byte `Length:` field, as Wireshark shows DNS over TCP.
pub fn dissect(message: &[u8], protocol: Protocol) -> Dissection {
    let tcp = protocol.length_prefixed();
    let data = with_prefix(message, tcp);
    let mut d = Dissector { tvb: Tvb { d: &data }, tree: Tree::default(), tcp, name_steps: std::cell::Cell::new(0) };
    let result = d.dissect_common();
    let tree = d.tree;
    let dns = tree.roots.first().map(|&id| tree.build(id));
    let malformed = result.err().map(|Exc| malformed_item());
    Dissection { dns, malformed }
}

/// The bytes as they travel: over TCP with the 2-byte length in front.
pub fn with_prefix(message: &[u8], tcp: bool) -> Vec<u8> {
    if !tcp {
        return message.to_vec();
    }
    let mut data = Vec::with_capacity(message.len() + 2);
    data.extend_from_slice(&(message.len().min(0xffff) as u16).to_be_bytes());
    data.extend_from_slice(message);
    data
}

/// tshark's `-x` dump: a 4-digit hex offset (more digits past 64 KiB), two
/// spaces, 16 bytes in hex, then the bytes as ASCII (`.` for anything but
/// 0x20..=0x7e), aligned.
pub fn hex_dump(bytes: &[u8]) -> String {
    let digits = match bytes.len().saturating_sub(1) {
        n if n > 0x0fff_ffff => 8,
        n if n > 0x00ff_ffff => 7,
        n if n > 0x000f_ffff => 6,
        n if n > 0x0000_ffff => 5,
        _ => 4,
    };
    let mut out = String::new();
    for (line, chunk) in bytes.chunks(16).enumerate() {
        let _ = write!(out, "{:0digits$x}  ", line * 16);
        for b in chunk {
            HEXLOWER.encode_append(std::slice::from_ref(b), &mut out);
            out.push(' ');
        }
        for _ in chunk.len()..16 {
            out.push_str("   ");
        }
        out.push_str("  ");
        out.extend(chunk.iter().map(|&b| if (0x20..0x7f).contains(&b) { b as char } else { '.' }));
        out.push('\n');
    }
    out
}

/// The header line of one packet: what it is, which way it went, with whom,
/// over what, its size.
pub fn header_line(p: &Packet) -> String {
    let kind = match p.bytes.get(2) {
        Some(b) if b & 0x80 != 0 => "Response",
        Some(_) => "Query",
        None => "Message",
    };
    let way = match p.direction {
        Direction::Sent => "sent to",
        Direction::Received => "received from",
    };
    let size =
        if p.protocol.length_prefixed() { format!("{} bytes + 2-byte length", p.bytes.len()) } else { format!("{} bytes", p.bytes.len()) };
    // An encrypted transport's messages are shown as rlookup had them,
    // decrypted.
    let decrypted = if p.protocol.encrypted() { ", decrypted" } else { "" };
    format!("{kind} {way} {} over {} ({size}{decrypted})", sockaddr_text(p.peer), p.protocol)
}

/// One packet as text: the header line, the dissection, the hex dump (of
/// the bytes as sent, TCP's length prefix included), and a blank line.
pub fn render_packet(p: &Packet, opts: &DumpOptions) -> String {
    let mut out = String::new();
    if opts.header {
        out.push_str(&header_line(p));
        out.push('\n');
    }
    if opts.tree {
        out.push_str(&dissect(&p.bytes, p.protocol).text());
    }
    if opts.hex {
        out.push_str(&hex_dump(&with_prefix(&p.bytes, p.protocol.length_prefixed())));
    }
    out.push('\n');
    out
}

/// [`render_packet`] onto a writer (stdout for `--dump`, or stderr).
pub fn write_packet(w: &mut dyn Write, p: &Packet, opts: &DumpOptions) -> io::Result<()> {
    w.write_all(render_packet(p, opts).as_bytes())
}

/// Escape the control characters of a label as `format_text()` does
/// (`\n`, `\t`, `\033`, ...); everything else stays.
fn escape_controls(s: &str) -> String {
    if !s.chars().any(|c| (c as u32) < 0x20 || c as u32 == 0x7f) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if (c as u32) < 0x20 || c as u32 == 0x7f {
            push_ascii_escape(&mut out, c as u8);
        } else {
            out.push(c);
        }
    }
    out
}

fn malformed_item() -> Item {
    Item {
        field: "_ws.malformed",
        label: "Malformed Packet: DNS".into(),
        generated: true,
        children: vec![expert_item(&EI_MALFORMED, EI_MALFORMED.summary.to_string())],
    }
}

// ---------------------------------------------------------------------------
// The packet buffer and Wireshark's bounds exception
// ---------------------------------------------------------------------------

/// Wireshark's ReportedBoundsError: the dissector read past the end of the
/// message. It unwinds to the top, where `[Malformed Packet: DNS]` is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Exc;

type R<T> = Result<T, Exc>;

/// Offsets and lengths are C `int`s in packet-dns.c and may go negative on
/// bad input; i64 keeps that arithmetic without overflow.
#[derive(Clone, Copy)]
struct Tvb<'a> {
    d: &'a [u8],
}

impl<'a> Tvb<'a> {
    fn len(&self) -> i64 {
        self.d.len() as i64
    }

    /// tvb_ensure_bytes_exist: a negative length or a range past the end
    /// throws.
    fn ensure(&self, off: i64, len: i64) -> R<()> {
        if len < 0 || off < 0 || off > self.len() || len > self.len() - off {
            return Err(Exc);
        }
        Ok(())
    }

    fn bytes(&self, off: i64, len: i64) -> R<&'a [u8]> {
        self.ensure(off, len)?;
        Ok(&self.d[off as usize..(off + len) as usize])
    }

    fn u8(&self, off: i64) -> R<u8> {
        Ok(self.bytes(off, 1)?[0])
    }

    fn u16(&self, off: i64) -> R<u16> {
        let b = self.bytes(off, 2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&self, off: i64) -> R<u32> {
        let b = self.bytes(off, 4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// An unsigned big-endian number of 1..=4 bytes.
    fn uint(&self, off: i64, len: i64) -> R<u32> {
        let b = self.bytes(off, len)?;
        Ok(b.iter().take(4).fold(0u32, |acc, &x| (acc << 8) | u32::from(x)))
    }

    /// tvb_ensure_captured_length_remaining: what is left from `off`;
    /// throws unless at least one byte is left.
    fn remaining(&self, off: i64) -> R<i64> {
        if off < 0 || off >= self.len() {
            return Err(Exc);
        }
        Ok(self.len() - off)
    }
}

// ---------------------------------------------------------------------------
// The tree under construction (proto_tree) and Wireshark's labels
// ---------------------------------------------------------------------------

/// ITEM_LABEL_LENGTH: a label holds at most 239 bytes.
const ITEM_LABEL_LENGTH: usize = 240;

type Id = usize;

struct Node {
    field: &'static str,
    /// The label's bytes: C code may cut a character in two when it
    /// appends past the 239-byte limit; shown as U+FFFD, as the raw bytes
    /// tshark prints read.
    label: Vec<u8>,
    generated: bool,
    children: Vec<Id>,
}

#[derive(Default)]
struct Tree {
    nodes: Vec<Node>,
    roots: Vec<Id>,
}

impl Tree {
    fn add(&mut self, parent: Option<Id>, field: &'static str, label: String) -> Id {
        let id = self.nodes.len();
        self.nodes.push(Node { field, label: label.into_bytes(), generated: false, children: Vec::new() });
        match parent {
            Some(p) => self.nodes[p].children.push(id),
            None => self.roots.push(id),
        }
        id
    }

    /// proto_item_append_text: appended until the label holds 239 bytes.
    fn append(&mut self, id: Id, text: &str) {
        let label = &mut self.nodes[id].label;
        if label.len() >= ITEM_LABEL_LENGTH - 1 {
            return;
        }
        let room = ITEM_LABEL_LENGTH - 1 - label.len();
        let text = text.as_bytes();
        label.extend_from_slice(&text[..text.len().min(room)]);
    }

    fn set_generated(&mut self, id: Id) {
        self.nodes[id].generated = true;
    }

    fn build(&self, id: Id) -> Item {
        let n = &self.nodes[id];
        Item {
            field: n.field,
            label: String::from_utf8_lossy(&n.label).into_owned(),
            generated: n.generated,
            children: n.children.iter().map(|&c| self.build(c)).collect(),
        }
    }
}

// ---------------------------------------------------------------------------
// The dissector (packet-dns.c, dissect_dns_common and what it calls)
// ---------------------------------------------------------------------------

/// How a field's bytes are decoded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Enc {
    /// Numbers (big-endian) and raw bytes.
    Na,
    Ascii,
    Utf8,
}

/// A name as packet-dns.c's expand_dns_name() leaves it: the bytes of the
/// text (or one of its `<...>` placeholders) and `name_len`, the count of
/// bytes shown (bitstring labels are written but not counted).
struct DName {
    text: Vec<u8>,
    len: usize,
}

impl DName {
    fn special(s: &str) -> DName {
        DName { text: s.as_bytes().to_vec(), len: s.len() }
    }

    /// The bytes format_text() shows.
    fn shown(&self) -> &[u8] {
        &self.text[..self.len.min(self.text.len())]
    }

    /// qname_labels_count(): dots plus one, for names longer than a byte.
    fn label_count(&self) -> u32 {
        if self.len > 1 { self.shown().iter().filter(|&&b| b == b'.').count() as u32 + 1 } else { 0 }
    }
}

/// MAX_DNAME_LEN, the size of expand_dns_name()'s buffer.
const MAX_DNAME_LEN: i64 = 255;

/// How many labels and pointers the names of one message may take in all.
/// A hostile message can make every name walk long chains of labels and
/// up to 256 pointers (Wireshark's only loop guard); past this budget the
/// dissection stops as malformed (tshark would just take very long).
const NAME_STEP_BUDGET: u64 = 4_000_000;

struct Dissector<'a> {
    tvb: Tvb<'a>,
    tree: Tree,
    tcp: bool,
    /// Labels and pointers followed so far (see NAME_STEP_BUDGET).
    name_steps: std::cell::Cell<u64>,
}

impl Dissector<'_> {
    // --- proto_tree_add_* ------------------------------------------------

    /// proto_tree_add_item(): bounds checked, value read from the packet.
    fn item(&mut self, parent: Id, hf: &Hf, off: i64, len: i64, enc: Enc) -> R<Id> {
        let t = self.tvb;
        let mut length = len;
        if length == -1 {
            match hf.ft {
                Ft::None | Ft::Bytes | Ft::Str => length = if t.len() > 0 { t.remaining(off)? } else { 0 },
                _ => return Err(Exc),
            }
        } else if hf.ft == Ft::None {
            let remaining = if off <= t.len() { t.len() - off.max(0) } else { 0 };
            if length < 0 || (length > 0 && remaining < length) {
                length = remaining;
            }
        }
        t.ensure(off, length)?;
        let data = t.bytes(off, length)?;
        let mut stray = false;
        let label = match hf.ft {
            Ft::Uint(_) | Ft::Bool(_) | Ft::Int32 => uint_label(hf, t.uint(off, length.min(4))?),
            Ft::Str => {
                let conv = if enc == Enc::Utf8 { utf8_string(data) } else { ascii_string(data) };
                let end = cstr(&conv).len();
                stray = (end..length as usize).any(|i| conv.get(i).is_some_and(|&b| b != 0));
                label_fill("", hf.name, &format_text_cstr(&conv))
            }
            Ft::Bytes => label_fill("", hf.name, &bytes_to_str(data)),
            Ft::Ipv4 => format!("{}: {}", hf.name, ipv4_text(t.bytes(off, 4)?)),
            Ft::Ipv6 => format!("{}: {}", hf.name, ipv6_text(t.bytes(off, 16)?)),
            Ft::None => hf.name.to_string(),
            Ft::AbsTime => label_fill("", hf.name, &abs_time_text(i64::from(t.u32(off)?))),
            Ft::Ether => {
                let b = t.bytes(off, 6)?;
                format!("{}: {}", hf.name, hex_separated(b, ':'))
            }
            Ft::Eui64 => {
                let b = t.bytes(off, 8)?;
                let text = hex_separated(b, ':');
                label_fill_descr("", hf.name, &text, &text)
            }
        };
        let id = self.tree.add(Some(parent), hf.abbrev, label);
        if stray {
            self.expert(id, &EI_STRAY, EI_STRAY.summary.to_string());
        }
        Ok(id)
    }

    /// get_hfi_length() for items whose value the dissector supplies: -1
    /// means "to the end" for bytes/strings/none, any other negative length
    /// throws. No check that the bytes exist.
    fn hfi_length(&self, hf: &Hf, off: i64, len: i64) -> R<i64> {
        if len == -1 {
            return match hf.ft {
                Ft::None | Ft::Bytes | Ft::Str => Ok(if self.tvb.len() > 0 { self.tvb.remaining(off)? } else { 0 }),
                _ => Err(Exc),
            };
        }
        if len < 0 {
            return Err(Exc);
        }
        Ok(len)
    }

    /// proto_tree_add_uint() / proto_tree_add_int().
    fn add_uint(&mut self, parent: Id, hf: &Hf, off: i64, len: i64, value: u32) -> R<Id> {
        self.hfi_length(hf, off, len)?;
        Ok(self.tree.add(Some(parent), hf.abbrev, uint_label(hf, value)))
    }

    /// proto_tree_add_uint() of a generated item.
    fn add_generated(&mut self, parent: Id, hf: &Hf, off: i64, len: i64, value: u32) -> R<Id> {
        let id = self.add_uint(parent, hf, off, len, value)?;
        self.tree.set_generated(id);
        Ok(id)
    }

    /// proto_tree_add_uint_format(): the whole label given.
    fn add_uint_format(&mut self, parent: Id, hf: &Hf, off: i64, len: i64, text: String) -> R<Id> {
        self.hfi_length(hf, off, len)?;
        Ok(self.tree.add(Some(parent), hf.abbrev, representation(text)))
    }

    /// proto_tree_add_string(): the bytes it covers must exist (unless
    /// none).
    fn add_string(&mut self, parent: Id, hf: &Hf, off: i64, len: i64, value: &[u8]) -> R<Id> {
        let len = self.hfi_length(hf, off, len)?;
        if len != 0 {
            self.tvb.ensure(off, len)?;
        }
        Ok(self.tree.add(Some(parent), hf.abbrev, label_fill("", hf.name, &format_text_cstr(value))))
    }

    /// proto_tree_add_ipv4() / proto_tree_add_ipv6() with the address given.
    fn add_addr(&mut self, parent: Id, hf: &Hf, off: i64, len: i64, text: String) -> R<Id> {
        if len < 0 {
            return Err(Exc);
        }
        let _ = off;
        Ok(self.tree.add(Some(parent), hf.abbrev, format!("{}: {text}", hf.name)))
    }

    /// proto_tree_add_subtree_format(): a text-only item; the bytes it
    /// covers must exist.
    fn add_text(&mut self, parent: Option<Id>, off: i64, len: i64, text: String) -> R<Id> {
        if len == -1 {
            if self.tvb.len() > 0 {
                self.tvb.remaining(off)?;
            }
        } else {
            self.tvb.ensure(off, len)?;
        }
        Ok(self.tree.add(parent, "", representation(text)))
    }

    /// expert_add_info(): the expert item under `item`.
    fn expert(&mut self, item: Id, ei: &Ei, message: String) {
        let e = self.tree.add(Some(item), "_ws.expert", format!("Expert Info ({}/{}): {message}", ei.severity, ei.group));
        self.tree.set_generated(e);
        for (field, label) in [
            (ei.abbrev, message),
            ("_ws.expert.severity", format!("Severity level: {}", ei.severity)),
            ("_ws.expert.group", format!("Group: {}", ei.group)),
        ] {
            let id = self.tree.add(Some(e), field, label);
            self.tree.set_generated(id);
        }
    }

    /// proto_tree_add_expert(): a text item with the expert's summary and
    /// the expert info under it.
    fn add_expert_text(&mut self, parent: Id, ei: &Ei, off: i64, len: i64) -> R<Id> {
        let id = self.add_text(Some(parent), off, len, ei.summary.to_string())?;
        self.expert(id, ei, ei.summary.to_string());
        Ok(id)
    }

    // --- names -------------------------------------------------------------

    /// expand_dns_name(): labels, bitstring labels, pointers (anywhere in
    /// the message; only a pointer two bytes past itself counts as a loop,
    /// or more than 255 pointers); returns the name and the bytes used at
    /// `start`.
    fn expand_name(&self, start: i64, data_off: i64) -> R<(DName, i64)> {
        let t = self.tvb;
        let mut offset = start;
        let mut buf: Vec<u8> = Vec::new();
        let mut name_len = 0usize;
        let mut maxname = MAX_DNAME_LEN;
        let mut len: i64 = -1;
        let mut pointers = 0;
        loop {
            let component_len = i64::from(t.u8(offset)?);
            offset += 1;
            if component_len == 0 {
                break;
            }
            self.name_steps.set(self.name_steps.get() + 1);
            if self.name_steps.get() > NAME_STEP_BUDGET {
                return Err(Exc);
            }
            match component_len & 0xc0 {
                0x00 => {
                    if !buf.is_empty() {
                        if maxname > 0 {
                            buf.push(b'.');
                            name_len += 1;
                            maxname -= 1;
                        }
                    } else {
                        maxname -= 1;
                    }
                    // Bytes are read (and counted) while the buffer has room;
                    // the rest of the label is skipped unread.
                    let readable = component_len.min(maxname.max(0));
                    buf.extend_from_slice(t.bytes(offset, readable)?);
                    name_len += readable as usize;
                    maxname -= readable;
                    offset += component_len;
                }
                0x40 => {
                    if component_len & 0x3f != 0x01 {
                        let name = DName::special("<Unknown extended label>");
                        let len = offset - start;
                        if len < 1 {
                            return Err(Exc);
                        }
                        return Ok((name, len));
                    }
                    // Bitstring label (RFC 2673): written, not counted.
                    let bit_count = i64::from(t.u8(offset)?);
                    offset += 1;
                    let label_len = (bit_count - 1) / 8 + 1;
                    let put = |s: &str, buf: &mut Vec<u8>, maxname: &mut i64| {
                        if *maxname > 0 {
                            let pl = s.len() as i64;
                            if pl <= *maxname {
                                buf.extend_from_slice(s.as_bytes());
                                *maxname -= pl;
                            } else {
                                *maxname = 0;
                            }
                        }
                    };
                    put("\\[x", &mut buf, &mut maxname);
                    for _ in 0..label_len {
                        if maxname > 0 {
                            let b = t.u8(offset)?;
                            put(&HEXLOWER.encode(&[b]), &mut buf, &mut maxname);
                        }
                        offset += 1;
                    }
                    put(&format!("/{bit_count}]"), &mut buf, &mut maxname);
                }
                0x80 => return Err(Exc),
                _ => {
                    let indir = data_off + (((component_len & 0x3f) << 8) | i64::from(t.u8(offset)?));
                    offset += 1;
                    pointers += 1;
                    if len < 0 {
                        len = offset - start;
                    }
                    if indir == offset + 2 || pointers > MAX_DNAME_LEN {
                        if len < 1 {
                            return Err(Exc);
                        }
                        return Ok((DName::special("<Name contains a pointer that loops>"), len));
                    }
                    offset = indir;
                }
            }
        }
        let name = if maxname > 0 { DName { text: buf, len: name_len } } else { DName::special("<Name too long>") };
        if len < 0 {
            len = offset - start;
        }
        Ok((name, len))
    }

    /// get_dns_name(): the root shows as `<Root>`; a name that used fewer
    /// than 2 bytes (or more, yet shows nothing) throws.
    fn get_name(&self, start: i64, data_off: i64) -> R<(DName, i64)> {
        let (name, len) = self.expand_name(start, data_off)?;
        if name.text.first().copied().unwrap_or(0) == 0 && len <= 2 {
            return Ok((DName::special("<Root>"), len));
        }
        if len < 2 || (len > 2 && name.len == 0) {
            return Err(Exc);
        }
        Ok((name, len))
    }

    /// A name in RDATA as shown: format_text() of it, and the bytes used.
    fn name_out(&self, start: i64, data_off: i64) -> R<(String, i64)> {
        let (name, used) = self.get_name(start, data_off)?;
        Ok((format_text(name.shown()), used))
    }

    // --- the message -------------------------------------------------------

    fn dissect_common(&mut self) -> R<()> {
        let t = self.tvb;
        let offset: i64 = if self.tcp { 2 } else { 0 };
        let data_off = offset;
        let id = t.u16(offset)?;
        let flags = t.u16(offset + 2)?;
        let opcode = u32::from((flags >> 11) & 0xf);
        let rcode = u32::from(flags & 0xf);
        let response = flags & 0x8000 != 0;
        let isupdate = opcode == 5;

        let dns = self.tree.add(None, "dns", format!("Domain Name System ({})", if response { "response" } else { "query" }));
        if self.tcp {
            self.item(dns, &HF_LENGTH, offset - 2, 2, Enc::Na)?;
        }
        self.add_uint(dns, &HF_TRANSACTION_ID, offset, 2, u32::from(id))?;
        let tf = self.item(dns, &HF_FLAGS, offset + 2, 2, Enc::Na)?;
        self.tree.append(tf, &format!(" {}", val_str(opcode, OPCODES).unwrap_or("Unknown operation")));
        if response {
            self.tree.append(tf, &format!(" response, {}", val_str(rcode, RCODES).unwrap_or("Unknown error")));
        }
        let fo = offset + 2;
        self.item(tf, &HF_FLAGS_RESPONSE, fo, 2, Enc::Na)?;
        self.item(tf, &HF_FLAGS_OPCODE, fo, 2, Enc::Na)?;
        if response {
            self.item(tf, &HF_FLAGS_AUTHORITATIVE, fo, 2, Enc::Na)?;
        }
        self.item(tf, &HF_FLAGS_TRUNCATED, fo, 2, Enc::Na)?;
        self.item(tf, &HF_FLAGS_RECDESIRED, fo, 2, Enc::Na)?;
        if response {
            self.item(tf, &HF_FLAGS_RECAVAIL, fo, 2, Enc::Na)?;
        }
        self.item(tf, &HF_FLAGS_Z, fo, 2, Enc::Na)?;
        if response {
            self.item(tf, &HF_FLAGS_AUTHENTICATED, fo, 2, Enc::Na)?;
        } else if flags & 0x0020 != 0 {
            self.item(tf, &HF_FLAGS_AD, fo, 2, Enc::Na)?;
        }
        self.item(tf, &HF_FLAGS_CHECKDISABLE, fo, 2, Enc::Na)?;
        if response {
            self.item(tf, &HF_FLAGS_RCODE, fo, 2, Enc::Na)?;
        }

        let quest = t.u16(offset + 4)?;
        self.add_uint(dns, if isupdate { &HF_COUNT_ZONES } else { &HF_COUNT_QUESTIONS }, offset + 4, 2, quest.into())?;
        let ans = t.u16(offset + 6)?;
        self.add_uint(dns, if isupdate { &HF_COUNT_PREREQUISITES } else { &HF_COUNT_ANSWERS }, offset + 6, 2, ans.into())?;
        let auth = t.u16(offset + 8)?;
        self.add_uint(dns, if isupdate { &HF_COUNT_UPDATES } else { &HF_COUNT_AUTH_RR }, offset + 8, 2, auth.into())?;
        let add = t.u16(offset + 10)?;
        self.add_uint(dns, &HF_COUNT_ADD_RR, offset + 10, 2, add.into())?;

        let mut cur = offset + 12;
        if opcode == 6 && quest == 0 && ans == 0 && auth == 0 && add == 0 {
            cur += self.dso(dns, cur)?;
        }
        if quest > 0 {
            cur += self.query_records(dns, cur, data_off, quest, isupdate)?;
        }
        if ans > 0 {
            cur += self.answer_records(dns, cur, data_off, ans, if isupdate { "Prerequisites" } else { "Answers" })?;
        }
        if auth > 0 {
            let title = if isupdate { "Updates" } else { "Authoritative nameservers" };
            cur += self.answer_records(dns, cur, data_off, auth, title)?;
        }
        if add > 0 {
            cur += self.answer_records(dns, cur, data_off, add, "Additional records")?;
        }

        let extraneous = if cur >= 0 && cur <= t.len() { t.len() - cur } else { 0 };
        if extraneous > 0 {
            let e = self.add_text(Some(dns), cur, extraneous, format!("Extraneous Data ({extraneous} bytes)"))?;
            self.item(e, &HF_EXTRANEOUS_DATA, cur, extraneous, Enc::Na)?;
            self.add_generated(e, &HF_EXTRANEOUS_LENGTH, 0, 0, extraneous as u32)?;
        }
        Ok(())
    }

    fn query_records(&mut self, parent: Id, start: i64, data_off: i64, count: u16, isupdate: bool) -> R<i64> {
        let tree = self.add_text(Some(parent), start, -1, if isupdate { "Zone" } else { "Queries" }.to_string())?;
        let mut cur = start;
        for _ in 0..count {
            cur += self.query(tree, cur, data_off)?;
        }
        Ok(cur - start)
    }

    fn answer_records(&mut self, parent: Id, start: i64, data_off: i64, count: u16, title: &str) -> R<i64> {
        let tree = self.add_text(Some(parent), start, -1, title.to_string())?;
        let mut cur = start;
        for _ in 0..count {
            cur += self.answer(tree, cur, data_off)?;
        }
        Ok(cur - start)
    }

    /// dissect_dns_query().
    fn query(&mut self, parent: Id, start: i64, data_off: i64) -> R<i64> {
        let t = self.tvb;
        let (name, name_used) = self.get_name(start, data_off)?;
        let qtype = u32::from(t.u16(start + name_used)?);
        let qclass = u32::from(t.u16(start + name_used + 2)?);
        let used = name_used + 4;
        let name_out = format_text(name.shown());
        let summary =
            format!("{name_out}: type {}, class {}", val_or_unknown(qtype, TYPE_NAMES), val_str(qclass, CLASSES).unwrap_or("Unknown"));
        let q = self.add_text(Some(parent), start, used, summary)?;
        self.add_string(q, &HF_QRY_NAME, start, name_used, name_out.as_bytes())?;
        let name_len = if name.len > 1 { name.len as u32 } else { 0 };
        self.add_generated(q, &HF_QRY_NAME_LEN, start, name_used, name_len & 0xffff)?;
        self.add_generated(q, &HF_COUNT_LABELS, start, name_used, name.label_count() & 0xffff)?;
        let mut off = start + name_used;
        self.item(q, &HF_QRY_TYPE, off, 2, Enc::Na)?;
        off += 2;
        self.add_uint(q, &HF_QRY_CLASS, off, 2, qclass)?;
        Ok(used)
    }

    /// dissect_dns_answer(): the record's summary line and fixed fields,
    /// then its RDATA.
    fn answer(&mut self, parent: Id, start: i64, data_off: i64) -> R<i64> {
        let t = self.tvb;
        let (name, name_used) = self.get_name(start, data_off)?;
        let dns_type = t.u16(start + name_used)?;
        let dns_class = t.u16(start + name_used + 2)?;
        let rdata = start + name_used + 4 + 4 + 2;
        let data_len = i64::from(t.u16(rdata - 2)?);
        let name_out = format_text(name.shown());
        let type_name = val_or_unknown(dns_type.into(), TYPE_NAMES);
        let rr = if dns_type != T_OPT {
            let class_name = val_str(dns_class.into(), CLASSES).unwrap_or("Unknown");
            let rr =
                self.add_text(Some(parent), start, rdata - start + data_len, format!("{name_out}: type {type_name}, class {class_name}"))?;
            self.add_rr_to_tree(rr, start, &name_out, name_used, dns_type)?;
            rr
        } else {
            let rr = self.add_text(Some(parent), start, rdata - start + data_len, format!("{name_out}: type {type_name}"))?;
            self.add_opt_rr_to_tree(rr, start, &name_out, name_used)?;
            rr
        };
        if data_len > 0 {
            self.rdata(rr, dns_type, rdata, data_len, data_off)?;
        }
        Ok(rdata - start + data_len)
    }

    fn add_rr_to_tree(&mut self, rr: Id, start: i64, name_out: &str, name_used: i64, dns_type: u16) -> R<()> {
        let t = self.tvb;
        if dns_type == T_SRV && !name_out.is_empty() {
            let mut parts = name_out.splitn(3, '.');
            let hfs = [&HF_SRV_SERVICE, &HF_SRV_PROTO, &HF_SRV_NAME];
            for hf in hfs {
                match parts.next() {
                    Some(p) => {
                        self.add_string(rr, hf, start, name_used, p.as_bytes())?;
                    }
                    None => break,
                }
            }
        } else {
            self.add_string(rr, &HF_RR_NAME, start, name_used, name_out.as_bytes())?;
        }
        let mut off = start + name_used;
        self.item(rr, &HF_RR_TYPE, off, 2, Enc::Na)?;
        off += 2;
        self.item(rr, &HF_RR_CLASS, off, 2, Enc::Na)?;
        off += 2;
        let ttl_item = self.item(rr, &HF_RR_TTL, off, 4, Enc::Na)?;
        let ttl = t.u32(off)?;
        self.tree.append(ttl_item, &format!(" ({})", time_secs_text(ttl)));
        if ttl & 0x8000_0000 != 0 {
            self.expert(ttl_item, &EI_TTL_HIGH_BIT, EI_TTL_HIGH_BIT.summary.to_string());
        }
        off += 4;
        self.item(rr, &HF_RR_LEN, off, 2, Enc::Na)?;
        Ok(())
    }

    fn add_opt_rr_to_tree(&mut self, rr: Id, start: i64, name_out: &str, name_used: i64) -> R<()> {
        self.add_string(rr, &HF_RR_NAME, start, name_used, name_out.as_bytes())?;
        let mut off = start + name_used;
        self.item(rr, &HF_RR_TYPE, off, 2, Enc::Na)?;
        off += 2;
        self.item(rr, &HF_RR_UDP_PAYLOAD_SIZE, off, 2, Enc::Na)?;
        off += 2;
        self.item(rr, &HF_RR_EXT_RCODE, off, 1, Enc::Na)?;
        off += 1;
        self.item(rr, &HF_RR_EDNS0_VERSION, off, 1, Enc::Na)?;
        off += 1;
        let z = self.item(rr, &HF_RR_Z, off, 2, Enc::Na)?;
        self.item(z, &HF_RR_Z_DO, off, 2, Enc::Na)?;
        self.item(z, &HF_RR_Z_RESERVED, off, 2, Enc::Na)?;
        off += 2;
        self.item(rr, &HF_RR_LEN, off, 2, Enc::Na)?;
        Ok(())
    }

    /// dissect_dso_data(): DNS Stateful Operations TLVs (RFC 8490).
    fn dso(&mut self, parent: Id, start: i64) -> R<i64> {
        let t = self.tvb;
        let dso = self.item(parent, &HF_DSO, start, -1, Enc::Na)?;
        let mut off = start;
        while t.len() - off >= 4 {
            let tlv_len = i64::from(t.u16(off + 2)?);
            let tlv = self.item(dso, &HF_DSO_TLV, off, tlv_len + 4, Enc::Na)?;
            self.item(tlv, &HF_DSO_TLV_TYPE, off, 2, Enc::Na)?;
            let tlv_type = u32::from(t.u16(off)?);
            off += 2;
            self.tree.append(tlv, &format!(": {}", rval_str(tlv_type, DSO_TYPES).unwrap_or("Unknown Type")));
            self.item(tlv, &HF_DSO_TLV_LENGTH, off, 2, Enc::Na)?;
            off += 2;
            match tlv_type {
                1 => {
                    self.item(tlv, &HF_DSO_KEEPALIVE_INACTIVITY, off, 4, Enc::Na)?;
                    off += 4;
                    self.item(tlv, &HF_DSO_KEEPALIVE_INTERVAL, off, 4, Enc::Na)?;
                    off += 4;
                }
                2 => {
                    self.item(tlv, &HF_DSO_RETRYDELAY, off, 4, Enc::Na)?;
                    off += 4;
                }
                _ => {
                    if tlv_len > 0 {
                        let hf = if tlv_type == 3 { &HF_DSO_ENCPAD } else { &HF_DSO_TLV_DATA };
                        self.item(tlv, hf, off, tlv_len, Enc::Na)?;
                        off += tlv_len;
                    }
                }
            }
        }
        Ok(off - start)
    }
}
