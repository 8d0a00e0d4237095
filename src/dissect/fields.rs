//! packet-dns.c's fields (header_field_info: abbreviation, name, type,
//! base, value strings, mask) and expert infos, with Wireshark's value
//! string tables (record types, classes, opcodes, rcodes, EDNS options,
//! DNSSEC algorithms, ...).
//!
//! The dissector (`super` and `super::rdata`) adds items by these
//! definitions; `super::text::uint_label` turns a field and its value into
//! the label tshark prints.

use super::Item;

/// A field's type (ftenum) as far as its label is concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ft {
    /// Unsigned integer of this many bits (the container width).
    Uint(u32),
    /// FT_INT32.
    Int32,
    /// FT_BOOLEAN with this container width.
    Bool(u32),
    Str,
    Bytes,
    Ipv4,
    Ipv6,
    /// FT_NONE: the label is the name alone.
    None,
    /// FT_ABSOLUTE_TIME.
    AbsTime,
    /// FT_ETHER (EUI48).
    Ether,
    /// FT_EUI64.
    Eui64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Base {
    Dec,
    Hex,
}

#[derive(Clone, Copy)]
pub(super) enum Strs {
    No,
    Vals(&'static [(u32, &'static str)]),
    Range(&'static [(u32, u32, &'static str)]),
    Tfs(&'static str, &'static str),
}

pub(super) struct Hf {
    pub(super) abbrev: &'static str,
    pub(super) name: &'static str,
    pub(super) ft: Ft,
    pub(super) base: Base,
    pub(super) strs: Strs,
    pub(super) mask: u32,
}

pub(super) const fn hf(abbrev: &'static str, name: &'static str, ft: Ft, base: Base, strs: Strs, mask: u32) -> Hf {
    Hf { abbrev, name, ft, base, strs, mask }
}
pub(super) const fn dec(abbrev: &'static str, name: &'static str, bits: u32) -> Hf {
    hf(abbrev, name, Ft::Uint(bits), Base::Dec, Strs::No, 0)
}
pub(super) const fn hex(abbrev: &'static str, name: &'static str, bits: u32) -> Hf {
    hf(abbrev, name, Ft::Uint(bits), Base::Hex, Strs::No, 0)
}
pub(super) const fn vals(abbrev: &'static str, name: &'static str, bits: u32, v: &'static [(u32, &'static str)]) -> Hf {
    hf(abbrev, name, Ft::Uint(bits), Base::Dec, Strs::Vals(v), 0)
}
pub(super) const fn string(abbrev: &'static str, name: &'static str) -> Hf {
    hf(abbrev, name, Ft::Str, Base::Dec, Strs::No, 0)
}
pub(super) const fn bytes(abbrev: &'static str, name: &'static str) -> Hf {
    hf(abbrev, name, Ft::Bytes, Base::Dec, Strs::No, 0)
}
pub(super) const fn ftype(abbrev: &'static str, name: &'static str, ft: Ft) -> Hf {
    hf(abbrev, name, ft, Base::Dec, Strs::No, 0)
}
pub(super) const fn flag(abbrev: &'static str, name: &'static str, bits: u32, t: &'static str, f: &'static str, mask: u32) -> Hf {
    hf(abbrev, name, Ft::Bool(bits), Base::Dec, Strs::Tfs(t, f), mask)
}

/// An expert info (ei_register_info).
pub(super) struct Ei {
    pub(super) abbrev: &'static str,
    pub(super) severity: &'static str,
    pub(super) group: &'static str,
    pub(super) summary: &'static str,
}

pub(super) const EI_MALFORMED: Ei =
    Ei { abbrev: "_ws.malformed.expert", severity: "Error", group: "Malformed", summary: "Malformed Packet (Exception occurred)" };
pub(super) const EI_OPT_BAD_LENGTH: Ei =
    Ei { abbrev: "dns.rr.opt.bad_length", severity: "Error", group: "Malformed", summary: "Length too long for any type of IP address." };
pub(super) const EI_UNDECODED: Ei = Ei { abbrev: "dns.undecoded.type", severity: "Note", group: "Undecoded", summary: "Undecoded option" };
pub(super) const EI_DEPR_OPC: Ei = Ei { abbrev: "dns.depr.opc", severity: "Warning", group: "Protocol", summary: "Deprecated opcode" };
pub(super) const EI_TTL_HIGH_BIT: Ei = Ei {
    abbrev: "dns.ttl.high_bit_set",
    severity: "Warning",
    group: "Protocol",
    summary: "The uppermost bit of the TTL is set (RFC 2181, section 8)",
};
pub(super) const EI_TSIG_ALG: Ei =
    Ei { abbrev: "dns.tsig.noalg", severity: "Warning", group: "Undecoded", summary: "No dissector for algorithm" };
pub(super) const EI_KEY_ID_SHORT: Ei =
    Ei { abbrev: "dns.key_id_buffer_too_short", severity: "Warning", group: "Protocol", summary: "Buffer too short to compute a key id" };
pub(super) const EI_STRAY: Ei =
    Ei { abbrev: "_ws.string.trailing_stray_characters", severity: "Warning", group: "Undecoded", summary: "Trailing stray characters" };

/// The expert info item as tshark -V shows it, under the item it is about.
pub(super) fn expert_item(ei: &Ei, message: String) -> Item {
    let leaf = |field: &'static str, label: String| Item { field, label, generated: true, children: Vec::new() };
    Item {
        field: "_ws.expert",
        label: format!("Expert Info ({}/{}): {message}", ei.severity, ei.group),
        generated: true,
        children: vec![
            leaf(ei.abbrev, message),
            leaf("_ws.expert.severity", format!("Severity level: {}", ei.severity)),
            leaf("_ws.expert.group", format!("Group: {}", ei.group)),
        ],
    }
}

pub(super) const T_A: u16 = 1;
pub(super) const T_NS: u16 = 2;
pub(super) const T_MD: u16 = 3;
pub(super) const T_MF: u16 = 4;
pub(super) const T_CNAME: u16 = 5;
pub(super) const T_SOA: u16 = 6;
pub(super) const T_MB: u16 = 7;
pub(super) const T_MG: u16 = 8;
pub(super) const T_MR: u16 = 9;
pub(super) const T_NULL: u16 = 10;
pub(super) const T_WKS: u16 = 11;
pub(super) const T_PTR: u16 = 12;
pub(super) const T_HINFO: u16 = 13;
pub(super) const T_MINFO: u16 = 14;
pub(super) const T_MX: u16 = 15;
pub(super) const T_TXT: u16 = 16;
pub(super) const T_RP: u16 = 17;
pub(super) const T_AFSDB: u16 = 18;
pub(super) const T_X25: u16 = 19;
pub(super) const T_ISDN: u16 = 20;
pub(super) const T_RT: u16 = 21;
pub(super) const T_NSAP: u16 = 22;
pub(super) const T_NSAP_PTR: u16 = 23;
pub(super) const T_SIG: u16 = 24;
pub(super) const T_KEY: u16 = 25;
pub(super) const T_PX: u16 = 26;
pub(super) const T_GPOS: u16 = 27;
pub(super) const T_AAAA: u16 = 28;
pub(super) const T_LOC: u16 = 29;
pub(super) const T_NXT: u16 = 30;
pub(super) const T_SRV: u16 = 33;
pub(super) const T_NAPTR: u16 = 35;
pub(super) const T_KX: u16 = 36;
pub(super) const T_CERT: u16 = 37;
pub(super) const T_A6: u16 = 38;
pub(super) const T_DNAME: u16 = 39;
pub(super) const T_OPT: u16 = 41;
pub(super) const T_APL: u16 = 42;
pub(super) const T_DS: u16 = 43;
pub(super) const T_SSHFP: u16 = 44;
pub(super) const T_IPSECKEY: u16 = 45;
pub(super) const T_RRSIG: u16 = 46;
pub(super) const T_NSEC: u16 = 47;
pub(super) const T_DNSKEY: u16 = 48;
pub(super) const T_DHCID: u16 = 49;
pub(super) const T_NSEC3: u16 = 50;
pub(super) const T_NSEC3PARAM: u16 = 51;
pub(super) const T_TLSA: u16 = 52;
pub(super) const T_HIP: u16 = 55;
pub(super) const T_CDS: u16 = 59;
pub(super) const T_CDNSKEY: u16 = 60;
pub(super) const T_OPENPGPKEY: u16 = 61;
pub(super) const T_CSYNC: u16 = 62;
pub(super) const T_ZONEMD: u16 = 63;
pub(super) const T_SVCB: u16 = 64;
pub(super) const T_HTTPS: u16 = 65;
pub(super) const T_SPF: u16 = 99;
pub(super) const T_NID: u16 = 104;
pub(super) const T_L32: u16 = 105;
pub(super) const T_L64: u16 = 106;
pub(super) const T_LP: u16 = 107;
pub(super) const T_EUI48: u16 = 108;
pub(super) const T_EUI64: u16 = 109;
pub(super) const T_TKEY: u16 = 249;
pub(super) const T_TSIG: u16 = 250;
pub(super) const T_CAA: u16 = 257;
pub(super) const T_DLV: u16 = 32769;
pub(super) const T_WINS: u16 = 65281;
pub(super) const T_WINS_R: u16 = 65282;
pub(super) const T_XPF: u16 = 65422;

/// dns_types_vals: the short names used in summaries. (MAILB/MAILA are
/// swapped in Wireshark 4.0; kept.)
pub(super) const TYPE_NAMES: &[(u32, &str)] = &[
    (0, "Unused"),
    (1, "A"),
    (2, "NS"),
    (3, "MD"),
    (4, "MF"),
    (5, "CNAME"),
    (6, "SOA"),
    (7, "MB"),
    (8, "MG"),
    (9, "MR"),
    (10, "NULL"),
    (11, "WKS"),
    (12, "PTR"),
    (13, "HINFO"),
    (14, "MINFO"),
    (15, "MX"),
    (16, "TXT"),
    (17, "RP"),
    (18, "AFSDB"),
    (19, "X25"),
    (20, "ISDN"),
    (21, "RT"),
    (22, "NSAP"),
    (23, "NSAP-PTR"),
    (24, "SIG"),
    (25, "KEY"),
    (26, "PX"),
    (27, "GPOS"),
    (28, "AAAA"),
    (29, "LOC"),
    (30, "NXT"),
    (31, "EID"),
    (32, "NIMLOC"),
    (33, "SRV"),
    (34, "ATMA"),
    (35, "NAPTR"),
    (36, "KX"),
    (37, "CERT"),
    (38, "A6"),
    (39, "DNAME"),
    (40, "SINK"),
    (41, "OPT"),
    (42, "APL"),
    (43, "DS"),
    (44, "SSHFP"),
    (45, "IPSECKEY"),
    (46, "RRSIG"),
    (47, "NSEC"),
    (48, "DNSKEY"),
    (49, "DHCID"),
    (50, "NSEC3"),
    (51, "NSEC3PARAM"),
    (52, "TLSA"),
    (55, "HIP"),
    (57, "RKEY"),
    (58, "TALINK"),
    (59, "CDS"),
    (60, "CDNSKEY"),
    (61, "OPENPGPKEY"),
    (62, "CSYNC"),
    (63, "ZONEMD"),
    (64, "SVCB"),
    (65, "HTTPS"),
    (99, "SPF"),
    (100, "UINFO"),
    (101, "UID"),
    (102, "GID"),
    (103, "UNSPEC"),
    (104, "NID"),
    (105, "L32"),
    (106, "L64"),
    (107, "LP"),
    (108, "EUI48"),
    (109, "EUI64"),
    (249, "TKEY"),
    (250, "TSIG"),
    (251, "IXFR"),
    (252, "AXFR"),
    (253, "MAILA"),
    (254, "MAILB"),
    (255, "ANY"),
    (256, "URI"),
    (257, "CAA"),
    (32768, "TA"),
    (32769, "DLV"),
    (65281, "WINS"),
    (65282, "WINS-R"),
    (65422, "XPF"),
];

/// dns_types_description_vals: the names of the Type fields.
pub(super) const TYPE_DESCRIPTIONS: &[(u32, &str)] = &[
    (0, "Unused"),
    (1, "A (Host Address)"),
    (2, "NS (authoritative Name Server)"),
    (3, "MD (Mail Destination)"),
    (4, "MF (Mail Forwarder)"),
    (5, "CNAME (Canonical NAME for an alias)"),
    (6, "SOA (Start Of a zone of Authority)"),
    (7, "MB (MailBox domain name)"),
    (8, "MG (Mail Group member)"),
    (9, "MR (Mail Rename domain)"),
    (10, "NULL RR"),
    (11, "WKS (Well Known Service)"),
    (12, "PTR (domain name PoinTeR)"),
    (13, "HINFO (host information)"),
    (14, "MINFO (Mailbox or mail list information)"),
    (15, "MX (Mail eXchange)"),
    (16, "TXT (Text strings)"),
    (17, "RP (Responsible Person)"),
    (18, "AFSDB (AFS Data Base location)"),
    (19, "X25 (XX.25 PSDN address)"),
    (20, "ISDN (ISDN address)"),
    (21, "RT (Route Through)"),
    (22, "NSAP (NSAP address)"),
    (23, "NSAP-PTR (NSAP domain name pointer)"),
    (24, "SIG (security signature)"),
    (25, "KEY (security key)"),
    (26, "PX (X.400 mail mapping information)"),
    (27, "GPOS (Geographical Position)"),
    (28, "AAAA (IPv6 Address)"),
    (29, "LOC (Location Information)"),
    (30, "NXT (Next Domain)"),
    (31, "EID (Endpoint Identifier)"),
    (32, "NIMLOC (Nimrod Locator)"),
    (33, "SRV (Server Selection)"),
    (34, "ATMA (ATM Address)"),
    (35, "NAPTR (Naming Authority Pointer)"),
    (36, "KX (Key Exchanger)"),
    (37, "CERT"),
    (38, "A6 (OBSOLETE - use AAAA)"),
    (39, "DNAME"),
    (40, "SINK"),
    (41, "OPT"),
    (42, "APL"),
    (43, "DS (Delegation Signer)"),
    (44, "SSHFP (SSH Key Fingerprint)"),
    (45, "IPSECKEY"),
    (46, "RRSIG (Resource Record Signature)"),
    (47, "NSEC (Next Secure)"),
    (48, "DNSKEY (DNS Public Key)"),
    (49, "DHCID"),
    (50, "NSEC3"),
    (51, "NSEC3PARAM"),
    (52, "TLSA"),
    (55, "HIP (Host Identity Protocol)"),
    (57, "RKEY"),
    (58, "TALINK (Trust Anchor LINK)"),
    (59, "CDS (Child DS)"),
    (60, "CDNSKEY (DNSKEY(s) the Child wants reflected in DS)"),
    (61, "OPENPGPKEY (OpenPGP Key)"),
    (62, "CSYNC (Child-to-Parent Synchronization)"),
    (63, "ZONEMD"),
    (64, "SVCB (General Purpose Service Endpoints)"),
    (65, "HTTPS (HTTPS Specific Service Endpoints)"),
    (99, "SPF"),
    (100, "UINFO"),
    (101, "UID"),
    (102, "GID"),
    (103, "UNSPEC"),
    (104, "NID (NodeID)"),
    (105, "L32 (Locator32)"),
    (106, "L64 (Locator64)"),
    (107, "LP (Locator FQDN)"),
    (108, "EUI48"),
    (109, "EUI64"),
    (249, "TKEY (Transaction Key)"),
    (250, "TSIG (Transaction Signature)"),
    (251, "IXFR (incremental transfer)"),
    (252, "AXFR (transfer of an entire zone)"),
    (253, "MAILB (mailbox-related RRs)"),
    (254, "MAILA (mail agent RRs)"),
    (255, "* (A request for all records the server/cache has available)"),
    (256, "URI"),
    (257, "CAA (Certification Authority Restriction)"),
    (32768, "TA (DNSSEC Trust Authorities)"),
    (32769, "DLV (DNSSEC Lookaside Validation)"),
    (65281, "WINS"),
    (65282, "WINS-R"),
    (65422, "XPF"),
];

pub(super) const CLASSES: &[(u32, &str)] = &[(1, "IN"), (2, "CS"), (3, "CH"), (4, "HS"), (254, "NONE"), (255, "ANY")];

pub(super) const OPCODES: &[(u32, &str)] = &[
    (0, "Standard query"),
    (1, "Inverse query"),
    (2, "Server status request"),
    (4, "Zone change notification"),
    (5, "Dynamic update"),
    (6, "DNS Stateful operations (DSO)"),
];

pub(super) const RCODES: &[(u32, &str)] = &[
    (0, "No error"),
    (1, "Format error"),
    (2, "Server failure"),
    (3, "No such name"),
    (4, "Not implemented"),
    (5, "Refused"),
    (6, "Name exists"),
    (7, "RRset exists"),
    (8, "RRset does not exist"),
    (9, "Not authoritative"),
    (10, "Name out of zone"),
    (11, "DSO-Type not implemented"),
    (16, "Bad OPT Version or TSIG Signature Failure"),
    (17, "Key not recognized"),
    (18, "Signature out of time window"),
    (19, "Bad TKEY Mode"),
    (20, "Duplicate key name"),
    (21, "Algorithm not supported"),
    (22, "Bad Truncation"),
    (23, "Bad/missing Server Cookie"),
];

pub(super) const EDNS0_OPTIONS: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "LLQ - Long-lived query"),
    (2, "UL - Update lease"),
    (3, "NSID - Name Server Identifier"),
    (4, "Owner (reserved)"),
    (5, "DAU - DNSSEC Algorithm Understood (RFC6975)"),
    (6, "DHU - DS Hash Understood (RFC6975)"),
    (7, "N3U - NSEC3 Hash Understood (RFC6975)"),
    (0x50fa, "Experimental - CSUBNET - Client subnet"),
    (8, "CSUBNET - Client subnet"),
    (9, "EDNS EXPIRE (RFC7314)"),
    (10, "COOKIE"),
    (11, "EDNS TCP Keepalive"),
    (12, "PADDING"),
    (13, "CHAIN"),
    (15, "Extended DNS Error"),
];

pub(super) const DNSSEC_ALGOS: &[(u32, &str)] = &[
    (1, "RSA/MD5"),
    (2, "Diffie-Hellman"),
    (3, "DSA"),
    (4, "Elliptic curve crypto"),
    (5, "RSA/SHA1"),
    (6, "DSA + NSEC3/SHA1"),
    (7, "RSA/SHA1 + NSEC3/SHA1"),
    (8, "RSA/SHA-256"),
    (10, "RSA/SHA-512"),
    (12, "GOST R 34.10-2001"),
    (13, "ECDSA Curve P-256 with SHA-256"),
    (14, "ECDSA Curve P-386 with SHA-386"),
    (15, "Ed25519"),
    (16, "Ed448"),
    (157, "HMAC/MD5"),
    (252, "Indirect key"),
    (253, "Private, domain name"),
    (254, "Private, OID"),
];

pub(super) const DS_DIGESTS: &[(u32, &str)] =
    &[(0, "Reserved digest"), (1, "SHA-1"), (2, "SHA-256"), (3, "GOST R 34.11-94"), (4, "SHA-384")];

pub(super) const HASH_ALGOS: &[(u32, &str)] = &[(0, "Reserved"), (1, "SHA-1")];

pub(super) const TLSA_USAGES: &[(u32, &str)] = &[
    (0, "CA constraint (PKIX-TA)"),
    (1, "Service certificate constraint (PKIX-EE)"),
    (2, "Trust anchor assertion (DANE-TA)"),
    (3, "Domain-issued certificate (DANE-EE)"),
];
pub(super) const TLSA_SELECTORS: &[(u32, &str)] = &[(0, "Full certificate (Cert)"), (1, "SubjectPublicKeyInfo (SPKI)")];
pub(super) const TLSA_MATCHING: &[(u32, &str)] =
    &[(0, "No Hash Used (Full)"), (1, "256 bit hash by SHA2 (SHA2-256)"), (2, "512 bit hash by SHA2 (SHA2-512)")];

pub(super) const SSHFP_ALGOS: &[(u32, &str)] = &[(0, "Reserved"), (1, "RSA"), (2, "DSA"), (3, "ECDSA"), (4, "Ed25519"), (5, "XMSS")];
pub(super) const SSHFP_TYPES: &[(u32, &str)] = &[(0, "Reserved"), (1, "SHA1"), (2, "SHA256")];

pub(super) const HIP_ALGOS: &[(u32, &str)] = &[(1, "DSA"), (2, "RSA"), (0, "Reserved")];

pub(super) const AFAMILIES: &[(u32, &str)] = &[(1, "IPv4"), (2, "IPv6")];

pub(super) const GW_ALGOS: &[(u32, &str)] = &[(1, "DSA"), (2, "RSA")];
pub(super) const GW_TYPES: &[(u32, &str)] = &[(0, "No Gateway"), (1, "IPv4 Gateway"), (2, "IPv6 Gateway"), (3, "DNS Gateway")];

pub(super) const TKEY_MODES: &[(u32, &str)] =
    &[(1, "Server assigned"), (2, "Diffie Hellman"), (3, "GSSAPI"), (4, "Resolver assigned"), (5, "Delete")];

pub(super) const CERT_TYPES: &[(u32, &str)] = &[
    (1, "PKIX"),
    (2, "SPKI"),
    (3, "PGP"),
    (4, "IPKIX"),
    (5, "ISPKI"),
    (6, "IPGP"),
    (7, "ACPKIX"),
    (8, "IACPKIX"),
    (253, "Private, URI"),
    (254, "Private, OID"),
];

pub(super) const SVCB_KEYS: &[(u32, &str)] = &[
    (0, "mandatory"),
    (1, "alpn"),
    (2, "no-default-alpn"),
    (3, "port"),
    (4, "ipv4hint"),
    (5, "echconfig"),
    (6, "ipv6hint"),
    (32769, "odohconfig"),
    (65535, "key65535"),
];

pub(super) const IP_VERSIONS: &[(u32, &str)] =
    &[(0, "Reserved"), (4, "IPv4"), (5, "ST Datagram"), (6, "IPv6"), (7, "TP/IX"), (8, "PIP"), (9, "TUBA")];

/// ipproto_val (epan/ipproto.c): IP protocol names, for WKS and XPF.
pub(super) const IP_PROTOS: &[(u32, &str)] = &[
    (0, "IPv6 Hop-by-Hop Option"),
    (1, "ICMP"),
    (2, "IGMP"),
    (3, "GGP"),
    (4, "IPIP"),
    (5, "Stream"),
    (6, "TCP"),
    (7, "CBT"),
    (8, "EGP"),
    (9, "IGRP"),
    (10, "BBN RCC"),
    (11, "Network Voice"),
    (12, "PUP"),
    (13, "ARGUS"),
    (14, "EMCON"),
    (15, "XNET"),
    (16, "CHAOS"),
    (17, "UDP"),
    (18, "Multiplex"),
    (19, "DCN Measurement"),
    (20, "Host Monitoring"),
    (21, "Packet radio"),
    (22, "IDP"),
    (23, "Trunk-1"),
    (24, "Trunk-2"),
    (25, "Leaf-1"),
    (26, "Leaf-2"),
    (27, "Reliable Data"),
    (28, "IRT"),
    (29, "ISO TP4"),
    (30, "Bulk Data"),
    (31, "MFE NSP"),
    (32, "Merit Internodal"),
    (33, "Datagram Congestion Control Protocol"),
    (34, "3rd Party Connect"),
    (35, "Inter-Domain Policy Routing Protocol"),
    (36, "XTP"),
    (37, "Datagram delivery"),
    (38, "Control Message"),
    (39, "TP++"),
    (40, "IL"),
    (41, "IPv6"),
    (42, "Source demand routing"),
    (43, "Routing Header for IPv6"),
    (44, "Fragment Header for IPv6"),
    (45, "Inter-Domain Routing Protocol"),
    (46, "Reservation Protocol"),
    (47, "Generic Routing Encapsulation"),
    (48, "Dynamic source routing"),
    (49, "BNA"),
    (50, "Encap Security Payload"),
    (51, "Authentication Header"),
    (52, "INSLP"),
    (53, "SWIPE"),
    (54, "NBMA ARP"),
    (55, "IP Mobility"),
    (56, "TLSP Kryptonet"),
    (57, "SKIP"),
    (58, "ICMPv6"),
    (59, "No Next Header for IPv6"),
    (60, "Destination Options for IPv6"),
    (61, "any host internal protocol"),
    (62, "Mobile IPv6 (old)"),
    (63, "any local network"),
    (64, "SATNET EXPAK"),
    (65, "Kryptolan"),
    (66, "Remote Virtual Disk"),
    (67, "IPPC"),
    (68, "any distributed file system"),
    (69, "SATNET Monitoring"),
    (70, "VISA"),
    (71, "IPCV"),
    (72, "CPNX"),
    (73, "CPHB"),
    (74, "Wang Span"),
    (75, "Packet Video"),
    (76, "Backroom SATNET Mon"),
    (77, "Sun ND Protocol"),
    (78, "Wideband Mon"),
    (79, "Wideband Expak"),
    (80, "ISO Internet Protocol"),
    (81, "VMTP"),
    (82, "Secure VMTP"),
    (83, "VINES"),
    (84, "TTP"),
    (85, "NSFNET IGP"),
    (86, "Dissimilar Gateway"),
    (87, "TCF"),
    (88, "EIGRP"),
    (89, "OSPF IGP"),
    (90, "Sprite RPC"),
    (91, "Locus ARP"),
    (92, "Multicast Transport"),
    (93, "AX.25 Frames"),
    (94, "IP in IP"),
    (95, "MICP"),
    (96, "Semaphore"),
    (97, "Ether in IP"),
    (98, "ENCAP"),
    (99, "any private encryption scheme"),
    (100, "GMTP"),
    (101, "Ipsilon Flow"),
    (102, "PNNI over IP"),
    (103, "PIM"),
    (104, "ARIS"),
    (105, "SCPS"),
    (106, "QNX"),
    (107, "Active Networks"),
    (108, "IPComp"),
    (109, "Sitara Networks"),
    (110, "Compaq Peer"),
    (111, "IPX IN IP"),
    (112, "VRRP"),
    (113, "PGM"),
    (114, "any 0-hop protocol"),
    (115, "Layer 2 Tunneling"),
    (116, "DDX"),
    (117, "IATP"),
    (118, "STP"),
    (119, "SpectraLink"),
    (120, "UTI"),
    (121, "SMP"),
    (122, "SM"),
    (123, "PTP"),
    (124, "ISIS over IP"),
    (125, "FIRE"),
    (126, "CRTP"),
    (127, "CRUDP"),
    (128, "SSCOPMCE"),
    (129, "IPLT"),
    (130, "Secure Packet"),
    (131, "PIPE"),
    (132, "SCTP"),
    (133, "Fibre Channel"),
    (134, "RSVP E2EI"),
    (135, "Mobile IPv6"),
    (136, "UDPLite"),
    (137, "MPLS in IP"),
    (138, "MANET"),
    (139, "HIP"),
    (140, "Shim6 header"),
    (141, "WESP"),
    (142, "ROHC"),
    (143, "Ethernet"),
    (144, "Unassigned"),
    (145, "Unassigned"),
    (146, "Unassigned"),
    (147, "Unassigned"),
    (148, "Unassigned"),
    (149, "Unassigned"),
    (150, "Unassigned"),
    (151, "Unassigned"),
    (152, "Unassigned"),
    (153, "Unassigned"),
    (154, "Unassigned"),
    (155, "Unassigned"),
    (156, "Unassigned"),
    (157, "Unassigned"),
    (158, "Unassigned"),
    (159, "Unassigned"),
    (160, "Unassigned"),
    (161, "Unassigned"),
    (162, "Unassigned"),
    (163, "Unassigned"),
    (164, "Unassigned"),
    (165, "Unassigned"),
    (166, "Unassigned"),
    (167, "Unassigned"),
    (168, "Unassigned"),
    (169, "Unassigned"),
    (170, "Unassigned"),
    (171, "Unassigned"),
    (172, "Unassigned"),
    (173, "AX/4000 Testframe"),
    (174, "Unassigned"),
    (175, "Unassigned"),
    (176, "Unassigned"),
    (177, "Unassigned"),
    (178, "Unassigned"),
    (179, "Unassigned"),
    (180, "Unassigned"),
    (181, "Unassigned"),
    (182, "Unassigned"),
    (183, "Unassigned"),
    (184, "Unassigned"),
    (185, "Unassigned"),
    (186, "Unassigned"),
    (187, "Unassigned"),
    (188, "Unassigned"),
    (189, "Unassigned"),
    (190, "Unassigned"),
    (191, "Unassigned"),
    (192, "Unassigned"),
    (193, "Unassigned"),
    (194, "Unassigned"),
    (195, "Unassigned"),
    (196, "Unassigned"),
    (197, "Unassigned"),
    (198, "Unassigned"),
    (199, "Unassigned"),
    (200, "Unassigned"),
    (201, "Unassigned"),
    (202, "Unassigned"),
    (203, "Unassigned"),
    (204, "Unassigned"),
    (205, "Unassigned"),
    (206, "Unassigned"),
    (207, "Unassigned"),
    (208, "Unassigned"),
    (209, "Unassigned"),
    (210, "Unassigned"),
    (211, "Unassigned"),
    (212, "Unassigned"),
    (213, "Unassigned"),
    (214, "Unassigned"),
    (215, "Unassigned"),
    (216, "Unassigned"),
    (217, "Unassigned"),
    (218, "Unassigned"),
    (219, "Unassigned"),
    (220, "Unassigned"),
    (221, "Unassigned"),
    (222, "Unassigned"),
    (223, "Unassigned"),
    (224, "Novell NCS Heartbeat"),
];

pub(super) const ZONEMD_SCHEMES: &[(u32, u32, &str)] =
    &[(0, 0, "Reserved"), (1, 1, "SIMPLE"), (2, 239, "Unassigned"), (240, 254, "Private Use"), (255, 255, "Reserved")];
pub(super) const ZONEMD_HASHES: &[(u32, u32, &str)] =
    &[(0, 0, "Reserved"), (1, 1, "SHA-384"), (2, 2, "SHA-512"), (3, 239, "Unassigned"), (240, 254, "Private Use"), (255, 255, "Reserved")];

pub(super) const EDE_CODES: &[(u32, u32, &str)] = &[
    (0, 0, "Other Error"),
    (1, 1, "Unsupported DNSKEY Algorithm"),
    (2, 2, "Unsupported DS Digest Type"),
    (3, 3, "Stale Answer"),
    (4, 4, "Forged Answer"),
    (5, 5, "DNSSEC Indeterminate"),
    (6, 6, "DNSSEC Bogus"),
    (7, 7, "Signature Expired"),
    (8, 8, "Signature Not Yet Valid"),
    (9, 9, "DNSKEY Missing"),
    (10, 10, "RRSIGs Missing"),
    (11, 11, "No Zone Key Bit Set"),
    (12, 12, "NSEC Missing"),
    (13, 13, "Cached Error"),
    (14, 14, "Not Ready"),
    (15, 15, "Blocked"),
    (16, 16, "Censored"),
    (17, 17, "Filtered"),
    (18, 18, "Prohibited"),
    (19, 19, "Stale NXDomain Answer"),
    (20, 20, "Not Authoritative"),
    (21, 21, "Not Supported"),
    (22, 22, "No Reachable Authority"),
    (23, 23, "Network Error"),
    (24, 24, "Invalid Data"),
    (25, 25, "Signature Expired before Valid"),
    (26, 26, "Too Early"),
    (27, 27, "Unsupported NSEC3 Iterations Value"),
    (28, 28, "Unable to conform to policy"),
    (29, 29, "Synthesized"),
    (30, 49151, "Unassigned"),
    (49152, 65535, "Reserved for Private Use"),
];

pub(super) const DSO_TYPES: &[(u32, u32, &str)] = &[
    (0, 0, "Reserved"),
    (1, 1, "Keep Alive"),
    (2, 2, "Retry Delay"),
    (3, 3, "Encryption Padding"),
    (4, 0x3f, "Unassigned, reserved for DSO session-management TLVs"),
    (0x40, 0x40, "Subscribe"),
    (0x41, 0x41, "Push"),
    (0x42, 0x42, "Unsubscribe"),
    (0x43, 0x43, "Reconfirm"),
    (0x44, 0xf7ff, "Unassigned"),
    (0xf800, 0xfbff, "Reserved for Experimental/Local Use"),
    (0xfc00, 0xffff, "Reserved for future expansion"),
];

pub(super) fn val_str(v: u32, table: &[(u32, &'static str)]) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == v).map(|(_, s)| *s)
}

pub(super) fn rval_str(v: u32, table: &[(u32, u32, &'static str)]) -> Option<&'static str> {
    table.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&v)).map(|(_, _, s)| *s)
}

/// val_to_str(v, table, "Unknown (%d)").
pub(super) fn val_or_unknown(v: u32, table: &[(u32, &'static str)]) -> String {
    match val_str(v, table) {
        Some(s) => s.to_string(),
        None => format!("Unknown ({})", v as i32),
    }
}

// The fields of packet-dns.c, by name.
pub(super) const TFS_RESPONSE: Strs = Strs::Tfs("Message is a response", "Message is a query");
pub(super) const HF_LENGTH: Hf = dec("dns.length", "Length", 16);
pub(super) const HF_FLAGS: Hf = hex("dns.flags", "Flags", 16);
pub(super) const HF_FLAGS_RESPONSE: Hf = hf("dns.flags.response", "Response", Ft::Bool(16), Base::Dec, TFS_RESPONSE, 0x8000);
pub(super) const HF_FLAGS_OPCODE: Hf = hf("dns.flags.opcode", "Opcode", Ft::Uint(16), Base::Dec, Strs::Vals(OPCODES), 0x7800);
pub(super) const HF_FLAGS_AUTHORITATIVE: Hf = flag(
    "dns.flags.authoritative",
    "Authoritative",
    16,
    "Server is an authority for domain",
    "Server is not an authority for domain",
    0x0400,
);
pub(super) const HF_FLAGS_TRUNCATED: Hf =
    flag("dns.flags.truncated", "Truncated", 16, "Message is truncated", "Message is not truncated", 0x0200);
pub(super) const HF_FLAGS_RECDESIRED: Hf =
    flag("dns.flags.recdesired", "Recursion desired", 16, "Do query recursively", "Don't do query recursively", 0x0100);
pub(super) const HF_FLAGS_RECAVAIL: Hf =
    flag("dns.flags.recavail", "Recursion available", 16, "Server can do recursive queries", "Server can't do recursive queries", 0x0080);
pub(super) const HF_FLAGS_Z: Hf = flag("dns.flags.z", "Z", 16, "reserved - incorrect!", "reserved (0)", 0x0040);
pub(super) const HF_FLAGS_AUTHENTICATED: Hf = flag(
    "dns.flags.authenticated",
    "Answer authenticated",
    16,
    "Answer/authority portion was authenticated by the server",
    "Answer/authority portion was not authenticated by the server",
    0x0020,
);
pub(super) const HF_FLAGS_AD: Hf = flag("dns.flags.authenticated", "AD bit", 16, "Set", "Not set", 0x0020);
pub(super) const HF_FLAGS_CHECKDISABLE: Hf =
    flag("dns.flags.checkdisable", "Non-authenticated data", 16, "Acceptable", "Unacceptable", 0x0010);
pub(super) const HF_FLAGS_RCODE: Hf = hf("dns.flags.rcode", "Reply code", Ft::Uint(16), Base::Dec, Strs::Vals(RCODES), 0x000f);
pub(super) const HF_TRANSACTION_ID: Hf = hex("dns.id", "Transaction ID", 16);
pub(super) const HF_COUNT_QUESTIONS: Hf = dec("dns.count.queries", "Questions", 16);
pub(super) const HF_COUNT_ZONES: Hf = dec("dns.count.zones", "Zones", 16);
pub(super) const HF_COUNT_ANSWERS: Hf = dec("dns.count.answers", "Answer RRs", 16);
pub(super) const HF_COUNT_PREREQUISITES: Hf = dec("dns.count.prerequisites", "Prerequisites", 16);
pub(super) const HF_COUNT_AUTH_RR: Hf = dec("dns.count.auth_rr", "Authority RRs", 16);
pub(super) const HF_COUNT_UPDATES: Hf = dec("dns.count.updates", "Updates", 16);
pub(super) const HF_COUNT_ADD_RR: Hf = dec("dns.count.add_rr", "Additional RRs", 16);
pub(super) const HF_QRY_NAME: Hf = string("dns.qry.name", "Name");
pub(super) const HF_QRY_NAME_LEN: Hf = dec("dns.qry.name.len", "Name Length", 16);
pub(super) const HF_COUNT_LABELS: Hf = dec("dns.count.labels", "Label Count", 16);
pub(super) const HF_QRY_TYPE: Hf = vals("dns.qry.type", "Type", 16, TYPE_DESCRIPTIONS);
pub(super) const HF_QRY_CLASS: Hf = hf("dns.qry.class", "Class", Ft::Uint(16), Base::Hex, Strs::Vals(CLASSES), 0);
pub(super) const HF_RR_NAME: Hf = string("dns.resp.name", "Name");
pub(super) const HF_RR_TYPE: Hf = vals("dns.resp.type", "Type", 16, TYPE_DESCRIPTIONS);
pub(super) const HF_RR_CLASS: Hf = hf("dns.resp.class", "Class", Ft::Uint(16), Base::Hex, Strs::Vals(CLASSES), 0);
pub(super) const HF_RR_TTL: Hf = dec("dns.resp.ttl", "Time to live", 32);
pub(super) const HF_RR_LEN: Hf = dec("dns.resp.len", "Data length", 16);
pub(super) const HF_SRV_SERVICE: Hf = string("dns.srv.service", "Service");
pub(super) const HF_SRV_PROTO: Hf = string("dns.srv.proto", "Protocol");
pub(super) const HF_SRV_NAME: Hf = string("dns.srv.name", "Name");
pub(super) const HF_RR_UDP_PAYLOAD_SIZE: Hf = dec("dns.rr.udp_payload_size", "UDP payload size", 16);
pub(super) const HF_RR_EXT_RCODE: Hf = hex("dns.resp.ext_rcode", "Higher bits in extended RCODE", 8);
pub(super) const HF_RR_EDNS0_VERSION: Hf = dec("dns.resp.edns0_version", "EDNS0 version", 8);
pub(super) const HF_RR_Z: Hf = hex("dns.resp.z", "Z", 16);
pub(super) const HF_RR_Z_DO: Hf =
    flag("dns.resp.z.do", "DO bit", 16, "Accepts DNSSEC security RRs", "Cannot handle DNSSEC security RRs", 0x8000);
pub(super) const HF_RR_Z_RESERVED: Hf = hf("dns.resp.z.reserved", "Reserved", Ft::Uint(16), Base::Hex, Strs::No, 0x7fff);
pub(super) const HF_A: Hf = ftype("dns.a", "Address", Ft::Ipv4);
pub(super) const HF_NS: Hf = string("dns.ns", "Name Server");
pub(super) const HF_MD: Hf = string("dns.md", "Mail Destination");
pub(super) const HF_MF: Hf = string("dns.mf", "Mail Forwarder");
pub(super) const HF_CNAME: Hf = string("dns.cname", "CNAME");
pub(super) const HF_SOA_MNAME: Hf = string("dns.soa.mname", "Primary name server");
pub(super) const HF_SOA_RNAME: Hf = string("dns.soa.rname", "Responsible authority's mailbox");
pub(super) const HF_SOA_SERIAL: Hf = dec("dns.soa.serial_number", "Serial Number", 32);
pub(super) const HF_SOA_REFRESH: Hf = dec("dns.soa.refresh_interval", "Refresh Interval", 32);
pub(super) const HF_SOA_RETRY: Hf = dec("dns.soa.retry_interval", "Retry Interval", 32);
pub(super) const HF_SOA_EXPIRE: Hf = dec("dns.soa.expire_limit", "Expire limit", 32);
pub(super) const HF_SOA_MINIMUM: Hf = dec("dns.soa.minimum_ttl", "Minimum TTL", 32);
pub(super) const HF_MB: Hf = string("dns.mb", "MailBox Domaine");
pub(super) const HF_MG: Hf = string("dns.mg", "Mail Group member");
pub(super) const HF_MR: Hf = string("dns.mr", "Mail Rename domaine");
pub(super) const HF_NULL: Hf = bytes("dns.null", "Null (data)");
pub(super) const HF_WKS_ADDRESS: Hf = ftype("dns.wks.address", "Address", Ft::Ipv4);
pub(super) const HF_WKS_PROTOCOL: Hf = vals("dns.wks.protocol", "Protocol", 8, IP_PROTOS);
pub(super) const HF_WKS_BITS: Hf = hex("dns.wks.bits", "Bits", 8);
pub(super) const HF_PTR: Hf = string("dns.ptr.domain_name", "Domain Name");
pub(super) const HF_HINFO_CPU_LENGTH: Hf = dec("dns.hinfo.cpu_length", "CPU Length", 8);
pub(super) const HF_HINFO_CPU: Hf = string("dns.hinfo.cpu", "CPU");
pub(super) const HF_HINFO_OS_LENGTH: Hf = dec("dns.hinfo.os_length", "OS Length", 8);
pub(super) const HF_HINFO_OS: Hf = string("dns.hinfo.os", "OS");
pub(super) const HF_MINFO_R: Hf = string("dns.minfo.r", "Responsible Mailbox");
pub(super) const HF_MINFO_E: Hf = string("dns.minfo.e", "Error Mailbox");
pub(super) const HF_MX_PREFERENCE: Hf = dec("dns.mx.preference", "Preference", 16);
pub(super) const HF_MX_EXCHANGE: Hf = string("dns.mx.mail_exchange", "Mail Exchange");
pub(super) const HF_TXT_LENGTH: Hf = dec("dns.txt.length", "TXT Length", 8);
pub(super) const HF_TXT: Hf = string("dns.txt", "TXT");
pub(super) const HF_RP_MAILBOX: Hf = string("dns.rp.mailbox", "Mailbox");
pub(super) const HF_RP_TXT_RR: Hf = string("dns.rp.txt_rr", "TXT RR");
pub(super) const HF_AFSDB_SUBTYPE: Hf = dec("dns.afsdb.subtype", "Subtype", 16);
pub(super) const HF_AFSDB_HOSTNAME: Hf = string("dns.afsdb.hostname", "Hostname");
pub(super) const HF_X25_LENGTH: Hf = dec("dns.x25.length", "Length", 8);
pub(super) const HF_X25_ADDRESS: Hf = string("dns.x25.psdn_address", "PSDN-Address");
pub(super) const HF_ISDN_LENGTH: Hf = dec("dns.idsn.length", "Length", 8);
pub(super) const HF_ISDN_ADDRESS: Hf = string("dns.idsn.address", "ISDN Address");
pub(super) const HF_ISDN_SA_LENGTH: Hf = dec("dns.idsn.sa.length", "Length", 8);
pub(super) const HF_ISDN_SA: Hf = string("dns.idsn.sa.address", "Sub Address");
pub(super) const HF_RT_PREFERENCE: Hf = dec("dns.rt.subtype", "Preference", 16);
pub(super) const HF_RT_HOST: Hf = string("dns.rt.intermediate_host", "Intermediate Hostname");
pub(super) const HF_NSAP_RDATA: Hf = bytes("dns.nsap.rdata", "NSAP Data");
pub(super) const HF_NSAP_PTR_OWNER: Hf = string("dns.nsap_ptr.owner", "Owner");
pub(super) const HF_KEY_FLAGS: Hf = hex("dns.key.flags", "Flags", 16);
pub(super) const HF_KEY_FLAGS_AUTH: Hf =
    flag("dns.key.flags.authentication", "Key allowed for authentication", 16, "Not Allowed", "Allowed", 0x8000);
pub(super) const HF_KEY_FLAGS_CONF: Hf =
    flag("dns.key.flags.confidentiality", "Key allowed for confidentiality", 16, "Not Allowed", "Allowed", 0x4000);
pub(super) const HF_KEY_FLAGS_REQUIRED: Hf =
    flag("dns.key.flags.required", "Key required", 16, "Experimental or optional", "Required", 0x2000);
pub(super) const HF_KEY_FLAGS_USER: Hf = flag("dns.key.flags.associated_user", "Key is associated with a user", 16, "Yes", "No", 0x0400);
pub(super) const HF_KEY_FLAGS_ENTITY: Hf =
    flag("dns.key.flags.associated_named_entity", "Key is associated with the named entity", 16, "Yes", "No", 0x0200);
pub(super) const HF_KEY_FLAGS_IPSEC: Hf = flag("dns.key.flags.ipsec", "Key use with IPSEC", 16, "Valid", "Invalid", 0x0080);
pub(super) const HF_KEY_FLAGS_MIME: Hf =
    flag("dns.key.flags.mime", "Key use with MIME security multiparts", 16, "Valid", "Invalid", 0x0040);
pub(super) const HF_KEY_FLAGS_SIGNATORY: Hf = hf("dns.key.flags.signatory", "Signatory", Ft::Uint(16), Base::Dec, Strs::No, 0x000f);
pub(super) const HF_KEY_PROTOCOL: Hf = dec("dns.key.protocol", "Protocol", 8);
pub(super) const HF_KEY_ALGORITHM: Hf = vals("dns.key.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
pub(super) const HF_KEY_KEY_ID: Hf = dec("dns.key.key_id", "Key ID", 16);
pub(super) const HF_KEY_PUBLIC_KEY: Hf = bytes("dns.key.public_key", "Public Key");
pub(super) const HF_PX_PREFERENCE: Hf = dec("dns.px.preference", "Preference", 16);
pub(super) const HF_PX_MAP822: Hf = string("dns.px.map822", "MAP822");
pub(super) const HF_PX_MAPX400: Hf = string("dns.px.map400", "MAPX400");
pub(super) const HF_GPOS_LONG_LEN: Hf = dec("dns.gpos.longitude_length", "Longitude length", 8);
pub(super) const HF_GPOS_LONG: Hf = string("dns.gpos.longitude", "Longitude");
pub(super) const HF_GPOS_LAT_LEN: Hf = dec("dns.gpos.latitude_length", "Latitude length", 8);
pub(super) const HF_GPOS_LAT: Hf = string("dns.gpos.latitude", "Latitude");
pub(super) const HF_GPOS_ALT_LEN: Hf = dec("dns.gpos.altitude_length", "Altitude length", 8);
pub(super) const HF_GPOS_ALT: Hf = string("dns.gpos.altitude", "Altitude");
pub(super) const HF_AAAA: Hf = ftype("dns.aaaa", "AAAA Address", Ft::Ipv6);
pub(super) const HF_LOC_VERSION: Hf = dec("dns.loc.version", "Version", 8);
pub(super) const HF_LOC_SIZE: Hf = dec("dns.loc.size", "Size", 8);
pub(super) const HF_LOC_HPREC: Hf = dec("dns.loc.horizontal_precision", "Horizontal Precision", 8);
pub(super) const HF_LOC_VPREC: Hf = dec("dns.loc.vertical_precision", "Vertical Precision", 8);
pub(super) const HF_LOC_LATITUDE: Hf = dec("dns.loc.latitude", "Latitude", 32);
pub(super) const HF_LOC_LONGITUDE: Hf = dec("dns.loc.longitude", "Longitude", 32);
pub(super) const HF_LOC_ALTITUDE: Hf = dec("dns.loc.altitude", "Altitude", 32);
pub(super) const HF_LOC_UNKNOWN: Hf = bytes("dns.loc.unknown_data", "Unknown data");
pub(super) const HF_NXT_NEXT: Hf = string("dns.nxt.next_domain_name", "Next Domain Name");
pub(super) const HF_SRV_PRIORITY: Hf = dec("dns.srv.priority", "Priority", 16);
pub(super) const HF_SRV_WEIGHT: Hf = dec("dns.srv.weight", "Weight", 16);
pub(super) const HF_SRV_PORT: Hf = dec("dns.srv.port", "Port", 16);
pub(super) const HF_SRV_TARGET: Hf = string("dns.srv.target", "Target");
pub(super) const HF_NAPTR_ORDER: Hf = dec("dns.naptr.order", "Order", 16);
pub(super) const HF_NAPTR_PREFERENCE: Hf = dec("dns.naptr.preference", "Preference", 16);
pub(super) const HF_NAPTR_FLAGS_LENGTH: Hf = dec("dns.naptr.flags_length", "Flags Length", 8);
pub(super) const HF_NAPTR_FLAGS: Hf = string("dns.naptr.flags", "Flags");
pub(super) const HF_NAPTR_SERVICE_LENGTH: Hf = dec("dns.naptr.service_length", "Service Length", 8);
pub(super) const HF_NAPTR_SERVICE: Hf = string("dns.naptr.service", "Service");
pub(super) const HF_NAPTR_REGEX_LENGTH: Hf = dec("dns.naptr.regex_length", "Regex Length", 8);
pub(super) const HF_NAPTR_REGEX: Hf = string("dns.naptr.regex", "Regex");
pub(super) const HF_NAPTR_REPLACEMENT_LENGTH: Hf = dec("dns.naptr.replacement_length", "Replacement Length", 8);
pub(super) const HF_NAPTR_REPLACEMENT: Hf = string("dns.naptr.replacement", "Replacement");
pub(super) const HF_KX_PREFERENCE: Hf = dec("dns.kx.preference", "Preference", 16);
pub(super) const HF_KX_EXCHANGE: Hf = string("dns.kx.key_exchange", "Key Exchange");
pub(super) const HF_CERT_TYPE: Hf = vals("dns.cert.type", "Type", 16, CERT_TYPES);
pub(super) const HF_CERT_KEY_TAG: Hf = hex("dns.cert.key_tag", "Key Tag", 16);
pub(super) const HF_CERT_ALGORITHM: Hf = vals("dns.cert.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
pub(super) const HF_CERT_CERTIFICATE: Hf = bytes("dns.cert.certificate", "Certificate (or CRL)");
pub(super) const HF_A6_PREFIX_LEN: Hf = dec("dns.a6.prefix_len", "Prefix len", 8);
pub(super) const HF_A6_SUFFIX: Hf = ftype("dns.a6.address_suffix", "Address Suffix", Ft::Ipv6);
pub(super) const HF_A6_PREFIX_NAME: Hf = string("dns.a6.prefix_name", "Prefix name");
pub(super) const HF_DNAME: Hf = string("dns.dname", "Dname");
pub(super) const HF_OPT: Hf = ftype("dns.opt", "Option", Ft::None);
pub(super) const HF_OPT_CODE: Hf = vals("dns.opt.code", "Option Code", 16, EDNS0_OPTIONS);
pub(super) const HF_OPT_LEN: Hf = dec("dns.opt.len", "Option Length", 16);
pub(super) const HF_OPT_DATA: Hf = bytes("dns.opt.data", "Option Data");
pub(super) const HF_OPT_DAU: Hf = vals("dns.opt.dau", "DAU", 8, DNSSEC_ALGOS);
pub(super) const HF_OPT_DHU: Hf = vals("dns.opt.dhu", "DHU", 8, DS_DIGESTS);
pub(super) const HF_OPT_N3U: Hf = vals("dns.opt.n3u", "N3U", 8, HASH_ALGOS);
pub(super) const HF_OPT_CLIENT_FAMILY: Hf = vals("dns.opt.client.family", "Family", 16, AFAMILIES);
pub(super) const HF_OPT_CLIENT_NETMASK: Hf = dec("dns.opt.client.netmask", "Source Netmask", 8);
pub(super) const HF_OPT_CLIENT_SCOPE: Hf = dec("dns.opt.client.scope", "Scope Netmask", 8);
pub(super) const HF_OPT_CLIENT_ADDR: Hf = bytes("dns.opt.client.addr", "Client Subnet");
pub(super) const HF_OPT_CLIENT_ADDR4: Hf = ftype("dns.opt.client.addr4", "Client Subnet", Ft::Ipv4);
pub(super) const HF_OPT_CLIENT_ADDR6: Hf = ftype("dns.opt.client.addr6", "Client Subnet", Ft::Ipv6);
pub(super) const HF_OPT_COOKIE_CLIENT: Hf = bytes("dns.opt.cookie.client", "Client Cookie");
pub(super) const HF_OPT_COOKIE_SERVER: Hf = bytes("dns.opt.cookie.server", "Server Cookie");
pub(super) const HF_OPT_TCP_KEEPALIVE: Hf = dec("dns.opt.edns_tcp_keepalive.timeout", "Timeout", 16);
pub(super) const HF_OPT_PADDING: Hf = bytes("dns.opt.padding", "Padding");
pub(super) const HF_OPT_CHAIN: Hf = string("dns.opt.chain.fqdn", "Closest Trust Point");
pub(super) const HF_OPT_EDE_CODE: Hf = hf("dns.opt.ext_error.info_code", "Info Code", Ft::Uint(16), Base::Dec, Strs::Range(EDE_CODES), 0);
pub(super) const HF_OPT_EDE_TEXT: Hf = string("dns.opt.ext_error.extra_text", "Extra Text");
pub(super) const HF_APL_FAMILY: Hf = vals("dns.apl.address_family", "Address Family", 16, AFAMILIES);
pub(super) const HF_APL_PREFIX: Hf = dec("dns.apl.coded_prefix", "Prefix Length", 8);
pub(super) const HF_APL_NEGATION: Hf = flag("dns.apl.negation", "Negation Flag", 8, "Yes (!)", "No (0)", 0x80);
pub(super) const HF_APL_AFDLENGTH: Hf = hf("dns.apl.afdlength", "Address Length", Ft::Uint(8), Base::Dec, Strs::No, 0x7f);
pub(super) const HF_APL_IPV4: Hf = ftype("dns.apl.afdpart.ipv4", "Address", Ft::Ipv4);
pub(super) const HF_APL_IPV6: Hf = ftype("dns.apl.afdpart.ipv6", "Address", Ft::Ipv6);
pub(super) const HF_APL_DATA: Hf = bytes("dns.apl.afdpart.data", "Address");
pub(super) const HF_DS_KEY_ID: Hf = hex("dns.ds.key_id", "Key id", 16);
pub(super) const HF_DS_ALGORITHM: Hf = vals("dns.ds.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
pub(super) const HF_DS_DIGEST_TYPE: Hf = vals("dns.ds.digest_type", "Digest Type", 8, DS_DIGESTS);
pub(super) const HF_DS_DIGEST: Hf = bytes("dns.ds.digest", "Digest");
pub(super) const HF_SSHFP_ALGORITHM: Hf = vals("dns.sshfp.algorithm", "Algorithm", 8, SSHFP_ALGOS);
pub(super) const HF_SSHFP_TYPE: Hf = vals("dns.sshfp.fingerprint.type", "Fingerprint type", 8, SSHFP_TYPES);
pub(super) const HF_SSHFP_FINGERPRINT: Hf = bytes("dns.sshfp.fingerprint", "Fingerprint");
pub(super) const HF_IPSECKEY_PRECEDENCE: Hf = dec("dns.ipseckey.gateway_precedence", "Gateway Precedence", 8);
pub(super) const HF_IPSECKEY_TYPE: Hf = vals("dns.ipseckey.gateway_type", "Gateway Type", 8, GW_TYPES);
pub(super) const HF_IPSECKEY_ALGORITHM: Hf = vals("dns.ipseckey.gateway_algorithm", "Gateway Algorithm", 8, GW_ALGOS);
pub(super) const HF_IPSECKEY_IPV4: Hf = ftype("dns.ipseckey.gateway_ipv4", "IPv4 Gateway", Ft::Ipv4);
pub(super) const HF_IPSECKEY_IPV6: Hf = ftype("dns.ipseckey.gateway_ipv6", "IPv6 Gateway", Ft::Ipv6);
pub(super) const HF_IPSECKEY_DNS: Hf = string("dns.ipseckey.gateway_dns", "DNS Gateway");
pub(super) const HF_IPSECKEY_PUBLIC_KEY: Hf = bytes("dns.ipseckey.public_key", "Public Key");
pub(super) const HF_RRSIG_TYPE_COVERED: Hf = vals("dns.rrsig.type_covered", "Type Covered", 16, TYPE_DESCRIPTIONS);
pub(super) const HF_RRSIG_ALGORITHM: Hf = vals("dns.rrsig.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
pub(super) const HF_RRSIG_LABELS: Hf = dec("dns.rrsig.labels", "Labels", 8);
pub(super) const HF_RRSIG_ORIGINAL_TTL: Hf = dec("dns.rrsig.original_ttl", "Original TTL", 32);
pub(super) const HF_RRSIG_EXPIRATION: Hf = ftype("dns.rrsig.signature_expiration", "Signature Expiration", Ft::AbsTime);
pub(super) const HF_RRSIG_INCEPTION: Hf = ftype("dns.rrsig.signature_inception", "Signature Inception", Ft::AbsTime);
pub(super) const HF_RRSIG_KEY_TAG: Hf = dec("dns.rrsig.key_tag", "Key Tag", 16);
pub(super) const HF_RRSIG_SIGNER: Hf = string("dns.rrsig.signers_name", "Signer's name");
pub(super) const HF_RRSIG_SIGNATURE: Hf = bytes("dns.rrsig.signature", "Signature");
pub(super) const HF_NSEC_NEXT: Hf = string("dns.nsec.next_domain_name", "Next Domain Name");
pub(super) const HF_DNSKEY_FLAGS: Hf = hex("dns.dnskey.flags", "Flags", 16);
pub(super) const HF_DNSKEY_ZONE_KEY: Hf =
    flag("dns.dnskey.flags.zone_key", "Zone Key", 16, "This is the zone key for specified zone", "This it not a zone key", 0x0100);
pub(super) const HF_DNSKEY_REVOKED: Hf = flag("dns.dnskey.flags.key_revoked", "Key Revoked", 16, "Yes", "No", 0x0080);
pub(super) const HF_DNSKEY_SEP: Hf = flag("dns.dnskey.flags.secure_entry_point", "Key Signing Key", 16, "Yes", "No", 0x0001);
pub(super) const HF_DNSKEY_RESERVED: Hf = hf("dns.dnskey.flags.reserved", "Key Signing Key", Ft::Uint(16), Base::Hex, Strs::No, 0xfe7e);
pub(super) const HF_DNSKEY_PROTOCOL: Hf = dec("dns.dnskey.protocol", "Protocol", 8);
pub(super) const HF_DNSKEY_ALGORITHM: Hf = vals("dns.dnskey.algorithm", "Algorithm", 8, DNSSEC_ALGOS);
pub(super) const HF_DNSKEY_KEY_ID: Hf = dec("dns.dnskey.key_id", "Key id", 16);
pub(super) const HF_DNSKEY_PUBLIC_KEY: Hf = bytes("dns.dnskey.public_key", "Public Key");
pub(super) const HF_DHCID: Hf = bytes("dns.dhcid.rdata", "DHCID Data");
pub(super) const HF_NSEC3_ALGO: Hf = vals("dns.nsec3.algo", "Hash algorithm", 8, HASH_ALGOS);
pub(super) const HF_NSEC3_FLAGS: Hf = dec("dns.nsec3.flags", "NSEC3 flags", 8);
pub(super) const HF_NSEC3_OPTOUT: Hf = flag(
    "dns.nsec3.flags.opt_out",
    "NSEC3 Opt-out flag",
    8,
    "Additional insecure delegations allowed",
    "Additional insecure delegations forbidden",
    0x01,
);
pub(super) const HF_NSEC3_ITERATIONS: Hf = dec("dns.nsec3.iterations", "NSEC3 iterations", 16);
pub(super) const HF_NSEC3_SALT_LENGTH: Hf = dec("dns.nsec3.salt_length", "Salt length", 8);
pub(super) const HF_NSEC3_SALT_VALUE: Hf = bytes("dns.nsec3.salt_value", "Salt value");
pub(super) const HF_NSEC3_HASH_LENGTH: Hf = dec("dns.nsec3.hash_length", "Hash length", 8);
pub(super) const HF_NSEC3_HASH_VALUE: Hf = string("dns.nsec3.hash_value", "Next hashed owner");
pub(super) const HF_TLSA_USAGE: Hf = vals("dns.tlsa.certificate_usage", "Certificate Usage", 8, TLSA_USAGES);
pub(super) const HF_TLSA_SELECTOR: Hf = vals("dns.tlsa.selector", "Selector", 8, TLSA_SELECTORS);
pub(super) const HF_TLSA_MATCHING: Hf = vals("dns.tlsa.matching_type", "Matching Type", 8, TLSA_MATCHING);
pub(super) const HF_TLSA_DATA: Hf = bytes("dns.tlsa.certificate_association_data", "Certificate Association Data");
pub(super) const HF_HIP_HIT_LENGTH: Hf = dec("dns.hip.hit.length", "HIT length", 8);
pub(super) const HF_HIP_PK_ALGO: Hf = vals("dns.hip.hit.pk.algo", "HIT length", 8, HIP_ALGOS);
pub(super) const HF_HIP_PK_LENGTH: Hf = dec("dns.hip.pk.length", "PK length", 16);
pub(super) const HF_HIP_HIT: Hf = bytes("dns.hip.hit", "Host Identity Tag");
pub(super) const HF_HIP_PK: Hf = bytes("dns.hip.pk", "HIP Public Key");
pub(super) const HF_HIP_RENDEZVOUS: Hf = string("dns.hip.rendezvous_server", "Rendezvous Server");
pub(super) const HF_OPENPGPKEY: Hf = string("dns.openpgpkey", "OpenPGP Key");
pub(super) const HF_CSYNC_SOA: Hf = dec("dns.csync.soa", "SOA", 32);
pub(super) const HF_CSYNC_FLAGS: Hf = hex("dns.csync.flags", "Flags", 16);
pub(super) const HF_CSYNC_IMMEDIATE: Hf = flag("dns.csync.flags.immediate", "immediate", 16, "True", "False", 0x0001);
pub(super) const HF_CSYNC_SOAMINIMUM: Hf = flag("dns.csync.flags.soaminimum", "soaminimum", 16, "True", "False", 0x0002);
pub(super) const HF_CSYNC_BITMAP: Hf = bytes("dns.csync.type_bitmap", "Type Bitmap");
pub(super) const HF_ZONEMD_SERIAL: Hf = dec("dns.zonemd.serial", "Serial", 32);
pub(super) const HF_ZONEMD_SCHEME: Hf = hf("dns.zonemd.scheme", "Scheme", Ft::Uint(8), Base::Dec, Strs::Range(ZONEMD_SCHEMES), 0);
pub(super) const HF_ZONEMD_HASH: Hf = hf("dns.zonemd.hash_algo", "Hash Algorithm", Ft::Uint(8), Base::Dec, Strs::Range(ZONEMD_HASHES), 0);
pub(super) const HF_ZONEMD_DIGEST: Hf = bytes("dns.zonemd.digest", "Digest");
pub(super) const HF_SVCB_PRIORITY: Hf = dec("dns.svcb.svcpriority", "SvcPriority", 16);
pub(super) const HF_SVCB_TARGET: Hf = string("dns.svcb.targetname", "TargetName");
pub(super) const HF_SVCB_PARAM: Hf = ftype("dns.svcb.svcparam", "SvcParam", Ft::None);
pub(super) const HF_SVCB_PARAM_KEY: Hf = vals("dns.svcb.svcparam.key", "SvcParamKey", 16, SVCB_KEYS);
pub(super) const HF_SVCB_PARAM_LENGTH: Hf = dec("dns.svcb.svcparam.value.length", "SvcParamValue length", 16);
pub(super) const HF_SVCB_PARAM_VALUE: Hf = bytes("dns.svcb.svcparam.value", "SvcParamValue");
pub(super) const HF_SVCB_MANDATORY: Hf = vals("dns.svcb.svcparam.mandatory.key", "Mandatory key", 16, SVCB_KEYS);
pub(super) const HF_SVCB_ALPN_LENGTH: Hf = dec("dns.svcb.svcparam.alpn.length", "ALPN length", 8);
pub(super) const HF_SVCB_ALPN: Hf = string("dns.svcb.svcparam.alpn", "ALPN");
pub(super) const HF_SVCB_PORT: Hf = dec("dns.svcb.svcparam.port", "Port", 16);
pub(super) const HF_SVCB_IPV4HINT: Hf = ftype("dns.svcb.svcparam.ipv4hint.ip", "IP", Ft::Ipv4);
pub(super) const HF_SVCB_ECHCONFIG: Hf = bytes("dns.svcb.svcparam.echconfig", "ECHConfig");
pub(super) const HF_SVCB_IPV6HINT: Hf = ftype("dns.svcb.svcparam.ipv6hint.ip", "IP", Ft::Ipv6);
pub(super) const HF_SVCB_ODOHCONFIG: Hf = bytes("dns.svcb.svcparam.odohconfig", "ODoHConfig");
pub(super) const HF_SPF_LENGTH: Hf = dec("dns.spf.length", "SPF Length", 8);
pub(super) const HF_SPF: Hf = string("dns.spf", "SPF");
pub(super) const HF_NID_PREFERENCE: Hf = dec("dns.ilnp.nid.preference", "Preference", 16);
pub(super) const HF_NID: Hf = bytes("dns.ilnp.nid", "NodeID");
pub(super) const HF_L32_PREFERENCE: Hf = dec("dns.ilnp.l32.preference", "Preference", 16);
pub(super) const HF_L32: Hf = ftype("dns.ilnp.l32", "Locator32", Ft::Ipv4);
pub(super) const HF_L64_PREFERENCE: Hf = dec("dns.ilnp.l64.preference", "Preference", 16);
pub(super) const HF_L64: Hf = bytes("dns.ilnp.l64", "Locator64");
pub(super) const HF_LP_PREFERENCE: Hf = dec("dns.ilnp.lp.preference", "Preference", 16);
pub(super) const HF_LP: Hf = string("dns.ilnp.lp", "Locator FQDN");
pub(super) const HF_EUI48: Hf = ftype("dns.eui48", "EUI48 Address", Ft::Ether);
pub(super) const HF_EUI64: Hf = ftype("dns.eui64", "EUI64 Address", Ft::Eui64);
pub(super) const HF_TKEY_ALGO_NAME: Hf = string("dns.tkey.algo_name", "Algorithm name");
pub(super) const HF_TKEY_INCEPTION: Hf = ftype("dns.tkey.signature_inception", "Signature Inception", Ft::AbsTime);
pub(super) const HF_TKEY_EXPIRATION: Hf = ftype("dns.tkey.signature_expiration", "Signature Expiration", Ft::AbsTime);
pub(super) const HF_TKEY_MODE: Hf = vals("dns.tkey.mode", "Mode", 16, TKEY_MODES);
pub(super) const HF_TKEY_ERROR: Hf = vals("dns.tkey.error", "Error", 16, RCODES);
pub(super) const HF_TKEY_KEY_SIZE: Hf = dec("dns.tkey.key_size", "Key Size", 16);
pub(super) const HF_TKEY_KEY_DATA: Hf = bytes("dns.tkey.key_data", "Key Data");
pub(super) const HF_TKEY_OTHER_SIZE: Hf = dec("dns.tkey.other_size", "Other Size", 16);
pub(super) const HF_TKEY_OTHER_DATA: Hf = bytes("dns.tkey.other_data", "Other Data");
pub(super) const HF_TSIG_ALGORITHM: Hf = string("dns.tsig.algorithm_name", "Algorithm Name");
pub(super) const HF_TSIG_TIME_SIGNED: Hf = ftype("dns.tsig.time_signed", "Time Signed", Ft::AbsTime);
pub(super) const HF_TSIG_FUDGE: Hf = dec("dns.tsig.fudge", "Fudge", 16);
pub(super) const HF_TSIG_MAC_SIZE: Hf = dec("dns.tsig.mac_size", "MAC Size", 16);
pub(super) const HF_TSIG_MAC: Hf = ftype("dns.tsig.mac", "MAC", Ft::None);
pub(super) const HF_TSIG_ORIGINAL_ID: Hf = dec("dns.tsig.original_id", "Original Id", 16);
pub(super) const HF_TSIG_ERROR: Hf = vals("dns.tsig.error", "Error", 16, RCODES);
pub(super) const HF_TSIG_OTHER_LEN: Hf = dec("dns.tsig.other_len", "Other Len", 16);
pub(super) const HF_TSIG_OTHER_DATA: Hf = bytes("dns.tsig.other_data", "Other Data");
pub(super) const HF_CAA_FLAGS: Hf = hex("dns.caa.flags", "CAA Flags", 8);
pub(super) const HF_CAA_CRITICAL: Hf = flag("dns.caa.flags.issuer_critical", "Issuer Critical", 8, "Critical", "Not critical", 0x80);
pub(super) const HF_CAA_ISSUE: Hf = string("dns.caa.issue", "Issue");
pub(super) const HF_CAA_ISSUEWILD: Hf = string("dns.caa.issuewild", "Issue Wildcard");
pub(super) const HF_CAA_IODEF: Hf = string("dns.caa.iodef", "Report URL");
pub(super) const HF_CAA_UNKNOWN: Hf = string("dns.caa.unknown", "Unknown tag");
pub(super) const HF_CAA_TAG_LENGTH: Hf = dec("dns.caa.tag_length", "Tag length", 8);
pub(super) const HF_CAA_TAG: Hf = string("dns.caa.tag", "Tag");
pub(super) const HF_CAA_VALUE: Hf = string("dns.caa.value", "Value");
pub(super) const HF_EXTRANEOUS_DATA: Hf = bytes("dns.extraneous.data", "Extraneous Data Bytes");
pub(super) const HF_EXTRANEOUS_LENGTH: Hf = ftype("dns.extraneous.length", "Extraneous Data Length", Ft::Int32);
pub(super) const HF_WINS_LOCAL_FLAG: Hf = flag("dns.wins.local_flag", "Local Flag", 32, "True", "False", 0x1);
pub(super) const HF_WINS_LOOKUP_TIMEOUT: Hf = dec("dns.wins.lookup_timeout", "Lookup timeout", 32);
pub(super) const HF_WINS_CACHE_TIMEOUT: Hf = dec("dns.wins.cache_timeout", "Cache timeout", 32);
pub(super) const HF_WINS_NB_SERVERS: Hf = dec("dns.wins.nb_wins_servers", "Number of WINS servers", 32);
pub(super) const HF_WINS_SERVER: Hf = ftype("dns.wins.wins_server", "WINS Server Address", Ft::Ipv4);
pub(super) const HF_WINSR_LOCAL_FLAG: Hf = flag("dns.winsr.local_flag", "Local Flag", 32, "True", "False", 0x1);
pub(super) const HF_WINSR_LOOKUP_TIMEOUT: Hf = dec("dns.winsr.lookup_timeout", "Lookup timeout", 32);
pub(super) const HF_WINSR_CACHE_TIMEOUT: Hf = dec("dns.winsr.cache_timeout", "Cache timeout", 32);
pub(super) const HF_WINSR_DOMAIN: Hf = string("dns.winsr.name_result_domain", "Name Result Domain");
pub(super) const HF_XPF_IP_VERSION: Hf = vals("dns.xpf.ip_version", "IP Version", 16, IP_VERSIONS);
pub(super) const HF_XPF_PROTOCOL: Hf = vals("dns.xpf.protocol", "Protocol", 8, IP_PROTOS);
pub(super) const HF_XPF_SOURCE_IPV4: Hf = ftype("dns.xpf.source_ipv4", "IPv4 Source", Ft::Ipv4);
pub(super) const HF_XPF_DESTINATION_IPV4: Hf = ftype("dns.xpf.destination_ipv4", "IPv4 Destination", Ft::Ipv4);
pub(super) const HF_XPF_SOURCE_IPV6: Hf = ftype("dns.xpf.source_ipv6", "IPv6 Source", Ft::Ipv6);
pub(super) const HF_XPF_DESTINATION_IPV6: Hf = ftype("dns.xpf.destination_ipv6", "IPv6 Destination", Ft::Ipv6);
pub(super) const HF_XPF_SPORT: Hf = dec("dns.xpf.sport", "Source port", 16);
pub(super) const HF_XPF_DPORT: Hf = dec("dns.xpf.dport", "Destination port", 16);
pub(super) const HF_DATA: Hf = bytes("dns.data", "Data");
pub(super) const HF_DSO: Hf = ftype("dns.dso", "DNS Stateful Operation", Ft::None);
pub(super) const HF_DSO_TLV: Hf = ftype("dns.dso.tlv", "DSO TLV", Ft::None);
pub(super) const HF_DSO_TLV_TYPE: Hf = hf("dns.dso.tlv.type", "Type", Ft::Uint(16), Base::Dec, Strs::Range(DSO_TYPES), 0);
pub(super) const HF_DSO_TLV_LENGTH: Hf = dec("dns.dso.tlv.length", "Length", 16);
pub(super) const HF_DSO_TLV_DATA: Hf = bytes("dns.dso.tlv.data", "Data");
pub(super) const HF_DSO_KEEPALIVE_INACTIVITY: Hf = dec("dns.dso.tlv.keepalive.inactivity", "Inactivity Timeout", 32);
pub(super) const HF_DSO_KEEPALIVE_INTERVAL: Hf = dec("dns.dso.tlv.keepalive.interval", "Keepalive Interval", 32);
pub(super) const HF_DSO_RETRYDELAY: Hf = dec("dns.dso.tlv.retrydelay.retrydelay", "Retry Delay", 32);
pub(super) const HF_DSO_ENCPAD: Hf = bytes("dns.dso.tlv.encpad.padding", "Padding");
