// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data built by pure functions, so tests can check what a chart will draw.
#pragma once

#include "core/simulation.h"
#include "core/summary.h"

#include <QList>
#include <QVector>

#include <vector>

namespace leastbad::analysis {

struct Series {
    QVector<double> x; // years, 0 = today
    QVector<double> y;
};

// One output over time; year 0 holds the status-quo value (the calibrated start).
Series outputSeries(const core::SimulationResult &result, core::Output output, double startValue);

// The mean and the 5th and 95th percentiles of a Monte Carlo series, with year 0 at the start.
struct BandSeries {
    Series mean;
    Series low;
    Series high;
};
BandSeries bandSeries(const std::vector<core::Quantiles> &yearly, double startValue,
                      double scale = 1);

// A histogram of draws: bin centres and the share of draws in each bin.
// Shares of the values in equal bins over [low, high). Values outside are not piled into
// the end bins (that drew a false spike at the edge): they are counted apart, for the
// chart to say how many draws lie off it on each side.
struct Histogram {
    QVector<double> centres;
    QVector<double> shares;
    double binWidth = 0;
    double belowShare = 0; // of the values below `low`
    double aboveShare = 0; // of the values at or above `high`
};
Histogram histogram(const std::vector<double> &values, double low, double high, int bins,
                    double scale = 1);

} // namespace leastbad::analysis
