//! The guides a run works with: the built-in ones, with the guides of the user's folders over
//! them. One path loads them for every command: `load` reads what a command needs, follows
//! every method a guide names, and says what it had to skip.
//!
//! A folder guide with a built-in guide's id replaces it; among folders, a later one wins.
//! A guide file that cannot be used is skipped with a one-line reason, and the rest keep
//! working: a stale or broken guide must never stop someone from removing their card.

mod folders;
pub(crate) mod ranking;

mod builtin {
    // Written by build.rs from guides/*.toml: `BUILTIN_GUIDES`, `BUILTIN_TOPICS` and
    // `BUILTIN_SOURCES`.
    include!(concat!(env!("OUT_DIR"), "/builtin_guides.rs"));
}

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use guide_format::file::{id_of, load_guide};
use guide_format::model::Topic;
use guide_format::validate::{Names, check_references};
use guide_format::{Date, Guide, LoadError, MethodId, Problem};

pub(crate) use folders::Listed;
pub use folders::{FolderKind, Folders, GuideFolder};

/// The built-in topics the program names, by their ids (their file stems in
/// `guides/topics/`): the menu offers the first two; the third is shown with every step that
/// deletes a card, and first where a refund matters.
pub(crate) const WHY_REMOVE: &str = "why-remove";
pub(crate) const PREVENT_SAVING: &str = "prevent-saving";
pub(crate) const REFUND_CAUTION: &str = "refund-caution";

/// A built-in topic of the interactive menu, by its id.
pub fn topic(id: &str) -> Option<&'static Topic> {
    builtin::BUILTIN_TOPICS.iter().find(|t| t.id == id)
}

/// The built-in guides, as they are baked into the binary, in menu order.
pub(crate) fn builtin_guides() -> &'static [Guide] {
    builtin::BUILTIN_GUIDES
}

/// The text of a built-in guide's file, as it is written in `guides/`.
pub(crate) fn builtin_source(id: &str) -> Option<&'static str> {
    builtin::BUILTIN_SOURCES
        .iter()
        .find(|(builtin, _)| *builtin == id)
        .map(|(_, text)| *text)
}

/// The guides a run works with, in menu order, and where each comes from.
#[derive(Clone, Debug)]
pub struct Catalog {
    guides: Vec<Guide>,
    /// Where each guide is in `guides`, by id: a folder may hold thousands, and each guide
    /// shown looks up every method it names.
    positions: HashMap<MethodId, usize>,
    /// The file of each guide read from a folder; the others are built in.
    origins: BTreeMap<MethodId, PathBuf>,
}

impl Catalog {
    /// The guides built into the binary. They were validated when it was built, and cloning
    /// them copies only pointers to their static text.
    pub fn builtin() -> Catalog {
        Catalog::with_folder_guides(BTreeMap::new())
    }

    /// The built-in guides with `folder_guides`, each read from its file, in their place.
    fn with_folder_guides(folder_guides: BTreeMap<MethodId, (Guide, PathBuf)>) -> Catalog {
        let mut guides: Vec<Guide> = builtin_guides()
            .iter()
            .filter(|g| !folder_guides.contains_key(&g.id))
            .cloned()
            .collect();
        let mut origins = BTreeMap::new();
        for (id, (guide, path)) in folder_guides {
            guides.push(guide);
            origins.insert(id, path);
        }
        guides.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        let positions = guides
            .iter()
            .enumerate()
            .map(|(n, guide)| (guide.id.clone(), n))
            .collect();
        Catalog {
            guides,
            positions,
            origins,
        }
    }

    /// The file a guide was read from; `None` for a built-in guide.
    pub fn origin(&self, id: &str) -> Option<&Path> {
        self.origins.get(id).map(PathBuf::as_path)
    }

    /// Whether any guide comes from a folder.
    pub(crate) fn has_folder_guides(&self) -> bool {
        !self.origins.is_empty()
    }

    pub fn guides(&self) -> &[Guide] {
        &self.guides
    }

    pub fn get(&self, id: &str) -> Option<&Guide> {
        self.positions.get(id).map(|&n| &self.guides[n])
    }

    pub(crate) fn ids(&self) -> Vec<&str> {
        self.guides.iter().map(|g| g.id.as_str()).collect()
    }
}

/// Something about the guide folders a user should know.
#[derive(Debug)]
pub enum FolderWarning {
    /// A guide file or folder could not be used, and was skipped.
    Skipped { path: PathBuf, error: LoadError },
    /// A folder guide names methods that do not exist or lead back to it. It is kept: a wrong
    /// reference is only a wrong suggestion, and `check` says where it is.
    BadReferences {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    /// `new` wrote the template under a built-in guide's id: once filled in, it replaces
    /// that guide.
    ShadowsBuiltin(PathBuf),
}

/// Which guides a command needs.
#[derive(Clone, Copy, Debug)]
pub enum Needed<'a> {
    /// Every guide, to list them or to offer them in the menu.
    All,
    /// One method and every method it names, to show or walk it.
    Method(&'a str),
    /// No guide file: only the ids of all of them, from their names.
    Ids,
}

/// What `load` found.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub warnings: Vec<FolderWarning>,
    /// Every method id there is, built in or a folder's file name, read or not: for
    /// shell completion.
    pub(crate) ids: Vec<String>,
    /// Whether every guide file was read (`Needed::All`): then `catalog` has every method
    /// that can be shown.
    pub(crate) complete: bool,
}

/// The built-in guides with the guides of `folders` over them, as of the date `today`:
/// every guide, or only a method and the methods it names (`show` reads nothing else,
/// however many guides the folders hold).
pub fn load(folders: &Folders, today: Date, needed: Needed<'_>) -> Loaded {
    // Each warning with the place in the listing of what it is about, to say them in order.
    let mut warnings: Vec<(usize, FolderWarning)> = Vec::new();
    let mut files: Vec<(usize, PathBuf)> = Vec::new();
    for (n, entry) in folders.files().into_iter().enumerate() {
        match entry {
            Ok(path) => files.push((n, path)),
            Err((path, error)) => warnings.push((n, FolderWarning::Skipped { path, error })),
        }
    }
    // The files for each id, in the folders' order: the last one that can be read wins.
    let mut files_by_id: BTreeMap<&str, Vec<(usize, &Path)>> = BTreeMap::new();
    for (n, path) in &files {
        match id_of(path) {
            Some(id) => files_by_id.entry(id).or_default().push((*n, path)),
            None if matches!(needed, Needed::All) => {
                let error = LoadError::BadName;
                let path = path.clone();
                warnings.push((*n, FolderWarning::Skipped { path, error }));
            }
            None => {}
        }
    }
    // A file whose name is not a method id can never be shown, so it is never suggested.
    let mut ids: Vec<String> = builtin_guides().iter().map(|g| g.id.to_string()).collect();
    let mut known: HashSet<String> = ids.iter().cloned().collect();
    for id in files_by_id.keys() {
        if MethodId::is_valid(id) && known.insert(id.to_string()) {
            ids.push(id.to_string());
        }
    }

    let mut loaded: BTreeMap<MethodId, (Guide, PathBuf)> = BTreeMap::new();
    // Where in the listing each loaded guide's file is.
    let mut places: BTreeMap<MethodId, usize> = BTreeMap::new();
    let mut keep = |(read, skipped): Read| {
        warnings.extend(skipped);
        if let Some((guide, path, n)) = read {
            places.insert(guide.id.clone(), n);
            loaded.insert(guide.id.clone(), (guide, path));
        }
    };
    match needed {
        Needed::All => {
            let all: Vec<&Vec<(usize, &Path)>> = files_by_id.values().collect();
            for read in on_every_core(&all, |files| read_one(files, today)) {
                keep(read);
            }
        }
        // One method, and every method it names, and every method those name...
        Needed::Method(id) => {
            let mut queue = VecDeque::from([id.to_string()]);
            let mut seen = BTreeSet::new();
            while let Some(id) = queue.pop_front() {
                if !seen.insert(id.clone()) {
                    continue;
                }
                let files = files_by_id.get(id.as_str()).map_or(&[][..], Vec::as_slice);
                let read = read_one(files, today);
                let named = read
                    .0
                    .as_ref()
                    .map(|(g, _, _)| g)
                    .or_else(|| builtin_guides().iter().find(|g| g.id.as_str() == id));
                queue.extend(named.into_iter().flat_map(references).map(str::to_string));
                keep(read);
            }
        }
        Needed::Ids => {}
    }

    let catalog = Catalog::with_folder_guides(loaded);
    // Only a folder guide can name a method that is missing or lead back to itself: the
    // built-in guides were checked when the program was built.
    let mut bad: BTreeMap<usize, Vec<Problem>> = BTreeMap::new();
    if catalog.has_folder_guides() {
        let names: Vec<Names> = catalog.guides().iter().map(Names::of).collect();
        for (n, problem) in check_references(&names) {
            bad.entry(n).or_default().push(problem);
        }
    }
    for (n, problems) in bad {
        let id = &catalog.guides()[n].id;
        if let Some(path) = catalog.origin(id.as_str()) {
            let bad = FolderWarning::BadReferences {
                path: path.to_path_buf(),
                problems,
            };
            warnings.push((places[id], bad));
        }
    }
    warnings.sort_by_key(|(n, _)| *n);
    Loaded {
        catalog,
        warnings: warnings.into_iter().map(|(_, warning)| warning).collect(),
        ids,
        complete: matches!(needed, Needed::All),
    }
}

/// A method's guide read from the last of its `files` that can be used, with where that file
/// is in the listing, and the files skipped on the way.
type Read = (Option<(Guide, PathBuf, usize)>, Vec<(usize, FolderWarning)>);

fn read_one(files: &[(usize, &Path)], today: Date) -> Read {
    let mut skipped = Vec::new();
    for &(n, path) in files.iter().rev() {
        match load_guide(path, today).1 {
            Ok(guide) => return (Some((guide, path.to_path_buf(), n)), skipped),
            Err(error) => {
                let path = path.to_path_buf();
                skipped.push((n, FolderWarning::Skipped { path, error }));
            }
        }
    }
    (None, skipped)
}

/// `work` done for each of `items`, in order, on every core when there are enough of them to
/// be worth it: reading and checking a folder of thousands of guides is the one part of a run
/// that long, and a large folder takes half the time on two cores (docs/benchmarks.md).
pub(crate) fn on_every_core<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    const WORTH_A_THREAD: usize = 64;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = items.len().div_ceil(cores).max(WORTH_A_THREAD);
    if items.len() <= share {
        return items.iter().map(&work).collect();
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(share)
            .map(|part| scope.spawn(|| part.iter().map(&work).collect::<Vec<R>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("a worker does not panic"))
            .collect()
    })
}

/// The methods a guide names: its fallbacks, and those its steps hand over to.
fn references(guide: &Guide) -> impl Iterator<Item = &str> {
    let handed_over = guide.all_steps().flat_map(|step| step.methods.iter());
    guide
        .fallbacks
        .iter()
        .chain(handed_over)
        .map(MethodId::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menus_topics_are_built_in() {
        for id in ["why-remove", "prevent-saving", "refund-caution"] {
            assert!(topic(id).is_some(), "{id}");
        }
    }

    #[test]
    fn builtin_guides_come_in_menu_order_removal_first() {
        let catalog = Catalog::builtin();
        let kinds: Vec<guide_format::Kind> = catalog.guides().iter().map(|g| g.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort();
        assert_eq!(kinds, sorted, "removal methods come first");
        let orders: Vec<u16> = catalog.guides().iter().map(|g| g.order).collect();
        assert!(orders.is_sorted(), "{orders:?}");
    }
}
