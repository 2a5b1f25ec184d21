// SPDX-License-Identifier: GPL-3.0-or-later
// Import of the Vera Institute's Incarceration Trends county file, which analysts download
// themselves (its licence forbids redistribution, so LeastBad ships only this importer).
// Each county becomes a region under its state, code "TX-48201"; its jail, pretrial, prison
// and admissions figures and its population aged 15 to 64 are kept for every year, and its
// population is derived from its share of the state's residents aged 15 to 64. The states
// and the country come from the target dataset, or for a new file from the default
// dataset, so the fallback rules fill every other input from the state.
#pragma once

#include "core/parallel.h"
#include "data/datasetimport.h"

#include <atomic>

namespace leastbad::data {

struct VeraImportRequest {
    QString csv;    // incarceration_trends_county.csv (or a file with its columns)
    QString target; // .sqlite file; created (from the default dataset) if it does not exist
    const std::atomic<bool> *cancel = nullptr; // set: stop, write nothing
    core::ProgressFn progress = {};            // (KiB read, KiB in the file)
};

// The Vera columns read and the metric each one becomes.
struct VeraColumn {
    const char *column;
    const char *metric;
};
const QList<VeraColumn> &veraColumns();

// Reads and checks the file without writing.
ImportResult validateVera(const VeraImportRequest &request);
ImportResult importVera(const VeraImportRequest &request);

} // namespace leastbad::data
