//! dig's grammar: a port of BIND 9.18's bin/dig/dig.c argument handling
//! (preparse_args(), parse_args(), plus_option(), dash_option(),
//! split_batchline(), printgreeting(), the ~/.digrc lines and the `-f` batch
//! lines), with the dighost.c helpers it calls (parse_uint(), parse_xint(),
//! parse_bits(), parse_netprefix(), parse_hmac(), save_opt(), get_reverse(),
//! getaddresses() for address literals, set_search_domain()).
//!
//! Pure: no I/O. BIND prints, resolves `@server` names and reads the batch
//! file *while* it parses, and what is printed before a fatal error matters,
//! so the parse is a sequence of [`Event`]s the session executes in order.
//! A few events are requests the session must answer before asking for the
//! next event (an `@server` name to resolve, the batch file to open, a batch
//! line to read); everything else, including the exact text of every
//! message, is decided here.
//!
//! # How the session drives it (dig.c's main())
//!
//! 1. [`preparse_args`] (dig.c's preparse_args(), run before anything else):
//!    on `Err`, execute the events (they end the program); on `Ok`, the
//!    [`Preparse`] says whether to read `~/.digrc` (not with `-r`; BIND
//!    reads it only if `$HOME` is set) and whether `-4`/`-6` was given.
//! 2. Build the run's [`Settings`] from resolv.conf as dighost's
//!    setup_system() does for dig (servers, search list, ndots, timeout,
//!    attempts; `usesearch` and `check_ra` false), and [`Dig::new`] with
//!    them: it applies `-4`/`-6` to the servers as setup_system() does.
//! 3. [`Dig::command_line`] with the arguments and `~/.digrc`'s contents,
//!    then call [`Dig::next_event`] until it returns `None`, executing each
//!    event (see [`Event`]); answer [`Event::Server`] with
//!    [`Dig::server_addresses`], [`Event::OpenBatch`] with
//!    [`Dig::batch_opened`], [`Event::ReadBatchLine`] with
//!    [`Dig::batch_input`] and [`Event::CheckKeyFile`] with
//!    [`Dig::key_file_exists`] before the next call.
//! 4. If no event ended the program: run [`Dig::take_lookups`] in order with
//!    [`Dig::settings`] (and [`Dig::globals`] for the printing globals).
//! 5. With `-f` (the session opened the file on [`Event::OpenBatch`]): when
//!    every lookup is done, read the next line (BIND's fgets() with a
//!    1024-byte buffer: see [`fgets_chunks`]; a read error, e.g. `-f /etc`,
//!    is the end of the file), give it to [`Dig::batch_line`], drive the
//!    events again, run its lookups; until the end of the file. Every line
//!    counts from the second on, blank (`. NS`) and `#` lines (names)
//!    included, as in BIND.
//!
//! The greeting (`; <<>> rlookup X.Y.Z <<>> args`) is not an event: as in
//! BIND it is stored in the first lookup's `cmdline` and printed with its
//! first reply (see `plan::Lookup::cmdline`).
//!
//! # What rlookup does not do
//!
//! Options BIND's dig accepts that rlookup cannot honour are parsed exactly
//! (with BIND's own errors for bad values), then refused with a fatal error
//! (`dig: <text>`, exit 1, or the failed run's exit code in a later batch
//! line) before any query is sent, rather than quietly sent without: DNS
//! over TLS ([`UNSUPPORTED_TLS`]) or HTTP(S) ([`UNSUPPORTED_HTTPS`],
//! [`UNSUPPORTED_HTTP_PLAIN`]) for a lookup that would use it, a TSIG key
//! BIND would build from `-y` ([`UNSUPPORTED_TSIG`]), a `-k` key file that
//! exists ([`UNSUPPORTED_KEYFILE`]). Where BIND itself goes on without the
//! key (no such key file, a bad secret or algorithm), rlookup says what
//! BIND says and goes on too. `-d` (BIND's debugging trace) prints
//! [`UNSUPPORTED_DEBUG`] once and is otherwise ignored.

use std::collections::VecDeque;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::plan::{DEFAULT_EDNS_BUFSIZE, Lookup, Server, Settings};
use crate::wire::types;

const NS: u16 = 2;
const PTR: u16 = 12;
const AAAA: u16 = 28;
const IXFR: u16 = 251;
const AXFR: u16 = 252;
const ANY: u16 = 255;
const CLASS_IN: u16 = 1;

/// dighost.h's MXNAME: the size of dig's name, command-line and batch-line
/// buffers (strings in them hold at most MXNAME - 1 bytes).
const MXNAME: usize = 1024;
/// The most bytes one fgets() of a batch file or ~/.digrc returns.
pub const BATCH_LINE_MAX: usize = MXNAME - 1;
/// dighost.h's limits for parse_uint().
const MAXPORT: u32 = 0xffff;
const MAXTIMEOUT: u32 = 0xffff;
const MAXTRIES: u32 = 0xffff_ffff;
const MAXNDOTS: u32 = 0xffff;
const MAXSERIAL: u32 = 0xffff_ffff;
const MAXQID: u32 = 0xffff;
const COMMSIZE: u32 = 0xffff;
/// dighost.c's EDNSOPT_OPTIONS: +ednsopt options per lookup.
const EDNSOPT_OPTIONS: usize = 100;
/// dighost.c's DIG_MAX_ADDRESSES: addresses kept per @server.
pub const DIG_MAX_ADDRESSES: usize = 20;
/// sizeof(hexcookie) in dig.c.
const HEXCOOKIE_SIZE: usize = 81;
/// sizeof(domainopt) in dig.c (DNS_NAME_MAXTEXT).
const DOMAINOPT_SIZE: usize = 1023;
/// isc/netmgr's ISC_NM_HTTP_DEFAULT_PATH.
const HTTP_DEFAULT_PATH: &str = "/dns-query";
/// Options of one character that take no value (dig.c).
const SINGLE_DASH_OPTS: &[u8] = b"46dhimnruv";
/// Every option letter (dig.c).
const DASH_OPTS: &[u8] = b"46bcdfhikmnpqrtvyx";
/// The +fuzztime default (dig.c).
const DEFAULT_FUZZTIME: u32 = 0x622a_cce1;

/// dig.c's usage(): print_usage() and the hint, on stderr, then exit 1.
pub const USAGE: &str = concat!(
    "Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n",
    "            {global-d-opt} host [@local-server] {local-d-opt}\n",
    "            [ host [@local-server] {local-d-opt} [...]]\n",
    "\n",
    "Use \"dig -h\" (or \"dig -h | more\") for complete list of options\n",
);

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

/// What rlookup says, as a fatal error ([`Event::Fatal`]), when a lookup
/// would need a transport or a key it does not have (see "What rlookup does
/// not do" above). Exit status: that of BIND's fatal() (1, or the run's exit
/// code once a query has failed): like BIND's own refusals of a command
/// line, it stops before any query, and 1 is dig's "usage error".
pub const UNSUPPORTED_TLS: &str = "+tls: DNS over TLS is not supported by rlookup";
pub const UNSUPPORTED_HTTPS: &str = "+https: DNS over HTTPS is not supported by rlookup";
pub const UNSUPPORTED_HTTP_PLAIN: &str = "+http-plain: DNS over plain HTTP is not supported by rlookup";
pub const UNSUPPORTED_TSIG: &str = "-y: TSIG is not supported by rlookup";
pub const UNSUPPORTED_KEYFILE: &str = "-k: TSIG and SIG(0) keys are not supported by rlookup";
/// The warning for `-d` (BIND's debugging trace on stderr), which rlookup
/// does not have; the run goes on.
pub const UNSUPPORTED_DEBUG: &str = "-d: debugging output is not supported by rlookup; ignored";

/// One thing to do, in order. The session executes each before asking for
/// the next; the requests (`Server`, `OpenBatch`, `ReadBatchLine`) must be
/// answered first. After an event that ends the program (`Fatal`, `Abort`,
/// `Exit`) [`Dig::next_event`] returns `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Write this text to stdout as is (BIND's printf: e.g. parse_uint()'s
    /// `invalid ndots 'x': not a valid number\n`).
    Stdout(String),
    /// Write this text to stderr as is (BIND's fprintf(stderr): warnings
    /// such as `;; Warning, extra type option\n`; some of BIND's have no
    /// final newline, e.g. `;; +sigchase option is deprecated`).
    Stderr(String),
    /// BIND's warn() without exit: flush stdout, write `dig: <text>\n` to
    /// stderr (only for [`UNSUPPORTED_DEBUG`]).
    Warn(String),
    /// Request: resolve the `@server` host name `name` as dighost's
    /// getaddresses() does (bind9_getaddresses(): getaddrinfo(), IPv4 only
    /// if `!ipv6`, IPv6 only if `!ipv4`, else both with AI_ADDRCONFIG; at
    /// most [`DIG_MAX_ADDRESSES`]), then call [`Dig::server_addresses`]
    /// with the addresses as text (isc_netaddr_format, e.g. `127.0.0.1`,
    /// `::1`, `fe80::1%eth0`) or BIND's result text on failure: `not found`
    /// (EAI_NONAME/EAI_NODATA, or no address), `failure` (any other error,
    /// e.g. SERVFAIL, or a `%scope` that is not an interface),
    /// `address family not supported` (a scoped IPv6 literal with IPv6 off).
    /// Address literals without a `%scope` never come here: they are
    /// resolved by the parser. Note getaddrinfo() takes `127.1` as
    /// 127.0.0.1 (inet_aton()).
    Server { name: String, ipv4: bool, ipv6: bool },
    /// Request: open the batch file (`-f`; `-` = stdin), keep it for the
    /// run, then call [`Dig::batch_opened`] (on failure with strerror's
    /// text, e.g. `No such file or directory`).
    OpenBatch(String),
    /// Request: read the next chunk of the batch file (BIND's fgets() into a
    /// 1024-byte buffer: at most [`BATCH_LINE_MAX`] bytes, up to and
    /// including a newline) and call [`Dig::batch_input`] (`None` at the
    /// end of the file).
    ReadBatchLine,
    /// Request: does the `-k` key file exist? Answer with
    /// [`Dig::key_file_exists`]. (BIND goes on without a key when it does
    /// not; rlookup refuses a key it could read: [`UNSUPPORTED_KEYFILE`].)
    CheckKeyFile(String),
    /// dighost's `exitcode = max(exitcode, n)` (before the fatal error of
    /// an unreadable batch file: exit status 8).
    RaiseExitcode(i32),
    /// BIND's fatal(): flush stdout, `dig: <text>\n` on stderr, exit with
    /// dighost's exitcode if non-zero, else 1 (`Error::Fatal`). Ends the
    /// program.
    Fatal(String),
    /// BIND's warn() then digexit(): flush stdout, `dig: <text>\n` on
    /// stderr, exit with max(exitcode, 10) (`Error::Abort`; e.g. `Couldn't
    /// parse ndots`). Ends the program.
    Abort(String),
    /// exit(code) now, after flushing stdout (`-h`, `-v`: 0; usage errors
    /// and `Invalid IP address`: 1). What to print came before as
    /// `Stdout`/`Stderr`. Ends the program.
    Exit(i32),
}

/// Facts about the machine that dig's parse depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Host {
    /// isc_net_probeipv4(): IPv4 sockets work here.
    pub have_ipv4: bool,
    /// isc_net_probeipv6(): IPv6 sockets work here.
    pub have_ipv6: bool,
    /// The default of +idnin/+idnout (make_empty_lookup(): stdout is a
    /// terminal and IDN_DISABLE is not set).
    pub idn: bool,
}

impl Default for Host {
    fn default() -> Self {
        Host { have_ipv4: true, have_ipv6: true, idn: false }
    }
}

/// What preparse_args() learns before anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preparse {
    /// `-4` was given.
    pub ipv4only: bool,
    /// `-6` was given.
    pub ipv6only: bool,
    /// Read ~/.digrc (no `-r`; BIND also needs $HOME set).
    pub digrc: bool,
}

/// A `-y [hmac:]name:secret` key as parsed (never used: see
/// [`UNSUPPORTED_TSIG`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsigKey {
    pub name: String,
    pub secret: String,
}

/// dig.c's and dighost.c's globals that parsing sets, other than those in
/// [`Settings`]. The printing ones are also copied into every lookup's
/// `Display` at the end of each parse (dig prints with the values they have
/// then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Globals {
    /// `printcmd` (`+[no]cmd`): print the greeting. -> `Display::cmd`.
    pub printcmd: bool,
    /// `short_form` (+short). -> `Display::short_form`.
    pub short_form: bool,
    /// `yaml` (+yaml). -> `Display::yaml`; dig_warning() and dig_error()
    /// also depend on it.
    pub yaml: bool,
    /// `splitwidth` (+split). -> `Display::splitwidth`.
    pub splitwidth: u32,
    /// `plusquest`, `pluscomm`: +question / +comments given before the first
    /// name (what AXFR and IXFR lookups print).
    pub plusquest: bool,
    pub pluscomm: bool,
    /// `-d` was given.
    pub debugging: bool,
    /// `-f`: the batch file.
    pub batchname: Option<String>,
    /// `-k`: the key file.
    pub keyfile: Option<String>,
    /// `-y`: the TSIG key. When set by a batch line (where BIND never uses
    /// it) BIND prints `;; WARNING -- TSIG key was not used.` after each
    /// reply's statistics.
    pub tsig: Option<TsigKey>,
    /// The TSIG algorithm (parse_hmac(): `hmac-md5` by default with -y) and
    /// digest bits.
    pub hmac: Option<&'static str>,
    pub digestbits: u32,
    /// +domain=: becomes the search list after the command line.
    pub domainopt: Option<String>,
    /// The last +cookie=HEX (dig.c's single `hexcookie` buffer: every lookup
    /// given a cookie sends this one).
    pub hexcookie: Option<String>,
    /// `+json` (rlookup's addition; only the exact spelling, so that
    /// BIND's other invalid options stay invalid): print JSON documents.
    pub json: bool,
}

impl Default for Globals {
    fn default() -> Self {
        Globals {
            printcmd: true,
            short_form: false,
            yaml: false,
            splitwidth: 0xffff_ffff,
            plusquest: false,
            pluscomm: false,
            debugging: false,
            batchname: None,
            keyfile: None,
            tsig: None,
            hmac: None,
            digestbits: 0,
            domainopt: None,
            hexcookie: None,
            json: false,
        }
    }
}

/// dig.c's preparse_args(): the `-` options scanned before anything else,
/// for `-r` (before ~/.digrc is read), `-4`/`-6` (before resolv.conf), `-m`
/// and `-d`, and to reject a bad option letter or a missing value early.
/// `args` excludes `argv[0]`. `Err` holds the events that end the program.
pub fn preparse_args<S: AsRef<str>>(args: &[S]) -> Result<Preparse, Vec<Event>> {
    let mut p = Preparse { ipv4only: false, ipv6only: false, digrc: true };
    let invalid = |o: &[u8]| vec![Event::Stderr(format!("Invalid option: -{}\n", lossy(o))), Event::Stderr(USAGE.into()), Event::Exit(1)];
    let mut i = 0;
    while i < args.len() {
        let arg = cstr(args[i].as_ref().as_bytes());
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
                        return Err(vec![Event::Fatal("only one of -4 and -6 allowed".into())]);
                    }
                    p.ipv4only = true;
                }
                b'6' => {
                    if p.ipv4only {
                        return Err(vec![Event::Fatal("only one of -4 and -6 allowed".into())]);
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

/// BIND reads batch files and ~/.digrc with fgets() into a 1024-byte
/// buffer: a line longer than [`BATCH_LINE_MAX`] bytes comes in several
/// pieces, each handled as a line of its own (for a batch file: one after
/// the other's lookups have run). `line` is one line as read, newline
/// included.
pub fn fgets_chunks(line: &[u8]) -> impl Iterator<Item = &[u8]> {
    line.chunks(BATCH_LINE_MAX)
}

/// Which parse_args() call a frame is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameKind {
    /// A line of ~/.digrc: parse_args(is_batchfile = true, config_only = true).
    Digrc,
    /// The command line: parse_args(false, false).
    Main,
    /// A line of the -f file: parse_args(true, false).
    Batch,
}

/// Where a frame is in parse_args().
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// The loop over the arguments.
    Args,
    /// After it: the batch file, the implicit root lookup.
    End,
    /// Waiting for the batch file to open.
    BatchOpen,
    /// Reading the first line of the batch file.
    BatchFirst,
    /// Returned.
    Done,
}

/// One parse_args() call in progress, with its local variables.
#[derive(Debug, Clone)]
struct Frame {
    kind: FrameKind,
    /// argv, argv[0] included, as C strings BIND modifies in place (strtok
    /// writes NULs; a string ends at its first NUL).
    argv: Vec<Vec<u8>>,
    /// The next argument.
    pos: usize,
    /// `lookup`: an index into `Dig::slots` (0 = default_lookup).
    cur: usize,
    open_type_class: bool,
    need_clone: bool,
    firstarg: bool,
    phase: Phase,
}

impl Frame {
    fn new(kind: FrameKind, words: Vec<Vec<u8>>, cur: usize) -> Frame {
        let mut argv = vec![b"dig".to_vec()];
        argv.extend(words);
        Frame { kind, argv, pos: 1, cur, open_type_class: true, need_clone: kind != FrameKind::Batch, firstarg: true, phase: Phase::Args }
    }

    fn is_batchfile(&self) -> bool {
        self.kind != FrameKind::Main
    }

    fn config_only(&self) -> bool {
        self.kind == FrameKind::Digrc
    }
}

/// What the parse is waiting for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Waiting {
    Server(String),
    BatchOpen,
    BatchLine,
    KeyFile(String),
}

/// What the current run is (what follows its frames).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    /// dig_query_setup(): parse_args(), then the keys and +domain.
    CommandLine,
    /// query_finished(): parse_args() of one batch line.
    BatchLine,
}

/// How to go on after one argument.
enum Flow {
    Continue,
    /// `%`: stop the argument loop.
    Break,
    /// Return from parse_args() at once (a batch line's @server failed).
    Return,
    /// The program ends (the event is queued).
    Stop,
}

/// Why plus_option()/dash_option() stopped.
enum Bad {
    /// `invalid_option:` / `need_value:`: "Invalid option: ..." and usage.
    Invalid,
    /// Already queued a terminal event.
    Stop,
}

/// dig's parsing state across the command line, ~/.digrc and batch lines:
/// default_lookup, the globals, and the parse in progress.
#[derive(Debug, Clone)]
pub struct Dig {
    settings: Settings,
    g: Globals,
    /// Lookups: 0 is default_lookup; the others are clones made by this
    /// run, queued (in `order`) or not yet (a batch line's first clone).
    slots: Vec<Lookup>,
    /// The lookup list of this run, in order (indices into `slots`).
    order: Vec<usize>,
    /// dighost's have_ipv4/have_ipv6 (changed by -4 and -6).
    have_ipv4: bool,
    have_ipv6: bool,
    /// isc_net's state (-4, -6, and -b disable the other family), what
    /// bind9_getaddresses() may return.
    net_v4: bool,
    net_v6: bool,
    /// printgreeting()'s `first`.
    first: bool,
    /// dig.c's addresscount: addresses found for the last @server.
    addresscount: usize,
    warned_debug: bool,
    /// dig_query_setup()'s keys have been set up (this command line).
    keys_done: bool,
    /// Where dash_option() stopped in its argument (what "Invalid option:
    /// -%s" prints from).
    dash_off: usize,
    run: Option<Run>,
    frames: Vec<Frame>,
    waiting: Option<Waiting>,
    events: VecDeque<Event>,
    stopped: bool,
}

impl Dig {
    /// dighost's setup_system() for what the parse needs, and the
    /// default_lookup of parse_args(). `settings` is the run's from
    /// resolv.conf (servers unfiltered, search list, ndots, timeout,
    /// attempts as `tries`); `-4`/`-6` are applied here as setup_system()
    /// does: the other family's servers are dropped, and with none left
    /// the fallbacks ::1 and 127.0.0.1 are used.
    pub fn new(host: Host, pre: &Preparse, mut settings: Settings) -> Dig {
        let mut events = VecDeque::new();
        let mut stopped = false;
        let (mut have_ipv4, mut have_ipv6) = (host.have_ipv4, host.have_ipv6);
        if pre.ipv4only {
            if have_ipv4 {
                have_ipv6 = false;
            } else {
                events.push_back(Event::Fatal("can't find IPv4 networking".into()));
                stopped = true;
            }
        }
        if pre.ipv6only && !stopped {
            if have_ipv6 {
                have_ipv4 = false;
            } else {
                events.push_back(Event::Fatal("can't find IPv6 networking".into()));
                stopped = true;
            }
        }
        settings.servers.retain(|s| match s.name.split('%').next().and_then(|a| a.parse::<IpAddr>().ok()) {
            Some(IpAddr::V4(_)) => have_ipv4,
            Some(IpAddr::V6(_)) => have_ipv6,
            None => true,
        });
        if settings.servers.is_empty() {
            if have_ipv6 {
                settings.servers.push(Server::new("::1", "::1"));
            }
            if have_ipv4 {
                settings.servers.push(Server::new("127.0.0.1", "127.0.0.1"));
            }
        }
        settings.ipv4_only = have_ipv4 && !have_ipv6;
        settings.ipv6_only = have_ipv6 && !have_ipv4;

        // parse_args(): the default lookup.
        let mut default = Lookup::new("", settings.tries);
        default.display.idnin = host.idn;
        default.display.idnout = host.idn;
        default.adflag = true;
        default.edns = Some(0);
        default.sendcookie = true;
        Dig {
            settings,
            g: Globals::default(),
            slots: vec![default],
            order: Vec::new(),
            have_ipv4,
            have_ipv6,
            net_v4: have_ipv4,
            net_v6: have_ipv6,
            first: true,
            addresscount: 0,
            warned_debug: false,
            keys_done: false,
            dash_off: 1,
            run: None,
            frames: Vec::new(),
            waiting: None,
            events,
            stopped,
        }
    }

    /// Starts parsing the command line (`args` without `argv[0]`), after the
    /// lines of ~/.digrc (its contents, if it was read). Then drive
    /// [`Dig::next_event`].
    pub fn command_line<S: AsRef<str>>(&mut self, args: &[S], digrc: Option<&[u8]>) {
        if self.stopped {
            return;
        }
        self.run = Some(Run::CommandLine);
        self.keys_done = false;
        let words = args.iter().map(|a| a.as_ref().as_bytes().to_vec()).collect();
        self.frames.push(Frame::new(FrameKind::Main, words, 0));
        if let Some(rc) = digrc {
            // Each line of ~/.digrc: parse_args(true, true) with at most 61
            // words (split_batchline(..., 62)). Pushed last line first: the
            // frame on top runs first.
            let lines: Vec<&[u8]> = rc.split_inclusive(|&b| b == b'\n').flat_map(fgets_chunks).collect();
            for line in lines.into_iter().rev() {
                self.frames.push(Frame::new(FrameKind::Digrc, split_batchline(line, 62), 0));
            }
        }
    }

    /// Starts parsing a later line of the batch file (query_finished():
    /// parse_args(true, false) on one fgets() chunk, split into at most 13
    /// words), once the previous lookups have all run. Then drive
    /// [`Dig::next_event`].
    pub fn batch_line(&mut self, line: &[u8]) {
        if self.stopped {
            return;
        }
        // query_finished() runs when the lookup list is empty.
        self.order.clear();
        self.slots.truncate(1);
        self.run = Some(Run::BatchLine);
        let cur = self.clone_default();
        self.frames.push(Frame::new(FrameKind::Batch, split_batchline(line, 14), cur));
    }

    /// The next thing to do, or `None` when the parse is over (finished, or
    /// ended by a terminal event).
    ///
    /// # Panics
    /// If a request (`Server`, `OpenBatch`, `ReadBatchLine`) has not been
    /// answered.
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.events.pop_front() {
                return Some(e);
            }
            if let Some(w) = &self.waiting {
                panic!("cli::dig: next_event() before answering {w:?}");
            }
            if self.stopped || self.run.is_none() {
                return None;
            }
            self.step();
        }
    }

    /// The answer to [`Event::Server`]: the addresses of the name, or
    /// BIND's result text.
    pub fn server_addresses(&mut self, result: Result<Vec<String>, String>) {
        let Some(Waiting::Server(name)) = self.waiting.take() else {
            panic!("cli::dig: server_addresses() without Event::Server");
        };
        let Some(mut f) = self.frames.pop() else { return };
        match self.server_result(&mut f, &name, result) {
            Flow::Continue | Flow::Break => self.frames.push(f),
            Flow::Return => {}
            Flow::Stop => {}
        }
    }

    /// The answer to [`Event::OpenBatch`]: `Err(strerror text)` if the
    /// file cannot be opened.
    pub fn batch_opened(&mut self, result: Result<(), String>) {
        if self.waiting.take() != Some(Waiting::BatchOpen) {
            panic!("cli::dig: batch_opened() without Event::OpenBatch");
        }
        match result {
            Ok(()) => {
                if let Some(f) = self.frames.last_mut() {
                    f.phase = Phase::BatchFirst;
                }
                self.request(Waiting::BatchLine, Event::ReadBatchLine);
            }
            Err(why) => {
                // perror(filename), exitcode 8, fatal().
                let name = self.g.batchname.clone().unwrap_or_default();
                self.events.push_back(Event::Stderr(format!("{name}: {why}\n")));
                self.events.push_back(Event::RaiseExitcode(8));
                self.stop(Event::Fatal("couldn't open specified batch file".into()));
            }
        }
    }

    /// The answer to [`Event::ReadBatchLine`]: one fgets() chunk, or `None`
    /// at the end of the file.
    pub fn batch_input(&mut self, line: Option<&[u8]>) {
        if self.waiting.take() != Some(Waiting::BatchLine) {
            panic!("cli::dig: batch_input() without Event::ReadBatchLine");
        }
        let Some(mut main) = self.frames.pop() else { return };
        match line {
            // parse_args(): blank and comment lines are skipped, but only
            // before the first line (query_finished() parses them).
            Some(l) if matches!(l.first(), Some(b'\r' | b'\n' | b'#' | b';')) => {
                self.frames.push(main);
                self.request(Waiting::BatchLine, Event::ReadBatchLine);
            }
            Some(l) => {
                main.phase = Phase::Done;
                self.frames.push(main);
                let cur = self.clone_default();
                self.frames.push(Frame::new(FrameKind::Batch, split_batchline(l, 14), cur));
            }
            None => {
                main.phase = Phase::Done;
                self.frames.push(main);
            }
        }
    }

    /// The answer to [`Event::CheckKeyFile`].
    pub fn key_file_exists(&mut self, exists: bool) {
        let Some(Waiting::KeyFile(path)) = self.waiting.take() else {
            panic!("cli::dig: key_file_exists() without Event::CheckKeyFile");
        };
        if exists {
            self.stop(Event::Fatal(UNSUPPORTED_KEYFILE.into()));
        } else {
            // setup_file_key(): read_confkey()'s ISC_R_FILENOTFOUND.
            self.err(format!("Couldn't read key from {path}: file not found\n"));
        }
    }

    /// The lookups this parse queued, in order, to run now.
    pub fn take_lookups(&mut self) -> Vec<Lookup> {
        let out = self.order.iter().map(|&i| self.slots[i].clone()).collect();
        self.order.clear();
        self.slots.truncate(1);
        out
    }

    /// The run's settings as the parse left them (port, timeout, ndots,
    /// search list and usesearch, showsearch, source address, families,
    /// keep_open): the engine must use these for the lookups that follow.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The other globals.
    pub fn globals(&self) -> &Globals {
        &self.g
    }

    /// default_lookup as it stands (what each new lookup is cloned from).
    pub fn default_lookup(&self) -> &Lookup {
        &self.slots[0]
    }

    fn request(&mut self, w: Waiting, e: Event) {
        self.waiting = Some(w);
        self.events.push_back(e);
    }

    fn stop(&mut self, e: Event) {
        self.events.push_back(e);
        self.stopped = true;
        self.frames.clear();
        self.waiting = None;
    }

    fn out(&mut self, text: String) {
        self.events.push_back(Event::Stdout(text));
    }

    fn err(&mut self, text: String) {
        self.events.push_back(Event::Stderr(text));
    }

    /// usage(): the usage text on stderr, exit 1.
    fn usage(&mut self) {
        self.err(USAGE.into());
        self.stop(Event::Exit(1));
    }

    /// clone_lookup(default_lookup, true) into a new slot.
    fn clone_default(&mut self) -> usize {
        let l = self.slots[0].clone_for_requeue(true);
        self.slots.push(l);
        self.slots.len() - 1
    }

    /// dighost's parse_uint() (base 10) / parse_xint() (base 0): the value,
    /// or None after printing `invalid <desc> '<value>': <why>` on stdout.
    fn parse_uint(&mut self, value: &[u8], max: u32, desc: &str, base: u32) -> Option<u32> {
        match isc_parse_uint32(value, base).and_then(|n| if n > max { Err("out of range") } else { Ok(n) }) {
            Ok(n) => Some(n),
            Err(why) => {
                self.out(format!("invalid {desc} '{}': {why}\n", lossy(value)));
                None
            }
        }
    }

    /// One step of the frame on top of the stack, or what follows the last
    /// frame.
    fn step(&mut self) {
        let Some(mut f) = self.frames.pop() else {
            self.finish_run();
            return;
        };
        match f.phase {
            Phase::Args => {
                if f.pos >= f.argv.len() {
                    f.phase = Phase::End;
                    self.frames.push(f);
                    return;
                }
                let i = f.pos;
                f.pos += 1;
                match self.argument(&mut f, i) {
                    Flow::Continue => self.frames.push(f),
                    Flow::Break => {
                        f.phase = Phase::End;
                        self.frames.push(f);
                    }
                    Flow::Return | Flow::Stop => {}
                }
            }
            Phase::End => self.end_of_args(f),
            Phase::BatchOpen | Phase::BatchFirst => self.frames.push(f),
            Phase::Done => {}
        }
    }

    /// parse_args()'s loop body for argument `i`.
    fn argument(&mut self, f: &mut Frame, i: usize) -> Flow {
        let arg = cstr(&f.argv[i]).to_vec();
        match arg.first() {
            Some(b'%') => Flow::Break,
            Some(b'@') => self.at_server(f, &arg[1..]),
            Some(b'+') => self.plus_option(f, i),
            Some(b'-') => {
                let next = (i + 1 < f.argv.len()).then_some(i + 1);
                match self.dash_option(f, i, next) {
                    Ok(true) => {
                        f.pos += 1;
                        Flow::Continue
                    }
                    Ok(false) => Flow::Continue,
                    Err(Bad::Invalid) => {
                        let text = lossy(self.dash_invalid_text(f, i));
                        self.err(format!("Invalid option: -{text}\n"));
                        self.usage();
                        Flow::Stop
                    }
                    Err(Bad::Stop) => Flow::Stop,
                }
            }
            _ => self.bare_word(f, &arg),
        }
    }

    /// What "Invalid option: -%s" prints: the option as dash_option() left
    /// it (after the leading single-letter options it consumed).
    fn dash_invalid_text<'a>(&self, f: &'a Frame, i: usize) -> &'a [u8] {
        cstr(f.argv[i].get(self.dash_off..).unwrap_or_default())
    }

    /// `@server`: getaddresses() into the current lookup.
    fn at_server(&mut self, f: &mut Frame, host: &[u8]) -> Flow {
        let name = lossy(host);
        match literal_addresses(host, self.net_v4, self.net_v6) {
            Some(result) => self.server_result(f, &name, result),
            None => {
                self.request(Waiting::Server(name.clone()), Event::Server { name, ipv4: self.net_v4, ipv6: self.net_v6 });
                Flow::Continue
            }
        }
    }

    /// The end of getaddresses() and of parse_args()'s `@` branch.
    fn server_result(&mut self, f: &mut Frame, name: &str, result: Result<Vec<String>, String>) -> Flow {
        let result = match result {
            Ok(a) if a.is_empty() => Err("not found".to_string()),
            r => r,
        };
        match result {
            Ok(mut addrs) => {
                addrs.truncate(DIG_MAX_ADDRESSES);
                self.addresscount = addrs.len();
                let l = &mut self.slots[f.cur];
                l.servers.extend(addrs.into_iter().map(|a| Server::new(a, name)));
                Flow::Continue
            }
            Err(why) if f.is_batchfile() && !f.config_only() => {
                self.addresscount = 0;
                self.err(format!("couldn't get address for '{name}': {why}: skipping lookup\n"));
                if let Some(pos) = self.order.iter().position(|&i| i == f.cur) {
                    self.order.remove(pos);
                }
                Flow::Return
            }
            Err(why) => {
                self.stop(Event::Fatal(format!("couldn't get address for '{name}': {why}")));
                Flow::Stop
            }
        }
    }

    /// A word that is not an option: a type, a class (while
    /// `open_type_class`), else a name to look up.
    fn bare_word(&mut self, f: &mut Frame, word: &[u8]) -> Flow {
        if f.open_type_class {
            let rdtype = if starts_with_ci(word, b"ixfr=") {
                Some(IXFR)
            } else {
                match types::type_from_text(&lossy(word)) {
                    Some(IXFR) => {
                        self.err(";; Warning, ixfr requires a serial number\n".into());
                        return Flow::Continue;
                    }
                    t => t,
                }
            };
            if let Some(t) = rdtype {
                if self.slots[f.cur].rdtypeset {
                    self.err(";; Warning, extra type option\n".into());
                }
                if t == IXFR {
                    let Some(serial) = self.parse_uint(&word[5..], MAXSERIAL, "serial number", 10) else {
                        self.stop(Event::Fatal("Couldn't parse serial number".into()));
                        return Flow::Stop;
                    };
                    let (q, c) = (self.g.plusquest, self.g.pluscomm);
                    let l = &mut self.slots[f.cur];
                    l.rdtype = IXFR;
                    l.rdtypeset = true;
                    l.ixfr_serial = serial;
                    l.display.section_question = q;
                    l.display.comments = c;
                    if !l.tcp_mode_set {
                        l.tcp_mode = true;
                    }
                } else {
                    let (q, c) = (self.g.plusquest, self.g.pluscomm);
                    let l = &mut self.slots[f.cur];
                    l.rdtype = t;
                    l.rdtypeset = true;
                    if t == AXFR {
                        l.display.section_question = q;
                        l.display.comments = c;
                    }
                    if t == ANY && !l.tcp_mode_set {
                        l.tcp_mode = true;
                    }
                    l.ixfr_serial = 0;
                }
                return Flow::Continue;
            }
            if let Some(c) = types::class_from_text(&lossy(word)) {
                if self.slots[f.cur].rdclassset {
                    self.err(";; Warning, extra class option\n".into());
                }
                let l = &mut self.slots[f.cur];
                l.rdclass = c;
                l.rdclassset = true;
                return Flow::Continue;
            }
        }
        if !f.config_only() {
            self.new_lookup(f, truncated(word, MXNAME - 1));
        }
        Flow::Continue
    }

    /// A name to look up (a word, -q): clone default_lookup unless this
    /// batch line's first clone is still unused, name it, greet, queue it.
    fn new_lookup(&mut self, f: &mut Frame, textname: String) {
        if f.need_clone {
            f.cur = self.clone_default();
        }
        f.need_clone = true;
        let l = &mut self.slots[f.cur];
        l.textname = textname;
        l.trace_root = l.trace || l.ns_search_only;
        l.new_search = true;
        if f.firstarg {
            self.printgreeting(f, f.cur);
            f.firstarg = false;
        }
        self.order.push(f.cur);
    }

    /// dig.c's printgreeting(): the greeting into the lookup's cmdline,
    /// with the arguments as they stand (strtok may have cut some at a
    /// `=`), truncated as BIND's 1024-byte buffers truncate it.
    fn printgreeting(&mut self, f: &Frame, idx: usize) {
        if !self.g.printcmd {
            return;
        }
        let mut buf = Vec::new();
        let head = format!("{}; <<>> {} <<>>", if self.first { "\n" } else { "" }, crate::VERSION_TEXT);
        strlcat(&mut buf, head.as_bytes());
        for a in &f.argv[1..] {
            let mut append = b" ".to_vec();
            append.extend_from_slice(cstr(a));
            append.truncate(MXNAME - 1);
            strlcat(&mut buf, &append);
        }
        strlcat(&mut buf, b"\n");
        if self.first && self.addresscount != 0 {
            let n = self.addresscount;
            strlcat(&mut buf, format!("; ({n} server{} found)\n", if n > 1 { "s" } else { "" }).as_bytes());
        }
        if self.first {
            let text = format!(
                ";; global options:{}{}\n",
                if self.g.short_form { " +short" } else { "" },
                if self.g.printcmd { " +cmd" } else { "" }
            );
            self.first = false;
            strlcat(&mut buf, text.as_bytes());
        }
        self.slots[idx].cmdline = lossy(&buf);
    }

    /// parse_args() after the loop over the arguments.
    fn end_of_args(&mut self, mut f: Frame) {
        if f.kind == FrameKind::Main
            && let Some(name) = self.g.batchname.clone()
        {
            f.phase = Phase::BatchOpen;
            self.frames.push(f);
            self.request(Waiting::BatchOpen, Event::OpenBatch(name));
            return;
        }
        // "If no lookup specified, search for root".
        if self.order.is_empty() && !f.config_only() {
            if f.need_clone {
                f.cur = self.clone_default();
            }
            f.need_clone = true;
            let l = &mut self.slots[f.cur];
            l.trace_root = l.trace || l.ns_search_only;
            l.new_search = true;
            l.textname = ".".into();
            l.rdtype = NS;
            l.rdtypeset = true;
            if f.firstarg {
                self.printgreeting(&f, f.cur);
                f.firstarg = false;
            }
            self.order.push(f.cur);
        }
    }

    /// What follows the frames: for the command line, dig_query_setup()'s
    /// keys and +domain; then what rlookup checks before running lookups.
    fn finish_run(&mut self) {
        let Some(run) = self.run else { return };
        if run == Run::CommandLine && !self.keys_done {
            // setup_file_key() / setup_text_key(): where BIND goes on
            // without a key, so does rlookup; a key BIND would use, rlookup
            // refuses (it signs nothing, and must not send unsigned what the
            // user wanted signed).
            self.keys_done = true;
            if let Some(path) = self.g.keyfile.clone() {
                self.request(Waiting::KeyFile(path.clone()), Event::CheckKeyFile(path));
                return;
            }
            if let Some(key) = self.g.tsig.clone() {
                match self.setup_text_key(&key) {
                    Ok(()) => {
                        self.stop(Event::Fatal(UNSUPPORTED_TSIG.into()));
                        return;
                    }
                    Err(why) => self.out(format!(";; Couldn't create key {}: {why}\n", key.name)),
                }
            }
        }
        self.run = None;
        if run == Run::CommandLine
            && let Some(d) = self.g.domainopt.clone()
        {
            self.settings.search = vec![d];
            self.settings.usesearch = true;
        }
        // Every lookup given +cookie=HEX points at dig.c's one hexcookie
        // buffer: the last value given is the one sent.
        let hexcookie = self.g.hexcookie.clone();
        for i in std::iter::once(0).chain(self.order.iter().copied()) {
            let l = &mut self.slots[i];
            if l.cookie.is_some() {
                l.cookie.clone_from(&hexcookie);
            }
        }
        // dig.c's printing globals, as they are when these lookups print.
        for &i in &self.order {
            let d = &mut self.slots[i].display;
            d.cmd = self.g.printcmd;
            d.short_form = self.g.short_form;
            d.yaml = self.g.yaml;
            d.splitwidth = self.g.splitwidth;
        }
        for &i in &self.order {
            let s = &self.slots[i].secure;
            let refuse = if s.is_https() {
                Some(if s.http_plain { UNSUPPORTED_HTTP_PLAIN } else { UNSUPPORTED_HTTPS })
            } else if s.is_tls() {
                Some(UNSUPPORTED_TLS)
            } else {
                None
            };
            if let Some(text) = refuse {
                self.stop(Event::Fatal(text.into()));
                return;
            }
        }
    }
}

impl Dig {
    /// dighost's setup_text_key() up to dns_tsigkey_create(): Err(BIND's
    /// result text) where BIND prints `;; Couldn't create key` and goes on
    /// unsigned.
    fn setup_text_key(&self, key: &TsigKey) -> Result<(), String> {
        if isc_base64_decodestring(key.secret.as_bytes()).is_none() {
            return Err("bad base64 encoding".into());
        }
        if self.g.hmac.is_none() {
            return Err("algorithm is unsupported".into());
        }
        crate::wire::Name::from_text(&key.name, Some(&crate::wire::Name::root())).map_err(|e| e.to_string())?;
        Ok(())
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

// ---- dash_option() ----

impl Dig {
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
                        self.stop(Event::Fatal("can't find IPv4 networking".into()));
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
                        self.stop(Event::Fatal("can't find IPv6 networking".into()));
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
                    self.out(HELP.into());
                    self.stop(Event::Exit(0));
                    return Err(Bad::Stop);
                }
                // -i, -n: deprecated, no effect; -m: memory debugging
                // (handled by preparse_args() in BIND, no visible output);
                // -r: too late to matter here.
                b'i' | b'm' | b'n' | b'r' => {}
                b'u' => self.slots[f.cur].display.use_usec = true,
                b'v' => {
                    self.err(format!("{}\n", crate::VERSION_TEXT));
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
                            self.stop(Event::Fatal("Couldn't parse port number".into()));
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
                    self.stop(Event::Fatal(format!("invalid address {}", lossy(&value))));
                    return Err(Bad::Stop);
                }
                Ok(from_next)
            }
            b'c' => {
                if self.slots[f.cur].rdclassset {
                    self.err(";; Warning, extra class option\n".into());
                }
                f.open_type_class = false;
                match types::class_from_text(&lossy(&value)) {
                    Some(c) => {
                        let l = &mut self.slots[f.cur];
                        l.rdclass = c;
                        l.rdclassset = true;
                    }
                    None => self.err(format!(";; Warning, ignoring invalid class {}\n", lossy(&value))),
                }
                Ok(from_next)
            }
            b'f' => {
                self.g.batchname = Some(lossy(&value));
                Ok(from_next)
            }
            b'k' => {
                self.g.keyfile = Some(truncated(&value, MXNAME - 1));
                Ok(from_next)
            }
            b'p' => {
                let Some(n) = self.parse_uint(&value, MAXPORT, "port number", 10) else {
                    self.stop(Event::Fatal("Couldn't parse port number".into()));
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
                    types::type_from_text(&lossy(&value)).filter(|&t| t != IXFR)
                };
                let Some(t) = rdtype else {
                    self.err(format!(";; Warning, ignoring invalid type {}\n", lossy(&value)));
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
                        self.stop(Event::Fatal("Couldn't parse serial number".into()));
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
                        self.err(format!("Invalid IP address {}\n", lossy(&value)));
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
        let text = |t: &Tok| lossy(&buf[t.start..t.end]);
        let (name, secret) = match &t3 {
            Some(t3) => {
                let hmac = text(&t1);
                let (name, secret) = (text(&t2), text(t3));
                self.parse_hmac(&hmac)?;
                (name, secret)
            }
            None => {
                self.g.hmac = Some("hmac-md5");
                self.g.digestbits = 0;
                (text(&t1), text(&t2))
            }
        };
        self.g.tsig = Some(TsigKey { name: truncated(name.as_bytes(), MXNAME - 1), secret: truncated(secret.as_bytes(), MXNAME - 1) });
        let buf = &mut f.argv[vi];
        if let Some(t3) = &t3 {
            buf[t2.start - 1] = b':';
            buf[t3.start - 1] = b':';
        } else {
            buf[t2.start - 1] = b':';
        }
        Ok(())
    }

    /// dighost's parse_hmac().
    fn parse_hmac(&mut self, hmac: &str) -> Result<(), Bad> {
        if hmac.len() >= 20 {
            self.stop(Event::Fatal(format!("unknown key type '{hmac}'")));
            return Err(Bad::Stop);
        }
        self.g.digestbits = 0;
        let algs: [(&'static str, u32); 6] =
            [("hmac-md5", 128), ("hmac-sha1", 160), ("hmac-sha224", 224), ("hmac-sha256", 256), ("hmac-sha384", 384), ("hmac-sha512", 512)];
        for (name, max) in algs {
            if hmac.eq_ignore_ascii_case(name) {
                self.g.hmac = Some(name);
                return Ok(());
            }
            let prefix = format!("{name}-");
            if starts_with_ci(hmac.as_bytes(), prefix.as_bytes()) {
                self.g.hmac = Some(name);
                let desc = format!("digest-bits [0..{max}]");
                let Some(bits) = self.parse_uint(&hmac.as_bytes()[prefix.len()..], max, &desc, 10) else {
                    self.stop(Event::Fatal("couldn't parse digest bits".into()));
                    return Err(Bad::Stop);
                };
                self.g.digestbits = (bits + 7) & !7;
                return Ok(());
            }
        }
        self.err(format!(";; Warning, ignoring invalid TSIG algorithm {hmac}\n"));
        Ok(())
    }
}

// ---- plus_option() ----

impl Dig {
    /// dig.c's plus_option() for argument `ai` (`+...`).
    fn plus_option(&mut self, f: &mut Frame, ai: usize) -> Flow {
        // strtok_r(option, "=", ...): the option's name; the value is the
        // rest after the first '=' that follows it.
        let Some(name) = strtok(&mut f.argv[ai], 1, b"=") else {
            let text = lossy(cstr(&f.argv[ai][1..]));
            self.out(format!(";; Invalid option {text}\n"));
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
                let text = lossy(cstr(&f.argv[ai][1..]));
                self.err(format!("Invalid option: +{text}\n"));
                self.usage();
                Flow::Stop
            }
            Err(Bad::Stop) => Flow::Stop,
        }
    }

    /// `exit_or_usage:` after warn(): the program ends with digexit().
    fn abort(&mut self, text: &str) -> Bad {
        self.stop(Event::Abort(text.into()));
        Bad::Stop
    }

    fn fatal(&mut self, text: String) -> Bad {
        self.stop(Event::Fatal(text));
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
                                self.g.hexcookie = Some(lossy(v));
                                l!().cookie = Some(lossy(v));
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
                None => return Err(self.fatal(format!("bad edns code point: {}", lossy(&code_text)))),
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
            Some(v) if http_path_is_valid(v) => l.secure.https_path = Some(lossy(v)),
            Some(v) => {
                self.err(format!(";; The given HTTP path \"{}\" is not a valid absolute path\n", lossy(v)));
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
        let given = value.map(lossy);
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

// ---- C string helpers ----

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

/// A C string in a buffer: the bytes before the first NUL.
fn cstr(b: &[u8]) -> &[u8] {
    match b.iter().position(|&c| c == 0) {
        Some(n) => &b[..n],
        None => b,
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// strlcpy() into a buffer of `size` bytes: at most `size` - 1 of them.
fn truncated(b: &[u8], max: usize) -> String {
    lossy(&b[..b.len().min(max)])
}

/// strlcat() into dig's MXNAME-byte cmdline buffer.
fn strlcat(buf: &mut Vec<u8>, s: &[u8]) {
    let room = (MXNAME - 1).saturating_sub(buf.len());
    buf.extend_from_slice(&s[..s.len().min(room)]);
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// dig.c's FULLCHECK/FULLCHECK2/FULLCHECK6: `cmd` is a case-insensitive
/// prefix of one of the names (any length, even empty).
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

fn fullcheck(cmd: &[u8], names: &[&str]) -> bool {
    names.iter().any(|n| cmd.len() <= n.len() && n.as_bytes()[..cmd.len()].eq_ignore_ascii_case(cmd))
}

/// A token strtok_r() found: `start..end` in the buffer, and where the next
/// call starts.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    next: usize,
}

/// strtok_r() on the C string in `buf` from `from`: skips leading
/// delimiters, writes a NUL over the delimiter that ends the token.
fn strtok(buf: &mut [u8], from: usize, delims: &[u8]) -> Option<Tok> {
    let end_of_string = from + cstr(buf.get(from..)?).len();
    let mut i = from;
    while i < end_of_string && delims.contains(&buf[i]) {
        i += 1;
    }
    if i == end_of_string {
        return None;
    }
    let start = i;
    while i < end_of_string && !delims.contains(&buf[i]) {
        i += 1;
    }
    if i < end_of_string {
        buf[i] = 0;
        Some(Tok { start, end: i, next: i + 1 })
    } else {
        Some(Tok { start, end: i, next: i })
    }
}

/// dig.c's split_batchline(): the words of a line (strtok_r() on " \t\r\n"),
/// at most `len` - 1 of them (argc is at most `len`).
fn split_batchline(line: &[u8], len: usize) -> Vec<Vec<u8>> {
    cstr(line).split(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')).filter(|w| !w.is_empty()).take(len - 1).map(<[u8]>::to_vec).collect()
}

// ---- numbers and addresses ----

/// isc_parse_uint32(): base 10, or base 0 (C's 0x and 0 prefixes); the
/// first character must be alphanumeric, the whole string a number. Errors
/// are BIND's result texts.
fn isc_parse_uint32(s: &[u8], base: u32) -> Result<u32, &'static str> {
    const BAD: &str = "not a valid number";
    if !s.first().is_some_and(u8::is_ascii_alphanumeric) {
        return Err(BAD);
    }
    let (digits, radix) = if base == 0 {
        if s.len() > 2 && (s[..2] == *b"0x" || s[..2] == *b"0X") && s[2].is_ascii_hexdigit() {
            (&s[2..], 16)
        } else if s[0] == b'0' {
            (s, 8)
        } else {
            (s, 10)
        }
    } else {
        (s, base)
    };
    let mut n: u64 = 0;
    let mut overflow = false;
    for &b in digits {
        let d = (b as char).to_digit(radix).ok_or(BAD)?;
        n = match n.checked_mul(u64::from(radix)).and_then(|n| n.checked_add(u64::from(d))) {
            Some(n) => n,
            None => {
                overflow = true;
                u64::MAX
            }
        };
    }
    if overflow || n > u64::from(u32::MAX) {
        return Err("out of range");
    }
    Ok(n as u32)
}

/// inet_pton(AF_INET): exactly four decimal octets, no leading zeros.
pub fn inet_pton4(s: &[u8]) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut n = 0;
    for part in s.split(|&b| b == b'.') {
        if n == 4 || part.is_empty() || part.len() > 3 || !part.iter().all(u8::is_ascii_digit) || (part.len() > 1 && part[0] == b'0') {
            return None;
        }
        octets[n] = std::str::from_utf8(part).ok()?.parse().ok()?;
        n += 1;
    }
    (n == 4).then(|| Ipv4Addr::from(octets))
}

/// inet_pton(AF_INET6).
pub fn inet_pton6(s: &[u8]) -> Option<Ipv6Addr> {
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// bind9_getaddresses() for an address literal, as far as it needs no
/// system call: None for a name (or a scoped IPv6 literal) to resolve.
fn literal_addresses(host: &[u8], net_v4: bool, net_v6: bool) -> Option<Result<Vec<String>, String>> {
    if let Some(a) = inet_pton4(host) {
        return Some(Ok(vec![if net_v4 { a.to_string() } else { a.to_ipv6_mapped().to_string() }]));
    }
    if host.len() <= 127
        && !host.contains(&b'%')
        && let Some(a) = inet_pton6(host)
    {
        if !net_v6 {
            return Some(Err("address family not supported".into()));
        }
        return Some(Ok(vec![a.to_string()]));
    }
    None
}

/// dighost's get_reverse(..., strict = false) as dig's -x uses it: an IPv6
/// address in nibble form under ip6.arpa (no final dot, dns_name_format()),
/// anything else taken for IPv4 and its dot-separated parts reversed blindly
/// under in-addr.arpa. (with the final dot), so that RFC 2317 names work.
/// None when it does not fit BIND's 1024-byte buffer.
pub fn reverse_name(value: &[u8]) -> Option<String> {
    if let Some(a) = inet_pton6(value) {
        let mut s = String::new();
        for byte in a.octets().iter().rev() {
            s.push_str(&format!("{:x}.{:x}.", byte & 0x0f, byte >> 4));
        }
        s.push_str("ip6.arpa");
        return Some(s);
    }
    // ".in-addr.arpa." and the NUL: 15 bytes.
    if value.len() + 15 > MXNAME {
        return None;
    }
    let mut parts: Vec<&[u8]> = value.split(|&b| b == b'.').collect();
    parts.reverse();
    let mut s = parts.join(&b'.');
    s.extend_from_slice(b".in-addr.arpa.");
    Some(lossy(&s))
}

/// dighost's parse_netprefix() (+subnet=ADDR[/LEN]): the address and
/// prefix length, or the text of the fatal error. `0` is "no address"
/// (family 0), which goes on the wire as 0.0.0.0/0 does.
pub fn parse_netprefix(value: &[u8]) -> Result<(IpAddr, u8), String> {
    // sizeof("xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:XXX.XXX.XXX.XXX/128")
    const BUFSIZE: usize = 50;
    let text = lossy(value);
    if value.len() >= BUFSIZE {
        return Err(format!("invalid prefix '{text}'\n"));
    }
    if value == b"0" {
        return Ok((IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0));
    }
    let mut prefix_length: u32 = 0xffff_ffff;
    let mut buf = value.to_vec();
    let mut prefix_parsed = false;
    if let Some(slash) = value.iter().position(|&b| b == b'/') {
        buf.truncate(slash);
        prefix_length = isc_parse_uint32(&value[slash + 1..], 10).map_err(|why| format!("invalid prefix length in '{text}': {why}\n"))?;
        prefix_parsed = true;
    }
    let addr = if let Some(a) = inet_pton6(&buf) {
        prefix_length = prefix_length.min(128);
        Some(IpAddr::V6(a))
    } else if let Some(a) = inet_pton4(&buf) {
        prefix_length = prefix_length.min(32);
        Some(IpAddr::V4(a))
    } else if prefix_parsed {
        let mut found = None;
        for _ in 0..3 {
            if buf.len() >= BUFSIZE - 2 {
                break;
            }
            buf.extend_from_slice(b".0");
            if let Some(a) = inet_pton4(&buf) {
                found = Some(IpAddr::V4(a));
                break;
            }
        }
        prefix_length = prefix_length.min(32);
        found
    } else {
        None
    };
    match addr {
        Some(a) => Ok((a, prefix_length as u8)),
        None => Err(format!("invalid address '{text}'")),
    }
}

/// isc_hex_decodestring(): white space skipped, pairs of hex digits.
fn isc_hex_decodestring(s: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = s.iter().copied().filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r')).collect();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|p| {
            let hi = (p[0] as char).to_digit(16)?;
            let lo = (p[1] as char).to_digit(16)?;
            Some((hi * 16 + lo) as u8)
        })
        .collect()
}

/// isc_base64_decodestring(): white space skipped, `=` padding only at the
/// end, the unused bits zero.
fn isc_base64_decodestring(s: &[u8]) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    let mut out = Vec::new();
    let mut val = [0u8; 4];
    let mut digits = 0;
    let mut seen_end = false;
    for &c in s {
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        if seen_end {
            return None;
        }
        val[digits] = ALPHABET.iter().position(|&a| a == c)? as u8;
        digits += 1;
        if digits == 4 {
            if val[0] == 64 || val[1] == 64 || (val[2] == 64 && val[3] != 64) {
                return None;
            }
            if (val[2] == 64 && val[1] & 0xf != 0) || (val[3] == 64 && val[2] & 0x3 != 0) {
                return None;
            }
            let n = if val[2] == 64 {
                1
            } else if val[3] == 64 {
                2
            } else {
                3
            };
            if n != 3 {
                seen_end = true;
                val[2] %= 64;
                val[3] %= 64;
            }
            let bytes = [(val[0] << 2) | (val[1] >> 4), (val[1] << 4) | (val[2] >> 2), (val[2] << 6) | val[3]];
            out.extend_from_slice(&bytes[..n]);
            digits = 0;
        }
    }
    (digits == 0).then_some(out)
}

/// isc_nm_http_path_isvalid(): RFC 3986's path-absolute, with BIND's
/// parser (which does not back off from a half-matched %XX).
fn http_path_is_valid(path: &[u8]) -> bool {
    let at = |i: usize| path.get(i).copied().unwrap_or(0);
    let mut i = 0;
    // pchar; advances `i` over whatever it matched, even on failure.
    let pchar = |i: &mut usize| -> bool {
        let ch = at(*i);
        if ch.is_ascii_alphanumeric() || b"-._~".contains(&ch) || b"!$&'()*+,;=".contains(&ch) || ch == b':' || ch == b'@' {
            *i += 1;
            return true;
        }
        if ch == b'%' {
            *i += 1;
            for _ in 0..2 {
                if !at(*i).is_ascii_hexdigit() {
                    return false;
                }
                *i += 1;
            }
            return true;
        }
        false
    };
    if at(i) != b'/' {
        return false;
    }
    i += 1;
    // segments: segment-nz *( "/" segment )
    if pchar(&mut i) {
        while pchar(&mut i) {}
        while at(i) == b'/' {
            i += 1;
            while pchar(&mut i) {}
        }
    }
    i >= path.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::VERSION_TEXT;

    /// What @server names resolve to in these tests.
    fn resolve(name: &str) -> Result<Vec<String>, String> {
        match name {
            "localhost" => Ok(vec!["127.0.0.1".into()]),
            "two.lab" => Ok(vec!["127.6.1.1".into(), "127.6.2.1".into()]),
            "ns1.edge.lab" => Ok(vec!["127.6.1.1".into()]),
            _ => Err("not found".into()),
        }
    }

    fn base_settings() -> Settings {
        Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")], ..Settings::default() }
    }

    /// Executes the events as a session would, answering the requests.
    fn drive(dig: &mut Dig, batch: &mut VecDeque<Vec<u8>>) -> Vec<Event> {
        let mut out = Vec::new();
        while let Some(e) = dig.next_event() {
            match &e {
                Event::Server { name, .. } => dig.server_addresses(resolve(name)),
                Event::OpenBatch(n) => dig.batch_opened(if n == "/missing" { Err("No such file or directory".into()) } else { Ok(()) }),
                Event::ReadBatchLine => dig.batch_input(batch.pop_front().as_deref()),
                Event::CheckKeyFile(p) => dig.key_file_exists(p != "/nonexistent/key"),
                _ => {}
            }
            out.push(e);
        }
        out
    }

    /// A command line's parse: the Dig, its events, its lookups.
    struct Parsed {
        dig: Dig,
        events: Vec<Event>,
        lookups: Vec<Lookup>,
        /// The batch lines not read yet.
        batch: VecDeque<Vec<u8>>,
    }

    fn parse_full(args: &[&str], digrc: Option<&str>, batch: &[&str]) -> Parsed {
        let mut batch: VecDeque<Vec<u8>> = batch.iter().map(|l| l.as_bytes().to_vec()).collect();
        let pre = match preparse_args(args) {
            Ok(p) => p,
            Err(events) => {
                let pre = Preparse { ipv4only: false, ipv6only: false, digrc: true };
                return Parsed { dig: Dig::new(Host::default(), &pre, base_settings()), events, lookups: Vec::new(), batch };
            }
        };
        let mut dig = Dig::new(Host::default(), &pre, base_settings());
        dig.command_line(args, if pre.digrc { digrc.map(str::as_bytes) } else { None });
        let events = drive(&mut dig, &mut batch);
        let lookups = dig.take_lookups();
        Parsed { dig, events, lookups, batch }
    }

    fn parse(args: &[&str]) -> Parsed {
        parse_full(args, None, &[])
    }

    /// The next batch line, as query_finished() parses it.
    fn next_line(p: &mut Parsed, line: &str) -> (Vec<Event>, Vec<Lookup>) {
        p.dig.batch_line(line.as_bytes());
        let events = drive(&mut p.dig, &mut p.batch);
        (events, p.dig.take_lookups())
    }

    /// The events as BIND's output: (stdout, stderr, exit status if the
    /// program ended).
    fn render(events: &[Event]) -> (String, String, Option<i32>) {
        let (mut out, mut err, mut code, mut exitcode) = (String::new(), String::new(), None, 0);
        for e in events {
            match e {
                Event::Stdout(t) => out.push_str(t),
                Event::Stderr(t) => err.push_str(t),
                Event::Warn(t) => err.push_str(&format!("dig: {t}\n")),
                Event::RaiseExitcode(n) => exitcode = exitcode.max(*n),
                Event::Fatal(t) => {
                    err.push_str(&format!("dig: {t}\n"));
                    code = Some(if exitcode != 0 { exitcode } else { 1 });
                }
                Event::Abort(t) => {
                    err.push_str(&format!("dig: {t}\n"));
                    code = Some(exitcode.max(10));
                }
                Event::Exit(c) => code = Some(*c),
                Event::Server { .. } | Event::OpenBatch(_) | Event::ReadBatchLine | Event::CheckKeyFile(_) => {}
            }
        }
        (out, err, code)
    }

    fn outcome(args: &[&str]) -> (String, String, Option<i32>) {
        render(&parse(args).events)
    }

    fn usage_after(line: &str) -> String {
        format!("{line}\n{USAGE}")
    }

    /// The single lookup of a command line that must parse cleanly.
    fn one(args: &[&str]) -> Lookup {
        let p = parse(args);
        assert_eq!(render(&p.events), (String::new(), String::new(), None), "{args:?}");
        assert_eq!(p.lookups.len(), 1, "{args:?}");
        p.lookups.into_iter().next().unwrap()
    }

    fn invalid_plus(args: &[&str], shown: &str) {
        assert_eq!(outcome(args), (String::new(), usage_after(&format!("Invalid option: +{shown}")), Some(1)), "{args:?}");
    }

    fn greeting(args: &str, servers: usize) -> String {
        let found = match servers {
            0 => String::new(),
            1 => "; (1 server found)\n".into(),
            n => format!("; ({n} servers found)\n"),
        };
        format!("\n; <<>> {VERSION_TEXT} <<>> {args}\n{found};; global options: +cmd\n")
    }

    // ---- preparse_args() ----

    #[test]
    fn preparse_reads_r_4_6() {
        assert_eq!(preparse_args(&["-r", "x"]), Ok(Preparse { ipv4only: false, ipv6only: false, digrc: false }));
        assert_eq!(preparse_args(&["-4r"]), Ok(Preparse { ipv4only: true, ipv6only: false, digrc: false }));
        assert_eq!(preparse_args(&["-6"]).map(|p| p.ipv6only), Ok(true));
        // A value that looks like an option is skipped.
        assert_eq!(preparse_args(&["-t", "-r"]).map(|p| p.digrc), Ok(true));
        // dig -4 -6: fatal, exit 1.
        assert_eq!(
            render(&preparse_args(&["-4", "-6"]).unwrap_err()),
            (String::new(), "dig: only one of -4 and -6 allowed\n".into(), Some(1))
        );
        assert_eq!(render(&preparse_args(&["-6", "x", "-4"]).unwrap_err()).1, "dig: only one of -4 and -6 allowed\n");
    }

    #[test]
    fn preparse_rejects_bad_letters_and_missing_values_first() {
        // dig -debug: 'd' is a letter, then "ebug" is not an option.
        assert_eq!(render(&preparse_args(&["-debug"]).unwrap_err()), (String::new(), usage_after("Invalid option: -ebug"), Some(1)));
        assert_eq!(render(&preparse_args(&["+foo", "-z"]).unwrap_err()).1, usage_after("Invalid option: -z"));
        assert_eq!(render(&preparse_args(&["x", "-t"]).unwrap_err()).1, usage_after("Invalid option: -t"));
        assert_eq!(render(&preparse_args(&["-4x"]).unwrap_err()).1, usage_after("Invalid option: -x"));
        assert!(preparse_args(&["-xfoo"]).is_ok());
        // A lone "-" passes here and fails in dash_option().
        assert!(preparse_args(&["-", "x"]).is_ok());
        assert_eq!(outcome(&["-", "x"]), (String::new(), usage_after("Invalid option: -"), Some(1)));
    }

    // ---- the greeting (printgreeting()) ----

    #[test]
    fn greeting_text() {
        let l = one(&["@127.0.0.53", "localhost"]);
        assert_eq!(l.cmdline, greeting("@127.0.0.53 localhost", 1));
        assert_eq!(l.servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
        // The server after the name: not counted yet when the name greets.
        let l = one(&["localhost", "@127.0.0.53"]);
        assert_eq!(l.cmdline, greeting("localhost @127.0.0.53", 0));
        assert_eq!(one(&["@two.lab", "x"]).cmdline, greeting("@two.lab x", 2));
        assert_eq!(
            one(&["+short", "+cmd", "x"]).cmdline,
            format!("\n; <<>> {VERSION_TEXT} <<>> +short +cmd x\n;; global options: +short +cmd\n")
        );
        assert_eq!(one(&["+short", "x"]).cmdline, "");
        assert_eq!(one(&["+nocmd", "x"]).cmdline, "");
        // Only the first lookup greets.
        let p = parse(&["n1", "n2"]);
        assert_eq!(p.lookups[0].cmdline, greeting("n1 n2", 0));
        assert_eq!(p.lookups[1].cmdline, "");
        // +cmd after the name comes too late for it.
        assert_eq!(one(&["+nocmd", "x", "+cmd"]).cmdline, "");
        assert!(one(&["+nocmd", "x", "+cmd"]).display.cmd);
    }

    #[test]
    fn greeting_shows_what_strtok_left() {
        // "+cookie=" loses its '=' to strtok_r() for good; "+ednsopt=3:"
        // its ':'; values that were used get their '=' back.
        assert_eq!(one(&["+cookie=", "x"]).cmdline, greeting("+cookie x", 0));
        assert_eq!(one(&["+ednsopt=3:", "x"]).cmdline, greeting("+ednsopt=3 x", 0));
        assert_eq!(one(&["+ednsopt=3:00", "+bufsize=1232", "x"]).cmdline, greeting("+ednsopt=3:00 +bufsize=1232 x", 0));
        assert_eq!(one(&["+nsid=", "x", "+nsid="]).cmdline, greeting("+nsid x +nsid=", 0));
    }

    #[test]
    fn greeting_is_cut_at_1023_bytes() {
        let long = "b".repeat(1000);
        let l = &parse(&["+nostats", "localhost", &long]).lookups[0];
        let head = format!("\n; <<>> {VERSION_TEXT} <<>> +nostats localhost {long}");
        assert_eq!(l.cmdline.len(), 1023);
        assert_eq!(l.cmdline, head[..1023]);
        assert!(!l.cmdline.contains("global options"));
    }

    #[test]
    fn greeting_of_the_implicit_root_lookup() {
        let p = parse(&["@127.0.0.53"]);
        assert_eq!(p.lookups.len(), 1);
        let l = &p.lookups[0];
        assert_eq!((l.textname.as_str(), l.rdtype, l.rdtypeset, l.new_search), (".", NS, true, true));
        assert_eq!(l.cmdline, greeting("@127.0.0.53", 1));
        // -t before no name: still . NS.
        assert_eq!(one(&["-t", "mx"]).rdtype, NS);
    }

    // ---- names, types and classes ----

    #[test]
    fn defaults_of_a_lookup() {
        let l = one(&["www.edge.lab"]);
        assert_eq!((l.textname.as_str(), l.rdtype, l.rdclass, l.rdtypeset, l.rdclassset), ("www.edge.lab", 1, 1, false, false));
        assert!(l.adflag && l.sendcookie && l.recurse && l.new_search && l.besteffort && l.servfail_stops && l.badcookie);
        assert_eq!((l.edns, l.udpsize, l.retries, l.cookie.clone()), (Some(0), None, 3, None));
        assert!(l.servers.is_empty());
        assert!(l.display.cmd && !l.display.short_form && l.display.splitwidth == 0xffff_ffff);
    }

    #[test]
    fn type_and_class_anywhere() {
        for args in [&["mx", "edge.lab"][..], &["edge.lab", "mx"], &["IN", "MX", "edge.lab"], &["edge.lab", "in", "mx"]] {
            let l = one(args);
            assert_eq!((l.textname.as_str(), l.rdtype, l.rdclass, l.rdtypeset), ("edge.lab", 15, 1, true), "{args:?}");
        }
        let l = one(&["version.bind", "chaos", "txt"]);
        assert_eq!((l.rdtype, l.rdclass, l.rdclassset), (16, 3, true));
        assert_eq!(one(&["edge.lab", "TYPE15"]).rdtype, 15);
        assert_eq!(one(&["x", "CLASS3"]).rdclass, 3);
        // An unknown word is a name: two lookups.
        let p = parse(&["www.edge.lab", "foo"]);
        assert_eq!(p.lookups.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["www.edge.lab", "foo"]);
        // A type word alone is a type: . NS is asked... with type mx set,
        // the implicit lookup overrides it.
        assert_eq!(one(&["mx"]).rdtype, NS);
    }

    #[test]
    fn extra_type_and_class_warnings() {
        let p = parse(&["localhost", "mx", "txt"]);
        assert_eq!(render(&p.events).1, ";; Warning, extra type option\n");
        assert_eq!(p.lookups[0].rdtype, 16);
        let p = parse(&["localhost", "in", "ch"]);
        assert_eq!(render(&p.events).1, ";; Warning, extra class option\n");
        assert_eq!(p.lookups[0].rdclass, 3);
        // A type before the first name is the default lookup's: global.
        let p = parse(&["mx", "n1", "n2"]);
        assert_eq!((p.lookups[0].rdtype, p.lookups[1].rdtype), (15, 15));
        let p = parse(&["n1", "mx", "n2"]);
        assert_eq!((p.lookups[0].rdtype, p.lookups[1].rdtype), (15, 1));
    }

    #[test]
    fn ixfr_and_axfr_and_any() {
        // Bare "ixfr" without a serial: a warning, and nothing else.
        let p = parse(&["localhost", "ixfr"]);
        assert_eq!(render(&p.events).1, ";; Warning, ixfr requires a serial number\n");
        assert_eq!(p.lookups.len(), 1);
        assert_eq!(p.lookups[0].rdtype, 1);
        let l = one(&["alt.lab", "ixfr=2026010100"]);
        assert_eq!((l.rdtype, l.ixfr_serial, l.tcp_mode), (IXFR, 2026010100, true));
        assert!(!l.display.section_question && !l.display.comments);
        assert_eq!(
            outcome(&["localhost", "ixfr=abc"]),
            ("invalid serial number 'abc': not a valid number\n".into(), "dig: Couldn't parse serial number\n".into(), Some(1))
        );
        let l = one(&["alt.lab", "axfr"]);
        assert_eq!((l.rdtype, l.display.section_question, l.display.comments, l.tcp_mode), (AXFR, false, false, false));
        // +question / +comments before the name (on the default lookup).
        let l = one(&["+question", "+comments", "alt.lab", "axfr"]);
        assert!(l.display.section_question && l.display.comments);
        // ANY: TCP unless +notcp/+tcp was given.
        assert!(one(&["edge.lab", "any"]).tcp_mode);
        assert!(!one(&["+notcp", "edge.lab", "any"]).tcp_mode);
        assert!(one(&["-t", "any", "x"]).tcp_mode);
    }

    #[test]
    fn dash_t() {
        let l = one(&["-t", "mx", "edge.lab"]);
        assert_eq!((l.rdtype, l.rdtypeset), (15, true));
        assert_eq!(one(&["-tmx", "edge.lab"]).rdtype, 15);
        assert_eq!(one(&["-t", "TYPE16", "x"]).rdtype, 16);
        // After -t, a type word is a name.
        let p = parse(&["-t", "mx", "localhost", "mx"]);
        assert_eq!(p.lookups.iter().map(|l| (l.textname.as_str(), l.rdtype)).collect::<Vec<_>>(), [("localhost", 15), ("mx", 15)]);
        let p = parse(&["-t", "foo", "localhost"]);
        assert_eq!(render(&p.events).1, ";; Warning, ignoring invalid type foo\n");
        assert_eq!(p.lookups[0].rdtype, 1);
        // "-t ixfr" is invalid; "-t ixfr=N" is IXFR.
        assert_eq!(render(&parse(&["x", "-t", "ixfr"]).events).1, ";; Warning, ignoring invalid type ixfr\n");
        let l = one(&["x", "-t", "ixfr=5"]);
        assert_eq!((l.rdtype, l.ixfr_serial, l.tcp_mode), (IXFR, 5, true));
        let p = parse(&["x", "-t", "a", "-t", "mx"]);
        assert_eq!(render(&p.events).1, ";; Warning, extra type option\n");
        assert_eq!(outcome(&["x", "-t"]).1, usage_after("Invalid option: -t"));
    }

    #[test]
    fn dash_c() {
        let l = one(&["-c", "CH", "-t", "TXT", "version.bind"]);
        assert_eq!((l.rdclass, l.rdtype), (3, 16));
        assert_eq!(one(&["-cin", "x"]).rdclass, 1);
        let p = parse(&["localhost", "-c", "foo"]);
        assert_eq!(render(&p.events).1, ";; Warning, ignoring invalid class foo\n");
        let p = parse(&["localhost", "-c", "ch", "-c", "in"]);
        assert_eq!(render(&p.events).1, ";; Warning, extra class option\n");
        assert_eq!(p.lookups[0].rdclass, 1);
        // After -c a class word is a name.
        assert_eq!(parse(&["-c", "ch", "x", "in"]).lookups.len(), 2);
    }

    #[test]
    fn dash_q() {
        let p = parse(&["-q", "mx", "-q", "txt"]);
        assert_eq!(p.lookups.iter().map(|l| (l.textname.as_str(), l.rdtype)).collect::<Vec<_>>(), [("mx", 1), ("txt", 1)]);
        assert_eq!(p.lookups[0].cmdline, greeting("-q mx -q txt", 0));
        let l = one(&["-q", "edge.lab", "-t", "mx"]);
        assert_eq!((l.textname.as_str(), l.rdtype), ("edge.lab", 15));
        assert_eq!(one(&["-qwww.edge.lab"]).textname, "www.edge.lab");
    }

    #[test]
    fn dash_x() {
        let l = one(&["-x", "132.205.244.185"]);
        assert_eq!((l.textname.as_str(), l.rdtype, l.rdclass, l.new_search), ("185.244.205.132.in-addr.arpa.", PTR, 1, true));
        assert_eq!(l.cmdline, greeting("-x 132.205.244.185", 0));
        assert_eq!(one(&["-x", "1.2"]).textname, "2.1.in-addr.arpa.");
        assert_eq!(one(&["-x", "foo.bar"]).textname, "bar.foo.in-addr.arpa.");
        assert_eq!(one(&["-x", "1.2.3.4.5"]).textname, "5.4.3.2.1.in-addr.arpa.");
        assert_eq!(one(&["-x", "::1"]).textname, format!("1.{}ip6.arpa", "0.".repeat(31)));
        assert_eq!(
            one(&["-x", "2607:f8b0:400b:80f::2003"]).textname,
            "3.0.0.2.0.0.0.0.0.0.0.0.0.0.0.0.f.0.8.0.b.0.0.4.0.b.8.f.7.0.6.2.ip6.arpa"
        );
        // A type given before or after -x stays.
        assert_eq!(one(&["-x", "1.2.3.4", "-t", "a"]).rdtype, 1);
        assert_eq!(one(&["-t", "ns", "-x", "1.2.3.4"]).rdtype, NS);
        let p = parse(&["-x", "192.0.2.10", "-x", "192.0.2.20"]);
        assert_eq!(p.lookups.len(), 2);
        // Too long for BIND's buffer.
        let long = "1".repeat(1010);
        assert_eq!(outcome(&["-x", &long]), (String::new(), format!("Invalid IP address {long}\n"), Some(1)));
        assert!(parse(&["-x", &"1".repeat(1009)]).lookups.len() == 1);
        assert_eq!(outcome(&["-x"]).1, usage_after("Invalid option: -x"));
    }

    #[test]
    fn percent_ends_the_arguments() {
        let p = parse(&["n1", "%comment", "n2", "+foo"]);
        assert_eq!(p.lookups.len(), 1);
        assert_eq!(render(&p.events), (String::new(), String::new(), None));
        // The greeting still shows everything.
        assert_eq!(p.lookups[0].cmdline, greeting("n1 %comment n2 +foo", 0));
        assert_eq!(parse(&["%", "x"]).lookups[0].textname, ".");
    }

    #[test]
    fn long_names_are_cut_like_strlcpy() {
        let long = "a".repeat(1100);
        assert_eq!(one(&[&long]).textname.len(), 1023);
    }

    // ---- global and local options ----

    #[test]
    fn options_before_the_first_name_are_global() {
        let p = parse(&["+norecurse", "n1", "n2", "+recurse", "n3"]);
        assert_eq!(p.lookups.iter().map(|l| l.recurse).collect::<Vec<_>>(), [false, true, false]);
        // +short is global whatever its position (a global variable), but
        // its section settings are the lookup's.
        let p = parse(&["www.edge.lab", "+short", "dual.edge.lab"]);
        assert!(p.lookups.iter().all(|l| l.display.short_form && !l.display.cmd));
        assert!(!p.lookups[0].display.section_authority);
        assert!(p.lookups[1].display.section_authority);
    }

    #[test]
    fn servers_global_and_local() {
        let p = parse(&["@127.6.1.1", "www.edge.lab", "x.alt.lab", "@127.6.2.1"]);
        assert_eq!(p.lookups[0].servers, vec![Server::new("127.6.1.1", "127.6.1.1")]);
        // A local server is added to the ones from before the name.
        assert_eq!(p.lookups[1].servers, vec![Server::new("127.6.1.1", "127.6.1.1"), Server::new("127.6.2.1", "127.6.2.1")]);
        let l = one(&["@two.lab", "x"]);
        assert_eq!(l.servers, vec![Server::new("127.6.1.1", "two.lab"), Server::new("127.6.2.1", "two.lab")]);
        let l = one(&["@127.6.4.1", "@127.6.1.1", "x"]);
        assert_eq!(l.servers.len(), 2);
    }

    #[test]
    fn server_resolution_failures() {
        assert_eq!(
            outcome(&["@nosuch.example", "x"]),
            (String::new(), "dig: couldn't get address for 'nosuch.example': not found\n".into(), Some(1))
        );
        assert_eq!(outcome(&["@", "x"]).1, "dig: couldn't get address for '': not found\n");
        // Printed before: what came before the server.
        assert_eq!(
            outcome(&["x", "mx", "txt", "@bad"]).1,
            ";; Warning, extra type option\ndig: couldn't get address for 'bad': not found\n"
        );
        // Literals are resolved here, with the families in force.
        let p = parse(&["@::1", "x"]);
        assert!(p.events.is_empty());
        assert_eq!(p.lookups[0].servers, vec![Server::new("::1", "::1")]);
        assert_eq!(outcome(&["-4", "@::1", "x"]).1, "dig: couldn't get address for '::1': address family not supported\n");
        assert_eq!(outcome(&["-b", "127.0.0.1", "@::1", "x"]).1, "dig: couldn't get address for '::1': address family not supported\n");
        // An IPv4 literal with IPv4 off becomes v4-mapped.
        assert_eq!(one(&["-6", "@127.0.0.1", "x"]).servers, vec![Server::new("::ffff:127.0.0.1", "127.0.0.1")]);
        // Scoped literals and non-strict ones go to the session.
        let mut d = Dig::new(Host::default(), &preparse_args(&["@::1%lo", "x"]).unwrap(), base_settings());
        d.command_line(&["@::1%lo", "x"], None);
        assert_eq!(d.next_event(), Some(Event::Server { name: "::1%lo".into(), ipv4: true, ipv6: true }));
        d.server_addresses(Err("failure".into()));
        assert_eq!(d.next_event(), Some(Event::Fatal("couldn't get address for '::1%lo': failure".into())));
        assert_eq!(d.next_event(), None);
    }

    #[test]
    fn families() {
        let pre = preparse_args(&["-4", "x"]).unwrap();
        let mut s = base_settings();
        s.servers = vec![Server::new("::1", "::1"), Server::new("127.0.0.53", "127.0.0.53")];
        let d = Dig::new(Host::default(), &pre, s.clone());
        assert_eq!(d.settings().servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
        assert!(d.settings().ipv4_only && !d.settings().ipv6_only);
        let d = Dig::new(Host::default(), &preparse_args(&["-6"]).unwrap(), base_settings());
        assert_eq!(d.settings().servers, vec![Server::new("::1", "::1")]);
        let d = Dig::new(Host::default(), &preparse_args::<&str>(&[]).unwrap(), Settings::default());
        assert_eq!(d.settings().servers, vec![Server::new("::1", "::1"), Server::new("127.0.0.1", "127.0.0.1")]);
        let mut d = Dig::new(Host { have_ipv4: false, ..Host::default() }, &pre, base_settings());
        d.command_line(&["-4", "x"], None);
        assert_eq!(render(&drive(&mut d, &mut VecDeque::new())).1, "dig: can't find IPv4 networking\n");
        // -4 in ~/.digrc after -6 on the command line.
        let p = parse_full(&["-6", "x"], Some("-4\n"), &[]);
        assert_eq!(render(&p.events), (String::new(), "dig: can't find IPv4 networking\n".into(), Some(1)));
    }

    // ---- dash options ----

    #[test]
    fn dash_p() {
        let p = parse(&["-p", "5353", "x"]);
        assert_eq!((p.dig.settings().port, p.dig.settings().port_set), (5353, true));
        assert_eq!(parse(&["-p5353", "x"]).dig.settings().port, 5353);
        assert_eq!(
            outcome(&["-p", "70000", "x"]),
            ("invalid port number '70000': out of range\n".into(), "dig: Couldn't parse port number\n".into(), Some(1))
        );
        assert_eq!(outcome(&["-p", "abc", "x"]).0, "invalid port number 'abc': not a valid number\n");
    }

    #[test]
    fn dash_b() {
        let p = parse(&["-b", "127.0.0.1", "x"]);
        assert_eq!(p.dig.settings().source, Some("127.0.0.1:0".parse().unwrap()));
        assert_eq!(parse(&["-b", "::1#5300", "x"]).dig.settings().source, Some("[::1]:5300".parse().unwrap()));
        assert_eq!(outcome(&["-b", "foo", "x"]), (String::new(), "dig: invalid address foo\n".into(), Some(1)));
        assert_eq!(outcome(&["-b", "foo#53", "x"]).1, "dig: invalid address foo#53\n");
        assert_eq!(
            outcome(&["-b", "127.0.0.1#x", "x"]),
            ("invalid port number 'x': not a valid number\n".into(), "dig: Couldn't parse port number\n".into(), Some(1))
        );
        // -4 acts in preparse_args(), before -b whatever the order.
        assert_eq!(outcome(&["-b", "::1", "-4", "x"]).1, "dig: invalid address ::1\n");
        assert_eq!(outcome(&["-4", "-b", "::1", "x"]).1, "dig: invalid address ::1\n");
    }

    #[test]
    fn dash_h_and_v() {
        assert_eq!(outcome(&["-h"]), (HELP.into(), String::new(), Some(0)));
        assert_eq!(outcome(&["-h", "www.edge.lab"]), (HELP.into(), String::new(), Some(0)));
        assert_eq!(outcome(&["-v"]), (String::new(), format!("{VERSION_TEXT}\n"), Some(0)));
        // -h after an error is never reached; before one, it wins.
        assert_eq!(outcome(&["+foo", "-h"]).2, Some(1));
        assert_eq!(outcome(&["-4h"]).2, Some(0));
        assert!(HELP.starts_with(&USAGE[..USAGE.find("\n\n").unwrap() + 1]));
    }

    #[test]
    fn dash_letters_without_values() {
        // -i, -n (deprecated), -m (memory debugging), -r: no visible effect.
        for a in ["-i", "-n", "-m", "-r", "-imnr"] {
            assert_eq!(outcome(&[a, "x"]), (String::new(), String::new(), None), "{a}");
        }
        assert!(one(&["-u", "x"]).display.use_usec);
        assert!(!parse(&["x", "-u", "y"]).lookups[1].display.use_usec);
        // Letters and then a value option.
        let l = one(&["-ut", "mx", "x"]);
        assert!(l.display.use_usec);
        assert_eq!(l.rdtype, 15);
        assert_eq!(outcome(&["-z", "x"]).1, usage_after("Invalid option: -z"));
    }

    #[test]
    fn dash_d_warns_and_goes_on() {
        let p = parse(&["-d", "x"]);
        assert_eq!(p.events, vec![Event::Warn(UNSUPPORTED_DEBUG.into())]);
        assert_eq!(p.lookups.len(), 1);
        assert!(p.dig.globals().debugging);
        // In ~/.digrc, -debug is -d, -dz invalid.
        assert_eq!(render(&parse_full(&["x"], Some("-debug\n"), &[]).events).1, format!("dig: {UNSUPPORTED_DEBUG}\n"));
        assert_eq!(render(&parse_full(&["x"], Some("-dz\n"), &[]).events).1, usage_after("Invalid option: -dz"));
        assert_eq!(parse(&["-dt", "mx", "x"]).lookups[0].rdtype, 15);
    }

    #[test]
    fn dash_f_and_k() {
        assert_eq!(parse(&["-f", "/dev/null"]).dig.globals().batchname.as_deref(), Some("/dev/null"));
        // -k with no such file: BIND's message, and on without a key.
        let p = parse(&["-k", "/nonexistent/key", "x"]);
        assert_eq!(render(&p.events), (String::new(), "Couldn't read key from /nonexistent/key: file not found\n".into(), None));
        assert_eq!(p.lookups.len(), 1);
        // A key file that exists: refused.
        assert_eq!(outcome(&["-k", "/etc/key", "x"]), (String::new(), format!("dig: {UNSUPPORTED_KEYFILE}\n"), Some(1)));
    }

    #[test]
    fn dash_y() {
        assert_eq!(outcome(&["-y", "bad", "x"]), (String::new(), USAGE.into(), Some(1)));
        assert_eq!(outcome(&["-y", ":::", "x"]).1, USAGE);
        // A key BIND would use: refused.
        assert_eq!(outcome(&["-y", "name:c2VjcmV0", "x"]), (String::new(), format!("dig: {UNSUPPORTED_TSIG}\n"), Some(1)));
        assert_eq!(outcome(&["-y", "hmac-sha256:name:c2VjcmV0", "x"]).1, format!("dig: {UNSUPPORTED_TSIG}\n"));
        // Keys BIND cannot make: its message, and on unsigned.
        let p = parse(&["-y", "hmac-foo:name:c2VjcmV0", "x"]);
        assert_eq!(
            render(&p.events),
            (
                ";; Couldn't create key name: algorithm is unsupported\n".into(),
                ";; Warning, ignoring invalid TSIG algorithm hmac-foo\n".into(),
                None
            )
        );
        assert_eq!(p.dig.globals().tsig, Some(TsigKey { name: "name".into(), secret: "c2VjcmV0".into() }));
        assert_eq!(outcome(&["-y", "name:bad!", "x"]).0, ";; Couldn't create key name: bad base64 encoding\n");
        assert_eq!(
            outcome(&["-y", "hmac-sha256-x:name:c2VjcmV0", "x"]),
            ("invalid digest-bits [0..256] 'x': not a valid number\n".into(), "dig: couldn't parse digest bits\n".into(), Some(1))
        );
        let p = parse(&["-y", "hmac-sha1-81:n:c2VjcmV0", "x"]);
        assert_eq!((p.dig.globals().hmac, p.dig.globals().digestbits), (Some("hmac-sha1"), 88));
        assert_eq!(outcome(&["-y", "hmac-sha512-12345678:n:s", "x"]).1, "dig: unknown key type 'hmac-sha512-12345678'\n");
        assert_eq!(
            outcome(&["-y", "hmac-sha512-1234567:n:s", "x"]),
            ("invalid digest-bits [0..512] '1234567': out of range\n".into(), "dig: couldn't parse digest bits\n".into(), Some(1))
        );
        // The colons are put back for the greeting... where dig.c puts them.
        assert_eq!(parse(&["-y", "hmac-foo:n:c2VjcmV0", "x"]).lookups[0].cmdline, greeting("-y hmac-foo:n:c2VjcmV0 x", 0));
        assert_eq!(parse(&["-y", "n:c2VjcmV0:", "+noall", "x"]).lookups[0].cmdline, "");
    }

    // ---- plus options ----

    #[test]
    fn plus_invalid_options_and_abbreviations() {
        invalid_plus(&["+foo", "x"], "foo");
        invalid_plus(&["+foo=bar", "x"], "foo");
        invalid_plus(&["+nofoo=1", "x"], "nofoo");
        invalid_plus(&["x", "+sho"], "sho");
        invalid_plus(&["+t", "x"], "t");
        invalid_plus(&["+noa", "x"], "noa");
        invalid_plus(&["+nor", "x"], "nor");
        invalid_plus(&["+no", "x"], "no");
        invalid_plus(&["+SHORT", "x"], "SHORT");
        invalid_plus(&["+shorts", "x"], "shorts");
        invalid_plus(&["+c", "x"], "c");
        invalid_plus(&["+dn", "x"], "dn");
        invalid_plus(&["+tc", "x"], "tc");
        invalid_plus(&["+ex", "x"], "ex");
        invalid_plus(&["+id", "x"], "id");
        invalid_plus(&["+in", "x"], "in");
        // Output before the error stays.
        let p = parse(&["x", "mx", "txt", "+bar"]);
        assert_eq!(render(&p.events).1, format!(";; Warning, extra type option\n{}", usage_after("Invalid option: +bar")));
        // Case-insensitive past the letters dig switches on.
        assert!(one(&["+shorT", "x"]).display.short_form);
        assert!(!one(&["+NOrec", "x"]).recurse);
    }

    #[test]
    fn plus_without_a_name_is_only_a_warning() {
        // strtok_r() finds no name: printed on stdout, and the parse goes on.
        assert_eq!(outcome(&["+", "x"]), (";; Invalid option \n".into(), String::new(), None));
        assert_eq!(outcome(&["+=", "x"]).0, ";; Invalid option =\n");
        assert_eq!(outcome(&["+==", "x"]).0, ";; Invalid option ==\n");
        // Leading '=' are skipped: +=short is +short.
        assert!(one(&["+=short", "x"]).display.short_form);
        invalid_plus(&["+=foo", "x"], "=foo");
    }

    #[test]
    fn plus_flags() {
        type Get = fn(&Lookup) -> bool;
        let cases: &[(&str, &str, Get, bool)] = &[
            ("aaflag", "aa", |l| l.aaonly, false),
            ("aaonly", "aaon", |l| l.aaonly, false),
            ("adflag", "ad", |l| l.adflag, true),
            ("cdflag", "cd", |l| l.cdflag, false),
            ("coflag", "co", |l| l.coflag, false),
            ("raflag", "ra", |l| l.raflag, false),
            ("tcflag", "tcf", |l| l.tcflag, false),
            ("zflag", "z", |l| l.zflag, false),
            ("recurse", "rec", |l| l.recurse, true),
            ("rdflag", "rd", |l| l.recurse, true),
            ("badcookie", "ba", |l| l.badcookie, true),
            ("besteffort", "be", |l| l.besteffort, true),
            ("fail", "fa", |l| l.servfail_stops, true),
            ("ignore", "i", |l| l.ignore, false),
            ("ignore", "ig", |l| l.ignore, false),
            ("header-only", "he", |l| l.header_only, false),
            ("expire", "expi", |l| l.expire, false),
            ("keepalive", "keepa", |l| l.tcp_keepalive, false),
            ("ednsnegotiation", "ednsn", |l| l.ednsneg, true),
            ("dnssec", "dnss", |l| l.dnssec, false),
            ("dnssec", "do", |l| l.dnssec, false),
            ("nsid", "nsi", |l| l.nsid, false),
            ("cookie", "coo", |l| l.sendcookie, true),
            ("additional", "add", |l| l.display.section_additional, true),
            ("answer", "an", |l| l.display.section_answer, true),
            ("authority", "au", |l| l.display.section_authority, true),
            ("question", "qu", |l| l.display.section_question, true),
            ("comments", "com", |l| l.display.comments, true),
            ("stats", "st", |l| l.display.stats, true),
            ("identify", "ide", |l| l.display.identify, false),
            ("multiline", "mu", |l| l.display.multiline, false),
            ("onesoa", "on", |l| l.display.onesoa, false),
            ("qr", "qr", |l| l.display.qr, false),
            ("expandaaaa", "expa", |l| l.display.expandaaaa, false),
            ("showbadcookie", "showb", |l| l.display.showbadcookie, false),
            ("unknownformat", "unk", |l| l.display.print_unknown_format, false),
            ("idnin", "idni", |l| l.display.idnin, false),
            ("idnout", "idno", |l| l.display.idnout, false),
            ("ttlunits", "ttlu", |l| l.display.ttlunits, false),
            ("tcp", "tcp", |l| l.tcp_mode, false),
            ("vc", "v", |l| l.tcp_mode, false),
            // The negative ones.
            ("class", "cl", |l| !l.display.noclass, true),
            ("class", "cla", |l| !l.display.noclass, true),
            ("crypto", "cr", |l| !l.display.nocrypto, true),
            ("ttlid", "ttl", |l| !l.display.nottl, true),
            ("ttlid", "ttli", |l| !l.display.nottl, true),
        ];
        for &(full, abbrev, get, default) in cases {
            assert_eq!(get(&one(&["x"])), default, "default of {full}");
            for form in [full, abbrev] {
                assert!(get(&one(&[&format!("+{form}"), "x"])), "+{form}");
                assert!(!get(&one(&[&format!("+no{form}"), "x"])), "+no{form}");
                // After the name: that lookup only.
                let p = parse(&["n1", &format!("+no{form}"), "n2"]);
                assert_eq!((get(&p.lookups[0]), get(&p.lookups[1])), (false, default), "n1 +no{form} n2");
            }
            invalid_plus(&[&format!("+{full}x"), "y"], &format!("{full}x"));
        }
    }

    #[test]
    fn plus_tcp_is_ignored_in_batch_lines_and_digrc() {
        let l = one(&["+tcp", "x"]);
        assert!(l.tcp_mode && l.tcp_mode_set);
        let p = parse_full(&["x"], Some("+tcp\n"), &[]);
        assert!(!p.lookups[0].tcp_mode);
        let mut p = parse_full(&["-f", "b"], None, &["x +tcp\n"]);
        assert!(!p.lookups[0].tcp_mode);
        let (_, ls) = next_line(&mut p, "y +vc\n");
        assert!(!ls[0].tcp_mode);
    }

    #[test]
    fn plus_all_and_short_and_yaml() {
        let l = one(&["+noall", "x"]);
        let d = &l.display;
        assert!(!(d.section_question || d.section_answer || d.section_authority || d.section_additional || d.comments || d.stats || d.cmd));
        let l = one(&["+noall", "+all", "x"]);
        assert!(l.display.stats && l.display.cmd && l.display.comments);
        // Values of flags are ignored.
        assert!(!one(&["+al=1x", "+noall=0", "x"]).display.stats);
        let l = one(&["+short", "x"]);
        let d = &l.display;
        assert!(d.short_form && !d.cmd && d.section_answer && !d.section_question && !d.stats && !d.comments && d.rrcomments == -1);
        let l = one(&["+short", "+noshort", "x"]);
        assert!(!l.display.short_form && !l.display.section_question && !l.display.cmd);
        let l = one(&["+yaml", "x"]);
        assert!(l.display.yaml && !l.display.cmd && !l.display.stats && l.display.rrcomments == -1);
        assert!(l.display.section_answer);
        assert!(one(&["+rrcomments", "x"]).display.rrcomments == 1);
        assert!(one(&["+norrcomments", "x"]).display.rrcomments == -1);
        assert!(!one(&["+cmd", "+nocmd", "x"]).display.cmd);
    }

    #[test]
    fn plus_trace_and_nssearch() {
        let l = one(&["+trace", "www.edge.lab"]);
        assert!(l.trace && l.trace_root && l.recurse && l.dnssec && l.sendcookie);
        let d = &l.display;
        assert!(
            d.identify
                && !d.comments
                && !d.stats
                && !d.section_additional
                && d.section_authority
                && !d.section_question
                && d.rrcomments == 0
        );
        assert!(d.cmd);
        let l = one(&["+trace", "+notrace", "x"]);
        assert!(!l.trace && !l.trace_root);
        // +trace -x: trace_root from the lookup's trace.
        assert!(one(&["+trace", "-x", "192.0.2.10"]).trace_root);
        // +trace after the name: trace_root set by +trace itself.
        assert!(one(&["x", "+trace"]).trace_root);
        // Search settings: +trace turns the search list off and keeps
        // +search from turning it on.
        let p = parse(&["+search", "+trace", "+search", "x"]);
        assert!(!p.dig.settings().usesearch);
        let l = one(&["+nssearch", "edge.lab"]);
        assert!(l.ns_search_only && l.trace_root && l.rdtype == NS && l.rdtypeset && l.display.short_form);
        assert!(!l.display.stats && !l.display.comments && l.display.identify);
        // +nssearch does not touch printcmd: the greeting is made.
        assert!(!l.cmdline.is_empty());
        assert!(one(&["+nssearch", "+nonssearch", "x"]).display.short_form);
    }

    #[test]
    fn plus_search_defname_showsearch_domain_ndots() {
        let p = parse(&["+search", "x"]);
        assert!(p.dig.settings().usesearch);
        assert!(parse(&["+def", "x"]).dig.settings().usesearch);
        assert!(!parse(&["+search", "+nosearch", "x"]).dig.settings().usesearch);
        let s = parse(&["+showsearch", "x"]).dig.settings().clone();
        assert!(s.showsearch && s.usesearch);
        let p = parse(&["+domain=edge.lab", "www"]);
        assert_eq!((p.dig.settings().search.clone(), p.dig.settings().usesearch), (vec!["edge.lab".to_string()], true));
        assert_eq!(parse(&["+dom=a.lab", "x"]).dig.settings().search, ["a.lab"]);
        invalid_plus(&["+domain", "x"], "domain");
        invalid_plus(&["+nodomain=x", "x"], "nodomain");
        assert_eq!(parse(&["+ndots=3", "x"]).dig.settings().ndots, 3);
        assert_eq!(parse(&["+nd=0", "x"]).dig.settings().ndots, 0);
        invalid_plus(&["+ndots", "x"], "ndots");
        invalid_plus(&["+nondots=1", "x"], "nondots");
        assert_eq!(
            outcome(&["+ndots=x", "x"]),
            ("invalid ndots 'x': not a valid number\n".into(), "dig: Couldn't parse ndots\n".into(), Some(10))
        );
        assert_eq!(outcome(&["+ndots=65536", "x"]).0, "invalid ndots '65536': out of range\n");
        // "+ndots==3": the value is "=3".
        assert_eq!(outcome(&["+ndots==3", "x"]).0, "invalid ndots '=3': not a valid number\n");
    }

    #[test]
    fn plus_timeout_tries_retry() {
        assert_eq!(parse(&["+time=2", "x"]).dig.settings().timeout, 2);
        assert_eq!(parse(&["+timeout=0", "x"]).dig.settings().timeout, 1);
        assert_eq!(
            outcome(&["+time=x", "x"]),
            ("invalid timeout 'x': not a valid number\n".into(), "dig: Couldn't parse timeout\n".into(), Some(10))
        );
        assert_eq!(outcome(&["+time=65536", "x"]).0, "invalid timeout '65536': out of range\n");
        invalid_plus(&["+notime=1", "x"], "notime");
        invalid_plus(&["+timeout", "x"], "timeout");
        assert_eq!(one(&["+tries=5", "x"]).retries, 5);
        assert_eq!(one(&["+tries=0", "x"]).retries, 1);
        assert_eq!(one(&["+retry=0", "x"]).retries, 1);
        assert_eq!(one(&["+retries=2", "x"]).retries, 3);
        assert_eq!(one(&["+ret=2", "x"]).retries, 3);
        assert_eq!(outcome(&["+tries=x", "x"]).1, "dig: Couldn't parse tries\n");
        assert_eq!(
            outcome(&["+retry=-1", "x"]),
            ("invalid retries '-1': not a valid number\n".into(), "dig: Couldn't parse retries\n".into(), Some(10))
        );
        assert_eq!(outcome(&["+retry=4294967295", "x"]).0, "invalid retries '4294967295': out of range\n");
        assert_eq!(one(&["+tries=4294967295", "x"]).retries, u32::MAX);
        // Per lookup.
        let p = parse(&["n1", "+tries=1", "n2"]);
        assert_eq!((p.lookups[0].retries, p.lookups[1].retries), (1, 3));
    }

    #[test]
    fn plus_bufsize_edns_ednsflags() {
        assert_eq!(one(&["+bufsize", "x"]).udpsize, Some(1232));
        assert_eq!(one(&["+bufsize=512", "x"]).udpsize, Some(512));
        assert_eq!(one(&["+bu=0", "x"]).udpsize, Some(0));
        invalid_plus(&["+nobufsize", "x"], "nobufsize");
        assert_eq!(
            outcome(&["+bufsize=70000", "x"]),
            ("invalid buffer size '70000': out of range\n".into(), "dig: Couldn't parse buffer size\n".into(), Some(10))
        );
        assert_eq!(one(&["+noedns", "x"]).edns, None);
        assert_eq!(one(&["+noedns", "+edns", "x"]).edns, Some(0));
        assert_eq!(one(&["+edns=1", "x"]).edns, Some(1));
        assert_eq!(
            outcome(&["+edns=256", "x"]),
            ("invalid edns '256': out of range\n".into(), "dig: Couldn't parse edns\n".into(), Some(10))
        );
        assert_eq!(outcome(&["+edns=x", "x"]).0, "invalid edns 'x': not a valid number\n");
        let l = one(&["+noedns", "+ednsflags=0x80", "x"]);
        assert_eq!((l.ednsflags, l.edns), (0x80, Some(0)));
        assert_eq!(one(&["+ednsflags=010", "x"]).ednsflags, 8);
        assert_eq!(one(&["+ednsflags=12", "+noednsflags", "x"]).ednsflags, 0);
        // +ednsflags without a value clears, and leaves EDNS alone.
        assert_eq!(one(&["+noedns", "+ednsflags", "x"]).edns, None);
        assert_eq!(outcome(&["+ednsflags=0x10000", "x"]).0, "invalid ednsflags '0x10000': out of range\n");
        assert_eq!(outcome(&["+ednsflags=08", "x"]).0, "invalid ednsflags '08': not a valid number\n");
        assert_eq!(outcome(&["+ednsflags=0x", "x"]).1, "dig: Couldn't parse ednsflags\n");
        // These turn EDNS back on.
        for o in ["+nsid", "+cookie", "+dnssec", "+padding=64", "+subnet=0"] {
            assert_eq!(one(&["+noedns", o, "x"]).edns, Some(0), "{o}");
        }
        // +noedns after them turns it off.
        assert_eq!(one(&["+nsid", "+noedns", "x"]).edns, None);
    }

    #[test]
    fn plus_cookie() {
        let l = one(&["+cookie=0102030405060708", "x"]);
        assert_eq!((l.sendcookie, l.cookie.as_deref()), (true, Some("0102030405060708")));
        let l = one(&["+nocookie", "x"]);
        assert!(!l.sendcookie && l.cookie.is_none());
        assert!(one(&["+cookie=aa", "+cookie", "x"]).cookie.is_none());
        // One buffer for every lookup: the last +cookie=HEX wins.
        let p = parse(&["+cookie=aa", "n1", "n2", "+cookie=bb", "n3"]);
        assert_eq!(p.lookups.iter().map(|l| l.cookie.as_deref()).collect::<Vec<_>>(), [Some("bb"), Some("bb"), Some("bb")]);
        assert_eq!(
            outcome(&[&format!("+cookie={}", "a".repeat(81)), "x"]),
            (String::new(), "dig: COOKIE data too large\n".into(), Some(10))
        );
        assert_eq!(one(&[&format!("+cookie={}", "a".repeat(80)), "x"]).cookie.map(|c| c.len()), Some(80));
    }

    #[test]
    fn plus_ednsopt() {
        let l = one(&["+ednsopt=65001:abcd", "+ednsopt=nsid", "+ednsopt=PAD:", "x"]);
        assert_eq!(l.ednsopts, vec![(65001, vec![0xab, 0xcd]), (3, vec![]), (12, vec![])]);
        assert!(one(&["+ednsopt=3", "+noednsopt", "x"]).ednsopts.is_empty());
        assert_eq!(one(&["+ednsopt=3:ab cd", "x"]).ednsopts, vec![(3, vec![0xab, 0xcd])]);
        for v in ["+ednsopt", "+ednsopt=", "+ednsopt=:"] {
            assert_eq!(outcome(&[v, "x"]), (String::new(), "dig: ednsopt no code point specified\n".into(), Some(10)), "{v}");
        }
        assert_eq!(
            outcome(&["+ednsopt=foo", "x"]),
            ("invalid ednsopt 'foo': not a valid number\n".into(), "dig: bad edns code point: foo\n".into(), Some(1))
        );
        assert_eq!(outcome(&["+ednsopt=70000", "x"]).1, "dig: bad edns code point: 70000\n");
        for v in ["+ednsopt=nsid:zz", "+ednsopt=3:abc"] {
            assert_eq!(outcome(&[v, "x"]), (String::new(), "dig: isc_hex_decodestring: bad hex encoding\n".into(), Some(1)), "{v}");
        }
        let many: Vec<String> = (0..101).map(|_| "+ednsopt=1".to_string()).collect();
        let mut args: Vec<&str> = many.iter().map(String::as_str).collect();
        args.push("x");
        assert_eq!(outcome(&args).1, "dig: too many ednsopts\n");
    }

    #[test]
    fn plus_subnet() {
        assert_eq!(one(&["+subnet=192.0.2.0/24", "x"]).ecs, Some(("192.0.2.0".parse().unwrap(), 24)));
        assert_eq!(one(&["+subnet=2001:db8::/32", "x"]).ecs, Some(("2001:db8::".parse().unwrap(), 32)));
        assert_eq!(one(&["+subnet=0", "x"]).ecs, Some(("0.0.0.0".parse().unwrap(), 0)));
        assert_eq!(one(&["+subnet=10/8", "x"]).ecs, Some(("10.0.0.0".parse().unwrap(), 8)));
        assert_eq!(one(&["+subnet=1.2.3.4/40", "x"]).ecs, Some(("1.2.3.4".parse().unwrap(), 32)));
        assert_eq!(one(&["+subnet=1.2.3.4", "x"]).ecs, Some(("1.2.3.4".parse().unwrap(), 32)));
        assert_eq!(one(&["+subnet=1.2.3.4", "+nosubnet", "x"]).ecs, None);
        invalid_plus(&["+subnet", "x"], "subnet");
        assert_eq!(outcome(&["+subnet=x", "y"]), (String::new(), "dig: invalid address 'x'\n".into(), Some(1)));
        assert_eq!(outcome(&["+subnet=1/x", "y"]).1, "dig: invalid prefix length in '1/x': not a valid number\n\n");
        let long = format!("+subnet={}", "1".repeat(50));
        assert_eq!(outcome(&[&long, "y"]).1, format!("dig: invalid prefix '{}'\n\n", "1".repeat(50)));
    }

    #[test]
    fn plus_opcode_qid_padding() {
        assert_eq!(one(&["+opcode=notify", "x"]).opcode, 4);
        assert_eq!(one(&["+opcode=Status", "x"]).opcode, 2);
        assert_eq!(one(&["+opcode=15", "x"]).opcode, 15);
        assert_eq!(one(&["+opcode=5", "+noopcode", "x"]).opcode, 0);
        assert_eq!(
            outcome(&["+opcode=16", "x"]),
            ("invalid opcode '16': out of range\n".into(), "dig: Couldn't parse opcode\n".into(), Some(10))
        );
        assert_eq!(outcome(&["+opcode=foo", "x"]).0, "invalid opcode 'foo': not a valid number\n");
        invalid_plus(&["+opcode", "x"], "opcode");
        assert_eq!(one(&["+qid=4242", "x"]).setqid, Some(4242));
        assert_eq!(one(&["+qid=1", "+noqid", "x"]).setqid, None);
        assert_eq!(
            outcome(&["+qid=70000", "x"]),
            ("invalid qid '70000': out of range\n".into(), "dig: Couldn't parse qid\n".into(), Some(10))
        );
        assert_eq!(one(&["+padding=64", "x"]).padding, 64);
        assert_eq!(one(&["+p=64", "x"]).padding, 64);
        // +nopadding=N sets it too (dig.c does not look at the "no").
        assert_eq!(one(&["+nopadding=3", "x"]).padding, 3);
        invalid_plus(&["+padding", "x"], "padding");
        assert_eq!(outcome(&["+padding=513", "x"]).1, "dig: Couldn't parse padding\n");
    }

    #[test]
    fn plus_split() {
        assert_eq!(one(&["+split=8", "x"]).display.splitwidth, 11);
        assert_eq!(one(&["+split=0", "x"]).display.splitwidth, 0);
        assert_eq!(one(&["+nosplit", "x"]).display.splitwidth, 0);
        assert_eq!(one(&["+split", "x"]).display.splitwidth, 0xffff_ffff);
        invalid_plus(&["+nosplit=4", "x"], "nosplit");
        let p = parse(&["+split=5", "x"]);
        assert_eq!(render(&p.events).1, ";; Warning, split must be a multiple of 4; adjusting to 8\n");
        assert_eq!(p.lookups[0].display.splitwidth, 11);
        // A bad value: the rounding of the old value (0xffffffff -> 0)
        // comes first.
        assert_eq!(
            outcome(&["+split=x", "x"]),
            (
                "invalid split 'x': not a valid number\n".into(),
                ";; Warning, split must be a multiple of 4; adjusting to 0\ndig: Couldn't parse split\n".into(),
                Some(10)
            )
        );
        // The global value at the end counts for every lookup.
        let p = parse(&["n1", "+split=4", "n2"]);
        assert_eq!((p.lookups[0].display.splitwidth, p.lookups[1].display.splitwidth), (7, 7));
    }

    #[test]
    fn plus_deprecated_and_obsolete() {
        // BIND's messages have no newline.
        for (o, msg) in [
            ("+dscp=5", ";; +dscp option is obsolete and has no effect"),
            ("+mapped", ";; +mapped option is deprecated"),
            ("+sigchase", ";; +sigchase option is deprecated"),
            ("+topdown", ";; +topdown option is deprecated"),
            ("+trusted-key=x", ";; +trusted-key option is deprecated"),
            ("+unexpected", ";; +unexpected option is deprecated"),
            ("+nosigchase", ";; +sigchase option is deprecated"),
        ] {
            let p = parse(&[o, "x"]);
            assert_eq!(render(&p.events), (String::new(), msg.into(), None), "{o}");
        }
    }

    #[test]
    fn plus_fuzztime_keepopen_dns64prefix() {
        assert_eq!(one(&["+fuzztime", "x"]).fuzztime, Some(0x622a_cce1));
        assert_eq!(one(&["+fuzztime=5", "x"]).fuzztime, Some(5));
        assert_eq!(one(&["+fuzztime=5", "+nofuzztime", "x"]).fuzztime, None);
        assert_eq!(outcome(&["+fuzztime=x", "x"]).1, "dig: Couldn't parse fuzztime\n");
        assert!(parse(&["+keepopen", "x"]).dig.settings().keep_open);
        // +dns64prefix queues a lookup of its own.
        let p = parse(&["+dns64prefix"]);
        assert_eq!(p.lookups.len(), 1);
        let l = &p.lookups[0];
        assert!(l.dns64prefix && l.textname == "ipv4only.arpa" && l.rdtype == AAAA && !l.display.cmd && l.cmdline.is_empty());
        let p = parse(&["+dns64prefix", "x"]);
        assert_eq!(p.lookups.len(), 2);
        assert!(!p.lookups[1].dns64prefix);
        assert!(one(&["+nodns64prefix", "x"]).display.cmd);
    }

    #[test]
    fn plus_tls_and_https_are_refused() {
        for (o, msg) in [
            ("+tls", UNSUPPORTED_TLS),
            ("+tls-ca", UNSUPPORTED_TLS),
            ("+tls-ca=/etc/ca.pem", UNSUPPORTED_TLS),
            ("+tls-hostname=x", UNSUPPORTED_TLS),
            ("+https", UNSUPPORTED_HTTPS),
            ("+https=/q", UNSUPPORTED_HTTPS),
            ("+https-get", UNSUPPORTED_HTTPS),
            ("+htt", UNSUPPORTED_HTTPS),
            ("+http-plain", UNSUPPORTED_HTTP_PLAIN),
            ("+http-plain-post", UNSUPPORTED_HTTP_PLAIN),
        ] {
            assert_eq!(outcome(&[o, "x"]), (String::new(), format!("dig: {msg}\n"), Some(1)), "{o}");
        }
        // Turned off again, or on a lookup that is not run: fine.
        for args in [&["+tls", "+notls", "x"][..], &["+https", "+nohttps", "x"], &["+tls-ca", "+notls-ca", "x"]] {
            assert_eq!(outcome(args), (String::new(), String::new(), None), "{args:?}");
        }
        // TLS implies TCP (unless +tcp/+notcp was given).
        let mut d = Dig::new(Host::default(), &preparse_args::<&str>(&[]).unwrap(), base_settings());
        d.command_line(&["+tls", "+notls", "x"], None);
        drive(&mut d, &mut VecDeque::new());
        assert!(!d.take_lookups()[0].tcp_mode);
        assert!(one(&["+tls", "+notls", "+tcp", "x"]).tcp_mode);
        // BIND's own errors.
        assert_eq!(
            outcome(&["+tls-certfile", "x"]).1,
            format!(";; TLS certificate file is not specified\n{}", usage_after("Invalid option: +tls-certfile"))
        );
        assert_eq!(
            outcome(&["+tls-hostname=", "x"]).1,
            format!(";; TLS hostname is not specified\n{}", usage_after("Invalid option: +tls-hostname"))
        );
        assert_eq!(
            outcome(&["+tls-keyfile", "x"]).1,
            format!(";; TLS private key file is not specified\n{}", usage_after("Invalid option: +tls-keyfile"))
        );
        invalid_plus(&["+tls-", "x"], "tls-");
        invalid_plus(&["+tlsx", "x"], "tlsx");
        assert_eq!(
            outcome(&["+https=foo", "x"]).1,
            format!(";; The given HTTP path \"foo\" is not a valid absolute path\n{}", usage_after("Invalid option: +https"))
        );
        invalid_plus(&["+httpsx", "x"], "httpsx");
    }

    #[test]
    fn plus_http_reads_past_the_name_like_dig_c() {
        // dig.c looks at cmd[5] of "+http", past its NUL: the next argument.
        assert_eq!(outcome(&["+http", "-h"]).2, Some(0));
        invalid_plus(&["+http", "x"], "http");
        invalid_plus(&["x", "+http"], "http");
        // "+http-pla": cmd[10] is the 'h' of "-h"; "+http-plai": its NUL.
        invalid_plus(&["+http-pla", "-h"], "http-pla");
        assert_eq!(outcome(&["+http-plai", "-h"]).2, Some(0));
        assert_eq!(outcome(&["+http-plain", "x"]), (String::new(), format!("dig: {UNSUPPORTED_HTTP_PLAIN}\n"), Some(1)));
    }

    #[test]
    fn http_paths() {
        for ok in ["/", "/dns-query", "/a/b/", "/a%20b", "/%4", "/~x/:@!$&'()*+,;="] {
            assert!(http_path_is_valid(ok.as_bytes()), "{ok}");
        }
        for bad in ["", "dns-query", "//x", "/a b", "/%zz", "/a?b", "/a#b"] {
            assert!(!http_path_is_valid(bad.as_bytes()), "{bad}");
        }
    }

    // ---- ~/.digrc ----

    #[test]
    fn digrc_sets_defaults() {
        let p = parse_full(&["x"], Some("+short\n-t mx\n@127.6.1.1\n"), &[]);
        let l = &p.lookups[0];
        assert!(l.display.short_form);
        // -t in ~/.digrc sets the type but not rdtypeset.
        assert_eq!((l.rdtype, l.rdtypeset), (15, false));
        assert_eq!(l.servers, vec![Server::new("127.6.1.1", "127.6.1.1")]);
        // ... so -x still asks PTR.
        assert_eq!(parse_full(&["-x", "1.2.3.4"], Some("-t mx\n"), &[]).lookups[0].rdtype, PTR);
        // A type word does set rdtypeset: a later -t warns.
        let p = parse_full(&["x"], Some("+short # set mx\n+tcp -t txt\n"), &[]);
        assert_eq!(render(&p.events).1, ";; Warning, extra type option\n");
        assert_eq!(p.lookups[0].rdtype, 16);
        // Names in ~/.digrc are ignored; -q too.
        let p = parse_full(&["x"], Some("foo.example -q bar\n"), &[]);
        assert_eq!(p.lookups.len(), 1);
        // -r: not read.
        assert!(!parse_full(&["-r", "x"], Some("+short\n"), &[]).lookups[0].display.short_form);
        // Its errors end the program like the command line's.
        assert_eq!(render(&parse_full(&["x"], Some("+foo\n"), &[]).events).1, usage_after("Invalid option: +foo"));
        assert_eq!(render(&parse_full(&["x"], Some("-h\n"), &[]).events).0, HELP);
        // Its servers fail fatally.
        assert_eq!(render(&parse_full(&["x"], Some("@bad\n"), &[]).events).2, Some(1));
    }

    #[test]
    fn digrc_x_queues_a_lookup_with_its_own_greeting() {
        let p = parse_full(&["@127.0.0.53", "y"], Some("-x 1.2.3.4\n"), &[]);
        assert_eq!(p.lookups.len(), 2);
        assert_eq!(p.lookups[0].cmdline, greeting("-x 1.2.3.4", 0));
        assert!(p.lookups[0].servers.is_empty());
        // The command line's first name greets too, as a later greeting.
        assert_eq!(p.lookups[1].cmdline, format!("; <<>> {VERSION_TEXT} <<>> @127.0.0.53 y\n"));
    }

    // ---- -f batch files ----

    #[test]
    fn batch_first_line_and_skipping() {
        let mut p = parse_full(&["@127.0.0.53", "-f", "b1"], None, &["# comment\n", "\n", "localhost +short\n", "\n", "# mid comment\n"]);
        assert_eq!(p.events.iter().filter(|e| **e == Event::ReadBatchLine).count(), 3);
        assert_eq!(p.lookups.len(), 1);
        let l = &p.lookups[0];
        assert_eq!(l.textname, "localhost");
        assert!(l.display.short_form);
        assert_eq!(l.servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
        // Later: an empty line asks . NS, a comment is names.
        let (_, ls) = next_line(&mut p, "\n");
        assert_eq!((ls[0].textname.as_str(), ls[0].rdtype), (".", NS));
        assert!(ls[0].display.short_form);
        let (_, ls) = next_line(&mut p, "# mid comment\n");
        assert_eq!(ls.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["#", "mid", "comment"]);
    }

    #[test]
    fn batch_greetings() {
        let mut p = parse_full(&["@127.0.0.53", "-f", "b"], None, &["localhost\n"]);
        // The first greeting is the first batch line's, with the servers
        // of the command line counted.
        assert_eq!(p.lookups[0].cmdline, format!("\n; <<>> {VERSION_TEXT} <<>> localhost\n; (1 server found)\n;; global options: +cmd\n"));
        let (_, ls) = next_line(&mut p, "\n");
        assert_eq!(ls[0].cmdline, format!("; <<>> {VERSION_TEXT} <<>>\n"));
        let (_, ls) = next_line(&mut p, "localhost -t txt +noall +answer +cmd\n");
        assert_eq!(ls[0].cmdline, format!("; <<>> {VERSION_TEXT} <<>> localhost -t txt +noall +answer +cmd\n"));
    }

    #[test]
    fn batch_with_names_on_the_command_line() {
        let mut p = parse_full(&["n1", "-f", "b", "n2"], None, &["n3\n"]);
        assert_eq!(p.lookups.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["n1", "n2", "n3"]);
        // The default lookup is the command line's before its first name.
        let (_, ls) = next_line(&mut p, "e\n");
        assert_eq!(ls[0].textname, "e");
    }

    #[test]
    fn batch_options_are_local_to_the_line() {
        let mut p = parse_full(&["+norec", "-f", "b"], None, &["n1 +rec\n"]);
        assert!(p.lookups[0].recurse);
        let (_, ls) = next_line(&mut p, "b\n");
        assert!(!ls[0].recurse);
        // +domain in a batch line is never applied.
        let (_, _) = next_line(&mut p, "+domain=x.lab c\n");
        assert!(p.dig.settings().search.is_empty());
        // ... but on the first one (parsed with the command line) it is.
        let p = parse_full(&["-f", "b"], None, &["+domain=x.lab c\n"]);
        assert_eq!(p.dig.settings().search, ["x.lab"]);
    }

    #[test]
    fn batch_server_failures_skip_the_line() {
        let mut p = parse_full(&["-f", "b"], None, &["@nosuch.invalid localhost\n"]);
        assert_eq!(
            render(&p.events),
            (String::new(), "couldn't get address for 'nosuch.invalid': not found: skipping lookup\n".into(), None)
        );
        assert!(p.lookups.is_empty());
        let (ev, ls) = next_line(&mut p, "n1 n2 @nosuch.invalid n3\n");
        assert_eq!(render(&ev).1, "couldn't get address for 'nosuch.invalid': not found: skipping lookup\n");
        // n1 stays, n2 is dropped, n3 is never seen.
        assert_eq!(ls.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["n1"]);
        let (_, ls) = next_line(&mut p, "x @localhost\n");
        assert_eq!(ls[0].servers, vec![Server::new("127.0.0.1", "localhost")]);
    }

    #[test]
    fn batch_file_that_cannot_be_opened() {
        let p = parse(&["-f", "/missing", "x"]);
        assert_eq!(
            render(&p.events),
            (String::new(), "/missing: No such file or directory\ndig: couldn't open specified batch file\n".into(), Some(8))
        );
        // Empty: nothing to do (no . NS either).
        let p = parse_full(&["-f", "/dev/null"], None, &[]);
        assert!(p.lookups.is_empty());
        assert_eq!(render(&p.events), (String::new(), String::new(), None));
    }

    #[test]
    fn batch_line_limits() {
        let words: Vec<String> = (1..=20).map(|i| format!("n{i}")).collect();
        let mut p = parse_full(&["-f", "b"], None, &["x\n"]);
        let (_, ls) = next_line(&mut p, &(words.join(" ") + "\n"));
        assert_eq!(ls.len(), 13);
        let rc = words
            .iter()
            .chain(&words)
            .chain(&words)
            .chain(&words)
            .map(|w| format!("+{}", if w.len() % 2 == 0 { "rec" } else { "norec" }))
            .collect::<Vec<_>>();
        assert_eq!(rc.len(), 80);
        // ~/.digrc lines: 61 words (the 62nd and later are dropped).
        let mut line: Vec<String> = vec!["+rec".into(); 61];
        line.push("+norec".into());
        assert!(parse_full(&["x"], Some(&line.join(" ")), &[]).lookups[0].recurse);
        assert_eq!(split_batchline(b"a\tb\r\nc  d", 14), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec(), b"d".to_vec()]);
        assert_eq!(split_batchline(b"a b\0c", 14), vec![b"a".to_vec(), b"b".to_vec()]);
        let long = vec![b'a'; 2100];
        assert_eq!(fgets_chunks(&long).map(<[u8]>::len).collect::<Vec<_>>(), [1023, 1023, 54]);
    }

    // ---- helpers ----

    #[test]
    fn isc_parse_uint32_like_bind() {
        assert_eq!(isc_parse_uint32(b"42", 10), Ok(42));
        assert_eq!(isc_parse_uint32(b"4294967295", 10), Ok(u32::MAX));
        assert_eq!(isc_parse_uint32(b"4294967296", 10), Err("out of range"));
        assert_eq!(isc_parse_uint32(b"99999999999999999999999", 10), Err("out of range"));
        assert_eq!(isc_parse_uint32(b"99999999999999999999999x", 10), Err("not a valid number"));
        for bad in [&b""[..], b" 1", b"-1", b"+1", b"1 ", b"0x10", b"1a"] {
            assert_eq!(isc_parse_uint32(bad, 10), Err("not a valid number"), "{bad:?}");
        }
        assert_eq!(isc_parse_uint32(b"0x10", 0), Ok(16));
        assert_eq!(isc_parse_uint32(b"0X1f", 0), Ok(31));
        assert_eq!(isc_parse_uint32(b"017", 0), Ok(15));
        assert_eq!(isc_parse_uint32(b"0", 0), Ok(0));
        assert_eq!(isc_parse_uint32(b"08", 0), Err("not a valid number"));
        assert_eq!(isc_parse_uint32(b"0x", 0), Err("not a valid number"));
        assert_eq!(isc_parse_uint32(b"0xg", 0), Err("not a valid number"));
    }

    #[test]
    fn inet_pton_like_glibc() {
        assert_eq!(inet_pton4(b"127.0.0.1"), Some(Ipv4Addr::LOCALHOST));
        for bad in [&b"127.1"[..], b"01.2.3.4", b"1.2.3.256", b"1.2.3.4.", b"1.2.3", b"", b"1..2.3"] {
            assert_eq!(inet_pton4(bad), None, "{bad:?}");
        }
        assert_eq!(inet_pton6(b"::ffff:1.2.3.4"), Some("::ffff:1.2.3.4".parse().unwrap()));
        assert_eq!(inet_pton6(b"::1%lo"), None);
    }

    #[test]
    fn netprefix() {
        assert_eq!(parse_netprefix(b"10.1/16"), Ok(("10.1.0.0".parse().unwrap(), 16)));
        assert_eq!(parse_netprefix(b"::/200"), Ok(("::".parse().unwrap(), 128)));
        assert_eq!(parse_netprefix(b"10"), Err("invalid address '10'".into()));
        assert_eq!(parse_netprefix(b"1/"), Err("invalid prefix length in '1/': not a valid number\n".into()));
    }

    #[test]
    fn hex_and_base64() {
        assert_eq!(isc_hex_decodestring(b"0aFf"), Some(vec![0x0a, 0xff]));
        assert_eq!(isc_hex_decodestring(b""), Some(vec![]));
        assert_eq!(isc_hex_decodestring(b"0"), None);
        assert_eq!(isc_base64_decodestring(b"c2VjcmV0"), Some(b"secret".to_vec()));
        assert_eq!(isc_base64_decodestring(b"QQ=="), Some(b"A".to_vec()));
        assert_eq!(isc_base64_decodestring(b"QUI="), Some(b"AB".to_vec()));
        for bad in [&b"QQ="[..], b"Q===", b"QR==", b"QQ==QQ==", b"bad!", b"c2Vj\x00"] {
            assert_eq!(isc_base64_decodestring(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn fullcheck_is_a_prefix_test() {
        assert!(fullcheck(b"sh", &["short"]));
        assert!(fullcheck(b"SHORT", &["short"]));
        assert!(!fullcheck(b"shortx", &["short"]));
        assert!(fullcheck(b"", &["short"]));
        assert!(fullcheck(b"retries", &["retry", "retries"]));
    }

    #[test]
    fn strtok_like_c() {
        let mut b = b"cookie=".to_vec();
        let t = strtok(&mut b, 0, b"=").unwrap();
        assert_eq!((t.start, t.end, t.next), (0, 6, 7));
        assert_eq!(b, b"cookie\0");
        assert!(strtok(&mut b, t.next, b"").is_none());
        let mut b = b"==a=b".to_vec();
        let t = strtok(&mut b, 0, b"=").unwrap();
        assert_eq!((t.start, t.end), (2, 3));
        let v = strtok(&mut b, t.next, b"").unwrap();
        assert_eq!(&b[v.start..v.end], b"b");
    }
}
