// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data built by pure functions, so tests can check what a chart will draw.
#pragma once

#include "core/simulation.h"

#include <QList>

namespace leastbad::gui {

struct Series {
    QList<double> x; // years, 0 = today
    QList<double> y;
};

// One output over time; year 0 holds the status-quo value (the calibrated start).
Series outputSeries(const core::SimulationResult &result, core::Output output, double startValue);

} // namespace leastbad::gui
