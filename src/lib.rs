//! rlookup: BIND's nslookup and dig, byte for byte, and more.
//!
//! The pipeline, one screen:
//! 1. `cli`: the dialect's grammar turns arguments into steps and lookups
//!    (`plan`), with no I/O;
//! 2. `config`: /etc/resolv.conf (and systemd-resolved) give the servers,
//!    search list, ndots, timeout and tries;
//! 3. `lookup`: the engine (BIND's dighost) sends each lookup's query over
//!    `transport` (UDP, TCP), retries, fails over, falls back to TCP;
//! 4. `wire`: replies are decoded from their bytes into a `response`;
//! 5. `render`: the dialect's renderer prints each response (with --dump,
//!    `dissect` also shows every packet as Wireshark does);
//! 6. `session`: keeps each dialect's state and its exit status; `error`
//!    maps failures to BIND's exit codes.

pub mod cli;
pub mod config;
pub mod dissect;
pub mod error;
pub mod idn;
pub mod lookup;
pub mod plan;
pub mod render;
pub mod response;
pub mod session;
pub mod sysresolve;
pub mod transport;
pub mod wire;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};

use cli::Dialect;
use cli::opts::Output;
use error::Error;
use render::json::{Document, ErrorKind};

/// The version as printed by `-version` and in dig's banner.
pub const VERSION_TEXT: &str = concat!("rlookup ", env!("CARGO_PKG_VERSION"));

/// Runs rlookup with these arguments (argv[0] first); returns the exit status.
pub fn run(args: Vec<OsString>) -> i32 {
    let mut args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let argv0 = if args.is_empty() { String::from("rlookup") } else { args.remove(0) };
    let json_asked = args.iter().any(|a| a == "--json");
    let own = match cli::opts::split_own(&mut args) {
        Ok(own) => own,
        Err(message) => {
            let message = message.trim_end().to_string();
            if json_asked {
                let _ = Document::plain_error(ErrorKind::Usage, message.clone()).write(&mut io::stdout());
            }
            eprintln!("{message}");
            return 1;
        }
    };
    let dialect = Dialect::choose(own.dialect, &argv0, &args);
    let progname = dialect.progname();
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

    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("{progname}: cannot start: {e}");
            return error::dig_status::INTERNAL;
        }
    };
    let paths = config::Paths::from_env();
    let mut rc = match config::ResolvConf::load(&paths.resolv_conf) {
        Ok(rc) => rc,
        Err(_) => {
            eprintln!("{progname}: parse of {} failed", paths.resolv_conf.display());
            return 1;
        }
    };
    sysresolve::configure(&rc);
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
    let palette = if json {
        render::style::Palette::OFF
    } else {
        render::style::Palette::decide(own.color, stdout_tty, std::env::var_os("NO_COLOR").as_deref())
    };
    let mut present = session::present::Presenter::text();
    present.mode = match &own.output {
        Output::Text => session::present::Mode::Text,
        Output::Json => session::present::Mode::Json(render::json::JsonOptions::default()),
        Output::Table(sections) => session::present::Mode::Table(*sections),
    };
    present.palette = palette;
    present.style = own.style;
    if own.servers {
        present.servers = Some(session::servers::ServersRequest {
            paths: paths.clone(),
            rc: rc_read.clone(),
            resolved: resolved.clone(),
            upstream: own.upstream,
        });
    }
    present.idn_out = own.idnout;
    present.idn_in = own.idnout || (stdout_tty && std::env::var_os("IDN_DISABLE").is_none());
    present.layout = render::table::Layout::detect();
    if let Some(d) = &own.dump {
        let pcap = match &d.pcap {
            Some(path) => match dissect::pcap::create(path) {
                Ok(w) => Some(w),
                Err(e) => {
                    eprintln!("rlookup: --dump: cannot write {}: {e}", path.display());
                    return 1;
                }
            },
            None => None,
        };
        present.dump = Some(session::present::Dump::new(d.to_stderr, pcap));
    }
    if let Some(r) = resolved.as_ref().filter(|r| r.stub_in_use) {
        present.extra.insert("resolver".into(), session::servers::resolver_meta(r, own.upstream));
    }

    let stdout = io::stdout();
    let out = render::style::ColorWriter::new(io::BufWriter::new(stdout.lock()), dialect, palette);
    let (code, err) = match dialect {
        Dialect::Nslookup => runtime.block_on(session::nslookup::main(&args, &rc, out, present)),
        Dialect::Dig => runtime.block_on(session::dig::main(&args, &rc, out, present)),
    };
    report(progname, err, json);
    code
}

/// Prints a fatal error as BIND does, `<prog>: <message>` on stderr, and
/// with --json also as a JSON document on stdout.
fn report(progname: &str, err: Option<Error>, json: bool) {
    let _ = io::stdout().flush();
    let (kind, message) = match &err {
        Some(Error::Fatal(m)) => (ErrorKind::classify(m), m.clone()),
        Some(Error::Abort(m)) => (ErrorKind::BadName, m.clone()),
        Some(Error::Exit(code)) if *code != 0 => (ErrorKind::Usage, "invalid command line (see the usage on standard error)".to_string()),
        _ => return,
    };
    if json {
        let _ = Document::plain_error(kind, message.clone()).write(&mut io::stdout());
    }
    if let Some(Error::Fatal(m) | Error::Abort(m)) = err {
        eprintln!("{progname}: {m}");
    }
}
