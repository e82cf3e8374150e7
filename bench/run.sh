#!/usr/bin/env bash
# Benchmark: median wall time and peak memory of `retract` on the shipped example, a one-letter
# check, the worst case under the input limit, and the labelled letters; textlint on the same
# letter when npm is available.
# Usage: bench/run.sh            (writes nothing; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
exec python3 bench/bench.py "$@"
