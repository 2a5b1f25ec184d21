// SPDX-License-Identifier: GPL-3.0-or-later
// The one place results are computed and kept. The app's runner, its Frontier and Regions
// tabs, its exports and every command-line command ask a Session; it answers from what it
// keeps when a kept result answers the request exactly, and computes otherwise. Every
// result carries the request it answers (results.h), so a caller can tell a result for
// the region and policies on screen from one for others.
//
// An interactive session keeps the parameter draws, each region's calibrations and each
// policy's last run, so a dragged slider simulates only the policy that moved. A one-shot
// session (the command line) keeps nothing it need not: a comparison that asks for no
// draws streams them (core::analyseDrawing). Thread-safe: comparisons are computed one at
// a time, frontiers and rankings beside them.
#pragma once

#include "analysis/results.h"
#include "core/montecarlo.h"

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

namespace leastbad::analysis {

class Session {
public:
    enum class Mode { Interactive, OneShot };
    // `threads` 0: every core, but an interactive session's comparisons leave one core to
    // the GUI thread.
    explicit Session(Mode mode = Mode::Interactive, int threads = 0);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Null only when cancelled.
    std::shared_ptr<const ComparisonResult> results(const ComparisonRequest &request,
                                                    const std::atomic<bool> *cancel = nullptr,
                                                    const core::ProgressFn &progress = {});
    std::shared_ptr<const FrontierAnswer> results(const FrontierRequest &request,
                                                  const std::atomic<bool> *cancel = nullptr,
                                                  const core::ProgressFn &progress = {});
    std::shared_ptr<const RegionsAnswer> results(const RegionsRequest &request,
                                                 const std::atomic<bool> *cancel = nullptr,
                                                 const core::ProgressFn &progress = {});

    // A kept result that answers the request, or null: nothing is computed.
    std::shared_ptr<const ComparisonResult> kept(const ComparisonRequest &request) const;
    std::shared_ptr<const FrontierAnswer> kept(const FrontierRequest &request) const;
    std::shared_ptr<const RegionsAnswer> kept(const RegionsRequest &request) const;

    // How much work the session has done, for tests and the status bar: a result served
    // from what is kept adds nothing.
    struct Counts {
        int comparisons = 0; // comparisons computed (runs, analyses or precision runs)
        int policyRuns = 0;  // Monte Carlo runs of one policy on the kept draws
        int tornadoes = 0;
        int frontiers = 0;  // sweeps
        int placements = 0; // a kept sweep's marked policies placed again
        int rankings = 0;
    };
    Counts counts() const;
    // The threads a comparison runs on (issue 20: one core is left to the GUI thread).
    int comparisonThreads() const { return m_comparisonThreads; }

private:
    struct Engine;
    std::shared_ptr<ComparisonResult> compute(const ComparisonRequest &request,
                                              const std::atomic<bool> *cancel,
                                              const core::ProgressFn &progress);
    void keep(std::shared_ptr<const ComparisonResult> result);

    const Mode m_mode;
    const int m_threads;
    const int m_comparisonThreads;
    mutable std::mutex m_keptMutex;
    std::deque<std::shared_ptr<const ComparisonResult>> m_comparisons; // newest first
    std::shared_ptr<const FrontierAnswer> m_frontier;
    // Rankings of the last few policies, newest first: selecting another policy in the app
    // and back again ranks nothing twice.
    std::deque<std::shared_ptr<const RegionsAnswer>> m_regions;
    Counts m_counts;
    std::mutex m_engineMutex; // one comparison at a time: the engine's caches are shared
    std::unique_ptr<Engine> m_engine;
};

} // namespace leastbad::analysis
