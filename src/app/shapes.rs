//! How nodes and edges look on the canvas: kind colour and shape, size, zoom-gated
//! labels, dimming outside the selection, and an edge hit test in screen pixels.

use eframe::egui::{self, epaint::TextShape, Color32, FontId, Pos2, Shape, Stroke, Vec2};
use egui_graphs::{DisplayEdge, DisplayNode, DrawContext, EdgeProps, Node, NodeProps};
use petgraph::{stable_graph::IndexType, EdgeType};

use super::palette::{self, kind_color, kind_shape};
use crate::graph::{EntityId, RelationId};
use crate::kind::Kind;

/// What the canvas needs to know about a node; kept small because egui_graphs clones it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodeView {
    /// The entity drawn.
    pub entity: EntityId,
    /// Its kind (colour and shape).
    pub kind: Kind,
    /// Radius in canvas units.
    pub radius: f32,
    /// Always show the label (selected neighbourhood or a hub).
    pub is_label_pinned: bool,
    /// Drawn faintly (outside the selected neighbourhood).
    pub is_dimmed: bool,
    /// The user pinned it: a pin mark shows it will not move.
    pub is_pinned: bool,
    /// It matches the text in the search box: ringed, so matches stand out.
    pub is_match: bool,
    /// Its colour when not its kind's (colour by community).
    pub color: Option<Color32>,
    /// A collapsed community drawn as this entity, its head: how many members it
    /// stands for (0: an entity alone).
    pub members: u32,
}

/// What the canvas needs to know about an edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeView {
    /// The relation drawn.
    pub relation: RelationId,
    /// Stroke width in canvas units (grows with evidence).
    pub width: f32,
    /// Drawn faintly.
    pub is_dimmed: bool,
    /// Drawn highlighted (touches the selection).
    pub is_highlighted: bool,
}

/// The node renderer.
#[derive(Debug, Clone)]
pub struct NodeShape {
    pos: Pos2,
    view: NodeView,
    label: String,
    is_selected: bool,
    is_hovered: bool,
    is_dragged: bool,
}

impl From<NodeProps<NodeView>> for NodeShape {
    fn from(p: NodeProps<NodeView>) -> Self {
        Self {
            pos: p.location(),
            view: p.payload,
            label: p.label.clone(),
            is_selected: p.selected,
            is_hovered: p.hovered,
            is_dragged: p.dragged,
        }
    }
}

/// Labels of ordinary nodes appear from this zoom on.
const LABEL_ZOOM: f32 = 1.6;

impl<E: Clone, Ty: EdgeType, Ix: IndexType> DisplayNode<NodeView, E, Ty, Ix> for NodeShape {
    fn closest_boundary_point(&self, dir: Vec2) -> Pos2 {
        self.pos + dir.normalized() * self.view.radius
    }

    fn shapes(&mut self, ctx: &DrawContext) -> Vec<Shape> {
        let center = ctx.meta.canvas_to_screen_pos(self.pos);
        let r = ctx.meta.canvas_to_screen_size(self.view.radius).max(3.5);
        // Culling: nothing to draw for a node (and its label) wholly off screen.
        if !ctx.painter.clip_rect().expand(r + 120.0).contains(center) {
            return Vec::new();
        }
        let base = self
            .view
            .color
            .unwrap_or_else(|| kind_color(self.view.kind));
        let fill = if self.view.is_dimmed {
            palette::dimmed(base)
        } else {
            base
        };
        let is_focused = self.is_selected || self.is_hovered || self.is_dragged;
        let is_plain =
            !is_focused && !self.view.is_match && !self.view.is_pinned && self.view.members == 0;
        let stroke = if is_focused {
            Stroke::new(2.5, Color32::WHITE)
        } else if self.view.is_dimmed {
            Stroke::NONE
        } else {
            Stroke::new(1.0, Color32::from_black_alpha(160))
        };
        let mut out = if is_plain && r < SMALL_NODE_PIXELS {
            // Thousands of small discs cost more to tessellate one by one than the
            // rest of the frame: they go into one mesh for the canvas.
            let points = kind_points(kind_shape(self.view.kind), center, r);
            NODE_BATCH.with_borrow_mut(|mesh| add_polygon(mesh, center, &points, fill));
            Vec::new()
        } else if self.view.members > 0 {
            // A community: a disc in its colour inside a ring, as a stack of nodes.
            vec![
                Shape::circle_stroke(center, r + 3.0, Stroke::new(2.0, fill)),
                Shape::circle_filled(center, r, fill),
                Shape::circle_stroke(center, r, stroke),
            ]
        } else {
            vec![kind_polygon(
                kind_shape(self.view.kind),
                center,
                r,
                fill,
                stroke,
            )]
        };
        if self.view.is_match {
            out.push(Shape::circle_stroke(
                center,
                r + 5.0,
                Stroke::new(2.5, Color32::from_rgb(0xf5, 0xe0, 0x9a)),
            ));
        }
        if self.view.is_pinned {
            // A pin head at the top right: this node stays where the user put it.
            let head = center + Vec2::new(r * 0.75, -r * 0.75);
            out.push(Shape::circle_filled(head, 3.5, Color32::WHITE));
            out.push(Shape::circle_stroke(
                head,
                3.5,
                Stroke::new(1.0, Color32::BLACK),
            ));
        }
        let is_label_shown = is_focused
            || (!self.view.is_dimmed && (self.view.is_label_pinned || ctx.meta.zoom >= LABEL_ZOOM));
        if is_label_shown {
            let size = (11.0 + ctx.meta.zoom.ln().max(0.0) * 2.0).clamp(9.0, 18.0);
            let text_color = if self.view.is_dimmed {
                Color32::from_gray(110)
            } else {
                Color32::from_gray(235)
            };
            let galley = ctx.ctx.fonts_mut(|f| {
                f.layout_no_wrap(self.label.clone(), FontId::proportional(size), text_color)
            });
            let size = galley.size();
            let left = center.x - size.x / 2.0;
            // Below the node, else above, right or left of it: wherever no other node
            // is nearer.
            let middle = center.y - size.y / 2.0;
            let spots = [
                Pos2::new(left, center.y + r + 2.0),
                Pos2::new(left, center.y - r - 2.0 - size.y),
                Pos2::new(center.x + r + 4.0, middle),
                Pos2::new(center.x - r - 4.0 - size.x, middle),
            ]
            .map(|at| egui::Rect::from_min_size(at, size).expand(1.5));
            // A hub in a crowd has no free spot beside it: its label then goes on
            // the node itself, where it can name no other.
            let on_node = self
                .view
                .is_label_pinned
                .then(|| egui::Rect::from_center_size(center, size).expand(1.5));
            request_label(
                ctx.ctx,
                LabelRequest {
                    spots,
                    on_node,
                    owner: (center, r),
                    is_forced: is_focused,
                    galley,
                    color: text_color,
                    alpha: if is_focused { 200 } else { 130 },
                },
            );
        }
        if !self.view.is_dimmed {
            register_disc(ctx.ctx, center, r);
        }
        out
    }

    fn update(&mut self, p: &NodeProps<NodeView>) {
        self.pos = p.location();
        self.view = p.payload;
        self.label.clone_from(&p.label);
        self.is_selected = p.selected;
        self.is_hovered = p.hovered;
        self.is_dragged = p.dragged;
    }

    fn is_inside(&self, pos: Pos2) -> bool {
        (pos - self.pos).length() <= self.view.radius
    }
}

/// Labels placed during the current pass, waiting to be painted over the nodes.
/// A label a node asks for: where it may go, first choice first.
#[derive(Clone)]
struct LabelRequest {
    spots: [egui::Rect; 4],
    /// The last resort of a hub's label: centred on its own node, taken when it
    /// covers no other label.
    on_node: Option<egui::Rect>,
    /// The node it names: centre and radius on screen.
    owner: (Pos2, f32),
    /// The selected, hovered or dragged node's label is always shown.
    is_forced: bool,
    galley: std::sync::Arc<egui::Galley>,
    color: Color32,
    alpha: u8,
}

/// This pass's node discs and label requests, in drawing order (biggest node first).
#[derive(Clone, Default)]
struct LabelPass {
    pass: u64,
    discs: Vec<(Pos2, f32)>,
    requests: Vec<LabelRequest>,
}

const LABEL_PASS: &str = "nexo-label-pass";

fn with_label_pass(ctx: &egui::Context, f: impl FnOnce(&mut LabelPass)) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let current = d.get_temp_mut_or_default::<LabelPass>(egui::Id::new(LABEL_PASS));
        if current.pass != pass {
            *current = LabelPass {
                pass,
                ..LabelPass::default()
            };
        }
        f(current);
    });
}

fn request_label(ctx: &egui::Context, request: LabelRequest) {
    with_label_pass(ctx, |p| p.requests.push(request));
}

fn register_disc(ctx: &egui::Context, center: Pos2, r: f32) {
    with_label_pass(ctx, |p| p.discs.push((center, r)));
}

/// Where each label goes, as indices into `requests` with their rectangle. A label
/// never covers another label or another node, and never sits nearer to another node
/// than to its own (so it cannot be read as that node's name); a label with no such
/// place is left out, unless it is forced, which takes its first place and removes
/// the unforced labels there.
fn place_labels(discs: &[(Pos2, f32)], requests: &[LabelRequest]) -> Vec<(usize, egui::Rect)> {
    /// Side of a cell of the grid the discs are bucketed in, in points.
    const CELL: f32 = 64.0;
    let cell = |p: Pos2| ((p.x / CELL).floor() as i32, (p.y / CELL).floor() as i32);
    let mut grid: std::collections::HashMap<(i32, i32), Vec<usize>> = Default::default();
    for (i, (c, r)) in discs.iter().enumerate() {
        let (lo, hi) = (cell(*c - Vec2::splat(*r)), cell(*c + Vec2::splat(*r)));
        for x in lo.0..=hi.0 {
            for y in lo.1..=hi.1 {
                grid.entry((x, y)).or_default().push(i);
            }
        }
    }
    // Discs near a rectangle (within one cell of it).
    let near = |rect: egui::Rect| {
        let (lo, hi) = (
            cell(rect.min - Vec2::splat(CELL)),
            cell(rect.max + Vec2::splat(CELL)),
        );
        let mut found: Vec<usize> = (lo.0..=hi.0)
            .flat_map(|x| (lo.1..=hi.1).map(move |y| (x, y)))
            .filter_map(|k| grid.get(&k))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    let gap = |rect: egui::Rect, (c, r): (Pos2, f32)| {
        let dx = (rect.min.x - c.x).max(c.x - rect.max.x).max(0.0);
        let dy = (rect.min.y - c.y).max(c.y - rect.max.y).max(0.0);
        (dx * dx + dy * dy).sqrt() - r
    };
    let is_own = |(c, r): (Pos2, f32), owner: (Pos2, f32)| c == owner.0 && r == owner.1;
    let mut placed: Vec<(usize, egui::Rect, bool)> = Vec::new();
    for (i, req) in requests.iter().enumerate() {
        let fits = |rect: &egui::Rect| {
            let own_gap = gap(*rect, req.owner);
            !placed.iter().any(|(_, p, _)| p.intersects(*rect))
                && near(*rect).into_iter().all(|d| {
                    let disc = discs[d];
                    is_own(disc, req.owner) || gap(*rect, disc) > own_gap.max(0.0)
                })
        };
        let on_node = req
            .on_node
            .filter(|rect| !placed.iter().any(|(_, p, _)| p.intersects(*rect)));
        match req.spots.iter().find(|s| fits(s)).or(on_node.as_ref()) {
            Some(&rect) => placed.push((i, rect, req.is_forced)),
            None if req.is_forced => {
                let rect = req.spots[0];
                placed.retain(|(_, p, forced)| *forced || !p.intersects(rect));
                placed.push((i, rect, true));
            }
            None => {}
        }
    }
    placed.into_iter().map(|(i, rect, _)| (i, rect)).collect()
}

/// Paints the labels the nodes asked for, placed by [`place_labels`], on top of every
/// node.
/// Returns the rectangle all the labels painted fill, if any.
pub fn paint_labels(ctx: &egui::Context, painter: &egui::Painter) -> Option<egui::Rect> {
    let pass = ctx.data_mut(|d| {
        std::mem::take(d.get_temp_mut_or_default::<LabelPass>(egui::Id::new(LABEL_PASS)))
    });
    let mut filled: Option<egui::Rect> = None;
    for (i, rect) in place_labels(&pass.discs, &pass.requests) {
        let req = &pass.requests[i];
        painter.rect_filled(rect, 2.0, Color32::from_black_alpha(req.alpha));
        painter.add(TextShape::new(
            rect.min + Vec2::splat(1.5),
            req.galley.clone(),
            req.color,
        ));
        filled = Some(filled.map_or(rect, |f| f.union(rect)));
    }
    filled
}

/// The corners of a kind's shape around `c` with radius `r` (a circle as an octagon,
/// a rounded square as a square): the polygons' outline, and the small nodes'.
fn kind_points(shape: palette::Shape, c: Pos2, r: f32) -> Vec<Pos2> {
    let regular = |n: usize, rotation: f32, scale: f32| -> Vec<Pos2> {
        (0..n)
            .map(|i| {
                let a = rotation + i as f32 * std::f32::consts::TAU / n as f32;
                c + Vec2::new(a.cos(), a.sin()) * r * scale
            })
            .collect()
    };
    match shape {
        palette::Shape::Circle => regular(8, 0.0, 1.0),
        palette::Shape::Square | palette::Shape::RoundedSquare => {
            regular(4, std::f32::consts::FRAC_PI_4, 1.15)
        }
        palette::Shape::Triangle => regular(3, -std::f32::consts::FRAC_PI_2, 1.3),
        palette::Shape::Diamond => regular(4, 0.0, 1.25),
        palette::Shape::Hexagon => regular(6, 0.0, 1.1),
    }
}

/// The outline of a kind's shape around `c` with radius `r`.
pub fn kind_polygon(
    shape: palette::Shape,
    c: Pos2,
    r: f32,
    fill: Color32,
    stroke: Stroke,
) -> Shape {
    match shape {
        palette::Shape::Circle => Shape::circle_filled(c, r, fill).with_stroke(stroke),
        palette::Shape::Square
        | palette::Shape::Triangle
        | palette::Shape::Diamond
        | palette::Shape::Hexagon => Shape::convex_polygon(kind_points(shape, c, r), fill, stroke),
        palette::Shape::RoundedSquare => {
            let rect = egui::Rect::from_center_size(c, Vec2::splat(r * 1.8));
            Shape::Rect(egui::epaint::RectShape::new(
                rect,
                r * 0.45,
                fill,
                stroke,
                egui::StrokeKind::Middle,
            ))
        }
    }
}

trait WithStroke {
    fn with_stroke(self, stroke: Stroke) -> Shape;
}

impl WithStroke for Shape {
    fn with_stroke(self, stroke: Stroke) -> Shape {
        match self {
            Shape::Circle(mut c) => {
                c.stroke = stroke;
                Shape::Circle(c)
            }
            other => other,
        }
    }
}

/// The edge renderer: a straight segment whose width grows with evidence.
#[derive(Debug, Clone)]
pub struct EdgeShape {
    view: EdgeView,
    is_selected: bool,
    /// Zoom of the last frame drawn, so the hit test can work in screen pixels.
    last_zoom: f32,
}

impl From<EdgeProps<EdgeView>> for EdgeShape {
    fn from(p: EdgeProps<EdgeView>) -> Self {
        Self {
            view: p.payload,
            is_selected: p.selected,
            last_zoom: 1.0,
        }
    }
}

/// Below this zoom, thin edges (one passage) outside the selection are not drawn.
const HIDE_THIN_EDGES_BELOW_ZOOM: f32 = 0.15;
/// Width (canvas units) of an edge with a single passage, plus a little.
const THIN_EDGE_WIDTH: f32 = 1.8;

/// How far from an edge (in screen pixels) a click still selects it.
const EDGE_HIT_PIXELS: f32 = 5.0;

impl<Ty: EdgeType, Ix: IndexType> DisplayEdge<NodeView, EdgeView, Ty, Ix, NodeShape> for EdgeShape {
    fn shapes(
        &mut self,
        start: &Node<NodeView, EdgeView, Ty, Ix, NodeShape>,
        end: &Node<NodeView, EdgeView, Ty, Ix, NodeShape>,
        ctx: &DrawContext,
    ) -> Vec<Shape> {
        self.last_zoom = ctx.meta.zoom;
        let a = ctx.meta.canvas_to_screen_pos(start.location());
        let b = ctx.meta.canvas_to_screen_pos(end.location());
        // Culling: skip segments whose bounding box misses the screen.
        let clip = ctx.painter.clip_rect();
        if !clip.intersects(egui::Rect::from_two_pos(a, b).expand(2.0)) {
            return Vec::new();
        }
        // Zoomed far out, single-passage edges away from the selection are noise in a
        // big graph: leave them out.
        let is_focus = self.is_selected || self.view.is_highlighted;
        if !is_focus
            && ctx.meta.zoom < HIDE_THIN_EDGES_BELOW_ZOOM
            && self.view.width < THIN_EDGE_WIDTH
        {
            return Vec::new();
        }
        let width = ctx
            .meta
            .canvas_to_screen_size(self.view.width)
            .clamp(0.6, 10.0);
        let color = if self.is_selected {
            Color32::from_rgb(0xff, 0xff, 0xff)
        } else if self.view.is_highlighted {
            Color32::from_rgba_unmultiplied(0xf5, 0xe0, 0x9a, 230)
        } else if self.view.is_dimmed {
            Color32::from_rgba_unmultiplied(0x90, 0x90, 0x90, 25)
        } else {
            Color32::from_rgba_unmultiplied(0xa0, 0xa8, 0xb8, 120)
        };
        if is_focus {
            let width = if self.is_selected { width + 2.0 } else { width };
            return vec![Shape::line_segment([a, b], Stroke::new(width, color))];
        }
        // Every other edge goes into one mesh for the whole canvas: thousands of
        // separate line shapes cost more to tessellate than the rest of the frame.
        EDGE_BATCH.with_borrow_mut(|mesh| add_segment(mesh, a, b, width, color));
        Vec::new()
    }

    fn update(&mut self, p: &EdgeProps<EdgeView>) {
        self.view = p.payload;
        self.is_selected = p.selected;
    }

    fn is_inside(
        &self,
        start: &Node<NodeView, EdgeView, Ty, Ix, NodeShape>,
        end: &Node<NodeView, EdgeView, Ty, Ix, NodeShape>,
        pos: Pos2,
    ) -> bool {
        if self.view.is_dimmed {
            return false;
        }
        let tolerance = EDGE_HIT_PIXELS / self.last_zoom.max(0.01) + self.view.width / 2.0;
        distance_to_segment(pos, start.location(), end.location()) <= tolerance
    }
}

thread_local! {
    /// The plain edges of the canvas being drawn, as one mesh (see [`take_edge_batch`]).
    static EDGE_BATCH: std::cell::RefCell<egui::Mesh> = std::cell::RefCell::default();
}

thread_local! {
    /// The small plain nodes of the canvas being drawn, as one mesh.
    static NODE_BATCH: std::cell::RefCell<egui::Mesh> = std::cell::RefCell::default();
}

/// Below this radius on screen (pixels), a node with nothing special about it (not
/// selected, hovered, ringed, pinned or a community) is drawn in the node batch.
const SMALL_NODE_PIXELS: f32 = 6.0;

/// Empties the edge and node batches before a canvas is drawn.
pub fn clear_batches() {
    EDGE_BATCH.with_borrow_mut(egui::Mesh::clear);
    NODE_BATCH.with_borrow_mut(egui::Mesh::clear);
}

/// The plain edges drawn since [`clear_batches`], as one shape to paint under the
/// nodes.
pub fn take_edge_batch() -> Shape {
    Shape::mesh(EDGE_BATCH.with_borrow_mut(std::mem::take))
}

/// The small plain nodes drawn since [`clear_batches`], as one shape to paint over
/// the edges and under everything else.
pub fn take_node_batch() -> Shape {
    Shape::mesh(NODE_BATCH.with_borrow_mut(std::mem::take))
}

/// Adds the convex polygon `points` around `center`, filled with `color` and
/// feathered over a pixel at its rim, to `mesh`.
fn add_polygon(mesh: &mut egui::Mesh, center: Pos2, points: &[Pos2], color: Color32) {
    let base = mesh.vertices.len() as u32;
    mesh.colored_vertex(center, color);
    for &p in points {
        let out = (p - center).normalized();
        mesh.colored_vertex(p - out * 0.5, color);
        mesh.colored_vertex(p + out * 0.5, Color32::TRANSPARENT);
    }
    let n = points.len() as u32;
    for k in 0..n {
        let (inner, outer) = (base + 1 + 2 * k, base + 2 + 2 * k);
        let (next_inner, next_outer) = (base + 1 + 2 * ((k + 1) % n), base + 2 + 2 * ((k + 1) % n));
        mesh.add_triangle(base, inner, next_inner);
        mesh.add_triangle(inner, outer, next_outer);
        mesh.add_triangle(inner, next_outer, next_inner);
    }
}

/// Adds the segment `a`–`b`, `width` pixels wide, to `mesh`, with a pixel of
/// feathering on each side (as egui's own lines have).
fn add_segment(mesh: &mut egui::Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let along = b - a;
    let length = along.length();
    if length < 0.5 {
        return;
    }
    // Thinner than a pixel: a pixel, fainter.
    let (half, color) = if width < 1.0 {
        (0.5, color.gamma_multiply(width))
    } else {
        (width / 2.0, color)
    };
    let normal = Vec2::new(-along.y, along.x) / length * half;
    let base = mesh.vertices.len() as u32;
    for end in [a, b] {
        mesh.colored_vertex(end + normal, color);
        mesh.colored_vertex(end - normal, color);
    }
    mesh.add_triangle(base, base + 1, base + 3);
    mesh.add_triangle(base, base + 3, base + 2);
}

/// Distance from `p` to the segment `a`–`b`.
pub fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len2 = ab.length_sq();
    if len2 == 0.0 {
        return (p - a).length();
    }
    let t = ((p - a).dot(ab) / len2).clamp(0.0, 1.0);
    (p - (a + ab * t)).length()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(owner: (Pos2, f32), spots: [egui::Rect; 2], is_forced: bool) -> LabelRequest {
        // The side spots repeat the first two, so the tests below are about those.
        let spots = [spots[0], spots[1], spots[0], spots[1]];
        let ctx = egui::Context::default();
        let mut galley = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            galley = Some(ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap("x".into(), FontId::proportional(10.0), Color32::WHITE)
            }));
        });
        // Nothing paints here: the font atlas's pending upload is dropped on purpose.
        output.textures_delta.clear();
        LabelRequest {
            spots,
            on_node: None,
            owner,
            is_forced,
            galley: galley.unwrap(),
            color: Color32::WHITE,
            alpha: 130,
        }
    }

    #[test]
    fn a_label_covers_no_label_no_node_and_never_names_another_node() {
        let rect =
            |x: f32, y: f32| egui::Rect::from_min_size(Pos2::new(x, y), Vec2::new(40.0, 10.0));
        let spots =
            |x: f32, y: f32, r: f32| [rect(x - 20.0, y + r + 2.0), rect(x - 20.0, y - r - 12.0)];
        // A node at (100, 100) and one right below it at (100, 130).
        let (a, b) = (
            (Pos2::new(100.0, 100.0), 8.0),
            (Pos2::new(100.0, 130.0), 8.0),
        );
        let discs = [a, b];
        // A's label below would sit on B: it goes above A.
        let placed = place_labels(&discs, &[request(a, spots(100.0, 100.0, 8.0), false)]);
        assert_eq!(placed, [(0, rect(80.0, 80.0))]);
        // Both spots of a node squeezed between two others are nearer to them: no label.
        let c = (Pos2::new(100.0, 115.0), 3.0);
        let squeezed = place_labels(&[a, b, c], &[request(c, spots(100.0, 115.0, 3.0), false)]);
        assert!(squeezed.is_empty(), "{squeezed:?}");
        // Forced, it takes its first spot all the same.
        let forced = place_labels(&[a, b, c], &[request(c, spots(100.0, 115.0, 3.0), true)]);
        assert_eq!(forced.len(), 1);
        // Two labels never overlap: the second node's label goes to its other spot or
        // nowhere.
        let far = (Pos2::new(300.0, 100.0), 8.0);
        let near = (Pos2::new(310.0, 100.0), 8.0);
        let two = place_labels(
            &[far, near],
            &[
                request(far, spots(300.0, 100.0, 8.0), false),
                request(near, spots(310.0, 100.0, 8.0), false),
            ],
        );
        assert!(two.len() <= 2 && two.windows(2).all(|w| !w[0].1.intersects(w[1].1)));
        // A hub squeezed in a crowd is labelled on itself, unless a label is there.
        let on_c = egui::Rect::from_center_size(c.0, Vec2::new(40.0, 10.0));
        let hub = LabelRequest {
            on_node: Some(on_c),
            ..request(c, spots(100.0, 115.0, 3.0), false)
        };
        let crowd = place_labels(&[a, b, c], std::slice::from_ref(&hub));
        assert_eq!(crowd, [(0, on_c)]);
        let blocker = LabelRequest {
            spots: [on_c; 4],
            ..request(b, spots(100.0, 130.0, 8.0), true)
        };
        let second = place_labels(&[a, b, c], &[blocker, hub]);
        assert_eq!(
            second,
            [(0, on_c)],
            "the hub's label is not drawn over another"
        );
    }

    #[test]
    fn segment_distance() {
        let (a, b) = (Pos2::new(0.0, 0.0), Pos2::new(10.0, 0.0));
        assert_eq!(distance_to_segment(Pos2::new(5.0, 3.0), a, b), 3.0);
        assert_eq!(distance_to_segment(Pos2::new(-4.0, 3.0), a, b), 5.0);
    }
}
