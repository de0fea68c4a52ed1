//! The examples in the README are real: each `$ unlink-guide ...` is run and its output
//! compared with what the README shows.

mod common;

#[test]
fn readme_examples_are_true() {
    trycmd::TestCases::new()
        // Whatever the developer's terminal says, the README shows a plain English run.
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("CLICOLOR_FORCE", "0")
        .env("SOURCE_DATE_EPOCH", common::NOW.to_string())
        .env("HOME", common::EMPTY_HOME)
        .env("XDG_DATA_HOME", "")
        .env("XDG_CONFIG_HOME", "")
        .env("UNLINK_GUIDE_DIR", "")
        .env("LANGUAGE", "")
        .env("FORCE_HYPERLINK", "0")
        .case("README.md");
}
