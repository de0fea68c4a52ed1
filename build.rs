//! Reads every guide in `guides/`, validates it with the program's own rules, and writes the
//! validated guides as static Rust data (`$OUT_DIR/builtin_guides.rs`).
//!
//! Baking the guides at build time means the binary needs no files at run time and spends no
//! time parsing TOML for its own guides; a broken guide stops the build with its file, line
//! and the rule it breaks.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use databake::Bake;

#[allow(dead_code)]
#[path = "src/guide/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/guide/raw.rs"]
mod raw;
#[allow(dead_code)]
#[path = "src/guide/read.rs"]
mod read;
#[allow(dead_code)]
#[path = "src/guide/validate.rs"]
mod validate;

fn main() {
    println!("cargo::rerun-if-changed=guides");
    // A build must not depend on the clock (a machine whose clock is wrong could not build,
    // and builds would not be reproducible), so review dates are not compared with today
    // here; the tests check them against the date they take as today.
    let today = model::Date {
        year: u16::MAX,
        month: 12,
        day: 31,
    };
    let mut errors = String::new();
    let mut guides = Vec::new();
    for path in toml_files("guides") {
        match load(&path, |id, text| read::read_guide(id, text, today)) {
            Ok(guide) => guides.push(guide),
            Err(message) => errors.push_str(&message),
        }
    }
    let mut topics = Vec::new();
    for path in toml_files("guides/topics") {
        match load(&path, |id, text| read::read_topic(id, text, today)) {
            Ok(topic) => topics.push(topic),
            Err(message) => errors.push_str(&message),
        }
    }
    for (id, problem) in validate::check_references(&guides) {
        let _ = writeln!(
            errors,
            "guides/{id}.toml: {}: {}",
            problem.path, problem.message
        );
    }
    if !errors.is_empty() {
        panic!("\nbuilt-in guides are broken:\n{errors}");
    }
    guides.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));

    let code = format!(
        "/// The guides from `guides/`, validated and in menu order.\n\
         pub static BUILTIN_GUIDES: &[crate::guide::model::Guide] = &[{}];\n\
         /// The topics from `guides/topics/`, validated.\n\
         pub static BUILTIN_TOPICS: &[crate::guide::model::Topic] = &[{}];\n",
        bake_all(&guides),
        bake_all(&topics),
    );
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_guides.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

/// The `.toml` files directly in `folder`, sorted.
fn toml_files(folder: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{folder}/ is not readable: {e}"))
        .map(|entry| entry.expect("a folder entry is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
}

fn bake_all<T: Bake>(items: &[T]) -> String {
    let env = databake::CrateEnv::default();
    let items: Vec<String> = items
        .iter()
        .map(|item| item.bake(&env).to_string())
        .collect();
    items.join(",\n")
}

/// Reads one file and validates it with `read`; a failure is the text to show the developer.
fn load<T>(
    path: &Path,
    read: impl FnOnce(&str, &str) -> Result<T, read::ReadError>,
) -> Result<T, String> {
    let name = path.display();
    let text = fs::read_to_string(path).map_err(|e| format!("{name}: {e}\n"))?;
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{name}: the file name is not UTF-8\n"))?;
    read(id, &text).map_err(|error| match error {
        read::ReadError::Toml(e) => format!("{name}: {e}\n"),
        read::ReadError::Invalid(problems) => problems
            .iter()
            .map(|p| format!("{name}: {}: {}\n", p.path, p.message))
            .collect(),
    })
}
