//! What can be wrong with a guide file: a broken rule inside it, or a file that cannot be
//! read as a guide at all.

use std::io;
use std::ops::Range;

use crate::model::{Date, Lang};
use crate::path::KeyPath;

/// One broken rule, at one place in a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: KeyPath,
    pub rule: Rule,
    /// Whether the problem is the key itself (an unknown key) rather than its value.
    pub at_key: bool,
    /// Where in the file's text the problem is, for one that no key leads to (a comment).
    pub span: Option<Range<usize>>,
}

/// A rule of the format, broken, with what a message about it needs to say. The program
/// that reports problems puts them into words, in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A key the format does not have, and the closest one it has, when one is close.
    UnknownKey {
        key: String,
        closest: Option<&'static str>,
    },
    /// A required field is missing.
    Missing,
    /// A text lacks one of its languages.
    MissingLanguage { lang: Lang },
    /// A text is empty, or only spaces.
    EmptyText,
    /// A text is still one of the template's example texts: the guide was not filled in.
    Placeholder,
    /// A text holds a character that could act on a terminal or hide text: `position`
    /// counts characters from 1.
    UnsafeCharacter { position: usize, character: char },
    /// The file name is not a method id.
    BadFileName { name: String },
    /// A format version this program does not read.
    UnknownFormat { version: i64 },
    /// A whole number outside its range.
    OutOfRange { value: i64, min: u16, max: u16 },
    /// A value that is not one of the names the field takes.
    NotOneOf {
        value: String,
        names: &'static [&'static str],
        closest: Option<&'static str>,
    },
    /// A guide with other routes does not name its main route.
    MainRouteUntitled,
    /// A guide, or one of its routes, has no steps.
    NoSteps,
    /// A guide or topic names no sources.
    NoSources,
    /// A topic has no paragraphs.
    NoParagraphs,
    /// A step cites a source the guide does not have.
    UnknownSource { id: String, closest: Option<String> },
    /// A source id that is not lowercase kebab-case.
    BadSourceId { id: String },
    /// Two sources with one id.
    SourceIdTwice { id: String },
    /// A method id that is not lowercase kebab-case.
    BadMethodId { id: String },
    /// A guide names itself as another method.
    NamesItself,
    /// A method named twice in one list.
    ListedTwice { id: String },
    /// A date with a time or an offset, or not a date at all.
    NotAPlainDate { value: String },
    /// A date after today.
    InTheFuture { date: Date, today: Date },
    /// A link with `http://`: `rest` is what follows it.
    NotHttps { rest: String },
    /// A link that does not start with `https://`.
    NotHttpsAtAll,
    /// A link to a host that is not AliExpress's or Alipay's.
    ForeignHost { host: String },
    /// A source's address that is not `http://` or `https://`.
    NotWebAddress,
    /// A host that is not plain lowercase letters, digits, hyphens and dots.
    NotAPlainHost { host: String },
    /// A character an address must not hold unencoded.
    NeedsEncoding { character: char },
    /// An address longer than a browser can be asked to open: `length` characters, over
    /// `max`.
    LinkTooLong { length: usize, max: usize },
    /// An address whose brackets are not balanced: a linkifier would end it early, and what
    /// follows could be another address. `character` is the first without its pair.
    UnbalancedBracket { character: char },
    /// An address with another address after it, as a linkifier reads it, that leads
    /// elsewhere (cut short when it is long).
    SecondAddress { address: String },
    /// A comment holds an address a reader could click that leads outside the allowed hosts
    /// (cut short when it is long): `show --format toml` prints comments.
    AddressInComment { address: String },
    /// A text holds an address a reader could click that leads outside the allowed hosts
    /// (cut short when it is long).
    AddressInText { address: String },
    /// A method named that no guide has.
    UnknownMethod {
        reference: Reference,
        id: String,
        closest: Option<String>,
    },
    /// Following the methods named leads back to this guide: the chain, from it to it.
    Loop { reference: Reference, chain: Chain },
}

/// A chain of guides, each naming the next: all of it, or, when it is long, its start and
/// its end with the number of guides between them left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    pub head: Vec<String>,
    pub omitted: usize,
    pub tail: Vec<String>,
}

impl Chain {
    /// The ids joined by arrows, with `gap(omitted)` where guides are left out.
    pub fn join(&self, gap: impl Fn(usize) -> String) -> String {
        let mut text = self.head.join(" -> ");
        if self.omitted > 0 {
            text.push_str(" -> ");
            text.push_str(&gap(self.omitted));
        }
        if !self.tail.is_empty() {
            text.push_str(" -> ");
            text.push_str(&self.tail.join(" -> "));
        }
        text
    }
}

/// How a guide names another method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    /// As a method to try if it fails (`fallbacks`).
    Fallback,
    /// As the method that carries out one of its steps (`methods` of a step).
    Method,
}

/// Why a file or folder could not be used as guides.
#[derive(Debug)]
pub enum LoadError {
    /// Nothing is there.
    NotFound,
    /// A folder of guides that is not there.
    NoSuchFolder,
    /// A symbolic link to something that is not there.
    BrokenLink,
    /// A guide file was expected, and this is a folder, a device, a pipe or a socket.
    NotAFile,
    /// A folder of guides was expected, and this is not a folder.
    NotAFolder,
    /// It is there but cannot be read: permissions, a symlink loop...
    Unreadable(io::Error),
    /// Larger than `MAX_FILE_SIZE` bytes; not read at all.
    TooLarge(u64),
    /// Not UTF-8 text; `line` is where the first bad byte is.
    NotUtf8 { line: usize },
    /// The file name is not UTF-8, so it names no method.
    BadName,
    /// Not valid TOML, or a value of the wrong type; the TOML reader stops at the first.
    Syntax(toml::de::Error),
    /// Well-formed, but breaking one or more rules.
    Invalid(Vec<Problem>),
}
