// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind each chart as CSV, with full precision (17 significant digits, so
// they read back exactly) and units in the column names.
#pragma once

#include "charts/chartkind.h"

#include <QByteArray>

namespace leastbad::charts {

// Empty (and `error` set) when the chart's data has not been computed.
QByteArray chartCsv(ChartKind kind, const analysis::ExportResults &results, QString &error);

} // namespace leastbad::charts
