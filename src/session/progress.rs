//! A batch's progress bar on standard error (indicatif): a spinner, the
//! lookups done (printed, in input order), their rate and the time so far:
//! `⠙ 1234 lookups done, 850 lookups/s, 2s`.
//!
//! Shown only when standard error is a terminal and standard output is
//! not (the output goes to a file or a pipe while someone watches the
//! terminal), for a batch (two lookups queued or more) still running after
//! one second ([`show_progress`]); it starts hidden, is never drawn on
//! anything but a terminal (nor with `TERM=dumb`), and is cleared before
//! the run ends, however it ends. Its length stays unknown: counting a
//! batch file's lines first would cost a pass over a file of any size
//! (and standard input cannot be read twice).
//!
//! While the bar may be on the screen, what the run writes to standard
//! error goes through a [`Gate`]: whole lines, with the bar cleared around
//! them, so that a lookup's message and the bar never share a line.
//! Standard output is untouched.
//!
//! [`Progress`] is what a batch's queue (`batch::Ordered`) reports to: each
//! lookup queued and each printed. It also holds the batch's Ctrl-C watch
//! (`interrupt`), armed once the batch is a batch.

use std::cell::RefCell;
use std::future::Future;
use std::io::{self, IsTerminal, Write};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressFinish, ProgressState, ProgressStyle, TermLike};

use crate::render::{Captured, Output};
use crate::session::Live;
use crate::session::interrupt::Interrupt;

/// How long a batch runs before its bar shows.
pub const DELAY: Duration = Duration::from_secs(1);

/// How often the bar is redrawn while nothing else happens (the spinner,
/// the rate, the time).
const TICK: Duration = Duration::from_millis(100);

const TEMPLATE: &str = "{spinner} {pos} lookups done, {rate} lookups/s, {elapsed}";

/// Which of the run's standard streams are terminals (`lib.rs` looks; a
/// session made in a test has none).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminals {
    pub stdout: bool,
    pub stderr: bool,
}

impl Terminals {
    /// The process's own.
    pub fn detect() -> Terminals {
        Terminals { stdout: io::stdout().is_terminal(), stderr: io::stderr().is_terminal() }
    }
}

/// Whether a bar may ever show with these streams: on a terminal's
/// standard error, while standard output goes elsewhere.
pub fn may_show(stderr_tty: bool, stdout_tty: bool) -> bool {
    stderr_tty && !stdout_tty
}

/// Whether the bar shows now: it may ([`may_show`]), the run is a batch
/// (`lookups` queued so far: two or more) and has run for [`DELAY`].
pub fn show_progress(stderr_tty: bool, stdout_tty: bool, lookups: u64, elapsed: Duration) -> bool {
    may_show(stderr_tty, stdout_tty) && lookups >= 2 && elapsed >= DELAY
}

/// What a batch's queue reports to (cheap to clone: one bar, several
/// handles). The default one reports to nothing and never sees Ctrl-C.
#[derive(Clone, Default)]
pub struct Progress(Option<Rc<Inner>>);

struct Inner {
    queued: Arc<AtomicU64>,
    interrupt: Interrupt,
    bar: Option<Bar>,
}

impl Progress {
    /// A batch of this run begins: a bar (hidden until it shows) if the
    /// run's terminals allow one, standard error through its [`Gate`];
    /// Ctrl-C is watched for once two lookups are queued.
    pub fn start(live: &mut Live) -> Progress {
        let t = live.terminals;
        let bar = may_show(t.stderr, t.stdout).then(|| Bar::new(t, Instant::now(), Arc::new(stderr_target)));
        if let Some(bar) = &bar {
            let inner = std::mem::replace(&mut live.out, Box::new(Captured::default()));
            live.out = Box::new(Gate::new(inner, bar.bar.clone()));
        }
        Progress::with(bar)
    }

    fn with(bar: Option<Bar>) -> Progress {
        Progress(Some(Rc::new(Inner { queued: Arc::default(), interrupt: Interrupt::default(), bar })))
    }

    /// One more lookup is queued.
    pub fn lookup_queued(&self) {
        let Some(inner) = &self.0 else { return };
        let n = inner.queued.fetch_add(1, Ordering::Relaxed) + 1;
        inner.interrupt.lookups_queued(n);
        if let Some(bar) = &inner.bar {
            bar.batch_goes_on(&inner.queued);
        }
    }

    /// One more lookup is done and printed.
    pub fn lookup_done(&self) {
        if let Some(bar) = self.0.as_ref().and_then(|i| i.bar.as_ref()) {
            bar.bar.inc(1);
        }
    }

    /// The batch reads its input from a terminal: Ctrl-C stays SIGINT's
    /// default action (`interrupt`).
    pub fn reads_terminal(&self) {
        if let Some(inner) = &self.0 {
            inner.interrupt.reads_terminal();
        }
    }

    /// Runs the batch's `work` to its end (Some), or until Ctrl-C (None,
    /// `work` dropped where it waits; see `interrupt`).
    pub async fn or_ctrl_c<F: Future>(&self, work: F) -> Option<F::Output> {
        match &self.0 {
            Some(inner) => inner.interrupt.or_ctrl_c(work).await,
            None => Some(work.await),
        }
    }

    /// The batch is over: the bar is cleared for good.
    pub fn finish(&self) {
        if let Some(bar) = self.0.as_ref().and_then(|i| i.bar.as_ref()) {
            bar.finish();
        }
    }
}

/// The bar, and the thread that shows it after [`DELAY`] and keeps it
/// moving (a thread: the run's own may be busy, or blocked reading the
/// batch's input).
struct Bar {
    bar: ProgressBar,
    terminals: Terminals,
    started: Instant,
    /// Where the bar is drawn once it shows (standard error).
    target: Arc<dyn Fn() -> ProgressDrawTarget + Send + Sync>,
    ticker: RefCell<Option<Ticker>>,
    done: std::cell::Cell<bool>,
}

struct Ticker {
    stop: mpsc::Sender<()>,
    thread: JoinHandle<()>,
}

impl Bar {
    fn new(terminals: Terminals, started: Instant, target: Arc<dyn Fn() -> ProgressDrawTarget + Send + Sync>) -> Bar {
        let style = ProgressStyle::with_template(TEMPLATE).expect("the template is valid").with_key(
            "rate",
            |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}", s.per_sec());
            },
        );
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(style).with_finish(ProgressFinish::AndClear);
        bar.set_elapsed(started.elapsed());
        Bar { bar, terminals, started, target, ticker: RefCell::new(None), done: Default::default() }
    }

    /// A lookup is queued: the ticker runs from the batch's second one.
    fn batch_goes_on(&self, queued: &Arc<AtomicU64>) {
        if self.done.get() || self.ticker.borrow().is_some() || queued.load(Ordering::Relaxed) < 2 {
            return;
        }
        let (stop, stopped) = mpsc::channel();
        let (bar, t, started, target, queued) = (self.bar.clone(), self.terminals, self.started, self.target.clone(), queued.clone());
        let spawned = std::thread::Builder::new().name("progress".into()).spawn(move || {
            let mut shown = false;
            loop {
                match stopped.recv_timeout(TICK) {
                    Err(RecvTimeoutError::Timeout) => {}
                    _ => return,
                }
                if !shown {
                    if !show_progress(t.stderr, t.stdout, queued.load(Ordering::Relaxed), started.elapsed()) {
                        continue;
                    }
                    bar.set_draw_target(target());
                    shown = true;
                }
                bar.tick();
            }
        });
        // No thread, no bar: the batch runs all the same.
        if let Ok(thread) = spawned {
            *self.ticker.borrow_mut() = Some(Ticker { stop, thread });
        }
    }

    /// Stops the ticker, then clears the bar (once).
    fn finish(&self) {
        if self.done.replace(true) {
            return;
        }
        if let Some(t) = self.ticker.borrow_mut().take() {
            drop(t.stop);
            let _ = t.thread.join();
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Where the bar is drawn: standard error if it is a terminal (and not a
/// dumb one), as [`Narrow`]; nowhere otherwise.
fn stderr_target() -> ProgressDrawTarget {
    let term = console::Term::buffered_stderr();
    if !term.is_term() || console::is_dumb() {
        return ProgressDrawTarget::hidden();
    }
    ProgressDrawTarget::term_like_with_hz(Box::new(Narrow(term)), 20)
}

/// A terminal two columns narrower than it is. indicatif pads the bar's
/// line to the terminal's width and leaves the cursor at its end, so that
/// anything written after it starts a line of its own; but the `^C` the
/// terminal echoes for Ctrl-C would then wrap below the bar, where the
/// bar's clearing does not reach. Two columns short, the echo stays on the
/// bar's line and goes with it.
#[derive(Debug)]
struct Narrow(console::Term);

impl TermLike for Narrow {
    fn width(&self) -> u16 {
        self.0.size().1.saturating_sub(2).max(1)
    }

    fn height(&self) -> u16 {
        self.0.size().0
    }

    fn move_cursor_up(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_up(n)
    }

    fn move_cursor_down(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_down(n)
    }

    fn move_cursor_right(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_right(n)
    }

    fn move_cursor_left(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_left(n)
    }

    fn write_line(&self, s: &str) -> io::Result<()> {
        self.0.write_line(s)
    }

    fn write_str(&self, s: &str) -> io::Result<()> {
        self.0.write_str(s)
    }

    fn clear_line(&self) -> io::Result<()> {
        self.0.clear_line()
    }

    fn flush(&self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The run's output while a bar may be drawn: standard output as it is;
/// standard error written with the bar cleared around it, and while the
/// bar is on the screen only in whole lines (the rest of a line waits for
/// its end, or for the bar to go).
pub struct Gate {
    inner: Box<dyn Output>,
    bar: ProgressBar,
    pending: Vec<u8>,
}

impl Gate {
    pub fn new(inner: Box<dyn Output>, bar: ProgressBar) -> Gate {
        Gate { inner, bar, pending: Vec::new() }
    }

    /// Whether the bar is on the screen.
    fn drawn(&self) -> bool {
        !self.bar.is_hidden() && !self.bar.is_finished()
    }

    /// Writes the first `end` bytes waiting, the bar cleared meanwhile.
    fn write_out(&mut self, end: usize) -> io::Result<()> {
        if end == 0 {
            return Ok(());
        }
        let bytes: Vec<u8> = self.pending.drain(..end).collect();
        let inner = &mut self.inner;
        self.bar.suspend(|| {
            let err = inner.err();
            err.write_all(&bytes)?;
            err.flush()
        })
    }
}

impl Output for Gate {
    fn out(&mut self) -> &mut dyn Write {
        self.inner.out()
    }

    fn err(&mut self) -> &mut dyn Write {
        self
    }
}

impl Write for Gate {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let end = if self.drawn() { self.pending.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) } else { self.pending.len() };
        self.write_out(end)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.drawn() {
            self.write_out(self.pending.len())?;
        }
        self.inner.err().flush()
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        let _ = self.write_out(self.pending.len());
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
