//! The examples in the README are real. Each `$ unlink-guide ...` line of a `console` block is
//! run as a reader would run it, and what it prints (standard output, then standard error)
//! must be what the README shows under it, byte for byte but for the blank lines that end it.
//! The blocks are plain terminal transcripts with no test markup in them, so an example shows
//! its output whole; its exit status is told in the README's prose and tested with the
//! command's other tests.
//!
//! Not trycmd, which reads the same blocks: its Markdown cases cannot remove a variable of
//! the developer's environment (only its `.toml` cases have `env.inherit`), and it would need
//! `? failed` written in the README under `check`'s example, which exits 1.
//!
//! `UPDATE_README=1 cargo test --test readme` writes what the commands print into the README
//! instead; review the diff.

mod common;

/// What `unlink-guide args` prints, in the tests' own environment: a plain English run with
/// today pinned, whatever the developer's terminal says. Words are split at spaces, as no
/// shell is involved: no quoting, no pipes.
fn printed(command: &str, line: usize) -> String {
    assert!(
        !command.contains(['"', '\'', '|', '>', '<', '$', '\\']),
        "README.md:{line}: an example is plain words"
    );
    let mut words = command.split_whitespace();
    assert_eq!(
        words.next(),
        Some("unlink-guide"),
        "README.md:{line}: an example runs unlink-guide"
    );
    let output = common::unlink_guide().args(words).output().unwrap();
    let mut printed = String::from_utf8(output.stdout).unwrap();
    printed.push_str(&String::from_utf8(output.stderr).unwrap());
    printed.trim_end_matches('\n').to_string()
}

/// `readme` with every `console` block made anew from its commands and what they print now,
/// one blank line between two examples; and how many examples there are.
fn as_printed(readme: &str) -> (String, usize) {
    let (mut text, mut examples, mut in_block) = (String::new(), 0, false);
    for (n, line) in readme.lines().enumerate() {
        if !in_block {
            in_block = line == "```console";
        } else if line == "```" {
            in_block = false;
        } else if let Some(command) = line.strip_prefix("$ ") {
            if !text.ends_with("```console\n") {
                text.push('\n');
            }
            text.push_str(&format!("{line}\n{}\n", printed(command, n + 1)));
            examples += 1;
            continue;
        } else {
            // What the README shows under a command: made anew above.
            continue;
        }
        text.push_str(line);
        text.push('\n');
    }
    assert!(!in_block, "README.md: a console block is never closed");
    (text, examples)
}

#[test]
fn readme_examples_are_true() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let (printed, examples) = as_printed(&readme);
    // list in both languages, show and check: an example the parser missed must not pass.
    assert!(examples >= 4, "{examples} examples found");
    if printed != readme && std::env::var_os("UPDATE_README").is_some() {
        std::fs::write("README.md", &printed).unwrap();
        eprintln!("README.md rewritten: review the diff");
        return;
    }
    let shown = readme.lines().chain(std::iter::repeat(""));
    if let Some((n, (shown, now))) = shown
        .zip(printed.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
    {
        panic!(
            "README.md:{}: the README shows\n{shown}\nwhere its example prints\n{now}\n\
             (UPDATE_README=1 cargo test --test readme writes what it prints into the README)",
            n + 1
        );
    }
    assert_eq!(
        printed, readme,
        "README.md: the examples end where they did"
    );
}
