#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Replaces the generated parameter table in docs/MODEL.md with the output of
# `leastbad-cli parameters`. Usage: docs/update-parameter-table.sh [path/to/leastbad-cli]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/dev/src/cli/leastbad-cli}
table=$("$cli" parameters)
python3 - "$table" <<'PY'
import sys
path = "docs/MODEL.md"
text = open(path, encoding="utf-8").read()
begin = text.index("<!-- parameter-table:begin")
end_marker = "<!-- parameter-table:end -->"
end = text.index(end_marker) + len(end_marker) + 1
open(path, "w", encoding="utf-8").write(text[:begin] + sys.argv[1] + "\n" + text[end:])
PY
