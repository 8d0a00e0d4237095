//! The batch queue: units print in input order whatever order they end
//! in, never more than the window wait, `--rate` spaces the starts, and a
//! unit that ends the run stops everything after it.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::error::Fatal;

/// What the replay saw: each unit's texts, in order.
#[derive(Default)]
struct Seen {
    texts: Vec<String>,
}

impl Replay for Seen {
    fn replay(&mut self, unit: Recorded) -> Result<()> {
        for e in unit.events {
            if let Event::Text(t) = e {
                self.texts.push(t);
            }
        }
        match unit.end {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// A lookup that takes `ms` milliseconds, counting how many run at once.
async fn lookup(name: String, ms: u64, running: Arc<AtomicUsize>, most: Arc<AtomicUsize>) -> Recorded {
    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
    most.fetch_max(now, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(ms)).await;
    running.fetch_sub(1, Ordering::SeqCst);
    Recorded::events(vec![Event::Text(name)])
}

async fn in_local<F: std::future::Future>(f: F) -> F::Output {
    tokio::task::LocalSet::new().run_until(f).await
}

#[tokio::test(start_paused = true)]
async fn output_in_input_order_with_bounded_window() {
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut q = Ordered::new(4, None);
        let mut seen = Seen::default();
        // Later lookups end first; messages sit between them.
        for i in 0..20u64 {
            q.spawn(Box::pin(lookup(format!("lookup {i}"), 100 - 4 * i, running.clone(), most.clone())), &mut seen).await.unwrap();
            assert!(q.in_flight() <= 4, "window exceeded: {}", q.in_flight());
            if i % 5 == 0 {
                q.ready(Recorded::events(vec![Event::Text(format!("message after {i}"))]), &mut seen).await.unwrap();
            }
        }
        q.drain(&mut seen).await.unwrap();
        let mut expected = Vec::new();
        for i in 0..20 {
            expected.push(format!("lookup {i}"));
            if i % 5 == 0 {
                expected.push(format!("message after {i}"));
            }
        }
        assert_eq!(seen.texts, expected);
        assert!(most.load(Ordering::SeqCst) <= 4, "at most 4 at once, saw {}", most.load(Ordering::SeqCst));
        assert!(most.load(Ordering::SeqCst) >= 2, "they did run at the same time");
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn output_between_lookups_does_not_narrow_the_window() {
    // Every dig batch line queues its print globals before its lookup,
    // every nslookup command its messages: a window of 4 still runs 4.
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut q = Ordered::new(4, None);
        let mut seen = Seen::default();
        for i in 0..12u64 {
            q.ready(Recorded::events(vec![Event::Text(format!("before {i}"))]), &mut seen).await.unwrap();
            q.spawn(Box::pin(lookup(format!("lookup {i}"), 100, running.clone(), most.clone())), &mut seen).await.unwrap();
            assert!(q.in_flight() <= 4, "window exceeded: {}", q.in_flight());
        }
        q.drain(&mut seen).await.unwrap();
        let expected: Vec<String> = (0..12).flat_map(|i| [format!("before {i}"), format!("lookup {i}")]).collect();
        assert_eq!(seen.texts, expected);
        assert_eq!(most.load(Ordering::SeqCst), 4, "the whole window in flight");
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_stalled_lookup_does_not_stop_the_others() {
    // Through a recursive server one reply in thousands comes 800 ms late:
    // the lookups after it go on (4 at a time) and wait for it printed.
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut q = Ordered::new(4, None);
        let mut seen = Seen::default();
        let started = Instant::now();
        let mut spawned_by_then = 0;
        for i in 0..60u64 {
            let ms = if i == 0 { 800 } else { 10 };
            q.spawn(Box::pin(lookup(format!("lookup {i}"), ms, running.clone(), most.clone())), &mut seen).await.unwrap();
            assert!(q.in_flight() <= 4, "window exceeded: {}", q.in_flight());
            if started.elapsed() < Duration::from_millis(800) {
                spawned_by_then = i + 1;
            }
        }
        q.drain(&mut seen).await.unwrap();
        let expected: Vec<String> = (0..60).map(|i| format!("lookup {i}")).collect();
        assert_eq!(seen.texts, expected);
        assert_eq!(most.load(Ordering::SeqCst), 4);
        // 59 lookups of 10 ms, 3 at a time beside the stalled one: all
        // started while it waited, none held for it.
        assert_eq!(spawned_by_then, 60, "lookups started during the stall");
        assert!(started.elapsed() < Duration::from_millis(900), "took {:?}", started.elapsed());
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn finished_lookups_waiting_for_a_stalled_one_are_bounded() {
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut q = Ordered::new(2, None);
        let mut seen = Seen::default();
        let limit = 2 * BUFFERED_WINDOWS;
        let n = 3 * limit;
        for i in 0..n {
            let ms = if i == 0 { 10_000 } else { 1 };
            q.spawn(Box::pin(lookup(format!("lookup {i}"), ms, running.clone(), most.clone())), &mut seen).await.unwrap();
            assert!(q.unprinted() <= limit, "{} lookups unprinted", q.unprinted());
        }
        q.drain(&mut seen).await.unwrap();
        assert_eq!(seen.texts.len(), n);
        assert_eq!(seen.texts[0], "lookup 0");
        assert!(most.load(Ordering::SeqCst) <= 2);
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_lookup_that_panics_leaves_the_window_open() {
    in_local(async {
        let mut q = Ordered::new(1, None);
        let mut seen = Seen::default();
        q.spawn(Box::pin(async { panic!("a lookup's bug") }), &mut seen).await.unwrap();
        // The window of 1 is free again once the task is gone: the next
        // spawn waits for the head, which ends the run as an error.
        let next = q.spawn(Box::pin(async { Recorded::events(vec![Event::Text("next".into())]) }), &mut seen).await;
        assert!(next.is_err(), "the failed task ends the batch");
        assert_eq!(q.in_flight(), 0);
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn ready_output_behind_a_slow_lookup_is_bounded() {
    // A flood of messages (a file of garbage lines) behind one slow lookup
    // waits for it instead of piling up.
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut q = Ordered::new(4, None);
        let mut seen = Seen::default();
        q.spawn(Box::pin(lookup("slow".into(), 5000, running.clone(), most.clone())), &mut seen).await.unwrap();
        let started = Instant::now();
        let n = 3 * MAX_HELD;
        for i in 0..n {
            q.ready(Recorded::events(vec![Event::Text(format!("message {i}"))]), &mut seen).await.unwrap();
            assert!(q.held() <= MAX_HELD, "held {} events", q.held());
        }
        assert!(started.elapsed() >= Duration::from_millis(5000), "the flood waited for the slow lookup");
        q.drain(&mut seen).await.unwrap();
        assert_eq!(seen.texts.len(), n + 1);
        assert_eq!(seen.texts[0], "slow");
        assert_eq!(seen.texts[n], format!("message {}", n - 1));
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_slow_lookup_holds_back_only_what_follows_it() {
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let printed_at: Rc<RefCell<Vec<(String, Duration)>>> = Rc::default();
        struct Timed(Rc<RefCell<Vec<(String, Duration)>>>, Instant);
        impl Replay for Timed {
            fn replay(&mut self, unit: Recorded) -> Result<()> {
                for e in unit.events {
                    if let Event::Text(t) = e {
                        self.0.borrow_mut().push((t, self.1.elapsed()));
                    }
                }
                Ok(())
            }
        }
        let mut to = Timed(printed_at.clone(), Instant::now());
        let mut q = Ordered::new(10, None);
        q.spawn(Box::pin(lookup("fast 1".into(), 10, running.clone(), most.clone())), &mut to).await.unwrap();
        q.spawn(Box::pin(lookup("slow".into(), 5000, running.clone(), most.clone())), &mut to).await.unwrap();
        q.spawn(Box::pin(lookup("fast 2".into(), 10, running.clone(), most.clone())), &mut to).await.unwrap();
        q.drain(&mut to).await.unwrap();
        let p = printed_at.borrow();
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["fast 1", "slow", "fast 2"]);
        // The first is printed when it ends, not after the slow one; the
        // last right after the slow one.
        assert!(p[0].1 < Duration::from_millis(100), "{:?}", p[0]);
        assert!(p[2].1 >= Duration::from_millis(5000) && p[2].1 < Duration::from_millis(5100), "{:?}", p[2]);
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn rate_spaces_the_starts() {
    in_local(async {
        let starts: Rc<RefCell<Vec<Duration>>> = Rc::default();
        let t0 = Instant::now();
        let mut q = Ordered::new(100, Some(10.0));
        let mut seen = Seen::default();
        for i in 0..5 {
            let starts = starts.clone();
            q.spawn(
                Box::pin(async move {
                    starts.borrow_mut().push(t0.elapsed());
                    Recorded::events(vec![Event::Text(format!("{i}"))])
                }),
                &mut seen,
            )
            .await
            .unwrap();
        }
        q.drain(&mut seen).await.unwrap();
        let s = starts.borrow();
        assert_eq!(s.len(), 5);
        for w in s.windows(2) {
            assert!(w[1] - w[0] >= Duration::from_millis(99), "{s:?}");
        }
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn an_end_stops_what_follows() {
    in_local(async {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut q = Ordered::new(10, None);
        let mut seen = Seen::default();
        q.spawn(Box::pin(lookup("before".into(), 50, running.clone(), most.clone())), &mut seen).await.unwrap();
        q.spawn(
            Box::pin(async {
                Recorded {
                    events: vec![Event::Text("fatal one".into())],
                    end: Some(Error::Fatal(Fatal::TooManyLookups)),
                    ..Recorded::default()
                }
            }),
            &mut seen,
        )
        .await
        .unwrap();
        q.spawn(Box::pin(lookup("after".into(), 1, running.clone(), most.clone())), &mut seen).await.unwrap();
        let end = q.drain(&mut seen).await;
        assert!(matches!(end, Err(Error::Fatal(Fatal::TooManyLookups))), "{end:?}");
        assert_eq!(seen.texts, ["before", "fatal one"]);
        assert!(q.is_empty());
    })
    .await;
}
