//! Guides: the model, reading them from TOML, validating them, and the set a run works with.

pub mod library;
pub mod model;
pub mod raw;
pub mod read;
pub mod validate;

mod builtin {
    // Written by build.rs from guides/*.toml: `pub static BUILTIN_GUIDES: &[Guide]`.
    include!(concat!(env!("OUT_DIR"), "/builtin_guides.rs"));
}

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use model::{Date, Difficulty, Guide, Kind, Lang, MethodId, Place, Step, Text};
pub use read::{ReadError, read_guide, read_topic};
pub use validate::Problem;

/// A built-in topic of the interactive menu, by its id (its file stem in `guides/topics/`).
pub fn topic(id: &str) -> Option<&'static model::Topic> {
    builtin::BUILTIN_TOPICS.iter().find(|t| t.id == id)
}

/// The built-in guides, as they are baked into the binary.
pub fn builtin_guides() -> &'static [Guide] {
    builtin::BUILTIN_GUIDES
}

/// The guides a run works with, in menu order, and where each comes from.
#[derive(Clone, Debug)]
pub struct Catalog {
    guides: Vec<Guide>,
    /// The file of each guide read from a folder; the others are built in.
    origins: BTreeMap<MethodId, PathBuf>,
}

impl Catalog {
    /// The guides built into the binary. They were validated when it was built, and cloning
    /// them copies only pointers to their static text.
    pub fn builtin() -> Catalog {
        Catalog {
            guides: builtin::BUILTIN_GUIDES.to_vec(),
            origins: BTreeMap::new(),
        }
    }

    /// These guides with `guides` read from folders over them, in the folders' order: a
    /// guide replaces one with the same id that came before it.
    pub fn with_folder_guides(mut self, guides: Vec<(Guide, PathBuf)>) -> Catalog {
        if guides.is_empty() {
            return self;
        }
        self.guides.reserve(guides.len());
        for (guide, path) in guides {
            self.origins.insert(guide.id.clone(), path);
            self.guides.push(guide);
        }
        // The last guide with each id wins. Guides are large, so they are moved only by
        // `retain` and an in-place sort: a thousand of them are 0.4 MB.
        let last: BTreeMap<&MethodId, usize> = self
            .guides
            .iter()
            .enumerate()
            .map(|(n, guide)| (&guide.id, n))
            .collect();
        let keep: Vec<bool> = (0..self.guides.len())
            .map(|n| last[&self.guides[n].id] == n)
            .collect();
        let mut n = 0;
        self.guides.retain(|_| {
            n += 1;
            keep[n - 1]
        });
        self.guides
            .sort_unstable_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        self
    }

    /// Adds `guide`, or replaces the guide with its id, keeping menu order.
    pub fn insert(&mut self, guide: Guide, file: Option<PathBuf>) {
        match file {
            Some(file) => self.origins.insert(guide.id.clone(), file),
            None => self.origins.remove(&guide.id),
        };
        self.guides.retain(|g| g.id != guide.id);
        let at = self
            .guides
            .partition_point(|g| (g.order, &g.id) < (guide.order, &guide.id));
        self.guides.insert(at, guide);
    }

    /// The file a guide was read from; `None` for a built-in guide.
    pub fn origin(&self, id: &str) -> Option<&Path> {
        self.origins.get(id).map(PathBuf::as_path)
    }

    /// The guides read from folders, with their files.
    pub fn folder_guides(&self) -> impl Iterator<Item = (&MethodId, &Path)> {
        self.origins.iter().map(|(id, path)| (id, path.as_path()))
    }

    /// Whether any guide comes from a folder.
    pub fn has_folder_guides(&self) -> bool {
        !self.origins.is_empty()
    }

    pub fn guides(&self) -> &[Guide] {
        &self.guides
    }

    pub fn get(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id.as_str() == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.guides.iter().map(|g| g.id.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menus_topics_are_built_in() {
        for id in ["why-remove", "prevent-saving"] {
            assert!(topic(id).is_some(), "{id}");
        }
    }

    #[test]
    fn of_guides_with_one_id_the_last_folders_wins_and_menu_order_is_kept() {
        let builtin = Catalog::builtin();
        let guide = |id: &str, title: &'static str, order: u16| {
            let mut guide = builtin.get("direct-link").expect("built in").clone();
            guide.id = MethodId(id.to_string().into());
            guide.title.en = title.into();
            guide.order = order;
            guide
        };
        let catalog = Catalog::builtin().with_folder_guides(vec![
            (
                guide("direct-link", "first folder", 40),
                PathBuf::from("a/direct-link.toml"),
            ),
            (guide("zz-new", "new", 1), PathBuf::from("a/zz-new.toml")),
            (
                guide("direct-link", "second folder", 40),
                PathBuf::from("b/direct-link.toml"),
            ),
        ]);
        let ids = catalog.ids();
        assert_eq!(ids.len(), builtin.ids().len() + 1);
        assert_eq!(ids[0], "zz-new");
        assert_eq!(ids.iter().filter(|id| **id == "direct-link").count(), 1);
        let direct = catalog.get("direct-link").expect("kept");
        assert_eq!(direct.title.en, "second folder");
        assert_eq!(
            catalog.origin("direct-link"),
            Some(Path::new("b/direct-link.toml"))
        );
        assert_eq!(catalog.origin("mobile-app"), None);
    }

    #[test]
    fn builtin_guides_come_in_menu_order_removal_first() {
        let catalog = Catalog::builtin();
        assert_eq!(
            catalog.ids(),
            [
                "aliexpress-payments",
                "mobile-app",
                "mobile-site",
                "direct-link",
                "alipay-web",
                "add-card",
                "replace-card"
            ]
        );
    }
}
