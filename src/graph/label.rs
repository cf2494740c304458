//! Relation labels, interned.
//!
//! A corpus of thousands of documents gives hundreds of thousands of passages but only
//! a few hundred distinct labels ("arrested", "son of", "met"…). Each passage stores a
//! four-byte [`Label`]; the text lives once, in a process-wide table that only grows
//! (its size is bounded by the vocabulary of linking words, not by the corpus).

use std::borrow::Borrow;
use std::fmt;
use std::sync::{LazyLock, PoisonError, RwLock};

use rustc_hash::FxHashMap;

/// A short relation label ("arrested", "son of"). Copy, four bytes; reads as a `&str`.
///
/// Equality is by text (one text, one id); ordering is by text too, so nothing that
/// sorts labels depends on the order in which threads happened to intern them.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label(u32);

#[derive(Default)]
struct Table {
    ids: FxHashMap<&'static str, u32>,
    texts: Vec<&'static str>,
}

static TABLE: LazyLock<RwLock<Table>> = LazyLock::new(RwLock::default);

impl Label {
    /// The label for `text`, added to the table the first time it is seen.
    pub fn new(text: &str) -> Self {
        if let Some(&id) = TABLE
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .ids
            .get(text)
        {
            return Self(id);
        }
        let mut table = TABLE.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(&id) = table.ids.get(text) {
            return Self(id);
        }
        // Kept for the life of the process: one copy per distinct label.
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let id = u32::try_from(table.texts.len()).unwrap_or(u32::MAX);
        table.texts.push(text);
        table.ids.insert(text, id);
        Self(id)
    }

    /// The label's text.
    pub fn as_str(self) -> &'static str {
        TABLE
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .texts
            .get(self.0 as usize)
            .copied()
            .unwrap_or("")
    }
}

impl std::ops::Deref for Label {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Label {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Label {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Label {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for Label {
    fn from(text: String) -> Self {
        Self::new(&text)
    }
}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for Label {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Label {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self.0 == other.0 {
            std::cmp::Ordering::Equal
        } else {
            self.as_str().cmp(other.as_str())
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_one_label() {
        let a = Label::new("extradited to");
        let b = Label::from(String::from("extradited to"));
        assert_eq!(a, b);
        assert_eq!(&*a, "extradited to");
        assert_ne!(a, Label::new("extradited"));
        assert_eq!(a.to_string(), "extradited to");
        assert_eq!(std::mem::size_of::<Label>(), 4);
        // A label, a rule, a confidence and its features: a passage stays small
        // whatever its label says.
        assert_eq!(std::mem::size_of::<super::super::Passage>(), 32);
    }

    #[test]
    fn order_is_by_text_not_by_arrival() {
        let late_z = Label::new("zz interned first");
        let late_a = Label::new("aa interned second");
        assert!(late_a < late_z);
        let mut v = vec![late_z, late_a];
        v.sort();
        assert_eq!(v, [late_a, late_z]);
    }
}
