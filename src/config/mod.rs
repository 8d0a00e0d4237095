//! The system's resolver configuration: which servers to ask, the search
//! list, ndots, timeout and attempts, from /etc/resolv.conf
//! (`resolv_conf`) and, behind a systemd-resolved stub, the real upstream
//! servers (`systemd`). Read once at start-up; the result feeds the
//! dialects' settings (`session::*`) and `--servers`.

pub mod anchors;
pub mod keys;
pub mod resolv_conf;
pub mod systemd;

pub use resolv_conf::ResolvConf;

use std::path::PathBuf;

/// Environment variable naming the resolv.conf to read (default
/// /etc/resolv.conf). Tests and fixtures use it.
pub const ENV_RESOLV_CONF: &str = "RLOOKUP_RESOLV_CONF";
/// Environment variable naming systemd-resolved's runtime directory
/// (default /run/systemd/resolve), where resolv.conf lists the upstream
/// servers and stub-resolv.conf is the stub's file.
pub const ENV_RESOLVED_DIR: &str = "RLOOKUP_RESOLVED_DIR";
/// Environment variable naming the hosts file read before DNS when a
/// server's or a name server's name is resolved (default /etc/hosts), as
/// getaddrinfo() reads /etc/hosts. Tests and fixtures use it.
pub const ENV_HOSTS: &str = "RLOOKUP_HOSTS";

/// Where the configuration files are: the defaults, or what the
/// environment says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub resolv_conf: PathBuf,
    pub resolved_dir: PathBuf,
    pub hosts: PathBuf,
}

impl Paths {
    pub fn from_env() -> Paths {
        let var = |name: &str, default: &str| {
            std::env::var_os(name).filter(|v| !v.is_empty()).map_or_else(|| PathBuf::from(default), PathBuf::from)
        };
        Paths {
            resolv_conf: var(ENV_RESOLV_CONF, "/etc/resolv.conf"),
            resolved_dir: var(ENV_RESOLVED_DIR, "/run/systemd/resolve"),
            hosts: var(ENV_HOSTS, "/etc/hosts"),
        }
    }
}
