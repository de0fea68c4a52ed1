//! Links a user may open, and the addresses of sources.

use super::addresses::{Sites, clickables, foreign_address};
use crate::error::Rule;

/// Hosts whose pages a guide may offer to open, with their subdomains.
pub const ALLOWED_HOSTS: [&str; 3] = ["aliexpress.com", "aliexpress.ru", "alipay.com"];

/// The longest address a guide may hold, in characters. Browsers and the programs that open
/// them refuse much longer ones (a command line is limited too: E2BIG), and no page of the
/// shop needs more.
pub(crate) const MAX_URL_LENGTH: usize = 2000;

/// Checks a link a user may be offered to open: `https://`, then a host on one of
/// `ALLOWED_HOSTS`, then a path with no characters a browser or terminal could misread, in
/// at most `MAX_URL_LENGTH` characters; its brackets balanced, and nothing in it that a
/// linkifier could take for another address (`https://alipay.com/)https://evil.example`).
/// Deliberately stricter than the URL standard: no user name, no port, no IP address.
pub(crate) fn check_link_url(url: &str) -> Result<(), Rule> {
    check_link_shape(url)?;
    check_whole(url, &Sites::default())
}

/// `check_link_url` but for what may follow the address: the address itself is allowed.
pub(crate) fn check_link_shape(url: &str) -> Result<(), Rule> {
    check_length(url)?;
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(match url.strip_prefix("http://") {
            Some(rest) => Rule::NotHttps {
                rest: rest.to_string(),
            },
            None => Rule::NotHttpsAtAll,
        });
    };
    let host = check_host_and_path(rest)?;
    let allowed = ALLOWED_HOSTS
        .iter()
        .any(|a| host == *a || host.strip_suffix(a).is_some_and(|sub| sub.ends_with('.')));
    if !allowed {
        return Err(Rule::ForeignHost {
            host: host.to_string(),
        });
    }
    Ok(())
}

/// Checks a source's address: `http://` or `https://`, any host, its brackets balanced, and
/// nothing in it that could be taken for an address elsewhere than its own site. Sources
/// are shown, never opened.
pub(crate) fn check_source_url(url: &str) -> Result<(), Rule> {
    check_length(url)?;
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or(Rule::NotWebAddress)?;
    let host = check_host_and_path(rest)?;
    check_whole(url, &Sites::of([host]))
}

/// The brackets of an address are balanced, and past the address as a linkifier reads it,
/// nothing leads elsewhere than the allowed hosts and `sites`.
fn check_whole(url: &str, sites: &Sites) -> Result<(), Rule> {
    let mut open: Vec<char> = Vec::new();
    for c in url.chars() {
        match c {
            '(' | '[' => open.push(c),
            ')' | ']' if open.pop() != Some(if c == ')' { '(' } else { '[' }) => {
                return Err(Rule::UnbalancedBracket { character: c });
            }
            _ => {}
        }
    }
    if let Some(&character) = open.last() {
        return Err(Rule::UnbalancedBracket { character });
    }
    let first = clickables(url)
        .into_iter()
        .next()
        .map_or(0, |c| c.range.end);
    match foreign_address(&url[first..], sites) {
        Some(address) => Err(Rule::SecondAddress { address }),
        None => Ok(()),
    }
}

fn check_length(url: &str) -> Result<(), Rule> {
    let length = url.chars().count();
    if length > MAX_URL_LENGTH {
        return Err(Rule::LinkTooLong {
            length,
            max: MAX_URL_LENGTH,
        });
    }
    Ok(())
}

/// The host of an address that `check_source_url` accepts.
pub(crate) fn source_host(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// Splits what follows the scheme into host and the rest, and checks both; returns the host.
pub(super) fn check_host_and_path(rest: &str) -> Result<&str, Rule> {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(end);
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && host.contains('.');
    if !host_ok {
        return Err(Rule::NotAPlainHost {
            host: host.to_string(),
        });
    }
    if let Some(character) = path.chars().find(|c| {
        !c.is_ascii_graphic() || matches!(c, '\\' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '^')
    }) {
        return Err(Rule::NeedsEncoding { character });
    }
    Ok(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_must_be_https_on_the_shops_and_payment_providers_domains() {
        let good = [
            "https://aliexpress.com",
            "https://aliexpress.ru/path?x=1#top",
            "https://m.aliexpress.com/ru/index.htm",
            "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU",
        ];
        for url in good {
            assert_eq!(check_link_url(url), Ok(()), "{url}");
        }
        let foreign = |host: &str| Rule::ForeignHost {
            host: host.to_string(),
        };
        let not_plain = |host: &str| Rule::NotAPlainHost {
            host: host.to_string(),
        };
        let bad = [
            (
                "http://m.aliexpress.com/ru/index.htm",
                Rule::NotHttps {
                    rest: "m.aliexpress.com/ru/index.htm".to_string(),
                },
            ),
            ("https://evil.com/aliexpress.com", foreign("evil.com")),
            (
                "https://aliexpress.com.evil.com/",
                foreign("aliexpress.com.evil.com"),
            ),
            ("https://evilalipay.com/", foreign("evilalipay.com")),
            (
                "https://aliexpress.com@evil.com/",
                not_plain("aliexpress.com@evil.com"),
            ),
            ("https://alipay.com:8443/", not_plain("alipay.com:8443")),
            ("https://AliExpress.com/", not_plain("AliExpress.com")),
            (
                "https://alipay.com/a b",
                Rule::NeedsEncoding { character: ' ' },
            ),
            (
                "https://alipay.com/a\\@evil.com",
                Rule::NeedsEncoding { character: '\\' },
            ),
            ("javascript:alert(1)", Rule::NotHttpsAtAll),
            (
                "https://alipay.com/)https://card-check.example/verify",
                Rule::UnbalancedBracket { character: ')' },
            ),
            (
                "https://alipay.com/(x)https://card-check.example/verify",
                Rule::SecondAddress {
                    address: "https://card-check.example/verify".to_string(),
                },
            ),
            (
                "https://alipay.com/x'evil.example",
                Rule::SecondAddress {
                    address: "evil.example".to_string(),
                },
            ),
        ];
        let long = format!("https://aliexpress.com/{}", "a".repeat(MAX_URL_LENGTH));
        assert_eq!(
            check_link_url(&long),
            Err(Rule::LinkTooLong {
                length: MAX_URL_LENGTH + 23,
                max: MAX_URL_LENGTH
            })
        );
        let longest = &long[..MAX_URL_LENGTH];
        assert_eq!(check_link_url(longest), Ok(()));
        for (url, rule) in bad {
            assert_eq!(check_link_url(url), Err(rule), "{url}");
        }
    }

    #[test]
    fn source_addresses_may_be_http_but_must_be_plain() {
        assert_eq!(check_source_url("http://ac-ch.ru/page.php"), Ok(()));
        assert_eq!(
            check_source_url("https://dzen.ru/a/Zu1mVeWvJV70nddp"),
            Ok(())
        );
        assert!(check_source_url("ftp://example.com/").is_err());
        assert!(check_source_url("https://user@example.com/").is_err());
        assert_eq!(
            check_source_url("https://example.com/a(b)c"),
            Ok(()),
            "balanced"
        );
        assert_eq!(
            check_source_url("https://example.com/)https://evil.example/"),
            Err(Rule::UnbalancedBracket { character: ')' })
        );
        assert_eq!(
            check_source_url("https://example.com/(x)https://evil.example/"),
            Err(Rule::SecondAddress {
                address: "https://evil.example/".to_string()
            })
        );
        assert_eq!(
            check_source_url("https://example.com/(x)https://example.com/y"),
            Ok(()),
            "its own site again"
        );
    }
}
