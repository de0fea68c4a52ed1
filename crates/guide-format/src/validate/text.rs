//! What guide text may contain: nothing that could act on a terminal, and nothing a reader
//! cannot see.

use super::invisible::INVISIBLE;

/// Why `text` cannot be shown safely, if it cannot: the first unsafe character (see
/// `is_unsafe_char`), with its position in characters.
pub(crate) fn unsafe_char(text: &str) -> Option<(usize, char)> {
    text.chars().enumerate().find(|(_, c)| is_unsafe_char(*c))
}

/// Whether `c` could act on a terminal or hide what a text says: control characters
/// (including the escape that starts a terminal escape sequence, and the C1 controls such as
/// U+009B, a one-character escape), the line and paragraph separators, and, by Unicode
/// property, every character that draws nothing or changes how the text around it is shown
/// (`invisible`: default-ignorable code points and format characters, among them the marks
/// that reorder text, zero-width spaces and joiners, tag characters and variation
/// selectors), which can hide a word or make two words look alike.
///
/// No language of the guides needs an exception: Russian and English are written without
/// joiners or variation selectors (an emoji's variation selector is refused too; an emoji
/// looks the same without it in a terminal).
///
/// The same test decides what validation refuses in a guide and what every output replaces
/// or escapes in text that was never validated (file names, keys quoted in messages).
pub fn is_unsafe_char(c: char) -> bool {
    // Nearly all guide text is printable ASCII, Latin letters and Cyrillic letters, none of
    // which is below: they are let through at once, which halves the time a folder of
    // thousands of guides takes to check (docs/benchmarks.md). U+00AD, the soft hyphen, is
    // a format character: the Latin range stops before it.
    if matches!(c, ' '..='~' | '\u{00C0}'..='\u{024F}' | '\u{0400}'..='\u{04FF}') {
        return false;
    }
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_invisible(c)
}

/// Whether `c` is in the table of characters that draw nothing (`invisible`).
fn is_invisible(c: char) -> bool {
    INVISIBLE
        .binary_search_by(|&(start, end)| {
            if end < c {
                std::cmp::Ordering::Less
            } else if start > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
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
            '\u{fe0f}',
            // Found by the third hostile pass, and in the table by property, not by name.
            '\u{1bca0}',
            '\u{1bca3}',
            '\u{fff0}',
            '\u{fff8}',
            '\u{e0080}',
            '\u{e00ff}',
            '\u{e01f0}',
            '\u{e0fff}',
            '\u{13430}',
            '\u{1343f}',
            '\u{890}',
            '\u{891}',
        ];
        for c in unsafe_ones {
            assert!(is_unsafe_char(c), "U+{:04X}", u32::from(c));
        }
        for c in [
            'a', 'ё', '«', '→', '—', ' ', '\u{a0}', '№', '⚠', '😀', '\u{2009}',
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

#[cfg(test)]
mod unicode_table {
    use super::super::invisible::{INVISIBLE, UNICODE_VERSION};
    use regex_syntax::hir::{Class, HirKind};

    fn class(pattern: &str) -> Option<Vec<(char, char)>> {
        let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
        match hir.into_kind() {
            HirKind::Class(Class::Unicode(class)) => {
                Some(class.iter().map(|r| (r.start(), r.end())).collect())
            }
            other => panic!("{pattern}: {other:?}"),
        }
    }

    /// The table in `invisible.rs` is what the Unicode data that regex-syntax carries says,
    /// and that data is of the version the table names: a newer regex-syntax with a newer
    /// Unicode fails here until the table is made again (`UPDATE_UNICODE_TABLE=1`).
    #[test]
    fn the_invisible_table_is_unicodes_own() {
        let ranges = class(r"[\p{Default_Ignorable_Code_Point}\p{Cf}]").unwrap();
        // The newest `Age` the data knows is its version.
        let versions = (1..=40u8).flat_map(|major| (0..=3u8).map(move |minor| (major, minor)));
        let newest = versions
            .rev()
            .find(|(major, minor)| class(&format!(r"\p{{Age=V{major}_{minor}}}")).is_some())
            .unwrap();
        let version = (newest.0, newest.1, 0);
        if std::env::var_os("UPDATE_UNICODE_TABLE").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/validate/invisible.rs");
            let text = std::fs::read_to_string(path).unwrap();
            let head = &text[..text.find("/// The version").unwrap()];
            let mut out = head.to_string();
            out.push_str("/// The Unicode version the table was made from.\n");
            out.push_str("#[cfg(test)]\n");
            out.push_str(&format!(
                "pub(crate) const UNICODE_VERSION: (u8, u8, u8) = ({}, {}, {});\n\n",
                version.0, version.1, version.2
            ));
            out.push_str("/// Inclusive ranges, sorted, none touching another.\n");
            out.push_str("pub(crate) const INVISIBLE: &[(char, char)] = &[\n");
            for (start, end) in &ranges {
                out.push_str(&format!(
                    "    ('\\u{{{:X}}}', '\\u{{{:X}}}'),\n",
                    u32::from(*start),
                    u32::from(*end)
                ));
            }
            out.push_str("];\n");
            std::fs::write(path, out).unwrap();
            return;
        }
        assert_eq!(
            UNICODE_VERSION, version,
            "UPDATE_UNICODE_TABLE=1 makes it anew"
        );
        assert_eq!(INVISIBLE, ranges, "UPDATE_UNICODE_TABLE=1 makes it anew");
    }
}
