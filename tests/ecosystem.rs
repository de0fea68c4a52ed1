//! How the tool fits the terminal around it: the manual page, the JSON Schema of guides, the
//! documented JSON output, Markdown export and hyperlinks. Shell completion is in
//! tests/completion.rs.

mod common;

use std::fs;
use std::process::Command;

use common::{METHODS, stdout_of, unlink_guide};

/// Every subcommand a user can type; the man page and `--help` must name each.
const SUBCOMMANDS: [&str; 9] = [
    "list",
    "show",
    "walk",
    "check",
    "paths",
    "new",
    "completions",
    "man",
    "schema",
];

/// The manual page in `lang`, as `man` shows it at 80 columns, its words joined by single
/// spaces (man justifies lines with extra ones); `man` and groff must not warn.
fn rendered_manual(lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("unlink-guide.1");
    fs::write(
        &page,
        stdout_of(unlink_guide().args(["man", "--lang", lang])),
    )
    .unwrap();
    let output = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANWIDTH", "80")
        .env_remove("MAN_KEEP_FORMATTING")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("man runs");
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "man warned");
    // groff itself, with every warning turned on; the Russian page is UTF-8, which groff
    // reads through preconv (-k) as man does, for a terminal that shows it (-Tutf8).
    let mut groff = Command::new("groff");
    if lang == "ru" {
        groff.args(["-k", "-Tutf8"]);
    }
    let groff = groff
        .args(["-ww", "-z", "-mandoc"])
        .arg(&page)
        .output()
        .expect("groff runs");
    assert_eq!(String::from_utf8_lossy(&groff.stderr), "", "groff warned");
    let text = String::from_utf8(output.stdout).unwrap();
    // Hyphenation at the end of a line is undone, then the words are joined.
    let text = text.replace("\u{2010}\n", "").replace("-\n", "-");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "man and groff are installed by .ci/run, on Linux"
)]
fn the_manual_page_has_every_section_renders_without_warnings_and_covers_every_subcommand() {
    if !common::have("man") || !common::have("groff") {
        return;
    }
    let page = rendered_manual("en");
    assert!(
        page.contains("NAME unlink-guide - step-by-step help with removing a bank card saved in AliExpress or Alipay SYNOPSIS"),
        "{page}"
    );
    assert!(page.contains(
        "SYNOPSIS unlink-guide [--lang ru|en] [--color auto|always|never] [--guides-dir DIR]... [--screen-reader] [--no-screen-reader] [COMMAND]"
    ));
    assert!(page.contains("unlink-guide show METHOD [--format text|markdown|json|toml] [--json]"));
    for sub in SUBCOMMANDS {
        let heading = format!("unlink-guide {sub} unlink-guide {sub}");
        assert!(page.contains(&heading), "no section for {sub}");
    }
    assert!(page.contains("unlink-guide show unlink-guide show METHOD [--format text|markdown|json|toml] [--json] Print one method whole"));
    let sections = [
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "ENVIRONMENT",
        "FILES",
        "EXIT STATUS",
        "EXAMPLES",
        "SEE ALSO",
    ];
    let mut at = 0;
    for section in sections {
        let found = page[at..].find(&format!(" {section} ")).map(|n| n + at);
        at = found.unwrap_or_else(|| panic!("no {section} after the one before it"));
    }
    let environment = &page[page.find(" ENVIRONMENT ").unwrap()..page.find(" FILES ").unwrap()];
    for variable in [
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "UNLINK_GUIDE_DIR",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "UNLINK_GUIDE_CONFIG_DIR",
        "SOURCE_DATE_EPOCH",
    ] {
        assert!(environment.contains(variable), "{variable}");
    }
    let files = &page[page.find(" FILES ").unwrap()..page.find(" EXIT STATUS ").unwrap()];
    assert!(
        files.contains("~/.config/unlink-guide/config.toml The config file"),
        "{files}"
    );
    assert!(files.contains("~/.local/share/unlink-guide/guides/ Your guide folder"));
    let status = &page[page.find(" EXIT STATUS ").unwrap()..page.find(" EXAMPLES ").unwrap()];
    for code in ["0", "1", "2", "129", "130", "143"] {
        assert!(
            status.contains(&format!(" {code} ")),
            "exit status {code}: {status}"
        );
    }
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "man and groff are installed by .ci/run, on Linux"
)]
fn the_manual_page_is_in_russian_too() {
    if !common::have("man") || !common::have("groff") {
        return;
    }
    let page = rendered_manual("ru");
    assert!(page.contains(
        "ИМЯ unlink-guide - пошаговая помощь: как удалить банковскую карту, сохранённую в AliExpress или Alipay ОБЗОР"
    ), "{page}");
    for section in [
        "ОПИСАНИЕ",
        "ПАРАМЕТРЫ",
        "КОМАНДЫ",
        "ОКРУЖЕНИЕ",
        "ФАЙЛЫ",
        "КОД ЗАВЕРШЕНИЯ",
        "ПРИМЕРЫ",
        "СМОТРИТЕ ТАКЖЕ",
    ] {
        assert!(page.contains(&format!(" {section} ")), "{section}");
    }
    assert!(page.contains(
        "unlink-guide show СПОСОБ [--format text|markdown|json|toml] [--json] Показать способ целиком"
    ));
    for english in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "Print one method whole",
        "The config file",
    ] {
        assert!(!page.contains(english), "{english} in the Russian page");
    }
}

fn validator(path: &str) -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(validator: &jsonschema::Validator, value: &serde_json::Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn json_output_follows_its_documented_schema() {
    let list = validator("docs/json-output/list.schema.json");
    let show = validator("docs/json-output/show.schema.json");
    for lang in ["en", "ru"] {
        let out = stdout_of(unlink_guide().args(["list", "--json", "--lang", lang]));
        assert_valid(&list, &serde_json::from_str(&out).unwrap(), "list");
        for id in METHODS {
            let out =
                stdout_of(unlink_guide().args(["show", id, "--format", "json", "--lang", lang]));
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(value["format_version"], 1);
            assert_valid(&show, &value, id);
            assert!(!list.is_valid(&value), "a show output is not a list");
        }
    }
    // A folder guide's output too, with its file as its source.
    let out = stdout_of(unlink_guide().args([
        "show",
        "direct-link",
        "--json",
        "--guides-dir",
        "tests/fixtures/override",
    ]));
    assert_valid(&show, &serde_json::from_str(&out).unwrap(), "folder guide");
}

/// `document` with the value at `pointer` replaced by `value` (or removed, for `None`).
fn changed(
    document: &serde_json::Value,
    pointer: &str,
    value: Option<serde_json::Value>,
) -> serde_json::Value {
    let mut document = document.clone();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = document.pointer_mut(parent).unwrap();
    match value {
        Some(value) => parent[key] = value,
        None => {
            parent.as_object_mut().unwrap().remove(key).unwrap();
        }
    }
    document
}

#[test]
fn the_output_schemas_refuse_what_the_program_never_prints() {
    use serde_json::json;
    let list_schema = validator("docs/json-output/list.schema.json");
    let show_schema = validator("docs/json-output/show.schema.json");
    let list: serde_json::Value =
        serde_json::from_str(&stdout_of(unlink_guide().args(["list", "--json"]))).unwrap();
    let show: serde_json::Value = serde_json::from_str(&stdout_of(unlink_guide().args([
        "show",
        "direct-link",
        "--json",
    ])))
    .unwrap();
    let wrong_lists = [
        ("/methods/0/kind", Some(json!("banana"))),
        ("/lang", Some(json!("de"))),
        ("/methods/0/reviewed", Some(json!("yesterday"))),
        ("/format_version", Some(json!(7))),
        ("/methods/0/outdated_reason", None),
        ("/methods/0/where", Some(json!("fridge"))),
        ("/methods/0/difficulty", Some(json!("trivial"))),
        ("/methods/0/minutes", Some(json!(0))),
        ("/methods/0/id", Some(json!("Direct Link"))),
        ("/methods/0/nickname", Some(json!("extra"))),
        ("/extra", Some(json!(true))),
    ];
    for (pointer, value) in wrong_lists {
        let wrong = changed(&list, pointer, value.clone());
        assert!(
            !list_schema.is_valid(&wrong),
            "list accepts {pointer} = {value:?}"
        );
    }
    let wrong_shows = [
        (
            "/method/steps/1/links/0/url",
            Some(json!("http://intl.alipay.com/cards")),
        ),
        (
            "/method/steps/1/links/0/url",
            Some(json!("https://alipay.com.example.net/")),
        ),
        ("/method/steps/1/links/0/host", Some(json!("example.net"))),
        ("/method/kind", Some(json!("banana"))),
        ("/method/outdated_reason", None),
        ("/method/steps/0/tip", None),
        ("/method/steps/0/number", Some(json!(0))),
        ("/method/sources/0/published", Some(json!("last year"))),
        ("/method/routes/0/where", Some(json!("tablet"))),
        ("/method/steps/0/shortcut", Some(json!("x"))),
    ];
    for (pointer, value) in wrong_shows {
        let wrong = changed(&show, pointer, value.clone());
        assert!(
            !show_schema.is_valid(&wrong),
            "show accepts {pointer} = {value:?}"
        );
    }
    // The document they were made from is valid: each change alone is what is refused.
    assert_valid(&list_schema, &list, "list");
    assert_valid(&show_schema, &show, "show");
}

#[test]
fn check_json_follows_its_documented_schema() {
    use serde_json::json;
    let schema = validator("docs/json-output/check.schema.json");
    let report = |args: &[&str]| -> serde_json::Value {
        let output = unlink_guide()
            .arg("check")
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let clean = report(&[]);
    assert_valid(&schema, &clean, "no problems");
    let broken = report(&["tests/fixtures/broken", "--lang", "ru"]);
    assert_valid(&schema, &broken, "broken fixtures");
    assert!(broken["problem_count"].as_u64().unwrap() >= 25);
    let wrong = [
        ("/format_version", Some(json!(2))),
        ("/files/0/problems/0/line", Some(json!(0))),
        ("/files/0/problems/0/message", Some(json!(""))),
        ("/files/0/problems/0/column", None),
        ("/files/0/path", Some(json!(null))),
        ("/problem_count", Some(json!("many"))),
        ("/files/0/severity", Some(json!("error"))),
    ];
    for (pointer, value) in wrong {
        let wrong = changed(&broken, pointer, value.clone());
        assert!(
            !schema.is_valid(&wrong),
            "check accepts {pointer} = {value:?}"
        );
    }
}

/// A guide file as the JSON a TOML language server checks against the schema: dates become
/// strings.
fn toml_as_json(text: &str) -> serde_json::Value {
    fn convert(value: toml::Value) -> serde_json::Value {
        match value {
            toml::Value::String(s) => serde_json::Value::String(s),
            toml::Value::Integer(i) => serde_json::json!(i),
            toml::Value::Float(f) => serde_json::json!(f),
            toml::Value::Boolean(b) => serde_json::Value::Bool(b),
            toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
            toml::Value::Array(items) => items.into_iter().map(convert).collect(),
            toml::Value::Table(table) => table.into_iter().map(|(k, v)| (k, convert(v))).collect(),
        }
    }
    convert(toml::from_str(text).unwrap())
}

#[test]
fn the_guide_schema_accepts_every_built_in_guide_and_rejects_broken_ones() {
    assert_eq!(
        stdout_of(unlink_guide().arg("schema")),
        fs::read_to_string("docs/guide.schema.json").unwrap()
    );
    let schema = validator("docs/guide.schema.json");
    for id in METHODS {
        let guide = toml_as_json(&fs::read_to_string(format!("guides/{id}.toml")).unwrap());
        assert_valid(&schema, &guide, id);
    }
    for broken in [
        "unknown-key",
        "missing-field",
        "missing-language",
        "bad-choice",
        "http-link",
        "foreign-link",
        "user-in-link",
        "escape-sequence",
        "no-steps",
        "no-sources",
        "unknown-format",
        "source-address",
        "empty-text",
    ] {
        let guide = toml_as_json(
            &fs::read_to_string(format!("tests/fixtures/broken/{broken}.toml")).unwrap(),
        );
        assert!(!schema.is_valid(&guide), "the schema accepts {broken}");
    }
}

/// An editor checking a guide against the schema sees a TOML date as text, so the schema
/// cannot tell `2026-11-26` from `"2026-11-26"`: `check` takes both, and the two agree on
/// what is a date and what is not.
#[test]
fn the_guide_schema_and_check_agree_on_dates_in_quotes() {
    let schema = validator("docs/guide.schema.json");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-guide.toml");
    for (reviewed, is_a_date) in [
        ("2026-11-01", true),
        ("\"2026-11-01\"", true),
        ("\"yesterday\"", false),
        ("\"2026-11-01T10:00:00\"", false),
        ("2026-11-01T10:00:00", false),
    ] {
        let text = common::valid_guide().replacen(
            "reviewed = 2026-11-01",
            &format!("reviewed = {reviewed}"),
            1,
        );
        assert_eq!(
            schema.is_valid(&toml_as_json(&text)),
            is_a_date,
            "the schema on {reviewed}"
        );
        fs::write(&file, &text).unwrap();
        let checked = unlink_guide()
            .args(["check", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(checked.status.success(), is_a_date, "check on {reviewed}");
    }
}

#[test]
fn markdown_export_reads_well_in_both_languages() {
    for lang in ["en", "ru"] {
        for id in ["direct-link", "aliexpress-payments", "replace-card"] {
            let out = stdout_of(
                unlink_guide().args(["show", id, "--format", "markdown", "--lang", lang]),
            );
            assert!(out.starts_with("# "));
            assert!(!out.contains('\x1b'));
            insta::assert_snapshot!(format!("markdown_{id}_{lang}"), out);
        }
    }
}

#[test]
fn links_are_hyperlinks_where_the_terminal_shows_them_and_always_printed_whole() {
    let url = "https://intl.alipay.com/ihome/user/queryUserBindCard.htm";
    let hyperlink = format!("\x1b]8;;{url}\x1b\\{url}\x1b]8;;\x1b\\");
    let plain = stdout_of(unlink_guide().args(["show", "direct-link"]));
    assert!(plain.contains(&format!("       {url}\n")));
    assert!(!plain.contains("\x1b]8;"));
    let linked = stdout_of(
        unlink_guide()
            .args(["show", "direct-link"])
            .env("FORCE_HYPERLINK", "1"),
    );
    assert!(
        linked.contains(&format!("       {hyperlink}\n")),
        "{linked}"
    );
    // A source's address is only shown, never made a link.
    let sources = stdout_of(
        unlink_guide()
            .args(["show", "aliexpress-payments"])
            .env("FORCE_HYPERLINK", "1"),
    );
    assert!(!sources.contains("\x1b]8;;https://myteles.ru"));
    let never = stdout_of(
        unlink_guide()
            .args(["show", "direct-link", "--color", "never"])
            .env("FORCE_HYPERLINK", "1"),
    );
    assert_eq!(never, plain);
}

#[test]
fn version_and_help_are_complete_and_in_russian_under_a_russian_locale() {
    let version = stdout_of(unlink_guide().arg("--version"));
    assert_eq!(
        version,
        format!("unlink-guide {}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = stdout_of(unlink_guide().arg("--help"));
    for sub in SUBCOMMANDS {
        assert!(
            help.contains(&format!("  {sub}")),
            "{sub} missing from help"
        );
    }
    let russian = stdout_of(unlink_guide().arg("--help").env("LANG", "ru_RU.UTF-8"));
    assert!(russian.contains("Использование:"), "{russian}");
    assert!(russian.contains("Показать способ целиком"));
    assert!(!russian.contains("Options:"));
    let show = stdout_of(unlink_guide().args(["show", "--help", "--lang", "ru"]));
    assert!(show.contains("id способа"), "{show}");
}
