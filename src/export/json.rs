//! The node-link JSON export: documents, nodes, edges with their evidence passages.
//!
//! Field order is fixed and every list is sorted, so the same input always gives the
//! same bytes. The format is versioned ([`FORMAT_VERSION`]) and described by a JSON
//! Schema derived from these types ([`schema`], committed as
//! `schema/nexo-export.schema.json`); `networkx.node_link_graph(data, edges="edges")`
//! reads it as an undirected simple graph with the documents as graph attributes.

use schemars::JsonSchema;
use serde::Serialize;

use super::scene::{kind_hex, Scene};
use crate::corpus::Corpus;
use crate::graph::{EvidenceGraph, Label};

/// The version of the export's format. 2 added `format_version`, `directed`,
/// `multigraph`, `graph` and each passage's `label`, `start_char` and `end_char`; 3 each
/// passage's `rule`; 4 each edge's and each passage's `confidence`, and each passage's
/// `stated`.
pub const FORMAT_VERSION: u32 = 4;

/// A Nexo graph export: its documents, entities (nodes) and relations (edges), each
/// relation with the passages that support it.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "Nexo graph export", deny_unknown_fields)]
struct JsonGraph<'a> {
    /// The version of this format (currently 4).
    format_version: u32,
    /// Always false: a relation joins two entities with no direction.
    directed: bool,
    /// Always false: one edge per pair of entities, holding all its passages.
    multigraph: bool,
    /// Graph attributes (networkx's `graph`): the documents again.
    graph: JsonGraphAttributes<'a>,
    /// The documents the graph was extracted from.
    documents: Vec<JsonDocument<'a>>,
    /// Entities.
    nodes: Vec<JsonNode<'a>>,
    /// Relations between two entities, with their evidence.
    edges: Vec<JsonEdge<'a>>,
}

/// What networkx keeps as the graph's attributes.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonGraphAttributes<'a> {
    /// The documents, as in the top-level `documents`.
    documents: Vec<JsonDocument<'a>>,
}

/// One document of the corpus.
#[derive(Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonDocument<'a> {
    /// Its path relative to the corpus folder, with `/`; passages name it.
    id: &'a str,
    /// The same path.
    path: &'a str,
    /// Headline (front matter, else the first line).
    title: &'a str,
    /// Publication, from front matter.
    outlet: Option<&'a str>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, from front matter.
    date: Option<&'a str>,
}

/// One entity.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonNode<'a> {
    /// Stable id (a slug; the catalog's id for a known entity).
    id: &'a str,
    /// Display name.
    label: &'a str,
    /// One of person, agency, cartel, agreement, country, organization.
    kind: &'static str,
    /// Other names it is found by.
    aliases: &'a [String],
    /// Times it is named in the corpus.
    mentions: u32,
    /// Found by discovery rather than the catalog.
    discovered: bool,
    /// Position in the picture (screen axes: y grows downwards); picture exports only.
    #[serde(skip_serializing_if = "Option::is_none")]
    x: Option<f32>,
    /// See `x`.
    #[serde(skip_serializing_if = "Option::is_none")]
    y: Option<f32>,
    /// Radius in the picture.
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<f32>,
    /// Colour of its kind, `#rrggbb`.
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'static str>,
    /// Neighbours over n − 1, in the whole graph (networkx `degree_centrality`).
    degree: f64,
    /// Passages on its relations (networkx `degree(weight="weight")`).
    weighted_degree: f64,
    /// Normalised betweenness, unweighted (networkx `betweenness_centrality`; estimated
    /// from a sample of sources above 10,000 entities).
    betweenness: f64,
    /// PageRank, α = 0.85, weighted by passages (networkx `pagerank`).
    pagerank: f64,
    /// Eigenvector centrality in the largest connected component, 0 elsewhere
    /// (networkx `eigenvector_centrality_numpy` on that component).
    eigenvector: f64,
    /// Its community (Louvain, best of ten seeded runs), numbered from 1, largest first.
    community: u32,
}

/// One relation: two entities and the passages that relate them.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonEdge<'a> {
    /// Node id of one end.
    source: &'a str,
    /// Node id of the other end.
    target: &'a str,
    /// Number of passages.
    weight: usize,
    /// How likely the two are related, in [0, 1]: 1 − Π(1 − p) over the passages'
    /// confidences (1 for a relation added by hand).
    confidence: f64,
    /// Distinct passage labels, those a rule stated first, then most frequent first.
    #[schemars(with = "Vec<String>")]
    labels: &'a [Label],
    /// The passages, by document and offset.
    evidence: Vec<JsonEvidence<'a>>,
    /// What an analyst wrote about a relation they added by hand (which may have no
    /// passage); absent for a relation extraction found.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

/// One passage: the sentence that relates the two entities.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonEvidence<'a> {
    /// Document id.
    doc: &'a str,
    /// Byte offset of the sentence in the file (UTF-8).
    start: u32,
    /// Byte offset of its end (exclusive).
    end: u32,
    /// The same range in characters of the document's text: Unicode code points, as
    /// Python counts them (JavaScript counts UTF-16 units, which differ only outside
    /// the Basic Multilingual Plane, for emoji).
    start_char: u32,
    /// The end in characters (exclusive).
    end_char: u32,
    /// What this sentence says the relation is.
    #[schemars(with = "String")]
    label: Label,
    /// The rule that found it (`family::rule`, as `nexo extract --explain` prints it);
    /// absent for a passage no rule made.
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'static str>,
    /// A rule stated the relation here; false when the two are only named in the
    /// sentence (label "named together").
    stated: bool,
    /// How likely this sentence states a relation between the two, in [0, 1] (the
    /// learned model of `data/confidence.txt`).
    confidence: f64,
    /// The sentence, exactly the file's bytes `start..end`.
    text: &'a str,
}

/// The JSON Schema of the export, pretty-printed with a final newline.
pub fn schema() -> String {
    let schema = schemars::schema_for!(JsonGraph<'static>);
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

/// Character offsets of byte offsets in documents, counted once per document.
#[derive(Default)]
struct CharOffsets {
    /// Per document: the character count at every [`Self::STRIDE`]-th byte (empty for
    /// an ASCII document, where characters are bytes).
    marks: std::collections::HashMap<crate::corpus::DocId, Vec<u32>>,
}

impl CharOffsets {
    const STRIDE: usize = 256;

    /// The number of characters before byte `at` (a character boundary) of `text`.
    fn at(&mut self, doc: crate::corpus::DocId, text: &str, at: usize) -> u32 {
        let marks = self.marks.entry(doc).or_insert_with(|| {
            if text.is_ascii() {
                return Vec::new();
            }
            let bytes = text.as_bytes();
            let mut marks = Vec::with_capacity(bytes.len() / Self::STRIDE + 1);
            let mut count = 0u32;
            for (i, &b) in bytes.iter().enumerate() {
                if i % Self::STRIDE == 0 {
                    marks.push(count);
                }
                // Every byte but a continuation byte starts a character.
                count += u32::from(b & 0xC0 != 0x80);
            }
            marks
        });
        if marks.is_empty() {
            return at as u32;
        }
        let block = at / Self::STRIDE;
        let from = block * Self::STRIDE;
        let head = text.as_bytes()[from..at]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count() as u32;
        marks.get(block).copied().unwrap_or(0) + head
    }
}

/// Serialises the graph as pretty-printed JSON (with a final newline).
///
/// # Errors
/// Only if serde_json fails, which plain strings and numbers do not make it do.
///
/// # Example
/// ```
/// use nexo::{catalog::Catalog, corpus::Corpus, extract::extract, export::json};
/// let corpus = Corpus::from_texts([("a.txt", "Trump met Sheinbaum.")]);
/// let graph = extract(&corpus, &Catalog::builtin().unwrap()).graph;
/// let text = json::to_string(&corpus, &graph).unwrap();
/// assert!(text.contains("\"evidence\""));
/// ```
pub fn to_string(corpus: &Corpus, graph: &EvidenceGraph) -> serde_json::Result<String> {
    let analysis = crate::analysis::analyse(graph);
    let mut out = serde_json::to_string_pretty(&json_graph(corpus, graph, None, &analysis))?;
    out.push('\n');
    Ok(out)
}

/// Like [`to_string`], restricted to a scene's nodes and edges, with their positions,
/// sizes and colours, and written to `out` as it is made: the text of a big corpus's
/// export (every passage's sentence, several times the corpus) is never held whole.
///
/// # Errors
/// When `out` cannot be written (serde_json's I/O error).
pub fn write_scene<W: std::io::Write + ?Sized>(
    out: &mut W,
    corpus: &Corpus,
    graph: &EvidenceGraph,
    scene: &Scene,
    analysis: &crate::analysis::Analysis,
) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &json_graph(corpus, graph, Some(scene), analysis))?;
    out.write_all(b"\n").map_err(serde_json::Error::io)
}

/// The export of `graph` (of `scene`'s part of it, placed, when there is one), borrowing
/// its text from the corpus.
fn json_graph<'a>(
    corpus: &'a Corpus,
    graph: &'a EvidenceGraph,
    scene: Option<&Scene>,
    analysis: &crate::analysis::Analysis,
) -> JsonGraph<'a> {
    let at = |v: &[f64], id: crate::graph::EntityId| v.get(id.index()).copied().unwrap_or(0.0);
    let documents: Vec<JsonDocument> = corpus
        .documents
        .iter()
        .map(|d| JsonDocument {
            id: &d.id,
            path: &d.id,
            title: &d.metadata.title,
            outlet: d.metadata.outlet.as_deref(),
            date: d.metadata.date.as_deref(),
        })
        .collect();
    let nodes = graph
        .entity_ids()
        .zip(graph.entities())
        .filter_map(|(id, e)| {
            let placed = match scene {
                Some(s) => Some(s.node(id)?),
                None => None,
            };
            Some(JsonNode {
                id: &e.key,
                label: &e.name,
                kind: e.kind.as_str(),
                aliases: &e.aliases,
                mentions: e.mentions,
                discovered: e.is_discovered,
                x: placed.map(|n| n.x),
                y: placed.map(|n| n.y),
                size: placed.map(|n| n.radius),
                color: placed.map(|_| kind_hex(e.kind)),
                degree: at(&analysis.degree, id),
                weighted_degree: at(&analysis.weighted_degree, id),
                betweenness: at(&analysis.betweenness, id),
                pagerank: at(&analysis.pagerank, id),
                eigenvector: at(&analysis.eigenvector, id),
                community: analysis.community_number(id.index()),
            })
        })
        .collect();
    let shown: Option<Vec<crate::graph::RelationId>> =
        scene.map(|s| s.edges.iter().map(|e| e.relation).collect());
    let key = |id: crate::graph::EntityId| graph.entity(id).map_or("", |e| e.key.as_str());
    let mut chars = CharOffsets::default();
    let edges = graph
        .relation_ids()
        .zip(graph.relations())
        .filter(|(rid, _)| shown.as_ref().is_none_or(|s| s.binary_search(rid).is_ok()))
        .map(|(_, r)| JsonEdge {
            source: key(r.source),
            target: key(r.target),
            weight: r.weight(),
            confidence: r.confidence().get(),
            labels: &r.labels,
            evidence: r
                .passages
                .iter()
                .filter_map(|p| {
                    let doc = corpus.document(p.doc)?;
                    let text = doc.text.get(p.range())?;
                    let start_char = chars.at(p.doc, &doc.text, p.start as usize);
                    Some(JsonEvidence {
                        doc: &doc.id,
                        start: p.start,
                        end: p.end(),
                        start_char,
                        end_char: start_char + text.chars().count() as u32,
                        label: p.label,
                        rule: p.rule.map(crate::graph::Rule::name),
                        stated: p.is_stated(),
                        confidence: p.confidence.get(),
                        text,
                    })
                })
                .collect(),
            note: r.note.as_deref(),
        })
        .collect();
    JsonGraph {
        format_version: FORMAT_VERSION,
        directed: false,
        multigraph: false,
        graph: JsonGraphAttributes {
            documents: documents.clone(),
        },
        documents,
        nodes,
        edges,
    }
}
