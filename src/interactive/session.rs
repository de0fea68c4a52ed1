//! Where the user is in the interactive session, and where each choice takes them.
//!
//! This is pure state: the terminal side (`super`) shows the current screen, turns the user's
//! choice into an `Event`, and hands it here. Screens form a stack, each screen above the one
//! it was reached from, so that Esc always goes back exactly one level: to the previous step,
//! the previous question, the way chosen, and at last the menu; and a method walked for a step
//! of another (removing the old card while replacing it) returns to that step when it is done.

use super::choose::{self, Answers, Question, Recommendation};
use guide_format::{Kind, Lang};

use crate::guide::Catalog;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The methods and the other choices.
    Menu,
    /// A topic, such as why to remove a saved card.
    Topic(&'static str),
    /// Which way through a method that has several.
    ChooseRoute { method: String },
    /// One step of one way through a method; `index` counts from 0.
    Step {
        method: String,
        route: usize,
        index: usize,
    },
    /// Every step of a method at once.
    AllSteps { method: String },
    /// Where a method's facts come from, numbered as its steps cite them.
    Sources { method: String },
    /// Whether to open a step's link in the browser.
    OpenLink { url: String },
    /// After the last step: did it work?
    Done { method: String, route: usize },
    /// It worked: what comes next.
    Finished { method: String },
    /// It did not work: what to check, and the other methods to try.
    NotDone { method: String },
    /// A question of "Help me choose".
    Question {
        question: Question,
        answers: Answers,
    },
    /// The method "Help me choose" recommends, offered to start.
    Recommendation(Recommendation),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Start a method; one with several ways first asks which.
    Start(String),
    /// Start one way through a method.
    StartRoute(String, usize),
    /// Walk another method for the current step, then come back to it.
    HandOver(String),
    HelpMeChoose,
    OpenTopic(&'static str),
    SwitchLanguage,
    Next,
    Previous,
    ShowAllSteps,
    ShowSources,
    /// Ask whether to open a step's link.
    OpenLink(String),
    /// Yes or no to a question: did it work, the answer of "Help me choose", start the
    /// recommended method, open the link. For the question of computer or phone, yes means
    /// computer.
    Answer(bool),
    /// Back one level (Esc).
    Back,
    /// Back to the menu, from anywhere, also when the session began with a method.
    Menu,
    Quit,
}

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The user left: quit, or Ctrl-C.
    Left,
}

#[derive(Debug)]
pub struct Session<'c> {
    catalog: &'c Catalog,
    stack: Vec<Screen>,
    pub lang: Lang,
    pub end: Option<End>,
}

impl<'c> Session<'c> {
    /// A session that opens on the menu.
    pub fn at_menu(catalog: &'c Catalog, lang: Lang) -> Session<'c> {
        Session {
            catalog,
            stack: vec![Screen::Menu],
            lang,
            end: None,
        }
    }

    /// A session that opens on `method` (`unlink-guide walk`); going back from its first
    /// screen leads to the menu.
    pub fn walking(catalog: &'c Catalog, lang: Lang, method: &str) -> Session<'c> {
        let mut session = Session {
            catalog,
            stack: Vec::new(),
            lang,
            end: None,
        };
        session.stack.push(session.start(method.to_string()));
        session
    }

    pub fn screen(&self) -> &Screen {
        self.stack.last().unwrap_or(&Screen::Menu)
    }

    /// Whether the current screen is the first menu, where there is nothing to go back to.
    pub fn at_top(&self) -> bool {
        self.stack.len() <= 1 && self.screen() == &Screen::Menu
    }

    /// The method whose step handed over to the current one, if one did: the step just
    /// under the current method's first screen.
    pub fn caller(&self) -> Option<&str> {
        let current = method_of(self.screen())?;
        let below = self
            .stack
            .iter()
            .rev()
            .find(|screen| method_of(screen) != Some(current))?;
        match below {
            Screen::Step { method, .. } => Some(method),
            _ => None,
        }
    }

    /// The other methods to try when `method` did not work, most likely to work first: the
    /// ones its guide names, then every other method of the same kind, in menu order (where
    /// the newest routes come first).
    pub fn alternatives(&self, method: &str) -> Vec<&'c str> {
        let Some(guide) = self.catalog.get(method) else {
            return Vec::new();
        };
        let mut ids: Vec<&'c str> = Vec::new();
        let named = guide
            .fallbacks
            .iter()
            .filter_map(|id| self.catalog.get(id.as_str()));
        let same_kind = self
            .catalog
            .guides()
            .iter()
            .filter(|g| g.kind == guide.kind && g.kind == Kind::Remove);
        for other in named.chain(same_kind) {
            let id = other.id.as_str();
            if id != method && !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    fn steps_in(&self, method: &str, route: usize) -> usize {
        self.catalog
            .get(method)
            .and_then(|g| g.routes.get(route))
            .map_or(0, |r| r.steps.len())
    }

    fn routes_of(&self, method: &str) -> usize {
        self.catalog.get(method).map_or(0, |g| g.routes.len())
    }

    /// The first screen of `method`: its only way's first step, or the choice of way.
    fn start(&self, method: String) -> Screen {
        if self.routes_of(&method) > 1 {
            Screen::ChooseRoute { method }
        } else {
            Screen::Step {
                method,
                route: 0,
                index: 0,
            }
        }
    }

    /// One level back; from the first screen of `walk`, to the menu. The first menu has
    /// nothing under it: the terminal side offers to quit instead.
    fn back(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        } else if self.screen() != &Screen::Menu {
            self.stack = vec![Screen::Menu];
        }
    }

    /// The step after the current one, or the question whether it worked.
    fn advance(&mut self, method: String, route: usize, index: usize) {
        if index + 1 < self.steps_in(&method, route) {
            self.stack.push(Screen::Step {
                method,
                route,
                index: index + 1,
            });
        } else {
            self.stack.push(Screen::Done { method, route });
        }
    }

    pub fn handle(&mut self, event: Event) {
        match event {
            Event::Quit => return self.end = Some(End::Left),
            Event::Back => return self.back(),
            Event::Menu => return self.stack = vec![Screen::Menu],
            Event::SwitchLanguage => {
                self.lang = match self.lang {
                    Lang::Ru => Lang::En,
                    Lang::En => Lang::Ru,
                };
                return;
            }
            _ => {}
        }
        let known = |method: &str| self.catalog.get(method).is_some();
        match (self.screen().clone(), event) {
            (Screen::Menu | Screen::NotDone { .. }, Event::Start(method)) if known(&method) => {
                let first = self.start(method);
                self.stack.push(first);
            }
            (Screen::Menu | Screen::NotDone { .. }, Event::StartRoute(method, route))
                if route < self.routes_of(&method) =>
            {
                self.stack.push(Screen::Step {
                    method,
                    route,
                    index: 0,
                });
            }
            (Screen::ChooseRoute { method }, Event::StartRoute(chosen, route))
                if chosen == method && route < self.routes_of(&method) =>
            {
                self.stack.push(Screen::Step {
                    method,
                    route,
                    index: 0,
                });
            }
            (Screen::Step { .. }, Event::HandOver(method)) if known(&method) => {
                let first = self.start(method);
                self.stack.push(first);
            }
            (Screen::Menu, Event::HelpMeChoose) => {
                let answers = Answers::default();
                if let Err(question) = choose::next(&answers) {
                    self.stack.push(Screen::Question { question, answers });
                }
            }
            (Screen::Menu | Screen::Finished { .. }, Event::OpenTopic(topic)) => {
                self.stack.push(Screen::Topic(topic))
            }
            (
                Screen::Step {
                    method,
                    route,
                    index,
                },
                Event::Next,
            ) => self.advance(method, route, index),
            (Screen::Step { index, .. }, Event::Previous) if index > 0 => self.back(),
            (Screen::Done { .. }, Event::Previous) => self.back(),
            (Screen::Step { method, .. }, Event::ShowAllSteps) => {
                self.stack.push(Screen::AllSteps { method });
            }
            (
                Screen::Step { method, .. }
                | Screen::AllSteps { method }
                | Screen::Finished { method }
                | Screen::NotDone { method },
                Event::ShowSources,
            ) => self.stack.push(Screen::Sources { method }),
            (Screen::Step { .. }, Event::OpenLink(url)) => {
                self.stack.push(Screen::OpenLink { url });
            }
            // The terminal side has opened the link, or not: back to the step either way.
            (Screen::OpenLink { .. }, Event::Answer(_)) => self.back(),
            (Screen::Done { method, .. }, Event::Answer(true)) => {
                self.stack.push(Screen::Finished { method });
            }
            (Screen::Done { method, .. }, Event::Answer(false)) => {
                self.stack.push(Screen::NotDone { method });
            }
            (Screen::Finished { .. }, Event::Next) => {
                // A method walked for another's step goes on with the step after it.
                let Some(caller) = self.caller().map(str::to_string) else {
                    return;
                };
                while let Some(screen) = self.stack.last() {
                    match screen {
                        Screen::Step { method, .. } if *method == caller => break,
                        _ => self.stack.pop(),
                    };
                }
                if let Some(Screen::Step {
                    method,
                    route,
                    index,
                }) = self.stack.last().cloned()
                {
                    self.advance(method, route, index);
                }
            }
            (Screen::Question { question, answers }, Event::Answer(yes)) => {
                let answers = answers.with(question, yes);
                self.stack.push(match choose::next(&answers) {
                    Ok(recommendation) => Screen::Recommendation(recommendation),
                    Err(question) => Screen::Question { question, answers },
                });
            }
            (Screen::Recommendation(r), Event::Answer(true)) if known(r.method) => {
                let route = self
                    .catalog
                    .get(r.method)
                    .and_then(|g| g.route_in(r.place))
                    .unwrap_or(0);
                self.stack.push(Screen::Step {
                    method: r.method.to_string(),
                    route,
                    index: 0,
                });
            }
            // The second choice, started instead.
            (Screen::Recommendation(_), Event::StartRoute(method, route))
                if self.steps_in(&method, route) > 0 =>
            {
                self.stack.push(Screen::Step {
                    method,
                    route,
                    index: 0,
                });
            }
            (Screen::Recommendation(_), Event::Answer(false)) => self.stack = vec![Screen::Menu],
            // Anything else means nothing on this screen: stay.
            _ => {}
        }
    }
}

/// The method a screen belongs to, if it belongs to one.
fn method_of(screen: &Screen) -> Option<&str> {
    match screen {
        Screen::ChooseRoute { method }
        | Screen::Step { method, .. }
        | Screen::AllSteps { method }
        | Screen::Sources { method }
        | Screen::Done { method, .. }
        | Screen::Finished { method }
        | Screen::NotDone { method } => Some(method),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
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
            session.alternatives("mobile-app"),
            [
                "mobile-site",
                "direct-link",
                "aliexpress-payments",
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
}
