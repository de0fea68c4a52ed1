//! Reads every guide in `guides/`, validates it with the program's own rules, and writes the
//! validated guides as static Rust data (`$OUT_DIR/builtin_guides.rs`).
//!
//! Baking the guides at build time means the binary needs no files at run time and spends no
//! time parsing TOML for its own guides; a broken guide stops the build with its file, line
//! and the rule it breaks.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use databake::Bake;

#[allow(dead_code)]
#[path = "src/guide/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/guide/raw.rs"]
mod raw;
#[allow(dead_code)]
#[path = "src/guide/validate.rs"]
mod validate;

fn main() {
    println!("cargo::rerun-if-changed=guides");
    let today = model::Date::today();
    let mut paths: Vec<_> = fs::read_dir("guides")
        .expect("the guides/ folder is readable")
        .map(|entry| entry.expect("a guides/ entry is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();

    let mut guides = Vec::new();
    let mut errors = String::new();
    for path in &paths {
        match load(path, today) {
            Ok(guide) => guides.push(guide),
            Err(message) => errors.push_str(&message),
        }
    }
    for (id, problem) in validate::check_fallbacks(&guides) {
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

    let env = databake::CrateEnv::default();
    let items: Vec<String> = guides.iter().map(|g| g.bake(&env).to_string()).collect();
    let code = format!(
        "/// The guides from `guides/`, validated and in menu order.\npub static BUILTIN_GUIDES: &[crate::guide::model::Guide] = &[{}];\n",
        items.join(",\n")
    );
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_guides.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

fn load(path: &Path, today: model::Date) -> Result<model::Guide, String> {
    let name = path.display();
    let text = fs::read_to_string(path).map_err(|e| format!("{name}: {e}\n"))?;
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{name}: the file name is not UTF-8\n"))?;
    let raw: raw::RawGuide = toml::from_str(&text).map_err(|e| format!("{name}: {e}\n"))?;
    validate::validate(id, raw, today).map_err(|problems| {
        problems
            .iter()
            .map(|p| format!("{name}: {}: {}\n", p.path, p.message))
            .collect()
    })
}
