//! What the program knows about the terminal, read once at start-up, and writing to it.

use std::io::{self, IsTerminal, Write};

/// Lines longer than this are hard to read, however wide the terminal.
const MAX_WIDTH: usize = 100;

/// Whether to use colour: `Some` when the user said so, else console's own reading of the
/// environment (standard output a terminal, no `NO_COLOR`, no `TERM=dumb`, `CLICOLOR`...).
pub fn color_enabled(forced: Option<bool>) -> bool {
    forced.unwrap_or_else(console::colors_enabled)
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

/// Whether a person is there to answer: standard input, output and error are all terminals,
/// and the terminal can move the cursor. Anything else (a pipe, a file, `TERM=dumb`) gets
/// plain output and never waits for a key.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && io::stderr().is_terminal()
        && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
}

/// The terminal's width now (it may have been resized), at most `MAX_WIDTH`.
pub fn current_width(term: &console::Term) -> Option<usize> {
    term.size_checked()
        .map(|(_rows, columns)| usize::from(columns).min(MAX_WIDTH))
}

/// The sequences that undo what a prompt may have left: a hidden cursor, a colour.
const RESTORE: &str = "\x1b[0m\x1b[?25h";

/// Gets the terminal ready for prompts: colour as decided, and a Ctrl-C that leaves the
/// terminal as it was found. console reads Ctrl-C as a key and raises SIGINT on its own
/// process; dialoguer hides the cursor and does not show it again when interrupted.
pub fn enter_interactive(color: bool) {
    console::set_colors_enabled(color);
    console::set_colors_enabled_stderr(color);
    // If a handler cannot be installed, Ctrl-C still ends the run through the interrupted
    // read that the prompts report.
    let _ = ctrlc::set_handler(|| {
        // stderr, not stdout: the main thread may hold stdout's lock.
        write_stderr(RESTORE);
        std::process::exit(crate::error::exit::INTERRUPTED.into());
    });
}

/// Leaves the terminal as it was found, whatever happened in the session.
pub fn leave_interactive(term: &console::Term) {
    let _ = term.write_str(RESTORE);
    let _ = term.flush();
}

/// Opens `url` in the user's browser, waiting a moment for the launcher to say whether it
/// could. Only called with the validated https links of a guide.
pub fn open_in_browser(url: &str) -> io::Result<()> {
    open::that_detached_with_timeout(url, std::time::Duration::from_secs(5))
}
