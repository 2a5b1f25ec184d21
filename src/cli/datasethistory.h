// SPDX-License-Identifier: GPL-3.0-or-later
// `leastbad-cli dataset history [DB] REGION [METRIC...]`: a region's own published values,
// one row a year and one column a metric, each value with the id of its source.
#pragma once

#include "data/dataset.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace leastbad::cli {

// The text to print (format: table, csv or json), or std::nullopt with `error` set (an
// unknown region or metric). No metrics named: every metric the region has values for.
std::optional<QByteArray> historyText(const data::Dataset &dataset, const QString &region,
                                      QStringList metrics, const QString &format, QString &error);

} // namespace leastbad::cli
