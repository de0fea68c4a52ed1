//! The screen of the walkthrough: a text, then a menu, then the keys hint on the last row,
//! laid out to the terminal's size and drawn by the tool itself.
//!
//! dialoguer's `Select` measured items in bytes (each keypress erased lines above a Russian
//! menu), could not skip headers, had a fixed key map and panicked below three rows. Here the
//! two halves are pure functions: `on_key` turns a key into a new `View` or an `Outcome`, and
//! `layout` turns a `Frame` into the lines of one screen, measured in terminal columns and
//! never more rows than the terminal has. `super` only writes those lines and reads keys.

use crate::terminal::screen::Key;

use super::frames::{self, Keys, Label};
use crate::render::Options;
use crate::render::page::{display_width, fit};

/// One entry of a menu: an item that does `action`, or a group's title (`None`), which the
/// cursor skips.
#[derive(Clone, Debug)]
pub(crate) struct Entry<T> {
    pub(crate) label: Label,
    pub(crate) action: Option<T>,
}

impl<T> Entry<T> {
    pub(crate) fn item(label: Label, action: T) -> Entry<T> {
        Entry {
            label,
            action: Some(action),
        }
    }

    pub(crate) fn header(text: &str) -> Entry<T> {
        Entry {
            label: Label::plain(text),
            action: None,
        }
    }

    fn is_item(&self) -> bool {
        self.action.is_some()
    }
}

/// What Esc does on a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Escape {
    /// Go back one level.
    Back,
    /// Move the cursor to this entry: on the first menu, where there is nothing to go back
    /// to, it is «Quit».
    Select(usize),
}

/// Everything one screen shows: its text (the title first), a message, the question the
/// menu answers, and the menu.
#[derive(Clone, Debug)]
pub(crate) struct Frame<T> {
    pub(crate) text: String,
    pub(crate) status: Option<String>,
    pub(crate) prompt: Option<String>,
    pub(crate) entries: Vec<Entry<T>>,
    /// The entries that y and n choose, on a yes-or-no question.
    pub(crate) yes_no: Option<(usize, usize)>,
    pub(crate) escape: Escape,
    /// Whether the menu is what the screen is for (the first menu, the next steps after
    /// "No"): it then gets the rows it needs before the text; else the text comes first.
    pub(crate) menu_first: bool,
}

impl<T> Frame<T> {
    /// The view of a screen just opened: the cursor on its first item, the text from the top.
    pub(crate) fn first_view(&self) -> View {
        View {
            cursor: items(&self.entries).first().copied().unwrap_or(0),
            top: 0,
            scroll: 0,
        }
    }
}

/// Where the user is on a screen: the selected entry, the first entry shown, and the first
/// line of text shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct View {
    pub(crate) cursor: usize,
    pub(crate) top: usize,
    pub(crate) scroll: usize,
}

/// How much of the screen the last layout could show, which the paging keys need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fit {
    /// Lines of text one PgDn moves by.
    pub(crate) text_page: usize,
    /// How far the text can be scrolled; 0 when it fits.
    pub(crate) max_scroll: usize,
    /// Items one PgDn moves by, when the text fits.
    pub(crate) list_page: usize,
}

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// To stay on the screen, seen this way: the cursor moved, the text scrolled, or nothing.
    Move(View),
    /// The entry at this index.
    Choose(usize),
    Back,
    Quit,
    /// Ctrl-C.
    Interrupt,
}

/// The indexes of the entries that can be chosen.
fn items<T>(entries: &[Entry<T>]) -> Vec<usize> {
    (0..entries.len())
        .filter(|&i| entries[i].is_item())
        .collect()
}

/// The smallest window the walkthrough is drawn in; a smaller one gets one line saying so.
pub(crate) const MIN_ROWS: usize = 12;
pub(crate) const MIN_COLUMNS: usize = 30;
/// In a window shorter than this, a text longer than the window loses its blank lines, so
/// that more of it fits at once (a deletion's caution under its instruction, at 30×12).
const COMPACT_ROWS: usize = 20;

/// The one key map of the walkthrough. ↑/↓ (and j/k) move between the items, skipping
/// headers and stopping at the first and the last; Home/End go to the first and last;
/// PgUp/PgDn scroll a text longer than the screen, and do nothing where there is none to
/// scroll; Enter chooses; a digit chooses that item; y/n answer a yes-or-no question; Esc (or
/// Backspace) goes back; q quits. Letters are also read on a Russian keyboard layout, where
/// the same keys type й, о, л, н and т. No key but q, Ctrl-C and choosing «Quit» ends the walk.
pub(crate) fn on_key<T>(key: Key, view: View, frame: &Frame<T>, fit: Fit) -> Outcome {
    let items = items(&frame.entries);
    let escape = || match frame.escape {
        Escape::Back => Outcome::Back,
        Escape::Select(cursor) => Outcome::Move(View { cursor, ..view }),
    };
    match key {
        Key::Interrupt => return Outcome::Interrupt,
        Key::Escape | Key::Backspace => return escape(),
        Key::Char('q' | 'Q' | 'й' | 'Й') => return Outcome::Quit,
        Key::PageUp => {
            return Outcome::Move(View {
                scroll: view.scroll.saturating_sub(fit.text_page.max(1)),
                ..view
            });
        }
        Key::PageDown => {
            return Outcome::Move(View {
                scroll: (view.scroll + fit.text_page.max(1)).min(fit.max_scroll),
                ..view
            });
        }
        _ => {}
    }
    if items.is_empty() {
        return Outcome::Move(view);
    }
    let last = items.len() - 1;
    let at = items.iter().position(|&i| i == view.cursor).unwrap_or(0);
    let to = |n: usize| {
        Outcome::Move(View {
            cursor: items[n],
            ..view
        })
    };
    match key {
        Key::Up | Key::BackTab | Key::Char('k' | 'л') => to(at.saturating_sub(1)),
        Key::Down | Key::Tab | Key::Char('j' | 'о') => to((at + 1).min(last)),
        Key::Home => to(0),
        Key::End => to(last),
        Key::Enter => Outcome::Choose(items[at]),
        Key::Char(c @ '1'..='9') => match items.get(c as usize - '1' as usize) {
            Some(&entry) => Outcome::Choose(entry),
            None => Outcome::Move(view),
        },
        Key::Char('y' | 'Y' | 'д' | 'Д') if frame.yes_no.is_some() => {
            Outcome::Choose(frame.yes_no.map_or(0, |(yes, _)| yes))
        }
        Key::Char('n' | 'N' | 'т' | 'Т') if frame.yes_no.is_some() => {
            Outcome::Choose(frame.yes_no.map_or(0, |(_, no)| no))
        }
        _ => Outcome::Move(view),
    }
}

/// One screen, laid out: its lines from the top row (a line longer than the terminal is an
/// address, which the terminal wraps), the view as shown, and how much fitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    pub(crate) lines: Vec<String>,
    pub(crate) view: View,
    pub(crate) fit: Fit,
}

/// How many rows `line` takes in a terminal `columns` wide.
fn rows_of(line: &str, columns: usize) -> usize {
    display_width(line).div_ceil(columns).max(1)
}

fn rows_of_all(lines: &[String], columns: usize) -> usize {
    lines.iter().map(|l| rows_of(l, columns)).sum()
}

/// A line that must not be wider than the terminal: cut, unless it holds an address, which
/// is left whole for the terminal to wrap.
fn clip(line: &str, columns: usize) -> String {
    if line.contains("://") {
        line.to_string()
    } else {
        fit(line, Some(columns)).into_owned()
    }
}

/// Lays `frame` out on a terminal of `rows` × `columns`, at least `MIN_ROWS` × `MIN_COLUMNS`.
/// From the top: the title, the text, the message, the question, the menu; the keys hint on
/// the last row. The title, the question (whole), the message and the hint always show;
/// when the rest does not fit, the text gets at least two thirds of what is left (a step's
/// instruction is at its top) and the menu at least three rows; where the menu is what the
/// screen is for, the text gets a third, each windowed, with a line
/// saying how much more there is. Never more rows than the terminal has, and no line wider
/// than it but an address.
pub(crate) fn layout<T>(
    frame: &Frame<T>,
    view: View,
    rows: usize,
    columns: usize,
    opts: &Options,
) -> Layout {
    let width = opts.width.unwrap_or(columns).min(columns);
    let item_indexes = items(&frame.entries);
    let mut view = view;
    if !item_indexes.contains(&view.cursor) {
        view.cursor = item_indexes.first().copied().unwrap_or(0);
    }
    let entry_lines: Vec<Vec<String>> = frame
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let number = item_indexes.iter().position(|&n| n == i).map(|n| n + 1);
            frames::entry_lines(
                &entry.label,
                !entry.is_item(),
                number,
                i == view.cursor,
                width,
                opts,
            )
        })
        .collect();
    let mut keys = Keys {
        back: frame.escape == Escape::Back,
        yes_no: frame.yes_no.is_some(),
        scroll: false,
        digits: !item_indexes.is_empty(),
    };

    let text: Vec<&str> = frame.text.trim_end().lines().collect();
    let (title, mut body) = match text.split_first() {
        Some((title, body)) => (Some(clip(title, columns)), body.to_vec()),
        None => (None, Vec::new()),
    };
    let mut body_rows: Vec<usize> = body.iter().map(|l| rows_of(l, columns)).collect();
    let mut text_need: usize = body_rows.iter().sum();
    let heights: Vec<usize> = entry_lines.iter().map(Vec::len).collect();
    let list_need: usize = heights.iter().sum();
    let prompt: Vec<String> = frame
        .prompt
        .as_deref()
        .map(|p| frames::wrap_words(p, width))
        .unwrap_or_default();

    // What is left under the title and the question, above the hint.
    let mut free = rows.saturating_sub(1 + usize::from(title.is_some()) + prompt.len());
    let min_list = list_need.min(3);
    let mut status = Vec::new();
    for line in frame.status.as_deref().unwrap_or("").trim_end().lines() {
        let line = clip(line, columns);
        let r = rows_of(&line, columns);
        if rows_of_all(&status, columns) + r + min_list <= free {
            status.push(line);
        }
    }
    free -= rows_of_all(&status, columns);
    let gap = usize::from(text_need > 0 || title.is_some() || !status.is_empty()).min(free);
    let (text_rows, list_rows) = if text_need + gap + list_need <= free {
        (text_need, list_need)
    } else {
        if rows < COMPACT_ROWS {
            body.retain(|line| !line.trim().is_empty());
            body_rows = body.iter().map(|l| rows_of(l, columns)).collect();
            text_need = body_rows.iter().sum();
        }
        let room = free - gap;
        let share = if frame.menu_first {
            (room / 3).max(2)
        } else {
            room * 2 / 3
        };
        let text = text_need
            .min(room.saturating_sub(list_need).max(share))
            .min(room.saturating_sub(min_list));
        let list = list_need.min(room - text);
        (text_need.min(room - list), list)
    };
    let (start, end) = window(&frame.entries, &heights, view.cursor, view.top, list_rows);
    view.top = start;
    let hidden_above = item_indexes.iter().filter(|&&i| i < start).count();
    let hidden_below = item_indexes.iter().filter(|&&i| i >= end).count();
    // Rows the menu's window leaves unused (its next item did not fit) go to the text.
    let list_used = heights[start..end].iter().sum::<usize>()
        + usize::from(hidden_above > 0)
        + usize::from(hidden_below > 0);
    let text_rows = text_need.min(text_rows + list_rows.saturating_sub(list_used));

    let mut lines: Vec<String> = Vec::with_capacity(rows);
    lines.extend(title);
    let mut fit = Fit::default();
    if text_need <= text_rows {
        lines.extend(body.iter().map(|l| clip(l, columns)));
        view.scroll = 0;
    } else if text_rows > 0 {
        keys.scroll = true;
        let shown = if text_rows > 1 { text_rows - 1 } else { 1 };
        // The furthest scroll that still fills the window.
        let mut max_scroll = body.len();
        let mut tail = 0;
        while max_scroll > 0 && tail + body_rows[max_scroll - 1] <= shown {
            max_scroll -= 1;
            tail += body_rows[max_scroll];
        }
        view.scroll = view.scroll.min(max_scroll);
        let mut used = 0;
        let mut end = view.scroll;
        while end < body.len() && used + body_rows[end] <= shown {
            used += body_rows[end];
            end += 1;
        }
        lines.extend(body[view.scroll..end].iter().map(|l| clip(l, columns)));
        if text_rows > 1 {
            lines.push(frames::more_text(
                body.len() - end,
                view.scroll,
                width,
                opts,
            ));
        }
        fit.text_page = shown.saturating_sub(1).max(1);
        fit.max_scroll = max_scroll;
    }
    lines.extend(status);
    if gap == 1 {
        lines.push(String::new());
    }
    lines.extend(prompt);

    if hidden_above > 0 {
        lines.push(frames::more_items(hidden_above, true, width, opts));
    }
    for entry in &entry_lines[start..end] {
        lines.extend(entry.iter().cloned());
    }
    if hidden_below > 0 {
        lines.push(frames::more_items(hidden_below, false, width, opts));
    }
    fit.list_page = item_indexes
        .iter()
        .filter(|&&i| i >= start && i < end)
        .count()
        .max(1);

    // Should anything still not fit (an item taller than the menu's rows), the end of the
    // menu gives way: the hint stays on the last row.
    while lines.len() > 1 && rows_of_all(&lines, columns) + 1 > rows {
        lines.pop();
    }
    let used = rows_of_all(&lines, columns);
    lines.extend(std::iter::repeat_n(
        String::new(),
        rows.saturating_sub(used + 1),
    ));
    lines.push(frames::keys_hint(keys, width, opts));
    Layout { lines, view, fit }
}

/// The entries `start..end` to show in `rows` rows, the cursor's among them: from `top`
/// when the cursor is in view from there, else scrolled just far enough. A group's title
/// comes into view with its first item. A row above and a row below are kept for saying
/// how many items are hidden there, when some are.
fn window<T>(
    entries: &[Entry<T>],
    heights: &[usize],
    cursor: usize,
    top: usize,
    rows: usize,
) -> (usize, usize) {
    let n = entries.len();
    if heights.iter().sum::<usize>() <= rows {
        return (0, n);
    }
    let item_before = |i: usize| entries[..i].iter().any(Entry::is_item);
    let item_from = |i: usize| entries[i..].iter().any(Entry::is_item);
    // The end of a window from `start`, the row for the line above taken first.
    let fill = |start: usize| {
        let room = rows.saturating_sub(usize::from(item_before(start)));
        let mut end = start;
        let mut used = 0;
        while end < n && used + heights[end] <= room {
            used += heights[end];
            end += 1;
        }
        if end < n && item_from(end) {
            while end > start && used + 1 > room {
                end -= 1;
                used -= heights[end];
            }
        }
        end.max(start + 1).min(n)
    };
    let mut start = top.min(cursor);
    if start == cursor && cursor > 0 && !entries[cursor - 1].is_item() {
        start = cursor - 1;
    }
    // The top of the list, with the first item's header, when nothing is hidden above.
    if !item_before(start) {
        start = 0;
    }
    while start < cursor && fill(start) <= cursor {
        start += 1;
    }
    (start, fill(start))
}

#[cfg(test)]
mod tests;
