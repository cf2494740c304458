//! How A is connected to B, and on what evidence: the k shortest simple paths between
//! two entities (Yen's algorithm over Dijkstra), fewer hops first and, among paths of
//! as many hops, the better attested first; each hop with its strongest passage.

use crate::graph::{EntityId, EvidenceGraph, Passage, Relation, RelationId};

/// One path: its entities in order, the relation of each hop, and its length.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// From the first entity to the last.
    pub entities: Vec<EntityId>,
    /// `relations[i]` joins `entities[i]` and `entities[i + 1]`.
    pub relations: Vec<RelationId>,
    /// The sum of the hops' lengths (see [`hop_length`]).
    pub length: f64,
}

/// A hop's length: 1 + 1 / passages. A direct relation is always nearer than a detour
/// (an analyst asking how A and B are connected wants the direct link first), and among
/// paths of as many hops, the one whose relations are stated more often wins (a relation
/// added by hand with no passage counts as one passage).
pub fn hop_length(r: &Relation) -> f64 {
    1.0 + 1.0 / r.weight().max(1) as f64
}

/// The passage shown for a hop: the first of the relation's most frequent label (the
/// way the documents most often state it), else the first.
pub fn strongest_passage(r: &Relation) -> Option<&Passage> {
    let label = r.labels.first();
    r.passages
        .iter()
        .find(|p| Some(&p.label) == label)
        .or_else(|| r.passages.first())
}

/// Up to `k` shortest simple paths from `from` to `to`, shortest first (ties: fewer
/// hops, then entity ids). `keep` says which relations may be walked (filters).
pub fn shortest_paths(
    graph: &EvidenceGraph,
    from: EntityId,
    to: EntityId,
    k: usize,
    keep: impl Fn(&Relation) -> bool,
) -> Vec<Path> {
    let n = graph.entity_count();
    // (neighbour, relation, length), neighbours in id order.
    let mut adj: Vec<Vec<(usize, RelationId, f64)>> = vec![Vec::new(); n];
    for (rid, r) in graph.relation_ids().zip(graph.relations()) {
        if keep(r) && r.source != r.target {
            let len = hop_length(r);
            adj[r.source.index()].push((r.target.index(), rid, len));
            adj[r.target.index()].push((r.source.index(), rid, len));
        }
    }
    for list in &mut adj {
        list.sort_by_key(|&(j, _, _)| j);
    }
    if from.index() >= n || to.index() >= n || from == to || k == 0 {
        return Vec::new();
    }
    let no_nodes = vec![false; n];
    let Some(first) = dijkstra(&adj, from.index(), to.index(), &no_nodes, &[]) else {
        return Vec::new();
    };
    let mut found: Vec<Route> = vec![first];
    let mut candidates: Vec<Route> = Vec::new();
    while found.len() < k {
        let last = found[found.len() - 1].clone();
        for i in 0..last.nodes.len() - 1 {
            let spur = last.nodes[i];
            let root = &last.nodes[..=i];
            // Hops leaving the root the way a path already found leaves it are closed.
            let banned_edges: Vec<RelationId> = found
                .iter()
                .filter(|p| p.nodes.len() > i + 1 && p.nodes[..=i] == *root)
                .map(|p| p.relations[i])
                .collect();
            let mut banned_nodes = vec![false; n];
            for &v in &root[..i] {
                banned_nodes[v] = true;
            }
            let Some(tail) = dijkstra(&adj, spur, to.index(), &banned_nodes, &banned_edges) else {
                continue;
            };
            let mut nodes = root.to_vec();
            nodes.extend_from_slice(&tail.nodes[1..]);
            let mut relations = last.relations[..i].to_vec();
            relations.extend_from_slice(&tail.relations);
            let length = relations
                .iter()
                .filter_map(|r| graph.relation(*r))
                .map(hop_length)
                .sum();
            let route = Route {
                nodes,
                relations,
                length,
            };
            if !found.contains(&route) && !candidates.contains(&route) {
                candidates.push(route);
            }
        }
        if candidates.is_empty() {
            break;
        }
        candidates.sort_by(|a, b| {
            a.length
                .total_cmp(&b.length)
                .then(a.nodes.len().cmp(&b.nodes.len()))
                .then(a.nodes.cmp(&b.nodes))
        });
        found.push(candidates.remove(0));
    }
    found
        .into_iter()
        .map(|r| Path {
            entities: r.nodes.into_iter().map(|i| EntityId(i as u32)).collect(),
            relations: r.relations,
            length: r.length,
        })
        .collect()
}

/// A path as node indices, while it is searched.
#[derive(Debug, Clone, PartialEq)]
struct Route {
    nodes: Vec<usize>,
    relations: Vec<RelationId>,
    length: f64,
}

/// The shortest route from `s` to `t` avoiding `banned_nodes` and `banned_edges`.
fn dijkstra(
    adj: &[Vec<(usize, RelationId, f64)>],
    s: usize,
    t: usize,
    banned_nodes: &[bool],
    banned_edges: &[RelationId],
) -> Option<Route> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let n = adj.len();
    let mut dist = vec![f64::INFINITY; n];
    let mut back: Vec<Option<(usize, RelationId)>> = vec![None; n];
    let mut done = vec![false; n];
    // Lengths are positive and finite: ordered by their bits, as integers.
    let mut heap = BinaryHeap::new();
    dist[s] = 0.0;
    heap.push(Reverse((0.0_f64.to_bits(), s)));
    while let Some(Reverse((_, v))) = heap.pop() {
        if done[v] {
            continue;
        }
        done[v] = true;
        if v == t {
            break;
        }
        for &(w, rid, len) in &adj[v] {
            if banned_nodes[w] || done[w] || banned_edges.contains(&rid) {
                continue;
            }
            let d = dist[v] + len;
            if d < dist[w] {
                dist[w] = d;
                back[w] = Some((v, rid));
                heap.push(Reverse((d.to_bits(), w)));
            }
        }
    }
    if !done[t] {
        return None;
    }
    let mut nodes = vec![t];
    let mut relations = Vec::new();
    let mut at = t;
    while let Some((prev, rid)) = back[at] {
        nodes.push(prev);
        relations.push(rid);
        at = prev;
    }
    nodes.reverse();
    relations.reverse();
    Some(Route {
        nodes,
        relations,
        length: dist[t],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::corpus::Corpus;
    use crate::extract::extract;

    #[test]
    fn paths_go_through_the_best_attested_hops_first_and_are_simple() {
        let corpus = Corpus::from_texts([
            ("a.txt", "Claudia Sheinbaum met Donald Trump. Claudia Sheinbaum met Donald Trump again in Washington. Donald Trump met Marco Rubio."),
            ("b.txt", "Claudia Sheinbaum met Omar García Harfuch. Omar García Harfuch met Marco Rubio."),
        ].map(|(n, t)| (n, t.to_string())));
        let g = extract(&corpus, &Catalog::builtin().unwrap())
            .graph
            .at_confidence(crate::graph::DEFAULT_MIN_CONFIDENCE);
        let id = |k: &str| g.entity_by_key(k).unwrap();
        let paths = shortest_paths(&g, id("claudia-sheinbaum"), id("marco-rubio"), 3, |_| true);
        assert_eq!(paths.len(), 2, "{paths:?}");
        // Through Trump: one hop stated twice, one once, (1 + 1/2) + (1 + 1) < 2 + 2.
        assert_eq!(paths[0].entities[1], id("donald-trump"));
        assert_eq!(paths[1].entities[1], id("omar-garcia-harfuch"));
        assert!(paths[0].length < paths[1].length);
        for p in &paths {
            let mut seen = p.entities.clone();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), p.entities.len(), "simple");
            assert_eq!(p.relations.len() + 1, p.entities.len());
        }
    }
}
