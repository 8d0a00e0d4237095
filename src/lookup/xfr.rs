//! Zone transfers: when an AXFR or IXFR is complete (dighost's
//! check_for_more_data()), and what `;; XFR size` counts. The engine
//! (`lookup`) feeds it each message of the transfer and prints
//! (`event::Notice::TransferFailed`) or ends as it says.

use crate::event::{Notice, XfrCounts};
use crate::wire::Message;

const SOA: u16 = 6;

/// A zone transfer in progress (dighost's check_for_more_data() state).
#[derive(Debug)]
pub struct XfrState {
    pub counts: XfrCounts,
    pub(super) first_soa: Option<u32>,
    /// Still to warn about a wrong id (BIND warns once per transfer).
    pub(super) warn_id: bool,
    second_rr: bool,
    second_serial: u32,
    first_repeat: bool,
    /// The IXFR turned out to be a full (AXFR-style) transfer.
    ixfr_axfr: bool,
}

impl Default for XfrState {
    fn default() -> Self {
        XfrState {
            counts: XfrCounts::default(),
            first_soa: None,
            warn_id: true,
            second_rr: false,
            second_serial: 0,
            first_repeat: false,
            ixfr_axfr: false,
        }
    }
}

/// What check_for_more_data() decided.
#[derive(Debug, PartialEq, Eq)]
pub enum XfrProgress {
    More,
    Done,
    /// Say this and stop (`; Transfer failed.`).
    Failed(Notice),
}

impl XfrState {
    /// BIND's check_for_more_data(): count the message, walk its answer
    /// records, and decide whether the transfer is complete.
    pub fn check(&mut self, msg: &Message, len: usize, ixfr: bool, ixfr_serial: u32) -> XfrProgress {
        self.counts.messages += 1;
        self.counts.bytes += len as u64;
        if msg.answer.is_empty() {
            return XfrProgress::Failed(Notice::TransferFailed);
        }
        let mut axfr = !ixfr || self.ixfr_axfr;
        for r in &msg.answer {
            self.counts.records += 1;
            if self.first_soa.is_none() && r.rtype != SOA {
                return XfrProgress::Failed(Notice::TransferNoSoa);
            }
            if !self.second_rr && r.rtype != SOA {
                self.second_rr = true;
                self.second_serial = 0;
                axfr = true;
                self.ixfr_axfr = true;
                continue;
            }
            if r.rtype != SOA {
                continue;
            }
            let serial = soa_serial(&r.rdata).unwrap_or(0);
            let Some(first) = self.first_soa else {
                self.first_soa = Some(serial);
                if ixfr && serial_ge(ixfr_serial, serial) {
                    return XfrProgress::Done;
                }
                continue;
            };
            if axfr {
                return XfrProgress::Done;
            }
            if !self.second_rr {
                if first == serial {
                    return XfrProgress::Done;
                }
                self.second_rr = true;
                self.second_serial = serial;
                continue;
            }
            if first == serial {
                if !self.first_repeat {
                    self.first_repeat = true;
                    continue;
                }
                return XfrProgress::Done;
            }
        }
        XfrProgress::More
    }
}

/// The SERIAL of SOA RDATA (after the two names).
fn soa_serial(rdata: &[u8]) -> Option<u32> {
    let mut pos = 0;
    crate::wire::rdata_name(rdata, &mut pos)?;
    crate::wire::rdata_name(rdata, &mut pos)?;
    crate::wire::rdata_u32(rdata, &mut pos)
}

/// RFC 1982 serial number comparison: a >= b.
fn serial_ge(a: u32, b: u32) -> bool {
    a == b || (a.wrapping_sub(b) as i32) > 0
}
