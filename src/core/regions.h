// SPDX-License-Identifier: GPL-3.0-or-later
// One policy applied to many regions on the same parameter draws, ranked by net value
// per resident (which regions gain most from it).
#pragma once

#include "core/netvalue.h"
#include "core/parallel.h"
#include "core/parameterdraws.h"
#include "core/summary.h"

#include <atomic>
#include <span>
#include <string>
#include <vector>

namespace leastbad::core {

struct RegionPolicy {
    RegionBaseline region;
    Policy policy; // resolved against this region's status quo
    bool operator==(const RegionPolicy &) const = default;
};

struct RegionRanking {
    std::string code;
    std::string name;
    Quantiles netValue;             // against the region's status quo, USD 2024, discounted
    MonteCarloError netValueError;  // Monte Carlo standard errors of its summaries
    double netValuePerResident = 0; // mean net value / population
    double probabilityPositive = 0;
};

struct RegionsResult {
    std::vector<RegionRanking> ranking; // highest net value per resident first
    bool complete = false;
};

RegionsResult rankRegions(std::span<const RegionPolicy> regions, const ParameterDraws &draws,
                          const MoralWeights &weights, int threads = 0,
                          const std::atomic<bool> *cancel = nullptr,
                          const ProgressFn &progress = {});

} // namespace leastbad::core
