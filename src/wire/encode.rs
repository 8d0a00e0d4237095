//! Queries to their bytes, exactly as dig renders them (dighost's
//! setup_lookup() and dns_message_render*()): the header with every bit
//! dig can set (Z and TC included), one question, an IXFR's SOA in the
//! authority section, and the OPT record last with its options in dig's
//! order and, with `+padding`, the PAD option that fills the message to a
//! multiple of the block size. The engine (`lookup`) sends the bytes and
//! decodes them once (`message::parse`) for `+qr`.
//!
//! Written by hand rather than with hickory-proto's encoder because dig
//! sends what hickory refuses to: an EDNS UDP size below 512, any Z bits,
//! options whose values are malformed (+ednsopt), TC or RA in a query.

use super::Name;

/// OPT's TYPE.
const OPT: u16 = 41;
const SOA: u16 = 6;
/// EDNS option code of PAD (RFC 7830).
const PADDING: u16 = 12;

/// The OPT pseudo-record of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opt {
    /// The UDP payload size (OPT's CLASS), as given: dig sends even a
    /// size below RFC 6891's floor of 512.
    pub udpsize: u16,
    pub version: u8,
    /// The 16 flag bits of OPT's TTL (DO is 0x8000, CO 0x4000).
    pub flags: u16,
    /// The options in order (code, value).
    pub options: Vec<(u16, Vec<u8>)>,
    /// `+padding=N`: pad the message to a multiple of N bytes (at most
    /// 512) with a PAD option after the others.
    pub padding: u16,
    /// Bytes that will be added after padding (the TSIG record BIND
    /// reserves room for): the padded length plus these is the multiple.
    pub reserve: usize,
}

/// A query to encode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query<'a> {
    pub id: u16,
    /// The header's second 16 bits: QR, OPCODE, AA, TC, RD, RA, Z, AD, CD,
    /// RCODE.
    pub flags: u16,
    /// QNAME, QTYPE, QCLASS; None with `+header-only`.
    pub question: Option<(&'a Name, u16, u16)>,
    /// IXFR: the SOA with this serial in the authority section (RFC 1995),
    /// owned by `ixfr_owner`, of class `ixfr_class`.
    pub ixfr: Option<Ixfr<'a>>,
    pub opt: Option<Opt>,
}

/// The SOA an IXFR query carries (dighost's insert_soa()).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ixfr<'a> {
    pub owner: &'a Name,
    pub class: u16,
    pub serial: u32,
}

/// A query's bytes, before and after padding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The query as dig prints it with `+qr` (BIND's PAD option is
    /// zero-filled only while rendering, so the printed query has an empty
    /// PAD option).
    pub unpadded: Vec<u8>,
    /// The query as sent.
    pub bytes: Vec<u8>,
    /// Where OPT's RDLENGTH is in both, if there is an OPT record.
    pub opt_rdlength_at: Option<usize>,
}

fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn put_name(out: &mut Vec<u8>, name: &Name) {
    for label in name.labels() {
        out.push(label.len() as u8);
        out.extend_from_slice(label);
    }
    out.push(0);
}

/// The query's bytes.
pub fn query(q: &Query) -> Encoded {
    let mut out = Vec::with_capacity(64);
    put_u16(&mut out, q.id);
    put_u16(&mut out, q.flags);
    put_u16(&mut out, u16::from(q.question.is_some()));
    put_u16(&mut out, 0);
    put_u16(&mut out, u16::from(q.ixfr.is_some()));
    put_u16(&mut out, u16::from(q.opt.is_some()));
    let mut qname_at = None;
    if let Some((name, qtype, qclass)) = q.question {
        qname_at = Some(out.len());
        put_name(&mut out, name);
        put_u16(&mut out, qtype);
        put_u16(&mut out, qclass);
    }
    if let Some(ixfr) = q.ixfr {
        // The owner is the question's name: a compression pointer to it.
        // (The root, one byte, is never compressed.)
        match qname_at.filter(|_| !ixfr.owner.is_root() && q.question.is_some_and(|(n, _, _)| n.eq_ignore_case(ixfr.owner))) {
            Some(at) => put_u16(&mut out, 0xc000 | at as u16),
            None => put_name(&mut out, ixfr.owner),
        }
        put_u16(&mut out, SOA);
        put_u16(&mut out, ixfr.class);
        out.extend_from_slice(&0u32.to_be_bytes());
        // MNAME and RNAME the root, the serial, four zero timers.
        put_u16(&mut out, 22);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&ixfr.serial.to_be_bytes());
        out.extend_from_slice(&[0; 16]);
    }
    let mut opt_rdlength_at = None;
    let mut padding = 0;
    if let Some(opt) = &q.opt {
        out.push(0);
        put_u16(&mut out, OPT);
        put_u16(&mut out, opt.udpsize);
        out.push(0); // extended RCODE
        out.push(opt.version);
        put_u16(&mut out, opt.flags);
        opt_rdlength_at = Some(out.len());
        put_u16(&mut out, 0);
        let start = out.len();
        for (code, value) in &opt.options {
            put_u16(&mut out, *code);
            put_u16(&mut out, value.len() as u16);
            out.extend_from_slice(value);
        }
        if opt.padding != 0 {
            put_u16(&mut out, PADDING);
            put_u16(&mut out, 0);
            padding = opt.padding;
        }
        let rdlength = (out.len() - start) as u16;
        out[start - 2..start].copy_from_slice(&rdlength.to_be_bytes());
    }
    let reserve = q.opt.as_ref().map_or(0, |o| o.reserve);
    let bytes = match opt_rdlength_at {
        Some(at) if padding != 0 => pad(&out, at, padding, reserve),
        _ => out.clone(),
    };
    Encoded { unpadded: out, bytes, opt_rdlength_at }
}

/// BIND's EDNS padding (dns_message_renderend()): the PAD option, last in
/// the message, is zero-filled so that the length is a multiple of
/// `block` (at most 512).
fn pad(q: &[u8], rdlength_at: usize, block: u16, reserve: usize) -> Vec<u8> {
    let block = usize::from(block.min(512));
    let used = q.len();
    let padsize = match (used + reserve) % block {
        0 => 0,
        r => block - r,
    };
    let mut out = q.to_vec();
    out.resize(used + padsize, 0);
    // The PAD option's length: the last two bytes before the padding.
    out[used - 2..used].copy_from_slice(&(padsize as u16).to_be_bytes());
    let rdlength = usize::from(u16::from_be_bytes([out[rdlength_at], out[rdlength_at + 1]])) + padsize;
    out[rdlength_at..rdlength_at + 2].copy_from_slice(&(rdlength as u16).to_be_bytes());
    out
}

#[cfg(test)]
#[path = "encode_tests.rs"]
mod tests;
