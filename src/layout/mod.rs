//! Force-directed layout, pure Rust (no egui): the viewer steps it a little every frame,
//! exports run it to convergence headlessly. Seeded and deterministic.
//!
//! The model is ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian, 2014):
//! degree-scaled repulsion `k_r (deg_a+1)(deg_b+1) / d` computed with a Barnes–Hut
//! quadtree (θ adjustable), attraction along edges (linear, or logarithmic in LinLog
//! mode) scaled by evidence weight to the power of an influence, gravity towards the
//! centre (normal: constant pull, or strong: growing with distance), and the paper's
//! adaptive speed from each node's swing and traction. An anti-overlap phase uses node
//! radii. The layout stops by itself once movement has died down.

mod quadtree;

use quadtree::QuadTree;
use rayon::prelude::*;

/// A 2-D point in layout units.
pub type Point = [f32; 2];

/// ForceAtlas2 settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ForceSettings {
    /// Repulsion strength (Gephi's "scaling").
    pub repulsion: f32,
    /// Gravity strength.
    pub gravity: f32,
    /// Strong gravity: the pull grows with distance from the centre.
    pub is_gravity_strong: bool,
    /// LinLog mode: logarithmic attraction, tighter clusters.
    pub is_lin_log: bool,
    /// How much edge weight (evidence count) matters: weight^influence.
    pub edge_weight_influence: f32,
    /// Barnes–Hut accuracy: larger is faster and coarser (Gephi uses 1.2).
    pub theta: f32,
    /// Tolerance to jitter in the adaptive speed (Gephi's default 1.0).
    pub jitter_tolerance: f32,
    /// Use node radii so nodes do not overlap.
    pub is_overlap_prevented: bool,
    /// Settled when the mean displacement per step falls below this.
    pub settle_threshold: f32,
}

impl Default for ForceSettings {
    fn default() -> Self {
        Self {
            repulsion: 30.0,
            gravity: 3.0,
            is_gravity_strong: true,
            is_lin_log: false,
            edge_weight_influence: 0.5,
            theta: 1.2,
            jitter_tolerance: 1.0,
            is_overlap_prevented: true,
            settle_threshold: 0.02,
        }
    }
}

/// A running force-directed layout.
#[derive(Debug, Clone)]
pub struct ForceLayout {
    positions: Vec<Point>,
    is_pinned: Vec<bool>,
    /// Degree + 1: FA2's node mass.
    mass: Vec<f32>,
    radius: Vec<f32>,
    /// Shared: a copy of the layout for a worker thread does not copy the edges.
    edges: std::sync::Arc<Vec<(usize, usize, f32)>>,
    previous_force: Vec<Point>,
    settings: ForceSettings,
    speed: f32,
    speed_efficiency: f32,
    steps: u32,
    last_displacement: f32,
    is_frozen: bool,
    /// Nodes that take part (all by default): the others neither move nor push, and
    /// their edges do not pull, so a filtered view lays out what it shows.
    is_active: Vec<bool>,
    /// Steps since the layout was created or reheated (the cooling clock).
    steps_since_heat: u32,
}

/// Steps taken at full heat after a start or a reheat: a small graph settles by itself
/// within them.
pub const WARM_STEPS: u32 = 400;

/// Steps over which the movement then cools linearly to nothing: a big, dense graph
/// whose nodes would jitter for ever still comes to rest, by `WARM_STEPS +
/// COOL_STEPS` steps at most.
pub const COOL_STEPS: u32 = 1_400;

impl ForceLayout {
    /// A layout of `node_count` nodes joined by `(a, b, weight)` edges, starting from a
    /// seeded spiral so the same input always gives the same picture.
    pub fn new(
        node_count: usize,
        edges: &[(usize, usize, f32)],
        seed: u64,
        settings: ForceSettings,
    ) -> Self {
        let mut degree = vec![0.0f32; node_count];
        let edges: Vec<(usize, usize, f32)> = edges
            .iter()
            .copied()
            .filter(|&(a, b, _)| a < node_count && b < node_count && a != b)
            .map(|(a, b, w)| (a, b, w.max(1.0).powf(settings.edge_weight_influence)))
            .collect();
        for &(a, b, _) in &edges {
            degree[a] += 1.0;
            degree[b] += 1.0;
        }
        let mut rng = crate::synth::Rng::new(seed);
        let positions = (0..node_count)
            .map(|i| {
                let radius = 10.0 * (i as f32 + 1.0).sqrt();
                let angle = i as f32 * 2.399_963 + (rng.below(1000) as f32 / 1000.0) * 0.3;
                [radius * angle.cos(), radius * angle.sin()]
            })
            .collect();
        Self {
            positions,
            is_pinned: vec![false; node_count],
            mass: degree.iter().map(|d| d + 1.0).collect(),
            radius: degree.iter().map(|d| 5.0 + 3.0 * d.sqrt()).collect(),
            edges: std::sync::Arc::new(edges),
            previous_force: vec![[0.0, 0.0]; node_count],
            settings,
            speed: 1.0,
            speed_efficiency: 1.0,
            steps: 0,
            last_displacement: f32::INFINITY,
            is_frozen: false,
            is_active: vec![true; node_count],
            steps_since_heat: 0,
        }
    }

    /// The viewer's layout of an evidence graph: one node per entity, one edge per
    /// relation weighted by its passages, default settings, seed 42. (The viewer
    /// then makes the nodes it shows without a relation inactive, and shelves them.)
    pub fn of_graph(graph: &crate::graph::EvidenceGraph) -> Self {
        let edges: Vec<(usize, usize, f32)> = graph
            .relations()
            .iter()
            .map(|r| (r.source.index(), r.target.index(), r.weight().max(1) as f32))
            .collect();
        Self::new(graph.entity_count(), &edges, 42, ForceSettings::default())
    }

    /// Makes only the nodes marked `true` take part from now on (a filter changed);
    /// the rest keep their places. Reheat to let the active ones move.
    pub fn set_active(&mut self, is_active: &[bool]) {
        for (a, b) in self.is_active.iter_mut().zip(is_active) {
            *a = *b;
        }
    }

    /// Moves a node without pinning it (a placement the layout may still refine); a
    /// node the user pinned stays where it is.
    pub fn place(&mut self, node: usize, at: Point) {
        let is_pinned = self.is_pinned.get(node).copied().unwrap_or(true);
        if let (Some(p), true) = (self.positions.get_mut(node), is_sane_position(at)) {
            if !is_pinned {
                *p = at;
            }
        }
    }

    /// Whether the user pinned `node` where it is.
    pub fn is_pinned(&self, node: usize) -> bool {
        self.is_pinned.get(node).copied().unwrap_or(false)
    }

    /// Lets `node` move with the layout again (or pins it where it is).
    pub fn set_pinned(&mut self, node: usize, is_pinned: bool) {
        if let Some(p) = self.is_pinned.get_mut(node) {
            *p = is_pinned;
        }
    }

    /// True when the layout was stopped where it is (a restored view).
    pub fn is_frozen(&self) -> bool {
        self.is_frozen
    }

    /// Current positions, indexed like the nodes.
    pub fn positions(&self) -> &[Point] {
        &self.positions
    }

    /// Moves a node and pins it there (a user dragged it), or unpins it.
    pub fn set_position(&mut self, node: usize, at: Point, is_pinned: bool) {
        if !is_sane_position(at) {
            return;
        }
        if let Some(p) = self.positions.get_mut(node) {
            *p = at;
            self.is_pinned[node] = is_pinned;
        }
    }

    /// Restores positions saved earlier (same node order); missing entries keep theirs.
    pub fn restore(&mut self, saved: &[Option<Point>]) {
        let saved: Vec<Option<Point>> = saved
            .iter()
            .map(|p| p.filter(|&p| is_sane_position(p)))
            .collect();
        let saved = saved.as_slice();
        for (p, s) in self.positions.iter_mut().zip(saved) {
            if let Some(s) = s {
                *p = *s;
            }
        }
    }

    /// Number of steps taken so far.
    pub fn steps(&self) -> u32 {
        self.steps
    }

    /// True once movement has died down; the viewer then stops stepping (and repainting).
    pub fn is_settled(&self) -> bool {
        self.is_frozen
            || self.last_displacement < self.settings.settle_threshold
            || self.steps_since_heat > WARM_STEPS + COOL_STEPS
    }

    /// Warms the layout up again so it can move after a change.
    pub fn reheat(&mut self) {
        self.is_frozen = false;
        self.speed = 1.0;
        self.speed_efficiency = 1.0;
        self.last_displacement = f32::INFINITY;
        self.steps_since_heat = 0;
    }

    /// Starts slowly: for positions restored from a save, which only need polishing.
    pub fn cool_down(&mut self) {
        self.speed = 0.05;
    }

    /// Stops the layout where it is (a restored view must not move).
    pub fn freeze(&mut self) {
        self.is_frozen = true;
    }

    /// One ForceAtlas2 iteration; returns the mean displacement of unpinned nodes.
    ///
    /// # Complexity
    /// O(n log n + m) for n nodes and m edges (Barnes–Hut repulsion).
    pub fn step(&mut self) -> f32 {
        let n = self.positions.len();
        if n == 0 || self.is_frozen {
            self.last_displacement = 0.0;
            return 0.0;
        }
        let s = self.settings;
        let mut force = vec![[0.0f32; 2]; n];
        let active = &self.is_active;
        let all_active = active.iter().all(|a| *a);

        // Repulsion through the quadtree; an inactive node has no mass there.
        let masked: Vec<f32>;
        let mass = if all_active {
            &self.mass
        } else {
            masked = self
                .mass
                .iter()
                .zip(active)
                .map(|(m, a)| if *a { *m } else { 0.0 })
                .collect();
            &masked
        };
        let tree = QuadTree::build(&self.positions, mass);
        let overlap = s.is_overlap_prevented;
        // Each node's repulsion is summed alone, in the same order whatever thread
        // does it: the same bits on every run.
        let (positions, masses, radii) = (&self.positions, &self.mass, &self.radius);
        force.par_iter_mut().enumerate().for_each(|(i, f)| {
            if !active[i] {
                return;
            }
            let p = positions[i];
            let strength = s.repulsion * masses[i];
            let ri = radii[i];
            tree.for_each_source(i as u32, p, s.theta, |dx, dy, mj| {
                let d2 = dx * dx + dy * dy;
                if d2 <= 1e-6 {
                    return;
                }
                let d = d2.sqrt();
                // With anti-overlap, distance is measured between borders (the
                // source's radius is taken as the mean one).
                let gap = if overlap { d - ri - 5.0 } else { d };
                // The force along the unit vector (dx, dy) / d, in one division.
                let along = if gap > 0.0 {
                    strength * mj / (gap * d)
                } else {
                    100.0 * strength * mj / d
                };
                f[0] += dx * along;
                f[1] += dy * along;
            });
        });

        // Attraction along edges.
        for &(a, b, w) in self.edges.iter() {
            if !(active[a] && active[b]) {
                continue;
            }
            let dx = self.positions[b][0] - self.positions[a][0];
            let dy = self.positions[b][1] - self.positions[a][1];
            let d = (dx * dx + dy * dy).sqrt();
            if d <= 1e-6 {
                continue;
            }
            let gap = if overlap {
                (d - self.radius[a] - self.radius[b]).max(0.0)
            } else {
                d
            };
            let magnitude = if s.is_lin_log {
                w * (1.0 + gap).ln()
            } else {
                w * gap
            };
            let (fx, fy) = (dx / d * magnitude, dy / d * magnitude);
            force[a][0] += fx;
            force[a][1] += fy;
            force[b][0] -= fx;
            force[b][1] -= fy;
        }

        // Gravity towards the origin.
        for (i, f) in force.iter_mut().enumerate() {
            let p = self.positions[i];
            let d = (p[0] * p[0] + p[1] * p[1]).sqrt();
            if d <= 1e-6 || !active[i] {
                continue;
            }
            // Weakly connected nodes feel little pull from edges; extra gravity keeps
            // them (and small components) near the network instead of in a far ring.
            let loneliness = 1.0 + 9.0 / self.mass[i];
            let magnitude = if s.is_gravity_strong {
                s.gravity * self.mass[i] * loneliness * d * 0.01
            } else {
                s.gravity * self.mass[i] * loneliness
            };
            f[0] -= p[0] / d * magnitude;
            f[1] -= p[1] / d * magnitude;
        }

        // Adaptive speed (swing and traction), as in the ForceAtlas2 paper.
        let mut total_swing = 0.0f32;
        let mut total_traction = 0.0f32;
        let mut swing = vec![0.0f32; n];
        for i in (0..n).filter(|&i| active[i]) {
            let (f, g) = (force[i], self.previous_force[i]);
            swing[i] = ((f[0] - g[0]).powi(2) + (f[1] - g[1]).powi(2)).sqrt();
            let traction = ((f[0] + g[0]).powi(2) + (f[1] + g[1]).powi(2)).sqrt() / 2.0;
            total_swing += self.mass[i] * swing[i];
            total_traction += self.mass[i] * traction;
        }
        let nf = if all_active {
            n as f32
        } else {
            active.iter().filter(|a| **a).count().max(1) as f32
        };
        let estimated_jitter = 0.05 * nf.sqrt();
        let min_jitter = estimated_jitter.sqrt();
        let max_jitter: f32 = 10.0;
        let mut jitter = s.jitter_tolerance
            * min_jitter.max(max_jitter.min(estimated_jitter * total_traction / (nf * nf)));
        let min_speed_efficiency = 0.05;
        if total_traction > 0.0 && total_swing / total_traction > 2.0 {
            if self.speed_efficiency > min_speed_efficiency {
                self.speed_efficiency *= 0.5;
            }
            jitter = jitter.max(s.jitter_tolerance);
        }
        let target_speed = if total_swing > 0.0 {
            jitter * self.speed_efficiency * total_traction / total_swing
        } else {
            self.speed
        };
        if total_swing > jitter * total_traction {
            if self.speed_efficiency > min_speed_efficiency {
                self.speed_efficiency *= 0.7;
            }
        } else if self.speed < 1000.0 {
            self.speed_efficiency *= 1.3;
        }
        let max_rise = 0.5;
        self.speed += (target_speed - self.speed).min(max_rise * self.speed);

        // Cooling: full movement while warm, then less and less until none.
        let heat = match self.steps_since_heat.checked_sub(WARM_STEPS) {
            None => 1.0,
            Some(cooling) => (1.0 - cooling as f32 / COOL_STEPS as f32).max(0.0),
        };
        self.steps_since_heat = self.steps_since_heat.saturating_add(1);
        let mut total = 0.0;
        let mut moving = 0;
        for i in 0..n {
            self.previous_force[i] = force[i];
            if self.is_pinned[i] || !self.is_active[i] {
                continue;
            }
            let f = force[i];
            let len = (f[0] * f[0] + f[1] * f[1]).sqrt();
            let mut factor = self.speed / (1.0 + (self.speed * swing[i]).sqrt());
            if overlap {
                factor = (0.1 * factor).min(10.0 / len.max(1e-6));
            }
            factor *= heat;
            let d = len * factor;
            self.positions[i][0] += f[0] * factor;
            self.positions[i][1] += f[1] * factor;
            total += d;
            moving += 1;
        }
        self.steps += 1;
        self.last_displacement = if moving == 0 {
            0.0
        } else {
            total / moving as f32
        };
        self.last_displacement
    }

    /// Takes over the movement a copy of this layout made meanwhile (on a worker
    /// thread): its positions of the nodes it moved, except those pinned here since
    /// (a node being dragged), and its speed, forces and clocks.
    pub fn adopt(&mut self, moved: &ForceLayout) {
        if moved.positions.len() != self.positions.len() {
            return;
        }
        for i in 0..self.positions.len() {
            let was_moved = moved.is_active[i] && !moved.is_pinned[i];
            if was_moved && !self.is_pinned[i] && self.is_active[i] {
                self.positions[i] = moved.positions[i];
            }
        }
        self.previous_force.clone_from(&moved.previous_force);
        self.speed = moved.speed;
        self.speed_efficiency = moved.speed_efficiency;
        self.steps = moved.steps;
        self.last_displacement = moved.last_displacement;
        self.steps_since_heat = moved.steps_since_heat;
    }

    /// Steps until settled or `max_steps` were taken; returns the steps taken.
    pub fn run_until_settled(&mut self, max_steps: u32) -> u32 {
        let start = self.steps;
        while !self.is_settled() && self.steps - start < max_steps {
            self.step();
        }
        self.steps - start
    }
}

/// How far from the origin a position may lie: far beyond any layout (a graph of a
/// million nodes spans a few thousand units), short of where `f32` loses its precision.
pub const MAX_COORDINATE: f32 = 1.0e7;

/// A position a layout, a snapshot or a saved session may hold: finite and within
/// [`MAX_COORDINATE`] of the origin. Anything else (`1e308` read as infinity, NaN) is
/// refused rather than drawn.
pub fn is_sane_position(p: Point) -> bool {
    p.iter().all(|v| v.is_finite() && v.abs() <= MAX_COORDINATE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triangle_and_loner() -> ForceLayout {
        ForceLayout::new(
            4,
            &[(0, 1, 1.0), (1, 2, 3.0), (0, 2, 1.0)],
            7,
            ForceSettings::default(),
        )
    }

    #[test]
    fn settles_and_is_deterministic() {
        let mut a = triangle_and_loner();
        let mut b = triangle_and_loner();
        let steps = a.run_until_settled(5000);
        b.run_until_settled(5000);
        assert!(a.is_settled(), "not settled after {steps} steps");
        assert_eq!(a.positions(), b.positions());
    }

    #[test]
    fn connected_nodes_end_closer_than_unconnected_ones() {
        let edges = [
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (3, 5, 1.0),
        ];
        let mut l = ForceLayout::new(6, &edges, 3, ForceSettings::default());
        l.run_until_settled(5000);
        let p = l.positions();
        let d =
            |a: usize, b: usize| ((p[a][0] - p[b][0]).powi(2) + (p[a][1] - p[b][1]).powi(2)).sqrt();
        let within = d(0, 1).max(d(1, 2)).max(d(3, 4)).max(d(4, 5));
        let across = d(0, 3).min(d(1, 4)).min(d(2, 5));
        assert!(within < across, "{p:?}");
    }

    #[test]
    fn a_layout_that_would_never_settle_cools_to_rest_and_a_reheat_warms_it_again() {
        // A threshold no movement gets under: only the cooling can stop it.
        let settings = ForceSettings {
            settle_threshold: 0.0,
            ..ForceSettings::default()
        };
        let mut l = ForceLayout::new(4, &[(0, 1, 1.0), (1, 2, 3.0)], 7, settings);
        let steps = l.run_until_settled(100_000);
        assert!(l.is_settled());
        assert_eq!(steps, WARM_STEPS + COOL_STEPS + 1);
        let rested = l.positions().to_vec();
        l.step();
        assert_eq!(l.positions(), &rested[..], "at rest, a step moves nothing");
        l.reheat();
        assert!(!l.is_settled());
        assert_eq!(l.run_until_settled(100_000), WARM_STEPS + COOL_STEPS + 1);
    }

    #[test]
    fn a_copy_moved_elsewhere_is_adopted_except_where_the_user_has_pinned_since() {
        let mut here = triangle_and_loner();
        here.set_active(&[true, true, true, false]);
        let mut copy = here.clone();
        copy.run_until_settled(50);
        // Meanwhile the user drags node 0, and the shelf places the loner.
        here.set_position(0, [500.0, 500.0], true);
        here.place(3, [-40.0, 90.0]);
        here.adopt(&copy);
        assert_eq!(here.positions()[0], [500.0, 500.0]);
        assert_eq!(here.positions()[3], [-40.0, 90.0]);
        assert_eq!(here.positions()[1], copy.positions()[1]);
        assert_eq!(here.steps(), copy.steps());
        // Adopting every batch gives what stepping in place gives.
        let mut stepped = triangle_and_loner();
        let mut batched = triangle_and_loner();
        stepped.run_until_settled(5_000);
        while !batched.is_settled() {
            let mut worker = batched.clone();
            worker.run_until_settled(7);
            batched.adopt(&worker);
        }
        assert_eq!(stepped.positions(), batched.positions());
    }

    #[test]
    fn pinned_nodes_stay_put() {
        let mut l = triangle_and_loner();
        l.set_position(3, [100.0, 100.0], true);
        l.run_until_settled(500);
        assert_eq!(l.positions()[3], [100.0, 100.0]);
    }

    #[test]
    fn inactive_nodes_neither_move_nor_push() {
        let mut all = triangle_and_loner();
        all.run_until_settled(500);
        let mut masked = triangle_and_loner();
        let before = masked.positions()[3];
        masked.set_active(&[true, true, true, false]);
        masked.run_until_settled(500);
        assert_eq!(masked.positions()[3], before, "the inactive node stayed");
        // Without the loner's push the triangle settles elsewhere.
        assert_ne!(masked.positions()[0], all.positions()[0]);
        assert!(masked.positions().iter().all(|p| is_sane_position(*p)));
        // A pinned node is not moved by `place`, an unpinned one is.
        masked.set_position(0, [1.0, 1.0], true);
        masked.place(0, [50.0, 50.0]);
        masked.place(1, [60.0, 60.0]);
        assert_eq!(masked.positions()[0], [1.0, 1.0]);
        assert_eq!(masked.positions()[1], [60.0, 60.0]);
    }
}
