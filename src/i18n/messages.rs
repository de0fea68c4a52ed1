//! The words for what goes wrong in a run, for the warnings about guide folders and for
//! `check`'s report, in every language: the one place errors are put into words.

use std::io;

use guide_format::file::MAX_FILE_SIZE;
use guide_format::{Lang, LoadError};

use super::fill;
use crate::config_file::{COLORS, ConfigError, KEYS, LANGUAGES, SettingProblem};
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
    pub cannot_read: &'static str,
    pub shadows_builtin: &'static str,
    pub cannot_output: &'static str,
    pub bad_source_date_epoch: &'static str,
    pub config_unreadable: &'static str,
    pub config_not_utf8: &'static str,
    pub config_syntax: &'static str,
    pub config_unknown_key: &'static str,
    pub config_keys: &'static str,
    pub config_did_you_mean: &'static str,
    pub config_wrong_type_word: &'static str,
    pub config_wrong_type_list: &'static str,
    pub config_not_one_of: &'static str,
    pub config_empty_folder: &'static str,
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
        Error::Read(path, e) => fill(
            w.cannot_read,
            &[("path", &shown_path(path)), ("error", &load_error(e, lang))],
        ),
        Error::Output(e) => fill(w.cannot_output, &[("error", &e.to_string())]),
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
            let values = [
                ("path", shown_path(path)),
                ("error", visible(why).into_owned()),
            ];
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
        Warning::ShadowsBuiltin(path) => {
            let id = guide_format::file::id_of(path).unwrap_or_default();
            fill(
                w.shadows_builtin,
                &[("id", id), ("path", &shown_path(path))],
            )
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
    cannot_read: "cannot read {path}: {error}",
    shadows_builtin: "`{id}` is a built-in guide: once you fill in {path}, it replaces the built-in one. To edit a copy of the built-in guide instead, remove the file and run: unlink-guide new --from {id}",
    cannot_output: "cannot write the output: {error}",
    bad_source_date_epoch: "SOURCE_DATE_EPOCH is `{value}`: it must be a whole number of seconds since 1970-01-01 UTC, or unset",
    config_unreadable: "cannot read the config file {path}: {error}",
    config_not_utf8: "the config file {path} is not UTF-8 text",
    config_syntax: "not a valid TOML file: {message}",
    config_unknown_key: "there is no setting `{key}`.",
    config_keys: " The settings are: {keys}",
    config_did_you_mean: " Did you mean `{key}`?",
    config_wrong_type_word: "`{key}` must be a word in quotes: one of {names}",
    config_wrong_type_list: "`{key}` must be a list of folders in quotes, like [\"~/guides\"]",
    config_not_one_of: "`{key}` cannot be `{value}`: use one of {names}",
    config_empty_folder: "a folder in `guide_dirs` is empty: write its path, or remove it",
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
    cannot_read: "не удалось прочитать {path}: {error}",
    shadows_builtin: "`{id}` — встроенное руководство: когда вы заполните {path}, он заменит встроенное. Чтобы вместо этого поправить копию встроенного руководства, удалите файл и выполните: unlink-guide new --from {id}",
    cannot_output: "не удалось вывести текст: {error}",
    bad_source_date_epoch: "SOURCE_DATE_EPOCH равна `{value}`: нужно целое число секунд с 1970-01-01 UTC, или не задавайте её",
    config_unreadable: "не удалось прочитать файл настроек {path}: {error}",
    config_not_utf8: "файл настроек {path} не в кодировке UTF-8",
    config_syntax: "файл не читается как TOML: {message}",
    config_unknown_key: "настройки `{key}` нет.",
    config_keys: " Настройки: {keys}",
    config_did_you_mean: " Может быть, вы имели в виду `{key}`?",
    config_wrong_type_word: "значение `{key}` пишется в кавычках, одно из: {names}",
    config_wrong_type_list: "`{key}` — это список папок в кавычках, например [\"~/guides\"]",
    config_not_one_of: "`{key}` не может быть `{value}`: возможные значения: {names}",
    config_empty_folder: "пустое имя папки в `guide_dirs`: впишите путь или уберите его",
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
