//! Guides as text for people: `list` and `show`.

use std::borrow::Cow;
use std::fmt::Write as _;

use console::Style;

use super::Options;
use crate::guide::{Catalog, Guide, Step};
use crate::i18n::{Words, words};

/// One line per method: id, title, where, time, difficulty, and whether it may be outdated.
pub fn list(guides: &[Guide], opts: &Options) -> String {
    let w = words(opts.lang);
    let rows: Vec<[String; 5]> = guides
        .iter()
        .map(|g| {
            [
                g.id.to_string(),
                g.title.get(opts.lang).to_string(),
                w.place(g.place).to_string(),
                format!("~{} {}", g.minutes, w.minutes),
                w.difficulty(g.difficulty).to_string(),
            ]
        })
        .collect();
    let mut widths = [0; 5];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(display_width(cell));
        }
    }
    let styles = Styles::new(opts.color);
    let mut out = String::new();
    for (guide, row) in guides.iter().zip(&rows) {
        let mut line = String::new();
        for (n, cell) in row.iter().enumerate() {
            let last = n == row.len() - 1 && guide.outdated.is_none();
            let text = if n == 0 {
                styles.paint(&styles.id, cell)
            } else {
                Cow::Borrowed(cell.as_str())
            };
            line.push_str(&text);
            if !last {
                pad(&mut line, widths[n] - display_width(cell) + 2);
            }
        }
        if guide.outdated.is_some() {
            let note = format!("({})", w.may_be_outdated.to_lowercase());
            line.push_str(&styles.paint(&styles.warning, &note));
        }
        out.push_str(&fit(&line, opts.width));
        out.push('\n');
    }
    out
}

/// One method whole: what it is, what you need, its steps, what to do if it fails, and
/// where its facts come from.
pub fn show(guide: &Guide, catalog: &Catalog, opts: &Options) -> String {
    let lang = opts.lang;
    let w = words(lang);
    let mut page = Page::new(opts);
    let s = &page.styles.clone();

    page.paragraph("", "", guide.title.get(lang), Some(&s.title));
    page.paragraph("", "", guide.summary.get(lang), None);
    page.blank();
    let facts = format!(
        "{}: {} · {}: ~{} {} · {}: {}",
        w.where_,
        w.place(guide.place),
        w.time,
        guide.minutes,
        w.minutes,
        w.difficulty,
        w.difficulty(guide.difficulty)
    );
    page.paragraph("", "", &facts, None);
    if let Some(outdated) = &guide.outdated {
        let text = format!("{}: {}", w.may_be_outdated, outdated.get(lang));
        page.paragraph("", "", &text, Some(&s.warning));
    }

    page.bullets(
        w.needs,
        "  • ",
        guide.needs.iter().map(|t| t.get(lang)),
        None,
    );
    page.bullets(
        w.warnings,
        "  ! ",
        guide.warnings.iter().map(|t| t.get(lang)),
        Some(&s.warning),
    );

    page.heading(w.steps);
    for (n, step) in guide.steps.iter().enumerate() {
        if n > 0 {
            page.blank();
        }
        page.step(n + 1, step, guide, w);
    }

    page.bullets(
        w.troubleshooting,
        "  • ",
        guide.troubleshooting.iter().map(|t| t.get(lang)),
        None,
    );
    let fallbacks: Vec<String> = guide
        .fallbacks
        .iter()
        .map(|id| match catalog.get(id.as_str()) {
            Some(other) => format!(
                "{} — {} ({} {id})",
                other.title.get(lang),
                id,
                w.show_command
            ),
            None => id.to_string(),
        })
        .collect();
    page.bullets(
        w.try_next,
        "  • ",
        fallbacks.iter().map(String::as_str),
        None,
    );

    page.heading(w.sources);
    for (n, source) in guide.sources.iter().enumerate() {
        let first = format!("  [{}] ", n + 1);
        page.paragraph(&first, "      ", &source.title, None);
        if let Some(url) = &source.url {
            page.raw_line("      ", url, Some(&s.url));
        }
        if let Some(date) = source.published {
            page.raw_line("      ", &format!("{} {date}", w.published), Some(&s.dim));
        }
        if let Some(note) = &source.note {
            page.paragraph("      ", "      ", note.get(lang), Some(&s.dim));
        }
    }
    page.blank();
    page.raw_line(
        "",
        &format!("{}: {}", w.reviewed, guide.reviewed),
        Some(&s.dim),
    );
    page.out
}

/// The styles of the page; all plain when colour is off.
#[derive(Clone)]
struct Styles {
    color: bool,
    title: Style,
    heading: Style,
    id: Style,
    label: Style,
    url: Style,
    warning: Style,
    dim: Style,
}

impl Styles {
    fn new(color: bool) -> Styles {
        let style = |s: Style| s.force_styling(color);
        Styles {
            color,
            title: style(Style::new().bold()),
            heading: style(Style::new().bold().underlined()),
            id: style(Style::new().cyan()),
            label: style(Style::new().cyan().bold()),
            url: style(Style::new().blue().underlined()),
            warning: style(Style::new().yellow()),
            dim: style(Style::new().dim()),
        }
    }

    fn paint<'t>(&self, style: &Style, text: &'t str) -> Cow<'t, str> {
        if self.color {
            Cow::Owned(style.apply_to(text).to_string())
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Paints the on-screen labels in a line: each «…», which may have begun on an earlier
    /// line (`inside` carries that from line to line).
    fn labels<'t>(&self, line: &'t str, inside: &mut bool) -> Cow<'t, str> {
        if !self.color || (!*inside && !line.contains('«')) {
            return Cow::Borrowed(line);
        }
        let mut out = String::with_capacity(line.len() + 16);
        let mut rest = line;
        while !rest.is_empty() {
            if *inside {
                let end = rest.find('»').map_or(rest.len(), |i| i + '»'.len_utf8());
                out.push_str(&self.paint(&self.label, &rest[..end]));
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

/// A page of text being written: paragraphs wrapped to the width, when there is one.
struct Page<'o> {
    out: String,
    opts: &'o Options,
    styles: Styles,
}

impl<'o> Page<'o> {
    fn new(opts: &'o Options) -> Page<'o> {
        Page {
            out: String::with_capacity(8 * 1024),
            opts,
            styles: Styles::new(opts.color),
        }
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    fn heading(&mut self, text: &str) {
        self.blank();
        let text = self.styles.paint(&self.styles.heading, text).into_owned();
        self.out.push_str(&text);
        self.out.push('\n');
    }

    /// A line that is never wrapped, such as an address to copy. It loses its indent when
    /// that would make it wider than the terminal.
    fn raw_line(&mut self, indent: &str, text: &str, style: Option<&Style>) {
        let fits = self
            .opts
            .width
            .is_none_or(|width| display_width(indent) + display_width(text) <= width);
        if fits {
            self.out.push_str(indent);
        }
        match style {
            Some(style) => {
                let painted = self.styles.paint(style, text).into_owned();
                self.out.push_str(&painted);
            }
            None => self.out.push_str(text),
        }
        self.out.push('\n');
    }

    /// `text` after `first` on its first line and `rest` on the others, wrapped to the width.
    /// The on-screen labels in it are highlighted, unless the whole is painted in `style`.
    fn paragraph(&mut self, first: &str, rest: &str, text: &str, style: Option<&Style>) {
        let lines: Vec<Cow<'_, str>> = match self.opts.width {
            Some(width) => textwrap::wrap(
                text,
                textwrap::Options::new(width.saturating_sub(display_width(rest)).max(10))
                    .word_splitter(textwrap::WordSplitter::NoHyphenation),
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
    fn bullets<'t>(
        &mut self,
        title: &str,
        bullet: &str,
        items: impl ExactSizeIterator<Item = &'t str>,
        style: Option<&Style>,
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

    fn step(&mut self, number: usize, step: &Step, guide: &Guide, w: &Words) {
        let lang = self.opts.lang;
        let s = self.styles.clone();
        let first = format!("{number:>3}. ");
        let indent = "     ";
        self.paragraph(&first, indent, step.text.get(lang), None);
        if !step.labels.is_empty() {
            let labels: Vec<&str> = step.labels.iter().map(|l| l.get(lang)).collect();
            let text = format!("{}: {}", w.look_for, labels.join(" → "));
            self.paragraph(indent, indent, &text, None);
        }
        for link in step.links.iter() {
            let text = format!("{}: {}", w.link, link.label.get(lang));
            self.paragraph(indent, indent, &text, None);
            self.raw_line("       ", link.url.as_str(), Some(&s.url));
        }
        if let Some(expect) = &step.expect {
            let text = format!("{}: {}", w.expect, expect.get(lang));
            self.paragraph(indent, indent, &text, None);
        }
        if let Some(tip) = &step.tip {
            let text = format!("{}: {}", w.tip, tip.get(lang));
            self.paragraph(indent, indent, &text, None);
        }
        if guide.sources.len() > 1 && !step.sources.is_empty() {
            let mut text = format!("{}:", w.source);
            for id in step.sources.iter() {
                if let Some(n) = guide.sources.iter().position(|s| s.id == *id) {
                    let _ = write!(text, " [{}]", n + 1);
                }
            }
            self.raw_line(indent, &text, Some(&s.dim));
        }
    }
}

fn display_width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

fn pad(line: &mut String, spaces: usize) {
    line.extend(std::iter::repeat_n(' ', spaces));
}

/// Cuts a line that is wider than the terminal, marking the cut with "…".
fn fit(line: &str, width: Option<usize>) -> Cow<'_, str> {
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
    use crate::guide::Lang;

    fn options(color: bool, width: Option<usize>) -> Options {
        Options {
            lang: Lang::En,
            color,
            width,
        }
    }

    #[test]
    fn show_wraps_to_the_width_and_keeps_addresses_whole() {
        let catalog = Catalog::builtin();
        let guide = catalog.get("direct-link").unwrap();
        let out = show(guide, &catalog, &options(false, Some(40)));
        for line in out.lines().filter(|l| !l.contains("https://")) {
            assert!(display_width(line) <= 40, "too wide: {line:?}");
        }
        // An address is never broken; one too wide for its indent starts at the margin.
        assert!(
            out.contains("\nhttps://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU\n")
        );
        // Hyphenated words are not split at the hyphen.
        assert!(!out.contains("unlink-\n"));
        insta::assert_snapshot!(out.lines().take(12).collect::<Vec<_>>().join("\n"), @r"
        Direct link to the bound-cards page
        In the browser where you are logged in
        to AliExpress, open the Alipay page that
        lists your bound cards and delete the
        card. No Alipay registration is needed.

        Where: computer, browser · Time: ~3 min
        · Difficulty: easy
        May be outdated: This is an Alipay page,
        and the article notes that Alipay
        stopped serving AliExpress customers in
        2017. The article is undated, so the
        ");
    }

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
    fn without_colour_there_is_no_escape_sequence() {
        let catalog = Catalog::builtin();
        for guide in catalog.guides() {
            assert!(!show(guide, &catalog, &options(false, Some(80))).contains('\x1b'));
        }
        assert!(!list(catalog.guides(), &options(false, Some(80))).contains('\x1b'));
    }

    #[test]
    fn list_lines_are_cut_to_the_terminal_width() {
        let catalog = Catalog::builtin();
        let out = list(catalog.guides(), &options(false, Some(40)));
        assert_eq!(
            out.lines().next(),
            Some("direct-link  Direct link to the bound-c…")
        );
        for line in out.lines() {
            assert_eq!(display_width(line), 40);
        }
    }
}
