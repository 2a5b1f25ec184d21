// SPDX-License-Identifier: GPL-3.0-or-later
// Everything an export shows, computed from a scenario: the Monte Carlo comparison (every
// output of every policy, every draw), its snapshot with the tornado, policy A applied to
// every region, and on request the frontier. The CLI's export computes it here; the app
// computes the same here from its open scenario, so both draw the same numbers.
#pragma once

#include "charts/chartcontext.h"
#include "core/analysis.h"
#include "core/frontier.h"
#include "core/parameterdraws.h"
#include "core/regions.h"
#include "core/snapshot.h"
#include "data/analysisformat.h"
#include "data/dataset.h"

#include <atomic>
#include <memory>
#include <optional>

namespace leastbad::charts {

// Draws per region when policy A is applied to every region (as in the Regions tab).
inline constexpr int kRegionDraws = 200;

struct ExportResults {
    data::Scenario scenario;
    data::RegionRecord region;
    ChartContext context;
    std::shared_ptr<const core::ParameterDraws> draws;
    std::shared_ptr<const core::Analysis> analysis;         // [0] the status quo
    std::shared_ptr<const core::AnalysisSnapshot> snapshot; // with the tornado of policy A
    std::shared_ptr<const core::RegionsResult> regions;     // null when not computed
    std::shared_ptr<const core::FrontierResult> frontier;   // null when not computed

    data::AnalysisLabels labels() const;
};

struct ComputeOptions {
    core::Output timeSeriesOutput = core::Output::PrisonPopulation;
    bool regions = true;
    bool frontier = false;
    int frontierSamples = 5000; // as the Frontier tab's defaults
    int frontierDraws = 100;
    const std::atomic<bool> *cancel = nullptr;
    core::ProgressFn progress; // done and total in per-mille of the whole
};

// Returns std::nullopt only when cancelled.
std::optional<ExportResults> computeResults(const data::Scenario &scenario,
                                            const data::RegionRecord &region,
                                            const data::Dataset &dataset,
                                            const ComputeOptions &options);

// Policy A carried to every region of the dataset as a change from each one's status quo,
// each region evaluated as of `year` (0: the latest values).
std::vector<core::RegionPolicy> regionPolicies(const data::Dataset &dataset,
                                               const core::Policy &policy,
                                               const core::RegionBaseline &from, int year = 0);
core::RegionsResult rankRegionsFor(const std::vector<core::RegionPolicy> &regions,
                                   const core::MoralWeights &weights, std::uint64_t seed,
                                   const std::atomic<bool> *cancel,
                                   const core::ProgressFn &progress);
core::FrontierOptions frontierOptions(const data::Scenario &scenario, int samples, int draws);

} // namespace leastbad::charts
