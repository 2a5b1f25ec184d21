// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/regionmapchart.h"

#include "analysis/numbertext.h"
#include "charts/palette.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace leastbad::charts {

namespace {

// A legend entry for a colour: a graph with no data, drawn in the legend only.
void addLegendSwatch(QCustomPlot *plot, const QString &name, const QColor &color) {
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QColor(90, 90, 90), color, 12));
}

} // namespace

QColor divergingColor(double value, double extent) {
    const double t = extent > 0 ? std::clamp(value / extent, -1.0, 1.0) : 0;
    const QColor end = t >= 0 ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
    const double a = std::abs(t);
    return QColor(int(255 + (end.red() - 255) * a), int(255 + (end.green() - 255) * a),
                  int(255 + (end.blue() - 255) * a));
}

const std::vector<Tile> &stateTiles() {
    static const std::vector<Tile> tiles = {
        {"AK", 0, 0}, {"ME", 0, 10}, {"VT", 1, 9},  {"NH", 1, 10}, {"WA", 2, 0}, {"ID", 2, 1},
        {"MT", 2, 2}, {"ND", 2, 3},  {"MN", 2, 4},  {"IL", 2, 5},  {"WI", 2, 6}, {"MI", 2, 7},
        {"NY", 2, 8}, {"RI", 2, 9},  {"MA", 2, 10}, {"OR", 3, 0},  {"NV", 3, 1}, {"WY", 3, 2},
        {"SD", 3, 3}, {"IA", 3, 4},  {"IN", 3, 5},  {"OH", 3, 6},  {"PA", 3, 7}, {"NJ", 3, 8},
        {"CT", 3, 9}, {"CA", 4, 0},  {"UT", 4, 1},  {"CO", 4, 2},  {"NE", 4, 3}, {"MO", 4, 4},
        {"KY", 4, 5}, {"WV", 4, 6},  {"VA", 4, 7},  {"MD", 4, 8},  {"DE", 4, 9}, {"AZ", 5, 1},
        {"NM", 5, 2}, {"KS", 5, 3},  {"AR", 5, 4},  {"TN", 5, 5},  {"NC", 5, 6}, {"SC", 5, 7},
        {"DC", 5, 8}, {"OK", 6, 3},  {"LA", 6, 4},  {"MS", 6, 5},  {"AL", 6, 6}, {"GA", 6, 7},
        {"HI", 7, 0}, {"TX", 7, 3},  {"FL", 7, 8},
    };
    return tiles;
}

RegionMapChart::RegionMapChart(QWidget *parent)
    : ChartWidget(tr("Regions"), parent) {
    m_plot->setAccessibleName(tr("US states coloured by net value per resident"));
    m_plot->xAxis->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_plot->xAxis->setRange(-0.6, 10.6);
    m_plot->yAxis->setRange(-0.6, 7.6);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->setInteractions({});
    // Room for the 11 × 8 grid at the smallest tile, and the texts around it.
    m_plot->axisRect()->setMinimumSize(int(11.2 * kMinimumTilePixels / 0.92),
                                       int(8.2 * kMinimumTilePixels / 0.92));
    setMinimumHeight(int(8.2 * kMinimumTilePixels / 0.92) + 210);
    connect(m_plot, &QCustomPlot::afterLayout, this, &RegionMapChart::fitTiles);
    setTexts(tr("Regions"), tr("Not computed yet."));
}

void RegionMapChart::fitTiles() {
    const QRect area = m_plot->axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    // The grid spans columns 0-10 and rows 0-7, each with 0.6 of a tile around it; one
    // scale for both axes keeps the tiles square.
    const double unitsPerPixel = std::max(11.2 / area.width(), 8.2 / area.height());
    const double halfWidth = area.width() * unitsPerPixel / 2;
    const double halfHeight = area.height() * unitsPerPixel / 2;
    m_plot->xAxis->setRange(5 - halfWidth, 5 + halfWidth);
    m_plot->yAxis->setRange(3.5 - halfHeight, 3.5 + halfHeight);
    const double tile = 0.92 / unitsPerPixel;
    // A code and a value ("−$1,234") on two lines of about seven characters, or the code alone.
    const bool withValue = tile >= 40;
    const int pixels = int(std::clamp(withValue ? tile / 4.8 : tile / 2.8, 6.0, 16.0));
    for (TileItem &t : m_tiles) {
        QFont font = t.label->font();
        font.setPixelSize(pixels);
        t.label->setFont(font);
        t.label->setText(withValue && !t.value.isEmpty()
                             ? QStringLiteral("%1\n%2").arg(t.code, t.value)
                             : t.code);
    }
}

QString RegionMapChart::tooltipAt(const QPointF &position) const {
    for (const TileItem &t : m_tiles) {
        const QRectF r =
            QRectF(t.rect->topLeft->pixelPosition(), t.rect->bottomRight->pixelPosition())
                .normalized();
        if (r.contains(position))
            return t.value.isEmpty() ? tr("%1: no data").arg(t.code)
                                     : tr("%1: net value per resident %2").arg(t.code, t.value);
    }
    return {};
}

void RegionMapChart::clear() {
    m_tiles.clear();
    m_plot->clearItems();
    m_plot->clearGraphs();
    setTexts(tr("Regions"), tr("Not computed yet."));
    setFooter({}); // the footer named the scenario of the cleared ranking
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RegionMapChart::showRegions(const core::RegionsResult &r,
                                 const analysis::ChartContext &context) {
    double extent = 0;
    for (const core::RegionRanking &region : r.ranking)
        extent = std::max(extent, std::abs(region.netValuePerResident));
    m_tiles.clear();
    m_plot->clearItems();
    m_plot->clearGraphs();
    QStringList offMap;
    for (const core::RegionRanking &region : r.ranking) {
        const bool onMap = std::any_of(stateTiles().begin(), stateTiles().end(),
                                       [&](const Tile &t) { return region.code == t.code; });
        if (!onMap)
            offMap << QStringLiteral("%1 %2").arg(QString::fromStdString(region.name),
                                                  analysis::money(region.netValuePerResident));
    }
    for (const Tile &tile : stateTiles()) {
        const auto it =
            std::find_if(r.ranking.begin(), r.ranking.end(),
                         [&](const core::RegionRanking &x) { return x.code == tile.code; });
        auto *rect = new QCPItemRect(m_plot);
        rect->topLeft->setCoords(tile.column - 0.46, tile.row - 0.46);
        rect->bottomRight->setCoords(tile.column + 0.46, tile.row + 0.46);
        rect->setPen(QPen(QColor(90, 90, 90)));
        const QColor fill = it != r.ranking.end() ? divergingColor(it->netValuePerResident, extent)
                                                  : QColor(220, 220, 220);
        rect->setBrush(fill);
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(tile.column, tile.row);
        const QString code = QLatin1String(tile.code);
        const QString value =
            it != r.ranking.end() ? analysis::money(it->netValuePerResident) : QString();
        label->setText(code);
        label->setFont(fontOf(fonts().tickLabel * 0.85)); // sized to the tile in fitTiles()
        m_tiles.push_back({rect, label, code, value});
        // Dark tiles take white text; pale ones the text colour of a white page.
        label->setColor(fill.lightnessF() < 0.5 ? Qt::white : Qt::black);
    }
    addLegendSwatch(m_plot, tr("Gains per resident (deeper = larger)"), policyColor(0));
    addLegendSwatch(m_plot, tr("Losses per resident"), policyColor(1));
    addLegendSwatch(m_plot, tr("No data"), QColor(220, 220, 220));
    QString subtitle;
    if (!r.ranking.empty()) {
        const core::RegionRanking &best = r.ranking.front();
        const core::RegionRanking &worst = r.ranking.back();
        subtitle =
            tr("Net social value per resident of %1 applied in each region. Highest: %2 "
               "(%3); lowest: %4 (%5).")
                .arg(context.policyNames.value(context.describedPolicy),
                     QString::fromStdString(best.name), analysis::money(best.netValuePerResident),
                     QString::fromStdString(worst.name),
                     analysis::money(worst.netValuePerResident));
        if (!offMap.isEmpty())
            subtitle +=
                QLatin1Char(' ') + tr("Off the map: %1.").arg(offMap.join(QStringLiteral(", ")));
    }
    setTexts(tr("%1 in every region, per resident")
                 .arg(context.policyNames.value(context.describedPolicy)),
             subtitle);
    setFooter(context.footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leastbad::charts
