//! `--validate`'s text (`Event::Validation`, from `event::validation`):
//! the verdict line and the chain view, in the forms every text sink
//! prints them. BIND's text has no place for them, so they come after a
//! lookup's own output, which stays byte for byte BIND's:
//!
//! - dig: `;; VALIDATION: secure` (`insecure`, `bogus (REASON)`,
//!   `indeterminate (WHY)`) after the lookup's output, the statistics block
//!   included; when that block was printed (it ends with a blank line) the
//!   verdict lines end with one too. `+short` prints the same line; `+yaml`
//!   a `- type: VALIDATION` document.
//! - nslookup (BIND's and Windows' style): `Validation: secure` after the
//!   command's answers (one line for its A and AAAA lookups: the worse of
//!   their verdicts).
//! - `--validate=chain`, after the verdict, for each question: `CHAIN OF
//!   TRUST for NAME TYPE:` then one line per link, from the trust anchor
//!   down, like `drill -S` ([`chain_lines`]), `;; `-prefixed in dig,
//!   indented in nslookup.
//!
//! Tables print the verdict line after each reply's table (`table`), JSON
//! a `validation` member (`json::validation`). Every name is printed with
//! the wire module's escapes, never raw.

use std::io::{self, Write};

use crate::event::validation::{Check, Validation};
use crate::validate::{KeyInfo, ZoneLink};
use crate::wire::types;

/// `16`-bit DNSKEY flags: SEP (a key-signing key) and REVOKE.
const SEP: u16 = 0x0001;
const REVOKE: u16 = 0x0080;

/// `20326 (alg 8, KSK)`.
fn key_text(k: &KeyInfo) -> String {
    let role = if k.flags & SEP != 0 { "KSK" } else { "ZSK" };
    let revoked = if k.flags & REVOKE != 0 { ", revoked" } else { "" };
    format!("{} (alg {}, {role}{revoked})", k.tag, k.algorithm)
}

/// The lines of one zone of the chain.
fn zone_lines(z: &ZoneLink, out: &mut Vec<String>) {
    let zone = z.zone.to_text(false);
    if let Some(ds) = z.ds.as_ref().filter(|_| !z.anchor) {
        let key = z
            .keys
            .iter()
            .find(|k| k.tag == ds.tag && k.algorithm == ds.algorithm)
            .map_or_else(|| format!("{} (alg {})", ds.tag, ds.algorithm), key_text);
        out.push(format!("{zone} DS {} alg {} digest {} -> DNSKEY {key}: ok", ds.tag, ds.algorithm, ds.digest_type));
    }
    if !z.keys.is_empty() {
        let keys: Vec<String> = z.keys.iter().map(key_text).collect();
        let anchor = if z.anchor { " [trust anchor]" } else { "" };
        out.push(format!("{zone} DNSKEY {}{anchor}", keys.join(" ")));
    }
    if z.no_ds {
        out.push(format!("{zone} DS none: insecure delegation (proven)"));
    }
    for s in &z.signed {
        out.push(format!(
            "{} {} RRSIG {} alg {} by {zone}: ok",
            s.owner.to_text(false),
            types::type_to_text(s.rtype),
            s.key_tag,
            s.algorithm
        ));
    }
    for (owner, rtype, optout) in &z.denials {
        let optout = if *optout { " (opt-out)" } else { "" };
        out.push(format!("{} {}: nonexistence proven{optout}", owner.to_text(false), types::type_to_text(*rtype)));
    }
    for (owner, rtype) in &z.unsigned {
        out.push(format!("{} {}: insecure (unsigned)", owner.to_text(false), types::type_to_text(*rtype)));
    }
    for f in &z.failures {
        out.push(format!("{} {}: FAILED ({})", f.owner.to_text(false), types::type_to_text(f.rtype), f.reason));
    }
}

/// What a chain view is of: `www.secure.lab. A` (after `CHAIN OF TRUST
/// for ` in dig, `Chain of trust for ` in nslookup, then `:`).
pub fn chain_subject(check: &Check) -> String {
    format!("{} {}", check.qname.to_text(false), types::type_to_text(check.qtype))
}

/// The chain view of one check: each link from the trust anchor down
/// (`(no link validated)` when there is none: no trust anchor above the
/// name, or nothing validated).
pub fn chain_lines(check: &Check) -> Vec<String> {
    let mut out = Vec::new();
    for z in &check.chain {
        zone_lines(z, &mut out);
    }
    if out.is_empty() {
        out.push("(no link validated)".into());
    }
    out
}

/// `;; CHAIN OF TRUST for NAME TYPE:` and the links, `;; `-prefixed.
fn dig_chain(w: &mut dyn Write, check: &Check) -> io::Result<()> {
    writeln!(w, ";; CHAIN OF TRUST for {}:", chain_subject(check))?;
    for line in chain_lines(check) {
        writeln!(w, ";; {line}")?;
    }
    Ok(())
}

/// dig's text: the verdict line, the chain view if asked, and a blank
/// line when the lookup's output ended with one (`blank`).
pub fn dig(w: &mut dyn Write, v: &Validation, blank: bool) -> io::Result<()> {
    writeln!(w, ";; VALIDATION: {}", v.verdict())?;
    if v.show_chain {
        for c in &v.checks {
            dig_chain(w, c)?;
        }
    }
    if blank {
        writeln!(w)?;
    }
    Ok(())
}

/// A YAML single-quoted scalar.
fn yaml_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// dig +yaml: one more document of the stream.
pub fn dig_yaml(w: &mut dyn Write, v: &Validation) -> io::Result<()> {
    let verdict = v.verdict();
    writeln!(w, "- type: VALIDATION")?;
    writeln!(w, "  verdict: {}", verdict.word())?;
    if let Some(r) = verdict.reason() {
        writeln!(w, "  reason: {}", yaml_quoted(r))?;
    }
    if v.show_chain {
        writeln!(w, "  chain:")?;
        for c in &v.checks {
            writeln!(w, "    - {}", yaml_quoted(&format!("CHAIN OF TRUST for {}:", chain_subject(c))))?;
            for line in chain_lines(c) {
                writeln!(w, "    - {}", yaml_quoted(&line))?;
            }
        }
    }
    Ok(())
}

/// nslookup's text (BIND's style and Windows'): `Validation: VERDICT`,
/// then the chain view, indented, if asked.
pub fn nslookup(w: &mut dyn Write, v: &Validation) -> io::Result<()> {
    writeln!(w, "Validation: {}", v.verdict())?;
    if v.show_chain {
        for c in &v.checks {
            writeln!(w, "Chain of trust for {}:", chain_subject(c))?;
            for line in chain_lines(c) {
                writeln!(w, "  {line}")?;
            }
        }
    }
    Ok(())
}

/// Tables: the verdict on one question and its chain, after its table.
pub fn table_footer(w: &mut dyn Write, check: &Check, show_chain: bool) -> io::Result<()> {
    writeln!(w, ";; VALIDATION: {}", check.verdict)?;
    if show_chain {
        dig_chain(w, check)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "verdict_tests.rs"]
mod tests;
