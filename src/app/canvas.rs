//! The graph canvas: egui_graphs draws and hit-tests, Nexo's own [`ForceLayout`] moves
//! the nodes (egui_graphs is given a layout that does nothing).

use eframe::egui;
use egui_graphs::{
    DisplayEdge, DisplayNode, GraphChange, GraphView, Layout, LayoutState, SettingsInteraction,
    SettingsNavigation, SettingsStyle,
};
use petgraph::stable_graph::{EdgeIndex, IndexType, NodeIndex};
use petgraph::{EdgeType, Undirected};

use super::shapes::{EdgeShape, EdgeView, NodeShape, NodeView};
use super::state::{AppState, Command, NodeSizing, Selection};
use crate::graph::{EntityId, EvidenceGraph, RelationId};
use crate::layout::ForceLayout;

type ViewGraph = egui_graphs::Graph<NodeView, EdgeView, Undirected, u32, NodeShape, EdgeShape>;

/// egui_graphs' layout hook, left empty: positions come from [`ForceLayout`].
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct FixedState;

impl LayoutState for FixedState {}

/// A layout that never moves anything.
#[derive(Debug, Default)]
pub struct Fixed;

impl Layout<FixedState> for Fixed {
    fn from_state(_: FixedState) -> impl Layout<FixedState> {
        Self
    }

    fn next<N, E, Ty, Ix, Dn, De>(
        &mut self,
        _: &mut egui_graphs::Graph<N, E, Ty, Ix, Dn, De>,
        _: &egui::Ui,
    ) where
        N: Clone,
        E: Clone,
        Ty: EdgeType,
        Ix: IndexType,
        Dn: DisplayNode<N, E, Ty, Ix>,
        De: DisplayEdge<N, E, Ty, Ix, Dn>,
    {
    }

    fn state(&self) -> FixedState {
        FixedState
    }
}

/// What decides which nodes and edges exist on the canvas; the view graph is rebuilt
/// only when this changes.
#[derive(Debug, Clone, PartialEq)]
struct VisibilityRequest {
    kinds: Vec<crate::kind::Kind>,
    min_weight: usize,
    min_confidence: f32,
    is_stated_only: bool,
    is_isolated_hidden: bool,
    sizing: NodeSizing,
    coloring: super::state::Coloring,
    hidden_docs: Vec<crate::corpus::DocId>,
    /// (centre, depth) when focus mode is on and an entity is selected.
    focus: Option<(EntityId, u8)>,
    /// The communities drawn as one node each.
    collapsed: Vec<u32>,
}

impl VisibilityRequest {
    fn from_state(state: &AppState, corpus: &crate::corpus::Corpus) -> Self {
        let focus = match (state.focus_depth, state.selection) {
            (Some(depth), Selection::Entity(id)) => Some((id, depth.clamp(1, 3))),
            _ => None,
        };
        Self {
            kinds: state.visible_kinds.clone(),
            min_weight: state.min_weight,
            min_confidence: state.min_confidence,
            is_stated_only: state.is_stated_only,
            is_isolated_hidden: state.is_isolated_hidden,
            sizing: state.sizing,
            coloring: state.coloring,
            hidden_docs: hidden_doc_ids(state, corpus),
            focus,
            collapsed: state.collapsed.clone(),
        }
    }
}

/// The documents the view leaves out: those the user left out, and those outside
/// the time bar's range.
pub(super) fn hidden_doc_ids(
    state: &AppState,
    corpus: &crate::corpus::Corpus,
) -> Vec<crate::corpus::DocId> {
    let mut ids: Vec<crate::corpus::DocId> = state
        .hidden_docs
        .iter()
        .filter_map(|d| corpus.doc_id(d))
        .chain(corpus.documents.iter().enumerate().filter_map(|(i, d)| {
            let date = d.metadata.date.as_deref();
            (!super::timeline::is_in_range(state, date)).then_some(crate::corpus::DocId(i as u32))
        }))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Layout steps running on a worker thread, on a copy of the layout.
struct LayoutJob {
    /// The layout generation it began in.
    generation: u64,
    /// Where the moved copy comes back.
    moved: std::sync::mpsc::Receiver<ForceLayout>,
    /// Raised by a frame: stop after this step and send the copy.
    is_wanted: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// The room Fit leaves around the nodes before labels are measured.
const FIT_PADDING: f32 = 0.08;
/// The most room Fit leaves for labels (a share of the nodes' extent).
const MAX_FIT_PADDING: f32 = 1.0;

/// The canvas and its layout.
pub struct Canvas {
    view: ViewGraph,
    node_of: Vec<Option<NodeIndex<u32>>>,
    edge_of: Vec<Option<EdgeIndex<u32>>>,
    layout: ForceLayout,
    /// The batch of layout steps running on a worker.
    layout_job: Option<LayoutJob>,
    /// Bumped when the layout is reheated, filtered, frozen or restored: a batch
    /// begun before is dropped.
    layout_generation: u64,
    request: Option<VisibilityRequest>,
    /// Labels always shown for the most connected nodes.
    hubs: Vec<bool>,
    fit_frames: u8,
    /// The user paused the layout.
    pub is_paused: bool,
    last_selection: Selection,
    /// The entities selected together, as last drawn.
    last_marked: Vec<EntityId>,
    /// The paths shown, as last drawn.
    last_paths: Option<super::state::PathsShown>,
    /// Frames still drawn through GraphView after activity stops (so hover and
    /// selection state settle before the canvas goes quiet).
    was_live_frames: u8,
    pending_center: Option<EntityId>,
    /// Zoom and pan as last drawn.
    camera: Option<(f32, [f32; 2])>,
    /// Zoom and pan to restore on the next frame.
    pending_camera: Option<(f32, [f32; 2])>,
    /// The user zoomed or panned: the moving layout no longer refits the view.
    is_camera_held: bool,
    /// Zoom factors asked for by keys or buttons, applied on the next frame around the
    /// canvas's centre.
    pending_zoom: f32,
    /// The canvas's size last frame: when the window or the side panel changes it, the
    /// view is refitted (unless the user holds the camera).
    last_size: egui::Vec2,
    /// The nodes the layout moves: those shown with at least one edge shown.
    active: Vec<bool>,
    /// Room Fit leaves around the nodes, as a share of their extent: grows while
    /// fitting until the labels fit too.
    fit_padding: f32,
    /// How far (pixels) the labels went past the canvas's edge in the last frame.
    label_overflow: f32,
    /// The entities drawn inside collapsed communities (not as nodes of their own).
    folded_entities: Vec<EntityId>,
    /// The relations shown that touch a collapsed community (inside one, or bundled).
    folded_relations: Vec<RelationId>,
    /// The canvas's top left corner on screen, as last drawn (the camera's pan is
    /// from there).
    origin: egui::Pos2,
    /// Shown nodes with no edge shown, and their radius, kept in rows under the
    /// network, not in it.
    isolated: Vec<(EntityId, f32)>,
    /// The node under the pointer when the context menu was opened (none: the canvas).
    context_node: Option<EntityId>,
    /// The context menu is open (the hover tooltip then stays away from it).
    is_menu_open: bool,
    /// The search text whose matches are ringed (`None`: not applied yet).
    ringed_search: Option<String>,
    /// Where a Shift+drag started (a rectangle that selects the nodes inside it).
    band_start: Option<egui::Pos2>,
}

/// Id under which egui_graphs keeps the canvas's zoom and pan.
const CANVAS_ID: &str = "nexo-canvas";

/// Fit never zooms in further than this: a few nodes stay node-sized.
const MAX_FIT_ZOOM: f32 = 2.5;

/// Most connected visible entities that always keep their label.
const HUB_LABELS: usize = 15;

/// A view of at most this many nodes labels every one (where there is room).
const ALL_LABELS_UP_TO: usize = 60;

impl Canvas {
    /// A canvas for `graph`, laid out from scratch.
    pub fn new(graph: &EvidenceGraph) -> Self {
        let mut layout = Self::layout_of(graph);
        // Settle most of the way before the first frame, within a small time budget, so
        // a user sees a readable network at once; a big graph finishes live.
        let started = std::time::Instant::now();
        while !layout.is_settled() && started.elapsed() < std::time::Duration::from_millis(150) {
            layout.step();
        }
        Self::with_layout(graph, layout)
    }

    /// A canvas for `graph` after an edit changed it: every node stays where it was
    /// (`positions`, by key) and the camera with them; a new node (split off) goes
    /// beside its first neighbour that has a place. Nothing moves until the user asks
    /// to re-run the layout.
    pub fn carried_over(
        graph: &EvidenceGraph,
        positions: &[(String, [f32; 2])],
        camera: Option<(f32, [f32; 2])>,
    ) -> Self {
        let by_key: std::collections::HashMap<&str, [f32; 2]> =
            positions.iter().map(|(k, p)| (k.as_str(), *p)).collect();
        let mut placed: Vec<Option<[f32; 2]>> = graph
            .entities()
            .iter()
            .map(|e| by_key.get(e.key.as_str()).copied())
            .collect();
        for id in graph.entity_ids() {
            if placed[id.index()].is_some() {
                continue;
            }
            let beside = graph
                .relations_of(id)
                .iter()
                .filter_map(|r| graph.relation(*r))
                .find_map(|r| placed[r.other(id).index()]);
            placed[id.index()] = beside.map(|[x, y]| [x + 40.0, y + 40.0]);
        }
        let mut layout = Self::layout_of(graph);
        layout.restore(&placed);
        layout.freeze();
        let mut canvas = Self::with_layout(graph, layout);
        if camera.is_some() {
            canvas.pending_camera = camera;
            canvas.fit_frames = 0;
        }
        canvas
    }

    fn layout_of(graph: &EvidenceGraph) -> ForceLayout {
        ForceLayout::of_graph(graph)
    }

    fn with_layout(graph: &EvidenceGraph, layout: ForceLayout) -> Self {
        Self {
            view: ViewGraph::new(),
            node_of: Vec::new(),
            edge_of: Vec::new(),
            layout,
            layout_job: None,
            layout_generation: 0,
            request: None,
            // Chosen among the visible nodes when the view is built.
            hubs: vec![false; graph.entity_count()],
            fit_frames: 3,
            is_paused: false,
            last_selection: Selection::None,
            last_marked: Vec::new(),
            last_paths: None,
            was_live_frames: 2,
            pending_center: None,
            camera: None,
            pending_camera: None,
            is_camera_held: false,
            pending_zoom: 1.0,
            last_size: egui::Vec2::ZERO,
            active: Vec::new(),
            isolated: Vec::new(),
            origin: egui::Pos2::ZERO,
            folded_entities: Vec::new(),
            folded_relations: Vec::new(),
            fit_padding: FIT_PADDING,
            label_overflow: 0.0,
            context_node: None,
            is_menu_open: false,
            ringed_search: None,
            band_start: None,
        }
    }

    /// Paints the current view with the same node and edge renderers, through
    /// egui_graphs' public drawing types, without its per-frame repaint request.
    fn paint_still(&mut self, ui: &mut egui::Ui) {
        let (rect, _) = ui.allocate_exact_size(ui.available_size(), egui::Sense::click_and_drag());
        let mut meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
        meta.pan += rect.left_top().to_vec2();
        let painter = ui.painter_at(rect);
        let style = SettingsStyle::new().with_labels_always(false);
        let ctx = egui_graphs::DrawContext {
            ctx: ui.ctx(),
            painter: &painter,
            style: &style,
            is_directed: false,
            meta: &meta,
        };
        let mut shapes = Vec::new();
        super::shapes::clear_batches();
        let edges: Vec<EdgeIndex<u32>> = self.view.g().edge_indices().collect();
        for e in edges {
            let Some((a, b)) = self.view.edge_endpoints(e) else {
                continue;
            };
            let (Some(start), Some(end)) = (self.view.node(a).cloned(), self.view.node(b).cloned())
            else {
                continue;
            };
            if let Some(edge) = self.view.edge_mut(e) {
                shapes.extend(edge.display_mut().shapes(&start, &end, &ctx));
            }
        }
        // Dimmed nodes first, then the rest, so the focus is drawn on top.
        let mut nodes: Vec<NodeIndex<u32>> = self.view.g().node_indices().collect();
        nodes.sort_by_key(|n| {
            self.view
                .node(*n)
                .map(|n| (!n.payload().is_dimmed, n.selected()))
        });
        for n in nodes {
            if let Some(node) = self.view.node_mut(n) {
                let props = node.props().clone();
                let display = node.display_mut();
                <NodeShape as DisplayNode<NodeView, EdgeView, Undirected, u32>>::update(
                    display, &props,
                );
                shapes.extend(<NodeShape as DisplayNode<
                    NodeView,
                    EdgeView,
                    Undirected,
                    u32,
                >>::shapes(display, &ctx));
            }
        }
        // The plain edges and the small nodes (one mesh each) under everything else.
        painter.add(super::shapes::take_edge_batch());
        painter.add(super::shapes::take_node_batch());
        painter.extend(shapes);
        super::shapes::paint_labels(ui.ctx(), &painter);
    }

    /// What is on the canvas now (positions, sizes, dimming, selection), for exports of
    /// the current view.
    pub fn scene(&self) -> crate::export::scene::Scene {
        use crate::export::scene::{Scene, SceneEdge, SceneNode};
        let positions = self.layout.positions();
        let mut nodes: Vec<SceneNode> = self
            .view
            .nodes_iter()
            .map(|(_, n)| {
                let v = n.payload();
                let p = positions
                    .get(v.entity.index())
                    .copied()
                    .unwrap_or([0.0, 0.0]);
                SceneNode {
                    entity: v.entity,
                    x: p[0],
                    y: p[1],
                    radius: v.radius,
                    is_dimmed: v.is_dimmed,
                    is_selected: n.selected(),
                    members: v.members,
                }
            })
            .collect();
        nodes.sort_by_key(|n| n.entity);
        let mut edges: Vec<SceneEdge> = self
            .view
            .edges_iter()
            .map(|(_, e)| {
                let v = e.payload();
                SceneEdge {
                    relation: v.relation,
                    is_dimmed: v.is_dimmed,
                    is_highlighted: v.is_highlighted || e.selected(),
                }
            })
            .collect();
        edges.sort_by_key(|e| e.relation);
        Scene { nodes, edges }
    }

    /// The current view with its collapsed communities opened: every entity and
    /// relation they stand for, at the places the layout keeps for them (what the
    /// data formats export; pictures keep the communities as drawn).
    pub fn expanded_scene(&self, graph: &EvidenceGraph) -> crate::export::scene::Scene {
        use crate::export::scene::{SceneEdge, SceneNode};
        let mut scene = self.scene();
        let positions = self.layout.positions();
        for node in &mut scene.nodes {
            node.members = 0;
        }
        scene.nodes.extend(self.folded_entities.iter().map(|&id| {
            let p = positions.get(id.index()).copied().unwrap_or([0.0, 0.0]);
            SceneNode {
                entity: id,
                x: p[0],
                y: p[1],
                radius: crate::export::scene::node_radius(graph.degree(id)),
                is_dimmed: false,
                is_selected: false,
                members: 0,
            }
        }));
        scene.nodes.sort_by_key(|n| n.entity);
        // A bundle's edge stood for one of the folded relations: each comes back once.
        scene
            .edges
            .retain(|e| !self.folded_relations.contains(&e.relation));
        scene
            .edges
            .extend(self.folded_relations.iter().map(|&relation| SceneEdge {
                relation,
                is_dimmed: false,
                is_highlighted: false,
            }));
        scene.edges.sort_by_key(|e| e.relation);
        scene
    }

    /// Every entity and relation with the canvas's positions (export scope "whole graph").
    pub fn whole_scene(&self, graph: &EvidenceGraph) -> crate::export::scene::Scene {
        let positions = self.layout.positions();
        crate::export::scene::Scene::plain(
            graph.entity_ids().map(|id| {
                let p = positions.get(id.index()).copied().unwrap_or([0.0, 0.0]);
                (id, p, graph.degree(id))
            }),
            graph.relation_ids(),
        )
    }

    /// Entities and relations currently on the canvas.
    pub fn visible_counts(&self) -> (usize, usize) {
        (self.view.node_count(), self.view.edge_count())
    }

    /// True while the layout still moves.
    pub fn is_moving(&self) -> bool {
        !self.is_paused && !self.layout.is_settled()
    }

    /// Moves the layout on without making a frame wait for it: steps run on a worker
    /// thread, on a copy, until the next frame asks for them (a frame only raises a
    /// flag); the frame after takes what the copy moved and starts the next batch. A
    /// batch begun before a reheat, a filter or a restore is dropped.
    fn run_layout(&mut self, ctx: &egui::Context) {
        /// The longest batch, for when no frame comes to ask.
        const LONGEST: std::time::Duration = std::time::Duration::from_millis(100);
        if !self.is_moving() {
            self.layout_job = None;
            return;
        }
        if let Some(job) = &self.layout_job {
            match job.moved.try_recv() {
                Ok(moved) => {
                    if job.generation == self.layout_generation {
                        self.layout.adopt(&moved);
                    }
                    self.layout_job = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    job.is_wanted
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                    return;
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.layout_job = None,
            }
        }
        if self.is_moving() {
            let mut copy = self.layout.clone();
            let (tx, moved) = std::sync::mpsc::channel();
            let is_wanted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let asked = std::sync::Arc::clone(&is_wanted);
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                let started = std::time::Instant::now();
                loop {
                    copy.step();
                    let is_done = copy.is_settled()
                        || asked.load(std::sync::atomic::Ordering::Relaxed)
                        || started.elapsed() > LONGEST;
                    if is_done {
                        break;
                    }
                }
                let _ = tx.send(copy);
                ctx.request_repaint();
            });
            self.layout_job = Some(LayoutJob {
                generation: self.layout_generation,
                moved,
                is_wanted,
            });
        }
    }

    /// Fits the graph to the view on the next frames.
    pub fn fit(&mut self) {
        self.fit_frames = 2;
        self.fit_padding = FIT_PADDING;
        self.is_camera_held = false;
    }

    /// Zooms by `factor` around the canvas's centre on the next frame (keys, buttons).
    pub fn zoom_by(&mut self, factor: f32) {
        self.pending_zoom *= factor;
        self.was_live_frames = 2;
    }

    /// The hovered node's name, kind, mentions and links, at the pointer, at once (an
    /// ordinary tooltip waits for the pointer to rest, and by then the canvas has gone
    /// still and stopped asking for one).
    fn node_tooltip(&self, ui: &egui::Ui, graph: &EvidenceGraph) {
        // Over the canvas itself, not over a window (the reader) above it.
        let pointer_in = ui.ctx().pointer_hover_pos().is_some_and(|p| {
            ui.max_rect().contains(p) && ui.ctx().layer_id_at(p) == Some(ui.layer_id())
        });
        let Some(hovered) = self.view.hovered_node().and_then(|i| self.view.node(i)) else {
            return;
        };
        if self.is_menu_open {
            return;
        }
        let entity = hovered.payload().entity;
        let Some(e) = graph.entity(entity).filter(|_| pointer_in) else {
            return;
        };
        let members = hovered.payload().members;
        let text = if members > 0 {
            format!(
                "A community of {members} entities, around {}. Double-click to open it.",
                e.name
            )
        } else {
            format!(
                "{} ({}) — {} mentions, {} links",
                e.name,
                e.kind,
                e.mentions,
                graph.degree(entity)
            )
        };
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            egui::Id::new("nexo-node-tooltip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| ui.label(text));
    }

    /// Follows a Shift+drag over the canvas: paints its rectangle while the button is
    /// down, and returns the visible entities inside it when it is let go.
    fn rubber_band(&mut self, ui: &egui::Ui, graph_rect: egui::Rect) -> Option<Vec<EntityId>> {
        let (shift, down, pressed, released, at) = ui.input(|i| {
            (
                i.modifiers.shift,
                i.pointer.primary_down(),
                i.pointer.primary_pressed(),
                i.pointer.primary_released(),
                i.pointer.interact_pos(),
            )
        });
        let at = at?;
        if pressed && shift && graph_rect.contains(at) && self.view.hovered_node().is_none() {
            self.band_start = Some(at);
        }
        let start = self.band_start?;
        let rect = egui::Rect::from_two_pos(start, at);
        if down {
            let painter = ui.painter_at(graph_rect);
            let blue = egui::Color32::from_rgb(0x4a, 0x90, 0xe2);
            painter.rect_filled(rect, 0.0, blue.gamma_multiply(0.12));
            painter.rect_stroke(rect, 0.0, (1.0, blue), egui::StrokeKind::Inside);
            return None;
        }
        self.band_start = None;
        if !released && rect.area() < 4.0 {
            return None;
        }
        let meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
        let positions = self.layout.positions();
        let inside: Vec<EntityId> = self
            .node_of
            .iter()
            .enumerate()
            .filter(|(_, idx)| idx.is_some())
            .filter_map(|(i, _)| {
                let p = positions.get(i)?;
                // screen = rect.min + pan + position × zoom
                let screen = graph_rect.min + meta.pan + egui::vec2(p[0], p[1]) * meta.zoom;
                rect.contains(screen).then_some(EntityId(i as u32))
            })
            .collect();
        (!inside.is_empty()).then_some(inside)
    }

    /// Zoom in, zoom out and fit, floating at the canvas's bottom-right corner as on a
    /// map.
    fn zoom_buttons(&mut self, ui: &egui::Ui) {
        let corner = ui.available_rect_before_wrap().right_bottom() - egui::vec2(12.0, 12.0);
        egui::Area::new(egui::Id::new("nexo-zoom-buttons"))
            .fixed_pos(corner)
            .pivot(egui::Align2::RIGHT_BOTTOM)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    let size = egui::vec2(28.0, 24.0);
                    let step = super::ZOOM_STEP;
                    let zoom_in = ui.add_sized(size, egui::Button::new("+"));
                    if zoom_in.on_hover_text("Zoom in (+, or the wheel)").clicked() {
                        self.zoom_by(step);
                    }
                    let zoom_out = ui.add_sized(size, egui::Button::new("−"));
                    if zoom_out
                        .on_hover_text("Zoom out (−, or the wheel)")
                        .clicked()
                    {
                        self.zoom_by(1.0 / step);
                    }
                    let fit = ui.add_sized(size, egui::Button::new("⛶"));
                    if fit.on_hover_text("Fit (F)").clicked() {
                        self.fit();
                    }
                });
            });
    }

    /// Scales the camera by `factor`, keeping the canvas point `at` (in the canvas's
    /// local coordinates) where it is on screen.
    fn zoom_at(&mut self, ui: &mut egui::Ui, at: egui::Vec2, factor: f32) {
        let mut meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
        let zoom = (meta.zoom * factor).clamp(0.02, 50.0);
        // screen = rect.min + pan + position × zoom: the point under `at` stays put.
        meta.pan = at - (at - meta.pan) * (zoom / meta.zoom);
        meta.zoom = zoom;
        meta.save(ui);
        self.is_camera_held = true;
        self.fit_frames = 0;
        self.was_live_frames = 2;
    }

    /// Zoom and pan as last drawn.
    pub fn camera(&self) -> Option<(f32, [f32; 2])> {
        self.camera
    }

    /// Restores a saved view exactly: positions frozen, camera set, no fitting.
    pub fn restore_view(
        &mut self,
        graph: &EvidenceGraph,
        positions: &[(String, [f32; 2])],
        camera: Option<(f32, [f32; 2])>,
    ) {
        self.restore_positions(graph, positions);
        self.layout.freeze();
        self.layout_generation += 1;
        if camera.is_some() {
            self.pending_camera = camera;
            self.fit_frames = 0;
        }
        self.request = None;
    }

    /// Pans to `id` on the next frame.
    pub fn center_on(&mut self, id: EntityId) {
        self.pending_center = Some(id);
        // The user asked for this place: a moving layout no longer refits away from it.
        self.is_camera_held = true;
    }

    /// Positions by entity key, for saving: only numbers a later start can show.
    pub fn positions_by_key(&self, graph: &EvidenceGraph) -> Vec<(String, [f32; 2])> {
        graph
            .entities()
            .iter()
            .zip(self.layout.positions())
            .filter(|(_, p)| crate::layout::is_sane_position(**p))
            .map(|(e, p)| (e.key.clone(), *p))
            .collect()
    }

    /// Puts back saved positions (same corpus); the layout then only polishes them.
    pub fn restore_positions(&mut self, graph: &EvidenceGraph, saved: &[(String, [f32; 2])]) {
        let by_key: std::collections::HashMap<&str, [f32; 2]> =
            saved.iter().map(|(k, p)| (k.as_str(), *p)).collect();
        let restored: Vec<Option<[f32; 2]>> = graph
            .entities()
            .iter()
            .map(|e| by_key.get(e.key.as_str()).copied())
            .collect();
        if restored.iter().any(Option::is_some) {
            self.layout.restore(&restored);
            self.layout_generation += 1;
            self.layout.reheat();
            self.layout_generation += 1;
            self.layout.cool_down();
        }
    }

    /// Puts the isolated nodes in rows under the laid-out network (biggest first), as
    /// a shelf apart from it.
    fn arrange_isolated(&mut self) {
        /// Space between two isolated nodes, in layout units.
        const STEP: f32 = 36.0;
        if self.layout.is_frozen() {
            // A restored view keeps every node where it was saved.
            return;
        }
        let positions = self.layout.positions();
        let (mut min_x, mut max_x, mut max_y) =
            (f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY);
        for (p, _) in positions.iter().zip(&self.active).filter(|(_, a)| **a) {
            min_x = min_x.min(p[0]);
            max_x = max_x.max(p[0]);
            max_y = max_y.max(p[1]);
        }
        if !min_x.is_finite() {
            (min_x, max_x, max_y) = (0.0, 0.0, -STEP);
        }
        // Rows as wide as the network (at least 8 small nodes), each node as far from
        // the last as their sizes need (a collapsed community is big).
        let width = (max_x - min_x).clamp(7.0 * STEP, 39.0 * STEP);
        let left = (min_x + max_x) / 2.0 - width / 2.0;
        let (mut x, mut y, mut row_height) = (left, max_y + 2.5 * STEP, 0.0_f32);
        for &(id, radius) in &self.isolated {
            let room = (2.0 * radius + 12.0).max(STEP);
            if x > left && x + room - STEP > left + width {
                // Room under a row of big nodes for their labels.
                let gap = if row_height > STEP { 24.0 } else { 0.0 };
                (x, y) = (left, y + row_height.max(STEP) + gap);
                row_height = 0.0;
            }
            let half = (room - STEP) / 2.0;
            self.layout.place(id.index(), [x + half, y + half]);
            x += room;
            row_height = row_height.max(room);
        }
    }

    /// The collapsed communities drawn: their head entity, their members, and where
    /// the node is on screen as last drawn.
    pub fn community_nodes(&self) -> Vec<(EntityId, u32, egui::Pos2)> {
        let (zoom, pan) = self.camera.unwrap_or((1.0, [0.0, 0.0]));
        self.view
            .nodes_iter()
            .filter(|(_, n)| n.payload().members > 0)
            .map(|(_, n)| {
                let p = n.location();
                let screen = self.origin + egui::vec2(p.x * zoom + pan[0], p.y * zoom + pan[1]);
                (n.payload().entity, n.payload().members, screen)
            })
            .collect()
    }

    /// How far (pixels) the labels went past the canvas's edge in the last frame.
    pub fn label_overflow(&self) -> f32 {
        self.label_overflow
    }

    /// How many nodes are ringed as search matches.
    pub fn ringed_count(&self) -> usize {
        self.view
            .g()
            .node_indices()
            .filter_map(|i| self.view.node(i))
            .filter(|n| n.payload().is_match)
            .count()
    }

    /// Rings the nodes whose name or alias matches `search` (as the search box finds
    /// them), and no others.
    fn ring_matches(&mut self, data: &super::Loaded, search: &str) {
        let matches = super::top_bar::search_matches(data, search, usize::MAX);
        let mut is_match = vec![false; data.extraction.graph.entity_count()];
        for id in matches {
            is_match[id.index()] = true;
        }
        let indices: Vec<NodeIndex<u32>> = self.view.g().node_indices().collect();
        for idx in indices {
            if let Some(n) = self.view.node_mut(idx) {
                let entity = n.payload().entity.index();
                n.payload_mut().is_match = is_match[entity];
            }
        }
        self.ringed_search = Some(search.to_string());
        self.was_live_frames = 2;
    }

    /// Pins an entity's node where it is, or lets it move again.
    pub fn set_pinned(&mut self, id: EntityId, is_pinned: bool) {
        self.layout.set_pinned(id.index(), is_pinned);
        if let Some(idx) = self.node_of.get(id.index()).copied().flatten() {
            if let Some(n) = self.view.node_mut(idx) {
                n.payload_mut().is_pinned = is_pinned;
            }
        }
        if !is_pinned {
            self.layout.reheat();
            self.layout_generation += 1;
        }
        self.was_live_frames = 2;
    }

    /// Draws the nodes again on the next frame, with the figures now in the data
    /// (sizes and community colours follow them).
    pub fn redraw_figures(&mut self) {
        self.request = None;
    }

    /// Runs the layout again.
    pub fn reheat(&mut self) {
        self.layout.reheat();
        self.layout_generation += 1;
        self.is_paused = false;
    }

    fn rebuild(
        &mut self,
        graph: &EvidenceGraph,
        analysis: &crate::analysis::Analysis,
        state: &AppState,
        request: &VisibilityRequest,
    ) {
        let mut view = ViewGraph::new();
        let is_doc_visible = |d: &crate::corpus::DocId| !request.hidden_docs.contains(d);
        let is_edge_shown = |r: &crate::graph::Relation| {
            (r.is_by_hand()
                || r.passages.iter().filter(|p| is_doc_visible(&p.doc)).count() >= state.min_weight)
                && state.is_confident(r)
                && [r.source, r.target].iter().all(|id| {
                    graph
                        .entity(*id)
                        .is_some_and(|e| state.is_kind_visible(e.kind))
                })
        };
        // Focus mode: entities within `depth` visible hops of the centre.
        let in_focus: Option<Vec<bool>> = request
            .focus
            .map(|(centre, depth)| graph.neighbourhood(centre, usize::from(depth), is_edge_shown));
        let is_focused = |id: EntityId| in_focus.as_ref().is_none_or(|f| f[id.index()]);
        let visible_edge = |r: &crate::graph::Relation| {
            is_edge_shown(r) && is_focused(r.source) && is_focused(r.target)
        };
        let is_candidate = |id: EntityId, e: &crate::graph::Entity| {
            state.is_kind_visible(e.kind)
                && e.documents.iter().any(is_doc_visible)
                && is_focused(id)
        };
        // Collapsed communities: each is drawn as its best-connected member shown (its
        // head), sized by its members; the others are not drawn.
        let community_of = |id: EntityId| {
            analysis
                .community
                .get(id.index())
                .copied()
                .filter(|c| request.collapsed.contains(c))
        };
        let mut heads: std::collections::BTreeMap<u32, (EntityId, f64, u32)> =
            std::collections::BTreeMap::new();
        for (id, e) in graph.entity_ids().zip(graph.entities()) {
            let Some(c) = community_of(id).filter(|_| is_candidate(id, e)) else {
                continue;
            };
            let w = analysis
                .weighted_degree
                .get(id.index())
                .copied()
                .unwrap_or(0.0);
            let head = heads.entry(c).or_insert((id, w, 0));
            head.2 += 1;
            if w > head.1 {
                (head.0, head.1) = (id, w);
            }
        }
        heads.retain(|_, h| h.2 > 1);
        let mut rep: Vec<EntityId> = graph.entity_ids().collect();
        let mut members = vec![0u32; graph.entity_count()];
        for (id, r) in graph.entity_ids().zip(rep.iter_mut()) {
            if let Some(h) = community_of(id).and_then(|c| heads.get(&c)) {
                *r = h.0;
                members[h.0.index()] = h.2;
            }
        }
        // The edges drawn, between the nodes drawn (a community's inner edges vanish).
        let ends = |r: &crate::graph::Relation| (rep[r.source.index()], rep[r.target.index()]);
        // A relation touching a collapsed community (its head's own too) is drawn in
        // the bundle between the nodes drawn.
        let is_folded = |r: &crate::graph::Relation| {
            members[r.source.index()] > 0
                || members[r.target.index()] > 0
                || ends(r) != (r.source, r.target)
        };
        self.folded_entities = graph
            .entity_ids()
            .zip(graph.entities())
            .filter(|(id, e)| rep[id.index()] != *id && is_candidate(*id, e))
            .map(|(id, _)| id)
            .collect();
        self.folded_relations = graph
            .relation_ids()
            .zip(graph.relations())
            .filter(|(_, r)| visible_edge(r) && is_folded(r))
            .map(|(rid, _)| rid)
            .collect();
        let mut has_edge = vec![false; graph.entity_count()];
        let mut visible_degree = vec![0usize; graph.entity_count()];
        for r in graph.relations().iter().filter(|r| visible_edge(r)) {
            let (a, b) = ends(r);
            if a != b {
                has_edge[a.index()] = true;
                has_edge[b.index()] = true;
                visible_degree[a.index()] += 1;
                visible_degree[b.index()] += 1;
            }
        }
        self.node_of = vec![None; graph.entity_count()];
        // Biggest first: they are drawn first and so keep their labels when space is short.
        // A measure in its own units, scaled so the biggest node is about as big as
        // the best-connected one sized by links.
        let scaled = |values: &[f64], id: EntityId| {
            let max = values.iter().copied().fold(0.0, f64::max);
            let v = values.get(id.index()).copied().unwrap_or(0.0);
            if max > 0.0 {
                (25.0 * v / max) as f32
            } else {
                0.0
            }
        };
        let size_of =
            |id: EntityId, e: &crate::graph::Entity| match (members[id.index()], state.sizing) {
                (n, _) if n > 0 => 3.0 * n as f32,
                (_, NodeSizing::Degree) => graph.degree(id) as f32,
                (_, NodeSizing::Mentions) => e.mentions as f32 / 3.0,
                (_, NodeSizing::WeightedDegree) => scaled(&analysis.weighted_degree, id),
                (_, NodeSizing::Betweenness) => scaled(&analysis.betweenness, id),
                (_, NodeSizing::PageRank) => scaled(&analysis.pagerank, id),
                (_, NodeSizing::Eigenvector) => scaled(&analysis.eigenvector, id),
            };
        let mut order: Vec<(EntityId, &crate::graph::Entity)> =
            graph.entity_ids().zip(graph.entities()).collect();
        order.sort_by(|a, b| {
            size_of(b.0, b.1)
                .total_cmp(&size_of(a.0, a.1))
                .then(a.0.cmp(&b.0))
        });
        order.retain(|(id, e)| {
            is_candidate(*id, e)
                && rep[id.index()] == *id
                && (!state.is_isolated_hidden || has_edge[id.index()])
        });
        // Labels by what is visible: every name in a small view, else the best
        // connected among the nodes shown (not of the whole graph).
        let mut ranked: Vec<EntityId> = order.iter().map(|(id, _)| *id).collect();
        ranked.sort_by(|a, b| {
            visible_degree[b.index()]
                .cmp(&visible_degree[a.index()])
                .then(a.cmp(b))
        });
        let labelled = if ranked.len() <= ALL_LABELS_UP_TO {
            ranked.len()
        } else {
            HUB_LABELS
        };
        self.hubs = vec![false; graph.entity_count()];
        for id in ranked.iter().take(labelled) {
            self.hubs[id.index()] = true;
        }
        // Only what is shown is laid out: a filter closes the holes it leaves, and
        // nodes without a shown edge go to rows of their own under the network.
        let mut active = vec![false; graph.entity_count()];
        for (id, _) in &order {
            active[id.index()] = has_edge[id.index()];
        }
        if active != self.active {
            self.layout.set_active(&active);
            self.layout_generation += 1;
            if !self.active.is_empty() {
                self.layout.reheat();
                self.layout_generation += 1;
                self.is_paused = false;
            }
            self.active = active;
        }
        self.isolated = order
            .iter()
            .filter(|(id, _)| !has_edge[id.index()])
            .map(|(id, e)| (*id, 5.0 + 3.0 * size_of(*id, e).sqrt()))
            .collect();
        self.arrange_isolated();
        let community_color = |id: EntityId| {
            let c = analysis
                .community
                .get(id.index())
                .copied()
                .unwrap_or(u32::MAX);
            super::palette::community_color(c)
        };
        for (id, e) in order {
            let size_basis = size_of(id, e);
            let count = members[id.index()];
            let is_meta = count > 0;
            let payload = NodeView {
                entity: id,
                kind: e.kind,
                radius: 5.0 + 3.0 * size_basis.sqrt(),
                is_label_pinned: self.hubs[id.index()] || is_meta,
                is_pinned: self.layout.is_pinned(id.index()),
                is_match: false,
                is_dimmed: false,
                color: (is_meta || state.coloring == super::state::Coloring::Community)
                    .then(|| community_color(id)),
                members: count,
            };
            let p = self.layout.positions()[id.index()];
            let label = if is_meta {
                format!("{} +{}", e.name, count - 1)
            } else {
                e.name.clone()
            };
            let idx = view.add_node_custom(payload, |n| {
                n.set_label(label);
                n.set_location(egui::Pos2::new(p[0], p[1]));
            });
            self.node_of[id.index()] = Some(idx);
        }
        self.edge_of = vec![None; graph.relation_count()];
        // Edges to or between communities are bundled: one per pair of nodes drawn,
        // as wide as its passages, standing for its strongest relation.
        let mut bundles: std::collections::BTreeMap<(EntityId, EntityId), (RelationId, usize)> =
            std::collections::BTreeMap::new();
        for (rid, r) in graph.relation_ids().zip(graph.relations()) {
            if !visible_edge(r) {
                continue;
            }
            let (a, b) = ends(r);
            if a == b || self.node_of[a.index()].is_none() || self.node_of[b.index()].is_none() {
                continue;
            }
            if is_folded(r) {
                let bundle = bundles.entry((a.min(b), a.max(b))).or_insert((rid, 0));
                let strongest = graph.relation(bundle.0).map_or(0, |s| s.weight());
                if r.weight() > strongest {
                    bundle.0 = rid;
                }
                bundle.1 += r.weight();
                continue;
            }
            let (Some(na), Some(nb)) = (self.node_of[a.index()], self.node_of[b.index()]) else {
                continue;
            };
            let payload = EdgeView {
                relation: rid,
                // Thinner as it is less likely: a certain edge at full width, a
                // coin-toss one at three quarters.
                width: (0.8 + (r.weight() as f32).sqrt() * 0.9)
                    * (0.5 + 0.5 * r.confidence().get() as f32),
                is_dimmed: false,
                is_highlighted: false,
            };
            let idx = view.add_edge_custom(na, nb, payload, |_| {});
            self.edge_of[rid.index()] = Some(idx);
        }
        for ((a, b), (rid, passages)) in bundles {
            let (Some(na), Some(nb)) = (self.node_of[a.index()], self.node_of[b.index()]) else {
                continue;
            };
            let payload = EdgeView {
                relation: rid,
                width: 0.8 + (passages as f32).sqrt() * 0.9,
                is_dimmed: false,
                is_highlighted: false,
            };
            let idx = view.add_edge_custom(na, nb, payload, |_| {});
            self.edge_of[rid.index()] = Some(idx);
        }
        self.view = view;
        self.last_selection = Selection::None;
        self.last_paths = None;
        // New nodes: ring the search's matches again.
        self.ringed_search = None;
    }

    /// Marks the selected element and its neighbourhood; dims the rest.
    fn apply_selection(
        &mut self,
        graph: &EvidenceGraph,
        selection: Selection,
        marked: &[EntityId],
        paths: Option<&super::state::PathsShown>,
    ) {
        let (focus_nodes, focus_edges): (Vec<EntityId>, Vec<RelationId>) = match (paths, selection)
        {
            // Paths shown: their entities and hops stand out, the rest is dimmed.
            (Some(shown), _) => (
                shown
                    .paths
                    .iter()
                    .flat_map(|p| p.entities.iter().copied())
                    .chain([shown.from, shown.to])
                    .collect(),
                shown
                    .paths
                    .iter()
                    .flat_map(|p| p.relations.iter().copied())
                    .collect(),
            ),
            (None, selection) => match selection {
                Selection::None => (Vec::new(), Vec::new()),
                Selection::Entity(id) => {
                    let rels = graph.relations_of(id);
                    let mut nodes: Vec<EntityId> = rels
                        .iter()
                        .filter_map(|r| graph.relation(*r))
                        .map(|r| r.other(id))
                        .collect();
                    nodes.push(id);
                    (nodes, rels)
                }
                Selection::Relation(rid) => match graph.relation(rid) {
                    Some(r) => (vec![r.source, r.target], vec![rid]),
                    None => (Vec::new(), Vec::new()),
                },
            },
        };
        let has_focus = selection != Selection::None || paths.is_some();
        // In focus mode the view is the neighbourhood already: its outer rings are
        // shown in full, not dimmed.
        let is_focus_mode = self.request.as_ref().is_some_and(|r| r.focus.is_some());
        let node_indices: Vec<NodeIndex<u32>> = self.view.g().node_indices().collect();
        for idx in node_indices {
            if let Some(n) = self.view.node_mut(idx) {
                let entity = n.payload().entity;
                let in_focus = focus_nodes.contains(&entity) || marked.contains(&entity);
                let p = n.payload_mut();
                p.is_dimmed = has_focus && !in_focus && !is_focus_mode;
                p.is_label_pinned = self.hubs[entity.index()] || (has_focus && in_focus);
                n.set_selected(selection == Selection::Entity(entity) || marked.contains(&entity));
            }
        }
        let edge_indices: Vec<EdgeIndex<u32>> = self.view.g().edge_indices().collect();
        for idx in edge_indices {
            if let Some(e) = self.view.edge_mut(idx) {
                let rid = e.payload().relation;
                let in_focus = focus_edges.contains(&rid);
                let p = e.payload_mut();
                p.is_dimmed = has_focus && !in_focus && !is_focus_mode;
                p.is_highlighted = in_focus;
                e.set_selected(selection == Selection::Relation(rid));
            }
        }
        let selected_entities: Vec<EntityId> = match selection {
            Selection::Entity(id) => std::iter::once(id).chain(marked.iter().copied()).collect(),
            _ => marked.to_vec(),
        };
        let selected_nodes: Vec<NodeIndex<u32>> = selected_entities
            .iter()
            .filter_map(|id| self.node_of.get(id.index()).copied().flatten())
            .collect();
        let selected_edges: Vec<EdgeIndex<u32>> = match selection {
            Selection::Relation(r) => self
                .edge_of
                .get(r.index())
                .copied()
                .flatten()
                .into_iter()
                .collect(),
            _ => Vec::new(),
        };
        self.view.set_selected_nodes(selected_nodes);
        self.view.set_selected_edges(selected_edges);
        self.last_selection = selection;
        self.last_marked = marked.to_vec();
        self.last_paths = paths.cloned();
    }

    /// Draws the canvas; returns the commands its clicks produce.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &super::Loaded,
        state: &AppState,
    ) -> Vec<Command> {
        let graph = &data.extraction.graph;
        let request = VisibilityRequest::from_state(state, &data.corpus);
        if self.request.as_ref() != Some(&request) {
            let is_focus_change = self
                .request
                .as_ref()
                .is_some_and(|r| r.focus != request.focus);
            self.rebuild(graph, &data.analysis, state, &request);
            self.request = Some(request);
            if is_focus_change {
                self.fit();
            }
        }
        if self.ringed_search.as_deref() != Some(state.search.as_str()) {
            self.ring_matches(data, &state.search);
        }
        let selection_changed = self.last_selection != state.selection
            || self.last_marked != state.marked
            || self.last_paths != state.paths;
        if selection_changed {
            self.apply_selection(graph, state.selection, &state.marked, state.paths.as_ref());
        }
        self.run_layout(ui.ctx());
        if self.is_moving() {
            // The shelf of isolated nodes follows the network as it moves.
            self.arrange_isolated();
            let positions = self.layout.positions();
            for (id, idx) in self.node_of.iter().enumerate() {
                if let (Some(idx), Some(p)) = (idx, positions.get(id)) {
                    if let Some(n) = self.view.node_mut(*idx) {
                        if !n.dragged() {
                            n.set_location(egui::Pos2::new(p[0], p[1]));
                        }
                    }
                }
            }
        }
        let pointer_active = ui.input(|i| {
            i.pointer.is_moving()
                || i.pointer.any_down()
                || i.pointer.any_released()
                || i.smooth_scroll_delta != egui::Vec2::ZERO
                || !i.raw.events.is_empty()
                || i.zoom_delta() != 1.0
        });
        let pointer_over = ui.rect_contains_pointer(ui.available_rect_before_wrap());
        let size = ui.available_rect_before_wrap().size();
        if (size - self.last_size).length() > 1.0 {
            if self.last_size != egui::Vec2::ZERO && !self.is_camera_held {
                self.fit_frames = self.fit_frames.max(2);
            }
            self.last_size = size;
            self.was_live_frames = 2;
        }
        self.zoom_buttons(ui);
        if let Some((zoom, pan)) = self.pending_camera.take() {
            let mut meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
            meta.zoom = zoom;
            meta.pan = egui::vec2(pan[0], pan[1]);
            meta.save(ui);
            self.was_live_frames = 2;
        }
        {
            let mut meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
            // egui keeps the camera in its own saved memory: a NaN or infinite zoom or
            // pan found there (a damaged save) is reset and the view refitted, never
            // drawn or saved again.
            if !super::snapshot::is_sane_camera(meta.zoom, [meta.pan.x, meta.pan.y]) {
                meta.zoom = 1.0;
                meta.pan = egui::Vec2::ZERO;
                meta.clone().save(ui);
                self.fit_frames = self.fit_frames.max(1);
            }
            self.camera = Some((meta.zoom, [meta.pan.x, meta.pan.y]));
        }
        if let Some(id) = self.pending_center.take() {
            let p = self
                .layout
                .positions()
                .get(id.index())
                .copied()
                .unwrap_or([0.0, 0.0]);
            let rect = ui.available_rect_before_wrap();
            let mut meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
            // screen = rect.min + pan + position × zoom
            meta.pan = rect.center() - rect.min - egui::vec2(p[0], p[1]) * meta.zoom;
            meta.save(ui);
            self.fit_frames = 0;
            self.was_live_frames = 2;
        }
        let is_live = self.is_moving()
            || self.fit_frames > 0
            || selection_changed
            || (pointer_active && pointer_over)
            || self.was_live_frames > 0
            // An open context menu is drawn by the canvas's response.
            || egui::Popup::is_any_open(ui.ctx());
        if !is_live {
            // Nothing moves and nobody touches the canvas: paint the last picture without
            // GraphView, which would ask for another frame and keep the CPU busy.
            self.paint_still(ui);
            self.node_tooltip(ui, graph);
            return Vec::new();
        }
        self.was_live_frames = if pointer_active && pointer_over || self.is_moving() {
            2
        } else {
            self.was_live_frames.saturating_sub(1)
        };
        // The plain wheel zooms, around the pointer, smoothly (egui_graphs zooms on
        // Ctrl+wheel alone, by a fixed step); keys and buttons zoom around the centre.
        let graph_rect = ui.available_rect_before_wrap();
        self.origin = graph_rect.left_top();
        let wheel = ui.input(|i| {
            let scrolled = i.smooth_scroll_delta.y;
            (!i.modifiers.command && scrolled != 0.0).then_some(scrolled)
        });
        if let (Some(scrolled), Some(pointer)) = (wheel, ui.ctx().pointer_hover_pos()) {
            if graph_rect.contains(pointer) {
                // About 1.2× for one notch (50 points of scroll).
                let factor = (scrolled * 0.0036).exp();
                self.zoom_at(ui, pointer - graph_rect.min, factor);
                ui.input_mut(|i| i.smooth_scroll_delta = egui::Vec2::ZERO);
            }
        }
        if self.pending_zoom != 1.0 {
            let factor = std::mem::replace(&mut self.pending_zoom, 1.0);
            self.zoom_at(ui, graph_rect.size() / 2.0, factor);
        }
        if ui.input(|i| i.pointer.is_decidedly_dragging()) && pointer_over {
            // A drag pans the view (or moves a node): either way the user holds it.
            self.is_camera_held = true;
        }
        let interaction = SettingsInteraction::new()
            .with_dragging_enabled(true)
            .with_hover_enabled(true)
            .with_node_clicking_enabled(true)
            .with_node_selection_enabled(true)
            .with_edge_clicking_enabled(true)
            .with_edge_selection_enabled(true);
        let is_fitting = self.fit_frames > 0 || self.is_moving() && !self.is_camera_held;
        // Shift+drag on the canvas draws a rectangle that selects what it holds, in
        // place of panning.
        let band = self.rubber_band(ui, graph_rect);
        let navigation = SettingsNavigation::new()
            .with_zoom_and_pan_enabled(self.band_start.is_none() && band.is_none())
            .with_fit_to_screen_enabled(is_fitting)
            .with_fit_to_screen_padding(self.fit_padding);
        self.fit_frames = self.fit_frames.saturating_sub(1);
        let style = SettingsStyle::new().with_labels_always(false);
        // A place under the nodes for the plain edges, which the edge renderer gathers
        // into one mesh while GraphView draws.
        super::shapes::clear_batches();
        let edge_slot = ui.painter_at(graph_rect).add(egui::Shape::Noop);
        let node_slot = ui.painter_at(graph_rect).add(egui::Shape::Noop);
        let response = GraphView::<FixedState, Fixed>::new()
            .with_interactions(&interaction)
            .with_navigations(&navigation)
            .with_styles(&style)
            .with_id(Some(CANVAS_ID.into()))
            .show(ui, &mut self.view);
        let painter = ui.painter_at(graph_rect);
        painter.set(edge_slot, super::shapes::take_edge_batch());
        painter.set(node_slot, super::shapes::take_node_batch());
        let labels = super::shapes::paint_labels(ui.ctx(), &ui.painter_at(graph_rect));
        self.label_overflow = labels.map_or(0.0, |l| {
            let (g, l) = (graph_rect, l);
            let x = (g.left() - l.left()).max(l.right() - g.right()).max(0.0);
            let y = (g.top() - l.top()).max(l.bottom() - g.bottom()).max(0.0);
            if is_fitting {
                // Fit leaves room for the labels: the padding the overflow asks for,
                // used from the next frame.
                let need = |over: f32, side: f32| {
                    // A few pixels more than the overflow, so one or two rounds do.
                    let over = if over > 0.0 { over + 6.0 } else { 0.0 };
                    if over > 0.0 && side > 2.0 * over + 1.0 {
                        (1.0 + self.fit_padding) * side / (side - 2.0 * over) - 1.0
                    } else {
                        self.fit_padding
                    }
                };
                let padding = need(x, g.width())
                    .max(need(y, g.height()))
                    .min(MAX_FIT_PADDING);
                // Fit again until the labels are inside (the padding only grows, to
                // a cap, so this ends).
                if padding > self.fit_padding {
                    self.fit_frames = self.fit_frames.max(1);
                }
                self.fit_padding = padding;
            }
            x.max(y)
        });
        if is_fitting {
            // Fitting a handful of nodes must not blow them up into giant discs.
            let mut meta = egui_graphs::MetadataFrame::new(Some(CANVAS_ID.into())).load(ui);
            if meta.zoom > MAX_FIT_ZOOM {
                let centre = graph_rect.size() / 2.0;
                let point = (centre - meta.pan) / meta.zoom;
                meta.zoom = MAX_FIT_ZOOM;
                meta.pan = centre - point * MAX_FIT_ZOOM;
                meta.save(ui);
            }
        }
        let mut commands = Vec::new();
        if let Some(ids) = band {
            commands.push(Command::MarkMany(ids));
        }
        let mut hit_something = false;
        for change in &response.changes {
            match change {
                GraphChange::NodeClicked { node } | GraphChange::NodeSelected { node } => {
                    if let Some(n) = self.view.node(*node) {
                        let entity = n.payload().entity;
                        // Ctrl+click selects several, for a merge.
                        let is_adding = ui.input(|i| i.modifiers.command);
                        let command = if is_adding && state.selection != Selection::None {
                            Command::ToggleMarked(entity)
                        } else {
                            Command::Select(Selection::Entity(entity))
                        };
                        if !commands.contains(&command) {
                            commands.push(command);
                        }
                        hit_something = true;
                    }
                }
                GraphChange::NodeDoubleClicked { node } => {
                    // A double-click opens a collapsed community again.
                    let community = self.view.node(*node).and_then(|n| {
                        let v = n.payload();
                        (v.members > 0)
                            .then(|| data.analysis.community.get(v.entity.index()).copied())
                            .flatten()
                    });
                    if let Some(c) = community {
                        commands.push(Command::Expand(c));
                        hit_something = true;
                    }
                }
                GraphChange::EdgeClicked { edge } | GraphChange::EdgeSelected { edge } => {
                    if let Some(e) = self.view.edge(*edge) {
                        commands.push(Command::Select(Selection::Relation(e.payload().relation)));
                        hit_something = true;
                    }
                }
                GraphChange::NodeMoved {
                    node, new_position, ..
                } => {
                    // Only a drag with the main button moves and pins a node (a
                    // right-click opens its menu).
                    let is_primary =
                        ui.input(|i| i.pointer.primary_down() || i.pointer.primary_released());
                    if let Some(n) = self.view.node_mut(*node) {
                        let entity = n.payload().entity.index();
                        if is_primary {
                            n.payload_mut().is_pinned = true;
                            self.layout.set_position(
                                entity,
                                [new_position.x, new_position.y],
                                true,
                            );
                        } else if let Some(p) = self.layout.positions().get(entity) {
                            // egui_graphs drags with any button: put the node back.
                            n.set_location(egui::Pos2::new(p[0], p[1]));
                        }
                        hit_something = true;
                    }
                }
                GraphChange::NodeDragStarted { .. } | GraphChange::NodeDragEnded { .. } => {
                    hit_something = true
                }
                _ => {}
            }
        }
        if response.response.clicked() && !hit_something {
            commands.push(Command::Select(Selection::None));
        }
        if response.response.secondary_clicked() {
            self.context_node = self
                .view
                .hovered_node()
                .and_then(|i| self.view.node(i))
                .map(|n| n.payload().entity);
        }
        let mut action = None;
        self.is_menu_open = response.response.context_menu_opened();
        response.response.context_menu(|ui| {
            action = context_menu_ui(ui, self.context_node, data, &self.layout, state);
        });
        match action {
            Some(ContextAction::Command(c)) => commands.push(c),
            Some(ContextAction::Commands(c)) => commands.extend(c),
            Some(ContextAction::Pin(id, is_pinned)) => self.set_pinned(id, is_pinned),
            Some(ContextAction::UnpinAll) => {
                for id in graph.entity_ids() {
                    self.set_pinned(id, false);
                }
            }
            None => {}
        }
        self.node_tooltip(ui, graph);
        commands
    }
}

/// What a context-menu item asks for.
enum ContextAction {
    Command(Command),
    Commands(Vec<Command>),
    Pin(EntityId, bool),
    UnpinAll,
}

/// The right-click menu: for the node under the pointer, or for the canvas.
fn context_menu_ui(
    ui: &mut egui::Ui,
    node: Option<EntityId>,
    data: &super::Loaded,
    layout: &ForceLayout,
    state: &AppState,
) -> Option<ContextAction> {
    let graph = &data.extraction.graph;
    let mut action = None;
    let mut item = |ui: &mut egui::Ui, text: &str, a: ContextAction| {
        if ui.button(text).clicked() {
            action = Some(a);
            ui.close();
        }
    };
    use ContextAction::{Command as Do, Pin, UnpinAll};
    if let Some(id) = node.filter(|id| graph.entity(*id).is_some()) {
        let name = graph.entity(id).map_or("", |e| e.name.as_str()).to_string();
        ui.label(egui::RichText::new(&name).strong());
        item(ui, "Select", Do(Command::Select(Selection::Entity(id))));
        item(ui, "Centre on it", Do(Command::CenterOn(id)));
        item(ui, "Show only its neighbourhood", Do(Command::FocusOn(id)));
        if layout.is_pinned(id.index()) {
            item(ui, "Unpin (let it move)", Pin(id, false));
        } else {
            item(ui, "Pin where it is", Pin(id, true));
        }
        if ui.button("Copy name").clicked() {
            ui.ctx().copy_text(name);
            ui.close();
        }
        if let Selection::Entity(from) = state.selection {
            if from != id {
                let from_name = graph.entity(from).map_or("", |e| e.name.as_str());
                let text = format!("Paths from {from_name} to here");
                item(ui, &text, Do(Command::FindPaths(from, id)));
            }
        }
        if state.selection != Selection::None && state.selection != Selection::Entity(id) {
            let is_marked = state.marked.contains(&id);
            let text = if is_marked {
                "Take out of the selection"
            } else {
                "Add to the selection (Ctrl+click)"
            };
            item(ui, text, Do(Command::ToggleMarked(id)));
        }
        if let Some(c) = data.analysis.community.get(id.index()).copied() {
            if state.collapsed.contains(&c) {
                item(ui, "Open its community", Do(Command::Expand(c)));
            } else if data
                .analysis
                .members()
                .get(c as usize)
                .is_some_and(|m| m.len() > 1)
            {
                item(ui, "Collapse its community", Do(Command::Collapse(vec![c])));
            }
        }
        ui.separator();
        let mut edits = Vec::new();
        super::curate::entity_actions_ui(ui, data, state, id, &mut edits);
        if !edits.is_empty() {
            action = Some(ContextAction::Commands(edits));
        }
    } else {
        item(ui, "Fit (F)", Do(Command::Fit));
        item(ui, "Re-run the layout", Do(Command::Reheat));
        item(ui, "Unpin every node", UnpinAll);
        if !state.active_filters().is_empty() {
            item(ui, "Reset filters", Do(Command::ResetFilters));
        }
        let communities = data.analysis.groups();
        if !communities.is_empty() {
            item(
                ui,
                "Collapse every community",
                Do(Command::Collapse(communities)),
            );
        }
        if !state.collapsed.is_empty() {
            item(ui, "Open every community", Do(Command::ExpandAll));
        }
        item(ui, "Keyboard and mouse… (F1)", Do(Command::ToggleShortcuts));
    }
    action
}
