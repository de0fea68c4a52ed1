//! The terminal of the screen-reader mode: text written as it comes, never moved over or
//! erased, and answers read a line at a time in the terminal's own line mode, so that the
//! terminal's and the screen reader's own line editing work. The terminal's settings are
//! never changed. Ctrl-C (and SIGTERM) ends the program as it ends any other, once the note
//! of where the user was is written, as the full-screen walkthrough leaves one.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::sync::{Mutex, Once, PoisonError};

/// What to write when the program ends, however it ends: set as the user goes, written once.
static NOTE: Mutex<Option<String>> = Mutex::new(None);

/// A line longer than this is cut here and the rest of it skipped: no one types more, and
/// input without a line end, however long, never fills the memory.
const MAX_LINE: u64 = 4096;

/// The terminal, for the screen-reader mode; the note is written when it is dropped.
pub(crate) struct Lines {
    _open: (),
}

impl Lines {
    pub(crate) fn open() -> Lines {
        static HANDLERS: Once = Once::new();
        HANDLERS.call_once(install_handlers);
        Lines { _open: () }
    }

    /// Whether the terminal itself shows what is typed: input and output are the terminal.
    /// Elsewhere (input from a pipe or a file, output to one) the program writes the answer
    /// after its prompt, so that the output reads as the conversation it was.
    pub(crate) fn shows_typing(&self) -> bool {
        io::stdin().is_terminal() && io::stdout().is_terminal()
    }

    pub(crate) fn write(&self, text: &str) -> io::Result<()> {
        write_out(text)
    }

    /// The next line of input, without its line end (and not necessarily UTF-8: what is not
    /// becomes U+FFFD); `None` at the end of input.
    pub(crate) fn read_line(&self) -> io::Result<Option<String>> {
        let mut stdin = io::stdin().lock();
        let mut line = Vec::new();
        if (&mut stdin).take(MAX_LINE).read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        if !line.ends_with(b"\n") {
            // The rest of a line too long to be an answer.
            let mut rest = Vec::new();
            while (&mut stdin).take(MAX_LINE).read_until(b'\n', &mut rest)? > 0
                && !rest.ends_with(b"\n")
            {
                rest.clear();
            }
        }
        let line = String::from_utf8_lossy(&line);
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    /// What to leave on the terminal when the program ends.
    pub(crate) fn set_note(&self, note: &str) {
        *NOTE.lock().unwrap_or_else(PoisonError::into_inner) = Some(note.to_string());
    }
}

impl Drop for Lines {
    fn drop(&mut self) {
        leave("\n");
    }
}

/// Writes the note, once, after `before` (a line end: the note is a paragraph of its own).
fn leave(before: &str) {
    let note = NOTE.lock().unwrap_or_else(PoisonError::into_inner).take();
    if let Some(mut note) = note {
        if !note.ends_with('\n') {
            note.push('\n');
        }
        let _ = write_out(&format!("{before}{note}"));
    }
}

fn write_out(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Ctrl-C and SIGTERM: the note, on a line of its own (after the terminal's «^C»), then the
/// signal does what it would have done, so that a parent shell sees it.
#[cfg(unix)]
fn install_handlers() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            leave("\n");
            let _ = signal_hook::low_level::emulate_default_handler(signal);
        }
    });
}

/// Ctrl-C and Ctrl-Break, which Windows delivers as a signal in its line mode.
#[cfg(windows)]
fn install_handlers() {
    let _ = ctrlc::set_handler(|| {
        leave("\n");
        super::screen::end_as_interrupted();
    });
}

#[cfg(not(any(unix, windows)))]
fn install_handlers() {}
