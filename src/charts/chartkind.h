// SPDX-License-Identifier: GPL-3.0-or-later
// The charts LeastBad draws, by the names files and the command line use, and one factory
// that draws any of them from a set of results: the app's tabs, its exports and
// `leastbad-cli export` all go through it.
#pragma once

#include "analysis/exportresults.h"
#include "charts/chartwidget.h"

#include <memory>
#include <optional>
#include <span>

namespace leastbad::charts {

enum class ChartKind { OverTime, Ledgers, NetValue, Tornado, Frontier, Regions };

std::span<const ChartKind> allCharts();
QString chartKey(ChartKind kind); // "over-time", "ledgers", ...: file names and --chart
std::optional<ChartKind> chartFromKey(const QString &key);
QStringList chartKeys();
QString chartLabel(ChartKind kind); // translated, for menus

// Whether the results hold what the chart shows; if not, `error` says what is missing.
bool hasChartData(ChartKind kind, const analysis::ExportResults &results, QString &error);

// Draws a chart of the results for export (black on white, in `fonts`); on missing data
// (a frontier not computed) returns null and sets `error`.
std::unique_ptr<ChartWidget> drawChart(ChartKind kind, const analysis::ExportResults &results,
                                       QString &error, const ChartFonts &fonts = exportFonts());

} // namespace leastbad::charts
