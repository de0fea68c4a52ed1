//! `check`'s report: for people, each problem under the line it is on, with a marker; for
//! editors and CI, JSON.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use super::{shown_path, visible, visible_source};
use guide_format::Lang;

use crate::check::{Diagnostic, FileReport, Found, Report};
use crate::i18n::{messages, problems};

/// The version of `check --format json`.
pub const FORMAT_VERSION: u32 = 1;

pub fn text(report: &Report, color: bool, lang: Lang) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for file in &report.files {
        let path = shown_path(&file.path);
        let source = file.text.as_deref().map(visible_source);
        for finding in &file.diagnostics {
            let message = message(&finding.problem, lang);
            let message = visible(&message);
            let error = Level::ERROR.with_name(messages::words(lang).error);
            let title = error.primary_title(message.as_ref());
            let group = match (&source, &finding.span) {
                (Some((text, map)), Some(span)) => {
                    let span = map(span.start)..map(span.end);
                    title.element(
                        Snippet::source(text.as_str())
                            .path(path.as_str())
                            .annotation(AnnotationKind::Primary.span(span)),
                    )
                }
                _ => {
                    let mut origin = Origin::path(path.as_str());
                    if let Some(line) = finding.line {
                        origin = origin.line(line);
                    }
                    Group::with_title(title).element(origin)
                }
            };
            out.push_str(&renderer.render(&[group]));
            out.push_str("\n\n");
        }
    }
    out.push_str(&summary(report, lang));
    out.push('\n');
    out
}

fn summary(report: &Report, lang: Lang) -> String {
    let with_problems = report
        .files
        .iter()
        .filter(|f| !f.diagnostics.is_empty())
        .count();
    messages::check_summary(
        report.files.len(),
        report.builtin,
        report.problem_count(),
        with_problems,
        lang,
    )
}

#[derive(Serialize)]
struct JsonReport {
    format_version: u32,
    problem_count: usize,
    builtin_guides: usize,
    files: Vec<JsonFile>,
}

#[derive(Serialize)]
struct JsonFile {
    path: String,
    problems: Vec<JsonProblem>,
}

#[derive(Serialize)]
struct JsonProblem {
    message: String,
    line: Option<usize>,
    column: Option<usize>,
    /// Byte offsets in the file, end exclusive.
    start: Option<usize>,
    end: Option<usize>,
}

pub fn json(report: &Report, lang: Lang) -> String {
    let output = JsonReport {
        format_version: FORMAT_VERSION,
        problem_count: report.problem_count(),
        builtin_guides: report.builtin,
        files: report.files.iter().map(|f| json_file(f, lang)).collect(),
    };
    let mut text = serde_json::to_string_pretty(&output).expect("these types always serialize");
    text.push('\n');
    text
}

fn json_file(file: &FileReport, lang: Lang) -> JsonFile {
    JsonFile {
        path: file.path.to_string_lossy().into_owned(),
        problems: file
            .diagnostics
            .iter()
            .map(|d| json_problem(d, lang))
            .collect(),
    }
}

fn json_problem(finding: &Diagnostic, lang: Lang) -> JsonProblem {
    JsonProblem {
        message: message(&finding.problem, lang),
        line: finding.line,
        column: finding.column,
        start: finding.span.as_ref().map(|s| s.start),
        end: finding.span.as_ref().map(|s| s.end),
    }
}

/// What a diagnostic says.
fn message(found: &Found, lang: Lang) -> String {
    match found {
        Found::Rule(problem) => problems::describe(problem, lang),
        Found::File(error) => messages::load_error(error, lang),
    }
}
