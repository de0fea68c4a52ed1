//! `list` and `show` as a user runs them: snapshots of what they print, in both languages.

mod common;

use common::{METHODS, stdout_of, unlink_guide};

#[test]
fn list_prints_one_line_per_method() {
    for lang in ["en", "ru"] {
        let out = stdout_of(unlink_guide().args(["list", "--lang", lang]));
        assert_eq!(out.lines().count(), METHODS.len());
        insta::assert_snapshot!(format!("list_{lang}"), out);
    }
}

#[test]
fn show_prints_each_method_whole() {
    for lang in ["en", "ru"] {
        for id in METHODS {
            let out = stdout_of(unlink_guide().args(["show", id, "--lang", lang]));
            insta::assert_snapshot!(format!("show_{id}_{lang}"), out);
        }
    }
}

#[test]
fn list_and_show_print_json_for_programs() {
    for lang in ["en", "ru"] {
        let out = stdout_of(unlink_guide().args(["list", "--json", "--lang", lang]));
        let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(value["format_version"], 1);
        assert_eq!(
            value["methods"].as_array().map(Vec::len),
            Some(METHODS.len())
        );
        insta::assert_snapshot!(format!("list_json_{lang}"), out);
        for id in METHODS {
            let out = stdout_of(unlink_guide().args(["show", id, "--json", "--lang", lang]));
            let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
            assert_eq!(value["method"]["id"], id);
            insta::assert_snapshot!(format!("show_json_{id}_{lang}"), out);
        }
    }
}

#[test]
fn no_arguments_prints_the_list_and_a_hint() {
    let out = stdout_of(&mut unlink_guide());
    let list = stdout_of(unlink_guide().arg("list"));
    let hint = out.strip_prefix(&list).expect("starts with the list");
    assert_eq!(
        hint,
        "\nTo read a method whole (for example, direct-link):\n  unlink-guide show <id>\n\
         To follow a method step by step, run this in a terminal:\n  unlink-guide walk <id>\n"
    );
}

#[test]
fn walk_without_a_terminal_prints_the_method_whole_and_never_waits() {
    for id in METHODS {
        let walked = stdout_of(unlink_guide().args(["walk", id]).write_stdin(""));
        let shown = stdout_of(unlink_guide().args(["show", id]));
        assert_eq!(walked, shown);
    }
}

#[test]
fn the_language_comes_from_the_locale_unless_given() {
    let russian_title = "Прямая ссылка на страницу привязанных карт";
    let english_title = "Direct link to the bound-cards page";
    let first_line = |out: String| out.lines().next().unwrap_or_default().to_string();
    let show = || {
        let mut cmd = unlink_guide();
        cmd.args(["show", "direct-link"]);
        cmd
    };

    assert_eq!(first_line(stdout_of(&mut show())), english_title);
    assert_eq!(
        first_line(stdout_of(show().env("LANG", "ru_RU.UTF-8"))),
        russian_title
    );
    assert_eq!(
        first_line(stdout_of(show().env("LC_MESSAGES", "ru_RU.UTF-8"))),
        russian_title
    );
    assert_eq!(
        first_line(stdout_of(show().env("LANG", "de_DE.UTF-8"))),
        english_title
    );
    assert_eq!(
        first_line(stdout_of(
            show()
                .env("LANG", "ru_RU.UTF-8")
                .env("LC_ALL", "en_US.UTF-8")
        )),
        english_title
    );
    assert_eq!(
        first_line(stdout_of(
            show().env("LANG", "ru_RU.UTF-8").args(["--lang", "en"])
        )),
        english_title
    );
    assert_eq!(
        first_line(stdout_of(show().args(["--lang", "ru"]))),
        russian_title
    );
    // Before the subcommand or after it; after wins.
    let before = unlink_guide()
        .args(["--lang", "ru", "show", "direct-link"])
        .output()
        .unwrap();
    assert_eq!(
        first_line(String::from_utf8(before.stdout).unwrap()),
        russian_title
    );
    let both = unlink_guide()
        .args(["--lang", "ru", "show", "direct-link", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(
        first_line(String::from_utf8(both.stdout).unwrap()),
        english_title
    );
}

#[test]
fn language_lists_languages_in_order_and_wins_over_the_locale() {
    let list = || {
        let mut cmd = unlink_guide();
        cmd.arg("list");
        cmd
    };
    let russian = stdout_of(list().arg("--lang").arg("ru"));
    let english = stdout_of(list().arg("--lang").arg("en"));
    assert_ne!(russian, english);
    // A Ukrainian who reads Russian: the guides have no Ukrainian, so Russian it is.
    assert_eq!(stdout_of(list().env("LANGUAGE", "uk:ru")), russian);
    assert_eq!(
        stdout_of(list().env("LANGUAGE", "uk:ru").env("LANG", "en_US.UTF-8")),
        russian
    );
    assert_eq!(
        stdout_of(list().env("LANGUAGE", "en:ru").env("LANG", "ru_RU.UTF-8")),
        english
    );
    // The C locale asks for untranslated output: LANGUAGE does not count under it.
    assert_eq!(
        stdout_of(list().env("LANGUAGE", "ru").env("LC_ALL", "C")),
        english
    );
    assert_eq!(
        stdout_of(list().env("LANGUAGE", "ru").args(["--lang", "en"])),
        english
    );
}

#[test]
fn text_is_not_wrapped_in_a_pipe() {
    let out = stdout_of(unlink_guide().args(["show", "direct-link"]));
    assert!(out.contains(
        "  2. In the same browser, open a new tab and paste the link to the bound-cards page into the address bar. The article gives two forms of the link: if one does not show your cards, try the other.\n"
    ));
}

/// A guide checked more than a year ago says so, in every output, from the run's today.
#[test]
fn a_guide_checked_long_ago_says_how_long_ago() {
    // 2028-02-02: fourteen months after the built-in guides were reviewed.
    let later = || {
        let mut cmd = unlink_guide();
        cmd.env("SOURCE_DATE_EPOCH", "1833105600");
        cmd
    };
    let list = stdout_of(later().arg("list"));
    let line = list.lines().find(|l| l.starts_with("direct-link")).unwrap();
    assert!(line.contains("last checked 14 months ago"), "{line}");
    let list = stdout_of(later().args(["list", "--lang", "ru"]));
    assert!(list.contains("проверено 14 месяцев назад"), "{list}");
    let shown = stdout_of(later().args(["show", "direct-link"]));
    assert!(
        shown.contains("This guide was last checked 14 months ago, on 2 December 2026"),
        "{shown}"
    );
    let markdown = stdout_of(later().args(["show", "direct-link", "--format", "markdown"]));
    assert!(
        markdown.contains("last checked 14 months ago"),
        "{markdown}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(later().args(["show", "direct-link", "--json"]))).unwrap();
    assert_eq!(json["method"]["months_since_review"], 14);
    assert_eq!(json["method"]["stale"], true);
    // On the tests' own today, a month after the review, nothing is said.
    let now = stdout_of(unlink_guide().arg("list"));
    assert!(!now.contains("last checked"), "{now}");
}

/// A guide may say it goes stale sooner than the year every guide gets.
#[test]
fn a_guide_sets_how_soon_it_goes_stale() {
    let dir = tempfile::tempdir().unwrap();
    let guide = common::valid_guide().replace(
        "reviewed = 2026-11-01",
        "reviewed = 2026-10-01\nstale_after_months = 1",
    );
    std::fs::write(dir.path().join("quick.toml"), guide).unwrap();
    let list = stdout_of(
        unlink_guide()
            .args(["list", "--guides-dir"])
            .arg(dir.path()),
    );
    let line = list.lines().find(|l| l.starts_with("quick")).unwrap();
    assert!(line.contains("(last checked 2 months ago)"), "{line}");
}
