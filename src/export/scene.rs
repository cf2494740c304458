//! What an export shows: the entities and relations that pass the filters, with their
//! positions, sizes and colours. The CLI builds it headlessly; the viewer builds the
//! same thing from what is on screen, so every format draws from one description.

use crate::graph::{Entity, EntityId, EvidenceGraph, Relation, RelationId};
use crate::kind::Kind;
use crate::layout::{ForceLayout, ForceSettings};

/// Which part of the graph to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SceneFilter {
    /// Kinds kept (all when empty).
    pub kinds: Vec<Kind>,
    /// Relations with fewer passages are left out.
    pub min_weight: usize,
    /// Keep only this entity's neighbourhood, up to `depth` hops.
    pub focus: Option<(EntityId, usize)>,
}

impl Default for SceneFilter {
    fn default() -> Self {
        Self {
            kinds: Vec::new(),
            min_weight: 1,
            focus: None,
        }
    }
}

/// One node of a scene.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneNode {
    /// The entity.
    pub entity: EntityId,
    /// Position in layout units.
    pub x: f32,
    /// Position in layout units (y grows downwards, as on screen).
    pub y: f32,
    /// Radius in layout units.
    pub radius: f32,
    /// Drawn faintly (outside the selected neighbourhood in the viewer).
    pub is_dimmed: bool,
    /// Selected in the viewer: its label is always drawn.
    pub is_selected: bool,
    /// A community the viewer collapsed, drawn as this entity: how many members it
    /// stands for (0: the entity alone). Pictures name it "Name +N".
    pub members: u32,
}

impl SceneNode {
    /// The label a picture gives it: its name, and for a collapsed community how
    /// many others it holds.
    pub fn label(&self, graph: &EvidenceGraph) -> String {
        let name = graph.entity(self.entity).map_or("", |e| e.name.as_str());
        if self.members > 1 {
            format!("{name} +{}", self.members - 1)
        } else {
            name.to_string()
        }
    }
}

/// One edge of a scene.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneEdge {
    /// The relation.
    pub relation: RelationId,
    /// Drawn faintly.
    pub is_dimmed: bool,
    /// Touches the selection.
    pub is_highlighted: bool,
}

/// A filtered, laid-out view of the graph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// Visible nodes, in entity order.
    pub nodes: Vec<SceneNode>,
    /// Visible edges, in relation order.
    pub edges: Vec<SceneEdge>,
}

impl Scene {
    /// The smallest box `(min_x, min_y, max_x, max_y)` holding every node's disc, in
    /// layout units (a unit box for an empty scene).
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        let (min_x, min_y, max_x, max_y) = self.nodes.iter().fold(
            (
                f32::INFINITY,
                f32::INFINITY,
                f32::NEG_INFINITY,
                f32::NEG_INFINITY,
            ),
            |(a, b, c, d), n| {
                (
                    a.min(n.x - n.radius),
                    b.min(n.y - n.radius),
                    c.max(n.x + n.radius),
                    d.max(n.y + n.radius),
                )
            },
        );
        if min_x.is_finite() {
            (min_x, min_y, max_x, max_y)
        } else {
            (0.0, 0.0, 1.0, 1.0)
        }
    }

    /// Each node with its entity (nodes whose entity is not in `graph` are skipped).
    pub fn nodes_with<'s, 'g>(
        &'s self,
        graph: &'g EvidenceGraph,
    ) -> impl Iterator<Item = (&'s SceneNode, &'g Entity)> {
        self.nodes
            .iter()
            .filter_map(move |n| graph.entity(n.entity).map(|e| (n, e)))
    }

    /// Each edge's position in `edges`, its relation and both endpoint entities
    /// (edges `graph` cannot resolve are skipped; positions stay stable).
    pub fn edges_with<'s, 'g>(
        &'s self,
        graph: &'g EvidenceGraph,
    ) -> impl Iterator<Item = (usize, &'g Relation, &'g Entity, &'g Entity)> + use<'s, 'g> {
        self.edges.iter().enumerate().filter_map(move |(i, edge)| {
            let r = graph.relation(edge.relation)?;
            Some((i, r, graph.entity(r.source)?, graph.entity(r.target)?))
        })
    }
}

/// Edge width from evidence count, the viewer's rule.
pub fn edge_width(weight: usize) -> f32 {
    0.8 + (weight as f32).sqrt() * 0.9
}

/// Node radius from degree, the same rule as the viewer's default.
pub fn node_radius(degree: usize) -> f32 {
    5.0 + 3.0 * (degree as f32).sqrt()
}

/// The colour of a kind as `#rrggbb` (the viewer's palette).
pub fn kind_hex(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "#4ea8de",
        Kind::Agency => "#f28e2b",
        Kind::Cartel => "#e15759",
        Kind::Agreement => "#59a14f",
        Kind::Country => "#edc948",
        Kind::Organization => "#b07aa1",
    }
}

/// The colour of a kind as RGB bytes.
pub fn kind_rgb(kind: Kind) -> [u8; 3] {
    let hex = kind_hex(kind);
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
    [byte(1), byte(3), byte(5)]
}

impl Scene {
    /// Filters the graph and lays it out headlessly to convergence with a fixed seed,
    /// so the same input always gives the same scene.
    pub fn build(graph: &EvidenceGraph, filter: &SceneFilter) -> Self {
        let kind_ok = |id: EntityId| {
            graph
                .entity(id)
                .is_some_and(|e| filter.kinds.is_empty() || filter.kinds.contains(&e.kind))
        };
        let edge_ok = |r: &crate::graph::Relation| {
            (r.is_by_hand() || r.weight() >= filter.min_weight)
                && kind_ok(r.source)
                && kind_ok(r.target)
        };
        let mut keep: Vec<bool> = graph.entity_ids().map(kind_ok).collect();
        if let Some((centre, depth)) = filter.focus {
            let reached = graph.neighbourhood(centre, depth, edge_ok);
            for (k, r) in keep.iter_mut().zip(reached) {
                *k &= r;
            }
        }
        let edges: Vec<RelationId> = graph
            .relation_ids()
            .filter(|rid| {
                graph
                    .relation(*rid)
                    .is_some_and(|r| edge_ok(r) && keep[r.source.index()] && keep[r.target.index()])
            })
            .collect();
        let ids: Vec<EntityId> = graph.entity_ids().filter(|id| keep[id.index()]).collect();
        let mut index_of = vec![usize::MAX; graph.entity_count()];
        for (i, id) in ids.iter().enumerate() {
            index_of[id.index()] = i;
        }
        let layout_edges: Vec<(usize, usize, f32)> = edges
            .iter()
            .filter_map(|rid| graph.relation(*rid))
            .map(|r| {
                (
                    index_of[r.source.index()],
                    index_of[r.target.index()],
                    r.weight() as f32,
                )
            })
            .collect();
        let mut layout = ForceLayout::new(ids.len(), &layout_edges, 42, ForceSettings::default());
        layout.run_until_settled(5000);
        let mut degree = vec![0usize; ids.len()];
        for &(a, b, _) in &layout_edges {
            degree[a] += 1;
            degree[b] += 1;
        }
        Self::plain(
            ids.iter()
                .zip(layout.positions())
                .zip(&degree)
                .map(|((id, p), d)| (*id, *p, *d)),
            edges,
        )
    }

    /// A scene with nothing dimmed or selected: each node from its entity, position and
    /// degree (which sizes it), and the relations drawn.
    pub fn plain(
        nodes: impl IntoIterator<Item = (EntityId, [f32; 2], usize)>,
        edges: impl IntoIterator<Item = RelationId>,
    ) -> Self {
        let nodes = nodes
            .into_iter()
            .map(|(entity, p, degree)| SceneNode {
                entity,
                x: p[0],
                y: p[1],
                radius: node_radius(degree),
                is_dimmed: false,
                is_selected: false,
                members: 0,
            })
            .collect();
        let edges = edges
            .into_iter()
            .map(|relation| SceneEdge {
                relation,
                is_dimmed: false,
                is_highlighted: false,
            })
            .collect();
        Self { nodes, edges }
    }

    /// The scene's node for an entity, if visible.
    pub fn node(&self, id: EntityId) -> Option<&SceneNode> {
        self.nodes
            .binary_search_by_key(&id, |n| n.entity)
            .ok()
            .map(|i| &self.nodes[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::corpus::Corpus;

    fn graph() -> EvidenceGraph {
        let corpus = Corpus::from_texts([(
            "a.txt",
            "Trump met Sheinbaum in Mexico City. The DEA arrested Ovidio Guzmán. Sheinbaum praised the DEA.",
        )]);
        crate::extract::extract(&corpus, &Catalog::builtin().unwrap()).graph
    }

    #[test]
    fn same_input_same_scene() {
        let g = graph();
        assert_eq!(
            Scene::build(&g, &SceneFilter::default()),
            Scene::build(&g, &SceneFilter::default())
        );
    }

    #[test]
    fn kind_filter_and_focus_shrink_the_scene() {
        let g = graph();
        let all = Scene::build(&g, &SceneFilter::default());
        let people = Scene::build(
            &g,
            &SceneFilter {
                kinds: vec![Kind::Person],
                ..Default::default()
            },
        );
        assert!(people.nodes.len() < all.nodes.len());
        assert!(people
            .nodes
            .iter()
            .all(|n| g.entity(n.entity).unwrap().kind == Kind::Person));
        let trump = g.entity_by_key("donald-trump").unwrap();
        let focus = Scene::build(
            &g,
            &SceneFilter {
                focus: Some((trump, 1)),
                ..Default::default()
            },
        );
        assert_eq!(focus.nodes.len(), 1 + g.degree(trump));
    }
}
