//! `check`'s report: for people, each problem under the line it is on, with a marker; for
//! editors and CI, JSON.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::sanitize::{shown_path, visible, visible_source};
use guide_format::Lang;
use guide_format::path::{LineIndex, floor_char_boundary};

use crate::check::{Diagnostic, FileReport, Found, Report};
use crate::i18n::{messages, problems};

/// The version of `check --format json`.
pub(crate) const FORMAT_VERSION: u32 = 1;

/// How much of a line is quoted around a problem, in characters: a guide can be one line of
/// a megabyte with a problem every few bytes, and each is quoted with its surroundings only.
/// A line of up to `LONGEST_LINE` characters is quoted whole.
const LONGEST_LINE: usize = 120;
const BEFORE: usize = 40;
const LONGEST_MARK: usize = 80;
const AFTER: usize = 20;

/// How many problems of one file are quoted.
const MAX_QUOTED: usize = 200;

pub fn text(report: &Report, color: bool, lang: Lang) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for file in &report.files {
        let path = shown_path(&file.path);
        let lines = file.text.as_deref().map(LineIndex::new);
        for (n, finding) in file.diagnostics.iter().enumerate() {
            let message = message(&finding.problem, lang);
            let message = visible(&message);
            let error = Level::ERROR.with_name(crate::i18n::words(lang).error);
            let title = error.primary_title(message.as_ref());
            // Past the first problems of a file, each is said with its place only: no one
            // reads thousands of quotes, and quoting is most of the work.
            let quoted = n < MAX_QUOTED;
            let text = file.text.as_ref().filter(|_| quoted);
            let place = (text, &lines, &finding.span, finding.line);
            let rendered = match place {
                (Some(text), Some(lines), Some(span), Some(line)) => {
                    let (quoted, marked, cut) = excerpt(text, lines.line(line), span.clone());
                    let snippet = Snippet::source(quoted)
                        .line_start(line)
                        .annotation(AnnotationKind::Primary.span(marked));
                    if cut {
                        // The column counted in a cut line would be wrong: the place is
                        // said first, the quote after it.
                        let origin = origin(&path, Some(line), finding.column);
                        let place = renderer.render(&[Group::with_title(title).element(origin)]);
                        let quote = Group::with_level(Level::ERROR).element(snippet);
                        // Alone, the place is not indented as beside a quoted line: it is, by
                        // the width of the line number, as annotate-snippets does.
                        let indent = " ".repeat(line.to_string().len());
                        let place = place.replacen('\n', &format!("\n{indent}"), 1);
                        place + "\n" + &renderer.render(&[quote])
                    } else {
                        renderer.render(&[title.element(snippet.path(path.as_str()))])
                    }
                }
                _ => {
                    let column = finding.column.filter(|_| finding.span.is_some());
                    let origin = origin(&path, finding.line, column);
                    renderer.render(&[Group::with_title(title).element(origin)])
                }
            };
            out.push_str(&rendered);
            out.push_str("\n\n");
        }
    }
    out.push_str(&summary(report, lang));
    out.push('\n');
    out
}

fn origin<'a>(path: &'a str, line: Option<usize>, column: Option<usize>) -> Origin<'a> {
    let mut origin = Origin::path(path);
    if let Some(line) = line {
        origin = origin.line(line);
        if let Some(column) = column {
            origin = origin.char_column(column);
        }
    }
    origin
}

/// The part of the line at bytes `line` around `span` to quote, made safe to print, where
/// the span is in it, and whether the line was cut before the span. A long line is cut, and
/// the cut marked with "…".
fn excerpt(text: &str, line: Range<usize>, span: Range<usize>) -> (String, Range<usize>, bool) {
    let (line_start, line_end) = (line.start, line.end);
    let start = span.start.clamp(line_start, line_end);
    let start = floor_char_boundary(text, start);
    // At most BEFORE characters before the mark, LONGEST_MARK of it and AFTER after it.
    let back = |from: usize, count: usize, limit: usize| {
        text[limit..from]
            .char_indices()
            .rev()
            .nth(count.saturating_sub(1))
            .map_or(limit, |(at, _)| limit + at)
    };
    let forward = |from: usize, count: usize, limit: usize| {
        text[from..limit]
            .char_indices()
            .nth(count)
            .map_or(limit, |(at, _)| from + at)
    };
    let whole = text[line_start..line_end]
        .chars()
        .nth(LONGEST_LINE)
        .is_none();
    let (quote_start, end, quote_end) = if whole {
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        (line_start, end, line_end)
    } else {
        let end = forward(start, LONGEST_MARK, line_end).min(span.end.max(start));
        let end = floor_char_boundary(text, end);
        (
            back(start, BEFORE, line_start),
            end,
            forward(end, AFTER, line_end),
        )
    };

    let mut quoted = String::new();
    if quote_start > line_start {
        quoted.push('…');
    }
    let offset = quoted.len();
    let (shown, map) = visible_source(&text[quote_start..quote_end]);
    quoted.push_str(&shown);
    if quote_end < line_end {
        quoted.push('…');
    }
    let marked = offset + map(start - quote_start)..offset + map(end - quote_start);
    (quoted, marked, quote_start > line_start)
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

// These types are the documented format of `check --format json`: their JSON Schema,
// generated by a test, is docs/json-output/check.schema.json.

/// `unlink-guide check --format json`: every problem of every guide file checked.
#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(title = "CheckOutput"))]
struct JsonReport {
    #[cfg_attr(test, schemars(extend("const" = FORMAT_VERSION)))]
    format_version: u32,
    /// How many problems were found, in all files.
    problem_count: usize,
    /// How many built-in guides were checked with the files.
    builtin_guides: usize,
    /// Every file checked, in the order checked, each with its problems (maybe none).
    files: Vec<JsonFile>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(rename = "CheckedFile"))]
struct JsonFile {
    /// The file, as it was named or found.
    path: String,
    problems: Vec<JsonProblem>,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(rename = "Problem"))]
struct JsonProblem {
    /// What is wrong, in the language of `--lang`: the key path, then the rule broken.
    #[cfg_attr(test, schemars(length(min = 1)))]
    message: String,
    /// Where the problem starts: line and column (in characters), from 1; null for a
    /// problem with the file as a whole.
    #[cfg_attr(test, schemars(range(min = 1)))]
    line: Option<usize>,
    #[cfg_attr(test, schemars(range(min = 1)))]
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
    super::json::to_string(&output)
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

#[cfg(test)]
mod schema_tests {
    use super::*;

    /// `docs/json-output/check.schema.json` is what the types say; UPDATE_SCHEMA=1 rewrites it.
    #[test]
    fn the_committed_check_schema_is_the_generated_one() {
        crate::render::schema::assert_committed("check", schemars::schema_for!(JsonReport));
    }
}
