//! `--validate` in JSON: the `validation` member of the `rlookup` object
//! of each response document whose question was validated (the JSON
//! sink holds a lookup's documents until its `Event::Validation` comes,
//! see `JsonSink::holding`):
//!
//! ```json
//! "validation": {"verdict": "bogus", "reason": "broken trust chain: ...",
//!   "server": "127.0.0.53#53",
//!   "chain": [{"zone": ".", "trustAnchor": true,
//!              "ds": {"keyTag": 20326, "algorithm": 8, "digestType": 2},
//!              "dnskeys": [{"keyTag": 20326, "algorithm": 8, "flags": 257}],
//!              "signatures": [{"owner": ".", "type": "DNSKEY", "keyTag": 20326, "algorithm": 8}],
//!              "insecureDelegation": false, "denials": [], "unsigned": [],
//!              "failures": [{"owner": "bogus.lab.", "type": "DNSKEY", "reason": "..."}]}, ...]}
//! ```
//!
//! `reason` only for `bogus` and `indeterminate`; the chain always, per
//! zone from the trust anchor down (empty when nothing was validated).
//! Names are in presentation form with BIND's escapes, types as mnemonics.

use serde_json::{Value, json};

use crate::event::validation::Check;
use crate::validate::ZoneLink;
use crate::wire::types;

fn zone(z: &ZoneLink) -> Value {
    json!({
        "zone": z.zone.to_text(false),
        "trustAnchor": z.anchor,
        "ds": z.ds.as_ref().map(|d| json!({"keyTag": d.tag, "algorithm": d.algorithm, "digestType": d.digest_type})),
        "dnskeys": z.keys.iter().map(|k| json!({"keyTag": k.tag, "algorithm": k.algorithm, "flags": k.flags})).collect::<Vec<_>>(),
        "signatures": z.signed.iter().map(|s| json!({
            "owner": s.owner.to_text(false),
            "type": types::type_to_text(s.rtype),
            "keyTag": s.key_tag,
            "algorithm": s.algorithm,
        })).collect::<Vec<_>>(),
        "insecureDelegation": z.no_ds,
        "denials": z.denials.iter().map(|(o, t, optout)| json!({
            "owner": o.to_text(false), "type": types::type_to_text(*t), "optOut": optout,
        })).collect::<Vec<_>>(),
        "unsigned": z.unsigned.iter().map(|(o, t)| json!({"owner": o.to_text(false), "type": types::type_to_text(*t)})).collect::<Vec<_>>(),
        "failures": z.failures.iter().map(|f| json!({
            "owner": f.owner.to_text(false), "type": types::type_to_text(f.rtype), "reason": f.reason,
        })).collect::<Vec<_>>(),
    })
}

/// The `validation` member for one validated question.
pub fn member(check: &Check) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("verdict".into(), check.verdict.word().into());
    if let Some(r) = check.verdict.reason() {
        m.insert("reason".into(), r.into());
    }
    m.insert("server".into(), check.server.clone().into());
    m.insert("chain".into(), Value::Array(check.chain.iter().map(zone).collect()));
    Value::Object(m)
}
