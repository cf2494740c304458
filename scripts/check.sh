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

step "cargo doc --no-deps"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked

printf '\nall checks passed\n'
