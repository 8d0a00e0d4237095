//! Parsing one DNS message (RFC 1035 4.1) from its bytes the way BIND
//! 9.18's `dns_message_parse` does for dig and nslookup: same checks, same
//! order, same result codes (`ParseError::text` is isc_result_totext, which
//! dig prints as `;; Got bad packet: <text>`).
//!
//! Every record's RDATA goes through `rdata::fromwire` (BIND's per-type
//! checks) and is kept uncompressed in `Record::rdata`, ready for
//! `rdata::to_text`. The OPT record is moved to `Message::opt`, a TSIG or
//! SIG(0) record to `Message::tsig` / `Message::sig0`, as BIND does (dig
//! prints them as pseudo-sections). Byte offsets are kept for a packet
//! dissector.
//!
//! Implemented mode: DNS_MESSAGEPARSE_PRESERVEORDER, which both dig and
//! nslookup use (records stay in wire order, one RRset per record, TTLs
//! untouched; BIND's singleton and question-only-type checks are skipped
//! in that mode). `parse` is dig +nobesteffort / nslookup (strict);
//! `parse_best_effort` adds DNS_MESSAGEPARSE_BESTEFFORT |
//! DNS_MESSAGEPARSE_IGNORETRUNCATION, dig's default.
//!
//! Hostile input: every read is bounds-checked, names are decoded with
//! BIND's "pointer strictly backwards" rule plus a per-message memo of
//! pointer chains (linear time), and allocation is bounded by a small
//! multiple of the input size.

use super::name::{Name, WireError, WireReader};
use super::rdata;
use super::types::{class, rtype};

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
    /// The reserved bit (0x0040).
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

impl Header {
    /// Decode the 12 header bytes.
    pub fn from_bytes(b: &[u8; 12]) -> Header {
        let flags = u16::from_be_bytes([b[2], b[3]]);
        Header {
            id: u16::from_be_bytes([b[0], b[1]]),
            qr: flags & 0x8000 != 0,
            opcode: ((flags >> 11) & 0xf) as u8,
            aa: flags & 0x0400 != 0,
            tc: flags & 0x0200 != 0,
            rd: flags & 0x0100 != 0,
            ra: flags & 0x0080 != 0,
            z: flags & 0x0040 != 0,
            ad: flags & 0x0020 != 0,
            cd: flags & 0x0010 != 0,
            rcode: (flags & 0xf) as u8,
            qdcount: u16::from_be_bytes([b[4], b[5]]),
            ancount: u16::from_be_bytes([b[6], b[7]]),
            nscount: u16::from_be_bytes([b[8], b[9]]),
            arcount: u16::from_be_bytes([b[10], b[11]]),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub name: Name,
    pub qtype: u16,
    pub qclass: u16,
    /// Offset of the question's name in the message.
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub name: Name,
    pub rtype: u16,
    pub class: u16,
    pub ttl: u32,
    /// RDATA with every compressed name expanded (never contains pointers).
    pub rdata: Vec<u8>,
    /// Offset of the record's owner name in the message.
    pub offset: usize,
    /// Offset of the RDATA (just after RDLENGTH) in the message.
    pub rdata_offset: usize,
    /// RDLENGTH as on the wire (the compressed length).
    pub rdata_len: usize,
    /// A dynamic-update "meta" record (opcode UPDATE, class ANY/NONE in the
    /// prerequisite/update sections, empty RDATA): BIND prints its RDATA as
    /// nothing at all rather than `\# 0`.
    pub update_meta: bool,
}

/// The OPT pseudo-record (RFC 6891), taken out of the additional section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edns {
    /// The CLASS field.
    pub udp_size: u16,
    /// TTL bits 24..32: the upper 8 bits of the 12-bit RCODE.
    pub ext_rcode: u8,
    pub version: u8,
    /// The 16 flag bits; DO is 0x8000.
    pub flags: u16,
    /// (code, value) in wire order; already checked like BIND's fromwire_opt.
    pub options: Vec<(u16, Vec<u8>)>,
    /// The owner name (always "." for an accepted OPT).
    pub offset: usize,
    pub rdata_offset: usize,
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
    /// Additional records without the OPT, TSIG and SIG(0) records.
    pub additional: Vec<Record>,
    pub opt: Option<Edns>,
    /// A TSIG record found where BIND accepts it (last in additional, class
    /// ANY); dig prints it in the TSIG PSEUDOSECTION.
    pub tsig: Option<Record>,
    /// A SIG(0) (SIG covering type 0, owner ".", last in additional).
    pub sig0: Option<Record>,
    /// Offset where parsing stopped: the end of the last record, or (after
    /// a truncation in best-effort mode) where the missing data was needed.
    /// dig prints `;; WARNING: Message has N extra bytes at end` with
    /// N = message length - `parsed_len` when N > 0.
    pub parsed_len: usize,
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
    /// Byte offset where parsing stopped (start of the name, field or RDATA
    /// that failed).
    pub offset: usize,
    /// The same failure as a code.
    pub kind: WireError,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text)
    }
}

impl std::error::Error for ParseError {}

fn perr(kind: WireError, offset: usize) -> ParseError {
    ParseError { text: kind.text(), offset, kind }
}

/// What `parse_best_effort` returns when BIND's parse would succeed or
/// return DNS_R_RECOVERABLE.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BestEffort {
    pub message: Message,
    /// BIND returned DNS_R_RECOVERABLE: dig prints
    /// ";; Warning: Message parser reports malformed message packet."
    /// (to stderr) and then the message as parsed.
    pub recoverable: bool,
    /// The parse stopped early on "unexpected end of input" (a truncated
    /// message): sections after that point are missing or incomplete (the
    /// record being read when the data ran out is dropped).
    pub truncated: bool,
    /// Problems that were skipped (each would have been the error without
    /// best effort), in order.
    pub problems: Vec<ParseError>,
}

/// Parsing options: BIND's DNS_MESSAGEPARSE_* flags that matter here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParseOptions {
    /// DNS_MESSAGEPARSE_BESTEFFORT: FORMERR-type problems (class mismatch,
    /// misplaced OPT/TSIG/SIG(0)/TKEY, duplicate questions, RRSIG covering
    /// type 0) are noted and parsing continues.
    pub best_effort: bool,
    /// DNS_MESSAGEPARSE_IGNORETRUNCATION: running out of data ends the
    /// parse with what was read so far.
    pub ignore_truncation: bool,
}

/// Strict parse (nslookup; dig +nobesteffort): any problem is an error.
pub fn parse(bytes: &[u8]) -> Result<Message, ParseError> {
    let r = parse_with(bytes, ParseOptions::default())?;
    match r.problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(r.message),
    }
}

/// dig's default parse (BESTEFFORT | IGNORETRUNCATION): the message as
/// far as it could be read, and whether BIND would have returned
/// DNS_R_RECOVERABLE (dig then prints ";; Warning: Message parser reports
/// malformed message packet." and goes on with the message).
///
/// Errors BIND still treats as fatal in that mode are returned as Err:
/// bad names (pointers, label types, too long), RDATA that fails its
/// type's checks for another reason than running out of data, a header
/// shorter than 12 bytes, a bad NSEC3 owner, non-empty RDATA in an UPDATE
/// meta record. Recoverable: class mismatches, misplaced OPT / TSIG /
/// SIG(0) / TKEY, duplicate or second question names, RRSIG covering type
/// 0, and a message that ends early (the record being read is dropped,
/// `Message::parsed_len` says where). See `parse_with` for the details.
pub fn parse_best_effort(bytes: &[u8]) -> Result<(Message, bool), ParseError> {
    let r = parse_with(bytes, ParseOptions { best_effort: true, ignore_truncation: true })?;
    Ok((r.message, r.recoverable))
}

struct Ctx {
    best_effort: bool,
    problems: Vec<ParseError>,
    rdclass: Option<u16>,
    tkey: bool,
    /// The owner names' uncompressed wire form, not needed: one buffer
    /// for all of them.
    scratch: Vec<u8>,
}

impl Ctx {
    /// DO_ERROR: remember the problem; Err(()) when not in best effort.
    fn do_error(&mut self, e: WireError, at: usize) -> Result<(), ParseError> {
        if self.best_effort {
            self.problems.push(perr(e, at));
            Ok(())
        } else {
            Err(perr(e, at))
        }
    }
}

/// The general entry point; `parse` and `parse_best_effort` are shortcuts.
/// Problems that `opts` make non-fatal are listed in the result (and set
/// `recoverable`); the others are the Err.
pub fn parse_with(bytes: &[u8], opts: ParseOptions) -> Result<BestEffort, ParseError> {
    if bytes.len() < 12 {
        return Err(perr(WireError::UnexpectedEnd, bytes.len()));
    }
    let mut hb = [0u8; 12];
    hb.copy_from_slice(&bytes[..12]);
    let header = Header::from_bytes(&hb);
    let mut msg = Message {
        header,
        question: Vec::new(),
        answer: Vec::new(),
        authority: Vec::new(),
        additional: Vec::new(),
        opt: None,
        tsig: None,
        sig0: None,
        parsed_len: 12,
    };
    let mut r = WireReader::new(bytes, true);
    r.pos = 12;
    let mut ctx = Ctx { best_effort: opts.best_effort, problems: Vec::new(), rdclass: None, tkey: false, scratch: Vec::new() };
    let mut truncated = false;

    let steps: [(Section, u16); 4] = [
        (Section::Question, header.qdcount),
        (Section::Answer, header.ancount),
        (Section::Authority, header.nscount),
        (Section::Additional, header.arcount),
    ];
    for (sec, count) in steps {
        let res = if sec == Section::Question {
            get_questions(&mut r, &mut msg, &mut ctx, count)
        } else {
            get_section(&mut r, &mut msg, &mut ctx, sec, count)
        };
        match res {
            Ok(()) => msg.parsed_len = r.pos,
            Err(e) if e.kind == WireError::UnexpectedEnd && opts.ignore_truncation => {
                msg.parsed_len = e.offset;
                ctx.problems.push(e);
                truncated = true;
                break;
            }
            Err(e) => return Err(e),
        }
    }
    let recoverable = truncated || !ctx.problems.is_empty();
    Ok(BestEffort { message: msg, recoverable, truncated, problems: ctx.problems })
}

fn get_questions(r: &mut WireReader, msg: &mut Message, ctx: &mut Ctx, count: u16) -> Result<(), ParseError> {
    for _ in 0..count {
        let at = r.pos;
        r.active = r.buf.len();
        ctx.scratch.clear();
        let name = r.read_name(&mut ctx.scratch).map_err(|e| perr(e, at))?;
        // BIND's question section is a list of names, each with its
        // rdatasets: a second distinct name is FORMERR, the same (type,
        // class) twice under one name too.
        let existing = msg.question.iter().position(|q| q.name.eq_ignore_case(&name));
        if existing.is_none() && !msg.question.is_empty() {
            ctx.do_error(WireError::FormErr, at)?;
        }
        if r.remaining() < 4 {
            return Err(perr(WireError::UnexpectedEnd, r.pos));
        }
        let b = &r.buf[r.pos..r.pos + 4];
        let qtype = u16::from_be_bytes([b[0], b[1]]);
        let qclass = u16::from_be_bytes([b[2], b[3]]);
        r.forward(4);
        if (msg.header.opcode == 5 || msg.header.opcode == 4) && (qclass == class::NONE || qclass == class::ANY) {
            ctx.do_error(WireError::FormErr, at)?;
        }
        match ctx.rdclass {
            None => ctx.rdclass = Some(qclass),
            Some(c) if c != qclass => ctx.do_error(WireError::FormErr, at)?,
            _ => {}
        }
        if qtype == rtype::TKEY {
            ctx.tkey = true;
        }
        if let Some(first) = existing {
            let dup =
                msg.question.iter().any(|q| q.name.eq_ignore_case(&msg.question[first].name) && q.qtype == qtype && q.qclass == qclass);
            if dup {
                ctx.do_error(WireError::FormErr, at)?;
            }
        }
        if msg.question.is_empty() {
            // As for records (get_section): a question takes at least 5 bytes.
            msg.question.reserve_exact(usize::from(count).min(1 + r.remaining() / 5));
        }
        msg.question.push(Question { name, qtype, qclass, offset: at });
    }
    Ok(())
}

fn get_section(r: &mut WireReader, msg: &mut Message, ctx: &mut Ctx, sec: Section, count: u16) -> Result<(), ParseError> {
    let is_update = msg.header.opcode == 5;
    for n in 0..count {
        let last = n + 1 == count;
        let at = r.pos;
        r.active = r.buf.len();
        ctx.scratch.clear();
        let name = r.read_name(&mut ctx.scratch).map_err(|e| perr(e, at))?;
        if r.remaining() < 10 {
            return Err(perr(WireError::UnexpectedEnd, r.pos));
        }
        let p = r.pos;
        let b = r.buf;
        let rt = u16::from_be_bytes([b[p], b[p + 1]]);
        let rc = u16::from_be_bytes([b[p + 2], b[p + 3]]);
        let ttl = u32::from_be_bytes([b[p + 4], b[p + 5], b[p + 6], b[p + 7]]);
        let rdlen = usize::from(u16::from_be_bytes([b[p + 8], b[p + 9]]));

        if ctx.rdclass.is_none() && rt != rtype::OPT && rt != rtype::TSIG && rt != rtype::TKEY {
            ctx.rdclass = Some(rc);
        }
        let msgclass = ctx.rdclass.unwrap_or(0);
        if !is_update
            && !matches!(rt, rtype::TSIG | rtype::OPT | rtype::KEY | rtype::SIG | rtype::TKEY)
            && msgclass != class::ANY
            && msgclass != rc
        {
            ctx.do_error(WireError::FormErr, at)?;
        }
        if !is_update && !ctx.tkey && rt == rtype::KEY && msgclass != class::ANY && msgclass != rc {
            ctx.do_error(WireError::FormErr, at)?;
        }
        let mut istsig = false;
        let mut isedns = false;
        let mut issig0 = false;
        if rt == rtype::TSIG {
            if sec != Section::Additional || rc != class::ANY || !last {
                ctx.do_error(WireError::BadTsig, at)?;
            } else {
                istsig = true;
            }
        } else if rt == rtype::OPT {
            if !name.is_root() || sec != Section::Additional || msg.opt.is_some() {
                ctx.do_error(WireError::FormErr, at)?;
            } else {
                isedns = true;
            }
        } else if rt == rtype::TKEY {
            let tkeysection = if msg.header.qr { Section::Answer } else { Section::Additional };
            if sec != tkeysection && sec != Section::Answer {
                ctx.do_error(WireError::FormErr, at)?;
            }
        }

        r.forward(10);
        let rdata_offset = r.pos;
        if r.remaining() < rdlen {
            return Err(perr(WireError::UnexpectedEnd, rdata_offset));
        }
        // UPDATE prerequisite (answer) / update (authority) meta records.
        let update_meta = is_update
            && match sec {
                Section::Answer => rc == class::ANY || rc == class::NONE,
                Section::Authority => rc == class::ANY,
                _ => false,
            };
        let mut rd = Vec::new();
        if update_meta {
            if rdlen != 0 {
                return Err(perr(WireError::FormErr, rdata_offset));
            }
        } else {
            let interp_class = if rc == class::NONE && is_update && sec == Section::Authority { msgclass } else { rc };
            r.active = r.pos + rdlen;
            rdata::fromwire(rt, interp_class, r, &mut rd, rdata::getrdata_limit(rdlen)).map_err(|e| perr(e, rdata_offset))?;
            r.pos = rdata_offset + rdlen;
        }
        r.active = r.buf.len();

        if !update_meta && rt == rtype::RRSIG {
            if rd.len() >= 2 && u16::from_be_bytes([rd[0], rd[1]]) == 0 {
                ctx.do_error(WireError::FormErr, at)?;
            }
        } else if !update_meta && rt == rtype::SIG {
            let covers = if rd.len() >= 2 { u16::from_be_bytes([rd[0], rd[1]]) } else { 0 };
            if covers == 0 {
                if sec != Section::Additional || !last || !name.is_root() {
                    ctx.do_error(WireError::BadSig0, at)?;
                } else {
                    issig0 = true;
                }
            } else if msgclass != class::ANY && msgclass != rc {
                ctx.do_error(WireError::FormErr, at)?;
            }
        }
        if rt == rtype::NSEC3 && !rdata::nsec3_owner_ok(&name) {
            return Err(perr(WireError::BadOwnerName, at));
        }

        let rec = Record { name, rtype: rt, class: rc, ttl, rdata: rd, offset: at, rdata_offset, rdata_len: rdlen, update_meta };
        if isedns {
            msg.opt = Some(edns_from(&rec));
        } else if istsig {
            msg.tsig = Some(rec);
        } else if issig0 {
            msg.sig0 = Some(rec);
        } else {
            let records = match sec {
                Section::Answer => &mut msg.answer,
                Section::Authority => &mut msg.authority,
                _ => &mut msg.additional,
            };
            // Room for the section's other records at its first, as many
            // as its count says but no more than the bytes left could
            // hold (a record takes at least 11): Vec's doubling from 4
            // left most of a reply's memory unused, and a batch holds
            // thousands of replies while an earlier lookup waits.
            if records.is_empty() {
                records.reserve_exact(usize::from(count - n).min(1 + r.remaining() / 11));
            }
            records.push(rec);
        }
    }
    Ok(())
}

fn edns_from(rec: &Record) -> Edns {
    let mut options = Vec::new();
    let d = &rec.rdata;
    let mut i = 0;
    while i + 4 <= d.len() {
        let code = u16::from_be_bytes([d[i], d[i + 1]]);
        let len = usize::from(u16::from_be_bytes([d[i + 2], d[i + 3]]));
        i += 4;
        let end = (i + len).min(d.len());
        options.push((code, d[i..end].to_vec()));
        i = end;
    }
    Edns {
        udp_size: rec.class,
        ext_rcode: (rec.ttl >> 24) as u8,
        version: (rec.ttl >> 16) as u8,
        flags: rec.ttl as u16,
        options,
        offset: rec.offset,
        rdata_offset: rec.rdata_offset,
    }
}

#[cfg(test)]
pub(crate) mod tests;
