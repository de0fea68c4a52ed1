//! Carrying out a command.

use std::fs;
use std::io;
use std::path::Path;

use crate::check::{CheckError, check};
use crate::config::{Command, Config, ShowFormat};
use crate::error::{Error, Status, issue_warning};
use crate::guide::library::FileIssue;
use crate::guide::model::MethodId;
use crate::guide::validate::closest;
use crate::guide::{Catalog, Guide};
use crate::i18n::words;
use crate::interactive;
use crate::render::{self, diagnostics, manual};
use crate::terminal::{write_stderr, write_stdout};

/// The JSON Schema of the guide format, generated from the raw guide types by a test that
/// keeps this file up to date.
pub const GUIDE_SCHEMA: &str = include_str!("../docs/guide.schema.json");

/// The template `new` writes, with `{id}`, `{path}` and `{today}` to fill in.
const TEMPLATE: &str = include_str!("../templates/guide.toml");

pub fn run(command: Command, config: &Config) -> Result<Status, Error> {
    let opts = config.render_options();
    let output = match command {
        Command::Overview if config.interactive => {
            let (catalog, issues) = Catalog::load(&config.folders, config.today);
            interactive::run(&catalog, config, None, &warnings(&issues, config))?;
            return Ok(Status::Success);
        }
        Command::Overview => {
            let catalog = load_all(config);
            let w = words(config.lang);
            let mut text = render::text::list(&catalog, &opts);
            text.push('\n');
            text.push_str(w.list_hint);
            text.push('\n');
            text.push_str(w.walk_hint);
            text.push('\n');
            text
        }
        Command::List { json: false } => render::text::list(&load_all(config), &opts),
        Command::List { json: true } => render::json::list(&load_all(config), config.lang),
        Command::Walk { method } if config.interactive => {
            let (catalog, issues) = Catalog::load(&config.folders, config.today);
            find(&catalog, &method, config)?;
            interactive::run(&catalog, config, Some(&method), &warnings(&issues, config))?;
            return Ok(Status::Success);
        }
        // Without a terminal to walk in, the method is printed whole, as `show` does.
        Command::Walk { method } => show(&method, ShowFormat::Text, config)?,
        Command::Show { method, format } => show(&method, format, config)?,
        Command::Check { paths, json } => {
            let report = check(&paths, &config.folders, config.today).map_err(|e| match e {
                CheckError::NoSuchPath(path) => Error::NoSuchPath(path),
            })?;
            let text = if json {
                diagnostics::json(&report)
            } else {
                diagnostics::text(&report, config.color)
            };
            write_stdout(&text)?;
            return Ok(if report.problem_count() == 0 {
                Status::Success
            } else {
                Status::ProblemsFound
            });
        }
        Command::Paths => render::text::paths(&config.folders, config.lang),
        Command::New { id } => new_guide(&id, config)?,
        Command::Completions(shell) => manual::completions(shell),
        Command::Man => manual::man_page(),
        Command::Schema => GUIDE_SCHEMA.to_string(),
    };
    write_stdout(&output)?;
    Ok(Status::Success)
}

/// One method, whole: only its guide and those of its fallbacks are read from the folders.
fn show(method: &str, format: ShowFormat, config: &Config) -> Result<String, Error> {
    let (catalog, issues) = Catalog::load_method(&config.folders, method, config.today);
    warn(&issues, config);
    let guide = find(&catalog, method, config)?;
    Ok(match format {
        ShowFormat::Text => render::text::show(guide, &catalog, &config.render_options()),
        ShowFormat::Markdown => render::markdown::show(guide, &catalog, config.lang),
        ShowFormat::Json => render::json::show(guide, &catalog, config.lang),
    })
}

/// Every guide, built in and from the folders; a bad folder guide costs one line on stderr.
fn load_all(config: &Config) -> Catalog {
    let (catalog, issues) = Catalog::load(&config.folders, config.today);
    warn(&issues, config);
    catalog
}

fn warn(issues: &[FileIssue], config: &Config) {
    write_stderr(&warnings(issues, config));
}

/// One line per issue. The interactive session shows them on its first screen, as clearing
/// the screen would wipe them from stderr.
fn warnings(issues: &[FileIssue], config: &Config) -> String {
    issues
        .iter()
        .map(|issue| issue_warning(issue, config.lang))
        .collect()
}

fn find<'c>(catalog: &'c Catalog, id: &str, config: &Config) -> Result<&'c Guide, Error> {
    catalog.get(id).ok_or_else(|| {
        let ids = Catalog::all_ids(&config.folders);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        Error::UnknownMethod {
            given: id.to_string(),
            closest: closest(id, &ids).map(str::to_string),
            available: ids.iter().map(|id| id.to_string()).collect(),
        }
    })
}

/// Writes the template for a new guide into the user's guide folder, never over a file.
fn new_guide(id: &str, config: &Config) -> Result<String, Error> {
    if !MethodId::is_valid(id) {
        return Err(Error::BadId(id.to_string()));
    }
    let folder = config.folders.user_data().ok_or(Error::NoDataFolder)?;
    fs::create_dir_all(folder).map_err(|e| Error::Write(folder.to_path_buf(), e))?;
    let path = folder.join(format!("{id}.toml"));
    let text = TEMPLATE
        .replace("{id}", id)
        .replace("{path}", &render::shown_path(&path))
        .replace("{today}", &config.today.to_string());
    write_new(&path, &text)?;
    Ok(render::text::new_guide_written(&path, config.lang))
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
