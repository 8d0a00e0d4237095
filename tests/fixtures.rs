//! The fixture zones, and servers loaded with them.

use std::net::{IpAddr, TcpListener, UdpSocket};

use crate::server::{DnsServer, GlueServer, bind_same_port};

pub const EXAMPLE: (&str, &str) = ("example.test.", include_str!("fixtures/zones/example.test.zone"));
pub const BIG: (&str, &str) = ("big.test.", include_str!("fixtures/zones/big.test.zone"));
pub const REVERSE: (&str, &str) = ("2.0.192.in-addr.arpa.", include_str!("fixtures/zones/reverse.zone"));
/// A name for 127.0.0.1 (Windows-style nslookup prints the server's PTR).
pub const LOOPBACK: (&str, &str) = ("0.0.127.in-addr.arpa.", include_str!("fixtures/zones/loopback.zone"));

/// A delegation chain for +trace: the root zone (served on 127.0.0.2)
/// delegates `test.` to ns.tld.test (127.0.0.3), which delegates
/// `example.test.` to ns.example.test (127.0.0.4), with glue at each step.
pub const TRACE_ROOT: (&str, &str) = (".", include_str!("fixtures/zones/trace-root.zone"));
pub const TRACE_TLD: (&str, &str) = ("test.", include_str!("fixtures/zones/trace-tld.zone"));
pub const TRACE_EXAMPLE: (&str, &str) = ("example.test.", include_str!("fixtures/zones/trace-example.zone"));

/// The servers of the +trace chain, all on one port: root on 127.0.0.2,
/// `test.` on 127.0.0.3 and `example.test.` on 127.0.0.4 (the first two
/// with glue in their referrals: hickory gives none).
pub struct TraceChain {
    pub root: GlueServer,
    _tld: GlueServer,
    _zone: DnsServer,
    /// The port held on 127.0.0.1 too, so that no fixture server of
    /// another test gets it (tests put servers of their own on 127.0.0.2
    /// or count on nothing listening on 127.0.0.3 at their server's port).
    _guard: (UdpSocket, TcpListener),
}

impl TraceChain {
    pub fn port(&self) -> u16 {
        self.root.addr.port()
    }
}

/// The loopback address 127.0.0.`last`.
pub fn loopback(last: u8) -> IpAddr {
    IpAddr::from([127, 0, 0, last])
}

/// Sockets on one port free on 127.0.0.1 and on 127.0.0.`last` for each
/// of `lasts`: the guard on 127.0.0.1 (keep it while the servers run),
/// then one pair per address.
pub fn same_port(lasts: &[u8]) -> ((UdpSocket, TcpListener), Vec<(UdpSocket, TcpListener)>) {
    let mut ips = vec![loopback(1)];
    ips.extend(lasts.iter().map(|l| loopback(*l)));
    let mut pairs = bind_same_port(&ips).into_iter();
    let guard = pairs.next().unwrap();
    (guard, pairs.collect())
}

/// The glue the chain's referrals carry.
pub const TRACE_ROOT_GLUE: &[(&str, [u8; 4])] = &[("ns.tld.test.", [127, 0, 0, 3])];
pub const TRACE_TLD_GLUE: &[(&str, [u8; 4])] = &[("ns.example.test.", [127, 0, 0, 4])];

pub fn trace_chain() -> TraceChain {
    let (guard, pairs) = same_port(&[2, 3, 4]);
    let mut pairs = pairs.into_iter();
    let root = GlueServer::serve(pairs.next().unwrap(), &[TRACE_ROOT], TRACE_ROOT_GLUE);
    let tld = GlueServer::serve(pairs.next().unwrap(), &[TRACE_TLD], TRACE_TLD_GLUE);
    let zone = DnsServer::serve(pairs.next().unwrap(), &[TRACE_EXAMPLE]);
    TraceChain { root, _tld: tld, _zone: zone, _guard: guard }
}

/// A server with every fixture zone.
pub fn server() -> DnsServer {
    DnsServer::start(&[EXAMPLE, BIG, REVERSE])
}

/// Not a test: serves the fixtures until killed, for comparing rlookup with
/// BIND's nslookup/dig by hand:
/// `cargo test --test integration serve_fixtures -- --ignored --nocapture`
#[test]
#[ignore]
fn serve_fixtures() {
    let s = server();
    println!("serving the fixture zones on 127.0.0.1 port {}", s.port());
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}

/// Not a test: serves the +trace chain (127.0.0.2-4) until killed.
#[test]
#[ignore]
fn serve_trace_chain() {
    let s = trace_chain();
    println!("serving the +trace chain on 127.0.0.2-4 port {}", s.port());
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}
