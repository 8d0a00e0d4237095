//! dig.c's `-` options: preparse_args(), which scans them before anything
//! else is read (for `-r`, `-4`/`-6`, and to reject a bad letter or a
//! missing value early), and dash_option(), their effect in parse_args()'s
//! loop: `-4 -6 -b -c -d -f -h -i -k -m -n -p -q -r -t -u -v -x -y`, with
//! `dig -h`'s text and the checks BIND makes of a `-y` key.
//!
//! Where the data goes: preparse_args()'s [`Preparse`] tells the session
//! whether to read ~/.digrc and which families to keep, before
//! [`Dig::new`]. dash_option() writes into the lookup being built (`-c`,
//! `-t`, `-u`), queues lookups (`-q`, `-x`), sets the run's `Settings`
//! (`-4`, `-6`, `-b`, `-p`) and the `Globals` (`-d`, `-f`, `-k`, `-y`),
//! and queues [`Event`]s (messages, `-h`, `-v`, fatal errors) for the
//! session. The batch file is opened and the keys are checked when the
//! command line is parsed (`Dig::end_of_args`, `Dig::finish_run`).

use std::net::{IpAddr, SocketAddr};

use super::compat::{Tok, as_text, cstr, fullcheck, inet_pton4, inet_pton6, reverse_name, starts_with_ci, strtok, truncated};
use super::{ANY, AXFR, Bad, CLASS_IN, Dig, Event, Flow, Frame, IXFR, MAXSERIAL, MXNAME, PTR, Preparse, TsigKey, UNSUPPORTED_DEBUG, USAGE};
use crate::config::keys::{Channel as KeyChannel, HmacChoice, KeyError};
use crate::error::Fatal;
use crate::event::Said;
use crate::wire::types;

/// dighost.h's limit for parse_uint() of a port number.
const MAXPORT: u32 = 0xffff;
/// Options of one character that take no value (dig.c).
const SINGLE_DASH_OPTS: &[u8] = b"46dhimnruv";
/// Every option letter (dig.c).
const DASH_OPTS: &[u8] = b"46bcdfhikmnpqrtvyx";

/// dig.c's help() (`dig -h`, on stdout), as BIND 9.18 built with libidn2
/// and libnghttp2 (Debian's) prints it.
pub const HELP: &str = concat!(
    "Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n",
    "            {global-d-opt} host [@local-server] {local-d-opt}\n",
    "            [ host [@local-server] {local-d-opt} [...]]\n",
    "Where:  domain\t  is in the Domain Name System\n",
    "        q-class  is one of (in,hs,ch,...) [default: in]\n",
    "        q-type   is one of (a,any,mx,ns,soa,hinfo,axfr,txt,...) [default:a]\n",
    "                 (Use ixfr=version for type ixfr)\n",
    "        q-opt    is one of:\n",
    "                 -4                  (use IPv4 query transport only)\n",
    "                 -6                  (use IPv6 query transport only)\n",
    "                 -b address[#port]   (bind to source address/port)\n",
    "                 -c class            (specify query class)\n",
    "                 -f filename         (batch mode)\n",
    "                 -k keyfile          (specify tsig key file)\n",
    "                 -m                  (enable memory usage debugging)\n",
    "                 -p port             (specify port number)\n",
    "                 -q name             (specify query name)\n",
    "                 -r                  (do not read ~/.digrc)\n",
    "                 -t type             (specify query type)\n",
    "                 -u                  (display times in usec instead of msec)\n",
    "                 -x dot-notation     (shortcut for reverse lookups)\n",
    "                 -y [hmac:]name:key  (specify named base64 tsig key)\n",
    "        d-opt    is of the form +keyword[=value], where keyword is:\n",
    "                 +[no]aaflag         (Set AA flag in query (+[no]aaflag))\n",
    "                 +[no]aaonly         (Set AA flag in query (+[no]aaflag))\n",
    "                 +[no]additional     (Control display of additional section)\n",
    "                 +[no]adflag         (Set AD flag in query (default on))\n",
    "                 +[no]all            (Set or clear all display flags)\n",
    "                 +[no]answer         (Control display of answer section)\n",
    "                 +[no]authority      (Control display of authority section)\n",
    "                 +[no]badcookie      (Retry BADCOOKIE responses)\n",
    "                 +[no]besteffort     (Try to parse even illegal messages)\n",
    "                 +bufsize[=###]      (Set EDNS0 Max UDP packet size)\n",
    "                 +[no]cdflag         (Set checking disabled flag in query)\n",
    "                 +[no]class          (Control display of class in records)\n",
    "                 +[no]cmd            (Control display of command line -\n",
    "                                      global option)\n",
    "                 +[no]coflag         (Set compact denial of existence ok flag)\n",
    "                                      in query)\n",
    "                 +[no]comments       (Control display of packet header\n",
    "                                      and section name comments)\n",
    "                 +[no]cookie         (Add a COOKIE option to the request)\n",
    "                 +[no]crypto         (Control display of cryptographic\n",
    "                                      fields in records)\n",
    "                 +[no]defname        (Use search list (+[no]search))\n",
    "                 +[no]dns64prefix    (Get the DNS64 prefixes from ipv4only.arpa)\n",
    "                 +[no]dnssec         (Request DNSSEC records)\n",
    "                 +domain=###         (Set default domainname)\n",
    "                 +[no]edns[=###]     (Set EDNS version) [0]\n",
    "                 +ednsflags=###      (Set undefined EDNS flag bits)\n",
    "                 +[no]ednsnegotiation (Set EDNS version negotiation)\n",
    "                 +ednsopt=###[:value] (Send specified EDNS option)\n",
    "                 +noednsopt          (Clear list of +ednsopt options)\n",
    "                 +[no]expandaaaa     (Expand AAAA records)\n",
    "                 +[no]expire         (Request time to expire)\n",
    "                 +[no]fail           (Don't try next server on SERVFAIL)\n",
    "                 +[no]header-only    (Send query without a question section)\n",
    "                 +[no]https[=###]    (DNS-over-HTTPS mode) [/]\n",
    "                 +[no]https-get      (Use GET instead of default POST method\n",
    "                                      while using HTTPS)\n",
    "                 +[no]http-plain[=###] (DNS over plain HTTP mode) [/]\n",
    "                 +[no]http-plain-get (Use GET instead of default POST method\n",
    "                                      while using plain HTTP)\n",
    "                 +[no]identify       (ID responders in short answers)\n",
    "                 +[no]idnin          (Parse IDN names [default=on on tty])\n",
    "                 +[no]idnout         (Convert IDN response [default=on on tty])\n",
    "                 +[no]ignore         (Don't revert to TCP for TC responses.)\n",
    "                 +[no]keepalive      (Request EDNS TCP keepalive)\n",
    "                 +[no]keepopen       (Keep the TCP socket open between queries)\n",
    "                 +[no]multiline      (Print records in an expanded format)\n",
    "                 +ndots=###          (Set search NDOTS value)\n",
    "                 +[no]nsid           (Request Name Server ID)\n",
    "                 +[no]nssearch       (Search all authoritative nameservers)\n",
    "                 +[no]onesoa         (AXFR prints only one soa record)\n",
    "                 +[no]opcode=###     (Set the opcode of the request)\n",
    "                 +padding=###        (Set padding block size [0])\n",
    "                 +qid=###            (Specify the query ID to use when sending\n",
    "                                      queries)\n",
    "                 +[no]qr             (Print question before sending)\n",
    "                 +[no]question       (Control display of question section)\n",
    "                 +[no]raflag         (Set RA flag in query (+[no]raflag))\n",
    "                 +[no]rdflag         (Recursive mode (+[no]recurse))\n",
    "                 +[no]recurse        (Recursive mode (+[no]rdflag))\n",
    "                 +retry=###          (Set number of UDP retries) [2]\n",
    "                 +[no]rrcomments     (Control display of per-record comments)\n",
    "                 +[no]search         (Set whether to use searchlist)\n",
    "                 +[no]short          (Display nothing except short\n",
    "                                      form of answers - global option)\n",
    "                 +[no]showbadcookie  (Show BADCOOKIE message)\n",
    "                 +[no]showsearch     (Search with intermediate results)\n",
    "                 +[no]split=##       (Split hex/base64 fields into chunks)\n",
    "                 +[no]stats          (Control display of statistics)\n",
    "                 +subnet=addr        (Set edns-client-subnet option)\n",
    "                 +[no]tcflag         (Set TC flag in query (+[no]tcflag))\n",
    "                 +[no]tcp            (TCP mode (+[no]vc))\n",
    "                 +timeout=###        (Set query timeout) [5]\n",
    "                 +[no]tls            (DNS-over-TLS mode)\n",
    "                 +[no]tls-ca[=file]  (Enable remote server's TLS certificate\n",
    "                                      validation)\n",
    "                 +[no]tls-hostname=hostname (Explicitly set the expected TLS\n",
    "                                      hostname)\n",
    "                 +[no]tls-certfile=file (Load client TLS certificate chain from\n",
    "                                      file)\n",
    "                 +[no]tls-keyfile=file (Load client TLS private key from file)\n",
    "                 +[no]trace          (Trace delegation down from root [implies\n",
    "                                      +dnssec])\n",
    "                 +tries=###          (Set number of UDP attempts) [3]\n",
    "                 +[no]ttlid          (Control display of ttls in records)\n",
    "                 +[no]ttlunits       (Display TTLs in human-readable units)\n",
    "                 +[no]unknownformat  (Print RDATA in RFC 3597 \"unknown\" format)\n",
    "                 +[no]vc             (TCP mode (+[no]tcp))\n",
    "                 +[no]yaml           (Present the results as YAML)\n",
    "                 +[no]zflag          (Set Z flag in query)\n",
    "        global d-opts and servers (before host name) affect all queries.\n",
    "        local d-opts and servers (after host name) affect only that lookup.\n",
    "        -h                           (print help and exit)\n",
    "        -v                           (print version and exit)\n",
);

/// dig.c's preparse_args(): the `-` options scanned before anything else,
/// for `-r` (before ~/.digrc is read), `-4`/`-6` (before resolv.conf), `-m`
/// and `-d`, and to reject a bad option letter or a missing value early.
/// `args` excludes `argv[0]`. `Err` holds the events that end the program.
pub fn preparse_args<S: AsRef<str>>(args: &[S]) -> Result<Preparse, Vec<Event>> {
    let mut p = Preparse { ipv4only: false, ipv6only: false, digrc: true };
    let invalid = |o: &[u8]| vec![Event::Stderr(format!("Invalid option: -{}\n", as_text(o))), Event::Stderr(USAGE.into()), Event::Exit(1)];
    let mut i = 0;
    while i < args.len() {
        let bytes = crate::rawtext::encode(args[i].as_ref());
        let arg = cstr(&bytes);
        i += 1;
        if arg.first() != Some(&b'-') {
            continue;
        }
        let mut o = &arg[1..];
        while let Some(&c) = o.first() {
            if !SINGLE_DASH_OPTS.contains(&c) {
                break;
            }
            match c {
                b'r' => p.digrc = false,
                b'4' => {
                    if p.ipv6only {
                        return Err(vec![Event::Fatal(Fatal::Usage("only one of -4 and -6 allowed".into()))]);
                    }
                    p.ipv4only = true;
                }
                b'6' => {
                    if p.ipv4only {
                        return Err(vec![Event::Fatal(Fatal::Usage("only one of -4 and -6 allowed".into()))]);
                    }
                    p.ipv6only = true;
                }
                _ => {}
            }
            o = &o[1..];
        }
        if o.is_empty() {
            continue;
        }
        if !DASH_OPTS.contains(&o[0]) {
            return Err(invalid(o));
        }
        if o.len() > 1 {
            continue;
        }
        // The value is the next argument.
        if i >= args.len() {
            return Err(invalid(o));
        }
        i += 1;
    }
    Ok(p)
}

impl Dig {
    /// parse_args()'s `-` branch for argument `i`: dash_option() with the
    /// argument after it (skipped if it was the value), and BIND's usage
    /// error for an invalid option.
    pub(super) fn dash_argument(&mut self, f: &mut Frame, i: usize) -> Flow {
        let next = (i + 1 < f.argv.len()).then_some(i + 1);
        match self.dash_option(f, i, next) {
            Ok(true) => {
                f.pos += 1;
                Flow::Continue
            }
            Ok(false) => Flow::Continue,
            Err(Bad::Invalid) => {
                let text = as_text(self.dash_invalid_text(f, i));
                self.err(format!("Invalid option: -{text}\n"));
                self.usage();
                Flow::Stop
            }
            Err(Bad::Stop) => Flow::Stop,
        }
    }

    /// What "Invalid option: -%s" prints: the option as dash_option() left
    /// it (after the leading single-letter options it consumed).
    fn dash_invalid_text<'a>(&self, f: &'a Frame, i: usize) -> &'a [u8] {
        cstr(f.argv[i].get(self.dash_off..).unwrap_or_default())
    }

    /// dig.c's dash_option() for argument `i` (`-...`), `next` the argument
    /// after it. Ok(true) if the value was the next argument.
    fn dash_option(&mut self, f: &mut Frame, i: usize, next: Option<usize>) -> Result<bool, Bad> {
        // `option` starts after the dash; the single-letter options without
        // a value come first, in any number.
        let mut off = 1;
        self.dash_off = off;
        loop {
            let option = cstr(&f.argv[i][off..]).to_vec();
            let Some(&o) = option.first() else { break };
            if !SINGLE_DASH_OPTS.contains(&o) {
                break;
            }
            match o {
                b'4' => {
                    if self.have_ipv4 {
                        self.net_v6 = false;
                        self.have_ipv6 = false;
                        self.settings.ipv4_only = true;
                        self.settings.ipv6_only = false;
                    } else {
                        self.stop(Event::Fatal(Fatal::Other("can't find IPv4 networking".into())));
                        return Err(Bad::Stop);
                    }
                }
                b'6' => {
                    if self.have_ipv6 {
                        self.net_v4 = false;
                        self.have_ipv4 = false;
                        self.settings.ipv6_only = true;
                        self.settings.ipv4_only = false;
                    } else {
                        self.stop(Event::Fatal(Fatal::Other("can't find IPv6 networking".into())));
                        return Err(Bad::Stop);
                    }
                }
                b'd' => {
                    let after = option.get(1).copied().unwrap_or(0);
                    if after == 0 || !DASH_OPTS.contains(&after) {
                        // `-d` or `-debug`; anything else is invalid.
                        if !fullcheck(&option, &["debug"]) {
                            return Err(Bad::Invalid);
                        }
                        self.set_debugging();
                        return Ok(false);
                    }
                    self.set_debugging();
                }
                b'h' => {
                    self.out(Said::Help(HELP.into()));
                    self.stop(Event::Exit(0));
                    return Err(Bad::Stop);
                }
                // -i, -n: deprecated, no effect; -m: memory debugging
                // (handled by preparse_args() in BIND, no visible output);
                // -r: too late to matter here.
                b'i' | b'm' | b'n' | b'r' => {}
                b'u' => self.slots[f.cur].display.use_usec = true,
                b'v' => {
                    self.err(format!("{}\n", crate::version::VERSION_TEXT));
                    self.stop(Event::Exit(0));
                    return Err(Bad::Stop);
                }
                _ => {}
            }
            if option.len() > 1 {
                off += 1;
                self.dash_off = off;
            } else {
                return Ok(false);
            }
        }
        let option = cstr(&f.argv[i][off..]).to_vec();
        let opt = option.first().copied().unwrap_or(0);
        // The value: the rest of this argument, or the next one.
        let (vi, voff, from_next) = if option.len() > 1 {
            (i, off + 1, false)
        } else {
            match next {
                Some(n) => (n, 0, true),
                None => return Err(Bad::Invalid),
            }
        };
        let value = cstr(&f.argv[vi][voff..]).to_vec();
        match opt {
            b'b' => {
                let hash = value.iter().position(|&b| b == b'#');
                let srcport = match hash {
                    Some(h) => match self.parse_uint(&value[h + 1..], MAXPORT, "port number", 10) {
                        Some(n) => n as u16,
                        None => {
                            self.stop(Event::Fatal(Fatal::Usage("Couldn't parse port number".into())));
                            return Err(Bad::Stop);
                        }
                    },
                    None => 0,
                };
                let addr = &value[..hash.unwrap_or(value.len())];
                if let (true, Some(a)) = (self.have_ipv6, inet_pton6(addr)) {
                    self.settings.source = Some(SocketAddr::new(IpAddr::V6(a), srcport));
                    self.net_v4 = false;
                } else if let (true, Some(a)) = (self.have_ipv4, inet_pton4(addr)) {
                    self.settings.source = Some(SocketAddr::new(IpAddr::V4(a), srcport));
                    self.net_v6 = false;
                } else {
                    self.stop(Event::Fatal(Fatal::Usage(format!("invalid address {}", as_text(&value)))));
                    return Err(Bad::Stop);
                }
                Ok(from_next)
            }
            b'c' => {
                if self.slots[f.cur].rdclassset {
                    self.err(";; Warning, extra class option\n".into());
                }
                f.open_type_class = false;
                match types::class_from_text(&as_text(&value)) {
                    Some(c) => {
                        let l = &mut self.slots[f.cur];
                        l.rdclass = c;
                        l.rdclassset = true;
                    }
                    None => self.err(format!(";; Warning, ignoring invalid class {}\n", as_text(&value))),
                }
                Ok(from_next)
            }
            b'f' => {
                self.g.batchname = Some(as_text(&value));
                Ok(from_next)
            }
            b'k' => {
                self.g.keyfile = Some(truncated(&value, MXNAME - 1));
                Ok(from_next)
            }
            b'p' => {
                let Some(n) = self.parse_uint(&value, MAXPORT, "port number", 10) else {
                    self.stop(Event::Fatal(Fatal::Usage("Couldn't parse port number".into())));
                    return Err(Bad::Stop);
                };
                self.settings.port = n as u16;
                self.settings.port_set = true;
                Ok(from_next)
            }
            b'q' => {
                if !f.config_only() {
                    self.new_lookup(f, truncated(&value, MXNAME - 1));
                }
                Ok(from_next)
            }
            b't' => {
                f.open_type_class = false;
                let rdtype = if starts_with_ci(&value, b"ixfr=") {
                    Some(IXFR)
                } else {
                    types::type_from_text(&as_text(&value)).filter(|&t| t != IXFR)
                };
                let Some(t) = rdtype else {
                    self.err(format!(";; Warning, ignoring invalid type {}\n", as_text(&value)));
                    return Ok(from_next);
                };
                if self.slots[f.cur].rdtypeset {
                    self.err(";; Warning, extra type option\n".into());
                }
                let (q, c) = (self.g.plusquest, self.g.pluscomm);
                if t == IXFR {
                    let l = &mut self.slots[f.cur];
                    l.rdtype = IXFR;
                    l.rdtypeset = true;
                    let Some(serial) = self.parse_uint(&value[5..], MAXSERIAL, "serial number", 10) else {
                        self.stop(Event::Fatal(Fatal::Usage("Couldn't parse serial number".into())));
                        return Err(Bad::Stop);
                    };
                    let l = &mut self.slots[f.cur];
                    l.ixfr_serial = serial;
                    l.display.section_question = q;
                    l.display.comments = c;
                    if !l.tcp_mode_set {
                        l.tcp_mode = true;
                    }
                } else {
                    let config_only = f.config_only();
                    let l = &mut self.slots[f.cur];
                    l.rdtype = t;
                    if !config_only {
                        l.rdtypeset = true;
                    }
                    if t == AXFR {
                        l.display.section_question = q;
                        l.display.comments = c;
                    } else if t == ANY && !l.tcp_mode_set {
                        l.tcp_mode = true;
                    }
                    l.ixfr_serial = 0;
                }
                Ok(from_next)
            }
            b'y' => {
                self.dash_y(f, vi, voff)?;
                Ok(from_next)
            }
            b'x' => {
                if f.need_clone {
                    f.cur = self.clone_default();
                }
                f.need_clone = true;
                match reverse_name(&value) {
                    Some(name) => {
                        let l = &mut self.slots[f.cur];
                        l.textname = name;
                        l.trace_root = l.trace || l.ns_search_only;
                        if !l.rdtypeset {
                            l.rdtype = PTR;
                        }
                        if !l.rdclassset {
                            l.rdclass = CLASS_IN;
                        }
                        l.new_search = true;
                        if f.firstarg {
                            self.printgreeting(f, f.cur);
                            f.firstarg = false;
                        }
                        self.order.push(f.cur);
                        Ok(from_next)
                    }
                    None => {
                        self.err(format!("Invalid IP address {}\n", as_text(&value)));
                        self.stop(Event::Exit(1));
                        Err(Bad::Stop)
                    }
                }
            }
            _ => Err(Bad::Invalid),
        }
    }

    /// `-y [hmac:]name:secret`: strtok_r() on the value, parse_hmac(),
    /// and the colons put back as dig.c puts them back.
    fn dash_y(&mut self, f: &mut Frame, vi: usize, voff: usize) -> Result<(), Bad> {
        let buf = &mut f.argv[vi];
        let Some(t1) = strtok(buf, voff, b":") else {
            self.usage();
            return Err(Bad::Stop);
        };
        let Some(t2) = strtok(buf, t1.next, b":") else {
            self.usage();
            return Err(Bad::Stop);
        };
        let t3 = strtok(buf, t2.next, b"");
        let text = |t: &Tok| as_text(&buf[t.start..t.end]);
        let (name, secret) = match &t3 {
            Some(t3) => {
                let hmac = text(&t1);
                let (name, secret) = (text(&t2), text(t3));
                self.parse_hmac(&hmac)?;
                (name, secret)
            }
            None => {
                self.g.hmac = HmacChoice::DEFAULT.algorithm;
                self.g.digestbits = 0;
                (text(&t1), text(&t2))
            }
        };
        let cut = |t: &str| truncated(&crate::rawtext::encode(t), MXNAME - 1);
        self.g.tsig = Some(TsigKey { name: cut(&name), secret: cut(&secret) });
        let buf = &mut f.argv[vi];
        if let Some(t3) = &t3 {
            buf[t2.start - 1] = b':';
            buf[t3.start - 1] = b':';
        } else {
            buf[t2.start - 1] = b':';
        }
        Ok(())
    }

    /// dighost's parse_hmac() (config::keys has its rules and texts).
    fn parse_hmac(&mut self, hmac: &str) -> Result<(), Bad> {
        let mut choice = self.hmac_choice();
        match choice.parse_hmac(hmac) {
            Ok(notice) => {
                if let Some(n) = notice {
                    self.err(format!("{n}\n"));
                }
                self.g.hmac = choice.algorithm;
                self.g.digestbits = choice.digest_bits;
                Ok(())
            }
            Err(e) => {
                self.key_error(&e);
                Err(Bad::Stop)
            }
        }
    }

    /// dig's `hmacname` and `digestbits` as `config::keys` takes them.
    pub(super) fn hmac_choice(&self) -> HmacChoice {
        HmacChoice { algorithm: self.g.hmac, digest_bits: self.g.digestbits }
    }

    /// Prints a key error as dig does and, for a fatal one, stops.
    pub(super) fn key_error(&mut self, e: &KeyError) {
        for (channel, line) in e.lines() {
            match channel {
                // A fatal error's `dig: TEXT` is the session's to print.
                KeyChannel::Stderr if e.exit_status().is_some() => {}
                KeyChannel::Stderr => self.err(format!("{line}\n")),
                KeyChannel::Stdout if matches!(e, KeyError::CouldntCreate { .. }) => self.out(Said::CouldntCreateKey(line)),
                KeyChannel::Stdout => self.out(Said::InvalidValue(line)),
            }
        }
        if e.exit_status().is_some() {
            self.stop(Event::Fatal(Fatal::Usage(e.to_string())));
        }
    }

    /// `-d`: BIND's debug() trace, which rlookup does not have.
    fn set_debugging(&mut self) {
        self.g.debugging = true;
        if !self.warned_debug {
            self.warned_debug = true;
            self.events.push_back(Event::Warn(UNSUPPORTED_DEBUG.into()));
        }
    }
}

#[cfg(test)]
#[path = "dash_tests.rs"]
mod tests;
