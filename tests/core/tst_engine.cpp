// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis.h"
#include "core/frontier.h"
#include "core/orderstatistics.h"
#include "core/regions.h"
#include "core/sensitivity.h"
#include "testregion.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

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
    return {statusQuoPolicy(region), a, b};
}

double variance(const std::vector<double> &v) {
    double m = 0, s = 0;
    for (double x : v)
        m += x;
    m /= v.size();
    for (double x : v)
        s += (x - m) * (x - m);
    return s / (v.size() - 1);
}

bool sameBits(const PolicyOutcomes &a, const PolicyOutcomes &b) {
    return a.yearly.size() == b.yearly.size() &&
           std::memcmp(a.yearly.data(), b.yearly.data(), a.yearly.size() * sizeof(OutputValues)) ==
               0 &&
           std::memcmp(a.discounted.data(), b.discounted.data(),
                       a.discounted.size() * sizeof(OutputValues)) == 0;
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private slots:
    // summarize() selects rather than sorts; it must give what interpolating in the
    // sorted draws gives, for any size and with ties.
    void summarizeMatchesTheSortedPercentiles() {
        std::mt19937 rng(7);
        std::normal_distribution<double> normal;
        for (const std::size_t n : {1u, 2u, 3u, 4u, 7u, 20u, 101u, 1000u}) {
            std::vector<double> values(n);
            for (double &v : values)
                v = std::round(normal(rng) * 3); // rounding makes ties
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            const auto expected = [&](double p) {
                const double h = (double(n) - 1) * p;
                const auto lo = std::size_t(std::floor(h));
                const std::size_t hi = std::min(lo + 1, n - 1);
                return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
            };
            const Quantiles q = summarize(values);
            QCOMPARE(q.p5, expected(0.05));
            QCOMPARE(q.p25, expected(0.25));
            QCOMPARE(q.p50, expected(0.50));
            QCOMPARE(q.p75, expected(0.75));
            QCOMPARE(q.p95, expected(0.95));
        }
    }

    // The branch-free selection puts at every asked rank what std::sort puts there, on the
    // inputs that defeat a naive quickselect: sorted, reversed, organ pipe, all equal, few
    // distinct values; and it ends on NaNs.
    void orderStatisticsAreThoseOfASort() {
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> uniform(-1e3, 1e3);
        const auto shapes = std::vector<std::function<double(std::size_t, std::size_t)>>{
            [&](std::size_t, std::size_t) { return uniform(rng); },
            [](std::size_t i, std::size_t) { return double(i); },
            [](std::size_t i, std::size_t n) { return double(n - i); },
            [](std::size_t i, std::size_t n) { return double(std::min(i, n - i)); },
            [](std::size_t, std::size_t) { return 4.25; },
            [&](std::size_t, std::size_t) { return double(rng() % 3); },
        };
        int checked = 0;
        for (const std::size_t n : {1u, 2u, 31u, 32u, 33u, 100u, 1000u, 4097u}) {
            for (const auto &shape : shapes) {
                std::vector<double> values(n);
                for (std::size_t i = 0; i < n; ++i)
                    values[i] = shape(i, n);
                std::vector<double> sorted = values;
                std::sort(sorted.begin(), sorted.end());
                std::vector<std::size_t> ranks;
                for (std::size_t r = 0; r < n; ++r)
                    if (r == 0 || r + 1 == n || rng() % 7 == 0)
                        ranks.push_back(r);
                placeOrderStatistics(values, ranks);
                for (const std::size_t r : ranks) {
                    QCOMPARE(values[r], sorted[r]);
                    ++checked;
                }
                std::sort(values.begin(), values.end());
                QVERIFY(values == sorted); // reordered, nothing lost or copied
            }
        }
        QVERIFY(checked > 1000);
        std::vector<double> withNaN(500, 1.0);
        for (std::size_t i = 0; i < withNaN.size(); i += 3)
            withNaN[i] = std::numeric_limits<double>::quiet_NaN();
        const std::vector<std::size_t> ranks{0, 250, 499};
        placeOrderStatistics(withNaN, ranks); // ends; the order is unspecified
        QCOMPARE(withNaN.size(), std::size_t(500));
    }

    void sameSeedSameResultWhateverTheThreadCount() {
        const RegionBaseline region = roundNumberRegion();
        const ParameterDraws draws = ParameterDraws::generate(300, 2026);
        const auto policies = threePolicies(region);
        const MonteCarloRun one =
            runMonteCarlo(DrawSet::prepare(region, draws, 1), policies, {}, 1);
        const MonteCarloRun two =
            runMonteCarlo(DrawSet::prepare(region, draws, 2), policies, {}, 2);
        const MonteCarloRun four =
            runMonteCarlo(DrawSet::prepare(region, draws, 4), policies, {}, 4);
        QVERIFY(one.complete && two.complete && four.complete);
        for (std::size_t p = 0; p < policies.size(); ++p) {
            QVERIFY(sameBits(one.policies[p], two.policies[p]));
            QVERIFY(sameBits(one.policies[p], four.policies[p]));
        }
    }

    void commonRandomNumbersShrinkTheVarianceOfDifferences() {
        const RegionBaseline region = roundNumberRegion();
        const auto policies = threePolicies(region);
        const ParameterDraws first = ParameterDraws::generate(500, 1);
        const ParameterDraws second = ParameterDraws::generate(500, 2);
        const MonteCarloRun common = runMonteCarlo(DrawSet::prepare(region, first), policies, {});
        const MonteCarloRun other = runMonteCarlo(DrawSet::prepare(region, second), policies, {});
        const Output o = Output::Victimizations;
        const auto crn =
            differenceDraws(common.policies[1], common.policies[0], o, Totals::Undiscounted);
        const auto independent =
            differenceDraws(common.policies[1], other.policies[0], o, Totals::Undiscounted);
        QVERIFY2(
            variance(crn) < 0.5 * variance(independent),
            qPrintable(QStringLiteral("%1 vs %2").arg(variance(crn)).arg(variance(independent))));
    }

    void probabilitiesAreProbabilities() {
        const RegionBaseline region = roundNumberRegion();
        const auto policies = threePolicies(region);
        const Analysis a =
            analyse(DrawSet::prepare(region, ParameterDraws::generate(400, 5)), policies, {});
        QVERIFY(a.complete);
        QCOMPARE(a.verdicts.size(), policies.size());
        QCOMPARE(a.verdicts[0].netValue.mean, 0.0); // the status quo against itself
        for (const OutputSpec &spec : outputSpecs()) {
            const Comparison c = compareOutcomes(a.run.policies[1], a.run.policies[2], spec.output);
            for (double p : {c.firstBetter, c.secondBetter, c.tie})
                QVERIFY(p >= 0 && p <= 1);
            QVERIFY(std::abs(c.firstBetter + c.secondBetter + c.tie - 1) < 1e-12);
        }
        // Status quo vs itself: every draw ties.
        const Comparison self =
            compareOutcomes(a.run.policies[0], a.run.policies[0], Output::Homicides);
        QCOMPARE(self.tie, 1.0);
        for (const PolicyVerdict &v : a.verdicts) {
            QVERIFY(v.probabilityPositive >= 0 && v.probabilityPositive <= 1);
            QVERIFY(v.netValue.p5 <= v.netValue.p50 && v.netValue.p50 <= v.netValue.p95);
            const LedgerValues &first = v.netValueDraws.front();
            QVERIFY(std::abs(first.total() - (first.taxpayers + first.victims +
                                              first.incarceratedAndFamilies + first.vendors)) <
                    1e-6);
        }
        // Longer terms cost taxpayers more in every draw.
        QVERIFY(a.verdicts[1].taxpayers.p95 < 0);
    }

    void weightsChangeTheVerdictWhereTheyShould() {
        const RegionBaseline region = roundNumberRegion();
        const auto policies = threePolicies(region);
        const DrawSet draws = DrawSet::prepare(region, ParameterDraws::generate(200, 8));
        MoralWeights w;
        const double equal = analyse(draws, policies, w).verdicts[1].incarceratedAndFamilies.mean;
        w.weightIncarcerated = 0;
        w.weightFamilies = 0;
        const Analysis ignored = analyse(draws, policies, w);
        // Only money is left in the incarcerated ledger when their wellbeing weighs nothing.
        QVERIFY(equal < ignored.verdicts[1].incarceratedAndFamilies.mean);
        const Quantiles money =
            summarize(differenceDraws(ignored.run.policies[1], ignored.run.policies[0],
                                      Output::CostIncarceratedFamiliesUsd, Totals::Discounted));
        QVERIFY(std::abs(ignored.verdicts[1].incarceratedAndFamilies.mean + money.mean) <
                1e-6 * std::abs(equal));
    }

    void aDominatedPolicyIsNeverOnTheFrontier() {
        Objectives good{100, 100, 100, 100, 0, 0};
        Objectives worse{101, 100, 100, 100, 0, 0};
        Objectives tradeoff{90, 110, 100, 100, 0, 0};
        QVERIFY(dominates(good, worse));
        QVERIFY(!dominates(good, tradeoff) && !dominates(tradeoff, good));
        std::vector<Candidate> candidates(3);
        candidates[0].objectives = worse;
        candidates[1].objectives = good;
        candidates[2].objectives = tradeoff;
        const auto frontier = nonDominated(candidates);
        QCOMPARE(frontier.size(), std::size_t(2));
        for (const Candidate &c : frontier)
            QVERIFY(c.objectives.victimizations != 101);

        const RegionBaseline region = roundNumberRegion();
        FrontierOptions options;
        options.samples = 300;
        options.draws = 20;
        options.refinementRounds = 1;
        const FrontierResult r = exploreFrontier(region, options);
        QVERIFY(r.complete);
        QCOMPARE(r.evaluated, 300);
        QVERIFY(!r.frontier.empty());
        for (const Candidate &a : r.frontier)
            for (const Candidate &b : r.frontier)
                QVERIFY(!dominates(a.objectives, b.objectives));
    }

    void optimiserRespectsTheBudget() {
        const RegionBaseline region = roundNumberRegion();
        FrontierOptions options;
        options.samples = 256;
        options.draws = 20;
        options.refinementRounds = 2;
        options.budgetCapUsd = 0;
        const FrontierResult r = exploreFrontier(region, options);
        QVERIFY(r.complete);
        QVERIFY(r.bestUnderBudget.found);
        QVERIFY(r.bestUnderBudget.candidate.objectives.extraTaxpayerCostUsd <= 0);
        QVERIFY(r.bestOverall.found);
        QVERIFY(r.bestOverall.candidate.objectives.netValueMean >=
                r.bestUnderBudget.candidate.objectives.netValueMean);
        QVERIFY(r.bestUnderBudget.netValue.p5 <= r.bestUnderBudget.netValue.p95);
        for (const LeverSpec &lever : leverSpecs()) {
            const double v = leverValue(r.bestUnderBudget.candidate.policy, lever);
            QVERIFY(v >= lever.min && v <= lever.max);
        }
    }

    void cancellingStopsPromptlyAndMarksTheResult() {
        const RegionBaseline region = roundNumberRegion();
        std::atomic<bool> cancel{false};
        int calls = 0;
        FrontierOptions options;
        options.samples = 100000;
        options.draws = 50;
        QElapsedTimer timer;
        timer.start();
        const FrontierResult r = exploreFrontier(region, options, &cancel, [&](int done, int) {
            if (++calls == 3 || done > 1000)
                cancel = true;
        });
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!r.complete);
        QVERIFY(r.frontier.empty()); // nothing partial is presented as complete
        QVERIFY(!r.bestUnderBudget.found);

        std::atomic<bool> stopAtOnce{true};
        const MonteCarloRun run =
            runMonteCarlo(DrawSet::prepare(region, ParameterDraws::generate(100, 1)),
                          threePolicies(region), {}, 2, &stopAtOnce);
        QVERIFY(!run.complete);
    }

    void tornadoAndImportanceRankTheParameters() {
        const RegionBaseline region = roundNumberRegion();
        Policy longer = statusQuoPolicy(region);
        longer.sentenceMultiplier = {1.5, 1.5, 1.5, 1.5};
        const Tornado t = tornado(region, longer, {});
        QVERIFY(!t.bars.empty());
        for (std::size_t i = 1; i < t.bars.size(); ++i)
            QVERIFY(t.bars[i - 1].swing() >= t.bars[i].swing());
        // Longer terms: how much crime the marginal prisoner averts must matter a lot.
        bool found = false;
        for (std::size_t i = 0; i < 5 && i < t.bars.size(); ++i)
            found = found || t.bars[i].parameter->key == "incapacitation_at_reference_rate";
        QVERIFY2(found, t.bars.front().parameter->key.data());

        const ParameterDraws draws = ParameterDraws::generate(400, 11);
        const Policy policies[] = {statusQuoPolicy(region), longer};
        const Analysis a = analyse(DrawSet::prepare(region, draws), policies, {});
        const auto importance = rankImportance(draws, a.verdicts[1].totalDraws());
        QVERIFY(!importance.empty());
        for (const Importance &i : importance)
            QVERIFY(i.rankCorrelation >= -1 && i.rankCorrelation <= 1);
        QVERIFY(std::abs(importance.front().rankCorrelation) > 0.2);
    }

    void regionsAreRankedPerResident() {
        RegionBaseline small = roundNumberRegion();
        RegionBaseline large = roundNumberRegion();
        large.code = "BIG";
        large.population *= 3;
        for (double &p : large.prisonPopulation)
            p *= 3;
        large.homicides *= 3;
        large.otherViolentCrimes *= 3;
        large.propertyCrimes *= 3;
        large.felonyDefendantsPerYear *= 3;
        Policy cash = statusQuoPolicy(small);
        cash.releaseCashUsd = 2500;
        const RegionPolicy regions[] = {{small, cash}, {large, cash}};
        const RegionsResult r = rankRegions(regions, ParameterDraws::generate(100, 3), {});
        QVERIFY(r.complete);
        QCOMPARE(r.ranking.size(), std::size_t(2));
        // A scaled copy gains three times as much in total, the same per resident.
        const auto &a = r.ranking[0].code == "BIG" ? r.ranking[0] : r.ranking[1];
        const auto &b = r.ranking[0].code == "BIG" ? r.ranking[1] : r.ranking[0];
        QVERIFY(std::abs(a.netValue.mean - 3 * b.netValue.mean) < 1e-6 * std::abs(a.netValue.mean));
        QVERIFY(std::abs(a.netValuePerResident - b.netValuePerResident) <
                1e-6 * std::abs(b.netValuePerResident));
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "tst_engine.moc"
