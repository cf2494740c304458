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
        let base = kind_color(self.view.kind);
        let fill = if self.view.is_dimmed {
            palette::dimmed(base)
        } else {
            base
        };
        let is_focused = self.is_selected || self.is_hovered || self.is_dragged;
        let stroke = if is_focused {
            Stroke::new(2.5, Color32::WHITE)
        } else if self.view.is_dimmed {
            Stroke::NONE
        } else {
            Stroke::new(1.0, Color32::from_black_alpha(160))
        };
        let out = vec![kind_polygon(
            kind_shape(self.view.kind),
            center,
            r,
            fill,
            stroke,
        )];
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
            // Below the node, or else above it.
            let spots = [
                Pos2::new(left, center.y + r + 2.0),
                Pos2::new(left, center.y - r - 2.0 - size.y),
            ]
            .map(|at| egui::Rect::from_min_size(at, size).expand(1.5));
            // Never two labels on top of each other: nodes are drawn biggest first, so
            // the bigger node keeps its label; a focused node always shows its own.
            // Labels are painted after every node (`paint_labels`), so no later node
            // covers one.
            let alpha = if is_focused { 200 } else { 130 };
            claim_label_space(ctx.ctx, &spots, is_focused, |bg| {
                [
                    Shape::rect_filled(bg, 2.0, Color32::from_black_alpha(alpha)),
                    TextShape::new(bg.min + Vec2::splat(1.5), galley, text_color).into(),
                ]
            });
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
#[derive(Clone, Default)]
struct PlacedLabels {
    pass: u64,
    labels: Vec<PlacedLabel>,
}

#[derive(Clone)]
struct PlacedLabel {
    rect: egui::Rect,
    is_forced: bool,
    shapes: [Shape; 2],
}

impl PlacedLabels {
    /// Places the label `make` draws in the first of `spots` that overlaps no label
    /// placed before. A forced label that finds no free spot takes the first one and
    /// removes the unforced labels it would cover. Returns where it went.
    fn claim(
        &mut self,
        spots: &[egui::Rect],
        is_forced: bool,
        make: impl FnOnce(egui::Rect) -> [Shape; 2],
    ) -> Option<egui::Rect> {
        let is_free = |rect: &egui::Rect| !self.labels.iter().any(|l| l.rect.intersects(*rect));
        let rect = match spots.iter().find(|s| is_free(s)) {
            Some(&free) => free,
            None if is_forced => {
                let rect = *spots.first()?;
                self.labels
                    .retain(|l| l.is_forced || !l.rect.intersects(rect));
                rect
            }
            None => return None,
        };
        self.labels.push(PlacedLabel {
            rect,
            is_forced,
            shapes: make(rect),
        });
        Some(rect)
    }
}

const PLACED_LABELS: &str = "nexo-placed-labels";

/// Places a label for this pass (see [`PlacedLabels::claim`]); `paint_labels` paints it.
fn claim_label_space(
    ctx: &egui::Context,
    spots: &[egui::Rect],
    is_forced: bool,
    make: impl FnOnce(egui::Rect) -> [Shape; 2],
) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let placed = d.get_temp_mut_or_default::<PlacedLabels>(egui::Id::new(PLACED_LABELS));
        if placed.pass != pass {
            placed.pass = pass;
            placed.labels.clear();
        }
        placed.claim(spots, is_forced, make);
    });
}

/// Paints the labels placed while the nodes were drawn, on top of every node.
pub fn paint_labels(ctx: &egui::Context, painter: &egui::Painter) {
    let labels = ctx.data_mut(|d| {
        std::mem::take(
            &mut d
                .get_temp_mut_or_default::<PlacedLabels>(egui::Id::new(PLACED_LABELS))
                .labels,
        )
    });
    painter.extend(labels.into_iter().flat_map(|l| l.shapes));
}

/// The outline of a kind's shape around `c` with radius `r`.
pub fn kind_polygon(
    shape: palette::Shape,
    c: Pos2,
    r: f32,
    fill: Color32,
    stroke: Stroke,
) -> Shape {
    let regular = |n: usize, rotation: f32, scale: f32| -> Vec<Pos2> {
        (0..n)
            .map(|i| {
                let a = rotation + i as f32 * std::f32::consts::TAU / n as f32;
                c + Vec2::new(a.cos(), a.sin()) * r * scale
            })
            .collect()
    };
    match shape {
        palette::Shape::Circle => Shape::circle_filled(c, r, fill).with_stroke(stroke),
        palette::Shape::Square => {
            Shape::convex_polygon(regular(4, std::f32::consts::FRAC_PI_4, 1.15), fill, stroke)
        }
        palette::Shape::Triangle => {
            Shape::convex_polygon(regular(3, -std::f32::consts::FRAC_PI_2, 1.3), fill, stroke)
        }
        palette::Shape::Diamond => Shape::convex_polygon(regular(4, 0.0, 1.25), fill, stroke),
        palette::Shape::Hexagon => Shape::convex_polygon(regular(6, 0.0, 1.1), fill, stroke),
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
        let width = if self.is_selected { width + 2.0 } else { width };
        vec![Shape::line_segment([a, b], Stroke::new(width, color))]
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

    #[test]
    fn a_label_never_covers_another() {
        let rect =
            |x: f32, y: f32| egui::Rect::from_min_size(Pos2::new(x, y), Vec2::new(40.0, 10.0));
        let shapes = |_| [Shape::Noop, Shape::Noop];
        let mut placed = PlacedLabels::default();
        assert_eq!(
            placed.claim(&[rect(0.0, 0.0)], false, shapes),
            Some(rect(0.0, 0.0))
        );
        // Its first spot taken, a label goes to its second.
        let spots = [rect(10.0, 5.0), rect(10.0, -20.0)];
        assert_eq!(placed.claim(&spots, false, shapes), Some(rect(10.0, -20.0)));
        // No spot free: an unforced label is left out.
        let spots = [rect(5.0, 2.0), rect(5.0, -18.0)];
        assert_eq!(placed.claim(&spots, false, shapes), None);
        // A forced one takes its first spot and removes the label it would cover (the
        // one above stays).
        assert_eq!(placed.claim(&spots, true, shapes), Some(rect(5.0, 2.0)));
        let rects: Vec<egui::Rect> = placed.labels.iter().map(|l| l.rect).collect();
        assert_eq!(rects, [rect(10.0, -20.0), rect(5.0, 2.0)]);
        // A forced label is never removed: the selected and the hovered node both keep
        // theirs, even where the two meet.
        assert_eq!(
            placed.claim(&[rect(6.0, 3.0)], true, shapes),
            Some(rect(6.0, 3.0))
        );
        assert_eq!(placed.labels.len(), 3);
    }

    #[test]
    fn segment_distance() {
        let (a, b) = (Pos2::new(0.0, 0.0), Pos2::new(10.0, 0.0));
        assert_eq!(distance_to_segment(Pos2::new(5.0, 3.0), a, b), 3.0);
        assert_eq!(distance_to_segment(Pos2::new(-4.0, 3.0), a, b), 5.0);
    }
}
