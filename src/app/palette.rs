//! Colours and shapes per kind, shared by the canvas, the legend and the passages.

use eframe::egui::{self, Color32};

use crate::kind::Kind;

/// The colour of a kind (readable on the dark theme, distinct for colour-blind users
/// in combination with the shape).
pub fn kind_color(kind: Kind) -> Color32 {
    match kind {
        Kind::Person => Color32::from_rgb(0x4e, 0xa8, 0xde),
        Kind::Agency => Color32::from_rgb(0xf2, 0x8e, 0x2b),
        Kind::Cartel => Color32::from_rgb(0xe1, 0x57, 0x59),
        Kind::Agreement => Color32::from_rgb(0x59, 0xa1, 0x4f),
        Kind::Country => Color32::from_rgb(0xed, 0xc9, 0x48),
        Kind::Organization => Color32::from_rgb(0xb0, 0x7a, 0xa1),
    }
}

/// Colours of the largest communities, in order (Tableau 10, readable on the dark
/// theme); smaller communities and single entities are grey.
const COMMUNITY_COLORS: [Color32; 10] = [
    Color32::from_rgb(0x4e, 0x79, 0xa7),
    Color32::from_rgb(0xf2, 0x8e, 0x2b),
    Color32::from_rgb(0xe1, 0x57, 0x59),
    Color32::from_rgb(0x76, 0xb7, 0xb2),
    Color32::from_rgb(0x59, 0xa1, 0x4f),
    Color32::from_rgb(0xed, 0xc9, 0x48),
    Color32::from_rgb(0xb0, 0x7a, 0xa1),
    Color32::from_rgb(0xff, 0x9d, 0xa7),
    Color32::from_rgb(0x9c, 0x75, 0x5f),
    Color32::from_rgb(0xba, 0xb0, 0xac),
];

/// How many communities get a colour of their own.
pub const COLORED_COMMUNITIES: usize = COMMUNITY_COLORS.len();

/// The colour of community `c` (0 the largest).
pub fn community_color(c: u32) -> Color32 {
    COMMUNITY_COLORS
        .get(c as usize)
        .copied()
        .unwrap_or(Color32::from_gray(110))
}

/// The shape drawn for a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Person.
    Circle,
    /// Agency.
    Square,
    /// Cartel.
    Triangle,
    /// Agreement.
    Diamond,
    /// Country.
    Hexagon,
    /// Organization.
    RoundedSquare,
}

/// The shape of a kind.
pub fn kind_shape(kind: Kind) -> Shape {
    match kind {
        Kind::Person => Shape::Circle,
        Kind::Agency => Shape::Square,
        Kind::Cartel => Shape::Triangle,
        Kind::Agreement => Shape::Diamond,
        Kind::Country => Shape::Hexagon,
        Kind::Organization => Shape::RoundedSquare,
    }
}

/// A colour at reduced opacity (for dimmed, out-of-focus elements).
pub fn dimmed(color: Color32) -> Color32 {
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), 40)
}

/// A filled circle of `color` in the row (fonts lack a reliable bullet glyph).
pub fn dot(ui: &mut egui::Ui, color: Color32, radius: f32) {
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(radius * 2.0 + 2.0, radius * 2.0 + 2.0),
        egui::Sense::hover(),
    );
    ui.painter().circle_filled(rect.center(), radius, color);
}
