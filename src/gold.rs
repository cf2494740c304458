//! Hand annotations (`tests/gold/GUIDELINES.md`), and the engine scored against them:
//! what `tests/quality.rs` asserts and what `nexo train` learns the passage confidence
//! from.
//!
//! A split is a folder of articles and a folder of annotations, one JSON file per
//! article. Each annotated actor is mapped to the engine entity that covers most of its
//! occurrences in the article; each annotated relation names the sentence that states
//! it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::corpus::{Corpus, DocId, Document};
use crate::extract::confidence::{self, Model};
use crate::graph::{EntityId, EvidenceGraph, Mention};

/// One annotated article.
#[derive(Debug, serde::Deserialize)]
pub struct Gold {
    /// The article's file name.
    pub doc: String,
    /// Every named actor.
    pub entities: Vec<GoldEntity>,
    /// One per pair and sentence that states a relation.
    pub relations: Vec<GoldRelation>,
}

/// A named actor of an annotated article.
#[derive(Debug, serde::Deserialize)]
pub struct GoldEntity {
    /// Its fullest name.
    pub name: String,
    /// Its kind, as in `Kind::as_str`.
    pub kind: String,
    /// Every surface form the article uses.
    pub forms: Vec<String>,
}

/// A pair an annotated sentence relates.
#[derive(Debug, serde::Deserialize)]
pub struct GoldRelation {
    /// One actor's name.
    pub a: String,
    /// The other's.
    pub b: String,
    /// A verbatim piece of the sentence.
    pub evidence: String,
}

/// A folder of articles and the folder of their annotations.
#[derive(Debug, Clone)]
pub struct Split {
    /// The articles.
    pub corpus: PathBuf,
    /// One JSON file per article.
    pub gold: PathBuf,
}

impl Split {
    /// `DIR` (holding `corpus/` and `gold/`) or `CORPUS=GOLD`.
    pub fn parse(arg: &str) -> Self {
        match arg.split_once('=') {
            Some((corpus, gold)) => Self {
                corpus: corpus.into(),
                gold: gold.into(),
            },
            None => Self {
                corpus: Path::new(arg).join("corpus"),
                gold: Path::new(arg).join("gold"),
            },
        }
    }

    /// The annotations, sorted by article.
    ///
    /// # Errors
    /// A folder or file that cannot be read, or a file that is not an annotation.
    pub fn golds(&self) -> anyhow::Result<Vec<Gold>> {
        let mut golds = Vec::new();
        let dir = std::fs::read_dir(&self.gold)
            .with_context(|| format!("cannot read {}", self.gold.display()))?;
        for entry in dir {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let gold: Gold = serde_json::from_str(&text)
                    .with_context(|| format!("{} is not an annotation", path.display()))?;
                golds.push(gold);
            }
        }
        golds.sort_by(|a, b| a.doc.cmp(&b.doc));
        Ok(golds)
    }
}

/// The engine's figures against the annotations, with a line per miss.
#[derive(Default, Debug, Clone)]
pub struct Score {
    /// Annotated actors the engine found.
    pub actors_found: usize,
    /// Annotated actors.
    pub actors_total: usize,
    /// Annotated pairs (per article) with an edge holding one of their sentences.
    pub pairs_found: usize,
    /// Annotated pairs, per article.
    pub pairs_total: usize,
    /// Annotated (pair, sentence) records the edge holds.
    pub passages_found: usize,
    /// Annotated (pair, sentence) records.
    pub passages_total: usize,
    /// Edges (per article) with a passage in one of their pair's annotated sentences.
    pub edges_real: usize,
    /// Edges, per annotated article.
    pub edges_total: usize,
    /// One line per miss and per false edge.
    pub notes: Vec<String>,
}

impl Score {
    /// Actors found.
    pub fn actor_recall(&self) -> f64 {
        ratio(self.actors_found, self.actors_total)
    }
    /// Related pairs found.
    pub fn pair_recall(&self) -> f64 {
        ratio(self.pairs_found, self.pairs_total)
    }
    /// Annotated passages found.
    pub fn passage_recall(&self) -> f64 {
        ratio(self.passages_found, self.passages_total)
    }
    /// Edges that are real.
    pub fn edge_precision(&self) -> f64 {
        ratio(self.edges_real, self.edges_total)
    }

    /// The four figures on one line.
    pub fn line(&self) -> String {
        format!(
            "actors {}/{} = {:.3}; related pairs {}/{} = {:.3}; passages {}/{} = {:.3}; edge precision {}/{} = {:.3}",
            self.actors_found,
            self.actors_total,
            self.actor_recall(),
            self.pairs_found,
            self.pairs_total,
            self.pair_recall(),
            self.passages_found,
            self.passages_total,
            self.passage_recall(),
            self.edges_real,
            self.edges_total,
            self.edge_precision()
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Byte ranges where any of `forms` occurs in `text`, on word boundaries.
fn occurrences(text: &str, forms: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for f in forms {
        let f = f.trim_end_matches("’s").trim_end_matches("'s");
        if f.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(p) = text[from..].find(f) {
            let s = from + p;
            let e = s + f.len();
            let before_ok = text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                out.push((s, e));
            }
            from = s + f.len().max(1);
        }
    }
    out
}

/// The engine entity each annotated actor of `gold` is: the one whose mentions cover
/// most of the actor's occurrences (ties to the smaller id). Unmapped actors are left
/// out.
fn map_actors<'g>(
    gold: &'g Gold,
    doc: &Document,
    mentions: &[Mention],
) -> HashMap<&'g str, EntityId> {
    let mut map = HashMap::new();
    for ge in &gold.entities {
        let mut forms = ge.forms.clone();
        forms.push(ge.name.clone());
        let mut votes: BTreeMap<EntityId, usize> = BTreeMap::new();
        for (s, e) in occurrences(&doc.text, &forms) {
            for m in mentions
                .iter()
                .filter(|m| (m.start as usize) < e && s < m.end as usize)
            {
                *votes.entry(m.entity).or_default() += 1;
            }
        }
        if let Some((&id, _)) = votes
            .iter()
            .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
        {
            map.insert(ge.name.as_str(), id);
        }
    }
    map
}

/// Whether an annotated pair was found, and its two annotated names.
type GoldPair<'g> = (bool, (&'g str, &'g str));

/// (article, engine pair, smaller id first) → the starts of the sentences the
/// annotation says relate them.
type GoldSentences = BTreeMap<(DocId, EntityId, EntityId), BTreeSet<u32>>;

/// Where an annotated relation's evidence sits: the start of its sentence (`None`
/// when the engine reads no sentence there).
///
/// # Errors
/// When the evidence is not in the article (`tests/tools/verify_gold.py` checks it).
fn sentence_of(doc: &Document, gold: &Gold, evidence: &str) -> anyhow::Result<Option<u32>> {
    let pos = doc.body_start
        + doc
            .body()
            .find(evidence)
            .with_context(|| format!("evidence not in {}: {evidence}", gold.doc))?;
    Ok(doc
        .sentences
        .iter()
        .find(|s| s.start <= pos && pos < s.end)
        .map(|s| s.start as u32))
}

/// The article `gold` annotates.
///
/// # Errors
/// When `corpus` does not hold it.
fn article<'c>(corpus: &'c Corpus, gold: &Gold) -> anyhow::Result<(DocId, &'c Document)> {
    let doc_id = corpus
        .doc_id(&gold.doc)
        .with_context(|| format!("an annotation names unknown article {}", gold.doc))?;
    let doc = corpus.document(doc_id).context("no such document")?;
    Ok((doc_id, doc))
}

/// Scores `graph` (extracted from `corpus`) against `golds`, counting only the edges
/// whose confidence reaches `min_confidence`.
///
/// # Errors
/// An annotation that names an article the corpus does not hold, or evidence that is
/// not in its article.
pub fn score(
    corpus: &Corpus,
    graph: &EvidenceGraph,
    golds: &[Gold],
    min_confidence: f64,
) -> anyhow::Result<Score> {
    let mut score = Score::default();
    let shown = |a: EntityId, b: EntityId| {
        graph
            .relation_between(a, b)
            .and_then(|r| graph.relation(r))
            .filter(|r| r.confidence().reaches(min_confidence))
    };
    let mut gold_sentences = GoldSentences::new();
    for gold in golds {
        let (doc_id, doc) = article(corpus, gold)?;
        let map = map_actors(gold, doc, graph.mentions_in(doc_id));
        score.actors_total += gold.entities.len();
        score.actors_found += map.len();
        for ge in gold
            .entities
            .iter()
            .filter(|e| !map.contains_key(e.name.as_str()))
        {
            score.notes.push(format!(
                "MISSED ACTOR {}: {} ({})",
                gold.doc, ge.name, ge.kind
            ));
        }
        // Engine pair → (found?, the gold names).
        let mut pairs: BTreeMap<(EntityId, EntityId), GoldPair> = BTreeMap::new();
        let mut unmapped: BTreeSet<(&str, &str)> = BTreeSet::new();
        for gr in &gold.relations {
            let sentence = sentence_of(doc, gold, &gr.evidence)?;
            let (Some(&a), Some(&b)) = (map.get(gr.a.as_str()), map.get(gr.b.as_str())) else {
                score.passages_total += 1;
                score.notes.push(format!(
                    "MISSED PASSAGE (actor) {}: {} — {}: {}",
                    gold.doc, gr.a, gr.b, gr.evidence
                ));
                let (x, y) = (gr.a.as_str(), gr.b.as_str());
                unmapped.insert((x.min(y), x.max(y)));
                continue;
            };
            if a == b {
                continue;
            }
            let key = (a.min(b), a.max(b));
            score.passages_total += 1;
            let found = shown(key.0, key.1).is_some_and(|r| {
                r.passages
                    .iter()
                    .any(|p| p.doc == doc_id && Some(p.start) == sentence)
            });
            if found {
                score.passages_found += 1;
            } else {
                score.notes.push(format!(
                    "MISSED PASSAGE {}: {} — {}: {}",
                    gold.doc, gr.a, gr.b, gr.evidence
                ));
            }
            let entry = pairs.entry(key).or_default();
            entry.0 |= found;
            entry.1 = (gr.a.as_str(), gr.b.as_str());
            if let Some(s) = sentence {
                gold_sentences
                    .entry((doc_id, key.0, key.1))
                    .or_default()
                    .insert(s);
            }
        }
        score.pairs_total += pairs.len() + unmapped.len();
        score.pairs_found += pairs.values().filter(|(f, _)| *f).count();
        for (_, (a, b)) in pairs.values().filter(|(f, _)| !*f) {
            score
                .notes
                .push(format!("MISSED PAIR {}: {a} — {b}", gold.doc));
        }
    }
    // An edge (per article) is real when one of its passages is an annotated sentence
    // of its pair.
    let annotated: BTreeSet<DocId> = golds.iter().filter_map(|g| corpus.doc_id(&g.doc)).collect();
    for r in graph
        .relations()
        .iter()
        .filter(|r| r.confidence().reaches(min_confidence))
    {
        let mut per_doc: BTreeMap<DocId, Vec<u32>> = BTreeMap::new();
        for p in &r.passages {
            per_doc.entry(p.doc).or_default().push(p.start);
        }
        for (doc, starts) in per_doc {
            if !annotated.contains(&doc) {
                continue;
            }
            score.edges_total += 1;
            let gold = gold_sentences.get(&(doc, r.source, r.target));
            if gold.is_some_and(|g| starts.iter().any(|s| g.contains(s))) {
                score.edges_real += 1;
            } else if let Some(d) = corpus.document(doc) {
                let p = r.passages.iter().find(|p| p.doc == doc);
                let text = p.map_or("", |p| &d.text[p.range()]);
                let name = |id| graph.entity(id).map_or("?", |e| e.name.as_str());
                score.notes.push(format!(
                    "FALSE EDGE {}: {} — {} [{}] ({}): {}",
                    d.id,
                    name(r.source),
                    name(r.target),
                    r.labels
                        .iter()
                        .map(|l| l.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    r.confidence(),
                    text
                ));
            }
        }
    }
    Ok(score)
}

/// One passage of an annotated article as a training example: the model's inputs,
/// whether the annotation relates the pair in that sentence, and the article.
pub type Example = ([f64; confidence::N], bool, String);

/// Every passage `graph` holds in the annotated articles, as training examples, in
/// graph order (deterministic).
///
/// # Errors
/// As [`score`].
pub fn examples(
    corpus: &Corpus,
    graph: &EvidenceGraph,
    golds: &[Gold],
) -> anyhow::Result<Vec<Example>> {
    let mut gold_sentences = GoldSentences::new();
    let mut annotated = BTreeMap::new();
    for gold in golds {
        let (doc_id, doc) = article(corpus, gold)?;
        annotated.insert(doc_id, gold.doc.clone());
        let map = map_actors(gold, doc, graph.mentions_in(doc_id));
        for gr in &gold.relations {
            let sentence = sentence_of(doc, gold, &gr.evidence)?;
            if let (Some(s), Some(&a), Some(&b)) =
                (sentence, map.get(gr.a.as_str()), map.get(gr.b.as_str()))
            {
                gold_sentences
                    .entry((doc_id, a.min(b), a.max(b)))
                    .or_default()
                    .insert(s);
            }
        }
    }
    let mut out = Vec::new();
    for r in graph.relations() {
        for p in &r.passages {
            let Some(name) = annotated.get(&p.doc) else {
                continue;
            };
            let related = gold_sentences
                .get(&(p.doc, r.source, r.target))
                .is_some_and(|s| s.contains(&p.start));
            out.push((
                confidence::inputs(&p.features, p.rule),
                related,
                name.clone(),
            ));
        }
    }
    Ok(out)
}

/// What the model learns from: every passage of the annotated articles of some splits.
#[derive(Debug, Default)]
pub struct Training {
    /// The examples, split after split, each in graph order.
    pub examples: Vec<Example>,
    /// Annotated articles.
    pub articles: usize,
}

impl Training {
    /// Extracts each split with the built-in catalog merged with `catalog` and the
    /// split's own (no curation), and gathers its examples.
    ///
    /// # Errors
    /// A split or catalog that cannot be read, or a bad annotation.
    pub fn of(splits: &[Split], catalog: Option<&Path>) -> anyhow::Result<Self> {
        let mut training = Self::default();
        for split in splits {
            let corpus = Corpus::load(&split.corpus)
                .with_context(|| format!("cannot load {}", split.corpus.display()))?;
            let catalog = crate::catalog::Catalog::resolve(catalog, Some(&split.corpus))?;
            let graph = crate::extract::extract(&corpus, &catalog).graph;
            let golds = split.golds()?;
            training.articles += golds.len();
            training.examples.extend(examples(&corpus, &graph, &golds)?);
        }
        Ok(training)
    }

    /// The fitted model as `data/confidence.txt` holds it, with a header saying how it
    /// was made.
    pub fn weights_file(&self) -> String {
        let header = format!(
            "Nexo's passage-confidence model: logistic regression, L2 {L2}.\n\
             Fitted by `scripts/train.sh` to {} passages of {} annotated articles.\n\
             Each line: an input of `extract::confidence::INPUTS` and its weight.",
            self.examples.len(),
            self.articles
        );
        train(&self.examples).to_text(&header)
    }
}

/// The L2 weight of training (chosen by cross-validation: see `nexo train`'s report).
pub const L2: f64 = 1.0;

/// Fits the model to `examples`.
pub fn train(examples: &[Example]) -> Model {
    let xs: Vec<_> = examples.iter().map(|(x, y, _)| (*x, *y)).collect();
    Model::fit(&xs, L2)
}

/// Precision and recall of the passages at each threshold, when each article's
/// passages are scored by a model trained without that article's fold (`folds` folds
/// by article, articles dealt to folds in name order).
pub fn cross_validate(examples: &[Example], folds: usize) -> Vec<(f64, f64, f64)> {
    let mut docs: Vec<&str> = examples.iter().map(|(_, _, d)| d.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let fold_of: HashMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (*d, i % folds.max(1)))
        .collect();
    let mut scored: Vec<(f64, bool)> = Vec::with_capacity(examples.len());
    for f in 0..folds.max(1) {
        let train: Vec<_> = examples
            .iter()
            .filter(|(_, _, d)| fold_of[d.as_str()] != f)
            .map(|(x, y, _)| (*x, *y))
            .collect();
        let model = Model::fit(&train, L2);
        scored.extend(
            examples
                .iter()
                .filter(|(_, _, d)| fold_of[d.as_str()] == f)
                .map(|(x, y, _)| (model.probability(x), *y)),
        );
    }
    let positives = scored.iter().filter(|(_, y)| *y).count();
    (1..10)
        .map(|t| {
            let t = f64::from(t) / 10.0;
            let kept: Vec<_> = scored.iter().filter(|(p, _)| *p >= t).collect();
            let right = kept.iter().filter(|(_, y)| *y).count();
            (t, ratio(right, kept.len()), ratio(right, positives))
        })
        .collect()
}
