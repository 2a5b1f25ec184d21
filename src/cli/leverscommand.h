// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// `leastbad-cli levers [--format markdown|json]`: the policy levers, as in the tables of
// docs/MODEL.md and docs/POLICY_FILES.md. Returns the exit status (0 ok, 2 bad input).
int runLevers(const QStringList &arguments);

} // namespace leastbad::cli
