//! Who matters, and which groups there are: centrality measures and communities of the
//! evidence graph, computed as networkx computes them (the tests compare with values
//! networkx gave on the same graph, `scripts/analysis_reference.py`).
//!
//! The graph is undirected; an edge's weight is its number of passages (a relation
//! added by hand with no passage weighs 0).

mod centrality;
mod louvain;
pub mod path;
pub mod report;
pub mod time;

pub use centrality::{betweenness, eigenvector, pagerank, BETWEENNESS_EXACT_UP_TO};
pub use louvain::{communities, modularity};
use rayon::prelude::*;

use crate::graph::EvidenceGraph;

/// The graph as adjacency lists: for each entity, `(neighbour, weight)`.
pub type Adjacency = Vec<Vec<(usize, f64)>>;

/// The adjacency lists of `graph`, weighted by passages, neighbours in id order.
pub fn adjacency(graph: &EvidenceGraph) -> Adjacency {
    let mut adj = vec![Vec::new(); graph.entity_count()];
    for r in graph.relations() {
        let (a, b, w) = (r.source.index(), r.target.index(), r.weight() as f64);
        if a != b {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
    }
    for list in &mut adj {
        list.sort_by_key(|&(n, _)| n);
    }
    adj
}

/// The unweighted graph on `n` nodes with these edges (weight 1 each).
pub fn from_edges(n: usize, edges: &[(usize, usize)]) -> Adjacency {
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges {
        adj[a].push((b, 1.0));
        adj[b].push((a, 1.0));
    }
    adj
}

/// The next number of a splitmix64 sequence kept in `state`: seeded, repeatable
/// choices (sampled sources, Louvain's visiting order).
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Every measure of every entity (indexed by entity id), and its community.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Neighbours over `n − 1` (networkx `degree_centrality`).
    pub degree: Vec<f64>,
    /// Passages on its relations (networkx `G.degree(weight="weight")`).
    pub weighted_degree: Vec<f64>,
    /// Share of shortest paths through it, normalised (networkx
    /// `betweenness_centrality(normalized=True)`, unweighted).
    pub betweenness: Vec<f64>,
    /// Betweenness was estimated from a sample of sources (a graph over
    /// [`BETWEENNESS_EXACT_UP_TO`] entities), not computed exactly.
    pub is_betweenness_sampled: bool,
    /// PageRank, α = 0.85, weighted by passages (networkx `pagerank`).
    pub pagerank: Vec<f64>,
    /// Eigenvector centrality, unweighted (networkx `eigenvector_centrality_numpy`).
    pub eigenvector: Vec<f64>,
    /// The community of each entity (Louvain, seeded), numbered by size, largest first.
    pub community: Vec<u32>,
    /// The modularity of those communities.
    pub modularity: f64,
}

/// The seed of the community search: the same graph always gives the same groups.
pub const COMMUNITY_SEED: u64 = 42;

/// Louvain runs (seeds `COMMUNITY_SEED..`); the one of highest modularity is kept.
/// One run depends on the order nodes are visited in; ten find what networkx's best of
/// ten finds.
pub const COMMUNITY_RUNS: u64 = 10;

/// The communities of the best of [`COMMUNITY_RUNS`] seeded Louvain runs, and their
/// modularity.
pub fn best_communities(adj: &Adjacency) -> (Vec<u32>, f64) {
    // The runs in parallel, the best picked in seed order: the same on every run.
    let runs: Vec<(Vec<u32>, f64)> = (COMMUNITY_SEED..COMMUNITY_SEED + COMMUNITY_RUNS)
        .into_par_iter()
        .map(|seed| {
            let c = communities(adj, seed);
            let q = louvain::modularity(adj, &c);
            (c, q)
        })
        .collect();
    runs.into_iter()
        .fold((Vec::new(), f64::NEG_INFINITY), |best, run| {
            if run.1 > best.1 + 1e-12 {
                run
            } else {
                best
            }
        })
}

/// The community of an entity a view leaves out.
pub const NO_COMMUNITY: u32 = u32::MAX;

/// The part of a graph a filtered view keeps, as adjacency lists over the entities
/// it keeps, ready to be analysed on another thread.
#[derive(Debug, Clone, Default)]
pub struct Subgraph {
    /// Over the kept entities, in id order.
    adj: Adjacency,
    /// The entity index of each kept entity.
    ids: Vec<usize>,
    /// Entities in the whole graph.
    total: usize,
}

impl Subgraph {
    /// The entities `keep_entity` keeps, joined by the relations `weight` gives a
    /// weight (its passages in the view; `None` leaves it out). A relation whose end
    /// is left out is left out.
    pub fn of(
        graph: &EvidenceGraph,
        keep_entity: impl Fn(crate::graph::EntityId) -> bool,
        weight: impl Fn(&crate::graph::Relation) -> Option<f64>,
    ) -> Self {
        let total = graph.entity_count();
        let mut slot = vec![usize::MAX; total];
        let mut ids = Vec::new();
        for id in graph.entity_ids().filter(|&id| keep_entity(id)) {
            slot[id.index()] = ids.len();
            ids.push(id.index());
        }
        let mut adj = vec![Vec::new(); ids.len()];
        for r in graph.relations() {
            let (a, b) = (slot[r.source.index()], slot[r.target.index()]);
            if a == usize::MAX || b == usize::MAX || a == b {
                continue;
            }
            if let Some(w) = weight(r) {
                adj[a].push((b, w));
                adj[b].push((a, w));
            }
        }
        for list in &mut adj {
            list.sort_by_key(|&(n, _)| n);
        }
        Self { adj, ids, total }
    }

    /// Every measure of the kept entities, computed on this subgraph alone (as
    /// networkx would on it), indexed by entity id of the whole graph: an entity
    /// left out has 0 everywhere and [`NO_COMMUNITY`].
    pub fn analyse(&self) -> Analysis {
        let part = analyse_adjacency(&self.adj);
        let scatter = |values: Vec<f64>| {
            let mut all = vec![0.0; self.total];
            for (v, &i) in values.into_iter().zip(&self.ids) {
                all[i] = v;
            }
            all
        };
        let mut community = vec![NO_COMMUNITY; self.total];
        for (c, &i) in part.community.iter().zip(&self.ids) {
            community[i] = *c;
        }
        Analysis {
            degree: scatter(part.degree),
            weighted_degree: scatter(part.weighted_degree),
            betweenness: scatter(part.betweenness),
            is_betweenness_sampled: part.is_betweenness_sampled,
            pagerank: scatter(part.pagerank),
            eigenvector: scatter(part.eigenvector),
            community,
            modularity: part.modularity,
        }
    }

    /// How many entities it keeps.
    pub fn entity_count(&self) -> usize {
        self.ids.len()
    }
}

/// Computes every measure and the communities of `graph`.
pub fn analyse(graph: &EvidenceGraph) -> Analysis {
    analyse_adjacency(&adjacency(graph))
}

/// Every measure and the communities of the graph `adj`.
fn analyse_adjacency(adj: &Adjacency) -> Analysis {
    let n = adj.len();
    let degree = adj
        .iter()
        .map(|l| {
            if n > 1 {
                l.len() as f64 / (n - 1) as f64
            } else {
                0.0
            }
        })
        .collect();
    let weighted_degree = adj
        .iter()
        .map(|l| l.iter().map(|&(_, w)| w).sum())
        .collect();
    // Betweenness and the rest side by side: the Louvain runs fill the cores the
    // searches leave idle.
    let ((betweenness, is_betweenness_sampled), ((community, modularity), pagerank, eigenvector)) =
        rayon::join(
            || betweenness(adj),
            || (best_communities(adj), pagerank(adj, 0.85), eigenvector(adj)),
        );
    Analysis {
        degree,
        weighted_degree,
        betweenness,
        is_betweenness_sampled,
        pagerank,
        eigenvector,
        modularity,
        community,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subgraph_of_everything_is_the_whole_graph() {
        let graph = crate::synth::scale_free_graph(300, 2, 5);
        let all = Subgraph::of(&graph, |_| true, |r| Some(r.weight() as f64));
        assert_eq!(all.analyse(), analyse(&graph));
    }

    #[test]
    fn a_subgraph_is_analysed_alone_and_what_it_leaves_out_has_nothing() {
        // A path 0 – 1 – 2 – 3 – 4: without node 4, node 2 is the end of a path of 4.
        let edges = [(0, 1), (1, 2), (2, 3), (3, 4)];
        let graph = crate::synth::graph_of_edges(5, &edges);
        let sub = Subgraph::of(&graph, |id| id.index() != 4, |r| Some(r.weight() as f64));
        let part = sub.analyse();
        let alone = analyse_adjacency(&from_edges(4, &edges[..3]));
        assert_eq!(part.betweenness[..4], alone.betweenness[..]);
        assert_eq!(part.pagerank[..4], alone.pagerank[..]);
        assert_eq!(part.betweenness[4], 0.0);
        assert_eq!(part.community[4], NO_COMMUNITY);
        assert!(!part.includes(4) && part.includes(0));
        assert_eq!(part.community_number(4), 0);
        assert_eq!(part.members().iter().map(Vec::len).sum::<usize>(), 4);
        // A relation left out by its weight is not an edge.
        let cut = Subgraph::of(&graph, |_| true, |r| (r.source.index() != 0).then_some(1.0));
        assert_eq!(cut.analyse().degree[0], 0.0);
    }
}
