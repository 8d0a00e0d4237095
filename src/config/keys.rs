//! dig's TSIG keys from the command line and from key files, as BIND 9.18
//! makes them (bin/dig/dighost.c parse_hmac(), setup_text_key(),
//! read_confkey(), setup_file_key()): `-y [ALG:]NAME:SECRET` ([`split_y`],
//! [`HmacChoice::parse_hmac`], [`setup_text_key`]) and `-k FILE` with
//! BIND's configuration grammar for `key "NAME" { algorithm ALG; secret
//! "BASE64"; };` (lib/isccfg's lexer and map parser, reproduced in
//! [`parse_key_file`]: comments `#`, `//`, `/* */`, quoted or bare
//! strings, `include`, and BIND's result for every way a file can be
//! wrong), after a legacy HMAC key pair (`Kname.+163+12345.key` and
//! `.private`, as dst_key_fromnamedfile() reads them; a pair of a
//! public-key algorithm is SIG(0), refused). Every outcome dig prints is a typed [`KeyError`] or [`Notice`]
//! that knows its exact text, its stream and whether dig stops (exit
//! status 1) or goes on unsigned.
//!
//! Data flows: dig's grammar (`cli::dig`) hands `-y`'s value and, through
//! the session (which does the file I/O: [`read_key_file`]), `-k`'s file
//! here; the resulting `wire::tsig::TsigKey` goes into the plan for the
//! engine to sign with, the notices and errors to the printer.

use std::fmt;

use crate::wire::Name;
use crate::wire::tsig::{Algorithm, TsigKey};

/// dig copies NAME, SECRET and the key file's name and secret into
/// 1024-byte buffers (MXNAME) with strlcpy(): longer text is cut to 1023
/// bytes.
pub const MAX_TEXT: usize = 1023;

/// Where dig prints a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Stdout,
    Stderr,
}

/// A failure while setting a key up, with dig's exact text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// `-y` with fewer than two fields: dig's usage() (the usage text on
    /// stderr, exit status 1).
    Usage,
    /// parse_hmac(): an algorithm text of 20 bytes or more. Fatal: stderr
    /// `dig: unknown key type 'ALG'`, exit status 1.
    UnknownKeyType(String),
    /// parse_bits() on the `-BITS` of `hmac-sha256-BITS`: stdout `invalid
    /// digest-bits [0..MAX] 'BITS': REASON` (REASON `not a valid number`
    /// or `out of range`), then fatal: stderr `dig: couldn't parse digest
    /// bits`, exit status 1.
    DigestBits { max: u32, value: String, reason: &'static str },
    /// read_confkey(): the key statement lacks `algorithm` or `secret`.
    /// Fatal: stderr `dig: key must have algorithm and secret`, exit
    /// status 1.
    MissingAlgorithmOrSecret,
    /// setup_text_key(): stdout `;; Couldn't create key NAME: REASON`
    /// (REASON `bad base64 encoding`, `algorithm is unsupported`, or the
    /// name's error: `empty label`, `label too long`, `ran out of space`,
    /// `bad escape`...). dig goes on unsigned and ends each reply's
    /// statistics with `;; WARNING -- TSIG key was not used.`; the exit
    /// status is not affected.
    CouldntCreate { name: String, reason: &'static str },
    /// setup_file_key(): stderr `Couldn't read key from FILE: REASON`
    /// (no `;;`; REASON `file not found`, `permission denied`, `not a
    /// file`, `not found` (no key statement), `unexpected token`,
    /// `failure`, `already exists` (two key statements), `unexpected end
    /// of input`...). dig goes on unsigned, without the "not used"
    /// warning (unless `-y` gave a secret too); the exit status is not
    /// affected.
    CouldntRead { file: String, reason: &'static str },
    /// A key pair file (`K<name>+<alg>+<id>.key/.private`) of a
    /// public-key algorithm: dig signs with SIG(0), which rlookup does not
    /// do. Not a BIND message: the grammar must refuse, as it refuses
    /// other unsupported options.
    Sig0Unsupported { file: String, algorithm: u8 },
}

impl KeyError {
    /// Whether dig stops here: Some(exit status).
    pub fn exit_status(&self) -> Option<i32> {
        match self {
            KeyError::Usage | KeyError::UnknownKeyType(_) | KeyError::DigestBits { .. } | KeyError::MissingAlgorithmOrSecret => Some(1),
            KeyError::Sig0Unsupported { .. } => Some(1),
            KeyError::CouldntCreate { .. } | KeyError::CouldntRead { .. } => None,
        }
    }

    /// What dig prints, line by line, in order (no newlines; the fatal
    /// ones with their `dig: `). [`KeyError::Usage`] is dig's usage text,
    /// left to the grammar (an empty list here).
    pub fn lines(&self) -> Vec<(Channel, String)> {
        match self {
            KeyError::Usage => Vec::new(),
            KeyError::DigestBits { max, value, reason } => vec![
                (Channel::Stdout, format!("invalid digest-bits [0..{max}] '{value}': {reason}")),
                (Channel::Stderr, format!("dig: {self}")),
            ],
            KeyError::UnknownKeyType(_) | KeyError::MissingAlgorithmOrSecret | KeyError::Sig0Unsupported { .. } => {
                vec![(Channel::Stderr, format!("dig: {self}"))]
            }
            KeyError::CouldntCreate { .. } => vec![(Channel::Stdout, self.to_string())],
            KeyError::CouldntRead { .. } => vec![(Channel::Stderr, self.to_string())],
        }
    }

    /// Whether, with no key made, dig ends each reply's statistics with
    /// `;; WARNING -- TSIG key was not used.` because of this (its
    /// `keysecret` is set). A CouldntRead does not, but a `-y` secret
    /// given with the `-k` still does.
    pub fn key_not_used_warning(&self) -> bool {
        matches!(self, KeyError::CouldntCreate { .. })
    }
}

/// The text dig prints: for a fatal error the message after `dig: `; for
/// the others the whole line.
impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Usage => f.write_str("usage"),
            KeyError::UnknownKeyType(alg) => write!(f, "unknown key type '{alg}'"),
            KeyError::DigestBits { .. } => f.write_str("couldn't parse digest bits"),
            KeyError::MissingAlgorithmOrSecret => f.write_str("key must have algorithm and secret"),
            KeyError::CouldntCreate { name, reason } => write!(f, ";; Couldn't create key {name}: {reason}"),
            KeyError::CouldntRead { file, reason } => write!(f, "Couldn't read key from {file}: {reason}"),
            KeyError::Sig0Unsupported { file, algorithm } => {
                write!(f, "-k: {file} is a SIG(0) key (algorithm {algorithm}); rlookup does not sign with SIG(0)")
            }
        }
    }
}

impl std::error::Error for KeyError {}

/// What dig says on the way that is not an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// parse_hmac() on an unknown algorithm: stderr `;; Warning, ignoring
    /// invalid TSIG algorithm ALG`.
    InvalidAlgorithm(String),
    /// A secret under 64 bits: BIND's log line on stderr, after its local
    /// time stamp `DD-Mon-YYYY HH:MM:SS.mmm `: `the key 'NAME' is too
    /// short to be secure` (NAME as given, without the final dot).
    TooShort(String),
    /// A legacy HMAC key pair file: BIND's log line on stderr, after its
    /// time stamp: `FILE: Use of K* file pairs for HMAC is deprecated`,
    /// then an empty line (the message ends in a newline of its own).
    KeyPairDeprecated(String),
    /// A non-fatal error: [`KeyError::CouldntCreate`] or
    /// [`KeyError::CouldntRead`].
    Error(KeyError),
}

impl Notice {
    pub fn channel(&self) -> Channel {
        match self {
            Notice::Error(KeyError::CouldntCreate { .. }) => Channel::Stdout,
            _ => Channel::Stderr,
        }
    }

    /// Whether BIND's log time stamp goes before the text.
    pub fn timestamped(&self) -> bool {
        matches!(self, Notice::TooShort(_) | Notice::KeyPairDeprecated(_))
    }
}

/// The line, without the time stamp of a log line.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::InvalidAlgorithm(alg) => write!(f, ";; Warning, ignoring invalid TSIG algorithm {alg}"),
            Notice::TooShort(name) => write!(f, "the key '{name}' is too short to be secure"),
            Notice::KeyPairDeprecated(file) => writeln!(f, "{file}: Use of K* file pairs for HMAC is deprecated"),
            Notice::Error(e) => e.fmt(f),
        }
    }
}

/// dig's `hmacname` and `digestbits` globals: the algorithm the key will
/// have. `-y`'s ALG and a key file's `algorithm` go through
/// [`HmacChoice::parse_hmac`]; `-y NAME:SECRET` sets [`HmacChoice::DEFAULT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HmacChoice {
    /// None until a valid algorithm was given (key creation then fails
    /// with `algorithm is unsupported`).
    pub algorithm: Option<Algorithm>,
    /// 0 for a full MAC; else rounded up to a multiple of 8.
    pub digest_bits: u16,
}

impl HmacChoice {
    /// `-y NAME:SECRET`: hmac-md5, full MAC.
    pub const DEFAULT: HmacChoice = HmacChoice { algorithm: Some(Algorithm::HmacMd5), digest_bits: 0 };

    /// parse_hmac() (case-insensitive): `hmac-md5`, `hmac-sha1`,
    /// `hmac-sha224`, `hmac-sha256`, `hmac-sha384`, `hmac-sha512`, each
    /// optionally `-BITS` (0 up to the digest's size; rounded up to a
    /// multiple of 8; 0 is the full MAC). The digest bits are reset first,
    /// even for an unknown algorithm, which keeps the previous algorithm
    /// and returns the warning dig prints. Fatal: 20 bytes or more, bad
    /// BITS.
    pub fn parse_hmac(&mut self, text: &str) -> Result<Option<Notice>, KeyError> {
        if text.len() >= 20 {
            return Err(KeyError::UnknownKeyType(text.to_string()));
        }
        self.digest_bits = 0;
        for alg in Algorithm::ALL {
            let name = alg.text();
            if text.eq_ignore_ascii_case(name) {
                self.algorithm = Some(alg);
                return Ok(None);
            }
            let prefix_len = name.len() + 1;
            if text.len() >= prefix_len
                && text.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && text.as_bytes()[name.len()] == b'-'
            {
                self.algorithm = Some(alg);
                let max = (alg.digest_len() * 8) as u32;
                let value = &text[prefix_len..];
                let bits = parse_uint32(value.as_bytes())
                    .and_then(|n| if n > max { Err("out of range") } else { Ok(n) })
                    .map_err(|reason| KeyError::DigestBits { max, value: value.to_string(), reason })?;
                self.digest_bits = ((bits + 7) & !7) as u16;
                return Ok(None);
            }
        }
        Ok(Some(Notice::InvalidAlgorithm(text.to_string())))
    }
}

/// isc_parse_uint32() in base 10: Err(BIND's text).
fn parse_uint32(s: &[u8]) -> Result<u32, &'static str> {
    const BAD: &str = "not a valid number";
    if !s.first().is_some_and(u8::is_ascii_alphanumeric) || !s.iter().all(u8::is_ascii_digit) {
        return Err(BAD);
    }
    let mut n: u64 = 0;
    for &d in s {
        n = n.saturating_mul(10).saturating_add(u64::from(d - b'0'));
    }
    u32::try_from(n).map_err(|_| "out of range")
}

/// dig's `-y` value split as strtok_r() splits it: runs of `:` separate
/// fields, leading ones are skipped; with three or more fields the first
/// is the algorithm and the rest after the second `:` (colons and all) the
/// secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YValue {
    /// ALG, if given (three fields): for [`HmacChoice::parse_hmac`];
    /// without it dig uses [`HmacChoice::DEFAULT`].
    pub algorithm: Option<String>,
    pub name: String,
    pub secret: String,
}

/// Splits `-y`'s value; fewer than two fields is dig's usage error.
pub fn split_y(value: &str) -> Result<YValue, KeyError> {
    let b = value.as_bytes();
    let token = |from: usize| -> Option<(usize, usize)> {
        let start = from + b[from..].iter().take_while(|&&c| c == b':').count();
        if start >= b.len() {
            return None;
        }
        let end = start + b[start..].iter().take_while(|&&c| c != b':').count();
        Some((start, end))
    };
    let (s1, e1) = token(0).ok_or(KeyError::Usage)?;
    let (s2, e2) = token(e1).ok_or(KeyError::Usage)?;
    // strtok_r(NULL, ""): what follows the separator after field 2, if
    // anything.
    let rest = (e2 < b.len() && e2 + 1 < b.len()).then(|| &value[e2 + 1..]);
    Ok(match rest {
        Some(rest) => YValue { algorithm: Some(value[s1..e1].to_string()), name: value[s2..e2].to_string(), secret: rest.to_string() },
        None => YValue { algorithm: None, name: value[s1..e1].to_string(), secret: value[s2..e2].to_string() },
    })
}

/// A key made, and what dig said making it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySetup {
    /// The key; None when dig goes on unsigned.
    pub key: Option<TsigKey>,
    /// In the order dig prints them.
    pub notices: Vec<Notice>,
    /// dig's `keysecret` is set (from a key file's secret): with no key,
    /// `;; WARNING -- TSIG key was not used.` follows each reply's
    /// statistics.
    pub secret_given: bool,
}

/// Cuts `s` to dig's buffer (and at a NUL, as C strings end there): at
/// most [`MAX_TEXT`] of the bytes it was typed with (rawtext).
fn c_text(s: &str) -> String {
    let bytes = crate::rawtext::encode(s.split('\0').next().unwrap_or(""));
    crate::rawtext::decode(&bytes[..bytes.len().min(MAX_TEXT)])
}

/// setup_text_key() (and dns_tsigkey_create()): the secret decoded as
/// base64, the algorithm dig chose, the name parsed relative to the root.
/// NAME and SECRET are cut to [`MAX_TEXT`] bytes first, as dig's buffers
/// cut them. Err is dig's `;; Couldn't create key NAME: X` (it goes on
/// unsigned); a secret under 64 bits makes the key with a
/// [`Notice::TooShort`].
pub fn setup_text_key(name: &str, secret: &str, hmac: HmacChoice) -> Result<(TsigKey, Option<Notice>), KeyError> {
    let name = c_text(name);
    let secret = c_text(secret);
    let fail = |reason: &'static str| KeyError::CouldntCreate { name: name.to_string(), reason };
    let secret = isc_base64_decodestring(&crate::rawtext::encode(&secret)).ok_or_else(|| fail("bad base64 encoding"))?;
    let algorithm = hmac.algorithm.ok_or_else(|| fail("algorithm is unsupported"))?;
    let keyname = Name::from_text(&name, Some(&Name::root())).map_err(|e| fail(e.text()))?;
    let key = TsigKey::new(&keyname, algorithm, secret, hmac.digest_bits);
    let notice = key.is_too_short().then(|| Notice::TooShort(keyname.to_text(true)));
    Ok((key, notice))
}

/// isc_base64_decodestring(): spaces, tabs and line ends ignored, padding
/// required, nothing after it, the unused bits zero.
pub fn isc_base64_decodestring(s: &[u8]) -> Option<Vec<u8>> {
    static BASE64: std::sync::LazyLock<data_encoding::Encoding> = std::sync::LazyLock::new(|| {
        let mut spec = data_encoding::BASE64.specification();
        spec.ignore.push_str(" \t\n\r");
        spec.check_trailing_bits = true;
        spec.encoding().expect("a valid base64 specification")
    });
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
    if let Some(pad) = s.iter().position(|&c| c == b'=')
        && s[pad..].iter().any(|c| *c != b'=' && !is_space(c))
    {
        return None;
    }
    BASE64.decode(s).ok()
}

/// dig's `-y VALUE` from start to end: split, parse_hmac() (on `hmac`,
/// dig's state so far: a second `-y` starts from what the first left),
/// setup_text_key(). Ok carries the notices (an ignored algorithm) and
/// the key or the non-fatal `;; Couldn't create key` error.
///
/// dig does the first two while it reads its options (a fatal ALG stops
/// it there, before later options are looked at) and the last after all
/// of them, only if no `-k` was given: a grammar that must be exact calls
/// [`split_y`] and [`HmacChoice::parse_hmac`] in place and
/// [`setup_text_key`] (or [`read_key_file`]) at the end.
pub fn key_from_y(value: &str, hmac: &mut HmacChoice) -> Result<KeySetup, KeyError> {
    let y = split_y(value)?;
    let mut notices = Vec::new();
    match &y.algorithm {
        Some(alg) => notices.extend(hmac.parse_hmac(alg)?),
        None => *hmac = HmacChoice::DEFAULT,
    }
    Ok(finish_text_key(&y.name, &y.secret, *hmac, notices))
}

fn finish_text_key(name: &str, secret: &str, hmac: HmacChoice, mut notices: Vec<Notice>) -> KeySetup {
    let secret_given = !c_text(secret).is_empty();
    match setup_text_key(name, secret, hmac) {
        Ok((key, notice)) => {
            notices.extend(notice);
            KeySetup { key: Some(key), notices, secret_given }
        }
        Err(e) => {
            notices.push(Notice::Error(e));
            KeySetup { key: None, notices, secret_given }
        }
    }
}

/// A `key` statement as BIND's parser returns it (cfg_obj_asstring() of
/// each: C strings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyStatement {
    pub name: String,
    pub algorithm: Option<String>,
    pub secret: Option<String>,
}

/// isc_result_totext() of the errors reading and parsing a file.
pub type ResultText = &'static str;

const UNEXPECTED_TOKEN: ResultText = "unexpected token";
const UNEXPECTED_END: ResultText = "unexpected end of input";
const FAILURE: ResultText = "failure";
const EXISTS: ResultText = "already exists";
const NOT_FOUND: ResultText = "not found";
const FILE_NOT_FOUND: ResultText = "file not found";

/// isc__errno2result() as text.
pub fn io_error_text(e: &std::io::Error) -> ResultText {
    match e.raw_os_error() {
        Some(libc::ENOTDIR | libc::ELOOP | libc::EINVAL | libc::ENAMETOOLONG | libc::EBADF) => "invalid file",
        Some(libc::EISDIR) => "not a file",
        Some(libc::ENOENT) => FILE_NOT_FOUND,
        Some(libc::EACCES | libc::EPERM | libc::EROFS) => "permission denied",
        Some(libc::EEXIST) => "file already exists",
        Some(libc::EIO) => "I/O error",
        Some(libc::ENOMEM) => "out of memory",
        Some(libc::ENFILE | libc::EMFILE) => "too many open files",
        Some(libc::EDQUOT) => "disc quota",
        Some(libc::ENOSPC) => "disc full",
        Some(libc::EOVERFLOW) => "out of range",
        _ => match e.kind() {
            std::io::ErrorKind::NotFound => FILE_NOT_FOUND,
            std::io::ErrorKind::PermissionDenied => "permission denied",
            _ => "unexpected error",
        },
    }
}

/// Reads a file as BIND's parser does (isc_file_exists(), then open and
/// read): Err(result text).
pub fn read_file(path: &str) -> Result<Vec<u8>, ResultText> {
    // The name's bytes, as typed (rawtext).
    let path = crate::rawtext::to_os(path);
    if std::fs::metadata(&path).is_err() {
        return Err(FILE_NOT_FOUND);
    }
    std::fs::read(path).map_err(|e| io_error_text(&e))
}

/// The key statement of a key file (cfg_parse_file() with
/// cfg_type_sessionkey, then cfg_map_get(file, "key")): Ok(None) when the
/// file has none (dig: `not found`); Err(result text) for BIND's parse
/// errors. `include "FILE";` statements read FILE through `read`
/// (relative to the working directory, as BIND opens them; no glob
/// patterns).
pub fn parse_key_file(text: &[u8], read: &mut dyn FnMut(&str) -> Result<Vec<u8>, ResultText>) -> Result<Option<KeyStatement>, ResultText> {
    let mut p = Parser { lexer: Lexer { sources: vec![Source { text: text.to_vec(), pos: 0 }], seen_eof: false }, errors: 0, read };
    let result = p.mapbody(&TOP);
    if p.errors != 0 {
        return Err(result.err().unwrap_or(FAILURE));
    }
    let map = result?;
    // parse_eof()
    let tok = p.lexer.get(false).inspect_err(|_| p.errors += 1)?;
    if tok != Token::Eof {
        return Err(UNEXPECTED_TOKEN);
    }
    Ok(map.key)
}

/// read_confkey() and setup_file_key() for `-k FILE`: the file read (with
/// `read`, BIND's reading, see [`read_file`]), its first and only key
/// statement parsed, its algorithm through parse_hmac() (starting from
/// dig's state, `hmac`: an invalid algorithm keeps what `-y` set), and
/// setup_text_key(). A legacy HMAC key pair (`Kname.+163+12345.key` and
/// `.private`) is read as BIND's dst_key_fromnamedfile() would.
///
/// Ok carries the key or a non-fatal error among the notices; Err is
/// fatal (dig stops, exit status 1).
pub fn key_from_file(
    file: &str,
    hmac: &mut HmacChoice,
    read: &mut dyn FnMut(&str) -> Result<Vec<u8>, ResultText>,
) -> Result<KeySetup, KeyError> {
    match read_key_pair(file, read) {
        Some(KeyPair::Hmac { key, notices }) => {
            return Ok(KeySetup { key: Some(key), notices, secret_given: false });
        }
        Some(KeyPair::Sig0 { algorithm }) => {
            return Err(KeyError::Sig0Unsupported { file: file.to_string(), algorithm });
        }
        None => {}
    }
    let couldnt_read = |reason| KeySetup {
        key: None,
        notices: vec![Notice::Error(KeyError::CouldntRead { file: c_text(file).to_string(), reason })],
        secret_given: false,
    };
    let text = match read(file) {
        Ok(t) => t,
        Err(reason) => return Ok(couldnt_read(reason)),
    };
    let stmt = match parse_key_file(&text, read) {
        Ok(Some(s)) => s,
        Ok(None) => return Ok(couldnt_read(NOT_FOUND)),
        Err(reason) => return Ok(couldnt_read(reason)),
    };
    let (Some(algorithm), Some(secret)) = (stmt.algorithm, stmt.secret) else {
        return Err(KeyError::MissingAlgorithmOrSecret);
    };
    let notices: Vec<Notice> = hmac.parse_hmac(&algorithm)?.into_iter().collect();
    Ok(finish_text_key(&stmt.name, &secret, *hmac, notices))
}

/// [`key_from_file`] reading the real file system.
pub fn read_key_file(file: &str, hmac: &mut HmacChoice) -> Result<KeySetup, KeyError> {
    key_from_file(file, hmac, &mut read_file)
}

/// A token of isc_lex as lib/isccfg configures it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A bare string (isc_tokentype_string).
    Str(Vec<u8>),
    /// A quoted string, quotes removed, `\"` made `"` (other escapes kept
    /// as they are).
    QStr(Vec<u8>),
    /// One of `{ } ; / " !`.
    Special(u8),
    Eof,
}

/// One open file: the lexer reads the innermost first.
struct Source {
    text: Vec<u8>,
    pos: usize,
}

/// isc_lex with cfg_parser_create()'s settings: specials `{};/"!`, C, C++
/// and shell comments, quoted strings only where asked (and then over
/// several lines).
struct Lexer {
    sources: Vec<Source>,
    /// pctx->seen_eof: once the end of the last file was returned, every
    /// read returns it again and nothing can be put back.
    seen_eof: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LexState {
    Start,
    Str,
    MaybeComment,
    CComment,
    CCommentEnd,
    EatLine,
    QStr,
}

fn special(c: u8) -> bool {
    matches!(c, b'{' | b'}' | b';' | b'/' | b'"' | b'!')
}

impl Lexer {
    /// cfg_gettoken(): the next token (`qstring`: CFG_LEXOPT_QSTRING);
    /// the end of an included file goes on with the file around it.
    fn get(&mut self, qstring: bool) -> Result<Token, ResultText> {
        self.get_at(qstring).map(|(t, _)| t)
    }

    /// `get`, and where the token started, for `unget`.
    fn get_at(&mut self, qstring: bool) -> Result<(Token, usize), ResultText> {
        loop {
            if self.seen_eof {
                return Ok((Token::Eof, 0));
            }
            let Some(src) = self.sources.last_mut() else {
                self.seen_eof = true;
                return Ok((Token::Eof, 0));
            };
            let (tok, start) = lex(src, qstring)?;
            if tok == Token::Eof {
                if self.sources.len() > 1 {
                    self.sources.pop();
                    continue;
                }
                self.seen_eof = true;
            }
            return Ok((tok, start));
        }
    }

    /// cfg_peektoken(): the next token, left where it is.
    fn peek(&mut self, qstring: bool) -> Result<Token, ResultText> {
        let (tok, start) = self.get_at(qstring)?;
        self.unget(start);
        Ok(tok)
    }

    /// cfg_ungettoken(): back to where the token started (it is read
    /// again, possibly with other options).
    fn unget(&mut self, start: usize) {
        if self.seen_eof {
            return;
        }
        if let Some(src) = self.sources.last_mut() {
            src.pos = start;
        }
    }
}

/// isc_lex_gettoken() on one source.
fn lex(src: &mut Source, qstring: bool) -> Result<(Token, usize), ResultText> {
    let mut state = LexState::Start;
    let mut saved = LexState::Start;
    let mut no_comments = false;
    let mut escaped = false;
    let mut buf: Vec<u8> = Vec::new();
    let mut start = src.pos;
    loop {
        // None: the end of the text.
        let mut c = src.text.get(src.pos).copied();
        if state == LexState::Start {
            start = src.pos;
        }
        if c.is_some() {
            src.pos += 1;
        }
        if !no_comments {
            if c == Some(b'/') {
                saved = state;
                state = LexState::MaybeComment;
                no_comments = true;
                continue;
            }
            if c == Some(b'#') {
                saved = state;
                state = LexState::EatLine;
                no_comments = true;
                continue;
            }
        }
        // The character goes through the state machine, possibly twice
        // (`no_read` in lex.c).
        loop {
            match state {
                LexState::Start => match c {
                    None => return Ok((Token::Eof, start)),
                    Some(b' ' | b'\t' | b'\n' | b'\r') => {}
                    Some(b'"') if qstring => {
                        no_comments = true;
                        state = LexState::QStr;
                    }
                    Some(ch) if special(ch) => return Ok((Token::Special(ch), start)),
                    Some(_) => {
                        state = LexState::Str;
                        continue;
                    }
                },
                LexState::Str => match c {
                    None | Some(b'\r' | b'\n' | b' ' | b'\t') => {
                        if c.is_some() {
                            src.pos -= 1;
                        }
                        return Ok((Token::Str(buf), start));
                    }
                    Some(ch) if special(ch) => {
                        src.pos -= 1;
                        return Ok((Token::Str(buf), start));
                    }
                    Some(ch) => buf.push(ch),
                },
                LexState::MaybeComment => match c {
                    Some(b'*') => state = LexState::CComment,
                    Some(b'/') => state = LexState::EatLine,
                    _ => {
                        if c.is_some() {
                            src.pos -= 1;
                        }
                        c = Some(b'/');
                        no_comments = false;
                        state = saved;
                        continue;
                    }
                },
                LexState::CComment => match c {
                    None => return Err(UNEXPECTED_END),
                    Some(b'*') => state = LexState::CCommentEnd,
                    Some(_) => {}
                },
                LexState::CCommentEnd => match c {
                    None => return Err(UNEXPECTED_END),
                    // A comment is a space: it ends a string.
                    Some(b'/') => {
                        c = Some(b' ');
                        no_comments = false;
                        state = saved;
                        continue;
                    }
                    Some(b'*') => {}
                    Some(_) => state = LexState::CComment,
                },
                LexState::EatLine => {
                    if matches!(c, None | Some(b'\n')) {
                        no_comments = false;
                        state = saved;
                        continue;
                    }
                }
                LexState::QStr => match c {
                    None => return Err(UNEXPECTED_END),
                    Some(b'"') if escaped => {
                        escaped = false;
                        // The backslash before it becomes the quote.
                        if let Some(last) = buf.last_mut() {
                            *last = b'"';
                        }
                    }
                    Some(b'"') => return Ok((Token::QStr(buf), start)),
                    Some(ch) => {
                        escaped = ch == b'\\' && !escaped;
                        buf.push(ch);
                    }
                },
            }
            break;
        }
    }
}

/// A clause of a map body and how its value parses.
#[derive(Clone, Copy)]
enum ClauseType {
    /// cfg_type_key: a named map (the name an astring) of KEY_CLAUSES.
    KeyMap,
    /// cfg_type_astring / cfg_type_sstring: a bare or quoted string.
    String,
}

struct Clauses {
    names: &'static [(&'static str, ClauseType)],
}

/// cfg_type_sessionkey's clauses: one `key` (not a multi-valued clause: a
/// second one is `already exists`).
const TOP: Clauses = Clauses { names: &[("key", ClauseType::KeyMap)] };
/// key_clauses.
const KEY_CLAUSES: Clauses = Clauses { names: &[("algorithm", ClauseType::String), ("secret", ClauseType::String)] };

/// A parsed map body: what the two grammars here keep.
#[derive(Default)]
struct Map {
    key: Option<KeyStatement>,
    strings: Vec<(&'static str, String)>,
}

/// lib/isccfg/parser.c, the parts `key` statements use. Every
/// cfg_parser_error() counts in `errors`; parse2() turns a success with
/// errors into `failure`.
struct Parser<'r> {
    lexer: Lexer,
    errors: u32,
    read: &'r mut dyn FnMut(&str) -> Result<Vec<u8>, ResultText>,
}

/// cfg_obj_asstring(): a C string (its bytes kept: rawtext).
fn c_string(b: &[u8]) -> String {
    let b = b.split(|&c| c == 0).next().unwrap_or(&[]);
    crate::rawtext::decode(b)
}

impl Parser<'_> {
    /// cfg_gettoken(): a lexer error is a parser error too.
    fn get(&mut self, qstring: bool) -> Result<(Token, usize), ResultText> {
        self.lexer.get_at(qstring).inspect_err(|_| self.errors += 1)
    }

    fn peek(&mut self, qstring: bool) -> Result<Token, ResultText> {
        self.lexer.peek(qstring).inspect_err(|_| self.errors += 1)
    }

    /// cfg_parse_mapbody().
    fn mapbody(&mut self, clauses: &Clauses) -> Result<Map, ResultText> {
        let mut map = Map::default();
        loop {
            let (tok, start) = self.get(false)?;
            let Token::Str(word) = tok else {
                self.lexer.unget(start);
                break;
            };
            if word.eq_ignore_ascii_case(b"include") {
                let (tok, _) = self.get(true)?;
                let Token::QStr(file) = tok else {
                    self.errors += 1;
                    return Err(UNEXPECTED_TOKEN);
                };
                self.semicolon()?;
                let file = c_string(&file);
                match (self.read)(&file) {
                    Ok(text) => self.lexer.sources.push(Source { text, pos: 0 }),
                    Err(e) => {
                        self.errors += 1;
                        return Err(e);
                    }
                }
                continue;
            }
            let Some(&(name, ty)) = clauses.names.iter().find(|(n, _)| word.eq_ignore_ascii_case(n.as_bytes())) else {
                // "unknown option": skipped, but an error.
                self.errors += 1;
                self.unsupported()?;
                self.semicolon()?;
                continue;
            };
            let defined = match ty {
                ClauseType::KeyMap => map.key.is_some(),
                ClauseType::String => map.strings.iter().any(|(n, _)| *n == name),
            };
            if defined {
                self.errors += 1;
                return Err(EXISTS);
            }
            match ty {
                ClauseType::KeyMap => {
                    let id = self.string()?;
                    self.special(b'{')?;
                    let body = self.mapbody(&KEY_CLAUSES)?;
                    self.special(b'}')?;
                    let get = |n: &str| body.strings.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone());
                    map.key = Some(KeyStatement { name: id, algorithm: get("algorithm"), secret: get("secret") });
                }
                ClauseType::String => {
                    let v = self.string()?;
                    map.strings.push((name, v));
                }
            }
            self.semicolon()?;
        }
        Ok(map)
    }

    /// cfg_getstringtoken(): a bare or quoted string.
    fn string(&mut self) -> Result<String, ResultText> {
        match self.get(true)?.0 {
            Token::Str(s) | Token::QStr(s) => Ok(c_string(&s)),
            _ => {
                self.errors += 1;
                Err(UNEXPECTED_TOKEN)
            }
        }
    }

    /// cfg_parse_special().
    fn special(&mut self, want: u8) -> Result<(), ResultText> {
        if self.get(false)?.0 == Token::Special(want) {
            return Ok(());
        }
        self.errors += 1;
        Err(UNEXPECTED_TOKEN)
    }

    /// parse_semicolon(): a missing `;` is an error, but parsing goes on
    /// with the token put back.
    fn semicolon(&mut self) -> Result<(), ResultText> {
        let (tok, start) = self.get(false)?;
        if tok != Token::Special(b';') {
            self.errors += 1;
            self.lexer.unget(start);
        }
        Ok(())
    }

    /// parse_unsupported(): tokens up to a `;` outside braces.
    fn unsupported(&mut self) -> Result<(), ResultText> {
        let mut braces = 0i32;
        loop {
            let tok = self.peek(false)?;
            match tok {
                Token::Special(b'{') => braces += 1,
                Token::Special(b'}') => braces -= 1,
                Token::Special(b';') if braces == 0 => break,
                _ => {}
            }
            if tok == Token::Eof || braces < 0 {
                self.errors += 1;
                return Err(UNEXPECTED_TOKEN);
            }
            // parse_token(): read again, quoted strings whole.
            if self.get(true)?.0 == Token::Eof {
                return Err("end of file");
            }
        }
        Ok(())
    }
}

/// What dst_key_fromnamedfile() makes of a key pair.
#[derive(Debug, Clone, PartialEq, Eq)]
enum KeyPair {
    /// A legacy HMAC key pair: a TSIG key (the owner of the KEY record its
    /// name, the private file's `Key:` its secret and `Bits:` its digest
    /// bits).
    Hmac { key: TsigKey, notices: Vec<Notice> },
    /// A public-key algorithm: dig would sign with SIG(0).
    Sig0 { algorithm: u8 },
}

/// The HMAC algorithms' numbers in key files (DST_ALG_HMAC*).
fn hmac_from_number(n: u8) -> Option<Algorithm> {
    Some(match n {
        157 => Algorithm::HmacMd5,
        161 => Algorithm::HmacSha1,
        162 => Algorithm::HmacSha224,
        163 => Algorithm::HmacSha256,
        164 => Algorithm::HmacSha384,
        165 => Algorithm::HmacSha512,
        _ => return None,
    })
}

/// dst_key_fromnamedfile(FILE, DST_TYPE_PRIVATE | DST_TYPE_KEY), which
/// dig tries before the configuration format: FILE without its `.key`,
/// `.private` or final `.`, then `.key` holds a KEY record (`NAME [TTL]
/// [CLASS] KEY FLAGS PROTOCOL ALGORITHM DATA`) and `.private` the secret.
/// None when that fails in any way (dig then reads FILE as a key
/// statement). Simplified from BIND: FLAGS, PROTOCOL and ALGORITHM must
/// be numbers (as dnssec-keygen writes them), the private file's other
/// fields are not checked, and a public-key algorithm is recognised by
/// its private file's `Private-key-format:` and `Algorithm:` lines alone.
fn read_key_pair(file: &str, read: &mut dyn FnMut(&str) -> Result<Vec<u8>, ResultText>) -> Option<KeyPair> {
    let stem = if file.len() > 1 && file.ends_with('.') {
        &file[..file.len() - 1]
    } else if file.len() > 8 && file.ends_with(".private") {
        &file[..file.len() - 8]
    } else if file.len() > 4 && file.ends_with(".key") {
        &file[..file.len() - 4]
    } else {
        file
    };
    let public = read(&format!("{stem}.key")).ok()?;
    // Its bytes kept (rawtext): the owner name's go into the key's name.
    let public = crate::rawtext::decode(&public);
    // Master-file text: `;` comments, parentheses for line breaks.
    let words: Vec<&str> = public
        .lines()
        .map(|l| l.split(';').next().unwrap_or(""))
        .flat_map(|l| l.split(|c: char| c.is_ascii_whitespace() || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut w = words.iter().copied();
    let owner = w.next().filter(|o| *o != "@")?;
    let owner = Name::from_text(owner, Some(&Name::root())).ok()?;
    let mut next = w.next()?;
    if is_ttl(next) {
        next = w.next()?;
    }
    if is_class(next) {
        next = w.next()?;
    }
    if !next.eq_ignore_ascii_case("KEY") {
        return None;
    }
    let flags: u16 = w.next()?.parse().ok()?;
    let _protocol: u8 = w.next()?.parse().ok()?;
    let algorithm: u8 = w.next()?.parse().ok()?;
    let data = isc_base64_decodestring(w.collect::<String>().as_bytes())?;
    // DNS_KEYTYPE_NOKEY: a public key only, nothing dig can sign with.
    if flags & 0xc000 == 0xc000 {
        return None;
    }
    let private_file = format!("{stem}.private");
    let private = read(&private_file).ok()?;
    let private = String::from_utf8_lossy(&private);
    let mut fields = private.lines().filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim(), v.trim()));
    let (tag, version) = fields.next()?;
    if tag != "Private-key-format" || !version.starts_with("v1.") {
        return None;
    }
    let mut secret = None;
    let mut bits = 0u16;
    let mut alg_seen = false;
    for (tag, value) in fields {
        match tag {
            "Algorithm" => alg_seen = value.split_whitespace().next()?.parse::<u8>().ok()? == algorithm,
            "Key" => secret = Some(isc_base64_decodestring(value.as_bytes())?),
            "Bits" => {
                let b = isc_base64_decodestring(value.as_bytes())?;
                bits = u16::from_be_bytes(b.try_into().ok()?);
            }
            _ => {}
        }
    }
    if !alg_seen {
        return None;
    }
    let Some(alg) = hmac_from_number(algorithm) else {
        return Some(KeyPair::Sig0 { algorithm });
    };
    // The private key must be the public one (BIND compares their key ids).
    let secret = secret.filter(|s| *s == data)?;
    let key = TsigKey::new(&owner, alg, secret, bits);
    let mut notices = vec![Notice::KeyPairDeprecated(private_file)];
    if key.is_too_short() {
        notices.push(Notice::TooShort(owner.to_text(true)));
    }
    Some(KeyPair::Hmac { key, notices })
}

/// dns_ttl_fromtext(): a number, or numbers with units (`1h30m`).
fn is_ttl(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return false;
    }
    if b.iter().all(u8::is_ascii_digit) {
        return true;
    }
    let mut digits = false;
    for &c in b {
        match c {
            b'0'..=b'9' => digits = true,
            b'w' | b'W' | b'd' | b'D' | b'h' | b'H' | b'm' | b'M' | b's' | b'S' if digits => digits = false,
            _ => return false,
        }
    }
    !digits
}

/// dns_rdataclass_fromtext().
fn is_class(w: &str) -> bool {
    ["IN", "CH", "CHAOS", "HS", "HESIOD", "NONE", "ANY", "RESERVED0"].iter().any(|c| w.eq_ignore_ascii_case(c))
        || (w.len() > 5 && w[..5].eq_ignore_ascii_case("CLASS") && w[5..].bytes().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
