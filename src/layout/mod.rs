//! Force-directed layout, pure Rust (no egui): the viewer steps it a little every frame,
//! exports run it to convergence headlessly. Seeded and deterministic.
//!
//! The model is ForceAtlas2's (Jacomy et al., 2014) in its simple form: degree-scaled
//! repulsion `k_r (deg_a+1)(deg_b+1) / d`, linear attraction along edges weighted by
//! evidence, and gravity towards the centre, integrated with a cooling step size so it
//! settles and stops. Repulsion is all-pairs here (fine for the few hundred nodes of a
//! reading corpus); Barnes–Hut belongs to the scale issue.

/// A 2-D point in layout units.
pub type Point = [f32; 2];

/// Tunable forces.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ForceSettings {
    /// Repulsion strength.
    pub repulsion: f32,
    /// Gravity towards the origin.
    pub gravity: f32,
    /// Initial step size, in layout units.
    pub initial_step: f32,
    /// Step-size multiplier per iteration (< 1 cools the system).
    pub cooling: f32,
    /// The layout has settled when the mean displacement falls below this.
    pub settle_threshold: f32,
}

impl Default for ForceSettings {
    fn default() -> Self {
        Self {
            repulsion: 60.0,
            gravity: 0.02,
            initial_step: 40.0,
            cooling: 0.985,
            settle_threshold: 0.05,
        }
    }
}

/// A running force-directed layout.
#[derive(Debug, Clone)]
pub struct ForceLayout {
    positions: Vec<Point>,
    is_pinned: Vec<bool>,
    degree: Vec<f32>,
    edges: Vec<(usize, usize, f32)>,
    settings: ForceSettings,
    step_size: f32,
    steps: u32,
    last_displacement: f32,
}

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
            degree,
            edges,
            settings,
            step_size: settings.initial_step,
            steps: 0,
            last_displacement: f32::INFINITY,
        }
    }

    /// Current positions, indexed like the nodes.
    pub fn positions(&self) -> &[Point] {
        &self.positions
    }

    /// Moves a node and pins it there (a user dragged it), or unpins it.
    pub fn set_position(&mut self, node: usize, at: Point, is_pinned: bool) {
        if let Some(p) = self.positions.get_mut(node) {
            *p = at;
            self.is_pinned[node] = is_pinned;
        }
    }

    /// Restores positions saved earlier (same node order); missing entries keep theirs.
    pub fn restore(&mut self, saved: &[Option<Point>]) {
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
        self.last_displacement < self.settings.settle_threshold || self.step_size < 0.01
    }

    /// Warms the layout up again so it can move after a change.
    pub fn reheat(&mut self) {
        self.step_size = self.settings.initial_step * 0.5;
        self.last_displacement = f32::INFINITY;
    }

    /// Starts from a low temperature: for positions restored from a save, which only
    /// need polishing.
    pub fn cool_down(&mut self) {
        self.step_size = self.settings.initial_step * 0.05;
    }

    /// Stops the layout where it is (a restored view must not move).
    pub fn freeze(&mut self) {
        self.step_size = 0.0;
        self.last_displacement = 0.0;
    }

    /// One iteration; returns the mean displacement of unpinned nodes.
    ///
    /// # Complexity
    /// O(n² + m) for n nodes and m edges.
    pub fn step(&mut self) -> f32 {
        let n = self.positions.len();
        if n == 0 {
            self.last_displacement = 0.0;
            return 0.0;
        }
        let s = self.settings;
        let mut force = vec![[0.0f32; 2]; n];
        for a in 0..n {
            for b in a + 1..n {
                let dx = self.positions[a][0] - self.positions[b][0];
                let dy = self.positions[a][1] - self.positions[b][1];
                let d2 = (dx * dx + dy * dy).max(0.01);
                let f = s.repulsion * (self.degree[a] + 1.0) * (self.degree[b] + 1.0) / d2;
                force[a][0] += dx * f;
                force[a][1] += dy * f;
                force[b][0] -= dx * f;
                force[b][1] -= dy * f;
            }
        }
        for &(a, b, w) in &self.edges {
            let dx = self.positions[b][0] - self.positions[a][0];
            let dy = self.positions[b][1] - self.positions[a][1];
            let f = 0.05 * (1.0 + w.ln_1p());
            force[a][0] += dx * f;
            force[a][1] += dy * f;
            force[b][0] -= dx * f;
            force[b][1] -= dy * f;
        }
        let mut total = 0.0;
        let mut moving = 0;
        for (i, f) in force.iter().enumerate() {
            if self.is_pinned[i] {
                continue;
            }
            let p = self.positions[i];
            // Isolated nodes feel no edge pulling them in: a stronger gravity keeps them
            // in a ring close to the network instead of at the edge of the screen.
            let isolation = if self.degree[i] == 0.0 { 12.0 } else { 1.0 };
            let g = s.gravity * (self.degree[i] + 1.0) * isolation;
            let fx = f[0] - p[0] * g;
            let fy = f[1] - p[1] * g;
            let len = (fx * fx + fy * fy).sqrt();
            if len > 0.0 {
                let d = len.min(self.step_size);
                self.positions[i][0] += fx / len * d;
                self.positions[i][1] += fy / len * d;
                total += d;
            }
            moving += 1;
        }
        self.step_size *= s.cooling;
        self.steps += 1;
        self.last_displacement = if moving == 0 {
            0.0
        } else {
            total / moving as f32
        };
        self.last_displacement
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
    fn pinned_nodes_stay_put() {
        let mut l = triangle_and_loner();
        l.set_position(3, [100.0, 100.0], true);
        l.run_until_settled(500);
        assert_eq!(l.positions()[3], [100.0, 100.0]);
    }
}
