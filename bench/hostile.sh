#!/usr/bin/env bash
# Hostile profiles under the 1 MiB limit: wall time, peak memory and exit status of `retract draft`
# on each. Every one must end with exit 2 in well under a second, in a few megabytes.
# Usage: bench/hostile.sh          (writes its inputs to a temporary folder; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/retract"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'EOF'
import sys, os
d = sys.argv[1]
big = "x" * 400_000
for n in (1_000, 5_000, 20_000):
    # One 400 KB string, anchored once and aliased n times.
    with open(os.path.join(d, f"alias-{n}.yaml"), "w") as f:
        f.write("check: {ignore: [&r " + big + ", " + ", ".join(["*r"] * n) + "]}\n")
for depth in (40_000, 160_000):
    with open(os.path.join(d, f"depth-{depth}.yaml"), "w") as f:
        f.write("a: " + "[" * depth + "]" * depth + "\n")
with open(os.path.join(d, "mixed-depth.yaml"), "w") as f:
    f.write("a: " + "[{a: " * 20_000 + "}]" * 20_000 + "\n")
# A list of 300,000 one-letter items: no depth, no alias, just many values.
with open(os.path.join(d, "many-values.yaml"), "w") as f:
    f.write("check: {ignore: [" + ", ".join(["a"] * 300_000) + "]}\n")
# The classic billion laughs, nine aliases nine levels deep.
with open(os.path.join(d, "laughs.yaml"), "w") as f:
    f.write('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n')
    prev = "a"
    for name in "bcdefghi":
        f.write(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n")
        prev = name
EOF

echo "| input | size | exit | wall time | peak memory |"
echo "|---|---|---|---|---|"
for f in "$dir"/alias-1000.yaml "$dir"/alias-5000.yaml "$dir"/alias-20000.yaml \
    "$dir"/depth-40000.yaml "$dir"/depth-160000.yaml "$dir"/mixed-depth.yaml \
    "$dir"/many-values.yaml "$dir"/laughs.yaml; do
    size=$(stat -c %s "$f")
    set +e
    /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" --today 2026-11-24 draft "$f" >/dev/null 2>&1
    code=$?
    set -e
    read -r secs kib < <(tail -n 1 "$dir/time")
    printf '| %s | %s bytes | %s | %s s | %s MiB |\n' \
        "$(basename "$f")" "$size" "$code" "$secs" "$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')"
done
