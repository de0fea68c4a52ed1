//! The config file: `config.toml` in the platform's config folder (`~/.config/unlink-guide/`
//! on Linux), or in the folder `UNLINK_GUIDE_CONFIG_DIR` names (as tealdeer's
//! `TEALDEER_CONFIG_DIR` and bat's `BAT_CONFIG_DIR` do), with the settings a user wants on
//! every run — the language, colour, and more guide folders. It is input like the
//! environment: read once, with the environment, and checked whole before anything runs, so
//! that a typo is reported with its place instead of being ignored.
//!
//! Which setting wins: the command line, then this file, then the environment variables
//! (`LANGUAGE`, `LC_*`, `LANG`; `NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`), then the defaults.
//! The file is this program's own and the user wrote it on purpose; the variables are
//! general defaults shared by every program, as no-color.org says of `NO_COLOR` and as
//! tealdeer does with its `languages` setting.

use std::ffi::OsString;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

use guide_format::file::read_text_within;
use guide_format::path::LineIndex;
use guide_format::validate::Suggestions;
use guide_format::{Lang, LoadError};
use toml::de::{DeTable, DeValue};

/// The file's name in the program's config folder.
pub(crate) const FILE_NAME: &str = "config.toml";

/// The settings the file can hold, by their key.
pub(crate) const KEYS: &[&str] = &["language", "color", "guide_dirs", "screen_reader"];

/// A config file that is larger than this is refused unread: a real one is a few lines.
pub(crate) const MAX_SIZE: u64 = 64 * 1024;

/// What the config file says; everything is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Settings {
    pub(crate) language: Option<Lang>,
    pub(crate) color: Option<ColorChoice>,
    /// More folders to read guides from, after the user's own guide folder.
    pub(crate) guide_dirs: Vec<PathBuf>,
    /// The screen-reader mode on or off, over `ACCESSIBLE` and the system.
    pub(crate) screen_reader: Option<bool>,
}

/// When to use colour, as `--color` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The config file of this run: where it is, and what it says.
#[derive(Clone, Debug)]
pub(crate) struct ConfigFile {
    /// `None` when no folder is named and the system has no config folder.
    pub(crate) location: Option<Location>,
    pub(crate) settings: Result<Settings, ConfigError>,
}

/// Where the config file is, or would be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Location {
    pub(crate) path: PathBuf,
    /// Whether `UNLINK_GUIDE_CONFIG_DIR` named its folder.
    pub(crate) named: bool,
    /// Whether there is a file at `path`.
    pub(crate) exists: bool,
}

/// Why the config file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ConfigError {
    /// It is there, but cannot be read, and why.
    Unreadable(PathBuf, Unreadable),
    /// Not UTF-8 text.
    NotUtf8(PathBuf),
    /// Something in it is wrong, at a line and column.
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        problem: SettingProblem,
    },
}

/// Why the config file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// A folder by that name.
    Folder,
    /// A symbolic link to something that is not there.
    BrokenLink,
    /// A pipe, a device or a socket: never opened for reading, which could block.
    NotAFile,
    /// Larger than `MAX_SIZE` bytes: this many.
    TooLarge(u64),
    PermissionDenied,
    /// Anything else: the system's words for why.
    System(String),
}

/// What is wrong at a place in the config file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SettingProblem {
    /// Not TOML: the TOML reader's own words (it has them in English only).
    Syntax(String),
    UnknownKey {
        key: String,
        closest: Option<&'static str>,
    },
    /// A value of the wrong type: a number where a word is wanted, and the like.
    WrongType { key: &'static str },
    /// A word that is not one of those the setting takes.
    NotOneOf {
        key: &'static str,
        value: String,
        names: &'static [&'static str],
    },
    /// An empty folder name in `guide_dirs`.
    EmptyFolder,
}

impl ConfigFile {
    /// Reads the config file in `named` (`UNLINK_GUIDE_CONFIG_DIR`, when set and not empty),
    /// else in `unlink-guide` in `config_dir` (the platform's config folder, when it has
    /// one); relative folders in it are relative to the file's own folder, and `~/` is `home`.
    pub(crate) fn read(
        named: Option<OsString>,
        config_dir: Option<PathBuf>,
        home: Option<&Path>,
    ) -> ConfigFile {
        let named = named.filter(|folder| !folder.is_empty()).map(PathBuf::from);
        let folder = match named {
            Some(folder) => Some((folder, true)),
            None => config_dir.map(|dir| (dir.join("unlink-guide"), false)),
        };
        let Some((folder, named)) = folder else {
            return ConfigFile {
                location: None,
                settings: Ok(Settings::default()),
            };
        };
        let path = folder.join(FILE_NAME);
        let (exists, settings) = match read_text(&path) {
            Ok(None) => (false, Ok(Settings::default())),
            Ok(Some(text)) => (true, parse(&path, &text, home)),
            Err(error) => (true, Err(error)),
        };
        let location = Location {
            path,
            named,
            exists,
        };
        ConfigFile {
            location: Some(location),
            settings,
        }
    }

    /// The settings, or none when the file is wrong (for what runs before errors are
    /// reported: help, and shell completion).
    pub(crate) fn settings_or_default(&self) -> Settings {
        self.settings.clone().unwrap_or_default()
    }
}

/// The file's text; `None` when there is no file. It is read as a guide file is: only a
/// regular file, opened without waiting, and only up to `MAX_SIZE` bytes.
fn read_text(path: &Path) -> Result<Option<String>, ConfigError> {
    let unreadable = |why| ConfigError::Unreadable(path.to_path_buf(), why);
    match read_text_within(path, MAX_SIZE) {
        Ok(text) => Ok(Some(text)),
        Err(LoadError::NotFound) => Ok(None),
        Err(LoadError::NotUtf8 { .. }) => Err(ConfigError::NotUtf8(path.to_path_buf())),
        Err(LoadError::BrokenLink) => Err(unreadable(Unreadable::BrokenLink)),
        Err(LoadError::NotAFile) if path.is_dir() => Err(unreadable(Unreadable::Folder)),
        Err(LoadError::NotAFile) => Err(unreadable(Unreadable::NotAFile)),
        Err(LoadError::TooLarge(size)) => Err(unreadable(Unreadable::TooLarge(size))),
        Err(LoadError::Unreadable(e)) if e.kind() == io::ErrorKind::PermissionDenied => {
            Err(unreadable(Unreadable::PermissionDenied))
        }
        Err(LoadError::Unreadable(e)) => Err(unreadable(Unreadable::System(e.to_string()))),
        Err(other) => Err(unreadable(Unreadable::System(format!("{other:?}")))),
    }
}

/// Reads the text of the config file at `path`: the first thing wrong is the error.
pub(crate) fn parse(path: &Path, text: &str, home: Option<&Path>) -> Result<Settings, ConfigError> {
    let base = path.parent().unwrap_or(Path::new(""));
    read_settings(text, base, home).map_err(|(span, problem)| {
        let (line, column) = LineIndex::new(text).position(span.start);
        ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            problem,
        }
    })
}

type Wrong = (Range<usize>, SettingProblem);

fn read_settings(text: &str, base: &Path, home: Option<&Path>) -> Result<Settings, Wrong> {
    let document = DeTable::parse(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        (span, SettingProblem::Syntax(e.message().to_string()))
    })?;
    let mut settings = Settings::default();
    for (key, value) in document.get_ref().iter() {
        let Some(&name) = KEYS.iter().find(|k| **k == key.get_ref().as_ref()) else {
            let span = key.span();
            let key = key.get_ref().to_string();
            let closest = Suggestions::for_one_word(KEYS).closest(&key, KEYS);
            return Err((span, SettingProblem::UnknownKey { key, closest }));
        };
        let wrong_type = |span: Range<usize>| (span, SettingProblem::WrongType { key: name });
        match (name, value.get_ref()) {
            ("language", DeValue::String(word)) => {
                settings.language = Some(match word.as_ref() {
                    "ru" => Lang::Ru,
                    "en" => Lang::En,
                    _ => return Err(not_one_of(name, word, LANGUAGES, value.span())),
                });
            }
            ("color", DeValue::String(word)) => {
                settings.color = Some(match word.as_ref() {
                    "auto" => ColorChoice::Auto,
                    "always" => ColorChoice::Always,
                    "never" => ColorChoice::Never,
                    _ => return Err(not_one_of(name, word, COLORS, value.span())),
                });
            }
            ("guide_dirs", DeValue::Array(items)) => {
                for item in items.iter() {
                    let DeValue::String(folder) = item.get_ref() else {
                        return Err(wrong_type(item.span()));
                    };
                    if folder.trim().is_empty() {
                        return Err((item.span(), SettingProblem::EmptyFolder));
                    }
                    settings.guide_dirs.push(folder_path(folder, base, home));
                }
            }
            ("screen_reader", DeValue::Boolean(on)) => settings.screen_reader = Some(*on),
            _ => return Err(wrong_type(value.span())),
        }
    }
    Ok(settings)
}

/// The values `language` takes.
pub(crate) const LANGUAGES: &[&str] = &["ru", "en"];
/// The values `color` takes.
pub(crate) const COLORS: &[&str] = &["auto", "always", "never"];

fn not_one_of(
    key: &'static str,
    value: &str,
    names: &'static [&'static str],
    span: Range<usize>,
) -> Wrong {
    let value = value.to_string();
    (span, SettingProblem::NotOneOf { key, value, names })
}

/// A folder of `guide_dirs`: `~/` is the home folder, and a relative path is relative to the
/// config file's folder, so that the setting means the same from wherever the program runs.
fn folder_path(folder: &str, base: &Path, home: Option<&Path>) -> PathBuf {
    let tilde = folder
        .strip_prefix("~/")
        .or_else(|| folder.strip_prefix("~\\"))
        .or((folder == "~").then_some(""));
    match (tilde, home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => base.join(folder),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_relative_to_the_config_file_and_tilde_is_home() {
        let base = Path::new("/cfg/unlink-guide");
        let home = Some(Path::new("/home/ann"));
        assert_eq!(folder_path("g", base, home), base.join("g"));
        assert_eq!(folder_path("/abs", base, home), PathBuf::from("/abs"));
        assert_eq!(folder_path("~/g", base, home), PathBuf::from("/home/ann/g"));
        assert_eq!(folder_path("~", base, home), PathBuf::from("/home/ann"));
        assert_eq!(folder_path("~ann/g", base, home), base.join("~ann/g"));
        assert_eq!(folder_path("~/g", base, None), base.join("~/g"));
    }

    #[test]
    fn an_empty_file_sets_nothing_and_every_setting_is_read() {
        let path = Path::new("/cfg/unlink-guide/config.toml");
        assert_eq!(parse(path, "# nothing\n", None), Ok(Settings::default()));
        let text =
            "language = \"en\"\ncolor = \"never\"\nguide_dirs = [\"/g\"]\nscreen_reader = true\n";
        assert_eq!(
            parse(path, text, None),
            Ok(Settings {
                language: Some(Lang::En),
                color: Some(ColorChoice::Never),
                guide_dirs: vec![PathBuf::from("/g")],
                screen_reader: Some(true),
            })
        );
        assert!(matches!(
            parse(path, "screen_reader = \"yes\"\n", None),
            Err(ConfigError::Invalid {
                line: 1,
                column: 17,
                problem: SettingProblem::WrongType {
                    key: "screen_reader"
                },
                ..
            })
        ));
    }
}
