//! What every dig test drives a [`Dig`] with: the session's loop
//! (session/dig.rs) with `@server` names resolved from a fixed table, the
//! batch file's lines given in advance, and the events rendered as BIND's
//! stdout, stderr and exit status.

use std::collections::VecDeque;

use super::{Dig, Event, Host, Preparse, USAGE, preparse_args};
use crate::plan::{Lookup, Server, Settings};
use crate::version::VERSION_TEXT;

/// What @server names resolve to in these tests.
fn resolve(name: &str) -> Result<Vec<String>, String> {
    match name {
        "localhost" => Ok(vec!["127.0.0.1".into()]),
        "two.lab" => Ok(vec!["127.6.1.1".into(), "127.6.2.1".into()]),
        "ns1.edge.lab" => Ok(vec!["127.6.1.1".into()]),
        _ => Err("not found".into()),
    }
}

pub(super) fn base_settings() -> Settings {
    Settings { servers: vec![Server::new("127.0.0.53", "127.0.0.53")].into(), ..Settings::default() }
}

/// Executes the events as a session would, answering the requests.
pub(super) fn drive(dig: &mut Dig, batch: &mut VecDeque<Vec<u8>>) -> Vec<Event> {
    let mut out = Vec::new();
    while let Some(e) = dig.next_event() {
        match &e {
            Event::Server { name, .. } => dig.server_addresses(resolve(name)),
            Event::OpenBatch(n) => dig.batch_opened(if n == "/missing" { Err("No such file or directory".into()) } else { Ok(()) }),
            Event::ReadBatchLine => dig.batch_input(batch.pop_front().as_deref()),
            Event::ReadKeyFile { path, hmac } => {
                let mut hmac = *hmac;
                let read = crate::config::keys::read_key_file(path, &mut hmac);
                dig.key_file_read(read, hmac);
            }
            _ => {}
        }
        out.push(e);
    }
    out
}

/// A command line's parse: the Dig, its events, its lookups.
pub(super) struct Parsed {
    pub(super) dig: Dig,
    pub(super) events: Vec<Event>,
    pub(super) lookups: Vec<Lookup>,
    /// The batch lines not read yet.
    pub(super) batch: VecDeque<Vec<u8>>,
}

pub(super) fn parse_full(args: &[&str], digrc: Option<&str>, batch: &[&str]) -> Parsed {
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

pub(super) fn parse(args: &[&str]) -> Parsed {
    parse_full(args, None, &[])
}

/// The next batch line, as query_finished() parses it.
pub(super) fn next_line(p: &mut Parsed, line: &str) -> (Vec<Event>, Vec<Lookup>) {
    p.dig.batch_line(line.as_bytes());
    let events = drive(&mut p.dig, &mut p.batch);
    (events, p.dig.take_lookups())
}

/// A message on stdout as dig prints it.
pub(super) fn said_text(s: &crate::event::Said) -> String {
    match s {
        crate::event::Said::Help(t) => t.clone(),
        other => format!("{other}\n"),
    }
}

/// The events as BIND's output: (stdout, stderr, exit status if the
/// program ended).
pub(super) fn render(events: &[Event]) -> (String, String, Option<i32>) {
    let (mut out, mut err, mut code, mut exitcode) = (String::new(), String::new(), None, 0);
    for e in events {
        match e {
            Event::Say(s) => out.push_str(&said_text(s)),
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
            Event::KeyNotice(n) => err.push_str(&format!("{n}\n")),
            Event::Server { .. } | Event::OpenBatch(_) | Event::ReadBatchLine | Event::ReadKeyFile { .. } => {}
        }
    }
    (out, err, code)
}

pub(super) fn outcome(args: &[&str]) -> (String, String, Option<i32>) {
    render(&parse(args).events)
}

pub(super) fn usage_after(line: &str) -> String {
    format!("{line}\n{USAGE}")
}

/// The single lookup of a command line that must parse cleanly.
pub(super) fn one(args: &[&str]) -> Lookup {
    let p = parse(args);
    assert_eq!(render(&p.events), (String::new(), String::new(), None), "{args:?}");
    assert_eq!(p.lookups.len(), 1, "{args:?}");
    p.lookups.into_iter().next().unwrap()
}

pub(super) fn greeting(args: &str, servers: usize) -> String {
    let found = match servers {
        0 => String::new(),
        1 => "; (1 server found)\n".into(),
        n => format!("; ({n} servers found)\n"),
    };
    format!("\n; <<>> {VERSION_TEXT} <<>> {args}\n{found};; global options: +cmd\n")
}
