//! BIND 9.18 nslookup's text (bin/dig/nslookup.c): the server header,
//! answers in nslookup's short forms (`Name:`/`Address:`, `mail exchanger
//! = `, the SOA block), the `-debug` sections, and the error lines.
//! [`NslookupSink`] prints the run's events as nslookup's printmessage()
//! and dighost's callbacks do; when each happens is the engine's and the
//! session's business.

use std::io::{self, Write};
use std::net::SocketAddr;

use super::{Output, Sink, rdata_name, rdata_u32};
use crate::error::Error;
use crate::event::{Channel, Event, Reply};
use crate::response::sockaddr_text;
use crate::wire::{Message, Record, Section, rdata};

/// nslookup's labels for types 0..=41 (rtypetext[]); later types print as
/// `rdata_N = `.
const RTYPE_TEXT: [&str; 42] = [
    "rtype_0 = ",
    "internet address = ",
    "nameserver = ",
    "md = ",
    "mf = ",
    "canonical name = ",
    "soa = ",
    "mb = ",
    "mg = ",
    "mr = ",
    "rtype_10 = ",
    "protocol = ",
    "name = ",
    "hinfo = ",
    "minfo = ",
    "mail exchanger = ",
    "text = ",
    "rp = ",
    "afsdb = ",
    "x25 address = ",
    "isdn address = ",
    "rt = ",
    "nsap = ",
    "nsap_ptr = ",
    "signature = ",
    "key = ",
    "px = ",
    "gpos = ",
    "has AAAA address ",
    "loc = ",
    "next = ",
    "rtype_31 = ",
    "rtype_32 = ",
    "service = ",
    "rtype_34 = ",
    "naptr = ",
    "kx = ",
    "cert = ",
    "v6 address = ",
    "dname = ",
    "rtype_40 = ",
    "optional = ",
];

const SOA: u16 = 6;
const A: u16 = 1;
const AAAA: u16 = 28;

/// `Server:\t\t<label>` / `Address:\t<ip>#<port>` and a blank line. The
/// label is the server as the user named it: its bytes (rawtext).
pub fn server_header(w: &mut dyn Write, label: &str, addr: SocketAddr) -> io::Result<()> {
    crate::rawtext::write(w, &format!("Server:\t\t{label}\n"))?;
    writeln!(w, "Address:\t{}", sockaddr_text(addr))?;
    writeln!(w)
}

/// The RDATA of one record after nslookup's label (printrdata()).
fn write_rdata(w: &mut dyn Write, r: &Record) -> io::Result<()> {
    match RTYPE_TEXT.get(usize::from(r.rtype)) {
        Some(label) => w.write_all(label.as_bytes())?,
        None => write!(w, "rdata_{} = ", r.rtype)?,
    }
    writeln!(w, "{}", rdata::to_text(r.rtype, r.class, &r.rdata, &rdata::Style::nslookup()))
}

/// The SOA block (printsoa()): names without their final dot.
fn write_soa(w: &mut dyn Write, r: &Record) -> io::Result<()> {
    let mut pos = 0;
    let fields = (|| {
        let origin = rdata_name(&r.rdata, &mut pos)?;
        let mail = rdata_name(&r.rdata, &mut pos)?;
        let mut nums = [0u32; 5];
        for n in &mut nums {
            *n = rdata_u32(&r.rdata, &mut pos)?;
        }
        Some((origin, mail, nums))
    })();
    match fields {
        Some((origin, mail, [serial, refresh, retry, expire, minimum])) => {
            writeln!(w, "\torigin = {}", origin.to_text(true))?;
            writeln!(w, "\tmail addr = {}", mail.to_text(true))?;
            writeln!(w, "\tserial = {serial}")?;
            writeln!(w, "\trefresh = {refresh}")?;
            writeln!(w, "\tretry = {retry}")?;
            writeln!(w, "\texpire = {expire}")?;
            writeln!(w, "\tminimum = {minimum}")
        }
        // The parser only passes well-formed SOA RDATA; be safe anyway.
        None => write_rdata(w, r),
    }
}

/// One section in nslookup's short form (printsection()).
pub fn section(w: &mut dyn Write, msg: &Message, which: Section) -> io::Result<()> {
    for r in msg.section(which) {
        let owner = r.name.to_text(true);
        match r.rtype {
            A | AAAA if which == Section::Answer => {
                writeln!(w, "Name:\t{owner}")?;
                writeln!(w, "Address: {}", rdata::to_text(r.rtype, r.class, &r.rdata, &rdata::Style::nslookup()))?;
            }
            SOA => {
                writeln!(w, "{owner}")?;
                write_soa(w, r)?;
            }
            _ => {
                write!(w, "{owner}\t")?;
                write_rdata(w, r)?;
            }
        }
    }
    Ok(())
}

/// The `-debug` block (detailsection() for each section, between dashes).
pub fn debug_sections(w: &mut dyn Write, msg: &Message) -> io::Result<()> {
    writeln!(w, "------------")?;
    writeln!(w, "    QUESTIONS:")?;
    for q in &msg.question {
        writeln!(
            w,
            "\t{}, type = {}, class = {}",
            q.name.to_text(true),
            crate::wire::types::type_to_text(q.qtype),
            crate::wire::types::class_to_text(q.qclass)
        )?;
    }
    for (title, which) in [
        ("    ANSWERS:", Section::Answer),
        ("    AUTHORITY RECORDS:", Section::Authority),
        ("    ADDITIONAL RECORDS:", Section::Additional),
    ] {
        writeln!(w, "{title}")?;
        for r in msg.section(which) {
            writeln!(w, "    ->  {}", r.name.to_text(true))?;
            if r.rtype == SOA {
                write_soa(w, r)?;
            } else {
                write!(w, "\t")?;
                write_rdata(w, r)?;
            }
            writeln!(w, "\tttl = {}", r.ttl)?;
        }
    }
    writeln!(w, "------------")
}

/// nslookup's text.
pub struct NslookupSink {
    /// The A query of the current default lookup had no answer: its AAAA
    /// query says `*** Can't find NAME: No answer` if it has none either.
    a_noanswer: bool,
    servers: super::servers::Look,
}

impl NslookupSink {
    pub fn new(servers: super::servers::Look) -> NslookupSink {
        NslookupSink { a_noanswer: false, servers }
    }

    /// nslookup.c's printmessage().
    fn reply(&mut self, w: &mut dyn Write, r: &Reply) -> io::Result<()> {
        let msg = &r.response.message;
        let rdtype = r.lookup.rdtype;
        let pair = r.lookup.display.pair;
        if !pair || rdtype == A {
            server_header(w, &r.server.label, r.response.server)?;
        }
        if r.lookup.display.debug {
            debug_sections(w, msg)?;
        }
        let rcode = msg.rcode();
        if rcode != 0 {
            return writeln!(w, "** server can't find {}: {}", r.qname.to_text(true), rcode_text(rcode));
        }
        if !msg.header.aa && (!pair || rdtype == A) {
            writeln!(w, "Non-authoritative answer:")?;
        }
        if pair && rdtype == A {
            self.a_noanswer = msg.answer.is_empty();
        }
        if !msg.answer.is_empty() {
            section(w, msg, Section::Answer)?;
        } else if !pair || (rdtype == AAAA && self.a_noanswer) {
            // The name as typed, with its bytes (rawtext).
            crate::rawtext::write(w, &format!("*** Can't find {}: No answer\n", r.lookup.textname))?;
        }
        if !msg.header.aa && rdtype != A && rdtype != AAAA {
            writeln!(w, "\nAuthoritative answers can be found from:")?;
            section(w, msg, Section::Authority)?;
            section(w, msg, Section::Additional)?;
        }
        Ok(())
    }
}

impl Sink for NslookupSink {
    fn event(&mut self, event: &Event, out: &mut dyn Output) -> Result<(), Error> {
        // nslookup's, the session's and the engine's own messages quote
        // arguments, names and servers as typed: with their bytes
        // (rawtext). Text from replies is escaped where it is made.
        if let Event::Stderr(text) = event {
            crate::rawtext::write(out.err(), text)?;
            return Ok(());
        }
        if let Event::Summary(s) = event {
            super::stats::summary(out.err(), s)?;
            return Ok(());
        }
        let w = out.out();
        match event {
            Event::Reply(r) => self.reply(w, r)?,
            Event::Warning(n) => match n.channel() {
                Channel::Prefixed => crate::rawtext::write(w, &format!(";; {n}\n"))?,
                Channel::Plain => crate::rawtext::write(w, &n.to_string())?,
            },
            Event::Comment { notice, shown } => {
                if *shown {
                    crate::rawtext::write(w, &format!(";; {notice}\n"))?;
                }
            }
            Event::Failure(f) => crate::rawtext::write(w, &format!(";; {f}\n"))?,
            Event::Greeting(text) | Event::Text(text) => crate::rawtext::write(w, text)?,
            Event::BadPacket(b) => {
                writeln!(w, ";; Got bad packet: {}", b.error)?;
                w.write_all(super::bind_hex_dump(&b.bytes).as_bytes())?;
            }
            Event::Said(said) => crate::rawtext::write(w, &format!("{said}\n"))?,
            Event::Servers(view) => self.servers.render(w, view)?,
            Event::Compare(c) => super::compare::render(w, c, &self.servers.palette, self.servers.unicode, self.servers.width)?,
            Event::Validation(v) => super::verdict::nslookup(w, v)?,
            Event::Sending(_)
            | Event::Received(_)
            | Event::Packet { .. }
            | Event::LookupDone
            | Event::CommandDone
            | Event::Summary(_)
            | Event::Globals(_)
            | Event::Stderr(_)
            | Event::HostBegins(_)
            | Event::HostResult(_)
            | Event::Delv(_) => {}
        }
        Ok(())
    }
}

/// nslookup's RCODE names (rcodetext[] in nslookup.c; `?N` beyond).
pub fn rcode_text(rcode: u16) -> String {
    const TEXT: [&str; 17] = [
        "NOERROR",
        "FORMERR",
        "SERVFAIL",
        "NXDOMAIN",
        "NOTIMP",
        "REFUSED",
        "YXDOMAIN",
        "YXRRSET",
        "NXRRSET",
        "NOTAUTH",
        "NOTZONE",
        "RESERVED11",
        "RESERVED12",
        "RESERVED13",
        "RESERVED14",
        "RESERVED15",
        "BADVERS",
    ];
    TEXT.get(usize::from(rcode)).map_or_else(|| format!("?{rcode}"), |s| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rcodes() {
        assert_eq!(rcode_text(3), "NXDOMAIN");
        assert_eq!(rcode_text(5), "REFUSED");
        assert_eq!(rcode_text(16), "BADVERS");
        assert_eq!(rcode_text(23), "?23");
    }

    #[test]
    fn header() {
        let mut out = Vec::new();
        server_header(&mut out, "bitsy.mit.edu", "127.4.1.1:53".parse().unwrap()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "Server:\t\tbitsy.mit.edu\nAddress:\t127.4.1.1#53\n\n");
    }
}
