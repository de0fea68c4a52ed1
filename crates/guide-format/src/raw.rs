//! A guide file exactly as written: what serde reads from TOML, before any check.
//!
//! Nearly every field is optional here so that `validate` can report every missing field at
//! once, with its place in the file, instead of serde stopping at the first one. Unknown keys
//! are not refused by serde either: `read` collects them all.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use toml::value::Datetime;

/// The keys the derived `Deserialize` of `T` knows, as serde itself lists them (after
/// renaming), to suggest the right one for a typo.
pub fn keys_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    /// A deserializer that only asks a struct for its field names, then gives up.
    struct Keys<'a>(&'a mut &'static [&'static str]);

    impl<'de> Deserializer<'de> for Keys<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("only the field names are wanted"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            self.deserialize_any(visitor)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    let mut keys: &'static [&'static str] = &[];
    let _ = T::deserialize(Keys(&mut keys));
    keys
}

/// A date as a guide writes it: a TOML date (`2026-11-26`), or the same in quotes
/// (`"2026-11-26"`), which is how an editor checking the file against the JSON Schema sees
/// either. Validation reads both the same way, and refuses anything but a plain date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawDate {
    Toml(Datetime),
    Quoted(String),
}

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = RawDate;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date, YYYY-MM-DD")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<RawDate, E> {
                Ok(RawDate::Quoted(text.to_string()))
            }

            // The TOML reader hands a date over as a map with one private key.
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawDate, A::Error> {
                Datetime::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawDate::Toml)
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

// The attributes under `cfg_attr(test, ...)` describe the format for the JSON Schema that
// `docs/guide.schema.json` holds (see `schema_tests`): what serde alone would leave open, such
// as which fields are required and which values are allowed. The checks themselves are in
// `validate`; the schema only lets editors point at mistakes while a guide is written.

/// A text in every supported language.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct RawText {
    /// Russian.
    #[cfg_attr(
        test,
        schemars(required, with = "String", pattern(crate::patterns::TEXT))
    )]
    pub(crate) ru: Option<String>,
    /// English.
    #[cfg_attr(
        test,
        schemars(required, with = "String", pattern(crate::patterns::TEXT))
    )]
    pub(crate) en: Option<String>,
}

/// A link the step asks the user to open.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct RawLink {
    /// An https address on aliexpress.com, aliexpress.ru or alipay.com, or a subdomain.
    #[cfg_attr(
        test,
        schemars(
            required,
            with = "String",
            length(max = 2000),
            pattern(crate::patterns::LINK)
        )
    )]
    pub(crate) url: Option<String>,
    /// What the link opens.
    #[cfg_attr(test, schemars(required, with = "RawText"))]
    pub(crate) label: Option<RawText>,
}

/// Where the guide's facts come from.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct RawSource {
    /// The key steps use to cite this source.
    #[cfg_attr(
        test,
        schemars(required, with = "String", pattern(crate::patterns::ID))
    )]
    pub(crate) id: Option<String>,
    /// The source's own title, in its own language.
    #[cfg_attr(test, schemars(required, with = "String", length(min = 1)))]
    pub(crate) title: Option<String>,
    /// Its address, shown and never opened.
    #[cfg_attr(
        test,
        schemars(
            with = "Option<String>",
            length(max = 2000),
            pattern(crate::patterns::SOURCE_URL)
        )
    )]
    pub(crate) url: Option<String>,
    /// When it was published (YYYY-MM-DD, as a TOML date or in quotes).
    #[cfg_attr(test, schemars(with = "Option<String>", pattern(crate::patterns::DATE), extend("format" = "date")))]
    pub(crate) published: Option<RawDate>,
    /// What kind of source it is and how far to trust it.
    pub(crate) note: Option<RawText>,
}

/// One step.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct RawStep {
    /// What to do.
    #[cfg_attr(test, schemars(required, with = "RawText"))]
    pub(crate) text: Option<RawText>,
    /// The exact on-screen labels to look for, in the order they are met.
    #[serde(default)]
    pub(crate) labels: Vec<RawText>,
    /// Links the step asks the user to open.
    #[serde(default)]
    pub(crate) links: Vec<RawLink>,
    /// What the user should see once the step is done.
    pub(crate) expect: Option<RawText>,
    /// A tip.
    pub(crate) tip: Option<RawText>,
    /// Ids of the guide's sources this step comes from; empty means all of them.
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    /// Whether this step deletes a card (a caution about refunds is shown before it).
    #[serde(default)]
    pub(crate) deletes: bool,
    /// Other methods that carry out this step.
    #[serde(default)]
    #[cfg_attr(test, schemars(inner(pattern(crate::patterns::ID))))]
    pub(crate) methods: Vec<String>,
}

/// Another route through the method.
#[derive(Debug, Deserialize)]
#[cfg_attr(
    test,
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields, transform = schema_tests::steps_are_required)
)]
pub struct RawRoute {
    /// What tells this route apart.
    #[cfg_attr(test, schemars(required, with = "RawText"))]
    pub(crate) title: Option<RawText>,
    /// Where this route is carried out, when not where the main route is.
    #[serde(rename = "where")]
    #[cfg_attr(test, schemars(with = "Option<String>", extend("enum" = ["computer-browser", "phone-app"])))]
    pub(crate) place: Option<String>,
    /// Its steps, in order.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub(crate) steps: Vec<RawStep>,
}

/// A guide for unlink-guide: one way of removing (or adding) a card saved in AliExpress /
/// Alipay. Format version 1; see docs/guide-format.md.
#[derive(Debug, Deserialize)]
#[cfg_attr(
    test,
    derive(schemars::JsonSchema),
    schemars(
        deny_unknown_fields,
        title = "unlink-guide guide",
        transform = schema_tests::steps_and_sources_are_required
    )
)]
pub struct RawGuide {
    /// The format version.
    #[cfg_attr(test, schemars(required, with = "i64", extend("const" = 1)))]
    pub(crate) format: Option<i64>,
    /// What the method does with a card.
    #[cfg_attr(test, schemars(required, with = "String", extend("enum" = ["remove", "add", "replace"])))]
    pub(crate) kind: Option<String>,
    /// Position in lists and menus: lower comes first (100 when left out).
    #[cfg_attr(test, schemars(with = "Option<i64>", range(min = 0, max = 9999)))]
    pub(crate) order: Option<i64>,
    /// The method's name.
    #[cfg_attr(test, schemars(required, with = "RawText"))]
    pub(crate) title: Option<RawText>,
    /// One line: what the method does.
    #[cfg_attr(test, schemars(required, with = "RawText"))]
    pub(crate) summary: Option<RawText>,
    /// Where the main route is carried out.
    #[serde(rename = "where")]
    #[cfg_attr(test, schemars(required, with = "String", extend("enum" = ["computer-browser", "phone-app"])))]
    pub(crate) place: Option<String>,
    /// Rough time, in minutes.
    #[cfg_attr(test, schemars(required, with = "i64", range(min = 1, max = 600)))]
    pub(crate) minutes: Option<i64>,
    /// How hard it is for someone new to it.
    #[cfg_attr(test, schemars(required, with = "String", extend("enum" = ["easy", "medium", "hard"])))]
    pub(crate) difficulty: Option<String>,
    /// Why the method may no longer work, when its sources say so.
    pub(crate) outdated: Option<RawText>,
    /// Why its steps cannot be vouched for, when they come from pages that were not checked.
    pub(crate) unverified: Option<RawText>,
    /// The title of the main route, when there are other routes.
    pub(crate) main_route: Option<RawText>,
    /// What you need before you start.
    #[serde(default)]
    pub(crate) needs: Vec<RawText>,
    /// What to know before you start.
    #[serde(default)]
    pub(crate) warnings: Vec<RawText>,
    /// The steps of the main route, in order.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub(crate) steps: Vec<RawStep>,
    /// Other routes through the method.
    #[serde(default)]
    pub(crate) other_routes: Vec<RawRoute>,
    /// What to do when it does not work.
    #[serde(default)]
    pub(crate) troubleshooting: Vec<RawText>,
    /// Methods to try if this one fails.
    #[serde(default)]
    #[cfg_attr(test, schemars(inner(pattern(crate::patterns::ID))))]
    pub(crate) fallbacks: Vec<String>,
    /// Where the guide's facts come from.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub(crate) sources: Vec<RawSource>,
    /// When the guide was last checked against its sources (YYYY-MM-DD, as a TOML date or in
    /// quotes; not in the future).
    #[cfg_attr(test, schemars(required, with = "String", pattern(crate::patterns::DATE), extend("format" = "date")))]
    pub(crate) reviewed: Option<RawDate>,
    /// After how many months since `reviewed` the guide says how long ago it was checked
    /// (12 when left out).
    #[cfg_attr(test, schemars(with = "Option<i64>", range(min = 1, max = 120)))]
    pub(crate) stale_after_months: Option<i64>,
}

/// A topic of the interactive menu.
#[derive(Debug, Deserialize)]
pub(crate) struct RawTopic {
    pub(crate) format: Option<i64>,
    pub(crate) title: Option<RawText>,
    #[serde(default)]
    pub(crate) paragraphs: Vec<RawText>,
    #[serde(default)]
    pub(crate) sources: Vec<RawSource>,
    pub(crate) reviewed: Option<RawDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_known_keys_are_read_from_serde() {
        assert_eq!(keys_of::<RawText>(), ["ru", "en"]);
        assert_eq!(keys_of::<RawLink>(), ["url", "label"]);
        assert!(keys_of::<RawGuide>().contains(&"where"));
        assert!(!keys_of::<RawGuide>().contains(&"place"));
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;
    use crate::model::{Difficulty, Kind, Named, Place};

    const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/guide.schema.json");

    /// serde fills in a missing list, so schemars does not require one; validation does.
    pub(crate) fn steps_and_sources_are_required(schema: &mut schemars::Schema) {
        require(schema, &["steps", "sources"]);
    }

    pub(crate) fn steps_are_required(schema: &mut schemars::Schema) {
        require(schema, &["steps"]);
    }

    fn require(schema: &mut schemars::Schema, keys: &[&str]) {
        if let Some(serde_json::Value::Array(required)) = schema.get_mut("required") {
            required.extend(keys.iter().map(|k| serde_json::json!(k)));
        }
    }

    fn generated() -> String {
        let schema = schemars::schema_for!(RawGuide);
        let mut text = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
        text.push('\n');
        text
    }

    /// `docs/guide.schema.json` is what the types say; run with UPDATE_SCHEMA=1 to rewrite it.
    #[test]
    fn the_committed_schema_is_the_generated_one() {
        let generated = generated();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(FILE, &generated).expect("docs/ is writable");
        }
        let committed = std::fs::read_to_string(FILE).expect("docs/guide.schema.json exists");
        assert!(
            committed == generated,
            "docs/guide.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test"
        );
    }

    /// The characters the schema refuses in a text are those validation refuses, but for
    /// the ones beyond the Basic Multilingual Plane (tag characters), which a JSON Schema
    /// pattern cannot name without the Unicode flag; `check` finds those.
    #[test]
    fn the_schemas_unsafe_characters_are_the_programs() {
        let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
        let pattern = schema["$defs"]["RawText"]["properties"]["ru"]["pattern"]
            .as_str()
            .expect("a text has a pattern");
        let class = &pattern["^[^".len()..pattern.find(']').expect("a class")];
        let code = |hex: &str| u32::from_str_radix(hex, 16).expect("hex");
        // `\u0000-\u001f\u00ad…`: each item is a character, or the start of a range when
        // it ends in `-`.
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut open = false;
        for item in class.split("\\u").skip(1) {
            let c = code(item.trim_end_matches('-'));
            match ranges.last_mut() {
                Some((_, end)) if open => *end = c,
                _ => ranges.push((c, c)),
            }
            open = item.ends_with('-');
        }
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let refused = ranges
                .iter()
                .any(|(from, to)| (*from..=*to).contains(&u32::from(c)));
            assert_eq!(
                refused,
                crate::validate::is_unsafe_char(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn the_schemas_choices_are_the_programs() {
        let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
        let choices = |field: &str| schema["properties"][field]["enum"].clone();
        let names = |all: &[&str]| serde_json::json!(all);
        assert_eq!(
            choices("kind"),
            names(&Kind::ALL.iter().map(|k| k.name()).collect::<Vec<_>>())
        );
        assert_eq!(
            choices("where"),
            names(&Place::ALL.iter().map(|p| p.name()).collect::<Vec<_>>())
        );
        assert_eq!(
            choices("difficulty"),
            names(&Difficulty::ALL.iter().map(|d| d.name()).collect::<Vec<_>>())
        );
        assert_eq!(
            schema["properties"]["format"]["const"],
            crate::model::FORMAT_VERSION
        );
    }
}
