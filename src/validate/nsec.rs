//! The negative half of BIND's validator: proving NXDOMAIN and NODATA
//! answers and the no-qname proof of wildcard answers from the NSEC and
//! NSEC3 records of the reply (validator.c validate_nx,
//! validate_authority, validate_neg_rrset, validator_callback_nsec,
//! checkwildcard, findnsec3proofs, is_insecure_referral; nsec.c
//! dns_nsec_noexistnodata; nsec3.c dns_nsec3_noexistnodata), with the
//! same messages.
//!
//! Part of the engine (`validate::validator` calls in here, and the
//! sub-validators started here run through it again); results go back
//! to `Engine::fetch`, which builds the negative cache entry.

use std::cmp::Ordering;

use data_encoding::BASE32HEX_NOPAD;

use super::crypto;
use super::engine::{Bx, Engine};
use super::rdata::{self, Nsec, Nsec3, t};
use super::result::{BindResult as R, Trust};
use super::rrset::{Negative, RdataSet};
use super::trace::name_text;
use super::validator::{D3, Val, attr};
use crate::wire::Name;

/// DNS_NSEC3_MAXITERATIONS.
const NSEC3_MAX_ITERATIONS: u16 = 150;
/// NSEC3_MAX_HASH_LENGTH.
const NSEC3_MAX_HASH_LENGTH: usize = 39;

/// dns_nsec_noexistnodata()'s outcome.
enum NsecOut {
    /// ISC_R_SUCCESS: whether the name exists, has data of the type, and
    /// (for a name that does not exist) the wildcard to check.
    Proves { exists: bool, data: bool, wild: Option<Name> },
    /// ISC_R_IGNORE, DNS_R_DNAME or an error: no proof from this NSEC.
    Nothing,
}

/// dns_nsec3_noexistnodata()'s outcome.
#[derive(Default)]
struct N3 {
    result: N3Result,
    exists: bool,
    data: bool,
    optout: bool,
    unknown: bool,
    setclosest: bool,
    setnearest: bool,
}

#[derive(Default, PartialEq, Eq, Clone, Copy)]
enum N3Result {
    Success,
    #[default]
    Ignore,
    IterRange,
    Error(R),
}

/// What validate_neg_rrset() did.
enum NegStep {
    Continue,
    Ret(R),
    Done(R),
}

/// The NSEC/NSEC3 helpers' optional outputs (closest encloser, nearest
/// name) and whether the existence answer is wanted.
struct N3Want<'x> {
    exists: bool,
    closest: Option<&'x mut Option<Name>>,
    nearest: Option<&'x mut Option<Name>>,
}

impl<'f> Engine<'f> {
    /// validate_nx(): validates the authority section's rdatasets one by
    /// one, then looks for the proofs the answer needs.
    pub(crate) fn validate_nx<'a>(&'a mut self, v: &'a mut Val, resume: bool) -> Bx<'a, Result<R, R>> {
        Box::pin(async move {
            if resume {
                self.vlog(v, D3, "resuming validate_nx");
            }
            let r = self.validate_authority(v, resume).await?;
            if r != R::Success {
                return Ok(r);
            }
            if !v.has(attr::NEEDNODATA) && !v.has(attr::NEEDNOWILDCARD) && v.has(attr::NEEDNOQNAME) {
                if !v.has(attr::FOUNDNOQNAME) && self.findnsec3proofs(v) == N3Result::IterRange {
                    self.vlog(v, D3, "validate_nx: too many iterations");
                    self.markanswer(v, "validate_nx (3)");
                    return Ok(R::Success);
                }
                if v.has(attr::FOUNDNOQNAME) && v.has(attr::FOUNDCLOSEST) && !v.has(attr::FOUNDOPTOUT) {
                    self.vlog(v, D3, "marking as secure, noqname proof found");
                    self.marksecure(v);
                    return Ok(R::Success);
                } else if v.has(attr::FOUNDOPTOUT) && v.wild.is_some() {
                    self.vlog(v, D3, "optout proof found");
                    v.optout = true;
                    self.markanswer(v, "validate_nx (1)");
                    return Ok(R::Success);
                } else if v.has(attr::FOUNDUNKNOWN) {
                    self.vlog(v, D3, "unknown NSEC3 hash algorithm found");
                    self.markanswer(v, "validate_nx (2)");
                    return Ok(R::Success);
                }
                self.vlog(v, D3, "noqname proof not found");
                self.chain.failed(&v.name, v.vtype, "noqname proof not found".into());
                return Ok(R::NoValidNsec);
            }
            if !v.has(attr::FOUNDNOQNAME) && !v.has(attr::FOUNDNODATA) && self.findnsec3proofs(v) == N3Result::IterRange {
                self.vlog(v, D3, "validate_nx: too many iterations");
                self.markanswer(v, "validate_nx (4)");
                return Ok(R::Success);
            }
            if v.has(attr::FOUNDNOQNAME)
                && v.has(attr::FOUNDCLOSEST)
                && ((v.has(attr::NEEDNODATA) && !v.has(attr::FOUNDNODATA)) || v.has(attr::NEEDNOWILDCARD))
            {
                self.checkwildcard(v, t::NSEC, None);
            }
            if (v.has(attr::NEEDNODATA) && (v.has(attr::FOUNDNODATA) || v.has(attr::FOUNDOPTOUT)))
                || (v.has(attr::NEEDNOQNAME)
                    && v.has(attr::FOUNDNOQNAME)
                    && v.has(attr::NEEDNOWILDCARD)
                    && v.has(attr::FOUNDNOWILDCARD)
                    && v.has(attr::FOUNDCLOSEST))
            {
                if v.has(attr::FOUNDOPTOUT) {
                    v.optout = true;
                }
                self.vlog(v, D3, "nonexistence proof(s) found");
                if v.has_message {
                    v.secure = true;
                } else {
                    self.marksecure(v);
                }
                self.chain.denial(&v.name, v.vtype, v.optout);
                return Ok(R::Success);
            }
            if v.authfail != 0 && v.authcount == v.authfail {
                return Ok(R::BrokenChain);
            }
            self.vlog(v, D3, "nonexistence proof(s) not found");
            self.proveunsecure(v, false, false).await
        })
    }

    /// validate_authority() / validate_ncache(): a sub-validator for each
    /// rdataset not yet secure (NSEC always), in order; resumes after
    /// `v.currentset`.
    async fn validate_authority(&mut self, v: &mut Val, resume: bool) -> Result<R, R> {
        let (mut gi, mut si) = if resume { (v.currentset.0, v.currentset.1 + 1) } else { (0, 0) };
        let ngroups = v.authority.as_ref().map_or(0, Vec::len);
        while gi < ngroups {
            let nsets = v.authority.as_ref().map_or(0, |a| a[gi].sets.len());
            while si < nsets {
                let set = v.authority.as_ref().expect("authority")[gi].sets[si].clone();
                if set.rtype == t::RRSIG {
                    si += 1;
                    continue;
                }
                match self.validate_neg_rrset(v, gi, si).await {
                    NegStep::Continue => si += 1,
                    NegStep::Ret(r) => return Ok(r),
                    NegStep::Done(r) => return Err(r),
                }
            }
            gi += 1;
            si = 0;
        }
        Ok(R::Success)
    }

    /// validate_neg_rrset().
    async fn validate_neg_rrset(&mut self, v: &mut Val, gi: usize, si: usize) -> NegStep {
        let group = v.authority.as_ref().expect("authority")[gi].clone();
        let set = group.sets[si].clone();
        let name = group.name.clone();
        if v.vtype == t::DNSKEY
            && set.rtype == t::NSEC
            && rdata::name_eq(&name, &v.name)
            && let Some(first) = set.rdatas.first()
            && Nsec::parse(first).is_some_and(|n| rdata::type_in_bitmap(n.bitmap, t::SOA))
        {
            return NegStep::Continue;
        }
        if set.rtype != t::NSEC && set.trust.is_secure() {
            return NegStep::Continue;
        }
        let sig_index = group.sets.iter().position(|s| s.rtype == t::RRSIG && s.covers == set.rtype);
        let sig = sig_index.map(|i| group.sets[i].clone());
        v.currentset = (gi, si);
        let (r, sub) = match self.run_sub(v, &name, set.rtype, Some(set), sig, None).await {
            Err(r) => return NegStep::Ret(r),
            Ok(x) => x,
        };
        v.authcount += 1;
        if let Some(a) = v.authority.as_mut() {
            if let Some(s) = &sub.rdataset {
                a[gi].sets[si].trust = s.trust;
            }
            if let (Some(i), Some(s)) = (sig_index, &sub.sigrdataset) {
                a[gi].sets[i].trust = s.trust;
            }
        }
        NegStep::Done(self.validator_callback_nsec(v, r, gi, si).await)
    }

    /// validator_callback_nsec(): an authority rdataset was validated;
    /// an NSEC may now give the NODATA or NOQNAME proof.
    fn validator_callback_nsec<'a>(&'a mut self, v: &'a mut Val, r: R, gi: usize, si: usize) -> Bx<'a, R> {
        Box::pin(async move {
            self.vlog(v, D3, "in validator_callback_nsec");
            if r != R::Success {
                self.vlog(v, D3, format!("validator_callback_nsec: got {r}"));
                if r == R::BrokenChain {
                    v.authfail += 1;
                }
                if r == R::Canceled {
                    return r;
                }
                return self.validate_nx(v, true).await.unwrap_or_else(|d| d);
            }
            let group = v.authority.as_ref().expect("authority")[gi].clone();
            let set = &group.sets[si];
            if set.rtype == t::NSEC
                && set.trust == Trust::Secure
                && (v.has(attr::NEEDNODATA) || v.has(attr::NEEDNOQNAME))
                && !v.has(attr::FOUNDNODATA)
                && !v.has(attr::FOUNDNOQNAME)
            {
                let (vtype, vname) = (v.vtype, v.name.clone());
                if let NsecOut::Proves { exists, data, wild } = self.nsec_noexistnodata(v, vtype, &vname, &group.name, set, true) {
                    if exists && !data {
                        v.attributes |= attr::FOUNDNODATA;
                    }
                    if !exists {
                        v.attributes |= attr::FOUNDNOQNAME;
                        if let Some(w) = wild {
                            v.wild = Some(w);
                        }
                        let clabels = v.closest.as_ref().map_or(0, Name::label_count);
                        if clabels == 0 || v.wild.as_ref().map_or(0, Name::label_count) == clabels + 1 {
                            v.attributes |= attr::FOUNDCLOSEST;
                        }
                    }
                }
            }
            self.validate_nx(v, true).await.unwrap_or_else(|d| d)
        })
    }

    /// The (group, set) positions of the authority section or negative
    /// entry, in order.
    fn positions(v: &Val) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if let Some(a) = &v.authority {
            for (gi, g) in a.iter().enumerate() {
                for si in 0..g.sets.len() {
                    out.push((gi, si));
                }
            }
        }
        out
    }

    /// checkwildcard(): the NSEC (or NSEC3) proving the wildcard does not
    /// exist, or has no data of the type.
    fn checkwildcard(&mut self, v: &mut Val, rtype: u16, zonename: Option<&Name>) {
        let Some(wild) = v.wild.clone() else {
            self.vlog(v, D3, "in checkwildcard: no wildcard to check");
            return;
        };
        self.vlog(v, D3, format!("in checkwildcard: {}", name_text(&wild)));
        for (gi, si) in Self::positions(v) {
            let group = v.authority.as_ref().expect("authority")[gi].clone();
            let set = &group.sets[si];
            if set.rtype != rtype || set.trust != Trust::Secure {
                continue;
            }
            let wanted =
                (v.has(attr::NEEDNODATA) || v.has(attr::NEEDNOWILDCARD)) && !v.has(attr::FOUNDNODATA) && !v.has(attr::FOUNDNOWILDCARD);
            if !wanted {
                continue;
            }
            let vtype = v.vtype;
            let (exists, data) = if rtype == t::NSEC {
                match self.nsec_noexistnodata(v, vtype, &wild, &group.name, set, false) {
                    NsecOut::Proves { exists, data, .. } => (exists, data),
                    NsecOut::Nothing => continue,
                }
            } else {
                let mut zone = zonename.cloned();
                let out = self.nsec3_noexistnodata(
                    v,
                    vtype,
                    &wild,
                    &group.name,
                    set,
                    &mut zone,
                    N3Want { exists: true, closest: None, nearest: None },
                );
                if out.result != N3Result::Success {
                    continue;
                }
                (out.exists, out.data)
            };
            if exists && !data {
                v.attributes |= attr::FOUNDNODATA;
            }
            if !exists {
                v.attributes |= attr::FOUNDNOWILDCARD;
            }
            return;
        }
    }

    /// findnsec3proofs(): the closest encloser, next-closer name and
    /// opt-out from the secure NSEC3 records.
    fn findnsec3proofs(&mut self, v: &mut Val) -> N3Result {
        let positions = Self::positions(v);
        let mut zonename: Option<Name> = None;
        let vtype = v.vtype;
        let vname = v.name.clone();
        for &(gi, si) in &positions {
            let group = v.authority.as_ref().expect("authority")[gi].clone();
            let set = &group.sets[si];
            if set.rtype != t::NSEC3 || set.trust != Trust::Secure {
                continue;
            }
            let out = self.nsec3_noexistnodata(
                v,
                vtype,
                &vname,
                &group.name,
                set,
                &mut zonename,
                N3Want { exists: false, closest: None, nearest: None },
            );
            match out.result {
                N3Result::Success | N3Result::Ignore => {}
                other => return other,
            }
        }
        let Some(zonename) = zonename else { return N3Result::Success };
        let mut closest: Option<Name> = None;
        let mut nearest: Option<Name> = None;
        let use_closest = match v.closest.clone() {
            Some(c) => {
                self.vlog(v, D3, format!("closest encloser from wildcard signature '{}'", name_text(&c)));
                closest = Some(c);
                false
            }
            None => true,
        };
        for &(gi, si) in &positions {
            let group = v.authority.as_ref().expect("authority")[gi].clone();
            let set = &group.sets[si];
            if set.rtype != t::NSEC3 || set.trust != Trust::Secure {
                continue;
            }
            let mut zone = Some(zonename.clone());
            let want = N3Want { exists: true, closest: if use_closest { Some(&mut closest) } else { None }, nearest: Some(&mut nearest) };
            let out = self.nsec3_noexistnodata(v, vtype, &vname, &group.name, set, &mut zone, want);
            if out.unknown {
                v.attributes |= attr::FOUNDUNKNOWN;
            }
            if out.result == N3Result::IterRange {
                return N3Result::IterRange;
            }
            if out.result != N3Result::Success {
                continue;
            }
            if out.exists && !out.data && v.has(attr::NEEDNODATA) {
                v.attributes |= attr::FOUNDNODATA;
            }
            if !out.exists && out.setnearest {
                v.attributes |= attr::FOUNDNOQNAME;
                if out.optout {
                    v.attributes |= attr::FOUNDOPTOUT;
                }
            }
            let _ = out.setclosest;
        }
        match (&closest, &nearest) {
            (Some(c), Some(n)) if n.label_count() == c.label_count() + 1 && rdata::is_subdomain(n, c) => {
                v.attributes |= attr::FOUNDCLOSEST;
                v.wild = rdata::wildcard_of(c);
            }
            _ => {
                v.attributes &= !(attr::FOUNDNOQNAME | attr::FOUNDOPTOUT);
            }
        }
        if v.has(attr::FOUNDNOQNAME)
            && v.has(attr::FOUNDCLOSEST)
            && ((v.has(attr::NEEDNODATA) && !v.has(attr::FOUNDNODATA)) || v.has(attr::NEEDNOWILDCARD))
        {
            self.checkwildcard(v, t::NSEC3, Some(&zonename));
        }
        N3Result::Success
    }

    /// dns_nsec_noexistnodata(): what one NSEC says about `name`/`rtype`.
    fn nsec_noexistnodata(&mut self, v: &Val, rtype: u16, name: &Name, nsecname: &Name, set: &RdataSet, want_wild: bool) -> NsecOut {
        let Some(first) = set.rdatas.first() else {
            self.vlog(v, D3, "failure processing NSEC set");
            return NsecOut::Nothing;
        };
        let Some(nsec) = Nsec::parse(first) else { return NsecOut::Nothing };
        let present = |ty: u16| rdata::type_in_bitmap(nsec.bitmap, ty);
        self.vlog(v, D3, "looking for relevant NSEC");
        let (relation, order, olabels) = rdata::fullcompare(name, nsecname);
        if order == Ordering::Less {
            self.vlog(v, D3, "NSEC does not cover name, before NSEC");
            return NsecOut::Nothing;
        }
        if order == Ordering::Equal {
            let atparent = olabels != 1 && rdata::atparent(rtype);
            let (ns, soa) = (present(t::NS), present(t::SOA));
            if ns && !soa {
                if !atparent {
                    self.vlog(v, D3, "ignoring parent nsec");
                    return NsecOut::Nothing;
                }
            } else if atparent && ns && soa {
                self.vlog(v, D3, "ignoring child nsec");
                return NsecOut::Nothing;
            }
            if matches!(rtype, t::CNAME | t::NXT | t::NSEC | t::KEY) || !present(t::CNAME) {
                let data = present(rtype);
                self.vlog(v, D3, format!("nsec proves name exists (owner) data={}", u8::from(data)));
                return NsecOut::Proves { exists: true, data, wild: None };
            }
            self.vlog(v, D3, "NSEC proves CNAME exists");
            return NsecOut::Nothing;
        }
        if relation == rdata::Reln::Subdomain && present(t::NS) && !present(t::SOA) {
            self.vlog(v, D3, "ignoring parent nsec");
            return NsecOut::Nothing;
        }
        if relation == rdata::Reln::Subdomain && present(t::DNAME) {
            self.vlog(v, D3, "nsec proves covered by dname");
            return NsecOut::Nothing;
        }
        let (relation2, order2, nlabels) = rdata::fullcompare(&nsec.next, name);
        if order2 == Ordering::Equal {
            self.vlog(v, D3, "ignoring nsec matches next name");
            return NsecOut::Nothing;
        }
        if order2 == Ordering::Less && !rdata::is_subdomain(nsecname, &nsec.next) {
            self.vlog(v, D3, "ignoring nsec because name is past end of range");
            return NsecOut::Nothing;
        }
        if order2 == Ordering::Greater && relation2 == rdata::Reln::Subdomain {
            self.vlog(v, D3, "nsec proves name exist (empty)");
            return NsecOut::Proves { exists: true, data: false, wild: None };
        }
        let mut wild = None;
        if want_wild {
            let common = if olabels > nlabels { rdata::suffix(nsecname, olabels) } else { rdata::suffix(&nsec.next, nlabels) };
            match rdata::wildcard_of(&common) {
                Some(w) => wild = Some(w),
                None => {
                    self.vlog(v, D3, "failure generating wildcard name");
                    return NsecOut::Nothing;
                }
            }
        }
        self.vlog(v, D3, "nsec range ok");
        NsecOut::Proves { exists: false, data: false, wild }
    }

    /// dns_nsec3_noexistnodata(): what one NSEC3 says about `name`.
    #[allow(clippy::too_many_arguments)]
    fn nsec3_noexistnodata(
        &mut self,
        v: &Val,
        rtype: u16,
        name: &Name,
        nsec3name: &Name,
        set: &RdataSet,
        zonename: &mut Option<Name>,
        want: N3Want<'_>,
    ) -> N3 {
        let mut out = N3::default();
        let N3Want { exists: want_exists, mut closest, mut nearest } = want;
        let Some(first) = set.rdatas.first() else {
            self.vlog(v, D3, "failure processing NSEC3 set");
            out.result = N3Result::Error(R::UnexpectedEnd);
            return out;
        };
        let Some(n3) = Nsec3::parse(first) else {
            out.result = N3Result::Error(R::UnexpectedEnd);
            return out;
        };
        self.vlog(v, D3, "looking for relevant NSEC3");
        let zlabels = nsec3name.label_count();
        if zlabels < 2 {
            return out;
        }
        let zlabels = zlabels - 1;
        let zone = rdata::suffix(nsec3name, zlabels);
        if !rdata::is_subdomain(name, &zone) {
            return out;
        }
        if zonename.as_ref().is_none_or(|z| rdata::is_subdomain(&zone, z)) {
            *zonename = Some(zone.clone());
        }
        if !zonename.as_ref().is_some_and(|z| rdata::name_eq(z, &zone)) {
            return out;
        }
        if !want_exists {
            out.result = N3Result::Success;
            return out;
        }
        if n3.hash != 1 {
            out.unknown = true;
            return out;
        }
        let label = nsec3name.labels().first().map(|l| l.to_ascii_uppercase()).unwrap_or_default();
        let Ok(owner) = BASE32HEX_NOPAD.decode(&label) else {
            out.result = N3Result::Error(R::BadBase32);
            return out;
        };
        if owner.len() != n3.next.len() {
            return out;
        }
        let present = |ty: u16| rdata::type_in_bitmap(n3.bitmap, ty);
        let scope = owner.as_slice().cmp(n3.next);
        let mut qname = rdata::lower(name);
        let mut qlabels = qname.label_count();
        let mut first_round = true;
        let mut answer = N3Result::Ignore;
        while qlabels >= zlabels {
            if n3.iterations > NSEC3_MAX_ITERATIONS {
                out.result = N3Result::IterRange;
                return out;
            }
            let Some(hash) = crypto::nsec3_hash(n3.hash, n3.salt, &qname, n3.iterations) else {
                return out;
            };
            if hash.len() != n3.next.len() {
                self.vlog(v, D3, format!("ignoring NSEC bad length {} vs {}", hash.len(), n3.next.len()));
                return out;
            }
            let order = hash.as_slice().cmp(&owner);
            if first_round && order == Ordering::Equal {
                let atparent = rdata::atparent(rtype);
                let (ns, soa) = (present(t::NS), present(t::SOA));
                if ns && !soa {
                    if !atparent {
                        self.vlog(v, D3, "ignoring parent NSEC3");
                        return out;
                    }
                } else if atparent && ns && soa {
                    self.vlog(v, D3, "ignoring child NSEC3");
                    return out;
                }
                if matches!(rtype, t::CNAME | t::NXT | t::NSEC | t::KEY) || !present(t::CNAME) {
                    out.exists = true;
                    out.data = present(rtype);
                    self.vlog(v, D3, format!("NSEC3 proves name exists (owner) data={}", u8::from(out.data)));
                    out.result = N3Result::Success;
                    return out;
                }
                self.vlog(v, D3, "NSEC3 proves CNAME exists");
                return out;
            }
            if order == Ordering::Equal && present(t::NS) && !present(t::SOA) {
                self.vlog(v, D3, "ignoring parent NSEC3");
                return out;
            }
            if order == Ordering::Equal {
                if let Some(c) = closest.as_deref_mut()
                    && c.as_ref().is_none_or(|cl| rdata::is_subdomain(&qname, cl))
                    && !present(t::DS)
                    && !present(t::DNAME)
                    && (present(t::SOA) || !present(t::NS))
                {
                    self.vlog(v, D3, format!("NSEC3 indicates potential closest encloser: '{}'", name_text(&qname)));
                    *c = Some(qname.clone());
                    out.setclosest = true;
                }
                self.vlog(v, D3, format!("NSEC3 at super-domain {}", name_text(&qname)));
                out.result = answer;
                return out;
            }
            let below_next = hash.as_slice() < n3.next;
            if (scope == Ordering::Less && order == Ordering::Greater && below_next)
                || (scope != Ordering::Less && (order == Ordering::Greater || below_next))
            {
                self.vlog(v, D3, format!("NSEC3 proves name does not exist: '{}'", name_text(&qname)));
                if let Some(nr) = nearest.as_deref_mut()
                    && nr.as_ref().is_none_or(|n| rdata::is_subdomain(n, &qname))
                {
                    *nr = Some(qname.clone());
                    out.setnearest = true;
                }
                out.exists = false;
                out.data = false;
                out.optout = n3.flags & rdata::NSEC3FLAG_OPTOUT != 0;
                self.vlog(v, D3, if out.optout { "NSEC3 indicates optout" } else { "NSEC3 indicates secure range" });
                answer = N3Result::Success;
            }
            qlabels -= 1;
            if qlabels > 0 {
                qname = rdata::suffix(&qname, qlabels);
            }
            first_round = false;
        }
        out.result = answer;
        out
    }

    /// is_insecure_referral(): the negative DS answer shows a delegation
    /// (NSEC with the NS bit, a matching NSEC3 with NS, an opt-out span,
    /// or NSEC3 with too many iterations).
    pub(crate) fn is_insecure_referral(&mut self, v: &Val, name: &Name, neg: &Negative, caller: &str) -> bool {
        if let Some(set) = neg.get(name, t::NSEC) {
            return set.rdatas.first().and_then(|r| Nsec::parse(r)).is_some_and(|n| rdata::type_in_bitmap(n.bitmap, t::NS));
        }
        let lname = rdata::lower(name);
        for set in &neg.proofs {
            if set.rtype != t::NSEC3 {
                continue;
            }
            let label = set.name.labels().first().map(|l| l.to_ascii_uppercase()).unwrap_or_default();
            let Ok(owner) = BASE32HEX_NOPAD.decode(&label) else { continue };
            for rd in &set.rdatas {
                let Some(n3) = Nsec3::parse(rd) else { continue };
                if n3.hash != 1 || n3.next.len() > NSEC3_MAX_HASH_LENGTH {
                    continue;
                }
                if n3.iterations > NSEC3_MAX_ITERATIONS {
                    self.vlog(v, D3, format!("{caller}: too many iterations"));
                    return true;
                }
                let Some(hash) = crypto::nsec3_hash(n3.hash, n3.salt, &lname, n3.iterations) else { continue };
                if hash.len() != owner.len() {
                    continue;
                }
                let order = hash.as_slice().cmp(&owner);
                if order == Ordering::Equal {
                    return rdata::type_in_bitmap(n3.bitmap, t::NS);
                }
                if n3.flags & rdata::NSEC3FLAG_OPTOUT == 0 {
                    continue;
                }
                let scope = owner.as_slice().cmp(n3.next);
                let below_next = hash.as_slice() < n3.next;
                if (scope == Ordering::Less && order == Ordering::Greater && below_next)
                    || (scope != Ordering::Less && (order == Ordering::Greater || below_next))
                {
                    return true;
                }
            }
        }
        false
    }
}
