//! `--compare` in the session: each server's lookup alone and all at once,
//! their recordings reduced to one comparison and the exit status.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, SystemTime};

use super::*;
use crate::error::Fatal;
use crate::event::compare::tests::{reply, server, www};
use crate::event::compare::{ServerOutcome, Status};
use crate::event::{Received, Sending};
use crate::response::{Direction, Packet, Protocol, TransportError};

/// What the engine records for a server that answered.
fn answered(last: u8, bytes: Vec<u8>) -> Recorded {
    let r = reply(last, bytes, 1);
    let sending = Sending {
        lookup: r.lookup.clone(),
        server: r.server.clone(),
        addr: r.response.server,
        qname: r.qname.clone(),
        protocol: Protocol::Udp,
        bytes: Vec::new(),
        message: None,
        at: std::time::SystemTime::UNIX_EPOCH,
    };
    let packet = Packet {
        direction: Direction::Received,
        protocol: Protocol::Udp,
        local: None,
        peer: r.response.server,
        bytes: r.response.bytes.clone(),
        at: SystemTime::UNIX_EPOCH,
    };
    Recorded {
        events: vec![
            Event::Sending(Arc::new(sending)),
            Event::Packet { packet: Arc::new(packet), d2: false },
            Event::Reply(r.clone()),
            Event::Received(Received { reply: r, tcp: false, xfr: None, at: SystemTime::UNIX_EPOCH }),
            Event::LookupDone,
        ],
        exit_ops: vec![ExitOp::Reset],
        end: None,
    }
}

/// What the engine records for a server that timed out twice.
fn timed_out(last: u8) -> Recorded {
    let addr = SocketAddr::from(([127, 0, 0, last], 53));
    let notice = || Event::Warning(Notice::CommunicationsError { addr, error: TransportError::TimedOut, timeout: 1 });
    Recorded {
        events: vec![notice(), notice(), Event::Greeting("; <<>> DiG".into()), Event::Failure(Failure::NoServers), Event::LookupDone],
        exit_ops: vec![ExitOp::Reset, ExitOp::Raise(9), ExitOp::Reset, ExitOp::Raise(9)],
        end: None,
    }
}

fn status(unit: &Recorded) -> i32 {
    unit.exit_ops.iter().fold(0, |code, op| op.apply(code))
}

fn the_comparison(unit: &Recorded) -> Arc<Comparison> {
    let found: Vec<_> = unit
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Compare(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(found.len(), 1, "one comparison per lookup");
    found[0].clone()
}

fn lookup() -> Arc<Lookup> {
    crate::event::compare::tests::lookup()
}

#[test]
fn agreeing_servers_exit_0() {
    let unit = reduce(lookup(), vec![server(1), server(2)], vec![answered(1, www(300)), answered(2, www(7))]);
    assert_eq!(status(&unit), 0);
    let c = the_comparison(&unit);
    assert!(c.agree());
    assert_eq!(
        c.servers.iter().map(|s| s.addr.map(|a| a.to_string())).collect::<Vec<_>>(),
        vec![Some("127.0.0.1:53".to_string()), Some("127.0.0.2:53".to_string())]
    );
    // The packets (for --dump) come first, the comparison, then the end of
    // the lookup; the servers' own replies and warnings are not printed.
    let kinds: Vec<&str> = unit
        .events
        .iter()
        .map(|e| match e {
            Event::Packet { .. } => "packet",
            Event::Compare(_) => "compare",
            Event::LookupDone => "done",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, vec!["packet", "packet", "compare", "done"]);
}

#[test]
fn differing_servers_exit_3() {
    let nx = crate::event::compare::tests::message(0x0180, 3, &[], &[]);
    let unit = reduce(lookup(), vec![server(1), server(2)], vec![answered(1, www(300)), answered(2, nx)]);
    assert_eq!(status(&unit), DIFFER);
    assert_eq!(the_comparison(&unit).status(), vec![Status::Rcode(0), Status::Rcode(3)]);
}

#[test]
fn a_server_without_reply_exits_9_with_its_notice() {
    let unit = reduce(lookup(), vec![server(1), server(2)], vec![answered(1, www(300)), timed_out(2)]);
    assert_eq!(status(&unit), 9);
    let c = the_comparison(&unit);
    match &c.servers[1].outcome {
        ServerOutcome::NoReply { failure, notice } => {
            assert_eq!(*failure, Some(Failure::NoServers));
            assert!(matches!(notice, Some(Notice::CommunicationsError { error: TransportError::TimedOut, .. })));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(c.servers[1].addr, None, "no Sending event recorded: the address is not known");
}

async fn in_local<F: std::future::Future>(f: F) -> F::Output {
    tokio::task::LocalSet::new().run_until(f).await
}

/// Every server's lookup starts before any ends: each waits until all
/// have started (run one after another, they would wait forever).
#[tokio::test(start_paused = true)]
async fn all_servers_are_asked_at_once() {
    in_local(async {
        let started = Rc::new(RefCell::new(Vec::new()));
        let all = Rc::new(tokio::sync::Notify::new());
        let mut l = (*lookup()).clone();
        l.servers = vec![server(1), server(2), server(3)].into();
        let (s, a) = (started.clone(), all.clone());
        let one = move |one: Lookup| {
            let (started, all) = (s.clone(), a.clone());
            async move {
                assert_eq!(one.servers.len(), 1, "one server per lookup: no failover");
                let last = one.servers[0].name.rsplit('.').next().and_then(|n| n.parse::<u8>().ok()).unwrap_or(0);
                started.borrow_mut().push(last);
                if started.borrow().len() == 3 {
                    all.notify_waiters();
                } else {
                    all.notified().await;
                }
                answered(last, www(300))
            }
        };
        let unit = tokio::time::timeout(Duration::from_secs(5), compare(l, Vec::new(), one)).await.expect("the lookups ran at once");
        assert_eq!(status(&unit), 0);
        let c = the_comparison(&unit);
        let labels: Vec<&str> = c.servers.iter().map(|s| &*s.server.label).collect();
        assert_eq!(labels, vec!["127.0.0.1", "127.0.0.2", "127.0.0.3"], "command-line order");
    })
    .await;
}

/// Without servers of its own, the lookup compares the run's
/// (resolv.conf's).
#[tokio::test]
async fn the_run_servers_without_at_server() {
    in_local(async {
        let asked = Rc::new(RefCell::new(Vec::new()));
        let a = asked.clone();
        let one = move |one: Lookup| {
            a.borrow_mut().push(one.servers[0].name.to_string());
            async move { answered(1, www(300)) }
        };
        let unit = compare((*lookup()).clone(), vec![server(4), server(5)], one).await;
        assert_eq!(*asked.borrow(), vec!["127.0.0.4", "127.0.0.5"]);
        assert_eq!(the_comparison(&unit).servers.len(), 2);
    })
    .await;
}

/// A lookup that stops the run (a name that is not legal) is printed as
/// dig would, not compared.
#[tokio::test]
async fn an_error_ends_the_run_as_without_compare() {
    in_local(async {
        let mut l = (*lookup()).clone();
        l.servers = vec![server(1), server(2)].into();
        let one = |_l: Lookup| async {
            Recorded { end: Some(Error::Fatal(Fatal::Other("bad".into()))), ..Recorded::events(vec![Event::Text("x".into())]) }
        };
        let unit = compare(l, Vec::new(), one).await;
        assert!(unit.end.is_some());
        assert!(unit.events.iter().all(|e| !matches!(e, Event::Compare(_))));
    })
    .await;
}

/// `--stats` counts each server's lookup of a comparison.
#[test]
fn stats_count_each_server() {
    let unit = reduce(lookup(), vec![server(1), server(2)], vec![answered(1, www(300)), timed_out(2)]);
    let mut tally = crate::session::batch::Tally::default();
    for e in &unit.events {
        tally.see(e);
    }
    let s = tally.summary();
    assert_eq!(s.rcodes.get(&0), Some(&1));
    assert_eq!(s.unanswered, 1);
    assert_eq!(s.lookups(), 2);
    assert!(s.latency.is_some());
}
