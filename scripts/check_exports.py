#!/usr/bin/env python3
"""Real readers accept Nexo's data exports, and their content survives.

Runs the `nexo` binary given as argv[1] on the bundled corpus and on a small corpus
full of awkward characters, then reads each export with the tools its users load it
into, and checks it against the JSON export:
- GraphML and GEXF with networkx: counts, kinds, labels, weights, the same attributes
  in both, passages byte-equal to the JSON ones (line breaks included), y the same way
  round;
- CSV with Python's csv module and DuckDB: column types (x, y DOUBLE), passages
  byte-equal;
- JSON with networkx.node_link_graph (a simple undirected graph with the documents as
  graph attributes) and against the JSON Schema in schema/;
- Neo4j's typed headers;
- DOT rendered by Graphviz's `neato -n2` at the picture's aspect ratio.
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import duckdb
import jsonschema
import networkx as nx

NEXO = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAILED: {what}")


def export(corpus, fmt, out, *extra):
    subprocess.run([NEXO, "export", "--corpus", corpus, "--format", fmt, "--out", out, *extra],
                   check=True, capture_output=True)


def check_corpus(corpus, work, label, *extra):
    j_path = os.path.join(work, "g.json")
    export(corpus, "json", j_path, *extra)
    j = json.load(open(j_path, encoding="utf-8"))
    kinds = {n["id"]: n["kind"] for n in j["nodes"]}
    # XML 1.0 cannot carry most control characters: the XML exports drop them.
    xml_safe = lambda t: "".join(c for c in t if ord(c) >= 0x20 or c in "\t\n\r")
    labels = {n["id"]: xml_safe(n["label"]) for n in j["nodes"]}
    weights = {frozenset((e["source"], e["target"])): e["weight"] for e in j["edges"]}

    # The JSON: versioned, valid against its schema, read by networkx as a simple graph.
    schema = json.load(open(os.path.join(ROOT, "schema", "nexo-export.schema.json"), encoding="utf-8"))
    try:
        jsonschema.validate(j, schema)
        check(True, "")
    except jsonschema.ValidationError as e:
        check(False, f"{label} json valid against the schema: {e.message}")
    check(j.get("format_version") == 4, f"{label} json format_version")
    # A passage a rule stated names it; one no rule stated is a pair named together.
    check(all((p.get("rule", "").count("::") == 1) == p["stated"] for e in j["edges"] for p in e["evidence"]), f"{label} json passages name their rule when stated")
    check(all(0 <= p["confidence"] <= 1 for e in j["edges"] for p in e["evidence"]), f"{label} json passages carry a confidence")
    check(all(0 <= e["confidence"] <= 1 for e in j["edges"]), f"{label} json edges carry a confidence")
    nxg = nx.node_link_graph(j, edges="edges")
    check(type(nxg) is nx.Graph, f"{label} node_link_graph gives a Graph, not {type(nxg).__name__}")
    check(nxg.graph.get("documents") == j["documents"], f"{label} node_link_graph keeps documents")
    check(all("label" in p for e in j["edges"] for p in e["evidence"]), f"{label} json passages carry a label")

    # The passages of each edge as the XML exports join them, from the JSON.
    def joined(e):
        return "\n\n".join(f"{p['doc']} [{p['start']}–{p['end']}] ({p['label']}, {p['confidence']:.2f}): {xml_safe(p['text'])}" for p in e["evidence"])
    evidence = {frozenset((e["source"], e["target"])): joined(e) for e in j["edges"]}
    read = {}
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", lambda p: nx.read_gexf(p, version="1.3"))):
        path = os.path.join(work, f"g.{fmt}")
        export(corpus, fmt, path, *extra)
        g = reader(path)
        read[fmt] = g
        bad = [f"{a}-{b}" for a, b, d in g.edges(data=True) if d.get("evidence") != evidence.get(frozenset((a, b)))]
        check(not bad, f"{label} {fmt} passages equal the JSON ones (line breaks kept): {bad[:3]}")
        check(g.number_of_nodes() == len(j["nodes"]), f"{label} {fmt} node count")
        check(g.number_of_edges() == len(j["edges"]), f"{label} {fmt} edge count")
        for node, data in g.nodes(data=True):
            check(data.get("kind") == kinds.get(node), f"{label} {fmt} kind of {node}")
            check(data.get("label") == labels.get(node), f"{label} {fmt} label of {node!r}: {data.get('label')!r}")
        for a, b, data in g.edges(data=True):
            check(int(float(data.get("weight", 0))) == weights.get(frozenset((a, b))), f"{label} {fmt} weight {a}-{b}")

    # Who matters and the communities: the same figures in every data format.
    figures = {n["id"]: n for n in j["nodes"]}
    check(all(0 < n["community"] and 0 <= n["pagerank"] <= 1 for n in j["nodes"]), f"{label} json node figures in range")
    for fmt in ("graphml", "gexf"):
        for node, data in read[fmt].nodes(data=True):
            f = figures[node]
            check(abs(float(data["pagerank"]) - f["pagerank"]) < 1e-12 and int(data["community"]) == f["community"]
                  and abs(float(data["betweenness"]) - f["betweenness"]) < 1e-12,
                  f"{label} {fmt} figures of {node}")

    gm, gx = read["graphml"], read["gexf"]
    for node, d in gm.nodes(data=True):
        x = gx.nodes[node]
        check(d.get("aliases", "") == x.get("aliases", ""), f"{label} graphml and gexf aliases of {node}")
        check(abs(float(d["y"]) - float(x["viz"]["position"]["y"])) < 0.01, f"{label} graphml y is gexf y for {node}")
        col = x["viz"]["color"]
        check((int(d["r"]), int(d["g"]), int(d["b"])) == (col["r"], col["g"], col["b"]), f"{label} graphml r,g,b of {node}")
    for a, b, d in gm.edges(data=True):
        check(d.get("labels") == gx.edges[a, b].get("labels"), f"{label} graphml and gexf labels {a}-{b}")

    csv_dir = os.path.join(work, "csv")
    export(corpus, "csv", csv_dir, *extra)
    con = duckdb.connect()
    types = dict(con.execute(f"DESCRIBE SELECT * FROM read_csv_auto('{os.path.join(csv_dir, 'nodes.csv')}')").fetchall()[i][:2] for i in range(10))
    check(types.get("x") == "DOUBLE" and types.get("y") == "DOUBLE", f"{label} duckdb types x, y as DOUBLE: {types.get('x')}, {types.get('y')}")
    ev_rows = con.execute(f"SELECT text FROM read_csv_auto('{os.path.join(csv_dir, 'evidence.csv')}', all_varchar=true)").fetchall()
    json_texts = sorted(t["text"] for e in j["edges"] for t in e["evidence"])
    check(sorted(r[0] for r in ev_rows) == json_texts, f"{label} duckdb reads the CSV passages equal to the JSON ones")
    with open(os.path.join(csv_dir, "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == len(j["nodes"]), f"{label} csv node count")
    for r in rows:
        check(r["kind"] == kinds.get(r["id"]), f"{label} csv kind of {r['id']}")
        check(float(r["eigenvector"]) == figures[r["id"]]["eigenvector"] and int(r["community"]) == figures[r["id"]]["community"],
              f"{label} csv figures of {r['id']}")
    with open(os.path.join(csv_dir, "edges.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == len(j["edges"]), f"{label} csv edge count")
    confidence = {(e["source"], e["target"]): e["confidence"] for e in j["edges"]}
    check(all(float(r["confidence"]) == confidence[(r["source"], r["target"])] for r in rows),
          f"{label} csv edge confidence equals the JSON's")
    with open(os.path.join(csv_dir, "evidence.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    total = sum(len(e["evidence"]) for e in j["edges"])
    check(len(rows) == total, f"{label} csv evidence rows")
    texts = {t["text"] for e in j["edges"] for t in e["evidence"]}
    for r in rows:
        check(r["text"] in texts, f"{label} csv passage text is byte-exact: {r['text'][:40]!r}")

    neo = os.path.join(work, "neo4j")
    export(corpus, "neo4j", neo, *extra)
    heads = {f: open(os.path.join(neo, f), encoding="utf-8").readline().strip() for f in
             ("entities.csv", "relations.csv", "passages.csv", "passage_entities.csv")}
    check(heads["entities.csv"].startswith("id:ID(Entity),") and ":LABEL" in heads["entities.csv"]
          and "mentions:int" in heads["entities.csv"] and "aliases:string[]" in heads["entities.csv"],
          f"{label} neo4j entity header: {heads['entities.csv']}")
    check(heads["relations.csv"].startswith(":START_ID(Entity),:END_ID(Entity),:TYPE"), f"{label} neo4j relation header")
    with open(os.path.join(neo, "relations.csv"), newline="", encoding="utf-8") as f:
        check(len(list(csv.reader(f))) - 1 == len(j["edges"]), f"{label} neo4j relation count")

    if shutil.which("neato"):
        dot_path, svg_out = os.path.join(work, "g.dot"), os.path.join(work, "dot.svg")
        export(corpus, "dot", dot_path, "--width", "1600", *extra)
        run = subprocess.run(["neato", "-n2", "-Tsvg", dot_path, "-o", svg_out], capture_output=True, text=True)
        check(run.returncode == 0, f"{label} neato -n2 renders the DOT: {run.stderr[:200]}")
        size = lambda p: [float(v) for v in re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"', open(p, encoding="utf-8").read()).groups()]
        if run.returncode == 0:
            dw, dh = size(svg_out)
            # The view's aspect: the box holding every node's disc, from the JSON's
            # positions; DOT adds a 24 pt margin.
            xs = [(n["x"] - n["size"], n["x"] + n["size"]) for n in j["nodes"]]
            ys = [(n["y"] - n["size"], n["y"] + n["size"]) for n in j["nodes"]]
            view = (max(b for _, b in xs) - min(a for a, _ in xs)) / (max(b for _, b in ys) - min(a for a, _ in ys))
            drawn = (dw - 48) / (dh - 48)
            # Labels that overhang a disc at the edge (a node's name, an edge's label)
            # widen the drawing a little beyond the discs' box.
            check(abs(drawn - view) / view < 0.05,
                  f"{label} neato -n2 draws the view's aspect: {drawn:.3f} vs {view:.3f}")
    else:
        check(False, "graphviz's neato is installed")
    svg_path = os.path.join(work, "g.svg")
    export(corpus, "svg", svg_path, *extra)
    import xml.dom.minidom
    doc = xml.dom.minidom.parse(svg_path)
    texts_in_svg = {t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild}
    check(doc.documentElement.tagName == "svg", f"{label} svg is well-formed SVG")
    check(any(xml_safe(n["label"]) in texts_in_svg for n in j["nodes"]), f"{label} svg labels are text")
    return j


with tempfile.TemporaryDirectory() as work:
    j = check_corpus(os.path.join(ROOT, "data", "corpus"), work, "bundled")
    check(len(j["nodes"]) > 50 and len(j["edges"]) > 50, "bundled graph is substantial")

    odd = os.path.join(work, "odd")
    os.makedirs(odd)
    with open(os.path.join(odd, "a.txt"), "w", encoding="utf-8") as f:
        f.write("Smith & Wesson <Arms> met Zeta \"Q\" Group in México.\n"
                "=Rivera's \"Los <Niños> & Co\" group attacked Smith & Wesson <Arms> in Mexico.\n")
    with open(os.path.join(odd, "catalog.toml"), "w", encoding="utf-8") as f:
        f.write('[[entity]]\nid = "sw"\nname = "Smith & Wesson <Arms>"\nkind = "organization"\n\n'
                '[[entity]]\nid = "zeta"\nname = "Zeta \\"Q\\" Group"\nkind = "cartel"\naliases = ["Los <Niños> & Co"]\n\n'
                '[[entity]]\nid = "rivera"\nname = "=Rivera \\u0001 O\'Neil"\nkind = "person"\naliases = ["=Rivera"]\n')
    j = check_corpus(odd, work, "escaping")
    names = {n["label"] for n in j["nodes"]}
    check("Smith & Wesson <Arms>" in names, "special characters survive in names")
    check(len(j["edges"]) >= 1, "the odd corpus has an edge")

    # A curated graph: merged, hidden, and relations added by hand, one with a passage
    # and one with only a note. Every reader keeps the note; the hand passage names its
    # maker.
    bundled = os.path.join(ROOT, "data", "corpus")
    doc = "004_5392a24d87c1b1c0.txt"
    raw = open(os.path.join(bundled, doc), "rb").read()
    start = raw.index("Trump".encode()) - raw[:raw.index("Trump".encode())][::-1].index(b"\n")
    end = raw.index(b"\n", start)
    curation = os.path.join(work, "curation.toml")
    note = 'Seen together in 2019 <per a source> & "confirmed"'
    with open(curation, "w", encoding="utf-8") as f:
        f.write('[[edit]]\nop = "merge"\ninto = "us-special-forces"\nfrom = ["special-forces"]\n\n'
                '[[edit]]\nop = "hide"\nid = "getty-images"\n\n'
                '[[edit]]\nop = "relate"\na = "claudia-sheinbaum"\nb = "sara-carter"\nlabel = "met"\n'
                f'note = {json.dumps(note)}\n\n'
                '[[edit]]\nop = "relate"\na = "donald-trump"\nb = "lila-abed"\nlabel = "quoted"\nnote = ""\n'
                f'doc = "{doc}"\nstart = {start}\nend = {end}\n')
    j = check_corpus(bundled, work, "curated", "--curation", curation)
    edges = {frozenset((e["source"], e["target"])): e for e in j["edges"]}
    noted = edges.get(frozenset(("claudia-sheinbaum", "sara-carter")), {})
    check(noted.get("note") == note and noted.get("weight") == 0 and noted.get("labels") == ["met"],
          f"curated: a relation with only a note is exported with it: {noted}")
    hand = edges.get(frozenset(("donald-trump", "lila-abed")), {})
    check(any(p.get("rule") == "curation::relate" and p["text"] == raw[start:end].decode()
              for p in hand.get("evidence", [])), f"curated: the hand passage names its maker: {hand}")
    check("getty-images" not in {n["id"] for n in j["nodes"]}, "curated: the hidden entity is gone")
    export(bundled, "graphml", os.path.join(work, "c.graphml"), "--curation", curation)
    export(bundled, "gexf", os.path.join(work, "c.gexf"), "--curation", curation)
    gm = nx.read_graphml(os.path.join(work, "c.graphml"))
    gx = nx.read_gexf(os.path.join(work, "c.gexf"))
    check(gm.edges["claudia-sheinbaum", "sara-carter"].get("note") == note, "curated: graphml keeps the note")
    check(gx.edges["claudia-sheinbaum", "sara-carter"].get("note") == note, "curated: gexf keeps the note")
    export(bundled, "csv", os.path.join(work, "ccsv"), "--curation", curation)
    with open(os.path.join(work, "ccsv", "edges.csv"), newline="", encoding="utf-8") as f:
        notes = [r["note"] for r in csv.DictReader(f)]
    check(note in notes, "curated: the csv keeps the note")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
