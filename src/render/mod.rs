//! Renderers: a response (and its query) to text on a writer. One module
//! per output format: `nslookup` and `dig` print what BIND prints; the
//! others are rlookup's own. Renderers do no I/O but writing.

pub mod dig;
pub mod json;
pub mod nslookup;
pub mod servers;
pub mod style;
pub mod table;
pub mod windows;

use crate::wire::Name;

/// BIND's hex_dump() (dighost.c), printed after ";; Got bad packet": the
/// byte count, then 16 bytes a line in hex, each line followed by its
/// printable characters ('!'..='}', others as '.').
pub fn bind_hex_dump(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let printable = |b: u8| if (b'!'..=b'}').contains(&b) { b as char } else { '.' };
    let mut out = format!("{} bytes\n", bytes.len());
    for chunk in bytes.chunks(16) {
        for b in chunk {
            let _ = write!(out, "{b:02x} ");
        }
        if chunk.len() < 16 {
            out.push_str(&"   ".repeat(16 - chunk.len()));
        }
        out.push_str("         ");
        out.extend(chunk.iter().map(|&b| printable(b)));
        out.push('\n');
    }
    out
}

/// A name from uncompressed RDATA (the parser expands every pointer) at
/// `*pos`, advancing `*pos` past it.
pub fn rdata_name(rdata: &[u8], pos: &mut usize) -> Option<Name> {
    let mut labels = Vec::new();
    loop {
        let len = usize::from(*rdata.get(*pos)?);
        *pos += 1;
        if len == 0 {
            return Some(Name::from_labels(labels));
        }
        if len > 63 {
            return None;
        }
        labels.push(rdata.get(*pos..*pos + len)?.to_vec());
        *pos += len;
    }
}

/// A 32-bit big-endian number from RDATA at `*pos`.
pub fn rdata_u32(rdata: &[u8], pos: &mut usize) -> Option<u32> {
    let b = rdata.get(*pos..*pos + 4)?;
    *pos += 4;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_dump_matches_bind() {
        let bytes: Vec<u8> = (0x20..0x33).collect(); // 19 bytes
        let expected = "19 bytes\n\
20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f          .!\"#$%&'()*+,-./\n\
30 31 32                                                 012\n";
        assert_eq!(bind_hex_dump(&bytes), expected);
        assert_eq!(bind_hex_dump(&[]), "0 bytes\n");
    }

    #[test]
    fn names_in_rdata() {
        let rdata = [3, b'w', b'w', b'w', 0, 0xff];
        let mut pos = 0;
        let n = rdata_name(&rdata, &mut pos).unwrap();
        assert_eq!(n.labels(), &[b"www".to_vec()]);
        assert_eq!(pos, 5);
        let mut pos = 0;
        assert_eq!(rdata_name(&[3, b'a'], &mut pos), None);
    }

    /// Hostile replies through every renderer that prints a decoded
    /// message: none may panic, the JSON must stay valid JSON that keeps
    /// the message's ID, and the text ones must never let a byte from the
    /// network reach the terminal raw (only printable ASCII, tab, newline).
    #[test]
    fn hostile_replies_render_safely() {
        use crate::cli::opts::TableSections;
        use crate::response::{CookieCheck, Response};
        use crate::transport::Protocol;
        use crate::wire::message::{Section, parse_best_effort};
        let all = TableSections { answer: true, authority: true, additional: true };
        let layouts = [table::Layout { width: None, unicode: false }, table::Layout { width: Some(40), unicode: false }];
        let text_is_safe = |what: &str, out: &[u8], input: &[u8]| {
            if let Some(b) = out.iter().find(|&&b| !(b == b'\t' || b == b'\n' || (0x20..0x7f).contains(&b))) {
                panic!("{what}: raw byte {b:#04x} in the output for {input:02x?}");
            }
        };
        let mut rendered = 0;
        for bytes in crate::wire::message::tests::mutated_messages(5_000) {
            let Ok((message, malformed)) = parse_best_effort(&bytes) else { continue };
            rendered += 1;
            let resp = Response {
                query: bytes.clone(),
                bytes: bytes.clone(),
                message,
                server: "127.0.0.1:53".parse().unwrap(),
                server_label: "localhost".into(),
                protocol: Protocol::Udp,
                sent_at: std::time::UNIX_EPOCH,
                rtt: std::time::Duration::from_millis(1),
                cookie: CookieCheck::NotChecked,
                malformed,
            };
            let line = json::Document::response(&resp, &json::JsonOptions::default()).to_line();
            let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("invalid JSON ({e}): {line}"));
            assert_eq!(v["ID"], u16::from_be_bytes([bytes[0], bytes[1]]), "{line}");

            let mut out = Vec::new();
            nslookup::debug_sections(&mut out, &resp.message).unwrap();
            for which in [Section::Answer, Section::Authority, Section::Additional] {
                nslookup::section(&mut out, &resp.message, which).unwrap();
            }
            text_is_safe("nslookup", &out, &bytes);
            for layout in &layouts {
                let mut out = Vec::new();
                table::render(&mut out, &resp, all, &style::Palette::OFF, layout).unwrap();
                text_is_safe("table", &out, &bytes);
            }
        }
        assert!(rendered > 500, "the corpus should parse often enough to test something ({rendered})");
    }
}
