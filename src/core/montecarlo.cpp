// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/montecarlo.h"

namespace leastbad::core {

DrawSet DrawSet::prepare(const RegionBaseline &region, const ParameterDraws &draws, int threads) {
    DrawSet set;
    set.calibrations.resize(draws.values.size());
    parallelFor(draws.size(), threads,
                [&](int i) { set.calibrations[i] = calibrate(region, draws.values[i]); });
    return set;
}

MonteCarloRun runMonteCarlo(const DrawSet &draws, std::span<const Policy> policies,
                            const SimulationOptions &options, int threads,
                            const std::atomic<bool> *cancel, const ProgressFn &progress) {
    MonteCarloRun run;
    runMonteCarlo(run, draws, policies, options, threads, cancel, progress);
    return run;
}

void runMonteCarlo(MonteCarloRun &run, const DrawSet &draws, std::span<const Policy> policies,
                   const SimulationOptions &options, int threads, const std::atomic<bool> *cancel,
                   const ProgressFn &progress) {
    // Same sizes as last time: resize() keeps the memory, so a slider move allocates nothing.
    const int years = std::clamp(options.years, 1, kMaxYears);
    run.policies.resize(policies.size());
    for (PolicyOutcomes &outcomes : run.policies) {
        outcomes.draws = draws.size();
        outcomes.years = years;
        outcomes.yearly.resize(std::size_t(draws.size()) * years);
        outcomes.totals.resize(draws.size());
        outcomes.discounted.resize(draws.size());
    }
    // One item = one draw for every policy: the draw's calibration is shared.
    run.complete = parallelFor(
        draws.size(), threads,
        [&](int d) {
            for (std::size_t p = 0; p < policies.size(); ++p) {
                PolicyOutcomes &outcomes = run.policies[p];
                simulateInto(draws.calibrations[d], policies[p], options,
                             std::span(outcomes.yearly).subspan(std::size_t(d) * years, years),
                             outcomes.totals[d], outcomes.discounted[d]);
            }
        },
        cancel, progress);
}

} // namespace leastbad::core
