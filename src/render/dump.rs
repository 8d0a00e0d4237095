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
//! Data flow: `lookup` reports each `Packet` to `Printer::packet`; the
//! session calls [`write_packet`] (text) and/or `pcap::PcapWriter::write`
//! (capture file).

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::response::sockaddr_text;
use crate::response::{Direction, Packet};
use crate::transport::Protocol;

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
    let tcp = protocol == Protocol::Tcp;
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
            let _ = write!(out, "{b:02x} ");
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
    let size = match p.protocol {
        Protocol::Udp => format!("{} bytes", p.bytes.len()),
        Protocol::Tcp => format!("{} bytes + 2-byte length", p.bytes.len()),
    };
    format!("{kind} {way} {} over {} ({size})", sockaddr_text(p.peer), p.protocol)
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
        out.push_str(&hex_dump(&with_prefix(&p.bytes, p.protocol == Protocol::Tcp)));
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

    /// tvb_get_bits8: `bits` (<= 8) bits starting at bit `bit_off`.
    fn bits8(&self, bit_off: i64, bits: u32) -> R<u8> {
        let first = bit_off / 8;
        let shift = (bit_off % 8) as u32;
        let nbytes = (shift + bits).div_ceil(8) as i64;
        let b = self.bytes(first, nbytes)?;
        let mut v: u32 = 0;
        for &x in b {
            v = (v << 8) | u32::from(x);
        }
        let total = nbytes as u32 * 8;
        Ok(((v >> (total - shift - bits)) & ((1 << bits) - 1)) as u8)
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

/// label_mark_truncated(): the label (already cut to 239 bytes) gets
/// " [truncated]" inserted at `name_pos`, then loses its last character
/// that starts at or before byte 238.
fn mark_truncated(full: &str, name_pos: usize) -> String {
    const TRUNC: &str = " [truncated]";
    let mut buf: Vec<u8> = full.as_bytes()[..full.len().min(ITEM_LABEL_LENGTH - 1)].to_vec();
    buf.resize(ITEM_LABEL_LENGTH, 0);
    if name_pos < ITEM_LABEL_LENGTH - TRUNC.len() {
        let n = ITEM_LABEL_LENGTH - name_pos - TRUNC.len();
        buf.copy_within(name_pos..name_pos + n, name_pos + TRUNC.len());
        buf[name_pos..name_pos + TRUNC.len()].copy_from_slice(TRUNC.as_bytes());
        // g_utf8_prev_char(&buf[239])
        let mut p = ITEM_LABEL_LENGTH - 2;
        while p > 0 && buf[p] & 0xc0 == 0x80 {
            p -= 1;
        }
        buf.truncate(p);
    } else if name_pos < ITEM_LABEL_LENGTH {
        buf.truncate(name_pos);
        let room = ITEM_LABEL_LENGTH - 1 - name_pos;
        buf.extend_from_slice(&TRUNC.as_bytes()[..TRUNC.len().min(room)]);
    }
    bytes_to_string(buf)
}

/// A byte buffer cut by C code back to a String: a trailing partial UTF-8
/// character is dropped (tshark would keep its bytes).
fn bytes_to_string(mut buf: Vec<u8>) -> String {
    if let Some(nul) = buf.iter().position(|&b| b == 0) {
        buf.truncate(nul);
    }
    match String::from_utf8(buf) {
        Ok(s) => s,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).unwrap_or_default()
        }
    }
}

/// label_fill(): `<bitfield>name: value`, with " [truncated]" after the
/// name when it does not fit.
fn label_fill(prefix: &str, name: &str, value: &str) -> String {
    let full = format!("{prefix}{name}: {value}");
    if full.len() < ITEM_LABEL_LENGTH {
        return full;
    }
    mark_truncated(&full, prefix.len() + name.len())
}

/// label_fill_descr(): `<bitfield>name: value (descr)`.
fn label_fill_descr(prefix: &str, name: &str, value: &str, descr: &str) -> String {
    label_fill(prefix, name, &format!("{value} ({descr})"))
}

/// proto_tree_set_representation(): a whole label from a format; when too
/// long, " [truncated]" goes in front.
fn representation(text: String) -> String {
    if text.len() < ITEM_LABEL_LENGTH {
        return text;
    }
    mark_truncated(&text, 0)
}

/// The bit-field prefix of a masked field: `.... ..0. .... .... = `.
fn bitfield_prefix(value: u32, mask: u32, width: u32) -> String {
    let mut s = String::with_capacity(width as usize + width as usize / 4 + 3);
    for i in 0..width {
        let bit = 1u32 << (width - 1 - i);
        s.push(if mask & bit == 0 {
            '.'
        } else if value & bit != 0 {
            '1'
        } else {
            '0'
        });
        if i + 1 < width && (i + 1) % 4 == 0 {
            s.push(' ');
        }
    }
    s.push_str(" = ");
    s
}

// ---------------------------------------------------------------------------
// Fields (header_field_info) and their value strings, from packet-dns.c
// ---------------------------------------------------------------------------

/// A field's type (ftenum) as far as its label is concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ft {
    /// Unsigned integer of this many bits (the container width).
    Uint(u32),
    /// FT_INT32.
    Int32,
    /// FT_BOOLEAN with this container width.
    Bool(u32),
    Str,
    Bytes,
    Ipv4,
    Ipv6,
    /// FT_NONE: the label is the name alone.
    None,
    /// FT_ABSOLUTE_TIME.
    AbsTime,
    /// FT_ETHER (EUI48).
    Ether,
    /// FT_EUI64.
    Eui64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Base {
    Dec,
    Hex,
}

#[derive(Clone, Copy)]
enum Strs {
    No,
    Vals(&'static [(u32, &'static str)]),
    Range(&'static [(u32, u32, &'static str)]),
    Tfs(&'static str, &'static str),
}

struct Hf {
    abbrev: &'static str,
    name: &'static str,
    ft: Ft,
    base: Base,
    strs: Strs,
    mask: u32,
}

const fn hf(abbrev: &'static str, name: &'static str, ft: Ft, base: Base, strs: Strs, mask: u32) -> Hf {
    Hf { abbrev, name, ft, base, strs, mask }
}
const fn dec(abbrev: &'static str, name: &'static str, bits: u32) -> Hf {
    hf(abbrev, name, Ft::Uint(bits), Base::Dec, Strs::No, 0)
}
const fn hex(abbrev: &'static str, name: &'static str, bits: u32) -> Hf {
    hf(abbrev, name, Ft::Uint(bits), Base::Hex, Strs::No, 0)
}
const fn vals(abbrev: &'static str, name: &'static str, bits: u32, v: &'static [(u32, &'static str)]) -> Hf {
    hf(abbrev, name, Ft::Uint(bits), Base::Dec, Strs::Vals(v), 0)
}
const fn string(abbrev: &'static str, name: &'static str) -> Hf {
    hf(abbrev, name, Ft::Str, Base::Dec, Strs::No, 0)
}
const fn bytes(abbrev: &'static str, name: &'static str) -> Hf {
    hf(abbrev, name, Ft::Bytes, Base::Dec, Strs::No, 0)
}
const fn ftype(abbrev: &'static str, name: &'static str, ft: Ft) -> Hf {
    hf(abbrev, name, ft, Base::Dec, Strs::No, 0)
}
const fn flag(abbrev: &'static str, name: &'static str, bits: u32, t: &'static str, f: &'static str, mask: u32) -> Hf {
    hf(abbrev, name, Ft::Bool(bits), Base::Dec, Strs::Tfs(t, f), mask)
}

/// An expert info (ei_register_info).
struct Ei {
    abbrev: &'static str,
    severity: &'static str,
    group: &'static str,
    summary: &'static str,
}

const EI_MALFORMED: Ei =
    Ei { abbrev: "_ws.malformed.expert", severity: "Error", group: "Malformed", summary: "Malformed Packet (Exception occurred)" };
const EI_OPT_BAD_LENGTH: Ei =
    Ei { abbrev: "dns.rr.opt.bad_length", severity: "Error", group: "Malformed", summary: "Length too long for any type of IP address." };
const EI_UNDECODED: Ei = Ei { abbrev: "dns.undecoded.type", severity: "Note", group: "Undecoded", summary: "Undecoded option" };
const EI_DEPR_OPC: Ei = Ei { abbrev: "dns.depr.opc", severity: "Warning", group: "Protocol", summary: "Deprecated opcode" };
const EI_TTL_HIGH_BIT: Ei = Ei {
    abbrev: "dns.ttl.high_bit_set",
    severity: "Warning",
    group: "Protocol",
    summary: "The uppermost bit of the TTL is set (RFC 2181, section 8)",
};
const EI_TSIG_ALG: Ei = Ei { abbrev: "dns.tsig.noalg", severity: "Warning", group: "Undecoded", summary: "No dissector for algorithm" };
const EI_KEY_ID_SHORT: Ei =
    Ei { abbrev: "dns.key_id_buffer_too_short", severity: "Warning", group: "Protocol", summary: "Buffer too short to compute a key id" };
const EI_STRAY: Ei =
    Ei { abbrev: "_ws.string.trailing_stray_characters", severity: "Warning", group: "Undecoded", summary: "Trailing stray characters" };

/// The expert info item as tshark -V shows it, under the item it is about.
fn expert_item(ei: &Ei, message: String) -> Item {
    let leaf = |field: &'static str, label: String| Item { field, label, generated: true, children: Vec::new() };
    Item {
        field: "_ws.expert",
        label: format!("Expert Info ({}/{}): {message}", ei.severity, ei.group),
        generated: true,
        children: vec![
            leaf(ei.abbrev, message),
            leaf("_ws.expert.severity", format!("Severity level: {}", ei.severity)),
            leaf("_ws.expert.group", format!("Group: {}", ei.group)),
        ],
    }
}

const T_A: u16 = 1;
const T_NS: u16 = 2;
const T_MD: u16 = 3;
const T_MF: u16 = 4;
const T_CNAME: u16 = 5;
const T_SOA: u16 = 6;
const T_MB: u16 = 7;
const T_MG: u16 = 8;
const T_MR: u16 = 9;
const T_NULL: u16 = 10;
const T_WKS: u16 = 11;
const T_PTR: u16 = 12;
const T_HINFO: u16 = 13;
const T_MINFO: u16 = 14;
const T_MX: u16 = 15;
const T_TXT: u16 = 16;
const T_RP: u16 = 17;
const T_AFSDB: u16 = 18;
const T_X25: u16 = 19;
const T_ISDN: u16 = 20;
const T_RT: u16 = 21;
const T_NSAP: u16 = 22;
const T_NSAP_PTR: u16 = 23;
const T_SIG: u16 = 24;
const T_KEY: u16 = 25;
const T_PX: u16 = 26;
const T_GPOS: u16 = 27;
const T_AAAA: u16 = 28;
const T_LOC: u16 = 29;
const T_NXT: u16 = 30;
const T_SRV: u16 = 33;
const T_NAPTR: u16 = 35;
const T_KX: u16 = 36;
const T_CERT: u16 = 37;
const T_A6: u16 = 38;
const T_DNAME: u16 = 39;
const T_OPT: u16 = 41;
const T_APL: u16 = 42;
const T_DS: u16 = 43;
const T_SSHFP: u16 = 44;
const T_IPSECKEY: u16 = 45;
const T_RRSIG: u16 = 46;
const T_NSEC: u16 = 47;
const T_DNSKEY: u16 = 48;
const T_DHCID: u16 = 49;
const T_NSEC3: u16 = 50;
const T_NSEC3PARAM: u16 = 51;
const T_TLSA: u16 = 52;
const T_HIP: u16 = 55;
const T_CDS: u16 = 59;
const T_CDNSKEY: u16 = 60;
const T_OPENPGPKEY: u16 = 61;
const T_CSYNC: u16 = 62;
const T_ZONEMD: u16 = 63;
const T_SVCB: u16 = 64;
const T_HTTPS: u16 = 65;
const T_SPF: u16 = 99;
const T_NID: u16 = 104;
const T_L32: u16 = 105;
const T_L64: u16 = 106;
const T_LP: u16 = 107;
const T_EUI48: u16 = 108;
const T_EUI64: u16 = 109;
const T_TKEY: u16 = 249;
const T_TSIG: u16 = 250;
const T_CAA: u16 = 257;
const T_DLV: u16 = 32769;
const T_WINS: u16 = 65281;
const T_WINS_R: u16 = 65282;
const T_XPF: u16 = 65422;

/// dns_types_vals: the short names used in summaries. (MAILB/MAILA are
/// swapped in Wireshark 4.0; kept.)
const TYPE_NAMES: &[(u32, &str)] = &[
    (0, "Unused"),
    (1, "A"),
    (2, "NS"),
    (3, "MD"),
    (4, "MF"),
    (5, "CNAME"),
    (6, "SOA"),
    (7, "MB"),
    (8, "MG"),
    (9, "MR"),
    (10, "NULL"),
    (11, "WKS"),
    (12, "PTR"),
    (13, "HINFO"),
    (14, "MINFO"),
    (15, "MX"),
    (16, "TXT"),
    (17, "RP"),
    (18, "AFSDB"),
    (19, "X25"),
    (20, "ISDN"),
    (21, "RT"),
    (22, "NSAP"),
    (23, "NSAP-PTR"),
    (24, "SIG"),
    (25, "KEY"),
    (26, "PX"),
    (27, "GPOS"),
    (28, "AAAA"),
    (29, "LOC"),
    (30, "NXT"),
    (31, "EID"),
    (32, "NIMLOC"),
    (33, "SRV"),
    (34, "ATMA"),
    (35, "NAPTR"),
    (36, "KX"),
    (37, "CERT"),
    (38, "A6"),
    (39, "DNAME"),
    (40, "SINK"),
    (41, "OPT"),
    (42, "APL"),
    (43, "DS"),
    (44, "SSHFP"),
    (45, "IPSECKEY"),
    (46, "RRSIG"),
    (47, "NSEC"),
    (48, "DNSKEY"),
    (49, "DHCID"),
    (50, "NSEC3"),
    (51, "NSEC3PARAM"),
    (52, "TLSA"),
    (55, "HIP"),
    (57, "RKEY"),
    (58, "TALINK"),
    (59, "CDS"),
    (60, "CDNSKEY"),
    (61, "OPENPGPKEY"),
    (62, "CSYNC"),
    (63, "ZONEMD"),
    (64, "SVCB"),
    (65, "HTTPS"),
    (99, "SPF"),
    (100, "UINFO"),
    (101, "UID"),
    (102, "GID"),
    (103, "UNSPEC"),
    (104, "NID"),
    (105, "L32"),
    (106, "L64"),
    (107, "LP"),
    (108, "EUI48"),
    (109, "EUI64"),
    (249, "TKEY"),
    (250, "TSIG"),
    (251, "IXFR"),
    (252, "AXFR"),
    (253, "MAILA"),
    (254, "MAILB"),
    (255, "ANY"),
    (256, "URI"),
    (257, "CAA"),
    (32768, "TA"),
    (32769, "DLV"),
    (65281, "WINS"),
    (65282, "WINS-R"),
    (65422, "XPF"),
];

/// dns_types_description_vals: the names of the Type fields.
const TYPE_DESCRIPTIONS: &[(u32, &str)] = &[
    (0, "Unused"),
    (1, "A (Host Address)"),
    (2, "NS (authoritative Name Server)"),
    (3, "MD (Mail Destination)"),
    (4, "MF (Mail Forwarder)"),
    (5, "CNAME (Canonical NAME for an alias)"),
    (6, "SOA (Start Of a zone of Authority)"),
    (7, "MB (MailBox domain name)"),
    (8, "MG (Mail Group member)"),
    (9, "MR (Mail Rename domain)"),
    (10, "NULL RR"),
    (11, "WKS (Well Known Service)"),
    (12, "PTR (domain name PoinTeR)"),
    (13, "HINFO (host information)"),
    (14, "MINFO (Mailbox or mail list information)"),
    (15, "MX (Mail eXchange)"),
    (16, "TXT (Text strings)"),
    (17, "RP (Responsible Person)"),
    (18, "AFSDB (AFS Data Base location)"),
    (19, "X25 (XX.25 PSDN address)"),
    (20, "ISDN (ISDN address)"),
    (21, "RT (Route Through)"),
    (22, "NSAP (NSAP address)"),
    (23, "NSAP-PTR (NSAP domain name pointer)"),
    (24, "SIG (security signature)"),
    (25, "KEY (security key)"),
    (26, "PX (X.400 mail mapping information)"),
    (27, "GPOS (Geographical Position)"),
    (28, "AAAA (IPv6 Address)"),
    (29, "LOC (Location Information)"),
    (30, "NXT (Next Domain)"),
    (31, "EID (Endpoint Identifier)"),
    (32, "NIMLOC (Nimrod Locator)"),
    (33, "SRV (Server Selection)"),
    (34, "ATMA (ATM Address)"),
    (35, "NAPTR (Naming Authority Pointer)"),
    (36, "KX (Key Exchanger)"),
    (37, "CERT"),
    (38, "A6 (OBSOLETE - use AAAA)"),
    (39, "DNAME"),
    (40, "SINK"),
    (41, "OPT"),
    (42, "APL"),
    (43, "DS (Delegation Signer)"),
    (44, "SSHFP (SSH Key Fingerprint)"),
    (45, "IPSECKEY"),
    (46, "RRSIG (Resource Record Signature)"),
    (47, "NSEC (Next Secure)"),
    (48, "DNSKEY (DNS Public Key)"),
    (49, "DHCID"),
    (50, "NSEC3"),
    (51, "NSEC3PARAM"),
    (52, "TLSA"),
    (55, "HIP (Host Identity Protocol)"),
    (57, "RKEY"),
    (58, "TALINK (Trust Anchor LINK)"),
    (59, "CDS (Child DS)"),
    (60, "CDNSKEY (DNSKEY(s) the Child wants reflected in DS)"),
    (61, "OPENPGPKEY (OpenPGP Key)"),
    (62, "CSYNC (Child-to-Parent Synchronization)"),
    (63, "ZONEMD"),
    (64, "SVCB (General Purpose Service Endpoints)"),
    (65, "HTTPS (HTTPS Specific Service Endpoints)"),
    (99, "SPF"),
    (100, "UINFO"),
    (101, "UID"),
    (102, "GID"),
    (103, "UNSPEC"),
    (104, "NID (NodeID)"),
    (105, "L32 (Locator32)"),
    (106, "L64 (Locator64)"),
    (107, "LP (Locator FQDN)"),
    (108, "EUI48"),
    (109, "EUI64"),
    (249, "TKEY (Transaction Key)"),
    (250, "TSIG (Transaction Signature)"),
    (251, "IXFR (incremental transfer)"),
    (252, "AXFR (transfer of an entire zone)"),
    (253, "MAILB (mailbox-related RRs)"),
    (254, "MAILA (mail agent RRs)"),
    (255, "* (A request for all records the server/cache has available)"),
    (256, "URI"),
    (257, "CAA (Certification Authority Restriction)"),
    (32768, "TA (DNSSEC Trust Authorities)"),
    (32769, "DLV (DNSSEC Lookaside Validation)"),
    (65281, "WINS"),
    (65282, "WINS-R"),
    (65422, "XPF"),
];

const CLASSES: &[(u32, &str)] = &[(1, "IN"), (2, "CS"), (3, "CH"), (4, "HS"), (254, "NONE"), (255, "ANY")];

const OPCODES: &[(u32, &str)] = &[
    (0, "Standard query"),
    (1, "Inverse query"),
    (2, "Server status request"),
    (4, "Zone change notification"),
    (5, "Dynamic update"),
    (6, "DNS Stateful operations (DSO)"),
];

const RCODES: &[(u32, &str)] = &[
    (0, "No error"),
    (1, "Format error"),
    (2, "Server failure"),
    (3, "No such name"),
    (4, "Not implemented"),
    (5, "Refused"),
    (6, "Name exists"),
    (7, "RRset exists"),
    (8, "RRset does not exist"),
    (9, "Not authoritative"),
    (10, "Name out of zone"),
    (11, "DSO-Type not implemented"),
    (16, "Bad OPT Version or TSIG Signature Failure"),
    (17, "Key not recognized"),
    (18, "Signature out of time window"),
    (19, "Bad TKEY Mode"),
    (20, "Duplicate key name"),
    (21, "Algorithm not supported"),
    (22, "Bad Truncation"),
    (23, "Bad/missing Server Cookie"),
];

const EDNS0_OPTIONS: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "LLQ - Long-lived query"),
    (2, "UL - Update lease"),
    (3, "NSID - Name Server Identifier"),
    (4, "Owner (reserved)"),
    (5, "DAU - DNSSEC Algorithm Understood (RFC6975)"),
    (6, "DHU - DS Hash Understood (RFC6975)"),
    (7, "N3U - NSEC3 Hash Understood (RFC6975)"),
    (0x50fa, "Experimental - CSUBNET - Client subnet"),
    (8, "CSUBNET - Client subnet"),
    (9, "EDNS EXPIRE (RFC7314)"),
    (10, "COOKIE"),
    (11, "EDNS TCP Keepalive"),
    (12, "PADDING"),
    (13, "CHAIN"),
    (15, "Extended DNS Error"),
];

const DNSSEC_ALGOS: &[(u32, &str)] = &[
    (1, "RSA/MD5"),
    (2, "Diffie-Hellman"),
    (3, "DSA"),
    (4, "Elliptic curve crypto"),
    (5, "RSA/SHA1"),
    (6, "DSA + NSEC3/SHA1"),
    (7, "RSA/SHA1 + NSEC3/SHA1"),
    (8, "RSA/SHA-256"),
    (10, "RSA/SHA-512"),
    (12, "GOST R 34.10-2001"),
    (13, "ECDSA Curve P-256 with SHA-256"),
    (14, "ECDSA Curve P-386 with SHA-386"),
    (15, "Ed25519"),
    (16, "Ed448"),
    (157, "HMAC/MD5"),
    (252, "Indirect key"),
    (253, "Private, domain name"),
    (254, "Private, OID"),
];

const DS_DIGESTS: &[(u32, &str)] = &[(0, "Reserved digest"), (1, "SHA-1"), (2, "SHA-256"), (3, "GOST R 34.11-94"), (4, "SHA-384")];

const HASH_ALGOS: &[(u32, &str)] = &[(0, "Reserved"), (1, "SHA-1")];

const TLSA_USAGES: &[(u32, &str)] = &[
    (0, "CA constraint (PKIX-TA)"),
    (1, "Service certificate constraint (PKIX-EE)"),
    (2, "Trust anchor assertion (DANE-TA)"),
    (3, "Domain-issued certificate (DANE-EE)"),
];
const TLSA_SELECTORS: &[(u32, &str)] = &[(0, "Full certificate (Cert)"), (1, "SubjectPublicKeyInfo (SPKI)")];
const TLSA_MATCHING: &[(u32, &str)] =
    &[(0, "No Hash Used (Full)"), (1, "256 bit hash by SHA2 (SHA2-256)"), (2, "512 bit hash by SHA2 (SHA2-512)")];

const SSHFP_ALGOS: &[(u32, &str)] = &[(0, "Reserved"), (1, "RSA"), (2, "DSA"), (3, "ECDSA"), (4, "Ed25519"), (5, "XMSS")];
const SSHFP_TYPES: &[(u32, &str)] = &[(0, "Reserved"), (1, "SHA1"), (2, "SHA256")];

const HIP_ALGOS: &[(u32, &str)] = &[(1, "DSA"), (2, "RSA"), (0, "Reserved")];

const AFAMILIES: &[(u32, &str)] = &[(1, "IPv4"), (2, "IPv6")];

const GW_ALGOS: &[(u32, &str)] = &[(1, "DSA"), (2, "RSA")];
const GW_TYPES: &[(u32, &str)] = &[(0, "No Gateway"), (1, "IPv4 Gateway"), (2, "IPv6 Gateway"), (3, "DNS Gateway")];

const TKEY_MODES: &[(u32, &str)] = &[(1, "Server assigned"), (2, "Diffie Hellman"), (3, "GSSAPI"), (4, "Resolver assigned"), (5, "Delete")];

const CERT_TYPES: &[(u32, &str)] = &[
    (1, "PKIX"),
    (2, "SPKI"),
    (3, "PGP"),
    (4, "IPKIX"),
    (5, "ISPKI"),
    (6, "IPGP"),
    (7, "ACPKIX"),
    (8, "IACPKIX"),
    (253, "Private, URI"),
    (254, "Private, OID"),
];

const SVCB_KEYS: &[(u32, &str)] = &[
    (0, "mandatory"),
    (1, "alpn"),
    (2, "no-default-alpn"),
    (3, "port"),
    (4, "ipv4hint"),
    (5, "echconfig"),
    (6, "ipv6hint"),
    (32769, "odohconfig"),
    (65535, "key65535"),
];

const IP_VERSIONS: &[(u32, &str)] = &[(0, "Reserved"), (4, "IPv4"), (5, "ST Datagram"), (6, "IPv6"), (7, "TP/IX"), (8, "PIP"), (9, "TUBA")];

/// ipproto_val (epan/ipproto.c): IP protocol names, for WKS and XPF.
const IP_PROTOS: &[(u32, &str)] = &[
    (0, "IPv6 Hop-by-Hop Option"),
    (1, "ICMP"),
    (2, "IGMP"),
    (3, "GGP"),
    (4, "IPIP"),
    (5, "Stream"),
    (6, "TCP"),
    (7, "CBT"),
    (8, "EGP"),
    (9, "IGRP"),
    (10, "BBN RCC"),
    (11, "Network Voice"),
    (12, "PUP"),
    (13, "ARGUS"),
    (14, "EMCON"),
    (15, "XNET"),
    (16, "CHAOS"),
    (17, "UDP"),
    (18, "Multiplex"),
    (19, "DCN Measurement"),
    (20, "Host Monitoring"),
    (21, "Packet radio"),
    (22, "IDP"),
    (23, "Trunk-1"),
    (24, "Trunk-2"),
    (25, "Leaf-1"),
    (26, "Leaf-2"),
    (27, "Reliable Data"),
    (28, "IRT"),
    (29, "ISO TP4"),
    (30, "Bulk Data"),
    (31, "MFE NSP"),
    (32, "Merit Internodal"),
    (33, "Datagram Congestion Control Protocol"),
    (34, "3rd Party Connect"),
    (35, "Inter-Domain Policy Routing Protocol"),
    (36, "XTP"),
    (37, "Datagram delivery"),
    (38, "Control Message"),
    (39, "TP++"),
    (40, "IL"),
    (41, "IPv6"),
    (42, "Source demand routing"),
    (43, "Routing Header for IPv6"),
    (44, "Fragment Header for IPv6"),
    (45, "Inter-Domain Routing Protocol"),
    (46, "Reservation Protocol"),
    (47, "Generic Routing Encapsulation"),
    (48, "Dynamic source routing"),
    (49, "BNA"),
    (50, "Encap Security Payload"),
    (51, "Authentication Header"),
    (52, "INSLP"),
    (53, "SWIPE"),
    (54, "NBMA ARP"),
    (55, "IP Mobility"),
    (56, "TLSP Kryptonet"),
    (57, "SKIP"),
    (58, "ICMPv6"),
    (59, "No Next Header for IPv6"),
    (60, "Destination Options for IPv6"),
    (61, "any host internal protocol"),
    (62, "Mobile IPv6 (old)"),
    (63, "any local network"),
    (64, "SATNET EXPAK"),
    (65, "Kryptolan"),
    (66, "Remote Virtual Disk"),
    (67, "IPPC"),
    (68, "any distributed file system"),
    (69, "SATNET Monitoring"),
    (70, "VISA"),
    (71, "IPCV"),
    (72, "CPNX"),
    (73, "CPHB"),
    (74, "Wang Span"),
    (75, "Packet Video"),
    (76, "Backroom SATNET Mon"),
    (77, "Sun ND Protocol"),
    (78, "Wideband Mon"),
    (79, "Wideband Expak"),
    (80, "ISO Internet Protocol"),
    (81, "VMTP"),
    (82, "Secure VMTP"),
    (83, "VINES"),
    (84, "TTP"),
    (85, "NSFNET IGP"),
    (86, "Dissimilar Gateway"),
    (87, "TCF"),
    (88, "EIGRP"),
    (89, "OSPF IGP"),
    (90, "Sprite RPC"),
    (91, "Locus ARP"),
    (92, "Multicast Transport"),
    (93, "AX.25 Frames"),
    (94, "IP in IP"),
    (95, "MICP"),
    (96, "Semaphore"),
    (97, "Ether in IP"),
    (98, "ENCAP"),
    (99, "any private encryption scheme"),
    (100, "GMTP"),
    (101, "Ipsilon Flow"),
    (102, "PNNI over IP"),
    (103, "PIM"),
    (104, "ARIS"),
    (105, "SCPS"),
    (106, "QNX"),
    (107, "Active Networks"),
    (108, "IPComp"),
    (109, "Sitara Networks"),
    (110, "Compaq Peer"),
    (111, "IPX IN IP"),
    (112, "VRRP"),
    (113, "PGM"),
    (114, "any 0-hop protocol"),
    (115, "Layer 2 Tunneling"),
    (116, "DDX"),
    (117, "IATP"),
    (118, "STP"),
    (119, "SpectraLink"),
    (120, "UTI"),
    (121, "SMP"),
    (122, "SM"),
    (123, "PTP"),
    (124, "ISIS over IP"),
    (125, "FIRE"),
    (126, "CRTP"),
    (127, "CRUDP"),
    (128, "SSCOPMCE"),
    (129, "IPLT"),
    (130, "Secure Packet"),
    (131, "PIPE"),
    (132, "SCTP"),
    (133, "Fibre Channel"),
    (134, "RSVP E2EI"),
    (135, "Mobile IPv6"),
    (136, "UDPLite"),
    (137, "MPLS in IP"),
    (138, "MANET"),
    (139, "HIP"),
    (140, "Shim6 header"),
    (141, "WESP"),
    (142, "ROHC"),
    (143, "Ethernet"),
    (144, "Unassigned"),
    (145, "Unassigned"),
    (146, "Unassigned"),
    (147, "Unassigned"),
    (148, "Unassigned"),
    (149, "Unassigned"),
    (150, "Unassigned"),
    (151, "Unassigned"),
    (152, "Unassigned"),
    (153, "Unassigned"),
    (154, "Unassigned"),
    (155, "Unassigned"),
    (156, "Unassigned"),
    (157, "Unassigned"),
    (158, "Unassigned"),
    (159, "Unassigned"),
    (160, "Unassigned"),
    (161, "Unassigned"),
    (162, "Unassigned"),
    (163, "Unassigned"),
    (164, "Unassigned"),
    (165, "Unassigned"),
    (166, "Unassigned"),
    (167, "Unassigned"),
    (168, "Unassigned"),
    (169, "Unassigned"),
    (170, "Unassigned"),
    (171, "Unassigned"),
    (172, "Unassigned"),
    (173, "AX/4000 Testframe"),
    (174, "Unassigned"),
    (175, "Unassigned"),
    (176, "Unassigned"),
    (177, "Unassigned"),
    (178, "Unassigned"),
    (179, "Unassigned"),
    (180, "Unassigned"),
    (181, "Unassigned"),
    (182, "Unassigned"),
    (183, "Unassigned"),
    (184, "Unassigned"),
    (185, "Unassigned"),
    (186, "Unassigned"),
    (187, "Unassigned"),
    (188, "Unassigned"),
    (189, "Unassigned"),
    (190, "Unassigned"),
    (191, "Unassigned"),
    (192, "Unassigned"),
    (193, "Unassigned"),
    (194, "Unassigned"),
    (195, "Unassigned"),
    (196, "Unassigned"),
    (197, "Unassigned"),
    (198, "Unassigned"),
    (199, "Unassigned"),
    (200, "Unassigned"),
    (201, "Unassigned"),
    (202, "Unassigned"),
    (203, "Unassigned"),
    (204, "Unassigned"),
    (205, "Unassigned"),
    (206, "Unassigned"),
    (207, "Unassigned"),
    (208, "Unassigned"),
    (209, "Unassigned"),
    (210, "Unassigned"),
    (211, "Unassigned"),
    (212, "Unassigned"),
    (213, "Unassigned"),
    (214, "Unassigned"),
    (215, "Unassigned"),
    (216, "Unassigned"),
    (217, "Unassigned"),
    (218, "Unassigned"),
    (219, "Unassigned"),
    (220, "Unassigned"),
    (221, "Unassigned"),
    (222, "Unassigned"),
    (223, "Unassigned"),
    (224, "Novell NCS Heartbeat"),
];

const ZONEMD_SCHEMES: &[(u32, u32, &str)] =
    &[(0, 0, "Reserved"), (1, 1, "SIMPLE"), (2, 239, "Unassigned"), (240, 254, "Private Use"), (255, 255, "Reserved")];
const ZONEMD_HASHES: &[(u32, u32, &str)] =
    &[(0, 0, "Reserved"), (1, 1, "SHA-384"), (2, 2, "SHA-512"), (3, 239, "Unassigned"), (240, 254, "Private Use"), (255, 255, "Reserved")];

const EDE_CODES: &[(u32, u32, &str)] = &[
    (0, 0, "Other Error"),
    (1, 1, "Unsupported DNSKEY Algorithm"),
    (2, 2, "Unsupported DS Digest Type"),
    (3, 3, "Stale Answer"),
    (4, 4, "Forged Answer"),
    (5, 5, "DNSSEC Indeterminate"),
    (6, 6, "DNSSEC Bogus"),
    (7, 7, "Signature Expired"),
    (8, 8, "Signature Not Yet Valid"),
    (9, 9, "DNSKEY Missing"),
    (10, 10, "RRSIGs Missing"),
    (11, 11, "No Zone Key Bit Set"),
    (12, 12, "NSEC Missing"),
    (13, 13, "Cached Error"),
    (14, 14, "Not Ready"),
    (15, 15, "Blocked"),
    (16, 16, "Censored"),
    (17, 17, "Filtered"),
    (18, 18, "Prohibited"),
    (19, 19, "Stale NXDomain Answer"),
    (20, 20, "Not Authoritative"),
    (21, 21, "Not Supported"),
    (22, 22, "No Reachable Authority"),
    (23, 23, "Network Error"),
    (24, 24, "Invalid Data"),
    (25, 25, "Signature Expired before Valid"),
    (26, 26, "Too Early"),
    (27, 27, "Unsupported NSEC3 Iterations Value"),
    (28, 28, "Unable to conform to policy"),
    (29, 29, "Synthesized"),
    (30, 49151, "Unassigned"),
    (49152, 65535, "Reserved for Private Use"),
];

const DSO_TYPES: &[(u32, u32, &str)] = &[
    (0, 0, "Reserved"),
    (1, 1, "Keep Alive"),
    (2, 2, "Retry Delay"),
    (3, 3, "Encryption Padding"),
    (4, 0x3f, "Unassigned, reserved for DSO session-management TLVs"),
    (0x40, 0x40, "Subscribe"),
    (0x41, 0x41, "Push"),
    (0x42, 0x42, "Unsubscribe"),
    (0x43, 0x43, "Reconfirm"),
    (0x44, 0xf7ff, "Unassigned"),
    (0xf800, 0xfbff, "Reserved for Experimental/Local Use"),
    (0xfc00, 0xffff, "Reserved for future expansion"),
];

fn val_str(v: u32, table: &[(u32, &'static str)]) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == v).map(|(_, s)| *s)
}

fn rval_str(v: u32, table: &[(u32, u32, &'static str)]) -> Option<&'static str> {
    table.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&v)).map(|(_, _, s)| *s)
}

/// val_to_str(v, table, "Unknown (%d)").
fn val_or_unknown(v: u32, table: &[(u32, &'static str)]) -> String {
    match val_str(v, table) {
        Some(s) => s.to_string(),
        None => format!("Unknown ({})", v as i32),
    }
}

// The fields of packet-dns.c, by name.
const TFS_RESPONSE: Strs = Strs::Tfs("Message is a response", "Message is a query");
const HF_LENGTH: Hf = dec("dns.length", "Length", 16);
const HF_FLAGS: Hf = hex("dns.flags", "Flags", 16);
const HF_FLAGS_RESPONSE: Hf = hf("dns.flags.response", "Response", Ft::Bool(16), Base::Dec, TFS_RESPONSE, 0x8000);
const HF_FLAGS_OPCODE: Hf = hf("dns.flags.opcode", "Opcode", Ft::Uint(16), Base::Dec, Strs::Vals(OPCODES), 0x7800);
const HF_FLAGS_AUTHORITATIVE: Hf = flag(
    "dns.flags.authoritative",
    "Authoritative",
    16,
    "Server is an authority for domain",
    "Server is not an authority for domain",
    0x0400,
);
const HF_FLAGS_TRUNCATED: Hf = flag("dns.flags.truncated", "Truncated", 16, "Message is truncated", "Message is not truncated", 0x0200);
const HF_FLAGS_RECDESIRED: Hf =
    flag("dns.flags.recdesired", "Recursion desired", 16, "Do query recursively", "Don't do query recursively", 0x0100);
const HF_FLAGS_RECAVAIL: Hf =
    flag("dns.flags.recavail", "Recursion available", 16, "Server can do recursive queries", "Server can't do recursive queries", 0x0080);
const HF_FLAGS_Z: Hf = flag("dns.flags.z", "Z", 16, "reserved - incorrect!", "reserved (0)", 0x0040);
const HF_FLAGS_AUTHENTICATED: Hf = flag(
    "dns.flags.authenticated",
    "Answer authenticated",
    16,
    "Answer/authority portion was authenticated by the server",
    "Answer/authority portion was not authenticated by the server",
    0x0020,
);
const HF_FLAGS_AD: Hf = flag("dns.flags.authenticated", "AD bit", 16, "Set", "Not set", 0x0020);
const HF_FLAGS_CHECKDISABLE: Hf = flag("dns.flags.checkdisable", "Non-authenticated data", 16, "Acceptable", "Unacceptable", 0x0010);
const HF_FLAGS_RCODE: Hf = hf("dns.flags.rcode", "Reply code", Ft::Uint(16), Base::Dec, Strs::Vals(RCODES), 0x000f);
const HF_TRANSACTION_ID: Hf = hex("dns.id", "Transaction ID", 16);
const HF_COUNT_QUESTIONS: Hf = dec("dns.count.queries", "Questions", 16);
const HF_COUNT_ZONES: Hf = dec("dns.count.zones", "Zones", 16);
const HF_COUNT_ANSWERS: Hf = dec("dns.count.answers", "Answer RRs", 16);
const HF_COUNT_PREREQUISITES: Hf = dec("dns.count.prerequisites", "Prerequisites", 16);
const HF_COUNT_AUTH_RR: Hf = dec("dns.count.auth_rr", "Authority RRs", 16);
const HF_COUNT_UPDATES: Hf = dec("dns.count.updates", "Updates", 16);
const HF_COUNT_ADD_RR: Hf = dec("dns.count.add_rr", "Additional RRs", 16);
const HF_QRY_NAME: Hf = string("dns.qry.name", "Name");
const HF_QRY_NAME_LEN: Hf = dec("dns.qry.name.len", "Name Length", 16);
const HF_COUNT_LABELS: Hf = dec("dns.count.labels", "Label Count", 16);
const HF_QRY_TYPE: Hf = vals("dns.qry.type", "Type", 16, TYPE_DESCRIPTIONS);
const HF_QRY_CLASS: Hf = hf("dns.qry.class", "Class", Ft::Uint(16), Base::Hex, Strs::Vals(CLASSES), 0);
const HF_RR_NAME: Hf = string("dns.resp.name", "Name");
const HF_RR_TYPE: Hf = vals("dns.resp.type", "Type", 16, TYPE_DESCRIPTIONS);
const HF_RR_CLASS: Hf = hf("dns.resp.class", "Class", Ft::Uint(16), Base::Hex, Strs::Vals(CLASSES), 0);
const HF_RR_TTL: Hf = dec("dns.resp.ttl", "Time to live", 32);
const HF_RR_LEN: Hf = dec("dns.resp.len", "Data length", 16);
const HF_SRV_SERVICE: Hf = string("dns.srv.service", "Service");
const HF_SRV_PROTO: Hf = string("dns.srv.proto", "Protocol");
const HF_SRV_NAME: Hf = string("dns.srv.name", "Name");
const HF_RR_UDP_PAYLOAD_SIZE: Hf = dec("dns.rr.udp_payload_size", "UDP payload size", 16);
const HF_RR_EXT_RCODE: Hf = hex("dns.resp.ext_rcode", "Higher bits in extended RCODE", 8);
const HF_RR_EDNS0_VERSION: Hf = dec("dns.resp.edns0_version", "EDNS0 version", 8);
const HF_RR_Z: Hf = hex("dns.resp.z", "Z", 16);
const HF_RR_Z_DO: Hf = flag("dns.resp.z.do", "DO bit", 16, "Accepts DNSSEC security RRs", "Cannot handle DNSSEC security RRs", 0x8000);
const HF_RR_Z_RESERVED: Hf = hf("dns.resp.z.reserved", "Reserved", Ft::Uint(16), Base::Hex, Strs::No, 0x7fff);
const HF_A: Hf = ftype("dns.a", "Address", Ft::Ipv4);
const HF_NS: Hf = string("dns.ns", "Name Server");
const HF_MD: Hf = string("dns.md", "Mail Destination");
const HF_MF: Hf = string("dns.mf", "Mail Forwarder");
const HF_CNAME: Hf = string("dns.cname", "CNAME");
const HF_SOA_MNAME: Hf = string("dns.soa.mname", "Primary name server");
const HF_SOA_RNAME: Hf = string("dns.soa.rname", "Responsible authority's mailbox");
const HF_SOA_SERIAL: Hf = dec("dns.soa.serial_number", "Serial Number", 32);
const HF_SOA_REFRESH: Hf = dec("dns.soa.refresh_interval", "Refresh Interval", 32);
const HF_SOA_RETRY: Hf = dec("dns.soa.retry_interval", "Retry Interval", 32);
const HF_SOA_EXPIRE: Hf = dec("dns.soa.expire_limit", "Expire limit", 32);
const HF_SOA_MINIMUM: Hf = dec("dns.soa.minimum_ttl", "Minimum TTL", 32);
const HF_MB: Hf = string("dns.mb", "MailBox Domaine");
const HF_MG: Hf = string("dns.mg", "Mail Group member");
const HF_MR: Hf = string("dns.mr", "Mail Rename domaine");
const HF_NULL: Hf = bytes("dns.null", "Null (data)");
const HF_WKS_ADDRESS: Hf = ftype("dns.wks.address", "Address", Ft::Ipv4);
const HF_WKS_PROTOCOL: Hf = vals("dns.wks.protocol", "Protocol", 8, IP_PROTOS);
const HF_WKS_BITS: Hf = hex("dns.wks.bits", "Bits", 8);
const HF_PTR: Hf = string("dns.ptr.domain_name", "Domain Name");
const HF_HINFO_CPU_LENGTH: Hf = dec("dns.hinfo.cpu_length", "CPU Length", 8);
const HF_HINFO_CPU: Hf = string("dns.hinfo.cpu", "CPU");
const HF_HINFO_OS_LENGTH: Hf = dec("dns.hinfo.os_length", "OS Length", 8);
const HF_HINFO_OS: Hf = string("dns.hinfo.os", "OS");
const HF_MINFO_R: Hf = string("dns.minfo.r", "Responsible Mailbox");
const HF_MINFO_E: Hf = string("dns.minfo.e", "Error Mailbox");
const HF_MX_PREFERENCE: Hf = dec("dns.mx.preference", "Preference", 16);
const HF_MX_EXCHANGE: Hf = string("dns.mx.mail_exchange", "Mail Exchange");
const HF_TXT_LENGTH: Hf = dec("dns.txt.length", "TXT Length", 8);
const HF_TXT: Hf = string("dns.txt", "TXT");
const HF_RP_MAILBOX: Hf = string("dns.rp.mailbox", "Mailbox");
const HF_RP_TXT_RR: Hf = string("dns.rp.txt_rr", "TXT RR");
const HF_AFSDB_SUBTYPE: Hf = dec("dns.afsdb.subtype", "Subtype", 16);
const HF_AFSDB_HOSTNAME: Hf = string("dns.afsdb.hostname", "Hostname");
const HF_X25_LENGTH: Hf = dec("dns.x25.length", "Length", 8);
const HF_X25_ADDRESS: Hf = string("dns.x25.psdn_address", "PSDN-Address");
const HF_ISDN_LENGTH: Hf = dec("dns.idsn.length", "Length", 8);
const HF_ISDN_ADDRESS: Hf = string("dns.idsn.address", "ISDN Address");
const HF_ISDN_SA_LENGTH: Hf = dec("dns.idsn.sa.length", "Length", 8);
const HF_ISDN_SA: Hf = string("dns.idsn.sa.address", "Sub Address");
const HF_RT_PREFERENCE: Hf = dec("dns.rt.subtype", "Preference", 16);
const HF_RT_HOST: Hf = string("dns.rt.intermediate_host", "Intermediate Hostname");
const HF_NSAP_RDATA: Hf = bytes("dns.nsap.rdata", "NSAP Data");
const HF_NSAP_PTR_OWNER: Hf = string("dns.nsap_ptr.owner", "Owner");
const HF_KEY_FLAGS: Hf = hex("dns.key.flags", "Flags", 16);
const HF_KEY_FLAGS_AUTH: Hf = flag("dns.key.flags.authentication", "Key allowed for authentication", 16, "Not Allowed", "Allowed", 0x8000);
const HF_KEY_FLAGS_CONF: Hf =
    flag("dns.key.flags.confidentiality", "Key allowed for confidentiality", 16, "Not Allowed", "Allowed", 0x4000);
const HF_KEY_FLAGS_REQUIRED: Hf = flag("dns.key.flags.required", "Key required", 16, "Experimental or optional", "Required", 0x2000);
const HF_KEY_FLAGS_USER: Hf = flag("dns.key.flags.associated_user", "Key is associated with a user", 16, "Yes", "No", 0x0400);
const HF_KEY_FLAGS_ENTITY: Hf =
    flag("dns.key.flags.associated_named_entity", "Key is associated with the named entity", 16, "Yes", "No", 0x0200);
const HF_KEY_FLAGS_IPSEC: Hf = flag("dns.key.flags.ipsec", "Key use with IPSEC", 16, "Valid", "Invalid", 0x0080);
const HF_KEY_FLAGS_MIME: Hf = flag("dns.key.flags.mime", "Key use with MIME security multiparts", 16, "Valid", "Invalid", 0x0040);
const HF_KEY_FLAGS_SIGNATORY: Hf = hf("dns.key.flags.signatory", "Signatory", Ft::Uint(16), Base::Dec, Strs::No, 0x000f);
const HF_KEY_PROTOCOL: Hf = dec("dns.key.protocol", "Protocol", 8);
const HF_KEY_ALGORITHM: Hf = vals("dns.key.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
const HF_KEY_KEY_ID: Hf = dec("dns.key.key_id", "Key ID", 16);
const HF_KEY_PUBLIC_KEY: Hf = bytes("dns.key.public_key", "Public Key");
const HF_PX_PREFERENCE: Hf = dec("dns.px.preference", "Preference", 16);
const HF_PX_MAP822: Hf = string("dns.px.map822", "MAP822");
const HF_PX_MAPX400: Hf = string("dns.px.map400", "MAPX400");
const HF_GPOS_LONG_LEN: Hf = dec("dns.gpos.longitude_length", "Longitude length", 8);
const HF_GPOS_LONG: Hf = string("dns.gpos.longitude", "Longitude");
const HF_GPOS_LAT_LEN: Hf = dec("dns.gpos.latitude_length", "Latitude length", 8);
const HF_GPOS_LAT: Hf = string("dns.gpos.latitude", "Latitude");
const HF_GPOS_ALT_LEN: Hf = dec("dns.gpos.altitude_length", "Altitude length", 8);
const HF_GPOS_ALT: Hf = string("dns.gpos.altitude", "Altitude");
const HF_AAAA: Hf = ftype("dns.aaaa", "AAAA Address", Ft::Ipv6);
const HF_LOC_VERSION: Hf = dec("dns.loc.version", "Version", 8);
const HF_LOC_SIZE: Hf = dec("dns.loc.size", "Size", 8);
const HF_LOC_HPREC: Hf = dec("dns.loc.horizontal_precision", "Horizontal Precision", 8);
const HF_LOC_VPREC: Hf = dec("dns.loc.vertical_precision", "Vertical Precision", 8);
const HF_LOC_LATITUDE: Hf = dec("dns.loc.latitude", "Latitude", 32);
const HF_LOC_LONGITUDE: Hf = dec("dns.loc.longitude", "Longitude", 32);
const HF_LOC_ALTITUDE: Hf = dec("dns.loc.altitude", "Altitude", 32);
const HF_LOC_UNKNOWN: Hf = bytes("dns.loc.unknown_data", "Unknown data");
const HF_NXT_NEXT: Hf = string("dns.nxt.next_domain_name", "Next Domain Name");
const HF_SRV_PRIORITY: Hf = dec("dns.srv.priority", "Priority", 16);
const HF_SRV_WEIGHT: Hf = dec("dns.srv.weight", "Weight", 16);
const HF_SRV_PORT: Hf = dec("dns.srv.port", "Port", 16);
const HF_SRV_TARGET: Hf = string("dns.srv.target", "Target");
const HF_NAPTR_ORDER: Hf = dec("dns.naptr.order", "Order", 16);
const HF_NAPTR_PREFERENCE: Hf = dec("dns.naptr.preference", "Preference", 16);
const HF_NAPTR_FLAGS_LENGTH: Hf = dec("dns.naptr.flags_length", "Flags Length", 8);
const HF_NAPTR_FLAGS: Hf = string("dns.naptr.flags", "Flags");
const HF_NAPTR_SERVICE_LENGTH: Hf = dec("dns.naptr.service_length", "Service Length", 8);
const HF_NAPTR_SERVICE: Hf = string("dns.naptr.service", "Service");
const HF_NAPTR_REGEX_LENGTH: Hf = dec("dns.naptr.regex_length", "Regex Length", 8);
const HF_NAPTR_REGEX: Hf = string("dns.naptr.regex", "Regex");
const HF_NAPTR_REPLACEMENT_LENGTH: Hf = dec("dns.naptr.replacement_length", "Replacement Length", 8);
const HF_NAPTR_REPLACEMENT: Hf = string("dns.naptr.replacement", "Replacement");
const HF_KX_PREFERENCE: Hf = dec("dns.kx.preference", "Preference", 16);
const HF_KX_EXCHANGE: Hf = string("dns.kx.key_exchange", "Key Exchange");
const HF_CERT_TYPE: Hf = vals("dns.cert.type", "Type", 16, CERT_TYPES);
const HF_CERT_KEY_TAG: Hf = hex("dns.cert.key_tag", "Key Tag", 16);
const HF_CERT_ALGORITHM: Hf = vals("dns.cert.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
const HF_CERT_CERTIFICATE: Hf = bytes("dns.cert.certificate", "Certificate (or CRL)");
const HF_A6_PREFIX_LEN: Hf = dec("dns.a6.prefix_len", "Prefix len", 8);
const HF_A6_SUFFIX: Hf = ftype("dns.a6.address_suffix", "Address Suffix", Ft::Ipv6);
const HF_A6_PREFIX_NAME: Hf = string("dns.a6.prefix_name", "Prefix name");
const HF_DNAME: Hf = string("dns.dname", "Dname");
const HF_OPT: Hf = ftype("dns.opt", "Option", Ft::None);
const HF_OPT_CODE: Hf = vals("dns.opt.code", "Option Code", 16, EDNS0_OPTIONS);
const HF_OPT_LEN: Hf = dec("dns.opt.len", "Option Length", 16);
const HF_OPT_DATA: Hf = bytes("dns.opt.data", "Option Data");
const HF_OPT_DAU: Hf = vals("dns.opt.dau", "DAU", 8, DNSSEC_ALGOS);
const HF_OPT_DHU: Hf = vals("dns.opt.dhu", "DHU", 8, DS_DIGESTS);
const HF_OPT_N3U: Hf = vals("dns.opt.n3u", "N3U", 8, HASH_ALGOS);
const HF_OPT_CLIENT_FAMILY: Hf = vals("dns.opt.client.family", "Family", 16, AFAMILIES);
const HF_OPT_CLIENT_NETMASK: Hf = dec("dns.opt.client.netmask", "Source Netmask", 8);
const HF_OPT_CLIENT_SCOPE: Hf = dec("dns.opt.client.scope", "Scope Netmask", 8);
const HF_OPT_CLIENT_ADDR: Hf = bytes("dns.opt.client.addr", "Client Subnet");
const HF_OPT_CLIENT_ADDR4: Hf = ftype("dns.opt.client.addr4", "Client Subnet", Ft::Ipv4);
const HF_OPT_CLIENT_ADDR6: Hf = ftype("dns.opt.client.addr6", "Client Subnet", Ft::Ipv6);
const HF_OPT_COOKIE_CLIENT: Hf = bytes("dns.opt.cookie.client", "Client Cookie");
const HF_OPT_COOKIE_SERVER: Hf = bytes("dns.opt.cookie.server", "Server Cookie");
const HF_OPT_TCP_KEEPALIVE: Hf = dec("dns.opt.edns_tcp_keepalive.timeout", "Timeout", 16);
const HF_OPT_PADDING: Hf = bytes("dns.opt.padding", "Padding");
const HF_OPT_CHAIN: Hf = string("dns.opt.chain.fqdn", "Closest Trust Point");
const HF_OPT_EDE_CODE: Hf = hf("dns.opt.ext_error.info_code", "Info Code", Ft::Uint(16), Base::Dec, Strs::Range(EDE_CODES), 0);
const HF_OPT_EDE_TEXT: Hf = string("dns.opt.ext_error.extra_text", "Extra Text");
const HF_APL_FAMILY: Hf = vals("dns.apl.address_family", "Address Family", 16, AFAMILIES);
const HF_APL_PREFIX: Hf = dec("dns.apl.coded_prefix", "Prefix Length", 8);
const HF_APL_NEGATION: Hf = flag("dns.apl.negation", "Negation Flag", 8, "Yes (!)", "No (0)", 0x80);
const HF_APL_AFDLENGTH: Hf = hf("dns.apl.afdlength", "Address Length", Ft::Uint(8), Base::Dec, Strs::No, 0x7f);
const HF_APL_IPV4: Hf = ftype("dns.apl.afdpart.ipv4", "Address", Ft::Ipv4);
const HF_APL_IPV6: Hf = ftype("dns.apl.afdpart.ipv6", "Address", Ft::Ipv6);
const HF_APL_DATA: Hf = bytes("dns.apl.afdpart.data", "Address");
const HF_DS_KEY_ID: Hf = hex("dns.ds.key_id", "Key id", 16);
const HF_DS_ALGORITHM: Hf = vals("dns.ds.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
const HF_DS_DIGEST_TYPE: Hf = vals("dns.ds.digest_type", "Digest Type", 8, DS_DIGESTS);
const HF_DS_DIGEST: Hf = bytes("dns.ds.digest", "Digest");
const HF_SSHFP_ALGORITHM: Hf = vals("dns.sshfp.algorithm", "Algorithm", 8, SSHFP_ALGOS);
const HF_SSHFP_TYPE: Hf = vals("dns.sshfp.fingerprint.type", "Fingerprint type", 8, SSHFP_TYPES);
const HF_SSHFP_FINGERPRINT: Hf = bytes("dns.sshfp.fingerprint", "Fingerprint");
const HF_IPSECKEY_PRECEDENCE: Hf = dec("dns.ipseckey.gateway_precedence", "Gateway Precedence", 8);
const HF_IPSECKEY_TYPE: Hf = vals("dns.ipseckey.gateway_type", "Gateway Type", 8, GW_TYPES);
const HF_IPSECKEY_ALGORITHM: Hf = vals("dns.ipseckey.gateway_algorithm", "Gateway Algorithm", 8, GW_ALGOS);
const HF_IPSECKEY_IPV4: Hf = ftype("dns.ipseckey.gateway_ipv4", "IPv4 Gateway", Ft::Ipv4);
const HF_IPSECKEY_IPV6: Hf = ftype("dns.ipseckey.gateway_ipv6", "IPv6 Gateway", Ft::Ipv6);
const HF_IPSECKEY_DNS: Hf = string("dns.ipseckey.gateway_dns", "DNS Gateway");
const HF_IPSECKEY_PUBLIC_KEY: Hf = bytes("dns.ipseckey.public_key", "Public Key");
const HF_RRSIG_TYPE_COVERED: Hf = vals("dns.rrsig.type_covered", "Type Covered", 16, TYPE_DESCRIPTIONS);
const HF_RRSIG_ALGORITHM: Hf = vals("dns.rrsig.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
const HF_RRSIG_LABELS: Hf = dec("dns.rrsig.labels", "Labels", 8);
const HF_RRSIG_ORIGINAL_TTL: Hf = dec("dns.rrsig.original_ttl", "Original TTL", 32);
const HF_RRSIG_EXPIRATION: Hf = ftype("dns.rrsig.signature_expiration", "Signature Expiration", Ft::AbsTime);
const HF_RRSIG_INCEPTION: Hf = ftype("dns.rrsig.signature_inception", "Signature Inception", Ft::AbsTime);
const HF_RRSIG_KEY_TAG: Hf = dec("dns.rrsig.key_tag", "Key Tag", 16);
const HF_RRSIG_SIGNER: Hf = string("dns.rrsig.signers_name", "Signer's name");
const HF_RRSIG_SIGNATURE: Hf = bytes("dns.rrsig.signature", "Signature");
const HF_NSEC_NEXT: Hf = string("dns.nsec.next_domain_name", "Next Domain Name");
const HF_DNSKEY_FLAGS: Hf = hex("dns.dnskey.flags", "Flags", 16);
const HF_DNSKEY_ZONE_KEY: Hf =
    flag("dns.dnskey.flags.zone_key", "Zone Key", 16, "This is the zone key for specified zone", "This it not a zone key", 0x0100);
const HF_DNSKEY_REVOKED: Hf = flag("dns.dnskey.flags.key_revoked", "Key Revoked", 16, "Yes", "No", 0x0080);
const HF_DNSKEY_SEP: Hf = flag("dns.dnskey.flags.secure_entry_point", "Key Signing Key", 16, "Yes", "No", 0x0001);
const HF_DNSKEY_RESERVED: Hf = hf("dns.dnskey.flags.reserved", "Key Signing Key", Ft::Uint(16), Base::Hex, Strs::No, 0xfe7e);
const HF_DNSKEY_PROTOCOL: Hf = dec("dns.dnskey.protocol", "Protocol", 8);
const HF_DNSKEY_ALGORITHM: Hf = vals("dns.dnskey.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
const HF_DNSKEY_KEY_ID: Hf = dec("dns.dnskey.key_id", "Key id", 16);
const HF_DNSKEY_PUBLIC_KEY: Hf = bytes("dns.dnskey.public_key", "Public Key");
const HF_DHCID: Hf = bytes("dns.dhcid.rdata", "DHCID Data");
const HF_NSEC3_ALGO: Hf = vals("dns.nsec3.algo", "Hash algorithm", 8, HASH_ALGOS);
const HF_NSEC3_FLAGS: Hf = dec("dns.nsec3.flags", "NSEC3 flags", 8);
const HF_NSEC3_OPTOUT: Hf = flag(
    "dns.nsec3.flags.opt_out",
    "NSEC3 Opt-out flag",
    8,
    "Additional insecure delegations allowed",
    "Additional insecure delegations forbidden",
    0x01,
);
const HF_NSEC3_ITERATIONS: Hf = dec("dns.nsec3.iterations", "NSEC3 iterations", 16);
const HF_NSEC3_SALT_LENGTH: Hf = dec("dns.nsec3.salt_length", "Salt length", 8);
const HF_NSEC3_SALT_VALUE: Hf = bytes("dns.nsec3.salt_value", "Salt value");
const HF_NSEC3_HASH_LENGTH: Hf = dec("dns.nsec3.hash_length", "Hash length", 8);
const HF_NSEC3_HASH_VALUE: Hf = string("dns.nsec3.hash_value", "Next hashed owner");
const HF_TLSA_USAGE: Hf = vals("dns.tlsa.certificate_usage", "Certificate Usage", 8, TLSA_USAGES);
const HF_TLSA_SELECTOR: Hf = vals("dns.tlsa.selector", "Selector", 8, TLSA_SELECTORS);
const HF_TLSA_MATCHING: Hf = vals("dns.tlsa.matching_type", "Matching Type", 8, TLSA_MATCHING);
const HF_TLSA_DATA: Hf = bytes("dns.tlsa.certificate_association_data", "Certificate Association Data");
const HF_HIP_HIT_LENGTH: Hf = dec("dns.hip.hit.length", "HIT length", 8);
const HF_HIP_PK_ALGO: Hf = vals("dns.hip.hit.pk.algo", "HIT length", 8, HIP_ALGOS);
const HF_HIP_PK_LENGTH: Hf = dec("dns.hip.pk.length", "PK length", 16);
const HF_HIP_HIT: Hf = bytes("dns.hip.hit", "Host Identity Tag");
const HF_HIP_PK: Hf = bytes("dns.hip.pk", "HIP Public Key");
const HF_HIP_RENDEZVOUS: Hf = string("dns.hip.rendezvous_server", "Rendezvous Server");
const HF_OPENPGPKEY: Hf = string("dns.openpgpkey", "OpenPGP Key");
const HF_CSYNC_SOA: Hf = dec("dns.csync.soa", "SOA", 32);
const HF_CSYNC_FLAGS: Hf = hex("dns.csync.flags", "Flags", 16);
const HF_CSYNC_IMMEDIATE: Hf = flag("dns.csync.flags.immediate", "immediate", 16, "True", "False", 0x0001);
const HF_CSYNC_SOAMINIMUM: Hf = flag("dns.csync.flags.soaminimum", "soaminimum", 16, "True", "False", 0x0002);
const HF_CSYNC_BITMAP: Hf = bytes("dns.csync.type_bitmap", "Type Bitmap");
const HF_ZONEMD_SERIAL: Hf = dec("dns.zonemd.serial", "Serial", 32);
const HF_ZONEMD_SCHEME: Hf = hf("dns.zonemd.scheme", "Scheme", Ft::Uint(8), Base::Dec, Strs::Range(ZONEMD_SCHEMES), 0);
const HF_ZONEMD_HASH: Hf = hf("dns.zonemd.hash_algo", "Hash Algorithm", Ft::Uint(8), Base::Dec, Strs::Range(ZONEMD_HASHES), 0);
const HF_ZONEMD_DIGEST: Hf = bytes("dns.zonemd.digest", "Digest");
const HF_SVCB_PRIORITY: Hf = dec("dns.svcb.svcpriority", "SvcPriority", 16);
const HF_SVCB_TARGET: Hf = string("dns.svcb.targetname", "TargetName");
const HF_SVCB_PARAM: Hf = ftype("dns.svcb.svcparam", "SvcParam", Ft::None);
const HF_SVCB_PARAM_KEY: Hf = vals("dns.svcb.svcparam.key", "SvcParamKey", 16, SVCB_KEYS);
const HF_SVCB_PARAM_LENGTH: Hf = dec("dns.svcb.svcparam.value.length", "SvcParamValue length", 16);
const HF_SVCB_PARAM_VALUE: Hf = bytes("dns.svcb.svcparam.value", "SvcParamValue");
const HF_SVCB_MANDATORY: Hf = vals("dns.svcb.svcparam.mandatory.key", "Mandatory key", 16, SVCB_KEYS);
const HF_SVCB_ALPN_LENGTH: Hf = dec("dns.svcb.svcparam.alpn.length", "ALPN length", 8);
const HF_SVCB_ALPN: Hf = string("dns.svcb.svcparam.alpn", "ALPN");
const HF_SVCB_PORT: Hf = dec("dns.svcb.svcparam.port", "Port", 16);
const HF_SVCB_IPV4HINT: Hf = ftype("dns.svcb.svcparam.ipv4hint.ip", "IP", Ft::Ipv4);
const HF_SVCB_ECHCONFIG: Hf = bytes("dns.svcb.svcparam.echconfig", "ECHConfig");
const HF_SVCB_IPV6HINT: Hf = ftype("dns.svcb.svcparam.ipv6hint.ip", "IP", Ft::Ipv6);
const HF_SVCB_ODOHCONFIG: Hf = bytes("dns.svcb.svcparam.odohconfig", "ODoHConfig");
const HF_SPF_LENGTH: Hf = dec("dns.spf.length", "SPF Length", 8);
const HF_SPF: Hf = string("dns.spf", "SPF");
const HF_NID_PREFERENCE: Hf = dec("dns.ilnp.nid.preference", "Preference", 16);
const HF_NID: Hf = bytes("dns.ilnp.nid", "NodeID");
const HF_L32_PREFERENCE: Hf = dec("dns.ilnp.l32.preference", "Preference", 16);
const HF_L32: Hf = ftype("dns.ilnp.l32", "Locator32", Ft::Ipv4);
const HF_L64_PREFERENCE: Hf = dec("dns.ilnp.l64.preference", "Preference", 16);
const HF_L64: Hf = bytes("dns.ilnp.l64", "Locator64");
const HF_LP_PREFERENCE: Hf = dec("dns.ilnp.lp.preference", "Preference", 16);
const HF_LP: Hf = string("dns.ilnp.lp", "Locator FQDN");
const HF_EUI48: Hf = ftype("dns.eui48", "EUI48 Address", Ft::Ether);
const HF_EUI64: Hf = ftype("dns.eui64", "EUI64 Address", Ft::Eui64);
const HF_TKEY_ALGO_NAME: Hf = string("dns.tkey.algo_name", "Algorithm name");
const HF_TKEY_INCEPTION: Hf = ftype("dns.tkey.signature_inception", "Signature Inception", Ft::AbsTime);
const HF_TKEY_EXPIRATION: Hf = ftype("dns.tkey.signature_expiration", "Signature Expiration", Ft::AbsTime);
const HF_TKEY_MODE: Hf = vals("dns.tkey.mode", "Mode", 16, TKEY_MODES);
const HF_TKEY_ERROR: Hf = vals("dns.tkey.error", "Error", 16, RCODES);
const HF_TKEY_KEY_SIZE: Hf = dec("dns.tkey.key_size", "Key Size", 16);
const HF_TKEY_KEY_DATA: Hf = bytes("dns.tkey.key_data", "Key Data");
const HF_TKEY_OTHER_SIZE: Hf = dec("dns.tkey.other_size", "Other Size", 16);
const HF_TKEY_OTHER_DATA: Hf = bytes("dns.tkey.other_data", "Other Data");
const HF_TSIG_ALGORITHM: Hf = string("dns.tsig.algorithm_name", "Algorithm Name");
const HF_TSIG_TIME_SIGNED: Hf = ftype("dns.tsig.time_signed", "Time Signed", Ft::AbsTime);
const HF_TSIG_FUDGE: Hf = dec("dns.tsig.fudge", "Fudge", 16);
const HF_TSIG_MAC_SIZE: Hf = dec("dns.tsig.mac_size", "MAC Size", 16);
const HF_TSIG_MAC: Hf = ftype("dns.tsig.mac", "MAC", Ft::None);
const HF_TSIG_ORIGINAL_ID: Hf = dec("dns.tsig.original_id", "Original Id", 16);
const HF_TSIG_ERROR: Hf = vals("dns.tsig.error", "Error", 16, RCODES);
const HF_TSIG_OTHER_LEN: Hf = dec("dns.tsig.other_len", "Other Len", 16);
const HF_TSIG_OTHER_DATA: Hf = bytes("dns.tsig.other_data", "Other Data");
const HF_CAA_FLAGS: Hf = hex("dns.caa.flags", "CAA Flags", 8);
const HF_CAA_CRITICAL: Hf = flag("dns.caa.flags.issuer_critical", "Issuer Critical", 8, "Critical", "Not critical", 0x80);
const HF_CAA_ISSUE: Hf = string("dns.caa.issue", "Issue");
const HF_CAA_ISSUEWILD: Hf = string("dns.caa.issuewild", "Issue Wildcard");
const HF_CAA_IODEF: Hf = string("dns.caa.iodef", "Report URL");
const HF_CAA_UNKNOWN: Hf = string("dns.caa.unknown", "Unknown tag");
const HF_CAA_TAG_LENGTH: Hf = dec("dns.caa.tag_length", "Tag length", 8);
const HF_CAA_TAG: Hf = string("dns.caa.tag", "Tag");
const HF_CAA_VALUE: Hf = string("dns.caa.value", "Value");
const HF_EXTRANEOUS_DATA: Hf = bytes("dns.extraneous.data", "Extraneous Data Bytes");
const HF_EXTRANEOUS_LENGTH: Hf = ftype("dns.extraneous.length", "Extraneous Data Length", Ft::Int32);
const HF_WINS_LOCAL_FLAG: Hf = flag("dns.wins.local_flag", "Local Flag", 32, "True", "False", 0x1);
const HF_WINS_LOOKUP_TIMEOUT: Hf = dec("dns.wins.lookup_timeout", "Lookup timeout", 32);
const HF_WINS_CACHE_TIMEOUT: Hf = dec("dns.wins.cache_timeout", "Cache timeout", 32);
const HF_WINS_NB_SERVERS: Hf = dec("dns.wins.nb_wins_servers", "Number of WINS servers", 32);
const HF_WINS_SERVER: Hf = ftype("dns.wins.wins_server", "WINS Server Address", Ft::Ipv4);
const HF_WINSR_LOCAL_FLAG: Hf = flag("dns.winsr.local_flag", "Local Flag", 32, "True", "False", 0x1);
const HF_WINSR_LOOKUP_TIMEOUT: Hf = dec("dns.winsr.lookup_timeout", "Lookup timeout", 32);
const HF_WINSR_CACHE_TIMEOUT: Hf = dec("dns.winsr.cache_timeout", "Cache timeout", 32);
const HF_WINSR_DOMAIN: Hf = string("dns.winsr.name_result_domain", "Name Result Domain");
const HF_XPF_IP_VERSION: Hf = vals("dns.xpf.ip_version", "IP Version", 16, IP_VERSIONS);
const HF_XPF_PROTOCOL: Hf = vals("dns.xpf.protocol", "Protocol", 8, IP_PROTOS);
const HF_XPF_SOURCE_IPV4: Hf = ftype("dns.xpf.source_ipv4", "IPv4 Source", Ft::Ipv4);
const HF_XPF_DESTINATION_IPV4: Hf = ftype("dns.xpf.destination_ipv4", "IPv4 Destination", Ft::Ipv4);
const HF_XPF_SOURCE_IPV6: Hf = ftype("dns.xpf.source_ipv6", "IPv6 Source", Ft::Ipv6);
const HF_XPF_DESTINATION_IPV6: Hf = ftype("dns.xpf.destination_ipv6", "IPv6 Destination", Ft::Ipv6);
const HF_XPF_SPORT: Hf = dec("dns.xpf.sport", "Source port", 16);
const HF_XPF_DPORT: Hf = dec("dns.xpf.dport", "Destination port", 16);
const HF_DATA: Hf = bytes("dns.data", "Data");
const HF_DSO: Hf = ftype("dns.dso", "DNS Stateful Operation", Ft::None);
const HF_DSO_TLV: Hf = ftype("dns.dso.tlv", "DSO TLV", Ft::None);
const HF_DSO_TLV_TYPE: Hf = hf("dns.dso.tlv.type", "Type", Ft::Uint(16), Base::Dec, Strs::Range(DSO_TYPES), 0);
const HF_DSO_TLV_LENGTH: Hf = dec("dns.dso.tlv.length", "Length", 16);
const HF_DSO_TLV_DATA: Hf = bytes("dns.dso.tlv.data", "Data");
const HF_DSO_KEEPALIVE_INACTIVITY: Hf = dec("dns.dso.tlv.keepalive.inactivity", "Inactivity Timeout", 32);
const HF_DSO_KEEPALIVE_INTERVAL: Hf = dec("dns.dso.tlv.keepalive.interval", "Keepalive Interval", 32);
const HF_DSO_RETRYDELAY: Hf = dec("dns.dso.tlv.retrydelay.retrydelay", "Retry Delay", 32);
const HF_DSO_ENCPAD: Hf = bytes("dns.dso.tlv.encpad.padding", "Padding");

// ---------------------------------------------------------------------------
// Wireshark's text formatting
// ---------------------------------------------------------------------------

fn push_ascii_escape(out: &mut String, c: u8) {
    out.push('\\');
    match c {
        0x07 => out.push('a'),
        0x08 => out.push('b'),
        0x0c => out.push('f'),
        b'\n' => out.push('n'),
        b'\r' => out.push('r'),
        b'\t' => out.push('t'),
        0x0b => out.push('v'),
        _ => {
            let _ = write!(out, "{:03o}", c);
        }
    }
}

fn unichar_is_print(uc: u32) -> bool {
    if uc < 0x80 {
        return (0x20..0x7f).contains(&uc);
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < uc {
                std::cmp::Ordering::Less
            } else if lo > uc {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// format_text() (epan/strutil.c): printable ASCII as is, other ASCII as
/// C escapes (`\n`, `\000`), UTF-8 decoded permissively (bad sequences as
/// U+FFFD), printable characters as themselves, others as `\uXXXX`.
fn format_text(s: &[u8]) -> String {
    const UNREPL: u32 = 0xfffd;
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if (0x20..0x7f).contains(&c) {
            out.push(c as char);
            continue;
        }
        if c < 0x80 {
            push_ascii_escape(&mut out, c);
            continue;
        }
        let (more, mask) = match c {
            _ if c & 0xe0 == 0xc0 => (1, 0x1f),
            _ if c & 0xf0 == 0xe0 => (2, 0x0f),
            _ if c & 0xf8 == 0xf0 => (3, 0x07),
            _ if c & 0xfc == 0xf8 => (4, 0x03),
            _ if c & 0xfe == 0xfc => (5, 0x01),
            _ => (0, 0),
        };
        let mut uc: u32;
        if more > 0 {
            uc = u32::from(c & mask);
            for _ in 0..more {
                match s.get(i) {
                    Some(&n) if n & 0xc0 == 0x80 => {
                        i += 1;
                        uc = (uc << 6) | u32::from(n & 0x3f);
                    }
                    _ => {
                        uc = UNREPL;
                        break;
                    }
                }
            }
            if uc > 0x10ffff || (0xd800..=0xdfff).contains(&uc) {
                uc = UNREPL;
            }
        } else {
            uc = UNREPL;
        }
        // (tshark's escape test here looks at the last byte read, never
        // ASCII for a multi-byte sequence: an overlong control character
        // shows as \u00XX.)
        if unichar_is_print(uc) {
            out.push(char::from_u32(uc).unwrap_or('\u{fffd}'));
        } else if uc <= 0xffff {
            let _ = write!(out, "\\u{uc:04X}");
        } else {
            let _ = write!(out, "\\U{uc:08X}");
        }
    }
    out
}

/// format_text_string(): format_text() up to the first NUL.
fn format_text_cstr(s: &[u8]) -> String {
    format_text(cstr(s))
}

/// A C string: the bytes before the first NUL.
fn cstr(s: &[u8]) -> &[u8] {
    match s.iter().position(|&b| b == 0) {
        Some(n) => &s[..n],
        None => s,
    }
}

/// tvb_get_string_enc(ENC_ASCII): bytes above 0x7f become U+FFFD; NULs
/// stay (so C code sees the string end there).
fn ascii_string(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        if c < 0x80 {
            out.push(c);
        } else {
            out.extend_from_slice("\u{fffd}".as_bytes());
        }
    }
    out
}

/// tvb_get_string_enc(ENC_UTF_8): ill-formed sequences become U+FFFD by
/// maximal subparts, which is what from_utf8_lossy does.
fn utf8_string(b: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(b).into_owned().into_bytes()
}

/// bytes_to_str(): hex, at most 36 bytes, then "…".
fn bytes_to_str(b: &[u8]) -> String {
    if b.is_empty() {
        return "<MISSING>".into();
    }
    let mut s = String::with_capacity(b.len().min(36) * 2 + 3);
    for x in b.iter().take(36) {
        let _ = write!(s, "{x:02x}");
    }
    if b.len() > 36 {
        s.push('\u{2026}');
    }
    s
}

fn ipv4_text(b: &[u8]) -> String {
    format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])
}

/// glibc's inet_ntop(AF_INET6): the longest run of two or more zero words
/// as `::`, and `::a.b.c.d` / `::ffff:a.b.c.d` for IPv4-compatible and
/// -mapped addresses.
fn ipv6_text(b: &[u8]) -> String {
    let mut words = [0u16; 8];
    for (i, w) in words.iter_mut().enumerate() {
        *w = u16::from_be_bytes([b[2 * i], b[2 * i + 1]]);
    }
    let (mut best_base, mut best_len) = (None::<usize>, 0usize);
    let (mut cur_base, mut cur_len) = (None::<usize>, 0usize);
    for (i, &w) in words.iter().enumerate() {
        if w == 0 {
            if cur_base.is_none() {
                cur_base = Some(i);
                cur_len = 1;
            } else {
                cur_len += 1;
            }
        } else if let Some(cb) = cur_base.take()
            && (best_base.is_none() || cur_len > best_len)
        {
            best_base = Some(cb);
            best_len = cur_len;
        }
    }
    if let Some(cb) = cur_base
        && (best_base.is_none() || cur_len > best_len)
    {
        best_base = Some(cb);
        best_len = cur_len;
    }
    if best_len < 2 {
        best_base = None;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < 8 {
        if let Some(bb) = best_base
            && (bb..bb + best_len).contains(&i)
        {
            if i == bb {
                out.push(':');
            }
            i += 1;
            continue;
        }
        if i != 0 {
            out.push(':');
        }
        if i == 6 && best_base == Some(0) && (best_len == 6 || (best_len == 5 && words[5] == 0xffff)) {
            out.push_str(&ipv4_text(&b[12..16]));
            return out;
        }
        let _ = write!(out, "{:x}", words[i]);
        i += 1;
    }
    if best_base.is_some_and(|bb| bb + best_len == 8) {
        out.push(':');
    }
    out
}

/// unsigned_time_secs_to_str(): "1 day, 2 hours, 3 minutes, 4 seconds".
fn time_secs_text(v: u32) -> String {
    if v == 0 {
        return "0 seconds".into();
    }
    let plural = |n: u32| if n == 1 { "" } else { "s" };
    let secs = v % 60;
    let mins = (v / 60) % 60;
    let hours = (v / 3600) % 24;
    let days = v / 86400;
    let mut parts = Vec::new();
    if days != 0 {
        parts.push(format!("{days} day{}", plural(days)));
    }
    if hours != 0 {
        parts.push(format!("{hours} hour{}", plural(hours)));
    }
    if mins != 0 {
        parts.push(format!("{mins} minute{}", plural(mins)));
    }
    if secs != 0 {
        parts.push(format!("{secs} second{}", plural(secs)));
    }
    parts.join(", ")
}

/// abs_time_to_str() of a time in seconds, as tshark shows it with TZ=UTC:
/// `Dec 31, 2036 00:00:00.000000000 UTC`.
fn abs_time_text(secs: i64) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{} {:2}, {} {:02}:{:02}:{:02}.000000000 UTC", MONTHS[(month - 1) as usize], day, year, rem / 3600, (rem / 60) % 60, rem % 60)
}

/// C's printf("%g").
fn fmt_g(x: f64) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    if !x.is_finite() {
        return if x.is_nan() {
            "nan".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    const P: i32 = 6;
    let e_form = format!("{:.*e}", (P - 1) as usize, x);
    let (mantissa, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let strip =
        |s: &str| -> String { if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s.to_string() } };
    if !(-4..P).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", strip(mantissa), exp.abs())
    } else {
        strip(&format!("{:.*}", (P - 1 - exp) as usize, x))
    }
}

/// g_base64_encode().
fn base64(b: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(b.len().div_ceil(3) * 4);
    for chunk in b.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &x)| acc | (u32::from(x) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The label of an integer field: bit-field prefix, value string, number in
/// the field's base (fill_label_number / fill_label_bitfield).
fn uint_label(hf: &Hf, raw: u32) -> String {
    let width = match hf.ft {
        Ft::Uint(w) | Ft::Bool(w) => w,
        _ => 32,
    };
    let (prefix, value) = if hf.mask != 0 {
        let masked = raw & hf.mask;
        (bitfield_prefix(masked, hf.mask, width), masked >> hf.mask.trailing_zeros())
    } else {
        (String::new(), raw)
    };
    if let Ft::Bool(_) = hf.ft {
        let (t, f) = match hf.strs {
            Strs::Tfs(t, f) => (t, f),
            _ => ("True", "False"),
        };
        return label_fill(&prefix, hf.name, if value != 0 { t } else { f });
    }
    let number = if hf.ft == Ft::Int32 {
        format!("{}", value as i32)
    } else {
        match hf.base {
            Base::Dec => format!("{value}"),
            Base::Hex => {
                let bits = if hf.mask != 0 { 32 - hf.mask.leading_zeros() - hf.mask.trailing_zeros() } else { width };
                format!("0x{:0w$x}", value, w = bits.div_ceil(4) as usize)
            }
        }
    };
    let found = match hf.strs {
        Strs::Vals(t) => Some(val_str(value, t)),
        Strs::Range(t) => Some(rval_str(value, t)),
        _ => None,
    };
    match found {
        Some(s) => label_fill_descr(&prefix, hf.name, s.unwrap_or("Unknown"), &number),
        None => label_fill(&prefix, hf.name, &number),
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
                let mac: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
                format!("{}: {}", hf.name, mac.join(":"))
            }
            Ft::Eui64 => {
                let b = t.bytes(off, 8)?;
                let eui: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
                let text = eui.join(":");
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
                            put(&format!("{b:02x}"), &mut buf, &mut maxname);
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

    /// dissect_type_bitmap(): the NSEC/NSEC3/CSYNC window blocks. Reads on
    /// while `rr_len` is not zero, even past the RDATA.
    fn type_bitmap(&mut self, rr: Id, mut cur: i64, mut rr_len: i64) -> R<()> {
        let t = self.tvb;
        while rr_len != 0 {
            let blockbase = i64::from(t.u8(cur)?);
            let mut blocksize = i64::from(t.u8(cur + 1)?);
            cur += 2;
            rr_len -= 2;
            let mut rr_type = blockbase * 256;
            while blocksize != 0 {
                let bits = t.u8(cur)?;
                for i in 0..8 {
                    if bits & (0x80 >> i) != 0 {
                        let text = format!("RR type in bit map: {}", val_or_unknown(rr_type as u32, TYPE_DESCRIPTIONS));
                        self.add_uint_format(rr, &HF_RR_TYPE, cur, 1, text)?;
                    }
                    rr_type += 1;
                }
                cur += 1;
                rr_len -= 1;
                blocksize -= 1;
            }
        }
        Ok(())
    }

    /// dissect_type_bitmap_nxt(): NXT's plain bitmap.
    fn type_bitmap_nxt(&mut self, rr: Id, mut cur: i64, mut rr_len: i64) -> R<()> {
        let t = self.tvb;
        let mut rr_type: i64 = 0;
        while rr_len != 0 {
            let bits = t.u8(cur)?;
            for i in 0..8 {
                if bits & (0x80 >> i) != 0 {
                    let text = format!("RR type in bit map: {}", val_or_unknown(rr_type as u32, TYPE_DESCRIPTIONS));
                    self.add_uint_format(rr, &HF_RR_TYPE, cur, 1, text)?;
                }
                rr_type += 1;
            }
            cur += 1;
            rr_len -= 1;
        }
        Ok(())
    }

    /// compute_key_id(): RFC 4034 appendix B over the RDATA (RSA/MD5: from
    /// the modulus); a generated `Key id` item, or an expert note.
    fn key_id(&mut self, rr: Id, hf: &Hf, off: i64, size: i64, algo: u8) -> R<()> {
        let t = self.tvb;
        if size < 4 {
            let id = self.add_expert_text(rr, &EI_KEY_ID_SHORT, off, size)?;
            self.tree.set_generated(id);
            return Ok(());
        }
        let key_id = if algo == 1 {
            (u16::from(t.u8(off + size - 3)?) << 8).wrapping_add(u16::from(t.u8(off + size - 2)?))
        } else {
            let mut ac: u32 = 0;
            let (mut o, mut s) = (off, size);
            while s > 1 {
                ac = ac.wrapping_add((u32::from(t.u8(o)?) << 8) + u32::from(t.u8(o + 1)?));
                s -= 2;
                o += 2;
            }
            if s > 0 {
                ac = ac.wrapping_add(u32::from(t.u8(o)?) << 8);
            }
            ac = ac.wrapping_add((ac >> 16) & 0xffff);
            (ac & 0xffff) as u16
        };
        self.add_generated(rr, hf, 0, 0, key_id.into())?;
        Ok(())
    }

    /// rfc1867_size(): "%g m" of a LOC size/precision byte.
    fn loc_size(&self, off: i64) -> R<String> {
        let v = self.tvb.u8(off)?;
        let mut size = f64::from(v >> 4);
        for _ in 0..(v & 0x0f) {
            size *= 10.0;
        }
        Ok(format!(" ({} m)", fmt_g(size / 100.0)))
    }

    /// rfc1867_angle().
    fn loc_angle(&self, off: i64, longitude: bool) -> R<String> {
        let mut angle = self.tvb.u32(off)?;
        let direction;
        if angle < 0x8000_0000 {
            angle = 0x8000_0000 - angle;
            direction = if longitude { 'W' } else { 'S' };
        } else {
            angle -= 0x8000_0000;
            direction = if longitude { 'E' } else { 'N' };
        }
        if (longitude && angle > 648_000_000) || (!longitude && angle > 324_000_000) {
            return Ok(" (Value out of range)".into());
        }
        let tsecs = angle % 1000;
        angle /= 1000;
        let secs = angle % 60;
        angle /= 60;
        let minutes = angle % 60;
        let degrees = angle / 60;
        Ok(format!(" ({degrees} deg {minutes} min {secs}.{tsecs:03} sec {direction})"))
    }

    /// The RDATA of one record, type by type as packet-dns.c reads it
    /// (including its reads past RDLENGTH, which are only stopped by the end
    /// of the message).
    fn rdata(&mut self, rr: Id, dns_type: u16, rdata: i64, data_len: i64, data_off: i64) -> R<()> {
        let t = self.tvb;
        let mut cur = rdata;
        match dns_type {
            T_A => {
                let addr = ipv4_text(t.bytes(cur, 4)?);
                self.tree.append(rr, &format!(", addr {addr}"));
                self.item(rr, &HF_A, cur, 4, Enc::Na)?;
            }
            T_NS => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", ns {name}"));
                self.add_string(rr, &HF_NS, cur, used, name.as_bytes())?;
            }
            T_MD | T_MF | T_MB | T_MG | T_MR | T_NSAP_PTR => {
                let hf = match dns_type {
                    T_MD => &HF_MD,
                    T_MF => &HF_MF,
                    T_MB => &HF_MB,
                    T_MG => &HF_MG,
                    T_MR => &HF_MR,
                    _ => &HF_NSAP_PTR_OWNER,
                };
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, hf, cur, used, name.as_bytes())?;
            }
            T_CNAME => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", cname {name}"));
                self.add_string(rr, &HF_CNAME, cur, used, name.as_bytes())?;
            }
            T_SOA => {
                let (mname, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", mname {mname}"));
                self.add_string(rr, &HF_SOA_MNAME, cur, used, mname.as_bytes())?;
                cur += used;
                let (rname, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_SOA_RNAME, cur, used, rname.as_bytes())?;
                cur += used;
                self.item(rr, &HF_SOA_SERIAL, cur, 4, Enc::Na)?;
                cur += 4;
                for hf in [&HF_SOA_REFRESH, &HF_SOA_RETRY, &HF_SOA_EXPIRE, &HF_SOA_MINIMUM] {
                    let id = self.item(rr, hf, cur, 4, Enc::Na)?;
                    let v = t.u32(cur)?;
                    self.tree.append(id, &format!(" ({})", time_secs_text(v)));
                    cur += 4;
                }
            }
            T_NULL => {
                self.item(rr, &HF_NULL, cur, data_len, Enc::Na)?;
            }
            T_WKS => {
                let mut rr_len = data_len;
                let addr = ipv4_text(t.bytes(cur, 4)?);
                self.tree.append(rr, &format!(", addr {addr}"));
                self.item(rr, &HF_WKS_ADDRESS, cur, 4, Enc::Na)?;
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_WKS_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                let mut port: u32 = 0;
                while rr_len != 0 {
                    let bits = t.u8(cur)?;
                    if bits != 0 {
                        let mut names = Vec::new();
                        for i in 0..8 {
                            if bits & (0x80 >> i) != 0 {
                                names.push(port.to_string());
                            }
                            port += 1;
                        }
                        let id = self.item(rr, &HF_WKS_BITS, cur, 1, Enc::Na)?;
                        self.tree.append(id, &format!(" ({})", names.join(", ")));
                    } else {
                        port += 8;
                    }
                    cur += 1;
                    rr_len -= 1;
                }
            }
            T_PTR => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", {name}"));
                self.add_string(rr, &HF_PTR, cur, used, name.as_bytes())?;
            }
            T_HINFO => {
                let cpu_len = i64::from(t.u8(cur)?);
                let cpu = ascii_string(t.bytes(cur + 1, cpu_len)?);
                let os_off = cur + 1 + cpu_len;
                let os_len = i64::from(t.u8(os_off)?);
                let os = ascii_string(t.bytes(os_off + 1, os_len)?);
                let cpu_shown = precision_str(&cpu, cpu_len);
                let os_shown = precision_str(&os, os_len);
                self.tree.append(rr, &format!(", CPU {cpu_shown}, OS {os_shown}"));
                self.item(rr, &HF_HINFO_CPU_LENGTH, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_HINFO_CPU, cur, cpu_len, Enc::Ascii)?;
                cur += cpu_len;
                self.item(rr, &HF_HINFO_OS_LENGTH, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_HINFO_OS, cur, os_len, Enc::Ascii)?;
            }
            T_MINFO | T_RP => {
                let (h1, h2) = if dns_type == T_MINFO { (&HF_MINFO_R, &HF_MINFO_E) } else { (&HF_RP_MAILBOX, &HF_RP_TXT_RR) };
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, h1, cur, used, name.as_bytes())?;
                cur += used;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, h2, cur, used, name.as_bytes())?;
            }
            T_MX => {
                let preference = t.u16(cur)?;
                let (name, used) = self.name_out(cur + 2, data_off)?;
                self.tree.append(rr, &format!(", preference {preference}, mx {name}"));
                self.item(rr, &HF_MX_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                self.add_string(rr, &HF_MX_EXCHANGE, cur, used, name.as_bytes())?;
            }
            T_TXT | T_SPF => {
                let (hl, hs) = if dns_type == T_TXT { (&HF_TXT_LENGTH, &HF_TXT) } else { (&HF_SPF_LENGTH, &HF_SPF) };
                let mut rr_len = data_len;
                while rr_len != 0 {
                    let len = i64::from(t.u8(cur)?);
                    self.item(rr, hl, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                    self.item(rr, hs, cur, len, Enc::Ascii)?;
                    cur += len;
                    rr_len -= len;
                }
            }
            T_AFSDB | T_RT => {
                let (hp, hn) = if dns_type == T_AFSDB { (&HF_AFSDB_SUBTYPE, &HF_AFSDB_HOSTNAME) } else { (&HF_RT_PREFERENCE, &HF_RT_HOST) };
                let (name, used) = self.name_out(cur + 2, data_off)?;
                self.item(rr, hp, cur, 2, Enc::Na)?;
                cur += 2;
                self.add_string(rr, hn, cur, used, name.as_bytes())?;
            }
            T_X25 => {
                self.item(rr, &HF_X25_LENGTH, cur, 1, Enc::Na)?;
                let len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_X25_ADDRESS, cur, len, Enc::Ascii)?;
            }
            T_ISDN => {
                let mut rr_len = data_len;
                self.item(rr, &HF_ISDN_LENGTH, cur, 1, Enc::Na)?;
                let len = i64::from(t.u8(cur)?);
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_ISDN_ADDRESS, cur, len, Enc::Ascii)?;
                cur += len;
                rr_len -= len;
                if rr_len > 1 {
                    self.item(rr, &HF_ISDN_SA_LENGTH, cur, 1, Enc::Na)?;
                    let sa_len = i64::from(t.u8(cur)?);
                    cur += 1;
                    self.item(rr, &HF_ISDN_SA, cur, sa_len, Enc::Ascii)?;
                }
            }
            T_NSAP => {
                self.item(rr, &HF_NSAP_RDATA, cur, data_len, Enc::Na)?;
            }
            T_KEY => {
                let mut rr_len = data_len;
                let tf = self.item(rr, &HF_KEY_FLAGS, cur, 2, Enc::Na)?;
                let flags = t.u16(cur)?;
                self.item(tf, &HF_KEY_FLAGS_AUTH, cur, 2, Enc::Na)?;
                self.item(tf, &HF_KEY_FLAGS_CONF, cur, 2, Enc::Na)?;
                if flags & 0xc000 != 0xc000 {
                    for hf in [
                        &HF_KEY_FLAGS_REQUIRED,
                        &HF_KEY_FLAGS_USER,
                        &HF_KEY_FLAGS_ENTITY,
                        &HF_KEY_FLAGS_IPSEC,
                        &HF_KEY_FLAGS_MIME,
                        &HF_KEY_FLAGS_SIGNATORY,
                    ] {
                        self.item(tf, hf, cur, 2, Enc::Na)?;
                    }
                }
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_KEY_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_KEY_ALGORITHM, cur, 1, Enc::Na)?;
                let algo = t.u8(cur)?;
                cur += 1;
                rr_len -= 1;
                self.key_id(rr, &HF_KEY_KEY_ID, cur - 4, rr_len + 4, algo)?;
                if rr_len != 0 {
                    self.item(rr, &HF_KEY_PUBLIC_KEY, cur, rr_len, Enc::Na)?;
                }
            }
            T_PX => {
                self.item(rr, &HF_PX_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_PX_MAP822, cur, used, name.as_bytes())?;
                cur += used;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_PX_MAPX400, cur, used, name.as_bytes())?;
            }
            T_GPOS => {
                for (hl, hs) in [(&HF_GPOS_LONG_LEN, &HF_GPOS_LONG), (&HF_GPOS_LAT_LEN, &HF_GPOS_LAT), (&HF_GPOS_ALT_LEN, &HF_GPOS_ALT)] {
                    self.item(rr, hl, cur, 1, Enc::Na)?;
                    let len = i64::from(t.u8(cur)?);
                    cur += 1;
                    self.item(rr, hs, cur, len, Enc::Ascii)?;
                    cur += len;
                }
            }
            T_AAAA => {
                let addr = ipv6_text(t.bytes(cur, 16)?);
                self.tree.append(rr, &format!(", addr {addr}"));
                self.item(rr, &HF_AAAA, cur, 16, Enc::Na)?;
            }
            T_LOC => {
                let version = t.u8(cur)?;
                self.item(rr, &HF_LOC_VERSION, cur, 1, Enc::Na)?;
                if version == 0 {
                    cur += 1;
                    for hf in [&HF_LOC_SIZE, &HF_LOC_HPREC, &HF_LOC_VPREC] {
                        let id = self.item(rr, hf, cur, 1, Enc::Na)?;
                        let text = self.loc_size(cur)?;
                        self.tree.append(id, &text);
                        cur += 1;
                    }
                    let id = self.item(rr, &HF_LOC_LATITUDE, cur, 4, Enc::Na)?;
                    let text = self.loc_angle(cur, false)?;
                    self.tree.append(id, &text);
                    cur += 4;
                    let id = self.item(rr, &HF_LOC_LONGITUDE, cur, 4, Enc::Na)?;
                    let text = self.loc_angle(cur, true)?;
                    self.tree.append(id, &text);
                    cur += 4;
                    let id = self.item(rr, &HF_LOC_ALTITUDE, cur, 4, Enc::Na)?;
                    let alt = t.u32(cur)? as i32;
                    let metres = f64::from(alt.wrapping_sub(10_000_000)) / 100.0;
                    self.tree.append(id, &format!(" ({} m)", fmt_g(metres)));
                } else {
                    self.item(rr, &HF_LOC_UNKNOWN, cur, data_len, Enc::Na)?;
                }
            }
            T_NXT => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", next domain name {name}"));
                self.add_string(rr, &HF_NXT_NEXT, cur, used, name.as_bytes())?;
                cur += used;
                self.type_bitmap_nxt(rr, cur, data_len - used)?;
            }
            T_SRV => {
                self.item(rr, &HF_SRV_PRIORITY, cur, 2, Enc::Na)?;
                let priority = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_SRV_WEIGHT, cur, 2, Enc::Na)?;
                let weight = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_SRV_PORT, cur, 2, Enc::Na)?;
                let port = t.u16(cur)?;
                cur += 2;
                let (target, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_SRV_TARGET, cur, used, target.as_bytes())?;
                self.tree.append(rr, &format!(", priority {priority}, weight {weight}, port {port}, target {target}"));
            }
            T_NAPTR => {
                self.item(rr, &HF_NAPTR_ORDER, cur, 2, Enc::Na)?;
                let order = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_NAPTR_PREFERENCE, cur, 2, Enc::Na)?;
                let preference = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_NAPTR_FLAGS_LENGTH, cur, 1, Enc::Na)?;
                let flags_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NAPTR_FLAGS, cur, flags_len, Enc::Ascii)?;
                let flags = ascii_string(t.bytes(cur, flags_len)?);
                cur += flags_len;
                self.item(rr, &HF_NAPTR_SERVICE_LENGTH, cur, 1, Enc::Na)?;
                let service_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NAPTR_SERVICE, cur, service_len, Enc::Ascii)?;
                cur += service_len;
                self.item(rr, &HF_NAPTR_REGEX_LENGTH, cur, 1, Enc::Na)?;
                let regex_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NAPTR_REGEX, cur, regex_len, Enc::Ascii)?;
                cur += regex_len;
                let (name, used) = self.get_name(cur, data_off)?;
                let name_out = format_text(name.shown());
                self.add_generated(rr, &HF_NAPTR_REPLACEMENT_LENGTH, cur, 0, name.len as u32)?;
                self.add_string(rr, &HF_NAPTR_REPLACEMENT, cur, used, name_out.as_bytes())?;
                let flags = String::from_utf8_lossy(cstr(&flags)).into_owned();
                self.tree.append(rr, &format!(", order {order}, preference {preference}, flags {flags}"));
            }
            T_KX => {
                let (name, used) = self.name_out(cur + 2, data_off)?;
                let preference = t.u16(cur)?;
                self.tree.append(rr, &format!(", preference {preference}, kx {name}"));
                self.item(rr, &HF_KX_PREFERENCE, cur, 2, Enc::Na)?;
                self.add_string(rr, &HF_KX_EXCHANGE, cur + 2, used, name.as_bytes())?;
            }
            T_CERT => {
                let mut rr_len = data_len;
                self.item(rr, &HF_CERT_TYPE, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_CERT_KEY_TAG, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_CERT_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                if rr_len != 0 {
                    self.item(rr, &HF_CERT_CERTIFICATE, cur, rr_len, Enc::Na)?;
                }
            }
            T_A6 => {
                // pre_len, suf_len and the suffix's octet count are C
                // `unsigned short`s: a prefix over 128 bits wraps them.
                let a6_off = cur;
                let pre_len = i64::from(t.u8(cur)?);
                cur += 1;
                let suf_len = i64::from((128 - pre_len) as u16);
                let suf_octets = if suf_len != 0 { i64::from(((suf_len - 1) / 8 + 1) as u16) } else { 0 };
                let mut suffix = [0u8; 16];
                for slot in suffix.iter_mut().skip((16 - suf_octets).max(0) as usize) {
                    *slot = t.u8(cur)?;
                    cur += 1;
                }
                let (pname, used) = if pre_len > 0 { self.name_out(cur, data_off)? } else { (String::new(), 0) };
                let suffix_text = ipv6_text(&suffix);
                self.item(rr, &HF_A6_PREFIX_LEN, a6_off, 1, Enc::Na)?;
                if suf_len != 0 {
                    self.add_addr(rr, &HF_A6_SUFFIX, a6_off + 1, suf_octets, suffix_text.clone())?;
                }
                if pre_len > 0 {
                    self.add_string(rr, &HF_A6_PREFIX_NAME, a6_off + 1 + suf_octets, used, pname.as_bytes())?;
                }
                self.tree.append(rr, &format!(", addr {pre_len} {suffix_text} {pname}"));
            }
            T_DNAME => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", dname {name}"));
                self.add_string(rr, &HF_DNAME, cur, used, name.as_bytes())?;
            }
            T_OPT => self.opt_options(rr, cur, data_len)?,
            T_APL => {
                let mut rr_len = data_len;
                while rr_len > 1 {
                    let afamily = t.u16(cur)?;
                    self.item(rr, &HF_APL_FAMILY, cur, 2, Enc::Na)?;
                    cur += 2;
                    rr_len -= 2;
                    self.item(rr, &HF_APL_PREFIX, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                    let afd_len = i64::from(t.u8(cur)? & 0x7f);
                    self.item(rr, &HF_APL_NEGATION, cur, 1, Enc::Na)?;
                    self.item(rr, &HF_APL_AFDLENGTH, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                    if afamily == 1 && afd_len <= 4 {
                        let mut a = [0u8; 4];
                        a[..afd_len as usize].copy_from_slice(t.bytes(cur, afd_len)?);
                        self.add_addr(rr, &HF_APL_IPV4, cur, afd_len, ipv4_text(&a))?;
                    } else if afamily == 2 && afd_len <= 16 {
                        let mut a = [0u8; 16];
                        a[..afd_len as usize].copy_from_slice(t.bytes(cur, afd_len)?);
                        self.add_addr(rr, &HF_APL_IPV6, cur, afd_len, ipv6_text(&a))?;
                    } else {
                        self.item(rr, &HF_APL_DATA, cur, afd_len, Enc::Na)?;
                    }
                    cur += afd_len;
                    rr_len -= afd_len;
                }
            }
            T_DS | T_CDS | T_DLV => {
                let mut rr_len = data_len;
                self.item(rr, &HF_DS_KEY_ID, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_DS_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_DS_DIGEST_TYPE, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_DS_DIGEST, cur, rr_len, Enc::Na)?;
            }
            T_SSHFP => {
                let mut rr_len = data_len;
                self.item(rr, &HF_SSHFP_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_SSHFP_TYPE, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                if rr_len != 0 {
                    self.item(rr, &HF_SSHFP_FINGERPRINT, cur, rr_len, Enc::Na)?;
                }
            }
            T_IPSECKEY => {
                let mut rr_len = data_len;
                self.item(rr, &HF_IPSECKEY_PRECEDENCE, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_IPSECKEY_TYPE, cur, 1, Enc::Na)?;
                let gw_type = t.u8(cur)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_IPSECKEY_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                match gw_type {
                    1 => {
                        self.item(rr, &HF_IPSECKEY_IPV4, cur, 4, Enc::Na)?;
                        cur += 4;
                        rr_len -= 4;
                    }
                    2 => {
                        self.item(rr, &HF_IPSECKEY_IPV6, cur, 16, Enc::Na)?;
                        cur += 16;
                        rr_len -= 16;
                    }
                    3 => {
                        let (name, used) = self.name_out(cur, data_off)?;
                        self.add_string(rr, &HF_IPSECKEY_DNS, cur, used, name.as_bytes())?;
                        cur += used;
                        rr_len -= used;
                    }
                    _ => {}
                }
                if rr_len != 0 {
                    self.item(rr, &HF_IPSECKEY_PUBLIC_KEY, cur, rr_len, Enc::Na)?;
                }
            }
            T_RRSIG | T_SIG => {
                let mut rr_len = data_len;
                self.item(rr, &HF_RRSIG_TYPE_COVERED, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_RRSIG_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_RRSIG_LABELS, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                let id = self.item(rr, &HF_RRSIG_ORIGINAL_TTL, cur, 4, Enc::Na)?;
                let ttl = t.u32(cur)?;
                self.tree.append(id, &format!(" ({})", time_secs_text(ttl)));
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_RRSIG_EXPIRATION, cur, 4, Enc::Na)?;
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_RRSIG_INCEPTION, cur, 4, Enc::Na)?;
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_RRSIG_KEY_TAG, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_RRSIG_SIGNER, cur, used, name.as_bytes())?;
                cur += used;
                rr_len -= used;
                if rr_len != 0 {
                    self.item(rr, &HF_RRSIG_SIGNATURE, cur, rr_len, Enc::Na)?;
                }
            }
            T_NSEC => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", next domain name {name}"));
                self.add_string(rr, &HF_NSEC_NEXT, cur, used, name.as_bytes())?;
                cur += used;
                self.type_bitmap(rr, cur, data_len - used)?;
            }
            T_DNSKEY | T_CDNSKEY => {
                let mut rr_len = data_len;
                let tf = self.item(rr, &HF_DNSKEY_FLAGS, cur, 2, Enc::Na)?;
                for hf in [&HF_DNSKEY_ZONE_KEY, &HF_DNSKEY_REVOKED, &HF_DNSKEY_SEP, &HF_DNSKEY_RESERVED] {
                    self.item(tf, hf, cur, 2, Enc::Na)?;
                }
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_DNSKEY_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_DNSKEY_ALGORITHM, cur, 1, Enc::Na)?;
                let algo = t.u8(cur)?;
                cur += 1;
                rr_len -= 1;
                self.key_id(rr, &HF_DNSKEY_KEY_ID, cur - 4, rr_len + 4, algo)?;
                self.item(rr, &HF_DNSKEY_PUBLIC_KEY, cur, rr_len, Enc::Na)?;
            }
            T_DHCID => {
                self.item(rr, &HF_DHCID, cur, data_len, Enc::Na)?;
            }
            T_NSEC3 => {
                let initial = cur;
                self.item(rr, &HF_NSEC3_ALGO, cur, 1, Enc::Na)?;
                cur += 1;
                let flags = self.item(rr, &HF_NSEC3_FLAGS, cur, 1, Enc::Na)?;
                self.item(flags, &HF_NSEC3_OPTOUT, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_NSEC3_ITERATIONS, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_NSEC3_SALT_LENGTH, cur, 1, Enc::Na)?;
                let salt_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NSEC3_SALT_VALUE, cur, salt_len, Enc::Na)?;
                cur += salt_len;
                self.item(rr, &HF_NSEC3_HASH_LENGTH, cur, 1, Enc::Na)?;
                let hash_len = i64::from(t.u8(cur)?);
                cur += 1;
                if hash_len != 0 {
                    const BASE32HEX: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
                    let mut hash = String::new();
                    let mut in_off = 0i64;
                    while in_off / 8 < hash_len {
                        let group = t.bits8(cur * 8 + in_off, 5)?;
                        hash.push(BASE32HEX[usize::from(group)] as char);
                        in_off += 5;
                    }
                    let id = self.add_string(rr, &HF_NSEC3_HASH_VALUE, cur, hash_len, hash.as_bytes())?;
                    self.tree.set_generated(id);
                    cur += hash_len;
                }
                let rr_len = data_len - (cur - initial);
                self.type_bitmap(rr, cur, rr_len)?;
            }
            T_NSEC3PARAM => {
                self.item(rr, &HF_NSEC3_ALGO, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_NSEC3_FLAGS, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_NSEC3_ITERATIONS, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_NSEC3_SALT_LENGTH, cur, 1, Enc::Na)?;
                let salt_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NSEC3_SALT_VALUE, cur, salt_len, Enc::Na)?;
            }
            T_TLSA => {
                let mut rr_len = data_len;
                for hf in [&HF_TLSA_USAGE, &HF_TLSA_SELECTOR, &HF_TLSA_MATCHING] {
                    self.item(rr, hf, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                }
                self.item(rr, &HF_TLSA_DATA, cur, rr_len, Enc::Na)?;
            }
            T_HIP => {
                let mut rr_len = data_len;
                let hit_len = i64::from(t.u8(cur)?);
                self.item(rr, &HF_HIP_HIT_LENGTH, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_HIP_PK_ALGO, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                let pk_len = i64::from(t.u16(cur)?);
                self.item(rr, &HF_HIP_PK_LENGTH, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_HIP_HIT, cur, hit_len, Enc::Na)?;
                cur += hit_len;
                rr_len -= hit_len;
                self.item(rr, &HF_HIP_PK, cur, pk_len, Enc::Na)?;
                cur += pk_len;
                rr_len -= pk_len;
                while rr_len > 1 {
                    let (name, used) = self.name_out(cur, data_off)?;
                    self.add_string(rr, &HF_HIP_RENDEZVOUS, cur, used, name.as_bytes())?;
                    cur += used;
                    rr_len -= used;
                }
            }
            T_OPENPGPKEY => {
                self.item(rr, &HF_OPENPGPKEY, cur, data_len, Enc::Ascii)?;
            }
            T_CSYNC => {
                let initial = cur;
                self.item(rr, &HF_CSYNC_SOA, cur, 4, Enc::Na)?;
                cur += 4;
                let f = self.item(rr, &HF_CSYNC_FLAGS, cur, 2, Enc::Na)?;
                self.item(f, &HF_CSYNC_IMMEDIATE, cur, 2, Enc::Na)?;
                self.item(f, &HF_CSYNC_SOAMINIMUM, cur, 2, Enc::Na)?;
                cur += 2;
                let rr_len = data_len - (cur - initial);
                self.item(rr, &HF_CSYNC_BITMAP, cur, rr_len, Enc::Na)?;
                self.type_bitmap(rr, cur, rr_len)?;
            }
            T_ZONEMD => {
                self.item(rr, &HF_ZONEMD_SERIAL, cur, 4, Enc::Na)?;
                cur += 4;
                self.item(rr, &HF_ZONEMD_SCHEME, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_ZONEMD_HASH, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_ZONEMD_DIGEST, cur, data_len - 6, Enc::Na)?;
            }
            T_SVCB | T_HTTPS => self.svcb(rr, cur, data_len, data_off)?,
            T_NID | T_L64 => {
                let (hp, hv) = if dns_type == T_NID { (&HF_NID_PREFERENCE, &HF_NID) } else { (&HF_L64_PREFERENCE, &HF_L64) };
                self.item(rr, hp, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, hv, cur, 8, Enc::Na)?;
            }
            T_L32 => {
                self.item(rr, &HF_L32_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_L32, cur, 4, Enc::Na)?;
            }
            T_LP => {
                self.item(rr, &HF_LP_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_LP, cur, used, name.as_bytes())?;
            }
            T_EUI48 => {
                self.item(rr, &HF_EUI48, cur, 6, Enc::Na)?;
            }
            T_EUI64 => {
                self.item(rr, &HF_EUI64, cur, 8, Enc::Na)?;
            }
            T_TKEY => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_TKEY_ALGO_NAME, cur, used, name.as_bytes())?;
                cur += used;
                self.item(rr, &HF_TKEY_INCEPTION, cur, 4, Enc::Na)?;
                cur += 4;
                self.item(rr, &HF_TKEY_EXPIRATION, cur, 4, Enc::Na)?;
                cur += 4;
                self.item(rr, &HF_TKEY_MODE, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TKEY_ERROR, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TKEY_KEY_SIZE, cur, 2, Enc::Na)?;
                let key_len = i64::from(t.u16(cur)?);
                cur += 2;
                if key_len != 0 {
                    self.item(rr, &HF_TKEY_KEY_DATA, cur, key_len, Enc::Na)?;
                    cur += key_len;
                }
                self.item(rr, &HF_TKEY_OTHER_SIZE, cur, 2, Enc::Na)?;
                let other_len = i64::from(t.u16(cur)?);
                cur += 2;
                if other_len != 0 {
                    self.item(rr, &HF_TKEY_OTHER_DATA, cur, other_len, Enc::Na)?;
                }
            }
            T_TSIG => {
                let (name, used) = self.get_name(cur, data_off)?;
                let algname = format_text(name.shown());
                self.add_string(rr, &HF_TSIG_ALGORITHM, cur, used, algname.as_bytes())?;
                cur += used;
                let b = t.bytes(cur, 6)?;
                let secs = b.iter().fold(0i64, |acc, &x| (acc << 8) | i64::from(x));
                let id =
                    self.tree.add(Some(rr), HF_TSIG_TIME_SIGNED.abbrev, label_fill("", HF_TSIG_TIME_SIGNED.name, &abs_time_text(secs)));
                if t.u16(cur)? != 0 {
                    self.tree.append(id, " (high bits set)");
                }
                cur += 6;
                self.item(rr, &HF_TSIG_FUDGE, cur, 2, Enc::Na)?;
                cur += 2;
                let siglen = i64::from(t.u16(cur)?);
                self.item(rr, &HF_TSIG_MAC_SIZE, cur, 2, Enc::Na)?;
                cur += 2;
                if siglen != 0 {
                    let mac = self.item(rr, &HF_TSIG_MAC, cur, siglen, Enc::Na)?;
                    // The raw name, as packet-dns.c prints it (to its NUL).
                    let raw = String::from_utf8_lossy(cstr(&name.text)).into_owned();
                    self.expert(mac, &EI_TSIG_ALG, format!("No dissector for algorithm:{raw}"));
                    cur += siglen;
                }
                self.item(rr, &HF_TSIG_ORIGINAL_ID, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TSIG_ERROR, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TSIG_OTHER_LEN, cur, 2, Enc::Na)?;
                let other_len = i64::from(t.u16(cur)?);
                cur += 2;
                if other_len != 0 {
                    self.item(rr, &HF_TSIG_OTHER_DATA, cur, other_len, Enc::Na)?;
                }
            }
            T_CAA => {
                let flags = self.item(rr, &HF_CAA_FLAGS, cur, 1, Enc::Na)?;
                self.item(flags, &HF_CAA_CRITICAL, cur, 1, Enc::Na)?;
                cur += 1;
                let tag_len = i64::from(t.u8(cur)?);
                let tag = ascii_string(t.bytes(cur + 1, tag_len)?);
                let value_len = i64::from((data_len - (tag_len + 2)) as u16);
                let value_conv = ascii_string(t.bytes(cur + 1 + tag_len, value_len)?);
                let value = format_text(&value_conv[..(value_len as usize).min(value_conv.len())]);
                let hf = if c_strncmp(&tag, b"issue", tag_len as usize) {
                    &HF_CAA_ISSUE
                } else if c_strncmp(&tag, b"issuewild", tag_len as usize) {
                    &HF_CAA_ISSUEWILD
                } else if c_strncmp(&tag, b"iodef", tag_len as usize) {
                    &HF_CAA_IODEF
                } else {
                    &HF_CAA_UNKNOWN
                };
                let item = self.add_string(rr, hf, cur, 1 + tag_len + value_len, value.as_bytes())?;
                self.add_uint(item, &HF_CAA_TAG_LENGTH, cur, 1, tag_len as u32)?;
                self.add_string(item, &HF_CAA_TAG, cur + 1, tag_len, &tag)?;
                self.add_string(item, &HF_CAA_VALUE, cur + 1 + tag_len, value_len, value.as_bytes())?;
            }
            T_WINS => {
                let mut rr_len = data_len;
                for hf in [&HF_WINS_LOCAL_FLAG, &HF_WINS_LOOKUP_TIMEOUT, &HF_WINS_CACHE_TIMEOUT] {
                    self.item(rr, hf, cur, 4, Enc::Na)?;
                    cur += 4;
                    rr_len -= 4;
                }
                self.item(rr, &HF_WINS_NB_SERVERS, cur, 4, Enc::Na)?;
                let mut nservers = t.u32(cur)?;
                cur += 4;
                rr_len -= 4;
                while rr_len != 0 && nservers != 0 {
                    self.item(rr, &HF_WINS_SERVER, cur, 4, Enc::Na)?;
                    cur += 4;
                    rr_len -= 4;
                    nservers -= 1;
                }
            }
            T_WINS_R => {
                for hf in [&HF_WINSR_LOCAL_FLAG, &HF_WINSR_LOOKUP_TIMEOUT, &HF_WINSR_CACHE_TIMEOUT] {
                    self.item(rr, hf, cur, 4, Enc::Na)?;
                    cur += 4;
                }
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_WINSR_DOMAIN, cur, used, name.as_bytes())?;
                self.tree.append(rr, &format!(", name result domain {name}"));
            }
            T_XPF => {
                self.item(rr, &HF_XPF_IP_VERSION, cur, 1, Enc::Na)?;
                let family = t.u8(cur)?;
                cur += 1;
                let (src, dst, alen) = match family {
                    4 => (&HF_XPF_SOURCE_IPV4, &HF_XPF_DESTINATION_IPV4, 4),
                    6 => (&HF_XPF_SOURCE_IPV6, &HF_XPF_DESTINATION_IPV6, 16),
                    _ => return Ok(()),
                };
                self.item(rr, &HF_XPF_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, src, cur, alen, Enc::Na)?;
                cur += alen;
                self.item(rr, dst, cur, alen, Enc::Na)?;
                cur += alen;
                self.item(rr, &HF_XPF_SPORT, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_XPF_DPORT, cur, 2, Enc::Na)?;
            }
            _ => {
                self.expert(
                    rr,
                    &EI_UNDECODED,
                    format!(
                        "Dissector for DNS Type ({dns_type}) code not implemented, Contact Wireshark developers if you want this supported"
                    ),
                );
                self.item(rr, &HF_DATA, cur, data_len, Enc::Na)?;
            }
        }
        Ok(())
    }

    /// The options of the OPT pseudo-record.
    fn opt_options(&mut self, rr: Id, mut cur: i64, data_len: i64) -> R<()> {
        let t = self.tvb;
        let mut rropt_len = data_len;
        while rropt_len > 0 {
            let code = u32::from(t.u16(cur)?);
            rropt_len -= 2;
            let mut optlen = t.u16(cur + 2)?;
            rropt_len -= 2;
            let opt = self.item(rr, &HF_OPT, cur, 4 + i64::from(optlen), Enc::Na)?;
            self.tree.append(opt, &format!(": {}", val_or_unknown(code, EDNS0_OPTIONS)));
            let code_item = self.item(opt, &HF_OPT_CODE, cur, 2, Enc::Na)?;
            cur += 2;
            let len_item = self.item(opt, &HF_OPT_LEN, cur, 2, Enc::Na)?;
            cur += 2;
            self.item(opt, &HF_OPT_DATA, cur, i64::from(optlen), Enc::Na)?;
            match code {
                5..=7 => {
                    let hf = match code {
                        5 => &HF_OPT_DAU,
                        6 => &HF_OPT_DHU,
                        _ => &HF_OPT_N3U,
                    };
                    while optlen != 0 {
                        self.item(opt, hf, cur, 1, Enc::Na)?;
                        cur += 1;
                        rropt_len -= 1;
                        optlen -= 1;
                    }
                }
                8 | 0x50fa => {
                    if code == 0x50fa {
                        self.expert(code_item, &EI_DEPR_OPC, "Deprecated opcode. Client subnet OPT assigned as 8.".into());
                    }
                    let mut addr_len = optlen.wrapping_sub(4);
                    let family = t.u16(cur)?;
                    self.item(opt, &HF_OPT_CLIENT_FAMILY, cur, 2, Enc::Na)?;
                    cur += 2;
                    self.item(opt, &HF_OPT_CLIENT_NETMASK, cur, 1, Enc::Na)?;
                    cur += 1;
                    self.item(opt, &HF_OPT_CLIENT_SCOPE, cur, 1, Enc::Na)?;
                    cur += 1;
                    if addr_len > 16 {
                        self.expert(len_item, &EI_OPT_BAD_LENGTH, EI_OPT_BAD_LENGTH.summary.to_string());
                        addr_len = 16;
                    }
                    let mut addr = [0u8; 16];
                    addr[..usize::from(addr_len)].copy_from_slice(t.bytes(cur, i64::from(addr_len))?);
                    match family {
                        1 => {
                            self.add_addr(opt, &HF_OPT_CLIENT_ADDR4, cur, addr_len.into(), ipv4_text(&addr[..4]))?;
                        }
                        2 => {
                            self.add_addr(opt, &HF_OPT_CLIENT_ADDR6, cur, addr_len.into(), ipv6_text(&addr))?;
                        }
                        _ => {
                            self.item(opt, &HF_OPT_CLIENT_ADDR, cur, i64::from(optlen) - 4, Enc::Na)?;
                        }
                    }
                    cur += i64::from(optlen) - 4;
                    rropt_len -= i64::from(optlen);
                }
                10 => {
                    self.item(opt, &HF_OPT_COOKIE_CLIENT, cur, 8, Enc::Na)?;
                    cur += 8;
                    rropt_len -= 8;
                    optlen = optlen.wrapping_sub(8);
                    self.item(opt, &HF_OPT_COOKIE_SERVER, cur, i64::from(optlen), Enc::Na)?;
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                11 => {
                    if optlen == 2 {
                        self.item(opt, &HF_OPT_TCP_KEEPALIVE, cur, 2, Enc::Na)?;
                    }
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                12 => {
                    self.item(opt, &HF_OPT_PADDING, cur, i64::from(optlen), Enc::Na)?;
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                13 => {
                    if optlen != 0 {
                        self.item(opt, &HF_OPT_CHAIN, cur, i64::from(optlen), Enc::Ascii)?;
                    }
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                15 => {
                    if optlen >= 2 {
                        self.item(opt, &HF_OPT_EDE_CODE, cur, 2, Enc::Na)?;
                        cur += 2;
                        rropt_len -= 2;
                        if optlen > 2 {
                            self.item(opt, &HF_OPT_EDE_TEXT, cur, i64::from(optlen) - 2, Enc::Utf8)?;
                            cur += i64::from(optlen) - 2;
                            rropt_len -= i64::from(optlen) - 2;
                        }
                    }
                }
                _ => {
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
            }
        }
        Ok(())
    }

    /// SVCB and HTTPS (draft-ietf-dnsop-svcb-https as Wireshark 4.0 reads
    /// it; `echconfig` is today's `ech`).
    fn svcb(&mut self, rr: Id, mut cur: i64, data_len: i64, data_off: i64) -> R<()> {
        let t = self.tvb;
        let start = cur;
        self.item(rr, &HF_SVCB_PRIORITY, cur, 2, Enc::Na)?;
        cur += 2;
        let (target, used) = self.name_out(cur, data_off)?;
        self.add_string(rr, &HF_SVCB_TARGET, cur, used, target.as_bytes())?;
        cur += used;
        while data_len > cur - start {
            let param = self.item(rr, &HF_SVCB_PARAM, cur, -1, Enc::Na)?;
            self.item(param, &HF_SVCB_PARAM_KEY, cur, 2, Enc::Na)?;
            let key = u32::from(t.u16(cur)?);
            cur += 2;
            self.item(param, &HF_SVCB_PARAM_LENGTH, cur, 2, Enc::Na)?;
            let length = i64::from(t.u16(cur)?);
            cur += 2;
            let key_name = |k: u32| val_str(k, SVCB_KEYS).map(str::to_string).unwrap_or_else(|| format!("key{k}"));
            self.tree.append(param, &format!(": {}", key_name(key)));
            match key {
                0 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_MANDATORY, cur, 2, Enc::Na)?;
                        let k = u32::from(t.u16(cur)?);
                        self.tree.append(param, &format!("{}{}", if o == 0 { '=' } else { ',' }, key_name(k)));
                        cur += 2;
                        o += 2;
                    }
                }
                1 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_ALPN_LENGTH, cur, 1, Enc::Na)?;
                        let alen = i64::from(t.u8(cur)?);
                        cur += 1;
                        self.item(param, &HF_SVCB_ALPN, cur, alen, Enc::Ascii)?;
                        let alpn = ascii_string(t.bytes(cur, alen)?);
                        cur += alen;
                        let alpn = String::from_utf8_lossy(cstr(&alpn)).into_owned();
                        self.tree.append(param, &format!("{}{alpn}", if o == 0 { '=' } else { ',' }));
                        o += 1 + alen;
                    }
                }
                2 => {}
                3 => {
                    self.item(param, &HF_SVCB_PORT, cur, 2, Enc::Na)?;
                    let port = t.u16(cur)?;
                    self.tree.append(param, &format!("={port}"));
                    cur += 2;
                }
                4 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_IPV4HINT, cur, 4, Enc::Na)?;
                        let a = ipv4_text(t.bytes(cur, 4)?);
                        self.tree.append(param, &format!("{}{a}", if o == 0 { '=' } else { ',' }));
                        cur += 4;
                        o += 4;
                    }
                }
                5 | 32769 => {
                    let hf = if key == 5 { &HF_SVCB_ECHCONFIG } else { &HF_SVCB_ODOHCONFIG };
                    let b = t.bytes(cur, length)?;
                    let text = base64(b);
                    self.tree.add(Some(param), hf.abbrev, representation(format!("{}: {text}", hf.name)));
                    self.tree.append(param, &format!("={text}"));
                    cur += length;
                }
                6 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_IPV6HINT, cur, 16, Enc::Na)?;
                        let a = ipv6_text(t.bytes(cur, 16)?);
                        self.tree.append(param, &format!("{}{a}", if o == 0 { '=' } else { ',' }));
                        cur += 16;
                        o += 16;
                    }
                }
                _ => {
                    if length > 0 {
                        self.item(param, &HF_SVCB_PARAM_VALUE, cur, length, Enc::Na)?;
                        let text = format_text(t.bytes(cur, length)?);
                        self.tree.append(param, &format!("={text}"));
                        cur += length;
                    }
                }
            }
        }
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

/// `%.*s` of a converted string: at most `n` bytes, stopping at a NUL
/// (a character cut in two shows as U+FFFD, as tshark's raw bytes read).
fn precision_str(s: &[u8], n: i64) -> String {
    let s = cstr(s);
    let n = (n.max(0) as usize).min(s.len());
    String::from_utf8_lossy(&s[..n]).into_owned()
}

/// C's `strncmp(a, b, n) == 0` on NUL-terminated strings.
fn c_strncmp(a: &[u8], b: &[u8], n: usize) -> bool {
    for i in 0..n {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        if x != y {
            return false;
        }
        if x == 0 {
            return true;
        }
    }
    true
}

/// Code points (from U+0080) that GLib 2.74's g_unichar_isprint() rejects
/// (general categories Cc, Cf, Cn, Co, Cs as of Unicode 15.0), as inclusive
/// ranges. Generated by calling libglib's g_unichar_isprint for every code
/// point; tshark escapes these as \uXXXX / \UXXXXXXXX in names.
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0x9f),
    (0xad, 0xad),
    (0x378, 0x379),
    (0x380, 0x383),
    (0x38b, 0x38b),
    (0x38d, 0x38d),
    (0x3a2, 0x3a2),
    (0x530, 0x530),
    (0x557, 0x558),
    (0x58b, 0x58c),
    (0x590, 0x590),
    (0x5c8, 0x5cf),
    (0x5eb, 0x5ee),
    (0x5f5, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70e, 0x70f),
    (0x74b, 0x74c),
    (0x7b2, 0x7bf),
    (0x7fb, 0x7fc),
    (0x82e, 0x82f),
    (0x83f, 0x83f),
    (0x85c, 0x85d),
    (0x85f, 0x85f),
    (0x86b, 0x86f),
    (0x88f, 0x897),
    (0x8e2, 0x8e2),
    (0x984, 0x984),
    (0x98d, 0x98e),
    (0x991, 0x992),
    (0x9a9, 0x9a9),
    (0x9b1, 0x9b1),
    (0x9b3, 0x9b5),
    (0x9ba, 0x9bb),
    (0x9c5, 0x9c6),
    (0x9c9, 0x9ca),
    (0x9cf, 0x9d6),
    (0x9d8, 0x9db),
    (0x9de, 0x9de),
    (0x9e4, 0x9e5),
    (0x9ff, 0xa00),
    (0xa04, 0xa04),
    (0xa0b, 0xa0e),
    (0xa11, 0xa12),
    (0xa29, 0xa29),
    (0xa31, 0xa31),
    (0xa34, 0xa34),
    (0xa37, 0xa37),
    (0xa3a, 0xa3b),
    (0xa3d, 0xa3d),
    (0xa43, 0xa46),
    (0xa49, 0xa4a),
    (0xa4e, 0xa50),
    (0xa52, 0xa58),
    (0xa5d, 0xa5d),
    (0xa5f, 0xa65),
    (0xa77, 0xa80),
    (0xa84, 0xa84),
    (0xa8e, 0xa8e),
    (0xa92, 0xa92),
    (0xaa9, 0xaa9),
    (0xab1, 0xab1),
    (0xab4, 0xab4),
    (0xaba, 0xabb),
    (0xac6, 0xac6),
    (0xaca, 0xaca),
    (0xace, 0xacf),
    (0xad1, 0xadf),
    (0xae4, 0xae5),
    (0xaf2, 0xaf8),
    (0xb00, 0xb00),
    (0xb04, 0xb04),
    (0xb0d, 0xb0e),
    (0xb11, 0xb12),
    (0xb29, 0xb29),
    (0xb31, 0xb31),
    (0xb34, 0xb34),
    (0xb3a, 0xb3b),
    (0xb45, 0xb46),
    (0xb49, 0xb4a),
    (0xb4e, 0xb54),
    (0xb58, 0xb5b),
    (0xb5e, 0xb5e),
    (0xb64, 0xb65),
    (0xb78, 0xb81),
    (0xb84, 0xb84),
    (0xb8b, 0xb8d),
    (0xb91, 0xb91),
    (0xb96, 0xb98),
    (0xb9b, 0xb9b),
    (0xb9d, 0xb9d),
    (0xba0, 0xba2),
    (0xba5, 0xba7),
    (0xbab, 0xbad),
    (0xbba, 0xbbd),
    (0xbc3, 0xbc5),
    (0xbc9, 0xbc9),
    (0xbce, 0xbcf),
    (0xbd1, 0xbd6),
    (0xbd8, 0xbe5),
    (0xbfb, 0xbff),
    (0xc0d, 0xc0d),
    (0xc11, 0xc11),
    (0xc29, 0xc29),
    (0xc3a, 0xc3b),
    (0xc45, 0xc45),
    (0xc49, 0xc49),
    (0xc4e, 0xc54),
    (0xc57, 0xc57),
    (0xc5b, 0xc5c),
    (0xc5e, 0xc5f),
    (0xc64, 0xc65),
    (0xc70, 0xc76),
    (0xc8d, 0xc8d),
    (0xc91, 0xc91),
    (0xca9, 0xca9),
    (0xcb4, 0xcb4),
    (0xcba, 0xcbb),
    (0xcc5, 0xcc5),
    (0xcc9, 0xcc9),
    (0xcce, 0xcd4),
    (0xcd7, 0xcdc),
    (0xcdf, 0xcdf),
    (0xce4, 0xce5),
    (0xcf0, 0xcf0),
    (0xcf4, 0xcff),
    (0xd0d, 0xd0d),
    (0xd11, 0xd11),
    (0xd45, 0xd45),
    (0xd49, 0xd49),
    (0xd50, 0xd53),
    (0xd64, 0xd65),
    (0xd80, 0xd80),
    (0xd84, 0xd84),
    (0xd97, 0xd99),
    (0xdb2, 0xdb2),
    (0xdbc, 0xdbc),
    (0xdbe, 0xdbf),
    (0xdc7, 0xdc9),
    (0xdcb, 0xdce),
    (0xdd5, 0xdd5),
    (0xdd7, 0xdd7),
    (0xde0, 0xde5),
    (0xdf0, 0xdf1),
    (0xdf5, 0xe00),
    (0xe3b, 0xe3e),
    (0xe5c, 0xe80),
    (0xe83, 0xe83),
    (0xe85, 0xe85),
    (0xe8b, 0xe8b),
    (0xea4, 0xea4),
    (0xea6, 0xea6),
    (0xebe, 0xebf),
    (0xec5, 0xec5),
    (0xec7, 0xec7),
    (0xecf, 0xecf),
    (0xeda, 0xedb),
    (0xee0, 0xeff),
    (0xf48, 0xf48),
    (0xf6d, 0xf70),
    (0xf98, 0xf98),
    (0xfbd, 0xfbd),
    (0xfcd, 0xfcd),
    (0xfdb, 0xfff),
    (0x10c6, 0x10c6),
    (0x10c8, 0x10cc),
    (0x10ce, 0x10cf),
    (0x1249, 0x1249),
    (0x124e, 0x124f),
    (0x1257, 0x1257),
    (0x1259, 0x1259),
    (0x125e, 0x125f),
    (0x1289, 0x1289),
    (0x128e, 0x128f),
    (0x12b1, 0x12b1),
    (0x12b6, 0x12b7),
    (0x12bf, 0x12bf),
    (0x12c1, 0x12c1),
    (0x12c6, 0x12c7),
    (0x12d7, 0x12d7),
    (0x1311, 0x1311),
    (0x1316, 0x1317),
    (0x135b, 0x135c),
    (0x137d, 0x137f),
    (0x139a, 0x139f),
    (0x13f6, 0x13f7),
    (0x13fe, 0x13ff),
    (0x169d, 0x169f),
    (0x16f9, 0x16ff),
    (0x1716, 0x171e),
    (0x1737, 0x173f),
    (0x1754, 0x175f),
    (0x176d, 0x176d),
    (0x1771, 0x1771),
    (0x1774, 0x177f),
    (0x17de, 0x17df),
    (0x17ea, 0x17ef),
    (0x17fa, 0x17ff),
    (0x180e, 0x180e),
    (0x181a, 0x181f),
    (0x1879, 0x187f),
    (0x18ab, 0x18af),
    (0x18f6, 0x18ff),
    (0x191f, 0x191f),
    (0x192c, 0x192f),
    (0x193c, 0x193f),
    (0x1941, 0x1943),
    (0x196e, 0x196f),
    (0x1975, 0x197f),
    (0x19ac, 0x19af),
    (0x19ca, 0x19cf),
    (0x19db, 0x19dd),
    (0x1a1c, 0x1a1d),
    (0x1a5f, 0x1a5f),
    (0x1a7d, 0x1a7e),
    (0x1a8a, 0x1a8f),
    (0x1a9a, 0x1a9f),
    (0x1aae, 0x1aaf),
    (0x1acf, 0x1aff),
    (0x1b4d, 0x1b4f),
    (0x1b7f, 0x1b7f),
    (0x1bf4, 0x1bfb),
    (0x1c38, 0x1c3a),
    (0x1c4a, 0x1c4c),
    (0x1c89, 0x1c8f),
    (0x1cbb, 0x1cbc),
    (0x1cc8, 0x1ccf),
    (0x1cfb, 0x1cff),
    (0x1f16, 0x1f17),
    (0x1f1e, 0x1f1f),
    (0x1f46, 0x1f47),
    (0x1f4e, 0x1f4f),
    (0x1f58, 0x1f58),
    (0x1f5a, 0x1f5a),
    (0x1f5c, 0x1f5c),
    (0x1f5e, 0x1f5e),
    (0x1f7e, 0x1f7f),
    (0x1fb5, 0x1fb5),
    (0x1fc5, 0x1fc5),
    (0x1fd4, 0x1fd5),
    (0x1fdc, 0x1fdc),
    (0x1ff0, 0x1ff1),
    (0x1ff5, 0x1ff5),
    (0x1fff, 0x1fff),
    (0x200b, 0x200f),
    (0x202a, 0x202e),
    (0x2060, 0x206f),
    (0x2072, 0x2073),
    (0x208f, 0x208f),
    (0x209d, 0x209f),
    (0x20c1, 0x20cf),
    (0x20f1, 0x20ff),
    (0x218c, 0x218f),
    (0x2427, 0x243f),
    (0x244b, 0x245f),
    (0x2b74, 0x2b75),
    (0x2b96, 0x2b96),
    (0x2cf4, 0x2cf8),
    (0x2d26, 0x2d26),
    (0x2d28, 0x2d2c),
    (0x2d2e, 0x2d2f),
    (0x2d68, 0x2d6e),
    (0x2d71, 0x2d7e),
    (0x2d97, 0x2d9f),
    (0x2da7, 0x2da7),
    (0x2daf, 0x2daf),
    (0x2db7, 0x2db7),
    (0x2dbf, 0x2dbf),
    (0x2dc7, 0x2dc7),
    (0x2dcf, 0x2dcf),
    (0x2dd7, 0x2dd7),
    (0x2ddf, 0x2ddf),
    (0x2e5e, 0x2e7f),
    (0x2e9a, 0x2e9a),
    (0x2ef4, 0x2eff),
    (0x2fd6, 0x2fef),
    (0x2ffc, 0x2fff),
    (0x3040, 0x3040),
    (0x3097, 0x3098),
    (0x3100, 0x3104),
    (0x3130, 0x3130),
    (0x318f, 0x318f),
    (0x31e4, 0x31ef),
    (0x321f, 0x321f),
    (0xa48d, 0xa48f),
    (0xa4c7, 0xa4cf),
    (0xa62c, 0xa63f),
    (0xa6f8, 0xa6ff),
    (0xa7cb, 0xa7cf),
    (0xa7d2, 0xa7d2),
    (0xa7d4, 0xa7d4),
    (0xa7da, 0xa7f1),
    (0xa82d, 0xa82f),
    (0xa83a, 0xa83f),
    (0xa878, 0xa87f),
    (0xa8c6, 0xa8cd),
    (0xa8da, 0xa8df),
    (0xa954, 0xa95e),
    (0xa97d, 0xa97f),
    (0xa9ce, 0xa9ce),
    (0xa9da, 0xa9dd),
    (0xa9ff, 0xa9ff),
    (0xaa37, 0xaa3f),
    (0xaa4e, 0xaa4f),
    (0xaa5a, 0xaa5b),
    (0xaac3, 0xaada),
    (0xaaf7, 0xab00),
    (0xab07, 0xab08),
    (0xab0f, 0xab10),
    (0xab17, 0xab1f),
    (0xab27, 0xab27),
    (0xab2f, 0xab2f),
    (0xab6c, 0xab6f),
    (0xabee, 0xabef),
    (0xabfa, 0xabff),
    (0xd7a4, 0xd7af),
    (0xd7c7, 0xd7ca),
    (0xd7fc, 0xdfff),
    (0xfa6e, 0xfa6f),
    (0xfada, 0xfaff),
    (0xfb07, 0xfb12),
    (0xfb18, 0xfb1c),
    (0xfb37, 0xfb37),
    (0xfb3d, 0xfb3d),
    (0xfb3f, 0xfb3f),
    (0xfb42, 0xfb42),
    (0xfb45, 0xfb45),
    (0xfbc3, 0xfbd2),
    (0xfd90, 0xfd91),
    (0xfdc8, 0xfdce),
    (0xfdd0, 0xfdef),
    (0xfe1a, 0xfe1f),
    (0xfe53, 0xfe53),
    (0xfe67, 0xfe67),
    (0xfe6c, 0xfe6f),
    (0xfe75, 0xfe75),
    (0xfefd, 0xff00),
    (0xffbf, 0xffc1),
    (0xffc8, 0xffc9),
    (0xffd0, 0xffd1),
    (0xffd8, 0xffd9),
    (0xffdd, 0xffdf),
    (0xffe7, 0xffe7),
    (0xffef, 0xfffb),
    (0xfffe, 0xffff),
    (0x1000c, 0x1000c),
    (0x10027, 0x10027),
    (0x1003b, 0x1003b),
    (0x1003e, 0x1003e),
    (0x1004e, 0x1004f),
    (0x1005e, 0x1007f),
    (0x100fb, 0x100ff),
    (0x10103, 0x10106),
    (0x10134, 0x10136),
    (0x1018f, 0x1018f),
    (0x1019d, 0x1019f),
    (0x101a1, 0x101cf),
    (0x101fe, 0x1027f),
    (0x1029d, 0x1029f),
    (0x102d1, 0x102df),
    (0x102fc, 0x102ff),
    (0x10324, 0x1032c),
    (0x1034b, 0x1034f),
    (0x1037b, 0x1037f),
    (0x1039e, 0x1039e),
    (0x103c4, 0x103c7),
    (0x103d6, 0x103ff),
    (0x1049e, 0x1049f),
    (0x104aa, 0x104af),
    (0x104d4, 0x104d7),
    (0x104fc, 0x104ff),
    (0x10528, 0x1052f),
    (0x10564, 0x1056e),
    (0x1057b, 0x1057b),
    (0x1058b, 0x1058b),
    (0x10593, 0x10593),
    (0x10596, 0x10596),
    (0x105a2, 0x105a2),
    (0x105b2, 0x105b2),
    (0x105ba, 0x105ba),
    (0x105bd, 0x105ff),
    (0x10737, 0x1073f),
    (0x10756, 0x1075f),
    (0x10768, 0x1077f),
    (0x10786, 0x10786),
    (0x107b1, 0x107b1),
    (0x107bb, 0x107ff),
    (0x10806, 0x10807),
    (0x10809, 0x10809),
    (0x10836, 0x10836),
    (0x10839, 0x1083b),
    (0x1083d, 0x1083e),
    (0x10856, 0x10856),
    (0x1089f, 0x108a6),
    (0x108b0, 0x108df),
    (0x108f3, 0x108f3),
    (0x108f6, 0x108fa),
    (0x1091c, 0x1091e),
    (0x1093a, 0x1093e),
    (0x10940, 0x1097f),
    (0x109b8, 0x109bb),
    (0x109d0, 0x109d1),
    (0x10a04, 0x10a04),
    (0x10a07, 0x10a0b),
    (0x10a14, 0x10a14),
    (0x10a18, 0x10a18),
    (0x10a36, 0x10a37),
    (0x10a3b, 0x10a3e),
    (0x10a49, 0x10a4f),
    (0x10a59, 0x10a5f),
    (0x10aa0, 0x10abf),
    (0x10ae7, 0x10aea),
    (0x10af7, 0x10aff),
    (0x10b36, 0x10b38),
    (0x10b56, 0x10b57),
    (0x10b73, 0x10b77),
    (0x10b92, 0x10b98),
    (0x10b9d, 0x10ba8),
    (0x10bb0, 0x10bff),
    (0x10c49, 0x10c7f),
    (0x10cb3, 0x10cbf),
    (0x10cf3, 0x10cf9),
    (0x10d28, 0x10d2f),
    (0x10d3a, 0x10e5f),
    (0x10e7f, 0x10e7f),
    (0x10eaa, 0x10eaa),
    (0x10eae, 0x10eaf),
    (0x10eb2, 0x10efc),
    (0x10f28, 0x10f2f),
    (0x10f5a, 0x10f6f),
    (0x10f8a, 0x10faf),
    (0x10fcc, 0x10fdf),
    (0x10ff7, 0x10fff),
    (0x1104e, 0x11051),
    (0x11076, 0x1107e),
    (0x110bd, 0x110bd),
    (0x110c3, 0x110cf),
    (0x110e9, 0x110ef),
    (0x110fa, 0x110ff),
    (0x11135, 0x11135),
    (0x11148, 0x1114f),
    (0x11177, 0x1117f),
    (0x111e0, 0x111e0),
    (0x111f5, 0x111ff),
    (0x11212, 0x11212),
    (0x11242, 0x1127f),
    (0x11287, 0x11287),
    (0x11289, 0x11289),
    (0x1128e, 0x1128e),
    (0x1129e, 0x1129e),
    (0x112aa, 0x112af),
    (0x112eb, 0x112ef),
    (0x112fa, 0x112ff),
    (0x11304, 0x11304),
    (0x1130d, 0x1130e),
    (0x11311, 0x11312),
    (0x11329, 0x11329),
    (0x11331, 0x11331),
    (0x11334, 0x11334),
    (0x1133a, 0x1133a),
    (0x11345, 0x11346),
    (0x11349, 0x1134a),
    (0x1134e, 0x1134f),
    (0x11351, 0x11356),
    (0x11358, 0x1135c),
    (0x11364, 0x11365),
    (0x1136d, 0x1136f),
    (0x11375, 0x113ff),
    (0x1145c, 0x1145c),
    (0x11462, 0x1147f),
    (0x114c8, 0x114cf),
    (0x114da, 0x1157f),
    (0x115b6, 0x115b7),
    (0x115de, 0x115ff),
    (0x11645, 0x1164f),
    (0x1165a, 0x1165f),
    (0x1166d, 0x1167f),
    (0x116ba, 0x116bf),
    (0x116ca, 0x116ff),
    (0x1171b, 0x1171c),
    (0x1172c, 0x1172f),
    (0x11747, 0x117ff),
    (0x1183c, 0x1189f),
    (0x118f3, 0x118fe),
    (0x11907, 0x11908),
    (0x1190a, 0x1190b),
    (0x11914, 0x11914),
    (0x11917, 0x11917),
    (0x11936, 0x11936),
    (0x11939, 0x1193a),
    (0x11947, 0x1194f),
    (0x1195a, 0x1199f),
    (0x119a8, 0x119a9),
    (0x119d8, 0x119d9),
    (0x119e5, 0x119ff),
    (0x11a48, 0x11a4f),
    (0x11aa3, 0x11aaf),
    (0x11af9, 0x11aff),
    (0x11b0a, 0x11bff),
    (0x11c09, 0x11c09),
    (0x11c37, 0x11c37),
    (0x11c46, 0x11c4f),
    (0x11c6d, 0x11c6f),
    (0x11c90, 0x11c91),
    (0x11ca8, 0x11ca8),
    (0x11cb7, 0x11cff),
    (0x11d07, 0x11d07),
    (0x11d0a, 0x11d0a),
    (0x11d37, 0x11d39),
    (0x11d3b, 0x11d3b),
    (0x11d3e, 0x11d3e),
    (0x11d48, 0x11d4f),
    (0x11d5a, 0x11d5f),
    (0x11d66, 0x11d66),
    (0x11d69, 0x11d69),
    (0x11d8f, 0x11d8f),
    (0x11d92, 0x11d92),
    (0x11d99, 0x11d9f),
    (0x11daa, 0x11edf),
    (0x11ef9, 0x11eff),
    (0x11f11, 0x11f11),
    (0x11f3b, 0x11f3d),
    (0x11f5a, 0x11faf),
    (0x11fb1, 0x11fbf),
    (0x11ff2, 0x11ffe),
    (0x1239a, 0x123ff),
    (0x1246f, 0x1246f),
    (0x12475, 0x1247f),
    (0x12544, 0x12f8f),
    (0x12ff3, 0x12fff),
    (0x13430, 0x1343f),
    (0x13456, 0x143ff),
    (0x14647, 0x167ff),
    (0x16a39, 0x16a3f),
    (0x16a5f, 0x16a5f),
    (0x16a6a, 0x16a6d),
    (0x16abf, 0x16abf),
    (0x16aca, 0x16acf),
    (0x16aee, 0x16aef),
    (0x16af6, 0x16aff),
    (0x16b46, 0x16b4f),
    (0x16b5a, 0x16b5a),
    (0x16b62, 0x16b62),
    (0x16b78, 0x16b7c),
    (0x16b90, 0x16e3f),
    (0x16e9b, 0x16eff),
    (0x16f4b, 0x16f4e),
    (0x16f88, 0x16f8e),
    (0x16fa0, 0x16fdf),
    (0x16fe5, 0x16fef),
    (0x16ff2, 0x16fff),
    (0x187f8, 0x187ff),
    (0x18cd6, 0x18cff),
    (0x18d09, 0x1afef),
    (0x1aff4, 0x1aff4),
    (0x1affc, 0x1affc),
    (0x1afff, 0x1afff),
    (0x1b123, 0x1b131),
    (0x1b133, 0x1b14f),
    (0x1b153, 0x1b154),
    (0x1b156, 0x1b163),
    (0x1b168, 0x1b16f),
    (0x1b2fc, 0x1bbff),
    (0x1bc6b, 0x1bc6f),
    (0x1bc7d, 0x1bc7f),
    (0x1bc89, 0x1bc8f),
    (0x1bc9a, 0x1bc9b),
    (0x1bca0, 0x1ceff),
    (0x1cf2e, 0x1cf2f),
    (0x1cf47, 0x1cf4f),
    (0x1cfc4, 0x1cfff),
    (0x1d0f6, 0x1d0ff),
    (0x1d127, 0x1d128),
    (0x1d173, 0x1d17a),
    (0x1d1eb, 0x1d1ff),
    (0x1d246, 0x1d2bf),
    (0x1d2d4, 0x1d2df),
    (0x1d2f4, 0x1d2ff),
    (0x1d357, 0x1d35f),
    (0x1d379, 0x1d3ff),
    (0x1d455, 0x1d455),
    (0x1d49d, 0x1d49d),
    (0x1d4a0, 0x1d4a1),
    (0x1d4a3, 0x1d4a4),
    (0x1d4a7, 0x1d4a8),
    (0x1d4ad, 0x1d4ad),
    (0x1d4ba, 0x1d4ba),
    (0x1d4bc, 0x1d4bc),
    (0x1d4c4, 0x1d4c4),
    (0x1d506, 0x1d506),
    (0x1d50b, 0x1d50c),
    (0x1d515, 0x1d515),
    (0x1d51d, 0x1d51d),
    (0x1d53a, 0x1d53a),
    (0x1d53f, 0x1d53f),
    (0x1d545, 0x1d545),
    (0x1d547, 0x1d549),
    (0x1d551, 0x1d551),
    (0x1d6a6, 0x1d6a7),
    (0x1d7cc, 0x1d7cd),
    (0x1da8c, 0x1da9a),
    (0x1daa0, 0x1daa0),
    (0x1dab0, 0x1deff),
    (0x1df1f, 0x1df24),
    (0x1df2b, 0x1dfff),
    (0x1e007, 0x1e007),
    (0x1e019, 0x1e01a),
    (0x1e022, 0x1e022),
    (0x1e025, 0x1e025),
    (0x1e02b, 0x1e02f),
    (0x1e06e, 0x1e08e),
    (0x1e090, 0x1e0ff),
    (0x1e12d, 0x1e12f),
    (0x1e13e, 0x1e13f),
    (0x1e14a, 0x1e14d),
    (0x1e150, 0x1e28f),
    (0x1e2af, 0x1e2bf),
    (0x1e2fa, 0x1e2fe),
    (0x1e300, 0x1e4cf),
    (0x1e4fa, 0x1e7df),
    (0x1e7e7, 0x1e7e7),
    (0x1e7ec, 0x1e7ec),
    (0x1e7ef, 0x1e7ef),
    (0x1e7ff, 0x1e7ff),
    (0x1e8c5, 0x1e8c6),
    (0x1e8d7, 0x1e8ff),
    (0x1e94c, 0x1e94f),
    (0x1e95a, 0x1e95d),
    (0x1e960, 0x1ec70),
    (0x1ecb5, 0x1ed00),
    (0x1ed3e, 0x1edff),
    (0x1ee04, 0x1ee04),
    (0x1ee20, 0x1ee20),
    (0x1ee23, 0x1ee23),
    (0x1ee25, 0x1ee26),
    (0x1ee28, 0x1ee28),
    (0x1ee33, 0x1ee33),
    (0x1ee38, 0x1ee38),
    (0x1ee3a, 0x1ee3a),
    (0x1ee3c, 0x1ee41),
    (0x1ee43, 0x1ee46),
    (0x1ee48, 0x1ee48),
    (0x1ee4a, 0x1ee4a),
    (0x1ee4c, 0x1ee4c),
    (0x1ee50, 0x1ee50),
    (0x1ee53, 0x1ee53),
    (0x1ee55, 0x1ee56),
    (0x1ee58, 0x1ee58),
    (0x1ee5a, 0x1ee5a),
    (0x1ee5c, 0x1ee5c),
    (0x1ee5e, 0x1ee5e),
    (0x1ee60, 0x1ee60),
    (0x1ee63, 0x1ee63),
    (0x1ee65, 0x1ee66),
    (0x1ee6b, 0x1ee6b),
    (0x1ee73, 0x1ee73),
    (0x1ee78, 0x1ee78),
    (0x1ee7d, 0x1ee7d),
    (0x1ee7f, 0x1ee7f),
    (0x1ee8a, 0x1ee8a),
    (0x1ee9c, 0x1eea0),
    (0x1eea4, 0x1eea4),
    (0x1eeaa, 0x1eeaa),
    (0x1eebc, 0x1eeef),
    (0x1eef2, 0x1efff),
    (0x1f02c, 0x1f02f),
    (0x1f094, 0x1f09f),
    (0x1f0af, 0x1f0b0),
    (0x1f0c0, 0x1f0c0),
    (0x1f0d0, 0x1f0d0),
    (0x1f0f6, 0x1f0ff),
    (0x1f1ae, 0x1f1e5),
    (0x1f203, 0x1f20f),
    (0x1f23c, 0x1f23f),
    (0x1f249, 0x1f24f),
    (0x1f252, 0x1f25f),
    (0x1f266, 0x1f2ff),
    (0x1f6d8, 0x1f6db),
    (0x1f6ed, 0x1f6ef),
    (0x1f6fd, 0x1f6ff),
    (0x1f777, 0x1f77a),
    (0x1f7da, 0x1f7df),
    (0x1f7ec, 0x1f7ef),
    (0x1f7f1, 0x1f7ff),
    (0x1f80c, 0x1f80f),
    (0x1f848, 0x1f84f),
    (0x1f85a, 0x1f85f),
    (0x1f888, 0x1f88f),
    (0x1f8ae, 0x1f8af),
    (0x1f8b2, 0x1f8ff),
    (0x1fa54, 0x1fa5f),
    (0x1fa6e, 0x1fa6f),
    (0x1fa7d, 0x1fa7f),
    (0x1fa89, 0x1fa8f),
    (0x1fabe, 0x1fabe),
    (0x1fac6, 0x1facd),
    (0x1fadc, 0x1fadf),
    (0x1fae9, 0x1faef),
    (0x1faf9, 0x1faff),
    (0x1fb93, 0x1fb93),
    (0x1fbcb, 0x1fbef),
    (0x1fbfa, 0x1ffff),
    (0x2a6e0, 0x2a6ff),
    (0x2b73a, 0x2b73f),
    (0x2b81e, 0x2b81f),
    (0x2cea2, 0x2ceaf),
    (0x2ebe1, 0x2f7ff),
    (0x2fa1e, 0x2ffff),
    (0x3134b, 0x3134f),
    (0x323b0, 0xe00ff),
    (0xe01f0, 0xeffff),
    (0xffffe, 0xfffff),
    (0x10fffe, 0x10ffff),
];

#[cfg(test)]
#[path = "dump_tests.rs"]
mod tests;

#[cfg(test)]
pub(crate) use tests::tshark_available;
