//! Tests of `menu`.
use super::*;
use crate::testing::TODAY;
use guide_format::Lang;

fn options(width: usize) -> Options {
    Options {
        lang: Lang::En,
        color: false,
        hyperlinks: false,
        screen_reader: false,
        width: Some(width),
        today: TODAY,
    }
}

/// A menu of a header and items named by their letters, under a text of `text_lines`
/// lines.
fn frame(shape: &str, text_lines: usize) -> Frame<char> {
    let mut text = String::from("Title\n");
    for n in 1..=text_lines {
        text.push_str(&format!("line {n}\n"));
    }
    Frame {
        text,
        status: None,
        prompt: Some("Question?".to_string()),
        entries: shape
            .chars()
            .map(|c| match c {
                '-' => Entry::header("Group"),
                c => Entry::item(Label::plain(&format!("Item {c}")), c),
            })
            .collect(),
        yes_no: None,
        escape: Escape::Back,
        menu_first: false,
    }
}

/// What `keys` lead to, from the first view: the first outcome that leaves the screen, or
/// the view they move to.
fn press(keys: &[Key], frame: &Frame<char>) -> Outcome {
    let mut view = frame.first_view();
    let fit = Fit {
        list_page: 3,
        ..Fit::default()
    };
    for key in keys {
        match on_key(*key, view, frame, fit) {
            Outcome::Move(next) => view = next,
            left => return left,
        }
    }
    Outcome::Move(view)
}

/// The view after keys that stay on the screen; anything else fails the test.
fn moved(outcome: Outcome) -> View {
    match outcome {
        Outcome::Move(view) => view,
        left => panic!("the screen was left: {left:?}"),
    }
}

#[test]
fn the_cursor_skips_headers_and_stops_at_either_end() {
    let f = frame("-ab-cd", 0);
    assert_eq!(f.first_view().cursor, 1);
    assert_eq!(moved(press(&[Key::Down, Key::Down], &f)).cursor, 4);
    // No wrapping round: ↑ on the first item never lands on the last («Quit»).
    assert_eq!(moved(press(&[Key::Up], &f)).cursor, 1);
    assert_eq!(moved(press(&[Key::End, Key::Down], &f)).cursor, 5);
    assert_eq!(moved(press(&[Key::End, Key::Home], &f)).cursor, 1);
    assert_eq!(
        moved(press(&[Key::Char('j'), Key::Char('о')], &f)).cursor,
        4
    );
}

#[test]
fn paging_keys_never_move_the_cursor() {
    let f = frame("-ab-cd", 0);
    let still = moved(press(&[Key::PageDown, Key::PageDown, Key::PageUp], &f));
    assert_eq!(still, f.first_view());
    let down = moved(press(&[Key::Down, Key::PageDown, Key::PageDown], &f));
    assert_eq!((down.cursor, down.scroll), (2, 0));
}

#[test]
fn enter_digits_and_y_n_choose_an_item() {
    let mut f = frame("-ab-cd", 0);
    assert_eq!(press(&[Key::Enter], &f), Outcome::Choose(1));
    assert_eq!(press(&[Key::Char('3')], &f), Outcome::Choose(4));
    assert_eq!(moved(press(&[Key::Char('9')], &f)).cursor, 1);
    assert_eq!(moved(press(&[Key::Char('n')], &f)).cursor, 1);
    f.yes_no = Some((2, 1));
    assert_eq!(press(&[Key::Char('y')], &f), Outcome::Choose(2));
    assert_eq!(press(&[Key::Char('т')], &f), Outcome::Choose(1));
}

#[test]
fn esc_goes_back_or_moves_to_quit_and_q_quits() {
    let mut f = frame("ab", 0);
    assert_eq!(press(&[Key::Escape], &f), Outcome::Back);
    assert_eq!(press(&[Key::Char('й')], &f), Outcome::Quit);
    assert_eq!(press(&[Key::Interrupt], &f), Outcome::Interrupt);
    f.escape = Escape::Select(1);
    assert_eq!(moved(press(&[Key::Escape], &f)).cursor, 1);
}

#[test]
fn paging_keys_scroll_a_long_text() {
    let f = frame("ab", 40);
    let fit = Fit {
        text_page: 5,
        max_scroll: 12,
        list_page: 2,
    };
    let view = moved(on_key(Key::PageDown, f.first_view(), &f, fit));
    assert_eq!((view.scroll, view.cursor), (5, 0));
    let view = moved(on_key(Key::PageDown, view, &f, fit));
    let view = moved(on_key(Key::PageDown, view, &f, fit));
    assert_eq!(view.scroll, 12);
    let view = moved(on_key(Key::PageUp, view, &f, fit));
    assert_eq!(view.scroll, 7);
}

fn screen(f: &Frame<char>, view: View, rows: usize, columns: usize) -> Layout {
    layout(f, view, rows, columns, &options(columns))
}

fn rows(layout: &Layout, columns: usize) -> usize {
    layout.lines.iter().map(|l| rows_of(l, columns)).sum()
}

#[test]
fn a_screen_that_fits_shows_everything_with_the_hint_last() {
    let f = frame("-ab", 2);
    let out = screen(&f, f.first_view(), 12, 40);
    assert_eq!(
        out.lines,
        [
            "Title",
            "line 1",
            "line 2",
            "",
            "Question?",
            "  ── Group ──",
            "› 1. Item a",
            "  2. Item b",
            "",
            "",
            "",
            "↑↓ · Enter · Esc back · q quit",
        ]
    );
}

#[test]
fn a_long_text_is_cut_and_the_title_question_menu_and_hint_stay() {
    let f = frame("-abcd", 30);
    for height in MIN_ROWS..=30 {
        let mut view = f.first_view();
        for step in 0..8 {
            let out = screen(&f, view, height, 30);
            assert_eq!(rows(&out, 30), height, "height {height}");
            let last = out.lines.last().unwrap();
            assert!(last.starts_with("↑↓"), "{last:?}");
            assert!(
                out.lines.iter().any(|l| l.starts_with("› ")),
                "{:?}",
                out.lines
            );
            assert_eq!(out.lines[0], "Title");
            assert!(
                out.lines.contains(&"Question?".to_string()),
                "{:?}",
                out.lines
            );
            view = moved(on_key(Key::Down, out.view, &f, out.fit));
            if step % 3 == 0 {
                view = moved(on_key(Key::PageDown, view, &f, out.fit));
            }
        }
    }
}

#[test]
fn a_long_menu_is_windowed_round_the_cursor() {
    let f = frame("-abcdefgh-ijklmnop", 1);
    let mut view = f.first_view();
    for _ in 0..30 {
        let out = screen(&f, view, 12, 40);
        assert_eq!(rows(&out, 40), 12);
        let selected = out.lines.iter().filter(|l| l.starts_with("› ")).count();
        assert_eq!(selected, 1, "{:?}", out.lines);
        view = moved(on_key(Key::Down, out.view, &f, out.fit));
    }
    let out = screen(&f, f.first_view(), 12, 40);
    assert!(out.lines.contains(&"  ── Group ──".to_string()));
    assert!(
        out.lines.iter().any(|l| l.contains("↓ 11 more")),
        "{:?}",
        out.lines
    );
}

#[test]
fn an_address_is_never_cut_and_counts_the_rows_it_wraps_to() {
    let mut f = frame("ab", 0);
    let url = "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU";
    f.text = format!("Title\n{url}\n");
    let out = screen(&f, f.first_view(), 12, 30);
    assert!(out.lines.contains(&url.to_string()));
    assert_eq!(rows(&out, 30), 12);
}
