//! The place of a field while a guide is checked, made into a `KeyPath` only where a
//! problem is found.

use std::borrow::Cow;

use crate::path::{KeyPath, Segment};

/// A place in a guide while it is checked: each level borrows its parent, so naming the place
/// of every field costs nothing; only a place where a problem is found becomes a `KeyPath`.
#[derive(Clone, Copy)]
pub(super) enum At<'a> {
    Root,
    Key(&'a At<'a>, &'static str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    pub(super) fn key(&self, key: &'static str) -> At<'_> {
        At::Key(self, key)
    }

    pub(super) fn index(&self, index: usize) -> At<'_> {
        At::Index(self, index)
    }

    pub(super) fn path(&self) -> KeyPath {
        let mut segments = Vec::new();
        let mut at = self;
        loop {
            match at {
                At::Root => break,
                At::Key(parent, key) => {
                    segments.push(Segment::Key(Cow::Borrowed(*key)));
                    at = parent;
                }
                At::Index(parent, index) => {
                    segments.push(Segment::Index(*index));
                    at = parent;
                }
            }
        }
        segments.reverse();
        KeyPath(segments)
    }
}
