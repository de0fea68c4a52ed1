//! The command line, as clap reads it. Nothing past `main` looks at these types: they are
//! turned into a `Config` and a `Command` first.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Arg, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use guide_format::Lang;

use crate::guide::builtin_guides;

/// Walks you, step by step, through removing a bank card saved in your AliExpress / Alipay
/// account. It never asks for, reads or stores any card details.
#[derive(Debug, Parser)]
#[command(name = "unlink-guide", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,

    /// Language of the guides [default: from LC_ALL, LC_MESSAGES or LANG; Russian for ru_*, else English]
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,

    /// When to use colour [default: auto]
    #[arg(long, value_enum, global = true)]
    pub color: Option<ColorArg>,

    /// Also read guides from DIR (repeatable; later folders win, and any folder guide
    /// replaces the built-in one with the same id)
    #[arg(long = "guides-dir", value_name = "DIR", global = true)]
    pub guides_dirs: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum CliCommand {
    /// List the methods: id, title, where, time and difficulty
    List {
        /// Print JSON for programs (see docs/json-output.md)
        #[arg(long)]
        json: bool,
    },
    /// Print one method whole
    Show {
        /// The method's id, as `list` shows it (for example: direct-link)
        #[arg(value_parser = MethodIdParser, hide_possible_values = true)]
        method: String,
        /// How to print it: text for people, markdown to send to someone, json for programs
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// The same as --format json
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// Follow one method step by step (on a terminal; elsewhere, print it whole)
    Walk {
        /// The method's id, as `list` shows it (for example: direct-link)
        #[arg(value_parser = MethodIdParser, hide_possible_values = true)]
        method: String,
    },
    /// Check guide files: every problem, with its file, line and column
    Check {
        /// Guide files or folders of them [default: the built-in guides and every guide folder]
        paths: Vec<PathBuf>,
        /// How to report: text for people, json for editors and CI
        #[arg(long, value_enum, default_value_t = CheckFormatArg::Text)]
        format: CheckFormatArg,
    },
    /// Print the folders searched for guides, in order
    Paths,
    /// Write a commented template for a new guide into your guide folder
    New {
        /// The new method's id: lowercase letters, digits and hyphens (for example: my-bank-app)
        id: String,
    },
    /// Print a shell's completion script (for example: unlink-guide completions bash)
    Completions {
        /// The shell to complete in
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff (for example: unlink-guide man | man -l -)
    Man,
    /// Print the JSON Schema of the guide format, for editors that check TOML files
    Schema,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    /// Russian
    Ru,
    /// English
    En,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal, unless NO_COLOR is set (the default)
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormatArg {
    Text,
    Json,
}

/// Accepts any method id (a folder may add one), and offers the built-in ids to shell
/// completion. An unknown id is reported later, with the closest one named.
#[derive(Clone, Debug)]
struct MethodIdParser;

impl TypedValueParser for MethodIdParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let values = builtin_guides()
            .iter()
            .map(|g| PossibleValue::new(g.id.as_str()).help(g.title.get(Lang::En)));
        Some(Box::new(values))
    }
}

/// Reads the command line. Help and version, and the errors clap reports itself, are
/// shown in `lang` where clap allows; the language is only worked out again for them, so an
/// ordinary run pays nothing for it.
pub fn parse(args: Vec<OsString>, lang: impl Fn(Option<LangArg>) -> Lang) -> Cli {
    let mut cmd = Cli::command();
    let matches = match cmd.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(error) => {
            let chosen = lang(lang_in_args(&args));
            let error = match chosen {
                Lang::En => error,
                Lang::Ru => match localized(Cli::command(), Lang::Ru).try_get_matches_from(&args) {
                    Ok(_) => error,
                    Err(localized_error) => localized_error,
                },
            };
            error.exit()
        }
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// `--lang ru` or `--lang=en` among the arguments, before clap has read them.
fn lang_in_args(args: &[OsString]) -> Option<LangArg> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let value = args
        .windows(2)
        .find_map(|pair| (pair[0] == "--lang").then_some(pair[1]));
    let value = value.or_else(|| args.iter().find_map(|a| a.strip_prefix("--lang=")));
    LangArg::from_str(value?, true).ok()
}

/// The command line's help in `lang`: clap's own words where it lets them be replaced, and
/// every description of ours.
pub fn localized(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return cmd;
    }
    for (id, help) in GLOBAL_OPTIONS {
        cmd = cmd.mut_arg(id, |a| a.help(help).long_help(None).help_heading(OPTIONS));
    }
    // Building resolves the deferred subcommands, copies the global options into them and
    // adds --help and --version, so that all of them can be given Russian words.
    cmd.build();
    let mut cmd = localize_one(
        cmd,
        "Пошагово помогает удалить банковскую карту, сохранённую в аккаунте AliExpress / Alipay. Никогда не спрашивает, не читает и не хранит данные карты.",
        &[],
    );
    for (name, about, args) in RU_SUBCOMMANDS {
        cmd = cmd.mut_subcommand(name, |sub| localize_one(sub, about, args));
    }
    cmd
}

const OPTIONS: &str = "Параметры";
const ARGUMENTS: &str = "Аргументы";
const GLOBAL_OPTIONS: [(&str, &str); 3] = [
    (
        "lang",
        "Язык руководств [по умолчанию: из LC_ALL, LC_MESSAGES или LANG; русский для ru_*, иначе английский]",
    ),
    ("color", "Когда использовать цвет [по умолчанию: auto]"),
    (
        "guides_dirs",
        "Читать руководства ещё и из папки DIR (можно несколько раз; более поздняя папка важнее, а руководство из папки заменяет встроенное с тем же id)",
    ),
];

/// One command's description, and the help of its arguments and of the options all share.
fn localize_one(
    mut cmd: clap::Command,
    about: &'static str,
    args: &[(&str, &'static str)],
) -> clap::Command {
    const SHARED: [(&str, &str); 2] =
        [("help", "Показать справку"), ("version", "Показать версию")];
    cmd = cmd
        .about(about)
        .help_template(RU_TEMPLATE)
        .subcommand_help_heading("Команды");
    for (id, help) in args.iter().chain(SHARED.iter()) {
        // The global options are given their words once, before they are copied into each
        // subcommand: clap does not parse a copy that was changed afterwards.
        let exists = cmd
            .get_arguments()
            .any(|a| a.get_id() == *id && !a.is_global_set());
        if exists {
            cmd = cmd.mut_arg(*id, |a| {
                let positional = a.is_positional();
                let a = a.help(*help).long_help(None);
                a.help_heading(if positional { ARGUMENTS } else { OPTIONS })
            });
        }
    }
    cmd
}

const RU_SUBCOMMANDS: [SubcommandHelp; 10] = [
    (
        "list",
        "Список способов: id, название, где, время и сложность",
        &[(
            "json",
            "Вывести JSON для программ (см. docs/json-output.md)",
        )],
    ),
    (
        "show",
        "Показать способ целиком",
        &[
            (
                "method",
                "id способа, как его показывает list (например: direct-link)",
            ),
            (
                "format",
                "Как вывести: text для людей, markdown, чтобы отправить кому-то, json для программ",
            ),
            ("json", "То же, что --format json"),
        ],
    ),
    (
        "walk",
        "Пройти способ по шагам (в терминале; иначе показать целиком)",
        &[(
            "method",
            "id способа, как его показывает list (например: direct-link)",
        )],
    ),
    (
        "check",
        "Проверить файлы руководств: все ошибки, с файлом, строкой и столбцом",
        &[
            (
                "paths",
                "Файлы руководств или папки с ними [по умолчанию: встроенные руководства и все папки]",
            ),
            (
                "format",
                "Как сообщить: text для людей, json для редакторов и CI",
            ),
        ],
    ),
    (
        "paths",
        "Показать папки, где ищутся руководства, по порядку",
        &[],
    ),
    (
        "new",
        "Записать шаблон нового руководства с комментариями в вашу папку руководств",
        &[(
            "id",
            "id нового способа: строчные латинские буквы, цифры и дефисы (например: my-bank-app)",
        )],
    ),
    (
        "completions",
        "Вывести скрипт автодополнения для оболочки (например: unlink-guide completions bash)",
        &[("shell", "Оболочка")],
    ),
    (
        "man",
        "Вывести страницу руководства man в формате roff (например: unlink-guide man | man -l -)",
        &[],
    ),
    (
        "schema",
        "Вывести JSON Schema формата руководств, для редакторов, проверяющих TOML",
        &[],
    ),
    ("help", "Показать справку по команде", &[]),
];

/// A subcommand's name, its description, and its arguments' ids with their help.
type SubcommandHelp = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const RU_TEMPLATE: &str =
    "{before-help}{about-with-newline}\nИспользование: {usage}\n\n{all-args}{after-help}";

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_before_clap_reads_the_arguments() {
        assert!(matches!(
            lang_in_args(&args(&["x", "--lang", "ru"])),
            Some(LangArg::Ru)
        ));
        assert!(matches!(
            lang_in_args(&args(&["x", "list", "--lang=en"])),
            Some(LangArg::En)
        ));
        assert!(lang_in_args(&args(&["x", "--lang"])).is_none());
        assert!(lang_in_args(&args(&["x", "--lang", "de"])).is_none());
    }

    #[test]
    fn the_command_line_is_consistent_in_both_languages() {
        Cli::command().debug_assert();
        localized(Cli::command(), Lang::Ru).debug_assert();
    }

    #[test]
    fn russian_help_leaves_nothing_of_ours_in_english() {
        let mut cmd = localized(Cli::command(), Lang::Ru);
        let help = cmd.render_help().to_string();
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "List the methods",
        ] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
        assert!(help.contains("Использование:"));
        let mut show = localized(Cli::command(), Lang::Ru);
        let show = show.find_subcommand_mut("show").unwrap();
        let help = show.render_help().to_string();
        assert!(help.contains("Показать способ целиком"), "{help}");
        assert!(!help.contains("Options:"), "{help}");
    }
}
