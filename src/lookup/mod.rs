//! The lookup engine: BIND's dighost, the machinery under both nslookup and
//! dig, ported for its observable behaviour. It takes `plan::Lookup`s from a
//! queue and, for each, applies the search list, sends the query to each
//! server in turn over UDP or TCP (`transport`), retries, fails over,
//! retries truncated replies over TCP, checks that a reply answers the
//! query (id, question, source address: RFC 5452) and decodes it (`wire`).
//! It prints nothing: everything that happens is emitted as a typed
//! `event::Event` (a reply with its raw bytes, a warning, a failure, a
//! packet) to whatever the session gives it ([`Emit`]): a sink that prints
//! as events come, or a recording to print later.
//!
//! The order of the steps, the messages (";; communications error to ...")
//! and the retry arithmetic are BIND's (bin/dig/dighost.c, 9.18), including
//! its quirks, because scripts and exercises depend on that text.

use std::collections::VecDeque;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use crate::error::{Error, Fatal, Result};
use crate::event::{self, Event, Failure, IdMismatch, Notice, Reply, XfrCounts};
use crate::plan::{LOOKUP_LIMIT, Lookup, Server, Settings, TCP_TIMEOUT, UDP_TIMEOUT};
use crate::response::{CookieCheck, Direction, Packet, Protocol, Response, TransportError};
use crate::transport::tcp::TcpChannel;
use crate::transport::udp::{PooledChannel, UdpChannel};
use crate::wire::{self, Message, Name, Section};

mod names;
mod query;
mod stream;
mod trace;
mod xfr;

pub use names::{ParsedName, parse_name};
use names::{concatenate, count_dots};
use query::decode_own_query;
use xfr::{XfrProgress, XfrState};

/// RCODEs the engine acts on.
pub mod rcode {
    pub const NOERROR: u16 = 0;
    pub const SERVFAIL: u16 = 2;
    pub const NXDOMAIN: u16 = 3;
    pub const BADVERS: u16 = 16;
    pub const BADCOOKIE: u16 = 23;
}

/// EDNS option codes the engine sends or reads.
pub mod ednsopt {
    pub const NSID: u16 = 3;
    pub const CLIENT_SUBNET: u16 = 8;
    pub const EXPIRE: u16 = 9;
    pub const COOKIE: u16 = 10;
    pub const TCP_KEEPALIVE: u16 = 11;
    pub const PADDING: u16 = 12;
}

const NS: u16 = 2;
const SOA: u16 = 6;
const IXFR: u16 = 251;
const AXFR: u16 = 252;
/// Name servers followed from the root at most (dighost.h's MXSERV).
const MXSERV: u32 = 20;

/// Where the engine's events go: a sink that prints them as they come
/// (through the session, which keeps its dialect's state from them), or a
/// recording. An error stops the run (a closed output, BIND's fatal()
/// raised while printing).
pub trait Emit {
    fn emit(&mut self, event: Event) -> Result<()>;

    /// Whether packets are wanted (`--dump`, a pcap file); a lookup with
    /// nslookup's `-d2` always emits them.
    fn wants_packets(&self) -> bool {
        true
    }
}

/// Events kept to be printed later, in order.
impl Emit for Vec<Event> {
    fn emit(&mut self, event: Event) -> Result<()> {
        self.push(event);
        Ok(())
    }
}

/// A change of dighost's `exitcode`, kept so that lookups run at the same
/// time can apply theirs to the run's status in input order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitOp {
    /// A query went out: `exitcode = 0`.
    Reset,
    /// A query failed: `exitcode = max(exitcode, N)`.
    Raise(i32),
}

impl ExitOp {
    pub fn apply(self, exitcode: i32) -> i32 {
        match self {
            ExitOp::Reset => 0,
            ExitOp::Raise(n) => exitcode.max(n),
        }
    }
}

/// What to do after one query's exchange.
enum Step {
    /// The lookup is over (answered, requeued or given up).
    Done,
    /// Send the lookup's query to the next server in its list.
    Next,
    /// Send it again to the same server (a UDP retry).
    Retry,
}

/// What became of one reply datagram or TCP message.
enum ReplyStep {
    /// Not the answer (wrong id, question or opcode): keep listening.
    KeepReading,
    /// A zone transfer goes on: read the next message.
    MoreXfr,
    Step(Step),
}

/// A lookup ready to send: its name and its query bytes.
struct Prepared {
    qname: Name,
    id: u16,
    bytes: Vec<u8>,
    /// The query decoded, for printing (+qr only).
    message: Option<Arc<Message>>,
}

pub struct Engine<E: Emit> {
    pub settings: Settings,
    queue: VecDeque<Lookup>,
    /// dighost's exitcode: 0, or 9 after a failed query (dig's status).
    pub exitcode: i32,
    /// Every change made to `exitcode`, in order, when recording.
    pub exit_ops: Option<Vec<ExitOp>>,
    /// The lookup as the last event showed it (events share it while it
    /// does not change).
    snapshot: Option<Arc<Lookup>>,
    /// Sockets to reuse between the queries of a batch; None: a new
    /// socket per query, as dig.
    pub udp_pool: Option<crate::transport::udp::SocketPool>,
    /// The run's TLS contexts and encrypted connections (one TLS session
    /// serves every query of a run to a server).
    pub pool: Arc<crate::transport::pool::Pool>,
    /// A lookup of a concurrent batch: its TCP and DoT queries go on the
    /// connection the batch's lookups share with the server
    /// (`transport::pipeline`).
    pub pipelining: bool,
    /// The TSIG state of the lookup in flight (its query's signature, the
    /// transfer's chain of MACs).
    tsig: Option<wire::tsig::Verifier>,
    lookup_counter: u32,
    pub emit: E,
    /// dig's client cookie (the first 8 bytes of a per-run secret).
    client_cookie: [u8; 8],
}

impl<E: Emit> Engine<E> {
    pub fn new(settings: Settings, emit: E) -> Engine<E> {
        Engine::sharing(settings, emit, rand_bytes(), Arc::default())
    }

    /// An engine with the run's client cookie and encrypted connections (a
    /// lookup of a batch).
    pub fn sharing(settings: Settings, emit: E, client_cookie: [u8; 8], pool: Arc<crate::transport::pool::Pool>) -> Engine<E> {
        Engine {
            settings,
            queue: VecDeque::new(),
            exitcode: 0,
            exit_ops: None,
            snapshot: None,
            udp_pool: None,
            pool,
            pipelining: false,
            tsig: None,
            lookup_counter: 0,
            emit,
            client_cookie,
        }
    }

    /// The run's client cookie (shared by the engines of a batch, as one
    /// dig process has one).
    pub fn client_cookie(&self) -> [u8; 8] {
        self.client_cookie
    }

    /// The lookup as it is now, for an event.
    fn snapshot(&mut self, l: &Lookup) -> Arc<Lookup> {
        if let Some(s) = self.snapshot.as_ref().filter(|s| ***s == *l) {
            return s.clone();
        }
        let s = Arc::new(l.clone());
        self.snapshot = Some(s.clone());
        s
    }

    /// The lookup for a reply's event: the snapshot its query went out
    /// with when all that changed since is the server cookie the reply
    /// just taught it (process_opt()). No sink reads an event's cookie,
    /// and a batch holds thousands of replies while an earlier lookup
    /// waits: a second copy of the lookup for each was a tenth of that.
    fn reply_snapshot(&mut self, l: &mut Lookup) -> Arc<Lookup> {
        if let Some(s) = self.snapshot.clone()
            && s.cookie != l.cookie
        {
            let learned = std::mem::replace(&mut l.cookie, s.cookie.clone());
            let same = *s == *l;
            l.cookie = learned;
            if same {
                return s;
            }
        }
        self.snapshot(l)
    }

    /// Changes dighost's exitcode (and records the change).
    fn exit(&mut self, op: ExitOp) {
        self.exitcode = op.apply(self.exitcode);
        if let Some(ops) = self.exit_ops.as_mut() {
            ops.push(op);
        }
    }

    fn warn(&mut self, notice: Notice) -> Result<()> {
        self.emit.emit(Event::Warning(notice))
    }

    /// dighost_comments(): shown when the lookup shows comments.
    fn comment(&mut self, l: &Lookup, notice: Notice) -> Result<()> {
        self.emit.emit(Event::Comment { notice, shown: l.display.comments })
    }

    fn fail(&mut self, failure: Failure) -> Result<()> {
        self.emit.emit(Event::Failure(failure))
    }

    /// dig's greeting, when no reply printed it.
    fn greeting(&mut self, l: &Lookup) -> Result<()> {
        if l.cmdline.is_empty() {
            return Ok(());
        }
        self.emit.emit(Event::Greeting(l.cmdline.clone()))
    }

    /// A packet sent or received, made (its bytes copied) only when wanted.
    fn packet(&mut self, l: &Lookup, packet: impl FnOnce() -> Packet) -> Result<()> {
        if !l.display.d2 && !self.emit.wants_packets() {
            return Ok(());
        }
        self.emit.emit(Event::Packet { packet: Arc::new(packet()), d2: l.display.d2 })
    }

    /// dighost_printmessage(): a reply to show. Returns it for
    /// [`Engine::received`].
    fn reply(&mut self, l: &mut Lookup, server: &Server, qname: &Name, xfr: Option<XfrCounts>, response: Response) -> Result<Arc<Reply>> {
        let reply = Arc::new(Reply { lookup: self.reply_snapshot(l), server: server.clone(), qname: qname.clone(), xfr, response });
        self.emit.emit(Event::Reply(reply.clone()))?;
        Ok(reply)
    }

    /// dighost_received(): the reply is the lookup's answer.
    fn received(&mut self, l: &Lookup, reply: Arc<Reply>, xfr: Option<XfrCounts>) -> Result<()> {
        self.emit.emit(Event::Received(event::Received { reply, tcp: l.tcp_mode, xfr, at: SystemTime::now() }))
    }

    /// A reply that could not be decoded.
    #[allow(clippy::too_many_arguments)]
    fn bad_packet(
        &mut self,
        l: &Lookup,
        server: &Server,
        addr: SocketAddr,
        protocol: Protocol,
        query: &[u8],
        bytes: Vec<u8>,
        error: wire::ParseError,
        sent_at: SystemTime,
        rtt: Duration,
    ) -> Result<()> {
        let b = event::BadPacket {
            lookup: l.clone(),
            server: server.clone(),
            addr,
            protocol,
            query: query.to_vec(),
            bytes,
            error,
            sent_at,
            rtt,
        };
        self.emit.emit(Event::BadPacket(Arc::new(b)))
    }

    /// The query is about to go out (dig +qr prints it).
    fn sending(&mut self, l: &Lookup, server: &Server, addr: SocketAddr, p: &Prepared, protocol: Protocol) -> Result<()> {
        let s = event::Sending {
            lookup: self.snapshot(l),
            server: server.clone(),
            addr,
            qname: p.qname.clone(),
            protocol,
            bytes: p.bytes.clone(),
            message: p.message.clone(),
            at: SystemTime::now(),
        };
        self.emit.emit(Event::Sending(Arc::new(s)))
    }

    /// Queues a lookup after the ones already queued.
    pub fn push(&mut self, lookup: Lookup) {
        self.queue.push_back(lookup);
    }

    /// The queued lookups, to change (nslookup: a server URL's transport
    /// holds for the lookups queued before it on the command line, which
    /// go to that server).
    pub fn queued_mut(&mut self) -> impl Iterator<Item = &mut Lookup> {
        self.queue.iter_mut()
    }

    /// Drops every queued lookup (a lookup abandoned with Ctrl-C must not
    /// leave its follow-ups, such as nslookup's AAAA, to the next command).
    pub fn clear_queue(&mut self) {
        self.queue.clear();
    }

    /// Takes the queued lookups (to run them elsewhere: a batch).
    pub fn take_queue(&mut self) -> Vec<Lookup> {
        self.queue.drain(..).collect()
    }

    /// Runs `lookup` before the queued ones (as if queued first, without
    /// a queue for a lone lookup), then them.
    pub async fn run_first(&mut self, lookup: Lookup) -> Result<()> {
        self.run_lookup(lookup).await?;
        self.emit.emit(Event::LookupDone)?;
        self.run().await
    }

    /// Runs every queued lookup, and those they queue, to the end.
    pub async fn run(&mut self) -> Result<()> {
        while let Some(lookup) = self.queue.pop_front() {
            self.run_lookup(lookup).await?;
            self.emit.emit(Event::LookupDone)?;
        }
        Ok(())
    }

    /// BIND's requeue_lookup(): a copy of `l` goes to the front of the queue.
    fn requeue(&mut self, l: &Lookup) -> Result<&mut Lookup> {
        self.lookup_counter += 1;
        if self.lookup_counter > LOOKUP_LIMIT {
            return Err(Error::Fatal(Fatal::TooManyLookups));
        }
        self.queue.push_front(l.clone_for_requeue(true));
        Ok(self.queue.front_mut().expect("just pushed"))
    }

    /// BIND's next_origin(): after an NXDOMAIN, queue the lookup with the
    /// next search-list entry (or the name as is). True if one was queued.
    fn next_origin(&mut self, l: &Lookup) -> Result<bool> {
        if !self.settings.usesearch {
            return Ok(false);
        }
        if let Ok(parsed) = parse_name(&l.textname)
            && (parsed.absolute || parsed.name.labels().len() as u32 > self.settings.ndots)
        {
            return Ok(false);
        }
        if l.origin.is_none() && !l.need_search {
            return Ok(false);
        }
        let next = if l.origin.is_none() {
            (self.settings.search.first().map(|_| 0), false)
        } else {
            let n = l.origin.map(|i| i + 1).filter(|i| *i < self.settings.search.len());
            if n.is_none() && l.done_as_is {
                return Ok(false);
            }
            (n, l.need_search)
        };
        let new = self.requeue(l)?;
        new.origin = next.0;
        new.need_search = next.1;
        Ok(true)
    }

    /// BIND's setup_lookup(): the name to ask and the query message. None
    /// when the name with this origin is too long (the next origin is
    /// tried).
    fn setup_lookup(&mut self, l: &mut Lookup) -> Result<Option<Prepared>> {
        if l.new_search {
            self.lookup_counter = 0;
        }
        if l.servers.is_empty() {
            l.servers = self.settings.servers.clone();
        }
        // +idnin: the name (and the search-list origin) in A-labels. The
        // dots are counted after the conversion, as BIND does ("ü。test"
        // has one).
        let idn = |text: &str| -> Result<String> {
            crate::idn::to_ace(text).map_err(|e| Error::Fatal(Fatal::IdnIn { name: text.to_string(), why: e.to_string() }))
        };
        let textname: std::borrow::Cow<str> = if l.display.idnin { idn(&l.textname)?.into() } else { l.textname.as_str().into() };
        if l.new_search {
            if count_dots(&textname) >= self.settings.ndots as usize || !self.settings.usesearch {
                l.origin = None;
                l.done_as_is = true;
                l.need_search = self.settings.usesearch;
            } else if l.origin.is_none() && self.settings.usesearch {
                l.origin = self.settings.search.first().map(|_| 0);
                l.need_search = false;
            }
        }
        let qname = if l.trace && l.trace_root {
            Name::root()
        } else if let Some(idx) = l.origin {
            let origin_text = &if l.display.idnin { idn(&self.settings.search[idx])? } else { self.settings.search[idx].clone() };
            let origin = parse_name(origin_text)
                .map_err(|e| Error::Fatal(Fatal::NotInLegalSyntax { name: origin_text.to_string(), why: e.to_string() }))?;
            match parse_name(&textname) {
                Ok(p) if p.absolute => p.name,
                Ok(p) => match concatenate(&p.name, &origin.name) {
                    Some(n) => n,
                    None => return Ok(None),
                },
                Err(e) => {
                    return Err(Error::Fatal(Fatal::NotInLegalSyntax { name: l.textname.clone(), why: e.to_string() }));
                }
            }
        } else {
            match parse_name(&textname) {
                Ok(p) => p.name,
                Err(e) => return Err(Error::Abort(Fatal::NotLegalName { name: l.textname.clone(), why: e.to_string() })),
            }
        };

        if (l.trace || l.ns_search_only) && !l.trace_root {
            l.recurse = false;
        }
        if l.trace && l.trace_root {
            l.qrdtype = l.rdtype;
            l.rdtype = 2; // NS
        }
        if l.rdtype == AXFR {
            // AXFR: always TCP.
            l.doing_xfr = true;
            l.tcp_mode = true;
        } else if l.rdtype == IXFR && l.tcp_mode {
            l.doing_xfr = true;
        }

        let id = l.setqid.unwrap_or_else(rand_u16);
        let encoded = self.build_query(l, &qname, id)?;
        // The query as dig prints it (+qr) is the message before padding:
        // BIND's PAD option is zero-filled only while rendering.
        let mut message = if l.display.qr {
            Some(decode_own_query(&encoded).map_err(|e| Error::Fatal(Fatal::Other(format!("rendering the query: {e}"))))?)
        } else {
            None
        };
        // dighost's tsigkey: the query signed (at +fuzztime's time, if
        // given), the replies checked against its MAC.
        let bytes = match self.settings.tsig.clone() {
            Some(key) => {
                let time = l.fuzztime.map_or_else(now_secs, u64::from);
                let signed = wire::tsig::sign_query(&encoded.bytes, &key, time).map_err(|e| Error::Fatal(Fatal::Other(e.dig_fatal())))?;
                self.tsig = Some(wire::tsig::Verifier::new(&key, &signed));
                // dig renders (and signs) the query before printing it: +qr
                // shows its TSIG record too.
                if let Some(m) = message.as_mut()
                    && let Ok(with_tsig) = wire::message::parse(&signed.bytes)
                {
                    m.header.arcount = with_tsig.header.arcount;
                    m.tsig = with_tsig.tsig;
                }
                signed.bytes
            }
            None => {
                self.tsig = None;
                encoded.bytes
            }
        };
        if bytes.len() > 512 {
            l.tcp_mode = true;
        }
        Ok(Some(Prepared { qname, id, bytes, message: message.map(Arc::new) }))
    }

    /// One lookup: BIND's start_lookup/do_lookup and the callbacks that
    /// follow, as a loop over the lookup's servers.
    async fn run_lookup(&mut self, mut l: Lookup) -> Result<()> {
        let prepared = match self.setup_lookup(&mut l)? {
            Some(p) => p,
            None => {
                self.next_origin(&l)?;
                return Ok(());
            }
        };
        if l.ns_search_only && !l.trace_root {
            // Boxed, as the stream paths below: their futures (TLS, HTTP/2,
            // QUIC handshakes) are kilobytes, and a lookup's future is moved
            // several times per lookup of a batch.
            return Box::pin(self.run_nssearch(&mut l, &prepared)).await;
        }
        // The servers as they were when the lookup started (shared: it
        // may change its own list as it goes).
        let queries = l.servers.clone();
        let mut i = 0;
        while i < queries.len() {
            let server = queries[i].clone();
            let has_next = i + 1 < queries.len();
            let step = if l.tcp_mode {
                Box::pin(self.query_tcp(&mut l, &prepared, &server, has_next)).await?
            } else {
                self.query_udp(&mut l, &prepared, &server, has_next).await?
            };
            match step {
                Step::Done => return Ok(()),
                Step::Next => i += 1,
                // The same server again: what BIND's list holds twice.
                Step::Retry => {}
            }
        }
        Ok(())
    }

    /// The socket address of a server (BIND's get_address: an address
    /// literal, or a host name through the system resolver).
    async fn server_addr(&self, server: &Server, l: &Lookup) -> Option<SocketAddr> {
        // Without -p, TLS is 853, HTTPS 443, plain HTTP 80 (over TCP;
        // dig sends a lookup not in TCP mode over UDP to 53 whatever its
        // transport options).
        let port = match server.port {
            Some(port) => port,
            None if l.tcp_mode && !self.settings.port_set => l.secure.default_port(),
            None => self.settings.port,
        };
        if let Ok(ip) = server.name.parse::<IpAddr>() {
            return Some(SocketAddr::new(ip, port));
        }
        let addrs = Box::pin(crate::sysresolve::addresses(&server.name, self.settings.ipv4_only, self.settings.ipv6_only)).await.ok()?;
        addrs.first().map(|ip| SocketAddr::new(*ip, port))
    }

    fn timeout(&self, tcp: bool) -> Duration {
        let secs = match self.settings.timeout {
            0 if tcp => TCP_TIMEOUT,
            0 => UDP_TIMEOUT,
            t => t,
        };
        Duration::from_secs(u64::from(secs))
    }

    /// An IPv4-mapped IPv6 address (what -6 makes of an IPv4 server) is
    /// not used: dighost skips it with a warning.
    fn skip_mapped(&mut self, addr: SocketAddr, has_next: bool) -> Result<Option<Step>> {
        let IpAddr::V6(v6) = addr.ip() else { return Ok(None) };
        if v6.to_ipv4_mapped().is_none() {
            return Ok(None);
        }
        self.warn(Notice::SkippingMapped(v6))?;
        if has_next {
            return Ok(Some(Step::Next));
        }
        self.warn(Notice::NoAcceptableNameservers)?;
        Ok(Some(Step::Done))
    }

    /// BIND's force_next(): the server has no address.
    fn force_next(&mut self, l: &mut Lookup, has_next: bool) -> Result<Step> {
        if has_next {
            return Ok(Step::Next);
        }
        if l.retries > 1 {
            l.retries -= 1;
            self.requeue(l)?;
            return Ok(Step::Done);
        }
        self.greeting(l)?;
        self.fail(Failure::NoServers)?;
        self.exit(ExitOp::Raise(9));
        Ok(Step::Done)
    }

    /// A failed connection (UDP socket setup or TCP connect): BIND's
    /// udp_ready/tcp_connected error path. Its quirk of printing "no
    /// servers could be reached" even when a retry has been queued is kept.
    fn connect_failed(&mut self, l: &mut Lookup, has_next: bool, warning: Notice) -> Result<Step> {
        self.warn(warning)?;
        self.exit(ExitOp::Raise(9));
        if l.retries > 1 {
            l.retries -= 1;
            self.requeue(l)?;
        } else if has_next {
            return Ok(Step::Next);
        }
        self.fail(Failure::NoServers)?;
        Ok(Step::Done)
    }

    /// A receive error or timeout: BIND's recv_done error path.
    fn recv_failed(&mut self, l: &mut Lookup, has_next: bool, addr: SocketAddr, error: TransportError) -> Result<Step> {
        let timeout = self.timeout(l.tcp_mode).as_secs() as u32;
        self.warn(Notice::CommunicationsError { addr, error, timeout })?;
        if l.retries > 1 && !l.tcp_mode {
            l.retries -= 1;
            return Ok(Step::Retry);
        }
        if l.retries > 1 && l.tcp_mode {
            l.retries -= 1;
            self.requeue(l)?;
            return Ok(Step::Done);
        }
        if has_next {
            return Ok(Step::Next);
        }
        self.greeting(l)?;
        self.fail(Failure::NoServers)?;
        self.exit(ExitOp::Raise(9));
        Ok(Step::Done)
    }

    async fn query_udp(&mut self, l: &mut Lookup, p: &Prepared, server: &Server, has_next: bool) -> Result<Step> {
        let Some(addr) = self.server_addr(server, l).await else {
            return self.force_next(l, has_next);
        };
        if let Some(step) = self.skip_mapped(addr, has_next)? {
            return Ok(step);
        }
        let opened = match &self.udp_pool {
            Some(pool) => pool.open(addr, self.settings.source, p.id).await,
            None => UdpChannel::open(addr, self.settings.source).await.map(PooledChannel::Own),
        };
        let mut channel = match opened {
            Ok(c) => c,
            Err(e) => {
                let w = Notice::UdpSetupFailed { addr, server: server.name.to_string(), name: l.textname.clone(), error: e };
                return self.connect_failed(l, has_next, w);
            }
        };
        self.exit(ExitOp::Reset);
        let local = channel.local_addr();
        self.sending(l, server, addr, p, Protocol::Udp)?;
        if l.display.qr {
            // dig printed its query, and with it the greeting (BIND clears
            // the lookup's cmdline whenever it prints a message).
            l.cmdline.clear();
        }
        let sent_at = SystemTime::now();
        let started = Instant::now();
        self.packet(l, || Packet {
            direction: Direction::Sent,
            protocol: Protocol::Udp,
            local,
            peer: addr,
            bytes: p.bytes.clone(),
            at: sent_at,
        })?;
        let send = channel.send(&p.bytes).await;
        let deadline = started + self.timeout(false);
        let mut last_err = send.err();
        loop {
            let received = match last_err.take() {
                // A failed send shows up as the receive's error (ICMP).
                Some(e) if e != TransportError::TimedOut => Err(e),
                _ => channel.recv(deadline).await,
            };
            let bytes = match received {
                Ok(b) => b,
                Err(e) => return self.recv_failed(l, has_next, addr, e),
            };
            self.packet(l, || Packet {
                direction: Direction::Received,
                protocol: Protocol::Udp,
                local,
                peer: addr,
                bytes: bytes.clone(),
                at: SystemTime::now(),
            })?;
            let rtt = started.elapsed();
            match self.handle_reply(l, p, server, addr, Protocol::Udp, bytes, sent_at, rtt, has_next, None).await? {
                ReplyStep::KeepReading | ReplyStep::MoreXfr => continue,
                ReplyStep::Step(s) => {
                    if let Some(pool) = &self.udp_pool {
                        pool.put_back(channel, p.id);
                    }
                    return Ok(s);
                }
            }
        }
    }

    async fn query_tcp(&mut self, l: &mut Lookup, p: &Prepared, server: &Server, has_next: bool) -> Result<Step> {
        let Some(addr) = self.server_addr(server, l).await else {
            return self.force_next(l, has_next);
        };
        if let Some(step) = self.skip_mapped(addr, has_next)? {
            return Ok(step);
        }
        let timeout = self.timeout(true);
        // A batch's lookups share one pipelined connection per server (not
        // zone transfers: those run alone, reading many replies).
        let pipeline_id = (self.pipelining && !l.doing_xfr && l.rdtype != AXFR && l.rdtype != IXFR).then_some(p.id);
        let mut channel = match stream::Stream::connect(l, server, addr, &self.settings, &self.pool, timeout, pipeline_id).await {
            Ok(c) => c,
            // Path A: like a TCP connection that failed.
            Err(stream::Connect::Failed(e)) => {
                let w = Notice::ConnectionFailed { addr, server: server.name.to_string(), name: l.textname.clone(), error: e };
                return self.connect_failed(l, has_next, w);
            }
            // Path B: said once; no retry, no next server.
            Err(stream::Connect::Verify(text)) => {
                self.warn(Notice::TlsVerify { addr, text })?;
                return Ok(Step::Done);
            }
            // Path C: a DoT handshake that did not finish: nothing.
            Err(stream::Connect::Silent) => {
                if l.rdtype == AXFR || l.rdtype == IXFR {
                    self.warn(Notice::TransferFailed)?;
                }
                return Ok(Step::Done);
            }
            // Path E: the next server (which fails the same way).
            Err(stream::Connect::Context(e)) => {
                self.warn(Notice::TlsContext { pair: e == crate::transport::tls::ContextError::CertKeyPair })?;
                return Ok(if has_next { Step::Next } else { Step::Done });
            }
        };
        if l.doing_xfr && channel.refuses_transfers() {
            self.warn(Notice::XfrOverTls)?;
            return Ok(Step::Done);
        }
        let protocol = channel.protocol();
        self.exit(ExitOp::Reset);
        let local = channel.local_addr();
        self.sending(l, server, addr, p, protocol)?;
        if l.display.qr {
            // dig printed its query, and with it the greeting (BIND clears
            // the lookup's cmdline whenever it prints a message).
            l.cmdline.clear();
        }
        let sent_at = SystemTime::now();
        let started = Instant::now();
        self.packet(l, || Packet { direction: Direction::Sent, protocol, local, peer: addr, bytes: p.bytes.clone(), at: sent_at })?;
        let mut deadline = started + timeout;
        if let Err(e) = channel.send(&p.bytes, deadline).await {
            self.pool.forget(addr);
            return self.recv_failed(l, has_next, addr, e);
        }
        let mut xfr = l.doing_xfr.then(XfrState::default);
        loop {
            let bytes = match channel.recv(deadline).await {
                Ok(b) => b,
                Err(e) => {
                    self.pool.forget(addr);
                    return self.recv_failed(l, has_next, addr, e);
                }
            };
            self.packet(l, || Packet {
                direction: Direction::Received,
                protocol,
                local,
                peer: addr,
                bytes: bytes.clone(),
                at: SystemTime::now(),
            })?;
            let rtt = started.elapsed();
            match self.handle_reply(l, p, server, addr, protocol, bytes, sent_at, rtt, has_next, xfr.as_mut()).await? {
                // Not the answer (an opcode mismatch): BIND reads on. (A
                // wrong id or question over TCP ends the lookup instead:
                // handle_reply says Done for those.)
                ReplyStep::KeepReading => {}
                ReplyStep::Step(s) => {
                    channel.release(l, server, addr, &self.settings, &self.pool);
                    return Ok(s);
                }
                ReplyStep::MoreXfr => {
                    // Once the transfer is under way, BIND allows each
                    // message four times the timeout.
                    deadline = Instant::now() + timeout * 4;
                }
            }
        }
    }

    /// BIND's recv_done() for a message that arrived.
    #[allow(clippy::too_many_arguments)]
    async fn handle_reply(
        &mut self,
        l: &mut Lookup,
        p: &Prepared,
        server: &Server,
        addr: SocketAddr,
        protocol: Protocol,
        bytes: Vec<u8>,
        sent_at: SystemTime,
        rtt: Duration,
        has_next: bool,
        mut xfr: Option<&mut XfrState>,
    ) -> Result<ReplyStep> {
        let tcp = protocol == Protocol::Tcp;
        if bytes.len() < 12 {
            if tcp {
                self.warn(Notice::ShortMessage { tcp: true })?;
                return Ok(ReplyStep::Step(Step::Done));
            }
            self.warn(Notice::ShortMessage { tcp: false })?;
            return Ok(ReplyStep::KeepReading);
        }
        let id = u16::from_be_bytes([bytes[0], bytes[1]]);
        let qr = bytes[2] & 0x80 != 0;
        let mut id_ok = id == p.id;
        if !id_ok && tcp {
            // Over TCP a wrong id ends the lookup, except in a zone
            // transfer under way, where BIND warns once and reads on.
            let xfr_started = xfr.as_ref().is_some_and(|x| x.first_soa.is_some());
            let warn = xfr.as_ref().is_none_or(|x| x.first_soa.is_none() || x.warn_id);
            if warn {
                let level = if xfr_started { IdMismatch::InTransfer } else { IdMismatch::Error };
                self.warn(Notice::IdMismatch { level, expected: p.id, got: id })?;
            }
            if !xfr_started {
                return Ok(ReplyStep::Step(Step::Done));
            }
            if let Some(x) = xfr.as_deref_mut() {
                x.warn_id = false;
            }
            id_ok = true;
        } else if !id_ok {
            self.warn(Notice::IdMismatch { level: IdMismatch::Warning, expected: p.id, got: id })?;
        }
        if !qr {
            self.warn(Notice::ResponseNotSet)?;
        }
        if !id_ok {
            return Ok(ReplyStep::KeepReading);
        }

        let parsed = if l.besteffort { wire::message::parse_best_effort(&bytes) } else { wire::message::parse(&bytes).map(|m| (m, false)) };
        let (msg, malformed) = match parsed {
            Ok((m, malformed)) => (Arc::new(m), malformed),
            Err(e) => {
                if let Some(v) = self.tsig.as_mut() {
                    v.count_unchecked();
                }
                self.bad_packet(l, server, addr, protocol, &p.bytes, bytes, e, sent_at, rtt)?;
                return Ok(ReplyStep::Step(Step::Done));
            }
        };
        if malformed {
            self.warn(Notice::MalformedReply)?;
        }
        if msg.header.opcode != l.opcode {
            self.warn(Notice::OpcodeMismatch { expected: l.opcode, got: msg.header.opcode })?;
            return Ok(ReplyStep::KeepReading);
        }
        if !msg.question.is_empty() {
            let mut matched = true;
            for q in &msg.question {
                if q.qtype != l.rdtype || q.qclass != l.rdclass || !q.name.eq_ignore_case(&p.qname) {
                    self.warn(Notice::QuestionMismatch { name: q.name.clone(), qtype: q.qtype, qclass: q.qclass })?;
                    matched = false;
                }
            }
            if !matched {
                return Ok(if tcp { ReplyStep::Step(Step::Done) } else { ReplyStep::KeepReading });
            }
        }

        let rcode = msg.rcode();
        if rcode == rcode::BADVERS
            && l.ednsneg
            && let Some(opt) = &msg.opt
            && l.edns.is_some_and(|v| opt.version < v)
        {
            self.comment(l, Notice::BadVers(opt.version))?;
            let trace_fix = (l.trace && l.trace_root).then_some(l.qrdtype);
            let version = opt.version;
            let n = self.requeue(l)?;
            n.edns = Some(version);
            if let Some(t) = trace_fix {
                n.rdtype = t;
            }
            return Ok(ReplyStep::Step(Step::Done));
        }

        let mut cookie = CookieCheck::NotChecked;
        if msg.header.tc && !l.ignore && !l.tcp_mode {
            if l.cookie.is_none() && l.sendcookie && msg.opt.is_some() {
                cookie = self.process_opt(l, &msg)?;
            }
            self.comment(l, Notice::Truncated)?;
            let trace_fix = (l.trace && l.trace_root).then_some(l.qrdtype);
            let n = self.requeue(l)?;
            n.tcp_mode = true;
            if let Some(t) = trace_fix {
                n.rdtype = t;
            }
            let _ = cookie;
            return Ok(ReplyStep::Step(Step::Done));
        }

        let mut done_process_opt = false;
        let response = |cookie: CookieCheck| Response {
            query: p.bytes.clone(),
            bytes: bytes.clone(),
            message: msg.clone(),
            server: addr,
            server_label: server.label.to_string(),
            protocol,
            sent_at,
            rtt,
            cookie,
            malformed,
        };
        if rcode == rcode::BADCOOKIE && !l.tcp_mode && l.sendcookie && l.badcookie {
            cookie = self.process_opt(l, &msg)?;
            if cookie == CookieCheck::Good {
                if l.display.showbadcookie {
                    let reply = self.print(l, server, p, response(cookie))?;
                    self.received(l, reply, None)?;
                }
                self.comment(l, Notice::BadCookie { tcp: l.seenbadcookie })?;
                let trace_fix = (l.trace && l.trace_root).then_some(l.qrdtype);
                let seen = l.seenbadcookie;
                let n = self.requeue(l)?;
                if seen {
                    n.tcp_mode = true;
                }
                n.seenbadcookie = true;
                if let Some(t) = trace_fix {
                    n.rdtype = t;
                }
                return Ok(ReplyStep::Step(Step::Done));
            }
            done_process_opt = true;
        }

        let servfail = rcode == rcode::SERVFAIL && !l.servfail_stops;
        if servfail || (self.settings.check_ra && !msg.header.ra && l.recurse) {
            let next = has_next && (!l.ns_search_only || l.trace_root);
            let server = server.name.to_string();
            let notice = if servfail { Notice::ServFail { server, next } } else { Notice::NoRecursion { server, next } };
            self.comment(l, notice)?;
            if next {
                // BIND counted the reply: the next server's is checked as
                // the continuation of a transfer.
                if let Some(v) = self.tsig.as_mut() {
                    v.count_unchecked();
                }
                return Ok(ReplyStep::Step(Step::Next));
            }
        }

        // dns_tsig_verify(): said, and the reply printed anyway.
        if let Some(v) = self.tsig.as_mut()
            && let Err(e) = v.verify(&bytes, &msg, now_secs())
        {
            self.warn(Notice::TsigVerify(e.to_string()))?;
        }

        if !done_process_opt {
            if l.cookie.is_some() {
                if msg.opt.is_none() {
                    self.warn(Notice::ExpectedOpt)?;
                } else {
                    cookie = self.process_opt(l, &msg)?;
                }
            } else if l.sendcookie && msg.opt.is_some() {
                cookie = self.process_opt(l, &msg)?;
            }
        }

        if let Some(state) = xfr {
            let r = response(cookie);
            // A zone transfer: print every message, then see whether the
            // closing SOA has come (check_for_more_data()).
            let reply = self.reply(l, server, &p.qname, Some(state.counts), r)?;
            l.cmdline.clear();
            return match state.check(&msg, bytes.len(), l.rdtype == IXFR, l.ixfr_serial) {
                XfrProgress::More => Ok(ReplyStep::MoreXfr),
                XfrProgress::Failed(notice) => {
                    self.warn(notice)?;
                    Ok(ReplyStep::Step(Step::Done))
                }
                XfrProgress::Done => {
                    self.received(l, reply, Some(state.counts))?;
                    Ok(ReplyStep::Step(Step::Done))
                }
            };
        }

        // The reply as printed, for received() below.
        let mut printed: Option<Arc<Reply>> = None;
        if rcode == rcode::NXDOMAIN && (l.origin.is_some() || l.need_search) {
            let mut snapshot = l.clone();
            let requeued = self.next_origin(&snapshot)?;
            if !requeued || self.settings.showsearch {
                let reply = self.reply(&mut snapshot, server, &p.qname, None, response(cookie))?;
                self.received(&snapshot, reply.clone(), None)?;
                printed = Some(reply);
                l.cmdline.clear();
            }
        } else if !l.trace && !l.ns_search_only {
            printed = Some(self.print(l, server, p, response(cookie))?);
        } else if l.trace {
            let count = msg.answer.len();
            if !l.ns_search_only {
                printed = Some(self.print(l, server, p, response(cookie))?);
            }
            l.rdtype = l.qrdtype;
            if l.trace_root || (l.ns_search_only && count > 0) {
                if !l.trace_root {
                    l.rdtype = SOA;
                }
                Box::pin(self.followup_lookup(l, &msg, Section::Answer)).await?;
                l.trace_root = false;
            } else if count == 0 {
                Box::pin(self.followup_lookup(l, &msg, Section::Authority)).await?;
            }
        } else if l.trace_root {
            // +nssearch: the NS query; then ask each of them for the SOA.
            l.rdtype = SOA;
            Box::pin(self.followup_lookup(l, &msg, Section::Answer)).await?;
            l.trace_root = false;
            self.settings.usesearch = false;
        } else {
            printed = Some(self.print(l, server, p, response(cookie))?);
        }
        if rcode == rcode::NOERROR || l.origin.is_none() {
            // A reply taken without being printed (+trace's and +nssearch's
            // NS steps) still counts, with the lookup as it is now.
            let reply = match printed {
                Some(r) => r,
                None => Arc::new(Reply {
                    lookup: self.snapshot(l),
                    server: server.clone(),
                    qname: p.qname.clone(),
                    xfr: None,
                    response: response(cookie),
                }),
            };
            self.received(l, reply, None)?;
        }
        Ok(ReplyStep::Step(Step::Done))
    }

    /// dighost_printmessage() for a reply; dig prints the greeting
    /// (`cmdline`) with a lookup's first reply only.
    fn print(&mut self, l: &mut Lookup, server: &Server, p: &Prepared, response: Response) -> Result<Arc<Reply>> {
        let reply = self.reply(l, server, &p.qname, None, response)?;
        l.cmdline.clear();
        Ok(reply)
    }

    /// BIND's process_opt()/process_cookie(): compare the server's COOKIE
    /// with ours, remember the server's for the next query of the lookup.
    fn process_opt(&mut self, l: &mut Lookup, msg: &Message) -> Result<CookieCheck> {
        let Some(opt) = &msg.opt else { return Ok(CookieCheck::NotChecked) };
        let Some((_, data)) = opt.options.iter().find(|(code, _)| *code == ednsopt::COOKIE) else {
            return Ok(CookieCheck::NotChecked);
        };
        let decoded;
        let sent: &[u8] = match &l.cookie {
            Some(hex) => {
                decoded = decode_hex(hex).unwrap_or_default();
                &decoded
            }
            None => &self.client_cookie,
        };
        if sent.len() >= 8 && data.len() >= 8 {
            if data[..8] == sent[..8] {
                l.cookie = Some(encode_hex(data));
                Ok(CookieCheck::Good)
            } else {
                self.warn(Notice::ClientCookieMismatch)?;
                Ok(CookieCheck::Bad)
            }
        } else {
            self.warn(Notice::CookieTooShort)?;
            Ok(CookieCheck::Bad)
        }
    }
}

/// One query, one reply with the same id, over UDP or TCP (for
/// +nssearch's concurrent queries).
async fn exchange_once(
    addr: SocketAddr,
    query: &[u8],
    id: u16,
    tcp: bool,
    source: Option<SocketAddr>,
    deadline: Instant,
) -> std::result::Result<Vec<u8>, TransportError> {
    if tcp {
        let mut c = TcpChannel::connect(addr, source, deadline).await?;
        c.send(query, deadline).await?;
        return c.recv(deadline).await;
    }
    let c = UdpChannel::open(addr, source).await?;
    c.send(query).await?;
    loop {
        let b = c.recv(deadline).await?;
        if b.len() >= 12 && u16::from_be_bytes([b[0], b[1]]) == id {
            return Ok(b);
        }
    }
}

/// Seconds since the epoch (TSIG's time signed, checked).
fn now_secs() -> u64 {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// A +cookie=HEX value's bytes (BIND's isc_hex_decodestring: either case).
pub fn decode_hex(s: &str) -> Option<Vec<u8>> {
    data_encoding::HEXLOWER_PERMISSIVE.decode(s.as_bytes()).ok()
}

/// A server's cookie as kept for the next query (lower-case hex).
pub fn encode_hex(b: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(b)
}

/// A random query id (RFC 5452), from a generator seeded by the OS.
fn rand_u16() -> u16 {
    rand::random()
}

/// The per-run client cookie.
fn rand_bytes() -> [u8; 8] {
    rand::random()
}

/// Puts the servers in a random order (dighost's followup_lookup shuffles
/// the name servers so that each is tried first as often as the others).
fn shuffle<T>(v: &mut [T]) {
    use rand::seq::SliceRandom;
    v.shuffle(&mut rand::rng());
}

#[cfg(test)]
mod tests;
