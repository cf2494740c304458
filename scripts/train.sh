#!/usr/bin/env bash
# Rebuilds the passage-confidence model, data/confidence.txt, from the annotated
# development articles, the older unseen set and the bundled corpus (never from the
# sealed split), and prints its by-article cross-validated precision and recall.
# The same annotations give the same bytes: tests/confidence.rs checks the committed
# file against a fresh fit.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -- train --out data/confidence.txt \
    tests/dev tests/unseen data/corpus=tests/gold/bundled "$@"
