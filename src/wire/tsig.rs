//! TSIG (RFC 8945) exactly as BIND 9.18's lib/dns/tsig.c does it for dig:
//! the key ([`TsigKey`]: name, HMAC algorithm, secret, digest bits), the
//! signing of a query ([`sign_query`]; [`sign_message`] for replies and
//! the later messages of a zone transfer, which the test server uses), and
//! the checks of each reply in order ([`Verifier`]: the first message
//! against the request MAC, later ones of an AXFR/IXFR chained on the
//! previous MAC with the timers-only variables, unsigned messages in
//! between folded into the next signed one) with BIND's result for every
//! failure ([`VerifyError`], whose Display is what dig prints after
//! `;; Couldn't verify signature: `). [`verify_request`] is the server's
//! side of the same checks.
//!
//! Data flows: `config::keys` builds a [`TsigKey`] from dig's `-y`/`-k`;
//! the engine (`lookup`) signs the bytes from `encode::query` with
//! [`sign_query`] and sends the result; each reply's bytes and their
//! `message::parse` go through the lookup's [`Verifier`], whose outcome
//! the engine turns into events for the printer (`render::dig`), which
//! prints the TSIG record itself from `Message::tsig`.
//!
//! The MACs come from RustCrypto's `hmac` over `md-5`, `sha1` and `sha2`;
//! what is digested, in which order, and every check around it follow
//! dns_tsig_sign(), dns_tsig_verify() and tsig_verify_tcp(). hickory-proto
//! is not used: its TSigner has neither hmac-md5, hmac-sha1, hmac-sha224
//! nor truncated MACs, nor unsigned messages inside a transfer.

use std::fmt;

use hmac::{Hmac, Mac};

use super::message::Message;
use super::name::Name;

/// TSIG's TYPE.
pub const TYPE_TSIG: u16 = 250;
/// CLASS ANY, the class of every TSIG record.
pub const CLASS_ANY: u16 = 255;
/// DNS_TSIG_FUDGE: the fudge dig (and named) put in every TSIG.
pub const FUDGE: u16 = 300;
/// The time signed `+fuzztime` without a value sets (dig.c:
/// 0x622acce1 = 2022-03-11T04:15:29Z).
pub const DEFAULT_FUZZTIME: u64 = 0x622a_cce1;
/// RFC 8945 5.3.1: at most 99 unsigned messages between two signed ones
/// of a zone transfer (see [`Verifier::strict`]).
pub const RFC8945_MAX_UNSIGNED: u32 = 99;

const HEADER_LEN: usize = 12;
/// BADTIMELEN: the OTHER DATA of a BADTIME error (the server's 48-bit
/// time).
pub const BADTIME_LEN: usize = 6;

/// TSIG ERROR values (RFC 8945 / BIND's dns_tsigerror_* and rcodes).
pub mod tsig_error {
    pub const NOERROR: u16 = 0;
    pub const BADSIG: u16 = 16;
    pub const BADKEY: u16 = 17;
    pub const BADTIME: u16 = 18;
    pub const BADMODE: u16 = 19;
    pub const BADNAME: u16 = 20;
    pub const BADALG: u16 = 21;
    pub const BADTRUNC: u16 = 22;
}

/// The HMAC algorithms of BIND's TSIG (dns__tsig_algvalid()).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Algorithm {
    HmacMd5,
    HmacSha1,
    HmacSha224,
    HmacSha256,
    HmacSha384,
    HmacSha512,
}

impl Algorithm {
    pub const ALL: [Algorithm; 6] = [
        Algorithm::HmacMd5,
        Algorithm::HmacSha1,
        Algorithm::HmacSha224,
        Algorithm::HmacSha256,
        Algorithm::HmacSha384,
        Algorithm::HmacSha512,
    ];

    /// The name as dig's `-y` and key files spell it (parse_hmac()).
    pub fn text(self) -> &'static str {
        match self {
            Algorithm::HmacMd5 => "hmac-md5",
            Algorithm::HmacSha1 => "hmac-sha1",
            Algorithm::HmacSha224 => "hmac-sha224",
            Algorithm::HmacSha256 => "hmac-sha256",
            Algorithm::HmacSha384 => "hmac-sha384",
            Algorithm::HmacSha512 => "hmac-sha512",
        }
    }

    /// The algorithm name in wire form, as BIND writes it (lower case,
    /// never compressed): `hmac-md5.sig-alg.reg.int.`, `hmac-sha1.`, ...
    pub fn wire(self) -> &'static [u8] {
        match self {
            Algorithm::HmacMd5 => b"\x08hmac-md5\x07sig-alg\x03reg\x03int\x00",
            Algorithm::HmacSha1 => b"\x09hmac-sha1\x00",
            Algorithm::HmacSha224 => b"\x0bhmac-sha224\x00",
            Algorithm::HmacSha256 => b"\x0bhmac-sha256\x00",
            Algorithm::HmacSha384 => b"\x0bhmac-sha384\x00",
            Algorithm::HmacSha512 => b"\x0bhmac-sha512\x00",
        }
    }

    /// The algorithm name.
    pub fn name(self) -> Name {
        Name::from_wire_uncompressed(self.wire()).expect("a valid algorithm name").0
    }

    /// The algorithm a TSIG record names (case-insensitive, as
    /// dns__tsig_algfromname()); None for any other name.
    pub fn from_name(name: &Name) -> Option<Algorithm> {
        Algorithm::ALL.into_iter().find(|a| a.name().eq_ignore_case(name))
    }

    /// The full MAC length in bytes (dst_key_sigsize()).
    pub fn digest_len(self) -> usize {
        match self {
            Algorithm::HmacMd5 => 16,
            Algorithm::HmacSha1 => 20,
            Algorithm::HmacSha224 => 28,
            Algorithm::HmacSha256 => 32,
            Algorithm::HmacSha384 => 48,
            Algorithm::HmacSha512 => 64,
        }
    }

    /// The hash's block size: a longer secret is hashed first (HMAC's
    /// rule, and hmac_fromdns()'s).
    fn block_len(self) -> usize {
        match self {
            Algorithm::HmacSha384 | Algorithm::HmacSha512 => 128,
            _ => 64,
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// A running HMAC of one of the algorithms (BIND's dst_context_t).
#[derive(Clone)]
enum HmacCtx {
    Md5(Hmac<md5::Md5>),
    Sha1(Hmac<sha1::Sha1>),
    Sha224(Hmac<sha2::Sha224>),
    Sha256(Hmac<sha2::Sha256>),
    Sha384(Hmac<sha2::Sha384>),
    Sha512(Hmac<sha2::Sha512>),
}

macro_rules! each_ctx {
    ($ctx:expr, $m:ident => $body:expr) => {
        match $ctx {
            HmacCtx::Md5($m) => $body,
            HmacCtx::Sha1($m) => $body,
            HmacCtx::Sha224($m) => $body,
            HmacCtx::Sha256($m) => $body,
            HmacCtx::Sha384($m) => $body,
            HmacCtx::Sha512($m) => $body,
        }
    };
}

impl HmacCtx {
    /// dst_context_create(): fails like BIND for a key without secret
    /// (DST_R_NULLKEY).
    fn new(key: &TsigKey) -> Result<HmacCtx, NullKey> {
        if key.secret.is_empty() {
            return Err(NullKey);
        }
        let s = &key.secret;
        let err = |_| NullKey;
        Ok(match key.algorithm {
            Algorithm::HmacMd5 => HmacCtx::Md5(Hmac::new_from_slice(s).map_err(err)?),
            Algorithm::HmacSha1 => HmacCtx::Sha1(Hmac::new_from_slice(s).map_err(err)?),
            Algorithm::HmacSha224 => HmacCtx::Sha224(Hmac::new_from_slice(s).map_err(err)?),
            Algorithm::HmacSha256 => HmacCtx::Sha256(Hmac::new_from_slice(s).map_err(err)?),
            Algorithm::HmacSha384 => HmacCtx::Sha384(Hmac::new_from_slice(s).map_err(err)?),
            Algorithm::HmacSha512 => HmacCtx::Sha512(Hmac::new_from_slice(s).map_err(err)?),
        })
    }

    fn update(&mut self, data: &[u8]) {
        each_ctx!(self, m => m.update(data))
    }

    fn finalize(self) -> Vec<u8> {
        each_ctx!(self, m => m.finalize().into_bytes().to_vec())
    }

    /// hmac_verify(): the MAC received may be a prefix of the digest (a
    /// truncated MAC); compared in constant time.
    fn verify_prefix(self, mac: &[u8]) -> bool {
        let digest = self.finalize();
        if mac.len() > digest.len() {
            return false;
        }
        digest[..mac.len()].iter().zip(mac).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    }
}

/// A key without secret (an empty `secret ""` in a key file): BIND
/// creates the key, then every use fails with DST_R_NULLKEY.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NullKey;

/// A TSIG key as BIND's dns_tsigkey_t holds it.
#[derive(Clone, PartialEq, Eq)]
pub struct TsigKey {
    /// The key name, lower-cased (dns_tsigkey_createfromkey() downcases
    /// it): the TSIG owner name sent, and the name digested.
    pub name: Name,
    pub algorithm: Algorithm,
    /// The decoded secret.
    pub secret: Vec<u8>,
    /// dst_key_setbits(): 0 for a full-length MAC, else the MAC is
    /// truncated to `(digest_bits + 7) / 8` bytes (dig rounds the `-N` of
    /// `hmac-sha256-N` up to a multiple of 8 already).
    pub digest_bits: u16,
}

impl fmt::Debug for TsigKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TsigKey")
            .field("name", &self.name.to_text(false))
            .field("algorithm", &self.algorithm)
            .field("secret", &format_args!("<{} bytes>", self.secret.len()))
            .field("digest_bits", &self.digest_bits)
            .finish()
    }
}

impl TsigKey {
    /// A key; the name is lower-cased as BIND does.
    pub fn new(name: &Name, algorithm: Algorithm, secret: Vec<u8>, digest_bits: u16) -> TsigKey {
        TsigKey { name: downcase(name), algorithm, secret, digest_bits }
    }

    /// The length of the MAC this key sends (dns_tsig_sign() without a
    /// request MAC): the digest truncated to the digest bits, if any.
    pub fn mac_len(&self) -> usize {
        truncated_len(self.algorithm, self.digest_bits, 0)
    }

    /// spacefortsig(): the room BIND reserves for the TSIG record while
    /// rendering (26 + key name + algorithm name + the full digest, even
    /// for a truncated MAC). dns_message_renderend() pads with `+padding`
    /// as if this many bytes were already in the message: the engine must
    /// add it to the length when it computes the PAD option's size.
    pub fn space_for_tsig(&self) -> usize {
        26 + self.name.wire_len() + self.algorithm.wire().len() + self.algorithm.digest_len()
    }

    /// dst_key_size(): the secret's size in bits (after hashing a secret
    /// longer than the hash's block, as HMAC does).
    pub fn key_bits(&self) -> usize {
        let len = if self.secret.len() > self.algorithm.block_len() { self.algorithm.digest_len() } else { self.secret.len() };
        len * 8
    }

    /// BIND logs `the key 'NAME' is too short to be secure` (stderr, with
    /// a timestamp) when it creates a key of fewer than 64 bits.
    pub fn is_too_short(&self) -> bool {
        self.key_bits() < 64
    }
}

fn downcase(name: &Name) -> Name {
    Name::from_labels(name.labels().iter().map(|l| l.to_ascii_lowercase()).collect())
}

/// The MAC length BIND sends: the digest bits rounded up to bytes (never
/// more than the digest), at least the request's MAC length in a reply.
fn truncated_len(alg: Algorithm, digest_bits: u16, prior_len: usize) -> usize {
    let full = alg.digest_len();
    if digest_bits == 0 {
        return full;
    }
    (usize::from(digest_bits).div_ceil(8)).max(prior_len).min(full)
}

/// A TSIG record's RDATA, decoded (RFC 8945 4.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsigRdata {
    pub algorithm: Name,
    /// 48-bit seconds since the epoch.
    pub time_signed: u64,
    pub fudge: u16,
    pub mac: Vec<u8>,
    pub original_id: u16,
    /// The TSIG ERROR field (see [`tsig_error`]).
    pub error: u16,
    pub other: Vec<u8>,
}

impl TsigRdata {
    /// From uncompressed RDATA (as `message::Record::rdata` holds it); None
    /// if it is not a well-formed TSIG RDATA.
    pub fn parse(rdata: &[u8]) -> Option<TsigRdata> {
        let (algorithm, mut i) = Name::from_wire_uncompressed(rdata)?;
        let take = |i: &mut usize, n: usize| -> Option<&[u8]> {
            let s = rdata.get(*i..*i + n)?;
            *i += n;
            Some(s)
        };
        let t = take(&mut i, 6)?;
        let time_signed = t.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        let fudge = u16_at(take(&mut i, 2)?);
        let mac_len = usize::from(u16_at(take(&mut i, 2)?));
        let mac = take(&mut i, mac_len)?.to_vec();
        let original_id = u16_at(take(&mut i, 2)?);
        let error = u16_at(take(&mut i, 2)?);
        let other_len = usize::from(u16_at(take(&mut i, 2)?));
        let other = take(&mut i, other_len)?.to_vec();
        if i != rdata.len() {
            return None;
        }
        Some(TsigRdata { algorithm, time_signed, fudge, mac, original_id, error, other })
    }

    /// The RDATA in wire form (the algorithm name uncompressed, as BIND's
    /// towire_any_tsig() writes it).
    pub fn to_wire(&self) -> Vec<u8> {
        let mut v = self.algorithm.to_wire();
        v.extend_from_slice(&u48(self.time_signed));
        v.extend_from_slice(&self.fudge.to_be_bytes());
        v.extend_from_slice(&(self.mac.len() as u16).to_be_bytes());
        v.extend_from_slice(&self.mac);
        v.extend_from_slice(&self.original_id.to_be_bytes());
        v.extend_from_slice(&self.error.to_be_bytes());
        v.extend_from_slice(&(self.other.len() as u16).to_be_bytes());
        v.extend_from_slice(&self.other);
        v
    }

    /// The server time a BADTIME error carries in OTHER DATA, if it does.
    pub fn badtime_server_time(&self) -> Option<u64> {
        (self.error == tsig_error::BADTIME && self.other.len() == BADTIME_LEN).then(|| from_u48(&self.other))
    }
}

fn u16_at(b: &[u8]) -> u16 {
    u16::from_be_bytes([b[0], b[1]])
}

/// The low 48 bits, big-endian (isc_buffer_putuint48()).
fn u48(v: u64) -> [u8; 6] {
    let b = v.to_be_bytes();
    [b[2], b[3], b[4], b[5], b[6], b[7]]
}

fn from_u48(b: &[u8]) -> u64 {
    b.iter().fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
}

/// The OTHER DATA of a BADTIME reply: the server's time, 48 bits.
pub fn badtime_other(server_time: u64) -> Vec<u8> {
    u48(server_time).to_vec()
}

/// A signed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// The message with the TSIG record appended and ARCOUNT one higher.
    pub bytes: Vec<u8>,
    /// The TSIG record's RDATA (its MAC is what the reply is checked
    /// against: `tsig.mac`).
    pub tsig: TsigRdata,
}

/// Why a message could not be signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignError {
    /// The message is shorter than a DNS header.
    Short,
    /// A key without secret (`secret "";` in a key file). dig stops:
    /// stderr `dig: dns_message_renderend: illegal operation for a null
    /// key`, exit status 1 (see [`SignError::dig_fatal`]).
    NullKey,
}

impl SignError {
    /// The text of dig's fatal error (stderr, after `dig: `; exit status 1).
    pub fn dig_fatal(self) -> String {
        format!("dns_message_renderend: {self}")
    }
}

impl fmt::Display for SignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignError::Short => "unexpected end of input",
            SignError::NullKey => "illegal operation for a null key",
        })
    }
}

impl std::error::Error for SignError {}

/// How to sign a message other than a query (dns_tsig_sign()'s inputs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOptions<'a> {
    /// A reply: the request's MAC (first message), or the previous
    /// message's MAC (a later message of a transfer). Digested first,
    /// with its length.
    pub prior_mac: Option<&'a [u8]>,
    /// A later message of a TCP transfer (`tcp_continuation`): only the
    /// time signed and fudge are digested after the message, no key name,
    /// class, TTL, algorithm, error or other data.
    pub continuation: bool,
    pub fudge: u16,
    /// The TSIG ERROR to send. BADSIG and BADKEY replies are unsigned (an
    /// empty MAC), as RFC 8945 and BIND have them.
    pub error: u16,
    /// OTHER DATA (a BADTIME reply's server time, see [`badtime_other`]).
    pub other: &'a [u8],
    /// The unsigned messages sent since the previous signed one (a
    /// transfer that signs only some messages, RFC 8945 5.3.1): digested
    /// whole, in order, after the prior MAC. BIND's own servers sign every
    /// message; this is for test servers.
    pub unsigned_before: &'a [Vec<u8>],
}

impl<'a> SignOptions<'a> {
    /// A query (or any request): no prior MAC.
    pub fn request() -> SignOptions<'static> {
        SignOptions { prior_mac: None, continuation: false, fudge: FUDGE, error: tsig_error::NOERROR, other: &[], unsigned_before: &[] }
    }

    /// The first reply to a request signed with `request_mac`.
    pub fn response(request_mac: &'a [u8]) -> SignOptions<'a> {
        SignOptions {
            prior_mac: Some(request_mac),
            continuation: false,
            fudge: FUDGE,
            error: tsig_error::NOERROR,
            other: &[],
            unsigned_before: &[],
        }
    }

    /// A later message of a transfer, chained on the previous message's
    /// MAC.
    pub fn continuation(previous_mac: &'a [u8]) -> SignOptions<'a> {
        SignOptions {
            prior_mac: Some(previous_mac),
            continuation: true,
            fudge: FUDGE,
            error: tsig_error::NOERROR,
            other: &[],
            unsigned_before: &[],
        }
    }
}

/// Signs a query as dig does (dns_message_renderend() -> dns_tsig_sign()):
/// `query` is the complete message as `encode::query` made it (padding
/// included); the TSIG record is appended (owner the lower-cased key name,
/// uncompressed; CLASS ANY; TTL 0; the algorithm name uncompressed;
/// `time_signed`; fudge 300; the MAC, truncated to the key's digest bits;
/// ORIGINAL ID the query's id; no error, no other data) and ARCOUNT
/// raised by one. `time_signed` is the clock's seconds, or `+fuzztime`'s
/// value.
pub fn sign_query(query: &[u8], key: &TsigKey, time_signed: u64) -> Result<Signed, SignError> {
    sign_message(query, key, time_signed, &SignOptions::request())
}

/// Signs any message as dns_tsig_sign() does: the MAC covers the prior
/// MAC (length and bytes) if any, the message as it is (its header with
/// its own id and ARCOUNT), and the TSIG variables (RFC 8945 4.3.3; for a
/// continuation only the time signed and fudge). A BADTIME reply should be
/// signed with the request's time signed and the server's time as OTHER
/// DATA, as BIND does.
pub fn sign_message(msg: &[u8], key: &TsigKey, time_signed: u64, opts: &SignOptions) -> Result<Signed, SignError> {
    if msg.len() < HEADER_LEN {
        return Err(SignError::Short);
    }
    let original_id = u16::from_be_bytes([msg[0], msg[1]]);
    let unsigned = matches!(opts.error, tsig_error::BADSIG | tsig_error::BADKEY);
    let mac = if unsigned {
        Vec::new()
    } else {
        let mut ctx = HmacCtx::new(key).map_err(|NullKey| SignError::NullKey)?;
        if let Some(prior) = opts.prior_mac {
            ctx.update(&(prior.len() as u16).to_be_bytes());
            ctx.update(prior);
        }
        for m in opts.unsigned_before {
            ctx.update(m);
        }
        ctx.update(msg);
        if !opts.continuation {
            ctx.update(&key.name.to_wire());
            ctx.update(&CLASS_ANY.to_be_bytes());
            ctx.update(&0u32.to_be_bytes());
            ctx.update(key.algorithm.wire());
        }
        ctx.update(&u48(time_signed));
        ctx.update(&opts.fudge.to_be_bytes());
        if !opts.continuation {
            ctx.update(&opts.error.to_be_bytes());
            ctx.update(&(opts.other.len() as u16).to_be_bytes());
            ctx.update(opts.other);
        }
        let mut mac = ctx.finalize();
        mac.truncate(truncated_len(key.algorithm, key.digest_bits, opts.prior_mac.map_or(0, <[u8]>::len)));
        mac
    };
    let tsig = TsigRdata {
        algorithm: key.algorithm.name(),
        time_signed,
        fudge: opts.fudge,
        mac,
        original_id,
        error: opts.error,
        other: opts.other.to_vec(),
    };
    Ok(Signed { bytes: append_tsig(msg, &key.name, &tsig), tsig })
}

/// Appends a TSIG record (owner `owner`, uncompressed) with this RDATA and
/// raises ARCOUNT: for the unsigned BADKEY reply a server sends for a key
/// it does not know (its owner and algorithm are the request's).
pub fn append_tsig(msg: &[u8], owner: &Name, tsig: &TsigRdata) -> Vec<u8> {
    let mut out = msg.to_vec();
    let arcount = u16_at(&out[10..12]).wrapping_add(1);
    out[10..12].copy_from_slice(&arcount.to_be_bytes());
    let rdata = tsig.to_wire();
    out.extend_from_slice(&downcase(owner).to_wire());
    out.extend_from_slice(&TYPE_TSIG.to_be_bytes());
    out.extend_from_slice(&CLASS_ANY.to_be_bytes());
    out.extend_from_slice(&0u32.to_be_bytes());
    out.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
    out.extend_from_slice(&rdata);
    out
}

/// The isc_result_t of a failed check: what dig prints after `;; Couldn't
/// verify signature: ` (isc_result_totext()).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyResult {
    /// DNS_R_EXPECTEDTSIG: the reply has no TSIG record.
    ExpectedTsig,
    /// DNS_R_UNEXPECTEDTSIG: a TSIG where no key or request TSIG is known
    /// (never with dig, which always has both).
    UnexpectedTsig,
    /// DNS_R_EXPECTEDRESPONSE: a later message of a transfer without QR.
    ExpectedResponse,
    /// DNS_R_FORMERR: a MAC longer than the digest, or shorter than 10
    /// bytes or half the digest.
    FormErr,
    /// DNS_R_TSIGVERIFYFAILURE: the MAC does not verify, is missing, is
    /// shorter than our key allows, or the reply's key name or algorithm
    /// differ from the query's.
    VerifyFailure,
    /// DNS_R_TSIGERRORSET: the reply carries a TSIG error (BADSIG, BADKEY,
    /// BADTRUNC...).
    ErrorSet,
    /// DNS_R_CLOCKSKEW: the time signed is outside now ± fudge, or the
    /// reply carries BADTIME.
    ClockSkew,
    /// DST_R_NULLKEY: a key without secret.
    NullKey,
    /// The TSIG RDATA could not be decoded (BIND's parser would have
    /// refused the message before).
    Malformed,
}

impl VerifyResult {
    /// BIND's text for the result.
    pub fn text(self) -> &'static str {
        match self {
            VerifyResult::ExpectedTsig => "expected a TSIG or SIG(0)",
            VerifyResult::UnexpectedTsig => "did not expect a TSIG or SIG(0)",
            VerifyResult::ExpectedResponse => "expected a response",
            VerifyResult::FormErr => "FORMERR",
            VerifyResult::VerifyFailure => "tsig verify failure",
            VerifyResult::ErrorSet => "tsig indicates error",
            VerifyResult::ClockSkew => "clocks are unsynchronized",
            VerifyResult::NullKey => "illegal operation for a null key",
            VerifyResult::Malformed => "unexpected end of input",
        }
    }
}

/// A failed TSIG check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyError {
    pub result: VerifyResult,
    /// BIND's `msg->tsigstatus` after the check: the TSIG error a server
    /// answers a bad request with (BADSIG, BADKEY, BADTIME, BADTRUNC), or
    /// the error a reply carried.
    pub status: u16,
    /// BIND's debug log line for the failure (tsig_log()), for tests and
    /// diagnostics; dig prints it only with -d.
    pub why: &'static str,
}

impl VerifyError {
    fn new(result: VerifyResult, status: u16, why: &'static str) -> VerifyError {
        VerifyError { result, status, why }
    }

    /// dig's line (stdout, through dighost_warning(): suppressed with
    /// +yaml): `;; Couldn't verify signature: <text>`.
    pub fn dig_line(&self) -> String {
        format!(";; Couldn't verify signature: {self}")
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.result.text())
    }
}

impl std::error::Error for VerifyError {}

/// A message that passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    /// Its TSIG verified.
    Signed,
    /// A later message of a transfer without TSIG: its bytes are digested
    /// into the next signed message's check.
    Unsigned,
}

/// The header as digested: ARCOUNT one lower (the TSIG record) and the
/// original id.
fn tbs_header(bytes: &[u8], original_id: u16) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h.copy_from_slice(&bytes[..HEADER_LEN]);
    let arcount = u16_at(&h[10..12]).wrapping_sub(1);
    h[10..12].copy_from_slice(&arcount.to_be_bytes());
    h[0..2].copy_from_slice(&original_id.to_be_bytes());
    h
}

/// The MAC length checks of dns_tsig_verify() and tsig_verify_tcp().
fn check_mac_len(key: &TsigKey, siglen: usize) -> Result<(), VerifyError> {
    let full = key.algorithm.digest_len();
    if siglen > full {
        return Err(VerifyError::new(VerifyResult::FormErr, tsig_error::BADSIG, "signature length too big"));
    }
    if siglen > 0 && (siglen < 10 || siglen < full.div_ceil(2)) {
        return Err(VerifyError::new(VerifyResult::FormErr, tsig_error::BADSIG, "signature length below minimum"));
    }
    Ok(())
}

/// The time check (the reply's time signed ± its fudge around `now`).
fn check_time(tsig: &TsigRdata, now: u64) -> Result<(), VerifyError> {
    let fudge = u64::from(tsig.fudge);
    if now > tsig.time_signed.wrapping_add(fudge) {
        return Err(VerifyError::new(VerifyResult::ClockSkew, tsig_error::BADTIME, "signature has expired"));
    }
    if now < tsig.time_signed.wrapping_sub(fudge) {
        return Err(VerifyError::new(VerifyResult::ClockSkew, tsig_error::BADTIME, "signature is in the future"));
    }
    Ok(())
}

/// The truncation policy: a MAC shorter than our key's digest bits (or,
/// without digest bits, than the full digest) is refused.
fn check_truncation(key: &TsigKey, siglen: usize) -> Result<(), VerifyError> {
    let bits = usize::from(key.digest_bits);
    if siglen > 0 && bits != 0 && siglen < bits.div_ceil(8) {
        return Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADTRUNC, "truncated signature length too small"));
    }
    if siglen > 0 && bits == 0 && siglen < key.algorithm.digest_len() {
        return Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADTRUNC, "signature length too small"));
    }
    Ok(())
}

/// A TSIG error carried by a reply.
fn check_error(tsig: &TsigRdata) -> Result<(), VerifyError> {
    match tsig.error {
        tsig_error::NOERROR => Ok(()),
        tsig_error::BADTIME => Err(VerifyError::new(VerifyResult::ClockSkew, tsig.error, "tsig error set")),
        e => Err(VerifyError::new(VerifyResult::ErrorSet, e, "tsig error set")),
    }
}

fn key_mismatch() -> VerifyError {
    VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADKEY, "key name and algorithm do not match")
}

fn null_key(NullKey: NullKey) -> VerifyError {
    VerifyError::new(VerifyResult::NullKey, tsig_error::BADSIG, "null key")
}

/// dns_tsig_verify() without a TCP continuation: a request (no QR) or the
/// first reply (QR; `querytsig` is then the request's TSIG).
fn verify_first(key: &TsigKey, bytes: &[u8], msg: &Message, querytsig: Option<&TsigRdata>, now: u64) -> Result<(), VerifyError> {
    let Some(rec) = &msg.tsig else {
        return Err(VerifyError::new(VerifyResult::ExpectedTsig, tsig_error::BADSIG, "no TSIG"));
    };
    let response = msg.header.qr;
    let querytsig = match querytsig {
        Some(q) => Some(q),
        None if response => return Err(VerifyError::new(VerifyResult::UnexpectedTsig, tsig_error::BADSIG, "no request TSIG")),
        None => None,
    };
    let tsig = TsigRdata::parse(&rec.rdata).ok_or(VerifyError::new(VerifyResult::Malformed, tsig_error::BADSIG, "bad TSIG RDATA"))?;
    if let Some(q) = querytsig
        && (!rec.name.eq_ignore_case(&key.name) || !tsig.algorithm.eq_ignore_case(&q.algorithm))
    {
        return Err(key_mismatch());
    }
    let siglen = tsig.mac.len();
    check_mac_len(key, siglen)?;
    if siglen > 0 {
        let mut ctx = HmacCtx::new(key).map_err(null_key)?;
        if let Some(q) = querytsig {
            ctx.update(&(q.mac.len() as u16).to_be_bytes());
            ctx.update(&q.mac);
        }
        ctx.update(&tbs_header(bytes, tsig.original_id));
        ctx.update(&bytes[HEADER_LEN..rec.offset]);
        ctx.update(&key.name.to_wire());
        ctx.update(&rec.class.to_be_bytes());
        ctx.update(&rec.ttl.to_be_bytes());
        ctx.update(key.algorithm.wire());
        ctx.update(&u48(tsig.time_signed));
        ctx.update(&tsig.fudge.to_be_bytes());
        ctx.update(&tsig.error.to_be_bytes());
        ctx.update(&(tsig.other.len() as u16).to_be_bytes());
        ctx.update(&tsig.other);
        if !ctx.verify_prefix(&tsig.mac) {
            return Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADSIG, "signature failed to verify(1)"));
        }
    } else if !response || (tsig.error != tsig_error::BADSIG && tsig.error != tsig_error::BADKEY) {
        return Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADSIG, "signature was empty"));
    }
    check_time(&tsig, now)?;
    check_truncation(key, siglen)?;
    if response {
        check_error(&tsig)?;
    }
    Ok(())
}

/// Checks the replies to one signed query, in the order they arrive, as
/// dig does for one lookup (dighost.c recv_done(): dns_tsig_verify() on
/// each message, the first one alone, every later one as a TCP
/// continuation). One Verifier per lookup: a reply from another server
/// of the same lookup counts as a later message in BIND too.
///
/// After a failure dig goes on (it prints `;; Couldn't verify signature:
/// X`, remembers that a TSIG could not be validated, and prints the
/// message anyway); so does the Verifier: the next message is checked
/// against the failed message's MAC, as BIND's state has it then.
#[derive(Clone)]
pub struct Verifier {
    key: TsigKey,
    /// The query's TSIG (dighost's l->sendmsg).
    query_tsig: TsigRdata,
    /// l->querysig: the TSIG of the last message received (None: take the
    /// query's).
    querysig: Option<TsigRdata>,
    /// l->tsigctx: the running digest over unsigned messages.
    ctx: Option<HmacCtx>,
    /// l->msgcounter.
    messages: u32,
    /// Unsigned messages since the last signed one.
    unsigned_run: u32,
    /// RFC 8945's limits instead of dig's (see `strict`).
    strict: bool,
    last_signed: bool,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("key", &self.key)
            .field("messages", &self.messages)
            .field("unsigned_run", &self.unsigned_run)
            .field("strict", &self.strict)
            .finish()
    }
}

impl Verifier {
    /// For the replies to `query` (as [`sign_query`] returned it).
    pub fn new(key: &TsigKey, query: &Signed) -> Verifier {
        Verifier::from_query_tsig(key, query.tsig.clone())
    }

    /// For the replies to a query whose TSIG RDATA this was.
    pub fn from_query_tsig(key: &TsigKey, query_tsig: TsigRdata) -> Verifier {
        Verifier {
            key: key.clone(),
            query_tsig,
            querysig: None,
            ctx: None,
            messages: 0,
            unsigned_run: 0,
            strict: false,
            last_signed: false,
        }
    }

    /// RFC 8945 5.3.1's rules on top of dig's, as named's zone transfer
    /// client has them (xfrin.c): more than [`RFC8945_MAX_UNSIGNED`]
    /// unsigned messages in a row fail with "expected a TSIG or SIG(0)",
    /// and so does [`Verifier::finish`] when the last message was
    /// unsigned. dig itself checks neither.
    pub fn strict(mut self) -> Verifier {
        self.strict = true;
        self
    }

    /// Checks the next message: `bytes` as received (one DNS message) and
    /// `msg` its parse. `now` is the clock's seconds (never `+fuzztime`:
    /// dig checks replies against the real clock).
    pub fn verify(&mut self, bytes: &[u8], msg: &Message, now: u64) -> Result<Verified, VerifyError> {
        let querytsig = self.querysig.clone().unwrap_or_else(|| self.query_tsig.clone());
        let result = if self.messages == 0 {
            verify_first(&self.key, bytes, msg, Some(&querytsig), now).map(|()| Verified::Signed)
        } else {
            self.verify_continuation(bytes, msg, &querytsig, now)
        };
        self.messages += 1;
        // dns_message_getquerytsig(): the next message is checked against
        // this one's TSIG, whatever the outcome; none if it had none.
        self.querysig = msg.tsig.as_ref().and_then(|r| TsigRdata::parse(&r.rdata));
        self.last_signed = msg.tsig.is_some();
        if msg.tsig.is_some() {
            self.unsigned_run = 0;
        } else if result.is_ok() {
            self.unsigned_run += 1;
            if self.strict && self.unsigned_run > RFC8945_MAX_UNSIGNED {
                return Err(VerifyError::new(VerifyResult::ExpectedTsig, tsig_error::BADSIG, "too many unsigned messages"));
            }
        }
        result
    }

    /// A message that arrived for this lookup but was not checked (it did
    /// not parse, or dig moved on to the next server because of its
    /// RCODE): BIND counts it all the same (l->msgcounter), so the next
    /// message is checked as a TCP continuation.
    pub fn count_unchecked(&mut self) {
        self.messages += 1;
    }

    /// Messages seen so far (checked or counted).
    pub fn messages(&self) -> u32 {
        self.messages
    }

    /// Unsigned messages since the last signed one.
    pub fn unsigned_run(&self) -> u32 {
        self.unsigned_run
    }

    /// The end of a transfer. dig checks nothing here; with [`strict`]
    /// (RFC 8945: the last message must be signed) an unsigned last
    /// message is an error.
    ///
    /// [`strict`]: Verifier::strict
    pub fn finish(&self) -> Result<(), VerifyError> {
        if self.strict && self.messages > 0 && !self.last_signed {
            return Err(VerifyError::new(VerifyResult::ExpectedTsig, tsig_error::BADSIG, "last message unsigned"));
        }
        Ok(())
    }

    /// tsig_verify_tcp().
    fn verify_continuation(&mut self, bytes: &[u8], msg: &Message, querytsig: &TsigRdata, now: u64) -> Result<Verified, VerifyError> {
        if !msg.header.qr {
            return Err(VerifyError::new(VerifyResult::ExpectedResponse, tsig_error::BADSIG, "not a response"));
        }
        let tsig = match &msg.tsig {
            Some(rec) => {
                let tsig =
                    TsigRdata::parse(&rec.rdata).ok_or(VerifyError::new(VerifyResult::Malformed, tsig_error::BADSIG, "bad TSIG RDATA"))?;
                // These two leave the running digest as it is.
                if !rec.name.eq_ignore_case(&self.key.name) || !tsig.algorithm.eq_ignore_case(&querytsig.algorithm) {
                    return Err(key_mismatch());
                }
                check_mac_len(&self.key, tsig.mac.len())?;
                Some((rec, tsig))
            }
            None => None,
        };
        let result = self.digest_continuation(bytes, tsig.as_ref().map(|(r, t)| (r.offset, t)), querytsig, now);
        // The running digest survives only an unsigned message that passed.
        if result.is_err() || tsig.is_some() {
            self.ctx = None;
        }
        result
    }

    fn digest_continuation(
        &mut self,
        bytes: &[u8],
        tsig: Option<(usize, &TsigRdata)>,
        querytsig: &TsigRdata,
        now: u64,
    ) -> Result<Verified, VerifyError> {
        if self.ctx.is_none() {
            let mut ctx = HmacCtx::new(&self.key).map_err(null_key)?;
            ctx.update(&(querytsig.mac.len() as u16).to_be_bytes());
            ctx.update(&querytsig.mac);
            self.ctx = Some(ctx);
        }
        let ctx = self.ctx.as_mut().expect("created above");
        let Some((sigstart, tsig)) = tsig else {
            ctx.update(&bytes[..HEADER_LEN]);
            ctx.update(&bytes[HEADER_LEN..]);
            return Ok(Verified::Unsigned);
        };
        ctx.update(&tbs_header(bytes, tsig.original_id));
        ctx.update(&bytes[HEADER_LEN..sigstart]);
        ctx.update(&u48(tsig.time_signed));
        ctx.update(&tsig.fudge.to_be_bytes());
        if tsig.mac.is_empty() {
            return match tsig.error {
                tsig_error::NOERROR => Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADSIG, "signature is empty")),
                _ => check_error(tsig).map(|()| Verified::Signed),
            };
        }
        let ctx = self.ctx.take().expect("created above");
        if !ctx.verify_prefix(&tsig.mac) {
            return Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADSIG, "signature failed to verify(2)"));
        }
        check_time(tsig, now)?;
        check_truncation(&self.key, tsig.mac.len())?;
        check_error(tsig)?;
        Ok(Verified::Signed)
    }
}

/// What a server finds checking a request's TSIG (dns_message_checksig()
/// with a keyring): the key it was signed with, and BIND's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestCheck {
    /// The request's TSIG RDATA and owner (None: the request is unsigned).
    pub tsig: Option<(Name, TsigRdata)>,
    /// Which of the keys matched the owner name and algorithm.
    pub key: Option<usize>,
    /// Ok, or why not: `status` is then the TSIG error to answer with
    /// (BADKEY, BADSIG, BADTIME, BADTRUNC), and the RCODE is NOTAUTH, or
    /// FORMERR for [`VerifyResult::FormErr`].
    pub result: Result<(), VerifyError>,
}

/// The server side of [`Verifier`]: checks a request signed with one of
/// `keys` (found by owner name and algorithm, as BIND's keyring does).
pub fn verify_request(bytes: &[u8], msg: &Message, keys: &[TsigKey], now: u64) -> RequestCheck {
    let Some(rec) = &msg.tsig else {
        return RequestCheck {
            tsig: None,
            key: None,
            result: Err(VerifyError::new(VerifyResult::ExpectedTsig, tsig_error::BADSIG, "no TSIG")),
        };
    };
    let Some(tsig) = TsigRdata::parse(&rec.rdata) else {
        return RequestCheck {
            tsig: None,
            key: None,
            result: Err(VerifyError::new(VerifyResult::Malformed, tsig_error::BADSIG, "bad TSIG RDATA")),
        };
    };
    let alg = Algorithm::from_name(&tsig.algorithm);
    let found = keys.iter().position(|k| k.name.eq_ignore_case(&rec.name) && Some(k.algorithm) == alg);
    let result = match found {
        None => Err(VerifyError::new(VerifyResult::VerifyFailure, tsig_error::BADKEY, "unknown key")),
        Some(i) => verify_first(&keys[i], bytes, msg, None, now),
    };
    RequestCheck { tsig: Some((rec.name.clone(), tsig)), key: found, result }
}

#[cfg(test)]
#[path = "tsig_tests.rs"]
mod tests;
