//! The interactive walkthrough: the screens of a `Session`, drawn and answered.
//!
//! Each turn builds the current screen as a `menu::Frame` (its text from `render::walk`, then
//! its menu), lays it out to the terminal's size and draws it from the top, again after every
//! key and whenever the window is resized, until a key chooses something; the choice becomes
//! an `Event` for the session.

pub mod choose;
pub mod menu;
pub mod session;

use crate::config::Config;
use crate::error::Error;
use guide_format::{Date, Guide, Kind, Lang, Place};

use crate::guide::{Catalog, topic};
use crate::i18n::{Words, words};
use crate::render::walk::{self, Label};
use crate::render::{self, Options};
use crate::terminal;
use crate::terminal::screen::{FullScreen, Input, Key};
use choose::{Question, Reason};
use menu::{Entry, Escape, Frame, Outcome, View};
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
    let screen = FullScreen::enter().map_err(Error::Output)?;
    let mut session = match method {
        Some(method) => Session::walking(catalog, config.lang, method),
        None => Session::at_menu(catalog, config.lang),
    };
    let mut ui = Ui {
        screen: &screen,
        catalog,
        color: config.color,
        hyperlinks: config.hyperlinks,
        today: config.today,
        status: (!notice.is_empty()).then(|| notice.trim_end().to_string()),
        views: Vec::new(),
    };
    // Dropping the screen gives the terminal back, and leaves the note set last.
    ui.drive(&mut session)
}

/// What choosing a menu item does.
#[derive(Clone, Debug)]
enum Choice {
    Go(Event),
    /// Open a link in the browser: the answer yes to the question whether to.
    Open(String),
}

struct Ui<'a> {
    screen: &'a FullScreen,
    catalog: &'a Catalog,
    color: bool,
    hyperlinks: bool,
    today: Date,
    /// What to say under the next screen, such as the result of opening a link.
    status: Option<String>,
    /// Where the user was on the screens they can come back to (the menu, a step), so that
    /// coming back finds the cursor where it was.
    views: Vec<(Screen, View)>,
}

impl<'a> Ui<'a> {
    fn drive(&mut self, session: &mut Session) -> Result<(), Error> {
        while session.end.is_none() {
            let event = self.turn(session)?;
            session.handle(event);
            self.views.retain(|(screen, _)| session.holds(screen));
            if let Some(note) = self.note(session) {
                self.screen.set_note(&note);
            }
        }
        Ok(())
    }

    /// What to leave on the shell's screen: where the user left the method walked last.
    fn note(&self, session: &Session) -> Option<String> {
        let walked = session.walked.as_ref()?;
        let guide = self.catalog.get(&walked.method)?;
        let outcome = words(session.lang).outcome(guide.kind);
        let said = walked.worked.map(|worked| {
            if worked {
                outcome.done
            } else {
                outcome.not_done
            }
        });
        let opts = self.options(session.lang, usize::MAX);
        Some(walk::leave_note(guide, walked.step, said, &opts))
    }

    fn options(&self, lang: Lang, columns: usize) -> Options {
        Options {
            lang,
            color: self.color,
            hyperlinks: self.hyperlinks,
            width: Some(terminal::text_width(columns)),
            today: self.today,
        }
    }

    /// Shows the current screen until a key chooses something. The screen is laid out
    /// anew for every key and every change of size, so that it always fits the window.
    fn turn(&mut self, session: &Session) -> Result<Event, Error> {
        let status = self.status.take();
        let shown = session.screen().clone();
        let mut view: Option<View> = self
            .views
            .iter()
            .find(|(screen, _)| *screen == shown)
            .map(|&(_, view)| view);
        loop {
            let (rows, columns) = self.screen.size();
            let opts = self.options(session.lang, columns);
            if rows < menu::MIN_ROWS || columns < menu::MIN_COLUMNS {
                let command = match session.walked.as_ref() {
                    Some(walked) => format!("unlink-guide show {}", walked.method),
                    None => "unlink-guide list".to_string(),
                };
                self.draw(&walk::too_small(rows, columns, &command, &opts))?;
                match self.next_key()? {
                    Some(Key::Char('q' | 'Q' | 'й' | 'Й')) => return Ok(Event::Quit),
                    Some(Key::Interrupt) => return Err(Error::Interrupted),
                    _ => continue,
                }
            }
            let mut frame = self.frame(session, &opts)?;
            frame.status = status.clone();
            let start = view.unwrap_or_else(|| frame.first_view());
            let layout = menu::layout(&frame, start, rows, columns, &opts);
            self.draw(&layout.lines)?;
            let Some(key) = self.next_key()? else {
                view = Some(layout.view);
                continue;
            };
            let outcome = match menu::on_key(key, layout.view, &frame, layout.fit) {
                Ok(next) => {
                    view = Some(next);
                    continue;
                }
                Err(outcome) => outcome,
            };
            self.views.retain(|(screen, _)| *screen != shown);
            self.views.push((shown.clone(), layout.view));
            match outcome {
                Outcome::Choose(index) => {
                    let entry = frame.entries.swap_remove(index);
                    match entry.action {
                        Some(Choice::Go(event)) => return Ok(event),
                        Some(Choice::Open(url)) => {
                            self.open_link(&url, &opts);
                            return Ok(Event::Answer(true));
                        }
                        None => view = Some(layout.view),
                    }
                }
                Outcome::Back => return Ok(Event::Back),
                Outcome::Quit => return Ok(Event::Quit),
                Outcome::Interrupt => return Err(Error::Interrupted),
            }
        }
    }

    /// The next key, or `None` when the window was resized; Ctrl-Z stops the program here
    /// (and `None` then redraws the screen after `fg`).
    fn next_key(&self) -> Result<Option<Key>, Error> {
        match self.screen.next_input().map_err(Error::Output)? {
            Input::Key(Key::Suspend) => {
                self.screen.suspend();
                Ok(None)
            }
            Input::Key(key) => Ok(Some(key)),
            Input::Resized => Ok(None),
        }
    }

    /// Draws a screen from the top left, over whatever was there.
    fn draw(&self, lines: &[String]) -> Result<(), Error> {
        let mut out = String::from("\x1b[H\x1b[J");
        out.push_str(&lines.join("\r\n"));
        self.screen.draw(&out).map_err(Error::Output)
    }

    /// The current screen of `session`: its text and its menu.
    fn frame(&self, session: &Session, opts: &Options) -> Result<Frame<Choice>, Error> {
        let lang = session.lang;
        let w = words(lang);
        let mut frame = Frame {
            text: String::new(),
            status: None,
            prompt: None,
            entries: Vec::new(),
            yes_no: None,
            escape: Escape::Back,
        };
        let entries = &mut frame.entries;
        match session.screen().clone() {
            Screen::Menu => {
                frame.text = walk::menu_intro(opts);
                frame.prompt = Some(w.menu_prompt.to_string());
                *entries = menu_entries(self.catalog, lang, opts.today);
                if session.at_top() {
                    let quit = entries.len().saturating_sub(1);
                    frame.escape = Escape::Select(quit);
                }
                return Ok(frame);
            }
            Screen::Topic(id) => {
                if let Some(topic) = topic(id) {
                    frame.text = walk::topic(topic, opts);
                }
                entries.push(go(Event::Back, w.back));
            }
            Screen::ChooseRoute { method } => {
                let guide = self.guide(&method)?;
                frame.text = walk::choose_route(guide, opts);
                for route in 0..guide.routes.len() {
                    let label = walk::route_line(guide, route, lang);
                    entries.push(Entry::item(
                        label,
                        Choice::Go(Event::StartRoute(method.clone(), route)),
                    ));
                }
            }
            Screen::Step {
                method,
                route,
                index,
            } => {
                let guide = self.guide(&method)?;
                frame.text = walk::step(guide, route, index, self.catalog, opts);
                self.step_entries(entries, guide, route, index, lang);
            }
            Screen::AllSteps { method } => {
                let guide = self.guide(&method)?;
                frame.text = render::text::show(guide, self.catalog, opts);
                entries.push(go(Event::Back, w.back_to_step));
            }
            Screen::Sources { method } => {
                let guide = self.guide(&method)?;
                frame.text = walk::sources(guide, opts);
                entries.push(go(Event::Back, w.back));
            }
            Screen::OpenLink { url } => {
                frame.text = walk::open_question(&url, opts);
                entries.push(Entry::item(Label::plain(w.open_yes), Choice::Open(url)));
                entries.push(go(Event::Answer(false), w.open_no));
                frame.yes_no = Some((0, 1));
            }
            Screen::Done { method, .. } => {
                let guide = self.guide(&method)?;
                frame.text = walk::all_done(guide, opts);
                let outcome = w.outcome(guide.kind);
                frame.prompt = Some(outcome.question.to_string());
                entries.push(go(Event::Answer(true), outcome.yes));
                entries.push(go(Event::Answer(false), outcome.no));
                entries.push(go(Event::Previous, w.previous_step));
                frame.yes_no = Some((0, 1));
            }
            Screen::Finished { method } => {
                let guide = self.guide(&method)?;
                frame.text = walk::finished(guide, opts);
                frame.prompt = Some(w.what_next.to_string());
                if let Some(caller) = session.caller().and_then(|id| self.catalog.get(id)) {
                    let next = w.continue_with.replace("{title}", caller.title.get(lang));
                    entries.push(go(Event::Next, &next));
                }
                if guide.kind != Kind::Add
                    && let Some(prevent) = topic(PREVENT_SAVING)
                {
                    entries.push(go(
                        Event::OpenTopic(PREVENT_SAVING),
                        prevent.title.get(lang),
                    ));
                }
                entries.push(go(Event::ShowSources, w.sources));
            }
            Screen::NotDone { method } => {
                let guide = self.guide(&method)?;
                frame.text = walk::not_done(guide, opts);
                let others = session.alternatives(&method);
                if !others.is_empty() {
                    frame.prompt = Some(w.try_another.to_string());
                }
                for other in others.iter().filter_map(|id| self.catalog.get(id)) {
                    entries.push(Entry::item(
                        walk::menu_line(other, lang, true, opts.today),
                        Choice::Go(Event::Start(other.id.to_string())),
                    ));
                }
                entries.push(go(Event::ShowSources, w.sources));
            }
            Screen::Question { question, answers } => {
                let (text, yes, no) = match question {
                    Question::Device => (w.ask_device, w.computer, w.phone),
                    Question::LoggedIn => (w.ask_logged_in, w.yes, w.no),
                };
                frame.text = walk::question(text, &answers, opts);
                entries.push(go(Event::Answer(true), yes));
                entries.push(go(Event::Answer(false), no));
                if question != Question::Device {
                    frame.yes_no = Some((0, 1));
                }
            }
            Screen::Recommendation(recommendation) => {
                let guide = self.guide(recommendation.method)?;
                let reason = match recommendation.reason {
                    Reason::Phone => w.reason_phone,
                    Reason::LoggedIn => w.reason_logged_in,
                    Reason::LogInFirst => w.reason_log_in_first,
                };
                let (second_id, second_place) = recommendation.second();
                let second = self.catalog.get(second_id);
                frame.text = walk::recommendation(guide, reason, second, opts);
                entries.push(go(Event::Answer(true), w.start_recommended));
                if let Some(second) = second {
                    let route = second.route_in(second_place).unwrap_or(0);
                    let item = w.start_second.replace("{title}", second.title.get(lang));
                    entries.push(go(Event::StartRoute(second_id.to_string(), route), &item));
                }
            }
        }
        // Every screen but the menu leads to the menu, and out.
        entries.push(go(Event::Menu, w.back_to_menu));
        entries.push(go(Event::Quit, w.quit));
        Ok(frame)
    }

    /// What can be done on a step: go on or back, walk the methods that carry it out, open
    /// its links, see every step or the sources.
    fn step_entries(
        &self,
        entries: &mut Vec<Entry<Choice>>,
        guide: &Guide,
        route: usize,
        index: usize,
        lang: Lang,
    ) {
        let w = words(lang);
        let way = &guide.routes[route];
        let step = &way.steps[index];
        let last = index + 1 == way.steps.len();
        for id in step.methods.iter() {
            if let Some(other) = self.catalog.get(id.as_str()) {
                let item = w.hand_over.replace("{title}", other.title.get(lang));
                entries.push(go(Event::HandOver(id.to_string()), &item));
            }
        }
        entries.push(go(
            Event::Next,
            if last { w.done_step } else { w.next_step },
        ));
        if index > 0 {
            entries.push(go(Event::Previous, w.previous_step));
        }
        for link in step.links.iter() {
            let label = Label {
                text: format!("{}: {}", w.open_link, link.label.get(lang)),
                detail: link.url.host().to_string(),
            };
            let url = link.url.as_str().to_string();
            entries.push(Entry::item(label, Choice::Go(Event::OpenLink(url))));
        }
        entries.push(go(Event::ShowAllSteps, w.show_all_steps));
        if !guide.sources.is_empty() {
            entries.push(go(Event::ShowSources, w.sources));
        }
    }

    /// Opens `url` in the browser, and says under the next screen whether it could; where it
    /// could not, the address is left there to copy.
    fn open_link(&mut self, url: &str, opts: &Options) {
        let w = words(opts.lang);
        self.status = Some(match terminal::open_in_browser(url) {
            Ok(()) => walk::status(w.opened, None, opts),
            Err(_) => walk::status(w.open_failed, Some(url), opts),
        });
    }

    fn guide(&self, id: &str) -> Result<&'a Guide, Error> {
        self.catalog.get(id).ok_or_else(|| Error::UnknownMethod {
            given: id.to_string(),
            closest: None,
            available: self.catalog.ids().iter().map(|s| s.to_string()).collect(),
        })
    }
}

fn go(event: Event, item: &str) -> Entry<Choice> {
    Entry::item(Label::plain(item), Choice::Go(event))
}

/// The menu: the methods that remove a card, grouped by where they are done, then the
/// others, then the rest. A method with a way for each place appears in both groups and
/// starts with that way; one with several ways in one place asks which, so that every way
/// of every method can be reached from here.
fn menu_entries(catalog: &Catalog, lang: Lang, today: Date) -> Vec<Entry<Choice>> {
    let w: &Words = words(lang);
    let mut entries = Vec::new();
    for (header, place) in [
        (w.group_computer, Place::ComputerBrowser),
        (w.group_phone, Place::PhoneApp),
    ] {
        let group: Vec<&Guide> = catalog
            .guides()
            .iter()
            .filter(|g| g.kind == Kind::Remove && g.places().contains(&place))
            .collect();
        if group.is_empty() {
            continue;
        }
        entries.push(Entry::header(header));
        for guide in group {
            let here: Vec<usize> = (0..guide.routes.len())
                .filter(|&r| guide.routes[r].place == place)
                .collect();
            let event = match here[..] {
                [route] if guide.routes.len() > 1 => Event::StartRoute(guide.id.to_string(), route),
                _ => Event::Start(guide.id.to_string()),
            };
            let label = walk::menu_line(guide, lang, false, today);
            entries.push(Entry::item(label, Choice::Go(event)));
        }
    }
    let others: Vec<&Guide> = catalog
        .guides()
        .iter()
        .filter(|g| g.kind != Kind::Remove)
        .collect();
    if !others.is_empty() {
        entries.push(Entry::header(w.group_add));
        for guide in others {
            let event = Event::Start(guide.id.to_string());
            let label = walk::menu_line(guide, lang, true, today);
            entries.push(Entry::item(label, Choice::Go(event)));
        }
    }
    entries.push(Entry::header(w.group_more));
    entries.push(go(Event::HelpMeChoose, w.help_me_choose));
    for id in [WHY_REMOVE, PREVENT_SAVING] {
        if let Some(topic) = topic(id) {
            entries.push(go(Event::OpenTopic(id), topic.title.get(lang)));
        }
    }
    entries.push(go(Event::SwitchLanguage, w.switch_language));
    entries.push(go(Event::Quit, w.quit));
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TODAY;

    #[test]
    fn every_way_of_every_method_is_reachable_from_the_menu() {
        let catalog = Catalog::builtin();
        for lang in [Lang::Ru, Lang::En] {
            let mut reached: Vec<(String, usize)> = Vec::new();
            for entry in menu_entries(&catalog, lang, TODAY) {
                let mut session = Session::at_menu(&catalog, lang);
                let Some(Choice::Go(event)) = entry.action else {
                    continue;
                };
                session.handle(event);
                match session.screen().clone() {
                    Screen::Step { method, route, .. } => reached.push((method, route)),
                    Screen::ChooseRoute { method } => {
                        let routes = catalog.get(&method).unwrap().routes.len();
                        reached.extend((0..routes).map(|r| (method.clone(), r)));
                    }
                    _ => {}
                }
            }
            for guide in catalog.guides() {
                for route in 0..guide.routes.len() {
                    let way = (guide.id.to_string(), route);
                    assert!(reached.contains(&way), "{way:?} not reachable");
                }
            }
        }
    }

    #[test]
    fn the_menu_ends_with_quit_and_starts_with_a_header() {
        let entries = menu_entries(&Catalog::builtin(), Lang::Ru, TODAY);
        assert!(entries[0].action.is_none());
        assert!(matches!(
            entries.last().and_then(|e| e.action.clone()),
            Some(Choice::Go(Event::Quit))
        ));
    }
}
