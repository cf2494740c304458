#!/usr/bin/env bash
# Startup time of the viewer: from process start to the first frame that shows the
# bundled corpus. Runs the release binary N times (default 10) with the hidden flag
# --exit-after-first-frame and prints what it reports, plus the whole process' wall
# time (window creation and teardown included).
#
# Needs a display; without one it starts Xvfb (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/nexo"
# Keep the user's own remembered session out of the measurement.
XDG_DATA_HOME="$(mktemp -d)"
export XDG_DATA_HOME
xvfb=""
trap '[ -n "$xvfb" ] && kill "$xvfb"; rm -rf "$XDG_DATA_HOME"' EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=:97
    sleep 1
fi
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" --corpus data/corpus --exit-after-first-frame 2>&1 | grep 'first frame' | tr '\n' ' '
    end=$(date +%s%N)
    echo "| whole process $(( (end - start) / 1000000 )) ms"
done
