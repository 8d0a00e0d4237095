//! +trace and +nssearch: dighost's followup_lookup() (a lookup of the
//! next zone's name servers, from a referral's NS records and their glue)
//! and +nssearch's SOA query to every name server at once.

use std::net::IpAddr;
use std::time::SystemTime;

use tokio::time::Instant;

use super::{Emit, Engine, MXSERV, NS, Prepared, SOA, exchange_once, names::is_subdomain, rcode, shuffle};
use crate::error::{Error, Fatal, Result};
use crate::event::{Failure, Notice};
use crate::plan::{LOOKUP_LIMIT, Lookup, Server};
use crate::response::{CookieCheck, Direction, Packet, Protocol, Response};
use crate::wire::{self, Message, Name, Section};

impl<E: Emit> Engine<E> {
    /// +nssearch's second step: the SOA query goes to every name server at
    /// once and each reply is printed as it arrives (dighost's NSSEARCH
    /// mode); failures are warnings unless no server answered.
    pub(super) async fn run_nssearch(&mut self, l: &mut Lookup, p: &Prepared) -> Result<()> {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let timeout = self.timeout(l.tcp_mode);
        let mut pending = 0usize;
        for server in l.servers.clone() {
            let Some(addr) = self.server_addr(&server, l).await else { continue };
            let (tx, query, tcp, source, id) = (tx.clone(), p.bytes.clone(), l.tcp_mode, self.settings.source, p.id);
            pending += 1;
            tokio::spawn(async move {
                let sent_at = SystemTime::now();
                let started = Instant::now();
                let result = exchange_once(addr, &query, id, tcp, source, started + timeout).await;
                let _ = tx.send((server, addr, sent_at, started.elapsed(), result));
            });
        }
        drop(tx);
        let mut success = false;
        let protocol = if l.tcp_mode { Protocol::Tcp } else { Protocol::Udp };
        while pending > 0 {
            let Some((server, addr, sent_at, rtt, result)) = rx.recv().await else { break };
            pending -= 1;
            let bytes = match result {
                Ok(b) => b,
                Err(error) => {
                    let timeout = timeout.as_secs() as u32;
                    self.warn(Notice::CommunicationsError { addr, error, timeout })?;
                    continue;
                }
            };
            success = true;
            self.packet(
                l,
                Packet { direction: Direction::Received, protocol, local: None, peer: addr, bytes: bytes.clone(), at: SystemTime::now() },
            )?;
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
                self.comment(l, Notice::ServFail { server: server.name.clone(), next: false })?;
            }
            let rcode = message.rcode();
            let r = Response {
                query: p.bytes.clone(),
                bytes,
                message: std::sync::Arc::new(message),
                server: addr,
                server_label: server.label.clone(),
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
    /// `section`. Their addresses come from the glue in the reply, else
    /// from the system resolver (BIND asks the system resolver for every
    /// one; glue gives the same addresses without the round trip).
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
                    match self.ns_addresses(msg, &target, &namestr).await {
                        Ok(addrs) => {
                            found += addrs.len();
                            if let Some(n) = new.as_mut() {
                                n.servers.extend(addrs.iter().map(|a| Server::new(a.to_string(), namestr.clone())));
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
            shuffle(&mut n.servers);
            self.lookup_counter += 1;
            if self.lookup_counter > LOOKUP_LIMIT {
                return Err(Error::Fatal(Fatal::TooManyLookups));
            }
            self.queue.push_front(n);
            Ok(found)
        })
    }

    /// The addresses of a name server named in a referral: its glue in the
    /// reply (of the families this host can use), else the system resolver.
    pub(super) async fn ns_addresses(
        &self,
        msg: &Message,
        target: &Name,
        namestr: &str,
    ) -> std::result::Result<Vec<IpAddr>, crate::sysresolve::ResolveError> {
        let (v4, v6) = crate::sysresolve::usable_families(self.settings.ipv4_only, self.settings.ipv6_only);
        let glue: Vec<IpAddr> = msg
            .additional
            .iter()
            .filter(|r| r.name.eq_ignore_case(target))
            .filter_map(|r| match (r.rtype, r.rdata.len()) {
                (1, 4) if v4 => Some(IpAddr::from([r.rdata[0], r.rdata[1], r.rdata[2], r.rdata[3]])),
                (28, 16) if v6 => <[u8; 16]>::try_from(r.rdata.as_slice()).ok().map(IpAddr::from),
                _ => None,
            })
            .collect();
        if !glue.is_empty() {
            return Ok(glue);
        }
        crate::sysresolve::addresses(namestr, self.settings.ipv4_only, self.settings.ipv6_only).await
    }
}
