//! The modules are layers that only point down, as lib.rs (and the format crate's lib.rs)
//! write them: each top-level module of `src/` (a folder counting as one) may use only the
//! modules listed after it. Tests inside a module may reach up, and are not read.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The program's modules, top layer first, as src/lib.rs lists them.
const PROGRAM: &[&str] = &[
    "app",
    "interactive",
    "complete",
    "config",
    "render",
    "cli",
    "check",
    "i18n",
    "terminal",
    "guide",
    "error",
    "config_file",
    "locale",
    "sanitize",
];

/// The format crate's modules, top layer first, as its lib.rs lists them.
const FORMAT: &[&str] = &[
    "file", "read", "validate", "raw", "error", "model", "path", "patterns",
];

#[test]
fn the_program_s_modules_only_use_those_below_them() {
    assert_layers(Path::new("src"), PROGRAM);
}

#[test]
fn the_format_crate_s_modules_only_use_those_below_them() {
    assert_layers(Path::new("crates/guide-format/src"), FORMAT);
}

fn assert_layers(root: &Path, order: &[&str]) {
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for (module, text) in production_sources(root) {
        let Some(at) = order.iter().position(|m| *m == module) else {
            if !["lib", "main"].contains(&module.as_str()) {
                wrong.push(format!("{module} is not in the list of layers"));
            }
            continue;
        };
        seen.insert(module.clone());
        for used in crate_uses(&text) {
            if used == module || used == "testing" {
                continue;
            }
            match order.iter().position(|m| *m == used) {
                Some(below) if below > at => {}
                Some(_) => wrong.push(format!("{module} uses {used}, a layer above it")),
                None => wrong.push(format!("{module} uses {used}, which is not in the list")),
            }
        }
    }
    for module in order {
        assert!(seen.contains(*module), "{module} is listed but has no file");
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Each `.rs` file under `root` with the top-level module it belongs to, without its tests:
/// files named `tests.rs` or `sample.rs` (the format crate's test helpers), and whatever
/// follows `#[cfg(test)]` followed by `mod`.
fn production_sources(root: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("the source folder is readable") {
            let path = entry.expect("a source folder entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".rs") || name == "tests.rs" || name == "sample.rs" {
                continue;
            }
            let relative = path.strip_prefix(root).unwrap();
            let first = relative.components().next().unwrap().as_os_str();
            let module = first.to_string_lossy().trim_end_matches(".rs").to_string();
            let text = fs::read_to_string(&path).expect("a source file is UTF-8");
            let text = match text.find("#[cfg(test)]\nmod ") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            out.push((module, text));
        }
    }
    out
}

/// The modules `text` names as `crate::name`, alone or in `crate::{a, b::c}`.
fn crate_uses(text: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The first name of each item at the group's own depth: `a` and `b` in
            // `{a, b::{c, d}}`.
            let mut depth = 0;
            let mut item = Some(String::new());
            for c in group.chars() {
                match c {
                    '}' if depth == 0 => break,
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        used.extend(item.take().filter(|n| !n.is_empty() && n != "self"));
                        item = Some(String::new());
                    }
                    c if c.is_alphanumeric() || c == '_' => {
                        if let Some(name) = item.as_mut() {
                            name.push(c);
                        }
                    }
                    c if c.is_whitespace() => {}
                    // `::` or anything else ends the first name.
                    _ => {
                        if depth == 0 {
                            used.extend(item.take().filter(|n| !n.is_empty() && n != "self"));
                        }
                    }
                }
            }
            used.extend(item.filter(|n| !n.is_empty() && n != "self"));
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            used.insert(name);
        }
    }
    used
}
