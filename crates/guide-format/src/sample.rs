//! The one valid guide the tests break a rule at a time, and how they read it.

use crate::error::LoadError;
use crate::model::{Date, Guide};
use crate::read::read_guide as parse;

/// The day the tests take as today (the program's own tests take the same).
pub const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// A small guide that follows every rule.
pub const VALID: &str = include_str!("../tests/fixtures/valid.toml");

/// "path: rule" for each problem of `text` read as the guide `a-guide`.
pub fn problems(text: &str) -> Vec<String> {
    match parse("a-guide", text, TODAY) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(problems)) => problems
            .iter()
            .map(|p| format!("{}: {:?}", p.path, p.rule))
            .collect(),
        Err(e) => panic!("not a guide: {e:?}"),
    }
}

/// The valid guide with the first `replace` replaced by `by`.
pub fn with(replace: &str, by: &str) -> String {
    assert!(VALID.contains(replace), "the sample has no {replace:?}");
    VALID.replacen(replace, by, 1)
}

/// The valid guide `id`, with `line` added before the first `before`.
pub fn guide_with(id: &str, before: &str, line: &str) -> Guide {
    let text = with(before, &format!("{line}\n{before}"));
    parse(id, &text, TODAY).expect("valid")
}
