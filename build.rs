//! Reads every guide in `guides/` and every topic in `guides/topics/` with the guide format's
//! own reader, checks them against every rule, and writes them as static Rust data
//! (`$OUT_DIR/builtin_guides.rs`).
//!
//! Baking the guides at build time means the binary needs no files at run time and spends no
//! time parsing TOML for its own guides; a broken guide stops the build with its file, the
//! place in it and the rule it breaks (named as the format names it: `unlink-guide check`
//! says it in words).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use databake::Bake;
use guide_format::file::{self, guide_files};
use guide_format::validate::{Names, check_references};
use guide_format::{Date, LoadError, read_guide, read_topic};

fn main() {
    println!("cargo::rerun-if-changed=guides");
    // A build must not depend on the clock (a machine whose clock is wrong could not build,
    // and builds would not be reproducible), so review dates are not compared with today
    // here; the tests check them against the date they take as today.
    let today = Date {
        year: u16::MAX,
        month: 12,
        day: 31,
    };
    let mut errors = String::new();
    let guides = load_all("guides", &mut errors, |id, text| {
        read_guide(id, text, today)
    });
    let topics = load_all("guides/topics", &mut errors, |id, text| {
        read_topic(id, text, today)
    });
    let names: Vec<Names> = guides.iter().map(Names::of).collect();
    for (n, problem) in check_references(&names) {
        let _ = writeln!(
            errors,
            "guides/{}.toml: {}: {:?}",
            guides[n].id, problem.path, problem.rule
        );
    }
    if !errors.is_empty() {
        panic!("\nbuilt-in guides are broken:\n{errors}");
    }
    let mut guides = guides;
    guides.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));

    let code = format!(
        "/// The guides from `guides/`, validated and in menu order.\n\
         pub static BUILTIN_GUIDES: &[guide_format::model::Guide] = &[{}];\n\
         /// The topics from `guides/topics/`, validated.\n\
         pub static BUILTIN_TOPICS: &[guide_format::model::Topic] = &[{}];\n\
         /// The text of each guide's file, by id, for `show --format toml` and `new --from`.\n\
         pub static BUILTIN_SOURCES: &[(&str, &str)] = &[{}];\n",
        bake_all(&guides),
        bake_all(&topics),
        sources(&guides),
    );
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_guides.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

/// Every file of `folder` read with `read`; what is wrong is added to `errors`.
fn load_all<T>(
    folder: &str,
    errors: &mut String,
    read: impl Fn(&str, &str) -> Result<T, LoadError>,
) -> Vec<T> {
    let files: Vec<PathBuf> =
        guide_files(Path::new(folder)).unwrap_or_else(|e| panic!("{folder}/ is unreadable: {e:?}"));
    let mut loaded = Vec::new();
    for path in files {
        let name = path.display();
        match file::load(&path, &read).1 {
            Ok(item) => loaded.push(item),
            Err(LoadError::Invalid(problems)) => {
                for p in problems {
                    let _ = writeln!(errors, "{name}: {}: {:?}", p.path, p.rule);
                }
            }
            Err(LoadError::Syntax(e)) => {
                let _ = writeln!(errors, "{name}: {e}");
            }
            Err(e) => {
                let _ = writeln!(errors, "{name}: {e:?}");
            }
        }
    }
    loaded
}

/// `("id", include_str!("…/guides/id.toml"))` for each guide: the files themselves, as
/// written, comments included.
fn sources(guides: &[guide_format::Guide]) -> String {
    let folder = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("guides");
    let entries: Vec<String> = guides
        .iter()
        .map(|guide| {
            let file = folder.join(format!("{}.toml", guide.id));
            format!(
                "({:?}, include_str!({:?}))",
                guide.id.as_str(),
                file.display().to_string()
            )
        })
        .collect();
    entries.join(",\n")
}

fn bake_all<T: Bake>(items: &[T]) -> String {
    let env = databake::CrateEnv::default();
    let items: Vec<String> = items
        .iter()
        .map(|item| item.bake(&env).to_string())
        .collect();
    items.join(",\n")
}
