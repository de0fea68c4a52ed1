//! Every word the program says, in every supported language: one table (`Words`, with an
//! instance per language), and the functions that put values into its templates. The
//! English help of the command line is clap's and `cli`'s doc comments; its Russian help is
//! in `cli` here.

pub(crate) mod cli;
mod en;
pub mod messages;
pub(crate) mod problems;
mod ru;
mod words;

pub(crate) use words::{AnswerWords, OutcomeWords, Words};

use guide_format::{Date, Difficulty, Kind, Lang, Place};

/// How long ago, in words: "14 months", "2 years"; "14 месяцев", "2 года".
pub(crate) fn age(months: u32, lang: Lang) -> String {
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

/// A date as a reader writes it: "27 November 2026", «27 ноября 2026 г.».
pub fn date(date: Date, lang: Lang) -> String {
    let w = words(lang);
    let month = w.months[usize::from(date.month.clamp(1, 12)) - 1];
    fill(
        w.date,
        &[
            ("day", &date.day.to_string()),
            ("month", month),
            ("year", &date.year.to_string()),
        ],
    )
}

/// `template` with each `{name}` replaced by its value, in one pass: a value is never read as
/// a template, so a path or an argument holding `{id}` is shown as it is. A `{` that starts
/// no known name stays.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let value = values.iter().find(|(name, _)| *name == &after[..close])?.1;
            Some((close, value))
        });
        match known {
            Some((close, value)) => {
                text.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

impl Words {
    pub(crate) fn place(&self, place: Place) -> &'static str {
        match place {
            Place::ComputerBrowser => self.computer_browser,
            Place::PhoneApp => self.phone_app,
        }
    }

    pub(crate) fn outcome(&self, kind: Kind) -> &OutcomeWords {
        match kind {
            Kind::Remove => &self.remove,
            Kind::Add => &self.add,
            Kind::Replace => &self.replace,
        }
    }

    /// A shorter name of the place, for menu lines.
    pub(crate) fn place_short(&self, place: Place) -> &'static str {
        match place {
            Place::ComputerBrowser => self.computer_short,
            Place::PhoneApp => self.phone_short,
        }
    }

    pub(crate) fn difficulty(&self, difficulty: Difficulty) -> &'static str {
        match difficulty {
            Difficulty::Easy => self.easy,
            Difficulty::Medium => self.medium,
            Difficulty::Hard => self.hard,
        }
    }
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &ru::RU,
        Lang::En => &en::EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_each_value_in_once_and_never_reads_a_value_as_a_template() {
        let filled = fill(
            "check {path} ({id}) {unknown} {",
            &[("path", "C:/{id}/x.toml"), ("id", "my-bank")],
        );
        assert_eq!(filled, "check C:/{id}/x.toml (my-bank) {unknown} {");
    }

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

    #[test]
    fn dates_are_written_in_words() {
        let day = Date {
            year: 2026,
            month: 11,
            day: 27,
        };
        assert_eq!(date(day, Lang::Ru), "27 ноября 2026 г.");
        assert_eq!(date(day, Lang::En), "27 November 2026");
        let first = Date {
            year: 2023,
            month: 1,
            day: 6,
        };
        assert_eq!(date(first, Lang::Ru), "6 января 2023 г.");
    }
}
