//! Arbitrary bytes as an nslookup command line (words split at NUL,
//! after rlookup's own `--options` are taken out) and as interactive
//! commands (one a line). No panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rlookup::cli::nslookup::{Step, parse_args, parse_command};

fuzz_target!(|data: &[u8]| {
    let mut words = rlookup::fuzzing::words(data);
    let _ = rlookup::cli::opts::split_own(&mut words);
    for step in parse_args(&words).steps {
        if let Step::Lookup(host) = step {
            let _ = rlookup::session::nslookup::reverse_name(&host);
        }
    }
    for line in String::from_utf8_lossy(data).lines() {
        let _ = parse_command(line);
    }
});
