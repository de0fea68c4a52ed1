//! The interactive walkthrough: the screens of a `Session`, drawn and answered.
//!
//! Each turn builds the current screen as a `menu::Frame` (its text from `frames`, then
//! its menu: `Screens`, the one source of what a screen says and offers), lays it out to the
//! terminal's size and draws it from the top, again after every key and whenever the window
//! is resized, until a key chooses something; the choice becomes an `Event` for the session.
//! The screen-reader mode (`plain`) writes the same frames as plain lines instead, each once,
//! and reads the choice as a typed line.

pub(crate) mod choose;
pub mod frames;
pub(crate) mod menu;
pub(crate) mod plain;
pub(crate) mod session;

use crate::config::Config;
use crate::error::Error;
use guide_format::{Date, Guide, Kind, Lang, Place};

use crate::guide::{Catalog, ranking, topic};
use crate::guide::{PREVENT_SAVING, REFUND_CAUTION, WHY_REMOVE};
use crate::i18n::{Words, fill, words};
use crate::render::{self, Options};
use crate::terminal;
use crate::terminal::screen::{FullScreen, Input, Key};
use choose::Question;
use frames::Label;
use menu::{Entry, Escape, Frame, Outcome, View};
use session::{Event, Screen, Session};

/// Runs a session from the menu, or from the first step of `method`; `notice` (such as guide
/// files that were skipped) is shown on the first screen.
pub(crate) fn run(
    catalog: &Catalog,
    config: &Config,
    method: Option<&str>,
    notice: &str,
) -> Result<(), Error> {
    let mut session = match method {
        Some(method) => Session::walking(catalog, config.lang, method),
        None => Session::at_menu(catalog, config.lang),
    };
    let screens = Screens { catalog };
    if let Some(why) = config.screen_reader_walk() {
        return match plain::run(&screens, config, &mut session, notice, why) {
            // The reader of the output has gone (`| head`): no one is left to answer.
            Err(Error::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            result => result,
        };
    }
    let screen = FullScreen::enter().map_err(Error::Output)?;
    let mut ui = Ui {
        screen: &screen,
        screens,
        opts: config.render_options(),
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
    screens: Screens<'a>,
    /// How the run presents text; each screen sets its language and width.
    opts: Options,
    /// What to say under the next screen, such as the result of opening a link.
    status: Option<String>,
    /// Where the user was on the screens they can come back to (the menu, a step), so that
    /// coming back finds the cursor where it was.
    views: Vec<(Screen, View)>,
}

impl<'a> Ui<'a> {
    fn drive(&mut self, session: &mut Session) -> Result<(), Error> {
        while !session.ended {
            let event = self.turn(session)?;
            session.handle(event);
            self.views.retain(|(screen, _)| session.holds(screen));
            // The note is printed on the shell's screen, as wide as the window.
            let opts = self.options(session.lang, self.screen.size().1);
            if let Some(note) = self.screens.note(session, &opts) {
                self.screen.set_note(&note);
            }
        }
        Ok(())
    }

    fn options(&self, lang: Lang, columns: usize) -> Options {
        Options {
            lang,
            screen_reader: false,
            width: Some(terminal::text_width(columns)),
            ..self.opts
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
                self.draw(&frames::too_small(rows, columns, &command, &opts))?;
                match self.next_key()? {
                    Some(Key::Char('q' | 'Q' | 'й' | 'Й')) => return Ok(Event::Quit),
                    Some(Key::Interrupt) => return Err(Error::Interrupted),
                    _ => continue,
                }
            }
            let mut frame = self.screens.frame(session, &opts)?;
            frame.status = status.clone();
            let start = view.unwrap_or_else(|| frame.first_view());
            let layout = menu::layout(&frame, start, rows, columns, &opts);
            self.draw(&layout.lines)?;
            let Some(key) = self.next_key()? else {
                view = Some(layout.view);
                continue;
            };
            let outcome = menu::on_key(key, layout.view, &frame, layout.fit);
            if !matches!(outcome, Outcome::Move(_)) {
                // Coming back finds the cursor on what was chosen, also by its number.
                let mut left = layout.view;
                if let Outcome::Choose(index) = outcome {
                    left.cursor = index;
                }
                self.views.retain(|(screen, _)| *screen != shown);
                self.views.push((shown.clone(), left));
            }
            match outcome {
                Outcome::Move(next) => view = Some(next),
                Outcome::Choose(index) => {
                    let entry = frame.entries.swap_remove(index);
                    match entry.action {
                        Some(Choice::Go(event)) => return Ok(event),
                        Some(Choice::Open(url)) => {
                            self.status = Some(open_link(&url, &opts));
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
        match self.screen.next_input().map_err(Error::Input)? {
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
}

/// What every screen of a session says and offers: the one source of the frames of both the
/// full-screen walkthrough and the screen-reader mode.
struct Screens<'a> {
    catalog: &'a Catalog,
}

impl<'a> Screens<'a> {
    /// What to leave on the shell's screen: where the user left the method walked last.
    fn note(&self, session: &Session, opts: &Options) -> Option<String> {
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
        Some(frames::leave_note(guide, walked.step, said, opts))
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
            menu_first: false,
        };
        let entries = &mut frame.entries;
        match session.screen().clone() {
            Screen::Menu => {
                frame.text = frames::menu_intro(opts);
                frame.prompt = Some(w.menu_prompt.to_string());
                frame.menu_first = true;
                *entries = menu_entries(self.catalog, lang, opts.today);
                if session.at_top() {
                    let quit = entries.len().saturating_sub(1);
                    frame.escape = Escape::Select(quit);
                }
                return Ok(frame);
            }
            Screen::Topic(id) => {
                if let Some(topic) = topic(id) {
                    frame.text = frames::topic(topic, opts);
                }
                entries.push(go(Event::Back, w.back));
            }
            Screen::ChooseRoute { method, place } => {
                let guide = self.guide(&method)?;
                frame.text = frames::choose_route(guide, opts);
                // Best first, so that the route preselected is never one through Alipay
                // registration while another is offered.
                for route in ranking::routes(self.catalog, guide, place) {
                    let label = frames::route_line(guide, route, lang);
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
                frame.text = frames::step(guide, route, index, self.catalog, opts);
                self.step_entries(entries, guide, route, index, lang);
            }
            Screen::AllSteps { method } => {
                let guide = self.guide(&method)?;
                frame.text = render::text::show(guide, self.catalog, opts);
                entries.push(go(Event::Back, w.back_to_step));
            }
            Screen::Sources { method } => {
                let guide = self.guide(&method)?;
                frame.text = frames::sources(guide, opts);
                entries.push(go(Event::Back, w.back));
            }
            Screen::OpenLink { url } => {
                frame.text = frames::open_question(&url, opts);
                entries.push(Entry::item(Label::plain(w.open_yes), Choice::Open(url)));
                entries.push(go(Event::Answer(false), w.open_no));
                frame.yes_no = Some((0, 1));
            }
            Screen::Done { method, .. } => {
                let guide = self.guide(&method)?;
                frame.text = frames::all_done(guide, opts);
                let outcome = w.outcome(guide.kind);
                frame.prompt = Some(outcome.question.to_string());
                entries.push(go(Event::Answer(true), outcome.yes));
                entries.push(go(Event::Answer(false), outcome.no));
                entries.push(go(Event::Previous, w.previous_step));
                frame.yes_no = Some((0, 1));
            }
            Screen::Finished { method } => {
                let guide = self.guide(&method)?;
                frame.text = frames::finished(guide, opts);
                frame.prompt = Some(w.what_next.to_string());
                if let Some(caller) = session.caller().and_then(|id| self.catalog.get(id)) {
                    let next = fill(w.continue_with, &[("title", caller.title.get(lang))]);
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
            Screen::NotDone { method, route } => {
                let guide = self.guide(&method)?;
                frame.text = frames::not_done(guide, opts);
                frame.menu_first = true;
                let next = session.next_after(&method, route);
                if !next.is_empty() {
                    frame.prompt = Some(w.try_another.to_string());
                }
                for (id, route) in next {
                    let other = self.guide(id)?;
                    entries.push(Entry::item(
                        frames::route_item(other, route, lang, opts.today),
                        Choice::Go(Event::StartRoute(id.to_string(), route)),
                    ));
                }
                entries.push(go(Event::ShowSources, w.sources));
            }
            Screen::Question { question, answers } => {
                // The question itself is the menu's: always whole, above its answers.
                let (asked, why) = frames::ask(question, lang);
                frame.text = frames::question(why, &answers, opts);
                frame.prompt = Some(asked.to_string());
                for reply in question.replies() {
                    entries.push(go(Event::Reply(*reply), frames::reply(*reply, lang)));
                }
                if question == Question::Refund {
                    frame.yes_no = Some((0, 1));
                }
            }
            Screen::Recommendation(recommendation) => {
                let first = self.guide(recommendation.first.method)?;
                let second = recommendation
                    .second
                    .and_then(|pick| Some((self.catalog.get(pick.method)?, pick.route)));
                frame.text = frames::recommendation(&recommendation, first, second, opts);
                if recommendation.caution_first && topic(REFUND_CAUTION).is_some() {
                    entries.push(go(Event::OpenTopic(REFUND_CAUTION), w.read_first));
                }
                entries.push(go(Event::Answer(true), w.start_recommended));
                if let Some((second, route)) = second {
                    let title = frames::route_item(second, route, lang, opts.today).text;
                    let item = fill(w.start_second, &[("title", &title)]);
                    entries.push(go(Event::StartRoute(second.id.to_string(), route), &item));
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
        let steps = &guide.routes[route].steps;
        let step = &steps[index];
        let last = index + 1 == steps.len();
        for id in step.methods.iter() {
            if let Some(other) = self.catalog.get(id.as_str()) {
                let item = fill(w.hand_over, &[("title", other.title.get(lang))]);
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

    fn guide(&self, id: &str) -> Result<&'a Guide, Error> {
        self.catalog.get(id).ok_or_else(|| Error::UnknownMethod {
            given: id.to_string(),
            closest: None,
            available: self.catalog.ids().iter().map(|s| s.to_string()).collect(),
        })
    }
}

/// Opens `url` in the browser, and says whether it could (for under the next screen); where it
/// could not, the address is left there to copy.
fn open_link(url: &str, opts: &Options) -> String {
    let w = words(opts.lang);
    match terminal::open_in_browser(url) {
        Ok(()) => frames::status(w.opened, None, opts),
        Err(_) => frames::status(w.open_failed, Some(url), opts),
    }
}

fn go(event: Event, item: &str) -> Entry<Choice> {
    Entry::item(Label::plain(item), Choice::Go(event))
}

/// The menu: "Help me choose" first, for whoever does not know where to start; then the
/// methods that remove a card, grouped by where they are done, each group in the order of
/// the one ranking; then the others; then the rest. A method with a route for each place
/// appears in both groups and starts with its routes there, so that every route of every method
/// can be reached from here.
fn menu_entries(catalog: &Catalog, lang: Lang, today: Date) -> Vec<Entry<Choice>> {
    let w: &Words = words(lang);
    let mut entries = vec![go(Event::HelpMeChoose, w.help_me_choose)];
    for (header, place) in [
        (w.group_computer, Place::ComputerBrowser),
        (w.group_phone, Place::PhoneApp),
    ] {
        let group = ranking::methods(catalog, Some(place), |g| g.kind == Kind::Remove);
        if group.is_empty() {
            continue;
        }
        entries.push(Entry::header(header));
        for method in group {
            let guide = method.guide;
            let event = Event::StartIn(guide.id.to_string(), place);
            let here = ranking::routes(catalog, guide, Some(place));
            let mut label = frames::menu_line(guide, &here, lang, false, today);
            // A method in both groups says which of its two items this is, for when the
            // group's title has scrolled away.
            if guide.places().len() > 1 {
                label.detail = format!("{} · {}", w.place_short(place), label.detail);
            }
            entries.push(Entry::item(label, Choice::Go(event)));
        }
    }
    let others = ranking::methods(catalog, None, |g| g.kind != Kind::Remove);
    if !others.is_empty() {
        entries.push(Entry::header(w.group_add));
        for method in others {
            let guide = method.guide;
            let event = Event::Start(guide.id.to_string());
            let all = ranking::routes(catalog, guide, None);
            let label = frames::menu_line(guide, &all, lang, true, today);
            entries.push(Entry::item(label, Choice::Go(event)));
        }
    }
    entries.push(Entry::header(w.group_more));
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
    use crate::guide::ranking::{RANKING, Ranked, Site};
    use crate::testing::TODAY;
    use choose::{Answers, Reply};
    use guide_format::Guide;

    /// The methods of the rows that `keep` lets through, in the order of their first row.
    fn methods_of(keep: impl Fn(&Ranked) -> bool) -> Vec<&'static str> {
        let mut methods = Vec::new();
        for row in RANKING.iter().filter(|r| keep(r)) {
            if !methods.contains(&row.method) {
                methods.push(row.method);
            }
        }
        methods
    }

    /// Whether following fallbacks from `from` leads to `to`.
    fn falls_back_to(catalog: &Catalog, from: &str, to: &str) -> bool {
        let mut open = vec![from.to_string()];
        let mut seen = Vec::new();
        while let Some(id) = open.pop() {
            if id == to {
                return true;
            }
            if seen.contains(&id) {
                continue;
            }
            seen.push(id.clone());
            let guide = catalog.get(&id).unwrap();
            open.extend(guide.fallbacks.iter().map(|f| f.to_string()));
        }
        false
    }

    /// The one ranking drives all four: the menu's order, the "No" list, the guides'
    /// fallbacks and "Help me choose". Each is derived here from `RANKING` alone, and
    /// compared with what the program offers.
    #[test]
    fn menu_no_list_fallbacks_and_chooser_follow_the_one_ranking() {
        let catalog = Catalog::builtin();
        let kind = |id: &str| catalog.get(id).unwrap().kind;
        let removes = |row: &Ranked| kind(row.method) == Kind::Remove;

        // 1. The menu: each group in ranking order.
        let mut groups: Vec<(Option<Place>, Vec<String>)> = Vec::new();
        for entry in menu_entries(&catalog, Lang::En, TODAY) {
            match entry.action {
                None => groups.push((None, Vec::new())),
                Some(Choice::Go(Event::StartIn(id, place))) => {
                    let group = groups.last_mut().unwrap();
                    group.0 = Some(place);
                    group.1.push(id);
                }
                Some(Choice::Go(Event::Start(id))) => groups.last_mut().unwrap().1.push(id),
                _ => {}
            }
        }
        let listed = |place: Option<Place>| {
            groups
                .iter()
                .find(|(p, ids)| *p == place && !ids.is_empty())
                .map(|(_, ids)| ids.clone())
                .unwrap()
        };
        for place in [Place::ComputerBrowser, Place::PhoneApp] {
            let ranked = methods_of(|r| removes(r) && r.place == place);
            assert_eq!(listed(Some(place)), ranked, "{place:?}");
        }
        assert_eq!(listed(None), methods_of(|r| !removes(r)));

        // 2. "No": the method's other routes in ranking order, then the other methods of
        // its kind with a route in the same place, then the rest, each at its best row.
        let session = Session::at_menu(&catalog, Lang::En);
        for row in RANKING.iter().filter(|r| kind(r.method) != Kind::Replace) {
            let mut expected: Vec<(&str, usize)> = RANKING
                .iter()
                .filter(|r| r.method == row.method && r.route != row.route)
                .map(|r| (r.method, r.route))
                .collect();
            let same_kind = |r: &Ranked| kind(r.method) == kind(row.method) && removes(r);
            let here = methods_of(|r| same_kind(r) && r.place == row.place);
            let rest = methods_of(|r| same_kind(r) && !here.contains(&r.method));
            for method in here.iter().chain(&rest) {
                let best = RANKING
                    .iter()
                    .filter(|r| r.method == *method)
                    .find(|r| r.place == row.place || !here.contains(method))
                    .unwrap();
                if *method != row.method {
                    expected.push((best.method, best.route));
                }
            }
            assert_eq!(
                session.next_after(row.method, row.route),
                expected,
                "{} route {}",
                row.method,
                row.route
            );
        }

        // 3. Fallbacks: the other removal methods in the order "No" offers them for the
        // guide's main route, leaving out only those that would lead back to the guide.
        for guide in catalog.guides().iter().filter(|g| g.kind == Kind::Remove) {
            let order: Vec<&str> = session
                .next_after(guide.id.as_str(), 0)
                .into_iter()
                .map(|(id, _)| id)
                .filter(|id| *id != guide.id.as_str())
                .collect();
            let fallbacks: Vec<&str> = guide.fallbacks.iter().map(|f| f.as_str()).collect();
            let kept: Vec<&str> = order
                .iter()
                .copied()
                .filter(|id| fallbacks.contains(id))
                .collect();
            assert_eq!(fallbacks, kept, "{}: in ranking order", guide.id);
            for left_out in order.iter().filter(|id| !fallbacks.contains(id)) {
                assert!(
                    falls_back_to(&catalog, left_out, guide.id.as_str()),
                    "{}: {left_out} is left out, but would make no loop",
                    guide.id
                );
            }
        }
        let no_fallbacks = |g: &Guide| g.kind != Kind::Remove && g.fallbacks.is_empty();
        assert!(
            catalog
                .guides()
                .iter()
                .filter(|g| g.kind != Kind::Remove)
                .all(no_fallbacks)
        );

        // 4. "Help me choose": the first two rows for the device that may match the site.
        for site in [Some(Site::Ru), Some(Site::Com), None] {
            for place in [Place::ComputerBrowser, Place::PhoneApp] {
                let fits = |r: &&Ranked| {
                    removes(r)
                        && r.place == place
                        && site.is_none_or(|s| {
                            r.not_on != Some(s) && r.described_for.is_none_or(|d| d == s)
                        })
                };
                let picks: Vec<(&str, usize)> = RANKING
                    .iter()
                    .filter(fits)
                    .map(|r| (r.method, r.route))
                    .take(2)
                    .collect();
                let answers = Answers::default()
                    .with(Reply::Site(site))
                    .with(Reply::Device(place))
                    .with(Reply::Refund(false));
                let r = choose::tests::recommended(choose::next(&catalog, &answers));
                let chosen: Vec<(&str, usize)> = [Some(r.first), r.second]
                    .into_iter()
                    .flatten()
                    .map(|p| (p.method, p.route))
                    .collect();
                assert_eq!(chosen, picks, "{site:?} {place:?}");
            }
        }
    }

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
                    Screen::ChooseRoute { method, place } => {
                        let guide = catalog.get(&method).unwrap();
                        let routes = ranking::routes(&catalog, guide, place);
                        reached.extend(routes.into_iter().map(|r| (method.clone(), r)));
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
    fn the_menu_starts_with_help_me_choose_and_ends_with_quit() {
        let entries = menu_entries(&Catalog::builtin(), Lang::Ru, TODAY);
        assert!(matches!(
            entries[0].action,
            Some(Choice::Go(Event::HelpMeChoose))
        ));
        assert!(matches!(
            entries.last().and_then(|e| e.action.clone()),
            Some(Choice::Go(Event::Quit))
        ));
    }
}
