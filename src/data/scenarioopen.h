// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a scenario file with the dataset and region it names: the file is size-checked,
// its region loaded, then its policies read against that region's status quo.
#pragma once

#include "data/dataset.h"
#include "data/scenariofile.h"

#include <optional>

namespace leastbad::data {

struct OpenedScenario {
    Scenario scenario;
    RegionRecord region;
    QStringList warnings; // loaded, but the user must be told
};

// Reads a scenario against `dataset`, which the user chose. A scenario naming a dataset
// file is read against `dataset` when `datasetChosen` (the user named one), and refused
// otherwise: the path in the file is never opened. `year`, when given, replaces the year
// the scenario names (0: the latest values). Problems name the file.
Result<OpenedScenario> openScenario(const QString &path, const Dataset &dataset, bool datasetChosen,
                                    std::optional<int> year = std::nullopt);

} // namespace leastbad::data
