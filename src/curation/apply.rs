//! Applying edits to an extracted graph.

use super::{Curation, Edit, Stale};
use crate::corpus::Corpus;
use crate::graph::{Entity, EntityId, EvidenceGraph, Mention, Relation};

/// The graph as edits change it. Entities keep their original ids (`None` once merged
/// away or hidden); a merge only records where an id went (`merged_into`, resolved by
/// [`Work::resolve`]) and moves the relation list, so an edit costs what its entities
/// hold, not the size of the graph. Relations and mentions are remapped once, at the
/// end.
struct Work {
    entities: Vec<Option<Entity>>,
    /// Where a merged entity went (itself if it was not merged).
    merged_into: Vec<EntityId>,
    /// Each relation, and whether an edit changed its passages (its labels are then
    /// recounted; the others keep extraction's).
    relations: Vec<(Relation, bool)>,
    /// The relations of each live entity, by index into `relations`.
    relations_of: Vec<Vec<usize>>,
    mentions: Vec<Vec<Mention>>,
    /// Live entities by key.
    by_key: std::collections::HashMap<String, EntityId>,
}

impl Work {
    /// The live entity called `key`.
    fn find(&self, key: &str) -> std::result::Result<EntityId, String> {
        self.by_key
            .get(key)
            .copied()
            .ok_or_else(|| format!("no entity `{key}`"))
    }

    /// The entity `id` is now (after merges), with the path shortened.
    fn resolve(&mut self, id: EntityId) -> EntityId {
        let mut root = id;
        while self.merged_into[root.index()] != root {
            root = self.merged_into[root.index()];
        }
        let mut at = id;
        while self.merged_into[at.index()] != root {
            let next = self.merged_into[at.index()];
            self.merged_into[at.index()] = root;
            at = next;
        }
        root
    }

    fn merge(&mut self, into: &str, from: &[String]) -> std::result::Result<(), String> {
        let keep = self.find(into)?;
        let gone: Vec<EntityId> = from
            .iter()
            .map(|k| self.find(k))
            .collect::<std::result::Result<_, _>>()?;
        for g in gone.into_iter().filter(|&g| g != keep) {
            let Some(old) = self.entities[g.index()].take() else {
                continue;
            };
            self.by_key.remove(&old.key);
            self.merged_into[g.index()] = keep;
            let moved = std::mem::take(&mut self.relations_of[g.index()]);
            self.relations_of[keep.index()].extend(moved);
            let Some(kept) = self.entities[keep.index()].as_mut() else {
                continue;
            };
            for alias in std::iter::once(old.name).chain(old.aliases) {
                if alias != kept.name && !kept.aliases.contains(&alias) {
                    kept.aliases.push(alias);
                }
            }
            kept.mentions += old.mentions;
            kept.documents.extend(old.documents);
            kept.documents.sort_unstable();
            kept.documents.dedup();
            kept.description = kept.description.take().or(old.description);
        }
        Ok(())
    }

    /// Splits `alias` off `key` into an entity of its own.
    fn split(
        &mut self,
        corpus: &Corpus,
        key: &str,
        alias: &str,
    ) -> std::result::Result<(), String> {
        let id = self.find(key)?;
        let new_key = crate::extract::slug(alias);
        let Some(old) = self.entities[id.index()].as_mut() else {
            return Err(format!("no entity `{key}`"));
        };
        let Some(at) = old.aliases.iter().position(|a| a == alias) else {
            return Err(format!("`{key}` has no alias {alias:?}"));
        };
        if new_key.is_empty() || self.by_key.contains_key(&new_key) {
            return Err(format!(
                "an entity `{new_key}` exists already (merge instead)"
            ));
        }
        old.aliases.remove(at);
        let kind = old.kind;
        let docs = old.documents.clone();
        let new = EntityId(self.entities.len() as u32);
        let is_alias = |doc: crate::corpus::DocId, (s, e): (u32, u32)| {
            corpus
                .document(doc)
                .and_then(|d| d.text.get(s as usize..e as usize))
                .is_some_and(|t| crate::extract::slug(t) == new_key)
        };
        // Mentions written the alias's way.
        let (mut moved, mut new_docs, mut old_docs) = (0, Vec::new(), Vec::new());
        for &doc in &docs {
            let (mut here_new, mut here_old) = (false, false);
            for k in 0..self.mentions.get(doc.index()).map_or(0, Vec::len) {
                let m = self.mentions[doc.index()][k];
                if self.resolve(m.entity) != id {
                    continue;
                }
                if is_alias(doc, (m.start, m.end)) {
                    self.mentions[doc.index()][k].entity = new;
                    moved += 1;
                    here_new = true;
                } else {
                    here_old = true;
                }
            }
            if here_new {
                new_docs.push(doc);
            }
            if here_old {
                old_docs.push(doc);
            }
        }
        // Passages that name the entity the alias's way, as relations of the new one.
        let mut relations_of_new = Vec::new();
        for k in 0..self.relations_of[id.index()].len() {
            let ri = self.relations_of[id.index()][k];
            let (s, t) = (self.relations[ri].0.source, self.relations[ri].0.target);
            let is_source = self.resolve(s) == id;
            let other = if is_source { t } else { self.resolve(s) };
            if !is_source && self.resolve(t) != id {
                continue;
            }
            let (r, touched) = &mut self.relations[ri];
            let (taken, kept): (Vec<_>, Vec<_>) =
                std::mem::take(&mut r.passages).into_iter().partition(|p| {
                    let span = if is_source {
                        p.source_span()
                    } else {
                        p.target_span()
                    };
                    is_alias(p.doc, span)
                });
            r.passages = kept;
            if taken.is_empty() {
                continue;
            }
            *touched = true;
            let mut passages = taken;
            if !is_source {
                for p in &mut passages {
                    p.swap_ends();
                }
            }
            let other = self.resolve(other);
            self.relations.push((
                Relation {
                    source: new,
                    target: other,
                    labels: Vec::new(),
                    passages,
                    note: None,
                },
                true,
            ));
            let index = self.relations.len() - 1;
            relations_of_new.push(index);
            self.relations_of[other.index()].push(index);
        }
        if let Some(old) = self.entities[id.index()].as_mut() {
            old.mentions = old.mentions.saturating_sub(moved);
            old.documents = old_docs;
        }
        self.entities.push(Some(Entity {
            key: new_key.clone(),
            name: alias.to_string(),
            kind,
            aliases: Vec::new(),
            description: None,
            is_discovered: false,
            mentions: moved,
            documents: new_docs,
        }));
        self.merged_into.push(new);
        self.relations_of.push(relations_of_new);
        self.by_key.insert(new_key, new);
        Ok(())
    }

    /// Adds a relation by hand, with the passage at `doc`, `start..end` if given.
    fn relate(
        &mut self,
        corpus: &Corpus,
        (a, b): (&str, &str),
        (label, note): (&str, &str),
        passage: Option<(&str, Option<u32>, Option<u32>)>,
    ) -> std::result::Result<(), String> {
        let (a, b) = (self.find(a)?, self.find(b)?);
        if a == b {
            return Err("an entity is not related to itself".into());
        }
        let label = crate::graph::Label::new(label.trim());
        let passages = match passage {
            None => Vec::new(),
            Some((doc, start, end)) => {
                let id = corpus.doc_id(doc).ok_or("no such document")?;
                let (Some(start), Some(end)) = (start, end) else {
                    return Err("a passage needs its start and end".into());
                };
                let text = corpus.document(id).map_or("", |d| d.text.as_str());
                if start >= end || text.get(start as usize..end as usize).is_none() {
                    return Err("no such passage".into());
                }
                if end - start > crate::graph::MAX_PASSAGE_BYTES {
                    return Err(format!(
                        "a passage is at most {} bytes",
                        crate::graph::MAX_PASSAGE_BYTES
                    ));
                }
                // Each end's first mention inside the passage, if it has one there.
                let span = |this: &mut Self, who: EntityId| {
                    let mentions = this.mentions.get(id.index()).cloned().unwrap_or_default();
                    mentions
                        .iter()
                        .find(|m| m.start >= start && m.end <= end && this.resolve(m.entity) == who)
                        .map_or((start, start), |m| (m.start, m.end))
                };
                let (source_span, target_span) = (span(self, a), span(self, b));
                let mut p =
                    crate::graph::Passage::new(id, start..end, source_span, target_span, label);
                p.rule = Some(crate::graph::Rule::ByHand);
                vec![p]
            }
        };
        self.relations.push((
            Relation {
                source: a,
                target: b,
                labels: vec![label],
                passages,
                note: Some(note.trim().to_string()),
            },
            true,
        ));
        let index = self.relations.len() - 1;
        self.relations_of[a.index()].push(index);
        self.relations_of[b.index()].push(index);
        Ok(())
    }

    fn hide(&mut self, key: &str) -> std::result::Result<(), String> {
        let id = self.find(key)?;
        self.by_key.remove(key);
        self.entities[id.index()] = None;
        Ok(())
    }

    fn settled(
        &self,
        key: &str,
        doc: Option<crate::corpus::DocId>,
        start: u32,
    ) -> std::result::Result<(), String> {
        let id = self.find(key)?;
        let doc = doc.ok_or("no such document")?;
        let mentions = self
            .mentions
            .get(doc.index())
            .map_or(&[][..], Vec::as_slice);
        if mentions.iter().any(|m| m.start == start && m.entity == id) {
            Ok(())
        } else {
            Err(format!("the name there is not one `{key}` can be"))
        }
    }

    fn reject(
        &mut self,
        a: &str,
        b: &str,
        doc: Option<crate::corpus::DocId>,
        start: u32,
    ) -> std::result::Result<(), String> {
        let (a, b) = (self.find(a)?, self.find(b)?);
        let doc = doc.ok_or("no such document")?;
        let mut found = false;
        for k in 0..self.relations_of[a.index()].len() {
            let ri = self.relations_of[a.index()][k];
            let (s, t) = (self.relations[ri].0.source, self.relations[ri].0.target);
            let (s, t) = (self.resolve(s), self.resolve(t));
            if !((s, t) == (a, b) || (s, t) == (b, a)) {
                continue;
            }
            let (r, touched) = &mut self.relations[ri];
            let before = r.passages.len();
            r.passages.retain(|p| !(p.doc == doc && p.start == start));
            let removed = r.passages.len() < before;
            *touched |= removed;
            found |= removed;
        }
        if found {
            Ok(())
        } else {
            Err("no such passage".into())
        }
    }
}

/// Applies `curation` to `graph` (extracted from `corpus`), in order. Returns the curated
/// graph and the edits that did not apply.
pub fn apply(
    corpus: &Corpus,
    graph: EvidenceGraph,
    curation: &Curation,
) -> (EvidenceGraph, Vec<Stale>) {
    if curation.edits.is_empty() {
        return (graph, Vec::new());
    }
    let (entities, relations, mentions) = graph.into_parts();
    let by_key = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key.clone(), EntityId(i as u32)))
        .collect();
    let mut relations_of = vec![Vec::new(); entities.len()];
    for (i, r) in relations.iter().enumerate() {
        relations_of[r.source.index()].push(i);
        relations_of[r.target.index()].push(i);
    }
    let mut work = Work {
        merged_into: (0..entities.len() as u32).map(EntityId).collect(),
        entities: entities.into_iter().map(Some).collect(),
        relations: relations.into_iter().map(|r| (r, false)).collect(),
        relations_of,
        mentions,
        by_key,
    };
    let mut stale = Vec::new();
    for (i, edit) in curation.edits.iter().enumerate() {
        let applied = match edit {
            Edit::Merge { into, from } => work.merge(into, from),
            Edit::Rename { id, name } => work.find(id).map(|e| {
                if let Some(entity) = work.entities[e.index()].as_mut() {
                    let old = std::mem::replace(&mut entity.name, name.clone());
                    if old != *name && !entity.aliases.contains(&old) {
                        entity.aliases.push(old);
                    }
                }
            }),
            Edit::Split { id, alias } => work.split(corpus, id, alias),
            Edit::Kind { id, kind } => work.find(id).map(|e| {
                if let Some(entity) = work.entities[e.index()].as_mut() {
                    entity.kind = *kind;
                }
            }),
            Edit::Hide { id } => work.hide(id),
            Edit::Relate {
                a,
                b,
                label,
                note,
                doc,
                start,
                end,
            } => work.relate(
                corpus,
                (a, b),
                (label, note),
                doc.as_deref().map(|d| (d, *start, *end)),
            ),
            // Added to the catalog before extraction ([`Curation::catalog_entries`]):
            // stale only if the corpus never names it.
            Edit::Entity { name, .. } => work
                .find(&crate::extract::slug(name))
                .map(|_| ())
                .map_err(|_| format!("{name:?} is named nowhere in the corpus")),
            Edit::Reject { a, b, doc, start } => work.reject(a, b, corpus.doc_id(doc), *start),
            // Settled during extraction ([`Curation::settlements`]): stale unless the
            // name there now means that entity.
            Edit::Settle { doc, start, id } => work.settled(id, corpus.doc_id(doc), *start),
        };
        if let Err(why) = applied {
            stale.push(Stale {
                number: i + 1,
                edit: edit.clone(),
                why,
            });
        }
    }
    (rebuild(work), stale)
}

/// The curated graph: live entities in key order, relations between live entities with
/// passages left (merged where a merge made two of one pair), labels recounted.
fn rebuild(mut work: Work) -> EvidenceGraph {
    // Where every original id went.
    let resolved: Vec<EntityId> = (0..work.entities.len() as u32)
        .map(|i| work.resolve(EntityId(i)))
        .collect();
    let Work {
        entities,
        relations,
        mentions,
        ..
    } = work;
    let mut live: Vec<(EntityId, Entity)> = entities
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| e.map(|e| (EntityId(i as u32), e)))
        .collect();
    live.sort_by(|a, b| a.1.key.cmp(&b.1.key));
    let mut remap = vec![None; resolved.len()];
    for (new, (old, _)) in live.iter().enumerate() {
        remap[old.index()] = Some(EntityId(new as u32));
    }
    let remap_of = |id: EntityId| remap[resolved[id.index()].index()];
    // Each pair's relation, whether an edit changed its passages, and the labels an
    // analyst gave it by hand.
    let mut pairs: std::collections::BTreeMap<
        (EntityId, EntityId),
        (Relation, bool, Vec<crate::graph::Label>),
    > = Default::default();
    for (r, touched) in relations {
        let (Some(s), Some(t)) = (remap_of(r.source), remap_of(r.target)) else {
            continue;
        };
        // A relation added by hand stays for its note, passage or none.
        if s == t || r.passages.is_empty() && !r.is_by_hand() {
            continue;
        }
        let hand_labels = if r.is_by_hand() {
            r.labels.clone()
        } else {
            Vec::new()
        };
        // The smaller id first, with the spans following their endpoints.
        let mut passages = r.passages;
        let (s2, t2) = if s < t { (s, t) } else { (t, s) };
        if s > t {
            for p in &mut passages {
                p.swap_ends();
            }
        }
        match pairs.entry((s2, t2)) {
            // A merge (or a relation added by hand) made two relations of one pair:
            // one, with both's passages and notes.
            std::collections::btree_map::Entry::Occupied(mut known) => {
                let (known, touched, labels) = known.get_mut();
                known.passages.extend(passages);
                known.note = match (known.note.take(), r.note) {
                    (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() => {
                        Some(format!("{a}\n{b}"))
                    }
                    (Some(a), Some(b)) => Some(if a.is_empty() { b } else { a }),
                    (a, b) => a.or(b),
                };
                labels.extend(hand_labels);
                *touched = true;
            }
            std::collections::btree_map::Entry::Vacant(new) => {
                new.insert((
                    Relation {
                        source: s2,
                        target: t2,
                        labels: r.labels,
                        passages,
                        note: r.note,
                    },
                    touched,
                    hand_labels,
                ));
            }
        }
    }
    let relations: Vec<Relation> = pairs
        .into_values()
        .map(|(mut r, touched, hand_labels)| {
            if touched {
                r.passages.sort();
                r.passages
                    .dedup_by(|a, b| a.doc == b.doc && a.start == b.start);
                r.labels = crate::graph::labels_by_frequency(&r.passages);
                for label in hand_labels {
                    if !r.labels.contains(&label) {
                        r.labels.push(label);
                    }
                }
            }
            r
        })
        .collect();
    let mut mentions = mentions;
    for doc in &mut mentions {
        doc.retain_mut(|m| match remap_of(m.entity) {
            Some(id) => {
                m.entity = id;
                true
            }
            None => false,
        });
    }
    let entities = live.into_iter().map(|(_, e)| e).collect();
    EvidenceGraph::new(entities, relations, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::extract::extract;
    use crate::kind::Kind;

    fn graph(texts: &[(&str, &str)]) -> (Corpus, EvidenceGraph) {
        let corpus = Corpus::from_texts(texts.iter().map(|(n, t)| (*n, t.to_string())));
        let graph = extract(&corpus, &Catalog::builtin().unwrap()).graph;
        (corpus, graph)
    }

    fn edits(text: &str) -> Curation {
        Curation::parse(text).unwrap()
    }

    fn pair(g: &EvidenceGraph, a: &str, b: &str) -> Option<usize> {
        let (a, b) = (g.entity_by_key(a)?, g.entity_by_key(b)?);
        g.relation_between(a, b)
            .map(|r| g.relation(r).unwrap().weight())
    }

    #[test]
    fn a_merge_joins_two_relations_with_one_neighbour() {
        let (corpus, g) = graph(&[
            ("a.txt", "Claudia Sheinbaum met Donald Trump in Washington."),
            ("b.txt", "Marco Rubio met Donald Trump at the White House."),
        ]);
        assert_eq!(pair(&g, "claudia-sheinbaum", "donald-trump"), Some(1));
        assert_eq!(pair(&g, "donald-trump", "marco-rubio"), Some(1));
        let merge = edits(
            "[[edit]]\nop = \"merge\"\ninto = \"claudia-sheinbaum\"\nfrom = [\"marco-rubio\"]\n",
        );
        let (g, stale) = apply(&corpus, g, &merge);
        assert!(stale.is_empty(), "{stale:?}");
        assert!(g.entity_by_key("marco-rubio").is_none());
        assert_eq!(pair(&g, "claudia-sheinbaum", "donald-trump"), Some(2));
        let kept = g
            .entity(g.entity_by_key("claudia-sheinbaum").unwrap())
            .unwrap();
        assert!(kept.aliases.iter().any(|a| a == "Marco Rubio"));
        assert_eq!(kept.documents.len(), 2);
        // Mentions follow the merge.
        let doc = corpus.doc_id("b.txt").unwrap();
        let id = g.entity_by_key("claudia-sheinbaum").unwrap();
        assert!(g.mentions_in(doc).iter().any(|m| m.entity == id));
    }

    #[test]
    fn rejecting_a_pairs_last_passage_removes_the_pair() {
        let (corpus, g) = graph(&[("a.txt", "Claudia Sheinbaum met Donald Trump in Washington.")]);
        let relations = g.relation_count();
        let reject = edits(
            "[[edit]]\nop = \"reject\"\na = \"donald-trump\"\nb = \"claudia-sheinbaum\"\ndoc = \"a.txt\"\nstart = 0\n",
        );
        let (g, stale) = apply(&corpus, g, &reject);
        assert!(stale.is_empty(), "{stale:?}");
        assert_eq!(pair(&g, "claudia-sheinbaum", "donald-trump"), None);
        assert_eq!(g.relation_count(), relations - 1);
    }

    #[test]
    fn an_edit_whose_target_is_gone_is_stale_and_the_others_apply() {
        let (corpus, g) = graph(&[("a.txt", "Claudia Sheinbaum met Donald Trump.")]);
        let file = edits(
            "[[edit]]\nop = \"hide\"\nid = \"nobody\"\n\n[[edit]]\nop = \"reject\"\na = \"donald-trump\"\nb = \"claudia-sheinbaum\"\ndoc = \"a.txt\"\nstart = 7\n\n[[edit]]\nop = \"kind\"\nid = \"donald-trump\"\nkind = \"organization\"\n",
        );
        let (g, stale) = apply(&corpus, g, &file);
        let numbers: Vec<usize> = stale.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [1, 2]);
        assert_eq!(stale[1].why, "no such passage");
        let trump = g.entity(g.entity_by_key("donald-trump").unwrap()).unwrap();
        assert_eq!(trump.kind, Kind::Organization);
    }

    #[test]
    fn a_passage_by_hand_longer_than_a_passage_can_be_is_stale() {
        let long = format!(
            "Claudia Sheinbaum met Donald Trump. {}",
            "word ".repeat(14_000)
        );
        let (corpus, g) = graph(&[("a.txt", long.as_str())]);
        let end = long.len();
        let file = edits(&format!(
            "[[edit]]\nop = \"relate\"\na = \"donald-trump\"\nb = \"claudia-sheinbaum\"\nlabel = \"funds\"\ndoc = \"a.txt\"\nstart = 0\nend = {end}\n"
        ));
        let (_, stale) = apply(&corpus, g, &file);
        assert_eq!(stale.len(), 1, "{stale:?}");
        assert_eq!(stale[0].why, "a passage is at most 65535 bytes");
    }

    #[test]
    fn an_entity_merged_away_or_hidden_takes_no_later_edit() {
        let (corpus, g) = graph(&[(
            "a.txt",
            "Claudia Sheinbaum met Donald Trump and Marco Rubio.",
        )]);
        let file = edits(
            "[[edit]]\nop = \"merge\"\ninto = \"donald-trump\"\nfrom = [\"marco-rubio\"]\n\n[[edit]]\nop = \"rename\"\nid = \"marco-rubio\"\nname = \"X\"\n\n[[edit]]\nop = \"hide\"\nid = \"claudia-sheinbaum\"\n\n[[edit]]\nop = \"kind\"\nid = \"claudia-sheinbaum\"\nkind = \"agency\"\n",
        );
        let (g, stale) = apply(&corpus, g, &file);
        let numbers: Vec<usize> = stale.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [2, 4]);
        assert_eq!(g.entity_count(), 1);
        assert_eq!(g.relation_count(), 0);
    }

    #[test]
    fn an_added_entity_becomes_a_catalog_entry_with_its_slug_as_id() {
        let file = edits(
            "[[edit]]\nop = \"entity\"\nname = \"Frente Lowell Unido\"\nkind = \"cartel\"\naliases = [\"FLU\"]\n",
        );
        let entries: Vec<_> = file.catalog_entries().collect();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].id, "frente-lowell-unido");
        assert_eq!(entries[0].aliases, ["FLU"]);
    }

    #[test]
    fn a_split_takes_the_mentions_and_passages_written_the_alias_way() {
        let (corpus, g) = graph(&[(
            "a.txt",
            "The Jalisco Cartel attacked the Sinaloa Cartel. Claudia Sheinbaum condemned the CJNG.",
        )]);
        assert_eq!(pair(&g, "cjng", "sinaloa-cartel"), Some(1));
        let split = edits("[[edit]]\nop = \"split\"\nid = \"cjng\"\nalias = \"Jalisco Cartel\"\n");
        let (g, stale) = apply(&corpus, g, &split);
        assert!(stale.is_empty(), "{stale:?}");
        assert_eq!(pair(&g, "jalisco-cartel", "sinaloa-cartel"), Some(1));
        assert_eq!(pair(&g, "cjng", "sinaloa-cartel"), None);
        assert_eq!(pair(&g, "claudia-sheinbaum", "cjng"), Some(1));
        let new = g
            .entity(g.entity_by_key("jalisco-cartel").unwrap())
            .unwrap();
        assert_eq!((new.kind, new.mentions), (Kind::Cartel, 1));
        let old = g.entity(g.entity_by_key("cjng").unwrap()).unwrap();
        assert!(!old.aliases.iter().any(|a| a == "Jalisco Cartel"));
        assert_eq!(old.mentions, 1);
        // Splitting an alias the entity does not have, or onto a live id, is stale.
        let (corpus, g) = graph(&[("a.txt", "The Jalisco Cartel attacked the Sinaloa Cartel.")]);
        let twice = edits("[[edit]]\nop = \"split\"\nid = \"cjng\"\nalias = \"Jalisco Cartel\"\n\n[[edit]]\nop = \"split\"\nid = \"cjng\"\nalias = \"Jalisco Cartel\"\n\n[[edit]]\nop = \"split\"\nid = \"cjng\"\nalias = \"Sinaloa Cartel\"\n");
        let (_, stale) = apply(&corpus, g, &twice);
        let numbers: Vec<usize> = stale.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [2, 3]);
    }

    #[test]
    fn the_file_nexo_writes_reads_back_the_same() {
        let file = edits(
            "[[edit]]\nop = \"merge\"\ninto = \"a\"\nfrom = [\"b\", \"c\"]\n\n[[edit]]\nop = \"entity\"\nname = \"X Y\"\nkind = \"cartel\"\naliases = [\"XY\"]\n\n[[edit]]\nop = \"reject\"\na = \"a\"\nb = \"d\"\ndoc = \"sub/x.txt\"\nstart = 12\n",
        );
        let text = file.to_toml();
        assert!(text.starts_with("# Nexo curation"), "{text}");
        assert!(
            text.contains("\n\n[[edit]]\nop = \"entity\""),
            "one table per edit, spaced: {text}"
        );
        assert_eq!(Curation::parse(&text).unwrap(), file);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("nexo-curation.toml");
        file.save(&path).unwrap();
        assert_eq!(Curation::load(&path).unwrap(), file);
    }

    #[test]
    fn the_file_format_is_checked() {
        assert!(Curation::parse("[[edit]]\nop = \"explode\"\n").is_err());
        assert!(Curation::parse("[[edit]]\nop = \"hide\"\nid = \"x\"\nextra = 1\n").is_err());
        assert!(
            Curation::parse("[[edit]]\nop = \"kind\"\nid = \"x\"\nkind = \"planet\"\n").is_err()
        );
        assert_eq!(Curation::parse("").unwrap(), Curation::default());
    }
}
