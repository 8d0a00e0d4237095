//! The query a lookup sends: dighost's setup_lookup() rendering (header
//! bits, question, IXFR's SOA, the OPT record and its options in dig's
//! order) through `wire::encode`, and the query decoded once for `+qr`.

use std::net::IpAddr;

use super::{AXFR, Emit, Engine, IXFR, decode_hex, ednsopt};
use crate::error::{Error, Fatal, Result};
use crate::plan::Lookup;
use crate::wire::{self, Message, Name};

impl<E: Emit> Engine<E> {
    /// The query message (BIND's setup_lookup rendering).
    pub(super) fn build_query(&self, l: &Lookup, qname: &Name, id: u16) -> Result<wire::encode::Encoded> {
        let mut flags: u16 = u16::from(l.opcode & 0x0f) << 11;
        let recursive = l.recurse && l.rdtype != AXFR && l.rdtype != IXFR;
        for (on, bit) in [
            (l.aaonly, 0x0400),
            (l.tcflag, 0x0200),
            (recursive, 0x0100),
            (l.raflag, 0x0080),
            (l.zflag, 0x0040),
            (l.adflag, 0x0020),
            (l.cdflag, 0x0010),
        ] {
            if on {
                flags |= bit;
            }
        }
        let opt = if l.edns_sent() {
            let mut options = Vec::new();
            if l.nsid {
                options.push((ednsopt::NSID, Vec::new()));
            }
            if let Some((addr, plen)) = l.ecs {
                options.push((ednsopt::CLIENT_SUBNET, ecs_option(addr, plen)));
            }
            if l.sendcookie {
                let value = match &l.cookie {
                    Some(hex) => decode_hex(hex).ok_or(Error::Fatal(Fatal::BadHexCookie))?,
                    None => self.client_cookie.to_vec(),
                };
                options.push((ednsopt::COOKIE, value));
            }
            if l.expire {
                options.push((ednsopt::EXPIRE, Vec::new()));
            }
            if l.tcp_keepalive {
                options.push((ednsopt::TCP_KEEPALIVE, Vec::new()));
            }
            options.extend(l.ednsopts.iter().cloned());
            let mut ednsflags = l.ednsflags & !0x8000 & !0x4000;
            if l.coflag {
                ednsflags |= 0x4000;
            }
            if l.dnssec {
                ednsflags |= 0x8000;
            }
            Some(wire::encode::Opt {
                udpsize: l.udpsize.unwrap_or(crate::plan::DEFAULT_EDNS_BUFSIZE),
                version: l.edns.unwrap_or(0),
                flags: ednsflags,
                options,
                padding: l.padding,
                // BIND pads with room left for the TSIG record.
                reserve: self.settings.tsig.as_ref().map_or(0, |k| k.space_for_tsig()),
            })
        } else {
            None
        };
        let q = wire::encode::Query {
            id,
            flags,
            question: (!l.header_only).then_some((qname, l.rdtype, l.rdclass)),
            ixfr: (l.rdtype == IXFR).then_some(wire::encode::Ixfr { owner: qname, class: l.rdclass, serial: l.ixfr_serial }),
            opt,
        };
        Ok(wire::encode::query(&q))
    }
}

/// Our own query decoded for printing (+qr). The EDNS options are taken
/// as they are: dig prints what the user asked to send, even an option
/// whose value does not parse (+ednsopt=15:00).
pub(super) fn decode_own_query(e: &wire::encode::Encoded) -> std::result::Result<Message, wire::ParseError> {
    let q = &e.unpadded;
    if let Ok(m) = wire::message::parse(q) {
        return Ok(m);
    }
    // The OPT record is last: parse the query with an empty OPT RDATA,
    // then attach the raw options.
    let Some(rdlen_at) = e.opt_rdlength_at else { return wire::message::parse(q) };
    let mut stripped = q[..rdlen_at].to_vec();
    stripped.extend_from_slice(&[0, 0]);
    let mut msg = wire::message::parse(&stripped)?;
    let rdata = &q[(rdlen_at + 2).min(q.len())..];
    let mut options = Vec::new();
    let mut i = 0;
    while i + 4 <= rdata.len() {
        let code = u16::from_be_bytes([rdata[i], rdata[i + 1]]);
        let len = usize::from(u16::from_be_bytes([rdata[i + 2], rdata[i + 3]]));
        let end = (i + 4 + len).min(rdata.len());
        options.push((code, rdata[i + 4..end].to_vec()));
        i = end;
    }
    if let Some(opt) = msg.opt.as_mut() {
        opt.options = options;
    }
    msg.parsed_len = q.len();
    Ok(msg)
}

/// The EDNS Client Subnet option value (RFC 7871), as dig builds it.
pub(super) fn ecs_option(addr: IpAddr, plen: u8) -> Vec<u8> {
    let (family, octets): (u16, Vec<u8>) = match addr {
        IpAddr::V4(a) => (1, a.octets().to_vec()),
        IpAddr::V6(a) => (2, a.octets().to_vec()),
    };
    let addrl = usize::from(plen).div_ceil(8);
    let mut v = Vec::with_capacity(4 + addrl);
    v.extend_from_slice(&family.to_be_bytes());
    v.push(plen);
    v.push(0);
    let mut a = octets[..addrl.min(octets.len())].to_vec();
    if !plen.is_multiple_of(8)
        && let Some(last) = a.last_mut()
    {
        *last &= !0u8 << (8 - plen % 8);
    }
    v.extend_from_slice(&a);
    v
}
