// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli sensitivity ...` (see --help). Returns the exit status: 0 ok, 2 bad input.
int runSensitivity(const QStringList &arguments);

} // namespace leastbad::cli
