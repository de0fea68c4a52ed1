//! Reading the text of a guide or topic file: TOML, then the raw types, then validation,
//! with every problem collected, unknown keys included.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::Deserialize;
use toml::de::DeTable;

use crate::error::{LoadError, Problem, Rule};
use crate::model::{Date, Guide, Topic};
use crate::path::{KeyPath, Segment};
use crate::raw::{RawGuide, RawLink, RawRoute, RawSource, RawStep, RawText, RawTopic, keys_of};
use crate::validate;
use crate::validate::{Names, Suggestions};

/// Reads the text of a guide file whose stem is `id`, as of the date `today`.
pub fn read_guide(id: &str, text: &str, today: Date) -> Result<Guide, LoadError> {
    read_guide_and_names(id, text, today).0
}

/// Reads a guide as `read_guide` does, with the methods it names, even when it breaks other
/// rules (none when it is not TOML): `check` reports every problem, a missing method in a
/// broken guide too.
pub fn read_guide_and_names(
    id: &str,
    text: &str,
    today: Date,
) -> (Result<Guide, LoadError>, Names) {
    let mut suggestions = Suggestions::for_input(text.len());
    let read = deserialize::<RawGuide>(text, keys_of::<RawGuide>(), &mut suggestions);
    let (raw, unknown) = match read {
        Ok(read) => read,
        Err(error) => return (Err(error), Names::none(id)),
    };
    let mut problems = unknown;
    problems.extend(comment_problems(
        text,
        &validate::source_sites(&raw.sources),
    ));
    let (validated, names) = validate::validate_with_names(id, raw, today, &mut suggestions);
    (finish(problems, validated), names)
}

/// Reads the text of a topic file whose stem is `id`, as of the date `today`.
pub fn read_topic(id: &str, text: &str, today: Date) -> Result<Topic, LoadError> {
    let mut suggestions = Suggestions::for_input(text.len());
    let (raw, unknown) = deserialize::<RawTopic>(text, keys_of::<RawTopic>(), &mut suggestions)?;
    finish(
        unknown,
        validate::validate_topic(id, raw, today, &mut suggestions),
    )
}

/// What is wrong with the comments of `text`: `show --format toml` prints a guide's file
/// whole, comments too, so a comment is held to what a text is: nothing that could act on a
/// terminal or hide, and no address a reader could click that leads elsewhere than the
/// allowed hosts or the sites of the guide's sources.
fn comment_problems(text: &str, sites: &validate::Sites) -> Vec<Problem> {
    // Most files have few comments, and a file without `#` none.
    if !text.contains('#') {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for token in toml_parser::Source::new(text).lex() {
        if token.kind() != toml_parser::lexer::TokenKind::Comment {
            continue;
        }
        let span = token.span().start()..token.span().end();
        let comment = &text[span.clone()];
        let unsafe_char = comment
            .chars()
            .enumerate()
            .find(|(_, c)| *c != '\t' && validate::is_unsafe_char(*c));
        let rule = match unsafe_char {
            Some((at, character)) => Some(Rule::UnsafeCharacter {
                position: at + 1,
                character,
            }),
            None => {
                validate::foreign_address(comment, sites).map(|address| Rule::AddressInComment {
                    address: validate::shortened(&address),
                })
            }
        };
        if let Some(rule) = rule {
            problems.push(Problem {
                path: KeyPath::default(),
                rule,
                at_key: false,
                span: Some(span),
            });
        }
    }
    problems
}

/// Unknown keys come first; `check` puts all problems in file order.
fn finish<T>(unknown: Vec<Problem>, validated: Result<T, Vec<Problem>>) -> Result<T, LoadError> {
    match validated {
        Ok(value) if unknown.is_empty() => Ok(value),
        Ok(_) => Err(LoadError::Invalid(unknown)),
        Err(problems) => Err(LoadError::Invalid(
            unknown.into_iter().chain(problems).collect(),
        )),
    }
}

/// Deserializes `T`, noting every key it does not know instead of stopping at the first, as
/// cargo does with its manifests (`serde_ignored`).
fn deserialize<T: for<'de> Deserialize<'de>>(
    text: &str,
    root_keys: &'static [&'static str],
    suggestions: &mut Suggestions,
) -> Result<(T, Vec<Problem>), LoadError> {
    // Parsed apart from `toml::Deserializer::parse`, whose errors would quote the text:
    // `check` shows the text its own way.
    let document = DeTable::parse(text).map_err(LoadError::Syntax)?;
    let mut unknown = Vec::new();
    let raw = serde_ignored::deserialize(toml::Deserializer::from(document), |ignored| {
        let path = key_path(&ignored);
        let Some((Segment::Key(key), parent)) = path.0.split_last() else {
            return;
        };
        let known = keys_at(parent, root_keys);
        let rule = Rule::UnknownKey {
            key: key.to_string(),
            closest: renamed(key).or_else(|| suggestions.closest(key, known)),
        };
        unknown.push(Problem {
            path,
            rule,
            at_key: true,
            span: None,
        });
    })
    .map_err(LoadError::Syntax)?;
    Ok((raw, unknown))
}

/// The place of a key serde ignored.
fn key_path(ignored: &serde_ignored::Path<'_>) -> KeyPath {
    use serde_ignored::Path;
    let mut segments = Vec::new();
    let mut at = ignored;
    loop {
        at = match at {
            Path::Root => break,
            Path::Map { parent, key } => {
                segments.push(Segment::Key(Cow::Owned(key.clone())));
                parent
            }
            Path::Seq { parent, index } => {
                segments.push(Segment::Index(*index));
                parent
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => parent,
        };
    }
    segments.reverse();
    KeyPath(segments)
}

/// The new name of a key that an earlier draft of the format named otherwise.
fn renamed(key: &str) -> Option<&'static str> {
    match key {
        "route" => Some("main_route"),
        "variants" => Some("other_routes"),
        _ => None,
    }
}

/// The keys of the table at `parent`, from the shape of its path.
fn keys_at(parent: &[Segment], root_keys: &'static [&'static str]) -> &'static [&'static str] {
    let key = |segment: &Segment, name: &str| matches!(segment, Segment::Key(k) if k == name);
    // A step's path, in the main route or another.
    let step = |path: &[Segment]| match path {
        [steps, Segment::Index(_)] => key(steps, "steps"),
        [others, Segment::Index(_), steps, Segment::Index(_)] => {
            key(others, "other_routes") && key(steps, "steps")
        }
        _ => false,
    };
    // Asking serde for a type's keys takes a little work: once per type is enough.
    static KEYS: OnceLock<[&'static [&'static str]; 5]> = OnceLock::new();
    let [source, other_route, step_keys, link, text] = KEYS.get_or_init(|| {
        [
            keys_of::<RawSource>(),
            keys_of::<RawRoute>(),
            keys_of::<RawStep>(),
            keys_of::<RawLink>(),
            keys_of::<RawText>(),
        ]
    });
    match parent {
        [] => root_keys,
        [sources, Segment::Index(_)] if key(sources, "sources") => source,
        [others, Segment::Index(_)] if key(others, "other_routes") => other_route,
        path if step(path) => step_keys,
        [path @ .., links, Segment::Index(_)] if step(path) && key(links, "links") => link,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MethodId;
    use crate::sample::{TODAY, with};
    use crate::validate::NamedAt;

    #[test]
    fn the_methods_a_broken_guide_names_are_read_too() {
        let text = with("minutes = 3\n", "fallbacks = [\"other\", \"Bad\"]\n");
        let (read, names) = read_guide_and_names("a-guide", &text, TODAY);
        assert!(matches!(read, Err(LoadError::Invalid(_))));
        let other = MethodId("other".into());
        assert_eq!(names.names, [(NamedAt::Fallback { index: 0 }, other)]);
        let (read, names) = read_guide_and_names("a-guide", "not toml", TODAY);
        assert!(matches!(read, Err(LoadError::Syntax(_))));
        assert_eq!(names, Names::none("a-guide"));
    }

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

[[other_routes]]
title = { ru = "Путь", en = "Way" }
wher = "phone-app"

[[other_routes.steps]]
text = { ru = "Шаг", en = "Step" }
tipp = { ru = "Совет", en = "Tip" }

[[sources]]
id = "article"
title = "Статья"
adress = "https://example.com/"
"#;
        let Err(LoadError::Invalid(problems)) = read_guide("a-guide", text, TODAY) else {
            panic!("accepted");
        };
        let mut found: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "{}: {:?}{}",
                    p.path,
                    p.rule,
                    if p.at_key { " (key)" } else { "" }
                )
            })
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                "main_route: MainRouteUntitled",
                "other_routes[0].steps[0].tipp: UnknownKey { key: \"tipp\", closest: Some(\"tip\") } (key)",
                "other_routes[0].wher: UnknownKey { key: \"wher\", closest: Some(\"where\") } (key)",
                "sources[0].adress: UnknownKey { key: \"adress\", closest: None } (key)",
                "steps[0].lables: UnknownKey { key: \"lables\", closest: Some(\"labels\") } (key)",
                "steps[0].links[0].titel: UnknownKey { key: \"titel\", closest: None } (key)",
                "summary.en: MissingLanguage { lang: En }",
                "summary.eng: UnknownKey { key: \"eng\", closest: Some(\"en\") } (key)",
                "wher: UnknownKey { key: \"wher\", closest: Some(\"where\") } (key)",
                "where: Missing",
            ]
        );
    }
}
