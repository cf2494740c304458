//! Every measure and the communities (`nexo::analysis::analyse`: degree, weighted
//! degree, exact betweenness, PageRank, eigenvector, ten Louvain runs) of a generated
//! scale-free graph of 10k entities and about 30k relations.
//!
//! `cargo bench --bench analysis` (the bar: under 1 s in all).

#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};

fn analysis(c: &mut Criterion) {
    let graph = nexo::synth::scale_free_graph(10_000, 3, 11);
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    group.bench_function(
        format!(
            "all measures, {} entities, {} relations",
            graph.entity_count(),
            graph.relation_count()
        ),
        |b| b.iter(|| nexo::analysis::analyse(&graph)),
    );
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
