//! `--compare`, running (dig): one lookup of the grammar becomes one lookup
//! per server (that server alone, so no failover), all started at once as
//! tasks of the run's thread, each on an engine of its own that records its
//! events (the dig session's `record`, passed in). When every one is done,
//! their events are reduced to one `Event::Compare` (each server's reply
//! taken as the answer, or the failure and last notice that ended it, in
//! command-line order), preceded by their packets (`--dump`). The unit
//! goes into the dig session's ordered queue like any lookup of a batch.
//!
//! The exit status is the comparison's: a server's own dig status if one
//! is not 0 (9: no reply), else 3 when the servers differ
//! ([`DIFFER`]), else 0.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use crate::error::Error;
use crate::event::compare::{Compared, Comparison, ServerOutcome};
use crate::event::{Event, Failure, Notice};
use crate::lookup::ExitOp;
use crate::plan::{Lookup, Server};
use crate::session::batch::Recorded;

/// rlookup's exit status when the servers answered differently.
pub const DIFFER: i32 = 3;

/// Asks `l` of each of its servers (or, if it names none, `run_servers`)
/// at once, each through `run_one`, and makes one comparison of what they
/// came to. A lookup that stops the run (a name that is not legal) is
/// returned as the first server's recording, to print as dig would.
pub async fn compare<F, Fut>(l: Lookup, run_servers: Vec<Server>, run_one: F) -> Recorded
where
    F: Fn(Lookup) -> Fut,
    Fut: Future<Output = Recorded> + 'static,
{
    let servers = if l.servers.is_empty() { run_servers } else { l.servers.to_vec() };
    if servers.is_empty() {
        return run_one(l).await;
    }
    let tasks: Vec<_> = servers
        .iter()
        .map(|s| {
            let mut one = l.clone();
            one.servers = vec![s.clone()].into();
            tokio::task::spawn_local(run_one(one))
        })
        .collect();
    let mut runs = Vec::with_capacity(tasks.len());
    for task in tasks {
        match task.await {
            Ok(run) => runs.push(run),
            Err(e) => {
                return Recorded { end: Some(Error::Io(std::io::Error::other(format!("lookup task failed: {e}")))), ..Recorded::default() };
            }
        }
    }
    if let Some(i) = runs.iter().position(|r| r.end.is_some()) {
        return runs.swap_remove(i);
    }
    reduce(Arc::new(l), servers, runs)
}

/// The servers' recordings as one unit: their packets, the comparison,
/// the end of the lookup, and the exit status.
pub fn reduce(lookup: Arc<Lookup>, servers: Vec<Server>, runs: Vec<Recorded>) -> Recorded {
    let mut events = Vec::new();
    let mut compared = Vec::with_capacity(runs.len());
    let mut worst = 0;
    for (server, run) in servers.into_iter().zip(runs) {
        worst = worst.max(run.exit_ops.iter().fold(0, |code, op| op.apply(code)));
        compared.push(outcome(server, &run.events));
        events.extend(run.events.into_iter().filter(|e| matches!(e, Event::Packet { .. })));
    }
    let comparison = Comparison { lookup, servers: compared };
    let status = if worst != 0 {
        worst
    } else if comparison.agree() {
        0
    } else {
        DIFFER
    };
    events.push(Event::Compare(Arc::new(comparison)));
    events.push(Event::LookupDone);
    let mut exit_ops = vec![ExitOp::Reset];
    if status != 0 {
        exit_ops.push(ExitOp::Raise(status));
    }
    Recorded { events, exit_ops, end: None }
}

/// What one server's events came to: the last reply taken as the answer,
/// else the last failure and notice.
fn outcome(server: Server, events: &[Event]) -> Compared {
    let mut addr: Option<SocketAddr> = None;
    let mut reply = None;
    let mut failure: Option<Failure> = None;
    let mut notice: Option<Notice> = None;
    for e in events {
        match e {
            Event::Sending(s) => {
                addr.get_or_insert(s.addr);
            }
            Event::Received(r) => {
                addr = Some(r.reply.response.server);
                reply = Some(r.reply.clone());
            }
            Event::Failure(f) => failure = Some(*f),
            Event::Warning(n) => notice = Some(n.clone()),
            _ => {}
        }
    }
    let outcome = match reply {
        Some(r) => ServerOutcome::Reply(r),
        None => ServerOutcome::NoReply { failure, notice },
    };
    Compared { server, addr, outcome }
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
