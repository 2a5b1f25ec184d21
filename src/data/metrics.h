// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics a regional dataset may hold: one table, written into every dataset file
// so that a file describes itself, and used to check every imported value.
#pragma once

#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace leastbad::data {

struct MetricDefinition {
    std::string_view key;
    std::string_view unit; // the only unit accepted for this metric
    std::string_view description;
    std::string_view modelInput; // which model input it feeds
    double min;
    double max;
    bool required;      // every region must have its own value
    bool perResident;   // a count: a fallback from another region scales by population
    bool money;         // nominal US dollars of the row's year, converted with CPI-U
    bool yesNo = false; // only 0 (no) or 1 (yes)
};

std::span<const MetricDefinition> metricDefinitions();
const MetricDefinition *findMetric(std::string_view key);

// CPI-U annual average of a year (BLS series CUUR0000SA0), for the years the dataset
// uses; std::nullopt for a year not in the table.
std::optional<double> cpiU(int year);
inline constexpr int kDollarYear = 2024;

} // namespace leastbad::data
