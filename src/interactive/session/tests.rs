//! Tests of `session`.
use super::*;
use crate::guide::ranking::{Site, Why};
use crate::interactive::choose::Pick;

fn step(method: &str, route: usize, index: usize) -> Screen {
    Screen::Step {
        method: method.to_string(),
        route,
        index,
    }
}

fn done(method: &str, route: usize) -> Screen {
    Screen::Done {
        method: method.to_string(),
        route,
    }
}

fn walk_to_the_end(session: &mut Session, steps: usize) {
    for _ in 0..steps {
        session.handle(Event::Next);
    }
}

#[test]
fn a_method_is_walked_forward_and_back_to_the_question_at_the_end() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::Start("direct-link".into()));
    assert_eq!(session.screen(), &step("direct-link", 0, 0));
    session.handle(Event::Previous);
    assert_eq!(
        session.screen(),
        &step("direct-link", 0, 0),
        "no step before the first"
    );
    session.handle(Event::Next);
    session.handle(Event::Next);
    session.handle(Event::Previous);
    assert_eq!(session.screen(), &step("direct-link", 0, 1));
    walk_to_the_end(&mut session, 3);
    assert_eq!(session.screen(), &done("direct-link", 0));
    session.handle(Event::Previous);
    assert_eq!(session.screen(), &step("direct-link", 0, 3));
    session.handle(Event::Next);
    session.handle(Event::Answer(true));
    assert_eq!(
        session.screen(),
        &Screen::Finished {
            method: "direct-link".into()
        }
    );
    // The end is a screen with what comes next, not the end of the program.
    session.handle(Event::Next);
    assert!(!session.ended);
    session.handle(Event::ShowSources);
    assert_eq!(
        session.screen(),
        &Screen::Sources {
            method: "direct-link".into()
        }
    );
    session.handle(Event::Menu);
    assert_eq!(session.screen(), &Screen::Menu);
}

#[test]
fn esc_goes_back_exactly_one_level_down_to_the_menu() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::Start("aliexpress-payments".into()));
    session.handle(Event::StartRoute("aliexpress-payments".into(), 1));
    session.handle(Event::Next);
    session.handle(Event::ShowAllSteps);
    let expected = [
        step("aliexpress-payments", 1, 1),
        step("aliexpress-payments", 1, 0),
        Screen::ChooseRoute {
            method: "aliexpress-payments".into(),
            place: None,
        },
        Screen::Menu,
        Screen::Menu,
    ];
    for screen in expected {
        session.handle(Event::Back);
        assert_eq!(session.screen(), &screen);
    }
    assert!(session.at_top());
    assert!(!session.ended, "Esc at the first menu does not quit");
}

#[test]
fn in_walk_esc_from_the_first_step_leads_to_the_menu() {
    let catalog = Catalog::builtin();
    let mut session = Session::walking(&catalog, Lang::En, "mobile-app");
    session.handle(Event::Next);
    session.handle(Event::Back);
    assert_eq!(session.screen(), &step("mobile-app", 0, 0));
    session.handle(Event::Back);
    assert_eq!(session.screen(), &Screen::Menu);
    assert!(session.at_top());
    let mut session = Session::walking(&catalog, Lang::En, "mobile-app");
    session.handle(Event::Menu);
    assert_eq!(session.screen(), &Screen::Menu);
}

#[test]
fn a_method_with_several_ways_asks_which_unless_the_menu_said() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::Start("aliexpress-payments".into()));
    assert_eq!(
        session.screen(),
        &Screen::ChooseRoute {
            method: "aliexpress-payments".into(),
            place: None
        }
    );
    session.handle(Event::StartRoute("aliexpress-payments".into(), 1));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
    walk_to_the_end(&mut session, 5);
    assert_eq!(session.screen(), &done("aliexpress-payments", 1));
    session.handle(Event::Menu);
    session.handle(Event::StartRoute("aliexpress-payments".into(), 1));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
}

/// From the menu's groups: a method with one way in the place starts it; one with several
/// there asks which of those, best first.
#[test]
fn a_method_started_in_a_place_offers_only_its_ways_there() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::StartIn(
        "aliexpress-payments".into(),
        Place::ComputerBrowser,
    ));
    assert_eq!(session.screen(), &step("aliexpress-payments", 0, 0));
    session.handle(Event::Menu);
    session.handle(Event::StartIn(
        "aliexpress-payments".into(),
        Place::PhoneApp,
    ));
    assert_eq!(
        session.screen(),
        &Screen::ChooseRoute {
            method: "aliexpress-payments".into(),
            place: Some(Place::PhoneApp)
        }
    );
    session.handle(Event::Menu);
    session.handle(Event::StartIn("mobile-app".into(), Place::PhoneApp));
    assert_eq!(session.screen(), &step("mobile-app", 0, 0));
}

/// After "No": the method's other ways first (the app after the website), then the other
/// methods done in the same place, then the rest; add-card offers its other ways too.
#[test]
fn a_route_that_did_not_work_offers_the_methods_other_routes_then_the_others() {
    let catalog = Catalog::builtin();
    let session = Session::at_menu(&catalog, Lang::En);
    assert_eq!(
        session.next_after("aliexpress-payments", 0),
        [
            ("aliexpress-payments", 1),
            ("aliexpress-payments", 2),
            ("direct-link", 0),
            ("mobile-site", 0),
            ("alipay-web", 0),
            ("mobile-app", 0),
        ]
    );
    assert_eq!(
        session.next_after("mobile-app", 0),
        [
            ("aliexpress-payments", 1),
            ("direct-link", 0),
            ("mobile-site", 0),
            ("alipay-web", 0),
        ]
    );
    assert_eq!(
        session.next_after("alipay-web", 1),
        [
            ("alipay-web", 0),
            ("aliexpress-payments", 0),
            ("direct-link", 0),
            ("mobile-site", 0),
            ("mobile-app", 0),
        ]
    );
    assert_eq!(
        session.next_after("add-card", 0),
        [("add-card", 1), ("add-card", 2)]
    );
    let replace = session.next_after("replace-card", 0);
    assert_eq!(
        replace[0],
        ("add-card", 0),
        "the step that adds comes first"
    );
    assert_eq!(replace.len(), 6);
    for guide in catalog.guides() {
        for route in 0..guide.routes.len() {
            let next = session.next_after(guide.id.as_str(), route);
            assert!(!next.contains(&(guide.id.as_str(), route)), "{}", guide.id);
        }
    }
}

#[test]
fn a_fallback_is_walked_above_the_method_that_did_not_work() {
    let catalog = Catalog::builtin();
    let mut session = Session::walking(&catalog, Lang::En, "mobile-app");
    walk_to_the_end(&mut session, 5);
    session.handle(Event::Answer(false));
    let not_done = Screen::NotDone {
        method: "mobile-app".into(),
        route: 0,
    };
    assert_eq!(session.screen(), &not_done);
    session.handle(Event::StartRoute("mobile-site".into(), 0));
    assert_eq!(session.screen(), &step("mobile-site", 0, 0));
    assert_eq!(session.caller(), None, "a fallback is no hand-over");
    session.handle(Event::Back);
    assert_eq!(session.screen(), &not_done);
    session.handle(Event::Back);
    assert_eq!(session.screen(), &done("mobile-app", 0));
}

#[test]
fn a_step_handed_over_to_another_method_goes_on_when_that_one_is_done() {
    let catalog = Catalog::builtin();
    let mut session = Session::walking(&catalog, Lang::En, "replace-card");
    assert_eq!(session.caller(), None);
    // Esc from a method handed over to comes back to the step.
    session.handle(Event::HandOver("add-card".into()));
    assert_eq!(
        session.screen(),
        &Screen::ChooseRoute {
            method: "add-card".into(),
            place: None
        }
    );
    assert_eq!(session.caller(), Some("replace-card"));
    session.handle(Event::Back);
    assert_eq!(session.screen(), &step("replace-card", 0, 0));
    session.handle(Event::HandOver("add-card".into()));
    session.handle(Event::StartRoute("add-card".into(), 0));
    walk_to_the_end(&mut session, 4);
    session.handle(Event::Answer(true));
    assert_eq!(session.caller(), Some("replace-card"));
    session.handle(Event::Next);
    assert_eq!(session.screen(), &step("replace-card", 0, 1));
    assert!(!session.ended);
    session.handle(Event::HandOver("mobile-app".into()));
    assert_eq!(session.screen(), &step("mobile-app", 0, 0));
    walk_to_the_end(&mut session, 5);
    session.handle(Event::Answer(true));
    session.handle(Event::Next);
    assert_eq!(session.screen(), &done("replace-card", 0));
    session.handle(Event::Answer(true));
    assert_eq!(session.caller(), None);
}

#[test]
fn a_link_is_asked_about_then_the_step_comes_back() {
    let catalog = Catalog::builtin();
    let mut session = Session::walking(&catalog, Lang::En, "direct-link");
    session.handle(Event::Next);
    session.handle(Event::OpenLink("https://intl.alipay.com/".into()));
    assert_eq!(
        session.screen(),
        &Screen::OpenLink {
            url: "https://intl.alipay.com/".into()
        }
    );
    session.handle(Event::Answer(true));
    assert_eq!(session.screen(), &step("direct-link", 0, 1));
}

#[test]
fn help_me_choose_asks_then_starts_the_recommended_way_and_esc_retraces() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::HelpMeChoose);
    assert_eq!(
        session.screen(),
        &Screen::Question {
            question: Question::Site,
            answers: Answers::default()
        }
    );
    // A reply to another question means nothing here.
    session.handle(Event::Reply(Reply::Refund(false)));
    assert!(matches!(
        session.screen(),
        Screen::Question {
            question: Question::Site,
            ..
        }
    ));
    session.handle(Event::Reply(Reply::Site(Some(Site::Com))));
    session.handle(Event::Reply(Reply::Device(Place::PhoneApp)));
    session.handle(Event::Reply(Reply::Refund(false)));
    assert_eq!(
        session.screen(),
        &Screen::Recommendation(Recommendation {
            first: Pick {
                method: "aliexpress-payments",
                route: 1
            },
            why: Why::AppWallet,
            second: Some(Pick {
                method: "aliexpress-payments",
                route: 2
            }),
            caution_first: false,
            site: Some(Site::Com),
        })
    );
    session.handle(Event::Answer(true));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
    session.handle(Event::Back);
    for question in [Question::Refund, Question::Device, Question::Site] {
        session.handle(Event::Back);
        assert!(
            matches!(session.screen(), Screen::Question { question: q, .. } if *q == question),
            "{:?}",
            session.screen()
        );
    }
    session.handle(Event::Back);
    assert_eq!(session.screen(), &Screen::Menu);
}

fn recommended(site: Option<Site>, place: Place, refund: bool) -> Session<'static> {
    let catalog = Box::leak(Box::new(Catalog::builtin()));
    let mut session = Session::at_menu(catalog, Lang::En);
    session.handle(Event::HelpMeChoose);
    session.handle(Event::Reply(Reply::Site(site)));
    session.handle(Event::Reply(Reply::Device(place)));
    session.handle(Event::Reply(Reply::Refund(refund)));
    assert!(matches!(session.screen(), Screen::Recommendation(_)));
    session
}

#[test]
fn the_second_choice_can_be_started_instead() {
    let mut session = recommended(Some(Site::Ru), Place::ComputerBrowser, false);
    session.handle(Event::StartRoute("direct-link".into(), 0));
    assert_eq!(session.screen(), &step("direct-link", 0, 0));
    session.handle(Event::Back);
    assert!(matches!(session.screen(), Screen::Recommendation(_)));
}

#[test]
fn waiting_for_a_refund_the_caution_can_be_read_first() {
    let mut session = recommended(None, Place::PhoneApp, true);
    session.handle(Event::OpenTopic(crate::guide::REFUND_CAUTION));
    assert_eq!(session.screen(), &Screen::Topic("refund-caution"));
    session.handle(Event::Back);
    session.handle(Event::Answer(true));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
}

#[test]
fn declining_the_recommendation_returns_to_the_menu() {
    let mut session = recommended(Some(Site::Com), Place::ComputerBrowser, false);
    session.handle(Event::Answer(false));
    assert_eq!(session.screen(), &Screen::Menu);
}

#[test]
fn the_menu_is_reachable_from_deep_inside_and_the_language_can_switch() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::SwitchLanguage);
    assert_eq!(session.lang, Lang::Ru);
    session.handle(Event::OpenTopic("why-remove"));
    assert_eq!(session.screen(), &Screen::Topic("why-remove"));
    session.handle(Event::Menu);
    session.handle(Event::Start("no-such-method".into()));
    assert_eq!(session.screen(), &Screen::Menu);
    session.handle(Event::Quit);
    assert!(session.ended);
}
