//! Ctrl-C: when a batch catches it, and what its queue prints then (every
//! unit before the first unfinished one, nothing after), also when the
//! batch was stopped while waiting for that unit. (SIGINT itself is
//! tested on the binary: tests/progress.rs.)

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use super::*;
use crate::error::Result;
use crate::event::Event;
use crate::session::batch::{Ordered, Recorded, Replay};

#[test]
fn caught_in_batches_not_reading_a_terminal() {
    assert!(catches(2, false));
    assert!(catches(1_000_000, false));
    assert!(!catches(0, false));
    assert!(!catches(1, false), "one lookup: SIGINT's default action");
    assert!(!catches(2, true), "input typed at a terminal: SIGINT's default action");
    assert!(!catches(1_000, true));
}

#[test]
fn armed_once_and_for_good() {
    let i = Interrupt::default();
    i.lookups_queued(1);
    assert!(!i.is_armed());
    i.lookups_queued(2);
    assert!(i.is_armed());
    i.lookups_queued(3);
    assert!(i.is_armed());
    let typed = Interrupt::default();
    typed.reads_terminal();
    typed.lookups_queued(2);
    assert!(!typed.is_armed());
}

#[tokio::test]
async fn work_that_ends_is_its_own_result() {
    let i = Interrupt::default();
    assert_eq!(i.or_ctrl_c(async { 7 }).await, Some(7));
    // Armed: the same, while no SIGINT comes.
    i.lookups_queued(2);
    assert_eq!(i.or_ctrl_c(async { 8 }).await, Some(8));
}

/// The units' texts, as printed.
#[derive(Default, Clone)]
struct Printed(Rc<RefCell<Vec<String>>>);

impl Replay for Printed {
    fn replay(&mut self, unit: Recorded) -> Result<()> {
        for e in unit.events {
            if let Event::Text(t) = e {
                self.0.borrow_mut().push(t);
            }
        }
        Ok(())
    }
}

impl Printed {
    fn texts(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
}

/// A lookup that ends after `ms` (a day: one that never does).
fn lookup(name: &'static str, ms: u64) -> std::pin::Pin<Box<dyn std::future::Future<Output = Recorded>>> {
    Box::pin(async move {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        Recorded::events(vec![Event::Text(name.into())])
    })
}

const DAY: u64 = 86_400_000;

async fn in_local<F: std::future::Future>(f: F) -> F::Output {
    tokio::task::LocalSet::new().run_until(f).await
}

#[tokio::test(start_paused = true)]
async fn the_complete_head_is_printed_and_nothing_after_the_first_unfinished() {
    in_local(async {
        let mut printed = Printed::default();
        let mut q = Ordered::new(10, None);
        q.spawn(lookup("first", 10), &mut printed).await.unwrap();
        q.ready(Recorded::events(vec![Event::Text("a message".into())]), &mut printed).await.unwrap();
        q.spawn(lookup("second", 20), &mut printed).await.unwrap();
        q.spawn(lookup("stuck", DAY), &mut printed).await.unwrap();
        q.spawn(lookup("after, done", 5), &mut printed).await.unwrap();
        q.ready(Recorded::events(vec![Event::Text("a message after".into())]), &mut printed).await.unwrap();
        q.spawn(lookup("after, running", DAY), &mut printed).await.unwrap();
        // Everything but the stuck ones has ended; nothing was waited for.
        tokio::time::sleep(Duration::from_millis(100)).await;
        q.interrupt(&mut printed).await.unwrap();
        assert_eq!(printed.texts(), ["first", "a message", "second"]);
        assert!(q.is_empty(), "the rest is dropped");
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn stopped_while_waiting_the_unit_waited_for_stays_first() {
    in_local(async {
        let mut printed = Printed::default();
        let mut q = Ordered::new(10, None);
        q.spawn(lookup("first", 10), &mut printed).await.unwrap();
        q.spawn(lookup("stuck", DAY), &mut printed).await.unwrap();
        q.spawn(lookup("after, done", 20), &mut printed).await.unwrap();
        // The batch waits for its end (drain) and is stopped meanwhile
        // (Ctrl-C drops the future where it waits, on the stuck lookup).
        let stopped = tokio::time::timeout(Duration::from_millis(500), q.drain(&mut printed)).await;
        assert!(stopped.is_err(), "the stuck lookup ended?");
        assert_eq!(printed.texts(), ["first"]);
        // "after, done" has ended, but the stuck one is still first.
        q.interrupt(&mut printed).await.unwrap();
        assert_eq!(printed.texts(), ["first"]);
        assert!(q.is_empty());
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_lookup_that_ended_while_waited_for_is_printed() {
    in_local(async {
        let mut printed = Printed::default();
        let mut q = Ordered::new(10, None);
        q.spawn(lookup("slow", 1_000), &mut printed).await.unwrap();
        q.spawn(lookup("fast", 10), &mut printed).await.unwrap();
        q.spawn(lookup("stuck", DAY), &mut printed).await.unwrap();
        // Stopped while waiting for "slow", which then ends before the
        // interrupt looks.
        let stopped = tokio::time::timeout(Duration::from_millis(500), q.drain(&mut printed)).await;
        assert!(stopped.is_err());
        tokio::time::sleep(Duration::from_millis(600)).await;
        q.interrupt(&mut printed).await.unwrap();
        assert_eq!(printed.texts(), ["slow", "fast"]);
    })
    .await;
}
