//! A guide file exactly as written: what serde reads from TOML, before any check.
//!
//! Nearly every field is optional here so that `validate` can report every missing field at
//! once, with its place in the file, instead of serde stopping at the first one.
//!
//! This file is also compiled into `build.rs`.

use serde::Deserialize;
use toml::value::Datetime;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub ru: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub url: Option<String>,
    pub label: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<Datetime>,
    pub note: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
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
    #[serde(default)]
    pub needs: Vec<RawText>,
    #[serde(default)]
    pub warnings: Vec<RawText>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub troubleshooting: Vec<RawText>,
    #[serde(default)]
    pub fallbacks: Vec<String>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    pub reviewed: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    pub format: Option<i64>,
    pub title: Option<RawText>,
    #[serde(default)]
    pub paragraphs: Vec<RawText>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    pub reviewed: Option<Datetime>,
}
