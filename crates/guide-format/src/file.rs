//! Guide files on disk: which files of a folder are guides, and reading one safely. A guide
//! folder may come from anyone, so a file is read only when it is a regular file of a
//! bounded size: never a pipe or a device, which could block or never end.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::LoadError;
use crate::model::{Date, Guide};
use crate::read::read_guide;

/// A guide file larger than this is refused unread: no honest guide comes close.
pub const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// The `.toml` files directly in `folder`, sorted by name.
pub fn guide_files(folder: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = fs::read_dir(folder).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => LoadError::NoSuchFolder,
        io::ErrorKind::NotADirectory => LoadError::NotAFolder,
        // Not every system says so in its error (Wine answers "invalid name"): ask the file.
        _ if fs::metadata(folder).is_ok_and(|m| !m.is_dir()) => LoadError::NotAFolder,
        _ => LoadError::Unreadable(e),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// The method id a guide file stands for: its name without `.toml`, when that is UTF-8.
pub fn id_of(path: &Path) -> Option<&str> {
    path.file_stem().and_then(|stem| stem.to_str())
}

/// Reads a guide file's text: a regular file (after following links) of at most
/// `MAX_FILE_SIZE` bytes, in UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    read_text_within(path, MAX_FILE_SIZE)
}

/// Reads the text of a file that anyone could have put there (a guide, the config file):
/// a regular file (after following links) of at most `limit` bytes, in UTF-8, opened
/// without waiting, so that a pipe or a device in its place cannot block the run.
pub fn read_text_within(path: &Path, limit: u64) -> Result<String, LoadError> {
    let unreadable = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound,
        _ => LoadError::Unreadable(e),
    };
    // Looked at before opening: opening a pipe waits for a writer.
    let metadata = fs::metadata(path).map_err(|e| {
        // A link that leads nowhere is there, unlike what it points to.
        let dangling = e.kind() == io::ErrorKind::NotFound && fs::symlink_metadata(path).is_ok();
        if dangling {
            LoadError::BrokenLink
        } else {
            unreadable(e)
        }
    })?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile);
    }
    let mut file = open_without_waiting(path).map_err(unreadable)?;
    // And again once open, in case the file was swapped in between.
    let metadata = file.metadata().map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile);
    }
    if metadata.len() > limit {
        return Err(LoadError::TooLarge(metadata.len()));
    }
    let mut bytes = Vec::new();
    // `take` keeps a file that grows while it is read within the limit too.
    (&mut file)
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        LoadError::NotUtf8 {
            line: 1 + valid.iter().filter(|b| **b == b'\n').count(),
        }
    })
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        // Never wait for a writer, and never make a terminal this process's own.
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<fs::File> {
    fs::File::open(path)
}

/// Reads and checks one guide file, as of the date `today`: the guide, and the file's text
/// when it could be read (to place problems in it).
pub fn load_guide(path: &Path, today: Date) -> (Option<String>, Result<Guide, LoadError>) {
    load(path, |id, text| read_guide(id, text, today))
}

/// Reads one file and makes it a guide or a topic with `read`, given its id and its text.
pub fn load<T>(
    path: &Path,
    read: impl FnOnce(&str, &str) -> Result<T, LoadError>,
) -> (Option<String>, Result<T, LoadError>) {
    let Some(id) = id_of(path) else {
        return (None, Err(LoadError::BadName));
    };
    match read_text(path) {
        Ok(text) => {
            let read = read(id, &text);
            (Some(text), read)
        }
        Err(error) => (None, Err(error)),
    }
}
