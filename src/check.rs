//! `unlink-guide check`: every problem of every guide file, each at its place in the file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use guide_format::file::{guide_files, load_guide};
use guide_format::validate::check_references;
use guide_format::validate::path::{KeyPath, Segment};
use guide_format::{Date, Guide, LoadError, Problem, read_guide};
use toml::de::{DeArray, DeTable, DeValue};

use crate::error::Error;
use crate::guide::{Catalog, Folders};

/// What was checked and what was found.
#[derive(Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
    /// How many built-in guides were checked (they were validated when the program was
    /// built, and are checked again here with the folder guides, for the rules between
    /// guides).
    pub builtin: usize,
}

impl Report {
    pub fn problem_count(&self) -> usize {
        self.files.iter().map(|f| f.diagnostics.len()).sum()
    }
}

#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    /// The file's text, when it could be read, to quote the lines with problems.
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// One problem, placed in the file when it has a place.
#[derive(Debug)]
pub struct Diagnostic {
    pub problem: Found,
    /// Bytes of the file the problem is about.
    pub span: Option<Range<usize>>,
    /// 1-based line and column (in characters) of the start of `span`.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// What is wrong: with the file as a whole, or a rule broken at a key path in it.
#[derive(Debug)]
pub enum Found {
    File(LoadError),
    Rule(Problem),
}

/// Checks `paths` (files, or folders of `.toml` files); with none, the built-in guides and
/// every guide folder.
pub fn check(paths: &[PathBuf], folders: &Folders, today: Date) -> Result<Report, Error> {
    let mut report = Report::default();
    let files = if paths.is_empty() {
        report.builtin = Catalog::builtin().guides().len();
        let mut files = Vec::new();
        for entry in folders.files() {
            match entry {
                Ok(path) => files.push(path),
                Err((path, error)) => report.files.push(FileReport {
                    path,
                    text: None,
                    diagnostics: vec![unplaced(error, None)],
                }),
            }
        }
        files
    } else {
        named_files(paths)?
    };

    let mut guides: Vec<(usize, Guide)> = Vec::new();
    for path in files {
        let (file, guide) = check_file(path, today);
        if let Some(guide) = guide {
            guides.push((report.files.len(), guide));
        }
        report.files.push(file);
    }

    // The rules between guides are checked among the built-in guides with the checked ones
    // over them.
    let mut all: Vec<Guide> = Catalog::builtin()
        .guides()
        .iter()
        .filter(|builtin| guides.iter().all(|(_, g)| g.id != builtin.id))
        .cloned()
        .collect();
    all.extend(guides.iter().map(|(_, g)| g.clone()));
    let mut problems_by_file: BTreeMap<usize, Vec<Problem>> = BTreeMap::new();
    for (id, problem) in check_references(&all) {
        if let Some((n, _)) = guides.iter().find(|(_, g)| g.id == id) {
            problems_by_file.entry(*n).or_default().push(problem);
        }
    }
    for (n, problems) in problems_by_file {
        let file = &mut report.files[n];
        let diagnostics = locate(file.text.as_deref().unwrap_or_default(), problems);
        file.diagnostics.extend(diagnostics);
    }
    for file in &mut report.files {
        file.diagnostics
            .sort_by_key(|d| d.span.as_ref().map(|s| s.start));
    }
    Ok(report)
}

fn named_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(guide_files(path).map_err(|_| Error::NoSuchPath(path.clone()))?);
        } else if path.exists() || path.symlink_metadata().is_ok() {
            files.push(path.clone());
        } else {
            return Err(Error::NoSuchPath(path.clone()));
        }
    }
    Ok(files)
}

/// Reads and checks one file; the guide, when it is valid, for the checks between guides.
fn check_file(path: PathBuf, today: Date) -> (FileReport, Option<Guide>) {
    let (text, read) = load_guide(&path, today);
    let (guide, diagnostics) = diagnose(text.as_deref(), read);
    let file = FileReport {
        path,
        text,
        diagnostics,
    };
    (file, guide)
}

/// Checks the text of a guide file whose stem is `id`: the guide, when it is valid, and
/// what is wrong with it.
pub fn check_text(id: &str, text: &str, today: Date) -> (Option<Guide>, Vec<Diagnostic>) {
    diagnose(Some(text), read_guide(id, text, today))
}

/// The diagnostics of reading a file whose text is `text` (when it could be read).
fn diagnose(
    text: Option<&str>,
    read: Result<Guide, LoadError>,
) -> (Option<Guide>, Vec<Diagnostic>) {
    let text = text.unwrap_or_default();
    match read {
        Ok(guide) => (Some(guide), Vec::new()),
        Err(LoadError::Invalid(problems)) => (None, locate(text, problems)),
        Err(LoadError::Syntax(error)) => {
            let span = error.span();
            let (line, column) = span
                .as_ref()
                .map(|s| line_and_column(text, s.start))
                .unzip();
            let diagnostic = Diagnostic {
                problem: Found::File(LoadError::Syntax(error)),
                span,
                line,
                column,
            };
            (None, vec![diagnostic])
        }
        Err(error) => {
            let line = match error {
                LoadError::NotUtf8 { line } => Some(line),
                _ => None,
            };
            (None, vec![unplaced(error, line)])
        }
    }
}

/// A problem with the whole file, at a line when it has one.
fn unplaced(error: LoadError, line: Option<usize>) -> Diagnostic {
    Diagnostic {
        problem: Found::File(error),
        span: None,
        line,
        column: None,
    }
}

/// Places each problem in the file: the value (or, for an unknown key, the key) its path
/// leads to, or, for something missing, the table it is missing from. The text is parsed
/// once for all of them.
pub fn locate(text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let document = DeTable::parse(text).ok();
    problems
        .into_iter()
        .map(|problem| {
            let span = document
                .as_ref()
                .and_then(|document| span_of(document.get_ref(), &problem.path, problem.at_key));
            let (line, column) = span
                .as_ref()
                .map(|s| line_and_column(text, s.start))
                .unzip();
            Diagnostic {
                problem: Found::Rule(problem),
                span,
                line,
                column,
            }
        })
        .collect()
}

fn span_of(document: &DeTable<'_>, path: &KeyPath, at_key: bool) -> Option<Range<usize>> {
    enum Node<'d, 'i> {
        Table(&'d DeTable<'i>),
        Array(&'d DeArray<'i>),
        Leaf,
    }
    let mut node = Node::Table(document);
    let mut found = None;
    for (n, segment) in path.0.iter().enumerate() {
        let value = match (segment, node) {
            (Segment::Key(key), Node::Table(table)) => match table.get_key_value(key.as_ref()) {
                Some((key, _)) if at_key && n + 1 == path.0.len() => return Some(key.span()),
                Some((_, value)) => value,
                None => break,
            },
            (Segment::Index(index), Node::Array(array)) => match array.get(*index) {
                Some(value) => value,
                None => break,
            },
            _ => break,
        };
        if !value.span().is_empty() {
            found = Some(value.span());
        }
        node = match value.get_ref() {
            DeValue::Table(table) => Node::Table(table),
            DeValue::Array(array) => Node::Array(array),
            _ => Node::Leaf,
        };
    }
    found
}

/// 1-based line and character column of byte `offset`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[line_start..].chars().count() + 1)
}
