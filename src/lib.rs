//! unlink-guide: step-by-step help with removing a bank card saved in AliExpress / Alipay.
//!
//! The modules are layers, and each uses only those after it (tests/layers.rs holds them to it):
//! `app` (runs a command) → `interactive` (the walkthrough) → `complete` (shell completion) →
//! `config` (what to do and how) → `render` (text, Markdown, JSON, the manual) → `cli` (what
//! was typed) → `check` (what is wrong in guide files) → `i18n` (the words) → `terminal` →
//! `guide` (the guides) → `error` → `config_file` → `locale` → `sanitize` (untrusted text
//! made safe to show). `main.rs` only calls `app::main`.
//!
//! Public is only what main.rs, the integration tests and the benches use, each item named
//! `pub` where it is defined (all else is `pub(crate)`, so the dead-code lint sees it):
//! `app::main`; from `guide`, the catalog, the folders and `load`; from `render`, its
//! `Options` and each format's `show` and `list`; `check::check_text` and its report; from
//! `i18n`, `words`, `date` and the folder warnings' messages; and the screens of
//! `interactive::frames` that show links, for the property test of what can be clicked.

// No `unsafe` but where the system has no safe wrapper: `terminal::windows_screen_reader`,
// which allows it for its one call.
#![deny(unsafe_code)]

// The built-in guides are baked as `alloc::borrow::Cow` values (see build.rs).
extern crate alloc;

pub mod app;
pub mod check;
mod cli;
mod complete;
mod config;
mod config_file;
mod error;
pub mod guide;
pub mod i18n;
pub mod interactive;
mod locale;
pub mod render;
mod sanitize;
mod terminal;

/// What the unit tests share.
#[cfg(test)]
mod testing {
    /// The day the tests take as today, the same as the integration tests' (tests/common).
    pub(crate) const TODAY: guide_format::Date = guide_format::Date {
        year: 2026,
        month: 12,
        day: 2,
    };

    /// A command line, as the program gets it.
    pub(crate) fn args(list: &[&str]) -> Vec<std::ffi::OsString> {
        list.iter().map(std::ffi::OsString::from).collect()
    }
}
