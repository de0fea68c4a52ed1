//! Guide folders from someone hostile (issue 13): no escape sequence or invisible character
//! reaches the terminal in any output, nothing waits forever, however large, and every message
//! says what is wrong (how the time grows with the folder, benches/scale.sh measures). Each test makes its folder in a temporary
//! directory and runs the program there, so paths in the output are short and the same on
//! every machine.

mod common;
mod hostile_folders;

use std::fs;
// For the tests of special files and of permissions, which are Unix's.
#[cfg(unix)]
use std::{path::Path, process::Output, time::Instant};

#[cfg(unix)] // The any-bytes property test is Unix's.
use common::toml_string;
#[cfg(unix)]
use common::unlink_guide;
use common::{joined, slashed, valid_guide};
use hostile_folders::*;
use proptest::prelude::*;

// 1. Untrusted text is made safe for the medium it goes to.

#[cfg(unix)] // Windows refuses control characters in file names.
#[test]
fn an_escape_sequence_in_a_file_name_never_reaches_the_terminal() {
    let name = "my-bank\x1b]52;c;aGk=\x07\x1b[2J.toml";
    let dir = folder_with(&[(name, valid_guide())]);
    for args in [
        &["show", "my-bnk", "--guides-dir", "g"][..],
        &["walk", "my-bnk", "--guides-dir", "g"],
        &["list", "--guides-dir", "g"],
        &["list", "--json", "--guides-dir", "g"],
        &["check", "g"],
        &["check", "g", "--format", "json"],
    ] {
        let output = run_in(dir.path(), args);
        assert_clean(&format!("{args:?} stdout"), &output.stdout);
        assert_clean(&format!("{args:?} stderr"), &output.stderr);
    }
    // A name that is not a method id is never suggested.
    let output = run_in(dir.path(), &["show", "my-bnk", "--guides-dir", "g"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!("unknown_method_beside_a_hostile_file", stderr(&output));
}

#[test]
fn json_escapes_c1_controls_and_bidi_characters_and_keeps_the_path() {
    let folder = "g\u{9b}2J\u{202e}\u{200b}";
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join(folder)).unwrap();
    let unknown_key = guide_with("minutes = 3", "minutes = 3\n\"\\u009b2J\\u202eevil\" = 1");
    fs::write(dir.path().join(folder).join("a-guide.toml"), &unknown_key).unwrap();
    fs::write(dir.path().join(folder).join("b-guide.toml"), valid_guide()).unwrap();

    let output = run_in(dir.path(), &["check", folder, "--format", "json"]);
    assert_clean("check --format json", &output.stdout);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = &report["files"][0];
    assert_eq!(file["path"], joined(folder, "a-guide.toml"));
    assert_eq!(
        file["problems"][0]["message"],
        "\u{9b}2J\u{202e}evil: unknown key `\u{9b}2J\u{202e}evil`"
    );
    assert!(stdout(&output).contains("\\u009b2J\\u202eevil"));

    let output = run_in(dir.path(), &["list", "--json", "--guides-dir", folder]);
    assert_clean("list --json", &output.stdout);
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let sources: Vec<&str> = list["methods"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["source"].as_str())
        .collect();
    assert!(sources.contains(&joined(folder, "b-guide.toml").as_str()));
}

/// Every link a CommonMark renderer finds in `markdown`, and whether it found HTML.
fn links_in(markdown: &str) -> (Vec<String>, bool) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let mut links = Vec::new();
    let mut html = false;
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                links.push(dest_url.to_string());
            }
            Event::Html(_) | Event::InlineHtml(_) => html = true,
            _ => {}
        }
    }
    (links, html)
}

#[test]
fn markdown_gives_exactly_the_guides_checked_links() {
    // Balanced brackets are allowed in an address, and could close a link before another.
    let injected = "https://intl.alipay.com/a(x)[Confirm-your-card](b)";
    let text = guide_with("https://intl.alipay.com/user/queryUserBindCard.htm", injected)
        .replacen("en = \"Summary\"", "en = \"1986. A <b>bold</b> &copy; ~~gone~~ <https://aliexpress.com>\"", 1)
        .replacen(
            "en = \"Click «Удалить» (Delete)\"",
            "en = \"![image](https://aliexpress.com/i.png) [link](https://aliexpress.com) *not emphasis*\"",
            1,
        );
    let (_dir, markdown) = checked_markdown(text);
    let (links, html) = links_in(&markdown);
    assert_eq!(links, [injected]);
    assert!(!html, "{markdown}");
    // The summary stays one paragraph of text: no numbered list, no strikethrough.
    assert!(markdown.contains("1986\\. A \\<b\\>bold\\</b\\> \\&copy; \\~\\~gone\\~\\~"));
    let list = pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::all())
        .filter(|event| {
            matches!(
                event,
                pulldown_cmark::Event::Start(
                    pulldown_cmark::Tag::Strikethrough | pulldown_cmark::Tag::List(Some(1986))
                )
            )
        })
        .count();
    assert_eq!(list, 0, "{markdown}");
}

// 2. Nothing waits.

#[cfg(unix)] // Pipes made with mkfifo, and symlinks to /dev, are Unix's.
#[test]
fn pipes_and_devices_in_a_folder_are_skipped_without_waiting() {
    let dir = folder_with(&[("a-guide.toml", valid_guide())]);
    let g = dir.path().join("g");
    for (name, target) in [
        ("stdin.toml", "/dev/stdin"),
        ("tty.toml", "/dev/tty"),
        ("zero.toml", "/dev/zero"),
    ] {
        std::os::unix::fs::symlink(target, g.join(name)).unwrap();
    }
    // A pipe where a guide should be, and a pipe named as a fallback of a built-in guide.
    let fifo = |path: &Path| {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap();
        assert!(made.success());
    };
    fifo(&g.join("fifo.toml"));
    fifo(&g.join("alipay-web.toml"));

    let start = Instant::now();
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!("devices_and_pipes_skipped", stderr(&output));
    for args in [
        &["check", "g"][..],
        &["check", "g/fifo.toml"],
        &["check", "g/zero.toml", "g/stdin.toml"],
        &["show", "fifo", "--guides-dir", "g"],
        &["show", "direct-link", "--guides-dir", "g"],
        &["walk", "direct-link", "--guides-dir", "g"],
        &["list", "--json", "--guides-dir", "g"],
        &["--guides-dir", "g"],
        &["list", "--guides-dir", "g/fifo.toml"],
    ] {
        let output = run_in(dir.path(), args);
        assert!(!stderr(&output).contains("panicked"), "{args:?}");
    }
    let output = run_in(dir.path(), &["check", "g/zero.toml"]);
    assert!(stdout(&output).starts_with("error: not a regular file\n"));
    assert!(start.elapsed() < HANG);
}

// 3. Large folders: each run ends (`run_in` stops one that hangs) and says the right thing.
// That the time grows no faster than the folder is measured, at 1x, 4x and 16x of each of
// these shapes, by benches/scale.sh.

/// A folder of `count` guides `g0`, `g1`…, each naming the fallbacks `names` gives it.
fn generated(count: usize, names: impl Fn(usize) -> Vec<String>) -> tempfile::TempDir {
    let dir = folder_with(&[]);
    for n in 0..count {
        let path = dir.path().join(format!("g/g{n}.toml"));
        fs::write(path, guide_naming(&names(n))).unwrap();
    }
    dir
}

fn ids(numbers: impl Iterator<Item = usize>) -> Vec<String> {
    numbers.map(|n| format!("g{n}")).collect()
}

#[test]
fn a_complete_graph_of_fallbacks_ends_with_one_loop_reported() {
    // 100 guides each naming all the others: 9,900 names, loops through every guide, of
    // which one is reported, at each guide on it.
    let dir = generated(100, |n| ids((0..100).filter(|&m| m != n)));
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    assert_eq!(stderr(&output).lines().count(), 2);
    let output = run_in(dir.path(), &["check", "g"]);
    let report = stdout(&output);
    assert!(
        report.ends_with("2 problems in 2 of 100 files\n"),
        "{report}"
    );
    assert!(
        report.contains("fallbacks loop: g0 -> g1 -> g0"),
        "{report}"
    );
    assert!(
        report.contains("fallbacks loop: g1 -> g0 -> g1"),
        "{report}"
    );
}

#[test]
fn a_long_chain_passes_and_a_long_loop_is_reported_briefly_at_each_guide() {
    let dir = generated(2000, |n| ids((n + 1..2000).take(1)));
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    assert_eq!(stderr(&output), "");
    assert_eq!(stdout(&output).lines().count(), 2007);
    let output = run_in(dir.path(), &["check", "g"]);
    assert_eq!(stdout(&output), "checked 2000 files: no problems\n");
    // Closed into a loop, every guide is on it, and each says so once, briefly.
    fs::write(
        dir.path().join("g/g1999.toml"),
        guide_naming(&["g0".to_string()]),
    )
    .unwrap();
    let output = run_in(dir.path(), &["check", "g"]);
    let report = stdout(&output);
    assert!(report.ends_with("2000 problems in 2000 of 2000 files\n"));
    assert!(report.contains(
        "error: fallbacks[0]: fallbacks loop: g1500 -> g1501 -> g1502 -> g1503 -> g1504 -> … 1993 more … -> g1498 -> g1499 -> g1500\n"
    ));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "the same code's cost as on Linux, where it runs; 10,000 files take a minute under Wine"
)]
fn ten_thousand_guides_are_listed_and_checked() {
    let dir = generated(10_000, |_| Vec::new());
    let output = run_in(dir.path(), &["list", "--guides-dir", "g"]);
    assert_eq!(stdout(&output).lines().count(), 10_007);
    let output = run_in(dir.path(), &["check", "g"]);
    assert_eq!(stdout(&output), "checked 10000 files: no problems\n");
}

#[test]
fn thousands_of_missing_names_are_each_reported() {
    // 3,000 guides, each naming a method that does not exist: each name would otherwise be
    // compared with every id for a suggestion.
    let dir = generated(3000, |n| vec![format!("missing-{n}")]);
    let output = run_in(dir.path(), &["check", "g", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["problem_count"], 3000);
}

#[test]
fn forty_thousand_problems_on_one_line_are_quoted_then_placed() {
    // 40,000 duplicate fallbacks on one line: each problem is quoted with its surroundings
    // only, and placed in the file without reading it again.
    let names = vec!["a".to_string(); 40_000];
    let dir = folder_with(&[("a-guide.toml", guide_naming(&names))]);
    let output = run_in(dir.path(), &["check", "g"]);
    let report = slashed(&stdout(&output), "g");
    assert!(report.ends_with("40000 problems in 1 of 1 file\n"));
    // The first problems are quoted; past them, each is said with its place only.
    let quoted = report.find("error: fallbacks[150]:").unwrap();
    let placed = report.find("error: fallbacks[20000]:").unwrap();
    let mut shown: Vec<&str> = report[quoted..].lines().take(6).collect();
    shown.extend(report[placed..].lines().take(3));
    insta::assert_snapshot!("one_of_many_problems_on_a_long_line", shown.join("\n"));
    let output = run_in(dir.path(), &["check", "g", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // `fallbacks = [` and 20,000 times `"a", ` before it.
    assert_eq!(
        json["files"][0]["problems"][20000]["column"],
        14 + 5 * 20_000
    );
}

// 4 and 5. What a text may hold.

#[test]
fn invisible_characters_and_foreign_addresses_in_text_are_refused() {
    let mut files = Vec::new();
    for (n, hidden) in [
        "\\u200b",
        "\\ufeff",
        "\\U000e0041",
        "\\u2028",
        "\\u00ad",
        "\\u3164",
    ]
    .iter()
    .enumerate()
    {
        files.push((
            format!("hidden-{n}.toml"),
            guide_with("Title", &format!("Ti{hidden}tle")),
        ));
    }
    for (n, address) in [
        "Pay at http://evil.example/x",
        "Open www.evil.example now",
        "See card-check.example/pay",
        "Go to https://aliexpress.com@evil.example/",
    ]
    .iter()
    .enumerate()
    {
        files.push((format!("address-{n}.toml"), guide_with("Summary", address)));
    }
    let long = format!("https://intl.alipay.com/{}", "a".repeat(200_000));
    files.push((
        "long-link.toml".to_string(),
        guide_with("https://intl.alipay.com/user/queryUserBindCard.htm", &long),
    ));
    let files: Vec<(&str, String)> = files.iter().map(|(n, t)| (n.as_str(), t.clone())).collect();
    let dir = folder_with(&files);
    let output = run_in(dir.path(), &["check", "g"]);
    insta::assert_snapshot!("text_refused", slashed(&stdout(&output), "g"));
    let output = run_in(dir.path(), &["check", "g", "--lang", "ru"]);
    insta::assert_snapshot!("text_refused_ru", slashed(&stdout(&output), "g"));
}

// 6. Messages that say what is wrong.

#[test]
fn a_guide_folder_that_is_a_file_is_not_a_folder() {
    let dir = folder_with(&[("a-guide.toml", valid_guide())]);
    let output = run_in(dir.path(), &["list", "--guides-dir", "g/a-guide.toml"]);
    assert_eq!(
        stderr(&output),
        "warning: skipped g/a-guide.toml: not a folder\n"
    );
}

#[test]
fn a_broken_guide_asked_for_by_name_says_why_it_cannot_be_shown() {
    let dir = folder_with(&[("a-guide.toml", guide_with("minutes = 3\n", ""))]);
    let output = run_in(dir.path(), &["show", "a-guide", "--guides-dir", "g"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!stderr(&output).contains("Did you mean"));
    insta::assert_snapshot!("broken_method_asked_for", slashed(&stderr(&output), "g"));
}

#[test]
fn check_reports_a_missing_fallback_beside_the_guides_other_problems() {
    let text = guide_naming(&["nowhere".to_string()]).replacen("minutes = 3\n", "", 1);
    let dir = folder_with(&[("a-guide.toml", text)]);
    let output = run_in(dir.path(), &["check", "g"]);
    insta::assert_snapshot!(
        "missing_fallback_beside_another_problem",
        slashed(&stdout(&output), "g")
    );
}

/// The program as a user without the right to read `g` would run it: as nobody, when the
/// tests run as root (as CI does), for whom no permission is ever missing.
#[cfg(unix)]
fn run_unprivileged(dir: &Path, args: &[&str]) -> Output {
    let root = fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0);
    if !root.unwrap_or(false) {
        return run_in(dir, args);
    }
    // A copy beside the folder: the build's own folder may be closed to nobody.
    let binary = dir.join("unlink-guide");
    if !binary.exists() {
        fs::copy(common::binary(), &binary).unwrap();
    }
    let mut command = common::isolated(std::process::Command::new("setpriv"));
    command
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&binary)
        .args(args)
        .current_dir(dir);
    command.output().expect("setpriv runs")
}

#[cfg(unix)] // Unix permission bits; Windows has ACLs, and no read-but-not-search right.
#[test]
fn a_folder_that_cannot_be_read_or_entered_is_reported_as_such() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder_with(&[("a-guide.toml", valid_guide())]);
    // Open to everyone down to `g`, whose rights each case sets.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let g = dir.path().join("g");
    let with_mode = |mode| fs::set_permissions(&g, fs::Permissions::from_mode(mode)).unwrap();

    with_mode(0o000);
    let unreadable = run_unprivileged(dir.path(), &["list", "--guides-dir", "g"]);
    let check = run_unprivileged(dir.path(), &["check", "g"]);
    // Readable but not searchable: the names are there, the files cannot be opened.
    with_mode(0o644);
    let not_searchable = run_unprivileged(dir.path(), &["list", "--guides-dir", "g"]);
    with_mode(0o755);

    assert_eq!(
        stderr(&unreadable),
        "warning: skipped g: cannot be read: permission denied\n"
    );
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stdout(&check).starts_with("error: cannot be read: permission denied\n--> g\n"),
        "{}",
        stdout(&check)
    );
    assert_eq!(
        stderr(&not_searchable),
        "warning: skipped g/a-guide.toml: cannot be read: permission denied\n"
    );
}

#[cfg(target_os = "linux")] // /dev/full, a device that is always full, is Linux's.
#[test]
fn help_and_version_to_a_full_disk_fail() {
    for arg in ["--help", "--version"] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = common::isolated(std::process::Command::new(common::binary()))
            .arg(arg)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{arg}");
        assert!(
            stderr(&output).starts_with("error: cannot write the output: "),
            "{arg}: {}",
            stderr(&output)
        );
    }
}

// 7. `show` knows the title of every method a step hands over to.

#[test]
fn show_gives_the_title_of_a_folder_guide_a_step_hands_over_to() {
    let named = valid_guide().replace("en = \"Title\"", "en = \"The named one\"");
    let naming = guide_with("[[steps]]\n", "[[steps]]\nmethods = [\"foo-b\"]\n");
    let dir = folder_with(&[("foo-a.toml", naming), ("foo-b.toml", named)]);
    let output = run_in(
        dir.path(),
        &["show", "foo-a", "--json", "--guides-dir", "g"],
    );
    let shown: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let methods = &shown["method"]["steps"][0]["methods"];
    assert_eq!(methods[0]["id"], "foo-b");
    assert_eq!(methods[0]["title"], "The named one");
}

// Whatever the bytes, nothing unsafe gets out.

/// Text that mixes anything printable with controls, marks that reorder text, invisible
/// characters and Markdown's punctuation.
#[cfg(unix)]
fn hostile_text() -> impl Strategy<Value = String> {
    "(\\PC|[\\x00-\\x1f\\x7f-\\x9f\\u{61c}\\u{200b}-\\u{200f}\\u{2028}-\\u{202e}\\u{2060}-\\u{206f}\\u{feff}\\u{e0001}\\u{e0041}\"\\\\\\[\\]()<>&~`*_#!|]){0,24}"
}

/// A file or folder name of any bytes but `/` and NUL.
#[cfg(unix)]
fn hostile_name() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        any::<u8>().prop_filter("a name", |b| *b != b'/' && *b != 0),
        1..16,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    // Names of any bytes are Unix's: Windows names are UTF-16 and refuse controls.
    #[cfg(unix)]
    #[test]
    fn no_bytes_anywhere_put_a_control_or_bidi_character_on_the_output(
        text in hostile_text(),
        field in 0usize..6,
        file in hostile_name(),
        folder in hostile_name(),
    ) {
        let value = toml_string(&text);
        let guide = match field {
            0 => guide_with("en = \"Title\"", &format!("en = {value}")),
            1 => guide_with("\"https://intl.alipay.com/user/queryUserBindCard.htm\"", &value),
            2 => guide_with("minutes = 3", &format!("minutes = 3\n{value} = 1")),
            3 => guide_with("reviewed", &format!("fallbacks = [{value}]\nreviewed")),
            4 => guide_with("title = \"Статья\"", &format!("title = {value}")),
            // Raw, as the bytes of the file: not TOML, or not UTF-8.
            _ => format!("{}\n# {text}\n{text}", valid_guide()),
        };
        use std::{ffi::OsStr, os::unix::ffi::OsStrExt};
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(OsStr::from_bytes(&folder));
        prop_assume!(fs::create_dir(&folder).is_ok());
        let mut name = file.clone();
        name.extend_from_slice(b".toml");
        prop_assume!(fs::write(folder.join(OsStr::from_bytes(&name)), &guide).is_ok());
        fs::write(folder.join("hostile.toml"), &guide).unwrap();
        // Each command with the folder last, as `--guides-dir`'s value or as what to check.
        let runs: [&[&str]; 7] = [
            &["list", "--guides-dir"],
            &["list", "--json", "--guides-dir"],
            &["show", "hostile", "--guides-dir"],
            &["show", "hostile", "--format", "markdown", "--guides-dir"],
            &["show", "hostile", "--json", "--guides-dir"],
            &["check"],
            &["check", "--format", "json"],
        ];
        for args in runs {
            let mut command = unlink_guide();
            command.args(args).arg(&folder).timeout(HANG);
            let output = command.output().unwrap();
            assert_clean(&format!("{args:?} stdout"), &output.stdout);
            assert_clean(&format!("{args:?} stderr"), &output.stderr);
        }
    }
}
