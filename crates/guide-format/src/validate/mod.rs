//! The rules a guide must follow, applied to a raw guide to build a validated one.
//!
//! Validation never stops at the first problem: it walks the whole guide and reports each
//! problem with the key path where it is (`steps[2].links[0].url`), which the caller turns
//! into a file position. Each kind of rule has a module of its own; the rules that concern
//! several guides at once are in `references`.

mod dates;
mod links;
pub mod path;
mod references;
mod suggest;
mod text;

use std::borrow::Cow;

use toml::value::Datetime;

use crate::error::Problem;
use crate::model::{
    Date, Difficulty, FORMAT_VERSION, Guide, Kind, Link, List, MethodId, Named, Place, Route,
    SafeUrl, Source, Step, Str, Text, Topic,
};
use crate::raw::{RawGuide, RawLink, RawSource, RawStep, RawText, RawTopic};
pub use links::{ALLOWED_HOSTS, check_link_url, check_source_url};
use path::At;
pub use references::{check_references, route_path};
pub use suggest::{closest, suggestion};
pub use text::{is_unsafe_char, unsafe_char};

/// Lists and menus sort guides without an `order` after those with one.
pub const DEFAULT_ORDER: u16 = 100;

/// Checks a raw guide read from the file whose stem is `id`, as of the date `today`.
pub fn validate(id: &str, raw: RawGuide, today: Date) -> Result<Guide, Vec<Problem>> {
    let mut check = Checker {
        problems: Vec::new(),
        today,
    };
    let guide = check.guide(id, raw);
    match guide {
        Some(guide) if check.problems.is_empty() => Ok(guide),
        _ => Err(check.problems),
    }
}

/// Checks a raw topic read from the file whose stem is `id`, as of the date `today`.
pub fn validate_topic(id: &str, raw: RawTopic, today: Date) -> Result<Topic, Vec<Problem>> {
    let mut check = Checker {
        problems: Vec::new(),
        today,
    };
    let root = At::Root;
    check.id_and_format(&root, id, raw.format);
    let title = check.required_text(&root.key("title"), raw.title);
    if raw.paragraphs.is_empty() {
        check.problem(
            &root.key("paragraphs"),
            "a topic needs at least one paragraph",
        );
    }
    let paragraphs = check.texts(&root.key("paragraphs"), raw.paragraphs);
    let sources = check.sources(&root.key("sources"), raw.sources);
    let reviewed = check.date(&root.key("reviewed"), raw.reviewed, true);
    match (title, reviewed) {
        (Some(title), Some(reviewed)) if check.problems.is_empty() => Ok(Topic {
            id: Cow::Owned(id.to_string()),
            title,
            paragraphs,
            sources: List::Owned(sources),
            reviewed,
        }),
        _ => Err(check.problems),
    }
}

struct Checker {
    problems: Vec<Problem>,
    today: Date,
}

impl Checker {
    fn problem(&mut self, at: &At<'_>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: at.path(),
            message: message.into(),
            at_key: false,
        });
    }

    fn required<T>(&mut self, path: &At<'_>, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.problem(path, "this field is required but missing");
        }
        value
    }

    /// The file name is a valid id and the format version is one this program reads.
    fn id_and_format(&mut self, root: &At<'_>, id: &str, format: Option<i64>) {
        if !MethodId::is_valid(id) {
            self.problem(
                root,
                format!(
                    "the file name `{id}` is not a valid id: use lowercase letters, digits and single hyphens, like `direct-link`"
                ),
            );
        }
        let format = self.required(&root.key("format"), format);
        if let Some(format) = format
            && format != i64::from(FORMAT_VERSION)
        {
            self.problem(
                &root.key("format"),
                format!(
                    "unknown format version {format}; this program reads version {FORMAT_VERSION}"
                ),
            );
        }
    }

    fn guide(&mut self, id: &str, raw: RawGuide) -> Option<Guide> {
        let root = At::Root;
        self.id_and_format(&root, id, raw.format);
        let kind: Option<Kind> = self.choice(&root.key("kind"), raw.kind);
        let order = match raw.order {
            None => Some(DEFAULT_ORDER),
            Some(order) => self.number(&root.key("order"), order, 0, 9999),
        };
        let title = self.required_text(&root.key("title"), raw.title);
        let summary = self.required_text(&root.key("summary"), raw.summary);
        let place: Option<Place> = self.choice(&root.key("where"), raw.place);
        let minutes = self
            .required(&root.key("minutes"), raw.minutes)
            .and_then(|m| self.number(&root.key("minutes"), m, 1, 600));
        let difficulty: Option<Difficulty> = self.choice(&root.key("difficulty"), raw.difficulty);
        let outdated = raw
            .outdated
            .and_then(|t| self.text(&root.key("outdated"), t));
        let needs = self.texts(&root.key("needs"), raw.needs);
        let warnings = self.texts(&root.key("warnings"), raw.warnings);
        let troubleshooting = self.texts(&root.key("troubleshooting"), raw.troubleshooting);

        let unverified = raw
            .unverified
            .and_then(|t| self.text(&root.key("unverified"), t));
        let sources = self.sources(&root.key("sources"), raw.sources);
        let source_ids: Vec<&str> = sources.iter().map(|s| s.id.as_ref()).collect();

        let main_title = match raw.route {
            Some(title) => self.text(&root.key("route"), title),
            None => {
                if !raw.variants.is_empty() {
                    self.problem(
                        &root.key("route"),
                        "a guide with variants needs `route`: a title for its main way",
                    );
                }
                None
            }
        };
        let main = self.route(&root, id, main_title, place, raw.steps, &source_ids);
        let mut routes = vec![main];
        let variants = root.key("variants");
        for (n, variant) in raw.variants.into_iter().enumerate() {
            let path = variants.index(n);
            let title = self.required_text(&path.key("title"), variant.title);
            let place = match variant.place {
                Some(name) => self.choice(&path.key("where"), Some(name)),
                None => place,
            };
            routes.push(self.route(&path, id, title, place, variant.steps, &source_ids));
        }
        let fallbacks = self.fallbacks(&root.key("fallbacks"), id, raw.fallbacks);
        let reviewed = self.date(&root.key("reviewed"), raw.reviewed, true);

        Some(Guide {
            id: MethodId(Cow::Owned(id.to_string())),
            kind: kind?,
            order: order?,
            title: title?,
            summary: summary?,
            minutes: minutes?,
            difficulty: difficulty?,
            outdated,
            unverified,
            needs,
            warnings,
            routes: List::Owned(routes.into_iter().collect::<Option<Vec<Route>>>()?),
            troubleshooting,
            fallbacks,
            sources: List::Owned(sources),
            reviewed: reviewed?,
        })
    }

    /// One way through a guide: the steps under `path` (the guide itself, or a variant).
    fn route(
        &mut self,
        path: &At<'_>,
        own_id: &str,
        title: Option<Text>,
        place: Option<Place>,
        raw: Vec<RawStep>,
        source_ids: &[&str],
    ) -> Option<Route> {
        if raw.is_empty() {
            self.problem(&path.key("steps"), "a guide needs at least one step");
        }
        let steps: Vec<Step> = raw
            .into_iter()
            .enumerate()
            .filter_map(|(n, step)| {
                self.step(&path.key("steps").index(n), own_id, step, source_ids)
            })
            .collect();
        Some(Route {
            title,
            place: place?,
            steps: List::Owned(steps),
        })
    }

    fn number(&mut self, path: &At<'_>, value: i64, min: u16, max: u16) -> Option<u16> {
        match u16::try_from(value) {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.problem(
                    path,
                    format!("{value} is out of range: use a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    fn choice<T: Named>(&mut self, path: &At<'_>, value: Option<String>) -> Option<T> {
        let value = self.required(path, value)?;
        if let Some(choice) = T::ALL.iter().find(|c| c.name() == value) {
            return Some(*choice);
        }
        let names: Vec<&str> = T::ALL.iter().map(|c| c.name()).collect();
        self.problem(
            path,
            format!(
                "`{value}` is not one of {}{}",
                names.join(", "),
                suggestion(&value, &names)
            ),
        );
        None
    }

    fn required_text(&mut self, path: &At<'_>, raw: Option<RawText>) -> Option<Text> {
        let raw = self.required(path, raw)?;
        self.text(path, raw)
    }

    /// A text must exist, non-blank and safe to print, in every language.
    fn text(&mut self, path: &At<'_>, raw: RawText) -> Option<Text> {
        let ru = self.one_language(&path.key("ru"), raw.ru);
        let en = self.one_language(&path.key("en"), raw.en);
        Some(Text {
            ru: Cow::Owned(ru?),
            en: Cow::Owned(en?),
        })
    }

    fn one_language(&mut self, path: &At<'_>, value: Option<String>) -> Option<String> {
        let Some(value) = value else {
            self.problem(
                path,
                "this text is missing in this language; every text needs `ru` and `en`",
            );
            return None;
        };
        self.plain_string(path, value)
    }

    /// A non-blank string with nothing in it that could take over a terminal.
    fn plain_string(&mut self, path: &At<'_>, value: String) -> Option<String> {
        if value.trim().is_empty() {
            self.problem(path, "this text is empty");
            return None;
        }
        if let Some((at, c)) = unsafe_char(&value) {
            self.problem(
                path,
                format!(
                    "character {} is the control character U+{:04X}; control characters and escape sequences are not allowed in guide text",
                    at + 1,
                    u32::from(c)
                ),
            );
            return None;
        }
        Some(value)
    }

    fn texts(&mut self, path: &At<'_>, raw: Vec<RawText>) -> List<Text> {
        let texts: Vec<Text> = raw
            .into_iter()
            .enumerate()
            .filter_map(|(n, t)| self.text(&path.index(n), t))
            .collect();
        List::Owned(texts)
    }

    fn step(
        &mut self,
        path: &At<'_>,
        own_id: &str,
        raw: RawStep,
        source_ids: &[&str],
    ) -> Option<Step> {
        let text = self.required_text(&path.key("text"), raw.text);
        let labels = self.texts(&path.key("labels"), raw.labels);
        let links: Vec<Link> = raw
            .links
            .into_iter()
            .enumerate()
            .filter_map(|(n, link)| self.link(&path.key("links").index(n), link))
            .collect();
        let expect = raw.expect.and_then(|t| self.text(&path.key("expect"), t));
        let tip = raw.tip.and_then(|t| self.text(&path.key("tip"), t));
        let mut sources = Vec::new();
        for (n, source) in raw.sources.into_iter().enumerate() {
            if source_ids.contains(&source.as_str()) {
                sources.push(Str::Owned(source));
            } else {
                self.problem(
                    &path.key("sources").index(n),
                    format!(
                        "`{source}` is not the id of one of this guide's sources{}",
                        suggestion(&source, source_ids)
                    ),
                );
            }
        }
        let methods = self.method_ids(&path.key("methods"), own_id, raw.methods);
        Some(Step {
            text: text?,
            labels,
            links: List::Owned(links),
            expect,
            tip,
            sources: List::Owned(sources),
            deletes: raw.deletes,
            methods,
        })
    }

    fn link(&mut self, path: &At<'_>, raw: RawLink) -> Option<Link> {
        let url = self.required(&path.key("url"), raw.url).and_then(|url| {
            let url = self.plain_string(&path.key("url"), url)?;
            match check_link_url(&url) {
                Ok(()) => Some(SafeUrl(Cow::Owned(url))),
                Err(message) => {
                    self.problem(&path.key("url"), message);
                    None
                }
            }
        });
        let label = self.required_text(&path.key("label"), raw.label);
        Some(Link {
            url: url?,
            label: label?,
        })
    }

    fn sources(&mut self, path: &At<'_>, raw: Vec<RawSource>) -> Vec<Source> {
        if raw.is_empty() {
            self.problem(
                path,
                "a guide needs at least one source: where its steps come from",
            );
        }
        let mut sources: Vec<Source> = Vec::new();
        for (n, raw) in raw.into_iter().enumerate() {
            let path = path.index(n);
            let id = self.required(&path.key("id"), raw.id).and_then(|id| {
                if !MethodId::is_valid(&id) {
                    self.problem(
                        &path.key("id"),
                        format!("`{id}` is not a valid source id: use lowercase letters, digits and hyphens"),
                    );
                    None
                } else if sources.iter().any(|s| s.id == id.as_str()) {
                    self.problem(&path.key("id"), format!("the source id `{id}` is used twice"));
                    None
                } else {
                    Some(id)
                }
            });
            let title = self
                .required(&path.key("title"), raw.title)
                .and_then(|t| self.plain_string(&path.key("title"), t));
            let url = raw.url.and_then(|url| {
                let url = self.plain_string(&path.key("url"), url)?;
                match check_source_url(&url) {
                    Ok(()) => Some(url),
                    Err(message) => {
                        self.problem(&path.key("url"), message);
                        None
                    }
                }
            });
            let published = self.date(&path.key("published"), raw.published, false);
            let note = raw.note.and_then(|t| self.text(&path.key("note"), t));
            if let (Some(id), Some(title)) = (id, title) {
                sources.push(Source {
                    id: Cow::Owned(id),
                    title: Cow::Owned(title),
                    url: url.map(Cow::Owned),
                    published,
                    note,
                });
            }
        }
        sources
    }

    fn fallbacks(&mut self, path: &At<'_>, own_id: &str, raw: Vec<String>) -> List<MethodId> {
        self.method_ids(path, own_id, raw)
    }

    /// A list of other methods' ids: well formed, not this guide's own, each once.
    fn method_ids(&mut self, path: &At<'_>, own_id: &str, raw: Vec<String>) -> List<MethodId> {
        let mut fallbacks: Vec<MethodId> = Vec::new();
        for (n, id) in raw.into_iter().enumerate() {
            let path = path.index(n);
            if id == own_id {
                self.problem(&path, "a guide cannot name itself here");
            } else if !MethodId::is_valid(&id) {
                self.problem(&path, format!("`{id}` is not a valid method id"));
            } else if fallbacks.iter().any(|f| f.as_str() == id) {
                self.problem(&path, format!("`{id}` is listed twice"));
            } else {
                fallbacks.push(MethodId(Cow::Owned(id)));
            }
        }
        List::Owned(fallbacks)
    }

    /// A plain date, not after today. `required` says whether a missing date is a problem.
    fn date(&mut self, path: &At<'_>, value: Option<Datetime>, required: bool) -> Option<Date> {
        let value = if required {
            self.required(path, value)?
        } else {
            value?
        };
        match dates::toml_date(&value) {
            Ok(date) if date > self.today => {
                self.problem(
                    path,
                    format!("{date} is in the future (today is {})", self.today),
                );
                None
            }
            Ok(date) => Some(date),
            Err(message) => {
                self.problem(path, message);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::LoadError;
    use crate::read::read_guide as parse;
    use crate::sample::{TODAY, VALID, problems, with};

    #[test]
    fn the_sample_guide_is_valid() {
        let guide = parse("a-guide", VALID, TODAY).expect("valid");
        assert_eq!(guide.id.as_str(), "a-guide");
        assert_eq!(guide.order, DEFAULT_ORDER);
        assert_eq!(
            guide.routes[0].steps[0].links[0].url.host(),
            "intl.alipay.com"
        );
    }

    #[test]
    fn every_problem_is_reported_not_only_the_first() {
        let text = with("minutes = 3\n", "").replacen("en = \"Summary\"", "en = \"\"", 1);
        let found = problems(&text.replacen("kind = \"remove\"", "kind = \"remov\"", 1));
        assert_eq!(
            found,
            [
                "kind: `remov` is not one of remove, add, replace (did you mean `remove`?)",
                "summary.en: this text is empty",
                "minutes: this field is required but missing",
            ]
        );
    }

    #[test]
    fn a_text_missing_in_one_language_is_refused() {
        let found = problems(&with(
            r#"title = { ru = "Заголовок", en = "Title" }"#,
            r#"title = { ru = "Заголовок" }"#,
        ));
        assert_eq!(
            found,
            ["title.en: this text is missing in this language; every text needs `ru` and `en`"]
        );
    }

    #[test]
    fn the_format_version_must_be_known() {
        assert_eq!(
            problems(&with("format = 1", "format = 2")),
            ["format: unknown format version 2; this program reads version 1"]
        );
    }

    #[test]
    fn the_file_name_must_be_a_kebab_case_id() {
        for bad in ["Direct-Link", "direct_link", "direct--link", "-direct", ""] {
            assert!(
                matches!(parse(bad, VALID, TODAY), Err(LoadError::Invalid(_))),
                "{bad:?} was accepted"
            );
        }
        assert!(parse("mobile-site-2", VALID, TODAY).is_ok());
    }

    #[test]
    fn a_guide_needs_a_step_and_a_source() {
        let no_steps = VALID.split("[[steps]]").next().unwrap().to_string()
            + "[[sources]]\nid = \"article\"\ntitle = \"Статья\"\n";
        assert_eq!(
            problems(&no_steps),
            ["steps: a guide needs at least one step"]
        );
        let no_sources = VALID.split("[[sources]]").next().unwrap();
        assert_eq!(
            problems(no_sources),
            ["sources: a guide needs at least one source: where its steps come from"]
        );
    }

    #[test]
    fn escape_sequences_and_control_characters_are_refused() {
        let found = problems(&with("Title", r"\u001b]0;owned\u0007Title"));
        assert_eq!(
            found,
            [
                "title.en: character 1 is the control character U+001B; control characters and escape sequences are not allowed in guide text"
            ]
        );
        for c in ["\\u0000", "\\u009b", "\\u202e", "\\t", "\\n", "\\u007f"] {
            assert_eq!(
                problems(&with("Title", &format!("Ti{c}tle"))).len(),
                1,
                "{c} was accepted"
            );
        }
    }

    #[test]
    fn a_bad_link_is_reported_at_its_place() {
        let found = problems(&with(
            "https://intl.alipay.com/",
            "https://intl.alipay.com.evil.com/",
        ));
        assert_eq!(
            found,
            [
                "steps[0].links[0].url: links may only lead to aliexpress.com, aliexpress.ru, alipay.com or their subdomains, not `intl.alipay.com.evil.com`"
            ]
        );
    }

    #[test]
    fn the_review_date_is_a_plain_date_not_in_the_future() {
        assert_eq!(
            problems(&with("reviewed = 2026-11-01", "reviewed = 2026-12-02")),
            ["reviewed: 2026-12-02 is in the future (today is 2026-12-01)"]
        );
        assert_eq!(
            problems(&with(
                "reviewed = 2026-11-01",
                "reviewed = 2026-11-01T10:00:00"
            )),
            [
                "reviewed: `2026-11-01T10:00:00` is not a plain date; write it as YYYY-MM-DD, without quotes"
            ]
        );
        // TOML itself refuses a day that does not exist.
        assert!(matches!(
            parse(
                "a-guide",
                &with("reviewed = 2026-11-01", "reviewed = 2026-02-30"),
                TODAY
            ),
            Err(LoadError::Syntax(_))
        ));
    }

    #[test]
    fn steps_cite_only_the_guides_own_sources() {
        let text = with("labels = [", "sources = [\"artcle\"]\nlabels = [");
        assert_eq!(
            problems(&text),
            [
                "steps[0].sources[0]: `artcle` is not the id of one of this guide's sources (did you mean `article`?)"
            ]
        );
    }
}
