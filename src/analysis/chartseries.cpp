// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chartseries.h"

#include <algorithm>
#include <cmath>

namespace leastbad::analysis {

Series outputSeries(const core::SimulationResult &result, core::Output output, double startValue) {
    Series s;
    s.x << 0;
    s.y << startValue;
    for (std::size_t i = 0; i < result.years.size(); ++i) {
        s.x << double(i + 1);
        s.y << core::at(result.years[i], output);
    }
    return s;
}

BandSeries bandSeries(const std::vector<core::Quantiles> &yearly, double startValue, double scale) {
    BandSeries b;
    for (Series *s : {&b.mean, &b.low, &b.high}) {
        s->x << 0;
        s->y << startValue * scale;
    }
    for (std::size_t i = 0; i < yearly.size(); ++i) {
        const double year = double(i + 1);
        b.mean.x << year;
        b.low.x << year;
        b.high.x << year;
        b.mean.y << yearly[i].mean * scale;
        b.low.y << yearly[i].p5 * scale;
        b.high.y << yearly[i].p95 * scale;
    }
    return b;
}

Histogram histogram(const std::vector<double> &values, double low, double high, int bins,
                    double scale) {
    Histogram h;
    if (bins <= 0 || !(high > low) || values.empty())
        return h;
    h.binWidth = (high - low) / bins * scale;
    QVector<double> counts(bins, 0.0);
    double below = 0, above = 0;
    for (double v : values) {
        const double position = std::floor((v - low) / (high - low) * bins);
        if (position < 0)
            below += 1;
        else if (position >= bins)
            above += 1;
        else
            counts[int(position)] += 1;
    }
    h.belowShare = below / double(values.size());
    h.aboveShare = above / double(values.size());
    for (int i = 0; i < bins; ++i) {
        h.centres << (low + (i + 0.5) * (high - low) / bins) * scale;
        h.shares << counts[i] / double(values.size());
    }
    return h;
}

} // namespace leastbad::analysis
