// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli validate ...` (see --help). Returns the exit status: 0 ok, 2 bad input
// (a case file that cannot be read or run), 130 interrupted.
int runValidate(const QStringList &arguments);

} // namespace leastbad::cli
