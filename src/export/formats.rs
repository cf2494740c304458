//! Data exports other tools read: GraphML (yEd, Gephi, Cytoscape, networkx), GEXF 1.3
//! (Gephi, with viz colour, position and size), CSV (spreadsheets) and Graphviz DOT.
//! Each is a pure function from a [`Scene`] to text; lists keep scene order, so the same
//! input gives the same bytes.

use std::fmt::Write as _;

use super::scene::{kind_hex, kind_rgb, Scene};
use crate::corpus::Corpus;
use crate::graph::{EvidenceGraph, Relation};
use crate::kind::Kind;

/// Escapes text for XML content and attribute values, dropping the control characters
/// XML 1.0 cannot carry at all.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The passages of a relation as one readable text: `doc [start–end]: sentence`.
fn evidence_text(corpus: &Corpus, r: &Relation) -> String {
    r.passages
        .iter()
        .filter_map(|p| {
            let doc = corpus.document(p.doc)?;
            let text = doc.text.get(p.start as usize..p.end as usize)?;
            Some(format!("{} [{}–{}]: {}", doc.id, p.start, p.end, text))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// GraphML with node kind, label, aliases, mentions, position, colour and size, and
/// edge weight, labels and evidence passages.
pub fn graphml(corpus: &Corpus, graph: &EvidenceGraph, scene: &Scene) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (id, for_, ty) in [
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("aliases", "node", "string"),
        ("mentions", "node", "int"),
        ("discovered", "node", "boolean"),
        ("x", "node", "double"),
        ("y", "node", "double"),
        ("size", "node", "double"),
        ("color", "node", "string"),
        ("weight", "edge", "int"),
        ("labels", "edge", "string"),
        ("evidence", "edge", "string"),
    ] {
        let _ = writeln!(
            s,
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        );
    }
    s.push_str("  <graph id=\"nexo\" edgedefault=\"undirected\">\n");
    for (n, e) in scene.nodes_with(graph) {
        let _ = writeln!(s, "    <node id=\"{}\">", xml_escape(&e.key));
        let data = [
            ("label", xml_escape(&e.name)),
            ("kind", e.kind.as_str().to_string()),
            ("aliases", xml_escape(&e.aliases.join("; "))),
            ("mentions", e.mentions.to_string()),
            ("discovered", e.is_discovered.to_string()),
            ("x", format!("{:.3}", n.x)),
            ("y", format!("{:.3}", n.y)),
            ("size", format!("{:.3}", n.radius)),
            ("color", kind_hex(e.kind).to_string()),
        ];
        for (k, v) in data {
            let _ = writeln!(s, "      <data key=\"{k}\">{v}</data>");
        }
        s.push_str("    </node>\n");
    }
    for (i, r, a, b) in scene.edges_with(graph) {
        let _ = writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml_escape(&a.key),
            xml_escape(&b.key)
        );
        let _ = writeln!(s, "      <data key=\"weight\">{}</data>", r.weight());
        let _ = writeln!(
            s,
            "      <data key=\"labels\">{}</data>",
            xml_escape(&r.labels.join("; "))
        );
        let _ = writeln!(
            s,
            "      <data key=\"evidence\">{}</data>",
            xml_escape(&evidence_text(corpus, r))
        );
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// GEXF 1.3 with `viz:color`, `viz:position` and `viz:size`, so Gephi opens it looking
/// like Nexo.
pub fn gexf(corpus: &Corpus, graph: &EvidenceGraph, scene: &Scene, description: &str) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
    let _ = writeln!(
        s,
        "  <meta>\n    <creator>Nexo</creator>\n    <description>{}</description>\n  </meta>",
        xml_escape(description)
    );
    s.push_str("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
    s.push_str("    <attributes class=\"node\">\n");
    for (id, ty) in [
        ("kind", "string"),
        ("aliases", "string"),
        ("mentions", "integer"),
        ("discovered", "boolean"),
    ] {
        let _ = writeln!(
            s,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        );
    }
    s.push_str("    </attributes>\n    <attributes class=\"edge\">\n");
    for id in ["labels", "evidence"] {
        let _ = writeln!(
            s,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"string\"/>"
        );
    }
    s.push_str("    </attributes>\n    <nodes>\n");
    for (n, e) in scene.nodes_with(graph) {
        let _ = writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\">",
            xml_escape(&e.key),
            xml_escape(&e.name)
        );
        s.push_str("        <attvalues>\n");
        let _ = writeln!(
            s,
            "          <attvalue for=\"kind\" value=\"{}\"/>",
            e.kind.as_str()
        );
        let _ = writeln!(
            s,
            "          <attvalue for=\"aliases\" value=\"{}\"/>",
            xml_escape(&e.aliases.join("; "))
        );
        let _ = writeln!(
            s,
            "          <attvalue for=\"mentions\" value=\"{}\"/>",
            e.mentions
        );
        let _ = writeln!(
            s,
            "          <attvalue for=\"discovered\" value=\"{}\"/>",
            e.is_discovered
        );
        s.push_str("        </attvalues>\n");
        let [r, g, b] = kind_rgb(e.kind);
        let _ = writeln!(
            s,
            "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\" a=\"1.0\"/>"
        );
        // GEXF's y axis points up; the scene's points down like the screen.
        let _ = writeln!(
            s,
            "        <viz:position x=\"{:.3}\" y=\"{:.3}\" z=\"0.0\"/>",
            n.x, -n.y
        );
        let _ = writeln!(s, "        <viz:size value=\"{:.3}\"/>", n.radius);
        s.push_str("      </node>\n");
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, r, a, b) in scene.edges_with(graph) {
        let _ = writeln!(
            s,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\" label=\"{}\">",
            xml_escape(&a.key),
            xml_escape(&b.key),
            r.weight(),
            xml_escape(r.labels.first().map_or("", |l| l.as_str()))
        );
        s.push_str("        <attvalues>\n");
        let _ = writeln!(
            s,
            "          <attvalue for=\"labels\" value=\"{}\"/>",
            xml_escape(&r.labels.join("; "))
        );
        let _ = writeln!(
            s,
            "          <attvalue for=\"evidence\" value=\"{}\"/>",
            xml_escape(&evidence_text(corpus, r))
        );
        s.push_str("        </attvalues>\n      </edge>\n");
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

/// A CSV cell: quoted when needed, and a leading `= + - @` (or tab / carriage return)
/// neutralised with an apostrophe so spreadsheets never run it as a formula.
pub fn csv_cell(value: &str) -> String {
    let mut v = value.to_string();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) || v.starts_with(' ') || v.ends_with(' ') {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

fn csv_row(cells: &[String]) -> String {
    let mut row = cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// `nodes.csv`, `edges.csv` and `evidence.csv`, as `(file name, content)`.
pub fn csv(corpus: &Corpus, graph: &EvidenceGraph, scene: &Scene) -> Vec<(&'static str, String)> {
    let mut nodes = csv_row(
        &[
            "id",
            "label",
            "kind",
            "aliases",
            "mentions",
            "discovered",
            "x",
            "y",
            "size",
            "color",
        ]
        .map(String::from),
    );
    for (n, e) in scene.nodes_with(graph) {
        nodes.push_str(&csv_row(&[
            e.key.clone(),
            e.name.clone(),
            e.kind.as_str().into(),
            e.aliases.join("; "),
            e.mentions.to_string(),
            e.is_discovered.to_string(),
            format!("{:.3}", n.x),
            format!("{:.3}", n.y),
            format!("{:.3}", n.radius),
            kind_hex(e.kind).into(),
        ]));
    }
    let mut edges = csv_row(&["source", "target", "weight", "labels"].map(String::from));
    let mut evidence =
        csv_row(&["source", "target", "doc", "start", "end", "label", "text"].map(String::from));
    for (_, r, a, b) in scene.edges_with(graph) {
        edges.push_str(&csv_row(&[
            a.key.clone(),
            b.key.clone(),
            r.weight().to_string(),
            r.labels.join("; "),
        ]));
        for p in &r.passages {
            let Some(doc) = corpus.document(p.doc) else {
                continue;
            };
            let text = doc.text.get(p.start as usize..p.end as usize).unwrap_or("");
            evidence.push_str(&csv_row(&[
                a.key.clone(),
                b.key.clone(),
                doc.id.clone(),
                p.start.to_string(),
                p.end.to_string(),
                p.label.to_string(),
                text.to_string(),
            ]));
        }
    }
    vec![
        ("nodes.csv", nodes),
        ("edges.csv", edges),
        ("evidence.csv", evidence),
    ]
}

fn dot_escape(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn dot_shape(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "ellipse",
        Kind::Agency => "box",
        Kind::Cartel => "triangle",
        Kind::Agreement => "diamond",
        Kind::Country => "hexagon",
        Kind::Organization => "box\", style=\"rounded,filled",
    }
}

/// Graphviz DOT with kind colours and shapes and the layout's positions (`neato -n`).
pub fn dot(graph: &EvidenceGraph, scene: &Scene) -> String {
    let mut s = String::from("graph nexo {\n  graph [overlap=false, outputorder=edgesfirst];\n  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
    for (n, e) in scene.nodes_with(graph) {
        let _ = writeln!(
            s,
            "  \"{}\" [label=\"{}\", shape=\"{}\", fillcolor=\"{}\", width={:.2}, pos=\"{:.1},{:.1}!\", kind=\"{}\"];",
            dot_escape(&e.key),
            dot_escape(&e.name),
            dot_shape(e.kind),
            kind_hex(e.kind),
            n.radius / 36.0 * 2.0,
            n.x,
            -n.y,
            e.kind.as_str()
        );
    }
    for (_, r, a, b) in scene.edges_with(graph) {
        let _ = writeln!(
            s,
            "  \"{}\" -- \"{}\" [weight={}, penwidth={:.2}, label=\"{}\"];",
            dot_escape(&a.key),
            dot_escape(&b.key),
            r.weight(),
            0.8 + (r.weight() as f32).sqrt() * 0.9,
            dot_escape(&r.labels.join(", "))
        );
    }
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_keeps_text_and_drops_controls() {
        assert_eq!(
            xml_escape("A & B <c> \"d\" 'e'\u{1}é"),
            "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;é"
        );
    }

    #[test]
    fn csv_cells_are_quoted_and_neutralised() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("-1,2"), "\"'-1,2\"");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes() {
        assert_eq!(dot_escape("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c\\nd");
    }
}
