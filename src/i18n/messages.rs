//! The words for what goes wrong in a run, for the warnings about guide folders and for
//! `check`'s report, in every language: the one place errors are put into words.

use std::io;

use guide_format::file::MAX_FILE_SIZE;
use guide_format::{Lang, LoadError};

use super::fill;
use crate::error::Error;
use crate::guide::Warning;
use crate::render::{shown_path, visible};

pub struct MessageWords {
    pub error: &'static str,
    pub warning: &'static str,
    pub unknown_method: &'static str,
    pub did_you_mean: &'static str,
    pub method_skipped: &'static str,
    pub permission_denied: &'static str,
    pub methods: &'static str,
    pub no_such_path: &'static str,
    pub bad_id: &'static str,
    pub already_exists: &'static str,
    pub no_data_folder: &'static str,
    pub cannot_write: &'static str,
    pub cannot_output: &'static str,
    pub bad_source_date_epoch: &'static str,
    pub folder_missing: &'static str,
    pub skipped: &'static str,
    pub bad_references: &'static str,
    pub for_details: &'static str,
    pub not_found: &'static str,
    pub not_a_file: &'static str,
    pub not_a_folder: &'static str,
    pub unreadable: &'static str,
    pub too_large: &'static str,
    pub not_utf8_at: &'static str,
    pub bad_name: &'static str,
    pub not_a_guide: &'static str,
    pub checked_files: &'static str,
    pub checked_builtin: &'static str,
    pub checked_both: &'static str,
    pub no_problems: &'static str,
    pub problems_found: &'static str,
}

pub fn words(lang: Lang) -> &'static MessageWords {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// The message for an error, ending with a new line.
pub fn error(error: &Error, lang: Lang) -> String {
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
            text.push_str(&fill(
                w.methods,
                &[("ids", &visible(&available.join(", ")))],
            ));
            text
        }
        Error::MethodSkipped {
            id,
            path,
            why,
            details,
        } => {
            let path = shown_path(path);
            let values = [
                ("id", &*visible(id)),
                ("path", &path),
                ("why", &visible(why)),
            ];
            let mut text = fill(w.method_skipped, &values);
            if *details {
                text.push_str(&fill(w.for_details, &[("path", &path)]));
            }
            text
        }
        Error::NoSuchPath(path) => fill(w.no_such_path, &[("path", &shown_path(path))]),
        Error::BadId(id) => fill(w.bad_id, &[("id", &visible(id))]),
        Error::AlreadyExists(path) => fill(w.already_exists, &[("path", &shown_path(path))]),
        Error::NoDataFolder => w.no_data_folder.to_string(),
        Error::Write(path, e) => fill(
            w.cannot_write,
            &[("path", &shown_path(path)), ("error", &e.to_string())],
        ),
        Error::Output(e) => fill(w.cannot_output, &[("error", &e.to_string())]),
        Error::BadSourceDateEpoch(value) => {
            fill(w.bad_source_date_epoch, &[("value", &visible(value))])
        }
        // The user knows they pressed it; a new line keeps the shell prompt tidy.
        Error::Interrupted => return "\n".to_string(),
    };
    format!("{}: {text}\n", w.error)
}

/// One line about a guide file or folder that `list`, `show` or the walkthrough skipped (or,
/// for bad references, kept), pointing to `check` where that says more.
pub fn warning(warning: &Warning, lang: Lang) -> String {
    let w = words(lang);
    let text = match warning {
        Warning::Skipped {
            path,
            error: LoadError::NotFound,
        } => fill(w.folder_missing, &[("path", &shown_path(path))]),
        Warning::Skipped { path, error } => {
            let path = shown_path(path);
            let why = load_error(error, lang);
            let mut text = fill(w.skipped, &[("path", &path), ("why", &visible(&why))]);
            if matches!(error, LoadError::Syntax(_) | LoadError::Invalid(_)) {
                text.push_str(&fill(w.for_details, &[("path", &path)]));
            }
            text
        }
        Warning::BadReferences { path, .. } => {
            let path = shown_path(path);
            fill(w.bad_references, &[("path", &path)]) + &fill(w.for_details, &[("path", &path)])
        }
    };
    format!("{}: {text}\n", w.warning)
}

/// Why a file or folder could not be used.
pub fn load_error(error: &LoadError, lang: Lang) -> String {
    let w = words(lang);
    match error {
        LoadError::NotFound => w.not_found.to_string(),
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
pub fn check_summary(
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

static EN: MessageWords = MessageWords {
    error: "error",
    warning: "warning",
    unknown_method: "there is no method `{id}`.",
    did_you_mean: " Did you mean `{id}`?",
    method_skipped: "the guide of method `{id}`, {path}, cannot be used: {why}",
    permission_denied: "permission denied",
    methods: "Methods: {ids}",
    no_such_path: "no such file or folder: {path}",
    bad_id: "`{id}` cannot be a method id: use lowercase letters, digits and single hyphens, like `my-bank-app`",
    already_exists: "{path} already exists; edit it, or choose another id",
    no_data_folder: "cannot tell where your data folder is on this system",
    cannot_write: "cannot write {path}: {error}",
    cannot_output: "cannot write the output: {error}",
    bad_source_date_epoch: "SOURCE_DATE_EPOCH is `{value}`: it must be a whole number of seconds since 1970-01-01 UTC, or unset",
    folder_missing: "guide folder {path} does not exist",
    skipped: "skipped {path}: {why}",
    bad_references: "{path}: the methods it names do not exist or lead back to it",
    for_details: "; for details: unlink-guide check {path}",
    not_found: "does not exist",
    not_a_file: "not a regular file",
    not_a_folder: "not a folder",
    unreadable: "cannot be read: {error}",
    too_large: "{size} bytes, over the {limit}-byte limit for a guide; not read",
    not_utf8_at: "not UTF-8 text (line {line})",
    bad_name: "the file name is not UTF-8",
    not_a_guide: "not a valid guide",
    checked_files: "{files}",
    checked_builtin: "{builtin}",
    checked_both: "{files} and {builtin}",
    no_problems: "checked {checked}: no problems",
    problems_found: "{problems} in {with} of {checked}",
};

static RU: MessageWords = MessageWords {
    error: "ошибка",
    warning: "предупреждение",
    unknown_method: "нет способа `{id}`.",
    did_you_mean: " Может быть, вы имели в виду `{id}`?",
    method_skipped: "руководство способа `{id}`, {path}, нельзя использовать: {why}",
    permission_denied: "нет доступа",
    methods: "Способы: {ids}",
    no_such_path: "нет такого файла или папки: {path}",
    bad_id: "`{id}` не годится как id способа: нужны строчные латинские буквы, цифры и дефисы, например `my-bank-app`",
    already_exists: "{path} уже есть: отредактируйте его или выберите другой id",
    no_data_folder: "не удалось определить папку для данных на этой системе",
    cannot_write: "не удалось записать {path}: {error}",
    cannot_output: "не удалось вывести текст: {error}",
    bad_source_date_epoch: "SOURCE_DATE_EPOCH равна `{value}`: нужно целое число секунд с 1970-01-01 UTC, или не задавайте её",
    folder_missing: "папки с руководствами {path} нет",
    skipped: "пропущен {path}: {why}",
    bad_references: "{path}: названные в нём способы не существуют или ведут по кругу",
    for_details: "; подробности: unlink-guide check {path}",
    not_found: "не существует",
    not_a_file: "не обычный файл",
    not_a_folder: "не папка",
    unreadable: "не читается: {error}",
    too_large: "{size} байт, больше предела в {limit} байт для руководства; не читался",
    not_utf8_at: "не текст в UTF-8 (строка {line})",
    bad_name: "имя файла не в UTF-8",
    not_a_guide: "неправильное руководство",
    checked_files: "файлов: {files}",
    checked_builtin: "встроенных руководств: {builtin}",
    checked_both: "файлов: {files}, встроенных руководств: {builtin}",
    no_problems: "проверено {checked}; ошибок нет",
    problems_found: "найдено ошибок: {problems}; файлов с ошибками: {with}; проверено {checked}",
};
