//! Everything that can go wrong in a run, and how the run ends; `i18n::messages` puts each
//! into words.

use std::io;
use std::path::PathBuf;

use crate::config_file::ConfigError;

#[derive(Debug)]
pub(crate) enum Error {
    /// `show` or `walk` was given an id that no guide has.
    UnknownMethod {
        given: String,
        closest: Option<String>,
        available: Vec<String>,
    },
    /// `show` or `walk` was given a method whose guide file had to be skipped: `why`, in
    /// the user's language; `details` when `check` says more.
    MethodSkipped {
        id: String,
        path: PathBuf,
        why: String,
        details: bool,
    },
    /// `check` was given a path that does not exist.
    NoSuchPath(PathBuf),
    /// `new` was given an id that is not lowercase kebab-case.
    BadId(String),
    /// `new` would overwrite a guide.
    AlreadyExists(PathBuf),
    /// There is no user data folder on this system to write a guide into.
    NoDataFolder,
    /// `new` cannot make the guide folder: `file` is a file where it, or a folder above it,
    /// should be.
    FolderIsAFile { folder: PathBuf, file: PathBuf },
    /// A file could not be written.
    Write(PathBuf, io::Error),
    /// A guide file could not be read again (`show --format toml`, `new --from`).
    Read(PathBuf, guide_format::LoadError),
    /// Writing the output failed for a reason other than the reader going away.
    Output(io::Error),
    /// Reading a key or a typed line failed.
    Input(io::Error),
    /// The user pressed Ctrl-C at a prompt.
    Interrupted,
    /// `SOURCE_DATE_EPOCH` is set to something that is not a number of seconds.
    BadSourceDateEpoch(String),
    /// The config file cannot be read, or something in it is wrong.
    Config(ConfigError),
}

/// How a run that did not fail ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    Success,
    /// `check` found problems, and has reported them.
    ProblemsFound,
}

/// Exit statuses, as the README documents them.
pub(crate) mod exit {
    pub(crate) const SUCCESS: u8 = 0;
    /// `check` found problems; or anything else stopped the run.
    pub(crate) const FAILURE: u8 = 1;
    /// Bad input on the command line, in the environment or in the config file: an unknown
    /// method, a wrong option, a wrong setting.
    pub(crate) const USAGE: u8 = 2;
    /// Ctrl-C, as shells report a death by SIGINT.
    pub(crate) const INTERRUPTED: u8 = 130;
}

impl Status {
    pub(crate) fn exit_code(self) -> u8 {
        match self {
            Status::Success => exit::SUCCESS,
            Status::ProblemsFound => exit::FAILURE,
        }
    }
}

impl Error {
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            Error::UnknownMethod { .. }
            | Error::MethodSkipped { .. }
            | Error::NoSuchPath(_)
            | Error::BadId(_)
            | Error::BadSourceDateEpoch(_)
            | Error::Config(_) => exit::USAGE,
            Error::Interrupted => exit::INTERRUPTED,
            _ => exit::FAILURE,
        }
    }
}
