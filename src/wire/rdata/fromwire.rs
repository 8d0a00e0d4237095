//! RDATA from the wire: BIND 9.18's per-type `fromwire_*` checks, ported
//! one for one (including the NAPTR regexp, SVCB and DoH path validators),
//! so that a record BIND rejects is rejected here with the same result.
//!
//! `fromwire_kind` copies the RDATA of one record into the caller's buffer
//! with every compressed name expanded (and BIND's buffer limit), or fails
//! with BIND's error. Its data goes next to `Record::rdata` (through
//! `super::fromwire`, called by `message::parse`) and, re-checked by
//! `super::validate`, decides whether `super::to_text` may print the type's
//! format or must fall back to `\# len hex`.

use data_encoding::BASE32HEX_NOPAD;

use super::{Kind, key_nokey, u16_at, u32_at};
use crate::wire::name::{Name, WireError, WireReader};

/// Output buffer with BIND's "target buffer" size limit (ISC_R_NOSPACE).
struct Out<'o> {
    v: &'o mut Vec<u8>,
    start: usize,
    limit: usize,
}

impl Out<'_> {
    fn avail(&self) -> usize {
        self.limit.saturating_sub(self.v.len() - self.start)
    }
    fn put(&mut self, b: &[u8]) -> Result<(), WireError> {
        if b.len() > self.avail() {
            return Err(WireError::NoSpace);
        }
        self.v.extend_from_slice(b);
        Ok(())
    }
    /// dns_name_fromwire into this buffer: name_max is min(255, space
    /// left), and running past a smaller limit is ISC_R_NOSPACE.
    fn name(&mut self, r: &mut WireReader) -> Result<Name, WireError> {
        let avail = self.avail();
        let before = self.v.len();
        match r.read_name(self.v) {
            Ok(_) if self.v.len() - before > avail => {
                self.v.truncate(before);
                Err(WireError::NoSpace)
            }
            Err(WireError::NameTooLong) if avail < 255 => Err(WireError::NoSpace),
            res => res,
        }
    }
}

fn txt_fromwire(r: &mut WireReader, o: &mut Out) -> Result<(), WireError> {
    let s = r.active_region();
    if s.is_empty() {
        return Err(WireError::UnexpectedEnd);
    }
    let n = usize::from(s[0]) + 1;
    if n > s.len() {
        return Err(WireError::UnexpectedEnd);
    }
    o.put(&s[..n])?;
    r.forward(n);
    Ok(())
}

fn copy_fixed(r: &mut WireReader, o: &mut Out, n: usize) -> Result<(), WireError> {
    let s = r.active_region();
    if s.len() < n {
        return Err(WireError::UnexpectedEnd);
    }
    o.put(&s[..n])?;
    r.forward(n);
    Ok(())
}

fn copy_rest(r: &mut WireReader, o: &mut Out) -> Result<(), WireError> {
    let s = r.active_region();
    o.put(s)?;
    r.forward(s.len());
    Ok(())
}

fn copy_rest_min(r: &mut WireReader, o: &mut Out, min: usize) -> Result<(), WireError> {
    if r.active_len() < min {
        return Err(WireError::UnexpectedEnd);
    }
    copy_rest(r, o)
}

fn exact_len(r: &mut WireReader, o: &mut Out, n: usize) -> Result<(), WireError> {
    if r.active_len() != n {
        return Err(WireError::FormErr);
    }
    copy_rest(r, o)
}

/// typemap_test (NSEC, NSEC3, CSYNC type bitmaps).
fn typemap_test(s: &[u8], allow_empty: bool) -> Result<(), WireError> {
    let mut i = 0;
    let mut first = true;
    let mut last_window = 0u8;
    while i < s.len() {
        if i + 2 > s.len() {
            return Err(WireError::FormErr);
        }
        let window = s[i];
        let len = usize::from(s[i + 1]);
        i += 2;
        if !first && window <= last_window {
            return Err(WireError::FormErr);
        }
        if !(1..=32).contains(&len) {
            return Err(WireError::FormErr);
        }
        if i + len > s.len() {
            return Err(WireError::FormErr);
        }
        if s[i + len - 1] == 0 {
            return Err(WireError::FormErr);
        }
        last_window = window;
        first = false;
        i += len;
    }
    if !allow_empty && first {
        return Err(WireError::FormErr);
    }
    Ok(())
}

/// The per-type part of dns_rdata_fromwire: appends the RDATA of kind `k`
/// at `r` to `out` with its names uncompressed, at most `limit` bytes.
pub(super) fn fromwire_kind(k: Kind, rtype: u16, r: &mut WireReader, out: &mut Vec<u8>, limit: usize) -> Result<(), WireError> {
    let start = out.len();
    let mut o = Out { v: out, start, limit };
    by_kind(k, rtype, r, &mut o)
}

fn by_kind(k: Kind, rtype: u16, r: &mut WireReader, o: &mut Out) -> Result<(), WireError> {
    use Kind::*;
    match k {
        Default | Null | Keydata => copy_rest(r, o),
        InA => copy_fixed(r, o, 4),
        ChA => {
            o.name(r)?;
            copy_fixed(r, o, 2)
        }
        Name1 => o.name(r).map(|_| ()),
        Soa => {
            o.name(r)?;
            o.name(r)?;
            copy_fixed(r, o, 20)
        }
        Wks => {
            let s = r.active_region();
            if s.len() < 5 {
                return Err(WireError::UnexpectedEnd);
            }
            if s.len() > 8 * 1024 + 5 {
                return Err(WireError::ExtraData);
            }
            if s.len() > 5 && s[s.len() - 1] == 0 {
                return Err(WireError::FormErr);
            }
            copy_rest(r, o)
        }
        Hinfo => {
            txt_fromwire(r, o)?;
            txt_fromwire(r, o)
        }
        Name2 => {
            o.name(r)?;
            o.name(r).map(|_| ())
        }
        Mx => {
            copy_fixed(r, o, 2)?;
            o.name(r).map(|_| ())
        }
        Txt => loop {
            txt_fromwire(r, o)?;
            if r.pos == r.active {
                return Ok(());
            }
        },
        X25 => {
            let s = r.active_region();
            if s.len() < 5 || usize::from(s[0]) != s.len() - 1 {
                return Err(WireError::FormErr);
            }
            if !s[1..].iter().all(u8::is_ascii_digit) {
                return Err(WireError::FormErr);
            }
            txt_fromwire(r, o)
        }
        Isdn => {
            txt_fromwire(r, o)?;
            if r.pos == r.active {
                return Ok(());
            }
            txt_fromwire(r, o)
        }
        Nsap | Hexdata | Dhcid | Openpgpkey | B64data => copy_rest_min(r, o, 1),
        Sig | Rrsig => {
            copy_fixed(r, o, 18)?;
            o.name(r)?;
            if r.active_len() < 1 {
                return Err(if k == Sig { WireError::UnexpectedEnd } else { WireError::FormErr });
            }
            copy_rest(r, o)
        }
        Key => {
            let s = r.active_region();
            if s.len() < 4 {
                return Err(WireError::UnexpectedEnd);
            }
            let flags = u16_at(s, 0);
            if rtype == 57 && flags != 0 {
                return Err(WireError::FormErr);
            }
            let alg = s[3];
            o.put(&s[..4])?;
            r.forward(4);
            if key_nokey(rtype, flags) {
                return Ok(());
            }
            if s.len() == 4 {
                return Err(WireError::UnexpectedEnd);
            }
            if alg == 253 {
                o.name(r)?;
            }
            copy_rest(r, o)
        }
        Px => {
            copy_fixed(r, o, 2)?;
            o.name(r)?;
            o.name(r).map(|_| ())
        }
        Gpos => {
            for _ in 0..3 {
                txt_fromwire(r, o)?;
            }
            Ok(())
        }
        Aaaa => copy_fixed(r, o, 16),
        Loc => {
            let s = r.active_region();
            if s.is_empty() {
                return Err(WireError::UnexpectedEnd);
            }
            if s[0] != 0 {
                return copy_rest(r, o);
            }
            if s.len() < 16 {
                return Err(WireError::UnexpectedEnd);
            }
            for &c in &s[1..4] {
                if c != 0 && ((c & 0xf) > 9 || (c >> 4) > 9 || (c >> 4) == 0) {
                    return Err(WireError::Range);
                }
            }
            let lat = u32_at(s, 4);
            if !(0x8000_0000u32 - 90 * 3_600_000..=0x8000_0000u32 + 90 * 3_600_000).contains(&lat) {
                return Err(WireError::Range);
            }
            let lon = u32_at(s, 8);
            if !(0x8000_0000u32 - 180 * 3_600_000..=0x8000_0000u32 + 180 * 3_600_000).contains(&lon) {
                return Err(WireError::Range);
            }
            copy_fixed(r, o, 16)
        }
        Nxt => {
            o.name(r)?;
            let s = r.active_region();
            if !s.is_empty() && ((s[0] & 0x80) != 0 || s.len() > 16 || s[s.len() - 1] == 0) {
                return Err(WireError::BadBitmap);
            }
            copy_rest(r, o)
        }
        Srv => {
            copy_fixed(r, o, 6)?;
            o.name(r).map(|_| ())
        }
        Atma => {
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            if s[0] == 1 && !s[1..].iter().all(u8::is_ascii_digit) {
                return Err(WireError::FormErr);
            }
            copy_rest(r, o)
        }
        Naptr => {
            copy_fixed(r, o, 4)?;
            txt_fromwire(r, o)?;
            txt_fromwire(r, o)?;
            let at = o.v.len();
            txt_fromwire(r, o)?;
            let regex = o.v[at..].to_vec();
            txt_valid_regex(&regex)?;
            o.name(r).map(|_| ())
        }
        Cert => copy_rest_min(r, o, 6),
        A6 => {
            let s = r.active_region();
            if s.is_empty() {
                return Err(WireError::UnexpectedEnd);
            }
            let plen = s[0];
            if plen > 128 {
                return Err(WireError::Range);
            }
            o.put(&s[..1])?;
            r.forward(1);
            if plen != 128 {
                let octets = 16 - usize::from(plen / 8);
                let s = &s[1..];
                if s.len() < octets {
                    return Err(WireError::UnexpectedEnd);
                }
                let mask = 0xffu8 >> (plen % 8);
                if s[0] & !mask != 0 {
                    return Err(WireError::FormErr);
                }
                o.put(&s[..octets])?;
                r.forward(octets);
            }
            if plen == 0 {
                return Ok(());
            }
            o.name(r).map(|_| ())
        }
        Sink => copy_rest_min(r, o, 3),
        Opt => opt_fromwire(r, o),
        Apl => {
            let s = r.active_region();
            let mut i = 0;
            while i < s.len() {
                if s.len() - i < 4 {
                    return Err(WireError::UnexpectedEnd);
                }
                let afi = u16_at(s, i);
                let prefix = s[i + 2];
                let len = usize::from(s[i + 3] & 0x7f);
                i += 4;
                if len > s.len() - i {
                    return Err(WireError::UnexpectedEnd);
                }
                match afi {
                    1 if prefix > 32 || len > 4 => return Err(WireError::Range),
                    2 if prefix > 128 || len > 16 => return Err(WireError::Range),
                    _ => {}
                }
                if len > 0 && s[i + len - 1] == 0 {
                    return Err(WireError::FormErr);
                }
                i += len;
            }
            copy_rest(r, o)
        }
        Ds => {
            let s = r.active_region();
            let need = match s.get(3) {
                Some(1) => Some(4 + 20),
                Some(2) => Some(4 + 32),
                Some(4) => Some(4 + 48),
                _ => None,
            };
            if s.len() < 5 || need.is_some_and(|n| s.len() < n) {
                return Err(WireError::UnexpectedEnd);
            }
            match need {
                Some(n) => copy_fixed(r, o, n),
                None => copy_rest(r, o),
            }
        }
        Sshfp => {
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            if (s[1] == 1 && s.len() != 22) || (s[1] == 2 && s.len() != 34) {
                return Err(WireError::FormErr);
            }
            copy_rest(r, o)
        }
        Ipseckey => {
            let s = r.active_region();
            if s.len() < 3 {
                return Err(WireError::UnexpectedEnd);
            }
            match s[1] {
                0 => copy_rest_min(r, o, 4),
                1 => copy_rest_min(r, o, 8),
                2 => copy_rest_min(r, o, 20),
                3 => {
                    o.put(&s[..3])?;
                    r.forward(3);
                    o.name(r)?;
                    let rest = r.active_region();
                    r.forward(rest.len());
                    if rest.is_empty() {
                        return Err(WireError::UnexpectedEnd);
                    }
                    o.put(rest)
                }
                _ => Err(WireError::NotImplemented),
            }
        }
        Nsec => {
            o.name(r)?;
            let s = r.active_region();
            typemap_test(s, false)?;
            copy_rest(r, o)
        }
        Nsec3 => {
            let s = r.active_region();
            if s.len() < 5 {
                return Err(WireError::FormErr);
            }
            let hash = s[0];
            let saltlen = usize::from(s[4]);
            let mut i = 5;
            if s.len() - i < saltlen {
                return Err(WireError::FormErr);
            }
            i += saltlen;
            if s.len() - i < 1 {
                return Err(WireError::FormErr);
            }
            let hashlen = usize::from(s[i]);
            i += 1;
            let ok =
                if hash == 1 { hashlen == 20 && s.len() - i >= hashlen } else { (1..=39).contains(&hashlen) && s.len() - i >= hashlen };
            if !ok {
                return Err(WireError::FormErr);
            }
            i += hashlen;
            typemap_test(&s[i..], true)?;
            copy_rest(r, o)
        }
        Nsec3param => {
            let s = r.active_region();
            if s.len() < 5 || s.len() - 5 != usize::from(s[4]) {
                return Err(WireError::FormErr);
            }
            copy_rest(r, o)
        }
        Tlsa => copy_rest_min(r, o, 4),
        Hip => {
            let s = r.active_region();
            if s.len() < 4 {
                return Err(WireError::FormErr);
            }
            let hit_len = usize::from(s[0]);
            if hit_len == 0 {
                return Err(WireError::FormErr);
            }
            let key_len = usize::from(u16_at(s, 2));
            if key_len == 0 {
                return Err(WireError::FormErr);
            }
            if hit_len + key_len > s.len() - 4 {
                return Err(WireError::FormErr);
            }
            o.put(&s[..4 + hit_len + key_len])?;
            r.forward(4 + hit_len + key_len);
            // isc_buffer_activelength is unsigned: "> 0" is "!= 0".
            while r.pos != r.active {
                o.name(r)?;
            }
            Ok(())
        }
        Csync => {
            copy_fixed(r, o, 6)?;
            typemap_test(r.active_region(), true)?;
            copy_rest(r, o)
        }
        Zonemd => {
            let s = r.active_region();
            if s.len() < 18 {
                return Err(WireError::UnexpectedEnd);
            }
            let dl = match s[5] {
                1 => 48,
                2 => 64,
                _ => 0,
            };
            if dl != 0 && s.len() < 6 + dl {
                return Err(WireError::UnexpectedEnd);
            }
            if dl != 0 { copy_fixed(r, o, 6 + dl) } else { copy_rest(r, o) }
        }
        Svcb => svcb_fromwire(r, o),
        Dsync => {
            copy_fixed(r, o, 5)?;
            o.name(r).map(|_| ())
        }
        Nid => exact_len(r, o, 10),
        L32 | Eui48 => exact_len(r, o, 6),
        Eui64 => exact_len(r, o, 8),
        Tkey => {
            o.name(r)?;
            copy_fixed(r, o, 12)?;
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            let n = usize::from(u16_at(s, 0));
            copy_fixed(r, o, n + 2)?;
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            let n = usize::from(u16_at(s, 0));
            copy_fixed(r, o, n + 2)
        }
        Tsig => {
            o.name(r)?;
            copy_fixed(r, o, 8)?;
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            let n = usize::from(u16_at(s, 0));
            copy_fixed(r, o, n + 2)?;
            copy_fixed(r, o, 4)?;
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            let n = usize::from(u16_at(s, 0));
            copy_fixed(r, o, n + 2)
        }
        Uri => copy_rest_min(r, o, 4),
        Caa => {
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            o.put(&s[..2])?;
            r.forward(2);
            let len = usize::from(s[1]);
            let rest = &s[2..];
            if rest.len() < len || len == 0 {
                return Err(WireError::FormErr);
            }
            if !rest[..len].iter().all(u8::is_ascii_alphanumeric) {
                return Err(WireError::FormErr);
            }
            copy_rest(r, o)
        }
        Doa => {
            let s = r.active_region();
            if s.len() < 10 {
                return Err(WireError::UnexpectedEnd);
            }
            if usize::from(s[9]) > s.len() - 10 {
                return Err(WireError::UnexpectedEnd);
            }
            copy_rest(r, o)
        }
        Amtrelay => {
            let s = r.active_region();
            if s.len() < 2 {
                return Err(WireError::UnexpectedEnd);
            }
            match s[1] & 0x7f {
                0 => exact_len(r, o, 2),
                1 => exact_len(r, o, 6),
                2 => exact_len(r, o, 18),
                3 => {
                    copy_fixed(r, o, 2)?;
                    o.name(r).map(|_| ())
                }
                _ => copy_rest(r, o),
            }
        }
    }
}

/// BIND's isc_utf8_valid() (which, unlike Rust's check, accepts UTF-16
/// surrogates). Also used by render::dig for EDNS option text.
pub(crate) fn utf8_valid(b: &[u8]) -> bool {
    let mut i = 0;
    let len = b.len();
    while i < len {
        if b[i] <= 0x7f {
            i += 1;
            continue;
        }
        if i + 1 < len && (b[i] & 0xe0) == 0xc0 && (b[i + 1] & 0xc0) == 0x80 {
            let w = (u32::from(b[i] & 0x1f) << 6) | u32::from(b[i + 1] & 0x3f);
            if w < 0x80 {
                return false;
            }
            i += 2;
            continue;
        }
        if i + 2 < len && (b[i] & 0xf0) == 0xe0 && (b[i + 1] & 0xc0) == 0x80 && (b[i + 2] & 0xc0) == 0x80 {
            let w = (u32::from(b[i] & 0x0f) << 12) | (u32::from(b[i + 1] & 0x3f) << 6) | u32::from(b[i + 2] & 0x3f);
            if w < 0x800 {
                return false;
            }
            i += 3;
            continue;
        }
        if i + 3 < len && (b[i] & 0xf8) == 0xf0 && (b[i + 1] & 0xc0) == 0x80 && (b[i + 2] & 0xc0) == 0x80 && (b[i + 3] & 0xc0) == 0x80 {
            let w = (u32::from(b[i] & 0x07) << 18)
                | (u32::from(b[i + 1] & 0x3f) << 12)
                | (u32::from(b[i + 2] & 0x3f) << 6)
                | u32::from(b[i + 3] & 0x3f);
            if !(0x10000..=0x10ffff).contains(&w) {
                return false;
            }
            i += 4;
            continue;
        }
        return false;
    }
    true
}

/// fromwire_opt: walks the options and checks the ones BIND knows.
fn opt_fromwire(r: &mut WireReader, o: &mut Out) -> Result<(), WireError> {
    let s = r.active_region();
    let mut i = 0;
    while i < s.len() {
        if s.len() - i < 4 {
            return Err(WireError::UnexpectedEnd);
        }
        let opt = u16_at(s, i);
        let length = usize::from(u16_at(s, i + 2));
        i += 4;
        if s.len() - i < length {
            return Err(WireError::UnexpectedEnd);
        }
        let v = &s[i..i + length];
        let bad = match opt {
            1 => length != 18, // LLQ
            8 => {
                // CLIENT-SUBNET
                if length < 4 {
                    true
                } else {
                    let family = u16_at(v, 0);
                    let addrlen = v[2];
                    let scope = v[3];
                    let fam_bad = match family {
                        0 => addrlen != 0 || scope != 0,
                        1 => addrlen > 32 || scope > 32,
                        2 => addrlen > 128 || scope > 128,
                        _ => true,
                    };
                    if fam_bad {
                        true
                    } else {
                        let addrbytes = usize::from(addrlen).div_ceil(8);
                        if addrbytes + 4 != length {
                            true
                        } else if addrbytes != 0 && !addrlen.is_multiple_of(8) {
                            let last = v[4 + addrbytes - 1];
                            let bits = (0xffu8 << (8 - addrlen % 8)) & last;
                            bits != last
                        } else {
                            false
                        }
                    }
                }
            }
            9 => length != 0 && length != 4,                                                 // EXPIRE
            10 => length != 8 && !(16..=40).contains(&length),                               // COOKIE
            14 => length == 0 || length % 2 != 0,                                            // KEY-TAG
            15 => length < 2 || v[2..].starts_with(b"\xef\xbb\xbf") || !utf8_valid(&v[2..]), // EDE
            16 | 17 => length != 2,                                                          // CLIENT-TAG, SERVER-TAG
            _ => false,
        };
        if bad {
            return Err(WireError::OptErr);
        }
        i += length;
    }
    copy_rest(r, o)
}

fn svcb_validate(key: u16, v: &[u8]) -> Result<(), WireError> {
    let ok = match key {
        0 => {
            // mandatory: key list, in strictly increasing order
            v.len().is_multiple_of(2)
                && !v.is_empty()
                && v.chunks(2).collect::<Vec<_>>().windows(2).all(|w| u16_at(w[0], 0) < u16_at(w[1], 0))
        }
        1 => {
            // alpn
            let mut ok = !v.is_empty();
            let mut i = 0;
            while ok && i < v.len() {
                let l = usize::from(v[i]) + 1;
                if l == 1 || l > v.len() - i {
                    ok = false;
                }
                i += l;
            }
            ok
        }
        2 => v.is_empty(),
        3 => v.len() == 2,
        4 => !v.is_empty() && v.len().is_multiple_of(4),
        6 => !v.is_empty() && v.len().is_multiple_of(16),
        7 => validate_dohpath(v),
        _ => true,
    };
    if ok { Ok(()) } else { Err(WireError::FormErr) }
}

fn svcb_fromwire(r: &mut WireReader, o: &mut Out) -> Result<(), WireError> {
    copy_fixed(r, o, 2)?;
    o.name(r)?;
    let s = r.active_region();
    let mut i = 0;
    let mut first = true;
    let mut have_alpn = false;
    let mut lastkey = 0u16;
    let mut mankey = 0u16;
    let mut man: &[u8] = &[];
    while i < s.len() {
        if s.len() - i < 2 {
            return Err(WireError::UnexpectedEnd);
        }
        o.put(&s[i..i + 2])?;
        let key = u16_at(s, i);
        i += 2;
        if !first && key <= lastkey {
            return Err(WireError::FormErr);
        }
        if mankey != 0 {
            if key > mankey {
                return Err(WireError::FormErr);
            }
            if key == mankey {
                if man.len() >= 2 {
                    mankey = u16_at(man, 0);
                    man = &man[2..];
                } else {
                    mankey = 0;
                }
            }
        }
        if key == 1 {
            have_alpn = true;
        } else if key == 2 && !have_alpn {
            return Err(WireError::FormErr);
        }
        first = false;
        lastkey = key;
        if s.len() - i < 2 {
            return Err(WireError::UnexpectedEnd);
        }
        o.put(&s[i..i + 2])?;
        let len = usize::from(u16_at(s, i));
        i += 2;
        if s.len() - i < len {
            return Err(WireError::UnexpectedEnd);
        }
        let v = &s[i..i + len];
        if key == 0 {
            if v.len() >= 2 {
                mankey = u16_at(v, 0);
                man = &v[2..];
                if mankey == 0 {
                    return Err(WireError::FormErr);
                }
            } else {
                return Err(WireError::FormErr);
            }
        }
        svcb_validate(key, v)?;
        o.put(v)?;
        i += len;
        r.forward(len + 4);
    }
    if mankey != 0 {
        return Err(WireError::FormErr);
    }
    Ok(())
}

/// validate_dohpath (rdata.c): a relative URI template with a "dns"
/// variable. Ported state for state, including its quirks (after a prefix
/// ",", the variable start is not reset).
pub(super) fn validate_dohpath(v: &[u8]) -> bool {
    #[derive(PartialEq, Clone, Copy)]
    enum St {
        Path,
        Variable,
        Percent1,
        Percent2,
        VarPercent1,
        VarPercent2,
        Prefix,
        Explode,
    }
    if v.is_empty() || v[0] != b'/' || !utf8_valid(v) {
        return false;
    }
    let mut state = St::Path;
    let mut p = 0usize;
    let mut vs = 0usize; // 'v'
    let mut n = 0usize;
    let mut dns = false;
    let mut wasop = false;
    while p < v.len() {
        match state {
            St::Path => {
                let c = v[p];
                p += 1;
                match c {
                    b'{' => {
                        state = St::Variable;
                        wasop = false;
                        vs = p;
                    }
                    b'%' => state = St::Percent1,
                    _ => {}
                }
            }
            St::Variable => {
                let c = v[p];
                p += 1;
                match c {
                    b'+' | b'#' | b'.' | b'/' | b';' | b'?' | b'&' => {
                        if p != vs + 1 || wasop {
                            return false;
                        }
                        wasop = true;
                        vs = p;
                    }
                    b'=' | b'!' | b'@' | b'|' => return false,
                    b'*' | b':' | b'}' | b',' => {
                        if p == vs + 1 {
                            return false;
                        }
                        if p - vs == 4 && &v[vs..vs + 3] == b"dns" {
                            dns = true;
                        }
                        match c {
                            b':' => {
                                state = St::Prefix;
                                n = p;
                            }
                            b'}' => state = St::Path,
                            b'*' => state = St::Explode,
                            _ => {
                                wasop = false;
                                vs = p;
                            }
                        }
                    }
                    b'%' => state = St::VarPercent1,
                    _ => {
                        if c != b'_' && !c.is_ascii_alphanumeric() {
                            return false;
                        }
                    }
                }
            }
            St::Explode => {
                let c = v[p];
                p += 1;
                match c {
                    b',' => {
                        state = St::Variable;
                        wasop = false;
                        vs = p;
                    }
                    b'}' => state = St::Path,
                    _ => return false,
                }
            }
            St::Percent1 | St::Percent2 | St::VarPercent1 | St::VarPercent2 => {
                let c = v[p];
                p += 1;
                if !c.is_ascii_hexdigit() {
                    return false;
                }
                state = match state {
                    St::Percent1 => St::Percent2,
                    St::Percent2 => St::Path,
                    St::VarPercent1 => St::VarPercent2,
                    _ => St::Variable,
                };
            }
            St::Prefix => {
                let c = v[p];
                p += 1;
                if !c.is_ascii_digit() {
                    if p == n + 1 || p - n > 5 || v[n] == b'0' {
                        return false;
                    }
                    match c {
                        b',' => {
                            state = St::Variable;
                            wasop = false;
                        }
                        b'}' => state = St::Path,
                        _ => return false,
                    }
                }
            }
        }
    }
    state == St::Path && dns
}

/// txt_valid_regex (naptr_35.c): the NAPTR regexp field must be
/// `delim ERE delim replacement delim flags` with a valid ERE.
pub(super) fn txt_valid_regex(txt: &[u8]) -> Result<(), WireError> {
    let syntax = Err(WireError::Syntax);
    let mut len = usize::from(txt[0]);
    if len == 0 {
        return Ok(());
    }
    let mut t = 1;
    let delim = txt[t];
    t += 1;
    len -= 1;
    if delim.is_ascii_digit() || delim == b'\\' || delim == b'i' || delim == 0 {
        return syntax;
    }
    let mut regex: Vec<u8> = Vec::new();
    let mut nsub = 0u32;
    let mut flags = false;
    let mut replace = false;
    while len > 0 {
        len -= 1;
        let mut c = txt[t];
        t += 1;
        if c == 0 {
            return syntax;
        }
        if c == delim && !replace {
            replace = true;
            continue;
        } else if c == delim && !flags {
            flags = true;
            continue;
        } else if c == delim {
            return syntax;
        }
        if flags {
            if c == b'i' {
                continue;
            }
            return syntax;
        }
        if !replace {
            regex.push(c);
        }
        if c == b'\\' {
            if len == 0 {
                return syntax;
            }
            c = txt[t];
            t += 1;
            if c == 0 {
                return syntax;
            }
            len -= 1;
            if replace {
                match c {
                    b'0' => return syntax,
                    b'1'..=b'9' => nsub = nsub.max(u32::from(c - b'0')),
                    _ => {}
                }
            }
            if !replace {
                regex.push(c);
            }
        }
    }
    if !flags {
        return syntax;
    }
    let n = regex_validate(&regex);
    if n < 0 || nsub > n as u32 {
        return syntax;
    }
    Ok(())
}

/// isc_regex_validate (lib/isc/regex.c): checks a POSIX ERE in the C locale
/// and returns the number of subexpressions, or -1. Ported as is, since
/// NAPTR RDATA it rejects makes BIND reject the whole message.
pub(super) fn regex_validate(re: &[u8]) -> i32 {
    #[derive(PartialEq, Clone, Copy)]
    enum St {
        None,
        Bracket,
        Bound,
        Ce,
        Ec,
        Cc,
    }
    const CC: [&[u8]; 12] = [
        b":alnum:",
        b":digit:",
        b":punct:",
        b":alpha:",
        b":graph:",
        b":space:",
        b":blank:",
        b":lower:",
        b":upper:",
        b":cntrl:",
        b":print:",
        b":xdigit:",
    ];
    // A NUL-terminated view: at(i) is 0 past the end, like the C string.
    let at = |i: usize| -> u8 { re.get(i).copied().unwrap_or(0) };
    // `*c` as a (signed) C char.
    let sc = |b: u8| -> i32 { i32::from(b as i8) };
    if re.is_empty() {
        return -1;
    }
    let mut state = St::None;
    let mut seen_comma = false;
    let mut seen_high = false;
    let mut seen_char = false;
    let mut seen_ec = false;
    let mut seen_ce = false;
    let mut have_atom = false;
    let mut group = 0i32;
    let mut range = 0i32;
    let mut sub = 0i32;
    let mut empty_ok = false;
    let mut neg = false;
    let mut was_multiple = false;
    let mut low = 0u32;
    let mut high = 0u32;
    let mut ccname = 0usize;
    let mut range_start = 0i32;
    let mut c = 0usize;
    while at(c) != 0 {
        match state {
            St::None => match at(c) {
                b'\\' => {
                    c += 1;
                    match at(c) {
                        b'1'..=b'9' => {
                            if i32::from(at(c) - b'0') > sub {
                                return -1;
                            }
                            have_atom = true;
                            was_multiple = false;
                            c += 1;
                        }
                        0 => return -1,
                        _ => {
                            have_atom = true;
                            was_multiple = false;
                            c += 1;
                        }
                    }
                }
                b'[' => {
                    c += 1;
                    neg = false;
                    was_multiple = false;
                    seen_char = false;
                    state = St::Bracket;
                }
                b'{' => match at(c + 1) {
                    b'0'..=b'9' => {
                        if !have_atom || was_multiple {
                            return -1;
                        }
                        seen_comma = false;
                        seen_high = false;
                        low = 0;
                        high = 0;
                        state = St::Bound;
                        c += 1;
                        have_atom = true;
                        was_multiple = true;
                    }
                    _ => {
                        have_atom = true;
                        was_multiple = false;
                        c += 1;
                    }
                },
                b'(' => {
                    have_atom = false;
                    was_multiple = false;
                    empty_ok = true;
                    group += 1;
                    sub += 1;
                    c += 1;
                }
                b')' => {
                    if group != 0 && !have_atom && !empty_ok {
                        return -1;
                    }
                    have_atom = true;
                    was_multiple = false;
                    if group != 0 {
                        group -= 1;
                    }
                    c += 1;
                }
                b'|' => {
                    if !have_atom {
                        return -1;
                    }
                    have_atom = false;
                    empty_ok = false;
                    was_multiple = false;
                    c += 1;
                }
                b'^' | b'$' => {
                    have_atom = true;
                    was_multiple = true;
                    c += 1;
                }
                b'+' | b'*' | b'?' => {
                    if was_multiple || !have_atom {
                        return -1;
                    }
                    have_atom = true;
                    was_multiple = true;
                    c += 1;
                }
                _ => {
                    have_atom = true;
                    was_multiple = false;
                    c += 1;
                }
            },
            St::Bound => match at(c) {
                d @ b'0'..=b'9' => {
                    if !seen_comma {
                        low = low * 10 + u32::from(d - b'0');
                        if low > 255 {
                            return -1;
                        }
                    } else {
                        seen_high = true;
                        high = high * 10 + u32::from(d - b'0');
                        if high > 255 {
                            return -1;
                        }
                    }
                    c += 1;
                }
                b',' => {
                    if seen_comma {
                        return -1;
                    }
                    seen_comma = true;
                    c += 1;
                }
                b'}' => {
                    if seen_high && low > high {
                        return -1;
                    }
                    seen_comma = false;
                    state = St::None;
                    c += 1;
                }
                _ => return -1,
            },
            St::Bracket => {
                let ch = at(c);
                let mut inside = false;
                match ch {
                    b'^' => {
                        if seen_char || neg {
                            inside = true;
                        } else {
                            neg = true;
                            c += 1;
                        }
                    }
                    b'-' => {
                        if range == 2 || !seen_char {
                            inside = true;
                        } else {
                            if range == 1 {
                                return -1;
                            }
                            range = 2;
                            c += 1;
                        }
                    }
                    b'[' => {
                        c += 1;
                        match at(c) {
                            b'.' => {
                                if range != 0 {
                                    range -= 1;
                                }
                                c += 1;
                                state = St::Ce;
                                seen_ce = false;
                            }
                            b'=' => {
                                if range == 2 {
                                    return -1;
                                }
                                c += 1;
                                state = St::Ec;
                                seen_ec = false;
                            }
                            b':' => {
                                if range == 2 {
                                    return -1;
                                }
                                ccname = c;
                                c += 1;
                                state = St::Cc;
                            }
                            _ => {}
                        }
                        seen_char = true;
                    }
                    b']' => {
                        if at(c + 1) == 0 && !seen_char {
                            return -1;
                        }
                        if !seen_char {
                            inside = true;
                        } else {
                            c += 1;
                            range = 0;
                            have_atom = true;
                            state = St::None;
                        }
                    }
                    _ => inside = true,
                }
                if inside {
                    seen_char = true;
                    if range == 2 && i32::from(ch) < range_start {
                        return -1;
                    }
                    if range != 0 {
                        range -= 1;
                    }
                    range_start = i32::from(ch);
                    c += 1;
                }
            }
            St::Ce => match at(c) {
                b'.' => {
                    c += 1;
                    match at(c) {
                        b']' => {
                            if !seen_ce {
                                return -1;
                            }
                            c += 1;
                            state = St::Bracket;
                        }
                        _ => {
                            range_start = if seen_ce { 256 } else { i32::from(b'.') };
                            seen_ce = true;
                        }
                    }
                }
                ch => {
                    range_start = if seen_ce { 256 } else { sc(ch) };
                    seen_ce = true;
                    c += 1;
                }
            },
            St::Ec => match at(c) {
                b'=' => {
                    c += 1;
                    match at(c) {
                        b']' => {
                            if !seen_ec {
                                return -1;
                            }
                            c += 1;
                            state = St::Bracket;
                        }
                        _ => seen_ec = true,
                    }
                }
                _ => {
                    seen_ec = true;
                    c += 1;
                }
            },
            St::Cc => match at(c) {
                b':' => {
                    c += 1;
                    if at(c) == b']' {
                        let name = &re[ccname..c];
                        if !CC.contains(&name) {
                            return -1;
                        }
                        c += 1;
                        state = St::Bracket;
                    }
                }
                _ => c += 1,
            },
        }
    }
    if group != 0 || state != St::None || !have_atom {
        return -1;
    }
    sub
}

/// checkowner_nsec3: the owner's first label must be base32hex without
/// padding (the root name passes: its "first label" is empty). BIND's
/// decoder ignores case; like base32_decode_finish, data-encoding rejects
/// a length that is not a whole number of bytes and non-zero bits left
/// over at the end.
pub fn nsec3_owner_ok(owner: &Name) -> bool {
    let label: &[u8] = owner.labels().first().unwrap_or_default();
    BASE32HEX_NOPAD.decode(&label.to_ascii_uppercase()).is_ok()
}
