// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tradeoff engine off the GUI thread. The newest request wins: a request that
// arrives while one is computing cancels it (Qt's Mandelbrot example's restart), so a
// dragged slider never queues work. Parameter draws and calibrations are kept while only
// the policies or weights change.
#pragma once

#include "app/headlineerrors.h"
#include "core/snapshot.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace leastbad::gui {

struct AnalysisRequest {
    core::RegionBaseline region;
    std::vector<core::Policy> policies; // [0] the status quo, then A, B
    core::MoralWeights weights;
    std::uint64_t seed = 1;
    int draws = 1000;
    core::Output timeSeriesOutput = core::Output::PrisonPopulation;
    bool wantTornado = false; // the tornado costs ~200 runs: only while it is on screen
};

// What the charts and the headline need is summarised in the worker: core/snapshot.h and
// the headline's standard errors (app/headlineerrors.h).

class AnalysisRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisRunner)

public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    // Returns the serial of this request; finished() carries it back.
    quint64 request(AnalysisRequest request);

signals:
    void finished(std::shared_ptr<const leastbad::gui::AnalysisSnapshot> snapshot);

private:
    void work();
    std::shared_ptr<AnalysisSnapshot> compute(const AnalysisRequest &request, quint64 serial);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<std::pair<AnalysisRequest, quint64>> m_pending;
    quint64 m_serial = 0;
    std::atomic<bool> m_cancel{false};
    bool m_stop = false;

    // Worker-only state, reused between requests.
    std::string m_drawsRegion;
    std::uint64_t m_drawsSeed = 0;
    int m_drawsCount = 0;
    std::optional<core::ParameterDraws> m_parameterDraws;
    core::DrawSet m_drawSet;
    // The status quo changes only with the region, the draws and the horizon or discount
    // rate: while a slider moves, only the policies are simulated again.
    core::MonteCarloRun m_statusQuo;
    std::string m_statusQuoKey;
    // Each policy's last run: a slider moves one policy, so the other is reused.
    struct CachedRun {
        core::Policy policy;
        core::MonteCarloRun run;
        std::uint64_t generation = 0; // changes whenever the run is computed again
    };
    std::vector<CachedRun> m_policyRuns;
    std::uint64_t m_statusQuoGeneration = 0;
    std::uint64_t m_generations = 0;
    // The last snapshot, and what each of its policies' summaries was computed from: a
    // summary whose run, status quo, weights and charted output are unchanged is copied
    // from it, so a slider step summarizes only the policy that moved.
    struct SummaryKey {
        std::uint64_t run = 0;
        std::uint64_t statusQuo = 0;
        core::MoralWeights weights;
        core::Output output = core::Output::PrisonPopulation;
        bool operator==(const SummaryKey &) const = default;
    };
    std::shared_ptr<const AnalysisSnapshot> m_previous;
    std::vector<SummaryKey> m_previousKeys;

    std::thread m_thread;
};

} // namespace leastbad::gui
