//! What the program knows about the terminal, read once at start-up, and writing to it. The
//! full-screen walkthrough's side of the terminal (raw keys, the alternate screen, signals)
//! is `screen`, on crossterm, which serves Windows, macOS and Linux alike.

pub(crate) mod lines;
pub(crate) mod screen;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
mod windows_screen_reader;

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Write};

/// Lines longer than this are hard to read, however wide the terminal.
const MAX_WIDTH: usize = 100;

/// Whether to use colour: what `--color` says when given (`forced`), else what the colour
/// variables ask for (`color_from_env`), else whether standard output is a terminal that is
/// not `TERM=dumb`.
pub(crate) fn color_enabled(forced: Option<bool>) -> bool {
    let var = std::env::var_os;
    let (no_color, force, clicolor) = (var("NO_COLOR"), var("CLICOLOR_FORCE"), var("CLICOLOR"));
    let enabled = forced
        .or_else(|| color_from_env(no_color.as_deref(), force.as_deref(), clicolor.as_deref()))
        .unwrap_or_else(|| io::stdout().is_terminal() && !is_dumb());
    if enabled {
        // A Windows console shows colour only once it reads escape sequences; `Modes` in
        // main puts its settings back at the end.
        #[cfg(windows)]
        windows::read_escapes();
    }
    enabled
}

/// `TERM=dumb`: a terminal that cannot move the cursor or show colour.
fn is_dumb() -> bool {
    std::env::var_os("TERM").is_some_and(|term| term == "dumb")
}

/// The console's settings when the program started, put back when it ends, also when it
/// ends by Ctrl-C (on Windows; a Unix terminal's settings change only in the walkthrough,
/// which puts them back itself).
#[must_use]
pub(crate) struct Modes(());

impl Modes {
    pub(crate) fn save() -> Modes {
        #[cfg(windows)]
        windows::remember_start();
        Modes(())
    }
}

impl Drop for Modes {
    fn drop(&mut self) {
        #[cfg(windows)]
        windows::restore_start();
    }
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

/// Why the screen-reader mode is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScreenReader {
    /// `--screen-reader`, `screen_reader = true` in the config file, or `ACCESSIBLE`.
    Asked,
    /// Windows says a screen reader is running, and nothing said otherwise.
    System,
}

/// Whether the screen-reader mode is on, and why: see `decide_screen_reader`. Windows is
/// only asked when nothing else decides.
pub(crate) fn screen_reader(flag: Option<bool>, config: Option<bool>) -> Option<ScreenReader> {
    let accessible = std::env::var_os("ACCESSIBLE");
    decide_screen_reader(flag, config, accessible.as_deref(), system_screen_reader)
}

/// Whether the system says a screen reader is running: only Windows can tell (Orca and
/// VoiceOver are not asked: that takes starting another program).
fn system_screen_reader() -> bool {
    #[cfg(windows)]
    return windows_screen_reader::running();
    #[cfg(not(windows))]
    false
}

/// The first of these that says: `--screen-reader` or `--no-screen-reader` (`flag`), the
/// config file's `screen_reader`, `ACCESSIBLE` set to anything but "" (the convention of
/// charmbracelet/huh, which GitHub's CLI follows: it only turns the mode on), and last
/// whether a screen reader is running (`system`, asked only then).
fn decide_screen_reader(
    flag: Option<bool>,
    config: Option<bool>,
    accessible: Option<&OsStr>,
    system: impl FnOnce() -> bool,
) -> Option<ScreenReader> {
    match flag.or(config) {
        Some(true) => Some(ScreenReader::Asked),
        Some(false) => None,
        None if accessible.is_some_and(|value| !value.is_empty()) => Some(ScreenReader::Asked),
        None if system() => Some(ScreenReader::System),
        None => None,
    }
}

/// Whether standard output is a terminal that shows OSC 8 hyperlinks, as the
/// supports-hyperlinks crate tells from the environment (`FORCE_HYPERLINK` overrides).
pub(crate) fn hyperlinks_supported() -> bool {
    supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout)
}

/// The width to wrap text to: the terminal's, when standard output is one whose width is
/// known; `None` (do not wrap) when output goes to a pipe or a file.
pub(crate) fn output_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    size().map(|(_rows, columns)| text_width(columns))
}

/// Lines longer than this are hard to read, however wide the terminal.
pub(crate) fn text_width(columns: usize) -> usize {
    columns.min(MAX_WIDTH)
}

/// The terminal's size as rows and columns, when it can be told.
pub(crate) fn size() -> Option<(usize, usize)> {
    crossterm::terminal::size()
        .ok()
        .filter(|&(columns, rows)| columns > 0 && rows > 0)
        .map(|(columns, rows)| (usize::from(rows), usize::from(columns)))
}

/// Writes all of `text` to standard output. A reader that has gone away (`| head -1`) is not
/// an error: there is simply no one left to read the rest.
pub(crate) fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

/// Writes a message to standard error; if even that fails, there is nowhere left to say so.
pub(crate) fn write_stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// Why the walkthrough cannot be shown, where it cannot: it needs a person at a terminal that
/// can move the cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NoWalkthrough {
    /// The output goes to a pipe or a file.
    NotATerminal,
    /// The output is a terminal, but nobody types into it (input from a file, /dev/null).
    NoKeyboard,
    /// `TERM=dumb`, or a terminal whose size cannot be told.
    DumbTerminal,
}

/// Whether a person is there to answer: standard input, output and error are all terminals,
/// and the terminal can move the cursor. Anything else (a pipe, a file, `TERM=dumb`) gets
/// plain output and never waits for a key. A window too small for the walkthrough still
/// gets it: it says how big it must be, and waits for it to grow.
pub(crate) fn walkthrough() -> Result<(), NoWalkthrough> {
    if !io::stdout().is_terminal() || !io::stderr().is_terminal() {
        Err(NoWalkthrough::NotATerminal)
    } else if !io::stdin().is_terminal() {
        Err(NoWalkthrough::NoKeyboard)
    } else if is_dumb() || size().is_none() {
        Err(NoWalkthrough::DumbTerminal)
    } else {
        Ok(())
    }
}

/// Opens `url` in the user's browser, waiting a moment for the launcher to say whether it
/// could. Only called with the validated https links of a guide.
pub(crate) fn open_in_browser(url: &str) -> io::Result<()> {
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
    fn the_screen_reader_flag_wins_then_the_config_file_then_accessible_then_the_system() {
        use ScreenReader::{Asked, System};
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        let decide = |flag, config, accessible, system: bool| {
            decide_screen_reader(flag, config, accessible, || system)
        };
        // The flag, either way, over everything else.
        assert_eq!(decide(Some(true), Some(false), None, false), Some(Asked));
        assert_eq!(decide(Some(false), Some(true), set, true), None);
        // The config file over ACCESSIBLE and the system.
        assert_eq!(decide(None, Some(true), None, false), Some(Asked));
        assert_eq!(decide(None, Some(false), set, true), None);
        // ACCESSIBLE, when set to something, over the system; "" is not set.
        assert_eq!(decide(None, None, set, false), Some(Asked));
        assert_eq!(decide(None, None, set, true), Some(Asked));
        assert_eq!(decide(None, None, empty, false), None);
        // The system last, and the mode is then said to be on because of it.
        assert_eq!(decide(None, None, empty, true), Some(System));
        assert_eq!(decide(None, None, None, true), Some(System));
        assert_eq!(decide(None, None, None, false), None);
    }

    #[test]
    fn the_system_is_asked_only_when_nothing_else_decides() {
        let asked = std::cell::Cell::new(0);
        let system = || {
            asked.set(asked.get() + 1);
            true
        };
        decide_screen_reader(Some(true), None, None, system);
        decide_screen_reader(None, Some(false), None, system);
        decide_screen_reader(None, None, Some(OsStr::new("1")), system);
        assert_eq!(asked.get(), 0);
        decide_screen_reader(None, None, None, system);
        assert_eq!(asked.get(), 1);
    }

    #[test]
    fn clicolor_force_forces_only_when_set_to_something_but_0() {
        assert_eq!(from_env(None, Some("0"), None), None);
        assert_eq!(from_env(None, Some(""), None), None);
        assert_eq!(from_env(None, Some("yes"), None), Some(true));
    }
}
