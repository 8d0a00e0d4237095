//! Host names of servers (`nslookup host bitsy.mit.edu`, `dig @ns1.x`)
//! resolved through the system's configuration, as BIND does with
//! getaddrinfo(): /etc/hosts (unless RLOOKUP_HOSTS names another file),
//! then DNS via the name servers of the resolv.conf rlookup reads
//! (`configure`; /etc/resolv.conf unless RLOOKUP_RESOLV_CONF says
//! otherwise), with hickory-resolver. Like getaddrinfo's AI_ADDRCONFIG, IPv6 addresses are
//! only returned when this host has an IPv6 address other than loopback
//! or link-local, and IPv4 ones only when it has some IPv4 address.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use std::sync::OnceLock;

use hickory_resolver::Resolver;
use hickory_resolver::config::{LookupIpStrategy, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::Name;

use crate::config::ResolvConf;

static SYSTEM: OnceLock<ResolvConf> = OnceLock::new();
static HOSTS: OnceLock<PathBuf> = OnceLock::new();

/// The configuration host names are resolved with: the run's resolv.conf
/// and hosts file. Set once at start-up; until then, the libirs default
/// (localhost) and /etc/hosts.
pub fn configure(rc: &ResolvConf, hosts: &Path) {
    let _ = SYSTEM.set(rc.clone());
    let _ = HOSTS.set(hosts.to_path_buf());
}

fn resolver_config(rc: &ResolvConf) -> (ResolverConfig, ResolverOpts) {
    let servers = rc.nameservers.iter().map(|ip| NameServerConfig::udp_and_tcp(*ip)).collect();
    let search = rc.search.iter().filter_map(|s| Name::from_str_relaxed(s).ok()).collect();
    let mut opts = ResolverOpts::default();
    opts.ndots = rc.ndots as usize;
    if rc.timeout > 0 {
        opts.timeout = std::time::Duration::from_secs(u64::from(rc.timeout));
    }
    opts.attempts = rc.attempts.max(1) as usize;
    (ResolverConfig::from_parts(None, search, servers), opts)
}

/// At most this many addresses per name (dighost's DIG_MAX_ADDRESSES).
pub const MAX_ADDRESSES: usize = 20;

/// Why a host name has no address: BIND's result texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    NotFound,
    Failure,
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ResolveError::NotFound => "not found",
            ResolveError::Failure => "failure",
        })
    }
}

/// The addresses of `host`: an address literal as is, else a lookup.
pub async fn addresses(host: &str, v4_only: bool, v6_only: bool) -> Result<Vec<IpAddr>, ResolveError> {
    addresses_with(host, v4_only, v6_only, true).await
}

/// `addresses` as getaddrinfo() answers without AI_ADDRCONFIG (delv's
/// addserver()): both families whatever this host has configured, so
/// `localhost` is ::1 and 127.0.0.1.
pub async fn addresses_any_family(host: &str, v4_only: bool, v6_only: bool) -> Result<Vec<IpAddr>, ResolveError> {
    addresses_with(host, v4_only, v6_only, false).await
}

async fn addresses_with(host: &str, v4_only: bool, v6_only: bool, addrconfig: bool) -> Result<Vec<IpAddr>, ResolveError> {
    if let Some(ip) = parse_literal(host) {
        return Ok(vec![ip]);
    }
    if let Some(v4) = inet_aton(host).filter(|_| !v6_only) {
        // getaddrinfo() reads numbers-and-dots forms (127.1, 0x7f.1) too.
        return Ok(vec![IpAddr::V4(v4)]);
    }
    let (have_v4, have_v6) = if addrconfig { configured_families() } else { (true, true) };
    let want_v4 = have_v4 && !v6_only;
    let want_v6 = (have_v6 || v6_only) && !v4_only;
    if let Some(found) = from_hosts_file(host, want_v4, want_v6) {
        return Ok(found);
    }
    let strategy = match (v4_only || !have_v6, v6_only || !have_v4) {
        (true, false) => LookupIpStrategy::Ipv4Only,
        (false, true) => LookupIpStrategy::Ipv6Only,
        _ => LookupIpStrategy::Ipv6AndIpv4,
    };
    let rc = SYSTEM.get_or_init(ResolvConf::default);
    let (config, mut opts) = resolver_config(rc);
    opts.ip_strategy = strategy;
    let resolver = Resolver::builder_with_config(config, TokioRuntimeProvider::default())
        .with_options(opts)
        .build()
        .map_err(|_| ResolveError::Failure)?;
    // A name the resolver cannot even parse has no address: getaddrinfo()
    // asks anyway and gets NXDOMAIN (EAI_NONAME).
    if host.is_empty() || Name::from_str_relaxed(host).is_err() {
        return Err(ResolveError::NotFound);
    }
    match resolver.lookup_ip(host).await {
        Ok(found) => {
            let ips: Vec<IpAddr> = found.iter().take(MAX_ADDRESSES).collect();
            if ips.is_empty() { Err(ResolveError::NotFound) } else { Ok(ips) }
        }
        Err(e) if e.is_nx_domain() || e.is_no_records_found() => Err(ResolveError::NotFound),
        Err(_) => Err(ResolveError::Failure),
    }
}

/// The addresses the hosts file (/etc/hosts) gives `host`, as glibc's getaddrinfo() returns
/// them ("files" comes first in nsswitch.conf): IPv4 then IPv6 when both
/// are wanted; when only IPv4 is, a `::1` entry comes back as 127.0.0.1
/// (glibc maps the IPv6 loopback for IPv4 lookups, so `localhost` is
/// 127.0.0.1 twice, and BIND's clients then try it twice).
fn from_hosts_file(host: &str, want_v4: bool, want_v6: bool) -> Option<Vec<IpAddr>> {
    use hickory_resolver::proto::op::Query;
    use hickory_resolver::proto::rr::{RData, RecordType};
    let path = HOSTS.get().map_or(Path::new("/etc/hosts"), PathBuf::as_path);
    let mut hosts = hickory_resolver::Hosts::default();
    hosts.read_hosts_conf(std::fs::File::open(path).ok()?).ok()?;
    let name = Name::from_str_relaxed(host).ok()?;
    let get = |t: RecordType| -> Vec<IpAddr> {
        hosts
            .lookup_static_host(&Query::query(name.clone(), t))
            .map(|l| {
                l.answers()
                    .iter()
                    .filter_map(|r| match &r.data {
                        RData::A(a) => Some(IpAddr::V4(a.0)),
                        RData::AAAA(a) => Some(IpAddr::V6(a.0)),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let v4 = get(RecordType::A);
    let v6 = get(RecordType::AAAA);
    if v4.is_empty() && v6.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    if want_v6 {
        out.extend(v6.iter().copied());
    }
    if want_v4 {
        out.extend(v4.iter().copied());
        if !want_v6 {
            out.extend(v6.iter().filter(|ip| ip.is_loopback()).map(|_| IpAddr::from([127, 0, 0, 1])));
        }
    }
    (!out.is_empty()).then(|| {
        out.truncate(MAX_ADDRESSES);
        out
    })
}

/// glibc's inet_aton(): `a.b.c.d`, `a.b.c` (c 16 bits), `a.b` (b 24
/// bits), `a` (32 bits), each part decimal, octal (leading 0) or hex
/// (0x); what getaddrinfo() accepts as an IPv4 address.
fn inet_aton(s: &str) -> Option<std::net::Ipv4Addr> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        if p.is_empty() {
            return None;
        }
        let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
            (h, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (p, 10)
        };
        if digits.is_empty() && radix == 16 {
            return Some(0);
        }
        u32::from_str_radix(digits, radix).ok()
    };
    let nums: Vec<u32> = parts.iter().map(|p| num(p)).collect::<Option<_>>()?;
    let (last, head) = nums.split_last()?;
    if head.iter().any(|&n| n > 255) {
        return None;
    }
    let max_last = match head.len() {
        0 => u32::MAX,
        1 => 0x00ff_ffff,
        2 => 0xffff,
        _ => 0xff,
    };
    if *last > max_last {
        return None;
    }
    let mut v: u32 = 0;
    for (i, n) in head.iter().enumerate() {
        v |= n << (24 - 8 * i);
    }
    Some(std::net::Ipv4Addr::from(v | last))
}

/// Which address families may be used (IPv4, IPv6): the user's -4/-6,
/// and what this host has configured.
pub fn usable_families(v4_only: bool, v6_only: bool) -> (bool, bool) {
    let (have_v4, have_v6) = configured_families();
    (have_v4 && !v6_only, have_v6 && !v4_only)
}

/// An IPv4 or IPv6 address literal (an IPv6 zone suffix `%eth0` is
/// accepted and dropped).
pub fn parse_literal(host: &str) -> Option<IpAddr> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Some(ip);
    }
    let (addr, _zone) = host.split_once('%')?;
    addr.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6)
}

/// Which address families this host has configured, as AI_ADDRCONFIG
/// counts them (Linux: /proc/net/if_inet6 for IPv6). Without /proc both
/// count as present.
fn configured_families() -> (bool, bool) {
    let v6 = match std::fs::read_to_string("/proc/net/if_inet6") {
        Ok(text) => text.lines().any(|line| {
            // address ifindex prefixlen scope flags name; scope 00 = global.
            let scope = line.split_whitespace().nth(3).and_then(|s| u8::from_str_radix(s, 16).ok());
            matches!(scope, Some(0x00) | Some(0x40))
        }),
        Err(_) => true,
    };
    (true, v6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dots_like_inet_aton() {
        assert_eq!(inet_aton("1.2.3"), Some("1.2.0.3".parse().unwrap()));
        assert_eq!(inet_aton("127.1"), Some("127.0.0.1".parse().unwrap()));
        assert_eq!(inet_aton("0x7f.1"), Some("127.0.0.1".parse().unwrap()));
        assert_eq!(inet_aton("010.0.0.1"), Some("8.0.0.1".parse().unwrap()));
        assert_eq!(inet_aton("2130706433"), Some("127.0.0.1".parse().unwrap()));
        assert_eq!(inet_aton("1.2.3.256"), None);
        assert_eq!(inet_aton("1..2"), None);
        assert_eq!(inet_aton("bitsy.mit.edu"), None);
        assert_eq!(inet_aton("09.1.1.1"), None);
    }

    #[test]
    fn literals() {
        assert_eq!(parse_literal("127.0.0.1"), Some(IpAddr::from([127, 0, 0, 1])));
        assert_eq!(parse_literal("::1"), Some("::1".parse().unwrap()));
        assert_eq!(parse_literal("fe80::1%lo"), Some("fe80::1".parse().unwrap()));
        assert_eq!(parse_literal("bitsy.mit.edu"), None);
        assert_eq!(parse_literal("1.2.3"), None);
    }
}
