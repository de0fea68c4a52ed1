//! Shell completion that knows the user's guides, in bash, zsh, fish, elvish and PowerShell.
//!
//! The shell's completion script is a few lines that call the program back on every Tab
//! (`COMPLETE=<shell> unlink-guide -- <the words typed>`: clap_complete's dynamic completion),
//! and the program answers from its own command line: subcommands, options, their values and
//! the method ids of `show` and `walk`, the built-in ones and those of every guide folder —
//! the folders a run of that command line would read, its `--guides-dir` included. Nothing is
//! baked into the script, so it never goes stale when a guide is added.

use std::ffi::OsString;

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::Shells;
use clap_complete::{CompleteEnv, Shell};
use guide_format::{Date, Lang};

use crate::cli::{Cli, localized};
use crate::config::Environment;
use crate::guide::{Folders, Needed, load};

/// The variable that asks for completions, as clap_complete names it.
const VAR: &str = "COMPLETE";

/// The program's name, as shells know it.
const BIN: &str = "unlink-guide";

/// When the shell asks for completions (`COMPLETE` is set), answers and exits; otherwise
/// returns at once. Runs before anything is printed.
pub(crate) fn complete_if_asked(env: &Environment, args: &[OsString]) {
    let lang = env.lang(None);
    let folders = Folders::new(
        env.data_dir.clone(),
        env.config_file.settings_or_default().guide_dirs,
        env.guide_dirs.clone(),
        guides_dirs_in(args),
    );
    // A wrong SOURCE_DATE_EPOCH is reported when the command runs; for completing, no
    // review date is too late.
    let today = env.today.clone().unwrap_or(Date {
        year: u16::MAX,
        month: 12,
        day: 31,
    });
    CompleteEnv::with_factory(move || command(lang, folders.clone(), today))
        .var(VAR)
        .bin(BIN)
        .complete();
}

/// The command line as completion sees it: the help in the user's language, and the method
/// ids offered with their titles.
fn command(lang: Lang, folders: Folders, today: Date) -> clap::Command {
    let candidates = ArgValueCandidates::new(move || method_ids(&folders, today, lang));
    let mut cmd = localized(Cli::command(), lang);
    // The subcommands' arguments exist once it is built (they are deferred).
    cmd.build();
    for (sub, arg) in [("show", "method"), ("walk", "method"), ("new", "from")] {
        let candidates = candidates.clone();
        cmd = cmd.mut_subcommand(sub, |sub| sub.mut_arg(arg, |arg| arg.add(candidates)));
    }
    cmd
}

/// Folders of more guide files than this, or more bytes of them, have their methods offered
/// without titles: a Tab must answer at once, and reading many guides takes seconds.
const MAX_TITLES_READ: usize = 100;
const MAX_BYTES_READ: u64 = 2 * 1024 * 1024;

/// Every method id there is, in menu order with its title; a folder guide that cannot be
/// read is offered too, without a title (`show` then says what is wrong with it), and so is
/// every folder guide when there are too many to read.
fn method_ids(folders: &Folders, today: Date, lang: Lang) -> Vec<CompletionCandidate> {
    let named = load(folders, today, Needed::Ids);
    let files: Vec<_> = folders.files().into_iter().filter_map(Result::ok).collect();
    let few = files.len() <= MAX_TITLES_READ
        && files
            .iter()
            .filter_map(|path| std::fs::metadata(path).ok())
            .map(|metadata| metadata.len())
            .sum::<u64>()
            <= MAX_BYTES_READ;
    let loaded = if few {
        load(folders, today, Needed::All)
    } else {
        named
    };
    let mut candidates: Vec<CompletionCandidate> = loaded
        .catalog
        .guides()
        .iter()
        .map(|guide| {
            CompletionCandidate::new(guide.id.as_str())
                .help(Some(guide.title.get(lang).to_string().into()))
        })
        .collect();
    for id in &loaded.ids {
        if loaded.catalog.get(id).is_none() {
            candidates.push(CompletionCandidate::new(id));
        }
    }
    candidates
}

/// The folders of every `--guides-dir` on the command line being completed, which comes
/// after `--`.
fn guides_dirs_in(args: &[OsString]) -> Vec<std::path::PathBuf> {
    let words: Vec<&std::ffi::OsStr> = args
        .iter()
        .skip_while(|a| *a != "--")
        .skip(1)
        .map(OsString::as_os_str)
        .collect();
    let mut dirs = Vec::new();
    for (n, word) in words.iter().enumerate() {
        if *word == "--guides-dir" {
            // The folder's word must be complete: the one under the cursor is the last.
            if let Some(dir) = words.get(n + 1).filter(|_| n + 2 < words.len()) {
                dirs.push(dir.into());
            }
        } else if let Some(dir) = word.to_str().and_then(|w| w.strip_prefix("--guides-dir="))
            && n + 1 < words.len()
        {
            dirs.push(dir.into());
        }
    }
    dirs
}

/// The script that makes `shell` complete unlink-guide: it calls `unlink-guide` (found on
/// the `PATH`) on every Tab, so it stays right however the guides change.
pub(crate) fn registration(shell: Shell) -> String {
    let shells = Shells::builtins();
    let completer = shells
        .completer(&shell.to_string())
        .expect("clap_complete registers every shell it names");
    let mut script = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = completer.write_registration(VAR, BIN, BIN, BIN, &mut script);
    let mut script = String::from_utf8_lossy(&script).into_owned();
    if shell == Shell::Zsh {
        // Installed as `_unlink-guide` in a folder of `fpath`, the script is run by compinit
        // on the first Tab: it must also complete that Tab, not only register itself.
        script.push_str(
            "\nif [[ \"${funcstack[1]}\" == \"_unlink-guide\" ]]; then\n    \
             _clap_dynamic_completer_unlink_guide \"$@\"\nfi\n",
        );
    }
    script
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::args;

    #[test]
    fn guide_folders_typed_before_the_cursor_are_read() {
        let typed = args(&[
            "/bin/unlink-guide",
            "--",
            "unlink-guide",
            "--guides-dir",
            "a",
            "show",
            "--guides-dir=b",
            "",
        ]);
        let dirs = guides_dirs_in(&typed);
        assert_eq!(dirs, [std::path::PathBuf::from("a"), "b".into()]);
        // The word being typed is not a folder yet.
        let typed = args(&["x", "--", "unlink-guide", "show", "--guides-dir", "ab"]);
        assert!(guides_dirs_in(&typed).is_empty());
    }

    #[test]
    fn every_shell_gets_a_registration() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::Elvish,
            Shell::PowerShell,
        ] {
            let script = registration(shell);
            assert!(script.contains("COMPLETE"), "{shell}");
            assert!(script.contains("unlink-guide"), "{shell}");
        }
    }
}
