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
//! 5. `render`: the dialect's renderer prints each response;
//! 6. `session`: keeps each dialect's state and its exit status; `error`
//!    maps failures to BIND's exit codes.

pub mod cli;
pub mod config;
pub mod error;
pub mod lookup;
pub mod plan;
pub mod render;
pub mod response;
pub mod session;
pub mod sysresolve;
pub mod transport;
pub mod wire;

use std::ffi::OsString;
use std::io::{self, Write};

use cli::Dialect;
use error::Error;

/// The version as printed by `-version` and in dig's banner.
pub const VERSION_TEXT: &str = concat!("rlookup ", env!("CARGO_PKG_VERSION"));

/// Runs rlookup with these arguments (argv[0] first); returns the exit status.
pub fn run(args: Vec<OsString>) -> i32 {
    let mut args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let argv0 = if args.is_empty() { String::from("rlookup") } else { args.remove(0) };
    let own = match cli::opts::split_own(&mut args) {
        Ok(own) => own,
        Err(message) => {
            eprint!("{message}");
            if !message.ends_with('\n') {
                eprintln!();
            }
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

    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("{progname}: cannot start: {e}");
            return error::dig_status::INTERNAL;
        }
    };
    let paths = config::Paths::from_env();
    let rc = match config::ResolvConf::load(&paths.resolv_conf) {
        Ok(rc) => rc,
        Err(_) => {
            eprintln!("{progname}: parse of {} failed", paths.resolv_conf.display());
            return 1;
        }
    };
    sysresolve::configure(&rc);
    let stdout = io::stdout();
    let out = io::BufWriter::new(stdout.lock());
    let (code, err) = match dialect {
        Dialect::Nslookup => runtime.block_on(session::nslookup::main(&args, &rc, out)),
        Dialect::Dig => runtime.block_on(session::dig::main(&args, &rc, out)),
    };
    report(progname, err);
    code
}

/// Prints a fatal error as BIND does: `<prog>: <message>` on stderr.
fn report(progname: &str, err: Option<Error>) {
    if let Some(Error::Fatal(m) | Error::Abort(m)) = err {
        let _ = io::stdout().flush();
        eprintln!("{progname}: {m}");
    }
}
