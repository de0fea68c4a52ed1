//! Tab completion in real shells, installed the way the README says: bash (with the
//! bash-completion package), zsh (fpath and compinit, typed into an interactive zsh) and
//! fish. Each offers the method ids of
//! guide folders after `show `, the folders of `--guides-dir` typed before it included.
//! Those three shells are Unix's: on Windows only the program's own answers are tested.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::process::Command;

#[cfg(unix)]
use common::METHODS;
use common::{stdout_of, unlink_guide};

/// A home folder for a shell: `bin/unlink-guide` on its PATH, and a guide folder holding
/// one guide, `my-bank`.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("bin")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(common::binary(), dir.path().join("bin/unlink-guide")).unwrap();
        fs::create_dir(dir.path().join("guides")).unwrap();
        fs::copy(
            "tests/fixtures/override/direct-link.toml",
            dir.path().join("guides/my-bank.toml"),
        )
        .unwrap();
        Home { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn guides(&self) -> PathBuf {
        self.path().join("guides")
    }

    /// `shell` running `script` in this home, with nothing of the developer's.
    #[cfg(unix)]
    fn run(&self, shell: &str, args: &[&str], script: &str) -> String {
        let path = format!(
            "{}:{}",
            self.path().join("bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let output = common::isolated(Command::new(shell))
            .args(args)
            .arg(script)
            .env("HOME", self.path())
            .env("PATH", path)
            .current_dir(self.path())
            .output()
            .unwrap_or_else(|e| panic!("{shell} runs: {e}"));
        assert!(
            output.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }
}

fn values(lines: &str, separator: char) -> Vec<String> {
    lines
        .lines()
        .map(|line| line.split(separator).next().unwrap().to_string())
        .collect()
}

/// Where bash-completion's script is: on Linux, and from Homebrew on Apple silicon and on
/// Intel Macs.
#[cfg(unix)]
const BASH_COMPLETION: [&str; 3] = [
    "/usr/share/bash-completion/bash_completion",
    "/opt/homebrew/share/bash-completion/bash_completion",
    "/usr/local/share/bash-completion/bash_completion",
];

/// What bash, with `bash_completion`'s script and ours installed as the README says, offers
/// when Tab is pressed after `line`.
#[cfg(unix)]
fn bash_completes(
    home: &Home,
    bash_completion: &Path,
    xdg_data_home: Option<&Path>,
    line: &str,
) -> Vec<String> {
    let mut words: Vec<&str> = line.split(' ').collect();
    let current = words.last().copied().unwrap_or_default();
    let previous = words[words.len() - 2];
    let quoted: Vec<String> = words.drain(..).map(|w| format!("'{w}'")).collect();
    let data_home = match xdg_data_home {
        Some(dir) => format!("export XDG_DATA_HOME='{}'", dir.display()),
        None => "unset XDG_DATA_HOME".to_string(),
    };
    let script = format!(
        r#"{data_home}
source '{bash_completion}'
# The README's lines.
mkdir -p "${{XDG_DATA_HOME:-$HOME/.local/share}}/bash-completion/completions"
unlink-guide completions bash > "${{XDG_DATA_HOME:-$HOME/.local/share}}/bash-completion/completions/unlink-guide"
# What bash-completion does on the first Tab after a command it has no completion for.
_completion_loader unlink-guide
function=$(complete -p unlink-guide | sed 's/.* -F \([^ ]*\) .*/\1/')
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
"$function" unlink-guide '{current}' '{previous}'
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = quoted.join(" "),
        bash_completion = bash_completion.display(),
    );
    values(&home.run("bash", &["--norc", "-c"], &script), '\n')
}

#[cfg(unix)]
#[test]
fn bash_completes_a_folder_guides_id_after_show_with_xdg_data_home_set_or_not() {
    let Some(script) = common::find_file("bash-completion", &BASH_COMPLETION) else {
        return;
    };
    let bash_completes = |home: &Home, xdg_data_home: Option<&Path>, line: &str| {
        bash_completes(home, &script, xdg_data_home, line)
    };
    let home = Home::new();
    let data = home.path().join("data");
    for xdg_data_home in [None, Some(data.as_path())] {
        let line = format!(
            "unlink-guide --guides-dir {} show my",
            home.guides().display()
        );
        assert_eq!(bash_completes(&home, xdg_data_home, &line), ["my-bank"]);
    }
    assert!(
        data.join("bash-completion/completions/unlink-guide")
            .exists()
    );
    assert!(
        home.path()
            .join(".local/share/bash-completion/completions/unlink-guide")
            .exists()
    );

    let all = bash_completes(&home, None, "unlink-guide walk ");
    for id in METHODS {
        assert!(all.iter().any(|c| c == id), "{id} is not offered: {all:?}");
    }
    assert_eq!(bash_completes(&home, None, "unlink-guide wa"), ["walk"]);
    assert_eq!(
        bash_completes(&home, None, "unlink-guide show --format "),
        ["text", "markdown", "json", "toml"]
    );
    assert_eq!(
        bash_completes(&home, None, "unlink-guide --lang "),
        ["ru", "en"]
    );
}

#[cfg(unix)]
#[test]
fn bash_without_bash_completion_completes_after_sourcing_the_script() {
    let home = Home::new();
    let script = format!(
        r#"source <(unlink-guide completions bash)
COMP_WORDS=(unlink-guide --guides-dir '{guides}' show my)
COMP_CWORD=4
COMP_LINE='unlink-guide --guides-dir {guides} show my'
COMP_POINT=${{#COMP_LINE}}
_clap_complete_unlink_guide unlink-guide my show
printf '%s\n' "${{COMPREPLY[@]}}""#,
        guides = home.guides().display()
    );
    assert_eq!(home.run("bash", &["--norc", "-c"], &script), "my-bank\n");
}

/// What an interactive zsh, set up as the README says, has on its command line after
/// typing each of `lines` and pressing Tab. zsh drives it through a pseudo-terminal (zpty):
/// Ctrl-T is bound to write the command line down (Ctrl-X would be a prefix key, waited on),
/// and is pressed until the completion is done; Ctrl-U clears the line for the next one.
#[cfg(unix)]
fn zsh_completes(home: &Home, lines: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = lines.iter().map(|line| format!("'{line}'")).collect();
    let script = format!(
        r#"mkdir -p ~/.zfunc && unlink-guide completions zsh > ~/.zfunc/_unlink-guide
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'fpath=(~/.zfunc $fpath); autoload -Uz compinit && compinit -u -d ~/.zcompdump'
zpty -w z 'show-buffer() {{ print -r -- "$BUFFER" >> ~/buffers }}; zle -N show-buffer; bindkey "^T" show-buffer; zle-line-init() {{ : > ~/ready }}; zle -N zle-line-init'
for i in {{1..200}}; do [[ -f ~/ready ]] && break; sleep 0.05; done
: > ~/buffers
seen=0
for line in {lines}; do
    zpty -w -n z "$line"$'\t'
    for i in {{1..100}}; do
        zpty -w -n z $'\x14'
        sleep 0.1
        (( $(wc -l < ~/buffers) > seen )) && break
    done
    tail -n 1 ~/buffers
    seen=$(wc -l < ~/buffers)
    zpty -w -n z $'\x15'
done
zpty -d z"#,
        lines = quoted.join(" "),
    );
    let out = home.run("zsh", &["-f", "-c"], &script);
    out.lines().map(str::to_string).collect()
}

#[cfg(unix)]
#[test]
fn zsh_completes_a_folder_guides_id_after_show() {
    if !common::have("zsh") {
        return;
    }
    let home = Home::new();
    let guides = home.guides().display().to_string();
    let typed = [
        format!("unlink-guide --guides-dir {guides} show my"),
        "unlink-guide show --format mark".to_string(),
        "unlink-guide wal".to_string(),
    ];
    let typed: Vec<&str> = typed.iter().map(String::as_str).collect();
    assert_eq!(
        zsh_completes(&home, &typed),
        [
            format!("unlink-guide --guides-dir {guides} show my-bank "),
            "unlink-guide show --format markdown ".to_string(),
            "unlink-guide walk ".to_string(),
        ]
    );
}

#[cfg(unix)]
#[test]
fn fish_completes_a_folder_guides_id_after_show_and_never_file_names() {
    if !common::have("fish") {
        return;
    }
    let home = Home::new();
    // The README's lines, in fish's own completions folder, which fish loads by itself.
    home.run(
        "fish",
        &["-c"],
        "mkdir -p $__fish_config_dir/completions; unlink-guide completions fish > $__fish_config_dir/completions/unlink-guide.fish",
    );
    let complete = |line: &str| {
        let out = home.run("fish", &["-c"], &format!("complete -C '{line}'"));
        values(&out, '\t')
    };
    let line = format!(
        "unlink-guide --guides-dir {} show my",
        home.guides().display()
    );
    assert_eq!(complete(&line), ["my-bank"]);
    // The home folder holds files and folders: none of them is offered after `show `.
    let offered = complete("unlink-guide show ");
    let ids: Vec<String> = offered
        .iter()
        .filter(|c| !c.starts_with('-'))
        .cloned()
        .collect();
    assert_eq!(ids, METHODS);
    assert_eq!(complete("unlink-guide sh"), ["show"]);
}

/// Elvish and PowerShell are not installed here: their scripts are checked to call the
/// program back, and the program's answer to them is checked.
#[test]
fn elvish_and_powershell_get_scripts_that_ask_the_program() {
    for shell in ["elvish", "powershell"] {
        let script = stdout_of(unlink_guide().args(["completions", shell]));
        assert!(script.contains("COMPLETE"), "{shell}: {script}");
        assert!(script.contains("unlink-guide"), "{shell}: {script}");
        let home = Home::new();
        let answer = stdout_of(
            unlink_guide()
                .env("COMPLETE", shell)
                .env("_CLAP_IFS", "\n")
                .env("_CLAP_COMPLETE_INDEX", "2")
                .env("UNLINK_GUIDE_DIR", home.guides())
                .args(["--", "unlink-guide", "show", "my"]),
        );
        assert_eq!(values(&answer, '\t'), ["my-bank"], "{shell}");
    }
}

#[test]
fn the_methods_are_offered_with_their_titles_in_the_users_language() {
    let answer = stdout_of(
        unlink_guide()
            .env("COMPLETE", "fish")
            .env("LANG", "ru_RU.UTF-8")
            .args(["--", "unlink-guide", "walk", "direct"]),
    );
    assert_eq!(
        answer,
        "direct-link\tПрямая ссылка на страницу привязанных карт\n"
    );
}
