#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the exported examples in docs/gallery with a built leastbad-cli
# (default: build/release; pass another path as the first argument).
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=${1:-build/release/src/cli/leastbad-cli}
out=docs/gallery
us=data/scenarios/essay-package-vs-status-quo-US.leastbad
tx=data/scenarios/longer-for-repeat-vs-small-close-with-cash-TX.leastbad
nor=data/scenarios/longer-for-repeat-vs-small-close-with-cash-NOR.leastbad
"$cli" export --scenario "$us" --chart over-time --size slide --output crimes_violent --out "$out/over-time-slide.png"
"$cli" export --scenario "$us" --chart ledgers --size social --out "$out/ledgers-social.png"
"$cli" export --scenario "$tx" --chart net-value --size square --out "$out/net-value-square.png"
"$cli" export --scenario "$tx" --chart tornado --size a4 --out "$out/tornado-a4.png"
"$cli" export --scenario "$tx" --chart tornado --size a4 --out "$out/tornado-a4.pdf"
"$cli" export --scenario "$us" --chart regions --size letter --out "$out/regions-letter.png"
"$cli" export --scenario "$us" --chart regions --size slide --out "$out/regions-slide.svg"
"$cli" export --scenario "$nor" --chart frontier --size slide --frontier-samples 3000 --out "$out/frontier-slide.png"
"$cli" export --scenario "$tx" --report --out "$out/report.pdf"
pdftoppm -r 100 -png -singlefile "$out/report.pdf" "$out/report"
