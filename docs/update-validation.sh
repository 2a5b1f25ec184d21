#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Replaces the generated results in docs/VALIDATION.md with the output of
# `leastbad-cli validate --format markdown` and `leastbad-cli backcast --all-states
# --format markdown` (default draws and seed). Run it after changing the model, the data
# or data/validation/*.json; a test fails while the document is out of date.
# Usage: docs/update-validation.sh [path/to/leastbad-cli]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/dev/src/cli/leastbad-cli}
cases=$("$cli" validate --format markdown 2>/dev/null)
backcast=$("$cli" backcast --all-states --from 2000 --to 2019 --format markdown 2>/dev/null)
python3 - "$cases" "$backcast" <<'PY'
import sys
path = "docs/VALIDATION.md"
text = open(path, encoding="utf-8").read()
for block, name in ((sys.argv[1], "validation"), (sys.argv[2], "backcast")):
    begin = text.index("<!-- %s:begin" % name)
    end_marker = "<!-- %s:end -->" % name
    end = text.index(end_marker) + len(end_marker) + 1
    text = text[:begin] + block + "\n" + text[end:]
open(path, "w", encoding="utf-8").write(text)
PY
