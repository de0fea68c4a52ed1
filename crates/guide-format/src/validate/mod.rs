//! The rules a guide must follow, applied to a raw guide to build a validated one.
//!
//! Validation never stops at the first problem: it walks the whole guide and reports each
//! problem with the key path where it is (`steps[2].links[0].url`), which the caller turns
//! into a file position. Each kind of rule has a module of its own; the rules that concern
//! several guides at once are in `references`.

mod addresses;
mod at;
mod dates;
mod invisible;
mod links;
mod placeholder;
mod references;
mod suggest;
mod text;

use std::borrow::Cow;
use std::collections::HashSet;

use crate::error::{Problem, Rule};
use crate::model::{
    Date, Difficulty, FORMAT_VERSION, Guide, Kind, Lang, Link, List, MethodId, Named, Place, Route,
    SafeUrl, Source, Step, Str, Text, Topic,
};
use crate::raw::{RawDate, RawGuide, RawLink, RawSource, RawStep, RawText, RawTopic};
use at::At;
// What the program, its build script and its tests use; the rest is this crate's own.
pub use addresses::clickables;
pub use links::ALLOWED_HOSTS;
pub use placeholder::is_placeholder;
pub use references::{Names, check_references};
pub use suggest::Suggestions;
pub use text::is_unsafe_char;

pub(crate) use addresses::{Sites, foreign_address};
use links::{check_link_url, check_source_url};
pub(crate) use references::NamedAt;
use text::unsafe_char;

/// Lists and menus sort guides without an `order` after those with one.
pub(crate) const DEFAULT_ORDER: u16 = 100;

/// A guide says how long ago it was checked once it is over a year.
pub(crate) const DEFAULT_STALE_AFTER_MONTHS: u16 = 12;

/// Checks a raw guide read from the file whose stem is `id`, as of the date `today`, and
/// returns the methods it names too, whatever else is wrong with it: `check` reports a
/// missing method even in a broken guide. `suggestions` is what the file may spend on
/// naming the likely intended word.
pub(crate) fn validate_with_names(
    id: &str,
    raw: RawGuide,
    today: Date,
    suggestions: &mut Suggestions,
) -> (Result<Guide, Vec<Problem>>, Names) {
    let mut check = Checker::new(today, &raw.sources, suggestions);
    let guide = check.guide(id, raw);
    let names = Names {
        id: id.to_string(),
        names: std::mem::take(&mut check.names),
    };
    let result = match guide {
        Some(guide) if check.problems.is_empty() => Ok(guide),
        _ => Err(check.problems),
    };
    (result, names)
}

/// Checks a raw topic read from the file whose stem is `id`, as of the date `today`.
pub(crate) fn validate_topic(
    id: &str,
    raw: RawTopic,
    today: Date,
    suggestions: &mut Suggestions,
) -> Result<Topic, Vec<Problem>> {
    let mut check = Checker::new(today, &raw.sources, suggestions);
    let root = At::Root;
    check.id_and_format(&root, id, raw.format);
    let title = check.required_text(&root.key("title"), raw.title);
    if raw.paragraphs.is_empty() {
        check.problem(&root.key("paragraphs"), Rule::NoParagraphs);
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

struct Checker<'s> {
    problems: Vec<Problem>,
    today: Date,
    /// The sites of the guide's sources, which a text may name.
    sites: Sites,
    /// The well-formed methods the guide names, for the rules between guides.
    names: Vec<(NamedAt, MethodId)>,
    suggestions: &'s mut Suggestions,
}

impl<'s> Checker<'s> {
    fn new(today: Date, sources: &[RawSource], suggestions: &'s mut Suggestions) -> Checker<'s> {
        Checker {
            problems: Vec::new(),
            today,
            sites: source_sites(sources),
            names: Vec::new(),
            suggestions,
        }
    }

    fn problem(&mut self, at: &At<'_>, rule: Rule) {
        self.problems.push(Problem {
            path: at.path(),
            rule,
            at_key: false,
            span: None,
        });
    }

    fn required<T>(&mut self, path: &At<'_>, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.problem(path, Rule::Missing);
        }
        value
    }

    /// The file name is a valid id and the format version is one this program reads.
    fn id_and_format(&mut self, root: &At<'_>, id: &str, format: Option<i64>) {
        if !MethodId::is_valid(id) {
            let name = id.to_string();
            self.problem(root, Rule::BadFileName { name });
        }
        let format = self.required(&root.key("format"), format);
        if let Some(format) = format
            && format != i64::from(FORMAT_VERSION)
        {
            self.problem(&root.key("format"), Rule::UnknownFormat { version: format });
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
        let source_ids = SourceIds::new(&sources);

        let main_title = match raw.main_route {
            Some(title) => self.text(&root.key("main_route"), title),
            None => {
                if !raw.other_routes.is_empty() {
                    self.problem(&root.key("main_route"), Rule::MainRouteUntitled);
                }
                None
            }
        };
        let main = self.route(&root, 0, id, main_title, place, raw.steps, &source_ids);
        let mut routes = vec![main];
        let others = root.key("other_routes");
        for (n, other) in raw.other_routes.into_iter().enumerate() {
            let path = others.index(n);
            let title = self.required_text(&path.key("title"), other.title);
            let place = match other.place {
                Some(name) => self.choice(&path.key("where"), Some(name)),
                None => place,
            };
            routes.push(self.route(&path, n + 1, id, title, place, other.steps, &source_ids));
        }
        let fallbacks = self.fallbacks(&root.key("fallbacks"), id, raw.fallbacks);
        let reviewed = self.date(&root.key("reviewed"), raw.reviewed, true);
        let stale_after_months = match raw.stale_after_months {
            None => Some(DEFAULT_STALE_AFTER_MONTHS),
            Some(months) => self.number(&root.key("stale_after_months"), months, 1, 120),
        };

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
            stale_after_months: stale_after_months?,
        })
    }

    /// One route through a guide, number `route` (0 for the main one): the steps under
    /// `path` (the guide itself, or another route).
    #[allow(clippy::too_many_arguments)]
    fn route(
        &mut self,
        path: &At<'_>,
        route: usize,
        own_id: &str,
        title: Option<Text>,
        place: Option<Place>,
        raw: Vec<RawStep>,
        source_ids: &SourceIds<'_>,
    ) -> Option<Route> {
        if raw.is_empty() {
            self.problem(&path.key("steps"), Rule::NoSteps);
        }
        let steps: Vec<Step> = raw
            .into_iter()
            .enumerate()
            .filter_map(|(step, raw)| {
                let at = path.key("steps");
                let at = at.index(step);
                self.step(&at, (route, step), own_id, raw, source_ids)
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
                self.problem(path, Rule::OutOfRange { value, min, max });
                None
            }
        }
    }

    fn choice<T: Named>(&mut self, path: &At<'_>, value: Option<String>) -> Option<T> {
        let value = self.required(path, value)?;
        if let Some(choice) = T::ALL.iter().find(|c| c.name() == value) {
            return Some(*choice);
        }
        let names = T::NAMES;
        let closest = self.suggestions.closest(&value, names);
        self.problem(
            path,
            Rule::NotOneOf {
                value,
                names,
                closest,
            },
        );
        None
    }

    fn required_text(&mut self, path: &At<'_>, raw: Option<RawText>) -> Option<Text> {
        let raw = self.required(path, raw)?;
        self.text(path, raw)
    }

    /// A text must exist, non-blank and safe to print, in every language.
    fn text(&mut self, path: &At<'_>, raw: RawText) -> Option<Text> {
        let ru = self.one_language(&path.key("ru"), Lang::Ru, raw.ru);
        let en = self.one_language(&path.key("en"), Lang::En, raw.en);
        Some(Text {
            ru: Cow::Owned(ru?),
            en: Cow::Owned(en?),
        })
    }

    fn one_language(&mut self, path: &At<'_>, lang: Lang, value: Option<String>) -> Option<String> {
        let Some(value) = value else {
            self.problem(path, Rule::MissingLanguage { lang });
            return None;
        };
        self.prose(path, value)
    }

    /// Text for people to read: a plain string with no address in it that leads outside
    /// the allowed hosts (see `addresses`).
    fn prose(&mut self, path: &At<'_>, value: String) -> Option<String> {
        let value = self.plain_string(path, value)?;
        if let Some(address) = foreign_address(&value, &self.sites) {
            let address = shortened(&address);
            self.problem(path, Rule::AddressInText { address });
            return None;
        }
        Some(value)
    }

    /// A non-blank string with nothing in it that could take over a terminal.
    fn plain_string(&mut self, path: &At<'_>, value: String) -> Option<String> {
        if value.trim().is_empty() {
            self.problem(path, Rule::EmptyText);
            return None;
        }
        if is_placeholder(&value) {
            self.problem(path, Rule::Placeholder);
            return None;
        }
        if let Some((at, character)) = unsafe_char(&value) {
            let position = at + 1;
            self.problem(
                path,
                Rule::UnsafeCharacter {
                    position,
                    character,
                },
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

    /// Step `place.1` of route `place.0`, at `path`.
    fn step(
        &mut self,
        path: &At<'_>,
        (route, step): (usize, usize),
        own_id: &str,
        raw: RawStep,
        source_ids: &SourceIds<'_>,
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
            if source_ids.set.contains(source.as_str()) {
                sources.push(Str::Owned(source));
            } else {
                let closest = self
                    .suggestions
                    .closest(&source, &source_ids.list)
                    .map(str::to_string);
                let id = source;
                self.problem(
                    &path.key("sources").index(n),
                    Rule::UnknownSource { id, closest },
                );
            }
        }
        let at = |index| NamedAt::StepMethod { route, step, index };
        let methods = self.method_ids(&path.key("methods"), own_id, raw.methods, at);
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
                Err(rule) => {
                    self.problem(&path.key("url"), rule);
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
            self.problem(path, Rule::NoSources);
        }
        let mut sources: Vec<Source> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for (n, raw) in raw.into_iter().enumerate() {
            let path = path.index(n);
            let id = self.required(&path.key("id"), raw.id).and_then(|id| {
                if !MethodId::is_valid(&id) {
                    self.problem(&path.key("id"), Rule::BadSourceId { id });
                    None
                } else if !seen.insert(id.clone()) {
                    self.problem(&path.key("id"), Rule::SourceIdTwice { id });
                    None
                } else {
                    Some(id)
                }
            });
            let title = self
                .required(&path.key("title"), raw.title)
                .and_then(|t| self.prose(&path.key("title"), t));
            let url = raw.url.and_then(|url| {
                let url = self.plain_string(&path.key("url"), url)?;
                match check_source_url(&url) {
                    Ok(()) => Some(url),
                    Err(rule) => {
                        self.problem(&path.key("url"), rule);
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
        let at = |index| NamedAt::Fallback { index };
        self.method_ids(path, own_id, raw, at)
    }

    /// A list of other methods' ids: well formed, not this guide's own, each once. Each is
    /// noted, with where it is (`at` its index), for the rules between guides.
    fn method_ids(
        &mut self,
        path: &At<'_>,
        own_id: &str,
        raw: Vec<String>,
        at: impl Fn(usize) -> NamedAt,
    ) -> List<MethodId> {
        let mut ids: Vec<MethodId> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for (n, id) in raw.into_iter().enumerate() {
            let path = path.index(n);
            if id == own_id {
                self.problem(&path, Rule::NamesItself);
            } else if !MethodId::is_valid(&id) {
                self.problem(&path, Rule::BadMethodId { id });
            } else if !seen.insert(id.clone()) {
                self.problem(&path, Rule::ListedTwice { id });
            } else {
                let id = MethodId(Cow::Owned(id));
                self.names.push((at(n), id.clone()));
                ids.push(id);
            }
        }
        List::Owned(ids)
    }

    /// A plain date, not after today. `required` says whether a missing date is a problem.
    fn date(&mut self, path: &At<'_>, value: Option<RawDate>, required: bool) -> Option<Date> {
        let value = if required {
            self.required(path, value)?
        } else {
            value?
        };
        match dates::raw_date(&value) {
            Ok(date) if date > self.today => {
                let today = self.today;
                self.problem(path, Rule::InTheFuture { date, today });
                None
            }
            Ok(date) => Some(date),
            Err(rule) => {
                self.problem(path, rule);
                None
            }
        }
    }
}

/// The sites of the sources whose addresses are well formed.
pub(crate) fn source_sites(sources: &[RawSource]) -> Sites {
    let hosts = sources
        .iter()
        .filter_map(|source| source.url.as_deref())
        .filter(|url| links::check_source_url(url).is_ok())
        .map(links::source_host);
    Sites::of(hosts)
}

/// The ids of a guide's sources: in order, to suggest one, and as a set, to look one up.
struct SourceIds<'s> {
    list: Vec<&'s str>,
    set: HashSet<&'s str>,
}

impl<'s> SourceIds<'s> {
    fn new(sources: &'s [Source]) -> SourceIds<'s> {
        let list: Vec<&str> = sources.iter().map(|s| s.id.as_ref()).collect();
        let set = list.iter().copied().collect();
        SourceIds { list, set }
    }
}

/// A value quoted in a message, cut short when it is long: a message is read, not copied.
pub(crate) fn shortened(value: &str) -> String {
    const MAX: usize = 80;
    match value.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

#[cfg(test)]
mod tests;
