//! Guide folders from someone hostile, third pass (issue 22): each break the pass found,
//! reproduced as it was, and what the program does now. Each test makes its folder in a
//! temporary directory and runs the program there, so paths in the output are short.

mod common;
// Shared with tests/hostile.rs, which uses all of it.
#[allow(dead_code)]
mod hostile_folders;
mod links;

use std::fs;
use std::path::MAIN_SEPARATOR_STR;

use common::{unlink_guide, valid_guide};
use hostile_folders::*;

/// `id` made 64 characters long, the longest a suggestion is looked for.
fn long_id(prefix: &str, n: usize) -> String {
    format!("{prefix}-{n:04}-{}", "x".repeat(64 - prefix.len() - 6))
}

/// `path` with the platform's separator, as the program shows it.
fn native(path: &str) -> String {
    path.replace('/', MAIN_SEPARATOR_STR)
}

// 1. A few hundred broken guides: "did you mean" once cost 20,000 comparisons per file.

#[test]
fn broken_guides_citing_many_long_unknown_sources_cost_what_they_weigh() {
    // Each file: 200 sources of 64-character ids, and a step citing 100 unknown ones of 64
    // characters: 20,000 long comparisons each, for suggestions, had the budget been per file.
    let sources: String = (0..200)
        .map(|n| {
            format!(
                "\n[[sources]]\nid = \"{}\"\ntitle = \"T\"\n",
                long_id("s", n)
            )
        })
        .collect();
    let cited: Vec<String> = (0..100)
        .map(|n| format!("\"{}\"", long_id("u", n)))
        .collect();
    let guide = guide_with(
        "labels = [",
        &format!("sources = [{}]\nlabels = [", cited.join(", ")),
    ) + &sources;
    let dir = folder_with(&[]);
    for n in 0..100 {
        fs::write(dir.path().join(format!("g/g{n}.toml")), &guide).unwrap();
    }
    let output = run_in(dir.path(), &["check", "g", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["problem_count"], 100 * 100);
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    assert_eq!(stderr(&output).lines().count(), 100);
}

// 2. One guide that passes `check`: 8,000 sources, and a summary naming one 27,000 times.

/// It ends and passes; its time at 1x, 4x and 16x, benches/scale.sh measures.
#[test]
fn a_megabyte_guide_naming_its_sources_sites_passes() {
    let sources: String = (0..8000)
        .map(|n| {
            format!("\n[[sources]]\nid = \"s{n}\"\ntitle = \"T\"\nurl = \"http://{n}.ex.io\"\n")
        })
        .collect();
    let summary = "7999.ex.io ".repeat(27_000);
    let guide = guide_with("en = \"Summary\"", &format!("en = \"{summary}\"")) + &sources;
    assert!(guide.len() < guide_format::file::MAX_FILE_SIZE as usize);
    let dir = folder_with(&[("a-guide.toml", guide)]);
    let output = run_in(dir.path(), &["check", "g"]);
    assert_eq!(stdout(&output), "checked 1 file: no problems\n");
}

// 3. Escapes reach the terminal through the argument parser's errors.

/// The arguments a shell would pass for `unlink-guide list a*` in a folder holding the
/// issue's file, and others of clap's errors, each quoting what was typed.
fn hostile_command_lines() -> Vec<Vec<String>> {
    let name = "a\u{1b}]2;PWNED\u{7}\u{1b}[2J\u{1b}[31mred.toml";
    let c1 = "x\u{9b}2J\u{202e}y";
    [
        vec!["list", name],
        vec![name],
        vec!["list", "--lang", c1],
        vec!["--color", c1, "list"],
        vec!["show", "direct-link", "--format", c1],
        vec!["completions", c1],
        vec!["help", c1],
        vec!["show", "--frmat", name, "direct-link"],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_string).collect())
    .collect()
}

#[test]
fn nothing_typed_on_the_command_line_reaches_the_terminal_through_clap() {
    for args in hostile_command_lines() {
        for lang in ["en", "ru"] {
            for colour in ["0", "1"] {
                let output = unlink_guide()
                    .args(&args)
                    .env("LANGUAGE", lang)
                    .env("CLICOLOR_FORCE", colour)
                    .output()
                    .unwrap();
                assert_eq!(output.status.code(), Some(2), "{args:?}");
                let text = String::from_utf8(output.stderr).unwrap();
                // clap's own colours only: every escape starts a colour, nothing else.
                let without_colours = text
                    .split('\u{1b}')
                    .enumerate()
                    .map(|(n, part)| match n {
                        0 => part,
                        _ => {
                            let end = part.find('m').expect("a colour");
                            assert!(part[1..end].chars().all(|c| c.is_ascii_digit() || c == ';'));
                            &part[end + 1..]
                        }
                    })
                    .collect::<String>();
                assert_clean(
                    &format!("{args:?} {lang} {colour}"),
                    without_colours.as_bytes(),
                );
                assert!(!without_colours.contains("PWNED\u{7}"), "{text}");
            }
        }
    }
    // The reproduction: the name is quoted, every control made visible.
    let output = unlink_guide()
        .args(&hostile_command_lines()[0])
        .output()
        .unwrap();
    assert!(
        stderr(&output)
            .starts_with("error: unexpected argument 'a␛]2;PWNED␇␛[2J␛[31mred.toml' found\n"),
        "{}",
        stderr(&output)
    );
    // Help, in both languages, goes through the same path: the name it gives the program is
    // its own, whatever the file it was started from is called.
    for (lang, usage) in [
        ("en", "[OPTIONS] [COMMAND]"),
        ("ru", "[ПАРАМЕТРЫ] [КОМАНДА]"),
    ] {
        let help = unlink_guide()
            .args(["--help", "--lang", lang])
            .env("CLICOLOR_FORCE", "1")
            .output()
            .unwrap();
        let text = String::from_utf8(help.stdout).unwrap();
        assert!(
            text.contains(&format!("\u{1b}[1munlink-guide\u{1b}[0m {usage}")),
            "{text}"
        );
    }
}

// 4. Guides that passed `check` and made foreign links anyway.

/// The texts, each of which a linkifier or GitHub made into a foreign link.
const FOREIGN_IN_TEXT: [(&str, &str); 6] = [
    (
        "aliexpress.com/help/support@card-check.example",
        "card-check.example",
    ),
    ("Check evil.xn--p1ai now", "evil.xn--p1ai"),
    (
        "https://alipay.com/)https://card-check.example/verify",
        "https://card-check.example/verify",
    ),
    (
        "https://alipay.com/(x\\\"https://card-check.example/verify",
        "https://card-check.example/verify",
    ),
    (
        "Write to support\\\\@card-check.example",
        "card-check.example",
    ),
    (
        "mailto:help@card-check.example",
        "mailto:help@card-check.example",
    ),
];

#[test]
fn every_address_a_linkifier_would_make_a_link_of_is_refused_with_its_place() {
    let mut files = Vec::new();
    for (n, (text, _)) in FOREIGN_IN_TEXT.iter().enumerate() {
        files.push((format!("text-{n}.toml"), guide_with("Summary", text)));
    }
    // An unbalanced `)` in a link's address, which the walkthrough prints.
    let link = "https://intl.alipay.com/a)https://card-check.example/verify";
    files.push((
        "link.toml".to_string(),
        guide_with("https://intl.alipay.com/user/queryUserBindCard.htm", link),
    ));
    let files: Vec<(&str, String)> = files.iter().map(|(n, t)| (n.as_str(), t.clone())).collect();
    let dir = folder_with(&files);
    let report = stdout(&run_in(dir.path(), &["check", "g"]));
    for (_, address) in FOREIGN_IN_TEXT {
        assert!(
            report.contains(&format!("holds the address `{address}`")),
            "{address} in:\n{report}"
        );
    }
    assert!(
        report.contains("the address has ')' without its pair"),
        "{report}"
    );
    assert!(report.ends_with("7 problems in 7 of 7 files\n"), "{report}");
}

#[test]
fn markdown_makes_no_link_of_the_addresses_a_text_may_name() {
    // What a text may name: the allowed hosts, a source's site, an e-mail on an allowed host.
    let summary = "See aliexpress.com/help, www.alipay.com or example.org (the source); write to \
                   support@aliexpress.com; https://aliexpress.ru/x.";
    let guide = guide_with("en = \"Summary\"", &format!("en = \"{summary}\"")).replacen(
        "title = \"Статья\"",
        "title = \"Статья\"\nurl = \"https://example.org/a\"",
        1,
    );
    let (dir, markdown) = checked_markdown(guide);
    // The only link is the step's own; every address in the text is code.
    assert_eq!(
        links::in_markdown(&markdown),
        ["https://intl.alipay.com/user/queryUserBindCard.htm"]
    );
    assert!(markdown.contains(
        "See `aliexpress.com/help`, `www.alipay.com` or `example.org` (the source); write to \
         `support@aliexpress.com`; `https://aliexpress.ru/x`."
    ));
    // In plain text a linkifier finds them, and each leads where the text says.
    let text = stdout(&run_in(
        dir.path(),
        &["show", "a-guide", "--guides-dir", "g"],
    ));
    let found = links::in_text(&text);
    assert!(found.len() >= 5, "{found:?}");
    assert_eq!(
        links::foreign(found, &["example.org".to_string()]),
        Vec::<String>::new()
    );
}

// 5. The command the tool suggests ran code from a file name.

#[test]
fn a_suggested_command_quotes_the_path_for_the_shell() {
    let name = "x;touch PWNED;.toml";
    // `;` is allowed in file names on Windows too.
    let dir = folder_with(&[(name, "format = 1\n".to_string())]);
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    let path = native(&format!("g/{name}"));
    assert_eq!(
        stderr(&output),
        format!(
            "warning: skipped {path}: not a valid guide; for details: unlink-guide check '{path}'\n"
        )
    );
}

/// Pasted into a POSIX shell, the suggestion checks the file, and runs nothing else.
#[cfg(unix)] // runs sh
#[test]
fn a_pasted_suggestion_does_exactly_what_it_says() {
    for name in [
        "x;touch PWNED;.toml",
        "$(touch PWNED).toml",
        "it's `touch PWNED`.toml",
    ] {
        let dir = folder_with(&[(name, "format = 1\n".to_string())]);
        let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
        let warning = stderr(&output);
        let command = warning.split("for details: ").nth(1).unwrap().trim_end();
        let binary = common::binary();
        let script = command.replacen("unlink-guide", &format!("'{}'", binary.display()), 1);
        let pasted = common::isolated(std::process::Command::new("sh"))
            .args(["-c", &script])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let report = String::from_utf8(pasted.stdout).unwrap();
        assert!(report.ends_with(" in 1 of 1 file\n"), "{name}: {report}");
        assert!(
            report.contains(&format!("--> g/{name}\n")),
            "{name}: {report}"
        );
        assert!(!dir.path().join("PWNED").exists(), "{name}");
    }
}

// 6. Invisible characters that passed every text field.

#[test]
fn every_default_ignorable_and_format_character_is_refused() {
    let mut files = Vec::new();
    for (n, hidden) in [
        "\\U0001BCA0",
        "\\U0001BCA3",
        "\\uFFF0",
        "\\uFFF8",
        "\\U000E0080",
        "\\U000E00FF",
        "\\U000E01F0",
        "\\U000E0FFF",
        "\\U00013430",
        "\\U0001343F",
        "\\u0890",
        "\\u0891",
    ]
    .iter()
    .enumerate()
    {
        files.push((
            format!("hidden-{n}.toml"),
            guide_with("Title", &format!("Ti{hidden}tle")),
        ));
    }
    // Looks exactly like the refused `card-check.example`.
    files.push((
        "look-alike.toml".to_string(),
        guide_with("Summary", "card-check\\U000E0080.example"),
    ));
    let files: Vec<(&str, String)> = files.iter().map(|(n, t)| (n.as_str(), t.clone())).collect();
    let dir = folder_with(&files);
    let report = stdout(&run_in(dir.path(), &["check", "g"]));
    assert!(
        report.ends_with("13 problems in 13 of 13 files\n"),
        "{report}"
    );
    assert_eq!(
        report
            .matches("a control character or an invisible mark")
            .count(),
        13
    );
    assert_clean("check", report.as_bytes());
}

// 7. The config file could hang the tool.

#[cfg(target_os = "linux")] // a FIFO, and XDG_CONFIG_HOME, which moves the config folder on Linux only
#[test]
fn a_config_file_that_is_a_pipe_is_refused_without_waiting() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("unlink-guide");
    fs::create_dir(&folder).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(folder.join("config.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    let output = unlink_guide()
        .arg("list")
        .env("XDG_CONFIG_HOME", home.path())
        .timeout(HANG)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!(
            "error: cannot read the config file {}: not a regular file\n",
            folder.join("config.toml").display()
        )
    );
}

#[cfg(target_os = "linux")] // XDG_CONFIG_HOME moves the config folder on Linux only
#[test]
fn a_config_file_too_large_or_a_dangling_link_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("unlink-guide");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("config.toml");
    fs::write(&file, "#".repeat(64 * 1024 + 1)).unwrap();
    let run = || {
        let output = unlink_guide()
            .arg("list")
            .env("XDG_CONFIG_HOME", home.path())
            .output()
            .unwrap();
        (output.status.code(), stderr(&output))
    };
    assert_eq!(
        run(),
        (
            Some(2),
            format!(
                "error: cannot read the config file {}: 65537 bytes, over the 65536-byte limit for a config file; not read\n",
                file.display()
            )
        )
    );
    fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(folder.join("gone"), &file).unwrap();
    assert_eq!(
        run(),
        (
            Some(2),
            format!(
                "error: cannot read the config file {}: a link to something that does not exist\n",
                file.display()
            )
        )
    );
}

// 8. `show --format toml` printed comments that `check` never read.

#[test]
fn a_comment_with_a_foreign_address_is_refused_and_never_shown() {
    let guide = guide_with(
        "format = 1",
        "format = 1\n# Verify your card: https://evil.example/phish",
    );
    let dir = folder_with(&[("a-guide.toml", guide)]);
    let report = stdout(&run_in(dir.path(), &["check", "g"]));
    assert!(
        report.starts_with("error: this comment holds the address `https://evil.example/phish`"),
        "{report}"
    );
    assert!(report.contains(&native("g/a-guide.toml:2:1")), "{report}");
    let shown = run_in(
        dir.path(),
        &["show", "a-guide", "--format", "toml", "--guides-dir", "g"],
    );
    assert_eq!(shown.status.code(), Some(2));
    assert_eq!(stdout(&shown), "");
}

// 9. Misleading messages.

#[cfg(unix)] // a symbolic link
#[test]
fn a_dangling_link_is_said_to_be_one() {
    let dir = folder_with(&[]);
    std::os::unix::fs::symlink("nowhere.toml", dir.path().join("g/gone.toml")).unwrap();
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    assert_eq!(
        stderr(&output),
        "warning: skipped g/gone.toml: a link to something that does not exist\n"
    );
}

#[test]
fn an_unknown_method_is_told_the_methods_that_can_be_shown_and_not_too_many() {
    let dir = folder_with(&[]);
    for n in 0..100 {
        fs::write(dir.path().join(format!("g/empty-{n:03}.toml")), "").unwrap();
    }
    for n in 0..40 {
        fs::write(
            dir.path().join(format!("g/good-{n:03}.toml")),
            valid_guide(),
        )
        .unwrap();
    }
    let output = run_in(dir.path(), &["show", "good-0100", "--guides-dir", "g"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    let methods = message.lines().nth(1).unwrap();
    assert!(!methods.contains("empty-"), "{methods}");
    assert!(
        methods.starts_with("Methods: aliexpress-payments, "),
        "{methods}"
    );
    // 7 built-in and 40 folder guides: the first 30, and how many more.
    assert!(
        methods.ends_with(" and 17 more (unlink-guide list shows them all)"),
        "{methods}"
    );
    assert!(message.contains("Did you mean `good-010`?"), "{message}");
}

#[cfg(target_os = "linux")] // XDG_DATA_HOME moves the data folder on Linux only
#[test]
fn new_where_the_guide_folder_is_a_file_says_so() {
    let data = tempfile::tempdir().unwrap();
    fs::write(data.path().join("unlink-guide"), "").unwrap();
    let output = unlink_guide()
        .args(["new", "my-bank"])
        .env("XDG_DATA_HOME", data.path())
        .output()
        .unwrap();
    let message = stderr(&output);
    let file = data.path().join("unlink-guide");
    assert!(
        message.ends_with(&format!("{} is a file, not a folder\n", file.display())),
        "{message}"
    );
    assert!(!message.contains("os error"), "{message}");
}
