//! The top bar: search (accent-insensitive), kind filters with the legend, layout
//! controls.

use eframe::egui::{self, Color32, RichText};

use super::palette::kind_color;
use super::state::{AppState, Coloring, Command, NodeSizing, Selection};
use super::Loaded;
use crate::extract::fold::fold_str;
use crate::graph::EntityId;
use crate::kind::Kind;

/// Entities whose name or alias contains `query` (accent- and case-insensitive), best
/// first: names starting with the query, then more mentions.
pub fn search_matches(data: &Loaded, query: &str, limit: usize) -> Vec<EntityId> {
    let q = fold_str(query);
    if q.is_empty() {
        return Vec::new();
    }
    let g = &data.extraction.graph;
    let mut hits: Vec<(bool, u32, EntityId)> = g
        .entity_ids()
        .zip(g.entities())
        .filter_map(|(id, e)| {
            let forms = std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|f| fold_str(f));
            let mut best: Option<bool> = None;
            for f in forms {
                if f.starts_with(&q) || f.contains(&format!(" {q}")) {
                    best = Some(true);
                } else if f.contains(&q) && best.is_none() {
                    best = Some(false);
                }
            }
            best.map(|prefix| (prefix, e.mentions, id))
        })
        .collect();
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    hits.into_iter().take(limit).map(|(_, _, id)| id).collect()
}

/// Draws the bar.
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    state: &mut AppState,
    data: Option<&Loaded>,
    is_moving: bool,
    is_paused: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label("🔍");
        let search = ui.add(
            egui::TextEdit::singleline(&mut state.search)
                .hint_text("Search names (Ctrl+F)")
                .desired_width(220.0)
                .id(egui::Id::new("search")),
        );
        if ui.input(|i| i.modifiers.command && i.key_pressed(egui::Key::F)) {
            search.request_focus();
        }
        if search.changed() {
            state.is_search_open = !state.search.is_empty();
        }
        if search.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            state.is_search_open = false;
        }
        if let Some(data) = data {
            let matches = search_matches(data, &state.search, 12);
            if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                if let Some(first) = matches.first() {
                    commands.push(Command::Select(Selection::Entity(*first)));
                    commands.push(Command::CenterOn(*first));
                }
                state.is_search_open = false;
            }
            if state.is_search_open && !state.search.is_empty() {
                search_results(ui, &search, data, &matches, state, commands);
            }
        }
        ui.separator();
        // The kind chips are the legend too: shape and colour as on the canvas.
        for kind in Kind::ALL {
            let on = state.is_kind_visible(kind);
            let color = if on {
                kind_color(kind)
            } else {
                Color32::from_gray(90)
            };
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            let shape = super::shapes::kind_polygon(
                super::palette::kind_shape(kind),
                rect.center(),
                5.0,
                color,
                egui::Stroke::NONE,
            );
            ui.painter().add(shape);
            let text = RichText::new(kind.as_str()).color(color);
            if ui
                .selectable_label(on, text)
                .on_hover_text("Show or hide this kind")
                .clicked()
            {
                commands.push(Command::ToggleKind(kind));
            }
        }
        ui.separator();
        ui.label("min. passages");
        ui.add(egui::DragValue::new(&mut state.min_weight).range(1..=50));
        ui.label("confidence")
            .on_hover_text("Hide the relations less likely to be stated than this");
        ui.spacing_mut().slider_width = 70.0;
        ui.add(
            egui::Slider::new(&mut state.min_confidence, 0.0..=1.0)
                .fixed_decimals(2)
                .step_by(0.05),
        )
        .on_hover_text(
            "Every pair named in one sentence is a candidate; a learned model scores how \
             likely the sentence states a relation. 0 shows them all.",
        );
        ui.checkbox(&mut state.is_stated_only, "stated only")
            .on_hover_text(
                "Only relations a rule read in a sentence, not pairs only named together",
            );
        ui.checkbox(&mut state.is_isolated_hidden, "hide isolated");
        egui::ComboBox::from_id_salt("focus")
            .selected_text(match state.focus_depth {
                None => "focus: off".to_string(),
                Some(d) => format!("focus: {d} hop{}", if d == 1 { "" } else { "s" }),
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.focus_depth, None, "focus: off");
                for d in 1..=3u8 {
                    ui.selectable_value(
                        &mut state.focus_depth,
                        Some(d),
                        format!("focus: {d} hop{}", if d == 1 { "" } else { "s" }),
                    );
                }
            })
            .response
            .on_hover_text("Show only the selected entity's neighbourhood");
        if let Some(data) = data {
            let total = data.corpus.documents.len();
            let label = format!(
                "documents ({}/{total})",
                total - state.hidden_docs.len().min(total)
            );
            // Stays open while boxes are ticked; only a click outside closes it.
            egui::containers::menu::MenuButton::new(label)
                .config(
                    egui::containers::menu::MenuConfig::new()
                        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
                )
                .ui(ui, |ui| documents_menu(ui, data, state));
        }
        // The view's settings start the second row (the first is the filters').
        ui.end_row();
        egui::ComboBox::from_id_salt("sizing")
            .selected_text(state.sizing.name())
            .show_ui(ui, |ui| {
                for (sizing, name) in NodeSizing::ALL {
                    ui.selectable_value(&mut state.sizing, sizing, name);
                }
            });
        egui::ComboBox::from_id_salt("coloring")
            .selected_text(match state.coloring {
                Coloring::Kind => "colour: kind",
                Coloring::Community => "colour: community",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.coloring, Coloring::Kind, "colour: kind");
                ui.selectable_value(
                    &mut state.coloring,
                    Coloring::Community,
                    "colour: community",
                );
            });
        ui.separator();
        let pause_label = if is_paused { "▶ Resume" } else { "⏸ Pause" };
        if ui.button(pause_label).on_hover_text("Space").clicked() {
            commands.push(Command::TogglePause);
        }
        if ui.button("↻ Re-run").clicked() {
            commands.push(Command::Reheat);
        }
        if ui.button("⛶ Fit").on_hover_text("F").clicked() {
            commands.push(Command::Fit);
        }
        if is_moving {
            ui.spinner();
        }
    });
}

/// The matches, in a list that drops down under the search box (the bar itself never
/// moves); a click selects the entity and centres the view on it.
fn search_results(
    ui: &egui::Ui,
    search: &egui::Response,
    data: &Loaded,
    matches: &[EntityId],
    state: &mut AppState,
    commands: &mut Vec<Command>,
) {
    let area = egui::Area::new(egui::Id::new("search-results"))
        .fixed_pos(search.rect.left_bottom() + egui::vec2(0.0, 4.0))
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_min_width(search.rect.width());
                if matches.is_empty() {
                    ui.weak("No matches");
                }
                for &id in matches {
                    let Some(e) = data.extraction.graph.entity(id) else {
                        continue;
                    };
                    let text = RichText::new(&e.name).color(kind_color(e.kind));
                    let hint = format!(
                        "{} · {} mentions · Ctrl+click: select it too",
                        e.kind, e.mentions
                    );
                    let response = ui.selectable_label(false, text).on_hover_text(hint);
                    let is_adding =
                        ui.input(|i| i.modifiers.command) && state.selection != Selection::None;
                    if response.clicked() && is_adding {
                        // Ctrl+click selects several (for a merge); the list stays open.
                        commands.push(Command::ToggleMarked(id));
                    } else if response.clicked() {
                        commands.push(Command::Select(Selection::Entity(id)));
                        commands.push(Command::CenterOn(id));
                        state.is_search_open = false;
                    }
                }
            });
        });
    // A click anywhere else closes the list.
    let clicked_elsewhere =
        ui.input(|i| i.pointer.any_click()) && !area.response.hovered() && !search.hovered();
    if clicked_elsewhere {
        state.is_search_open = false;
    }
}

/// The documents filter: a search box, All / None, and one row per document (date,
/// title, outlet) with its box and an "only" button, in a scrolling list.
fn documents_menu(ui: &mut egui::Ui, data: &Loaded, state: &mut AppState) {
    ui.set_max_width(520.0);
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut state.document_filter)
                .hint_text("Filter by title, outlet or date")
                .desired_width(260.0),
        );
        if ui.button("All").clicked() {
            state.hidden_docs.clear();
        }
        if ui.button("None").clicked() {
            state.hidden_docs = data.corpus.documents.iter().map(|d| d.id.clone()).collect();
        }
    });
    ui.separator();
    let wanted = fold_str(&state.document_filter);
    let rows: Vec<&crate::corpus::Document> = data
        .corpus
        .documents
        .iter()
        .filter(|d| {
            wanted.is_empty() || {
                let m = &d.metadata;
                let text = format!(
                    "{} {} {} {}",
                    m.title,
                    m.outlet.as_deref().unwrap_or(""),
                    m.date.as_deref().unwrap_or(""),
                    d.id
                );
                fold_str(&text).contains(&wanted)
            }
        })
        .collect();
    if rows.is_empty() {
        ui.weak("No documents match");
    }
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for d in &rows[range] {
                ui.horizontal(|ui| {
                    let mut shown = !state.hidden_docs.contains(&d.id);
                    let date = d.metadata.date.as_deref().unwrap_or("undated");
                    let title = crate::corpus::truncate_chars(&d.metadata.title, 60);
                    let text = format!("{date}  {title}");
                    let mut hover =
                        format!("{}\n{}", d.metadata.outlet.as_deref().unwrap_or(""), d.id);
                    if d.metadata.date_from_text {
                        hover.push_str("\nDate read from the text (no date in front matter)");
                    }
                    if ui.checkbox(&mut shown, text).on_hover_text(hover).changed() {
                        if shown {
                            state.hidden_docs.retain(|h| h != &d.id);
                        } else {
                            state.hidden_docs.push(d.id.clone());
                        }
                    }
                    if ui.small_button("only").clicked() {
                        state.hidden_docs = data
                            .corpus
                            .documents
                            .iter()
                            .filter(|o| o.id != d.id)
                            .map(|o| o.id.clone())
                            .collect();
                    }
                });
            }
        });
}

/// The legend of colour by community: the largest communities, each named after its
/// best-connected member, with its size; a click selects that member.
pub fn community_legend_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    let analysis = &data.analysis;
    let g = &data.extraction.graph;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "Communities (Louvain, modularity {:.2}):",
                analysis.modularity
            ))
            .small(),
        );
        let members = analysis.members();
        for (c, list) in members
            .iter()
            .enumerate()
            .take(super::palette::COLORED_COMMUNITIES)
            .filter(|(_, list)| list.len() > 1)
        {
            let Some(&head) = list.iter().max_by(|&&a, &&b| {
                analysis.weighted_degree[a].total_cmp(&analysis.weighted_degree[b])
            }) else {
                continue;
            };
            let Some(e) = g.entities().get(head) else {
                continue;
            };
            let color = super::palette::community_color(c as u32);
            super::palette::dot(ui, color, 5.0);
            let text = RichText::new(format!("{} ({})", e.name, list.len())).color(color);
            let hint = format!(
                "Community {}: {} entities; click to select {}",
                c + 1,
                list.len(),
                e.name
            );
            if ui
                .selectable_label(false, text)
                .on_hover_text(hint)
                .clicked()
            {
                commands.push(Command::Select(Selection::Entity(EntityId(head as u32))));
            }
        }
        ui.label(RichText::new("grey: smaller groups").small().weak());
        let groups = analysis.groups();
        if !groups.is_empty() && state.collapsed.len() < groups.len() {
            let collapse = ui
                .small_button("Collapse all")
                .on_hover_text("Draw each community as one node; double-click one to open it");
            if collapse.clicked() {
                commands.push(Command::Collapse(groups));
            }
        }
        if !state.collapsed.is_empty() && ui.small_button("Open all").clicked() {
            commands.push(Command::ExpandAll);
        }
    });
}
