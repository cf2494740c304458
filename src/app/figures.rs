//! The figures (centrality and communities) of what the view shows, recomputed on a
//! worker thread whenever the filters or the graph change: the kinds shown, the
//! minimum of passages and of confidence, "stated only", the documents left out and
//! the time range. With no filter (the default confidence) they are the whole graph's
//! at that confidence, as the exports and `nexo stats` give.
//!
//! One computation runs at a time; the figures shown stay until the next arrive, and
//! a result for filters that have changed since is dropped.

use std::sync::mpsc::{self, Receiver, TryRecvError};

use eframe::egui;

use super::state::AppState;
use super::Loaded;
use crate::analysis::{Analysis, Subgraph};
use crate::corpus::{Corpus, DocId};
use crate::graph::EvidenceGraph;
use crate::kind::Kind;

/// What the figures are of: a graph (its generation) and the filters.
#[derive(Debug, Clone, PartialEq)]
struct Key {
    /// Bumped each time the graph changes (a load, an edit).
    generation: u64,
    /// `None`: the whole graph.
    filter: Option<Filter>,
}

/// The filters that change which entities and relations are counted.
#[derive(Debug, Clone, PartialEq)]
struct Filter {
    kinds: Vec<Kind>,
    min_weight: usize,
    min_confidence: f32,
    is_stated_only: bool,
    hidden_docs: Vec<DocId>,
}

impl Filter {
    /// The filters of `state`, or `None` when they leave the whole graph.
    fn of(state: &AppState, corpus: &Corpus) -> Option<Self> {
        let mut kinds = state.visible_kinds.clone();
        kinds.sort();
        kinds.dedup();
        let hidden_docs = super::canvas::hidden_doc_ids(state, corpus);
        let is_whole = kinds.len() == Kind::ALL.len()
            && state.min_weight <= 1
            && f64::from(state.min_confidence) == crate::graph::DEFAULT_MIN_CONFIDENCE
            && !state.is_stated_only
            && hidden_docs.is_empty();
        (!is_whole).then_some(Self {
            kinds,
            min_weight: state.min_weight,
            min_confidence: state.min_confidence,
            is_stated_only: state.is_stated_only,
            hidden_docs,
        })
    }

    /// The entities of a shown kind mentioned in a shown document (or in none: added
    /// by hand), and the relations the canvas draws between them, weighted by their
    /// passages in shown documents.
    fn subgraph(&self, graph: &EvidenceGraph) -> Subgraph {
        let is_doc_shown = |d: &DocId| !self.hidden_docs.contains(d);
        Subgraph::of(
            graph,
            |id| {
                graph.entity(id).is_some_and(|e| {
                    self.kinds.contains(&e.kind)
                        && (e.documents.is_empty() || e.documents.iter().any(is_doc_shown))
                })
            },
            |r| {
                let shown = r.passages.iter().filter(|p| is_doc_shown(&p.doc)).count();
                let confident = r.is_by_hand()
                    || (r.confidence().reaches(f64::from(self.min_confidence))
                        && (!self.is_stated_only || r.is_stated()));
                (r.is_by_hand() || (shown >= self.min_weight && confident)).then_some(shown as f64)
            },
        )
    }
}

/// The figures shown, and the computation under way.
pub struct Figures {
    generation: u64,
    /// What `Loaded::analysis` holds the figures of (`None`: none yet for this graph).
    shown: Option<Key>,
    job: Option<(Key, Receiver<Analysis>)>,
}

impl Default for Figures {
    /// The figures the loader computed: the whole graph's.
    fn default() -> Self {
        Self {
            generation: 0,
            shown: Some(Key {
                generation: 0,
                filter: None,
            }),
            job: None,
        }
    }
}

impl Figures {
    /// A corpus has loaded with the whole graph's figures.
    pub fn loaded(&mut self) {
        self.generation += 1;
        self.shown = Some(Key {
            generation: self.generation,
            filter: None,
        });
        self.job = None;
    }

    /// The graph changed (an edit): the figures shown are of another graph and must
    /// not be read against this one.
    pub fn graph_changed(&mut self) {
        self.generation += 1;
        self.shown = None;
        self.job = None;
    }

    /// True while figures are being computed.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// True when the figures shown are of a filtered view, not the whole graph.
    pub fn is_of_view(&self) -> bool {
        self.shown.as_ref().is_some_and(|k| k.filter.is_some())
    }

    /// Collects finished figures into `data`, and starts a computation when the
    /// filters or the graph moved on. Returns true when `data.analysis` changed.
    pub fn update(&mut self, data: &mut Loaded, state: &AppState, ctx: &egui::Context) -> bool {
        let wanted = Key {
            generation: self.generation,
            filter: Filter::of(state, &data.corpus),
        };
        let mut changed = false;
        if let Some((key, rx)) = &self.job {
            match rx.try_recv() {
                Ok(analysis) => {
                    if *key == wanted {
                        data.analysis = analysis;
                        self.shown = Some(wanted.clone());
                        changed = true;
                    }
                    self.job = None;
                }
                Err(TryRecvError::Empty) => return false,
                Err(TryRecvError::Disconnected) => self.job = None,
            }
        }
        if self.shown.as_ref() != Some(&wanted) {
            // The subgraph is cut here, cheaply; the measures run on a worker.
            let graph = &data.extraction.graph;
            let sub = match &wanted.filter {
                Some(f) => f.subgraph(graph),
                // The whole graph at the default confidence, as `nexo stats` has it.
                None => Subgraph::of(
                    graph,
                    |_| true,
                    |r| {
                        (r.is_by_hand()
                            || r.confidence().reaches(crate::graph::DEFAULT_MIN_CONFIDENCE))
                        .then_some(r.weight() as f64)
                    },
                ),
            };
            let (tx, rx) = mpsc::channel();
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                let _ = tx.send(sub.analyse());
                ctx.request_repaint();
            });
            self.job = Some((wanted, rx));
        }
        changed
    }
}
