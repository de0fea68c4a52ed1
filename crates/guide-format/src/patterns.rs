//! The format's values as JSON Schema patterns, for the schemas of guide files and of the
//! program's JSON output: what an editor checks while a guide is written. The rules
//! themselves are in `validate`; the tests check that the patterns say the same. A leaf.

/// A method or source id: lowercase kebab-case.
pub const ID: &str = r"^[a-z0-9]+(-[a-z0-9]+)*$";

/// A date, YYYY-MM-DD.
pub const DATE: &str = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// A link a user may open: https, on AliExpress's or Alipay's domains.
pub const LINK: &str = r"^https://([a-z0-9-]+\.)*(aliexpress\.com|aliexpress\.ru|alipay\.com)([/?#][!#$%&'()*+,\-./0-9:;=?@A-Z\[\]_a-z~]*)?$";

/// A link's host.
pub const HOST: &str = r"^([a-z0-9-]+\.)*(aliexpress\.com|aliexpress\.ru|alipay\.com)$";

/// A source's address: shown, never opened.
pub const SOURCE_URL: &str =
    r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)+([/?#][!#$%&'()*+,\-./0-9:;=?@A-Z\[\]_a-z~]*)?$";

/// A text in one language: something besides spaces, and no character that could act on a
/// terminal or hide text, but for those beyond the Basic Multilingual Plane, which a pattern
/// cannot name without the Unicode flag.
pub const TEXT: &str = r"^[^\u0000-\u001f\u007f-\u009f\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u115f-\u1160\u17b4-\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]*\S[^\u0000-\u001f\u007f-\u009f\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u115f-\u1160\u17b4-\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]*$";
