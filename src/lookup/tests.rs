//! The engine's helpers, unit by unit: names as BIND counts and joins
//! them, the ECS option, the cookie's hex, the server shuffle.

use super::names::ends_with_unescaped_dot;
use super::query::ecs_option;
use super::*;

#[test]
fn dots_are_counted_like_bind() {
    assert_eq!(count_dots("www.mit.edu"), 2);
    assert_eq!(count_dots("localhost"), 0);
    assert_eq!(count_dots("a\\.b"), 1);
}

#[test]
fn absolute_names_end_in_an_unescaped_dot() {
    assert!(ends_with_unescaped_dot("example.com."));
    assert!(!ends_with_unescaped_dot("example.com"));
    assert!(!ends_with_unescaped_dot("example\\."));
    assert!(ends_with_unescaped_dot("example\\\\."));
}

#[test]
fn ecs_option_masks_the_last_octet() {
    assert_eq!(ecs_option("192.0.2.255".parse().unwrap(), 20), vec![0, 1, 20, 0, 192, 0, 0]);
    assert_eq!(ecs_option("2001:db8::1".parse().unwrap(), 32), vec![0, 2, 32, 0, 0x20, 0x01, 0x0d, 0xb8]);
    assert_eq!(ecs_option("0.0.0.0".parse().unwrap(), 0), vec![0, 1, 0, 0]);
}

#[test]
fn hex_round_trip() {
    assert_eq!(decode_hex("00ff10"), Some(vec![0, 255, 16]));
    assert_eq!(decode_hex("0"), None);
    assert_eq!(encode_hex(&[0xde, 0xad]), "dead");
}

#[test]
fn cookie_hex_is_strict() {
    assert_eq!(decode_hex("00FF10"), Some(vec![0, 255, 16]));
    // BIND's isc_hex_decodestring takes only hex digits (no sign, no odd
    // length).
    assert_eq!(decode_hex("+f"), None);
    assert_eq!(decode_hex("abc"), None);
}

#[test]
fn shuffles_are_permutations() {
    let mut v: Vec<u32> = (0..20).collect();
    shuffle(&mut v);
    let mut sorted = v.clone();
    sorted.sort();
    assert_eq!(sorted, (0..20).collect::<Vec<_>>());
}
