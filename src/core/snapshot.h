// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts, the headline and the exports show of an analysis, summarised from
// the draws: the charted output year by year, each policy's verdict by ledger, and the
// totals people quote, each with its percentiles. The app's runner and the command
// line's export both build it here, so a chart says the same thing wherever it is drawn.
#pragma once

#include "core/analysis.h"
#include "core/sensitivity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace leastbad::core {

struct AnalysisSnapshot {
    std::uint64_t serial = 0;
    Output timeSeriesOutput = Output::PrisonPopulation;
    std::vector<std::vector<Quantiles>> yearly; // [policy][year − 1] of timeSeriesOutput
    std::vector<Quantiles> finalYearChange;     // [policy] of it in the last year, − status quo
    std::vector<PolicyVerdict> verdicts;        // [policy], against the status quo
    std::vector<std::vector<double>> netValueDraws; // [policy] totals, for histograms
    std::vector<Quantiles> victimizationsAverted;   // [policy] over the horizon
    std::vector<Quantiles> wellbeingYearsChange;    // [policy] policy − status quo
    std::vector<Quantiles> lifeYearsNetChange;      // lost in prison − saved from homicide
    std::vector<Quantiles> taxpayerCostChange;      // discounted
    Comparison aVersusB;                            // on net value
    double startValue = 0;          // year 0 of the time series (the calibrated status quo)
    std::optional<Tornado> tornado; // of one policy, when asked for:
    int tornadoPolicy = 1;          // its index in the policies ([0] the status quo, [1] A)
    int draws = 0;
    double computeMilliseconds = 0;
};

// Appends one policy's summaries (the status quo first, then each policy in turn).
void appendPolicySummary(AnalysisSnapshot &snapshot, const PolicyOutcomes &outcomes,
                         const PolicyOutcomes &statusQuo, const MoralWeights &weights);
// Copies policy `index` of another snapshot's summaries, when nothing they depend on changed.
void appendPolicySummary(AnalysisSnapshot &snapshot, const AnalysisSnapshot &from,
                         std::size_t index);
// After the last policy: A against B, when there are two.
void finishSnapshot(AnalysisSnapshot &snapshot);

// The whole snapshot of a finished analysis; policies[0] is the status quo.
AnalysisSnapshot summarizeAnalysis(const DrawSet &draws, std::span<const Policy> policies,
                                   const Analysis &analysis, const MoralWeights &weights,
                                   Output timeSeriesOutput);

} // namespace leastbad::core
