//! Data exports other tools read: GraphML (yEd, Gephi, Cytoscape, networkx), GEXF 1.3
//! (Gephi, with viz colour, position and size), CSV (spreadsheets) and Graphviz DOT.
//! Each writes a [`Scene`] as text (GraphML and GEXF to a writer, as they are made);
//! lists keep scene order, so the same input gives the same bytes.

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

/// Escapes text for an XML attribute value: as [`xml_escape`], and line breaks and tabs
/// as character references, which attribute-value normalisation would otherwise turn
/// into spaces (GEXF keeps its attributes in attribute values).
pub fn xml_attr_escape(s: &str) -> String {
    xml_escape(s)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

/// The passages of a relation as one readable text: `doc [start–end]: sentence`.
fn evidence_text(corpus: &Corpus, r: &Relation) -> String {
    r.passages
        .iter()
        .filter_map(|p| {
            let doc = corpus.document(p.doc)?;
            let text = doc.text.get(p.range())?;
            // The passage's label and confidence, as the edge card shows them.
            Some(format!(
                "{} [{}–{}] ({}, {:.2}): {}",
                doc.id,
                p.start,
                p.end(),
                p.label,
                p.confidence.get(),
                text
            ))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// GraphML with node kind, label, aliases, mentions, position, colour and size, and
/// edge weight, labels and evidence passages.
pub fn graphml<W: std::io::Write + ?Sized>(
    s: &mut W,
    corpus: &Corpus,
    graph: &EvidenceGraph,
    scene: &Scene,
    analysis: &crate::analysis::Analysis,
) -> std::io::Result<()> {
    s.write_all("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".as_bytes())?;
    s.write_all("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n".as_bytes())?;
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
        ("r", "node", "int"),
        ("g", "node", "int"),
        ("b", "node", "int"),
        ("degree", "node", "double"),
        ("weighted_degree", "node", "double"),
        ("betweenness", "node", "double"),
        ("pagerank", "node", "double"),
        ("eigenvector", "node", "double"),
        ("community", "node", "int"),
        ("weight", "edge", "int"),
        ("confidence", "edge", "double"),
        ("stated", "edge", "boolean"),
        ("labels", "edge", "string"),
        ("evidence", "edge", "string"),
        ("note", "edge", "string"),
    ] {
        writeln!(
            s,
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        )?;
    }
    s.write_all("  <graph id=\"nexo\" edgedefault=\"undirected\">\n".as_bytes())?;
    for (n, e) in scene.nodes_with(graph) {
        writeln!(s, "    <node id=\"{}\">", xml_escape(&e.key))?;
        let [r, g, b] = kind_rgb(e.kind);
        let data = [
            ("label", xml_escape(&e.name)),
            ("kind", e.kind.as_str().to_string()),
            ("aliases", xml_escape(&e.aliases.join("; "))),
            ("mentions", e.mentions.to_string()),
            ("discovered", e.is_discovered.to_string()),
            ("x", format!("{:.3}", n.x)),
            // y up, as in GEXF: Gephi shows both imports the same way round.
            ("y", format!("{:.3}", -n.y)),
            ("size", format!("{:.3}", n.radius)),
            ("color", kind_hex(e.kind).to_string()),
            // Gephi's GraphML importer reads colour from r, g and b.
            ("r", r.to_string()),
            ("g", g.to_string()),
            ("b", b.to_string()),
        ];
        for (k, v) in data.into_iter().chain(analysis.figures(n.entity.index())) {
            writeln!(s, "      <data key=\"{k}\">{v}</data>")?;
        }
        s.write_all("    </node>\n".as_bytes())?;
    }
    for (i, r, a, b) in scene.edges_with(graph) {
        writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml_escape(&a.key),
            xml_escape(&b.key)
        )?;
        writeln!(s, "      <data key=\"weight\">{}</data>", r.weight())?;
        writeln!(
            s,
            "      <data key=\"confidence\">{}</data>",
            r.confidence().get()
        )?;
        writeln!(s, "      <data key=\"stated\">{}</data>", r.is_stated())?;
        writeln!(
            s,
            "      <data key=\"labels\">{}</data>",
            xml_escape(&r.labels.join("; "))
        )?;
        writeln!(
            s,
            "      <data key=\"evidence\">{}</data>",
            xml_escape(&evidence_text(corpus, r))
        )?;
        if let Some(note) = &r.note {
            writeln!(s, "      <data key=\"note\">{}</data>", xml_escape(note))?;
        }
        s.write_all("    </edge>\n".as_bytes())?;
    }
    s.write_all("  </graph>\n</graphml>\n".as_bytes())?;
    Ok(())
}

/// GEXF 1.3 with `viz:color`, `viz:position` and `viz:size`, so Gephi opens it looking
/// like Nexo.
pub fn gexf<W: std::io::Write + ?Sized>(
    s: &mut W,
    corpus: &Corpus,
    graph: &EvidenceGraph,
    scene: &Scene,
    analysis: &crate::analysis::Analysis,
    description: &str,
) -> std::io::Result<()> {
    s.write_all("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".as_bytes())?;
    s.write_all("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n".as_bytes())?;
    writeln!(
        s,
        "  <meta>\n    <creator>Nexo</creator>\n    <description>{}</description>\n  </meta>",
        xml_escape(description)
    )?;
    s.write_all("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n".as_bytes())?;
    s.write_all("    <attributes class=\"node\">\n".as_bytes())?;
    for (id, ty) in [
        ("kind", "string"),
        ("aliases", "string"),
        ("mentions", "integer"),
        ("discovered", "boolean"),
        ("degree", "double"),
        ("weighted_degree", "double"),
        ("betweenness", "double"),
        ("pagerank", "double"),
        ("eigenvector", "double"),
        ("community", "integer"),
    ] {
        writeln!(
            s,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        )?;
    }
    s.write_all("    </attributes>\n    <attributes class=\"edge\">\n".as_bytes())?;
    for (id, ty) in [
        ("confidence", "double"),
        ("stated", "boolean"),
        ("labels", "string"),
        ("evidence", "string"),
        ("note", "string"),
    ] {
        writeln!(
            s,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        )?;
    }
    s.write_all("    </attributes>\n    <nodes>\n".as_bytes())?;
    for (n, e) in scene.nodes_with(graph) {
        writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\">",
            xml_attr_escape(&e.key),
            xml_attr_escape(&e.name)
        )?;
        s.write_all("        <attvalues>\n".as_bytes())?;
        writeln!(
            s,
            "          <attvalue for=\"kind\" value=\"{}\"/>",
            e.kind.as_str()
        )?;
        writeln!(
            s,
            "          <attvalue for=\"aliases\" value=\"{}\"/>",
            xml_attr_escape(&e.aliases.join("; "))
        )?;
        writeln!(
            s,
            "          <attvalue for=\"mentions\" value=\"{}\"/>",
            e.mentions
        )?;
        writeln!(
            s,
            "          <attvalue for=\"discovered\" value=\"{}\"/>",
            e.is_discovered
        )?;
        for (k, v) in analysis.figures(n.entity.index()) {
            writeln!(s, "          <attvalue for=\"{k}\" value=\"{v}\"/>")?;
        }
        s.write_all("        </attvalues>\n".as_bytes())?;
        let [r, g, b] = kind_rgb(e.kind);
        writeln!(
            s,
            "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\" a=\"1.0\"/>"
        )?;
        // GEXF's y axis points up; the scene's points down like the screen.
        writeln!(
            s,
            "        <viz:position x=\"{:.3}\" y=\"{:.3}\" z=\"0.0\"/>",
            n.x, -n.y
        )?;
        writeln!(s, "        <viz:size value=\"{:.3}\"/>", n.radius)?;
        s.write_all("      </node>\n".as_bytes())?;
    }
    s.write_all("    </nodes>\n    <edges>\n".as_bytes())?;
    for (i, r, a, b) in scene.edges_with(graph) {
        writeln!(
            s,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\" label=\"{}\">",
            xml_attr_escape(&a.key),
            xml_attr_escape(&b.key),
            r.weight(),
            xml_attr_escape(r.labels.first().map_or("", |l| l.as_str()))
        )?;
        s.write_all("        <attvalues>\n".as_bytes())?;
        writeln!(
            s,
            "          <attvalue for=\"confidence\" value=\"{}\"/>",
            r.confidence().get()
        )?;
        writeln!(
            s,
            "          <attvalue for=\"stated\" value=\"{}\"/>",
            r.is_stated()
        )?;
        writeln!(
            s,
            "          <attvalue for=\"labels\" value=\"{}\"/>",
            xml_attr_escape(&r.labels.join("; "))
        )?;
        writeln!(
            s,
            "          <attvalue for=\"evidence\" value=\"{}\"/>",
            xml_attr_escape(&evidence_text(corpus, r))
        )?;
        if let Some(note) = &r.note {
            writeln!(
                s,
                "          <attvalue for=\"note\" value=\"{}\"/>",
                xml_attr_escape(note)
            )?;
        }
        s.write_all("        </attvalues>\n      </edge>\n".as_bytes())?;
    }
    s.write_all("    </edges>\n  </graph>\n</gexf>\n".as_bytes())?;
    Ok(())
}

/// How CSV cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvFormulas {
    /// Text exactly as it is (the default: passages stay byte-exact, and DuckDB, pandas
    /// and Kùzu read the numbers as numbers).
    #[default]
    Keep,
    /// A text cell opening with `= + - @` (or a tab or carriage return) gets a leading
    /// apostrophe, so a spreadsheet never runs it as a formula (`--csv-escape-formulas`,
    /// as csv-stringify's `escape_formulas`). Number columns are never touched.
    Escape,
}

/// A CSV text cell: quoted when needed, and neutralised as `formulas` says.
pub fn csv_cell(value: &str, formulas: CsvFormulas) -> String {
    let mut v = value.to_string();
    if formulas == CsvFormulas::Escape && v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) || v.starts_with(' ') || v.ends_with(' ') {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// One cell of a row: text (quoted, maybe neutralised) or a number (written as is).
enum Cell {
    Text(String),
    Number(String),
}

fn csv_row(cells: &[Cell], formulas: CsvFormulas) -> String {
    let mut row = cells
        .iter()
        .map(|c| match c {
            Cell::Text(t) => csv_cell(t, formulas),
            Cell::Number(n) => n.clone(),
        })
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// Writes one CSV row.
fn write_row(
    w: &mut dyn std::io::Write,
    cells: &[Cell],
    formulas: CsvFormulas,
) -> std::io::Result<()> {
    w.write_all(csv_row(cells, formulas).as_bytes())
}

/// Every passage on the scene's edges whose document is loaded, in scene order, with
/// its document, its sentence and the two entities it relates.
fn scene_passages<'a>(
    corpus: &'a Corpus,
    graph: &'a EvidenceGraph,
    scene: &'a Scene,
) -> impl Iterator<
    Item = (
        &'a crate::graph::Passage,
        &'a crate::corpus::Document,
        &'a str,
        &'a crate::graph::Entity,
        &'a crate::graph::Entity,
    ),
> + 'a {
    scene.edges_with(graph).flat_map(move |(_, r, a, b)| {
        r.passages.iter().filter_map(move |p| {
            let doc = corpus.document(p.doc)?;
            let text = doc.text.get(p.range()).unwrap_or("");
            Some((p, doc, text, a, b))
        })
    })
}

fn header(names: &[&str]) -> String {
    csv_row(
        &names
            .iter()
            .map(|n| Cell::Text((*n).into()))
            .collect::<Vec<_>>(),
        CsvFormulas::Keep,
    )
}

/// A file of a set, made as it is written.
pub type FileWriter<'a> = Box<dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()> + 'a>;

/// `nodes.csv`, `edges.csv` and `evidence.csv`, as `(file name, writer)`.
pub fn csv<'a>(
    corpus: &'a Corpus,
    graph: &'a EvidenceGraph,
    scene: &'a Scene,
    analysis: &'a crate::analysis::Analysis,
    formulas: CsvFormulas,
) -> Vec<(&'static str, FileWriter<'a>)> {
    use Cell::{Number, Text};
    let nodes = move |w: &mut dyn std::io::Write| {
        w.write_all(
            header(&[
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
                "degree",
                "weighted_degree",
                "betweenness",
                "pagerank",
                "eigenvector",
                "community",
            ])
            .as_bytes(),
        )?;
        for (n, e) in scene.nodes_with(graph) {
            let mut row = vec![
                Text(e.key.clone()),
                Text(e.name.clone()),
                Text(e.kind.as_str().into()),
                Text(e.aliases.join("; ")),
                Number(e.mentions.to_string()),
                Number(e.is_discovered.to_string()),
                Number(format!("{:.3}", n.x)),
                Number(format!("{:.3}", n.y)),
                Number(format!("{:.3}", n.radius)),
                Text(kind_hex(e.kind).into()),
            ];
            row.extend(analysis.figures(n.entity.index()).map(|(_, v)| Number(v)));
            write_row(w, &row, formulas)?;
        }
        Ok(())
    };
    let edges = move |w: &mut dyn std::io::Write| {
        w.write_all(
            header(&[
                "source",
                "target",
                "weight",
                "confidence",
                "stated",
                "labels",
                "note",
            ])
            .as_bytes(),
        )?;
        for (_, r, a, b) in scene.edges_with(graph) {
            let row = [
                Text(a.key.clone()),
                Text(b.key.clone()),
                Number(r.weight().to_string()),
                Number(r.confidence().get().to_string()),
                Number(r.is_stated().to_string()),
                Text(r.labels.join("; ")),
                Text(r.note.clone().unwrap_or_default()),
            ];
            write_row(w, &row, formulas)?;
        }
        Ok(())
    };
    let evidence = move |w: &mut dyn std::io::Write| {
        w.write_all(
            header(&[
                "source",
                "target",
                "doc",
                "start",
                "end",
                "label",
                "text",
                "rule",
                "stated",
                "confidence",
            ])
            .as_bytes(),
        )?;
        for (p, doc, text, a, b) in scene_passages(corpus, graph, scene) {
            let row = [
                Text(a.key.clone()),
                Text(b.key.clone()),
                Text(doc.id.clone()),
                Number(p.start.to_string()),
                Number(p.end().to_string()),
                Text(p.label.to_string()),
                Text(text.to_string()),
                Text(p.rule.map_or("", crate::graph::Rule::name).to_string()),
                Number(p.is_stated().to_string()),
                Number(p.confidence.get().to_string()),
            ];
            write_row(w, &row, formulas)?;
        }
        Ok(())
    };
    vec![
        ("nodes.csv", Box::new(nodes)),
        ("edges.csv", Box::new(edges)),
        ("evidence.csv", Box::new(evidence)),
    ]
}

/// Files for Neo4j, as `(file name, writer)`: entities and passages as nodes, each
/// relation between two entities, and each passage's link to the two entities it
/// names, with the typed headers `neo4j-admin database import` reads (`:ID`,
/// `:START_ID`, `:END_ID`, `:LABEL`, `:TYPE`, `mentions:int`, `x:float`,
/// `aliases:string[]` split on `;`); `import.sh` holds the command and `load.cypher` a
/// `LOAD CSV` script for a running server.
pub fn neo4j<'a>(
    corpus: &'a Corpus,
    graph: &'a EvidenceGraph,
    scene: &'a Scene,
    analysis: &'a crate::analysis::Analysis,
) -> Vec<(&'static str, FileWriter<'a>)> {
    use Cell::{Number, Text};
    let keep = CsvFormulas::Keep;
    // Neo4j splits arrays on `;`: a `;` inside one item would split it.
    fn array<'s>(items: impl Iterator<Item = &'s str>) -> String {
        items
            .map(|i| i.replace(';', ","))
            .collect::<Vec<_>>()
            .join(";")
    }
    // Every passage the set holds, numbered from 1 in scene order: passages.csv and
    // passage_entities.csv walk it alike.
    let passages_of = move || {
        scene_passages(corpus, graph, scene)
            .enumerate()
            .map(|(i, found)| (format!("p{}", i + 1), found))
    };
    let entities = move |w: &mut dyn std::io::Write| {
        w.write_all(
            header(&[
                "id:ID(Entity)",
                "name",
                "kind",
                "aliases:string[]",
                "mentions:int",
                "discovered:boolean",
                "x:float",
                "y:float",
                "degree:double",
                "weighted_degree:double",
                "betweenness:double",
                "pagerank:double",
                "eigenvector:double",
                "community:int",
                ":LABEL",
            ])
            .as_bytes(),
        )?;
        for (n, e) in scene.nodes_with(graph) {
            let mut row = vec![
                Text(e.key.clone()),
                Text(e.name.clone()),
                Text(e.kind.as_str().into()),
                Text(array(e.aliases.iter().map(String::as_str))),
                Number(e.mentions.to_string()),
                Number(e.is_discovered.to_string()),
                Number(format!("{:.3}", n.x)),
                Number(format!("{:.3}", n.y)),
            ];
            row.extend(analysis.figures(n.entity.index()).map(|(_, v)| Number(v)));
            row.push(Text(format!("Entity;{}", neo4j_label(e.kind))));
            write_row(w, &row, keep)?;
        }
        Ok(())
    };
    let relations = move |w: &mut dyn std::io::Write| {
        w.write_all(
            header(&[
                ":START_ID(Entity)",
                ":END_ID(Entity)",
                ":TYPE",
                "weight:int",
                "confidence:double",
                "labels:string[]",
                "note",
            ])
            .as_bytes(),
        )?;
        for (_, r, a, b) in scene.edges_with(graph) {
            let row = [
                Text(a.key.clone()),
                Text(b.key.clone()),
                Text("RELATED_TO".into()),
                Number(r.weight().to_string()),
                Number(r.confidence().get().to_string()),
                Text(array(r.labels.iter().map(|l| l.as_str()))),
                Text(r.note.clone().unwrap_or_default()),
            ];
            write_row(w, &row, keep)?;
        }
        Ok(())
    };
    let passages = move |w: &mut dyn std::io::Write| {
        w.write_all(
            header(&[
                "id:ID(Passage)",
                "doc",
                "start:int",
                "end:int",
                "label",
                "confidence:double",
                "text",
                ":LABEL",
            ])
            .as_bytes(),
        )?;
        for (id, (p, doc, text, _, _)) in passages_of() {
            let row = [
                Text(id),
                Text(doc.id.clone()),
                Number(p.start.to_string()),
                Number(p.end().to_string()),
                Text(p.label.to_string()),
                Number(p.confidence.get().to_string()),
                Text(text.to_string()),
                Text("Passage".into()),
            ];
            write_row(w, &row, keep)?;
        }
        Ok(())
    };
    let names = move |w: &mut dyn std::io::Write| {
        w.write_all(header(&[":START_ID(Passage)", ":END_ID(Entity)", ":TYPE"]).as_bytes())?;
        for (id, (_, _, _, a, b)) in passages_of() {
            for key in [&a.key, &b.key] {
                let row = [Text(id.clone()), Text(key.clone()), Text("NAMES".into())];
                write_row(w, &row, keep)?;
            }
        }
        Ok(())
    };
    let import = "#!/bin/sh\n\
# Loads this folder into an empty Neo4j 5 database named neo4j (stop the server first).\n\
cd \"$(dirname \"$0\")\"\n\
neo4j-admin database import full --overwrite-destination --multiline-fields=true \\\n\
  --nodes=entities.csv --nodes=passages.csv \\\n\
  --relationships=relations.csv --relationships=passage_entities.csv neo4j\n";
    let cypher = "// For a running server: copy the CSV files into its import folder, then run this.\n\
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n\
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE;\n\
LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row\n\
CREATE (e:Entity {id: row.`id:ID(Entity)`, name: row.name, kind: row.kind,\n\
  aliases: CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,\n\
  mentions: toInteger(row.`mentions:int`), discovered: row.`discovered:boolean` = 'true',\n\
  x: toFloat(row.`x:float`), y: toFloat(row.`y:float`)});\n\
LOAD CSV WITH HEADERS FROM 'file:///passages.csv' AS row\n\
CREATE (:Passage {id: row.`id:ID(Passage)`, doc: row.doc, start: toInteger(row.`start:int`),\n\
  end: toInteger(row.`end:int`), label: row.label, confidence: toFloat(row.`confidence:double`),\n\
  text: row.text});\n\
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row\n\
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})\n\
CREATE (a)-[:RELATED_TO {weight: toInteger(row.`weight:int`), confidence: toFloat(row.`confidence:double`),\n\
  labels: split(row.`labels:string[]`, ';'), note: row.note}]->(b);\n\
LOAD CSV WITH HEADERS FROM 'file:///passage_entities.csv' AS row\n\
MATCH (p:Passage {id: row.`:START_ID(Passage)`}), (e:Entity {id: row.`:END_ID(Entity)`})\n\
CREATE (p)-[:NAMES]->(e);\n";
    let text = |t: &'static str| -> FileWriter<'a> { Box::new(move |w| w.write_all(t.as_bytes())) };
    vec![
        ("entities.csv", Box::new(entities)),
        ("relations.csv", Box::new(relations)),
        ("passages.csv", Box::new(passages)),
        ("passage_entities.csv", Box::new(names)),
        ("import.sh", text(import)),
        ("load.cypher", text(cypher)),
    ]
}

/// The Neo4j label of a kind: `Person`, `Agency`, …
fn neo4j_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "Person",
        Kind::Agency => "Agency",
        Kind::Cartel => "Cartel",
        Kind::Agreement => "Agreement",
        Kind::Country => "Country",
        Kind::Organization => "Organization",
    }
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

/// Graphviz DOT with kind colours and shapes and the picture's positions: in points,
/// at the scale of a `width_px`-wide picture, y up, so `neato -n2` draws what Nexo
/// draws. Edges carry their main label only (all labels are in the `labels`
/// attribute).
pub fn dot(graph: &EvidenceGraph, scene: &Scene, width_px: f32) -> String {
    /// Margin around the graph, in points.
    const MARGIN: f32 = 24.0;
    let (min_x, min_y, max_x, max_y) = scene.bounds();
    // 96 pixels to the inch on screen, 72 points to the inch in DOT.
    let width_pt = width_px.max(200.0) * 0.75;
    let scale = (width_pt - 2.0 * MARGIN) / (max_x - min_x).max(1.0);
    let height_pt = (max_y - min_y) * scale + 2.0 * MARGIN;
    let px = |x: f32| MARGIN + (x - min_x) * scale;
    let py = |y: f32| MARGIN + (max_y - y) * scale;
    let mut s = format!(
        "graph nexo {{\n  graph [overlap=false, outputorder=edgesfirst, bb=\"0,0,{width_pt:.1},{height_pt:.1}\", pad=0];\n  node [style=filled, fontname=\"Helvetica\", fontsize=10, fixedsize=true];\n  edge [fontname=\"Helvetica\", fontsize=8, fontcolor=\"#707070\"];\n"
    );
    for (n, e) in scene.nodes_with(graph) {
        let _ = writeln!(
            s,
            "  \"{}\" [label=\"{}\", shape=\"{}\", fillcolor=\"{}\", width={:.3}, height={:.3}, pos=\"{:.1},{:.1}!\", kind=\"{}\", xlabel=\"\", labelloc=b];",
            dot_escape(&e.key),
            dot_escape(&e.name),
            dot_shape(e.kind),
            kind_hex(e.kind),
            2.0 * n.radius * scale / 72.0,
            2.0 * n.radius * scale / 72.0,
            px(n.x),
            py(n.y),
            e.kind.as_str()
        );
    }
    for (_, r, a, b) in scene.edges_with(graph) {
        let _ = writeln!(
            s,
            "  \"{}\" -- \"{}\" [weight={}, penwidth={:.2}, label=\"{}\", labels=\"{}\"];",
            dot_escape(&a.key),
            dot_escape(&b.key),
            r.weight(),
            0.8 + (r.weight() as f32).sqrt() * 0.9,
            dot_escape(r.labels.first().map_or("", |l| l.as_str())),
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
    fn csv_cells_are_quoted_and_neutralised_only_when_asked() {
        let keep = CsvFormulas::Keep;
        assert_eq!(csv_cell("plain", keep), "plain");
        assert_eq!(csv_cell("a,b", keep), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\"", keep), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)", keep), "=SUM(A1)");
        assert_eq!(csv_cell("-1,2", keep), "\"-1,2\"");
        let escape = CsvFormulas::Escape;
        assert_eq!(csv_cell("=SUM(A1)", escape), "'=SUM(A1)");
        assert_eq!(csv_cell("-1,2", escape), "\"'-1,2\"");
        // Numbers are never text cells: a negative coordinate stays a number.
        assert_eq!(
            csv_row(&[Cell::Number("-1.500".into())], escape),
            "-1.500\r\n"
        );
    }

    #[test]
    fn xml_attribute_values_keep_line_breaks() {
        assert_eq!(xml_attr_escape("a\nb\tc\r"), "a&#10;b&#9;c&#13;");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes() {
        assert_eq!(dot_escape("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c\\nd");
    }
}
