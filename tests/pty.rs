//! nslookup's interactive mode on a terminal, driven through a
//! pseudo-terminal (rexpect): the prompt, lookups, `set`, `help`, Tab
//! completion, the history file across runs, Ctrl-C (cancelling a lookup,
//! clearing the line) and Ctrl-D. The binary runs in a scrubbed
//! environment like harness::Cmd's (its own HOME, TERM=xterm), against the
//! in-process fixture server or a silent one. Escape sequences of the line
//! editor are stripped from what is read, and every wait has a time limit.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{Options, PtySession, spawn_with_options};

use crate::fixtures;
use crate::harness::TempDir;
use crate::server::SilentServer;

/// The longest any one expected output may take.
const LIMIT_MS: u64 = 10_000;

const UP: &str = "\x1b[A";

/// `rlookup ARGS` on a pseudo-terminal, with a resolv.conf naming
/// 127.0.0.1, HOME in `home` and the extra environment `env`.
fn spawn(home: &Path, args: &[String], env: &[(&str, &Path)]) -> PtySession {
    std::fs::create_dir_all(home).unwrap();
    let resolv = home.join("resolv.conf");
    std::fs::write(&resolv, "nameserver 127.0.0.1\n").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rlookup"));
    cmd.args(args)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", home)
        .env("TERM", "xterm")
        .env("TZ", "UTC")
        .env("LC_ALL", "C.UTF-8")
        .env("RLOOKUP_RESOLV_CONF", &resolv)
        .env("RLOOKUP_RESOLVED_DIR", home.join("resolve"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    // A shell on a terminal starts commands with SIGINT at its default
    // action; cargo test may run with it ignored (a background job of a
    // script, `nohup ... &`), and an ignored signal stays ignored across
    // exec. Reset it so Ctrl-C means what it means on a real terminal.
    // SAFETY: signal() is async-signal-safe, as pre_exec requires.
    unsafe {
        use std::os::unix::process::CommandExt as _;
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let options = Options::new().timeout_ms(Some(LIMIT_MS)).strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("rlookup runs on a pty")
}

/// Interactive `rlookup -port=PORT EXTRA...` (no host: commands from the
/// terminal).
fn interactive(home: &Path, port: u16, extra: &[&str], env: &[(&str, &Path)]) -> PtySession {
    let mut args = vec![format!("-port={port}")];
    args.extend(extra.iter().map(|a| a.to_string()));
    spawn(home, &args, env)
}

/// Waits for `text`, returning what came before it.
#[track_caller]
fn expect(p: &mut PtySession, text: &str) -> String {
    match p.exp_string(text) {
        Ok(before) => before,
        Err(e) => panic!("waiting for {text:?}: {e}"),
    }
}

/// Waits for the prompt.
#[track_caller]
fn prompt(p: &mut PtySession) -> String {
    expect(p, "> ")
}

/// Types `text` (Enter is "\r", as a terminal sends it).
#[track_caller]
fn send(p: &mut PtySession, text: &str) {
    p.send(text).expect("write to the pty");
    p.flush().expect("flush the pty");
}

/// Waits for the end of the run; returns its remaining output and its
/// exit status.
#[track_caller]
fn finish(p: &mut PtySession) -> (String, i32) {
    let rest = p.exp_eof().unwrap_or_else(|e| panic!("waiting for the end of the run: {e}"));
    match p.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => (rest, code),
        other => panic!("rlookup did not exit normally: {other:?}"),
    }
}

#[test]
fn prompt_lookup_and_ctrl_d() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "www.example.test\r");
    expect(&mut p, &format!("Address:\t127.0.0.1#{}", server.port()));
    expect(&mut p, "Name:\twww.example.test\r\nAddress: 192.0.2.80");
    prompt(&mut p);
    // Ctrl-D: the final newline, and BIND's status (a reply was printed,
    // no error: 0).
    p.send_control('d').unwrap();
    let (rest, status) = finish(&mut p);
    assert!(rest.ends_with('\n'), "{rest:?}");
    assert_eq!(status, 0);
}

#[test]
fn ctrl_d_at_once_exits_1() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    p.send_control('d').unwrap();
    // No reply printed yet: query_error stays 1, as in BIND.
    let (_, status) = finish(&mut p);
    assert_eq!(status, 1);
}

#[test]
fn set_type_then_a_name() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "set type=mx\r");
    prompt(&mut p);
    send(&mut p, "example.test\r");
    expect(&mut p, "example.test\tmail exchanger = 10 mail.example.test.");
    expect(&mut p, "example.test\tmail exchanger = 20 mail2.example.test.");
    prompt(&mut p);
    send(&mut p, "exit\r");
    let (_, status) = finish(&mut p);
    assert_eq!(status, 0);
}

#[test]
fn help_lists_the_commands() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "help\r");
    expect(&mut p, "server [NAME]");
    expect(&mut p, "set OPTION");
    expect(&mut p, "type=TYPE");
    let shown = expect(&mut p, "Ctrl-D on an empty line leaves.");
    assert!(!shown.contains("not yet implemented"), "{shown}");
    prompt(&mut p);
    send(&mut p, "?\r");
    expect(&mut p, "lserver [NAME]");
    prompt(&mut p);
    send(&mut p, "exit\r");
    finish(&mut p);
}

#[test]
fn tab_completes_set_type() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "set ty\t");
    expect(&mut p, "set type=");
    // The completed option works: "set type=mx".
    send(&mut p, "mx\r");
    prompt(&mut p);
    send(&mut p, "example.test\r");
    expect(&mut p, "mail exchanger = 10 mail.example.test.");
    prompt(&mut p);
    // Record types complete too: "set q=aa" + Tab is "set q=aaaa".
    send(&mut p, "set q=aa\t");
    expect(&mut p, "set q=aaaa");
    send(&mut p, "\r");
    prompt(&mut p);
    send(&mut p, "dual.example.test\r");
    expect(&mut p, "Address: 2001:db8::81");
    prompt(&mut p);
    send(&mut p, "exit\r");
    finish(&mut p);
}

#[test]
fn history_is_recalled_after_a_restart() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let home = dir.0.join("home");
    let state = dir.0.join("state");
    let env: &[(&str, &Path)] = &[("XDG_STATE_HOME", &state)];

    let mut p = interactive(&home, server.port(), &[], env);
    prompt(&mut p);
    send(&mut p, "multi.example.test\r");
    expect(&mut p, "Address: 192.0.2.93");
    prompt(&mut p);
    p.send_control('d').unwrap();
    finish(&mut p);
    let file = state.join("rlookup").join("history");
    let saved = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert!(saved.lines().any(|l| l == "multi.example.test"), "{saved:?}");

    // A new run: Up brings the line back, Enter runs it.
    let mut p = interactive(&home, server.port(), &[], env);
    prompt(&mut p);
    send(&mut p, UP);
    expect(&mut p, "multi.example.test");
    send(&mut p, "\r");
    expect(&mut p, "Address: 192.0.2.93");
    prompt(&mut p);
    send(&mut p, "exit\r");
    finish(&mut p);
}

#[test]
fn history_file_defaults_to_home_and_may_be_unwritable() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");

    // No XDG_STATE_HOME: ~/.local/state/rlookup/history, directories made.
    let home = dir.0.join("home");
    let mut p = interactive(&home, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "set all\r");
    expect(&mut p, "querytype = A");
    prompt(&mut p);
    send(&mut p, "exit\r");
    finish(&mut p);
    let saved = std::fs::read_to_string(home.join(".local/state/rlookup/history")).expect("history in ~/.local/state");
    assert!(saved.lines().any(|l| l == "set all"), "{saved:?}");

    // A state directory that cannot be made (a file is in the way): no
    // history, and the run goes on.
    let blocker = dir.0.join("not-a-dir");
    std::fs::write(&blocker, "").unwrap();
    let mut p = interactive(&dir.0.join("home2"), server.port(), &[], &[("XDG_STATE_HOME", &blocker)]);
    prompt(&mut p);
    send(&mut p, "www.example.test\r");
    expect(&mut p, "Address: 192.0.2.80");
    prompt(&mut p);
    send(&mut p, "exit\r");
    let (_, status) = finish(&mut p);
    assert_eq!(status, 0);
}

#[test]
fn ctrl_c_cancels_a_lookup() {
    let silent = SilentServer::start();
    let dir = TempDir::new("pty");
    // Unanswered, this lookup would take minutes (3 tries of 60 s).
    let mut p = interactive(&dir.0, silent.port(), &["-timeout=60"], &[]);
    prompt(&mut p);
    send(&mut p, "www.example.test\r");
    assert!(silent.wait_for_query(Duration::from_millis(LIMIT_MS)), "no query reached the server");
    let started = Instant::now();
    p.send_control('c').unwrap();
    prompt(&mut p);
    assert!(started.elapsed() < Duration::from_secs(5), "back at the prompt after {:?}", started.elapsed());
    // The run goes on.
    send(&mut p, "set all\r");
    expect(&mut p, "timeout = 60");
    prompt(&mut p);
    p.send_control('d').unwrap();
    // No reply was ever printed: status 1, as BIND's rule gives.
    let (_, status) = finish(&mut p);
    assert_eq!(status, 1);
}

#[test]
fn ctrl_c_at_the_prompt_clears_the_line() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "nosuch.example.test");
    expect(&mut p, "nosuch.example.test");
    p.send_control('c').unwrap();
    prompt(&mut p);
    // Had the line stayed, this would look up
    // "nosuch.example.testwww.example.test".
    send(&mut p, "www.example.test\r");
    let shown = expect(&mut p, "Address: 192.0.2.80");
    assert!(!shown.contains("server can't find"), "{shown}");
    prompt(&mut p);
    send(&mut p, "exit\r");
    let (_, status) = finish(&mut p);
    assert_eq!(status, 0);
}

#[test]
fn ctrl_c_still_ends_a_lookup_from_the_command_line() {
    // Not interactive (a host is given): SIGINT keeps its default action.
    let silent = SilentServer::start();
    let dir = TempDir::new("pty");
    let args = [format!("-port={}", silent.port()), "-timeout=60".into(), "www.example.test".into()];
    let mut p = spawn(&dir.0, &args, &[]);
    assert!(silent.wait_for_query(Duration::from_millis(LIMIT_MS)), "no query reached the server");
    p.send_control('c').unwrap();
    p.exp_eof().expect("the run ends");
    match p.process().wait() {
        Ok(WaitStatus::Signaled(_, Signal::SIGINT, _)) => {}
        other => panic!("expected death by SIGINT, got {other:?}"),
    }
}

#[test]
fn set_all_on_a_terminal_adds_the_servers_table() {
    let server = fixtures::server();
    let dir = TempDir::new("pty");
    let mut p = interactive(&dir.0, server.port(), &[], &[]);
    prompt(&mut p);
    send(&mut p, "set all\r");
    // BIND's text first...
    expect(&mut p, "Default server: 127.0.0.1");
    expect(&mut p, "  srchlist = ");
    // ...then where the servers come from (a table with Unicode borders:
    // look for the cells).
    expect(&mut p, " SERVER ");
    let row = expect(&mut p, " resolv.conf ");
    assert!(row.contains(" 127.0.0.1 "), "{row:?}");
    expect(&mut p, "search list: (none)");
    prompt(&mut p);
    p.send_control('d').unwrap();
    finish(&mut p);
}

#[test]
fn dash_h_on_a_terminal_is_rlookups_short_help() {
    // BIND's nslookup would say `*** Invalid option: h` and open its
    // prompt; typed at a terminal as rlookup, -h, -help and -? are help.
    for word in ["-h", "-help", "-?"] {
        let dir = TempDir::new("pty");
        let mut p = spawn(&dir.0, &[word.to_string()], &[]);
        let (out, status) = finish(&mut p);
        assert!(out.contains("Usage: rlookup"), "{word}: {out}");
        assert!(out.contains("Dialects: rlookup speaks"), "{word}: {out}");
        assert!(!out.contains("Invalid option"), "{word}: {out}");
        assert_eq!(status, 0, "{word}");
    }
}
