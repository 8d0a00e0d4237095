//! One error type for the whole run, and the exit status each dialect gives
//! it. BIND's clients end in three ways besides a normal finish: fatal()
//! ("<prog>: <message>" on stderr), warn()+digexit() (a bad name), and
//! usage errors; their exit statuses depend on what happened before
//! (dighost's `exitcode`), which is why the code is computed here from it.

use std::fmt;
use std::io;

#[derive(Debug)]
pub enum Error {
    /// BIND's fatal(): `<prog>: <message>`; exit status: dighost's exitcode
    /// if non-zero, else 1.
    Fatal(String),
    /// BIND's warn() followed by digexit(): `<prog>: <message>`; exit status
    /// at least 10.
    Abort(String),
    /// Stop now with this exit status; anything to print has been printed.
    Exit(i32),
    /// Writing the output failed (e.g. a closed pipe).
    Io(io::Error),
}

impl From<io::Error> for Error {
    /// A write failure, or a renderer's fatal error carried through the
    /// writer's io::Error (dig's +idnout conversion failures are BIND's
    /// fatal()).
    fn from(e: io::Error) -> Self {
        match crate::render::dig::fatal_text(&e) {
            Some(text) => Error::Fatal(text.to_string()),
            None => Error::Io(e),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Fatal(m) | Error::Abort(m) => f.write_str(m),
            Error::Exit(code) => write!(f, "exit {code}"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

/// dig's exit statuses (bin/dig/dig.rst, EXIT STATUS).
pub mod dig_status {
    pub const OK: i32 = 0;
    pub const USAGE: i32 = 1;
    pub const BATCH_FILE: i32 = 8;
    pub const NO_REPLY: i32 = 9;
    pub const INTERNAL: i32 = 10;
}

impl Error {
    /// The exit status, given dighost's `exitcode` at the time (0 for a run
    /// that has not failed a query yet).
    pub fn exit_status(&self, exitcode: i32) -> i32 {
        match self {
            Error::Fatal(_) => {
                if exitcode != 0 {
                    exitcode
                } else {
                    1
                }
            }
            Error::Abort(_) => exitcode.max(dig_status::INTERNAL),
            Error::Exit(code) => *code,
            // A closed stdout: stop quietly, as a failed write would in C
            // with SIGPIPE; anything else is an internal error.
            Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Error::Io(_) => dig_status::INTERNAL,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
