#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Replaces the generated lever tables in docs/MODEL.md and docs/POLICY_FILES.md with the
# output of `leastbad-cli levers`. Run it after changing src/core/policy.cpp; a test
# fails while a document is out of date.
# Usage: docs/update-lever-tables.sh [path/to/leastbad-cli]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/dev/src/cli/leastbad-cli}
table=$("$cli" levers)
python3 - "$table" <<'PY'
import sys
for path in ("docs/MODEL.md", "docs/POLICY_FILES.md"):
    text = open(path, encoding="utf-8").read()
    begin = text.index("<!-- lever-table:begin")
    end_marker = "<!-- lever-table:end -->"
    end = text.index(end_marker) + len(end_marker) + 1
    open(path, "w", encoding="utf-8").write(text[:begin] + sys.argv[1] + "\n" + text[end:])
PY
