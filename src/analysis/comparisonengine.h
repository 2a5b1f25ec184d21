// SPDX-License-Identifier: GPL-3.0-or-later
// Computes comparisons for a Session, keeping what the next request can reuse: the
// parameter draws (seed and count), the region's calibrated draws, the status quo's run
// and each policy's last run, and the summaries of the last snapshot. A dragged slider
// changes one policy, so only that policy is simulated and summarised again.
#pragma once

#include "analysis/results.h"
#include "core/montecarlo.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace leastbad::analysis {

class ComparisonEngine {
public:
    struct Counts {
        int policyRuns = 0;
        int tornadoes = 0;
    };

    // `keep`: keep draws and runs between requests (an interactive session).
    ComparisonEngine(bool keep, int threads);

    // Everything `request` asks for, computed now; null when cancelled.
    std::shared_ptr<ComparisonResult> compute(const ComparisonRequest &request,
                                              const std::atomic<bool> *cancel,
                                              const core::ProgressFn &progress, Counts &counts);

    // The same snapshot with the tornado of request.tornadoPolicy added.
    std::shared_ptr<ComparisonResult> withTornado(const ComparisonResult &from,
                                                  const ComparisonRequest &request,
                                                  Counts &counts) const;

private:
    void prepareDraws(const ComparisonQuestion &question);
    void computeAnalysis(ComparisonResult &result, const ComparisonRequest &request,
                         const std::atomic<bool> *cancel, const core::ProgressFn &progress);
    std::shared_ptr<AnalysisSnapshot> runSnapshot(const ComparisonRequest &request,
                                                  const std::atomic<bool> *cancel, Counts &counts);
    void addTornado(AnalysisSnapshot &snapshot, const ComparisonRequest &request,
                    Counts &counts) const;
    std::shared_ptr<AnalysisSnapshot> snapshotOf(const core::DrawSet &set,
                                                 const ComparisonRequest &request,
                                                 const core::Analysis &analysis) const;

    const bool m_keep;
    const int m_threads;

    // The draws of the last question: by seed and count, then calibrated for its region.
    std::shared_ptr<const core::ParameterDraws> m_draws;
    std::shared_ptr<const core::DrawSet> m_set;
    core::RegionBaseline m_setRegion;
    bool m_haveSet = false;

    // The status quo changes only with the region, the draws and the horizon or discount
    // rate; each policy's run only with its levers besides.
    struct StatusQuoKey {
        core::RegionBaseline region;
        int draws = 0;
        std::uint64_t seed = 0;
        int years = 0;
        double discountRate = 0;
        core::Output output = core::Output::PrisonPopulation;
        bool operator==(const StatusQuoKey &) const = default;
    };
    core::MonteCarloRun m_statusQuo;
    std::optional<StatusQuoKey> m_statusQuoKey;
    struct CachedRun {
        core::Policy policy;
        core::MonteCarloRun run;
        std::uint64_t generation = 0; // changes whenever the run is computed again
    };
    std::vector<CachedRun> m_policyRuns;
    std::uint64_t m_statusQuoGeneration = 0;
    std::uint64_t m_generations = 0;
    // What each summary of the last snapshot was computed from: a summary whose run,
    // status quo, weights and charted output are unchanged is copied from it.
    struct SummaryKey {
        std::uint64_t run = 0;
        std::uint64_t statusQuo = 0;
        core::MoralWeights weights;
        core::Output output = core::Output::PrisonPopulation;
        bool operator==(const SummaryKey &) const = default;
    };
    std::shared_ptr<const AnalysisSnapshot> m_previous;
    std::vector<SummaryKey> m_previousKeys;
};

} // namespace leastbad::analysis
