//! Links a user may open, and the addresses of sources.

/// Hosts whose pages a guide may offer to open, with their subdomains.
pub const ALLOWED_HOSTS: [&str; 3] = ["aliexpress.com", "aliexpress.ru", "alipay.com"];

/// Checks a link a user may be offered to open: `https://`, then a host on one of
/// `ALLOWED_HOSTS`, then a path with no characters a browser or terminal could misread.
/// Deliberately stricter than the URL standard: no user name, no port, no IP address.
pub fn check_link_url(url: &str) -> Result<(), String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(if let Some(rest) = url.strip_prefix("http://") {
            format!("links must use https: write `https://{rest}`")
        } else {
            "links must start with `https://`".to_string()
        });
    };
    let host = check_host_and_path(rest)?;
    let allowed = ALLOWED_HOSTS
        .iter()
        .any(|a| host == *a || host.strip_suffix(a).is_some_and(|sub| sub.ends_with('.')));
    if !allowed {
        return Err(format!(
            "links may only lead to {} or their subdomains, not `{host}`",
            ALLOWED_HOSTS.join(", ")
        ));
    }
    Ok(())
}

/// Checks a source's address: `http://` or `https://`, any host. Sources are shown, never
/// opened.
pub fn check_source_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("a source's address must start with `https://` or `http://`")?;
    check_host_and_path(rest).map(|_| ())
}

/// Splits what follows the scheme into host and the rest, and checks both; returns the host.
fn check_host_and_path(rest: &str) -> Result<&str, String> {
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
        return Err(format!(
            "`{host}` is not a plain host name (lowercase letters, digits, hyphens and dots; no user name or port)"
        ));
    }
    if let Some(bad) = path.chars().find(|c| {
        !c.is_ascii_graphic() || matches!(c, '\\' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '^')
    }) {
        return Err(format!(
            "the address contains {bad:?}, which must be percent-encoded"
        ));
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
        let bad = [
            (
                "http://m.aliexpress.com/ru/index.htm",
                "links must use https: write `https://m.aliexpress.com/ru/index.htm`",
            ),
            (
                "https://evil.com/aliexpress.com",
                "links may only lead to aliexpress.com, aliexpress.ru, alipay.com or their subdomains, not `evil.com`",
            ),
            (
                "https://aliexpress.com.evil.com/",
                "links may only lead to aliexpress.com, aliexpress.ru, alipay.com or their subdomains, not `aliexpress.com.evil.com`",
            ),
            (
                "https://evilalipay.com/",
                "links may only lead to aliexpress.com, aliexpress.ru, alipay.com or their subdomains, not `evilalipay.com`",
            ),
            (
                "https://aliexpress.com@evil.com/",
                "`aliexpress.com@evil.com` is not a plain host name (lowercase letters, digits, hyphens and dots; no user name or port)",
            ),
            (
                "https://alipay.com:8443/",
                "`alipay.com:8443` is not a plain host name (lowercase letters, digits, hyphens and dots; no user name or port)",
            ),
            (
                "https://AliExpress.com/",
                "`AliExpress.com` is not a plain host name (lowercase letters, digits, hyphens and dots; no user name or port)",
            ),
            (
                "https://alipay.com/a b",
                "the address contains ' ', which must be percent-encoded",
            ),
            (
                "https://alipay.com/a\\@evil.com",
                "the address contains '\\\\', which must be percent-encoded",
            ),
            ("javascript:alert(1)", "links must start with `https://`"),
        ];
        for (url, message) in bad {
            assert_eq!(check_link_url(url), Err(message.to_string()), "{url}");
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
    }
}
