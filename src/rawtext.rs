//! Text that keeps the bytes it came from. BIND's clients read their
//! arguments, stdin and batch files as C strings: every byte
//! is a byte, UTF-8 or not, and it goes into the query's labels (`\255`) and
//! back out in messages (`*** Invalid option: <byte>`) unchanged. rlookup's
//! grammars, plans and events carry that text as Rust `String`s; this
//! module is how a `String` holds bytes that are not UTF-8 without losing
//! them (the issue was `to_string_lossy`, which made `\xff` into U+FFFD and
//! asked for `\239\191\189`).
//!
//! Why not `Vec<u8>`/`OsString` through the grammars: dig's and delv's
//! grammars work on C-string bytes already, but what they produce (lookup
//! names, messages, the greeting), nslookup's grammar, the plans, the
//! events and the sinks are text from end to end; bytes there would change
//! every type between argv and the sinks, and every existing output with
//! them. A lossless mapping changes nothing for text that is UTF-8 and
//! confines the bytes to the few places where BIND uses them as bytes.
//!
//! # The mapping
//!
//! [`decode`] turns bytes into a `String`: valid UTF-8 stays what it is,
//! and every byte that is not part of a valid character becomes one
//! reserved private-use character, byte `b` (always `0x80..=0xFF`) becoming
//! U+EF00 + `b` (U+EF80..=U+EFFF, the block MirBSD's OPTU-8 uses for the
//! same purpose). [`encode`] turns the text back into its bytes: a reserved
//! character becomes its byte, anything else its UTF-8.
//!
//! A reserved character that was *typed* (valid UTF-8 `EE BE 80` for
//! U+EF80) must still mean itself, so [`decode`] treats its three bytes as
//! raw bytes too: each becomes a reserved character, and [`encode`] gives
//! the same three bytes back. Hence `encode(decode(b)) == b` for every byte
//! string `b`, and two different byte strings never decode to the same
//! text: no input, typed or not, can collide with the mapping.
//!
//! Text that is valid UTF-8 without a reserved character (all input
//! rlookup ever saw before this module) decodes to itself, so everything
//! else prints and parses as it always did.
//!
//! # Where text comes in and turns back into bytes
//!
//! Decoded here: argv (`lib.rs`), nslookup's commands (stdin, `--batch`,
//! the line editor), dig's and delv's grammar words (their C-string
//! buffers take the bytes back with [`encode`] and hand out text with
//! [`decode`]; ~/.digrc and `-f` lines are bytes there already), key file
//! names and owners (`config::keys`).
//!
//! Encoded back:
//! - `wire::Name::from_text`: the labels of a name typed by the user (the
//!   query's name, a search domain, a `-y` key name), so label lengths
//!   count bytes as BIND's do;
//! - `idn::to_ace` (+idnin): libidn2 converts the bytes from UTF-8 first;
//! - file names (`-f`, `-k`, `-a`, `--batch`, `--dump`, `--anchors`,
//!   `+tls-*file`): [`to_os`];
//! - the sinks, where they write the dialects' own text: the grammars' and
//!   sessions' messages (`Event::Said`, `Event::Stderr`, `Event::Text`,
//!   `Event::Greeting`), the engine's notices (they name the lookup and
//!   the server as typed), dig's greeting and `;; SERVER:` label,
//!   nslookup's `Server:` and `*** Can't find NAME`; `lib.rs` for fatal
//!   errors. JSON cannot hold bytes: [`lossy`] gives U+FFFD there, as
//!   before.
//!
//! Text from the network never goes through [`encode`]: names and strings
//! from replies are escaped (`\DDD`) where they become text, and U-labels
//! (+idnout) are valid IDNA, which the private-use block is not. A
//! private-use character in what the network sends is printed as the
//! UTF-8 it is.

use std::borrow::Cow;
use std::ffi::{OsStr, OsString};

/// Byte `b` (0x80..=0xFF) is the character U+EF00 + `b`.
const BASE: u32 = 0xEF00;

/// Whether `c` is one of the reserved characters (a raw byte).
pub fn is_raw(c: char) -> bool {
    (BASE + 0x80..=BASE + 0xFF).contains(&u32::from(c))
}

/// The reserved character for byte `b` (an ASCII byte is itself: it is
/// always valid UTF-8 and never needs one).
fn raw(b: u8) -> char {
    if b.is_ascii() { char::from(b) } else { char::from_u32(BASE + u32::from(b)).expect("U+EF80..=U+EFFF are characters") }
}

/// Bytes as text, losslessly (see the module's doc).
pub fn decode(bytes: &[u8]) -> String {
    decode_cow(bytes).into_owned()
}

/// [`decode`], borrowed when the bytes are UTF-8 without a reserved
/// character (almost always: a batch's words are decoded per line).
pub fn decode_cow(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(bytes)
        && !has_raw(s)
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if is_raw(c) {
                let mut buf = [0u8; 4];
                out.extend(c.encode_utf8(&mut buf).bytes().map(raw));
            } else {
                out.push(c);
            }
        }
        out.extend(chunk.invalid().iter().copied().map(raw));
    }
    Cow::Owned(out)
}

/// An argument (or any OS string) as text, losslessly.
pub fn from_os(s: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        decode(s.as_bytes())
    }
    #[cfg(not(unix))]
    {
        s.to_string_lossy().into_owned()
    }
}

/// Whether `text` holds a reserved character: UTF-8 `EE BE xx` or `EE BF
/// xx` (0xEE only ever starts a character, and U+EF80..=U+EFFF are exactly
/// the characters starting so).
fn has_raw(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == 0xEE && (w[1] == 0xBE || w[1] == 0xBF))
}

/// The bytes the text was decoded from.
pub fn encode(text: &str) -> Cow<'_, [u8]> {
    if !has_raw(text) {
        return Cow::Borrowed(text.as_bytes());
    }
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if is_raw(c) {
            out.push((u32::from(c) - BASE) as u8);
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Cow::Owned(out)
}

/// The text as an OS string (a file name), with its bytes.
pub fn to_os(text: &str) -> OsString {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        OsString::from_vec(encode(text).into_owned())
    }
    #[cfg(not(unix))]
    {
        OsString::from(lossy(text).into_owned())
    }
}

/// The text as valid UTF-8 for what cannot hold bytes (JSON): its bytes,
/// with what is not UTF-8 as U+FFFD (what `to_string_lossy` gave).
pub fn lossy(text: &str) -> Cow<'_, str> {
    match encode(text) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        Cow::Owned(bytes) => Cow::Owned(String::from_utf8_lossy(&bytes).into_owned()),
    }
}

/// Writes the text's bytes.
pub fn write(w: &mut dyn std::io::Write, text: &str) -> std::io::Result<()> {
    w.write_all(&encode(text))
}

#[cfg(test)]
#[path = "rawtext_tests.rs"]
mod tests;
