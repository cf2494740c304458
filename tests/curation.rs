//! Curation through the command line: a curation file changes exactly what it says in
//! the export, stale edits are reported by name, and a broken file never stops a load.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::nexo;
use serde_json::Value;

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus")
}

/// The sentence starts of every passage of `a`–`b` in `doc`, read from `--explain`.
fn passage_starts(dir: &Path, a: &str, b: &str, doc: &str) -> Vec<u32> {
    let corpus = bundled();
    let out = nexo(
        dir,
        &[
            "extract",
            "--explain",
            "--no-curation",
            "--corpus",
            corpus.to_str().unwrap(),
        ],
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with(doc))
        .filter(|l| {
            let keys: Vec<&str> = l.split(' ').skip(2).take(2).collect();
            keys.iter().any(|k| k.starts_with(&format!("{a}@")))
                && keys.iter().any(|k| k.starts_with(&format!("{b}@")))
        })
        .map(|l| {
            l.split(' ')
                .nth(1)
                .unwrap()
                .split("..")
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect()
}

/// Exports the bundled corpus as JSON with `args`; the nodes and edges by id, without
/// layout fields.
fn export(
    dir: &Path,
    name: &str,
    args: &[&str],
) -> (BTreeMap<String, Value>, BTreeMap<String, Value>) {
    let out_file = dir.join(name);
    let corpus = bundled();
    let mut all = vec![
        "export",
        "--format",
        "json",
        "--corpus",
        corpus.to_str().unwrap(),
        "--out",
        out_file.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    let out = nexo(dir, &all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    let nodes = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let mut n = n.clone();
            // The picture's fields, and the figures of the whole graph (any edit moves
            // every PageRank a little): derived, not what an edit says.
            let figures = nexo::analysis::Analysis::default()
                .figures(0)
                .map(|(k, _)| k);
            for field in ["x", "y", "size", "color"].into_iter().chain(figures) {
                n.as_object_mut().unwrap().remove(field);
            }
            (n["id"].as_str().unwrap().to_string(), n)
        })
        .collect();
    let edges = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                format!(
                    "{}|{}",
                    e["source"].as_str().unwrap(),
                    e["target"].as_str().unwrap()
                ),
                e.clone(),
            )
        })
        .collect();
    (nodes, edges)
}

#[test]
fn a_curation_file_changes_exactly_what_it_says() {
    let dir = tempfile::tempdir().unwrap();
    let doc = "004_5392a24d87c1b1c0.txt";
    let starts = passage_starts(dir.path(), "claudia-sheinbaum", "mexico", doc);
    assert!(starts.len() >= 2, "{starts:?}");
    let mut file = String::from(
        r#"
[[edit]]
op = "merge"
into = "us-special-forces"
from = ["special-forces"]

[[edit]]
op = "hide"
id = "getty-images"

[[edit]]
op = "hide"
id = "shutterstock"

[[edit]]
op = "rename"
id = "andres-manuel-lopez-obrador"
name = "AMLO (Andrés Manuel López Obrador)"

[[edit]]
op = "kind"
id = "fourth-transformation"
kind = "organization"
"#,
    );
    for start in &starts {
        file += &format!(
            "\n[[edit]]\nop = \"reject\"\na = \"claudia-sheinbaum\"\nb = \"mexico\"\ndoc = \"{doc}\"\nstart = {start}\n"
        );
    }
    let curation = dir.path().join("curation.toml");
    std::fs::write(&curation, file).unwrap();
    let (plain_nodes, plain_edges) = export(dir.path(), "plain.json", &["--no-curation"]);
    let (nodes, edges) = export(
        dir.path(),
        "curated.json",
        &["--curation", curation.to_str().unwrap()],
    );

    // Nodes: three gone, three changed, nothing else.
    for gone in ["special-forces", "getty-images", "shutterstock"] {
        assert!(
            plain_nodes.contains_key(gone) && !nodes.contains_key(gone),
            "{gone}"
        );
    }
    assert_eq!(nodes.len(), plain_nodes.len() - 3);
    let amlo = &nodes["andres-manuel-lopez-obrador"];
    assert_eq!(amlo["label"], "AMLO (Andrés Manuel López Obrador)");
    assert!(amlo["aliases"]
        .as_array()
        .unwrap()
        .contains(&Value::from("Andrés Manuel López Obrador")));
    assert_eq!(nodes["fourth-transformation"]["kind"], "organization");
    let forces = &nodes["us-special-forces"];
    assert!(forces["aliases"]
        .as_array()
        .unwrap()
        .contains(&Value::from("Special Forces")));
    let changed: Vec<&String> = nodes
        .keys()
        .filter(|k| nodes[*k] != plain_nodes[*k])
        .collect();
    assert_eq!(
        changed,
        [
            "andres-manuel-lopez-obrador",
            "fourth-transformation",
            "us-special-forces"
        ]
    );

    // Edges: us-special-forces holds the union of both entities' relations.
    let of = |edges: &BTreeMap<String, Value>, key: &str| -> Vec<String> {
        edges
            .keys()
            .filter_map(|k| {
                let (s, t) = k.split_once('|').unwrap();
                (s == key)
                    .then(|| t.to_string())
                    .or((t == key).then(|| s.to_string()))
            })
            .collect()
    };
    let mut union = of(&plain_edges, "us-special-forces");
    union.extend(of(&plain_edges, "special-forces"));
    union.retain(|k| k != "us-special-forces" && k != "special-forces");
    union.sort();
    union.dedup();
    let mut merged = of(&edges, "us-special-forces");
    merged.sort();
    assert_eq!(merged, union);

    // The rejected passages are gone, and every other edge is as extracted.
    let pair = &edges["claudia-sheinbaum|mexico"];
    let evidence = pair["evidence"].as_array().unwrap();
    assert!(evidence
        .iter()
        .all(|p| p["doc"] != doc || !starts.contains(&(p["start"].as_u64().unwrap() as u32))));
    assert_eq!(
        pair["weight"].as_u64().unwrap() as usize + starts.len(),
        plain_edges["claudia-sheinbaum|mexico"]["weight"]
            .as_u64()
            .unwrap() as usize
    );
    let hidden = ["getty-images", "shutterstock"];
    for (key, edge) in &plain_edges {
        let (s, t) = key.split_once('|').unwrap();
        if hidden.contains(&s) || hidden.contains(&t) {
            assert!(!edges.contains_key(key), "{key}");
        } else if key == "claudia-sheinbaum|mexico"
            || s == "special-forces"
            || t == "special-forces"
        {
            continue;
        } else {
            assert_eq!(edges.get(key), Some(edge), "{key}");
        }
    }
}

#[test]
fn a_stale_edit_is_reported_by_name_and_the_rest_applies() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Claudia Sheinbaum met Donald Trump in Washington.",
    )
    .unwrap();
    std::fs::write(
        corpus.join("nexo-curation.toml"),
        "[[edit]]\nop = \"hide\"\nid = \"no-such-entity\"\n\n[[edit]]\nop = \"rename\"\nid = \"donald-trump\"\nname = \"President Trump\"\n",
    )
    .unwrap();
    let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("nexo-curation.toml")
            && stderr.contains(
                "edit 1 (hide no-such-entity) no longer applies: no entity `no-such-entity`"
            ),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("President Trump"), "{stdout}");
    // --no-curation leaves it out.
    let out = nexo(dir.path(), &["extract", "--corpus", "c", "--no-curation"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("President Trump"));
}

#[test]
fn a_broken_curation_file_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("a.txt"), "Claudia Sheinbaum met Donald Trump.").unwrap();
    std::fs::write(
        corpus.join("nexo-curation.toml"),
        "[[edit]]\nop = \"explode\"\n",
    )
    .unwrap();
    let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("nexo-curation.toml") && stderr.contains("invalid curation file"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Claudia Sheinbaum"));
    // One given by name must be readable: that is an error.
    let out = nexo(
        dir.path(),
        &["extract", "--corpus", "c", "--curation", "missing.toml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.toml"));
}

#[test]
fn an_added_entity_is_found_everywhere_like_a_catalog_entry() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    // "the Lowell front" is no name discovery would find; as an added entity it is
    // matched in both documents and related.
    std::fs::write(
        corpus.join("a.txt"),
        "Claudia Sheinbaum condemned the Lowell front.",
    )
    .unwrap();
    std::fs::write(
        corpus.join("b.txt"),
        "Donald Trump sanctioned the Lowell front on Monday.",
    )
    .unwrap();
    let file = corpus.join("nexo-curation.toml");
    std::fs::write(
        &file,
        "[[edit]]\nop = \"entity\"\nname = \"Lowell front\"\nkind = \"cartel\"\n\n[[edit]]\nop = \"entity\"\nname = \"Nowhere Brigade\"\nkind = \"cartel\"\n",
    )
    .unwrap();
    let out = nexo(dir.path(), &["extract", "--explain", "--corpus", "c"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("lowell-front@") && stdout.contains("a.txt") && stdout.contains("b.txt"),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("edit 2 (add the cartel \"Nowhere Brigade\") no longer applies: \"Nowhere Brigade\" is named nowhere in the corpus"),
        "{stderr}"
    );
}

#[test]
fn a_settled_name_means_what_the_analyst_said() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let file = dir.path().join("settle.toml");
    // The bundled corpus's one ambiguous name: "National Guard" in 001_….
    std::fs::write(
        &file,
        "[[edit]]\nop = \"settle\"\ndoc = \"001_0d384ab6278c4c40.txt\"\nstart = 4372\nid = \"guardia-nacional\"\n\n[[edit]]\nop = \"settle\"\ndoc = \"001_0d384ab6278c4c40.txt\"\nstart = 1\nid = \"guardia-nacional\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["extract", "--corpus", corpus.to_str().unwrap()];
        all.extend_from_slice(args);
        let out = nexo(dir.path(), &all);
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (plain, _) = run(&["--no-curation"]);
    assert!(plain.contains("Ambiguous names left out: 1"), "{plain}");
    let (settled, stderr) = run(&["--curation", file.to_str().unwrap()]);
    assert!(!settled.contains("Ambiguous names left out"), "{settled}");
    // The second edit names no ambiguous name: stale, by number.
    assert!(
        stderr.contains("edit 2 (settle the name at 001_0d384ab6278c4c40.txt:1 as guardia-nacional) no longer applies"),
        "{stderr}"
    );
    assert!(!stderr.contains("edit 1 "), "{stderr}");
}

#[test]
fn an_added_entity_never_overwrites_a_catalog_entry() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Claudia Sheinbaum met Donald Trump in Mexico.",
    )
    .unwrap();
    std::fs::write(
        corpus.join("nexo-curation.toml"),
        "[[edit]]\nop = \"entity\"\nname = \"Mexico\"\nkind = \"organization\"\n",
    )
    .unwrap();
    let out_file = dir.path().join("g.json");
    let out = nexo(
        dir.path(),
        &[
            "export",
            "--format",
            "json",
            "--corpus",
            "c",
            "--out",
            out_file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    let mexico = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "mexico")
        .expect("mexico");
    assert_eq!(mexico["kind"], "country");
}

/// A small deterministic generator (xorshift64*), so a failing case can be replayed by
/// its seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// A random edit of any kind, mostly on what the graph holds now (so most apply), some
/// on what it does not (so some are stale).
fn random_edit(
    rng: &mut Rng,
    corpus: &nexo::corpus::Corpus,
    extraction: &nexo::extract::Extraction,
) -> nexo::curation::Edit {
    use nexo::curation::Edit;
    use nexo::kind::Kind;
    let g = &extraction.graph;
    let keys: Vec<&str> = g.entities().iter().map(|e| e.key.as_str()).collect();
    let key = |rng: &mut Rng| rng.pick(&keys).map_or("nobody", |k| *k).to_string();
    let kind = |rng: &mut Rng| Kind::ALL[rng.below(Kind::ALL.len())];
    loop {
        let edit = match rng.below(9) {
            0 => Edit::Merge {
                into: key(rng),
                from: (0..1 + rng.below(2)).map(|_| key(rng)).collect(),
            },
            1 => Edit::Rename {
                id: key(rng),
                name: format!("Renamed {}", rng.below(1000)),
            },
            2 => Edit::Kind {
                id: key(rng),
                kind: kind(rng),
            },
            3 => Edit::Hide { id: key(rng) },
            4 => {
                let Some(e) = rng.pick(g.entities()) else {
                    continue;
                };
                let Some(alias) = rng.pick(&e.aliases) else {
                    continue;
                };
                Edit::Split {
                    id: e.key.clone(),
                    alias: alias.clone(),
                }
            }
            5 => {
                let Some(r) = rng.pick(g.relations()) else {
                    continue;
                };
                let p = &r.passages[rng.below(r.passages.len())];
                let key = |id| g.entity(id).unwrap().key.clone();
                Edit::Reject {
                    a: key(r.source),
                    b: key(r.target),
                    doc: corpus.document(p.doc).unwrap().id.clone(),
                    start: p.start,
                }
            }
            // Rarer: these extract the corpus again.
            6 if rng.below(4) == 0 => {
                let Some(u) = rng.pick(&extraction.report.unresolved) else {
                    continue;
                };
                let Some(name) = rng.pick(&u.candidates) else {
                    continue;
                };
                let id = g
                    .entities()
                    .iter()
                    .find(|e| &e.name == name)
                    .map_or_else(|| "nobody".to_string(), |e| e.key.clone());
                Edit::Settle {
                    doc: u.doc.clone(),
                    start: u.start as u32,
                    id,
                }
            }
            7 if rng.below(4) == 0 => {
                // Two capitalised words in a row somewhere in the corpus.
                let Some(doc) = rng.pick(&corpus.documents) else {
                    continue;
                };
                let words: Vec<&str> = doc.text.split_whitespace().collect();
                let pairs: Vec<String> = words
                    .windows(2)
                    .filter(|w| {
                        w.iter().all(|w| {
                            w.len() > 2
                                && w.chars().all(char::is_alphabetic)
                                && w.starts_with(char::is_uppercase)
                        })
                    })
                    .map(|w| w.join(" "))
                    .collect();
                let Some(name) = rng.pick(&pairs) else {
                    continue;
                };
                Edit::Entity {
                    name: name.clone(),
                    kind: kind(rng),
                    aliases: Vec::new(),
                }
            }
            8 => Edit::Hide {
                id: "no-such-entity".into(),
            },
            _ => continue,
        };
        return edit;
    }
}

#[test]
fn undoing_random_edits_restores_the_export_byte_for_byte_and_redo_the_edited_one() {
    use nexo::pipeline::{load, CurationFile};
    let json = |corpus, extraction: &nexo::extract::Extraction| {
        nexo::export::json::to_string(corpus, &extraction.graph).unwrap()
    };
    let run = load(
        &bundled(),
        None,
        nexo::corpus::LoadOptions::default(),
        &CurationFile::Off,
        &|_, _| {},
    )
    .unwrap();
    let corpus = run.corpus;
    let mut curator = run.curator;
    let mut stale_seen = 0;
    for seed in 1..=4_u64 {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ seed);
        let n = 1 + rng.below(100);
        let mut extraction = curator.curate(&corpus);
        let mut exports = vec![json(&corpus, &extraction)];
        for _ in 0..n {
            let edit = random_edit(&mut rng, &corpus, &extraction);
            curator.history.push(edit);
            extraction = curator.curate(&corpus);
            exports.push(json(&corpus, &extraction));
        }
        stale_seen += curator.stale.len();
        assert!(
            exports.iter().any(|e| *e != exports[0]),
            "seed {seed}: the edits changed the export"
        );
        for at in (0..n).rev() {
            assert!(curator.history.undo().is_some());
            let undone = json(&corpus, &curator.curate(&corpus));
            assert!(
                undone == exports[at],
                "seed {seed}: undoing edit {} of {n} did not restore the export",
                at + 1
            );
        }
        assert!(curator.history.undo().is_none());
        for (at, export) in exports.iter().enumerate().skip(1) {
            assert!(curator.history.redo().is_some());
            let redone = json(&corpus, &curator.curate(&corpus));
            assert!(
                redone == *export,
                "seed {seed}: redoing edit {at} of {n} did not give the edited export"
            );
        }
        // The next case starts from no edits again.
        for _ in 0..n {
            curator.history.undo();
        }
    }
    assert!(stale_seen > 0, "some random edits were stale");
}

#[test]
fn edits_go_to_the_data_folder_when_the_corpus_cannot_take_them_and_a_broken_file_is_never_overwritten(
) {
    use nexo::curation::Edit;
    use nexo::pipeline::{load, CurationFile};
    let data_home = tempfile::tempdir().unwrap();
    // Only this test reads the data folder variable.
    std::env::set_var("XDG_DATA_HOME", data_home.path());
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("a.txt"),
        "Claudia Sheinbaum met Donald Trump in Washington.\n",
    )
    .unwrap();
    // A folder where the file should be: nothing can be written there.
    std::fs::create_dir(corpus.path().join("nexo-curation.toml")).unwrap();
    let open = || {
        load(
            corpus.path(),
            None,
            nexo::corpus::LoadOptions::default(),
            &CurationFile::Beside,
            &|_, _| {},
        )
        .unwrap()
    };
    let mut run = open();
    run.curator.history.push(Edit::Hide {
        id: "donald-trump".into(),
    });
    let saved = run
        .curator
        .save(corpus.path(), &CurationFile::Beside)
        .unwrap();
    assert!(saved.starts_with(data_home.path().join("nexo").join("curation")));
    // The next load, by the viewer or the CLI, reads it from there.
    let run = open();
    assert!(run.extraction.graph.entity_by_key("donald-trump").is_none());
    assert_eq!(run.curator.path.as_deref(), Some(saved.as_path()));

    // A broken file beside the corpus is left as it is.
    std::fs::remove_dir(corpus.path().join("nexo-curation.toml")).unwrap();
    std::fs::remove_file(&saved).unwrap();
    let broken = "[[edit]]\nop = \"explode\"\n";
    std::fs::write(corpus.path().join("nexo-curation.toml"), broken).unwrap();
    let mut run = open();
    run.curator.history.push(Edit::Hide {
        id: "donald-trump".into(),
    });
    let refused = run.curator.save(corpus.path(), &CurationFile::Beside);
    assert!(refused.unwrap_err().contains("left as it is"));
    assert_eq!(
        std::fs::read_to_string(corpus.path().join("nexo-curation.toml")).unwrap(),
        broken
    );
}
