//! The screen of the walkthrough: a text, then a menu, then the keys hint on the last row,
//! laid out to the terminal's size and drawn by the tool itself.
//!
//! dialoguer's `Select` measured items in bytes (each keypress erased lines above a Russian
//! menu), could not skip headers, had a fixed key map and panicked below three rows. Here the
//! two halves are pure functions: `on_key` turns a key into a new `View` or an `Outcome`, and
//! `layout` turns a `Frame` into the lines of one screen, measured in terminal columns and
//! never more rows than the terminal has. `super` only writes those lines and reads keys.

use crate::terminal::screen::Key;

use crate::render::Options;
use crate::render::walk::{self, Keys, Label};

/// One entry of a menu: an item that does `action`, or a group's title (`None`), which the
/// cursor skips.
#[derive(Clone, Debug)]
pub struct Entry<T> {
    pub label: Label,
    pub action: Option<T>,
}

impl<T> Entry<T> {
    pub fn item(label: Label, action: T) -> Entry<T> {
        Entry {
            label,
            action: Some(action),
        }
    }

    pub fn header(text: &str) -> Entry<T> {
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
pub enum Escape {
    /// Go back one level.
    Back,
    /// Move the cursor to this entry: on the first menu, where there is nothing to go back
    /// to, it is «Quit».
    Select(usize),
}

/// Everything one screen shows: its text (the title first), a message, the question the
/// menu answers, and the menu.
#[derive(Clone, Debug)]
pub struct Frame<T> {
    pub text: String,
    pub status: Option<String>,
    pub prompt: Option<String>,
    pub entries: Vec<Entry<T>>,
    /// The entries that y and n choose, on a yes-or-no question.
    pub yes_no: Option<(usize, usize)>,
    pub escape: Escape,
}

impl<T> Frame<T> {
    /// The view of a screen just opened: the cursor on its first item, the text from the top.
    pub fn first_view(&self) -> View {
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
pub struct View {
    pub cursor: usize,
    pub top: usize,
    pub scroll: usize,
}

/// How much of the screen the last layout could show, which the paging keys need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fit {
    /// Lines of text one PgDn moves by.
    pub text_page: usize,
    /// How far the text can be scrolled; 0 when it fits.
    pub max_scroll: usize,
    /// Items one PgDn moves by, when the text fits.
    pub list_page: usize,
}

/// What a key asks for, beyond moving on the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
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

/// The one key map of the walkthrough. ↑/↓ (and j/k) move round the items, skipping headers;
/// Home/End go to the first and last; PgUp/PgDn scroll a text longer than the screen, or else
/// move a page of items; Enter chooses; a digit chooses that item; y/n answer a yes-or-no
/// question; Esc (or Backspace) goes back; q quits. Letters are also read on a Russian
/// keyboard layout, where the same keys type й, о, л, н and т.
pub fn on_key<T>(key: Key, view: View, frame: &Frame<T>, fit: Fit) -> Result<View, Outcome> {
    let items = items(&frame.entries);
    let escape = || match frame.escape {
        Escape::Back => Err(Outcome::Back),
        Escape::Select(cursor) => Ok(View { cursor, ..view }),
    };
    match key {
        Key::Interrupt => return Err(Outcome::Interrupt),
        Key::Escape | Key::Backspace => return escape(),
        Key::Char('q' | 'Q' | 'й' | 'Й') => return Err(Outcome::Quit),
        _ => {}
    }
    if items.is_empty() {
        return Ok(view);
    }
    let last = items.len() - 1;
    let at = items.iter().position(|&i| i == view.cursor).unwrap_or(0);
    let to = |n: usize| {
        Ok(View {
            cursor: items[n],
            ..view
        })
    };
    let text_page = fit.text_page.max(1);
    let list_page = fit.list_page.max(1);
    match key {
        Key::Up | Key::BackTab | Key::Char('k' | 'л') => to(if at == 0 { last } else { at - 1 }),
        Key::Down | Key::Tab | Key::Char('j' | 'о') => to(if at == last { 0 } else { at + 1 }),
        Key::Home => to(0),
        Key::End => to(last),
        Key::PageUp if fit.max_scroll > 0 => Ok(View {
            scroll: view.scroll.saturating_sub(text_page),
            ..view
        }),
        Key::PageDown if fit.max_scroll > 0 => Ok(View {
            scroll: (view.scroll + text_page).min(fit.max_scroll),
            ..view
        }),
        Key::PageUp => to(at.saturating_sub(list_page)),
        Key::PageDown => to((at + list_page).min(last)),
        Key::Enter => Err(Outcome::Choose(items[at])),
        Key::Char(c @ '1'..='9') => match items.get(c as usize - '1' as usize) {
            Some(&entry) => Err(Outcome::Choose(entry)),
            None => Ok(view),
        },
        Key::Char('y' | 'Y' | 'д' | 'Д') if frame.yes_no.is_some() => {
            Err(Outcome::Choose(frame.yes_no.map_or(0, |(yes, _)| yes)))
        }
        Key::Char('n' | 'N' | 'т' | 'Т') if frame.yes_no.is_some() => {
            Err(Outcome::Choose(frame.yes_no.map_or(0, |(_, no)| no)))
        }
        _ => Ok(view),
    }
}

/// One screen, laid out: its lines from the top row (a line longer than the terminal is an
/// address, which the terminal wraps), the view as shown, and how much fitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub lines: Vec<String>,
    pub view: View,
    pub fit: Fit,
    /// The screen's text and message as shown, to leave on the terminal when the program
    /// ends.
    pub kept: Vec<String>,
}

/// How many rows `line` takes in a terminal `columns` wide.
fn rows_of(line: &str, columns: usize) -> usize {
    console::measure_text_width(line).div_ceil(columns).max(1)
}

/// A line that must not be wider than the terminal: cut, unless it holds an address, which
/// is left whole for the terminal to wrap.
fn clip(line: &str, columns: usize) -> String {
    if line.contains("://") || console::measure_text_width(line) <= columns {
        line.to_string()
    } else {
        console::truncate_str(line, columns, "…").into_owned()
    }
}

/// Lays `frame` out on a terminal of `rows` × `columns`. What stays when rows are short, in
/// order: the keys hint (last row), the selected item, the title (first row), the question,
/// the message, the rest of the menu, then as much text as fits, with a line saying how much
/// more PgDn shows. No line is wider than the terminal but an address.
pub fn layout<T>(
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
            walk::entry_lines(
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
    if rows == 0 || columns == 0 {
        return Layout {
            lines: Vec::new(),
            view,
            fit: Fit::default(),
            kept: Vec::new(),
        };
    }
    if rows < 3 {
        // Room for the selected item and, on two rows, the hint: enough to choose or leave.
        let mut lines: Vec<String> = entry_lines
            .get(view.cursor)
            .and_then(|l| l.first())
            .cloned()
            .into_iter()
            .collect();
        if rows == 2 {
            lines.push(walk::keys_hint(keys, width, opts));
        }
        return Layout {
            lines,
            view,
            fit: Fit {
                list_page: 1,
                ..Fit::default()
            },
            kept: Vec::new(),
        };
    }

    let text: Vec<&str> = frame.text.trim_end().lines().collect();
    let (title, body) = match text.split_first() {
        Some((title, body)) => (Some(*title), body),
        None => (None, &[][..]),
    };
    let body_rows: Vec<usize> = body.iter().map(|l| rows_of(l, columns)).collect();
    let text_need: usize = body_rows.iter().sum();
    let list_need: usize = entry_lines.iter().map(Vec::len).sum();
    let prompt = frame.prompt.as_deref().map(|p| walk::fit_words(p, width));
    let status: Vec<&str> = frame
        .status
        .as_deref()
        .map(|s| s.trim_end().lines().collect())
        .unwrap_or_default();

    // Rows for the hint and the title, then what the menu needs above it.
    let mut budget = rows - 1 - usize::from(title.is_some());
    let prompt_rows = usize::from(prompt.is_some() && budget > 1);
    budget -= prompt_rows;
    let mut status_lines = 0;
    let mut status_rows = 0;
    for line in &status {
        let r = rows_of(line, columns);
        if status_rows + r < budget {
            status_rows += r;
            status_lines += 1;
        }
    }
    budget -= status_rows;
    let gap = usize::from(text_need > 0 || title.is_some());
    let (text_rows, list_rows, gap) = if text_need + gap + list_need <= budget {
        (text_need, list_need, gap)
    } else {
        // The text is what the user reads first: at least two fifths of the screen when
        // it is long, the menu then being windowed.
        let min_text = text_need.min((rows * 2 / 5).max(4));
        let min_list = list_need.min(3).min(budget);
        let list = list_need
            .min(budget.saturating_sub(min_text + gap))
            .max(min_list);
        let gap = usize::from(gap == 1 && budget > list + 1);
        let text = text_need.min(budget - list - gap);
        let list = list_need.min(budget - text - gap);
        (text, list, gap)
    };

    // The text: all of it, or a window of it and a line saying how much more there is.
    let mut lines: Vec<String> = Vec::with_capacity(rows);
    if let Some(title) = title {
        lines.push(clip(title, columns));
    }
    let mut fit = Fit::default();
    let mut kept = lines.clone();
    if text_need <= text_rows {
        lines.extend(body.iter().map(|l| clip(l, columns)));
        view.scroll = 0;
        kept.clone_from(&lines);
    } else if text_rows > 0 {
        keys.scroll = true;
        let shown = text_rows.saturating_sub(1).max(1);
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
        if end == view.scroll && end < body.len() {
            end += 1;
        }
        lines.extend(body[view.scroll..end].iter().map(|l| clip(l, columns)));
        kept.clone_from(&lines);
        if text_rows > 1 {
            lines.push(walk::more_text(body.len() - end, view.scroll, width, opts));
        }
        fit.text_page = shown.saturating_sub(1).max(1);
        fit.max_scroll = max_scroll;
    }
    let status: Vec<String> = status
        .iter()
        .take(status_lines)
        .map(|l| clip(l, columns))
        .collect();
    lines.extend(status.iter().cloned());
    kept.extend(status);
    if gap == 1 {
        lines.push(String::new());
    }
    if prompt_rows == 1 {
        lines.extend(prompt);
    }

    // The menu: all of it, or a window round the cursor with a line for what is above and
    // below it.
    let heights: Vec<usize> = entry_lines.iter().map(Vec::len).collect();
    let (start, end) = window(&frame.entries, &heights, view.cursor, view.top, list_rows);
    view.top = start;
    let markers = list_rows >= 3 && list_need > list_rows;
    if markers && start > 0 {
        let hidden = item_indexes.iter().filter(|&&i| i < start).count();
        lines.push(walk::more_items(hidden, true, width, opts));
    }
    for entry in &entry_lines[start..end] {
        lines.extend(entry.iter().cloned());
    }
    if markers && end < frame.entries.len() {
        let hidden = item_indexes.iter().filter(|&&i| i >= end).count();
        lines.push(walk::more_items(hidden, false, width, opts));
    }
    fit.list_page = item_indexes
        .iter()
        .filter(|&&i| i >= start && i < end)
        .count()
        .max(1);

    // The hint on the last row.
    let used: usize = lines.iter().map(|l| rows_of(l, columns)).sum();
    lines.extend(std::iter::repeat_n(
        String::new(),
        rows.saturating_sub(used + 1),
    ));
    lines.push(walk::keys_hint(keys, width, opts));
    Layout {
        lines,
        view,
        fit,
        kept,
    }
}

/// The entries `start..end` to show in `rows` rows, the cursor's among them: from `top`
/// when the cursor is in view from there, else scrolled just far enough. A group's title
/// comes into view with its first item. When not all fit, a row above and a row below are
/// kept for saying what is hidden.
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
    let markers = rows >= 3;
    let fill = |start: usize| {
        let mut room = rows - usize::from(markers && start > 0);
        let mut end = start;
        let mut used = 0;
        while end < n && used + heights[end] <= room {
            used += heights[end];
            end += 1;
        }
        if markers && end < n {
            room -= 1;
            while used > room && end > start {
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
    // The first item's header, and the top of the list with it.
    if start > 0 && items(entries).first() == Some(&cursor) {
        start = 0;
    }
    while start < cursor && fill(start) <= cursor {
        start += 1;
    }
    (start, fill(start))
}

#[cfg(test)]
mod tests;
