//! rlookup: BIND's nslookup, dig and delv, byte for byte, and more.
//!
//! The pipeline, one screen (arrows run one way):
//!
//! ```text
//! argv ─▶ cli ──────────▶ plan ─────────────▶ session ──▶ lookup ──▶ transport
//!         (grammars,       (what to ask,       (dialect     (dighost:  (UDP, TCP:
//!          no I/O)          whom, how to        control,     retries,   bytes in,
//!                           print: data)        exit code)   failover)  bytes out)
//!                                                   │           │ wire: bytes ⇄ messages
//!                                                   ▼           ▼
//!                                                 event ◀── response
//!                                                   │
//!                                                   ▼
//!                                     render::Sink (one per format) ─▶ stdout/stderr
//! ```
//!
//! 1. `cli`: the dialect's grammar turns arguments into steps and lookups
//!    (`plan`), with no I/O; rlookup's own `--options` are read first.
//! 2. `config`: /etc/resolv.conf and systemd-resolved give the servers,
//!    search list, ndots, timeout and tries.
//! 3. `session`: each dialect's control (nslookup's `set` state and its
//!    A-then-AAAA pair, dig's batch lines) queues lookups on the engine
//!    and computes the exit status; delv's runs its one lookup through the
//!    validating resolver (`validate`, over `session::fetch`).
//! 4. `lookup`: the engine (BIND's dighost) sends each lookup's query over
//!    `transport`, retries, fails over, falls back to TCP; replies are
//!    decoded from their bytes by `wire` into a `response`.
//! 5. `event`: everything that happens is a typed event (a reply, a
//!    notice, a failure, a packet), emitted by the engine and the
//!    sessions; it prints nothing itself.
//! 6. `render`: the one sink chosen below turns events into text: dig's,
//!    nslookup's, delv's or Windows' text, JSON, tables, plus the packet
//!    dissection (`dissect`: every packet as Wireshark shows it, and pcap
//!    files) as a tee.
//!
//! Invariants: `render` imports nothing from `lookup`, `transport`, `cli`
//! or `session`; `cli` nothing from `render` or `session`; a sink's output
//! depends on its events alone (tests/architecture.rs checks the imports).

pub mod calendar;
pub mod cli;
pub mod config;
pub mod dissect;
pub mod error;
pub mod event;
pub mod fuzzing;
pub mod idn;
pub mod lookup;
pub mod plan;
pub mod rawtext;
pub mod render;
pub mod response;
pub mod session;
pub mod sysresolve;
pub mod transport;
pub mod validate;
pub mod version;
pub mod wire;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};

use cli::opts::Own;
use error::Error;
use plan::{Dialect, Output, Style};
use render::json::{Document, ErrorKind, JsonSink, JsonSwitch};
use render::packets::{Dump, FlushAt, PacketTee};
use render::servers::Look;
use render::style::Palette;
use render::table::{Layout, TableSink};
use render::{Sink, Stdio};
use session::{Live, Options};

pub use version::VERSION_TEXT;

/// Runs rlookup with these arguments (argv[0] first); returns the exit status.
pub fn run(args: Vec<OsString>) -> i32 {
    // Arguments are bytes, as BIND takes them: non-UTF-8 bytes are kept
    // (rawtext's mapping) and go out as the same bytes, on the wire and in
    // messages.
    let mut args: Vec<String> = args.iter().map(|a| rawtext::from_os(a)).collect();
    let argv0 = if args.is_empty() { String::from("rlookup") } else { args.remove(0) };
    let json_asked = args.iter().any(|a| a == "--json");
    let own = match cli::opts::split_own(&mut args) {
        Ok(own) => own,
        Err(message) => {
            let message = message.trim_end().to_string();
            if json_asked {
                let _ = Document::plain_error(ErrorKind::Usage, message.clone()).write(&mut io::stdout());
            }
            eprint_typed(&format!("{message}\n"));
            return 1;
        }
    };
    // Invoked as rlookup (not through a dig, nslookup or delv link), a
    // `--word` that is none of rlookup's options is a mistyped one: BIND's
    // clients never take `--`, so it is refused with clap's suggestion
    // rather than handed to the dialect (`*** Invalid option: -jsno`).
    if cli::dialect_of_name(&argv0).is_none()
        && let Some(unknown) = args.iter().find(|a| a.len() > 2 && a.starts_with("--"))
    {
        let message = cli::opts::unknown_option(unknown);
        if json_asked {
            let _ = Document::plain_error(ErrorKind::Usage, message.trim_end().to_string()).write(&mut io::stdout());
        }
        eprint_typed(&message);
        return 1;
    }
    let dialect = cli::choose_dialect(own.dialect, &argv0, &args);
    let progname = dialect.progname();
    // `rlookup -h` (or -help, -?) typed at a terminal: rlookup's short
    // help, where BIND's nslookup would say `*** Invalid option: h` and
    // open its prompt. Piped or scripted runs, and a link named nslookup,
    // stay BIND's.
    if own.dialect.is_none()
        && dialect == Dialect::Nslookup
        && cli::dialect_of_name(&argv0).is_none()
        && matches!(args.as_slice(), [a] if ["-h", "-help", "-?"].contains(&a.as_str()))
        && io::stdin().is_terminal()
        && io::stdout().is_terminal()
    {
        print!("{}", cli::opts::short_help());
        return 0;
    }
    if own.help {
        print!("{}", cli::opts::command().render_help());
        return 0;
    }
    if own.version {
        println!("{VERSION_TEXT}");
        return 0;
    }
    if let Some(what) = own.generate {
        // The man page or a completion script (committed under man/ and
        // completions/; tests/generated.rs keeps them current).
        return match cli::opts::docs::generate(what, &mut io::stdout().lock()) {
            Ok(()) => 0,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                eprintln!("rlookup: --generate: {e}");
                1
            }
        };
    }

    if own.compare && dialect == Dialect::Nslookup {
        eprintln!("rlookup: --compare takes dig's @server arguments: use it without --nslookup");
        return 1;
    }
    // --validate's trust anchors (and why it cannot be: delv, --compare).
    let validate = match session::verdict::setup(&own, dialect) {
        Ok((validate, log)) => {
            log.iter().for_each(|line| eprintln!("{line}"));
            validate
        }
        Err(message) => {
            eprintln!("{message}");
            return 1;
        }
    };

    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("{progname}: cannot start: {e}");
            return error::dig_status::INTERNAL;
        }
    };
    let paths = config::Paths::from_env();
    let (mut rc, resolv_conf_error) = match config::ResolvConf::load(&paths.resolv_conf) {
        Ok(rc) => (rc, None),
        // delv reads it only for its servers, later (session::delv).
        Err(e) if dialect == Dialect::Delv => (config::ResolvConf::default(), Some(e)),
        Err(_) => {
            eprintln!("{progname}: parse of {} failed", paths.resolv_conf.display());
            return 1;
        }
    };
    sysresolve::configure(&rc, &paths.hosts);
    let rc_read = rc.clone();
    // systemd-resolved: looked at only when an option needs it.
    let resolved = (own.upstream || own.servers || own.output != Output::Text).then(|| config::systemd::Resolved::detect(&paths, &rc));
    if own.upstream {
        match resolved.as_ref().and_then(|r| r.upstream.clone()) {
            Some(up) => rc = up,
            None => {
                let r = resolved.as_ref().expect("detected above");
                if r.stub_in_use || r.linked_to_stub {
                    eprintln!(
                        "rlookup: --upstream: systemd-resolved's upstream servers are unknown ({} names none)",
                        r.upstream_path.display()
                    );
                    return 1;
                }
                eprintln!(
                    "rlookup: --upstream: {} does not use systemd-resolved's stub; its own servers are the upstream ones",
                    paths.resolv_conf.display()
                );
            }
        }
    }
    let stdout_tty = io::stdout().is_terminal();
    let json = own.output == Output::Json;
    let palette = if json { Palette::OFF } else { Palette::decide(own.color, stdout_tty, std::env::var_os("NO_COLOR").as_deref()) };

    // The systemd-resolved stub and its upstreams, for JSON and tables.
    let mut extra = serde_json::Map::new();
    if let Some(r) = resolved.as_ref().filter(|r| r.stub_in_use) {
        extra.insert("resolver".into(), session::servers::resolver_meta(r, own.upstream));
    }
    let sink = match choose_sink(dialect, &own, palette, extra) {
        Ok(sink) => sink,
        Err(message) => {
            eprintln!("{message}");
            return 1;
        }
    };
    let opts = Options {
        servers: own.servers.then(|| session::servers::ServersRequest {
            paths: paths.clone(),
            rc: rc_read.clone(),
            resolved: resolved.clone(),
            upstream: own.upstream,
        }),
        idn_in: own.idnout || (stdout_tty && std::env::var_os("IDN_DISABLE").is_none()),
        idn_out: own.idnout,
        windows: dialect == Dialect::Nslookup && own.style == Style::Windows && own.output == Output::Text,
        concurrency: own.concurrency,
        rate: own.rate,
        batch: own.batch.clone().filter(|_| dialect == Dialect::Nslookup),
        transport: own.transport.clone().filter(|_| dialect == Dialect::Nslookup),
        insecure: own.insecure,
        compare: own.compare,
        validate,
        resolv_conf_error,
    };

    let stdout = io::stdout();
    let out = render::style::ColorWriter::new(io::BufWriter::new(stdout.lock()), dialect, palette);
    let mut live = Live::new(sink, Box::new(Stdio::new(out)));
    if own.stats {
        live.tally = Some(session::batch::Tally::default());
    }
    live.terminals = session::progress::Terminals::detect();
    // --batch FILE: dig's own -f FILE (nslookup reads its commands from it).
    if let Some(file) = own.batch.clone().filter(|_| dialect == Dialect::Dig) {
        args.splice(0..0, ["-f".to_string(), file]);
    }
    // --tls, --https... in dig: the +options (or @URL) they stand for.
    if let Some(t) = own.transport.as_ref().filter(|_| dialect == Dialect::Dig) {
        args.splice(0..0, t.dig_args());
    }
    // One thread: the batches' lookups are local tasks (session::batch).
    // The session is one too: a local task woken by another (a lookup
    // that finished, a socket that became readable) is queued in place,
    // where waking block_on's own future writes tokio's eventfd each time
    // (a system call per lookup of a batch).
    let local = tokio::task::LocalSet::new();
    let session = local.spawn_local(async move {
        match dialect {
            // --style=windows: Windows nslookup's text, over the same grammar.
            Dialect::Nslookup if opts.windows => session::windows::main(&args, &rc, live, opts).await,
            Dialect::Nslookup => session::nslookup::main(&args, &rc, live, opts).await,
            Dialect::Dig => session::dig::main(&args, &rc, live, opts).await,
            Dialect::Delv => session::delv::main(&args, &rc, live, opts).await,
        }
    });
    let (code, err) = match runtime.block_on(local.run_until(session)) {
        Ok(ended) => ended,
        // A panic stays a panic (the task caught it).
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => {
            eprintln!("{progname}: {e}");
            return error::dig_status::INTERNAL;
        }
    };
    report(progname, err, json);
    code
}

/// The one sink of the run, from the dialect and rlookup's own options:
/// BIND's text in the dialect's words (or Windows'), JSON or a table; the
/// packet tee around it (`--dump`, nslookup's `-d2`); dig's `+json`
/// switch. Err: why the `--dump` capture file cannot be written.
fn choose_sink(
    dialect: Dialect,
    own: &Own,
    palette: Palette,
    extra: serde_json::Map<String, serde_json::Value>,
) -> Result<Box<dyn Sink>, String> {
    let layout = Layout::detect();
    let look = Look { palette, unicode: layout.unicode, width: layout.width };
    // Whom systemd-resolved's stub forwards to: said over the tables only
    // when --upstream asked for it.
    let note = if own.upstream { table_note(&extra) } else { None };
    let json = || JsonSink::new(extra.clone(), look).lines(own.json_lines).holding(own.validate.is_some());
    let text: Box<dyn Sink> = match dialect {
        Dialect::Dig => Box::new(render::dig::DigSink::new(look)),
        // delv is text only (or YAML with +yaml).
        Dialect::Delv if own.output != Output::Text || own.dump.is_some() => {
            return Err(
                "rlookup: --json, --table and --dump are not available in the delv dialect (delv prints text, or YAML with +yaml)".into()
            );
        }
        Dialect::Delv if own.transport.is_some() => {
            return Err(
                "rlookup: --tls, --https, --quic and --http3 are not available in the delv dialect (delv asks over UDP and TCP)".into()
            );
        }
        Dialect::Delv => return Ok(Box::new(render::delv::DelvSink::new(look))),
        Dialect::Nslookup if own.style == Style::Windows && own.output == Output::Text => Box::new(render::windows::WindowsSink::default()),
        Dialect::Nslookup => Box::new(render::nslookup::NslookupSink::new(look)),
    };
    let format: Box<dyn Sink> = match own.output {
        Output::Json => Box::new(json()),
        Output::Table(sections) => {
            Box::new(TableSink { text, sections, palette, layout, note, held: own.validate.map(|_| Vec::new()), pending_a: None })
        }
        Output::Text => text,
    };
    // dig's +json (from the command line, ~/.digrc or a batch line) turns
    // any format into JSON from then on.
    let format: Box<dyn Sink> = if dialect == Dialect::Dig { Box::new(JsonSwitch::new(format, json())) } else { format };
    let dump = match &own.dump {
        Some(d) => {
            let pcap = match &d.pcap {
                Some(path) => {
                    Some(dissect::pcap::create(path).map_err(|e| format!("rlookup: --dump: cannot write {}: {e}", path.display()))?)
                }
                None => None,
            };
            Some(Dump { to_stderr: d.to_stderr, pcap })
        }
        None => None,
    };
    let flush_at = if dialect == Dialect::Dig { FlushAt::Lookup } else { FlushAt::Command };
    Ok(Box::new(PacketTee::new(format, dump, flush_at, own.output == Output::Json)))
}

/// The line tables start with when systemd-resolved's stub is in use:
/// whom the stub forwards to.
fn table_note(extra: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    let r = extra.get("resolver")?;
    let ups: Vec<&str> = r["upstreams"].as_array()?.iter().filter_map(|v| v.as_str()).collect();
    let ups = if ups.is_empty() { "unknown".to_string() } else { ups.join(", ") };
    Some(if r["askedUpstream"] == serde_json::Value::Bool(true) {
        format!(";; bypassing systemd-resolved's stub; asking its upstream servers: {ups}")
    } else {
        format!(";; via systemd-resolved's stub; upstream servers: {ups} (--upstream asks them directly)")
    })
}

/// Prints a fatal error as BIND does, `<prog>: <message>` on stderr, and
/// with --json also as a JSON document on stdout.
fn report(progname: &str, err: Option<Error>, json: bool) {
    let _ = io::stdout().flush();
    let Some(err) = err else { return };
    let Some(kind) = err.kind() else { return };
    let message = match &err {
        Error::Fatal(f) | Error::Abort(f) => f.to_string(),
        _ => "invalid command line (see the usage on standard error)".to_string(),
    };
    if json {
        let _ = Document::plain_error(kind, message.clone()).write(&mut io::stdout());
    }
    if let Error::Fatal(f) | Error::Abort(f) = err {
        eprint_typed(&format!("{progname}: {f}\n"));
    }
}

/// Writes a message that may quote an argument to standard error, with
/// the argument's bytes (rawtext), as BIND's fprintf() does.
fn eprint_typed(text: &str) {
    let _ = io::stderr().write_all(&rawtext::encode(text));
}
