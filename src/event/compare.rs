//! `--compare`: one question asked of several servers at once, each on its
//! own (no failover), as one value: [`Comparison`], which the dig session
//! (`session::compare`) builds from each server's recorded events and
//! emits as `Event::Compare`, and which the sinks (`render::compare`'s
//! side-by-side table, `render::json`'s document) print.
//!
//! What differs is decided here, on typed values, once for everyone: the
//! status (the RCODE, or the kind of failure of a server that gave no
//! reply), the header flags (aa tc rd ra ad cd), and the records of the
//! answer and authority sections (owner name without regard to case,
//! type, class and RDATA). TTLs and query times are shown but are never a
//! difference: caches count TTLs down. The session turns [`Comparison::agree`]
//! into the exit status; nothing matches on text.

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;

use super::{ErrorKind, Failure, Notice, Reply};
use crate::plan::{Lookup, Server};
use crate::wire::{Record, Section};

/// One lookup asked of several servers at once.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The lookup as asked (the name as typed, its type and class).
    pub lookup: Arc<Lookup>,
    /// Each server's outcome, in command-line order (resolv.conf's order
    /// without `@server`).
    pub servers: Vec<Compared>,
}

/// What one server came to.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The server as given (its label is the name typed).
    pub server: Server,
    /// The address asked (None: the server's name had no address).
    pub addr: Option<SocketAddr>,
    pub outcome: ServerOutcome,
}

/// A server's reply, or why there is none.
#[derive(Debug, Clone)]
pub enum ServerOutcome {
    /// The reply taken as the answer (its response has the query time).
    Reply(Arc<Reply>),
    /// No reply: the failure that ended the lookup (`no servers could be
    /// reached`) and the last notice before it (`communications error to
    /// 127.0.0.1#53: timed out`), either of which may be missing (a reply
    /// that could not be decoded, no address to send to).
    NoReply { failure: Option<Failure>, notice: Option<Notice> },
}

impl ServerOutcome {
    pub fn reply(&self) -> Option<&Arc<Reply>> {
        match self {
            ServerOutcome::Reply(r) => Some(r),
            ServerOutcome::NoReply { .. } => None,
        }
    }
}

/// BIND's text for why there is no reply: the last notice (without `;; `)
/// or the failure.
impl fmt::Display for ServerOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerOutcome::Reply(r) => f.write_str(&crate::wire::types::rcode_to_text(r.response.message.rcode())),
            ServerOutcome::NoReply { notice: Some(n), .. } => f.write_str(n.to_string().trim_end()),
            ServerOutcome::NoReply { failure: Some(fail), .. } => write!(f, "{fail}"),
            ServerOutcome::NoReply { failure: None, notice: None } => f.write_str("no reply"),
        }
    }
}

/// What the status row compares: the RCODE, or the kind of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Rcode(u16),
    NoReply(ErrorKind),
}

/// The header flags compared (QR is always set in a reply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    pub aa: bool,
    pub tc: bool,
    pub rd: bool,
    pub ra: bool,
    pub ad: bool,
    pub cd: bool,
}

impl Flags {
    /// The names of the flags set, in dig's order.
    pub fn names(&self) -> Vec<&'static str> {
        [(self.aa, "aa"), (self.tc, "tc"), (self.rd, "rd"), (self.ra, "ra"), (self.ad, "ad"), (self.cd, "cd")]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect()
    }
}

/// What can differ between servers, in the order it is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Aspect {
    Status,
    Flags,
    Answer,
    Authority,
}

impl Aspect {
    pub fn as_str(self) -> &'static str {
        match self {
            Aspect::Status => "status",
            Aspect::Flags => "flags",
            Aspect::Answer => "answer",
            Aspect::Authority => "authority",
        }
    }
}

/// One distinct record of a section, and each server's TTL for it (None:
/// that server's reply lacks it, or there is no reply).
#[derive(Debug, Clone)]
pub struct RecordRow<'a> {
    /// The record as the first server that has it gave it.
    pub record: &'a Record,
    pub ttls: Vec<Option<u32>>,
}

impl RecordRow<'_> {
    /// Some server lacks the record (a TTL alone is never a difference).
    pub fn differs(&self) -> bool {
        self.ttls.iter().any(Option::is_none)
    }
}

/// A record's identity across servers: owner name (ASCII case folded),
/// type, class and RDATA.
type RecordKey = (Vec<Vec<u8>>, u16, u16, Vec<u8>);

fn key(r: &Record) -> RecordKey {
    let name = r.name.labels().iter().map(|l| l.to_ascii_lowercase()).collect();
    (name, r.rtype, r.class, r.rdata.clone())
}

impl Comparison {
    /// Each server's status.
    pub fn status(&self) -> Vec<Status> {
        self.servers
            .iter()
            .map(|s| match &s.outcome {
                ServerOutcome::Reply(r) => Status::Rcode(r.response.message.rcode()),
                ServerOutcome::NoReply { failure, notice } => Status::NoReply(
                    notice.as_ref().map(Notice::kind).or_else(|| failure.as_ref().map(Failure::kind)).unwrap_or(ErrorKind::NoServers),
                ),
            })
            .collect()
    }

    /// Each server's flags (None: no reply).
    pub fn flags(&self) -> Vec<Option<Flags>> {
        self.servers
            .iter()
            .map(|s| {
                s.outcome.reply().map(|r| {
                    let h = &r.response.message.header;
                    Flags { aa: h.aa, tc: h.tc, rd: h.rd, ra: h.ra, ad: h.ad, cd: h.cd }
                })
            })
            .collect()
    }

    /// The distinct records of a section over all replies, in the order
    /// they first appear (the first server's in its order, then those only
    /// later servers have), each with every server's TTL.
    pub fn records(&self, section: Section) -> Vec<RecordRow<'_>> {
        let mut rows: Vec<RecordRow<'_>> = Vec::new();
        let mut index: HashMap<RecordKey, usize> = HashMap::new();
        for (i, s) in self.servers.iter().enumerate() {
            let Some(reply) = s.outcome.reply() else { continue };
            for r in reply.response.message.section(section) {
                let row = *index.entry(key(r)).or_insert_with(|| {
                    rows.push(RecordRow { record: r, ttls: vec![None; self.servers.len()] });
                    rows.len() - 1
                });
                // A record twice in one reply: its first TTL.
                rows[row].ttls[i].get_or_insert(r.ttl);
            }
        }
        rows
    }

    /// What differs between the servers (empty: they agree).
    pub fn differences(&self) -> Vec<Aspect> {
        let mut out = Vec::new();
        if !all_equal(&self.status()) {
            out.push(Aspect::Status);
        }
        if !all_equal(&self.flags()) {
            out.push(Aspect::Flags);
        }
        if self.records(Section::Answer).iter().any(RecordRow::differs) {
            out.push(Aspect::Answer);
        }
        if self.records(Section::Authority).iter().any(RecordRow::differs) {
            out.push(Aspect::Authority);
        }
        out
    }

    /// Every server said the same (TTLs and query times aside).
    pub fn agree(&self) -> bool {
        self.differences().is_empty()
    }

    /// The servers that gave no reply.
    pub fn unanswered(&self) -> impl Iterator<Item = &Compared> {
        self.servers.iter().filter(|s| s.outcome.reply().is_none())
    }
}

fn all_equal<T: PartialEq>(v: &[T]) -> bool {
    v.windows(2).all(|w| w[0] == w[1])
}

#[cfg(test)]
#[path = "compare_tests.rs"]
pub(crate) mod tests;
