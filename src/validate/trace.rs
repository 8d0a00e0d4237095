//! What the validating resolver did, in the order BIND 9.18's delv logs
//! it: every fetch it created (`;; fetch: NAME/TYPE`, shown with +rtrace),
//! every validator message (`;; validating NAME/TYPE: ...`, indented by
//! sub-validator depth; DEBUG ones with +vtrace, INFO ones always) and the
//! resolver's own messages (`;; no valid RRSIG resolving 'NAME/TYPE/IN':
//! SERVER`, always).
//!
//! The engine (`validate::engine`) appends these to a `Resolution`; delv's
//! text output prints `TraceEvent::line` for the events `shown` by the
//! trace options, on standard error, in order.

use std::fmt;

use crate::wire::{Name, types};

/// An ISC log level: what decides whether delv prints a message without
/// a trace option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// ISC_LOG_WARNING and ISC_LOG_ERROR.
    Warning,
    /// ISC_LOG_NOTICE (e.g. `DNS format error from ...`).
    Notice,
    /// ISC_LOG_INFO (`no valid signature found`, `... resolving ...`).
    Info,
    /// ISC_LOG_DEBUG(n): validator messages are DEBUG(3) (a few
    /// DEBUG(2)), shown only with +vtrace.
    Debug(u8),
}

impl Level {
    /// Printed by delv at debug level 0 with no trace option.
    pub fn always(self) -> bool {
        !matches!(self, Level::Debug(_))
    }
}

/// One logged step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TraceEvent {
    /// The resolver created a fetch (resolver.c log_fetch): `;; fetch:
    /// NAME/TYPE`, DEBUG(1) of the resolver, shown with +rtrace (+vtrace
    /// and +mtrace imply it).
    Fetch { name: Name, rtype: u16 },
    /// A validator message (validator.c validator_logv): `;; ` + 2 spaces
    /// per sub-validator `depth` (at most `        *`) + `validating
    /// NAME/TYPE: MESSAGE`.
    Validator { depth: usize, name: Name, rtype: u16, level: Level, message: String },
    /// A message of the resolver (add_bad's `REASON resolving
    /// 'NAME/TYPE/IN': ADDR#PORT`, `DNS format error from ...`, a hung
    /// fetch): `;; MESSAGE`.
    Resolver { level: Level, message: String },
    /// A reply arrived (what +mtrace dumps: `;; received packet from
    /// SERVER` and the message). Not shown by `shown`; the +mtrace
    /// printer formats the bytes itself.
    Received { server: String, bytes: Vec<u8> },
}

/// dns_name_format(): no trailing dot, the root is ".".
pub fn name_text(name: &Name) -> String {
    name.to_text(true)
}

impl TraceEvent {
    /// Shown by delv with these options: +rtrace for fetch lines, +vtrace
    /// for the validator's DEBUG lines; INFO and above always.
    pub fn shown(&self, rtrace: bool, vtrace: bool) -> bool {
        match self {
            TraceEvent::Fetch { .. } => rtrace || vtrace,
            TraceEvent::Validator { level, .. } => level.always() || (vtrace && matches!(level, Level::Debug(n) if *n <= 3)),
            TraceEvent::Resolver { level, .. } => level.always(),
            TraceEvent::Received { .. } => false,
        }
    }

    /// The line delv writes to standard error (no newline).
    pub fn line(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for TraceEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TraceEvent::Fetch { name, rtype } => write!(f, ";; fetch: {}/{}", name_text(name), types::type_to_text(*rtype)),
            TraceEvent::Validator { depth, name, rtype, message, .. } => {
                const SPACES: &str = "        *";
                let pad = (depth.saturating_mul(2)).min(SPACES.len());
                write!(f, ";; {}validating {}/{}: {}", &SPACES[..pad], name_text(name), types::type_to_text(*rtype), message)
            }
            TraceEvent::Resolver { message, .. } => write!(f, ";; {message}"),
            TraceEvent::Received { server, .. } => write!(f, ";; received packet from {server}"),
        }
    }
}
