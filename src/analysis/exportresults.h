// SPDX-License-Identifier: GPL-3.0-or-later
// Everything an export shows, asked of a Session for a scenario: the snapshot the charts
// and the report draw (with the tornado of the policy described: policy A, or the one
// selected in the app), the Monte Carlo comparison with every output when results files
// are written, that policy applied to every region, and the frontier. The CLI's export and the
// app's ask the same requests (scenariorequests.h), so both draw the same numbers, and the app's
// export reuses what is on screen.
#pragma once

#include "analysis/chartcontext.h"
#include "analysis/scenariorequests.h"
#include "analysis/session.h"
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

namespace leastbad::analysis {

struct ExportResults {
    data::Scenario scenario;
    data::RegionRecord region;
    ChartContext context;
    std::shared_ptr<const core::ParameterDraws> draws; // null unless asked for
    std::shared_ptr<const core::Analysis> analysis;    // [0] the status quo; null unless asked for
    std::shared_ptr<const core::AnalysisSnapshot> snapshot; // with the described's tornado
    std::shared_ptr<const core::RegionsResult> regions;     // null when not computed
    std::shared_ptr<const core::FrontierResult> frontier;   // null when not computed
    // The comparison the charts and the report were drawn from, and what the session had
    // computed when it was answered (so a caller can tell reuse from recomputation).
    std::shared_ptr<const ComparisonResult> comparison;

    data::AnalysisLabels labels() const;
};

struct ComputeOptions {
    core::Output timeSeriesOutput = core::Output::PrisonPopulation;
    // The scenario's policy the tornado and the regions describe (0: the first, as the
    // command line; the app passes the one selected in its policy list).
    int policy = 0;
    bool analysis = true;  // every output of every draw, for the results files
    bool rawDraws = false; // and the parameter draws, for a results file with every draw
    bool regions = true;
    // The frontier: computed when asked, otherwise included only when the session keeps
    // one for exactly this scenario (the Frontier tab ran on it).
    bool frontier = false;
    int frontierSamples = kFrontierSamples;
    int frontierDraws = kFrontierDraws;
    const std::atomic<bool> *cancel = nullptr;
    core::ProgressFn progress; // done and total in per-mille of the whole
};

// Everything an export of `scenario` shows, asked of `session`: what it keeps for exactly
// this scenario is reused, the rest computed. Returns std::nullopt only when cancelled.
std::optional<ExportResults> computeResults(Session &session, const data::Scenario &scenario,
                                            const data::RegionRecord &region,
                                            const data::Dataset &dataset,
                                            const ComputeOptions &options);

} // namespace leastbad::analysis
