//! How the validating resolver asks questions: the `Fetch` trait. delv
//! sends every query (the question, each CNAME target, every DNSKEY and
//! DS the validator needs) as a recursive query (RD, EDNS, DO, CD only as
//! `FetchQuery::cd` says) to its configured servers; an implementation
//! does that (UDP/TCP in `lookup`, written by the delv session) or
//! answers from memory (`validate::memory` for tests).
//!
//! The engine (`validate::engine`) calls `fetch` once per attempt, with a
//! deadline, and turns the reply into rdatasets, negative answers and
//! validator runs; the reply's bytes go on into the trace for +mtrace.

use std::future::Future;
use std::pin::Pin;

use super::result::BindResult;
use crate::wire::{Message, Name};

/// One query to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchQuery {
    pub name: Name,
    pub rtype: u16,
    /// Set the CD bit (delv's +cdflag rules, decided by the engine).
    pub cd: bool,
    /// +tcp.
    pub tcp: bool,
    /// Servers this fetch already marked bad (by `Reply::server` or
    /// `FetchError::server`): ask another one, or fail with
    /// `BindResult::Failure` and `server: None` when none is left.
    pub avoid: Vec<String>,
}

/// A reply as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub message: Message,
    /// The bytes of the reply (for +mtrace and packet dumps).
    pub bytes: Vec<u8>,
    /// The server as BIND prints it: `127.0.0.53#53`.
    pub server: String,
}

/// A query that got no usable reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    /// Why: `TimedOut`, `ConnRefused`, `Failure` (no server left),
    /// `Canceled`.
    pub result: BindResult,
    /// Some: this server failed (the engine logs `<result> resolving
    /// 'NAME/TYPE/IN': <server>` as BIND's add_bad does and tries again
    /// avoiding it). None: the fetch is over with `result`.
    pub server: Option<String>,
    /// Lines to log as they are (without `;; `), e.g. `shut down hung
    /// fetch while resolving 'www.example/A'`.
    pub notices: Vec<String>,
}

impl FetchError {
    /// The fetch is over with `result`.
    pub fn done(result: BindResult) -> FetchError {
        FetchError { result, server: None, notices: Vec::new() }
    }

    /// `server` failed with `result`; another may be tried.
    pub fn server(result: BindResult, server: impl Into<String>) -> FetchError {
        FetchError { result, server: Some(server.into()), notices: Vec::new() }
    }
}

/// The future a `Fetch` returns.
pub type FetchFuture<'a> = Pin<Box<dyn Future<Output = Result<Reply, FetchError>> + 'a>>;

/// Sends one query and waits for its reply. delv's queries: RD set, EDNS
/// version 0 with a 1232-byte payload, DO set, a client COOKIE, CD only
/// when `FetchQuery::cd`; UDP unless `tcp`, and again over TCP when the
/// reply is truncated; a server that does not answer is retried and the
/// fetch ends `TimedOut` after about 10 s (BIND's 9 + 1 s); a refused
/// connection is `FetchError::server(ConnRefused, ...)`. The engine puts
/// its own deadline (`Options::fetch_timeout`) around every call.
pub trait Fetch {
    fn fetch<'a>(&'a self, query: &'a FetchQuery) -> FetchFuture<'a>;
}
