//! RDATA: validation from the wire (BIND 9.18's per-type `fromwire_*`)
//! and presentation as text (BIND's `dns_rdata_totext` /
//! `dns_rdata_tofmttext` with each type's `totext_*`), for every type BIND
//! 9.18 implements, byte for byte.
//!
//! This module holds what both directions share: the formatting knobs
//! (`Style`, built from dig's options `DigFlags`), the (type, class)
//! dispatch (`Kind`), and the entry points. The work per type is in
//! `fromwire` (checking and uncompressing the wire bytes) and `totext`
//! (BIND's presentation text); the unit tests are in `tests`.
//!
//! Data flow: `message::parse` calls `fromwire` for every record (which
//! checks the RDATA like BIND, expands compressed names and returns the
//! uncompressed RDATA stored in `Record::rdata`); the renderers call
//! `to_text(rtype, class, &record.rdata, &style)` with a `Style` built for
//! the output mode (see the constructors, which mirror bin/dig/dig.c and
//! bin/dig/nslookup.c).
//!
//! `to_text` re-validates the RDATA with `fromwire` first (compression not
//! allowed, as BIND's rdata_validate); RDATA BIND could not have accepted,
//! and the few cases where BIND's own totext gives up (LOC version != 0,
//! unknown IPSECKEY/AMTRELAY gateway types, ATMA formats > 1, APL address
//! families other than 1 and 2), are printed in the RFC 3597 form
//! `\# len hex`, as BIND does for unknown types.
//!
//! The hex, base64 and base32hex encodings come from data-encoding; the
//! rest is hand-written rather than taken from a crate (hickory's RData
//! Display): BIND's output has its own escaping, splitting of the encoded
//! fields into words (lengths computed from the style width) and
//! validation results, and dig's output must match it byte for byte.

mod fromwire;
mod totext;

#[cfg(test)]
mod tests;

pub use fromwire::nsec3_owner_ok;
pub(crate) use fromwire::utf8_valid;
pub use totext::{ipv4_to_bytes, ipv6_to_text, key_id, time32_to_text, ttl_verbose, unknown_to_text};

use super::name::{Name, WireError, WireReader};
use super::types;

/// The formatting knobs BIND's totext functions read (dns_rdata_textctx_t):
/// DNS_STYLEFLAG_* bits that affect RDATA, the width used to split long
/// base64/hex fields and the line-break string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Style {
    /// DNS_STYLEFLAG_MULTILINE: parentheses around long fields and
    /// `linebreak` between them.
    pub multiline: bool,
    /// DNS_STYLEFLAG_RRCOMMENT: `; KSK; alg = ...` after DNSKEYs and the
    /// SOA field comments (the latter only together with `multiline`).
    pub rrcomments: bool,
    /// DNS_STYLEFLAG_NOCRYPTO (+nocrypto): DNSKEY `[key id = N]`, RRSIG,
    /// DS, ZONEMD digests and OPENPGPKEY as `[omitted]`.
    pub nocrypto: bool,
    /// DNS_STYLEFLAG_UNKNOWNFORMAT (+unknownformat): everything as `\#`.
    pub unknown_format: bool,
    /// DNS_STYLEFLAG_EXPANDAAAA (+expandaaaa): AAAA as 8 groups of 4 digits.
    pub expand_aaaa: bool,
    /// DNS_STYLEFLAG_YAML: an IPv6 address ending in "::" gets a "0".
    pub yaml: bool,
    /// tctx->width: 0 means "do not split"; base64 fields are split into
    /// words of `width - 2` characters, hex fields likewise.
    pub width: u32,
    /// tctx->linebreak: " " on one line; "\n" plus the indentation to the
    /// RDATA column in multi-line mode.
    pub linebreak: String,
    /// The clock used to expand 32-bit RRSIG/SIG times (BIND's
    /// dns_time64_from32 picks the 136-year window around "now"). None =
    /// the system clock; tests fix it.
    pub now: Option<u32>,
}

impl Default for Style {
    fn default() -> Self {
        Style::nslookup()
    }
}

/// dig's options that change how RDATA is printed, in dig.c's terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DigFlags {
    /// +short (say_message: dns_rdata_tofmttext with width 0).
    pub short: bool,
    /// +multiline.
    pub multiline: bool,
    /// lookup->rrcomments: +rrcomments = 1, +norrcomments = -1 (also set
    /// by +short and +nocomments... see dig.c), default 0 (on only with
    /// +multiline).
    pub rrcomments: i8,
    pub nocrypto: bool,
    pub unknownformat: bool,
    pub expandaaaa: bool,
    pub nottl: bool,
    pub noclass: bool,
    pub yaml: bool,
    /// +split=W as typed by the user (dig rounds it up to a multiple of 4
    /// and adds 3); Some(0) is +nosplit. None: dig's default (0xffffffff).
    pub split: Option<u32>,
}

impl Style {
    /// nslookup: every record goes through plain `dns_rdata_totext`
    /// (flags 0, width 60, linebreak " "). named-rrchecker -p prints the same.
    pub fn nslookup() -> Style {
        Style {
            multiline: false,
            rrcomments: false,
            nocrypto: false,
            unknown_format: false,
            expand_aaaa: false,
            yaml: false,
            width: 60,
            linebreak: " ".into(),
            now: None,
        }
    }

    /// dig's default sections (printmessage, no options): not multi-line,
    /// split width unset, so dns_rdata_tofmttext uses width 60 and " ".
    pub fn dig() -> Style {
        Style::from_dig(&DigFlags::default())
    }

    /// dig +multiline: style columns 24/24/24/32, line length 80, so width
    /// 48, linebreak "\n" + 4 tabs (indent to column 32), rrcomments on.
    pub fn dig_multiline() -> Style {
        Style::from_dig(&DigFlags { multiline: true, ..Default::default() })
    }

    /// dig +short (say_message): `dns_rdata_tofmttext(rdata, NULL, flags,
    /// 0, splitwidth, " ")`, i.e. width 60 by default, never multi-line,
    /// rrcomments off.
    pub fn short() -> Style {
        Style::from_dig(&DigFlags { short: true, rrcomments: -1, ..Default::default() })
    }

    /// The style dig.c builds for the given options (printmessage's
    /// dns_master_stylecreate + dns_rdata_tofmttext, or say_message's).
    pub fn from_dig(f: &DigFlags) -> Style {
        let splitwidth: u32 = match f.split {
            None => 0xffff_ffff,
            Some(0) => 0,
            Some(w) => w.div_ceil(4) * 4 + 3,
        };
        let mut s = Style::nslookup();
        s.nocrypto = f.nocrypto;
        s.unknown_format = f.unknownformat;
        s.expand_aaaa = f.expandaaaa;
        if f.short {
            s.rrcomments = f.rrcomments > 0;
            s.width = if splitwidth == 0xffff_ffff { 60 } else { splitwidth };
            s.linebreak = " ".into();
            return s;
        }
        if f.yaml {
            // printmessage's YAML branch sets only DNS_STYLEFLAG_YAML: no
            // rrcomments, nocrypto, unknownformat, expandaaaa or multiline.
            return Style { yaml: true, width: if splitwidth == 0xffff_ffff { 60 } else { splitwidth }, ..Style::nslookup() };
        }
        let multiline = f.multiline;
        s.rrcomments = f.rrcomments > 0 || (multiline && f.rrcomments >= 0);
        s.multiline = multiline;
        let rdata_column: u32 = if f.multiline || (f.nottl && f.noclass) {
            32
        } else if f.nottl || f.noclass {
            40
        } else {
            48
        };
        if multiline {
            s.width = if splitwidth == 0xffff_ffff { 80 - rdata_column } else { splitwidth };
            // "\n" then tabs (tab width 8) up to the RDATA column.
            s.linebreak = format!("\n{}", "\t".repeat((rdata_column / 8) as usize));
        } else {
            s.width = if splitwidth == 0xffff_ffff { 60 } else { splitwidth };
            s.linebreak = " ".into();
        }
        s
    }

    /// `tctx->width - k` as BIND computes it: unsigned subtraction then
    /// conversion to int (so a width below k becomes negative).
    fn wl(&self, k: u32) -> i64 {
        i64::from(self.width.wrapping_sub(k) as i32)
    }
}

/// What BIND's FROMWIRESWITCH / TOTEXTSWITCH dispatch to for (type, class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No implementation for this type/class: raw copy, `\#` text.
    Default,
    InA,
    ChA,
    Name1,
    Soa,
    Null,
    Wks,
    Hinfo,
    Name2,
    Mx,
    Txt,
    X25,
    Isdn,
    Nsap,
    Sig,
    Key,
    Px,
    Gpos,
    Aaaa,
    Loc,
    Nxt,
    Hexdata,
    Srv,
    Atma,
    Naptr,
    Cert,
    A6,
    Sink,
    Opt,
    Apl,
    Ds,
    Sshfp,
    Ipseckey,
    Rrsig,
    Nsec,
    Dhcid,
    Nsec3,
    Nsec3param,
    Tlsa,
    Hip,
    Openpgpkey,
    Csync,
    Zonemd,
    Svcb,
    Dsync,
    B64data,
    Nid,
    L32,
    Eui48,
    Eui64,
    Tkey,
    Tsig,
    Uri,
    Caa,
    Doa,
    Amtrelay,
    Keydata,
}

fn kind(rtype: u16, class: u16) -> Kind {
    use Kind::*;
    let inc = class == types::class::IN;
    match rtype {
        1 if inc || class == types::class::HS => InA,
        1 if class == types::class::CH => ChA,
        2..=5 | 7..=9 | 12 | 39 => Name1,
        23 if inc => Name1,
        6 => Soa,
        10 => Null,
        11 if inc => Wks,
        13 => Hinfo,
        14 | 17 | 58 => Name2,
        15 | 18 | 21 | 107 => Mx,
        36 if inc => Mx,
        16 | 56 | 99 | 258 | 261 | 262 => Txt,
        19 => X25,
        20 => Isdn,
        22 if inc => Nsap,
        24 => Sig,
        25 | 48 | 57 | 60 => Key,
        26 if inc => Px,
        27 => Gpos,
        28 if inc => Aaaa,
        29 => Loc,
        30 => Nxt,
        31 | 32 if inc => Hexdata,
        33 if inc => Srv,
        34 if inc => Atma,
        35 => Naptr,
        37 => Cert,
        38 if inc => A6,
        40 => Sink,
        41 => Opt,
        42 if inc => Apl,
        43 | 59 | 32768 | 32769 => Ds,
        44 => Sshfp,
        45 => Ipseckey,
        46 => Rrsig,
        47 => Nsec,
        49 if inc => Dhcid,
        50 => Nsec3,
        51 => Nsec3param,
        52 | 53 => Tlsa,
        55 => Hip,
        61 => Openpgpkey,
        62 => Csync,
        63 => Zonemd,
        64 | 65 if inc => Svcb,
        66 => Dsync,
        67 | 68 => B64data,
        104 | 106 => Nid,
        105 => L32,
        108 => Eui48,
        109 => Eui64,
        249 => Tkey,
        250 if class == types::class::ANY => Tsig,
        256 => Uri,
        257 => Caa,
        259 => Doa,
        260 => Amtrelay,
        65533 => Keydata,
        _ => Default,
    }
}

/// DNS_RDATA_MAXLENGTH: RDATA that expands to more is FORMERR.
pub const RDATA_MAXLENGTH: usize = 65512;

/// The buffer size BIND's getrdata ends up trying for `rdlen` bytes of
/// wire RDATA: max(1232, 2*rdlen) doubled until >= 65535. Expanded RDATA
/// longer than this is ISC_R_NOSPACE ("ran out of space").
pub fn getrdata_limit(rdlen: usize) -> usize {
    let mut t = std::cmp::max(1232, 2 * rdlen);
    while t < 65535 {
        t *= 2;
    }
    t
}

/// dns_rdata_fromwire for one record: `r.pos` is at the RDATA, `r.active`
/// at its end. Appends the uncompressed RDATA to `out` (at most `limit`
/// bytes, see `getrdata_limit`). On success `r.pos == r.active`.
pub fn fromwire(rtype: u16, class: u16, r: &mut WireReader, out: &mut Vec<u8>, limit: usize) -> Result<(), WireError> {
    if rtype == 0 {
        return Err(WireError::FormErr);
    }
    let start = out.len();
    let res = fromwire::fromwire_kind(kind(rtype, class), rtype, r, out, limit);
    if let Err(e) = res {
        out.truncate(start);
        return Err(e);
    }
    if out.len() - start > RDATA_MAXLENGTH {
        out.truncate(start);
        return Err(WireError::FormErr);
    }
    if r.pos != r.active {
        out.truncate(start);
        return Err(WireError::ExtraData);
    }
    Ok(())
}

/// Check uncompressed RDATA as BIND's rdata_validate would (fromwire with
/// decompression off); Ok means `to_text` prints it in the type's format.
pub fn validate(rtype: u16, class: u16, rdata: &[u8]) -> Result<(), WireError> {
    // The uncompressed copy is thrown away: one buffer serves every call.
    thread_local! {
        static SCRATCH: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut r = WireReader::new(rdata, false);
    let mut out = SCRATCH.take();
    out.clear();
    let result = fromwire(rtype, class, &mut r, &mut out, usize::MAX);
    SCRATCH.set(out);
    result
}

/// [`to_text`] appended to `out` (an A record, and a record that is one
/// name (NS, CNAME, PTR...), without a String of its own).
pub fn write_text(out: &mut Vec<u8>, rtype: u16, class: u16, rdata: &[u8], style: &Style) {
    if !style.unknown_format {
        match kind(rtype, class) {
            Kind::InA if rdata.len() == 4 => {
                totext::ipv4_to_bytes(out, rdata);
                return;
            }
            Kind::Name1 if validate(rtype, class, rdata).is_ok() => {
                if let Some((name, _)) = Name::from_wire_uncompressed(rdata) {
                    name.write_text(out, false);
                    return;
                }
            }
            _ => {}
        }
    }
    out.extend_from_slice(to_text(rtype, class, rdata, style).as_bytes());
}

/// BIND's dns_rdata_tofmttext for one RDATA of `rtype` in `class`, with the
/// formatting of `style` (origin NULL, as dig and nslookup use it: names
/// are printed absolute). Unknown types and RDATA BIND would not accept or
/// cannot print are given as `\# len hex`.
pub fn to_text(rtype: u16, class: u16, rdata: &[u8], style: &Style) -> String {
    if style.unknown_format {
        return totext::unknown_to_text(rdata, style);
    }
    let k = kind(rtype, class);
    if k == Kind::Default || validate(rtype, class, rdata).is_err() {
        return totext::unknown_to_text(rdata, style);
    }
    match totext::totext_kind(k, rtype, rdata, style) {
        Some(s) => s,
        None => totext::unknown_to_text(rdata, style),
    }
}

/// The big-endian u16 at `s[i..]` (RDATA already checked to be long enough).
fn u16_at(s: &[u8], i: usize) -> u16 {
    (u16::from(s[i]) << 8) | u16::from(s[i + 1])
}

/// The big-endian u32 at `s[i..]`.
fn u32_at(s: &[u8], i: usize) -> u32 {
    (u32::from(s[i]) << 24) | (u32::from(s[i + 1]) << 16) | (u32::from(s[i + 2]) << 8) | u32::from(s[i + 3])
}

/// A KEY whose flags say "no key" (both bits of 0xc000): its RDATA ends
/// after the algorithm. DNSKEY, RKEY and CDNSKEY always carry a key.
fn key_nokey(rtype: u16, flags: u16) -> bool {
    match rtype {
        48 | 57 | 60 => false,
        _ => (flags & 0xc000) == 0xc000,
    }
}
