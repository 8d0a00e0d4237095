//! The documentation built from the option tables ([`super::OWN_OPTIONS`]
//! and [`super::table`]): the dialects' part of `--help`, the man page
//! (clap_mangen for rlookup's own options, roff for the rest) and the shell
//! completions (clap_complete), as `rlookup --generate WHAT` writes them.
//!
//! The files under man/ and completions/ are this module's output,
//! committed; tests/generated.rs fails when they are stale.

use std::io::{self, Write};

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Arg, ArgAction, Command};
use clap_complete::Shell;
use clap_mangen::Man;
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use super::Generate;
use super::table::{DELV_DASH, DELV_PLUS, DIG_DASH, DIG_PLUS, DialectOpt, NSLOOKUP, NSLOOKUP_COMMANDS, Status};

/// The dialect rule's steps, as the man page lists them (each is in
/// [`super::DIALECT_RULE`], which `--help` prints).
pub const DIALECT_STEPS: [&str; 4] = [
    "*--dig*, *--nslookup* or *--delv* decides (the last one given);",
    "else the program's name: one ending in \"dig\" (dig, rdig) is dig, one ending in \"nslookup\" is nslookup, one ending in \"delv\" is delv;",
    "else any *@*_server_ or *+*_option_ argument means dig;",
    "else nslookup.",
];
use crate::wire::types;

/// The three forms of the command line (`--help`'s usage and the man
/// page's synopsis).
pub const USAGE: &str = "\
rlookup [--OPTION...] [-OPTION...] [NAME | -] [SERVER]
       rlookup [--OPTION...] [@SERVER] [-OPTION...] [NAME] [TYPE] [CLASS] [+OPTION...]
       rlookup --delv [--OPTION...] [@SERVER] [-OPTION...] [NAME] [TYPE] [CLASS] [+OPTION...]";

const NSLOOKUP_INTRO: &str = "\
nslookup: rlookup [-OPTION...] [NAME | -] [SERVER]  (no NAME, or -: read commands)
  -OPTION on the command line, `set OPTION` at the > prompt; case-insensitive;
  what is in [brackets] may be left out: -[no]rec[urse] is -rec, -norecurse...";

const DIG_INTRO: &str = "\
dig: rlookup [@SERVER] [NAME] [TYPE] [CLASS] [-OPTION...] [+OPTION...] [NAME...]
  options before the first NAME apply to every lookup, those after it to its
  lookup; +options are lower case: +[no]sho[rt] is +short, +shor, +nosho...";

const DELV_INTRO: &str = "\
delv: rlookup --delv [@SERVER] [-OPTION...] [NAME] [TYPE] [CLASS] [+OPTION...]
  (or a link named delv) one DNSSEC-validated lookup, as BIND 9.18's delv:
  the trust comments, the records, `;; resolution failed: ...`; +options as
  delv spells them: +[no]sh[ort] is +short, +sh, +noshort...";

/// Where help puts the help text of an option (the column).
const HELP_COLUMN: usize = 28;

/// A line of help: the option, then its help (on the next line when the
/// option is too long for the column).
fn help_line(out: &mut String, synopsis: &str, help: &str) {
    if synopsis.len() + 4 <= HELP_COLUMN {
        out.push_str(&format!("  {synopsis:<width$}{help}\n", width = HELP_COLUMN - 2));
    } else {
        out.push_str(&format!("  {synopsis}\n{:HELP_COLUMN$}{help}\n", ""));
    }
}

/// A heading line, then the words filled into indented lines of at most
/// 80 columns.
fn filled(heading: &str, words: &[String]) -> String {
    const INDENT: &str = "    ";
    let mut out = format!("{heading}\n{INDENT}");
    let mut col = INDENT.len();
    for (i, w) in words.iter().enumerate() {
        if i > 0 && col + 1 + w.len() > 80 {
            out.push_str(&format!("\n{INDENT}"));
            col = INDENT.len();
        } else if i > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(w);
        col += w.len();
    }
    out.push('\n');
    out
}

/// An option's help with its other spellings: `... (also -ty=, -q=)`.
fn help_with_spellings(o: &DialectOpt) -> String {
    let also = o.other_spellings();
    if also.is_empty() { o.help.to_string() } else { format!("{} (also {})", o.help, also.join(", ")) }
}

/// The dialects' options, for `--help` (after the dialect rule): one line
/// each, except the options that do nothing or are refused, only named.
pub fn dialects_help() -> String {
    let mut s = String::new();
    s.push_str(NSLOOKUP_INTRO);
    s.push('\n');
    for o in NSLOOKUP {
        help_line(&mut s, &o.synopsis(), &help_with_spellings(o));
    }
    s.push('\n');
    s.push_str(DIG_INTRO);
    s.push('\n');
    let mut idle = Vec::new();
    for o in DIG_DASH.iter().chain(DIG_PLUS) {
        let lead = o.lead();
        match o.status {
            Status::Works | Status::Rlookup => help_line(&mut s, &o.synopsis(), &help_with_spellings(o)),
            Status::NoEffect | Status::Deprecated => idle.push(format!("{lead}{}", o.name)),
        }
    }
    s.push_str(&filled("  Accepted, doing nothing (as in BIND, or with a warning):", &idle));
    s.push('\n');
    s.push_str(DELV_INTRO);
    s.push('\n');
    let mut idle = Vec::new();
    for o in DELV_DASH.iter().chain(DELV_PLUS) {
        match o.status {
            Status::Works | Status::Rlookup => help_line(&mut s, &o.synopsis(), &help_with_spellings(o)),
            Status::NoEffect | Status::Deprecated => idle.push(format!("{}{}", o.lead(), o.name)),
        }
    }
    s.push_str(&filled("  Accepted, doing nothing (as in BIND):", &idle));
    s.push_str("\nExit status: nslookup: 0, or 1 once a lookup failed, 10 for an illegal name;\n");
    s.push_str("dig: 0 a reply came (any rcode), 1 usage, 8 batch file, 9 no reply, 10 internal;\n");
    s.push_str("delv: 0 once a lookup was tried (whatever came of it), 1 usage or setup error.\n");
    s.push_str("--compare: 0 the servers agree, 3 they differ, 9 one gave no reply.\n");
    s.push_str("--validate: 12 when some answer was bogus (nslookup and dig; in place of their own status).\n");
    s.push_str("Types, classes, environment, files, examples: man rlookup.");
    s
}

// ---- completions ----

/// Every word a shell may complete after `rlookup` besides its own
/// `--options`: nslookup's -options, dig's and delv's -options and
/// +options (and their no forms), record types and classes. Value options
/// end in `=`. A word both dig and delv take is described as dig's.
pub fn dialect_words() -> Vec<(String, String)> {
    let mut words: Vec<(String, String)> = Vec::new();
    for o in NSLOOKUP.iter().chain(DIG_DASH).chain(DIG_PLUS).chain(DELV_DASH).chain(DELV_PLUS) {
        for (i, w) in o.completions().into_iter().enumerate() {
            let help = if i == 0 { o.help.to_string() } else { format!("Turn {}{} off", o.lead(), o.name) };
            words.push((w, format!("{}: {help}", o.dialect())));
        }
    }
    for t in record_type_words() {
        words.push((t, "record type".into()));
    }
    for c in classes() {
        words.push((c, "class".into()));
    }
    let mut seen = std::collections::HashSet::new();
    words.retain(|(w, _)| seen.insert(w.clone()));
    words
}

/// The mnemonics of the types a query may ask for (src/wire/types.rs).
pub fn record_types() -> Vec<String> {
    (1..=u16::MAX).map(types::type_to_text).filter(|t| !t.starts_with("TYPE") && types::type_from_text(t).is_some()).collect()
}

/// The types as completions offer them: each mnemonic in lower case, then
/// as BIND prints it (`-type=m<Tab>` gives `mx`, as the interactive shell does; BIND
/// takes either).
pub fn record_type_words() -> Vec<String> {
    record_types().into_iter().flat_map(|t| [t.to_lowercase(), t]).collect()
}

/// The classes' mnemonics (src/wire/types.rs), with CHAOS and HESIOD.
pub fn classes() -> Vec<String> {
    let mut c: Vec<String> =
        (1..=u16::MAX).map(types::class_to_text).filter(|c| !c.starts_with("CLASS") && types::class_from_text(c).is_some()).collect();
    c.extend(["CHAOS", "HESIOD"].into_iter().filter(|n| types::class_from_text(n).is_some()).map(String::from));
    c
}

/// The command the completions are generated from: rlookup's own options,
/// and a hidden positional argument whose possible values are
/// [`dialect_words`] (clap cannot declare `+short` or `-type=` as options).
pub fn completion_command() -> Command {
    let values: Vec<PossibleValue> = dialect_words()
        .into_iter()
        .map(|(w, help)| {
            let w: &'static str = Box::leak(w.into_boxed_str());
            let help: &'static str = Box::leak(help.into_boxed_str());
            PossibleValue::new(w).help(help)
        })
        .collect();
    super::command().arg(
        Arg::new("args")
            .value_name("ARGS")
            .help("nslookup's, dig's or delv's arguments")
            .num_args(0..)
            .action(ArgAction::Append)
            .allow_hyphen_values(true)
            .value_parser(PossibleValuesParser::new(values))
            .hide(true),
    )
}

/// A completion script: clap_complete's, plus what it cannot express.
/// Bash and zsh complete the hidden positional argument's values (the
/// dialect words); bash must not put a space after `-type=`, and zsh gets
/// a function of its own for those words (no space after `=`, types after
/// `-type=`). clap_complete's fish, elvish and PowerShell generators ignore
/// positional arguments: the words are added to their scripts here, in
/// each script's own syntax. Err: clap_complete's script has changed shape.
fn completion(shell: Shell) -> Result<String, String> {
    let mut cmd = completion_command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "rlookup", &mut buf);
    let script = String::from_utf8(buf).map_err(|e| e.to_string())?;
    let words = dialect_words();
    let spliced = match shell {
        Shell::Bash => bash_no_space_after_equals(&script),
        Shell::Zsh => zsh_words(&script, &words),
        Shell::Fish => Some(fish_words(&script, &words)),
        Shell::Elvish => elvish_words(&script, &words),
        Shell::PowerShell => powershell_words(&script, &words),
        _ => Some(script),
    };
    spliced.ok_or_else(|| format!("clap_complete's {shell} script has changed: cannot add the dialects' options to it"))
}

/// After each `COMPREPLY=( $(compgen -W "${opts}" ...) )`, tell bash not to
/// add a space when the only completion is `-type=`, `+timeout=`... Also,
/// called without arguments (as in a quick test: `COMP_WORDS=(rlookup
/// +sh); COMP_CWORD=1; _rlookup`), take the words from COMP_WORDS.
fn bash_no_space_after_equals(script: &str) -> Option<String> {
    const LINE: &str = "COMPREPLY=( $(compgen -W \"${opts}\" -- \"${cur}\") )";
    const CUR: &str = "cur=\"$2\"\n";
    const PREV: &str = "prev=\"$3\"\n";
    const CMD: &str = "\",$1\")";
    if !script.contains(CUR) || !script.contains(PREV) || !script.contains(CMD) {
        return None;
    }
    let script = script
        .replacen(CMD, "\",${1-${COMP_WORDS[0]}}\")", 1)
        .replacen(CUR, "cur=\"${2-${COMP_WORDS[COMP_CWORD]}}\"\n", 1)
        .replacen(PREV, "prev=\"${3-${COMP_WORDS[COMP_CWORD-1]}}\"\n", 1);
    let mut out = String::new();
    let mut found = false;
    for line in script.split_inclusive('\n') {
        out.push_str(line);
        if line.trim() == LINE {
            found = true;
            let indent = &line[..line.len() - line.trim_start().len()];
            out.push_str(&format!("{indent}[[ ${{#COMPREPLY[@]}} -eq 1 && ${{COMPREPLY[0]}} == *= ]] && compopt -o nospace 2>/dev/null\n"));
        }
    }
    found.then_some(out)
}

fn single_quoted_sh(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The spellings of nslookup's value options taking this metavariable
/// (`type`, `ty`, `querytype`...).
fn ns_spellings(metavar: &str) -> Vec<&'static str> {
    NSLOOKUP.iter().filter(|o| o.value.metavar() == Some(metavar)).flat_map(|o| o.spellings().map(|(s, _)| s)).collect()
}

/// zsh: the positional argument's `((...))` list becomes a function.
fn zsh_words(script: &str, words: &[(String, String)]) -> Option<String> {
    let start = script.find(":((")?;
    let end = start + script[start..].find("))' \\\n")?;
    let mut out = format!("{}:_rlookup_dialect_words{}", &script[..start], &script[end + 2..]);
    let item = |(w, d): &(String, String)| format!("        {}\n", single_quoted_sh(&format!("{}:{d}", w.replace(':', "\\:"))));
    let (equals, plain): (Vec<_>, Vec<_>) = words.iter().partition(|(w, _)| w.ends_with('='));
    let alternatives = |m: &str| ns_spellings(m).join("|");
    out.push_str(&format!(
        "
(( $+functions[_rlookup_dialect_words] )) ||
_rlookup_dialect_words() {{
    setopt localoptions extendedglob
    local -a plain equals types classes
    plain=(
{}    )
    equals=(
{}    )
    types=({})
    classes=({})
    if compset -P '(#i)-({})='; then
        _describe -t types 'record type' types
    elif compset -P '(#i)-({})='; then
        _describe -t classes 'class' classes
    elif [[ $words[CURRENT-1] == -t ]]; then
        _describe -t types 'record type' types
    elif [[ $words[CURRENT-1] == -c ]]; then
        _describe -t classes 'class' classes
    else
        _describe -t values 'option, type or class' plain -- equals -S ''
    fi
}}
",
        plain.into_iter().map(item).collect::<String>(),
        equals.into_iter().map(item).collect::<String>(),
        record_type_words().join(" "),
        classes().join(" "),
        alternatives("TYPE"),
        alternatives("CLASS"),
    ));
    // compdef must come last.
    let tail = "\nif [ \"$funcstack[1]\" = \"_rlookup\" ]; then";
    let at = out.find(tail)?;
    let function_start = out.find("\n(( $+functions[_rlookup_dialect_words] ))")?;
    let function = out[function_start..].to_string();
    out.truncate(function_start);
    out.insert_str(at, &function);
    Some(out)
}

/// fish: one `complete` line per word, and types or classes after
/// nslookup's `-type=` or `-class=`.
fn fish_words(script: &str, words: &[(String, String)]) -> String {
    let mut out = script.to_string();
    for (w, d) in words {
        out.push_str(&format!("complete -c rlookup -f -a {} -d {}\n", single_quoted_fish(w), single_quoted_fish(d)));
    }
    out.push_str(&format!(
        "function __rlookup_values
    set -l token (commandline -ct)
    set -l head (string match -r -i -- '^-(?:{})=' $token)
    and for t in {}
        printf '%s%s\\trecord type\\n' $head $t
    end
    set head (string match -r -i -- '^-(?:{})=' $token)
    and for c in {}
        printf '%s%s\\tclass\\n' $head $c
    end
end
complete -c rlookup -f -a '(__rlookup_values)'
",
        ns_spellings("TYPE").join("|"),
        record_type_words().join(" "),
        ns_spellings("CLASS").join("|"),
        classes().join(" "),
    ));
    out
}

fn single_quoted_fish(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// elvish: `cand` lines beside the options'; and every word after
/// `rlookup` stays rlookup's (clap_complete takes them for subcommands).
fn elvish_words(script: &str, words: &[(String, String)]) -> Option<String> {
    let loop_start = script.find("    for word $words[1..-1] {")?;
    let loop_end = loop_start + script[loop_start..].find("\n    }\n")? + "\n    }\n".len();
    let mut out = format!("{}{}", &script[..loop_start], &script[loop_end..]);
    let anchor = out.find("        }\n    ]\n")?;
    let lines: String =
        words.iter().map(|(w, d)| format!("            cand '{}' '{}'\n", w.replace('\'', "''"), d.replace('\'', "''"))).collect();
    out.insert_str(anchor, &lines);
    Some(out)
}

/// PowerShell: CompletionResults beside the options'; and every word after
/// `rlookup` stays rlookup's.
fn powershell_words(script: &str, words: &[(String, String)]) -> Option<String> {
    let start = script.find("    $command = @(")?;
    let end = start + script[start..].find("}) -join ';'\n")? + "}) -join ';'\n".len();
    let mut out = format!("{}    $command = 'rlookup'\n{}", &script[..start], &script[end..]);
    let anchor = out.find("            break\n")?;
    let quote = |s: &str| format!("'{}'", s.replace('\'', "''").replace('’', "'’"));
    let lines: String = words
        .iter()
        .map(|(w, d)| {
            format!(
                "            [CompletionResult]::new({}, {}, [CompletionResultType]::ParameterValue, {})\n",
                quote(w),
                quote(w),
                quote(d)
            )
        })
        .collect();
    out.insert_str(anchor, &lines);
    Some(out)
}

// ---- the man page ----

/// What the man page's sections are made of: paragraphs, lists and
/// option entries, rendered with roff.
struct Page {
    roff: Roff,
}

impl Page {
    fn section(&mut self, name: &str) {
        self.roff.control("SH", [name]);
    }

    fn subsection(&mut self, name: &str) {
        self.roff.control("SS", [name]);
    }

    /// A paragraph; `*bold*` and `_italic_` marks are honoured.
    fn para(&mut self, text: &str) {
        self.roff.control("PP", []);
        self.roff.text(marked(text));
    }

    /// A tagged paragraph: the tag (marked up) and the text.
    fn item(&mut self, tag: &str, text: &str) {
        self.roff.control("TP", []);
        self.roff.text(marked(tag));
        self.roff.text(marked(text));
    }

    /// An example: the command, then what it does.
    fn example(&mut self, command: &str, text: &str) {
        self.roff.control("TP", []);
        self.roff.text([bold(command)]);
        self.roff.text([roman(text)]);
    }

    fn option(&mut self, o: &DialectOpt) {
        let mut tag = vec![bold(o.synopsis())];
        for s in o.other_spellings() {
            tag.push(roman(", "));
            tag.push(bold(s));
        }
        self.roff.control("TP", []);
        self.roff.text(tag);
        self.roff.text([roman(o.help)]);
    }
}

/// `*bold*` and `_italic_` spans in a text (neither may nest).
fn marked(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '*' || c == '_' {
            let mut span = String::new();
            let mut closed = false;
            for d in chars.by_ref() {
                if d == c {
                    closed = true;
                    break;
                }
                span.push(d);
            }
            if closed && !span.is_empty() {
                if !plain.is_empty() {
                    out.push(roman(std::mem::take(&mut plain)));
                }
                out.push(if c == '*' { bold(span) } else { italic(span) });
                continue;
            }
            plain.push(c);
            plain.push_str(&span);
            continue;
        }
        plain.push(c);
    }
    if !plain.is_empty() {
        out.push(roman(plain));
    }
    out
}

/// The man page, rlookup(1).
pub fn man_page() -> String {
    let man = Man::new(super::command());
    // The title by hand: clap_mangen leaves out an empty date, which
    // shifts the fields after it.
    let mut head = Vec::new();
    Roff::new()
        .control("TH", ["RLOOKUP", "1", "\"\"", &format!("rlookup {}", env!("CARGO_PKG_VERSION")), "User Commands"])
        .to_writer(&mut head)
        .expect("to memory");
    man.render_name_section(&mut head).expect("to memory");
    man.render_synopsis_section(&mut head).expect("to memory");
    let mut options = Vec::new();
    man.render_options_section(&mut options).expect("to memory");

    let mut description = Page { roff: Roff::new() };
    describe(&mut description);
    let mut rest = Page { roff: Roff::new() };
    dialect_sections(&mut rest);
    closing_sections(&mut rest);

    // Each roff render starts with the same preamble: keep the first.
    let mut text = String::from_utf8(head).expect("UTF-8");
    for part in [description.roff.render(), String::from_utf8(options).expect("UTF-8"), rest.roff.render()] {
        let preamble_end = part.find(".el .ds Aq '\n").map_or(0, |i| i + ".el .ds Aq '\n".len());
        text.push_str(&part[preamble_end..]);
    }
    let preamble = text.find(".el .ds Aq '\n").map_or(0, |i| i + ".el .ds Aq '\n".len());
    let (first, others) = text.split_at(preamble);
    let others = others.replace(".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n", "");
    format!("{first}{others}")
}

fn describe(p: &mut Page) {
    p.section("DESCRIPTION");
    p.para(
        "*rlookup* is an nslookup-, dig- and delv-compatible DNS lookup tool. In each dialect its standard output, \
         standard error and exit status are those of BIND 9.18's *nslookup*, *dig* and *delv*, byte for byte, so lab \
         exercises, scripts and CI jobs that parse their text keep working. Underneath it is a stub resolver: \
         it reads _/etc/resolv.conf_ (name servers, search or domain, ndots, timeout, attempts), knows \
         systemd-resolved's stub at 127.0.0.53, sends over UDP with TCP fallback on truncation, retries and \
         fails over between servers.",
    );
    p.para(
        "Its own options, the *--*options below, add JSON output, tables, color, a packet dump, DNSSEC \
         validation of any lookup's answer (see VALIDATION), a view of the servers in effect and a way around \
         systemd-resolved's stub; neither BIND client takes an argument \
         starting with *--*, so they mix with any dialect's arguments. They are never abbreviated.",
    );
    p.para("The dialect, nslookup's, dig's or delv's, is chosen so:");
    p.roff.control("RS", ["4"]);
    for (i, step) in DIALECT_STEPS.iter().enumerate() {
        p.roff.control("IP", [format!("{}.", i + 1).as_str(), "4"]);
        p.roff.text(marked(step));
    }
    p.roff.control("RE", []);
    p.para(
        "In each dialect every other argument is that client's own, with BIND 9.18's output and exit status, \
         as described below. A dash option never chooses the dialect: *rlookup -x* _ADDR_ is nslookup's (which \
         has no *-x*). Started as *rlookup* (not through a dig, nslookup or delv link), a *--*_word_ that is none \
         of rlookup's options is refused with exit status 1 and, when one is close, a suggestion (*--jsno*: \
         did you mean *--json*?); through a link it goes to the dialect, as BIND has it.",
    );
}

fn dialect_sections(p: &mut Page) {
    p.section("NSLOOKUP OPTIONS");
    p.para(
        "In the nslookup dialect, *rlookup* looks up _NAME_ (an IPv4 or IPv6 address is looked up in reverse) \
         with the default servers, or with _SERVER_ when given. Without _NAME_, or with *-* in its place, it reads \
         commands from standard input, one per line, as nslookup's interactive mode does.",
    );
    p.roff.control("PP", []);
    p.roff.text([
        roman("Options are written "),
        bold("-"),
        italic("option"),
        roman(" on the command line and "),
        bold("set "),
        italic("option"),
        roman(
            " at the prompt. They are case-insensitive and may be abbreviated down to the part outside the \
             brackets. An unknown option prints ",
        ),
        bold("*** Invalid option:"),
        roman(" and the run goes on. Types and classes are case-insensitive; "),
        bold("TYPE"),
        italic("nnn"),
        roman(" and "),
        bold("CLASS"),
        italic("nnn"),
        roman(" work (see TYPES AND CLASSES)."),
    ]);
    for o in NSLOOKUP {
        p.option(o);
    }
    p.subsection("Interactive commands");
    for (cmd, help) in NSLOOKUP_COMMANDS {
        p.item(&format!("*{cmd}*"), help);
    }

    p.section("DIG OPTIONS");
    p.para(
        "In the dig dialect, *rlookup* sends one query per _NAME_, of _TYPE_ (default A; NS for the root when no \
         name is given) and _CLASS_ (default IN), to *@*_SERVER_ or the servers of resolv.conf. Options before \
         the first _NAME_ apply to every lookup (global options), those after it to that lookup only. A word \
         that is a type or class is taken as one (use *-q* for a name that looks like one). Lines of \
         _~/.digrc_ are read first, as default options; *-f* reads more command lines from a file. An argument \
         *%* ends the arguments.",
    );
    p.subsection("Dash options");
    p.para(
        "Letters without a value may be combined (*-4u*); a value may be attached (*-tMX*) or be the next \
         argument (*-t MX*).",
    );
    for o in DIG_DASH {
        p.option(o);
    }
    p.subsection("Plus options");
    p.para(
        "Names are lower case and may be abbreviated down to the part outside the brackets; *+no* turns an \
         option off where *[no]* is shown. Options marked deprecated are accepted with BIND's warning and do \
         nothing; options marked refused (DNS over TLS or HTTPS) are parsed, then refused, since rlookup \
         does not have those transports.",
    );
    for o in DIG_PLUS {
        p.option(o);
    }

    p.section("DELV OPTIONS");
    p.para(
        "In the delv dialect (*--delv*, or a program name ending in *delv*), *rlookup* looks up _NAME_ of _TYPE_ \
         (default A; NS for the root when no name is given) as BIND 9.18's *delv* does: every query, the \
         question as well as each DNSKEY and DS the chain of trust needs, goes as a recursive query to \
         *@*_SERVER_ or to resolv.conf's servers, and the answers are validated from the trust anchor \
         (the root key of _/etc/bind/bind.keys_, of *-a* _FILE_, or BIND's built-in one). It prints the \
         records under their trust (*; fully validated*, *; unsigned answer*, *; negative response, fully \
         validated*...), and on standard error the resolver's and the validator's messages and \
         *;; resolution failed:* _RESULT_. Only IN is looked up; a class is accepted for compatibility.",
    );
    p.subsection("Dash options");
    p.para("Letters without a value may be combined (*-4i*); a value may be attached (*-tMX*) or be the next argument.");
    for o in DELV_DASH {
        p.option(o);
    }
    p.subsection("Plus options");
    p.para(
        "The first letters are matched as written (lower case), the rest in any case; an option may be \
         abbreviated down to the part outside the brackets, and *+no* turns it off. An unknown option prints \
         delv's usage and exits 1.",
    );
    for o in DELV_PLUS {
        p.option(o);
    }
}

fn closing_sections(p: &mut Page) {
    p.section("TYPES AND CLASSES");
    p.para("The record types a query may ask for (either dialect; case-insensitive), besides *TYPE*_nnn_:");
    p.roff.control("RS", ["4"]);
    p.roff.text([roman(record_types().join(" "))]);
    p.roff.control("RE", []);
    p.para("The classes, besides *CLASS*_nnn_:");
    p.roff.control("RS", ["4"]);
    p.roff.text([roman(classes().join(" "))]);
    p.roff.control("RE", []);

    validation_section(p);

    p.section("EXIT STATUS");
    p.subsection("nslookup dialect");
    p.item("*0*", "Every lookup got an answer (NOERROR, NODATA included).");
    p.item(
        "*1*",
        "Some lookup got NXDOMAIN, SERVFAIL, REFUSED or FORMERR, no server could be reached, a server name could \
         not be resolved, or a usage error. The status is sticky: one failure makes the whole run exit 1.",
    );
    p.item("*10*", "A name is not a legal domain name.");
    p.subsection("dig dialect");
    p.item("*0*", "A reply arrived (whatever its rcode: NXDOMAIN and SERVFAIL included).");
    p.item("*1*", "Usage error (also a refused option: TLS, HTTPS, TSIG).");
    p.item("*8*", "The batch file (*-f*) could not be opened.");
    p.item("*9*", "No reply arrived.");
    p.item("*10*", "Internal error, or a name that is not a legal domain name.");
    p.para("With several queries the last one counts.");
    p.subsection("delv dialect");
    p.item(
        "*0*",
        "A lookup was tried, whatever came of it (validation failure, NXDOMAIN, SERVFAIL, timeout, a bad query \
         name or trust anchor data), or *-v*.",
    );
    p.item(
        "*1*",
        "Usage error (*-h* included, as delv), an unreadable or unparsable *-a* file, no trust anchor for the \
         name, or another setup error delv calls fatal.",
    );
    p.subsection("rlookup's own options");
    p.para("*--generate*, *--servers*, *--help* and *--version* exit 0; a bad value of an own option exits 1.");
    p.para(
        "*--compare* exits 0 when every server replied and they agree (TTLs and query times aside), 3 when they \
         replied differently, and 9 (dig's no-reply status) when some server gave no reply.",
    );
    p.para(
        "*--validate* exits 12 when the answer of some lookup of the run was bogus, in place of the dialect's \
         own status (0, 1, 9...; a run stopped by an error keeps that error's status); secure, insecure and \
         indeterminate answers leave the dialect's status as it is. *--validate* without a trust anchor to \
         load (an unreadable *--anchors* file...), or with *--delv* or *--compare*, and *--anchors* without \
         *--validate*, exit 1.",
    );

    p.section("ENVIRONMENT");
    p.item("*RLOOKUP_RESOLV_CONF*", "The resolv.conf to read instead of _/etc/resolv.conf_.");
    p.item("*RLOOKUP_RESOLVED_DIR*", "systemd-resolved's runtime directory instead of _/run/systemd/resolve_.");
    p.item(
        "*RLOOKUP_HOSTS*",
        "The hosts file read before DNS when a server's or a name server's name is resolved (*@NAME*, *+trace*, \
         *+nssearch*), instead of _/etc/hosts_.",
    );
    p.item("*NO_COLOR*", "When set (to anything), *--color=auto* does not color.");
    p.item("*HOME*", "Where _~/.digrc_ is (dig dialect; not read without HOME, or with *-r*).");
    p.item("*IDN_DISABLE*", "When set, dig's *+idnin* and *+idnout* are off by default even on a terminal.");
    p.item("*TZ*", "The time zone of dig's *;; WHEN:* line.");

    p.section("FILES");
    p.item("_/etc/resolv.conf_", "Name servers, search list, ndots, timeout and attempts.");
    p.item("_/run/systemd/resolve/resolv.conf_", "systemd-resolved's upstream servers (*--upstream*, *--servers*).");
    p.item(
        "_/run/systemd/resolve/stub-resolv.conf_",
        "systemd-resolved's stub configuration (127.0.0.53), which _/etc/resolv.conf_ is often a link to.",
    );
    p.item("_~/.digrc_", "Default dig options, read before the command line (dig dialect).");
    p.item(
        "_/etc/bind/bind.keys_",
        "The trust anchors of the delv dialect (without *-a*) and of *--validate* (without *--anchors*); BIND's \
         built-in root keys when missing.",
    );

    p.section("EXAMPLES");
    for (cmd, what) in EXAMPLES {
        p.example(cmd, what);
    }

    p.section("SEE ALSO");
    p.roff.text([
        bold("dig"),
        roman("(1), "),
        bold("nslookup"),
        roman("(1), "),
        bold("delv"),
        roman("(1), "),
        bold("kdig"),
        roman("(1), "),
        bold("resolv.conf"),
        roman("(5), "),
        bold("systemd-resolved"),
        roman("(8), "),
        bold("resolvectl"),
        roman("(1)"),
    ]);
}

/// `--validate`: what it does and the exact forms of what it prints.
fn validation_section(p: &mut Page) {
    p.section("VALIDATION");
    p.para(
        "*--validate* (nslookup and dig dialects) validates the answer of each lookup with DNSSEC, as the delv \
         dialect does, after the lookup as usual: delv's resolver asks the server that answered the lookup \
         (over TCP if the lookup did; recursion desired, EDNS with DO, and CD so that a validating server \
         hands over even bogus data) for the same name and type and for every DNSKEY and DS on the way, and \
         walks the chain of trust from the trust anchor (*--anchors* _FILE_, else _/etc/bind/bind.keys_, else \
         BIND's built-in root keys; every name's anchors are kept, the deepest one above a name is used, and \
         a name under none is insecure). Each fetch gives up after the lookup's timeout times its tries. Zone \
         transfers, *+trace*, *+nssearch* and lookups that got no reply get no verdict; a lookup over TLS, \
         HTTPS or QUIC gets *indeterminate* (the validator asks in clear), as does one of a class other than IN.",
    );
    p.para(
        "The verdict is one of *secure* (every rdataset of the answer, or the proof that there is none, validated), \
         *insecure* (provably unsigned: an unsigned delegation on the way, no anchor above the name), \
         *bogus (*_REASON_*)* (validation failed; _REASON_ is what delv prints after *;; resolution failed:*, \
         then the validator's last message, as in *bogus (broken trust chain: validating bogus.lab/DNSKEY: no \
         valid signature found (DS))*) or *indeterminate (*_WHY_*)* (the validating lookup itself failed: \
         *timed out*, *quota reached*, *failure: SERVFAIL from 127.0.0.53#53*, or *broken trust chain: ...* \
         when the server would not give a DS or DNSKEY on the way, as an authoritative-only server does). \
         BIND's text has no place for it, so it comes after the lookup's own output, which stays BIND's byte \
         for byte:",
    );
    p.item(
        "dig",
        "*;; VALIDATION:* _VERDICT_ after each lookup, statistics included; when the statistics were printed \
         (they end with a blank line) a blank line follows it too. The same line with *+short*; with *+yaml* a \
         document *- type: VALIDATION* with *verdict:*, *reason:* and, with =chain, *chain:*.",
    );
    p.item(
        "nslookup",
        "*Validation:* _VERDICT_ after each command's answers, before the blank line that ends the output: one \
         line for the A and AAAA lookups of a name (the worse verdict of the two). With *--style=windows*, the \
         same line after the host block.",
    );
    p.item(
        "--validate=chain",
        "After the verdict, for each question, *CHAIN OF TRUST for* _NAME TYPE_*:* (nslookup: *Chain of trust \
         for ...:*), then the links from the trust anchor down, one a line (*;;* before each in dig, two spaces \
         in nslookup): *. DNSKEY 14317 (alg 13, ZSK) 7650 (alg 13, KSK) [trust anchor]*, *lab. DS 28671 alg 13 \
         digest 2 -> DNSKEY 28671 (alg 13, KSK): ok*, *www.secure.lab. A RRSIG 54365 alg 13 by secure.lab.: ok*, \
         *ca. DS none: insecure delegation (proven)*, *nosuch.secure.lab. A: nonexistence proven*, \
         *concordia.ca. A: insecure (unsigned)*, and on the link that failed *bogus.lab. DNSKEY: FAILED (no \
         DNSKEY matching DS 23038 13 2)*.",
    );
    p.item(
        "--json",
        "Each response document gets *rlookup.validation*: *verdict*, *reason* (bogus and indeterminate), \
         *server*, and *chain*, one object per zone from the anchor down (*zone*, *trustAnchor*, *ds*, \
         *dnskeys*, *signatures*, *insecureDelegation*, *denials*, *unsigned*, *failures*).",
    );
    p.item(
        "--table",
        "A *VALIDATION* column (each record's rdataset: *secure*, *insecure*, *bogus*, or *-* when the validator \
         did not see it), and the *;; VALIDATION:* line under the tables.",
    );
}

/// The man page's examples (the course exercises, and rlookup's own).
pub const EXAMPLES: &[(&str, &str)] = &[
    ("rlookup -type=mx concordia.ca", "nslookup: the MX records of concordia.ca."),
    ("rlookup www.aiit.or.kr bitsy.mit.edu", "nslookup: ask the server bitsy.mit.edu."),
    ("rlookup -type=ns uel.ac.uk", "nslookup: the name servers of uel.ac.uk."),
    ("rlookup 132.205.244.185", "nslookup: a reverse lookup (the PTR record of 185.244.205.132.in-addr.arpa)."),
    ("rlookup -debug www.aiit.or.kr", "nslookup: print the full replies."),
    ("rlookup -norecurse www.mit.edu a.root-servers.net", "nslookup: ask a root server without recursion: a referral."),
    ("rlookup @a.root-servers.net +trace www.aiit.or.kr", "dig: follow the delegations from the root down."),
    ("dig +short www.ubc.ca", "dig, through a link named dig: the addresses only."),
    ("rlookup --delv www.isc.org", "delv: the addresses of www.isc.org, DNSSEC-validated from the root key."),
    ("delv +vtrace -a root.keys @127.0.0.1 example.org mx", "delv, through a link named delv: validation traced, with these anchors."),
    ("rlookup --json -type=mx concordia.ca", "One JSON document (RFC 8427) per response, one per line."),
    ("rlookup --servers", "The servers and search list in effect, and systemd-resolved's upstreams."),
    ("rlookup --upstream -type=mx concordia.ca", "Ask systemd-resolved's upstream servers rather than its stub at 127.0.0.53."),
    (
        "rlookup --compare @127.0.0.53 @127.0.10.1 @127.6.1.1 www.edge.lab",
        "Ask three servers at once and show their answers side by side, differences marked (exit 3 if they differ).",
    ),
    ("rlookup --validate www.secure.lab", "nslookup, then the DNSSEC verdict on the answers: Validation: secure."),
    (
        "rlookup --dig --validate=chain +dnssec www.bogus.lab",
        "dig, then ;; VALIDATION: bogus (...) and the chain of trust, link by link, with the link that failed; exit 12.",
    ),
];

/// `rlookup --generate WHAT`.
pub fn generate(what: Generate, out: &mut dyn Write) -> io::Result<()> {
    let script = |shell| completion(shell).map_err(io::Error::other);
    let text = match what {
        Generate::Man => man_page(),
        Generate::Bash => script(Shell::Bash)?,
        Generate::Zsh => script(Shell::Zsh)?,
        Generate::Fish => script(Shell::Fish)?,
        Generate::Elvish => script(Shell::Elvish)?,
        Generate::PowerShell => script(Shell::PowerShell)?,
    };
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The file each `--generate` output is committed as, under the crate.
pub fn committed_file(what: Generate) -> &'static str {
    match what {
        Generate::Man => "man/rlookup.1",
        Generate::Bash => "completions/rlookup.bash",
        Generate::Zsh => "completions/_rlookup",
        Generate::Fish => "completions/rlookup.fish",
        Generate::Elvish => "completions/rlookup.elv",
        Generate::PowerShell => "completions/_rlookup.ps1",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unmarked(s: &str) -> String {
        s.replace(['*', '_'], "")
    }

    fn squeezed(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_man_page_lists_the_dialect_rule_as_help_does() {
        let rule = squeezed(super::super::DIALECT_RULE);
        for step in DIALECT_STEPS {
            assert!(rule.contains(&squeezed(&unmarked(step))), "{step}");
        }
    }

    #[test]
    fn help_and_man_name_every_option() {
        let help = super::super::command().render_help().to_string();
        let man = man_page();
        for o in NSLOOKUP.iter().chain(DIG_DASH).chain(DIG_PLUS).chain(DELV_DASH).chain(DELV_PLUS) {
            let lead = o.lead();
            let named = match o.status {
                Status::Works | Status::Rlookup => o.synopsis(),
                _ => format!("{lead}{}", o.name),
            };
            assert!(help.contains(&named), "--help lacks {named}");
            // roff escapes the dashes.
            assert!(man.contains(&format!("\\fB{}\\fR", o.synopsis().replace('-', "\\-"))), "the man page lacks {}", o.synopsis());
        }
        for own in super::super::OWN_OPTIONS {
            assert!(help.contains(&format!("--{}", own.long)));
            assert!(man.contains(&format!("\\-\\-{}", own.long.replace('-', "\\-"))), "--{}", own.long);
        }
        let mut after = 0;
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "NSLOOKUP OPTIONS",
            "DIG OPTIONS",
            "DELV OPTIONS",
            "TYPES AND CLASSES",
            "VALIDATION",
            "EXIT STATUS",
            "ENVIRONMENT",
            "FILES",
            "EXAMPLES",
            "SEE ALSO",
        ] {
            // Every section, in this order.
            let at = man[after..]
                .find(&format!(".SH \"{section}\"\n"))
                .or_else(|| man[after..].find(&format!(".SH {section}\n")))
                .unwrap_or_else(|| panic!("{section}, after the previous section"));
            after += at + 1;
        }
        // One preamble, one title.
        assert_eq!(man.matches(".ds Aq \\(aq").count(), 1);
        assert!(man.starts_with(".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.TH RLOOKUP 1 \"\" \"rlookup "));
    }

    #[test]
    fn completions_offer_every_option_type_and_class() {
        let words: Vec<String> = dialect_words().into_iter().map(|(w, _)| w).collect();
        for o in NSLOOKUP.iter().chain(DIG_DASH).chain(DIG_PLUS).chain(DELV_DASH).chain(DELV_PLUS) {
            for w in o.completions() {
                assert!(words.contains(&w), "{w}");
            }
        }
        for w in ["+short", "+noshort", "-type=", "-norecurse", "+timeout=", "+bufsize", "-x", "MX", "AAAA", "NSAP-PTR", "IN", "CH"] {
            assert!(words.contains(&w.to_string()), "{w}");
        }
        // Reserved types BIND refuses are not offered.
        assert!(!words.contains(&"UINFO".to_string()));
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell] {
            let script = completion(shell).unwrap_or_else(|e| panic!("{e}"));
            for w in ["+short", "-type=", "MX", "--json"] {
                assert!(script.contains(w), "{shell}: {w}");
            }
        }
    }

    #[test]
    fn types_complete_in_lower_case_too() {
        let words = record_type_words();
        for w in ["MX", "mx", "NSAP-PTR", "nsap-ptr", "AAAA", "aaaa"] {
            assert!(words.contains(&w.to_string()), "{w}");
        }
        // bash itself: `rlookup -type=m<Tab>` (bash splits the word at `=`).
        let dir = std::env::temp_dir().join(format!("rlookup-bash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("rlookup.bash");
        std::fs::write(&script, completion(Shell::Bash).unwrap()).unwrap();
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source {}; COMP_WORDS=(rlookup -type = m); COMP_CWORD=3; _rlookup; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                script.display()
            ))
            .output()
            .expect("bash runs");
        let _ = std::fs::remove_dir_all(&dir);
        let offered = String::from_utf8_lossy(&out.stdout);
        assert!(offered.lines().any(|l| l == "mx"), "offered: {offered} {}", String::from_utf8_lossy(&out.stderr));
    }

    #[test]
    fn generate_writes_what_was_asked() {
        let mut out = Vec::new();
        generate(Generate::Man, &mut out).expect("generates");
        assert!(String::from_utf8(out).expect("UTF-8").contains(".SH \"EXIT STATUS\""));
        for (what, file) in [(Generate::Bash, "completions/rlookup.bash"), (Generate::Zsh, "completions/_rlookup")] {
            assert_eq!(committed_file(what), file);
        }
    }
}
