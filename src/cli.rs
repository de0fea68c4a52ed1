//! The command line, as clap reads it. Nothing past `main` looks at these types: they are
//! turned into a `Config` and a `Command` first.

use std::ffi::OsString;
use std::io::{self, Write as _};
use std::path::PathBuf;

use clap::{Arg, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use guide_format::Lang;

use crate::i18n::cli::{self as cli_words, CliWords, RussianErrors};
use crate::sanitize::{Medium, sanitize};
use crate::terminal::write_stderr;

/// Walks you, step by step, through removing a bank card saved in your AliExpress / Alipay
/// account. It never asks for, reads or stores any card details.
#[derive(Debug, Parser)]
// The name in usage lines and errors is the program's own, never the file name it was
// started by (`unlink-guide.exe`, or a link anyone can name with escape sequences).
#[command(name = "unlink-guide", bin_name = "unlink-guide", version)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Option<CliCommand>,

    /// Language of the guides and the interface [default: from LANGUAGE, then LC_ALL, LC_MESSAGES or LANG, then the system's language; Russian for ru, else English]
    #[arg(long, value_enum, global = true)]
    pub(crate) lang: Option<LangArg>,

    /// When to use colour [default: auto]
    #[arg(long, value_enum, global = true)]
    pub(crate) color: Option<ColorArg>,

    /// Also read guides from DIR (repeatable; later folders win, and any folder guide
    /// replaces the built-in one with the same id)
    #[arg(long = "guides-dir", value_name = "DIR", global = true)]
    pub(crate) guides_dirs: Vec<PathBuf>,

    /// Walk through in plain lines for a screen reader: each screen written once, answered with a number or a word and Enter [default: on when ACCESSIBLE is set, or on Windows when a screen reader is running]
    #[arg(long, global = true, overrides_with = "no_screen_reader")]
    pub(crate) screen_reader: bool,

    /// The full-screen walkthrough, even when ACCESSIBLE is set or a screen reader is running
    #[arg(long, global = true, overrides_with = "screen_reader")]
    pub(crate) no_screen_reader: bool,
}

impl Cli {
    /// What the command line says of the screen-reader mode: the last of the two flags.
    pub(crate) fn screen_reader(&self) -> Option<bool> {
        match (self.screen_reader, self.no_screen_reader) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub(crate) enum CliCommand {
    /// List the methods: id, title, where, time and difficulty
    List {
        /// Print JSON for programs (see docs/json-output.md)
        #[arg(long)]
        json: bool,
    },
    /// Print one method whole
    Show {
        /// The method's id, as `list` shows it (for example: direct-link)
        method: String,
        /// How to print it: text for people, markdown to send to someone, json for programs, toml for the guide's own file
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// The same as --format json
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// Follow one method step by step (on a terminal; elsewhere, print it whole)
    Walk {
        /// The method's id, as `list` shows it (for example: direct-link)
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
    /// Print where settings and guides are read from: the config file, then the guide folders in order
    Paths,
    /// Write a new guide into your guide folder: a commented template, or a copy of a guide to edit (--from)
    New {
        /// The new method's id: lowercase letters, digits and hyphens (for example: my-bank-app) [default: the id of --from]
        #[arg(required_unless_present = "from")]
        id: Option<String>,
        /// Start from a copy of this guide instead of the template (for example: --from direct-link, to fix the built-in guide when the site has changed)
        #[arg(long, value_name = "METHOD")]
        from: Option<String>,
    },
    /// Print the script that makes a shell complete commands, options and method ids (for example: unlink-guide completions bash)
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
pub(crate) enum LangArg {
    /// Russian
    Ru,
    /// English
    En,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum ColorArg {
    /// Colour when writing to a terminal, unless NO_COLOR or CLICOLOR=0 say otherwise (the default)
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Text,
    Markdown,
    Json,
    Toml,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormatArg {
    Text,
    Json,
}

/// Reads the command line. Help and version, and the errors clap reports itself, are
/// shown in `lang` where clap allows; the language is only worked out again for them, so an
/// ordinary run pays nothing for it.
pub(crate) fn parse(args: Vec<OsString>, lang: impl Fn(Option<LangArg>) -> Lang) -> Cli {
    let mut cmd = Cli::command();
    let matches = match cmd.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(error) => match lang(lang_in_args(&args)) {
            Lang::En => exit(error, Lang::En),
            // The same error again, from the Russian command line: help in Russian, and the
            // error in Russian words.
            Lang::Ru => match localized(Cli::command(), Lang::Ru).try_get_matches_from(&args) {
                Ok(_) => exit(error, Lang::Ru),
                Err(error) => exit(error.apply::<RussianErrors>(), Lang::Ru),
            },
        },
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(e, Lang::En))
}

/// Ends the run with what clap has to say. Help and the version are output like any other:
/// when they cannot be written (`--help > /dev/full`), the run fails and says so; a reader
/// that went away (`| head -1`) is no failure.
///
/// What clap quotes of the command line (an unknown argument, a wrong value, a file name
/// the shell expanded) is made safe first, and what it then says goes through the
/// sanitizer whole, keeping only clap's own colours.
fn exit<F: clap::error::ErrorFormatter>(mut error: clap::error::Error<F>, lang: Lang) -> ! {
    sanitize_context(&mut error);
    let to_stderr = error.use_stderr();
    let color = if to_stderr {
        console::colors_enabled_stderr()
    } else {
        console::colors_enabled()
    };
    let styled = error.render();
    let text = if color {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    };
    let mut text = sanitize(&text, Medium::StyledTerminal).into_owned();
    if lang == Lang::Ru {
        // What clap writes in English in a usage line, which it has no setting for.
        for (english, russian) in cli_words::RU.usage_words {
            text = text.replace(english, russian);
        }
    }
    if to_stderr {
        write_stderr(&text);
        std::process::exit(error.exit_code());
    }
    let written = io::stdout()
        .write_all(text.as_bytes())
        .and_then(|()| io::stdout().flush());
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            write_stderr(&crate::i18n::messages::error(
                &crate::error::Error::Output(e),
                lang,
            ));
            std::process::exit(crate::error::exit::FAILURE.into())
        }
        _ => std::process::exit(crate::error::exit::SUCCESS.into()),
    }
}

/// Every value clap quotes in `error` made safe to print: it quotes what was typed.
fn sanitize_context<F: clap::error::ErrorFormatter>(error: &mut clap::error::Error<F>) {
    use clap::builder::StyledStr;
    use clap::error::ContextValue;
    let safe = |text: &str| sanitize(text, Medium::Terminal).into_owned();
    // A styled value's own escapes are clap's and the argument's alike: it is made plain.
    let safe_styled = |styled: &StyledStr| StyledStr::from(safe(&styled.to_string()));
    let context: Vec<_> = error
        .context()
        .map(|(kind, value)| {
            let value = match value {
                ContextValue::String(text) => ContextValue::String(safe(text)),
                ContextValue::Strings(texts) => {
                    ContextValue::Strings(texts.iter().map(|t| safe(t)).collect())
                }
                ContextValue::StyledStr(styled) => ContextValue::StyledStr(safe_styled(styled)),
                ContextValue::StyledStrs(styled) => {
                    ContextValue::StyledStrs(styled.iter().map(safe_styled).collect())
                }
                other => other.clone(),
            };
            (kind, value)
        })
        .collect();
    for (kind, value) in context {
        error.insert(kind, value);
    }
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

/// The command line with its help in `lang`: clap's own words where it lets them be
/// replaced, and every description of ours.
pub(crate) fn localized(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return cmd;
    }
    let w = &cli_words::RU;
    // The global options are given their words before clap copies them into each
    // subcommand: it does not parse a copy that was changed afterwards.
    for (id, help) in w.global {
        cmd = cmd.mut_arg(*id, |a| translated(a, help, w));
    }
    // Building resolves the deferred subcommands, copies the global options into them and
    // adds --help and --version, so that all of them can be given Russian words.
    cmd.build();
    let mut cmd = localize_one(cmd, w.about, &[], w);
    for command in w.commands {
        cmd = cmd.mut_subcommand(command.name, |sub| {
            localize_one(sub, command.about, command.args, w)
        });
    }
    // `help` lists the commands again, as commands of its own.
    cmd = cmd.mut_subcommand("help", |mut help| {
        for command in w.commands {
            if help.find_subcommand(command.name).is_some() {
                help = help.mut_subcommand(command.name, |sub| sub.about(command.about));
            }
        }
        help
    });
    cmd
}

/// One command's description, and the help of its own arguments.
fn localize_one(
    mut cmd: clap::Command,
    about: &'static str,
    args: &[(&str, &'static str)],
    w: &'static CliWords,
) -> clap::Command {
    let shared = [("help", w.help), ("version", w.version)];
    cmd = cmd
        .about(about)
        .help_template(w.template)
        .subcommand_help_heading(w.commands_heading);
    for (id, help) in args.iter().chain(shared.iter()) {
        let own = cmd
            .get_arguments()
            .any(|a| a.get_id() == *id && !a.is_global_set());
        if own {
            cmd = cmd.mut_arg(*id, |a| translated(a, help, w));
        }
    }
    cmd
}

/// An argument with Russian help. clap writes its lists of values and defaults in English,
/// so the Russian help names them itself.
fn translated(arg: Arg, help: &'static str, w: &'static CliWords) -> Arg {
    let heading = if arg.is_positional() {
        w.arguments
    } else {
        w.options
    };
    let arg = match w.value_names.iter().find(|(id, _)| arg.get_id() == *id) {
        Some((_, name)) if arg.get_action().takes_values() => arg.value_name(*name),
        _ => arg,
    };
    let arg = arg.help(help).long_help(None).help_heading(heading);
    // clap allows hiding them only where there are values (not on a flag).
    if arg.get_action().takes_values() {
        arg.hide_possible_values(true).hide_default_value(true)
    } else {
        arg
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::args;

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
    fn every_command_and_argument_has_russian_words_and_every_russian_word_is_used() {
        let mut cmd = Cli::command();
        cmd.build();
        let w = &cli_words::RU;
        let global: Vec<&str> = cmd
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.get_id().as_str())
            .collect();
        let words: Vec<&str> = w.global.iter().map(|(id, _)| *id).collect();
        assert_eq!(global, words);
        let mut commands: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        let mut named: Vec<&str> = w.commands.iter().map(|c| c.name).collect();
        commands.sort();
        named.sort();
        assert_eq!(commands, named);
        for sub in cmd.get_subcommands() {
            let help = w
                .commands
                .iter()
                .find(|c| c.name == sub.get_name())
                .unwrap();
            let mut own: Vec<&str> = sub
                .get_arguments()
                .filter(|a| !a.is_global_set() && !matches!(a.get_id().as_str(), "help"))
                .map(|a| a.get_id().as_str())
                .collect();
            let mut translated: Vec<&str> = help.args.iter().map(|(id, _)| *id).collect();
            own.sort();
            translated.sort();
            assert_eq!(own, translated, "{}", sub.get_name());
        }
    }

    #[test]
    fn usage_names_the_program_unlink_guide_whatever_file_it_was_started_from() {
        for lang in [Lang::En, Lang::Ru] {
            let error = localized(Cli::command(), lang)
                .try_get_matches_from(["unlink-guide.exe", "list", "--jsn"])
                .unwrap_err()
                .to_string();
            assert!(error.contains(" unlink-guide list "), "{error}");
            assert!(!error.contains(".exe"), "{error}");
        }
    }

    #[test]
    fn russian_help_leaves_nothing_of_ours_in_english() {
        let mut cmd = localized(Cli::command(), Lang::Ru);
        let mut helps = vec![cmd.render_long_help().to_string()];
        for sub in cmd.get_subcommands_mut() {
            helps.push(sub.render_long_help().to_string());
        }
        for help in &helps {
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "Print help",
                "List the methods",
                "Possible values",
                "possible values",
                "default:",
            ] {
                assert!(!help.contains(english), "{english} in:\n{help}");
            }
            assert!(help.contains("Использование:"), "{help}");
        }
        assert!(helps.iter().any(|h| h.contains("Показать способ целиком")));
    }
}
