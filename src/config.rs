//! The run as the rest of the program sees it: what to do, and how to present it. Built once
//! from the command line, the environment and the config file; nothing after this reads any
//! of them. Where they disagree, the command line wins, then the config file, then the
//! environment variables (see `config_file`).

use std::env;
use std::ffi::OsString;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::cli::{CheckFormatArg, Cli, CliCommand, ColorArg, FormatArg, LangArg};
use crate::config_file::{self, ColorChoice, ConfigFile};
use crate::error::Error;
use guide_format::{Date, Lang};

use crate::guide::Folders;
use crate::locale::lang_from_env;
use crate::render;
use crate::terminal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Command {
    /// No subcommand: the menu on a terminal; elsewhere the list and a hint.
    Overview,
    List {
        json: bool,
    },
    Show {
        method: String,
        format: ShowFormat,
    },
    /// A method step by step on a terminal; elsewhere printed whole, as `show` does.
    Walk {
        method: String,
    },
    Check {
        paths: Vec<PathBuf>,
        json: bool,
    },
    Paths,
    /// A new guide in the user's guide folder: the template, or a copy of the guide `from`.
    New {
        id: String,
        from: Option<String>,
    },
    Completions(clap_complete::Shell),
    Man,
    Schema,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShowFormat {
    Text,
    Markdown,
    Json,
    /// The guide's own TOML file.
    Toml,
}

#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub(crate) lang: Lang,
    pub(crate) color: bool,
    /// Whether links may be terminal hyperlinks (OSC 8).
    pub(crate) hyperlinks: bool,
    pub(crate) width: Option<usize>,
    /// Whether the walkthrough can be shown, and why not when it cannot; asked only for the
    /// commands that can walk (the menu and `walk`), so that the others never probe the
    /// terminal (for them it says "not a terminal", and nothing reads it).
    pub(crate) walkthrough: Result<(), terminal::NoWalkthrough>,
    /// Whether the screen-reader mode is on, and why.
    pub(crate) screen_reader: Option<terminal::ScreenReader>,
    /// The folders to read guides from, besides the built-in ones.
    pub(crate) folders: Folders,
    /// Today's date, for checking review dates.
    pub(crate) today: Date,
    /// Where the config file is (or would be), for `paths`.
    pub(crate) config_file: Option<config_file::Location>,
}

impl Config {
    pub(crate) fn render_options(&self) -> render::Options {
        render::Options {
            lang: self.lang,
            color: self.color,
            hyperlinks: self.hyperlinks,
            screen_reader: self.screen_reader.is_some(),
            width: self.width,
            today: self.today,
        }
    }

    /// Whether the menu and `walk` walk through, in either mode.
    pub(crate) fn walks(&self) -> bool {
        self.walkthrough.is_ok() || self.screen_reader_walk().is_some()
    }

    /// Whether to walk through in the screen-reader mode, and why. When asked for, wherever
    /// the input comes from and the output goes, so that it can be scripted; when only the
    /// system says a screen reader runs, only where the full-screen walkthrough would be
    /// shown: output to a pipe, a file or a dumb terminal stays as it is.
    pub(crate) fn screen_reader_walk(&self) -> Option<terminal::ScreenReader> {
        match self.screen_reader? {
            terminal::ScreenReader::System if self.walkthrough.is_err() => None,
            why => Some(why),
        }
    }
}

/// The environment variables the program reads, and the config file, read once.
#[derive(Clone, Debug)]
pub(crate) struct Environment {
    pub(crate) language: Option<String>,
    pub(crate) lc_all: Option<String>,
    pub(crate) lc_messages: Option<String>,
    pub(crate) lang: Option<String>,
    /// The system's language, where the variables do not carry it (Windows, macOS).
    pub(crate) system_locale: Option<String>,
    pub(crate) guide_dirs: Option<OsString>,
    pub(crate) data_dir: Option<PathBuf>,
    /// The config file, read with the environment: its settings come between the command
    /// line and the environment variables (see `config_file`).
    pub(crate) config_file: ConfigFile,
    /// Today's date, or the value of `SOURCE_DATE_EPOCH` that could not be read as one.
    pub(crate) today: Result<Date, String>,
}

impl Environment {
    pub(crate) fn read() -> Environment {
        Environment {
            language: env::var("LANGUAGE").ok(),
            lc_all: env::var("LC_ALL").ok(),
            lc_messages: env::var("LC_MESSAGES").ok(),
            lang: env::var("LANG").ok(),
            system_locale: crate::locale::system_locale(),
            guide_dirs: env::var_os("UNLINK_GUIDE_DIR"),
            data_dir: dirs::data_dir(),
            config_file: ConfigFile::read(
                env::var_os("UNLINK_GUIDE_CONFIG_DIR"),
                dirs::config_dir(),
                dirs::home_dir().as_deref(),
            ),
            today: today(env::var_os("SOURCE_DATE_EPOCH"), SystemTime::now()),
        }
    }

    /// The language: `--lang` when given, else the config file's, else the locale's. A
    /// config file that cannot be read has no say (its error is reported by `from_cli`, in
    /// the language of the others).
    pub(crate) fn lang(&self, flag: Option<LangArg>) -> Lang {
        let from_file = self.config_file.settings.as_ref().ok();
        match flag {
            Some(LangArg::Ru) => Lang::Ru,
            Some(LangArg::En) => Lang::En,
            None => from_file.and_then(|s| s.language).unwrap_or_else(|| {
                lang_from_env(
                    self.language.as_deref(),
                    self.lc_all.as_deref(),
                    self.lc_messages.as_deref(),
                    self.lang.as_deref(),
                    self.system_locale.as_deref(),
                )
            }),
        }
    }
}

/// Today's date (UTC): the one `SOURCE_DATE_EPOCH` gives, when it is set, else the clock's.
/// `SOURCE_DATE_EPOCH` is the reproducible-builds convention for tools whose output depends
/// on the time they run: with it, the same guides give the same output on any day.
fn today(source_date_epoch: Option<OsString>, now: SystemTime) -> Result<Date, String> {
    match source_date_epoch {
        Some(value) if !value.is_empty() => value
            .to_str()
            .and_then(|text| text.parse::<u64>().ok())
            .map(Date::from_unix_seconds)
            .ok_or_else(|| value.to_string_lossy().into_owned()),
        // A clock set before 1970 is a broken clock; the review dates only need a lower bound.
        _ => Ok(Date::from_unix_seconds(
            now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()),
        )),
    }
}

pub(crate) fn from_cli(cli: Cli, env: Environment) -> Result<(Command, Config), Error> {
    let lang = env.lang(cli.lang);
    let settings = env.config_file.settings.clone().map_err(Error::Config)?;
    let color = cli.color.map(|color| match color {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    });
    // `--color`, else the config file's `color`; `auto` leaves it to the colour variables
    // and the terminal.
    let forced = match color.or(settings.color).unwrap_or(ColorChoice::Auto) {
        ColorChoice::Auto => None,
        ColorChoice::Always => Some(true),
        ColorChoice::Never => Some(false),
    };
    let color = terminal::color_enabled(forced);
    let screen_reader = terminal::screen_reader(cli.screen_reader(), settings.screen_reader);
    let command = match cli.command {
        None => Command::Overview,
        Some(CliCommand::List { json }) => Command::List { json },
        Some(CliCommand::Show {
            method,
            format,
            json,
        }) => Command::Show {
            method,
            format: match (json, format) {
                (true, _) | (_, FormatArg::Json) => ShowFormat::Json,
                (false, FormatArg::Markdown) => ShowFormat::Markdown,
                (false, FormatArg::Toml) => ShowFormat::Toml,
                (false, FormatArg::Text) => ShowFormat::Text,
            },
        },
        Some(CliCommand::Walk { method }) => Command::Walk { method },
        Some(CliCommand::Check { paths, format }) => Command::Check {
            paths,
            json: format == CheckFormatArg::Json,
        },
        Some(CliCommand::Paths) => Command::Paths,
        Some(CliCommand::New { id, from }) => Command::New {
            // clap requires one of them.
            id: id.or_else(|| from.clone()).unwrap_or_default(),
            from,
        },
        Some(CliCommand::Completions { shell }) => Command::Completions(shell),
        Some(CliCommand::Man) => Command::Man,
        Some(CliCommand::Schema) => Command::Schema,
    };
    let walks = matches!(command, Command::Overview | Command::Walk { .. });
    let config = Config {
        lang,
        color,
        hyperlinks: forced != Some(false) && terminal::hyperlinks_supported(),
        width: terminal::output_width(),
        walkthrough: match walks {
            true => terminal::walkthrough(),
            false => Err(terminal::NoWalkthrough::NotATerminal),
        },
        screen_reader: screen_reader.filter(|_| walks),
        folders: Folders::new(
            env.data_dir,
            settings.guide_dirs,
            env.guide_dirs,
            cli.guides_dirs,
        ),
        config_file: env.config_file.location,
        today: env.today.map_err(Error::BadSourceDateEpoch)?,
    };
    Ok((command, config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_comes_from_source_date_epoch_when_it_is_set() {
        let clock = UNIX_EPOCH + std::time::Duration::from_secs(20_783 * 86_400 + 5);
        let date = |y, m, d| Date {
            year: y,
            month: m,
            day: d,
        };
        assert_eq!(today(None, clock), Ok(date(2026, 11, 26)));
        assert_eq!(today(Some("".into()), clock), Ok(date(2026, 11, 26)));
        assert_eq!(
            today(Some("1893456000".into()), clock),
            Ok(date(2030, 1, 1))
        );
        assert_eq!(
            today(Some("yesterday".into()), clock),
            Err("yesterday".to_string())
        );
        assert_eq!(today(Some("-1".into()), clock), Err("-1".to_string()));
    }
}
