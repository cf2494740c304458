//! Pass 2, per document: match everything known, repair and resolve the mentions, then
//! relate them sentence by sentence. `analyse` runs the stages in their order.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use rayon::prelude::*;

use crate::corpus::{Corpus, DocId, Document};
use crate::graph::{EntityId, Label, Mention, Passage, Rule};
use crate::kind::Kind;

use super::confidence::Model;
use super::coref::{definite_references, its_openings, pronouns};
use super::entities::{NameHead, People, Spec, Traits};
use super::matcher::{EntityIdx, Matcher, RawMention};
use super::mentions::{
    after_home, before_nickname, by_sentence, datelines, drop_orphan_surnames, elided_cartels,
    is_byline, is_page_furniture, split_country_possessor,
};
use super::pass1::is_someone_elses_surname;
use super::resolve::resolve;
use super::{panic_message, relate, tokens, MAX_UNRESOLVED_LISTED};

#[derive(Debug, Default)]
pub(super) struct DocResult<'a> {
    /// Mentions whose `entity` still holds the extraction's entity index; `assemble`
    /// maps it to the graph's id in place.
    pub(super) mentions: Vec<Mention>,
    pub(super) links: Vec<(EntityIdx, EntityIdx, Passage)>,
    /// Ambiguous mentions left out (named in the report at the end).
    pub(super) unresolved: Vec<RawMention<'a>>,
}

/// What pass 2 produced for a run of consecutive documents.
#[derive(Debug, Default)]
pub(super) struct Analysed<'a> {
    /// Each document's mentions, in document order (entity as an extraction index).
    pub(super) mentions: Vec<Vec<Mention>>,
    /// Passages by pair of extraction indices (smaller first), in document order.
    /// A B-tree, not a hash map: a hash table grows by allocating a table twice as
    /// big and freeing the old one whole, and mimalloc keeps freed pages resident for
    /// a second, so on the 50 MB synthetic corpus the tables of the runs being folded
    /// raised the peak by about 20 MB; a B-tree grows a node at a time, and its nodes
    /// are freed as `assemble` reads it. Keyed by [`pair_key`]: one integer compares
    /// faster than a pair.
    pub(super) relations: BTreeMap<u64, Vec<Passage>>,
    /// The first [`MAX_UNRESOLVED_LISTED`] ambiguous mentions left out.
    pub(super) unresolved: Vec<(DocId, RawMention<'a>)>,
    /// How many were left out in all.
    pub(super) unresolved_count: usize,
    /// Documents (by index) whose analysis failed, with the failure.
    pub(super) failed: Vec<(usize, String)>,
}

impl<'a> Analysed<'a> {
    /// Adds the next document's result.
    pub(super) fn add(&mut self, doc: DocId, r: DocResult<'a>) {
        self.mentions.push(r.mentions);
        for (a, b, mut p) in r.links {
            let key = if a <= b {
                pair_key(a, b)
            } else {
                p.swap_ends();
                pair_key(b, a)
            };
            let passages = self.relations.entry(key).or_default();
            reserve_tight(passages, 1);
            passages.push(p);
        }
        self.unresolved_count += r.unresolved.len();
        let room = MAX_UNRESOLVED_LISTED.saturating_sub(self.unresolved.len());
        self.unresolved
            .extend(r.unresolved.into_iter().take(room).map(|m| (doc, m)));
    }

    /// Appends the result of the documents that follow. Associative, so rayon may
    /// combine runs in any grouping and the result keeps document order.
    pub(super) fn absorb(&mut self, later: Analysed<'a>) {
        self.mentions.extend(later.mentions);
        for (key, mut passages) in later.relations {
            match self.relations.entry(key) {
                std::collections::btree_map::Entry::Occupied(mut known) => {
                    reserve_tight(known.get_mut(), passages.len());
                    known.get_mut().append(&mut passages);
                }
                // A pair new to this run keeps its passages where they are.
                std::collections::btree_map::Entry::Vacant(new) => {
                    new.insert(passages);
                }
            }
        }
        self.unresolved_count += later.unresolved_count;
        let room = MAX_UNRESOLVED_LISTED.saturating_sub(self.unresolved.len());
        self.unresolved
            .extend(later.unresolved.into_iter().take(room));
        self.failed.extend(later.failed);
    }
}

/// The key of the pair `(a, b)` in [`Analysed::relations`]: `a` in the high half.
pub(super) fn pair_key(a: EntityIdx, b: EntityIdx) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// The pair a [`pair_key`] stands for.
pub(super) fn pair_of(key: u64) -> (EntityIdx, EntityIdx) {
    ((key >> 32) as EntityIdx, key as EntityIdx)
}

/// Makes room for `more` passages. Most pairs have one passage or two: a short list
/// grows by exactly what comes, so it holds no slack (Vec would jump to four), and a
/// long one doubles as usual.
fn reserve_tight(passages: &mut Vec<Passage>, more: usize) {
    if passages.len() + more <= 8 {
        passages.reserve_exact(more);
    } else {
        passages.reserve(more);
    }
}

/// Runs pass 2 over every document in parallel with the tables it needs built from
/// `specs`: match everything `matcher` knows, resolve, relate. Folded as documents
/// finish: passages go straight into their relation, so the per-document results never
/// pile up. A document that failed in pass 1 (`failed`) is skipped, and one that fails
/// here is reported in [`Analysed::failed`].
pub(super) fn run<'a>(
    corpus: &Corpus,
    specs: &[Spec],
    matcher: &'a Matcher,
    identity: &'a [EntityIdx],
    failed: &BTreeMap<usize, String>,
    settled: &[Settled],
) -> Analysed<'a> {
    let by_key: HashMap<&str, EntityIdx> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key.as_str(), i as EntityIdx))
        .collect();
    // Names a person settled: (document, start) → entity (unknown ids are dropped).
    let settled: HashMap<(DocId, usize), EntityIdx> = settled
        .iter()
        .filter_map(|s| Some(((s.doc, s.start), *by_key.get(s.entity.as_str())?)))
        .collect();
    // Each entity's context as entity indices (ids the catalog does not hold are dropped).
    let contexts: Vec<Vec<EntityIdx>> = specs
        .iter()
        .map(|s| {
            s.context
                .iter()
                .filter_map(|k| by_key.get(k.as_str()).copied())
                .collect()
        })
        .collect();
    let traits: Vec<Traits> = specs.iter().map(Traits::of).collect();
    let people = People::of(specs);
    let heads: Vec<Vec<NameHead>> = specs.iter().map(NameHead::all_of).collect();
    corpus
        .documents
        .par_iter()
        .enumerate()
        .fold(Analysed::default, |mut acc, (i, d)| {
            let known = Known {
                matcher,
                traits: &traits,
                people: &people,
                heads: &heads,
                contexts: &contexts,
                identity,
                settled: &settled,
            };
            let id = DocId(i as u32);
            if failed.contains_key(&i) {
                acc.add(id, DocResult::default());
                return acc;
            }
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(id, d, &known)))
            {
                Ok(r) => acc.add(id, r),
                Err(payload) => {
                    acc.add(id, DocResult::default());
                    acc.failed.push((i, panic_message(payload.as_ref())));
                }
            }
            acc
        })
        .reduce(Analysed::default, |mut a, b| {
            a.absorb(b);
            a
        })
}

/// What pass 2 knows of every entity. A document's result may borrow from the matcher
/// and `identity` (`'a`), not from the tables built for the pass (`'t`).
pub(super) struct Known<'a, 't> {
    pub(super) matcher: &'a Matcher,
    pub(super) traits: &'t [Traits],
    pub(super) people: &'t People,
    pub(super) heads: &'t [Vec<NameHead>],
    /// Each entity's catalog context, as entity indices.
    pub(super) contexts: &'t [Vec<EntityIdx>],
    /// Every entity index once: a resolved mention borrows its single candidate here.
    pub(super) identity: &'a [EntityIdx],
    /// Names a person settled, by document and start.
    pub(super) settled: &'t HashMap<(DocId, usize), EntityIdx>,
}

/// A name a person settled: the mention starting at byte `start` of `doc` means the
/// entity `entity` (a key), whatever else it could mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    /// The document.
    pub doc: DocId,
    /// Where the name starts, in bytes.
    pub start: usize,
    /// The entity's key.
    pub entity: String,
}

/// The label of a passage no rule stated: the two are only named in one sentence.
pub static CO_MENTIONED: std::sync::LazyLock<Label> =
    std::sync::LazyLock::new(|| Label::new("named together"));

/// A repair of a document's mentions, run in [`analyse`]'s order.
type Stage<'a> = fn(&Document, &mut Vec<RawMention<'a>>, &Known<'a, '_>);

/// Analyses one document: its mentions ([`mentions_of`]), then each sentence with two
/// different names: every pair of them is a passage ([`relate::candidates`]), with the
/// rules' verdict and label, and the model's confidence.
pub(super) fn analyse<'a>(doc_id: DocId, doc: &Document, known: &Known<'a, '_>) -> DocResult<'a> {
    #[cfg(test)]
    super::tests::fail_if_asked(doc, "pass 2");
    let mut result = DocResult::default();
    let resolved = mentions_of(doc_id, doc, known, &mut result.unresolved);
    result.mentions = resolved
        .iter()
        .map(|m| Mention {
            start: m.start as u32,
            end: m.end as u32,
            entity: EntityId(m.candidates[0]),
        })
        .collect();
    let mut toks = Vec::new();
    // Reused from sentence to sentence: each sentence's mentions, raw and as tokens.
    let mut raws: Vec<&RawMention> = Vec::new();
    let mut sents: Vec<relate::SentenceMention> = Vec::new();
    let model = Model::builtin();
    for (sentence, ms) in doc.sentences.iter().zip(by_sentence(doc, &resolved)) {
        let first = ms.first().map(|m| m.candidates[0]);
        if !ms.iter().any(|m| Some(m.candidates[0]) != first) {
            continue;
        }
        tokens::tokenize_into(&doc.text, sentence.clone(), &mut toks);
        let toks = &toks;
        sentence_mentions(&doc.text, toks, ms, known.traits, &mut raws, &mut sents);
        if is_page_furniture(&doc.text, toks) {
            continue;
        }
        // A byline relates its writers to their outlet, never to each other.
        let byline = is_byline(toks, &sents);
        for pair in relate::candidates(&doc.text, toks, &sents) {
            if byline && pair.link.as_ref().is_none_or(|l| l.rule != Rule::Byline) {
                continue;
            }
            let (ma, sa) = (raws[pair.a], &sents[pair.a]);
            let (mb, sb) = (raws[pair.b], &sents[pair.b]);
            let (label, rule) = match &pair.link {
                Some(link) => (link.label, Some(link.rule)),
                None => (*CO_MENTIONED, None),
            };
            let mut passage = Passage::new(
                doc_id,
                sentence.start as u32..sentence.end as u32,
                (ma.start as u32, ma.end as u32),
                (mb.start as u32, mb.end as u32),
                label,
            );
            passage.rule = rule;
            passage.confidence = model.confidence(&pair.features, rule);
            passage.features = pair.features;
            result.links.push((sa.entity, sb.entity, passage));
        }
    }
    result
}

/// The document's mentions, resolved and repaired, in text order: every known name
/// matched again (cheaper than keeping pass 1's mentions alive between the passes), less
/// someone else's surname and the names in datelines, resolved from context (the
/// ambiguous ones left out go to `unresolved`), then the repair stages in order.
fn mentions_of<'a>(
    doc_id: DocId,
    doc: &Document,
    known: &Known<'a, '_>,
    unresolved: &mut Vec<RawMention<'a>>,
) -> Vec<RawMention<'a>> {
    let mut raw = known.matcher.find(doc.body(), doc.body_start);
    // A name a person settled means what they said, if it can mean that.
    if !known.settled.is_empty() {
        for m in &mut raw {
            match known.settled.get(&(doc_id, m.start)) {
                Some(&e) if m.candidates.contains(&e) => {
                    m.candidates = super::entities::one(known.identity, e);
                }
                _ => {}
            }
        }
    }
    raw.retain(|m| !is_someone_elses_surname(&doc.text, m, known.people));
    let datelines: Vec<Range<usize>> = datelines(doc).collect();
    if !datelines.is_empty() {
        raw.retain(|m| !datelines.iter().any(|d| d.contains(&m.start)));
    }
    let mut mentions = resolve(doc, &raw, known.contexts, known.identity, unresolved);
    // The repairs, in order: each reads what the ones before it left.
    let stages: [Stage<'a>; 6] = [
        |doc, ms, k| split_country_possessor(doc, ms, k.matcher, k.traits),
        |doc, ms, k| {
            let elided = elided_cartels(doc, ms, k.matcher, k.traits);
            ms.extend(elided);
        },
        |doc, ms, k| drop_orphan_surnames(doc, ms, k.traits),
        // In text order: coreference looks mentions up by position.
        |_, ms, _| ms.sort_by_key(|m| m.start),
        |doc, ms, k| coreference(doc, ms, k),
        |_, ms, _| ms.sort_by_key(|m| m.start),
    ];
    for stage in stages {
        stage(doc, &mut mentions, known);
    }
    mentions
}

/// Pronouns, definite descriptions ("the cartel") and a sentence-opening "Its", each
/// found over the mentions as they stand before any of them is added.
fn coreference<'a>(doc: &Document, mentions: &mut Vec<RawMention<'a>>, known: &Known<'a, '_>) {
    let (traits, identity) = (known.traits, known.identity);
    let pronouns = pronouns(doc, mentions, traits, identity);
    let descriptions = definite_references(doc, mentions, known.heads, identity);
    let its = its_openings(doc, mentions, traits, identity);
    mentions.extend(pronouns);
    mentions.extend(descriptions);
    mentions.extend(its);
}

/// One sentence's mentions as the relation rules see them (`sents`, with each one's
/// resolved mention in `raws`): token spans, a person's span grown over a nickname in
/// quotes before the name and a home town after it ("of Culiacán"), and a name with its
/// acronym or quoted nickname after it kept as one mention.
fn sentence_mentions<'m, 'a>(
    text: &str,
    toks: &[tokens::Token],
    ms: &'m [RawMention<'a>],
    traits: &[Traits],
    raws: &mut Vec<&'m RawMention<'a>>,
    sents: &mut Vec<relate::SentenceMention>,
) {
    raws.clear();
    sents.clear();
    for (k, m) in ms.iter().enumerate() {
        let ts = toks.partition_point(|t| t.span.end <= m.start);
        let te = toks.partition_point(|t| t.span.start < m.end);
        let e = m.candidates[0];
        let (ts, te) = if traits[e as usize].kind == Kind::Person {
            let from = before_nickname(text, toks, ts);
            let next = ms.get(k + 1).map_or(usize::MAX, |n| n.start);
            let from = match sents.last() {
                // Never over the name of someone else.
                Some(prev) if prev.entity != e => from.max(prev.tokens.end.min(ts)),
                _ => from,
            };
            (from, after_home(toks, te, next))
        } else {
            (ts, te)
        };
        // A mention grown backwards never reaches into the one before it.
        let floor = sents
            .len()
            .checked_sub(2)
            .map_or(0, |k| sents[k].tokens.end);
        if let Some(prev) = sents.last_mut() {
            if prev.entity == e && joins_previous(text, toks, prev, ts, te, floor) {
                continue;
            }
        }
        let after_previous = sents.last().is_none_or(|p| p.tokens.end <= ts);
        if ts < te && after_previous {
            raws.push(m);
            sents.push(relate::SentenceMention {
                tokens: ts..te,
                kind: traits[e as usize].kind,
                entity: e,
            });
        }
    }
}

/// Whether a mention (tokens `ts..te`) of the entity of `prev`, the mention before it,
/// is part of `prev`, which then grows over it: an acronym in brackets ("Drug
/// Enforcement Administration (DEA)"), a nickname in quotes after the name (`Miguel
/// Ángel Treviño Morales, “Z-40,”`, or after "alias"), or the surname after a nickname
/// (`Ismael “El Mayo” Zambada`, never below `floor`).
fn joins_previous(
    text: &str,
    toks: &[tokens::Token],
    prev: &mut relate::SentenceMention,
    ts: usize,
    te: usize,
    floor: usize,
) -> bool {
    let gap = &toks[prev.tokens.end.min(ts)..ts];
    if gap.len() == 1 && gap[0].is_punct(text, "(") {
        let closes = toks.get(te).is_some_and(|t| t.is_punct(text, ")"));
        prev.tokens.end = te + usize::from(closes);
        return true;
    }
    // Quotes may be curly or straight; the closing quote and comma are included.
    let is = |t: &tokens::Token, p: &str| t.is_punct(text, p);
    let opens = |t: &tokens::Token| t.opens_quote(text);
    let closes = |t: &tokens::Token| t.closes_quote(text);
    let alias = |t: &tokens::Token| t.is_word() && t.lower.as_str() == "alias";
    let quoted = match gap {
        [comma, open] => is(comma, ",") && opens(open),
        [open] => opens(open),
        [comma, word, open] => is(comma, ",") && alias(word) && opens(open),
        _ => false,
    };
    if quoted {
        let rest = &toks[te.min(toks.len())..];
        let close = match rest {
            [comma, close, ..] if is(comma, ",") && closes(close) => 2,
            [close, ..] if closes(close) => 1,
            _ => 0,
        };
        if close > 0 {
            prev.tokens.end = te + close;
            return true;
        }
    }
    if prev.tokens.end > ts {
        prev.tokens.start = prev.tokens.start.min(ts).max(floor);
        prev.tokens.end = prev.tokens.end.max(te);
        return true;
    }
    false
}
