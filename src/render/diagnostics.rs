//! `check`'s report: for people, each problem under the line it is on, with a marker; for
//! editors and CI, JSON.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use super::{shown_path, visible, visible_source};
use guide_format::LoadError;
use guide_format::file::MAX_FILE_SIZE;

use crate::check::{Diagnostic, FileReport, Found, Report};

/// The version of `check --format json`.
pub const FORMAT_VERSION: u32 = 1;

pub fn text(report: &Report, color: bool) -> String {
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
            let message = message(&finding.problem);
            let message = visible(&message);
            let title = Level::ERROR.primary_title(message.as_ref());
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
    out.push_str(&summary(report));
    out.push('\n');
    out
}

fn summary(report: &Report) -> String {
    let files = report.files.len();
    let problems = report.problem_count();
    let with_problems = report
        .files
        .iter()
        .filter(|f| !f.diagnostics.is_empty())
        .count();
    let checked = match (files, report.builtin) {
        (files, 0) => plural(files, "file"),
        (0, builtin) => plural(builtin, "built-in guide"),
        (files, builtin) => format!(
            "{} and {}",
            plural(files, "file"),
            plural(builtin, "built-in guide")
        ),
    };
    if problems == 0 {
        format!("checked {checked}: no problems")
    } else {
        format!(
            "{} in {with_problems} of {checked}",
            plural(problems, "problem")
        )
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
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

pub fn json(report: &Report) -> String {
    let output = JsonReport {
        format_version: FORMAT_VERSION,
        problem_count: report.problem_count(),
        builtin_guides: report.builtin,
        files: report.files.iter().map(json_file).collect(),
    };
    let mut text = serde_json::to_string_pretty(&output).expect("these types always serialize");
    text.push('\n');
    text
}

fn json_file(file: &FileReport) -> JsonFile {
    JsonFile {
        path: file.path.to_string_lossy().into_owned(),
        problems: file.diagnostics.iter().map(json_problem).collect(),
    }
}

fn json_problem(finding: &Diagnostic) -> JsonProblem {
    JsonProblem {
        message: message(&finding.problem),
        line: finding.line,
        column: finding.column,
        start: finding.span.as_ref().map(|s| s.start),
        end: finding.span.as_ref().map(|s| s.end),
    }
}

/// What a diagnostic says.
fn message(found: &Found) -> String {
    match found {
        Found::Rule(problem) if problem.path.0.is_empty() => problem.message.clone(),
        Found::Rule(problem) => format!("{}: {}", problem.path, problem.message),
        Found::File(error) => match error {
            LoadError::NotFound => "no such file or folder".to_string(),
            LoadError::NotAFile => "not a regular file".to_string(),
            LoadError::NotAFolder => "not a folder".to_string(),
            LoadError::Unreadable(e) => format!("cannot be read: {e}"),
            LoadError::TooLarge(size) => format!(
                "the file is {size} bytes, over the limit of {MAX_FILE_SIZE} for a guide; it was not read"
            ),
            LoadError::NotUtf8 { .. } => "the file is not UTF-8 text".to_string(),
            LoadError::BadName => "the file name is not UTF-8".to_string(),
            LoadError::Syntax(error) => error.message().to_string(),
            LoadError::Invalid(_) => "the guide is not valid".to_string(),
        },
    }
}
