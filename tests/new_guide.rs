//! Writing a guide: `new` (the template), `new --from` (a copy of a guide to edit) and
//! `show --format toml` (a guide's own file).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{check, stdout_of, unlink_guide};

/// A data folder (XDG_DATA_HOME) and the guide folder in it.
fn data_folder() -> (tempfile::TempDir, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let guides = data.path().join("unlink-guide/guides");
    (data, guides)
}

fn run(data: &Path, args: &[&str]) -> std::process::Output {
    unlink_guide()
        .args(args)
        .env("XDG_DATA_HOME", data)
        .output()
        .unwrap()
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "XDG_DATA_HOME moves the user's guide folder on Linux only"
)]
fn new_writes_a_template_whose_example_texts_never_pass_check_and_never_overwrites() {
    let (data, guides) = data_folder();
    let out = stdout_of(
        unlink_guide()
            .args(["new", "my-bank-app"])
            .env("XDG_DATA_HOME", data.path()),
    );
    let path = guides.join("my-bank-app.toml");
    assert_eq!(
        out,
        format!(
            "Wrote a new guide to {0}\nFill it in, then check it: unlink-guide check {0}\n",
            path.display()
        )
    );
    // Every example text is refused, each at its own line, until it is written anew.
    let (code, report) = check(&path);
    assert_eq!(code, 1);
    assert_eq!(
        report
            .matches("this is still the example text of the template: write your own")
            .count(),
        19,
        "{report}"
    );
    assert!(report.ends_with("19 problems in 1 of 1 file\n"), "{report}");
    // So `list` skips it, and says why.
    let list = run(data.path(), &["list"]);
    assert!(!String::from_utf8_lossy(&list.stdout).contains("my-bank-app"));
    assert_eq!(
        String::from_utf8(list.stderr).unwrap(),
        format!(
            "warning: skipped {0}: not a valid guide; for details: unlink-guide check {0}\n",
            path.display()
        )
    );

    let written = fs::read_to_string(&path).unwrap();
    let again = run(data.path(), &["new", "my-bank-app"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        String::from_utf8(again.stderr)
            .unwrap()
            .contains("already exists")
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), written);

    let bad = run(data.path(), &["new", "My Bank"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(!guides.join("My Bank.toml").exists());
}

/// The texts of the template, commented out or not, are the format's placeholders: none of
/// them can pass for a guide's own words.
#[test]
fn every_text_of_the_template_is_a_placeholder() {
    let template = fs::read_to_string("templates/guide.toml").unwrap();
    let mut texts = 0;
    for line in template.lines() {
        let line = line.trim_start_matches(['#', ' ']);
        if line.starts_with("labels") {
            // On-screen labels such as «Удалить» are real ones, not examples.
            continue;
        }
        // `key = "value"`, or several in an inline table: `{ ru = "…", en = "…" }`.
        for (at, _) in line.match_indices(" = \"") {
            let key = line[..at].rsplit(['{', ',', ' ']).next().unwrap().trim();
            let text_key = key.ends_with("ru") || key.ends_with("en") || key == "title";
            if !text_key {
                continue;
            }
            let value = line[at + 4..].split('"').next().unwrap();
            assert!(
                guide_format::validate::is_placeholder(value),
                "{key} = {value:?} is not a placeholder"
            );
            texts += 1;
        }
    }
    assert_eq!(texts, 23);
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "XDG_DATA_HOME moves the user's guide folder on Linux only"
)]
fn new_under_a_built_in_id_warns_that_it_replaces_the_built_in_guide() {
    let (data, guides) = data_folder();
    let output = run(data.path(), &["new", "direct-link"]);
    assert_eq!(output.status.code(), Some(0));
    let path = guides.join("direct-link.toml");
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "warning: `direct-link` is a built-in guide: once you fill in {}, it replaces the built-in one. To edit a copy of the built-in guide instead, remove the file and run: unlink-guide new --from direct-link\n",
            path.display()
        )
    );
    let russian = run(data.path(), &["new", "mobile-app", "--lang", "ru"]);
    assert!(
        String::from_utf8(russian.stderr)
            .unwrap()
            .starts_with("предупреждение: «mobile-app» — встроенное руководство")
    );
    // Until it is filled in, the built-in guide is still the one shown.
    let shown = run(data.path(), &["show", "direct-link"]);
    assert!(
        String::from_utf8_lossy(&shown.stdout).starts_with("Direct link to the bound-cards page\n")
    );
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "XDG_DATA_HOME moves the user's guide folder on Linux only"
)]
fn new_from_copies_a_built_in_guide_to_edit_which_then_replaces_it() {
    let (data, guides) = data_folder();
    let out = stdout_of(
        unlink_guide()
            .args(["new", "--from", "direct-link"])
            .env("XDG_DATA_HOME", data.path()),
    );
    let path = guides.join("direct-link.toml");
    assert_eq!(
        out,
        format!(
            "Wrote a copy of the guide direct-link to {0}\nWhile it is there, it replaces the guide direct-link. Edit it, then check it: unlink-guide check {0}\n",
            path.display()
        )
    );
    let copy = fs::read_to_string(&path).unwrap();
    let original = fs::read_to_string("guides/direct-link.toml").unwrap();
    assert!(copy.starts_with("# A copy of the guide direct-link of unlink-guide, to edit"));
    assert!(
        copy.ends_with(&original),
        "the copy holds the guide's whole file"
    );
    assert_eq!(
        check(&path),
        (0, "checked 1 file: no problems\n".to_string())
    );

    // Edited, it is the guide shown.
    fs::write(
        &path,
        copy.replace("Direct link to the bound-cards page", "My direct link"),
    )
    .unwrap();
    let shown = stdout_of(
        unlink_guide()
            .args(["show", "direct-link"])
            .env("XDG_DATA_HOME", data.path()),
    );
    assert!(shown.starts_with("My direct link\n"), "{shown}");

    // A copy under a new id is a new method.
    let out = stdout_of(
        unlink_guide()
            .args(["new", "my-app", "--from", "mobile-app"])
            .env("XDG_DATA_HOME", data.path()),
    );
    assert!(out.contains("as the new method my-app"), "{out}");
    let list = stdout_of(unlink_guide().arg("list").env("XDG_DATA_HOME", data.path()));
    assert!(list.lines().any(|l| l.starts_with("my-app ")), "{list}");

    let unknown = run(data.path(), &["new", "--from", "direkt-link"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8(unknown.stderr)
            .unwrap()
            .starts_with("error: there is no method `direkt-link`. Did you mean `direct-link`?")
    );
}

#[test]
fn show_format_toml_prints_a_guides_own_file() {
    for id in common::METHODS {
        let shown = stdout_of(unlink_guide().args(["show", id, "--format", "toml"]));
        let file = fs::read_to_string(format!("guides/{id}.toml")).unwrap();
        assert_eq!(shown, file, "{id}");
    }
    let folder = stdout_of(unlink_guide().args([
        "show",
        "direct-link",
        "--format",
        "toml",
        "--guides-dir",
        "tests/fixtures/override",
    ]));
    assert_eq!(
        folder,
        fs::read_to_string("tests/fixtures/override/direct-link.toml").unwrap()
    );

    // TOML lets a comment hold C1 controls, the marks that reorder text and addresses, and
    // `show --format toml` prints comments: `check` holds them to what a text is held to,
    // and says on which line.
    let dir = tempfile::tempdir().unwrap();
    for (name, comment) in [
        ("a-guide.toml", "# \u{9b}31m red \u{202e} reversed"),
        (
            "b-guide.toml",
            "# Verify your card: https://evil.example/phish",
        ),
    ] {
        let guide =
            common::valid_guide().replacen("format = 1", &format!("format = 1\t{comment}"), 1);
        fs::write(dir.path().join(name), &guide).unwrap();
    }
    let report = unlink_guide()
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let report = String::from_utf8(report.stdout).unwrap();
    assert!(!report.contains(['\u{9b}', '\u{202e}']), "{report}");
    for expected in [
        "error: character 3 is U+009B, a control character or an invisible mark",
        "a-guide.toml:1:12",
        "error: this comment holds the address `https://evil.example/phish`",
        "b-guide.toml:1:12",
        "2 problems in 2 of 2 files",
    ] {
        assert!(report.contains(expected), "{expected} in:\n{report}");
    }
}
