//! `unlink-guide check`: every problem of every guide file, each at its place in the file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeArray, DeTable, DeValue};

use crate::guide::library::{
    FolderKind, Folders, Issue, MAX_FILE_SIZE, guide_files, id_of, read_text,
};
use crate::guide::validate::{KeyPath, Problem, Segment, check_references};
use crate::guide::{Catalog, Date, Guide, ReadError, read_guide};

/// What was checked and what was found.
#[derive(Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
    /// How many built-in guides were checked (they were validated when the program was
    /// built, and are checked again here against today's date and the folder guides).
    pub builtin: usize,
}

impl Report {
    pub fn problem_count(&self) -> usize {
        self.files.iter().map(|f| f.findings.len()).sum()
    }
}

#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    /// The file's text, when it could be read, to quote the lines with problems.
    pub text: Option<String>,
    pub findings: Vec<Finding>,
}

/// One problem, placed in the file when it has a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub message: String,
    /// Bytes of the file the problem is about.
    pub span: Option<Range<usize>>,
    /// 1-based line and column (in characters) of the start of `span`.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// What to check: the named files and folders.
#[derive(Debug)]
pub enum CheckError {
    /// A named path does not exist or cannot be listed: a usage error.
    NoSuchPath(PathBuf),
}

/// Checks `paths` (files, or folders of `.toml` files); with none, the built-in guides and
/// every guide folder.
pub fn check(paths: &[PathBuf], folders: &Folders, today: Date) -> Result<Report, CheckError> {
    let mut report = Report::default();
    let files = if paths.is_empty() {
        report.builtin = Catalog::builtin().guides().len();
        folder_files(folders, &mut report)
    } else {
        named_files(paths)?
    };

    let mut guides: Vec<(usize, Guide)> = Vec::new();
    for path in files {
        let (file, guide) = check_file(&path, today);
        if let Some(guide) = guide {
            guides.push((report.files.len(), guide));
        }
        report.files.push(file);
    }

    // Fallbacks are checked among the built-in guides with the checked ones over them.
    let mut catalog = Catalog::builtin();
    for (_, guide) in &guides {
        catalog.insert(guide.clone(), Some(PathBuf::new()));
    }
    let mut problems_by_file: BTreeMap<usize, Vec<Problem>> = BTreeMap::new();
    for (id, problem) in check_references(catalog.guides()) {
        if let Some((n, _)) = guides.iter().find(|(_, g)| g.id == id) {
            problems_by_file.entry(*n).or_default().push(problem);
        }
    }
    for (n, problems) in problems_by_file {
        let file = &mut report.files[n];
        let findings = locate(file.text.as_deref().unwrap_or_default(), &problems);
        file.findings.extend(findings);
    }
    for file in &mut report.files {
        file.findings
            .sort_by_key(|f| f.span.as_ref().map(|s| s.start));
    }
    Ok(report)
}

/// The files of every guide folder; a folder that cannot be listed is a finding of its own.
fn folder_files(folders: &Folders, report: &mut Report) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in &folders.0 {
        match guide_files(&folder.path) {
            Ok(found) => files.extend(found),
            Err(Issue::NoFolder) if folder.kind == FolderKind::UserData => {}
            Err(issue) => report.files.push(FileReport {
                path: folder.path.clone(),
                text: None,
                findings: vec![unplaced(issue_message(&issue))],
            }),
        }
    }
    files
}

fn named_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CheckError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(guide_files(path).map_err(|_| CheckError::NoSuchPath(path.clone()))?);
        } else if path.exists() || path.symlink_metadata().is_ok() {
            files.push(path.clone());
        } else {
            return Err(CheckError::NoSuchPath(path.clone()));
        }
    }
    Ok(files)
}

/// Reads and checks one file; the guide, when it is valid, for the checks between guides.
fn check_file(path: &Path, today: Date) -> (FileReport, Option<Guide>) {
    let mut file = FileReport {
        path: path.to_path_buf(),
        text: None,
        findings: Vec::new(),
    };
    let Some(id) = id_of(path) else {
        file.findings
            .push(unplaced("the file name is not UTF-8".to_string()));
        return (file, None);
    };
    let text = match read_text(path) {
        Ok(text) => text,
        Err(issue) => {
            let mut finding = unplaced(issue_message(&issue));
            if let Issue::NotUtf8 { line } = issue {
                finding.line = Some(line);
            }
            file.findings.push(finding);
            return (file, None);
        }
    };
    let guide = check_text(id, &text, today, &mut file.findings);
    file.text = Some(text);
    (file, guide)
}

/// Checks the text of a guide file whose stem is `id`, adding what is wrong to `findings`;
/// the guide, when it is valid.
pub fn check_text(id: &str, text: &str, today: Date, findings: &mut Vec<Finding>) -> Option<Guide> {
    match read_guide(id, text, today) {
        Ok(guide) => Some(guide),
        Err(ReadError::Toml(error)) => {
            let span = error.span();
            let (line, column) = span
                .as_ref()
                .map(|s| line_and_column(text, s.start))
                .unzip();
            findings.push(Finding {
                message: error.message().to_string(),
                span,
                line,
                column,
            });
            None
        }
        Err(ReadError::Invalid(problems)) => {
            findings.extend(locate(text, &problems));
            None
        }
    }
}

/// A finding about the whole file.
fn unplaced(message: String) -> Finding {
    Finding {
        message,
        span: None,
        line: None,
        column: None,
    }
}

/// The words for a file issue, as `check` lists it.
fn issue_message(issue: &Issue) -> String {
    match issue {
        Issue::NoFolder => "no such folder".to_string(),
        Issue::Unreadable(e) => format!("cannot be read: {e}"),
        Issue::TooLarge(size) => format!(
            "the file is {size} bytes, over the limit of {MAX_FILE_SIZE} for a guide; it was not read"
        ),
        Issue::NotUtf8 { .. } => "the file is not UTF-8 text".to_string(),
        Issue::BadName => "the file name is not UTF-8".to_string(),
        Issue::Invalid(_) | Issue::BadFallbacks(_) => "the guide is not valid".to_string(),
    }
}

/// Places each problem in the file: the value (or, for an unknown key, the key) its path
/// leads to, or, for something missing, the table it is missing from. The text is parsed
/// once for all of them.
pub fn locate(text: &str, problems: &[Problem]) -> Vec<Finding> {
    let document = DeTable::parse(text).ok();
    problems
        .iter()
        .map(|problem| {
            let span = document
                .as_ref()
                .and_then(|document| span_of(document.get_ref(), &problem.path, problem.at_key));
            let (line, column) = span
                .as_ref()
                .map(|s| line_and_column(text, s.start))
                .unzip();
            let message = if problem.path.0.is_empty() {
                problem.message.clone()
            } else {
                format!("{}: {}", problem.path, problem.message)
            };
            Finding {
                message,
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
