#!/usr/bin/env python3
"""Compile annotation sources into tests/unseen/gold/*.json and verify them."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gold_u01_u03, gold_u04_u06

def build():
    docs = {**gold_u01_u03.DOCS, **gold_u04_u06.DOCS}
    for doc, d in sorted(docs.items()):
        out = {"doc": doc,
               "entities": [{"name": n, "kind": k, "forms": f} for n, k, f in d["entities"]],
               "relations": [{"a": a, "b": b, "label": l, "evidence": e} for a, b, l, e in d["relations"]]}
        path = os.path.join(ROOT, "gold", doc[:-4] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")

def verify():
    bad = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        text = open(os.path.join(ROOT, "corpus", g["doc"]), encoding="utf-8").read()
        names = [e["name"] for e in g["entities"]]
        def err(m):
            nonlocal bad; bad += 1; print(f"{fn}: {m}")
        if g["doc"][:-4] != fn[:-5]: err("doc/basename mismatch")
        if len(set(names)) != len(names): err("duplicate entity names")
        allforms = {}
        for e in g["entities"]:
            if e["kind"] not in {"person","agency","cartel","agreement","country","organization"}:
                err(f"bad kind {e}")
            for f in e["forms"]:
                if f not in text: err(f"form not in text: {f!r}")
                if f in allforms and allforms[f] != e["name"]: err(f"form {f!r} in two entities")
                allforms[f] = e["name"]
                # possessive form present in text but not listed
                for q in ("’s", "'s"):
                    if re.search(re.escape(f + q) + r"\b", text) and (f + q) not in e["forms"] and not f.endswith("s"):
                        print(f"{fn}: note: possessive {f+q!r} occurs but not listed")
        seen = set()
        for r in g["relations"]:
            for x in ("a", "b"):
                if r[x] not in names: err(f"relation endpoint not an entity: {r[x]!r}")
            if r["a"] == r["b"]: err(f"self relation {r}")
            ev = r["evidence"]
            if ev not in text: err(f"evidence not in text: {ev!r}")
            if not (30 <= len(ev) <= 150): err(f"evidence length {len(ev)}: {ev!r}")
            if "\n" in ev: err(f"evidence spans lines: {ev!r}")
            n = len(r["label"].split())
            if not 1 <= n <= 3: err(f"label words {n}: {r['label']!r}")
            key = (frozenset((r["a"], r["b"])), ev)
            if key in seen: err(f"duplicate relation {r}")
            seen.add(key)
        print(f"{fn}: {len(g['entities'])} entities, {len(g['relations'])} relations, {len(text.split())} words")
    print("FAILURES:", bad)
    return bad

if __name__ == "__main__":
    build()
    sys.exit(1 if verify() else 0)
