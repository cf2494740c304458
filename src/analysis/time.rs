//! When: documents by date, and the graph of a time range. A date is kept as precise as
//! its document gives it (2025, 2025-09 or 2025-09-14), so a range compares spans of
//! days: a document dated 2025-09 is inside `--from 2025-09-20` (it may be), and
//! undated documents are kept (a range cannot say they fall outside it).

use crate::corpus::{Corpus, DocId};
use crate::graph::EvidenceGraph;

/// A span of days, `(first, last)`, each as `year × 10000 + month × 100 + day`.
pub type Span = (u32, u32);

/// The days `date` covers: `2025` → 2025-01-01 to 2025-12-31, `2025-09` → the month,
/// `2025-09-14` → that day. `None` when it is not such a date.
pub fn span(date: &str) -> Option<Span> {
    let mut parts = date.trim().splitn(3, '-');
    let year: u32 = parts
        .next()?
        .parse()
        .ok()
        .filter(|y| (1000..=9999).contains(y))?;
    let month: Option<u32> = match parts.next() {
        Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day: Option<u32> = match parts.next() {
        Some(d) => Some(
            d.get(..2)
                .unwrap_or(d)
                .parse()
                .ok()
                .filter(|d| (1..=31).contains(d))?,
        ),
        None => None,
    };
    let at = |m: u32, d: u32| year * 10_000 + m * 100 + d;
    Some(match (month, day) {
        (Some(m), Some(d)) => (at(m, d), at(m, d)),
        (Some(m), None) => (at(m, 1), at(m, 31)),
        _ => (at(1, 1), at(12, 31)),
    })
}

/// A range of dates; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Range {
    /// The first day kept.
    pub from: Option<u32>,
    /// The last day kept.
    pub to: Option<u32>,
}

impl Range {
    /// The range from the start of `from` to the end of `to`.
    ///
    /// # Errors
    /// A message naming the date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn new(from: Option<&str>, to: Option<&str>) -> Result<Self, String> {
        let parse = |d: &str| {
            span(d).ok_or_else(|| format!("`{d}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        };
        Ok(Self {
            from: from.map(parse).transpose()?.map(|s| s.0),
            to: to.map(parse).transpose()?.map(|s| s.1),
        })
    }

    /// No bound on either side.
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether a document dated `date` (none: undated) is kept.
    pub fn keeps(&self, date: Option<&str>) -> bool {
        let Some((first, last)) = date.and_then(span) else {
            return true;
        };
        self.from.is_none_or(|f| last >= f) && self.to.is_none_or(|t| first <= t)
    }
}

/// `graph` with only the passages and mentions of the documents `keep` accepts: a
/// relation with no passage left goes (one added by hand stays), and so does an
/// entity named in none of them.
pub fn restricted(graph: &EvidenceGraph, keep: impl Fn(DocId) -> bool) -> EvidenceGraph {
    let mut entities = Vec::new();
    let mut new_id = vec![None; graph.entity_count()];
    let kept_docs = |docs: &[DocId]| {
        docs.iter()
            .copied()
            .filter(|d| keep(*d))
            .collect::<Vec<_>>()
    };
    for (i, e) in graph.entities().iter().enumerate() {
        let docs = kept_docs(&e.documents);
        if docs.is_empty() {
            continue;
        }
        let mut e = e.clone();
        e.documents = docs;
        new_id[i] = Some(crate::graph::EntityId(entities.len() as u32));
        entities.push(e);
    }
    let relations = graph
        .relations()
        .iter()
        .filter_map(|r| {
            let (s, t) = (new_id[r.source.index()]?, new_id[r.target.index()]?);
            let passages: Vec<_> = r.passages.iter().filter(|p| keep(p.doc)).cloned().collect();
            if passages.is_empty() && !r.is_by_hand() {
                return None;
            }
            let mut r = r.clone();
            r.source = s;
            r.target = t;
            if r.passages.len() != passages.len() && !passages.is_empty() {
                r.labels = crate::graph::labels_by_frequency(&passages);
            }
            r.passages = passages;
            Some(r)
        })
        .collect();
    let mut mentions: Vec<Vec<crate::graph::Mention>> = Vec::new();
    let mut counts = vec![0u32; entities.len()];
    for (doc, list) in graph.mention_lists().iter().enumerate() {
        let kept = if keep(DocId(doc as u32)) {
            list.iter()
                .filter_map(|m| {
                    let id = new_id[m.entity.index()]?;
                    counts[id.index()] += 1;
                    Some(crate::graph::Mention { entity: id, ..*m })
                })
                .collect()
        } else {
            Vec::new()
        };
        mentions.push(kept);
    }
    for (e, n) in entities.iter_mut().zip(counts) {
        e.mentions = n;
    }
    EvidenceGraph::new(entities, relations, mentions)
}

/// `graph` within `range` of its documents' dates.
pub fn within(corpus: &Corpus, graph: &EvidenceGraph, range: Range) -> EvidenceGraph {
    restricted(graph, |d| {
        range.keeps(
            corpus
                .document(d)
                .and_then(|doc| doc.metadata.date.as_deref()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::inconsistent_digit_grouping)] // year_month_day reads better
    fn partial_dates_are_spans_and_a_range_keeps_what_may_fall_in_it() {
        assert_eq!(span("2025"), Some((2025_01_01, 2025_12_31)));
        assert_eq!(span("2025-09"), Some((2025_09_01, 2025_09_31)));
        assert_eq!(span("2025-09-14"), Some((2025_09_14, 2025_09_14)));
        assert_eq!(span("2025-09-14T10:00"), Some((2025_09_14, 2025_09_14)));
        assert_eq!(span("Sept. 2025"), None);
        let r = Range::new(Some("2025-01"), Some("2025-12")).unwrap();
        assert!(r.keeps(Some("2025-09")));
        assert!(r.keeps(Some("2025")));
        assert!(!r.keeps(Some("2024-12")));
        assert!(!r.keeps(Some("2026-01-02")));
        assert!(r.keeps(None), "undated documents are kept");
        assert!(Range::new(Some("yesterday"), None)
            .unwrap_err()
            .contains("`yesterday`"));
    }
}

#[cfg(test)]
mod restricted_tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::extract::extract;

    fn corpus() -> Corpus {
        Corpus::from_texts([
            (
                "a.txt",
                "---\ndate: 2024-12\n---\nClaudia Sheinbaum met Donald Trump. She thanked him.\n"
                    .to_string(),
            ),
            (
                "b.txt",
                "---\ndate: 2025-09-14\n---\nMarco Rubio met Claudia Sheinbaum in Mexico City.\n"
                    .to_string(),
            ),
            ("c.txt", "Donald Trump met Marco Rubio.\n".to_string()),
        ])
    }

    #[test]
    fn keeping_every_document_changes_nothing_and_a_range_keeps_its_documents() {
        let corpus = corpus();
        let g = extract(&corpus, &Catalog::builtin().unwrap()).graph;
        let all = restricted(&g, |_| true);
        assert_eq!(all.entities(), g.entities());
        assert_eq!(all.relations(), g.relations());
        let r = Range::new(Some("2025"), None).unwrap();
        let later = within(&corpus, &g, r);
        let key = |g: &EvidenceGraph, a: &str, b: &str| {
            g.entity_by_key(a)
                .zip(g.entity_by_key(b))
                .and_then(|(a, b)| g.relation_between(a, b))
        };
        assert!(
            key(&later, "claudia-sheinbaum", "donald-trump").is_none(),
            "2024-12 is out"
        );
        assert!(key(&later, "claudia-sheinbaum", "marco-rubio").is_some());
        assert!(
            key(&later, "donald-trump", "marco-rubio").is_some(),
            "undated is kept"
        );
    }
}
