//! The examples in the README are real. Each `$ unlink-guide ...` line of a `console` block is
//! run as a reader would run it, and what it prints (standard output, then standard error)
//! must be what the README shows under it, byte for byte but for the blank lines that end it.
//! The blocks are plain terminal transcripts with no test markup in them, so an example shows
//! its output whole; its exit status is told in the README's prose and tested with the
//! command's other tests.
//!
//! `UPDATE_README=1 cargo test --test readme` writes what the commands print into the README
//! instead; review the diff.

mod common;

/// One example: the words after `$ unlink-guide`, and what the README shows under them.
struct Example {
    line: usize,
    args: Vec<String>,
    shown: String,
}

/// A `console` block: the lines between its fences (0-based, exclusive), and its examples.
struct Block {
    inside: std::ops::Range<usize>,
    examples: Vec<Example>,
}

fn console_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Option<Block> = None;
    for (n, line) in markdown.lines().enumerate() {
        let line_number = n + 1;
        let Some(block) = open.as_mut() else {
            if line == "```console" {
                open = Some(Block {
                    inside: n + 1..n + 1,
                    examples: Vec::new(),
                });
            }
            continue;
        };
        if line == "```" {
            block.inside.end = n;
            blocks.extend(open.take());
        } else if let Some(command) = line.strip_prefix("$ ") {
            // Words are split at spaces, as no shell is involved: no quoting, no pipes.
            assert!(
                !command.contains(['"', '\'', '|', '>', '<', '$', '\\']),
                "README.md:{line_number}: an example is plain words"
            );
            let mut words = command.split_whitespace().map(str::to_string);
            assert_eq!(
                words.next().as_deref(),
                Some("unlink-guide"),
                "README.md:{line_number}: an example runs unlink-guide"
            );
            block.examples.push(Example {
                line: line_number,
                args: words.collect(),
                shown: String::new(),
            });
        } else {
            let example = block.examples.last_mut().unwrap_or_else(|| {
                panic!("README.md:{line_number}: output before the block's first command")
            });
            example.shown.push_str(line);
            example.shown.push('\n');
        }
    }
    assert!(open.is_none(), "README.md: a console block is never closed");
    blocks
}

/// What `unlink-guide args` prints, in the tests' own environment: a plain English run with
/// today pinned, whatever the developer's terminal says.
fn printed(args: &[String]) -> String {
    let output = common::unlink_guide().args(args).output().unwrap();
    let mut printed = String::from_utf8(output.stdout).unwrap();
    printed.push_str(&String::from_utf8(output.stderr).unwrap());
    printed.trim_end_matches('\n').to_string()
}

#[test]
fn readme_examples_are_true() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let blocks = console_blocks(&readme);
    let examples = blocks.iter().flat_map(|b| &b.examples).count();
    // list in both languages, show and check: an example the parser missed must not pass.
    assert!(examples >= 4, "{examples} examples found");

    let mut wrong = Vec::new();
    let mut lines: Vec<String> = readme.lines().map(str::to_string).collect();
    // From the last block back, so that rewriting one leaves the others' line numbers.
    for block in blocks.iter().rev() {
        let mut transcript = Vec::new();
        for example in &block.examples {
            let printed = printed(&example.args);
            if printed != example.shown.trim_end_matches('\n') {
                wrong.push(format!(
                    "README.md:{}: `unlink-guide {}` prints\n{printed}\n",
                    example.line,
                    example.args.join(" ")
                ));
            }
            if !transcript.is_empty() {
                transcript.push(String::new());
            }
            transcript.push(format!("$ unlink-guide {}", example.args.join(" ")));
            transcript.extend(printed.lines().map(str::to_string));
        }
        lines.splice(block.inside.clone(), transcript);
    }
    if !wrong.is_empty() && std::env::var_os("UPDATE_README").is_some() {
        std::fs::write("README.md", lines.join("\n") + "\n").unwrap();
        eprintln!("README.md rewritten: review the diff");
        return;
    }
    assert!(
        wrong.is_empty(),
        "{}\n(UPDATE_README=1 cargo test --test readme writes this into the README)",
        wrong.join("\n")
    );
}
