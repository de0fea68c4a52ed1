//! Running the built binary the way a user would, in a clean environment.
#![allow(dead_code)]

use assert_cmd::Command;

use guide_format::Date;

/// The variables that change what the program prints. Tests remove them all and set only
/// what they need, so that the developer's own terminal settings never leak into a snapshot.
const USER_SETTINGS: [&str; 17] = [
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "FORCE_HYPERLINK",
    "LANGUAGE",
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "TERM",
    "COLUMNS",
    "LINES",
    "UNLINK_GUIDE_DIR",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "UNLINK_GUIDE_CONFIG_DIR",
    "SOURCE_DATE_EPOCH",
    // Turns the screen-reader mode on.
    "ACCESSIBLE",
];

/// The moment every test takes as now (2026-12-02, 12:00 UTC), as `SOURCE_DATE_EPOCH` gives
/// it: output that depends on the date is the same on any day the tests run.
pub const NOW: u64 = 1_796_212_800;

/// The date every test takes as today.
pub fn today() -> Date {
    Date::from_unix_seconds(NOW)
}

/// A home folder with nothing in it, so that the developer's own guide folder and settings
/// never reach a test.
pub const EMPTY_HOME: &str = "/nonexistent/unlink-guide-test-home";

/// The variables every run of the program gets in a test: a fixed today, an empty home, and
/// a locale that is not Russian, so that the language chosen in the system's own settings
/// (which the program asks for when no locale variable is set, on Windows and macOS) never
/// reaches a test. A test that wants Russian sets `LANG` or `LC_*` over it.
pub fn test_env() -> [(&'static str, String); 3] {
    [
        ("SOURCE_DATE_EPOCH", NOW.to_string()),
        ("HOME", EMPTY_HOME.to_string()),
        ("LANG", "C.UTF-8".to_string()),
    ]
}

/// The program, to run with assert_cmd in the test environment.
pub fn unlink_guide() -> Command {
    Command::from_std(isolated(std::process::Command::new(binary())))
}

/// The built program.
pub fn binary() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("unlink-guide")
}

/// `command` with none of the developer's settings, and the test environment.
pub fn isolated(mut command: std::process::Command) -> std::process::Command {
    for name in USER_SETTINGS {
        command.env_remove(name);
    }
    command.envs(test_env());
    command
}

/// The exit code, standard output and standard error of a finished run.
pub fn texts(output: std::process::Output) -> (i32, String, String) {
    (
        output.status.code().expect("the program exited"),
        String::from_utf8(output.stdout).expect("output is UTF-8"),
        String::from_utf8(output.stderr).expect("errors are UTF-8"),
    )
}

/// `check` of `path`: its exit code and its report, with nothing on standard error.
pub fn check(path: impl AsRef<std::ffi::OsStr>) -> (i32, String) {
    let output = unlink_guide()
        .arg("check")
        .arg(path)
        .args(["--color", "never"])
        .output();
    let (code, stdout, stderr) = texts(output.expect("the binary runs"));
    assert!(stderr.is_empty(), "{stderr}");
    (code, stdout)
}

/// `name` in `folder`, as the program writes a path it joined: with the platform's separator.
pub fn joined(folder: &str, name: &str) -> String {
    std::path::Path::new(folder)
        .join(name)
        .display()
        .to_string()
}

/// `text` with every path the program joined to `folder` written with `/`, as the snapshots
/// hold it: the same text on every system (Windows joins with `\`).
pub fn slashed(text: &str, folder: &str) -> String {
    let separator = std::path::MAIN_SEPARATOR;
    text.replace(&format!("{folder}{separator}"), &format!("{folder}/"))
}

/// Standard output of a successful run.
pub fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().expect("the binary runs");
    assert!(
        output.status.success(),
        "failed with {}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

/// Every built-in method, in menu order.
pub const METHODS: [&str; 7] = [
    "aliexpress-payments",
    "mobile-app",
    "direct-link",
    "mobile-site",
    "alipay-web",
    "add-card",
    "replace-card",
];

/// The one valid guide the tests change a line of, shared with the guide format's own tests.
pub fn valid_guide() -> String {
    std::fs::read_to_string("crates/guide-format/tests/fixtures/valid.toml")
        .expect("the valid guide fixture")
}

/// Whether the program `name` (zsh, fish, man, groff…) is installed, for a test that needs
/// it; see `missing` for what happens when it is not.
#[track_caller]
pub fn have(name: &str) -> bool {
    let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(&file).is_file()));
    found || missing(name)
}

/// The first of `paths` that exists, for a test that needs `name`, a tool that is a file to
/// read rather than a program (bash-completion's script); see `missing`.
#[track_caller]
pub fn find_file(name: &str, paths: &[&str]) -> Option<std::path::PathBuf> {
    let found = paths
        .iter()
        .map(std::path::PathBuf::from)
        .find(|p| p.is_file());
    if found.is_none() {
        missing(name);
    }
    found
}

/// A test that needs `name`, which is not installed, is skipped: this prints one line naming
/// it, and the test returns early, so that `cargo test` passes on a machine without it. Under
/// `CI`, where .ci/run installs every tool the tests use, a missing tool fails the test
/// instead, so that nothing is skipped unseen there.
#[track_caller]
fn missing(name: &str) -> bool {
    assert!(
        std::env::var_os("CI").is_none(),
        "{name} is not installed, and CI is set (.ci/run installs it)"
    );
    // Past the test harness's capture, which hides what a passing test prints.
    use std::io::Write as _;
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = writeln!(std::io::stderr(), "skipped {test}: {name} is not installed");
    false
}

/// A TOML basic string holding `value`, every character that TOML would not take as it is
/// written as an escape.
pub fn toml_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
