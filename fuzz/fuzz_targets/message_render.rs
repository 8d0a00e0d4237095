//! Arbitrary bytes as a DNS reply: parsed (strictly and with dig's
//! +besteffort) and printed by every sink (dig in its styles, nslookup,
//! Windows, delv with +mtrace, JSON, tables, --compare, --dump and its
//! pcap). No panic; no raw control byte in the text; valid JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rlookup::fuzzing::render_all(data);
});
