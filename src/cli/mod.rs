//! Command-line grammars. `nslookup` and `dig` turn their dialect's
//! arguments into steps and lookups without doing any I/O; `dialect`
//! decides which grammar applies.

pub mod dig;
pub mod nslookup;

/// Which of BIND's clients to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Nslookup,
    Dig,
}
