//! A `Fetch` that answers from zones held in memory, the way a validating
//! recursive server (with CD set) answers a forwarding delv: the answer
//! with its RRSIGs, DS from the parent side of a cut, CNAME and DNAME
//! chains followed, wildcard expansions with their NSEC/NSEC3 proof,
//! NXDOMAIN and NODATA with SOA and NSEC or NSEC3 proofs in the order the
//! lab's resolver sends them. Plus a loader for BIND-style zone text
//! (signed zones included: DNSKEY, RRSIG, NSEC, NSEC3 records), which
//! hickory's zone parser refuses.
//!
//! For tests of the validator (`validate::tests`) and anything else that
//! needs a DNS hierarchy without a network; replies go through
//! `wire::message::parse` like real ones.

use std::cell::RefCell;
use std::collections::HashMap;

use data_encoding::{BASE32HEX_NOPAD, BASE64, HEXUPPER_PERMISSIVE};

use super::crypto;
use super::fetch::{Fetch, FetchError, FetchFuture, FetchQuery, Reply};
use super::rdata::{self, Nsec3, t};
use super::result::BindResult;
use crate::wire::{Name, Record, message, types};

/// A zone: its origin and records (RRSIGs included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    pub origin: Name,
    pub records: Vec<Record>,
}

/// A record from parts (offsets zero).
pub fn record(name: &Name, rtype: u16, ttl: u32, rdata: Vec<u8>) -> Record {
    let rdata_len = rdata.len();
    Record { name: name.clone(), rtype, class: 1, ttl, rdata, offset: 0, rdata_offset: 0, rdata_len, update_meta: false }
}

impl Zone {
    pub fn new(origin: Name, records: Vec<Record>) -> Zone {
        Zone { origin, records }
    }

    /// Loads zone text (BIND's master file syntax: `$ORIGIN`, `$TTL`,
    /// parentheses, `;` comments, blank owners, the common types and
    /// `\#` generic RDATA). Unknown types and `$GENERATE` are skipped.
    pub fn from_text(text: &str, origin: &str) -> Result<Zone, String> {
        let origin = Name::from_text(origin, Some(&Name::root())).map_err(|e| e.to_string())?;
        let records = load(text, &origin)?;
        Ok(Zone { origin, records })
    }

    fn at<'a>(&'a self, name: &'a Name) -> impl Iterator<Item = &'a Record> + 'a {
        self.records.iter().filter(move |r| r.name.eq_ignore_case(name))
    }

    fn set(&self, name: &Name, rtype: u16) -> Vec<Record> {
        self.at(name).filter(|r| r.rtype == rtype).cloned().collect()
    }

    fn sigs(&self, name: &Name, covered: u16) -> Vec<Record> {
        self.at(name).filter(|r| r.rtype == t::RRSIG && rdata::Rrsig::covered_of(&r.rdata) == covered).cloned().collect()
    }

    fn exists(&self, name: &Name) -> bool {
        self.at(name).next().is_some()
    }

    /// Some record is at or below `name` (an existing name or an empty
    /// non-terminal).
    fn has_below(&self, name: &Name) -> bool {
        self.records.iter().any(|r| rdata::is_subdomain(&r.name, name))
    }

    /// The delegation between the origin and `name` (highest first).
    fn cut_above(&self, name: &Name) -> Option<Name> {
        let l = name.labels().to_vec();
        let ol = self.origin.labels().len();
        for keep in (ol + 1)..=l.len() {
            let n = Name::from_labels(l[l.len() - keep..].to_vec());
            if self.at(&n).any(|r| r.rtype == t::NS) {
                return Some(n);
            }
        }
        None
    }

    fn nsec3_params(&self) -> Option<(u8, u16, Vec<u8>)> {
        self.records
            .iter()
            .find(|r| r.rtype == t::NSEC3)
            .and_then(|r| Nsec3::parse(&r.rdata))
            .map(|n| (n.hash, n.iterations, n.salt.to_vec()))
    }

    fn nsec3_hash_label(&self, name: &Name) -> Option<Vec<u8>> {
        let (h, it, salt) = self.nsec3_params()?;
        crypto::nsec3_hash(h, &salt, name, it)
    }

    fn nsec3s(&self) -> Vec<(Vec<u8>, &Record)> {
        self.records
            .iter()
            .filter(|r| r.rtype == t::NSEC3)
            .filter_map(|r| {
                let label = r.name.labels().first()?.to_ascii_uppercase();
                Some((BASE32HEX_NOPAD.decode(&label).ok()?, r))
            })
            .collect()
    }

    /// The NSEC3 whose owner hash equals `name`'s hash.
    fn nsec3_match(&self, name: &Name) -> Option<Record> {
        let h = self.nsec3_hash_label(name)?;
        self.nsec3s().into_iter().find(|(o, _)| *o == h).map(|(_, r)| r.clone())
    }

    /// The NSEC3 whose span covers `name`'s hash.
    fn nsec3_cover(&self, name: &Name) -> Option<Record> {
        let h = self.nsec3_hash_label(name)?;
        let all = self.nsec3s();
        all.iter()
            .find(|(o, r)| {
                let Some(n) = Nsec3::parse(&r.rdata) else { return false };
                if o.as_slice() < n.next { o < &h && h.as_slice() < n.next } else { o < &h || h.as_slice() < n.next }
            })
            .map(|(_, r)| (*r).clone())
    }

    /// The NSEC whose owner is `name` or, failing that, whose span covers it.
    fn nsec_cover(&self, name: &Name) -> Option<Record> {
        let nsecs: Vec<&Record> = self.records.iter().filter(|r| r.rtype == t::NSEC).collect();
        if let Some(r) = nsecs.iter().find(|r| r.name.eq_ignore_case(name)) {
            return Some((*r).clone());
        }
        nsecs
            .iter()
            .find(|r| {
                let Some(next) = rdata::target_name(&r.rdata) else { return false };
                let after_owner = rdata::name_order(&r.name, name).is_lt();
                let before_next = rdata::name_order(name, &next).is_lt() || next.eq_ignore_case(&self.origin);
                after_owner && before_next
            })
            .map(|r| (*r).clone())
    }
}

/// A reply the test wants instead of the zone data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Override {
    /// An rcode with no records.
    Rcode(u16),
    /// No answer: the fetch times out.
    Timeout,
    /// These answer and authority records, NOERROR (or NXDOMAIN with the
    /// flag).
    Records { answer: Vec<Record>, authority: Vec<Record>, nxdomain: bool },
}

/// The in-memory server.
#[derive(Debug, Default)]
pub struct MemoryFetch {
    pub zones: Vec<Zone>,
    /// The server label replies carry.
    pub server: String,
    overrides: HashMap<(Name, u16), Override>,
    /// Every query received, in order.
    pub queries: RefCell<Vec<FetchQuery>>,
    /// Names whose answers are SERVFAIL unless CD is set (a validating
    /// upstream refusing bogus data).
    pub bogus_unless_cd: Vec<Name>,
    /// Delegations whose DS denial lists the NSEC before the SOA (the
    /// default is the SOA first).
    pub ds_nsec_first: Vec<Name>,
}

impl MemoryFetch {
    pub fn new(zones: Vec<Zone>) -> MemoryFetch {
        MemoryFetch { zones, server: "127.0.0.53#53".into(), ..MemoryFetch::default() }
    }

    /// Answers `name`/`rtype` with `o` instead of the zones.
    pub fn set_override(&mut self, name: &Name, rtype: u16, o: Override) {
        self.overrides.insert((rdata::lower(name), rtype), o);
    }

    /// The reply bytes for a question.
    pub fn reply_bytes(&self, name: &Name, rtype: u16, cd: bool) -> Option<Vec<u8>> {
        let (rcode, answer, authority) = match self.overrides.get(&(rdata::lower(name), rtype)) {
            Some(Override::Timeout) => return None,
            Some(Override::Rcode(rc)) => (*rc, Vec::new(), Vec::new()),
            Some(Override::Records { answer, authority, nxdomain }) => (if *nxdomain { 3 } else { 0 }, answer.clone(), authority.clone()),
            None => {
                if !cd && self.bogus_unless_cd.iter().any(|b| rdata::is_subdomain(name, b)) {
                    (2, Vec::new(), Vec::new())
                } else {
                    self.answer(name, rtype, 0)
                }
            }
        };
        Some(encode(name, rtype, rcode, &answer, &authority))
    }

    fn zone_for(&self, name: &Name, rtype: u16) -> Option<&Zone> {
        let best = self.zones.iter().filter(|z| rdata::is_subdomain(name, &z.origin)).max_by_key(|z| z.origin.label_count())?;
        if rtype == t::DS && best.origin.eq_ignore_case(name) && !name.labels().is_empty() {
            return self
                .zones
                .iter()
                .filter(|z| rdata::is_subdomain(name, &z.origin) && !z.origin.eq_ignore_case(name))
                .max_by_key(|z| z.origin.label_count());
        }
        Some(best)
    }

    /// (rcode, answer, authority) for a question, following CNAME and
    /// DNAME chains `depth` hops deep.
    fn answer(&self, name: &Name, rtype: u16, depth: usize) -> (u16, Vec<Record>, Vec<Record>) {
        let Some(z) = self.zone_for(name, rtype) else { return (2, Vec::new(), Vec::new()) };
        let with_sigs = |z: &Zone, owner: &Name, ty: u16| {
            let mut v = z.set(owner, ty);
            if !v.is_empty() {
                v.extend(z.sigs(owner, ty));
            }
            v
        };
        if let Some(cut) = z.cut_above(name) {
            if rtype == t::DS && cut.eq_ignore_case(name) {
                let ds = with_sigs(z, name, t::DS);
                if !ds.is_empty() {
                    return (0, ds, Vec::new());
                }
                let soa_first = !self.ds_nsec_first.iter().any(|n| n.eq_ignore_case(name));
                return (0, Vec::new(), self.nodata_proof(z, name, soa_first));
            }
            // A delegation to a zone we do not have.
            return (2, Vec::new(), Vec::new());
        }
        // DNAME above the name.
        let l = name.labels().to_vec();
        for keep in (z.origin.labels().len()..l.len()).rev() {
            let owner = Name::from_labels(l[l.len() - keep..].to_vec());
            let d = z.set(&owner, t::DNAME);
            if let Some(first) = d.first() {
                let mut ans = with_sigs(z, &owner, t::DNAME);
                let target = rdata::target_name(&first.rdata).and_then(|tg| rdata::replace_suffix(name, owner.label_count(), &tg));
                let Some(target) = target else { return (6, ans, Vec::new()) };
                ans.push(record(name, t::CNAME, first.ttl, target.to_wire()));
                return self.follow(ans, &target, rtype, depth);
            }
        }
        if z.exists(name) {
            let data = if rtype == t::ANY { z.at(name).cloned().collect() } else { with_sigs(z, name, rtype) };
            if !data.is_empty() {
                return (0, data, Vec::new());
            }
            let cname = with_sigs(z, name, t::CNAME);
            if let Some(first) = cname.first().cloned() {
                let target = rdata::target_name(&first.rdata).unwrap_or_default();
                return self.follow(cname, &target, rtype, depth);
            }
            return (0, Vec::new(), self.nodata_proof(z, name, rtype == t::DS));
        }
        if z.has_below(name) {
            // An empty non-terminal.
            return (0, Vec::new(), self.nodata_proof(z, name, false));
        }
        // The closest encloser and its wildcard.
        let mut ce = rdata::parent(name);
        while !z.exists(&ce) && !z.has_below(&ce) && ce.label_count() > z.origin.label_count() {
            ce = rdata::parent(&ce);
        }
        let wild = rdata::wildcard_of(&ce).unwrap_or_default();
        let nsec3 = z.nsec3_params().is_some();
        let mut proof = Vec::new();
        let add = |proof: &mut Vec<Record>, r: Option<Record>| {
            if let Some(r) = r
                && !proof.contains(&r)
            {
                let sigs = z.sigs(&r.name, r.rtype);
                proof.extend(sigs);
                proof.push(r);
            }
        };
        if z.exists(&wild) {
            if nsec3 {
                add(&mut proof, z.nsec3_cover(&next_closer(name, &ce)));
            } else {
                add(&mut proof, z.nsec_cover(name));
            }
            let mut data: Vec<Record> = if rtype == t::ANY { z.at(&wild).cloned().collect() } else { with_sigs(z, &wild, rtype) };
            for r in data.iter_mut() {
                r.name = name.clone();
            }
            if !data.is_empty() {
                return (0, data, proof);
            }
            let mut cname = with_sigs(z, &wild, t::CNAME);
            if let Some(first) = cname.first().cloned() {
                for r in cname.iter_mut() {
                    r.name = name.clone();
                }
                let target = rdata::target_name(&first.rdata).unwrap_or_default();
                let (rc, ans, auth) = self.follow(cname, &target, rtype, depth);
                let mut auth2 = proof;
                auth2.extend(auth);
                return (rc, ans, auth2);
            }
            // Wildcard NODATA.
            if nsec3 {
                add(&mut proof, z.nsec3_match(&wild));
            } else {
                add(&mut proof, z.nsec_cover(&wild));
            }
            return (0, Vec::new(), apex_last(&z.origin, proof, self.soa(z)));
        }
        // NXDOMAIN.
        if nsec3 {
            add(&mut proof, z.nsec3_match(&ce));
            add(&mut proof, z.nsec3_cover(&next_closer(name, &ce)));
            add(&mut proof, z.nsec3_cover(&wild));
            let mut auth = self.soa(z);
            auth.extend(proof);
            return (3, Vec::new(), auth);
        }
        add(&mut proof, z.nsec_cover(name));
        add(&mut proof, z.nsec_cover(&wild));
        (3, Vec::new(), apex_last(&z.origin, proof, self.soa(z)))
    }

    fn soa(&self, z: &Zone) -> Vec<Record> {
        let mut v = z.set(&z.origin, t::SOA);
        v.extend(z.sigs(&z.origin, t::SOA));
        v
    }

    /// NODATA proof: NSEC (or NSEC3) for the name, then the SOA; for DS
    /// the SOA first (as the lab's resolver sends it).
    fn nodata_proof(&self, z: &Zone, name: &Name, soa_first: bool) -> Vec<Record> {
        let mut proof = Vec::new();
        let push = |proof: &mut Vec<Record>, r: Record| {
            proof.extend(z.sigs(&r.name, r.rtype));
            proof.push(r);
        };
        if z.nsec3_params().is_some() {
            match z.nsec3_match(name) {
                Some(r) => push(&mut proof, r),
                None => {
                    // Opt-out: the closest encloser and the next closer.
                    let mut ce = rdata::parent(name);
                    while z.nsec3_match(&ce).is_none() && ce.label_count() > z.origin.label_count() {
                        ce = rdata::parent(&ce);
                    }
                    if let Some(r) = z.nsec3_match(&ce) {
                        push(&mut proof, r);
                    }
                    if let Some(r) = z.nsec3_cover(&next_closer(name, &ce))
                        && !proof.contains(&r)
                    {
                        push(&mut proof, r);
                    }
                }
            }
        } else if let Some(r) = z.nsec_cover(name) {
            push(&mut proof, r);
        }
        let soa = self.soa(z);
        if soa_first {
            let mut v = soa;
            v.extend(proof);
            v
        } else {
            apex_last(&z.origin, proof, soa)
        }
    }

    fn follow(&self, mut ans: Vec<Record>, target: &Name, rtype: u16, depth: usize) -> (u16, Vec<Record>, Vec<Record>) {
        if depth >= 8 {
            return (2, ans, Vec::new());
        }
        let (rc, more, auth) = self.answer(target, rtype, depth + 1);
        if rc == 2 {
            return (2, Vec::new(), Vec::new());
        }
        ans.extend(more);
        (rc, ans, auth)
    }
}

/// The authority section as the lab's resolver orders a denial: the
/// proof records of other names first (in order), then the apex: its SOA
/// and RRSIG SOA, then its own proof records.
fn apex_last(origin: &Name, proof: Vec<Record>, soa: Vec<Record>) -> Vec<Record> {
    let (apex, other): (Vec<Record>, Vec<Record>) = proof.into_iter().partition(|r| r.name.eq_ignore_case(origin));
    let mut out = other;
    out.extend(soa);
    out.extend(apex);
    out
}

/// The name one label below `ce` on the way to `name`.
fn next_closer(name: &Name, ce: &Name) -> Name {
    rdata::suffix(name, ce.label_count() + 1)
}

fn put_name(out: &mut Vec<u8>, n: &Name) {
    out.extend_from_slice(&n.to_wire());
}

fn put_record(out: &mut Vec<u8>, r: &Record) {
    put_name(out, &r.name);
    out.extend_from_slice(&r.rtype.to_be_bytes());
    out.extend_from_slice(&r.class.to_be_bytes());
    out.extend_from_slice(&r.ttl.to_be_bytes());
    out.extend_from_slice(&(r.rdata.len() as u16).to_be_bytes());
    out.extend_from_slice(&r.rdata);
}

/// A reply message (QR RD RA, EDNS with DO), uncompressed.
pub fn encode(qname: &Name, qtype: u16, rcode: u16, answer: &[Record], authority: &[Record]) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    out.extend_from_slice(&0x4242u16.to_be_bytes());
    let flags: u16 = 0x8000 | 0x0100 | 0x0080 | (rcode & 0xf);
    out.extend_from_slice(&flags.to_be_bytes());
    for n in [1, answer.len(), authority.len(), 1] {
        out.extend_from_slice(&(n as u16).to_be_bytes());
    }
    put_name(&mut out, qname);
    out.extend_from_slice(&qtype.to_be_bytes());
    out.extend_from_slice(&1u16.to_be_bytes());
    for r in answer.iter().chain(authority) {
        put_record(&mut out, r);
    }
    // OPT: udp 1232, DO.
    out.push(0);
    out.extend_from_slice(&41u16.to_be_bytes());
    out.extend_from_slice(&1232u16.to_be_bytes());
    out.extend_from_slice(&[0, 0, 0x80, 0, 0, 0]);
    out
}

impl Fetch for MemoryFetch {
    fn fetch<'a>(&'a self, query: &'a FetchQuery) -> FetchFuture<'a> {
        Box::pin(async move {
            self.queries.borrow_mut().push(query.clone());
            if query.avoid.contains(&self.server) {
                return Err(FetchError::done(BindResult::Failure));
            }
            let Some(bytes) = self.reply_bytes(&query.name, query.rtype, query.cd) else {
                return Err(FetchError::done(BindResult::TimedOut));
            };
            match message::parse(&bytes) {
                Ok(m) => Ok(Reply { message: m, bytes, server: self.server.clone() }),
                Err(_) => Err(FetchError::server(BindResult::Formerr, self.server.clone())),
            }
        })
    }
}

/// RRSIG times: YYYYMMDDHHMMSS or a number of seconds.
pub fn dnssec_time(s: &str) -> Option<u32> {
    if s.len() != 14 {
        return s.parse().ok();
    }
    let n = |a: usize, b: usize| s.get(a..b)?.parse::<i64>().ok();
    let (y, m, d) = (n(0, 4)?, n(4, 6)?, n(6, 8)?);
    let (hh, mm, ss) = (n(8, 10)?, n(10, 12)?, n(12, 14)?);
    // days_from_civil (Howard Hinnant), the inverse of calendar::civil_from_days.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some((days * 86400 + hh * 3600 + mm * 60 + ss) as u32)
}

/// Logical lines of zone text: comments removed, parenthesised parts
/// joined; each with whether it started with white space.
fn logical_lines(text: &str) -> Vec<(bool, Vec<String>)> {
    let mut out = Vec::new();
    let mut tokens: Vec<String> = Vec::new();
    let mut blank_start = false;
    let mut depth = 0;
    let mut cur = String::new();
    let mut in_q = false;
    let mut started = false;
    for raw in text.lines() {
        if depth == 0 {
            blank_start = raw.starts_with(' ') || raw.starts_with('\t');
            started = true;
        }
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            if in_q {
                cur.push(c);
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                } else if c == '"' {
                    in_q = false;
                    tokens.push(std::mem::take(&mut cur));
                }
                continue;
            }
            match c {
                ';' => break,
                '"' => {
                    if !cur.is_empty() {
                        tokens.push(std::mem::take(&mut cur));
                    }
                    in_q = true;
                    cur.push(c);
                }
                '(' => {
                    depth += 1;
                    if !cur.is_empty() {
                        tokens.push(std::mem::take(&mut cur));
                    }
                }
                ')' => {
                    depth -= 1;
                    if !cur.is_empty() {
                        tokens.push(std::mem::take(&mut cur));
                    }
                }
                ' ' | '\t' => {
                    if !cur.is_empty() {
                        tokens.push(std::mem::take(&mut cur));
                    }
                }
                _ => cur.push(c),
            }
        }
        if !cur.is_empty() && !in_q {
            tokens.push(std::mem::take(&mut cur));
        }
        if depth <= 0 && !in_q {
            depth = 0;
            if started && !tokens.is_empty() {
                out.push((blank_start, std::mem::take(&mut tokens)));
            }
        }
    }
    out
}

fn rname(s: &str, origin: &Name) -> Result<Name, String> {
    if s == "@" {
        return Ok(origin.clone());
    }
    Name::from_text(s, Some(origin)).map_err(|e| format!("{s}: {e}"))
}

fn bitmap(types_text: &[String]) -> Result<Vec<u8>, String> {
    let mut ts: Vec<u16> = types_text.iter().map(|s| types::type_from_text(s).ok_or(format!("bad type {s}"))).collect::<Result<_, _>>()?;
    ts.sort_unstable();
    ts.dedup();
    Ok(type_bitmap(&ts))
}

/// An NSEC/NSEC3 type bitmap (RFC 4034 4.1.2) of sorted types.
pub fn type_bitmap(ts: &[u16]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ts.len() {
        let w = (ts[i] >> 8) as u8;
        let mut bits = [0u8; 32];
        let mut max = 0;
        while i < ts.len() && (ts[i] >> 8) as u8 == w {
            let b = (ts[i] & 0xff) as usize;
            bits[b / 8] |= 0x80 >> (b % 8);
            max = max.max(b / 8 + 1);
            i += 1;
        }
        out.push(w);
        out.push(max as u8);
        out.extend_from_slice(&bits[..max]);
    }
    out
}

fn txt_string(s: &str) -> Vec<u8> {
    let inner = s.strip_prefix('"').and_then(|x| x.strip_suffix('"')).unwrap_or(s);
    let mut out = Vec::new();
    let b = inner.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            if i + 3 < b.len() && b[i + 1..i + 4].iter().all(u8::is_ascii_digit) {
                let v = (b[i + 1] - b'0') as u32 * 100 + (b[i + 2] - b'0') as u32 * 10 + (b[i + 3] - b'0') as u32;
                out.push(v as u8);
                i += 4;
            } else {
                out.push(b[i + 1]);
                i += 2;
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    let mut r = vec![out.len().min(255) as u8];
    r.extend_from_slice(&out[..out.len().min(255)]);
    r
}

/// RDATA from its presentation form (None: a type this loader skips).
fn rdata_from_text(rtype: u16, f: &[String], origin: &Name) -> Result<Option<Vec<u8>>, String> {
    let num = |i: usize| -> Result<u64, String> { f.get(i).ok_or("missing field")?.parse::<u64>().map_err(|e| e.to_string()) };
    let b64 = |from: usize| BASE64.decode(f[from..].concat().as_bytes()).map_err(|e| e.to_string());
    let hexs = |from: usize| HEXUPPER_PERMISSIVE.decode(f[from..].concat().to_ascii_uppercase().as_bytes()).map_err(|e| e.to_string());
    if f.first().map(String::as_str) == Some("\\#") {
        return Ok(Some(hexs(2).unwrap_or_default()));
    }
    let mut out = Vec::new();
    match rtype {
        1 => {
            let a: std::net::Ipv4Addr = f.first().ok_or("missing")?.parse().map_err(|e: std::net::AddrParseError| e.to_string())?;
            out.extend_from_slice(&a.octets());
        }
        28 => {
            let a: std::net::Ipv6Addr = f.first().ok_or("missing")?.parse().map_err(|e: std::net::AddrParseError| e.to_string())?;
            out.extend_from_slice(&a.octets());
        }
        2 | 5 | 12 | 39 => out.extend_from_slice(&rname(f.first().ok_or("missing")?, origin)?.to_wire()),
        15 => {
            out.extend_from_slice(&(num(0)? as u16).to_be_bytes());
            out.extend_from_slice(&rname(f.get(1).ok_or("missing")?, origin)?.to_wire());
        }
        6 => {
            out.extend_from_slice(&rname(&f[0], origin)?.to_wire());
            out.extend_from_slice(&rname(f.get(1).ok_or("missing")?, origin)?.to_wire());
            for i in 2..7 {
                out.extend_from_slice(&(num(i)? as u32).to_be_bytes());
            }
        }
        16 => {
            for s in f {
                out.extend(txt_string(s));
            }
        }
        33 => {
            for i in 0..3 {
                out.extend_from_slice(&(num(i)? as u16).to_be_bytes());
            }
            out.extend_from_slice(&rname(f.get(3).ok_or("missing")?, origin)?.to_wire());
        }
        43 => {
            out.extend_from_slice(&(num(0)? as u16).to_be_bytes());
            out.push(num(1)? as u8);
            out.push(num(2)? as u8);
            out.extend(hexs(3)?);
        }
        48 => {
            out.extend_from_slice(&(num(0)? as u16).to_be_bytes());
            out.push(num(1)? as u8);
            out.push(num(2)? as u8);
            out.extend(b64(3)?);
        }
        46 => {
            let covered = types::type_from_text(&f[0]).ok_or("bad type")?;
            out.extend_from_slice(&covered.to_be_bytes());
            out.push(num(1)? as u8);
            out.push(num(2)? as u8);
            out.extend_from_slice(&(num(3)? as u32).to_be_bytes());
            out.extend_from_slice(&dnssec_time(f.get(4).ok_or("missing")?).ok_or("bad time")?.to_be_bytes());
            out.extend_from_slice(&dnssec_time(f.get(5).ok_or("missing")?).ok_or("bad time")?.to_be_bytes());
            out.extend_from_slice(&(num(6)? as u16).to_be_bytes());
            out.extend_from_slice(&rname(f.get(7).ok_or("missing")?, origin)?.to_wire());
            out.extend(b64(8)?);
        }
        47 => {
            out.extend_from_slice(&rname(f.first().ok_or("missing")?, origin)?.to_wire());
            out.extend(bitmap(&f[1..])?);
        }
        50 => {
            out.push(num(0)? as u8);
            out.push(num(1)? as u8);
            out.extend_from_slice(&(num(2)? as u16).to_be_bytes());
            let salt = if f[3] == "-" {
                Vec::new()
            } else {
                HEXUPPER_PERMISSIVE.decode(f[3].to_ascii_uppercase().as_bytes()).map_err(|e| e.to_string())?
            };
            out.push(salt.len() as u8);
            out.extend(salt);
            let next = BASE32HEX_NOPAD.decode(f[4].to_ascii_uppercase().as_bytes()).map_err(|e| e.to_string())?;
            out.push(next.len() as u8);
            out.extend(next);
            out.extend(bitmap(&f[5..])?);
        }
        51 => {
            out.push(num(0)? as u8);
            out.push(num(1)? as u8);
            out.extend_from_slice(&(num(2)? as u16).to_be_bytes());
            let salt = if f[3] == "-" {
                Vec::new()
            } else {
                HEXUPPER_PERMISSIVE.decode(f[3].to_ascii_uppercase().as_bytes()).map_err(|e| e.to_string())?
            };
            out.push(salt.len() as u8);
            out.extend(salt);
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

fn load(text: &str, origin: &Name) -> Result<Vec<Record>, String> {
    let mut origin = origin.clone();
    let mut ttl = 3600u32;
    let mut owner = origin.clone();
    let mut out = Vec::new();
    for (blank, mut tok) in logical_lines(text) {
        match tok[0].as_str() {
            "$ORIGIN" => {
                origin = rname(tok.get(1).ok_or("$ORIGIN")?, &Name::root())?;
                continue;
            }
            "$TTL" => {
                ttl = tok.get(1).and_then(|s| s.parse().ok()).ok_or("$TTL")?;
                continue;
            }
            s if s.starts_with('$') => continue,
            _ => {}
        }
        if !blank {
            owner = rname(&tok[0], &origin)?;
            tok.remove(0);
        }
        let mut rttl = ttl;
        while let Some(first) = tok.first() {
            if let Ok(n) = first.parse::<u32>() {
                rttl = n;
                tok.remove(0);
            } else if first.eq_ignore_ascii_case("IN") {
                tok.remove(0);
            } else {
                break;
            }
        }
        let Some(tname) = tok.first() else { continue };
        let Some(rtype) = types::type_from_text(tname) else { continue };
        if let Some(rd) = rdata_from_text(rtype, &tok[1..], &origin)? {
            out.push(record(&owner, rtype, rttl, rd));
        }
    }
    Ok(out)
}
