//! delv 9.18's command line, ported from bin/delv/delv.c (preparse_args(),
//! parse_args(), dash_option(), plus_option(), get_reverse(),
//! parse_uint()) as pure parsing: no I/O, nothing printed. `parse` walks
//! the arguments left to right as delv does and returns what delv would
//! have printed by then (warnings, `invalid ...` values, usage texts, in
//! order and on delv's streams, as `Event`s) and either the lookup to do
//! (`plan::DelvPlan`) or the exit status delv stops with (1 for usage and
//! fatal errors, `-h` included; 0 for `-v`).
//!
//! The plan goes to `session::delv`, which sets up the servers and trust
//! anchors, parses `-p` (delv does that late, in addserver()/findserver())
//! and runs the validating lookup; the events go to the run's sink as
//! they are.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV6};

use super::dig::{inet_pton4, inet_pton6, isc_parse_uint32, reverse_name};
use crate::event::{Event, Said};
use crate::plan::{DelvPlan, DelvPrint};
use crate::wire::types;

/// The program name delv's messages start with (`delv: warning: ...`).
pub const PROGNAME: &str = "delv";

/// delv's usage() text, on standard error (the `-c` line's continuation
/// under `-t` is delv's own).
pub const USAGE: &str = "Usage:  delv [@server] {q-opt} {d-opt} [domain] [q-type] [q-class]
Where:  domain\t  is in the Domain Name System
        q-class  is one of (in,hs,ch,...) [default: in]
        q-type   is one of (a,any,mx,ns,soa,hinfo,axfr,txt,...) [default:a]
        q-opt    is one of:
                 -4                  (use IPv4 query transport only)
                 -6                  (use IPv6 query transport only)
                 -a anchor-file      (specify root trust anchor)
                 -b address[#port]   (bind to source address/port)
                 -c class            (option included for compatibility;
                 -d level            (set debugging level)
                 -h                  (print help and exit)
                 -i                  (disable DNSSEC validation)
                 -m                  (enable memory usage debugging)
                 -p port             (specify port number)
                 -q name             (specify query name)
                 -t type             (specify query type)
                                      only IN is supported)
                 -v                  (print version and exit)
                 -x dot-notation     (shortcut for reverse lookups)
        d-opt    is of the form +keyword[=value], where keyword is:
                 +[no]all            (Set or clear all display flags)
                 +[no]class          (Control display of class)
                 +[no]comments       (Control display of comment lines)
                 +[no]crypto         (Control display of cryptographic
                                      fields in records)
                 +[no]dlv            (Obsolete)
                 +[no]dnssec         (Display DNSSEC records)
                 +[no]mtrace         (Trace messages received)
                 +[no]multiline      (Print records in an expanded format)
                 +[no]root           (DNSSEC validation trust anchor)
                 +[no]rrcomments     (Control display of per-record comments)
                 +[no]rtrace         (Trace resolver fetches)
                 +[no]short          (Short form answer)
                 +[no]split=##       (Split hex/base64 fields into chunks)
                 +[no]tcp            (TCP mode)
                 +[no]ttl            (Control display of ttls in records)
                 +[no]trust          (Control display of trust level)
                 +[no]unknownformat  (Print RDATA in RFC 3597 \"unknown\" format)
                 +[no]vtrace         (Trace validation process)
                 +[no]yaml           (Present the results as YAML)
";

/// What the host can do (isc_net_probeipv4(), isc_net_probeipv6()).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Host {
    pub have_ipv4: bool,
    pub have_ipv6: bool,
}

/// How parsing ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    /// Look this up.
    Run(Box<DelvPlan>),
    /// delv exits with this status (after the events).
    Exit(i32),
}

/// The outcome of parsing: what delv printed meanwhile, then how it goes on.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub events: Vec<Event>,
    pub end: End,
}

/// The no-argument letters that may start a dash option
/// (`single_dash_opts`).
const SINGLE_DASH: &[u8] = b"46himv";
/// Every dash option letter (`dash_opts`).
const DASH_OPTS: &[u8] = b"46abcdhimpqtvx";

const TYPE_A: u16 = 1;
const TYPE_NS: u16 = 2;
const TYPE_PTR: u16 = 12;
const TYPE_IXFR: u16 = 251;
const TYPE_AXFR: u16 = 252;
const CLASS_IN: u16 = 1;

/// Why parsing stops early.
struct Stop(i32);

/// delv.c's globals while parsing.
struct State {
    events: Vec<Event>,
    host: Host,
    plan: DelvPlan,
    curqname: Option<String>,
    typeset: bool,
    classset: bool,
    open_type_class: bool,
}

/// The bytes as text, every byte kept (`rawtext`).
fn text(b: &[u8]) -> String {
    crate::rawtext::decode(b)
}

/// `cmd` is a case-insensitive prefix of `full` (delv.c's FULLCHECK).
fn fullcheck(cmd: &[u8], full: &str) -> bool {
    cmd.len() <= full.len() && full.as_bytes()[..cmd.len()].eq_ignore_ascii_case(cmd)
}

impl State {
    fn stderr(&mut self, s: String) {
        self.events.push(Event::Stderr(s));
    }

    /// fatal(): `delv: MESSAGE`, exit 1.
    fn fatal(&mut self, message: &str) -> Stop {
        self.stderr(format!("{PROGNAME}: {message}\n"));
        Stop(1)
    }

    /// warn(): `delv: warning: MESSAGE`.
    fn warn(&mut self, message: &str) {
        self.stderr(format!("{PROGNAME}: warning: {message}\n"));
    }

    /// usage(): the text on standard error, exit 1.
    fn usage(&mut self) -> Stop {
        self.stderr(USAGE.to_string());
        Stop(1)
    }

    /// parse_uint(): the number, or `invalid DESC 'VALUE': WHY` on
    /// standard output.
    fn parse_uint(&mut self, value: &[u8], max: u32, desc: &str) -> Option<u32> {
        match isc_parse_uint32(value, 10).and_then(|n| if n > max { Err("out of range") } else { Ok(n) }) {
            Ok(n) => Some(n),
            Err(why) => {
                self.events.push(Event::Said(Said::InvalidValue(format!("invalid {desc} '{}': {why}", text(value)))));
                None
            }
        }
    }

    fn print(&mut self) -> &mut DelvPrint {
        &mut self.plan.print
    }

    /// plus_option(): one `+word` (without the `+`).
    fn plus_option(&mut self, option: &[u8]) -> Result<(), Stop> {
        // strtok_r(option, "="): leading '=' skipped, the token ends at
        // the next '=' (which becomes the end of `option` too).
        let Some(start) = option.iter().position(|&b| b != b'=') else {
            self.events.push(Event::Said(Said::DigInvalidOption(text(option))));
            return Ok(());
        };
        let end = option[start..].iter().position(|&b| b == b'=').map_or(option.len(), |i| start + i);
        let shown = &option[..end];
        let mut cmd = &option[start..end];
        let value = if end < option.len() && end + 1 < option.len() { Some(&option[end + 1..]) } else { None };
        let mut state = true;
        if cmd.len() >= 2 && cmd[..2].eq_ignore_ascii_case(b"no") {
            cmd = &cmd[2..];
            state = false;
        }
        let c0 = cmd.first().copied().unwrap_or(0);
        let c1 = cmd.get(1).copied().unwrap_or(0);
        let check = |full: &str| fullcheck(cmd, full);
        let ok = match (c0, c1) {
            (b'a', _) if check("all") => {
                let p = self.print();
                p.comments = state;
                p.rrcomments = state;
                p.trust = state;
                true
            }
            (b'c', b'd') if check("cdflag") => {
                self.plan.cdflag = state;
                true
            }
            (b'c', b'l') if check("class") => {
                self.print().noclass = !state;
                true
            }
            (b'c', b'o') if check("comments") => {
                self.print().comments = state;
                true
            }
            (b'c', b'r') if check("crypto") => {
                self.print().nocrypto = !state;
                true
            }
            (b'd', b'l') if check("dlv") => {
                if state {
                    self.stderr("Invalid option: +dlv is obsolete\n".into());
                    return Err(Stop(1));
                }
                true
            }
            (b'd', b'n') if check("dnssec") => {
                self.print().dnssec = state;
                true
            }
            // No FULLCHECK in delv.c: any word starting with "mt".
            (b'm', b't') => {
                let p = self.print();
                p.mtrace = state;
                if state {
                    p.rtrace = true;
                }
                true
            }
            (b'm', b'u') if check("multiline") => {
                self.print().multiline = state;
                true
            }
            (b'r', b'o') if check("root") => {
                if !(state && self.plan.no_sigs) {
                    self.plan.validate = state;
                    if let Some(v) = value {
                        self.plan.anchor_name = Some(text(v));
                    }
                }
                true
            }
            (b'r', b'r') if check("rrcomments") => {
                self.print().rrcomments = state;
                true
            }
            (b'r', b't') if check("rtrace") => {
                self.print().rtrace = state;
                true
            }
            (b's', b'h') if check("short") => {
                let p = self.print();
                p.short = state;
                if state {
                    p.multiline = false;
                    p.comments = false;
                    p.trust = false;
                    p.dnssec = false;
                }
                true
            }
            (b's', b'p') if check("split") => return self.split(state, value, shown),
            (b'u', _) if check("unknownformat") => {
                self.print().unknownformat = state;
                true
            }
            (b't', b'c') if check("tcp") => {
                self.plan.tcp = state;
                true
            }
            (b't', b'r') if check("trust") => {
                self.print().trust = state;
                true
            }
            (b't', b't') if check("ttl") => {
                self.print().nottl = !state;
                true
            }
            (b'v', _) if check("vtrace") => {
                let p = self.print();
                p.vtrace = state;
                if state {
                    p.rtrace = true;
                }
                true
            }
            (b'y', _) if check("yaml") => {
                let p = self.print();
                p.yaml = state;
                if state {
                    p.rrcomments = false;
                }
                true
            }
            _ => false,
        };
        if ok { Ok(()) } else { Err(self.invalid_plus(shown)) }
    }

    fn invalid_plus(&mut self, shown: &[u8]) -> Stop {
        self.stderr(format!("Invalid option: +{}\n", text(shown)));
        self.usage()
    }

    /// `+[no]split[=W]`.
    fn split(&mut self, state: bool, value: Option<&[u8]>, shown: &[u8]) -> Result<(), Stop> {
        if value.is_some() && !state {
            return Err(self.invalid_plus(shown));
        }
        if !state {
            self.print().splitwidth = 0;
            return Ok(());
        }
        let Some(value) = value else { return Ok(()) };
        let parsed = self.parse_uint(value, 1023, "split");
        if let Some(n) = parsed {
            self.print().splitwidth = n;
        }
        let mut w = self.print().splitwidth;
        if !w.is_multiple_of(4) {
            w = (w.wrapping_add(3) / 4).wrapping_mul(4);
            self.warn(&format!("split must be a multiple of 4; adjusting to {}", w as i32));
        }
        if w != 0 {
            w = w.wrapping_add(3);
        }
        self.print().splitwidth = w;
        if parsed.is_none() {
            return Err(self.fatal("Couldn't parse split"));
        }
        Ok(())
    }

    /// dash_option(): one `-word` (without the `-`) and the argument after
    /// it; Ok(true) when that argument was its value.
    fn dash_option(&mut self, word: &[u8], next: Option<&[u8]>) -> Result<bool, Stop> {
        let mut option = word;
        while option.first().is_some_and(|c| SINGLE_DASH.contains(c)) {
            match option[0] {
                b'4' => {
                    if !self.host.have_ipv4 {
                        return Err(self.fatal("IPv4 networking not available"));
                    }
                    self.plan.ipv6 = false;
                }
                b'6' => {
                    if !self.host.have_ipv6 {
                        return Err(self.fatal("IPv6 networking not available"));
                    }
                    self.plan.ipv4 = false;
                }
                b'h' => return Err(self.usage()),
                b'i' => {
                    self.plan.no_sigs = true;
                    self.plan.validate = false;
                }
                b'm' => {}
                _ => {
                    self.stderr(format!("{PROGNAME} {}\n", crate::version::VERSION_TEXT));
                    return Err(Stop(0));
                }
            }
            if option.len() > 1 {
                option = &option[1..];
            } else {
                return Ok(false);
            }
        }
        let opt = option.first().copied().unwrap_or(0);
        let (value, from_next) = if option.len() > 1 { (Some(&option[1..]), false) } else { (next, true) };
        let Some(value) = value else {
            self.stderr(format!("Invalid option: -{}\n", text(option)));
            return Err(self.usage());
        };
        match opt {
            b'a' => self.plan.anchor_file = Some(text(value)),
            b'b' => self.source(value)?,
            b'c' => {
                if self.classset {
                    self.warn("extra query class");
                }
                self.open_type_class = false;
                if types::class_from_text(&text(value)).is_some() {
                    self.classset = true;
                } else {
                    // delv.c reads an uninitialised class here; delv
                    // 9.18.49 says this.
                    self.warn("ignoring non-IN query class");
                }
            }
            b'd' => match self.parse_uint(value, 99, "debug level") {
                Some(n) => self.plan.debug = n,
                None => return Err(self.fatal("Couldn't parse debug level")),
            },
            b'p' => self.plan.port = text(value),
            b'q' => {
                if self.curqname.is_some() {
                    self.warn("extra query name");
                }
                self.curqname = Some(text(value));
            }
            b't' => {
                self.open_type_class = false;
                match types::type_from_text(&text(value)) {
                    Some(t) => self.set_type(t)?,
                    None => self.warn("ignoring invalid type"),
                }
            }
            b'x' => match reverse_name(value) {
                Some(name) => {
                    if self.curqname.is_some() {
                        self.warn("extra query name");
                    }
                    self.curqname = Some(name);
                    if self.typeset {
                        self.warn("extra query type");
                    }
                    self.plan.qtype = TYPE_PTR;
                    self.typeset = true;
                }
                None => {
                    self.stderr(format!("Invalid IP address {}\n", text(value)));
                    return Err(Stop(1));
                }
            },
            _ => {
                self.stderr(format!("Invalid option: -{}\n", text(option)));
                return Err(self.usage());
            }
        }
        Ok(from_next)
    }

    /// A query type from `-t` or a positional word.
    fn set_type(&mut self, t: u16) -> Result<(), Stop> {
        if self.typeset {
            self.warn("extra query type");
        }
        if t == TYPE_IXFR || t == TYPE_AXFR {
            return Err(self.fatal("Transfer not supported"));
        }
        self.plan.qtype = t;
        self.typeset = true;
        Ok(())
    }

    /// `-b ADDR[#PORT]`.
    fn source(&mut self, value: &[u8]) -> Result<(), Stop> {
        let (addr, port) = match value.iter().position(|&b| b == b'#') {
            Some(h) => match self.parse_uint(&value[h + 1..], 0xffff, "port") {
                Some(p) => (&value[..h], p as u16),
                None => return Err(self.fatal("Couldn't parse port number")),
            },
            None => (value, 0),
        };
        const TWICE: &str = "Only one local address per family can be specified\n";
        if let Some(a) = inet_pton4(addr) {
            if self.plan.source4.is_some() {
                return Err(self.fatal(TWICE));
            }
            self.plan.source4 = Some(SocketAddr::from((a, port)));
        } else if let Some(a) = inet_pton6(addr) {
            if self.plan.source6.is_some() {
                return Err(self.fatal(TWICE));
            }
            self.plan.source6 = Some(SocketAddr::V6(SocketAddrV6::new(a, port, 0, 0)));
        } else {
            return Err(self.fatal(&format!("Invalid address {}", text(value))));
        }
        Ok(())
    }

    /// A word that is not an option: a type, a class or the name.
    fn positional(&mut self, word: &[u8]) -> Result<(), Stop> {
        let w = text(word);
        if self.open_type_class {
            if let Some(t) = types::type_from_text(&w) {
                return self.set_type(t);
            }
            if let Some(c) = types::class_from_text(&w) {
                if self.classset {
                    self.warn("extra query class");
                } else if c != CLASS_IN {
                    self.warn("ignoring non-IN query class");
                }
                return Ok(());
            }
        }
        if self.curqname.is_none() {
            self.curqname = Some(w);
        }
        Ok(())
    }
}

/// preparse_args(): `-4` and `-6` together are fatal before anything
/// else is looked at (`-m` would turn memory debugging on).
fn preparse(args: &[&[u8]], st: &mut State) -> Result<(), Stop> {
    let (mut v4, mut v6) = (false, false);
    let mut i = 0;
    while i < args.len() {
        let arg = args[i];
        i += 1;
        let Some(mut option) = arg.strip_prefix(b"-") else { continue };
        while let Some(&c) = option.first().filter(|c| SINGLE_DASH.contains(c)) {
            match c {
                b'4' => {
                    if v6 {
                        return Err(st.fatal("only one of -4 and -6 allowed"));
                    }
                    v4 = true;
                }
                b'6' => {
                    if v4 {
                        return Err(st.fatal("only one of -4 and -6 allowed"));
                    }
                    v6 = true;
                }
                _ => {}
            }
            option = &option[1..];
        }
        if option.is_empty() || !DASH_OPTS.contains(&option[0]) || option.len() > 1 {
            continue;
        }
        // The option's value is the next argument: skip it.
        i += 1;
    }
    Ok(())
}

/// delv's command line (without argv[0]): what it printed while parsing,
/// and the lookup or the exit status.
pub fn parse<S: AsRef<str>>(args: &[S], host: Host) -> Parsed {
    let bytes: Vec<std::borrow::Cow<'_, [u8]>> = args.iter().map(|a| crate::rawtext::encode(a.as_ref())).collect();
    let words: Vec<&[u8]> = bytes.iter().map(|b| b.as_ref()).collect();
    let mut st = State {
        events: Vec::new(),
        host,
        plan: DelvPlan::default(),
        curqname: None,
        typeset: false,
        classset: false,
        open_type_class: true,
    };
    let end = match run(&words, &mut st) {
        Ok(()) => End::Run(Box::new(st.plan.clone())),
        Err(Stop(n)) => End::Exit(n),
    };
    Parsed { events: st.events, end }
}

fn run(words: &[&[u8]], st: &mut State) -> Result<(), Stop> {
    preparse(words, st)?;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        i += 1;
        match w.first() {
            Some(b'@') => st.plan.server = Some(text(&w[1..])),
            Some(b'+') => st.plus_option(&w[1..])?,
            Some(b'-') => {
                if st.dash_option(&w[1..], words.get(i).copied())? {
                    i += 1;
                }
            }
            _ => st.positional(w)?,
        }
    }
    if !st.typeset {
        st.plan.qtype = TYPE_A;
    }
    match st.curqname.take() {
        Some(n) => st.plan.qname = n,
        None => {
            st.plan.qname = ".".into();
            if !st.typeset {
                st.plan.qtype = TYPE_NS;
            }
        }
    }
    Ok(())
}

/// The loopback addresses delv falls back to when no server of an allowed
/// family is configured (findserver(): 127.0.0.1, then ::1).
pub fn fallback_servers(plan: &DelvPlan) -> Vec<std::net::IpAddr> {
    let mut v = Vec::new();
    if plan.ipv4 {
        v.push(Ipv4Addr::LOCALHOST.into());
    }
    if plan.ipv6 {
        v.push(Ipv6Addr::LOCALHOST.into());
    }
    v
}

#[cfg(test)]
#[path = "delv_tests.rs"]
mod tests;
