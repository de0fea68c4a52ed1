//! The interface's own words, in every supported language.
//!
//! One struct per language: a string missing in one language is a compile error.

pub mod cli;
pub mod manual;
pub mod messages;
pub mod problems;

use guide_format::{Difficulty, Kind, Lang, Place};

/// How long ago, in words: "14 months", "2 years"; "14 месяцев", "2 года".
pub fn age(months: u32, lang: Lang) -> String {
    let (n, unit) = if months < 24 {
        (months, Unit::Month)
    } else {
        (months / 12, Unit::Year)
    };
    let word = match (lang, unit) {
        (Lang::En, Unit::Month) => {
            if n == 1 {
                "month"
            } else {
                "months"
            }
        }
        (Lang::En, Unit::Year) => {
            if n == 1 {
                "year"
            } else {
                "years"
            }
        }
        (Lang::Ru, Unit::Month) => russian_plural(n, ["месяц", "месяца", "месяцев"]),
        (Lang::Ru, Unit::Year) => russian_plural(n, ["год", "года", "лет"]),
    };
    format!("{n} {word}")
}

enum Unit {
    Month,
    Year,
}

/// The Russian form for `n`: 1, 21 месяц; 2, 3, 4, 22 месяца; 5, 11, 12, 25 месяцев.
fn russian_plural(n: u32, [one, few, many]: [&'static str; 3]) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=14) => many,
        (1, _) => one,
        (2..=4, _) => few,
        _ => many,
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// What the end of a walkthrough asks and says, for one kind of method.
pub struct Outcome {
    /// Did it work?
    pub question: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// It worked.
    pub done: &'static str,
    /// It did not.
    pub not_done: &'static str,
}

pub struct Words {
    pub where_: &'static str,
    pub time: &'static str,
    pub difficulty: &'static str,
    pub may_be_outdated: &'static str,
    pub not_verified: &'static str,
    /// A note in lists and menus: "last checked 14 months ago".
    pub last_checked: &'static str,
    /// The same, as a sentence at the head of a guide.
    pub checked_long_ago: &'static str,
    pub another_way: &'static str,
    pub do_it_with: &'static str,
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
    pub built_in: &'static str,
    pub folder_user: &'static str,
    pub folder_missing: &'static str,
    pub config_file: &'static str,
    pub file_missing: &'static str,
    pub folder_config: &'static str,
    pub new_written: &'static str,
    pub copy_written: &'static str,
    pub copy_written_as: &'static str,
    pub menu_intro: &'static str,
    pub group_computer: &'static str,
    pub group_phone: &'static str,
    pub group_add: &'static str,
    pub group_more: &'static str,
    pub choose_route: &'static str,
    pub hand_over: &'static str,
    pub continue_with: &'static str,
    pub remove: Outcome,
    pub add: Outcome,
    pub replace: Outcome,
    pub menu_prompt: &'static str,
    pub step_n: &'static str,
    pub computer_short: &'static str,
    pub phone_short: &'static str,
    pub help_me_choose: &'static str,
    pub switch_language: &'static str,
    pub quit: &'static str,
    pub key_move: &'static str,
    pub key_choose: &'static str,
    pub key_yes_no: &'static str,
    pub key_digits: &'static str,
    pub key_scroll: &'static str,
    pub key_back: &'static str,
    pub key_quit: &'static str,
    pub more_below: &'static str,
    pub more_above: &'static str,
    pub items_above: &'static str,
    pub items_below: &'static str,
    pub main_way: &'static str,
    pub what_to_check: &'static str,
    pub what_next: &'static str,
    pub back: &'static str,
    pub step_of: &'static str,
    pub next_step: &'static str,
    pub done_step: &'static str,
    pub previous_step: &'static str,
    pub open_link: &'static str,
    pub show_all_steps: &'static str,
    pub back_to_step: &'static str,
    pub back_to_menu: &'static str,
    pub open_confirm: &'static str,
    pub open_yes: &'static str,
    pub open_no: &'static str,
    pub opened: &'static str,
    pub open_failed: &'static str,
    pub try_another: &'static str,
    pub ask_device: &'static str,
    pub computer: &'static str,
    pub phone: &'static str,
    pub ask_logged_in: &'static str,
    pub question_of: &'static str,
    pub your_answers: &'static str,
    pub answered_logged_in: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub recommended: &'static str,
    pub reason_phone: &'static str,
    pub reason_logged_in: &'static str,
    pub reason_log_in_first: &'static str,
    pub second_choice: &'static str,
    pub site_note: &'static str,
    pub start_recommended: &'static str,
    pub start_second: &'static str,
    pub walk_hint: &'static str,
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

    pub fn outcome(&self, kind: Kind) -> &Outcome {
        match kind {
            Kind::Remove => &self.remove,
            Kind::Add => &self.add,
            Kind::Replace => &self.replace,
        }
    }

    /// A shorter name of the place, for menu lines.
    pub fn place_short(&self, place: Place) -> &'static str {
        match place {
            Place::ComputerBrowser => self.computer_short,
            Place::PhoneApp => self.phone_short,
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
    not_verified: "Not verified",
    last_checked: "last checked {age} ago",
    checked_long_ago: "This guide was last checked {age} ago, on {date}: what you see may differ from it.",
    another_way: "Another way",
    do_it_with: "Do this with one of these methods:",
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
    built_in: "built-in",
    folder_user: "your guide folder",
    folder_missing: "; does not exist",
    config_file: "config file",
    file_missing: "; does not exist",
    folder_config: "guide_dirs in the config file",
    new_written: "Wrote a new guide to {path}\nFill it in, then check it: unlink-guide check {path}\n",
    copy_written: "Wrote a copy of the guide {from} to {path}\nWhile it is there, it replaces the guide {from}. Edit it, then check it: unlink-guide check {path}\n",
    copy_written_as: "Wrote a copy of the guide {from} to {path}, as the new method {id}\nEdit it, then check it: unlink-guide check {path}\n",
    list_hint: "To read a method whole: unlink-guide show <id>   (for example: unlink-guide show direct-link)",
    menu_intro: "Step-by-step help to remove a bank card saved in your AliExpress / Alipay account. This tool only shows instructions: it never asks for your card details. No source describes aliexpress.ru, the separate site of AliExpress Russia: there the labels may differ.",
    menu_prompt: "Choose a method",
    group_computer: "Remove a card, on a computer",
    group_phone: "Remove a card, on a phone",
    group_add: "Add or replace a card",
    group_more: "More",
    choose_route: "Which way?",
    hand_over: "Walk through: {title}",
    continue_with: "Continue: {title}",
    remove: Outcome {
        question: "Is the card gone from the list?",
        yes: "Yes, it is gone",
        no: "No, it is still there",
        done: "Done: the card is gone.",
        not_done: "The card is still there",
    },
    add: Outcome {
        question: "Is the new card in the list?",
        yes: "Yes, it is there",
        no: "No, it is not there",
        done: "Done: the new card is added.",
        not_done: "The new card is not there",
    },
    replace: Outcome {
        question: "Is the new card in the list, and the old one gone?",
        yes: "Yes",
        no: "No, not yet",
        done: "Done: the card is replaced.",
        not_done: "The card is not replaced yet",
    },
    step_n: "Step {n}",
    computer_short: "computer",
    phone_short: "phone",
    help_me_choose: "Help me choose",
    switch_language: "По-русски (switch to Russian)",
    quit: "Quit",
    key_move: "↑↓ move",
    key_choose: "Enter choose",
    key_yes_no: "y/n yes/no",
    key_digits: "1–9 item",
    key_scroll: "PgUp/PgDn scroll",
    key_back: "Esc back",
    key_quit: "q quit",
    more_below: "↓ {n} more lines below: PgDn",
    more_above: "↑ end of the text; {n} lines above: PgUp",
    items_above: "↑ {n} more",
    items_below: "↓ {n} more",
    main_way: "Main way",
    what_to_check: "What to check",
    what_next: "What next?",
    back: "Back",
    step_of: "Step {n} of {m}",
    next_step: "Next step",
    done_step: "Done: I have finished this step",
    previous_step: "Previous step",
    open_link: "Open",
    show_all_steps: "Show all steps",
    back_to_step: "Back to the step",
    back_to_menu: "Back to the menu",
    open_confirm: "Open this address in your browser?",
    open_yes: "Yes, open it",
    open_no: "No, back to the step",
    opened: "Opened in your browser. Come back here when you have done the step.",
    open_failed: "Could not open a browser here. Copy this address into your browser's address bar:",
    try_another: "Try another method",
    ask_device: "Where do you want to do it?",
    computer: "On a computer, in a web browser",
    phone: "On my phone, in the AliExpress app",
    ask_logged_in: "Can you log in to AliExpress: do you know your login and password? Every method starts with logging in.",
    question_of: "Question {n} of {m}",
    your_answers: "Your answers so far",
    answered_logged_in: "Can log in to AliExpress",
    yes: "Yes",
    no: "No",
    recommended: "Recommended",
    reason_phone: "AliExpress's own payment settings, in the app: no Alipay account is needed. The steps come from newer third-party pages and are not verified.",
    reason_logged_in: "AliExpress's own payment settings on the website: no Alipay account is needed. The steps come from newer third-party pages and are not verified.",
    reason_log_in_first: "Log in to AliExpress first: every method starts there, and none of the sources says how to get back into an account. After that, AliExpress's own payment settings need no Alipay registration. The steps come from newer third-party pages and are not verified.",
    second_choice: "If it does not work, try next (it needs no Alipay registration either):",
    site_note: "No source describes aliexpress.ru, the separate site of AliExpress Russia: if you use it, the labels there may differ from the guides.",
    start_recommended: "Start this method",
    start_second: "Start the second choice: {title}",
    walk_hint: "To follow a method step by step, run in a terminal: unlink-guide walk <id>",
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
    not_verified: "Не проверено",
    last_checked: "проверено {age} назад",
    checked_long_ago: "Это руководство проверяли {age} назад, {date}: на экране всё может выглядеть иначе.",
    another_way: "Другой путь",
    do_it_with: "Сделайте это одним из способов:",
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
    built_in: "встроенный",
    folder_user: "ваша папка с руководствами",
    folder_missing: "; её нет",
    config_file: "файл настроек",
    file_missing: "; его нет",
    folder_config: "guide_dirs из файла настроек",
    new_written: "Новое руководство записано в {path}\nЗаполните его и проверьте: unlink-guide check {path}\n",
    copy_written: "Копия руководства {from} записана в {path}\nПока файл там, он заменяет руководство {from}. Поправьте его и проверьте: unlink-guide check {path}\n",
    copy_written_as: "Копия руководства {from} записана в {path} как новый способ {id}\nПоправьте его и проверьте: unlink-guide check {path}\n",
    list_hint: "Чтобы прочитать способ целиком: unlink-guide show <id>   (например: unlink-guide show direct-link)",
    menu_intro: "Пошаговая помощь: как удалить банковскую карту, сохранённую в аккаунте AliExpress / Alipay. Программа только показывает инструкции и никогда не спрашивает данные карты. Ни один источник не описывает aliexpress.ru — отдельный сайт AliExpress Россия: там названия пунктов могут отличаться.",
    menu_prompt: "Выберите способ",
    group_computer: "Удалить карту на компьютере",
    group_phone: "Удалить карту на телефоне",
    group_add: "Добавить или заменить карту",
    group_more: "Ещё",
    choose_route: "Каким путём?",
    hand_over: "Пройти: {title}",
    continue_with: "Продолжить: {title}",
    remove: Outcome {
        question: "Карта исчезла из списка?",
        yes: "Да, исчезла",
        no: "Нет, она всё ещё там",
        done: "Готово: карты больше нет.",
        not_done: "Карта всё ещё в списке",
    },
    add: Outcome {
        question: "Новая карта появилась в списке?",
        yes: "Да, появилась",
        no: "Нет, её нет",
        done: "Готово: новая карта добавлена.",
        not_done: "Новой карты нет в списке",
    },
    replace: Outcome {
        question: "Новая карта в списке, а старой больше нет?",
        yes: "Да",
        no: "Нет, ещё нет",
        done: "Готово: карта заменена.",
        not_done: "Карта ещё не заменена",
    },
    step_n: "Шаг {n}",
    computer_short: "компьютер",
    phone_short: "телефон",
    help_me_choose: "Помогите выбрать",
    switch_language: "In English (по-английски)",
    quit: "Выйти",
    key_move: "↑↓ выбор",
    key_choose: "Enter выбрать",
    key_yes_no: "y/n да/нет",
    key_digits: "1–9 пункт",
    key_scroll: "PgUp/PgDn листать",
    key_back: "Esc назад",
    key_quit: "q выход",
    more_below: "↓ ниже ещё строк: {n} (PgDn)",
    more_above: "↑ конец текста; выше строк: {n} (PgUp)",
    items_above: "↑ ещё {n}",
    items_below: "↓ ещё {n}",
    main_way: "Основной путь",
    what_to_check: "Что проверить",
    what_next: "Что дальше?",
    back: "Назад",
    step_of: "Шаг {n} из {m}",
    next_step: "Следующий шаг",
    done_step: "Готово: этот шаг сделан",
    previous_step: "Предыдущий шаг",
    open_link: "Открыть",
    show_all_steps: "Показать все шаги",
    back_to_step: "Вернуться к шагу",
    back_to_menu: "Вернуться в меню",
    open_confirm: "Открыть этот адрес в браузере?",
    open_yes: "Да, открыть",
    open_no: "Нет, вернуться к шагу",
    opened: "Открыто в браузере. Вернитесь сюда, когда сделаете шаг.",
    open_failed: "Не удалось открыть браузер. Скопируйте адрес в адресную строку браузера:",
    try_another: "Попробуйте другой способ",
    ask_device: "Где вам удобнее это сделать?",
    computer: "На компьютере, в браузере",
    phone: "На телефоне, в приложении AliExpress",
    ask_logged_in: "Вы можете войти в AliExpress — знаете свой логин и пароль? Любой способ начинается со входа.",
    question_of: "Вопрос {n} из {m}",
    your_answers: "Ваши ответы",
    answered_logged_in: "Можете войти в AliExpress",
    yes: "Да",
    no: "Нет",
    recommended: "Рекомендуем",
    reason_phone: "Настройки оплаты самого AliExpress, в приложении: аккаунт Alipay не нужен. Шаги взяты с новых сторонних страниц и не проверены.",
    reason_logged_in: "Настройки оплаты самого AliExpress на сайте: аккаунт Alipay не нужен. Шаги взяты с новых сторонних страниц и не проверены.",
    reason_log_in_first: "Сначала войдите в AliExpress: с этого начинается любой способ, а как вернуть доступ к аккаунту, источники не пишут. Дальше — настройки оплаты самого AliExpress, им регистрация в Alipay не нужна. Шаги взяты с новых сторонних страниц и не проверены.",
    second_choice: "Если не получится, попробуйте следующий способ (ему тоже не нужна регистрация в Alipay):",
    site_note: "Ни один источник не описывает aliexpress.ru — отдельный сайт AliExpress Россия. Если вы пользуетесь им, названия пунктов там могут отличаться от описанных.",
    start_recommended: "Начать этот способ",
    start_second: "Начать второй вариант: {title}",
    walk_hint: "Чтобы пройти способ по шагам, запустите в терминале: unlink-guide walk <id>",
    show_command: "unlink-guide show",
    computer_browser: "компьютер, браузер",
    phone_app: "телефон, приложение",
    easy: "легко",
    medium: "средне",
    hard: "сложно",
    minutes: "мин",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_said_with_the_right_word_forms() {
        let said = |months, lang| age(months, lang);
        assert_eq!(said(13, Lang::En), "13 months");
        assert_eq!(said(1, Lang::En), "1 month");
        assert_eq!(said(30, Lang::En), "2 years");
        assert_eq!(said(13, Lang::Ru), "13 месяцев");
        assert_eq!(said(21, Lang::Ru), "21 месяц");
        assert_eq!(said(22, Lang::Ru), "22 месяца");
        assert_eq!(said(24, Lang::Ru), "2 года");
        assert_eq!(said(60, Lang::Ru), "5 лет");
        assert_eq!(said(12 * 21, Lang::Ru), "21 год");
    }
}
