#!/usr/bin/env bash
# The one gate: what CI runs and what a developer runs before pushing.
# fmt, clippy (-D warnings), the engine without the GUI, tests, docs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# The GUI links against X11/Wayland/GL at run time only (dlopen), so building needs no
# system package; the viewer's headless tests need none either.

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --locked -- -D warnings

step "cargo check --no-default-features (engine without egui)"
cargo check --no-default-features --locked

step "cargo test"
cargo test --locked

step "the fuzz targets compile (cargo fuzz run needs nightly; see fuzz/README.md)"
cargo check --quiet --locked --manifest-path fuzz/Cargo.toml --bins --target-dir "${CARGO_TARGET_DIR:-target}"

step "real readers accept the data exports (networkx, csv, DuckDB, JSON Schema, Graphviz)"
for module in networkx duckdb jsonschema; do
  if ! python3 -c "import $module" 2>/dev/null; then
    python3 -m pip install --quiet "$module"
  fi
done
if ! command -v neato >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && apt-get install -y -qq graphviz >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq graphviz >/dev/null
  fi
fi
python3 scripts/check_exports.py "${CARGO_TARGET_DIR:-target}/debug/nexo"

step "cargo doc --no-deps"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked

printf '\nall checks passed\n'
