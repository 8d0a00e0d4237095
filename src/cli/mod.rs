//! Command-line grammars. `nslookup`, `dig` and `delv` turn their
//! dialect's arguments into steps and lookups (`plan`) without doing any
//! I/O; `opts` reads rlookup's own `--options`; `url` reads server URLs;
//! this module decides which grammar applies ([`choose_dialect`]).

pub mod delv;
pub mod dig;
pub mod nslookup;
pub mod opts;
pub mod url;

pub use crate::plan::Dialect;

/// The dialect the program's name gives: one ending in `dig`, `nslookup`
/// or `delv` (a link named after one of BIND's clients).
pub fn dialect_of_name(argv0: &str) -> Option<Dialect> {
    let base = std::path::Path::new(argv0).file_name().and_then(|s| s.to_str()).unwrap_or(argv0);
    [("dig", Dialect::Dig), ("nslookup", Dialect::Nslookup), ("delv", Dialect::Delv)]
        .into_iter()
        .find(|(n, _)| base.ends_with(n))
        .map(|(_, d)| d)
}

/// The dialect rule, in order:
/// 1. `--dig`, `--nslookup` or `--delv` (`explicit`, the last one given)
///    decides;
/// 2. the program's name: a file name ending in `dig` (`dig`, `rdig`)
///    is dig, one ending in `nslookup` is nslookup, one ending in `delv`
///    is delv;
/// 3. an argument only dig accepts, `@server` or `+option`, means dig;
/// 4. otherwise nslookup.
///
/// `args` excludes argv[0] and rlookup's own options.
pub fn choose_dialect<S: AsRef<str>>(explicit: Option<Dialect>, argv0: &str, args: &[S]) -> Dialect {
    if let Some(d) = explicit.or_else(|| dialect_of_name(argv0)) {
        return d;
    }
    if args.iter().any(|a| a.as_ref().starts_with('@') || a.as_ref().starts_with('+')) {
        return Dialect::Dig;
    }
    Dialect::Nslookup
}

#[cfg(test)]
mod tests {
    use super::*;
    use Dialect::*;

    #[test]
    fn by_program_name() {
        assert_eq!(choose_dialect(None, "/usr/bin/dig", &["example.com"]), Dig);
        assert_eq!(choose_dialect(None, "rdig", &["example.com"]), Dig);
        assert_eq!(choose_dialect(None, "./nslookup", &["example.com"]), Nslookup);
        assert_eq!(choose_dialect(None, "nslookup", &["@x", "+short"]), Nslookup);
        assert_eq!(choose_dialect(None, "dig", &["-type=mx", "x"]), Dig);
        assert_eq!(choose_dialect(None, "/tmp/delv-links/delv", &["@127.0.0.53", "x"]), Delv);
        assert_eq!(choose_dialect(None, "rdelv", &["x"]), Delv);
        assert_eq!(choose_dialect::<&str>(None, "delv", &[]), Delv);
    }

    #[test]
    fn by_arguments() {
        assert_eq!(choose_dialect(None, "rlookup", &["-type=mx", "concordia.ca"]), Nslookup);
        assert_eq!(choose_dialect(None, "rlookup", &["www.aiit.or.kr", "bitsy.mit.edu"]), Nslookup);
        assert_eq!(choose_dialect(None, "rlookup", &["@127.0.0.1", "x"]), Dig);
        assert_eq!(choose_dialect(None, "rlookup", &["x", "+short"]), Dig);
        assert_eq!(choose_dialect(None, "rlookup", &["-x", "1.2.3.4"]), Nslookup);
        assert_eq!(choose_dialect::<&str>(None, "rlookup", &[]), Nslookup);
    }

    #[test]
    fn explicit_choice_wins() {
        assert_eq!(choose_dialect(Some(Dig), "rlookup", &["x", "mx"]), Dig);
        assert_eq!(choose_dialect(Some(Nslookup), "dig", &["x"]), Nslookup);
        assert_eq!(choose_dialect(Some(Nslookup), "rlookup", &["+short"]), Nslookup);
        assert_eq!(choose_dialect(Some(Delv), "dig", &["x"]), Delv);
        assert_eq!(choose_dialect(Some(Dig), "delv", &["x"]), Dig);
    }
}
