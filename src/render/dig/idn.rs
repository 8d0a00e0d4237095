//! dig +idnout: BIND's idn_output_filter(), applied (through
//! `wire::name::set_totext_filter`, BIND's dns_name_settotextfilter) to
//! every name printed while a message is printed. A port of what
//! idn_ace_to_locale() does with libidn2: ACE labels (`xn--`, any case)
//! are Punycode-decoded keeping the case of their basic letters; each
//! decoded label must be a valid IDNA2008/UTS 46 label; the result is
//! printed as UTF-8 when the locale's character set is UTF-8, else in its
//! ASCII form (with a warning on stderr, once). Failures are BIND's fatal
//! errors (see [`Fatal`]).

use std::cell::RefCell;

use crate::error::IdnOut;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    /// The first failure of the filter during the current message.
    pub static ERROR: RefCell<Option<IdnOut>> = const { RefCell::new(None) };
}

/// ";; Warning: cannot represent ..." is printed once per process.
static WARNED: AtomicBool = AtomicBool::new(false);

/// The filter given to `set_totext_filter`: the name converted, or
/// unchanged after recording the failure.
pub fn filter(text: String) -> String {
    if ERROR.with(|e| e.borrow().is_some()) {
        return text;
    }
    match to_locale(&text, locale_is_utf8()) {
        Ok((out, warn)) => {
            if warn && !WARNED.swap(true, Ordering::Relaxed) {
                // BIND's fprintf(stderr, ...) without a newline.
                eprint!(";; Warning: cannot represent '{out}' in the current locale");
            }
            out
        }
        Err(e) => {
            ERROR.with(|x| *x.borrow_mut() = Some(e));
            text
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Tests fix the locale's character set here.
    pub static UTF8_LOCALE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// setlocale(LC_ALL, "")'s character set is UTF-8: LC_ALL, else
/// LC_CTYPE, else LANG names a UTF-8 locale.
fn locale_is_utf8() -> bool {
    #[cfg(test)]
    if let Some(forced) = UTF8_LOCALE.with(std::cell::Cell::get) {
        return forced;
    }
    let var = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    var.is_some_and(|l| {
        let l = l.to_ascii_lowercase();
        l.contains("utf-8") || l.contains("utf8")
    })
}

/// idn_ace_to_locale(): (the text to print, whether it could not be
/// represented in the locale), or the fatal error's text.
pub fn to_locale(src: &str, utf8_locale: bool) -> Result<(String, bool), IdnOut> {
    // idn2_to_unicode_8z8z(): decode every ACE label (libidn2 splits
    // the text at every '.', escaped or not).
    let mut labels = Vec::new();
    for label in src.split('.') {
        if label.len() >= 4 && label[..4].eq_ignore_ascii_case("xn--") {
            match punycode_decode(&label[4..]) {
                Some(d) => labels.push((d, true)),
                None => {
                    return Err(IdnOut::BadAce(src.to_string()));
                }
            }
        } else {
            labels.push((label.to_string(), false));
        }
    }
    // idn2_to_ascii_8z(..., IDN2_NONTRANSITIONAL), then TRANSITIONAL.
    for (label, _) in labels.iter().filter(|(_, decoded)| *decoded) {
        if let Err(why) = check_label(label) {
            return Err(IdnOut::NotLegal { name: src.to_string(), why });
        }
    }
    let utf8: String = labels.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>().join(".");
    if utf8_locale || utf8.is_ascii() {
        return Ok((utf8, false));
    }
    // idn2_to_unicode_8zlz() cannot represent it: idn2_to_ascii_8z().
    let uts46 = idna::uts46::Uts46::new();
    match uts46.to_ascii(utf8.as_bytes(), idna::uts46::AsciiDenyList::EMPTY, idna::uts46::Hyphens::Allow, idna::uts46::DnsLength::Ignore) {
        Ok(a) => Ok((a.into_owned(), true)),
        Err(_) => Err(IdnOut::CannotRepresent(src.to_string())),
    }
}

/// libidn2's label tests, in its order: the two-hyphen pattern, a
/// hyphen first or last, then UTS 46 validity (what is left of
/// IDNA2008's rules once libidn2 falls back to transitional
/// processing).
fn check_label(label: &str) -> Result<(), &'static str> {
    let chars: Vec<char> = label.chars().collect();
    if chars.len() >= 4 && chars[2] == '-' && chars[3] == '-' {
        return Err("string contains forbidden two hyphens pattern");
    }
    if chars.first() == Some(&'-') || chars.last() == Some(&'-') {
        return Err("string start/ends with forbidden hyphen");
    }
    let uts46 = idna::uts46::Uts46::new();
    for mode in [false, true] {
        let ok = if mode {
            uts46
                .to_ascii(label.as_bytes(), idna::uts46::AsciiDenyList::EMPTY, idna::uts46::Hyphens::Allow, idna::uts46::DnsLength::Ignore)
                .is_ok()
        } else {
            // A decoded label must stay what it is under UTS 46
            // mapping (case aside): "ss" for "ß" etc. is fine, a
            // disallowed code point is not.
            uts46.to_unicode(label.as_bytes(), idna::uts46::AsciiDenyList::EMPTY, idna::uts46::Hyphens::Allow).1.is_ok()
        };
        if ok {
            return Ok(());
        }
    }
    Err("string contains a disallowed character")
}

/// RFC 3492 decoding of what follows "xn--", keeping the case of the
/// basic code points (as libidn2 does), with libidn2's refusals: an
/// empty string, nothing after the last delimiter, a non-basic
/// character, a bad digit, an overflow, an invalid code point.
pub fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    if input.is_empty() || !input.is_ascii() {
        return None;
    }
    let (basic, extended) = match input.rfind('-') {
        Some(p) => (&input[..p], &input[p + 1..]),
        None => ("", input),
    };
    if extended.is_empty() {
        return None;
    }
    let mut out: Vec<char> = basic.chars().collect();
    let adapt = |mut delta: u32, numpoints: u32, first: bool| {
        delta = if first { delta / DAMP } else { delta / 2 };
        delta += delta / numpoints;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + SKEW)
    };
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let digits: Vec<u8> = extended.bytes().collect();
    let mut pos = 0;
    while pos < digits.len() {
        let oldi = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let c = *digits.get(pos)?;
            pos += 1;
            let digit = match c {
                b'a'..=b'z' => u32::from(c - b'a'),
                b'A'..=b'Z' => u32::from(c - b'A'),
                b'0'..=b'9' => u32::from(c - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                TMIN
            } else if k >= bias + TMAX {
                TMAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = out.len() as u32 + 1;
        bias = adapt(i - oldi, len, oldi == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        out.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(out.into_iter().collect())
}
