#!/usr/bin/env bash
# The golden guard over any folders: records what extraction finds in each, then on
# later runs says whether anything changed (the JSON export and one line per passage).
#
#   scripts/golden.sh --update DIR...   # record (before a change)
#   scripts/golden.sh DIR...            # compare (after it): exit 1 on any difference
#
# Records live in $NEXO_GOLDEN (default target/golden), one folder per corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
update=0
if [[ "${1:-}" == "--update" ]]; then
  update=1
  shift
fi
[[ $# -gt 0 ]] || { echo "usage: scripts/golden.sh [--update] DIR..." >&2; exit 2; }
cargo build --release --quiet
nexo="${CARGO_TARGET_DIR:-target}/release/nexo"
store="${NEXO_GOLDEN:-target/golden}"
changed=0
now=""
trap 'if [[ -n "$now" ]]; then rm -rf "$now"; fi' EXIT
for dir in "$@"; do
  abs="$(cd "$dir" && pwd)"
  name="$(basename "$abs")-$(printf '%s' "$abs" | cksum | cut -d' ' -f1)"
  mkdir -p "$store/$name"
  now="$(mktemp -d)"
  # Exit code 1 (files skipped) still gives output to compare.
  "$nexo" export --corpus "$abs" --format json --out "$now/graph.json" >/dev/null 2>"$now/stderr" || [[ $? -eq 1 ]]
  "$nexo" extract --explain --corpus "$abs" >"$now/passages.txt" 2>/dev/null || [[ $? -eq 1 ]]
  # The JSON export's positions come from the layout: compare extraction only.
  grep -v -E '^\s+"(x|y|size|color)":' "$now/graph.json" >"$now/graph.nolayout.json"
  if [[ $update -eq 1 ]]; then
    cp "$now/graph.nolayout.json" "$store/$name/graph.json"
    cp "$now/passages.txt" "$store/$name/passages.txt"
    echo "recorded $dir ($(wc -l <"$now/passages.txt") passages)"
  elif [[ ! -f "$store/$name/passages.txt" ]]; then
    echo "$dir: nothing recorded yet (run with --update first)" >&2
    changed=1
  elif diff -q "$store/$name/graph.json" "$now/graph.nolayout.json" >/dev/null \
      && diff -q "$store/$name/passages.txt" "$now/passages.txt" >/dev/null; then
    echo "$dir: identical"
  else
    echo "$dir: CHANGED"
    diff -u "$store/$name/passages.txt" "$now/passages.txt" | head -40 || true
    changed=1
  fi
  rm -rf "$now"
  now=""
done
exit $changed
