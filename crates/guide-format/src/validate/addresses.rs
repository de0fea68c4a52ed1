//! Addresses inside guide text. Terminals, chat apps and Markdown renderers make an address
//! in plain text clickable, so the promise that a guide only leads to AliExpress and Alipay
//! has to hold for text too, not only for `[[steps.links]]`.
//!
//! The rule, word by word (a word is what lies between spaces):
//! - anything with `://` in it (`https://…`, `http://…`, `ftp://…`) must be a link that
//!   `check_link_url` accepts: `https://` on one of `ALLOWED_HOSTS`;
//! - a word that starts with `www.`, and a bare domain name (`example.com`, `пример.рф`:
//!   labels of letters, digits and hyphens joined by dots, ending in two or more letters),
//!   must be on one of `ALLOWED_HOSTS`, or name the site of one of the guide's own sources,
//!   so that a tip can say where it comes from ("according to alibestfinds.com").

use super::links::{ALLOWED_HOSTS, check_link_url};

/// Top-level domains in Cyrillic letters, which chat apps make clickable as they do `.com`.
const CYRILLIC_TLDS: [&str; 8] = [
    "рф",
    "рус",
    "москва",
    "онлайн",
    "сайт",
    "орг",
    "ком",
    "дети",
];

/// Characters that end a sentence or close a bracket: not part of an address before them.
const CLOSING: [char; 14] = [
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '»', '"', '\'', '…',
];

/// The first address in `text` that a reader could click and that leads elsewhere than the
/// allowed hosts or the sites of `source_hosts`, if there is one.
pub fn foreign_address(text: &str, source_hosts: &[String]) -> Option<String> {
    // No address is written without a dot or `://`: most words have neither, and are not
    // looked at further.
    let schemes = text.contains("://");
    text.split(char::is_whitespace)
        .filter(|word| word.contains(is_dot) || schemes && word.contains("://"))
        .find_map(|word| foreign_in_word(word, source_hosts))
}

fn foreign_in_word(word: &str, source_hosts: &[String]) -> Option<String> {
    if let Some(at) = word.find("://") {
        let scheme_start = word[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')))
            .map_or(0, |(n, c)| n + c.len_utf8());
        let address = word[scheme_start..].trim_end_matches(CLOSING);
        // `http://` alone, in a sentence about addresses, leads nowhere.
        let leads_somewhere = address.len() > at - scheme_start + 3;
        return foreign_domain(&word[..scheme_start], source_hosts).or_else(|| {
            (leads_somewhere && check_link_url(address).is_err()).then(|| address.to_string())
        });
    }
    let start = word.trim_start_matches(['(', '[', '{', '<', '«', '"', '\'']);
    if start
        .get(..4)
        .is_some_and(|www| www.eq_ignore_ascii_case("www."))
    {
        let address = start.trim_end_matches(CLOSING);
        let host = address.split(['/', '?', '#']).next().unwrap_or_default();
        return (!known_site(host, source_hosts)).then(|| address.to_string());
    }
    foreign_domain(word, source_hosts)
}

/// Full-width and ideographic full stops, which browsers read as dots in a host name.
fn is_dot(c: char) -> bool {
    matches!(c, '.' | '。' | '．' | '｡')
}

/// The first domain name in `word` that is not a known site: runs of letters, digits,
/// hyphens and dots ending in a label of two or more letters. What follows a domain up to
/// the end of the word is its path, and is not looked at. Nothing is allocated but for a
/// domain found: most words of most texts are plain words.
fn foreign_domain(word: &str, source_hosts: &[String]) -> Option<String> {
    let in_name = |c: char| c.is_alphanumeric() || c == '-' || is_dot(c);
    let mut rest = word;
    while let Some(start) = rest.find(in_name) {
        let after = &rest[start..];
        let length = after.find(|c| !in_name(c)).unwrap_or(after.len());
        let name = after[..length].trim_matches(|c| c == '-' || is_dot(c));
        rest = &after[length..];
        if is_domain(name) {
            let host: String = name
                .chars()
                .map(|c| if is_dot(c) { '.' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            if !known_site(&host, source_hosts) {
                return Some(host);
            }
            if rest.starts_with('/') {
                return None;
            }
        }
    }
    None
}

fn is_domain(name: &str) -> bool {
    let mut count = 0;
    let mut last = "";
    for label in name.split(is_dot) {
        if label.is_empty() {
            return false;
        }
        count += 1;
        last = label;
    }
    let lowercase = || last.chars().flat_map(char::to_lowercase);
    count >= 2
        && last.chars().nth(1).is_some()
        && (last.chars().all(|c| c.is_ascii_alphabetic())
            || CYRILLIC_TLDS.iter().any(|tld| tld.chars().eq(lowercase())))
}

/// Whether `host` is one of the allowed hosts or a subdomain of one, or the site of a source
/// (its host, or a domain its host is under).
fn known_site(host: &str, source_hosts: &[String]) -> bool {
    let host = host.to_lowercase();
    let under = |sub: &str, domain: &str| {
        sub == domain
            || sub
                .strip_suffix(domain)
                .is_some_and(|rest| rest.ends_with('.'))
    };
    let plain = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    plain
        && (ALLOWED_HOSTS.iter().any(|allowed| under(&host, allowed))
            || source_hosts.iter().any(|source| under(source, &host)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scheme_after_a_letter_of_several_bytes_is_found() {
        let text = "d~ᮤ𖿣https://evil.example/";
        assert_eq!(
            foreign_address(text, &[]),
            Some("https://evil.example/".to_string())
        );
    }

    fn foreign(text: &str) -> Option<String> {
        let sources = ["alibestfinds.com".to_string(), "www.alphr.com".to_string()];
        foreign_address(text, &sources)
    }

    #[test]
    fn an_address_on_the_allowed_hosts_or_a_sources_site_may_be_named() {
        for text in [
            "Open https://aliexpress.ru/account in the browser.",
            "(https://m.aliexpress.com/ru/index.htm)",
            "Go to aliexpress.ru, then to AliExpress.com/account.",
            "See www.alipay.com.",
            "<https://aliexpress.com> and <www.alipay.com>",
            "According to alibestfinds.com, a small charge may appear.",
            "A page on alphr.com says so.",
            "The article gives this link with http://; here it is given with https://.",
            "Pay by card, e.g. a Visa; the total is 1.5 times higher (approx.).",
            "Нажмите «Удалить», т.е. кнопку справа. Затем г. Москва.",
            "Write to support@aliexpress.com.",
        ] {
            assert_eq!(foreign(text), None, "{text}");
        }
    }

    #[test]
    fn any_other_address_a_reader_could_click_is_found() {
        for (text, address) in [
            ("Pay at http://evil.example/x now", "http://evil.example/x"),
            ("https://evil.example", "https://evil.example"),
            ("http://aliexpress.com/", "http://aliexpress.com/"),
            (
                "https://aliexpress.com@evil.example/",
                "https://aliexpress.com@evil.example/",
            ),
            ("ftp://files.example/card", "ftp://files.example/card"),
            ("javascript://alert", "javascript://alert"),
            ("see www.evil.example.", "www.evil.example"),
            (
                "(www.aliexpress.com.evil.example)",
                "www.aliexpress.com.evil.example",
            ),
            ("Pay at evil.example/x", "evil.example"),
            ("Write to help@card-check.com", "card-check.com"),
            ("Откройте сбербанк-онлайн.рф", "сбербанк-онлайн.рф"),
            ("evil。com", "evil.com"),
            ("evil.example,https://aliexpress.com", "evil.example"),
            ("aliexpress.com.evil.example", "aliexpress.com.evil.example"),
        ] {
            assert_eq!(foreign(text).as_deref(), Some(address), "{text}");
        }
    }
}
