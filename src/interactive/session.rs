//! Where the user is in the interactive session, and where each choice takes them.
//!
//! This is pure state: the terminal side (`super`) shows the current screen, turns the user's
//! choice into an `Event`, and hands it here. Screens form a stack, so that Esc always goes
//! back exactly one level.

use super::choose::{self, Answers, Question, Recommendation};
use crate::guide::{Catalog, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The methods and the other choices.
    Menu,
    /// A topic, such as why to remove a saved card.
    Topic(&'static str),
    /// One step of a method; `index` counts from 0.
    Step { method: String, index: usize },
    /// Every step of a method at once, opened from `index`.
    AllSteps { method: String, index: usize },
    /// After the last step: is the card gone?
    CardGone { method: String },
    /// The card is gone: how not to save one again, and where the guide comes from.
    Finished { method: String },
    /// The card is still there: what to check, and other methods to try.
    NotGone { method: String },
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
    /// Start a method from its first step.
    Start(String),
    HelpMeChoose,
    OpenTopic(&'static str),
    SwitchLanguage,
    Next,
    Previous,
    ShowAllSteps,
    /// Yes or no to a question: the card is gone, the answer of "Help me choose", start the
    /// recommended method. For the question of computer or phone, yes means computer.
    Answer(bool),
    /// Back one level (Esc).
    Back,
    /// Back to the menu, from anywhere.
    Menu,
    Quit,
}

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The user left: quit, or Esc from the first screen.
    Left,
    /// The card is gone and the user has read what to do next time.
    Done,
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
        Session::with(catalog, lang, Screen::Menu)
    }

    /// A session that opens on the first step of `method` (`unlink-guide walk`); leaving the
    /// method ends it.
    pub fn walking(catalog: &'c Catalog, lang: Lang, method: &str) -> Session<'c> {
        let first = Screen::Step {
            method: method.to_string(),
            index: 0,
        };
        Session::with(catalog, lang, first)
    }

    fn with(catalog: &'c Catalog, lang: Lang, screen: Screen) -> Session<'c> {
        Session {
            catalog,
            stack: vec![screen],
            lang,
            end: None,
        }
    }

    pub fn screen(&self) -> &Screen {
        self.stack.last().unwrap_or(&Screen::Menu)
    }

    /// Whether the menu is somewhere below the current screen, to go back to.
    pub fn has_menu(&self) -> bool {
        self.stack.first() == Some(&Screen::Menu) && self.stack.len() > 1
    }

    fn steps_in(&self, method: &str) -> usize {
        self.catalog.get(method).map_or(0, |g| g.steps.len())
    }

    fn replace(&mut self, screen: Screen) {
        self.stack.pop();
        self.stack.push(screen);
    }

    fn back(&mut self) {
        self.stack.pop();
        if self.stack.is_empty() {
            self.end = Some(End::Left);
        }
    }

    pub fn handle(&mut self, event: Event) {
        match event {
            Event::Quit => return self.end = Some(End::Left),
            Event::Back => return self.back(),
            Event::Menu => {
                self.stack.truncate(1);
                if self.stack.first() != Some(&Screen::Menu) {
                    self.end = Some(End::Left);
                }
                return;
            }
            Event::SwitchLanguage => {
                self.lang = match self.lang {
                    Lang::Ru => Lang::En,
                    Lang::En => Lang::Ru,
                };
                return;
            }
            _ => {}
        }
        match (self.screen().clone(), event) {
            (Screen::Menu | Screen::NotGone { .. }, Event::Start(method))
                if self.catalog.get(&method).is_some() =>
            {
                let step = Screen::Step { method, index: 0 };
                if self.screen() == &Screen::Menu {
                    self.stack.push(step);
                } else {
                    self.replace(step);
                }
            }
            (Screen::Menu, Event::HelpMeChoose) => self.stack.push(Screen::Question {
                question: Question::Device,
                answers: Answers::default(),
            }),
            (Screen::Menu, Event::OpenTopic(topic)) => self.stack.push(Screen::Topic(topic)),
            (Screen::Step { method, index }, Event::Next) => {
                if index + 1 < self.steps_in(&method) {
                    self.replace(Screen::Step {
                        method,
                        index: index + 1,
                    });
                } else {
                    self.replace(Screen::CardGone { method });
                }
            }
            (Screen::Step { method, index }, Event::Previous) if index > 0 => {
                self.replace(Screen::Step {
                    method,
                    index: index - 1,
                });
            }
            (Screen::Step { method, index }, Event::ShowAllSteps) => {
                self.stack.push(Screen::AllSteps { method, index });
            }
            (Screen::CardGone { method }, Event::Answer(true)) => {
                self.replace(Screen::Finished { method });
            }
            (Screen::CardGone { method }, Event::Answer(false)) => {
                self.replace(Screen::NotGone { method });
            }
            (Screen::CardGone { method }, Event::Previous) => {
                let index = self.steps_in(&method).saturating_sub(1);
                self.replace(Screen::Step { method, index });
            }
            (Screen::Finished { .. }, Event::Next) => self.end = Some(End::Done),
            (Screen::Question { question, answers }, Event::Answer(yes)) => {
                let answers = answers.with(question, yes);
                self.replace(match choose::next(&answers) {
                    Ok(recommendation) => Screen::Recommendation(recommendation),
                    Err(question) => Screen::Question { question, answers },
                });
            }
            (Screen::Recommendation(r), Event::Answer(true)) => {
                self.replace(Screen::Step {
                    method: r.method.to_string(),
                    index: 0,
                });
            }
            (Screen::Recommendation(_), Event::Answer(false)) => self.back(),
            // Anything else means nothing on this screen: stay.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interactive::choose::Reason;

    fn step(method: &str, index: usize) -> Screen {
        Screen::Step {
            method: method.to_string(),
            index,
        }
    }

    #[test]
    fn a_method_is_walked_forward_and_back_to_the_question_at_the_end() {
        let catalog = Catalog::builtin();
        let mut session = Session::at_menu(&catalog, Lang::En);
        session.handle(Event::Start("direct-link".into()));
        assert_eq!(session.screen(), &step("direct-link", 0));
        session.handle(Event::Previous);
        assert_eq!(
            session.screen(),
            &step("direct-link", 0),
            "no step before the first"
        );
        session.handle(Event::Next);
        session.handle(Event::Next);
        session.handle(Event::Previous);
        assert_eq!(session.screen(), &step("direct-link", 1));
        for _ in 1..5 {
            session.handle(Event::Next);
        }
        let gone = Screen::CardGone {
            method: "direct-link".into(),
        };
        assert_eq!(session.screen(), &gone);
        session.handle(Event::Previous);
        assert_eq!(session.screen(), &step("direct-link", 4));
        session.handle(Event::Next);
        session.handle(Event::Answer(true));
        session.handle(Event::Next);
        assert_eq!(session.end, Some(End::Done));
    }

    #[test]
    fn a_card_still_there_leads_to_a_fallback_started_in_its_place() {
        let catalog = Catalog::builtin();
        let mut session = Session::walking(&catalog, Lang::En, "mobile-app");
        for _ in 0..5 {
            session.handle(Event::Next);
        }
        session.handle(Event::Answer(false));
        assert_eq!(
            session.screen(),
            &Screen::NotGone {
                method: "mobile-app".into()
            }
        );
        session.handle(Event::Start("mobile-site".into()));
        assert_eq!(session.screen(), &step("mobile-site", 0));
        // Esc from the fallback leaves: it replaced the walk that `walk` started.
        session.handle(Event::Back);
        assert_eq!(session.end, Some(End::Left));
    }

    #[test]
    fn esc_goes_back_exactly_one_level() {
        let catalog = Catalog::builtin();
        let mut session = Session::at_menu(&catalog, Lang::En);
        session.handle(Event::Start("alipay-web".into()));
        session.handle(Event::Next);
        session.handle(Event::ShowAllSteps);
        session.handle(Event::Back);
        assert_eq!(session.screen(), &step("alipay-web", 1));
        assert!(session.has_menu());
        session.handle(Event::Back);
        assert_eq!(session.screen(), &Screen::Menu);
        assert_eq!(session.end, None);
        session.handle(Event::Back);
        assert_eq!(session.end, Some(End::Left));
    }

    #[test]
    fn help_me_choose_asks_then_starts_the_recommendation_on_confirmation() {
        let catalog = Catalog::builtin();
        let mut session = Session::at_menu(&catalog, Lang::En);
        session.handle(Event::HelpMeChoose);
        session.handle(Event::Answer(true)); // a computer
        session.handle(Event::Answer(true)); // logged in
        assert_eq!(
            session.screen(),
            &Screen::Recommendation(Recommendation {
                method: "direct-link",
                reason: Reason::LoggedIn
            })
        );
        session.handle(Event::Answer(true));
        assert_eq!(session.screen(), &step("direct-link", 0));
        session.handle(Event::Back);
        assert_eq!(session.screen(), &Screen::Menu);
    }

    #[test]
    fn declining_the_recommendation_returns_to_the_menu() {
        let catalog = Catalog::builtin();
        let mut session = Session::at_menu(&catalog, Lang::En);
        session.handle(Event::HelpMeChoose);
        session.handle(Event::Answer(false)); // a phone
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
