//! Tests of `wire::tsig`: queries dig 9.18.49 really signed (captured on
//! the wire, every algorithm and truncation) re-signed byte for byte;
//! MACs cross-checked both ways with hickory-proto's independent TSIG
//! (hmac-sha256/384/512: queries, replies, a chained zone transfer);
//! every outcome of the reply checks with BIND's result text (bad MAC,
//! no TSIG, error replies, the time window, truncation, wrong key or
//! algorithm); multi-message transfers message by message, tampered, with
//! unsigned messages in between; and the server side (`verify_request`).
//! The fixtures stay here; nothing flows further.

use super::*;
use crate::wire::message::parse;

/// The secret of the lab's key `lab-key` (and of the captured queries).
const LAB_SECRET: &[u8] = b"rlookup-lab-tsig-key-2026-12-05";
/// The time signed of the captured queries (`+fuzztime=1700000000`).
const T: u64 = 1_700_000_000;

fn name(s: &str) -> Name {
    Name::from_text(s, Some(&Name::root())).unwrap()
}

fn key(alg: Algorithm, bits: u16) -> TsigKey {
    TsigKey::new(&name("Lab-Key"), alg, LAB_SECRET.to_vec(), bits)
}

fn hex(s: &str) -> Vec<u8> {
    data_encoding::HEXLOWER.decode(s.as_bytes()).unwrap()
}

/// dig 9.18.49 `-y hmac-md5:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_MD5: &[u8] = &[
    0xd9, 0x6d, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0xdd, 0x7a, 0xe2, 0xb6, 0x7f, 0xea, 0x41, 0xea, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x3a, // RDLENGTH
    0x08, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x6d, 0x64, 0x35, 0x07, 0x73, 0x69, 0x67, 0x2d, 0x61, 0x6c, 0x67, 0x03, 0x72, 0x65, 0x67, 0x03,
    0x69, 0x6e, 0x74, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x10, // MAC size 16
    0xa3, 0xee, 0x29, 0xec, 0x31, 0x75, 0x6a, 0x26, 0xd1, 0x8d, 0xa1, 0x40, 0x35, 0x51, 0x7e, 0x69, // MAC
    0xd9, 0x6d, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha1:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA1: &[u8] = &[
    0x80, 0x55, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x38, 0x2f, 0x86, 0xcb, 0xff, 0xdd, 0x5d, 0x68, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x2f, // RDLENGTH
    0x09, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x31, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x14, // MAC size 20
    0xb6, 0xb0, 0x05, 0xd2, 0x33, 0xf9, 0x54, 0x2c, 0x71, 0xc7, 0x95, 0x5c, 0x08, 0xdf, 0xac, 0x3d, // MAC
    0xcd, 0xd3, 0xfe, 0x35, // MAC (cont.)
    0x80, 0x55, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha224:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA224: &[u8] = &[
    0xcd, 0x50, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0xb0, 0xb9, 0x9a, 0x93, 0x4d, 0xb5, 0x35, 0x45, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x39, // RDLENGTH
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x32, 0x34, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x1c, // MAC size 28
    0xc7, 0x44, 0x91, 0x5e, 0x39, 0xcd, 0xab, 0x29, 0xa7, 0xdd, 0x28, 0x99, 0xc5, 0x3c, 0x2b, 0x09, // MAC
    0x24, 0x10, 0x4a, 0x23, 0xf0, 0x9d, 0x66, 0x6a, 0x9e, 0xca, 0xfb, 0xe8, // MAC (cont.)
    0xcd, 0x50, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha256:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA256: &[u8] = &[
    0xb9, 0x9f, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x6a, 0x18, 0xa1, 0x06, 0x51, 0xfb, 0xa0, 0x89, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x3d, // RDLENGTH
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x20, // MAC size 32
    0xe8, 0x7d, 0xd2, 0xc9, 0xc7, 0x4b, 0xd1, 0x5d, 0xdd, 0xf8, 0x44, 0x9c, 0x03, 0x15, 0x60, 0x5a, // MAC
    0x5c, 0xe7, 0x9a, 0x3b, 0x3a, 0x7a, 0x02, 0x89, 0x62, 0x5d, 0x38, 0xc3, 0xda, 0x1d, 0x99, 0x99, // MAC (cont.)
    0xb9, 0x9f, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha384:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA384: &[u8] = &[
    0xd3, 0xaa, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x81, 0x51, 0xdb, 0x97, 0x61, 0xad, 0x56, 0x62, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x4d, // RDLENGTH
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x33, 0x38, 0x34, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x30, // MAC size 48
    0x83, 0x97, 0xae, 0x65, 0x65, 0x8a, 0xe3, 0xaf, 0x2a, 0x72, 0x16, 0x78, 0x85, 0xf6, 0xd6, 0x22, // MAC
    0xe6, 0xb8, 0x7f, 0x82, 0xc3, 0x72, 0xe8, 0xb4, 0x68, 0x27, 0x10, 0xb8, 0xda, 0x91, 0x35, 0x60, // MAC (cont.)
    0x24, 0x77, 0x47, 0xca, 0xa4, 0x9f, 0xb1, 0x36, 0x74, 0xf6, 0xc8, 0x0f, 0xc2, 0x91, 0x06, 0x4f, // MAC (cont.)
    0xd3, 0xaa, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha512:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA512: &[u8] = &[
    0x96, 0x41, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x07, 0xc1, 0x96, 0x92, 0x10, 0xc9, 0x1f, 0x5b, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x5d, // RDLENGTH
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x35, 0x31, 0x32, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x40, // MAC size 64
    0x57, 0x51, 0xe4, 0x5e, 0x02, 0x52, 0xeb, 0x66, 0x54, 0xf9, 0xb7, 0x00, 0x8d, 0xb4, 0xfa, 0xa7, // MAC
    0xaa, 0xfa, 0x4d, 0x28, 0xf5, 0x2a, 0xd6, 0x95, 0x21, 0x5d, 0xe3, 0x6c, 0xa4, 0xd4, 0x9c, 0xaf, // MAC (cont.)
    0xf6, 0x09, 0x9c, 0x49, 0xc4, 0xa0, 0xf1, 0x09, 0x05, 0x7e, 0x8f, 0x0d, 0x47, 0xb4, 0xce, 0x07, // MAC (cont.)
    0x90, 0x70, 0x01, 0xae, 0xed, 0x81, 0x89, 0x00, 0xc5, 0x94, 0x25, 0x33, 0xc6, 0x18, 0x5b, 0x98, // MAC (cont.)
    0x96, 0x41, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-md5-80:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_MD5_80: &[u8] = &[
    0xb1, 0x34, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0xfa, 0x0e, 0x7e, 0x6e, 0xe1, 0x78, 0x0c, 0xf0, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x34, // RDLENGTH
    0x08, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x6d, 0x64, 0x35, 0x07, 0x73, 0x69, 0x67, 0x2d, 0x61, 0x6c, 0x67, 0x03, 0x72, 0x65, 0x67, 0x03,
    0x69, 0x6e, 0x74, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x0a, // MAC size 10
    0x69, 0x05, 0x44, 0x91, 0xdc, 0x99, 0x8a, 0x9d, 0x35, 0x4b, // MAC
    0xb1, 0x34, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha256-128:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA256_128: &[u8] = &[
    0x38, 0x6c, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x31, 0x0f, 0x32, 0xf2, 0x44, 0x7d, 0x6f, 0x53, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x2d, // RDLENGTH
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x10, // MAC size 16
    0x17, 0xad, 0xec, 0xca, 0x30, 0x2e, 0x25, 0x8b, 0xa8, 0x3f, 0x05, 0xe0, 0xa9, 0x9d, 0x79, 0x69, // MAC
    0x38, 0x6c, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// dig 9.18.49 `-y hmac-sha1-85:Lab-Key:cmxv... +fuzztime=1700000000`: the query as captured on the wire.
const DIG_HMAC_SHA1_85: &[u8] = &[
    0xd6, 0x28, // ID
    0x01, 0x20, // flags: RD AD
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2: OPT and TSIG
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, // QTYPE A
    0x00, 0x01, // QCLASS IN
    0x00, // OPT owner: the root
    0x00, 0x29, // TYPE OPT
    0x04, 0xd0, // CLASS: UDP size 1232
    0x00, 0x00, 0x00, 0x00, // TTL: extended RCODE, version, flags 0
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x8d, 0xac, 0xd4, 0xa7, 0x65, 0xac, 0x05, 0x90, // client cookie
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // TSIG owner lab-key. (lower-cased, uncompressed)
    0x00, 0xfa, // TYPE TSIG
    0x00, 0xff, // CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x26, // RDLENGTH
    0x09, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x31, 0x00, // algorithm name (uncompressed)
    0x00, 0x00, 0x65, 0x53, 0xf1, 0x00, // time signed 1700000000
    0x01, 0x2c, // fudge 300
    0x00, 0x0b, // MAC size 11
    0xed, 0xdc, 0xd1, 0xb0, 0xa7, 0x66, 0xbd, 0x9a, 0xb7, 0x6b, 0x3e, // MAC
    0xd6, 0x28, // original id = ID
    0x00, 0x00, // error NOERROR
    0x00, 0x00, // other length 0
];

/// The unsigned message a signed one was made from: cut before the TSIG
/// record, ARCOUNT one lower.
fn strip_tsig(signed: &[u8]) -> Vec<u8> {
    let m = parse(signed).unwrap();
    let mut v = signed[..m.tsig.unwrap().offset].to_vec();
    let ar = u16::from_be_bytes([v[10], v[11]]) - 1;
    v[10..12].copy_from_slice(&ar.to_be_bytes());
    v
}

/// A query for www.example/A with id 0x1234, RD, no EDNS.
fn query() -> Vec<u8> {
    let qname = name("www.example.");
    crate::wire::encode::query(&crate::wire::encode::Query {
        id: 0x1234,
        flags: 0x0100,
        question: Some((&qname, 1, 1)),
        ixfr: None,
        opt: None,
    })
    .bytes
}

/// A reply to `query` (signed or not): its id, QR AA RD, its question,
/// one A record per address (owner a pointer to the question's name).
fn reply_to(query: &[u8], addrs: &[[u8; 4]]) -> Vec<u8> {
    let q = parse(query).unwrap();
    let qend = q.question[0].offset + q.question[0].name.wire_len() + 4;
    let mut r = Vec::new();
    r.extend_from_slice(&query[..2]); // ID
    r.extend_from_slice(&0x8500u16.to_be_bytes()); // QR AA RD, NOERROR
    r.extend_from_slice(&[0, 1]); // QDCOUNT
    r.extend_from_slice(&(addrs.len() as u16).to_be_bytes()); // ANCOUNT
    r.extend_from_slice(&[0, 0, 0, 0]); // NSCOUNT, ARCOUNT
    r.extend_from_slice(&query[12..qend]); // the question
    for ip in addrs {
        r.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1]); // owner: pointer to the question; A IN
        r.extend_from_slice(&300u32.to_be_bytes()); // TTL
        r.extend_from_slice(&[0, 4]); // RDLENGTH
        r.extend_from_slice(ip);
    }
    r
}

fn check(v: &mut Verifier, bytes: &[u8], now: u64) -> Result<Verified, VerifyError> {
    v.verify(bytes, &parse(bytes).unwrap(), now)
}

fn text(r: Result<Verified, VerifyError>) -> String {
    match r {
        Ok(v) => format!("{v:?}"),
        Err(e) => e.to_string(),
    }
}

/// A signed query and a server's reply to it signed with `opts` (the
/// request MAC filled in).
fn exchange(k: &TsigKey, reply_key: &TsigKey, reply_time: u64, error: u16, other: &[u8]) -> (Signed, Vec<u8>) {
    let q = sign_query(&query(), k, T).unwrap();
    let opts = SignOptions { error, other, ..SignOptions::response(&q.tsig.mac) };
    let r = sign_message(&reply_to(&q.bytes, &[[192, 0, 2, 1]]), reply_key, reply_time, &opts).unwrap();
    (q, r.bytes)
}

#[test]
fn dig_signed_queries_byte_for_byte() {
    use Algorithm::*;
    let cases: [(&[u8], Algorithm, u16); 9] = [
        (DIG_HMAC_MD5, HmacMd5, 0),
        (DIG_HMAC_SHA1, HmacSha1, 0),
        (DIG_HMAC_SHA224, HmacSha224, 0),
        (DIG_HMAC_SHA256, HmacSha256, 0),
        (DIG_HMAC_SHA384, HmacSha384, 0),
        (DIG_HMAC_SHA512, HmacSha512, 0),
        (DIG_HMAC_MD5_80, HmacMd5, 80),
        (DIG_HMAC_SHA256_128, HmacSha256, 128),
        // dig rounds hmac-sha1-85 up to 88 bits: an 11-byte MAC.
        (DIG_HMAC_SHA1_85, HmacSha1, 88),
    ];
    for (wire, alg, bits) in cases {
        let k = key(alg, bits);
        let signed = sign_query(&strip_tsig(wire), &k, T).unwrap();
        assert_eq!(signed.bytes, wire, "{alg}-{bits}");
        assert_eq!(signed.tsig.mac.len(), k.mac_len());
        assert_eq!(Some(&signed.tsig), TsigRdata::parse(&parse(wire).unwrap().tsig.unwrap().rdata).as_ref());
        // A server with the same key accepts it.
        let check = verify_request(wire, &parse(wire).unwrap(), std::slice::from_ref(&k), T + 10);
        assert_eq!(check.result, Ok(()), "{alg}-{bits}");
        assert_eq!(check.key, Some(0));
    }
}

#[test]
fn the_tsig_record_as_bind_renders_it() {
    // A structural check of the appended record and of what is digested,
    // computed here independently of sign_message: RFC 8945 4.3.3's
    // variables after the message, HMAC-SHA256 from the hmac crate.
    let q = query();
    let k = key(Algorithm::HmacSha256, 0);
    let mut tbs = q.clone();
    tbs.extend_from_slice(b"\x07lab-key\x00"); // key name, lower case, uncompressed
    tbs.extend_from_slice(&[0x00, 0xff]); // CLASS ANY
    tbs.extend_from_slice(&[0, 0, 0, 0]); // TTL 0
    tbs.extend_from_slice(b"\x0bhmac-sha256\x00"); // algorithm name
    tbs.extend_from_slice(&[0x00, 0x00, 0x65, 0x53, 0xf1, 0x00]); // time signed, 48 bits
    tbs.extend_from_slice(&[0x01, 0x2c]); // fudge 300
    tbs.extend_from_slice(&[0, 0]); // error
    tbs.extend_from_slice(&[0, 0]); // other length
    let mut mac = <Hmac<sha2::Sha256>>::new_from_slice(LAB_SECRET).unwrap();
    mac.update(&tbs);
    let mac = mac.finalize().into_bytes().to_vec();
    let signed = sign_query(&q, &k, T).unwrap();
    let mut want = q.clone();
    want[11] = 1; // ARCOUNT 1
    want.extend_from_slice(b"\x07lab-key\x00"); // owner
    want.extend_from_slice(&[0x00, 0xfa, 0x00, 0xff]); // TYPE TSIG, CLASS ANY
    want.extend_from_slice(&[0, 0, 0, 0]); // TTL 0
    want.extend_from_slice(&[0, 61]); // RDLENGTH: 13 + 6 + 2 + 2 + 32 + 2 + 2 + 2
    want.extend_from_slice(b"\x0bhmac-sha256\x00"); // algorithm
    want.extend_from_slice(&[0x00, 0x00, 0x65, 0x53, 0xf1, 0x00]); // time signed
    want.extend_from_slice(&[0x01, 0x2c]); // fudge
    want.extend_from_slice(&[0, 32]); // MAC size
    want.extend_from_slice(&mac); // MAC
    want.extend_from_slice(&[0x12, 0x34]); // original id
    want.extend_from_slice(&[0, 0, 0, 0]); // error, other length
    assert_eq!(signed.bytes, want);
    assert_eq!(k.space_for_tsig(), want.len() - q.len());
}

#[test]
fn hmac_primitives_rfc_2202_and_4231() {
    // "Jefe" / "what do ya want for nothing?": RFC 2202 (MD5, SHA-1) and
    // RFC 4231 test case 2, through the algorithm dispatch.
    let cases = [
        (Algorithm::HmacMd5, "750c783e6ab0b503eaa86e310a5db738"),
        (Algorithm::HmacSha1, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        (Algorithm::HmacSha224, "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44"),
        (Algorithm::HmacSha256, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (Algorithm::HmacSha384, "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649"),
        (
            Algorithm::HmacSha512,
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        ),
    ];
    for (alg, want) in cases {
        let k = TsigKey::new(&name("k."), alg, b"Jefe".to_vec(), 0);
        let mut ctx = HmacCtx::new(&k).unwrap();
        ctx.update(b"what do ya want ");
        ctx.update(b"for nothing?");
        let got = ctx.finalize();
        assert_eq!(got, hex(want), "{alg}");
        assert_eq!(got.len(), alg.digest_len());
    }
}

#[test]
fn keys_and_algorithms() {
    let k = key(Algorithm::HmacSha256, 0);
    assert_eq!(k.name.to_text(false), "lab-key.");
    assert_eq!((k.mac_len(), k.key_bits(), k.is_too_short()), (32, 31 * 8, false));
    assert_eq!(key(Algorithm::HmacSha256, 128).mac_len(), 16);
    assert_eq!(key(Algorithm::HmacMd5, 80).mac_len(), 10);
    // Digest bits beyond the digest: the whole digest.
    assert_eq!(key(Algorithm::HmacMd5, 200).mac_len(), 16);
    // spacefortsig(): the full digest even when truncated.
    assert_eq!(key(Algorithm::HmacMd5, 80).space_for_tsig(), 26 + 9 + 26 + 16);
    let short = TsigKey::new(&name("k."), Algorithm::HmacSha256, b"a".to_vec(), 0);
    assert!(short.is_too_short());
    // A secret longer than the block is hashed first: 256 bits.
    let long = TsigKey::new(&name("k."), Algorithm::HmacSha256, vec![7; 65], 0);
    assert_eq!(long.key_bits(), 256);
    assert!(format!("{k:?}").contains("<31 bytes>"), "the secret stays out of Debug");
    for alg in Algorithm::ALL {
        assert_eq!(Algorithm::from_name(&alg.name()), Some(alg));
        assert_eq!(alg.name().wire_len(), alg.wire().len());
    }
    assert_eq!(Algorithm::from_name(&name("HMAC-MD5.SIG-ALG.REG.INT.")), Some(Algorithm::HmacMd5));
    assert_eq!(Algorithm::from_name(&name("hmac-md5.")), None);
    assert_eq!(Algorithm::HmacMd5.name().to_text(false), "hmac-md5.sig-alg.reg.int.");
}

#[test]
fn tsig_rdata_round_trip() {
    let t = TsigRdata {
        algorithm: Algorithm::HmacSha256.name(),
        time_signed: 0x0001_0203_0405,
        fudge: 300,
        mac: vec![1, 2, 3],
        original_id: 7,
        error: tsig_error::BADTIME,
        other: badtime_other(0x0000_6553_f100),
    };
    let w = t.to_wire();
    assert_eq!(&w[13..19], &[0x00, 0x01, 0x02, 0x03, 0x04, 0x05]);
    assert_eq!(TsigRdata::parse(&w), Some(t.clone()));
    assert_eq!(t.badtime_server_time(), Some(T));
    assert_eq!(TsigRdata::parse(&w[..w.len() - 1]), None);
    let mut longer = w.clone();
    longer.push(0);
    assert_eq!(TsigRdata::parse(&longer), None);
}

/// The shortest truncation BIND accepts: 10 bytes, and half the digest.
fn shortest_bits(alg: Algorithm) -> u16 {
    (alg.digest_len().div_ceil(2).max(10) * 8) as u16
}

#[test]
fn a_good_reply() {
    let k = key(Algorithm::HmacSha256, 0);
    let (q, r) = exchange(&k, &k, T + 1, 0, &[]);
    let mut v = Verifier::new(&k, &q);
    assert_eq!(check(&mut v, &r, T + 2), Ok(Verified::Signed));
    assert_eq!(v.messages(), 1);
    // Every algorithm, truncated or not (the reply's MAC is as long as
    // the request's).
    for alg in Algorithm::ALL {
        for bits in [0, shortest_bits(alg)] {
            let k = key(alg, bits);
            let (q, r) = exchange(&k, &k, T, 0, &[]);
            assert_eq!(Verifier::new(&k, &q).verify(&r, &parse(&r).unwrap(), T), Ok(Verified::Signed), "{alg}-{bits}");
        }
    }
}

#[test]
fn reply_failures_with_binds_text() {
    let k = key(Algorithm::HmacSha256, 0);
    let run = |reply_key: &TsigKey, time: u64, error: u16, other: &[u8], now: u64| {
        let (q, r) = exchange(&k, reply_key, time, error, other);
        let mut v = Verifier::new(&k, &q);
        let out = v.verify(&r, &parse(&r).unwrap(), now);
        out.map_err(|e| (e.to_string(), e.status, e.why))
    };
    let ok = Ok(Verified::Signed);
    assert_eq!(run(&k, T, 0, &[], T), ok);
    // Unsigned error replies (BADSIG, BADKEY): "tsig indicates error".
    let e = run(&k, T, tsig_error::BADSIG, &[], T).unwrap_err();
    assert_eq!((e.0.as_str(), e.1), ("tsig indicates error", tsig_error::BADSIG));
    let e = run(&k, T, tsig_error::BADKEY, &[], T).unwrap_err();
    assert_eq!((e.0.as_str(), e.1), ("tsig indicates error", tsig_error::BADKEY));
    // BADTRUNC comes signed; still an error set.
    let e = run(&k, T, tsig_error::BADTRUNC, &[], T).unwrap_err();
    assert_eq!((e.0.as_str(), e.1), ("tsig indicates error", tsig_error::BADTRUNC));
    // BADTIME as named sends it (the request's time, the server's in
    // OTHER): the time check fails first.
    let e = run(&k, T, tsig_error::BADTIME, &badtime_other(T + 5000), T + 5000).unwrap_err();
    assert_eq!((e.0.as_str(), e.2), ("clocks are unsynchronized", "signature has expired"));
    // BADTIME with a time in the window: the error itself.
    let e = run(&k, T, tsig_error::BADTIME, &badtime_other(T), T).unwrap_err();
    assert_eq!((e.0.as_str(), e.1), ("clocks are unsynchronized", tsig_error::BADTIME));
    // The time window: fudge 300 either side, inclusive.
    assert_eq!(run(&k, T, 0, &[], T + 300), ok);
    assert_eq!(run(&k, T, 0, &[], T - 300), ok);
    assert_eq!(run(&k, T, 0, &[], T + 301).unwrap_err().2, "signature has expired");
    assert_eq!(run(&k, T, 0, &[], T - 301).unwrap_err().2, "signature is in the future");
    // Another secret: the MAC does not verify.
    let other_secret = TsigKey::new(&name("lab-key."), Algorithm::HmacSha256, b"another secret!".to_vec(), 0);
    let e = run(&other_secret, T, 0, &[], T).unwrap_err();
    assert_eq!((e.0.as_str(), e.2), ("tsig verify failure", "signature failed to verify(1)"));
    // Another key name, another algorithm: refused before the MAC.
    let other_name = TsigKey::new(&name("other-key."), Algorithm::HmacSha256, LAB_SECRET.to_vec(), 0);
    assert_eq!(run(&other_name, T, 0, &[], T).unwrap_err().2, "key name and algorithm do not match");
    let other_alg = key(Algorithm::HmacSha512, 0);
    assert_eq!(run(&other_alg, T, 0, &[], T).unwrap_err().0, "tsig verify failure");
    // The reply's owner name differs only in case: fine (what is
    // digested is our key's name).
    let (q, mut r) = exchange(&k, &k, T, 0, &[]);
    let at = parse(&r).unwrap().tsig.unwrap().offset;
    r[at + 1..at + 8].copy_from_slice(b"LAB-KEY");
    assert_eq!(check(&mut Verifier::new(&k, &q), &r, T), Ok(Verified::Signed));
}

#[test]
fn no_tsig_in_the_reply() {
    let k = key(Algorithm::HmacMd5, 0);
    let q = sign_query(&query(), &k, T).unwrap();
    let r = reply_to(&q.bytes, &[]);
    let e = check(&mut Verifier::new(&k, &q), &r, T).unwrap_err();
    assert_eq!(e.result, VerifyResult::ExpectedTsig);
    assert_eq!(e.dig_line(), ";; Couldn't verify signature: expected a TSIG or SIG(0)");
}

/// A reply whose TSIG MAC is replaced by `mac` (the record re-encoded).
fn with_mac(reply: &[u8], mac: &[u8], error: u16) -> Vec<u8> {
    let m = parse(reply).unwrap();
    let rec = m.tsig.unwrap();
    let mut t = TsigRdata::parse(&rec.rdata).unwrap();
    t.mac = mac.to_vec();
    t.error = error;
    let mut unsigned = reply[..rec.offset].to_vec();
    unsigned[11] -= 1;
    append_tsig(&unsigned, &rec.name, &t)
}

#[test]
fn mac_lengths_and_truncation() {
    let k = key(Algorithm::HmacSha256, 0);
    let (q, r) = exchange(&k, &k, T, 0, &[]);
    let mac = TsigRdata::parse(&parse(&r).unwrap().tsig.unwrap().rdata).unwrap().mac;
    let run = |reply: &[u8], k: &TsigKey| text(Verifier::new(k, &q).verify(reply, &parse(reply).unwrap(), T));
    // Longer than the digest, shorter than 10 bytes or half the digest:
    // FORMERR.
    let mut long = mac.clone();
    long.push(0);
    assert_eq!(run(&with_mac(&r, &long, 0), &k), "FORMERR");
    assert_eq!(run(&with_mac(&r, &mac[..15], 0), &k), "FORMERR");
    // Half the digest is enough for the length check, but our key wants
    // the whole MAC: BADTRUNC, "tsig verify failure".
    let e = Verifier::new(&k, &q).verify(&with_mac(&r, &mac[..16], 0), &parse(&with_mac(&r, &mac[..16], 0)).unwrap(), T).unwrap_err();
    assert_eq!((e.result, e.status, e.why), (VerifyResult::VerifyFailure, tsig_error::BADTRUNC, "signature length too small"));
    // A key truncated to 128 bits takes 16 bytes, but not 15... (FORMERR
    // first) and not fewer than its own digest bits.
    let k128 = key(Algorithm::HmacSha256, 128);
    assert_eq!(run(&with_mac(&r, &mac[..16], 0), &k128), "Signed");
    let k136 = key(Algorithm::HmacSha256, 136);
    assert_eq!(run(&with_mac(&r, &mac[..16], 0), &k136), "tsig verify failure");
    // An empty MAC without error: "signature was empty".
    assert_eq!(run(&with_mac(&r, &[], 0), &k), "tsig verify failure");
    // A truncated MAC that is wrong.
    let mut bad = mac[..16].to_vec();
    bad[0] ^= 1;
    assert_eq!(run(&with_mac(&r, &bad, 0), &k128), "tsig verify failure");
}

#[test]
fn a_reply_that_is_not_a_response() {
    let k = key(Algorithm::HmacSha256, 0);
    let (q, mut r) = exchange(&k, &k, T, 0, &[]);
    // QR off: checked as a request (no request MAC digested): fails.
    r[2] &= 0x7f;
    assert_eq!(text(check(&mut Verifier::new(&k, &q), &r, T)), "tsig verify failure");
}

#[test]
fn a_key_without_secret() {
    let k = TsigKey::new(&name("lab-key."), Algorithm::HmacSha256, Vec::new(), 0);
    assert!(k.is_too_short());
    let e = sign_query(&query(), &k, T).unwrap_err();
    assert_eq!(e, SignError::NullKey);
    assert_eq!(e.dig_fatal(), "dns_message_renderend: illegal operation for a null key");
    assert_eq!(sign_query(&[0; 11], &key(Algorithm::HmacMd5, 0), T), Err(SignError::Short));
}

/// A zone transfer of `n` messages answering `q`, signed as `signed(i)`
/// says: the first against the request MAC, every later signed one
/// chained on the previous signed MAC over the unsigned messages between.
fn transfer(q: &Signed, k: &TsigKey, n: usize, signed: impl Fn(usize) -> bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut prev = q.tsig.mac.clone();
    let mut pending: Vec<Vec<u8>> = Vec::new();
    for i in 0..n {
        let msg = reply_to(&q.bytes, &[[192, 0, 2, i as u8], [198, 51, 100, i as u8]]);
        if !signed(i) {
            pending.push(msg.clone());
            out.push(msg);
            continue;
        }
        let base = if i == 0 { SignOptions::response(&prev) } else { SignOptions::continuation(&prev) };
        let s = sign_message(&msg, k, T + i as u64, &SignOptions { unsigned_before: &pending, ..base }).unwrap();
        prev = s.tsig.mac.clone();
        pending.clear();
        out.push(s.bytes);
    }
    out
}

fn run_transfer(v: &mut Verifier, msgs: &[Vec<u8>]) -> Vec<String> {
    msgs.iter().map(|m| text(check(v, m, T + 1))).collect()
}

#[test]
fn a_transfer_signed_message_by_message() {
    for alg in Algorithm::ALL {
        for bits in [0, shortest_bits(alg)] {
            let k = key(alg, bits);
            let q = sign_query(&query(), &k, T).unwrap();
            let msgs = transfer(&q, &k, 4, |_| true);
            assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &msgs), ["Signed"; 4], "{alg}-{bits}");
        }
    }
}

#[test]
fn a_tampered_transfer() {
    let k = key(Algorithm::HmacSha256, 0);
    let q = sign_query(&query(), &k, T).unwrap();
    let msgs = transfer(&q, &k, 3, |_| true);
    // A changed record in message 2: that message fails; message 3 is
    // chained on message 2's MAC as received, which is the server's, so
    // it passes (BIND's state after a failure).
    let mut m = msgs.clone();
    let at = parse(&m[1]).unwrap().answer[0].rdata_offset;
    m[1][at] ^= 1;
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m), ["Signed", "tsig verify failure", "Signed"]);
    // A changed MAC in message 2: 2 and 3 fail.
    let mut m = msgs.clone();
    let last = m[1].len() - 10;
    m[1][last] ^= 1;
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m), ["Signed", "tsig verify failure", "tsig verify failure"]);
    // Messages swapped.
    let m = vec![msgs[0].clone(), msgs[2].clone(), msgs[1].clone()];
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m), ["Signed", "tsig verify failure", "tsig verify failure"]);
    // A later message with another key name: refused, the running digest
    // kept.
    let other = TsigKey::new(&name("other."), Algorithm::HmacSha256, LAB_SECRET.to_vec(), 0);
    let mut m = msgs.clone();
    m[2] = sign_message(&strip_tsig(&msgs[2]), &other, T, &SignOptions::continuation(&[])).unwrap().bytes;
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m), ["Signed", "Signed", "tsig verify failure"]);
    // A later message without QR.
    let mut m = msgs.clone();
    m[1][2] &= 0x7f;
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m)[1], "expected a response");
}

#[test]
fn unsigned_messages_in_between() {
    let k = key(Algorithm::HmacSha1, 0);
    let q = sign_query(&query(), &k, T).unwrap();
    let msgs = transfer(&q, &k, 5, |i| i == 0 || i == 3 || i == 4);
    let mut v = Verifier::new(&k, &q);
    assert_eq!(run_transfer(&mut v, &msgs[..3]), ["Signed", "Unsigned", "Unsigned"]);
    assert_eq!(v.unsigned_run(), 2);
    assert_eq!(run_transfer(&mut v, &msgs[3..]), ["Signed", "Signed"]);
    assert_eq!((v.unsigned_run(), v.finish()), (0, Ok(())));
    // An unsigned message changed: the next signed one fails.
    let mut m = msgs.clone();
    let at = parse(&m[2]).unwrap().answer[1].rdata_offset;
    m[2][at] ^= 1;
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m), ["Signed", "Unsigned", "Unsigned", "tsig verify failure", "Signed"]);
    // An unsigned message dropped: likewise.
    let m = [msgs[0].clone(), msgs[1].clone(), msgs[3].clone()];
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m), ["Signed", "Unsigned", "tsig verify failure"]);
    // The first message unsigned.
    let m = transfer(&q, &k, 2, |i| i == 1);
    assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &m)[0], "expected a TSIG or SIG(0)");
}

#[test]
fn how_many_unsigned_messages() {
    let k = key(Algorithm::HmacSha256, 0);
    let q = sign_query(&query(), &k, T).unwrap();
    // 99 unsigned between two signed ones: fine everywhere.
    let msgs = transfer(&q, &k, 101, |i| i == 0 || i == 100);
    let mut strict = Verifier::new(&k, &q).strict();
    let out = run_transfer(&mut strict, &msgs);
    assert_eq!((out[99].as_str(), out[100].as_str()), ("Unsigned", "Signed"));
    assert_eq!(strict.finish(), Ok(()));
    // 100: dig takes it, RFC 8945 does not.
    let msgs = transfer(&q, &k, 102, |i| i == 0 || i == 101);
    let dig = run_transfer(&mut Verifier::new(&k, &q), &msgs);
    assert!(dig.iter().all(|s| s == "Signed" || s == "Unsigned"), "{dig:?}");
    let out = run_transfer(&mut Verifier::new(&k, &q).strict(), &msgs);
    assert_eq!(out[100], "expected a TSIG or SIG(0)");
    // The last message unsigned: only strict minds.
    let msgs = transfer(&q, &k, 3, |i| i == 0);
    let mut v = Verifier::new(&k, &q);
    run_transfer(&mut v, &msgs);
    assert_eq!(v.finish(), Ok(()));
    let mut v = Verifier::new(&k, &q).strict();
    run_transfer(&mut v, &msgs);
    assert_eq!(v.finish().unwrap_err().to_string(), "expected a TSIG or SIG(0)");
}

#[test]
fn a_message_counted_but_not_checked() {
    // dig counts every reply of a lookup: after a reply it did not check
    // (say a SERVFAIL it moved on from), the next server's complete reply
    // is checked as a TCP continuation, and fails.
    let k = key(Algorithm::HmacSha256, 0);
    let (q, r) = exchange(&k, &k, T, 0, &[]);
    let mut v = Verifier::new(&k, &q);
    v.count_unchecked();
    assert_eq!(text(check(&mut v, &r, T)), "tsig verify failure");
}

#[test]
fn the_server_side() {
    let k = key(Algorithm::HmacSha256, 0);
    let keys = [key(Algorithm::HmacMd5, 0), k.clone()];
    let run = |bytes: &[u8], keys: &[TsigKey], now: u64| {
        let c = verify_request(bytes, &parse(bytes).unwrap(), keys, now);
        (c.key, c.result.map_err(|e| (e.to_string(), e.status)))
    };
    let q = sign_query(&query(), &k, T).unwrap();
    assert_eq!(run(&q.bytes, &keys, T), (Some(1), Ok(())));
    let c = verify_request(&q.bytes, &parse(&q.bytes).unwrap(), &keys, T);
    assert_eq!(c.tsig.map(|(n, t)| (n.to_text(false), t.mac)), Some(("lab-key.".into(), q.tsig.mac.clone())));
    // Unknown name or algorithm: BADKEY.
    let e = |s: &str, st| Err((s.to_string(), st));
    assert_eq!(run(&q.bytes, &keys[..1], T), (None, e("tsig verify failure", tsig_error::BADKEY)));
    // Another secret: BADSIG.
    let wrong = TsigKey { secret: b"wrong".to_vec(), ..k.clone() };
    assert_eq!(run(&q.bytes, std::slice::from_ref(&wrong), T), (Some(0), e("tsig verify failure", tsig_error::BADSIG)));
    // Out of the window: BADTIME.
    assert_eq!(run(&q.bytes, &keys, T + 301), (Some(1), e("clocks are unsynchronized", tsig_error::BADTIME)));
    // Truncated below what the server's key allows: BADTRUNC.
    let q128 = sign_query(&query(), &key(Algorithm::HmacSha256, 128), T).unwrap();
    assert_eq!(run(&q128.bytes, &keys, T), (Some(1), e("tsig verify failure", tsig_error::BADTRUNC)));
    // Too short for any key: FORMERR (and the server's status stays
    // BADSIG, as named answers it).
    let q80 = sign_query(&query(), &key(Algorithm::HmacSha256, 80), T).unwrap();
    assert_eq!(run(&q80.bytes, &keys, T), (Some(1), e("FORMERR", tsig_error::BADSIG)));
    // Unsigned.
    assert_eq!(run(&query(), &keys, T), (None, e("expected a TSIG or SIG(0)", tsig_error::BADSIG)));
}

/// hickory-proto's TSIG (feature dnssec-ring) as an independent
/// implementation: hmac-sha256, -384 and -512, full-length MACs.
mod hickory {
    use super::*;
    use hickory_proto::op::{Message as HMessage, MessageType, OpCode, Query as HQuery};
    use hickory_proto::rr::rdata::tsig::TsigAlgorithm;
    use hickory_proto::rr::{Name as HName, RecordType, TSigResponseContext, TSigner};

    const ALGS: [(Algorithm, TsigAlgorithm); 3] = [
        (Algorithm::HmacSha256, TsigAlgorithm::HmacSha256),
        (Algorithm::HmacSha384, TsigAlgorithm::HmacSha384),
        (Algorithm::HmacSha512, TsigAlgorithm::HmacSha512),
    ];

    fn signer(alg: &TsigAlgorithm) -> TSigner {
        TSigner::new(LAB_SECRET.to_vec(), alg.clone(), HName::from_ascii("lab-key.").unwrap(), 300).unwrap()
    }

    fn hquery() -> HMessage {
        let mut m = HMessage::new(0x4242, MessageType::Query, OpCode::Query);
        m.metadata.recursion_desired = true;
        m.add_query(HQuery::query(HName::from_ascii("www.example.").unwrap(), RecordType::A));
        m
    }

    #[test]
    fn hickory_signs_a_query_rlookup_agrees() {
        for (alg, halg) in ALGS {
            let mut m = hquery();
            m.finalize(&signer(&halg), T).unwrap();
            let wire = m.to_vec().unwrap();
            let k = key(alg, 0);
            let c = verify_request(&wire, &parse(&wire).unwrap(), std::slice::from_ref(&k), T);
            assert_eq!(c.result, Ok(()), "{alg}");
            // The same MAC from rlookup's signer over the same message.
            let mine = sign_query(&strip_tsig(&wire), &k, T).unwrap();
            assert_eq!(mine.tsig.mac, m.signature().unwrap().data.mac, "{alg}");
        }
    }

    #[test]
    fn rlookup_signs_a_query_hickory_agrees() {
        for (alg, halg) in ALGS {
            let q = sign_query(&query(), &key(alg, 0), T).unwrap();
            let (mac, time, _) = signer(&halg).verify_message_byte(&q.bytes, None, true).unwrap();
            assert_eq!((mac, time), (q.tsig.mac.clone(), T), "{alg}");
            let mut bad = q.bytes.clone();
            bad[13] ^= 0x20; // the question's name, in another case
            assert!(signer(&halg).verify_message_byte(&bad, None, true).is_err());
        }
    }

    #[test]
    fn hickory_signs_a_reply_rlookup_verifies() {
        for (alg, halg) in ALGS {
            let k = key(alg, 0);
            let q = sign_query(&query(), &k, T).unwrap();
            let mut r = HMessage::from_vec(&reply_to(&q.bytes, &[[192, 0, 2, 7]])).unwrap();
            let unsigned = r.to_vec().unwrap();
            let rec = TSigResponseContext::new(0x1234, T + 1, signer(&halg), q.tsig.mac.clone(), None).sign(&unsigned).unwrap();
            r.set_signature(rec);
            let wire = r.to_vec().unwrap();
            assert_eq!(check(&mut Verifier::new(&k, &q), &wire, T), Ok(Verified::Signed), "{alg}");
            // hickory's unsigned BADSIG reply: "tsig indicates error".
            let mut r = HMessage::from_vec(&unsigned).unwrap();
            r.set_signature(TSigResponseContext::bad_signature(0x1234, T, signer(&halg)).sign(&unsigned).unwrap());
            let wire = r.to_vec().unwrap();
            assert_eq!(text(check(&mut Verifier::new(&k, &q), &wire, T)), "tsig indicates error");
        }
    }

    #[test]
    fn rlookup_signs_a_transfer_hickory_verifies_each_message() {
        for (alg, halg) in ALGS {
            let mut m = hquery();
            let mut hv = m.finalize(&signer(&halg), T).unwrap().unwrap();
            let wire = m.to_vec().unwrap();
            let k = key(alg, 0);
            let c = verify_request(&wire, &parse(&wire).unwrap(), std::slice::from_ref(&k), T);
            let q = Signed { bytes: wire.clone(), tsig: c.tsig.unwrap().1 };
            let msgs = transfer(&q, &k, 3, |_| true);
            for (i, msg) in msgs.iter().enumerate() {
                assert!(hv.verify(msg).is_ok(), "{alg} message {i}");
            }
            // And rlookup's own verifier on the same messages.
            assert_eq!(run_transfer(&mut Verifier::new(&k, &q), &msgs), ["Signed"; 3]);
            // Tampered: hickory refuses too.
            let mut hv = {
                let mut m = hquery();
                m.finalize(&signer(&halg), T).unwrap().unwrap()
            };
            let mut bad = msgs.clone();
            let at = parse(&bad[1]).unwrap().answer[0].rdata_offset;
            bad[1][at] ^= 1;
            assert!(hv.verify(&bad[0]).is_ok());
            assert!(hv.verify(&bad[1]).is_err());
        }
    }
}

#[test]
fn padding_leaves_room_for_the_tsig() {
    // BIND pads (+padding) before signing, counting the room it reserved
    // for the TSIG record (spacefortsig(): the full digest even when the
    // MAC is truncated): the unsigned query plus space_for_tsig() is a
    // multiple of the block, the signed query is not.
    let cases: [(&[u8], Algorithm, u16); 3] = [
        (DIG_PADDED_SHA256, Algorithm::HmacSha256, 0),
        (DIG_PADDED_SHA256_128, Algorithm::HmacSha256, 128),
        (DIG_PADDED_MD5, Algorithm::HmacMd5, 0),
    ];
    for (wire, alg, bits) in cases {
        let k = TsigKey::new(&name("lab-key."), alg, LAB_SECRET.to_vec(), bits);
        let unsigned = strip_tsig(wire);
        assert_eq!((unsigned.len() + k.space_for_tsig()) % 128, 0, "{alg}-{bits}");
        let t = TsigRdata::parse(&parse(wire).unwrap().tsig.unwrap().rdata).unwrap().time_signed;
        assert_eq!(sign_query(&unsigned, &k, t).unwrap().bytes, wire, "{alg}-{bits}");
    }
}
/// dig 9.18.49 `+padding=128 -y hmac-sha256:lab-key:cmxv...`, as captured.
const DIG_PADDED_SHA256: &[u8] = &[
    0xb3, 0xb2, // ID
    0x01, 0x20, // flags 0x0120, RCODE 0
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS 1
    0x00, // additional: owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, CLASS 1232
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x88, // RDLENGTH 136
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0xa8, 0x7f, 0xba, 0x2e, 0x90, 0x2e, 0xc0, 0x28, // client cookie
    0x00, 0x0c, 0x00, 0x78, // option PAD, length 120
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // additional: owner lab-key.
    0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS 255
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x3d, // RDLENGTH 61
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, // algorithm hmac-sha256.
    0x00, 0x00, 0x6b, 0x14, 0xb7, 0xca, // time signed 1796519882
    0x01, 0x2c, // fudge 300
    0x00, 0x20, // MAC size 32
    0xb8, 0x06, 0x0a, 0x93, 0x85, 0x9c, 0xfa, 0x54, 0x4a, 0x1c, 0xfd, 0x21, 0x41, 0xae, 0x21, 0x75, // MAC
    0x94, 0xd7, 0x0b, 0x6f, 0x38, 0x7f, 0xe1, 0x98, 0x96, 0x47, 0x88, 0x75, 0x44, 0x09, 0xb9, 0x95, // MAC (cont.)
    0xb3, 0xb2, // original id
    0x00, 0x00, // error 0
    0x00, 0x00, // other length 0
];
/// dig 9.18.49 `+padding=128 -y hmac-sha256-128:lab-key:cmxv...`, as captured.
const DIG_PADDED_SHA256_128: &[u8] = &[
    0x39, 0x4b, // ID
    0x01, 0x20, // flags 0x0120, RCODE 0
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS 1
    0x00, // additional: owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, CLASS 1232
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x88, // RDLENGTH 136
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x38, 0xce, 0xf7, 0x9c, 0x62, 0x44, 0xea, 0x86, // client cookie
    0x00, 0x0c, 0x00, 0x78, // option PAD, length 120
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // additional: owner lab-key.
    0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS 255
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x2d, // RDLENGTH 45
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, // algorithm hmac-sha256.
    0x00, 0x00, 0x6b, 0x14, 0xb7, 0xcb, // time signed 1796519883
    0x01, 0x2c, // fudge 300
    0x00, 0x10, // MAC size 16
    0x94, 0x1e, 0x30, 0xbc, 0x6a, 0x45, 0x3d, 0xdb, 0xdc, 0x62, 0x17, 0x8f, 0x62, 0x3d, 0xd9, 0xd3, // MAC
    0x39, 0x4b, // original id
    0x00, 0x00, // error 0
    0x00, 0x00, // other length 0
];
/// dig 9.18.49 `+padding=128 -y hmac-md5:lab-key:cmxv...`, as captured.
const DIG_PADDED_MD5: &[u8] = &[
    0x35, 0x04, // ID
    0x01, 0x20, // flags 0x0120, RCODE 0
    0x00, 0x01, // QDCOUNT 1
    0x00, 0x00, // ANCOUNT 0
    0x00, 0x00, // NSCOUNT 0
    0x00, 0x02, // ARCOUNT 2
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS 1
    0x00, // additional: owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, CLASS 1232
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x8b, // RDLENGTH 139
    0x00, 0x0a, 0x00, 0x08, // option COOKIE, length 8
    0x46, 0x0d, 0x4f, 0x0e, 0x58, 0x4e, 0x7b, 0x51, // client cookie
    0x00, 0x0c, 0x00, 0x7b, // option PAD, length 123
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding (zeros) (cont.)
    0x07, 0x6c, 0x61, 0x62, 0x2d, 0x6b, 0x65, 0x79, 0x00, // additional: owner lab-key.
    0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS 255
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x3a, // RDLENGTH 58
    0x08, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x6d, 0x64, 0x35, 0x07, 0x73, 0x69, 0x67, 0x2d, 0x61,
    0x6c, // algorithm hmac-md5.sig-alg.reg.int.
    0x67, 0x03, 0x72, 0x65, 0x67, 0x03, 0x69, 0x6e, 0x74, 0x00, // algorithm hmac-md5.sig-alg.reg.int. (cont.)
    0x00, 0x00, 0x6b, 0x14, 0xb7, 0xcc, // time signed 1796519884
    0x01, 0x2c, // fudge 300
    0x00, 0x10, // MAC size 16
    0x8d, 0x00, 0xab, 0x0f, 0x1a, 0x3f, 0x91, 0xde, 0xf4, 0xa9, 0x7b, 0x83, 0x7a, 0x74, 0x0e, 0x1c, // MAC
    0x35, 0x04, // original id
    0x00, 0x00, // error 0
    0x00, 0x00, // other length 0
];

#[path = "tsig_named_tests.rs"]
mod named;
