//! Signed zones made in the test: keys of the algorithms ring can sign
//! with (ECDSAP256SHA256, ECDSAP384SHA384, ED25519, RSASHA256 from the
//! fixture PEM; ring cannot generate RSA keys), fake keys of algorithms
//! nobody supports, NSEC or NSEC3 (optionally opt-out) chains and RRSIGs
//! with chosen inception and expiration. The signatures are hickory's;
//! the data signed is the validator's own `crypto::signed_data` (what
//! BIND's dns_dnssec_verify digests).
//!
//! `scenarios` and `hostile` build hierarchies with this and serve them
//! with `validate::memory`.

use std::collections::BTreeSet;

use data_encoding::BASE32HEX_NOPAD;
use hickory_proto::dnssec::crypto::{EcdsaSigningKey, Ed25519SigningKey, RsaSigningKey};
use hickory_proto::dnssec::{Algorithm, PublicKey, SigningKey, TBS};
use rustls_pki_types::PrivatePkcs8KeyDer;
use rustls_pki_types::pem::PemObject;

use super::super::crypto;
use super::super::memory::{MemoryFetch, Zone, record, type_bitmap};
use super::super::rdata::{self, Rrsig, t};
use super::{NOW, fixture, name};
use crate::config::anchors::TrustAnchors;
use crate::wire::Name;

/// A DNSSEC key: its DNSKEY RDATA and, unless fake, its private half.
pub(crate) struct Key {
    signer: Option<Box<dyn SigningKey>>,
    pub rdata: Vec<u8>,
    pub tag: u16,
    pub alg: u8,
}

impl Key {
    /// A new key of algorithm 8, 13, 14 or 15 with these flags (257 KSK,
    /// 256 ZSK).
    pub fn new(alg: u8, flags: u16) -> Key {
        let signer: Box<dyn SigningKey> = match alg {
            13 | 14 => {
                let a = Algorithm::from_u8(alg);
                Box::new(EcdsaSigningKey::from_pkcs8(&EcdsaSigningKey::generate_pkcs8(a).unwrap(), a).unwrap())
            }
            15 => Box::new(Ed25519SigningKey::from_pkcs8(&Ed25519SigningKey::generate_pkcs8().unwrap()).unwrap()),
            8 => {
                let der = PrivatePkcs8KeyDer::from_pem_slice(&std::fs::read(fixture("rsa2048.pk8.pem")).expect("RSA fixture"))
                    .expect("RSA fixture");
                Box::new(RsaSigningKey::from_pkcs8(&der, Algorithm::RSASHA256).unwrap())
            }
            _ => panic!("no signing key for algorithm {alg}"),
        };
        let public = signer.to_public_key().unwrap();
        let mut rdata = flags.to_be_bytes().to_vec();
        rdata.push(3);
        rdata.push(alg);
        rdata.extend_from_slice(public.public_bytes());
        let tag = crypto::key_tag(&rdata);
        Key { signer: Some(signer), rdata, tag, alg }
    }

    /// A key of an algorithm no one can verify (its "signatures" are
    /// random bytes).
    pub fn fake(alg: u8, flags: u16) -> Key {
        let mut rdata = flags.to_be_bytes().to_vec();
        rdata.push(3);
        rdata.push(alg);
        rdata.extend((0..57u8).map(|i| i.wrapping_mul(37).wrapping_add(alg)));
        let tag = crypto::key_tag(&rdata);
        Key { signer: None, rdata, tag, alg }
    }

    /// The DS RDATA of this key at `owner`.
    pub fn ds(&self, owner: &Name, digest_type: u8) -> Vec<u8> {
        crypto::ds_rdata(owner, &self.rdata, digest_type).expect("DS")
    }

    /// RRSIG RDATA over an RRset.
    #[allow(clippy::too_many_arguments)]
    pub fn sign(
        &self,
        signer: &Name,
        owner: &Name,
        rtype: u16,
        class: u16,
        ttl: u32,
        rdatas: &[Vec<u8>],
        inception: u32,
        expiration: u32,
    ) -> Vec<u8> {
        let star = owner.labels().first().is_some_and(|l| l == b"*");
        let labels = (owner.labels().len() - usize::from(star)) as u8;
        let mut rd = rtype.to_be_bytes().to_vec();
        rd.push(self.alg);
        rd.push(labels);
        rd.extend_from_slice(&ttl.to_be_bytes());
        rd.extend_from_slice(&expiration.to_be_bytes());
        rd.extend_from_slice(&inception.to_be_bytes());
        rd.extend_from_slice(&self.tag.to_be_bytes());
        rd.extend_from_slice(&signer.to_wire());
        let parsed = Rrsig::parse(&[rd.clone(), vec![0]].concat()).expect("own RRSIG");
        let data = crypto::signed_data(owner, class, rtype, rdatas, &rd, &parsed, false);
        let sig = match &self.signer {
            Some(k) => k.sign(&TBS::from(data.as_slice())).expect("signs"),
            None => (0..64u8).collect(),
        };
        rd.extend_from_slice(&sig);
        rd
    }
}

/// How a zone proves non-existence.
pub(crate) enum Denial {
    Nsec,
    Nsec3 { iterations: u16, salt: Vec<u8>, optout: bool },
}

/// A zone to sign.
pub(crate) struct ZoneSpec {
    pub origin: Name,
    pub records: Vec<crate::wire::Record>,
    pub ksk: Vec<Key>,
    pub zsk: Vec<Key>,
    pub denial: Denial,
    pub inception: u32,
    pub expiration: u32,
    /// Leave the zone unsigned.
    pub unsigned: bool,
    /// The DS records the parent publishes (default: SHA-256 of the
    /// KSKs, none for an unsigned zone).
    pub parent_ds: Option<Vec<Vec<u8>>>,
}

pub(crate) fn soa_rdata(origin: &Name) -> Vec<u8> {
    let mut rd = name(&format!("ns.{}", origin.to_text(false).trim_start_matches('.'))).to_wire();
    rd.extend(name(&format!("hostmaster.{}", origin.to_text(false).trim_start_matches('.'))).to_wire());
    for v in [1u32, 3600, 600, 86400, 300] {
        rd.extend_from_slice(&v.to_be_bytes());
    }
    rd
}

impl ZoneSpec {
    /// A zone with an SOA and NS, one KSK and one ZSK of `alg`, NSEC,
    /// signatures valid from a day before NOW to a year after.
    pub fn new(origin: &str, alg: u8) -> ZoneSpec {
        let origin = name(origin);
        let mut z = ZoneSpec {
            records: Vec::new(),
            ksk: vec![Key::new(alg, 257)],
            zsk: vec![Key::new(alg, 256)],
            denial: Denial::Nsec,
            inception: NOW - 86400,
            expiration: NOW + 365 * 86400,
            unsigned: false,
            parent_ds: None,
            origin: origin.clone(),
        };
        z.add("@", t::SOA, soa_rdata(&origin));
        let ns = name(&format!("ns.{}", origin.to_text(false).trim_start_matches('.')));
        z.add("@", t::NS, ns.to_wire());
        z
    }

    /// The same, unsigned.
    pub fn unsigned(origin: &str) -> ZoneSpec {
        let mut z = ZoneSpec::new(origin, 13);
        z.unsigned = true;
        z.ksk.clear();
        z.zsk.clear();
        z
    }

    fn owner(&self, rel: &str) -> Name {
        if rel == "@" { self.origin.clone() } else { Name::from_text(rel, Some(&self.origin)).expect("owner") }
    }

    pub fn add(&mut self, rel: &str, rtype: u16, rdata: Vec<u8>) {
        let o = self.owner(rel);
        self.records.push(record(&o, rtype, 300, rdata));
    }

    pub fn a(&mut self, rel: &str, ip: [u8; 4]) {
        self.add(rel, t::A, ip.to_vec());
    }

    pub fn cname(&mut self, rel: &str, target: &str) {
        self.add(rel, t::CNAME, name(target).to_wire());
    }

    pub fn txt(&mut self, rel: &str, text: &str) {
        let mut rd = vec![text.len() as u8];
        rd.extend_from_slice(text.as_bytes());
        self.add(rel, 16, rd);
    }

    /// A delegation to `child` (absolute) with these DS records.
    pub fn delegate(&mut self, child: &str, ds: Vec<Vec<u8>>) {
        let c = name(child);
        let ns = name(&format!("ns.{child}"));
        self.records.push(record(&c, t::NS, 300, ns.to_wire()));
        for d in ds {
            self.records.push(record(&c, t::DS, 300, d));
        }
    }

    /// DS RDATA (SHA-256) for every KSK.
    pub fn ds(&self) -> Vec<Vec<u8>> {
        self.ksk.iter().map(|k| k.ds(&self.origin, 2)).collect()
    }

    /// DNSKEY RDATA of the KSKs (trust anchors).
    pub fn ksk_rdata(&self) -> Vec<Vec<u8>> {
        self.ksk.iter().map(|k| k.rdata.clone()).collect()
    }

    fn cuts(&self) -> Vec<Name> {
        let mut v: Vec<Name> =
            self.records.iter().filter(|r| r.rtype == t::NS && !r.name.eq_ignore_case(&self.origin)).map(|r| r.name.clone()).collect();
        v.dedup();
        v
    }

    /// The zone with its DNSKEYs, denial chain and signatures.
    pub fn sign(&self) -> Zone {
        let mut records = self.records.clone();
        if self.unsigned {
            return Zone::new(self.origin.clone(), records);
        }
        for k in self.ksk.iter().chain(&self.zsk) {
            records.push(record(&self.origin, t::DNSKEY, 300, k.rdata.clone()));
        }
        let cuts = self.cuts();
        let below_cut = |n: &Name| cuts.iter().any(|c| rdata::is_subdomain(n, c) && !c.eq_ignore_case(n));
        let at_cut = |n: &Name| cuts.iter().any(|c| c.eq_ignore_case(n));
        let mut names: Vec<Name> = Vec::new();
        for r in &records {
            if !below_cut(&r.name) && !names.iter().any(|n| n.eq_ignore_case(&r.name)) {
                names.push(r.name.clone());
            }
        }
        names.sort_by(rdata::name_order);
        let types_at = |records: &[crate::wire::Record], n: &Name| -> BTreeSet<u16> {
            records.iter().filter(|r| r.name.eq_ignore_case(n)).map(|r| r.rtype).collect()
        };
        match &self.denial {
            Denial::Nsec => {
                let mut nsecs = Vec::new();
                for (i, n) in names.iter().enumerate() {
                    let next = &names[(i + 1) % names.len()];
                    let mut ts: Vec<u16> = types_at(&records, n).into_iter().collect();
                    ts.extend([t::RRSIG, t::NSEC]);
                    ts.sort_unstable();
                    ts.dedup();
                    let mut rd = next.to_wire();
                    rd.extend(type_bitmap(&ts));
                    nsecs.push(record(n, t::NSEC, 300, rd));
                }
                records.extend(nsecs);
            }
            Denial::Nsec3 { iterations, salt, optout } => {
                let mut owners: Vec<Name> = Vec::new();
                for n in &names {
                    if at_cut(n) && *optout && !types_at(&records, n).contains(&t::DS) {
                        continue;
                    }
                    // The name and the empty non-terminals above it.
                    let mut cur = n.clone();
                    while rdata::is_subdomain(&cur, &self.origin) {
                        if !owners.iter().any(|o| o.eq_ignore_case(&cur)) {
                            owners.push(cur.clone());
                        }
                        if cur.eq_ignore_case(&self.origin) {
                            break;
                        }
                        cur = rdata::parent(&cur);
                    }
                }
                let mut hashed: Vec<(Vec<u8>, Name)> =
                    owners.iter().map(|o| (crypto::nsec3_hash(1, salt, o, *iterations).expect("hash"), o.clone())).collect();
                hashed.sort_by(|a, b| a.0.cmp(&b.0));
                let mut nsec3s = Vec::new();
                for (i, (h, o)) in hashed.iter().enumerate() {
                    let next = &hashed[(i + 1) % hashed.len()].0;
                    let present = types_at(&records, o);
                    let mut ts: Vec<u16> = present.iter().copied().collect();
                    let signed = !present.is_empty() && (!at_cut(o) || present.contains(&t::DS));
                    if signed || (at_cut(o) && present.contains(&t::DS)) {
                        ts.push(t::RRSIG);
                    }
                    if o.eq_ignore_case(&self.origin) {
                        ts.push(51);
                    }
                    ts.sort_unstable();
                    ts.dedup();
                    let mut rd = vec![1, u8::from(*optout)];
                    rd.extend_from_slice(&iterations.to_be_bytes());
                    rd.push(salt.len() as u8);
                    rd.extend_from_slice(salt);
                    rd.push(next.len() as u8);
                    rd.extend_from_slice(next);
                    rd.extend(type_bitmap(&ts));
                    let label = BASE32HEX_NOPAD.encode(h).to_ascii_lowercase();
                    let mut labels = vec![label.into_bytes()];
                    labels.extend(self.origin.labels().map(<[u8]>::to_vec));
                    nsec3s.push(record(&Name::from_labels(labels), t::NSEC3, 300, rd));
                }
                let mut param = vec![1, 0];
                param.extend_from_slice(&iterations.to_be_bytes());
                param.push(salt.len() as u8);
                param.extend_from_slice(salt);
                records.push(record(&self.origin, 51, 300, param));
                records.extend(nsec3s);
            }
        }
        // Sign every authoritative RRset (not NS at a cut, not glue).
        let mut sets: Vec<(Name, u16)> = Vec::new();
        for r in &records {
            if below_cut(&r.name) || (at_cut(&r.name) && r.rtype == t::NS) {
                continue;
            }
            if !sets.iter().any(|(n, ty)| *ty == r.rtype && n.eq_ignore_case(&r.name)) {
                sets.push((r.name.clone(), r.rtype));
            }
        }
        let mut sigs = Vec::new();
        for (owner, rtype) in sets {
            let rds: Vec<Vec<u8>> =
                records.iter().filter(|r| r.rtype == rtype && r.name.eq_ignore_case(&owner)).map(|r| r.rdata.clone()).collect();
            let keys: Vec<&Key> = if rtype == t::DNSKEY {
                self.ksk.iter().chain(&self.zsk).collect()
            } else if self.zsk.is_empty() {
                self.ksk.iter().collect()
            } else {
                self.zsk.iter().collect()
            };
            for k in keys {
                let rd = k.sign(&self.origin, &owner, rtype, 1, 300, &rds, self.inception, self.expiration);
                sigs.push(record(&owner, t::RRSIG, 300, rd));
            }
        }
        records.extend(sigs);
        Zone::new(self.origin.clone(), records)
    }
}

/// Replaces the RDATA of every `rtype` record at `owner` (a tampered
/// answer whose signature no longer fits).
pub(crate) fn tamper(zone: &mut Zone, owner: &str, rtype: u16, rdata: Vec<u8>) {
    let o = name(owner);
    for r in zone.records.iter_mut().filter(|r| r.rtype == rtype && r.name.eq_ignore_case(&o)) {
        r.rdata = rdata.clone();
        r.rdata_len = rdata.len();
    }
}

/// Drops the RRSIGs covering `rtype` at `owner`.
pub(crate) fn strip_sigs(zone: &mut Zone, owner: &str, rtype: u16) {
    let o = name(owner);
    zone.records.retain(|r| !(r.rtype == t::RRSIG && r.name.eq_ignore_case(&o) && Rrsig::covered_of(&r.rdata) == rtype));
}

/// A signed hierarchy served from memory, with the root's KSKs as the
/// trust anchor.
pub(crate) struct World {
    pub fetch: MemoryFetch,
    pub anchors: TrustAnchors,
}

/// Delegates each zone from its closest enclosing zone (with its DS),
/// signs everything, lets `tweak` damage the signed zones, and serves
/// them.
pub(crate) fn world_with(mut specs: Vec<ZoneSpec>, tweak: impl FnOnce(&mut Vec<Zone>)) -> World {
    let n = specs.len();
    for i in 0..n {
        let child = specs[i].origin.clone();
        if child.labels().is_empty() {
            continue;
        }
        let parent = (0..n)
            .filter(|&j| j != i && rdata::is_subdomain(&child, &specs[j].origin) && !specs[j].origin.eq_ignore_case(&child))
            .max_by_key(|&j| specs[j].origin.label_count());
        let Some(p) = parent else { continue };
        let ds = match &specs[i].parent_ds {
            Some(ds) => ds.clone(),
            None if specs[i].unsigned => Vec::new(),
            None => specs[i].ds(),
        };
        let text = child.to_text(false);
        specs[p].delegate(&text, ds);
    }
    let root = specs.iter().find(|s| s.origin.labels().is_empty()).expect("a root zone");
    let anchors = TrustAnchors::from_keys(&Name::root(), &root.ksk_rdata());
    let mut zones: Vec<Zone> = specs.iter().map(ZoneSpec::sign).collect();
    tweak(&mut zones);
    World { fetch: MemoryFetch::new(zones), anchors }
}

pub(crate) fn world(specs: Vec<ZoneSpec>) -> World {
    world_with(specs, |_| {})
}

/// The zone of `origin` among signed zones.
pub(crate) fn zone_mut<'z>(zones: &'z mut [Zone], origin: &str) -> &'z mut Zone {
    let o = name(origin);
    zones.iter_mut().find(|z| z.origin.eq_ignore_case(&o)).expect("zone")
}
