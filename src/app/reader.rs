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
    data: &Loaded,
    commands: &mut Vec<Command>,
) {
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
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let body = doc.body();
                    let base = doc.body_start;
                    let mentions = data.extraction.graph.mentions_in(target.doc);
                    let job =
                        document_job(body, base, target, mentions, data, ui.available_width());
                    let (pos, galley, response) = egui::Label::new(job)
                        .sense(egui::Sense::click())
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
                    if response.clicked() {
                        if let Some(click) = response.interact_pointer_pos() {
                            let cursor = galley.cursor_from_pos(click - pos);
                            let byte = base
                                + body
                                    .char_indices()
                                    .nth(cursor.index.0)
                                    .map_or(body.len(), |(b, _)| b);
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

/// The document body with mentions on their kind colour and the passage underlined.
fn document_job(
    body: &str,
    base: usize,
    target: &ReaderTarget,
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
        f
    };
    // Cut points: mention edges and passage edges.
    let mut cuts: Vec<usize> = vec![
        base,
        base + body.len(),
        target.start as usize,
        target.end as usize,
    ];
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
