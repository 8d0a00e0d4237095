//! What happens during a run, as values. The lookup engine (`lookup`)
//! emits an [`Event`] for everything BIND's dighost would print (a reply,
//! a warning, a failure, a packet), and the dialect sessions (`session`)
//! add theirs (a grammar message, nslookup's settings, a Windows-style
//! lookup's result). One `render::Sink` per output format turns events
//! into text; nothing else decides what is printed.
//!
//! Events are owned data (`Send + 'static`), so a lookup's events can be
//! kept and replayed later into a sink (a concurrent batch prints each
//! lookup's output in input order from its recorded events).
//!
//! Messages are typed: [`Notice`], [`Failure`], [`Said`] and
//! `error::Fatal` display as BIND's exact text and tell their
//! [`ErrorKind`] (JSON's `error.kind`, the exit status) without anyone
//! matching on the text.

use std::fmt;
use std::net::{Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::plan::{Globals, Lookup, Server};
use crate::response::{Packet, Protocol, Response, TransportError, sockaddr_text};
use crate::wire::{Message, Name, ParseError, types};

pub mod compare;
pub mod validation;

/// One thing that happened, in the order it happened.
#[derive(Debug, Clone)]
pub enum Event {
    /// The query is about to be sent (dig's `+qr` prints it).
    Sending(Arc<Sending>),
    /// A reply to show (dighost_printmessage()).
    Reply(Arc<Reply>),
    /// The reply was taken as the lookup's answer (dighost_received():
    /// dig's statistics block).
    Received(Received),
    /// A warning of the engine: `;; <text>` in BIND's text.
    Warning(Notice),
    /// A comment of the engine, shown when the lookup shows comments
    /// (dig's `+[no]comments`).
    Comment { notice: Notice, shown: bool },
    /// The lookup failed (dighost_error(): `;; <text>`).
    Failure(Failure),
    /// dig's greeting (`; <<>> DiG ... <<>> args`), printed before `no
    /// servers could be reached` when no reply printed it.
    Greeting(String),
    /// A reply that could not be decoded.
    BadPacket(Arc<BadPacket>),
    /// A packet sent or received (`--dump`, pcap, nslookup's `-d2`).
    Packet { packet: Arc<Packet>, d2: bool },
    /// The engine is done with one lookup (answered, requeued or given
    /// up): what was gathered for it (the packet dump) can be printed.
    LookupDone,
    /// nslookup: one command's output is complete (the packet dump of its
    /// lookups can be printed after it).
    CommandDone,
    /// dig's global print settings (`+short`, `+yaml`, `+[no]cmd`,
    /// `+split`, `-y`, `+json`) as they are for the lookups that follow.
    Globals(Arc<Globals>),
    /// A message of the dialect itself (its grammar or its session):
    /// printed as text, or as a JSON error document.
    Said(Said),
    /// Text of the dialect that only BIND's text formats print (nslookup's
    /// `set all`, the blank line that ends its output, Windows' headers).
    Text(String),
    /// Text for standard error, as is (dig's `;; Warning, ...` lines,
    /// `Invalid option: ...`, usage texts).
    Stderr(String),
    /// `--servers`: the servers in effect and where they come from.
    Servers(Arc<crate::plan::ServersView>),
    /// `--stats`: the summary of a batch (on standard error).
    Summary(Arc<BatchSummary>),
    /// Windows style: a host lookup of this kind begins.
    HostBegins(HostKind),
    /// Windows style: what a host lookup came to, to print as one block.
    HostResult(Arc<HostResult>),
    /// delv: what its one validating lookup came to (the answer list with
    /// each rdataset's trust, the result, the trace), and how delv prints
    /// it.
    Delv(Arc<DelvResult>),
    /// `--compare`: one lookup asked of several servers at once, and what
    /// each came to.
    Compare(Arc<compare::Comparison>),
    /// `--validate`: what the validator made of a lookup's answers (dig:
    /// after the lookup's output; nslookup: after the command's).
    Validation(Arc<validation::Validation>),
}

/// A validating lookup's outcome, for delv's printer (`render::delv`) and
/// any other sink: `resolution` as `validate::resolve` returned it (with
/// delv's `-i` already applied: no RRSIG sets in the answer list) and
/// delv's display options.
#[derive(Debug, Clone)]
pub struct DelvResult {
    pub resolution: crate::validate::Resolution,
    pub print: crate::plan::DelvPrint,
}

/// A query about to go out.
#[derive(Debug, Clone)]
pub struct Sending {
    pub lookup: Arc<Lookup>,
    pub server: Server,
    pub addr: SocketAddr,
    pub qname: Name,
    pub protocol: Protocol,
    /// The query as sent.
    pub bytes: Vec<u8>,
    /// The query decoded (before EDNS padding, as dig prints it), for a
    /// lookup that prints its query (`+qr`). Shared with the engine's
    /// prepared query (each try of it sends the same).
    pub message: Option<Arc<Message>>,
    /// When it went out (dighost's time_sent, set just before dig prints
    /// the query: +yaml's query_time).
    pub at: SystemTime,
}

/// A reply, with what the engine knew when it arrived.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The lookup as it was when the reply came (its display options,
    /// dig's greeting if still to print, its type and name).
    pub lookup: Arc<Lookup>,
    pub server: Server,
    /// The name actually asked (search list applied).
    pub qname: Name,
    /// For a zone transfer: what had been received before this message.
    pub xfr: Option<XfrCounts>,
    pub response: Response,
}

/// dighost_received(): the reply `reply` was taken as the answer.
#[derive(Debug, Clone)]
pub struct Received {
    pub reply: Arc<Reply>,
    /// The lookup went over TCP (`;; SERVER: ... (TCP)`).
    pub tcp: bool,
    /// A zone transfer's totals.
    pub xfr: Option<XfrCounts>,
    /// The time to print in `;; WHEN:` (BIND: time() at this point).
    pub at: SystemTime,
}

/// A zone transfer's progress (dig's `XFR size` line, +onesoa).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct XfrCounts {
    /// Messages received before this one.
    pub messages: u32,
    pub records: u32,
    pub bytes: u64,
}

/// A reply that could not be decoded.
#[derive(Debug, Clone)]
pub struct BadPacket {
    pub lookup: Lookup,
    pub server: Server,
    pub addr: SocketAddr,
    pub protocol: Protocol,
    /// The query it answers.
    pub query: Vec<u8>,
    pub bytes: Vec<u8>,
    pub error: ParseError,
    pub sent_at: SystemTime,
    pub rtt: Duration,
}

/// What kind of failure a message reports (JSON's `error.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// No reply in time.
    Timeout,
    /// Another transport failure: connection refused, reset, network or
    /// host unreachable, end of file.
    Network,
    /// Every server failed.
    NoServers,
    /// The reply could not be decoded.
    Malformed,
    /// A reply was not accepted (ID mismatch, wrong question, not a
    /// response).
    BadReply,
    /// A bad command line or option.
    Usage,
    /// A name that is not a valid domain name.
    BadName,
    /// A server name that could not be resolved.
    BadServer,
    /// Anything else that stops the run (BIND's fatal()).
    Fatal,
    /// What the lookup does next, not a failure (`Truncated, retrying in
    /// TCP mode.`).
    Notice,
}

impl ErrorKind {
    /// The name JSON documents use.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Timeout => "timeout",
            ErrorKind::Network => "network",
            ErrorKind::NoServers => "noServers",
            ErrorKind::Malformed => "malformed",
            ErrorKind::BadReply => "badReply",
            ErrorKind::Usage => "usage",
            ErrorKind::BadName => "badName",
            ErrorKind::BadServer => "badServer",
            ErrorKind::Fatal => "fatal",
            ErrorKind::Notice => "notice",
        }
    }

    /// A transport failure: a timeout, or another network error.
    fn of(error: &TransportError) -> ErrorKind {
        if *error == TransportError::TimedOut { ErrorKind::Timeout } else { ErrorKind::Network }
    }
}

/// How BIND prints a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// `;; <text>` (dighost_warning(), dighost_comments()).
    Prefixed,
    /// The text as is, with its own line ending (printf()).
    Plain,
}

/// Which ID-mismatch message (dighost's recv_done() has three).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdMismatch {
    /// UDP: the reply is ignored and the read goes on.
    Warning,
    /// TCP: the lookup ends.
    Error,
    /// TCP, during a zone transfer under way: noted once, the transfer
    /// goes on.
    InTransfer,
}

/// A warning or comment of the engine; Display is BIND's text (without
/// the `;; ` that [`Channel::Prefixed`] adds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// `communications error to ADDR: ERROR` (`timeout` is the per-try
    /// timeout in seconds that ran out, for Windows' `timeout was N
    /// seconds`).
    CommunicationsError { addr: SocketAddr, error: TransportError, timeout: u32 },
    /// `UDP setup with ADDR(SERVER) for NAME failed: ERROR.`
    UdpSetupFailed { addr: SocketAddr, server: String, name: String, error: TransportError },
    /// `Connection to ADDR(SERVER) for NAME failed: ERROR.`
    ConnectionFailed { addr: SocketAddr, server: String, name: String, error: TransportError },
    /// `TLS peer certificate verification for ADDR#PORT failed: TEXT`
    TlsVerify { addr: SocketAddr, text: String },
    /// `TLS context cannot be created`, or `both TLS client certificate and
    /// key file must be specified a the same time` (BIND's typo) when only
    /// one of them was given.
    TlsContext { pair: bool },
    /// `zone transfers over the established TLS connection are not
    /// allowed: ALPN for DoT failed`
    XfrOverTls,
    /// `Couldn't verify signature: REASON` (the reply's TSIG).
    TsigVerify(String),
    /// `Skipping mapped address 'ADDR'`
    SkippingMapped(Ipv6Addr),
    /// `No acceptable nameservers`
    NoAcceptableNameservers,
    /// `ERROR: short (< header size) message` (TCP) or `Warning: short (<
    /// header size) message received` (UDP).
    ShortMessage { tcp: bool },
    /// `... ID mismatch: expected ID N, got M`
    IdMismatch { level: IdMismatch, expected: u16, got: u16 },
    /// `Warning: query response not set`
    ResponseNotSet,
    /// `Warning: Message parser reports malformed message packet.`
    MalformedReply,
    /// `Warning: Opcode mismatch: expected X, got Y`
    OpcodeMismatch { expected: u8, got: u8 },
    /// `;; Question section mismatch: got NAME/TYPE/CLASS` (BIND prints
    /// its own `;; ` inside the warning's).
    QuestionMismatch { name: Name, qtype: u16, qclass: u16 },
    /// `expected opt record in response`
    ExpectedOpt,
    /// `Warning: Client COOKIE mismatch`
    ClientCookieMismatch,
    /// `Warning: COOKIE bad token (too short)`
    CookieTooShort,
    /// `BAD (HORIZONTAL) REFERRAL`
    HorizontalReferral,
    /// `BAD REFERRAL`
    BadReferral,
    /// `couldn't get address for 'NAME': WHY` (a +trace name server).
    CouldntGetAddress { name: String, why: String },
    /// `; Transfer failed.`
    TransferFailed,
    /// `; Transfer failed.  Didn't start with SOA answer.`
    TransferNoSoa,
    /// `BADVERS, retrying with EDNS version N.`
    BadVers(u8),
    /// `Truncated, retrying in TCP mode.`
    Truncated,
    /// `BADCOOKIE, retrying.` / `BADCOOKIE, retrying in TCP mode.`
    BadCookie { tcp: bool },
    /// `Got SERVFAIL reply from SERVER[, trying next server]`
    ServFail { server: String, next: bool },
    /// `Got recursion not available from SERVER[, trying next server]`
    NoRecursion { server: String, next: bool },
}

impl Notice {
    pub fn channel(&self) -> Channel {
        match self {
            Notice::CouldntGetAddress { .. } | Notice::TransferFailed | Notice::TransferNoSoa => Channel::Plain,
            _ => Channel::Prefixed,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Notice::CommunicationsError { error, .. } | Notice::UdpSetupFailed { error, .. } | Notice::ConnectionFailed { error, .. } => {
                ErrorKind::of(error)
            }
            Notice::SkippingMapped(_) | Notice::TlsVerify { .. } | Notice::TlsContext { .. } | Notice::XfrOverTls => ErrorKind::Network,
            Notice::NoAcceptableNameservers => ErrorKind::NoServers,
            Notice::ShortMessage { .. }
            | Notice::TsigVerify(_)
            | Notice::IdMismatch { .. }
            | Notice::ResponseNotSet
            | Notice::QuestionMismatch { .. } => ErrorKind::BadReply,
            Notice::MalformedReply => ErrorKind::Malformed,
            Notice::CouldntGetAddress { .. } => ErrorKind::BadServer,
            Notice::BadVers(_) | Notice::Truncated | Notice::BadCookie { .. } | Notice::ServFail { .. } | Notice::NoRecursion { .. } => {
                ErrorKind::Notice
            }
            Notice::OpcodeMismatch { .. }
            | Notice::ExpectedOpt
            | Notice::ClientCookieMismatch
            | Notice::CookieTooShort
            | Notice::HorizontalReferral
            | Notice::BadReferral
            | Notice::TransferFailed
            | Notice::TransferNoSoa => ErrorKind::Fatal,
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::CommunicationsError { addr, error, .. } => write!(f, "communications error to {}: {error}", sockaddr_text(*addr)),
            Notice::UdpSetupFailed { addr, server, name, error } => {
                write!(f, "UDP setup with {}({server}) for {name} failed: {error}.", sockaddr_text(*addr))
            }
            Notice::ConnectionFailed { addr, server, name, error } => {
                write!(f, "Connection to {}({server}) for {name} failed: {error}.", sockaddr_text(*addr))
            }
            Notice::SkippingMapped(a) => write!(f, "Skipping mapped address '{a}'"),
            Notice::TlsVerify { addr, text } => write!(f, "TLS peer certificate verification for {} failed: {text}", sockaddr_text(*addr)),
            Notice::TlsContext { pair: true } => f.write_str("both TLS client certificate and key file must be specified a the same time"),
            Notice::TlsContext { pair: false } => f.write_str("TLS context cannot be created"),
            Notice::XfrOverTls => f.write_str("zone transfers over the established TLS connection are not allowed: ALPN for DoT failed"),
            Notice::TsigVerify(why) => write!(f, "Couldn't verify signature: {why}"),
            Notice::NoAcceptableNameservers => f.write_str("No acceptable nameservers"),
            Notice::ShortMessage { tcp: true } => f.write_str("ERROR: short (< header size) message"),
            Notice::ShortMessage { tcp: false } => f.write_str("Warning: short (< header size) message received"),
            Notice::IdMismatch { level, expected, got } => {
                let level = match level {
                    IdMismatch::Warning => "Warning",
                    IdMismatch::Error => "ERROR",
                    IdMismatch::InTransfer => "WARNING",
                };
                write!(f, "{level}: ID mismatch: expected ID {expected}, got {got}")
            }
            Notice::ResponseNotSet => f.write_str("Warning: query response not set"),
            Notice::MalformedReply => f.write_str("Warning: Message parser reports malformed message packet."),
            Notice::OpcodeMismatch { expected, got } => {
                write!(f, "Warning: Opcode mismatch: expected {}, got {}", types::opcode_to_text(*expected), types::opcode_to_text(*got))
            }
            Notice::QuestionMismatch { name, qtype, qclass } => write!(
                f,
                ";; Question section mismatch: got {}/{}/{}",
                name.to_text(true),
                types::type_to_text(*qtype),
                types::class_to_text(*qclass)
            ),
            Notice::ExpectedOpt => f.write_str("expected opt record in response"),
            Notice::ClientCookieMismatch => f.write_str("Warning: Client COOKIE mismatch"),
            Notice::CookieTooShort => f.write_str("Warning: COOKIE bad token (too short)"),
            Notice::HorizontalReferral => f.write_str("BAD (HORIZONTAL) REFERRAL"),
            Notice::BadReferral => f.write_str("BAD REFERRAL"),
            Notice::CouldntGetAddress { name, why } => writeln!(f, "couldn't get address for '{name}': {why}"),
            Notice::TransferFailed => f.write_str("; Transfer failed.\n"),
            Notice::TransferNoSoa => f.write_str("; Transfer failed.  Didn't start with SOA answer.\n"),
            Notice::BadVers(v) => write!(f, "BADVERS, retrying with EDNS version {v}."),
            Notice::Truncated => f.write_str("Truncated, retrying in TCP mode."),
            Notice::BadCookie { tcp } => f.write_str(if *tcp { "BADCOOKIE, retrying in TCP mode." } else { "BADCOOKIE, retrying." }),
            Notice::ServFail { server, next } => write!(f, "Got SERVFAIL reply from {server}{}", next_server(*next)),
            Notice::NoRecursion { server, next } => write!(f, "Got recursion not available from {server}{}", next_server(*next)),
        }
    }
}

fn next_server(next: bool) -> &'static str {
    if next { ", trying next server" } else { "" }
}

/// A lookup that failed (dighost_error()); Display is BIND's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// `no servers could be reached`
    NoServers,
    /// `NS servers could not be reached` (+nssearch)
    NsServers,
}

impl Failure {
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::NoServers
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Failure::NoServers => "no servers could be reached",
            Failure::NsServers => "NS servers could not be reached",
        })
    }
}

/// A message of a dialect's grammar or session that BIND prints on
/// standard output (JSON makes an error document of it); Display is
/// BIND's text, without the line ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// nslookup: `*** Invalid option: OPT`
    InvalidOption(String),
    /// A `set` option's value was refused (`unknown query type: X`,
    /// `invalid port 'x': not a valid number`).
    BadValue(String),
    /// nslookup: `The 'CMD' command is not implemented.`
    NotImplemented(String),
    /// nslookup: `The 'CMD' command is not yet implemented.`
    NotYetImplemented(String),
    /// dig: `invalid DESC 'VALUE': WHY` (parse_uint() and friends).
    InvalidValue(String),
    /// dig: `;; Invalid option OPT`
    DigInvalidOption(String),
    /// dig: `;; Couldn't create key NAME: WHY`
    CouldntCreateKey(String),
    /// dig -h: the help text.
    Help(String),
}

impl Said {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Said::InvalidOption(_) | Said::BadValue(_) | Said::InvalidValue(_) | Said::DigInvalidOption(_) | Said::Help(_) => {
                ErrorKind::Usage
            }
            Said::NotImplemented(_) | Said::NotYetImplemented(_) | Said::CouldntCreateKey(_) => ErrorKind::Fatal,
        }
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::InvalidOption(o) => write!(f, "*** Invalid option: {o}"),
            Said::BadValue(t) | Said::InvalidValue(t) => f.write_str(t),
            Said::NotImplemented(c) => write!(f, "The '{c}' command is not implemented."),
            Said::NotYetImplemented(c) => write!(f, "The '{c}' command is not yet implemented."),
            Said::DigInvalidOption(o) => write!(f, ";; Invalid option {o}"),
            Said::CouldntCreateKey(t) => f.write_str(t),
            Said::Help(t) => f.write_str(t.trim_end_matches('\n')),
        }
    }
}

/// What a nslookup lookup in Windows style is, which decides how its
/// outcome prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostKind {
    /// The PTR query for the server's own name.
    ServerName,
    /// The default lookup: A, then AAAA.
    Host,
    /// `-type=A` or `-type=AAAA`.
    Address(u16),
    /// An address looked up with the default type: its PTR, printed as a
    /// host block (the address as typed).
    Reverse(String),
    /// Any other type: the records.
    Records(u16),
}

/// What one query of a Windows-style lookup came to.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The final reply (for a name tried along the search list, the last).
    Reply(Arc<Message>),
    /// Every try timed out.
    TimedOut,
    /// No reply for another reason (refused, unreachable, unreadable).
    NoResponse,
}

/// What a Windows-style host lookup came to.
#[derive(Debug, Clone)]
pub struct HostResult {
    pub kind: HostKind,
    /// The name as typed, for the messages.
    pub name: String,
    /// The server's name as the header prints it.
    pub server: String,
    /// Each query's type and outcome, in the order they were asked.
    pub outcomes: Vec<(u16, Option<Outcome>)>,
}

/// What a batch came to (`--stats`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchSummary {
    /// Replies taken as answers, by RCODE.
    pub rcodes: std::collections::BTreeMap<u16, u64>,
    /// Lookups that got no answer from any server.
    pub unanswered: u64,
    /// Tries that timed out.
    pub timeouts: u64,
    pub elapsed: Duration,
    /// Query times of the answers: 50th, 90th, 99th percentile and the
    /// longest (None without answers).
    pub latency: Option<[Duration; 4]>,
}

impl BatchSummary {
    pub fn lookups(&self) -> u64 {
        self.rcodes.values().sum::<u64>() + self.unanswered
    }
}
