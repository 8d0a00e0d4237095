//! systemd-resolved awareness. On systems where /etc/resolv.conf is
//! resolved's stub file, every query goes to 127.0.0.53 and the servers that
//! really answer are listed in /run/systemd/resolve/resolv.conf. This module
//! recognises the stub and reads those upstream servers. Nothing here runs
//! for an ordinary lookup (start-up stays lean); `--servers`, `--upstream`
//! and the JSON/table metadata ask for it.

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};

use super::{Paths, ResolvConf};

/// The stub's addresses: 127.0.0.53 (the full stub) and 127.0.0.54 (the
/// "proxy" stub without search domains).
pub const STUB_ADDRESSES: [Ipv4Addr; 2] = [Ipv4Addr::new(127, 0, 0, 53), Ipv4Addr::new(127, 0, 0, 54)];

/// File names inside resolved's runtime directory.
pub const STUB_FILE: &str = "stub-resolv.conf";
pub const UPSTREAM_FILE: &str = "resolv.conf";

pub fn is_stub_address(ip: IpAddr) -> bool {
    matches!(ip, IpAddr::V4(v4) if STUB_ADDRESSES.contains(&v4))
}

/// How the configured resolver relates to systemd-resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Some configured name server is resolved's stub address.
    pub stub_in_use: bool,
    /// /etc/resolv.conf is (a link to) resolved's stub-resolv.conf.
    pub linked_to_stub: bool,
    /// The upstream configuration from resolved's resolv.conf, when the stub
    /// is in use and the file is readable and names servers.
    pub upstream: Option<ResolvConf>,
    /// Where the upstream file is.
    pub upstream_path: PathBuf,
}

impl Resolved {
    /// Looks at the configured servers and the files. Reads the upstream
    /// file only when the stub is in use.
    pub fn detect(paths: &Paths, configured: &ResolvConf) -> Resolved {
        let stub_file = paths.resolved_dir.join(STUB_FILE);
        let linked_to_stub = points_at(&paths.resolv_conf, &stub_file);
        let stub_in_use = !configured.fallback && configured.nameservers.iter().any(|ip| is_stub_address(*ip));
        let upstream_path = paths.resolved_dir.join(UPSTREAM_FILE);
        let upstream = if stub_in_use || linked_to_stub { read_upstream(&upstream_path) } else { None };
        Resolved { stub_in_use, linked_to_stub, upstream, upstream_path }
    }
}

/// The upstream file as resolved writes it; an empty one (resolved knows no
/// servers: "# No DNS servers known.") gives None rather than the libirs
/// localhost fallback, which would be wrong here.
pub fn read_upstream(path: &Path) -> Option<ResolvConf> {
    let bytes = std::fs::read(path).ok()?;
    let rc = ResolvConf::parse(&bytes).ok()?;
    (!rc.fallback).then_some(rc)
}

/// True when `file` is `target` or a symbolic link (possibly via several)
/// that resolves to it.
fn points_at(file: &Path, target: &Path) -> bool {
    match (std::fs::canonicalize(file), std::fs::canonicalize(target)) {
        (Ok(a), Ok(b)) => a == b,
        _ => std::fs::read_link(file).is_ok_and(|l| l == target),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    struct Fixture {
        dir: PathBuf,
    }

    impl Fixture {
        fn new(tag: &str) -> Fixture {
            let dir = std::env::temp_dir().join(format!("rlookup-systemd-{tag}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(dir.join("resolve")).unwrap();
            Fixture { dir }
        }
        fn paths(&self) -> Paths {
            Paths { resolv_conf: self.dir.join("resolv.conf"), resolved_dir: self.dir.join("resolve"), hosts: self.dir.join("hosts") }
        }
        fn write(&self, rel: &str, text: &str) {
            fs::write(self.dir.join(rel), text).unwrap();
        }
    }

    impl Drop for Fixture {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }

    const STUB: &str = "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n";
    const UPSTREAM: &str = "nameserver 127.0.10.1\nnameserver 127.0.10.2\nsearch lab.example\n";

    #[test]
    fn stub_file_copy_is_detected_by_address() {
        let f = Fixture::new("copy");
        f.write("resolv.conf", STUB);
        f.write("resolve/resolv.conf", UPSTREAM);
        let p = f.paths();
        let rc = ResolvConf::load(&p.resolv_conf).unwrap();
        let r = Resolved::detect(&p, &rc);
        assert!(r.stub_in_use);
        assert!(!r.linked_to_stub);
        let up = r.upstream.expect("upstream read");
        assert_eq!(up.nameservers, vec![IpAddr::from([127, 0, 10, 1]), IpAddr::from([127, 0, 10, 2])]);
        assert_eq!(up.search, vec!["lab.example"]);
    }

    #[test]
    fn symlink_to_stub_file_is_detected() {
        let f = Fixture::new("link");
        f.write("resolve/stub-resolv.conf", STUB);
        f.write("resolve/resolv.conf", UPSTREAM);
        std::os::unix::fs::symlink(f.dir.join("resolve/stub-resolv.conf"), f.dir.join("resolv.conf")).unwrap();
        let p = f.paths();
        let rc = ResolvConf::load(&p.resolv_conf).unwrap();
        let r = Resolved::detect(&p, &rc);
        assert!(r.stub_in_use && r.linked_to_stub);
        assert!(r.upstream.is_some());
    }

    #[test]
    fn plain_resolv_conf_is_not_the_stub() {
        let f = Fixture::new("plain");
        f.write("resolv.conf", "nameserver 192.0.2.53\n");
        f.write("resolve/resolv.conf", UPSTREAM);
        let p = f.paths();
        let rc = ResolvConf::load(&p.resolv_conf).unwrap();
        let r = Resolved::detect(&p, &rc);
        assert!(!r.stub_in_use && !r.linked_to_stub);
        assert_eq!(r.upstream, None);
    }

    #[test]
    fn empty_upstream_file_means_no_upstream() {
        let f = Fixture::new("empty");
        f.write("resolv.conf", STUB);
        f.write("resolve/resolv.conf", "# No DNS servers known.\n");
        let p = f.paths();
        let rc = ResolvConf::load(&p.resolv_conf).unwrap();
        let r = Resolved::detect(&p, &rc);
        assert!(r.stub_in_use);
        assert_eq!(r.upstream, None);
    }

    #[test]
    fn empty_stub_file_does_not_panic() {
        let f = Fixture::new("emptystub");
        f.write("resolv.conf", "");
        let p = f.paths();
        let rc = ResolvConf::load(&p.resolv_conf).unwrap();
        let r = Resolved::detect(&p, &rc);
        assert!(!r.stub_in_use);
    }

    #[test]
    fn stub_addresses() {
        assert!(is_stub_address("127.0.0.53".parse().unwrap()));
        assert!(is_stub_address("127.0.0.54".parse().unwrap()));
        assert!(!is_stub_address("127.0.0.1".parse().unwrap()));
        assert!(!is_stub_address("::1".parse().unwrap()));
    }
}
