//! The examples in the README are real: each `$ unlink-guide ...` is run and its output
//! compared with what the README shows.

#[test]
fn readme_examples_are_true() {
    trycmd::TestCases::new()
        // Whatever the developer's terminal says, the README shows a plain English run.
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("CLICOLOR_FORCE", "0")
        .case("README.md");
}
