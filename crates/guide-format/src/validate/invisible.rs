//! The characters that draw nothing or change how text around them is shown, by Unicode
//! property: every `Default_Ignorable_Code_Point` and every format character (general
//! category `Cf`). Generated from the Unicode Character Database of the version below by the
//! test `the_invisible_table_is_unicodes_own`; do not edit by hand: run
//! `UPDATE_UNICODE_TABLE=1 cargo test -p unlink-guide-format invisible` after a new version.

/// The Unicode version the table was made from.
#[cfg(test)]
pub(crate) const UNICODE_VERSION: (u8, u8, u8) = (16, 0, 0);

/// Inclusive ranges, sorted, none touching another.
pub(crate) const INVISIBLE: &[(char, char)] = &[
    ('\u{AD}', '\u{AD}'),
    ('\u{34F}', '\u{34F}'),
    ('\u{600}', '\u{605}'),
    ('\u{61C}', '\u{61C}'),
    ('\u{6DD}', '\u{6DD}'),
    ('\u{70F}', '\u{70F}'),
    ('\u{890}', '\u{891}'),
    ('\u{8E2}', '\u{8E2}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];
