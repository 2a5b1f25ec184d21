// SPDX-License-Identifier: GPL-3.0-or-later
// The results of the engine's sweeps as CSV and JSON: the frontier, the ranking of
// regions and the tornado. One writer per kind, used by the command line (`frontier`,
// `regions`, `sensitivity`) and by the export (each chart's data), so a file means the
// same wherever it was written.
#pragma once

#include "core/frontier.h"
#include "core/regions.h"
#include "core/sensitivity.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace leastbad::data {

// Every point of the frontier, after the status quo, the marked policies (named by
// `markedNames`) and the least bad policy within the budget: its objectives and levers.
QByteArray frontierToCsv(const core::FrontierResult &frontier, const QStringList &markedNames);
QByteArray frontierToJson(const core::FrontierResult &frontier);

// One row a region, best first, with the Monte Carlo standard errors of its summaries.
QByteArray regionsToCsv(const core::RegionsResult &regions);
QByteArray regionsToJson(const core::RegionsResult &regions, const QString &policyName);

// One row a bar: the parameter, its values at the 5th and 95th percentile, the net value
// at each, the swing and the central net value; with `importance`, each parameter's rank
// correlation with the net value over the draws.
QByteArray tornadoToCsv(const core::Tornado &tornado,
                        const std::vector<core::Importance> &importance = {});
QByteArray tornadoToJson(const core::Tornado &tornado, const QString &policyName,
                         const std::vector<core::Importance> &importance = {});

} // namespace leastbad::data
