#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# LeastBad beside Squiggle on the same per-draw work (docs/PERFORMANCE.md): installs
# @quri/squiggle-lang from npm into a temporary directory, generates the Squiggle program
# from docs/MODEL.md's parameter table (make_squiggle_model.py), runs it and
# `leastbad-cli compare` (status quo and two policies, 20 years) at the same number of draws
# on one thread, best of three each, and prints the times and the ratio.
# Needs node, npm and the network; not part of ctest.
# Usage: tests/peers/run-squiggle-peer.sh [path/to/leastbad-cli] [draws] [squiggle version]
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=${1:-build/release/src/cli/leastbad-cli}
draws=${2:-10000}
version=${3:-0.10.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    "@quri/squiggle-lang@$version" >/dev/null)
cp tests/peers/run-squiggle.mjs "$work/"
python3 tests/peers/make_squiggle_model.py docs/MODEL.md >"$work/model.squiggle"

best() { sort -g | head -1; }
squiggle=$(for _ in 1 2 3; do
    node "$work/run-squiggle.mjs" "$work/model.squiggle" "$draws" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["ms"] / 1000)'
done | best)
# Whole process, wall clock to the millisecond (/usr/bin/time's %e has ten: a tenth of
# LeastBad's time at 10,000 draws).
wall() {
    python3 -c 'import subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print("%.3f" % (time.perf_counter() - start))' "$@"
}
leastbad=$(for _ in 1 2 3; do
    wall "$cli" compare --policy data/policies/longer-for-repeat.json \
        --policy data/policies/small-and-close.json --draws "$draws" --threads 1
done | best)
echo "draws: $draws; Squiggle $version: ${squiggle} s; leastbad-cli compare (1 thread, whole" \
    "process): ${leastbad} s"
python3 -c "print('ratio (Squiggle / LeastBad): %.1f' % ($squiggle / $leastbad))"
