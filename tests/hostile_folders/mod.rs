//! Making hostile guide folders, running the program on them, and reading what it printed.

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use guide_format::validate::is_unsafe_char;

use crate::common::{unlink_guide, valid_guide};

/// Longer than any run here takes when the work is linear, even in a debug build on a busy
/// machine; a run that takes longer has hung or gone quadratic.
pub(crate) const HANG: Duration = Duration::from_secs(60);

/// The program run in `dir` with `args`, stopped if it hangs.
pub(crate) fn run_in(dir: &Path, args: &[&str]) -> Output {
    unlink_guide()
        .current_dir(dir)
        .args(args)
        .timeout(HANG)
        .output()
        .unwrap_or_else(|e| panic!("{args:?} did not end: {e}"))
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// The valid guide with `replace` replaced by `by`.
pub(crate) fn guide_with(replace: &str, by: &str) -> String {
    let valid = valid_guide();
    assert!(valid.contains(replace), "the fixture has no {replace:?}");
    valid.replacen(replace, by, 1)
}

/// The valid guide naming `fallbacks`.
pub(crate) fn guide_naming(fallbacks: &[String]) -> String {
    let list: Vec<String> = fallbacks.iter().map(|id| format!("\"{id}\"")).collect();
    guide_with(
        "reviewed",
        &format!("fallbacks = [{}]\nreviewed", list.join(", ")),
    )
}

/// A temporary folder with the folder `g` in it, holding `files`.
pub(crate) fn folder_with(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("g")).unwrap();
    for (name, text) in files {
        fs::write(dir.path().join("g").join(name), text).unwrap();
    }
    dir
}

/// `guide` as `a-guide.toml` in a folder, which `check` passes; and its folder with what
/// `show --format markdown` prints of it.
pub(crate) fn checked_markdown(guide: String) -> (tempfile::TempDir, String) {
    let dir = folder_with(&[("a-guide.toml", guide)]);
    let check = run_in(dir.path(), &["check", "g"]);
    assert_eq!(stdout(&check), "checked 1 file: no problems\n");
    let args = [
        "show",
        "a-guide",
        "--format",
        "markdown",
        "--guides-dir",
        "g",
    ];
    let markdown = stdout(&run_in(dir.path(), &args));
    (dir, markdown)
}

/// A character that must never reach a terminal from a guide folder: every control but the
/// new line, and every mark that reorders text or cannot be seen.
pub(crate) fn forbidden(c: char) -> bool {
    c != '\n' && is_unsafe_char(c)
}

pub(crate) fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|c| forbidden(*c)) {
        panic!(
            "{what}: U+{:04X} reached the output: {text:?}",
            u32::from(c)
        );
    }
}
