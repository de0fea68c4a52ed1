//! Untrusted text made safe for where it goes: the one place that decides it, called by every
//! output that shows text from outside the program's own words and validated guides (file
//! and folder names, ids derived from them, keys and values quoted in problems, suggestions,
//! JSON fields) and by Markdown for everything a guide says. Every layer may use it; it uses
//! nothing of the program's.
//!
//! Which characters are unsafe is the guide format's own rule (`is_unsafe_char`: controls,
//! C1 controls such as U+009B, marks that reorder text, invisible characters), so a file name
//! is held to what a guide's text is held to.

pub(crate) mod shell;

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

use guide_format::validate::is_unsafe_char;

/// Where text goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Medium {
    /// A terminal: each unsafe character becomes a visible stand-in.
    Terminal,
    /// A whole text for a terminal, styled by the program itself (clap's help and errors):
    /// its colours (SGR escape sequences), lines and tabs are kept, and any other unsafe
    /// character becomes a visible stand-in. Only for text whose quoted values were made
    /// safe for `Terminal` first: they hold no escape that could pass for a colour.
    StyledTerminal,
    /// A JSON document, serialized: each unsafe character in it becomes a `\uXXXX` escape,
    /// which a program reading the JSON gets back as it was, while one that prints the JSON
    /// as it is prints no control. Only for whole documents: outside strings, JSON holds
    /// nothing but ASCII and new lines.
    Json,
    /// Markdown text: what Markdown would read as a link, an image, HTML, an entity, a list,
    /// a heading, emphasis or a strikethrough is escaped, so that the text says what it says.
    /// The text starts a line or follows a list marker, so what starts a block there is
    /// escaped too.
    Markdown,
    /// Markdown text inside a line, after other text: punctuation escaped as for
    /// `Markdown`, but nothing starts a block here, and spaces are kept.
    MarkdownInline,
    /// A link's address in Markdown, as `<…>` with any character that could end it or start
    /// an entity encoded: it can only ever be the address of the one link it is given for.
    MarkdownLink,
    /// The inside of a Markdown code span: no backtick can close it early.
    MarkdownCode,
}

/// `text` made safe for `medium`; borrowed when nothing needed changing.
pub(crate) fn sanitize(text: &str, medium: Medium) -> Cow<'_, str> {
    let needs_nothing = match medium {
        Medium::Terminal | Medium::Json => !text.chars().any(is_unsafe_char),
        Medium::StyledTerminal => !text
            .chars()
            .any(|c| is_unsafe_char(c) && !matches!(c, '\n' | '\t')),
        Medium::MarkdownCode => !text.chars().any(|c| c == '`' || is_unsafe_char(c)),
        Medium::Markdown | Medium::MarkdownInline | Medium::MarkdownLink => false,
    };
    if needs_nothing {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    match medium {
        Medium::Terminal => out.extend(text.chars().map(stand_in)),
        Medium::StyledTerminal => {
            let mut rest = text;
            while let Some(c) = rest.chars().next() {
                let colour = rest.strip_prefix("\u{1b}[").and_then(|after| {
                    let end = after.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
                    after[end..].starts_with('m').then_some(2 + end + 1)
                });
                if let Some(length) = colour {
                    out.push_str(&rest[..length]);
                    rest = &rest[length..];
                    continue;
                }
                out.push(if matches!(c, '\n' | '\t') {
                    c
                } else {
                    stand_in(c)
                });
                rest = &rest[c.len_utf8()..];
            }
        }
        Medium::Json => {
            for c in text.chars() {
                // The new lines between a document's lines are not in any string.
                if is_unsafe_char(c) && c != '\n' {
                    let mut units = [0; 2];
                    for unit in c.encode_utf16(&mut units) {
                        let _ = write!(out, "\\u{unit:04x}");
                    }
                } else {
                    out.push(c);
                }
            }
        }
        Medium::Markdown => {
            let text = text.trim_start_matches(' ');
            // A number and a full stop or bracket would start a numbered list: `1986\. `.
            let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let numbered = digits > 0 && text[digits..].starts_with(['.', ')']);
            for (at, c) in text.char_indices() {
                let starts_block = at == 0 && matches!(c, '-' | '+' | '=');
                let ends_number = numbered && at == digits;
                if starts_block || ends_number || is_markdown_punctuation(c) {
                    out.push('\\');
                }
                out.push(stand_in(c));
            }
        }
        Medium::MarkdownInline => {
            for c in text.chars() {
                if is_markdown_punctuation(c) {
                    out.push('\\');
                }
                out.push(stand_in(c));
            }
        }
        Medium::MarkdownLink => {
            out.push('<');
            for c in text.chars() {
                // `&` would start an entity, which Markdown decodes in an address: escaped,
                // it stays `&` (percent-encoded, it would change the address).
                if c == '&' {
                    out.push_str("\\&");
                } else if c.is_ascii_graphic() && !matches!(c, '<' | '>' | '\\') {
                    out.push(c);
                } else {
                    let mut bytes = [0; 4];
                    for byte in c.encode_utf8(&mut bytes).bytes() {
                        let _ = write!(out, "%{byte:02X}");
                    }
                }
            }
            out.push('>');
        }
        Medium::MarkdownCode => {
            out.extend(
                text.chars()
                    .map(|c| if c == '`' { '\'' } else { stand_in(c) }),
            );
        }
    }
    Cow::Owned(out)
}

/// `text` made safe to print on a terminal.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    sanitize(text, Medium::Terminal)
}

/// A path as it may be shown on a terminal.
pub(crate) fn shown_path(path: &Path) -> String {
    visible(&path.to_string_lossy()).into_owned()
}

/// A path as a command the program suggests holds it: as `shown_path` shows it, and quoted
/// for the user's shell when it needs to be (see `shell`). A path that starts with `-` is
/// given as `./-…`, which no program takes for an option.
pub(crate) fn command_path(path: &Path) -> String {
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
pub(crate) fn template_path(path: &Path) -> String {
    let path = command_path(path);
    if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path
    }
}

/// The characters that Markdown (CommonMark with GitHub's extensions) could read as more
/// than themselves anywhere in a line; all are ASCII punctuation, which a backslash makes
/// plain. `&` starts an entity, `~` a strikethrough, `$` mathematics, `@` a mention (a link
/// to someone's page); `!` only makes an image before `[`, which is escaped.
fn is_markdown_punctuation(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '&' | '~' | '$' | '@'
    )
}

/// The visible stand-in for a character: the Unicode "control picture" of a C0 control
/// (␛ for escape), ␡ for delete, � for anything else unsafe; any other character is itself.
fn stand_in(c: char) -> char {
    match u32::from(c) {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ if is_unsafe_char(c) => '\u{fffd}',
        _ => c,
    }
}

/// A file's text made safe to quote on a terminal, keeping its line breaks and tabs, with a
/// function that moves a byte offset of the original to the same place in the result.
pub(crate) fn visible_source(text: &str) -> (String, impl Fn(usize) -> usize + '_) {
    let keep = |c: char| matches!(c, '\n' | '\t') || !is_unsafe_char(c);
    let mut out = String::with_capacity(text.len());
    // (offset in `text`, bytes added so far) at each replaced character; a stand-in can be
    // shorter than what it replaces (a tag character takes four bytes).
    let mut shifts: Vec<(usize, isize)> = Vec::new();
    let mut added: isize = 0;
    for (at, c) in text.char_indices() {
        if keep(c) || (c == '\r' && text[at..].starts_with("\r\n")) {
            out.push(c);
        } else {
            let replacement = stand_in(c);
            out.push(replacement);
            added += replacement.len_utf8() as isize - c.len_utf8() as isize;
            shifts.push((at + c.len_utf8(), added));
        }
    }
    let map = move |offset: usize| {
        let before = shifts.partition_point(|(at, _)| *at <= offset);
        let added = before.checked_sub(1).map_or(0, |n| shifts[n].1);
        offset.saturating_add_signed(added)
    };
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_on_a_terminal() {
        let terminal = |text| sanitize(text, Medium::Terminal);
        assert_eq!(terminal("plain"), "plain");
        assert!(matches!(terminal("plain"), Cow::Borrowed(_)));
        assert_eq!(terminal("a\u{1b}[31mb"), "a␛[31mb");
        assert_eq!(terminal("x\u{7f}\u{9b}\u{202e}y\n"), "x␡��y␊");
        assert_eq!(terminal("zero\u{200b}width\u{e0041}"), "zero�width�");
    }

    #[test]
    fn styled_text_keeps_its_colours_lines_and_tabs_and_nothing_else() {
        let styled = |text| sanitize(text, Medium::StyledTerminal).into_owned();
        assert_eq!(
            styled("\u{1b}[1merror:\u{1b}[0m a\tb\n"),
            "\u{1b}[1merror:\u{1b}[0m a\tb\n"
        );
        assert_eq!(
            styled("\u{1b}]2;PWNED\u{7}\u{1b}[2J\u{1b}[31;1mred\u{9b}\u{202e}"),
            "␛]2;PWNED␇␛[2J\u{1b}[31;1mred��"
        );
    }

    #[test]
    fn json_escapes_every_unsafe_character_and_keeps_the_value() {
        let value = "\u{9b}2J\u{202e}evil\u{200b}\u{e0041}";
        let json = serde_json::to_string_pretty(&serde_json::json!({ "path": value })).unwrap();
        let safe = sanitize(&json, Medium::Json);
        assert_eq!(
            safe,
            "{\n  \"path\": \"\\u009b2J\\u202eevil\\u200b\\udb40\\udc41\"\n}"
        );
        let read: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(read["path"], value);
    }

    #[test]
    fn markdown_text_is_never_more_than_text() {
        let markdown = |text| sanitize(text, Medium::Markdown).into_owned();
        assert_eq!(
            markdown("a *b* [c](d) <e> #f"),
            "a \\*b\\* \\[c\\](d) \\<e\\> \\#f"
        );
        assert_eq!(markdown("«Удалить» → OK"), "«Удалить» → OK");
        assert_eq!(markdown("1986. A good year"), "1986\\. A good year");
        assert_eq!(markdown("2) Then"), "2\\) Then");
        assert_eq!(markdown("In 1986. Fine"), "In 1986. Fine");
        assert_eq!(markdown("&copy; ~~gone~~"), "\\&copy; \\~\\~gone\\~\\~");
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(markdown("    code"), "code");
        assert_eq!(markdown("![x](y) @user $x$"), "!\\[x\\](y) \\@user \\$x\\$");
    }

    #[test]
    fn a_markdown_link_address_cannot_end_early() {
        let link = |url| sanitize(url, Medium::MarkdownLink).into_owned();
        assert_eq!(
            link("https://intl.alipay.com/a)x[Confirm](https://evil.example/b"),
            "<https://intl.alipay.com/a)x[Confirm](https://evil.example/b>"
        );
        assert_eq!(
            link("https://a.com/<b> c\\&amp;"),
            "<https://a.com/%3Cb%3E%20c%5C\\&amp;>"
        );
        assert_eq!(sanitize("a`b", Medium::MarkdownCode), "a'b");
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
        let (shown, map) = visible_source("a\u{e0041}b");
        assert_eq!((shown.as_str(), map(5), map(6)), ("a�b", 4, 5));
    }
}
