//! Domain names as raw labels, converted from and to text and wire form
//! exactly as BIND 9.18's lib/dns/name.c does it (dns_name_fromtext,
//! dns_name_totext, dns_name_fromwire).
//!
//! Also home of the low-level wire reader shared by `message` (whole
//! messages, compression allowed) and `rdata` (re-validating RDATA, no
//! compression): `WireReader` reproduces the isc_buffer "current / active /
//! used" positions BIND's fromwire code works with, and `WireError` the
//! isc_result_t codes those functions return, with BIND's texts.
//!
//! Hand-written (not hickory's `Name`): BIND's exact escaping, its error
//! results and its compression-pointer rules (a pointer must point strictly
//! before the start of the label run that contains it) decide what dig
//! prints, and hickory differs on all three.

use std::fmt;

thread_local! {
    /// BIND's dns_name_settotextfilter(): a function every non-root name's
    /// text goes through (dig +idnout sets one while it prints a message,
    /// see `render::dig`). None almost always.
    static TOTEXT_FILTER: std::cell::Cell<Option<TotextFilter>> = const { std::cell::Cell::new(None) };
}

/// A name-to-text filter (see `set_totext_filter`).
pub type TotextFilter = fn(String) -> String;

/// Sets (or clears) this thread's name-to-text filter; returns the previous
/// one. Added for render::dig's +idnout (BIND applies its IDN filter inside
/// dns_name_totext, so names inside RDATA are converted too).
pub fn set_totext_filter(filter: Option<TotextFilter>) -> Option<TotextFilter> {
    TOTEXT_FILTER.with(|f| f.replace(filter))
}

/// A domain name: labels as received (case kept), without the root label.
/// Names from the wire and from `from_labels` are absolute; `from_text`
/// without an origin can make a relative one (see `is_absolute`).
///
/// Kept as the labels' uncompressed wire form (each label's length byte,
/// then its bytes; no root label) in one buffer: a name costs one
/// allocation to make, copy or drop, whatever its number of labels.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Name {
    wire: Vec<u8>,
    relative: bool,
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Name").field("labels", &self.labels().to_vec()).field("relative", &self.relative).finish()
    }
}

impl Default for Name {
    fn default() -> Self {
        Name::root()
    }
}

/// The labels of a name, first to last (the root label not included): an
/// iterator over their bytes, with a slice's few questions.
#[derive(Clone, Copy)]
pub struct Labels<'a> {
    wire: &'a [u8],
}

impl<'a> Labels<'a> {
    /// How many labels.
    pub fn len(&self) -> usize {
        self.count()
    }

    pub fn is_empty(&self) -> bool {
        self.wire.is_empty()
    }

    /// The labels again (a slice's `iter()`).
    pub fn iter(&self) -> Labels<'a> {
        *self
    }

    pub fn first(&self) -> Option<&'a [u8]> {
        self.iter().next()
    }

    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        self.iter().nth(i)
    }

    /// Each label copied.
    pub fn to_vec(&self) -> Vec<Vec<u8>> {
        self.iter().map(<[u8]>::to_vec).collect()
    }
}

impl<'a> Iterator for Labels<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let (&len, rest) = self.wire.split_first()?;
        let (label, rest) = rest.split_at(usize::from(len).min(rest.len()));
        self.wire = rest;
        Some(label)
    }
}

/// Why `Name::from_text` failed; Display is BIND's isc_result_totext.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// DNS_R_EMPTYLABEL: "..", a leading "." before more text.
    EmptyLabel,
    /// DNS_R_LABELTOOLONG: more than 63 bytes in a label.
    LabelTooLong,
    /// ISC_R_NOSPACE: the name would exceed 255 bytes of wire form. BIND's
    /// dns_name_fromtext reports this (not DNS_R_NAMETOOLONG, which only
    /// dns_name_fromwire returns).
    NoSpace,
    /// DNS_R_BADESCAPE: `\DDD` with a non-digit or a value above 255.
    BadEscape,
    /// DNS_R_BADLABELTYPE: a label starting with `\[` (bitstring label).
    BadLabelType,
    /// ISC_R_UNEXPECTEDEND: the text ends inside an escape (or is empty).
    UnexpectedEnd,
}

impl NameError {
    pub fn text(self) -> &'static str {
        match self {
            NameError::EmptyLabel => "empty label",
            NameError::LabelTooLong => "label too long",
            NameError::NoSpace => "ran out of space",
            NameError::BadEscape => "bad escape",
            NameError::BadLabelType => "bad label type",
            NameError::UnexpectedEnd => "unexpected end of input",
        }
    }
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

impl std::error::Error for NameError {}

impl Name {
    pub fn root() -> Name {
        Name { wire: Vec::new(), relative: false }
    }

    /// An absolute name from its labels (root label excluded). Labels must
    /// be 1..=63 bytes for the result to be a valid DNS name; this is not
    /// checked (names from `message::parse` always are).
    pub fn from_labels(labels: Vec<Vec<u8>>) -> Name {
        Name::from_label_slices(labels.iter().map(Vec::as_slice))
    }

    /// An absolute name from labels as slices (see [`Name::from_labels`]).
    pub fn from_label_slices<'a>(labels: impl IntoIterator<Item = &'a [u8]>) -> Name {
        let mut wire = Vec::new();
        for l in labels {
            wire.push(l.len() as u8);
            wire.extend_from_slice(l);
        }
        Name { wire, relative: false }
    }

    /// The absolute name of the last `keep` labels (all of them if there
    /// are fewer).
    pub fn suffix(&self, keep: usize) -> Name {
        let skip = self.labels().len().saturating_sub(keep);
        Name::from_label_slices(self.labels().skip(skip))
    }

    pub fn labels(&self) -> Labels<'_> {
        Labels { wire: &self.wire }
    }

    pub fn is_absolute(&self) -> bool {
        !self.relative
    }

    pub fn is_root(&self) -> bool {
        !self.relative && self.wire.is_empty()
    }

    /// `dns_name_countlabels`: the labels including the root label of an
    /// absolute name (so "." is 1, "a.b." is 3).
    pub fn label_count(&self) -> usize {
        self.labels().len() + usize::from(!self.relative)
    }

    /// Length of the uncompressed wire form (root label included).
    pub fn wire_len(&self) -> usize {
        self.wire.len() + usize::from(!self.relative)
    }

    /// Uncompressed wire form (a relative name has no root label).
    pub fn to_wire(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(self.wire_len());
        v.extend_from_slice(&self.wire);
        if !self.relative {
            v.push(0);
        }
        v
    }

    /// Parse an uncompressed, absolute wire-form name at the start of
    /// `wire` (as `dns_name_fromregion` does for RDATA already validated).
    /// Returns the name and its wire length, or None if it is not a
    /// well-formed uncompressed name.
    pub fn from_wire_uncompressed(wire: &[u8]) -> Option<(Name, usize)> {
        let mut i = 0;
        loop {
            let len = usize::from(*wire.get(i)?);
            if len == 0 {
                return Some((Name { wire: wire[..i].to_vec(), relative: false }, i + 1));
            }
            if len > 63 || i + 1 + len > wire.len() || i + 1 + len > 255 {
                return None;
            }
            i += 1 + len;
        }
    }

    /// BIND's dns_name_totext (DNS_NAME_MASTERFILE): `"().;\` and `@$`
    /// escaped with a backslash, bytes outside 0x21..=0x7e as `\DDD`, the
    /// root is "."; with `omit_final_dot` (as dns_name_format, used by
    /// nslookup and for owner names) no trailing dot except for the root.
    /// A relative name has no trailing dot; the empty relative name is "@".
    pub fn to_text(&self, omit_final_dot: bool) -> String {
        if self.wire.is_empty() {
            return if self.relative { "@".into() } else { ".".into() };
        }
        let mut s = String::with_capacity(self.wire_len() + 4);
        for (i, l) in self.labels().enumerate() {
            if i > 0 {
                s.push('.');
            }
            push_label_text(&mut s, l);
        }
        if !self.relative && !omit_final_dot {
            s.push('.');
        }
        match TOTEXT_FILTER.with(std::cell::Cell::get) {
            Some(filter) => filter(s),
            None => s,
        }
    }

    /// [`Name::to_text`] appended to `out` (without a String of its own
    /// unless a totext filter is set).
    pub fn write_text(&self, out: &mut Vec<u8>, omit_final_dot: bool) {
        if self.wire.is_empty() || TOTEXT_FILTER.with(std::cell::Cell::get).is_some() {
            out.extend_from_slice(self.to_text(omit_final_dot).as_bytes());
            return;
        }
        for (i, l) in self.labels().enumerate() {
            if i > 0 {
                out.push(b'.');
            }
            push_label_bytes(out, l);
        }
        if !self.relative && !omit_final_dot {
            out.push(b'.');
        }
    }

    /// Case-insensitive comparison (ASCII), as DNS compares names.
    pub fn eq_ignore_case(&self, other: &Name) -> bool {
        // Length bytes (below 64) are no letters: the wire forms compare
        // as the labels do.
        self.relative == other.relative && self.wire.eq_ignore_ascii_case(&other.wire)
    }

    /// BIND's dns_name_fromtext: `\X` and `\DDD` escapes, a trailing dot
    /// makes the name absolute, otherwise `origin` (if any) is appended; "@"
    /// alone is the origin itself (the empty relative name without one);
    /// "." is the root. Errors as BIND: "empty label", "label too long",
    /// "ran out of space" (more than 255 bytes), "bad escape", "bad label
    /// type" (`\[`), "unexpected end of input" (text ends in an escape, or
    /// is empty). The text's bytes are the ones it was read from
    /// (`rawtext`: a byte of an argument that is not UTF-8 is that byte in
    /// the label, as BIND has it).
    pub fn from_text(text: &str, origin: Option<&Name>) -> Result<Name, NameError> {
        name_from_text(&crate::rawtext::encode(text), origin)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text(false))
    }
}

/// `push_label_text` into bytes.
fn push_label_bytes(out: &mut Vec<u8>, l: &[u8]) {
    if l.iter().all(|&c| (0x21..=0x7e).contains(&c) && !matches!(c, b'@' | b'$' | b'"' | b'(' | b')' | b'.' | b';' | b'\\')) {
        out.extend_from_slice(l);
        return;
    }
    for &c in l {
        match c {
            b'@' | b'$' | b'"' | b'(' | b')' | b'.' | b';' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            0x21..=0x7e => out.push(c),
            _ => out.extend_from_slice(&[b'\\', b'0' + c / 100, b'0' + (c / 10) % 10, b'0' + c % 10]),
        }
    }
}

fn push_label_text(s: &mut String, l: &[u8]) {
    for &c in l {
        match c {
            b'@' | b'$' | b'"' | b'(' | b')' | b'.' | b';' | b'\\' => {
                s.push('\\');
                s.push(c as char);
            }
            0x21..=0x7e => s.push(c as char),
            _ => {
                s.push('\\');
                s.push((b'0' + c / 100) as char);
                s.push((b'0' + (c / 10) % 10) as char);
                s.push((b'0' + c % 10) as char);
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ft {
    Init,
    Start,
    Ordinary,
    InitialEscape,
    Escape,
    EscDecimal,
    At,
}

/// dns_name_fromtext() of a name without escapes whose labels are 1..=63
/// bytes and that fits in 255 bytes with its origin (what is typed almost
/// always): the labels as they are. None for anything else, which the
/// state machine below decides (with its errors).
fn plain_name_from_text(t: &[u8], origin: Option<&Name>) -> Option<Name> {
    if t.is_empty() || t == b"@" || t == b"." || t.contains(&b'\\') {
        return None;
    }
    let absolute = t.last() == Some(&b'.');
    let body = if absolute { &t[..t.len() - 1] } else { t };
    let origin = if absolute { None } else { origin };
    // What follows the labels (the root label, or the origin) takes at
    // least the one byte the state machine keeps free.
    let tail = origin.map_or(0, Name::wire_len).max(1);
    // Each label's length byte and bytes: the text's length plus one.
    if body.len() + 1 + tail > 255 {
        return None;
    }
    let mut wire = Vec::with_capacity(body.len() + 1 + origin.map_or(0, |o| o.wire.len()));
    for label in body.split(|&c| c == b'.') {
        if label.is_empty() || label.len() > 63 {
            return None;
        }
        wire.push(label.len() as u8);
        wire.extend_from_slice(label);
    }
    let relative = match origin {
        Some(o) => {
            wire.extend_from_slice(&o.wire);
            o.relative
        }
        None => !absolute,
    };
    Some(Name { wire, relative })
}

/// A line-by-line port of dns_name_fromtext's state machine (255-byte
/// target, as a dns_fixedname_t gives it).
fn name_from_text(t: &[u8], origin: Option<&Name>) -> Result<Name, NameError> {
    match plain_name_from_text(t, origin) {
        Some(name) => Ok(name),
        None => state_machine_from_text(t, origin),
    }
}

/// The state machine itself.
fn state_machine_from_text(t: &[u8], origin: Option<&Name>) -> Result<Name, NameError> {
    let mut nrem: usize = 255;
    // The labels in wire form; `at` is the length byte of the label being
    // read, `cur` its length so far.
    let mut wire: Vec<u8> = Vec::with_capacity(t.len() + 1);
    let mut at = 0;
    let mut cur = 0usize;
    let mut state = Ft::Init;
    let mut done = false;
    let mut absolute = false;
    let mut value: u32 = 0;
    let mut digits = 0;
    let mut tlen = t.len();
    let mut idx = 0;
    while nrem > 0 && tlen > 0 && !done {
        let c = t[idx];
        idx += 1;
        tlen -= 1;
        let mut st = state;
        // Emulate the C fallthroughs with a small loop.
        loop {
            match st {
                Ft::Init => {
                    if c == b'.' {
                        if tlen != 0 {
                            return Err(NameError::EmptyLabel);
                        }
                        nrem -= 1;
                        done = true;
                        absolute = true;
                        break;
                    }
                    if c == b'@' && tlen == 0 {
                        state = Ft::At;
                        break;
                    }
                    st = Ft::Start;
                }
                Ft::Start => {
                    // reserve the length byte
                    nrem -= 1;
                    at = wire.len();
                    wire.push(0);
                    cur = 0;
                    if c == b'\\' {
                        state = Ft::InitialEscape;
                        break;
                    }
                    state = Ft::Ordinary;
                    if nrem == 0 {
                        return Err(NameError::NoSpace);
                    }
                    st = Ft::Ordinary;
                }
                Ft::Ordinary => {
                    if c == b'.' {
                        if cur == 0 {
                            return Err(NameError::EmptyLabel);
                        }
                        wire[at] = cur as u8;
                        if tlen == 0 {
                            nrem -= 1;
                            done = true;
                            absolute = true;
                        }
                        state = Ft::Start;
                    } else if c == b'\\' {
                        state = Ft::Escape;
                    } else {
                        if cur >= 63 {
                            return Err(NameError::LabelTooLong);
                        }
                        wire.push(c);
                        cur += 1;
                        nrem -= 1;
                    }
                    break;
                }
                Ft::InitialEscape => {
                    if c == b'[' {
                        return Err(NameError::BadLabelType);
                    }
                    st = Ft::Escape;
                }
                Ft::Escape => {
                    if !c.is_ascii_digit() {
                        if cur >= 63 {
                            return Err(NameError::LabelTooLong);
                        }
                        wire.push(c);
                        cur += 1;
                        nrem -= 1;
                        state = Ft::Ordinary;
                        break;
                    }
                    digits = 0;
                    value = 0;
                    state = Ft::EscDecimal;
                    st = Ft::EscDecimal;
                }
                Ft::EscDecimal => {
                    if !c.is_ascii_digit() {
                        return Err(NameError::BadEscape);
                    }
                    value = value * 10 + u32::from(c - b'0');
                    digits += 1;
                    if digits == 3 {
                        if value > 255 {
                            return Err(NameError::BadEscape);
                        }
                        if cur >= 63 {
                            return Err(NameError::LabelTooLong);
                        }
                        wire.push(value as u8);
                        cur += 1;
                        nrem -= 1;
                        state = Ft::Ordinary;
                    }
                    break;
                }
                Ft::At => unreachable!("ft_at is only entered with no text left"),
            }
        }
    }
    if !done {
        if nrem == 0 {
            return Err(NameError::NoSpace);
        }
        if state != Ft::Ordinary && state != Ft::At {
            return Err(NameError::UnexpectedEnd);
        }
        if state == Ft::Ordinary {
            wire[at] = cur as u8;
        }
        match origin {
            Some(o) => {
                if nrem < o.wire_len() {
                    return Err(NameError::NoSpace);
                }
                wire.extend_from_slice(&o.wire);
                absolute = !o.relative;
            }
            None => absolute = false,
        }
    }
    Ok(Name { wire, relative: !absolute })
}

/// Failures of the fromwire code (isc_result_t values BIND returns while
/// parsing a message); `text()` is isc_result_totext.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireError {
    /// ISC_R_UNEXPECTEDEND
    UnexpectedEnd,
    /// DNS_R_BADLABELTYPE (label length byte 0x40..=0xbf)
    BadLabelType,
    /// DNS_R_BADPOINTER (pointer not strictly before its label run)
    BadPointer,
    /// DNS_R_DISALLOWED (compression pointer where none is allowed)
    Disallowed,
    /// DNS_R_NAMETOOLONG (more than 255 bytes once expanded)
    NameTooLong,
    /// DNS_R_FORMERR
    FormErr,
    /// DNS_R_EXTRADATA (RDATA longer than its fields)
    ExtraData,
    /// ISC_R_RANGE (LOC, A6, APL field out of range)
    Range,
    /// ISC_R_NOTIMPLEMENTED (IPSECKEY gateway type > 3)
    NotImplemented,
    /// DNS_R_SYNTAX (NAPTR regexp)
    Syntax,
    /// DNS_R_BADBITMAP (NXT)
    BadBitmap,
    /// DNS_R_OPTERR (malformed EDNS option)
    OptErr,
    /// ISC_R_NOSPACE (RDATA that cannot be stored)
    NoSpace,
    /// DNS_R_BADOWNERNAME (NSEC3 owner not base32hex)
    BadOwnerName,
    /// DNS_R_BADTSIG (TSIG not last in additional, or not class ANY)
    BadTsig,
    /// DNS_R_BADSIG0 (SIG(0) misplaced)
    BadSig0,
}

impl WireError {
    pub fn text(self) -> &'static str {
        match self {
            WireError::UnexpectedEnd => "unexpected end of input",
            WireError::BadLabelType => "bad label type",
            WireError::BadPointer => "bad compression pointer",
            WireError::Disallowed => "disallowed (by application policy)",
            WireError::NameTooLong => "name too long",
            WireError::FormErr => "FORMERR",
            WireError::ExtraData => "extra input data",
            WireError::Range => "out of range",
            WireError::NotImplemented => "not implemented",
            WireError::Syntax => "syntax error",
            WireError::BadBitmap => "bad bitmap",
            WireError::OptErr => "malformed OPT option",
            WireError::NoSpace => "ran out of space",
            WireError::BadOwnerName => "bad owner name (check-names)",
            WireError::BadTsig => "TSIG in wrong location",
            WireError::BadSig0 => "SIG(0) in wrong location",
        }
    }
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// The isc_buffer_t positions BIND's fromwire code sees: `buf` is the whole
/// message (pointer targets are offsets into it), `pos` is `current`, and
/// `active` bounds what the record being read may use (the message end for
/// owner names, the RDATA end inside RDATA).
pub struct WireReader<'a> {
    pub buf: &'a [u8],
    pub pos: usize,
    pub active: usize,
    /// Compression pointers allowed (DNS_DECOMPRESS_ANY in message parse:
    /// in 9.18 that allows them in every name, whatever the RR type).
    pub allow_compression: bool,
    /// Pointer-chain memo (see `resolve_chain`), allocated once the
    /// message has needed many chains.
    memo: Vec<u32>,
    /// Chains followed without the memo so far.
    walks: u32,
}

/// Pointer chains a message may follow before the memo is made.
const WALKS_WITHOUT_MEMO: u32 = 64;

/// `resolve_chain` without the memo: the first position from `t` on that
/// is not a pointer byte, or the error the run of pointers ends in.
fn walk_chain(buf: &[u8], t: usize) -> Result<usize, WireError> {
    let mut p = t;
    loop {
        let Some(&b) = buf.get(p) else { return Err(WireError::UnexpectedEnd) };
        if b < 192 {
            return Ok(p);
        }
        let Some(&low) = buf.get(p + 1) else { return Err(WireError::UnexpectedEnd) };
        let target = (usize::from(b & 0x3f) << 8) | usize::from(low);
        if target >= p {
            return Err(WireError::BadPointer);
        }
        p = target;
    }
}

const MEMO_UNKNOWN: u32 = 0;
const MEMO_ERR_END: u32 = u32::MAX;
const MEMO_ERR_PTR: u32 = u32::MAX - 1;

impl<'a> WireReader<'a> {
    pub fn new(buf: &'a [u8], allow_compression: bool) -> Self {
        WireReader { buf, pos: 0, active: buf.len(), allow_compression, memo: Vec::new(), walks: 0 }
    }

    /// isc_buffer_activeregion: empty once `pos` reaches or passes `active`.
    pub fn active_region(&self) -> &'a [u8] {
        if self.pos < self.active { &self.buf[self.pos..self.active] } else { &[] }
    }

    pub fn active_len(&self) -> usize {
        self.active.saturating_sub(self.pos)
    }

    /// isc_buffer_remainingregion length (to the end of the message).
    pub fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    pub fn forward(&mut self, n: usize) {
        self.pos += n;
    }

    /// Follow a run of compression pointers starting at `t` (a pointer
    /// target, so marker = t): returns the first position that is not a
    /// pointer byte, or the error the run ends in. Each pointer must point
    /// strictly before the pointer itself. Results are memoised per
    /// position so that many names pointing into one long chain cost linear
    /// time overall (BIND walks the chain every time; the outcome is the
    /// same).
    fn resolve_chain(&mut self, t: usize) -> Result<usize, WireError> {
        if self.memo.is_empty() {
            // A usual reply follows a few short chains: walked as they are
            // (the same outcome), the memo only for a message with many.
            if self.walks < WALKS_WITHOUT_MEMO {
                self.walks += 1;
                return walk_chain(self.buf, t);
            }
            self.memo = vec![MEMO_UNKNOWN; self.buf.len() + 1];
        }
        let mut path: Vec<usize> = Vec::new();
        let mut p = t;
        let outcome: Result<usize, WireError> = loop {
            if p >= self.buf.len() {
                break Err(WireError::UnexpectedEnd);
            }
            match self.memo[p] {
                MEMO_UNKNOWN => {}
                MEMO_ERR_END => break Err(WireError::UnexpectedEnd),
                MEMO_ERR_PTR => break Err(WireError::BadPointer),
                v => break Ok((v - 1) as usize),
            }
            let b = self.buf[p];
            if b < 192 {
                break Ok(p);
            }
            if p + 1 >= self.buf.len() {
                path.push(p);
                break Err(WireError::UnexpectedEnd);
            }
            let target = (usize::from(b & 0x3f) << 8) | usize::from(self.buf[p + 1]);
            path.push(p);
            if target >= p {
                break Err(WireError::BadPointer);
            }
            p = target;
        };
        let code = match outcome {
            Ok(f) => f as u32 + 1,
            Err(WireError::UnexpectedEnd) => MEMO_ERR_END,
            Err(_) => MEMO_ERR_PTR,
        };
        for q in path {
            self.memo[q] = code;
        }
        outcome
    }

    /// dns_name_fromwire: read a (possibly compressed) name at `pos`,
    /// append its uncompressed wire form to `out`, advance `pos` past the
    /// compressed form. Labels must end before `active` (the end of the
    /// RDATA for names inside RDATA): the 9.18.49 libdns that dig uses
    /// bounds the name by the buffer's active region, so a name running over
    /// its RDATA is "unexpected end of input" (verified against dig; the
    /// v9.18.49 source tag reads `isc_buffer_used`, the shipped binary
    /// `active`). Pointers may lead anywhere before the label run holding
    /// them.
    pub fn read_name(&mut self, out: &mut Vec<u8>) -> Result<Name, WireError> {
        let end = self.active.min(self.buf.len());
        let start = self.pos;
        let mut marker = start;
        let mut cursor = start;
        let mut consumed: Option<usize> = None;
        let mut name_len: usize = 0;
        // The labels' wire form, gathered here (at most 255 bytes, checked
        // below) and then allocated once at its size.
        let mut wire = [0u8; 256];
        let mut wire_len = 0;
        // Where the labels not gathered yet begin: a run of labels is
        // copied at once, when a pointer or the root label ends it.
        let mut run = start;
        while cursor < end {
            let label_len = usize::from(self.buf[cursor]);
            cursor += 1;
            if label_len < 64 {
                name_len += label_len + 1;
                if name_len > 255 {
                    return Err(WireError::NameTooLong);
                }
                if label_len == 0 {
                    let labels = &self.buf[run..cursor - 1];
                    wire[wire_len..wire_len + labels.len()].copy_from_slice(labels);
                    wire_len += labels.len();
                    let consumed = consumed.unwrap_or(cursor);
                    self.pos = consumed;
                    let wire = &wire[..wire_len];
                    out.reserve(wire_len + 1);
                    out.extend_from_slice(wire);
                    out.push(0);
                    return Ok(Name { wire: wire.to_vec(), relative: false });
                }
                if cursor + label_len > end {
                    // BIND steps past the end and stops: unexpected end.
                    return Err(WireError::UnexpectedEnd);
                }
                cursor += label_len;
            } else if label_len < 192 {
                return Err(WireError::BadLabelType);
            } else if !self.allow_compression {
                return Err(WireError::Disallowed);
            } else if cursor < end {
                let labels = &self.buf[run..cursor - 1];
                wire[wire_len..wire_len + labels.len()].copy_from_slice(labels);
                wire_len += labels.len();
                let target = ((label_len & 0x3f) << 8) | usize::from(self.buf[cursor]);
                cursor += 1;
                if target >= marker {
                    return Err(WireError::BadPointer);
                }
                if consumed.is_none() {
                    consumed = Some(cursor);
                }
                // Pointer-only runs are resolved through the memo.
                let f = self.resolve_chain(target)?;
                cursor = f;
                run = f;
                // After jumping, the marker is where the last pointer led.
                // For a run of pointers that is the last pointer's target,
                // which is `f` itself (f is not a pointer byte).
                marker = f;
            }
        }
        Err(WireError::UnexpectedEnd)
    }
}

#[cfg(test)]
mod tests;
