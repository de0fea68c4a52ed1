//! Carrying out a command: the whole run, from the environment and the command line to the
//! exit status.

use std::fs;
use std::io;
use std::path::Path;
use std::process::ExitCode;

use guide_format::file::{id_of, read_text};
use guide_format::validate::Suggestions;
use guide_format::{Guide, LoadError, MethodId};

use crate::check::check;
use crate::config::{self, Command, Config, ShowFormat};
use crate::error::{Error, Status};
use crate::guide::{FolderWarning, Loaded, Needed, builtin_source, load};
use crate::i18n::messages::{copy_written, load_error, new_guide_written, warning};
use crate::i18n::{fill, words};
use crate::interactive;
use crate::render::{self, diagnostics, manual};
use crate::terminal::{NoWalkthrough, write_stderr, write_stdout};
use crate::{cli, complete, terminal};

/// The JSON Schema of the guide format, generated from the raw guide types by a test that
/// keeps this file up to date.
pub(crate) const GUIDE_SCHEMA: &str = include_str!("../docs/guide.schema.json");

/// The template `new` writes, with `{id}`, `{path}` and `{today}` to fill in.
const TEMPLATE: &str = include_str!("../templates/guide.toml");

/// What `new --from` writes above the copy, with `{from}`, `{id}` and `{path}` to fill in.
const COPY_HEADER: &str = include_str!("../templates/copy-header.toml");

/// The program: read the environment and the command line once, run, and turn the outcome
/// into an exit status.
pub fn main() -> ExitCode {
    let _modes = terminal::Modes::save();
    let env = config::Environment::read();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // A shell asking for completions gets them, and the run ends there.
    complete::complete_if_asked(&env, &args);
    let cli = cli::parse(args, |flag| env.lang(flag));
    let lang = env.lang(cli.lang);
    let result = config::from_cli(cli, env).and_then(|(command, config)| run(command, &config));
    match result {
        Ok(status) => ExitCode::from(status.exit_code()),
        Err(Error::Interrupted) => terminal::screen::end_as_interrupted(),
        Err(error) => {
            write_stderr(&crate::i18n::messages::error(&error, lang));
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(command: Command, config: &Config) -> Result<Status, Error> {
    let opts = config.render_options();
    let output = match command {
        Command::Overview if config.walks() => {
            let loaded = load(&config.folders, config.today, Needed::All);
            let notice = warnings(&loaded.warnings, config);
            interactive::run(&loaded.catalog, config, None, &notice)?;
            return Ok(Status::Success);
        }
        Command::Overview => {
            let loaded = load_and_warn(config, Needed::All);
            let w = words(config.lang);
            let mut text = render::text::list(&loaded.catalog, &opts);
            text.push('\n');
            text.push_str(w.list_hint);
            text.push('\n');
            text.push_str(match config.walkthrough {
                Err(NoWalkthrough::NoKeyboard) => w.walk_hint_no_keyboard,
                Err(NoWalkthrough::DumbTerminal) => w.walk_hint_dumb,
                _ => w.walk_hint_not_a_terminal,
            });
            text.push('\n');
            text
        }
        Command::List { json: false } => {
            render::text::list(&load_and_warn(config, Needed::All).catalog, &opts)
        }
        Command::List { json: true } => render::json::list(
            &load_and_warn(config, Needed::All).catalog,
            config.lang,
            config.today,
        ),
        Command::Walk { method } if config.walks() => {
            let loaded = load(&config.folders, config.today, Needed::All);
            let notice = warnings(&loaded.warnings, config);
            if let Err(error) = find(&loaded, &method, config) {
                // No session starts to show them in: they say why the method is missing.
                write_stderr(&notice);
                return Err(error);
            }
            interactive::run(&loaded.catalog, config, Some(&method), &notice)?;
            return Ok(Status::Success);
        }
        // Without a terminal to walk in, the method is printed whole, as `show` does.
        Command::Walk { method } => show(&method, ShowFormat::Text, config)?,
        Command::Show { method, format } => show(&method, format, config)?,
        Command::Check { paths, json } => {
            let report = check(&paths, &config.folders, config.today)?;
            let text = if json {
                diagnostics::json(&report, config.lang)
            } else {
                diagnostics::text(&report, config.color, config.lang)
            };
            write_stdout(&text).map_err(Error::Output)?;
            return Ok(if report.problem_count() == 0 {
                Status::Success
            } else {
                Status::ProblemsFound
            });
        }
        Command::Paths => {
            let folders: Vec<_> = (config.folders.0.iter())
                .map(|folder| (folder, folder.path.is_dir()))
                .collect();
            render::text::paths(config.config_file.as_ref(), &folders, config.lang)
        }
        Command::New { id, from } => new_guide(&id, from.as_deref(), config)?,
        Command::Completions(shell) => complete::registration(shell),
        Command::Man => manual::man_page(config.lang),
        Command::Schema => GUIDE_SCHEMA.to_string(),
    };
    write_stdout(&output).map_err(Error::Output)?;
    Ok(Status::Success)
}

/// One method whole: only its guide and those of the methods it names are read.
fn show(method: &str, format: ShowFormat, config: &Config) -> Result<String, Error> {
    let loaded = load_and_warn(config, Needed::Method(method));
    let guide = find(&loaded, method, config)?;
    let catalog = &loaded.catalog;
    Ok(match format {
        ShowFormat::Text => render::text::show(guide, catalog, &config.render_options()),
        ShowFormat::Markdown => render::markdown::show(guide, catalog, config.lang, config.today),
        ShowFormat::Json => render::json::show(guide, catalog, config.lang, config.today),
        ShowFormat::Toml => render::text::guide_source(&source(&loaded, method)?),
    })
}

/// The text of a guide's file: a built-in guide's as it was built in, a folder guide's read
/// again from its file.
fn source(loaded: &Loaded, id: &str) -> Result<String, Error> {
    match loaded.catalog.origin(id) {
        Some(path) => read_text(path).map_err(|e| Error::Read(path.to_path_buf(), e)),
        None => Ok(builtin_source(id).unwrap_or_default().to_string()),
    }
}

/// The guides `needed`; what had to be skipped costs one line each on stderr.
fn load_and_warn(config: &Config, needed: Needed<'_>) -> Loaded {
    let loaded = load(&config.folders, config.today, needed);
    write_stderr(&warnings(&loaded.warnings, config));
    loaded
}

/// One line per warning. The interactive session shows them on its first screen, as
/// clearing the screen would wipe them from stderr.
fn warnings(warnings: &[FolderWarning], config: &Config) -> String {
    warnings.iter().map(|w| warning(w, config.lang)).collect()
}

/// The guide of method `id`; when there is none, an error that says why: a guide file of
/// that name that had to be skipped, or the methods there are, with the closest one.
fn find<'c>(loaded: &'c Loaded, id: &str, config: &Config) -> Result<&'c Guide, Error> {
    loaded.catalog.get(id).ok_or_else(|| {
        let skipped = loaded
            .warnings
            .iter()
            .rev()
            .find_map(|warning| match warning {
                FolderWarning::Skipped { path, error } if id_of(path) == Some(id) => {
                    Some((path, error))
                }
                _ => None,
            });
        if let Some((path, error)) = skipped {
            return Error::MethodSkipped {
                id: id.to_string(),
                path: path.clone(),
                why: load_error(error, config.lang),
                details: matches!(error, LoadError::Syntax(_) | LoadError::Invalid(_)),
            };
        }
        // The methods that can be shown: when only some guide files were read, every one is
        // read now, as `list` does, so that no broken file is offered.
        let everything;
        let catalog = if !loaded.complete {
            everything = load(&config.folders, config.today, Needed::All).catalog;
            &everything
        } else {
            &loaded.catalog
        };
        let ids = catalog.ids();
        Error::UnknownMethod {
            given: id.to_string(),
            closest: Suggestions::for_one_word(&ids)
                .closest(id, &ids)
                .map(str::to_string),
            available: ids.iter().map(|id| id.to_string()).collect(),
        }
    })
}

/// Writes a new guide into the user's guide folder, never over a file: the template, or a
/// copy of the guide `from` to edit.
fn new_guide(id: &str, from: Option<&str>, config: &Config) -> Result<String, Error> {
    if !MethodId::is_valid(id) {
        return Err(Error::BadId(id.to_string()));
    }
    let folder = config.folders.user_data().ok_or(Error::NoDataFolder)?;
    let path = folder.join(format!("{id}.toml"));
    let shown = crate::sanitize::template_path(&path);
    let text = match from {
        Some(from) => {
            let loaded = load_and_warn(config, Needed::Method(from));
            find(&loaded, from, config)?;
            let header = fill(COPY_HEADER, &[("from", from), ("id", id), ("path", &shown)]);
            header + &source(&loaded, from)?
        }
        None => fill(
            TEMPLATE,
            &[
                ("id", id),
                ("path", &shown),
                ("today", &config.today.to_string()),
            ],
        ),
    };
    fs::create_dir_all(folder).map_err(|e| {
        // A file where the folder, or a folder above it, should be.
        let file = folder.ancestors().find(|a| a.is_file());
        match file {
            Some(file) => Error::FolderIsAFile {
                folder: folder.to_path_buf(),
                file: file.to_path_buf(),
            },
            None => Error::Write(folder.to_path_buf(), e),
        }
    })?;
    write_new(&path, &text)?;
    // The template under a built-in guide's id replaces that guide once it is filled in:
    // say so, and how to start from the guide itself instead.
    if from.is_none() && builtin_source(id).is_some() {
        write_stderr(&warning(
            &FolderWarning::ShadowsBuiltin(path.clone()),
            config.lang,
        ));
    }
    Ok(match from {
        Some(from) => copy_written(&path, from, id, config.lang),
        None => new_guide_written(&path, config.lang),
    })
}

fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    use std::io::Write as _;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => Error::AlreadyExists(path.to_path_buf()),
            _ => Error::Write(path.to_path_buf(), e),
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::Write(path.to_path_buf(), e))
}
