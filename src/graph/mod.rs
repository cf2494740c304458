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

/// The longest passage, in bytes: a longer range is cut there (a sentence is at most
/// 1,500 bytes; only a passage given by hand could be longer, and those are refused).
pub const MAX_PASSAGE_BYTES: u32 = u16::MAX as u32;

/// A sentence that supports a relation, with where each endpoint is named in it.
///
/// 32 bytes: a corpus holds hundreds of thousands, so the sentence's length and the
/// names' places in it are kept as 16-bit offsets from its start (read them with
/// [`Passage::end`], [`Passage::source_span`] and [`Passage::target_span`]). Passages
/// order by document, start, end, the source's then the target's place, then the rest.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Passage {
    /// The document.
    pub doc: DocId,
    /// Byte offset of the sentence in the document file. The end and both names'
    /// places are kept from it: moving it moves them (build a new passage instead).
    pub start: u32,
    /// The sentence's length in bytes.
    len: u16,
    /// Where the source and then the target are named: start and end of each, in bytes
    /// from `start`.
    spans: [u16; 4],
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
    /// The sentence `sentence` (file offsets) of `doc`, naming the relation's source at
    /// `source` and its target at `target` (file offsets inside the sentence), with
    /// `label`; stated by no rule, certain and with no features until those are set.
    /// A sentence longer than [`MAX_PASSAGE_BYTES`] is cut there, and a span past the
    /// cut is moved to it. A span outside the sentence is a bug (checked in debug
    /// builds), moved to the sentence's nearest edge in release ones.
    pub fn new(
        doc: DocId,
        sentence: std::ops::Range<u32>,
        source: (u32, u32),
        target: (u32, u32),
        label: Label,
    ) -> Self {
        let start = sentence.start;
        debug_assert!(
            [source, target]
                .iter()
                .all(|&(a, b)| start <= a && a <= b && b <= sentence.end),
            "a name outside its passage: {sentence:?} {source:?} {target:?}"
        );
        let len = sentence.end.saturating_sub(start).min(MAX_PASSAGE_BYTES);
        let offset = |at: u32| at.saturating_sub(start).min(len) as u16;
        Self {
            doc,
            start,
            len: len as u16,
            spans: [
                offset(source.0),
                offset(source.1),
                offset(target.0),
                offset(target.1),
            ],
            label,
            rule: None,
            confidence: Confidence::CERTAIN,
            features: Features::default(),
        }
    }

    /// End byte offset of the sentence (exclusive).
    pub fn end(&self) -> u32 {
        self.start + u32::from(self.len)
    }

    /// The sentence's byte range in its document's text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end() as usize
    }

    /// Where the relation's `source` is named (file offsets).
    pub fn source_span(&self) -> (u32, u32) {
        (self.at(0), self.at(1))
    }

    /// Where the relation's `target` is named (file offsets).
    pub fn target_span(&self) -> (u32, u32) {
        (self.at(2), self.at(3))
    }

    fn at(&self, k: usize) -> u32 {
        self.start + u32::from(self.spans[k])
    }

    /// Swaps the source's and the target's places (when the relation's ends swap).
    pub fn swap_ends(&mut self) {
        self.spans = [self.spans[2], self.spans[3], self.spans[0], self.spans[1]];
    }

    /// A rule stated the relation (the passage is not a mere co-mention).
    pub fn is_stated(&self) -> bool {
        self.rule.is_some()
    }
}

/// In file offsets, as before the passage was packed.
impl std::fmt::Debug for Passage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Passage")
            .field("doc", &self.doc)
            .field("start", &self.start)
            .field("end", &self.end())
            .field("source_span", &self.source_span())
            .field("target_span", &self.target_span())
            .field("label", &self.label)
            .field("rule", &self.rule)
            .field("confidence", &self.confidence)
            .field("features", &self.features)
            .finish()
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
                    p.swap_ends();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_is_32_bytes_and_gives_back_its_file_offsets() {
        assert_eq!(std::mem::size_of::<Passage>(), 32);
        let mut p = Passage::new(
            DocId(3),
            1_000..1_400,
            (1_010, 1_027),
            (1_300, 1_399),
            Label::new("met"),
        );
        assert_eq!((p.start, p.end(), p.range()), (1_000, 1_400, 1_000..1_400));
        assert_eq!(
            (p.source_span(), p.target_span()),
            ((1_010, 1_027), (1_300, 1_399))
        );
        p.swap_ends();
        assert_eq!(
            (p.source_span(), p.target_span()),
            ((1_300, 1_399), (1_010, 1_027))
        );
    }

    #[test]
    fn a_passage_longer_than_the_cap_is_cut_and_its_spans_stay_inside() {
        let end = 5 + MAX_PASSAGE_BYTES + 10;
        let p = Passage::new(DocId(0), 5..end, (5, 7), (end - 2, end), Label::new("met"));
        assert_eq!(p.end(), 5 + MAX_PASSAGE_BYTES);
        assert_eq!(p.source_span(), (5, 7));
        assert_eq!(p.target_span(), (p.end(), p.end()));
    }

    #[test]
    fn passages_order_as_by_their_file_offsets() {
        let at = |start: u32, end: u32, source: u32| {
            Passage::new(
                DocId(0),
                start..end,
                (source, source + 1),
                (end - 1, end),
                Label::new("met"),
            )
        };
        let mut v = [
            at(10, 30, 12),
            at(10, 20, 15),
            at(4, 40, 30),
            at(10, 20, 11),
        ];
        v.sort();
        let order: Vec<(u32, u32, u32)> = v
            .iter()
            .map(|p| (p.start, p.end(), p.source_span().0))
            .collect();
        assert_eq!(
            order,
            [(4, 40, 30), (10, 20, 11), (10, 20, 15), (10, 30, 12)]
        );
    }
}
