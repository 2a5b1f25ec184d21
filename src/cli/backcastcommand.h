// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli backcast ...` (see --help). Returns the exit status: 0 ok, 2 bad input
// (an unknown region, years out of order, too little history), 130 interrupted.
int runBackcast(const QStringList &arguments);

} // namespace leastbad::cli
