//! A guide file exactly as written: what serde reads from TOML, before any check.
//!
//! Nearly every field is optional here so that `validate` can report every missing field at
//! once, with its place in the file, instead of serde stopping at the first one. Unknown keys
//! are not refused by serde either: `read` collects them all.
//!
//! This file is also compiled into `build.rs`.

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
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

#[derive(Debug, Default, Deserialize)]
pub struct RawText {
    pub ru: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawLink {
    pub url: Option<String>,
    pub label: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub struct RawSource {
    pub id: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<Datetime>,
    pub note: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub struct RawStep {
    pub text: Option<RawText>,
    #[serde(default)]
    pub labels: Vec<RawText>,
    #[serde(default)]
    pub links: Vec<RawLink>,
    pub expect: Option<RawText>,
    pub tip: Option<RawText>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub deletes: bool,
    #[serde(default)]
    pub methods: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawVariant {
    pub title: Option<RawText>,
    #[serde(rename = "where")]
    pub place: Option<String>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
}

#[derive(Debug, Deserialize)]
pub struct RawGuide {
    pub format: Option<i64>,
    pub kind: Option<String>,
    pub order: Option<i64>,
    pub title: Option<RawText>,
    pub summary: Option<RawText>,
    #[serde(rename = "where")]
    pub place: Option<String>,
    pub minutes: Option<i64>,
    pub difficulty: Option<String>,
    pub outdated: Option<RawText>,
    pub unverified: Option<RawText>,
    /// The title of the main route, when there are variants.
    pub route: Option<RawText>,
    #[serde(default)]
    pub needs: Vec<RawText>,
    #[serde(default)]
    pub warnings: Vec<RawText>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub variants: Vec<RawVariant>,
    #[serde(default)]
    pub troubleshooting: Vec<RawText>,
    #[serde(default)]
    pub fallbacks: Vec<String>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    pub reviewed: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
pub struct RawTopic {
    pub format: Option<i64>,
    pub title: Option<RawText>,
    #[serde(default)]
    pub paragraphs: Vec<RawText>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    pub reviewed: Option<Datetime>,
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
