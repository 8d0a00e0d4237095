//! The chain of trust as the validator walked it, for rlookup's own
//! `--validate=chain` view (like `drill -S`): which DNSKEY set was
//! matched to which DS (or to the trust anchor), which key signed what,
//! where a delegation was proven unsigned, and which link failed.
//!
//! The validator (`validate::validator`, `validate::nsec`) records steps
//! as it goes; `Chain::zones` groups them per zone from the anchor down
//! for a printer (`event::validation` carries them to the sinks of
//! `--validate`).

use super::crypto;
use super::rdata::{self, Dnskey, Ds};
use super::rrset::RdataSet;
use crate::wire::Name;

/// A DNSKEY as the chain view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    pub tag: u16,
    pub algorithm: u8,
    pub flags: u16,
}

/// A DS (or DS-form trust anchor) as the chain view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DsInfo {
    pub tag: u16,
    pub algorithm: u8,
    pub digest_type: u8,
}

/// One thing the validator established or failed at, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainStep {
    /// The DNSKEY set of `zone` is secure: `ds` (from the parent, or the
    /// trust anchor when `anchor`) matched one of `keys`, and that key
    /// signed the set.
    KeySet { zone: Name, keys: Vec<KeyInfo>, ds: DsInfo, anchor: bool },
    /// `owner`/`rtype` verified with the key `key_tag`/`algorithm` of
    /// `signer`.
    Signed { owner: Name, rtype: u16, key_tag: u16, algorithm: u8, signer: Name },
    /// The delegation to `zone` has no DS (proven): below it is unsigned.
    NoDs { zone: Name },
    /// `owner`/`rtype` proven not to exist (or to have no data).
    Denial { owner: Name, rtype: u16, optout: bool },
    /// `owner`/`rtype` taken as unsigned (`marking as answer (whence)`).
    Insecure { owner: Name, rtype: u16, whence: String },
    /// A link that failed, with the validator's words.
    Failed { owner: Name, rtype: u16, reason: String },
}

/// The steps, in the order they happened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chain {
    pub steps: Vec<ChainStep>,
}

/// A link of the chain that failed: what was being validated and the
/// validator's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed {
    pub owner: Name,
    pub rtype: u16,
    pub reason: String,
}

/// What one zone's keys signed: `owner`/`rtype` verified with the key
/// `key_tag`/`algorithm`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub owner: Name,
    pub rtype: u16,
    pub key_tag: u16,
    pub algorithm: u8,
}

/// Everything known about one zone of the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneLink {
    pub zone: Name,
    pub keys: Vec<KeyInfo>,
    /// The DS that matched (None: the zone's key set was not validated).
    pub ds: Option<DsInfo>,
    pub anchor: bool,
    /// What this zone's keys signed, each once, in order.
    pub signed: Vec<Signed>,
    /// The delegation to this zone is proven unsigned.
    pub no_ds: bool,
    /// (owner, type, opt-out) of the denials of existence proven here.
    pub denials: Vec<(Name, u16, bool)>,
    /// (owner, type) of the answers taken as unsigned here.
    pub unsigned: Vec<(Name, u16)>,
    pub failures: Vec<Failed>,
}

impl Chain {
    pub(crate) fn keyset(&mut self, zone: &Name, keyset: &RdataSet, ds_rdata: &[u8], anchor: bool) {
        let keys = keyset
            .rdatas
            .iter()
            .filter_map(|k| Dnskey::parse(k).map(|d| KeyInfo { tag: crypto::key_tag(k), algorithm: d.algorithm, flags: d.flags }))
            .collect();
        let Some(ds) = Ds::parse(ds_rdata) else { return };
        let ds = DsInfo { tag: ds.key_tag, algorithm: ds.algorithm, digest_type: ds.digest_type };
        self.steps.push(ChainStep::KeySet { zone: zone.clone(), keys, ds, anchor });
    }

    pub(crate) fn signed(&mut self, owner: &Name, rtype: u16, key_tag: u16, algorithm: u8, signer: &Name) {
        self.steps.push(ChainStep::Signed { owner: owner.clone(), rtype, key_tag, algorithm, signer: signer.clone() });
    }

    pub(crate) fn no_ds(&mut self, zone: &Name) {
        self.steps.push(ChainStep::NoDs { zone: zone.clone() });
    }

    pub(crate) fn denial(&mut self, owner: &Name, rtype: u16, optout: bool) {
        self.steps.push(ChainStep::Denial { owner: owner.clone(), rtype, optout });
    }

    pub(crate) fn insecure(&mut self, owner: &Name, rtype: u16, whence: &str) {
        self.steps.push(ChainStep::Insecure { owner: owner.clone(), rtype, whence: whence.to_string() });
    }

    pub(crate) fn failed(&mut self, owner: &Name, rtype: u16, reason: String) {
        self.steps.push(ChainStep::Failed { owner: owner.clone(), rtype, reason });
    }

    /// The first failure recorded.
    pub fn first_failure(&self) -> Option<&ChainStep> {
        self.steps.iter().find(|s| matches!(s, ChainStep::Failed { .. }))
    }

    /// The steps per zone, from the top (fewest labels) down. A zone is
    /// a name whose key set was validated or whose delegation has no DS;
    /// signatures go to their signer's zone, failures of a DNSKEY set to
    /// that zone, and other failures, denials and unsigned answers to the
    /// closest enclosing zone. Repeated steps are kept once.
    pub fn zones(&self) -> Vec<ZoneLink> {
        let mut zones: Vec<ZoneLink> = Vec::new();
        fn at<'z>(zones: &'z mut Vec<ZoneLink>, name: &Name) -> &'z mut ZoneLink {
            if let Some(i) = zones.iter().position(|z| rdata::name_eq(&z.zone, name)) {
                return &mut zones[i];
            }
            zones.push(ZoneLink {
                zone: name.clone(),
                keys: Vec::new(),
                ds: None,
                anchor: false,
                signed: Vec::new(),
                no_ds: false,
                denials: Vec::new(),
                unsigned: Vec::new(),
                failures: Vec::new(),
            });
            zones.last_mut().expect("pushed")
        }
        /// The zone a step about `owner` belongs to: the closest enclosing
        /// zone known so far, else `owner` itself.
        fn enclosing(zones: &[ZoneLink], owner: &Name) -> Name {
            zones
                .iter()
                .filter(|z| rdata::is_subdomain(owner, &z.zone))
                .max_by_key(|z| z.zone.label_count())
                .map_or_else(|| owner.clone(), |z| z.zone.clone())
        }
        fn push_once<T: PartialEq>(v: &mut Vec<T>, item: T) {
            if !v.contains(&item) {
                v.push(item);
            }
        }
        // Zones first (key sets and proven delegations), so that every
        // other step finds its enclosing zone whatever the order.
        for s in &self.steps {
            match s {
                ChainStep::KeySet { zone, keys, ds, anchor } => {
                    let z = at(&mut zones, zone);
                    z.keys = keys.clone();
                    z.ds = Some(ds.clone());
                    z.anchor = *anchor;
                }
                ChainStep::NoDs { zone } => at(&mut zones, zone).no_ds = true,
                _ => {}
            }
        }
        for s in &self.steps {
            match s {
                ChainStep::KeySet { .. } | ChainStep::NoDs { .. } => {}
                ChainStep::Signed { owner, rtype, key_tag, algorithm, signer } => {
                    let signed = Signed { owner: owner.clone(), rtype: *rtype, key_tag: *key_tag, algorithm: *algorithm };
                    push_once(&mut at(&mut zones, signer).signed, signed);
                }
                ChainStep::Denial { owner, rtype, optout } => {
                    let zone = enclosing(&zones, owner);
                    push_once(&mut at(&mut zones, &zone).denials, (owner.clone(), *rtype, *optout));
                }
                ChainStep::Insecure { owner, rtype, .. } => {
                    let zone = enclosing(&zones, owner);
                    push_once(&mut at(&mut zones, &zone).unsigned, (owner.clone(), *rtype));
                }
                ChainStep::Failed { owner, rtype, reason } => {
                    let zone = if *rtype == rdata::t::DNSKEY { owner.clone() } else { enclosing(&zones, owner) };
                    let failed = Failed { owner: owner.clone(), rtype: *rtype, reason: reason.clone() };
                    push_once(&mut at(&mut zones, &zone).failures, failed);
                }
            }
        }
        zones.sort_by_key(|z| z.zone.label_count());
        zones
    }
}
