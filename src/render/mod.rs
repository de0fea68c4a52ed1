//! Rendering guides: pure functions from guides to text, for people or for programs.
//!
//! Nothing here reads the environment or writes to the terminal: the caller decides the
//! language, colour and width once and passes them in.

pub mod diagnostics;
pub mod json;
pub mod manual;
pub mod markdown;
mod page;
pub mod sanitize;
#[cfg(test)]
mod schema;
pub mod shell;
pub mod text;
pub mod walk;

pub use page::REFUND_CAUTION;

use guide_format::{Date, Lang};

/// How to render for people.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub lang: Lang,
    /// Whether to use colour and other styling.
    pub color: bool,
    /// Whether links may be terminal hyperlinks (OSC 8); their address is printed anyway.
    pub hyperlinks: bool,
    /// For the screen-reader mode, whose lines are read out in order: where the user is comes
    /// first, in words, and nothing is drawn (no progress bar).
    pub screen_reader: bool,
    /// The width to wrap text to; `None` leaves lines whole (output to a pipe or file).
    pub width: Option<usize>,
    /// Today, to say how long ago a guide was checked.
    pub today: Date,
}

pub use sanitize::{Medium, sanitize, visible_source};

use std::borrow::Cow;
use std::path::Path;

/// `text` made safe to print on a terminal: see `sanitize`.
pub fn visible(text: &str) -> Cow<'_, str> {
    sanitize(text, Medium::Terminal)
}

/// A path as it may be shown on a terminal: see `sanitize`.
pub fn shown_path(path: &Path) -> String {
    visible(&path.to_string_lossy()).into_owned()
}

/// A path as a command the program suggests holds it: as `shown_path` shows it, and quoted
/// for the user's shell when it needs to be (see `shell`). A path that starts with `-` is
/// given as `./-…`, which no program takes for an option.
pub fn command_path(path: &Path) -> String {
    let shown = shown_path(path);
    let shown = if shown.starts_with('-') {
        format!(".{}{shown}", std::path::MAIN_SEPARATOR)
    } else {
        shown
    };
    shell::quoted(&shown).into_owned()
}

/// A path as the comments of a new guide file give it, in the command that checks the file:
/// as `command_path` does, but with `/` between folders on Windows too (which PowerShell
/// reads alike), as `check` reads a name after `\` in a comment as a domain
/// (`…\my-bank.toml`), which a reader could click.
pub fn template_path(path: &Path) -> String {
    let path = command_path(path);
    if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path
    }
}
