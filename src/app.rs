//! Carrying out a command.

use std::fs;
use std::io;
use std::path::Path;

use guide_format::validate::closest;
use guide_format::{Guide, MethodId};

use crate::check::check;
use crate::complete;
use crate::config::{Command, Config, ShowFormat};
use crate::error::{Error, Status};
use crate::guide::{Loaded, Needed, Warning, load};
use crate::i18n::messages::warning;
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
            text.push_str(w.walk_hint);
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
        Command::Walk { method } if config.interactive => {
            let loaded = load(&config.folders, config.today, Needed::All);
            find(&loaded, &method)?;
            let notice = warnings(&loaded.warnings, config);
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
            let config_file = config.config_file.as_deref();
            let config_file = config_file.map(|path| (path, config.config_file_exists));
            render::text::paths(config_file, &config.folders, config.lang)
        }
        Command::New { id } => new_guide(&id, config)?,
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
    let guide = find(&loaded, method)?;
    let catalog = &loaded.catalog;
    Ok(match format {
        ShowFormat::Text => render::text::show(guide, catalog, &config.render_options()),
        ShowFormat::Markdown => render::markdown::show(guide, catalog, config.lang, config.today),
        ShowFormat::Json => render::json::show(guide, catalog, config.lang, config.today),
    })
}

/// The guides `needed`; what had to be skipped costs one line each on stderr.
fn load_and_warn(config: &Config, needed: Needed<'_>) -> Loaded {
    let loaded = load(&config.folders, config.today, needed);
    write_stderr(&warnings(&loaded.warnings, config));
    loaded
}

/// One line per warning. The interactive session shows them on its first screen, as
/// clearing the screen would wipe them from stderr.
fn warnings(warnings: &[Warning], config: &Config) -> String {
    warnings.iter().map(|w| warning(w, config.lang)).collect()
}

fn find<'c>(loaded: &'c Loaded, id: &str) -> Result<&'c Guide, Error> {
    loaded.catalog.get(id).ok_or_else(|| {
        let ids: Vec<&str> = loaded.ids.iter().map(String::as_str).collect();
        Error::UnknownMethod {
            given: id.to_string(),
            closest: closest(id, &ids).map(str::to_string),
            available: loaded.ids.clone(),
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
