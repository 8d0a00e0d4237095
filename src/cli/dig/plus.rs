//! dig.c's plus_option(): the `+[no]keyword[=value]` options, case by case
//! as dig.c's switch has them (names abbreviated as FULLCHECK allows), with
//! the helpers only they use: the +ednsopt names, the +https and +tls
//! grammars, and what dig.c reads past the end of a short option name.
//!
//! Where the data goes: each option sets a field of the lookup being built
//! (`Dig::slots[f.cur]`, a `plan::Lookup`: default_lookup before the first
//! name, that name's own lookup after it), one of dig's `Globals`, or
//! the run's `Settings` (search list, ndots, timeout, keep_open); its
//! messages and fatal errors are queued as `Event`s for the session. The
//! lookups go to the engine when the parse ends (`Dig::take_lookups`).

use super::compat::{as_text, cstr, fullcheck, isc_hex_decodestring, parse_netprefix, strtok, truncated};
use super::{AAAA, Bad, Dig, Event, Flow, Frame, NS};
use crate::cli::url::http_path_is_valid;
use crate::error::Fatal;
use crate::event::Said;
use crate::plan::DEFAULT_EDNS_BUFSIZE;
use crate::wire::types;

/// dighost.h's limits for parse_uint().
const MAXTIMEOUT: u32 = 0xffff;
const MAXTRIES: u32 = 0xffff_ffff;
const MAXNDOTS: u32 = 0xffff;
const MAXQID: u32 = 0xffff;
const COMMSIZE: u32 = 0xffff;
/// dighost.c's EDNSOPT_OPTIONS: +ednsopt options per lookup.
const EDNSOPT_OPTIONS: usize = 100;
/// sizeof(hexcookie) in dig.c.
const HEXCOOKIE_SIZE: usize = 81;
/// sizeof(domainopt) in dig.c (DNS_NAME_MAXTEXT).
const DOMAINOPT_SIZE: usize = 1023;
/// isc/netmgr's ISC_NM_HTTP_DEFAULT_PATH.
const HTTP_DEFAULT_PATH: &str = "/dns-query";
/// The +fuzztime default (dig.c).
const DEFAULT_FUZZTIME: u32 = 0x622a_cce1;

impl Dig {
    /// dig.c's plus_option() for argument `ai` (`+...`).
    pub(super) fn plus_option(&mut self, f: &mut Frame, ai: usize) -> Flow {
        // strtok_r(option, "=", ...): the option's name; the value is the
        // rest after the first '=' that follows it.
        let Some(name) = strtok(&mut f.argv[ai], 1, b"=") else {
            let text = as_text(cstr(&f.argv[ai][1..]));
            self.out(Said::DigInvalidOption(text.to_string()));
            return Flow::Continue;
        };
        let value_tok = strtok(&mut f.argv[ai], name.next, b"");
        let mut cmd = f.argv[ai][name.start..name.end].to_vec();
        let mut state = true;
        let mut cmd_start = name.start;
        if cmd.len() >= 2 && cmd[..2].eq_ignore_ascii_case(b"no") {
            cmd.drain(..2);
            cmd_start += 2;
            state = false;
        }
        let value = value_tok.as_ref().map(|t| f.argv[ai][t.start..t.end].to_vec());
        let value_start = value_tok.as_ref().map(|t| t.start);
        match self.plus_body(f, ai, (&cmd, cmd_start), state, value.as_deref(), value_start) {
            Ok(()) => {
                if let Some(s) = value_start {
                    f.argv[ai][s - 1] = b'=';
                }
                Flow::Continue
            }
            Err(Bad::Invalid) => {
                let text = as_text(cstr(&f.argv[ai][1..]));
                self.err(format!("Invalid option: +{text}\n"));
                self.usage();
                Flow::Stop
            }
            Err(Bad::Stop) => Flow::Stop,
        }
    }

    /// `exit_or_usage:` after warn(): the program ends with digexit().
    fn abort(&mut self, text: &str) -> Bad {
        self.stop(Event::Abort(Fatal::Usage(text.into())));
        Bad::Stop
    }

    fn fatal(&mut self, text: String) -> Bad {
        self.stop(Event::Fatal(Fatal::Usage(text)));
        Bad::Stop
    }

    /// The switch of plus_option(), case by case as dig.c has it.
    /// `cmd` is the option's name without "no", and where it starts in
    /// argument `ai`.
    fn plus_body(
        &mut self,
        f: &mut Frame,
        ai: usize,
        (cmd, cmd_start): (&[u8], usize),
        state: bool,
        value: Option<&[u8]>,
        value_start: Option<usize>,
    ) -> Result<(), Bad> {
        let c = |i: usize| cmd.get(i).copied().unwrap_or(0);
        macro_rules! full {
            ($($a:expr),+) => {
                if !fullcheck(cmd, &[$($a),+]) {
                    return Err(Bad::Invalid);
                }
            };
        }
        let cur = f.cur;
        let is_batchfile = f.is_batchfile();
        macro_rules! l {
            () => {
                self.slots[cur]
            };
        }
        match c(0) {
            b'a' => match c(1) {
                b'a' => {
                    full!("aaonly", "aaflag");
                    l!().aaonly = state;
                }
                b'd' => match c(2) {
                    b'd' => {
                        full!("additional");
                        l!().display.section_additional = state;
                    }
                    b'f' | 0 => {
                        full!("adflag");
                        l!().adflag = state;
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'l' => {
                    full!("all");
                    let d = &mut l!().display;
                    d.section_question = state;
                    d.section_authority = state;
                    d.section_answer = state;
                    d.section_additional = state;
                    d.comments = state;
                    d.stats = state;
                    self.g.printcmd = state;
                }
                b'n' => {
                    full!("answer");
                    l!().display.section_answer = state;
                }
                b'u' => {
                    full!("authority");
                    l!().display.section_authority = state;
                }
                _ => return Err(Bad::Invalid),
            },
            b'b' => match c(1) {
                b'a' => {
                    full!("badcookie");
                    l!().badcookie = state;
                }
                b'e' => {
                    full!("besteffort");
                    l!().besteffort = state;
                }
                b'u' => {
                    full!("bufsize");
                    if !state {
                        return Err(Bad::Invalid);
                    }
                    let Some(v) = value else {
                        l!().udpsize = Some(DEFAULT_EDNS_BUFSIZE);
                        return Ok(());
                    };
                    let Some(n) = self.parse_uint(v, COMMSIZE, "buffer size", 10) else {
                        return Err(self.abort("Couldn't parse buffer size"));
                    };
                    l!().udpsize = Some(n as u16);
                }
                _ => return Err(Bad::Invalid),
            },
            b'c' => match c(1) {
                b'd' => match c(2) {
                    b'f' | 0 => {
                        full!("cdflag");
                        l!().cdflag = state;
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'l' => {
                    // +cl kept for backwards compatibility.
                    full!("cl", "class");
                    l!().display.noclass = !state;
                }
                b'm' => {
                    full!("cmd");
                    self.g.printcmd = state;
                }
                b'o' => match c(2) {
                    b'f' | 0 => {
                        full!("coflag");
                        l!().coflag = state;
                    }
                    b'm' => {
                        full!("comments");
                        l!().display.comments = state;
                        if cur == 0 {
                            self.g.pluscomm = state;
                        }
                    }
                    b'o' => {
                        full!("cookie");
                        if state && l!().edns.is_none() {
                            l!().edns = Some(0);
                        }
                        l!().sendcookie = state;
                        match value {
                            Some(v) => {
                                if v.len() >= HEXCOOKIE_SIZE {
                                    return Err(self.abort("COOKIE data too large"));
                                }
                                self.g.hexcookie = Some(as_text(v));
                                l!().cookie = Some(as_text(v));
                            }
                            None => l!().cookie = None,
                        }
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'r' => {
                    full!("crypto");
                    l!().display.nocrypto = !state;
                }
                _ => return Err(Bad::Invalid),
            },
            b'd' => match c(1) {
                b'e' => {
                    full!("defname");
                    if !l!().trace {
                        self.settings.usesearch = state;
                    }
                }
                b'n' => match (c(2), c(3)) {
                    (b's', b'6') => {
                        full!("dns64prefix");
                        if state {
                            if f.need_clone {
                                f.cur = self.clone_default();
                            }
                            f.need_clone = true;
                            self.g.printcmd = false;
                            let l = &mut self.slots[f.cur];
                            l.dns64prefix = true;
                            l.textname = "ipv4only.arpa".into();
                            l.display.section_additional = false;
                            l.display.section_answer = true;
                            l.display.section_authority = false;
                            l.display.section_question = false;
                            l.display.comments = false;
                            l.display.stats = false;
                            l.display.rrcomments = -1;
                            l.rdtype = AAAA;
                            l.rdtypeset = true;
                            self.order.push(f.cur);
                        }
                    }
                    (b's', b's') => {
                        full!("dnssec");
                        self.plus_dnssec(cur, state);
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'o' => {
                    // +do is +dnssec.
                    if c(2) == 0 {
                        self.plus_dnssec(cur, state);
                        return Ok(());
                    }
                    full!("domain");
                    let Some(v) = value else { return Err(Bad::Invalid) };
                    if !state {
                        return Err(Bad::Invalid);
                    }
                    self.g.domainopt = Some(truncated(v, DOMAINOPT_SIZE - 1));
                }
                b's' => {
                    full!("dscp");
                    self.err(";; +dscp option is obsolete and has no effect".into());
                }
                _ => return Err(Bad::Invalid),
            },
            b'e' => match c(1) {
                b'd' => match (c(2), c(3), c(4)) {
                    (b'n', b's', 0) => {
                        full!("edns");
                        if !state {
                            l!().edns = None;
                            return Ok(());
                        }
                        let Some(v) = value else {
                            l!().edns = Some(0);
                            return Ok(());
                        };
                        let Some(n) = self.parse_uint(v, 255, "edns", 10) else {
                            return Err(self.abort("Couldn't parse edns"));
                        };
                        l!().edns = Some(n as u8);
                    }
                    (b'n', b's', b'f') => {
                        full!("ednsflags");
                        let Some(v) = value.filter(|_| state) else {
                            l!().ednsflags = 0;
                            return Ok(());
                        };
                        let Some(n) = self.parse_uint(v, 0xffff, "ednsflags", 0) else {
                            return Err(self.abort("Couldn't parse ednsflags"));
                        };
                        if l!().edns.is_none() {
                            l!().edns = Some(0);
                        }
                        l!().ednsflags = n as u16;
                    }
                    (b'n', b's', b'n') => {
                        full!("ednsnegotiation");
                        l!().ednsneg = state;
                    }
                    (b'n', b's', b'o') => {
                        full!("ednsopt");
                        self.plus_ednsopt(f, ai, state, value_start)?;
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'x' => match (c(2), c(3)) {
                    (b'p', b'a') => {
                        full!("expandaaaa");
                        l!().display.expandaaaa = state;
                    }
                    (b'p', b'i') => {
                        full!("expire");
                        l!().expire = state;
                    }
                    _ => return Err(Bad::Invalid),
                },
                _ => return Err(Bad::Invalid),
            },
            b'f' => match c(1) {
                b'a' => {
                    full!("fail");
                    l!().servfail_stops = state;
                }
                b'u' => {
                    full!("fuzztime");
                    if !state {
                        l!().fuzztime = None;
                        return Ok(());
                    }
                    let Some(v) = value else {
                        l!().fuzztime = Some(DEFAULT_FUZZTIME);
                        return Ok(());
                    };
                    let Some(n) = self.parse_uint(v, 0xffff_ffff, "fuzztime", 10) else {
                        return Err(self.abort("Couldn't parse fuzztime"));
                    };
                    l!().fuzztime = Some(n);
                }
                _ => return Err(Bad::Invalid),
            },
            b'h' => match c(1) {
                b'e' => {
                    full!("header-only");
                    l!().header_only = state;
                }
                b't' if cmd.eq_ignore_ascii_case(b"http3") => {
                    // rlookup's +[no]http3[=PATH]: DNS over HTTP/3, exactly
                    // so spelled (dig 9.18: an invalid option).
                    self.plus_http3(cur, state, value)?;
                }
                b't' => {
                    full!("https", "https-get", "https-post", "http-plain", "http-plain-get", "http-plain-post");
                    // dig.c reads cmd[4], cmd[5], cmd[6], cmd[10] and
                    // cmd[11] here, past the end of a short name: into the
                    // arguments that follow it in memory.
                    let memory = memory_after(f, ai, cmd_start);
                    self.plus_https(cur, cmd, &memory, state, value)?;
                }
                _ => return Err(Bad::Invalid),
            },
            b'j' => {
                // rlookup's +[no]json: exactly so spelled.
                if !cmd.eq_ignore_ascii_case(b"json") {
                    return Err(Bad::Invalid);
                }
                self.g.json = state;
            }
            b'i' => match c(1) {
                b'd' => match c(2) {
                    b'e' => {
                        full!("identify");
                        l!().display.identify = state;
                    }
                    b'n' => match c(3) {
                        b'i' => {
                            full!("idnin");
                            l!().display.idnin = state;
                        }
                        b'o' => {
                            full!("idnout");
                            l!().display.idnout = state;
                        }
                        _ => return Err(Bad::Invalid),
                    },
                    _ => return Err(Bad::Invalid),
                },
                // +ignore, and any other +i...: "Inherits default for
                // compatibility (+[no]i*)".
                _ => {
                    full!("ignore");
                    l!().ignore = state;
                }
            },
            b'k' => match (c(1), c(2), c(3), c(4)) {
                (b'e', b'e', b'p', b'a') => {
                    full!("keepalive");
                    l!().tcp_keepalive = state;
                }
                (b'e', b'e', b'p', b'o') => {
                    full!("keepopen");
                    self.settings.keep_open = state;
                }
                _ => return Err(Bad::Invalid),
            },
            b'm' => match c(1) {
                b'a' => {
                    full!("mapped");
                    self.err(";; +mapped option is deprecated".into());
                }
                b'u' => {
                    full!("multiline");
                    l!().display.multiline = state;
                }
                _ => return Err(Bad::Invalid),
            },
            b'n' => match c(1) {
                b'd' => {
                    full!("ndots");
                    let Some(v) = value else { return Err(Bad::Invalid) };
                    if !state {
                        return Err(Bad::Invalid);
                    }
                    let Some(n) = self.parse_uint(v, MAXNDOTS, "ndots", 10) else {
                        return Err(self.abort("Couldn't parse ndots"));
                    };
                    self.settings.ndots = n;
                }
                b's' => match c(2) {
                    b'i' => {
                        full!("nsid");
                        if state && l!().edns.is_none() {
                            l!().edns = Some(0);
                        }
                        l!().nsid = state;
                    }
                    b's' => {
                        full!("nssearch");
                        l!().ns_search_only = state;
                        if state {
                            let l = &mut l!();
                            l.trace_root = true;
                            l.recurse = true;
                            l.display.identify = true;
                            l.display.stats = false;
                            l.display.comments = false;
                            l.display.section_additional = false;
                            l.display.section_authority = false;
                            l.display.section_question = false;
                            l.rdtype = NS;
                            l.rdtypeset = true;
                            l.display.rrcomments = 0;
                            self.g.short_form = true;
                        }
                    }
                    _ => return Err(Bad::Invalid),
                },
                _ => return Err(Bad::Invalid),
            },
            b'o' => match c(1) {
                b'n' => {
                    full!("onesoa");
                    l!().display.onesoa = state;
                }
                b'p' => {
                    full!("opcode");
                    if !state {
                        l!().opcode = 0;
                        return Ok(());
                    }
                    let Some(v) = value else { return Err(Bad::Invalid) };
                    if let Some(n) = std::str::from_utf8(v).ok().and_then(types::opcode_from_text) {
                        l!().opcode = n;
                        return Ok(());
                    }
                    let Some(n) = self.parse_uint(v, 15, "opcode", 10) else {
                        return Err(self.abort("Couldn't parse opcode"));
                    };
                    l!().opcode = n as u8;
                }
                _ => return Err(Bad::Invalid),
            },
            b'p' => {
                full!("padding");
                if state && l!().edns.is_none() {
                    l!().edns = Some(0);
                }
                let Some(v) = value else { return Err(Bad::Invalid) };
                let Some(n) = self.parse_uint(v, 512, "padding", 10) else {
                    return Err(self.abort("Couldn't parse padding"));
                };
                l!().padding = n as u16;
            }
            b'q' => match c(1) {
                b'i' => {
                    full!("qid");
                    if !state {
                        l!().setqid = None;
                        return Ok(());
                    }
                    let Some(v) = value else { return Err(Bad::Invalid) };
                    let Some(n) = self.parse_uint(v, MAXQID, "qid", 10) else {
                        return Err(self.abort("Couldn't parse qid"));
                    };
                    l!().setqid = Some(n as u16);
                }
                b'r' => {
                    full!("qr");
                    l!().display.qr = state;
                }
                b'u' if cmd.eq_ignore_ascii_case(b"quic") => {
                    // rlookup's +[no]quic (kdig's spelling), exactly so
                    // spelled: dig 9.18 has no DNS over QUIC and calls it
                    // an invalid option.
                    if value.is_some() {
                        return Err(Bad::Invalid);
                    }
                    let l = &mut l!();
                    l.secure.quic = state;
                    if !l.tcp_mode_set {
                        l.tcp_mode = state;
                    }
                }
                b'u' => {
                    full!("question");
                    l!().display.section_question = state;
                    if cur == 0 {
                        self.g.plusquest = state;
                    }
                }
                _ => return Err(Bad::Invalid),
            },
            b'r' => match c(1) {
                b'a' => {
                    full!("raflag");
                    l!().raflag = state;
                }
                b'd' => {
                    full!("rdflag");
                    l!().recurse = state;
                }
                b'e' => match c(2) {
                    b'c' => {
                        full!("recurse");
                        l!().recurse = state;
                    }
                    b't' => {
                        full!("retry", "retries");
                        let Some(v) = value else { return Err(Bad::Invalid) };
                        if !state {
                            return Err(Bad::Invalid);
                        }
                        let Some(n) = self.parse_uint(v, MAXTRIES - 1, "retries", 10) else {
                            return Err(self.abort("Couldn't parse retries"));
                        };
                        l!().retries = n + 1;
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'r' => {
                    full!("rrcomments");
                    l!().display.rrcomments = if state { 1 } else { -1 };
                }
                _ => return Err(Bad::Invalid),
            },
            b's' => match c(1) {
                b'e' => {
                    full!("search");
                    if !l!().trace {
                        self.settings.usesearch = state;
                    }
                }
                b'h' => {
                    if c(2) != b'o' {
                        return Err(Bad::Invalid);
                    }
                    match c(3) {
                        b'r' => {
                            full!("short");
                            self.g.short_form = state;
                            if state {
                                self.g.printcmd = false;
                                let d = &mut l!().display;
                                d.section_additional = false;
                                d.section_answer = true;
                                d.section_authority = false;
                                d.section_question = false;
                                d.comments = false;
                                d.stats = false;
                                d.rrcomments = -1;
                            }
                        }
                        b'w' => match c(4) {
                            b'b' => {
                                full!("showbadcookie");
                                l!().display.showbadcookie = state;
                            }
                            b's' => {
                                full!("showsearch");
                                if !l!().trace {
                                    self.settings.showsearch = state;
                                    self.settings.usesearch = state;
                                }
                            }
                            _ => return Err(Bad::Invalid),
                        },
                        _ => return Err(Bad::Invalid),
                    }
                }
                b'i' => {
                    full!("sigchase");
                    self.err(";; +sigchase option is deprecated".into());
                }
                b'p' => {
                    full!("split");
                    self.plus_split(state, value)?;
                }
                b't' => {
                    full!("stats");
                    l!().display.stats = state;
                }
                b'u' => {
                    full!("subnet");
                    if state && value.is_none() {
                        return Err(Bad::Invalid);
                    }
                    if !state {
                        l!().ecs = None;
                        return Ok(());
                    }
                    if l!().edns.is_none() {
                        l!().edns = Some(0);
                    }
                    l!().ecs = None;
                    match parse_netprefix(value.unwrap_or_default()) {
                        Ok(ecs) => l!().ecs = Some(ecs),
                        Err(text) => return Err(self.fatal(text)),
                    }
                }
                _ => return Err(Bad::Invalid),
            },
            b't' => match c(1) {
                b'c' => match c(2) {
                    b'f' => {
                        full!("tcflag");
                        l!().tcflag = state;
                    }
                    b'p' => {
                        full!("tcp");
                        if !is_batchfile {
                            l!().tcp_mode = state;
                            l!().tcp_mode_set = true;
                        }
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'i' => {
                    full!("timeout");
                    let Some(v) = value else { return Err(Bad::Invalid) };
                    if !state {
                        return Err(Bad::Invalid);
                    }
                    let Some(n) = self.parse_uint(v, MAXTIMEOUT, "timeout", 10) else {
                        return Err(self.abort("Couldn't parse timeout"));
                    };
                    self.settings.timeout = n.max(1);
                }
                b'l' => match c(2) {
                    b's' => {
                        if !self.plus_tls(cur, cmd, state, value) {
                            return Err(Bad::Invalid);
                        }
                    }
                    _ => return Err(Bad::Invalid),
                },
                b'o' => {
                    full!("topdown");
                    self.err(";; +topdown option is deprecated".into());
                }
                b'r' => match c(2) {
                    b'a' => {
                        full!("trace");
                        let l = &mut l!();
                        l.trace = state;
                        l.trace_root = state;
                        if state {
                            l.recurse = true;
                            l.display.identify = true;
                            l.display.comments = false;
                            l.display.rrcomments = 0;
                            l.display.stats = false;
                            l.display.section_additional = false;
                            l.display.section_authority = true;
                            l.display.section_question = false;
                            l.dnssec = true;
                            l.sendcookie = true;
                            self.settings.usesearch = false;
                        }
                    }
                    b'i' => {
                        full!("tries");
                        let Some(v) = value else { return Err(Bad::Invalid) };
                        if !state {
                            return Err(Bad::Invalid);
                        }
                        let Some(n) = self.parse_uint(v, MAXTRIES, "tries", 10) else {
                            return Err(self.abort("Couldn't parse tries"));
                        };
                        l!().retries = n.max(1);
                    }
                    b'u' => {
                        full!("trusted-key");
                        self.err(";; +trusted-key option is deprecated".into());
                    }
                    _ => return Err(Bad::Invalid),
                },
                b't' => match (c(2), c(3)) {
                    (b'l', 0 | b'i') => {
                        full!("ttl", "ttlid");
                        l!().display.nottl = !state;
                    }
                    (b'l', b'u') => {
                        full!("ttlunits");
                        l!().display.nottl = false;
                        l!().display.ttlunits = state;
                    }
                    _ => return Err(Bad::Invalid),
                },
                _ => return Err(Bad::Invalid),
            },
            b'u' => match (c(1), c(2)) {
                (b'n', b'e') => {
                    full!("unexpected");
                    self.err(";; +unexpected option is deprecated".into());
                }
                (b'n', b'k') => {
                    full!("unknownformat");
                    l!().display.print_unknown_format = state;
                }
                _ => return Err(Bad::Invalid),
            },
            b'v' => {
                full!("vc");
                if !is_batchfile {
                    l!().tcp_mode = state;
                    l!().tcp_mode_set = true;
                }
            }
            b'y' => {
                full!("yaml");
                self.g.yaml = state;
                if state {
                    self.g.printcmd = false;
                    l!().display.stats = false;
                    l!().display.rrcomments = -1;
                }
            }
            b'z' => {
                full!("zflag");
                l!().zflag = state;
            }
            _ => return Err(Bad::Invalid),
        }
        Ok(())
    }

    /// +dnssec (and +do).
    fn plus_dnssec(&mut self, cur: usize, state: bool) {
        let l = &mut self.slots[cur];
        if state && l.edns.is_none() {
            l.edns = Some(0);
        }
        l.dnssec = state;
    }

    /// +ednsopt=CODE[:HEX] (strtok_r() on the value at ':', and save_opt()).
    fn plus_ednsopt(&mut self, f: &mut Frame, ai: usize, state: bool, value_start: Option<usize>) -> Result<(), Bad> {
        let cur = f.cur;
        if !state {
            self.slots[cur].ednsopts.clear();
            return Ok(());
        }
        let buf = &mut f.argv[ai];
        let Some(code) = value_start.and_then(|s| strtok(buf, s, b":")) else {
            return Err(self.abort("ednsopt no code point specified"));
        };
        let extra = strtok(buf, code.next, b"");
        let code_text = buf[code.start..code.end].to_vec();
        let extra_text = extra.as_ref().map(|t| buf[t.start..t.end].to_vec());
        if let Some(t) = &extra {
            buf[t.start - 1] = b':';
        }
        // save_opt().
        if self.slots[cur].ednsopts.len() >= EDNSOPT_OPTIONS {
            return Err(self.fatal("too many ednsopts".into()));
        }
        let num = match EDNS_OPTNAMES.iter().find(|(_, n)| n.as_bytes().eq_ignore_ascii_case(&code_text)) {
            Some(&(num, _)) => num,
            None => match self.parse_uint(&code_text, 65535, "ednsopt", 10) {
                Some(n) => n as u16,
                None => return Err(self.fatal(format!("bad edns code point: {}", as_text(&code_text)))),
            },
        };
        let data = match extra_text {
            Some(hex) => match isc_hex_decodestring(&hex) {
                Some(d) => d,
                None => return Err(self.fatal("isc_hex_decodestring: bad hex encoding".into())),
            },
            None => Vec::new(),
        };
        self.slots[cur].ednsopts.push((num, data));
        Ok(())
    }

    /// +split[=N].
    fn plus_split(&mut self, state: bool, value: Option<&[u8]>) -> Result<(), Bad> {
        if value.is_some() && !state {
            return Err(Bad::Invalid);
        }
        if !state {
            self.g.splitwidth = 0;
            return Ok(());
        }
        let Some(v) = value else { return Ok(()) };
        // parse_uint() leaves splitwidth alone when it fails; the rounding
        // and its warning come first anyway.
        let parsed = self.parse_uint(v, 1023, "split", 10);
        if let Some(n) = parsed {
            self.g.splitwidth = n;
        }
        if !self.g.splitwidth.is_multiple_of(4) {
            self.g.splitwidth = (self.g.splitwidth.wrapping_add(3) / 4).wrapping_mul(4);
            let w = self.g.splitwidth;
            self.err(format!(";; Warning, split must be a multiple of 4; adjusting to {w}\n"));
        }
        if self.g.splitwidth != 0 {
            self.g.splitwidth = self.g.splitwidth.wrapping_add(3);
        }
        if parsed.is_none() {
            return Err(self.abort("Couldn't parse split"));
        }
        Ok(())
    }

    /// +https, +https-get, +https-post, +http-plain, +http-plain-get,
    /// +http-plain-post (dig.c built with libnghttp2).
    /// `memory`: the bytes from the name on, as they lie in memory past its
    /// end (see [`memory_after`]).
    fn plus_https(&mut self, cur: usize, cmd: &[u8], memory: &[u8], state: bool, value: Option<&[u8]>) -> Result<(), Bad> {
        let c = |i: usize| memory.get(i).copied().unwrap_or(ENVIRONMENT_BYTE);
        let s = &mut self.slots[cur].secure;
        s.https_path = None;
        if !state {
            s.https_mode = false;
            return Ok(());
        }
        s.https_mode = true;
        // +http-plain[-get|-post] or +https[-get|-post]: the same grammar
        // after the base name.
        let plain = c(4) == b'-';
        s.http_plain |= plain;
        let base = if plain { "http-plain" } else { "https" };
        match c(base.len()) {
            0 => {
                if !fullcheck(cmd, &[base]) {
                    return Err(Bad::Invalid);
                }
            }
            b'-' => match c(base.len() + 1) {
                b'p' if !fullcheck(cmd, &[&format!("{base}-post")]) => return Err(Bad::Invalid),
                b'g' => {
                    if !fullcheck(cmd, &[&format!("{base}-get")]) {
                        return Err(Bad::Invalid);
                    }
                    s.https_get = true;
                }
                _ => {}
            },
            _ => return Err(Bad::Invalid),
        }
        let l = &mut self.slots[cur];
        if !l.tcp_mode_set {
            l.tcp_mode = state;
        }
        match value {
            None => l.secure.https_path = Some(HTTP_DEFAULT_PATH.into()),
            Some(v) if http_path_is_valid(v) => l.secure.https_path = Some(as_text(v)),
            Some(v) => {
                self.err(format!(";; The given HTTP path \"{}\" is not a valid absolute path\n", as_text(v)));
                return Err(Bad::Invalid);
            }
        }
        Ok(())
    }

    /// `+[no]http3[=PATH]`: the path as `+https=PATH` takes it.
    fn plus_http3(&mut self, cur: usize, state: bool, value: Option<&[u8]>) -> Result<(), Bad> {
        let l = &mut self.slots[cur];
        l.secure.http3 = state;
        if !l.tcp_mode_set {
            l.tcp_mode = state;
        }
        match value {
            None => l.secure.https_path = Some(HTTP_DEFAULT_PATH.into()),
            Some(v) if http_path_is_valid(v) => l.secure.https_path = Some(as_text(v)),
            Some(v) => {
                self.err(format!(";; The given HTTP path \"{}\" is not a valid absolute path\n", as_text(v)));
                return Err(Bad::Invalid);
            }
        }
        Ok(())
    }

    /// dig.c's plus_tls_options(): false = invalid option.
    fn plus_tls(&mut self, cur: usize, cmd: &[u8], state: bool, value: Option<&[u8]>) -> bool {
        let c = |i: usize| cmd.get(i).copied().unwrap_or(0);
        let l = &mut self.slots[cur];
        // Using TLS implies "TCP-like" mode.
        if !l.tcp_mode_set {
            l.tcp_mode = state;
        }
        let s = &mut l.secure;
        let given = value.map(as_text);
        match c(3) {
            b'-' => {
                if state {
                    s.tls_ca_set = true;
                }
                let missing = match (c(4), c(5)) {
                    (b'c', b'a') => {
                        if !fullcheck(cmd, &["tls-ca"]) {
                            return false;
                        }
                        s.tls_ca_set = state;
                        if state && given.is_some() {
                            s.tls_ca_file = given;
                        }
                        None
                    }
                    (b'c', b'e') => {
                        if !fullcheck(cmd, &["tls-certfile"]) {
                            return false;
                        }
                        required_value(
                            &mut s.tls_cert_file_set,
                            &mut s.tls_cert_file,
                            state,
                            given,
                            ";; TLS certificate file is not specified\n",
                        )
                    }
                    (b'h', _) => {
                        if !fullcheck(cmd, &["tls-hostname"]) {
                            return false;
                        }
                        required_value(&mut s.tls_hostname_set, &mut s.tls_hostname, state, given, ";; TLS hostname is not specified\n")
                    }
                    (b'k', _) => {
                        if !fullcheck(cmd, &["tls-keyfile"]) {
                            return false;
                        }
                        required_value(
                            &mut s.tls_key_file_set,
                            &mut s.tls_key_file,
                            state,
                            given,
                            ";; TLS private key file is not specified\n",
                        )
                    }
                    _ => return false,
                };
                if let Some(text) = missing {
                    self.err(text.into());
                    return false;
                }
                true
            }
            0 => {
                if !fullcheck(cmd, &["tls"]) {
                    return false;
                }
                s.tls_mode = state;
                true
            }
            _ => false,
        }
    }
}

/// dighost.c's optnames[] (+ednsopt=NAME).
const EDNS_OPTNAMES: [(u16, &str); 17] = [
    (1, "LLQ"),
    (3, "NSID"),
    (5, "DAU"),
    (6, "DHU"),
    (7, "N3U"),
    (8, "ECS"),
    (9, "EXPIRE"),
    (10, "COOKIE"),
    (11, "KEEPALIVE"),
    (12, "PADDING"),
    (12, "PAD"),
    (13, "CHAIN"),
    (14, "KEY-TAG"),
    (15, "EDE"),
    (16, "CLIENT-TAG"),
    (17, "SERVER-TAG"),
    (26946, "DEVICEID"),
];

/// What [`memory_after`] stands for past the last argument: in a real
/// process the environment's strings follow argv, text that is neither a
/// NUL nor one of the characters dig.c looks for there.
const ENVIRONMENT_BYTE: u8 = b'?';

/// The bytes of argument `ai` from `start` on as they lie in memory, for
/// dig.c's reads past the end of an option's name (`+htt`, `+http-p`...):
/// the rest of its buffer (with the NULs strtok_r() wrote), its NUL, then
/// the arguments after it, each with its NUL; past that,
/// [`ENVIRONMENT_BYTE`]. So `dig +http -h` is +https and `dig +http x` is
/// an invalid option, as with BIND.
fn memory_after(f: &Frame, ai: usize, start: usize) -> Vec<u8> {
    let mut m = f.argv[ai][start..].to_vec();
    m.push(0);
    for a in &f.argv[ai + 1..] {
        m.extend_from_slice(a);
        m.push(0);
    }
    m
}

/// +tls-certfile, +tls-hostname, +tls-keyfile: on, the option needs its
/// value (else `missing`, dig's complaint); off, it is only unset.
fn required_value(
    set: &mut bool,
    value: &mut Option<String>,
    state: bool,
    given: Option<String>,
    missing: &'static str,
) -> Option<&'static str> {
    *set = state;
    match (state, given) {
        (false, _) => None,
        (true, None) => Some(missing),
        (true, Some(v)) => {
            *value = Some(v);
            None
        }
    }
}

#[cfg(test)]
#[path = "plus_tests.rs"]
mod tests;
