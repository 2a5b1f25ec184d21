// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's lean paths (issue 20) give the numbers of the full path bit for bit:
// outputs kept only where read, draws made and dropped one by one, the region's fixed
// calibration work done once, and the persistent thread pool.
#include "core/analysis.h"
#include "core/parallel.h"
#include "testregion.h"

#include <QTest>

#include <atomic>
#include <cstring>
#include <fstream>
#include <string>

using namespace leastbad::core;
using leastbad::test::roundNumberRegion;

namespace {

std::vector<Policy> threePolicies(const RegionBaseline &region) {
    Policy a = statusQuoPolicy(region);
    a.sentenceMultiplier = {1, 1, 2, 2};
    Policy b = statusQuoPolicy(region);
    b.facilityBeds = 250;
    b.releaseCashUsd = 2500;
    b.distanceFromHomeMiles = 50;
    b.clearanceRateViolent += 0.05;
    return {statusQuoPolicy(region), a, b};
}

template <typename T> bool sameBits(const std::vector<T> &a, const std::vector<T> &b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

bool sameBits(const OutputValues &a, const OutputValues &b) {
    return std::memcmp(a.data(), b.data(), sizeof a) == 0;
}

bool sameBits(const Calibration &a, const Calibration &b) {
    // Every number calibrate() derives, compared as raw bits.
    return sameBits(std::vector(a.admissions0.begin(), a.admissions0.end()),
                    std::vector(b.admissions0.begin(), b.admissions0.end())) &&
           std::memcmp(&a.hazard0, &b.hazard0, sizeof a.hazard0) == 0 &&
           std::memcmp(&a.atRisk0, &b.atRisk0, sizeof a.atRisk0) == 0 &&
           std::memcmp(&a.stock0ByBand, &b.stock0ByBand, sizeof a.stock0ByBand) == 0 &&
           std::memcmp(&a.parameters, &b.parameters, sizeof a.parameters) == 0 &&
           a.cumulativeIncapacitation0 == b.cumulativeIncapacitation0 &&
           a.contactIntensity0 == b.contactIntensity0 && a.notes == b.notes;
}

// Threads of this process (Linux), to see that parallelFor starts none per call.
int processThreads() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Threads:", 0) == 0)
            return std::stoi(line.substr(8));
    }
    return -1;
}

} // namespace

class TestEnginePaths : public QObject {
    Q_OBJECT

private slots:
    void totalsOnlyMatchesTheFullSimulation() {
        const RegionBaseline region = roundNumberRegion();
        const ParameterDraws draws = ParameterDraws::generate(20, 5);
        const std::vector<Output> charted = {Output::PrisonPopulation, Output::CostTotalUsd};
        for (const Policy &policy : threePolicies(region)) {
            for (const Parameters &p : draws.values) {
                const Calibration c = calibrate(region, p);
                const SimulationResult full = simulate(c, policy, {});
                OutputValues totals, discounted;
                std::vector<double> series(charted.size() * full.years.size());
                simulateTotals(c, policy, {}, totals, discounted, charted, series);
                QVERIFY(sameBits(totals, full.totals));
                QVERIFY(sameBits(discounted, full.discountedTotals));
                for (std::size_t y = 0; y < full.years.size(); ++y) {
                    for (std::size_t k = 0; k < charted.size(); ++k)
                        QCOMPARE(series[y * charted.size() + k], at(full.years[y], charted[k]));
                }
            }
        }
    }

    void calibratingOncePerRegionChangesNothing() {
        RegionBaseline region = roundNumberRegion();
        region.parameterOverrides = {{"severity_elasticity", -0.02}};
        const RegionCalibration prepared = RegionCalibration::of(region);
        for (const Parameters &p : ParameterDraws::generate(50, 9).values)
            QVERIFY(sameBits(calibrate(prepared, p), calibrate(region, p)));
    }

    void samplerDrawsWhatGenerateDraws() {
        const ParameterDraws all = ParameterDraws::generate(40, 11);
        const ParameterDraws threaded = ParameterDraws::generate(40, 11, 3);
        const ParameterSampler sampler(11);
        QVERIFY(sameBits(all.values, threaded.values));
        for (int i = 0; i < all.size(); ++i) {
            const Parameters p = sampler.draw(std::uint64_t(i));
            QVERIFY(std::memcmp(&p, &all.values[i], sizeof p) == 0);
        }
    }

    // Only the requested outputs are kept, with the values the full run has.
    void aRequestKeepsWhatItAsksFor() {
        const RegionBaseline region = roundNumberRegion();
        const auto policies = threePolicies(region);
        const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(60, 3), 1);
        const MonteCarloRun full = runMonteCarlo(set, policies, {}, 1);
        MonteCarloRun lean;
        runMonteCarlo(lean, set, policies, {},
                      OutputRequest::totalsAndYearly({Output::Homicides, Output::PrisonPopulation}),
                      2);
        MonteCarloRun subset;
        runMonteCarlo(subset, set, policies, {},
                      OutputRequest::discountedAnd({Output::PrisonerYears}), 2);
        QVERIFY(full.complete && lean.complete && subset.complete);
        for (std::size_t p = 0; p < policies.size(); ++p) {
            const PolicyOutcomes &f = full.policies[p], &l = lean.policies[p],
                                 &s = subset.policies[p];
            QVERIFY(l.yearly.empty() && s.yearly.empty() && s.totals.empty());
            QCOMPARE(l.series.size(), std::size_t(2 * 60 * 20));
            QVERIFY(sameBits(f.totals, l.totals));
            QVERIFY(sameBits(f.discounted, l.discounted));
            QVERIFY(sameBits(f.discounted, s.discounted));
            QVERIFY(l.hasYearly(Output::Homicides) && !l.hasYearly(Output::Admissions));
            QVERIFY(s.hasTotal(Output::PrisonerYears, Totals::Undiscounted));
            QVERIFY(!s.hasTotal(Output::Homicides, Totals::Undiscounted));
            QVERIFY(s.hasTotal(Output::Homicides, Totals::Discounted));
            for (int d = 0; d < f.draws; ++d) {
                QCOMPARE(s.total(d, Output::PrisonerYears, Totals::Undiscounted),
                         at(f.totals[d], Output::PrisonerYears));
                for (int y = 1; y <= f.years; ++y) {
                    QCOMPARE(l.value(d, y, Output::Homicides), at(f.at(d, y), Output::Homicides));
                    QCOMPARE(l.value(d, y, Output::PrisonPopulation),
                             at(f.at(d, y), Output::PrisonPopulation));
                    QCOMPARE(f.value(d, y, Output::Admissions), at(f.at(d, y), Output::Admissions));
                }
            }
        }
    }

    // Drawing, calibrating and simulating draw by draw gives the stored path's numbers,
    // on any number of threads.
    void drawingAsYouGoMatchesTheStoredDraws() {
        const RegionBaseline region = roundNumberRegion();
        const auto policies = threePolicies(region);
        const Analysis stored = analyse(
            DrawSet::prepare(region, ParameterDraws::generate(250, 2026), 1), policies, {}, 1);
        for (const int threads : {1, 2, 3}) {
            const Analysis drawn = analyseDrawing(region, 250, 2026, policies, {},
                                                  OutputRequest::totalsOnly(), threads);
            QVERIFY(drawn.complete);
            for (std::size_t p = 0; p < policies.size(); ++p) {
                QVERIFY(sameBits(drawn.run.policies[p].totals, stored.run.policies[p].totals));
                QVERIFY(
                    sameBits(drawn.run.policies[p].discounted, stored.run.policies[p].discounted));
                QCOMPARE(drawn.verdicts[p].netValue.mean, stored.verdicts[p].netValue.mean);
                QCOMPARE(drawn.verdicts[p].netValue.p5, stored.verdicts[p].netValue.p5);
            }
        }
    }

    // The pool's threads are started once: later calls start none, and still run every
    // item exactly once, also when an item itself calls parallelFor.
    void thePoolStartsNoThreadPerCall() {
        std::vector<std::atomic<int>> runs(1000);
        QVERIFY(parallelFor(1000, 3, [&](int i) { runs[i].fetch_add(1); }));
        const int threads = processThreads();
        QVERIFY(threads >= 3);
        for (int call = 0; call < 20; ++call) {
            QVERIFY(parallelFor(1000, 3, [&](int i) {
                runs[i].fetch_add(1);
                if (i % 250 == 0) // nested: runs inline, never waits on the busy pool
                    QVERIFY(parallelFor(10, 3, [](int) {}));
            }));
        }
        QCOMPARE(processThreads(), threads);
        for (const std::atomic<int> &r : runs)
            QCOMPARE(r.load(), 21);
    }

    void cancellingThePoolStopsTheRun() {
        std::atomic<bool> cancel{false};
        std::atomic<int> ran{0};
        const bool complete = parallelFor(
            100000, 2,
            [&](int) {
                if (ran.fetch_add(1) == 50)
                    cancel.store(true);
            },
            &cancel);
        QVERIFY(!complete);
        QVERIFY(ran.load() < 100000);
        // The pool is free again afterwards.
        std::atomic<int> after{0};
        QVERIFY(parallelFor(500, 2, [&](int) { after.fetch_add(1); }));
        QCOMPARE(after.load(), 500);
    }
};

QTEST_APPLESS_MAIN(TestEnginePaths)
#include "tst_enginepaths.moc"
