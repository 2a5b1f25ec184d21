// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backcast.h"

#include <cmath>

namespace leastbad::core {

std::optional<BackcastPrediction> runBackcast(const DrawSet &draws, const Policy &statusQuo,
                                              const std::vector<double> &newAdmissionsScale,
                                              int threads, const std::atomic<bool> *cancel) {
    const int years = static_cast<int>(newAdmissionsScale.size());
    if (years < 1 || years > kMaxYears)
        return BackcastPrediction{};
    SimulationOptions options;
    options.years = years;
    options.newAdmissionsScale = newAdmissionsScale;
    const MonteCarloRun run =
        runMonteCarlo(draws, std::span(&statusQuo, 1), options, threads, cancel);
    if (!run.complete)
        return std::nullopt;
    BackcastPrediction prediction;
    const PolicyOutcomes &outcomes = run.policies.front();
    prediction.prisonPopulation = yearlySummary(outcomes, Output::PrisonPopulation);
    // Percentiles of a sum are not sums of percentiles: summarise the draws' sums.
    for (int t = 1; t <= years; ++t) {
        std::vector<double> crimes(outcomes.draws);
        for (int d = 0; d < outcomes.draws; ++d)
            crimes[d] = at(outcomes.at(d, t), Output::CrimesViolent) +
                        at(outcomes.at(d, t), Output::CrimesProperty);
        prediction.reportedCrimes.push_back(summarize(std::move(crimes)));
    }
    return prediction;
}

BackcastFit fitToObserved(std::span<const Quantiles> predicted, std::span<const double> observed) {
    BackcastFit fit;
    double errors = 0, covered = 0;
    for (std::size_t t = 0; t < predicted.size() && t < observed.size(); ++t) {
        const double seen = observed[t];
        if (!std::isfinite(seen) || seen <= 0)
            continue;
        ++fit.years;
        errors += std::abs(predicted[t].p50 - seen) / seen;
        covered += predicted[t].p5 <= seen && seen <= predicted[t].p95 ? 1 : 0;
    }
    if (fit.years > 0) {
        fit.meanAbsolutePercentageError = errors / fit.years;
        fit.intervalCoverage = covered / fit.years;
    }
    return fit;
}

} // namespace leastbad::core
