//! What guide text may contain: nothing that could act on a terminal, and nothing a reader
//! cannot see.

/// Why `text` cannot be shown safely, if it cannot: the first unsafe character (see
/// `is_unsafe_char`), with its position in characters.
pub fn unsafe_char(text: &str) -> Option<(usize, char)> {
    text.chars().enumerate().find(|(_, c)| is_unsafe_char(*c))
}

/// Whether `c` could act on a terminal or hide what a text says: control characters
/// (including the escape that starts a terminal escape sequence, and the C1 controls such as
/// U+009B, a one-character escape), the marks that reorder text, and the characters that
/// take no room at all, which can hide a word or make two words look alike.
///
/// The same test decides what validation refuses in a guide and what every output replaces
/// or escapes in text that was never validated (file names, keys quoted in messages).
pub fn is_unsafe_char(c: char) -> bool {
    // Nearly all guide text is printable ASCII, Latin letters and Cyrillic letters, none of
    // which is below: they are let through at once, which halves the time a folder of
    // thousands of guides takes to check (docs/benchmarks.md).
    if matches!(c, ' '..='~' | '\u{00C0}'..='\u{024F}' | '\u{0400}'..='\u{04FF}') {
        return false;
    }
    c.is_control()
        || matches!(
            c,
            // A soft hyphen, the combining grapheme joiner, the Arabic letter mark.
            '\u{00AD}' | '\u{034F}' | '\u{061C}'
            // Hangul fillers: letters that draw nothing.
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}'
            // Khmer inherent vowels, Mongolian free variation selectors and vowel separator.
            | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}'
            // Zero-width space, non-joiner and joiner; left-to-right and right-to-left marks.
            | '\u{200B}'..='\u{200F}'
            // Line and paragraph separators, the embeddings and overrides.
            | '\u{2028}'..='\u{202E}'
            // Word joiner, invisible operators, isolates, deprecated format characters.
            | '\u{2060}'..='\u{206F}'
            // Zero-width no-break space (a byte order mark inside text).
            | '\u{FEFF}'
            // Interlinear annotation marks.
            | '\u{FFF9}'..='\u{FFFB}'
            // Musical symbol formatting, which draws nothing by itself.
            | '\u{1D173}'..='\u{1D17A}'
            // Tag characters, which can carry a hidden message, and the variation selectors
            // beyond the first sixteen (the first ones shape emoji, and stay allowed).
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_reordering_marks_and_invisible_characters_are_unsafe() {
        let unsafe_ones = [
            '\u{0}',
            '\u{1b}',
            '\u{7f}',
            '\u{9b}',
            '\u{ad}',
            '\u{34f}',
            '\u{61c}',
            '\u{180e}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{200e}',
            '\u{2028}',
            '\u{2029}',
            '\u{202e}',
            '\u{2060}',
            '\u{2066}',
            '\u{206a}',
            '\u{206f}',
            '\u{3164}',
            '\u{feff}',
            '\u{e0001}',
            '\u{e0041}',
            '\u{e007f}',
            '\u{e0100}',
        ];
        for c in unsafe_ones {
            assert!(is_unsafe_char(c), "U+{:04X}", u32::from(c));
        }
        for c in [
            'a', 'ё', '«', '→', '—', ' ', '\u{a0}', '\u{fe0f}', '⚠', '😀',
        ] {
            assert!(!is_unsafe_char(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn the_first_unsafe_character_is_found_with_its_position() {
        assert_eq!(unsafe_char("Pay\u{200b}here"), Some((3, '\u{200b}')));
        assert_eq!(unsafe_char("Удалить карту"), None);
    }
}
