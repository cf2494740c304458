//! The status bar: what is visible, where it came from, and what went wrong.

use eframe::egui;

use super::state::{AppState, Command};
use super::Loaded;

/// Draws the bar.
pub fn status_bar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    data: Option<&Loaded>,
    visible: Option<(usize, usize)>,
    message: Option<&str>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        // Filters survive a restart and a new corpus: say so, with a way back.
        let filters = state.active_filters();
        if !filters.is_empty() {
            ui.colored_label(
                egui::Color32::from_rgb(0xf2, 0x8e, 0x2b),
                format!("Filtered: {}", filters.join(", ")),
            );
            if ui.small_button("Reset filters").clicked() {
                commands.push(Command::ResetFilters);
            }
            ui.separator();
        }
        if let (Some(data), Some((nodes, edges))) = (data, visible) {
            let g = &data.extraction.graph;
            ui.label(format!(
                "{nodes} / {} entities · {edges} / {} relations",
                g.entity_count(),
                g.relation_count()
            ));
            ui.separator();
            ui.label(format!("{} documents", data.corpus.documents.len()));
            ui.separator();
            let warnings = &data.corpus.report.warnings;
            let unresolved = &data.extraction.report.unresolved;
            let stale = &data.curator.stale;
            let mut summary = format!(
                "⚠ {} · {}",
                count(warnings.len(), "warning", "warnings"),
                count(
                    data.extraction.report.unresolved_count,
                    "ambiguous name",
                    "ambiguous names"
                )
            );
            if !stale.is_empty() {
                summary.push_str(&format!(
                    " · {}",
                    count(stale.len(), "stale edit", "stale edits")
                ));
            }
            ui.menu_button(summary, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for s in stale {
                            ui.colored_label(
                                egui::Color32::from_rgb(0xf2, 0x8e, 0x2b),
                                s.to_string(),
                            );
                        }
                        for w in warnings {
                            ui.label(w.to_string());
                        }
                        // An ambiguous name is settled from its own menu: which one it
                        // means there.
                        for u in unresolved {
                            ui.menu_button(u.to_string(), |ui| {
                                ui.label("It means:");
                                let g = &data.extraction.graph;
                                for name in &u.candidates {
                                    let key = g
                                        .entities()
                                        .iter()
                                        .find(|e| &e.name == name)
                                        .map(|e| e.key.clone());
                                    let button = egui::Button::new(name.as_str());
                                    if ui.add_enabled(key.is_some(), button).clicked() {
                                        commands.push(Command::Curate(
                                            crate::curation::Edit::Settle {
                                                doc: u.doc.clone(),
                                                start: u.start as u32,
                                                id: key.unwrap_or_default(),
                                            },
                                        ));
                                        ui.close();
                                    }
                                }
                            });
                        }
                        if warnings.is_empty() && unresolved.is_empty() && stale.is_empty() {
                            ui.label("Nothing to report.");
                        }
                    });
            });
            ui.separator();
        }
        if let Some(path) = &state.corpus {
            ui.label(path.display().to_string());
        }
        if let Some(m) = message {
            ui.separator();
            ui.label(m);
        }
    });
}

/// "1 warning", "2 warnings".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
