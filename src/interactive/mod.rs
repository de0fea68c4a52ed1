//! The interactive walkthrough: the only part of the program that knows dialoguer.
//!
//! Each turn draws the current screen of the `Session` (text from `render::walk`, then a
//! menu), turns the user's choice into an `Event`, and hands it to the session.

pub mod choose;
pub mod session;

use std::io;

use console::Term;
use dialoguer::Select;
use dialoguer::theme::ColorfulTheme;

use crate::config::Config;
use crate::error::Error;
use guide_format::{Guide, Kind, Lang, Place};

use crate::guide::{Catalog, topic};
use crate::i18n::{Words, words};
use crate::render::{self, Options, walk};
use crate::terminal;
use choose::{Question, Reason};
use session::{Event, Screen, Session};

/// The topics the menu offers beside the methods.
const WHY_REMOVE: &str = "why-remove";
const PREVENT_SAVING: &str = "prevent-saving";

/// Runs a session from the menu, or from the first step of `method`; `notice` (such as guide
/// files that were skipped) is shown on the first screen.
pub fn run(
    catalog: &Catalog,
    config: &Config,
    method: Option<&str>,
    notice: &str,
) -> Result<(), Error> {
    let term = Term::stdout();
    terminal::enter_interactive(config.color);
    let mut session = match method {
        Some(method) => Session::walking(catalog, config.lang, method),
        None => Session::at_menu(catalog, config.lang),
    };
    let mut ui = Ui {
        term: &term,
        catalog,
        color: config.color,
        hyperlinks: config.hyperlinks,
        theme: ColorfulTheme::default(),
        status: None,
    };
    if !notice.is_empty() {
        let opts = ui.options(&session);
        ui.status = Some(walk::status(notice.trim_end(), None, &opts));
    }
    let result = ui.drive(&mut session);
    terminal::leave_interactive(&term);
    result
}

struct Ui<'a> {
    term: &'a Term,
    catalog: &'a Catalog,
    color: bool,
    hyperlinks: bool,
    theme: ColorfulTheme,
    /// What to say once under the next screen, such as the result of opening a link.
    status: Option<String>,
}

impl<'a> Ui<'a> {
    fn drive(&mut self, session: &mut Session) -> Result<(), Error> {
        while session.end.is_none() {
            if let Some(event) = self.turn(session)? {
                session.handle(event);
            }
        }
        Ok(())
    }

    fn options(&self, session: &Session) -> Options {
        Options {
            lang: session.lang,
            color: self.color,
            hyperlinks: self.hyperlinks,
            width: terminal::current_width(self.term),
        }
    }

    /// Draws the current screen and waits for a choice; `None` means draw it again.
    fn turn(&mut self, session: &Session) -> Result<Option<Event>, Error> {
        let opts = self.options(session);
        let lang = session.lang;
        let w = words(lang);
        self.term.clear_screen().map_err(Error::Output)?;
        match session.screen().clone() {
            Screen::Menu => {
                self.print(&walk::menu_intro(&opts))?;
                let choices = self.menu_choices(session, w);
                self.choose(Some(w.menu_prompt), choices, Event::Back, &opts)
            }
            Screen::Topic(id) => {
                if let Some(topic) = topic(id) {
                    self.print(&walk::topic(topic, &opts))?;
                }
                let choices = vec![go(Event::Back, w.back_to_menu), go(Event::Quit, w.quit)];
                self.choose(None, choices, Event::Back, &opts)
            }
            Screen::ChooseRoute { method } => {
                let guide = self.guide(&method)?;
                self.print(&walk::choose_route(guide, &opts))?;
                let mut choices: Vec<(Choice, String)> = (0..guide.routes.len())
                    .map(|r| {
                        let line = walk::route_line(guide, r, lang, item_width(&opts));
                        (Choice::Go(Event::StartRoute(method.clone(), r)), line)
                    })
                    .collect();
                choices.push(go(Event::Quit, w.quit));
                self.choose(None, choices, Event::Back, &opts)
            }
            Screen::Step {
                method,
                route,
                index,
            } => {
                let guide = self.guide(&method)?;
                self.print(&walk::step(guide, route, index, self.catalog, &opts))?;
                let choices = self.step_choices(session, guide, route, index, lang, w);
                self.choose(None, choices, Event::Back, &opts)
            }
            Screen::AllSteps { method } => {
                let guide = self.guide(&method)?;
                self.print(&render::text::show(guide, self.catalog, &opts))?;
                let choices = vec![go(Event::Back, w.back_to_step), go(Event::Quit, w.quit)];
                self.choose(None, choices, Event::Back, &opts)
            }
            Screen::Done { method, .. } => {
                let guide = self.guide(&method)?;
                self.print(&walk::all_done(guide, &opts))?;
                let outcome = w.outcome(guide.kind);
                let choices = vec![
                    go(Event::Answer(true), outcome.yes),
                    go(Event::Answer(false), outcome.no),
                    go(Event::Previous, w.previous_step),
                ];
                // Esc here goes back to the last step.
                self.choose(Some(outcome.question), choices, Event::Previous, &opts)
            }
            Screen::Finished { method } => {
                let guide = self.guide(&method)?;
                let prevent = (guide.kind != Kind::Add)
                    .then(|| topic(PREVENT_SAVING))
                    .flatten();
                self.print(&walk::finished(guide, prevent, &opts))?;
                match session.caller().and_then(|id| self.catalog.get(id)) {
                    Some(caller) => {
                        let next = w.continue_with.replace("{title}", caller.title.get(lang));
                        let choices = vec![go(Event::Next, &next), go(Event::Quit, w.quit)];
                        self.choose(None, choices, Event::Next, &opts)
                    }
                    None => Ok(Some(Event::Next)),
                }
            }
            Screen::NotDone { method } => {
                let guide = self.guide(&method)?;
                self.print(&walk::not_done(guide, &opts))?;
                let mut choices: Vec<(Choice, String)> = guide
                    .fallbacks
                    .iter()
                    .filter_map(|id| self.catalog.get(id.as_str()))
                    .map(|g| {
                        let line = walk::menu_line(g, lang, true, item_width(&opts));
                        (Choice::Go(Event::Start(g.id.to_string())), line)
                    })
                    .collect();
                let prompt = (!choices.is_empty()).then_some(w.try_another);
                if session.has_menu() {
                    choices.push(go(Event::Menu, w.back_to_menu));
                }
                choices.push(go(Event::Quit, w.quit));
                self.choose(prompt, choices, Event::Back, &opts)
            }
            Screen::Question { question, answers } => {
                let (text, yes, no) = match question {
                    Question::Device => (w.ask_device, w.computer, w.phone),
                    Question::LoggedIn => (w.ask_logged_in, w.yes, w.no),
                };
                self.print(&walk::question(text, &answers, &opts))?;
                let choices = vec![go(Event::Answer(true), yes), go(Event::Answer(false), no)];
                self.choose(None, choices, Event::Back, &opts)
            }
            Screen::Recommendation(recommendation) => {
                let guide = self.guide(recommendation.method)?;
                let reason = match recommendation.reason {
                    Reason::Phone => w.reason_phone,
                    Reason::LoggedIn => w.reason_logged_in,
                    Reason::LogInFirst => w.reason_log_in_first,
                };
                let second = self.catalog.get(recommendation.second().0);
                self.print(&walk::recommendation(guide, reason, second, &opts))?;
                let choices = vec![
                    go(Event::Answer(true), w.start_recommended),
                    go(Event::Answer(false), w.back_to_menu),
                ];
                self.choose(None, choices, Event::Back, &opts)
            }
        }
    }

    /// The menu: methods grouped by what they do and where, then the rest. A method with a
    /// way for each place appears in both groups and starts with that way.
    fn menu_choices(&self, session: &Session, w: &Words) -> Vec<(Choice, String)> {
        let lang = session.lang;
        let mut choices = Vec::new();
        let removal = |g: &&Guide| g.kind == Kind::Remove;
        for (header, place) in [
            (w.group_computer, Place::ComputerBrowser),
            (w.group_phone, Place::PhoneApp),
        ] {
            let group: Vec<&Guide> = self
                .catalog
                .guides()
                .iter()
                .filter(removal)
                .filter(|g| g.places().contains(&place))
                .collect();
            if group.is_empty() {
                continue;
            }
            choices.push((Choice::Header, header.to_string()));
            for guide in group {
                let event = match guide.route_in(place) {
                    Some(route) if guide.routes.len() > 1 => {
                        Event::StartRoute(guide.id.to_string(), route)
                    }
                    _ => Event::Start(guide.id.to_string()),
                };
                choices.push((Choice::Go(event), walk::menu_line(guide, lang, false, None)));
            }
        }
        let others: Vec<&Guide> = self
            .catalog
            .guides()
            .iter()
            .filter(|g| g.kind != Kind::Remove)
            .collect();
        if !others.is_empty() {
            choices.push((Choice::Header, w.group_add.to_string()));
            for guide in others {
                let event = Event::Start(guide.id.to_string());
                choices.push((Choice::Go(event), walk::menu_line(guide, lang, true, None)));
            }
        }
        choices.push((Choice::Header, w.group_more.to_string()));
        choices.push(go(Event::HelpMeChoose, w.help_me_choose));
        for id in [WHY_REMOVE, PREVENT_SAVING] {
            if let Some(topic) = topic(id) {
                choices.push(go(Event::OpenTopic(id), topic.title.get(lang)));
            }
        }
        choices.push(go(Event::SwitchLanguage, w.switch_language));
        choices.push(go(Event::Quit, w.quit));
        choices
    }

    /// What can be done on a step: go on or back, open its links, walk the methods that carry
    /// it out, see every step, leave.
    fn step_choices(
        &self,
        session: &Session,
        guide: &Guide,
        route: usize,
        index: usize,
        lang: Lang,
        w: &Words,
    ) -> Vec<(Choice, String)> {
        let way = &guide.routes[route];
        let step = &way.steps[index];
        let last = index + 1 == way.steps.len();
        let mut choices = Vec::new();
        for id in step.methods.iter() {
            if let Some(other) = self.catalog.get(id.as_str()) {
                let item = w.hand_over.replace("{title}", other.title.get(lang));
                choices.push((Choice::Go(Event::HandOver(id.to_string())), item));
            }
        }
        choices.push(go(
            Event::Next,
            if last { w.done_step } else { w.next_step },
        ));
        if index > 0 {
            choices.push(go(Event::Previous, w.previous_step));
        }
        for link in step.links.iter() {
            let item = format!(
                "{}: {} ({})",
                w.open_link,
                link.label.get(lang),
                link.url.host()
            );
            choices.push((Choice::Open(link.url.as_str().to_string()), item));
        }
        choices.push(go(Event::ShowAllSteps, w.show_all_steps));
        if session.has_menu() {
            choices.push(go(Event::Menu, w.back_to_menu));
        }
        choices.push(go(Event::Quit, w.quit));
        choices
    }

    /// Shows `choices` as a menu; Esc gives `on_escape`. A link is opened here (after asking),
    /// and a header chosen by mistake does nothing: both draw the screen again.
    fn choose(
        &mut self,
        prompt: Option<&str>,
        choices: Vec<(Choice, String)>,
        on_escape: Event,
        opts: &Options,
    ) -> Result<Option<Event>, Error> {
        let width = item_width(opts);
        let items: Vec<String> = choices
            .iter()
            .map(|(choice, item)| match choice {
                Choice::Header => walk::fit_line(item, opts.width),
                _ => walk::fit_line(item, width),
            })
            .collect();
        let first = choices
            .iter()
            .position(|(choice, _)| !matches!(choice, Choice::Header))
            .unwrap_or(0);
        let Some(chosen) = self.select(prompt, &items, first, opts)? else {
            return Ok(Some(on_escape));
        };
        match choices.into_iter().nth(chosen).map(|(choice, _)| choice) {
            Some(Choice::Go(event)) => Ok(Some(event)),
            Some(Choice::Open(url)) => {
                self.open_link(&url, opts)?;
                Ok(None)
            }
            Some(Choice::Header) | None => Ok(None),
        }
    }

    /// Asks before opening `url`, showing it whole; says whether a browser opened, and
    /// leaves the address to copy when none could.
    fn open_link(&mut self, url: &str, opts: &Options) -> Result<(), Error> {
        let w = words(opts.lang);
        self.print(&walk::open_question(url, opts))?;
        let items = [w.open_yes.to_string(), w.open_no.to_string()];
        if self.select(None, &items, 0, opts)? == Some(0) {
            let opts = Options {
                width: terminal::current_width(self.term),
                ..*opts
            };
            self.status = Some(match terminal::open_in_browser(url) {
                Ok(()) => walk::status(w.opened, None, &opts),
                Err(_) => walk::status(w.open_failed, Some(url), &opts),
            });
        }
        Ok(())
    }

    fn guide(&self, id: &str) -> Result<&'a Guide, Error> {
        self.catalog.get(id).ok_or_else(|| Error::UnknownMethod {
            given: id.to_string(),
            closest: None,
            available: self.catalog.ids().iter().map(|s| s.to_string()).collect(),
        })
    }

    fn print(&self, text: &str) -> Result<(), Error> {
        self.term.write_str(text).map_err(Error::Output)?;
        Ok(())
    }

    /// A menu under the screen, after the status line and the keys hint; `None` on Esc.
    fn select(
        &mut self,
        prompt: Option<&str>,
        items: &[String],
        default: usize,
        opts: &Options,
    ) -> Result<Option<usize>, Error> {
        let mut footer = String::from("\n");
        if let Some(status) = self.status.take() {
            footer.push_str(&status);
            footer.push('\n');
        }
        footer.push_str(&walk::keys_hint(opts));
        self.print(&footer)?;
        let mut select = Select::with_theme(&self.theme)
            .items(items)
            .default(default);
        if let Some(prompt) = prompt {
            select = select.with_prompt(walk::fit_line(prompt, opts.width));
        }
        // After `with_prompt`, which turns reporting on: the next screen replaces this one.
        select
            .report(false)
            .interact_on_opt(self.term)
            .map_err(prompt_error)
    }
}

/// What choosing a menu item does.
enum Choice {
    Go(Event),
    /// Open a link in the browser, after asking.
    Open(String),
    /// A group's title: nothing.
    Header,
}

fn go(event: Event, item: &str) -> (Choice, String) {
    (Choice::Go(event), item.to_string())
}

/// Menu items are drawn after a two-column marker.
fn item_width(opts: &Options) -> Option<usize> {
    opts.width.map(|width| width.saturating_sub(2).max(10))
}

/// Ctrl-C at a prompt arrives as an interrupted read.
fn prompt_error(error: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(error) = error;
    if error.kind() == io::ErrorKind::Interrupted {
        Error::Interrupted
    } else {
        Error::Output(error)
    }
}
