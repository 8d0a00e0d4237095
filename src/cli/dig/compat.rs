//! The C and BIND library functions dig.c's grammar is written against,
//! ported so that the grammar reads like dig.c: C strings in argv's buffers
//! (the bytes before a NUL, strtok_r(), strlcpy(), strlcat()), dig.c's
//! FULLCHECK, isc_parse_uint32(), inet_pton(), bind9_getaddresses() for an
//! address literal, get_reverse(), parse_netprefix(),
//! isc_hex_decodestring() and
//! isc_nm_http_path_isvalid().
//!
//! Where the data goes: pure functions, with no state and no events; their
//! results go back to the grammar (mod.rs, dash.rs, plus.rs, batch.rs),
//! which decides what BIND prints or stores with them. `inet_pton4`,
//! `inet_pton6`, `reverse_name`, `parse_netprefix` and `isc_parse_uint32`
//! are also public as `cli::dig::*` (delv's grammar uses them too).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::MXNAME;

// ---- C strings ----

/// A C string in a buffer: the bytes before the first NUL.
pub(super) fn cstr(b: &[u8]) -> &[u8] {
    match b.iter().position(|&c| c == 0) {
        Some(n) => &b[..n],
        None => b,
    }
}

/// The bytes as text, every byte kept (`rawtext`): names, messages and
/// the greeting go out with the bytes BIND would print.
pub(super) fn as_text(b: &[u8]) -> String {
    crate::rawtext::decode(b)
}

/// [`as_text`] borrowed when the bytes are UTF-8 (they almost always are).
pub(super) fn as_text_cow(b: &[u8]) -> std::borrow::Cow<'_, str> {
    crate::rawtext::decode_cow(b)
}

/// strlcpy() into a buffer of `size` bytes: at most `size` - 1 of them.
pub(super) fn truncated(b: &[u8], max: usize) -> String {
    as_text(&b[..b.len().min(max)])
}

/// strlcat() into dig's MXNAME-byte cmdline buffer.
pub(super) fn strlcat(buf: &mut Vec<u8>, s: &[u8]) {
    let room = (MXNAME - 1).saturating_sub(buf.len());
    buf.extend_from_slice(&s[..s.len().min(room)]);
}

/// strncasecmp(s, prefix, strlen(prefix)) == 0.
pub(super) fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// dig.c's FULLCHECK/FULLCHECK2/FULLCHECK6: `cmd` is a case-insensitive
/// prefix of one of the names (any length, even empty).
pub(super) fn fullcheck(cmd: &[u8], names: &[&str]) -> bool {
    names.iter().any(|n| cmd.len() <= n.len() && n.as_bytes()[..cmd.len()].eq_ignore_ascii_case(cmd))
}

/// A token strtok_r() found: `start..end` in the buffer, and where the next
/// call starts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) next: usize,
}

/// strtok_r() on the C string in `buf` from `from`: skips leading
/// delimiters, writes a NUL over the delimiter that ends the token.
pub(super) fn strtok(buf: &mut [u8], from: usize, delims: &[u8]) -> Option<Tok> {
    let end_of_string = from + cstr(buf.get(from..)?).len();
    let mut i = from;
    while i < end_of_string && delims.contains(&buf[i]) {
        i += 1;
    }
    if i == end_of_string {
        return None;
    }
    let start = i;
    while i < end_of_string && !delims.contains(&buf[i]) {
        i += 1;
    }
    if i < end_of_string {
        buf[i] = 0;
        Some(Tok { start, end: i, next: i + 1 })
    } else {
        Some(Tok { start, end: i, next: i })
    }
}

// ---- numbers and addresses ----

/// isc_parse_uint32(): base 10, or base 0 (C's 0x and 0 prefixes); the
/// first character must be alphanumeric, the whole string a number. Errors
/// are BIND's result texts.
pub fn isc_parse_uint32(s: &[u8], base: u32) -> Result<u32, &'static str> {
    const BAD: &str = "not a valid number";
    if !s.first().is_some_and(u8::is_ascii_alphanumeric) {
        return Err(BAD);
    }
    let (digits, radix) = if base == 0 {
        if s.len() > 2 && (s[..2] == *b"0x" || s[..2] == *b"0X") && s[2].is_ascii_hexdigit() {
            (&s[2..], 16)
        } else if s[0] == b'0' {
            (s, 8)
        } else {
            (s, 10)
        }
    } else {
        (s, base)
    };
    let mut n: u64 = 0;
    let mut overflow = false;
    for &b in digits {
        let d = (b as char).to_digit(radix).ok_or(BAD)?;
        n = match n.checked_mul(u64::from(radix)).and_then(|n| n.checked_add(u64::from(d))) {
            Some(n) => n,
            None => {
                overflow = true;
                u64::MAX
            }
        };
    }
    if overflow || n > u64::from(u32::MAX) {
        return Err("out of range");
    }
    Ok(n as u32)
}

/// inet_pton(AF_INET): exactly four decimal octets, no leading zeros.
pub fn inet_pton4(s: &[u8]) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut n = 0;
    for part in s.split(|&b| b == b'.') {
        if n == 4 || part.is_empty() || part.len() > 3 || !part.iter().all(u8::is_ascii_digit) || (part.len() > 1 && part[0] == b'0') {
            return None;
        }
        octets[n] = std::str::from_utf8(part).ok()?.parse().ok()?;
        n += 1;
    }
    (n == 4).then(|| Ipv4Addr::from(octets))
}

/// inet_pton(AF_INET6).
pub fn inet_pton6(s: &[u8]) -> Option<Ipv6Addr> {
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// bind9_getaddresses() for an address literal, as far as it needs no
/// system call: None for a name (or a scoped IPv6 literal) to resolve.
pub(super) fn literal_addresses(host: &[u8], net_v4: bool, net_v6: bool) -> Option<Result<Vec<String>, String>> {
    if let Some(a) = inet_pton4(host) {
        return Some(Ok(vec![if net_v4 { a.to_string() } else { a.to_ipv6_mapped().to_string() }]));
    }
    if host.len() <= 127
        && !host.contains(&b'%')
        && let Some(a) = inet_pton6(host)
    {
        if !net_v6 {
            return Some(Err("address family not supported".into()));
        }
        return Some(Ok(vec![a.to_string()]));
    }
    None
}

/// dighost's get_reverse(..., strict = false) as dig's -x uses it: an IPv6
/// address in nibble form under ip6.arpa (no final dot, dns_name_format()),
/// anything else taken for IPv4 and its dot-separated parts reversed blindly
/// under in-addr.arpa. (with the final dot), so that RFC 2317 names work.
/// None when it does not fit BIND's 1024-byte buffer.
pub fn reverse_name(value: &[u8]) -> Option<String> {
    if let Some(a) = inet_pton6(value) {
        let mut s = String::new();
        for byte in a.octets().iter().rev() {
            s.push_str(&format!("{:x}.{:x}.", byte & 0x0f, byte >> 4));
        }
        s.push_str("ip6.arpa");
        return Some(s);
    }
    // ".in-addr.arpa." and the NUL: 15 bytes.
    if value.len() + 15 > MXNAME {
        return None;
    }
    let mut parts: Vec<&[u8]> = value.split(|&b| b == b'.').collect();
    parts.reverse();
    let mut s = parts.join(&b'.');
    s.extend_from_slice(b".in-addr.arpa.");
    Some(as_text(&s))
}

/// dighost's parse_netprefix() (+subnet=ADDR[/LEN]): the address and
/// prefix length, or the text of the fatal error. `0` is "no address"
/// (family 0), which goes on the wire as 0.0.0.0/0 does.
pub fn parse_netprefix(value: &[u8]) -> Result<(IpAddr, u8), String> {
    // sizeof("xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:XXX.XXX.XXX.XXX/128")
    const BUFSIZE: usize = 50;
    let text = as_text(value);
    if value.len() >= BUFSIZE {
        return Err(format!("invalid prefix '{text}'\n"));
    }
    if value == b"0" {
        return Ok((IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0));
    }
    let mut prefix_length: u32 = 0xffff_ffff;
    let mut buf = value.to_vec();
    let mut prefix_parsed = false;
    if let Some(slash) = value.iter().position(|&b| b == b'/') {
        buf.truncate(slash);
        prefix_length = isc_parse_uint32(&value[slash + 1..], 10).map_err(|why| format!("invalid prefix length in '{text}': {why}\n"))?;
        prefix_parsed = true;
    }
    let addr = if let Some(a) = inet_pton6(&buf) {
        prefix_length = prefix_length.min(128);
        Some(IpAddr::V6(a))
    } else if let Some(a) = inet_pton4(&buf) {
        prefix_length = prefix_length.min(32);
        Some(IpAddr::V4(a))
    } else if prefix_parsed {
        let mut found = None;
        for _ in 0..3 {
            if buf.len() >= BUFSIZE - 2 {
                break;
            }
            buf.extend_from_slice(b".0");
            if let Some(a) = inet_pton4(&buf) {
                found = Some(IpAddr::V4(a));
                break;
            }
        }
        prefix_length = prefix_length.min(32);
        found
    } else {
        None
    };
    match addr {
        Some(a) => Ok((a, prefix_length as u8)),
        None => Err(format!("invalid address '{text}'")),
    }
}

// ---- encodings ----

/// isc_hex_decodestring(): white space skipped, pairs of hex digits.
pub(super) fn isc_hex_decodestring(s: &[u8]) -> Option<Vec<u8>> {
    static HEX: std::sync::LazyLock<data_encoding::Encoding> = std::sync::LazyLock::new(|| {
        let mut spec = data_encoding::HEXLOWER_PERMISSIVE.specification();
        spec.ignore.push_str(" \t\n\r");
        spec.encoding().expect("a valid hex specification")
    });
    HEX.decode(s).ok()
}

#[cfg(test)]
#[path = "compat_tests.rs"]
mod tests;
