//! Every measure and the communities (`nexo::analysis::analyse`: degree, weighted
//! degree, exact betweenness, PageRank, eigenvector, ten Louvain runs) of a generated
//! scale-free graph of 10k entities and about 30k relations, in all and one by one.
//!
//! `cargo bench --bench analysis` (the bar: under 1 s in all).

#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};
use nexo::analysis;

fn analysis(c: &mut Criterion) {
    let graph = nexo::synth::scale_free_graph(10_000, 3, 11);
    let adj = analysis::adjacency(&graph);
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    group.bench_function(
        format!(
            "all measures, {} entities, {} relations",
            graph.entity_count(),
            graph.relation_count()
        ),
        |b| b.iter(|| analysis::analyse(&graph)),
    );
    group.bench_function("betweenness", |b| b.iter(|| analysis::betweenness(&adj)));
    group.bench_function("pagerank and eigenvector", |b| {
        b.iter(|| (analysis::pagerank(&adj, 0.85), analysis::eigenvector(&adj)))
    });
    group.bench_function("communities, best of ten runs", |b| {
        b.iter(|| analysis::best_communities(&adj))
    });
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
