//! The rlookup binary: everything happens in `rlookup::run`; this maps its
//! outcome to the process exit status.

fn main() {
    std::process::exit(rlookup::run(std::env::args_os().collect()));
}
