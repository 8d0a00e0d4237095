//! The table against the parsers, in both directions.
//!
//! Each test builds a set of candidate spellings (every prefix of every
//! spelling the table claims, with and without `no`; every prefix of every
//! string literal in the parser's source, so that a name the parser knows
//! and the table does not is found; and every string of up to three
//! characters, for what the parser accepts without naming it in full), then
//! asks both the table (a small interpreter of it, below) and the parser
//! what each one is. They must agree: the table says which option a
//! spelling is, on or off, and the parser must give it exactly the effect
//! of that option's canonical spelling (the same state, the same messages);
//! where the table says "not an option", the parser must reject it.

use super::*;
use crate::cli::dig::{self, Dig, Event, Globals, Host, Preparse};
use crate::cli::nslookup::{self, SetOption, Step};
use crate::event::Said;
use crate::plan::{Lookup, Server, Settings};

const NSLOOKUP_SOURCE: &str = include_str!("../../nslookup.rs");
const DIG_PLUS_SOURCE: &str = include_str!("../../dig/plus.rs");

/// A sample value for a metavariable, valid for every option using it.
fn sample(metavar: &str) -> &'static str {
    match metavar {
        "CLASS" => "CH",
        "TYPE" => "MX",
        "NAME" => "example.org",
        "N" => "7",
        "SECONDS" => "3",
        "PORT" => "5353",
        "ADDR" => "192.0.2.1",
        "ADDR[#PORT]" => "127.0.0.1#5300",
        "ADDR[/LEN]" => "192.0.2.0/24",
        "FILE" => "/nonexistent/file",
        "HEX" => "0011223344556677",
        "CODE[:HEX]" => "NSID:00",
        "OPCODE" => "NOTIFY",
        "PATH" => "/dns-query",
        "[HMAC:]NAME:KEY" => "hmac-sha256:key.example:c2VjcmV0",
        other => panic!("no sample value for {other}: add one"),
    }
}

/// Every string of 1..=`max` characters over `alphabet`.
fn all_strings(alphabet: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut level = vec![String::new()];
    for _ in 0..max {
        let next: Vec<String> = level.iter().flat_map(|s| alphabet.chars().map(move |c| format!("{s}{c}"))).collect();
        out.extend(next.iter().cloned());
        level = next;
    }
    out
}

/// The string literals in a piece of Rust source (no escapes needed here).
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        out.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    out
}

fn prefixes(s: &str) -> impl Iterator<Item = &str> {
    (1..=s.len()).filter(move |&n| s.is_char_boundary(n)).map(move |n| &s[..n])
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// `s` is `spelling` abbreviated to at least `min` characters.
fn abbreviates(s: &str, spelling: &str, min: usize, case_insensitive: bool) -> bool {
    s.len() >= min && s.len() <= spelling.len() && if case_insensitive { starts_with_ci(spelling, s) } else { spelling.starts_with(s) }
}

// ---- nslookup ----

/// What the table says a `set` option (no dash) is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum NsMeaning {
    Invalid,
    On(&'static str),
    Off(&'static str),
    Value(&'static str, String),
}

fn ns_table(opt: &str) -> NsMeaning {
    let mut found = Vec::new();
    for e in NSLOOKUP.iter().filter(|e| e.syntax == Syntax::Nslookup) {
        for (spelling, min) in e.spellings() {
            match e.value {
                Value::None => {
                    if abbreviates(opt, spelling, min, true) {
                        found.push(NsMeaning::On(e.name));
                    }
                    if let Some(no_min) = e.no
                        && starts_with_ci(opt, "no")
                        && abbreviates(&opt[2..], spelling, no_min, true)
                    {
                        found.push(NsMeaning::Off(e.name));
                    }
                }
                _ => {
                    let lead = format!("{spelling}=");
                    if starts_with_ci(opt, &lead) {
                        found.push(NsMeaning::Value(e.name, opt[lead.len()..].to_string()));
                    }
                }
            }
        }
    }
    found.dedup();
    assert!(found.len() <= 1, "the table is ambiguous about {opt:?}: {found:?}");
    found.pop().unwrap_or(NsMeaning::Invalid)
}

fn capitalized(name: &str) -> String {
    let mut c = name.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// The parser's result has the effect the table describes: the SetOption
/// is the one named after the option, on or off, carrying the value.
fn ns_agrees(meaning: &NsMeaning, got: &SetOption, opt: &str) -> bool {
    let d = format!("{got:?}");
    let entry = |name: &str| NSLOOKUP.iter().find(|e| e.name == name).expect("in the table");
    match meaning {
        NsMeaning::Invalid => *got == SetOption::Invalid(opt.to_string()),
        NsMeaning::On(name) => {
            let e = entry(name);
            let variant = capitalized(name);
            if e.no.is_some() { d == format!("{variant}(true)") } else { d.starts_with(&variant) && !d.contains('(') }
        }
        NsMeaning::Off(name) => d == format!("{}(false)", capitalized(name)),
        NsMeaning::Value(name, v) => d.starts_with(&format!("{}(", capitalized(name))) && d.contains(v.as_str()),
    }
}

#[test]
fn nslookup_table_and_parser_agree() {
    let mut candidates: Vec<String> = Vec::new();
    for e in NSLOOKUP {
        for (spelling, _) in e.spellings() {
            for p in prefixes(spelling) {
                candidates.push(p.to_string());
                candidates.push(format!("no{p}"));
                candidates.push(p.to_ascii_uppercase());
                candidates.push(format!("NO{}", p.to_ascii_uppercase()));
                if let Some(m) = e.value.metavar() {
                    candidates.push(format!("{p}={}", sample(m)));
                    candidates.push(format!("{}={}", p.to_ascii_uppercase(), sample(m)));
                }
            }
            candidates.push(format!("{spelling}x"));
            candidates.push(format!("no{spelling}x"));
        }
    }
    // What the parser's source spells, whatever the table says.
    let start = NSLOOKUP_SOURCE.find("pub fn parse_set_option").expect("parse_set_option in cli/nslookup.rs");
    let end = start + NSLOOKUP_SOURCE[start..].find("\n}\n").expect("its end");
    let source_literals = literals(&NSLOOKUP_SOURCE[start..end]);
    assert!(source_literals.len() > 30, "{source_literals:?}");
    for lit in &source_literals {
        for p in prefixes(lit) {
            candidates.push(p.to_string());
            candidates.push(format!("no{p}"));
            candidates.push(format!("{p}3"));
            candidates.push(format!("{p}mx"));
        }
    }
    candidates.extend(all_strings("abcdefghijklmnopqrstuvwxyz0123456789=", 3));

    let mut seen = std::collections::BTreeSet::new();
    let mut documented = std::collections::BTreeSet::new();
    for opt in &candidates {
        let meaning = ns_table(opt);
        let got = nslookup::parse_set_option(opt);
        assert!(ns_agrees(&meaning, &got, opt), "nslookup option {opt:?}: the table says {meaning:?}, the parser says {got:?}");
        if let NsMeaning::On(n) | NsMeaning::Off(n) | NsMeaning::Value(n, _) = &meaning {
            seen.insert(*n);
            if matches!(meaning, NsMeaning::Off(_)) {
                documented.insert(*n);
            }
        }
    }
    // Every entry was exercised, and every `no` form.
    for e in NSLOOKUP.iter().filter(|e| e.syntax == Syntax::Nslookup) {
        assert!(seen.contains(e.name), "{} never tried", e.name);
        assert_eq!(documented.contains(e.name), e.no.is_some(), "{}'s no form", e.name);
    }
}

#[test]
fn nslookup_command_line_options() {
    // -version (and -ver...), command line only.
    let v = NSLOOKUP.iter().find(|e| e.syntax == Syntax::NslookupCommandLine).expect("-version in the table");
    let mut tried = 0;
    for arg in
        all_strings("abcdefghijklmnopqrstuvwxyz", 3).into_iter().chain(prefixes(v.name).map(str::to_string)).chain(["verbose".into()])
    {
        let steps = nslookup::parse_args(&[format!("-{arg}")]).steps;
        let says_version = arg.len() >= v.min && starts_with_ci(&arg, &v.name[..v.min]);
        assert_eq!(steps == vec![Step::Version], says_version, "-{arg}: {steps:?}");
        if !says_version {
            assert_eq!(steps, vec![Step::Set(nslookup::parse_set_option(&arg))], "-{arg}");
        }
        tried += 1;
    }
    assert!(tried > 1000);
    // Every set option works on the command line too.
    assert_eq!(nslookup::parse_args(&["-all"]).steps, vec![Step::Set(SetOption::All)]);
    assert_eq!(nslookup::parse_args(&["-norec", "x"]).steps[0], Step::Set(SetOption::Recurse(false)));
}

#[test]
fn nslookup_interactive_commands() {
    for (cmd, _) in NSLOOKUP_COMMANDS {
        let first = cmd.split(' ').next().unwrap_or_default();
        let line = cmd.replace("NAME", "example.org").replace("SERVER", "127.0.0.1").replace("OPTION", "all");
        let got = nslookup::parse_command(&line);
        let expected = match first {
            "NAME" => nslookup::Command::Lookup("example.org".into()),
            "server" | "lserver" => nslookup::Command::Server(Some("example.org".into())),
            "set" => nslookup::Command::Set(SetOption::All),
            "exit" => nslookup::Command::Exit,
            other => panic!("unknown command {other}"),
        };
        assert_eq!(got, expected, "{cmd}");
    }
}

// ---- dig ----

/// Everything a dig command line leaves behind.
#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    preparse: Option<Preparse>,
    events: Vec<Event>,
    /// The lookups, without the greeting (which quotes the arguments).
    lookups: Vec<Lookup>,
    /// default_lookup (what later lookups are cloned from).
    default: Lookup,
    settings: Settings,
    globals: Globals,
}

impl Outcome {
    /// The parser took the arguments: no usage error, no bad value. A
    /// refusal of a feature rlookup lacks counts as accepted.
    fn accepted(&self) -> bool {
        self.preparse.is_some()
            && !self.events.iter().any(|e| match e {
                Event::Exit(code) => *code != 0,
                Event::Abort(_) => true,
                Event::Fatal(t) => !t.to_string().contains("not supported by rlookup"),
                Event::Say(s) => matches!(s, Said::DigInvalidOption(_) | Said::InvalidValue(_)),
                _ => false,
            })
    }

    /// The state the parse left, the messages aside.
    fn state(&self) -> (Option<Preparse>, Vec<Lookup>, Lookup, Settings, Globals) {
        (self.preparse, self.lookups.clone(), self.default.clone(), self.settings.clone(), self.globals.clone())
    }

    /// It changed the state (or ends the program, as -h and -v do).
    fn has_effect(&self, baseline: &Outcome) -> bool {
        self.state() != baseline.state() || self.events.contains(&Event::Exit(0))
    }

    fn refused(&self) -> bool {
        self.events.iter().any(|e| matches!(e, Event::Fatal(t) if t.to_string().contains("not supported by rlookup")))
    }
}

fn dig_run(args: &[&str]) -> Outcome {
    let settings = Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")].into(), ..Settings::default() };
    let (preparse, pre) = match dig::preparse_args(args) {
        Ok(p) => (Some(p), p),
        Err(events) => {
            let d = Dig::new(Host::default(), &Preparse { ipv4only: false, ipv6only: false, digrc: true }, settings);
            return Outcome {
                preparse: None,
                events,
                lookups: Vec::new(),
                default: d.default_lookup().clone(),
                settings: d.settings().clone(),
                globals: d.globals().clone(),
            };
        }
    };
    let mut d = Dig::new(Host::default(), &pre, settings);
    d.command_line(args, None);
    let mut events = Vec::new();
    while let Some(e) = d.next_event() {
        match &e {
            Event::Server { .. } => d.server_addresses(Err("not found".into())),
            Event::OpenBatch(_) => d.batch_opened(Ok(())),
            Event::ReadBatchLine => d.batch_input(None),
            Event::ReadKeyFile { path, hmac } => {
                let mut hmac = *hmac;
                let read = crate::config::keys::read_key_file(path, &mut hmac);
                d.key_file_read(read, hmac);
            }
            _ => {}
        }
        events.push(e);
    }
    let mut lookups = d.take_lookups();
    for l in &mut lookups {
        l.cmdline.clear();
    }
    Outcome { preparse, events, lookups, default: d.default_lookup().clone(), settings: d.settings().clone(), globals: d.globals().clone() }
}

/// `rc` as the contents of ~/.digrc, and no arguments.
fn dig_run_rc(rc: &str) -> Outcome {
    let settings = Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")].into(), ..Settings::default() };
    let pre = Preparse { ipv4only: false, ipv6only: false, digrc: true };
    let mut d = Dig::new(Host::default(), &pre, settings);
    d.command_line::<&str>(&[], Some(format!("{rc}\n").as_bytes()));
    let mut events = Vec::new();
    while let Some(e) = d.next_event() {
        events.push(e);
    }
    let lookups = d.take_lookups();
    Outcome {
        preparse: Some(pre),
        events,
        lookups,
        default: d.default_lookup().clone(),
        settings: d.settings().clone(),
        globals: d.globals().clone(),
    }
}

/// What the table says `+arg` is: the canonical spelling it stands for
/// (None: not an option). Mirrors plus_option(): a leading `no` is taken
/// off first.
fn dig_plus_table(arg: &str) -> Option<String> {
    let (name_and_value, value) = match arg.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (arg, None),
    };
    let (name, off) = match name_and_value.strip_prefix("no").or_else(|| name_and_value.strip_prefix("NO")) {
        Some(rest) => (rest, true),
        None => (name_and_value, false),
    };
    let mut found: Vec<(&DialectOpt, String)> = Vec::new();
    for e in DIG_PLUS {
        // `no` + the canonical name abbreviated to e.no, or + another
        // spelling abbreviated as usual.
        let min_for = |spelling: &str, min: usize| match (off, e.no) {
            (false, _) => Some(min),
            (true, Some(no_min)) => Some(if spelling == e.name { no_min } else { min }),
            (true, None) => None,
        };
        if e.spellings().any(|(spelling, min)| min_for(spelling, min).is_some_and(|m| abbreviates(name, spelling, m, false))) {
            let canonical = match (off, e.value, value) {
                (true, _, None) => format!("no{}", e.name),
                (true, _, Some(_)) => continue,
                (false, Value::Required(_), None) => continue,
                (false, _, None) => e.name.to_string(),
                (false, Value::None, Some(_)) => continue,
                (false, _, Some(v)) => format!("{}={v}", e.name),
            };
            found.push((e, canonical));
        }
    }
    match found.len() {
        0 => None,
        1 => found.pop().map(|(_, c)| c),
        // The HTTP family's `no` forms: any of them is +nohttps.
        _ if off && found.iter().all(|(e, _)| e.name.starts_with("http")) => Some("nohttps".into()),
        _ => panic!("the table is ambiguous about +{arg}: {:?}", found.iter().map(|(e, _)| e.name).collect::<Vec<_>>()),
    }
}

#[test]
fn dig_plus_table_and_parser_agree() {
    let mut bases: Vec<String> = Vec::new();
    for e in DIG_PLUS {
        for (spelling, _) in e.spellings() {
            bases.extend(prefixes(spelling).map(str::to_string));
            bases.push(format!("{spelling}x"));
        }
    }
    // Every name the parser's source spells (FULLCHECK's names among them).
    let start = DIG_PLUS_SOURCE.find("fn plus_option").expect("plus_option in cli/dig/plus.rs");
    let names: Vec<String> = literals(&DIG_PLUS_SOURCE[start..])
        .into_iter()
        .filter(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
        .collect();
    assert!(names.iter().any(|n| n == "ednsnegotiation") && names.len() > 80, "{names:?}");
    for n in &names {
        bases.extend(prefixes(n).map(str::to_string));
    }
    // And whatever is accepted without FULLCHECK (+do, +i...).
    bases.extend(all_strings("abcdefghijklmnopqrstuvwxyz-", 3));
    bases.sort();
    bases.dedup();

    let mut cache = std::collections::HashMap::new();
    let mut canonical_outcome =
        |canonical: &str| -> Outcome { cache.entry(canonical.to_string()).or_insert_with(|| dig_run(&[&format!("+{canonical}")])).clone() };
    let mut exercised = std::collections::BTreeSet::new();
    for base in &bases {
        let mut forms = vec![base.clone(), format!("no{base}")];
        if let Some(e) = DIG_PLUS.iter().find(|e| e.spellings().any(|(s, m)| abbreviates(base, s, m, false)))
            && let Some(m) = e.value.metavar()
        {
            forms.push(format!("{base}={}", sample(m)));
        }
        for arg in forms {
            let got = dig_run(&[&format!("+{arg}")]);
            match dig_plus_table(&arg) {
                None => assert!(!got.accepted(), "dig accepts +{arg}, which the table does not have: {:?}", got.events),
                Some(canonical) => {
                    let want = canonical_outcome(&canonical);
                    assert!(want.accepted(), "dig rejects +{canonical}: {:?}", want.events);
                    assert!(got == want, "+{arg} is not +{canonical}:\n{got:?}\n{want:?}");
                    exercised.insert(canonical);
                }
            }
        }
    }
    for e in DIG_PLUS.iter().filter(|e| e.status != Status::Rlookup) {
        assert!(exercised.iter().any(|c| c == e.name || c.starts_with(&format!("{}=", e.name))), "+{} never tried", e.name);
    }
}

#[test]
fn dig_plus_effects() {
    let baseline = dig_run(&[]);
    assert!(baseline.accepted() && baseline.events.is_empty(), "{:?}", baseline.events);
    for e in DIG_PLUS {
        let on_arg = match e.value.metavar() {
            Some(m) => format!("+{}={}", e.name, sample(m)),
            None => format!("+{}", e.name),
        };
        let on = dig_run(&[&on_arg]);
        let off = dig_run(&[&format!("+no{}", e.name)]);
        let bare = dig_run(&[&format!("+{}", e.name)]);
        if e.status == Status::Rlookup {
            // rlookup's own +option: accepted exactly as spelled, on and off.
            assert!(on.accepted() && off.accepted(), "+{}: {:?}", e.name, on.events);
            continue;
        }
        assert!(on.accepted(), "{on_arg}: {:?}", on.events);
        assert_eq!(off.accepted(), e.no.is_some(), "+no{}: {:?}", e.name, off.events);
        assert_eq!(bare.accepted(), !matches!(e.value, Value::Required(_)), "+{} without a value: {:?}", e.name, bare.events);
        match e.status {
            Status::Works => {
                assert!(!on.refused());
                // It changes something, on or off.
                assert!(on.has_effect(&baseline) || (e.no.is_some() && off.has_effect(&baseline)), "{on_arg} has no effect");
                if e.no.is_some() {
                    assert!(on != off, "{on_arg} and +no{} do the same", e.name);
                }
            }
            Status::Deprecated => {
                for o in [&on, &off] {
                    assert_eq!(o.state(), baseline.state(), "{on_arg}");
                    assert!(
                        matches!(o.events.as_slice(), [Event::Stderr(t)] if t.contains("deprecated") || t.contains("obsolete")),
                        "{on_arg}: {:?}",
                        o.events
                    );
                }
            }
            Status::NoEffect => {
                assert_eq!(
                    (&on.lookups, &on.default, &on.settings),
                    (&baseline.lookups, &baseline.default, &baseline.settings),
                    "{on_arg}"
                );
            }
            Status::Rlookup => unreachable!(),
        }
    }
}

#[test]
fn dig_dash_options() {
    let baseline = dig_run(&[]);
    let entry = |c: char| DIG_DASH.iter().find(|e| e.name.starts_with(c) && e.name.len() == 1);
    let mut seen = 0;
    // Every letter: in the table exactly when dig takes it.
    for c in (0x21u8..0x7f).map(char::from) {
        let alone = dig_run(&[&format!("-{c}")]);
        let with_value = |v: &str| dig_run(&[&format!("-{c}"), v]);
        match entry(c) {
            None => {
                assert!(!alone.accepted(), "dig accepts -{c}, which the table does not have");
                assert!(!with_value("x").accepted(), "dig accepts -{c} x, which the table does not have");
            }
            Some(e) => {
                seen += 1;
                let on = match e.value.metavar() {
                    Some(m) => {
                        assert!(!alone.accepted(), "-{c} without a value");
                        let on = with_value(sample(m));
                        // The value attached: the same.
                        let attached = dig_run(&[&format!("-{c}{}", sample(m))]);
                        assert_eq!(attached, on, "-{c}{}", sample(m));
                        on
                    }
                    None => alone,
                };
                assert!(on.accepted(), "-{c}: {:?}", on.events);
                match e.status {
                    Status::Works => assert!(on.has_effect(&baseline) && !on.refused(), "-{c} has no effect"),
                    Status::NoEffect => {
                        assert_eq!(
                            (&on.lookups, &on.default, &on.settings),
                            (&baseline.lookups, &baseline.default, &baseline.settings),
                            "-{c}"
                        )
                    }
                    Status::Deprecated | Status::Rlookup => panic!("-{c}: no such status for a dash option"),
                }
                // Its other spellings (-debug), abbreviated as claimed: in
                // ~/.digrc (and batch lines) only, as preparse_args() refuses
                // them on the command line.
                for &(spelling, min) in e.also {
                    let in_rc = dig_run_rc(&format!("-{}", e.name));
                    assert!(in_rc.accepted());
                    for p in prefixes(spelling).filter(|p| p.len() >= min) {
                        assert_eq!(dig_run_rc(&format!("-{p}")), in_rc, "-{p} in ~/.digrc");
                        assert!(!dig_run(&[&format!("-{p}")]).accepted(), "-{p} on the command line");
                    }
                    assert!(!dig_run_rc(&format!("-{spelling}x")).accepted(), "-{spelling}x");
                }
            }
        }
    }
    assert_eq!(seen, DIG_DASH.len());
    // Letters without a value combine: -ab is -a -b.
    let flags: Vec<&str> = DIG_DASH.iter().filter(|e| e.value == Value::None && !matches!(e.name, "h" | "v")).map(|e| e.name).collect();
    for a in &flags {
        for b in &flags {
            let mut together = dig_run(&[&format!("-{a}{b}")]);
            if (*a, *b) == ("d", "u") {
                // dig.c: after -d, only a letter of dash_opts (which lacks
                // u) is another option; "du" is not "debug" either.
                assert!(!together.accepted());
                continue;
            }
            let apart = dig_run(&[&format!("-{a}"), &format!("-{b}")]);
            // -d warns once either way.
            together.events.dedup();
            assert_eq!(together, apart, "-{a}{b}");
        }
    }
    // Past a letter that takes no value, only option letters (and, in
    // ~/.digrc, the spellings the table lists) follow.
    for e in DIG_DASH.iter().filter(|e| e.value == Value::None && !matches!(e.name, "h" | "v")) {
        for c in (0x21u8..0x7f).map(char::from) {
            let arg = format!("-{}{c}", e.name);
            let is_letter = DIG_DASH.iter().any(|d| d.name == c.to_string());
            let spelled = e.also.iter().any(|&(s, min)| abbreviates(&arg[1..], s, min, true));
            if !is_letter {
                assert!(!dig_run(&[&arg]).accepted(), "{arg}");
                assert_eq!(dig_run_rc(&arg).accepted(), spelled, "{arg} in ~/.digrc");
            }
        }
    }
}
