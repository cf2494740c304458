//! File → Export (Ctrl+E): format, scope, picture size and destination; never replaces
//! a file without asking; says where it wrote.

use std::path::PathBuf;

use eframe::egui;

use super::state::{AppState, Command, ExportScope};
use crate::export::Format;

/// What the dialog asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    /// The format.
    pub format: Format,
    /// Current view or whole graph.
    pub scope: ExportScope,
    /// Destination file (folder for CSV).
    pub path: PathBuf,
    /// Picture width in pixels.
    pub width_px: f32,
    /// PNG density.
    pub scale: f32,
}

/// Draws the dialog while it is open.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    state: &mut AppState,
    message: Option<&str>,
    commands: &mut Vec<Command>,
) {
    if !state.is_export_open {
        return;
    }
    let mut is_open = true;
    egui::Window::new("Export")
        .id(egui::Id::new("export"))
        .open(&mut is_open)
        .resizable(false)
        .show(ctx, |ui| {
            let settings = &mut state.export;
            egui::Grid::new("export-grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    ui.label("Format");
                    egui::ComboBox::from_id_salt("export-format")
                        .selected_text(settings.format.as_str())
                        .show_ui(ui, |ui| {
                            for f in Format::ALL {
                                ui.selectable_value(&mut settings.format, f, f.as_str());
                            }
                        });
                    // The popup may apply the choice after this point in the frame: keep
                    // the extension in step with the format on every frame instead.
                    let synced = follow_format(&settings.path, settings.format);
                    if synced != settings.path {
                        settings.path = synced;
                        settings.is_overwrite_confirmed = false;
                    }
                    ui.end_row();
                    ui.label("Scope");
                    ui.horizontal(|ui| {
                        ui.radio_value(
                            &mut settings.scope,
                            ExportScope::CurrentView,
                            "current view",
                        );
                        ui.radio_value(&mut settings.scope, ExportScope::WholeGraph, "whole graph");
                    });
                    ui.end_row();
                    if matches!(settings.format, Format::Svg | Format::Png) {
                        ui.label("Width (px)");
                        ui.add(
                            egui::DragValue::new(&mut settings.width_px)
                                .range(400.0..=8000.0)
                                .speed(10.0),
                        );
                        ui.end_row();
                    }
                    if settings.format == Format::Png {
                        ui.label("Scale");
                        ui.horizontal(|ui| {
                            for s in [1.0, 2.0, 4.0] {
                                ui.radio_value(&mut settings.scale, s, format!("{s}×"));
                            }
                        });
                        ui.end_row();
                    }
                    ui.label(if settings.format.writes_folder() {
                        "Folder"
                    } else {
                        "File"
                    });
                    ui.horizontal(|ui| {
                        let typed = ui.add(
                            egui::TextEdit::singleline(&mut settings.path).desired_width(260.0),
                        );
                        // A "Replace it" given for one file says nothing of another.
                        if typed.changed() {
                            settings.is_overwrite_confirmed = false;
                        }
                        if ui.button("Browse…").clicked() {
                            let dialog = rfd::FileDialog::new().set_title("Export to");
                            let picked = if settings.format.writes_folder() {
                                dialog.pick_folder()
                            } else {
                                dialog
                                    .add_filter(
                                        settings.format.as_str(),
                                        &[settings.format.as_str()],
                                    )
                                    .save_file()
                            };
                            if let Some(path) = picked {
                                settings.path = path.display().to_string();
                                settings.is_overwrite_confirmed = false;
                            }
                        }
                    });
                    ui.end_row();
                });
            let path = PathBuf::from(settings.path.trim());
            let path = with_extension(path, settings.format);
            let exists = path.exists();
            if exists {
                ui.colored_label(
                    egui::Color32::from_rgb(0xf2, 0x8e, 0x2b),
                    format!("{} exists.", path.display()),
                );
                ui.checkbox(&mut settings.is_overwrite_confirmed, "Replace it");
            }
            let can_write =
                !settings.path.trim().is_empty() && (!exists || settings.is_overwrite_confirmed);
            if ui
                .add_enabled(can_write, egui::Button::new("Save export"))
                .clicked()
            {
                commands.push(Command::Export(ExportRequest {
                    format: settings.format,
                    scope: settings.scope,
                    path,
                    width_px: settings.width_px,
                    scale: settings.scale,
                }));
                settings.is_overwrite_confirmed = false;
            }
            if let Some(m) = message {
                ui.label(m);
            }
        });
    if !is_open {
        state.is_export_open = false;
    }
}

/// The path with a format extension (`.svg`, `.png`, …) switched to `format`'s; a CSV
/// folder gets none; other extensions are left alone.
fn follow_format(path: &str, format: Format) -> String {
    let trimmed = path.trim();
    let current = Format::ALL
        .into_iter()
        .find(|f| trimmed.ends_with(&format!(".{}", f.as_str())));
    let stem = current.map_or(trimmed, |f| {
        &trimmed[..trimmed.len() - f.as_str().len() - 1]
    });
    match (current, format) {
        (Some(f), _) if f == format => trimmed.to_string(),
        (_, f) if f.writes_folder() => stem.to_string(),
        (Some(_), _) => format!("{stem}.{}", format.as_str()),
        (None, _) => trimmed.to_string(),
    }
}

/// Adds the format's extension when the path has none (CSV names a folder: none).
fn with_extension(path: PathBuf, format: Format) -> PathBuf {
    if format.writes_folder() || path.extension().is_some() || path.as_os_str().is_empty() {
        path
    } else {
        path.with_extension(format.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_follows_the_format() {
        assert_eq!(follow_format("out/view.svg", Format::Png), "out/view.png");
        assert_eq!(follow_format("out/view.svg", Format::Csv), "out/view");
        assert_eq!(follow_format("out/view.png", Format::Png), "out/view.png");
        assert_eq!(follow_format("out/view.txt", Format::Png), "out/view.txt");
    }
}
