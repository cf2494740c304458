//! Applying an analyst's curation: 1,000 edits of every kind (merge, rename, kind, hide,
//! reject) to a generated graph of 10k entities and about 30k relations.
//!
//! `cargo bench --bench curation` (the bar: under 100 ms).

#![allow(missing_docs, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use nexo::corpus::Corpus;
use nexo::curation::{apply, Curation, Edit};
use nexo::graph::EvidenceGraph;
use nexo::kind::Kind;

const NODES: usize = 10_000;
const EDITS: usize = 1_000;

fn key(i: usize) -> String {
    format!("e{i:06}")
}

/// 1,000 edits, a fifth of each kind, on entities and passages spread over the graph.
fn edits(graph: &EvidenceGraph) -> Curation {
    let relations = graph.relations();
    let edits = (0..EDITS)
        .map(|n| {
            let i = (n * 7_919) % NODES;
            match n % 5 {
                0 => Edit::Merge {
                    into: key(i),
                    from: vec![key((i + 1) % NODES)],
                },
                1 => Edit::Rename {
                    id: key(i),
                    name: format!("Renamed {i}"),
                },
                2 => Edit::Kind {
                    id: key(i),
                    kind: Kind::Organization,
                },
                3 => Edit::Hide { id: key(i) },
                _ => {
                    let r = &relations[(n * 104_729) % relations.len()];
                    Edit::Reject {
                        a: graph.entity(r.source).expect("source").key.clone(),
                        b: graph.entity(r.target).expect("target").key.clone(),
                        doc: "a.txt".into(),
                        start: r.passages[0].start,
                    }
                }
            }
        })
        .collect();
    Curation { edits }
}

fn curation(c: &mut Criterion) {
    let corpus = Corpus::from_texts([("a.txt", "A text.".to_string())]);
    let graph = nexo::synth::scale_free_graph(NODES, 3, 11);
    let curation = edits(&graph);
    let (_, stale) = apply(&corpus, graph.clone(), &curation);
    // Some edits name what an earlier one merged away or hid: stale, as they should be.
    assert!(stale.len() < EDITS / 4, "{} stale", stale.len());
    c.bench_function("apply 1,000 edits to 10k entities", |b| {
        b.iter_batched(
            || graph.clone(),
            |g| apply(&corpus, g, &curation).0.entity_count(),
            BatchSize::LargeInput,
        );
    });
}

criterion_group!(benches, curation);
criterion_main!(benches);
