//! Parsing one DNS message (RFC 1035 4.1) from its bytes. STUB: to be written.
use super::name::Name;

/// The fixed 12-byte header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Header {
    pub id: u16,
    pub qr: bool,
    pub opcode: u8,
    pub aa: bool,
    pub tc: bool,
    pub rd: bool,
    pub ra: bool,
    pub z: bool,
    pub ad: bool,
    pub cd: bool,
    /// The low 4 bits of the RCODE (the header's own field).
    pub rcode: u8,
    pub qdcount: u16,
    pub ancount: u16,
    pub nscount: u16,
    pub arcount: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub name: Name,
    pub qtype: u16,
    pub qclass: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub name: Name,
    pub rtype: u16,
    pub class: u16,
    pub ttl: u32,
    /// RDATA with every compressed name expanded (never contains pointers).
    pub rdata: Vec<u8>,
}

/// The OPT pseudo-record (RFC 6891), taken out of the additional section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edns {
    pub udp_size: u16,
    pub ext_rcode: u8,
    pub version: u8,
    /// The 16 flag bits; DO is 0x8000.
    pub flags: u16,
    pub options: Vec<(u16, Vec<u8>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Question,
    Answer,
    Authority,
    Additional,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub header: Header,
    pub question: Vec<Question>,
    pub answer: Vec<Record>,
    pub authority: Vec<Record>,
    /// Additional records without the OPT record (see `opt`).
    pub additional: Vec<Record>,
    pub opt: Option<Edns>,
}

impl Message {
    /// The full RCODE: header bits plus the OPT extended bits.
    pub fn rcode(&self) -> u16 {
        let ext = self.opt.as_ref().map_or(0, |o| u16::from(o.ext_rcode));
        (ext << 4) | u16::from(self.header.rcode)
    }

    pub fn section(&self, s: Section) -> &[Record] {
        match s {
            Section::Question => &[],
            Section::Answer => &self.answer,
            Section::Authority => &self.authority,
            Section::Additional => &self.additional,
        }
    }
}

/// Why a message could not be parsed; Display is BIND's result text
/// (`;; Got bad packet: <text>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub text: &'static str,
    /// Byte offset where parsing stopped.
    pub offset: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text)
    }
}

pub fn parse(bytes: &[u8]) -> Result<Message, ParseError> {
    let _ = bytes;
    todo!("wire::message::parse")
}

pub fn parse_best_effort(bytes: &[u8]) -> Result<(Message, bool), ParseError> {
    parse(bytes).map(|m| (m, false))
}
