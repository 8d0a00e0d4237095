//! RDATA in BIND's presentation format (dns_rdata_totext). STUB.

/// How dig's options change the presentation of RDATA.
#[derive(Debug, Clone, Default)]
pub struct Style {
    pub multiline: bool,
}

pub fn to_text(rtype: u16, class: u16, rdata: &[u8], style: &Style) -> String {
    let _ = (rtype, class, rdata, style);
    todo!()
}
impl Style { pub fn nslookup() -> Style { Style::default() } }
