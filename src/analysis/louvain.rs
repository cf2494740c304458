//! Communities by the Louvain method (Blondel et al. 2008), weighted, resolution 1,
//! seeded: nodes move to the neighbouring community that raises modularity most,
//! in a shuffled but repeatable order, until none moves; communities then become the
//! nodes of a smaller graph, and the same is done again until nothing changes.

use super::Adjacency;

/// A graph at one level: adjacency without self-loops, and each node's self-loop
/// weight (the weight inside the community it stands for).
struct Level {
    adj: Adjacency,
    inside: Vec<f64>,
}

impl Level {
    /// Weighted degree, a self-loop counted twice (as networkx counts it).
    fn degree(&self, i: usize) -> f64 {
        self.adj[i].iter().map(|&(_, w)| w).sum::<f64>() + 2.0 * self.inside[i]
    }
}

/// The community of each node: numbered by size, largest first (ties: the community
/// whose first node comes first). The same `seed` gives the same communities.
pub fn communities(adj: &Adjacency, seed: u64) -> Vec<u32> {
    let n = adj.len();
    let mut of: Vec<usize> = (0..n).collect();
    let mut level = Level {
        adj: adj.clone(),
        inside: vec![0.0; n],
    };
    let mut rng = seed;
    loop {
        let (moved, local) = one_level(&level, &mut rng);
        if !moved {
            break;
        }
        for c in &mut of {
            *c = local[*c];
        }
        level = aggregate(&level, &local);
    }
    by_size(&of)
}

/// Moves the nodes of `level` between communities until none moves; returns whether
/// any did, and each node's community (numbered from 0, without gaps).
fn one_level(level: &Level, rng: &mut u64) -> (bool, Vec<usize>) {
    let n = level.adj.len();
    let degree: Vec<f64> = (0..n).map(|i| level.degree(i)).collect();
    let m2: f64 = degree.iter().sum();
    let mut community: Vec<usize> = (0..n).collect();
    if m2 == 0.0 {
        return (false, community);
    }
    let mut total = degree.clone();
    let mut order: Vec<usize> = (0..n).collect();
    shuffle(&mut order, rng);
    // Weight from the node being moved to each neighbouring community.
    let mut weight_to = vec![0.0; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut any_moved = false;
    loop {
        let mut moved = 0;
        for &i in &order {
            let home = community[i];
            for &c in &touched {
                weight_to[c] = 0.0;
            }
            touched.clear();
            touched.push(home);
            for &(j, w) in &level.adj[i] {
                let c = community[j];
                // Weights are never negative, so a community still at zero is met
                // for the first time (but `home`, listed first), or only over edges
                // of weight zero (a relation added by hand): listed twice, it is
                // weighed twice alike, which changes nothing.
                if weight_to[c] == 0.0 && c != home {
                    touched.push(c);
                }
                weight_to[c] += w;
            }
            total[home] -= degree[i];
            let gain = |c: usize| weight_to[c] - total[c] * degree[i] / m2;
            let mut best = home;
            let mut best_gain = gain(home);
            for &c in &touched {
                let g = gain(c);
                if g > best_gain + 1e-12 {
                    best = c;
                    best_gain = g;
                }
            }
            total[best] += degree[i];
            if best != home {
                community[i] = best;
                moved += 1;
            }
        }
        if moved == 0 {
            break;
        }
        any_moved = true;
    }
    // Renumber 0.. in order of first node.
    let mut number = vec![usize::MAX; n];
    let mut next = 0;
    for c in &mut community {
        if number[*c] == usize::MAX {
            number[*c] = next;
            next += 1;
        }
        *c = number[*c];
    }
    (any_moved, community)
}

/// The graph whose nodes are the communities of `level`.
fn aggregate(level: &Level, community: &[usize]) -> Level {
    let count = community.iter().max().map_or(0, |m| m + 1);
    let mut inside = vec![0.0; count];
    let mut between: Vec<std::collections::BTreeMap<usize, f64>> = vec![Default::default(); count];
    for (i, list) in level.adj.iter().enumerate() {
        let ci = community[i];
        inside[ci] += level.inside[i];
        for &(j, w) in list {
            let cj = community[j];
            if ci == cj {
                // Each edge is seen from both ends.
                inside[ci] += w / 2.0;
            } else {
                *between[ci].entry(cj).or_insert(0.0) += w;
            }
        }
    }
    Level {
        adj: between
            .into_iter()
            .map(|m| m.into_iter().collect())
            .collect(),
        inside,
    }
}

/// Community numbers by size, largest first.
fn by_size(of: &[usize]) -> Vec<u32> {
    let count = of.iter().max().map_or(0, |m| m + 1);
    let mut size = vec![0usize; count];
    let mut first = vec![usize::MAX; count];
    for (i, &c) in of.iter().enumerate() {
        size[c] += 1;
        first[c] = first[c].min(i);
    }
    let mut ranked: Vec<usize> = (0..count).collect();
    ranked.sort_by_key(|&c| (std::cmp::Reverse(size[c]), first[c]));
    let mut number = vec![0u32; count];
    for (rank, &c) in ranked.iter().enumerate() {
        number[c] = rank as u32;
    }
    of.iter().map(|&c| number[c]).collect()
}

/// Fisher–Yates with splitmix64.
fn shuffle(items: &mut [usize], state: &mut u64) {
    for i in (1..items.len()).rev() {
        let z = super::splitmix(state);
        items.swap(i, (z % (i as u64 + 1)) as usize);
    }
}

/// Modularity of `community` on the weighted graph `adj` (networkx's
/// `community.modularity`, resolution 1): the weight inside communities, less what
/// chance would put there.
pub fn modularity(adj: &Adjacency, community: &[u32]) -> f64 {
    let count = community.iter().max().map_or(0, |m| *m as usize + 1);
    let mut inside = vec![0.0; count];
    let mut total = vec![0.0; count];
    let mut m2 = 0.0;
    for (i, list) in adj.iter().enumerate() {
        let c = community[i] as usize;
        for &(j, w) in list {
            m2 += w;
            total[c] += w;
            if community[j] as usize == c {
                inside[c] += w;
            }
        }
    }
    if m2 == 0.0 {
        return 0.0;
    }
    (0..count)
        .map(|c| inside[c] / m2 - (total[c] / m2).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(usize, usize)], n: usize) -> Adjacency {
        super::super::from_edges(n, edges)
    }

    #[test]
    fn two_triangles_joined_by_one_edge_are_two_communities() {
        let adj = graph(&[(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)], 6);
        let c = communities(&adj, 1);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_eq!(c[3], c[4]);
        assert_ne!(c[0], c[3]);
        // networkx: 5/14 for this split.
        assert!((modularity(&adj, &c) - 5.0 / 14.0).abs() < 1e-12);
        assert_eq!(c, communities(&adj, 1), "seeded");
    }
}
