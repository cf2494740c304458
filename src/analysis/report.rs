//! What `nexo stats` prints: the top actors by each measure, and the communities with
//! their members, as text or JSON.

use serde::Serialize;

use super::Analysis;
use crate::graph::EvidenceGraph;

/// The measures, by the names the exports and `nexo stats` use.
pub const MEASURES: [&str; 5] = [
    "degree",
    "weighted_degree",
    "betweenness",
    "pagerank",
    "eigenvector",
];

impl Analysis {
    /// The values of the measure called `name` (one of [`MEASURES`]).
    pub fn measure(&self, name: &str) -> Option<&[f64]> {
        Some(match name {
            "degree" => &self.degree,
            "weighted_degree" => &self.weighted_degree,
            "betweenness" => &self.betweenness,
            "pagerank" => &self.pagerank,
            "eigenvector" => &self.eigenvector,
            _ => return None,
        })
    }

    /// Entity indices by `values`, highest first (ties: by key).
    fn ranked(&self, graph: &EvidenceGraph, values: &[f64]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..values.len()).collect();
        let key = |i: usize| graph.entities().get(i).map_or("", |e| e.key.as_str());
        order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(key(a).cmp(key(b))));
        order
    }

    /// An entity's figures as the exports write them: each measure, then its
    /// community numbered from 1 (`community`), as text.
    pub fn figures(&self, i: usize) -> [(&'static str, String); 6] {
        let at = |v: &[f64]| v.get(i).copied().unwrap_or(0.0).to_string();
        [
            ("degree", at(&self.degree)),
            ("weighted_degree", at(&self.weighted_degree)),
            ("betweenness", at(&self.betweenness)),
            ("pagerank", at(&self.pagerank)),
            ("eigenvector", at(&self.eigenvector)),
            ("community", self.community_number(i).to_string()),
        ]
    }

    /// The community of entity `i` as people count, from 1; 0 for an entity the
    /// analysis left out (or has not reached).
    pub fn community_number(&self, i: usize) -> u32 {
        match self.community.get(i) {
            Some(&c) if c != super::NO_COMMUNITY => c + 1,
            _ => 0,
        }
    }

    /// Whether entity `i` was in the graph analysed (a filtered view leaves some out).
    pub fn includes(&self, i: usize) -> bool {
        self.community
            .get(i)
            .is_some_and(|&c| c != super::NO_COMMUNITY)
    }

    /// The communities of more than one member, to collapse.
    pub fn groups(&self) -> Vec<u32> {
        (0u32..)
            .zip(self.members())
            .filter(|(_, m)| m.len() > 1)
            .map(|(c, _)| c)
            .collect()
    }

    /// The members of each community (entity indices, by key), largest first.
    pub fn members(&self) -> Vec<Vec<usize>> {
        let count = self
            .community
            .iter()
            .filter(|&&c| c != super::NO_COMMUNITY)
            .max()
            .map_or(0, |m| *m as usize + 1);
        let mut members = vec![Vec::new(); count];
        for (i, &c) in self.community.iter().enumerate() {
            if c != super::NO_COMMUNITY {
                members[c as usize].push(i);
            }
        }
        members
    }
}

#[derive(Serialize)]
struct Ranked<'a> {
    id: &'a str,
    name: &'a str,
    value: f64,
}

#[derive(Serialize)]
struct Community<'a> {
    number: usize,
    size: usize,
    members: Vec<&'a str>,
}

#[derive(Serialize)]
struct Stats<'a> {
    entities: usize,
    relations: usize,
    betweenness_sampled: bool,
    modularity: f64,
    top: std::collections::BTreeMap<&'static str, Vec<Ranked<'a>>>,
    communities: Vec<Community<'a>>,
}

fn stats<'a>(graph: &'a EvidenceGraph, a: &Analysis, top: usize) -> Stats<'a> {
    let entity = |i: usize| &graph.entities()[i];
    let top = MEASURES
        .iter()
        .map(|&name| {
            let values = a.measure(name).unwrap_or(&[]);
            let list = a
                .ranked(graph, values)
                .into_iter()
                .take(top)
                .map(|i| Ranked {
                    id: &entity(i).key,
                    name: &entity(i).name,
                    value: values[i],
                })
                .collect();
            (name, list)
        })
        .collect();
    let communities = a
        .members()
        .into_iter()
        .enumerate()
        .map(|(n, members)| {
            // Its best-connected members first.
            let mut members = members;
            members.sort_by(|&x, &y| {
                a.weighted_degree[y]
                    .total_cmp(&a.weighted_degree[x])
                    .then(entity(x).key.cmp(&entity(y).key))
            });
            Community {
                number: n + 1,
                size: members.len(),
                members: members.iter().map(|&i| entity(i).key.as_str()).collect(),
            }
        })
        .collect();
    Stats {
        entities: graph.entity_count(),
        relations: graph.relation_count(),
        betweenness_sampled: a.is_betweenness_sampled,
        modularity: a.modularity,
        top,
        communities,
    }
}

/// `nexo stats --format json`: the top `top` actors by each measure, and every
/// community with its members (ids, best-connected first).
pub fn to_json(graph: &EvidenceGraph, a: &Analysis, top: usize) -> String {
    let mut out = serde_json::to_string_pretty(&stats(graph, a, top)).unwrap_or_default();
    out.push('\n');
    out
}

/// `nexo stats`: the same, to read.
pub fn to_text(graph: &EvidenceGraph, a: &Analysis, top: usize) -> String {
    use std::fmt::Write;
    let s = stats(graph, a, top);
    let name_of = |key: &str| -> String {
        graph
            .entity_by_key(key)
            .and_then(|id| graph.entity(id))
            .map_or_else(|| key.to_string(), |e| e.name.clone())
    };
    let mut out = format!("{} entities, {} relations\n", s.entities, s.relations);
    for measure in MEASURES {
        let list = s.top.get(measure).map_or(&[][..], Vec::as_slice);
        let sampled = if measure == "betweenness" && s.betweenness_sampled {
            " (estimated from a sample of sources)"
        } else {
            ""
        };
        let _ = writeln!(out, "\nTop by {}{sampled}:", measure.replace('_', " "));
        for (rank, r) in list.iter().enumerate() {
            let value = if measure == "weighted_degree" {
                format!("{} passages", r.value)
            } else {
                format!("{:.6}", r.value)
            };
            let _ = writeln!(out, "  {:>2}. {:<40} {value}", rank + 1, r.name);
        }
    }
    let _ = writeln!(
        out,
        "\n{} communities (Louvain, modularity {:.4}):",
        s.communities.len(),
        s.modularity
    );
    for c in &s.communities {
        let shown: Vec<String> = c.members.iter().take(8).map(|k| name_of(k)).collect();
        let more = if c.size > shown.len() {
            format!(" and {} more", c.size - shown.len())
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {:>2}. ({}) {}{more}",
            c.number,
            c.size,
            shown.join(", ")
        );
    }
    out
}

#[derive(Serialize)]
struct JsonPassage<'a> {
    doc: &'a str,
    start: u32,
    end: u32,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonHop<'a> {
    source: &'a str,
    target: &'a str,
    labels: Vec<&'a str>,
    weight: usize,
    passage: Option<JsonPassage<'a>>,
}

#[derive(Serialize)]
struct JsonPath<'a> {
    length: f64,
    hops: Vec<JsonHop<'a>>,
}

#[derive(Serialize)]
struct JsonPaths<'a> {
    from: &'a str,
    to: &'a str,
    paths: Vec<JsonPath<'a>>,
}

/// Each hop of each path: the two entities, the relation, and the passage shown.
fn hops<'a>(
    corpus: &'a crate::corpus::Corpus,
    graph: &'a EvidenceGraph,
    path: &super::path::Path,
) -> Vec<JsonHop<'a>> {
    path.relations
        .iter()
        .zip(path.entities.windows(2))
        .filter_map(|(rid, ends)| {
            let r = graph.relation(*rid)?;
            let passage = super::path::strongest_passage(r).and_then(|p| {
                let doc = corpus.document(p.doc)?;
                Some(JsonPassage {
                    doc: &doc.id,
                    start: p.start,
                    end: p.end(),
                    text: doc.text.get(p.range())?,
                })
            });
            Some(JsonHop {
                source: &graph.entity(ends[0])?.key,
                target: &graph.entity(ends[1])?.key,
                labels: r.labels.iter().map(|l| l.as_str()).collect(),
                weight: r.weight(),
                passage,
            })
        })
        .collect()
}

/// `nexo path --format json`: every path, each hop with its passage (the file's bytes).
pub fn paths_to_json(
    corpus: &crate::corpus::Corpus,
    graph: &EvidenceGraph,
    (from, to): (crate::graph::EntityId, crate::graph::EntityId),
    paths: &[super::path::Path],
) -> String {
    let key = |id| graph.entity(id).map_or("", |e| e.key.as_str());
    let out = JsonPaths {
        from: key(from),
        to: key(to),
        paths: paths
            .iter()
            .map(|p| JsonPath {
                length: p.length,
                hops: hops(corpus, graph, p),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    text
}

/// `nexo path`: every path, each hop with its passage, to read.
pub fn paths_to_text(
    corpus: &crate::corpus::Corpus,
    graph: &EvidenceGraph,
    paths: &[super::path::Path],
) -> String {
    use std::fmt::Write;
    let name = |key: &str| {
        graph
            .entity_by_key(key)
            .and_then(|id| graph.entity(id))
            .map_or_else(|| key.to_string(), |e| e.name.clone())
    };
    let mut out = String::new();
    for (n, p) in paths.iter().enumerate() {
        let names: Vec<String> = p
            .entities
            .iter()
            .filter_map(|id| graph.entity(*id).map(|e| e.name.clone()))
            .collect();
        let _ = writeln!(
            out,
            "Path {} ({} hop{}, length {:.3}): {}",
            n + 1,
            p.relations.len(),
            if p.relations.len() == 1 { "" } else { "s" },
            p.length,
            names.join(" → ")
        );
        for hop in hops(corpus, graph, p) {
            let mut labels = hop
                .labels
                .iter()
                .take(4)
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            if hop.labels.len() > 4 {
                labels.push_str(", …");
            }
            let _ = writeln!(
                out,
                "  {} — {}: {} ({} passage{})",
                name(hop.source),
                name(hop.target),
                labels,
                hop.weight,
                if hop.weight == 1 { "" } else { "s" }
            );
            match hop.passage {
                Some(p) => {
                    let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let _ = writeln!(out, "    {}:{}-{}  “{text}”", p.doc, p.start, p.end);
                }
                None => {
                    let _ = writeln!(out, "    (added by hand, no passage)");
                }
            }
        }
        out.push('\n');
    }
    out
}
