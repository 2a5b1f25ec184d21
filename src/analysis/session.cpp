// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/session.h"

#include "analysis/comparisonengine.h"
#include "core/parallel.h"

#include <algorithm>

namespace leastbad::analysis {

namespace {

// Comparisons kept: the one on screen, the export's (every output) and a spare, so that
// switching back and forth between two requests does not recompute.
constexpr std::size_t kKeptComparisons = 4;
// Rankings kept in an interactive session: one per policy the user selects in turn.
constexpr std::size_t kKeptRankings = 4;

// An interactive session's comparisons (the app's slider path) run on the engine's worker
// while the GUI thread paints the last answer: left to choose, they take every core but
// one (issue 20), so the replot never waits for a core. Frontiers and rankings, long runs
// with a progress bar, still take them all.
int threadsForComparisons(Session::Mode mode, int threads) {
    if (threads > 0 || mode != Session::Mode::Interactive)
        return core::resolveThreadCount(threads);
    return std::max(1, core::resolveThreadCount(0) - 1);
}

} // namespace

struct Session::Engine {
    ComparisonEngine comparisons;
};

Session::Session(Mode mode, int threads)
    : m_mode(mode)
    , m_threads(threads)
    , m_comparisonThreads(threadsForComparisons(mode, threads))
    , m_engine(std::make_unique<Engine>(
          Engine{ComparisonEngine(mode == Mode::Interactive, m_comparisonThreads)})) {}

Session::~Session() = default;

std::shared_ptr<const ComparisonResult> Session::kept(const ComparisonRequest &request) const {
    std::lock_guard lock(m_keptMutex);
    for (const std::shared_ptr<const ComparisonResult> &r : m_comparisons)
        if (r->answers(request))
            return r;
    return nullptr;
}

std::shared_ptr<const FrontierAnswer> Session::kept(const FrontierRequest &request) const {
    std::lock_guard lock(m_keptMutex);
    return m_frontier && m_frontier->request == request ? m_frontier : nullptr;
}

std::shared_ptr<const RegionsAnswer> Session::kept(const RegionsRequest &request) const {
    std::lock_guard lock(m_keptMutex);
    for (const std::shared_ptr<const RegionsAnswer> &r : m_regions)
        if (r->request == request)
            return r;
    return nullptr;
}

Session::Counts Session::counts() const {
    std::lock_guard lock(m_keptMutex);
    return m_counts;
}

void Session::keep(std::shared_ptr<const ComparisonResult> result) {
    std::lock_guard lock(m_keptMutex);
    if (m_mode == Mode::OneShot)
        m_comparisons.clear(); // a command asks once: keep only the last answer
    m_comparisons.push_front(std::move(result));
    if (m_comparisons.size() > kKeptComparisons)
        m_comparisons.pop_back();
}

std::shared_ptr<const ComparisonResult> Session::results(const ComparisonRequest &request,
                                                         const std::atomic<bool> *cancel,
                                                         const core::ProgressFn &progress) {
    if (std::shared_ptr<const ComparisonResult> r = kept(request))
        return r;
    std::lock_guard engine(m_engineMutex);
    if (std::shared_ptr<const ComparisonResult> r = kept(request))
        return r; // computed while this call waited for the engine
    ComparisonEngine::Counts counts;
    std::shared_ptr<ComparisonResult> result;
    // Everything but the tornado kept (the tornado tab was not on screen, or it showed
    // another policy's): add it only.
    ComparisonRequest withoutTornado = request;
    withoutTornado.tornado = false;
    const std::shared_ptr<const ComparisonResult> base =
        request.tornado ? kept(withoutTornado) : nullptr;
    if (base && base->snapshot && request.question.policies.size() >= 2)
        result = m_engine->comparisons.withTornado(*base, request, counts);
    else
        result = m_engine->comparisons.compute(request, cancel, progress, counts);
    {
        std::lock_guard lock(m_keptMutex);
        m_counts.comparisons += base ? 0 : 1;
        m_counts.policyRuns += counts.policyRuns;
        m_counts.tornadoes += counts.tornadoes;
    }
    if (!result)
        return nullptr;
    keep(result);
    return result;
}

std::shared_ptr<const FrontierAnswer> Session::results(const FrontierRequest &request,
                                                       const std::atomic<bool> *cancel,
                                                       const core::ProgressFn &progress) {
    if (std::shared_ptr<const FrontierAnswer> r = kept(request))
        return r;
    // The same sweep with other marked policies (one was added, moved or removed): the
    // kept frontier, with those policies placed on its draws (the numbers a new sweep gives).
    std::shared_ptr<const FrontierAnswer> sweep;
    {
        std::lock_guard lock(m_keptMutex);
        if (m_frontier && sameSweep(m_frontier->request, request))
            sweep = m_frontier;
    }
    if (sweep) {
        auto answer = std::make_shared<FrontierAnswer>(*sweep);
        answer->request = request;
        answer->result.marked =
            core::placeOnFrontier(request.region, request.options, request.options.marked);
        std::lock_guard lock(m_keptMutex);
        ++m_counts.placements;
        m_frontier = answer;
        return answer;
    }
    auto answer = std::make_shared<FrontierAnswer>(FrontierAnswer{
        request, core::exploreFrontier(request.region, request.options, cancel, progress)});
    std::lock_guard lock(m_keptMutex);
    ++m_counts.frontiers;
    if (!answer->result.complete)
        return nullptr;
    m_frontier = answer;
    return answer;
}

std::shared_ptr<const RegionsAnswer> Session::results(const RegionsRequest &request,
                                                      const std::atomic<bool> *cancel,
                                                      const core::ProgressFn &progress) {
    if (std::shared_ptr<const RegionsAnswer> r = kept(request))
        return r;
    auto answer = std::make_shared<RegionsAnswer>(RegionsAnswer{
        request, core::rankRegions(request.regions,
                                   core::ParameterDraws::generate(request.draws, request.seed),
                                   request.weights, m_threads, cancel, progress)});
    std::lock_guard lock(m_keptMutex);
    ++m_counts.rankings;
    if (!answer->result.complete)
        return nullptr;
    if (m_mode == Mode::OneShot)
        m_regions.clear();
    m_regions.push_front(answer);
    if (m_regions.size() > kKeptRankings)
        m_regions.pop_back();
    return answer;
}

} // namespace leastbad::analysis
