//! The desktop viewer (feature `gui`): the only module that imports egui.
//!
//! `App` holds runtime data (the loaded corpus, the canvas, the loader thread);
//! [`state::AppState`] holds what is persisted. Panels read state and push
//! [`state::Command`]s, applied once per frame (`App::apply`).

mod actors;
mod canvas;
pub mod curate;
mod evidence_panel;
mod export_dialog;
mod figures;
pub mod palette;
mod reader;
mod shapes;
pub mod snapshot;
pub mod state;
mod status_bar;
mod timeline;
mod top_bar;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};

use eframe::egui;

use crate::corpus::Corpus;
use crate::curation::Edit;
use crate::extract::Extraction;
use crate::graph::EntityId;
use crate::pipeline::CurationFile;
use canvas::Canvas;
use state::{AppState, Command, Selection};

pub use top_bar::search_matches;

/// A corpus and what was extracted from it.
pub struct Loaded {
    /// The documents.
    pub corpus: Corpus,
    /// The graph (curated) and the extraction report.
    pub extraction: Extraction,
    /// The analyst's edits, their history, and the extraction before them.
    pub curator: crate::pipeline::Curator,
    /// Who matters and the communities, of what the view shows (the `figures`
    /// module): empty while the figures of an edited graph are computed.
    pub analysis: crate::analysis::Analysis,
}

/// The background load, as a state machine.
enum Load {
    Idle,
    InProgress {
        path: PathBuf,
        rx: Receiver<Result<Loaded, String>>,
        /// (files read, files) so far.
        progress: std::sync::Arc<(AtomicUsize, AtomicUsize)>,
    },
    Failed {
        path: PathBuf,
        message: String,
    },
}

/// The running viewer.
pub struct App {
    state: AppState,
    data: Option<Loaded>,
    canvas: Option<Canvas>,
    load: Load,
    catalog: Option<PathBuf>,
    /// Which curation file every load applies (`--curation`, `--no-curation`).
    curation: CurationFile,
    /// The folder typed in File → Open folder.
    open_input: String,
    /// What the last export did.
    export_message: Option<String>,
    /// Where the last change to the edits was saved, or why it was not.
    curation_message: Option<String>,
    /// The dialog an edit is waiting on.
    dialog: Option<curate::Dialog>,
    /// When Play last stepped a month.
    last_play_step: Option<std::time::Instant>,
    /// The figures of the view, computed on a worker as the filters change.
    figures: figures::Figures,
    /// The last place of every entity shown since the corpus loaded, by key.
    places: std::collections::HashMap<String, [f32; 2]>,
    /// A snapshot to apply once its corpus has loaded.
    pending_snapshot: Option<snapshot::Snapshot>,
    /// The path typed in File → snapshot.
    snapshot_input: String,
    /// What the last snapshot action did.
    snapshot_message: Option<String>,
    /// The user agreed to replace the existing file named in `snapshot_input`.
    is_snapshot_replace_confirmed: bool,
    /// What was wrong with the saved session, if anything.
    state_message: Option<String>,
    /// How folders are loaded (`--max-file-mb`).
    load_options: crate::corpus::LoadOptions,
    /// `--exit-after-first-frame`: when the process started. The first frame that
    /// shows the corpus prints the time since then and closes the window.
    startup_probe: Option<std::time::Instant>,
    /// The probe has printed its figure; the window is closing.
    probe_reported: bool,
}

/// Every shortcut, as (keys, what they do), for the sheet F1 opens.
pub const SHORTCUTS: [(&str, &str); 18] = [
    (
        "Wheel, + / −",
        "zoom the network (around the pointer for the wheel)",
    ),
    ("Drag the canvas", "pan"),
    ("Drag a node", "move it and pin it there"),
    (
        "Click a node or an edge",
        "its card, connections and passages",
    ),
    ("F", "fit the network to the window"),
    ("Space", "pause or resume the layout"),
    ("Ctrl+F", "search names (accents and case ignored)"),
    (
        "Enter (in search)",
        "select the first match and centre on it",
    ),
    ("Escape", "close the reader, then clear the selection"),
    ("Ctrl+E", "export the view or the graph"),
    (
        "Alt+Left / Alt+Right",
        "back and forward through what you selected",
    ),
    (
        "Right-click",
        "a node's or the canvas's menu (pin, focus, fit…)",
    ),
    (
        "Ctrl+click, Shift+drag",
        "select several nodes (to merge, relate or hide)",
    ),
    ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo an edit (Edit menu)"),
    ("Delete, F2, M", "hide, rename, merge what is selected"),
    (
        "Edit, Curation panel",
        "every edit, each revertible; hidden entities",
    ),
    ("F1 or ?", "this sheet"),
    ("File menu", "open a folder, save or open a snapshot"),
];

/// The sheet of shortcuts, while it is open.
fn shortcuts_ui(ctx: &egui::Context, is_open: &mut bool) {
    egui::Window::new("Keyboard and mouse")
        .id(egui::Id::new("shortcuts"))
        .open(is_open)
        .resizable(false)
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcut-grid")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.strong(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
}

/// How much one press of + or − (or of the zoom buttons) zooms the network.
pub const ZOOM_STEP: f32 = 1.25;

/// What saving the edits of the corpus in `dir` did, for the curation panel.
fn saved_message(saved: Result<PathBuf, String>, dir: &Path, choice: &CurationFile) -> String {
    match saved {
        Ok(path) if path == crate::curation::Curation::path_in(dir) => {
            format!("Edits saved in {}", path.display())
        }
        Ok(path) if *choice == CurationFile::Beside => format!(
            "The corpus folder cannot be written: edits saved in {}",
            path.display()
        ),
        Ok(path) => format!("Edits saved in {}", path.display()),
        Err(why) => format!("Edits not saved: {why}"),
    }
}

/// Loads `dir` with the catalogs, exactly as the CLI does.
///
/// # Errors
/// A message naming the file that failed.
pub fn load_corpus(dir: &Path, catalog: Option<&Path>) -> Result<Loaded, String> {
    load_corpus_with_progress(
        dir,
        catalog,
        &CurationFile::Beside,
        crate::corpus::LoadOptions::default(),
        &|_, _| {},
    )
}

/// Like [`load_corpus`], reporting `(files read, files)` as it goes.
///
/// # Errors
/// A message naming the file that failed.
pub fn load_corpus_with_progress(
    dir: &Path,
    catalog: Option<&Path>,
    curation: &CurationFile,
    options: crate::corpus::LoadOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Loaded, String> {
    let run = crate::pipeline::load(dir, catalog, options, curation, progress)
        .map_err(|e| e.to_string())?;
    Ok(Loaded {
        // The relations at the default confidence, as `nexo stats` counts them.
        analysis: crate::analysis::analyse(
            &run.extraction
                .graph
                .at_confidence(crate::graph::DEFAULT_MIN_CONFIDENCE),
        ),
        corpus: run.corpus,
        extraction: run.extraction,
        curator: run.curator,
    })
}

impl App {
    /// A viewer that starts loading `corpus` (or the last corpus, or the bundled one).
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        corpus: Option<PathBuf>,
        catalog: Option<PathBuf>,
        curation: CurationFile,
        snapshot: Option<snapshot::Snapshot>,
        startup_probe: Option<std::time::Instant>,
        load_options: crate::corpus::LoadOptions,
    ) -> Self {
        let mut state: AppState = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        // A damaged save is mended and said so, never obeyed.
        let mended = state.sanitize();
        let state_message =
            (!mended.is_empty()).then(|| format!("Saved session mended: {}", mended.join("; ")));
        let corpus = corpus.or_else(|| snapshot.as_ref().map(|s| s.corpus.clone()));
        let path = corpus
            .or_else(|| state.corpus.clone().filter(|p| p.is_dir()))
            .unwrap_or_else(crate::cli::default_corpus);
        state.corpus = Some(path.clone());
        let open_input = path.display().to_string();
        let mut app = Self {
            state,
            data: None,
            canvas: None,
            load: Load::Idle,
            catalog,
            curation,
            open_input,
            export_message: None,
            curation_message: None,
            dialog: None,
            last_play_step: None,
            figures: figures::Figures::default(),
            places: std::collections::HashMap::new(),
            pending_snapshot: snapshot,
            snapshot_input: "view.nexo.json".into(),
            snapshot_message: None,
            is_snapshot_replace_confirmed: false,
            state_message,
            load_options,
            startup_probe,
            probe_reported: false,
        };
        // Ctrl+± zooms the network (see `keyboard`), not the whole interface.
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        app.start_load(path, &cc.egui_ctx);
        app
    }

    /// A viewer over already loaded data (tests drive this one).
    pub fn with_data(data: Loaded) -> Self {
        let canvas = Canvas::new(&data.extraction.graph);
        let state = AppState {
            corpus: Some(data.corpus.root.clone()),
            ..AppState::default()
        };
        Self {
            state,
            data: Some(data),
            canvas: Some(canvas),
            load: Load::Idle,
            catalog: None,
            curation: CurationFile::Beside,
            open_input: String::new(),
            export_message: None,
            curation_message: None,
            dialog: None,
            last_play_step: None,
            figures: figures::Figures::default(),
            places: std::collections::HashMap::new(),
            pending_snapshot: None,
            snapshot_input: "view.nexo.json".into(),
            snapshot_message: None,
            is_snapshot_replace_confirmed: false,
            state_message: None,
            load_options: crate::corpus::LoadOptions::default(),
            startup_probe: None,
            probe_reported: false,
        }
    }

    /// True while the figures of the view are being computed (tests wait for them).
    pub fn is_computing_figures(&self) -> bool {
        self.figures.is_busy()
    }

    /// True while the layout still moves (benchmarks wait for it to settle).
    pub fn is_layout_moving(&self) -> bool {
        self.canvas.as_ref().is_some_and(Canvas::is_moving)
    }

    /// How far (pixels) the canvas's labels went past its edge in the last frame.
    pub fn label_overflow(&self) -> f32 {
        self.canvas.as_ref().map_or(0.0, Canvas::label_overflow)
    }

    /// How many nodes the canvas rings as matches of the search box.
    pub fn ringed_count(&self) -> usize {
        self.canvas.as_ref().map_or(0, Canvas::ringed_count)
    }

    /// The canvas's zoom and pan as last drawn, once a corpus is shown.
    pub fn camera(&self) -> Option<(f32, [f32; 2])> {
        self.canvas.as_ref().and_then(Canvas::camera)
    }

    /// The collapsed communities on the canvas: head entity, members, and screen
    /// position as last drawn.
    pub fn community_nodes(&self) -> Vec<(EntityId, u32, egui::Pos2)> {
        self.canvas
            .as_ref()
            .map_or_else(Vec::new, Canvas::community_nodes)
    }

    /// The corpus shown and what was extracted from it, once loaded.
    pub fn loaded(&self) -> Option<&Loaded> {
        self.data.as_ref()
    }

    /// The current persisted state.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    fn start_load(&mut self, path: PathBuf, ctx: &egui::Context) {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let catalog = self.catalog.clone();
        let curation = self.curation.clone();
        let options = self.load_options;
        let dir = path.clone();
        // A message about the last session or snapshot belongs to what was shown then.
        if self.data.is_some() {
            self.state_message = None;
        }
        let progress = std::sync::Arc::new((AtomicUsize::new(0), AtomicUsize::new(0)));
        let shared = std::sync::Arc::clone(&progress);
        std::thread::spawn(move || {
            let report = |done: usize, total: usize| {
                shared.0.store(done, Ordering::Relaxed);
                shared.1.store(total, Ordering::Relaxed);
                ctx.request_repaint();
            };
            let _ = tx.send(load_corpus_with_progress(
                &dir,
                catalog.as_deref(),
                &curation,
                options,
                &report,
            ));
            ctx.request_repaint();
        });
        self.load = Load::InProgress { path, rx, progress };
    }

    fn poll_load(&mut self, ctx: &egui::Context) {
        let Load::InProgress { path, rx, .. } = &self.load else {
            return;
        };
        match rx.try_recv() {
            Ok(Ok(data)) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(format!("Nexo — {name}")));
                self.state.corpus = Some(path.clone());
                self.state.selection = Selection::None;
                // Selections of another graph mean nothing in this one.
                self.state.history.clear();
                self.state.history_at = 0;
                self.state.reader = None;
                let mut data = data;
                self.curation_message = None;
                // A snapshot brings its edits back, as one step undo takes back.
                let snapshot_edits = self.pending_snapshot.as_ref().and_then(|s| s.edits.clone());
                let mut is_graph_changed = false;
                if let Some(edits) = snapshot_edits {
                    if edits != data.curator.history.curation().edits {
                        data.curator
                            .history
                            .replace("Restore the edits of the snapshot".into(), edits);
                        data.extraction = data.curator.curate(&data.corpus);
                        data.analysis = crate::analysis::Analysis::default();
                        is_graph_changed = true;
                        let dir = data.corpus.root.clone();
                        self.curation_message = Some(saved_message(
                            data.curator.save(&dir, &self.curation),
                            &dir,
                            &self.curation,
                        ));
                    }
                }
                let mut canvas = Canvas::new(&data.extraction.graph);
                if let Some(snap) = self.pending_snapshot.take() {
                    snap.apply_filters(&mut self.state);
                    canvas.restore_view(&data.extraction.graph, &snap.positions, snap.camera);
                    self.state.select(snap.selection_in(&data.extraction.graph));
                } else if let Some(saved) = self.state.layout.as_ref().filter(|l| &l.corpus == path)
                {
                    // The same folder as last time: the same picture, camera and selection.
                    let graph = &data.extraction.graph;
                    if saved.camera.is_some() {
                        canvas.restore_view(graph, &saved.positions, saved.camera);
                    } else {
                        canvas.restore_positions(graph, &saved.positions);
                    }
                    self.state.select(saved.selection.resolve(graph));
                }
                self.canvas = Some(canvas);
                self.data = Some(data);
                self.load = Load::Idle;
                self.places.clear();
                self.state.marked.clear();
                self.state.paths = None;
                self.state.collapsed.clear();
                self.state.is_all_collapsed = false;
                self.figures.loaded();
                if is_graph_changed {
                    self.figures.graph_changed();
                }
            }
            Ok(Err(message)) => {
                self.load = Load::Failed {
                    path: path.clone(),
                    message,
                }
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                self.load = Load::Failed {
                    path: path.clone(),
                    message: "the loader stopped unexpectedly".into(),
                }
            }
        }
    }

    /// Applies the frame's commands.
    fn apply(&mut self, commands: Vec<Command>, ctx: &egui::Context) {
        // Commands are applied after this frame was drawn: draw another one to show them
        // (a key press alone would otherwise wait for the next mouse move).
        if !commands.is_empty() {
            ctx.request_repaint();
        }
        for command in commands {
            match command {
                Command::Select(s) => {
                    self.state.marked.clear();
                    self.state.select(s);
                }
                Command::Collapse(communities) => {
                    for c in communities {
                        if !self.state.collapsed.contains(&c) {
                            self.state.collapsed.push(c);
                        }
                    }
                    let groups = self.data.as_ref().map_or(0, |d| d.analysis.groups().len());
                    self.state.is_all_collapsed = self.state.collapsed.len() >= groups;
                }
                Command::Expand(c) => {
                    self.state.collapsed.retain(|&k| k != c);
                    self.state.is_all_collapsed = false;
                }
                Command::ExpandAll => {
                    self.state.collapsed.clear();
                    self.state.is_all_collapsed = false;
                }
                Command::FocusOn(id) => {
                    self.state.select(Selection::Entity(id));
                    self.state.focus_depth = Some(1);
                }
                Command::Back => self.state.go(-1),
                Command::Forward => self.state.go(1),
                Command::ToggleKind(k) => {
                    if let Some(i) = self.state.visible_kinds.iter().position(|v| *v == k) {
                        self.state.visible_kinds.remove(i);
                    } else {
                        self.state.visible_kinds.push(k);
                    }
                }
                Command::OpenCorpus(path) => self.start_load(path, ctx),
                Command::Reheat => {
                    if let Some(c) = &mut self.canvas {
                        c.reheat();
                    }
                }
                Command::TogglePause => {
                    if let Some(c) = &mut self.canvas {
                        c.is_paused = !c.is_paused;
                    }
                }
                Command::Fit => {
                    if let Some(c) = &mut self.canvas {
                        c.fit();
                    }
                }
                Command::ResetFilters => self.state.reset_filters(),
                Command::ToggleShortcuts => {
                    self.state.is_shortcuts_open = !self.state.is_shortcuts_open;
                }
                Command::Zoom(factor) => {
                    if let Some(c) = &mut self.canvas {
                        c.zoom_by(factor);
                    }
                }
                Command::CenterOn(id) => {
                    if let Some(c) = &mut self.canvas {
                        c.center_on(id);
                    }
                }
                Command::OpenReader(target) => {
                    if self.state.reader.map(|r| r.doc) != Some(target.doc) {
                        self.state.reader_selection = None;
                    }
                    self.state.reader = Some(state::ReaderTarget {
                        is_scroll_pending: true,
                        ..target
                    });
                }
                Command::ReaderScrolled => {
                    if let Some(r) = &mut self.state.reader {
                        r.is_scroll_pending = false;
                    }
                }
                Command::CloseReader => {
                    self.state.reader = None;
                    self.state.reader_selection = None;
                }
                Command::ReaderSelect(range) => self.state.reader_selection = range,
                Command::OpenExport => self.state.is_export_open = true,
                Command::SaveSnapshot(path) => {
                    self.snapshot_message = Some(self.save_snapshot(&path))
                }
                Command::OpenSnapshot(path) => match snapshot::Snapshot::load(&path) {
                    Ok(snap) => {
                        let corpus = snap.corpus.clone();
                        self.pending_snapshot = Some(snap);
                        self.start_load(corpus, ctx);
                        self.snapshot_message = Some(format!("Opened {}", path.display()));
                    }
                    Err(e) => {
                        // The menu has closed: say it in the status bar too.
                        self.state_message = Some(e.clone());
                        self.snapshot_message = Some(e);
                    }
                },
                Command::Export(request) => self.export_message = Some(self.export(&request)),
                Command::Curate(edit) => {
                    // A merge keeps its entity selected, under the name it keeps.
                    let keep = match &edit {
                        Edit::Merge { into, .. } => Some(into.clone()),
                        _ => None,
                    };
                    if let Some(data) = &mut self.data {
                        data.curator.history.push(edit);
                        self.recurate();
                    }
                    if keep.is_some() {
                        self.state.marked.clear();
                    }
                    if let (Some(key), Some(data)) = (keep, &self.data) {
                        let graph = &data.extraction.graph;
                        if let Some(id) = graph.entity_by_key(&key) {
                            self.state.select(Selection::Entity(id));
                        }
                    }
                }
                Command::CurateAll(edits) => {
                    if let Some(data) = &mut self.data {
                        data.curator.history.push_all(edits);
                        self.recurate();
                    }
                }
                Command::Undo | Command::Redo | Command::RevertEdit(_) => {
                    let Some(data) = &mut self.data else { continue };
                    let history = &mut data.curator.history;
                    let changed = match command {
                        Command::Undo => history.undo().is_some(),
                        Command::Redo => history.redo().is_some(),
                        Command::RevertEdit(i) => history.revert(i),
                        _ => false,
                    };
                    if changed {
                        self.recurate();
                    }
                }
                Command::ToggleCuration => {
                    self.state.is_curation_open = !self.state.is_curation_open;
                }
                Command::ToggleMarked(id) => {
                    let marked = &mut self.state.marked;
                    match marked.iter().position(|m| *m == id) {
                        Some(i) => {
                            marked.remove(i);
                        }
                        None => marked.push(id),
                    }
                }
                Command::MarkMany(ids) => {
                    let mut ids = ids.into_iter();
                    if self.state.selection == Selection::None {
                        if let Some(first) = ids.next() {
                            self.state.select(Selection::Entity(first));
                        }
                    }
                    for id in ids {
                        let is_new = !self.state.marked.contains(&id)
                            && self.state.selection != Selection::Entity(id);
                        if is_new {
                            self.state.marked.push(id);
                        }
                    }
                }
                Command::FindPaths(from, to) => self.find_paths(from, to),
                Command::ClearPaths => self.state.paths = None,
                Command::OpenDialog(dialog) => self.dialog = Some(dialog),
            }
        }
    }

    /// The three shortest paths from `from` to `to` through what the view shows (kinds,
    /// documents and minimum of passages), for the canvas and the side panel.
    fn find_paths(&mut self, from: EntityId, to: EntityId) {
        let Some(data) = &self.data else { return };
        let g = &data.extraction.graph;
        let state = &self.state;
        let hidden: Vec<crate::corpus::DocId> = state
            .hidden_docs
            .iter()
            .filter_map(|d| data.corpus.doc_id(d))
            .collect();
        let kind_shown = |id: EntityId| g.entity(id).is_some_and(|e| state.is_kind_visible(e.kind));
        let keep = |r: &crate::graph::Relation| {
            let shown = r
                .passages
                .iter()
                .filter(|p| !hidden.contains(&p.doc))
                .count();
            (r.is_by_hand() || shown >= state.min_weight)
                && state.is_confident(r)
                && kind_shown(r.source)
                && kind_shown(r.target)
        };
        let paths = crate::analysis::path::shortest_paths(g, from, to, 3, keep);
        self.state.paths = Some(state::PathsShown { from, to, paths });
    }

    /// Shows the graph the edits give now, and saves the edits. The view carries over:
    /// node positions, camera, selection and history follow entity keys.
    fn recurate(&mut self) {
        let Some(data) = &mut self.data else { return };
        let old = std::mem::take(&mut data.extraction);
        data.extraction = data.curator.curate(&data.corpus);
        // Figures of the old graph would be read against the new ids: none until the
        // worker has the new ones. Every community collapsed stays so; a choice of
        // some does not outlive the numbering it was made in.
        if !self.state.is_all_collapsed {
            self.state.collapsed.clear();
        }
        data.analysis = crate::analysis::Analysis::default();
        self.figures.graph_changed();
        let graph = &data.extraction.graph;
        let carry = |s: Selection| snapshot::SavedSelection::of(s, &old.graph).resolve(graph);
        self.state.selection = carry(self.state.selection);
        self.state.paths = None;
        let history = std::mem::take(&mut self.state.history);
        let at = self.state.history_at;
        self.state.history = history.iter().map(|s| carry(*s)).collect();
        self.state.history_at = at.min(self.state.history.len().saturating_sub(1));
        self.state.marked = std::mem::take(&mut self.state.marked)
            .into_iter()
            .filter_map(|id| match carry(Selection::Entity(id)) {
                Selection::Entity(id) => Some(id),
                _ => None,
            })
            .collect();
        if let Some(canvas) = &self.canvas {
            // Where every entity shown since the load was last: an entity an undo brings
            // back returns to its place.
            for (key, p) in canvas.positions_by_key(&old.graph) {
                self.places.insert(key, p);
            }
            let positions: Vec<(String, [f32; 2])> =
                self.places.iter().map(|(k, p)| (k.clone(), *p)).collect();
            self.canvas = Some(Canvas::carried_over(graph, &positions, canvas.camera()));
        }
        let dir = data.corpus.root.clone();
        self.curation_message = Some(saved_message(
            data.curator.save(&dir, &self.curation),
            &dir,
            &self.curation,
        ));
    }

    /// Writes a snapshot of the current view; returns the message to show.
    fn save_snapshot(&self, path: &Path) -> String {
        let (Some(data), Some(canvas)) = (&self.data, &self.canvas) else {
            return "Nothing to save yet.".into();
        };
        let graph = &data.extraction.graph;
        let snap = snapshot::Snapshot::capture(
            &self.state,
            graph,
            canvas.positions_by_key(graph),
            canvas.camera(),
            &data.curator.history.curation().edits,
        );
        match snap.save(path) {
            Ok(()) => format!("Saved {}", path.display()),
            Err(e) => e,
        }
    }

    /// Writes an export; returns the message to show.
    fn export(&self, request: &export_dialog::ExportRequest) -> String {
        let (Some(data), Some(canvas)) = (&self.data, &self.canvas) else {
            return "Nothing to export yet.".into();
        };
        let is_picture = matches!(
            request.format,
            crate::export::Format::Svg | crate::export::Format::Png | crate::export::Format::Dot
        );
        // The whole graph is what `nexo export` writes: the relations at the default
        // confidence (entity ids are the same, so the layout's positions still fit).
        let whole;
        let (graph, scene) = match request.scope {
            // Data formats hold entities: a collapsed community is opened for them.
            state::ExportScope::CurrentView if !is_picture && !self.state.collapsed.is_empty() => {
                let graph = &data.extraction.graph;
                (graph, canvas.expanded_scene(graph))
            }
            state::ExportScope::CurrentView => (&data.extraction.graph, canvas.scene()),
            state::ExportScope::WholeGraph => {
                whole = data
                    .extraction
                    .graph
                    .at_confidence(crate::graph::DEFAULT_MIN_CONFIDENCE);
                let scene = canvas.whole_scene(&whole);
                (&whole, scene)
            }
        };
        let caption = format!(
            "Nexo · {} · {} · {} of {} entities",
            crate::export::corpus_name(&data.corpus),
            match request.scope {
                state::ExportScope::CurrentView => "current view",
                state::ExportScope::WholeGraph => "whole graph",
            },
            scene.nodes.len(),
            graph.entity_count(),
        );
        let picture = crate::export::ExportOptions {
            width_px: request.width_px,
            scale: request.scale,
            caption,
            csv_formulas: crate::export::formats::CsvFormulas::Keep,
            // The current view carries the figures the view shows (those of its
            // filters, else the whole graph's at the default confidence), once they
            // are there; the whole graph, its own.
            figures: match request.scope {
                state::ExportScope::CurrentView if !self.figures.is_busy() => {
                    Some(data.analysis.clone())
                }
                state::ExportScope::CurrentView => Some(crate::analysis::analyse(
                    &data
                        .extraction
                        .graph
                        .at_confidence(crate::graph::DEFAULT_MIN_CONFIDENCE),
                )),
                state::ExportScope::WholeGraph => None,
            },
        };
        match crate::export::write_scene(
            request.format,
            &data.corpus,
            graph,
            &scene,
            &request.path,
            &picture,
            crate::export::Replace::Writable,
        ) {
            Ok(files) => format!(
                "Wrote {}",
                files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Err(e) => format!("Export failed: {e}"),
        }
    }

    fn keyboard(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if ctx.egui_wants_keyboard_input() {
            if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
                commands.push(Command::Select(Selection::None));
            }
            return;
        }
        if self.dialog.is_some() {
            // The dialog has the keys (Enter, Escape).
            return;
        }
        self.edit_keys(ctx, commands);
        let is_reader_open = self.state.reader.is_some();
        let is_sheet_open = self.state.is_shortcuts_open;
        let has_paths = self.state.paths.is_some();
        ctx.input(|i| {
            // Escape closes the shortcut sheet, then the reader, then clears the
            // selection.
            if i.key_pressed(egui::Key::Escape) {
                commands.push(if is_sheet_open {
                    Command::ToggleShortcuts
                } else if is_reader_open {
                    Command::CloseReader
                } else if has_paths {
                    Command::ClearPaths
                } else {
                    Command::Select(Selection::None)
                });
            }
            if i.key_pressed(egui::Key::F) && !i.modifiers.command {
                commands.push(Command::Fit);
            }
            if i.key_pressed(egui::Key::Space) {
                commands.push(Command::TogglePause);
            }
            // + and − zoom the network (with or without Ctrl), never the whole UI.
            if i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals) {
                commands.push(Command::Zoom(ZOOM_STEP));
            }
            if i.key_pressed(egui::Key::Minus) {
                commands.push(Command::Zoom(1.0 / ZOOM_STEP));
            }
            if i.key_pressed(egui::Key::F1) || i.key_pressed(egui::Key::Questionmark) {
                commands.push(Command::ToggleShortcuts);
            }
            // Back and forward through selections, as in a browser.
            let back = i.modifiers.alt && i.key_pressed(egui::Key::ArrowLeft)
                || i.pointer.button_pressed(egui::PointerButton::Extra1);
            let forward = i.modifiers.alt && i.key_pressed(egui::Key::ArrowRight)
                || i.pointer.button_pressed(egui::PointerButton::Extra2);
            if back {
                commands.push(Command::Back);
            }
            if forward {
                commands.push(Command::Forward);
            }
        });
    }
}

impl App {
    /// Undo, redo, and the edits of the selection: Delete hides, F2 renames, M merges.
    fn edit_keys(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some(data) = &self.data else { return };
        let selected = curate::selected_entities(&self.state);
        ctx.input_mut(|i| {
            let shift_z = egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                egui::Key::Z,
            );
            let ctrl_y = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);
            let ctrl_z = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
            // The one with more modifiers first: Ctrl+Z alone would match Ctrl+Shift+Z.
            if i.consume_shortcut(&shift_z) || i.consume_shortcut(&ctrl_y) {
                commands.push(Command::Redo);
            } else if i.consume_shortcut(&ctrl_z) {
                commands.push(Command::Undo);
            }
            if i.modifiers.is_none() && i.key_pressed(egui::Key::Delete) {
                let hides: Vec<Edit> = selected
                    .iter()
                    .filter_map(|id| data.extraction.graph.entity(*id))
                    .map(|e| Edit::Hide { id: e.key.clone() })
                    .collect();
                if !hides.is_empty() {
                    commands.push(Command::CurateAll(hides));
                }
            }
            if i.key_pressed(egui::Key::F2) {
                if let Selection::Entity(id) = self.state.selection {
                    commands.extend(curate::rename_dialog(data, id).map(Command::OpenDialog));
                }
            }
            if i.modifiers.is_none() && i.key_pressed(egui::Key::M) {
                commands.extend(curate::merge_dialog(data, &selected).map(Command::OpenDialog));
            }
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_load(&ctx);
        if let Some(data) = &mut self.data {
            if self.figures.update(data, &self.state, &ctx) {
                if let Some(canvas) = &mut self.canvas {
                    canvas.redraw_figures();
                }
                // Communities are numbered anew with new figures: "every community
                // collapsed" stays so, a choice of some does not survive.
                self.state.collapsed = if self.state.is_all_collapsed {
                    data.analysis.groups()
                } else {
                    Vec::new()
                };
            }
        }
        let mut commands = Vec::new();
        self.keyboard(&ctx, &mut commands);
        let (is_moving, is_paused) = self
            .canvas
            .as_ref()
            .map_or((false, false), |c| (c.is_moving(), c.is_paused));
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                let open_input = &mut self.open_input;
                let snapshot_input = &mut self.snapshot_input;
                let snapshot_message = &self.snapshot_message;
                let replace_confirmed = &mut self.is_snapshot_replace_confirmed;
                // Clicking the path fields inside must not close the menu (only a
                // click outside does, or the buttons that act).
                let file_menu = egui::containers::menu::MenuButton::new("File").config(
                    egui::containers::menu::MenuConfig::new()
                        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
                );
                file_menu.ui(ui, |ui| {
                    ui.label("Open a folder of .txt / .md documents:");
                    let field = ui
                        .horizontal(|ui| {
                            let field =
                                ui.add(egui::TextEdit::singleline(open_input).desired_width(300.0));
                            if ui.button("Browse…").clicked() {
                                if let Some(dir) = rfd::FileDialog::new()
                                    .set_title("Open a folder of documents")
                                    .pick_folder()
                                {
                                    commands.push(Command::OpenCorpus(dir));
                                    ui.close();
                                }
                            }
                            field
                        })
                        .inner;
                    let is_enter =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("Open folder").clicked() || is_enter {
                        commands.push(Command::OpenCorpus(PathBuf::from(open_input.trim())));
                        ui.close();
                    }
                    ui.separator();
                    ui.label("Session snapshot (.nexo.json):");
                    let typed =
                        ui.add(egui::TextEdit::singleline(snapshot_input).desired_width(360.0));
                    if typed.changed() {
                        *replace_confirmed = false;
                    }
                    // Never replace a file without asking.
                    let exists = Path::new(snapshot_input.trim()).is_file();
                    if exists {
                        ui.horizontal(|ui| {
                            ui.colored_label(
                                egui::Color32::from_rgb(0xf2, 0x8e, 0x2b),
                                "This file exists.",
                            );
                            ui.checkbox(replace_confirmed, "Replace it");
                        });
                    }
                    ui.horizontal(|ui| {
                        let can_save = !exists || *replace_confirmed;
                        if ui
                            .add_enabled(can_save, egui::Button::new("Save snapshot"))
                            .clicked()
                        {
                            commands
                                .push(Command::SaveSnapshot(PathBuf::from(snapshot_input.trim())));
                            *replace_confirmed = false;
                        }
                        if ui.button("Open snapshot").clicked() {
                            commands
                                .push(Command::OpenSnapshot(PathBuf::from(snapshot_input.trim())));
                            ui.close();
                        }
                        if ui.button("Save as…").clicked() {
                            let picked = rfd::FileDialog::new()
                                .add_filter("Nexo snapshot", &["json"])
                                .set_file_name("view.nexo.json")
                                .save_file();
                            if let Some(path) = picked {
                                *snapshot_input = path.display().to_string();
                                commands.push(Command::SaveSnapshot(path));
                            }
                        }
                        if ui.button("Open…").clicked() {
                            let picked = rfd::FileDialog::new()
                                .add_filter("Nexo snapshot", &["json"])
                                .pick_file();
                            if let Some(path) = picked {
                                *snapshot_input = path.display().to_string();
                                commands.push(Command::OpenSnapshot(path));
                                ui.close();
                            }
                        }
                    });
                    if let Some(m) = snapshot_message {
                        ui.label(m.as_str());
                    }
                    ui.separator();
                    if ui.button("Export… (Ctrl+E)").clicked() {
                        commands.push(Command::OpenExport);
                        ui.close();
                    }
                    if ui.button("Keyboard and mouse… (F1)").clicked() {
                        commands.push(Command::ToggleShortcuts);
                        ui.close();
                    }
                    if ui.button("Open the bundled corpus").clicked() {
                        commands.push(Command::OpenCorpus(crate::cli::default_corpus()));
                        ui.close();
                    }
                });
                curate::edit_menu_ui(ui, self.data.as_ref(), &mut commands);
                let actors = ui.button("Actors").on_hover_text(
                    "Every entity with its links, passages, betweenness, PageRank, \
                     eigenvector and community; sort by any",
                );
                if actors.clicked() {
                    self.state.is_actors_open = !self.state.is_actors_open;
                }
                let timeline = ui
                    .button("Timeline")
                    .on_hover_text("Passages per month, a range of months to show, and Play");
                if timeline.clicked() {
                    self.state.is_timeline_open = !self.state.is_timeline_open;
                }
                if ui.button("Export").on_hover_text("Ctrl+E").clicked() {
                    commands.push(Command::OpenExport);
                }
            });
            top_bar::top_bar_ui(
                ui,
                &mut self.state,
                self.data.as_ref(),
                is_moving,
                is_paused,
                &mut commands,
            );
            if let (Some(data), state::Coloring::Community) = (&self.data, self.state.coloring) {
                top_bar::community_legend_ui(ui, &self.state, data, &mut commands);
            }
        });
        let visible = self.canvas.as_ref().map(Canvas::visible_counts);
        egui::Panel::bottom("status").show(ui, |ui| {
            status_bar::status_bar_ui(
                ui,
                &self.state,
                self.data.as_ref(),
                visible,
                self.load_message().as_deref(),
                &mut commands,
            );
        });
        if let (Some(data), true) = (&self.data, self.state.is_timeline_open) {
            egui::Panel::bottom("timeline").show(ui, |ui| {
                timeline::timeline_ui(ui, &mut self.state, data);
            });
        }
        if self.state.is_playing {
            let is_due = self
                .last_play_step
                .is_none_or(|t| t.elapsed() >= timeline::PLAY_STEP);
            if is_due {
                if let Some(data) = &self.data {
                    // The first month shows first; then one more each step.
                    if self.last_play_step.is_some() && !timeline::step_play(&mut self.state, data)
                    {
                        self.state.is_playing = false;
                    }
                }
                self.last_play_step = Some(std::time::Instant::now());
            }
            ctx.request_repaint_after(timeline::PLAY_STEP);
        } else {
            self.last_play_step = None;
        }
        if let Some(data) = &self.data {
            // The panel keeps the width the user gives it: its rows wrap instead of
            // widening it, and it never takes more than 45 % of the window.
            let max = (ui.available_width() * 0.45).max(280.0);
            egui::Panel::right("evidence")
                .resizable(true)
                .default_size(380.0)
                .min_size(260.0)
                .max_size(max)
                .show(ui, |ui| {
                    evidence_panel::evidence_panel_ui(ui, &self.state, data, &mut commands);
                });
        }
        if ctx.input(|i| i.modifiers.command && i.key_pressed(egui::Key::E)) {
            self.state.is_export_open = true;
        }
        export_dialog::export_dialog_ui(
            &ctx,
            &mut self.state,
            self.export_message.as_deref(),
            &mut commands,
        );
        shortcuts_ui(&ctx, &mut self.state.is_shortcuts_open);
        if let (Some(data), true) = (&self.data, self.state.is_actors_open) {
            let free = ui.available_rect_before_wrap();
            actors::actors_ui(
                &ctx,
                free,
                &mut self.state,
                data,
                &self.figures,
                &mut commands,
            );
        }
        if let Some(data) = &self.data {
            curate::curation_window_ui(
                &ctx,
                ui.available_rect_before_wrap(),
                &mut self.state.is_curation_open,
                data,
                self.curation_message.as_deref(),
                &mut commands,
            );
            if let Some(edit) = curate::dialog_ui(&ctx, &mut self.dialog, data) {
                commands.push(Command::Curate(edit));
            }
        }
        if let (Some(data), Some(target)) = (&self.data, &self.state.reader) {
            // The reader opens over the canvas, never over the bars.
            let free = ui.available_rect_before_wrap();
            reader::reader_ui(&ctx, free, target, &self.state, data, &mut commands);
        }
        egui::CentralPanel::default().show(ui, |ui| match (&self.data, &mut self.canvas) {
            (Some(data), Some(canvas)) => commands.extend(canvas.ui(ui, data, &self.state)),
            _ => {
                ui.centered_and_justified(|ui| match &self.load {
                    Load::Failed { message, .. } => ui.label(message.as_str()),
                    _ => ui.spinner(),
                });
            }
        });
        self.apply(commands, &ctx);
        if let Some(started) = self.startup_probe.filter(|_| self.canvas.is_some()) {
            // Reported once; `save` still sees a probe run through `probe_reported`.
            self.startup_probe = None;
            self.probe_reported = true;
            eprintln!(
                "first frame with the corpus: {} ms after process start",
                started.elapsed().as_millis()
            );
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.startup_probe.is_some() || self.probe_reported {
            // A measurement run leaves the user's remembered session alone.
            return;
        }
        if let (Some(c), Some(data), Some(corpus)) = (&self.canvas, &self.data, &self.state.corpus)
        {
            let graph = &data.extraction.graph;
            let positions = c.positions_by_key(graph);
            self.state.layout = Some(state::SavedLayout {
                corpus: corpus.clone(),
                positions,
                selection: snapshot::SavedSelection::of(self.state.selection, graph),
                camera: c.camera().filter(|(z, p)| snapshot::is_sane_camera(*z, *p)),
            });
        }
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}

impl App {
    fn load_message(&self) -> Option<String> {
        match &self.load {
            Load::Idle => self.state_message.clone(),
            Load::InProgress { path, progress, .. } => {
                let (done, total) = (
                    progress.0.load(Ordering::Relaxed),
                    progress.1.load(Ordering::Relaxed),
                );
                Some(format!(
                    "Loading {}… {done}/{total} files read, then extracting",
                    path.display()
                ))
            }
            Load::Failed { path, message } => {
                Some(format!("Could not open {}: {message}", path.display()))
            }
        }
    }
}

/// Opens the viewer window.
///
/// # Errors
/// When no window can be created (no display, no OpenGL).
pub fn run(
    corpus: Option<PathBuf>,
    catalog: Option<PathBuf>,
    curation: CurationFile,
    snapshot: Option<snapshot::Snapshot>,
    startup_probe: Option<std::time::Instant>,
    load_options: crate::corpus::LoadOptions,
) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Nexo")
            .with_inner_size([1400.0, 900.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Nexo",
        options,
        Box::new(move |cc| {
            Ok(Box::new(App::new(
                cc,
                corpus,
                catalog,
                curation,
                snapshot,
                startup_probe,
                load_options,
            )))
        }),
    )
}
