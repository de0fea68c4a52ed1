//! Guide folders: where users keep their own guides, and reading the guides in them.
//!
//! A folder guide with a built-in guide's id replaces it; among folders, a later one wins.
//! A guide file that cannot be used is skipped with a one-line reason, and the rest keep
//! working: a stale or broken guide must never stop someone from removing their card.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::model::{Date, Guide};
use super::read::{ReadError, read_guide};
use super::{Catalog, validate};

/// A guide file larger than this is refused unread: no honest guide comes close.
pub const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// Why a folder is searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderKind {
    /// The user's data folder; usually absent, which is fine.
    UserData,
    /// `UNLINK_GUIDE_DIR`.
    Environment,
    /// `--guides-dir`.
    CommandLine,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideFolder {
    pub path: PathBuf,
    pub kind: FolderKind,
}

/// The folders to search, in order: a guide in a later folder replaces one with the same id
/// in an earlier folder or built in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folders(pub Vec<GuideFolder>);

impl Folders {
    /// The folders from the user's data folder, `UNLINK_GUIDE_DIR` (a list, like `PATH`)
    /// and `--guides-dir`, in that order.
    pub fn new(
        data_dir: Option<PathBuf>,
        env: Option<std::ffi::OsString>,
        flags: Vec<PathBuf>,
    ) -> Folders {
        let mut folders = Vec::new();
        if let Some(data_dir) = data_dir {
            folders.push(GuideFolder {
                path: data_dir.join("unlink-guide").join("guides"),
                kind: FolderKind::UserData,
            });
        }
        if let Some(env) = env {
            folders.extend(
                std::env::split_paths(&env)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(|path| GuideFolder {
                        path,
                        kind: FolderKind::Environment,
                    }),
            );
        }
        folders.extend(flags.into_iter().map(|path| GuideFolder {
            path,
            kind: FolderKind::CommandLine,
        }));
        Folders(folders)
    }

    /// The user's own folder, where `new` writes.
    pub fn user_data(&self) -> Option<&Path> {
        self.0
            .iter()
            .find(|f| f.kind == FolderKind::UserData)
            .map(|f| f.path.as_path())
    }
}

/// Something wrong with a guide file or folder: the file is skipped (for a bad fallback, only
/// reported).
#[derive(Debug)]
pub struct FileIssue {
    pub path: PathBuf,
    pub issue: Issue,
}

#[derive(Debug)]
pub enum Issue {
    /// A folder the user named does not exist.
    NoFolder,
    /// The file or folder cannot be read: permissions, a symlink loop, a device...
    Unreadable(io::Error),
    /// Larger than `MAX_FILE_SIZE`; not read at all.
    TooLarge(u64),
    /// Not UTF-8 text; `line` is where the first bad byte is.
    NotUtf8 { line: usize },
    /// The file name is not a usable id (not UTF-8).
    BadName,
    /// Not a valid guide: this many problems, which `check` shows.
    Invalid(usize),
    /// Its fallbacks name a missing method or lead back to it.
    BadFallbacks(usize),
}

/// Reads a guide file's text: refuses one over `MAX_FILE_SIZE` without reading it, and one
/// that is not UTF-8.
pub fn read_text(path: &Path) -> Result<String, Issue> {
    let mut file = fs::File::open(path).map_err(Issue::Unreadable)?;
    let size = file.metadata().map_err(Issue::Unreadable)?.len();
    if size > MAX_FILE_SIZE {
        return Err(Issue::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` keeps a file that grows while it is read within the limit too.
    (&mut file)
        .take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(Issue::Unreadable)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(Issue::TooLarge(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        Issue::NotUtf8 {
            line: 1 + valid.iter().filter(|b| **b == b'\n').count(),
        }
    })
}

/// The `.toml` files directly in `folder`, sorted by name.
pub fn guide_files(folder: &Path) -> Result<Vec<PathBuf>, Issue> {
    let entries = fs::read_dir(folder).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Issue::NoFolder,
        _ => Issue::Unreadable(e),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    // By bytes: in one folder that is by file name, and much cheaper than comparing paths
    // component by component.
    files.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Ok(files)
}

/// The method id a guide file stands for: its stem.
pub fn id_of(path: &Path) -> Option<&str> {
    path.file_stem().and_then(|stem| stem.to_str())
}

/// Reads and validates `files`, in order.
fn load_files(files: &[&Path], today: Date) -> Vec<Result<Guide, Issue>> {
    files.iter().map(|path| load_file(path, today)).collect()
}

/// Reads and validates one guide file.
pub fn load_file(path: &Path, today: Date) -> Result<Guide, Issue> {
    let id = id_of(path).ok_or(Issue::BadName)?;
    let text = read_text(path)?;
    read_guide(id, &text, today).map_err(|e| match e {
        ReadError::Toml(_) => Issue::Invalid(1),
        ReadError::Invalid(problems) => Issue::Invalid(problems.len()),
    })
}

impl Catalog {
    /// The built-in guides with every guide of `folders` over them.
    pub fn load(folders: &Folders, today: Date) -> (Catalog, Vec<FileIssue>) {
        // The files to read, and each folder that cannot be listed, in the folders' order.
        let mut listing: Vec<Result<PathBuf, FileIssue>> = Vec::new();
        for folder in &folders.0 {
            match guide_files(&folder.path) {
                Ok(found) => listing.extend(found.into_iter().map(Ok)),
                // Having no folder of one's own is the usual case, not a problem.
                Err(Issue::NoFolder) if folder.kind == FolderKind::UserData => {}
                Err(issue) => listing.push(Err(FileIssue {
                    path: folder.path.clone(),
                    issue,
                })),
            }
        }
        let files: Vec<&Path> = listing
            .iter()
            .filter_map(|entry| entry.as_ref().ok().map(PathBuf::as_path))
            .collect();
        let mut loaded = load_files(&files, today).into_iter();
        let mut guides = Vec::with_capacity(files.len());
        let mut issues = Vec::new();
        for entry in listing {
            let path = match entry {
                Ok(path) => path,
                Err(folder_issue) => {
                    issues.push(folder_issue);
                    continue;
                }
            };
            match loaded.next() {
                Some(Ok(guide)) => guides.push((guide, path)),
                Some(Err(issue)) => issues.push(FileIssue { path, issue }),
                None => {}
            }
        }
        let catalog = Catalog::builtin().with_folder_guides(guides);
        catalog.report_fallbacks(&mut issues);
        (catalog, issues)
    }

    /// Only the guide `id` and the guides its fallbacks name, each from the last folder
    /// that has a usable file for it: `show` reads nothing else, however many guides the
    /// folders hold.
    pub fn load_method(folders: &Folders, id: &str, today: Date) -> (Catalog, Vec<FileIssue>) {
        let mut catalog = Catalog::builtin();
        let mut skipped: Vec<FileIssue> = folders
            .0
            .iter()
            .filter(|f| f.kind != FolderKind::UserData && !f.path.is_dir())
            .map(|f| FileIssue {
                path: f.path.clone(),
                issue: Issue::NoFolder,
            })
            .collect();
        catalog.load_override(folders, id, today, &mut skipped);
        let fallbacks: Vec<String> = catalog
            .get(id)
            .map(|g| g.fallbacks.iter().map(|f| f.to_string()).collect())
            .unwrap_or_default();
        for fallback in fallbacks {
            catalog.load_override(folders, &fallback, today, &mut skipped);
        }
        (catalog, skipped)
    }

    /// Replaces the guide `id` with the one in the last folder that has a usable file for
    /// it, if any folder has.
    fn load_override(
        &mut self,
        folders: &Folders,
        id: &str,
        today: Date,
        skipped: &mut Vec<FileIssue>,
    ) {
        let file_name = format!("{id}.toml");
        for folder in folders.0.iter().rev() {
            let path = folder.path.join(&file_name);
            // One look that sees a dangling or looping link too, which `load_file` reports.
            if fs::symlink_metadata(&path).is_err() {
                continue;
            }
            match load_file(&path, today) {
                Ok(guide) => return self.insert(guide, Some(path)),
                Err(reason) => skipped.push(FileIssue {
                    path,
                    issue: reason,
                }),
            }
        }
    }

    /// Every method id there is: built in and in the folders, without reading any guide.
    pub fn all_ids(folders: &Folders) -> Vec<String> {
        let mut ids: Vec<String> = Catalog::builtin()
            .ids()
            .iter()
            .map(|s| s.to_string())
            .collect();
        for folder in &folders.0 {
            for path in guide_files(&folder.path).unwrap_or_default() {
                if let Some(id) = id_of(&path)
                    && !ids.iter().any(|known| known == id)
                {
                    ids.push(id.to_string());
                }
            }
        }
        ids
    }

    /// Folder guides whose fallbacks are missing or loop are reported, and kept: a wrong
    /// fallback is only a wrong suggestion, and `check` says where it is.
    fn report_fallbacks(&self, skipped: &mut Vec<FileIssue>) {
        let problems = validate::check_references(self.guides());
        for (id, path) in self.folder_guides() {
            let count = problems.iter().filter(|(bad, _)| bad == id).count();
            if count > 0 {
                skipped.push(FileIssue {
                    path: path.to_path_buf(),
                    issue: Issue::BadFallbacks(count),
                });
            }
        }
    }
}
