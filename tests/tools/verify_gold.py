#!/usr/bin/env python3
"""Check hand annotations against their articles: `verify_gold.py SPLIT_DIR...`.

Each SPLIT_DIR holds `corpus/NAME.txt` and `gold/NAME.json` (see tests/gold/GUIDELINES.md).
Prints one line of counts per file and every problem; exits 1 if any was found.
"""
import json, os, re, sys

KINDS = {"person", "agency", "cartel", "agreement", "country", "organization"}


def verify(root):
    bad = 0
    gold_dir = os.path.join(root, "gold")
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        def err(m):
            nonlocal bad
            bad += 1
            print(f"{root}/{fn}: {m}")
        try:
            g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        except ValueError as e:
            err(f"not JSON: {e}")
            continue
        path = os.path.join(root, "corpus", g["doc"])
        if not os.path.exists(path):
            err(f"no article {g['doc']}")
            continue
        text = open(path, encoding="utf-8").read()
        if os.path.splitext(g["doc"])[0] != fn[:-5]:
            err("doc/basename mismatch")
        names = [e["name"] for e in g["entities"]]
        if len(set(names)) != len(names):
            err("duplicate entity names")
        allforms = {}
        for e in g["entities"]:
            if e["kind"] not in KINDS:
                err(f"bad kind {e}")
            if not e["forms"]:
                err(f"no forms: {e['name']}")
            for f in e["forms"]:
                if f not in text:
                    err(f"form not in text: {f!r}")
                if f in allforms and allforms[f] != e["name"]:
                    err(f"form {f!r} in two entities")
                allforms[f] = e["name"]
        seen = set()
        for r in g["relations"]:
            for x in ("a", "b"):
                if r[x] not in names:
                    err(f"relation endpoint not an entity: {r[x]!r}")
            if r["a"] == r["b"]:
                err(f"self relation {r}")
            ev = r["evidence"]
            if ev not in text:
                err(f"evidence not in text: {ev!r}")
            if not (30 <= len(ev) <= 150):
                err(f"evidence length {len(ev)}: {ev!r}")
            if "\n" in ev:
                err(f"evidence spans lines: {ev!r}")
            n = len(r["label"].split())
            if not 1 <= n <= 3:
                err(f"label words {n}: {r['label']!r}")
            key = (frozenset((r["a"], r["b"])), ev)
            if key in seen:
                err(f"duplicate relation {r}")
            seen.add(key)
        print(f"{root}/{fn}: {len(g['entities'])} entities, {len(g['relations'])} relations, {len(text.split())} words")
    return bad


if __name__ == "__main__":
    failures = sum(verify(d) for d in sys.argv[1:])
    print("FAILURES:", failures)
    sys.exit(1 if failures else 0)
