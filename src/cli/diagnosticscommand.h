// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli diagnostics ...` (see --help). Returns the exit status: 0 ok, 2 bad input.
int runDiagnostics(const QStringList &arguments);

} // namespace leastbad::cli
