//! Guides as text for people: `list` and `show`.

use std::borrow::Cow;

use super::Options;
use super::page::{
    Page, Role, STEP_INDENT, Styles, all_sources, display_width, facts, fit, notes, pad,
    places_short,
};
use crate::sanitize::{shown_path, visible};
use guide_format::{Guide, Lang};

use crate::config_file::Location;
use crate::guide::{Catalog, FolderKind, GuideFolder};
use crate::i18n::words;

/// One line per method: id, title, where, time, difficulty, and whether it may be outdated.
/// When some guides come from folders, each line also says where its guide comes from.
pub fn list(catalog: &Catalog, opts: &Options) -> String {
    let w = words(opts.lang);
    let guides = catalog.guides();
    let origins = catalog.has_folder_guides();
    let status = |g: &Guide| {
        let notes = notes(g, w, opts.lang, opts.today);
        if notes.is_empty() {
            String::new()
        } else {
            format!("({})", notes.join(", "))
        }
    };
    // Each cell with its width on screen, measured once.
    let rows: Vec<Vec<(String, usize)>> = guides
        .iter()
        .map(|g| {
            let mut row = vec![
                g.id.to_string(),
                g.title.get(opts.lang).to_string(),
                places_short(g, w),
                format!("~{} {}", g.minutes, w.minutes),
                w.difficulty(g.difficulty).to_string(),
                status(g),
            ];
            if origins {
                row.push(match catalog.origin(g.id.as_str()) {
                    Some(path) => shown_path(path),
                    None => w.built_in.to_string(),
                });
            }
            row.into_iter()
                .map(|cell| {
                    let width = display_width(&cell);
                    (cell, width)
                })
                .collect()
        })
        .collect();
    let mut widths = vec![0; rows.first().map_or(0, Vec::len)];
    for row in &rows {
        for (width, (_, cell_width)) in widths.iter_mut().zip(row) {
            *width = (*width).max(*cell_width);
        }
    }
    let styles = Styles::new(opts.color);
    let table_width = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    if opts.width.is_some_and(|width| table_width > width) {
        return stacked(&rows, opts);
    }
    let status_column = 5;
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        let mut pending = 0;
        for (n, (cell, cell_width)) in row.iter().enumerate() {
            if cell.is_empty() {
                pending += widths[n] + 2;
                continue;
            }
            pad(&mut line, pending);
            let text = match n {
                0 => styles.paint(Role::Id, cell),
                n if n == status_column => styles.paint(Role::Warning, cell),
                _ => Cow::Borrowed(cell.as_str()),
            };
            line.push_str(&text);
            pending = widths[n] - cell_width + 2;
        }
        out.push_str(&fit(&line, opts.width));
        out.push('\n');
    }
    out
}

/// The list for a terminal too narrow for its table: each method's id on a line, then its
/// title and the rest under it, wrapped rather than cut.
fn stacked(rows: &[Vec<(String, usize)>], opts: &Options) -> String {
    let mut page = Page::new(opts);
    for row in rows {
        let mut cells = row.iter().map(|(cell, _)| cell.as_str());
        let id = cells.next().unwrap_or_default();
        let id = page.styles.paint(Role::Id, id).into_owned();
        page.out.push_str(&id);
        page.out.push('\n');
        let title = cells.next().unwrap_or_default();
        page.paragraph("    ", "    ", title, None);
        let rest: Vec<&str> = cells.filter(|cell| !cell.is_empty()).collect();
        page.paragraph("    ", "    ", &rest.join(" · "), None);
    }
    page.out
}

/// The config file and the guide folders, in the order they are read, each with why it is
/// read and whether it exists (as the caller found).
pub(crate) fn paths(
    config_file: Option<&Location>,
    folders: &[(&GuideFolder, bool)],
    lang: Lang,
) -> String {
    let w = words(lang);
    let mut out = String::new();
    if let Some(place) = config_file {
        let kind = match place.named {
            true => w.config_file_named,
            false => w.config_file,
        };
        let missing = if place.exists { "" } else { w.file_missing };
        let line = format!("{}\t({kind}{missing})\n", shown_path(&place.path));
        out.push_str(&line);
    }
    for (folder, exists) in folders {
        let kind = match folder.kind {
            FolderKind::UserData => w.folder_user,
            FolderKind::ConfigFile => w.folder_config,
            FolderKind::Environment => "UNLINK_GUIDE_DIR",
            FolderKind::CommandLine => "--guides-dir",
        };
        let missing = if *exists { "" } else { w.folder_missing };
        out.push_str(&format!(
            "{}\t({kind}{missing})\n",
            shown_path(&folder.path)
        ));
    }
    out
}

/// A guide file's text as `show --format toml` prints it: as it is, but with anything that
/// could act on a terminal made visible (comments are not checked as texts are), lines and
/// tabs kept.
pub fn guide_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix("\r\n") {
            Some(body) => (body, "\r\n"),
            None => match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            },
        };
        let cells: Vec<_> = body.split('\t').map(visible).collect();
        out.push_str(&cells.join("\t"));
        out.push_str(end);
    }
    out
}

/// One method whole: what it is, what you need, its steps (each route, when it has several),
/// what to do if it fails, and where its facts come from.
pub fn show(guide: &Guide, catalog: &Catalog, opts: &Options) -> String {
    let lang = opts.lang;
    let mut page = Page::new(opts);
    let w = page.words;

    page.paragraph("", "", guide.title.get(lang), Some(Role::Title));
    page.paragraph("", "", guide.summary.get(lang), None);
    page.blank();
    let facts: Vec<String> = facts(guide, w)
        .iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect();
    page.paragraph("", "", &facts.join(" · "), None);
    page.before_you_start(guide);

    for (r, route) in guide.routes.iter().enumerate() {
        let heading = match (&route.title, r) {
            (Some(title), 0) => format!("{}: {}", w.steps, title.get(lang)),
            (Some(title), _) if route.place != guide.routes[0].place => format!(
                "{}: {} ({})",
                w.another_way,
                title.get(lang),
                w.place(route.place)
            ),
            (Some(title), _) => format!("{}: {}", w.another_way, title.get(lang)),
            (None, _) => w.steps.to_string(),
        };
        page.heading(&heading);
        for (n, step) in route.steps.iter().enumerate() {
            if n > 0 {
                page.blank();
            }
            if step.deletes {
                page.caution(STEP_INDENT);
            }
            page.paragraph(
                &format!("{:>3}. ", n + 1),
                STEP_INDENT,
                step.text.get(lang),
                None,
            );
            page.step_action(STEP_INDENT, step, catalog, true);
            page.step_notes(STEP_INDENT, step, guide);
        }
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
            Some(other) => format!("{} ({} {id})", other.title.get(lang), w.show_command),
            None => id.to_string(),
        })
        .collect();
    page.bullets(
        w.try_next,
        "  • ",
        fallbacks.iter().map(String::as_str),
        None,
    );

    page.sources(&all_sources(guide), guide.reviewed);
    page.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TODAY;
    use guide_format::Lang;

    fn options(color: bool, width: Option<usize>) -> Options {
        Options {
            lang: Lang::En,
            color,
            hyperlinks: false,
            screen_reader: false,
            width,
            today: TODAY,
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
        card. The sources disagree whether this
        needs Alipay registration.

        Where: computer, browser · Time: ~3 min
        · Difficulty: easy
        May be outdated: This is an Alipay page,
        from an undated article. The article
        says Alipay stopped serving AliExpress
        ");
    }

    #[test]
    fn without_colour_there_is_no_escape_sequence() {
        let catalog = Catalog::builtin();
        for guide in catalog.guides() {
            assert!(!show(guide, &catalog, &options(false, Some(80))).contains('\x1b'));
        }
        assert!(!list(&catalog, &options(false, Some(80))).contains('\x1b'));
    }

    #[test]
    fn a_list_too_wide_for_the_terminal_is_stacked_not_cut() {
        let catalog = Catalog::builtin();
        let out = list(&catalog, &options(false, Some(40)));
        insta::assert_snapshot!(out.lines().take(6).collect::<Vec<_>>().join("\n"), @r"
        aliexpress-payments
            AliExpress payment settings
            computer / phone · ~3 min · easy ·
            (not verified)
        mobile-app
            The AliExpress mobile app
        ");
        for line in out.lines() {
            assert!(display_width(line) <= 40, "{line}");
            assert!(!line.contains('…'), "{line}");
        }
        let wide = list(&catalog, &options(false, Some(200)));
        assert!(wide.starts_with("aliexpress-payments  AliExpress payment settings "));
    }
}
