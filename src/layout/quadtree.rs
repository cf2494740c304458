//! A Barnes–Hut quadtree: far groups of nodes act as one mass at their centre, which
//! turns all-pairs repulsion (O(n²)) into O(n log n) per step.

/// One cell of the tree.
#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Centre of mass.
    cx: f32,
    cy: f32,
    /// Total mass.
    mass: f32,
    /// Square bounds: centre and half side.
    bx: f32,
    by: f32,
    half: f32,
    /// First child index (four consecutive cells), 0 when a leaf.
    children: u32,
    /// The single body in a leaf, or `u32::MAX`.
    body: u32,
}

/// The tree over a set of weighted points.
#[derive(Debug, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
}

const MAX_DEPTH: u32 = 24;

impl QuadTree {
    /// Builds the tree over `positions` with `masses`.
    pub fn build(positions: &[[f32; 2]], masses: &[f32]) -> Self {
        let mut tree = Self {
            cells: Vec::with_capacity(positions.len() * 2 + 1),
        };
        if positions.is_empty() {
            return tree;
        }
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (
            f32::INFINITY,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NEG_INFINITY,
        );
        for p in positions {
            min_x = min_x.min(p[0]);
            min_y = min_y.min(p[1]);
            max_x = max_x.max(p[0]);
            max_y = max_y.max(p[1]);
        }
        let half = ((max_x - min_x).max(max_y - min_y) / 2.0).max(1e-3) * 1.0001;
        tree.cells.push(Cell {
            cx: 0.0,
            cy: 0.0,
            mass: 0.0,
            bx: (min_x + max_x) / 2.0,
            by: (min_y + max_y) / 2.0,
            half,
            children: 0,
            body: u32::MAX,
        });
        // A body without mass (a node the layout leaves out) pushes nothing: it is
        // not in the tree (its 0/0 centre of mass would poison the cells it enters).
        for (i, p) in positions.iter().enumerate() {
            if masses[i] > 0.0 {
                tree.insert(0, i as u32, *p, masses[i], positions, 0);
            }
        }
        tree
    }

    fn quadrant(cell: &Cell, p: [f32; 2]) -> u32 {
        u32::from(p[0] >= cell.bx) + 2 * u32::from(p[1] >= cell.by)
    }

    fn split(&mut self, at: usize) {
        let c = self.cells[at];
        let h = c.half / 2.0;
        let first = self.cells.len() as u32;
        for q in 0..4u32 {
            let bx = c.bx + if q & 1 == 1 { h } else { -h };
            let by = c.by + if q & 2 == 2 { h } else { -h };
            self.cells.push(Cell {
                cx: 0.0,
                cy: 0.0,
                mass: 0.0,
                bx,
                by,
                half: h,
                children: 0,
                body: u32::MAX,
            });
        }
        self.cells[at].children = first;
    }

    fn insert(
        &mut self,
        at: usize,
        body: u32,
        p: [f32; 2],
        mass: f32,
        positions: &[[f32; 2]],
        depth: u32,
    ) {
        // Update the centre of mass on the way down.
        let c = &mut self.cells[at];
        let total = c.mass + mass;
        c.cx = (c.cx * c.mass + p[0] * mass) / total;
        c.cy = (c.cy * c.mass + p[1] * mass) / total;
        c.mass = total;
        if c.children == 0 {
            if c.body == u32::MAX && c.mass == mass {
                c.body = body;
                return;
            }
            if depth >= MAX_DEPTH {
                // Coincident points: keep them lumped in this leaf.
                return;
            }
            let previous = c.body;
            self.cells[at].body = u32::MAX;
            self.split(at);
            if previous != u32::MAX {
                let pp = positions[previous as usize];
                let prev_mass = self.cells[at].mass - mass;
                let q = Self::quadrant(&self.cells[at], pp);
                let child = (self.cells[at].children + q) as usize;
                self.insert(child, previous, pp, prev_mass, positions, depth + 1);
            }
        }
        let q = Self::quadrant(&self.cells[at], p);
        let child = (self.cells[at].children + q) as usize;
        self.insert(child, body, p, mass, positions, depth + 1);
    }

    /// Calls `apply(dx, dy, mass)` for every body or far cell acting on point `p`
    /// (excluding `body` itself), where (dx, dy) points from the source to `p`.
    pub fn for_each_source(
        &self,
        body: u32,
        p: [f32; 2],
        theta: f32,
        mut apply: impl FnMut(f32, f32, f32),
    ) {
        if self.cells.is_empty() {
            return;
        }
        // Depth-first: at most 3 waiting siblings per level below the root, and the
        // tree is at most MAX_DEPTH deep, so a fixed array holds the stack (no
        // allocation per node and step).
        let mut stack = [0u32; 4 + 3 * MAX_DEPTH as usize];
        let mut len = 1;
        while len > 0 {
            len -= 1;
            let at = stack[len];
            let c = &self.cells[at as usize];
            if c.mass == 0.0 {
                continue;
            }
            let dx = p[0] - c.cx;
            let dy = p[1] - c.cy;
            let d2 = dx * dx + dy * dy;
            if c.children == 0 {
                if c.body != body {
                    apply(dx, dy, c.mass);
                }
                continue;
            }
            let size = c.half * 2.0;
            if size * size < theta * theta * d2 {
                apply(dx, dy, c.mass);
            } else {
                for q in 0..4 {
                    stack[len] = c.children + q;
                    len += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn far_field_approximates_the_exact_sum() {
        let positions: Vec<[f32; 2]> = (0..200)
            .map(|i| [(i % 20) as f32 * 3.0, (i / 20) as f32 * 3.0])
            .collect();
        let masses = vec![1.0; positions.len()];
        let tree = QuadTree::build(&positions, &masses);
        let probe = [200.0, 200.0];
        let mut approx = 0.0;
        tree.for_each_source(u32::MAX, probe, 0.8, |dx, dy, m| {
            approx += m / (dx * dx + dy * dy).sqrt()
        });
        let exact: f32 = positions
            .iter()
            .map(|p| 1.0 / ((probe[0] - p[0]).powi(2) + (probe[1] - p[1]).powi(2)).sqrt())
            .sum();
        assert!((approx - exact).abs() / exact < 0.02, "{approx} vs {exact}");
        let mut total = 0.0;
        tree.for_each_source(u32::MAX, probe, 0.0, |_, _, m| total += m);
        assert_eq!(total, 200.0, "θ = 0 visits every body");
    }
}
