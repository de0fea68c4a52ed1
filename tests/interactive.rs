//! The interactive walkthrough in a real pseudo-terminal: keys in, and the screen as a
//! terminal shows it (the output is fed through the `vt100` terminal emulator), checked after
//! every key. Tests find items by their label on screen, never by counting key presses.
#![cfg(unix)]

mod common;
mod pty_screen;

use nix::sys::signal::Signal;

use pty_screen::*;

#[test]
fn the_menu_keeps_its_title_question_and_hint_through_any_keys() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        for (rows, columns) in SIZES {
            let mut s = start(&[], lang, rows, columns);
            s.wait_frame(0);
            s.assert_whole(w.title, Some(w.prompt), w);
            let keys = [
                DOWN, DOWN, DOWN, UP, DOWN, PAGE_DOWN, DOWN, END, UP, UP, HOME, UP, PAGE_UP, DOWN,
                "j", "k", DOWN, DOWN, DOWN, DOWN, DOWN, DOWN, DOWN, DOWN, DOWN,
            ];
            for key in keys {
                s.press(key);
                s.assert_whole(w.title, Some(w.prompt), w);
                let selected = s.selected().unwrap();
                assert!(!selected.contains("──"), "a header is selected: {selected}");
            }
            s.quit();
        }
    }
}

#[test]
fn headers_are_never_selected_and_the_cursor_goes_round() {
    let w = words(Lang::Ru);
    let mut s = start(&[], Lang::Ru, 24, 80);
    s.wait_frame(0);
    let first = s.selected().unwrap();
    s.press(UP);
    assert!(
        s.selected().unwrap().contains(w.quit),
        "Up from the first item: Quit"
    );
    s.press(DOWN);
    assert_eq!(s.selected().unwrap(), first);
    // Down through every item and round to the first, never on a header.
    let mut seen = 0;
    loop {
        s.press(DOWN);
        let selected = s.selected().unwrap();
        assert!(!selected.contains("──"), "{selected}");
        seen += 1;
        if selected == first {
            break;
        }
        assert!(seen < 40, "the cursor does not come round");
    }
    let headers = s.lines().iter().filter(|l| l.contains("──")).count();
    assert!(headers >= 3, "the groups' titles are shown:\n{}", s.text());
    s.quit();
}

#[test]
fn esc_at_the_first_menu_moves_to_quit_and_q_quits_everywhere() {
    let w = words(Lang::Ru);
    let mut s = start(&[], Lang::Ru, 24, 80);
    s.wait_frame(0);
    s.press(ESC);
    assert!(s.selected().unwrap().contains(w.quit), "{}", s.text());
    assert!(!s.lines().last().unwrap().contains(w.hint_back));
    s.send(ENTER);
    assert_eq!(s.finish(), 0);
    assert!(s.cursor_shown());
}

#[test]
fn esc_goes_back_one_step_in_walk_then_to_the_menu() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let (step_1, step_2) = match lang {
            Lang::Ru => ("Шаг 1 из 4", "Шаг 2 из 4"),
            Lang::En => ("Step 1 of 4", "Step 2 of 4"),
        };
        for (rows, columns) in SIZES {
            let mut s = start(&["walk", "direct-link"], lang, rows, columns);
            s.wait_for(step_1);
            s.wait_frame(0);
            assert!(
                s.lines()
                    .last()
                    .unwrap()
                    .contains(w.hint_back.split(' ').next().unwrap())
            );
            s.choose(w.next);
            s.wait_for(step_2);
            s.press(DOWN);
            s.press(ESC);
            s.wait_for(step_1);
            s.press(ESC);
            s.wait_for(w.prompt);
            s.assert_whole(w.title, Some(w.prompt), w);
            s.quit();
        }
    }
}

/// Walks every step of the way on screen to the question whether it worked.
fn walk_to_the_question(s: &mut Screen, w: &Words, question: &str) {
    for _ in 0..20 {
        s.wait_frame(0);
        if s.text().contains(question) {
            return;
        }
        let label = if s.text().contains(w.done_step) {
            w.done_step
        } else {
            w.next
        };
        s.choose(label);
    }
    panic!("{question:?} never came:\n{}", s.text());
}

/// "No" is a next step: first the method's other way (which says it needs Alipay
/// registration), then the other methods, the newest first, and the way back to the menu.
#[test]
fn no_in_walk_alipay_web_offers_its_other_way_then_the_other_methods_then_the_menu() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let (question, title, first_way, other_way, registration, newest) = match lang {
            Lang::Ru => (
                "Карта исчезла из списка?",
                "Личный кабинет Alipay на сайте",
                "Через «Настройки» Alipay",
                "Через «редактировать»",
                "нужна регистрация в Alipay",
                "Настройки оплаты AliExpress",
            ),
            Lang::En => (
                "Is the card gone from the list?",
                "Your Alipay account on the website",
                "Through the Alipay «Настройки»",
                "Through «редактировать»",
                "needs Alipay registration",
                "AliExpress payment settings",
            ),
        };
        for (rows, columns) in SIZES {
            let mut s = start(&["walk", "alipay-web"], lang, rows, columns);
            s.choose(first_way);
            walk_to_the_question(&mut s, w, question);
            s.assert_whole("", Some(question), w);
            s.choose(w.not_gone);
            s.wait_for(w.try_another);
            s.wait_frame(0);
            // The same method's other way first (its first line: the method's title), and
            // what it needs said in its label.
            let first_item = s.selected().unwrap();
            let joined = s.lines().join(" ");
            let start: String = title.chars().take(10).collect();
            assert!(first_item.contains(&start), "{}", s.text());
            if columns >= 80 {
                assert!(joined.contains(other_way), "{}", s.text());
                assert!(joined.contains(registration), "{}", s.text());
            }
            s.select(w.menu);
            s.choose(newest);
            s.choose(w.menu);
            s.wait_for(w.prompt);
            s.quit();
        }
    }
}

#[test]
fn yes_ends_on_the_result_with_what_comes_next_and_sources_on_demand() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let (question, done) = match lang {
            Lang::Ru => ("Карта исчезла из списка?", "Готово: карты больше нет."),
            Lang::En => ("Is the card gone from the list?", "Done: the card is gone."),
        };
        let mut s = start(&["walk", "mobile-site"], lang, 24, 80);
        walk_to_the_question(&mut s, w, question);
        s.press("y");
        s.wait_for(done);
        assert!(s.lines()[0].starts_with(done), "{}", s.text());
        s.assert_whole(done, None, w);
        s.choose(w.sources);
        s.wait_for("[1] ");
        s.press(ESC);
        s.wait_for(done);
        s.quit();
        // What stays on the terminal is the result.
        assert!(s.text().contains(done), "{}", s.text());
    }
}

#[test]
fn help_me_choose_is_first_and_goes_back_one_question_with_esc() {
    let mut s = start(&[], Lang::En, 24, 80);
    s.wait_frame(0);
    assert!(
        s.selected().unwrap().contains("Help me choose"),
        "{}",
        s.text()
    );
    s.press(ENTER);
    s.wait_for("Which AliExpress do you use?");
    s.choose("aliexpress.com");
    s.wait_for("Where do you want to do it?");
    s.press(ESC);
    s.wait_for("Which AliExpress do you use?");
    s.choose("I do not know");
    s.wait_for("Where do you want to do it?");
    s.choose("On a computer");
    s.wait_for("Are you waiting for a refund");
    s.press("n");
    s.wait_for("Recommended: AliExpress payment settings");
    s.wait_for("Start the second choice: Direct link to the bound-cards page");
    s.choose("Start this method");
    s.wait_for("Step 1 of 5");
    s.press(ESC);
    s.wait_for("Recommended:");
    s.choose("Start the second choice");
    s.wait_for("Direct link to the bound-cards page");
    s.wait_for("Step 1 of 4");
    s.quit();
}

#[test]
fn resizing_redraws_the_screen_at_the_new_width() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let mut s = start(&["walk", "aliexpress-payments"], lang, 30, 100);
        s.wait_frame(0);
        s.press(ENTER);
        s.choose(w.next);
        for (rows, columns) in [(20, 40), (24, 80), (20, 30), (2, 40), (1, 20), (30, 100)] {
            let before = s.frames();
            s.resize(rows, columns);
            s.wait_until("a screen at the new size", |s| {
                s.frames() > before && s.selected().is_some()
            });
            if rows >= 5 {
                s.wait_frame(before);
                s.assert_whole("", None, w);
            }
        }
        s.quit();
    }
}

#[test]
fn a_two_row_terminal_gets_the_plain_printout() {
    for args in [&[][..], &["walk", "direct-link"][..]] {
        let mut s = start(args, Lang::Ru, 2, 80);
        assert_eq!(s.finish(), 0);
        let all = String::from_utf8_lossy(&s.raw).into_owned();
        assert!(
            all.contains("direct-link") || all.contains("Прямая ссылка"),
            "{all}"
        );
        assert!(!all.contains("panicked"), "{all}");
    }
}

fn signalled(signal: Signal, code: i32) {
    let mut s = start(&["walk", "alipay-web"], Lang::Ru, 24, 80);
    s.wait_frame(0);
    assert!(
        !s.cursor_shown(),
        "the cursor is hidden while a menu is shown"
    );
    s.process.signal(signal).expect("the signal is sent");
    assert_eq!(s.finish(), code, "exit status after {signal:?}");
    assert!(s.cursor_shown(), "cursor not shown again after {signal:?}");
    assert!(s.raw.ends_with(b"\x1b[0m\x1b[?25h\r\n") || s.raw.windows(6).any(|w| w == SHOW_CURSOR));
}

#[test]
fn sigterm_restores_the_cursor_and_exits_143() {
    signalled(Signal::SIGTERM, 143);
}

#[test]
fn sighup_restores_the_cursor_and_exits_129() {
    signalled(Signal::SIGHUP, 129);
}

#[test]
fn ctrl_c_restores_the_cursor_and_exits_130() {
    for args in [&[][..], &["walk", "alipay-web"][..]] {
        let mut s = start(args, Lang::En, 24, 80);
        s.wait_frame(0);
        s.send("\x03");
        assert_eq!(s.finish(), 130);
        assert!(s.cursor_shown());
    }
}

/// A launcher that records the address it was asked to open, first on PATH.
fn fake_browser(dir: &std::path::Path) -> (String, std::path::PathBuf) {
    let opened = dir.join("opened");
    let launcher = dir.join("xdg-open");
    std::fs::write(
        &launcher,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &launcher,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    (format!("{}:/usr/bin:/bin", dir.display()), opened)
}

#[test]
fn a_link_is_opened_only_after_asking_and_its_address_is_shown_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (path, opened) = fake_browser(dir.path());
    let url = "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU";
    let mut s = start_with(
        &["walk", "direct-link"],
        Lang::Ru,
        20,
        40,
        &[("PATH", &path)],
    );
    s.choose("Следующий шаг");
    s.wait_for("Шаг 2 из 4");
    s.choose("Открыть: Страница привязанных карт");
    s.wait_for("Открыть этот адрес в браузере?");
    // The address is on screen whole, wrapped by the terminal but never cut.
    let joined: String = s.lines().concat();
    assert!(joined.contains(url), "{}", s.text());
    s.press("n");
    s.wait_for("Шаг 2 из 4");
    assert!(!opened.exists(), "declining opens nothing");
    s.choose("Открыть: Страница привязанных карт");
    s.press("y");
    s.wait_for("Открыто в браузере.");
    assert_eq!(std::fs::read_to_string(&opened).unwrap(), url);
    s.quit();
}

#[test]
fn without_a_browser_the_address_is_left_to_copy() {
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().display().to_string();
    let mut s = start_with(
        &["walk", "mobile-site"],
        Lang::En,
        24,
        80,
        &[("PATH", &path)],
    );
    s.choose("Next step");
    s.wait_for("Step 2 of 6");
    s.choose("Open: ");
    s.choose("Yes, open it");
    s.wait_for("Could not open a browser here.");
    s.wait_for("https://m.aliexpress.com/ru/index.htm");
    s.quit();
}

#[test]
fn on_a_dumb_terminal_there_is_no_menu() {
    let mut s = start_with(&[], Lang::En, 24, 100, &[("TERM", "dumb")]);
    assert_eq!(s.finish(), 0);
    let text = s.text();
    assert!(text.contains("unlink-guide walk <id>"), "{text}");
    assert!(
        !text.contains('…'),
        "no word cut on a dumb terminal:\n{text}"
    );
}

#[test]
fn colour_and_wrapping_follow_the_terminal_and_no_color() {
    let mut s = start(&["show", "direct-link"], Lang::En, 24, 40);
    assert_eq!(s.finish(), 0);
    let coloured = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(coloured.contains("\x1b[1mDirect link to the bound-cards page"));
    assert!(
        coloured
            .lines()
            .filter(|l| !l.contains("https://"))
            .all(|l| console::measure_text_width(l) <= 40)
    );

    let mut s = start_with(
        &["show", "direct-link"],
        Lang::En,
        24,
        40,
        &[("NO_COLOR", "1")],
    );
    assert_eq!(s.finish(), 0);
    let plain = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(!plain.contains("\x1b["), "{plain:?}");
    assert!(
        plain.contains(
            "Direct link to the bound-cards page\r\nIn the browser where you are logged in"
        )
    );
}

#[test]
fn a_broken_folder_guide_is_named_on_the_first_screen_and_the_rest_works() {
    let folder = std::fs::canonicalize("tests/fixtures/broken").unwrap();
    let folder = folder.to_str().unwrap();
    let mut s = start(&["--guides-dir", folder], Lang::En, 30, 100);
    s.wait_for("warning: skipped");
    s.wait_for("Bad_Id.toml");
    s.choose("AliExpress payment settings");
    s.wait_for("Step 1 of 5");
    s.quit();
}

/// Someone whose card expired: the old card is removed by one method and the new one added
/// by another, one after the other, in one walkthrough.
#[test]
fn replacing_a_card_adds_the_new_one_then_removes_the_old_and_comes_back() {
    let w = words(Lang::En);
    let mut s = start(&["walk", "replace-card"], Lang::En, 30, 100);
    s.wait_for("Step 1 of 2");
    s.choose("Walk through: Add a new card");
    s.choose("When paying for a purchase");
    walk_to_the_question(&mut s, w, "Is the new card in the list?");
    s.press("y");
    s.wait_for("Done: the new card is added.");
    s.choose("Continue: Replace a card");
    s.wait_for("Step 2 of 2");
    s.choose("Walk through: AliExpress payment settings");
    s.choose("On the website");
    walk_to_the_question(&mut s, w, "Is the card gone from the list?");
    s.choose(w.gone);
    s.wait_for("Done: the card is gone.");
    s.choose("Continue: Replace a card");
    s.wait_for("Is the new card in the list, and the old one gone?");
    s.press("y");
    s.wait_for("Done: the card is replaced.");
    s.quit();
}

#[test]
fn the_interface_is_russian_under_a_russian_locale() {
    let mut s = start(&[], Lang::Ru, 24, 80);
    s.wait_for("Выберите способ");
    s.press("2");
    s.wait_for("Настройки оплаты AliExpress — На сайте");
    s.wait_for("Шаг 1 из 5");
    let text = s.text();
    for english in ["Step", "Quit", "Next", "Page", "Esc back"] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
    s.quit();
}

#[test]
fn the_language_can_be_switched_from_the_menu() {
    let mut s = start(&[], Lang::En, 30, 100);
    s.choose("По-русски");
    s.wait_for("Выберите способ");
    s.quit();
}
