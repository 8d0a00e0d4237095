//! Domain names as raw labels, printed as BIND prints them. STUB.

/// An absolute domain name: labels as received (case kept), root = no labels.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Name {
    labels: Vec<Vec<u8>>,
}

impl Name {
    pub fn root() -> Name {
        Name { labels: Vec::new() }
    }
    pub fn from_labels(labels: Vec<Vec<u8>>) -> Name {
        Name { labels }
    }
    pub fn labels(&self) -> &[Vec<u8>] {
        &self.labels
    }
    /// BIND's dns_name_totext: `"().;\@$` escaped with a backslash, bytes
    /// outside 0x21..=0x7e as `\DDD`; the root is "."; with
    /// `omit_final_dot` (dns_name_format) no trailing dot except for the root.
    pub fn to_text(&self, omit_final_dot: bool) -> String {
        let _ = omit_final_dot;
        todo!()
    }
    /// Case-insensitive comparison (ASCII), as DNS compares names.
    pub fn eq_ignore_case(&self, other: &Name) -> bool {
        self.labels.len() == other.labels.len()
            && self.labels.iter().zip(&other.labels).all(|(a, b)| a.eq_ignore_ascii_case(b))
    }
}

/// Why text is not a name; Display is BIND's result text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameError(pub &'static str);

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Name {
    pub fn from_text(text: &str, origin: Option<&Name>) -> Result<Name, NameError> {
        let _ = (text, origin);
        todo!()
    }
}
