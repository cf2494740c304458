//! One ForceAtlas2 step (Barnes–Hut) on scale-free graphs of 1k, 5k, 10k and 100k
//! nodes with about 3 edges per node, after the layout has warmed up; and the number
//! of steps to converge at 1k.
//!
//! `cargo bench --bench layout`

#![allow(missing_docs)]

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
}

criterion_group!(benches, layout_step);
criterion_main!(benches);
