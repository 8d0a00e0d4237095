//! The DNS wire format as BIND's clients see it: a message decoded from the
//! exact bytes received, names as sequences of raw labels, and every record's
//! RDATA kept as uncompressed bytes so it can be printed in BIND's
//! presentation format (see `rdata`) and dissected byte by byte (the dump).
//!
//! Why not hickory-proto's `Message` for this: it drops the offsets and the
//! raw RDATA, fails the whole message on one bad record, and its Display is
//! not BIND's. Queries are still built with hickory-proto (see `lookup`).
//!
//! Data flows: transport bytes -> `message::parse` -> `Message` ->
//! `render::*` (through `rdata::to_text`, `name::Name::to_text`).

pub mod message;
pub mod name;
pub mod rdata;
pub mod types;

pub use message::{Edns, Header, Message, ParseError, Question, Record, Section};
pub use name::Name;
