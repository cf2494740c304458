//! The evidence graph: entities, the relations between them, and for every relation the
//! passages that support it.
//!
//! A petgraph `Graph` holds the topology; entity and relation payloads live in vectors
//! indexed by the [`EntityId`] / [`RelationId`] newtypes, so ids stay stable whatever
//! the graph library does with its own indices. Everything is sorted: entities by id,
//! relations by endpoint ids, passages by document and offset.

use std::collections::HashMap;

use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;

use crate::corpus::DocId;
use crate::kind::Kind;

mod confidence;
mod label;
mod rule;
pub use confidence::{Confidence, Features};
pub use label::Label;
pub use rule::Rule;

/// The confidence an edge needs to be drawn, counted or written, unless the user
/// chooses another (the viewer's slider, `--min-confidence`).
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.5;

/// Index of an entity in [`EvidenceGraph::entities`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct EntityId(pub u32);

/// Index of a relation in [`EvidenceGraph::relations`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct RelationId(pub u32);

impl EntityId {
    /// Position in [`EvidenceGraph::entities`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl RelationId {
    /// Position in [`EvidenceGraph::relations`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A person, agency, cartel, agreement, country or organisation found in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable key: the catalog id, or a slug of the name for discovered entities.
    pub key: String,
    /// Display name.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// Other surface forms known for it.
    pub aliases: Vec<String>,
    /// One line from the catalog, if any.
    pub description: Option<String>,
    /// Found by the discovery rules rather than the catalog.
    pub is_discovered: bool,
    /// How many times it is mentioned in the corpus.
    pub mentions: u32,
    /// The documents that mention it, sorted.
    pub documents: Vec<DocId>,
}

/// One occurrence of an entity in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Byte offset in the document file.
    pub start: u32,
    /// End byte offset (exclusive).
    pub end: u32,
    /// The entity meant.
    pub entity: EntityId,
}

/// A sentence that supports a relation, with where each endpoint is named in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Passage {
    /// The document.
    pub doc: DocId,
    /// Byte offset of the sentence in the document file.
    pub start: u32,
    /// End byte offset of the sentence (exclusive).
    pub end: u32,
    /// Where the relation's `source` is named (file offsets).
    pub source_span: (u32, u32),
    /// Where the relation's `target` is named (file offsets).
    pub target_span: (u32, u32),
    /// The label this sentence gives the relation.
    pub label: Label,
    /// The rule that found it (provenance, printed by `nexo extract --explain`):
    /// the rules' verdict that the sentence states the relation. `None` when no rule
    /// did: the two are only named in one sentence.
    pub rule: Option<Rule>,
    /// How sure the engine is that the sentence relates the two.
    pub confidence: Confidence,
    /// What the confidence was computed from.
    pub features: Features,
}

impl Passage {
    /// A rule stated the relation (the passage is not a mere co-mention).
    pub fn is_stated(&self) -> bool {
        self.rule.is_some()
    }
}

/// An undirected relation between two entities with its evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// The endpoint with the smaller id.
    pub source: EntityId,
    /// The endpoint with the larger id.
    pub target: EntityId,
    /// Distinct labels, most frequent first.
    pub labels: Vec<Label>,
    /// Supporting passages, one per sentence, sorted by document and offset.
    pub passages: Vec<Passage>,
    /// What an analyst wrote about a relation they added by hand (a `relate` edit),
    /// which may have no passage; `None` for a relation extraction found.
    pub note: Option<String>,
}

impl Relation {
    /// Number of distinct supporting passages.
    pub fn weight(&self) -> usize {
        self.passages.len()
    }

    /// Added by an analyst: it is shown whatever the minimum of passages.
    pub fn is_by_hand(&self) -> bool {
        self.note.is_some()
    }

    /// How sure the engine is that the two are related: 1 − Π(1 − pᵢ) over the
    /// passages; certain for a relation added by hand.
    pub fn confidence(&self) -> Confidence {
        if self.is_by_hand() {
            return Confidence::CERTAIN;
        }
        Confidence::any_of(self.passages.iter().map(|p| p.confidence))
    }

    /// A rule stated it in at least one passage, or an analyst added it.
    pub fn is_stated(&self) -> bool {
        self.is_by_hand() || self.passages.iter().any(Passage::is_stated)
    }

    /// The other endpoint.
    pub fn other(&self, id: EntityId) -> EntityId {
        if self.source == id {
            self.target
        } else {
            self.source
        }
    }
}

/// Distinct labels of `passages`, those a rule stated first, then most frequent first
/// (ties in label order): a relation's `labels`. Most relations have a label or two,
/// so a short list beats a map.
pub fn labels_by_frequency(passages: &[Passage]) -> Vec<Label> {
    let mut freq: Vec<(Label, bool, usize)> = Vec::new();
    for p in passages {
        match freq.iter_mut().find(|(l, _, _)| *l == p.label) {
            Some((_, stated, n)) => {
                *n += 1;
                *stated |= p.is_stated();
            }
            None => freq.push((p.label, p.is_stated(), 1)),
        }
    }
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    // From a slice, so the list is allocated at its length (collecting `freq` itself in
    // place would keep its four-times-wider buffer).
    freq.iter().map(|&(l, _, _)| l).collect()
}

/// The network of entities and evidence-backed relations.
#[derive(Debug, Clone, Default)]
pub struct EvidenceGraph {
    graph: UnGraph<EntityId, RelationId>,
    entities: Vec<Entity>,
    relations: Vec<Relation>,
    by_key: HashMap<String, EntityId>,
    mentions: Vec<Vec<Mention>>,
}

impl EvidenceGraph {
    /// Builds the graph. `entities` must be sorted by key; `relations` must hold one
    /// relation per pair of entities (in either order), and are sorted here, with the
    /// passages within each relation. `mentions` holds one sorted list per document.
    pub fn new(
        entities: Vec<Entity>,
        mut relations: Vec<Relation>,
        mentions: Vec<Vec<Mention>>,
    ) -> Self {
        let mut graph = UnGraph::with_capacity(entities.len(), relations.len());
        let mut by_key = HashMap::with_capacity(entities.len());
        for (i, e) in entities.iter().enumerate() {
            let id = EntityId(u32::try_from(i).unwrap_or(u32::MAX));
            graph.add_node(id);
            by_key.insert(e.key.clone(), id);
        }
        // One relation at a time and independent of the others: in parallel.
        relations.par_iter_mut().for_each(|r| {
            if r.source > r.target {
                std::mem::swap(&mut r.source, &mut r.target);
                for p in &mut r.passages {
                    std::mem::swap(&mut p.source_span, &mut p.target_span);
                }
            }
            r.passages.sort();
            r.passages
                .dedup_by(|a, b| a.doc == b.doc && a.start == b.start);
        });
        // Each pair is one relation, so the keys are unique: an unstable sort gives the
        // same order, in place (a stable one would allocate a copy of the list).
        relations.par_sort_unstable_by_key(|r| (r.source, r.target));
        debug_assert!(
            relations
                .windows(2)
                .all(|w| (w[0].source, w[0].target) != (w[1].source, w[1].target)),
            "two relations for one pair of entities"
        );
        for (i, r) in relations.iter().enumerate() {
            let id = RelationId(u32::try_from(i).unwrap_or(u32::MAX));
            graph.add_edge(
                NodeIndex::new(r.source.index()),
                NodeIndex::new(r.target.index()),
                id,
            );
        }
        Self {
            graph,
            entities,
            relations,
            by_key,
            mentions,
        }
    }

    /// The graph with only the relations whose confidence reaches `min` (and those
    /// added by hand); every entity stays, connected or not. Entity ids are the same.
    pub fn at_confidence(&self, min: f64) -> Self {
        self.clone().into_confident(min)
    }

    /// [`EvidenceGraph::at_confidence`], taking the graph (no copy of its entities and
    /// mentions).
    pub fn into_confident(self, min: f64) -> Self {
        if min <= 0.0 {
            return self;
        }
        let (entities, mut relations, mentions) = self.into_parts();
        relations.retain(|r| r.is_by_hand() || r.confidence().reaches(min));
        Self::new(entities, relations, mentions)
    }

    /// Takes the graph apart: entities, relations and each document's mentions, as
    /// [`EvidenceGraph::new`] takes them.
    pub fn into_parts(self) -> (Vec<Entity>, Vec<Relation>, Vec<Vec<Mention>>) {
        (self.entities, self.relations, self.mentions)
    }

    /// All entities, sorted by key.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// All relations, sorted by endpoints.
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }

    /// Number of entities.
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Number of relations.
    pub fn relation_count(&self) -> usize {
        self.relations.len()
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.index())
    }

    /// The relation with this id.
    pub fn relation(&self, id: RelationId) -> Option<&Relation> {
        self.relations.get(id.index())
    }

    /// Looks an entity up by its key (catalog id or discovered slug).
    pub fn entity_by_key(&self, key: &str) -> Option<EntityId> {
        self.by_key.get(key).copied()
    }

    /// Ids of all entities, in order.
    pub fn entity_ids(&self) -> impl Iterator<Item = EntityId> + '_ {
        (0..self.entities.len()).map(|i| EntityId(i as u32))
    }

    /// Ids of all relations, in order.
    pub fn relation_ids(&self) -> impl Iterator<Item = RelationId> + '_ {
        (0..self.relations.len()).map(|i| RelationId(i as u32))
    }

    /// Relations touching `id`, heaviest first (ties by relation id).
    pub fn relations_of(&self, id: EntityId) -> Vec<RelationId> {
        let mut out: Vec<RelationId> = self
            .graph
            .edges(NodeIndex::new(id.index()))
            .map(|e| *e.weight())
            .collect();
        out.sort_by_key(|r| (std::cmp::Reverse(self.relations[r.index()].weight()), *r));
        out
    }

    /// Entities within `depth` hops of `centre`, walking only relations that pass
    /// `is_walkable`, as a flag per entity id (the centre included).
    ///
    /// # Complexity
    /// O(n + m) for n entities and m relations.
    pub fn neighbourhood(
        &self,
        centre: EntityId,
        depth: usize,
        is_walkable: impl Fn(&Relation) -> bool,
    ) -> Vec<bool> {
        let mut reached = vec![false; self.entities.len()];
        let Some(flag) = reached.get_mut(centre.index()) else {
            return reached;
        };
        *flag = true;
        let mut frontier = vec![centre];
        for _ in 0..depth {
            if frontier.is_empty() {
                break;
            }
            let mut next = Vec::new();
            for id in frontier {
                for rid in self.relations_of(id) {
                    let r = &self.relations[rid.index()];
                    let other = r.other(id);
                    if is_walkable(r) && !reached[other.index()] {
                        reached[other.index()] = true;
                        next.push(other);
                    }
                }
            }
            frontier = next;
        }
        reached
    }

    /// Number of distinct neighbours.
    pub fn degree(&self, id: EntityId) -> usize {
        self.graph.edges(NodeIndex::new(id.index())).count()
    }

    /// The relation between two entities, if any.
    pub fn relation_between(&self, a: EntityId, b: EntityId) -> Option<RelationId> {
        self.graph
            .find_edge(NodeIndex::new(a.index()), NodeIndex::new(b.index()))
            .and_then(|e| self.graph.edge_weight(e).copied())
    }

    /// Mentions in one document, sorted by offset.
    pub fn mentions_in(&self, doc: DocId) -> &[Mention] {
        self.mentions.get(doc.index()).map_or(&[], Vec::as_slice)
    }

    /// Every document's mentions, by document id.
    pub fn mention_lists(&self) -> &[Vec<Mention>] {
        &self.mentions
    }

    /// The petgraph view, for algorithms.
    pub fn petgraph(&self) -> &UnGraph<EntityId, RelationId> {
        &self.graph
    }
}
