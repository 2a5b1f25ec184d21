// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/scenariorequests.h"

#include <algorithm>

namespace leastbad::analysis {

std::vector<core::Policy> scenarioPolicies(const data::Scenario &scenario,
                                           const core::RegionBaseline &region) {
    std::vector<core::Policy> policies{core::statusQuoPolicy(region)};
    for (const data::NamedPolicy &p : scenario.policies)
        policies.push_back(p.policy);
    return policies;
}

ComparisonQuestion comparisonQuestion(const data::Scenario &scenario,
                                      const core::RegionBaseline &region) {
    return {region, scenarioPolicies(scenario, region), scenario.weights, scenario.seed,
            scenario.draws};
}

ComparisonRequest snapshotRequest(const data::Scenario &scenario,
                                  const core::RegionBaseline &region, core::Output charted,
                                  bool tornado, int policy) {
    ComparisonRequest request;
    request.question = comparisonQuestion(scenario, region);
    request.snapshotOf = charted;
    request.tornado = tornado;
    // Without a tornado the policy is left at its default: the request is the same one
    // whichever policy is selected, and what the session keeps answers it.
    if (tornado)
        request.tornadoPolicy = std::max(describedPolicy(scenario, policy), 0) + 1;
    return request;
}

FrontierRequest frontierRequest(const data::Scenario &scenario, const core::RegionBaseline &region,
                                int samples, int draws) {
    FrontierRequest request;
    request.region = region;
    request.options.samples = samples;
    request.options.draws = draws;
    request.options.seed = scenario.seed;
    request.options.weights = scenario.weights;
    for (const data::NamedPolicy &p : scenario.policies)
        request.options.marked.push_back(p.policy);
    return request;
}

RegionsRequest regionsRequest(const data::Dataset &dataset, const core::Policy &policy,
                              const core::RegionBaseline &from, const core::MoralWeights &weights,
                              std::uint64_t seed, int draws, int year, data::Problems *skipped) {
    RegionsRequest request;
    request.weights = weights;
    request.seed = seed;
    request.draws = draws;
    for (const data::RegionRow &row : dataset.content().regions) {
        const data::Result<data::RegionRecord> record = dataset.loadRegion(row.code, year);
        if (record)
            request.regions.push_back(
                {record->baseline, core::transferPolicy(policy, from, record->baseline)});
        else if (skipped)
            skipped->append(record.problems());
    }
    return request;
}

RegionsRequest regionsRequest(const data::Dataset &dataset, const data::Scenario &scenario,
                              const core::RegionBaseline &from, int policy) {
    const int described = describedPolicy(scenario, policy);
    const core::Policy carried =
        described < 0 ? core::statusQuoPolicy(from) : scenario.policies.at(described).policy;
    return regionsRequest(dataset, carried, from, scenario.weights, scenario.seed, kRegionDraws,
                          scenario.year);
}

int describedPolicy(const data::Scenario &scenario, int policy) {
    if (scenario.policies.isEmpty())
        return -1;
    return policy >= 0 && policy < scenario.policies.size() ? policy : 0;
}

} // namespace leastbad::analysis
