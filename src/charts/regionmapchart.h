// SPDX-License-Identifier: GPL-3.0-or-later
// Policy A applied to every region, as a tile-grid map of the US states coloured by net
// social value per resident (a grid needs no map geometry), with the regions off the map
// named in the subtitle.
#pragma once

#include "charts/chartwidget.h"
#include "core/regions.h"

#include <vector>

namespace leastbad::charts {

// Grid row and column of each state and DC (the NPR-style tile grid).
struct Tile {
    const char *code;
    int row;
    int column;
};
const std::vector<Tile> &stateTiles();

// A diverging scale from Okabe-Ito vermillion (losses) through white to blue (gains).
QColor divergingColor(double value, double extent);

class RegionMapChart final : public ChartWidget {
    Q_OBJECT
public:
    explicit RegionMapChart(QWidget *parent = nullptr);
    void showRegions(const core::RegionsResult &result, const analysis::ChartContext &context);
    // No regions: an empty map that says so (before a run, or when the ranking is out of date).
    void clear();
};

} // namespace leastbad::charts
