//! The words for every rule of the guide format a guide can break, in every language.

use guide_format::error::{Reference, Rule};
use guide_format::model::FORMAT_VERSION;
use guide_format::validate::ALLOWED_HOSTS;
use guide_format::{Lang, Problem};

use super::fill;

/// One template per rule; `{name}` stands for a value the rule carries.
pub struct ProblemWords {
    pub did_you_mean: &'static str,
    pub unknown_key: &'static str,
    pub missing: &'static str,
    pub missing_language: &'static str,
    pub empty_text: &'static str,
    pub placeholder: &'static str,
    pub unsafe_character: &'static str,
    pub bad_file_name: &'static str,
    pub unknown_format: &'static str,
    pub out_of_range: &'static str,
    pub not_one_of: &'static str,
    pub main_route_untitled: &'static str,
    pub no_steps: &'static str,
    pub no_sources: &'static str,
    pub no_paragraphs: &'static str,
    pub unknown_source: &'static str,
    pub bad_source_id: &'static str,
    pub source_id_twice: &'static str,
    pub bad_method_id: &'static str,
    pub names_itself: &'static str,
    pub listed_twice: &'static str,
    pub not_a_plain_date: &'static str,
    pub in_the_future: &'static str,
    pub not_https: &'static str,
    pub not_https_at_all: &'static str,
    pub foreign_host: &'static str,
    pub not_web_address: &'static str,
    pub not_a_plain_host: &'static str,
    pub needs_encoding: &'static str,
    pub link_too_long: &'static str,
    pub address_in_text: &'static str,
    pub unknown_fallback: &'static str,
    pub unknown_method: &'static str,
    pub fallbacks_loop: &'static str,
    pub methods_loop: &'static str,
    /// Where a long loop's chain leaves guides out.
    pub chain_omitted: &'static str,
}

/// What `problem` says: where it is, then what is wrong.
pub fn describe(problem: &Problem, lang: Lang) -> String {
    let rule = rule(&problem.rule, lang);
    if problem.path.0.is_empty() {
        rule
    } else {
        format!("{}: {rule}", problem.path)
    }
}

/// What is wrong, without where.
pub fn rule(rule: &Rule, lang: Lang) -> String {
    let w = words(lang);
    let maybe = |closest: Option<&str>| {
        closest.map_or_else(String::new, |word| fill(w.did_you_mean, &[("word", word)]))
    };
    match rule {
        Rule::UnknownKey { key, closest } => {
            fill(w.unknown_key, &[("key", key)]) + &maybe(*closest)
        }
        Rule::Missing => w.missing.to_string(),
        Rule::MissingLanguage { lang } => fill(w.missing_language, &[("code", lang.code())]),
        Rule::EmptyText => w.empty_text.to_string(),
        Rule::Placeholder => w.placeholder.to_string(),
        Rule::UnsafeCharacter {
            position,
            character,
        } => fill(
            w.unsafe_character,
            &[
                ("position", &position.to_string()),
                ("code", &format!("U+{:04X}", u32::from(*character))),
            ],
        ),
        Rule::BadFileName { name } => fill(w.bad_file_name, &[("name", name)]),
        Rule::UnknownFormat { version } => fill(
            w.unknown_format,
            &[
                ("version", &version.to_string()),
                ("known", &FORMAT_VERSION.to_string()),
            ],
        ),
        Rule::OutOfRange { value, min, max } => fill(
            w.out_of_range,
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
                w.not_one_of,
                &[("value", value), ("names", &names.join(", "))],
            ) + &maybe(*closest)
        }
        Rule::MainRouteUntitled => w.main_route_untitled.to_string(),
        Rule::NoSteps => w.no_steps.to_string(),
        Rule::NoSources => w.no_sources.to_string(),
        Rule::NoParagraphs => w.no_paragraphs.to_string(),
        Rule::UnknownSource { id, closest } => {
            fill(w.unknown_source, &[("id", id)]) + &maybe(closest.as_deref())
        }
        Rule::BadSourceId { id } => fill(w.bad_source_id, &[("id", id)]),
        Rule::SourceIdTwice { id } => fill(w.source_id_twice, &[("id", id)]),
        Rule::BadMethodId { id } => fill(w.bad_method_id, &[("id", id)]),
        Rule::NamesItself => w.names_itself.to_string(),
        Rule::ListedTwice { id } => fill(w.listed_twice, &[("id", id)]),
        Rule::NotAPlainDate { value } => fill(w.not_a_plain_date, &[("value", value)]),
        Rule::InTheFuture { date, today } => fill(
            w.in_the_future,
            &[("date", &date.to_string()), ("today", &today.to_string())],
        ),
        Rule::NotHttps { rest } => fill(w.not_https, &[("rest", rest)]),
        Rule::NotHttpsAtAll => w.not_https_at_all.to_string(),
        Rule::ForeignHost { host } => fill(
            w.foreign_host,
            &[("hosts", &ALLOWED_HOSTS.join(", ")), ("host", host)],
        ),
        Rule::NotWebAddress => w.not_web_address.to_string(),
        Rule::NotAPlainHost { host } => fill(w.not_a_plain_host, &[("host", host)]),
        Rule::NeedsEncoding { character } => fill(
            w.needs_encoding,
            &[("character", &format!("{character:?}"))],
        ),
        Rule::LinkTooLong { length, max } => fill(
            w.link_too_long,
            &[("length", &length.to_string()), ("max", &max.to_string())],
        ),
        Rule::AddressInText { address } => fill(
            w.address_in_text,
            &[("address", address), ("hosts", &ALLOWED_HOSTS.join(", "))],
        ),
        Rule::UnknownMethod {
            reference,
            id,
            closest,
        } => {
            let template = match reference {
                Reference::Fallback => w.unknown_fallback,
                Reference::Method => w.unknown_method,
            };
            fill(template, &[("id", id)]) + &maybe(closest.as_deref())
        }
        Rule::Loop { reference, chain } => {
            let template = match reference {
                Reference::Fallback => w.fallbacks_loop,
                Reference::Method => w.methods_loop,
            };
            let omitted = |count: usize| fill(w.chain_omitted, &[("count", &count.to_string())]);
            fill(template, &[("chain", &chain.join(omitted))])
        }
    }
}

fn words(lang: Lang) -> &'static ProblemWords {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

static EN: ProblemWords = ProblemWords {
    did_you_mean: " (did you mean `{word}`?)",
    unknown_key: "unknown key `{key}`",
    missing: "this field is required but missing",
    missing_language: "this text has no `{code}` version; every text needs `ru` and `en`",
    empty_text: "this text is empty",
    placeholder: "this is still the example text of the template: write your own",
    unsafe_character: "character {position} is {code}, a control character or an invisible mark; they are not allowed in guide text",
    bad_file_name: "the file name `{name}` is not a valid id: use lowercase letters, digits and single hyphens, like `direct-link`",
    unknown_format: "unknown format version {version}; this program reads version {known}",
    out_of_range: "{value} is out of range: use a whole number from {min} to {max}",
    not_one_of: "`{value}` is not one of {names}",
    main_route_untitled: "a guide with `other_routes` needs `main_route`: a title for its main route",
    no_steps: "a route needs at least one step",
    no_sources: "at least one source is needed: where the text comes from",
    no_paragraphs: "a topic needs at least one paragraph",
    unknown_source: "`{id}` is not the id of one of this guide's sources",
    bad_source_id: "`{id}` is not a valid source id: use lowercase letters, digits and hyphens",
    source_id_twice: "the source id `{id}` is used twice",
    bad_method_id: "`{id}` is not a valid method id",
    names_itself: "a guide cannot name itself here",
    listed_twice: "`{id}` is listed twice",
    not_a_plain_date: "`{value}` is not a plain date: write it as YYYY-MM-DD, like 2026-11-26",
    in_the_future: "{date} is in the future (today is {today})",
    not_https: "links must use https: write `https://{rest}`",
    not_https_at_all: "links must start with `https://`",
    foreign_host: "links may only lead to {hosts} or their subdomains, not `{host}`",
    not_web_address: "a source's address must start with `https://` or `http://`",
    not_a_plain_host: "`{host}` is not a plain host name (lowercase letters, digits, hyphens and dots; no user name or port)",
    needs_encoding: "the address contains {character}, which must be percent-encoded",
    link_too_long: "the address is {length} characters long; a browser cannot be asked to open more than {max}",
    address_in_text: "this text holds the address `{address}`, which a reader could click: a text may only name addresses on {hosts} (with https://), or the site of one of the guide's sources; a link to open belongs in `[[steps.links]]`",
    unknown_fallback: "fallback `{id}` is not a known method",
    unknown_method: "method `{id}` is not a known method",
    fallbacks_loop: "fallbacks loop: {chain}",
    methods_loop: "methods loop: {chain}",
    chain_omitted: "… {count} more …",
};

static RU: ProblemWords = ProblemWords {
    did_you_mean: " (может быть, `{word}`?)",
    unknown_key: "неизвестный ключ `{key}`",
    missing: "обязательное поле отсутствует",
    missing_language: "у этого текста нет варианта `{code}`; каждому тексту нужны `ru` и `en`",
    empty_text: "этот текст пуст",
    placeholder: "это ещё текст-пример из шаблона: напишите свой",
    unsafe_character: "символ {position} — {code}, управляющий символ или невидимый знак; в тексте руководства они запрещены",
    bad_file_name: "имя файла `{name}` не годится как id: нужны строчные латинские буквы, цифры и одиночные дефисы, например `direct-link`",
    unknown_format: "неизвестная версия формата {version}; эта программа читает версию {known}",
    out_of_range: "{value} вне допустимых пределов: нужно целое число от {min} до {max}",
    not_one_of: "`{value}` — не одно из значений {names}",
    main_route_untitled: "руководству с `other_routes` нужен `main_route`: название основного пути",
    no_steps: "в пути нужен хотя бы один шаг",
    no_sources: "нужен хотя бы один источник: откуда взят текст",
    no_paragraphs: "в теме нужен хотя бы один абзац",
    unknown_source: "`{id}` — не id одного из источников этого руководства",
    bad_source_id: "`{id}` не годится как id источника: нужны строчные латинские буквы, цифры и дефисы",
    source_id_twice: "id источника `{id}` использован дважды",
    bad_method_id: "`{id}` не годится как id способа",
    names_itself: "руководство не может называть здесь само себя",
    listed_twice: "`{id}` указан дважды",
    not_a_plain_date: "`{value}` — не просто дата: пишите ГГГГ-ММ-ДД, например 2026-11-26",
    in_the_future: "дата {date} ещё не наступила (сегодня {today})",
    not_https: "ссылки должны быть https: напишите `https://{rest}`",
    not_https_at_all: "ссылка должна начинаться с `https://`",
    foreign_host: "ссылки могут вести только на {hosts} или их поддомены, а не на `{host}`",
    not_web_address: "адрес источника должен начинаться с `https://` или `http://`",
    not_a_plain_host: "`{host}` — не простое имя сайта (строчные латинские буквы, цифры, дефисы и точки; без имени пользователя и порта)",
    needs_encoding: "в адресе есть {character}; такой символ нужно закодировать через %",
    link_too_long: "адрес длиной {length} символов; браузер не откроет адрес длиннее {max}",
    address_in_text: "в тексте есть адрес `{address}`, по которому можно нажать: в тексте можно называть только адреса на {hosts} (с https://) или сайт одного из источников руководства; ссылку для открытия укажите в `[[steps.links]]`",
    unknown_fallback: "запасного способа `{id}` нет",
    unknown_method: "способа `{id}` нет",
    fallbacks_loop: "запасные способы ведут по кругу: {chain}",
    methods_loop: "способы для шагов ведут по кругу: {chain}",
    chain_omitted: "… ещё {count} …",
};
