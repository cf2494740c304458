//! Nexo's measures against networkx's on the bundled corpus's graph
//! (`tests/analysis/bundled.json`, written by `scripts/analysis_reference.py`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use nexo::pipeline::{run, CurationFile};
use serde_json::Value;

#[test]
fn measures_match_networkx_and_communities_reach_its_modularity() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, extraction) = run(
        &root.join("data/corpus"),
        None,
        nexo::corpus::LoadOptions::default(),
        &CurationFile::Off,
        &|_, _| {},
    )
    .unwrap();
    // What the CLI exports, at its default confidence.
    let graph = &extraction
        .graph
        .at_confidence(nexo::graph::DEFAULT_MIN_CONFIDENCE);
    let reference: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/analysis/bundled.json")).unwrap(),
    )
    .unwrap();
    let stale = "the bundled graph changed: run `python3 scripts/analysis_reference.py \
                 target/debug/nexo` to compute networkx's figures again";
    assert_eq!(
        reference["graph"]["nodes"].as_u64(),
        Some(graph.entity_count() as u64),
        "{stale}"
    );
    assert_eq!(
        reference["graph"]["edges"].as_u64(),
        Some(graph.relation_count() as u64),
        "{stale}"
    );
    let a = nexo::analysis::analyse(graph);
    assert!(!a.is_betweenness_sampled);
    let mut worst = (0.0_f64, String::new());
    for (i, e) in graph.entities().iter().enumerate() {
        let r = &reference["nodes"][&e.key];
        assert!(r.is_object(), "{} is not in the reference; {stale}", e.key);
        for (measure, ours) in [
            ("degree", a.degree[i]),
            ("weighted_degree", a.weighted_degree[i]),
            ("betweenness", a.betweenness[i]),
            ("pagerank", a.pagerank[i]),
            ("eigenvector", a.eigenvector[i]),
        ] {
            let theirs = r[measure].as_f64().unwrap();
            let gap = (ours - theirs).abs();
            if gap > worst.0 {
                worst = (gap, format!("{measure} of {}: {ours} vs {theirs}", e.key));
            }
        }
    }
    assert!(worst.0 < 1e-6, "largest gap {:e}: {}", worst.0, worst.1);
    let best = reference["best_louvain_modularity_of_10_runs"]
        .as_f64()
        .unwrap();
    eprintln!(
        "largest gap to networkx {:e} ({}); modularity {:.6} vs networkx's best of ten {best:.6}",
        worst.0, worst.1, a.modularity
    );
    assert!(
        a.modularity >= best * 0.98,
        "modularity {} < 98 % of networkx's best {best}",
        a.modularity
    );
}

#[test]
fn nexo_stats_lists_the_top_actors_and_every_community() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("data/corpus");
    let corpus = corpus.to_str().unwrap();
    let text = common::nexo(
        root,
        &["--no-curation", "stats", "--corpus", corpus, "--top", "3"],
    );
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    for heading in [
        "Top by degree:",
        "Top by weighted degree:",
        "Top by betweenness:",
        "Top by pagerank:",
        "Top by eigenvector:",
        "communities (Louvain, modularity",
    ] {
        assert!(text.contains(heading), "{heading} in:\n{text}");
    }
    assert!(
        text.contains("1. Donald Trump"),
        "the most between:\n{text}"
    );
    let json = common::nexo(
        root,
        &[
            "--no-curation",
            "stats",
            "--corpus",
            corpus,
            "--format",
            "json",
        ],
    );
    let stats: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(stats["top"]["pagerank"].as_array().unwrap().len(), 10);
    assert_eq!(stats["top"]["pagerank"][0]["id"], "united-states");
    let members: usize = stats["communities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["members"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        members as u64,
        stats["entities"].as_u64().unwrap(),
        "every entity in one community"
    );
}

#[test]
fn communities_of_a_generated_10k_graph_reach_networkx_s_modularity() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/analysis");
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("bundled.json")).unwrap()).unwrap();
    let big = &reference["ba10k"];
    let n = big["nodes"].as_u64().unwrap() as usize;
    let text = std::fs::read_to_string(root.join("ba10k.edges")).unwrap();
    let edges: Vec<(usize, usize)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|line| {
            let (a, b) = line.split_once(' ').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        })
        .collect();
    assert_eq!(edges.len(), big["edges"].as_u64().unwrap() as usize);
    let adj = nexo::analysis::from_edges(n, &edges);
    let best = (0..nexo::analysis::COMMUNITY_RUNS)
        .map(|k| {
            let c = nexo::analysis::communities(&adj, nexo::analysis::COMMUNITY_SEED + k);
            nexo::analysis::modularity(&adj, &c)
        })
        .fold(f64::NEG_INFINITY, f64::max);
    let theirs = big["best_louvain_modularity_of_10_runs"].as_f64().unwrap();
    eprintln!("10k graph: modularity {best:.6} vs networkx's best of ten {theirs:.6}");
    assert!(best >= theirs * 0.98, "{best} < 98 % of {theirs}");
}

#[test]
fn nexo_path_prints_paths_with_a_passage_per_hop_equal_to_the_file_s_bytes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("data/corpus");
    let args = |format: &'static str| {
        vec![
            "--no-curation",
            "path",
            "Claudia Sheinbaum",
            "Sinaloa Cartel",
            "--corpus",
            corpus.to_str().unwrap(),
            "--format",
            format,
        ]
    };
    let out = common::nexo(root, &args("json"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths = json["paths"].as_array().unwrap();
    assert_eq!(paths.len(), 3, "k = 3 by default");
    for path in paths {
        let hops = path["hops"].as_array().unwrap();
        assert_eq!(hops[0]["source"], "claudia-sheinbaum");
        assert_eq!(hops[hops.len() - 1]["target"], "sinaloa-cartel");
        for hop in hops {
            let p = &hop["passage"];
            let bytes = std::fs::read(corpus.join(p["doc"].as_str().unwrap())).unwrap();
            let (s, e) = (
                p["start"].as_u64().unwrap() as usize,
                p["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(p["text"].as_str().unwrap().as_bytes(), &bytes[s..e]);
        }
    }
    let text = common::nexo(root, &args("text"));
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("Path 1 ("), "{text}");
    let none = common::nexo(
        root,
        &[
            "--no-curation",
            "path",
            "Claudia Sheinbaum",
            "Nobody",
            "--corpus",
            corpus.to_str().unwrap(),
        ],
    );
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stderr).contains("no entity named `Nobody`"));
}

#[test]
fn an_export_from_2025_01_to_2025_12_keeps_only_passages_of_documents_dated_2025() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.json");
    let corpus = root.join("data/corpus");
    let run = common::nexo(
        root,
        &[
            "--no-curation",
            "export",
            "--corpus",
            corpus.to_str().unwrap(),
            "--from",
            "2025-01",
            "--to",
            "2025-12",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let j: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let date = |doc: &str| {
        j["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == doc)
            .and_then(|d| d["date"].as_str())
            .map(str::to_string)
    };
    let mut passages = 0;
    for e in j["edges"].as_array().unwrap() {
        for p in e["evidence"].as_array().unwrap() {
            let d = date(p["doc"].as_str().unwrap()).unwrap();
            assert!(d.starts_with("2025"), "{d}");
            passages += 1;
        }
    }
    assert!(
        passages > 10,
        "the 2025 documents still give a network: {passages}"
    );
    let bad = common::nexo(root, &["export", "--to", "last week", "--out", "x.json"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("`last week` is not a date"));
}
