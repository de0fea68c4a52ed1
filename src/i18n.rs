//! The interface's own words, in every supported language.
//!
//! One struct per language: a string missing in one language is a compile error.

use crate::guide::{Difficulty, Lang, Place};

pub struct Words {
    pub where_: &'static str,
    pub time: &'static str,
    pub difficulty: &'static str,
    pub may_be_outdated: &'static str,
    pub needs: &'static str,
    pub warnings: &'static str,
    pub steps: &'static str,
    pub look_for: &'static str,
    pub link: &'static str,
    pub expect: &'static str,
    pub tip: &'static str,
    pub source: &'static str,
    pub troubleshooting: &'static str,
    pub try_next: &'static str,
    pub sources: &'static str,
    pub published: &'static str,
    pub reviewed: &'static str,
    pub list_hint: &'static str,
    pub show_command: &'static str,
    pub computer_browser: &'static str,
    pub phone_app: &'static str,
    pub easy: &'static str,
    pub medium: &'static str,
    pub hard: &'static str,
    pub minutes: &'static str,
}

impl Words {
    pub fn place(&self, place: Place) -> &'static str {
        match place {
            Place::ComputerBrowser => self.computer_browser,
            Place::PhoneApp => self.phone_app,
        }
    }

    pub fn difficulty(&self, difficulty: Difficulty) -> &'static str {
        match difficulty {
            Difficulty::Easy => self.easy,
            Difficulty::Medium => self.medium,
            Difficulty::Hard => self.hard,
        }
    }
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

static EN: Words = Words {
    where_: "Where",
    time: "Time",
    difficulty: "Difficulty",
    may_be_outdated: "May be outdated",
    needs: "What you need",
    warnings: "Before you start",
    steps: "Steps",
    look_for: "Look for",
    link: "Link",
    expect: "You should see",
    tip: "Tip",
    source: "Source",
    troubleshooting: "If it does not work",
    try_next: "Other methods to try",
    sources: "Sources",
    published: "published",
    reviewed: "Last reviewed",
    list_hint: "To read a method step by step: unlink-guide show <id>   (for example: unlink-guide show direct-link)",
    show_command: "unlink-guide show",
    computer_browser: "computer, browser",
    phone_app: "phone, app",
    easy: "easy",
    medium: "medium",
    hard: "hard",
    minutes: "min",
};

static RU: Words = Words {
    where_: "Где",
    time: "Время",
    difficulty: "Сложность",
    may_be_outdated: "Может быть устаревшим",
    needs: "Что понадобится",
    warnings: "Перед началом",
    steps: "Шаги",
    look_for: "Ищите",
    link: "Ссылка",
    expect: "Что вы увидите",
    tip: "Совет",
    source: "Источник",
    troubleshooting: "Если не получилось",
    try_next: "Другие способы",
    sources: "Источники",
    published: "опубликовано",
    reviewed: "Проверено",
    list_hint: "Чтобы прочитать способ по шагам: unlink-guide show <id>   (например: unlink-guide show direct-link)",
    show_command: "unlink-guide show",
    computer_browser: "компьютер, браузер",
    phone_app: "телефон, приложение",
    easy: "легко",
    medium: "средне",
    hard: "сложно",
    minutes: "мин",
};
