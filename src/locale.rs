//! Choosing the language from the environment.

use guide_format::Lang;

/// The language the environment asks for: the variables as gettext reads them, then the
/// system's own setting.
///
/// The locale is the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty
/// (POSIX). `LANGUAGE`, gettext's list of languages in order of preference (`uk:ru`), wins
/// over it: the first language in the list that the guides are written in decides. When the
/// list names none of them, the locale decides; when no locale variable is set either, as on
/// every Windows and many Macs, the system's language does (`system`: `ru-RU` on a Russian
/// Windows). `ru`, `ru_RU.UTF-8`, `ru-RU` and the like mean Russian, `en*` English, and no
/// language the guides have means English.
///
/// gettext ignores `LANGUAGE` when the locale is `C` or `POSIX`, the way scripts ask for
/// untranslated output, and so does this. gettext also ignores it when no locale variable is
/// set at all (the locale is then `C` too); this does not: that is how Windows and minimal
/// Linux systems run, and there `LANGUAGE` is the only variable to choose by.
pub(crate) fn lang_from_env(
    language: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
    system: Option<&str>,
) -> Lang {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|value| !value.is_empty());
    let untranslated = matches!(locale, Some("C" | "POSIX"));
    let preferred = language
        .filter(|_| !untranslated)
        .into_iter()
        .flat_map(|list| list.split(':'))
        .find_map(written_in);
    let from_locale = match locale {
        Some(locale) => written_in(locale),
        None => system.and_then(written_in),
    };
    preferred.or(from_locale).unwrap_or(Lang::En)
}

/// The system's language where it is not in the variables: on Windows and macOS, what the
/// user chose in the system's settings, as BCP 47 (`ru-RU`). Elsewhere the variables are the
/// system's setting.
pub(crate) fn system_locale() -> Option<String> {
    #[cfg(any(windows, target_vendor = "apple"))]
    return sys_locale::get_locale();
    #[cfg(not(any(windows, target_vendor = "apple")))]
    None
}

/// The language of the guides that a locale or `LANGUAGE` entry such as `ru_RU.UTF-8` or
/// `ru-RU` names.
fn written_in(name: &str) -> Option<Lang> {
    match name.split(['_', '-', '.', '@']).next() {
        Some("ru") => Some(Lang::Ru),
        Some("en") => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The language for a locale alone, with no `LANGUAGE`.
    fn locale(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
        lang_from_env(None, lc_all, lc_messages, lang, None)
    }

    #[test]
    fn russian_locales_choose_russian() {
        assert_eq!(locale(None, None, Some("ru_RU.UTF-8")), Lang::Ru);
        assert_eq!(locale(None, None, Some("ru")), Lang::Ru);
        assert_eq!(locale(None, None, Some("ru_UA")), Lang::Ru);
        assert_eq!(locale(None, Some("ru_RU.KOI8-R"), None), Lang::Ru);
    }

    #[test]
    fn anything_else_chooses_english() {
        assert_eq!(locale(None, None, None), Lang::En);
        assert_eq!(locale(None, None, Some("C")), Lang::En);
        assert_eq!(locale(None, None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(locale(None, None, Some("rus")), Lang::En);
        assert_eq!(locale(None, None, Some("uk_UA.UTF-8")), Lang::En);
    }

    #[test]
    fn lc_all_wins_over_lc_messages_over_lang() {
        assert_eq!(
            locale(Some("en_US.UTF-8"), Some("ru_RU"), Some("ru_RU")),
            Lang::En
        );
        assert_eq!(locale(None, Some("ru_RU"), Some("en_US")), Lang::Ru);
        assert_eq!(locale(Some(""), Some(""), Some("ru_RU")), Lang::Ru);
    }

    #[test]
    fn the_first_language_of_language_that_the_guides_have_wins_over_the_locale() {
        let uk_ru = Some("uk:ru");
        assert_eq!(
            lang_from_env(uk_ru, None, None, Some("uk_UA.UTF-8"), None),
            Lang::Ru
        );
        assert_eq!(
            lang_from_env(uk_ru, Some("en_US.UTF-8"), None, None, None),
            Lang::Ru
        );
        assert_eq!(
            lang_from_env(Some("be_BY:ru_RU.UTF-8"), None, None, None, None),
            Lang::Ru
        );
        assert_eq!(
            lang_from_env(Some("en:ru"), None, None, Some("ru_RU"), None),
            Lang::En
        );
        assert_eq!(
            lang_from_env(Some("kk:en_GB:ru"), None, None, Some("ru_RU"), None),
            Lang::En
        );
    }

    #[test]
    fn a_language_list_without_russian_or_english_leaves_it_to_the_locale() {
        assert_eq!(
            lang_from_env(Some("uk:be"), None, None, Some("ru_UA"), None),
            Lang::Ru
        );
        assert_eq!(
            lang_from_env(Some("uk"), None, None, Some("de_DE"), None),
            Lang::En
        );
        assert_eq!(
            lang_from_env(Some(""), None, None, Some("ru_RU"), None),
            Lang::Ru
        );
        assert_eq!(
            lang_from_env(Some("::"), None, None, Some("ru_RU"), None),
            Lang::Ru
        );
    }

    #[test]
    fn language_is_ignored_under_the_c_locale_but_not_without_a_locale() {
        assert_eq!(
            lang_from_env(Some("ru"), Some("C"), None, None, None),
            Lang::En
        );
        assert_eq!(
            lang_from_env(Some("ru"), None, None, Some("POSIX"), None),
            Lang::En
        );
        assert_eq!(lang_from_env(Some("ru"), None, None, None, None), Lang::Ru);
        assert_eq!(
            lang_from_env(Some("ru"), Some(""), None, Some(""), None),
            Lang::Ru
        );
        // C.UTF-8 is not C: gettext reads LANGUAGE under it, and so does this.
        assert_eq!(
            lang_from_env(Some("ru"), None, None, Some("C.UTF-8"), None),
            Lang::Ru
        );
    }

    #[test]
    fn the_system_decides_only_when_no_locale_variable_does() {
        let ru = Some("ru-RU");
        // A Russian Windows or Mac: no variables at all.
        assert_eq!(lang_from_env(None, None, None, None, ru), Lang::Ru);
        assert_eq!(
            lang_from_env(None, None, None, None, Some("en-US")),
            Lang::En
        );
        assert_eq!(
            lang_from_env(None, None, None, None, Some("uk-UA")),
            Lang::En
        );
        assert_eq!(lang_from_env(None, None, None, None, None), Lang::En);
        // A variable someone set wins: a locale, C included, or a language list.
        assert_eq!(
            lang_from_env(None, None, None, Some("en_US.UTF-8"), ru),
            Lang::En
        );
        assert_eq!(lang_from_env(None, Some("C"), None, None, ru), Lang::En);
        assert_eq!(lang_from_env(Some("en"), None, None, None, ru), Lang::En);
        // An empty variable is not set; a list without our languages leaves it to the system.
        assert_eq!(lang_from_env(None, Some(""), None, Some(""), ru), Lang::Ru);
        assert_eq!(lang_from_env(Some("uk:be"), None, None, None, ru), Lang::Ru);
    }
}
