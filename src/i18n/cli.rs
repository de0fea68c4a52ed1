//! The command line in Russian: the help of every command and option, and clap's own error
//! messages. The English words are clap's and the doc comments of `cli`'s types; a test
//! checks that every command and argument there has its Russian words here.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

/// A command's description and its arguments' help, by the arguments' ids.
pub(crate) struct CommandHelp {
    pub(crate) name: &'static str,
    pub(crate) about: &'static str,
    pub(crate) args: &'static [(&'static str, &'static str)],
}

pub(crate) struct CliWords {
    pub(crate) about: &'static str,
    /// clap's help template, with the headings clap writes in English.
    pub(crate) template: &'static str,
    pub(crate) options: &'static str,
    pub(crate) arguments: &'static str,
    /// The placeholders of values in usage lines and help (`<METHOD>`), by argument id.
    pub(crate) value_names: &'static [(&'static str, &'static str)],
    /// What clap's usage lines say in English, and in Russian: `[OPTIONS]`, `[COMMAND]`.
    pub(crate) usage_words: &'static [(&'static str, &'static str)],
    pub(crate) commands_heading: &'static str,
    /// The options every command takes.
    pub(crate) global: &'static [(&'static str, &'static str)],
    pub(crate) help: &'static str,
    pub(crate) version: &'static str,
    pub(crate) commands: &'static [CommandHelp],
    pub(crate) error: &'static str,
    pub(crate) usage: &'static str,
    pub(crate) try_help: &'static str,
    pub(crate) unexpected_argument: &'static str,
    pub(crate) invalid_value: &'static str,
    pub(crate) value_required: &'static str,
    pub(crate) possible_values: &'static str,
    pub(crate) missing_arguments: &'static str,
    pub(crate) unknown_command: &'static str,
    pub(crate) used_twice: &'static str,
    pub(crate) cannot_be_used_with: &'static str,
    pub(crate) did_you_mean: &'static str,
    pub(crate) other: &'static str,
}

const METHOD: &str = "id способа, как его показывает list (например: direct-link)";

pub(crate) static RU: CliWords = CliWords {
    about: "Пошагово помогает удалить банковскую карту, сохранённую в аккаунте AliExpress / Alipay. Никогда не спрашивает, не читает и не хранит данные карты.",
    template: "{before-help}{about-with-newline}\nИспользование: {usage}\n\n{all-args}{after-help}",
    options: "Параметры",
    arguments: "Аргументы",
    value_names: &[
        ("lang", "ЯЗЫК"),
        ("color", "ЦВЕТ"),
        ("guides_dirs", "ПАПКА"),
        ("method", "СПОСОБ"),
        ("format", "ФОРМАТ"),
        ("paths", "ПУТЬ"),
        ("id", "ID"),
        ("from", "СПОСОБ"),
        ("shell", "ОБОЛОЧКА"),
    ],
    usage_words: &[("[OPTIONS]", "[ПАРАМЕТРЫ]"), ("[COMMAND]", "[КОМАНДА]")],
    commands_heading: "Команды",
    global: &[
        (
            "lang",
            "Язык руководств и программы: ru (русский) или en (английский) [по умолчанию: из LANGUAGE, затем LC_ALL, LC_MESSAGES или LANG, затем язык системы; русский для ru, иначе английский]",
        ),
        (
            "color",
            "Когда использовать цвет: auto (в терминале, если NO_COLOR или CLICOLOR=0 не говорят иначе), always (всегда) или never (никогда) [по умолчанию: auto]",
        ),
        (
            "guides_dirs",
            "Читать руководства ещё и из папки ПАПКА (можно несколько раз; более поздняя папка важнее, а руководство из папки заменяет встроенное с тем же id)",
        ),
        (
            "screen_reader",
            "Проходить способ простыми строками для программы чтения с экрана: каждый экран выводится один раз, отвечают номером или словом и Enter [по умолчанию: включено, если задана ACCESSIBLE, а в Windows — если работает программа чтения с экрана]",
        ),
        (
            "no_screen_reader",
            "Полноэкранные меню, даже если задана ACCESSIBLE или работает программа чтения с экрана",
        ),
    ],
    help: "Показать справку",
    version: "Показать версию",
    commands: &[
        CommandHelp {
            name: "list",
            about: "Список способов: id, название, где, время и сложность",
            args: &[(
                "json",
                "Вывести JSON для программ (см. docs/json-output.md)",
            )],
        },
        CommandHelp {
            name: "show",
            about: "Показать способ целиком",
            args: &[
                ("method", METHOD),
                (
                    "format",
                    "Как вывести: text для людей, markdown, чтобы отправить кому-то, json для программ, toml — файл самого руководства [по умолчанию: text]",
                ),
                ("json", "То же, что --format json"),
            ],
        },
        CommandHelp {
            name: "walk",
            about: "Пройти способ по шагам (в терминале; иначе показать целиком)",
            args: &[("method", METHOD)],
        },
        CommandHelp {
            name: "check",
            about: "Проверить файлы руководств: все ошибки, с файлом, строкой и столбцом",
            args: &[
                (
                    "paths",
                    "Файлы руководств или папки с ними [по умолчанию: встроенные руководства и все папки]",
                ),
                (
                    "format",
                    "Как сообщить: text для людей, json для редакторов и CI [по умолчанию: text]",
                ),
            ],
        },
        CommandHelp {
            name: "paths",
            about: "Показать, откуда читаются настройки и руководства: файл настроек, затем папки с руководствами по порядку",
            args: &[],
        },
        CommandHelp {
            name: "new",
            about: "Записать новое руководство в вашу папку с руководствами: шаблон с комментариями или копию руководства, чтобы её поправить (--from)",
            args: &[
                (
                    "id",
                    "id нового способа: строчные латинские буквы, цифры и дефисы (например: my-bank-app) [по умолчанию: id из --from]",
                ),
                (
                    "from",
                    "Начать с копии этого руководства, а не с шаблона (например: --from direct-link — чтобы поправить встроенное руководство, когда сайт изменился)",
                ),
            ],
        },
        CommandHelp {
            name: "completions",
            about: "Вывести скрипт, с которым оболочка дополняет по Tab команды, параметры и id способов (например: unlink-guide completions bash)",
            args: &[("shell", "Оболочка: bash, elvish, fish, powershell или zsh")],
        },
        CommandHelp {
            name: "man",
            about: "Вывести страницу руководства man в формате roff (например: unlink-guide man | man -l -)",
            args: &[],
        },
        CommandHelp {
            name: "schema",
            about: "Вывести JSON Schema формата руководств, для редакторов, проверяющих TOML",
            args: &[],
        },
        CommandHelp {
            name: "help",
            about: "Показать справку по команде",
            args: &[],
        },
    ],
    error: "ошибка",
    usage: "Использование:",
    try_help: "Подробнее: '--help'.",
    unexpected_argument: "неожиданный аргумент '{arg}'",
    invalid_value: "недопустимое значение '{value}' для '{arg}'",
    value_required: "для '{arg}' нужно значение",
    possible_values: "возможные значения",
    missing_arguments: "не указаны обязательные аргументы:",
    unknown_command: "неизвестная команда '{arg}'",
    used_twice: "'{arg}' можно указать только один раз",
    cannot_be_used_with: "'{arg}' нельзя использовать вместе с",
    did_you_mean: "может быть, имелось в виду '{arg}'?",
    other: "неверная командная строка",
};

/// clap's errors, in Russian.
pub(crate) struct RussianErrors;

impl ErrorFormatter for RussianErrors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let w = &RU;
        let string = |kind| match error.get(kind) {
            Some(ContextValue::String(value)) => Some(value.as_str()),
            _ => None,
        };
        let arg = string(ContextKind::InvalidArg).unwrap_or_default();
        let value = string(ContextKind::InvalidValue).unwrap_or_default();
        let fill = |template: &str| super::fill(template, &[("arg", arg), ("value", value)]);
        let mut text = format!("{}: ", w.error);
        match error.kind() {
            ErrorKind::UnknownArgument => text.push_str(&fill(w.unexpected_argument)),
            ErrorKind::InvalidValue if value.is_empty() => text.push_str(&fill(w.value_required)),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                text.push_str(&fill(w.invalid_value));
                if let Some(ContextValue::Strings(values)) = error.get(ContextKind::ValidValue) {
                    let _ = write!(text, "\n  [{}: {}]", w.possible_values, values.join(", "));
                }
            }
            ErrorKind::InvalidSubcommand => {
                let command = string(ContextKind::InvalidSubcommand).unwrap_or_default();
                text.push_str(&super::fill(w.unknown_command, &[("arg", command)]));
            }
            ErrorKind::MissingRequiredArgument => {
                text.push_str(w.missing_arguments);
                if let Some(ContextValue::Strings(args)) = error.get(ContextKind::InvalidArg) {
                    for arg in args {
                        let _ = write!(text, "\n  {arg}");
                    }
                }
            }
            ErrorKind::ArgumentConflict
                if error.get(ContextKind::PriorArg) == error.get(ContextKind::InvalidArg) =>
            {
                text.push_str(&fill(w.used_twice))
            }
            ErrorKind::ArgumentConflict => {
                text.push_str(&fill(w.cannot_be_used_with));
                if let Some(ContextValue::String(prior)) = error.get(ContextKind::PriorArg) {
                    let _ = write!(text, " '{prior}'");
                }
            }
            _ => text.push_str(w.other),
        }
        for kind in [
            ContextKind::SuggestedArg,
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedValue,
        ] {
            let suggested = match error.get(kind) {
                Some(ContextValue::String(one)) => Some(one.clone()),
                Some(ContextValue::Strings(some)) => Some(some.join("', '")),
                _ => None,
            };
            if let Some(suggested) = suggested {
                let _ = write!(
                    text,
                    "\n\n  {}",
                    super::fill(w.did_you_mean, &[("arg", &suggested)])
                );
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string().replacen("Usage:", w.usage, 1);
            let _ = write!(text, "\n\n{usage}");
        }
        let _ = write!(text, "\n\n{}\n", w.try_help);
        StyledStr::from(text)
    }
}
