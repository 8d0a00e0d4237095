//! The architecture, checked: which layer may use which, and no cycles
//! between files. Reads every `src/**/*.rs`, collects the `crate::...` and
//! `super::...` paths each file uses (in `use` trees and inline), resolves
//! each to the module file it names, and fails with the file and line of
//! every arrow that runs the wrong way:
//!
//! - `render` (the sinks) uses nothing from `lookup`, `transport`, `cli` or
//!   `session`: sinks see events and a writer, nothing else;
//! - `cli` (the grammars) uses nothing from the crate root (`lib.rs`),
//!   `render` or `session`: parsing does no I/O and prints nothing;
//! - `dissect` uses nothing from `render`, `session`, `cli` or `lookup`;
//! - the data modules (`plan`, `event`, `response`, `wire`, `error`,
//!   `calendar`, `version`) use nothing above them (`lookup`, `transport`,
//!   `cli`, `session`, `render`, `dissect`, `config`);
//! - no cycle between files. A file's use of its own ancestors (a child
//!   module using what its `mod.rs` shares, `super::`) is containment,
//!   not an arrow, and does not count towards cycles; every other use does.
//!
//! Unit tests are exempt from the layer rules (a sink's tests may build
//! their fixtures with the grammar): files named `tests.rs` or
//! `*_tests.rs`, files under a `tests/` module directory, and everything
//! after a `#[cfg(test)]` line of a file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A layer rule: files of `from` may not use anything of `to`.
const FORBIDDEN: &[(&str, &[&str])] = &[
    ("render", &["lookup", "transport", "cli", "session"]),
    ("cli", &["<root>", "render", "session"]),
    ("dissect", &["render", "session", "cli", "lookup"]),
    ("plan", &["lookup", "transport", "cli", "session", "render", "dissect", "config"]),
    ("event", &["lookup", "transport", "cli", "session", "render", "dissect", "config"]),
    ("response", &["lookup", "transport", "cli", "session", "render", "dissect", "config"]),
    ("wire", &["lookup", "transport", "cli", "session", "render", "dissect", "config"]),
    ("error", &["lookup", "transport", "cli", "session", "render", "dissect", "config"]),
    ("calendar", &["lookup", "transport", "cli", "session", "render", "dissect", "config", "wire"]),
    ("version", &["lookup", "transport", "cli", "session", "render", "dissect", "config", "wire"]),
];

/// One use of a module path by a file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Use {
    /// The using file (relative to src/).
    file: String,
    line: usize,
    /// The module path it resolves to (`render::dig`), `<root>` for an item
    /// of lib.rs itself.
    target: Vec<String>,
    /// Inside test code.
    test: bool,
}

/// The module path of a file (`render/dig/mod.rs` -> `render::dig`).
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file.trim_end_matches(".rs").split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib" || p == "main") {
        parts.pop();
    }
    parts
}

fn is_test_file(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    name == "tests.rs" || name.ends_with("_tests.rs") || file.split('/').any(|p| p == "tests")
}

/// The source without comments and string/char literals (replaced by
/// spaces, line breaks kept), so that paths in docs and strings are not
/// taken for uses.
fn strip(src: &str) -> String {
    let b = src.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(src.len());
    let mut i = 0;
    let blank = |c: u8| if c == b'\n' { b'\n' } else { b' ' };
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                out.push(b' ');
                i += 1;
            }
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    out.extend_from_slice(b"  ");
                    i += 2;
                } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    out.extend_from_slice(b"  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if b[i] == b'r'
            && (b.get(i + 1) == Some(&b'"')
                || (b.get(i + 1) == Some(&b'#') && !b[..i].last().is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')))
        {
            // A raw string r"..." / r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out.push(b'r');
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            j += 1;
            while j < b.len() && !b[j..].starts_with(&close) {
                j += 1;
            }
            j = (j + close.len()).min(b.len());
            for &c in &b[i..j] {
                out.push(blank(c));
            }
            i = j;
        } else if b[i] == b'"' {
            out.push(b' ');
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    out.push(b' ');
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
            out.push(b' ');
            i += 1;
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            out.extend_from_slice(b"   ");
            i += 3;
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            // '\n', '\x7f', '\u{..}'
            let mut j = i + 2;
            while j < b.len() && b[j] != b'\'' {
                j += 1;
            }
            let end = (j + 1).min(b.len());
            out.extend(std::iter::repeat_n(b' ', end - i));
            i = end;
        } else {
            // Bytes of non-ASCII text become spaces: offsets stay the
            // source's, and paths are ASCII anyway.
            out.push(if b[i].is_ascii() { b[i] } else { b' ' });
            i += 1;
        }
    }
    String::from_utf8(out).expect("only ASCII left")
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Expands a `use` tree (`crate::{a::b, c::{d, e}}`) into its paths.
fn expand_tree(tree: &str) -> Vec<Vec<String>> {
    fn go(prefix: &[String], s: &str, out: &mut Vec<Vec<String>>) {
        let s = s.trim();
        if s.is_empty() {
            return;
        }
        // Split at top-level commas.
        let mut depth = 0;
        let mut start = 0;
        let mut items = Vec::new();
        for (i, c) in s.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&s[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        items.push(&s[start..]);
        if items.len() > 1 {
            for item in items {
                go(prefix, item, out);
            }
            return;
        }
        let item = items[0].trim();
        if let Some(open) = item.find('{') {
            let head = item[..open].trim().trim_end_matches("::");
            let mut p = prefix.to_vec();
            p.extend(head.split("::").filter(|x| !x.is_empty()).map(|x| x.trim().to_string()));
            let inner = &item[open + 1..item.rfind('}').unwrap_or(item.len())];
            go(&p, inner, out);
            return;
        }
        let item = item.split(" as ").next().unwrap_or(item).trim();
        let mut p = prefix.to_vec();
        p.extend(item.split("::").map(|x| x.trim().to_string()).filter(|x| !x.is_empty() && x != "*" && x != "self"));
        out.push(p);
    }
    let mut out = Vec::new();
    go(&[], tree, &mut out);
    out
}

/// Every path a file uses, absolute (`crate::` stripped, `super::`
/// resolved), with its line.
fn paths_of(file: &str, src: &str) -> Vec<(usize, Vec<String>, bool)> {
    let text = strip(src);
    let module = module_of(file);
    let test_from = src.lines().position(|l| l.trim_start().starts_with("#[cfg(test)]")).map(|i| i + 1);
    let line_of = |pos: usize| text[..pos].bytes().filter(|&c| c == b'\n').count() + 1;
    let absolute = |path: Vec<String>| -> Option<Vec<String>> {
        let mut segs = path.into_iter();
        let first = segs.next()?;
        let mut base: Vec<String> = match first.as_str() {
            "crate" => Vec::new(),
            "super" => {
                let mut m = module.clone();
                // A file's own module is `module`; super is its parent.
                m.pop()?;
                m
            }
            "self" => module.clone(),
            _ => return None,
        };
        let mut rest: Vec<String> = segs.collect();
        while rest.first().is_some_and(|s| s == "super") {
            base.pop()?;
            rest.remove(0);
        }
        base.extend(rest);
        Some(base)
    };
    let mut found = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at_word = i == 0 || !is_ident(b[i - 1]);
        if at_word && text[i..].starts_with("use ") && !text[..i].trim_end().ends_with("pub(crate)")
            || at_word && text[i..].starts_with("use ")
        {
            let end = text[i..].find(';').map_or(b.len(), |e| i + e);
            let tree = &text[i + 4..end];
            let line = line_of(i);
            for p in expand_tree(tree) {
                if let Some(abs) = absolute(p) {
                    found.push((line, abs, test_from.is_some_and(|t| line >= t)));
                }
            }
            i = end;
            continue;
        }
        for prefix in ["crate::", "super::"] {
            if at_word && text[i..].starts_with(prefix) {
                let mut j = i;
                while j < b.len() && (is_ident(b[j]) || text[j..].starts_with("::")) {
                    j += if b[j] == b':' { 2 } else { 1 };
                }
                let path: Vec<String> = text[i..j].trim_end_matches("::").split("::").map(str::to_string).collect();
                let line = line_of(i);
                if let Some(abs) = absolute(path) {
                    found.push((line, abs, test_from.is_some_and(|t| line >= t)));
                }
                i = j;
                break;
            }
        }
        i += 1;
    }
    found
}

/// Every use of every file, resolved to the module file it names.
fn uses(files: &BTreeMap<String, String>) -> Vec<Use> {
    let modules: BTreeSet<Vec<String>> = files.keys().map(|f| module_of(f)).collect();
    let mut out = Vec::new();
    for (file, src) in files {
        for (line, path, in_test) in paths_of(file, src) {
            // The longest prefix that is a module file; none: an item of
            // lib.rs itself.
            let target = (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| !p.is_empty() && modules.contains(p));
            let target = target.unwrap_or_else(|| vec!["<root>".to_string()]);
            out.push(Use { file: file.clone(), line, target, test: in_test || is_test_file(file) });
        }
    }
    out
}

/// The arrows that break a layer rule, as `file:line: layer -> layer`.
fn forbidden_arrows(uses: &[Use]) -> Vec<String> {
    let mut bad = Vec::new();
    for u in uses.iter().filter(|u| !u.test) {
        let from = module_of(&u.file);
        let Some(layer) = from.first() else { continue };
        for (rule, denied) in FORBIDDEN {
            if layer == rule && denied.contains(&u.target[0].as_str()) {
                bad.push(format!(
                    "src/{}:{}: {} uses {} ({} must not use {})",
                    u.file,
                    u.line,
                    layer,
                    u.target.join("::"),
                    rule,
                    u.target[0]
                ));
            }
        }
    }
    bad
}

/// The cycles between files (strongly connected components of more than
/// one file), each as its files and one use per arrow.
fn cycles(uses: &[Use], files: &BTreeMap<String, String>) -> Vec<String> {
    let file_of: BTreeMap<Vec<String>, String> = files.keys().map(|f| (module_of(f), f.clone())).collect();
    let mut edges: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for u in uses {
        let from = module_of(&u.file);
        // A file's ancestors (and itself) are containment, not arrows.
        if u.target.len() <= from.len() && from[..u.target.len()] == u.target[..] {
            continue;
        }
        let Some(to) = file_of.get(&u.target) else { continue };
        edges.entry(u.file.clone()).or_default().entry(to.clone()).or_insert(u.line);
    }
    // Tarjan's strongly connected components.
    struct T<'a> {
        edges: &'a BTreeMap<String, BTreeMap<String, usize>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        on: BTreeSet<String>,
        next: usize,
        sccs: Vec<Vec<String>>,
    }
    impl T<'_> {
        fn visit(&mut self, v: &str) {
            self.index.insert(v.to_string(), self.next);
            self.low.insert(v.to_string(), self.next);
            self.next += 1;
            self.stack.push(v.to_string());
            self.on.insert(v.to_string());
            let targets: Vec<String> = self.edges.get(v).map(|m| m.keys().cloned().collect()).unwrap_or_default();
            for w in targets {
                if !self.index.contains_key(&w) {
                    self.visit(&w);
                    let lw = self.low[&w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(&w) {
                    let iw = self.index[&w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut scc = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(&w);
                    let done = w == v;
                    scc.push(w);
                    if done {
                        break;
                    }
                }
                if scc.len() > 1 {
                    scc.sort();
                    self.sccs.push(scc);
                }
            }
        }
    }
    let mut t = T {
        edges: &edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        sccs: Vec::new(),
    };
    for f in files.keys() {
        if !t.index.contains_key(f) {
            t.visit(f);
        }
    }
    t.sccs
        .iter()
        .map(|scc| {
            let arrows: Vec<String> = scc
                .iter()
                .flat_map(|a| {
                    edges.get(a).into_iter().flat_map(move |m| {
                        m.iter().filter(|(b, _)| scc.contains(b)).map(move |(b, line)| format!("src/{a}:{line} -> src/{b}"))
                    })
                })
                .collect();
            format!("cycle between {}: {}", scc.join(", "), arrows.join("; "))
        })
        .collect()
}

/// Every `.rs` file under `dir`, relative to it.
fn sources(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).expect("src/ is readable").map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(root, &p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn arrows_run_one_way() {
    let files = sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(files.len() > 40, "found {} files", files.len());
    let all = uses(&files);
    // The checker sees the arrows that exist (a sanity check that it
    // parses this tree at all).
    assert!(all.iter().any(|u| u.file == "render/dig/mod.rs" && u.target == ["event"]), "render::dig uses event");
    assert!(all.iter().any(|u| u.file == "lookup/mod.rs" && u.target == ["transport", "udp"]));
    let mut problems = forbidden_arrows(&all);
    problems.extend(cycles(&all, &files));
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn no_file_over_2500_lines() {
    let files = sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let long: Vec<String> =
        files.iter().filter(|(_, s)| s.lines().count() > 2500).map(|(f, s)| format!("src/{f}: {} lines", s.lines().count())).collect();
    assert!(long.is_empty(), "{long:?}");
}

/// The checker itself: a forbidden arrow and a cycle in a small tree are
/// found, with their file and line; the allowed ones are not.
#[test]
fn the_checker_finds_what_it_should() {
    let tree = |extra: &[(&str, &str)]| -> BTreeMap<String, String> {
        let mut m: BTreeMap<String, String> = [
            ("lib.rs", "pub mod render;\npub mod lookup;\npub mod event;\npub mod cli;\npub const VERSION: &str = \"x\";\n"),
            ("event.rs", "pub struct Event;\n"),
            ("render/mod.rs", "//! uses crate::lookup in a comment only\npub mod dig;\nuse crate::event::Event;\n"),
            ("render/dig.rs", "use super::Sink;\nuse crate::{event::Event, wire::Name};\nfn f() { let s = \"crate::lookup::x\"; }\n"),
            ("lookup/mod.rs", "use crate::event::{self, Event};\n"),
            ("cli/mod.rs", "pub fn parse() {}\n"),
            ("wire/mod.rs", "pub struct Name;\n"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        for (f, s) in extra {
            m.insert(f.to_string(), s.to_string());
        }
        m
    };
    let clean = tree(&[]);
    assert_eq!(forbidden_arrows(&uses(&clean)), Vec::<String>::new());
    assert_eq!(cycles(&uses(&clean), &clean), Vec::<String>::new());

    // render using the engine, inline on line 3: found, with file and line.
    let bad = tree(&[("render/dig.rs", "use super::Sink;\n\nfn f() { crate::lookup::run(); }\n")]);
    let found = forbidden_arrows(&uses(&bad));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("src/render/dig.rs:3: render uses lookup"), "{found:?}");

    // cli using an item of lib.rs (a `use` tree over two lines).
    let bad = tree(&[("cli/mod.rs", "use crate::{\n    VERSION,\n    wire::Name,\n};\n")]);
    let found = forbidden_arrows(&uses(&bad));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("src/cli/mod.rs:1: cli uses <root>"), "{found:?}");

    // Test code may use the grammar.
    let ok = tree(&[("render/dig.rs", "use super::Sink;\n#[cfg(test)]\nmod tests { use crate::cli::parse; }\n")]);
    assert_eq!(forbidden_arrows(&uses(&ok)), Vec::<String>::new());

    // Two files using each other: a cycle; a child using its parent: none.
    let cyc = tree(&[("lookup/mod.rs", "use crate::cli::parse;\n"), ("cli/mod.rs", "fn g() { crate::lookup::run(); }\n")]);
    let found = cycles(&uses(&cyc), &cyc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("src/cli/mod.rs:1 -> src/lookup/mod.rs") && found[0].contains("src/lookup/mod.rs:1 -> src/cli/mod.rs"),
        "{found:?}"
    );
    let nested = tree(&[("render/mod.rs", "pub mod dig;\nuse dig::X;\nuse self::dig::Y;\n")]);
    assert_eq!(cycles(&uses(&nested), &nested), Vec::<String>::new());
}
