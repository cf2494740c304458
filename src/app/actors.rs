//! The table of actors: every entity with its figures (links, passages, betweenness,
//! PageRank, eigenvector, community), sorted by any column; a click on a name selects
//! it.

use eframe::egui::{self, RichText};

use super::palette::{community_color, kind_color};
use super::state::{ActorSort, AppState, Command, Selection};
use super::Loaded;
use crate::graph::EntityId;

/// At most this many rows are drawn (the best by the sort column).
const ROWS: usize = 300;

/// The columns, with the header shown.
const COLUMNS: [(ActorSort, &str); 7] = [
    (ActorSort::Name, "Name"),
    (ActorSort::Degree, "Links"),
    (ActorSort::WeightedDegree, "Passages"),
    (ActorSort::Betweenness, "Betweenness"),
    (ActorSort::PageRank, "PageRank"),
    (ActorSort::Eigenvector, "Eigenvector"),
    (ActorSort::Community, "Community"),
];

/// The entities in the order `sort` asks for (ties by name).
pub fn sorted(data: &Loaded, sort: ActorSort, is_descending: bool) -> Vec<EntityId> {
    let g = &data.extraction.graph;
    let a = &data.analysis;
    let value = |id: EntityId| -> f64 {
        let i = id.index();
        let at = |v: &[f64]| v.get(i).copied().unwrap_or(0.0);
        match sort {
            ActorSort::Name => 0.0,
            ActorSort::Degree => at(&a.degree),
            ActorSort::WeightedDegree => at(&a.weighted_degree),
            ActorSort::Betweenness => at(&a.betweenness),
            ActorSort::PageRank => at(&a.pagerank),
            ActorSort::Eigenvector => at(&a.eigenvector),
            ActorSort::Community => f64::from(a.community_number(i)),
        }
    };
    let name = |id: EntityId| g.entity(id).map_or("", |e| e.name.as_str());
    // A filtered view's figures leave out what it does not show.
    let is_whole = !a.community.contains(&crate::analysis::NO_COMMUNITY);
    let mut ids: Vec<EntityId> = g
        .entity_ids()
        .filter(|id| is_whole || a.includes(id.index()))
        .collect();
    ids.sort_by(|&x, &y| {
        let by_value = value(x).total_cmp(&value(y));
        let by_name = name(x).to_lowercase().cmp(&name(y).to_lowercase());
        let order = if sort == ActorSort::Name {
            by_name
        } else {
            by_value.then(by_name.reverse())
        };
        if is_descending {
            order.reverse()
        } else {
            order
        }
    });
    ids
}

/// Draws the window while it is open.
pub fn actors_ui(
    ctx: &egui::Context,
    free: egui::Rect,
    state: &mut AppState,
    data: &Loaded,
    figures: &super::figures::Figures,
    commands: &mut Vec<Command>,
) {
    let mut is_open = state.is_actors_open;
    egui::Window::new("Actors")
        .id(egui::Id::new("actors"))
        .open(&mut is_open)
        .constrain_to(free)
        .default_pos(free.left_top() + egui::vec2(16.0, 16.0))
        .default_size([620.0, 420.0])
        .show(ctx, |ui| {
            let a = &data.analysis;
            let sampled = if a.is_betweenness_sampled {
                " Betweenness is estimated from a sample of sources."
            } else {
                ""
            };
            let ids = sorted(data, state.actor_sort, state.is_actor_sort_descending);
            let of = if figures.is_of_view() {
                format!(
                    "Figures of the filtered view: {} of {} entities.",
                    ids.len(),
                    data.extraction.graph.entity_count()
                )
            } else {
                format!("{} entities.", data.extraction.graph.entity_count())
            };
            ui.horizontal(|ui| {
                if figures.is_busy() {
                    ui.spinner();
                    ui.label(RichText::new("Computing the figures…").small());
                }
                ui.label(
                    RichText::new(format!(
                        "{of} Click a header to sort, a name to select it.{sampled}"
                    ))
                    .small()
                    .weak(),
                );
            });
            // Links in the view: the normalised degree times (n − 1), an integer.
            let links = |id: EntityId| {
                if figures.is_of_view() {
                    let d = a.degree.get(id.index()).copied().unwrap_or(0.0);
                    (d * ids.len().saturating_sub(1) as f64).round() as usize
                } else {
                    data.extraction.graph.degree(id)
                }
            };
            egui::ScrollArea::both()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    egui::Grid::new("actors-grid")
                        .striped(true)
                        .num_columns(COLUMNS.len())
                        .show(ui, |ui| {
                            for (column, header) in COLUMNS {
                                let arrow = match (
                                    state.actor_sort == column,
                                    state.is_actor_sort_descending,
                                ) {
                                    (true, true) => " ⏷",
                                    (true, false) => " ⏶",
                                    _ => "",
                                };
                                if ui.button(format!("{header}{arrow}")).clicked() {
                                    if state.actor_sort == column {
                                        state.is_actor_sort_descending =
                                            !state.is_actor_sort_descending;
                                    } else {
                                        state.actor_sort = column;
                                        state.is_actor_sort_descending = column != ActorSort::Name;
                                    }
                                }
                            }
                            ui.end_row();
                            let g = &data.extraction.graph;
                            for &id in ids.iter().take(ROWS) {
                                let Some(e) = g.entity(id) else { continue };
                                let i = id.index();
                                let at = |v: &[f64]| v.get(i).copied().unwrap_or(0.0);
                                let name = RichText::new(&e.name).color(kind_color(e.kind));
                                if ui.link(name).on_hover_text(e.kind.as_str()).clicked() {
                                    commands.push(Command::Select(Selection::Entity(id)));
                                    commands.push(Command::CenterOn(id));
                                }
                                ui.label(links(id).to_string());
                                ui.label(format!("{}", at(&a.weighted_degree)));
                                ui.label(format!("{:.4}", at(&a.betweenness)));
                                ui.label(format!("{:.4}", at(&a.pagerank)));
                                ui.label(format!("{:.4}", at(&a.eigenvector)));
                                let c = a.community.get(i).copied().unwrap_or(u32::MAX);
                                let number = a.community_number(i);
                                ui.horizontal(|ui| {
                                    super::palette::dot(ui, community_color(c), 5.0);
                                    ui.label(
                                        RichText::new(number.to_string()).color(community_color(c)),
                                    );
                                });
                                ui.end_row();
                            }
                        });
                });
        });
    state.is_actors_open = is_open;
}
