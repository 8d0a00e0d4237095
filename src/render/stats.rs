//! `--stats`: a batch's summary on standard error, after its output, in
//! every format (so that stdout stays the format's own): lookups and
//! queries per second, answers by RCODE, lookups that got no answer,
//! tries that timed out, and the query times' percentiles.

use std::io::{self, Write};
use std::time::Duration;

use crate::event::BatchSummary;
use crate::wire::types;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Writes the summary (every line starts with `;; `, as dig's comments).
pub fn summary(w: &mut dyn Write, s: &BatchSummary) -> io::Result<()> {
    let secs = s.elapsed.as_secs_f64();
    let rate = if secs > 0.0 { s.lookups() as f64 / secs } else { 0.0 };
    writeln!(w, ";; {} lookups in {secs:.3} s ({rate:.0} lookups/s)", s.lookups())?;
    let rcodes: Vec<String> = s.rcodes.iter().map(|(rc, n)| format!("{} {n}", types::rcode_to_text(*rc))).collect();
    let answers = if rcodes.is_empty() { "none".to_string() } else { rcodes.join(", ") };
    writeln!(w, ";; answers: {answers}; no answer: {}; tries timed out: {}", s.unanswered, s.timeouts)?;
    if let Some([p50, p90, p99, max]) = s.latency {
        writeln!(w, ";; query time: p50 {}, p90 {}, p99 {}, max {}", ms(p50), ms(p90), ms(p99), ms(max))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_reads_as_dig_comments() {
        let mut s = BatchSummary { unanswered: 1, timeouts: 3, elapsed: Duration::from_millis(250), ..Default::default() };
        s.rcodes.insert(0, 8);
        s.rcodes.insert(3, 1);
        s.latency = Some([Duration::from_micros(400), Duration::from_micros(900), Duration::from_micros(2100), Duration::from_millis(3)]);
        let mut out = Vec::new();
        summary(&mut out, &s).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            ";; 10 lookups in 0.250 s (40 lookups/s)\n;; answers: NOERROR 8, NXDOMAIN 1; no answer: 1; tries timed out: 3\n;; query time: p50 0.4 ms, p90 0.9 ms, p99 2.1 ms, max 3.0 ms\n"
        );
    }
}
