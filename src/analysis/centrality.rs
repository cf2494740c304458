//! Betweenness (Brandes), PageRank and eigenvector centrality, with networkx's
//! conventions.

use rayon::prelude::*;

use super::Adjacency;

/// Up to this many entities, betweenness is exact; above, it is estimated from
/// 2,000 seeded sources and says so.
pub const BETWEENNESS_EXACT_UP_TO: usize = 10_000;

/// Sources sampled for betweenness on a bigger graph.
const BETWEENNESS_SAMPLES: usize = 2_000;

/// Normalised betweenness of every node (unweighted shortest paths, as networkx's
/// `betweenness_centrality(G, normalized=True)`), and whether it was sampled.
///
/// # Complexity
/// O(n·m) exact, O(k·m) sampled: one breadth-first search per source, 64 sources at
/// a time (one bit of a word per source), the batches in parallel.
pub fn betweenness(adj: &Adjacency) -> (Vec<f64>, bool) {
    let n = adj.len();
    let is_sampled = n > BETWEENNESS_EXACT_UP_TO;
    let sources: Vec<usize> = if is_sampled {
        sample(n, BETWEENNESS_SAMPLES, 0x5eed)
    } else {
        (0..n).collect()
    };
    // Sources near each other reach most nodes at the same level, so their bits
    // travel together: fewer, fuller words to act on.
    let (sources, depth) = breadth_first_order(adj, sources);
    let rows = Rows::of_adjacency(adj);
    // No search goes deeper than twice the search from each component's root did.
    let levels = 2 * depth + 2;
    let parts: Vec<Vec<f64>> = if Searches::suits(n, rows.targets.len(), levels) {
        // Batches in parallel, each thread reusing its buffers from batch to batch;
        // when SEARCH_MEMORY holds fewer buffers than there are threads, the batches
        // are split into only that many runs, so no more are alive at once.
        let batches = sources.len().div_ceil(LANES);
        let buffers = (SEARCH_MEMORY / Searches::bytes(n, levels).max(1)).max(1);
        let per_run = if buffers < rayon::current_num_threads() {
            batches.div_ceil(buffers)
        } else {
            1
        };
        sources
            .par_chunks(LANES)
            .with_min_len(per_run.max(1))
            .map_init(
                || Searches::new(n),
                |searches, batch| {
                    let mut bc = vec![0.0; n];
                    let sources: Vec<u32> = batch.iter().map(|&s| s as u32).collect();
                    searches.accumulate(&rows, &sources, &mut bc);
                    bc
                },
            )
            .collect()
    } else {
        sources
            .par_chunks(LANES)
            .map_init(
                || Search::new(n),
                |search, batch| {
                    let mut bc = vec![0.0; n];
                    for &s in batch {
                        search.accumulate(&rows, s as u32, &mut bc);
                    }
                    bc
                },
            )
            .collect()
    };
    // Each batch's sums are added in batch order: the same bits on every run, whatever
    // thread did what (exports must be byte-identical). Which search serves a graph
    // depends on the graph alone.
    let mut raw = vec![0.0; n];
    for part in parts {
        for (x, y) in raw.iter_mut().zip(part) {
            *x += y;
        }
    }
    // networkx counts each pair from both ends, then divides by (n − 1)(n − 2); a
    // sample is scaled up by n / k.
    let mut scale = if n > 2 {
        1.0 / ((n - 1) as f64 * (n - 2) as f64)
    } else {
        1.0
    };
    if is_sampled {
        scale *= n as f64 / sources.len() as f64;
    }
    (raw.into_iter().map(|b| b * scale).collect(), is_sampled)
}

/// The graph as compressed rows: node `i`'s neighbours are
/// `targets[offsets[i]..offsets[i + 1]]`.
struct Rows {
    offsets: Vec<u32>,
    targets: Vec<u32>,
}

impl Rows {
    /// A node's neighbours side by side, 4 bytes each, so a search stays in cache.
    fn of_adjacency(adj: &Adjacency) -> Self {
        let mut offsets = Vec::with_capacity(adj.len() + 1);
        let mut targets = Vec::new();
        offsets.push(0u32);
        for list in adj {
            targets.extend(list.iter().map(|&(j, _)| j as u32));
            offsets.push(targets.len() as u32);
        }
        Self { offsets, targets }
    }

    fn of(&self, v: u32) -> &[u32] {
        let v = v as usize;
        &self.targets[self.offsets[v] as usize..self.offsets[v + 1] as usize]
    }
}

/// Not reached yet.
const FAR: u32 = u32::MAX;

/// One breadth-first search per source: for a graph too deep or too big for
/// [`Searches`]' buffers, which hold a word per node per level and 1 KB a node (and the
/// reference the batched searches are tested against).
struct Search {
    order: Vec<u32>,
    dist: Vec<u32>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    /// The edges of shortest paths, `preds[k]` one step before `pred_of[k]`, in the
    /// order the search walked them.
    preds: Vec<u32>,
    pred_of: Vec<u32>,
}

impl Search {
    fn new(n: usize) -> Self {
        Self {
            order: Vec::with_capacity(n),
            dist: vec![FAR; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            preds: Vec::new(),
            pred_of: Vec::new(),
        }
    }

    /// Adds the dependencies of source `s` to `bc` (Brandes 2001).
    fn accumulate(&mut self, rows: &Rows, s: u32, bc: &mut [f64]) {
        for &v in &self.order {
            let v = v as usize;
            self.dist[v] = FAR;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
        }
        self.order.clear();
        self.preds.clear();
        self.pred_of.clear();
        self.dist[s as usize] = 0;
        self.sigma[s as usize] = 1.0;
        self.order.push(s);
        let mut head = 0;
        while head < self.order.len() {
            let v = self.order[head];
            head += 1;
            let (next, sv) = (self.dist[v as usize] + 1, self.sigma[v as usize]);
            for &w in rows.of(v) {
                let w = w as usize;
                if self.dist[w] == FAR {
                    self.dist[w] = next;
                    self.order.push(w as u32);
                }
                if self.dist[w] == next {
                    self.sigma[w] += sv;
                    self.preds.push(v);
                    self.pred_of.push(w as u32);
                }
            }
        }
        // Farthest first: each node passes its dependency to its predecessors. The
        // shortest-path edges were recorded in the order their far ends were reached,
        // so walking them backwards meets a node's edges after everything beyond it.
        for k in (0..self.preds.len()).rev() {
            let (v, w) = (self.preds[k] as usize, self.pred_of[k] as usize);
            self.delta[v] += self.sigma[v] / self.sigma[w] * (1.0 + self.delta[w]);
        }
        for &w in &self.order {
            if w != s {
                bc[w as usize] += self.delta[w as usize];
            }
        }
    }
}

/// Sources searched together: one bit of a word per source.
const LANES: usize = 64;

/// What the buffers of the searches running at once may take in all, in bytes.
const SEARCH_MEMORY: usize = 256 << 20;

/// What one set of [`Searches`]' buffers may take, in bytes; a graph that needs more
/// is searched one source at a time.
const SEARCHES_MEMORY: usize = 128 << 20;

/// One number per source searched together.
type Lanes = [f64; LANES];

/// A level's frontier pushes along its edges when they are fewer than all the
/// edges over this; else every node pulls from its neighbours.
const PUSH_BELOW: usize = 8;

/// Up to [`LANES`] breadth-first searches run side by side (a multi-source search:
/// Then et al., "The More the Merrier", VLDB 2015). Each node keeps one word per level
/// whose bits say which sources reach it at that level, so an edge is tested for all
/// the sources at once with one `and`, and only the sources it serves do arithmetic.
/// Path counts and dependencies are rows of [`Lanes`], one per node.
struct Searches {
    n: usize,
    /// Sources that have reached each node so far.
    seen: Vec<u64>,
    /// The sources that reach each node at the level being searched.
    next: Vec<u64>,
    /// `levels[l * n + v]`: the sources that reach `v` at distance `l`.
    levels: Vec<u64>,
    /// `sigma[v][k]`: shortest paths from source `k` to `v`.
    sigma: Vec<Lanes>,
    /// `delta[v][k]`: dependency of source `k` on `v`, then (once `v`'s level is done)
    /// `(1 + delta) / sigma`, what `v` passes back to each predecessor per path. Only
    /// the lanes of sources that reach `v` mean anything; the others hold whatever an
    /// earlier batch left, and so does `sigma`.
    delta: Vec<Lanes>,
}

impl Searches {
    fn new(n: usize) -> Self {
        Self {
            n,
            seen: vec![0; n],
            next: vec![0; n],
            levels: Vec::new(),
            sigma: vec![[0.0; LANES]; n],
            delta: vec![[0.0; LANES]; n],
        }
    }

    /// What the buffers of a search over `n` nodes at most `levels` deep take, in
    /// bytes.
    fn bytes(n: usize, levels: usize) -> usize {
        let words = 2 + levels;
        n.saturating_mul(2 * std::mem::size_of::<Lanes>() + words * std::mem::size_of::<u64>())
    }

    /// Whether a graph of `n` nodes and `arcs` arcs (each edge both ways), at most
    /// `levels` deep from any node, is better searched 64 sources at a time: its
    /// buffers fit [`SEARCHES_MEMORY`], and the n words scanned per level and batch
    /// cost no more than one-source searches' n + arcs per source.
    fn suits(n: usize, arcs: usize, levels: usize) -> bool {
        Self::bytes(n, levels) <= SEARCHES_MEMORY
            && levels.saturating_mul(n) <= LANES.saturating_mul(n + arcs)
    }

    /// Adds the dependencies of `sources` (at most [`LANES`], distinct) to `bc`
    /// (Brandes 2001, level by level).
    fn accumulate(&mut self, rows: &Rows, sources: &[u32], bc: &mut [f64]) {
        debug_assert!(sources.len() <= LANES);
        let n = self.n;
        self.levels.clear();
        self.levels.resize(n, 0);
        for (k, &s) in sources.iter().enumerate() {
            let s = s as usize;
            self.seen[s] |= 1 << k;
            self.levels[s] |= 1 << k;
            self.sigma[s][k] = 1.0;
        }
        // Forward: the sources that reach `v` at level l + 1 are those that reached a
        // neighbour at level l and had not reached `v`; `v` adds up their path counts.
        // A small frontier pushes along its own edges; a large one is pulled by every
        // node not yet reached by all (Beamer et al.'s direction-optimising search).
        let all = u64::MAX >> (64 - sources.len().max(1));
        let mut frontier_nodes: Vec<u32> = sources.to_vec();
        let mut depth = 0;
        loop {
            let frontier = &self.levels[depth * n..];
            let pushed: usize = frontier_nodes.iter().map(|&u| rows.of(u).len()).sum();
            if pushed * PUSH_BELOW < rows.targets.len() {
                self.next.fill(0);
                for &u in &frontier_nodes {
                    let (bits, from) = (frontier[u as usize], self.sigma[u as usize]);
                    for &v in rows.of(u) {
                        let m = bits & !self.seen[v as usize] & all;
                        if m != 0 {
                            // A source's first path to `v` replaces what an earlier
                            // batch left there.
                            let to = &mut self.sigma[v as usize];
                            for_each_bit(m & !self.next[v as usize], |k| to[k] = 0.0);
                            self.next[v as usize] |= m;
                            add_lanes(to, &from, m);
                        }
                    }
                }
            } else {
                for (v, reached) in self.next.iter_mut().enumerate() {
                    *reached = 0;
                    let fresh = !self.seen[v] & all;
                    if fresh == 0 {
                        continue;
                    }
                    let mut paths = [0.0; LANES];
                    for &u in rows.of(v as u32) {
                        let m = frontier[u as usize] & fresh;
                        if m != 0 {
                            *reached |= m;
                            add_lanes(&mut paths, &self.sigma[u as usize], m);
                        }
                    }
                    let sigma = &mut self.sigma[v];
                    for_each_bit(*reached, |k| sigma[k] = paths[k]);
                }
            }
            frontier_nodes.clear();
            for (v, (seen, &got)) in self.seen.iter_mut().zip(&self.next).enumerate() {
                if got != 0 {
                    *seen |= got;
                    frontier_nodes.push(v as u32);
                }
            }
            if frontier_nodes.is_empty() {
                break;
            }
            self.levels.extend_from_slice(&self.next);
            depth += 1;
        }
        // Backward, deepest level first: a node's dependency is final once the level
        // below it is done; it is added to `bc`, turned into what it passes back per
        // path, and pulled by its neighbours one level up.
        for l in (1..=depth).rev() {
            let (upper, lower) = self.levels.split_at(l * n);
            let (here, above) = (&lower[..n], &upper[(l - 1) * n..]);
            for (v, &bits) in here.iter().enumerate() {
                let (delta, sigma) = (&mut self.delta[v], &self.sigma[v]);
                if l == depth {
                    // Nothing lies beyond the deepest level (what is there is an
                    // earlier batch's).
                    for_each_bit(bits, |k| delta[k] = 1.0 / sigma[k]);
                    continue;
                }
                for_each_bit(bits, |k| {
                    bc[v] += delta[k];
                    delta[k] = (1.0 + delta[k]) / sigma[k];
                });
            }
            for (u, &bits) in above.iter().enumerate() {
                if bits == 0 {
                    continue;
                }
                let mut passed = [0.0; LANES];
                for &v in rows.of(u as u32) {
                    let m = bits & here[v as usize];
                    if m != 0 {
                        add_lanes(&mut passed, &self.delta[v as usize], m);
                    }
                }
                // Each node is one level from a source, so its dependency on that
                // source is set here once (0 when nothing lies beyond it).
                let (delta, sigma) = (&mut self.delta[u], &self.sigma[u]);
                for_each_bit(bits, |k| delta[k] = sigma[k] * passed[k]);
            }
        }
        // Ready for the next batch. Path counts and dependencies need no clearing: a
        // search sets each one it reads before reading it.
        self.seen.fill(0);
    }
}

/// `to[k] += from[k]` for every bit `k` of `m`. (Adding all 64 lanes, the others
/// times zero, measured no faster on the 10k-node bench graph, at any popcount.)
#[inline]
fn add_lanes(to: &mut Lanes, from: &Lanes, m: u64) {
    for_each_bit(m, |k| to[k] += from[k]);
}

/// Calls `f` with the index of every set bit of `bits`, lowest first.
#[inline]
fn for_each_bit(mut bits: u64, mut f: impl FnMut(usize)) {
    while bits != 0 {
        f(bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
}

/// `sources` in the order a breadth-first search visits them: each component from
/// its node of most neighbours (the first such), neighbours in adjacency order; and how
/// many levels below its root the deepest of those searches went.
fn breadth_first_order(adj: &Adjacency, mut sources: Vec<usize>) -> (Vec<usize>, usize) {
    let n = adj.len();
    let mut roots: Vec<usize> = (0..n).collect();
    roots.sort_by_key(|&v| std::cmp::Reverse(adj[v].len()));
    let mut visit = vec![usize::MAX; n];
    let mut level = vec![0usize; n];
    let mut queue = Vec::with_capacity(n);
    let mut depth = 0;
    for root in roots {
        if visit[root] != usize::MAX {
            continue;
        }
        visit[root] = queue.len();
        queue.push(root);
        let mut next = queue.len() - 1;
        while let Some(&u) = queue.get(next) {
            next += 1;
            for &(v, _) in &adj[u] {
                if visit[v] == usize::MAX {
                    visit[v] = queue.len();
                    level[v] = level[u] + 1;
                    depth = depth.max(level[v]);
                    queue.push(v);
                }
            }
        }
    }
    sources.sort_by_key(|&s| visit[s]);
    (sources, depth)
}

/// `k` distinct nodes of `0..n`, the same for the same seed (a partial Fisher–Yates).
fn sample(n: usize, k: usize, seed: u64) -> Vec<usize> {
    let mut all: Vec<usize> = (0..n).collect();
    let mut state = seed;
    let k = k.min(n);
    for i in 0..k {
        let z = super::splitmix(&mut state);
        let j = i + (z % (n - i) as u64) as usize;
        all.swap(i, j);
    }
    all.truncate(k);
    all
}

/// PageRank with damping `alpha`, each node's rank passed along its edges in
/// proportion to their weight; a node with no weight to pass (isolated) spreads its
/// rank over every node (networkx's `pagerank(G, alpha)`, weighted, uniform
/// teleport). Iterated to a fixed point far tighter than networkx's default tolerance.
pub fn pagerank(adj: &Adjacency, alpha: f64) -> Vec<f64> {
    let n = adj.len();
    if n == 0 {
        return Vec::new();
    }
    let uniform = 1.0 / n as f64;
    let out: Vec<f64> = adj
        .iter()
        .map(|l| l.iter().map(|&(_, w)| w).sum())
        .collect();
    let mut x = vec![uniform; n];
    let mut next = vec![0.0; n];
    for _ in 0..10_000 {
        let dangling: f64 = (0..n).filter(|&i| out[i] == 0.0).map(|i| x[i]).sum();
        let base = alpha * dangling * uniform + (1.0 - alpha) * uniform;
        next.iter_mut().for_each(|v| *v = base);
        for (i, list) in adj.iter().enumerate() {
            if out[i] == 0.0 {
                continue;
            }
            let share = alpha * x[i] / out[i];
            for &(j, w) in list {
                next[j] += share * w;
            }
        }
        let change: f64 = x.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if change < 1e-14 {
            break;
        }
    }
    x
}

/// Eigenvector centrality, unweighted, of the largest connected component (the most
/// nodes; the first such on a tie), 0 elsewhere: the eigenvector of its adjacency
/// matrix's largest eigenvalue, of unit length and positive sum (networkx's
/// `eigenvector_centrality_numpy` on that component; networkx refuses a disconnected
/// graph, whose answer is ambiguous). Power iteration on A + I, which has the same
/// eigenvectors and converges on bipartite graphs too.
pub fn eigenvector(adj: &Adjacency) -> Vec<f64> {
    let n = adj.len();
    if n == 0 {
        return Vec::new();
    }
    let component = largest_component(adj);
    let size = component.iter().filter(|c| **c).count().max(1);
    let start = 1.0 / (size as f64).sqrt();
    let mut x: Vec<f64> = component
        .iter()
        .map(|&inside| if inside { start } else { 0.0 })
        .collect();
    let mut next = vec![0.0; n];
    for _ in 0..100_000 {
        for (i, list) in adj.iter().enumerate() {
            next[i] = if component[i] {
                x[i] + list.iter().map(|&(j, _)| x[j]).sum::<f64>()
            } else {
                0.0
            };
        }
        let norm = next.iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm == 0.0 {
            break;
        }
        next.iter_mut().for_each(|v| *v /= norm);
        let change = x
            .iter()
            .zip(&next)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        std::mem::swap(&mut x, &mut next);
        if change < 1e-15 {
            break;
        }
    }
    if x.iter().sum::<f64>() < 0.0 {
        x.iter_mut().for_each(|v| *v = -*v);
    }
    x
}

/// Which nodes are in the largest connected component.
fn largest_component(adj: &Adjacency) -> Vec<bool> {
    let n = adj.len();
    let mut label = vec![usize::MAX; n];
    let mut best = (0, 0);
    let mut stack = Vec::new();
    for s in 0..n {
        if label[s] != usize::MAX {
            continue;
        }
        let mut size = 0;
        label[s] = s;
        stack.push(s);
        while let Some(v) = stack.pop() {
            size += 1;
            for &(w, _) in &adj[v] {
                if label[w] == usize::MAX {
                    label[w] = s;
                    stack.push(w);
                }
            }
        }
        if size > best.0 {
            best = (size, s);
        }
    }
    label.iter().map(|&l| l == best.1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalised betweenness by [`Search`], one source at a time.
    fn one_source_at_a_time(adj: &Adjacency) -> Vec<f64> {
        let n = adj.len();
        let rows = Rows::of_adjacency(adj);
        let mut bc = vec![0.0; n];
        let mut search = Search::new(n);
        for s in 0..n {
            search.accumulate(&rows, s as u32, &mut bc);
        }
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        bc.into_iter().map(|b| b * scale).collect()
    }

    #[test]
    fn sources_searched_together_give_what_one_at_a_time_gives() {
        // Three scale-free pieces side by side (2,010 nodes: 32 batches, the last one
        // partial), plus isolated nodes: every batch meets nodes that some of its
        // sources never reach, and lanes an earlier batch left behind; searches push
        // from small frontiers and pull into large ones.
        let mut edges = Vec::new();
        let mut n = 0;
        for (size, seed) in [(1500, 3), (400, 5), (100, 7)] {
            let piece = crate::synth::scale_free_graph(size, 2, seed);
            for r in piece.relations() {
                edges.push((n + r.source.0 as usize, n + r.target.0 as usize));
            }
            n += size;
        }
        let adj = graph(&edges, n + 10);
        let n = adj.len();
        let alone = one_source_at_a_time(&adj);
        assert!(alone.iter().any(|&b| b > 0.01));
        let (_, depth) = breadth_first_order(&adj, Vec::new());
        let arcs = Rows::of_adjacency(&adj).targets.len();
        assert!(Searches::suits(n, arcs, 2 * depth + 2), "searched together");
        // In parallel, as the engine runs them.
        let (together, is_sampled) = betweenness(&adj);
        assert!(!is_sampled);
        // On one set of buffers, batch after batch.
        let rows = Rows::of_adjacency(&adj);
        let mut searches = Searches::new(n);
        let mut raw = vec![0.0; n];
        let sources: Vec<u32> = (0..n as u32).collect();
        for batch in sources.chunks(LANES) {
            searches.accumulate(&rows, batch, &mut raw);
        }
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        let reused: Vec<f64> = raw.into_iter().map(|b| b * scale).collect();
        for (v, b) in alone.iter().enumerate() {
            for a in [together[v], reused[v]] {
                assert!((a - b).abs() < 1e-12, "node {v}: {a} against {b}");
            }
        }
    }

    fn graph(edges: &[(usize, usize)], n: usize) -> Adjacency {
        super::super::from_edges(n, edges)
    }

    #[test]
    fn a_long_chain_is_searched_one_source_at_a_time_and_exactly() {
        // Searched 64 at a time, a path of 5,000 nodes would keep a word per node for
        // each of its thousands of levels (hundreds of megabytes per thread) and scan
        // every node at every level.
        let n = 5_000;
        let edges: Vec<(usize, usize)> = (1..n).map(|i| (i - 1, i)).collect();
        let adj = graph(&edges, n);
        let (_, depth) = breadth_first_order(&adj, Vec::new());
        assert!(depth >= n / 2);
        let arcs = Rows::of_adjacency(&adj).targets.len();
        assert!(!Searches::suits(n, arcs, 2 * depth + 2));
        let (b, _) = betweenness(&adj);
        // Node i lies between the i nodes before it and the n − 1 − i after it.
        let norm = ((n - 1) * (n - 2)) as f64;
        for (i, &got) in b.iter().enumerate() {
            let want = 2.0 * (i * (n - 1 - i)) as f64 / norm;
            assert!((got - want).abs() < 1e-12, "node {i}: {got} against {want}");
        }
    }

    #[test]
    fn betweenness_of_a_path_and_a_cycle() {
        // 0 – 1 – 2: the middle is on the one path between the ends.
        let (b, sampled) = betweenness(&graph(&[(0, 1), (1, 2)], 3));
        assert!(!sampled);
        assert_eq!(b, [0.0, 1.0, 0.0]);
        // A 4-cycle and an isolated node: each node is on half of one pair's paths
        // (networkx: 1/12 with n = 5).
        let (b, _) = betweenness(&graph(&[(1, 2), (2, 3), (3, 4), (4, 1)], 5));
        for v in &b[1..] {
            assert!((v - 1.0 / 12.0).abs() < 1e-12, "{b:?}");
        }
        assert_eq!(b[0], 0.0);
    }

    #[test]
    fn pagerank_sums_to_one_and_favours_the_hub() {
        let adj = graph(&[(0, 1), (0, 2), (0, 3)], 5);
        let p = pagerank(&adj, 0.85);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p[0] > p[1] && p[1] > p[4]);
    }

    #[test]
    fn eigenvector_of_a_star() {
        // Star with 3 leaves: λ = √3, centre 1/√2, leaves 1/√6.
        let e = eigenvector(&graph(&[(0, 1), (0, 2), (0, 3)], 4));
        assert!((e[0] - 0.5_f64.sqrt()).abs() < 1e-9, "{e:?}");
        assert!((e[1] - (1.0 / 6.0_f64).sqrt()).abs() < 1e-9);
    }

    #[test]
    fn a_sample_is_distinct_and_repeatable() {
        let s = sample(100, 10, 7);
        let mut sorted = s.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 10);
        assert_eq!(s, sample(100, 10, 7));
    }
}
