//! RRsets as BIND's resolver and validator see them: a reply's sections
//! as lists of names, each with its rdatasets in order of first
//! appearance (an RRSIG covering type X is an rdataset of its own, "covers
//! X"), TTLs lowered to the smallest of the set (dns_message_parse);
//! rdatasets as cached (canonical order, duplicates removed); and the
//! negative-cache entry of an NXDOMAIN/NODATA answer with the proof
//! records delv prints.
//!
//! `validate::engine` builds these from `wire::Message`s and puts them in
//! `Resolution::answers` for delv's printer.

use super::rdata::{self, t};
use super::result::Trust;
use crate::wire::{Message, Name, Record};

/// One rdataset: records of one owner, class and type (for RRSIG: and
/// one covered type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RdataSet {
    /// The owner as received (case kept).
    pub name: Name,
    pub rtype: u16,
    /// For RRSIG: the type covered; 0 otherwise.
    pub covers: u16,
    pub class: u16,
    pub ttl: u32,
    /// RDATA, uncompressed.
    pub rdatas: Vec<Vec<u8>>,
    pub trust: Trust,
}

impl RdataSet {
    /// The set in cache order (dns_rdataslab: canonical order, duplicates
    /// removed), as delv prints it.
    pub fn sorted(&self) -> RdataSet {
        let mut r = self.clone();
        let rtype = self.rtype;
        let mut keyed: Vec<(Vec<u8>, Vec<u8>)> = r.rdatas.drain(..).map(|d| (rdata::canonical_rdata(rtype, &d), d)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        keyed.dedup_by(|a, b| a.0 == b.0);
        r.rdatas = keyed.into_iter().map(|(_, d)| d).collect();
        r
    }

    /// The set as records (owner, type, class, TTL, RDATA) in its order.
    pub fn records(&self) -> Vec<Record> {
        self.rdatas
            .iter()
            .map(|d| Record {
                name: self.name.clone(),
                rtype: self.rtype,
                class: self.class,
                ttl: self.ttl,
                rdata: d.clone(),
                offset: 0,
                rdata_offset: 0,
                rdata_len: d.len(),
                update_meta: false,
            })
            .collect()
    }
}

/// One owner name of a section and its rdatasets in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameGroup {
    pub name: Name,
    pub sets: Vec<RdataSet>,
}

/// Groups records as dns_message_parse does: names in order of first
/// appearance (compared ignoring case), rdatasets by (type, covers) in
/// order of first appearance, the TTL of a set the smallest of its
/// records. Records of another class than `class` are left out.
pub fn group(records: &[Record], class: u16, trust: Trust) -> Vec<NameGroup> {
    let mut out: Vec<NameGroup> = Vec::new();
    for r in records {
        if r.class != class {
            continue;
        }
        let covers = if r.rtype == t::RRSIG { rdata::Rrsig::covered_of(&r.rdata) } else { 0 };
        let gi = match out.iter().position(|g| g.name.eq_ignore_case(&r.name)) {
            Some(i) => i,
            None => {
                out.push(NameGroup { name: r.name.clone(), sets: Vec::new() });
                out.len() - 1
            }
        };
        let g = &mut out[gi];
        match g.sets.iter_mut().find(|s| s.rtype == r.rtype && s.covers == covers) {
            Some(s) => {
                s.ttl = s.ttl.min(r.ttl);
                s.rdatas.push(r.rdata.clone());
            }
            None => g.sets.push(RdataSet {
                name: r.name.clone(),
                rtype: r.rtype,
                covers,
                class: r.class,
                ttl: r.ttl,
                rdatas: vec![r.rdata.clone()],
                trust,
            }),
        }
    }
    out
}

/// A reply as the validator walks it: its rcode and AA bit, and the
/// answer and authority sections grouped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub rcode: u16,
    pub aa: bool,
    pub answer: Vec<NameGroup>,
    pub authority: Vec<NameGroup>,
}

impl Reply {
    pub fn from_message(m: &Message, class: u16) -> Reply {
        Reply {
            rcode: m.rcode(),
            aa: m.header.aa,
            answer: group(&m.answer, class, Trust::None),
            authority: group(&m.authority, class, Trust::None),
        }
    }

    /// The RRSIG set covering `rtype` at the group.
    pub fn sig_for(group: &NameGroup, rtype: u16) -> Option<&RdataSet> {
        group.sets.iter().find(|s| s.rtype == t::RRSIG && s.covers == rtype)
    }
}

/// A negative-cache entry (ncache.c): what an NXDOMAIN or NODATA answer
/// left, with the proof records delv prints under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negative {
    /// NXDOMAIN (`;-$NXDOMAIN`, type `\-ANY` unless the question was DS)
    /// rather than NODATA (`;-$NXRRSET`).
    pub nxdomain: bool,
    /// The type the entry is for: ANY (255) for NXDOMAIN of any type but
    /// DS, else the question type.
    pub covers: u16,
    /// min(10800, TTLs of every stored rdataset).
    pub ttl: u32,
    pub trust: Trust,
    /// The SOA, NSEC and NSEC3 rdatasets of the authority section and
    /// the RRSIGs covering them, in the cache's order: sorted by owner
    /// name (wire form, as received), type, trust and RDATA bytes.
    pub proofs: Vec<RdataSet>,
}

/// The view's max-ncache-ttl: 3 hours.
pub const MAX_NCACHE_TTL: u32 = 10800;
/// The view's max-cache-ttl: one week.
pub const MAX_CACHE_TTL: u32 = 7 * 24 * 3600;

impl Negative {
    /// ncache_adderesult()/addoptout(): the proof rdatasets out of the
    /// authority section, the smallest TTL (at most 10800; 0 when there
    /// is none) and the lowest trust of them, at most `answer` unless the
    /// validator proved the answer (`secure`).
    pub fn from_authority(authority: &[NameGroup], nxdomain: bool, covers: u16, secure: bool, aa: bool) -> Negative {
        let mut proofs = Vec::new();
        let mut ttl = MAX_NCACHE_TTL;
        let mut trust: Option<Trust> = None;
        for g in authority {
            for s in &g.sets {
                let ty = if s.rtype == t::RRSIG { s.covers } else { s.rtype };
                if ty == t::SOA || ty == t::NSEC || ty == t::NSEC3 {
                    ttl = ttl.min(s.ttl);
                    trust = Some(trust.map_or(s.trust, |tr| tr.min(s.trust)));
                    proofs.push(s.clone());
                }
            }
        }
        let mut trust = match trust {
            Some(tr) => tr,
            None => {
                ttl = 0;
                if aa { Trust::AuthAuthority } else { Trust::Additional }
            }
        };
        if !secure && trust > Trust::Answer {
            trust = Trust::Answer;
        }
        // The cache keeps the entries as an rdataslab, sorted (and
        // deduplicated) by their bytes: owner name as received, type,
        // trust, then the rdatas. That is the order delv prints them in
        // and the validator finds them in, whatever the reply's order.
        let key = |s: &RdataSet| {
            let mut k = s.name.to_wire();
            k.extend_from_slice(&s.rtype.to_be_bytes());
            k.push(s.trust as u8);
            k.extend_from_slice(&(s.rdatas.len() as u16).to_be_bytes());
            for d in &s.rdatas {
                k.extend_from_slice(&(d.len() as u16).to_be_bytes());
                k.extend_from_slice(d);
            }
            k
        };
        let mut keyed: Vec<(Vec<u8>, RdataSet)> = proofs.into_iter().map(|p| (key(&p), p)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        keyed.dedup_by(|a, b| a.0 == b.0);
        let proofs = keyed.into_iter().map(|(_, p)| p).collect();
        Negative { nxdomain, covers, ttl, trust, proofs }
    }

    /// The proof rdataset of `rtype` owned by `name` (dns_ncache_getrdataset).
    pub fn get(&self, name: &Name, rtype: u16) -> Option<&RdataSet> {
        self.proofs.iter().find(|s| s.rtype == rtype && s.covers == 0 && s.name.eq_ignore_case(name))
    }
}
