// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/exportresults.h"

#include <algorithm>

namespace leastbad::analysis {

namespace {

// Progress of one step, mapped to its share [from, to) of the whole in per-mille.
core::ProgressFn stepProgress(const core::ProgressFn &progress, int from, int to) {
    if (!progress)
        return {};
    return [progress, from, to](int done, int total) {
        progress(from + (total > 0 ? (to - from) * done / total : 0), 1000);
    };
}

} // namespace

data::AnalysisLabels ExportResults::labels() const {
    return {context.policyNames, scenario.region, scenario.draws, scenario.seed, scenario.weights};
}

std::optional<ExportResults> computeResults(Session &session, const data::Scenario &scenario,
                                            const data::RegionRecord &region,
                                            const data::Dataset &dataset,
                                            const ComputeOptions &options) {
    ExportResults r;
    r.scenario = scenario;
    r.region = region;
    r.context = chartContext(scenario, region);
    const int described = describedPolicy(scenario, options.policy);
    r.context.describedPolicy = std::max(described, 0) + 1;

    ComparisonRequest request =
        snapshotRequest(scenario, region.baseline, options.timeSeriesOutput, true, options.policy);
    if (options.analysis)
        request.analysis = core::OutputRequest::everything();
    request.keepDraws = options.rawDraws;
    r.comparison = session.results(request, options.cancel, stepProgress(options.progress, 0, 350));
    if (!r.comparison)
        return std::nullopt;
    r.snapshot = r.comparison->snapshot;
    r.analysis = r.comparison->analysis;
    r.draws = r.comparison->draws;

    // A policy that changes nothing would rank a zero in every region: nothing to rank.
    const bool regions =
        options.regions && described >= 0 &&
        !(scenario.policies.at(described).policy == core::statusQuoPolicy(region.baseline));
    if (regions) {
        const std::shared_ptr<const RegionsAnswer> ranked = session.results(
            regionsRequest(dataset, scenario, region.baseline, described), options.cancel,
            stepProgress(options.progress, 350, options.frontier ? 500 : 1000));
        if (!ranked)
            return std::nullopt;
        r.regions = std::shared_ptr<const core::RegionsResult>(ranked, &ranked->result);
    }
    const FrontierRequest frontier =
        frontierRequest(scenario, region.baseline, options.frontierSamples, options.frontierDraws);
    std::shared_ptr<const FrontierAnswer> found =
        options.frontier
            ? session.results(frontier, options.cancel, stepProgress(options.progress, 500, 1000))
            : session.kept(frontier);
    if (options.frontier && !found)
        return std::nullopt;
    if (found)
        r.frontier = std::shared_ptr<const core::FrontierResult>(found, &found->result);
    return r;
}

} // namespace leastbad::analysis
