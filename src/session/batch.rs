//! Many lookups at once, printed in input order. A batch (dig's `-f`,
//! several names on a dig command line, nslookup's piped commands,
//! `--batch`) becomes a queue of units in input order: output that is
//! known at once (a grammar's message, dig's print globals) and lookups
//! running as their own tasks, each on its own engine that records its
//! events instead of printing them. A unit is printed (its events replayed
//! into the run's sink, its changes to the exit status applied) as soon as
//! every unit before it has been, so the output is byte for byte the
//! sequential run's, streamed.
//!
//! At most `window` lookups are in flight at any time (`--concurrency`);
//! one that ends makes room for the next, even while an earlier one still
//! runs: a lookup that waits (a recursive server retrying upstream after
//! 800 ms, a timeout) does not stall the others, whose results wait for
//! it, at most [`BUFFERED_WINDOWS`] windows of them; then reading the
//! input stops until the oldest lookup ends. Output known
//! at once between them (every dig batch line has its print globals, every
//! nslookup command its messages) does not count against the window, so a
//! window of 100 keeps 100 queries in flight; it is merged into one unit
//! between two lookups and held to at most [`MAX_HELD`] events, so memory
//! stays bounded whatever the input's size (a million lines of garbage
//! behind one slow lookup wait for it). `--rate` spaces the starts of the
//! lookups. A lookup holds back later output only until it ends, which
//! is at most its timeout times its tries.
//!
//! The lookups are tasks of the run's one thread (`spawn_local`: the run
//! is a current-thread runtime inside a `LocalSet`); DNS lookups wait on
//! the network, and one core formats the output.

use std::cell::Cell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::error::{Error, Result};
use crate::event::Event;
use crate::lookup::ExitOp;

/// What one unit of a batch came to.
#[derive(Default)]
pub struct Recorded {
    pub events: Vec<Event>,
    pub exit_ops: Vec<ExitOp>,
    /// The lookup stopped the run (BIND's fatal()): printed after its
    /// events, and nothing after it is.
    pub end: Option<Error>,
}

impl Recorded {
    pub fn events(events: Vec<Event>) -> Recorded {
        Recorded { events, ..Recorded::default() }
    }
}

enum Unit {
    Ready(Recorded),
    Running(JoinHandle<Recorded>),
}

/// Where a batch's units go, in order: the session's sink and its exit
/// status. Returns the unit's `end`, if it has one, as its error.
pub trait Replay {
    fn replay(&mut self, unit: Recorded) -> Result<()>;
}

/// An engine's events, kept for later (a lookup of a batch).
pub struct Recorder {
    pub events: Vec<Event>,
    /// Whether the sink wants packets.
    pub packets: bool,
}

impl crate::lookup::Emit for Recorder {
    fn emit(&mut self, event: Event) -> Result<()> {
        self.events.push(event);
        Ok(())
    }

    fn wants_packets(&self) -> bool {
        self.packets
    }
}

/// A lookup in flight: it lands when its task ends, however it ends
/// (finished, panicked or aborted), and tells the queue.
struct Flight {
    in_flight: Rc<Cell<usize>>,
    ended: Rc<tokio::sync::Notify>,
}

impl Drop for Flight {
    fn drop(&mut self) {
        self.in_flight.set(self.in_flight.get().saturating_sub(1));
        self.ended.notify_one();
    }
}

/// Spaces the starts of lookups (`--rate QPS`).
struct Pacer {
    interval: Duration,
    next: Instant,
}

/// How many windows of finished lookups may wait for an earlier one
/// before reading the input waits for it (see the module doc): through a
/// recursive server, one reply in a few thousand comes after a retry of
/// its own upstream (BIND: 800 ms), and with a single window every lookup
/// behind it stopped for that long (a batch of 100,000 names through the
/// lab's resolver went from 45 s to 87 s at 100 in flight). A finished
/// lookup is 3 to 4 kilobytes of events (decoded replies sized to their
/// records, one copy of the lookup shared by its query and reply): 2,400
/// of them fill about the 12 MB that 1,600 did before that, and the more
/// wait, the less often a wait of 800 ms stops reading.
pub const BUFFERED_WINDOWS: usize = 24;

/// The most events of ready output held behind running lookups before
/// reading the input waits for the oldest lookup (see the module doc).
pub const MAX_HELD: usize = 4096;

/// The queue of a batch (see the module doc).
pub struct Ordered {
    pending: VecDeque<Unit>,
    /// At most this many lookups in flight.
    window: usize,
    /// Lookups not printed yet (the `Running` units in `pending`): in
    /// flight, or finished and waiting for an earlier one.
    running: usize,
    /// Lookups in flight (their tasks decrement it as they end).
    in_flight: Rc<Cell<usize>>,
    /// Told by each lookup's task as it ends.
    ended: Rc<tokio::sync::Notify>,
    /// Events in the `Ready` units in `pending`.
    held: usize,
    pacer: Option<Pacer>,
    /// Told of each lookup queued and printed (the progress bar, Ctrl-C's
    /// watch: `session::progress`).
    pub progress: crate::session::progress::Progress,
}

impl Ordered {
    /// At most `window` lookups in flight (at least 1); at most `rate` lookup
    /// starts a second, if given.
    pub fn new(window: usize, rate: Option<f64>) -> Ordered {
        let pacer = rate.filter(|r| *r > 0.0).map(|r| Pacer { interval: Duration::from_secs_f64(1.0 / r), next: Instant::now() });
        Ordered {
            pending: VecDeque::new(),
            window: window.max(1),
            running: 0,
            in_flight: Rc::default(),
            ended: Rc::default(),
            held: 0,
            pacer,
            progress: Default::default(),
        }
    }

    /// Output known now, after everything queued so far.
    pub async fn ready(&mut self, unit: Recorded, to: &mut dyn Replay) -> Result<()> {
        while !self.pending.is_empty() && self.held >= MAX_HELD {
            self.print_head(to).await?;
        }
        if self.pending.is_empty() {
            return self.print(unit, to);
        }
        self.held += unit.events.len();
        // Appended to the last ready unit when there is one, so that a long
        // run of messages is one unit between two lookups.
        if let Some(Unit::Ready(last)) = self.pending.back_mut()
            && last.end.is_none()
        {
            last.events.extend(unit.events);
            last.exit_ops.extend(unit.exit_ops);
            last.end = unit.end;
            return self.flush_ready(to).await;
        }
        self.pending.push_back(Unit::Ready(unit));
        self.flush_ready(to).await
    }

    /// Starts a lookup (a future that records its events) after those
    /// queued so far. The future comes boxed: a lookup's state machine is
    /// kilobytes, and moving it by value into the task (several copies per
    /// lookup) cost more than the lookup itself.
    pub async fn spawn(&mut self, lookup: Pin<Box<dyn Future<Output = Recorded>>>, to: &mut dyn Replay) -> Result<()> {
        self.make_room(to).await?;
        if let Some(p) = self.pacer.as_mut() {
            let now = Instant::now();
            if p.next > now {
                tokio::time::sleep_until(p.next).await;
            }
            p.next = p.next.max(now) + p.interval;
        }
        self.in_flight.set(self.in_flight.get() + 1);
        let flight = Flight { in_flight: self.in_flight.clone(), ended: self.ended.clone() };
        let task = tokio::task::spawn_local(async move {
            let _flight = flight;
            lookup.await
        });
        self.pending.push_back(Unit::Running(task));
        self.running += 1;
        self.progress.lookup_queued();
        self.flush_ready(to).await
    }

    /// Waits for every unit and prints them.
    pub async fn drain(&mut self, to: &mut dyn Replay) -> Result<()> {
        while !self.pending.is_empty() {
            self.print_head(to).await?;
        }
        Ok(())
    }

    /// How many lookups are in flight.
    pub fn in_flight(&self) -> usize {
        self.in_flight.get()
    }

    /// How many lookups are not printed yet (in flight, or finished and
    /// waiting for an earlier one).
    pub fn unprinted(&self) -> usize {
        self.running
    }

    /// How many events of ready output wait behind them.
    pub fn held(&self) -> usize {
        self.held
    }

    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Ctrl-C: prints the units at the head that are complete, then drops
    /// the rest (from the first unfinished one on), stopping their lookups.
    pub async fn interrupt(&mut self, to: &mut dyn Replay) -> Result<()> {
        let printed = self.flush_ready(to).await;
        self.abandon();
        printed
    }

    /// Drops every unit not printed yet (Ctrl-C), stopping their lookups.
    pub fn abandon(&mut self) {
        for unit in self.pending.drain(..) {
            if let Unit::Running(handle) = unit {
                handle.abort();
            }
        }
        self.running = 0;
        self.in_flight.set(0);
        self.held = 0;
    }

    /// Waits while the window is full: for any lookup to end (printing
    /// those at the head that have), or, when [`BUFFERED_WINDOWS`] windows
    /// of lookups wait for the oldest, for the oldest.
    async fn make_room(&mut self, to: &mut dyn Replay) -> Result<()> {
        loop {
            if self.running >= self.window.saturating_mul(BUFFERED_WINDOWS) {
                self.print_head(to).await?;
                continue;
            }
            if self.in_flight.get() < self.window {
                return Ok(());
            }
            self.ended.notified().await;
            self.flush_ready(to).await?;
        }
    }

    /// Prints the units at the head that are complete (waiting for none
    /// that is still running).
    async fn flush_ready(&mut self, to: &mut dyn Replay) -> Result<()> {
        loop {
            let done = match self.pending.front() {
                Some(Unit::Ready(_)) => true,
                Some(Unit::Running(h)) => h.is_finished(),
                None => false,
            };
            if !done {
                return Ok(());
            }
            self.print_one(to).await?;
        }
    }

    /// Waits for the oldest unit and prints it, then those after it that
    /// are complete.
    async fn print_head(&mut self, to: &mut dyn Replay) -> Result<()> {
        self.print_one(to).await?;
        Box::pin(self.flush_ready(to)).await
    }

    /// Waits for the oldest unit and prints it. Cancel safe: the unit is
    /// awaited where it stands, so a batch stopped here (Ctrl-C drops this
    /// future) still has it first, and prints nothing after it.
    async fn print_one(&mut self, to: &mut dyn Replay) -> Result<()> {
        if let Some(Unit::Running(h)) = self.pending.front_mut() {
            let unit = joined(h.await);
            self.pending.pop_front();
            self.running -= 1;
            self.progress.lookup_done();
            return self.print(unit, to);
        }
        let Some(Unit::Ready(unit)) = self.pending.pop_front() else { return Ok(()) };
        self.held -= unit.events.len();
        self.print(unit, to)
    }

    fn print(&mut self, unit: Recorded, to: &mut dyn Replay) -> Result<()> {
        let printed = to.replay(unit);
        if printed.is_err() {
            self.abandon();
        }
        printed
    }
}

/// A finished task's result, or a recording of its failure.
fn joined(r: std::result::Result<Recorded, tokio::task::JoinError>) -> Recorded {
    match r {
        Ok(rec) => rec,
        // A lookup task that panicked or was aborted: end the run as an
        // internal error rather than print something incomplete.
        Err(e) => Recorded { end: Some(Error::Io(std::io::Error::other(format!("lookup task failed: {e}")))), ..Recorded::default() },
    }
}

/// `--stats`: counts what a run's events show, in bounded memory.
pub struct Tally {
    started: Instant,
    summary: crate::event::BatchSummary,
    /// Query times in microseconds.
    latency: hdrhistogram::Histogram<u64>,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            started: Instant::now(),
            summary: crate::event::BatchSummary::default(),
            latency: hdrhistogram::Histogram::new(3).expect("3 significant digits is a valid precision"),
        }
    }
}

impl Tally {
    pub fn see(&mut self, event: &Event) {
        use crate::event::{Failure, Notice};
        match event {
            Event::Received(r) => {
                *self.summary.rcodes.entry(r.reply.response.message.rcode()).or_default() += 1;
                let _ = self.latency.record(u64::try_from(r.reply.response.rtt.as_micros()).unwrap_or(u64::MAX).max(1));
            }
            Event::Failure(Failure::NoServers | Failure::NsServers) => self.summary.unanswered += 1,
            // --compare: each server's lookup counts.
            Event::Compare(c) => {
                for r in c.servers.iter().map(|s| s.outcome.reply()) {
                    let Some(r) = r else {
                        self.summary.unanswered += 1;
                        continue;
                    };
                    *self.summary.rcodes.entry(r.response.message.rcode()).or_default() += 1;
                    let _ = self.latency.record(u64::try_from(r.response.rtt.as_micros()).unwrap_or(u64::MAX).max(1));
                }
            }
            Event::Warning(Notice::CommunicationsError { error: crate::response::TransportError::TimedOut, .. }) => {
                self.summary.timeouts += 1;
            }
            _ => {}
        }
    }

    /// The summary so far.
    pub fn summary(&self) -> crate::event::BatchSummary {
        let mut s = self.summary.clone();
        s.elapsed = self.started.elapsed();
        if !self.latency.is_empty() {
            let q = |p: f64| Duration::from_micros(self.latency.value_at_quantile(p));
            s.latency = Some([q(0.5), q(0.9), q(0.99), Duration::from_micros(self.latency.max())]);
        }
        s
    }
}

#[cfg(test)]
#[path = "batch_tests.rs"]
mod tests;
