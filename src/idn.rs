//! Internationalized names typed by the user (`bücher.example`) turned into
//! the A-labels the query carries (`xn--bcher-kva.example`), as dig does
//! with libidn2 for +idnin (dighost's idn_locale_to_ace()). The engine
//! (`lookup`) calls this when a lookup has `display.idnin`; output in
//! U-labels is `render::dig`'s +idnout.
//!
//! libidn2 is not available as a Rust crate; the `idna` crate does the
//! UTS 46 work, and the checks libidn2 adds (and its error texts, which dig
//! prints) are written here. Verdicts are checked against dig 9.18 in the
//! tests.

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

/// Why a name cannot be converted: libidn2's idn2_strerror() text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdnError(pub &'static str);

impl std::fmt::Display for IdnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// The full stops UTS 46 maps to '.' (IDNA2008's label separators).
fn is_dot(c: char) -> bool {
    matches!(c, '.' | '\u{3002}' | '\u{FF0E}' | '\u{FF61}')
}

/// The label starts with the ACE prefix `xn--` (any case).
fn is_ace(label: &str) -> bool {
    label.as_bytes().get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
}

/// libidn2's hyphen rules for one label.
fn hyphen_rules(label: &str) -> Result<(), IdnError> {
    let chars: Vec<char> = label.chars().collect();
    let xn = is_ace(label);
    if chars.len() >= 4 && chars[2] == '-' && chars[3] == '-' && !xn {
        return Err(IdnError("string contains forbidden two hyphens pattern"));
    }
    if chars.first() == Some(&'-') || chars.last() == Some(&'-') {
        return Err(IdnError("string start/ends with forbidden hyphen"));
    }
    Ok(())
}

/// One label: ASCII ones as they are (after libidn2's checks), others
/// through UTS 46 (non-transitional) to their A-label.
fn label_to_ace(label: &str) -> Result<String, IdnError> {
    if label.is_empty() || label == "*" {
        return Ok(label.to_string());
    }
    let uts46 = Uts46::new();
    if label.is_ascii() && is_ace(label) {
        // An A-label must be Punycode that decodes to a valid U-label.
        if idna::punycode::decode_to_string(&label[4..].to_ascii_lowercase()).is_none_or(|u| u.is_empty()) {
            return Err(IdnError("string contains invalid punycode data"));
        }
        hyphen_rules(label)?;
        let ok = uts46.to_unicode(label.to_ascii_lowercase().as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow).1.is_ok();
        if !ok {
            return Err(IdnError("domain label has character forbidden in non-transitional mode (TR46)"));
        }
        return Ok(label.to_string());
    }
    hyphen_rules(label)?;
    if label.is_ascii() {
        return Ok(label.to_string());
    }
    // libidn2 punycode-encodes the label and checks that it decodes back;
    // ASCII characters outside letters, digits, '-' and '_' fail that.
    if label.chars().any(|c| c.is_ascii() && !(c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
        return Err(IdnError("A-label roundtrip failed"));
    }
    match uts46.to_ascii(label.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow, DnsLength::Ignore) {
        Ok(a) => Ok(a.into_owned()),
        Err(_) => {
            let bidi = label.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF));
            Err(IdnError(if bidi { "string has forbidden bi-directional properties" } else { "string contains a disallowed character" }))
        }
    }
}

/// dighost's idn_locale_to_ace(): the name in A-labels; if that differs
/// from the input only in case, the input as typed (libidn2 lowercases).
pub fn to_ace(src: &str) -> Result<String, IdnError> {
    // The name's bytes as typed (rawtext): libidn2 first converts them from
    // the locale's encoding (UTF-8), which bytes that are not UTF-8 fail.
    let bytes = crate::rawtext::encode(src);
    let text = std::str::from_utf8(&bytes).map_err(|_| IdnError("could not convert string to UTF-8"))?;
    let mut labels = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if is_dot(c) {
            labels.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    labels.push(current);
    let mut out = Vec::with_capacity(labels.len());
    for l in &labels {
        out.push(label_to_ace(l)?);
    }
    let ace = out.join(".");
    // libidn2 lowercases ASCII too; BIND keeps the user's case when the
    // difference is only case.
    let lowered: String = ace.to_ascii_lowercase();
    Ok(if text.eq_ignore_ascii_case(&ace) { src.to_string() } else { lowered })
}

/// A name's text with its A-labels (`xn--...`) shown as U-labels, for
/// --idnout in the nslookup dialect (dig's +idnout is render::dig's, with
/// BIND's checks and errors). Best effort: a label that does not decode to
/// a valid U-label stays as it is; escaped text (`\DDD`) is left alone.
pub fn to_unicode_text(text: String) -> String {
    if !text.contains("xn--") && !text.contains("XN--") && !text.contains("Xn--") && !text.contains("xN--") {
        return text;
    }
    let uts46 = Uts46::new();
    let labels: Vec<String> = text
        .split('.')
        .map(|l| {
            if is_ace(l) && !l.contains('\\') {
                match uts46.to_unicode(l.to_ascii_lowercase().as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow) {
                    (u, Ok(())) => u.into_owned(),
                    _ => l.to_string(),
                }
            } else {
                l.to_string()
            }
        })
        .collect();
    labels.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_text() {
        assert_eq!(to_unicode_text("xn--bcher-kva.edge.lab.".into()), "bücher.edge.lab.");
        assert_eq!(to_unicode_text("XN--BCHER-KVA.lab".into()), "bücher.lab");
        assert_eq!(to_unicode_text("www.edge.lab".into()), "www.edge.lab");
        // Not a valid A-label: as it is.
        assert_eq!(to_unicode_text("xn--a.lab".into()), "xn--a.lab");
    }

    /// Verdicts of dig 9.18.49 +idnin (libidn2 2.3.3) for each input.
    #[test]
    fn like_dig() {
        let ok = [
            ("bücher.edge.lab", "xn--bcher-kva.edge.lab"),
            ("Bücher.Edge.lab", "xn--bcher-kva.edge.lab"),
            ("bücher.edge.lab.", "xn--bcher-kva.edge.lab."),
            ("WWW.EDGE.LAB", "WWW.EDGE.LAB"),
            ("a_b.edge.lab", "a_b.edge.lab"),
            ("ü_a.lab", "xn--_a-wka.lab"),
            ("*.bücher.lab", "*.xn--bcher-kva.lab"),
            ("ß.lab", "xn--zca.lab"),
            ("ﬁ.lab", "fi.lab"),
            ("xn--bcher-kva.lab", "xn--bcher-kva.lab"),
            ("XN--BCHER-KVA.lab", "XN--BCHER-KVA.lab"),
            ("a--b.lab", "a--b.lab"),
            ("ü。lab", "xn--tda.lab"),
            ("ص.lab", "xn--0gb.lab"),
            ("日本.example.test", "xn--wgv71a.example.test"),
            ("müü.example.test", "xn--m-ehaa.example.test"),
            ("ＡＢＣ.example.test", "abc.example.test"),
        ];
        for (input, expected) in ok {
            assert_eq!(to_ace(input).as_deref(), Ok(expected), "{input}");
        }
        let bad = [
            ("ab--c.lab", "string contains forbidden two hyphens pattern"),
            ("ab--.lab", "string contains forbidden two hyphens pattern"),
            ("ü-.lab", "string start/ends with forbidden hyphen"),
            ("xn--a.lab", "domain label has character forbidden in non-transitional mode (TR46)"),
            ("üa\\.b.lab", "A-label roundtrip failed"),
            ("ü*.lab", "A-label roundtrip failed"),
            ("aص.lab", "string has forbidden bi-directional properties"),
            ("xn--bcher-kva9.example.test", "string contains invalid punycode data"),
            ("xn--zz.example.test", "string contains invalid punycode data"),
            ("xn--.example.test", "string contains invalid punycode data"),
        ];
        for (input, why) in bad {
            assert_eq!(to_ace(input), Err(IdnError(why)), "{input}");
        }
        // Bytes that are not UTF-8 (kept by rawtext), and a private-use
        // character of rawtext's block typed as such: dig 9.18 on a
        // terminal in C.UTF-8.
        for (input, why) in [
            (&b"\xff"[..], "could not convert string to UTF-8"),
            (b"a\xc3", "could not convert string to UTF-8"),
            ("\u{EF80}".as_bytes(), "string contains a disallowed character"),
        ] {
            assert_eq!(to_ace(&crate::rawtext::decode(input)), Err(IdnError(why)), "{input:x?}");
        }
    }
}
