//! The interactive walkthrough in a real pseudo-terminal: keys in, screen out.
#![cfg(unix)]

mod common;

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::PtySession;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const SHOW_CURSOR: &str = "\x1b[?25h";
const TIMEOUT_MS: u64 = 15_000;

/// Starts the program in a terminal `columns` wide, with nothing of the developer's own
/// environment but what it needs to run.
fn start(args: &[&str], env: &[(&str, &str)], columns: u16) -> PtySession {
    let binary = common::binary();
    let mut command = Command::new("/bin/sh");
    command
        .arg("-c")
        .arg(format!(
            "/usr/bin/stty cols {columns} rows 40; exec \"$0\" \"$@\""
        ))
        .arg(binary)
        .args(args)
        .env_clear()
        .env("TERM", "xterm-256color")
        .env("PATH", "/usr/bin:/bin")
        .envs(common::test_env());
    for (name, value) in env {
        command.env(name, value);
    }
    let options = Options::default().timeout_ms(Some(TIMEOUT_MS));
    rexpect::session::spawn_with_options(command, options).expect("the program starts in a pty")
}

/// rexpect reads the terminal byte by byte, each byte as one `char`; these two convert
/// between that and real text, so that Russian can be expected and read.
fn as_bytes(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

fn as_text(read: &str) -> String {
    let bytes: Vec<u8> = read.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Waits for `text` on screen; returns what came before it.
fn expect(p: &mut PtySession, text: &str) -> String {
    match p.exp_string(&as_bytes(text)) {
        Ok(before) => as_text(&before),
        Err(e) => panic!("{text:?} did not appear: {}", as_text(&e.to_string())),
    }
}

/// Waits until the menu is drawn whole: its last item is on screen.
fn menu(p: &mut PtySession, last_item: &str) {
    expect(p, last_item);
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).expect("keys are sent");
    p.flush().expect("keys are flushed");
}

/// Chooses the last item of the menu on screen, Quit, with Up from the first item, and
/// checks the program ends well.
fn quit(p: &mut PtySession) {
    send(p, UP);
    send(p, ENTER);
    assert_eq!(finish(p).0, 0);
}

/// Reads to the end and returns the exit code and all that was printed since the last
/// expectation.
fn finish(p: &mut PtySession) -> (i32, String) {
    let rest = as_text(&p.exp_eof().expect("the program ends"));
    match p.process().wait().expect("the program is waited for") {
        WaitStatus::Exited(_, code) => (code, rest),
        other => panic!("the program did not exit normally: {other:?}"),
    }
}

#[test]
fn a_method_is_chosen_with_the_arrow_keys_and_enter() {
    let mut p = start(&[], &[], 80);
    expect(&mut p, "Choose a method");
    menu(&mut p, "Quit");
    for _ in 0..6 {
        send(&mut p, DOWN);
    }
    send(&mut p, ENTER);
    expect(&mut p, "The AliExpress mobile app");
    expect(&mut p, "Step 1 of 5");
    menu(&mut p, "Quit");
    send(&mut p, ESC); // back to the menu
    expect(&mut p, "Choose a method");
    menu(&mut p, "Quit");
    send(&mut p, ESC); // and out
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 0);
    assert!(rest.contains(SHOW_CURSOR));
}

#[test]
fn a_method_is_walked_forward_and_back_to_a_clean_end() {
    let mut p = start(&["walk", "direct-link"], &[], 80);
    expect(&mut p, "Step 1 of 5");
    menu(&mut p, "Quit");
    send(&mut p, ENTER);
    expect(&mut p, "Step 2 of 5");
    expect(&mut p, "(intl.alipay.com)");
    menu(&mut p, "Quit");
    send(&mut p, DOWN);
    send(&mut p, ENTER); // Previous step
    expect(&mut p, "Step 1 of 5");
    for n in 2..=5 {
        menu(&mut p, "Quit");
        send(&mut p, ENTER);
        expect(&mut p, &format!("Step {n} of 5"));
    }
    menu(&mut p, "Quit");
    send(&mut p, ENTER); // Done with the last step
    expect(&mut p, "Is the card gone from the list?");
    menu(&mut p, "Previous step");
    send(&mut p, ENTER); // Yes
    expect(&mut p, "Done: the card is gone.");
    expect(&mut p, "How not to save a card next time");
    expect(&mut p, "(Bind card to Alipay)");
    expect(&mut p, "Sources");
    expect(&mut p, "Last reviewed: ");
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 0);
    assert!(rest.contains(SHOW_CURSOR));
}

#[test]
fn a_card_still_there_leads_to_troubleshooting_and_a_fallback() {
    let mut p = start(&["walk", "mobile-app"], &[], 80);
    for n in 1..=5 {
        expect(&mut p, &format!("Step {n} of 5"));
        menu(&mut p, "Quit");
        send(&mut p, ENTER);
    }
    expect(&mut p, "Is the card gone from the list?");
    menu(&mut p, "Previous step");
    send(&mut p, DOWN);
    send(&mut p, ENTER); // No
    expect(&mut p, "The card is still there");
    expect(&mut p, "If it does not work");
    expect(&mut p, "Try another method");
    menu(&mut p, "Quit");
    send(&mut p, ENTER); // the first fallback
    expect(&mut p, "The mobile website, opened on a computer");
    expect(&mut p, "Step 1 of 6");
    menu(&mut p, "Quit");
    send(&mut p, UP); // round to the last item
    send(&mut p, ENTER);
    assert_eq!(finish(&mut p).0, 0);
}

#[test]
fn help_me_choose_reaches_a_recommendation_and_starts_it() {
    let mut p = start(&[], &[], 80);
    menu(&mut p, "Quit");
    for _ in 0..11 {
        send(&mut p, DOWN);
    }
    send(&mut p, ENTER);
    expect(&mut p, "Question 1 of 2");
    expect(&mut p, "Can you log in to AliExpress");
    menu(&mut p, "No");
    send(&mut p, DOWN);
    send(&mut p, ENTER); // no
    expect(&mut p, "Question 2 of 2");
    expect(&mut p, "Can log in to AliExpress: no");
    expect(&mut p, "Where do you want to do it?");
    menu(&mut p, "On my phone");
    send(&mut p, ENTER); // a computer
    expect(&mut p, "Recommended: AliExpress's own payment settings");
    expect(&mut p, "Log in to AliExpress first");
    expect(&mut p, "If it does not work, try next");
    expect(&mut p, "Direct link to the bound-cards page");
    expect(&mut p, "aliexpress.ru");
    menu(&mut p, "Back to the menu");
    send(&mut p, ENTER);
    expect(&mut p, "AliExpress's own payment settings — On the website");
    expect(&mut p, "Step 1 of 5");
    menu(&mut p, "Quit");
    quit(&mut p);
}

#[test]
fn the_interface_is_russian_under_a_russian_locale() {
    let mut p = start(&[], &[("LANG", "ru_RU.UTF-8")], 80);
    expect(&mut p, "Выберите способ");
    menu(&mut p, "Выйти");
    send(&mut p, ENTER);
    expect(&mut p, "Настройки оплаты AliExpress — На сайте");
    expect(&mut p, "Шаг 1 из 5");
    expect(&mut p, "Следующий шаг");
    menu(&mut p, "Выйти");
    quit(&mut p);
}

#[test]
fn the_language_can_be_switched_from_the_menu() {
    let mut p = start(&[], &[], 80);
    menu(&mut p, "Quit");
    for _ in 0..3 {
        send(&mut p, UP);
    }
    send(&mut p, ENTER); // По-русски
    expect(&mut p, "Выберите способ");
    menu(&mut p, "Выйти");
    send(&mut p, UP);
    quit(&mut p);
}

#[test]
fn quitting_from_the_menu_restores_the_cursor() {
    let mut p = start(&[], &[], 80);
    menu(&mut p, "Quit");
    send(&mut p, UP);
    send(&mut p, UP);
    send(&mut p, ENTER);
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 0);
    assert!(rest.contains(SHOW_CURSOR));
}

fn interrupted(args: &[&str], before: &str) {
    let mut p = start(args, &[], 80);
    menu(&mut p, before);
    send(&mut p, "\x03");
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 130, "exit status after Ctrl-C");
    assert!(
        rest.contains(SHOW_CURSOR),
        "cursor not shown again: {rest:?}"
    );
}

#[test]
fn ctrl_c_at_the_menu_shows_the_cursor_and_exits_130() {
    interrupted(&[], "Quit");
}

#[test]
fn ctrl_c_at_a_step_shows_the_cursor_and_exits_130() {
    interrupted(&["walk", "alipay-web"], "Quit");
}

#[test]
fn a_link_is_opened_only_after_asking_and_its_address_stays_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let launcher = dir.path().join("xdg-open");
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

    let path = format!("{}:/usr/bin:/bin", dir.path().display());
    let mut p = start(&["walk", "direct-link"], &[("PATH", &path)], 80);
    menu(&mut p, "Quit");
    send(&mut p, ENTER);
    expect(&mut p, "Step 2 of 5");
    menu(&mut p, "Quit");
    send(&mut p, DOWN);
    send(&mut p, DOWN);
    send(&mut p, ENTER); // Open: Alipay bound-cards page
    expect(&mut p, "Open this address in your browser?");
    expect(
        &mut p,
        "https://intl.alipay.com/ihome/user/queryUserBindCard.htm",
    );
    menu(&mut p, "No, back to the step");
    send(&mut p, ENTER);
    expect(&mut p, "Opened in your browser.");
    menu(&mut p, "Quit");
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap(),
        "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    );
    quit(&mut p);
}

#[test]
fn without_a_browser_the_address_is_left_to_copy() {
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().display().to_string();
    let mut p = start(&["walk", "mobile-site"], &[("PATH", &path)], 80);
    menu(&mut p, "Quit");
    send(&mut p, ENTER);
    expect(&mut p, "Step 2 of 6");
    menu(&mut p, "Quit");
    send(&mut p, DOWN);
    send(&mut p, DOWN);
    send(&mut p, ENTER); // Open: AliExpress mobile site
    expect(&mut p, "Open this address in your browser?");
    menu(&mut p, "No, back to the step");
    send(&mut p, ENTER);
    expect(&mut p, "Could not open a browser here.");
    expect(&mut p, "https://m.aliexpress.com/ru/index.htm");
    menu(&mut p, "Quit");
    quit(&mut p);
}

#[test]
fn declining_to_open_a_link_opens_nothing() {
    let mut p = start(&["walk", "mobile-site"], &[("PATH", "/nonexistent")], 80);
    menu(&mut p, "Quit");
    send(&mut p, ENTER);
    menu(&mut p, "Quit");
    send(&mut p, DOWN);
    send(&mut p, DOWN);
    send(&mut p, ENTER);
    expect(&mut p, "Open this address in your browser?");
    menu(&mut p, "No, back to the step");
    send(&mut p, DOWN);
    send(&mut p, ENTER);
    expect(&mut p, "Step 2 of 6");
    let screen = expect(&mut p, "Quit");
    assert!(!screen.contains("Could not open"));
    send(&mut p, UP);
    send(&mut p, ENTER);
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 0);
    assert!(!rest.contains("Could not open"));
}

#[test]
fn everything_stays_within_forty_columns() {
    let mut p = start(&[], &[("LANG", "ru_RU.UTF-8")], 40);
    let mut screens = expect(&mut p, "Выйти");
    send(&mut p, ENTER); // the first method
    screens += &expect(&mut p, "Выйти");
    send(&mut p, ENTER); // its second step, with a link
    screens += &expect(&mut p, "Выйти");
    send(&mut p, UP);
    send(&mut p, ENTER);
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 0);
    screens += &rest;
    let plain = console::strip_ansi_codes(&screens);
    for line in plain
        .split(['\r', '\n'])
        .filter(|l| !l.contains("https://"))
    {
        assert!(
            console::measure_text_width(line) <= 40,
            "wider than 40 columns: {line:?}"
        );
    }
}

#[test]
fn on_a_dumb_terminal_there_is_no_menu() {
    let mut p = start(&[], &[("TERM", "dumb")], 80);
    expect(&mut p, "unlink-guide show <id>");
    expect(&mut p, "unlink-guide walk <id>");
    assert_eq!(finish(&mut p).0, 0);
}

#[test]
fn colour_and_wrapping_follow_the_terminal_and_no_color() {
    let mut p = start(&["show", "direct-link"], &[], 40);
    let coloured = as_text(&p.exp_eof().unwrap());
    assert!(coloured.contains("\x1b[1mDirect link to the bound-cards page"));
    assert!(
        coloured
            .lines()
            .filter(|l| !l.contains("https://"))
            .all(|l| console::measure_text_width(l) <= 40)
    );

    let mut p = start(&["show", "direct-link"], &[("NO_COLOR", "1")], 40);
    let plain = as_text(&p.exp_eof().unwrap());
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
    let mut p = start(&["--guides-dir", folder], &[], 80);
    expect(&mut p, "warning: skipped");
    expect(&mut p, "unknown-key.toml");
    menu(&mut p, "Quit");
    send(&mut p, ENTER);
    expect(&mut p, "Step 1 of 5");
    menu(&mut p, "Quit");
    quit(&mut p);
}

/// Someone whose card expired: the new card is added by one method and the old one removed
/// by another, one after the other, in one walkthrough.
#[test]
fn replacing_a_card_walks_the_addition_then_the_removal_and_comes_back() {
    let mut p = start(&["walk", "replace-card"], &[], 80);
    expect(&mut p, "Step 1 of 2");
    menu(&mut p, "Quit");
    send(&mut p, ENTER); // Walk through: Add a new card
    expect(&mut p, "Which way?");
    menu(&mut p, "Quit");
    send(&mut p, DOWN);
    send(&mut p, ENTER); // When paying for a purchase
    for n in 1..=4 {
        expect(&mut p, &format!("Step {n} of 4"));
        menu(&mut p, "Quit");
        send(&mut p, ENTER);
    }
    expect(&mut p, "Is the new card in the list?");
    menu(&mut p, "Previous step");
    send(&mut p, ENTER);
    expect(&mut p, "Done: the new card is added.");
    expect(&mut p, "Continue: Replace a card (expired, or a new bank)");
    menu(&mut p, "Quit");
    send(&mut p, ENTER);
    expect(&mut p, "Step 2 of 2");
    menu(&mut p, "Quit");
    send(&mut p, ENTER); // Walk through: AliExpress's own payment settings
    expect(&mut p, "Which way?");
    menu(&mut p, "Quit");
    send(&mut p, ENTER); // On the website
    for n in 1..=5 {
        expect(&mut p, &format!("Step {n} of 5"));
        if n == 4 {
            expect(&mut p, "If you are waiting for a refund");
        }
        menu(&mut p, "Quit");
        send(&mut p, ENTER);
    }
    expect(&mut p, "Is the card gone from the list?");
    menu(&mut p, "Previous step");
    send(&mut p, ENTER);
    expect(&mut p, "Done: the card is gone.");
    menu(&mut p, "Quit");
    send(&mut p, ENTER); // Continue
    expect(&mut p, "Is the new card in the list, and the old one gone?");
    menu(&mut p, "Previous step");
    send(&mut p, ENTER);
    expect(&mut p, "Done: the card is replaced.");
    expect(&mut p, "Last reviewed: ");
    let (code, rest) = finish(&mut p);
    assert_eq!(code, 0);
    assert!(rest.contains(SHOW_CURSOR));
}
