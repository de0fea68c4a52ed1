//! Addresses inside guide text. Terminals, chat apps, linkifiers and Markdown renderers make
//! an address in plain text clickable, so the promise that a guide only leads to AliExpress
//! and Alipay has to hold for text too, not only for `[[steps.links]]`.
//!
//! What a reader could click, as this module finds it (`clickables`), is a superset of what
//! the common linkifiers find (linkify, linkify-it, GitHub's autolinks, terminals):
//! - a scheme, `word:` followed by anything but a space (`https://…`, `mailto:…`,
//!   `javascript:…`), with what follows it: its host (user name and port included), then,
//!   after `/`, `?` or `#`, a path of the characters a path plainly holds;
//! - a domain name anywhere but right after one `/`, with any top-level domain (`example.com`, `пример.рф`,
//!   `evil.xn--p1ai`): labels of letters, digits and hyphens joined by dots
//!   (full-width dots too), the last beginning with two letters; or four numbers joined by
//!   dots (an IPv4 address); followed, like a scheme's host, by its path. An e-mail address
//!   is a domain name after `@`.
//!
//! A path ends at the first character outside the plain ones (`)`, `(`, `"`, `'`, `@`, `:`
//! and the like), and what follows is examined afresh: nothing can hide after an allowed
//! address. Each character is looked at a bounded number of times, so the work is linear in
//! the text, however many sources a guide has (their sites are a set, `Sites`).
//!
//! A scheme's address is allowed when `check_link_shape` accepts it (`https://` on one of
//! `ALLOWED_HOSTS`), or when it is a plain web address on the site of one of the guide's
//! sources; a domain name when it is on one of `ALLOWED_HOSTS`, or names the site
//! of one of the guide's own sources, so that a tip can say where it comes from ("according
//! to alibestfinds.com").

use std::collections::HashSet;
use std::ops::Range;

use super::links::{ALLOWED_HOSTS, check_host_and_path, check_link_shape};

/// Something in a text a reader could click: where it is, and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clickable {
    pub range: Range<usize>,
    pub(crate) kind: ClickableKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ClickableKind {
    /// A scheme and what follows it: allowed only as an https link to an allowed host.
    Scheme,
    /// A domain name (or IPv4 address), lowercase, with plain dots: `range` is the name.
    Domain(String),
}

/// The sites a text may name besides the allowed hosts: the guide's sources' hosts, and the
/// domains they are under (`www.alphr.com` lets a text say `alphr.com`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Sites(HashSet<String>);

impl Sites {
    /// The sites of sources at `hosts`.
    pub(crate) fn of<'h>(hosts: impl IntoIterator<Item = &'h str>) -> Sites {
        let mut sites = HashSet::new();
        for host in hosts {
            let host = host.to_lowercase();
            let mut rest = host.as_str();
            loop {
                sites.insert(rest.to_string());
                match rest.split_once('.') {
                    Some((_, parent)) if parent.contains('.') => rest = parent,
                    _ => break,
                }
            }
        }
        Sites(sites)
    }

    /// Whether `host` (lowercase) is one of the allowed hosts or a subdomain of one, or the
    /// site of a source.
    pub(crate) fn knows(&self, host: &str) -> bool {
        let plain = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        plain && (ALLOWED_HOSTS.iter().any(|allowed| under(host, allowed)) || self.0.contains(host))
    }
}

impl Sites {
    /// Whether `address` is a plain `https://` or `http://` address on a source's site:
    /// a text may give a source's own address, as the source does.
    fn has_address(&self, address: &str) -> bool {
        let host = address
            .strip_prefix("https://")
            .or_else(|| address.strip_prefix("http://"))
            .and_then(|rest| check_host_and_path(rest).ok());
        host.is_some_and(|host| self.0.contains(host))
    }
}

/// Whether `host` is `domain` or a subdomain of it.
fn under(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// The first address in `text` that a reader could click and that leads elsewhere than the
/// allowed hosts or `sites`, if there is one: the address as written.
pub(crate) fn foreign_address(text: &str, sites: &Sites) -> Option<String> {
    clickables(text).into_iter().find_map(|found| {
        let foreign = match &found.kind {
            ClickableKind::Scheme => {
                let address = &text[found.range.clone()];
                check_link_shape(address).is_err() && !sites.has_address(address)
            }
            ClickableKind::Domain(host) => !sites.knows(host),
        };
        foreign.then(|| text[found.range].to_string())
    })
}

/// Every address in `text` a reader could click, in order, none overlapping another.
pub fn clickables(text: &str) -> Vec<Clickable> {
    let schemes = schemes(text);
    let mut found = Vec::new();
    let mut next_scheme = schemes.iter().peekable();
    let mut at = 0;
    while at < text.len() {
        if let Some(scheme) = next_scheme.next_if(|s| s.start == at) {
            found.push(Clickable {
                range: scheme.clone(),
                kind: ClickableKind::Scheme,
            });
            at = scheme.end;
            continue;
        }
        let c = char_at(text, at);
        if !is_host_char(c) {
            at += c.len_utf8();
            continue;
        }
        // A run of host characters, up to the next scheme at most.
        let limit = next_scheme.peek().map_or(text.len(), |s| s.start);
        let end = at
            + text[at..limit]
                .find(|c| !is_host_char(c))
                .unwrap_or(limit - at);
        let run = &text[at..end];
        let name = run.trim_start_matches(is_name_edge);
        let start = at + run.len() - name.len();
        let name = name.trim_end_matches(is_name_edge);
        at = end;
        // A name right after one `/` is a part of a path (`docs/guide-format.md`), where no
        // linkifier starts a link; after `//` it is an address without a scheme.
        let in_path =
            text[..at - run.len()].ends_with('/') && !text[..at - run.len()].ends_with("//");
        if let Some(host) = domain(name).filter(|_| !in_path) {
            let name_end = start + name.len();
            // A path follows the name itself, not a hyphen or dot after it.
            let end = match name_end == end {
                true => path_end(text, end).min(limit),
                false => name_end,
            };
            found.push(Clickable {
                range: start..end,
                kind: ClickableKind::Domain(host),
            });
            at = at.max(end);
        }
    }
    found
}

/// Where each scheme with what follows it is in `text`: a scheme is an ASCII letter, then
/// letters, digits, `+`, `-` and `.`, then `:` and something other than a space. `http://`
/// followed by nothing that could be a host leads nowhere, and is not one.
fn schemes(text: &str) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    // Where the last scheme found ends: the next one starts after it.
    let mut after = 0;
    for (colon, _) in text.match_indices(':') {
        if colon < after {
            continue;
        }
        let next = text[colon + 1..].chars().next();
        if next.is_none_or(char::is_whitespace) {
            continue;
        }
        let before = &text[after..colon];
        let run = before.len()
            - before
                .trim_end_matches(|c: char| {
                    c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')
                })
                .len();
        // The whole run is taken for the scheme (`1.https:` too, where a linkifier finds
        // the domain `1.https`): anything but `https` on an allowed host is refused.
        let start = colon - run;
        if !text[start..colon].contains(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        // One letter before `:` is a drive (`C:\Users`), not a scheme.
        if colon - start < 2 {
            continue;
        }
        let mut end = colon + 1;
        if text[end..].starts_with("//") {
            end += 2;
        }
        let host_end = end
            + text[end..]
                .find(|c: char| !(is_host_char(c) || c == '@' || c == ':'))
                .unwrap_or(text.len() - end);
        end = path_end(text, host_end);
        // `http://` alone, in a sentence about addresses, leads nowhere.
        if !text[colon + 1..end].contains(|c: char| c.is_alphanumeric()) {
            continue;
        }
        found.push(start..end);
        after = end;
    }
    found
}

/// Where the path that starts at `at` ends (`at` itself when none starts there): after `/`,
/// `?` or `#`, the characters a path plainly holds.
fn path_end(text: &str, at: usize) -> usize {
    if !text[at..].starts_with(['/', '?', '#']) {
        return at;
    }
    let path = &text[at..];
    let path = &path[..path
        .find(|c: char| !(c.is_ascii_alphanumeric() || "-._~/?#=&%+".contains(c)))
        .unwrap_or(path.len())];
    // A full stop or question mark at the end ends the sentence, as linkifiers read it.
    at + path.trim_end_matches(['.', '?']).len()
}

/// The domain name (lowercase, with plain dots) that `name` is, if it is one.
fn domain(name: &str) -> Option<String> {
    let mut count = 0;
    let mut last = "";
    let mut numbers = true;
    for label in name.split(is_dot) {
        if label.is_empty() {
            return None;
        }
        count += 1;
        numbers &= label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
        last = label;
    }
    let mut letters = last.chars().take(2);
    let top_level = letters.next().is_some_and(char::is_alphabetic)
        && letters.next().is_some_and(char::is_alphabetic);
    let ipv4 = numbers && count == 4;
    ((count >= 2 && top_level) || ipv4).then(|| {
        name.chars()
            .map(|c| if is_dot(c) { '.' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    })
}

/// Full-width and ideographic full stops, which browsers read as dots in a host name.
fn is_dot(c: char) -> bool {
    matches!(c, '.' | '。' | '．' | '｡')
}

/// What a host name may be made of, as widely as any linkifier reads one: linkify takes any
/// character beyond ASCII but spaces for a letter of an international domain name
/// (`«Удалить»example.org` is one name). An underscore ends a name, as it does for
/// linkifiers (`evil_aliexpress.com` is linked as `aliexpress.com`, if at all).
fn is_host_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || is_dot(c) || !(c.is_ascii() || c.is_whitespace())
}

/// What is trimmed from the ends of a name: hyphens and dots, and the quotes and marks
/// beyond ASCII that are no letter (`«aliexpress.ru»` names `aliexpress.ru`).
fn is_name_edge(c: char) -> bool {
    c == '-' || is_dot(c) || !(c.is_ascii() || c.is_alphanumeric())
}

fn char_at(text: &str, at: usize) -> char {
    text[at..].chars().next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scheme_after_a_letter_of_several_bytes_is_found() {
        let text = "d~ᮤ𖿣https://evil.example/";
        assert_eq!(
            foreign_address(text, &Sites::default()),
            Some("https://evil.example/".to_string())
        );
    }

    fn foreign(text: &str) -> Option<String> {
        foreign_address(text, &Sites::of(["alibestfinds.com", "www.alphr.com"]))
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
            "At 10:30, version 1.2.3, step 2:open.",
            "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU",
            "https://aliexpress.com/a:b",
            "Format: docs/guide-format.md, C:\\Users",
            "Откройте «aliexpress.ru» — затем «Карты».",
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
            ("javascript:alert(1)", "javascript:alert"),
            (
                "mailto:help@card-check.example",
                "mailto:help@card-check.example",
            ),
            ("текстjavascript:alert", "javascript:alert"),
            ("see www.evil.example.", "www.evil.example"),
            (
                "(www.aliexpress.com.evil.example)",
                "www.aliexpress.com.evil.example",
            ),
            ("Pay at evil.example/x", "evil.example/x"),
            ("Write to help@card-check.com", "card-check.com"),
            ("Откройте сбербанк-онлайн.рф", "сбербанк-онлайн.рф"),
            ("evil。com", "evil。com"),
            ("evil.example,https://aliexpress.com", "evil.example"),
            ("aliexpress.com.evil.example", "aliexpress.com.evil.example"),
            ("_1.2.3.4", "1.2.3.4"),
            // The third hostile pass: nothing hides after an allowed address.
            (
                "aliexpress.com/help/support@card-check.example",
                "card-check.example",
            ),
            ("evil.xn--p1ai", "evil.xn--p1ai"),
            (
                "https://alipay.com/)https://card-check.example/verify",
                "https://card-check.example/verify",
            ),
            (
                "https://alipay.com/(x\"https://card-check.example",
                "https://card-check.example",
            ),
            (
                "https://alipay.com/x@card-check.example",
                "card-check.example",
            ),
            ("example.co1", "example.co1"),
            ("Call 192.168.0.1", "192.168.0.1"),
            ("localhost:8080", "localhost:8080"),
            ("1.https://aliexpress.com", "1.https://aliexpress.com"),
            ("«Удалить»example.org", "Удалить»example.org"),
            ("aliexpress.com→evil", "aliexpress.com→evil"),
            ("see //evil.example", "evil.example"),
        ] {
            assert_eq!(foreign(text).as_deref(), Some(address), "{text}");
        }
    }

    #[test]
    fn every_clickable_address_is_found_in_order() {
        let text = "See aliexpress.com/a., then https://alipay.com/b)x, mail@alipay.com.";
        let found: Vec<&str> = clickables(text)
            .into_iter()
            .map(|c| &text[c.range])
            .collect();
        assert_eq!(
            found,
            ["aliexpress.com/a", "https://alipay.com/b", "alipay.com"]
        );
    }

    #[test]
    fn the_sites_of_sources_are_their_hosts_and_the_domains_above() {
        let sites = Sites::of(["www.alphr.com", "ac-ch.ru"]);
        for host in ["www.alphr.com", "alphr.com", "ac-ch.ru", "m.aliexpress.com"] {
            assert!(sites.knows(host), "{host}");
        }
        for host in ["com", "evil.alphr.com", "ch.ru", "evilalipay.com"] {
            assert!(!sites.knows(host), "{host}");
        }
    }
}
