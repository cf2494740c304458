//! Session snapshots (`.nexo.json`): the corpus, filters, selection, node positions and
//! camera, so `nexo --open FILE` or File → Open snapshot restores the exact view.
//! Entities are stored by key, not by index, so a snapshot survives re-extraction.

use std::path::{Path, PathBuf};

use super::state::{AppState, NodeSizing, Selection};
use crate::graph::EvidenceGraph;
use crate::kind::Kind;

/// The selection, by entity keys.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum SavedSelection {
    /// Nothing selected.
    #[default]
    None,
    /// One entity, by key.
    Entity(String),
    /// One relation, by its two entity keys.
    Relation(String, String),
}

/// Everything needed to bring a view back.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Snapshot {
    /// Format version.
    pub version: u32,
    /// The corpus folder.
    pub corpus: PathBuf,
    /// Kinds shown.
    pub visible_kinds: Vec<Kind>,
    /// Minimum passages per edge.
    pub min_weight: usize,
    /// Minimum confidence per edge (absent from snapshots made before it: the default).
    pub min_confidence: Option<f32>,
    /// Only relations a rule stated.
    pub is_stated_only: bool,
    /// Isolated nodes hidden.
    pub is_isolated_hidden: bool,
    /// Node size rule.
    pub sizing: NodeSizing,
    /// Focus depth, when focus mode is on.
    pub focus_depth: Option<u8>,
    /// Documents left out.
    pub hidden_docs: Vec<String>,
    /// The selection.
    pub selection: SavedSelection,
    /// Node positions by entity key.
    pub positions: Vec<(String, [f32; 2])>,
    /// Zoom and pan of the canvas.
    pub camera: Option<(f32, [f32; 2])>,
    /// The analyst's edits when it was saved (absent in snapshots made before Nexo kept
    /// them: those leave the edits as they are).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edits: Option<Vec<crate::curation::Edit>>,
}

impl SavedSelection {
    /// `selection` by entity keys.
    pub fn of(selection: Selection, graph: &EvidenceGraph) -> Self {
        let key = |id: crate::graph::EntityId| {
            graph.entity(id).map(|e| e.key.clone()).unwrap_or_default()
        };
        match selection {
            Selection::None => Self::None,
            Selection::Entity(id) => Self::Entity(key(id)),
            Selection::Relation(rid) => match graph.relation(rid) {
                Some(r) => Self::Relation(key(r.source), key(r.target)),
                None => Self::None,
            },
        }
    }

    /// The selection in `graph`'s ids (nothing if the entities are gone).
    pub fn resolve(&self, graph: &EvidenceGraph) -> Selection {
        match self {
            SavedSelection::None => Selection::None,
            SavedSelection::Entity(k) => graph
                .entity_by_key(k)
                .map_or(Selection::None, Selection::Entity),
            SavedSelection::Relation(a, b) => {
                match (graph.entity_by_key(a), graph.entity_by_key(b)) {
                    (Some(a), Some(b)) => graph
                        .relation_between(a, b)
                        .map_or(Selection::None, Selection::Relation),
                    _ => Selection::None,
                }
            }
        }
    }
}

/// Smallest and largest zoom a camera may have.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 1.0e-4..=1.0e4;

/// A zoom and pan the canvas can show: finite, zoom within [`ZOOM_RANGE`], pan within
/// [`crate::layout::MAX_COORDINATE`].
pub fn is_sane_camera(zoom: f32, pan: [f32; 2]) -> bool {
    ZOOM_RANGE.contains(&zoom) && crate::layout::is_sane_position(pan)
}

impl Snapshot {
    /// Captures the view.
    pub fn capture(
        state: &AppState,
        graph: &EvidenceGraph,
        positions: Vec<(String, [f32; 2])>,
        camera: Option<(f32, [f32; 2])>,
        edits: &[crate::curation::Edit],
    ) -> Self {
        let selection = SavedSelection::of(state.selection, graph);
        Self {
            version: 1,
            corpus: state.corpus.clone().unwrap_or_default(),
            visible_kinds: state.visible_kinds.clone(),
            min_weight: state.min_weight,
            min_confidence: Some(state.min_confidence),
            is_stated_only: state.is_stated_only,
            is_isolated_hidden: state.is_isolated_hidden,
            sizing: state.sizing,
            focus_depth: state.focus_depth,
            hidden_docs: state.hidden_docs.clone(),
            selection,
            positions,
            camera,
            edits: Some(edits.to_vec()),
        }
    }

    /// Puts the filters into `state`.
    pub fn apply_filters(&self, state: &mut AppState) {
        state.visible_kinds = if self.visible_kinds.is_empty() {
            Kind::ALL.to_vec()
        } else {
            self.visible_kinds.clone()
        };
        state.min_weight = self.min_weight.max(1);
        state.min_confidence = self
            .min_confidence
            .filter(|c| (0.0..=1.0).contains(c))
            .unwrap_or(crate::graph::DEFAULT_MIN_CONFIDENCE as f32);
        state.is_stated_only = self.is_stated_only;
        state.is_isolated_hidden = self.is_isolated_hidden;
        state.sizing = self.sizing;
        state.focus_depth = self.focus_depth;
        state.hidden_docs = self.hidden_docs.clone();
    }

    /// The saved selection in `graph`'s ids (nothing if the entities are gone).
    pub fn selection_in(&self, graph: &EvidenceGraph) -> Selection {
        self.selection.resolve(graph)
    }

    /// Reads a snapshot file.
    ///
    /// # Errors
    /// A message naming the file when it cannot be read or is not a snapshot.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("not a Nexo snapshot: {e} in {}", path.display()))
    }

    /// Reads a snapshot from JSON text, refusing anything that is not one: another JSON
    /// object, an unknown version, or a number no view can show (infinity, NaN, a zoom
    /// of zero, a position a billion units away).
    ///
    /// # Errors
    /// What is wrong, without the file name.
    pub fn parse(text: &str) -> Result<Self, String> {
        let snap: Self = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if snap.version != 1 {
            return Err(format!(
                "version {} (this Nexo reads version 1)",
                snap.version
            ));
        }
        if snap.corpus.as_os_str().is_empty() {
            return Err("no corpus folder".into());
        }
        if let Some((zoom, pan)) = snap.camera {
            if !is_sane_camera(zoom, pan) {
                return Err(format!("camera zoom {zoom} / pan {pan:?} is out of range"));
            }
        }
        if let Some((key, p)) = snap
            .positions
            .iter()
            .find(|(_, p)| !crate::layout::is_sane_position(*p))
        {
            return Err(format!("position {p:?} of `{key}` is out of range"));
        }
        if snap.focus_depth.is_some_and(|d| !(1..=3).contains(&d)) {
            return Err("focus depth is not 1, 2 or 3".into());
        }
        Ok(snap)
    }

    /// Writes the snapshot atomically.
    ///
    /// # Errors
    /// A message naming the file when it cannot be written.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| format!("cannot serialise the snapshot: {e}"))?;
        crate::export::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("view.nexo.json");
        let snap = Snapshot {
            version: 1,
            corpus: "data/corpus".into(),
            min_weight: 2,
            focus_depth: Some(2),
            selection: SavedSelection::Relation("a".into(), "b".into()),
            positions: vec![("a".into(), [1.0, 2.0])],
            camera: Some((1.5, [10.0, -4.0])),
            ..Default::default()
        };
        snap.save(&path).unwrap();
        assert_eq!(Snapshot::load(&path).unwrap(), snap);
        std::fs::write(&path, "{ nope").unwrap();
        assert!(Snapshot::load(&path)
            .unwrap_err()
            .contains("view.nexo.json"));
    }

    #[test]
    fn numbers_no_view_can_show_and_other_json_are_refused() {
        let ok = r#"{"version": 1, "corpus": "data/corpus"}"#;
        assert!(Snapshot::parse(ok).is_ok());
        for (bad, why) in [
            (
                r#"{"version": 1, "corpus": "c", "camera": [1e308, [0, 0]]}"#,
                "camera",
            ),
            (
                r#"{"version": 1, "corpus": "c", "camera": [0, [0, 0]]}"#,
                "camera",
            ),
            (
                r#"{"version": 1, "corpus": "c", "positions": [["a", [1e308, 0]]]}"#,
                "`a`",
            ),
            (
                r#"{"version": 1, "corpus": "c", "focus_depth": 200}"#,
                "focus depth",
            ),
            (r#"{"name": "some other JSON"}"#, "unknown field"),
            (r#"{"corpus": "c"}"#, "version 0"),
            (r#"{"version": 1}"#, "no corpus"),
        ] {
            let err = Snapshot::parse(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }
}
