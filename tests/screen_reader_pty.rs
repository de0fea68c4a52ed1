//! The screen-reader mode in a real pseudo-terminal: nothing but plain lines reach the
//! terminal (no escape sequence at all, no box drawing), its own line mode stays on while an
//! answer is typed, and Ctrl-C and Ctrl-D leave with the note of where the user was.
#![cfg(unix)]

mod common;
mod pty_screen;

use nix::sys::signal::Signal;

use pty_screen::*;

/// Everything the program and the terminal's echo of the keys wrote, as text.
fn written(s: &Screen) -> String {
    String::from_utf8_lossy(&s.raw).into_owned()
}

/// Waits until `text` has been written `times` times in all (a screen scrolls away, so the
/// output is searched, not the screen).
fn wait_written(s: &mut Screen, text: &str, times: usize) {
    s.wait_until(text, |s| written(s).matches(text).count() >= times);
}

fn assert_plain_lines(s: &Screen) {
    let written = written(s);
    let drawn: Vec<char> = written
        .chars()
        .filter(|&c| {
            matches!(c, '\x1b' | '\u{2500}'..='\u{257F}' | '›')
                || (c.is_control() && !matches!(c, '\n' | '\r'))
        })
        .collect();
    assert!(
        drawn.is_empty(),
        "{drawn:?} reached the terminal:\n{written}"
    );
    assert!(!s.on_alternate_screen());
    assert!(s.cursor_shown());
    assert!(s.cooked(), "the terminal's line mode is left off");
}

#[test]
fn with_the_mode_on_nothing_but_plain_lines_reach_the_terminal() {
    for (lang, args, env, prompt, step_1, step_2, next, quit) in [
        (
            Lang::Ru,
            &["--screen-reader"][..],
            &[][..],
            "Ваш ответ: ",
            "Шаг 1 из 4. Прямая ссылка",
            "Шаг 2 из 4. Прямая ссылка",
            "далее",
            "выход",
        ),
        (
            Lang::En,
            &[][..],
            &[("ACCESSIBLE", "1")][..],
            "Your answer: ",
            "Step 1 of 4. Direct link",
            "Step 2 of 4. Direct link",
            "next",
            "quit",
        ),
    ] {
        for (rows, columns) in [(24, 80), (12, 30)] {
            let mut s = start_with(args, lang, rows, columns, env);
            wait_written(&mut s, prompt, 1);
            // The terminal's own line mode, where the screen reader's line editing works.
            assert!(s.cooked(), "not in the terminal's line mode");
            s.send("3\r");
            wait_written(&mut s, step_1, 1);
            wait_written(&mut s, prompt, 2);
            s.send(&format!("{next}\r"));
            wait_written(&mut s, step_2, 1);
            wait_written(&mut s, prompt, 3);
            s.send(&format!("{quit}\r"));
            assert_eq!(s.finish(), 0, "{}", written(&s));
            assert_plain_lines(&s);
            // Each screen once: nothing was drawn over.
            assert_eq!(written(&s).matches(step_1).count(), 1);
        }
    }
}

#[test]
fn ctrl_c_leaves_the_note_and_ends_the_program_as_sigint_does() {
    let mut s = start(
        &["walk", "direct-link", "--screen-reader"],
        Lang::Ru,
        24,
        80,
    );
    wait_written(&mut s, "Ваш ответ: ", 1);
    s.send("1\r");
    wait_written(&mut s, "Шаг 2 из 4. ", 1);
    wait_written(&mut s, "Ваш ответ: ", 2);
    s.send("\x03");
    assert_eq!(s.end(), Ended::Signaled(Signal::SIGINT));
    assert!(
        s.words().contains(
            "Прямая ссылка на страницу привязанных карт: вы остановились на шаге 2 из 4."
        ),
        "{}",
        s.text()
    );
    assert_plain_lines(&s);
}

#[test]
fn ctrl_d_ends_the_walk_with_the_note() {
    let mut s = start(
        &["walk", "direct-link", "--screen-reader"],
        Lang::En,
        24,
        80,
    );
    wait_written(&mut s, "Your answer: ", 1);
    s.send("\x04");
    assert_eq!(s.finish(), 0);
    let words = s.words();
    assert!(words.contains("End of input."), "{}", s.text());
    assert!(
        words.contains("Direct link to the bound-cards page: you stopped at step 1 of 4."),
        "{}",
        s.text()
    );
    assert_plain_lines(&s);
}
