//! The building blocks of every text screen: styles, and a page that wraps paragraphs to the
//! width and highlights on-screen labels.

use std::borrow::Cow;

use console::Style;

use super::Options;
use guide_format::model::{Date, Source, Topic};
use guide_format::{Guide, Lang, Step};

use crate::guide::{Catalog, REFUND_CAUTION, topic};
use crate::i18n::{self, Words, age, fill, words};

/// The caution about refunds, when `guide` has a step that deletes a card.
pub(crate) fn refund_caution(guide: &Guide) -> Option<&'static Topic> {
    guide
        .all_steps()
        .any(|step| step.deletes)
        .then(|| topic(REFUND_CAUTION))
        .flatten()
}

/// The sources of everything a guide shows: its own, then those of the refund caution.
pub(crate) fn all_sources(guide: &Guide) -> Vec<Source> {
    let mut sources = guide.sources.to_vec();
    for source in refund_caution(guide).iter().flat_map(|t| t.sources.iter()) {
        if !sources
            .iter()
            .any(|s| s.title == source.title && s.url == source.url)
        {
            sources.push(source.clone());
        }
    }
    sources
}

/// What lists and menus say of a method's state: whether it may be outdated, is not
/// verified, or was checked long ago.
pub(crate) fn notes(guide: &Guide, w: &Words, lang: Lang, today: Date) -> Vec<String> {
    let mut notes = Vec::new();
    if guide.outdated.is_some() {
        notes.push(w.may_be_outdated.to_lowercase());
    }
    if guide.unverified.is_some() {
        notes.push(w.not_verified.to_lowercase());
    }
    if let Some(months) = guide.stale(today) {
        notes.push(fill(w.last_checked, &[("age", &age(months, lang))]));
    }
    notes
}

/// What to be wary of in a whole guide, each with its label when it has one: whether it may
/// be outdated and why, why it is not verified, and how long ago it was checked when that is
/// long ago.
pub(crate) fn cautions(
    guide: &Guide,
    w: &Words,
    lang: Lang,
    today: Date,
) -> Vec<(Option<&'static str>, String)> {
    let mut cautions = Vec::new();
    if let Some(outdated) = &guide.outdated {
        cautions.push((Some(w.may_be_outdated), outdated.get(lang).to_string()));
    }
    if let Some(unverified) = &guide.unverified {
        cautions.push((Some(w.not_verified), unverified.get(lang).to_string()));
    }
    if let Some(months) = guide.stale(today) {
        let text = fill(
            w.checked_long_ago,
            &[
                ("age", &age(months, lang)),
                ("date", &i18n::date(guide.reviewed, lang)),
            ],
        );
        cautions.push((None, text));
    }
    cautions
}

/// Where a method can be carried out, in words: "computer, browser / phone, app".
pub(crate) fn places(guide: &Guide, w: &Words) -> String {
    let places: Vec<&str> = guide.places().into_iter().map(|p| w.place(p)).collect();
    places.join(" / ")
}

/// The facts at the head of a method: where, how long, how hard; each with its label.
pub(crate) fn facts(guide: &Guide, w: &Words) -> [(&'static str, String); 3] {
    [
        (w.place_label, places(guide, w)),
        (w.time, format!("~{} {}", guide.minutes, w.minutes)),
        (w.difficulty, w.difficulty(guide.difficulty).to_string()),
    ]
}

/// The same, shorter, for lists and menus: "computer / phone".
pub(crate) fn places_short(guide: &Guide, w: &Words) -> String {
    let places: Vec<&str> = guide
        .places()
        .into_iter()
        .map(|p| w.place_short(p))
        .collect();
    places.join(" / ")
}

/// What a piece of text is, which decides how it looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Title,
    Heading,
    Id,
    Label,
    Url,
    Warning,
    Good,
    Dim,
    /// The selected item of a menu.
    Selected,
}

/// Paints text by its role; leaves it plain when colour is off.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Styles {
    color: bool,
}

impl Styles {
    pub(crate) fn new(color: bool) -> Styles {
        Styles { color }
    }

    fn style(role: Role) -> Style {
        let style = match role {
            Role::Title => Style::new().bold(),
            Role::Heading => Style::new().bold().underlined(),
            Role::Id => Style::new().cyan(),
            Role::Label => Style::new().cyan().bold(),
            Role::Url => Style::new().blue().underlined(),
            Role::Warning => Style::new().yellow(),
            Role::Good => Style::new().green(),
            Role::Dim => Style::new().dim(),
            Role::Selected => Style::new().cyan().bold(),
        };
        style.force_styling(true)
    }

    pub(crate) fn paint(self, role: Role, text: &str) -> Cow<'_, str> {
        if self.color {
            Cow::Owned(Styles::style(role).apply_to(text).to_string())
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Paints the on-screen labels in a line: each «…», which may have begun on an earlier
    /// line (`inside` carries that from line to line).
    pub(crate) fn labels<'t>(self, line: &'t str, inside: &mut bool) -> Cow<'t, str> {
        if !self.color || (!*inside && !line.contains('«')) {
            return Cow::Borrowed(line);
        }
        let mut out = String::with_capacity(line.len() + 16);
        let mut rest = line;
        while !rest.is_empty() {
            if *inside {
                let end = rest.find('»').map_or(rest.len(), |i| i + '»'.len_utf8());
                out.push_str(&self.paint(Role::Label, &rest[..end]));
                *inside = end == rest.len() && !rest.ends_with('»');
                rest = &rest[end..];
            } else {
                let start = rest.find('«').unwrap_or(rest.len());
                out.push_str(&rest[..start]);
                *inside = start < rest.len();
                rest = &rest[start..];
            }
        }
        Cow::Owned(out)
    }
}

/// Where step details begin, under a step's number.
pub(crate) const STEP_INDENT: &str = "     ";

/// A page of text being written: paragraphs wrapped to the width, when there is one.
pub(crate) struct Page<'o> {
    pub(crate) out: String,
    pub(crate) opts: &'o Options,
    pub(crate) styles: Styles,
    pub(crate) words: &'static Words,
}

impl<'o> Page<'o> {
    pub(crate) fn new(opts: &'o Options) -> Page<'o> {
        Page {
            out: String::with_capacity(8 * 1024),
            opts,
            styles: Styles::new(opts.color),
            words: words(opts.lang),
        }
    }

    pub(crate) fn blank(&mut self) {
        self.out.push('\n');
    }

    pub(crate) fn heading(&mut self, text: &str) {
        self.blank();
        let text = self.styles.paint(Role::Heading, text).into_owned();
        self.out.push_str(&text);
        self.out.push('\n');
    }

    /// The title of a screen of the walkthrough: one line, which the screen cuts to its width.
    pub(crate) fn title(&mut self, text: &str) {
        self.raw_line("", text, Some(Role::Title));
    }

    /// A line that is never wrapped, such as an address to copy. It loses its indent when
    /// that would make it wider than the terminal.
    pub(crate) fn raw_line(&mut self, indent: &str, text: &str, style: Option<Role>) {
        self.indent_if_fits(indent, text);
        match style {
            Some(style) => {
                let painted = self.styles.paint(style, text).into_owned();
                self.out.push_str(&painted);
            }
            None => self.out.push_str(text),
        }
        self.out.push('\n');
    }

    /// A link's whole address on a line of its own, to read and to copy; on a terminal that
    /// shows hyperlinks, also a link to click. Only for the validated links of a guide:
    /// a source's address is shown, never made clickable.
    pub(crate) fn link_line(&mut self, indent: &str, url: &str) {
        if !self.opts.hyperlinks {
            return self.raw_line(indent, url, Some(Role::Url));
        }
        let painted = self.styles.paint(Role::Url, url).into_owned();
        self.indent_if_fits(indent, url);
        // OSC 8: ESC ] 8 ; ; URL ESC \ text ESC ] 8 ; ; ESC \
        self.out.push_str("\x1b]8;;");
        self.out.push_str(url);
        self.out.push_str("\x1b\\");
        self.out.push_str(&painted);
        self.out.push_str("\x1b]8;;\x1b\\\n");
    }

    /// The indent of a line that is never wrapped, unless the line would not fit with it.
    fn indent_if_fits(&mut self, indent: &str, text: &str) {
        let fits = self
            .opts
            .width
            .is_none_or(|width| display_width(indent) + display_width(text) <= width);
        if fits {
            self.out.push_str(indent);
        }
    }

    /// `text` after `first` on its first line and `rest` on the others, wrapped to the width.
    /// The on-screen labels in it are highlighted, unless the whole is painted in `style`.
    pub(crate) fn paragraph(&mut self, first: &str, rest: &str, text: &str, style: Option<Role>) {
        let lines: Vec<Cow<'_, str>> = match self.opts.width {
            Some(width) => textwrap::wrap(
                text,
                textwrap::Options::new(width.saturating_sub(display_width(rest)).max(10))
                    .word_splitter(textwrap::WordSplitter::NoHyphenation)
                    // A word longer than a line is left whole: cut, an address would be two,
                    // and the second could lead elsewhere (`https://al` `iexpress.ru`).
                    .break_words(false),
            ),
            None => vec![Cow::Borrowed(text)],
        };
        let mut inside = false;
        for (n, line) in lines.iter().enumerate() {
            self.out.push_str(if n == 0 { first } else { rest });
            let painted = match style {
                Some(style) => self.styles.paint(style, line),
                None => self.styles.labels(line, &mut inside),
            };
            self.out.push_str(&painted);
            self.out.push('\n');
        }
    }

    /// A titled list; nothing at all when the list is empty.
    pub(crate) fn bullets<'t>(
        &mut self,
        title: &str,
        bullet: &str,
        items: impl ExactSizeIterator<Item = &'t str>,
        style: Option<Role>,
    ) {
        if items.len() == 0 {
            return;
        }
        self.heading(title);
        let indent = " ".repeat(display_width(bullet));
        for item in items {
            self.paragraph(bullet, &indent, item, style);
        }
    }

    /// What to know before the first step: whether the method may be outdated, what is
    /// needed, and the warnings.
    pub(crate) fn before_you_start(&mut self, guide: &Guide) {
        let lang = self.opts.lang;
        let w = self.words;
        for (label, text) in cautions(guide, w, lang, self.opts.today) {
            let text = match label {
                Some(label) => format!("{label}: {text}"),
                None => text,
            };
            self.paragraph("", "", &text, Some(Role::Warning));
        }
        self.bullets(
            w.needs,
            "  • ",
            guide.needs.iter().map(|t| t.get(lang)),
            None,
        );
        self.bullets(
            w.warnings,
            "  ! ",
            guide.warnings.iter().map(|t| t.get(lang)),
            Some(Role::Warning),
        );
    }

    /// The caution about refunds that comes before a step that deletes a card.
    pub(crate) fn caution(&mut self, indent: &str) {
        let Some(caution) = topic(REFUND_CAUTION) else {
            return;
        };
        let lang = self.opts.lang;
        let title = format!("! {}", caution.title.get(lang));
        let rest = format!("{indent}  ");
        self.paragraph(indent, &rest, &title, Some(Role::Warning));
        for paragraph in caution.paragraphs.iter() {
            self.paragraph(&rest, &rest, paragraph.get(lang), None);
        }
        self.blank();
    }

    /// What a step asks and shows, after its text: labels, links, the methods that carry it
    /// out and what you should see (then come `step_notes`).
    /// `list_methods` is false where a menu offers the methods instead.
    pub(crate) fn step_action(
        &mut self,
        indent: &str,
        step: &Step,
        catalog: &Catalog,
        list_methods: bool,
    ) {
        let lang = self.opts.lang;
        let w = self.words;
        if !step.labels.is_empty() {
            let labels: Vec<&str> = step.labels.iter().map(|l| l.get(lang)).collect();
            let text = format!("{}: {}", w.look_for, labels.join(" → "));
            self.paragraph(indent, indent, &text, None);
        }
        for link in step.links.iter() {
            let text = format!("{}: {} ({})", w.link, link.label.get(lang), link.url.host());
            self.paragraph(indent, indent, &text, None);
            self.link_line(&format!("{indent}  "), link.url.as_str());
        }
        if list_methods && !step.methods.is_empty() {
            self.paragraph(indent, indent, w.do_it_with, None);
            let bullet = format!("{indent}  • ");
            let rest = format!("{indent}    ");
            for id in step.methods.iter() {
                let text = match catalog.get(id.as_str()) {
                    Some(other) => format!("{} ({} {id})", other.title.get(lang), w.show_command),
                    None => id.to_string(),
                };
                self.paragraph(&bullet, &rest, &text, None);
            }
        }
        if let Some(expect) = &step.expect {
            let text = format!("{}: {}", w.expect, expect.get(lang));
            self.paragraph(indent, indent, &text, None);
        }
    }

    /// A step's tip and, when the guide has several sources, which ones the step comes from.
    pub(crate) fn step_notes(&mut self, indent: &str, step: &Step, guide: &Guide) {
        let lang = self.opts.lang;
        let w = self.words;
        if let Some(tip) = &step.tip {
            let text = format!("{}: {}", w.tip, tip.get(lang));
            self.paragraph(indent, indent, &text, None);
        }
        if guide.sources.len() > 1 && !step.sources.is_empty() {
            let numbers: Vec<String> = step
                .sources
                .iter()
                .filter_map(|id| guide.sources.iter().position(|s| s.id == *id))
                .map(|n| format!("[{}]", n + 1))
                .collect();
            let text = format!("{}: {}", w.source, numbers.join(", "));
            self.raw_line(indent, &text, Some(Role::Dim));
        }
    }

    /// The numbered sources and the date of the last review.
    pub(crate) fn sources(&mut self, sources: &[Source], reviewed: Date) {
        self.heading(self.words.sources);
        self.numbered_sources(sources, reviewed);
    }

    /// The sources, numbered from 1, and the date of the last review, with no heading.
    pub(crate) fn numbered_sources(&mut self, sources: &[Source], reviewed: Date) {
        let lang = self.opts.lang;
        for (n, source) in sources.iter().enumerate() {
            let first = format!("  [{}] ", n + 1);
            self.paragraph(&first, "      ", &source.title, None);
            if let Some(url) = &source.url {
                self.raw_line("      ", url, Some(Role::Url));
            }
            if let Some(date) = source.published {
                let text = format!("{} {}", self.words.published, i18n::date(date, lang));
                self.raw_line("      ", &text, Some(Role::Dim));
            }
            if let Some(note) = &source.note {
                self.paragraph("      ", "      ", note.get(lang), Some(Role::Dim));
            }
        }
        self.blank();
        let text = format!("{}: {}", self.words.reviewed, i18n::date(reviewed, lang));
        self.raw_line("", &text, Some(Role::Dim));
    }
}

pub(crate) fn display_width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

pub(crate) fn pad(line: &mut String, spaces: usize) {
    line.extend(std::iter::repeat_n(' ', spaces));
}

/// Cuts a line that is wider than the terminal, marking the cut with "…".
pub(crate) fn fit(line: &str, width: Option<usize>) -> Cow<'_, str> {
    match width {
        Some(width) if display_width(line) > width => {
            Cow::Owned(console::truncate_str(line, width, "…").into_owned())
        }
        _ => Cow::Borrowed(line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_highlighted_even_across_a_line_break() {
        let styles = Styles::new(true);
        let mut inside = false;
        let first = styles.labels("click «Удалить", &mut inside);
        assert!(inside);
        let second = styles.labels("карту» (Delete card)", &mut inside);
        assert!(!inside);
        assert_eq!(first, "click \x1b[36m\x1b[1m«Удалить\x1b[0m");
        assert_eq!(second, "\x1b[36m\x1b[1mкарту»\x1b[0m (Delete card)");
    }

    #[test]
    fn a_line_wider_than_the_terminal_is_cut_with_an_ellipsis() {
        assert_eq!(fit("abcdef", Some(4)), "abc…");
        assert_eq!(fit("abcdef", Some(6)), "abcdef");
        assert_eq!(fit("abcdef", None), "abcdef");
    }
}
