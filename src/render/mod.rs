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
