// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/exportresults.h"

#include "core/sensitivity.h"

namespace leastbad::charts {

namespace {

// Progress of one step, mapped to its share [from, to) of the whole in per-mille.
core::ProgressFn stepProgress(const core::ProgressFn &progress, int from, int to) {
    if (!progress)
        return {};
    return [progress, from, to](int done, int total) {
        progress(from + (total > 0 ? (to - from) * done / total : 0), 1000);
    };
}

bool cancelled(const std::atomic<bool> *cancel) {
    return cancel && cancel->load();
}

} // namespace

data::AnalysisLabels ExportResults::labels() const {
    return {context.policyNames, scenario.region, scenario.draws, scenario.seed, scenario.weights};
}

std::vector<core::RegionPolicy> regionPolicies(const data::Dataset &dataset,
                                               const core::Policy &policy,
                                               const core::RegionBaseline &from, int year) {
    std::vector<core::RegionPolicy> regions;
    QString error;
    for (const data::RegionRow &row : dataset.content().regions) {
        const std::optional<data::RegionRecord> record = dataset.loadRegion(row.code, error, year);
        if (record)
            regions.push_back(
                {record->baseline, core::transferPolicy(policy, from, record->baseline)});
    }
    return regions;
}

core::RegionsResult rankRegionsFor(const std::vector<core::RegionPolicy> &regions,
                                   const core::MoralWeights &weights, std::uint64_t seed,
                                   const std::atomic<bool> *cancel,
                                   const core::ProgressFn &progress) {
    return core::rankRegions(regions, core::ParameterDraws::generate(kRegionDraws, seed), weights,
                             0, cancel, progress);
}

core::FrontierOptions frontierOptions(const data::Scenario &scenario, int samples, int draws) {
    core::FrontierOptions options;
    options.samples = samples;
    options.draws = draws;
    options.seed = scenario.seed;
    options.weights = scenario.weights;
    for (const data::NamedPolicy &p : scenario.policies)
        options.marked.push_back(p.policy);
    return options;
}

std::optional<ExportResults> computeResults(const data::Scenario &scenario,
                                            const data::RegionRecord &region,
                                            const data::Dataset &dataset,
                                            const ComputeOptions &options) {
    ExportResults r;
    r.scenario = scenario;
    r.region = region;
    r.context = chartContext(scenario, region);
    std::vector<core::Policy> policies{core::statusQuoPolicy(region.baseline)};
    for (const data::NamedPolicy &p : scenario.policies)
        policies.push_back(p.policy);

    auto draws = std::make_shared<core::ParameterDraws>(
        core::ParameterDraws::generate(scenario.draws, scenario.seed));
    const core::DrawSet set = core::DrawSet::prepare(region.baseline, *draws);
    auto analysis = std::make_shared<core::Analysis>(
        core::analyse(set, policies, scenario.weights, 0, options.cancel,
                      stepProgress(options.progress, 0, 300)));
    if (!analysis->complete || cancelled(options.cancel))
        return std::nullopt;
    auto snapshot = std::make_shared<core::AnalysisSnapshot>(core::summarizeAnalysis(
        set, policies, *analysis, scenario.weights, options.timeSeriesOutput));
    if (policies.size() >= 2)
        snapshot->tornado = core::tornado(region.baseline, policies[1], scenario.weights);
    r.draws = std::move(draws);
    r.analysis = std::move(analysis);
    r.snapshot = std::move(snapshot);
    if (cancelled(options.cancel))
        return std::nullopt;

    if (options.regions && policies.size() >= 2) {
        auto regions = std::make_shared<core::RegionsResult>(rankRegionsFor(
            regionPolicies(dataset, policies[1], region.baseline, scenario.year), scenario.weights,
            scenario.seed,
            options.cancel, stepProgress(options.progress, 350, options.frontier ? 500 : 1000)));
        if (!regions->complete)
            return std::nullopt;
        r.regions = std::move(regions);
    }
    if (options.frontier) {
        auto frontier = std::make_shared<core::FrontierResult>(core::exploreFrontier(
            region.baseline,
            frontierOptions(scenario, options.frontierSamples, options.frontierDraws),
            options.cancel, stepProgress(options.progress, 500, 1000)));
        if (!frontier->complete)
            return std::nullopt;
        r.frontier = std::move(frontier);
    }
    return r;
}

} // namespace leastbad::charts
