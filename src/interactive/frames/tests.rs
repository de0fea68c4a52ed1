//! Tests of `frames`.
use super::*;
use crate::guide::Catalog;
use crate::testing::TODAY;

fn options(lang: Lang, width: Option<usize>) -> Options {
    Options {
        lang,
        color: false,
        hyperlinks: false,
        screen_reader: false,
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
            let all: Vec<usize> = (0..guide.routes.len()).collect();
            let label = menu_line(guide, &all, lang, true, TODAY);
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
    let first = question(
        Some("Why."),
        &Answers::default(),
        &options(Lang::En, Some(60)),
    );
    assert_eq!(first, "Help me choose\nQuestion 1 of 3\n\nWhy.\n");
    let answers = Answers::default().with(Reply::Site(None));
    insta::assert_snapshot!(
        "second_question_ru",
        question(
            ask(Question::Device, Lang::Ru).1,
            &answers,
            &options(Lang::Ru, Some(60))
        )
    );
}

/// What "Help me choose" says, for a computer on aliexpress.com (the direct link, which may
/// need registration, and says so) and for a phone user waiting for a refund.
#[test]
fn a_recommendation_says_why_names_a_second_choice_and_what_no_source_describes() {
    let catalog = Catalog::builtin();
    for (name, site, place, refund, lang) in [
        (
            "recommendation_en",
            Some(Site::Com),
            Place::ComputerBrowser,
            false,
            Lang::En,
        ),
        (
            "recommendation_waiting_ru",
            None,
            Place::PhoneApp,
            true,
            Lang::Ru,
        ),
    ] {
        let answers = Answers::default()
            .with(Reply::Site(site))
            .with(Reply::Device(place))
            .with(Reply::Refund(refund));
        let r = choose::tests::recommended(choose::next(&catalog, &answers));
        let first = catalog.get(r.first.method).unwrap();
        let second = r.second.map(|p| (catalog.get(p.method).unwrap(), p.route));
        insta::assert_snapshot!(
            name,
            recommendation(&r, first, second, &options(lang, Some(70)))
        );
    }
}

/// Every route or method that needs Alipay registration says so where it is offered.
#[test]
fn labels_say_when_a_route_needs_alipay_registration() {
    let catalog = Catalog::builtin();
    let alipay = catalog.get("alipay-web").unwrap();
    let direct = catalog.get("direct-link").unwrap();
    let add = catalog.get("add-card").unwrap();
    let payments = catalog.get("aliexpress-payments").unwrap();
    for lang in [Lang::En, Lang::Ru] {
        let w = words(lang);
        let menu = menu_line(alipay, &[0, 1], lang, false, TODAY);
        assert!(menu.detail.contains(w.needs_registration), "{menu:?}");
        let menu = menu_line(direct, &[0], lang, false, TODAY);
        assert!(menu.detail.contains(w.may_need_registration), "{menu:?}");
        // One of add-card's ways needs none: the method does not, but that way does.
        let menu = menu_line(add, &[0, 1, 2], lang, true, TODAY);
        assert!(!menu.detail.contains(w.needs_registration), "{menu:?}");
        assert!(
            route_line(add, 2, lang)
                .detail
                .contains(w.needs_registration)
        );
        assert!(
            !route_line(add, 0, lang)
                .detail
                .contains(w.needs_registration)
        );
        assert!(
            route_item(alipay, 1, lang, TODAY)
                .detail
                .contains(w.needs_registration)
        );
        let item = route_item(payments, 1, lang, TODAY);
        assert!(!item.detail.contains(w.needs_registration));
        assert!(
            item.text.contains(" — "),
            "the method and its way: {item:?}"
        );
    }
}

#[test]
fn the_end_screens_tell_what_comes_next() {
    let catalog = Catalog::builtin();
    let guide = catalog.get("mobile-app").unwrap();
    insta::assert_snapshot!("finished_en", finished(guide, &options(Lang::En, Some(70))));
    insta::assert_snapshot!("not_gone_ru", not_done(guide, &options(Lang::Ru, Some(70))));
}

/// The note left on the shell's screen is wrapped between words to the window, down to the
/// smallest one the walkthrough is drawn in, and the command to read the method whole stays
/// in one piece on a line of its own when it does not fit after its words.
#[test]
fn the_leave_note_fits_the_window_and_keeps_its_command_whole() {
    let catalog = Catalog::builtin();
    let guide = catalog.get("aliexpress-payments").unwrap();
    let command = "unlink-guide show aliexpress-payments";
    for lang in [Lang::Ru, Lang::En] {
        let wide = leave_note(guide, Some((4, 5)), None, &options(lang, Some(100)));
        assert_eq!(wide.lines().count(), 2, "{wide}");
        assert!(wide.lines().nth(1).unwrap().ends_with(command), "{wide}");
        for width in [super::super::menu::MIN_COLUMNS, 40] {
            let note = leave_note(guide, Some((4, 5)), None, &options(lang, Some(width)));
            for line in note.lines().filter(|line| *line != command) {
                assert!(display_width(line) <= width, "{line:?} at {width}");
                assert!(!line.ends_with('…'), "{line:?} was cut");
            }
            assert_eq!(note.lines().last(), Some(command), "{note}");
            let words: Vec<_> = note.split_whitespace().collect();
            let whole: Vec<_> = wide.split_whitespace().collect();
            assert_eq!(words, whole, "the same words, only wrapped");
        }
    }
}
