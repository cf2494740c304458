//! End-to-end extraction throughput: load + segment + match + discover + relate on a
//! generated corpus of 50 MB (written to a temporary folder, never committed), and the
//! same corpus through its first stages only (load + segment; load + segment + one scan
//! of the catalog matcher), so the cost of each stage can be read off.
//!
//! `cargo bench --bench pipeline` prints MB/s. `NEXO_BENCH_MB` changes the size.

#![allow(clippy::expect_used, missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use nexo::catalog::Catalog;
use nexo::corpus::Corpus;
use nexo::extract::extract;
use nexo::extract::matcher::MatcherBuilder;
use rayon::prelude::*;

fn pipeline(c: &mut Criterion) {
    let megabytes: usize = std::env::var("NEXO_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let catalog = Catalog::builtin().expect("built-in catalog");
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes =
        nexo::synth::write_corpus(dir.path(), &catalog, 42, megabytes << 20).expect("write corpus");
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("load+segment {megabytes} MB"), |b| {
        b.iter(|| Corpus::load(dir.path()).expect("load").documents.len());
    });
    // Every catalog name and alias, as extraction's first pass matches them.
    let mut builder = MatcherBuilder::default();
    for (i, e) in catalog.entries().enumerate() {
        builder.add(&e.name, i as u32);
        for a in &e.aliases {
            builder.add(a, i as u32);
        }
    }
    let matcher = builder.build();
    group.bench_function(format!("load+segment+match {megabytes} MB"), |b| {
        b.iter(|| {
            let corpus = Corpus::load(dir.path()).expect("load");
            corpus
                .documents
                .par_iter()
                .map(|d| matcher.find(d.body(), d.body_start).len())
                .sum::<usize>()
        });
    });
    group.bench_function(format!("load+segment+match+relate {megabytes} MB"), |b| {
        b.iter(|| {
            let corpus = Corpus::load(dir.path()).expect("load");
            extract(&corpus, &catalog).graph.relation_count()
        });
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
