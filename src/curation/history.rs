//! The edits as the viewer keeps them: the list, with undo and redo.
//!
//! Every change (an edit made, an edit reverted) is one step that remembers the list
//! as it was, so undo and redo restore it exactly, and the curated graph, a function of
//! the extraction and the list, with it.

use super::{Curation, Edit};

/// One change, with the list of edits on its other side.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    /// What the change did, for the Edit menu.
    what: String,
    /// The edits before the change (on the undo stack) or after it (on the redo stack).
    edits: Vec<Edit>,
}

/// A curation and its undo and redo history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    curation: Curation,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// The history of `curation`, with nothing to undo yet.
    pub fn new(curation: Curation) -> Self {
        Self {
            curation,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The edits now.
    pub fn curation(&self) -> &Curation {
        &self.curation
    }

    /// Makes `edit`, after the others.
    pub fn push(&mut self, edit: Edit) {
        let what = capitalised(&edit.to_string());
        self.change(what, |edits| edits.push(edit));
    }

    /// Makes several edits as one change (hiding a selection): one undo takes them all
    /// back.
    pub fn push_all(&mut self, mut edits: Vec<Edit>) {
        if edits.len() < 2 {
            if let Some(edit) = edits.pop() {
                self.push(edit);
            }
            return;
        }
        let what = format!(
            "{} ({} edits)",
            capitalised(&edits[0].to_string()),
            edits.len()
        );
        self.change(what, |list| list.extend(edits));
    }

    /// Takes back the edit at `index` on its own (the others stay); false if there is
    /// none there.
    pub fn revert(&mut self, index: usize) -> bool {
        let Some(edit) = self.curation.edits.get(index) else {
            return false;
        };
        let what = format!("Revert edit {} ({edit})", index + 1);
        self.change(what, |edits| {
            edits.remove(index);
        });
        true
    }

    /// Puts `edits` in place of the list, as one change called `what`.
    pub fn replace(&mut self, what: String, edits: Vec<Edit>) {
        self.change(what, |now| *now = edits);
    }

    fn change(&mut self, what: String, f: impl FnOnce(&mut Vec<Edit>)) {
        let before = self.curation.edits.clone();
        f(&mut self.curation.edits);
        self.undo.push(Step {
            what,
            edits: before,
        });
        self.redo.clear();
    }

    /// Undoes the last change; returns what it did, or `None` when there is nothing to
    /// undo.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.undo.pop()?;
        let now = std::mem::replace(&mut self.curation.edits, step.edits);
        self.redo.push(Step {
            what: step.what.clone(),
            edits: now,
        });
        Some(step.what)
    }

    /// Does again the last change undone; returns what it did.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.redo.pop()?;
        let now = std::mem::replace(&mut self.curation.edits, step.edits);
        self.undo.push(Step {
            what: step.what.clone(),
            edits: now,
        });
        Some(step.what)
    }

    /// What undo would take back, the latest first.
    pub fn undo_list(&self) -> impl Iterator<Item = &str> {
        self.undo.iter().rev().map(|s| s.what.as_str())
    }

    /// What redo would do again, the next first.
    pub fn redo_list(&self) -> impl Iterator<Item = &str> {
        self.redo.iter().rev().map(|s| s.what.as_str())
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hide(id: &str) -> Edit {
        Edit::Hide { id: id.into() }
    }

    #[test]
    fn undo_and_redo_walk_the_changes_and_a_new_change_drops_the_redos() {
        let mut h = History::new(Curation {
            edits: vec![hide("a")],
        });
        h.push(hide("b"));
        h.push(hide("c"));
        assert!(h.revert(0));
        assert_eq!(h.curation().edits, [hide("b"), hide("c")]);
        assert_eq!(
            h.undo_list().collect::<Vec<_>>(),
            ["Revert edit 1 (hide a)", "Hide c", "Hide b"]
        );
        assert_eq!(h.undo().as_deref(), Some("Revert edit 1 (hide a)"));
        assert_eq!(h.curation().edits, [hide("a"), hide("b"), hide("c")]);
        h.undo();
        h.undo();
        assert_eq!(h.curation().edits, [hide("a")]);
        assert_eq!(h.undo(), None, "the file as loaded is where undo stops");
        h.redo();
        assert_eq!(h.curation().edits, [hide("a"), hide("b")]);
        h.push(hide("d"));
        assert_eq!(h.redo(), None);
        assert_eq!(h.curation().edits, [hide("a"), hide("b"), hide("d")]);
        assert!(!h.revert(3));
        h.push_all(vec![hide("e"), hide("f")]);
        assert_eq!(h.undo_list().next(), Some("Hide e (2 edits)"));
        h.undo();
        assert_eq!(h.curation().edits, [hide("a"), hide("b"), hide("d")]);
    }
}
