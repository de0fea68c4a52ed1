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
    // In the article's order: its first text gives the form with `?locale=ru_RU`.
    assert_eq!(
        urls,
        [
            "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU",
            "https://intl.alipay.com/ihome/user/queryUserBindCard.htm",
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
/// also say that the article claims Alipay stopped serving AliExpress customers in 2017.
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

/// The TOML example of docs/guide-format.md that `which` picks.
fn documented_example(which: impl Fn(&&str) -> bool) -> String {
    let doc = fs::read_to_string("docs/guide-format.md").unwrap();
    let examples = doc.split("```toml\n").skip(1);
    let example = examples
        .filter_map(|block| block.split("```").next())
        .find(which)
        .expect("docs/guide-format.md has the example");
    example.to_string()
}

#[test]
fn the_documented_example_is_a_valid_guide_under_its_own_name() {
    let example = documented_example(|block| block.starts_with("# guides/direct-link.toml"));
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
    let example = documented_example(|block| block.contains("[[paragraphs]]"));
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
        let shown = text_of(guide, &catalog, Lang::En);
        for route in guide.routes.iter() {
            let n = route.steps.iter().position(|s| s.deletes).unwrap();
            let step = format!("{:>3}. {}", n + 1, route.steps[n].text.get(Lang::En));
            let at = shown
                .find(&step)
                .unwrap_or_else(|| panic!("{}: {step}", guide.id));
            let before = &shown[..at];
            let caution = before
                .rfind("! Before you delete: orders, subscriptions and refunds")
                .expect("a caution");
            // Nothing but the caution stands between it and the step.
            assert!(
                !before[caution..].contains(&format!("{:>3}. ", n)),
                "{}",
                guide.id
            );
            assert!(before[caution..].contains("dzen.ru"));
            assert!(before[caution..].contains("The article says"));
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

/// `show` of `guide` as plain text in `lang`, its lines whole.
fn text_of(guide: &Guide, catalog: &Catalog, lang: Lang) -> String {
    let options = unlink_guide::render::Options {
        lang,
        color: false,
        hyperlinks: false,
        screen_reader: false,
        width: None,
        today: common::today(),
    };
    unlink_guide::render::text::show(guide, catalog, &options)
}

#[test]
fn every_guide_names_its_sources_and_when_it_was_reviewed() {
    let catalog = Catalog::builtin();
    for guide in catalog.guides() {
        assert!(!guide.sources.is_empty(), "{}", guide.id);
        for lang in [Lang::En, Lang::Ru] {
            let shown = text_of(guide, &catalog, lang);
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
            let date = unlink_guide::i18n::date(guide.reviewed, lang);
            assert!(
                shown.ends_with(&format!("{reviewed}{date}\n")),
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
            "https://alibestfinds.com/add-card-to-aliexpress",
            "https://en.cybercomputersol.com/10260880-how-to-remove-credit-card-from-your-aliexpress-account",
            "https://aliexba.com/how-to-remove-the-card-from-my-aliexpress-account/",
            "https://oferal.com/en/delete-card-aliexpress/",
            "http://alideliv.ru/de/udalenie-bankovskoj-karty-cherez-mobilnoe-prilozhenie-aliekspress-s-telefona-instrukciya.html",
            "https://www.techgrapple.com/aliexpress-credit-card-removal-and-account-deactivation/",
            "https://megabonus.com/en/blog/how-to-remove-a-credit-card-from-aliexpress/",
            "https://fiberleaque.ru/articles/kak-zaregistrirovat-kartu-na-aliexpress",
            "https://www.alphr.com/add-remove-change-card-aliexpress/",
            "https://eng.allexprs.info/info/article/kak-udalit-kartu-s-aliekspress.html",
            "https://tchinchine.com/how-do-i-delete-my-credit-card-references-on-aliexpress/",
            "https://support.google.com/chrome/answer/142893",
            "https://yandex.com/support/browser/ru/security/payment-card.md",
        ]
    );
    assert_eq!(guide.places().len(), 2, "website and app");
    // The route through «Wallet» that the English pages give for aliexpress.com is a route
    // of its own, not a tip.
    let wallet = &guide.routes[1];
    assert!(
        wallet
            .title
            .as_ref()
            .unwrap()
            .get(Lang::En)
            .contains("«Wallet»")
    );
    assert!(wallet.steps.iter().any(|s| s.deletes));
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

/// Every text of a topic, in `lang`.
fn topic_texts(lang: Lang) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for id in ["why-remove", "prevent-saving", "refund-caution"] {
        let topic = unlink_guide::guide::topic(id).expect("a built-in topic");
        texts.push((id.to_string(), topic.title.get(lang).to_string()));
        for paragraph in topic.paragraphs.iter() {
            texts.push((id.to_string(), paragraph.get(lang).to_string()));
        }
    }
    texts
}

/// What the sources contradict is never promised: not "no Alipay account", not "no
/// registration" for a route whose sources disagree; the article's 2017 claim is always the
/// article's. (Issue 21's list, kept true.)
#[test]
fn no_text_promises_what_its_sources_contradict() {
    let catalog = Catalog::builtin();
    for lang in [Lang::En, Lang::Ru] {
        let mut all: Vec<(String, String)> = topic_texts(lang);
        let w = unlink_guide::i18n::words(lang);
        for said in [
            w.menu_intro,
            w.ask_site,
            w.ask_refund,
            w.why_website,
            w.why_app_wallet,
            w.why_app_payments,
            w.why_article_app,
            w.why_direct_link,
            w.why_mobile_site,
            w.why_alipay_account,
            w.why_alipay_settings,
            w.caution_first,
            w.second_choice,
            w.site_note_ru,
            w.site_note_unknown,
        ] {
            all.push(("the program's own words".to_string(), said.to_string()));
        }
        for guide in catalog.guides() {
            for text in texts(guide, lang) {
                all.push((guide.id.to_string(), text.to_string()));
            }
        }
        for (id, text) in &all {
            let lower = text.to_lowercase();
            for promise in [
                "no alipay account",
                "no alipay registration is needed",
                "without registering with alipay",
                "без аккаунта alipay",
                "аккаунт alipay не нужен",
                "без регистрации:",
                "own payment settings",
                "самого aliexpress",
            ] {
                assert!(!lower.contains(promise), "{id}: {promise:?} in {text:?}");
            }
            if text.contains("2017") {
                let attributed = ["article", "статья", "статье", "статьи"]
                    .iter()
                    .any(|a| lower.contains(a));
                assert!(
                    attributed,
                    "{id}: the 2017 claim is the article's: {text:?}"
                );
            }
            if lang == Lang::Ru {
                for calque in [
                    "По alibestfinds",
                    "По ac-ch",
                    "По alifaq",
                    "по статье",
                    "По статье",
                    "убрать галочку",
                    "вспомните",
                    "Укажите свой e-mail",
                    "сделана другая",
                ] {
                    assert!(!text.contains(calque), "{id}: {calque:?} in {text:?}");
                }
            }
        }
    }
}

/// A date in Russian text is written as a reader expects it, not as ISO.
#[test]
fn dates_are_written_in_words() {
    let catalog = Catalog::builtin();
    let guide = catalog.get("direct-link").unwrap();
    let shown = text_of(guide, &catalog, Lang::Ru);
    assert!(shown.contains("опубликовано 16 февраля 2023 г."), "{shown}");
    assert!(shown.ends_with("Проверено: 2 декабря 2026 г.\n"), "{shown}");
    assert!(!shown.contains("2026-12-02"));
}
