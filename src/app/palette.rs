//! Colours and shapes per kind, shared by the canvas, the legend and the passages.

use eframe::egui::Color32;

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
