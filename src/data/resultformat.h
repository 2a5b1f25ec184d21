// SPDX-License-Identifier: GPL-3.0-or-later
// Yearly simulation outputs as CSV, JSON or a plain-text table. Columns are the keys
// of core::outputSpecs(), after a first `year` column.
#pragma once

#include "core/simulation.h"

#include <QByteArray>

namespace leastbad::data {

QByteArray resultToCsv(const core::SimulationResult &result);
QByteArray resultToJson(const core::SimulationResult &result, const QString &regionCode,
                        const QString &policyName);
// A compact table of the most quoted outputs, one row per year, plus totals.
QByteArray resultToTable(const core::SimulationResult &result);

} // namespace leastbad::data
