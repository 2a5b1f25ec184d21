// SPDX-License-Identifier: GPL-3.0-or-later
// A comparison run to a precision rather than to a number of draws: batches of draws (in
// order, each draw seeded by its index, so the result equals a run of the same total
// number of draws) are added until the Monte Carlo standard error of every policy's mean
// net value is at most the target, or the cap is reached.
#pragma once

#include "core/analysis.h"

#include <span>

namespace leastbad::core {

struct PrecisionTarget {
    double standardErrorUsd = 0; // of each policy's mean net value
    int batchDraws = 2000;       // drawn at a time (the first batch included)
    int maxDraws = 100'000;      // stop here even if the target is not reached
    bool operator==(const PrecisionTarget &) const = default;
};

struct PreciseAnalysis {
    ParameterDraws draws;
    DrawSet set;
    Analysis analysis;
    bool reachedTarget = false;
    double largestStandardError = 0; // over the policies, at the end
};

PreciseAnalysis analyseToPrecision(const RegionBaseline &region, std::span<const Policy> policies,
                                   const MoralWeights &weights, std::uint64_t seed,
                                   const PrecisionTarget &target, int threads = 0,
                                   const std::atomic<bool> *cancel = nullptr,
                                   const ProgressFn &progress = {});

} // namespace leastbad::core
