// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli simulate --policy FILE.json [--region CODE] [--years N]
// [--format json|csv|table]`: prints the yearly outputs. Returns the exit status
// (0 ok, 2 bad input).
int runSimulate(const QStringList &arguments);

} // namespace leastbad::cli
