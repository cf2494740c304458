//! From pass 2's results to the graph: entities sorted by key, relations by endpoints,
//! passages by offset; mentions move into the graph without a copy.

use rayon::prelude::*;

use crate::corpus::{Corpus, DocId};
use crate::graph::{Entity, EntityId, EvidenceGraph, Relation};

use super::entities::Spec;
use super::matcher::EntityIdx;
use super::pass2::{pair_of, Analysed};
use super::{ExtractReport, Extraction, Unresolved, MAX_CANDIDATES_LISTED};

pub(super) fn assemble(
    corpus: &Corpus,
    specs: Vec<Spec>,
    analysed: Analysed,
    discovered: usize,
) -> Extraction {
    // Keep mentioned entities only, ordered by key. Documents come in order, so each
    // entity's document list stays sorted by pushing only new ones.
    let mut counts: Vec<(u32, Vec<DocId>)> = vec![(0, Vec::new()); specs.len()];
    for (d, doc_mentions) in analysed.mentions.iter().enumerate() {
        for m in doc_mentions {
            let entry = &mut counts[m.entity.0 as usize];
            entry.0 += 1;
            if entry.1.last() != Some(&DocId(d as u32)) {
                entry.1.push(DocId(d as u32));
            }
        }
    }
    let mut kept: Vec<EntityIdx> = (0..specs.len() as EntityIdx)
        .filter(|e| counts[*e as usize].0 > 0)
        .collect();
    kept.sort_by(|a, b| specs[*a as usize].key.cmp(&specs[*b as usize].key));
    let mut remap: Vec<EntityId> = vec![EntityId(u32::MAX); specs.len()];
    for (i, &e) in kept.iter().enumerate() {
        remap[e as usize] = EntityId(i as u32);
    }
    let entities: Vec<Entity> = kept
        .iter()
        .map(|e| {
            let s = &specs[*e as usize];
            let (n, docs) = &mut counts[*e as usize];
            // Kept with the graph: no growth slack.
            let mut documents = std::mem::take(docs);
            documents.shrink_to_fit();
            Entity {
                key: s.key.clone(),
                name: s.name.clone(),
                kind: s.kind,
                aliases: s.aliases.clone(),
                description: s.description.clone(),
                is_discovered: s.is_discovered,
                mentions: *n,
                documents,
            }
        })
        .collect();
    let mut mentions = analysed.mentions;
    mentions.par_iter_mut().flatten().for_each(|m| {
        m.entity = remap[m.entity.0 as usize];
    });
    let report = ExtractReport {
        discovered,
        unresolved_count: analysed.unresolved_count,
        unresolved: analysed
            .unresolved
            .iter()
            .map(|(d, m)| {
                let doc = &corpus.documents[d.0 as usize];
                Unresolved {
                    doc: doc.id.clone(),
                    start: m.start,
                    text: doc.text[m.start..m.end].to_string(),
                    candidates: m
                        .candidates
                        .iter()
                        .take(MAX_CANDIDATES_LISTED)
                        .map(|&c| specs[c as usize].name.clone())
                        .collect(),
                    more_candidates: m.candidates.len().saturating_sub(MAX_CANDIDATES_LISTED),
                }
            })
            .collect(),
        ..ExtractReport::default()
    };
    // The map's nodes are freed as it is read, so the relations never sit beside a
    // second copy of the pairs; then each is finished on its own (labels counted), in
    // parallel, as this runs after the parallel passes and would otherwise be serial.
    let mut relations: Vec<Relation> = Vec::with_capacity(analysed.relations.len());
    relations.extend(
        analysed
            .relations
            .into_iter()
            .map(|(key, passages)| (pair_of(key), passages))
            .map(|((a, b), passages)| Relation {
                // `EvidenceGraph::new` puts the smaller id first (with the passages' spans).
                source: remap[a as usize],
                target: remap[b as usize],
                labels: Vec::new(),
                passages,
                note: None,
            }),
    );
    relations.par_iter_mut().for_each(|r| {
        r.passages.shrink_to_fit();
        r.labels = crate::graph::labels_by_frequency(&r.passages);
    });
    // `EvidenceGraph::new` sorts the relations by endpoints.
    Extraction {
        graph: EvidenceGraph::new(entities, relations, mentions),
        report,
    }
}
