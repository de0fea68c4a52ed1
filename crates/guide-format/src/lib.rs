//! The guide file format of unlink-guide: what a guide is (`model`), how it is written in
//! TOML (`raw`), and how a file becomes a guide that has been checked against every rule
//! (`file`, `read`, `validate`).
//!
//! A guide is one method of removing, adding or replacing a card saved in AliExpress /
//! Alipay. The program that shows guides and its build script both read them through this
//! crate, so a built-in guide and a user's guide follow the same rules.
//!
//! The modules are layers, and each uses only those after it in this list:
//! `file` (a file on disk) → `read` (a file's text) → `validate` (the rules) → `raw` (the
//! file as serde reads it) → `error` (what can be wrong) → `model` (a valid guide) → `path`
//! (a place in a file) → `patterns` (values as JSON Schema patterns). Tests may reach up: a
//! rule is tested through the reader.
//!
//! Public is only what the program, its build script, benches and tests use: the model, the
//! errors, `path` and `patterns`; `file` and the `read_*` functions; from `validate`, the
//! rules between guides, suggestions, and the rules the program applies to all it prints
//! (`is_unsafe_char`, `clickables`, `ALLOWED_HOSTS`, `is_placeholder`); the `raw` types, for
//! their keys. The rest is `pub(crate)`, so the dead-code lint sees all of it.

#![forbid(unsafe_code)]

pub mod error;
pub mod file;
pub mod model;
pub mod path;
pub mod patterns;
pub mod raw;
mod read;
pub mod validate;

#[cfg(test)]
mod sample;

pub use error::{LoadError, Problem};
pub use model::{
    Date, Difficulty, Guide, Kind, Lang, Link, MethodId, Named, Place, Route, SafeUrl, Source,
    Step, Text, Topic,
};
pub use read::{read_guide, read_guide_and_names, read_topic};
