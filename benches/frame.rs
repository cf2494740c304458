//! CPU time of one viewer frame (egui `run_ui` + tessellation, headless, no GPU) on
//! scale-free graphs of 1k, 5k and 10k nodes (~3 edges per node), zoomed to fit, labels on,
//! with the pointer moving over the canvas (the live path through egui_graphs).
//!
//! `cargo bench --bench frame`

#![allow(missing_docs, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use eframe::{egui, App as _};
use nexo::app::{App, Loaded};
use nexo::corpus::Corpus;
use nexo::extract::{ExtractReport, Extraction};

/// The allocator the `nexo` binary uses (`src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn loaded(nodes: usize) -> Loaded {
    let graph = nexo::synth::scale_free_graph(nodes, 3, 11);
    let extraction = Extraction {
        graph,
        report: ExtractReport::default(),
    };
    Loaded {
        corpus: Corpus::default(),
        curator: nexo::pipeline::Curator::over(extraction.clone()),
        analysis: nexo::analysis::analyse(&extraction.graph),
        extraction,
    }
}

fn input(frame: u64) -> egui::RawInput {
    let x = 300.0 + (frame % 50) as f32;
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        events: vec![egui::Event::PointerMoved(egui::pos2(x, 450.0))],
        ..Default::default()
    }
}

fn frame_time(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for nodes in [1_000usize, 5_000, 10_000] {
        let mut app = App::with_data(loaded(nodes));
        let ctx = egui::Context::default();
        let mut frame = eframe::Frame::_new_kittest();
        let mut n = 0u64;
        let mut run = |app: &mut App| {
            n += 1;
            let output = ctx.run_ui(input(n), |ui| app.ui(ui, &mut frame));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        };
        for _ in 0..20_000 {
            run(&mut app);
            if !app.is_layout_moving() {
                break;
            }
        }
        group.bench_with_input(BenchmarkId::from_parameter(nodes), &nodes, |b, _| {
            b.iter(|| run(&mut app))
        });
    }
    group.finish();
}

criterion_group!(benches, frame_time);
criterion_main!(benches);
