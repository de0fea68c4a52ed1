//! Carrying out a command.

use crate::config::{Command, Config};
use crate::error::Error;
use crate::guide::Catalog;
use crate::guide::validate::closest;
use crate::i18n::words;
use crate::interactive;
use crate::render;
use crate::terminal::write_stdout;

pub fn run(command: Command, config: &Config) -> Result<(), Error> {
    let catalog = Catalog::builtin();
    let opts = config.render_options();
    let output = match command {
        Command::Overview if config.interactive => {
            return interactive::run(&catalog, config, None);
        }
        Command::Overview => {
            let w = words(config.lang);
            let mut text = render::text::list(catalog.guides(), &opts);
            text.push('\n');
            text.push_str(w.list_hint);
            text.push('\n');
            text.push_str(w.walk_hint);
            text.push('\n');
            text
        }
        Command::List { json: false } => render::text::list(catalog.guides(), &opts),
        Command::List { json: true } => render::json::list(catalog.guides(), config.lang),
        Command::Walk { method } if config.interactive => {
            find(&catalog, &method)?;
            return interactive::run(&catalog, config, Some(&method));
        }
        Command::Walk { method } => render::text::show(find(&catalog, &method)?, &catalog, &opts),
        Command::Show { method, json } => {
            let guide = find(&catalog, &method)?;
            if json {
                render::json::show(guide, &catalog, config.lang)
            } else {
                render::text::show(guide, &catalog, &opts)
            }
        }
    };
    write_stdout(&output)?;
    Ok(())
}

fn find<'c>(catalog: &'c Catalog, id: &str) -> Result<&'c crate::guide::Guide, Error> {
    catalog.get(id).ok_or_else(|| {
        let ids = catalog.ids();
        Error::UnknownMethod {
            given: id.to_string(),
            closest: closest(id, &ids).map(str::to_string),
            available: ids.iter().map(|id| id.to_string()).collect(),
        }
    })
}
