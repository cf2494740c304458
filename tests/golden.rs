//! The golden guard: extraction's output on fixed corpora is compared with committed
//! files, so no change to the engine alters a single passage unnoticed.
//!
//! For each corpus, `tests/golden/<name>.json` holds the JSON export of the whole graph
//! (no layout) and `tests/golden/<name>.passages.txt` one line per passage (`nexo
//! extract --explain`, which ends with the rule that made it). A deliberate change is committed with the files it changes:
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test golden
//! git diff tests/golden
//! ```
//!
//! `scripts/golden.sh DIR…` runs the same guard over any folders.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use nexo::catalog::Catalog;
use nexo::corpus::Corpus;
use nexo::export::{explain, json};
use nexo::extract::extract;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Compares `actual` with the committed file `name` (relative to the repository), or
/// rewrites it under `UPDATE_GOLDEN=1`. Returns a description of the first difference.
fn check(name: &str, actual: &str) -> Option<String> {
    let path = root().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return None;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        return Some(format!("{name}: missing (run with UPDATE_GOLDEN=1)"));
    };
    if expected == actual {
        return None;
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    Some(format!(
        "{name}: differs from line {} ({} lines committed, {} now)\n  committed: {}\n  now:       {}",
        at + 1,
        e.len(),
        a.len(),
        e.get(at).unwrap_or(&"<end>"),
        a.get(at).unwrap_or(&"<end>"),
    ))
}

fn guard(name: &str, corpus: &Corpus) -> Vec<String> {
    let catalog = Catalog::resolve(None, Some(&corpus.root)).unwrap();
    let graph = extract(corpus, &catalog).graph;
    // Provenance: a passage a rule stated names the rule; one no rule stated is a pair
    // only named together, and says so.
    for r in graph.relations() {
        for p in &r.passages {
            assert!(
                p.rule.is_some() || p.label == "named together",
                "{name}: a passage without a rule: {p:?}"
            );
        }
    }
    let json = json::to_string(corpus, &graph).unwrap();
    let lines = explain::passage_lines(corpus, &graph);
    [
        check(&format!("tests/golden/{name}.json"), &json),
        check(&format!("tests/golden/{name}.passages.txt"), &lines),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[test]
fn extraction_output_matches_the_committed_golden_files() {
    let mut problems = Vec::new();
    for (name, dir) in [
        ("bundled", "data/corpus"),
        ("unseen", "tests/unseen/corpus"),
        ("dev", "tests/dev/corpus"),
    ] {
        let corpus = Corpus::load(&root().join(dir)).unwrap();
        problems.extend(guard(name, &corpus));
    }
    let catalog = Catalog::builtin().unwrap();
    for seed in [1, 2] {
        let corpus = Corpus::from_texts(nexo::synth::articles(&catalog, seed, 120_000));
        problems.extend(guard(&format!("synth{seed}"), &corpus));
    }
    assert!(
        problems.is_empty(),
        "extraction output changed; if intended, run UPDATE_GOLDEN=1 cargo test --test golden \
         and commit tests/golden with the change\n{}",
        problems.join("\n")
    );
}

/// The JSON Schema the README names is the one derived from the export's types.
#[test]
fn the_committed_json_schema_is_the_derived_one() {
    let problem = check("schema/nexo-export.schema.json", &json::schema());
    assert!(problem.is_none(), "{}", problem.unwrap_or_default());
}
