//! What the viewer remembers (persisted with eframe) and the commands panels send.

use std::path::PathBuf;

use crate::graph::{EntityId, RelationId};
use crate::kind::Kind;

/// What is selected: panels talk through this, never through each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Selection {
    /// Nothing selected.
    #[default]
    None,
    /// One entity.
    Entity(EntityId),
    /// One relation (edge).
    Relation(RelationId),
}

/// How node size is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum NodeSizing {
    /// By number of distinct neighbours.
    #[default]
    Degree,
    /// By number of mentions in the corpus.
    Mentions,
    /// By passages on its relations.
    WeightedDegree,
    /// By betweenness (how many shortest paths go through it).
    Betweenness,
    /// By PageRank.
    PageRank,
    /// By eigenvector centrality.
    Eigenvector,
}

impl NodeSizing {
    /// Every choice, with its name in the menu.
    pub const ALL: [(Self, &'static str); 6] = [
        (Self::Degree, "size: links"),
        (Self::Mentions, "size: mentions"),
        (Self::WeightedDegree, "size: passages"),
        (Self::Betweenness, "size: betweenness"),
        (Self::PageRank, "size: PageRank"),
        (Self::Eigenvector, "size: eigenvector"),
    ];

    /// Its name in the menu.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("size", |(_, n)| n)
    }
}

/// The paths shown between two entities (highlighted on the canvas, one card per hop
/// in the side panel).
#[derive(Debug, Clone, PartialEq)]
pub struct PathsShown {
    /// Where they start.
    pub from: EntityId,
    /// Where they end.
    pub to: EntityId,
    /// Shortest first (none: the two are not connected in the view).
    pub paths: Vec<crate::analysis::path::Path>,
}

/// The column the table of actors is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ActorSort {
    /// Alphabetical.
    Name,
    /// Distinct neighbours.
    Degree,
    /// Passages on its relations.
    WeightedDegree,
    /// Betweenness.
    Betweenness,
    /// PageRank.
    #[default]
    PageRank,
    /// Eigenvector centrality.
    Eigenvector,
    /// Community number.
    Community,
}

/// What a node's colour says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Coloring {
    /// Its kind (the kind chips are the legend).
    #[default]
    Kind,
    /// Its community (Louvain), with a legend of the largest.
    Community,
}

/// Persisted viewer state. `#[serde(default)]` keeps old saves loadable.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct AppState {
    /// The corpus folder last opened.
    pub corpus: Option<PathBuf>,
    /// Kinds currently shown.
    pub visible_kinds: Vec<Kind>,
    /// Edges with fewer passages are hidden.
    pub min_weight: usize,
    /// Edges less likely to be stated are hidden (the confidence slider).
    pub min_confidence: f32,
    /// Only edges a rule stated are shown (no pair only named together).
    pub is_stated_only: bool,
    /// Hide nodes without any visible edge.
    pub is_isolated_hidden: bool,
    /// Node size rule.
    pub sizing: NodeSizing,
    /// Node colour rule.
    pub coloring: Coloring,
    /// The search box text.
    pub search: String,
    /// Current selection (ids are only meaningful for the same corpus).
    pub selection: Selection,
    /// The document open in the reader, if any.
    pub reader: Option<ReaderTarget>,
    /// Show only the selected entity's neighbourhood up to this depth (1–3).
    pub focus_depth: Option<u8>,
    /// Documents (by id) whose passages are ignored.
    pub hidden_docs: Vec<String>,
    /// The time bar's first month shown (`year × 12 + month − 1`; none: the first).
    pub time_from: Option<u32>,
    /// Its last month shown (none: the last).
    pub time_to: Option<u32>,
    /// Documents without a date are shown.
    pub is_undated_shown: bool,
    /// The time bar is open.
    #[serde(skip)]
    pub is_timeline_open: bool,
    /// Play is stepping through the months.
    #[serde(skip)]
    pub is_playing: bool,
    /// Node positions of the last corpus shown, so reopening it keeps its picture.
    pub layout: Option<SavedLayout>,
    /// The export dialog's last settings.
    pub export: ExportSettings,
    /// The export dialog is open.
    #[serde(skip)]
    pub is_export_open: bool,
    /// The search results list is open under the search box.
    #[serde(skip)]
    pub is_search_open: bool,
    /// The text typed in the documents filter's search box.
    #[serde(skip)]
    pub document_filter: String,
    /// The sheet of keyboard and mouse shortcuts is open (F1 or ?).
    #[serde(skip)]
    pub is_shortcuts_open: bool,
    /// Entities selected together with the selected one (Ctrl+click), for a merge.
    #[serde(skip)]
    pub marked: Vec<EntityId>,
    /// The curation panel is open.
    #[serde(skip)]
    pub is_curation_open: bool,
    /// The table of actors is open.
    #[serde(skip)]
    pub is_actors_open: bool,
    /// The paths shown, if any.
    #[serde(skip)]
    pub paths: Option<PathsShown>,
    /// The communities (numbered from 0, as in the figures shown) drawn as one node
    /// each. Communities are renumbered when the figures change, so this is not kept.
    #[serde(skip)]
    pub collapsed: Vec<u32>,
    /// The user collapsed every community: new figures (renumbered communities)
    /// collapse every one again, where a choice of some is dropped.
    #[serde(skip)]
    pub is_all_collapsed: bool,
    /// The column the table of actors is sorted by.
    pub actor_sort: ActorSort,
    /// Highest first.
    pub is_actor_sort_descending: bool,
    /// The bytes dragged over in the reader (start, end), for a new entity or a passage.
    #[serde(skip)]
    pub reader_selection: Option<(u32, u32)>,
    /// Selections made, oldest first, for Back and Forward.
    #[serde(skip)]
    pub history: Vec<Selection>,
    /// Where in `history` the current selection is.
    #[serde(skip)]
    pub history_at: usize,
}

impl AppState {
    /// The filters that hide something, named for the status bar (empty when all is
    /// shown).
    pub fn active_filters(&self) -> Vec<&'static str> {
        let mut on = Vec::new();
        if Kind::ALL.iter().any(|k| !self.visible_kinds.contains(k)) {
            on.push("kinds");
        }
        if self.min_weight > 1 {
            on.push("min. passages");
        }
        if f64::from(self.min_confidence) != crate::graph::DEFAULT_MIN_CONFIDENCE {
            on.push("confidence");
        }
        if self.is_stated_only {
            on.push("stated only");
        }
        if self.is_isolated_hidden {
            on.push("isolated hidden");
        }
        if self.focus_depth.is_some() {
            on.push("focus");
        }
        if !self.hidden_docs.is_empty() {
            on.push("documents");
        }
        if self.time_from.is_some() || self.time_to.is_some() || !self.is_undated_shown {
            on.push("dates");
        }
        on
    }

    /// Whether the confidence filters let `r` be drawn: likely enough, and stated when
    /// only stated relations are asked for. A relation added by hand always is.
    pub fn is_confident(&self, r: &crate::graph::Relation) -> bool {
        r.is_by_hand()
            || (r.confidence().reaches(f64::from(self.min_confidence))
                && (!self.is_stated_only || r.is_stated()))
    }

    /// Selects `selection` and remembers it for Back (what was ahead of it is dropped).
    pub fn select(&mut self, selection: Selection) {
        self.selection = selection;
        if selection == Selection::None || self.history.get(self.history_at) == Some(&selection) {
            return;
        }
        if !self.history.is_empty() {
            self.history.truncate(self.history_at + 1);
        }
        self.history.push(selection);
        self.history_at = self.history.len() - 1;
    }

    /// Whether Back has somewhere to go.
    pub fn can_go_back(&self) -> bool {
        self.history_at > 0 || (self.selection == Selection::None && !self.history.is_empty())
    }

    /// Whether Forward has somewhere to go.
    pub fn can_go_forward(&self) -> bool {
        self.history_at + 1 < self.history.len()
    }

    /// Steps through the selections made: back (`-1`) or forward (`+1`).
    pub fn go(&mut self, step: isize) {
        if self.selection == Selection::None && step < 0 && !self.history.is_empty() {
            // Back from nothing selected is the last selection.
            self.selection = self.history[self.history_at];
            return;
        }
        let to = self.history_at as isize + step;
        if let Some(&s) = usize::try_from(to).ok().and_then(|t| self.history.get(t)) {
            self.history_at = to as usize;
            self.selection = s;
        }
    }

    /// Shows everything again: every kind and document, any evidence, no focus.
    pub fn reset_filters(&mut self) {
        self.visible_kinds = Kind::ALL.to_vec();
        self.min_weight = 1;
        self.min_confidence = crate::graph::DEFAULT_MIN_CONFIDENCE as f32;
        self.is_stated_only = false;
        self.is_isolated_hidden = false;
        self.focus_depth = None;
        self.hidden_docs.clear();
        self.time_from = None;
        self.time_to = None;
        self.is_undated_shown = true;
        self.is_playing = false;
    }

    /// Mends what a damaged or hand-edited save holds (infinite or NaN positions, a zero
    /// width, an absurd filter) by dropping or resetting it; returns one line for each
    /// thing mended, for the status bar. A sane state is left as it is.
    pub fn sanitize(&mut self) -> Vec<String> {
        let mut mended = Vec::new();
        if let Some(layout) = &mut self.layout {
            let before = layout.positions.len();
            layout
                .positions
                .retain(|(_, p)| crate::layout::is_sane_position(*p));
            let dropped = before - layout.positions.len();
            if dropped > 0 {
                mended.push(format!(
                    "{dropped} saved node positions were not finite numbers and were ignored"
                ));
            }
            if let Some((zoom, pan)) = layout.camera {
                if !super::snapshot::is_sane_camera(zoom, pan) {
                    layout.camera = None;
                    mended.push("the saved zoom and pan were out of range and were reset".into());
                }
            }
        }
        let defaults = ExportSettings::default();
        if !(self.export.width_px.is_finite() && (100.0..=20_000.0).contains(&self.export.width_px))
        {
            self.export.width_px = defaults.width_px;
            mended.push("the saved export width was out of range and was reset".into());
        }
        if !(self.export.scale.is_finite() && (0.25..=8.0).contains(&self.export.scale)) {
            self.export.scale = defaults.scale;
            mended.push("the saved export scale was out of range and was reset".into());
        }
        if let Some(d) = self.focus_depth {
            if !(1..=3).contains(&d) {
                self.focus_depth = Some(d.clamp(1, 3));
                mended.push("the saved focus depth was out of range and was reset".into());
            }
        }
        if self.min_weight == 0 || self.min_weight > 1_000_000 {
            self.min_weight = 1;
            mended.push("the saved minimum evidence was out of range and was reset".into());
        }
        if !(self.min_confidence.is_finite() && (0.0..=1.0).contains(&self.min_confidence)) {
            self.min_confidence = crate::graph::DEFAULT_MIN_CONFIDENCE as f32;
            mended.push("the saved minimum confidence was out of range and was reset".into());
        }
        mended
    }
}

/// What part of the graph an export covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ExportScope {
    /// What the canvas shows: filters, focus, dimming, positions.
    #[default]
    CurrentView,
    /// Every entity and relation.
    WholeGraph,
}

/// Export dialog settings.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// Format.
    pub format: crate::export::Format,
    /// Scope.
    pub scope: ExportScope,
    /// Destination typed by the user.
    pub path: String,
    /// Picture width.
    pub width_px: f32,
    /// PNG density.
    pub scale: f32,
    /// The user agreed to replace an existing file.
    #[serde(skip)]
    pub is_overwrite_confirmed: bool,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            format: crate::export::Format::Svg,
            scope: ExportScope::CurrentView,
            path: "nexo-export.svg".into(),
            width_px: 1600.0,
            scale: 1.0,
            is_overwrite_confirmed: false,
        }
    }
}

/// Node positions by entity key, for one corpus folder.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SavedLayout {
    /// The corpus folder they belong to.
    pub corpus: PathBuf,
    /// `(entity key, position)`.
    pub positions: Vec<(String, [f32; 2])>,
    /// The selection, by entity keys.
    pub selection: super::snapshot::SavedSelection,
    /// Zoom and pan of the canvas.
    pub camera: Option<(f32, [f32; 2])>,
}

/// A document to read, with the passage to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReaderTarget {
    /// The document.
    pub doc: crate::corpus::DocId,
    /// Start byte of the passage to show.
    pub start: u32,
    /// End byte of the passage.
    pub end: u32,
    /// The reader still has to scroll to the passage.
    #[serde(skip)]
    pub is_scroll_pending: bool,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            corpus: None,
            visible_kinds: Kind::ALL.to_vec(),
            min_weight: 1,
            min_confidence: crate::graph::DEFAULT_MIN_CONFIDENCE as f32,
            is_stated_only: false,
            is_isolated_hidden: false,
            sizing: NodeSizing::default(),
            coloring: Coloring::default(),
            search: String::new(),
            selection: Selection::None,
            reader: None,
            focus_depth: None,
            hidden_docs: Vec::new(),
            time_from: None,
            time_to: None,
            is_undated_shown: true,
            is_timeline_open: false,
            is_playing: false,
            layout: None,
            export: ExportSettings::default(),
            is_export_open: false,
            is_search_open: false,
            document_filter: String::new(),
            is_shortcuts_open: false,
            marked: Vec::new(),
            is_curation_open: false,
            is_actors_open: false,
            paths: None,
            collapsed: Vec::new(),
            is_all_collapsed: false,
            actor_sort: ActorSort::default(),
            is_actor_sort_descending: true,
            reader_selection: None,
            history: Vec::new(),
            history_at: 0,
        }
    }
}

impl AppState {
    /// True if nodes of `kind` are shown.
    pub fn is_kind_visible(&self, kind: Kind) -> bool {
        self.visible_kinds.contains(&kind)
    }
}

/// Side effects requested by panels during a frame, applied once after it.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select something (and centre on it when asked).
    Select(Selection),
    /// Draw these communities as one node each.
    Collapse(Vec<u32>),
    /// Draw this community's members again.
    Expand(u32),
    /// Draw every community's members again.
    ExpandAll,
    /// Show or hide a kind.
    ToggleKind(Kind),
    /// Load another corpus folder.
    OpenCorpus(PathBuf),
    /// Run the layout again from its current positions.
    Reheat,
    /// Pause or resume the layout.
    TogglePause,
    /// Fit the whole graph in view.
    Fit,
    /// Zoom the canvas by this factor around its centre.
    Zoom(f32),
    /// Show every kind, document and relation again, focus off.
    ResetFilters,
    /// Open or close the sheet of shortcuts.
    ToggleShortcuts,
    /// Select an entity and show only its neighbourhood (focus, one hop).
    FocusOn(crate::graph::EntityId),
    /// Go back to the previous selection.
    Back,
    /// Go forward again after going back.
    Forward,
    /// Pan so that this entity is in the middle of the canvas.
    CenterOn(crate::graph::EntityId),
    /// Open a document in the reader at a passage.
    OpenReader(ReaderTarget),
    /// The reader has scrolled to its passage.
    ReaderScrolled,
    /// Close the reader.
    CloseReader,
    /// Mark the bytes dragged over in the reader (none: clear the mark).
    ReaderSelect(Option<(u32, u32)>),
    /// Open the export dialog.
    OpenExport,
    /// Save a session snapshot.
    SaveSnapshot(PathBuf),
    /// Open a session snapshot (loads its corpus, then restores the view).
    OpenSnapshot(PathBuf),
    /// Write an export.
    Export(super::export_dialog::ExportRequest),
    /// Make an edit to the network (saved to the curation file).
    Curate(crate::curation::Edit),
    /// Make several edits as one step of undo (hiding a selection).
    CurateAll(Vec<crate::curation::Edit>),
    /// Undo the last change to the edits.
    Undo,
    /// Redo the last change undone.
    Redo,
    /// Take back one edit (by its index in the list), keeping the others.
    RevertEdit(usize),
    /// Open or close the curation panel.
    ToggleCuration,
    /// Add an entity to the entities selected together, or take it out (Ctrl+click).
    ToggleMarked(EntityId),
    /// Select these entities together (a Shift+drag rectangle): the first becomes the
    /// selection if there is none, the others join it.
    MarkMany(Vec<EntityId>),
    /// Show the shortest paths between two entities, in the view's filters.
    FindPaths(EntityId, EntityId),
    /// Stop showing paths.
    ClearPaths,
    /// Ask for what an edit needs (a name, the name kept by a merge).
    OpenDialog(super::curate::Dialog),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_save_is_mended_and_said_so() {
        let mut state = AppState {
            layout: Some(SavedLayout {
                corpus: "c".into(),
                positions: vec![
                    ("a".into(), [1.0, 2.0]),
                    ("b".into(), [f32::INFINITY, 0.0]),
                    ("c".into(), [f32::NAN, 0.0]),
                ],
                ..SavedLayout::default()
            }),
            min_weight: 0,
            ..AppState::default()
        };
        state.export.width_px = f32::NAN;
        state.layout.as_mut().unwrap().camera = Some((f32::INFINITY, [0.0, 0.0]));
        let mended = state.sanitize();
        assert_eq!(mended.len(), 4, "{mended:?}");
        assert_eq!(state.layout.as_ref().unwrap().camera, None);
        assert_eq!(state.layout.as_ref().unwrap().positions.len(), 1);
        assert_eq!(state.export.width_px, 1600.0);
        assert_eq!(state.min_weight, 1);
        assert!(state.sanitize().is_empty(), "a sane state is left alone");
    }

    #[test]
    fn back_and_forward_step_through_selections() {
        use crate::graph::EntityId;
        let mut state = AppState::default();
        let (a, b, c) = (
            Selection::Entity(EntityId(1)),
            Selection::Entity(EntityId(2)),
            Selection::Entity(EntityId(3)),
        );
        assert!(!state.can_go_back());
        state.select(a);
        state.select(b);
        state.select(b);
        assert_eq!(
            state.history,
            [a, b],
            "a repeated selection is not recorded twice"
        );
        state.go(-1);
        assert_eq!(state.selection, a);
        assert!(state.can_go_forward());
        state.go(1);
        assert_eq!(state.selection, b);
        state.go(-1);
        state.select(c);
        assert_eq!(
            state.history,
            [a, c],
            "a new selection drops what was ahead"
        );
        state.select(Selection::None);
        assert!(state.can_go_back());
        state.go(-1);
        assert_eq!(
            state.selection, c,
            "back from nothing is the last selection"
        );
    }
}
