// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparisonengine.h"

#include "core/precision.h"
#include "core/sensitivity.h"
#include "core/snapshot.h"

#include <algorithm>
#include <span>

namespace leastbad::analysis {

namespace {

bool cancelled(const std::atomic<bool> *cancel) {
    return cancel && cancel->load();
}

// The outputs an analysis keeps: those asked for, and the snapshot's charted series.
core::OutputRequest analysisOutputs(const ComparisonRequest &request) {
    core::OutputRequest outputs = *request.analysis;
    if (request.snapshotOf && !outputs.allYearly &&
        std::ranges::find(outputs.yearly, *request.snapshotOf) == outputs.yearly.end())
        outputs.yearly.push_back(*request.snapshotOf);
    return outputs;
}

} // namespace

ComparisonEngine::ComparisonEngine(bool keep, int threads)
    : m_keep(keep)
    , m_threads(threads) {}

void ComparisonEngine::prepareDraws(const ComparisonQuestion &q) {
    // Draws depend on the seed and their number only; calibrations also on the region.
    if (!m_keep || !m_draws || m_draws->seed != q.seed || m_draws->size() != q.draws) {
        m_draws = std::make_shared<core::ParameterDraws>(
            core::ParameterDraws::generate(q.draws, q.seed, m_threads));
        m_haveSet = false;
    }
    if (!m_haveSet || !(m_setRegion == q.region)) {
        m_set =
            std::make_shared<core::DrawSet>(core::DrawSet::prepare(q.region, *m_draws, m_threads));
        m_setRegion = q.region;
        m_haveSet = true;
    }
}

std::shared_ptr<AnalysisSnapshot>
ComparisonEngine::snapshotOf(const core::DrawSet &set, const ComparisonRequest &request,
                             const core::Analysis &analysis) const {
    const ComparisonQuestion &q = request.question;
    auto s = std::make_shared<AnalysisSnapshot>();
    static_cast<core::AnalysisSnapshot &>(*s) =
        core::summarizeAnalysis(set, q.policies, analysis, q.weights, *request.snapshotOf);
    const core::PolicyOutcomes &statusQuo = analysis.run.policies.front();
    for (std::size_t i = 0; i < analysis.run.policies.size(); ++i)
        s->errors.push_back(headlineErrors(analysis.run.policies[i], statusQuo,
                                           q.policies[i] == q.policies.front()));
    return s;
}

void ComparisonEngine::computeAnalysis(ComparisonResult &result, const ComparisonRequest &request,
                                       const std::atomic<bool> *cancel,
                                       const core::ProgressFn &progress) {
    const ComparisonQuestion &q = request.question;
    const core::OutputRequest outputs = analysisOutputs(request);
    result.request.analysis = outputs;
    auto analysis = std::make_shared<core::Analysis>();
    if (request.target) {
        core::PreciseAnalysis run = core::analyseToPrecision(
            q.region, q.policies, q.weights, q.seed, *request.target, m_threads, cancel, progress);
        result.reachedTarget = run.reachedTarget;
        *analysis = std::move(run.analysis);
        result.draws = std::make_shared<core::ParameterDraws>(std::move(run.draws));
        result.set = std::make_shared<core::DrawSet>(std::move(run.set));
    } else if (!m_keep && !request.keepDraws && !request.snapshotOf) {
        // Each draw drawn, calibrated, simulated and dropped: only its outcomes are kept.
        *analysis = core::analyseDrawing(q.region, q.draws, q.seed, q.policies, q.weights, outputs,
                                         m_threads, cancel, progress);
    } else {
        prepareDraws(q);
        core::analyse(*analysis, *m_set, q.policies, q.weights, outputs, m_threads, cancel,
                      progress);
        result.draws = m_draws;
        result.set = m_set;
    }
    if (!analysis->complete || cancelled(cancel))
        return;
    result.drawsUsed = analysis->run.policies.front().draws;
    if (request.snapshotOf)
        result.snapshot = snapshotOf(*result.set, request, *analysis);
    result.analysis = std::move(analysis);
    if (!request.keepDraws && !request.target) {
        result.draws.reset();
        result.set.reset();
    }
}

std::shared_ptr<AnalysisSnapshot> ComparisonEngine::runSnapshot(const ComparisonRequest &request,
                                                                const std::atomic<bool> *cancel,
                                                                Counts &counts) {
    const ComparisonQuestion &q = request.question;
    prepareDraws(q);
    const core::Output o = *request.snapshotOf;
    const core::SimulationOptions options = q.weights.simulationOptions();
    // Every total and the charted output's yearly series only (issue 20: outputs only
    // where read), so the charted output is part of what a run is kept for.
    const core::OutputRequest outputs = core::OutputRequest::totalsAndYearly({o});
    const StatusQuoKey key{q.region, q.draws, q.seed, options.years, options.discountRate, o};
    if (!m_keep || m_statusQuoKey != key || !m_statusQuo.complete) {
        m_statusQuoKey.reset();
        m_policyRuns.clear(); // their outcomes belong to the old draws
        core::runMonteCarlo(m_statusQuo, *m_set, std::span(q.policies).first(1), options, outputs,
                            m_threads, cancel);
        ++counts.policyRuns;
        if (!m_statusQuo.complete || cancelled(cancel))
            return nullptr;
        m_statusQuoKey = key;
        m_statusQuoGeneration = ++m_generations;
    }
    // Under the same status quo, a policy whose levers did not change keeps its outcomes.
    m_policyRuns.resize(q.policies.size() - 1);
    std::vector<const core::PolicyOutcomes *> runs{&m_statusQuo.policies.front()};
    std::vector<std::uint64_t> generations{m_statusQuoGeneration};
    for (std::size_t p = 1; p < q.policies.size(); ++p) {
        CachedRun &cached = m_policyRuns[p - 1];
        if (!cached.run.complete || !(cached.policy == q.policies[p])) {
            cached.run.complete = false;
            core::runMonteCarlo(cached.run, *m_set, std::span(q.policies).subspan(p, 1), options,
                                outputs, m_threads, cancel);
            ++counts.policyRuns;
            if (!cached.run.complete || cancelled(cancel))
                return nullptr;
            cached.policy = q.policies[p];
            cached.generation = ++m_generations;
        }
        runs.push_back(&cached.run.policies.front());
        generations.push_back(cached.generation);
    }

    auto s = std::make_shared<AnalysisSnapshot>();
    s->draws = q.draws;
    s->timeSeriesOutput = o;
    s->startValue = core::at(core::simulate(m_set->calibrations.front(), q.policies.front(),
                                            core::SimulationOptions::of(1, 0))
                                 .years.front(),
                             o);
    const core::PolicyOutcomes &statusQuo = *runs.front();
    std::vector<SummaryKey> keys;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        keys.push_back({generations[i], m_statusQuoGeneration, q.weights, o});
        if (m_previous && i < m_previousKeys.size() && m_previousKeys[i] == keys.back()) {
            core::appendPolicySummary(*s, *m_previous, i);
            s->errors.push_back(m_previous->errors[i]);
        } else {
            core::appendPolicySummary(*s, *runs[i], statusQuo, q.weights);
            s->errors.push_back(
                headlineErrors(*runs[i], statusQuo, q.policies[i] == q.policies.front()));
        }
    }
    core::finishSnapshot(*s);
    if (m_keep) {
        m_previous = s;
        m_previousKeys = std::move(keys);
    } else {
        m_statusQuoKey.reset();
        m_policyRuns.clear();
    }
    return s;
}

std::shared_ptr<ComparisonResult> ComparisonEngine::compute(const ComparisonRequest &request,
                                                            const std::atomic<bool> *cancel,
                                                            const core::ProgressFn &progress,
                                                            Counts &counts) {
    auto result = std::make_shared<ComparisonResult>();
    result->request = request;
    result->drawsUsed = request.question.draws;
    std::shared_ptr<AnalysisSnapshot> snapshot;
    if (request.analysis || request.target || request.keepDraws) {
        if (!request.analysis)
            result->request.analysis = core::OutputRequest::totalsOnly();
        const ComparisonRequest asked = result->request;
        computeAnalysis(*result, asked, cancel, progress);
        if (!result->analysis)
            return nullptr;
        snapshot = std::const_pointer_cast<AnalysisSnapshot>(result->snapshot); // made just now
    } else if (request.snapshotOf) {
        snapshot = runSnapshot(request, cancel, counts);
        if (!snapshot)
            return nullptr;
    }
    if (cancelled(cancel))
        return nullptr;
    // The tornado goes into the snapshot made here: no copy of it.
    if (request.tornado && snapshot && request.question.policies.size() >= 2)
        addTornado(*snapshot, request, counts);
    result->snapshot = std::move(snapshot);
    return result;
}

void ComparisonEngine::addTornado(AnalysisSnapshot &snapshot, const ComparisonRequest &request,
                                  Counts &counts) const {
    const ComparisonQuestion &q = request.question;
    // The policy asked for, or policy A when there is no such policy.
    const int policy =
        request.tornadoPolicy >= 1 && std::size_t(request.tornadoPolicy) < q.policies.size()
            ? request.tornadoPolicy
            : 1;
    snapshot.tornado = core::tornado(q.region, q.policies[std::size_t(policy)], q.weights);
    snapshot.tornadoPolicy = policy;
    ++counts.tornadoes;
}

std::shared_ptr<ComparisonResult> ComparisonEngine::withTornado(const ComparisonResult &from,
                                                                const ComparisonRequest &request,
                                                                Counts &counts) const {
    auto result = std::make_shared<ComparisonResult>(from);
    auto s = std::make_shared<AnalysisSnapshot>(*from.snapshot); // the kept one stays as it is
    addTornado(*s, request, counts);
    result->snapshot = std::move(s);
    result->request.tornado = true;
    result->request.tornadoPolicy = request.tornadoPolicy;
    return result;
}

} // namespace leastbad::analysis
