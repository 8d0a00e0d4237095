//! Command-line grammars. `nslookup` and `dig` turn their dialect's
//! arguments into steps and lookups without doing any I/O; this module
//! decides which grammar applies (`Dialect::choose`).

pub mod dig;
pub mod nslookup;

/// Which of BIND's clients to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Nslookup,
    Dig,
}

impl Dialect {
    /// The dialect rule, in order:
    /// 1. `--dig` or `--nslookup` anywhere in the arguments decides (the
    ///    last one wins);
    /// 2. the program's name: a file name ending in `dig` (`dig`, `rdig`)
    ///    is dig, one ending in `nslookup` is nslookup;
    /// 3. an argument only dig accepts, `@server` or `+option`, means dig;
    /// 4. otherwise nslookup.
    ///
    /// `args` excludes argv[0]. Neither BIND client accepts an argument
    /// starting with `--`, so these are safe to claim.
    pub fn choose<S: AsRef<str>>(argv0: &str, args: &[S]) -> Dialect {
        let explicit = args.iter().rev().find_map(|a| match a.as_ref() {
            "--dig" => Some(Dialect::Dig),
            "--nslookup" => Some(Dialect::Nslookup),
            _ => None,
        });
        if let Some(d) = explicit {
            return d;
        }
        let base = std::path::Path::new(argv0).file_name().and_then(|s| s.to_str()).unwrap_or(argv0);
        if base.ends_with("dig") {
            return Dialect::Dig;
        }
        if base.ends_with("nslookup") {
            return Dialect::Nslookup;
        }
        if args.iter().any(|a| a.as_ref().starts_with('@') || a.as_ref().starts_with('+')) {
            return Dialect::Dig;
        }
        Dialect::Nslookup
    }

    /// The program name BIND's messages start with (`dig: ...`).
    pub fn progname(self) -> &'static str {
        match self {
            Dialect::Nslookup => "nslookup",
            Dialect::Dig => "dig",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Dialect::*;

    #[test]
    fn by_program_name() {
        assert_eq!(Dialect::choose("/usr/bin/dig", &["example.com"]), Dig);
        assert_eq!(Dialect::choose("rdig", &["example.com"]), Dig);
        assert_eq!(Dialect::choose("./nslookup", &["example.com"]), Nslookup);
        assert_eq!(Dialect::choose("nslookup", &["@x", "+short"]), Nslookup);
        assert_eq!(Dialect::choose("dig", &["-type=mx", "x"]), Dig);
    }

    #[test]
    fn by_arguments() {
        assert_eq!(Dialect::choose("rlookup", &["-type=mx", "concordia.ca"]), Nslookup);
        assert_eq!(Dialect::choose("rlookup", &["www.aiit.or.kr", "bitsy.mit.edu"]), Nslookup);
        assert_eq!(Dialect::choose("rlookup", &["@127.0.0.1", "x"]), Dig);
        assert_eq!(Dialect::choose("rlookup", &["x", "+short"]), Dig);
        assert_eq!(Dialect::choose("rlookup", &["-x", "1.2.3.4"]), Nslookup);
        assert_eq!(Dialect::choose::<&str>("rlookup", &[]), Nslookup);
    }

    #[test]
    fn explicit_flag_wins() {
        assert_eq!(Dialect::choose("rlookup", &["--dig", "x", "mx"]), Dig);
        assert_eq!(Dialect::choose("dig", &["--nslookup", "x"]), Nslookup);
        assert_eq!(Dialect::choose("rlookup", &["--dig", "--nslookup", "+short"]), Nslookup);
    }
}
