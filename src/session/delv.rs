//! delv, running: bin/delv/delv.c's main() after the arguments. The
//! grammar (`cli::delv`) gives the plan; this sets up what delv sets up,
//! in its order and with its messages (the source sockets of `-b`,
//! `-p`'s port, the servers: `@server` resolved with getaddrinfo() or
//! resolv.conf's, the trust anchors from `-a FILE`, /etc/bind/bind.keys
//! or the built-in root key through `config::anchors::setup`, the query
//! name), runs the validating lookup (`validate::resolve` over
//! `session::fetch::ServerFetch`) and hands its outcome to the sink as one
//! `Event::Delv` (`render::delv` prints it as delv does).
//!
//! Exit status as delv's: 1 for usage and fatal errors (including an
//! unreadable or unparsable `-a` file, and no anchor for the name), 0
//! once a lookup was attempted or given up after setup, whatever came of
//! it.

use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;

use super::fetch::{FetchOptions, ServerFetch};
use super::{Live, Options};
use crate::cli::delv::{self as grammar, End, Host, PROGNAME};
use crate::cli::dig::{inet_pton4, inet_pton6, isc_parse_uint32};
use crate::config::ResolvConf;
use crate::config::anchors::{self, Failure, TrustAnchors};
use crate::config::resolv_conf::ResolvConfError;
use crate::error::{Error, Result};
use crate::event::{DelvResult, Event, Said};
use crate::plan::DelvPlan;
use crate::validate::{self, AnswerSet};
use crate::wire::Name;

const RRSIG: u16 = 46;

/// `--servers`: the servers delv would ask (`@server`, else resolv.conf's)
/// and where they come from, instead of the lookup.
fn servers_view(plan: &DelvPlan, rc: &ResolvConf, req: &super::servers::ServersRequest) -> crate::plan::ServersView {
    let mut settings = super::dig::settings_from(rc);
    if let Ok(p) = plan.port.parse::<u16>() {
        settings.port = p;
    }
    let lookup_servers: Vec<crate::plan::Server> = plan.server.iter().map(|s| crate::plan::Server::new(s.clone(), s.clone())).collect();
    let e = super::servers::InEffect {
        settings: &settings,
        settings_from_user: false,
        run_servers_unused: !lookup_servers.is_empty(),
        lookup_servers,
    };
    super::servers::view(&e, req)
}

/// How a setup step ended the run early.
enum Stop {
    /// The exit status (the messages are out).
    Exit(i32),
}

/// delv from its arguments to its exit status.
pub async fn main(args: &[String], rc: &ResolvConf, mut live: Live, opts: Options) -> (i32, Option<Error>) {
    let host = Host { have_ipv4: true, have_ipv6: std::net::UdpSocket::bind("[::1]:0").is_ok() };
    let parsed = grammar::parse(args, host);
    let result: Result<i32> = async {
        for e in &parsed.events {
            live.show(e)?;
        }
        let plan = match &parsed.end {
            End::Exit(n) => return Ok(*n),
            End::Run(plan) => plan,
        };
        if let Some(req) = &opts.servers {
            live.show(&Event::Servers(Arc::new(servers_view(plan, rc, req))))?;
            return Ok(0);
        }
        let rc = match &opts.resolv_conf_error {
            Some(e) => Err(e),
            None => Ok(rc),
        };
        match lookup(plan, rc, &mut live).await? {
            Ok(()) => Ok(0),
            Err(Stop::Exit(n)) => Ok(n),
        }
    }
    .await;
    let _ = live.finish();
    match result {
        Ok(n) => (n, None),
        Err(e) => (e.exit_status(0), Some(e)),
    }
}

fn stderr(live: &mut Live, text: String) -> Result<()> {
    live.show(&Event::Stderr(text))
}

/// fatal(): `delv: MESSAGE`, exit 1.
fn fatal(live: &mut Live, message: &str) -> Result<Stop> {
    stderr(live, format!("{PROGNAME}: {message}\n"))?;
    Ok(Stop::Exit(1))
}

/// The text of an error binding a socket, as isc_result_totext() says it.
fn bind_error_text(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "address in use",
        std::io::ErrorKind::AddrNotAvailable => "address not available",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        _ => "unexpected error",
    }
}

/// Everything after parse_args(): Err(stop) when delv stops before or
/// instead of the lookup.
async fn lookup(
    plan: &DelvPlan,
    rc: std::result::Result<&ResolvConf, &ResolvConfError>,
    live: &mut Live,
) -> Result<std::result::Result<(), Stop>> {
    // dns_client_create(): the dispatch sockets on the -b addresses.
    for source in [plan.source4, plan.source6].into_iter().flatten() {
        if let Err(e) = std::net::UdpSocket::bind(source) {
            stderr(live, format!(";; dns_client_create: {}\n", bind_error_text(&e)))?;
            return Ok(Err(Stop::Exit(0)));
        }
    }
    // addserver() / findserver(): the port first.
    let port = match isc_parse_uint32(plan.port.as_bytes(), 10).and_then(|n| if n > 0xffff { Err("out of range") } else { Ok(n) }) {
        Ok(p) => p as u16,
        Err(why) => {
            live.show(&Event::Said(Said::InvalidValue(format!("invalid port '{}': {why}", plan.port))))?;
            return Ok(Err(fatal(live, "Couldn't parse port number")?));
        }
    };
    let servers = match servers(plan, rc, live).await? {
        Ok(s) => s,
        Err(stop) => return Ok(Err(stop)),
    };
    let anchors = if plan.validate {
        match trust_anchors(plan, live)? {
            Ok(a) => Some(a),
            Err(stop) => return Ok(Err(stop)),
        }
    } else {
        None
    };
    let qname = match Name::from_text(&plan.qname, Some(&Name::root())) {
        Ok(n) => n,
        Err(e) => {
            stderr(live, format!(";; failed to convert QNAME {}: {e}\n", plan.qname))?;
            return Ok(Err(Stop::Exit(0)));
        }
    };
    let options = validate::Options {
        validate: plan.validate,
        cdflag: plan.cdflag,
        tcp: plan.tcp,
        // The fetcher gives up first (10 s over UDP, 12 s over TCP).
        fetch_timeout: std::time::Duration::from_secs(15),
        ..validate::Options::default()
    };
    let fetch = ServerFetch::new(&servers, port, FetchOptions { source4: plan.source4, source6: plan.source6, ..FetchOptions::default() });
    let mut resolution = validate::resolve(&fetch, anchors.as_ref(), options, &qname, plan.qtype).await;
    if plan.no_sigs {
        strip_signatures(&mut resolution);
    }
    let mut print = plan.print.clone();
    // -d N shows the resolver's DEBUG(1) and the validator's DEBUG(3)
    // lines through the default channel (with much more that rlookup
    // does not log).
    print.rtrace |= plan.debug >= 1;
    print.vtrace |= plan.debug >= 3;
    live.show(&Event::Delv(Arc::new(DelvResult { resolution, print })))?;
    Ok(Ok(()))
}

/// `-i` (DNS_CLIENTRESOPT_NODNSSEC): no RRSIG rdatasets in the answer
/// list (the proofs of a negative answer keep theirs).
pub fn strip_signatures(resolution: &mut validate::Resolution) {
    for a in &mut resolution.answers {
        a.sets.retain(|s| !matches!(s, AnswerSet::Records(r) if r.rtype == RRSIG));
    }
    resolution.answers.retain(|a| !a.sets.is_empty());
}

/// addserver() (`@server`: an address, or a name resolved with
/// getaddrinfo(), every address of it) or findserver() (resolv.conf's of
/// the allowed families, else 127.0.0.1 and ::1; a resolv.conf libirs
/// refuses: none, and the lookup ends NXDOMAIN without a query).
async fn servers(
    plan: &DelvPlan,
    rc: std::result::Result<&ResolvConf, &ResolvConfError>,
    live: &mut Live,
) -> Result<std::result::Result<Vec<IpAddr>, Stop>> {
    let allowed = |ip: &IpAddr| if ip.is_ipv4() { plan.ipv4 } else { plan.ipv6 };
    let Some(server) = &plan.server else {
        let rc = match rc {
            Ok(rc) => rc,
            Err(e) => {
                stderr(live, format!(";; irs_resconf_load: {e}\n"))?;
                return Ok(Ok(Vec::new()));
            }
        };
        let mut found: Vec<IpAddr> = rc.nameservers.iter().copied().filter(allowed).collect();
        if found.is_empty() {
            found = grammar::fallback_servers(plan);
        }
        return Ok(Ok(found));
    };
    if let Some(a) = inet_pton4(server.as_bytes()) {
        if !plan.ipv4 {
            return Ok(Err(fatal(live, "Use of IPv4 disabled by -6")?));
        }
        return Ok(Ok(vec![IpAddr::V4(a)]));
    }
    if let Some(a) = inet_pton6(server.as_bytes()) {
        if !plan.ipv6 {
            return Ok(Err(fatal(live, "Use of IPv6 disabled by -4")?));
        }
        return Ok(Ok(vec![IpAddr::V6(a)]));
    }
    match crate::sysresolve::addresses_any_family(server, !plan.ipv6, !plan.ipv4).await {
        Ok(ips) => Ok(Ok(ips.into_iter().filter(allowed).collect())),
        Err(e) => {
            // gai_strerror() of what getaddrinfo() would have said.
            let why = match e {
                _ if server.is_empty() => "No address associated with hostname",
                crate::sysresolve::ResolveError::NotFound => "Name or service not known",
                crate::sysresolve::ResolveError::Failure => "Temporary failure in name resolution",
            };
            stderr(live, format!(";; getaddrinfo failed: {why}\n"))?;
            // delv goes on without a server: the lookup ends NXDOMAIN.
            Ok(Ok(Vec::new()))
        }
    }
}

/// setup_dnsseckeys(): the anchors of `+root=NAME` (default `.`) from
/// `-a FILE`, else /etc/bind/bind.keys, else the built-in root keys.
fn trust_anchors(plan: &DelvPlan, live: &mut Live) -> Result<std::result::Result<TrustAnchors, Stop>> {
    // The file's name with its bytes, as typed (rawtext).
    let file = plan.anchor_file.as_deref().map(crate::rawtext::to_os);
    let setup = anchors::setup(file.as_deref().map(Path::new), plan.anchor_name.as_deref());
    for line in &setup.log {
        stderr(live, format!("{line}\n"))?;
    }
    match setup.result {
        Ok(a) => Ok(Ok(a)),
        Err(Failure::Fatal(message)) => Ok(Err(fatal(live, &message)?)),
        Err(Failure::Setup) => Ok(Err(Stop::Exit(0))),
    }
}

#[cfg(test)]
#[path = "delv_tests.rs"]
mod tests;
