//! nslookup's interactive mode on a terminal: BIND's readline prompt (`> `)
//! with line editing (rustyline), a history kept in the XDG state
//! directory, Tab completion of the commands, the `set` options and the
//! record types, a help text, and Ctrl-C that abandons the lookup under way
//! instead of ending the run.
//!
//! Used only when standard input and output are both terminals: piped
//! input keeps `Session::interactive`'s plain loop, byte for byte BIND's.
//! The commands themselves are `Session::command`'s; this module only
//! reads the lines, and answers `help` / `?` (which BIND only says are not
//! yet implemented).

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};

use crate::cli::nslookup::{Command, parse_command};
use crate::wire::types;

/// BIND's readline prompt.
pub const PROMPT: &str = "> ";

/// How many lines the history file keeps.
const HISTORY_SIZE: usize = 1000;

/// The commands, as completed (those taking an argument with a space).
const COMMANDS: &[&str] = &["server ", "lserver ", "set ", "exit", "help", "?", "ls ", "finger", "root", "view "];

/// The `set` options, as completed (one spelling each; `set` accepts more).
const SET_OPTIONS: &[&str] = &[
    "all",
    "class=",
    "type=",
    "querytype=",
    "domain=",
    "port=",
    "timeout=",
    "retry=",
    "ndots=",
    "debug",
    "nodebug",
    "d2",
    "nod2",
    "vc",
    "novc",
    "recurse",
    "norecurse",
    "search",
    "nosearch",
    "defname",
    "nodefname",
    "fail",
    "nofail",
];

/// The spellings of `set type=` (nslookup.c's setoption()).
const TYPE_KEYS: &[&str] = &["type", "ty", "querytype", "query", "qu", "q"];
/// The spellings of `set class=`.
const CLASS_KEYS: &[&str] = &["class", "cl"];
const CLASSES: &[&str] = &["IN", "CH", "HS", "ANY", "NONE"];

/// One line read from the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Line(String),
    /// Ctrl-C at the prompt: the line is dropped.
    Interrupted,
    /// Ctrl-D on an empty line (or the terminal went away).
    Eof,
}

/// The help text (`help`, `?`), naming the history file if there is one.
pub fn help_text(history: Option<&Path>) -> String {
    let history = history.map_or_else(|| "none".to_string(), |p| p.display().to_string());
    format!(
        "\
Commands (NAME: a host name or an address; [ ]: optional):
  NAME              look NAME up with the current server and settings
                    (an IPv4 or IPv6 address: its PTR record)
  server [NAME]     make NAME the server (alone: show the server)
  lserver [NAME]    the same as server
  set OPTION        change a setting (below)
  set all           show the server and every setting
  help, ?           show this text
  exit              leave (Ctrl-D too)
  ls, finger, root, view
                    not implemented (as in BIND 9)

Set options (\"no\" before a flag turns it off):
  type=TYPE         the record type to ask for: A, AAAA, MX, NS, SOA, TXT,
                    PTR, SRV, ANY... (also q=, qu=, query=, querytype=, ty=;
                    default: A then AAAA)
  class=CLASS       the class: IN, CH, HS, ANY (also cl=)
  domain=NAME       make NAME the whole search list (also do=)
  port=N            the server's port (also po=)
  timeout=N         seconds to wait for a reply (also t=)
  retry=N           send each query at most N times (also ret=)
  ndots=N           names with at least N dots are tried as they are first
  [no]search        use the search list (also [no]defname)
  [no]recurse       ask the server to recurse
  [no]vc            use TCP rather than UDP
  [no]debug         print every section of each reply
  [no]d2            print more about what is sent and received
  [no]fail          after SERVFAIL, stop (fail) or try the next server

Keys: Tab completes commands, options and record types; Up and Down walk the
history (file: {history}); Ctrl-R searches it; Ctrl-C abandons a lookup or
clears the line; Ctrl-D on an empty line leaves.
"
    )
}

/// True if the line is `help` or `?` (for BIND, a command not yet
/// implemented): on a terminal it gets the help text.
pub fn is_help(line: &str) -> bool {
    matches!(parse_command(line), Command::NotYetImplemented(_))
}

/// The history file: $XDG_STATE_HOME/rlookup/history, by default
/// ~/.local/state/rlookup/history. None without a usable HOME.
pub fn history_path() -> Option<PathBuf> {
    let from_env = |key: &str| std::env::var_os(key).map(PathBuf::from).filter(|p| p.is_absolute());
    let state = from_env("XDG_STATE_HOME").or_else(|| from_env("HOME").map(|home| home.join(".local").join("state")))?;
    Some(state.join("rlookup").join("history"))
}

/// The record type names BIND reads (`wire::types`), in number order.
fn type_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        (1..=u16::MAX)
            .filter(|&t| types::type_is_known(t))
            .map(types::type_to_text)
            .filter(|n| !n.starts_with("TYPE") && types::type_from_text(n).is_some())
            .collect()
    })
}

/// `word` starts with `prefix`, ignoring case.
fn starts_with_ci(word: &str, prefix: &str) -> bool {
    word.len() >= prefix.len() && word.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// The completions of `line` with the cursor at `pos`: where the
/// completed word starts, and its candidates (display, replacement).
pub fn complete(line: &str, pos: usize) -> (usize, Vec<(String, String)>) {
    let before = &line[..pos];
    let start = before.rfind([' ', '\t']).map_or(0, |i| i + 1);
    let word = &before[start..];
    let earlier: Vec<&str> = before[..start].split_whitespace().collect();
    let pick = |list: &mut dyn Iterator<Item = &str>, prefix: &str| -> Vec<(String, String)> {
        list.filter(|c| starts_with_ci(c, prefix)).map(|c| (c.trim_end().to_string(), c.to_string())).collect()
    };
    match earlier.as_slice() {
        [] => (start, pick(&mut COMMANDS.iter().copied(), word)),
        [cmd] if cmd.eq_ignore_ascii_case("set") => match word.split_once('=') {
            None => (start, pick(&mut SET_OPTIONS.iter().copied(), word)),
            Some((key, value)) => {
                let is = |keys: &[&str]| keys.iter().any(|k| k.eq_ignore_ascii_case(key));
                let mut found = if is(TYPE_KEYS) {
                    pick(&mut type_names().iter().map(String::as_str), value)
                } else if is(CLASS_KEYS) {
                    pick(&mut CLASSES.iter().copied(), value)
                } else {
                    Vec::new()
                };
                // In the case being typed: "set type=m" offers mx, md...
                if !value.is_empty() && !value.bytes().any(|b| b.is_ascii_uppercase()) {
                    for (d, r) in &mut found {
                        d.make_ascii_lowercase();
                        r.make_ascii_lowercase();
                    }
                }
                found.sort();
                (start + key.len() + 1, found)
            }
        },
        _ => (pos, Vec::new()),
    }
}

/// rustyline's helper: completion only.
#[derive(Default)]
pub struct NsHelper;

impl Completer for NsHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = complete(line, pos);
        Ok((start, found.into_iter().map(|(display, replacement)| Pair { display, replacement }).collect()))
    }
}

impl Hinter for NsHelper {
    type Hint = String;
}

impl Highlighter for NsHelper {}

impl Validator for NsHelper {}

impl Helper for NsHelper {}

/// Runs `make` (the line editor's set-up) and puts SIGINT's handler back
/// as it was (tokio's): rustyline 17 takes SIGINT over for the life of its
/// editor, for a pipe of its own, which would hide Ctrl-C from tokio.
/// rustyline needs SIGINT only with `enable_signals`, which is off: in its
/// raw mode Ctrl-C is a key. (Its "signal-hook" feature would leave SIGINT
/// alone, but in 17 and 18 it loses typed-ahead keys, and 19 needs a newer
/// Rust than our rust-version.)
#[cfg(unix)]
fn keep_sigint<T>(make: impl FnOnce() -> T) -> T {
    // SAFETY: sigaction() with a zeroed struct to fill in, then with the
    // struct it filled in; no handler code of ours is involved.
    unsafe {
        let mut saved: libc::sigaction = std::mem::zeroed();
        let have = libc::sigaction(libc::SIGINT, std::ptr::null(), &mut saved) == 0;
        let made = make();
        if have {
            libc::sigaction(libc::SIGINT, &saved, std::ptr::null_mut());
        }
        made
    }
}

#[cfg(not(unix))]
fn keep_sigint<T>(make: impl FnOnce() -> T) -> T {
    make()
}

/// The terminal side of an interactive run: the line editor, its history
/// file, and SIGINT caught rather than fatal.
pub struct Terminal {
    editor: Editor<NsHelper, DefaultHistory>,
    history: Option<PathBuf>,
    /// Holding SIGINT for the whole run: once tokio's handler is installed
    /// the signal no longer ends the process (only lookups, in
    /// `cancellable`).
    #[cfg(unix)]
    _sigint: tokio::signal::unix::Signal,
}

impl Terminal {
    /// The line editor, with its history loaded. Call it only when stdin
    /// and stdout are terminals, inside the tokio runtime. None if the
    /// terminal cannot be set up (the caller then reads lines plainly).
    pub fn open() -> Option<Terminal> {
        #[cfg(unix)]
        let sigint = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok()?;
        let config = Config::builder()
            .auto_add_history(false)
            .max_history_size(HISTORY_SIZE)
            .ok()?
            .history_ignore_dups(true)
            .ok()?
            .completion_type(CompletionType::List)
            .build();
        let mut editor = keep_sigint(|| Editor::with_config(config)).ok()?;
        editor.set_helper(Some(NsHelper));
        let history = history_path();
        if let Some(path) = &history {
            if let Some(dir) = path.parent() {
                let mut builder = std::fs::DirBuilder::new();
                builder.recursive(true);
                #[cfg(unix)]
                std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
                let _ = builder.create(dir);
            }
            // A missing or unreadable history is no history.
            let _ = editor.load_history(path);
        }
        Some(Terminal {
            editor,
            history,
            #[cfg(unix)]
            _sigint: sigint,
        })
    }

    /// Prompts and reads one line; a line with text goes to the history
    /// (and its file, if writable).
    pub fn read_line(&mut self) -> Input {
        match self.editor.readline(PROMPT) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.editor.add_history_entry(line.as_str());
                    if let Some(path) = &self.history {
                        let _ = self.editor.append_history(path);
                    }
                }
                Input::Line(line)
            }
            Err(ReadlineError::Interrupted) => Input::Interrupted,
            // Ctrl-D, or the terminal failing (BIND's readline() returning
            // NULL): the end of input either way.
            Err(_) => Input::Eof,
        }
    }

    /// The help text for this terminal.
    pub fn help(&self) -> String {
        help_text(self.history.as_deref())
    }

    /// Runs `work` unless Ctrl-C comes first: then it is dropped (its
    /// sockets closed) and None is returned.
    pub async fn cancellable<T>(&mut self, work: impl Future<Output = T>) -> Option<T> {
        tokio::select! {
            done = work => Some(done),
            // (Should listening fail, the work just runs to its end.)
            Ok(()) = tokio::signal::ctrl_c() => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replacements(line: &str) -> (usize, Vec<String>) {
        let (start, found) = complete(line, line.len());
        (start, found.into_iter().map(|(_, r)| r).collect())
    }

    #[test]
    fn commands() {
        assert_eq!(replacements("se"), (0, vec!["server ".to_string(), "set ".to_string()]));
        assert_eq!(replacements("ls"), (0, vec!["lserver ".to_string(), "ls ".to_string()]));
        assert_eq!(replacements("EX"), (0, vec!["exit".to_string()]));
        assert_eq!(replacements("  he"), (2, vec!["help".to_string()]));
        assert_eq!(replacements("server lo").1, Vec::<String>::new());
        assert_eq!(replacements("www.example.test x").1, Vec::<String>::new());
    }

    #[test]
    fn set_options() {
        assert_eq!(replacements("set ty"), (4, vec!["type=".to_string()]));
        assert_eq!(replacements("set nod"), (4, vec!["nodebug".to_string(), "nod2".to_string(), "nodefname".to_string()]));
        assert_eq!(replacements("set ").1.len(), SET_OPTIONS.len());
        assert_eq!(replacements("set type=mx ").1, Vec::<String>::new());
    }

    #[test]
    fn record_types_and_classes() {
        assert_eq!(replacements("set type=AA"), (9, vec!["AAAA".to_string()]));
        assert_eq!(replacements("set q=aa"), (6, vec!["aaaa".to_string()]));
        assert_eq!(replacements("SET QUERYTYPE=SO"), (14, vec!["SOA".to_string()]));
        let mx = replacements("set type=m").1;
        assert!(mx.contains(&"mx".to_string()) && mx.contains(&"minfo".to_string()), "{mx:?}");
        assert_eq!(replacements("set class=c"), (10, vec!["ch".to_string()]));
        assert_eq!(replacements("set port=5").1, Vec::<String>::new());
    }

    #[test]
    fn type_names_are_binds() {
        let names = type_names();
        for t in ["A", "NS", "MX", "AAAA", "SRV", "HTTPS", "CAA", "ANY", "AXFR"] {
            assert!(names.iter().any(|n| n == t), "{t}");
        }
        assert!(!names.iter().any(|n| n.starts_with("TYPE") || n == "UINFO"));
    }

    #[test]
    fn help_is_recognised() {
        assert!(is_help("help\n") && is_help("?") && is_help("HELP me"));
        assert!(!is_help("helper") && !is_help("set all"));
    }

    #[test]
    fn help_lists_commands_and_options() {
        let text = help_text(Some(Path::new("/h/.local/state/rlookup/history")));
        for needle in ["server [NAME]", "lserver", "set all", "exit", "type=TYPE", "[no]vc", "[no]fail", "/h/.local/state/rlookup/history"]
        {
            assert!(text.contains(needle), "{needle}");
        }
    }
}
