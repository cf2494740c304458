//! The time bar: passages per month as a histogram, a range of months that filters
//! passages (and so edges and nodes) by their document's date, undated documents
//! apart, and Play, which steps through the months with the network growing.

use eframe::egui::{self, Color32, RichText};

use super::state::AppState;
use super::Loaded;
use crate::analysis::time::span;

/// A month as a number: `year × 12 + month − 1`.
pub type Month = u32;

/// The month a date starts in (`2025` is January 2025).
pub fn month_of(date: &str) -> Option<Month> {
    let (first, _) = span(date)?;
    Some(first / 10_000 * 12 + (first / 100 % 100) - 1)
}

/// `2025-09`.
pub fn month_name(m: Month) -> String {
    format!("{}-{:02}", m / 12, m % 12 + 1)
}

/// Passages per month, the first and last month with any, and the passages of
/// undated documents.
pub struct Histogram {
    /// Passages in each month from `first` on.
    pub counts: Vec<usize>,
    /// The first month.
    pub first: Month,
    /// Passages in documents without a date.
    pub undated: usize,
}

impl Histogram {
    /// Counts the passages of the graph shown, by their document's month.
    pub fn of(data: &Loaded) -> Option<Self> {
        let month_of_doc: Vec<Option<Month>> = data
            .corpus
            .documents
            .iter()
            .map(|d| d.metadata.date.as_deref().and_then(month_of))
            .collect();
        let months: Vec<Month> = month_of_doc.iter().flatten().copied().collect();
        let (first, last) = (*months.iter().min()?, *months.iter().max()?);
        let mut counts = vec![0; (last - first + 1) as usize];
        let mut undated = 0;
        for r in data.extraction.graph.relations() {
            for p in &r.passages {
                match month_of_doc.get(p.doc.index()).copied().flatten() {
                    Some(m) => counts[(m - first) as usize] += 1,
                    None => undated += 1,
                }
            }
        }
        Some(Self {
            counts,
            first,
            undated,
        })
    }

    /// The last month.
    pub fn last(&self) -> Month {
        self.first + self.counts.len() as u32 - 1
    }
}

/// Whether the document dated `date` is in the time bar's range.
pub fn is_in_range(state: &AppState, date: Option<&str>) -> bool {
    match date.and_then(month_of) {
        None => state.is_undated_shown,
        Some(m) => state.time_from.is_none_or(|f| m >= f) && state.time_to.is_none_or(|t| m <= t),
    }
}

/// How long Play shows each month.
pub const PLAY_STEP: std::time::Duration = std::time::Duration::from_millis(800);

/// Draws the bar.
pub fn timeline_ui(ui: &mut egui::Ui, state: &mut AppState, data: &Loaded) {
    let Some(h) = Histogram::of(data) else {
        ui.label("No document has a date (front matter `date:`, a “Published” line, a dateline): there is no timeline.");
        return;
    };
    let (first, last) = (h.first, h.last());
    let from = state.time_from.unwrap_or(first).clamp(first, last);
    let to = state.time_to.unwrap_or(last).clamp(from, last);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Passages per month").small());
        // The histogram: one bar per month, the months in range bright.
        let width = (ui.available_width() - 90.0).max(200.0);
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, 36.0), egui::Sense::click());
        let max = h.counts.iter().copied().max().unwrap_or(1).max(1) as f32;
        let step = rect.width() / h.counts.len() as f32;
        for (i, &n) in h.counts.iter().enumerate() {
            let m = first + i as u32;
            let height = rect.height() * n as f32 / max;
            let x = rect.left() + i as f32 * step;
            let bar = egui::Rect::from_min_max(
                egui::pos2(x + 1.0, rect.bottom() - height),
                egui::pos2(x + step - 1.0, rect.bottom()),
            );
            let color = if (from..=to).contains(&m) {
                Color32::from_rgb(0x4e, 0xa8, 0xde)
            } else {
                Color32::from_gray(70)
            };
            ui.painter().rect_filled(bar, 1.0, color);
        }
        let hovered = response
            .hover_pos()
            .map(|p| first + ((p.x - rect.left()) / step).floor().max(0.0) as u32);
        if let Some(m) = hovered.filter(|m| *m <= last) {
            let n = h.counts[(m - first) as usize];
            response.on_hover_text(format!("{}: {n} passages", month_name(m)));
        }
        ui.label(RichText::new(format!("{}\n{}", month_name(first), month_name(last))).small());
    });
    ui.horizontal(|ui| {
        let mut from_i = from;
        let mut to_i = to;
        ui.add(
            egui::Slider::new(&mut from_i, first..=last)
                .custom_formatter(|v, _| month_name(v as Month))
                .text("from"),
        );
        ui.add(
            egui::Slider::new(&mut to_i, first..=last)
                .custom_formatter(|v, _| month_name(v as Month))
                .text("to"),
        );
        if from_i != from || to_i != to {
            state.time_from = Some(from_i.min(to_i));
            state.time_to = Some(to_i.max(from_i));
            state.is_playing = false;
        }
        ui.checkbox(
            &mut state.is_undated_shown,
            format!("undated ({} passages)", h.undated),
        );
        let playing = state.is_playing;
        if ui
            .button(if playing { "⏸ Stop" } else { "▶ Play" })
            .on_hover_text("Month by month from the first: the network as it grew")
            .clicked()
        {
            if playing {
                state.is_playing = false;
            } else {
                state.time_from = Some(first);
                state.time_to = Some(first);
                state.is_playing = true;
            }
        }
        if ui.button("All").clicked() {
            state.time_from = None;
            state.time_to = None;
            state.is_undated_shown = true;
            state.is_playing = false;
        }
    });
}

/// Advances Play by a month; returns false once it has reached the last month.
pub fn step_play(state: &mut AppState, data: &Loaded) -> bool {
    let Some(h) = Histogram::of(data) else {
        return false;
    };
    let to = state.time_to.unwrap_or(h.last());
    if to >= h.last() {
        return false;
    }
    state.time_to = Some(to + 1);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_from_year_zero_and_read_back() {
        assert_eq!(month_of("2025-09-14"), Some(2025 * 12 + 8));
        assert_eq!(month_of("2025"), Some(2025 * 12));
        assert_eq!(month_name(2025 * 12 + 8), "2025-09");
        let state = AppState {
            time_from: Some(2025 * 12),
            time_to: Some(2025 * 12 + 5),
            ..AppState::default()
        };
        assert!(is_in_range(&state, Some("2025-03")));
        assert!(!is_in_range(&state, Some("2025-09")));
        assert!(is_in_range(&state, None), "undated shown by default");
    }
}
