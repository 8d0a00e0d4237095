//! delv's +mtrace: every reply the resolver receives, as BIND 9.18 logs it
//! at DEBUG(10) (resolver.c's `received packet from ADDR#PORT`, then
//! dns_message_totext() with dns_master_style_comment: every record line
//! commented out with `;`, multi-line RDATA in 28-character chunks, the
//! header with its 6-wide id). Rdatasets are grouped as the resolver's
//! parser groups them (`validate::rrset::group`), not in wire order.
//!
//! `render::delv` (the parent) calls [`received`] for each `TraceEvent::Received` and
//! writes the text to standard error.

use crate::render::dig::{indent, opt_pseudosection};
use crate::validate::Trust;
use crate::validate::rrset::{self, RdataSet};
use crate::wire::rdata::{self, Style};
use crate::wire::{Message, Name, message, types};

/// dns_master_style_comment's columns and line length.
const TTL_COLUMN: u32 = 24;
const CLASS_COLUMN: u32 = 32;
const TYPE_COLUMN: u32 = 40;
const RDATA_COLUMN: u32 = 48;
const LINE_LENGTH: u32 = 80;

/// The log message for one received reply: `;; received packet from
/// SERVER`, the message, and the log's own line end. Nothing for bytes
/// that do not parse (BIND logs only parsed replies).
pub fn received(server: &str, bytes: &[u8]) -> String {
    let Ok(msg) = message::parse(bytes) else { return String::new() };
    let mut out = format!(";; received packet from {server}\n").into_bytes();
    message_totext(&mut out, &msg);
    out.push(b'\n');
    String::from_utf8_lossy(&out).into_owned()
}

/// dns_message_totext(msg, &dns_master_style_comment, 0).
fn message_totext(out: &mut Vec<u8>, msg: &Message) {
    header(out, msg);
    opt_pseudosection(out, msg);
    let h = &msg.header;
    let update = h.opcode == 5;
    if !msg.question.is_empty() {
        out.extend_from_slice(if update { b";; ZONE SECTION:\n" } else { b";; QUESTION SECTION:\n" });
        for q in &msg.question {
            out.push(b';');
            let mut column = 0;
            let owner = q.name.to_text(false);
            out.extend_from_slice(owner.as_bytes());
            column += owner.len() as u32;
            indent(out, &mut column, CLASS_COLUMN);
            let class = types::class_to_text(q.qclass);
            out.extend_from_slice(class.as_bytes());
            column += class.len() as u32;
            indent(out, &mut column, TYPE_COLUMN);
            out.extend_from_slice(types::type_to_text(q.qtype).as_bytes());
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    let names: [&[u8]; 3] = if update { [b"PREREQUISITE", b"UPDATE", b"ADDITIONAL"] } else { [b"ANSWER", b"AUTHORITY", b"ADDITIONAL"] };
    for (records, title) in [&msg.answer, &msg.authority, &msg.additional].into_iter().zip(names) {
        if records.is_empty() {
            continue;
        }
        out.extend_from_slice(b";; ");
        out.extend_from_slice(title);
        out.extend_from_slice(b" SECTION:\n");
        for g in rrset::group(records, 1, Trust::None) {
            for set in &g.sets {
                rdataset(out, &g.name, set);
            }
        }
        out.push(b'\n');
    }
}

/// dns_message_headertotext() outside YAML.
fn header(out: &mut Vec<u8>, msg: &Message) {
    let h = &msg.header;
    out.extend_from_slice(
        format!(
            ";; ->>HEADER<<- opcode: {}, status: {}, id: {:6}\n;; flags:",
            types::opcode_to_text(h.opcode),
            types::rcode_mnemonic(msg.rcode()),
            h.id
        )
        .as_bytes(),
    );
    for (on, f) in [(h.qr, " qr"), (h.aa, " aa"), (h.tc, " tc"), (h.rd, " rd"), (h.ra, " ra"), (h.ad, " ad"), (h.cd, " cd")] {
        if on {
            out.extend_from_slice(f.as_bytes());
        }
    }
    if h.z {
        out.extend_from_slice(b"; MBZ: 0x4");
    }
    let (q, a, u) = if h.opcode == 5 { ("ZONE", "PREREQ", "UPDATE") } else { ("QUESTION", "ANSWER", "AUTHORITY") };
    out.extend_from_slice(format!("; {q}: {}, {a}: {}, {u}: {}, ADDITIONAL: {}\n", h.qdcount, h.ancount, h.nscount, h.arcount).as_bytes());
}

/// rdataset_totext() with dns_master_style_comment.
fn rdataset(out: &mut Vec<u8>, owner: &Name, set: &RdataSet) {
    let mut linebreak = b"\n;".to_vec();
    let mut col = 0;
    indent(&mut linebreak, &mut col, RDATA_COLUMN);
    let style = Style {
        multiline: true,
        rrcomments: true,
        width: LINE_LENGTH - RDATA_COLUMN,
        linebreak: String::from_utf8(linebreak).expect("ASCII"),
        ..Style::nslookup()
    };
    let owner = owner.to_text(false);
    let ttl = set.ttl.to_string();
    let class = types::class_to_text(set.class);
    let rtype = types::type_to_text(set.rtype);
    for d in &set.rdatas {
        out.push(b';');
        let mut column = 0;
        out.extend_from_slice(owner.as_bytes());
        column += owner.len() as u32;
        indent(out, &mut column, TTL_COLUMN);
        out.extend_from_slice(ttl.as_bytes());
        column += ttl.len() as u32;
        indent(out, &mut column, CLASS_COLUMN);
        out.extend_from_slice(class.as_bytes());
        column += class.len() as u32;
        indent(out, &mut column, TYPE_COLUMN);
        out.extend_from_slice(rtype.as_bytes());
        column += rtype.len() as u32;
        indent(out, &mut column, RDATA_COLUMN);
        out.extend_from_slice(rdata::to_text(set.rtype, set.class, d, &style).as_bytes());
        out.push(b'\n');
    }
}
