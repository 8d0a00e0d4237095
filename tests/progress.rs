//! Batches on a terminal: the progress bar (on a terminal's standard error
//! while standard output is piped, never anywhere else) and Ctrl-C (SIGINT
//! to a running batch: the complete prefix of the output in input order,
//! exit status 130, no panic). The batches mix lookups to the fixture
//! server on 127.0.0.1 with lookups to a silent server on 127.0.0.2 (same
//! port) that never end on their own: what is printed is decided by the
//! servers' behaviour and the queue's window, not by timings.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::fixtures;
use crate::harness::{TempDir, rlookup};
use crate::server::{DnsServer, SilentServer};

/// The longest any one wait may take.
const LIMIT: Duration = Duration::from_secs(20);

/// The fixture server on 127.0.0.1 and a silent one on 127.0.0.2, on one
/// port.
fn servers() -> (DnsServer, SilentServer) {
    let server = fixtures::server();
    let silent = SilentServer::start_on(format!("127.0.0.2:{}", server.port()).parse().unwrap());
    (server, silent)
}

/// A dig batch file: `@127.0.0.1 NAME +short` for a name, `@127.0.0.2 NAME
/// +short +time=SECS +tries=1` for `silent:SECS:NAME`.
fn batch(dir: &TempDir, lines: &[&str]) -> String {
    let text: String = lines
        .iter()
        .map(|l| match l.strip_prefix("silent:") {
            Some(rest) => {
                let (secs, name) = rest.split_once(':').unwrap();
                format!("@127.0.0.2 {name} +short +time={secs} +tries=1\n")
            }
            None => format!("@127.0.0.1 {l} +short\n"),
        })
        .collect();
    let path = dir.0.join("batch");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `rlookup ARGS` in a scrubbed environment (harness::Cmd's, plus
/// TERM=xterm), SIGINT at its default action, stdin null, stdout piped,
/// stderr as given.
fn command(home: &Path, args: &[String], stderr: Stdio) -> Command {
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
        .env("RLOOKUP_RESOLVED_DIR", home.join("resolve"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr);
    // As in a shell on a terminal (see tests/pty.rs): SIGINT at its default
    // action, whatever the test runner had.
    // SAFETY: signal() is async-signal-safe, as pre_exec requires.
    unsafe {
        use std::os::unix::process::CommandExt as _;
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    cmd
}

/// A pseudo-terminal of 24 rows and 80 columns: (master, slave).
fn openpty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize { ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty() fills in two descriptors, which we then own.
    unsafe {
        assert_eq!(libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size), 0, "openpty");
        (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave))
    }
}

/// Everything read from a pty's master, as it comes.
#[derive(Clone, Default)]
struct Screen(Arc<Mutex<Vec<u8>>>);

impl Screen {
    /// Reads `master` on a thread until the terminal's other side is gone.
    fn read(master: OwnedFd) -> (Screen, std::thread::JoinHandle<()>) {
        let screen = Screen::default();
        let seen = screen.clone();
        let reader = std::thread::spawn(move || {
            let mut file = std::fs::File::from(master);
            let mut buf = [0u8; 4096];
            // EIO once the slave is closed everywhere.
            while let Ok(n @ 1..) = file.read(&mut buf) {
                seen.0.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        (screen, reader)
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }

    /// Waits for `what` on the screen.
    #[track_caller]
    fn wait_for(&self, what: &str) {
        let until = Instant::now() + LIMIT;
        while !self.text().contains(what) {
            assert!(Instant::now() < until, "never on the terminal: {what:?}; it shows {:?}", self.text());
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Waits for the child's end: (exit status or None, the signal that ended
/// it or None), its stdout and its stderr (if piped).
fn finish(mut child: Child) -> (Option<i32>, Option<i32>, String, String) {
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            panic!("rlookup still running after {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().unwrap();
    use std::os::unix::process::ExitStatusExt as _;
    (
        out.status.code(),
        out.status.signal(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn sigint(child: &Child) {
    // SAFETY: kill() on our own child's pid.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
}

/// A batch that lasts about two seconds: fast lookups around one that
/// times out after 2 s.
const TWO_SECONDS: &[&str] =
    &["www.example.test", "mail.example.test", "silent:2:dual.example.test", "multi.example.test", "ns1.example.test"];

/// What TWO_SECONDS prints on stdout, with the servers on `port`.
fn two_seconds_stdout(port: u16) -> String {
    format!(
        "192.0.2.80\n192.0.2.25\n;; communications error to 127.0.0.2#{port}: timed out\n;; no servers could be reached\n192.0.2.91\n192.0.2.92\n192.0.2.93\n192.0.2.53\n"
    )
}

#[test]
fn no_bar_on_a_stderr_that_is_not_a_terminal() {
    let (server, _silent) = servers();
    let dir = TempDir::new("progress");
    let file = batch(&dir, TWO_SECONDS);
    let out = rlookup(&["--dig", "-p", &server.port().to_string(), "-f", &file]).env("TERM", "xterm").run();
    assert_eq!(out.stdout, two_seconds_stdout(server.port()));
    // Nothing but what dig says there: no bar, no escape sequence.
    assert_eq!(out.stderr, "", "stderr: {:?}", out.stderr);
}

#[test]
fn a_bar_on_a_terminals_stderr_while_stdout_is_piped() {
    let (server, _silent) = servers();
    let dir = TempDir::new("progress");
    let file = batch(&dir, TWO_SECONDS);
    let (master, slave) = openpty();
    let args: Vec<String> = vec!["--dig".into(), "-p".into(), server.port().to_string(), "-f".into(), file];
    let mut cmd = command(&dir.0.join("home"), &args, Stdio::from(slave));
    let child = cmd.spawn().expect("spawn rlookup");
    drop(cmd); // our copy of the slave: the reader sees the end with the child's
    let (screen, reader) = Screen::read(master);
    // After a second: the spinner with the lookups done (the two before
    // the one that waits), their rate and the time.
    screen.wait_for(" lookups done, ");
    let shown = screen.text();
    assert!(shown.contains("2 lookups done, "), "{shown:?}");
    assert!(shown.contains(" lookups/s, "), "{shown:?}");
    let (status, signal, stdout, _) = finish(child);
    reader.join().unwrap();
    assert_eq!((status.is_some(), signal), (true, None));
    // The output is the same as without a terminal, and none of the bar.
    assert_eq!(stdout, two_seconds_stdout(server.port()));
    // The bar is cleared at the end: the last thing on the terminal.
    let screen = screen.text();
    let last = screen.rfind("lookups done").unwrap();
    assert!(screen[last..].contains("\r\x1b[2K"), "not cleared at the end: {:?}", &screen[last..]);
    assert!(screen.trim_end_matches(' ').ends_with("\r\x1b[2K"), "{screen:?}");
}

#[test]
fn no_bar_when_stdout_is_the_terminal_too() {
    let (server, _silent) = servers();
    let dir = TempDir::new("progress");
    let file = batch(&dir, TWO_SECONDS);
    let (master, slave) = openpty();
    let args: Vec<String> = vec!["--dig".into(), "-p".into(), server.port().to_string(), "-f".into(), file];
    let mut cmd = command(&dir.0.join("home"), &args, Stdio::from(slave.try_clone().unwrap()));
    cmd.stdout(Stdio::from(slave));
    let child = cmd.spawn().expect("spawn rlookup");
    drop(cmd);
    let (screen, reader) = Screen::read(master);
    let (status, _, _, _) = finish(child);
    reader.join().unwrap();
    assert!(status.is_some());
    let screen = screen.text();
    assert!(screen.contains("192.0.2.53"), "{screen:?}");
    assert!(!screen.contains("lookups done"), "{screen:?}");
}

/// dig `ARGS -f FILE` for these batch lines, stderr piped, started.
fn dig_batch(server: &DnsServer, dir: &TempDir, extra: &[&str], lines: &[&str]) -> Child {
    let file = batch(dir, lines);
    let mut args: Vec<String> = vec!["--dig".into(), "-p".into(), server.port().to_string()];
    args.extend(extra.iter().map(|a| a.to_string()));
    args.extend(["-f".to_string(), file]);
    command(&dir.0.join("home"), &args, Stdio::piped()).spawn().expect("spawn rlookup")
}

#[test]
fn ctrl_c_prints_the_complete_prefix_and_exits_130() {
    let (server, silent) = servers();
    let dir = TempDir::new("progress");
    // A window of 5 units (each line is two: dig's print globals, then the
    // lookup): the first lookup is printed before the second silent one
    // starts; "mail" runs (and ends) behind the first silent one, so it
    // must not be printed; "ns1" never starts.
    let lines =
        ["www.example.test", "silent:30:dual.example.test", "mail.example.test", "silent:30:multi.example.test", "ns1.example.test"];
    let child = dig_batch(&server, &dir, &["--concurrency=5"], &lines);
    assert!(silent.wait_for_query(LIMIT), "no query reached the silent server");
    assert!(silent.wait_for_query(LIMIT), "the second silent lookup never started");
    // (The watch is on before the second query leaves; a moment more costs
    // nothing.)
    std::thread::sleep(Duration::from_millis(100));
    let interrupted = Instant::now();
    sigint(&child);
    let (status, signal, stdout, stderr) = finish(child);
    assert!(interrupted.elapsed() < Duration::from_secs(5), "took {:?} to stop", interrupted.elapsed());
    assert_eq!((status, signal), (Some(130), None), "stderr: {stderr}");
    assert_eq!(stdout, "192.0.2.80\n");
    assert!(!stderr.contains("panick"), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn ctrl_c_in_an_nslookup_batch_from_a_pipe() {
    let (server, silent) = servers();
    let dir = TempDir::new("progress");
    let port = server.port().to_string();
    // A window of 2: "www" and the `server` command's output are printed
    // before the lookup of "mail" (to the silent server) starts; the
    // lookup of "dual" never does.
    let first = "www.example.test\nserver 127.0.0.2\n";
    let commands = format!("{first}set timeout=30\nset retry=1\nmail.example.test\nserver 127.0.0.1\ndual.example.test\n");
    let args: Vec<String> = vec!["--nslookup".into(), "--concurrency=2".into(), format!("-port={port}")];
    let mut cmd = command(&dir.0.join("home"), &args, Stdio::piped());
    cmd.stdin(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn rlookup");
    child.stdin.take().unwrap().write_all(commands.as_bytes()).unwrap();
    assert!(silent.wait_for_query(LIMIT), "no query reached the silent server");
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    let (status, signal, stdout, stderr) = finish(child);
    assert_eq!((status, signal), (Some(130), None), "stderr: {stderr}");
    // The same as those two commands alone print, but for nslookup's last
    // newline (the run did not end normally).
    let alone = rlookup(&["--nslookup", &format!("-port={port}")]).stdin(first).run();
    assert_eq!(format!("{stdout}\n"), alone.stdout);
    assert!(stdout.contains("192.0.2.80") && stdout.contains("Default server: 127.0.0.2"), "{stdout}");
    assert_eq!(stderr, "");
}

#[test]
fn a_second_ctrl_c_or_a_closed_stdout_never_panics() {
    let (server, silent) = servers();
    let dir = TempDir::new("progress");
    let lines = ["www.example.test", "mail.example.test", "silent:30:dual.example.test", "ns1.example.test"];
    // Two SIGINTs in a row: 130, or the second one's default action.
    let child = dig_batch(&server, &dir, &[], &lines);
    assert!(silent.wait_for_query(LIMIT));
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    sigint(&child);
    let (status, signal, _, stderr) = finish(child);
    assert!(status == Some(130) || signal == Some(libc::SIGINT), "{status:?} {signal:?}: {stderr}");
    assert!(!stderr.contains("panick"), "{stderr}");

    // Nobody reads stdout any more: Ctrl-C's flush fails, quietly.
    let mut child = dig_batch(&server, &dir, &[], &lines);
    drop(child.stdout.take());
    assert!(silent.wait_for_query(LIMIT));
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    let (status, signal, _, stderr) = finish(child);
    assert_eq!((status, signal), (Some(130), None), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn ctrl_c_keeps_its_default_action_outside_batches() {
    let (server, silent) = servers();
    let dir = TempDir::new("progress");
    // One lookup: SIGINT ends the process, as it ends BIND's dig.
    let child = dig_batch(&server, &dir, &[], &["silent:30:www.example.test"]);
    assert!(silent.wait_for_query(LIMIT));
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    let (status, signal, _, _) = finish(child);
    assert_eq!((status, signal), (None, Some(libc::SIGINT)));
    // --concurrency 1: one lookup after another, as BIND's.
    let child = dig_batch(&server, &dir, &["--concurrency=1"], &["www.example.test", "silent:30:mail.example.test", "ns1.example.test"]);
    assert!(silent.wait_for_query(LIMIT));
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    let (status, signal, _, _) = finish(child);
    assert_eq!((status, signal), (None, Some(libc::SIGINT)));
}
