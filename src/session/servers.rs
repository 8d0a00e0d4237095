//! What `--servers` shows and what the JSON/table metadata says about the
//! resolver: the servers in effect and where each came from, from the
//! configuration (`config`), systemd-resolved's files and the server given
//! on the command line, if any.

use crate::cli::Dialect;
use crate::cli::nslookup::{self, SetOption, Step};
use crate::config::systemd::{Resolved, is_stub_address};
use crate::config::{Paths, ResolvConf};
use crate::plan::ServerOrigin;
use crate::render::servers::{ServerRow, ServersView, UNUSED_COMMAND_LINE, UNUSED_UPSTREAM};

/// The server named on the command line, and the port, for each dialect
/// (nslookup: the second non-option argument and -port=; dig: @server and
/// -p). Parsing only: nothing is resolved.
fn command_line(dialect: Dialect, args: &[String]) -> (Option<String>, Option<u16>) {
    match dialect {
        Dialect::Nslookup => {
            let inv = nslookup::parse_args(args);
            let mut server = None;
            let mut port = None;
            for step in inv.steps {
                match step {
                    Step::Server(s) => server = Some(s),
                    Step::Set(SetOption::Port(Ok(p))) => port = Some(p),
                    _ => {}
                }
            }
            (server, port)
        }
        Dialect::Dig => {
            let server = args.iter().rev().find_map(|a| a.strip_prefix('@')).map(str::to_string);
            let mut port = None;
            let mut it = args.iter();
            while let Some(a) = it.next() {
                if a == "-p" {
                    port = it.next().and_then(|v| v.parse().ok());
                } else if let Some(v) = a.strip_prefix("-p") {
                    port = v.parse().ok().or(port);
                }
            }
            (server, port)
        }
    }
}

/// The view `--servers` prints.
pub fn view(dialect: Dialect, args: &[String], paths: &Paths, rc: &ResolvConf, resolved: Option<&Resolved>, upstream: bool) -> ServersView {
    let (cmdline, port) = command_line(dialect, args);
    let port = port.unwrap_or(53);
    let mut servers = Vec::new();
    let mut sources = vec![paths.resolv_conf.display().to_string()];
    if let Some(name) = &cmdline {
        servers.push(ServerRow { address: name.clone(), port, origin: ServerOrigin::CommandLine, unused: None });
    }
    let stub = resolved.is_some_and(|r| r.stub_in_use || r.linked_to_stub);
    let configured_unused = cmdline.as_ref().map(|_| UNUSED_COMMAND_LINE);
    if upstream && stub {
        // rc is already the upstream configuration.
        for ip in &rc.nameservers {
            servers.push(ServerRow { address: ip.to_string(), port, origin: ServerOrigin::ResolvedUpstream, unused: configured_unused });
        }
    } else {
        for ip in &rc.nameservers {
            let origin = if rc.fallback {
                ServerOrigin::Fallback
            } else if is_stub_address(*ip) {
                ServerOrigin::ResolvedStub
            } else {
                ServerOrigin::ResolvConf
            };
            servers.push(ServerRow { address: ip.to_string(), port, origin, unused: configured_unused });
        }
        if let Some(up) = resolved.filter(|_| stub).and_then(|r| r.upstream.as_ref()) {
            for ip in &up.nameservers {
                servers.push(ServerRow {
                    address: ip.to_string(),
                    port: 53,
                    origin: ServerOrigin::ResolvedUpstream,
                    unused: Some(UNUSED_UPSTREAM),
                });
            }
        }
    }
    if let Some(r) = resolved.filter(|r| stub && r.upstream.is_some()) {
        // Only a file that was read (and named servers).
        sources.push(r.upstream_path.display().to_string());
    }
    ServersView { servers, search: rc.search.clone(), ndots: rc.ndots, timeout: rc.timeout, attempts: rc.attempts, sources }
}

/// The view of an interactive session's servers (`set all` on a
/// terminal): the servers in use, where they came from, and resolved's
/// upstreams behind a stub.
#[allow(clippy::too_many_arguments)]
pub fn session_view(
    servers: &[crate::plan::Server],
    port: u16,
    search: &[String],
    ndots: u32,
    timeout: u32,
    tries: u32,
    rc: &ResolvConf,
    resolved: &Resolved,
    from_user: bool,
) -> ServersView {
    let mut rows: Vec<ServerRow> = servers
        .iter()
        .map(|s| {
            let origin = if from_user {
                ServerOrigin::CommandLine
            } else if rc.fallback {
                ServerOrigin::Fallback
            } else if s.name.parse().is_ok_and(is_stub_address) {
                ServerOrigin::ResolvedStub
            } else {
                ServerOrigin::ResolvConf
            };
            let address = if from_user { format!("{} ({})", s.name, s.label) } else { s.name.clone() };
            ServerRow { address, port, origin, unused: None }
        })
        .collect();
    let stub = resolved.stub_in_use || resolved.linked_to_stub;
    if let Some(up) = resolved.upstream.as_ref().filter(|_| stub) {
        rows.extend(up.nameservers.iter().map(|ip| ServerRow {
            address: ip.to_string(),
            port: 53,
            origin: ServerOrigin::ResolvedUpstream,
            unused: Some(UNUSED_UPSTREAM),
        }));
    }
    ServersView { servers: rows, search: search.to_vec(), ndots, timeout, attempts: tries, sources: Vec::new() }
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

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn command_line_servers() {
        assert_eq!(command_line(Dialect::Nslookup, &s(&["-port=5353", "x", "bitsy.mit.edu"])), (Some("bitsy.mit.edu".into()), Some(5353)));
        assert_eq!(command_line(Dialect::Nslookup, &s(&["x"])), (None, None));
        assert_eq!(command_line(Dialect::Dig, &s(&["@127.0.0.1", "-p", "5300", "x"])), (Some("127.0.0.1".into()), Some(5300)));
        assert_eq!(command_line(Dialect::Dig, &s(&["-p5301", "x"])), (None, Some(5301)));
    }

    #[test]
    fn stub_with_upstreams() {
        let rc = ResolvConf::parse(b"nameserver 127.0.0.53\nsearch .\n").unwrap();
        let up = ResolvConf::parse(b"nameserver 127.0.10.1\n").unwrap();
        let r = Resolved {
            stub_in_use: true,
            linked_to_stub: false,
            upstream: Some(up),
            upstream_path: "/run/systemd/resolve/resolv.conf".into(),
        };
        let paths = Paths { resolv_conf: "/etc/resolv.conf".into(), resolved_dir: "/run/systemd/resolve".into() };
        let v = view(Dialect::Nslookup, &[], &paths, &rc, Some(&r), false);
        assert_eq!(v.servers.len(), 2);
        assert_eq!(v.servers[0].origin, ServerOrigin::ResolvedStub);
        assert_eq!(v.servers[0].unused, None);
        assert_eq!(v.servers[1].origin, ServerOrigin::ResolvedUpstream);
        assert_eq!(v.servers[1].unused, Some(UNUSED_UPSTREAM));
        assert_eq!(v.sources, vec!["/etc/resolv.conf", "/run/systemd/resolve/resolv.conf"]);
        let meta = resolver_meta(&r, false);
        assert_eq!(meta["upstreams"][0], "127.0.10.1");
    }
}
