//! The option table of the BIND dialects: every nslookup option, every
//! dig dash option and every dig +option, every delv dash and +option,
//! described once (name, shortest
//! abbreviation, `no` form, value, status, one line of help). With
//! [`super::OWN_OPTIONS`] (rlookup's own `--options`) it is the single
//! source of `--help`, the man page and the shell completions (see
//! [`super::docs`]).
//!
//! The parsers themselves (`cli::nslookup`, `cli::dig`, `cli::delv`) are hand ports of
//! BIND's C code and stay so: their exact abbreviation rules and messages
//! are the point. This table *describes* them, and the tests at the end of
//! this file check it against them in both directions (every spelling the
//! table claims is accepted with the effect described; every spelling the
//! parsers accept is in the table), so the two cannot drift.

/// How rlookup honours an option it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Does what BIND does.
    Works,
    /// Accepted, does nothing (as in BIND, or because rlookup lacks the
    /// feature: said in the help).
    NoEffect,
    /// BIND prints that it is deprecated (or obsolete); no effect.
    Deprecated,
    /// rlookup's addition to the dialect (handled before the dialect's
    /// parser sees the arguments).
    Rlookup,
}

/// An option's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A flag.
    None,
    /// `+name` or `+name=VALUE`.
    Optional(&'static str),
    /// `+name=VALUE` (`-x VALUE` for dig's dash options, `-name=VALUE` for
    /// nslookup).
    Required(&'static str),
}

impl Value {
    pub fn metavar(self) -> Option<&'static str> {
        match self {
            Value::None => None,
            Value::Optional(m) | Value::Required(m) => Some(m),
        }
    }
}

/// Where an option is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// nslookup: `-name[=value]` on the command line, `set name[=value]` at
    /// the prompt; case-insensitive.
    Nslookup,
    /// nslookup: on the command line only (`-version`).
    NslookupCommandLine,
    /// dig: `-x [value]` (the value attached or the next argument).
    DigDash,
    /// dig: `+[no]name[=value]`.
    DigPlus,
    /// delv: `-x [value]` (the value attached or the next argument).
    DelvDash,
    /// delv: `+[no]name[=value]` (the first `min` letters as written, the
    /// rest in any case).
    DelvPlus,
}

/// One option of a BIND dialect.
#[derive(Debug, Clone, Copy)]
pub struct DialectOpt {
    pub syntax: Syntax,
    /// The canonical name (`recurse`, `type`; for dig's dash options the
    /// letter).
    pub name: &'static str,
    /// The shortest abbreviation accepted: every prefix of `name` at least
    /// this long is the option. `name.len()` when it cannot be abbreviated.
    pub min: usize,
    /// Other spellings, each with its own shortest abbreviation (nslookup's
    /// `ty=` for `type=`; dig's `+aaonly` for `+aaflag`, `+do` for
    /// `+dnssec`, `-debug` for `-d`).
    pub also: &'static [(&'static str, usize)],
    /// The `no` form: `no` followed by any spelling abbreviated down to
    /// this many characters is the option turned off (usually `min`; dig
    /// checks less for `+nohttps`...). None: there is no `no` form.
    pub no: Option<usize>,
    pub value: Value,
    pub status: Status,
    pub help: &'static str,
}

const fn ns(name: &'static str, min: usize, no: bool, help: &'static str) -> DialectOpt {
    let no = if no { Some(min) } else { None };
    DialectOpt { syntax: Syntax::Nslookup, name, min, also: &[], no, value: Value::None, status: Status::Works, help }
}

const fn ns_value(name: &'static str, also: &'static [(&'static str, usize)], metavar: &'static str, help: &'static str) -> DialectOpt {
    DialectOpt {
        syntax: Syntax::Nslookup,
        name,
        min: name.len(),
        also,
        no: None,
        value: Value::Required(metavar),
        status: Status::Works,
        help,
    }
}

/// Every nslookup option (nslookup.c's setoption() and parse_args()), in
/// setoption()'s order. Value options take `=`, spelled exactly as listed
/// (no other abbreviation).
pub const NSLOOKUP: &[DialectOpt] = &[
    ns("all", 3, false, "Print the current settings"),
    ns_value("class", &[("cl", 2)], "CLASS", "Query class: IN (the default), CH, HS, ANY..."),
    ns_value(
        "type",
        &[("ty", 2), ("querytype", 9), ("query", 5), ("qu", 2), ("q", 1)],
        "TYPE",
        "Query type: A, MX, NS, SOA, PTR, ANY... (default: A, then AAAA)",
    ),
    ns_value("domain", &[("do", 2)], "NAME", "Use NAME as the search list"),
    ns_value("port", &[("po", 2)], "N", "The server's port (default 53)"),
    ns_value("timeout", &[("t", 1)], "SECONDS", "Seconds to wait for a reply"),
    ns("recurse", 3, true, "Ask the server to recurse (the RD flag; default on)"),
    ns_value("retry", &[("ret", 3)], "N", "Tries per server"),
    ns("defname", 3, true, "Same as -[no]search"),
    ns("vc", 2, true, "Use TCP (a virtual circuit) for every query"),
    ns("debug", 3, true, "Print the full replies, and the queries' outcome"),
    ns("d2", 2, true, "With debug: also print the queries sent"),
    ns("search", 3, true, "Use the search list for names without a final dot (default on)"),
    DialectOpt { status: Status::NoEffect, ..ns("sil", 3, false, "Accepted for compatibility (exactly `sil`); does nothing") },
    ns("fail", 3, true, "Stop at a SERVFAIL or referral instead of trying the next server"),
    ns_value("ndots", &[], "N", "Names with at least N dots are tried as they are first (default: resolv.conf's, or 1)"),
    DialectOpt {
        syntax: Syntax::NslookupCommandLine,
        name: "version",
        min: 3,
        also: &[],
        no: None,
        value: Value::None,
        status: Status::Works,
        help: "Print the version, then exit (command line only; also -verbose...)",
    },
];

const fn dash(name: &'static str, value: Value, help: &'static str) -> DialectOpt {
    DialectOpt { syntax: Syntax::DigDash, name, min: 1, also: &[], no: None, value, status: Status::Works, help }
}

/// Every dig dash option (dig.c's dash_option()). Letters without a value
/// can be combined (`-4u`, `-ut MX`; but not `-du`, as in BIND); a value
/// may be attached (`-tMX`) or be the next argument (`-t MX`).
pub const DIG_DASH: &[DialectOpt] = &[
    dash("4", Value::None, "Use IPv4 only"),
    dash("6", Value::None, "Use IPv6 only"),
    dash("b", Value::Required("ADDR[#PORT]"), "Send from this source address (and port)"),
    dash("c", Value::Required("CLASS"), "Query class (default IN)"),
    DialectOpt {
        also: &[("debug", 2)],
        status: Status::NoEffect,
        ..dash("d", Value::None, "BIND's debugging trace: not supported (a warning); -debug only in ~/.digrc and batch files")
    },
    dash("f", Value::Required("FILE"), "Batch mode: one dig command line per line of FILE (- for standard input)"),
    dash("h", Value::None, "Print dig's help, then exit"),
    DialectOpt { status: Status::NoEffect, ..dash("i", Value::None, "Obsolete; does nothing") },
    dash("k", Value::Required("FILE"), "TSIG key file (BIND's key \"name\" { algorithm ...; secret \"...\"; }; format)"),
    DialectOpt { status: Status::NoEffect, ..dash("m", Value::None, "BIND's memory usage debugging; does nothing") },
    DialectOpt { status: Status::NoEffect, ..dash("n", Value::None, "Obsolete; does nothing") },
    dash("p", Value::Required("PORT"), "The server's port (default 53)"),
    dash("q", Value::Required("NAME"), "The name to look up (even one that looks like a type or class)"),
    dash("r", Value::None, "Do not read ~/.digrc"),
    dash("t", Value::Required("TYPE"), "Query type (ixfr=SERIAL for IXFR)"),
    dash("u", Value::None, "Print times in microseconds instead of milliseconds"),
    dash("v", Value::None, "Print the version, then exit"),
    dash("x", Value::Required("ADDR"), "Reverse lookup: the PTR record of this IPv4 or IPv6 address"),
    dash(
        "y",
        Value::Required("[HMAC:]NAME:KEY"),
        "TSIG key: hmac-md5 (default), hmac-sha1, -sha224, -sha256, -sha384, -sha512, each -BITS to truncate",
    ),
];

const fn plus(name: &'static str, min: usize, help: &'static str) -> DialectOpt {
    DialectOpt { syntax: Syntax::DigPlus, name, min, also: &[], no: Some(min), value: Value::None, status: Status::Works, help }
}

const fn plus_value(name: &'static str, min: usize, no: bool, value: Value, help: &'static str) -> DialectOpt {
    let no = if no { Some(min) } else { None };
    DialectOpt { syntax: Syntax::DigPlus, name, min, also: &[], no, value, status: Status::Works, help }
}

const fn deprecated(name: &'static str, min: usize, help: &'static str) -> DialectOpt {
    DialectOpt { status: Status::Deprecated, ..plus(name, min, help) }
}

/// The HTTP(S) options: dig.c turns `+no` + any prefix of these from
/// `ht` on into +nohttps, before it looks at the rest of the name.
const fn http(name: &'static str, min: usize, help: &'static str) -> DialectOpt {
    DialectOpt { no: Some(2), ..plus_value(name, min, true, Value::Optional("PATH"), help) }
}

/// Every dig +option (dig.c's plus_option()), alphabetically. Names are
/// lower case (the first letters are matched case-sensitively, as in
/// BIND) and may be abbreviated down to `min` characters.
pub const DIG_PLUS: &[DialectOpt] = &[
    DialectOpt { also: &[("aaonly", 2)], ..plus("aaflag", 2, "Set the AA flag in the query") },
    plus("additional", 3, "Show the additional section (default on)"),
    plus("adflag", 2, "Set the AD flag in the query (default on)"),
    plus("all", 2, "Set or clear every display flag"),
    plus("answer", 2, "Show the answer section (default on)"),
    plus("authority", 2, "Show the authority section (default on)"),
    plus("badcookie", 2, "Retry with the server's cookie after a BADCOOKIE reply (default on)"),
    plus("besteffort", 2, "Print what can be parsed of a malformed reply"),
    plus_value("bufsize", 2, false, Value::Optional("N"), "EDNS UDP buffer size (without a value: 1232)"),
    plus("cdflag", 2, "Set the CD (checking disabled) flag in the query"),
    plus("class", 2, "Show the class in records (default on)"),
    plus("cmd", 2, "Print the version and command line first (default on; global)"),
    plus("coflag", 2, "Set the CO (compact denial of existence ok) flag in the query"),
    plus("comments", 3, "Show the header and section comments (default on)"),
    plus_value("cookie", 3, true, Value::Optional("HEX"), "Send a COOKIE option (default on), with this client cookie"),
    plus("crypto", 2, "Show the key and signature data of DNSSEC records (default on)"),
    plus("defname", 2, "Same as +[no]search"),
    plus("dns64prefix", 4, "Look up the DNS64 prefixes (ipv4only.arpa AAAA)"),
    DialectOpt { also: &[("do", 2)], ..plus("dnssec", 4, "Request DNSSEC records (the DO flag)") },
    plus_value("domain", 3, false, Value::Required("NAME"), "Use NAME as the search list (with +search)"),
    DialectOpt { status: Status::Deprecated, ..plus("dscp", 2, "Obsolete; does nothing") },
    plus_value("edns", 4, true, Value::Optional("N"), "EDNS version (default 0); +noedns sends no OPT record"),
    plus_value("ednsflags", 5, true, Value::Optional("N"), "Set these undefined EDNS flag bits (0x8000 is DO)"),
    plus("ednsnegotiation", 5, "Retry with the server's EDNS version after BADVERS"),
    plus_value("ednsopt", 5, true, Value::Required("CODE[:HEX]"), "Send an EDNS option (a name or number, hex data); +noednsopt: none"),
    plus("expandaaaa", 4, "Print IPv6 addresses in full"),
    plus("expire", 4, "Send an EDNS EXPIRE option"),
    plus("fail", 2, "Do not try the next server after a SERVFAIL"),
    plus_value("fuzztime", 2, true, Value::Optional("N"), "SIG(0) signing time, for testing (no effect: rlookup does not sign)"),
    plus("header-only", 2, "Send a query without a question section"),
    http("http-plain", 10, "DNS over clear-text HTTP/2, POST, port 80 (PATH: /dns-query)"),
    http("http-plain-get", 12, "DNS over clear-text HTTP/2 with GET"),
    http("http-plain-post", 11, "DNS over clear-text HTTP/2 with POST"),
    http("https", 5, "DNS over HTTPS (RFC 8484), POST, port 443 (PATH: /dns-query)"),
    http("https-get", 7, "DNS over HTTPS with GET"),
    http("https-post", 6, "DNS over HTTPS with POST"),
    plus("identify", 3, "Show the server that answered, with +short"),
    plus("idnin", 4, "Convert internationalized names to punycode (default on a terminal)"),
    plus("idnout", 4, "Show internationalized names as Unicode (default on a terminal)"),
    plus("ignore", 1, "Do not retry over TCP after a truncated reply"),
    plus("keepalive", 5, "Send an EDNS TCP keepalive option"),
    plus("keepopen", 5, "Keep the TCP connection open between queries"),
    deprecated("mapped", 2, "Deprecated; does nothing"),
    plus("multiline", 2, "Print long records on several lines, with comments"),
    plus_value("ndots", 2, false, Value::Required("N"), "Names with at least N dots are tried as they are first"),
    plus("nsid", 3, "Request the server's name server ID (NSID)"),
    plus("nssearch", 3, "Ask every authoritative server of the zone for its SOA"),
    plus("onesoa", 2, "Print only one SOA record of a zone transfer"),
    plus_value("opcode", 2, true, Value::Required("OPCODE"), "Query opcode: QUERY, NOTIFY, UPDATE... or 0-15 (+noopcode: QUERY)"),
    plus_value("padding", 1, false, Value::Required("N"), "Pad queries to a multiple of N bytes (EDNS padding)"),
    plus_value("qid", 2, true, Value::Required("N"), "Use this query ID"),
    plus("qr", 2, "Print each query as it is sent"),
    plus("question", 2, "Show the question section (default on)"),
    plus("raflag", 2, "Set the RA flag in the query"),
    plus("rdflag", 2, "Same as +[no]recurse"),
    plus("recurse", 3, "Set the RD (recursion desired) flag (default on)"),
    DialectOpt { also: &[("retries", 3)], ..plus_value("retry", 3, false, Value::Required("N"), "UDP retries (default 2)") },
    plus("rrcomments", 2, "Show per-record comments"),
    plus("search", 2, "Use the search list (resolv.conf's, or +domain's)"),
    plus("short", 4, "Print terse answers only (global)"),
    plus("showbadcookie", 5, "Show the BADCOOKIE reply before retrying"),
    plus("showsearch", 5, "Search, showing every intermediate result"),
    deprecated("sigchase", 2, "Deprecated; does nothing"),
    plus_value("split", 2, true, Value::Optional("N"), "Split hex/base64 fields into chunks of N characters (+nosplit: none)"),
    plus("stats", 2, "Show the query statistics (default on)"),
    plus_value("subnet", 2, true, Value::Required("ADDR[/LEN]"), "Send an EDNS Client Subnet option"),
    plus("tcflag", 3, "Set the TC flag in the query"),
    plus("tcp", 3, "Use TCP (not in batch files or ~/.digrc)"),
    plus_value("timeout", 2, false, Value::Required("SECONDS"), "Query timeout (default 5)"),
    plus("tls", 3, "DNS over TLS (RFC 7858), port 853; the certificate is not checked"),
    plus_value(
        "tls-ca",
        6,
        true,
        Value::Optional("FILE"),
        "DNS over TLS, checking the certificate against FILE's CAs (default: the system's)",
    ),
    plus_value("tls-certfile", 6, true, Value::Required("FILE"), "DNS over TLS with this client certificate (with +tls-keyfile)"),
    plus_value(
        "tls-hostname",
        5,
        true,
        Value::Required("NAME"),
        "DNS over TLS, checking the certificate for NAME (default: the server as given)",
    ),
    plus_value("tls-keyfile", 5, true, Value::Required("FILE"), "DNS over TLS with this client key (with +tls-certfile)"),
    deprecated("topdown", 2, "Deprecated; does nothing"),
    plus("trace", 3, "Follow the delegations from the root servers down"),
    plus_value("tries", 3, false, Value::Required("N"), "UDP tries (default 3)"),
    deprecated("trusted-key", 3, "Deprecated; does nothing"),
    plus("ttlid", 3, "Show the TTL in records (default on)"),
    plus("ttlunits", 4, "Show TTLs in units (1h2m3s)"),
    deprecated("unexpected", 3, "Deprecated; does nothing"),
    plus("unknownformat", 3, "Print record data in RFC 3597's unknown format"),
    plus("vc", 1, "Same as +[no]tcp"),
    plus("yaml", 1, "Print the results as YAML"),
    plus("zflag", 1, "Set the Z (reserved) flag in the query"),
    DialectOpt { status: Status::Rlookup, ..plus("quic", 4, "rlookup: DNS over QUIC (RFC 9250), port 853 (exactly +quic, +noquic)") },
    DialectOpt {
        status: Status::Rlookup,
        ..plus_value(
            "http3",
            5,
            true,
            Value::Optional("PATH"),
            "rlookup: DNS over HTTPS over HTTP/3, port 443, at PATH (default /dns-query) (exactly +http3, +nohttp3)",
        )
    },
    DialectOpt { status: Status::Rlookup, ..plus("json", 4, "rlookup: print each response as JSON, like --json (exactly +json, +nojson)") },
];

const fn delv_dash(name: &'static str, value: Value, help: &'static str) -> DialectOpt {
    DialectOpt { syntax: Syntax::DelvDash, ..dash(name, value, help) }
}

const fn delv_plus(name: &'static str, min: usize, help: &'static str) -> DialectOpt {
    DialectOpt { syntax: Syntax::DelvPlus, ..plus(name, min, help) }
}

/// Every delv dash option (delv.c's dash_option()). Letters without a
/// value can be combined (`-4i`); a value may be attached (`-tMX`) or be
/// the next argument.
pub const DELV_DASH: &[DialectOpt] = &[
    delv_dash("4", Value::None, "Use IPv4 only"),
    delv_dash("6", Value::None, "Use IPv6 only"),
    delv_dash(
        "a",
        Value::Required("FILE"),
        "Trust anchors from FILE, in BIND's bind.keys format (default /etc/bind/bind.keys, else BIND's built-in root keys)",
    ),
    delv_dash("b", Value::Required("ADDR[#PORT]"), "Send from this source address (and port)"),
    delv_dash("c", Value::Required("CLASS"), "Query class: accepted for compatibility, IN is looked up"),
    delv_dash(
        "d",
        Value::Required("LEVEL"),
        "Debug level 0-99: from 1 the +rtrace lines, from 3 the +vtrace lines (BIND's other debug output is not reproduced)",
    ),
    delv_dash("h", Value::None, "Print delv's usage, then exit (status 1, as delv)"),
    delv_dash("i", Value::None, "Do not validate (answers are shown as not validated, without signatures)"),
    DialectOpt { status: Status::NoEffect, ..delv_dash("m", Value::None, "BIND's memory usage debugging; does nothing") },
    delv_dash("p", Value::Required("PORT"), "The servers' port (default 53)"),
    delv_dash("q", Value::Required("NAME"), "The name to look up (even one that looks like a type or class)"),
    delv_dash("t", Value::Required("TYPE"), "Query type (default A; NS for the root when no name is given)"),
    delv_dash("v", Value::None, "Print the version, then exit"),
    delv_dash("x", Value::Required("ADDR"), "Reverse lookup: the PTR record of this IPv4 or IPv6 address"),
];

/// Every delv +option (delv.c's plus_option()), alphabetically.
pub const DELV_PLUS: &[DialectOpt] = &[
    delv_plus("all", 1, "Set or clear the comments, per-record comments and trust lines together"),
    delv_plus("cdflag", 2, "Set the CD flag (when not validating, or for names under the trust anchor)"),
    delv_plus("class", 2, "Show the class in records (default on)"),
    delv_plus("comments", 2, "Show comments (default on)"),
    delv_plus("crypto", 2, "Show the key and signature data of DNSSEC records (default on)"),
    DialectOpt { status: Status::Deprecated, ..delv_plus("dlv", 2, "Obsolete: +dlv is refused (exit 1), +nodlv does nothing") },
    delv_plus("dnssec", 2, "Show the RRSIG records (default on)"),
    delv_plus("mtrace", 2, "Dump every reply received (also +rtrace); any word starting with mt is this"),
    delv_plus("multiline", 2, "Print long records on several lines, with comments"),
    DialectOpt {
        value: Value::Optional("NAME"),
        ..delv_plus("root", 2, "Validate (default on); =NAME: from NAME's trust anchor instead of the root's; +noroot: do not")
    },
    delv_plus("rrcomments", 2, "Show per-record comments (default on)"),
    delv_plus("rtrace", 2, "Show every fetch the resolver makes (on standard error)"),
    delv_plus("short", 2, "Print the record data only (also clears +multiline, +comments, +trust, +dnssec)"),
    DialectOpt {
        value: Value::Optional("N"),
        ..delv_plus("split", 2, "Split hex/base64 fields into chunks of N characters (+nosplit: none)")
    },
    delv_plus("tcp", 2, "Use TCP"),
    delv_plus("trust", 2, "Show the trust of each group of records: ; fully validated... (default on)"),
    delv_plus("ttl", 2, "Show the TTL in records (default on)"),
    delv_plus("unknownformat", 1, "Print record data in RFC 3597's unknown format"),
    delv_plus("vtrace", 1, "Show the validator's steps (also +rtrace; on standard error)"),
    delv_plus("yaml", 1, "Print the results as YAML"),
];

/// nslookup's interactive commands (at the `>` prompt), for the man page.
pub const NSLOOKUP_COMMANDS: &[(&str, &str)] = &[
    ("NAME [SERVER]", "Look up NAME (with SERVER, ask it this once)"),
    ("server NAME", "Use NAME as the default server (resolved with the current default server)"),
    ("lserver NAME", "Use NAME as the default server (resolved with the initial server)"),
    ("set OPTION", "Set an option (the options above, without the dash); `set all` shows them"),
    ("exit", "Quit (as does the end of input)"),
];

/// A spelling as help shows it: `rec[urse]` when it may be abbreviated to
/// `rec`.
pub fn abbreviated(name: &str, min: usize) -> String {
    if min >= name.len() { name.to_string() } else { format!("{}[{}]", &name[..min], &name[min..]) }
}

impl DialectOpt {
    /// `+` for the +options, `-` for the others.
    pub fn lead(&self) -> &'static str {
        if matches!(self.syntax, Syntax::DigPlus | Syntax::DelvPlus) { "+" } else { "-" }
    }

    /// Which dialect the option is of.
    pub fn dialect(&self) -> &'static str {
        match self.syntax {
            Syntax::Nslookup | Syntax::NslookupCommandLine => "nslookup",
            Syntax::DigDash | Syntax::DigPlus => "dig",
            Syntax::DelvDash | Syntax::DelvPlus => "delv",
        }
    }

    /// Every spelling with its shortest abbreviation, the canonical one
    /// first.
    pub fn spellings(&self) -> impl Iterator<Item = (&'static str, usize)> + '_ {
        std::iter::once((self.name, self.min)).chain(self.also.iter().copied())
    }

    /// The option as written in help, e.g. `-[no]rec[urse]`, `-type=TYPE`,
    /// `+bufsize[=N]`, `-b ADDR[#PORT]`.
    pub fn synopsis(&self) -> String {
        let name = if self.syntax == Syntax::Nslookup && self.value != Value::None {
            self.name.to_string()
        } else {
            abbreviated(self.name, self.min)
        };
        let (lead, sep) = match self.syntax {
            Syntax::Nslookup | Syntax::NslookupCommandLine => ("-", "="),
            Syntax::DigDash | Syntax::DelvDash => ("-", " "),
            Syntax::DigPlus | Syntax::DelvPlus => ("+", "="),
        };
        let no = if self.no.is_some() { "[no]" } else { "" };
        let value = match self.value {
            Value::None => String::new(),
            Value::Optional(m) => format!("[{sep}{m}]"),
            Value::Required(m) => format!("{sep}{m}"),
        };
        format!("{lead}{no}{name}{value}")
    }

    /// The other spellings as help shows them (`-ty=`, `+aa[only]`).
    pub fn other_spellings(&self) -> Vec<String> {
        let lead = self.lead();
        let eq = if self.syntax == Syntax::Nslookup && self.value != Value::None { "=" } else { "" };
        self.also.iter().map(|&(s, min)| format!("{lead}{}{eq}", abbreviated(s, min))).collect()
    }

    /// The words a shell completes for it: `+short`, `+noshort`,
    /// `+timeout=`, `-type=`, `-norecurse`, `-x`.
    pub fn completions(&self) -> Vec<String> {
        let lead = self.lead();
        let eq = match (self.syntax, self.value) {
            (Syntax::DigDash | Syntax::DelvDash, _) | (_, Value::None | Value::Optional(_)) => "",
            _ => "=",
        };
        let mut words = vec![format!("{lead}{}{eq}", self.name)];
        if self.no.is_some() {
            words.push(format!("{lead}no{}", self.name));
        }
        words
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[path = "table/delv_tests.rs"]
mod delv_tests;
