#!/usr/bin/env python3
"""Real readers accept Nexo's data exports.

Runs the `nexo` binary given as argv[1] on the bundled corpus and on a small corpus
full of awkward characters, then reads GraphML and GEXF with networkx and the CSV
files with Python's csv module, and checks counts, kinds, weights and text against
the JSON export. Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

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

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", lambda p: nx.read_gexf(p, version="1.3"))):
        path = os.path.join(work, f"g.{fmt}")
        export(corpus, fmt, path, *extra)
        g = reader(path)
        check(g.number_of_nodes() == len(j["nodes"]), f"{label} {fmt} node count")
        check(g.number_of_edges() == len(j["edges"]), f"{label} {fmt} edge count")
        for node, data in g.nodes(data=True):
            check(data.get("kind") == kinds.get(node), f"{label} {fmt} kind of {node}")
            check(data.get("label") == labels.get(node), f"{label} {fmt} label of {node!r}: {data.get('label')!r}")
        for a, b, data in g.edges(data=True):
            check(int(float(data.get("weight", 0))) == weights.get(frozenset((a, b))), f"{label} {fmt} weight {a}-{b}")

    csv_dir = os.path.join(work, "csv")
    export(corpus, "csv", csv_dir, *extra)
    with open(os.path.join(csv_dir, "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == len(j["nodes"]), f"{label} csv node count")
    for r in rows:
        check(r["kind"] == kinds.get(r["id"]), f"{label} csv kind of {r['id']}")
    with open(os.path.join(csv_dir, "edges.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == len(j["edges"]), f"{label} csv edge count")
    with open(os.path.join(csv_dir, "evidence.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    total = sum(len(e["evidence"]) for e in j["edges"])
    check(len(rows) == total, f"{label} csv evidence rows")
    texts = {t["text"] for e in j["edges"] for t in e["evidence"]}
    for r in rows:
        text = r["text"][1:] if r["text"][:1] == "'" and r["text"][1:2] in "=+-@" else r["text"]
        check(text in texts, f"{label} csv passage text survives: {r['text'][:40]!r}")
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

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
