//! No input, valid TOML or not, makes the loader or `check`'s report panic.

mod common;

use std::path::PathBuf;

use guide_format::Lang;
use proptest::prelude::*;
use unlink_guide::check::{FileReport, Report, check_text};
use unlink_guide::render::diagnostics;

const GUIDE: &str = include_str!("../guides/direct-link.toml");

/// Reads `text` as a guide and renders every problem found, as text and as JSON.
fn check_and_report(text: &str) {
    let (guide, diagnostics) = check_text("direct-link", text, common::today());
    assert_eq!(guide.is_some(), diagnostics.is_empty());
    for diagnostic in &diagnostics {
        if let Some(span) = &diagnostic.span {
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        }
    }
    let report = Report {
        files: vec![FileReport {
            path: PathBuf::from("guide.toml"),
            text: Some(text.to_string()),
            diagnostics,
        }],
        builtin: 0,
    };
    for (color, lang) in [(false, Lang::En), (true, Lang::Ru)] {
        let rendered = diagnostics::text(&report, color, lang);
        if !color {
            assert!(
                !rendered.contains('\x1b'),
                "an escape sequence got through: {rendered:?}"
            );
        }
    }
    let _ = diagnostics::json(&report, Lang::Ru);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_at_all(text in "\\PC*") {
        check_and_report(&text);
    }

    #[test]
    fn toml_like_text(text in "([a-z\\.\\[\\]]{1,12} = (\"[^\"\\\\]{0,20}\"|[0-9]{1,4}|\\[\\]|\\{\\}|2026-[0-9]{2}-[0-9]{2})\n){0,12}") {
        check_and_report(&text);
    }

    #[test]
    fn a_real_guide_with_a_piece_cut_out_or_put_in(
        start in 0..GUIDE.len(),
        length in 0usize..200,
        insert in "(\\PC|[\\x00-\\x1f\\u{202e}\\\\\"\\[\\]=\n]){0,8}",
    ) {
        let mut start = start;
        while !GUIDE.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + length).min(GUIDE.len());
        while !GUIDE.is_char_boundary(end) {
            end -= 1;
        }
        let text = format!("{}{}{}", &GUIDE[..start], insert, &GUIDE[end..]);
        check_and_report(&text);
    }
}
