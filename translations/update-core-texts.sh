#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates src/analysis/coretexts_strings.cpp from the lever and output tables
# (`leastbad-cli levers --format strings`), so lupdate puts their labels into the
# catalogues. Run it after changing a lever or an output, then the update_translations
# build target; a test fails while the file is out of date.
# Usage: translations/update-core-texts.sh [path/to/leastbad-cli]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/dev/src/cli/leastbad-cli}
"$cli" levers --format strings > src/analysis/coretexts_strings.cpp.new
mv src/analysis/coretexts_strings.cpp.new src/analysis/coretexts_strings.cpp
