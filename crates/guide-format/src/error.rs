//! What can be wrong with a guide file: a broken rule inside it, or a file that cannot be
//! read as a guide at all.

use std::io;

use crate::validate::path::KeyPath;

/// One broken rule, at one place in a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: KeyPath,
    pub message: String,
    /// Whether the problem is the key itself (an unknown key) rather than its value.
    pub at_key: bool,
}

/// Why a file or folder could not be used as guides.
#[derive(Debug)]
pub enum LoadError {
    /// Nothing is there.
    NotFound,
    /// A guide file was expected, and this is a folder, a device, a pipe or a socket.
    NotAFile,
    /// A folder of guides was expected, and this is not a folder.
    NotAFolder,
    /// It is there but cannot be read: permissions, a symlink loop...
    Unreadable(io::Error),
    /// Larger than `MAX_FILE_SIZE` bytes; not read at all.
    TooLarge(u64),
    /// Not UTF-8 text; `line` is where the first bad byte is.
    NotUtf8 { line: usize },
    /// The file name is not UTF-8, so it names no method.
    BadName,
    /// Not valid TOML, or a value of the wrong type; the TOML reader stops at the first.
    Syntax(toml::de::Error),
    /// Well-formed, but breaking one or more rules.
    Invalid(Vec<Problem>),
}
