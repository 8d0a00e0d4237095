//! The dialects at run time: each wires its grammar (`cli::*`), the lookup
//! engine and its renderer together, keeps the dialect's state across
//! lookups, and produces the exit status.

pub mod dig;
pub mod interactive;
pub mod nslookup;
pub mod present;
pub mod servers;
pub mod windows;
