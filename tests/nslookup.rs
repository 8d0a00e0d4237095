//! The nslookup dialect against the in-process server.
