//! Tests of ~/.digrc and of the `-f` batch file: their lines as read and
//! split (batch.rs) and as parsed (mod.rs).

use super::super::harness::*;
use super::super::{Event, HELP, NS, PTR};
use super::*;
use crate::plan::Server;
use crate::version::VERSION_TEXT;

// ---- ~/.digrc ----

#[test]
fn digrc_sets_defaults() {
    let p = parse_full(&["x"], Some("+short\n-t mx\n@127.6.1.1\n"), &[]);
    let l = &p.lookups[0];
    assert!(l.display.short_form);
    // -t in ~/.digrc sets the type but not rdtypeset.
    assert_eq!((l.rdtype, l.rdtypeset), (15, false));
    assert_eq!(*l.servers, vec![Server::new("127.6.1.1", "127.6.1.1")]);
    // ... so -x still asks PTR.
    assert_eq!(parse_full(&["-x", "1.2.3.4"], Some("-t mx\n"), &[]).lookups[0].rdtype, PTR);
    // A type word does set rdtypeset: a later -t warns.
    let p = parse_full(&["x"], Some("+short # set mx\n+tcp -t txt\n"), &[]);
    assert_eq!(render(&p.events).1, ";; Warning, extra type option\n");
    assert_eq!(p.lookups[0].rdtype, 16);
    // Names in ~/.digrc are ignored; -q too.
    let p = parse_full(&["x"], Some("foo.example -q bar\n"), &[]);
    assert_eq!(p.lookups.len(), 1);
    // -r: not read.
    assert!(!parse_full(&["-r", "x"], Some("+short\n"), &[]).lookups[0].display.short_form);
    // Its errors end the program like the command line's.
    assert_eq!(render(&parse_full(&["x"], Some("+foo\n"), &[]).events).1, usage_after("Invalid option: +foo"));
    assert_eq!(render(&parse_full(&["x"], Some("-h\n"), &[]).events).0, HELP);
    // Its servers fail fatally.
    assert_eq!(render(&parse_full(&["x"], Some("@bad\n"), &[]).events).2, Some(1));
}

#[test]
fn digrc_x_queues_a_lookup_with_its_own_greeting() {
    let p = parse_full(&["@127.0.0.53", "y"], Some("-x 1.2.3.4\n"), &[]);
    assert_eq!(p.lookups.len(), 2);
    assert_eq!(p.lookups[0].cmdline, greeting("-x 1.2.3.4", 0));
    assert!(p.lookups[0].servers.is_empty());
    // The command line's first name greets too, as a later greeting.
    assert_eq!(p.lookups[1].cmdline, format!("; <<>> {VERSION_TEXT} <<>> @127.0.0.53 y\n"));
}

// ---- -f batch files ----

#[test]
fn batch_first_line_and_skipping() {
    let mut p = parse_full(&["@127.0.0.53", "-f", "b1"], None, &["# comment\n", "\n", "localhost +short\n", "\n", "# mid comment\n"]);
    assert_eq!(p.events.iter().filter(|e| **e == Event::ReadBatchLine).count(), 3);
    assert_eq!(p.lookups.len(), 1);
    let l = &p.lookups[0];
    assert_eq!(l.textname, "localhost");
    assert!(l.display.short_form);
    assert_eq!(*l.servers, vec![Server::new("127.0.0.53", "127.0.0.53")]);
    // Later: an empty line asks . NS, a comment is names.
    let (_, ls) = next_line(&mut p, "\n");
    assert_eq!((ls[0].textname.as_str(), ls[0].rdtype), (".", NS));
    assert!(ls[0].display.short_form);
    let (_, ls) = next_line(&mut p, "# mid comment\n");
    assert_eq!(ls.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["#", "mid", "comment"]);
}

#[test]
fn batch_greetings() {
    let mut p = parse_full(&["@127.0.0.53", "-f", "b"], None, &["localhost\n"]);
    // The first greeting is the first batch line's, with the servers
    // of the command line counted.
    assert_eq!(p.lookups[0].cmdline, format!("\n; <<>> {VERSION_TEXT} <<>> localhost\n; (1 server found)\n;; global options: +cmd\n"));
    let (_, ls) = next_line(&mut p, "\n");
    assert_eq!(ls[0].cmdline, format!("; <<>> {VERSION_TEXT} <<>>\n"));
    let (_, ls) = next_line(&mut p, "localhost -t txt +noall +answer +cmd\n");
    assert_eq!(ls[0].cmdline, format!("; <<>> {VERSION_TEXT} <<>> localhost -t txt +noall +answer +cmd\n"));
}

#[test]
fn batch_with_names_on_the_command_line() {
    let mut p = parse_full(&["n1", "-f", "b", "n2"], None, &["n3\n"]);
    assert_eq!(p.lookups.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["n1", "n2", "n3"]);
    // The default lookup is the command line's before its first name.
    let (_, ls) = next_line(&mut p, "e\n");
    assert_eq!(ls[0].textname, "e");
}

#[test]
fn batch_options_are_local_to_the_line() {
    let mut p = parse_full(&["+norec", "-f", "b"], None, &["n1 +rec\n"]);
    assert!(p.lookups[0].recurse);
    let (_, ls) = next_line(&mut p, "b\n");
    assert!(!ls[0].recurse);
    // +domain in a batch line is never applied.
    let (_, _) = next_line(&mut p, "+domain=x.lab c\n");
    assert!(p.dig.settings().search.is_empty());
    // ... but on the first one (parsed with the command line) it is.
    let p = parse_full(&["-f", "b"], None, &["+domain=x.lab c\n"]);
    assert_eq!(p.dig.settings().search, ["x.lab"]);
}

#[test]
fn batch_server_failures_skip_the_line() {
    let mut p = parse_full(&["-f", "b"], None, &["@nosuch.invalid localhost\n"]);
    assert_eq!(render(&p.events), (String::new(), "couldn't get address for 'nosuch.invalid': not found: skipping lookup\n".into(), None));
    assert!(p.lookups.is_empty());
    let (ev, ls) = next_line(&mut p, "n1 n2 @nosuch.invalid n3\n");
    assert_eq!(render(&ev).1, "couldn't get address for 'nosuch.invalid': not found: skipping lookup\n");
    // n1 stays, n2 is dropped, n3 is never seen.
    assert_eq!(ls.iter().map(|l| l.textname.as_str()).collect::<Vec<_>>(), ["n1"]);
    let (_, ls) = next_line(&mut p, "x @localhost\n");
    assert_eq!(*ls[0].servers, vec![Server::new("127.0.0.1", "localhost")]);
}

#[test]
fn batch_file_that_cannot_be_opened() {
    let p = parse(&["-f", "/missing", "x"]);
    assert_eq!(
        render(&p.events),
        (String::new(), "/missing: No such file or directory\ndig: couldn't open specified batch file\n".into(), Some(8))
    );
    // Empty: nothing to do (no . NS either).
    let p = parse_full(&["-f", "/dev/null"], None, &[]);
    assert!(p.lookups.is_empty());
    assert_eq!(render(&p.events), (String::new(), String::new(), None));
}

#[test]
fn batch_line_limits() {
    let words: Vec<String> = (1..=20).map(|i| format!("n{i}")).collect();
    let mut p = parse_full(&["-f", "b"], None, &["x\n"]);
    let (_, ls) = next_line(&mut p, &(words.join(" ") + "\n"));
    assert_eq!(ls.len(), 13);
    let rc = words
        .iter()
        .chain(&words)
        .chain(&words)
        .chain(&words)
        .map(|w| format!("+{}", if w.len() % 2 == 0 { "rec" } else { "norec" }))
        .collect::<Vec<_>>();
    assert_eq!(rc.len(), 80);
    // ~/.digrc lines: 61 words (the 62nd and later are dropped).
    let mut line: Vec<String> = vec!["+rec".into(); 61];
    line.push("+norec".into());
    assert!(parse_full(&["x"], Some(&line.join(" ")), &[]).lookups[0].recurse);
    assert_eq!(split_batchline(b"a\tb\r\nc  d", 14), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec(), b"d".to_vec()]);
    assert_eq!(split_batchline(b"a b\0c", 14), vec![b"a".to_vec(), b"b".to_vec()]);
    let long = vec![b'a'; 2100];
    assert_eq!(fgets_chunks(&long).map(<[u8]>::len).collect::<Vec<_>>(), [1023, 1023, 54]);
}
