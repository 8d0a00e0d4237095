//! The delv tables against delv's grammar (`cli::delv`), in both
//! directions, as `tests` does for nslookup and dig: every spelling the
//! table claims (each prefix down to `min`, with and without `no`, the
//! letters after the first `min` in any case) must have exactly the effect
//! of the option's canonical spelling, and every spelling the grammar
//! accepts (prefixes of the words in its source, every string of up to
//! three letters) must be one the table claims.

use super::*;
use crate::cli::delv::{End, Host, parse};
use crate::event::Event;
use crate::plan::DelvPlan;

const DELV_SOURCE: &str = include_str!("../../delv.rs");
const HOST: Host = Host { have_ipv4: true, have_ipv6: true };

/// What `delv ARG x` does: the plan, or None when delv stops.
fn outcome(arg: &str) -> (Option<DelvPlan>, String) {
    let p = parse(&[arg, "x"], HOST);
    let err: String = p.events.iter().map(|e| if let Event::Stderr(t) = e { t.clone() } else { String::new() }).collect();
    match p.end {
        End::Run(plan) => (Some(*plan), err),
        End::Exit(_) => (None, err),
    }
}

/// What the table says a +word (without `+`) is: the option and whether
/// it is turned on.
fn table(word: &str) -> Option<(&'static DialectOpt, bool)> {
    let cmd = word.split('=').next().unwrap_or("");
    let (cmd, on) = match cmd.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("no") => (&cmd[2..], false),
        _ => (cmd, true),
    };
    let mut found = Vec::new();
    for o in DELV_PLUS {
        let (c, n) = (cmd.as_bytes(), o.name.as_bytes());
        let claims =
            c.len() >= o.min && c.len() <= n.len() && c[..o.min] == n[..o.min] && c[o.min..].eq_ignore_ascii_case(&n[o.min..c.len()]);
        // +mt followed by anything is +mtrace.
        let mtrace = o.name == "mtrace" && cmd.starts_with("mt");
        if claims || mtrace {
            found.push((o, on));
        }
    }
    assert!(found.len() <= 1, "the table is ambiguous about +{word}");
    found.pop()
}

/// Spellings worth asking about.
fn candidates() -> Vec<String> {
    let mut out = Vec::new();
    for o in DELV_PLUS {
        for n in 1..=o.name.len() {
            let p = &o.name[..n];
            out.push(p.to_string());
            out.push(format!("no{p}"));
            out.push(format!("NO{p}"));
            out.push(p.to_uppercase());
            let mixed: String = p.chars().enumerate().map(|(i, c)| if i % 2 == 1 { c.to_ascii_uppercase() } else { c }).collect();
            out.push(mixed);
        }
        out.push(format!("{}x", o.name));
    }
    let mut rest = DELV_SOURCE;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        let lit = &after[..end];
        if lit.len() < 16 && lit.chars().all(|c| c.is_ascii_alphabetic()) {
            for n in 1..=lit.len() {
                out.push(lit[..n].to_string());
            }
        }
        rest = &after[end + 1..];
    }
    let alphabet = "acdlmnorstuvyhipqx";
    let mut level = vec![String::new()];
    for _ in 0..3 {
        level = level.iter().flat_map(|s| alphabet.chars().map(move |c| format!("{s}{c}"))).collect();
        out.extend(level.iter().cloned());
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn delv_plus_table_and_parser_agree() {
    let mut checked = 0;
    for word in candidates() {
        let (got, err) = outcome(&format!("+{word}"));
        match table(&word) {
            None => {
                assert!(got.is_none(), "+{word}: the parser accepts what the table does not claim");
                assert!(err.starts_with("Invalid option: +"), "+{word}: {err}");
            }
            Some((o, on)) if o.name == "dlv" && on => {
                assert_eq!((got, err.as_str()), (None, "Invalid option: +dlv is obsolete\n"), "+{word}");
            }
            Some((o, on)) => {
                let canonical = format!("+{}{}", if on { "" } else { "no" }, o.name);
                let (want, want_err) = outcome(&canonical);
                assert_eq!(got, want, "+{word} should be {canonical}");
                assert_eq!(err, want_err, "+{word}");
                assert!(got.is_some(), "+{word}");
                checked += 1;
            }
        }
    }
    assert!(checked > 150, "{checked}");
}

#[test]
fn delv_plus_values() {
    for o in DELV_PLUS {
        let (got, _) = outcome(&format!("+{}=x", o.name));
        match o.value {
            // A value is ignored where none is taken.
            Value::None if o.name != "dlv" => assert_eq!(got, outcome(&format!("+{}", o.name)).0, "+{}=x", o.name),
            _ => {}
        }
    }
    let (p, _) = outcome("+root=lab");
    assert_eq!(p.unwrap().anchor_name.as_deref(), Some("lab"));
    let (p, _) = outcome("+split=12");
    assert_eq!(p.unwrap().print.splitwidth, 15);
}

#[test]
fn delv_dash_table_and_parser_agree() {
    for o in DELV_DASH {
        let arg = format!("-{}", o.name);
        let p = match o.value {
            Value::None => parse(&[arg.as_str(), "x"], HOST),
            _ => {
                let v = match o.name {
                    "b" => "127.0.0.1",
                    "d" => "3",
                    "p" => "5353",
                    "t" => "MX",
                    "c" => "IN",
                    "x" => "192.0.2.1",
                    _ => "v",
                };
                parse(&[arg.as_str(), v, "x"], HOST)
            }
        };
        match (o.name, &p.end) {
            ("h", End::Exit(1)) | ("v", End::Exit(0)) => {}
            (_, End::Run(_)) => {}
            (n, end) => panic!("-{n}: {end:?}"),
        }
    }
    // Every other letter is an invalid option.
    for c in 'a'..='z' {
        let known = DELV_DASH.iter().any(|o| o.name == c.to_string());
        let arg = format!("-{c}");
        let p = parse(&[arg.as_str(), "v", "x"], HOST);
        let usage = p.events.iter().any(|e| matches!(e, Event::Stderr(t) if t.starts_with("Invalid option: -")));
        assert_eq!(usage, !known, "-{c}");
    }
}
