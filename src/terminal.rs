//! What the program knows about the terminal, read once at start-up, and writing to it.

use std::io::{self, IsTerminal, Write};

/// Lines longer than this are hard to read, however wide the terminal.
const MAX_WIDTH: usize = 100;

/// Whether to use colour: `Some` when the user said so, else console's own reading of the
/// environment (standard output a terminal, no `NO_COLOR`, no `TERM=dumb`, `CLICOLOR`...).
pub fn color_enabled(forced: Option<bool>) -> bool {
    forced.unwrap_or_else(console::colors_enabled)
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
