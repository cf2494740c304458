//! The node-link JSON export: documents, nodes, edges with their evidence passages.
//!
//! Field order is fixed and every list is sorted, so the same input always gives the
//! same bytes.

use serde::Serialize;

use super::scene::{kind_hex, Scene};
use crate::corpus::Corpus;
use crate::graph::{EvidenceGraph, Label};

#[derive(Serialize)]
struct JsonGraph<'a> {
    documents: Vec<JsonDocument<'a>>,
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge<'a>>,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    mentions: u32,
    discovered: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    x: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    y: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'static str>,
}

#[derive(Serialize)]
struct JsonEdge<'a> {
    source: &'a str,
    target: &'a str,
    weight: usize,
    labels: &'a [Label],
    evidence: Vec<JsonEvidence<'a>>,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    doc: &'a str,
    start: u32,
    end: u32,
    text: &'a str,
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
    write(corpus, graph, None)
}

/// Like [`to_string`], restricted to a scene's nodes and edges, with their positions,
/// sizes and colours.
///
/// # Errors
/// As [`to_string`].
pub fn to_string_scene(
    corpus: &Corpus,
    graph: &EvidenceGraph,
    scene: &Scene,
) -> serde_json::Result<String> {
    write(corpus, graph, Some(scene))
}

fn write(
    corpus: &Corpus,
    graph: &EvidenceGraph,
    scene: Option<&Scene>,
) -> serde_json::Result<String> {
    let documents = corpus
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
            })
        })
        .collect();
    let shown: Option<Vec<crate::graph::RelationId>> =
        scene.map(|s| s.edges.iter().map(|e| e.relation).collect());
    let key = |id: crate::graph::EntityId| graph.entity(id).map_or("", |e| e.key.as_str());
    let edges = graph
        .relation_ids()
        .zip(graph.relations())
        .filter(|(rid, _)| shown.as_ref().is_none_or(|s| s.binary_search(rid).is_ok()))
        .map(|(_, r)| JsonEdge {
            source: key(r.source),
            target: key(r.target),
            weight: r.weight(),
            labels: &r.labels,
            evidence: r
                .passages
                .iter()
                .filter_map(|p| {
                    let doc = corpus.document(p.doc)?;
                    Some(JsonEvidence {
                        doc: &doc.id,
                        start: p.start,
                        end: p.end,
                        text: doc.text.get(p.start as usize..p.end as usize)?,
                    })
                })
                .collect(),
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&JsonGraph {
        documents,
        nodes,
        edges,
    })?;
    out.push('\n');
    Ok(out)
}
