//! The guides shipped in guides/: each loads and validates with the program's own loader, is
//! exactly what the binary has baked in, and says what the source article says.

use std::fs;

use unlink_guide::guide::model::Date;
use unlink_guide::guide::validate::check_fallbacks;
use unlink_guide::guide::{Catalog, Guide, Lang, read_guide as parse};

fn guide_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir("guides")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let id = path.file_stem().unwrap().to_str().unwrap().to_string();
            (id, fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_guide_file_loads_validates_and_is_the_one_built_in() {
    let catalog = Catalog::builtin();
    let files = guide_files();
    assert_eq!(files.len(), catalog.guides().len());
    let mut parsed = Vec::new();
    for (id, text) in files {
        let guide = parse(&id, &text, Date::today())
            .unwrap_or_else(|e| panic!("guides/{id}.toml does not load: {e:?}"));
        assert_eq!(
            Some(&guide),
            catalog.get(&id),
            "guides/{id}.toml differs from the built-in one"
        );
        parsed.push(guide);
    }
    assert!(check_fallbacks(&parsed).is_empty());
}

fn builtin(id: &str) -> Guide {
    Catalog::builtin().get(id).expect("built in").clone()
}

fn all_text(guide: &Guide, lang: Lang) -> String {
    unlink_guide::render::json::show(guide, &Catalog::builtin(), lang)
}

#[test]
fn the_direct_link_gives_both_forms_of_the_link_and_says_what_it_cannot_do() {
    let guide = builtin("direct-link");
    let urls: Vec<&str> = guide
        .steps
        .iter()
        .flat_map(|s| s.links.iter().map(|l| l.url.as_str()))
        .collect();
    assert_eq!(
        urls,
        [
            "https://intl.alipay.com/ihome/user/queryUserBindCard.htm",
            "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU",
        ]
    );
    let warnings: Vec<&str> = guide.warnings.iter().map(|w| w.get(Lang::En)).collect();
    assert!(warnings.iter().any(|w| w.contains("cannot be undone")));
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("does not work in the mobile app"))
    );
}

#[test]
fn the_alipay_routes_say_they_may_be_outdated_and_why() {
    for id in ["alipay-web", "direct-link"] {
        let guide = builtin(id);
        let outdated = guide.outdated.expect("marked as may be outdated");
        assert!(outdated.get(Lang::Ru).contains("2017"), "{id}");
        assert!(outdated.get(Lang::En).contains("2017"), "{id}");
    }
}

#[test]
fn russian_text_keeps_the_articles_on_screen_labels() {
    let labels = [
        (
            "alipay-web",
            &[
                "«Мой AliExpress»",
                "«Мой Alipay»",
                "«отправить письмо»",
                "«далее»",
                "«редактировать»",
                "«удалить»",
                "«ок»",
            ][..],
        ),
        ("direct-link", &["«Удалить карту»"]),
        (
            "mobile-app",
            &[
                "«Мой профиль»",
                "«Мои сертификаты»",
                "«Мои банковские карты»",
            ],
        ),
        (
            "mobile-site",
            &[
                "«Центр помощи»",
                "«Как я могу изменить информацию о карте…»",
            ],
        ),
    ];
    for (id, labels) in labels {
        let guide = builtin(id);
        let ru = all_text(&guide, Lang::Ru);
        let en = all_text(&guide, Lang::En);
        for label in labels {
            assert!(ru.contains(label), "{id}: {label} missing in Russian");
            // The English text keeps the Russian label and adds a translation after it.
            assert!(
                en.contains(&format!("{label} (")),
                "{id}: {label} untranslated in English"
            );
        }
    }
}

#[test]
fn the_articles_http_links_became_https() {
    for guide in Catalog::builtin().guides() {
        for step in guide.steps.iter() {
            for link in step.links.iter() {
                assert!(
                    link.url.as_str().starts_with("https://"),
                    "{}",
                    link.url.as_str()
                );
            }
        }
    }
    let site = builtin("mobile-site");
    assert_eq!(
        site.steps[1].links[0].url.as_str(),
        "https://m.aliexpress.com/ru/index.htm"
    );
}

#[test]
fn the_documented_example_is_a_valid_guide() {
    let doc = fs::read_to_string("docs/guide-format.md").unwrap();
    let example = doc
        .split("```toml\n")
        .filter_map(|block| block.split("```").next())
        .find(|block| block.starts_with("# guides/direct-link.toml"))
        .expect("docs/guide-format.md has a complete example");
    let guide = parse("direct-link", example, Date::today()).expect("the example is valid");
    assert_eq!(guide.steps.len(), 2);
}
