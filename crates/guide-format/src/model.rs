//! The validated guide model: what the rest of the program works with.
//!
//! Every value here has passed `validate`, so code that renders or walks a guide never
//! re-checks it. Strings and lists are `Cow<'static, _>`: guides read from folders own their
//! text, while the built-in guides are baked by the program's build script (with `Bake`)
//! into static data that borrows it, so loading them costs nothing at run time.

use std::borrow::Cow;
use std::fmt;

use databake::Bake;

pub type Str = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// The version of the guide file format this program reads.
pub const FORMAT_VERSION: u16 = 1;

/// A language the guides and the interface are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Ru,
    En,
}

impl Lang {
    /// The code used on the command line, in guide files and in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

/// One text, in every supported language.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Text {
    pub ru: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

/// A method's id: the guide file's stem, lowercase kebab-case.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Bake)]
#[databake(path = guide_format::model)]
pub struct MethodId(pub Str);

impl MethodId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Lowercase ASCII letters and digits in words joined by single hyphens: `direct-link`.
    pub fn is_valid(id: &str) -> bool {
        !id.is_empty()
            && id.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    }
}

impl std::borrow::Borrow<str> for MethodId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MethodId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An enumeration written in guide files and JSON by fixed names.
pub trait Named: Copy + 'static {
    const ALL: &'static [Self];
    /// The names of `ALL`, in the same order.
    const NAMES: &'static [&'static str];
    fn name(self) -> &'static str;
}

macro_rules! named {
    ($type:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl Named for $type {
            const ALL: &'static [Self] = &[$($type::$variant),+];
            const NAMES: &'static [&'static str] = &[$($name),+];
            fn name(self) -> &'static str {
                match self {
                    $($type::$variant => $name),+
                }
            }
        }
    };
}

/// What a method does with a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Bake)]
#[databake(path = guide_format::model)]
pub enum Kind {
    Remove,
    Add,
    Replace,
}

/// Where the method is carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub enum Place {
    /// A web browser on a computer.
    ComputerBrowser,
    /// The AliExpress app on a phone.
    PhoneApp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Bake)]
#[databake(path = guide_format::model)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

named!(Kind { Remove => "remove", Add => "add", Replace => "replace" });
named!(Place { ComputerBrowser => "computer-browser", PhoneApp => "phone-app" });
named!(Difficulty { Easy => "easy", Medium => "medium", Hard => "hard" });

/// A calendar date (the day a guide was last reviewed, or a source published).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Bake)]
#[databake(path = guide_format::model)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date (UTC) `days` days after 1970-01-01; Howard Hinnant's `civil_from_days`.
    pub(crate) fn from_unix_days(days: u64) -> Date {
        let z = days + 719_468;
        let era = z / 146_097;
        let day_of_era = z % 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + u64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// The date (UTC) of a moment `seconds` after 1970-01-01 00:00 UTC.
    pub fn from_unix_seconds(seconds: u64) -> Date {
        Date::from_unix_days(seconds / 86_400)
    }
}

impl Date {
    /// Whole months from this date to `later` (0 when `later` is not later).
    pub fn months_until(self, later: Date) -> u32 {
        let months = (i64::from(later.year) - i64::from(self.year)) * 12 + i64::from(later.month)
            - i64::from(self.month)
            - i64::from(later.day < self.day);
        u32::try_from(months).unwrap_or(0)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An https address on AliExpress's or Alipay's own domains: the only kind of link a
/// user is offered to open. Built only by `validate`.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct SafeUrl(pub Str);

impl SafeUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host name, shown beside a link so that a user sees where it leads.
    pub fn host(&self) -> &str {
        let rest = self.0.strip_prefix("https://").unwrap_or(&self.0);
        rest.split(['/', '?', '#']).next().unwrap_or(rest)
    }
}

/// A link a step asks the user to open.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Link {
    pub url: SafeUrl,
    pub label: Text,
}

/// Where a guide's facts come from. Shown, never opened.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Source {
    /// A short key that steps use to cite this source.
    pub id: Str,
    /// The source's own title, in its own language.
    pub title: Str,
    /// Its address (http or https), when it has one.
    pub url: Option<Str>,
    /// When it was published, when it says.
    pub published: Option<Date>,
    /// What kind of source it is and how far to trust it.
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Step {
    pub text: Text,
    /// The exact on-screen labels to look for, in the order they are met.
    pub labels: List<Text>,
    pub links: List<Link>,
    /// What the user should see once the step is done.
    pub expect: Option<Text>,
    pub tip: Option<Text>,
    /// Ids of the guide's sources this step comes from; empty means all of them.
    pub sources: List<Str>,
    /// Whether this is the step that deletes a card: a caution about refunds comes before it.
    pub deletes: bool,
    /// Other methods that carry out this step (as removing the old card does in replacing
    /// one); the walkthrough offers to walk them and come back.
    pub methods: List<MethodId>,
}

/// One route through a method. Most guides have one; some have another for a different
/// place or a different menu, such as the app besides the website.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Route {
    /// What tells this route apart from the others; `None` when it is the only one.
    pub title: Option<Text>,
    pub place: Place,
    pub steps: List<Step>,
}

/// One method of removing (or adding) a card, complete and validated.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Guide {
    pub id: MethodId,
    pub kind: Kind,
    /// Position in lists and menus: lower comes first.
    pub order: u16,
    pub title: Text,
    pub summary: Text,
    /// Rough time, in minutes.
    pub minutes: u16,
    pub difficulty: Difficulty,
    /// Why the method may no longer work, when its sources say so.
    pub outdated: Option<Text>,
    /// Why its steps cannot be vouched for, when they come from pages that were not checked.
    pub unverified: Option<Text>,
    pub needs: List<Text>,
    pub warnings: List<Text>,
    /// The routes through the method; the first is the main one. Never empty.
    pub routes: List<Route>,
    pub troubleshooting: List<Text>,
    /// Methods to try if this one fails; they never lead back here.
    pub fallbacks: List<MethodId>,
    pub sources: List<Source>,
    pub reviewed: Date,
    /// After how many months since `reviewed` the guide says how long ago it was checked.
    pub stale_after_months: u16,
}

impl Guide {
    /// How many whole months ago the guide was last checked, when that is more than its
    /// `stale_after_months`: the sites may have changed since.
    pub fn stale(&self, today: Date) -> Option<u32> {
        let months = self.reviewed.months_until(today);
        (months > u32::from(self.stale_after_months)).then_some(months)
    }

    /// Where the method can be carried out: the places of its routes, main one first.
    pub fn places(&self) -> Vec<Place> {
        let mut places: Vec<Place> = Vec::new();
        for route in self.routes.iter() {
            if !places.contains(&route.place) {
                places.push(route.place);
            }
        }
        places
    }

    /// Every step of every route.
    pub fn all_steps(&self) -> impl Iterator<Item = &Step> {
        self.routes.iter().flat_map(|r| r.steps.iter())
    }
}

/// A short text the interactive menu offers beside the methods, such as why to remove a saved
/// card; validated like a guide.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = guide_format::model)]
pub struct Topic {
    pub id: Str,
    pub title: Text,
    pub paragraphs: List<Text>,
    pub sources: List<Source>,
    pub reviewed: Date,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_days_become_calendar_dates() {
        let date = |y, m, d| Date {
            year: y,
            month: m,
            day: d,
        };
        assert_eq!(Date::from_unix_days(0), date(1970, 1, 1));
        assert_eq!(Date::from_unix_days(59), date(1970, 3, 1));
        assert_eq!(Date::from_unix_days(11_016), date(2000, 2, 29));
        assert_eq!(Date::from_unix_days(20_783), date(2026, 11, 26));
        assert_eq!(Date::from_unix_days(20_818), date(2026, 12, 31));
        assert_eq!(Date::from_unix_days(20_819), date(2027, 1, 1));
    }

    #[test]
    fn months_between_dates_count_whole_months() {
        let date = |year, month, day| Date { year, month, day };
        let reviewed = date(2026, 11, 26);
        assert_eq!(reviewed.months_until(date(2026, 11, 30)), 0);
        assert_eq!(reviewed.months_until(date(2026, 12, 25)), 0);
        assert_eq!(reviewed.months_until(date(2026, 12, 26)), 1);
        assert_eq!(reviewed.months_until(date(2027, 11, 26)), 12);
        assert_eq!(reviewed.months_until(date(2028, 1, 27)), 14);
        assert_eq!(reviewed.months_until(date(2025, 1, 1)), 0, "earlier");
    }

    #[test]
    fn method_ids_are_lowercase_kebab_case() {
        for good in ["direct-link", "a", "step-2-b"] {
            assert!(MethodId::is_valid(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "ссылка"] {
            assert!(!MethodId::is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn a_links_host_is_what_stands_between_the_scheme_and_the_path() {
        let url = |s: &'static str| SafeUrl(Cow::Borrowed(s));
        assert_eq!(
            url("https://m.aliexpress.com/ru/index.htm").host(),
            "m.aliexpress.com"
        );
        assert_eq!(url("https://alipay.com?x=1").host(), "alipay.com");
        assert_eq!(url("https://alipay.com").host(), "alipay.com");
    }
}
