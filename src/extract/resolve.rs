//! Resolving a name several entities share, from its document's context.

use crate::corpus::Document;

use super::entities::one;
use super::lexicon;
use super::matcher::{EntityIdx, RawMention};
use super::mentions::within;
use super::pass1::capitalised_word_before;

/// Settles ambiguous mentions from context; drops (and reports) the rest. A shared
/// alias resolves when exactly one of its candidates is named unambiguously in the same
/// document, when it directly follows a quoted nickname of one candidate
/// (`Joaquín “El Chapo” Guzmán`), or when the catalog context of exactly one candidate
/// is named in its sentence ([`sentence_context`]).
pub(super) fn resolve<'a>(
    doc: &Document,
    raw: &[RawMention<'a>],
    contexts: &[Vec<EntityIdx>],
    identity: &'a [EntityIdx],
    unresolved: &mut Vec<RawMention<'a>>,
) -> Vec<RawMention<'a>> {
    // Each entity named without ambiguity, with where it is first named.
    let mut sure: rustc_hash::FxHashMap<EntityIdx, usize> = rustc_hash::FxHashMap::default();
    for m in raw.iter().filter(|m| m.candidates.len() == 1) {
        sure.entry(m.candidates[0]).or_insert(m.start);
    }
    let mut out: Vec<RawMention> = Vec::with_capacity(raw.len());
    for m in raw {
        if m.candidates.len() == 1 {
            out.push(*m);
            continue;
        }
        // Right after a nickname of one candidate: only quotes and spaces between.
        if let Some(prev) = out.last() {
            let between = &doc.text[prev.end.min(m.start)..m.start];
            if between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\''))
                && m.candidates.contains(&prev.candidates[0])
            {
                let e = prev.candidates[0];
                out.push(RawMention {
                    start: m.start,
                    end: m.end,
                    candidates: one(identity, e),
                });
                continue;
            }
        }
        let mut in_context = m.candidates.iter().filter(|c| sure.contains_key(c));
        let chosen = match (in_context.next(), in_context.next()) {
            (Some(&only), None) => Some(only),
            (_, several) => {
                // Only entries with a catalog context can be settled by their sentence.
                let by_sentence = m
                    .candidates
                    .iter()
                    .any(|&c| !contexts[c as usize].is_empty())
                    .then(|| sentence_context(doc, raw, m, contexts))
                    .flatten();
                // "Zambada has said he was kidnapped": of several candidates the document
                // names, the one it named before this mention, if only one (news names a
                // person in full before using the surname alone).
                let introduced = || {
                    if is_inside_another_name(&doc.text, m) {
                        return None;
                    }
                    let mut before = m
                        .candidates
                        .iter()
                        .filter(|c| sure.get(c).is_some_and(|&at| at < m.start));
                    match (before.next(), before.next()) {
                        (Some(&c), None) => Some(c),
                        _ => None,
                    }
                };
                by_sentence.or_else(|| several.and_then(|_| introduced()))
            }
        };
        match chosen {
            Some(e) => out.push(RawMention {
                start: m.start,
                end: m.end,
                candidates: one(identity, e),
            }),
            None => unresolved.push(*m),
        }
    }
    out
}

/// "La Nueva Lowell del Bajío": a known surname right after a capitalised word that is
/// no title and no common capitalised word ("President Sheinbaum", "The Guzmán brothers"
/// are fine) is part of a name nobody knows, so it does not stand for whoever bears that
/// surname.
pub(super) fn is_inside_another_name(text: &str, m: &RawMention) -> bool {
    capitalised_word_before(text, m.start).is_some_and(|(word, whole)| {
        let class = lexicon::word_info(&word).class;
        whole
            && !class.contains(lexicon::WordClass::TITLE)
            && !class.contains(lexicon::WordClass::COMMON_CAPITALISED)
    })
}

/// The one candidate of an ambiguous mention whose catalog context is named, without
/// ambiguity, in the mention's sentence ("place the National Guard under the Ministry
/// of Defense (Sedena)"), if exactly one is.
pub(super) fn sentence_context(
    doc: &Document,
    raw: &[RawMention],
    m: &RawMention,
    contexts: &[Vec<EntityIdx>],
) -> Option<EntityIdx> {
    let k = doc.sentences.partition_point(|s| s.end <= m.start);
    let sentence = doc.sentences.get(k)?;
    let named: Vec<EntityIdx> = within(raw, sentence)
        .iter()
        .filter_map(|r| match r.candidates {
            [e] => Some(*e),
            _ => None,
        })
        .collect();
    let mut settled = m
        .candidates
        .iter()
        .filter(|&&c| contexts[c as usize].iter().any(|e| named.contains(e)));
    match (settled.next(), settled.next()) {
        (Some(&c), None) => Some(c),
        _ => None,
    }
}
