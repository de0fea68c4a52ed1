//! The example texts of the template that `unlink-guide new` writes: a guide that still holds
//! one was not filled in, and must not pass for a real guide.

/// Every example text of the template (templates/guide.toml of unlink-guide, whose tests
/// check that each of its texts is here), in both languages.
pub(crate) const PLACEHOLDERS: &[&str] = &[
    "Название способа",
    "Name of the method",
    "Одной строкой: что делает этот способ.",
    "One line: what this method does.",
    "Почему способ может не работать.",
    "Why the method may no longer work.",
    "Что понадобится.",
    "What you need.",
    "О чём нужно знать заранее.",
    "What to know before you start.",
    "Что сделать. Надписи на экране пишите как есть, в кавычках-ёлочках: «Удалить».",
    "What to do. Write on-screen labels as they are, in guillemets, with a translation: «Удалить» (Delete).",
    "Что вы увидите после этого шага.",
    "What you should see after this step.",
    "Совет.",
    "A tip.",
    "Что откроет ссылка",
    "What the link opens",
    "Что делать, если не получилось.",
    "What to do if it does not work.",
    "The title of the page or article the steps come from",
    "Что это за источник.",
    "What kind of source it is.",
];

/// Whether `text` is one of the template's example texts.
pub fn is_placeholder(text: &str) -> bool {
    PLACEHOLDERS.contains(&text.trim())
}

#[cfg(test)]
mod tests {
    use crate::sample::{problems, with};

    #[test]
    fn a_text_left_as_the_templates_example_is_refused_in_either_language() {
        assert_eq!(
            problems(&with("en = \"Title\"", "en = \"Name of the method\"")),
            ["title.en: Placeholder"]
        );
        assert_eq!(
            problems(&with("ru = \"Заголовок\"", "ru = \"  Название способа \"")),
            ["title.ru: Placeholder"]
        );
    }
}
