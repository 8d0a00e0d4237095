//! Unit tests of `wire::name`: names to and from text (BIND's escaping and
//! errors) and from the wire (compression, loops, limits).

use super::*;

fn n(s: &str) -> Name {
    Name::from_text(s, None).unwrap()
}

#[test]
fn to_text_escapes_like_bind() {
    let name = Name::from_labels(vec![b"a.b".to_vec(), b"c\"d".to_vec(), vec![0, 32, 0x7f, 0xff], b"@$();\\".to_vec()]);
    assert_eq!(name.to_text(false), "a\\.b.c\\\"d.\\000\\032\\127\\255.\\@\\$\\(\\)\\;\\\\.");
    assert_eq!(name.to_text(true), "a\\.b.c\\\"d.\\000\\032\\127\\255.\\@\\$\\(\\)\\;\\\\");
    assert_eq!(Name::root().to_text(false), ".");
    assert_eq!(Name::root().to_text(true), ".");
    assert_eq!(n("www.example.com.").to_text(true), "www.example.com");
    assert_eq!(n("Www.Example").to_text(false), "Www.Example");
}

#[test]
fn from_text_basics() {
    let a = n("www.example.com.");
    assert!(a.is_absolute());
    assert_eq!(a.labels().len(), 3);
    assert_eq!(a.label_count(), 4);
    let r = n("www.example");
    assert!(!r.is_absolute());
    assert_eq!(r.to_wire(), b"\x03www\x07example");
    let o = n("example.com.");
    let w = Name::from_text("www", Some(&o)).unwrap();
    assert_eq!(w.to_text(false), "www.example.com.");
    assert_eq!(Name::from_text("@", Some(&o)).unwrap(), o);
    assert_eq!(Name::from_text("@", None).unwrap().to_text(false), "@");
    assert_eq!(n("."), Name::root());
    assert_eq!(n("a\\.b.").labels().to_vec()[0], b"a.b");
    assert_eq!(n("\\065\\066.").labels().to_vec()[0], b"AB");
    assert_eq!(n("a@b.").labels().to_vec()[0], b"a@b");
}

#[test]
fn from_text_errors_are_binds() {
    let e = |s: &str| Name::from_text(s, None).unwrap_err().to_string();
    assert_eq!(e(".."), "empty label");
    assert_eq!(e(".a"), "empty label");
    assert_eq!(e("a..b"), "empty label");
    assert_eq!(e(&"x".repeat(64)), "label too long");
    assert_eq!(e("\\256"), "bad escape");
    assert_eq!(e("\\1a3"), "bad escape");
    assert_eq!(e("a\\"), "unexpected end of input");
    assert_eq!(e("a\\12"), "unexpected end of input");
    assert_eq!(e("\\[x]"), "bad label type");
    assert_eq!(e(""), "unexpected end of input");
    let long = vec!["a".repeat(63); 4].join(".");
    assert_eq!(e(&long), "ran out of space");
    // 253 text chars + dot = 255 wire bytes: fits exactly.
    let fits = format!("{}.{}.{}.{}.", "a".repeat(63), "a".repeat(63), "a".repeat(63), "a".repeat(61));
    assert_eq!(Name::from_text(&fits, None).unwrap().wire_len(), 255);
    let over = format!("{}.{}.{}.{}.", "a".repeat(63), "a".repeat(63), "a".repeat(63), "a".repeat(62));
    assert_eq!(e(&over), "ran out of space");
}

fn rd(buf: &[u8], at: usize) -> Result<(Name, usize, Vec<u8>), WireError> {
    let mut r = WireReader::new(buf, true);
    r.pos = at;
    let mut out = Vec::new();
    let name = r.read_name(&mut out)?;
    Ok((name, r.pos, out))
}

#[test]
fn wire_names_and_pointers() {
    // "a" at 0 (ends in root), then "b" + pointer to 0 at 3.
    let buf = b"\x01a\x00\x01b\xc0\x00";
    let (name, pos, out) = rd(buf, 3).unwrap();
    assert_eq!(name.to_text(false), "b.a.");
    assert_eq!(pos, 7);
    assert_eq!(out, b"\x01b\x01a\x00");
    // Pointer to itself / forward: bad compression pointer.
    assert_eq!(rd(b"\xc0\x00", 0).unwrap_err(), WireError::BadPointer);
    assert_eq!(rd(b"\x00\xc0\x03\x00", 1).unwrap_err(), WireError::BadPointer);
    // Loop through two pointers: second points forward of its marker.
    assert_eq!(rd(b"\xc0\x02\xc0\x00", 2).unwrap_err(), WireError::BadPointer);
    // Bad label type 0x40 and 0x80.
    assert_eq!(rd(b"\x40", 0).unwrap_err(), WireError::BadLabelType);
    assert_eq!(rd(b"\x80", 0).unwrap_err(), WireError::BadLabelType);
    // Truncated: label runs past end, pointer missing its second byte.
    assert_eq!(rd(b"\x05ab", 0).unwrap_err(), WireError::UnexpectedEnd);
    assert_eq!(rd(b"\x01a", 0).unwrap_err(), WireError::UnexpectedEnd);
    assert_eq!(rd(b"\x01a\xc0", 0).unwrap_err(), WireError::UnexpectedEnd);
    // Disallowed when compression is off.
    let mut r = WireReader::new(b"\x00\xc0\x00", false);
    r.pos = 1;
    assert_eq!(r.read_name(&mut Vec::new()).unwrap_err(), WireError::Disallowed);
}

#[test]
fn wire_name_too_long() {
    // 5 labels of 63: 320 bytes expanded.
    let mut buf = Vec::new();
    for _ in 0..5 {
        buf.push(63);
        buf.extend_from_slice(&[b'x'; 63]);
    }
    buf.push(0);
    assert_eq!(rd(&buf, 0).unwrap_err(), WireError::NameTooLong);
    // Via pointers: 4 labels of 63 = 256 > 255.
    let mut buf = vec![63];
    buf.extend_from_slice(&[b'y'; 63]);
    buf.push(0); // name at 0: 65 bytes
    for i in 0..3 {
        let prev = i * 66;
        buf.push(63);
        buf.extend_from_slice(&[b'y'; 63]);
        buf.push(0xc0 | (prev >> 8) as u8);
        buf.push(prev as u8);
    }
    assert_eq!(rd(&buf, 2 * 66 + 65 - 65).map(|x| x.0.wire_len()).unwrap_or(0), 0);
}

#[test]
fn long_pointer_chain_is_linear() {
    // 30000 pointers each pointing at the previous one, the first at a
    // root label; then 2000 names all pointing at the last pointer.
    let mut buf = vec![0u8];
    for i in 0..30000usize {
        let target = if i == 0 { 0 } else { 1 + (i - 1) * 2 };
        buf.push(0xc0 | (target >> 8) as u8);
        buf.push(target as u8);
    }
    let last = 1 + 29999 * 2;
    // Pointer values are only 14 bits: targets above 16383 wrap, so
    // some of these chains are BADPOINTER; either way it must be fast.
    let mut r = WireReader::new(&buf, true);
    let t0 = std::time::Instant::now();
    for _ in 0..2000 {
        r.pos = last;
        let _ = r.read_name(&mut Vec::new());
    }
    assert!(t0.elapsed().as_secs() < 2);
}

#[test]
fn rebind_marker_rule() {
    // The RFC example from name.c: |4|1|'a'|192|0|0| read at 1 -> the
    // pointer to 0 reads label of length 4 = "\001a\192\000"... then the
    // root at 5: name is "a.\001a\192\000." and consumed ends at 4.
    let buf = b"\x04\x01a\xc0\x00\x00";
    let (name, pos, _) = rd(buf, 1).unwrap();
    assert_eq!(pos, 5);
    assert_eq!(name.labels().len(), 2);
    assert_eq!(name.labels().to_vec()[1], b"\x01a\xc0\x00");
}

/// The shortcut for plain names gives what the state machine gives, at
/// every length up to past the 255-byte limit, with and without an origin.
#[test]
fn plain_names_as_the_state_machine_makes_them() {
    let origins = [None, Some(Name::root()), Some(Name::from_text("example.", None).unwrap()), Some(Name::from_text("rel", None).unwrap())];
    let mut shortcuts = 0;
    for origin in &origins {
        // m labels of 63 bytes and one of k: every wire length to 320.
        for m in 0..=5 {
            for k in 0..=63 {
                let mut labels = vec!["a".repeat(63); m];
                if k > 0 {
                    labels.push("b".repeat(k));
                }
                if labels.is_empty() {
                    continue;
                }
                for tail in ["", "."] {
                    let text = format!("{}{tail}", labels.join("."));
                    let slow = super::state_machine_from_text(text.as_bytes(), origin.as_ref());
                    match super::plain_name_from_text(text.as_bytes(), origin.as_ref()) {
                        Some(fast) => {
                            shortcuts += 1;
                            assert_eq!(Ok(fast), slow, "{text}");
                        }
                        // Left to the state machine only past the limit.
                        None => assert!(slow.is_err(), "{text}"),
                    }
                }
            }
        }
    }
    assert!(shortcuts > 1000);
}
