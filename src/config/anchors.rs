//! Trust anchors as delv 9.18 loads them (bin/delv/delv.c
//! setup_dnsseckeys and key_fromconfig): a bind.keys-style file (`-a
//! FILE`, default /etc/bind/bind.keys, else delv's built-in root keys)
//! in BIND's configuration grammar (lib/isccfg: `trust-anchors`,
//! `managed-keys`, `trusted-keys` blocks; C, C++ and shell comments;
//! quoted strings over several lines), with BIND's exact messages for
//! unreadable and unparsable files and bad entries. Only the entries for
//! the anchor name (`.` or delv's `+root=NAME`) are kept; key anchors
//! become SHA-256 DS anchors, as BIND's keytable stores them.
//!
//! The result (`TrustAnchors`) goes to the validator (`validate::Engine`);
//! the log lines and failures go to delv's session, which prints them.

use std::path::Path;

use crate::validate::crypto;
use crate::wire::Name;

/// delv's default anchor file (SYSCONFDIR "/bind.keys" on Debian).
pub const DEFAULT_FILE: &str = "/etc/bind/bind.keys";

/// delv's built-in anchors (BIND's bind.keys compiled into the binary,
/// used when the default file is missing or unparsable).
pub const BUILTIN: &str = r#"trust-anchors {
        # This key (20326) was published in the root zone in 2017, and
        # is scheduled to be phased out starting in 2025. It will remain
        # in the root zone until some time after its successor key has
        # been activated. It will remain this file until it is removed
        # from the root zone.

        . initial-key 257 3 8 "AwEAAaz/tAm8yTn4Mfeh5eyI96WSVexTBAvkMgJzkKTOiW1vkIbzxeF3
                +/4RgWOq7HrxRixHlFlExOLAJr5emLvN7SWXgnLh4+B5xQlNVz8Og8kv
                ArMtNROxVQuCaSnIDdD5LKyWbRd2n9WGe2R8PzgCmr3EgVLrjyBxWezF
                0jLHwVN8efS3rCj/EWgvIWgb9tarpVUDK/b58Da+sqqls3eNbuv7pr+e
                oZG+SrDK6nWeL3c6H5Apxz7LjVc1uTIdsIXxuOLYA4/ilBmSVIzuDWfd
                RUfhHdY6+cn8HFRm+2hM8AnXGXws9555KrUB5qihylGa8subX2Nn6UwN
                R1AkUTV74bU=";
        # This key (38696) will be pre-published in the root zone in 2025
        # and is scheduled to begin signing in late 2026. At that time,
        # servers which were already using the old key (20326) should roll
        # seamlessly to this new one via RFC 5011 rollover.
        . initial-ds 38696 8 2 "683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A
        4C0FB2B16";
};
"#;

/// How an entry was configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    StaticKey,
    InitialKey,
    StaticDs,
    InitialDs,
    /// A `trusted-keys` entry (a static key).
    Trusted,
}

/// One loaded anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub name: Name,
    pub kind: AnchorKind,
    /// The DNSKEY RDATA (key anchors) or DS RDATA (DS anchors) as given.
    pub rdata: Vec<u8>,
    /// The DS RDATA the validator uses (key anchors: SHA-256).
    pub ds: Vec<u8>,
    /// The line of the entry in its file.
    pub line: u32,
}

impl Anchor {
    pub fn is_key(&self) -> bool {
        matches!(self.kind, AnchorKind::StaticKey | AnchorKind::InitialKey | AnchorKind::Trusted)
    }
}

/// The anchors of one name, ready for the validator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustAnchors {
    pub name: Name,
    /// DS RDATA, one per anchor (dns_keytable's DS set for the name).
    pub ds: Vec<Vec<u8>>,
    pub anchors: Vec<Anchor>,
}

impl TrustAnchors {
    /// Anchors from DNSKEY RDATA (each becomes a SHA-256 DS).
    pub fn from_keys(name: &Name, keys: &[Vec<u8>]) -> TrustAnchors {
        let anchors: Vec<Anchor> = keys
            .iter()
            .filter_map(|k| {
                let ds = crypto::ds_rdata(name, k, 2)?;
                Some(Anchor { name: name.clone(), kind: AnchorKind::StaticKey, rdata: k.clone(), ds, line: 0 })
            })
            .collect();
        TrustAnchors { name: name.clone(), ds: anchors.iter().map(|a| a.ds.clone()).collect(), anchors }
    }

    /// Anchors from DS RDATA.
    pub fn from_ds(name: &Name, ds: &[Vec<u8>]) -> TrustAnchors {
        let anchors: Vec<Anchor> = ds
            .iter()
            .map(|d| Anchor { name: name.clone(), kind: AnchorKind::StaticDs, rdata: d.clone(), ds: d.clone(), line: 0 })
            .collect();
        TrustAnchors { name: name.clone(), ds: ds.to_vec(), anchors }
    }
}

/// Why no lookup happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// delv's fatal(): `delv: <text>` on standard error, exit status 1
    /// (`Unable to read key file 'F'`, `Unable to load keys from 'F'`,
    /// `No trusted keys were loaded`).
    Fatal(String),
    /// `;; setup_dnsseckeys: <text>` is already in the log; delv looks
    /// nothing up and exits 0.
    Setup,
}

/// What setup_dnsseckeys() did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// Lines delv logged, in order, as printed (`;; FILE:LINE: ...`,
    /// `;; failed to convert QNAME ...`, `;; setup_dnsseckeys: ...`).
    pub log: Vec<String>,
    pub result: Result<TrustAnchors, Failure>,
}

/// setup_dnsseckeys(): `file` is `-a FILE` (None: the default file, or
/// the built-in anchors if it cannot be read or parsed), `anchor_name`
/// delv's `+root=NAME` (None: `.`).
pub fn setup(file: Option<&Path>, anchor_name: Option<&str>) -> Setup {
    setup_with(file, Path::new(DEFAULT_FILE), anchor_name)
}

/// `setup` with another default file (for tests).
pub fn setup_with(file: Option<&Path>, default_file: &Path, anchor_name: Option<&str>) -> Setup {
    let mut log = Vec::new();
    let anchor_text = anchor_name.unwrap_or(".");
    let anchor = match Name::from_text(anchor_text, Some(&Name::root())) {
        Ok(n) => n,
        Err(e) => {
            log.push(format!(";; failed to convert QNAME {anchor_text}: {e}"));
            log.push(format!(";; setup_dnsseckeys: {e}"));
            return Setup { log, result: Err(Failure::Setup) };
        }
    };
    let entries = match entries(file, default_file, &mut log) {
        Ok(e) => e,
        Err(f) => return Setup { log, result: Err(f) },
    };
    // trusted-keys, then managed-keys, then trust-anchors, each in order.
    let mut ordered: Vec<&Entry> = Vec::new();
    for clause in [Clause::TrustedKeys, Clause::ManagedKeys, Clause::TrustAnchors] {
        ordered.extend(entries.iter().filter(|e| e.clause == clause));
    }
    let mut anchors = Vec::new();
    for e in ordered {
        match key_fromconfig(e, &anchor, &mut log) {
            Ok(Some(a)) => anchors.push(a),
            Ok(None) => {}
            Err(()) => {
                log.push(";; setup_dnsseckeys: failure".into());
                return Setup { log, result: Err(Failure::Setup) };
            }
        }
    }
    if anchors.is_empty() {
        return Setup { log, result: Err(Failure::Fatal("No trusted keys were loaded".into())) };
    }
    let ds = anchors.iter().map(|a| a.ds.clone()).collect();
    Setup { log, result: Ok(TrustAnchors { name: anchor, ds, anchors }) }
}

/// The entries of `file`, else of the default file, else the built-in
/// ones (what a missing or unparsable default file falls back to); the
/// parser's messages go to `log`.
fn entries(file: Option<&Path>, default_file: &Path, log: &mut Vec<String>) -> Result<Vec<Entry>, Failure> {
    let path = file.unwrap_or(default_file);
    // Its name as given, bytes kept (rawtext), for the messages.
    let shown = crate::rawtext::from_os(path.as_os_str());
    match read(path) {
        Err(()) => {
            if file.is_some() {
                return Err(Failure::Fatal(format!("Unable to read key file '{shown}'")));
            }
        }
        Ok(bytes) => {
            let p = parse(bytes.as_deref().map_err(String::as_str), &shown);
            log.extend(p.log.iter().map(|l| format!(";; {l}")));
            if p.ok {
                return Ok(p.entries);
            } else if file.is_some() {
                return Err(Failure::Fatal(format!("Unable to load keys from '{shown}'")));
            }
        }
    }
    let p = parse(Ok(BUILTIN.as_bytes()), "none");
    if !p.ok {
        return Err(Failure::Fatal("Unable to parse built-in keys".into()));
    }
    Ok(p.entries)
}

/// The names the anchor source has entries for (`file`, else the
/// default file, else the built-in keys), each once, in order; names that
/// are not valid domain names are left to `setup`'s messages. For
/// `--validate`, which keeps the anchors of every name, as named does
/// (delv keeps only the root's, or `+root=NAME`'s). Err as `setup`'s for
/// an unreadable or unparsable `file`.
pub fn names(file: Option<&Path>) -> Result<Vec<Name>, Failure> {
    names_with(file, Path::new(DEFAULT_FILE))
}

/// `names` with another default file (for tests).
pub fn names_with(file: Option<&Path>, default_file: &Path) -> Result<Vec<Name>, Failure> {
    let mut out: Vec<Name> = Vec::new();
    for e in entries(file, default_file, &mut Vec::new())? {
        if let Ok(n) = Name::from_text(&e.name, Some(&Name::root()))
            && !out.iter().any(|o| o.eq_ignore_case(&n))
        {
            out.push(n);
        }
    }
    Ok(out)
}

/// access(R_OK) and the read: Err when delv cannot read the file. A
/// directory opens but does not read: the parser reports it.
fn read(path: &Path) -> Result<Result<Vec<u8>, String>, ()> {
    let mut f = std::fs::File::open(path).map_err(|_| ())?;
    let mut bytes = Vec::new();
    match std::io::Read::read_to_end(&mut f, &mut bytes) {
        Ok(_) => Ok(Ok(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => Ok(Err("not a file".into())),
        Err(_) => Ok(Err("unexpected error".into())),
    }
}

/// The clause an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clause {
    TrustAnchors,
    ManagedKeys,
    TrustedKeys,
}

/// One parsed entry (the cfg tuple): name, anchor type (None for
/// trusted-keys), three numbers and the data string.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    clause: Clause,
    name: String,
    anchortype: Option<String>,
    rdata: [u32; 3],
    data: String,
    line: u32,
    file: String,
}

/// key_fromconfig(): Ok(None) for an entry of another name, Err after
/// logging `failed to add trusted key`.
fn key_fromconfig(e: &Entry, anchor: &Name, log: &mut Vec<String>) -> Result<Option<Anchor>, ()> {
    let at = |log: &mut Vec<String>, msg: String| {
        if e.file.is_empty() {
            log.push(format!(";; {msg}"));
        } else {
            log.push(format!(";; {}:{}: {msg}", e.file, e.line));
        }
    };
    let name = match Name::from_text(&e.name, Some(&Name::root())) {
        Ok(n) => n,
        Err(err) => {
            log.push(format!(";; failed to convert QNAME {}: {err}", e.name));
            at(log, format!("failed to add trusted key '{}': {err}", e.name));
            return Err(());
        }
    };
    if !name.eq_ignore_case(anchor) {
        return Ok(None);
    }
    let kind = match e.anchortype.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None => AnchorKind::Trusted,
        Some("static-key") => AnchorKind::StaticKey,
        Some("initial-key") => AnchorKind::InitialKey,
        Some("static-ds") => AnchorKind::StaticDs,
        Some("initial-ds") => AnchorKind::InitialDs,
        Some(other) => {
            log.push(format!(";; key '{}': invalid initialization method '{other}'", e.name));
            return Err(());
        }
    };
    let fail = |log: &mut Vec<String>, text: &str| {
        at(log, format!("failed to add trusted key '{}': {text}", e.name));
        Err(())
    };
    if e.rdata[0] > 0xffff || e.rdata[1] > 0xff || e.rdata[2] > 0xff {
        return fail(log, "out of range");
    }
    let is_key = matches!(kind, AnchorKind::StaticKey | AnchorKind::InitialKey | AnchorKind::Trusted);
    if is_key {
        let key = match base64(&e.data) {
            Ok(k) => k,
            Err(text) => return fail(log, text),
        };
        if key.len() > 4096 {
            return fail(log, "ran out of space");
        }
        let mut rdata = (e.rdata[0] as u16).to_be_bytes().to_vec();
        rdata.push(e.rdata[1] as u8);
        rdata.push(e.rdata[2] as u8);
        rdata.extend_from_slice(&key);
        if rdata.len() > 4096 {
            return fail(log, "ran out of space");
        }
        // dns_rdata_fromwire() of the DNSKEY.
        if key.is_empty() {
            return fail(log, "unexpected end of input");
        }
        if e.rdata[2] == 253
            && let Err(text) = private_name(&key)
        {
            return fail(log, text);
        }
        let Some(ds) = crypto::ds_rdata(&name, &rdata, 2) else {
            return fail(log, "failure");
        };
        Ok(Some(Anchor { name, kind, rdata, ds, line: e.line }))
    } else {
        let digest = match hex(&e.data) {
            Ok(d) => d,
            Err(text) => return fail(log, text),
        };
        if crypto::digest_len(e.rdata[2] as u8).is_some_and(|n| n != digest.len()) {
            return fail(log, "unexpected end of input");
        }
        if digest.is_empty() {
            return fail(log, "unexpected end of input");
        }
        if digest.len() > 4092 {
            return fail(log, "ran out of space");
        }
        let mut rdata = (e.rdata[0] as u16).to_be_bytes().to_vec();
        rdata.push(e.rdata[1] as u8);
        rdata.push(e.rdata[2] as u8);
        rdata.extend_from_slice(&digest);
        Ok(Some(Anchor { name, kind, rdata: rdata.clone(), ds: rdata, line: e.line }))
    }
}

/// A PRIVATEDNS key starts with a domain name (dns_name_fromwire, no
/// compression).
fn private_name(key: &[u8]) -> Result<(), &'static str> {
    let mut i = 0;
    loop {
        let Some(&l) = key.get(i) else { return Err("unexpected end of input") };
        match l & 0xc0 {
            0xc0 => return Err("disallowed (by application policy)"),
            0x40 | 0x80 => return Err("bad label type"),
            _ => {}
        }
        if l == 0 {
            return if i + 1 > 255 { Err("name too long") } else { Ok(()) };
        }
        i += 1 + usize::from(l);
        if i > 255 {
            return Err("name too long");
        }
    }
}

/// isc_base64_decodestring().
fn base64(s: &str) -> Result<Vec<u8>, &'static str> {
    const BAD: &str = "bad base64 encoding";
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    let mut out = Vec::new();
    let mut val = [0u8; 4];
    let mut digits = 0;
    let mut seen_end = false;
    for c in s.bytes() {
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        if seen_end {
            return Err(BAD);
        }
        let Some(v) = alphabet.iter().position(|&a| a == c) else { return Err(BAD) };
        val[digits] = v as u8;
        digits += 1;
        if digits == 4 {
            if val[0] == 64 || val[1] == 64 || (val[2] == 64 && val[3] != 64) {
                return Err(BAD);
            }
            if val[2] == 64 && val[1] & 0xf != 0 {
                return Err(BAD);
            }
            if val[3] == 64 && val[2] & 0x3 != 0 {
                return Err(BAD);
            }
            let n = if val[2] == 64 {
                1
            } else if val[3] == 64 {
                2
            } else {
                3
            };
            if n != 3 {
                seen_end = true;
                for x in val.iter_mut().skip(2) {
                    if *x == 64 {
                        *x = 0;
                    }
                }
            }
            let buf = [(val[0] << 2) | (val[1] >> 4), (val[1] << 4) | (val[2] >> 2), (val[2] << 6) | val[3]];
            out.extend_from_slice(&buf[..n]);
            digits = 0;
        }
    }
    if digits != 0 {
        return Err(BAD);
    }
    Ok(out)
}

/// isc_hex_decodestring().
fn hex(s: &str) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    let mut hi: Option<u8> = None;
    for c in s.bytes() {
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        let v = (c as char).to_digit(16).ok_or("bad hex encoding")? as u8;
        match hi.take() {
            None => hi = Some(v),
            Some(h) => out.push((h << 4) | v),
        }
    }
    if hi.is_some() {
        return Err("bad hex encoding");
    }
    Ok(out)
}

/// A token of BIND's configuration lexer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Str(String),
    QStr(String),
    Num(u32),
    Special(u8),
    Eof,
    /// A lexer error (isc_result text); the token type stays unknown.
    Error(&'static str),
}

const LEX_QSTRING: u8 = 1;
const LEX_NUMBER: u8 = 2;

/// isc_lex with the configuration parser's settings: specials `{ } ; /
/// " !`, C, C++ and shell comments.
struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    /// Start of the last token (its text for messages).
    start: usize,
}

fn special(c: u8) -> bool {
    matches!(c, b'{' | b'}' | b';' | b'/' | b'"' | b'!')
}

impl<'a> Lexer<'a> {
    fn getc(&mut self) -> Option<u8> {
        let c = *self.src.get(self.pos)?;
        self.pos += 1;
        if c == b'\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn ungetc(&mut self, c: Option<u8>) {
        if let Some(c) = c {
            self.pos -= 1;
            if c == b'\n' {
                self.line -= 1;
            }
        }
    }

    /// Skips a comment starting at '#' or '/' (already read); returns
    /// false for a lone '/' (pushed back).
    fn comment(&mut self, c: u8) -> Result<bool, &'static str> {
        if c == b'#' {
            while let Some(x) = self.getc() {
                if x == b'\n' {
                    self.ungetc(Some(x));
                    break;
                }
            }
            return Ok(true);
        }
        match self.getc() {
            Some(b'/') => {
                while let Some(x) = self.getc() {
                    if x == b'\n' {
                        self.ungetc(Some(x));
                        break;
                    }
                }
                Ok(true)
            }
            Some(b'*') => {
                let mut star = false;
                loop {
                    match self.getc() {
                        None => return Err("unexpected end of input"),
                        Some(b'/') if star => return Ok(true),
                        Some(x) => star = x == b'*',
                    }
                }
            }
            other => {
                self.ungetc(other);
                Ok(false)
            }
        }
    }

    fn gettoken(&mut self, opts: u8) -> Tok {
        // Skip white space and comments.
        let first = loop {
            self.start = self.pos;
            let Some(c) = self.getc() else { return Tok::Eof };
            match c {
                b' ' | b'\t' | b'\n' | b'\r' => continue,
                b'#' | b'/' => match self.comment(c) {
                    Err(e) => return Tok::Error(e),
                    Ok(true) => continue,
                    Ok(false) => break c,
                },
                _ => break c,
            }
        };
        if first == b'"' && opts & LEX_QSTRING != 0 {
            let mut s: Vec<u8> = Vec::new();
            let mut escaped = false;
            loop {
                let Some(c) = self.getc() else { return Tok::Error("unexpected end of input") };
                if c == b'"' {
                    if escaped {
                        escaped = false;
                        s.pop();
                        s.push(b'"');
                        continue;
                    }
                    return Tok::QStr(String::from_utf8_lossy(&s).into_owned());
                }
                escaped = c == b'\\' && !escaped;
                s.push(c);
            }
        }
        if special(first) {
            return Tok::Special(first);
        }
        let mut s = vec![first];
        let mut number = first.is_ascii_digit() && opts & LEX_NUMBER != 0;
        loop {
            let c = self.getc();
            let delim = match c {
                None => true,
                Some(x) => matches!(x, b' ' | b'\t' | b'\r' | b'\n') || special(x) || x == b'#',
            };
            if let Some(b'/') = c {
                // A comment ends the token; a lone '/' is a special.
                self.ungetc(c);
                break;
            }
            if delim {
                self.ungetc(c);
                break;
            }
            let x = c.expect("not at the end");
            if number && !x.is_ascii_digit() && !((x == b'x' || x == b'X') && s == b"0") {
                number = false;
            }
            s.push(x);
        }
        let text = String::from_utf8_lossy(&s).into_owned();
        if number {
            return match parse_uint32(&text) {
                Ok(n) => Tok::Num(n),
                Err(true) => Tok::Error("out of range"),
                Err(false) => Tok::Str(text),
            };
        }
        Tok::Str(text)
    }
}

/// isc_parse_uint32(base 0): Err(true) out of range, Err(false) not a
/// number.
fn parse_uint32(s: &str) -> Result<u32, bool> {
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h, 16)
    } else if s.len() > 1 && s.starts_with('0') {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err(false);
    }
    u64::from_str_radix(digits, radix).map_err(|_| true).and_then(|n| u32::try_from(n).map_err(|_| true))
}

/// How a complaint mentions the current token.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mention {
    Nothing,
    Near,
    Before,
    NoPrep,
}

/// The cfg parser over one buffer (cfg_parse_mapbody with the bindkeys
/// clauses).
struct Parser<'a> {
    lex: Lexer<'a>,
    file: &'a str,
    tok: Tok,
    ungotten: bool,
    /// Position and line to restore on an unget.
    saved: (usize, u32),
    line: u32,
    errors: usize,
    log: Vec<String>,
    seen_eof: bool,
}

struct Parsed {
    entries: Vec<Entry>,
    log: Vec<String>,
    ok: bool,
}

/// cfg_parse_file() of bind.keys text; `Err` is a read error (the
/// lexer's first token fails with it).
fn parse(bytes: Result<&[u8], &str>, file: &str) -> Parsed {
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return Parsed { entries: Vec::new(), log: vec![format!("{file}:1: {e} ")], ok: false },
    };
    let mut p = Parser {
        lex: Lexer { src: bytes, pos: 0, line: 1, start: 0 },
        file,
        tok: Tok::Eof,
        ungotten: false,
        saved: (0, 1),
        line: 1,
        errors: 0,
        log: Vec::new(),
        seen_eof: false,
    };
    let result = p.mapbody();
    let ok = match result {
        Ok(entries) if p.errors == 0 => {
            if p.eof() {
                return Parsed { entries, log: p.log, ok: true };
            }
            false
        }
        Ok(_) => false,
        Err(()) => false,
    };
    Parsed { entries: Vec::new(), log: p.log, ok }
}

impl<'a> Parser<'a> {
    fn gettoken(&mut self, opts: u8) -> Result<(), ()> {
        if self.seen_eof {
            return Ok(());
        }
        self.saved = (self.lex.pos, self.lex.line);
        self.tok = self.lex.gettoken(opts);
        self.ungotten = false;
        self.line = self.lex.line;
        match self.tok {
            Tok::Eof => self.seen_eof = true,
            Tok::Error(e) => {
                self.error(Mention::Near, e.to_string());
                return Err(());
            }
            _ => {}
        }
        Ok(())
    }

    fn ungettoken(&mut self) {
        if self.seen_eof {
            return;
        }
        self.lex.pos = self.saved.0;
        self.lex.line = self.saved.1;
        self.ungotten = true;
    }

    fn complain(&mut self, near: Mention, msg: String) {
        let mut near = near;
        let mut tokentext = String::new();
        if near != Mention::Nothing {
            if self.ungotten {
                let _ = self.gettoken(0);
            }
            match &self.tok {
                Tok::Eof => tokentext = "end of file".into(),
                Tok::Error(_) => near = Mention::Nothing,
                _ => {
                    let raw = String::from_utf8_lossy(&self.lex.src[self.lex.start..self.lex.pos]).into_owned();
                    tokentext = if raw.chars().count() > 30 {
                        format!("'{}...'", raw.chars().take(30).collect::<String>())
                    } else {
                        format!("'{raw}'")
                    };
                }
            }
        }
        let prep = match near {
            Mention::Near if !tokentext.is_empty() => " near ",
            Mention::Before if !tokentext.is_empty() => " before ",
            Mention::Nothing if matches!(self.tok, Tok::Error(_)) => " ",
            Mention::Nothing => "",
            _ => " ",
        };
        self.log.push(format!("{}:{}: {msg}{prep}{tokentext}", self.file, self.line));
    }

    fn error(&mut self, near: Mention, msg: String) {
        self.complain(near, msg);
        self.errors += 1;
    }

    fn special(&mut self, c: u8) -> Result<(), ()> {
        self.gettoken(0)?;
        if self.tok == Tok::Special(c) {
            return Ok(());
        }
        self.error(Mention::Near, format!("'{}' expected", c as char));
        Err(())
    }

    fn semicolon(&mut self) -> Result<(), ()> {
        self.gettoken(0)?;
        if self.tok == Tok::Special(b';') {
            return Ok(());
        }
        self.error(Mention::Before, "missing ';'".into());
        self.ungettoken();
        Ok(())
    }

    fn eof(&mut self) -> bool {
        if self.gettoken(0).is_err() {
            return false;
        }
        if self.tok == Tok::Eof {
            return true;
        }
        self.error(Mention::Near, "syntax error".into());
        false
    }

    fn mapbody(&mut self) -> Result<Vec<Entry>, ()> {
        let mut entries = Vec::new();
        loop {
            self.gettoken(0)?;
            let Tok::Str(word) = self.tok.clone() else {
                self.ungettoken();
                break;
            };
            let clause = match word.to_ascii_lowercase().as_str() {
                "trust-anchors" => Some((Clause::TrustAnchors, "trust-anchors")),
                "managed-keys" => Some((Clause::ManagedKeys, "managed-keys")),
                "trusted-keys" => Some((Clause::TrustedKeys, "trusted-keys")),
                _ => None,
            };
            let Some((clause, cname)) = clause else {
                self.error(Mention::NoPrep, "unknown option".into());
                self.unsupported()?;
                self.semicolon()?;
                continue;
            };
            if clause != Clause::TrustAnchors {
                self.complain(Mention::Nothing, format!("option '{cname}' is deprecated"));
            }
            self.special(b'{')?;
            loop {
                self.gettoken(0)?;
                self.ungettoken();
                if self.tok == Tok::Special(b'}') {
                    break;
                }
                let e = self.entry(clause)?;
                self.semicolon()?;
                entries.push(e);
            }
            self.special(b'}')?;
            self.semicolon()?;
        }
        Ok(entries)
    }

    fn unsupported(&mut self) -> Result<(), ()> {
        let mut braces = 0i32;
        loop {
            self.gettoken(0)?;
            self.ungettoken();
            match self.tok {
                Tok::Special(b'{') => braces += 1,
                Tok::Special(b'}') => braces -= 1,
                Tok::Special(b';') if braces == 0 => return Ok(()),
                _ => {}
            }
            if self.tok == Tok::Eof || braces < 0 {
                self.error(Mention::Near, "unexpected token".into());
                return Err(());
            }
            self.gettoken(LEX_QSTRING)?;
        }
    }

    fn entry(&mut self, clause: Clause) -> Result<Entry, ()> {
        let line = self.line;
        self.gettoken(LEX_QSTRING)?;
        let name = match &self.tok {
            Tok::Str(s) | Tok::QStr(s) => s.clone(),
            _ => {
                self.error(Mention::Near, "expected string".into());
                return Err(());
            }
        };
        let anchortype = if clause == Clause::TrustedKeys {
            None
        } else {
            self.gettoken(0)?;
            let Tok::Str(s) = self.tok.clone() else {
                self.error(Mention::Near, "expected unquoted string".into());
                return Err(());
            };
            if !["static-key", "initial-key", "static-ds", "initial-ds"].iter().any(|e| e.eq_ignore_ascii_case(&s)) {
                self.error(Mention::Nothing, format!("'{s}' unexpected"));
                return Err(());
            }
            Some(s)
        };
        let mut rdata = [0u32; 3];
        for r in rdata.iter_mut() {
            self.gettoken(LEX_NUMBER)?;
            let Tok::Num(n) = self.tok else {
                self.error(Mention::Near, "expected number".into());
                return Err(());
            };
            *r = n;
        }
        self.gettoken(LEX_QSTRING)?;
        let Tok::QStr(data) = self.tok.clone() else {
            self.error(Mention::Near, "expected quoted string".into());
            return Err(());
        };
        Ok(Entry { clause, name, anchortype, rdata, data, line, file: self.file.to_string() })
    }
}

#[cfg(test)]
#[path = "anchors_tests.rs"]
mod tests;
