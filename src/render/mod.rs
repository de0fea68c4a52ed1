//! Rendering guides: pure functions from guides to text, for people or for programs.
//!
//! Nothing here reads the environment or writes to the terminal: the caller decides the
//! language, colour and width once and passes them in.

pub mod diagnostics;
pub mod json;
pub(crate) mod manual;
pub mod markdown;
pub(crate) mod page;
#[cfg(test)]
mod schema;
pub mod text;

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
