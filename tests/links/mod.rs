//! What a reader could click in what the program prints, found by others' code: a linkifier
//! (the linkify crate, which finds addresses in plain text as chat apps, markdown-it's
//! linkify and GitHub's autolinks do, and bare domains of any top-level domain), and a
//! Markdown renderer (pulldown-cmark, as CommonMark and with GitHub's extensions), whose
//! text is then linkified too, as GitHub does with its autolinks after reading escapes.
#![allow(dead_code)]

use guide_format::validate::ALLOWED_HOSTS;

/// Every address a linkifier finds in `text`, as written; an e-mail address after
/// `mailto:`, as the link made of it opens it.
pub fn in_text(text: &str) -> Vec<String> {
    let mut finder = linkify::LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder
        .links(text)
        .map(|l| match l.kind() {
            linkify::LinkKind::Email => format!("mailto:{}", l.as_str()),
            _ => l.as_str().to_string(),
        })
        .collect()
}

/// Every link of `markdown` once rendered, by CommonMark and by GitHub's flavour of it: the
/// links and images it makes, what an autolinker finds in its text (never in code), and
/// `<html>` for any HTML let through.
pub fn in_markdown(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let gfm = Options::ENABLE_GFM
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut links = Vec::new();
    for options in [Options::empty(), gfm] {
        // Text is linkified as a whole, the pieces around escapes joined, as cmark-gfm's
        // autolinks see it: `a\@b.example` is the text `a@b.example`.
        let mut text = String::new();
        let mut in_link = false;
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Text(piece) => text.push_str(&piece),
                other => {
                    if !in_link {
                        links.extend(in_text(&text));
                    }
                    text.clear();
                    match other {
                        Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                            links.push(dest_url.to_string());
                            in_link = true;
                        }
                        Event::End(
                            pulldown_cmark::TagEnd::Link | pulldown_cmark::TagEnd::Image,
                        ) => {
                            in_link = false;
                        }
                        Event::Html(_) | Event::InlineHtml(_) => links.push("<html>".to_string()),
                        _ => {}
                    }
                }
            }
        }
        if !in_link {
            links.extend(in_text(&text));
        }
    }
    // Each once, in the order found.
    let mut seen = std::collections::HashSet::new();
    links.retain(|link| seen.insert(link.clone()));
    links
}

/// The host an address leads to: after the scheme, any user name and `@`, up to the port or
/// path; an e-mail address's domain.
pub fn host_of(address: &str) -> String {
    if let Some(mail) = address.strip_prefix("mailto:") {
        return mail.rsplit('@').next().unwrap_or(mail).to_lowercase();
    }
    let rest = scheme_of(address).map_or(address, |scheme| &address[scheme.len() + 3..]);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    // Quotes and marks beyond ASCII at either end (linkify takes `«aliexpress.ru»` whole)
    // are no part of any host a browser could reach.
    host.trim_matches(|c: char| c == '.' || !(c.is_ascii() || c.is_alphanumeric()))
        .to_lowercase()
}

/// The scheme `address` starts with, before `://`; none for a bare domain, whose path may
/// hold `://` (`www.alipay.com/a@https://b`).
fn scheme_of(address: &str) -> Option<&str> {
    let (scheme, _) = address.split_once("://")?;
    let plain = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    plain.then_some(scheme)
}

/// Whether `address` leads to one of the allowed hosts, or to one of `sites` (the hosts of
/// sources, and the domains above them).
pub fn allowed(address: &str, sites: &[String]) -> bool {
    let host = host_of(address);
    let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    let scheme_ok = address.starts_with("mailto:")
        || scheme_of(address).is_none_or(|scheme| matches!(scheme, "https" | "http"));
    scheme_ok
        && (ALLOWED_HOSTS.iter().any(|h| under(h))
            || sites
                .iter()
                .any(|site| *site == host || site.ends_with(&format!(".{host}"))))
}

/// The addresses among `found` that lead elsewhere than the allowed hosts and `sites`.
pub fn foreign(found: Vec<String>, sites: &[String]) -> Vec<String> {
    found.into_iter().filter(|a| !allowed(a, sites)).collect()
}
