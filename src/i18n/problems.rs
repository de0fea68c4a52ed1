//! The words for every rule of the guide format a guide can break, in every language.

use guide_format::error::{Reference, Rule};
use guide_format::model::FORMAT_VERSION;
use guide_format::validate::ALLOWED_HOSTS;
use guide_format::{Lang, Problem};

use super::{fill, words};

/// What `problem` says: where it is, then what is wrong.
pub(crate) fn describe(problem: &Problem, lang: Lang) -> String {
    let rule = rule(&problem.rule, lang);
    if problem.path.0.is_empty() {
        rule
    } else {
        format!("{}: {rule}", problem.path)
    }
}

/// What is wrong, without where.
pub(crate) fn rule(rule: &Rule, lang: Lang) -> String {
    let w = words(lang);
    let maybe = |closest: Option<&str>| {
        closest.map_or_else(String::new, |word| {
            fill(w.rule_did_you_mean, &[("word", word)])
        })
    };
    match rule {
        Rule::UnknownKey { key, closest } => {
            fill(w.rule_unknown_key, &[("key", key)]) + &maybe(*closest)
        }
        Rule::Missing => w.rule_missing.to_string(),
        Rule::MissingLanguage { lang } => fill(w.rule_missing_language, &[("code", lang.code())]),
        Rule::EmptyText => w.rule_empty_text.to_string(),
        Rule::Placeholder => w.rule_placeholder.to_string(),
        Rule::UnsafeCharacter {
            position,
            character,
        } => fill(
            w.rule_unsafe_character,
            &[
                ("position", &position.to_string()),
                ("code", &format!("U+{:04X}", u32::from(*character))),
            ],
        ),
        Rule::BadFileName { name } => fill(w.rule_bad_file_name, &[("name", name)]),
        Rule::UnknownFormat { version } => fill(
            w.rule_unknown_format,
            &[
                ("version", &version.to_string()),
                ("known", &FORMAT_VERSION.to_string()),
            ],
        ),
        Rule::OutOfRange { value, min, max } => fill(
            w.rule_out_of_range,
            &[
                ("value", &value.to_string()),
                ("min", &min.to_string()),
                ("max", &max.to_string()),
            ],
        ),
        Rule::NotOneOf {
            value,
            names,
            closest,
        } => {
            fill(
                w.rule_not_one_of,
                &[("value", value), ("names", &names.join(", "))],
            ) + &maybe(*closest)
        }
        Rule::MainRouteUntitled => w.rule_main_route_untitled.to_string(),
        Rule::NoSteps => w.rule_no_steps.to_string(),
        Rule::NoSources => w.rule_no_sources.to_string(),
        Rule::NoParagraphs => w.rule_no_paragraphs.to_string(),
        Rule::UnknownSource { id, closest } => {
            fill(w.rule_unknown_source, &[("id", id)]) + &maybe(closest.as_deref())
        }
        Rule::BadSourceId { id } => fill(w.rule_bad_source_id, &[("id", id)]),
        Rule::SourceIdTwice { id } => fill(w.rule_source_id_twice, &[("id", id)]),
        Rule::BadMethodId { id } => fill(w.rule_bad_method_id, &[("id", id)]),
        Rule::NamesItself => w.rule_names_itself.to_string(),
        Rule::ListedTwice { id } => fill(w.rule_listed_twice, &[("id", id)]),
        Rule::NotAPlainDate { value } => fill(w.rule_not_a_plain_date, &[("value", value)]),
        Rule::InTheFuture { date, today } => fill(
            w.rule_in_the_future,
            &[("date", &date.to_string()), ("today", &today.to_string())],
        ),
        Rule::NotHttps { rest } => fill(w.rule_not_https, &[("rest", rest)]),
        Rule::NotHttpsAtAll => w.rule_not_https_at_all.to_string(),
        Rule::ForeignHost { host } => fill(
            w.rule_foreign_host,
            &[("hosts", &ALLOWED_HOSTS.join(", ")), ("host", host)],
        ),
        Rule::NotWebAddress => w.rule_not_web_address.to_string(),
        Rule::NotAPlainHost { host } => fill(w.rule_not_a_plain_host, &[("host", host)]),
        Rule::NeedsEncoding { character } => fill(
            w.rule_needs_encoding,
            &[("character", &format!("{character:?}"))],
        ),
        Rule::LinkTooLong { length, max } => fill(
            w.rule_link_too_long,
            &[("length", &length.to_string()), ("max", &max.to_string())],
        ),
        Rule::UnbalancedBracket { character } => fill(
            w.rule_unbalanced_bracket,
            &[("character", &format!("{character:?}"))],
        ),
        Rule::SecondAddress { address } => fill(w.rule_second_address, &[("address", address)]),
        Rule::AddressInComment { address } => fill(
            w.rule_address_in_comment,
            &[("address", address), ("hosts", &ALLOWED_HOSTS.join(", "))],
        ),
        Rule::AddressInText { address } => fill(
            w.rule_address_in_text,
            &[("address", address), ("hosts", &ALLOWED_HOSTS.join(", "))],
        ),
        Rule::UnknownMethod {
            reference,
            id,
            closest,
        } => {
            let template = match reference {
                Reference::Fallback => w.rule_unknown_fallback,
                Reference::Method => w.rule_unknown_method,
            };
            fill(template, &[("id", id)]) + &maybe(closest.as_deref())
        }
        Rule::Loop { reference, chain } => {
            let template = match reference {
                Reference::Fallback => w.rule_fallbacks_loop,
                Reference::Method => w.rule_methods_loop,
            };
            let omitted =
                |count: usize| fill(w.rule_chain_omitted, &[("count", &count.to_string())]);
            fill(template, &[("chain", &chain.join(omitted))])
        }
    }
}
