//! RDATA to text: BIND 9.18's per-type `totext_*` (and the helpers they
//! share: `isc_hex_totext`, `isc_base64_totext` and base32hex, encoded by
//! data-encoding and split into words as BIND does; character strings,
//! type bitmaps, inet_ntop, the serial-window times), for RDATA that
//! `super::fromwire` has already accepted.
//!
//! `totext_kind` builds the presentation text of one record in the given
//! `Style` (or None where BIND's own totext gives up); `super::to_text`
//! returns it to the renderers (render::dig, render::nslookup,
//! render::table), which put it after the owner, TTL, class and type.

use data_encoding::{BASE32HEX_NOPAD, BASE64, HEXLOWER, HEXUPPER};

use super::{Kind, Style, key_nokey, u16_at, u32_at};
use crate::wire::name::Name;
use crate::wire::types;

/// dst_region_computeid: the DNSSEC key tag of KEY/DNSKEY RDATA.
pub fn key_id(rdata: &[u8]) -> u16 {
    let mut ac: u32 = 0;
    let mut i = 0;
    while i + 1 < rdata.len() {
        ac = ac.wrapping_add((u32::from(rdata[i]) << 8) + u32::from(rdata[i + 1]));
        i += 2;
    }
    if i < rdata.len() {
        ac = ac.wrapping_add(u32::from(rdata[i]) << 8);
    }
    ac = ac.wrapping_add((ac >> 16) & 0xffff);
    (ac & 0xffff) as u16
}

/// isc_hex_totext (upper-case digits).
fn hex_totext(s: &mut String, data: &[u8], wordlength: i64, wordbreak: &str) {
    // One byte is 2 digits.
    let per_word = groups_per_word(wordlength.max(2), 2) * 2;
    push_words(s, &HEXUPPER.encode(data), per_word, wordbreak);
}

/// isc_base64_totext (with `=` padding).
fn base64_totext(s: &mut String, data: &[u8], wordlength: i64, wordbreak: &str) {
    // Three bytes are 4 characters; the last, padded group is a group too.
    let per_word = groups_per_word(wordlength.max(4), 4) * 4;
    push_words(s, &BASE64.encode(data), per_word, wordbreak);
}

/// isc_base32hexnp_totext (no padding; as used for NSEC3 next hashes).
fn base32hexnp_totext(s: &mut String, data: &[u8], wordlength: i64, wordbreak: &str) {
    let encoded = BASE32HEX_NOPAD.encode(data);
    let wl = if (0..8).contains(&wordlength) { 8 } else { wordlength };
    if wl < 0 {
        // BIND tests `wordlength >= 0` before each break: never split.
        s.push_str(&encoded);
        return;
    }
    // Five bytes are 8 characters; a short last group ends the loop.
    push_words(s, &encoded, groups_per_word(wl, 8) * 8, wordbreak);
}

/// How many encoded groups of `group` characters go into one word in
/// BIND's isc_*_totext loops: after each group they break once
/// `(loops + 1) * group >= wordlength`, so a word has the fewest groups
/// (at least one) for which that holds.
fn groups_per_word(wordlength: i64, group: i64) -> usize {
    let groups = (wordlength + group - 1).div_euclid(group) - 1;
    usize::try_from(groups.max(1)).unwrap_or(usize::MAX)
}

/// Appends `encoded` (ASCII) in words of `per_word` characters with
/// `wordbreak` between them, none after the last, as BIND's isc_*_totext
/// loops split their output.
fn push_words(s: &mut String, encoded: &str, per_word: usize, wordbreak: &str) {
    let per_word = per_word.max(1);
    let mut rest = encoded;
    while rest.len() > per_word {
        let (word, tail) = rest.split_at(per_word);
        s.push_str(word);
        s.push_str(wordbreak);
        rest = tail;
    }
    s.push_str(rest);
}

/// commatxt_totext: one <character-string>; returns the bytes consumed.
fn txt_totext(s: &mut String, data: &[u8], quote: bool, comma: bool) -> usize {
    let n = usize::from(data[0]);
    let body = &data[1..1 + n];
    if quote {
        s.push('"');
    }
    for &c in body {
        if c < if quote { b' ' } else { b'!' } || c >= 0x7f {
            push_ddd(s, c);
            continue;
        }
        if c == b'"' || c == b'\\' || (comma && c == b',') || (!comma && !quote && (c == b'@' || c == b';')) {
            s.push('\\');
            if comma && (c == b',' || c == b'\\') {
                s.push('\\');
                if c == b'\\' {
                    s.push('\\');
                }
            }
        }
        s.push(c as char);
    }
    if quote {
        s.push('"');
    }
    n + 1
}

fn push_ddd(s: &mut String, c: u8) {
    s.push('\\');
    s.push((b'0' + c / 100) as char);
    s.push((b'0' + (c / 10) % 10) as char);
    s.push((b'0' + c % 10) as char);
}

/// multitxt_totext: the whole region as one quoted string (URI, CAA value,
/// SVCB unknown keys).
fn multitxt_totext(s: &mut String, data: &[u8]) {
    s.push('"');
    for &c in data {
        if !(b' '..0x7f).contains(&c) {
            push_ddd(s, c);
            continue;
        }
        if c == b'"' || c == b'\\' {
            s.push('\\');
        }
        s.push(c as char);
    }
    s.push('"');
}

fn ipv4(s: &mut String, b: &[u8]) {
    let mut v = Vec::with_capacity(15);
    ipv4_to_bytes(&mut v, b);
    s.push_str(std::str::from_utf8(&v).unwrap_or_default());
}

/// A dotted quad appended to `out` (inet_ntop(AF_INET)).
pub fn ipv4_to_bytes(out: &mut Vec<u8>, b: &[u8]) {
    for (i, &octet) in b[..4].iter().enumerate() {
        if i > 0 {
            out.push(b'.');
        }
        if octet >= 100 {
            out.push(b'0' + octet / 100);
        }
        if octet >= 10 {
            out.push(b'0' + (octet / 10) % 10);
        }
        out.push(b'0' + octet % 10);
    }
}

/// glibc inet_ntop(AF_INET6): longest run (first on ties) of two or more
/// zero groups compressed, IPv4-compatible (::a.b.c.d) and IPv4-mapped
/// (::ffff:a.b.c.d) addresses with a dotted quad. Hand-written because
/// std's Display does not print IPv4-compatible addresses that way.
pub fn ipv6_to_text(b: &[u8]) -> String {
    let w: Vec<u16> = (0..8).map(|i| u16_at(b, i * 2)).collect();
    let (mut best_base, mut best_len) = (-1i32, 0i32);
    let (mut cur_base, mut cur_len) = (-1i32, 0i32);
    for (i, &word) in w.iter().enumerate() {
        if word == 0 {
            if cur_base == -1 {
                cur_base = i as i32;
                cur_len = 1;
            } else {
                cur_len += 1;
            }
        } else if cur_base != -1 {
            if best_base == -1 || cur_len > best_len {
                best_base = cur_base;
                best_len = cur_len;
            }
            cur_base = -1;
        }
    }
    if cur_base != -1 && (best_base == -1 || cur_len > best_len) {
        best_base = cur_base;
        best_len = cur_len;
    }
    if best_base != -1 && best_len < 2 {
        best_base = -1;
    }
    let mut s = String::new();
    let mut i = 0i32;
    while i < 8 {
        if best_base != -1 && i >= best_base && i < best_base + best_len {
            if i == best_base {
                s.push(':');
            }
            i += 1;
            continue;
        }
        if i != 0 {
            s.push(':');
        }
        if i == 6 && best_base == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)) {
            ipv4(&mut s, &b[12..16]);
            break;
        }
        s.push_str(&format!("{:x}", w[i as usize]));
        i += 1;
    }
    if best_base != -1 && best_base + best_len == 8 {
        s.push(':');
    }
    s
}

pub(super) fn ipv6(s: &mut String, b: &[u8], style: &Style) {
    let t = ipv6_to_text(b);
    s.push_str(&t);
    if style.yaml && t.ends_with(':') {
        s.push('0');
    }
}

/// dns_time64_from32 + dns_time64_totext: YYYYMMDDHHMMSS in the 136-year
/// window centred on "now" (serial-number arithmetic).
pub fn time32_to_text(value: u32, now: u32) -> String {
    let start = i64::from(now);
    let t = if (value.wrapping_sub(now) as i32) > 0 {
        start + i64::from(value.wrapping_sub(now))
    } else {
        start - i64::from(now.wrapping_sub(value))
    };
    time64_to_text(t)
}

fn time64_to_text(t: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::calendar::utc(t);
    format!("{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}")
}

fn now32(style: &Style) -> u32 {
    style.now.unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as u32).unwrap_or(0))
}

/// dns_ttl_totext(verbose = true): "1 week 2 days 3 hours", "0 seconds".
pub fn ttl_verbose(src: u32) -> String {
    let secs = src % 60;
    let mins = (src / 60) % 60;
    let hours = (src / 3600) % 24;
    let days = (src / 86400) % 7;
    let weeks = src / 604800;
    let mut parts: Vec<String> = Vec::new();
    let mut f = |n: u32, unit: &str| parts.push(format!("{n} {unit}{}", if n == 1 { "" } else { "s" }));
    if weeks != 0 {
        f(weeks, "week");
    }
    if days != 0 {
        f(days, "day");
    }
    if hours != 0 {
        f(hours, "hour");
    }
    if mins != 0 {
        f(mins, "minute");
    }
    if secs != 0 || (weeks == 0 && days == 0 && hours == 0 && mins == 0) {
        f(secs, "second");
    }
    parts.join(" ")
}

/// unknown_totext: `\# len hex` (RFC 3597), split like BIND.
pub fn unknown_to_text(rdata: &[u8], style: &Style) -> String {
    let mut s = format!("\\# {}", rdata.len());
    if !rdata.is_empty() {
        s.push_str(if style.multiline { " ( " } else { " " });
        if style.width == 0 {
            hex_totext(&mut s, rdata, 0, "");
        } else {
            hex_totext(&mut s, rdata, style.wl(2), &style.linebreak);
        }
        if style.multiline {
            s.push_str(" )");
        }
    }
    s
}

/// Read the uncompressed name at `d[*i..]` (validated data) and advance.
fn name_at(d: &[u8], i: &mut usize) -> Name {
    let (n, len) = Name::from_wire_uncompressed(&d[*i..]).unwrap_or((Name::root(), 1));
    *i += len;
    n
}

fn push_name(s: &mut String, d: &[u8], i: &mut usize) {
    s.push_str(&name_at(d, i).to_text(false));
}

/// typemap_totext (NSEC, NSEC3, CSYNC).
fn typemap_totext(s: &mut String, d: &[u8], multiline_break: Option<&str>) {
    let mut first = true;
    let mut i = 0;
    while i + 2 <= d.len() {
        if let Some(lb) = multiline_break {
            s.push_str(lb);
            first = true;
        }
        let window = usize::from(d[i]);
        let len = usize::from(d[i + 1]);
        i += 2;
        for j in 0..len.min(d.len() - i) {
            let byte = d[i + j];
            for k in 0..8 {
                if byte & (0x80 >> k) == 0 {
                    continue;
                }
                let t = (window * 256 + j * 8 + k) as u16;
                if !first {
                    s.push(' ');
                }
                first = false;
                s.push_str(&types::type_to_text(t));
            }
        }
        i += len;
    }
}

/// The "wide field" pattern shared by many types: ` (` when multi-line,
/// the line break, the field split by width, ` )` when multi-line.
fn b64_field(s: &mut String, d: &[u8], style: &Style) {
    if style.width == 0 {
        base64_totext(s, d, 60, "");
    } else {
        base64_totext(s, d, style.wl(2), &style.linebreak);
    }
}

fn hex_field(s: &mut String, d: &[u8], style: &Style) {
    if style.width == 0 {
        hex_totext(s, d, 0, "");
    } else {
        hex_totext(s, d, style.wl(2), &style.linebreak);
    }
}

fn open_paren(s: &mut String, style: &Style) {
    if style.multiline {
        s.push_str(" (");
    }
    s.push_str(&style.linebreak);
}

fn close_paren(s: &mut String, style: &Style) {
    if style.multiline {
        s.push_str(" )");
    }
}

fn loc_size(v: u8) -> String {
    let mant = u64::from(v >> 4);
    let exp = u32::from(v & 0x0f);
    if exp > 1 { format!("{}m", mant * 10u64.pow(exp - 2)) } else { format!("0.{:02}m", mant * 10u64.pow(exp)) }
}

pub(super) fn totext_kind(k: Kind, rtype: u16, d: &[u8], style: &Style) -> Option<String> {
    use Kind::*;
    let mut s = String::new();
    let mut i = 0usize;
    match k {
        Default | Null | Keydata => return None,
        InA => ipv4(&mut s, d),
        ChA => {
            push_name(&mut s, d, &mut i);
            s.push_str(&format!(" {:o}", u16_at(d, i)));
        }
        Name1 => push_name(&mut s, d, &mut i),
        Soa => {
            push_name(&mut s, d, &mut i);
            s.push(' ');
            push_name(&mut s, d, &mut i);
            let comm = style.multiline && style.rrcomments;
            if style.multiline {
                s.push_str(" (");
            }
            s.push_str(&style.linebreak);
            const FIELDS: [&str; 5] = ["serial", "refresh", "retry", "expire", "minimum"];
            for (f, name) in FIELDS.iter().enumerate() {
                let num = u32_at(d, i + 4 * f);
                if comm {
                    s.push_str(&format!("{num:<10} ; {name}"));
                    if f >= 1 {
                        s.push_str(&format!(" ({})", ttl_verbose(num)));
                    }
                    s.push_str(&style.linebreak);
                } else {
                    s.push_str(&num.to_string());
                    if f < 4 {
                        s.push_str(&style.linebreak);
                    }
                }
            }
            if style.multiline {
                s.push(')');
            }
        }
        Wks => {
            ipv4(&mut s, d);
            s.push_str(&format!(" {}", d[4]));
            for (j, &b) in d[5..].iter().enumerate() {
                for bit in 0..8 {
                    if b & (0x80 >> bit) != 0 {
                        s.push_str(&format!(" {}", j * 8 + bit));
                    }
                }
            }
        }
        Hinfo => {
            i += txt_totext(&mut s, d, true, false);
            s.push(' ');
            txt_totext(&mut s, &d[i..], true, false);
        }
        Name2 => {
            push_name(&mut s, d, &mut i);
            s.push(' ');
            push_name(&mut s, d, &mut i);
        }
        Mx => {
            s.push_str(&format!("{} ", u16_at(d, 0)));
            i = 2;
            push_name(&mut s, d, &mut i);
        }
        Txt => {
            while i < d.len() {
                i += txt_totext(&mut s, &d[i..], true, false);
                if i < d.len() {
                    s.push(' ');
                }
            }
        }
        X25 => {
            txt_totext(&mut s, d, true, false);
        }
        Isdn => {
            i += txt_totext(&mut s, d, true, false);
            if i < d.len() {
                s.push(' ');
                txt_totext(&mut s, &d[i..], true, false);
            }
        }
        Nsap => {
            s.push_str("0x");
            HEXLOWER.encode_append(d, &mut s);
        }
        Sig | Rrsig => {
            let covered = u16_at(d, 0);
            if types::type_is_known(covered) && covered != 0 {
                s.push_str(&types::type_to_text(covered));
            } else if k == Sig {
                s.push_str(&covered.to_string());
            } else {
                s.push_str(&format!("TYPE{covered}"));
            }
            s.push_str(&format!(" {} {} {}", d[2], d[3], u32_at(d, 4)));
            let now = now32(style);
            if k == Sig {
                s.push(' ');
                s.push_str(&time32_to_text(u32_at(d, 8), now));
                open_paren(&mut s, style);
                s.push_str(&time32_to_text(u32_at(d, 12), now));
                s.push(' ');
            } else {
                open_paren(&mut s, style);
                s.push_str(&time32_to_text(u32_at(d, 8), now));
                s.push(' ');
                s.push_str(&time32_to_text(u32_at(d, 12), now));
                s.push(' ');
            }
            s.push_str(&format!("{} ", u16_at(d, 16)));
            i = 18;
            push_name(&mut s, d, &mut i);
            s.push_str(&style.linebreak);
            if k == Rrsig && style.nocrypto {
                s.push_str("[omitted]");
            } else {
                b64_field(&mut s, &d[i..], style);
            }
            close_paren(&mut s, style);
        }
        Key => {
            let flags = u16_at(d, 0);
            s.push_str(&format!("{} {} {}", flags, d[2], d[3]));
            let keyinfo = if flags & 1 != 0 { if flags & 0x80 != 0 { "revoked KSK" } else { "KSK" } } else { "ZSK" };
            if key_nokey(rtype, flags) {
                return Some(s);
            }
            let alg = d[3];
            let algbuf = if style.rrcomments && alg == 253 {
                let mut j = 4;
                name_at(d, &mut j).to_text(true)
            } else {
                types::secalg_to_text(alg)
            };
            open_paren(&mut s, style);
            if !style.nocrypto {
                b64_field(&mut s, &d[4..], style);
            } else {
                s.push_str(&format!("[key id = {}]", key_id(d)));
            }
            if style.rrcomments {
                s.push_str(&style.linebreak);
            } else if style.multiline {
                s.push(' ');
            }
            if style.multiline {
                s.push(')');
            }
            if style.rrcomments {
                if rtype == 48 || rtype == 60 {
                    s.push_str(" ; ");
                    s.push_str(keyinfo);
                }
                s.push_str("; alg = ");
                s.push_str(&algbuf);
                s.push_str(&format!(" ; key id = {}", key_id(d)));
            }
        }
        Px => {
            s.push_str(&format!("{} ", u16_at(d, 0)));
            i = 2;
            push_name(&mut s, d, &mut i);
            s.push(' ');
            push_name(&mut s, d, &mut i);
        }
        Gpos => {
            for f in 0..3 {
                i += txt_totext(&mut s, &d[i..], true, false);
                if f != 2 {
                    s.push(' ');
                }
            }
        }
        Aaaa => {
            if style.expand_aaaa {
                // 8 groups of 4 digits, leading zeros kept.
                push_words(&mut s, &HEXLOWER.encode(d), 4, ":");
            } else {
                ipv6(&mut s, d, style);
            }
        }
        Loc => {
            if d[0] != 0 {
                return None;
            }
            let sbuf = loc_size(d[1]);
            let hbuf = loc_size(d[2]);
            let vbuf = loc_size(d[3]);
            let dms = |v: u32, max_pos: bool| -> (u64, u64, u64, u64, bool) {
                let (pos, mut x) = if v >= 0x8000_0000 { (true, u64::from(v - 0x8000_0000)) } else { (false, u64::from(0x8000_0000 - v)) };
                let _ = max_pos;
                let fs = x % 1000;
                x /= 1000;
                let sec = x % 60;
                x /= 60;
                let m = x % 60;
                x /= 60;
                (x, m, sec, fs, pos)
            };
            let (d1, m1, s1, fs1, north) = dms(u32_at(d, 4), true);
            let (d2, m2, s2, fs2, east) = dms(u32_at(d, 8), true);
            let alt = u32_at(d, 12);
            let (below, a) = if alt < 10_000_000 { (true, 10_000_000 - alt) } else { (false, alt - 10_000_000) };
            s.push_str(&format!(
                "{} {} {}.{:03} {} {} {} {}.{:03} {} {}{}.{:02}m {} {} {}",
                d1,
                m1,
                s1,
                fs1,
                if north { "N" } else { "S" },
                d2,
                m2,
                s2,
                fs2,
                if east { "E" } else { "W" },
                if below { "-" } else { "" },
                a / 100,
                a % 100,
                sbuf,
                hbuf,
                vbuf
            ));
        }
        Nxt => {
            push_name(&mut s, d, &mut i);
            for (j, &b) in d[i..].iter().enumerate() {
                for bit in 0..8 {
                    if b & (0x80 >> bit) != 0 {
                        let t = (j * 8 + bit) as u16;
                        s.push(' ');
                        if types::type_is_known(t) {
                            s.push_str(&types::type_to_text(t));
                        } else {
                            s.push_str(&t.to_string());
                        }
                    }
                }
            }
        }
        Hexdata => {
            if style.multiline {
                s.push_str("( ");
            }
            if style.width == 0 {
                hex_totext(&mut s, d, 60, "");
            } else {
                hex_totext(&mut s, d, style.wl(2), &style.linebreak);
            }
            close_paren(&mut s, style);
        }
        Srv => {
            s.push_str(&format!("{} {} {} ", u16_at(d, 0), u16_at(d, 2), u16_at(d, 4)));
            i = 6;
            push_name(&mut s, d, &mut i);
        }
        Atma => match d[0] {
            0 => HEXLOWER.encode_append(&d[1..], &mut s),
            1 => {
                s.push('+');
                s.push_str(&String::from_utf8_lossy(&d[1..]));
            }
            _ => return None,
        },
        Naptr => {
            s.push_str(&format!("{} {} ", u16_at(d, 0), u16_at(d, 2)));
            i = 4;
            for _ in 0..3 {
                i += txt_totext(&mut s, &d[i..], true, false);
                s.push(' ');
            }
            push_name(&mut s, d, &mut i);
        }
        Cert => {
            s.push_str(&types::cert_type_to_text(u16_at(d, 0)));
            s.push_str(&format!(" {} ", u16_at(d, 2)));
            s.push_str(&types::secalg_to_text(d[4]));
            open_paren(&mut s, style);
            b64_field(&mut s, &d[5..], style);
            close_paren(&mut s, style);
        }
        A6 => {
            let plen = d[0];
            s.push_str(&format!("{plen} "));
            i = 1;
            if plen != 128 {
                let octets = usize::from(plen / 8);
                let mut addr = [0u8; 16];
                addr[octets..].copy_from_slice(&d[1..1 + 16 - octets]);
                addr[octets] &= 0xff >> (plen % 8);
                ipv6(&mut s, &addr, style);
                i += 16 - octets;
            }
            if plen == 0 {
                return Some(s);
            }
            s.push(' ');
            push_name(&mut s, d, &mut i);
        }
        Sink => {
            s.push_str(&format!("{} {} {}", d[0], d[1], d[2]));
            if d.len() > 3 {
                open_paren(&mut s, style);
                b64_field(&mut s, &d[3..], style);
                close_paren(&mut s, style);
            }
        }
        Opt => {
            while i < d.len() {
                let option = u16_at(d, i);
                let length = usize::from(u16_at(d, i + 2));
                i += 4;
                s.push_str(&format!("{option} {length}"));
                if length > 0 {
                    open_paren(&mut s, style);
                    b64_field(&mut s, &d[i..i + length], style);
                    i += length;
                    close_paren(&mut s, style);
                }
                if i < d.len() {
                    s.push(' ');
                }
            }
        }
        Apl => {
            let mut sep = "";
            while i < d.len() {
                let afi = u16_at(d, i);
                let prefix = d[i + 2];
                let len = usize::from(d[i + 3] & 0x7f);
                let neg = d[i + 3] & 0x80 != 0;
                i += 4;
                if !(afi == 1 || afi == 2) || len > 16 {
                    // BIND's apl totext knows only IPv4 and IPv6 prefixes:
                    // anything else is printed in the unknown format.
                    return None;
                }
                s.push_str(&format!("{sep}{}{afi}:", if neg { "!" } else { "" }));
                let mut buf = [0u8; 16];
                buf[..len].copy_from_slice(&d[i..i + len]);
                match afi {
                    1 => ipv4(&mut s, &buf),
                    2 => ipv6(&mut s, &buf, style),
                    _ => return None,
                }
                s.push_str(&format!("/{prefix}"));
                i += len;
                sep = " ";
            }
        }
        Ds => {
            s.push_str(&format!("{} {} {}", u16_at(d, 0), d[2], d[3]));
            open_paren(&mut s, style);
            if style.nocrypto {
                s.push_str("[omitted]");
            } else {
                hex_field(&mut s, &d[4..], style);
            }
            close_paren(&mut s, style);
        }
        Sshfp => {
            s.push_str(&format!("{} {}", d[0], d[1]));
            if d.len() > 2 {
                open_paren(&mut s, style);
                hex_field(&mut s, &d[2..], style);
                close_paren(&mut s, style);
            }
        }
        Ipseckey => {
            if d[1] > 3 {
                return None;
            }
            if style.multiline {
                s.push_str("( ");
            }
            s.push_str(&format!("{} {} {} ", d[0], d[1], d[2]));
            i = 3;
            match d[1] {
                0 => s.push('.'),
                1 => {
                    ipv4(&mut s, &d[3..7]);
                    i += 4;
                }
                2 => {
                    ipv6(&mut s, &d[3..19], style);
                    i += 16;
                }
                _ => push_name(&mut s, d, &mut i),
            }
            if i < d.len() {
                s.push_str(&style.linebreak);
                b64_field(&mut s, &d[i..], style);
            }
            close_paren(&mut s, style);
        }
        Nsec => {
            push_name(&mut s, d, &mut i);
            if i < d.len() {
                s.push(' ');
            }
            typemap_totext(&mut s, &d[i..], None);
        }
        Dhcid => {
            if style.multiline {
                s.push_str("( ");
            }
            b64_field(&mut s, d, style);
            if style.multiline {
                s.push_str(" )");
                if d.len() > 2 {
                    s.push_str(&format!(" ; {} {} {}", u16_at(d, 0), d[2], d.len() - 3));
                }
            }
        }
        Nsec3 | Nsec3param => {
            s.push_str(&format!("{} {} {} ", d[0], d[1], u16_at(d, 2)));
            let saltlen = usize::from(d[4]);
            i = 5;
            if saltlen != 0 {
                hex_totext(&mut s, &d[i..i + saltlen], 1, "");
            } else {
                s.push('-');
            }
            i += saltlen;
            if k == Nsec3 {
                open_paren(&mut s, style);
                let hl = usize::from(d[i]);
                i += 1;
                base32hexnp_totext(&mut s, &d[i..i + hl], 1, "");
                i += hl;
                if !style.multiline && i < d.len() {
                    s.push(' ');
                }
                typemap_totext(&mut s, &d[i..], if style.multiline { Some(&style.linebreak) } else { None });
                close_paren(&mut s, style);
            }
        }
        Tlsa => {
            s.push_str(&format!("{} {} {}", d[0], d[1], d[2]));
            open_paren(&mut s, style);
            hex_field(&mut s, &d[3..], style);
            close_paren(&mut s, style);
        }
        Hip => {
            let hit_len = usize::from(d[0]);
            let alg = d[1];
            let key_len = usize::from(u16_at(d, 2));
            i = 4;
            if style.multiline {
                s.push_str("( ");
            }
            s.push_str(&format!("{alg} "));
            hex_totext(&mut s, &d[i..i + hit_len], 1, "");
            i += hit_len;
            s.push_str(&style.linebreak);
            base64_totext(&mut s, &d[i..i + key_len], 1, "");
            i += key_len;
            if i < d.len() {
                s.push_str(&style.linebreak);
            }
            while i < d.len() {
                push_name(&mut s, d, &mut i);
                if i < d.len() {
                    s.push_str(&style.linebreak);
                }
            }
            close_paren(&mut s, style);
        }
        Openpgpkey => {
            if style.multiline {
                s.push_str("( ");
            }
            if style.nocrypto {
                s.push_str("[omitted]");
            } else {
                b64_field(&mut s, d, style);
            }
            close_paren(&mut s, style);
        }
        Csync => {
            s.push_str(&format!("{} {}", u32_at(d, 0), u16_at(d, 4)));
            if d.len() > 6 {
                s.push(' ');
            }
            typemap_totext(&mut s, &d[6..], None);
        }
        Zonemd => {
            s.push_str(&format!("{} {} {}", u32_at(d, 0), d[4], d[5]));
            open_paren(&mut s, style);
            if style.nocrypto {
                s.push_str("[omitted]");
            } else {
                hex_field(&mut s, &d[6..], style);
            }
            close_paren(&mut s, style);
        }
        Svcb => svcb_totext(&mut s, d),
        Dsync => {
            let t = u16_at(d, 0);
            if types::type_is_known(t) && t != 0 {
                s.push_str(&types::type_to_text(t));
            } else {
                s.push_str(&format!("TYPE{t}"));
            }
            s.push_str(&format!(" {} {} ", types::dsync_scheme_to_text(d[2]), u16_at(d, 3)));
            i = 5;
            push_name(&mut s, d, &mut i);
        }
        B64data => {
            if style.multiline {
                s.push_str(" (");
            }
            b64_field(&mut s, d, style);
            close_paren(&mut s, style);
        }
        Nid => {
            s.push_str(&format!("{} {:x}:{:x}:{:x}:{:x}", u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), u16_at(d, 6), u16_at(d, 8)));
        }
        L32 => {
            s.push_str(&format!("{} ", u16_at(d, 0)));
            ipv4(&mut s, &d[2..6]);
        }
        Eui48 | Eui64 => {
            push_words(&mut s, &HEXLOWER.encode(d), 2, "-");
        }
        Tkey => {
            push_name(&mut s, d, &mut i);
            s.push_str(&format!(" {} {} {} ", u32_at(d, i), u32_at(d, i + 4), u16_at(d, i + 8)));
            s.push_str(&types::tsig_rcode_to_text(u16_at(d, i + 10)));
            s.push(' ');
            i += 12;
            let n = usize::from(u16_at(d, i));
            i += 2;
            s.push_str(&n.to_string());
            open_paren(&mut s, style);
            b64_field(&mut s, &d[i..i + n], style);
            s.push_str(if style.multiline { " ) " } else { " " });
            i += n;
            let n = usize::from(u16_at(d, i));
            i += 2;
            s.push_str(&n.to_string());
            if n != 0 {
                open_paren(&mut s, style);
                b64_field(&mut s, &d[i..i + n], style);
                close_paren(&mut s, style);
            }
        }
        Tsig => {
            push_name(&mut s, d, &mut i);
            s.push(' ');
            let t = (u64::from(u16_at(d, i)) << 32) | u64::from(u32_at(d, i + 2));
            s.push_str(&format!("{t} {} ", u16_at(d, i + 6)));
            i += 8;
            let n = usize::from(u16_at(d, i));
            i += 2;
            s.push_str(&n.to_string());
            if n != 0 {
                open_paren(&mut s, style);
                b64_field(&mut s, &d[i..i + n], style);
                s.push_str(if style.multiline { " ) " } else { " " });
                i += n;
            } else {
                s.push(' ');
            }
            s.push_str(&format!("{} ", u16_at(d, i)));
            s.push_str(&types::tsig_rcode_to_text(u16_at(d, i + 2)));
            let n = u16_at(d, i + 4);
            s.push_str(&format!(" {n} "));
            i += 6;
            if style.width == 0 {
                base64_totext(&mut s, &d[i..], 60, "");
            } else {
                base64_totext(&mut s, &d[i..], 60, " ");
            }
        }
        Uri => {
            s.push_str(&format!("{} {} ", u16_at(d, 0), u16_at(d, 2)));
            multitxt_totext(&mut s, &d[4..]);
        }
        Caa => {
            s.push_str(&format!("{} ", d[0]));
            i = 1 + txt_totext(&mut s, &d[1..], false, false);
            s.push(' ');
            multitxt_totext(&mut s, &d[i..]);
        }
        Doa => {
            s.push_str(&format!("{} {} {} ", u32_at(d, 0), u32_at(d, 4), d[8]));
            i = 9 + txt_totext(&mut s, &d[9..], true, false);
            s.push(' ');
            if i == d.len() {
                s.push('-');
            } else {
                base64_totext(&mut s, &d[i..], 60, "");
            }
        }
        Amtrelay => {
            let gw = d[1] & 0x7f;
            if gw > 3 {
                return None;
            }
            s.push_str(&format!("{} {} {} ", d[0], d[1] >> 7, gw));
            match gw {
                0 => s.push('.'),
                1 => ipv4(&mut s, &d[2..6]),
                2 => ipv6(&mut s, &d[2..18], style),
                _ => {
                    i = 2;
                    push_name(&mut s, d, &mut i);
                }
            }
        }
    }
    Some(s)
}

/// SvcParamKey names BIND prints (only the "initial" set: key 7, dohpath,
/// is printed as key7 in 9.18, with a quoted string value).
fn svc_key_name(key: u16) -> (String, u8) {
    match key {
        0 => ("mandatory".into(), 0),
        1 => ("alpn".into(), 1),
        2 => ("no-default-alpn".into(), 2),
        3 => ("port".into(), 3),
        4 => ("ipv4hint".into(), 4),
        5 => ("ech".into(), 5),
        6 => ("ipv6hint".into(), 6),
        _ => (format!("key{key}"), 255),
    }
}

fn svcb_totext(s: &mut String, d: &[u8]) {
    s.push_str(&format!("{} ", u16_at(d, 0)));
    let mut i = 2;
    push_name(s, d, &mut i);
    while i < d.len() {
        s.push(' ');
        let key = u16_at(d, i);
        let (name, enc) = svc_key_name(key);
        s.push_str(&name);
        let len = usize::from(u16_at(d, i + 2));
        i += 4;
        let v = &d[i..i + len];
        i += len;
        if len == 0 {
            continue;
        }
        if enc != 2 {
            s.push('=');
        }
        match enc {
            0 => {
                let keys: Vec<String> = v.chunks(2).map(|c| svc_key_name(u16_at(c, 0)).0).collect();
                s.push_str(&keys.join(","));
            }
            1 => {
                s.push('"');
                let mut j = 0;
                while j < v.len() {
                    j += txt_totext(s, &v[j..], false, true);
                    if j < v.len() {
                        s.push(',');
                    }
                }
                s.push('"');
            }
            3 => s.push_str(&u16_at(v, 0).to_string()),
            4 => {
                let a: Vec<String> = v.chunks(4).map(|c| format!("{}.{}.{}.{}", c[0], c[1], c[2], c[3])).collect();
                s.push_str(&a.join(","));
            }
            5 => base64_totext(s, v, 0, ""),
            6 => {
                let a: Vec<String> = v.chunks(16).map(ipv6_to_text).collect();
                s.push_str(&a.join(","));
            }
            _ => multitxt_totext(s, v),
        }
    }
}
