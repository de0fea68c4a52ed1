//! The screen-reader mode: the walkthrough as plain lines that a screen reader (NVDA, JAWS,
//! Narrator, Orca) reads in order, each screen written once and never redrawn, and answered
//! by a line typed in the terminal's own line mode, where the screen reader's line editing
//! works.
//!
//! It walks the same `Session` through the same screens as the full-screen walkthrough:
//! each is built by `Screens::frame`, and only the drawing and the answering differ. A screen
//! is its text, where the user is in words on its first line; then its question, or
//! «Choices:»; then the choices as numbered lines; then a prompt. Nothing is drawn: no colour,
//! no cursor movement, no box or bar. `screen` and `answer` are pure; `run` only writes and
//! reads lines.
use guide_format::Lang;

use super::frames::{self, Label};
use super::menu::{Escape, Frame};
use super::session::{Event, Session};
use super::{Choice, Screens, open_link};
use crate::config::Config;
use crate::error::Error;
use crate::i18n::{AnswerWords, fill, words};
use crate::render::Options;
use crate::sanitize::visible;
use crate::terminal::lines::Lines;
use crate::terminal::{self, ScreenReader};

/// Walks `session` to its end in the screen-reader mode; `notice` (such as guide files that
/// were skipped) is said before the first screen, and `why` the mode is on decides whether
/// the first line says how to turn it off.
pub(super) fn run(
    screens: &Screens,
    config: &Config,
    session: &mut Session,
    notice: &str,
    why: ScreenReader,
) -> Result<(), Error> {
    // Dropped last: the note of where the user was stays after everything else.
    let lines = Lines::open();
    let say = |text: &str| lines.write(text).map_err(Error::Output);
    let opts = options(config, session.lang);
    let from_system = why == ScreenReader::System;
    say(&frames::screen_reader_intro(from_system, &opts))?;
    say(notice)?;
    let mut status = None;
    while !session.ended {
        let opts = options(config, session.lang);
        let w = words(session.lang);
        // Where the user is now is what the end says, however it comes.
        if let Some(note) = screens.note(session, &opts) {
            lines.set_note(&note);
        }
        let mut frame = screens.frame(session, &opts)?;
        frame.status = status.take();
        say(&screen(&frame, &opts))?;
        let event = loop {
            say(w.screen_reader_prompt)?;
            let Some(line) = lines.read_line().map_err(Error::Input)? else {
                say(&format!("\n{}\n", w.screen_reader_input_ended))?;
                return Ok(());
            };
            if !lines.shows_typing() {
                say(&format!("{}\n", visible(&line)))?;
            }
            match answer(&line, &frame) {
                Answer::Entry(index) => match frame.entries[index].action.clone() {
                    Some(Choice::Go(event)) => break event,
                    Some(Choice::Open(url)) => {
                        status = Some(open_link(&url, &opts));
                        break Event::Answer(true);
                    }
                    None => {}
                },
                Answer::Back => break Event::Back,
                Answer::Again(again) => say(&repeat(&frame, &line, again, &opts))?,
            }
        };
        session.handle(event);
        if let Some(note) = screens.note(session, &opts) {
            lines.set_note(&note);
        }
    }
    Ok(())
}

/// Plain text: no colour, no hyperlink escapes, wrapped between words to the window where
/// there is one (read anew for each screen, as the window may change); a pipe gets whole lines.
fn options(config: &Config, lang: Lang) -> Options {
    Options {
        lang,
        color: false,
        hyperlinks: false,
        screen_reader: true,
        width: terminal::output_width(),
        ..config.render_options()
    }
}

/// One screen as lines, after a blank line that sets it apart from the one before: its text,
/// any message, its question (or «Choices:»), and its choices numbered from 1, each item
/// with its details in brackets and each group's title as a line of its own.
fn screen(frame: &Frame<Choice>, opts: &Options) -> String {
    let w = words(opts.lang);
    let mut out = String::from("\n");
    for part in [Some(frame.text.as_str()), frame.status.as_deref()]
        .into_iter()
        .flatten()
    {
        let part = part.trim_matches('\n');
        if !part.is_empty() {
            out.push_str(part);
            out.push('\n');
        }
    }
    out.push('\n');
    let question = frame.prompt.as_deref().unwrap_or(w.screen_reader_choices);
    out.push_str(&frames::said(question, opts));
    let mut number = 0;
    for entry in &frame.entries {
        let label = &entry.label;
        if entry.action.is_none() {
            out.push_str(&frames::said(&format!("{}:", label.text), opts));
            continue;
        }
        number += 1;
        out.push_str(&frames::numbered_choice(number, label, opts));
    }
    out
}

/// What a typed line asks for on a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    /// The entry at this index.
    Entry(usize),
    /// One level back, as Esc goes.
    Back,
    /// Nothing on this screen: ask again.
    Again(Again),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Again {
    NotUnderstood,
    /// Nothing typed, where the question is yes or no: Enter alone answers no such question.
    YesOrNo,
}

/// The answer `line` gives on `frame`: the number of a choice; a word of either language
/// (next, back, menu, quit; yes and no where the question is yes or no), whatever its case
/// and the punctuation around it; or nothing, which chooses the first item, as Enter does on
/// a screen just opened in the full-screen walkthrough, but never answers yes or no.
fn answer(line: &str, frame: &Frame<Choice>) -> Answer {
    let items: Vec<usize> = (0..frame.entries.len())
        .filter(|&i| frame.entries[i].action.is_some())
        .collect();
    let typed = line
        .trim()
        .trim_matches(['.', ',', '!', '?', ';', ':', '"', '\'', '«', '»', '“', '”'])
        .trim()
        .to_lowercase();
    if typed.is_empty() {
        return match (frame.yes_no, items.first()) {
            (Some(_), _) => Answer::Again(Again::YesOrNo),
            (None, Some(&first)) => Answer::Entry(first),
            (None, None) => Answer::Again(Again::NotUnderstood),
        };
    }
    if let Ok(n) = typed.parse::<usize>() {
        return match n.checked_sub(1).and_then(|n| items.get(n)) {
            Some(&entry) => Answer::Entry(entry),
            None => Answer::Again(Again::NotUnderstood),
        };
    }
    let is = |pick: fn(&AnswerWords) -> &'static [&'static str]| {
        [Lang::En, Lang::Ru]
            .iter()
            .any(|&lang| pick(&words(lang).answer_words).contains(&typed.as_str()))
    };
    let entry_for = |wanted: Event| {
        items.iter().copied().find(
            |&i| matches!(&frame.entries[i].action, Some(Choice::Go(event)) if *event == wanted),
        )
    };
    let found = if is(|a| a.next) {
        entry_for(Event::Next)
    } else if is(|a| a.menu) {
        entry_for(Event::Menu)
    } else if is(|a| a.quit) {
        entry_for(Event::Quit)
    } else if is(|a| a.back) {
        if frame.escape == Escape::Back {
            return Answer::Back;
        }
        None
    } else if is(|a| a.yes) {
        frame.yes_no.map(|(yes, _)| yes)
    } else if is(|a| a.no) {
        frame.yes_no.map(|(_, no)| no)
    } else {
        None
    };
    found.map_or(Answer::Again(Again::NotUnderstood), Answer::Entry)
}

/// The words that answer `frame`, in `lang`, in the order `answer` reads them.
fn words_for(frame: &Frame<Choice>, lang: Lang) -> Vec<&'static str> {
    let a = &words(lang).answer_words;
    let offers = |wanted: Event| {
        frame
            .entries
            .iter()
            .any(|e| matches!(&e.action, Some(Choice::Go(event)) if *event == wanted))
    };
    let mut found = Vec::new();
    if frame.yes_no.is_some() {
        found.extend([a.yes[0], a.no[0]]);
    }
    if offers(Event::Next) {
        found.push(a.next[0]);
    }
    if frame.escape == Escape::Back {
        found.push(a.back[0]);
    }
    if offers(Event::Menu) {
        found.push(a.menu[0]);
    }
    if offers(Event::Quit) {
        found.push(a.quit[0]);
    }
    found
}

/// What is said after an answer that means nothing on the screen: why, how to answer, and
/// the choices again, briefly: their text alone, without details, under their groups' titles
/// (which tell apart the same method on a computer and on a phone).
fn repeat(frame: &Frame<Choice>, line: &str, again: Again, opts: &Options) -> String {
    let lang = opts.lang;
    let w = words(lang);
    let n = frame
        .entries
        .iter()
        .filter(|e| e.action.is_some())
        .count()
        .to_string();
    let message = match again {
        Again::NotUnderstood => {
            let said = visible(line.trim());
            let mut message = fill(
                w.screen_reader_not_understood,
                &[("answer", &said), ("n", &n)],
            );
            let offered = words_for(frame, lang);
            if !offered.is_empty() {
                message.push(' ');
                message.push_str(&fill(
                    w.screen_reader_words,
                    &[("words", &offered.join(", "))],
                ));
            }
            message
        }
        Again::YesOrNo => fill(w.screen_reader_yes_or_no, &[("n", &n)]),
    };
    let mut out = frames::said(&message, opts);
    let mut number = 0;
    for entry in &frame.entries {
        let text = Label::plain(&entry.label.text);
        if entry.action.is_none() {
            out.push_str(&frames::said(&format!("{}:", text.text), opts));
            continue;
        }
        number += 1;
        out.push_str(&frames::numbered_choice(number, &text, opts));
    }
    out
}

#[cfg(test)]
mod tests;
