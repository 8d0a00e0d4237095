//! The committed man page and completion scripts are what the built binary
//! generates (`rlookup --generate WHAT`), so they cannot go stale.

use rlookup::cli::opts::Generate;
use rlookup::cli::opts::docs::committed_file;

use crate::harness::rlookup;

const ALL: [(Generate, &str); 6] = [
    (Generate::Man, "man"),
    (Generate::Bash, "bash"),
    (Generate::Zsh, "zsh"),
    (Generate::Fish, "fish"),
    (Generate::Elvish, "elvish"),
    (Generate::PowerShell, "powershell"),
];

#[test]
fn committed_files_are_current() {
    let mut stale = Vec::new();
    for (what, name) in ALL {
        let out = rlookup(&["--generate", name]).run();
        assert_eq!((out.status, out.stderr.as_str()), (0, ""), "rlookup --generate {name}");
        assert!(!out.stdout.is_empty(), "rlookup --generate {name}: nothing");
        let path = committed_file(what);
        let committed = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
        if committed != out.stdout {
            let line = committed
                .lines()
                .zip(out.stdout.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(committed.lines().count().min(out.stdout.lines().count()));
            stale.push(format!("  {path} (first difference at line {}): cargo run -- --generate {name} > {path}", line + 1));
        }
    }
    assert!(stale.is_empty(), "generated files are stale; regenerate them from the option tables:\n{}\n", stale.join("\n"));
}

#[test]
fn generate_needs_a_known_value() {
    let out = rlookup(&["--generate", "tcsh"]).run();
    assert_eq!(out.status, 1);
    assert!(out.stderr.contains("invalid value 'tcsh'"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
}
