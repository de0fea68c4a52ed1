//! Rendering guides: pure functions from guides to text, for people or for programs.
//!
//! Nothing here reads the environment or writes to the terminal: the caller decides the
//! language, colour and width once and passes them in.

pub mod json;
mod page;
pub mod text;
pub mod walk;

use crate::guide::Lang;

/// How to render for people.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub lang: Lang,
    /// Whether to use colour and other styling.
    pub color: bool,
    /// The width to wrap text to; `None` leaves lines whole (output to a pipe or file).
    pub width: Option<usize>,
}
