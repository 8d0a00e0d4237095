//! The lines of the `-f` batch file and of ~/.digrc as dig reads them:
//! fgets() into a 1024-byte buffer ([`fgets_chunks`]), then
//! split_batchline() into the words of one parse_args() call.
//!
//! Where the data goes: the session reads the file and gives each chunk to
//! the `Dig` (`Dig::command_line` for ~/.digrc, `Dig::batch_input` and
//! `Dig::batch_line` for the `-f` file), which makes the words a frame of
//! their own here and parses them as it parses the command line.

use super::compat::cstr;
use super::{Frame, FrameKind, MXNAME};

/// The most bytes one fgets() of a batch file or ~/.digrc returns.
pub const BATCH_LINE_MAX: usize = MXNAME - 1;
/// split_batchline()'s `len` for a line of ~/.digrc: at most 61 words.
const DIGRC_ARGC: usize = 62;
/// split_batchline()'s `len` for a line of the batch file (the first, read
/// by parse_args(), and the later ones, by query_finished()): at most 13
/// words.
const BATCH_ARGC: usize = 14;

/// BIND reads batch files and ~/.digrc with fgets() into a 1024-byte
/// buffer: a line longer than [`BATCH_LINE_MAX`] bytes comes in several
/// pieces, each handled as a line of its own (for a batch file: one after
/// the other's lookups have run). `line` is one line as read, newline
/// included.
pub fn fgets_chunks(line: &[u8]) -> impl Iterator<Item = &[u8]> {
    line.chunks(BATCH_LINE_MAX)
}

impl Frame {
    /// A line of ~/.digrc: parse_args(is_batchfile = true, config_only =
    /// true) on its words, into default_lookup.
    pub(super) fn for_digrc_line(line: &[u8]) -> Frame {
        Frame::new(FrameKind::Digrc, split_batchline(line, DIGRC_ARGC), 0)
    }

    /// A line of the `-f` file: parse_args(true, false) on its words, into
    /// lookup `cur` (the clone of default_lookup its first name uses).
    pub(super) fn for_batch_line(line: &[u8], cur: usize) -> Frame {
        Frame::new(FrameKind::Batch, split_batchline(line, BATCH_ARGC), cur)
    }
}

/// dig.c's split_batchline(): the words of a line (strtok_r() on " \t\r\n"),
/// at most `len` - 1 of them (argc is at most `len`).
fn split_batchline(line: &[u8], len: usize) -> Vec<Vec<u8>> {
    cstr(line).split(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')).filter(|w| !w.is_empty()).take(len - 1).map(<[u8]>::to_vec).collect()
}

#[cfg(test)]
#[path = "batch_tests.rs"]
mod tests;
