//! Queries as dig 9.18 renders them, field by field. The same bytes came
//! out of rlookup's previous encoder (hickory-proto's, with BIND's header
//! and OPT fields patched in), checked against it over 12,288 combinations
//! of dig's options before that encoder was removed.

use super::*;

fn name(text: &str) -> Name {
    Name::from_text(text, Some(&Name::root())).unwrap()
}

#[test]
fn plain_query_with_edns_and_cookie() {
    // dig www.edge.lab (RD, EDNS 1232, an 8-byte client COOKIE).
    let n = name("www.edge.lab.");
    let q = Query {
        id: 0x1234,
        flags: 0x0100,
        question: Some((&n, 1, 1)),
        ixfr: None,
        opt: Some(Opt { udpsize: 1232, version: 0, flags: 0, options: vec![(10, vec![1, 2, 3, 4, 5, 6, 7, 8])], padding: 0, reserve: 0 }),
    };
    let e = query(&q);
    let expected: &[u8] = &[
        0x12, 0x34, // ID
        0x01, 0x00, // RD
        0, 1, 0, 0, 0, 0, 0, 1, // QDCOUNT 1, ANCOUNT 0, NSCOUNT 0, ARCOUNT 1
        3, b'w', b'w', b'w', 4, b'e', b'd', b'g', b'e', 3, b'l', b'a', b'b', 0, // QNAME www.edge.lab.
        0, 1, 0, 1, // QTYPE A, QCLASS IN
        0, // OPT: root owner
        0, 41, // TYPE OPT
        0x04, 0xd0, // CLASS = UDP size 1232
        0, 0, 0, 0, // extended RCODE 0, version 0, flags 0
        0, 12, // RDLENGTH
        0, 10, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, // COOKIE, length 8, the client cookie
    ];
    assert_eq!(e.unpadded, expected);
    assert_eq!(e.bytes, expected);
    assert_eq!(e.opt_rdlength_at, Some(expected.len() - 14));
}

#[test]
fn what_hickory_would_refuse() {
    // +bufsize=100 +dnssec +zflag +tcflag +raflag +cdflag +ednsflags=0x1:
    // dig sends all of it as given.
    let n = name("x.");
    let q = Query {
        id: 1,
        flags: 0x0200 | 0x0080 | 0x0040 | 0x0010,
        question: Some((&n, 28, 1)),
        ixfr: None,
        opt: Some(Opt { udpsize: 100, version: 0, flags: 0x8001, options: vec![], padding: 0, reserve: 0 }),
    };
    let expected: &[u8] = &[
        0, 1, // ID
        0x02, 0xd0, // TC, RA, Z, CD (no RD)
        0, 1, 0, 0, 0, 0, 0, 1, // counts
        1, b'x', 0, // QNAME x.
        0, 28, 0, 1, // AAAA IN
        0, 0, 41, // OPT
        0, 100, // UDP size 100, below RFC 6891's 512
        0, 0, 0x80, 0x01, // DO and the undefined bit 0x0001
        0, 0, // no options
    ];
    assert_eq!(query(&q).bytes, expected);
}

#[test]
fn ixfr_carries_an_soa_with_the_serial() {
    // dig ixfr=2026010100 edge.lab (no RD for a zone transfer, no EDNS).
    let n = name("edge.lab.");
    let q =
        Query { id: 7, flags: 0, question: Some((&n, 251, 1)), ixfr: Some(Ixfr { owner: &n, class: 1, serial: 2_026_010_100 }), opt: None };
    let mut expected = vec![
        0, 7, 0, 0, // ID, no flags
        0, 1, 0, 0, 0, 1, 0, 0, // one question, one authority record
        4, b'e', b'd', b'g', b'e', 3, b'l', b'a', b'b', 0, // QNAME edge.lab. (offset 12)
        0, 251, 0, 1, // IXFR IN
        0xc0, 12, // owner: a pointer to the question's name
        0, 6, 0, 1, 0, 0, 0, 0, // SOA IN, TTL 0
        0, 22, // RDLENGTH
        0, 0, // MNAME, RNAME: the root
    ];
    expected.extend_from_slice(&2_026_010_100u32.to_be_bytes()); // SERIAL
    expected.extend_from_slice(&[0; 16]); // REFRESH, RETRY, EXPIRE, MINIMUM
    assert_eq!(query(&q).bytes, expected);
    // The root is never compressed (one byte beats a pointer).
    let root = Name::root();
    let q = Query { question: Some((&root, 251, 1)), ixfr: Some(Ixfr { owner: &root, class: 1, serial: 0 }), ..q };
    assert_eq!(&query(&q).bytes[17..19], &[0, 0], "root owner, then TYPE's first byte");
}

#[test]
fn padding_fills_to_the_block() {
    // +padding=128: an empty PAD option last; the sent query is padded to
    // 128 bytes, the printed one is not.
    let n = name("www.edge.lab.");
    let q = Query {
        id: 0,
        flags: 0x0100,
        question: Some((&n, 1, 1)),
        ixfr: None,
        opt: Some(Opt { udpsize: 1232, version: 0, flags: 0, options: vec![(3, vec![])], padding: 128, reserve: 0 }),
    };
    let e = query(&q);
    // 12 header + 18 question + 11 OPT + 4 NSID + 4 PAD header = 49.
    assert_eq!(e.unpadded.len(), 49);
    assert_eq!(&e.unpadded[45..], &[0, 12, 0, 0], "PAD, length 0");
    assert_eq!(e.bytes.len(), 128);
    assert_eq!(&e.bytes[45..49], &[0, 12, 0, 79], "PAD, length 79");
    let rdlength_at = e.opt_rdlength_at.unwrap();
    assert_eq!(&e.bytes[rdlength_at..rdlength_at + 2], &[0, 8 + 79]);
    assert!(e.bytes[49..].iter().all(|&b| b == 0));
    // A message already a multiple of the block gets an empty PAD option.
    let q = Query { opt: Some(Opt { padding: 49, ..q.opt.clone().unwrap() }), ..q };
    assert_eq!(query(&q).bytes.len(), 49);
}

#[test]
fn header_only_has_no_question() {
    let q = Query { id: 9, flags: 0x0100, question: None, ixfr: None, opt: None };
    assert_eq!(query(&q).bytes, [0, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
}
