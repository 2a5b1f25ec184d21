// SPDX-License-Identifier: GPL-3.0-or-later
// Import of CSV files into a dataset file, validation without writing, and export back
// to CSV. An import is all or nothing: every problem in every file is listed, and the
// target file is replaced only after the whole import succeeded (atomicfile.h), so on any
// failure it is left exactly as it was.
#pragma once

#include "data/datasetcontent.h"

#include <QString>

namespace leastbad::data {

struct ImportRequest {
    QString valuesCsv;    // required
    QString sourcesCsv;   // optional: sources the values cite, if not already in the target
    QString regionsCsv;   // optional: regions the values name, if not already in the target
    QString overridesCsv; // optional: parameter overrides
    QString target;       // .sqlite file; created if it does not exist
    // How long an import waits for another import into the same target to finish.
    int lockWaitMs = 30'000;
};

struct ImportResult {
    Problems problems; // empty on success
    int regions = 0;
    int sources = 0;
    int values = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Reads and checks the CSV files (against the target's regions and sources when it
// exists) without writing anything.
ImportResult validateImport(const ImportRequest &request);
ImportResult importCsv(const ImportRequest &request);

// Replaces `target` in one step with a dataset file holding `rows` (added to the target's
// existing rows when `keepExisting`, which `rows` replace where the keys are the same).
// Returns the problems (empty on success); on failure the target is unchanged.
Problems writeDatasetFile(const QString &target, const DatasetContent &rows, bool keepExisting);

// Writes regions.csv, sources.csv, values.csv and parameter_overrides.csv into `folder`,
// all four or none (atomicfile.h). Returns the problems (empty on success).
Problems exportCsv(const DatasetContent &content, const QString &folder);

// The sibling files of a values CSV that an import picks up when not named:
// regions.csv, sources.csv, parameter_overrides.csv in the same folder.
ImportRequest requestForFolderOf(const QString &valuesCsv, const QString &target);

} // namespace leastbad::data
