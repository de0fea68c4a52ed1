//! The words for what goes wrong in a run, for the warnings about guide folders, for
//! `check`'s report and for what `new` wrote, in every language: the one place errors are
//! put into words.

use std::io;
use std::path::Path;

use guide_format::file::MAX_FILE_SIZE;
use guide_format::{Lang, LoadError};

use super::{fill, words};
use crate::config_file::{self, COLORS, ConfigError, KEYS, LANGUAGES, SettingProblem, Unreadable};
use crate::error::Error;
use crate::guide::FolderWarning;
use crate::sanitize::{command_path, shown_path, visible};

/// How many methods an unknown method's message names at most.
const MAX_IDS_SHOWN: usize = 30;

/// What `new --from` says once it has written a copy of the guide `from` as `id`.
pub(crate) fn copy_written(path: &Path, from: &str, id: &str, lang: Lang) -> String {
    let w = words(lang);
    let template = if from == id {
        w.copy_written
    } else {
        w.copy_written_as
    };
    // The path is in a command to paste: one shown form of it, quoted when it needs to be.
    let path = command_path(path);
    fill(template, &[("path", &path), ("from", from), ("id", id)])
}

/// What `new` says once it has written a template.
pub(crate) fn new_guide_written(path: &Path, lang: Lang) -> String {
    // The path is in a command to paste: one shown form of it, quoted when it needs to be.
    let path = command_path(path);
    fill(words(lang).new_written, &[("path", &path)])
}

/// The message for an error, ending with a new line.
pub(crate) fn error(error: &Error, lang: Lang) -> String {
    let w = words(lang);
    let text = match error {
        Error::UnknownMethod {
            given,
            closest,
            available,
        } => {
            let mut text = fill(w.unknown_method, &[("id", &visible(given))]);
            if let Some(closest) = closest {
                text.push_str(&fill(w.did_you_mean, &[("id", &visible(closest))]));
            }
            text.push('\n');
            // A folder can hold thousands: the first ones, and how many more `list` shows.
            let mut ids = available[..available.len().min(MAX_IDS_SHOWN)].join(", ");
            if available.len() > MAX_IDS_SHOWN {
                let more = (available.len() - MAX_IDS_SHOWN).to_string();
                ids.push_str(&fill(w.methods_more, &[("count", &more)]));
            }
            text.push_str(&fill(w.methods, &[("ids", &visible(&ids))]));
            text
        }
        Error::MethodSkipped {
            id,
            path,
            why,
            details,
        } => {
            let command = command_path(path);
            let path = shown_path(path);
            let values = [
                ("id", &*visible(id)),
                ("path", &path),
                ("why", &visible(why)),
            ];
            let mut text = fill(w.method_skipped, &values);
            if *details {
                text.push_str(&fill(w.for_details, &[("path", &command)]));
            }
            text
        }
        Error::NoSuchPath(path) => fill(w.no_such_path, &[("path", &shown_path(path))]),
        Error::BadId(id) => fill(w.bad_id, &[("id", &visible(id))]),
        Error::AlreadyExists(path) => fill(w.already_exists, &[("path", &shown_path(path))]),
        Error::NoDataFolder => w.no_data_folder.to_string(),
        Error::FolderIsAFile { folder, file } => fill(
            w.folder_is_a_file,
            &[("folder", &shown_path(folder)), ("file", &shown_path(file))],
        ),
        Error::Write(path, e) => fill(
            w.cannot_write,
            &[("path", &shown_path(path)), ("error", &e.to_string())],
        ),
        Error::Read(path, e) => fill(
            w.cannot_read,
            &[("path", &shown_path(path)), ("error", &load_error(e, lang))],
        ),
        Error::Output(e) => fill(w.cannot_output, &[("error", &e.to_string())]),
        Error::Input(e) => fill(w.cannot_input, &[("error", &e.to_string())]),
        Error::BadSourceDateEpoch(value) => {
            fill(w.bad_source_date_epoch, &[("value", &visible(value))])
        }
        Error::Config(error) => config_error(error, lang),
        // The user knows they pressed it; a new line keeps the shell prompt tidy.
        Error::Interrupted => return "\n".to_string(),
    };
    format!("{}: {text}\n", w.error)
}

/// What is wrong with the config file: where, then what.
fn config_error(error: &ConfigError, lang: Lang) -> String {
    let w = words(lang);
    let (path, line, column, problem) = match error {
        ConfigError::Unreadable(path, why) => {
            let why = match why {
                Unreadable::Folder => w.config_is_folder.to_string(),
                Unreadable::NotAFile => w.not_a_file.to_string(),
                Unreadable::BrokenLink => w.broken_link.to_string(),
                Unreadable::TooLarge(size) => fill(
                    w.config_too_large,
                    &[
                        ("size", &size.to_string()),
                        ("limit", &config_file::MAX_SIZE.to_string()),
                    ],
                ),
                Unreadable::PermissionDenied => w.permission_denied.to_string(),
                Unreadable::System(why) => visible(why).into_owned(),
            };
            let values = [("path", shown_path(path)), ("error", why)];
            return fill_owned(w.config_unreadable, &values);
        }
        ConfigError::NotUtf8(path) => {
            return fill(w.config_not_utf8, &[("path", &shown_path(path))]);
        }
        ConfigError::Invalid {
            path,
            line,
            column,
            problem,
        } => (path, line, column, problem),
    };
    let what = match problem {
        SettingProblem::Syntax(message) => fill(w.config_syntax, &[("message", message)]),
        SettingProblem::UnknownKey { key, closest } => {
            let mut text = fill(w.config_unknown_key, &[("key", &visible(key))]);
            if let Some(closest) = closest {
                text.push_str(&fill(w.config_did_you_mean, &[("key", closest)]));
            }
            text.push_str(&fill(w.config_keys, &[("keys", &KEYS.join(", "))]));
            text
        }
        SettingProblem::WrongType { key } => {
            let template = match *key {
                "guide_dirs" => w.config_wrong_type_list,
                "screen_reader" => w.config_wrong_type_bool,
                _ => w.config_wrong_type_word,
            };
            let names = match *key {
                "language" => LANGUAGES.join(", "),
                _ => COLORS.join(", "),
            };
            fill(template, &[("key", key), ("names", &names)])
        }
        SettingProblem::NotOneOf { key, value, names } => fill(
            w.config_not_one_of,
            &[
                ("key", key),
                ("value", &visible(value)),
                ("names", &names.join(", ")),
            ],
        ),
        SettingProblem::EmptyFolder => w.config_empty_folder.to_string(),
    };
    format!("{}:{line}:{column}: {what}", shown_path(path))
}

fn fill_owned(template: &str, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &values)
}

/// One line about a guide file or folder that `list`, `show` or the walkthrough skipped (or,
/// for bad references, kept), pointing to `check` where that says more.
pub fn warning(warning: &FolderWarning, lang: Lang) -> String {
    let w = words(lang);
    let text = match warning {
        FolderWarning::Skipped {
            path,
            error: LoadError::NoSuchFolder,
        } => fill(w.no_guide_folder, &[("path", &shown_path(path))]),
        FolderWarning::Skipped { path, error } => {
            let command = command_path(path);
            let path = shown_path(path);
            let why = load_error(error, lang);
            let mut text = fill(w.skipped, &[("path", &path), ("why", &visible(&why))]);
            if matches!(error, LoadError::Syntax(_) | LoadError::Invalid(_)) {
                text.push_str(&fill(w.for_details, &[("path", &command)]));
            }
            text
        }
        FolderWarning::ShadowsBuiltin(path) => {
            let id = guide_format::file::id_of(path).unwrap_or_default();
            fill(
                w.shadows_builtin,
                &[("id", id), ("path", &shown_path(path))],
            )
        }
        FolderWarning::BadReferences { path, .. } => {
            let command = command_path(path);
            let path = shown_path(path);
            fill(w.bad_references, &[("path", &path)]) + &fill(w.for_details, &[("path", &command)])
        }
    };
    format!("{}: {text}\n", w.warning)
}

/// Why a file or folder could not be used.
pub(crate) fn load_error(error: &LoadError, lang: Lang) -> String {
    let w = words(lang);
    match error {
        LoadError::NotFound | LoadError::NoSuchFolder => w.not_found.to_string(),
        LoadError::BrokenLink => w.broken_link.to_string(),
        LoadError::NotAFile => w.not_a_file.to_string(),
        LoadError::NotAFolder => w.not_a_folder.to_string(),
        LoadError::Unreadable(e) => {
            let why = match e.kind() {
                io::ErrorKind::PermissionDenied => w.permission_denied.to_string(),
                _ => e.to_string(),
            };
            fill(w.unreadable, &[("error", &why)])
        }
        LoadError::TooLarge(size) => fill(
            w.too_large,
            &[
                ("size", &size.to_string()),
                ("limit", &MAX_FILE_SIZE.to_string()),
            ],
        ),
        LoadError::NotUtf8 { line } => fill(w.not_utf8_at, &[("line", &line.to_string())]),
        LoadError::BadName => w.bad_name.to_string(),
        // The TOML reader's own words: it has them in English only.
        LoadError::Syntax(e) => e.message().to_string(),
        LoadError::Invalid(_) => w.not_a_guide.to_string(),
    }
}

/// The last line of `check`'s report.
pub(crate) fn check_summary(
    files: usize,
    builtin: usize,
    problems: usize,
    with_problems: usize,
    lang: Lang,
) -> String {
    let w = words(lang);
    let (files_text, builtin_text) = (
        plural(files, lang, "file"),
        plural(builtin, lang, "built-in guide"),
    );
    let counts = [
        ("files", files_text.as_str()),
        ("builtin", builtin_text.as_str()),
    ];
    let checked = match (files, builtin) {
        (_, 0) => fill(w.checked_files, &counts),
        (0, _) => fill(w.checked_builtin, &counts),
        _ => fill(w.checked_both, &counts),
    };
    if problems == 0 {
        fill(w.no_problems, &[("checked", &checked)])
    } else {
        fill(
            w.problems_found,
            &[
                ("problems", &plural(problems, lang, "problem")),
                ("with", &with_problems.to_string()),
                ("checked", &checked),
            ],
        )
    }
}

/// "1 file", "2 files"; in Russian the count comes after a colon, which needs no plural
/// forms.
fn plural(n: usize, lang: Lang, word: &str) -> String {
    match (lang, n) {
        (Lang::En, 1) => format!("1 {word}"),
        (Lang::En, n) => format!("{n} {word}s"),
        (Lang::Ru, n) => n.to_string(),
    }
}
