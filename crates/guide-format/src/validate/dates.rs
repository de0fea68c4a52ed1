//! Dates in guide files.

use toml::value::Datetime;

use crate::error::Rule;
use crate::model::Date;

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
