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
    QStringList warnings;           // loaded, but the user must be told
    std::optional<Dataset> dataset; // the dataset the scenario names, when not the default
};

// `defaultDataset` serves scenarios that name no dataset. A scenario naming a dataset file
// has it opened (read-only) when `openNamedDataset`, and is refused otherwise. On error
// returns std::nullopt with a message naming the file.
// `year`, when given, replaces the year the scenario names (0: the latest values).
std::optional<OpenedScenario> openScenario(const QString &path, const Dataset &defaultDataset,
                                           bool openNamedDataset, QString &error,
                                           std::optional<int> year = std::nullopt);

} // namespace leastbad::data
