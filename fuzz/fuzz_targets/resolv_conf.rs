//! Arbitrary bytes as /etc/resolv.conf: parsed as BIND's clients read it,
//! then turned into nslookup's and dig's settings. No panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rc) = rlookup::config::ResolvConf::parse(data) {
        // libirs keeps 3 servers (the fallback is 2) and 8 search domains.
        assert!((1..=3).contains(&rc.nameservers.len()) && rc.search.len() <= 8, "{rc:?}");
        let _ = rlookup::session::nslookup::settings_from(&rc);
        let _ = rlookup::session::dig::settings_from(&rc);
    }
});
