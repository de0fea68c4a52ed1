//! Where the user is in the interactive session, and where each choice takes them.
//!
//! This is pure state: the terminal side (`super`) shows the current screen, turns the user's
//! choice into an `Event`, and hands it here. Screens form a stack, each screen above the one
//! it was reached from, so that Esc always goes back exactly one level: to the previous step,
//! the previous question, the route chosen, and at last the menu; and a method walked for a step
//! of another (removing the old card while replacing it) returns to that step when it is done.

use super::choose::{self, Answers, Next, Question, Recommendation, Reply};
use guide_format::{Lang, Place};

use crate::guide::Catalog;
use crate::guide::ranking;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Screen {
    /// The methods and the other choices.
    Menu,
    /// A topic, such as why to remove a saved card.
    Topic(&'static str),
    /// Which route through a method that has several: those done in `place`, or all.
    ChooseRoute {
        method: String,
        place: Option<Place>,
    },
    /// One step of one route through a method; `index` counts from 0.
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
    /// It did not work: what to check, and the other routes and methods to try.
    NotDone { method: String, route: usize },
    /// A question of "Help me choose".
    Question {
        question: Question,
        answers: Answers,
    },
    /// The method "Help me choose" recommends, offered to start.
    Recommendation(Recommendation),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Event {
    /// Start a method; one with several routes first asks which.
    Start(String),
    /// Start a method on a computer or a phone: its route there, or the choice of its routes
    /// there.
    StartIn(String, Place),
    /// Start one route through a method.
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
    /// Yes or no to a question: did it work, start the recommended method, open the link.
    Answer(bool),
    /// A reply to a question of "Help me choose".
    Reply(Reply),
    /// Back one level (Esc).
    Back,
    /// Back to the menu, from anywhere, also when the session began with a method.
    Menu,
    Quit,
}

/// How far the user got in the method they walked last: what the walkthrough leaves on the
/// shell's screen when it ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Walked {
    pub(crate) method: String,
    /// The step shown last, counting from 1, of how many; `None` once every step was done.
    pub(crate) step: Option<(usize, usize)>,
    /// The answer to whether it worked, once given.
    pub(crate) worked: Option<bool>,
}

#[derive(Clone, Debug)]
pub(crate) struct Session<'c> {
    catalog: &'c Catalog,
    stack: Vec<Screen>,
    pub(crate) lang: Lang,
    /// Whether the user has left: quit, or Ctrl-C.
    pub(crate) ended: bool,
    /// How far the user got in the method walked last, if they started one.
    pub(crate) walked: Option<Walked>,
}

impl<'c> Session<'c> {
    /// A session that opens on the menu.
    pub(crate) fn at_menu(catalog: &'c Catalog, lang: Lang) -> Session<'c> {
        Session {
            catalog,
            stack: vec![Screen::Menu],
            lang,
            ended: false,
            walked: None,
        }
    }

    /// A session that opens on `method` (`unlink-guide walk`); going back from its first
    /// screen leads to the menu.
    pub(crate) fn walking(catalog: &'c Catalog, lang: Lang, method: &str) -> Session<'c> {
        let mut session = Session {
            catalog,
            stack: Vec::new(),
            lang,
            ended: false,
            walked: None,
        };
        session.stack.push(session.start(method.to_string(), None));
        session.note_progress();
        session
    }

    pub(crate) fn screen(&self) -> &Screen {
        self.stack.last().unwrap_or(&Screen::Menu)
    }

    /// Whether the current screen is the first menu, where there is nothing to go back to.
    pub(crate) fn at_top(&self) -> bool {
        self.stack.len() <= 1 && self.screen() == &Screen::Menu
    }

    /// The method whose step handed over to the current one, if one did: the step just
    /// under the current method's first screen.
    pub(crate) fn caller(&self) -> Option<&str> {
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

    /// What to try when `route` of `method` did not work, in the one ranking: the method's
    /// other routes, then the other methods, those done in the same place first.
    pub(crate) fn next_after(&self, method: &str, route: usize) -> Vec<(&'c str, usize)> {
        let Some(guide) = self.catalog.get(method) else {
            return Vec::new();
        };
        ranking::next_after(self.catalog, guide, route)
            .into_iter()
            .map(|next| (next.guide.id.as_str(), next.route))
            .collect()
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

    /// The first screen of `method` (done in `place`, when given): its only route's first
    /// step there, or the choice of its routes there.
    fn start(&self, method: String, place: Option<Place>) -> Screen {
        let routes = match self.catalog.get(&method) {
            Some(guide) => ranking::routes(self.catalog, guide, place),
            None => Vec::new(),
        };
        match routes[..] {
            [route] => Screen::Step {
                method,
                route,
                index: 0,
            },
            [] if place.is_some() => self.start(method, None),
            _ => Screen::ChooseRoute { method, place },
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

    /// Whether `screen` is the current one or under it, to come back to.
    pub(crate) fn holds(&self, screen: &Screen) -> bool {
        self.stack.contains(screen)
    }

    pub(crate) fn handle(&mut self, event: Event) {
        self.carry_out(event);
        self.note_progress();
    }

    /// Keeps `walked` up to date with the screen now shown.
    fn note_progress(&mut self) {
        let (method, step, worked) = match self.screen() {
            Screen::Step {
                method,
                route,
                index,
            } => (
                method,
                Some((index + 1, self.steps_in(method, *route))),
                None,
            ),
            Screen::Done { method, .. } => (method, None, None),
            Screen::Finished { method } => (method, None, Some(true)),
            Screen::NotDone { method, .. } => (method, None, Some(false)),
            _ => return,
        };
        self.walked = Some(Walked {
            method: method.clone(),
            step,
            worked,
        });
    }

    fn carry_out(&mut self, event: Event) {
        match event {
            Event::Quit => return self.ended = true,
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
                let first = self.start(method, None);
                self.stack.push(first);
            }
            (Screen::Menu, Event::StartIn(method, place)) if known(&method) => {
                let first = self.start(method, Some(place));
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
            (Screen::ChooseRoute { method, .. }, Event::StartRoute(chosen, route))
                if chosen == method && route < self.routes_of(&method) =>
            {
                self.stack.push(Screen::Step {
                    method,
                    route,
                    index: 0,
                });
            }
            (Screen::Step { .. }, Event::HandOver(method)) if known(&method) => {
                let first = self.start(method, None);
                self.stack.push(first);
            }
            (Screen::Menu, Event::HelpMeChoose) => {
                let answers = Answers::default();
                if let Next::Ask(question) = choose::next(self.catalog, &answers) {
                    self.stack.push(Screen::Question { question, answers });
                }
            }
            (
                Screen::Menu | Screen::Finished { .. } | Screen::Recommendation(_),
                Event::OpenTopic(topic),
            ) => self.stack.push(Screen::Topic(topic)),
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
                | Screen::NotDone { method, .. },
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
            (Screen::Done { method, route }, Event::Answer(false)) => {
                self.stack.push(Screen::NotDone { method, route });
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
            (Screen::Question { question, answers }, Event::Reply(reply))
                if reply.question() == question =>
            {
                let answers = answers.with(reply);
                match choose::next(self.catalog, &answers) {
                    Next::Recommend(recommendation) => {
                        self.stack.push(Screen::Recommendation(recommendation))
                    }
                    Next::NoRoute => {}
                    Next::Ask(question) => self.stack.push(Screen::Question { question, answers }),
                }
            }
            (Screen::Recommendation(r), Event::Answer(true))
                if self.steps_in(r.first.method, r.first.route) > 0 =>
            {
                self.stack.push(Screen::Step {
                    method: r.first.method.to_string(),
                    route: r.first.route,
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
        Screen::ChooseRoute { method, .. }
        | Screen::Step { method, .. }
        | Screen::AllSteps { method }
        | Screen::Sources { method }
        | Screen::Done { method, .. }
        | Screen::Finished { method }
        | Screen::NotDone { method, .. } => Some(method),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
