// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/analysisrunner.h"

#include <QMetaObject>

#include <chrono>
#include <span>

namespace leastbad::gui {

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const AnalysisSnapshot>>();
    m_thread = std::thread([this] { work(); });
}

AnalysisRunner::~AnalysisRunner() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cancel = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

quint64 AnalysisRunner::request(AnalysisRequest request) {
    std::lock_guard lock(m_mutex);
    const quint64 serial = ++m_serial;
    m_pending = std::make_pair(std::move(request), serial);
    m_cancel = true; // whatever is computing is now out of date
    m_wake.notify_all();
    return serial;
}

void AnalysisRunner::work() {
    for (;;) {
        std::pair<AnalysisRequest, quint64> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
            if (m_stop)
                return;
            job = std::move(*m_pending);
            m_pending.reset();
            m_cancel = false;
        }
        std::shared_ptr<AnalysisSnapshot> snapshot = compute(job.first, job.second);
        if (!snapshot)
            continue; // cancelled by a newer request
        QMetaObject::invokeMethod(
            this, [this, snapshot] { emit finished(snapshot); }, Qt::QueuedConnection);
    }
}

std::shared_ptr<AnalysisSnapshot> AnalysisRunner::compute(const AnalysisRequest &request,
                                                          quint64 serial) {
    const auto start = std::chrono::steady_clock::now();
    // Draws depend on the seed and their number only; calibrations also on the region.
    if (!m_parameterDraws || m_drawsSeed != request.seed || m_drawsCount != request.draws) {
        m_parameterDraws = core::ParameterDraws::generate(request.draws, request.seed);
        m_drawsSeed = request.seed;
        m_drawsCount = request.draws;
        m_drawsRegion.clear();
    }
    if (m_drawsRegion != request.region.code || m_drawSet.size() != request.draws) {
        m_drawSet = core::DrawSet::prepare(request.region, *m_parameterDraws);
        m_drawsRegion = request.region.code;
    }
    if (m_cancel)
        return nullptr;
    const core::SimulationOptions options = request.weights.simulationOptions();
    // The runs keep every total and the yearly series of the charted output only (issue 20:
    // outputs only where read), so the charted output is part of what a run is kept for.
    const core::OutputRequest outputs =
        core::OutputRequest::totalsAndYearly({request.timeSeriesOutput});
    const std::string statusQuoKey =
        request.region.code + '|' + std::to_string(request.draws) + '|' +
        std::to_string(request.seed) + '|' + std::to_string(options.years) + '|' +
        std::to_string(options.discountRate) + '|' + std::to_string(int(request.timeSeriesOutput));
    if (statusQuoKey != m_statusQuoKey || !m_statusQuo.complete) {
        m_statusQuoKey.clear();
        m_policyRuns.clear(); // their outcomes belong to the old draws
        core::runMonteCarlo(m_statusQuo, m_drawSet, std::span(request.policies).first(1), options,
                            outputs, 0, &m_cancel);
        if (!m_statusQuo.complete || m_cancel)
            return nullptr;
        m_statusQuoKey = statusQuoKey;
        m_statusQuoGeneration = ++m_generations;
    }
    // Under the same status-quo key (region, draws, seed, horizon, discount), a policy whose
    // levers did not change keeps its outcomes.
    m_policyRuns.resize(request.policies.size() - 1);
    std::vector<const core::PolicyOutcomes *> runs{&m_statusQuo.policies.front()};
    std::vector<std::uint64_t> generations{m_statusQuoGeneration};
    for (std::size_t p = 1; p < request.policies.size(); ++p) {
        CachedRun &cached = m_policyRuns[p - 1];
        if (!cached.run.complete || !(cached.policy == request.policies[p])) {
            cached.run.complete = false;
            core::runMonteCarlo(cached.run, m_drawSet, std::span(request.policies).subspan(p, 1),
                                options, outputs, 0, &m_cancel);
            if (!cached.run.complete || m_cancel)
                return nullptr;
            cached.policy = request.policies[p];
            cached.generation = ++m_generations;
        }
        runs.push_back(&cached.run.policies.front());
        generations.push_back(cached.generation);
    }

    auto s = std::make_shared<AnalysisSnapshot>();
    s->serial = serial;
    s->draws = request.draws;
    s->timeSeriesOutput = request.timeSeriesOutput;
    const core::Output o = request.timeSeriesOutput;
    s->startValue =
        core::at(core::simulate(m_drawSet.calibrations.front(), request.policies.front(),
                                core::SimulationOptions::of(1, 0))
                     .years.front(),
                 o);
    const core::PolicyOutcomes &statusQuo = *runs.front();
    std::vector<SummaryKey> keys;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        keys.push_back({generations[i], m_statusQuoGeneration, request.weights, o});
        if (m_previous && i < m_previousKeys.size() && m_previousKeys[i] == keys.back()) {
            core::appendPolicySummary(*s, *m_previous, i);
            s->errors.push_back(m_previous->errors[i]);
        } else {
            core::appendPolicySummary(*s, *runs[i], statusQuo, request.weights);
            s->errors.push_back(
                headlineErrors(*runs[i], statusQuo, request.policies[i] == request.policies[0]));
        }
    }
    core::finishSnapshot(*s);
    if (request.wantTornado && request.policies.size() >= 2 && !m_cancel)
        s->tornado = core::tornado(request.region, request.policies[1], request.weights);
    m_previous = s;
    m_previousKeys = std::move(keys);
    s->computeMilliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return s;
}

} // namespace leastbad::gui
