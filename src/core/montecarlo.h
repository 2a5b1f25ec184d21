// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo with common random numbers: every policy is simulated on the same
// parameter draws, so differences between policies carry no sampling noise of their
// own. Draws and calibrations are prepared once per region and reused while only
// the policies change (a dragged slider costs one simulation per draw).
#pragma once

#include "core/parallel.h"
#include "core/parameterdraws.h"
#include "core/simulation.h"

#include <atomic>
#include <span>
#include <vector>

namespace leastbad::core {

// The calibrated status quo of one region under each parameter draw.
struct DrawSet {
    std::vector<Calibration> calibrations;

    static DrawSet prepare(const RegionBaseline &region, const ParameterDraws &draws,
                           int threads = 0);
    int size() const { return static_cast<int>(calibrations.size()); }
};

// Every draw's outputs for one policy.
struct PolicyOutcomes {
    int draws = 0;
    int years = 0;
    std::vector<OutputValues> yearly;     // [draw · years + (year − 1)]
    std::vector<OutputValues> totals;     // [draw]
    std::vector<OutputValues> discounted; // [draw]

    const OutputValues &at(int draw, int year) const { return yearly[draw * years + (year - 1)]; }
};

struct MonteCarloRun {
    std::vector<PolicyOutcomes> policies; // in the order given
    bool complete = false;                // false if cancelled: do not present as a result
};

MonteCarloRun runMonteCarlo(const DrawSet &draws, std::span<const Policy> policies,
                            const SimulationOptions &options, int threads = 0,
                            const std::atomic<bool> *cancel = nullptr,
                            const ProgressFn &progress = {});
// The same into an existing run, reusing its memory when the sizes match.
void runMonteCarlo(MonteCarloRun &run, const DrawSet &draws, std::span<const Policy> policies,
                   const SimulationOptions &options, int threads = 0,
                   const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

} // namespace leastbad::core
