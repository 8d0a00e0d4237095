//! The progress bar: when it shows (a pure rule), what a batch's queue
//! tells it, and that standard error's lines never share the screen's
//! line with it (a recording terminal stands for standard error).

use std::sync::Mutex;

use super::*;

#[test]
fn shown_on_a_terminals_stderr_with_stdout_elsewhere_after_a_second() {
    let second = DELAY;
    let less = DELAY - Duration::from_millis(1);
    // stderr a terminal, stdout not, a batch, a second: shown.
    assert!(show_progress(true, false, 2, second));
    assert!(show_progress(true, false, 100_000, Duration::from_secs(3600)));
    // Too early.
    assert!(!show_progress(true, false, 2, less));
    assert!(!show_progress(true, false, 2, Duration::ZERO));
    // One lookup is not a batch.
    assert!(!show_progress(true, false, 1, second));
    assert!(!show_progress(true, false, 0, second));
    // stdout on the terminal too: the output is there to read.
    assert!(!show_progress(true, true, 2, second));
    // stderr not a terminal: never, whatever else.
    assert!(!show_progress(false, false, 2, second));
    assert!(!show_progress(false, true, 2, second));
    assert!(!show_progress(false, false, 1_000, Duration::from_secs(3600)));
}

#[test]
fn may_show_is_the_terminal_rule() {
    assert!(may_show(true, false));
    assert!(!may_show(true, true));
    assert!(!may_show(false, false));
    assert!(!may_show(false, true));
}

/// Everything drawn on the "terminal" and written to "standard error", in
/// order.
#[derive(Debug, Default, Clone)]
struct Screen(Arc<Mutex<String>>);

impl Screen {
    fn text(&self) -> String {
        self.0.lock().unwrap().clone()
    }

    fn push(&self, s: &str) {
        self.0.lock().unwrap().push_str(s);
    }
}

impl TermLike for Screen {
    fn width(&self) -> u16 {
        60
    }
    fn move_cursor_up(&self, n: usize) -> io::Result<()> {
        if n > 0 {
            self.push(&format!("<up {n}>"));
        }
        Ok(())
    }
    fn move_cursor_down(&self, n: usize) -> io::Result<()> {
        if n > 0 {
            self.push(&format!("<down {n}>"));
        }
        Ok(())
    }
    fn move_cursor_right(&self, _: usize) -> io::Result<()> {
        Ok(())
    }
    fn move_cursor_left(&self, _: usize) -> io::Result<()> {
        Ok(())
    }
    fn write_line(&self, s: &str) -> io::Result<()> {
        self.push(&format!("<bar {}>\n", s.trim_end()));
        Ok(())
    }
    fn write_str(&self, s: &str) -> io::Result<()> {
        if !s.trim().is_empty() {
            self.push(&format!("<bar {}>", s.trim_end()));
        }
        Ok(())
    }
    fn clear_line(&self) -> io::Result<()> {
        self.push("<clear>");
        Ok(())
    }
    fn flush(&self) -> io::Result<()> {
        Ok(())
    }
}

/// The run's output: stdout kept apart, stderr onto the screen.
struct Stdio {
    out: Vec<u8>,
    screen: Screen,
}

impl Write for Screen {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.push(&String::from_utf8_lossy(buf));
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Output for Stdio {
    fn out(&mut self) -> &mut dyn Write {
        &mut self.out
    }
    fn err(&mut self) -> &mut dyn Write {
        &mut self.screen
    }
}

/// A bar that draws on `screen` once it shows (its run began `ago`).
fn bar_on(screen: &Screen, ago: Duration) -> Bar {
    let target = screen.clone();
    let t = Terminals { stdout: false, stderr: true };
    Bar::new(t, Instant::now() - ago, Arc::new(move || ProgressDrawTarget::term_like_with_hz(Box::new(target.clone()), 100)))
}

/// Waits (at most 5 s) until the screen shows `what`.
#[track_caller]
fn wait_for(screen: &Screen, what: &str) {
    let until = Instant::now() + Duration::from_secs(5);
    while !screen.text().contains(what) {
        assert!(Instant::now() < until, "never shown: {what:?}; screen: {:?}", screen.text());
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_bar_shows_after_the_delay_for_a_batch_and_counts_lookups_done() {
    let screen = Screen::default();
    let bar = bar_on(&screen, DELAY * 2);
    let progress = Progress::with(Some(bar));
    progress.lookup_queued();
    // One lookup: no batch, no ticker, nothing drawn.
    std::thread::sleep(TICK * 3);
    assert_eq!(screen.text(), "");
    progress.lookup_queued();
    progress.lookup_done();
    progress.lookup_done();
    wait_for(&screen, "2 lookups done, ");
    wait_for(&screen, " lookups/s, ");
    // Finished: cleared, and nothing drawn after.
    progress.finish();
    let at_end = screen.text();
    assert!(at_end.ends_with("<clear>"), "{at_end:?}");
    std::thread::sleep(TICK * 3);
    assert_eq!(screen.text(), at_end);
    // Finishing again does nothing.
    progress.finish();
    assert_eq!(screen.text(), at_end);
}

#[test]
fn the_bar_waits_for_the_delay() {
    let screen = Screen::default();
    let progress = Progress::with(Some(bar_on(&screen, Duration::ZERO)));
    progress.lookup_queued();
    progress.lookup_queued();
    std::thread::sleep(TICK * 3);
    assert_eq!(screen.text(), "", "shown before a second");
    wait_for(&screen, "lookups done");
    drop(progress);
    assert!(screen.text().ends_with("<clear>"), "dropped without being cleared: {:?}", screen.text());
}

#[test]
fn stderr_passes_unchanged_while_the_bar_is_hidden() {
    let screen = Screen::default();
    let bar = bar_on(&screen, Duration::ZERO);
    let mut gate = Gate::new(Box::new(Stdio { out: Vec::new(), screen: screen.clone() }), bar.bar.clone());
    gate.out().write_all(b"an answer\n").unwrap();
    gate.err().write_all(b";; a part").unwrap();
    assert_eq!(screen.text(), ";; a part", "written at once, line or not");
    gate.err().write_all(b" and the rest\n").unwrap();
    assert_eq!(screen.text(), ";; a part and the rest\n");
}

#[test]
fn stderr_lines_clear_the_bar_around_them() {
    let screen = Screen::default();
    let bar = bar_on(&screen, DELAY * 2);
    let mut gate = Gate::new(Box::new(Stdio { out: Vec::new(), screen: screen.clone() }), bar.bar.clone());
    let progress = Progress::with(Some(bar));
    progress.lookup_queued();
    progress.lookup_queued();
    wait_for(&screen, "lookups done");
    // A line in two writes: nothing until its end, then the whole line
    // with the bar cleared before it.
    let before = screen.text().len();
    gate.err().write_all(b";; communications error").unwrap();
    std::thread::sleep(TICK * 2);
    assert!(!screen.text()[before..].contains(";;"), "half a line shown: {:?}", &screen.text()[before..]);
    gate.err().write_all(b": timed out\n;; next").unwrap();
    let text = screen.text();
    let line = text.find(";; communications error: timed out\n").expect("the line is written whole");
    assert!(text[..line].ends_with("<clear>"), "the bar is not cleared before the line: {text:?}");
    assert!(!text[line..].contains(";; next"), "{text:?}");
    // The bar comes back after the line.
    wait_for(&screen, "timed out\n<bar ");
    // Standard output never reaches the screen.
    gate.out().write_all(b"192.0.2.1\n").unwrap();
    assert!(!screen.text().contains("192.0.2.1"));
    // The bar gone, the rest of the line is written at the next flush.
    progress.finish();
    gate.err().flush().unwrap();
    assert!(screen.text().ends_with(";; next"), "{:?}", screen.text());
}

#[test]
fn the_gate_writes_what_waits_when_dropped() {
    let screen = Screen::default();
    let bar = bar_on(&screen, DELAY * 2);
    bar.bar.set_draw_target(ProgressDrawTarget::term_like(Box::new(screen.clone())));
    bar.bar.tick();
    wait_for(&screen, "lookups done");
    let mut gate = Gate::new(Box::new(Stdio { out: Vec::new(), screen: screen.clone() }), bar.bar.clone());
    gate.err().write_all(b"no newline").unwrap();
    assert!(!screen.text().contains("no newline"));
    drop(gate);
    assert!(screen.text().contains("<clear>no newline"), "{:?}", screen.text());
}

#[test]
fn a_session_without_terminals_gets_no_bar() {
    // Live::new's terminals: none (lib.rs alone looks at the process's).
    struct Quiet;
    impl crate::render::Sink for Quiet {
        fn event(&mut self, _: &crate::event::Event, _: &mut dyn Output) -> crate::error::Result<()> {
            Ok(())
        }
    }
    let mut live = Live::new(Box::new(Quiet), Box::new(Captured::default()));
    let progress = Progress::start(&mut live);
    assert!(progress.0.as_ref().is_some_and(|i| i.bar.is_none()));
    // The output is the session's own, not a gate around it.
    live.out.err().write_all(b"x\n").unwrap();
    progress.finish();
}

#[test]
fn the_second_lookup_queued_arms_ctrl_c() {
    let progress = Progress::with(None);
    let armed = || progress.0.as_ref().unwrap().interrupt.is_armed();
    progress.lookup_queued();
    assert!(!armed(), "one lookup keeps SIGINT's default action");
    progress.lookup_queued();
    assert!(armed());

    // Input from a terminal: never armed.
    let progress = Progress::with(None);
    progress.reads_terminal();
    for _ in 0..5 {
        progress.lookup_queued();
    }
    assert!(!progress.0.as_ref().unwrap().interrupt.is_armed());

    // The default Progress (a queue's before a session gives it one) does
    // nothing at all.
    let none = Progress::default();
    none.lookup_queued();
    none.lookup_queued();
    none.lookup_done();
    none.finish();
}
