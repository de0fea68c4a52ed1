//! Where in a file something is: a path of keys and array indices, and a byte offset as a
//! line and column. A leaf: every other module may name a place, and this one names nothing
//! of theirs.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// Where in a guide file something is: a path of keys and array indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPath(pub Vec<Segment>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(Cow<'static, str>),
    Index(usize),
}

impl KeyPath {
    fn child(&self, segment: Segment) -> KeyPath {
        let mut path = self.clone();
        path.0.push(segment);
        path
    }

    pub(crate) fn key(&self, key: impl Into<Cow<'static, str>>) -> KeyPath {
        self.child(Segment::Key(key.into()))
    }

    pub(crate) fn index(&self, index: usize) -> KeyPath {
        self.child(Segment::Index(index))
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if n == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Where each line of a text starts: byte offsets turned into lines and columns, and lines
/// into the bytes they hold.
#[derive(Clone, Debug)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { text, starts }
    }

    /// The 1-based line and character column of byte `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.positions(&[offset])[0]
    }

    /// The 1-based line and character column of each byte offset in `offsets`; an offset
    /// inside a character, or past the end, is where that character starts. Each character
    /// is counted once however many offsets there are: a broken file can have thousands of
    /// problems on one long line.
    pub fn positions(&self, offsets: &[usize]) -> Vec<(usize, usize)> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&n| offsets[n]);
        let mut found = vec![(1, 1); offsets.len()];
        // The characters are counted up to byte `at`, which is in column `column`.
        let (mut at, mut column) = (0, 1);
        for n in order {
            let offset = floor_char_boundary(self.text, offsets[n]);
            let line = self.starts.partition_point(|&start| start <= offset);
            let start = self.starts[line - 1];
            if at < start {
                (at, column) = (start, 1);
            }
            column += self.text[at..offset].chars().count();
            at = offset;
            found[n] = (line, column);
        }
        found
    }

    /// The bytes of line `line` (1-based), without its line break (`\n` or `\r\n`).
    pub fn line(&self, line: usize) -> Range<usize> {
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let end = self.starts.get(line).map_or(self.text.len(), |n| n - 1);
        let end = end - usize::from(self.text[start..end].ends_with('\r'));
        start..end
    }
}

/// The start of the character byte `at` is in, or the end of `text` when `at` is past it.
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_lines_and_character_columns_however_they_come() {
        let text = "ab\nпривет\r\n\nx";
        let lines = LineIndex::new(text);
        // Out of order, as problems come.
        let cases = [
            (text.len() + 5, (4, 2)), // past the end
            (0, (1, 1)),
            (5, (2, 2)),
            (4, (2, 1)), // inside "п"
            (2, (1, 3)), // a line break
            (3, (2, 1)),
            (11, (2, 5)),
            (12, (2, 5)),
            (13, (2, 6)),
            (15, (2, 7)), // "\r"
            (text.len(), (4, 2)),
        ];
        let (offsets, places): (Vec<usize>, Vec<_>) = cases.into_iter().unzip();
        assert_eq!(lines.positions(&offsets), places);
        assert_eq!(lines.position(7), (2, 3));
        assert_eq!(&text[lines.line(1)], "ab");
        assert_eq!(&text[lines.line(2)], "привет");
        assert_eq!(&text[lines.line(3)], "");
        assert_eq!(&text[lines.line(4)], "x");
    }
}
