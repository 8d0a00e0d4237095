//! Knot DNS 3.2's text forms, as `kdig +json` prints them: a port of
//! libknot's `knot_dname_to_str` (dname.c), `knot_rrtype_to_string` /
//! `knot_rrclass_to_string` (descriptor.c), `knot_rrset_txt_dump_data`
//! with `KNOT_DUMP_STYLE_DEFAULT` (rrset-dump.c) and musl's `inet_ntop`
//! (contrib/musl). Where this differs from BIND's text (`rdata::to_text`):
//!
//! * names: Knot escapes every ASCII punctuation character except `-`,
//!   `_`, `*`, `/` with a backslash and `#` and space as `\035` / `\032`;
//!   BIND escapes only `"().;\@$`.
//! * type and class mnemonics: only the types Knot 3.2 names (others are
//!   `TYPEn`, and then kdig prints no `rdata<TYPE>` at all); classes IN,
//!   CH, NONE, ANY (HS is `CLASS4`).
//! * hex (SSHFP, TLSA, DS, ...) and base64 fields are never split into
//!   words; CAA and URI end with a space; LOC prints `45 29 50 N  73 34
//!   40 W  30m  10m 100m 10m` (two spaces between parts, no needless
//!   decimals); NSEC3 hashes are lowercase base32hex with padding; CERT
//!   type and algorithm are numbers; SVCB/HTTPS values are unquoted
//!   (`alpn=h2,h3`) with `\\,` escapes; SIG, NULL, TKEY are `\# len HEX`;
//!   an empty base64/hex field, a LOC of version != 0, and some other
//!   RDATA Knot's dumper rejects give no `rdata<TYPE>`.
//! * RRSIG times: `YYYYMMDDHHMMSS`, like BIND.
//!

/// `knot_rrtype_to_string` for the types Knot 3.2 names.
fn known_type(t: u16) -> Option<&'static str> {
    Some(match t {
        1 => "A",
        2 => "NS",
        5 => "CNAME",
        6 => "SOA",
        10 => "NULL",
        12 => "PTR",
        13 => "HINFO",
        14 => "MINFO",
        15 => "MX",
        16 => "TXT",
        17 => "RP",
        18 => "AFSDB",
        21 => "RT",
        24 => "SIG",
        25 => "KEY",
        28 => "AAAA",
        29 => "LOC",
        33 => "SRV",
        35 => "NAPTR",
        36 => "KX",
        37 => "CERT",
        39 => "DNAME",
        41 => "OPT",
        42 => "APL",
        43 => "DS",
        44 => "SSHFP",
        45 => "IPSECKEY",
        46 => "RRSIG",
        47 => "NSEC",
        48 => "DNSKEY",
        49 => "DHCID",
        50 => "NSEC3",
        51 => "NSEC3PARAM",
        52 => "TLSA",
        53 => "SMIMEA",
        59 => "CDS",
        60 => "CDNSKEY",
        61 => "OPENPGPKEY",
        62 => "CSYNC",
        63 => "ZONEMD",
        64 => "SVCB",
        65 => "HTTPS",
        99 => "SPF",
        104 => "NID",
        105 => "L32",
        106 => "L64",
        107 => "LP",
        108 => "EUI48",
        109 => "EUI64",
        249 => "TKEY",
        250 => "TSIG",
        251 => "IXFR",
        252 => "AXFR",
        255 => "ANY",
        256 => "URI",
        257 => "CAA",
        _ => return None,
    })
}

/// The type mnemonic kdig prints (`TYPEname`, `QTYPEname`, RRSIG type
/// covered, NSEC bitmaps): Knot's name or `TYPEn`.
pub fn type_name(t: u16) -> String {
    known_type(t).map_or_else(|| format!("TYPE{t}"), str::to_string)
}

/// `knot_rrclass_to_string`: IN, CH, NONE, ANY or `CLASSn`.
pub fn class_name(c: u16) -> String {
    match c {
        1 => "IN".into(),
        3 => "CH".into(),
        254 => "NONE".into(),
        255 => "ANY".into(),
        _ => format!("CLASS{c}"),
    }
}

fn is_print(c: u8) -> bool {
    (0x20..=0x7e).contains(&c)
}

fn push_label(s: &mut String, label: &[u8]) {
    for &c in label {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'*' | b'/') {
            s.push(char::from(c));
        } else if c.is_ascii_punctuation() && c != b'#' {
            s.push('\\');
            s.push(char::from(c));
        } else {
            s.push_str(&format!("\\{c:03}"));
        }
    }
}

/// `knot_dname_to_str` of an absolute name given by its labels: "." for
/// the root, else every label followed by a dot.
pub fn name_text(labels: &[Vec<u8>]) -> String {
    if labels.is_empty() {
        return ".".into();
    }
    let mut s = String::new();
    for l in labels {
        push_label(&mut s, l);
        s.push('.');
    }
    s
}

/// musl's `inet_ntop(AF_INET6)` (what Knot uses): all groups in hex,
/// `::ffff:a.b.c.d` for IPv4-mapped addresses, then the first longest
/// run of two or more zero groups replaced by `::`.
pub fn ipv6_text(a: &[u8; 16]) -> String {
    let w = |i: usize| u16::from_be_bytes([a[2 * i], a[2 * i + 1]]);
    let mut buf = if a[..12] != [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] {
        format!("{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{:x}", w(0), w(1), w(2), w(3), w(4), w(5), w(6), w(7))
    } else {
        format!("{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{}.{}.{}.{}", w(0), w(1), w(2), w(3), w(4), w(5), a[12], a[13], a[14], a[15])
    };
    // Replace longest /(^0|:)[:0]{2,}/ with "::".
    let b = buf.as_bytes();
    let (mut best, mut max) = (0usize, 2usize);
    for i in 0..b.len() {
        if i > 0 && b[i] != b':' {
            continue;
        }
        let j = b[i..].iter().take_while(|&&c| c == b':' || c == b'0').count();
        if j > max {
            best = i;
            max = j;
        }
    }
    if max > 3 {
        buf.replace_range(best..best + max, "::");
    }
    buf
}

fn hex(b: &[u8]) -> String {
    data_encoding::HEXUPPER.encode(b)
}

fn base64(b: &[u8]) -> String {
    data_encoding::BASE64.encode(b)
}

/// Knot's base32hex: lowercase, padded with '='.
fn base32hex(b: &[u8]) -> String {
    static LOWER_PADDED: std::sync::LazyLock<data_encoding::Encoding> = std::sync::LazyLock::new(|| {
        let mut spec = data_encoding::Specification::new();
        spec.symbols.push_str("0123456789abcdefghijklmnopqrstuv");
        spec.padding = Some('=');
        spec.encoding().expect("a valid base32hex specification")
    });
    LOWER_PADDED.encode(b)
}

/// Knot's serial-arithmetic expansion of a 32-bit time
/// (`knot_time_from_u32`) around `now`.
fn time_from_u32(t: u32, now: i64) -> i64 {
    let now_lower = now as u32;
    let mut upper = now >> 32;
    if now_lower > t && now_lower - t > i32::MAX as u32 {
        upper += 1;
    } else if now_lower < t && t - now_lower > i32::MAX as u32 {
        upper -= 1;
    }
    (upper << 32) + i64::from(t)
}

/// The dump state: RDATA, read position, output (rrset_dump_params_t).
/// Every step returns None where Knot's sets `p->ret = -1`.
struct P<'a> {
    d: &'a [u8],
    pos: usize,
    out: String,
    now: i64,
}

type R = Option<()>;

impl P<'_> {
    fn rest(&self) -> usize {
        self.d.len() - self.pos
    }
    fn need(&self, n: usize) -> R {
        (self.rest() >= n).then_some(())
    }
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        self.need(n)?;
        let s = &self.d[self.pos..self.pos + n];
        self.pos += n;
        Some(s)
    }
    fn s(&mut self, t: &str) -> R {
        self.out.push_str(t);
        Some(())
    }
    fn sp(&mut self) -> R {
        self.s(" ")
    }
    fn num8(&mut self) -> R {
        let v = self.take(1)?[0];
        self.s(&v.to_string())
    }
    fn num16(&mut self) -> R {
        let b = self.take(2)?;
        let v = u16::from_be_bytes([b[0], b[1]]);
        self.s(&v.to_string())
    }
    fn num32(&mut self) -> R {
        let b = self.take(4)?;
        let v = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        self.s(&v.to_string())
    }
    fn num48(&mut self) -> R {
        let b = self.take(6)?;
        let v = b.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x));
        self.s(&v.to_string())
    }
    fn ipv4(&mut self) -> R {
        let b = self.take(4)?;
        let t = format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]);
        self.s(&t)
    }
    fn ipv6(&mut self) -> R {
        let b = self.take(16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(b);
        self.s(&ipv6_text(&a))
    }
    fn rtype(&mut self) -> R {
        let b = self.take(2)?;
        let t = type_name(u16::from_be_bytes([b[0], b[1]]));
        self.s(&t)
    }
    /// `wire_dname_to_str`: an uncompressed name at the position.
    fn dname(&mut self) -> R {
        let mut labels = Vec::new();
        let mut i = self.pos;
        loop {
            let len = usize::from(*self.d.get(i)?);
            if len > 63 {
                return None;
            }
            i += 1;
            if len == 0 {
                break;
            }
            labels.push(self.d.get(i..i + len)?.to_vec());
            i += len;
        }
        self.pos = i;
        self.s(&name_text(&labels))
    }
    fn timestamp(&mut self) -> R {
        let b = self.take(4)?;
        let v = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        let (y, mo, d, h, mi, s) = super::utc(time_from_u32(v, self.now));
        self.s(&format!("{y}{mo:02}{d:02}{h:02}{mi:02}{s:02}"))
    }
    /// DUMP_HEX / DUMP_BASE64: the rest of the RDATA, which must not be
    /// empty (the encoders return 0 for no input: an error).
    fn rest_hex(&mut self) -> R {
        let n = self.rest();
        if n == 0 {
            return None;
        }
        let t = hex(self.take(n)?);
        self.s(&t)
    }
    fn rest_base64(&mut self) -> R {
        let n = self.rest();
        if n == 0 {
            return None;
        }
        let t = base64(self.take(n)?);
        self.s(&t)
    }
    /// `wire_text_to_str`: a string with a 0 (rest), 1 or 2 byte
    /// length, quoted (or only if it has a space, when `quote` is
    /// false), `"` and `\` escaped, non-printable bytes as `\DDD`; in
    /// ALPN mode `,` and `\` get two more backslashes.
    fn text(&mut self, mut quote: bool, hdr: usize, alpn: bool) -> R {
        self.need(hdr)?;
        let len = match hdr {
            0 => self.rest(),
            1 => usize::from(self.d[self.pos]),
            _ => usize::from(u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]])),
        };
        self.pos += hdr;
        let b = self.take(len)?.to_vec();
        if !quote && b.contains(&b' ') {
            quote = true;
        }
        let mut t = String::with_capacity(b.len() + 2);
        if quote {
            t.push('"');
        }
        for c in b {
            if is_print(c) {
                if c == b'\\' || c == b'"' {
                    t.push('\\');
                }
                if alpn && (c == b',' || c == b'\\') {
                    t.push_str("\\\\");
                }
                t.push(char::from(c));
            } else {
                t.push_str(&format!("\\{c:03}"));
            }
        }
        if quote {
            t.push('"');
        }
        self.s(&t)
    }
    /// `wire_len_data_encode_to_str`: data with a 1/2-byte length,
    /// optionally printed, encoded by `enc` (None = encoder failure);
    /// `empty` printed for no data.
    fn len_data(&mut self, enc: fn(&[u8]) -> Option<String>, len_len: usize, print_len: bool, empty: &str) -> R {
        self.need(len_len)?;
        let len = if len_len == 1 {
            usize::from(self.d[self.pos])
        } else {
            usize::from(u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]]))
        };
        if print_len {
            if len_len == 1 {
                self.num8()?;
            } else {
                self.num16()?;
            }
            if len > 0 || !empty.is_empty() {
                self.sp()?;
            }
        } else {
            self.pos += len_len;
        }
        if len > 0 {
            let t = enc(self.take(len)?)?;
            self.s(&t)
        } else {
            self.s(empty)
        }
    }
    fn bitmap(&mut self) -> R {
        let b = &self.d[self.pos..];
        let mut i = 0;
        let mut t = String::new();
        while i < b.len() {
            let win = u16::from(b[i]);
            i += 1;
            let len = usize::from(*b.get(i)?);
            i += 1;
            if i + len > b.len() {
                return None;
            }
            for j in 0..len * 8 {
                if b[i + j / 8] & (0x80 >> (j % 8)) != 0 {
                    if !t.is_empty() {
                        t.push(' ');
                    }
                    t.push_str(&type_name(win * 256 + j as u16));
                }
            }
            i += len;
        }
        self.pos = self.d.len();
        self.s(&t)
    }
    fn apl(&mut self) -> R {
        let h = self.take(4)?;
        let family = u16::from_be_bytes([h[0], h[1]]);
        let prefix = h[2];
        let negation = h[3] >> 7;
        let afdlen = usize::from(h[3] & 0x7f);
        if negation != 0 {
            self.s("!")?;
        }
        self.s(&format!("{family}:"))?;
        let addr = match family {
            1 if afdlen <= 4 => {
                let mut a = [0u8; 4];
                a[..afdlen].copy_from_slice(self.take(afdlen)?);
                format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])
            }
            2 if afdlen <= 16 => {
                let mut a = [0u8; 16];
                a[..afdlen].copy_from_slice(self.take(afdlen)?);
                ipv6_text(&a)
            }
            _ => return None,
        };
        self.s(&addr)?;
        self.s(&format!("/{prefix}"))
    }
    fn loc(&mut self) -> R {
        let b = self.d.get(self.pos..)?;
        if b.first() != Some(&0) {
            // Knot prints it as unknown data and fails.
            return None;
        }
        if b.len() < 16 {
            return None;
        }
        let rd = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let (size_w, hpre_w, vpre_w) = (b[1], b[2], b[3]);
        let (lat_w, lon_w, alt_w) = (rd(4), rd(8), rd(12));
        self.pos += 16;
        const ZERO: u32 = 2_147_483_648;
        let split = |v: u32, pos: char, neg: char| {
            let (mark, x) = if v >= ZERO { (pos, v - ZERO) } else { (neg, ZERO - v) };
            let d = x / 3_600_000;
            let m = (x - 3_600_000 * d) / 60_000;
            let s = 0.001 * f64::from(x - 3_600_000 * d - 60_000 * m);
            let prec = if f64::from(s as u32) != s { 3 } else { 0 };
            format!("{d} {m} {s:.prec$} {mark}")
        };
        let t = format!("{}  {}", split(lat_w, 'N', 'S'), split(lon_w, 'E', 'W'));
        self.s(&t)?;
        let alt = 0.01 * f64::from(alt_w) - 100_000.0;
        let pre = |w: u8| -> Option<f64> {
            let (m, e) = (w >> 4, w & 15);
            if m > 9 || e > 9 {
                return None;
            }
            Some(0.01 * f64::from(m) * 10f64.powi(i32::from(e)))
        };
        let (size, hpre, vpre) = (pre(size_w)?, pre(hpre_w)?, pre(vpre_w)?);
        let p2 = |v: f64| if f64::from(v as u32) != v { 2 } else { 0 };
        let ap = if f64::from(alt as i32) != alt { 2 } else { 0 };
        let t = format!("  {alt:.ap$}m  {size:.p1$}m {hpre:.p2_$}m {vpre:.p3$}m", p1 = p2(size), p2_ = p2(hpre), p3 = p2(vpre));
        self.s(&t)
    }
    fn gateway(&mut self) -> R {
        self.need(2)?;
        let (gtype, alg) = (self.d[self.pos], self.d[self.pos + 1]);
        self.num8()?;
        self.sp()?;
        self.num8()?;
        self.sp()?;
        match gtype {
            0 => self.s(".")?,
            1 => self.ipv4()?,
            2 => self.ipv6()?,
            3 => self.dname()?,
            _ => return None,
        }
        if alg > 0 {
            self.sp()?;
            self.rest_base64()?;
        }
        Some(())
    }
    fn l64(&mut self) -> R {
        if self.rest() != 8 {
            return None;
        }
        let b = self.take(8)?.to_vec();
        let t = b.chunks(2).map(hex).collect::<Vec<_>>().join(":");
        self.s(&t)
    }
    fn eui(&mut self) -> R {
        self.need(2)?;
        let n = self.rest();
        let b = self.take(n)?.to_vec();
        let t = b.chunks(1).map(hex).collect::<Vec<_>>().join("-");
        self.s(&t)
    }
    fn tsig_rcode(&mut self) -> R {
        let b = self.take(2)?;
        let v = u16::from_be_bytes([b[0], b[1]]);
        let name = match v {
            16 => "BADSIG",
            0 => "NOERROR",
            1 => "FORMERR",
            2 => "SERVFAIL",
            3 => "NXDOMAIN",
            4 => "NOTIMPL",
            5 => "REFUSED",
            6 => "YXDOMAIN",
            7 => "YXRRSET",
            8 => "NXRRSET",
            9 => "NOTAUTH",
            10 => "NOTZONE",
            17 => "BADKEY",
            18 => "BADTIME",
            19 => "BADMODE",
            20 => "BADNAME",
            21 => "BADALG",
            22 => "BADTRUNC",
            23 => "BADCOOKIE",
            _ => "Unknown",
        };
        self.s(name)
    }
    fn svcb_key(&mut self) -> R {
        self.need(2)?;
        let k = u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]]);
        let name = match k {
            0 => "mandatory",
            1 => "alpn",
            2 => "no-default-alpn",
            3 => "port",
            4 => "ipv4hint",
            5 => "ech",
            6 => "ipv6hint",
            _ => {
                self.s("key")?;
                return self.num16();
            }
        };
        self.pos += 2;
        self.s(name)
    }
    fn value_list(&mut self, item: fn(&mut Self) -> R, end: usize) -> R {
        let mut first = true;
        while end > self.pos {
            if !first {
                self.s(",")?;
            }
            first = false;
            item(self)?;
        }
        (end == self.pos).then_some(())
    }
    fn svcparam(&mut self) -> R {
        self.need(4)?;
        let key = u16::from_be_bytes([self.d[self.pos], self.d[self.pos + 1]]);
        let len = usize::from(u16::from_be_bytes([self.d[self.pos + 2], self.d[self.pos + 3]]));
        self.svcb_key()?;
        self.pos += 2;
        self.need(len)?;
        if len == 0 {
            return Some(());
        }
        self.s("=")?;
        let end = self.pos + len;
        match key {
            0 => self.value_list(Self::svcb_key, end),
            1 => self.value_list(|p| p.text(false, 1, true), end),
            2 => None,
            3 if len == 2 => self.num16(),
            3 => None,
            4 => self.value_list(Self::ipv4, end),
            5 => {
                let t = base64(self.take(len)?);
                self.s(&t)
            }
            6 => self.value_list(Self::ipv6, end),
            _ => {
                self.pos -= 2;
                self.text(true, 2, false)
            }
        }
    }
    fn unknown(&mut self) -> R {
        let n = self.rest();
        if n == 0 {
            return self.s("\\# 0");
        }
        self.s(&format!("\\# {n} "))?;
        self.rest_hex()
    }
}

/// `knot_rrset_txt_dump_data` with the default style, as kdig's
/// json_rdata uses it: the `rdata<TYPE>` text, or None when kdig
/// prints none (type unknown to Knot, OPT, empty RDATA in a class other
/// than IN, RDATA the dumper rejects or leaves bytes of, 16 KiB of
/// text or more). `now` (Unix seconds) anchors RRSIG times.
pub fn rdata_text(rtype: u16, class: u16, rdata: &[u8], now: i64) -> Option<String> {
    known_type(rtype)?;
    if rtype == super::OPT || (rdata.is_empty() && class != 1) {
        return None;
    }
    let mut p = P { d: rdata, pos: 0, out: String::new(), now };
    dump(&mut p, rtype)?;
    if p.pos != rdata.len() || p.out.is_empty() || p.out.len() >= 16384 {
        return None;
    }
    Some(p.out)
}

fn dump(p: &mut P<'_>, t: u16) -> R {
    match t {
        1 => p.ipv4(),
        2 | 5 | 12 | 39 => p.dname(),
        6 => {
            p.dname()?;
            p.sp()?;
            p.dname()?;
            for _ in 0..4 {
                p.sp()?;
                p.num32()?;
            }
            p.sp()?;
            p.num32()
        }
        13 => {
            p.text(true, 1, false)?;
            p.sp()?;
            p.text(true, 1, false)
        }
        14 | 17 => {
            p.dname()?;
            p.sp()?;
            p.dname()
        }
        15 | 18 | 21 | 36 | 107 => {
            p.num16()?;
            p.sp()?;
            p.dname()
        }
        16 | 99 => {
            p.text(true, 1, false)?;
            while p.rest() > 0 {
                p.sp()?;
                p.text(true, 1, false)?;
            }
            Some(())
        }
        25 | 48 | 60 => {
            p.num16()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.rest_base64()
        }
        28 => p.ipv6(),
        29 => p.loc(),
        33 => {
            for _ in 0..3 {
                p.num16()?;
                p.sp()?;
            }
            p.dname()
        }
        35 => {
            p.num16()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            for _ in 0..3 {
                p.text(true, 1, false)?;
                p.sp()?;
            }
            p.dname()
        }
        37 => {
            p.num16()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.rest_base64()
        }
        42 => {
            while p.rest() > 0 {
                if !p.out.is_empty() {
                    p.sp()?;
                }
                p.apl()?;
            }
            Some(())
        }
        43 | 59 => {
            p.num16()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.rest_hex()
        }
        44 => {
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.rest_hex()
        }
        45 => {
            p.num8()?;
            p.sp()?;
            p.gateway()
        }
        46 => {
            p.rtype()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num32()?;
            p.sp()?;
            p.timestamp()?;
            p.sp()?;
            p.timestamp()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.dname()?;
            p.sp()?;
            p.rest_base64()
        }
        47 => {
            p.dname()?;
            p.sp()?;
            p.bitmap()
        }
        49 | 61 => p.rest_base64(),
        50 => {
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.len_data(|b| Some(hex(b)), 1, false, "-")?;
            p.sp()?;
            p.len_data(|b| Some(base32hex(b)), 1, false, "")?;
            p.sp()?;
            p.bitmap()
        }
        51 => {
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.len_data(|b| Some(hex(b)), 1, false, "-")
        }
        52 | 53 => {
            for _ in 0..3 {
                p.num8()?;
                p.sp()?;
            }
            p.rest_hex()
        }
        62 => {
            p.num32()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.bitmap()
        }
        63 => {
            p.num32()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.num8()?;
            p.sp()?;
            p.rest_hex()
        }
        104 | 106 => {
            p.num16()?;
            p.sp()?;
            p.l64()
        }
        105 => {
            p.num16()?;
            p.sp()?;
            p.ipv4()
        }
        108 | 109 => p.eui(),
        250 => {
            p.dname()?;
            p.sp()?;
            p.num48()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.len_data(|b| Some(base64(b)), 2, true, "")?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.tsig_rcode()?;
            p.sp()?;
            p.len_data(|b| (b.len() == 6).then(|| b.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x)).to_string()), 2, true, "")
        }
        256 => {
            p.num16()?;
            p.sp()?;
            p.num16()?;
            p.sp()?;
            p.text(true, 0, false)?;
            p.sp()
        }
        257 => {
            p.num8()?;
            p.sp()?;
            p.text(false, 1, false)?;
            p.sp()?;
            p.text(true, 0, false)?;
            p.sp()
        }
        64 | 65 => {
            p.num16()?;
            p.sp()?;
            p.dname()?;
            while p.rest() > 0 {
                p.sp()?;
                p.svcparam()?;
            }
            Some(())
        }
        _ => p.unknown(),
    }
}
