//! The screens of the interactive walkthrough, as text. The menus under them are drawn by
//! `interactive`; everything a screen says is decided here.

use super::Options;
use super::page::{Page, Role, all_sources, display_width, fit, places_short};
use guide_format::model::Topic;
use guide_format::{Guide, Lang};

use crate::guide::Catalog;
use crate::i18n::words;
use crate::interactive::choose::{self, Answers, Question};

/// How wide the progress bar is at most.
const BAR_WIDTH: usize = 24;

/// One line of a menu for a method: its title, where it is done (unless the menu's group
/// says so), how long it takes and whether it may be outdated or is not verified, cut to
/// `width`.
pub fn menu_line(guide: &Guide, lang: Lang, with_place: bool, width: Option<usize>) -> String {
    let w = words(lang);
    let mut parts = vec![guide.title.get(lang).to_string()];
    if with_place {
        parts.push(places_short(guide, w));
    }
    parts.push(format!("~{} {}", guide.minutes, w.minutes));
    if guide.outdated.is_some() {
        parts.push(w.may_be_outdated.to_lowercase());
    }
    if guide.unverified.is_some() {
        parts.push(w.not_verified.to_lowercase());
    }
    fit(&parts.join(" · "), width).into_owned()
}

/// What the menu says above its choices.
pub fn menu_intro(opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", "unlink-guide", Some(Role::Title));
    page.paragraph("", "", page.words.menu_intro, None);
    page.out
}

/// Which keys do what, above every menu.
pub fn keys_hint(opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", page.words.keys_hint, Some(Role::Dim));
    page.out
}

/// A menu line cut to `width`.
pub fn fit_line(line: &str, width: Option<usize>) -> String {
    fit(line, width).into_owned()
}

/// After the last step: the method's title and a full bar.
pub fn all_done(guide: &Guide, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", guide.title.get(opts.lang), Some(Role::Title));
    let bar = progress_bar(1, 1, bar_width("", opts));
    page.raw_line("", &page.styles.paint(Role::Good, &bar), None);
    page.out
}

/// How long a bar after `counter` may be.
fn bar_width(counter: &str, opts: &Options) -> usize {
    let room = opts.width.map_or(BAR_WIDTH, |width| {
        width.saturating_sub(display_width(counter) + 2)
    });
    room.min(BAR_WIDTH)
}

/// One step of one way through a method: the method (and the way, when it has several),
/// "Step N of M" with a bar, then the step, with the caution about refunds before a step
/// that deletes a card. The first step also says what is needed and what to know first.
pub fn step(
    guide: &Guide,
    route: usize,
    index: usize,
    catalog: &Catalog,
    opts: &Options,
) -> String {
    let lang = opts.lang;
    let mut page = Page::new(opts);
    let w = page.words;
    let Some(way) = guide.routes.get(route) else {
        return page.out;
    };
    let title = match &way.title {
        Some(way_title) if guide.routes.len() > 1 => {
            format!("{} — {}", guide.title.get(lang), way_title.get(lang))
        }
        _ => guide.title.get(lang).to_string(),
    };
    page.paragraph("", "", &title, Some(Role::Title));
    let total = way.steps.len();
    let counter = w
        .step_of
        .replace("{n}", &(index + 1).to_string())
        .replace("{m}", &total.to_string());
    let bar = progress_bar(index + 1, total, bar_width(&counter, opts));
    page.raw_line(
        "",
        &format!("{counter}  {}", page.styles.paint(Role::Good, &bar)),
        None,
    );
    if index == 0 {
        if guide.outdated.is_some() || guide.unverified.is_some() {
            page.blank();
        }
        page.before_you_start(guide);
    }
    if let Some(step) = way.steps.get(index) {
        if page.out.lines().count() > 2 {
            // Needs and warnings came first: mark where the step itself begins.
            page.heading(&w.step_n.replace("{n}", &(index + 1).to_string()));
        } else {
            page.blank();
        }
        if step.deletes {
            page.caution("");
        }
        page.paragraph("", "", step.text.get(lang), None);
        page.blank();
        page.step_details("", step, guide, catalog, false);
    }
    page.out
}

/// Which way to take through a method that has several: its title and summary above them.
pub fn choose_route(guide: &Guide, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", guide.title.get(opts.lang), Some(Role::Title));
    page.paragraph("", "", guide.summary.get(opts.lang), None);
    page.blank();
    page.paragraph("", "", page.words.choose_route, None);
    page.out
}

/// A way through a method, as a menu item: its title and where it is done.
pub fn route_line(guide: &Guide, route: usize, lang: Lang, width: Option<usize>) -> String {
    let w = words(lang);
    let line = match guide.routes.get(route) {
        Some(way) => match &way.title {
            Some(title) => format!("{} ({})", title.get(lang), w.place(way.place)),
            None => w.place(way.place).to_string(),
        },
        None => String::new(),
    };
    fit(&line, width).into_owned()
}

/// `done` of `total` as a bar `width` characters long.
pub fn progress_bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width)
        .checked_div(total)
        .unwrap_or(width)
        .min(width);
    let mut bar = "━".repeat(filled);
    bar.push_str(&"─".repeat(width - filled));
    bar
}

/// A topic of the menu: its title, its paragraphs and where they come from.
pub fn topic(topic: &Topic, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", topic.title.get(opts.lang), Some(Role::Title));
    for paragraph in topic.paragraphs.iter() {
        page.blank();
        page.paragraph("", "", paragraph.get(opts.lang), None);
    }
    page.sources(&topic.sources, topic.reviewed);
    page.out
}

/// It worked: say so, how not to save a card next time (after removing one), and where the
/// guide's facts, and those of that advice, come from.
pub fn finished(guide: &Guide, prevent: Option<&Topic>, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let done = page.words.outcome(guide.kind).done;
    page.paragraph("", "", done, Some(Role::Good));
    let mut sources = all_sources(guide);
    if let Some(prevent) = prevent {
        page.heading(prevent.title.get(opts.lang));
        for paragraph in prevent.paragraphs.iter() {
            page.paragraph("", "", paragraph.get(opts.lang), None);
        }
        for source in prevent.sources.iter() {
            if !sources
                .iter()
                .any(|s| s.title == source.title && s.url == source.url)
            {
                sources.push(source.clone());
            }
        }
    }
    page.sources(&sources, guide.reviewed);
    page.out
}

/// It did not work: the guide's troubleshooting notes, and where they come from.
pub fn not_done(guide: &Guide, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let w = page.words;
    page.paragraph("", "", w.outcome(guide.kind).not_done, Some(Role::Title));
    page.bullets(
        w.troubleshooting,
        "  • ",
        guide.troubleshooting.iter().map(|t| t.get(opts.lang)),
        None,
    );
    page.sources(&all_sources(guide), guide.reviewed);
    page.blank();
    if guide.fallbacks.is_empty() {
        page.paragraph("", "", w.no_fallbacks, None);
    }
    page.out
}

/// The question before opening a link, with the whole address to check.
pub fn open_question(url: &str, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.blank();
    page.paragraph("", "", page.words.open_confirm, Some(Role::Title));
    page.raw_line("  ", url, Some(Role::Url));
    page.out
}

/// A message under a screen, with an address to copy when there is one.
pub fn status(message: &str, url: Option<&str>, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", message, Some(Role::Warning));
    if let Some(url) = url {
        page.raw_line("  ", url, Some(Role::Url));
    }
    page.out
}

/// A question of "Help me choose": which one of how many there can be, the answers given so
/// far, then the question.
pub fn question(text: &str, answers: &Answers, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let w = page.words;
    page.paragraph("", "", w.help_me_choose, Some(Role::Title));
    if let Some(progress) = choose::progress(answers) {
        let counter = w
            .question_of
            .replace("{n}", &progress.number.to_string())
            .replace("{m}", &progress.of.to_string());
        page.raw_line("", &counter, Some(Role::Dim));
    }
    let given: Vec<String> = answers
        .given()
        .into_iter()
        .map(|(question, yes)| {
            let (asked, answer) = match question {
                Question::LoggedIn => (w.answered_logged_in, if yes { w.yes } else { w.no }),
                Question::Device => (w.where_, if yes { w.computer_short } else { w.phone_short }),
            };
            format!("{asked}: {}", answer.to_lowercase())
        })
        .collect();
    page.bullets(
        w.your_answers,
        "  • ",
        given.iter().map(String::as_str),
        None,
    );
    page.blank();
    page.paragraph("", "", text, None);
    page.out
}

/// The method "Help me choose" recommends, why, what to try second, and that no source
/// describes aliexpress.ru.
pub fn recommendation(
    guide: &Guide,
    reason: &str,
    second: Option<&Guide>,
    opts: &Options,
) -> String {
    let mut page = Page::new(opts);
    let lang = opts.lang;
    let w = page.words;
    let head = format!("{}: {}", w.recommended, guide.title.get(lang));
    page.paragraph("", "", &head, Some(Role::Title));
    page.blank();
    page.paragraph("", "", reason, None);
    page.blank();
    page.paragraph("", "", guide.summary.get(lang), None);
    if let Some(second) = second {
        page.blank();
        page.paragraph("", "", w.second_choice, None);
        let line = menu_line(second, lang, true, None);
        page.paragraph("  ", "  ", &line, None);
    }
    page.blank();
    page.paragraph("", "", w.site_note, Some(Role::Dim));
    page.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{Catalog, topic as builtin_topic};

    fn options(lang: Lang, width: Option<usize>) -> Options {
        Options {
            lang,
            color: false,
            hyperlinks: false,
            width,
        }
    }

    #[test]
    fn the_bar_fills_in_proportion() {
        assert_eq!(progress_bar(1, 4, 8), "━━──────");
        assert_eq!(progress_bar(4, 4, 8), "━━━━━━━━");
        assert_eq!(progress_bar(0, 0, 4), "━━━━");
    }

    #[test]
    fn the_first_step_says_what_is_needed_first() {
        let catalog = Catalog::builtin();
        let guide = catalog.get("direct-link").unwrap();
        insta::assert_snapshot!(
            "first_step_en",
            step(guide, 0, 0, &catalog, &options(Lang::En, Some(60)))
        );
    }

    #[test]
    fn the_first_step_of_a_current_method_has_no_outdated_note() {
        let catalog = Catalog::builtin();
        let guide = catalog.get("replace-card").unwrap();
        assert!(guide.outdated.is_none() && guide.unverified.is_none());
        insta::assert_snapshot!(
            "first_step_ru",
            step(guide, 0, 0, &catalog, &options(Lang::Ru, Some(60)))
        );
    }

    #[test]
    fn a_step_with_a_link_shows_its_domain_plainly() {
        let catalog = Catalog::builtin();
        let guide = catalog.get("direct-link").unwrap();
        insta::assert_snapshot!(
            "step_with_links_ru",
            step(guide, 0, 1, &catalog, &options(Lang::Ru, Some(60)))
        );
    }

    #[test]
    fn at_forty_columns_nothing_is_wider_than_the_terminal_but_addresses() {
        let catalog = Catalog::builtin();
        for guide in catalog.guides() {
            for lang in [Lang::En, Lang::Ru] {
                for (route, way) in guide.routes.iter().enumerate() {
                    for index in 0..way.steps.len() {
                        let screen = step(guide, route, index, &catalog, &options(lang, Some(40)));
                        for line in screen.lines().filter(|l| !l.contains("https://")) {
                            assert!(display_width(line) <= 40, "{}: {line}", guide.id);
                        }
                    }
                }
                let line = menu_line(guide, lang, true, Some(38));
                assert!(display_width(&line) <= 38, "{line}");
            }
        }
    }

    #[test]
    fn a_question_says_which_it_is_and_the_answers_so_far() {
        let first = question("Q?", &Answers::default(), &options(Lang::En, Some(60)));
        assert_eq!(first, "Help me choose\nQuestion 1 of 2\n\nQ?\n");
        let answers = Answers::default().with(Question::LoggedIn, false);
        insta::assert_snapshot!(
            "second_question_ru",
            question(
                words(Lang::Ru).ask_device,
                &answers,
                &options(Lang::Ru, Some(60))
            )
        );
    }

    #[test]
    fn a_recommendation_names_a_second_choice_and_the_russian_site() {
        let catalog = Catalog::builtin();
        let answers = Answers::default()
            .with(Question::LoggedIn, true)
            .with(Question::Device, true);
        let r = choose::next(&answers).unwrap();
        let guide = catalog.get(r.method).unwrap();
        let second = catalog.get(r.second().0);
        assert!(second.is_some());
        insta::assert_snapshot!(
            "recommendation_en",
            recommendation(
                guide,
                words(Lang::En).reason_logged_in,
                second,
                &options(Lang::En, Some(70))
            )
        );
    }

    #[test]
    fn the_end_screens_tell_what_comes_next() {
        let catalog = Catalog::builtin();
        let guide = catalog.get("mobile-app").unwrap();
        let prevent = builtin_topic("prevent-saving");
        insta::assert_snapshot!(
            "finished_en",
            finished(guide, prevent, &options(Lang::En, Some(70)))
        );
        insta::assert_snapshot!("not_gone_ru", not_done(guide, &options(Lang::Ru, Some(70))));
    }
}
