//! The real `nexo` binary, run in temporary folders.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Output;

mod common;
use common::nexo;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn bundled() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/corpus")
        .display()
        .to_string()
}

#[test]
fn extract_prints_a_summary_of_the_bundled_corpus_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = nexo(dir.path(), &["extract"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Documents   5"), "{text}");
    assert!(text.contains("Claudia Sheinbaum"), "{text}");
    assert!(text.contains("Top entities by degree"), "{text}");
}

#[test]
fn explain_names_the_rule_of_every_passage_of_the_bundled_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = nexo(
        dir.path(),
        &["extract", "--explain", "--corpus", &bundled()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().count() > 100, "{text}");
    let mut named_together = 0;
    for line in text.lines() {
        let mut fields = line.rsplit(' ');
        let confidence: f64 = fields.next().unwrap().parse().unwrap();
        assert!((0.0..=1.0).contains(&confidence), "{line}");
        match fields.next().unwrap() {
            "-" => {
                named_together += 1;
                assert!(line.contains(" named together - "), "{line}");
            }
            rule => assert!(
                nexo::graph::Rule::from_name(rule).is_some(),
                "no rule named on: {line}"
            ),
        }
    }
    // A pair only named together is kept, with its confidence; most passages a rule
    // stated.
    assert!(named_together > 0 && named_together * 3 < text.lines().count());
}

#[test]
fn min_confidence_decides_which_relations_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let edges = |min: &str| {
        let out = nexo(
            dir.path(),
            &[
                "export",
                "--format",
                "json",
                "--out",
                "g.json",
                "--min-confidence",
                min,
                "--corpus",
                &bundled(),
                "--force",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let j: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("g.json")).unwrap()).unwrap();
        j["edges"].as_array().unwrap().clone()
    };
    let every = edges("0");
    let default = edges("0.5");
    let strict = edges("0.9");
    assert!(every.len() > default.len() && default.len() > strict.len());
    for e in &default {
        assert!(e["confidence"].as_f64().unwrap() >= 0.5, "{e}");
        for p in e["evidence"].as_array().unwrap() {
            let c = p["confidence"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&c));
            assert!(p["label"].is_string() && p["stated"].is_boolean());
        }
    }
    assert!(every
        .iter()
        .any(|e| e["confidence"].as_f64().unwrap() < 0.5));
    let out = nexo(dir.path(), &["--min-confidence", "1.5", "extract"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not between 0 and 1"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn export_json_writes_evidence_equal_to_the_file_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("graph.json");
    let out = nexo(
        dir.path(),
        &[
            "export",
            "--format",
            "json",
            "--out",
            "graph.json",
            "--corpus",
            &bundled(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out_file).unwrap()).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    assert_eq!(docs[0]["path"], "000_f86bc473ab956129.txt");
    assert_eq!(docs[2]["outlet"], "Americas Quarterly");
    let nodes = json["nodes"].as_array().unwrap();
    assert!(nodes
        .iter()
        .any(|n| n["id"] == "claudia-sheinbaum" && n["kind"] == "person"));
    let edges = json["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    for edge in edges {
        let evidence = edge["evidence"].as_array().unwrap();
        assert_eq!(edge["weight"].as_u64().unwrap() as usize, evidence.len());
        for e in evidence {
            let path = Path::new(&bundled()).join(e["doc"].as_str().unwrap());
            let bytes = std::fs::read(path).unwrap();
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&bytes[s..t], e["text"].as_str().unwrap().as_bytes());
        }
    }
}

#[test]
fn the_same_input_exports_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.json", "b.json"] {
        let out = nexo(
            dir.path(),
            &["export", "--out", name, "--corpus", &bundled()],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert_eq!(
        std::fs::read(dir.path().join("a.json")).unwrap(),
        std::fs::read(dir.path().join("b.json")).unwrap()
    );
}

#[test]
fn missing_corpus_exits_2_naming_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = nexo(dir.path(), &["extract", "--corpus", "no-such-folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-folder"), "{}", stderr(&out));
}

#[test]
fn empty_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("empty/notes.pdf"), b"%PDF").unwrap();
    let out = nexo(dir.path(), &["extract", "--corpus", "empty"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no .txt or .md documents"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
}

#[test]
fn broken_files_are_skipped_with_warnings_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::write(
        corpus.join("good.txt"),
        "Trump met Sheinbaum in Mexico City.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.join("sub/latin1.md"),
        b"Garc\xeda Harfuch arrested members of the CJNG.\n",
    )
    .unwrap();
    std::fs::write(corpus.join("binary.txt"), b"\x00\x01\x02PNG").unwrap();
    let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
    // Done, with a file skipped: exit code 1, warnings on standard error.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let err = stderr(&out);
    assert!(text.contains("Documents   2"), "{text}");
    assert!(err.contains("binary.txt: skipped: binary file"), "{err}");
    assert!(err.contains("latin1.md: not UTF-8"), "{err}");
    assert!(err.contains("decoded as Windows-1252"), "{err}");
    assert!(err.contains("1 file skipped"), "{err}");
    // Latin-1 is read as the text it is, not as replacement characters.
    assert!(text.contains("García Harfuch"), "{text}");
}

#[test]
fn a_user_catalog_and_a_corpus_catalog_add_entities() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Zorblax met Quentin Varga in Mexico.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.join("catalog.toml"),
        "[[entity]]\nid = \"zorblax\"\nname = \"Zorblax Group\"\nkind = \"cartel\"\naliases = [\"Zorblax\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("extra.toml"),
        "[[entity]]\nid = \"varga\"\nname = \"Quentin Varga\"\nkind = \"person\"\n",
    )
    .unwrap();
    let out = nexo(
        dir.path(),
        &[
            "export",
            "--out",
            "g.json",
            "--corpus",
            "c",
            "--catalog",
            "extra.toml",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("g.json")).unwrap()).unwrap();
    let edges = json["edges"].as_array().unwrap();
    assert!(
        edges
            .iter()
            .any(|e| e["source"] == "varga" && e["target"] == "zorblax"),
        "{edges:?}"
    );
}

#[test]
fn a_broken_catalog_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.toml"), "[[entity]]\nid = 1\n").unwrap();
    let out = nexo(
        dir.path(),
        &["extract", "--corpus", &bundled(), "--catalog", "bad.toml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.toml"), "{}", stderr(&out));
}

#[test]
fn an_unwritable_destination_exits_2_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = nexo(
        dir.path(),
        &[
            "export",
            "--out",
            "missing/dir/g.json",
            "--corpus",
            &bundled(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("missing/dir/g.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_format_is_byte_identical_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["json", "graphml", "gexf", "dot", "csv"] {
        for run in ["a", "b"] {
            let out = format!("{run}.{format}");
            let o = nexo(
                dir.path(),
                &[
                    "export",
                    "--format",
                    format,
                    "--out",
                    &out,
                    "--corpus",
                    &bundled(),
                ],
            );
            assert!(o.status.success(), "{format}: {}", stderr(&o));
        }
        let read = |run: &str| {
            let p = dir.path().join(format!("{run}.{format}"));
            if p.is_dir() {
                ["nodes.csv", "edges.csv", "evidence.csv"]
                    .map(|f| std::fs::read(p.join(f)).unwrap())
                    .concat()
            } else {
                std::fs::read(p).unwrap()
            }
        };
        assert_eq!(read("a"), read("b"), "{format} differs between runs");
    }
}

#[test]
fn filters_shrink_the_export_and_bad_names_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let o = nexo(
        dir.path(),
        &[
            "export",
            "--out",
            "f.json",
            "--corpus",
            &bundled(),
            "--focus",
            "Garcia Harfuch",
            "--depth",
            "1",
            "--kinds",
            "person,cartel,country",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("f.json")).unwrap()).unwrap();
    let nodes = json["nodes"].as_array().unwrap();
    assert!(nodes.iter().any(|n| n["id"] == "omar-garcia-harfuch"));
    assert!(nodes.len() < 10, "{}", nodes.len());
    assert!(nodes
        .iter()
        .all(|n| n["x"].is_number() && n["color"].is_string()));
    let o = nexo(
        dir.path(),
        &[
            "export",
            "--out",
            "g.json",
            "--corpus",
            &bundled(),
            "--kinds",
            "city",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown kind `city`"), "{}", stderr(&o));
    let o = nexo(
        dir.path(),
        &[
            "export",
            "--out",
            "g.json",
            "--corpus",
            &bundled(),
            "--focus",
            "Nobody Atall",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no entity named `Nobody Atall`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn svg_and_png_pictures_of_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let o = nexo(
        dir.path(),
        &[
            "export",
            "--format",
            "svg",
            "--out",
            "g.svg",
            "--corpus",
            &bundled(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let svg = std::fs::read_to_string(dir.path().join("g.svg")).unwrap();
    assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
    assert!(
        svg.contains(">Claudia Sheinbaum</text>"),
        "labels stay text"
    );
    assert!(svg.contains("id=\"legend\"") && svg.contains("id=\"caption\""));
    for (args, width) in [
        (vec![], 1600),
        (vec!["--width", "800", "--scale", "2"], 1600),
        (vec!["--width", "500"], 500),
    ] {
        let mut all = vec!["export", "--format", "png", "--out", "g.png", "--corpus"];
        let corpus = bundled();
        all.push(&corpus);
        all.extend(args);
        let o = nexo(dir.path(), &all);
        assert!(o.status.success(), "{}", stderr(&o));
        let bytes = std::fs::read(dir.path().join("g.png")).unwrap();
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&bytes).unwrap();
        assert_eq!(pixmap.width(), width);
        let distinct: std::collections::HashSet<_> = pixmap
            .pixels()
            .iter()
            .map(|p| (p.red(), p.green(), p.blue()))
            .collect();
        assert!(
            distinct.len() > 20,
            "the picture is not blank ({} colours)",
            distinct.len()
        );
    }
}

#[test]
fn opening_a_missing_snapshot_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = nexo(dir.path(), &["--open", "nowhere.nexo.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nowhere.nexo.json"), "{}", stderr(&o));
}
