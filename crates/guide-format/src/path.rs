//! Where in a guide file something is: a path of keys and array indices. A leaf: every other
//! module may name a place, and this one names nothing of theirs.

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

    pub(crate) fn key(&self, key: impl Into<Cow<'static, str>>) -> KeyPath {
        self.child(Segment::Key(key.into()))
    }

    pub(crate) fn index(&self, index: usize) -> KeyPath {
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
