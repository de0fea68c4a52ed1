//! Rendering guides: pure functions from guides to text, for people or for programs.
//!
//! Nothing here reads the environment or writes to the terminal: the caller decides the
//! language, colour and width once and passes them in.

pub mod diagnostics;
pub mod json;
pub mod manual;
pub mod markdown;
mod page;
#[cfg(test)]
mod schema;
pub mod text;
pub mod walk;

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

use std::borrow::Cow;
use std::path::Path;

use guide_format::validate::is_unsafe_char;

/// `text` with every character that could act on a terminal (control characters, escape
/// sequences, marks that reorder text) replaced by a visible stand-in. For text that did
/// not pass validation: file names, keys and values quoted in messages.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(stand_in).collect())
}

/// A path as it may be shown: see `visible`.
pub fn shown_path(path: &Path) -> String {
    visible(&path.to_string_lossy()).into_owned()
}

/// The visible stand-in for a character: the Unicode "control picture" of a C0 control
/// (␛ for escape), ␡ for delete, � for anything else unsafe.
fn stand_in(c: char) -> char {
    match u32::from(c) {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ if is_unsafe_char(c) => '\u{fffd}',
        _ => c,
    }
}

/// A file's text made safe to quote in a diagnostic, keeping its line breaks and tabs, with
/// a function that moves a byte offset of the original to the same place in the result.
pub fn visible_source(text: &str) -> (String, impl Fn(usize) -> usize + '_) {
    let keep = |c: char| matches!(c, '\n' | '\t') || !is_unsafe_char(c);
    let mut out = String::with_capacity(text.len());
    // (offset in `text`, bytes added so far) at each replaced character.
    let mut shifts: Vec<(usize, usize)> = Vec::new();
    let mut added = 0;
    for (at, c) in text.char_indices() {
        if keep(c) || (c == '\r' && text[at..].starts_with("\r\n")) {
            out.push(c);
        } else {
            let replacement = stand_in(c);
            out.push(replacement);
            added += replacement.len_utf8();
            added -= c.len_utf8();
            shifts.push((at + c.len_utf8(), added));
        }
    }
    let map = move |offset: usize| {
        let before = shifts.partition_point(|(at, _)| *at <= offset);
        offset + before.checked_sub(1).map_or(0, |n| shifts[n].1)
    };
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(visible("plain"), "plain");
        assert_eq!(visible("a\u{1b}[31mb"), "a␛[31mb");
        assert_eq!(visible("x\u{7f}\u{9b}\u{202e}y\n"), "x␡��y␊");
    }

    #[test]
    fn offsets_follow_the_replacements() {
        let text = "ab\u{1b}cd\nef\u{202e}gh";
        let (shown, map) = visible_source(text);
        assert_eq!(shown, "ab␛cd\nef�gh");
        for (original, expected) in [(0, 0), (2, 2), (3, 5), (5, 7), (6, 8), (8, 10), (11, 13)] {
            assert_eq!(map(original), expected, "offset {original}");
        }
        assert_eq!(&shown[map(3)..map(5)], "cd");
        assert_eq!(&shown[map(11)..map(13)], "gh");
    }
}
