//! rlookup's own options (`--json`, `--dump`, `--color`...), valid in both
//! dialects, and the one table they are defined in: the parser below,
//! `--help`, the man page and the shell completions are all built from
//! `OWN_OPTIONS` (through a clap `Command`). With the dialects' table
//! ([`table`]: every nslookup option, every dig dash and +option, checked
//! against their parsers by its tests) it is the single source of the
//! documentation ([`docs`]: `--help`, `rlookup --generate man|bash|...`).
//!
//! Neither BIND client accepts an argument starting with `--`, so these
//! cannot collide with a dialect's own syntax. Only the names in the table
//! are taken (exactly, never abbreviated); any other argument, `--bogus`
//! included, goes to the dialect, which complains about it as BIND would.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Command};

use crate::cli::url::TransportOption;

pub use crate::plan::{ColorChoice, Dialect, Dump, Output, Style, TableSections, Validate};

pub mod docs;
pub mod table;

/// One of rlookup's own options.
#[derive(Debug, Clone, Copy)]
pub struct OptSpec {
    pub long: &'static str,
    /// The value's name in help (`--color=WHEN`); None for a flag.
    pub value: Option<&'static str>,
    /// The value may be left out (`--dump` or `--dump=FILE`).
    pub optional_value: bool,
    /// The values allowed, if a fixed set.
    pub values: &'static [&'static str],
    pub help: &'static str,
}

const fn flag(long: &'static str, help: &'static str) -> OptSpec {
    OptSpec { long, value: None, optional_value: false, values: &[], help }
}

/// Every option rlookup adds to BIND's.
pub const OWN_OPTIONS: &[OptSpec] = &[
    flag("dig", "Use the dig dialect, whatever the program is called"),
    flag("nslookup", "Use the nslookup dialect, whatever the program is called"),
    flag("delv", "Use the delv dialect (DNSSEC-validating lookups), whatever the program is called"),
    flag(
        "json",
        "Print each response as an RFC 8427 JSON document, errors too: one document alone, several as one JSON array (see --json-lines)",
    ),
    OptSpec {
        long: "table",
        value: Some("SECTIONS"),
        optional_value: true,
        values: &[],
        help: "Print records as a table: the answer, or the sections named (answer,authority,additional or all)",
    },
    OptSpec {
        long: "color",
        value: Some("WHEN"),
        optional_value: false,
        values: &["auto", "always", "never"],
        help: "Color the output: auto (on a terminal, unless NO_COLOR is set), always or never",
    },
    OptSpec {
        long: "dump",
        value: Some("FILE.pcap"),
        optional_value: true,
        values: &[],
        help: "After the normal output, dissect every packet sent and received (Wireshark-style, with a hex dump); with a file name, also write them to that pcap file",
    },
    flag("dump-stderr", "Write the --dump dissection to standard error instead of standard output"),
    flag("servers", "Show the servers in effect (resolv.conf, systemd-resolved's stub and upstreams) and the search list, then exit"),
    flag("upstream", "Bypass systemd-resolved's stub (127.0.0.53): ask the upstream servers of /run/systemd/resolve/resolv.conf"),
    OptSpec {
        long: "style",
        value: Some("STYLE"),
        optional_value: false,
        values: &["bind", "windows"],
        help: "nslookup output as BIND prints it (bind, the default) or as Windows nslookup does (windows)",
    },
    flag("idnout", "Show internationalized names as Unicode (U-labels) rather than xn-- (A-labels)"),
    flag("tls", "DNS over TLS (RFC 7858, port 853), in either dialect: dig's +tls; the certificate is checked against the system's CAs"),
    OptSpec {
        long: "https",
        value: Some("URL"),
        optional_value: true,
        values: &[],
        help: "DNS over HTTPS (RFC 8484, port 443): dig's +https; with https://HOST[:PORT][/PATH], that server too (or just a /PATH)",
    },
    flag(
        "insecure",
        "Do not check encrypted servers' certificates (--tls, --https, --quic, --http3 and server URLs check them against the system's CAs; dig's +tls-ca against its file)",
    ),
    flag("quic", "DNS over QUIC (RFC 9250, port 853), in either dialect (dig: +quic)"),
    OptSpec {
        long: "http3",
        value: Some("URL"),
        optional_value: true,
        values: &[],
        help: "DNS over HTTPS over HTTP/3 (port 443), in either dialect (dig: +http3); with h3://HOST[:PORT][/PATH], that server too",
    },
    OptSpec {
        long: "batch",
        value: Some("FILE"),
        optional_value: false,
        values: &[],
        help: "Read lookups from FILE (- for standard input): dig's -f lines, or nslookup's commands",
    },
    OptSpec {
        long: "concurrency",
        value: Some("N"),
        optional_value: false,
        values: &[],
        help: "Batches: at most N lookups in flight at once (default 100; 1 runs them one after another); the output is in input order either way",
    },
    OptSpec { long: "rate", value: Some("QPS"), optional_value: false, values: &[], help: "Batches: start at most QPS lookups a second" },
    flag("stats", "After a batch, a summary on standard error: lookups per RCODE, timeouts, queries per second, latency percentiles"),
    flag("json-lines", "JSON Lines: as --json, but each document alone on its line (no array around several)"),
    flag(
        "compare",
        "Ask every server given (@server, several allowed; else resolv.conf's) at once and show the answers side by side, flagging differences (TTLs aside); implies --dig; exit 0 if they agree, 3 if they differ, 9 if one gave no reply",
    ),
    OptSpec {
        long: "validate",
        value: Some("chain"),
        optional_value: true,
        values: &[],
        help: "nslookup and dig: after each lookup, validate its answer with DNSSEC from the trust anchor (delv's resolver, asking the lookup's server, with CD) and print the verdict: dig ';; VALIDATION: VERDICT', nslookup 'Validation: VERDICT', VERDICT being secure, insecure, bogus (REASON) or indeterminate (WHY); =chain adds the chain of trust, link by link; JSON gets rlookup.validation, --table a VALIDATION column; exit status 12 if any answer is bogus (man rlookup: VALIDATION)",
    },
    OptSpec {
        long: "anchors",
        value: Some("FILE"),
        optional_value: false,
        values: &[],
        help: "--validate's trust anchors, in bind.keys syntax (default: /etc/bind/bind.keys, else BIND's built-in root keys)",
    },
    OptSpec {
        long: "generate",
        value: Some("WHAT"),
        optional_value: false,
        values: &["man", "bash", "zsh", "fish", "elvish", "powershell"],
        help: "Write the man page or a shell completion script to standard output, then exit",
    },
    flag("help", "Print this help, then exit"),
    flag("version", "Print the version, then exit"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generate {
    Man,
    Bash,
    Zsh,
    Fish,
    Elvish,
    PowerShell,
}

/// The default of `--concurrency`.
pub const DEFAULT_CONCURRENCY: usize = 100;

/// rlookup's own options as given.
#[derive(Debug, Clone, PartialEq)]
pub struct Own {
    pub dialect: Option<Dialect>,
    pub output: Output,
    /// `--json-lines`: one document per line rather than one JSON text.
    pub json_lines: bool,
    pub color: ColorChoice,
    pub dump: Option<Dump>,
    pub servers: bool,
    pub upstream: bool,
    pub style: Style,
    pub idnout: bool,
    pub generate: Option<Generate>,
    pub help: bool,
    pub version: bool,
    /// `--batch FILE`.
    pub batch: Option<String>,
    /// `--concurrency N`.
    pub concurrency: usize,
    /// `--rate QPS`.
    pub rate: Option<f64>,
    /// `--stats`.
    pub stats: bool,
    /// `--tls`, `--https[=URL]`, `--quic`, `--http3[=URL]` (the last one
    /// given).
    pub transport: Option<TransportOption>,
    /// `--insecure`.
    pub insecure: bool,
    /// `--compare`.
    pub compare: bool,
    /// `--validate[=chain]`.
    pub validate: Option<Validate>,
    /// `--anchors FILE`.
    pub anchors: Option<PathBuf>,
}

impl Default for Own {
    fn default() -> Self {
        Own {
            dialect: None,
            output: Output::default(),
            json_lines: false,
            color: ColorChoice::default(),
            dump: None,
            servers: false,
            upstream: false,
            style: Style::default(),
            idnout: false,
            generate: None,
            help: false,
            version: false,
            batch: None,
            concurrency: DEFAULT_CONCURRENCY,
            rate: None,
            stats: false,
            transport: None,
            insecure: false,
            compare: false,
            validate: None,
            anchors: None,
        }
    }
}

/// How the dialect is chosen, for `--help`, the man page and the README.
pub const DIALECT_RULE: &str = "\
Dialects: rlookup speaks the languages of BIND's nslookup, dig and delv.
  1. --dig, --nslookup or --delv decides (the last one given);
  2. else the program's name: one ending in \"dig\" (dig, rdig) is dig, one
     ending in \"nslookup\" is nslookup, one ending in \"delv\" is delv;
  3. else any @server or +option argument means dig;
  4. else nslookup.
A dash option never chooses: `rlookup -x ADDR` is nslookup (which has no -x).
In each dialect every other argument is that client's own, with BIND 9.18's
output and exit status, as below (and in `man rlookup`). Started as rlookup
(not through a dig, nslookup or delv link), a --word that is none of
rlookup's options is refused (exit 1) with a suggestion when one is close,
and `rlookup -h` (-help, -?) typed at a terminal prints a short help where
BIND's nslookup would open its prompt.";

/// The clap command for rlookup's own options (also the base of `--help`,
/// the man page and the completions): `--help` is its help, which ends
/// with the dialect rule and both dialects' options (see [`table`] and
/// [`docs`]).
pub fn command() -> Command {
    parser().after_help(format!("{DIALECT_RULE}\n\n{}", docs::dialects_help()))
}

/// The clap command that parses rlookup's own options: [`command`]
/// without the help text after the options, which is long to build and
/// only needed when printed (building it took 40% of a lookup's
/// instructions).
fn parser() -> Command {
    let mut cmd = Command::new("rlookup")
        .version(env!("CARGO_PKG_VERSION"))
        .about("nslookup- and dig-compatible DNS lookups: BIND 9.18's output byte for byte, and more")
        .override_usage(docs::USAGE)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .no_binary_name(false);
    for o in OWN_OPTIONS {
        let mut arg = Arg::new(o.long).long(o.long).help(o.help);
        arg = match o.value {
            None => arg.action(ArgAction::SetTrue),
            Some(name) => {
                let a = arg.value_name(name).action(ArgAction::Set);
                let a = if o.optional_value { a.num_args(0..=1).require_equals(true).default_missing_value("") } else { a };
                if o.values.is_empty() { a } else { a.value_parser(o.values.to_vec()) }
            }
        };
        cmd = cmd.arg(arg);
    }
    cmd
}

/// The table's entry for `arg` (`--name` or `--name=value`), and whether
/// the value is attached.
fn own_spec(arg: &str) -> Option<(&'static OptSpec, bool)> {
    let body = arg.strip_prefix("--")?;
    let (name, attached) = body.split_once('=').map_or((body, false), |(n, _)| (n, true));
    OWN_OPTIONS.iter().find(|o| o.long == name).map(|o| (o, attached))
}

/// `rlookup -h` on a terminal: the usage, rlookup's own options and the
/// dialect rule, without the dialects' option lists (`--help` has them).
pub fn short_help() -> String {
    format!("{}\n{DIALECT_RULE}\n\nEvery option of each dialect: rlookup --help, or man rlookup.\n", parser().render_help())
}

/// clap's message for `--word`, none of rlookup's options: the error, a
/// "similar argument" tip when one is close, the usage line.
pub fn unknown_option(word: &str) -> String {
    match parser().try_get_matches_from(["rlookup", word]) {
        Err(e) => e.to_string(),
        // Not reached for a word split_own left behind; said plainly anyway.
        Ok(_) => format!("error: unexpected argument '{word}' found\n"),
    }
}

/// Takes rlookup's own options out of `args` (in place) and parses them:
/// `--name`, `--name=value`, and `--name value` for options whose value is
/// required. Err is the message for a bad value.
pub fn split_own(args: &mut Vec<String>) -> Result<Own, String> {
    let mut mine = Vec::new();
    let mut rest = Vec::new();
    let mut it = std::mem::take(args).into_iter();
    while let Some(arg) = it.next() {
        match own_spec(&arg) {
            Some((spec, attached)) => {
                let takes_next = spec.value.is_some() && !spec.optional_value && !attached;
                mine.push(arg);
                if takes_next && let Some(v) = it.next() {
                    mine.push(v);
                }
            }
            None => rest.push(arg),
        }
    }
    *args = rest;
    let m = parser().try_get_matches_from(std::iter::once("rlookup".to_string()).chain(mine)).map_err(|e| e.to_string())?;
    let mut own = Own::default();
    // The last of --dig / --nslookup / --delv wins: find their positions.
    let last = |id: &str| {
        (m.value_source(id) == Some(clap::parser::ValueSource::CommandLine))
            .then(|| m.indices_of(id).and_then(|mut i| i.next_back()))
            .flatten()
    };
    own.dialect = [("dig", Dialect::Dig), ("nslookup", Dialect::Nslookup), ("delv", Dialect::Delv)]
        .into_iter()
        .filter_map(|(id, d)| last(id).map(|at| (at, d)))
        .max_by_key(|&(at, _)| at)
        .map(|(_, d)| d);
    if m.get_flag("json") || m.get_flag("json-lines") {
        own.output = Output::Json;
    }
    own.json_lines = m.get_flag("json-lines");
    if let Some(v) = m.get_one::<String>("table") {
        own.output = Output::Table(parse_sections(v)?);
    }
    own.color = match m.get_one::<String>("color").map(String::as_str) {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    };
    if let Some(v) = m.get_one::<String>("dump") {
        own.dump = Some(Dump { to_stderr: false, pcap: (!v.is_empty()).then(|| PathBuf::from(crate::rawtext::to_os(v))) });
    }
    if m.get_flag("dump-stderr") {
        own.dump.get_or_insert(Dump { to_stderr: true, pcap: None }).to_stderr = true;
    }
    own.servers = m.get_flag("servers");
    own.upstream = m.get_flag("upstream");
    own.style = match m.get_one::<String>("style").map(String::as_str) {
        Some("windows") => Style::Windows,
        _ => Style::Bind,
    };
    own.idnout = m.get_flag("idnout");
    own.batch = m.get_one::<String>("batch").cloned();
    if let Some(v) = m.get_one::<String>("concurrency") {
        own.concurrency = match v.parse::<usize>() {
            Ok(n) if n >= 1 => n,
            _ => return Err(format!("rlookup: --concurrency: '{v}' is not a number of lookups (1 or more)")),
        };
    }
    if let Some(v) = m.get_one::<String>("rate") {
        own.rate = match v.parse::<f64>() {
            Ok(r) if r > 0.0 && r.is_finite() => Some(r),
            _ => return Err(format!("rlookup: --rate: '{v}' is not a number of lookups a second (more than 0)")),
        };
    }
    own.stats = m.get_flag("stats");
    own.insecure = m.get_flag("insecure");
    own.compare = m.get_flag("compare");
    own.validate = match m.get_one::<String>("validate").map(String::as_str) {
        None => None,
        Some("") => Some(Validate::Verdict),
        Some("chain") => Some(Validate::Chain),
        Some(other) => return Err(format!("rlookup: --validate: unknown view '{other}' (--validate or --validate=chain)")),
    };
    own.anchors = m.get_one::<String>("anchors").map(|v| PathBuf::from(crate::rawtext::to_os(v)));
    // --compare takes dig's @servers: it implies dig unless a dialect is named.
    if own.compare && own.dialect.is_none() {
        own.dialect = Some(Dialect::Dig);
    }
    let given = ["tls", "https", "quic", "http3"].into_iter().filter_map(|id| Some((last(id)?, id))).max();
    if let Some((_, id)) = given {
        let value = m.try_get_one::<String>(id).ok().flatten().map(String::as_str);
        own.transport = Some(TransportOption::parse(id, value)?);
    }
    own.generate = m.get_one::<String>("generate").map(|g| match g.as_str() {
        "man" => Generate::Man,
        "bash" => Generate::Bash,
        "zsh" => Generate::Zsh,
        "fish" => Generate::Fish,
        "elvish" => Generate::Elvish,
        _ => Generate::PowerShell,
    });
    own.help = m.get_flag("help");
    own.version = m.get_flag("version");
    Ok(own)
}

/// `--table`'s value: empty = the answer; else a comma-separated list of
/// answer, authority, additional, or all.
fn parse_sections(v: &str) -> Result<TableSections, String> {
    if v.is_empty() {
        return Ok(TableSections { answer: true, authority: false, additional: false });
    }
    let mut s = TableSections { answer: false, authority: false, additional: false };
    for part in v.split(',') {
        match part {
            "answer" => s.answer = true,
            "authority" => s.authority = true,
            "additional" => s.additional = true,
            "all" => s = TableSections { answer: true, authority: true, additional: true },
            other => return Err(format!("--table: unknown section '{other}' (answer, authority, additional, all)")),
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(args: &[&str]) -> (Own, Vec<String>) {
        let mut v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let own = split_own(&mut v).expect("parses");
        (own, v)
    }

    #[test]
    fn dialect_args_are_left_alone() {
        let (own, rest) = split(&["-type=mx", "concordia.ca", "--bogus", "-", "--"]);
        assert_eq!(own, Own::default());
        assert_eq!(rest, vec!["-type=mx", "concordia.ca", "--bogus", "-", "--"]);
    }

    #[test]
    fn json() {
        let (own, rest) = split(&["--json", "x"]);
        assert_eq!(own.output, Output::Json);
        assert_eq!(rest, vec!["x"]);
    }

    #[test]
    fn table() {
        assert_eq!(split(&["--table"]).0.output, Output::Table(TableSections { answer: true, authority: false, additional: false }));
        assert_eq!(
            split(&["--table=authority,additional"]).0.output,
            Output::Table(TableSections { answer: false, authority: true, additional: true })
        );
        assert_eq!(split(&["--table=all"]).0.output, Output::Table(TableSections { answer: true, authority: true, additional: true }));
        let mut v = vec!["--table=bogus".to_string()];
        assert!(split_own(&mut v).unwrap_err().contains("unknown section 'bogus'"));
    }

    #[test]
    fn color() {
        assert_eq!(split(&[]).0.color, ColorChoice::Auto);
        assert_eq!(split(&["--color=always"]).0.color, ColorChoice::Always);
        assert_eq!(split(&["--color", "never"]).0.color, ColorChoice::Never);
        let mut v = vec!["--color=sometimes".to_string()];
        assert!(split_own(&mut v).is_err());
    }

    #[test]
    fn dump() {
        assert_eq!(split(&["--dump"]).0.dump, Some(Dump { to_stderr: false, pcap: None }));
        assert_eq!(split(&["--dump=x.pcap"]).0.dump, Some(Dump { to_stderr: false, pcap: Some("x.pcap".into()) }));
        assert_eq!(split(&["--dump", "--dump-stderr"]).0.dump, Some(Dump { to_stderr: true, pcap: None }));
        assert_eq!(split(&["--dump-stderr"]).0.dump, Some(Dump { to_stderr: true, pcap: None }));
        // `--dump x.pcap` is --dump and a name: the value needs `=`.
        let (own, rest) = split(&["--dump", "x.pcap"]);
        assert_eq!(own.dump, Some(Dump { to_stderr: false, pcap: None }));
        assert_eq!(rest, vec!["x.pcap"]);
    }

    #[test]
    fn dialect_override() {
        assert_eq!(split(&["--dig"]).0.dialect, Some(Dialect::Dig));
        assert_eq!(split(&["--dig", "--nslookup"]).0.dialect, Some(Dialect::Nslookup));
        assert_eq!(split(&["--nslookup", "--dig"]).0.dialect, Some(Dialect::Dig));
        assert_eq!(split(&["--delv"]).0.dialect, Some(Dialect::Delv));
        assert_eq!(split(&["--delv", "--dig"]).0.dialect, Some(Dialect::Dig));
        assert_eq!(split(&["--dig", "--nslookup", "--delv", "x"]).0.dialect, Some(Dialect::Delv));
        assert_eq!(split(&["--delv", "--nslookup"]).0.dialect, Some(Dialect::Nslookup));
    }

    #[test]
    fn servers_upstream_style_idnout() {
        let (own, _) = split(&["--servers", "--upstream", "--style=windows", "--idnout"]);
        assert!(own.servers && own.upstream && own.idnout);
        assert_eq!(own.style, Style::Windows);
    }

    #[test]
    fn generate_help_version() {
        assert_eq!(split(&["--generate=zsh"]).0.generate, Some(Generate::Zsh));
        assert_eq!(split(&["--generate", "man"]).0.generate, Some(Generate::Man));
        assert!(split(&["--help"]).0.help);
        assert!(split(&["--version"]).0.version);
    }

    #[test]
    fn transports() {
        use crate::cli::url::UrlTransport;
        assert_eq!(split(&["--tls"]).0.transport, Some(TransportOption { transport: UrlTransport::Tls, url: None }));
        let https = split(&["--https"]).0.transport.expect("--https");
        assert_eq!(https.transport, UrlTransport::Https { path: "/dns-query".into() });
        assert_eq!(split(&["--https=/q"]).0.transport.expect("a path").dig_args(), vec!["+https=/q"]);
        let url = split(&["--http3=h3://127.0.0.1:8443/x"]).0.transport.expect("a URL");
        assert_eq!(url.dig_args(), vec!["@h3://127.0.0.1:8443/x"]);
        // The last one given wins.
        assert_eq!(split(&["--tls", "--quic"]).0.transport.expect("--quic").transport, UrlTransport::Quic);
        assert_eq!(split(&["--quic", "--tls"]).0.transport.expect("--tls").transport, UrlTransport::Tls);
        for bad in [&["--https=tls://127.0.0.1"][..], &["--https=no-slash"], &["--http3=h3://[::1"]] {
            let mut v: Vec<String> = bad.iter().map(|s| s.to_string()).collect();
            assert!(split_own(&mut v).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn compare() {
        let (own, rest) = split(&["--compare", "@127.0.0.53", "@127.0.10.1", "www.edge.lab"]);
        assert!(own.compare);
        assert_eq!(own.dialect, Some(Dialect::Dig), "--compare implies dig");
        assert_eq!(split(&["--compare", "--nslookup"]).0.dialect, Some(Dialect::Nslookup));
        assert_eq!(rest, vec!["@127.0.0.53", "@127.0.10.1", "www.edge.lab"]);
        assert!(!split(&["x"]).0.compare);
        assert!(OWN_OPTIONS.iter().any(|o| o.long == "compare" && o.help.contains("3 if they differ")));
    }

    #[test]
    fn validate_and_anchors() {
        assert_eq!(split(&["x"]).0.validate, None);
        let (own, rest) = split(&["--validate", "www.secure.lab"]);
        assert_eq!((own.validate, rest), (Some(Validate::Verdict), vec!["www.secure.lab".to_string()]));
        assert_eq!(split(&["--validate=chain"]).0.validate, Some(Validate::Chain));
        // The view needs `=`: `--validate chain` is a lookup of `chain`.
        assert_eq!(split(&["--validate", "chain"]).1, vec!["chain"]);
        let mut v = vec!["--validate=keys".to_string()];
        assert_eq!(split_own(&mut v).unwrap_err(), "rlookup: --validate: unknown view 'keys' (--validate or --validate=chain)");
        assert_eq!(split(&["--anchors", "k.keys"]).0.anchors, Some(PathBuf::from("k.keys")));
        assert_eq!(split(&["--anchors=k.keys"]).0.anchors, Some(PathBuf::from("k.keys")));
        let help = OWN_OPTIONS.iter().find(|o| o.long == "validate").expect("--validate").help;
        for words in ["secure", "insecure", "bogus (REASON)", "indeterminate (WHY)", "exit status 12", ";; VALIDATION: ", "Validation: "] {
            assert!(help.contains(words), "{words}");
        }
    }

    #[test]
    fn no_abbreviations() {
        let (own, rest) = split(&["--js", "--jsonx"]);
        assert_eq!(own, Own::default());
        assert_eq!(rest, vec!["--js", "--jsonx"]);
    }
}
