//! What guide text may contain: nothing that could act on a terminal.

/// Why `text` cannot be shown safely, if it cannot: control characters (including the escape
/// that starts a terminal escape sequence) and the invisible marks that reorder text.
/// Returns the first one, with its position in characters.
pub fn unsafe_char(text: &str) -> Option<(usize, char)> {
    text.chars().enumerate().find(|(_, c)| is_unsafe_char(*c))
}

pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
