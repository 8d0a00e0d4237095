//! Arbitrary bytes as a dig command line: words split at NUL; what
//! follows the first 0x01 byte is ~/.digrc. rlookup's own `--options`
//! are taken out first (as `rlookup::run` does), then dig's grammar runs
//! with every request answered without I/O. No panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (args, digrc) = match data.iter().position(|&b| b == 1) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let mut words = rlookup::fuzzing::words(args);
    let _ = rlookup::cli::opts::split_own(&mut words);
    let _ = rlookup::cli::choose_dialect(None, "rlookup", &words);
    rlookup::fuzzing::dig(&words, digrc, b"");
});
