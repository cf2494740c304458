//! The side panel: the evidence behind whatever is selected.

use eframe::egui::{self, text::LayoutJob, Color32, FontId, RichText, TextFormat};

use super::palette::kind_color;
use super::state::{AppState, Command, ReaderTarget, Selection};
use super::Loaded;
use crate::graph::{EntityId, Passage, RelationId};

/// Draws the panel for the current selection.
pub fn evidence_panel_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    // Every row wraps at the panel's edge (links in a row of their own too), so a long
    // name never widens the panel past the width the user gave it.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    if !state.history.is_empty() {
        ui.horizontal(|ui| {
            let back = ui.add_enabled(state.can_go_back(), egui::Button::new("◀ Back").small());
            if back.on_hover_text("Alt+Left").clicked() {
                commands.push(Command::Back);
            }
            let forward = ui.add_enabled(
                state.can_go_forward(),
                egui::Button::new("Forward ▶").small(),
            );
            if forward.on_hover_text("Alt+Right").clicked() {
                commands.push(Command::Forward);
            }
        });
    }
    if super::curate::selected_entities(state).len() > 1 {
        together_ui(ui, state, data, commands);
    }
    if let Some(shown) = &state.paths {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| paths_ui(ui, shown, data, commands));
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match state.selection {
            Selection::None => overview_ui(ui, state, data, commands),
            Selection::Entity(id) => entity_ui(ui, id, state, data, commands),
            Selection::Relation(id) => relation_ui(ui, id, data, commands),
        });
}

/// The entities selected together (Ctrl+click), with what can be done to them all.
fn together_ui(ui: &mut egui::Ui, state: &AppState, data: &Loaded, commands: &mut Vec<Command>) {
    let together = super::curate::selected_entities(state);
    let names: Vec<&str> = together.iter().map(|id| name(data, *id)).collect();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(format!("{} selected", together.len())).strong());
        ui.label(names.join(" · "));
        ui.horizontal(|ui| {
            let merge = super::curate::merge_dialog(data, &together);
            let button = ui.add_enabled(merge.is_some(), egui::Button::new("Merge…"));
            if button.on_hover_text("M").clicked() {
                commands.extend(merge.map(Command::OpenDialog));
            }
            if let [a, b] = together.as_slice() {
                let paths = ui
                    .button("Paths between them")
                    .on_hover_text("The three shortest, each hop with its passage");
                if paths.clicked() {
                    commands.push(Command::FindPaths(*b, *a));
                }
            }
            if ui
                .button("Hide all")
                .on_hover_text("One Ctrl+Z brings them back")
                .clicked()
            {
                let hides = together
                    .iter()
                    .filter_map(|id| data.extraction.graph.entity(*id))
                    .map(|e| crate::curation::Edit::Hide { id: e.key.clone() })
                    .collect();
                commands.push(Command::CurateAll(hides));
            }
            if ui.button("Clear").clicked() {
                commands.push(Command::Select(Selection::None));
            }
        });
    });
}

/// The paths between two entities: one card per hop, with its strongest passage.
fn paths_ui(
    ui: &mut egui::Ui,
    shown: &super::state::PathsShown,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    let g = &data.extraction.graph;
    ui.horizontal(|ui| {
        ui.heading(format!(
            "{} › {}",
            name(data, shown.from),
            name(data, shown.to)
        ));
        if ui.small_button("Close").on_hover_text("Escape").clicked() {
            commands.push(Command::ClearPaths);
        }
    });
    if shown.paths.is_empty() {
        ui.label(
            "No path joins them in what the view shows (kinds, documents, minimum of passages).",
        );
        return;
    }
    ui.label(
        RichText::new("Fewest hops first; among as many, the better attested first.")
            .small()
            .weak(),
    );
    for (n, path) in shown.paths.iter().enumerate() {
        ui.add_space(6.0);
        let names: Vec<&str> = path.entities.iter().map(|id| name(data, *id)).collect();
        ui.label(
            RichText::new(format!(
                "Path {} · {} hop{}: {}",
                n + 1,
                path.relations.len(),
                if path.relations.len() == 1 { "" } else { "s" },
                names.join(" › ")
            ))
            .strong(),
        );
        for rid in &path.relations {
            let Some(r) = g.relation(*rid) else { continue };
            let link = format!(
                "{} — {}  ({}, {} passage{})",
                name(data, r.source),
                name(data, r.target),
                r.labels.first().map_or("", |l| l.as_str()),
                r.weight(),
                if r.weight() == 1 { "" } else { "s" }
            );
            if ui.link(link).on_hover_text("All its passages").clicked() {
                commands.push(Command::ClearPaths);
                commands.push(Command::Select(Selection::Relation(*rid)));
            }
            match crate::analysis::path::strongest_passage(r) {
                Some(p) => passage_card_ui(ui, p, r.source, r.target, data, commands),
                None => {
                    ui.label(RichText::new("Added by hand, no passage.").small().weak());
                }
            }
        }
    }
}

fn overview_ui(ui: &mut egui::Ui, state: &AppState, data: &Loaded, commands: &mut Vec<Command>) {
    let g = &data.extraction.graph;
    ui.heading("Evidence");
    ui.label("Click a node or an edge to read the passages behind it, or search (Ctrl+F).");
    ui.add_space(8.0);
    ui.label(RichText::new("Strongest relations").strong());
    let mut heaviest: Vec<RelationId> = g
        .relation_ids()
        .filter(|r| g.relation(*r).is_some_and(|r| state.is_confident(r)))
        .collect();
    heaviest.sort_by_key(|r| {
        (
            std::cmp::Reverse(g.relation(*r).map_or(0, |r| r.weight())),
            *r,
        )
    });
    for rid in heaviest.into_iter().take(12) {
        if let Some(r) = g.relation(rid) {
            let text = format!(
                "{} — {}  ({})",
                name(data, r.source),
                name(data, r.target),
                r.weight()
            );
            if ui.link(text).clicked() {
                commands.push(Command::Select(Selection::Relation(rid)));
            }
        }
    }
}

use super::palette::dot as kind_dot;

fn name(data: &Loaded, id: EntityId) -> &str {
    data.extraction
        .graph
        .entity(id)
        .map_or("?", |e| e.name.as_str())
}

fn entity_ui(
    ui: &mut egui::Ui,
    id: EntityId,
    state: &AppState,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    let g = &data.extraction.graph;
    let Some(e) = g.entity(id) else { return };
    ui.horizontal(|ui| {
        kind_dot(ui, kind_color(e.kind), 7.0);
        ui.heading(&e.name);
    });
    ui.label(format!(
        "{}{}",
        e.kind,
        if e.is_discovered {
            " · discovered"
        } else {
            ""
        }
    ));
    if let Some(d) = &e.description {
        ui.label(RichText::new(d).italics());
    }
    if !e.aliases.is_empty() {
        ui.label(format!("Also: {}", e.aliases.join(", ")));
    }
    ui.horizontal_wrapped(|ui| {
        super::curate::entity_actions_ui(ui, data, state, id, commands);
    });
    let documents = e.documents.len();
    ui.label(format!(
        "{} mention{} in {documents} document{}",
        e.mentions,
        if e.mentions == 1 { "" } else { "s" },
        if documents == 1 { "" } else { "s" }
    ));
    for doc in &e.documents {
        if let Some(d) = data.corpus.document(*doc) {
            ui.label(RichText::new(format!("• {}", d.metadata.title)).small());
        }
    }
    ui.separator();
    // The connections the confidence filters let through, as the canvas draws them.
    let rels: Vec<RelationId> = g
        .relations_of(id)
        .into_iter()
        .filter(|r| g.relation(*r).is_some_and(|r| state.is_confident(r)))
        .collect();
    ui.label(RichText::new(format!("Connections ({})", rels.len())).strong());
    for rid in rels {
        let Some(r) = g.relation(rid) else { continue };
        let other = r.other(id);
        let label = format!(
            "{} — {} ({})",
            name(data, other),
            r.labels.first().map_or("", |l| l.as_str()),
            r.weight()
        );
        let color = g
            .entity(other)
            .map_or(Color32::GRAY, |o| kind_color(o.kind));
        ui.horizontal(|ui| {
            kind_dot(ui, color, 5.0);
            if ui.link(label).clicked() {
                commands.push(Command::Select(Selection::Relation(rid)));
            }
        });
    }
    mentions_ui(ui, id, data, commands);
}

/// At most this many mentions are listed on an entity's card.
const MENTIONS_LISTED: usize = 30;

/// Where the entity is named: each sentence, the name highlighted, opening the reader
/// there (an entity with no connection has this to read).
fn mentions_ui(ui: &mut egui::Ui, id: EntityId, data: &Loaded, commands: &mut Vec<Command>) {
    let g = &data.extraction.graph;
    let Some(e) = g.entity(id) else { return };
    ui.separator();
    ui.label(RichText::new(format!("Mentions ({})", e.mentions)).strong())
        .on_hover_text("One card per sentence that names it");
    let color = kind_color(e.kind);
    let mut shown = 0;
    // One card per sentence, however often the sentence names the entity.
    let mut last_sentence = None;
    for &doc_id in &e.documents {
        let Some(doc) = data.corpus.document(doc_id) else {
            continue;
        };
        for m in g.mentions_in(doc_id).iter().filter(|m| m.entity == id) {
            let at = doc.sentences.partition_point(|s| s.end <= m.start as usize);
            let Some(sentence) = doc.sentences.get(at) else {
                continue;
            };
            if last_sentence.replace((doc_id, at)) == Some((doc_id, at)) {
                continue;
            }
            if shown == MENTIONS_LISTED {
                ui.weak("and more: open the reader to see them all");
                return;
            }
            shown += 1;
            // A name is inside its sentence; were one to run past it, only the
            // sentence's part is lit.
            let (from, to) = (sentence.start as u32, sentence.end as u32);
            let span = (m.start.clamp(from, to), m.end.clamp(from, to));
            let p = Passage::new(
                doc_id,
                from..to,
                span,
                span,
                crate::graph::Label::new("mention"),
            );
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(&doc.metadata.title).small().strong());
                ui.label(highlighted(&doc.text, &p, [(p.source_span(), color); 2]));
                if ui.small_button("Open in reader").clicked() {
                    commands.push(Command::OpenReader(ReaderTarget {
                        doc: doc_id,
                        start: p.start,
                        end: p.end(),
                        is_scroll_pending: true,
                    }));
                }
            });
        }
    }
}

fn relation_ui(ui: &mut egui::Ui, id: RelationId, data: &Loaded, commands: &mut Vec<Command>) {
    let g = &data.extraction.graph;
    let Some(r) = g.relation(id) else { return };
    for end in [r.source, r.target] {
        if let Some(e) = g.entity(end) {
            ui.horizontal(|ui| {
                kind_dot(ui, kind_color(e.kind), 7.0);
                if ui.link(RichText::new(&e.name).heading()).clicked() {
                    commands.push(Command::Select(Selection::Entity(end)));
                }
            });
        }
    }
    ui.label(format!(
        "{}  ·  {} passage{}  ·  confidence {}{}",
        r.labels.join(", "),
        r.weight(),
        if r.weight() == 1 { "" } else { "s" },
        r.confidence(),
        if r.is_stated() {
            ""
        } else {
            "  ·  only named together"
        }
    ))
    .on_hover_text(
        "How likely the passages state a relation between the two: 1 − Π(1 − p) over \
         their confidences",
    );
    if let Some(note) = &r.note {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Added by hand").small().strong())
                .on_hover_text("A relate edit of the curation (Edit, Curation panel)");
            if !note.is_empty() {
                ui.label(note.as_str());
            }
            if r.passages.is_empty() {
                ui.label(RichText::new("No passage supports it.").small().weak());
            }
        });
    }
    ui.separator();
    // Strongest first; among equals, in document order.
    let mut passages: Vec<&Passage> = r.passages.iter().collect();
    passages.sort_by_key(|p| std::cmp::Reverse(p.confidence));
    for p in passages {
        passage_card_ui(ui, p, r.source, r.target, data, commands);
        ui.add_space(6.0);
    }
}

fn passage_card_ui(
    ui: &mut egui::Ui,
    p: &Passage,
    source: EntityId,
    target: EntityId,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    let Some(doc) = data.corpus.document(p.doc) else {
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let m = &doc.metadata;
        let mut meta = m.title.clone();
        if let Some(o) = &m.outlet {
            meta.push_str(&format!(" · {o}"));
        }
        if let Some(d) = &m.date {
            meta.push_str(&format!(" · {d}"));
        }
        ui.label(RichText::new(meta).small().strong());
        let g = &data.extraction.graph;
        let color = |id: EntityId| g.entity(id).map_or(Color32::GRAY, |e| kind_color(e.kind));
        let job = highlighted(
            &doc.text,
            p,
            [
                (p.source_span(), color(source)),
                (p.target_span(), color(target)),
            ],
        );
        ui.label(job);
        ui.horizontal(|ui| {
            if ui.small_button("Open in reader").clicked() {
                commands.push(Command::OpenReader(ReaderTarget {
                    doc: p.doc,
                    start: p.start,
                    end: p.end(),
                    is_scroll_pending: true,
                }));
            }
            // Where a reader finds it: the paragraph, counted as a reader counts them;
            // the file and its byte range are for the hover.
            let reject = ui.small_button("Reject").on_hover_text(
                "This sentence does not state their relation: take it off the pair \
                 (undo with Ctrl+Z)",
            );
            if reject.clicked() {
                let key = |id: EntityId| g.entity(id).map_or_else(String::new, |e| e.key.clone());
                commands.push(Command::Curate(crate::curation::Edit::Reject {
                    a: key(source),
                    b: key(target),
                    doc: doc.id.clone(),
                    start: p.start,
                }));
            }
            let paragraph = paragraph_number(doc, p.start as usize);
            let by_hand = if p.rule == Some(crate::graph::Rule::ByHand) {
                "  ·  added by hand"
            } else {
                ""
            };
            let stated = if p.is_stated() {
                ""
            } else {
                "  ·  not stated"
            };
            let where_ = format!(
                "“{}”  ·  {}{stated}  ·  paragraph {paragraph}{by_hand}",
                p.label, p.confidence
            );
            ui.label(RichText::new(where_).small().weak())
                .on_hover_text(format!("{}, bytes {}–{}", doc.id, p.start, p.end()));
        });
    });
}

/// The paragraph that holds byte `at` of `doc`: its non-blank lines counted from the
/// first after the front matter (news text puts one paragraph on a line, with or
/// without blank lines between them).
pub fn paragraph_number(doc: &crate::corpus::Document, at: usize) -> usize {
    let at = at.clamp(doc.body_start, doc.text.len());
    // Up to the end of the line `at` is on, so that line counts.
    let end = doc.text[at..].find('\n').map_or(doc.text.len(), |k| at + k);
    let body = &doc.text[doc.body_start..end];
    body.split('\n')
        .filter(|l| !l.trim().is_empty())
        .count()
        .max(1)
}

/// The passage with both mentions on a background of their kind colour.
pub fn highlighted(text: &str, p: &Passage, spans: [((u32, u32), Color32); 2]) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    let plain = TextFormat {
        font_id: FontId::proportional(14.0),
        color: Color32::from_gray(225),
        ..Default::default()
    };
    let mut marks: Vec<((u32, u32), Color32)> = spans
        .into_iter()
        .filter(|((s, e), _)| *s >= p.start && *e <= p.end() && s < e)
        .collect();
    marks.sort_by_key(|((s, _), _)| *s);
    let mut at = p.start as usize;
    for ((s, e), color) in marks {
        let (s, e) = (s as usize, e as usize);
        if s < at {
            continue;
        }
        job.append(text.get(at..s).unwrap_or(""), 0.0, plain.clone());
        let mark = TextFormat {
            background: color.gamma_multiply(0.55),
            color: Color32::WHITE,
            ..plain.clone()
        };
        job.append(text.get(s..e).unwrap_or(""), 0.0, mark);
        at = e;
    }
    job.append(text.get(at..p.end() as usize).unwrap_or(""), 0.0, plain);
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_counted_as_a_reader_counts_them() {
        let text = "---\ntitle: t\n---\nHeadline\n\nFirst para.\nSecond para. More.\n\nThird.\n";
        let (doc, _) =
            crate::corpus::Document::from_text("a.txt".into(), "a.txt".into(), text.into());
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(paragraph_number(&doc, at("Headline")), 1);
        assert_eq!(paragraph_number(&doc, at("First")), 2);
        assert_eq!(paragraph_number(&doc, at("More")), 3);
        assert_eq!(paragraph_number(&doc, at("Third")), 4);
    }
}
