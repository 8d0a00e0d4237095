//! The dialects at run time: each wires its grammar (`cli::*`), the lookup
//! engine and its renderer together, keeps the dialect's state across
//! lookups, and produces the exit status.

pub mod dig;
pub mod interactive;
pub mod nslookup;
pub mod present;
pub mod servers;
pub mod windows;

use crate::error::Error;

/// A dialect's exit status and what ended it: the status the dialect
/// computed when the run finished, or the one its error calls for
/// (given dighost's exitcode).
pub fn outcome(result: Result<(), Error>, status: i32, exitcode: i32) -> (i32, Option<Error>) {
    match result {
        Ok(()) => (status, None),
        Err(e) => (e.exit_status(exitcode), Some(e)),
    }
}
