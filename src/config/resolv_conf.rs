//! /etc/resolv.conf as BIND's clients read it: libirs' irs_resconf_load()
//! (lib/irs/resconf.c), ported character for character.
//!
//! Why by hand rather than hickory-resolver's parser (used here before):
//! dig, nslookup and delv accept and refuse exactly what libirs does, and
//! take the file's bytes as they are. hickory turned the search domains
//! into its own names (a domain with a byte that is not UTF-8 lost the
//! whole search list; `x\046y.lab` made the file fail), accepted lines
//! libirs refuses ("parse of /etc/resolv.conf failed") and refused some it
//! takes. What libirs does, and this module with it:
//! - words are split at ASCII white space; `#` or `;` where a word could
//!   start comments out the rest of the line; a keyword it does not know
//!   skips its line;
//! - `nameserver ADDR`: one numeric address (getaddrinfo with
//!   AI_NUMERICHOST: `127.1` and `0x7f.0.0.1` are 127.0.0.1, `fe80::1%lo`
//!   a scoped address) and nothing after it but a comment; at most 3
//!   (later ones are not even read); `0.0.0.0` means 127.0.0.1; none at all
//!   means ::1 and 127.0.0.1;
//! - `domain NAME` / `search NAME...`: the last of them wins; at most 8
//!   search domains; the names are kept as bytes ([`crate::rawtext`]);
//! - `options`: `ndots:N`, `attempts:N`, `timeout:N` (0 to 255, as strtol
//!   reads them), `debug`; anything else is ignored;
//! - `sortlist ADDR[/MASK]...`: checked (at most 10, inet_pton), unused;
//! - an error anywhere (a keyword with nothing after it, junk after a
//!   nameserver's address or a domain, a bad address, an option out of
//!   range) makes the whole file unusable.
//!
//! Output: a `ResolvConf`, read by the dialect sessions.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

/// What BIND takes from resolv.conf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvConf {
    /// Name servers in file order (port 53).
    pub nameservers: Vec<IpAddr>,
    /// True when the file named no server and the libirs fallback
    /// (::1, 127.0.0.1) is in use.
    pub fallback: bool,
    /// The search list as written (e.g. "example.com", "." for the root),
    /// each domain's bytes kept ([`crate::rawtext`]).
    pub search: Vec<String>,
    pub ndots: u32,
    /// Seconds; 0 = the client's default.
    pub timeout: u32,
    pub attempts: u32,
}

/// RESCONFMAXNAMESERVERS, RESCONFMAXSEARCH, RESCONFMAXSORTLIST and
/// RESCONFMAXLINELEN (the size of libirs' word buffers).
const MAX_NAMESERVERS: usize = 3;
const MAX_SEARCH: usize = 8;
const MAX_SORTLIST: usize = 10;
const WORD_SIZE: usize = 256;

impl Default for ResolvConf {
    /// What libirs uses when the file does not exist.
    fn default() -> Self {
        ResolvConf { nameservers: fallback_servers(), fallback: true, search: Vec::new(), ndots: 1, timeout: 0, attempts: 3 }
    }
}

fn fallback_servers() -> Vec<IpAddr> {
    vec![IpAddr::V6(Ipv6Addr::LOCALHOST), IpAddr::V4(Ipv4Addr::LOCALHOST)]
}

/// Why a resolv.conf could not be used (BIND: "parse of /etc/resolv.conf
/// failed"): the first error libirs met, as isc_result_totext() names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvConfError(pub String);

impl std::fmt::Display for ResolvConfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ResolvConfError {}

/// libirs' results, by their isc_result_totext() text.
const UNEXPECTED_END: &str = "unexpected end of input";
const UNEXPECTED_TOKEN: &str = "unexpected token";
const BAD_ADDRESS_FORM: &str = "bad address form";
const RANGE: &str = "out of range";
const QUOTA: &str = "quota reached";

fn fail<T>(text: &str) -> Result<T, ResolvConfError> {
    Err(ResolvConfError(text.to_string()))
}

impl ResolvConf {
    /// Reads the file; a missing file is the libirs default, not an error.
    pub fn load(path: &Path) -> Result<ResolvConf, ResolvConfError> {
        match std::fs::read(path) {
            Ok(bytes) => ResolvConf::parse(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ResolvConf::default()),
            Err(e) => Err(ResolvConfError(format!("{}: {e}", path.display()))),
        }
    }

    /// irs_resconf_load() on the file's bytes.
    pub fn parse(bytes: &[u8]) -> Result<ResolvConf, ResolvConfError> {
        let mut f = Chars { bytes, pos: 0 };
        let mut conf = Loading::default();
        let mut first_error = None;
        loop {
            let (word, stop) = f.getword();
            let Some(stop) = stop else { break };
            let done = match word.as_slice() {
                b"" => Ok(()),
                b"nameserver" => conf.nameserver(&mut f),
                b"domain" => conf.domain(&mut f),
                b"search" => conf.search(&mut f),
                b"sortlist" => conf.sortlist(&mut f),
                b"options" => conf.options(&mut f),
                // An unknown keyword: the rest of its line is skipped.
                _ => {
                    if stop != b'\n' && f.eatline().is_none() {
                        break;
                    }
                    Ok(())
                }
            };
            if let Err(e) = done {
                first_error.get_or_insert(e);
            }
        }
        if let Some(e) = first_error {
            return Err(e);
        }
        let search = match conf.domain {
            Some(d) => vec![d],
            None => conf.search,
        };
        let search = search.iter().map(|w| crate::rawtext::decode(w)).collect();
        let fallback = conf.nameservers.is_empty();
        let nameservers = if fallback { fallback_servers() } else { conf.nameservers };
        Ok(ResolvConf {
            nameservers,
            fallback,
            search,
            ndots: u32::from(conf.ndots),
            timeout: u32::from(conf.timeout),
            attempts: u32::from(conf.attempts),
        })
    }
}

/// The file read a byte at a time, as libirs reads it with fgetc(); None
/// is EOF.
struct Chars<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// isspace() in the C locale.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

impl Chars<'_> {
    fn getc(&mut self) -> Option<u8> {
        let c = self.bytes.get(self.pos).copied();
        self.pos += usize::from(c.is_some());
        c
    }

    /// eatline(): to the end of the line; the newline, or EOF.
    fn eatline(&mut self) -> Option<u8> {
        loop {
            match self.getc() {
                Some(b'\n') => return Some(b'\n'),
                None => return None,
                Some(_) => {}
            }
        }
    }

    /// eatwhite(): white space up to a newline or anything else, a comment
    /// counting as white space; the last character read.
    fn eatwhite(&mut self) -> Option<u8> {
        let mut ch = self.getc();
        while ch.is_some_and(|c| c != b'\n' && is_space(c)) {
            ch = self.getc();
        }
        if matches!(ch, Some(b';' | b'#')) {
            ch = self.eatline();
        }
        ch
    }

    /// getword(): the next word and the character that ended it (None at
    /// EOF, and when the word does not fit libirs' buffer).
    fn getword(&mut self) -> (Vec<u8>, Option<u8>) {
        let mut word = Vec::new();
        let mut ch = self.eatwhite();
        loop {
            let Some(c) = ch.filter(|&c| !is_space(c)) else { return (word, ch) };
            if word.len() == WORD_SIZE - 1 {
                return (word, None);
            }
            word.push(c);
            ch = self.getc();
        }
    }

    /// A keyword's one value (`nameserver`, `domain`): a word, then nothing
    /// but white space or a comment to the end of the line.
    fn only_word(&mut self) -> Result<Vec<u8>, ResolvConfError> {
        let (word, mut stop) = self.getword();
        if word.is_empty() {
            return fail(UNEXPECTED_END);
        }
        if matches!(stop, Some(b' ' | b'\t')) {
            stop = self.eatwhite();
        }
        if stop.is_some_and(|c| c != b'\n') {
            return fail(UNEXPECTED_TOKEN);
        }
        Ok(word)
    }

    /// A keyword's list of values (`search`, `sortlist`, `options`): each
    /// word to the end of the line, at least one.
    fn each_word(&mut self, mut each: impl FnMut(Vec<u8>) -> Result<(), ResolvConfError>) -> Result<(), ResolvConfError> {
        let (mut word, mut stop) = self.getword();
        if word.is_empty() {
            return fail(UNEXPECTED_END);
        }
        while !word.is_empty() {
            each(word)?;
            if matches!(stop, None | Some(b'\n')) {
                break;
            }
            (word, stop) = self.getword();
        }
        Ok(())
    }
}

/// irs_resconf_t as the file fills it in.
struct Loading {
    nameservers: Vec<IpAddr>,
    domain: Option<Vec<u8>>,
    search: Vec<Vec<u8>>,
    sortlist: usize,
    ndots: u8,
    attempts: u8,
    timeout: u8,
}

impl Default for Loading {
    fn default() -> Self {
        Loading { nameservers: Vec::new(), domain: None, search: Vec::new(), sortlist: 0, ndots: 1, attempts: 3, timeout: 0 }
    }
}

impl Loading {
    /// resconf_parsenameserver().
    fn nameserver(&mut self, f: &mut Chars) -> Result<(), ResolvConfError> {
        let word = f.only_word()?;
        if self.nameservers.len() == MAX_NAMESERVERS {
            return Ok(());
        }
        let addr = numeric_host(&word).ok_or_else(|| ResolvConfError(BAD_ADDRESS_FORM.into()))?;
        // add_server(): the all-zero IPv4 address is the loopback.
        self.nameservers.push(if addr == IpAddr::V4(Ipv4Addr::UNSPECIFIED) { IpAddr::V4(Ipv4Addr::LOCALHOST) } else { addr });
        Ok(())
    }

    /// resconf_parsedomain(): one name, replacing any search list.
    fn domain(&mut self, f: &mut Chars) -> Result<(), ResolvConfError> {
        let word = f.only_word()?;
        self.search.clear();
        self.domain = Some(word);
        Ok(())
    }

    /// resconf_parsesearch(): up to 8 names, replacing any domain.
    fn search(&mut self, f: &mut Chars) -> Result<(), ResolvConfError> {
        self.domain = None;
        self.search.clear();
        let search = &mut self.search;
        f.each_word(|word| {
            if search.len() < MAX_SEARCH {
                search.push(word);
            }
            Ok(())
        })
    }

    /// resconf_parsesortlist(): checked, not used by BIND's clients.
    fn sortlist(&mut self, f: &mut Chars) -> Result<(), ResolvConfError> {
        let sortlist = &mut self.sortlist;
        f.each_word(|word| {
            if *sortlist == MAX_SORTLIST {
                return fail(QUOTA);
            }
            let (addr, mask) = match word.iter().position(|&b| b == b'/') {
                Some(i) => (&word[..i], Some(&word[i + 1..])),
                None => (&word[..], None),
            };
            if !pton(addr) || mask.is_some_and(|m| !pton(m)) {
                return fail(BAD_ADDRESS_FORM);
            }
            *sortlist += 1;
            Ok(())
        })
    }

    /// resconf_parseoption().
    fn options(&mut self, f: &mut Chars) -> Result<(), ResolvConfError> {
        f.each_word(|word| {
            if let Some(n) = word.strip_prefix(b"ndots:") {
                self.ndots = option_number(n)?;
            } else if let Some(n) = word.strip_prefix(b"attempts:") {
                self.attempts = option_number(n)?;
            } else if let Some(n) = word.strip_prefix(b"timeout:") {
                self.timeout = option_number(n)?;
            }
            Ok(())
        })
    }
}

/// resconf_optionnumber(): strtol(word, &end, 10) with nothing after the
/// number, 0 to 255. As strtol, an optional sign, and no digits at all is
/// 0 ("ndots:" sets 0).
fn option_number(word: &[u8]) -> Result<u8, ResolvConfError> {
    let (negative, digits) = match word.first() {
        Some(b'-') => (true, &word[1..]),
        Some(b'+') => (false, &word[1..]),
        _ => (false, word),
    };
    let count = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    if count == 0 {
        // strtol() read nothing: the end pointer is the word itself.
        return if word.is_empty() { Ok(0) } else { fail(UNEXPECTED_TOKEN) };
    }
    if count != digits.len() {
        return fail(UNEXPECTED_TOKEN);
    }
    // Saturating: strtol's LONG_MAX on overflow is out of range too.
    let n = digits.iter().fold(0u64, |n, d| n.saturating_mul(10).saturating_add(u64::from(d - b'0')));
    match u8::try_from(n) {
        Ok(n) if !negative || n == 0 => Ok(n),
        _ => fail(RANGE),
    }
}

/// getaddrinfo(word, "53", AI_NUMERICHOST) as add_server() calls it: the
/// C library's own reading of a numeric address (inet_aton's forms such as
/// `127.1`, IPv6 with a `%scope`), and never a name lookup. The scope of
/// an IPv6 address is dropped (rlookup's servers are addresses).
fn numeric_host(word: &[u8]) -> Option<IpAddr> {
    let host = std::ffi::CString::new(word).ok()?;
    // SAFETY: zeroed addrinfo hints are valid (all fields null or 0).
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = libc::AF_UNSPEC;
    hints.ai_socktype = libc::SOCK_DGRAM;
    hints.ai_protocol = libc::IPPROTO_UDP;
    hints.ai_flags = libc::AI_NUMERICHOST;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: host and the service are NUL-terminated strings that outlive
    // the call; res receives a list that is freed below.
    let error = unsafe { libc::getaddrinfo(host.as_ptr(), c"53".as_ptr(), &hints, &mut res) };
    if error != 0 || res.is_null() {
        return None;
    }
    // SAFETY: on success res points to at least one addrinfo whose ai_addr
    // is a sockaddr of ai_family's kind.
    let addr = unsafe {
        let ai = &*res;
        match ai.ai_family {
            libc::AF_INET => {
                let sin = &*(ai.ai_addr as *const libc::sockaddr_in);
                Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr))))
            }
            libc::AF_INET6 => {
                let sin6 = &*(ai.ai_addr as *const libc::sockaddr_in6);
                Some(IpAddr::V6(Ipv6Addr::from(sin6.sin6_addr.s6_addr)))
            }
            _ => None,
        }
    };
    // SAFETY: res came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    addr
}

/// inet_pton() in either family (create_addr(): strict, no inet_aton forms).
fn pton(word: &[u8]) -> bool {
    std::str::from_utf8(word).is_ok_and(|w| w.parse::<Ipv4Addr>().is_ok() || w.parse::<Ipv6Addr>().is_ok())
}

#[cfg(test)]
#[path = "resolv_conf_tests.rs"]
mod tests;
