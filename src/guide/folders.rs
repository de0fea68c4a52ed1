//! Guide folders: where users keep their own guides, in the order they are read.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use guide_format::LoadError;
use guide_format::file::guide_files;

/// A guide file found in a folder, or a folder that could not be listed and why.
pub(crate) type Listed = Result<PathBuf, (PathBuf, LoadError)>;

/// Why a folder is searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderKind {
    /// The user's data folder; usually absent, which is fine.
    UserData,
    /// `guide_dirs` in the config file.
    ConfigFile,
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
    /// The folders from the user's data folder, the config file's `guide_dirs`,
    /// `UNLINK_GUIDE_DIR` (a list, like `PATH`) and `--guides-dir`, in that order: the more
    /// particular to this run, the later.
    pub fn new(
        data_dir: Option<PathBuf>,
        config_file: Vec<PathBuf>,
        env: Option<OsString>,
        flags: Vec<PathBuf>,
    ) -> Folders {
        let mut folders = Vec::new();
        if let Some(data_dir) = data_dir {
            folders.push(GuideFolder {
                path: data_dir.join("unlink-guide").join("guides"),
                kind: FolderKind::UserData,
            });
        }
        folders.extend(config_file.into_iter().map(|path| GuideFolder {
            path,
            kind: FolderKind::ConfigFile,
        }));
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
    pub(crate) fn user_data(&self) -> Option<&Path> {
        self.0
            .iter()
            .find(|f| f.kind == FolderKind::UserData)
            .map(|f| f.path.as_path())
    }

    /// The guide files of every folder, in the order they are read, with each folder that
    /// cannot be listed in its place (but for a missing folder of the user's own: having
    /// none is usual).
    pub(crate) fn files(&self) -> Vec<Listed> {
        let mut files = Vec::new();
        for folder in &self.0 {
            match guide_files(&folder.path) {
                Ok(found) => files.extend(found.into_iter().map(Ok)),
                Err(LoadError::NoSuchFolder) if folder.kind == FolderKind::UserData => {}
                Err(error) => files.push(Err((folder.path.clone(), error))),
            }
        }
        files
    }
}
