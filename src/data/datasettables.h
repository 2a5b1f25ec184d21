// SPDX-License-Identifier: GPL-3.0-or-later
// The coverage tables and counts of docs/DATASETS.md, generated from a dataset's rows so
// that the document and the data cannot drift (a test compares them with the embedded
// default dataset; docs/update-dataset-tables.sh pastes `leastbad-cli dataset coverage`).
#pragma once

#include "data/dataset.h"

#include <QByteArray>

namespace leastbad::data {

inline constexpr const char *kCoverageBegin =
    "<!-- dataset-coverage:begin (generated: leastbad-cli dataset coverage) -->";
inline constexpr const char *kCoverageEnd = "<!-- dataset-coverage:end -->";

// Counts (regions by kind, sources by kind, values, overrides), then one table row per
// metric (regions with a value, years, values) and one per region (metrics with a value
// of its own, years, values), then where each region's model inputs come from
// (inputOriginsMarkdown), between the begin and end markers.
QByteArray coverageMarkdown(const Dataset &dataset);

} // namespace leastbad::data
