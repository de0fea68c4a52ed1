//! The config file, as a user writes it: `config.toml` in the config folder, here the one
//! `UNLINK_GUIDE_CONFIG_DIR` names, so that the tests run the same on every system; it comes
//! between the command line and the environment.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{stdout_of, unlink_guide};

/// A config folder holding `config.toml` with `text`, and the file.
fn config_dir(text: &str) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("config.toml");
    fs::write(&file, text).unwrap();
    (folder, file)
}

fn with_config(folder: &Path) -> assert_cmd::Command {
    let mut cmd = unlink_guide();
    cmd.env("UNLINK_GUIDE_CONFIG_DIR", folder);
    cmd
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

#[test]
fn the_language_in_the_config_file_wins_over_the_locale_and_loses_to_lang() {
    let (dir, _) = config_dir("language = \"ru\"\n");
    let list = stdout_of(
        with_config(dir.path())
            .arg("list")
            .env("LANG", "en_US.UTF-8"),
    );
    assert!(
        first_line(&list).contains("Настройки оплаты AliExpress"),
        "{list}"
    );
    let list = stdout_of(with_config(dir.path()).args(["list", "--lang", "en"]));
    assert!(
        first_line(&list).contains("AliExpress payment settings"),
        "{list}"
    );
    // Errors and help follow it too.
    let output = with_config(dir.path())
        .args(["show", "no-such-method"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("ошибка: нет способа"));
    let help = stdout_of(with_config(dir.path()).arg("--help"));
    assert!(help.contains("Использование:"), "{help}");
}

#[test]
fn the_colour_in_the_config_file_wins_over_no_color_and_loses_to_color() {
    let (dir, _) = config_dir("color = \"always\"\n");
    let coloured = stdout_of(
        with_config(dir.path())
            .args(["show", "direct-link"])
            .env("NO_COLOR", "1"),
    );
    assert!(coloured.contains("\x1b["), "no colour into a pipe");
    let plain =
        stdout_of(with_config(dir.path()).args(["show", "direct-link", "--color", "never"]));
    assert!(!plain.contains('\x1b'));

    let (dir, _) = config_dir("color = \"never\"\n");
    let plain = stdout_of(
        with_config(dir.path())
            .args(["show", "direct-link"])
            .env("CLICOLOR_FORCE", "1"),
    );
    assert!(!plain.contains('\x1b'));
}

#[test]
fn guide_folders_of_the_config_file_are_read_relative_to_it_and_paths_shows_them() {
    let (dir, file) = config_dir("# my settings\nguide_dirs = [\"my-guides\", \"more-guides\"]\n");
    let guides = dir.path().join("my-guides");
    fs::create_dir(&guides).unwrap();
    fs::copy(
        "tests/fixtures/override/direct-link.toml",
        guides.join("direct-link.toml"),
    )
    .unwrap();
    let output = with_config(dir.path()).arg("list").output().unwrap();
    assert!(output.status.success());
    let list = String::from_utf8(output.stdout).unwrap();
    let line = list.lines().find(|l| l.starts_with("direct-link")).unwrap();
    assert!(line.contains("Direct link, as a folder guide"), "{line}");
    // A folder the user named is expected to exist.
    let more = dir.path().join("more-guides");
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!("warning: guide folder {} does not exist\n", more.display())
    );

    // The user's own guide folder, the system's, comes between.
    let paths = stdout_of(with_config(dir.path()).arg("paths"));
    let config_line = format!(
        "{}\t(config file in UNLINK_GUIDE_CONFIG_DIR)\n",
        file.display()
    );
    let folder_lines = format!(
        "{}\t(guide_dirs in the config file)\n\
         {}\t(guide_dirs in the config file; does not exist)\n",
        guides.display(),
        more.display(),
    );
    assert!(paths.starts_with(&config_line), "{paths}");
    assert!(paths.ends_with(&folder_lines), "{paths}");
    assert_eq!(paths.lines().count(), 4, "{paths}");
}

#[test]
fn paths_says_where_the_config_file_would_be_when_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let paths = stdout_of(with_config(dir.path()).args(["paths", "--lang", "ru"]));
    let expected = format!(
        "{}\t(файл настроек в папке UNLINK_GUIDE_CONFIG_DIR; его нет)\n",
        dir.path().join("config.toml").display()
    );
    assert!(paths.starts_with(&expected), "{paths}");
}

/// Without the variable (or with it empty), the config file is in the system's config
/// folder, which XDG_CONFIG_HOME moves on Linux only; `~` in `guide_dirs` is the home folder
/// as HOME gives it, which Windows does not read.
#[cfg(target_os = "linux")]
#[test]
fn the_config_file_is_in_the_systems_config_folder_when_no_folder_is_named() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("unlink-guide");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("config.toml");
    fs::write(&file, "guide_dirs = [\"~/more-guides\"]\n").unwrap();
    let expected = format!(
        "{}\t(config file)\n\
         /data/unlink-guide/guides\t(your guide folder; does not exist)\n\
         /home/ann/more-guides\t(guide_dirs in the config file; does not exist)\n\
         /env-guides\t(UNLINK_GUIDE_DIR; does not exist)\n",
        file.display(),
    );
    for named in [None, Some("")] {
        let mut cmd = unlink_guide();
        cmd.arg("paths")
            .env("XDG_CONFIG_HOME", home.path())
            .env("HOME", "/home/ann")
            .env("XDG_DATA_HOME", "/data")
            .env("UNLINK_GUIDE_DIR", "/env-guides");
        if let Some(named) = named {
            cmd.env("UNLINK_GUIDE_CONFIG_DIR", named);
        }
        assert_eq!(stdout_of(&mut cmd), expected, "{named:?}");
    }
}

/// What a run with the config file `text` says on stderr; it must fail with 2 and print
/// nothing else.
fn refused(text: &str, lang: &str) -> String {
    let (dir, file) = config_dir(text);
    let output = with_config(dir.path())
        .arg("list")
        .env("LANG", lang)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{text}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    stderr.replace(&file.display().to_string(), "config.toml")
}

#[test]
fn a_wrong_setting_is_an_error_at_its_line_and_column_in_the_users_language() {
    let cases = [
        (
            "language = \"de\"\n",
            "error: config.toml:1:12: `language` cannot be `de`: use one of ru, en\n",
        ),
        (
            "# colour of the output\ncolour = \"never\"\n",
            "error: config.toml:2:1: there is no setting `colour`. Did you mean `color`? The settings are: language, color, guide_dirs, screen_reader\n",
        ),
        (
            "color = true\n",
            "error: config.toml:1:9: `color` must be a word in quotes: one of auto, always, never\n",
        ),
        (
            "guide_dirs = \"~/guides\"\n",
            "error: config.toml:1:14: `guide_dirs` must be a list of folders in quotes, like [\"~/guides\"]\n",
        ),
        (
            "guide_dirs = [\"a\", 7]\n",
            "error: config.toml:1:20: `guide_dirs` must be a list of folders in quotes, like [\"~/guides\"]\n",
        ),
        (
            "screen_reader = \"yes\"\n",
            "error: config.toml:1:17: `screen_reader` must be true or false, without quotes\n",
        ),
        (
            "language = \"ru\n",
            "error: config.toml:1:15: not a valid TOML file: invalid basic string, expected `\"`\n",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(refused(text, "en_US.UTF-8"), expected, "{text}");
    }
    assert_eq!(
        refused("language = \"de\"\n", "ru_RU.UTF-8"),
        "ошибка: config.toml:1:12: «language» не может быть «de»: возможные значения: ru, en\n"
    );
    assert_eq!(
        refused("colour = \"never\"\n", "ru_RU.UTF-8"),
        "ошибка: config.toml:1:1: настройки «colour» нет. Может быть, вы имели в виду «color»? Настройки: language, color, guide_dirs, screen_reader\n"
    );
    assert_eq!(
        refused("screen_reader = \"да\"\n", "ru_RU.UTF-8"),
        "ошибка: config.toml:1:17: «screen_reader» — это true или false, без кавычек\n"
    );
}

#[test]
fn a_config_file_that_cannot_be_read_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    fs::create_dir(&file).unwrap();
    with_config(dir.path())
        .arg("list")
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "error: cannot read the config file {}: it is a folder\n",
            file.display()
        ));
    fs::remove_dir(&file).unwrap();
    fs::write(&file, b"language = \"\xff\"\n").unwrap();
    with_config(dir.path())
        .arg("list")
        .assert()
        .code(2)
        .stderr(format!(
            "error: the config file {} is not UTF-8 text\n",
            file.display()
        ));
}

#[test]
fn screen_reader_in_the_config_file_wins_over_accessible_and_loses_to_the_flags() {
    let intro = "Screen-reader mode.";
    let run = |dir: &Path, args: &[&str], accessible: bool| {
        let mut cmd = with_config(dir);
        cmd.args(args).write_stdin("");
        if accessible {
            cmd.env("ACCESSIBLE", "1");
        }
        stdout_of(&mut cmd)
    };
    let (on, _) = config_dir("screen_reader = true\n");
    assert!(run(on.path(), &[], false).starts_with(intro));
    assert!(!run(on.path(), &["--no-screen-reader"], false).contains(intro));
    let (off, _) = config_dir("screen_reader = false\n");
    assert!(!run(off.path(), &[], true).contains(intro));
    assert!(run(off.path(), &["--screen-reader"], false).starts_with(intro));
}
