//! One ForceAtlas2 step (Barnes–Hut) on scale-free graphs of 1k, 5k, 10k and 100k
//! nodes with about 3 edges per node, after the layout has warmed up; and the number
//! of steps to converge at 1k and on the viewer's layout of the 5 MB generated corpus
//! (`nexo synth --mb 5`: 965 documents, about 2,900 entities and 18,700 relations),
//! which must come to rest within 2,000 steps.
//!
//! `cargo bench --bench layout`

#![allow(missing_docs, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use nexo::layout::{ForceLayout, ForceSettings};
use nexo::synth::scale_free_edges;

fn layout_step(c: &mut Criterion) {
    let mut group = c.benchmark_group("fa2_step");
    group.sample_size(10);
    for nodes in [1_000usize, 5_000, 10_000, 100_000] {
        let edges = scale_free_edges(nodes, 3, 7);
        let mut layout = ForceLayout::new(nodes, &edges, 42, ForceSettings::default());
        for _ in 0..5 {
            layout.step();
        }
        group.bench_with_input(BenchmarkId::from_parameter(nodes), &nodes, |b, _| {
            b.iter(|| layout.step())
        });
    }
    group.finish();
    let edges = scale_free_edges(1_000, 3, 7);
    let mut layout = ForceLayout::new(1_000, &edges, 42, ForceSettings::default());
    let steps = layout.run_until_settled(20_000);
    println!(
        "fa2 1k nodes: settled after {steps} steps (is_settled = {})",
        layout.is_settled()
    );
    settle_generated_corpus();
}

/// The viewer's layout of the 5 MB generated corpus, from its start to rest.
fn settle_generated_corpus() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let catalog = nexo::catalog::Catalog::builtin().expect("the built-in catalog");
    nexo::synth::write_corpus(dir.path(), &catalog, 42, 5 << 20).expect("the corpus");
    let run = nexo::pipeline::load(
        dir.path(),
        None,
        nexo::corpus::LoadOptions::default(),
        &nexo::pipeline::CurationFile::Off,
        &|_, _| {},
    )
    .expect("the generated corpus loads");
    let graph = &run.extraction.graph;
    let mut layout = ForceLayout::of_graph(graph);
    // As the viewer does: nodes without a relation are shelved apart, not laid out.
    let mut has_edge = vec![false; graph.entity_count()];
    for r in graph.relations() {
        has_edge[r.source.index()] = true;
        has_edge[r.target.index()] = true;
    }
    layout.set_active(&has_edge);
    let started = std::time::Instant::now();
    let steps = layout.run_until_settled(20_000);
    println!(
        "fa2 generated 5 MB corpus ({} entities, {} relations): at rest after {steps} steps, {:.1?}",
        graph.entity_count(),
        graph.relation_count(),
        started.elapsed()
    );
    assert!(
        layout.is_settled() && steps <= 2_000,
        "the layout must come to rest within 2,000 steps, took {steps}"
    );
}

criterion_group!(benches, layout_step);
criterion_main!(benches);
