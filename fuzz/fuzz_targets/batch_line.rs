//! Arbitrary bytes as dig's `-f` batch file: read as BIND's fgets()
//! reads it (1023-byte chunks), each line parsed after the previous
//! one's lookups, with every request answered without I/O. No panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let args = ["-f".to_string(), "batch".to_string()];
    rlookup::fuzzing::dig(&args, None, data);
});
