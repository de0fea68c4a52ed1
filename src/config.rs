//! The run as the rest of the program sees it: what to do, and how to present it. Built once
//! from the command line and the environment; nothing after this reads either.

use std::env;

use std::path::PathBuf;

use crate::cli::{Cli, CliCommand, ColorArg, FormatArg, LangArg};
use crate::guide::library::Folders;
use crate::guide::{Date, Lang};
use crate::locale::lang_from_env;
use crate::render;
use crate::terminal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// No subcommand: the menu on a terminal; elsewhere the list and a hint.
    Overview,
    List {
        json: bool,
    },
    Show {
        method: String,
        json: bool,
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
    New {
        id: String,
    },
}

#[derive(Clone, Debug)]
pub struct Config {
    pub lang: Lang,
    pub color: bool,
    pub width: Option<usize>,
    /// Whether a person is at a terminal to answer prompts.
    pub interactive: bool,
    /// The folders to read guides from, besides the built-in ones.
    pub folders: Folders,
    /// Today's date, for checking review dates.
    pub today: Date,
}

impl Config {
    pub fn render_options(&self) -> render::Options {
        render::Options {
            lang: self.lang,
            color: self.color,
            width: self.width,
        }
    }
}

pub fn from_cli(cli: Cli) -> (Command, Config) {
    let lang = match cli.lang {
        Some(LangArg::Ru) => Lang::Ru,
        Some(LangArg::En) => Lang::En,
        None => lang_from_env(
            env::var("LC_ALL").ok().as_deref(),
            env::var("LC_MESSAGES").ok().as_deref(),
            env::var("LANG").ok().as_deref(),
        ),
    };
    let color = terminal::color_enabled(match cli.color {
        ColorArg::Auto => None,
        ColorArg::Always => Some(true),
        ColorArg::Never => Some(false),
    });
    let command = match cli.command {
        None => Command::Overview,
        Some(CliCommand::List { json }) => Command::List { json },
        Some(CliCommand::Show { method, json }) => Command::Show { method, json },
        Some(CliCommand::Walk { method }) => Command::Walk { method },
        Some(CliCommand::Check { paths, format }) => Command::Check {
            paths,
            json: matches!(format, FormatArg::Json),
        },
        Some(CliCommand::Paths) => Command::Paths,
        Some(CliCommand::New { id }) => Command::New { id },
    };
    let config = Config {
        lang,
        color,
        width: terminal::output_width(),
        interactive: terminal::is_interactive(),
        folders: Folders::new(
            dirs::data_dir(),
            env::var_os("UNLINK_GUIDE_DIR"),
            cli.guides_dirs,
        ),
        today: Date::today(),
    };
    (command, config)
}
