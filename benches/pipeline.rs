//! End-to-end extraction throughput: load + segment + match + discover + relate on a
//! generated corpus of 50 MB (written to a temporary folder, never committed).
//!
//! `cargo bench --bench pipeline` prints MB/s. `NEXO_BENCH_MB` changes the size.

#![allow(clippy::expect_used, missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use nexo::catalog::Catalog;
use nexo::corpus::Corpus;
use nexo::extract::extract;

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
