// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions.h"

#include "core/simulation.h"

#include <algorithm>

namespace leastbad::core {

RegionsResult rankRegions(std::span<const RegionPolicy> regions, const ParameterDraws &draws,
                          const MoralWeights &weights, int threads, const std::atomic<bool> *cancel,
                          const ProgressFn &progress) {
    RegionsResult result;
    const int n = draws.size();
    // One work item = one (region, draw) pair, so small and large jobs balance alike.
    std::vector<double> values(regions.size() * std::size_t(n));
    const SimulationOptions options = weights.simulationOptions();
    // Per region, not per draw: the region's fixed calibration work and status quo.
    std::vector<RegionCalibration> prepared;
    std::vector<Policy> statusQuo;
    for (const RegionPolicy &rp : regions) {
        prepared.push_back(RegionCalibration::of(rp.region));
        statusQuo.push_back(statusQuoPolicy(rp.region));
    }
    result.complete = parallelFor(
        static_cast<int>(values.size()), threads,
        [&](int item) {
            const std::size_t r = std::size_t(item) / n;
            const int d = item % n;
            const Calibration c = calibrate(prepared[r], draws.values[d]);
            // Totals only: the ranking reads no year (issue 20).
            OutputValues policyTotals, policyDiscounted, statusQuoTotals, statusQuoDiscounted;
            simulateTotals(c, regions[r].policy, options, policyTotals, policyDiscounted);
            simulateTotals(c, statusQuo[r], options, statusQuoTotals, statusQuoDiscounted);
            values[item] = netValue(policyDiscounted, statusQuoDiscounted, weights).total();
        },
        cancel, progress);
    if (!result.complete)
        return result;
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const std::vector<double> v(values.begin() + std::ptrdiff_t(r * n),
                                    values.begin() + std::ptrdiff_t((r + 1) * n));
        RegionRanking ranking;
        ranking.code = regions[r].region.code;
        ranking.name = regions[r].region.name;
        ranking.netValue = summarize(v);
        ranking.netValueError = monteCarloError(v);
        ranking.probabilityPositive = shareAbove(v);
        ranking.netValuePerResident = ranking.netValue.mean / regions[r].region.population;
        result.ranking.push_back(std::move(ranking));
    }
    std::stable_sort(result.ranking.begin(), result.ranking.end(),
                     [](const RegionRanking &a, const RegionRanking &b) {
                         return a.netValuePerResident > b.netValuePerResident;
                     });
    return result;
}

} // namespace leastbad::core
