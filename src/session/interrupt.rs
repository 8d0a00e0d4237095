//! Ctrl-C in a batch. Once a batch has two lookups queued, SIGINT no
//! longer ends the process where it stands: the batch stops at once,
//! prints the units that are complete and first in input order (every
//! unit before the first unfinished one, nothing after it), drops the
//! lookups still running, clears the progress bar and exits with status
//! 130 ([`crate::error::INTERRUPTED`], rlookup's own).
//!
//! Not caught, so that SIGINT keeps its default action (the end of the
//! process) as in BIND's clients:
//! - a run of one lookup (nothing would be printed anyway);
//! - a batch that reads its input from a terminal (`dig -f -`, `--batch
//!   -` typed by hand): the read blocks the run's one thread, so a caught
//!   Ctrl-C would wait for the next line;
//! - nslookup's interactive mode on a terminal, which has Ctrl-C of its
//!   own (`session::interactive`), and `--concurrency 1`, which runs
//!   lookups one after another as BIND does.
//!
//! After the first Ctrl-C, SIGINT gets its default action back: a second
//! one ends the process at once, whatever the first one's flush is waiting
//! for (a full pipe), without a panic.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use tokio::sync::Notify;

/// Whether a batch catches Ctrl-C now: once it has queued `lookups`, and
/// with its input from a terminal or not.
pub fn catches(lookups: u64, reads_terminal: bool) -> bool {
    lookups >= 2 && !reads_terminal
}

/// A batch's watch for Ctrl-C (cheap to clone: one watch, several
/// handles). Nothing listens for SIGINT until it is armed.
#[derive(Clone, Default)]
pub struct Interrupt(Rc<Watch>);

#[derive(Default)]
struct Watch {
    armed: Notify,
    is_armed: Cell<bool>,
    reads_terminal: Cell<bool>,
}

impl Interrupt {
    /// The batch has queued this many lookups: starts listening for SIGINT
    /// if [`catches`] says so.
    pub fn lookups_queued(&self, lookups: u64) {
        if !self.0.is_armed.get() && catches(lookups, self.0.reads_terminal.get()) {
            self.0.is_armed.set(true);
            self.0.armed.notify_one();
        }
    }

    /// The batch reads its input from a terminal: Ctrl-C is not caught.
    pub fn reads_terminal(&self) {
        self.0.reads_terminal.set(true);
    }

    /// Whether SIGINT is caught (or about to be, at the next wait).
    pub fn is_armed(&self) -> bool {
        self.0.is_armed.get()
    }

    /// Runs `work` to its end (Some), or until Ctrl-C once armed (None):
    /// then `work` is dropped where it waits.
    pub async fn or_ctrl_c<F: Future>(&self, work: F) -> Option<F::Output> {
        tokio::select! {
            biased;
            done = work => Some(done),
            () = self.signalled() => None,
        }
    }

    /// SIGINT, once armed (never, if listening fails).
    async fn signalled(&self) {
        self.0.armed.notified().await;
        if self.0.reads_terminal.get() || tokio::signal::ctrl_c().await.is_err() {
            return std::future::pending().await;
        }
        default_action();
    }
}

/// SIGINT's default action back: a second Ctrl-C ends the process.
fn default_action() {
    #[cfg(unix)]
    // SAFETY: signal() with SIG_DFL installs no code of ours; tokio's
    // handler stays registered and simply is not called any more.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    }
}

#[cfg(test)]
#[path = "interrupt_tests.rs"]
mod tests;
