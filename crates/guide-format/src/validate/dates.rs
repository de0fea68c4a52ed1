//! Dates in guide files.

use toml::value::Datetime;

use crate::error::Rule;
use crate::model::Date;
use crate::raw::RawDate;

/// A date written as a TOML date or in quotes: either way, a plain date and nothing else.
pub(super) fn raw_date(value: &RawDate) -> Result<Date, Rule> {
    match value {
        RawDate::Toml(date) => toml_date(date),
        RawDate::Quoted(text) => match text.parse::<Datetime>() {
            Ok(date) if text.len() == "YYYY-MM-DD".len() => toml_date(&date),
            _ => Err(Rule::NotAPlainDate {
                value: text.clone(),
            }),
        },
    }
}

/// Converts a TOML date into a `Date`, refusing a time or an offset.
pub(super) fn toml_date(value: &Datetime) -> Result<Date, Rule> {
    match (value.date, value.time, value.offset) {
        (Some(d), None, None) => Ok(Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }),
        _ => Err(Rule::NotAPlainDate {
            value: value.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use crate::error::LoadError;
    use crate::read::read_guide;
    use crate::sample::{TODAY, VALID, problems, with};

    #[test]
    fn a_date_in_quotes_is_the_same_date_and_anything_else_in_quotes_is_refused() {
        let quoted = with("reviewed = 2026-11-01", "reviewed = \"2026-11-01\"");
        let guide = read_guide("a-guide", &quoted, TODAY).expect("a quoted date is a date");
        let plain = read_guide("a-guide", VALID, TODAY).unwrap();
        assert_eq!(guide.reviewed, plain.reviewed);
        for bad in [
            "yesterday",
            "2026-02-30",
            "2026-11-01T10:00:00",
            " 2026-11-01",
            "",
        ] {
            let text = with("reviewed = 2026-11-01", &format!("reviewed = \"{bad}\""));
            assert_eq!(
                problems(&text),
                [format!("reviewed: NotAPlainDate {{ value: {bad:?} }}")],
                "{bad}"
            );
        }
        // Neither a date nor text: the TOML reader says so.
        let number = with("reviewed = 2026-11-01", "reviewed = 20261101");
        assert!(matches!(
            read_guide("a-guide", &number, TODAY),
            Err(LoadError::Syntax(_))
        ));
    }
}
