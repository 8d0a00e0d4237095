//! The result codes and trust levels of BIND's validator and resolver,
//! with BIND's exact texts: `BindResult::text` is isc_result_totext (what
//! delv prints after `;; resolution failed: ` and inside `verify rdataset
//! (keyid=N): <text>`), `Trust::name` is dns_trust_totext (the vtrace
//! `keyset with trust <name>` lines) and `Trust::delv_text` the `; <text>`
//! header delv's printer puts above each rdataset.
//!
//! Everything in `validate` passes these values around; the delv printer
//! (render) and session read them from a `Resolution`.

use std::fmt;

/// An isc_result_t of the resolver or validator, as far as rlookup's
/// validator produces them. Internal control-flow codes (continue, wait,
/// ignore, ...) are not here: the engine expresses those in its types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BindResult {
    /// ISC_R_SUCCESS: "success".
    Success,
    /// ISC_R_FAILURE: "failure" (every server failed, SERVFAIL, REFUSED,
    /// a validation failure of the fetch itself).
    Failure,
    /// ISC_R_TIMEDOUT: "timed out".
    TimedOut,
    /// ISC_R_CANCELED: "operation canceled" (a hung fetch shut down).
    Canceled,
    /// ISC_R_QUOTA: "quota reached" (too many CNAME/DNAME restarts, too
    /// many fetches).
    Quota,
    /// ISC_R_CONNREFUSED: "connection refused".
    ConnRefused,
    /// ISC_R_CONNECTIONRESET: "connection reset" (a fetch's TCP
    /// connection, `session::fetch`).
    ConnReset,
    /// ISC_R_EOF: "end of file".
    Eof,
    /// ISC_R_NETUNREACH: "network unreachable".
    NetUnreach,
    /// ISC_R_HOSTUNREACH: "host unreachable".
    HostUnreach,
    /// ISC_R_ADDRNOTAVAIL: "address not available".
    AddrNotAvail,
    /// DNS_R_CNAME: "CNAME".
    Cname,
    /// DNS_R_DNAME: "DNAME".
    Dname,
    /// DNS_R_NCACHENXDOMAIN: "ncache nxdomain".
    NcacheNxdomain,
    /// DNS_R_NCACHENXRRSET: "ncache nxrrset".
    NcacheNxrrset,
    /// DNS_R_NXDOMAIN: "NXDOMAIN".
    Nxdomain,
    /// DNS_R_NXRRSET: "NXRRSET".
    Nxrrset,
    /// DNS_R_SERVFAIL: "SERVFAIL".
    Servfail,
    /// DNS_R_FORMERR: "FORMERR".
    Formerr,
    /// DNS_R_UNEXPECTEDRCODE: "unexpected RCODE".
    UnexpectedRcode,
    /// DNS_R_BROKENCHAIN: "broken trust chain".
    BrokenChain,
    /// DNS_R_NOVALIDSIG: "no valid RRSIG".
    NoValidSig,
    /// DNS_R_NOVALIDNSEC: "no valid NSEC".
    NoValidNsec,
    /// DNS_R_NOTINSECURE: "insecurity proof failed".
    NotInsecure,
    /// DNS_R_MUSTBESECURE: "must-be-secure".
    MustBeSecure,
    /// DNS_R_SIGEXPIRED: "RRSIG has expired".
    SigExpired,
    /// DNS_R_SIGFUTURE: "RRSIG validity period has not begun".
    SigFuture,
    /// DNS_R_SIGINVALID: "RRSIG failed to verify".
    SigInvalid,
    /// DST_R_INVALIDPUBLICKEY: "public key is invalid".
    InvalidPublicKey,
    /// ISC_R_BADBASE32: "bad base32 encoding" (an NSEC3 owner label).
    BadBase32,
    /// DNS_R_NSEC3ITERRANGE: "NSEC3 iterations out of range".
    Nsec3IterRange,
    /// ISC_R_UNEXPECTEDEND: "unexpected end of input" (malformed RDATA).
    UnexpectedEnd,
    /// ISC_R_NOSPACE: "ran out of space" (a name too long to build).
    NoSpace,
    /// DNS_R_NAMETOOLONG: "name too long" (a DNAME substitution).
    NameTooLong,
}

impl BindResult {
    /// isc_result_totext().
    pub fn text(self) -> &'static str {
        match self {
            BindResult::Success => "success",
            BindResult::Failure => "failure",
            BindResult::TimedOut => "timed out",
            BindResult::Canceled => "operation canceled",
            BindResult::Quota => "quota reached",
            BindResult::ConnRefused => "connection refused",
            BindResult::ConnReset => "connection reset",
            BindResult::Eof => "end of file",
            BindResult::NetUnreach => "network unreachable",
            BindResult::HostUnreach => "host unreachable",
            BindResult::AddrNotAvail => "address not available",
            BindResult::Cname => "CNAME",
            BindResult::Dname => "DNAME",
            BindResult::NcacheNxdomain => "ncache nxdomain",
            BindResult::NcacheNxrrset => "ncache nxrrset",
            BindResult::Nxdomain => "NXDOMAIN",
            BindResult::Nxrrset => "NXRRSET",
            BindResult::Servfail => "SERVFAIL",
            BindResult::Formerr => "FORMERR",
            BindResult::UnexpectedRcode => "unexpected RCODE",
            BindResult::BrokenChain => "broken trust chain",
            BindResult::NoValidSig => "no valid RRSIG",
            BindResult::NoValidNsec => "no valid NSEC",
            BindResult::NotInsecure => "insecurity proof failed",
            BindResult::MustBeSecure => "must-be-secure",
            BindResult::SigExpired => "RRSIG has expired",
            BindResult::SigFuture => "RRSIG validity period has not begun",
            BindResult::SigInvalid => "RRSIG failed to verify",
            BindResult::InvalidPublicKey => "public key is invalid",
            BindResult::BadBase32 => "bad base32 encoding",
            BindResult::Nsec3IterRange => "NSEC3 iterations out of range",
            BindResult::UnexpectedEnd => "unexpected end of input",
            BindResult::NoSpace => "ran out of space",
            BindResult::NameTooLong => "name too long",
        }
    }

    /// A negative answer (delv prints it and still says `resolution
    /// failed`).
    pub fn is_negative(self) -> bool {
        matches!(self, BindResult::NcacheNxdomain | BindResult::NcacheNxrrset)
    }
}

impl fmt::Display for BindResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// dns_trust_t: how much an rdataset is believed, in BIND's order (a
/// higher value is more trusted; `>= Secure` is validated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Trust {
    None = 0,
    PendingAdditional = 1,
    PendingAnswer = 2,
    Additional = 3,
    Glue = 4,
    Answer = 5,
    AuthAuthority = 6,
    AuthAnswer = 7,
    Secure = 8,
    Ultimate = 9,
}

impl Trust {
    /// dns_trust_totext(): the words of the vtrace lines
    /// (`keyset with trust secure`).
    pub fn name(self) -> &'static str {
        match self {
            Trust::None => "none",
            Trust::PendingAdditional => "pending-additional",
            Trust::PendingAnswer => "pending-answer",
            Trust::Additional => "additional",
            Trust::Glue => "glue",
            Trust::Answer => "answer",
            Trust::AuthAuthority => "authauthority",
            Trust::AuthAnswer => "authanswer",
            Trust::Secure => "secure",
            Trust::Ultimate => "local",
        }
    }

    /// DNS_TRUST_PENDING().
    pub fn is_pending(self) -> bool {
        matches!(self, Trust::PendingAdditional | Trust::PendingAnswer)
    }

    /// DNS_TRUST_SECURE(): validated (or a trust anchor).
    pub fn is_secure(self) -> bool {
        self >= Trust::Secure
    }

    /// delv's print_status() text (without the `; ` and without
    /// `negative response, `): `validating` is false with `-i` and
    /// `+noroot` (root_validation off), which turns `unsigned answer` into
    /// `answer not validated`. With `yaml` the two-part texts have no
    /// comma (`signed answer pending validation`); the caller turns spaces
    /// into underscores.
    pub fn delv_text(self, validating: bool, yaml: bool) -> &'static str {
        match self {
            Trust::None => "untrusted",
            Trust::PendingAdditional if yaml => "signed additional data pending validation",
            Trust::PendingAdditional => "signed additional data, pending validation",
            Trust::PendingAnswer if yaml => "signed answer pending validation",
            Trust::PendingAnswer => "signed answer, pending validation",
            Trust::Additional => "unsigned additional data",
            Trust::Glue => "glue data",
            Trust::Answer if validating => "unsigned answer",
            Trust::Answer => "answer not validated",
            Trust::AuthAuthority => "authority data",
            Trust::AuthAnswer => "authoritative",
            Trust::Secure => "fully validated",
            Trust::Ultimate => "ultimate trust",
        }
    }
}
