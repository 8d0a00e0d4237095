//! rlookup's integration tests: the built binary against real DNS servers
//! on 127.0.0.1 (an in-process hickory-server with fixture zones, and small
//! raw servers for misbehaviour), over real UDP and TCP sockets.

mod harness;
mod server;
mod fixtures;

mod nslookup;
