//! For random folders of hostile guides, whatever of them the program accepts: no output
//! (the text of `list` and `show`, Markdown once rendered by CommonMark and by GitHub's
//! flavour, JSON, the guide's own TOML, the walkthrough's screens) holds an address a
//! reader could click that leads elsewhere than the allowed hosts and the cited sources'
//! own sites, or a control, bidi or invisible character. Run in the process, with the
//! functions the commands print with, so that many folders take a few seconds.

mod common;
mod links;

use std::fs;

use common::toml_string;
use guide_format::validate::is_unsafe_char;
use guide_format::{Date, Lang};
use proptest::prelude::*;
use unlink_guide::guide::{FolderKind, Folders, GuideFolder, Needed, load};
use unlink_guide::i18n::messages::warning;
use unlink_guide::interactive::frames;
use unlink_guide::render::{self, Options};

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// Pieces of text: plain words; addresses a text may name (the allowed hosts, the test
/// source's site); foreign addresses in every form the issues found; Markdown's and
/// addresses' punctuation; and characters that act on a terminal or cannot be seen.
fn piece() -> impl Strategy<Value = String> {
    let allowed = prop::sample::select(vec![
        "Нажмите «Удалить»",
        "the card",
        " ",
        " ",
        "aliexpress.com",
        "www.alipay.com/help",
        "https://aliexpress.ru/x",
        "support@aliexpress.com",
        "example.org",
        "https://example.org/page",
        "(",
        ")",
        "\"",
        "'",
        "@",
        ":",
        "/",
        ".",
        ",",
        "<",
        ">",
        "[",
        "]",
        "*",
        "_",
        "`",
        "\\",
        "#",
        "-",
        "1.",
        "&amp;",
        "~~",
        "|",
        "!",
    ]);
    let foreign = prop::sample::select(vec![
        "evil.example",
        "evil.xn--p1ai",
        "сбербанк.рф",
        "card-check.example/verify",
        "https://alipay.com/)https://evil.example",
        "https://alipay.com/(x\"https://evil.example",
        "aliexpress.com/x@evil.example",
        "mailto:a@evil.example",
        "javascript:alert(1)",
        "evil。com",
        "1.2.3.4",
        "//evil.example",
        "www.evil",
        "support\\@evil.example",
        "http://aliexpress.com",
        "xmpp:a@evil.example",
        "ftp://evil.example",
        "evil",
        "com",
        "xn--p1ai",
    ]);
    prop_oneof![
        12 => allowed.prop_map(str::to_string),
        2 => foreign.prop_map(str::to_string),
        1 => hidden().prop_map(String::from),
    ]
}

/// A character of the kinds that must never be shown: controls, bidi marks, and the
/// default-ignorable and format characters (a few from each range the issues found).
fn hidden() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '\u{1b}',
        '\u{7}',
        '\u{9b}',
        '\u{85}',
        '\u{202e}',
        '\u{2066}',
        '\u{200b}',
        '\u{200d}',
        '\u{feff}',
        '\u{ad}',
        '\u{fe0f}',
        '\u{e0041}',
        '\u{e0080}',
        '\u{1bca0}',
        '\u{fff0}',
        '\u{13430}',
        '\u{890}',
        '\u{2028}',
        '\u{3164}',
        '\u{180e}',
    ])
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..6).prop_map(|pieces| pieces.concat())
}

/// A link's address: one that is allowed, or one of the forms that must not be.
fn link_url() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just("https://intl.alipay.com/user/queryUserBindCard.htm".to_string()),
        1 => text().prop_map(|t| format!("https://aliexpress.com/{t}")),
        1 => text(),
    ]
}

fn source_url() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just("https://example.org/a".to_string()),
        1 => text().prop_map(|t| format!("https://example.org/{t}")),
        1 => text(),
    ]
}

/// The fields of one random guide.
#[derive(Debug, Clone)]
struct Fields {
    title: String,
    summary: String,
    step: String,
    tip: String,
    label: String,
    link: String,
    source_title: String,
    source_url: String,
    note: String,
    comment: String,
}

fn fields() -> impl Strategy<Value = Fields> {
    (
        (text(), text(), text(), text(), text()),
        (link_url(), text(), source_url(), text(), text()),
    )
        .prop_map(
            |(
                (title, summary, step, tip, label),
                (link, source_title, source_url, note, comment),
            )| {
                Fields {
                    title,
                    summary,
                    step,
                    tip,
                    label,
                    link,
                    source_title,
                    source_url,
                    note,
                    comment,
                }
            },
        )
}

/// A guide with `fields`, most of each left plain so that some guides pass and are shown:
/// each field takes its random text when `mask` has its bit.
fn guide(fields: &Fields, mask: u16) -> String {
    let pick = |bit: u16, random: &str, plain: &str| {
        toml_string(if mask & (1 << bit) != 0 {
            random
        } else {
            plain
        })
    };
    let comment: String = fields.comment.replace(['\n', '\r'], " ");
    format!(
        "format = 1\n\
         {comment}\n\
         kind = \"remove\"\nwhere = \"computer-browser\"\nminutes = 3\ndifficulty = \"easy\"\n\
         reviewed = 2026-11-01\n\
         title = {{ ru = \"Заголовок\", en = {title} }}\n\
         summary = {{ ru = {summary}, en = \"Summary\" }}\n\n\
         [[steps]]\n\
         text = {{ ru = \"Нажмите\", en = {step} }}\n\
         tip = {{ ru = \"Совет\", en = {tip} }}\n\
         labels = [{{ ru = \"«Удалить»\", en = {label} }}]\n\n\
         [[steps.links]]\nurl = {link}\nlabel = {{ ru = \"Страница\", en = \"Page\" }}\n\n\
         [[sources]]\nid = \"article\"\ntitle = {source_title}\nurl = {source_url}\n\
         note = {{ ru = \"Статья\", en = {note} }}\n",
        comment = if mask & (1 << 9) != 0 {
            format!("# {comment}")
        } else {
            "# A comment".to_string()
        },
        title = pick(0, &fields.title, "Title"),
        summary = pick(1, &fields.summary, "Кратко"),
        step = pick(2, &fields.step, "Click"),
        tip = pick(3, &fields.tip, "A tip"),
        label = pick(4, &fields.label, "«Удалить» (Delete)"),
        link = pick(
            5,
            &fields.link,
            "https://intl.alipay.com/user/queryUserBindCard.htm"
        ),
        source_title = pick(6, &fields.source_title, "Статья"),
        source_url = pick(7, &fields.source_url, "https://example.org/a"),
        note = pick(8, &fields.note, "An article"),
    )
}

/// Fails when `output` holds a character that must never be shown (but new lines, and tabs
/// where the guide's own file is shown) or an address that leads elsewhere than the allowed
/// hosts and `sites`.
fn assert_safe(what: &str, output: &str, found: Vec<String>, sites: &[String], tabs: bool) {
    if let Some(c) = output
        .chars()
        .find(|&c| c != '\n' && !(tabs && c == '\t') && is_unsafe_char(c))
    {
        panic!("{what}: U+{:04X} in {output:?}", u32::from(c));
    }
    let foreign = links::foreign(found, sites);
    assert!(foreign.is_empty(), "{what}: {foreign:?} in:\n{output}");
}

/// What a linkifier finds, but a guide's own file name where `list` shows where a guide
/// comes from: after a Windows path's `\`, a linkifier with no list of top-level domains
/// reads `my-guide.toml` as one. A guide's file name is its id, lowercase letters, digits
/// and dashes, and `.toml`, never a domain of its own.
fn but_file_names(found: Vec<String>) -> Vec<String> {
    let file_name = |a: &str| {
        a.strip_suffix(".toml").is_some_and(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
    };
    found.into_iter().filter(|a| !file_name(a)).collect()
}

/// Whether `address` is a path of the format's own keys, such as `steps.links`.
fn format_keys(address: &str) -> bool {
    use guide_format::raw::{RawGuide, RawLink, RawRoute, RawSource, RawStep, RawText, keys_of};
    let keys = [
        keys_of::<RawGuide>(),
        keys_of::<RawStep>(),
        keys_of::<RawLink>(),
        keys_of::<RawSource>(),
        keys_of::<RawText>(),
        keys_of::<RawRoute>(),
    ];
    address
        .split('.')
        .all(|label| keys.iter().any(|k| k.contains(&label)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn no_output_holds_a_foreign_address_or_an_unsafe_character(
        guides in prop::collection::vec((fields(), any::<[u16; 3]>()), 1..4),
        name in prop::sample::select(vec!["a-guide", "b", "evil.example", "x y@evil.example", "c;d"]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        for (n, (fields, mask)) in guides.iter().enumerate() {
            let file = if n == 0 { format!("{name}.toml") } else { format!("guide-{n}.toml") };
            // Each field random one time in eight: most guides pass, and are shown.
            fs::write(dir.path().join(file), guide(fields, mask[0] & mask[1] & mask[2])).unwrap();
        }
        let folders = Folders(vec![GuideFolder {
            path: dir.path().to_path_buf(),
            kind: FolderKind::CommandLine,
        }]);
        let loaded = load(&folders, TODAY, Needed::All);
        let catalog = &loaded.catalog;
        // The sites of every source shown, the built-in guides' too.
        let sites: Vec<String> = catalog
            .guides()
            .iter()
            .flat_map(|g| g.sources.iter())
            .filter_map(|s| s.url.as_deref())
            .map(links::host_of)
            .collect();
        for lang in [Lang::En, Lang::Ru] {
            for width in [None, Some(40)] {
                let opts = Options { lang, color: false, hyperlinks: false, screen_reader: false, width, today: TODAY };
                let list = render::text::list(catalog, &opts);
                assert_safe("list", &list, but_file_names(links::in_text(&list)), &sites, false);
                for guide in catalog.guides().iter().filter(|g| catalog.origin(g.id.as_str()).is_some()) {
                    let shown = render::text::show(guide, catalog, &opts);
                    assert_safe("show", &shown, links::in_text(&shown), &sites, false);
                    let mut screens = vec![
                        frames::sources(guide, &opts),
                        frames::finished(guide, &opts),
                        frames::not_done(guide, &opts),
                        frames::menu_line(guide, &(0..guide.routes.len()).collect::<Vec<_>>(), lang, true, TODAY).text,
                    ];
                    for (r, route) in guide.routes.iter().enumerate() {
                        for s in 0..route.steps.len() {
                            screens.push(frames::step(guide, r, s, catalog, &opts));
                        }
                        for link in route.steps.iter().flat_map(|s| s.links.iter()) {
                            screens.push(frames::open_question(link.url.as_str(), &opts));
                        }
                    }
                    for screen in screens {
                        assert_safe("walkthrough", &screen, links::in_text(&screen), &sites, false);
                    }
                }
            }
            let json = render::json::list(catalog, lang, TODAY);
            assert_safe("list --json", &json, but_file_names(links::in_text(&json)), &sites, false);
            for guide in catalog.guides().iter().filter(|g| catalog.origin(g.id.as_str()).is_some()) {
                let markdown = render::markdown::show(guide, catalog, lang, TODAY);
                let found = links::in_markdown(&markdown);
                let steps: Vec<&str> = guide.all_steps().flat_map(|s| s.links.iter()).map(|l| l.url.as_str()).collect();
                // The only links are the steps' own.
                prop_assert!(found.iter().all(|l| steps.contains(&l.as_str())), "{found:?} in:\n{markdown}");
                assert_safe("markdown", &markdown, found, &sites, false);
                let json = render::json::show(guide, catalog, lang, TODAY);
                assert_safe("show --json", &json, but_file_names(links::in_text(&json)), &sites, false);
                let path = catalog.origin(guide.id.as_str()).unwrap();
                let toml = render::text::guide_source(&fs::read_to_string(path).unwrap());
                // The format's own dotted keys (`[[steps.links]]`, `title.ru`) have the shape
                // of domains; they are the format's words, the same in every guide, and no
                // folder can choose them: a key the format does not have is refused.
                let found = links::in_text(&toml).into_iter().filter(|a| !format_keys(a)).collect();
                assert_safe("show --format toml", &toml, found, &sites, true);
            }
            // What was skipped is said with its path, which is the folder's own: held to
            // what every output is for the characters it shows.
            for skipped in &loaded.warnings {
                let said = warning(skipped, lang);
                assert_safe("warning", &said, Vec::new(), &sites, false);
            }
        }
    }
}
