//! One error type for the whole run, and the exit status each dialect gives
//! it. BIND's clients end in three ways besides a normal finish: fatal()
//! ("<prog>: <message>" on stderr), warn()+digexit() (a bad name), and
//! usage errors; their exit statuses depend on what happened before
//! (dighost's `exitcode`), which is why the code is computed here from it.
//! The messages are typed ([`Fatal`]): their Display is BIND's text, their
//! kind what JSON reports, so nothing downstream reads the text.

use std::fmt;
use std::io;

use crate::event::ErrorKind;

#[derive(Debug)]
pub enum Error {
    /// BIND's fatal(): `<prog>: <message>`; exit status: dighost's exitcode
    /// if non-zero, else 1.
    Fatal(Fatal),
    /// BIND's warn() followed by digexit(): `<prog>: <message>`; exit status
    /// at least 10.
    Abort(Fatal),
    /// Stop now with this exit status; anything to print has been printed.
    Exit(i32),
    /// Writing the output failed (e.g. a closed pipe).
    Io(io::Error),
    /// Ctrl-C stopped a batch (`session::interrupt`): what was complete
    /// has been printed; exit status [`INTERRUPTED`].
    Interrupted,
}

/// What stopped the run; Display is BIND's text (after `<prog>: `).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fatal {
    /// `too many lookups` (a lookup requeued more than 64 times).
    TooManyLookups,
    /// `'NAME' is not a legal name (WHY)` (dig's warn()+digexit()).
    NotLegalName { name: String, why: String },
    /// `'NAME' is not in legal name syntax (WHY)` (a name or search-list
    /// origin that does not parse).
    NotInLegalSyntax { name: String, why: String },
    /// `'NAME' is not a legal IDNA2008 name (WHY), use +noidnin`
    IdnIn { name: String, why: String },
    /// dig +idnout could not convert a name it prints.
    IdnOut(IdnOut),
    /// `isc_hex_decodestring: bad hex encoding` (+cookie=HEX).
    BadHexCookie,
    /// `couldn't get address for 'NAME': WHY`
    CouldntGetAddress { name: String, why: String },
    /// `bad server URL 'URL': WHY` (rlookup's server URLs).
    BadServerUrl(String),
    /// A bad command line, as the dialect's grammar words it (`invalid
    /// address x`, `Couldn't parse port number`).
    Usage(String),
    /// Any other fatal error of a grammar or session, as BIND words it.
    Other(String),
}

/// dig +idnout's conversion failures (dig.c's idn_ace_to_locale()).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdnOut {
    /// `Bad ACE string 'NAME' (string contains invalid punycode data), use
    /// +noidnout`
    BadAce(String),
    /// `'NAME' is not a legal IDNA2008 name (WHY), use +noidnout`
    NotLegal { name: String, why: &'static str },
    /// `Cannot represent 'NAME' in the current locale nor ascii (string
    /// contains a disallowed character), use +noidnout or a different
    /// locale`
    CannotRepresent(String),
}

impl Fatal {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Fatal::NotLegalName { .. } | Fatal::IdnIn { .. } => ErrorKind::BadName,
            Fatal::IdnOut(IdnOut::BadAce(_) | IdnOut::NotLegal { .. }) => ErrorKind::BadName,
            Fatal::CouldntGetAddress { .. } => ErrorKind::BadServer,
            Fatal::Usage(_) | Fatal::BadServerUrl(_) => ErrorKind::Usage,
            Fatal::TooManyLookups
            | Fatal::NotInLegalSyntax { .. }
            | Fatal::IdnOut(IdnOut::CannotRepresent(_))
            | Fatal::BadHexCookie
            | Fatal::Other(_) => ErrorKind::Fatal,
        }
    }
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fatal::TooManyLookups => f.write_str("too many lookups"),
            Fatal::NotLegalName { name, why } => write!(f, "'{name}' is not a legal name ({why})"),
            Fatal::NotInLegalSyntax { name, why } => write!(f, "'{name}' is not in legal name syntax ({why})"),
            Fatal::IdnIn { name, why } => write!(f, "'{name}' is not a legal IDNA2008 name ({why}), use +noidnin"),
            Fatal::IdnOut(IdnOut::BadAce(name)) => {
                write!(f, "Bad ACE string '{name}' (string contains invalid punycode data), use +noidnout")
            }
            Fatal::IdnOut(IdnOut::NotLegal { name, why }) => write!(f, "'{name}' is not a legal IDNA2008 name ({why}), use +noidnout"),
            Fatal::IdnOut(IdnOut::CannotRepresent(name)) => write!(
                f,
                "Cannot represent '{name}' in the current locale nor ascii (string contains a disallowed character), use +noidnout or a different locale"
            ),
            Fatal::BadHexCookie => f.write_str("isc_hex_decodestring: bad hex encoding"),
            Fatal::CouldntGetAddress { name, why } => write!(f, "couldn't get address for '{name}': {why}"),
            Fatal::BadServerUrl(why) => write!(f, "bad server URL {why}"),
            Fatal::Usage(t) | Fatal::Other(t) => f.write_str(t),
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Fatal(m) | Error::Abort(m) => write!(f, "{m}"),
            Error::Exit(code) => write!(f, "exit {code}"),
            Error::Io(e) => write!(f, "{e}"),
            Error::Interrupted => f.write_str("interrupted"),
        }
    }
}

/// rlookup's exit status for a batch stopped by Ctrl-C, in both dialects
/// (128 + SIGINT, what a shell reports for a process SIGINT ended).
pub const INTERRUPTED: i32 = 130;

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
            Error::Interrupted => INTERRUPTED,
        }
    }

    /// The kind JSON reports for the run's end, if it is a failure.
    pub fn kind(&self) -> Option<ErrorKind> {
        match self {
            Error::Fatal(f) | Error::Abort(f) => Some(f.kind()),
            Error::Exit(code) if *code != 0 => Some(ErrorKind::Usage),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
