#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds the `release` preset
# and starts the app on the embedded default dataset. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target leastbad
exec ./build/release/src/app/leastbad "$@"
