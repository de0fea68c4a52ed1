//! Guides from folders, and `check`: overrides, precise diagnostics, and files that are
//! broken in every way a file can be, none of which stops the good guides from working.

mod common;

use std::fs;

use common::{METHODS, check, joined, slashed, stdout_of, unlink_guide};

#[test]
fn each_broken_fixture_is_refused_with_its_one_problem_at_its_place() {
    let mut names: Vec<String> = fs::read_dir("tests/fixtures/broken")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 25);
    for name in names {
        let path = format!("tests/fixtures/broken/{name}");
        let (code, out) = check(&path);
        assert_eq!(code, 1, "{name} passed check");
        assert_eq!(
            out.matches("\nerror: ").count() + usize::from(out.starts_with("error: ")),
            1,
            "{name}: {out}"
        );
        assert!(out.ends_with("1 problem in 1 of 1 file\n"), "{name}: {out}");
        assert!(
            !out.contains('\x1b'),
            "{name}: an escape sequence reached the output"
        );
        insta::assert_snapshot!(format!("check_{}", name.trim_end_matches(".toml")), out);
    }
}

#[test]
fn fallbacks_that_loop_are_found_across_files() {
    let (code, out) = check("tests/fixtures/loop");
    assert_eq!(code, 1);
    insta::assert_snapshot!("check_loop", slashed(&out, "tests/fixtures/loop"));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the user's own guide folder, which no variable moves on Windows"
)]
fn check_without_arguments_checks_the_built_in_guides() {
    // That each built-in guide is valid is build.rs's and tests/builtin_guides.rs's to show.
    unlink_guide()
        .arg("check")
        .assert()
        .code(0)
        .stdout("checked 7 built-in guides: no problems\n");
}

#[test]
fn check_reports_json_for_editors() {
    let output = unlink_guide()
        .args([
            "check",
            "tests/fixtures/broken/unknown-key.toml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["problem_count"], 1);
    let problem = &report["files"][0]["problems"][0];
    assert_eq!(problem["line"], 18);
    assert_eq!(problem["column"], 1);
    assert_eq!(
        problem["message"],
        "steps[0].lables: unknown key `lables` (did you mean `labels`?)"
    );
}

#[test]
fn check_of_a_path_that_does_not_exist_is_a_usage_error() {
    unlink_guide()
        .args(["check", "no/such/guide.toml"])
        .assert()
        .code(2)
        .stderr("error: no such file or folder: no/such/guide.toml\n");
}

#[test]
fn a_folder_guide_replaces_the_built_in_one_and_list_says_where_it_comes_from() {
    let list = stdout_of(unlink_guide().args(["list", "--guides-dir", "tests/fixtures/override"]));
    let line = list.lines().find(|l| l.starts_with("direct-link")).unwrap();
    assert!(
        line.contains("A test method") || line.contains("Direct link, as a folder guide"),
        "{line}"
    );
    let path = joined("tests/fixtures/override", "direct-link.toml");
    assert!(line.ends_with(&path), "{line}");
    let builtin = list.lines().find(|l| l.starts_with("mobile-app")).unwrap();
    assert!(builtin.ends_with("built-in"), "{builtin}");

    let shown = stdout_of(unlink_guide().args([
        "show",
        "direct-link",
        "--guides-dir",
        "tests/fixtures/override",
    ]));
    assert!(shown.starts_with("Direct link, as a folder guide\n"));
    let json = stdout_of(
        unlink_guide()
            .args(["list", "--json"])
            .env("UNLINK_GUIDE_DIR", "tests/fixtures/override"),
    );
    let source = serde_json::to_string(&path).unwrap();
    assert!(json.contains(&format!("\"source\": {source}")), "{json}");
}

#[test]
fn walk_without_a_terminal_reads_only_what_show_reads() {
    // Broken guides of other methods are not read, so they are not mentioned either.
    let run = |command: &str| {
        unlink_guide()
            .args([
                command,
                "direct-link",
                "--guides-dir",
                "tests/fixtures/broken",
            ])
            .write_stdin("")
            .output()
            .unwrap()
    };
    let (walked, shown) = (run("walk"), run("show"));
    assert_eq!(walked.status.code(), Some(0));
    assert!(
        walked.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&walked.stderr)
    );
    assert_eq!(walked.stdout, shown.stdout);
}

#[test]
fn a_broken_folder_guide_costs_one_line_and_the_others_keep_working() {
    let output = unlink_guide()
        .args(["list", "--guides-dir", "tests/fixtures/broken"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let ids: Vec<&str> = stdout
        .lines()
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    // Only the fixture whose one problem is a fallback naming a missing method is kept: a
    // wrong suggestion does not make the steps wrong.
    let mut expected = METHODS.to_vec();
    expected.push("missing-fallback");
    assert_eq!(ids, expected);
    let stderr = slashed(
        &String::from_utf8(output.stderr).unwrap(),
        "tests/fixtures/broken",
    );
    assert_eq!(stderr.lines().count(), 26, "{stderr}");
    assert!(stderr.contains(
        "warning: tests/fixtures/broken/missing-fallback.toml: the methods it names do not exist or lead back to it; for details: unlink-guide check tests/fixtures/broken/missing-fallback.toml\n"
    ));
    assert!(stderr.contains(
        "warning: skipped tests/fixtures/broken/unknown-key.toml: not a valid guide; for details: unlink-guide check tests/fixtures/broken/unknown-key.toml\n"
    ));
    assert!(stderr.contains(
        "warning: skipped tests/fixtures/broken/invalid-utf8.toml: not UTF-8 text (line 13)\n"
    ));
    assert!(!stderr.contains('\x1b'));
}

// Symbolic links and these error messages are Unix's.
#[cfg(unix)]
#[test]
fn unusable_files_and_folders_each_get_a_clear_line_and_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    // A symlink loop, a folder where a file should be, a file over the size limit.
    std::os::unix::fs::symlink(folder.join("loop-b.toml"), folder.join("loop-a.toml")).unwrap();
    std::os::unix::fs::symlink(folder.join("loop-a.toml"), folder.join("loop-b.toml")).unwrap();
    fs::create_dir(folder.join("a-folder.toml")).unwrap();
    fs::write(folder.join("huge.toml"), vec![b'#'; 1024 * 1024 + 1]).unwrap();
    let missing = folder.join("missing");

    let output = unlink_guide()
        .args(["list", "--guides-dir"])
        .arg(folder)
        .arg("--guides-dir")
        .arg(&missing)
        .output()
        .unwrap();
    // A folder that cannot be listed, first, does not shift what is said of the files after.
    let missing_first = unlink_guide()
        .args(["list", "--guides-dir"])
        .arg(&missing)
        .arg("--guides-dir")
        .arg(folder)
        .output()
        .unwrap();
    let first: Vec<String> = String::from_utf8(missing_first.stderr)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert!(first[0].ends_with("missing does not exist"), "{first:?}");
    assert!(first[2].contains("huge.toml"), "{first:?}");
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let at = |name: &str| folder.join(name).display().to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert_eq!(
        lines[0],
        format!(
            "warning: skipped {}: not a regular file",
            at("a-folder.toml")
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "warning: skipped {}: 1048577 bytes, over the 1048576-byte limit for a guide; not read",
            at("huge.toml")
        )
    );
    for (line, name) in lines[2..4].iter().zip(["loop-a.toml", "loop-b.toml"]) {
        let expected = format!(
            "warning: skipped {}: cannot be read: Too many levels of symbolic links",
            at(name)
        );
        assert!(line.starts_with(&expected), "{line}");
    }
    assert_eq!(
        lines[4],
        format!("warning: guide folder {} does not exist", missing.display())
    );
    assert!(!stderr.contains("panicked"));
}

// Windows allows no control character in a file name.
#[cfg(unix)]
#[test]
fn a_file_name_with_an_escape_sequence_is_shown_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("evil\x1b[31m.toml"), "format = 1").unwrap();
    let output = unlink_guide()
        .args(["list", "--guides-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("evil␛[31m.toml"), "{stderr}");
    assert!(!stderr.contains('\x1b'));
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "XDG_DATA_HOME moves the user's guide folder on Linux only"
)]
fn paths_lists_the_folders_in_the_order_they_are_read() {
    let out = stdout_of(
        unlink_guide()
            .args([
                "paths",
                "--guides-dir",
                "tests/fixtures/override",
                "--guides-dir",
                "/no/such/folder",
            ])
            .env("XDG_DATA_HOME", "/data")
            .env("UNLINK_GUIDE_DIR", "tests/fixtures/loop"),
    );
    assert_eq!(
        out,
        "/nonexistent/unlink-guide-test-home/.config/unlink-guide/config.toml\t(config file; does not exist)\n\
         /data/unlink-guide/guides\t(your guide folder; does not exist)\n\
         tests/fixtures/loop\t(UNLINK_GUIDE_DIR)\n\
         tests/fixtures/override\t(--guides-dir)\n\
         /no/such/folder\t(--guides-dir; does not exist)\n"
    );
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "XDG_DATA_HOME moves the user's guide folder on Linux only"
)]
fn today_is_the_clocks_or_source_date_epochs() {
    let future = "tests/fixtures/broken/future-date.toml";
    // The fixture's review date, 2099-01-01, is past once SOURCE_DATE_EPOCH says 2100.
    unlink_guide()
        .args(["check", future])
        .env("SOURCE_DATE_EPOCH", "4102444800")
        .assert()
        .code(0)
        .stdout("checked 1 file: no problems\n");
    unlink_guide()
        .args(["check", future])
        .env("SOURCE_DATE_EPOCH", "soon")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: SOURCE_DATE_EPOCH is `soon`: it must be a whole number of seconds since 1970-01-01 UTC, or unset\n",
        );
    // Unset, today is the clock's: the template's review date is today's (the day the run
    // began or ended, should it cross midnight).
    let clock = || {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        guide_format::Date::from_unix_seconds(seconds)
    };
    let data = tempfile::tempdir().unwrap();
    let before = clock();
    unlink_guide()
        .args(["new", "dated"])
        .env("XDG_DATA_HOME", data.path())
        .env_remove("SOURCE_DATE_EPOCH")
        .assert()
        .code(0);
    let after = clock();
    let written = fs::read_to_string(data.path().join("unlink-guide/guides/dated.toml")).unwrap();
    assert!(
        [before, after]
            .iter()
            .any(|today| written.contains(&format!("\nreviewed = {today} "))),
        "{written}"
    );
}

#[test]
fn of_two_folders_with_a_guide_of_one_id_the_later_wins() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = fs::read_to_string("tests/fixtures/override/direct-link.toml").unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    for (folder, title) in [
        (&first, "From the first folder"),
        (&second, "From the second"),
    ] {
        fs::create_dir(folder).unwrap();
        let text = fixture.replace("Direct link, as a folder guide", title);
        fs::write(folder.join("direct-link.toml"), text).unwrap();
    }
    let shown = stdout_of(
        unlink_guide()
            .args(["show", "direct-link", "--guides-dir"])
            .arg(&first)
            .arg("--guides-dir")
            .arg(&second),
    );
    assert!(shown.starts_with("From the second\n"), "{shown}");
    let listed = stdout_of(
        unlink_guide()
            .args(["list", "--guides-dir"])
            .arg(&first)
            .arg("--guides-dir")
            .arg(&second),
    );
    let line = listed
        .lines()
        .find(|l| l.starts_with("direct-link "))
        .unwrap();
    assert!(line.contains("From the second"), "{line}");
    assert!(
        line.ends_with(&joined("second", "direct-link.toml")),
        "{line}"
    );
    assert_eq!(listed.matches("direct-link ").count(), 1, "{listed}");
}

/// A folder guide whose step hands over to another folder guide shows that guide's title:
/// `show` follows every method a guide names, not only its fallbacks.
#[test]
fn show_follows_the_methods_a_step_hands_over_to() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = common::valid_guide();
    let named = fixture.replace("en = \"Title\"", "en = \"The named one\"");
    fs::write(dir.path().join("foo-b.toml"), named).unwrap();
    let naming = fixture.replacen("[[steps]]\n", "[[steps]]\nmethods = [\"foo-b\"]\n", 1);
    assert_ne!(naming, fixture);
    fs::write(dir.path().join("foo-a.toml"), naming).unwrap();
    let shown = stdout_of(
        unlink_guide()
            .args(["show", "foo-a", "--guides-dir"])
            .arg(dir.path()),
    );
    assert!(
        shown.contains("The named one (unlink-guide show foo-b)"),
        "{shown}"
    );
}

#[test]
fn check_speaks_russian() {
    let output = unlink_guide()
        .args([
            "check",
            "tests/fixtures/broken/foreign-link.toml",
            "tests/fixtures/broken/missing-field.toml",
            "--lang",
            "ru",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    insta::assert_snapshot!("check_in_russian", out);
}
