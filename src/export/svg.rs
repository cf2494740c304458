//! SVG of a scene: the same positions, colours, shapes, sizes, labels and dimming as
//! the viewer, plus a legend and a caption. Text stays text (selectable, searchable).

use std::fmt::Write as _;

use super::formats::xml_escape;
use super::scene::{edge_width, kind_hex, Scene};
use crate::graph::EvidenceGraph;
use crate::kind::Kind;

/// Picture options.
#[derive(Debug, Clone, PartialEq)]
pub struct SvgOptions {
    /// Width of the picture in pixels (the height follows the graph's shape).
    pub width_px: f32,
    /// Caption under the graph (corpus, filters, date).
    pub caption: String,
}

const MARGIN: f32 = 40.0;
const LEGEND_H: f32 = 34.0;
const CAPTION_H: f32 = 30.0;
const FONT_PX: f32 = 12.0;

/// The width a label's box is given for `name`. Every renderer then draws the text at
/// exactly this width (`textLength`), whatever font it has, so no label overflows its
/// box.
fn label_width(name: &str) -> f32 {
    name.chars().count() as f32 * FONT_PX * 0.5 + 6.0
}

/// Renders `scene` as a standalone SVG document.
pub fn svg(graph: &EvidenceGraph, scene: &Scene, options: &SvgOptions) -> String {
    let (min_x, min_y, max_x, max_y) = scene.bounds();
    let width = options.width_px.max(200.0);
    // Room at the sides for the labels of the outermost nodes, so none is clipped.
    let side = scene
        .nodes
        .iter()
        .map(|n| label_width(&n.label(graph)) / 2.0)
        .fold(MARGIN, f32::max)
        .min(width / 4.0);
    let scale = (width - 2.0 * side) / (max_x - min_x).max(1.0);
    let graph_h = (max_y - min_y) * scale;
    let height = (graph_h + 2.0 * MARGIN + LEGEND_H + CAPTION_H).ceil();
    let tx = |x: f32| side + (x - min_x) * scale;
    let ty = |y: f32| MARGIN + LEGEND_H + (y - min_y) * scale;
    let px = |units: f32| (units * scale).max(0.0);

    let mut s = String::new();
    let _ = writeln!(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"Ubuntu, 'DejaVu Sans', Arial, sans-serif\">"
    );
    let _ = writeln!(s, "  <title>Nexo network</title>");
    let _ = writeln!(
        s,
        "  <rect width=\"100%\" height=\"100%\" fill=\"#1b1b1b\"/>"
    );

    // Edges under nodes.
    s.push_str("  <g id=\"edges\" stroke-linecap=\"round\">\n");
    for e in &scene.edges {
        let Some(r) = graph.relation(e.relation) else {
            continue;
        };
        let (Some(a), Some(b)) = (scene.node(r.source), scene.node(r.target)) else {
            continue;
        };
        let (color, opacity) = if e.is_highlighted {
            ("#f5e09a", 0.9)
        } else if e.is_dimmed {
            ("#909090", 0.1)
        } else {
            ("#a0a8b8", 0.47)
        };
        let w = px(edge_width(r.weight())).clamp(0.6, 10.0);
        let _ = writeln!(
            s,
            "    <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{color}\" stroke-opacity=\"{opacity}\" stroke-width=\"{w:.2}\"><title>{} — {} ({})</title></line>",
            tx(a.x),
            ty(a.y),
            tx(b.x),
            ty(b.y),
            xml_escape(graph.entity(r.source).map_or("", |e| e.name.as_str())),
            xml_escape(graph.entity(r.target).map_or("", |e| e.name.as_str())),
            r.weight()
        );
    }
    s.push_str("  </g>\n  <g id=\"nodes\">\n");
    // Nodes: biggest last so they sit on top; labels are placed biggest first.
    for (n, e) in scene.nodes_with(graph) {
        let r = px(n.radius).max(3.0);
        let opacity = if n.is_dimmed { 0.16 } else { 1.0 };
        let stroke = if n.is_selected {
            " stroke=\"#ffffff\" stroke-width=\"2.5\""
        } else {
            " stroke=\"#000000\" stroke-opacity=\"0.6\" stroke-width=\"1\""
        };
        let mut shape = kind_shape_svg(e.kind, tx(n.x), ty(n.y), r);
        if n.members > 0 {
            // A collapsed community: a ring around its disc, as in the viewer.
            let _ = write!(
                shape,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"none\" stroke-width=\"2\"/>",
                tx(n.x),
                ty(n.y),
                r + 3.0
            );
        }
        let _ = writeln!(
            s,
            "    <g fill=\"{}\" fill-opacity=\"{opacity}\"{stroke}>{shape}<title>{} ({})</title></g>",
            kind_hex(e.kind),
            xml_escape(&e.name),
            e.kind
        );
    }
    s.push_str("  </g>\n  <g id=\"labels\" font-size=\"12\" text-anchor=\"middle\">\n");
    let mut order: Vec<&super::scene::SceneNode> =
        scene.nodes.iter().filter(|n| !n.is_dimmed).collect();
    order.sort_by(|a, b| {
        b.is_selected
            .cmp(&a.is_selected)
            .then(b.radius.total_cmp(&a.radius))
            .then(a.entity.cmp(&b.entity))
    });
    // Labels avoid each other and every node's disc: each tries below its node, then
    // above, right, left and the four corners, and is left out only when all eight are
    // taken.
    let overlap =
        |a: &[f32; 4], b: &[f32; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    let discs: Vec<(crate::graph::EntityId, [f32; 4])> = scene
        .nodes
        .iter()
        .filter(|n| !n.is_dimmed)
        .map(|n| {
            let r = px(n.radius).max(3.0);
            let (x, y) = (tx(n.x), ty(n.y));
            (n.entity, [x - r, y - r, x + r, y + r])
        })
        .collect();
    let mut placed: Vec<[f32; 4]> = Vec::new();
    for n in order {
        if graph.entity(n.entity).is_none() {
            continue;
        }
        let name = n.label(graph);
        let text_w = label_width(&name);
        let h = FONT_PX + 4.0;
        let (x, y, r) = (tx(n.x), ty(n.y), px(n.radius).max(3.0));
        let (below, above) = (y + r + 3.0, y - r - 3.0 - h);
        let (right, left) = (x + r * 0.7 + 2.0, x - r * 0.7 - 2.0 - text_w);
        let candidates = [
            [x - text_w / 2.0, below],
            [x - text_w / 2.0, above],
            [x + r + 4.0, y - h / 2.0],
            [x - r - 4.0 - text_w, y - h / 2.0],
            [right, below - r * 0.3],
            [left, below - r * 0.3],
            [right, above + r * 0.3],
            [left, above + r * 0.3],
        ];
        let free = |rect: &[f32; 4]| {
            !placed.iter().any(|p| overlap(p, rect))
                && !discs
                    .iter()
                    .any(|(id, d)| *id != n.entity && overlap(d, rect))
        };
        let rects = candidates.map(|[left, top]| [left, top, left + text_w, top + h]);
        let Some(rect) = rects
            .iter()
            .find(|r| free(r))
            .or(n.is_selected.then_some(&rects[0]))
            .copied()
        else {
            continue;
        };
        placed.push(rect);
        let _ = writeln!(
            s,
            "    <rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"2\" fill=\"#000000\" fill-opacity=\"0.5\"/><text x=\"{:.1}\" y=\"{:.1}\" textLength=\"{:.1}\" lengthAdjust=\"spacingAndGlyphs\" fill=\"#ebebeb\">{}</text>",
            rect[0],
            rect[1],
            text_w,
            h,
            (rect[0] + rect[2]) / 2.0,
            rect[1] + FONT_PX,
            text_w - 6.0,
            xml_escape(&name)
        );
    }
    s.push_str("  </g>\n");

    // Legend (top) and caption (bottom).
    s.push_str("  <g id=\"legend\" font-size=\"13\">\n");
    let mut x = MARGIN;
    for kind in Kind::ALL {
        let _ = writeln!(
            s,
            "    <g fill=\"{}\">{}</g><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#dddddd\">{}</text>",
            kind_hex(kind),
            kind_shape_svg(kind, x + 6.0, MARGIN / 2.0 + 8.0, 6.0),
            x + 16.0,
            MARGIN / 2.0 + 12.5,
            kind.as_str()
        );
        x += 30.0 + kind.as_str().len() as f32 * 8.0;
    }
    s.push_str("  </g>\n");
    let _ = writeln!(
        s,
        "  <text id=\"caption\" x=\"{MARGIN:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#aaaaaa\">{}</text>",
        height - CAPTION_H / 2.0,
        xml_escape(&options.caption)
    );
    s.push_str("</svg>\n");
    s
}

/// One kind's shape as SVG elements centred on (`cx`, `cy`) with radius `r`.
fn kind_shape_svg(kind: Kind, cx: f32, cy: f32, r: f32) -> String {
    let polygon = |n: usize, rotation: f32, scale: f32| {
        let points: Vec<String> = (0..n)
            .map(|i| {
                let a = rotation + i as f32 * std::f32::consts::TAU / n as f32;
                format!(
                    "{:.1},{:.1}",
                    cx + a.cos() * r * scale,
                    cy + a.sin() * r * scale
                )
            })
            .collect();
        format!("<polygon points=\"{}\"/>", points.join(" "))
    };
    match kind {
        Kind::Person => format!("<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\"/>"),
        Kind::Agency => polygon(4, std::f32::consts::FRAC_PI_4, 1.15),
        Kind::Cartel => polygon(3, -std::f32::consts::FRAC_PI_2, 1.3),
        Kind::Agreement => polygon(4, 0.0, 1.25),
        Kind::Country => polygon(6, 0.0, 1.1),
        Kind::Organization => format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{:.1}\"/>",
            cx - r * 0.9,
            cy - r * 0.9,
            r * 1.8,
            r * 1.8,
            r * 0.45
        ),
    }
}
