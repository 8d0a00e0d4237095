//! The DNS wire format as BIND's clients see it: a message decoded from the
//! exact bytes received, names as sequences of raw labels, and every record's
//! RDATA kept as uncompressed bytes so it can be printed in BIND's
//! presentation format (see `rdata`); and queries encoded as dig renders
//! them (`encode`).
//!
//! Why not hickory-proto's `Message` for this: it drops the offsets and the
//! raw RDATA, fails the whole message on one bad record, and its Display is
//! not BIND's; its encoder refuses some of what dig sends (see `encode`).
//!
//! Data flows: transport bytes -> `message::parse` -> `Message` -> events
//! -> the sinks (`render::*`, through `rdata::to_text`, `Name::to_text`);
//! `lookup` -> `encode::query` -> transport.

pub mod encode;
pub mod message;
pub mod name;
pub mod rdata;
pub mod tsig;
pub mod types;

pub use message::{Edns, Header, Message, ParseError, Question, Record, Section};
pub use name::Name;

/// A name from uncompressed RDATA (the parser expands every pointer) at
/// `*pos`, advancing `*pos` past it.
pub fn rdata_name(rdata: &[u8], pos: &mut usize) -> Option<Name> {
    let mut labels = Vec::new();
    loop {
        let len = usize::from(*rdata.get(*pos)?);
        *pos += 1;
        if len == 0 {
            return Some(Name::from_labels(labels));
        }
        if len > 63 {
            return None;
        }
        labels.push(rdata.get(*pos..*pos + len)?.to_vec());
        *pos += len;
    }
}

/// A 32-bit big-endian number from RDATA at `*pos`.
pub fn rdata_u32(rdata: &[u8], pos: &mut usize) -> Option<u32> {
    let b = rdata.get(*pos..*pos + 4)?;
    *pos += 4;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_rdata() {
        let rdata = [3, b'w', b'w', b'w', 0, 0xff];
        let mut pos = 0;
        let n = rdata_name(&rdata, &mut pos).unwrap();
        assert_eq!(n.labels().to_vec(), vec![b"www".to_vec()]);
        assert_eq!(pos, 5);
        let mut pos = 0;
        assert_eq!(rdata_name(&[3, b'a'], &mut pos), None);
    }
}
