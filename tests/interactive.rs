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
            }
            s.quit();
        }
    }
}

#[test]
fn the_menu_keeps_its_cursor_when_the_user_comes_back() {
    let w = words(Lang::Ru);
    for target in ["Зачем удалять", "Прямая ссылка"] {
        let mut s = start(&[], Lang::Ru, 24, 80);
        s.select(target);
        let selected = s.selected().unwrap();
        s.press(ENTER);
        s.press(ESC);
        s.wait_for(w.prompt);
        assert_eq!(s.selected().unwrap(), selected, "{}", s.text());
        s.quit();
    }
    // Chosen by its number, too.
    let mut s = start(&[], Lang::Ru, 24, 80);
    s.wait_frame(0);
    s.press("3");
    s.press(ESC);
    s.wait_for(w.prompt);
    assert!(s.selected().unwrap().starts_with("› 3. "), "{}", s.text());
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

/// Walks every step of the way on screen to the question whether it worked.
fn walk_to_the_question(s: &mut Screen, w: &Words, question: &str) {
    for _ in 0..20 {
        s.wait_frame(0);
        if s.words().contains(question) {
            return;
        }
        // "Step 3 of 3": the last step is done with «Done», the others with «Next».
        let lines = s.lines();
        let counter: Vec<&str> = lines[1].split_whitespace().take(4).collect();
        let last = counter.len() == 4 && counter[1] == counter[3];
        s.choose(if last { w.done_step } else { w.next });
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
        for (rows, columns) in [(20, 40), (24, 80), (12, 30), (30, 100)] {
            let before = s.frames();
            s.resize(rows, columns);
            s.wait_frame(before);
            s.assert_whole("", None, w);
        }
        s.quit();
    }
}

#[test]
fn a_window_below_the_smallest_size_says_how_big_it_must_be_and_the_walk_comes_back() {
    for (lang, too_small, command) in [
        (
            Lang::Ru,
            "окно не меньше 30×12",
            "unlink-guide show direct-link",
        ),
        (Lang::En, "at least 30×12", "unlink-guide show direct-link"),
    ] {
        let w = words(lang);
        let mut s = start(&["walk", "direct-link"], lang, 24, 80);
        s.wait_frame(0);
        s.choose(w.next);
        let step = s.lines()[1].clone();
        for (rows, columns) in [(11, 80), (24, 29), (2, 40), (1, 20), (8, 20)] {
            let before = s.frames();
            s.resize(rows, columns);
            // The size it needs, however small; the whole message where there is room.
            let (needs, whole) = match rows {
                8.. => (too_small, command),
                _ => ("30×12", "30×12"),
            };
            s.wait_until("the size it needs", |s| {
                s.frames() > before && s.words().contains(needs) && s.words().contains(whole)
            });
        }
        let before = s.frames();
        s.resize(24, 80);
        s.wait_frame(before);
        assert_eq!(s.lines()[1], step, "the same step, where it was");
        s.quit();
    }
    // Started that small, it waits for the window to grow.
    let mut s = start(&[], Lang::En, 2, 80);
    s.wait_until("the size it needs", |s| s.words().contains("30×12"));
    s.resize(24, 80);
    s.wait_for(EN.prompt);
    s.quit();
}

#[test]
fn the_walkthrough_leaves_the_shells_screen_as_it_was_with_a_note_of_where_it_ended() {
    let mut s = start_in_shell(
        "printf 'shell line one\\nshell line two\\n'; \"$0\" walk direct-link; echo AFTER",
        Lang::Ru,
        24,
        80,
    );
    s.wait_for("Шаг 1 из 4");
    assert!(s.on_alternate_screen());
    assert!(!s.text().contains("shell line one"), "{}", s.text());
    s.choose(RU.next);
    s.wait_for("Шаг 2 из 4");
    s.send("q");
    assert_eq!(s.end(), Ended::Exited(0));
    s.assert_restored("q");
    let lines = s.lines();
    assert_eq!(lines[0], "shell line one", "{}", s.text());
    assert_eq!(lines[1], "shell line two");
    assert!(
        lines[2].contains("вы остановились на шаге 2 из 4"),
        "{}",
        s.text()
    );
    assert_eq!(
        lines[3],
        "Весь способ целиком: unlink-guide show direct-link"
    );
    assert_eq!(lines[4], "AFTER");
}

/// The walkthrough has the terminal: raw, the cursor hidden, on the alternate screen.
fn assert_taken(s: &Screen) {
    assert!(!s.cooked(), "the walkthrough reads keys raw");
    assert!(
        !s.cursor_shown(),
        "the cursor is hidden while a menu is shown"
    );
    assert!(
        s.on_alternate_screen(),
        "the walkthrough is on the alternate screen"
    );
}

#[test]
fn every_signal_that_ends_the_program_gives_the_terminal_back_and_then_ends_it() {
    use Signal::*;
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM] {
        let mut s = start(&["walk", "alipay-web"], Lang::Ru, 24, 80);
        s.wait_frame(0);
        assert_taken(&s);
        s.process.signal(signal).expect("the signal is sent");
        // Ended by the signal itself, so that a parent sees it, as with any program.
        assert_eq!(s.end(), Ended::Signaled(signal));
        s.assert_restored(&format!("{signal:?}"));
    }
}

#[test]
fn ctrl_c_gives_the_terminal_back_and_ends_the_program_by_sigint() {
    for args in [&[][..], &["walk", "alipay-web"][..]] {
        let mut s = start(args, Lang::En, 24, 80);
        s.wait_frame(0);
        assert_taken(&s);
        s.send("\x03");
        assert_eq!(s.end(), Ended::Signaled(Signal::SIGINT));
        s.assert_restored("Ctrl-C");
    }
}

#[test]
fn ctrl_c_stops_a_shell_loop_around_the_program() {
    let mut s = start_in_shell(
        "while true; do \"$0\" walk alipay-web; done; echo LOOP-GONE-ON",
        Lang::En,
        24,
        80,
    );
    s.wait_frame(0);
    s.send("\x03");
    // The shell is ended by the same Ctrl-C, as if the terminal had sent it: no second run.
    assert_eq!(s.end(), Ended::Signaled(Signal::SIGINT));
    assert_eq!(s.frames(), 1, "the loop started the program again");
    assert!(!String::from_utf8_lossy(&s.raw).contains("LOOP-GONE-ON"));
    s.assert_restored("Ctrl-C in a loop");
}

#[test]
fn a_panic_gives_the_terminal_back_before_its_message() {
    // Debug builds only: the walkthrough panics once its first screen is drawn.
    let mut s = start_with(
        &["walk", "alipay-web"],
        Lang::En,
        24,
        80,
        &[("UNLINK_GUIDE_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")],
    );
    assert_ne!(s.end(), Ended::Exited(0));
    s.assert_restored("a panic");
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(
        raw.contains("\x1b[H\x1b[J"),
        "a screen was drawn first: {raw:?}"
    );
    let restored = raw
        .rfind("\x1b[?1049l")
        .expect("the alternate screen is left");
    let message = raw.find("panicked").expect("the panic's message is shown");
    assert!(
        restored < message,
        "the message came before the terminal was restored: {raw:?}"
    );
}

#[test]
// Linux only: whether the program is stopped is read from /proc.
#[cfg(target_os = "linux")]
fn ctrl_z_gives_the_terminal_back_while_stopped_and_fg_takes_it_again() {
    let w = words(Lang::Ru);
    for stop in ["key", "signal"] {
        let mut s = start(&["walk", "direct-link"], Lang::Ru, 24, 80);
        s.wait_frame(0);
        assert_taken(&s);
        match stop {
            "key" => s.send("\x1a"),
            _ => s.process.signal(Signal::SIGTSTP).expect("SIGTSTP is sent"),
        }
        s.wait_until("the program stopped", |s| s.state() == 'T');
        s.read(std::time::Duration::from_millis(200));
        s.assert_restored(&format!("Ctrl-Z by {stop}"));
        // As `fg` does.
        let before = s.frames();
        s.process.signal(Signal::SIGCONT).expect("SIGCONT is sent");
        s.wait_frame(before);
        // The program may draw once more as it stops and goes on: let the screen settle.
        while s.read(std::time::Duration::from_millis(300)) {}
        assert_taken(&s);
        assert!(s.text().contains("Шаг 1 из"), "{}", s.text());
        // Keys are read raw again: they move the menu, and nothing is echoed.
        let first = s.selected();
        assert!(
            first.as_ref().is_some_and(|l| l.contains(w.next)),
            "{}",
            s.text()
        );
        s.send(DOWN);
        s.wait_until("the cursor moved", |s| s.selected() != first);
        assert!(!s.text().contains("^["), "{}", s.text());
        s.send(UP);
        s.wait_until("the cursor moved back", |s| s.selected() == first);
        s.send(ENTER);
        s.wait_for("Шаг 2 из");
        s.quit();
        s.assert_restored("q after fg");
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
fn without_a_menu_the_hint_says_why_and_never_breaks_a_command() {
    // A dumb terminal, and a terminal whose input comes from elsewhere.
    for (mut s, why) in [
        (
            start_with(&[], Lang::En, 24, 40, &[("TERM", "dumb")]),
            "TERM=dumb",
        ),
        (
            start_in_shell("exec \"$0\" < /dev/null", Lang::En, 24, 40),
            "no input redirected",
        ),
    ] {
        assert_eq!(s.finish(), 0);
        let text = String::from_utf8_lossy(&s.raw).replace("\r\n", "\n");
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains(why), "{text}");
        assert!(!text.contains("in a terminal"), "it is in one:\n{text}");
        // Each command on a line of its own, whole.
        assert!(text.contains("\n  unlink-guide show <id>\n"), "{text}");
        assert!(!text.contains('…'), "no word cut:\n{text}");
    }
}

/// Colour on a terminal and what turns it off are tests/colour.rs's; here, the width.
#[test]
fn show_on_a_terminal_is_wrapped_to_its_width() {
    let mut s = start(&["show", "direct-link"], Lang::En, 24, 40);
    assert_eq!(s.finish(), 0);
    let shown = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(
        shown.contains("Direct link to the bound-cards page"),
        "{shown}"
    );
    assert!(
        shown
            .lines()
            .filter(|l| !l.contains("https://"))
            .all(|l| console::measure_text_width(l) <= 40)
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

/// A built-in method as `show --json` gives it: its routes, and for each step its text, the
/// first label to look for and whether it deletes a card.
struct Method {
    id: String,
    routes: Vec<(Option<String>, Vec<Step>)>,
}

/// A step's text, its first label to look for, and whether it deletes a card.
type Step = (String, Option<String>, bool);

fn methods(lang: &str) -> Vec<Method> {
    let list = common::unlink_guide()
        .args(["list", "--json", "--lang", lang])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let ids = list["methods"].as_array().unwrap().iter();
    ids.map(|m| {
        let id = m["id"].as_str().unwrap().to_string();
        let show = common::unlink_guide()
            .args(["show", &id, "--json", "--lang", lang])
            .output()
            .unwrap();
        let show: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
        let routes = show["method"]["routes"].as_array().unwrap();
        let routes = routes.iter().map(|route| {
            let steps = route["steps"].as_array().unwrap().iter().map(|step| {
                let label = step["labels"].as_array().unwrap().first();
                (
                    step["text"].as_str().unwrap().to_string(),
                    label.map(|l| l.as_str().unwrap().to_string()),
                    step["deletes"].as_bool().unwrap(),
                )
            });
            (route["title"].as_str().map(str::to_string), steps.collect())
        });
        Method {
            id,
            routes: routes.collect(),
        }
    })
    .collect()
}

/// The title of the caution shown before a card is deleted.
fn caution_title(lang: &str) -> String {
    let topic = std::fs::read_to_string("guides/topics/refund-caution.toml").unwrap();
    let topic: toml::Table = toml::from_str(&topic).unwrap();
    topic["title"][lang].as_str().unwrap().to_string()
}

/// The first `n` words of `text`, as the screen shows them in a row.
fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What to do comes first: on every step of every route of every built-in method, at every
/// size down to the smallest, the step's instruction is on its first screen, with the label
/// to look for where the window is not the smallest, and before a deletion the caution too
/// at 80×24 and larger; and no screen is taller than the window, through to "No".
#[test]
fn every_step_shows_its_instruction_first_and_every_screen_fits_the_window() {
    for (lang, code) in [(Lang::Ru, "ru"), (Lang::En, "en")] {
        let w = words(lang);
        let caution = caution_title(code);
        let of = if lang == Lang::Ru { " из " } else { " of " };
        for method in methods(code) {
            for (route, steps) in &method.routes {
                for (rows, columns) in SIZES.into_iter().skip(1) {
                    let mut s = start(&["walk", &method.id], lang, rows, columns);
                    s.wait_frame(0);
                    if let Some(route) = route {
                        s.choose(route);
                    }
                    for (n, (text, label, deletes)) in steps.iter().enumerate() {
                        let counter = format!("{}{of}{}", n + 1, steps.len());
                        s.wait_for(&counter);
                        s.assert_whole("", None, w);
                        let at = format!("{} step {counter} at {columns}×{rows}", method.id);
                        let screen = s.words();
                        assert!(
                            screen.contains(&first_words(text, 4)),
                            "{at}: the instruction is not on the first screen:\n{}",
                            s.text()
                        );
                        if let (Some(label), true) = (label, rows >= 20) {
                            assert!(
                                screen.contains(&first_words(label, 2)),
                                "{at}: the label {label:?} is not on the first screen:\n{}",
                                s.text()
                            );
                        }
                        if *deletes && rows >= 24 {
                            assert!(
                                screen.contains(&caution),
                                "{at}: no caution before the deletion:\n{}",
                                s.text()
                            );
                        }
                        let last = n + 1 == steps.len();
                        s.choose(if last { w.done_step } else { w.next });
                    }
                    s.wait_frame(0);
                    s.assert_whole("", None, w);
                    s.press("n");
                    s.wait_frame(0);
                    s.assert_whole("", None, w);
                    s.quit();
                }
            }
        }
    }
}
