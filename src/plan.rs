//! What to ask, whom, and how: pure data, no I/O. The dialect parsers
//! (`cli::nslookup`, `cli::dig`) build these values; `lookup::Engine` runs
//! them. The shapes follow BIND's dighost (dig_lookup_t, dig_server_t and
//! its globals), because both nslookup and dig are thin layers over it and
//! matching its behaviour is the point.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Which of BIND's clients to be (chosen by `cli::choose_dialect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Nslookup,
    Dig,
    /// BIND 9.18's delv: one validating lookup (`cli::delv`,
    /// `session::delv`, `render::delv`).
    Delv,
}

impl Dialect {
    /// The program name BIND's messages start with (`dig: ...`).
    pub fn progname(self) -> &'static str {
        match self {
            Dialect::Nslookup => "nslookup",
            Dialect::Dig => "dig",
            Dialect::Delv => "delv",
        }
    }
}

/// How responses are printed (rlookup's `--json`, `--table`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Output {
    /// BIND's text (the default).
    #[default]
    Text,
    Json,
    /// A table of these sections.
    Table(TableSections),
}

/// The sections `--table` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSections {
    pub answer: bool,
    pub authority: bool,
    pub additional: bool,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// The packet dump: where the dissection goes, and the pcap file if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dump {
    pub to_stderr: bool,
    pub pcap: Option<PathBuf>,
}

/// delv's one lookup, as its grammar (`cli::delv`) leaves it: what
/// delv.c's globals hold after parse_args(), for `session::delv` to run
/// (servers, anchors, the validating lookup) and `render::delv` to print
/// (`DelvPrint`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelvPlan {
    /// `@server` as typed, without the `@` (the last one; `@` alone is
    /// the empty name). None: resolv.conf's servers.
    pub server: Option<String>,
    /// `-p` as typed (parsed when the servers are set up, as delv does):
    /// "53" by default.
    pub port: String,
    /// delv's use_ipv4 / use_ipv6 (`-4`, `-6`).
    pub ipv4: bool,
    pub ipv6: bool,
    /// `-b`: the source address (and port) of each family.
    pub source4: Option<SocketAddr>,
    pub source6: Option<SocketAddr>,
    /// `-a FILE`.
    pub anchor_file: Option<String>,
    /// `+root=NAME`: the anchor name to load from the file (None: ".").
    pub anchor_name: Option<String>,
    /// The query name as typed (`.` when none was given), converted to a
    /// name only after the anchors are loaded.
    pub qname: String,
    pub qtype: u16,
    /// delv's root_validation: false with `-i` and `+noroot`.
    pub validate: bool,
    /// `-i` (no_sigs): no RRSIG rdatasets in the answer list.
    pub no_sigs: bool,
    /// `+cdflag`.
    pub cdflag: bool,
    /// `+tcp`.
    pub tcp: bool,
    /// `-d N` (0..=99).
    pub debug: u32,
    pub print: DelvPrint,
}

/// How delv prints its answer list (delv.c's display globals).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelvPrint {
    /// showcomments (`+[no]comments`, `+[no]all`, off with `+short`).
    pub comments: bool,
    /// showdnssec: RRSIG rdatasets are printed (`+[no]dnssec`).
    pub dnssec: bool,
    /// showtrust: the `; fully validated` lines (`+[no]trust`).
    pub trust: bool,
    /// rrcomments: per-record comments (DNSKEY key ids, SOA fields in
    /// multi-line mode); on by default, off with `+yaml`.
    pub rrcomments: bool,
    pub noclass: bool,
    pub nocrypto: bool,
    pub nottl: bool,
    pub multiline: bool,
    pub short: bool,
    pub unknownformat: bool,
    pub yaml: bool,
    /// splitwidth as delv.c keeps it: 0xffffffff by default, 0 for
    /// `+nosplit`, else `+split=W` rounded up to a multiple of 4, plus 3.
    pub splitwidth: u32,
    /// `+rtrace` (also implied by `+vtrace` and `+mtrace`): the `;; fetch:`
    /// lines.
    pub rtrace: bool,
    /// `+vtrace`: the validator's DEBUG lines.
    pub vtrace: bool,
    /// `+mtrace`: every reply received, dumped.
    pub mtrace: bool,
}

impl Default for DelvPrint {
    fn default() -> Self {
        DelvPrint {
            comments: true,
            dnssec: true,
            trust: true,
            rrcomments: true,
            noclass: false,
            nocrypto: false,
            nottl: false,
            multiline: false,
            short: false,
            unknownformat: false,
            yaml: false,
            splitwidth: 0xffff_ffff,
            rtrace: false,
            vtrace: false,
            mtrace: false,
        }
    }
}

impl Default for DelvPlan {
    fn default() -> Self {
        DelvPlan {
            server: None,
            port: "53".into(),
            ipv4: true,
            ipv6: true,
            source4: None,
            source6: None,
            anchor_file: None,
            anchor_name: None,
            qname: ".".into(),
            qtype: 2,
            validate: true,
            no_sigs: false,
            cdflag: false,
            tcp: false,
            debug: 0,
            print: DelvPrint::default(),
        }
    }
}

/// nslookup's text as BIND prints it, or as Windows nslookup does
/// (`--style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Bind,
    Windows,
}

/// `--validate[=chain]` (nslookup and dig): each answer validated from
/// the trust anchor and given a verdict, with the chain of trust too
/// (`Chain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validate {
    Verdict,
    Chain,
}

/// A `-y [hmac:]name:secret` key as parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsigKey {
    pub name: String,
    pub secret: String,
}

/// dig.c's and dighost.c's globals that parsing sets, other than those in
/// [`Settings`]. The printing ones are also copied into every lookup's
/// `Display` at the end of each parse (dig prints with the values they have
/// then); dig's renderer gets them as an event before the lookups they
/// apply to.
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
    pub hmac: Option<crate::wire::tsig::Algorithm>,
    pub digestbits: u16,
    /// dig's `tsigkey`: a key was made (from -k or -y) and signs the
    /// queries (it is in `Settings::tsig`).
    pub key_made: bool,
    /// dig's `keysecret` was set by the key file.
    pub keysecret_from_file: bool,
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
            key_made: false,
            keysecret_from_file: false,
            domainopt: None,
            hexcookie: None,
            json: false,
        }
    }
}

/// A server to query. `name` is what is connected to (an address literal
/// once resolved); `label` is what the user typed, shown in headers
/// (`Server:\t\tbitsy.mit.edu`, `;; SERVER: 127.4.1.1#53(bitsy.mit.edu)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// Shared, not copied, by the many events and lookups that name it.
    pub name: std::sync::Arc<str>,
    pub label: std::sync::Arc<str>,
    /// The port a server URL gave (`tls://127.0.0.53:8853`); otherwise the
    /// lookup's (`-p`, or the transport's default).
    pub port: Option<u16>,
}

impl Server {
    pub fn new(name: impl Into<std::sync::Arc<str>>, label: impl Into<std::sync::Arc<str>>) -> Server {
        Server { name: name.into(), label: label.into(), port: None }
    }
}

/// Where a server in effect came from (for `--servers` and metadata).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerOrigin {
    ResolvConf,
    ResolvedStub,
    ResolvedUpstream,
    CommandLine,
    Fallback,
}

/// One server in effect (`--servers`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerRow {
    /// The address, or the host name as given when it is not resolved yet.
    pub address: String,
    pub port: u16,
    pub origin: ServerOrigin,
    /// Why queries do not go to it, if they don't (the stub's upstreams
    /// are only asked with --upstream; a server given on the command line
    /// replaces the configured ones).
    pub unused: Option<&'static str>,
}

/// Reasons a server is listed but not asked.
pub const UNUSED_UPSTREAM: &str = "use --upstream";
pub const UNUSED_COMMAND_LINE: &str = "a server was given";

/// The resolver configuration in effect, as `--servers` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServersView {
    pub servers: Vec<ServerRow>,
    pub search: Vec<String>,
    pub ndots: u32,
    /// Seconds; 0 means the client's default (5 s UDP, 10 s TCP).
    pub timeout: u32,
    pub attempts: u32,
    /// The files read, in order.
    pub sources: Vec<String>,
}

/// dighost's globals: settings shared by every lookup of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Servers of the run (resolv.conf's, or the user's); shared with the
    /// lookups that use them (changed with Arc::make_mut).
    pub servers: std::sync::Arc<Vec<Server>>,
    pub port: u16,
    /// The port was given by the user (TLS/HTTPS would otherwise change it).
    pub port_set: bool,
    /// Seconds per try; 0 = the default (5 s UDP, 10 s TCP).
    pub timeout: u32,
    /// Tries per lookup (BIND's `tries`, shared by all its servers).
    pub tries: u32,
    pub ndots: u32,
    pub usesearch: bool,
    pub search: Vec<String>,
    /// Complain and try the next server when a recursive query comes back
    /// without RA (only for resolv.conf's servers).
    pub check_ra: bool,
    /// Print every NXDOMAIN of the search list (nslookup -debug, dig
    /// +showsearch).
    pub showsearch: bool,
    pub ipv4_only: bool,
    pub ipv6_only: bool,
    /// Source address (dig -b).
    pub source: Option<SocketAddr>,
    /// dig +keepopen: keep the TCP connection open between queries
    /// (dighost's `keep_open`).
    pub keep_open: bool,
    /// dighost's `tsigkey`: queries are signed with it, replies verified.
    pub tsig: Option<std::sync::Arc<crate::wire::tsig::TsigKey>>,
    /// rlookup's `--insecure`: no certificate is checked, whatever the
    /// lookups ask.
    pub insecure: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            servers: Default::default(),
            port: 53,
            port_set: false,
            timeout: 0,
            tries: 3,
            ndots: 1,
            usesearch: false,
            search: Vec::new(),
            check_ra: false,
            showsearch: false,
            ipv4_only: false,
            ipv6_only: false,
            source: None,
            keep_open: false,
            tsig: None,
            insecure: false,
        }
    }
}

/// The default UDP timeout and TCP timeout in seconds (dighost.h).
pub const UDP_TIMEOUT: u32 = 5;
pub const TCP_TIMEOUT: u32 = 10;
/// Requeues of one lookup before "too many lookups" (dighost.h).
pub const LOOKUP_LIMIT: u32 = 64;
/// dig's default EDNS buffer size and version.
pub const DEFAULT_EDNS_BUFSIZE: u16 = 1232;

/// How dig prints a response (per lookup, as in dig_lookup_t). nslookup
/// leaves these at their defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Display {
    pub comments: bool,
    pub stats: bool,
    pub section_question: bool,
    pub section_answer: bool,
    pub section_authority: bool,
    pub section_additional: bool,
    pub identify: bool,
    pub multiline: bool,
    pub nottl: bool,
    pub noclass: bool,
    pub onesoa: bool,
    pub nocrypto: bool,
    pub ttlunits: bool,
    pub rrcomments: i8,
    pub print_unknown_format: bool,
    pub expandaaaa: bool,
    pub qr: bool,
    pub idnin: bool,
    pub idnout: bool,
    pub use_usec: bool,
    pub short_form: bool,
    pub cmd: bool,
    pub showbadcookie: bool,
    pub yaml: bool,
    /// dig's `splitwidth` exactly as dig.c hands it to
    /// dns_master_stylecreate(): 0xffffffff = no +split given (the style's
    /// own width), 0 = +nosplit (no splitting), else +split=N rounded up to
    /// a multiple of 4, plus 3.
    pub splitwidth: u32,
    /// nslookup: one of the default lookups (no `set type`): the A query
    /// prints the header, the AAAA query that follows it does not.
    pub pair: bool,
    /// nslookup `-debug` (BIND's `short_form` off): every section of the
    /// reply; in Windows style, the `Got answer:` blocks.
    pub debug: bool,
    /// nslookup `-d2`: every packet dissected on standard error.
    pub d2: bool,
}

impl Default for Display {
    fn default() -> Self {
        Display {
            comments: true,
            stats: true,
            section_question: true,
            section_answer: true,
            section_authority: true,
            section_additional: true,
            identify: false,
            multiline: false,
            nottl: false,
            noclass: false,
            onesoa: false,
            nocrypto: false,
            ttlunits: false,
            rrcomments: 0,
            print_unknown_format: false,
            expandaaaa: false,
            qr: false,
            idnin: false,
            idnout: false,
            use_usec: false,
            short_form: false,
            cmd: true,
            showbadcookie: false,
            yaml: false,
            splitwidth: 0xffff_ffff,
            pair: false,
            debug: false,
            d2: false,
        }
    }
}

/// One question to ask, with everything about how (dig_lookup_t).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    /// The name as typed (before the search list).
    pub textname: String,
    /// dig's greeting (`\n; <<>> rlookup X.Y.Z <<>> args\n` and, on the
    /// first, `;; global options: +cmd\n`), set by `cli::dig` on the first
    /// lookup of a command line or batch line (dig.c's printgreeting()):
    /// printed before the first reply (unless +short, +dns64prefix or
    /// +nocmd when it prints) or before "no servers could be reached", then
    /// cleared. Empty for nslookup.
    pub cmdline: String,
    pub rdtype: u16,
    /// The type asked for when `rdtype` is temporarily NS (+trace).
    pub qrdtype: u16,
    pub rdclass: u16,
    pub rdtypeset: bool,
    pub rdclassset: bool,
    pub opcode: u8,
    pub recurse: bool,
    pub aaonly: bool,
    pub adflag: bool,
    pub cdflag: bool,
    pub raflag: bool,
    pub tcflag: bool,
    pub zflag: bool,
    pub setqid: Option<u16>,
    pub header_only: bool,
    pub tcp_mode: bool,
    pub tcp_mode_set: bool,
    /// Stop at SERVFAIL rather than trying the next server.
    pub servfail_stops: bool,
    pub besteffort: bool,
    /// +ignore: no TCP retry on truncation.
    pub ignore: bool,
    pub trace: bool,
    pub trace_root: bool,
    pub ns_search_only: bool,
    /// EDNS version to send; None = no EDNS (dig's `edns = -1`).
    pub edns: Option<u8>,
    /// EDNS UDP size; None = default (1232 when EDNS is sent).
    pub udpsize: Option<u16>,
    pub ednsflags: u16,
    pub ednsneg: bool,
    pub dnssec: bool,
    pub coflag: bool,
    pub nsid: bool,
    pub expire: bool,
    pub tcp_keepalive: bool,
    pub padding: u16,
    pub sendcookie: bool,
    /// Cookie to send, hex (a +cookie=HEX, or the server's from a previous
    /// reply of this lookup).
    pub cookie: Option<String>,
    pub badcookie: bool,
    pub seenbadcookie: bool,
    /// EDNS Client Subnet: address and prefix length.
    pub ecs: Option<(std::net::IpAddr, u8)>,
    /// Extra EDNS options (+ednsopt).
    pub ednsopts: Vec<(u16, Vec<u8>)>,
    pub ixfr_serial: u32,
    pub retries: u32,
    /// Index into the search list of the origin being tried.
    pub origin: Option<usize>,
    pub need_search: bool,
    pub done_as_is: bool,
    pub new_search: bool,
    /// Servers of this lookup; empty = the run's servers. Shared, not
    /// copied, by its snapshots (changed with Arc::make_mut).
    pub servers: std::sync::Arc<Vec<Server>>,
    pub display: Display,
    /// dig +dns64prefix: the lookup of ipv4only.arpa AAAA whose answer is
    /// printed as the DNS64 prefixes (dig.c's dns64prefix_answer()).
    pub dns64prefix: bool,
    /// dig +fuzztime[=N]: the time used to sign the message (only with
    /// TSIG/SIG(0), which rlookup does not do: no observable effect).
    pub fuzztime: Option<u32>,
    /// The encrypted transport (dig's +tls, +https..., rlookup's +quic,
    /// +http3, server URLs), as parsed.
    pub secure: SecureTransport,
    /// The lookup is a zone transfer (AXFR, or IXFR over TCP): replies are
    /// read until the closing SOA.
    pub doing_xfr: bool,
    /// +trace: the zone whose servers are being asked (a referral must be
    /// below it); dighost's `fdomain`.
    pub fdomain: Option<crate::wire::Name>,
    /// +trace/+nssearch: NS records followed so far (at most 20 from the
    /// root: dighost's MXSERV).
    pub nsfound: u32,
}

/// dig_lookup_t's TLS and HTTP(S) fields (+tls, +tls-ca, +tls-hostname,
/// +tls-certfile, +tls-keyfile, +https, +https-get, +http-plain...).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SecureTransport {
    pub tls_mode: bool,
    pub tls_ca_set: bool,
    pub tls_ca_file: Option<String>,
    pub tls_hostname_set: bool,
    pub tls_hostname: Option<String>,
    pub tls_cert_file_set: bool,
    pub tls_cert_file: Option<String>,
    pub tls_key_file_set: bool,
    pub tls_key_file: Option<String>,
    pub https_mode: bool,
    pub https_get: bool,
    pub http_plain: bool,
    /// The HTTP path (default "/dns-query").
    pub https_path: Option<String>,
    /// DNS over QUIC (`+quic`, kdig's spelling; rlookup's addition).
    pub quic: bool,
    /// DNS over HTTP/3 (`+http3[=PATH]`; rlookup's addition).
    pub http3: bool,
}

/// The transport a lookup's queries take when they go over a stream
/// (dig's `tcp_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamTransport {
    Tcp,
    Tls,
    Https,
    HttpPlain,
    Quic,
    H3,
}

impl SecureTransport {
    /// dighost's dig_lookup_is_tls(): DNS over TLS.
    pub fn is_tls(&self) -> bool {
        self.tls_mode || (self.tls_ca_set && !self.https_mode)
    }

    /// DNS over HTTPS or plain HTTP.
    pub fn is_https(&self) -> bool {
        self.https_mode
    }

    /// What carries the queries of a lookup in TCP mode, TLS first as dig
    /// decides (dighost's start_tcp()); QUIC and HTTP/3 are rlookup's.
    pub fn stream(&self) -> StreamTransport {
        if self.quic {
            StreamTransport::Quic
        } else if self.http3 {
            StreamTransport::H3
        } else if self.is_tls() {
            StreamTransport::Tls
        } else if self.https_mode && self.http_plain {
            StreamTransport::HttpPlain
        } else if self.https_mode {
            StreamTransport::Https
        } else {
            StreamTransport::Tcp
        }
    }

    /// The port when none was given (dighost's start_tcp(): 853 for TLS,
    /// 443 for HTTPS, 80 for plain HTTP; DoQ's 853 (RFC 9250), HTTP/3's
    /// 443).
    pub fn default_port(&self) -> u16 {
        match self.stream() {
            StreamTransport::Tcp => 53,
            StreamTransport::Tls | StreamTransport::Quic => 853,
            StreamTransport::Https | StreamTransport::H3 => 443,
            StreamTransport::HttpPlain => 80,
        }
    }

    /// dig's label of the transport in `;; SERVER:` (dig.c's received()):
    /// from the options, not from the socket, so a lookup dig sends over
    /// UDP can still say TLS.
    pub fn label(&self, tcp_mode: bool) -> &'static str {
        if self.quic {
            "QUIC"
        } else if self.http3 {
            if self.https_get { "HTTP/3-GET" } else { "HTTP/3" }
        } else if self.is_tls() {
            "TLS"
        } else if self.https_mode {
            match (self.http_plain, self.https_get) {
                (true, true) => "HTTP-GET",
                (true, false) => "HTTP",
                (false, true) => "HTTPS-GET",
                (false, false) => "HTTPS",
            }
        } else if tcp_mode {
            "TCP"
        } else {
            "UDP"
        }
    }
}

impl Lookup {
    /// BIND's make_empty_lookup().
    pub fn new(textname: impl Into<String>, tries: u32) -> Lookup {
        Lookup {
            textname: textname.into(),
            cmdline: String::new(),
            rdtype: 1,
            qrdtype: 1,
            rdclass: 1,
            rdtypeset: false,
            rdclassset: false,
            opcode: 0,
            recurse: true,
            aaonly: false,
            adflag: false,
            cdflag: false,
            raflag: false,
            tcflag: false,
            zflag: false,
            setqid: None,
            header_only: false,
            tcp_mode: false,
            tcp_mode_set: false,
            servfail_stops: true,
            besteffort: true,
            ignore: false,
            trace: false,
            trace_root: false,
            ns_search_only: false,
            edns: None,
            udpsize: None,
            ednsflags: 0,
            ednsneg: true,
            dnssec: false,
            coflag: false,
            nsid: false,
            expire: false,
            tcp_keepalive: false,
            padding: 0,
            sendcookie: false,
            cookie: None,
            badcookie: true,
            seenbadcookie: false,
            ecs: None,
            ednsopts: Vec::new(),
            ixfr_serial: 0,
            retries: tries,
            origin: None,
            need_search: false,
            done_as_is: false,
            new_search: false,
            servers: Default::default(),
            display: Display::default(),
            dns64prefix: false,
            fuzztime: None,
            secure: SecureTransport::default(),
            doing_xfr: false,
            fdomain: None,
            nsfound: 0,
        }
    }

    /// BIND's clone_lookup(): the same question and options, for a retry,
    /// the next search origin or a follow-up. `new_search` is not carried
    /// over (BIND leaves it false in the clone).
    /// Whether the query carries an OPT record (dighost: a UDP size, DO,
    /// an EDNS version or a client subnet asks for one).
    pub fn edns_sent(&self) -> bool {
        self.udpsize.is_some() || self.dnssec || self.edns.is_some() || self.ecs.is_some()
    }

    pub fn clone_for_requeue(&self, with_servers: bool) -> Lookup {
        let mut l = self.clone();
        l.new_search = false;
        l.nsfound = 0;
        if !with_servers {
            l.servers = Default::default();
        }
        l
    }
}
