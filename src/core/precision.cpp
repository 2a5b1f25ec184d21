// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/precision.h"

#include <algorithm>

namespace leastbad::core {

namespace {

template <typename T> void append(std::vector<T> &to, const std::vector<T> &from) {
    to.insert(to.end(), from.begin(), from.end());
}

void appendRun(MonteCarloRun &to, const MonteCarloRun &batch) {
    if (to.policies.empty()) {
        to = batch;
        return;
    }
    for (std::size_t p = 0; p < to.policies.size(); ++p) {
        PolicyOutcomes &o = to.policies[p];
        const PolicyOutcomes &b = batch.policies[p];
        append(o.yearly, b.yearly);
        append(o.totals, b.totals);
        append(o.discounted, b.discounted);
        append(o.series, b.series);
        append(o.totalsSubset, b.totalsSubset);
        o.draws += b.draws;
    }
    to.complete = to.complete && batch.complete;
}

// The largest standard error of a mean net value over the policies (index 0 is the
// status quo, whose net value is 0).
double largestError(const MonteCarloRun &run, const MoralWeights &weights) {
    double largest = 0;
    for (std::size_t p = 1; p < run.policies.size(); ++p)
        largest = std::max(largest,
                           verdict(run.policies[p], run.policies[0], weights).netValueError.mean);
    return largest;
}

} // namespace

PreciseAnalysis analyseToPrecision(const RegionBaseline &region, std::span<const Policy> policies,
                                   const MoralWeights &weights, std::uint64_t seed,
                                   const PrecisionTarget &target, int threads,
                                   const std::atomic<bool> *cancel, const ProgressFn &progress) {
    PreciseAnalysis result;
    const int batch = std::max(10, target.batchDraws);
    MonteCarloRun run;
    run.complete = true;
    while (result.draws.size() < target.maxDraws) {
        const int first = result.draws.size();
        const int count = std::min(batch, target.maxDraws - first);
        const ParameterDraws drawn = ParameterDraws::generateRange(first, count, seed);
        const DrawSet set = DrawSet::prepare(region, drawn, threads);
        const MonteCarloRun more =
            runMonteCarlo(set, policies, weights.simulationOptions(), threads, cancel, progress);
        if (!more.complete)
            return result; // cancelled: analysis.complete stays false
        append(result.draws.values, drawn.values);
        append(result.set.calibrations, set.calibrations);
        appendRun(run, more);
        result.largestStandardError = largestError(run, weights);
        if (result.largestStandardError <= target.standardErrorUsd) {
            result.reachedTarget = true;
            break;
        }
    }
    result.draws.seed = seed;
    result.analysis.run = std::move(run);
    result.analysis.complete = true;
    for (const PolicyOutcomes &p : result.analysis.run.policies)
        result.analysis.verdicts.push_back(
            verdict(p, result.analysis.run.policies.front(), weights));
    return result;
}

} // namespace leastbad::core
