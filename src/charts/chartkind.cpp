// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartkind.h"
#include "charts/translate.h"

#include "charts/analysischarts.h"
#include "charts/frontierchart.h"
#include "charts/regionmapchart.h"

#include <array>

namespace leastbad::charts {

namespace {

constexpr std::array kCharts{ChartKind::OverTime, ChartKind::Ledgers,  ChartKind::NetValue,
                             ChartKind::Tornado,  ChartKind::Frontier, ChartKind::Regions};

} // namespace

std::span<const ChartKind> allCharts() {
    return kCharts;
}

QString chartKey(ChartKind kind) {
    switch (kind) {
    case ChartKind::OverTime:
        return QStringLiteral("over-time");
    case ChartKind::Ledgers:
        return QStringLiteral("ledgers");
    case ChartKind::NetValue:
        return QStringLiteral("net-value");
    case ChartKind::Tornado:
        return QStringLiteral("tornado");
    case ChartKind::Frontier:
        return QStringLiteral("frontier");
    case ChartKind::Regions:
        return QStringLiteral("regions");
    }
    return {};
}

std::optional<ChartKind> chartFromKey(const QString &key) {
    for (ChartKind kind : kCharts)
        if (chartKey(kind) == key)
            return kind;
    return std::nullopt;
}

QStringList chartKeys() {
    QStringList keys;
    for (ChartKind kind : kCharts)
        keys << chartKey(kind);
    return keys;
}

QString chartLabel(ChartKind kind) {
    switch (kind) {
    case ChartKind::OverTime:
        return tr("Over time");
    case ChartKind::Ledgers:
        return tr("Who gains, who pays");
    case ChartKind::NetValue:
        return tr("Net value");
    case ChartKind::Tornado:
        return tr("Tornado");
    case ChartKind::Frontier:
        return tr("Frontier");
    case ChartKind::Regions:
        return tr("Regions");
    }
    return {};
}

bool hasChartData(ChartKind kind, const analysis::ExportResults &r, QString &error) {
    switch (kind) {
    case ChartKind::OverTime:
    case ChartKind::Ledgers:
    case ChartKind::NetValue:
    case ChartKind::Tornado:
        if (!r.snapshot)
            error = tr("no analysis has been computed yet");
        else if (kind == ChartKind::Tornado && !r.snapshot->tornado)
            error = tr("the tornado has not been computed yet");
        return error.isEmpty();
    case ChartKind::Frontier:
        if (!r.frontier)
            error = tr("the frontier has not been computed (Frontier tab; in the command line, "
                       "--all or --frontier)");
        return error.isEmpty();
    case ChartKind::Regions:
        if (!r.regions)
            error = tr("the regions have not been ranked yet");
        return error.isEmpty();
    }
    return false;
}

std::unique_ptr<ChartWidget> drawChart(ChartKind kind, const analysis::ExportResults &r,
                                       QString &error, const ChartFonts &fonts) {
    if (!hasChartData(kind, r, error))
        return nullptr;
    std::unique_ptr<ChartWidget> chart;
    switch (kind) {
    case ChartKind::OverTime:
        chart = std::make_unique<TimeSeriesChart>();
        break;
    case ChartKind::Ledgers:
        chart = std::make_unique<LedgerChart>();
        break;
    case ChartKind::NetValue:
        chart = std::make_unique<NetValueChart>();
        break;
    case ChartKind::Tornado:
        chart = std::make_unique<TornadoChart>();
        break;
    case ChartKind::Frontier:
        chart = std::make_unique<FrontierChart>();
        break;
    case ChartKind::Regions:
        chart = std::make_unique<RegionMapChart>();
        break;
    }
    // Styled before anything is drawn: colours and label fonts are taken while drawing.
    chart->setPalette(printPalette());
    chart->setFonts(fonts);
    if (auto *analysis = dynamic_cast<AnalysisChart *>(chart.get()))
        analysis->showSnapshot(*r.snapshot, r.context);
    else if (auto *frontier = dynamic_cast<FrontierChart *>(chart.get()))
        frontier->showFrontier(*r.frontier, r.context);
    else if (auto *regions = dynamic_cast<RegionMapChart *>(chart.get()))
        regions->showRegions(*r.regions, r.context);
    return chart;
}

} // namespace leastbad::charts
