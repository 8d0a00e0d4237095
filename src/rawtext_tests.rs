//! rawtext's mapping: lossless both ways, the identity on ordinary text,
//! and no collision with private-use characters typed as such.

use super::*;

/// A small deterministic generator (xorshift), for byte strings with many
/// high bytes and many near-UTF-8 sequences.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self) -> Vec<u8> {
        let n = (self.next() % 12) as usize;
        // Bytes a decoder has to think about: ASCII, continuation bytes,
        // lead bytes, 0xEE (the reserved block's lead byte) and 0xBE/0xBF.
        const PICKS: &[u8] = &[b'a', b'.', b'\\', 0x00, 0x7f, 0x80, 0xbe, 0xbf, 0xc3, 0xa9, 0xe2, 0xee, 0xef, 0xf0, 0x9f, 0xff, 0xfe];
        (0..n)
            .map(|_| if self.next().is_multiple_of(3) { self.next() as u8 } else { PICKS[(self.next() % PICKS.len() as u64) as usize] })
            .collect()
    }
}

#[test]
fn every_byte_string_comes_back() {
    // Every string of one or two bytes...
    for a in 0..=255u8 {
        assert_eq!(encode(&decode(&[a])).as_ref(), &[a]);
        for b in 0..=255u8 {
            assert_eq!(encode(&decode(&[a, b])).as_ref(), &[a, b], "{a:#x} {b:#x}");
        }
    }
    // ...and many longer ones.
    let mut g = Gen(0x9e37_79b9_7f4a_7c15);
    for _ in 0..200_000 {
        let b = g.bytes();
        assert_eq!(encode(&decode(&b)).as_ref(), b.as_slice(), "{b:x?}");
    }
}

#[test]
fn different_bytes_are_different_text() {
    // decode is injective because encode undoes it; spot-check the cases
    // that matter: a raw byte and the reserved character for it typed.
    let raw_byte = decode(b"\x80");
    let typed = decode("\u{EF80}".as_bytes());
    assert_ne!(raw_byte, typed);
    assert_eq!(encode(&raw_byte).as_ref(), b"\x80");
    assert_eq!(encode(&typed).as_ref(), "\u{EF80}".as_bytes());
    // And decoding is canonical: decoding the bytes of decoded text gives
    // the same text.
    let mut g = Gen(42);
    for _ in 0..50_000 {
        let t = decode(&g.bytes());
        assert_eq!(decode(&encode(&t)), t);
    }
}

#[test]
fn ordinary_text_is_itself() {
    for s in ["", "www.example.com", "café", "bücher.lab", "日本.example", "\u{E000}\u{F8FF}\u{EF7F}\u{F000}", "a\\255b", "\u{10FFFD}"]
    {
        assert_eq!(decode(s.as_bytes()), s);
        assert!(matches!(encode(s), Cow::Borrowed(_)));
        assert_eq!(encode(s).as_ref(), s.as_bytes());
        assert!(matches!(lossy(s), Cow::Borrowed(_)));
    }
}

#[test]
fn bytes_that_are_not_utf8() {
    let t = decode(b"\xff\xfe\x80bad");
    assert_eq!(t, "\u{EFFF}\u{EFFE}\u{EF80}bad");
    assert_eq!(t.chars().filter(|&c| is_raw(c)).count(), 3);
    // A truncated character: its bytes, one by one.
    assert_eq!(decode(b"a\xc3"), "a\u{EFC3}");
    assert_eq!(encode("a\u{EFC3}").as_ref(), b"a\xc3");
    // Valid characters around raw bytes stay characters.
    assert_eq!(decode("é\u{ff}".as_bytes()), "é\u{ff}");
    assert_eq!(decode(b"\xc3\xa9\xff"), "é\u{EFFF}");
}

#[test]
fn typed_reserved_characters_mean_themselves() {
    // U+EF80 typed (EE BE 80) is three raw bytes, so it goes out as the
    // same three bytes and never as the byte 0x80.
    let t = decode("x\u{EF80}\u{EFFF}".as_bytes());
    assert_eq!(t, "x\u{EFEE}\u{EFBE}\u{EF80}\u{EFEE}\u{EFBF}\u{EFBF}");
    assert_eq!(encode(&t).as_ref(), "x\u{EF80}\u{EFFF}".as_bytes());
    assert_eq!(lossy(&t), "x\u{EF80}\u{EFFF}");
    // Private-use characters outside the block are untouched.
    assert_eq!(decode("\u{EF7F}\u{F000}".as_bytes()), "\u{EF7F}\u{F000}");
}

#[test]
fn lossy_is_what_to_string_lossy_gave() {
    let mut g = Gen(7);
    for _ in 0..20_000 {
        let b = g.bytes();
        assert_eq!(lossy(&decode(&b)), String::from_utf8_lossy(&b), "{b:x?}");
    }
}

#[cfg(unix)]
#[test]
fn os_strings() {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let arg = OsStr::from_bytes(b"-type=\xff");
    let t = from_os(arg);
    assert_eq!(t, "-type=\u{EFFF}");
    assert_eq!(to_os(&t).into_vec(), b"-type=\xff");
}

#[test]
fn writes_bytes() {
    let mut out = Vec::new();
    write(&mut out, &decode(b"*** Invalid option: \xffopt\n")).unwrap();
    assert_eq!(out, b"*** Invalid option: \xffopt\n");
}
