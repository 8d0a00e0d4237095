//! Runs the built rlookup binary the way a user's shell would, but in a
//! scrubbed environment (bat's approach): no HOME rc files, NO_COLOR unset,
//! fixed TZ and locale, and a resolv.conf of the test's own choosing
//! (through RLOOKUP_RESOLV_CONF), so results depend only on the test.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The outcome of one run.
#[derive(Debug)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// A temporary directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("rlookup-test-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The outcome of one run, as bytes (for output that need not be UTF-8).
#[derive(Debug)]
pub struct RawOutput {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: i32,
}

/// A command line to run.
pub struct Cmd {
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    resolv_conf: Vec<u8>,
    argv0: Option<String>,
    env: Vec<(String, String)>,
    /// Kill the run after this long (a hang is a failure, not a stuck CI).
    limit: Duration,
}

/// `rlookup ARGS...` with a resolv.conf naming 127.0.0.1.
pub fn rlookup<S: AsRef<str>>(args: &[S]) -> Cmd {
    rlookup_os(args.iter().map(|a| OsString::from(a.as_ref())).collect())
}

/// `rlookup ARGS...` with arguments that need not be UTF-8 (bytes, as a
/// shell passes `$'\xff'`).
pub fn rlookup_os(args: Vec<OsString>) -> Cmd {
    Cmd { args, stdin: None, resolv_conf: b"nameserver 127.0.0.1\n".to_vec(), argv0: None, env: Vec::new(), limit: Duration::from_secs(30) }
}

impl Cmd {
    pub fn stdin(self, text: &str) -> Cmd {
        self.stdin_bytes(text.as_bytes())
    }

    /// Standard input that need not be UTF-8.
    pub fn stdin_bytes(mut self, bytes: &[u8]) -> Cmd {
        self.stdin = Some(bytes.to_vec());
        self
    }

    /// The contents of the resolv.conf the run sees.
    pub fn resolv_conf(self, text: &str) -> Cmd {
        self.resolv_conf_bytes(text.as_bytes())
    }

    /// A resolv.conf that need not be UTF-8.
    pub fn resolv_conf_bytes(mut self, bytes: &[u8]) -> Cmd {
        self.resolv_conf = bytes.to_vec();
        self
    }

    /// Run through a link with this name (e.g. "dig", "nslookup").
    pub fn argv0(mut self, name: &str) -> Cmd {
        self.argv0 = Some(name.to_string());
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Cmd {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn run(self) -> Output {
        let out = self.run_bytes();
        Output {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            status: out.status,
        }
    }

    /// `run`, with standard output and error as the bytes written.
    pub fn run_bytes(self) -> RawOutput {
        let dir = TempDir::new("run");
        let home = dir.0.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let resolv = dir.0.join("resolv.conf");
        std::fs::write(&resolv, &self.resolv_conf).unwrap();
        let mut program = PathBuf::from(env!("CARGO_BIN_EXE_rlookup"));
        if let Some(name) = &self.argv0 {
            let link = dir.0.join(name);
            std::os::unix::fs::symlink(&program, &link).unwrap();
            program = link;
        }
        let mut cmd = Command::new(&program);
        cmd.args(&self.args)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", &home)
            .env("TZ", "UTC")
            .env("LC_ALL", "C.UTF-8")
            .env("RLOOKUP_RESOLV_CONF", &resolv)
            .env("RLOOKUP_RESOLVED_DIR", dir.0.join("resolve"))
            .stdin(if self.stdin.is_some() { Stdio::piped() } else { Stdio::null() })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn rlookup");
        if let Some(input) = &self.stdin {
            let mut pipe = child.stdin.take().unwrap();
            pipe.write_all(input).unwrap();
        }
        // Both pipes drained as the run goes: a run that prints more than
        // a pipe holds (64 KiB) would otherwise wait on its write forever.
        let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                if let Some(mut p) = pipe {
                    let _ = p.read_to_end(&mut bytes);
                }
                bytes
            })
        };
        let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>));
        let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>));
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > self.limit {
                let _ = child.kill();
                panic!("rlookup {:?} still running after {:?}", self.args, self.limit);
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        RawOutput { stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap(), status: status.code().unwrap_or(-1) }
    }
}

/// Asserts stdout, stderr and exit status, showing all three on failure.
#[track_caller]
pub fn expect(out: &Output, stdout: &str, stderr: &str, status: i32) {
    if out.stdout != stdout || out.stderr != stderr || out.status != status {
        panic!(
            "\n--- expected stdout ---\n{stdout}--- actual stdout ---\n{}--- expected stderr ---\n{stderr}--- actual stderr ---\n{}--- status: expected {status}, got {}\n",
            out.stdout, out.stderr, out.status
        );
    }
}

/// The BIND lab's directory: RLOOKUP_LAB, else ../shared/lab beside the
/// repository.
pub fn lab_dir() -> PathBuf {
    match std::env::var_os("RLOOKUP_LAB") {
        Some(d) => d.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/lab"),
    }
}

/// Runs the built rlookup inside the lab (`in-lab`: the lab's network
/// namespace, its /etc/resolv.conf and, in systemd-resolved mode, resolved's
/// /run/systemd/resolve), in a scrubbed environment.
pub fn in_lab<S: AsRef<str>>(args: &[S]) -> Output {
    let mut argv = vec![env!("CARGO_BIN_EXE_rlookup").to_string()];
    argv.extend(args.iter().map(|a| a.as_ref().to_string()));
    scrubbed(&lab_dir().join("in-lab"), &argv, "/usr/sbin:/usr/bin:/sbin:/bin")
        .unwrap_or_else(|e| panic!("cannot run {}/in-lab: {e}", lab_dir().display()))
}

/// `program ARGS` (found through `path`) with stdin empty, in a scrubbed
/// environment: `path` as PATH, an empty HOME, TZ=UTC, LC_ALL=C.UTF-8.
pub fn scrubbed(program: &std::path::Path, args: &[String], path: &str) -> std::io::Result<Output> {
    let home = TempDir::new("scrubbed-home");
    let out = Command::new(program)
        .args(args)
        .env_clear()
        .env("PATH", path)
        .env("HOME", &home.0)
        .env("TZ", "UTC")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .output()?;
    Ok(Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    })
}
