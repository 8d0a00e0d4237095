//! rlookup's integration tests: the built binary against real DNS servers
//! on 127.0.0.1 (an in-process hickory-server with fixture zones, and small
//! raw servers for misbehaviour, encrypted front ends with a test CA), over
//! real UDP, TCP, TLS, HTTP/2 and QUIC connections.

mod architecture;
mod fixtures;
mod harness;
mod hostile_server;
mod secure_server;
mod server;
mod tsig_server;

mod batch;
mod bytes;
mod compare;
mod delv;
mod dig;
mod dig_failures;
mod extras;
mod generated;
mod hostile;
mod json;
mod nslookup;
mod progress;
mod pty;
mod resolved;
mod secure;
mod tsig;
mod validate;
mod windows;

/// nslookup's usage text (on stderr, exit 1).
pub const USAGE_NSLOOKUP: &str = "Usage:
   nslookup [-opt ...]             # interactive mode using default server
   nslookup [-opt ...] - server    # interactive mode using 'server'
   nslookup [-opt ...] host        # just look up 'host' using default server
   nslookup [-opt ...] host server # just look up 'host' using 'server'
";
