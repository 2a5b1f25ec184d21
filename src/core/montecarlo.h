// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo with common random numbers: every policy is simulated on the same
// parameter draws, so differences between policies carry no sampling noise of their
// own. Draws and calibrations are prepared once per region and reused while only
// the policies change (a dragged slider costs one simulation per draw).
#pragma once

#include "core/outputrequest.h"
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

// Every draw's outputs for one policy, as far as the OutputRequest asked for them.
struct PolicyOutcomes {
    int draws = 0;
    int years = 0;
    std::vector<OutputValues> yearly;     // [draw · years + (year − 1)]; empty unless allYearly
    std::vector<OutputValues> totals;     // [draw]; empty unless allTotals
    std::vector<OutputValues> discounted; // [draw]
    std::vector<Output> seriesOutputs;    // the yearly outputs kept without allYearly
    std::vector<double> series;        // [(draw · years + year − 1) · seriesOutputs.size() + k]
    std::vector<Output> totalsOutputs; // the undiscounted totals kept without allTotals
    std::vector<double> totalsSubset;  // [draw · totalsOutputs.size() + k]

    const OutputValues &at(int draw, int year) const { return yearly[draw * years + (year - 1)]; }
    // Whether value() / total() can answer for an output.
    bool hasYearly(Output output) const;
    bool hasTotal(Output output, Totals kind) const;
    // One output of one draw in one year (1-based), or its total over the years.
    double value(int draw, int year, Output output) const;
    double total(int draw, Output output, Totals kind) const;
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
// Keeping only the outputs the caller reads (everything() is the overloads above).
void runMonteCarlo(MonteCarloRun &run, const DrawSet &draws, std::span<const Policy> policies,
                   const SimulationOptions &options, const OutputRequest &request, int threads = 0,
                   const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

// Draws, calibrates and simulates each draw in one go and keeps only its outcomes: no
// ParameterDraws or DrawSet is held (issue 20: the memory of a cold 100,000-draw
// `compare`). The outcomes are those of runMonteCarlo on DrawSet::prepare(region,
// ParameterDraws::generate(draws, seed)), bit for bit.
MonteCarloRun runMonteCarloDrawing(const RegionBaseline &region, int draws, std::uint64_t seed,
                                   std::span<const Policy> policies,
                                   const SimulationOptions &options, const OutputRequest &request,
                                   int threads = 0, const std::atomic<bool> *cancel = nullptr,
                                   const ProgressFn &progress = {});

} // namespace leastbad::core
