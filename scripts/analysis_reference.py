#!/usr/bin/env python3
"""Regenerates tests/analysis/bundled.json: what networkx computes on the bundled
corpus's graph, for tests/analysis.rs to compare Nexo's measures with.

    cargo build && python3 scripts/analysis_reference.py target/debug/nexo

Needs networkx and scipy (pip install networkx scipy). The graph is the JSON export
of data/corpus without curation: every entity a node, every relation an edge weighted
by its passages. Eigenvector centrality is that of the largest connected component (0 elsewhere).
PageRank is iterated to tol=1e-12 (networkx's default, 1e-6 summed
over the nodes, leaves each value uncertain in the sixth decimal).
"""
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

NEXO = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

with tempfile.TemporaryDirectory() as work:
    out = os.path.join(work, "g.json")
    subprocess.run([NEXO, "--no-curation", "export", "--corpus", os.path.join(ROOT, "data", "corpus"),
                    "--format", "json", "--out", out], check=True, capture_output=True)
    j = json.load(open(out, encoding="utf-8"))

g = nx.Graph()
g.add_nodes_from(n["id"] for n in j["nodes"])
for e in j["edges"]:
    g.add_edge(e["source"], e["target"], weight=e["weight"])

betweenness = nx.betweenness_centrality(g, normalized=True)
pagerank = nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=100_000)
# networkx refuses a disconnected graph here (the answer is ambiguous): Nexo gives
# the largest connected component's values, and 0 elsewhere.
largest = g.subgraph(max(nx.connected_components(g), key=len))
eigenvector = {n: 0.0 for n in g.nodes} | nx.eigenvector_centrality_numpy(largest)
degree = nx.degree_centrality(g)
weighted = dict(g.degree(weight="weight"))
runs = [nx.community.louvain_communities(g, weight="weight", seed=seed) for seed in range(10)]
best = max(nx.community.modularity(g, c, weight="weight") for c in runs)

reference = {
    "graph": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()},
    "best_louvain_modularity_of_10_runs": best,
    "nodes": {
        n: {
            "degree": degree[n],
            "weighted_degree": weighted[n],
            "betweenness": betweenness[n],
            "pagerank": pagerank[n],
            "eigenvector": eigenvector[n],
        }
        for n in sorted(g.nodes)
    },
}
# A generated graph of 10k nodes (Barabási–Albert, 3 edges per new node): its edges
# for Nexo, and the best modularity of ten networkx Louvain runs on it.
big = nx.barabasi_albert_graph(10_000, 3, seed=11)
with open(os.path.join(ROOT, "tests", "analysis", "ba10k.edges"), "w", encoding="utf-8") as f:
    f.write("# nx.barabasi_albert_graph(10_000, 3, seed=11): one edge per line\n")
    for a, b in sorted(big.edges):
        f.write(f"{a} {b}\n")
big_runs = [nx.community.louvain_communities(big, seed=seed) for seed in range(10)]
reference["ba10k"] = {
    "nodes": big.number_of_nodes(),
    "edges": big.number_of_edges(),
    "best_louvain_modularity_of_10_runs": max(nx.community.modularity(big, c) for c in big_runs),
}

path = os.path.join(ROOT, "tests", "analysis", "bundled.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(reference, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"wrote {path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, best modularity {best:.6f}")
