//! The guides shipped in guides/: each loads and validates with the program's own loader, is
//! exactly what the binary has baked in, and says what the source article says.

mod common;

use std::fs;

use guide_format::validate::{Names, check_references};
use guide_format::{Guide, Lang, read_guide as parse, read_topic};
use unlink_guide::guide::Catalog;

/// Each `.toml` file in `folder` as its id and its text, by id.
fn toml_files(folder: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(folder)
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

fn guide_files() -> Vec<(String, String)> {
    toml_files("guides")
}

#[test]
fn every_guide_file_loads_validates_and_is_the_one_built_in() {
    let catalog = Catalog::builtin();
    let files = guide_files();
    assert_eq!(files.len(), catalog.guides().len());
    let mut parsed = Vec::new();
    for (id, text) in files {
        let guide = parse(&id, &text, common::today())
            .unwrap_or_else(|e| panic!("guides/{id}.toml does not load: {e:?}"));
        assert_eq!(
            Some(&guide),
            catalog.get(&id),
            "guides/{id}.toml differs from the built-in one"
        );
        parsed.push(guide);
    }
    let names: Vec<Names> = parsed.iter().map(Names::of).collect();
    assert!(check_references(&names).is_empty());
}

/// The build checks the built-in guides without a clock; their review dates are checked here
/// against the tests' today, as `check` checks a user's guides against theirs.
#[test]
fn every_topic_file_loads_validates_and_is_the_one_built_in() {
    let files = toml_files("guides/topics");
    assert!(files.len() >= 3);
    for (id, text) in files {
        let topic = read_topic(&id, &text, common::today())
            .unwrap_or_else(|e| panic!("guides/topics/{id}.toml does not load: {e:?}"));
        assert_eq!(Some(&topic), unlink_guide::guide::topic(&id), "{id}");
    }
}

fn builtin(id: &str) -> Guide {
    Catalog::builtin().get(id).expect("built in").clone()
}

fn all_text(guide: &Guide, lang: Lang) -> String {
    unlink_guide::render::json::show(guide, &Catalog::builtin(), lang, common::today())
}

#[test]
fn the_direct_link_gives_both_forms_of_the_link_and_says_what_it_cannot_do() {
    let guide = builtin("direct-link");
    let urls: Vec<&str> = guide
        .all_steps()
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

/// Every route from the undated article says it may be outdated, and why; the Alipay routes
/// also say Alipay stopped serving AliExpress customers in 2017.
#[test]
fn every_route_from_the_undated_article_says_it_may_be_outdated_and_why() {
    for (id, ru, en) in [
        ("mobile-app", "без даты", "undated"),
        ("mobile-site", "без даты", "undated"),
        ("direct-link", "без даты", "undated"),
        ("alipay-web", "без даты", "undated"),
        ("add-card", "без даты", "undated"),
        ("alipay-web", "2017", "2017"),
        ("direct-link", "2017", "2017"),
    ] {
        let guide = builtin(id);
        let outdated = guide.outdated.expect("marked as may be outdated");
        assert!(outdated.get(Lang::Ru).contains(ru), "{id}: {ru}");
        assert!(outdated.get(Lang::En).contains(en), "{id}: {en}");
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
        for step in guide.all_steps() {
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
        site.routes[0].steps[1].links[0].url.as_str(),
        "https://m.aliexpress.com/ru/index.htm"
    );
}

/// The TOML blocks of docs/guide-format.md.
fn documented_examples() -> Vec<String> {
    let doc = fs::read_to_string("docs/guide-format.md").unwrap();
    doc.split("```toml\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_documented_example_is_a_valid_guide_under_its_own_name() {
    let example = documented_examples()
        .into_iter()
        .find(|block| block.starts_with("# guides/direct-link.toml"))
        .expect("docs/guide-format.md has a complete example");
    let guide = parse("direct-link", &example, common::today()).expect("the example is valid");
    assert_eq!(guide.routes[0].steps.len(), 2);

    // As the format doc says: saved as direct-link.toml, it replaces the built-in guide, and
    // check finds nothing wrong with it among the other built-in guides.
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("direct-link.toml");
    fs::write(&file, &example).unwrap();
    let out = common::stdout_of(common::unlink_guide().arg("check").arg(&file));
    assert_eq!(out, "checked 1 file: no problems\n");
}

#[test]
fn the_documented_topic_is_a_valid_topic() {
    let example = documented_examples()
        .into_iter()
        .find(|block| block.contains("[[paragraphs]]"))
        .expect("docs/guide-format.md has a topic");
    let topic = read_topic("why-remove", &example, common::today()).expect("the topic is valid");
    assert_eq!(topic.paragraphs.len(), 1);
}

#[test]
fn every_removal_method_shows_the_refund_caution_right_before_its_delete_step() {
    let catalog = Catalog::builtin();
    let removal: Vec<&Guide> = catalog
        .guides()
        .iter()
        .filter(|g| g.kind == guide_format::Kind::Remove)
        .collect();
    assert_eq!(removal.len(), 5);
    let options = unlink_guide::render::Options {
        lang: Lang::En,
        color: false,
        hyperlinks: false,
        width: None,
        today: common::today(),
    };
    for guide in removal {
        for (r, route) in guide.routes.iter().enumerate() {
            let deleting: Vec<usize> = route
                .steps
                .iter()
                .enumerate()
                .filter(|(_, s)| s.deletes)
                .map(|(n, _)| n)
                .collect();
            assert_eq!(
                deleting.len(),
                1,
                "{} route {r}: one step deletes the card",
                guide.id
            );
        }
        let shown = unlink_guide::render::text::show(guide, &catalog, &options);
        for route in guide.routes.iter() {
            let n = route.steps.iter().position(|s| s.deletes).unwrap();
            let step = format!("{:>3}. {}", n + 1, route.steps[n].text.get(Lang::En));
            let at = shown
                .find(&step)
                .unwrap_or_else(|| panic!("{}: {step}", guide.id));
            let before = &shown[..at];
            let caution = before
                .rfind("! If you are waiting for a refund")
                .expect("a caution");
            // Nothing but the caution stands between it and the step.
            assert!(
                !before[caution..].contains(&format!("{:>3}. ", n)),
                "{}",
                guide.id
            );
            assert!(before[caution..].contains("dzen.ru"));
            assert!(before[caution..].contains("The article:"));
        }
        for lang in [Lang::En, Lang::Ru] {
            let json: serde_json::Value = serde_json::from_str(&unlink_guide::render::json::show(
                guide,
                &catalog,
                lang,
                common::today(),
            ))
            .unwrap();
            for route in json["method"]["routes"].as_array().unwrap() {
                let cautions = route["steps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|s| s["deletes"] == true && s["caution"].is_array())
                    .count();
                assert_eq!(cautions, 1, "{}", guide.id);
            }
        }
    }
}

#[test]
fn every_guide_names_its_sources_and_when_it_was_reviewed() {
    let catalog = Catalog::builtin();
    for guide in catalog.guides() {
        assert!(!guide.sources.is_empty(), "{}", guide.id);
        for lang in [Lang::En, Lang::Ru] {
            let options = unlink_guide::render::Options {
                lang,
                color: false,
                hyperlinks: false,
                width: None,
                today: common::today(),
            };
            let shown = unlink_guide::render::text::show(guide, &catalog, &options);
            let heading = if lang == Lang::En {
                "\nSources\n"
            } else {
                "\nИсточники\n"
            };
            assert!(shown.contains(heading), "{}", guide.id);
            let reviewed = if lang == Lang::En {
                "Last reviewed: "
            } else {
                "Проверено: "
            };
            assert!(
                shown.ends_with(&format!("{reviewed}{}\n", guide.reviewed)),
                "{}",
                guide.id
            );
            for source in guide.sources.iter() {
                assert!(
                    shown.contains(source.title.as_ref()),
                    "{}: {}",
                    guide.id,
                    source.title
                );
            }
        }
    }
}

#[test]
fn the_newer_pages_are_cited_as_reported_not_verified() {
    let guide = builtin("aliexpress-payments");
    let note = guide.unverified.as_ref().expect("marked as not verified");
    assert!(note.get(Lang::En).contains("third-party"));
    assert!(note.get(Lang::Ru).contains("сторонних"));
    // The pages listed in the project's other-sources.md, with their addresses as given.
    let urls: Vec<&str> = guide
        .sources
        .iter()
        .filter_map(|s| s.url.as_deref())
        .collect();
    assert_eq!(
        urls,
        [
            "https://myteles.ru/articles/kak-udalit-starye-karty-iz-akkaunta-aliexpress",
            "http://ac-ch.ru/kompyuteri-i-gadzheti/kak-udalit-staruyu-kartochku-s-aliekspress.php",
            "https://alibestfinds.com/delete-saved-card-aliexpress",
            "http://alideliv.ru/de/udalenie-bankovskoj-karty-cherez-mobilnoe-prilozhenie-aliekspress-s-telefona-instrukciya.html",
            "https://en.cybercomputersol.com/10260880-how-to-remove-credit-card-from-your-aliexpress-account",
            "https://www.alphr.com/add-remove-change-card-aliexpress/",
            "https://eng.allexprs.info/info/article/kak-udalit-kartu-s-aliekspress.html",
            "https://tchinchine.com/how-do-i-delete-my-credit-card-references-on-aliexpress/",
            "https://world-trader.com/2023/01/26/aliexpress-operates-normally-in-russia/",
        ]
    );
    assert_eq!(guide.places().len(), 2, "website and app");
}

/// Every text a guide shows a person, in `lang`.
fn texts(guide: &Guide, lang: Lang) -> Vec<&str> {
    let mut texts = vec![guide.title.get(lang), guide.summary.get(lang)];
    texts.extend(
        guide
            .outdated
            .iter()
            .chain(&guide.unverified)
            .map(|t| t.get(lang)),
    );
    let lists = [&guide.needs, &guide.warnings, &guide.troubleshooting];
    texts.extend(
        lists
            .into_iter()
            .flat_map(|l| l.iter().map(|t| t.get(lang))),
    );
    for step in guide.all_steps() {
        texts.push(step.text.get(lang));
        texts.extend(step.labels.iter().map(|t| t.get(lang)));
        texts.extend(step.links.iter().map(|l| l.label.get(lang)));
        texts.extend(step.expect.iter().chain(&step.tip).map(|t| t.get(lang)));
    }
    texts
}

/// A person reads methods by their titles: an id such as `direct-link` in a sentence is
/// English inside the Russian interface, and means nothing to most users.
#[test]
fn no_guide_text_names_a_method_by_its_id() {
    let catalog = Catalog::builtin();
    for guide in catalog.guides() {
        for lang in [Lang::Ru, Lang::En] {
            for text in texts(guide, lang) {
                for id in common::METHODS {
                    assert!(!text.contains(id), "{}: {id} in {text:?}", guide.id);
                }
            }
        }
    }
}
