//! Tests of the C and libisc helpers (compat.rs).

use super::*;

#[test]
fn isc_parse_uint32_like_bind() {
    assert_eq!(isc_parse_uint32(b"42", 10), Ok(42));
    assert_eq!(isc_parse_uint32(b"4294967295", 10), Ok(u32::MAX));
    assert_eq!(isc_parse_uint32(b"4294967296", 10), Err("out of range"));
    assert_eq!(isc_parse_uint32(b"99999999999999999999999", 10), Err("out of range"));
    assert_eq!(isc_parse_uint32(b"99999999999999999999999x", 10), Err("not a valid number"));
    for bad in [&b""[..], b" 1", b"-1", b"+1", b"1 ", b"0x10", b"1a"] {
        assert_eq!(isc_parse_uint32(bad, 10), Err("not a valid number"), "{bad:?}");
    }
    assert_eq!(isc_parse_uint32(b"0x10", 0), Ok(16));
    assert_eq!(isc_parse_uint32(b"0X1f", 0), Ok(31));
    assert_eq!(isc_parse_uint32(b"017", 0), Ok(15));
    assert_eq!(isc_parse_uint32(b"0", 0), Ok(0));
    assert_eq!(isc_parse_uint32(b"08", 0), Err("not a valid number"));
    assert_eq!(isc_parse_uint32(b"0x", 0), Err("not a valid number"));
    assert_eq!(isc_parse_uint32(b"0xg", 0), Err("not a valid number"));
}

#[test]
fn inet_pton_like_glibc() {
    assert_eq!(inet_pton4(b"127.0.0.1"), Some(Ipv4Addr::LOCALHOST));
    for bad in [&b"127.1"[..], b"01.2.3.4", b"1.2.3.256", b"1.2.3.4.", b"1.2.3", b"", b"1..2.3"] {
        assert_eq!(inet_pton4(bad), None, "{bad:?}");
    }
    assert_eq!(inet_pton6(b"::ffff:1.2.3.4"), Some("::ffff:1.2.3.4".parse().unwrap()));
    assert_eq!(inet_pton6(b"::1%lo"), None);
}

#[test]
fn netprefix() {
    assert_eq!(parse_netprefix(b"10.1/16"), Ok(("10.1.0.0".parse().unwrap(), 16)));
    assert_eq!(parse_netprefix(b"::/200"), Ok(("::".parse().unwrap(), 128)));
    assert_eq!(parse_netprefix(b"10"), Err("invalid address '10'".into()));
    assert_eq!(parse_netprefix(b"1/"), Err("invalid prefix length in '1/': not a valid number\n".into()));
}

#[test]
fn hex_and_base64() {
    assert_eq!(isc_hex_decodestring(b"0aFf"), Some(vec![0x0a, 0xff]));
    assert_eq!(isc_hex_decodestring(b""), Some(vec![]));
    assert_eq!(isc_hex_decodestring(b"0"), None);
    assert_eq!(crate::config::keys::isc_base64_decodestring(b"c2VjcmV0"), Some(b"secret".to_vec()));
    assert_eq!(crate::config::keys::isc_base64_decodestring(b"QQ=="), Some(b"A".to_vec()));
    assert_eq!(crate::config::keys::isc_base64_decodestring(b"QUI="), Some(b"AB".to_vec()));
    for bad in [&b"QQ="[..], b"Q===", b"QR==", b"QQ==QQ==", b"bad!", b"c2Vj\x00"] {
        assert_eq!(crate::config::keys::isc_base64_decodestring(bad), None, "{bad:?}");
    }
}

#[test]
fn fullcheck_is_a_prefix_test() {
    assert!(fullcheck(b"sh", &["short"]));
    assert!(fullcheck(b"SHORT", &["short"]));
    assert!(!fullcheck(b"shortx", &["short"]));
    assert!(fullcheck(b"", &["short"]));
    assert!(fullcheck(b"retries", &["retry", "retries"]));
}

#[test]
fn strtok_like_c() {
    let mut b = b"cookie=".to_vec();
    let t = strtok(&mut b, 0, b"=").unwrap();
    assert_eq!((t.start, t.end, t.next), (0, 6, 7));
    assert_eq!(b, b"cookie\0");
    assert!(strtok(&mut b, t.next, b"").is_none());
    let mut b = b"==a=b".to_vec();
    let t = strtok(&mut b, 0, b"=").unwrap();
    assert_eq!((t.start, t.end), (2, 3));
    let v = strtok(&mut b, t.next, b"").unwrap();
    assert_eq!(&b[v.start..v.end], b"b");
}
