//! Concurrent batches through the real binary and real UDP sockets: a
//! server on 127.0.0.1 that holds each reply as long as the question's
//! name asks (`slow-300.x.test` waits 300 ms) and logs when each query
//! came and how many were waiting for their reply then. What is asserted
//! is the output (input order, byte for byte the sequential run's) and what
//! the server saw (queries in flight, starts spaced by --rate), never how
//! fast rlookup was.

use std::net::UdpSocket;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::harness::{TempDir, rlookup};
use crate::server::{SilentServer, reply};

/// What the server saw.
#[derive(Default)]
struct Log {
    /// Each query's arrival and its name.
    arrivals: Vec<(Instant, String)>,
    /// Queries received and not answered yet.
    waiting: usize,
    /// The most that ever waited at once.
    most_waiting: usize,
}

struct HoldingServer {
    port: u16,
    log: Arc<Mutex<Log>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// The question's name as text (labels joined by dots, no final dot).
fn qname(q: &[u8]) -> String {
    let mut labels = Vec::new();
    let mut i = 12;
    while i < q.len() && q[i] != 0 {
        let n = usize::from(q[i]);
        labels.push(String::from_utf8_lossy(&q[i + 1..(i + 1 + n).min(q.len())]).into_owned());
        i += n + 1;
    }
    labels.join(".")
}

/// How long to hold the reply to `name`: `slow-MS...` MS milliseconds,
/// anything else `default`.
fn hold_for(name: &str, default: Duration) -> Duration {
    name.strip_prefix("slow-")
        .and_then(|rest| rest.split(['.', '-']).next())
        .and_then(|ms| ms.parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(default)
}

impl HoldingServer {
    /// Every reply held `default` unless its name says otherwise; names
    /// starting with `nx` get NXDOMAIN, others an A record.
    fn start(default: Duration) -> HoldingServer {
        let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
        udp.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
        let port = udp.local_addr().unwrap().port();
        let log = Arc::new(Mutex::new(Log::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (l, s) = (log.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let udp = Arc::new(udp);
            let mut buf = [0u8; 4096];
            while !s.load(Ordering::Relaxed) {
                let Ok((n, from)) = udp.recv_from(&mut buf) else { continue };
                let q = buf[..n].to_vec();
                let name = qname(&q);
                {
                    let mut log = l.lock().unwrap();
                    log.arrivals.push((Instant::now(), name.clone()));
                    log.waiting += 1;
                    log.most_waiting = log.most_waiting.max(log.waiting);
                }
                let qend = reply::question_end(&q);
                let qtype = q.get(qend - 4..qend - 2).map(|t| u16::from_be_bytes([t[0], t[1]]));
                let r = if name.starts_with("nx") {
                    reply::with(&q, [q[0], q[1]], 0x8403, None) // QR AA, NXDOMAIN
                } else if qtype == Some(1) {
                    reply::answer(&q)
                } else {
                    reply::with(&q, [q[0], q[1]], 0x8400, None) // QR AA, no data
                };
                let (udp, l, hold) = (udp.clone(), l.clone(), hold_for(&name, default));
                std::thread::spawn(move || {
                    std::thread::sleep(hold);
                    l.lock().unwrap().waiting -= 1;
                    let _ = udp.send_to(&r, from);
                });
            }
        });
        HoldingServer { port, log, stop, thread: Some(thread) }
    }

    fn most_waiting(&self) -> usize {
        self.log.lock().unwrap().most_waiting
    }

    fn arrivals(&self) -> Vec<(Instant, String)> {
        self.log.lock().unwrap().arrivals.clone()
    }
}

impl Drop for HoldingServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A batch file of `lines` in a new directory.
fn batch_file(lines: &[String]) -> (TempDir, String) {
    let dir = TempDir::new("batch");
    let path = dir.0.join("batch");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let p = path.display().to_string();
    (dir, p)
}

/// `rlookup --dig -p PORT @127.0.0.1 +noall +answer -f FILE EXTRA...`.
fn dig_batch(port: u16, file: &str, extra: &[&str]) -> crate::harness::Output {
    let port = port.to_string();
    let mut args = vec!["--dig", "-p", &port, "@127.0.0.1", "+noall", "+answer", "-f", file];
    args.extend_from_slice(extra);
    rlookup(&args).run()
}

/// Asserts that `out` is the answer lines of `names` (NXDOMAIN ones have
/// none), in that order, with nothing on stderr and exit status 0.
#[track_caller]
fn answers_in_order(out: &crate::harness::Output, names: &[String]) {
    let owners: Vec<&str> = out.stdout.lines().map(|l| l.split('\t').next().unwrap_or("")).collect();
    let want: Vec<String> = names.iter().filter(|n| !n.starts_with("nx")).map(|n| format!("{n}.")).collect();
    assert_eq!(owners, want, "stdout:\n{}", out.stdout);
    assert!(out.stdout.lines().all(|l| l.ends_with("\t300\tIN\tA\t192.0.2.80")), "stdout:\n{}", out.stdout);
    assert_eq!((out.stderr.as_str(), out.status), ("", 0));
}

#[test]
fn slow_replies_hold_back_only_what_follows_and_output_keeps_input_order() {
    let server = HoldingServer::start(Duration::ZERO);
    // Every fifth name waits 300 ms; the first one too, so that everything
    // after it is answered before it is.
    let names: Vec<String> =
        (0..20).map(|i| if i % 5 == 0 { format!("slow-300-{i}.x.test") } else { format!("fast-{i}.x.test") }).collect();
    let (_dir, file) = batch_file(&names);
    let concurrent = dig_batch(server.port, &file, &[]);
    answers_in_order(&concurrent, &names);
    // The later names reached the server while the first one's reply was
    // still held: the batch ran them at once.
    assert!(server.most_waiting() > 1, "queries in flight at once: {}", server.most_waiting());
    let sequential = dig_batch(server.port, &file, &["--concurrency=1"]);
    assert_eq!(sequential.stdout, concurrent.stdout);
    assert_eq!(sequential.status, concurrent.status);
}

#[test]
fn concurrency_caps_the_queries_in_flight() {
    // Each reply held 40 ms: a window of N keeps N queries waiting.
    let server = HoldingServer::start(Duration::from_millis(40));
    let names: Vec<String> = (0..24).map(|i| format!("h{i}.x.test")).collect();
    let (_dir, file) = batch_file(&names);
    let out = dig_batch(server.port, &file, &["--concurrency=4"]);
    answers_in_order(&out, &names);
    let most = server.most_waiting();
    assert!((2..=4).contains(&most), "--concurrency=4, yet {most} queries waited at once");

    let server = HoldingServer::start(Duration::from_millis(10));
    let out = dig_batch(server.port, &file, &["--concurrency=1"]);
    answers_in_order(&out, &names);
    assert_eq!(server.most_waiting(), 1, "--concurrency=1 sends one query at a time");
}

#[test]
fn rate_spaces_the_queries() {
    let server = HoldingServer::start(Duration::ZERO);
    let names: Vec<String> = (0..6).map(|i| format!("r{i}.x.test")).collect();
    let (_dir, file) = batch_file(&names);
    let out = dig_batch(server.port, &file, &["--rate=20"]);
    answers_in_order(&out, &names);
    let arrivals = server.arrivals();
    assert_eq!(arrivals.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>(), names, "queries sent in input order");
    // 20 a second: one every 50 ms (a little early at most, as the
    // kernel's timers go).
    for pair in arrivals.windows(2) {
        let gap = pair[1].0 - pair[0].0;
        assert!(gap >= Duration::from_millis(40), "{} came {gap:?} after {}", pair[1].1, pair[0].1);
    }
}

#[test]
fn a_dead_server_costs_its_own_line_a_timeout_and_the_rest_stay_in_order() {
    let server = HoldingServer::start(Duration::ZERO);
    // On 127.0.0.2 and the same port (dig's -p, even on a batch line, is
    // the run's: it would move every later line too).
    let _silent = SilentServer::start_on(format!("127.0.0.2:{}", server.port).parse().unwrap());
    // Each line names its server (dig adds a line's @server to those of
    // the command line, so the command line has none here).
    let lines = ["first", "@127.0.0.2 dead.x.test +tries=1 +time=1", "third", "nxfourth", "fifth"]
        .map(|l| if l.starts_with('@') { l.to_string() } else { format!("@127.0.0.1 {l}.x.test") });
    let (_dir, file) = batch_file(&lines);
    let port = server.port.to_string();
    let run = |extra: &[&str]| {
        let mut args = vec!["--dig", "-p", &port, "+noall", "+answer", "-f", &file];
        args.extend_from_slice(extra);
        rlookup(&args).run()
    };
    let concurrent = run(&[]);
    let sequential = run(&["--concurrency=1"]);
    assert_eq!(concurrent.stdout, sequential.stdout);
    assert_eq!(concurrent.stderr, sequential.stderr);
    // The last line got an answer: dig's batch status is the last query's.
    assert_eq!((concurrent.status, sequential.status), (0, 0));
    let text = &concurrent.stdout;
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("no {s:?} in:\n{text}"));
    assert!(at("first.x.test.") < at("timed out"), "{text}");
    assert!(at("timed out") < at("third.x.test."), "{text}");
    assert!(at("third.x.test.") < at("fifth.x.test."), "{text}");
    assert!(!text.contains("nxfourth"), "{text}");
}

/// A try that timed out is tried again on the same server, and only then
/// the next server of resolv.conf: BIND 9.18.49's dig in the lab with
/// `nameserver 127.9.9.9` (the black hole) then `nameserver 127.6.1.1`
/// printed exactly this shape (two timeouts to the first, then the answer,
/// for each line), concurrent or not.
#[test]
fn a_retry_stays_on_its_server_before_the_next_one() {
    let server = HoldingServer::start(Duration::ZERO);
    let silent = SilentServer::start_on(format!("127.0.0.2:{}", server.port).parse().unwrap());
    let names: Vec<String> = ["a", "b", "c"].map(|n| format!("{n}.x.test")).to_vec();
    let (_dir, file) = batch_file(&names);
    let port = server.port.to_string();
    let run = |extra: &[&str]| {
        let mut args = vec!["--dig", "-p", &port, "+time=1", "+tries=2", "+noall", "+answer", "-f", &file];
        args.extend_from_slice(extra);
        rlookup(&args).resolv_conf("nameserver 127.0.0.2\nnameserver 127.0.0.1\n").run()
    };
    let concurrent = run(&[]);
    let timeout = format!(";; communications error to 127.0.0.2#{port}: timed out\n");
    let expected: String = names.iter().map(|n| format!("{timeout}{timeout}{n}.\t\t300\tIN\tA\t192.0.2.80\n")).collect();
    assert_eq!(concurrent.stdout, expected);
    assert_eq!((concurrent.stderr.as_str(), concurrent.status), ("", 0));
    let mut queries = 0;
    while silent.wait_for_query(Duration::from_millis(100)) {
        queries += 1;
    }
    assert_eq!(queries, 2 * names.len(), "two tries a name to the silent server");
    let sequential = run(&["--concurrency=1"]);
    assert_eq!(sequential.stdout, expected);
}

#[test]
fn stats_sum_up_the_batch_on_stderr() {
    let server = HoldingServer::start(Duration::ZERO);
    let names: Vec<String> = ["a.x.test", "nxb.x.test", "c.x.test", "nxd.x.test", "e.x.test"].map(String::from).to_vec();
    let (_dir, file) = batch_file(&names);
    let out = dig_batch(server.port, &file, &["--stats"]);
    let stats = out.stderr.clone();
    answers_in_order(&crate::harness::Output { stderr: String::new(), ..out }, &names);
    let out = crate::harness::Output { stderr: stats, stdout: String::new(), status: 0 };
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "stderr: {}", out.stderr);
    assert!(lines[0].starts_with(";; 5 lookups in "), "{}", lines[0]);
    assert_eq!(lines[1], ";; answers: NOERROR 3, NXDOMAIN 2; no answer: 0; tries timed out: 0");
    assert!(lines[2].starts_with(";; query time: p50 "), "{}", lines[2]);
}

#[test]
fn nslookup_commands_from_a_pipe_run_concurrently_in_order() {
    let server = HoldingServer::start(Duration::ZERO);
    let names = ["slow-300-a.x.test", "b.x.test", "nxc.x.test", "d.x.test"];
    let commands: String = names.iter().map(|n| format!("{n}\n")).collect();
    let port = format!("-port={}", server.port);
    let run = |extra: &[&str]| {
        let mut args = vec![port.as_str(), "-", "127.0.0.1"];
        args.extend_from_slice(extra);
        rlookup(&args).stdin(&commands).run()
    };
    let concurrent = run(&[]);
    let sequential = run(&["--concurrency=1"]);
    assert_eq!(concurrent.stdout, sequential.stdout);
    assert_eq!(concurrent.status, sequential.status);
    let order: Vec<usize> = names.iter().map(|n| concurrent.stdout.find(&format!("Name:\t{n}")).unwrap_or(usize::MAX)).collect();
    let expected_names = [0, 1, 3];
    for w in expected_names.windows(2) {
        assert!(order[w[0]] < order[w[1]], "{} printed after {}:\n{}", names[w[0]], names[w[1]], concurrent.stdout);
    }
    assert!(concurrent.stdout.contains("** server can't find nxc.x.test: NXDOMAIN"), "{}", concurrent.stdout);
    assert!(server.most_waiting() > 1, "the slow first command held back the others' queries");
}

/// A TCP relay on 127.0.0.1 to `to` that counts the connections it is
/// given.
fn counting_relay(to: std::net::SocketAddr) -> (u16, Arc<std::sync::atomic::AtomicUsize>) {
    use std::net::{TcpListener, TcpStream};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { break };
            seen.fetch_add(1, Ordering::SeqCst);
            let Ok(server) = TcpStream::connect(to) else { continue };
            let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut c, mut s) = (client, server);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut c, &mut s);
                let _ = s.shutdown(std::net::Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut s2, &mut c2);
                let _ = c2.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    (port, count)
}

#[test]
fn a_tcp_batch_pipelines_its_queries_on_one_connection() {
    let server = crate::fixtures::server();
    let (port, connections) = counting_relay(format!("127.0.0.1:{}", server.port()).parse().unwrap());
    let names = ["www.example.test", "mail.example.test", "dual.example.test", "www.example.test", "nosuch.example.test"];
    let (_dir, file) = batch_file(&names.map(String::from));
    let port = port.to_string();
    let run = |extra: &[&str]| {
        let mut args = vec!["--dig", "-p", &port, "@127.0.0.1", "+tcp", "+noall", "+answer", "+comments", "-f", &file];
        args.extend_from_slice(extra);
        rlookup(&args).run()
    };
    let sequential = run(&["--concurrency=1"]);
    // dig without +keepopen: a connection per lookup.
    assert_eq!(connections.load(Ordering::SeqCst), names.len());
    let concurrent = run(&[]);
    assert_eq!(connections.load(Ordering::SeqCst), names.len() + 1, "one connection for the whole concurrent batch");
    // The same text, ids and query times aside.
    let masked = |t: &str| {
        t.lines()
            .map(|l| if l.starts_with(";; ->>HEADER<<-") { l.split(", id:").next().unwrap().to_string() } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(masked(&concurrent.stdout), masked(&sequential.stdout));
    assert_eq!((concurrent.status, sequential.status), (0, 0));
    assert!(concurrent.stdout.contains("status: NXDOMAIN"), "{}", concurrent.stdout);
}
