//! One line per passage, for reviewing what extraction changed (`nexo extract
//! --explain`, the golden guard in `tests/golden.rs`, `scripts/golden.sh`).
//!
//! ```text
//! 000_f86bc473ab956129.txt 1841..1990 claudia-sheinbaum@1841..1850 donald-trump@1866..1871 met pairs::gap 0.93
//! ```
//! The last two fields are the rule that made the passage (`-` when no rule stated it:
//! the two are only named together) and its confidence.
//! Relations in graph order, passages in document order: the same input gives the same
//! lines, and a change shows up as a line diff.

use std::fmt::Write as _;

use crate::corpus::Corpus;
use crate::graph::{EvidenceGraph, Rule};

/// Every passage of every relation, one line each: document, sentence range, each
/// endpoint's key with where it is named, the passage's label, its rule and its
/// confidence.
pub fn passage_lines(corpus: &Corpus, graph: &EvidenceGraph) -> String {
    let mut out = String::new();
    let key = |id| graph.entity(id).map_or("?", |e| e.key.as_str());
    for r in graph.relations() {
        for p in &r.passages {
            let doc = corpus.document(p.doc).map_or("?", |d| d.id.as_str());
            let _ = writeln!(
                out,
                "{doc} {}..{} {}@{}..{} {}@{}..{} {} {} {}",
                p.start,
                p.end(),
                key(r.source),
                p.source_span().0,
                p.source_span().1,
                key(r.target),
                p.target_span().0,
                p.target_span().1,
                p.label,
                p.rule.map_or("-", Rule::name),
                p.confidence
            );
        }
    }
    out
}
