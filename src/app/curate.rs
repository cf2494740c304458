//! Curation in the viewer: the Edit menu (undo, redo, the history), the curation panel
//! (every edit, each revertible, stale ones marked, hidden entities to bring back), and
//! the rename and merge dialogs. The edits themselves are [`crate::curation::Edit`]s,
//! sent as [`Command::Curate`] and applied by `App::apply`.

use eframe::egui::{self, RichText};

use super::state::{AppState, Command};
use super::Loaded;
use crate::curation::Edit;
use crate::graph::EntityId;
use crate::kind::Kind;

/// A dialog that asks for what an edit needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// A new name for an entity, as typed so far.
    Rename {
        /// The entity's key.
        id: String,
        /// The name typed.
        name: String,
    },
    /// Entities to merge, and the one whose name is kept.
    Merge {
        /// Their keys.
        ids: Vec<String>,
        /// The key kept.
        keep: String,
    },
    /// A relation to add by hand between two entities.
    Relate {
        /// One end's key.
        a: String,
        /// The other end's key.
        b: String,
        /// The label typed.
        label: String,
        /// The note typed.
        note: String,
        /// The passage offered (the reader's selection or passage): document id,
        /// start and end bytes.
        passage: Option<(String, u32, u32)>,
        /// The user keeps the passage as evidence.
        is_passage_kept: bool,
    },
    /// An entity to add from a name selected in the reader.
    Entity {
        /// The name.
        name: String,
        /// Its kind.
        kind: Kind,
        /// Other names, comma-separated.
        aliases: String,
    },
}

/// The relate dialog for the two entities selected together, offering the passage the
/// reader shows (its selection, else its passage).
pub fn relate_dialog(data: &Loaded, state: &AppState) -> Option<Dialog> {
    let together = selected_entities(state);
    let [a, b] = together.as_slice() else {
        return None;
    };
    let g = &data.extraction.graph;
    let passage = state.reader.and_then(|r| {
        let doc = data.corpus.document(r.doc)?;
        let (start, end) = state.reader_selection.unwrap_or((r.start, r.end));
        (start < end).then(|| (doc.id.clone(), start, end))
    });
    Some(Dialog::Relate {
        a: g.entity(*a)?.key.clone(),
        b: g.entity(*b)?.key.clone(),
        label: String::new(),
        note: String::new(),
        is_passage_kept: passage.is_some(),
        passage,
    })
}

/// The entities selected together: the marked ones and the selected one.
pub fn selected_entities(state: &AppState) -> Vec<EntityId> {
    let mut ids = state.marked.clone();
    if let super::state::Selection::Entity(id) = state.selection {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The merge dialog for `ids`, keeping the most mentioned name.
pub fn merge_dialog(data: &Loaded, ids: &[EntityId]) -> Option<Dialog> {
    let g = &data.extraction.graph;
    let entities: Vec<_> = ids.iter().filter_map(|id| g.entity(*id)).collect();
    if entities.len() < 2 {
        return None;
    }
    let keep = entities.iter().max_by_key(|e| e.mentions)?.key.clone();
    Some(Dialog::Merge {
        ids: entities.iter().map(|e| e.key.clone()).collect(),
        keep,
    })
}

/// The rename dialog for `id`, with its name to edit.
pub fn rename_dialog(data: &Loaded, id: EntityId) -> Option<Dialog> {
    let e = data.extraction.graph.entity(id)?;
    Some(Dialog::Rename {
        id: e.key.clone(),
        name: e.name.clone(),
    })
}

/// The edits an entity's card and menu offer (rename and merge go through a dialog),
/// laid out as the caller's `ui` lays them out.
pub fn entity_actions_ui(
    ui: &mut egui::Ui,
    data: &Loaded,
    state: &AppState,
    id: EntityId,
    commands: &mut Vec<Command>,
) {
    let Some(e) = data.extraction.graph.entity(id) else {
        return;
    };
    let key = e.key.clone();
    {
        if ui.button("Rename…").on_hover_text("F2").clicked() {
            commands.extend(rename_dialog(data, id).map(Command::OpenDialog));
            ui.close();
        }
        ui.menu_button("Kind", |ui| {
            for kind in Kind::ALL {
                if ui
                    .add_enabled(kind != e.kind, egui::Button::new(kind.as_str()))
                    .clicked()
                {
                    commands.push(Command::Curate(Edit::Kind {
                        id: key.clone(),
                        kind,
                    }));
                    ui.close();
                }
            }
        });
        if !e.aliases.is_empty() {
            ui.menu_button("Split off", |ui| {
                ui.label("Make this alias an entity of its own:");
                for alias in &e.aliases {
                    if ui.button(alias).clicked() {
                        commands.push(Command::Curate(Edit::Split {
                            id: key.clone(),
                            alias: alias.clone(),
                        }));
                        ui.close();
                    }
                }
            });
        }
        if ui
            .button("Hide")
            .on_hover_text(
                "Delete: leave it and its relations out (the curation panel brings it back)",
            )
            .clicked()
        {
            commands.push(Command::Curate(Edit::Hide { id: key.clone() }));
            ui.close();
        }
        let together = selected_entities(state);
        if together.len() == 2 && together.contains(&id) {
            let hint = "Add a relation between them, with a label, a note and the reader's passage";
            if ui
                .button("Relate the 2 selected…")
                .on_hover_text(hint)
                .clicked()
            {
                commands.extend(relate_dialog(data, state).map(Command::OpenDialog));
                ui.close();
            }
        }
        if together.len() >= 2 && together.contains(&id) {
            let text = format!("Merge the {} selected…", together.len());
            if ui.button(text).on_hover_text("M").clicked() {
                commands.extend(merge_dialog(data, &together).map(Command::OpenDialog));
                ui.close();
            }
        }
    }
}

/// The Edit menu: undo, redo, what they would do, and the curation panel.
pub fn edit_menu_ui(ui: &mut egui::Ui, data: Option<&Loaded>, commands: &mut Vec<Command>) {
    ui.menu_button("Edit", |ui| {
        let Some(data) = data else {
            ui.label("Nothing loaded yet.");
            return;
        };
        let history = &data.curator.history;
        let undo = history.undo_list().next();
        let redo = history.redo_list().next();
        let text = undo.map_or_else(|| "Undo".to_string(), |w| format!("Undo: {w}"));
        let button = egui::Button::new(text).shortcut_text("Ctrl+Z");
        if ui.add_enabled(undo.is_some(), button).clicked() {
            commands.push(Command::Undo);
            ui.close();
        }
        let text = redo.map_or_else(|| "Redo".to_string(), |w| format!("Redo: {w}"));
        let button = egui::Button::new(text).shortcut_text("Ctrl+Shift+Z");
        if ui.add_enabled(redo.is_some(), button).clicked() {
            commands.push(Command::Redo);
            ui.close();
        }
        ui.separator();
        if ui.button("Curation panel…").clicked() {
            commands.push(Command::ToggleCuration);
            ui.close();
        }
        let done: Vec<&str> = history.undo_list().take(10).collect();
        if !done.is_empty() {
            ui.separator();
            ui.label(RichText::new("History (latest first)").small().weak());
            for what in done {
                ui.label(RichText::new(what).small());
            }
        }
    });
}

/// The curation panel: every edit in order, each with Revert; the stale ones say why;
/// the hidden entities, each with Show; where the edits are saved.
pub fn curation_window_ui(
    ctx: &egui::Context,
    free: egui::Rect,
    is_open: &mut bool,
    data: &Loaded,
    message: Option<&str>,
    commands: &mut Vec<Command>,
) {
    egui::Window::new("Curation")
        .id(egui::Id::new("curation"))
        .open(is_open)
        .constrain_to(free)
        .default_pos(free.right_top() + egui::vec2(-470.0, 16.0))
        .default_width(440.0)
        .show(ctx, |ui| {
            let curator = &data.curator;
            let edits = &curator.history.curation().edits;
            match (message, &curator.path) {
                (Some(m), _) => {
                    ui.label(m);
                }
                (None, Some(path)) => {
                    ui.label(format!("Read from {}", path.display()));
                }
                (None, None) => {
                    ui.label("The first edit is saved as nexo-curation.toml beside the corpus.");
                }
            }
            ui.label(
                RichText::new(
                    "Edits apply in order after every extraction; reverting one keeps the others.",
                )
                .small()
                .weak(),
            );
            ui.separator();
            if edits.is_empty() {
                ui.label("No edits yet: right-click a node, or use the buttons on a card.");
            }
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for (i, edit) in edits.iter().enumerate() {
                        let stale = curator.stale.iter().find(|s| s.number == i + 1);
                        ui.horizontal(|ui| {
                            if ui.small_button("Revert").clicked() {
                                commands.push(Command::RevertEdit(i));
                            }
                            let text = RichText::new(format!("{}. {edit}", i + 1));
                            match stale {
                                Some(s) => {
                                    ui.colored_label(
                                        egui::Color32::from_rgb(0xf2, 0x8e, 0x2b),
                                        text,
                                    )
                                    .on_hover_text(format!("Stale: {}", s.why));
                                }
                                None => {
                                    ui.label(text);
                                }
                            }
                        });
                    }
                });
            let hidden: Vec<(usize, &str)> = edits
                .iter()
                .enumerate()
                .filter_map(|(i, e)| match e {
                    Edit::Hide { id } => Some((i, id.as_str())),
                    _ => None,
                })
                .collect();
            if !hidden.is_empty() {
                ui.separator();
                ui.label(RichText::new(format!("Hidden ({})", hidden.len())).strong());
                for (i, id) in hidden {
                    ui.horizontal(|ui| {
                        if ui.small_button("Show").clicked() {
                            commands.push(Command::RevertEdit(i));
                        }
                        ui.label(id);
                    });
                }
            }
        });
}

/// The open dialog, if any; returns the edit it makes when the user confirms.
pub fn dialog_ui(ctx: &egui::Context, dialog: &mut Option<Dialog>, data: &Loaded) -> Option<Edit> {
    let mut edit = None;
    let mut is_open = true;
    let mut is_done = false;
    match dialog {
        None => return None,
        Some(Dialog::Rename { id, name }) => {
            egui::Window::new("Rename entity")
                .id(egui::Id::new("rename-dialog"))
                .open(&mut is_open)
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    ui.label("New name (the old one stays as an alias):");
                    let field = ui.add(egui::TextEdit::singleline(name).desired_width(320.0));
                    field.request_focus();
                    let is_enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let name = name.trim();
                    ui.horizontal(|ui| {
                        let ok = ui.add_enabled(!name.is_empty(), egui::Button::new("Rename"));
                        if (ok.clicked() || is_enter) && !name.is_empty() {
                            edit = Some(Edit::Rename {
                                id: id.clone(),
                                name: name.to_string(),
                            });
                            is_done = true;
                        }
                        if ui.button("Cancel").clicked() {
                            is_done = true;
                        }
                    });
                });
        }
        Some(Dialog::Merge { ids, keep }) => {
            let g = &data.extraction.graph;
            egui::Window::new("Merge entities")
                .id(egui::Id::new("merge-dialog"))
                .open(&mut is_open)
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    ui.label("Merge into one entity. The name kept:");
                    for key in ids.iter() {
                        let label = g
                            .entity_by_key(key)
                            .and_then(|id| g.entity(id))
                            .map_or_else(|| key.clone(), |e| format!("{} ({})", e.name, e.kind));
                        ui.radio_value(keep, key.clone(), label);
                    }
                    ui.label(
                        RichText::new(
                            "The others' names become aliases; their mentions, relations and passages move.",
                        )
                        .small()
                        .weak(),
                    );
                    ui.horizontal(|ui| {
                        if ui.button("Merge").clicked() {
                            edit = Some(Edit::Merge {
                                into: keep.clone(),
                                from: ids.iter().filter(|k| *k != keep).cloned().collect(),
                            });
                            is_done = true;
                        }
                        if ui.button("Cancel").clicked() {
                            is_done = true;
                        }
                    });
                });
        }
        Some(Dialog::Relate {
            a,
            b,
            label,
            note,
            passage,
            is_passage_kept,
        }) => {
            let g = &data.extraction.graph;
            let name = |key: &str| {
                g.entity_by_key(key)
                    .and_then(|id| g.entity(id))
                    .map_or_else(|| key.to_string(), |e| e.name.clone())
            };
            egui::Window::new("Add a relation")
                .id(egui::Id::new("relate-dialog"))
                .open(&mut is_open)
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    ui.label(RichText::new(format!("{} — {}", name(a), name(b))).strong());
                    egui::Grid::new("relate-grid")
                        .num_columns(2)
                        .show(ui, |ui| {
                            ui.label("Label:");
                            let field = ui.add(
                                egui::TextEdit::singleline(label)
                                    .hint_text("met, funds, leads…")
                                    .desired_width(280.0),
                            );
                            if ui.memory(|m| m.focused().is_none()) {
                                field.request_focus();
                            }
                            ui.end_row();
                            ui.label("Note:");
                            ui.add(
                                egui::TextEdit::multiline(note)
                                    .hint_text("what you know of it, and from where")
                                    .desired_rows(3)
                                    .desired_width(280.0),
                            );
                            ui.end_row();
                        });
                    match passage {
                        Some((doc, start, end)) => {
                            let text = data
                                .corpus
                                .doc_id(doc)
                                .and_then(|d| data.corpus.document(d))
                                .and_then(|d| d.text.get(*start as usize..*end as usize))
                                .unwrap_or("");
                            ui.checkbox(is_passage_kept, "Evidence: the passage in the reader");
                            ui.label(RichText::new(shortened(text, 240)).italics().small());
                        }
                        None => {
                            ui.label(
                                RichText::new(
                                    "No passage: open a document in the reader (and drag over a \
                                     sentence) to give this relation its evidence.",
                                )
                                .small()
                                .weak(),
                            );
                        }
                    }
                    let label_text = label.trim();
                    ui.horizontal(|ui| {
                        let ok = ui
                            .add_enabled(!label_text.is_empty(), egui::Button::new("Add relation"));
                        if ok.clicked() {
                            let kept = passage.clone().filter(|_| *is_passage_kept);
                            edit = Some(Edit::Relate {
                                a: a.clone(),
                                b: b.clone(),
                                label: label_text.to_string(),
                                note: note.trim().to_string(),
                                doc: kept.as_ref().map(|p| p.0.clone()),
                                start: kept.as_ref().map(|p| p.1),
                                end: kept.as_ref().map(|p| p.2),
                            });
                            is_done = true;
                        }
                        if ui.button("Cancel").clicked() {
                            is_done = true;
                        }
                    });
                });
        }
        Some(Dialog::Entity {
            name,
            kind,
            aliases,
        }) => {
            egui::Window::new("Add an entity")
                .id(egui::Id::new("entity-dialog"))
                .open(&mut is_open)
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    ui.label("It will be found everywhere in the corpus, like a catalog entry.");
                    egui::Grid::new("entity-grid")
                        .num_columns(2)
                        .show(ui, |ui| {
                            ui.label("Name:");
                            let field =
                                ui.add(egui::TextEdit::singleline(name).desired_width(280.0));
                            if ui.memory(|m| m.focused().is_none()) {
                                field.request_focus();
                            }
                            ui.end_row();
                            ui.label("Kind:");
                            egui::ComboBox::from_id_salt("entity-kind")
                                .selected_text(kind.as_str())
                                .show_ui(ui, |ui| {
                                    for k in Kind::ALL {
                                        ui.selectable_value(kind, k, k.as_str());
                                    }
                                });
                            ui.end_row();
                            ui.label("Also called:");
                            ui.add(
                                egui::TextEdit::singleline(aliases)
                                    .hint_text("other names, comma-separated")
                                    .desired_width(280.0),
                            );
                            ui.end_row();
                        });
                    let name_text = name.trim();
                    ui.horizontal(|ui| {
                        let ok =
                            ui.add_enabled(!name_text.is_empty(), egui::Button::new("Add entity"));
                        if ok.clicked() {
                            edit = Some(Edit::Entity {
                                name: name_text.to_string(),
                                kind: *kind,
                                aliases: aliases
                                    .split(',')
                                    .map(str::trim)
                                    .filter(|a| !a.is_empty())
                                    .map(String::from)
                                    .collect(),
                            });
                            is_done = true;
                        }
                        if ui.button("Cancel").clicked() {
                            is_done = true;
                        }
                    });
                });
        }
    }
    let is_escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    if is_done || !is_open || is_escape {
        *dialog = None;
    }
    edit
}

/// `text` cut to about `max` characters, at a word, with an ellipsis.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}
