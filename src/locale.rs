//! Choosing the language from the environment.

use guide_format::Lang;

/// The language the locale variables ask for. As POSIX has it, the first of LC_ALL,
/// LC_MESSAGES and LANG that is set and not empty decides; `ru`, `ru_RU.UTF-8` and the like
/// mean Russian, and anything else English.
pub fn lang_from_env(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|value| !value.is_empty());
    match locale {
        Some(locale) if locale.split(['_', '.', '@']).next() == Some("ru") => Lang::Ru,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_locales_choose_russian() {
        assert_eq!(lang_from_env(None, None, Some("ru_RU.UTF-8")), Lang::Ru);
        assert_eq!(lang_from_env(None, None, Some("ru")), Lang::Ru);
        assert_eq!(lang_from_env(None, None, Some("ru_UA")), Lang::Ru);
        assert_eq!(lang_from_env(None, Some("ru_RU.KOI8-R"), None), Lang::Ru);
    }

    #[test]
    fn anything_else_chooses_english() {
        assert_eq!(lang_from_env(None, None, None), Lang::En);
        assert_eq!(lang_from_env(None, None, Some("C")), Lang::En);
        assert_eq!(lang_from_env(None, None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(lang_from_env(None, None, Some("rus")), Lang::En);
        assert_eq!(lang_from_env(None, None, Some("uk_UA.UTF-8")), Lang::En);
    }

    #[test]
    fn lc_all_wins_over_lc_messages_over_lang() {
        assert_eq!(
            lang_from_env(Some("en_US.UTF-8"), Some("ru_RU"), Some("ru_RU")),
            Lang::En
        );
        assert_eq!(lang_from_env(None, Some("ru_RU"), Some("en_US")), Lang::Ru);
        assert_eq!(lang_from_env(Some(""), Some(""), Some("ru_RU")), Lang::Ru);
    }
}
