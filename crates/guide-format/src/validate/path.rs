//! Where in a guide file something is: a path of keys and array indices.

use std::borrow::Cow;
use std::fmt;

/// Where in a guide file something is: a path of keys and array indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPath(pub Vec<Segment>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(Cow<'static, str>),
    Index(usize),
}

impl KeyPath {
    fn child(&self, segment: Segment) -> KeyPath {
        let mut path = self.clone();
        path.0.push(segment);
        path
    }

    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> KeyPath {
        self.child(Segment::Key(key.into()))
    }

    pub fn index(&self, index: usize) -> KeyPath {
        self.child(Segment::Index(index))
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if n == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

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
