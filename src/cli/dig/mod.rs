//! dig's grammar: a port of BIND 9.18's bin/dig/dig.c argument handling
//! (preparse_args(), parse_args(), plus_option(), dash_option(),
//! split_batchline(), printgreeting(), the ~/.digrc lines and the `-f` batch
//! lines), with the dighost.c helpers it calls (parse_uint(), parse_xint(),
//! parse_bits(), parse_netprefix(), parse_hmac(), save_opt(), get_reverse(),
//! getaddresses() for address literals, set_search_domain()).
//!
//! Pure: no I/O. BIND prints, resolves `@server` names and reads the batch
//! file *while* it parses, and what is printed before a fatal error matters,
//! so the parse is a sequence of [`Event`]s the session executes in order.
//! A few events are requests the session must answer before asking for the
//! next event (an `@server` name to resolve, the batch file to open, a batch
//! line to read); everything else, including the exact text of every
//! message, is decided here.
//!
//! # How the session drives it (dig.c's main())
//!
//! 1. [`preparse_args`] (dig.c's preparse_args(), run before anything else):
//!    on `Err`, execute the events (they end the program); on `Ok`, the
//!    [`Preparse`] says whether to read `~/.digrc` (not with `-r`; BIND
//!    reads it only if `$HOME` is set) and whether `-4`/`-6` was given.
//! 2. Build the run's [`Settings`] from resolv.conf as dighost's
//!    setup_system() does for dig (servers, search list, ndots, timeout,
//!    attempts; `usesearch` and `check_ra` false), and [`Dig::new`] with
//!    them: it applies `-4`/`-6` to the servers as setup_system() does.
//! 3. [`Dig::command_line`] with the arguments and `~/.digrc`'s contents,
//!    then call [`Dig::next_event`] until it returns `None`, executing each
//!    event (see [`Event`]); answer [`Event::Server`] with
//!    [`Dig::server_addresses`], [`Event::OpenBatch`] with
//!    [`Dig::batch_opened`], [`Event::ReadBatchLine`] with
//!    [`Dig::batch_input`] and [`Event::CheckKeyFile`] with
//!    [`Dig::key_file_exists`] before the next call.
//! 4. If no event ended the program: run [`Dig::take_lookups`] in order with
//!    [`Dig::settings`] (and [`Dig::globals`] for the printing globals).
//! 5. With `-f` (the session opened the file on [`Event::OpenBatch`]): when
//!    every lookup is done, read the next line (BIND's fgets() with a
//!    1024-byte buffer: see [`fgets_chunks`]; a read error, e.g. `-f /etc`,
//!    is the end of the file), give it to [`Dig::batch_line`], drive the
//!    events again, run its lookups; until the end of the file. Every line
//!    counts from the second on, blank (`. NS`) and `#` lines (names)
//!    included, as in BIND.
//!
//! The greeting (`; <<>> rlookup X.Y.Z <<>> args`) is not an event: as in
//! BIND it is stored in the first lookup's `cmdline` and printed with its
//! first reply (see `plan::Lookup::cmdline`).
//!
//! # What rlookup does not do
//!
//! Options BIND's dig accepts that rlookup cannot honour are parsed exactly
//! (with BIND's own errors for bad values), then refused with a fatal error
//! (`dig: <text>`, exit 1, or the failed run's exit code in a later batch
//! line) before any query is sent, rather than quietly sent without: DNS
//! over TLS ([`UNSUPPORTED_TLS`]) or HTTP(S) ([`UNSUPPORTED_HTTPS`],
//! [`UNSUPPORTED_HTTP_PLAIN`]) for a lookup that would use it, a TSIG key
//! BIND would build from `-y` ([`UNSUPPORTED_TSIG`]), a `-k` key file that
//! exists ([`UNSUPPORTED_KEYFILE`]). Where BIND itself goes on without the
//! key (no such key file, a bad secret or algorithm), rlookup says what
//! BIND says and goes on too. `-d` (BIND's debugging trace) prints
//! [`UNSUPPORTED_DEBUG`] once and is otherwise ignored.
//!
//! # Where what is
//!
//! - here: the public types, the [`Dig`] state machine the session drives
//!   (its requests and their answers) and parse_args() itself: its frames,
//!   its loop over the arguments (`@server`, type, class and name words,
//!   printgreeting(), the implicit `. NS` lookup) and what follows it (the
//!   batch file, the keys, +domain, the refusals above);
//! - `dash`: preparse_args() and dash_option(), the `-` options, with
//!   `dig -h`'s text ([`HELP`]);
//! - `plus`: plus_option(), the `+[no]keyword[=value]` options;
//! - `batch`: the lines of the `-f` file and of ~/.digrc as BIND reads
//!   them and splits them into arguments;
//! - `compat`: the C and libisc functions dig.c is written against (C
//!   strings, strtok_r(), isc_parse_uint32(), inet_pton(), get_reverse(),
//!   parse_netprefix(), hex and base64).
//!
//! They all write into the same state, here: the lookup being built (an
//! index into `Dig::slots`), the [`Globals`], the run's [`Settings`], and
//! the [`Event`] queue the session empties.

use std::collections::VecDeque;
use std::net::IpAddr;

use crate::cli::url;
use crate::error::Fatal;
use crate::event::Said;
pub use crate::plan::{Globals, TsigKey};
use crate::plan::{Lookup, Server, Settings};
use crate::wire::types;

mod batch;
mod compat;
mod dash;
mod plus;

#[cfg(test)]
mod harness;
#[cfg(test)]
mod tests;

pub use batch::{BATCH_LINE_MAX, fgets_chunks};
use compat::{as_text, as_text_cow, cstr, literal_addresses, starts_with_ci, strlcat, truncated};
pub use compat::{inet_pton4, inet_pton6, isc_parse_uint32, parse_netprefix, reverse_name};
pub use dash::{HELP, preparse_args};

const NS: u16 = 2;
const PTR: u16 = 12;
const AAAA: u16 = 28;
const IXFR: u16 = 251;
const AXFR: u16 = 252;
const ANY: u16 = 255;
const CLASS_IN: u16 = 1;

/// dighost.h's MXNAME: the size of dig's name, command-line and batch-line
/// buffers (strings in them hold at most MXNAME - 1 bytes).
pub(crate) const MXNAME: usize = 1024;
/// dighost.h's limit for parse_uint() of an IXFR serial number.
const MAXSERIAL: u32 = 0xffff_ffff;
/// dighost.c's DIG_MAX_ADDRESSES: addresses kept per @server.
pub const DIG_MAX_ADDRESSES: usize = 20;

/// dig.c's usage(): print_usage() and the hint, on stderr, then exit 1.
pub const USAGE: &str = concat!(
    "Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n",
    "            {global-d-opt} host [@local-server] {local-d-opt}\n",
    "            [ host [@local-server] {local-d-opt} [...]]\n",
    "\n",
    "Use \"dig -h\" (or \"dig -h | more\") for complete list of options\n",
);

/// What rlookup says, as a fatal error ([`Event::Fatal`]), when a lookup
/// would need a transport or a key it does not have (see "What rlookup does
/// not do" above). Exit status: that of BIND's fatal() (1, or the run's exit
/// code once a query has failed): like BIND's own refusals of a command
/// line, it stops before any query, and 1 is dig's "usage error".
/// The warning for `-d` (BIND's debugging trace on stderr), which rlookup
/// does not have; the run goes on.
pub const UNSUPPORTED_DEBUG: &str = "-d: debugging output is not supported by rlookup; ignored";

/// One thing to do, in order. The session executes each before asking for
/// the next; the requests (`Server`, `OpenBatch`, `ReadBatchLine`) must be
/// answered first. After an event that ends the program (`Fatal`, `Abort`,
/// `Exit`) [`Dig::next_event`] returns `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A message on stdout (BIND's printf: e.g. parse_uint()'s `invalid
    /// ndots 'x': not a valid number`), a JSON error document in JSON
    /// mode.
    Say(Said),
    /// Write this text to stderr as is (BIND's fprintf(stderr): warnings
    /// such as `;; Warning, extra type option\n`; some of BIND's have no
    /// final newline, e.g. `;; +sigchase option is deprecated`).
    Stderr(String),
    /// BIND's warn() without exit: flush stdout, write `dig: <text>\n` to
    /// stderr (only for [`UNSUPPORTED_DEBUG`]).
    Warn(String),
    /// Request: resolve the `@server` host name `name` as dighost's
    /// getaddresses() does (bind9_getaddresses(): getaddrinfo(), IPv4 only
    /// if `!ipv6`, IPv6 only if `!ipv4`, else both with AI_ADDRCONFIG; at
    /// most [`DIG_MAX_ADDRESSES`]), then call [`Dig::server_addresses`]
    /// with the addresses as text (isc_netaddr_format, e.g. `127.0.0.1`,
    /// `::1`, `fe80::1%eth0`) or BIND's result text on failure: `not found`
    /// (EAI_NONAME/EAI_NODATA, or no address), `failure` (any other error,
    /// e.g. SERVFAIL, or a `%scope` that is not an interface),
    /// `address family not supported` (a scoped IPv6 literal with IPv6 off).
    /// Address literals without a `%scope` never come here: they are
    /// resolved by the parser. Note getaddrinfo() takes `127.1` as
    /// 127.0.0.1 (inet_aton()).
    Server { name: String, ipv4: bool, ipv6: bool },
    /// Request: open the batch file (`-f`; `-` = stdin), keep it for the
    /// run, then call [`Dig::batch_opened`] (on failure with strerror's
    /// text, e.g. `No such file or directory`).
    OpenBatch(String),
    /// Request: read the next chunk of the batch file (BIND's fgets() into a
    /// 1024-byte buffer: at most [`BATCH_LINE_MAX`] bytes, up to and
    /// including a newline) and call [`Dig::batch_input`] (`None` at the
    /// end of the file).
    ReadBatchLine,
    /// Request: read the `-k` key file (`config::keys::read_key_file`,
    /// with this algorithm choice) and answer with [`Dig::key_file_read`].
    ReadKeyFile { path: String, hmac: crate::config::keys::HmacChoice },
    /// A line dig prints while setting its key up that is not an error of
    /// the command line (`;; Couldn't create key ...` goes as `Say`):
    /// `config::keys::Notice`s for stderr, some after BIND's log time
    /// stamp.
    KeyNotice(crate::config::keys::Notice),
    /// dighost's `exitcode = max(exitcode, n)` (before the fatal error of
    /// an unreadable batch file: exit status 8).
    RaiseExitcode(i32),
    /// BIND's fatal(): flush stdout, `dig: <text>\n` on stderr, exit with
    /// dighost's exitcode if non-zero, else 1 (`Error::Fatal`). Ends the
    /// program.
    Fatal(Fatal),
    /// BIND's warn() then digexit(): flush stdout, `dig: <text>\n` on
    /// stderr, exit with max(exitcode, 10) (`Error::Abort`; e.g. `Couldn't
    /// parse ndots`). Ends the program.
    Abort(Fatal),
    /// exit(code) now, after flushing stdout (`-h`, `-v`: 0; usage errors
    /// and `Invalid IP address`: 1). What to print came before as
    /// `Stdout`/`Stderr`. Ends the program.
    Exit(i32),
}

/// Facts about the machine that dig's parse depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Host {
    /// isc_net_probeipv4(): IPv4 sockets work here.
    pub have_ipv4: bool,
    /// isc_net_probeipv6(): IPv6 sockets work here.
    pub have_ipv6: bool,
    /// The default of +idnin/+idnout (make_empty_lookup(): stdout is a
    /// terminal and IDN_DISABLE is not set).
    pub idn: bool,
}

impl Default for Host {
    fn default() -> Self {
        Host { have_ipv4: true, have_ipv6: true, idn: false }
    }
}

/// What preparse_args() learns before anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preparse {
    /// `-4` was given.
    pub ipv4only: bool,
    /// `-6` was given.
    pub ipv6only: bool,
    /// Read ~/.digrc (no `-r`; BIND also needs $HOME set).
    pub digrc: bool,
}

/// Which parse_args() call a frame is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameKind {
    /// A line of ~/.digrc: parse_args(is_batchfile = true, config_only = true).
    Digrc,
    /// The command line: parse_args(false, false).
    Main,
    /// A line of the -f file: parse_args(true, false).
    Batch,
}

/// Where a frame is in parse_args().
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// The loop over the arguments.
    Args,
    /// After it: the batch file, the implicit root lookup.
    End,
    /// Waiting for the batch file to open.
    BatchOpen,
    /// Reading the first line of the batch file.
    BatchFirst,
    /// Returned.
    Done,
}

/// One parse_args() call in progress, with its local variables.
#[derive(Debug, Clone)]
struct Frame {
    kind: FrameKind,
    /// argv, argv[0] included, as C strings BIND modifies in place (strtok
    /// writes NULs; a string ends at its first NUL).
    argv: Vec<Vec<u8>>,
    /// The next argument.
    pos: usize,
    /// `lookup`: an index into `Dig::slots` (0 = default_lookup).
    cur: usize,
    open_type_class: bool,
    need_clone: bool,
    firstarg: bool,
    phase: Phase,
}

impl Frame {
    fn new(kind: FrameKind, words: Vec<Vec<u8>>, cur: usize) -> Frame {
        let mut argv = Vec::with_capacity(words.len() + 1);
        argv.push(b"dig".to_vec());
        argv.extend(words);
        Frame { kind, argv, pos: 1, cur, open_type_class: true, need_clone: kind != FrameKind::Batch, firstarg: true, phase: Phase::Args }
    }

    fn is_batchfile(&self) -> bool {
        self.kind != FrameKind::Main
    }

    fn config_only(&self) -> bool {
        self.kind == FrameKind::Digrc
    }
}

/// What the parse is waiting for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Waiting {
    /// The server's name, and the port its URL gave.
    Server(String, Option<u16>),
    BatchOpen,
    BatchLine,
    KeyFile(String),
}

/// What the current run is (what follows its frames).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    /// dig_query_setup(): parse_args(), then the keys and +domain.
    CommandLine,
    /// query_finished(): parse_args() of one batch line.
    BatchLine,
}

/// How to go on after one argument.
enum Flow {
    Continue,
    /// `%`: stop the argument loop.
    Break,
    /// Return from parse_args() at once (a batch line's @server failed).
    Return,
    /// The program ends (the event is queued).
    Stop,
}

/// Why plus_option()/dash_option() stopped.
enum Bad {
    /// `invalid_option:` / `need_value:`: "Invalid option: ..." and usage.
    Invalid,
    /// Already queued a terminal event.
    Stop,
}

/// dig's parsing state across the command line, ~/.digrc and batch lines:
/// default_lookup, the globals, and the parse in progress.
#[derive(Debug, Clone)]
pub struct Dig {
    settings: Settings,
    g: Globals,
    /// Lookups: 0 is default_lookup; the others are clones made by this
    /// run, queued (in `order`) or not yet (a batch line's first clone).
    slots: Vec<Lookup>,
    /// The lookup list of this run, in order (indices into `slots`).
    order: Vec<usize>,
    /// dighost's have_ipv4/have_ipv6 (changed by -4 and -6).
    have_ipv4: bool,
    have_ipv6: bool,
    /// isc_net's state (-4, -6, and -b disable the other family), what
    /// bind9_getaddresses() may return.
    net_v4: bool,
    net_v6: bool,
    /// printgreeting()'s `first`.
    first: bool,
    /// dig.c's addresscount: addresses found for the last @server.
    addresscount: usize,
    warned_debug: bool,
    /// dig_query_setup()'s keys have been set up (this command line).
    keys_done: bool,
    /// Where dash_option() stopped in its argument (what "Invalid option:
    /// -%s" prints from).
    dash_off: usize,
    run: Option<Run>,
    frames: Vec<Frame>,
    waiting: Option<Waiting>,
    events: VecDeque<Event>,
    stopped: bool,
}

impl Dig {
    /// dighost's setup_system() for what the parse needs, and the
    /// default_lookup of parse_args(). `settings` is the run's from
    /// resolv.conf (servers unfiltered, search list, ndots, timeout,
    /// attempts as `tries`); `-4`/`-6` are applied here as setup_system()
    /// does: the other family's servers are dropped, and with none left
    /// the fallbacks ::1 and 127.0.0.1 are used.
    pub fn new(host: Host, pre: &Preparse, mut settings: Settings) -> Dig {
        let mut events = VecDeque::new();
        let mut stopped = false;
        let (mut have_ipv4, mut have_ipv6) = (host.have_ipv4, host.have_ipv6);
        if pre.ipv4only {
            if have_ipv4 {
                have_ipv6 = false;
            } else {
                events.push_back(Event::Fatal(Fatal::Other("can't find IPv4 networking".into())));
                stopped = true;
            }
        }
        if pre.ipv6only && !stopped {
            if have_ipv6 {
                have_ipv4 = false;
            } else {
                events.push_back(Event::Fatal(Fatal::Other("can't find IPv6 networking".into())));
                stopped = true;
            }
        }
        std::sync::Arc::make_mut(&mut settings.servers).retain(|s| match s.name.split('%').next().and_then(|a| a.parse::<IpAddr>().ok()) {
            Some(IpAddr::V4(_)) => have_ipv4,
            Some(IpAddr::V6(_)) => have_ipv6,
            None => true,
        });
        if settings.servers.is_empty() {
            if have_ipv6 {
                std::sync::Arc::make_mut(&mut settings.servers).push(Server::new("::1", "::1"));
            }
            if have_ipv4 {
                std::sync::Arc::make_mut(&mut settings.servers).push(Server::new("127.0.0.1", "127.0.0.1"));
            }
        }
        settings.ipv4_only = have_ipv4 && !have_ipv6;
        settings.ipv6_only = have_ipv6 && !have_ipv4;

        // parse_args(): the default lookup.
        let mut default = Lookup::new("", settings.tries);
        default.display.idnin = host.idn;
        default.display.idnout = host.idn;
        default.adflag = true;
        default.edns = Some(0);
        default.sendcookie = true;
        Dig {
            settings,
            g: Globals::default(),
            slots: vec![default],
            order: Vec::new(),
            have_ipv4,
            have_ipv6,
            net_v4: have_ipv4,
            net_v6: have_ipv6,
            first: true,
            addresscount: 0,
            warned_debug: false,
            keys_done: false,
            dash_off: 1,
            run: None,
            frames: Vec::new(),
            waiting: None,
            events,
            stopped,
        }
    }

    /// Starts parsing the command line (`args` without `argv[0]`), after the
    /// lines of ~/.digrc (its contents, if it was read). Then drive
    /// [`Dig::next_event`].
    pub fn command_line<S: AsRef<str>>(&mut self, args: &[S], digrc: Option<&[u8]>) {
        if self.stopped {
            return;
        }
        self.run = Some(Run::CommandLine);
        self.keys_done = false;
        let words = args.iter().map(|a| crate::rawtext::encode(a.as_ref()).into_owned()).collect();
        self.frames.push(Frame::new(FrameKind::Main, words, 0));
        if let Some(rc) = digrc {
            // Each line of ~/.digrc: parse_args(true, true) on its words.
            // Pushed last line first: the frame on top runs first.
            let lines: Vec<&[u8]> = rc.split_inclusive(|&b| b == b'\n').flat_map(fgets_chunks).collect();
            for line in lines.into_iter().rev() {
                self.frames.push(Frame::for_digrc_line(line));
            }
        }
    }

    /// Starts parsing a later line of the batch file (query_finished():
    /// parse_args(true, false) on one fgets() chunk, split into at most 13
    /// words), once the previous lookups have all run. Then drive
    /// [`Dig::next_event`].
    pub fn batch_line(&mut self, line: &[u8]) {
        if self.stopped {
            return;
        }
        // query_finished() runs when the lookup list is empty.
        self.order.clear();
        self.slots.truncate(1);
        self.run = Some(Run::BatchLine);
        let cur = self.clone_default();
        self.frames.push(Frame::for_batch_line(line, cur));
    }

    /// The next thing to do, or `None` when the parse is over (finished, or
    /// ended by a terminal event).
    ///
    /// # Panics
    /// If a request (`Server`, `OpenBatch`, `ReadBatchLine`) has not been
    /// answered.
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.events.pop_front() {
                return Some(e);
            }
            if let Some(w) = &self.waiting {
                panic!("cli::dig: next_event() before answering {w:?}");
            }
            if self.stopped || self.run.is_none() {
                return None;
            }
            self.step();
        }
    }

    /// The answer to [`Event::Server`]: the addresses of the name, or
    /// BIND's result text.
    pub fn server_addresses(&mut self, result: Result<Vec<String>, String>) {
        let Some(Waiting::Server(name, port)) = self.waiting.take() else {
            panic!("cli::dig: server_addresses() without Event::Server");
        };
        let Some(mut f) = self.frames.pop() else { return };
        match self.server_result(&mut f, &name, port, result) {
            Flow::Continue | Flow::Break => self.frames.push(f),
            Flow::Return => {}
            Flow::Stop => {}
        }
    }

    /// The answer to [`Event::OpenBatch`]: `Err(strerror text)` if the
    /// file cannot be opened.
    pub fn batch_opened(&mut self, result: Result<(), String>) {
        if self.waiting.take() != Some(Waiting::BatchOpen) {
            panic!("cli::dig: batch_opened() without Event::OpenBatch");
        }
        match result {
            Ok(()) => {
                if let Some(f) = self.frames.last_mut() {
                    f.phase = Phase::BatchFirst;
                }
                self.request(Waiting::BatchLine, Event::ReadBatchLine);
            }
            Err(why) => {
                // perror(filename), exitcode 8, fatal().
                let name = self.g.batchname.clone().unwrap_or_default();
                self.events.push_back(Event::Stderr(format!("{name}: {why}\n")));
                self.events.push_back(Event::RaiseExitcode(8));
                self.stop(Event::Fatal(Fatal::Other("couldn't open specified batch file".into())));
            }
        }
    }

    /// The answer to [`Event::ReadBatchLine`]: one fgets() chunk, or `None`
    /// at the end of the file.
    pub fn batch_input(&mut self, line: Option<&[u8]>) {
        if self.waiting.take() != Some(Waiting::BatchLine) {
            panic!("cli::dig: batch_input() without Event::ReadBatchLine");
        }
        let Some(mut main) = self.frames.pop() else { return };
        match line {
            // parse_args(): blank and comment lines are skipped, but only
            // before the first line (query_finished() parses them).
            Some(l) if matches!(l.first(), Some(b'\r' | b'\n' | b'#' | b';')) => {
                self.frames.push(main);
                self.request(Waiting::BatchLine, Event::ReadBatchLine);
            }
            Some(l) => {
                main.phase = Phase::Done;
                self.frames.push(main);
                let cur = self.clone_default();
                self.frames.push(Frame::for_batch_line(l, cur));
            }
            None => {
                main.phase = Phase::Done;
                self.frames.push(main);
            }
        }
    }

    /// The answer to [`Event::ReadKeyFile`]: setup_file_key()'s outcome
    /// and the algorithm choice it left.
    pub fn key_file_read(
        &mut self,
        result: Result<crate::config::keys::KeySetup, crate::config::keys::KeyError>,
        hmac: crate::config::keys::HmacChoice,
    ) {
        let Some(Waiting::KeyFile(_)) = self.waiting.take() else {
            panic!("cli::dig: key_file_read() without Event::ReadKeyFile");
        };
        self.g.hmac = hmac.algorithm;
        self.g.digestbits = hmac.digest_bits;
        match result {
            Ok(setup) => {
                for n in setup.notices {
                    match n {
                        crate::config::keys::Notice::Error(e) => self.key_error(&e),
                        other => self.events.push_back(Event::KeyNotice(other)),
                    }
                }
                self.g.keysecret_from_file = setup.secret_given;
                if let Some(key) = setup.key {
                    self.use_key(key);
                }
            }
            Err(e) => self.key_error(&e),
        }
    }

    /// dig_query_setup()'s key: signs every query of the run.
    fn use_key(&mut self, key: crate::wire::tsig::TsigKey) {
        self.g.key_made = true;
        self.settings.tsig = Some(std::sync::Arc::new(key));
    }

    /// The lookups this parse queued, in order, to run now.
    pub fn take_lookups(&mut self) -> Vec<Lookup> {
        // The clones are dropped with their slots: each is moved out at its
        // last place in the order (copied where it comes again, and for
        // default_lookup, which stays).
        let order = std::mem::take(&mut self.order);
        let mut out = Vec::with_capacity(order.len());
        for (k, &i) in order.iter().enumerate() {
            if i == 0 || order[k + 1..].contains(&i) {
                out.push(self.slots[i].clone());
            } else {
                out.push(std::mem::replace(&mut self.slots[i], Lookup::new(String::new(), 0)));
            }
        }
        self.order = order;
        self.order.clear();
        self.slots.truncate(1);
        out
    }

    /// The run's settings as the parse left them (port, timeout, ndots,
    /// search list and usesearch, showsearch, source address, families,
    /// keep_open): the engine must use these for the lookups that follow.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The other globals.
    pub fn globals(&self) -> &Globals {
        &self.g
    }

    /// default_lookup as it stands (what each new lookup is cloned from).
    pub fn default_lookup(&self) -> &Lookup {
        &self.slots[0]
    }

    fn request(&mut self, w: Waiting, e: Event) {
        self.waiting = Some(w);
        self.events.push_back(e);
    }

    fn stop(&mut self, e: Event) {
        self.events.push_back(e);
        self.stopped = true;
        self.frames.clear();
        self.waiting = None;
    }

    fn out(&mut self, said: Said) {
        self.events.push_back(Event::Say(said));
    }

    fn err(&mut self, text: String) {
        self.events.push_back(Event::Stderr(text));
    }

    /// usage(): the usage text on stderr, exit 1.
    fn usage(&mut self) {
        self.err(USAGE.into());
        self.stop(Event::Exit(1));
    }

    /// clone_lookup(default_lookup, true) into a new slot.
    fn clone_default(&mut self) -> usize {
        let l = self.slots[0].clone_for_requeue(true);
        self.slots.push(l);
        self.slots.len() - 1
    }

    /// dighost's parse_uint() (base 10) / parse_xint() (base 0): the value,
    /// or None after printing `invalid <desc> '<value>': <why>` on stdout.
    fn parse_uint(&mut self, value: &[u8], max: u32, desc: &str, base: u32) -> Option<u32> {
        match isc_parse_uint32(value, base).and_then(|n| if n > max { Err("out of range") } else { Ok(n) }) {
            Ok(n) => Some(n),
            Err(why) => {
                self.out(Said::InvalidValue(format!("invalid {desc} '{}': {why}", as_text(value))));
                None
            }
        }
    }

    /// One step of the frame on top of the stack, or what follows the last
    /// frame.
    fn step(&mut self) {
        let Some(mut f) = self.frames.pop() else {
            self.finish_run();
            return;
        };
        match f.phase {
            Phase::Args => {
                if f.pos >= f.argv.len() {
                    f.phase = Phase::End;
                    self.frames.push(f);
                    return;
                }
                let i = f.pos;
                f.pos += 1;
                match self.argument(&mut f, i) {
                    Flow::Continue => self.frames.push(f),
                    Flow::Break => {
                        f.phase = Phase::End;
                        self.frames.push(f);
                    }
                    Flow::Return | Flow::Stop => {}
                }
            }
            Phase::End => self.end_of_args(f),
            Phase::BatchOpen | Phase::BatchFirst => self.frames.push(f),
            Phase::Done => {}
        }
    }

    /// parse_args()'s loop body for argument `i`.
    fn argument(&mut self, f: &mut Frame, i: usize) -> Flow {
        let arg = cstr(&f.argv[i]).to_vec();
        match arg.first() {
            Some(b'%') => Flow::Break,
            Some(b'@') => self.at_server(f, &arg[1..]),
            Some(b'+') => self.plus_option(f, i),
            Some(b'-') => self.dash_argument(f, i),
            _ => self.bare_word(f, &arg),
        }
    }

    /// `@server`: getaddresses() into the current lookup.
    fn at_server(&mut self, f: &mut Frame, host: &[u8]) -> Flow {
        let mut name = as_text(host);
        let mut port = None;
        // rlookup's server URLs (`@tls://127.0.0.53:853`, `@https://...`):
        // the scheme sets the transport as its dig option would, then the
        // host is a server like any other.
        if let Some(parsed) = url::parse(&name) {
            match parsed {
                Ok(u) => {
                    let l = &mut self.slots[f.cur];
                    l.tcp_mode = u.apply(&mut l.secure);
                    l.tcp_mode_set = true;
                    port = u.port;
                    name = u.host;
                }
                Err(why) => {
                    self.stop(Event::Fatal(Fatal::BadServerUrl(why)));
                    return Flow::Stop;
                }
            }
        }
        match literal_addresses(&crate::rawtext::encode(&name), self.net_v4, self.net_v6) {
            Some(result) => self.server_result(f, &name, port, result),
            None => {
                self.request(Waiting::Server(name.clone(), port), Event::Server { name, ipv4: self.net_v4, ipv6: self.net_v6 });
                Flow::Continue
            }
        }
    }

    /// The end of getaddresses() and of parse_args()'s `@` branch.
    fn server_result(&mut self, f: &mut Frame, name: &str, port: Option<u16>, result: Result<Vec<String>, String>) -> Flow {
        let result = match result {
            Ok(a) if a.is_empty() => Err("not found".to_string()),
            r => r,
        };
        match result {
            Ok(mut addrs) => {
                addrs.truncate(DIG_MAX_ADDRESSES);
                self.addresscount = addrs.len();
                let l = &mut self.slots[f.cur];
                std::sync::Arc::make_mut(&mut l.servers).extend(addrs.into_iter().map(|a| Server { port, ..Server::new(a, name) }));
                Flow::Continue
            }
            Err(why) if f.is_batchfile() && !f.config_only() => {
                self.addresscount = 0;
                self.err(format!("couldn't get address for '{name}': {why}: skipping lookup\n"));
                if let Some(pos) = self.order.iter().position(|&i| i == f.cur) {
                    self.order.remove(pos);
                }
                Flow::Return
            }
            Err(why) => {
                self.stop(Event::Fatal(Fatal::CouldntGetAddress { name: name.to_string(), why: why.to_string() }));
                Flow::Stop
            }
        }
    }

    /// A word that is not an option: a type, a class (while
    /// `open_type_class`), else a name to look up.
    fn bare_word(&mut self, f: &mut Frame, word: &[u8]) -> Flow {
        if f.open_type_class {
            let rdtype = if starts_with_ci(word, b"ixfr=") {
                Some(IXFR)
            } else {
                match types::type_from_text(&as_text_cow(word)) {
                    Some(IXFR) => {
                        self.err(";; Warning, ixfr requires a serial number\n".into());
                        return Flow::Continue;
                    }
                    t => t,
                }
            };
            if let Some(t) = rdtype {
                if self.slots[f.cur].rdtypeset {
                    self.err(";; Warning, extra type option\n".into());
                }
                if t == IXFR {
                    let Some(serial) = self.parse_uint(&word[5..], MAXSERIAL, "serial number", 10) else {
                        self.stop(Event::Fatal(Fatal::Usage("Couldn't parse serial number".into())));
                        return Flow::Stop;
                    };
                    let (q, c) = (self.g.plusquest, self.g.pluscomm);
                    let l = &mut self.slots[f.cur];
                    l.rdtype = IXFR;
                    l.rdtypeset = true;
                    l.ixfr_serial = serial;
                    l.display.section_question = q;
                    l.display.comments = c;
                    if !l.tcp_mode_set {
                        l.tcp_mode = true;
                    }
                } else {
                    let (q, c) = (self.g.plusquest, self.g.pluscomm);
                    let l = &mut self.slots[f.cur];
                    l.rdtype = t;
                    l.rdtypeset = true;
                    if t == AXFR {
                        l.display.section_question = q;
                        l.display.comments = c;
                    }
                    if t == ANY && !l.tcp_mode_set {
                        l.tcp_mode = true;
                    }
                    l.ixfr_serial = 0;
                }
                return Flow::Continue;
            }
            if let Some(c) = types::class_from_text(&as_text_cow(word)) {
                if self.slots[f.cur].rdclassset {
                    self.err(";; Warning, extra class option\n".into());
                }
                let l = &mut self.slots[f.cur];
                l.rdclass = c;
                l.rdclassset = true;
                return Flow::Continue;
            }
        }
        if !f.config_only() {
            self.new_lookup(f, truncated(word, MXNAME - 1));
        }
        Flow::Continue
    }

    /// A name to look up (a word, -q): clone default_lookup unless this
    /// batch line's first clone is still unused, name it, greet, queue it.
    fn new_lookup(&mut self, f: &mut Frame, textname: String) {
        if f.need_clone {
            f.cur = self.clone_default();
        }
        f.need_clone = true;
        let l = &mut self.slots[f.cur];
        l.textname = textname;
        l.trace_root = l.trace || l.ns_search_only;
        l.new_search = true;
        if f.firstarg {
            self.printgreeting(f, f.cur);
            f.firstarg = false;
        }
        self.order.push(f.cur);
    }

    /// dig.c's printgreeting(): the greeting into the lookup's cmdline,
    /// with the arguments as they stand (strtok may have cut some at a
    /// `=`), truncated as BIND's 1024-byte buffers truncate it.
    fn printgreeting(&mut self, f: &Frame, idx: usize) {
        if !self.g.printcmd {
            return;
        }
        let mut buf = Vec::with_capacity(MXNAME);
        if self.first {
            strlcat(&mut buf, b"\n");
        }
        strlcat(&mut buf, b"; <<>> ");
        strlcat(&mut buf, crate::version::VERSION_TEXT.as_bytes());
        strlcat(&mut buf, b" <<>>");
        for a in &f.argv[1..] {
            let a = cstr(a);
            strlcat(&mut buf, b" ");
            strlcat(&mut buf, &a[..a.len().min(MXNAME - 2)]);
        }
        strlcat(&mut buf, b"\n");
        if self.first && self.addresscount != 0 {
            let n = self.addresscount;
            strlcat(&mut buf, format!("; ({n} server{} found)\n", if n > 1 { "s" } else { "" }).as_bytes());
        }
        if self.first {
            let text = format!(
                ";; global options:{}{}\n",
                if self.g.short_form { " +short" } else { "" },
                if self.g.printcmd { " +cmd" } else { "" }
            );
            self.first = false;
            strlcat(&mut buf, text.as_bytes());
        }
        self.slots[idx].cmdline = as_text(&buf);
    }

    /// parse_args() after the loop over the arguments.
    fn end_of_args(&mut self, mut f: Frame) {
        if f.kind == FrameKind::Main
            && let Some(name) = self.g.batchname.clone()
        {
            f.phase = Phase::BatchOpen;
            self.frames.push(f);
            self.request(Waiting::BatchOpen, Event::OpenBatch(name));
            return;
        }
        // "If no lookup specified, search for root".
        if self.order.is_empty() && !f.config_only() {
            if f.need_clone {
                f.cur = self.clone_default();
            }
            f.need_clone = true;
            let l = &mut self.slots[f.cur];
            l.trace_root = l.trace || l.ns_search_only;
            l.new_search = true;
            l.textname = ".".into();
            l.rdtype = NS;
            l.rdtypeset = true;
            if f.firstarg {
                self.printgreeting(&f, f.cur);
                f.firstarg = false;
            }
            self.order.push(f.cur);
        }
    }

    /// What follows the frames: for the command line, dig_query_setup()'s
    /// keys and +domain; then what rlookup checks before running lookups.
    fn finish_run(&mut self) {
        let Some(run) = self.run else { return };
        if run == Run::CommandLine && !self.keys_done {
            // dig_query_setup(): the key file (-k) wins over -y.
            self.keys_done = true;
            if let Some(path) = self.g.keyfile.clone() {
                let hmac = self.hmac_choice();
                self.request(Waiting::KeyFile(path.clone()), Event::ReadKeyFile { path, hmac });
                return;
            }
            if let Some(key) = self.g.tsig.clone() {
                match crate::config::keys::setup_text_key(&key.name, &key.secret, self.hmac_choice()) {
                    Ok((key, notice)) => {
                        if let Some(n) = notice {
                            self.events.push_back(Event::KeyNotice(n));
                        }
                        self.use_key(key);
                    }
                    Err(e) => self.key_error(&e),
                }
            }
        }
        self.run = None;
        if run == Run::CommandLine
            && let Some(d) = self.g.domainopt.clone()
        {
            self.settings.search = vec![d];
            self.settings.usesearch = true;
        }
        // Every lookup given +cookie=HEX points at dig.c's one hexcookie
        // buffer: the last value given is the one sent.
        let hexcookie = self.g.hexcookie.clone();
        for i in std::iter::once(0).chain(self.order.iter().copied()) {
            let l = &mut self.slots[i];
            if l.cookie.is_some() {
                l.cookie.clone_from(&hexcookie);
            }
        }
        // dig.c's printing globals, as they are when these lookups print.
        for &i in &self.order {
            let d = &mut self.slots[i].display;
            d.cmd = self.g.printcmd;
            d.short_form = self.g.short_form;
            d.yaml = self.g.yaml;
            d.splitwidth = self.g.splitwidth;
        }
    }
}
