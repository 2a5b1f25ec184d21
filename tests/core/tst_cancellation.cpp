// SPDX-License-Identifier: GPL-3.0-or-later
// Cancelling leaves a consistent state: the cancelled result says it is incomplete,
// and the next uncancelled run (into the same MonteCarloRun, as the GUI's runner does,
// or with the same cancel flag lowered) gives exactly what a fresh run gives.
#include "core/frontier.h"
#include "core/montecarlo.h"
#include "testregion.h"

#include <QTest>

#include <atomic>
#include <cstring>

using namespace leastbad;
using namespace leastbad::core;

namespace {

std::vector<Policy> policies(const RegionBaseline &region, int count) {
    std::vector<Policy> list;
    for (int i = 0; i < count; ++i) {
        Policy p = statusQuoPolicy(region);
        p.facilityBeds = 250 + 100 * i;
        p.releaseCashUsd = 500 * i;
        list.push_back(p);
    }
    return list;
}

// Bit for bit: the same draws and policies must give the same doubles.
bool sameBits(const std::vector<OutputValues> &a, const std::vector<OutputValues> &b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(OutputValues)) == 0);
}

bool sameRun(const MonteCarloRun &a, const MonteCarloRun &b) {
    if (a.policies.size() != b.policies.size() || a.complete != b.complete)
        return false;
    for (std::size_t p = 0; p < a.policies.size(); ++p) {
        const PolicyOutcomes &x = a.policies[p], &y = b.policies[p];
        if (x.draws != y.draws || x.years != y.years || !sameBits(x.yearly, y.yearly) ||
            !sameBits(x.totals, y.totals) || !sameBits(x.discounted, y.discounted))
            return false;
    }
    return true;
}

bool sameObjectives(const Objectives &a, const Objectives &b) {
    return std::memcmp(&a, &b, sizeof(Objectives)) == 0;
}

bool sameFrontier(const FrontierResult &a, const FrontierResult &b) {
    if (a.frontier.size() != b.frontier.size() || a.evaluated != b.evaluated ||
        a.complete != b.complete ||
        !sameObjectives(a.bestUnderBudget.candidate.objectives,
                        b.bestUnderBudget.candidate.objectives) ||
        !sameObjectives(a.bestOverall.candidate.objectives, b.bestOverall.candidate.objectives))
        return false;
    for (std::size_t i = 0; i < a.frontier.size(); ++i) {
        if (!sameObjectives(a.frontier[i].objectives, b.frontier[i].objectives))
            return false;
    }
    return true;
}

} // namespace

class TestCancellation : public QObject {
    Q_OBJECT

private slots:
    void monteCarloCancelledThenRerunEqualsAFreshRun_data() {
        QTest::addColumn<int>("cancelAfterCalls"); // 0: raised before the run starts
        QTest::addColumn<int>("policiesBefore");   // how many policies the cancelled run had
        QTest::addRow("before the start") << 0 << 3;
        QTest::addRow("after the first progress report") << 1 << 3;
        QTest::addRow("midway") << 4 << 3;
        QTest::addRow("midway, then fewer policies") << 4 << 5;
        QTest::addRow("midway, then more policies") << 4 << 1;
    }

    void monteCarloCancelledThenRerunEqualsAFreshRun() {
        QFETCH(int, cancelAfterCalls);
        QFETCH(int, policiesBefore);
        const RegionBaseline region = test::roundNumberRegion();
        const DrawSet draws = DrawSet::prepare(region, ParameterDraws::generate(600, 7), 2);
        const SimulationOptions options;
        std::atomic<bool> cancel{cancelAfterCalls == 0};
        int calls = 0;
        MonteCarloRun run;
        runMonteCarlo(run, draws, policies(region, policiesBefore), options, 2, &cancel,
                      [&](int, int) {
                          if (++calls >= cancelAfterCalls)
                              cancel = true;
                      });
        QVERIFY(!run.complete);

        const std::vector<Policy> now = policies(region, 3);
        cancel = false;
        runMonteCarlo(run, draws, now, options, 2, &cancel);
        QVERIFY(run.complete);
        const MonteCarloRun fresh = runMonteCarlo(draws, now, options, 1);
        QVERIFY(sameRun(run, fresh));
    }

    void frontierCancelledThenRerunEqualsAFreshRun_data() {
        QTest::addColumn<bool>("duringRefinement"); // else while candidates are evaluated
        QTest::addRow("while sampling") << false;
        QTest::addRow("while refining the best policy") << true;
    }

    void frontierCancelledThenRerunEqualsAFreshRun() {
        QFETCH(bool, duringRefinement);
        const RegionBaseline region = test::roundNumberRegion();
        FrontierOptions options;
        options.samples = 300;
        options.draws = 20;
        // One thread reports after each of its chunks, the last one included.
        options.threads = duringRefinement ? 1 : 2;
        options.refinementRounds = 2;
        std::atomic<bool> cancel{false};
        const FrontierResult cancelled =
            exploreFrontier(region, options, &cancel, [&](int done, int total) {
                // The last report comes after every candidate is evaluated, before refining.
                if (!duringRefinement || done == total)
                    cancel = true;
            });
        QVERIFY(!cancelled.complete);
        if (!duringRefinement) {
            QVERIFY(cancelled.frontier.empty());
            QVERIFY(!cancelled.bestUnderBudget.found && !cancelled.bestOverall.found);
        }
        cancel = false;
        const FrontierResult again = exploreFrontier(region, options, &cancel);
        QVERIFY(again.complete);
        const FrontierResult fresh = exploreFrontier(region, options);
        QVERIFY(sameFrontier(again, fresh));
        QVERIFY(!again.frontier.empty());
    }
};

QTEST_APPLESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
