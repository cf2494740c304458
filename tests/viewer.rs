//! The real viewer, driven headlessly through AccessKit (no GPU, no display).

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use eframe::egui;
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use nexo::app::{load_corpus, App};

/// The viewer on the bundled corpus, and its number of entities.
fn harness() -> (Harness<'static, App>, usize) {
    harness_on(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus"))
}

/// The viewer on the corpus in `dir`, after its first frames, and its entity count.
fn harness_on(dir: &Path) -> (Harness<'static, App>, usize) {
    let data = load_corpus(dir, None).unwrap();
    let entities = data.extraction.graph.entity_count();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |_| App::with_data(data));
    h.run_steps(4);
    (h, entities)
}

/// Types `query` in the search box and clicks the match labelled `name`.
fn select_by_search(h: &mut Harness<'static, App>, query: &str, name: &str) {
    type_search(h, query);
    h.get_by_label(name).click();
    h.run_steps(3);
}

/// Types `query` in the search box, in place of what it held.
fn type_search(h: &mut Harness<'static, App>, query: &str) {
    h.get_by_role(Role::TextInput).click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(1);
    h.get_by_role(Role::TextInput).type_text(query);
    h.run_steps(3);
}

/// Focuses the text input at `position` (counted from the top of the window; `None`
/// for the lowest), erases `erase` characters and types `text`.
fn fill_text_input(
    h: &mut Harness<'static, App>,
    position: Option<usize>,
    erase: usize,
    text: &str,
) {
    let centre = |h: &Harness<'static, App>| {
        let mut inputs: Vec<_> = h.get_all_by_role(Role::TextInput).collect();
        inputs.sort_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y));
        let i = position.unwrap_or(inputs.len() - 1);
        inputs[i].rect().center()
    };
    let at = centre(h);
    h.get_all_by_role(Role::TextInput)
        .find(|n| n.rect().center() == at)
        .unwrap()
        .focus();
    h.run_steps(1);
    for _ in 0..erase {
        h.key_press(egui::Key::Backspace);
    }
    h.run_steps(1);
    let at = centre(h);
    h.get_all_by_role(Role::TextInput)
        .find(|n| n.rect().center() == at)
        .unwrap()
        .type_text(text);
    h.run_steps(1);
}

/// In the open export dialog: replaces the path field, which holds `shown`
/// characters, with `target`, and saves.
fn save_export_as(h: &mut Harness<'static, App>, shown: usize, target: &Path) {
    fill_text_input(h, None, shown, &target.display().to_string());
    h.run_steps(1);
    h.get_by_label("Save export").click();
    h.run_steps(2);
}

/// In the open export dialog: switches the format from SVG to JSON.
fn choose_json(h: &mut Harness<'static, App>) {
    h.get(egui_kittest::kittest::by().value("svg")).click();
    h.run_steps(1);
    h.get_by_label("json").click();
    h.run_steps(2);
}

#[test]
fn search_then_connection_shows_the_passage() {
    let (mut h, _) = harness();
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    assert!(
        h.query_by_label_contains("Connections (").is_some(),
        "the entity card is shown"
    );
    h.get_by_label_contains("Cártel de Jalisco Nueva Generación —")
        .click();
    h.run_steps(3);
    let passage =
        "having survived an assassination attempt by the Jalisco Nueva Generación Cartel in 2020";
    assert!(
        h.query_by_label_contains(passage).is_some(),
        "the passage is shown in the side panel"
    );
}

#[test]
fn hiding_a_kind_removes_its_nodes() {
    let (mut h, n) = harness();
    let total = format!("{n} / {n} entities");
    assert!(
        h.query_by_label_contains(&total).is_some(),
        "every entity is visible at first"
    );
    h.get_by_label("country").click();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains(&total).is_none(),
        "country nodes were hidden"
    );
    assert!(h
        .query_by_label_contains(&format!(" / {n} entities"))
        .is_some());
    let shown = &h.state().state().visible_kinds;
    assert!(!shown.contains(&nexo::kind::Kind::Country));
}

#[test]
fn a_card_opens_the_reader_on_the_whole_document() {
    let (mut h, _) = harness();
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    h.get_by_label_contains("Cártel de Jalisco Nueva Generación —")
        .click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("Reader — ").is_none());
    h.get_by_label("Open in reader").click();
    h.run_steps(4);
    assert!(h
        .query_by_label_contains("Reader — Can Donald Trump And Claudia Sheinbaum Work Together?")
        .is_some());
    // The reader holds the whole article, not just the passage.
    assert!(h
        .query_by_label_contains("Lila Abed is the Wilson Center’s Mexico Institute Director")
        .is_some());
    assert!(h.state().state().reader.is_some());
}

#[test]
fn focus_mode_keeps_only_the_neighbourhood() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let data = load_corpus(&dir, None).unwrap();
    // What the canvas draws: the relations at the default confidence.
    let g = &data
        .extraction
        .graph
        .at_confidence(nexo::graph::DEFAULT_MIN_CONFIDENCE);
    let gh = g.entity_by_key("omar-garcia-harfuch").unwrap();
    let expected = format!("{} / {} entities", 1 + g.degree(gh), g.entity_count());
    let (mut h, _) = harness();
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    h.get(egui_kittest::kittest::by().value("focus: off"))
        .click();
    h.run_steps(2);
    h.get_by_label("focus: 1 hop").click();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains(&expected).is_some(),
        "expected {expected}"
    );
}

#[test]
fn file_menu_opens_another_folder_in_the_background() {
    let (mut h, _) = harness();
    assert!(h.query_by_label_contains("5 documents").is_some());
    h.get_by_label("File").click();
    h.run_steps(2);
    let unseen = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unseen/corpus");
    // The folder field is the first text input in the menu, below the search box (the
    // snapshot field comes after it).
    fill_text_input(&mut h, Some(1), 0, &unseen.display().to_string());
    h.get_by_label("Open folder").click();
    for _ in 0..200 {
        h.run_steps(1);
        if h.query_by_label_contains("6 documents").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        h.query_by_label_contains("6 documents").is_some(),
        "the unseen corpus was loaded"
    );
}

#[test]
fn export_dialog_writes_the_current_view_and_asks_before_replacing() {
    let (mut h, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("view.svg");
    h.get_by_label("Export").click();
    h.run_steps(2);
    // The path field is the lowest text input (the dialog sits below the search box).
    save_export_as(&mut h, "nexo-export.svg".len(), &target);
    assert!(
        h.query_by_label_contains("Wrote ").is_some(),
        "the dialog says where it wrote"
    );
    let svg = std::fs::read_to_string(&target).unwrap();
    assert!(svg.contains("<svg") && svg.contains("current view"));
    // A second export must ask before replacing the file.
    assert!(h.query_by_label_contains("exists.").is_some());
}

#[test]
fn a_snapshot_restores_filters_and_selection() {
    let (mut h, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("view.nexo.json");
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    h.get_by_label("country").click();
    h.run_steps(2);
    h.get_by_label("File").click();
    h.run_steps(2);
    fill_text_input(
        &mut h,
        None,
        "view.nexo.json".len(),
        &file.display().to_string(),
    );
    h.get_by_label("Save snapshot").click();
    h.run_steps(2);
    assert!(file.is_file(), "the snapshot was written");
    // Change the view, then bring the snapshot back.
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(
        h.state().state().selection,
        nexo::app::state::Selection::None
    );
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open snapshot").click();
    for _ in 0..200 {
        h.run_steps(1);
        if matches!(
            h.state().state().selection,
            nexo::app::state::Selection::Entity(_)
        ) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let state = h.state().state();
    assert!(
        matches!(state.selection, nexo::app::state::Selection::Entity(_)),
        "{:?}",
        state.selection
    );
    assert!(!state.visible_kinds.contains(&nexo::kind::Kind::Country));
}

/// The zoom of the canvas once the layout has been let settle.
fn settled_zoom(h: &mut Harness<'static, App>) -> f32 {
    for _ in 0..40 {
        h.run_steps(5);
    }
    h.state().camera().unwrap().0
}

#[test]
fn the_plain_wheel_zooms_around_the_pointer_and_keys_zoom_too() {
    let (mut h, _) = harness();
    let before = settled_zoom(&mut h);
    let over_canvas = egui::pos2(400.0, 400.0);
    h.hover_at(over_canvas);
    h.run_steps(1);
    for _ in 0..3 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, 1.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
        });
        h.run_steps(2);
    }
    for _ in 0..20 {
        h.run_steps(1);
    }
    let wheeled = h.state().camera().unwrap().0;
    assert!(
        wheeled > before * 1.3,
        "three notches zoom in: {before} -> {wheeled}"
    );
    h.key_press(egui::Key::Minus);
    h.run_steps(3);
    let keyed = h.state().camera().unwrap().0;
    assert!(keyed < wheeled * 0.9, "− zooms out: {wheeled} -> {keyed}");
    h.key_press(egui::Key::F);
    h.run_steps(4);
    assert!(h.state().camera().is_some());
}

#[test]
fn the_file_menu_fields_take_clicks_and_a_snapshot_is_not_replaced_unasked() {
    let (mut h, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("view.nexo.json");
    std::fs::write(&file, "keep").unwrap();
    h.get_by_label("File").click();
    h.run_steps(2);
    // A click in the snapshot field (the lowest text input) keeps the menu open.
    let field = |h: &Harness<'static, App>| {
        let mut inputs: Vec<_> = h.get_all_by_role(Role::TextInput).collect();
        inputs.sort_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y));
        inputs.last().unwrap().rect().center()
    };
    let at = field(&h);
    h.get_all_by_role(Role::TextInput)
        .find(|n| n.rect().center() == at)
        .unwrap()
        .click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Save snapshot").is_some(),
        "the menu is still open after a click in its field"
    );
    fill_text_input(
        &mut h,
        None,
        "view.nexo.json".len(),
        &file.display().to_string(),
    );
    h.run_steps(2);
    assert!(h.query_by_label_contains("This file exists.").is_some());
    h.get_by_label("Save snapshot").click();
    h.run_steps(2);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "keep",
        "not replaced unasked"
    );
    h.get_by_label("Replace it").click();
    h.run_steps(2);
    h.get_by_label("Save snapshot").click();
    h.run_steps(2);
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("\"version\": 1"));
}

#[test]
fn search_results_drop_down_without_moving_the_bar() {
    let (mut h, _) = harness();
    let chip = |h: &Harness<'static, App>| h.get_by_label("cartel").rect();
    let before = chip(&h);
    h.get_by_role(Role::TextInput).click();
    h.run_steps(2);
    h.get_by_role(Role::TextInput).type_text("sheinb");
    h.run_steps(3);
    assert!(
        h.query_by_label("Claudia Sheinbaum").is_some(),
        "a match is listed"
    );
    assert_eq!(chip(&h), before, "the bar's controls stay where they were");
    h.get_by_role(Role::TextInput).type_text("zzzz");
    h.run_steps(3);
    assert!(h.query_by_label("No matches").is_some());
}

#[test]
fn escape_closes_the_reader_before_it_clears_the_selection() {
    let (mut h, _) = harness();
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    h.get_by_label_contains("Cártel de Jalisco Nueva Generación —")
        .click();
    h.run_steps(3);
    h.get_by_label("Open in reader").click();
    h.run_steps(4);
    assert!(h.state().state().reader.is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        h.state().state().reader.is_none(),
        "Escape closed the reader"
    );
    assert_ne!(
        h.state().state().selection,
        nexo::app::state::Selection::None,
        "and kept the selection"
    );
}

#[test]
fn active_filters_are_named_and_reset_in_one_click() {
    let (mut h, entities) = harness();
    assert!(h.query_by_label("Reset filters").is_none());
    h.get_by_label("country").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("Filtered: kinds").is_some());
    h.get_by_label("Reset filters").click();
    h.run_steps(3);
    assert!(h.query_by_label("Reset filters").is_none());
    assert!(h
        .query_by_label_contains(&format!("{entities} / {entities} entities"))
        .is_some());
}

#[test]
fn the_documents_filter_stays_open_and_has_all_none_only_and_a_search() {
    let (mut h, _) = harness();
    h.get_by_label("documents (5/5)").click();
    h.run_steps(2);
    h.get_by_label("None").click();
    h.run_steps(2);
    assert_eq!(h.state().state().hidden_docs.len(), 5);
    assert!(h.query_by_label("All").is_some(), "the menu stayed open");
    h.get_by_label("All").click();
    h.run_steps(2);
    assert!(h.state().state().hidden_docs.is_empty());
    // Dates are shown, and "only" keeps one document.
    assert!(h
        .query_by_label_contains("2024-12  Can Donald Trump")
        .is_some());
    h.get_all_by_label("only").next().unwrap().click();
    h.run_steps(2);
    assert_eq!(h.state().state().hidden_docs.len(), 4);
    // The search box narrows the list.
    fill_text_input(&mut h, None, 0, "americas quarterly");
    h.run_steps(2);
    assert_eq!(h.get_all_by_label("only").count(), 1);
}

#[test]
fn f1_opens_the_shortcut_sheet_and_escape_closes_it() {
    let (mut h, _) = harness();
    assert!(h.query_by_label("Keyboard and mouse").is_none());
    h.key_press(egui::Key::F1);
    h.run_steps(2);
    assert!(h.query_by_label("Keyboard and mouse").is_some());
    assert!(h
        .query_by_label_contains("close the reader, then clear")
        .is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Keyboard and mouse").is_none());
}

#[test]
fn an_entity_card_lists_its_mentions_and_passage_cards_say_the_paragraph() {
    let (mut h, _) = harness();
    select_by_search(&mut h, "lila abed", "Lila Abed");
    assert!(h.query_by_label_contains("Mentions (").is_some());
    let readers = h.get_all_by_label("Open in reader").count();
    assert!(readers >= 1, "each mention opens the reader");
    h.get_all_by_label("Open in reader").next().unwrap().click();
    h.run_steps(3);
    assert!(h.state().state().reader.is_some());
    let (mut h, _) = harness();
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    h.get_by_label_contains("Cártel de Jalisco Nueva Generación —")
        .click();
    h.run_steps(3);
    // The label, the passage's confidence, the paragraph.
    assert!(h
        .query_by_label_contains("“attacked”  ·  0.")
        .is_some_and(|n| format!("{n:?}").contains("  ·  paragraph ")));
    assert!(
        h.query_by_label_contains("bytes ").is_none(),
        "no byte range on the card"
    );
}

#[test]
fn back_returns_to_the_previous_selection() {
    let (mut h, _) = harness();
    select_by_search(&mut h, "garcia harf", "Omar García Harfuch");
    h.get_by_label_contains("Cártel de Jalisco Nueva Generación —")
        .click();
    h.run_steps(3);
    assert!(matches!(
        h.state().state().selection,
        nexo::app::state::Selection::Relation(_)
    ));
    h.get_by_label("◀ Back").click();
    h.run_steps(3);
    assert!(matches!(
        h.state().state().selection,
        nexo::app::state::Selection::Entity(_)
    ));
    h.get_by_label("Forward ▶").click();
    h.run_steps(3);
    assert!(matches!(
        h.state().state().selection,
        nexo::app::state::Selection::Relation(_)
    ));
}

#[test]
fn a_right_click_on_the_canvas_opens_its_menu() {
    let (mut h, _) = harness();
    for _ in 0..20 {
        h.run_steps(5);
    }
    let empty_corner = egui::pos2(30.0, 860.0);
    h.hover_at(empty_corner);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: empty_corner,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.run_steps(1);
    }
    h.run_steps(2);
    assert!(
        h.query_by_label("Unpin every node").is_some(),
        "the canvas menu is open"
    );
    h.get_by_label("Fit (F)").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Unpin every node").is_none(),
        "an item closes it"
    );
}

#[test]
fn search_matches_are_ringed_on_the_canvas() {
    let (mut h, _) = harness();
    assert_eq!(h.state().ringed_count(), 0);
    h.get_by_role(Role::TextInput).click();
    h.run_steps(2);
    h.get_by_role(Role::TextInput).type_text("sheinbaum");
    h.run_steps(3);
    assert_eq!(h.state().ringed_count(), 1, "Claudia Sheinbaum is ringed");
    h.get_by_role(Role::TextInput).type_text("zzzz");
    h.run_steps(3);
    assert_eq!(h.state().ringed_count(), 0);
}

/// A copy of the bundled corpus, for tests that write a curation file beside it.
fn copied_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    for entry in std::fs::read_dir(&bundled).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// The status bar's "N / M entities · …" figures, as (entities, relations).
fn totals(h: &Harness<'static, App>) -> (usize, usize) {
    let label = h
        .get_by_label_contains(" entities · ")
        .value()
        .unwrap_or_default();
    let numbers: Vec<usize> = label
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[1], numbers[3])
}

/// The curation file beside the corpus in `dir`.
fn curation_file(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("nexo-curation.toml")).unwrap_or_default()
}

#[test]
fn a_merge_through_the_ui_is_saved_and_undone_and_redone_by_keys() {
    let dir = copied_corpus();
    let (mut h, entities) = harness_on(dir.path());
    let before = totals(&h);
    assert_eq!(before.0, entities);
    select_by_search(&mut h, "u.s. special", "U.S. Special Forces");
    // Ctrl+click in the search results selects a second entity.
    type_search(&mut h, "special forces");
    h.get_by_label("Special Forces")
        .click_modifiers(egui::Modifiers::COMMAND);
    h.run_steps(3);
    assert!(h.query_by_label("2 selected").is_some());
    h.get_by_label("Merge…").click();
    h.run_steps(3);
    h.get_by_label("U.S. Special Forces (agency)").click();
    h.run_steps(1);
    h.get_by_label("Merge").click();
    h.run_steps(4);
    let merged = totals(&h);
    assert_eq!(merged.0, entities - 1, "one entity fewer");
    let file = curation_file(dir.path());
    assert!(
        file.contains("op = \"merge\"\ninto = \"us-special-forces\"\nfrom = [\"special-forces\"]"),
        "{file}"
    );
    // The kept entity is selected, with the other's name as an alias.
    assert!(h.query_by_label_contains("Also: ").is_some());
    assert!(h
        .query_by_label_contains("Special Forces,")
        .or_else(|| h.query_by_label_contains(", Special Forces"))
        .is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert_eq!(totals(&h), before, "undo brings the graph back");
    assert!(!curation_file(dir.path()).contains("merge"));
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run_steps(4);
    assert_eq!(totals(&h), merged, "redo makes the merge again");
    assert!(curation_file(dir.path()).contains("merge"));
}

#[test]
fn hide_and_reject_through_the_ui_then_undo_and_redo_from_the_edit_menu() {
    let dir = copied_corpus();
    let (mut h, entities) = harness_on(dir.path());
    let before = totals(&h);
    select_by_search(&mut h, "getty", "Getty Images");
    h.get_by_label("Hide").click();
    h.run_steps(4);
    let hidden = totals(&h);
    assert_eq!(hidden.0, entities - 1);
    assert!(hidden.1 < before.1, "its relations go with it");
    assert!(curation_file(dir.path()).contains("op = \"hide\"\nid = \"getty-images\""));
    // Reject a passage of Claudia Sheinbaum – Mexico.
    select_by_search(&mut h, "claudia", "Claudia Sheinbaum");
    h.get_by_label_contains("Mexico — ").click();
    h.run_steps(3);
    let passages = |h: &Harness<'static, App>| {
        let label = h
            .get_all_by_label_contains(" passages")
            .filter_map(|n| n.value())
            .find(|v| v.contains("  ·  "))
            .unwrap_or_default();
        // "… · N passages · confidence …": the number before " passage".
        let before = &label[..label.find(" passage").unwrap()];
        before
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap()
            .parse::<usize>()
            .unwrap()
    };
    let support = passages(&h);
    h.get_all_by_label("Reject").next().unwrap().click();
    h.run_steps(4);
    assert_eq!(passages(&h), support - 1, "the pair lost one passage");
    let file = curation_file(dir.path());
    assert!(file.contains("op = \"reject\""), "{file}");
    // Undo both from the Edit menu, then redo one.
    for _ in 0..2 {
        h.get_by_label("Edit").click();
        h.run_steps(2);
        h.get_by_label_contains("Undo: ").click();
        h.run_steps(4);
    }
    assert_eq!(totals(&h), before);
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label_contains("Redo: Hide getty-images").click();
    h.run_steps(4);
    assert_eq!(totals(&h), hidden);
    // The curation panel lists the edit and brings the hidden entity back.
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Curation panel…").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("1. hide getty-images").is_some());
    h.get_by_label("Show").click();
    h.run_steps(4);
    assert_eq!(totals(&h), before);
}

#[test]
fn a_curation_file_beside_the_corpus_is_applied_and_a_stale_edit_shows_in_the_status_bar() {
    let dir = copied_corpus();
    std::fs::write(
        dir.path().join("nexo-curation.toml"),
        "[[edit]]\nop = \"rename\"\nid = \"donald-trump\"\nname = \"President Trump\"\n\n[[edit]]\nop = \"hide\"\nid = \"no-such-entity\"\n",
    )
    .unwrap();
    let (mut h, _) = harness_on(dir.path());
    // The status bar counts the stale edit, in the singular.
    let status = h.get_by_label_contains("· 1 stale edit");
    status.click();
    h.run_steps(2);
    h.get_by_label_contains("edit 2 (hide no-such-entity) no longer applies");
    // The rename is in the graph the viewer shows.
    select_by_search(&mut h, "president tr", "President Trump");
}

#[test]
fn a_relation_added_by_hand_and_a_settled_name_come_from_the_ui() {
    let dir = copied_corpus();
    let (mut h, _) = harness_on(dir.path());
    let before = totals(&h);
    select_by_search(&mut h, "lila", "Lila Abed");
    type_search(&mut h, "sara car");
    h.get_by_label("Sara Carter")
        .click_modifiers(egui::Modifiers::COMMAND);
    h.run_steps(3);
    h.get_by_label("Relate the 2 selected…").click();
    h.run_steps(3);
    // The label is the lowest one-line field; the note is the many-line one.
    fill_text_input(&mut h, None, 0, "met");
    h.get_by_role(Role::MultilineTextInput).focus();
    h.run_steps(1);
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Met in Mexico City, per her 2024 column.");
    h.run_steps(1);
    h.get_by_label("Add relation").click();
    h.run_steps(4);
    assert_eq!(totals(&h).1, before.1 + 1, "one relation more");
    let file = curation_file(dir.path());
    assert!(
        file.contains("op = \"relate\"") && file.contains("label = \"met\""),
        "{file}"
    );
    assert!(file.contains("note = \"Met in Mexico City, per her 2024 column.\""));
    // Its card says a person made it, with the note.
    h.get_by_label_contains("Sara Carter — met").click();
    h.run_steps(3);
    assert!(h.query_by_label("Added by hand").is_some());
    assert!(h
        .query_by_label("Met in Mexico City, per her 2024 column.")
        .is_some());
    // The ambiguous "National Guard" is settled from the status bar.
    h.get_by_label_contains("1 ambiguous name").click();
    h.run_steps(2);
    h.get_by_label_contains("“National Guard” could be").click();
    h.run_steps(2);
    h.get_by_label("Guardia Nacional").click();
    h.run_steps(4);
    assert!(h.query_by_label_contains("0 ambiguous names").is_some());
    assert!(curation_file(dir.path()).contains("op = \"settle\""));
}

#[test]
fn a_snapshot_keeps_the_edits_and_opening_it_brings_them_back_as_one_undoable_step() {
    let dir = copied_corpus();
    let (mut h, entities) = harness_on(dir.path());
    let file = dir.path().join("view.nexo.json");
    select_by_search(&mut h, "getty", "Getty Images");
    h.get_by_label("Hide").click();
    h.run_steps(4);
    h.get_by_label("File").click();
    h.run_steps(2);
    fill_text_input(
        &mut h,
        None,
        "view.nexo.json".len(),
        &file.display().to_string(),
    );
    h.get_by_label("Save snapshot").click();
    h.run_steps(2);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("\"op\": \"hide\""), "{saved}");
    // Take the edit back, then open the snapshot: the edit returns.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert_eq!(totals(&h).0, entities);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open snapshot").click();
    for _ in 0..200 {
        h.run_steps(1);
        if h.query_by_label_contains(&format!("/ {} entities", entities - 1))
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(totals(&h).0, entities - 1, "the snapshot's edits apply");
    assert!(curation_file(dir.path()).contains("getty-images"));
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label_contains("Undo: Restore the edits of the snapshot")
        .click();
    h.run_steps(4);
    assert_eq!(totals(&h).0, entities);
}

#[test]
fn colour_by_community_shows_a_legend_and_the_actors_table_sorts_and_selects() {
    let (mut h, _) = harness();
    assert!(h.query_by_label_contains("Communities (Louvain").is_none());
    h.get(egui_kittest::kittest::by().value("colour: kind"))
        .click();
    h.run_steps(2);
    h.get_by_label("colour: community").click();
    h.run_steps(3);
    assert_eq!(
        h.state().state().coloring,
        nexo::app::state::Coloring::Community
    );
    let modularity = h.state().loaded().unwrap().analysis.modularity;
    assert!(modularity > 0.2, "{modularity}");
    assert!(h
        .query_by_label_contains(&format!(
            "Communities (Louvain, modularity {modularity:.2})"
        ))
        .is_some());
    // The largest community is named after its best-connected member.
    let (head, size) = {
        let data = h.state().loaded().unwrap();
        let a = &data.analysis;
        let largest = a.members().into_iter().next().unwrap();
        let head = *largest
            .iter()
            .max_by(|&&x, &&y| a.weighted_degree[x].total_cmp(&a.weighted_degree[y]))
            .unwrap();
        (
            data.extraction.graph.entities()[head].name.clone(),
            largest.len(),
        )
    };
    assert!(size > 10, "{size}");
    assert!(
        h.query_by_label(&format!("{head} ({size})")).is_some(),
        "{head} ({size})"
    );
    h.get_by_label("Actors").click();
    h.run_steps(3);
    // Sorted by PageRank, highest first: Mexico heads the table.
    h.get_by_label("Betweenness").click();
    h.run_steps(2);
    assert_eq!(
        h.state().state().actor_sort,
        nexo::app::state::ActorSort::Betweenness
    );
    h.get_all_by_label("Donald Trump").next().unwrap().click();
    h.run_steps(3);
    assert!(matches!(
        h.state().state().selection,
        nexo::app::state::Selection::Entity(_)
    ));
    // The card lists the connections the canvas draws: those at the default confidence.
    let trump = {
        let g = &h.state().loaded().unwrap().extraction.graph;
        let g = g.at_confidence(nexo::graph::DEFAULT_MIN_CONFIDENCE);
        g.degree(g.entity_by_key("donald-trump").unwrap())
    };
    assert!(trump > 5);
    assert!(h
        .query_by_label_contains(&format!("Connections ({trump})"))
        .is_some());
}

#[test]
fn paths_between_two_selected_entities_show_a_card_per_hop_and_escape_closes_them() {
    let (mut h, _) = harness();
    select_by_search(&mut h, "claudia", "Claudia Sheinbaum");
    type_search(&mut h, "sinaloa");
    h.get_by_label("Sinaloa Cartel")
        .click_modifiers(egui::Modifiers::COMMAND);
    h.run_steps(3);
    h.get_by_label("Paths between them").click();
    h.run_steps(3);
    let shown = h.state().state().paths.clone().unwrap();
    assert_eq!(shown.paths.len(), 3);
    // The direct relation first, then the best-attested detours.
    assert!(h
        .query_by_label_contains("Path 1 · 1 hop: Claudia Sheinbaum › Sinaloa Cartel")
        .is_some());
    assert!(h
        .query_by_label_contains(
            "Path 2 · 2 hops: Claudia Sheinbaum › United States › Sinaloa Cartel"
        )
        .is_some());
    // One card per hop, each with its passage and a way to the reader.
    assert!(h
        .get_all_by_label_contains("Sheinbaum has consistently rejected offers")
        .next()
        .is_some());
    assert!(h.get_all_by_label("Open in reader").count() >= 5);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.state().state().paths.is_none());
}

#[test]
fn the_time_bar_plays_month_by_month_and_all_shows_everything_again() {
    let (mut h, entities) = harness();
    h.get_by_label("Timeline").click();
    h.run_steps(3);
    assert!(h.query_by_label("Passages per month").is_some());
    h.get_by_label("▶ Play").click();
    h.run_steps(1);
    h.run_steps(3);
    // The first month (2024-10) alone: a fraction of the network.
    let state = h.state().state();
    assert!(state.is_playing);
    assert_eq!(state.time_from, state.time_to);
    let shown = |h: &Harness<'static, App>| {
        let label = h
            .get_by_label_contains(" entities · ")
            .value()
            .unwrap_or_default();
        label
            .split(" / ")
            .next()
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap()
    };
    let first_month = shown(&h);
    assert!(
        first_month < entities,
        "{first_month} of {entities} entities in the first month"
    );
    assert!(h.query_by_label_contains("Filtered: ").is_some());
    h.get_by_label("⏸ Stop").click();
    h.run_steps(2);
    h.get_by_label("All").click();
    h.run_steps(3);
    assert_eq!(shown(&h), entities);
    assert!(!h.state().state().is_playing);
}

#[test]
fn hiding_several_selected_entities_is_one_step_of_undo() {
    let dir = copied_corpus();
    let (mut h, entities) = harness_on(dir.path());
    select_by_search(&mut h, "getty", "Getty Images");
    type_search(&mut h, "shutterst");
    h.get_by_label("Shutterstock")
        .click_modifiers(egui::Modifiers::COMMAND);
    h.run_steps(3);
    h.get_by_label("Hide all").click();
    h.run_steps(4);
    assert_eq!(totals(&h).0, entities - 2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert_eq!(totals(&h).0, entities, "one undo brings both back");
}

/// Steps the viewer until the figures of the view have arrived from their worker.
fn wait_for_figures(h: &mut Harness<'static, App>) {
    for _ in 0..500 {
        h.step();
        if !h.state().is_computing_figures() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!h.state().is_computing_figures(), "the figures never came");
    h.run_steps(2);
}

#[test]
fn the_figures_follow_the_filters_and_come_back_when_they_are_cleared() {
    use nexo::analysis::{Subgraph, NO_COMMUNITY};
    let (mut h, entities) = harness();
    h.get_by_label("Actors").click();
    h.run_steps(3);
    assert!(h
        .query_by_label_contains(&format!("{entities} entities. Click a header"))
        .is_some());
    let whole = h.state().loaded().unwrap().analysis.clone();
    h.get_by_label("country").click();
    h.run_steps(1);
    wait_for_figures(&mut h);
    let data = h.state().loaded().unwrap();
    let graph = &data.extraction.graph;
    let is_country =
        |id: nexo::graph::EntityId| graph.entity(id).unwrap().kind == nexo::kind::Kind::Country;
    let view = &data.analysis;
    // What the worker computed is the analysis of the graph without countries.
    let expected = Subgraph::of(
        graph,
        |id| !is_country(id),
        |r| {
            r.confidence()
                .reaches(nexo::graph::DEFAULT_MIN_CONFIDENCE)
                .then_some(r.weight() as f64)
        },
    );
    assert_eq!(*view, expected.analyse());
    assert_ne!(view.betweenness, whole.betweenness);
    let mexico = graph.entity_by_key("mexico").unwrap();
    assert_eq!(view.community[mexico.index()], NO_COMMUNITY);
    assert_eq!(view.pagerank[mexico.index()], 0.0);
    let kept = expected.entity_count();
    assert!(h
        .query_by_label_contains(&format!(
            "Figures of the filtered view: {kept} of {entities} entities."
        ))
        .is_some());
    // Mexico is no longer a row of the table.
    assert!(h.query_by_label("Mexico").is_none());
    // Every kind shown again: the whole graph's figures, as at first.
    h.get_by_label("country").click();
    h.run_steps(1);
    wait_for_figures(&mut h);
    assert_eq!(h.state().loaded().unwrap().analysis, whole);
    assert!(h
        .query_by_label_contains(&format!("{entities} entities. Click a header"))
        .is_some());
}

#[test]
fn communities_collapse_into_one_node_each_and_a_double_click_opens_one() {
    let data = load_corpus(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus"),
        None,
    )
    .unwrap();
    let entities = data.extraction.graph.entity_count();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| App::with_data(data));
    h.run_steps(4);
    h.get(egui_kittest::kittest::by().value("colour: kind"))
        .click();
    h.run_steps(2);
    h.get_by_label("colour: community").click();
    h.run_steps(3);
    h.get_by_label("Collapse all").click();
    h.run_steps(4);
    let analysis = h.state().loaded().unwrap().analysis.clone();
    let groups = analysis.groups();
    assert_eq!(h.state().state().collapsed, groups);
    // Each community of n members is one node: n − 1 fewer nodes each.
    let members = analysis.members();
    let folded: usize = groups.iter().map(|&c| members[c as usize].len() - 1).sum();
    let label = format!("{} / {entities} entities", entities - folded);
    assert!(h.query_by_label_contains(&label).is_some(), "{label}");
    let nodes = h.state().community_nodes();
    assert_eq!(nodes.len(), groups.len());
    // The largest community is drawn as its best-connected member.
    let (head, count, _) = nodes.iter().max_by_key(|n| n.1).copied().unwrap();
    assert_eq!(count as usize, members[0].len());
    let graph = &h.state().loaded().unwrap().extraction.graph;
    assert_eq!(graph.entity(head).unwrap().name, "United States");
    // A picture of the view names the community as the canvas does.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("collapsed.svg");
    h.get_by_label("Export").click();
    h.run_steps(2);
    save_export_as(&mut h, "nexo-export.svg".len(), &target);
    let svg = std::fs::read_to_string(&target).unwrap();
    assert!(
        svg.contains(&format!(">United States +{}<", count - 1)),
        "the SVG names the community"
    );
    // The data formats open the communities: every entity and relation of the view.
    let json_target = dir.path().join("collapsed.json");
    choose_json(&mut h);
    // The field followed the format: it holds the same path ending in .json.
    save_export_as(
        &mut h,
        json_target.display().to_string().len(),
        &json_target,
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_target).unwrap()).unwrap();
    let graph = &h.state().loaded().unwrap().extraction.graph;
    assert_eq!(json["nodes"].as_array().unwrap().len(), entities);
    assert_eq!(
        json["edges"].as_array().unwrap().len(),
        graph
            .at_confidence(nexo::graph::DEFAULT_MIN_CONFIDENCE)
            .relation_count()
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    // Where the node is once the layout has settled and the view has fitted.
    let settled_place = |h: &mut Harness<'static, App>| {
        for _ in 0..200 {
            let camera = h.state().camera();
            h.run_steps(5);
            if !h.state().is_layout_moving() && h.state().camera() == camera {
                break;
            }
            // The layout's worker needs wall-clock time.
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let nodes = h.state().community_nodes();
        nodes.into_iter().find(|n| n.0 == head).unwrap().2
    };
    // A click selects it (the side panel then shows its card), a double-click opens it.
    let at = settled_place(&mut h);
    h.hover_at(at);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    assert_eq!(
        h.state().state().selection,
        nexo::app::state::Selection::Entity(head)
    );
    // A second apart: egui would count a third click within 0.6 s as a triple.
    h.run_steps(60);
    let at = settled_place(&mut h);
    h.hover_at(at);
    h.run_steps(1);
    // A double-click: four steps of a 60th of a second (the harness's own steps
    // are a quarter of a second, too slow for one).
    for pressed in [true, false, true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(3);
    let collapsed = &h.state().state().collapsed;
    assert!(
        !collapsed.contains(&0),
        "the community opened: {collapsed:?}"
    );
    assert_eq!(collapsed.len(), groups.len() - 1);
    // Open all: every entity again.
    h.get_by_label("Open all").click();
    h.run_steps(3);
    assert!(h.state().state().collapsed.is_empty());
    let all = format!("{entities} / {entities} entities");
    assert!(h.query_by_label_contains(&all).is_some());
}

#[test]
fn fit_leaves_room_for_the_labels() {
    // A small window, where the long names of the network's rim reach the edges.
    let data = load_corpus(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus"),
        None,
    )
    .unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(820.0, 560.0))
        .build_eframe(move |_| App::with_data(data));
    // The layout runs on a worker: give it wall-clock time to come to rest.
    for _ in 0..2_000 {
        h.run_steps(1);
        if !h.state().is_layout_moving() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!h.state().is_layout_moving(), "the layout came to rest");
    h.key_press(egui::Key::F);
    h.run_steps(8);
    assert_eq!(
        h.state().label_overflow(),
        0.0,
        "every label is inside the canvas after Fit"
    );
}

#[test]
fn a_current_view_export_carries_the_figures_of_the_view() {
    let (mut h, _) = harness();
    h.get_by_label("country").click();
    h.run_steps(1);
    wait_for_figures(&mut h);
    let view = h.state().loaded().unwrap().analysis.clone();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("view.json");
    h.get_by_label("Export").click();
    h.run_steps(2);
    choose_json(&mut h);
    save_export_as(&mut h, "nexo-export.json".len(), &target);
    let text = std::fs::read_to_string(&target).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let graph = &h.state().loaded().unwrap().extraction.graph;
    let nodes = json["nodes"].as_array().unwrap();
    assert!(!nodes.is_empty());
    for node in nodes {
        let id = graph.entity_by_key(node["id"].as_str().unwrap()).unwrap();
        let written = node["betweenness"].as_f64().unwrap();
        // The same figures, up to the order of a parallel sum.
        assert!(
            (written - view.betweenness[id.index()]).abs() < 1e-12,
            "{node}: {}",
            view.betweenness[id.index()]
        );
    }
}

#[test]
fn a_card_with_long_rows_does_not_widen_the_side_panel() {
    let (mut h, _) = harness();
    let left_of = |h: &Harness<'static, App>, label: &str| {
        h.get_all_by_label_contains(label)
            .map(|n| n.rect().min.x)
            .fold(f32::INFINITY, f32::min)
    };
    let before = left_of(&h, "Strongest relations");
    // The United States' card lists "Bicentennial Framework for Security, Public
    // Health, and Safe Communities — cooperated (1)" among its connections.
    select_by_search(&mut h, "united states", "United States");
    h.run_steps(3);
    assert!(h
        .get_all_by_label_contains("Bicentennial Framework")
        .next()
        .is_some());
    let after = left_of(&h, "Connections (");
    assert!(
        (after - before).abs() < 20.0,
        "the panel kept its width: its left edge moved from {before} to {after}"
    );
}

/// The relations drawn, from the status bar's "N / M entities · E / R relations".
fn relations_shown(h: &Harness<'static, App>) -> usize {
    let label = h
        .get_by_label_contains(" entities · ")
        .value()
        .unwrap_or_default();
    let numbers: Vec<usize> = label
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    numbers[2]
}

/// Presses `key` `times` on the (only) slider, one step each.
fn nudge_slider(h: &mut Harness<'static, App>, key: egui::Key, times: usize) {
    for _ in 0..times {
        // A step rebuilds the view, which takes the focus away.
        h.get_by_role(Role::Slider).focus();
        h.run_steps(1);
        h.key_press(key);
        h.run_steps(1);
    }
}

#[test]
fn the_confidence_slider_and_stated_only_decide_which_edges_are_drawn() {
    let (mut h, _) = harness();
    let graph = h.state().loaded().unwrap().extraction.graph.clone();
    let at = |min: f64| graph.at_confidence(min).relation_count();
    assert_eq!(relations_shown(&h), at(nexo::graph::DEFAULT_MIN_CONFIDENCE));
    // Down to 0: every pair named together is drawn.
    nudge_slider(&mut h, egui::Key::ArrowLeft, 10);
    h.run_steps(3);
    assert_eq!(h.state().state().min_confidence, 0.0);
    assert_eq!(relations_shown(&h), graph.relation_count());
    assert!(graph.relation_count() > at(0.5));
    assert!(h.state().state().active_filters().contains(&"confidence"));
    // Stated only: no pair that is only named together.
    h.get_by_label("stated only").click();
    h.run_steps(3);
    let stated = graph.relations().iter().filter(|r| r.is_stated()).count();
    assert_eq!(relations_shown(&h), stated);
    assert!(stated < graph.relation_count());
    // One click shows everything again, at the default.
    h.get_by_label("stated only").click();
    h.run_steps(1);
    nudge_slider(&mut h, egui::Key::ArrowRight, 10);
    h.run_steps(3);
    assert_eq!(h.state().state().min_confidence, 0.5);
    assert_eq!(relations_shown(&h), at(0.5));
}
