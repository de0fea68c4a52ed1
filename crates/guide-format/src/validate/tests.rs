//! Tests of the rules in `validate`.
use super::*;
use crate::error::LoadError;
use crate::read::read_guide as parse;
use crate::sample::{TODAY, VALID, problems, with};

#[test]
fn the_sample_guide_is_valid() {
    let guide = parse("a-guide", VALID, TODAY).expect("valid");
    assert_eq!(guide.id.as_str(), "a-guide");
    assert_eq!(guide.order, DEFAULT_ORDER);
    assert_eq!(
        guide.routes[0].steps[0].links[0].url.host(),
        "intl.alipay.com"
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let text = with("minutes = 3\n", "").replacen("en = \"Summary\"", "en = \"\"", 1);
    let found = problems(&text.replacen("kind = \"remove\"", "kind = \"remov\"", 1));
    assert_eq!(
        found,
        [
            r#"kind: NotOneOf { value: "remov", names: ["remove", "add", "replace"], closest: Some("remove") }"#,
            "summary.en: EmptyText",
            "minutes: Missing",
        ]
    );
}

#[test]
fn a_text_missing_in_one_language_is_refused() {
    let found = problems(&with(
        r#"title = { ru = "Заголовок", en = "Title" }"#,
        r#"title = { ru = "Заголовок" }"#,
    ));
    assert_eq!(found, ["title.en: MissingLanguage { lang: En }"]);
}

#[test]
fn the_format_version_must_be_known() {
    assert_eq!(
        problems(&with("format = 1", "format = 2")),
        ["format: UnknownFormat { version: 2 }"]
    );
}

#[test]
fn the_file_name_must_be_a_kebab_case_id() {
    for bad in ["Direct-Link", "direct_link", "direct--link", "-direct", ""] {
        assert!(
            matches!(parse(bad, VALID, TODAY), Err(LoadError::Invalid(_))),
            "{bad:?} was accepted"
        );
    }
    assert!(parse("mobile-site-2", VALID, TODAY).is_ok());
}

#[test]
fn a_guide_needs_a_step_and_a_source() {
    let no_steps = VALID.split("[[steps]]").next().unwrap().to_string()
        + "[[sources]]\nid = \"article\"\ntitle = \"Статья\"\n";
    assert_eq!(problems(&no_steps), ["steps: NoSteps"]);
    let no_sources = VALID.split("[[sources]]").next().unwrap();
    assert_eq!(problems(no_sources), ["sources: NoSources"]);
}

#[test]
fn escape_sequences_and_control_characters_are_refused() {
    let found = problems(&with("Title", r"\u001b]0;owned\u0007Title"));
    assert_eq!(
        found,
        [r"title.en: UnsafeCharacter { position: 1, character: '\u{1b}' }"]
    );
    let invisible = [
        "\\u200b",
        "\\u200c",
        "\\u200d",
        "\\u2060",
        "\\ufeff",
        "\\u206a",
        "\\u206f",
        "\\U000e0001",
        "\\U000e0041",
        "\\u2028",
        "\\u2029",
        "\\u00ad",
        "\\u034f",
        "\\u180e",
        "\\u3164",
    ];
    let controls = ["\\u0000", "\\u009b", "\\u202e", "\\t", "\\n", "\\u007f"];
    assert_eq!(
        problems(&with("Title", "Ti\\u200btle")),
        [r"title.en: UnsafeCharacter { position: 3, character: '\u{200b}' }"]
    );
    for c in controls.into_iter().chain(invisible) {
        assert_eq!(
            problems(&with("Title", &format!("Ti{c}tle"))).len(),
            1,
            "{c} was accepted"
        );
    }
}

#[test]
fn a_bad_link_is_reported_at_its_place() {
    let found = problems(&with(
        "https://intl.alipay.com/",
        "https://intl.alipay.com.evil.com/",
    ));
    assert_eq!(
        found,
        [r#"steps[0].links[0].url: ForeignHost { host: "intl.alipay.com.evil.com" }"#]
    );
}

#[test]
fn the_review_date_is_a_plain_date_not_in_the_future() {
    assert_eq!(
        problems(&with("reviewed = 2026-11-01", "reviewed = 2026-12-02")),
        [
            "reviewed: InTheFuture { date: Date { year: 2026, month: 12, day: 2 }, today: Date { year: 2026, month: 12, day: 1 } }"
        ]
    );
    assert_eq!(
        problems(&with(
            "reviewed = 2026-11-01",
            "reviewed = 2026-11-01T10:00:00"
        )),
        [r#"reviewed: NotAPlainDate { value: "2026-11-01T10:00:00" }"#]
    );
    // TOML itself refuses a day that does not exist.
    assert!(matches!(
        parse(
            "a-guide",
            &with("reviewed = 2026-11-01", "reviewed = 2026-02-30"),
            TODAY
        ),
        Err(LoadError::Syntax(_))
    ));
}

#[test]
fn a_text_may_not_carry_an_address_outside_the_allowed_hosts() {
    assert_eq!(
        problems(&with("Summary", "Pay at http://evil.example/x")),
        [r#"summary.en: AddressInText { address: "http://evil.example/x" }"#]
    );
    assert_eq!(
        problems(&with("Статья", "Статья на evil.example")),
        [r#"sources[0].title: AddressInText { address: "evil.example" }"#]
    );
    // The site of one of the guide's sources may be named.
    let cited = with("Summary", "According to example.com, it works").replacen(
        "title = \"Статья\"",
        "title = \"Статья\"\nurl = \"https://www.example.com/a\"",
        1,
    );
    assert_eq!(problems(&cited), Vec::<String>::new());
}

#[test]
fn steps_cite_only_the_guides_own_sources() {
    let text = with("labels = [", "sources = [\"artcle\"]\nlabels = [");
    assert_eq!(
        problems(&text),
        [r#"steps[0].sources[0]: UnknownSource { id: "artcle", closest: Some("article") }"#]
    );
}
