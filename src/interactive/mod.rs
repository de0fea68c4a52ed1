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
use crate::guide::{Catalog, Guide, topic};
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
            width: terminal::current_width(self.term),
        }
    }

    /// Draws the current screen and waits for a choice; `None` means draw it again.
    fn turn(&mut self, session: &Session) -> Result<Option<Event>, Error> {
        let opts = self.options(session);
        let w = words(session.lang);
        self.term.clear_screen()?;
        match session.screen().clone() {
            Screen::Menu => self.menu(session, &opts, w),
            Screen::Topic(id) => {
                if let Some(topic) = topic(id) {
                    self.print(&walk::topic(topic, &opts))?;
                }
                let choice = self.select(None, &[w.back_to_menu, w.quit], &opts)?;
                Ok(Some(match choice {
                    Some(1) => Event::Quit,
                    _ => Event::Back,
                }))
            }
            Screen::Step { method, index } => {
                let guide = self.guide(&method)?;
                self.print(&walk::step(guide, index, &opts))?;
                self.step_actions(session, guide, index, &opts, w)
            }
            Screen::AllSteps { method, .. } => {
                let guide = self.guide(&method)?;
                self.print(&render::text::show(guide, self.catalog, &opts))?;
                let choice = self.select(None, &[w.back_to_step, w.quit], &opts)?;
                Ok(Some(match choice {
                    Some(1) => Event::Quit,
                    _ => Event::Back,
                }))
            }
            Screen::CardGone { method } => {
                let guide = self.guide(&method)?;
                self.print(&walk::all_done(guide, &opts))?;
                let items = [w.yes_gone, w.not_gone, w.previous_step];
                Ok(Some(
                    match self.select(Some(w.card_gone), &items, &opts)? {
                        Some(0) => Event::Answer(true),
                        Some(1) => Event::Answer(false),
                        _ => Event::Previous,
                    },
                ))
            }
            Screen::Finished { method } => {
                let guide = self.guide(&method)?;
                self.print(&walk::finished(guide, topic(PREVENT_SAVING), &opts))?;
                Ok(Some(Event::Next))
            }
            Screen::NotGone { method } => {
                let guide = self.guide(&method)?;
                self.print(&walk::not_gone(guide, &opts))?;
                self.fallbacks(session, guide, &opts, w)
            }
            Screen::Question { question, .. } => {
                let (text, items) = match question {
                    Question::Device => (w.ask_device, [w.computer, w.phone]),
                    Question::LoggedIn => (w.ask_logged_in, [w.yes, w.no]),
                    Question::WillRegister => (w.ask_register, [w.yes, w.no]),
                };
                self.print(&walk::question(text, &opts))?;
                Ok(Some(match self.select(None, &items, &opts)? {
                    Some(choice) => Event::Answer(choice == 0),
                    None => Event::Back,
                }))
            }
            Screen::Recommendation(recommendation) => {
                let guide = self.guide(recommendation.method)?;
                let reason = match recommendation.reason {
                    Reason::Phone => w.reason_phone,
                    Reason::LoggedIn => w.reason_logged_in,
                    Reason::LogInFirst => w.reason_log_in_first,
                    Reason::WillRegister => w.reason_register,
                };
                self.print(&walk::recommendation(guide, reason, &opts))?;
                let items = [w.start_recommended, w.back_to_menu];
                Ok(Some(match self.select(None, &items, &opts)? {
                    Some(0) => Event::Answer(true),
                    Some(_) => Event::Answer(false),
                    None => Event::Back,
                }))
            }
        }
    }

    fn menu(
        &mut self,
        session: &Session,
        opts: &Options,
        w: &Words,
    ) -> Result<Option<Event>, Error> {
        let width = item_width(opts);
        let guides = self.catalog.guides();
        let mut items: Vec<String> = guides
            .iter()
            .map(|g| walk::menu_line(g, session.lang, width))
            .collect();
        let topics = [WHY_REMOVE, PREVENT_SAVING];
        let mut extra = vec![w.help_me_choose.to_string()];
        extra.extend(
            topics
                .iter()
                .filter_map(|id| topic(id))
                .map(|t| t.title.get(session.lang).to_string()),
        );
        extra.push(w.switch_language.to_string());
        extra.push(w.quit.to_string());
        items.extend(extra.iter().map(|item| walk::fit_line(item, width)));

        self.print(&walk::menu_intro(opts))?;
        let Some(choice) = self.select_owned(Some(w.menu_prompt), &items, opts)? else {
            return Ok(Some(Event::Back));
        };
        let after_guides = choice.checked_sub(guides.len());
        Ok(Some(match after_guides {
            None => Event::Start(guides[choice].id.to_string()),
            Some(0) => Event::HelpMeChoose,
            Some(n) if n <= topics.len() => Event::OpenTopic(topics[n - 1]),
            Some(n) if n == topics.len() + 1 => Event::SwitchLanguage,
            Some(_) => Event::Quit,
        }))
    }

    fn step_actions(
        &mut self,
        session: &Session,
        guide: &Guide,
        index: usize,
        opts: &Options,
        w: &Words,
    ) -> Result<Option<Event>, Error> {
        enum Action {
            Next,
            Previous,
            Open(usize),
            ShowAll,
            Menu,
            Quit,
        }
        let step = &guide.steps[index];
        let last = index + 1 == guide.steps.len();
        let mut actions = vec![(
            Action::Next,
            if last { w.done_step } else { w.next_step }.to_string(),
        )];
        if index > 0 {
            actions.push((Action::Previous, w.previous_step.to_string()));
        }
        for (n, link) in step.links.iter().enumerate() {
            let item = format!(
                "{}: {} ({})",
                w.open_link,
                link.label.get(opts.lang),
                link.url.host()
            );
            actions.push((Action::Open(n), item));
        }
        actions.push((Action::ShowAll, w.show_all_steps.to_string()));
        if session.has_menu() {
            actions.push((Action::Menu, w.back_to_menu.to_string()));
        }
        actions.push((Action::Quit, w.quit.to_string()));

        let width = item_width(opts);
        let items: Vec<String> = actions
            .iter()
            .map(|(_, item)| walk::fit_line(item, width))
            .collect();
        let Some(choice) = self.select_owned(None, &items, opts)? else {
            return Ok(Some(Event::Back));
        };
        Ok(match actions[choice].0 {
            Action::Next => Some(Event::Next),
            Action::Previous => Some(Event::Previous),
            Action::Open(n) => {
                self.open_link(step.links[n].url.as_str(), opts, w)?;
                None
            }
            Action::ShowAll => Some(Event::ShowAllSteps),
            Action::Menu => Some(Event::Menu),
            Action::Quit => Some(Event::Quit),
        })
    }

    /// Asks before opening `url`, showing it whole; says whether a browser opened, and
    /// leaves the address to copy when none could.
    fn open_link(&mut self, url: &str, opts: &Options, w: &Words) -> Result<(), Error> {
        self.print(&walk::open_question(url, opts))?;
        let choice = self.select(None, &[w.open_yes, w.open_no], opts)?;
        if choice == Some(0) {
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

    fn fallbacks(
        &mut self,
        session: &Session,
        guide: &Guide,
        opts: &Options,
        w: &Words,
    ) -> Result<Option<Event>, Error> {
        let width = item_width(opts);
        let fallbacks: Vec<&Guide> = guide
            .fallbacks
            .iter()
            .filter_map(|id| self.catalog.get(id.as_str()))
            .collect();
        let mut items: Vec<String> = fallbacks
            .iter()
            .map(|g| walk::menu_line(g, session.lang, width))
            .collect();
        if session.has_menu() {
            items.push(walk::fit_line(w.back_to_menu, width));
        }
        items.push(walk::fit_line(w.quit, width));
        let prompt = (!fallbacks.is_empty()).then_some(w.try_another);
        Ok(Some(match self.select_owned(prompt, &items, opts)? {
            Some(n) if n < fallbacks.len() => Event::Start(fallbacks[n].id.to_string()),
            Some(n) if n + 1 < items.len() => Event::Menu,
            Some(_) => Event::Quit,
            None => Event::Back,
        }))
    }

    fn guide(&self, id: &str) -> Result<&'a Guide, Error> {
        self.catalog.get(id).ok_or_else(|| Error::UnknownMethod {
            given: id.to_string(),
            closest: None,
            available: self.catalog.ids().iter().map(|s| s.to_string()).collect(),
        })
    }

    fn print(&self, text: &str) -> Result<(), Error> {
        self.term.write_str(text)?;
        Ok(())
    }

    fn select(
        &mut self,
        prompt: Option<&str>,
        items: &[&str],
        opts: &Options,
    ) -> Result<Option<usize>, Error> {
        let width = item_width(opts);
        let items: Vec<String> = items
            .iter()
            .map(|item| walk::fit_line(item, width))
            .collect();
        self.select_owned(prompt, &items, opts)
    }

    /// A menu under the screen, after the status line and the keys hint; `None` on Esc.
    fn select_owned(
        &mut self,
        prompt: Option<&str>,
        items: &[String],
        opts: &Options,
    ) -> Result<Option<usize>, Error> {
        let mut footer = String::from("\n");
        if let Some(status) = self.status.take() {
            footer.push_str(&status);
            footer.push('\n');
        }
        footer.push_str(&walk::keys_hint(opts));
        self.print(&footer)?;
        let mut select = Select::with_theme(&self.theme).items(items).default(0);
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
