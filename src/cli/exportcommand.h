// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace leastbad::cli {

// leastbad-cli export: charts (PNG, SVG, PDF, CSV), the one-page report and the results of
// a scenario, drawn by the same code as the app's. Needs a QApplication (offscreen is fine).
int runExport(const QStringList &arguments);

} // namespace leastbad::cli
