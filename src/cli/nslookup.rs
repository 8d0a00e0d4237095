//! nslookup's grammar: the command line (`nslookup [-opt ...] [host [server]]`),
//! the `set` options shared by `-opt` and interactive `set opt`, and the
//! interactive commands. Pure: text in, values out; BIND's messages for bad
//! values are carried in the values and printed by `session::nslookup` in
//! order, as BIND prints them while it parses (bin/dig/nslookup.c).

use crate::wire::types;

/// One `set` option (nslookup.c's setoption()).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetOption {
    /// `all`: print the settings.
    All,
    /// `class=X` / `cl=X`: Ok(class as typed) or the complaint to print.
    Class(Result<String, String>),
    /// `type=`, `ty=`, `querytype=`, `query=`, `qu=`, `q=`.
    Type(Result<String, String>),
    /// `domain=X` / `do=X`.
    Domain(String),
    Port(Result<u16, String>),
    Timeout(Result<u32, String>),
    Retry(Result<u32, String>),
    Ndots(Result<u32, String>),
    Recurse(bool),
    Defname(bool),
    Vc(bool),
    Debug(bool),
    D2(bool),
    Search(bool),
    Fail(bool),
    /// `sil`: accepted, does nothing (deprecation warnings are gone).
    Silent,
    /// Anything else: `*** Invalid option: X`.
    Invalid(String),
}

/// BIND's CHECKOPT(A, N): `opt` is a case-insensitive prefix of `full` at
/// least `min` characters long.
fn checkopt(opt: &str, full: &str, min: usize) -> bool {
    opt.len() >= min && opt.len() <= full.len() && full.as_bytes()[..opt.len()].eq_ignore_ascii_case(opt.as_bytes())
}

/// `opt` starts with `prefix`, ignoring case; returns the rest.
fn value_of<'a>(opt: &'a str, prefix: &str) -> Option<&'a str> {
    let head = opt.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &opt[prefix.len()..])
}

/// BIND's isc_parse_uint32 plus a maximum, with the message parse_uint()
/// prints: `invalid port '99999': out of range`.
pub fn parse_uint(value: &str, max: u32, desc: &str) -> Result<u32, String> {
    let complaint = |why: &str| format!("invalid {desc} '{value}': {why}");
    if !value.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        return Err(complaint("not a valid number"));
    }
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(complaint("not a valid number"));
    }
    match value.parse::<u32>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(complaint("out of range")),
    }
}

fn type_value(v: &str) -> Result<String, String> {
    match types::type_from_text(v) {
        Some(_) => Ok(v.to_string()),
        None => Err(format!("unknown query type: {v}")),
    }
}

fn class_value(v: &str) -> Result<String, String> {
    match types::class_from_text(v) {
        Some(_) => Ok(v.to_string()),
        None => Err(format!("unknown query class: {v}")),
    }
}

/// nslookup.c's setoption(), in its order of tests.
pub fn parse_set_option(opt: &str) -> SetOption {
    use SetOption as S;
    if checkopt(opt, "all", 3) {
        return S::All;
    }
    for p in ["class=", "cl="] {
        if let Some(v) = value_of(opt, p) {
            return S::Class(class_value(v));
        }
    }
    for p in ["type=", "ty=", "querytype=", "query=", "qu=", "q="] {
        if let Some(v) = value_of(opt, p) {
            return S::Type(type_value(v));
        }
    }
    for p in ["domain=", "do="] {
        if let Some(v) = value_of(opt, p) {
            return S::Domain(v.to_string());
        }
    }
    for p in ["port=", "po="] {
        if let Some(v) = value_of(opt, p) {
            return S::Port(parse_uint(v, 65535, "port").map(|n| n as u16));
        }
    }
    for p in ["timeout=", "t="] {
        if let Some(v) = value_of(opt, p) {
            return S::Timeout(parse_uint(v, u32::MAX, "timeout"));
        }
    }
    if checkopt(opt, "recurse", 3) {
        return S::Recurse(true);
    }
    if checkopt(opt, "norecurse", 5) {
        return S::Recurse(false);
    }
    for p in ["retry=", "ret="] {
        if let Some(v) = value_of(opt, p) {
            return S::Retry(parse_uint(v, i32::MAX as u32, "tries"));
        }
    }
    /// (name, shortest abbreviation, the option it makes, on or off)
    type Flag = (&'static str, usize, fn(bool) -> SetOption, bool);
    let flags: [Flag; 13] = [
        ("defname", 3, S::Defname, true),
        ("nodefname", 5, S::Defname, false),
        ("vc", 2, S::Vc, true),
        ("novc", 4, S::Vc, false),
        ("debug", 3, S::Debug, true),
        ("nodebug", 5, S::Debug, false),
        ("d2", 2, S::D2, true),
        ("nod2", 4, S::D2, false),
        ("search", 3, S::Search, true),
        ("nosearch", 5, S::Search, false),
        ("sil", 3, |_| S::Silent, true),
        ("fail", 3, S::Fail, true),
        ("nofail", 5, S::Fail, false),
    ];
    for (name, min, make, on) in flags {
        if checkopt(opt, name, min) {
            return make(on);
        }
    }
    if let Some(v) = value_of(opt, "ndots=") {
        return S::Ndots(parse_uint(v, 128, "ndots"));
    }
    S::Invalid(opt.to_string())
}

/// One step of the command line, in order (nslookup.c's parse_args()).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `-opt`
    Set(SetOption),
    /// The host to look up (the first non-option argument).
    Lookup(String),
    /// The server (the second non-option argument).
    Server(String),
    /// `-ver...`: print the version and exit 0.
    Version,
    /// Too many arguments: the usage text and exit 1.
    Usage,
}

/// The parsed command line. `interactive` is true when no host was given
/// (commands then come from stdin).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    pub steps: Vec<Step>,
    pub interactive: bool,
}

/// nslookup.c's parse_args().
pub fn parse_args<S: AsRef<str>>(args: &[S]) -> Invocation {
    let mut steps = Vec::new();
    let mut have_lookup = false;
    let mut in_use = false;
    for (i, arg) in args.iter().enumerate() {
        let arg = arg.as_ref();
        if let Some(opt) = arg.strip_prefix('-') {
            if value_of(arg, "-ver").is_some() {
                steps.push(Step::Version);
                return Invocation { steps, interactive: false };
            } else if !opt.is_empty() {
                steps.push(Step::Set(parse_set_option(opt)));
            } else {
                have_lookup = true;
            }
        } else if !have_lookup {
            have_lookup = true;
            in_use = true;
            steps.push(Step::Lookup(arg.to_string()));
        } else {
            if i + 1 < args.len() {
                steps.push(Step::Usage);
                return Invocation { steps, interactive: false };
            }
            steps.push(Step::Server(arg.to_string()));
        }
    }
    Invocation { steps, interactive: !in_use }
}

/// One line of interactive input (nslookup.c's do_next_command()).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// An empty line.
    Nothing,
    Set(SetOption),
    /// `server X` / `lserver X` (None: no argument, just show the server).
    Server(Option<String>),
    Exit,
    /// `help`, `?`: "The 'X' command is not yet implemented."
    NotYetImplemented(String),
    /// `finger`, `root`, `ls`, `view`: "The 'X' command is not implemented."
    NotImplemented(String),
    /// Anything else: look up the first word.
    Lookup(String),
}

pub fn parse_command(line: &str) -> Command {
    let mut words = line.split([' ', '\t', '\r', '\n']).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return Command::Nothing };
    let arg = words.next();
    let is = |w: &str| first.eq_ignore_ascii_case(w);
    if is("set") && arg.is_some() {
        Command::Set(parse_set_option(arg.unwrap_or_default()))
    } else if is("server") || is("lserver") {
        Command::Server(arg.map(str::to_string))
    } else if is("exit") {
        Command::Exit
    } else if is("help") || is("?") {
        Command::NotYetImplemented(first.to_string())
    } else if is("finger") || is("root") || is("ls") || is("view") {
        Command::NotImplemented(first.to_string())
    } else {
        Command::Lookup(first.to_string())
    }
}

#[cfg(test)]
mod tests;
