#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Replaces the generated coverage tables and counts in docs/DATASETS.md with the output of
# `leastbad-cli dataset coverage` (the embedded default dataset). Run it after changing
# data/dataset/*.csv; a test fails while the document is out of date.
# Usage: docs/update-dataset-tables.sh [path/to/leastbad-cli]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/dev/src/cli/leastbad-cli}
tables=$("$cli" dataset coverage)
python3 - "$tables" <<'PY'
import sys
path = "docs/DATASETS.md"
text = open(path, encoding="utf-8").read()
begin = text.index("<!-- dataset-coverage:begin")
end_marker = "<!-- dataset-coverage:end -->"
end = text.index(end_marker) + len(end_marker) + 1
open(path, "w", encoding="utf-8").write(text[:begin] + sys.argv[1] + "\n" + text[end:])
PY
