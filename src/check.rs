//! `unlink-guide check`: every problem of every guide file, each at its place in the file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use guide_format::file::{self, guide_files};
use guide_format::path::{KeyPath, LineIndex, Segment};
use guide_format::validate::{Names, check_references};
use guide_format::{Date, Guide, LoadError, Problem, read_guide_and_names};
use toml::de::{DeArray, DeTable, DeValue};

use crate::error::Error;
use crate::guide::{Catalog, Folders, Listed, on_every_core};

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
    pub(crate) fn problem_count(&self) -> usize {
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
    pub(crate) problem: Found,
    /// Bytes of the file the problem is about.
    pub span: Option<Range<usize>>,
    /// 1-based line and column (in characters) of the start of `span`.
    pub(crate) line: Option<usize>,
    pub(crate) column: Option<usize>,
}

/// What is wrong: with the file as a whole, or a rule broken at a key path in it.
#[derive(Debug)]
pub(crate) enum Found {
    File(LoadError),
    Rule(Problem),
}

/// Checks `paths` (files, or folders of `.toml` files); with none, the built-in guides and
/// every guide folder.
pub(crate) fn check(paths: &[PathBuf], folders: &Folders, today: Date) -> Result<Report, Error> {
    let mut report = Report::default();
    let builtin = Catalog::builtin();
    let entries = if paths.is_empty() {
        report.builtin = builtin.guides().len();
        folders.files()
    } else {
        named_files(paths)?
    };

    // The rules between guides are checked among the built-in guides with the checked ones
    // over them; a checked guide that breaks other rules still names methods, and each of
    // those must exist too.
    let mut names: Vec<Names> = builtin.guides().iter().map(Names::of).collect();
    let builtin_count = names.len();
    // The file each checked guide's names come from.
    let mut file_of = Vec::new();
    let paths: Vec<&PathBuf> = entries.iter().filter_map(|e| e.as_ref().ok()).collect();
    let mut checked = on_every_core(&paths, |path| check_file(path, today)).into_iter();
    for entry in entries {
        match entry {
            Ok(_) => {
                let (file, guide_names) = checked.next().expect("a report for every file");
                // A file that could not be read is no guide at all, and names nothing.
                names.push(guide_names.unwrap_or_default());
                file_of.push(report.files.len());
                report.files.push(file);
            }
            Err((path, error)) => report.files.push(FileReport {
                path,
                text: None,
                diagnostics: vec![unplaced(error, None)],
            }),
        }
    }
    let mut problems_by_file: BTreeMap<usize, Vec<Problem>> = BTreeMap::new();
    for (n, problem) in check_references(&names) {
        if let Some(checked) = n.checked_sub(builtin_count) {
            problems_by_file
                .entry(file_of[checked])
                .or_default()
                .push(problem);
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

/// The files `paths` name: each file, and the guide files of each folder, with each folder
/// that cannot be listed in its place. Only a path where nothing is at all is an error.
fn named_files(paths: &[PathBuf]) -> Result<Vec<Listed>, Error> {
    let mut files = Vec::new();
    for path in paths {
        match path.symlink_metadata() {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::NoSuchPath(path.clone()));
            }
            Err(e) => files.push(Err((path.clone(), LoadError::Unreadable(e)))),
            Ok(_) if path.is_dir() => match guide_files(path) {
                Ok(found) => files.extend(found.into_iter().map(Ok)),
                Err(error) => files.push(Err((path.clone(), error))),
            },
            Ok(_) => files.push(Ok(path.clone())),
        }
    }
    Ok(files)
}

/// Reads and checks one file; the methods it names, when it could be read, for the checks
/// between guides.
fn check_file(path: &Path, today: Date) -> (FileReport, Option<Names>) {
    let (text, read) = file::load(path, |id, text| Ok(read_guide_and_names(id, text, today)));
    let (read, names) = match read {
        Ok((read, names)) => (read, Some(names)),
        Err(error) => (Err(error), None),
    };
    let (_, diagnostics) = diagnose(text.as_deref(), read);
    let file = FileReport {
        path: path.to_path_buf(),
        text,
        diagnostics,
    };
    (file, names)
}

/// Checks the text of a guide file whose stem is `id`: the guide, when it is valid, and
/// what is wrong with it.
pub fn check_text(id: &str, text: &str, today: Date) -> (Option<Guide>, Vec<Diagnostic>) {
    diagnose(Some(text), read_guide_and_names(id, text, today).0)
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
                .map(|s| LineIndex::new(text).position(s.start))
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
pub(crate) fn locate(text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let document = DeTable::parse(text).ok();
    let spans: Vec<Option<Range<usize>>> = problems
        .iter()
        .map(|problem| {
            problem.span.clone().or_else(|| {
                let document = document.as_ref()?;
                span_of(document.get_ref(), &problem.path, problem.at_key)
            })
        })
        .collect();
    let starts: Vec<usize> = spans.iter().flatten().map(|span| span.start).collect();
    let mut places = LineIndex::new(text).positions(&starts).into_iter();
    problems
        .into_iter()
        .zip(spans)
        .map(|(problem, span)| {
            let (line, column) = match span {
                Some(_) => places.next().unzip(),
                None => (None, None),
            };
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
