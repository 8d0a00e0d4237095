//! /etc/resolv.conf as BIND's clients read it.
//!
//! Parsing is hickory-resolver's (`system_conf::parse_resolv_conf`). Where
//! BIND's libirs reads the same file differently, the differences are
//! applied here, each with its reason, so that servers, search list and
//! retries are the ones BIND's nslookup and dig would use:
//! - no `nameserver` line: hickory refuses the file, libirs falls back to
//!   ::1 and 127.0.0.1;
//! - at most 3 name servers (libirs' RESCONFMAXNAMESERVERS) and 8 search
//!   domains (RESCONFMAXSEARCH);
//! - `nameserver 0.0.0.0` means 127.0.0.1 (libirs' add_server());
//! - attempts defaults to 3 and timeout to 0 ("the client's own default":
//!   5 s UDP, 10 s TCP) when the file sets none (hickory reports glibc's
//!   2 and 5).
//!
//! Output: a `ResolvConf`, read by the dialect sessions.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use hickory_resolver::system_conf::parse_resolv_conf;

/// What BIND takes from resolv.conf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvConf {
    /// Name servers in file order (port 53).
    pub nameservers: Vec<IpAddr>,
    /// True when the file named no server and the libirs fallback
    /// (::1, 127.0.0.1) is in use.
    pub fallback: bool,
    /// The search list as written (e.g. "example.com", "." for the root).
    pub search: Vec<String>,
    pub ndots: u32,
    /// Seconds; 0 = the client's default.
    pub timeout: u32,
    pub attempts: u32,
}

const MAX_NAMESERVERS: usize = 3;
const MAX_SEARCH: usize = 8;

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
/// failed").
#[derive(Debug)]
pub struct ResolvConfError(pub String);

impl ResolvConf {
    /// Reads the file; a missing file is the libirs default, not an error.
    pub fn load(path: &Path) -> Result<ResolvConf, ResolvConfError> {
        match std::fs::read(path) {
            Ok(bytes) => ResolvConf::parse(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ResolvConf::default()),
            Err(e) => Err(ResolvConfError(format!("{}: {e}", path.display()))),
        }
    }

    pub fn parse(bytes: &[u8]) -> Result<ResolvConf, ResolvConfError> {
        let directives = Directives::scan(bytes);
        let (config, opts) = if directives.nameserver {
            parse_resolv_conf(bytes).map_err(|e| ResolvConfError(e.to_string()))?
        } else {
            // hickory rejects a file without servers; BIND does not. Parse
            // the rest of it (search, options) with a placeholder server
            // that is then dropped.
            let mut with_server = bytes.to_vec();
            with_server.extend_from_slice(b"\nnameserver 127.0.0.1\n");
            parse_resolv_conf(&with_server).map_err(|e| ResolvConfError(e.to_string()))?
        };

        let loopback_for_zero = |ip: IpAddr| if ip == IpAddr::V4(Ipv4Addr::UNSPECIFIED) { IpAddr::V4(Ipv4Addr::LOCALHOST) } else { ip };
        let mut nameservers: Vec<IpAddr> =
            if directives.nameserver { config.name_servers().iter().map(|ns| loopback_for_zero(ns.ip)).collect() } else { Vec::new() };
        nameservers.truncate(MAX_NAMESERVERS);
        let fallback = nameservers.is_empty();
        if fallback {
            nameservers = fallback_servers();
        }

        // The last `search` or `domain` line wins, in hickory and libirs.
        let search: Vec<String> = config.search().iter().take(MAX_SEARCH).map(|n| n.to_string()).collect();

        Ok(ResolvConf {
            nameservers,
            fallback,
            search,
            ndots: u32::try_from(opts.ndots).unwrap_or(u32::MAX),
            timeout: if directives.timeout { opts.timeout.as_secs().try_into().unwrap_or(u32::MAX) } else { 0 },
            attempts: if directives.attempts { u32::try_from(opts.attempts).unwrap_or(u32::MAX) } else { 3 },
        })
    }
}

/// Which directives the file contains: the facts hickory's parsed result
/// cannot tell (a default value and an explicit one look the same).
#[derive(Debug, Default)]
struct Directives {
    nameserver: bool,
    timeout: bool,
    attempts: bool,
}

impl Directives {
    fn scan(bytes: &[u8]) -> Directives {
        let mut d = Directives::default();
        for line in String::from_utf8_lossy(bytes).lines() {
            let mut words = line.split_whitespace();
            match words.next() {
                Some("nameserver") => d.nameserver |= words.next().is_some(),
                Some("options") => {
                    for w in words {
                        d.timeout |= w.starts_with("timeout:");
                        d.attempts |= w.starts_with("attempts:");
                    }
                }
                _ => {}
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> ResolvConf {
        ResolvConf::parse(s.as_bytes()).expect("parses")
    }

    #[test]
    fn servers_search_and_options() {
        let rc =
            parse("nameserver 192.0.2.1\nnameserver 2001:db8::1\nsearch example.com example.net\noptions ndots:2 timeout:1 attempts:4\n");
        assert_eq!(rc.nameservers, vec!["192.0.2.1".parse::<IpAddr>().unwrap(), "2001:db8::1".parse().unwrap()]);
        assert!(!rc.fallback);
        assert_eq!(rc.search, vec!["example.com", "example.net"]);
        assert_eq!((rc.ndots, rc.timeout, rc.attempts), (2, 1, 4));
    }

    #[test]
    fn bind_defaults_when_options_absent() {
        let rc = parse("nameserver 192.0.2.1\n");
        assert_eq!((rc.ndots, rc.timeout, rc.attempts), (1, 0, 3));
        assert!(rc.search.is_empty());
    }

    #[test]
    fn systemd_stub_file() {
        let rc = parse("# This is /run/systemd/resolve/stub-resolv.conf\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n");
        assert_eq!(rc.nameservers, vec![IpAddr::from([127, 0, 0, 53])]);
        assert_eq!(rc.search, vec!["."]);
    }

    #[test]
    fn empty_file_falls_back_to_localhost() {
        for text in ["", "# No DNS servers known.\n", "search example.com\n"] {
            let rc = parse(text);
            assert!(rc.fallback, "{text:?}");
            assert_eq!(rc.nameservers, fallback_servers());
        }
        assert_eq!(parse("search example.com\n").search, vec!["example.com"]);
    }

    #[test]
    fn at_most_three_servers() {
        let rc = parse("nameserver 127.0.0.1\nnameserver 127.0.0.2\nnameserver 127.0.0.3\nnameserver 127.0.0.4\n");
        assert_eq!(rc.nameservers.len(), 3);
    }

    #[test]
    fn the_last_of_search_and_domain_wins() {
        let rc = parse("search a.example b.example\ndomain c.example\nnameserver 127.0.0.1\n");
        assert_eq!(rc.search, vec!["c.example"]);
        let rc = parse("domain c.example\nsearch a.example b.example\nnameserver 127.0.0.1\n");
        assert_eq!(rc.search, vec!["a.example", "b.example"]);
    }

    #[test]
    fn at_most_eight_search_domains() {
        let rc = parse("search a b c d e f g h i j\nnameserver 127.0.0.1\n");
        assert_eq!(rc.search, vec!["a", "b", "c", "d", "e", "f", "g", "h"]);
    }

    #[test]
    fn all_zero_server_is_loopback() {
        let rc = parse("nameserver 0.0.0.0\n");
        assert_eq!(rc.nameservers, vec![IpAddr::from([127, 0, 0, 1])]);
    }

    #[test]
    fn missing_file_is_the_default() {
        let rc = ResolvConf::load(Path::new("/nonexistent/rlookup/resolv.conf")).unwrap();
        assert_eq!(rc, ResolvConf::default());
    }
}
