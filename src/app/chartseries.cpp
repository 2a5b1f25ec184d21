// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chartseries.h"

namespace leastbad::gui {

Series outputSeries(const core::SimulationResult &result, core::Output output, double startValue) {
    Series s;
    s.x.reserve(qsizetype(result.years.size()) + 1);
    s.y.reserve(qsizetype(result.years.size()) + 1);
    s.x << 0;
    s.y << startValue;
    for (std::size_t i = 0; i < result.years.size(); ++i) {
        s.x << double(i + 1);
        s.y << core::at(result.years[i], output);
    }
    return s;
}

} // namespace leastbad::gui
