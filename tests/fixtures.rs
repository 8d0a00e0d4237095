//! The fixture zones, and servers loaded with them.

use crate::server::DnsServer;

pub const EXAMPLE: (&str, &str) = ("example.test.", include_str!("fixtures/zones/example.test.zone"));
pub const BIG: (&str, &str) = ("big.test.", include_str!("fixtures/zones/big.test.zone"));
pub const REVERSE: (&str, &str) = ("2.0.192.in-addr.arpa.", include_str!("fixtures/zones/reverse.zone"));
/// A name for 127.0.0.1 (Windows-style nslookup prints the server's PTR).
pub const LOOPBACK: (&str, &str) = ("0.0.127.in-addr.arpa.", include_str!("fixtures/zones/loopback.zone"));

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
