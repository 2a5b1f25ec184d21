// SPDX-License-Identifier: GPL-3.0-or-later
// One policy (ChartContext::describedPolicy: policy A, or the one selected in the app)
// applied to every region, as a tile-grid map of the US states coloured by net
// social value per resident (a grid needs no map geometry), with the regions off the map
// named in the subtitle. The tiles stay square at every size of the chart and their labels
// are sized to fit inside them (the value is left out of a tile too small to hold it).
#pragma once

#include "charts/chartwidget.h"
#include "core/regions.h"

#include <vector>

class QCPItemRect;
class QCPItemText;

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

    // Tiles keep at least this side in pixels: the chart's minimum size allows it.
    static constexpr int kMinimumTilePixels = 18;
    // Each tile's square and its label, as drawn.
    struct TileItem {
        QCPItemRect *rect;
        QCPItemText *label;
        QString code;
        QString value; // empty for a region with no data
    };
    const std::vector<TileItem> &tileItems() const { return m_tiles; }
    // The tile under the mouse and its value (a small tile shows only its code).
    QString tooltipAt(const QPointF &position) const override;

private:
    // After each layout: square tiles filling the plot, labels that fit them.
    void fitTiles();

    std::vector<TileItem> m_tiles;
};

} // namespace leastbad::charts
