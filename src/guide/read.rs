//! Reading the text of a guide or topic file: TOML, then the raw types, then validation,
//! with every problem collected, unknown keys included.
//!
//! This file is also compiled into `build.rs`.

use std::borrow::Cow;

use serde::Deserialize;

use super::model::{Date, Guide, Topic};
use super::raw::{RawGuide, RawLink, RawSource, RawStep, RawText, RawTopic, keys_of};
use super::validate::{self, KeyPath, Problem, Segment};

/// Why a file's text could not become a guide.
#[derive(Debug)]
pub enum ReadError {
    /// Not valid TOML, or a value of the wrong type; serde stops at the first of these.
    Toml(toml::de::Error),
    /// Well-formed, but breaking one or more rules.
    Invalid(Vec<Problem>),
}

/// Reads the text of a guide file whose stem is `id`, as of the date `today`.
pub fn read_guide(id: &str, text: &str, today: Date) -> Result<Guide, ReadError> {
    let (raw, unknown) = deserialize::<RawGuide>(text, keys_of::<RawGuide>())?;
    finish(unknown, validate::validate(id, raw, today))
}

/// Reads the text of a topic file whose stem is `id`, as of the date `today`.
pub fn read_topic(id: &str, text: &str, today: Date) -> Result<Topic, ReadError> {
    let (raw, unknown) = deserialize::<RawTopic>(text, keys_of::<RawTopic>())?;
    finish(unknown, validate::validate_topic(id, raw, today))
}

/// Unknown keys come first; `check` puts all problems in file order.
fn finish<T>(unknown: Vec<Problem>, validated: Result<T, Vec<Problem>>) -> Result<T, ReadError> {
    match validated {
        Ok(value) if unknown.is_empty() => Ok(value),
        Ok(_) => Err(ReadError::Invalid(unknown)),
        Err(problems) => Err(ReadError::Invalid(
            unknown.into_iter().chain(problems).collect(),
        )),
    }
}

/// Deserializes `T`, noting every key it does not know instead of stopping at the first.
fn deserialize<T: for<'de> Deserialize<'de>>(
    text: &str,
    root_keys: &'static [&'static str],
) -> Result<(T, Vec<Problem>), ReadError> {
    let mut unknown = Vec::new();
    let document = toml::Deserializer::parse(text).map_err(ReadError::Toml)?;
    let raw = serde_ignored::deserialize(document, |path| {
        let path = key_path(&path);
        unknown.push(unknown_key(path, root_keys));
    })
    .map_err(ReadError::Toml)?;
    Ok((raw, unknown))
}

fn key_path(path: &serde_ignored::Path<'_>) -> KeyPath {
    use serde_ignored::Path;
    match path {
        Path::Root => KeyPath::default(),
        Path::Seq { parent, index } => key_path(parent).index(*index),
        Path::Map { parent, key } => key_path(parent).key(Cow::Owned(key.clone())),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => key_path(parent),
    }
}

fn unknown_key(path: KeyPath, root_keys: &'static [&'static str]) -> Problem {
    let (parent, key) = match path.0.split_last() {
        Some((Segment::Key(key), parent)) => (parent, key.to_string()),
        _ => (&path.0[..], String::new()),
    };
    let known = keys_at(parent, root_keys);
    Problem {
        message: format!("unknown key `{key}`{}", validate::suggestion(&key, known)),
        path,
        at_key: true,
    }
}

/// The keys of the table at `parent`, from the shape of its path.
fn keys_at(parent: &[Segment], root_keys: &'static [&'static str]) -> &'static [&'static str] {
    let key = |segment: &Segment, name: &str| matches!(segment, Segment::Key(k) if k == name);
    match parent {
        [] => root_keys,
        [steps, Segment::Index(_)] if key(steps, "steps") => keys_of::<RawStep>(),
        [steps, Segment::Index(_), links, Segment::Index(_)]
            if key(steps, "steps") && key(links, "links") =>
        {
            keys_of::<RawLink>()
        }
        [sources, Segment::Index(_)] if key(sources, "sources") => keys_of::<RawSource>(),
        _ => keys_of::<RawText>(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 26,
    };

    #[test]
    fn every_unknown_key_is_reported_with_the_closest_known_one() {
        let text = r#"
format = 1
kind = "remove"
wher = "computer-browser"
minutes = 3
difficulty = "easy"
reviewed = 2026-11-01
title = { ru = "Заголовок", en = "Title" }
summary = { ru = "Кратко", eng = "Summary" }

[[steps]]
text = { ru = "Шаг", en = "Step" }
lables = []

[[steps.links]]
url = "https://alipay.com/"
label = { ru = "Ссылка", en = "Link" }
titel = "?"

[[sources]]
id = "article"
title = "Статья"
adress = "https://example.com/"
"#;
        let Err(ReadError::Invalid(problems)) = read_guide("a-guide", text, TODAY) else {
            panic!("accepted");
        };
        let mut found: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "{}: {}{}",
                    p.path,
                    p.message,
                    if p.at_key { " (key)" } else { "" }
                )
            })
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                "sources[0].adress: unknown key `adress` (key)",
                "steps[0].lables: unknown key `lables` (did you mean `labels`?) (key)",
                "steps[0].links[0].titel: unknown key `titel` (key)",
                "summary.en: this text is missing in this language; every text needs `ru` and `en`",
                "summary.eng: unknown key `eng` (did you mean `en`?) (key)",
                "wher: unknown key `wher` (did you mean `where`?) (key)",
                "where: this field is required but missing",
            ]
        );
    }
}
