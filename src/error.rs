//! Everything that can go wrong in a run, and the one place it is put into words.

use std::io;
use std::path::PathBuf;

use guide_format::file::MAX_FILE_SIZE;
use guide_format::{Lang, LoadError};

use crate::guide::Warning;
use crate::render::{shown_path, visible};

#[derive(Debug)]
pub enum Error {
    /// `show` or `walk` was given an id that no guide has.
    UnknownMethod {
        given: String,
        closest: Option<String>,
        available: Vec<String>,
    },
    /// `check` was given a path that does not exist.
    NoSuchPath(PathBuf),
    /// `new` was given an id that is not lowercase kebab-case.
    BadId(String),
    /// `new` would overwrite a guide.
    AlreadyExists(PathBuf),
    /// There is no user data folder on this system to write a guide into.
    NoDataFolder,
    /// A file could not be written.
    Write(PathBuf, io::Error),
    /// Writing the output failed for a reason other than the reader going away.
    Output(io::Error),
    /// The user pressed Ctrl-C at a prompt.
    Interrupted,
    /// `SOURCE_DATE_EPOCH` is set to something that is not a number of seconds.
    BadSourceDateEpoch(String),
}

/// How a run that did not fail ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Success,
    /// `check` found problems, and has reported them.
    ProblemsFound,
}

/// Exit statuses, as the README documents them.
pub mod exit {
    pub const SUCCESS: u8 = 0;
    /// `check` found problems; or anything else stopped the run.
    pub const FAILURE: u8 = 1;
    /// Bad input on the command line: an unknown method, a wrong option.
    pub const USAGE: u8 = 2;
    /// Ctrl-C, as shells report a death by SIGINT.
    pub const INTERRUPTED: u8 = 130;
}

impl Status {
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Success => exit::SUCCESS,
            Status::ProblemsFound => exit::FAILURE,
        }
    }
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::UnknownMethod { .. }
            | Error::NoSuchPath(_)
            | Error::BadId(_)
            | Error::BadSourceDateEpoch(_) => exit::USAGE,
            Error::Interrupted => exit::INTERRUPTED,
            _ => exit::FAILURE,
        }
    }

    /// The message for the user, in their language, ending with a newline.
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let error = if en { "error" } else { "ошибка" };
        let text = match self {
            Error::UnknownMethod {
                given,
                closest,
                available,
            } => {
                let given = visible(given);
                let mut text = if en {
                    format!("there is no method `{given}`.")
                } else {
                    format!("нет способа `{given}`.")
                };
                if let Some(closest) = closest {
                    text.push_str(&if en {
                        format!(" Did you mean `{closest}`?")
                    } else {
                        format!(" Может быть, вы имели в виду `{closest}`?")
                    });
                }
                let list = if en { "Methods" } else { "Способы" };
                text.push_str(&format!("\n{list}: {}", visible(&available.join(", "))));
                text
            }
            Error::NoSuchPath(path) => {
                let path = shown_path(path);
                if en {
                    format!("no such file or folder: {path}")
                } else {
                    format!("нет такого файла или папки: {path}")
                }
            }
            Error::BadId(id) => {
                let id = visible(id);
                if en {
                    format!(
                        "`{id}` cannot be a method id: use lowercase letters, digits and single hyphens, like `my-bank-app`"
                    )
                } else {
                    format!(
                        "`{id}` не годится как id способа: нужны строчные латинские буквы, цифры и дефисы, например `my-bank-app`"
                    )
                }
            }
            Error::AlreadyExists(path) => {
                let path = shown_path(path);
                if en {
                    format!("{path} already exists; edit it, or choose another id")
                } else {
                    format!("{path} уже есть: отредактируйте его или выберите другой id")
                }
            }
            Error::NoDataFolder => {
                if en {
                    "cannot tell where your data folder is on this system".to_string()
                } else {
                    "не удалось определить папку для данных на этой системе".to_string()
                }
            }
            Error::Write(path, e) => {
                let path = shown_path(path);
                if en {
                    format!("cannot write {path}: {e}")
                } else {
                    format!("не удалось записать {path}: {e}")
                }
            }
            Error::Output(e) => {
                if en {
                    format!("cannot write the output: {e}")
                } else {
                    format!("не удалось вывести текст: {e}")
                }
            }
            Error::BadSourceDateEpoch(value) => {
                let value = visible(value);
                if en {
                    format!(
                        "SOURCE_DATE_EPOCH is `{value}`: it must be a whole number of seconds since 1970-01-01 UTC, or unset"
                    )
                } else {
                    format!(
                        "SOURCE_DATE_EPOCH равна `{value}`: нужно целое число секунд с 1970-01-01 UTC, или не задавайте её"
                    )
                }
            }
            // The user knows they pressed it; a new line keeps the shell prompt tidy.
            Error::Interrupted => return "\n".to_string(),
        };
        format!("{error}: {text}\n")
    }
}

/// One line about a guide file or folder that `list`, `show` or the walkthrough skipped (or,
/// for bad references, kept), pointing to `check` where that says more.
pub fn warning(warning: &Warning, lang: Lang) -> String {
    let en = lang == Lang::En;
    let text = match warning {
        Warning::Skipped { path, error } => {
            let path = shown_path(path);
            let check = format!("unlink-guide check {path}");
            match (error, en) {
                (LoadError::NotFound, true) => format!("guide folder {path} does not exist"),
                (LoadError::NotFound, false) => format!("папки с руководствами {path} нет"),
                (LoadError::NotAFolder, true) => format!("skipped {path}: it is not a folder"),
                (LoadError::NotAFolder, false) => format!("пропущен {path}: это не папка"),
                (LoadError::NotAFile, true) => {
                    format!("skipped {path}: it is not a regular file")
                }
                (LoadError::NotAFile, false) => {
                    format!("пропущен {path}: это не обычный файл")
                }
                (LoadError::Unreadable(e), true) => {
                    format!("skipped {path}: it cannot be read: {e}")
                }
                (LoadError::Unreadable(e), false) => {
                    format!("пропущен {path}: его не прочитать: {e}")
                }
                (LoadError::TooLarge(size), true) => format!(
                    "skipped {path}: it is {size} bytes, over the {MAX_FILE_SIZE}-byte limit for a guide, and was not read"
                ),
                (LoadError::TooLarge(size), false) => format!(
                    "пропущен {path}: в нём {size} байт, больше предела в {MAX_FILE_SIZE} байт; файл не читался"
                ),
                (LoadError::NotUtf8 { line }, true) => {
                    format!("skipped {path}: it is not UTF-8 text (line {line})")
                }
                (LoadError::NotUtf8 { line }, false) => {
                    format!("пропущен {path}: это не текст в UTF-8 (строка {line})")
                }
                (LoadError::BadName, true) => format!("skipped {path}: its name is not UTF-8"),
                (LoadError::BadName, false) => format!("пропущен {path}: имя файла не в UTF-8"),
                (LoadError::Syntax(_) | LoadError::Invalid(_), true) => {
                    format!("skipped {path}: it is not a valid guide; for details: {check}")
                }
                (LoadError::Syntax(_) | LoadError::Invalid(_), false) => {
                    format!("пропущен {path}: это неправильное руководство; подробности: {check}")
                }
            }
        }
        Warning::BadReferences { path, .. } => {
            let path = shown_path(path);
            let check = format!("unlink-guide check {path}");
            if en {
                format!(
                    "{path}: the methods it names do not exist or lead back to it; for details: {check}"
                )
            } else {
                format!(
                    "{path}: названные в нём способы не существуют или ведут по кругу; подробности: {check}"
                )
            }
        }
    };
    let warning = if en {
        "warning"
    } else {
        "предупреждение"
    };
    format!("{warning}: {text}\n")
}
