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
use crate::plan::{Server, Settings};

/// A dialect's exit status and what ended it: the status the dialect
/// computed when the run finished, or the one its error calls for
/// (given dighost's exitcode).
pub fn outcome(result: Result<(), Error>, status: i32, exitcode: i32) -> (i32, Option<Error>) {
    match result {
        Ok(()) => (status, None),
        Err(e) => (e.exit_status(exitcode), Some(e)),
    }
}

/// nslookup's set_nameserver(): the servers `name` stands for (its
/// addresses, each labelled with the name as typed), or BIND's complaint.
pub async fn servers_named(name: &str, s: &Settings) -> Result<Vec<Server>, Error> {
    let addrs = crate::sysresolve::addresses(name, s.ipv4_only, s.ipv6_only)
        .await
        .map_err(|e| Error::Fatal(format!("couldn't get address for '{name}': {e}")))?;
    Ok(addrs.iter().map(|ip| Server::new(ip.to_string(), name)).collect())
}
