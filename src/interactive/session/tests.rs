//! Tests of `session`.
use super::*;
use crate::interactive::choose::Reason;
use guide_format::Place;

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
    walk_to_the_end(&mut session, 4);
    assert_eq!(session.screen(), &done("direct-link", 0));
    session.handle(Event::Previous);
    assert_eq!(session.screen(), &step("direct-link", 0, 4));
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
    assert_eq!(session.end, None);
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
        },
        Screen::Menu,
        Screen::Menu,
    ];
    for screen in expected {
        session.handle(Event::Back);
        assert_eq!(session.screen(), &screen);
    }
    assert!(session.at_top());
    assert_eq!(session.end, None, "Esc at the first menu does not quit");
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
            method: "aliexpress-payments".into()
        }
    );
    session.handle(Event::StartRoute("aliexpress-payments".into(), 1));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
    walk_to_the_end(&mut session, 4);
    assert_eq!(session.screen(), &done("aliexpress-payments", 1));
    session.handle(Event::Menu);
    session.handle(Event::StartRoute("aliexpress-payments".into(), 1));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
}

#[test]
fn a_method_that_did_not_work_offers_the_others_most_likely_first() {
    let catalog = Catalog::builtin();
    let session = Session::at_menu(&catalog, Lang::En);
    assert_eq!(
        session.alternatives("alipay-web"),
        [
            "aliexpress-payments",
            "mobile-app",
            "mobile-site",
            "direct-link"
        ]
    );
    assert_eq!(
        session.alternatives("direct-link"),
        [
            "aliexpress-payments",
            "mobile-app",
            "mobile-site",
            "alipay-web"
        ]
    );
    assert_eq!(session.alternatives("add-card"), Vec::<&str>::new());
    for guide in catalog.guides() {
        let others = session.alternatives(guide.id.as_str());
        assert!(!others.contains(&guide.id.as_str()));
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
    };
    assert_eq!(session.screen(), &not_done);
    session.handle(Event::Start("mobile-site".into()));
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
            method: "add-card".into()
        }
    );
    assert_eq!(session.caller(), Some("replace-card"));
    session.handle(Event::Back);
    assert_eq!(session.screen(), &step("replace-card", 0, 0));
    session.handle(Event::HandOver("add-card".into()));
    session.handle(Event::StartRoute("add-card".into(), 1));
    walk_to_the_end(&mut session, 4);
    session.handle(Event::Answer(true));
    assert_eq!(session.caller(), Some("replace-card"));
    session.handle(Event::Next);
    assert_eq!(session.screen(), &step("replace-card", 0, 1));
    assert_eq!(session.end, None);
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
            question: Question::LoggedIn,
            answers: Answers::default()
        }
    );
    session.handle(Event::Answer(true)); // can log in
    session.handle(Event::Answer(false)); // a phone
    assert_eq!(
        session.screen(),
        &Screen::Recommendation(Recommendation {
            method: "aliexpress-payments",
            place: Place::PhoneApp,
            reason: Reason::Phone
        })
    );
    session.handle(Event::Answer(true));
    assert_eq!(session.screen(), &step("aliexpress-payments", 1, 0));
    session.handle(Event::Back);
    session.handle(Event::Back);
    assert!(matches!(
        session.screen(),
        Screen::Question {
            question: Question::Device,
            ..
        }
    ));
    session.handle(Event::Back);
    assert!(matches!(
        session.screen(),
        Screen::Question {
            question: Question::LoggedIn,
            ..
        }
    ));
    session.handle(Event::Back);
    assert_eq!(session.screen(), &Screen::Menu);
}

#[test]
fn the_second_choice_can_be_started_instead() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::HelpMeChoose);
    session.handle(Event::Answer(true)); // can log in
    session.handle(Event::Answer(true)); // a computer
    session.handle(Event::StartRoute("direct-link".into(), 0));
    assert_eq!(session.screen(), &step("direct-link", 0, 0));
    session.handle(Event::Back);
    assert!(matches!(session.screen(), Screen::Recommendation(_)));
}

#[test]
fn declining_the_recommendation_returns_to_the_menu() {
    let catalog = Catalog::builtin();
    let mut session = Session::at_menu(&catalog, Lang::En);
    session.handle(Event::HelpMeChoose);
    session.handle(Event::Answer(true)); // can log in
    session.handle(Event::Answer(true)); // a computer
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
    assert_eq!(session.end, Some(End::Left));
}
