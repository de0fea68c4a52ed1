//! In-process benchmarks (`cargo bench`): loading and validating guides, rendering one, and
//! reading a folder of generated guides. The whole-process figures are in benches/startup.sh;
//! both are recorded in docs/benchmarks.md.

use std::hint::black_box;
use std::path::Path;

use guide_format::validate::{Names, check_references};
use guide_format::{Date, Lang, read_guide};
use unlink_guide::guide::{Catalog, Folders, Needed, load};
use unlink_guide::render::{self, Options};

fn main() {
    divan::main();
}

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 26,
};

/// The built-in guides' sources, as build.rs reads them: every `.toml` file in `guides/`,
/// by id, in the order of their names.
fn sources() -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("guides");
    guide_format::file::guide_files(&folder)
        .expect("guides/ is readable")
        .into_iter()
        .map(|path| {
            let id = guide_format::file::id_of(&path)
                .expect("a UTF-8 name")
                .to_string();
            let text = std::fs::read_to_string(&path).expect("readable");
            (id, text)
        })
        .collect()
}

/// What a run does to have the built-in guides: they are baked into the binary, checked
/// when it was built.
#[divan::bench]
fn load_builtin_guides() -> Catalog {
    Catalog::builtin()
}

/// Reading and checking the built-in guides' TOML, as build.rs and `check` do, with the
/// rules between guides.
#[divan::bench]
fn read_and_validate_builtin_sources(bencher: divan::Bencher) {
    let sources = sources();
    bencher.bench(|| {
        let guides: Vec<_> = sources
            .iter()
            .map(|(id, text)| read_guide(id, text, TODAY).expect("valid"))
            .collect();
        let names: Vec<Names> = guides.iter().map(Names::of).collect();
        check_references(black_box(&names)).len()
    });
}

#[divan::bench(args = ["text", "markdown", "json"])]
fn render_one_guide(format: &str) -> String {
    let catalog = Catalog::builtin();
    let guide = catalog.get("direct-link").expect("built in");
    let options = Options {
        lang: Lang::Ru,
        color: false,
        hyperlinks: false,
        screen_reader: false,
        width: None,
        today: TODAY,
    };
    match format {
        "text" => render::text::show(black_box(guide), &catalog, &options),
        "markdown" => render::markdown::show(black_box(guide), &catalog, Lang::Ru, TODAY),
        _ => render::json::show(black_box(guide), &catalog, Lang::Ru, TODAY),
    }
}

/// Writes `count` guides into `folder`: copies of the built-in ones under new ids, so each is
/// as long as a real guide (7.2 kB on average).
fn generate(folder: &Path, count: usize) {
    let sources = sources();
    for n in 0..count {
        let (_, text) = &sources[n % sources.len()];
        std::fs::write(folder.join(format!("generated-{n:04}.toml")), text).expect("writable");
    }
}

/// The least any reading of a guide folder costs: each file read and parsed as TOML by the
/// toml crate, on one thread, with nothing checked or kept. `list` does this and more, on
/// every core (docs/benchmarks.md).
#[divan::bench(args = [1000], sample_count = 20)]
fn parse_guide_folder_toml_only(bencher: divan::Bencher, count: usize) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    generate(folder.path(), count);
    let mut files: Vec<_> = std::fs::read_dir(folder.path())
        .expect("readable")
        .map(|entry| entry.expect("readable").path())
        .collect();
    files.sort();
    bencher.bench(|| {
        files
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(file).expect("readable");
                toml::de::DeTable::parse(&text)
                    .expect("TOML")
                    .get_ref()
                    .len()
            })
            .sum::<usize>()
    });
}

/// What `list` does with a guide folder: every file read, checked and merged.
#[divan::bench(args = [250, 500, 1000], sample_count = 20)]
fn load_guide_folder(bencher: divan::Bencher, count: usize) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    generate(folder.path(), count);
    let folders = Folders::new(None, Vec::new(), None, vec![folder.path().to_path_buf()]);
    bencher.bench(|| {
        let loaded = load(&folders, TODAY, Needed::All);
        assert!(loaded.warnings.is_empty());
        loaded.catalog
    });
}
