//! Tests of `walk`.
use super::*;
use crate::guide::Catalog;
use crate::testing::TODAY;

fn options(lang: Lang, width: Option<usize>) -> Options {
    Options {
        lang,
        color: false,
        hyperlinks: false,
        width,
        today: TODAY,
    }
}

#[test]
fn the_bar_fills_in_proportion() {
    assert_eq!(progress_bar(1, 4, 8), "━━──────");
    assert_eq!(progress_bar(4, 4, 8), "━━━━━━━━");
    assert_eq!(progress_bar(0, 0, 4), "━━━━");
}

/// Step screens at 60 columns: the first step says what is needed first and, for a current
/// method, carries no outdated note; a step with links shows their domains plainly.
#[test]
fn step_screens() {
    let catalog = Catalog::builtin();
    let current = catalog.get("replace-card").unwrap();
    assert!(current.outdated.is_none() && current.unverified.is_none());
    for (name, id, index, lang) in [
        ("first_step_en", "direct-link", 0, Lang::En),
        ("first_step_ru", "replace-card", 0, Lang::Ru),
        ("step_with_links_ru", "direct-link", 1, Lang::Ru),
    ] {
        let guide = catalog.get(id).unwrap();
        let screen = step(guide, 0, index, &catalog, &options(lang, Some(60)));
        insta::assert_snapshot!(name, screen);
    }
}

#[test]
fn at_forty_columns_nothing_is_wider_than_the_terminal_but_addresses() {
    let catalog = Catalog::builtin();
    for guide in catalog.guides() {
        for lang in [Lang::En, Lang::Ru] {
            for (route, way) in guide.routes.iter().enumerate() {
                for index in 0..way.steps.len() {
                    let screen = step(guide, route, index, &catalog, &options(lang, Some(40)));
                    // The title is one line, which the screen cuts to its width.
                    let below_title = screen.lines().skip(1);
                    for line in below_title.filter(|l| !l.contains("https://")) {
                        assert!(display_width(line) <= 40, "{}: {line}", guide.id);
                    }
                }
            }
            let opts = options(lang, Some(40));
            let label = menu_line(guide, lang, true, TODAY);
            for selected in [false, true] {
                for line in entry_lines(&label, false, Some(1), selected, 40, &opts) {
                    assert!(display_width(&line) <= 40, "{line}");
                }
            }
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
    insta::assert_snapshot!("finished_en", finished(guide, &options(Lang::En, Some(70))));
    insta::assert_snapshot!("not_gone_ru", not_done(guide, &options(Lang::Ru, Some(70))));
}
