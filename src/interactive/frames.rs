//! The screens of the interactive walkthrough, as text. The menus under them are drawn by
//! `interactive`; everything a screen says is decided here.

use crate::render::Options;
use crate::render::page::{
    Page, Role, Styles, all_sources, display_width, fit, notes, places_short,
};
use guide_format::model::{Date, Topic};
use guide_format::{Guide, Lang, Place};

use super::choose::{self, Answers, Question, Recommendation, Reply};
use crate::guide::Catalog;
use crate::guide::ranking::{self, Registration, Site, Why};
use crate::i18n::{Words, fill, words};

/// How wide the progress bar is at most.
const BAR_WIDTH: usize = 24;

/// A line of a menu: what it is, and details that are kept whole when the line is too
/// long for the terminal (how long a method takes and whether it may be outdated, the host
/// of a link, where a route is done). The text is cut instead, or the details go on a line of
/// their own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub(crate) detail: String,
}

impl Label {
    pub(crate) fn plain(text: &str) -> Label {
        Label {
            text: text.to_string(),
            detail: String::new(),
        }
    }
}

/// A method as a menu item, offered for `routes`: its title; where it is done (unless the
/// menu's group says so), whether it needs Alipay registration (when every one of those
/// routes does, or may), how long it takes and whether it may be outdated, is not verified or
/// was checked long ago.
pub fn menu_line(
    guide: &Guide,
    routes: &[usize],
    lang: Lang,
    with_place: bool,
    today: Date,
) -> Label {
    let w = words(lang);
    let mut details = Vec::new();
    if with_place {
        details.push(places_short(guide, w));
    }
    details.extend(registration_note(
        ranking::least_registration(guide, routes),
        w,
    ));
    details.push(format!("~{} {}", guide.minutes, w.minutes));
    details.extend(notes(guide, w, lang, today));
    Label {
        text: guide.title.get(lang).to_string(),
        detail: details.join(" · "),
    }
}

/// What a label says of Alipay registration: nothing when no source says it is needed.
fn registration_note(registration: Option<Registration>, w: &Words) -> Option<String> {
    match registration? {
        Registration::NotMentioned => None,
        Registration::Disputed => Some(w.may_need_registration.to_string()),
        Registration::Needed => Some(w.needs_registration.to_string()),
    }
}

/// One route of a method as an item to start (after "No", and as the second choice): the
/// method's title with the route's when it has several; where it is done, whether it needs
/// Alipay registration, how long it takes and the method's notes.
pub(crate) fn route_item(guide: &Guide, route: usize, lang: Lang, today: Date) -> Label {
    let w = words(lang);
    let title = guide.title.get(lang);
    let text = match guide.routes.get(route).and_then(|r| r.title.as_ref()) {
        Some(route_title) if guide.routes.len() > 1 => {
            format!("{title} — {}", route_title.get(lang))
        }
        _ => title.to_string(),
    };
    let mut details = Vec::new();
    if let Some(r) = guide.routes.get(route) {
        details.push(w.place_short(r.place).to_string());
    }
    details.extend(registration_note(ranking::registration(guide, route), w));
    details.push(format!("~{} {}", guide.minutes, w.minutes));
    details.extend(notes(guide, w, lang, today));
    Label {
        text,
        detail: details.join(" · "),
    }
}

/// A label's details for a screen reader, apart by commas: it reads "·" out as a word, or
/// runs the details together. Elsewhere as they are.
pub(crate) fn spoken<'t>(details: &'t str, opts: &Options) -> std::borrow::Cow<'t, str> {
    if opts.screen_reader {
        details.replace(" · ", ", ").into()
    } else {
        details.into()
    }
}

/// What the menu says above its choices.
pub(crate) fn menu_intro(opts: &Options) -> String {
    let mut page = Page::new(opts);
    if opts.screen_reader {
        page.title(&format!("unlink-guide: {}", page.words.main_menu));
    } else {
        page.title("unlink-guide");
    }
    page.paragraph("", "", page.words.menu_intro, None);
    page.out
}

/// What the keys do on the screen at hand, for the hint under every menu.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Keys {
    /// Esc goes back (everywhere but the first menu, where it moves to «Quit»).
    pub(crate) back: bool,
    /// y and n answer the question.
    pub(crate) yes_no: bool,
    /// The text above the menu is longer than the screen: PgUp and PgDn scroll it.
    pub(crate) scroll: bool,
    /// Some items have numbers to press.
    pub(crate) digits: bool,
}

/// Which keys do what, in one line no wider than `width`: the longest of a few wordings
/// that fits.
pub(crate) fn keys_hint(keys: Keys, width: usize, opts: &Options) -> String {
    let w = words(opts.lang);
    let mut parts: Vec<&str> = vec![w.key_move, w.key_choose];
    if keys.yes_no {
        parts.push(w.key_yes_no);
    }
    if keys.digits {
        parts.push(w.key_digits);
    }
    if keys.scroll {
        parts.push(w.key_scroll);
    }
    if keys.back {
        parts.push(w.key_back);
    }
    parts.push(w.key_quit);
    let mut short: Vec<&str> = vec!["↑↓", "Enter"];
    if keys.yes_no {
        short.push("y/n");
    }
    if keys.scroll {
        short.push("PgDn");
    }
    if keys.back {
        short.push(w.key_back);
    }
    short.push(w.key_quit);
    let mut shortest = vec!["↑↓", "Enter"];
    if keys.back {
        shortest.push("Esc");
    }
    shortest.push("q");
    let without_digits: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| *p != w.key_digits)
        .collect();
    let candidates = [
        parts.join(" · "),
        without_digits.join(" · "),
        short.join(" · "),
        shortest.join(" "),
    ];
    let hint = candidates
        .iter()
        .find(|c| display_width(c) <= width)
        .unwrap_or(&candidates[3]);
    let styles = Styles::new(opts.color);
    styles
        .paint(Role::Dim, &fit(hint, Some(width)))
        .into_owned()
}

/// The lines of one menu entry, each at most `width` columns: a group's title, or an item
/// with the marker of the selected one and its number to press. An item whose details do not
/// fit beside its text has them on a second line.
pub(crate) fn entry_lines(
    label: &Label,
    header: bool,
    number: Option<usize>,
    selected: bool,
    width: usize,
    opts: &Options,
) -> Vec<String> {
    let styles = Styles::new(opts.color);
    if header {
        let whole = format!("  ── {} ──", label.text);
        let lines = if display_width(&whole) <= width {
            vec![whole]
        } else {
            wrap_words(&label.text, width.saturating_sub(5))
                .into_iter()
                .enumerate()
                .map(|(n, line)| format!("{}{line}", if n == 0 { "  ── " } else { "     " }))
                .collect()
        };
        return lines
            .iter()
            .map(|line| {
                styles
                    .paint(Role::Heading, &fit(line, Some(width)))
                    .into_owned()
            })
            .collect();
    }
    let marker = if selected { "› " } else { "  " };
    let number = match number {
        Some(n) if n <= 9 => format!("{n}. "),
        _ => "   ".to_string(),
    };
    let indent = display_width(marker) + display_width(&number);
    let room = width.saturating_sub(indent);
    let whole = if label.detail.is_empty() {
        label.text.clone()
    } else {
        format!("{} · {}", label.text, label.detail)
    };
    let mut lines = if display_width(&whole) <= room {
        vec![whole]
    } else {
        // Wrapped rather than cut: a title cut short, or «may be…» without «outdated»,
        // would say something else.
        let mut lines = wrap_words(&label.text, room);
        match lines.last_mut() {
            _ if label.detail.is_empty() => {}
            Some(last) if display_width(last) + 3 + display_width(&label.detail) <= room => {
                *last = format!("{last} · {}", label.detail);
            }
            _ => lines.extend(wrap_words(&label.detail, room)),
        }
        lines
    };
    let paint = |line: &str| {
        if selected {
            styles.paint(Role::Selected, line).into_owned()
        } else {
            line.to_string()
        }
    };
    for (n, line) in lines.iter_mut().enumerate() {
        *line = if n == 0 {
            format!("{marker}{number}{}", paint(line))
        } else {
            format!("{}{}", " ".repeat(indent), paint(line))
        };
    }
    for line in &mut lines {
        *line = fit(line, Some(width)).into_owned();
    }
    lines
}

/// The last line of a text longer than the screen: how much more there is, and how to read it,
/// in the longest wording that fits (a count is never cut).
pub(crate) fn more_text(below: usize, above: usize, width: usize, opts: &Options) -> String {
    let w = words(opts.lang);
    let (n, wordings) = if below > 0 {
        (below, [w.more_below, w.more_below_short, "↓ {n}"])
    } else {
        (above, [w.more_above, w.more_above_short, "↑ {n}"])
    };
    let n = n.to_string();
    let texts = wordings.map(|wording| fill(wording, &[("n", &n)]));
    let text = texts
        .iter()
        .find(|t| display_width(t) <= width)
        .unwrap_or(&texts[2]);
    Styles::new(opts.color)
        .paint(Role::Dim, &fit(text, Some(width)))
        .into_owned()
}

/// The line above or below a menu longer than the screen: how many items it hides.
pub(crate) fn more_items(hidden: usize, up: bool, width: usize, opts: &Options) -> String {
    let w = words(opts.lang);
    let text = fill(
        if up { w.items_above } else { w.items_below },
        &[("n", &hidden.to_string())],
    );
    Styles::new(opts.color)
        .paint(Role::Dim, &fit(&format!("  {text}"), Some(width)))
        .into_owned()
}

/// `text` in lines of at most `width` columns, broken between words (a word longer than a
/// line is cut).
pub(crate) fn wrap_words(text: &str, width: usize) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let options = textwrap::Options::new(width.max(1))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::wrap(text, options)
        .iter()
        .map(|line| fit_words(line, width))
        .collect()
}

/// `text` cut to `width` columns, at a word boundary when one is near the end, with "…"
/// after the cut.
pub(crate) fn fit_words(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let cut = console::truncate_str(text, width.saturating_sub(1), "").into_owned();
    let at_word_end = text[cut.len()..].starts_with(' ');
    let keep = match cut.rfind(' ') {
        _ if at_word_end => cut.as_str(),
        Some(at) if display_width(&cut[..at]) * 3 >= width.saturating_sub(1) * 2 => &cut[..at],
        _ => cut.as_str(),
    };
    let keep = keep.trim_end_matches([' ', ',', '·', ':', '—', '-', '(']);
    format!("{keep}…")
}

/// After the last step: the method's title and a full bar (for a screen reader, that every
/// step is done, in words).
pub(crate) fn all_done(guide: &Guide, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let title = guide.title.get(opts.lang);
    if opts.screen_reader {
        page.title(&fill(page.words.left_all_steps, &[("title", title)]));
        return page.out;
    }
    page.title(title);
    let bar = progress_bar(1, 1, bar_width("", opts));
    page.raw_line("", &page.styles.paint(Role::Good, &bar), None);
    page.out
}

/// How long a bar after `counter` may be.
fn bar_width(counter: &str, opts: &Options) -> usize {
    let room = opts.width.map_or(BAR_WIDTH, |width| {
        width.saturating_sub(display_width(counter) + 2)
    });
    room.min(BAR_WIDTH)
}

/// One step of one route through a method: the method (and the route, when it has several),
/// "Step N of M" with a bar (for a screen reader, "Step N of M. Title" in one line, no bar), then the step, with the caution about refunds after the
/// instruction of a step that deletes a card. The first step then says what is needed and
/// what to know first.
pub fn step(
    guide: &Guide,
    route: usize,
    index: usize,
    catalog: &Catalog,
    opts: &Options,
) -> String {
    let lang = opts.lang;
    let mut page = Page::new(opts);
    let w = page.words;
    let Some(chosen) = guide.routes.get(route) else {
        return page.out;
    };
    let title = match &chosen.title {
        Some(route_title) if guide.routes.len() > 1 => {
            format!("{} — {}", guide.title.get(lang), route_title.get(lang))
        }
        _ => guide.title.get(lang).to_string(),
    };
    let total = chosen.steps.len();
    let counter = fill(
        w.step_of,
        &[("n", &(index + 1).to_string()), ("m", &total.to_string())],
    );
    if opts.screen_reader {
        // Where the user is, in words, first: a bar would be read out as characters.
        page.title(&format!("{counter}. {title}"));
    } else {
        page.title(&title);
        let bar = progress_bar(index + 1, total, bar_width(&counter, opts));
        page.raw_line(
            "",
            &format!("{counter}  {}", page.styles.paint(Role::Good, &bar)),
            None,
        );
    }
    // What to do comes first: the instruction, what to look for and its link; then, before
    // a deletion, the caution; then the tip; on the first step, what to know before starting.
    if let Some(step) = chosen.steps.get(index) {
        page.blank();
        page.paragraph("", "", step.text.get(lang), None);
        page.step_action("", step, catalog, false);
        if step.deletes {
            page.blank();
            page.caution("");
        }
        page.step_notes("", step, guide);
    }
    if index == 0 {
        if guide.outdated.is_some() || guide.unverified.is_some() {
            page.blank();
        }
        page.before_you_start(guide);
    }
    page.out
}

/// Which route to take through a method that has several: its title and summary above them.
pub(crate) fn choose_route(guide: &Guide, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.title(guide.title.get(opts.lang));
    page.paragraph("", "", guide.summary.get(opts.lang), None);
    page.blank();
    page.paragraph("", "", page.words.choose_route, None);
    page.out
}

/// A route through a method, as a menu item: its title, where it is done and whether it
/// needs Alipay registration.
pub(crate) fn route_line(guide: &Guide, route: usize, lang: Lang) -> Label {
    let w = words(lang);
    match guide.routes.get(route) {
        Some(r) => {
            let mut details = vec![w.place(r.place).to_string()];
            details.extend(registration_note(ranking::registration(guide, route), w));
            Label {
                text: match &r.title {
                    Some(title) => title.get(lang).to_string(),
                    None => w.main_way.to_string(),
                },
                detail: details.join(" · "),
            }
        }
        None => Label::default(),
    }
}

/// `done` of `total` as a bar `width` characters long.
pub(crate) fn progress_bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width)
        .checked_div(total)
        .unwrap_or(width)
        .min(width);
    let mut bar = "━".repeat(filled);
    bar.push_str(&"─".repeat(width - filled));
    bar
}

/// A topic of the menu: its title, its paragraphs and where they come from.
pub(crate) fn topic(topic: &Topic, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.title(topic.title.get(opts.lang));
    for paragraph in topic.paragraphs.iter() {
        page.blank();
        page.paragraph("", "", paragraph.get(opts.lang), None);
    }
    page.sources(&topic.sources, topic.reviewed);
    page.out
}

/// The head of an outcome: what happened, in `role`, and to which method.
fn outcome<'o>(guide: &Guide, said: &str, role: Role, opts: &'o Options) -> Page<'o> {
    let mut page = Page::new(opts);
    page.raw_line("", said, Some(role));
    page.paragraph("", "", guide.title.get(opts.lang), None);
    page
}

/// It worked: say so, briefly; what comes next is in the menu under it.
pub fn finished(guide: &Guide, opts: &Options) -> String {
    let done = words(opts.lang).outcome(guide.kind).done;
    outcome(guide, done, Role::Good, opts).out
}

/// It did not work: say so, and what to check; the other methods are in the menu under it.
pub fn not_done(guide: &Guide, opts: &Options) -> String {
    let not_done = words(opts.lang).outcome(guide.kind).not_done;
    let mut page = outcome(guide, not_done, Role::Title, opts);
    let w = page.words;
    page.bullets(
        w.what_to_check,
        "  • ",
        guide.troubleshooting.iter().map(|t| t.get(opts.lang)),
        None,
    );
    page.out
}

/// Where a method's facts come from, numbered as its steps cite them, with the date of the
/// last review.
pub fn sources(guide: &Guide, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let title = format!("{}: {}", page.words.sources, guide.title.get(opts.lang));
    page.title(&title);
    page.numbered_sources(&all_sources(guide), guide.reviewed);
    page.out
}

/// The question before opening a link, with the whole address to check.
pub fn open_question(url: &str, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.blank();
    page.paragraph("", "", page.words.open_confirm, Some(Role::Title));
    page.raw_line("  ", url, Some(Role::Url));
    page.out
}

/// A message under a screen, with an address to copy when there is one.
pub(crate) fn status(message: &str, url: Option<&str>, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", message, Some(Role::Warning));
    if let Some(url) = url {
        page.raw_line("  ", url, Some(Role::Url));
    }
    page.out
}

/// A question of "Help me choose", above the question itself (which the menu shows): which
/// one of how many there are, the answers given so far, and why this one matters.
pub(crate) fn question(why: Option<&str>, answers: &Answers, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let w = page.words;
    let counter = choose::progress(answers).map(|progress| {
        fill(
            w.question_of,
            &[
                ("n", &progress.number.to_string()),
                ("m", &progress.of.to_string()),
            ],
        )
    });
    match counter {
        // For a screen reader, where the user is comes first, in one line.
        Some(counter) if opts.screen_reader => {
            page.title(&format!("{counter}. {}", w.help_me_choose));
        }
        Some(counter) => {
            page.title(w.help_me_choose);
            page.raw_line("", &counter, Some(Role::Dim));
        }
        None => page.title(w.help_me_choose),
    }
    let given: Vec<String> = answers
        .given()
        .into_iter()
        .map(|reply| {
            format!(
                "{}: {}",
                answered(reply.question(), w),
                reply_short(reply, w)
            )
        })
        .collect();
    page.bullets(
        w.your_answers,
        "  • ",
        given.iter().map(String::as_str),
        None,
    );
    if let Some(why) = why {
        page.blank();
        page.paragraph("", "", why, None);
    }
    page.out
}

/// The route "Help me choose" recommends and why, in one line; the caution first when a
/// refund is on the way; what to try second, labelled as every route is; and what no source
/// describes of the site they said.
pub(crate) fn recommendation(
    r: &Recommendation,
    first: &Guide,
    second: Option<(&Guide, usize)>,
    opts: &Options,
) -> String {
    let mut page = Page::new(opts);
    let lang = opts.lang;
    let w = page.words;
    let picked = route_item(first, r.first.route, lang, opts.today);
    // The title is cut to the window's width: what was picked is said whole under it.
    page.title(w.help_me_choose);
    let head = format!("{}: {}", w.recommended, picked.text);
    page.paragraph("", "", &head, Some(Role::Title));
    page.paragraph("", "", &spoken(&picked.detail, opts), Some(Role::Dim));
    page.blank();
    page.paragraph("", "", why(r.why, w), None);
    if r.caution_first {
        page.blank();
        page.paragraph("", "", w.caution_first, Some(Role::Warning));
    }
    if let Some((second, route)) = second {
        page.blank();
        page.paragraph("", "", w.second_choice, None);
        let line = route_item(second, route, lang, opts.today);
        let line = if opts.screen_reader {
            format!("{} ({})", line.text, spoken(&line.detail, opts))
        } else {
            format!("{} · {}", line.text, line.detail)
        };
        page.paragraph("  ", "  ", &line, None);
    }
    if let Some(note) = site_note(r.site, w) {
        page.blank();
        page.paragraph("", "", note, Some(Role::Dim));
    }
    page.out
}

/// What the screen-reader mode says first: why it is on and how to turn it off, when only
/// the system turned it on; then how to answer.
pub(crate) fn screen_reader_intro(from_system: bool, opts: &Options) -> String {
    let mut page = Page::new(opts);
    let w = page.words;
    if from_system {
        page.paragraph("", "", w.screen_reader_from_system, None);
    }
    page.paragraph("", "", w.screen_reader_intro, None);
    page.out
}

/// A line of the screen-reader mode, wrapped to the width as a paragraph.
pub(crate) fn said(text: &str, opts: &Options) -> String {
    let mut page = Page::new(opts);
    page.paragraph("", "", text, None);
    page.out
}

/// A choice of the screen-reader mode: its number, its text and its details in brackets,
/// wrapped under its text.
pub(crate) fn numbered_choice(number: usize, label: &Label, opts: &Options) -> String {
    let mut text = label.text.clone();
    if !label.detail.is_empty() {
        text = format!("{text} ({})", spoken(&label.detail, opts));
    }
    let first = format!("{number}. ");
    let rest = " ".repeat(display_width(&first));
    let mut page = Page::new(opts);
    page.paragraph(&first, &rest, &text, None);
    page.out
}

/// The one screen of a window smaller than the walkthrough needs: how big it must be, and
/// the command that prints the same instead; shorter where that does not fit, down to the
/// size alone.
pub(crate) fn too_small(rows: usize, columns: usize, command: &str, opts: &Options) -> Vec<String> {
    let w = words(opts.lang);
    let min_columns = super::menu::MIN_COLUMNS.to_string();
    let min_rows = super::menu::MIN_ROWS.to_string();
    let values = [
        ("columns", min_columns.as_str()),
        ("rows", min_rows.as_str()),
        ("now", &format!("{columns}×{rows}")),
        ("command", command),
    ];
    let wordings = [w.too_small, w.too_small_short, "{columns}×{rows}"];
    let mut lines = Vec::new();
    for wording in wordings {
        lines = wrap_words(&fill(wording, &values), columns.max(1));
        if lines.len() <= rows {
            break;
        }
    }
    lines.truncate(rows.max(1));
    lines
}

/// What stays on the shell's screen after the walkthrough: where the user left the method
/// they walked last (`step` of `steps`, or `None` once every step was done), the result when
/// they answered (`said`), and the command that shows the method again.
pub(crate) fn leave_note(
    guide: &Guide,
    step: Option<(usize, usize)>,
    said: Option<&str>,
    opts: &Options,
) -> String {
    let w = words(opts.lang);
    let title = guide.title.get(opts.lang);
    let sentence = match (said, step) {
        (Some(said), _) => format!("{title}: {said}"),
        (None, Some((n, m))) => fill(
            w.left_at_step,
            &[
                ("title", title),
                ("n", &n.to_string()),
                ("m", &m.to_string()),
            ],
        ),
        (None, None) => fill(w.left_all_steps, &[("title", title)]),
    };
    // Wrapped between words, as the terminal would cut them anywhere; the command whole on
    // a line of its own when it does not fit after its words, to be copied in one piece.
    let width = opts.width.unwrap_or(usize::MAX);
    let mut lines = wrap_words(&sentence, width);
    let command = format!("unlink-guide show {}", guide.id);
    let again = fill(w.show_again, &[("command", &command)]);
    if display_width(&again) <= width {
        lines.push(again);
    } else {
        let words = fill(w.show_again, &[("command", "")]);
        lines.extend(wrap_words(words.trim_end(), width));
        lines.push(command);
    }
    lines.join("\n") + "\n"
}

/// A question of "Help me choose", and why its answer matters, where that needs saying.
pub(crate) fn ask(question: Question, lang: Lang) -> (&'static str, Option<&'static str>) {
    let w = words(lang);
    match question {
        Question::Site => (w.ask_site, Some(w.ask_site_why)),
        Question::Device => (w.ask_device, None),
        Question::Refund => (w.ask_refund, Some(w.ask_refund_why)),
    }
}

/// A reply, as the item that gives it.
pub(crate) fn reply(reply: Reply, lang: Lang) -> &'static str {
    let w = words(lang);
    match reply {
        Reply::Site(Some(Site::Ru)) => w.site_ru,
        Reply::Site(Some(Site::Com)) => w.site_com,
        Reply::Site(None) => w.site_unknown,
        Reply::Device(Place::ComputerBrowser) => w.computer,
        Reply::Device(Place::PhoneApp) => w.phone,
        Reply::Refund(true) => w.refund_yes,
        Reply::Refund(false) => w.refund_no,
    }
}

/// What a question asked, in the list of answers so far.
fn answered(question: Question, w: &Words) -> &'static str {
    match question {
        Question::Site => w.answered_site,
        Question::Device => w.place_label,
        Question::Refund => w.answered_refund,
    }
}

/// A reply, short, in the list of answers so far.
fn reply_short(reply: Reply, w: &Words) -> &'static str {
    match reply {
        Reply::Site(Some(Site::Ru)) => "aliexpress.ru",
        Reply::Site(Some(Site::Com)) => "aliexpress.com",
        Reply::Site(None) => w.site_unknown_short,
        Reply::Device(place) => w.place_short(place),
        Reply::Refund(true) => w.yes_short,
        Reply::Refund(false) => w.no_short,
    }
}

/// Why a route is recommended, in one line.
fn why(why: Why, w: &Words) -> &'static str {
    match why {
        Why::Website => w.why_website,
        Why::AppWallet => w.why_app_wallet,
        Why::AppPayments => w.why_app_payments,
        Why::ArticleApp => w.why_article_app,
        Why::DirectLink => w.why_direct_link,
        Why::MobileSite => w.why_mobile_site,
        Why::AlipayAccount => w.why_alipay_account,
        Why::AlipaySettings => w.why_alipay_settings,
    }
}

/// What the recommendation says of the site they said: that no source describes
/// aliexpress.ru, and how to tell which site it is.
fn site_note(site: Option<Site>, w: &Words) -> Option<&'static str> {
    match site {
        Some(Site::Ru) => Some(w.site_note_ru),
        Some(Site::Com) => None,
        None => Some(w.site_note_unknown),
    }
}

#[cfg(test)]
mod tests;
