//! Guides as JSON for programs: `list --json` and `show --json`.
//!
//! These types are the documented output format (docs/json-output.md). They are separate
//! from the guide model so that the model can change without breaking anyone's script; any
//! change here that is not an added field raises `FORMAT_VERSION`.

use serde::Serialize;

use super::page::{all_sources, refund_caution};
use super::sanitize::{Medium, sanitize};
use guide_format::model::{MethodId, Named, Route};
use guide_format::{Date, Guide, Lang};

use crate::guide::Catalog;

/// The version of the JSON output format.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct ListOutput<'g> {
    pub format_version: u32,
    pub lang: &'static str,
    pub methods: Vec<MethodSummary<'g>>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct MethodSummary<'g> {
    pub id: &'g str,
    pub kind: &'static str,
    pub title: &'g str,
    pub summary: &'g str,
    /// Where the main way is done.
    #[serde(rename = "where")]
    pub place: &'static str,
    /// Where each of its ways is done.
    pub places: Vec<&'static str>,
    pub minutes: u16,
    pub difficulty: &'static str,
    pub may_be_outdated: bool,
    pub outdated_reason: Option<&'g str>,
    pub unverified: bool,
    pub unverified_reason: Option<&'g str>,
    /// `"built-in"`, or the file the guide was read from.
    pub source: String,
    /// When the guide was last checked against its sources (YYYY-MM-DD).
    pub reviewed: String,
    /// Whole months from `reviewed` to today.
    pub months_since_review: u32,
    /// Whether that is longer than the guide is trusted for without a new check (a year,
    /// unless the guide says otherwise): then the tool says when it was last checked.
    pub stale: bool,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct ShowOutput<'g> {
    pub format_version: u32,
    pub lang: &'static str,
    pub method: Method<'g>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Method<'g> {
    #[serde(flatten)]
    pub summary: MethodSummary<'g>,
    pub needs: Vec<&'g str>,
    pub warnings: Vec<&'g str>,
    /// The steps of the main way (the first of `routes`).
    pub steps: Vec<StepOutput<'g>>,
    pub routes: Vec<RouteOutput<'g>>,
    pub troubleshooting: Vec<&'g str>,
    pub fallbacks: Vec<Fallback<'g>>,
    pub sources: Vec<SourceOutput<'g>>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct StepOutput<'g> {
    pub number: usize,
    pub text: &'g str,
    pub labels: Vec<&'g str>,
    pub links: Vec<LinkOutput<'g>>,
    pub expect: Option<&'g str>,
    pub tip: Option<&'g str>,
    pub sources: Vec<&'g str>,
    /// Whether this step deletes a card.
    pub deletes: bool,
    /// The caution about refunds shown before a step that deletes a card.
    pub caution: Option<Vec<&'g str>>,
    /// Other methods that carry out this step.
    pub methods: Vec<Fallback<'g>>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct RouteOutput<'g> {
    pub title: Option<&'g str>,
    #[serde(rename = "where")]
    pub place: &'static str,
    pub steps: Vec<StepOutput<'g>>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct LinkOutput<'g> {
    pub url: &'g str,
    pub host: &'g str,
    pub label: &'g str,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Fallback<'g> {
    pub id: &'g str,
    pub title: Option<&'g str>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct SourceOutput<'g> {
    pub id: &'g str,
    pub title: &'g str,
    pub url: Option<&'g str>,
    pub published: Option<String>,
    pub note: Option<&'g str>,
}

pub fn list(catalog: &Catalog, lang: Lang, today: Date) -> String {
    let output = ListOutput {
        format_version: FORMAT_VERSION,
        lang: lang.code(),
        methods: catalog
            .guides()
            .iter()
            .map(|g| summary(g, catalog, lang, today))
            .collect(),
    };
    to_string(&output)
}

pub fn show(guide: &Guide, catalog: &Catalog, lang: Lang, today: Date) -> String {
    let sources = all_sources(guide);
    let caution: Option<Vec<&str>> =
        refund_caution(guide).map(|topic| topic.paragraphs.iter().map(|t| t.get(lang)).collect());
    let method = Method {
        summary: summary(guide, catalog, lang, today),
        needs: guide.needs.iter().map(|t| t.get(lang)).collect(),
        warnings: guide.warnings.iter().map(|t| t.get(lang)).collect(),
        steps: guide
            .routes
            .first()
            .map(|route| steps(route, catalog, &caution, lang))
            .unwrap_or_default(),
        routes: guide
            .routes
            .iter()
            .map(|route| RouteOutput {
                title: route.title.as_ref().map(|t| t.get(lang)),
                place: route.place.name(),
                steps: steps(route, catalog, &caution, lang),
            })
            .collect(),
        troubleshooting: guide.troubleshooting.iter().map(|t| t.get(lang)).collect(),
        fallbacks: guide
            .fallbacks
            .iter()
            .map(|id| method_ref(id, catalog, lang))
            .collect(),
        sources: sources
            .iter()
            .map(|s| SourceOutput {
                id: &s.id,
                title: &s.title,
                url: s.url.as_deref(),
                published: s.published.map(|d| d.to_string()),
                note: s.note.as_ref().map(|t| t.get(lang)),
            })
            .collect(),
    };
    to_string(&ShowOutput {
        format_version: FORMAT_VERSION,
        lang: lang.code(),
        method,
    })
}

fn method_ref<'g>(id: &'g MethodId, catalog: &'g Catalog, lang: Lang) -> Fallback<'g> {
    Fallback {
        id: id.as_str(),
        title: catalog.get(id.as_str()).map(|g| g.title.get(lang)),
    }
}

fn steps<'g>(
    route: &'g Route,
    catalog: &'g Catalog,
    caution: &Option<Vec<&'g str>>,
    lang: Lang,
) -> Vec<StepOutput<'g>> {
    route
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| StepOutput {
            number: n + 1,
            text: step.text.get(lang),
            labels: step.labels.iter().map(|t| t.get(lang)).collect(),
            links: step
                .links
                .iter()
                .map(|link| LinkOutput {
                    url: link.url.as_str(),
                    host: link.url.host(),
                    label: link.label.get(lang),
                })
                .collect(),
            expect: step.expect.as_ref().map(|t| t.get(lang)),
            tip: step.tip.as_ref().map(|t| t.get(lang)),
            sources: step.sources.iter().map(|s| s.as_ref()).collect(),
            deletes: step.deletes,
            caution: caution.clone().filter(|_| step.deletes),
            methods: step
                .methods
                .iter()
                .map(|id| method_ref(id, catalog, lang))
                .collect(),
        })
        .collect()
}

fn summary<'g>(guide: &'g Guide, catalog: &Catalog, lang: Lang, today: Date) -> MethodSummary<'g> {
    MethodSummary {
        id: guide.id.as_str(),
        kind: guide.kind.name(),
        title: guide.title.get(lang),
        summary: guide.summary.get(lang),
        place: guide.routes.first().map_or("", |r| r.place.name()),
        places: guide.places().into_iter().map(|p| p.name()).collect(),
        minutes: guide.minutes,
        difficulty: guide.difficulty.name(),
        may_be_outdated: guide.outdated.is_some(),
        outdated_reason: guide.outdated.as_ref().map(|t| t.get(lang)),
        unverified: guide.unverified.is_some(),
        unverified_reason: guide.unverified.as_ref().map(|t| t.get(lang)),
        source: catalog.origin(guide.id.as_str()).map_or_else(
            || "built-in".to_string(),
            |p| p.to_string_lossy().into_owned(),
        ),
        reviewed: guide.reviewed.to_string(),
        months_since_review: guide.reviewed.months_until(today),
        stale: guide.stale(today).is_some(),
    }
}

/// The JSON text of `value`, with any unsafe character in it escaped (see `sanitize`): a
/// folder guide's path is not validated, and a program may print the JSON as it is.
pub fn to_string(value: &impl Serialize) -> String {
    let text = serde_json::to_string_pretty(value).expect("these types always serialize");
    let mut text = sanitize(&text, Medium::Json).into_owned();
    text.push('\n');
    text
}

#[cfg(test)]
mod schema_tests {
    use super::*;

    /// `docs/json-output/*.schema.json` are what the types say; UPDATE_SCHEMA=1 rewrites them.
    #[test]
    fn the_committed_output_schemas_are_the_generated_ones() {
        let schemas = [
            ("list", schemars::schema_for!(ListOutput<'static>)),
            ("show", schemars::schema_for!(ShowOutput<'static>)),
        ];
        for (name, schema) in schemas {
            let mut generated = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
            generated.push('\n');
            let file = format!(
                "{}/docs/json-output/{name}.schema.json",
                env!("CARGO_MANIFEST_DIR")
            );
            if std::env::var_os("UPDATE_SCHEMA").is_some() {
                std::fs::write(&file, &generated).expect("docs/json-output/ is writable");
            }
            let committed = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                committed == generated,
                "{file} is out of date: run UPDATE_SCHEMA=1 cargo test"
            );
        }
    }
}
