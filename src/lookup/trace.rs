//! +trace and +nssearch: dighost's followup_lookup() (a lookup of the
//! next zone's name servers, from a referral's NS records and their glue)
//! and +nssearch's SOA query to every name server at once.

use std::time::SystemTime;

use tokio::time::Instant;

use super::{Emit, Engine, MXSERV, NS, Prepared, SOA, exchange_once, names::is_subdomain, rcode, shuffle, stream};
use crate::error::{Error, Fatal, Result};
use crate::event::{Failure, Notice};
use crate::plan::{LOOKUP_LIMIT, Lookup, Server};
use crate::response::{CookieCheck, Direction, Packet, Protocol, Response, TransportError};
use crate::wire::{self, Message, Name, Section};

impl<E: Emit> Engine<E> {
    /// +nssearch's second step: the SOA query goes to every name server at
    /// once and each reply is printed as it arrives (dighost's NSSEARCH
    /// mode); failures are warnings unless no server answered. Over TLS
    /// and HTTPS the queries take the lookup's transport, and a connection
    /// that fails says so as dig's tcp_connected() does (path A).
    ///
    /// A deliberate difference from BIND 9.18: dig decides whether any
    /// server answered when the last query has been *sent* (send_done() ->
    /// nssearch_next() checks `ns_search_success` before any reply can
    /// have arrived), so with a single name server address it sends the
    /// query, says `NS servers could not be reached` and exits 9 although
    /// the server answers. rlookup waits for the replies, as dig does with
    /// two or more servers, and prints the one SOA line.
    pub(super) async fn run_nssearch(&mut self, l: &mut Lookup, p: &Prepared) -> Result<()> {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let timeout = self.timeout(l.tcp_mode);
        let mut addrs = Vec::new();
        let servers = std::sync::Arc::clone(&l.servers);
        for server in servers.iter() {
            if let Some(addr) = self.server_addr(server, l).await {
                addrs.push((server.clone(), addr));
            }
        }
        let mut pending = 0usize;
        for (server, addr) in addrs {
            let (tx, query, id) = (tx.clone(), p.bytes.clone(), p.id);
            let (lookup, run, pool) = (l.clone(), self.settings.clone(), self.pool.clone());
            pending += 1;
            tokio::spawn(async move {
                let sent_at = SystemTime::now();
                let started = Instant::now();
                let deadline = started + timeout;
                let result = if lookup.tcp_mode {
                    stream_exchange(&lookup, &server, addr, &run, &pool, &query, timeout).await
                } else {
                    exchange_once(addr, &query, id, false, run.source, deadline).await.map(|b| (b, Protocol::Udp)).map_err(NsFailure::Comm)
                };
                let _ = tx.send((server, addr, sent_at, started.elapsed(), result));
            });
        }
        drop(tx);
        let mut success = false;
        while pending > 0 {
            let Some((server, addr, sent_at, rtt, result)) = rx.recv().await else { break };
            pending -= 1;
            let (bytes, protocol) = match result {
                Ok(reply) => reply,
                Err(NsFailure::Comm(error)) => {
                    let timeout = timeout.as_secs() as u32;
                    self.warn(Notice::CommunicationsError { addr, error, timeout })?;
                    continue;
                }
                Err(NsFailure::Connect(stream::Connect::Failed(error))) => {
                    self.warn(Notice::ConnectionFailed { addr, server: server.name.to_string(), name: l.textname.clone(), error })?;
                    continue;
                }
                Err(NsFailure::Connect(stream::Connect::Verify(text))) => {
                    self.warn(Notice::TlsVerify { addr, text })?;
                    continue;
                }
                Err(NsFailure::Connect(stream::Connect::Silent)) => continue,
                Err(NsFailure::Connect(stream::Connect::Context(e))) => {
                    self.warn(Notice::TlsContext { pair: e == crate::transport::tls::ContextError::CertKeyPair })?;
                    continue;
                }
            };
            success = true;
            self.packet(l, || Packet {
                direction: Direction::Received,
                protocol,
                local: None,
                peer: addr,
                bytes: bytes.clone(),
                at: SystemTime::now(),
            })?;
            let parsed =
                if l.besteffort { wire::message::parse_best_effort(&bytes) } else { wire::message::parse(&bytes).map(|m| (m, false)) };
            let (message, malformed) = match parsed {
                Ok(m) => m,
                Err(e) => {
                    self.bad_packet(l, &server, addr, protocol, &p.bytes, bytes, e, sent_at, rtt)?;
                    continue;
                }
            };
            if message.rcode() == rcode::SERVFAIL && !l.servfail_stops {
                self.comment(l, Notice::ServFail { server: server.name.to_string(), next: false })?;
            }
            let rcode = message.rcode();
            let r = Response {
                query: p.bytes.clone(),
                bytes,
                message: std::sync::Arc::new(message),
                server: addr,
                server_label: server.label.to_string(),
                protocol,
                sent_at,
                rtt,
                cookie: CookieCheck::NotChecked,
                malformed,
            };
            let reply = self.print(l, &server, p, r)?;
            if rcode == rcode::NOERROR || l.origin.is_none() {
                self.received(l, reply, None)?;
            }
        }
        if !success {
            self.fail(Failure::NsServers)?;
            self.exit(super::ExitOp::Raise(9));
        }
        Ok(())
    }

    /// BIND's followup_lookup() (+trace, +nssearch): a new lookup, first in
    /// the queue, whose servers are the name servers of the NS records in
    /// `section`. Their addresses come from the system resolver, as BIND's
    /// getaddresses() asks getaddrinfo() for every one (the glue in the
    /// reply is not used: it can name an address the name itself does not
    /// resolve to, or resolve at all).
    /// Returns how many server addresses were found.
    pub(super) fn followup_lookup<'a>(
        &'a mut self,
        l: &'a mut Lookup,
        msg: &'a Message,
        section: Section,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<usize>> + 'a>> {
        Box::pin(async move {
            let records = msg.section(section);
            let mut owners: Vec<&Name> = Vec::new();
            for r in records {
                if !owners.iter().any(|o| o.eq_ignore_case(&r.name)) {
                    owners.push(&r.name);
                }
            }
            let mut new: Option<Lookup> = None;
            let mut found = 0usize;
            let mut first_bad: Option<String> = None;
            let (mut horizontal, mut bad) = (false, false);
            for owner in owners {
                let of_owner = || records.iter().filter(move |r| r.name.eq_ignore_case(owner));
                if section == Section::Authority && of_owner().any(|r| r.rtype == SOA) {
                    return Ok(0);
                }
                if !of_owner().any(|r| r.rtype == NS) {
                    continue;
                }
                if l.trace
                    && !l.trace_root
                    && let Some(domain) = &l.fdomain
                {
                    if owner.eq_ignore_case(domain) {
                        if !horizontal {
                            self.warn(Notice::HorizontalReferral)?;
                        }
                        horizontal = true;
                    } else if !is_subdomain(owner, domain) {
                        if !bad {
                            self.warn(Notice::BadReferral)?;
                        }
                        bad = true;
                        continue;
                    }
                }
                for r in of_owner().filter(|r| r.rtype == NS) {
                    if l.trace_root && l.nsfound >= MXSERV {
                        break;
                    }
                    l.nsfound += 1;
                    let mut pos = 0;
                    let Some(target) = crate::wire::rdata_name(&r.rdata, &mut pos) else { continue };
                    let namestr = target.to_text(true);
                    if new.is_none() {
                        self.lookup_counter += 1;
                        let mut n = l.clone_for_requeue(false);
                        n.doing_xfr = false;
                        n.trace = if !l.trace_root && section == Section::Answer { false } else { l.trace };
                        n.ns_search_only = l.ns_search_only;
                        n.trace_root = false;
                        if n.ns_search_only {
                            n.recurse = false;
                        }
                        n.fdomain = Some(owner.clone());
                        new = Some(n);
                    }
                    // getaddresses(): the system resolver (hosts file,
                    // then resolv.conf's servers), never the referral's
                    // glue: when the name itself does not resolve (a lame
                    // delegation) BIND says so rather than asking the glue
                    // address.
                    match crate::sysresolve::addresses(&namestr, self.settings.ipv4_only, self.settings.ipv6_only).await {
                        Ok(addrs) => {
                            found += addrs.len();
                            if let Some(n) = new.as_mut() {
                                std::sync::Arc::make_mut(&mut n.servers)
                                    .extend(addrs.iter().map(|a| Server::new(a.to_string(), namestr.clone())));
                            }
                        }
                        Err(e) => {
                            self.warn(Notice::CouldntGetAddress { name: namestr.clone(), why: e.to_string() })?;
                            first_bad.get_or_insert(namestr);
                        }
                    }
                }
            }
            if found == 0
                && let Some(name) = first_bad
            {
                // BIND prints the loop's last result here: ISC_R_NOMORE.
                return Err(Error::Fatal(Fatal::CouldntGetAddress { name, why: "no more".into() }));
            }
            let Some(mut n) = new else {
                if section == Section::Answer && (l.trace || l.ns_search_only) {
                    return self.followup_lookup(l, msg, Section::Authority).await;
                }
                return Ok(found);
            };
            shuffle(std::sync::Arc::make_mut(&mut n.servers).as_mut_slice());
            self.lookup_counter += 1;
            if self.lookup_counter > LOOKUP_LIMIT {
                return Err(Error::Fatal(Fatal::TooManyLookups));
            }
            self.queue.push_front(n);
            Ok(found)
        })
    }
}

/// Why one of +nssearch's queries came to nothing.
enum NsFailure {
    /// The connection (TCP, TLS, HTTPS) could not be made.
    Connect(stream::Connect),
    /// Sending or receiving failed.
    Comm(TransportError),
}

/// What one of +nssearch's queries came to: the reply and what carried it.
type NsResult = std::result::Result<(Vec<u8>, Protocol), NsFailure>;

/// One +nssearch query over the lookup's stream transport (TCP, TLS,
/// HTTPS...), on a connection of its own.
#[allow(clippy::too_many_arguments)]
async fn stream_exchange(
    l: &Lookup,
    server: &Server,
    addr: std::net::SocketAddr,
    run: &crate::plan::Settings,
    pool: &std::sync::Arc<crate::transport::pool::Pool>,
    query: &[u8],
    timeout: std::time::Duration,
) -> NsResult {
    let mut channel = stream::Stream::connect(l, server, addr, run, pool, timeout, None).await.map_err(NsFailure::Connect)?;
    let deadline = Instant::now() + timeout;
    channel.send(query, deadline).await.map_err(NsFailure::Comm)?;
    let protocol = channel.protocol();
    let bytes = channel.recv(deadline).await.map_err(NsFailure::Comm)?;
    Ok((bytes, protocol))
}
