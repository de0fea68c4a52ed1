//! A guide as Markdown, to send to someone who does not use a terminal.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;

use super::page::{all_sources, cautions, facts, refund_caution};
use crate::sanitize::{Medium, sanitize};
use guide_format::validate::clickables;
use guide_format::{Date, Guide, Lang};

use crate::guide::Catalog;
use crate::i18n::words;

/// One method whole, in CommonMark: the same content as `show`, with links that can be
/// clicked in a chat or an e-mail.
pub fn show(guide: &Guide, catalog: &Catalog, lang: Lang, today: Date) -> String {
    let w = words(lang);
    let mut md = String::with_capacity(8 * 1024);
    let _ = writeln!(md, "# {}\n", escape(guide.title.get(lang)));
    let _ = writeln!(md, "{}\n", escape(guide.summary.get(lang)));
    let facts: Vec<String> = facts(guide, w)
        .iter()
        .map(|(label, value)| format!("**{label}:** {value}"))
        .collect();
    let _ = writeln!(md, "{}\n", facts.join(" · "));
    for (label, text) in cautions(guide, w, lang, today) {
        let _ = match label {
            Some(label) => writeln!(md, "> **{label}:** {}\n", escape(&text)),
            None => writeln!(md, "> {}\n", escape(&text)),
        };
    }
    list(&mut md, w.needs, guide.needs.iter().map(|t| t.get(lang)));
    list(
        &mut md,
        w.warnings,
        guide.warnings.iter().map(|t| t.get(lang)),
    );

    let caution = refund_caution(guide);
    for (r, route) in guide.routes.iter().enumerate() {
        let heading = match (&route.title, r) {
            (Some(title), 0) => format!("{}: {}", w.steps, title.get(lang)),
            (Some(title), _) => format!("{}: {}", w.another_way, title.get(lang)),
            (None, _) => w.steps.to_string(),
        };
        let _ = writeln!(md, "## {}\n", escape(&heading));
        for (n, step) in route.steps.iter().enumerate() {
            if let (true, Some(caution)) = (step.deletes, caution) {
                if n > 0 {
                    md.push('\n');
                }
                let _ = writeln!(md, "> **{}**", escape(caution.title.get(lang)));
                for paragraph in caution.paragraphs.iter() {
                    let _ = writeln!(md, ">\n> {}", escape(paragraph.get(lang)));
                }
                md.push('\n');
            }
            let _ = writeln!(md, "{}. {}", n + 1, escape(step.text.get(lang)));
            let item = |md: &mut String, text: &str| {
                let _ = writeln!(md, "   - {text}");
            };
            if !step.labels.is_empty() {
                let labels: Vec<Cow<'_, str>> =
                    step.labels.iter().map(|l| escape(l.get(lang))).collect();
                item(&mut md, &format!("{}: {}", w.look_for, labels.join(" → ")));
            }
            for link in step.links.iter() {
                let text = format!(
                    "{}: [{}]({}) — `{}`",
                    w.link,
                    escape(link.label.get(lang)),
                    sanitize(link.url.as_str(), Medium::MarkdownLink),
                    sanitize(link.url.as_str(), Medium::MarkdownCode),
                );
                item(&mut md, &text);
            }
            for id in step.methods.iter() {
                let title = catalog
                    .get(id.as_str())
                    .map_or(id.as_str(), |g| g.title.get(lang));
                item(&mut md, &format!("{} {}", w.do_it_with, escape(title)));
            }
            if let Some(expect) = &step.expect {
                item(
                    &mut md,
                    &format!("{}: {}", w.expect, escape(expect.get(lang))),
                );
            }
            if let Some(tip) = &step.tip {
                item(&mut md, &format!("{}: {}", w.tip, escape(tip.get(lang))));
            }
        }
        md.push('\n');
    }

    list(
        &mut md,
        w.troubleshooting,
        guide.troubleshooting.iter().map(|t| t.get(lang)),
    );
    let fallbacks: Vec<&str> = guide
        .fallbacks
        .iter()
        .filter_map(|id| catalog.get(id.as_str()))
        .map(|g| g.title.get(lang))
        .collect();
    list(&mut md, w.try_next, fallbacks.into_iter());

    let _ = writeln!(md, "## {}\n", w.sources);
    for (n, source) in all_sources(guide).iter().enumerate() {
        let _ = write!(md, "{}. {}", n + 1, escape(&source.title));
        if let Some(url) = &source.url {
            // Shown as text, not as a link: a source is for reading about, not for opening.
            let _ = write!(md, " — `{}`", sanitize(url, Medium::MarkdownCode));
        }
        if let Some(date) = source.published {
            let _ = write!(md, " ({} {})", w.published, crate::i18n::date(date, lang));
        }
        if let Some(note) = &source.note {
            let _ = write!(md, ". {}", escape(note.get(lang)));
        }
        md.push('\n');
    }
    let reviewed = crate::i18n::date(guide.reviewed, lang);
    let _ = writeln!(md, "\n*{}: {reviewed}*", w.reviewed);
    md
}

fn list<'t>(md: &mut String, title: &str, items: impl Iterator<Item = &'t str>) {
    let items: Vec<&str> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "## {title}\n");
    for item in items {
        let _ = writeln!(md, "- {}", escape(item));
    }
    md.push('\n');
}

/// Guide text as Markdown text (see `sanitize`), at the start of a line. Every word with an
/// address a reader could click in it (an allowed host's, or a source's site, as a text may
/// name) is shown as code: GitHub's autolinks, linkify and the like make no link of code,
/// and the only links of the page are the steps' own.
fn escape(text: &str) -> Cow<'_, str> {
    let words = address_words(text);
    if words.is_empty() {
        return sanitize(text, Medium::Markdown);
    }
    let mut md = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for word in words {
        let medium = if at == 0 {
            Medium::Markdown
        } else {
            Medium::MarkdownInline
        };
        md.push_str(&sanitize(&text[at..word.start], medium));
        md.push('`');
        md.push_str(&sanitize(&text[word.clone()], Medium::MarkdownCode));
        md.push('`');
        at = word.end;
    }
    md.push_str(&sanitize(&text[at..], Medium::MarkdownInline));
    Cow::Owned(md)
}

/// The words of `text` that hold an address a reader could click, in order: each whole
/// word, but for the brackets, quotes and punctuation around it.
fn address_words(text: &str) -> Vec<Range<usize>> {
    const OPENING: &[char] = &['(', '[', '{', '<', '«', '"', '\'', '`'];
    const CLOSING: &[char] = &[
        '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '»', '"', '\'', '…', '`',
    ];
    let mut words: Vec<Range<usize>> = Vec::new();
    for found in clickables(text) {
        let range = found.range;
        let start = text[..range.start]
            .rfind(char::is_whitespace)
            .map_or(0, |n| {
                n + text[n..].chars().next().map_or(1, char::len_utf8)
            });
        let end = text[range.end..]
            .find(char::is_whitespace)
            .map_or(text.len(), |n| range.end + n);
        let before = &text[start..range.start];
        let start = start + before.len() - before.trim_start_matches(OPENING).len();
        let after = &text[range.end..end];
        let end = range.end + after.trim_end_matches(CLOSING).len();
        match words.last_mut() {
            Some(last) if last.end >= start => last.end = last.end.max(end),
            _ => words.push(start..end),
        }
    }
    words
}
