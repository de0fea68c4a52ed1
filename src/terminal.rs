//! What the program knows about the terminal, read once at start-up, and writing to it.

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Write};
use std::time::Duration;

/// Lines longer than this are hard to read, however wide the terminal.
const MAX_WIDTH: usize = 100;

/// Whether to use colour: what `--color` says when given (`forced`), else what the colour
/// variables ask for (`color_from_env`), else whether standard output is a terminal that
/// shows colour.
pub fn color_enabled(forced: Option<bool>) -> bool {
    let var = std::env::var_os;
    let (no_color, force, clicolor) = (var("NO_COLOR"), var("CLICOLOR_FORCE"), var("CLICOLOR"));
    // console's test: a terminal, `TERM` not dumb; on Windows it also switches the console to
    // reading escape sequences, without which they show as text in an older console.
    let console_shows_colour = || console::Term::stdout().features().colors_supported();
    let enabled = forced
        .or_else(|| color_from_env(no_color.as_deref(), force.as_deref(), clicolor.as_deref()))
        .unwrap_or_else(|| match no_color {
            None => console_shows_colour(),
            // console says no to any `NO_COLOR`, even an empty one, which does not count. The
            // same test without console; Windows shells cannot set a variable to "" anyway.
            Some(_) => io::stdout().is_terminal() && !console::is_dumb(),
        });
    if enabled && cfg!(windows) {
        // `--color always` or `CLICOLOR_FORCE` on a Windows console: switch it too.
        console_shows_colour();
    }
    enabled
}

/// What the colour variables ask for, in the order anstream (clap's and cargo's colour) reads
/// them: `NO_COLOR` means no colour (no-color.org); `CLICOLOR_FORCE`, unless `0`, means colour
/// even into a pipe, and `CLICOLOR=0` no colour (bixense.com/clicolors). A variable set to ""
/// counts as not set, as no-color.org says. `None`: they leave it to the terminal.
fn color_from_env(
    no_color: Option<&OsStr>,
    clicolor_force: Option<&OsStr>,
    clicolor: Option<&OsStr>,
) -> Option<bool> {
    fn given(value: Option<&OsStr>) -> Option<&OsStr> {
        value.filter(|v| !v.is_empty())
    }
    if given(no_color).is_some() {
        Some(false)
    } else if given(clicolor_force).is_some_and(|v| v != "0") {
        Some(true)
    } else if given(clicolor).is_some_and(|v| v == "0") {
        Some(false)
    } else {
        None
    }
}

/// Whether standard output is a terminal that shows OSC 8 hyperlinks, as the
/// supports-hyperlinks crate tells from the environment (`FORCE_HYPERLINK` overrides).
pub fn hyperlinks_supported() -> bool {
    supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout)
}

/// The width to wrap text to: the terminal's, when standard output is one whose width is
/// known; `None` (do not wrap) when output goes to a pipe or a file.
pub fn output_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    console::Term::stdout()
        .size_checked()
        .map(|(_rows, columns)| usize::from(columns).min(MAX_WIDTH))
}

/// Writes all of `text` to standard output. A reader that has gone away (`| head -1`) is not
/// an error: there is simply no one left to read the rest.
pub fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

/// Writes a message to standard error; if even that fails, there is nowhere left to say so.
pub fn write_stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// The smallest terminal the walkthrough is started in; a smaller one gets the plain
/// printout (a terminal shrunk below this later still gets a minimal screen).
const MIN_ROWS: u16 = 5;
const MIN_COLUMNS: u16 = 20;

/// Whether a person is there to answer: standard input, output and error are all terminals
/// of a usable size, and the terminal can move the cursor. Anything else (a pipe, a file,
/// `TERM=dumb`, a window two rows high) gets plain output and never waits for a key.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && io::stderr().is_terminal()
        && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
        && console::Term::stdout()
            .size_checked()
            .is_some_and(|(rows, columns)| rows >= MIN_ROWS && columns >= MIN_COLUMNS)
}

/// The terminal's size now (it may have been resized), as rows and columns.
pub fn current_size(term: &console::Term) -> (usize, usize) {
    term.size_checked().map_or((24, 80), |(rows, columns)| {
        (usize::from(rows), usize::from(columns))
    })
}

/// Lines longer than this are hard to read, however wide the terminal.
pub fn text_width(columns: usize) -> usize {
    columns.min(MAX_WIDTH)
}

/// What undoes what the walkthrough did to the screen: colours reset, the cursor shown.
const RESTORE: &str = "\x1b[0m\x1b[?25h";

/// Gets the terminal ready for the walkthrough: colour as decided; keys read one at a time
/// and not echoed; the cursor hidden; and Ctrl-C, SIGTERM and SIGHUP leaving the terminal as
/// it was found (exit 130, 143, 129). Keys are read raw throughout, so Ctrl-C arrives as a
/// key and the walkthrough ends the same way as with q; the handlers are for signals sent
/// from outside, and for Ctrl-C on Windows between two reads.
pub fn enter_interactive(term: &console::Term, color: bool) {
    console::set_colors_enabled(color);
    console::set_colors_enabled_stderr(color);
    // On Windows, asking whether colours work switches the console to reading escape
    // sequences, which the screen is drawn with even when colour is off.
    #[cfg(windows)]
    let _ = term.features().colors_supported();
    #[cfg(unix)]
    raw::enter();
    // If a handler cannot be installed, Ctrl-C still ends the run as a key.
    let _ = ctrlc::set_handler(|| {
        // stderr, not stdout: the main thread may hold stdout's lock.
        write_stderr(RESTORE);
        #[cfg(unix)]
        raw::leave();
        std::process::exit(crate::error::exit::INTERRUPTED.into());
    });
    let _ = term.write_str("\x1b[?25l");
}

/// Leaves the terminal as it was found, whatever happened in the session.
pub fn leave_interactive(term: &console::Term) {
    let _ = term.write_str(RESTORE);
    let _ = term.flush();
    #[cfg(unix)]
    raw::leave();
}

/// The next key, or `None` when `timeout` passes first (to notice a resized window).
pub fn next_key(term: &console::Term, timeout: Duration) -> io::Result<Option<console::Key>> {
    #[cfg(unix)]
    {
        if !raw::input_ready(timeout)? {
            return Ok(None);
        }
        term.read_key_raw().map(Some)
    }
    #[cfg(not(unix))]
    {
        keys::next(term, timeout)
    }
}

/// Where console cannot wait with a timeout: a thread reads keys and hands them over.
#[cfg(not(unix))]
mod keys {
    use std::io;
    use std::sync::Mutex;
    use std::sync::OnceLock;
    use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
    use std::time::Duration;

    static KEYS: OnceLock<Mutex<Receiver<io::Result<console::Key>>>> = OnceLock::new();

    pub fn next(term: &console::Term, timeout: Duration) -> io::Result<Option<console::Key>> {
        let keys = KEYS.get_or_init(|| {
            let (send, receive) = mpsc::channel();
            let term = term.clone();
            std::thread::spawn(move || {
                loop {
                    let key = term.read_key_raw();
                    let failed = key.is_err();
                    if send.send(key).is_err() || failed {
                        break;
                    }
                }
            });
            Mutex::new(receive)
        });
        let keys = keys.lock().map_err(|_| io::Error::other("key reader"))?;
        match keys.recv_timeout(timeout) {
            Ok(key) => key.map(Some),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(io::ErrorKind::UnexpectedEof.into()),
        }
    }
}

/// Keys one at a time, unechoed, for the whole walkthrough (console sets this only while it
/// reads a key, and a terminal between two reads waits for a whole line); and SIGTERM and
/// SIGHUP restoring the terminal before the process ends.
#[cfg(unix)]
mod raw {
    use std::io;
    use std::sync::OnceLock;
    use std::time::Duration;

    /// The terminal's settings before the walkthrough, to put back.
    static SAVED: OnceLock<libc::termios> = OnceLock::new();

    const RESTORE: &[u8] = b"\x1b[0m\x1b[?25h\r\n";

    pub fn enter() {
        let mut termios = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills the struct when it returns 0, and only then is it read.
        let saved = unsafe {
            if libc::tcgetattr(libc::STDIN_FILENO, termios.as_mut_ptr()) != 0 {
                return;
            }
            termios.assume_init()
        };
        let _ = SAVED.set(saved);
        let mut raw = saved;
        // SAFETY: cfmakeraw only changes the flags of the struct it is given.
        unsafe { libc::cfmakeraw(&mut raw) };
        // Output stays as it was: "\n" still starts a new line.
        raw.c_oflag = saved.c_oflag;
        // SAFETY: a valid termios for standard input, which is a terminal.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &raw) };
        for signal in [libc::SIGTERM, libc::SIGHUP] {
            // SAFETY: the handler only makes async-signal-safe calls.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(signal, &action, std::ptr::null_mut());
            }
        }
    }

    pub fn leave() {
        if let Some(saved) = SAVED.get() {
            // SAFETY: the settings read from this terminal in `enter`.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, saved) };
        }
    }

    /// SIGTERM or SIGHUP: put the terminal back and end as the signal would (128 + its
    /// number), with nothing but what a signal handler may call.
    extern "C" fn on_signal(signal: libc::c_int) {
        // SAFETY: write, tcsetattr and _exit are async-signal-safe; SAVED was set before
        // the handler was installed.
        unsafe {
            libc::write(libc::STDOUT_FILENO, RESTORE.as_ptr().cast(), RESTORE.len());
            if let Some(saved) = SAVED.get() {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
            }
            libc::_exit(128 + signal);
        }
    }

    /// Whether a key is waiting, waiting at most `timeout` for one.
    pub fn input_ready(timeout: Duration) -> io::Result<bool> {
        let mut fd = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: one valid pollfd.
        let ready = unsafe { libc::poll(&mut fd, 1, millis) };
        if ready < 0 {
            let error = io::Error::last_os_error();
            return match error.kind() {
                io::ErrorKind::Interrupted => Ok(false),
                _ => Err(error),
            };
        }
        if ready > 0 && fd.revents & libc::POLLIN == 0 {
            // The terminal has gone (POLLHUP) or is not readable.
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        Ok(ready > 0)
    }
}

/// Opens `url` in the user's browser, waiting a moment for the launcher to say whether it
/// could. Only called with the validated https links of a guide.
pub fn open_in_browser(url: &str) -> io::Result<()> {
    open::that_detached_with_timeout(url, std::time::Duration::from_secs(5))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_env(
        no_color: Option<&str>,
        force: Option<&str>,
        clicolor: Option<&str>,
    ) -> Option<bool> {
        color_from_env(
            no_color.map(OsStr::new),
            force.map(OsStr::new),
            clicolor.map(OsStr::new),
        )
    }

    #[test]
    fn no_color_turns_colour_off_unless_it_is_empty() {
        assert_eq!(from_env(Some("1"), None, None), Some(false));
        assert_eq!(from_env(Some("0"), None, None), Some(false));
        assert_eq!(from_env(Some(""), None, None), None);
        assert_eq!(from_env(None, None, None), None);
    }

    #[test]
    fn no_color_wins_over_clicolor_force_which_wins_over_clicolor() {
        assert_eq!(from_env(Some("1"), Some("1"), None), Some(false));
        assert_eq!(from_env(Some(""), Some("1"), None), Some(true));
        assert_eq!(from_env(None, Some("1"), Some("0")), Some(true));
        assert_eq!(from_env(None, None, Some("0")), Some(false));
        assert_eq!(from_env(None, None, Some("1")), None);
    }

    #[test]
    fn clicolor_force_forces_only_when_set_to_something_but_0() {
        assert_eq!(from_env(None, Some("0"), None), None);
        assert_eq!(from_env(None, Some(""), None), None);
        assert_eq!(from_env(None, Some("yes"), None), Some(true));
    }
}
