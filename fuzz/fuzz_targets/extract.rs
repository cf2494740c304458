//! Matcher, discovery, resolution and relate on any text: no panic, no document
//! reported as failed, and every passage's spans lie inside its sentence.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use nexo::catalog::Catalog;
use nexo::corpus::Corpus;
use nexo::extract::extract;

fuzz_target!(|text: &str| {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    let catalog = CATALOG.get_or_init(|| Catalog::builtin().expect("built-in catalog"));
    let corpus = Corpus::from_texts([("f.txt", text)]);
    let x = extract(&corpus, catalog);
    assert!(x.report.failed.is_empty(), "{:?}", x.report.failed);
    for r in x.graph.relations() {
        for p in &r.passages {
            assert!(p.start <= p.source_span().0 && p.source_span().1 <= p.end());
            assert!(p.start <= p.target_span().0 && p.target_span().1 <= p.end());
            assert!(p.end() as usize <= text.len());
        }
    }
});
