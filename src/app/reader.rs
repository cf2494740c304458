//! The document reader: the whole document, scrolled to a passage, with that passage
//! and every recognised mention highlighted; clicking a mention selects its entity.

use eframe::egui::{self, text::CCursor, text::LayoutJob, Color32, FontId, TextFormat};

use super::palette::kind_color;
use super::state::{Command, ReaderTarget, Selection};
use super::Loaded;

/// Draws the reader window for `target`.
pub fn reader_ui(
    ctx: &egui::Context,
    free: egui::Rect,
    target: &ReaderTarget,
    state: &super::state::AppState,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    let selection = state.reader_selection;
    let Some(doc) = data.corpus.document(target.doc) else {
        return;
    };
    let mut is_open = true;
    let title = format!("Reader — {}", doc.metadata.title);
    egui::Window::new(title)
        .id(egui::Id::new("reader"))
        .open(&mut is_open)
        .constrain_to(free)
        .default_pos(free.min + egui::vec2(16.0, 16.0))
        .default_size([
            640.0_f32.min(free.width() - 32.0),
            620.0_f32.min(free.height() - 32.0),
        ])
        .vscroll(false)
        .show(ctx, |ui| {
            let m = &doc.metadata;
            let byline = [m.outlet.as_deref(), m.author.as_deref(), m.date.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            ui.label(egui::RichText::new(byline).small());
            ui.label(egui::RichText::new(doc.id.as_str()).small().weak());
            // Exactly one row high, whatever it holds, so the text below never moves
            // under a drag.
            let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
            ui.allocate_ui_with_layout(
                row,
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_clip_rect(ui.max_rect().intersect(ui.clip_rect()));
                    selection_bar_ui(ui, doc, selection, state, data, commands);
                },
            );
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let body = doc.body();
                    let base = doc.body_start;
                    let mentions = data.extraction.graph.mentions_in(target.doc);
                    let job = document_job(
                        body,
                        base,
                        (target, selection),
                        mentions,
                        data,
                        ui.available_width(),
                    );
                    let (pos, galley, response) = egui::Label::new(job)
                        .sense(egui::Sense::click_and_drag())
                        .layout_in_ui(ui);
                    ui.painter().galley(pos, galley.clone(), Color32::WHITE);
                    // Painting the galley ourselves skips Label::ui, so tell AccessKit the text.
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::WidgetType::Label, true, galley.text())
                    });
                    if target.is_scroll_pending {
                        let char_at = body
                            [..(target.start as usize).saturating_sub(base).min(body.len())]
                            .chars()
                            .count();
                        let rect = galley
                            .pos_from_cursor(CCursor::new(char_at))
                            .translate(pos.to_vec2());
                        ui.scroll_to_rect(
                            rect.expand2(egui::vec2(0.0, 120.0)),
                            Some(egui::Align::Center),
                        );
                        commands.push(Command::ReaderScrolled);
                    }
                    let byte_at = |at: egui::Pos2| {
                        let cursor = galley.cursor_from_pos(at - pos);
                        base + body
                            .char_indices()
                            .nth(cursor.index.0)
                            .map_or(body.len(), |(b, _)| b)
                    };
                    // Dragging over the text selects it (a name to add, a passage).
                    let anchor_id = egui::Id::new("reader-drag-anchor");
                    if response.drag_started() {
                        // Where the button went down, not where the drag was noticed.
                        let origin = ui.input(|i| i.pointer.press_origin());
                        if let Some(at) = origin.or(response.interact_pointer_pos()) {
                            ui.data_mut(|d| d.insert_temp(anchor_id, byte_at(at)));
                        }
                    }
                    if response.dragged() || response.drag_stopped() {
                        let anchor: Option<usize> = ui.data(|d| d.get_temp(anchor_id));
                        let at = ui.input(|i| i.pointer.latest_pos());
                        if let (Some(anchor), Some(at)) = (anchor, at) {
                            let at = byte_at(at);
                            let (s, e) = (anchor.min(at), anchor.max(at));
                            let picked = trimmed(&doc.text, s, e);
                            if picked != selection {
                                commands.push(Command::ReaderSelect(picked));
                            }
                        }
                    }
                    if response.clicked() {
                        if selection.is_some() {
                            commands.push(Command::ReaderSelect(None));
                        }
                        if let Some(click) = response.interact_pointer_pos() {
                            let byte = byte_at(click);
                            let hit = mentions
                                .iter()
                                .find(|m| (m.start as usize) <= byte && byte < m.end as usize);
                            if let Some(m) = hit {
                                commands.push(Command::Select(Selection::Entity(m.entity)));
                            }
                        }
                    }
                    response.on_hover_cursor(egui::CursorIcon::Text);
                });
        });
    if !is_open {
        commands.push(Command::CloseReader);
    }
}

/// `start..end` of `text` grown to whole words and without the white space at either
/// end, if anything is left (a drag that starts or ends inside a word takes all of it).
fn trimmed(text: &str, start: usize, end: usize) -> Option<(u32, u32)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '.';
    let (before, after) = (text.get(..start)?, text.get(start..end)?);
    // Grown back only from inside a word.
    let start = if after.starts_with(is_word) {
        before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word(*c))
            .last()
            .map_or(start, |(i, _)| i)
    } else {
        start
    };
    let end = if after.ends_with(is_word) {
        text.get(end..)?
            .char_indices()
            .find(|(_, c)| !is_word(*c))
            .map_or(text.len(), |(i, _)| end + i)
    } else {
        end
    };
    let picked = text.get(start..end)?;
    // Punctuation after the last word of a name is not part of it; a full stop is, in
    // an abbreviation ("U.S."). A longer pick is a passage, kept as it is.
    let is_name = picked.split_whitespace().count() <= 6;
    let picked = if is_name {
        let cut = picked.trim_end_matches([',', ';', ':']);
        match cut.strip_suffix('.') {
            Some(shorter) if !shorter.contains('.') => shorter,
            _ => cut,
        }
    } else {
        picked
    };
    let end = start + picked.len();
    let lead = picked.len() - picked.trim_start().len();
    let trail = picked.len() - picked.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    (s < e).then_some((s as u32, e as u32))
}

/// What the text dragged over can become: a new entity, or the passage of a relation
/// between the two entities selected together.
fn selection_bar_ui(
    ui: &mut egui::Ui,
    doc: &crate::corpus::Document,
    selection: Option<(u32, u32)>,
    state: &super::state::AppState,
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
    let Some((start, end)) = selection else {
        ui.label(
            egui::RichText::new(
                "Drag over a name to add it as an entity, or over a passage to relate two \
                 selected entities with it.",
            )
            .small()
            .weak(),
        );
        return;
    };
    let text = doc.text.get(start as usize..end as usize).unwrap_or("");
    {
        let shown: String = text.chars().take(28).collect();
        let more = if shown.len() < text.len() { "…" } else { "" };
        ui.label(egui::RichText::new(format!("“{shown}{more}”")).strong())
            .on_hover_text(text);
        if ui.small_button("Add as entity…").clicked() {
            commands.push(Command::OpenDialog(super::curate::Dialog::Entity {
                name: text.split_whitespace().collect::<Vec<_>>().join(" "),
                kind: crate::kind::Kind::Organization,
                aliases: String::new(),
            }));
        }
        if let Some(dialog) = super::curate::relate_dialog(data, state) {
            if ui
                .small_button("Relate the 2 selected…")
                .on_hover_text("A relation between them, with this passage as evidence")
                .clicked()
            {
                commands.push(Command::OpenDialog(dialog));
            }
        }
        if ui.small_button("Clear").clicked() {
            commands.push(Command::ReaderSelect(None));
        }
    }
}

/// The document body with mentions on their kind colour, the passage underlined, and
/// the text dragged over marked.
fn document_job(
    body: &str,
    base: usize,
    (target, selection): (&ReaderTarget, Option<(u32, u32)>),
    mentions: &[crate::graph::Mention],
    data: &Loaded,
    width: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let plain = TextFormat {
        font_id: FontId::proportional(15.0),
        color: Color32::from_gray(215),
        ..Default::default()
    };
    let passage = |s: usize| s >= target.start as usize && s < target.end as usize;
    let selected = |s: usize| selection.is_some_and(|(a, b)| s >= a as usize && s < b as usize);
    let format_at = |s: usize, mention: Option<&crate::graph::Mention>| {
        let mut f = plain.clone();
        if passage(s) {
            f.background = Color32::from_rgba_unmultiplied(0xf5, 0xe0, 0x9a, 40);
            f.color = Color32::WHITE;
        }
        if let Some(m) = mention {
            let kind = data.extraction.graph.entity(m.entity).map(|e| e.kind);
            if let Some(kind) = kind {
                f.background =
                    kind_color(kind).gamma_multiply(if passage(s) { 0.65 } else { 0.35 });
                f.color = Color32::WHITE;
            }
        }
        if selected(s) {
            f.background = Color32::from_rgb(0x2f, 0x5f, 0xa8);
            f.color = Color32::WHITE;
        }
        f
    };
    // Cut points: mention edges and passage edges.
    let mut cuts: Vec<usize> = vec![
        base,
        base + body.len(),
        target.start as usize,
        target.end as usize,
    ];
    if let Some((a, b)) = selection {
        cuts.extend([a as usize, b as usize]);
    }
    for m in mentions {
        cuts.push(m.start as usize);
        cuts.push(m.end as usize);
    }
    cuts.retain(|c| *c >= base && *c <= base + body.len() && body.is_char_boundary(c - base));
    cuts.sort_unstable();
    cuts.dedup();
    let mut k = 0;
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        while k < mentions.len() && (mentions[k].end as usize) <= s {
            k += 1;
        }
        let mention = mentions
            .get(k)
            .filter(|m| (m.start as usize) <= s && e <= m.end as usize);
        job.append(&body[s - base..e - base], 0.0, format_at(s, mention));
    }
    job
}

#[cfg(test)]
mod tests {
    use super::trimmed;

    #[test]
    fn a_drag_takes_whole_words_and_leaves_the_full_stop() {
        let text = "Troops of the U.S. Army met El Mencho. Then left.";
        let at = |s: &str| text.find(s).unwrap();
        let pick =
            |s: usize, e: usize| trimmed(text, s, e).map(|(s, e)| &text[s as usize..e as usize]);
        assert_eq!(pick(at("U.S.") + 1, at("Army") + 2), Some("U.S. Army"));
        assert_eq!(pick(at("El") + 1, at("Mencho") + 3), Some("El Mencho"));
        assert_eq!(pick(at(" met"), at(" met") + 1), None, "only white space");
    }
}
