// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-analytic layer (issue 17): EVPI and EVPPI against closed forms, P(best)
// and expected loss, the acceptability curve, break-even values against brute-force scans,
// the decomposition by mechanism, and runs to a target standard error.
#include "core/analysis.h"
#include "core/breakeven.h"
#include "core/decisionsummary.h"
#include "core/decomposition.h"
#include "core/precision.h"
#include "core/valueofinformation.h"
#include "testregion.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <random>
#include <set>

using namespace leastbad::core;

namespace {

// E[max(0, X)] − max(0, m) for X ~ N(m, s²): the value of learning X before choosing
// between X and 0.
double valueOfLearningNormal(double m, double s) {
    const double phi = std::exp(-0.5 * (m / s) * (m / s)) / std::sqrt(2 * M_PI);
    const double Phi = 0.5 * std::erfc(-m / s / std::sqrt(2.0));
    return m * Phi + s * phi - std::max(0.0, m);
}

// A linear-Gaussian toy: NB_1 = 0.2 + θ1 + 0.5 θ2 + 0.5 ε against NB_0 = 0, with θ3 and
// ε entering nowhere else (θ3 not at all).
struct Toy {
    std::vector<std::vector<double>> theta; // θ1, θ2, θ3
    NetBenefits nb;
};

Toy linearGaussian(int n, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0, 1);
    Toy toy;
    toy.theta.assign(3, std::vector<double>(n));
    toy.nb.assign(2, std::vector<double>(n, 0));
    for (int d = 0; d < n; ++d) {
        for (auto &column : toy.theta)
            column[d] = normal(rng);
        toy.nb[1][d] = 0.2 + toy.theta[0][d] + 0.5 * toy.theta[1][d] + 0.5 * normal(rng);
    }
    return toy;
}

// A double's bits, for comparisons that must be exact (QCOMPARE on doubles is fuzzy).
std::uint64_t bitsOf(double x) {
    return std::bit_cast<std::uint64_t>(x);
}

Policy essayPackage(const RegionBaseline &region) {
    Policy p = statusQuoPolicy(region);
    p.facilityBeds = 250;
    p.distanceFromHomeMiles = 50;
    p.releaseCashUsd = 2500;
    p.remoteContactHoursPerWeek = 7;
    p.recreationAccess = 0.9;
    p.policePer100k *= 1.2;
    p.clearanceRateViolent += 0.10;
    p.sentenceMultiplier = {0.9, 0.9, 1.2, 1.2};
    return p;
}

std::vector<Policy> threeOptions(const RegionBaseline &region) {
    Policy longer = statusQuoPolicy(region);
    longer.sentenceMultiplier = {1, 1, 2, 2};
    return {statusQuoPolicy(region), longer, essayPackage(region)};
}

} // namespace

class TestDecision : public QObject {
    Q_OBJECT

private slots:
    void evppiMatchesTheLinearGaussianClosedForm() {
        const Toy toy = linearGaussian(6000, 11);
        struct Case {
            int input;
            double sd; // of E[NB_1 | θ]
        } cases[] = {{0, 1.0}, {1, 0.5}};
        for (const Case &c : cases) {
            const InformationEstimate e =
                estimateEvppi(std::span(toy.theta).subspan(std::size_t(c.input), 1), toy.nb);
            const double truth = valueOfLearningNormal(0.2, c.sd);
            QVERIFY2(e.standardError > 0 && e.standardError < 0.05,
                     qPrintable(QString::number(e.standardError)));
            QVERIFY2(std::abs(e.value - truth) < 3 * e.standardError,
                     qPrintable(QStringLiteral("θ%1: %2 ± %3, closed form %4")
                                    .arg(c.input + 1)
                                    .arg(e.value)
                                    .arg(e.standardError)
                                    .arg(truth)));
        }
        // The group of both: E[NB | θ1, θ2] has sd √1.25.
        const InformationEstimate both = estimateEvppi(std::span(toy.theta).first(2), toy.nb);
        const double truth = valueOfLearningNormal(0.2, std::sqrt(1.25));
        QVERIFY2(std::abs(both.value - truth) < 3 * both.standardError,
                 qPrintable(QStringLiteral("%1 ± %2 vs %3")
                                .arg(both.value)
                                .arg(both.standardError)
                                .arg(truth)));
        // EVPI: everything, the noise included.
        const InformationEstimate evpi = estimateEvpi(toy.nb);
        const double evpiTruth = valueOfLearningNormal(0.2, std::sqrt(1.5));
        QVERIFY(std::abs(evpi.value - evpiTruth) < 3 * evpi.standardError);
    }

    void evppiOfAParameterOutsideTheModelIsZero() {
        // Close options, so that noise fitted by the regression would show.
        Toy toy = linearGaussian(4000, 12);
        for (double &v : toy.nb[1])
            v -= 0.2;
        const InformationEstimate e = estimateEvppi(std::span(toy.theta).subspan(2, 1), toy.nb);
        QVERIFY2(std::abs(e.value) < 3 * e.standardError + 1e-12,
                 qPrintable(QStringLiteral("%1 ± %2").arg(e.value).arg(e.standardError)));
        QVERIFY(e.value < 0.05 * estimateEvpi(toy.nb).value);
    }

    void evpiBoundsEveryEvppi() {
        const RegionBaseline region = leastbad::test::roundNumberRegion();
        const ParameterDraws draws = ParameterDraws::generate(300, 3);
        const DrawSet set = DrawSet::prepare(region, draws);
        const Analysis analysis = analyse(set, threeOptions(region), MoralWeights{});
        const ValueOfInformation voi = valueOfInformation(draws, netBenefits(analysis));
        QVERIFY(voi.complete);
        QVERIFY(voi.evpi.value >= 0);
        for (const auto *list : {&voi.parameters, &voi.groups}) {
            for (const InformationValue &v : *list)
                QVERIFY2(v.evppi.value <= voi.evpi.value + 1e-9 * std::abs(voi.evpi.value),
                         v.key.data());
        }
        // Ranked largest first, shares of EVPI in [0, 1].
        QVERIFY(voi.parameters.front().evppi.value >= voi.parameters.back().evppi.value);
        QVERIFY(voi.groups.front().shareOfEvpi <= 1 + 1e-9);
        // The toy too, parameter by parameter.
        const Toy toy = linearGaussian(2000, 13);
        const double evpi = estimateEvpi(toy.nb).value;
        for (std::size_t i = 0; i < toy.theta.size(); ++i)
            QVERIFY(estimateEvppi(std::span(toy.theta).subspan(i, 1), toy.nb).value <= evpi);
    }

    void everyDrawnParameterIsInExactlyOneGroup() {
        std::multiset<std::string_view> grouped;
        for (const ParameterGroup &g : parameterGroups()) {
            QVERIFY(!g.members.empty());
            for (const ParameterSpec *spec : g.members)
                grouped.insert(spec->key);
        }
        for (const ParameterSpec &spec : parameterSpecs()) {
            if (spec.distribution != Distribution::Fixed)
                QVERIFY2(grouped.count(spec.key) == 1, spec.key.data());
        }
    }

    void decisionSummaryAddsUp() {
        // Three options, draw by draw: option 2 best in half the draws, option 1 in a quarter,
        // the status quo in the rest.
        const NetBenefits nb = {{0, 0, 0, 0}, {1, -1, 2, -3}, {2, 3, -1, -1}};
        const DecisionSummary s = summarizeDecision(nb);
        QCOMPARE(s.probabilityBest[0], 0.25);
        QCOMPARE(s.probabilityBest[1], 0.25);
        QCOMPARE(s.probabilityBest[2], 0.5);
        QCOMPARE(s.bestOption, 2); // mean 0.75
        // max per draw: 2, 3, 2, 0 → E[max] = 1.75; EVPI = 1.75 − 0.75.
        QCOMPARE(s.evpi, 1.0);
        QCOMPARE(s.expectedLoss[2], s.evpi);
        QCOMPARE(s.expectedLoss[0], 1.75);
        QCOMPARE(estimateEvpi(nb).value, 1.0);
        // Ties share the draw.
        const DecisionSummary tied = summarizeDecision({{0, 0}, {0, 1}});
        QCOMPARE(tied.probabilityBest[0], 0.25);
        QCOMPARE(tied.probabilityBest[1], 0.75);
    }

    void acceptabilityCurveMeetsTheDecisionAtTheUsersValue() {
        const RegionBaseline region = leastbad::test::roundNumberRegion();
        const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(100, 5));
        const MoralWeights weights;
        const Analysis analysis = analyse(set, threeOptions(region), weights);
        const double at[] = {0, weights.dollarsPerWellbeingYear, 1e6};
        const auto curve = acceptabilityCurve(analysis.run, weights, at);
        const DecisionSummary s = summarizeDecision(netBenefits(analysis));
        QCOMPARE(curve.size(), std::size_t(3));
        for (std::size_t p = 0; p < 3; ++p)
            QCOMPARE(curve[1].probabilityBest[p], s.probabilityBest[p]);
        for (const AcceptabilityPoint &point : curve) {
            double sum = 0;
            for (double p : point.probabilityBest)
                sum += p;
            QVERIFY(std::abs(sum - 1) < 1e-12);
        }
    }

    void breakEvenEqualsABruteForceScan() {
        const RegionBaseline region = leastbad::test::roundNumberRegion();
        const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(40, 6));
        MoralWeights weights;
        weights.horizonYears = 10;
        Policy longer = statusQuoPolicy(region);
        longer.sentenceMultiplier = {1, 1, 1.5, 1.5};
        const Policy policies[] = {statusQuoPolicy(region), longer};
        const Analysis analysis = analyse(set, policies, weights);
        const auto &policy = analysis.run.policies[1];
        const auto &statusQuo = analysis.run.policies[0];
        const std::vector<BreakEven> found = breakEvens(policy, statusQuo, set, weights);
        QCOMPARE(int(found.size()), kBreakEvenQuantityCount);
        for (const BreakEven &b : found) {
            // Scan the range on a fine grid with a full evaluation at every point; the
            // discount rate by simulating every draw again at that rate.
            const BreakEvenRange range = breakEvenRange(b.quantity);
            const int steps = b.quantity == BreakEvenQuantity::DiscountRate ? 100 : 2000;
            auto f = [&](double x) {
                if (b.quantity != BreakEvenQuantity::DiscountRate)
                    return expectedNetValueAt(b.quantity, x, policy, statusQuo, set, weights);
                MoralWeights w = weights;
                w.discountRate = x;
                const Analysis again = analyse(set, policies, w);
                return again.verdicts[1].netValue.mean;
            };
            std::vector<double> crossings;
            double previous = f(range.min);
            for (int i = 1; i <= steps; ++i) {
                const double x = range.min + (range.max - range.min) * i / steps;
                const double value = f(x);
                if ((previous < 0) != (value < 0))
                    crossings.push_back(x);
                previous = value;
            }
            const double step = (range.max - range.min) / steps;
            if (crossings.empty()) {
                QVERIFY2(!b.value, breakEvenKey(b.quantity).data());
            } else {
                QVERIFY2(b.value.has_value(), breakEvenKey(b.quantity).data());
                const double nearest =
                    *std::min_element(crossings.begin(), crossings.end(), [&](double a, double c) {
                        return std::abs(a - b.current) < std::abs(c - b.current);
                    });
                QVERIFY2(*b.value <= nearest + 1e-9 && *b.value >= nearest - step - 1e-9,
                         qPrintable(QStringLiteral("%1: %2, scan %3")
                                        .arg(QLatin1String(breakEvenKey(b.quantity).data()))
                                        .arg(*b.value)
                                        .arg(nearest)));
            }
            QVERIFY(std::abs(b.expectedNetValueAtCurrent - analysis.verdicts[1].netValue.mean) <=
                    1e-6 * std::abs(analysis.verdicts[1].netValue.mean));
        }
        // Longer sentences pay here at the default weights, but not if incarcerated people's
        // wellbeing counts about twice: a crossing inside the range exists to be checked.
        QVERIFY(found[int(BreakEvenQuantity::WeightIncarcerated)].value.has_value());
    }

    void netValueReadsOnlyTheOutputsItLists() {
        // A run keeping only kNetValueOutputs' yearly series must value a year as one that
        // keeps every output: every other output set to NaN must leave each term unchanged.
        std::mt19937_64 rng(20);
        std::uniform_real_distribution<double> value(-1e6, 1e6);
        for (const bool lifeYearsCounted : {true, false}) {
            MoralWeights w;
            w.countIncarcerationLifeYears = lifeYearsCounted;
            OutputValues policy{}, statusQuo{};
            for (int i = 0; i < kOutputCount; ++i) {
                policy[i] = value(rng);
                statusQuo[i] = value(rng);
            }
            OutputValues policyListed, statusQuoListed;
            policyListed.fill(std::nan(""));
            statusQuoListed.fill(std::nan(""));
            for (const Output o : kNetValueOutputs) {
                at(policyListed, o) = at(policy, o);
                at(statusQuoListed, o) = at(statusQuo, o);
            }
            const NetValueTerms all = netValueTerms(policy, statusQuo, w);
            const NetValueTerms listed = netValueTerms(policyListed, statusQuoListed, w);
            for (int k = 0; k < kNetValueTermCount; ++k)
                QCOMPARE(bitsOf(listed[k]), bitsOf(all[k]));
            const LedgerValues v = netValue(policyListed, statusQuoListed, w);
            QVERIFY(std::isfinite(v.total()) && std::isfinite(v.incarcerationLifeYears));
            QCOMPARE(bitsOf(v.total()), bitsOf(netValue(policy, statusQuo, w).total()));
        }
    }

    void breakEvensNeedOnlyTheNetValuesYearlySeries() {
        // voi and the Decision tab keep breakEvenOutputs(), not every yearly output: the
        // break-evens, the discount rate's among them, are the same to the last bit. 61 draws:
        // 15 blocks of four in lockstep and one draw alone.
        const RegionBaseline region = leastbad::test::roundNumberRegion();
        const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(61, 8));
        const MoralWeights weights;
        const std::vector<Policy> policies = threeOptions(region);
        Analysis everything, lean;
        analyse(everything, set, policies, weights, OutputRequest::everything(), 1);
        analyse(lean, set, policies, weights, breakEvenOutputs(), 1);
        QVERIFY(lean.run.policies[1].yearly.empty()); // every yearly output not kept
        const PolicyOutcomes &statusQuo = everything.run.policies[0];
        for (std::size_t p = 1; p < policies.size(); ++p) {
            const std::vector<BreakEven> all =
                breakEvens(everything.run.policies[p], statusQuo, set, weights);
            const std::vector<BreakEven> few =
                breakEvens(lean.run.policies[p], lean.run.policies[0], set, weights);
            QCOMPARE(few.size(), all.size());
            for (std::size_t i = 0; i < all.size(); ++i) {
                QCOMPARE(bitsOf(few[i].expectedNetValueAtCurrent),
                         bitsOf(all[i].expectedNetValueAtCurrent));
                QCOMPARE(few[i].value.has_value(), all[i].value.has_value());
                if (all[i].value)
                    QCOMPARE(bitsOf(*few[i].value), bitsOf(*all[i].value));
            }
            for (const double rate : {0.0, 0.07, 0.2})
                QCOMPARE(bitsOf(expectedNetValueAt(BreakEvenQuantity::DiscountRate, rate,
                                                   lean.run.policies[p], lean.run.policies[0], set,
                                                   weights)),
                         bitsOf(expectedNetValueAt(BreakEvenQuantity::DiscountRate, rate,
                                                   everything.run.policies[p], statusQuo, set,
                                                   weights)));
        }
    }

    void decompositionAddsUpInEveryDraw() {
        const RegionBaseline region = leastbad::test::roundNumberRegion();
        const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(30, 7));
        const MoralWeights weights;
        const auto policies = threeOptions(region);
        const Analysis analysis = analyse(set, policies, weights);
        for (std::size_t p = 1; p < policies.size(); ++p) {
            const Decomposition d = decompose(set, policies[p], analysis.run.policies[0], weights);
            QVERIFY(d.complete);
            const std::vector<double> totals = analysis.verdicts[p].totalDraws();
            bool someMechanismMatters = false;
            for (int draw = 0; draw < set.size(); ++draw) {
                double sum = 0;
                for (int m = 0; m < kMechanismCount; ++m) {
                    sum += sumOfTerms(d.parts[m][draw]);
                    someMechanismMatters |= m > 0 && sumOfTerms(d.parts[m][draw]) != 0;
                }
                const double tolerance = 1e-9 * std::max(1.0, std::abs(totals[draw]));
                QVERIFY2(
                    std::abs(sum - totals[draw]) < tolerance,
                    qPrintable(
                        QStringLiteral("draw %1: %2 vs %3").arg(draw).arg(sum).arg(totals[draw])));
                QVERIFY(std::abs(sumOfTerms(d.total[draw]) - totals[draw]) < tolerance);
            }
            QVERIFY(someMechanismMatters);
        }
        // A policy that only moves police acts through deterrence alone (and its cost).
        Policy police = statusQuoPolicy(region);
        police.policePer100k *= 1.3;
        const Decomposition d = decompose(set, police, analysis.run.policies[0], weights);
        for (int draw = 0; draw < set.size(); ++draw) {
            QCOMPARE(sumOfTerms(d.parts[int(Mechanism::InPrisonConditions)][draw]), 0.0);
            QVERIFY(
                d.parts[int(Mechanism::GeneralDeterrence)][draw][int(NetValueTerm::VictimsMoney)] >
                0);
            QVERIFY(d.parts[int(Mechanism::Direct)][draw][int(NetValueTerm::TaxpayersMoney)] < 0);
        }
    }

    void targetStandardErrorDrawsInReproducibleBatches() {
        const RegionBaseline region = leastbad::test::roundNumberRegion();
        const auto policies = threeOptions(region);
        const MoralWeights weights;
        // A loose target first: one batch is enough.
        PrecisionTarget target{1e30, 50, 400};
        PreciseAnalysis loose = analyseToPrecision(region, policies, weights, 9, target);
        QVERIFY(loose.reachedTarget);
        QCOMPARE(loose.draws.size(), 50);
        // A target between: more batches, never past the cap, and the same numbers as one
        // run of that many draws.
        target.standardErrorUsd = loose.largestStandardError * 0.6;
        const PreciseAnalysis run = analyseToPrecision(region, policies, weights, 9, target);
        QVERIFY(run.draws.size() > 50 && run.draws.size() <= 400);
        QCOMPARE(run.draws.size() % 50, 0);
        QVERIFY(!run.reachedTarget || run.largestStandardError <= target.standardErrorUsd);
        const DrawSet same =
            DrawSet::prepare(region, ParameterDraws::generate(run.draws.size(), 9));
        const Analysis direct = analyse(same, policies, weights);
        for (std::size_t p = 1; p < policies.size(); ++p)
            QCOMPARE(run.analysis.verdicts[p].netValue.mean, direct.verdicts[p].netValue.mean);
        // An unreachable target stops at the cap.
        target.standardErrorUsd = 1e-3;
        target.maxDraws = 120;
        const PreciseAnalysis capped = analyseToPrecision(region, policies, weights, 9, target);
        QVERIFY(!capped.reachedTarget);
        QCOMPARE(capped.draws.size(), 120);
    }

    void standardErrorsCoverTheQuartiles() {
        std::mt19937_64 rng(8);
        std::normal_distribution<double> normal(0, 1);
        std::vector<double> v(20000);
        for (double &x : v)
            x = normal(rng);
        const MonteCarloError e = monteCarloError(v);
        // A normal's quartile has standard error √(p(1 − p)/n) / φ(z_p) = 1.3626 / √n.
        const double n = double(v.size());
        QVERIFY(std::abs(e.p25 - 1.3626 / std::sqrt(n)) < 0.3 / std::sqrt(n));
        QVERIFY(std::abs(e.p75 - 1.3626 / std::sqrt(n)) < 0.3 / std::sqrt(n));
        // Few draws: the ranks of neighbouring percentiles overlap; errors stay positive.
        const MonteCarloError few = monteCarloError({5, 1, 4, 2, 3, 9, 7, 8, 6, 0});
        for (double x : {few.p5, few.p25, few.p50, few.p75, few.p95})
            QVERIFY(x > 0);
    }
};

QTEST_APPLESS_MAIN(TestDecision)
#include "tst_decision.moc"
