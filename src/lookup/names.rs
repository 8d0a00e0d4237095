//! Names as dighost handles them before asking: BIND's parsing of a typed
//! name (absolute or not), the search list's concatenation, its dot count
//! (ndots), and the subdomain test of +trace's referrals.

use crate::wire::{self, Name};

/// `name` is below `domain` (strictly, or equal).
pub(super) fn is_subdomain(name: &Name, domain: &Name) -> bool {
    let (n, d) = (name.labels(), domain.labels());
    let (nl, dl) = (n.len(), d.len());
    nl >= dl && n.skip(nl - dl).zip(d).all(|(a, b)| a.eq_ignore_ascii_case(b))
}

/// A name parsed from text, and whether the text made it absolute.
pub struct ParsedName {
    pub name: Name,
    pub absolute: bool,
}

/// BIND's dns_name_fromtext() of a name as typed, relative to the root.
pub fn parse_name(text: &str) -> std::result::Result<ParsedName, wire::name::NameError> {
    let name = Name::from_text(text, Some(&Name::root()))?;
    Ok(ParsedName { name, absolute: ends_with_unescaped_dot(text) })
}

/// True if the text ends in a dot that is not escaped ("a.b." but not
/// "a.b\.").
pub(super) fn ends_with_unescaped_dot(text: &str) -> bool {
    let b = text.as_bytes();
    if b.last() != Some(&b'.') {
        return false;
    }
    let backslashes = b[..b.len() - 1].iter().rev().take_while(|&&c| c == b'\\').count();
    backslashes % 2 == 0
}

/// `relative` + `origin`, or None if longer than 255 octets on the wire
/// (BIND's DNS_R_NAMETOOLONG from dns_name_concatenate).
pub(super) fn concatenate(relative: &Name, origin: &Name) -> Option<Name> {
    let wire_len = relative.wire_len() - usize::from(relative.is_absolute()) + origin.wire_len() - usize::from(origin.is_absolute()) + 1;
    (wire_len <= 255).then(|| Name::from_label_slices(relative.labels().chain(origin.labels())))
}

/// BIND's count_dots(): every '.' in the text, escaped or not.
pub(super) fn count_dots(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'.').count()
}
