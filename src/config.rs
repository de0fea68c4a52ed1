//! The run as the rest of the program sees it: what to do, and how to present it. Built once
//! from the command line and the environment; nothing after this reads either.

use std::env;

use crate::cli::{Cli, CliCommand, ColorArg, LangArg};
use crate::guide::Lang;
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
}

#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub lang: Lang,
    pub color: bool,
    pub width: Option<usize>,
    /// Whether a person is at a terminal to answer prompts.
    pub interactive: bool,
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
    };
    let config = Config {
        lang,
        color,
        width: terminal::output_width(),
        interactive: terminal::is_interactive(),
    };
    (command, config)
}
