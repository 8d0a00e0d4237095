//! `--compare` in JSON: one document per compared lookup, `{"rlookup":
//! {"compare": {...}}}`, holding the question, each server's document as
//! `--json` prints it for one response (kdig's members and rlookup's, or
//! an error document for a server that gave no reply), in command-line
//! order, and the verdict: `agree` and the `differences` (`status`,
//! `flags`, `answer`, `authority`), as `event::compare` decides them.

use serde_json::{Map, Value, json};

use super::{Document, ErrorInfo, JsonOptions, Meta};
use crate::event::ErrorKind;
use crate::event::compare::{Comparison, ServerOutcome, Status};
use crate::wire::types;

/// The document for one comparison (`extra`: members added to every
/// `rlookup` object, e.g. the systemd-resolved stub).
pub fn document(c: &Comparison, extra: &Map<String, Value>) -> Value {
    let status = c.status();
    let servers: Vec<Value> = c
        .servers
        .iter()
        .zip(&status)
        .map(|(s, st)| match &s.outcome {
            ServerOutcome::Reply(r) => Document::response(&r.response, &JsonOptions::default()).to_value(),
            ServerOutcome::NoReply { .. } => {
                let kind = match st {
                    Status::NoReply(k) => *k,
                    Status::Rcode(_) => ErrorKind::NoServers,
                };
                let meta = Meta {
                    server: Some(s.addr.map_or_else(|| s.server.name.to_string(), |a| a.ip().to_string())),
                    port: s.addr.map(|a| a.port()).or(s.server.port),
                    server_name: Some(s.server.label.to_string()),
                    ..Meta::default()
                };
                Document::error(meta, ErrorInfo::of(kind, &s.outcome.to_string())).to_value()
            }
        })
        .collect();
    let differences: Vec<&str> = c.differences().into_iter().map(|d| d.as_str()).collect();
    let mut rlookup = Map::new();
    rlookup.insert(
        "compare".into(),
        json!({
            "question": {
                "name": crate::render::compare::asked_name(c),
                "type": types::type_to_text(c.lookup.rdtype),
                "class": types::class_to_text(c.lookup.rdclass),
            },
            "servers": servers,
            "agree": differences.is_empty(),
            "differences": differences,
        }),
    );
    rlookup.extend(extra.clone());
    json!({ "rlookup": rlookup })
}
