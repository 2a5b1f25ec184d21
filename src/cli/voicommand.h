// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli voi ...` (see --help): the decision among the status quo and the policies,
// the value of information (EVPI, EVPPI by group and parameter), the acceptability curve
// and break-even values. Returns the exit status: 0 ok, 2 bad input, 130 interrupted.
int runVoi(const QStringList &arguments);

} // namespace leastbad::cli
