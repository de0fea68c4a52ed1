//! Paths in the commands the program suggests ("for details: unlink-guide check PATH"),
//! quoted for the user's shell, so that a pasted command does exactly what it says: a file
//! name can hold `;`, `$(…)` or a space (as Windows user names often do).
//!
//! On Windows the quoting is PowerShell's, the shell Windows opens by default; elsewhere it
//! is the POSIX shell's, which bash, zsh and fish read alike for single quotes. Both are
//! plain functions, tested on every platform; `quoted` picks the platform's.

use std::borrow::Cow;

/// `arg` as one word of a command line for this platform's shell.
pub(crate) fn quoted(arg: &str) -> Cow<'_, str> {
    if cfg!(windows) {
        powershell_quoted(arg)
    } else {
        posix_quoted(arg)
    }
}

/// `arg` as one word for a POSIX shell: as it is when it holds only characters no shell
/// reads as more than themselves, else in single quotes, inside which nothing is special
/// but the quote itself, written `'\''`.
pub(crate) fn posix_quoted(arg: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./:@%+,".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        return Cow::Borrowed(arg);
    }
    Cow::Owned(format!("'{}'", arg.replace('\'', "'\\''")))
}

/// `arg` as one word for PowerShell: as it is when it holds only characters PowerShell
/// reads as themselves, else in single quotes, inside which nothing is expanded; a quote is
/// doubled, the typographic single quotes too, which PowerShell takes for the plain one.
pub(crate) fn powershell_quoted(arg: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./:\\".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        return Cow::Borrowed(arg);
    }
    let mut out = String::with_capacity(arg.len() + 2);
    out.push('\'');
    for c in arg.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_stay_as_they_are_for_both_shells() {
        for path in ["g/a-guide.toml", "/home/ann/.local/share/x.toml", "v1.2+b"] {
            assert_eq!(posix_quoted(path), path);
        }
        for path in [
            "g\\a-guide.toml",
            "C:\\Users\\ann\\x.toml",
            "C:/Users/x.toml",
        ] {
            assert_eq!(powershell_quoted(path), path);
        }
    }

    #[test]
    fn anything_a_posix_shell_would_read_is_quoted() {
        for (path, quoted) in [
            ("g/x;touch PWNED;.toml", "'g/x;touch PWNED;.toml'"),
            ("g/$(touch PWNED).toml", "'g/$(touch PWNED).toml'"),
            ("g/`id`.toml", "'g/`id`.toml'"),
            ("g/it's.toml", "'g/it'\\''s.toml'"),
            ("~/g.toml", "'~/g.toml'"),
            ("g/*.toml", "'g/*.toml'"),
            ("g/Мой способ.toml", "'g/Мой способ.toml'"),
            ("", "''"),
        ] {
            assert_eq!(posix_quoted(path), quoted, "{path}");
        }
    }

    #[test]
    fn anything_powershell_would_read_is_quoted() {
        for (path, quoted) in [
            (
                "C:\\Users\\Ann Smith\\g\\x.toml",
                "'C:\\Users\\Ann Smith\\g\\x.toml'",
            ),
            ("g\\x;calc;.toml", "'g\\x;calc;.toml'"),
            ("g\\$(calc).toml", "'g\\$(calc).toml'"),
            ("g\\it's.toml", "'g\\it''s.toml'"),
            ("g\\it\u{2019}s.toml", "'g\\it\u{2019}\u{2019}s.toml'"),
            ("g\\`a.toml", "'g\\`a.toml'"),
            ("", "''"),
        ] {
            assert_eq!(powershell_quoted(path), quoted, "{path}");
        }
    }

    /// What a POSIX shell makes of each quoted word is the word itself, and nothing runs.
    #[cfg(unix)] // needs a POSIX sh
    #[test]
    fn a_posix_shell_reads_each_quoted_word_back_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        for word in [
            "x;touch PWNED;",
            "$(touch PWNED)",
            "`touch PWNED`",
            "it's",
            "a b\tc",
        ] {
            let script = format!("printf '%s' {}", posix_quoted(word));
            let output = std::process::Command::new("sh")
                .args(["-c", &script])
                .current_dir(dir.path())
                .output()
                .unwrap();
            assert_eq!(String::from_utf8_lossy(&output.stdout), word);
        }
        assert!(!dir.path().join("PWNED").exists());
    }
}
