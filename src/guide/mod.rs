//! Guides: the model, reading them from TOML, validating them, and the set a run works with.

pub mod model;
pub mod raw;
pub mod read;
pub mod validate;

mod builtin {
    // Written by build.rs from guides/*.toml: `pub static BUILTIN_GUIDES: &[Guide]`.
    include!(concat!(env!("OUT_DIR"), "/builtin_guides.rs"));
}

pub use model::{Date, Difficulty, Guide, Kind, Lang, MethodId, Place, Step, Text};
pub use read::{ReadError, read_guide, read_topic};
pub use validate::Problem;

/// A built-in topic of the interactive menu, by its id (its file stem in `guides/topics/`).
pub fn topic(id: &str) -> Option<&'static model::Topic> {
    builtin::BUILTIN_TOPICS.iter().find(|t| t.id == id)
}

/// The guides a run works with, in menu order.
#[derive(Clone, Debug)]
pub struct Catalog {
    guides: Vec<Guide>,
}

impl Catalog {
    /// The guides built into the binary. They were validated when it was built, and cloning
    /// them copies only pointers to their static text.
    pub fn builtin() -> Catalog {
        Catalog {
            guides: builtin::BUILTIN_GUIDES.to_vec(),
        }
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
    fn builtin_guides_are_the_four_removal_methods_in_menu_order() {
        let catalog = Catalog::builtin();
        assert_eq!(
            catalog.ids(),
            ["direct-link", "mobile-app", "mobile-site", "alipay-web"]
        );
    }
}
