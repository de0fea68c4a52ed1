//! Bad input and hostile surroundings: clear messages, the right exit status, never a panic.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

use common::{texts, unlink_guide};

#[test]
fn an_unknown_method_names_the_closest_and_the_available_ones() {
    unlink_guide()
        .args(["show", "direkt-link"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: there is no method `direkt-link`. Did you mean `direct-link`?\n\
         Methods: aliexpress-payments, mobile-app, direct-link, mobile-site, alipay-web, add-card, replace-card\n"
    );
}

#[test]
fn an_unknown_method_is_explained_in_russian_too() {
    unlink_guide()
        .args(["show", "mobile"])
        .env("LANG", "ru_RU.UTF-8")
        .assert()
        .code(2)
        .stderr(
            "ошибка: нет способа «mobile». Может быть, вы имели в виду «mobile-app»?\n\
         Способы: aliexpress-payments, mobile-app, direct-link, mobile-site, alipay-web, add-card, replace-card\n"
    );
}

#[test]
fn a_method_unlike_any_other_gets_the_list_without_a_guess() {
    unlink_guide().args(["show", "xyz"]).assert().code(2).stderr(
        "error: there is no method `xyz`.\nMethods: aliexpress-payments, mobile-app, direct-link, mobile-site, alipay-web, add-card, replace-card\n"
    );
}

#[test]
fn a_wrong_option_value_is_a_usage_error() {
    let (code, _, stderr) = texts(
        unlink_guide()
            .args(["list", "--lang", "de"])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid value 'de' for '--lang <LANG>'"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

/// The reader of the output is gone before the program writes anything: the write fails
/// with EPIPE every time, and the program must end quietly and successfully.
#[test]
fn writing_into_a_closed_pipe_ends_quietly() {
    for args in [
        &["show", "direct-link"][..],
        &["list"],
        &["list", "--json"],
        &[],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = common::isolated(Command::new(common::binary()))
            .args(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
    }
}

/// The same as a user types it: `unlink-guide show direct-link | head -1`.
#[test]
#[cfg_attr(windows, ignore = "needs bash and head")]
fn piping_into_head_prints_one_line_and_nothing_else() {
    let binary = common::binary();
    for _ in 0..20 {
        let mut child = common::isolated(Command::new("bash"))
            .args([
                "-c",
                "set -o pipefail; \"$0\" show direct-link --lang en | head -1",
                binary.to_str().unwrap(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert_eq!(stdout, "Direct link to the bound-cards page\n");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "");
        assert!(output.status.success(), "{}", output.status);
    }
}

/// clap's own errors, under a Russian locale, are Russian too, and still exit with 2 (the one
/// test of `cli::RussianErrors`).
#[test]
fn a_wrong_command_line_is_explained_in_russian() {
    let output = unlink_guide()
        .arg("walk")
        .env("LANG", "ru_RU.UTF-8")
        .output();
    let (code, _, stderr) = texts(output.unwrap());
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("ошибка: не указаны обязательные аргументы:\n  <СПОСОБ>\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Использование: unlink-guide walk <СПОСОБ>\n"),
        "{stderr}"
    );
    // No English left: not clap's words, nor its placeholders.
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(
        !stderr.contains("OPTIONS") && !stderr.contains("METHOD"),
        "{stderr}"
    );

    // A mistyped command, with clap's guess.
    let output = unlink_guide()
        .arg("lst")
        .env("LANG", "ru_RU.UTF-8")
        .output();
    let (code, _, stderr) = texts(output.unwrap());
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(
            "ошибка: неизвестная команда 'lst'\n\n  может быть, имелось в виду 'list'?\n"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("Usage") && !stderr.contains("error"),
        "{stderr}"
    );
}
