//! What `--servers` (and `set all` on a terminal) shows and what the
//! JSON/table metadata says about the resolver: the servers a dialect ended
//! up with after parsing its arguments (with their +time, -retry, ~/.digrc
//! and @servers) and where each came from: resolv.conf, systemd-resolved's
//! stub and the upstream servers behind it, or the command line.

use crate::config::systemd::{Resolved, is_stub_address};
use crate::config::{Paths, ResolvConf};
use crate::plan::{Server, ServerOrigin, ServerRow, ServersView, Settings, UNUSED_COMMAND_LINE, UNUSED_UPSTREAM};

/// What `--servers` needs besides a dialect's parsed settings: the files
/// read, systemd-resolved, and whether --upstream replaced the stub.
#[derive(Debug, Clone)]
pub struct ServersRequest {
    pub paths: Paths,
    /// The resolv.conf as read (before --upstream).
    pub rc: ResolvConf,
    pub resolved: Option<Resolved>,
    pub upstream: bool,
}

/// The servers a dialect ended up with after parsing its arguments.
pub struct InEffect<'a> {
    /// The run's servers, port, search list, ndots, timeout and tries.
    pub settings: &'a Settings,
    /// The run's servers were given by the user (nslookup's `server`).
    pub settings_from_user: bool,
    /// Servers of individual lookups (dig's @server), in order.
    pub lookup_servers: Vec<Server>,
    /// Every lookup has its own servers: the run's are not asked.
    pub run_servers_unused: bool,
}

/// The table `--servers` (and `set all` on a terminal) prints.
pub fn view(e: &InEffect<'_>, req: &ServersRequest) -> ServersView {
    let s = e.settings;
    let port = s.port;
    let stub = req.resolved.as_ref().is_some_and(|r| r.stub_in_use || r.linked_to_stub);
    let shown = |srv: &Server| if srv.label == srv.name { srv.name.to_string() } else { format!("{} ({})", srv.name, srv.label) };
    let mut rows: Vec<ServerRow> = Vec::new();
    for srv in &e.lookup_servers {
        let row = ServerRow { address: shown(srv), port, origin: ServerOrigin::CommandLine, unused: None };
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    let unused = e.run_servers_unused.then_some(UNUSED_COMMAND_LINE);
    for srv in s.servers.iter() {
        let origin = if e.settings_from_user {
            ServerOrigin::CommandLine
        } else if req.upstream && stub {
            ServerOrigin::ResolvedUpstream
        } else if req.rc.fallback {
            ServerOrigin::Fallback
        } else if srv.name.parse().is_ok_and(is_stub_address) {
            ServerOrigin::ResolvedStub
        } else {
            ServerOrigin::ResolvConf
        };
        rows.push(ServerRow { address: shown(srv), port, origin, unused });
    }
    let upstream_read = req.resolved.as_ref().filter(|r| stub && r.upstream.is_some());
    if let Some(up) = upstream_read.and_then(|r| r.upstream.as_ref()).filter(|_| !req.upstream) {
        rows.extend(up.nameservers.iter().map(|ip| ServerRow {
            address: ip.to_string(),
            port: 53,
            origin: ServerOrigin::ResolvedUpstream,
            unused: Some(UNUSED_UPSTREAM),
        }));
    }
    let mut sources = vec![req.paths.resolv_conf.display().to_string()];
    if let Some(r) = upstream_read {
        // Only a file that was read (and named servers).
        sources.push(r.upstream_path.display().to_string());
    }
    ServersView { servers: rows, search: s.search.clone(), ndots: s.ndots, timeout: s.timeout, attempts: s.tries, sources }
}

/// The `resolver` member of the JSON metadata when systemd-resolved's stub
/// is in use: the stub's addresses and its upstream servers.
pub fn resolver_meta(r: &Resolved, upstream_used: bool) -> serde_json::Value {
    let upstreams: Vec<String> = r.upstream.as_ref().map(|u| u.nameservers.iter().map(|ip| ip.to_string()).collect()).unwrap_or_default();
    serde_json::json!({
        "kind": "systemd-resolved",
        "stub": crate::config::systemd::STUB_ADDRESSES.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        "upstreams": upstreams,
        "upstreamFile": r.upstream_path.display().to_string(),
        "askedUpstream": upstream_used,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(rc: &str, upstream: Option<&str>, use_upstream: bool) -> ServersRequest {
        let rc = ResolvConf::parse(rc.as_bytes()).unwrap();
        let resolved = upstream.map(|u| Resolved {
            stub_in_use: true,
            linked_to_stub: false,
            upstream: Some(ResolvConf::parse(u.as_bytes()).unwrap()),
            upstream_path: "/run/systemd/resolve/resolv.conf".into(),
        });
        ServersRequest {
            paths: Paths {
                resolv_conf: "/etc/resolv.conf".into(),
                resolved_dir: "/run/systemd/resolve".into(),
                hosts: "/etc/hosts".into(),
            },
            rc,
            resolved,
            upstream: use_upstream,
        }
    }

    fn settings(servers: &[&str]) -> Settings {
        Settings { servers: servers.iter().map(|s| Server::new(*s, *s)).collect::<Vec<_>>().into(), ..Settings::default() }
    }

    #[test]
    fn stub_with_upstreams() {
        let req = request("nameserver 127.0.0.53\nsearch .\n", Some("nameserver 127.0.10.1\n"), false);
        let s = settings(&["127.0.0.53"]);
        let v = view(&InEffect { settings: &s, settings_from_user: false, lookup_servers: vec![], run_servers_unused: false }, &req);
        assert_eq!(v.servers.len(), 2);
        assert_eq!((v.servers[0].origin, v.servers[0].unused), (ServerOrigin::ResolvedStub, None));
        assert_eq!((v.servers[1].origin, v.servers[1].unused), (ServerOrigin::ResolvedUpstream, Some(UNUSED_UPSTREAM)));
        assert_eq!(v.sources, vec!["/etc/resolv.conf", "/run/systemd/resolve/resolv.conf"]);
        let meta = resolver_meta(req.resolved.as_ref().unwrap(), false);
        assert_eq!(meta["upstreams"][0], "127.0.10.1");
    }

    #[test]
    fn with_upstream_the_servers_are_the_upstreams() {
        let req = request("nameserver 127.0.0.53\n", Some("nameserver 127.0.10.1\n"), true);
        let s = settings(&["127.0.10.1"]);
        let v = view(&InEffect { settings: &s, settings_from_user: false, lookup_servers: vec![], run_servers_unused: false }, &req);
        let rows: Vec<_> = v.servers.iter().map(|r| (r.address.as_str(), r.origin, r.unused)).collect();
        assert_eq!(rows, vec![("127.0.10.1", ServerOrigin::ResolvedUpstream, None)]);
    }

    #[test]
    fn dig_servers_replace_the_configured_ones() {
        let req = request("nameserver 127.0.0.1\n", None, false);
        let s = Settings { timeout: 2, tries: 1, ..settings(&["127.0.0.1"]) };
        let lookups =
            vec![Server::new("127.0.0.9", "127.0.0.9"), Server::new("127.0.0.10", "ns.example"), Server::new("127.0.0.9", "127.0.0.9")];
        let v = view(&InEffect { settings: &s, settings_from_user: false, lookup_servers: lookups, run_servers_unused: true }, &req);
        let rows: Vec<_> = v.servers.iter().map(|r| (r.address.as_str(), r.origin, r.unused)).collect();
        assert_eq!(
            rows,
            vec![
                ("127.0.0.9", ServerOrigin::CommandLine, None),
                ("127.0.0.10 (ns.example)", ServerOrigin::CommandLine, None),
                ("127.0.0.1", ServerOrigin::ResolvConf, Some(UNUSED_COMMAND_LINE)),
            ]
        );
        assert_eq!((v.timeout, v.attempts), (2, 1));
        assert_eq!(v.sources, vec!["/etc/resolv.conf"]);
    }
}
