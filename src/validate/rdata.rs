//! The few things the validator reads inside RDATA and names, done the
//! way BIND does them: DNSKEY, RRSIG, DS, NSEC and NSEC3 fields, type
//! bitmaps, name order (dns_name_fullcompare), the canonical form used to
//! sort an RRset and to build the data a signature covers (RFC 4034 6.2,
//! as BIND's dns_rdata_digest/compare), and the names inside CNAME/DNAME.
//!
//! RDATA comes from `wire::message::parse`, already checked per type;
//! every reader here still bounds-checks and returns None on garbage. The
//! engine (`validate::engine`, `validate::nsec`) consumes these.

use std::cmp::Ordering;

use crate::wire::Name;

/// RR types the validator handles by number.
pub mod t {
    pub const A: u16 = 1;
    pub const NS: u16 = 2;
    pub const CNAME: u16 = 5;
    pub const SOA: u16 = 6;
    pub const PTR: u16 = 12;
    pub const MX: u16 = 15;
    pub const KEY: u16 = 25;
    pub const SIG: u16 = 24;
    pub const NXT: u16 = 30;
    pub const DNAME: u16 = 39;
    pub const DS: u16 = 43;
    pub const RRSIG: u16 = 46;
    pub const NSEC: u16 = 47;
    pub const DNSKEY: u16 = 48;
    pub const NSEC3: u16 = 50;
    pub const ANY: u16 = 255;
}

/// dns_rdatatype_atparent(): types that live at the parent side of a
/// zone cut.
pub fn atparent(rtype: u16) -> bool {
    rtype == t::DS
}

/// DNSKEY RDATA fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dnskey<'a> {
    pub flags: u16,
    pub protocol: u8,
    pub algorithm: u8,
    pub key: &'a [u8],
}

/// DNS_KEYFLAG_REVOKE.
pub const KEYFLAG_REVOKE: u16 = 0x0080;

impl<'a> Dnskey<'a> {
    pub fn parse(rdata: &'a [u8]) -> Option<Dnskey<'a>> {
        if rdata.len() < 4 {
            return None;
        }
        Some(Dnskey { flags: u16::from_be_bytes([rdata[0], rdata[1]]), protocol: rdata[2], algorithm: rdata[3], key: &rdata[4..] })
    }

    /// dst_key_iszonekey(): not NOAUTH, owner "zone", protocol DNSSEC or ANY.
    pub fn is_zone_key(&self) -> bool {
        self.flags & 0x4000 == 0 && self.flags & 0x0300 == 0x0100 && (self.protocol == 3 || self.protocol == 255)
    }

    pub fn revoked(&self) -> bool {
        self.flags & KEYFLAG_REVOKE != 0
    }
}

/// RRSIG RDATA fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rrsig {
    pub covered: u16,
    pub algorithm: u8,
    pub labels: u8,
    pub original_ttl: u32,
    pub expiration: u32,
    pub inception: u32,
    pub key_tag: u16,
    pub signer: Name,
    pub signature: Vec<u8>,
}

impl Rrsig {
    pub fn parse(rdata: &[u8]) -> Option<Rrsig> {
        if rdata.len() < 19 {
            return None;
        }
        let u16at = |i: usize| u16::from_be_bytes([rdata[i], rdata[i + 1]]);
        let u32at = |i: usize| u32::from_be_bytes([rdata[i], rdata[i + 1], rdata[i + 2], rdata[i + 3]]);
        let (signer, len) = Name::from_wire_uncompressed(&rdata[18..])?;
        Some(Rrsig {
            covered: u16at(0),
            algorithm: rdata[2],
            labels: rdata[3],
            original_ttl: u32at(4),
            expiration: u32at(8),
            inception: u32at(12),
            key_tag: u16at(16),
            signer,
            signature: rdata[18 + len..].to_vec(),
        })
    }

    /// The RRSIG type covered by raw RDATA (BIND's rdataset "covers").
    pub fn covered_of(rdata: &[u8]) -> u16 {
        if rdata.len() >= 2 { u16::from_be_bytes([rdata[0], rdata[1]]) } else { 0 }
    }
}

/// DS RDATA fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ds<'a> {
    pub key_tag: u16,
    pub algorithm: u8,
    pub digest_type: u8,
    pub digest: &'a [u8],
}

impl<'a> Ds<'a> {
    pub fn parse(rdata: &'a [u8]) -> Option<Ds<'a>> {
        if rdata.len() < 5 {
            return None;
        }
        Some(Ds { key_tag: u16::from_be_bytes([rdata[0], rdata[1]]), algorithm: rdata[2], digest_type: rdata[3], digest: &rdata[4..] })
    }
}

/// NSEC RDATA: the next name and the type bitmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nsec<'a> {
    pub next: Name,
    pub bitmap: &'a [u8],
}

impl<'a> Nsec<'a> {
    pub fn parse(rdata: &'a [u8]) -> Option<Nsec<'a>> {
        let (next, len) = Name::from_wire_uncompressed(rdata)?;
        Some(Nsec { next, bitmap: &rdata[len..] })
    }
}

/// NSEC3 RDATA fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nsec3<'a> {
    pub hash: u8,
    pub flags: u8,
    pub iterations: u16,
    pub salt: &'a [u8],
    pub next: &'a [u8],
    pub bitmap: &'a [u8],
}

/// DNS_NSEC3FLAG_OPTOUT.
pub const NSEC3FLAG_OPTOUT: u8 = 0x01;

impl<'a> Nsec3<'a> {
    pub fn parse(rdata: &'a [u8]) -> Option<Nsec3<'a>> {
        if rdata.len() < 5 {
            return None;
        }
        let salt_len = usize::from(rdata[4]);
        let salt = rdata.get(5..5 + salt_len)?;
        let hash_len = usize::from(*rdata.get(5 + salt_len)?);
        let start = 6 + salt_len;
        let next = rdata.get(start..start + hash_len)?;
        Some(Nsec3 {
            hash: rdata[0],
            flags: rdata[1],
            iterations: u16::from_be_bytes([rdata[2], rdata[3]]),
            salt,
            next,
            bitmap: &rdata[start + hash_len..],
        })
    }
}

/// dns_nsec_typepresent() on a type bitmap (RFC 4034 4.1.2): windows of
/// (number, length, bits). A malformed bitmap has no types.
pub fn type_in_bitmap(bitmap: &[u8], rtype: u16) -> bool {
    let window = (rtype >> 8) as u8;
    let octet = usize::from((rtype & 0xff) as u8 / 8);
    let bit = 7 - (rtype & 0x07) as u8;
    let mut i = 0;
    while i + 2 <= bitmap.len() {
        let (w, len) = (bitmap[i], usize::from(bitmap[i + 1]));
        let Some(bits) = bitmap.get(i + 2..i + 2 + len) else {
            return false;
        };
        if w == window {
            return bits.get(octet).is_some_and(|b| b & (1 << bit) != 0);
        }
        i += 2 + len;
    }
    false
}

/// The relation of two names (dns_namereln_t).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reln {
    None,
    Contains,
    Subdomain,
    Equal,
    CommonAncestor,
}

fn cmp_label(a: &[u8], b: &[u8]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let o = x.to_ascii_lowercase().cmp(&y.to_ascii_lowercase());
        if o != Ordering::Equal {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

/// dns_name_fullcompare() for absolute names: the relation of `a` to `b`,
/// their DNSSEC order and the number of common labels (the root counts).
pub fn fullcompare(a: &Name, b: &Name) -> (Reln, Ordering, usize) {
    let (la, lb) = (a.labels().to_vec(), b.labels().to_vec());
    let mut common = 1;
    let (mut i, mut j) = (la.len(), lb.len());
    while i > 0 && j > 0 {
        i -= 1;
        j -= 1;
        let o = cmp_label(&la[i], &lb[j]);
        if o != Ordering::Equal {
            // Absolute names always share the root.
            return (Reln::CommonAncestor, o, common);
        }
        common += 1;
    }
    let order = la.len().cmp(&lb.len());
    let reln = match order {
        Ordering::Less => Reln::Contains,
        Ordering::Greater => Reln::Subdomain,
        Ordering::Equal => Reln::Equal,
    };
    (reln, order, common)
}

/// DNSSEC canonical name order (RFC 4034 6.1).
pub fn name_order(a: &Name, b: &Name) -> Ordering {
    fullcompare(a, b).1
}

/// dns_name_issubdomain(): `a` is `b` or below it.
pub fn is_subdomain(a: &Name, b: &Name) -> bool {
    matches!(fullcompare(a, b).0, Reln::Subdomain | Reln::Equal)
}

/// Names are equal ignoring case.
pub fn name_eq(a: &Name, b: &Name) -> bool {
    a.eq_ignore_case(b)
}

/// The name in lower case.
pub fn lower(name: &Name) -> Name {
    Name::from_labels(name.labels().iter().map(|l| l.to_ascii_lowercase()).collect())
}

/// Lower-case uncompressed wire form (the canonical owner).
pub fn canonical_wire(name: &Name) -> Vec<u8> {
    lower(name).to_wire()
}

/// The last `n` labels of `name` counting the root label
/// (dns_name_split(name, n, NULL, suffix)); n = 1 is the root.
pub fn suffix(name: &Name, n: usize) -> Name {
    let l = name.labels().to_vec();
    let keep = n.saturating_sub(1).min(l.len());
    Name::from_labels(l[l.len() - keep..].to_vec())
}

/// The parent of a name (the root's parent is the root).
pub fn parent(name: &Name) -> Name {
    let l = name.labels().to_vec();
    if l.is_empty() { Name::root() } else { Name::from_labels(l[1..].to_vec()) }
}

/// `*.` + name, None if too long.
pub fn wildcard_of(name: &Name) -> Option<Name> {
    let mut labels = vec![b"*".to_vec()];
    labels.extend(name.labels().map(<[u8]>::to_vec));
    let n = Name::from_labels(labels);
    (n.wire_len() <= 255).then_some(n)
}

/// Prefix labels of `name` above `suffix_labels` (counting the root)
/// followed by `target` (a DNAME substitution); None if too long.
pub fn replace_suffix(name: &Name, suffix_labels: usize, target: &Name) -> Option<Name> {
    let l = name.labels().to_vec();
    let prefix = l.len().checked_sub(suffix_labels.saturating_sub(1))?;
    let mut labels: Vec<Vec<u8>> = l[..prefix].to_vec();
    labels.extend(target.labels().map(<[u8]>::to_vec));
    let n = Name::from_labels(labels);
    (n.wire_len() <= 255).then_some(n)
}

/// The target name of CNAME or DNAME RDATA.
pub fn target_name(rdata: &[u8]) -> Option<Name> {
    Name::from_wire_uncompressed(rdata).map(|(n, _)| n)
}

fn lower_name_at(out: &mut [u8], mut pos: usize) -> Option<usize> {
    loop {
        let len = usize::from(*out.get(pos)?);
        if len == 0 {
            return Some(pos + 1);
        }
        if len > 63 || pos + 1 + len > out.len() {
            return None;
        }
        out[pos + 1..pos + 1 + len].make_ascii_lowercase();
        pos += 1 + len;
    }
}

/// The canonical form of RDATA (RFC 4034 6.2 as BIND's digest functions
/// apply it): the domain names inside the RDATA of the listed types in
/// lower case. NSEC and RRSIG keep their case (RFC 6840 5.1).
pub fn canonical_rdata(rtype: u16, rdata: &[u8]) -> Vec<u8> {
    let mut out = rdata.to_vec();
    // (leading fixed bytes before the first name, number of names)
    let layout: Option<(usize, usize)> = match rtype {
        2..=5 | 7..=9 | 12 | 39 => Some((0, 1)), // NS MD MF CNAME MB MG MR PTR DNAME
        6 | 14 | 17 => Some((0, 2)),             // SOA MINFO RP
        15 | 18 | 21 | 36 => Some((2, 1)),       // MX AFSDB RT KX
        26 => Some((2, 2)),                      // PX
        33 => Some((6, 1)),                      // SRV
        24 => Some((18, 1)),                     // SIG signer
        30 => Some((0, 1)),                      // NXT
        _ => None,
    };
    if let Some((skip, names)) = layout {
        let mut pos = skip;
        for _ in 0..names {
            match lower_name_at(&mut out, pos) {
                Some(p) => pos = p,
                None => return rdata.to_vec(),
            }
        }
    } else if rtype == 35 {
        // NAPTR: order, preference, three character-strings, replacement.
        let mut pos = 4;
        for _ in 0..3 {
            match out.get(pos) {
                Some(&l) => pos += 1 + usize::from(l),
                None => return rdata.to_vec(),
            }
        }
        if lower_name_at(&mut out, pos).is_none() {
            return rdata.to_vec();
        }
    }
    out
}

/// dns_rdata_compare() order of two RDATA of one type.
pub fn rdata_order(rtype: u16, a: &[u8], b: &[u8]) -> Ordering {
    canonical_rdata(rtype, a).cmp(&canonical_rdata(rtype, b))
}

/// RFC 1982 serial "less than" (isc_serial_lt).
pub fn serial_lt(a: u32, b: u32) -> bool {
    a != b && (a.wrapping_sub(b) as i32) < 0
}

/// isc_serial_ge.
pub fn serial_ge(a: u32, b: u32) -> bool {
    !serial_lt(a, b)
}
