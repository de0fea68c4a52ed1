//! The command line, as clap reads it. Nothing past `main` looks at these types: they are
//! turned into a `Config` and a `Command` first.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Walks you, step by step, through removing a bank card saved in your AliExpress / Alipay
/// account. It never asks for, reads or stores any card details.
#[derive(Debug, Parser)]
#[command(name = "unlink-guide", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,

    /// Language of the guides [default: from LC_ALL, LC_MESSAGES or LANG; Russian for ru_*, else English]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// Also read guides from DIR (repeatable; later folders win, and any folder guide
    /// replaces the built-in one with the same id)
    #[arg(long = "guides-dir", value_name = "DIR", global = true)]
    pub guides_dirs: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
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
        method: String,
        /// Print JSON for programs (see docs/json-output.md)
        #[arg(long)]
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
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Print the folders searched for guides, in order
    Paths,
    /// Write a commented template for a new guide into your guide folder
    New {
        /// The new method's id: lowercase letters, digits and hyphens (for example: my-bank-app)
        id: String,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    /// Русский
    Ru,
    /// English
    En,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal, unless NO_COLOR is set
    Auto,
    Always,
    Never,
}
