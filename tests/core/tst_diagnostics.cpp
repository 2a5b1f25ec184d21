// SPDX-License-Identifier: GPL-3.0-or-later
// Per-unit diagnostics, Monte Carlo standard errors and the moral-weight switches of
// model 2.0, on the built-in United States.
#include "core/analysis.h"
#include "core/diagnostics.h"
#include "data/defaultregion.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace leastbad::core;

namespace {

RegionBaseline unitedStates() {
    return leastbad::data::defaultUnitedStates().baseline;
}

// The essay's package (data/policies/essay-package.json) as levers.
Policy essayPackage(const RegionBaseline &region) {
    Policy p = statusQuoPolicy(region);
    p.facilityBeds = 250;
    p.distanceFromHomeMiles = 50;
    p.newCapacityBeds = 150000;
    p.releaseCashUsd = 2500;
    p.releaseCashMonths = 3;
    p.commissaryPriceRatio = 1.0;
    p.remoteContactHoursPerWeek = 7;
    p.visitSupport = 1.3;
    p.recreationAccess = 0.9;
    p.policePer100k *= 1.2;
    p.clearanceRateViolent += 0.10;
    p.pretrialDetainedShare += 0.10;
    p.sentenceMultiplier[2] = 2;
    p.sentenceMultiplier[3] = 2;
    return p;
}

const DiagnosticResult &find(const Diagnostics &d, std::string_view key) {
    for (const DiagnosticResult &r : d.results) {
        if (r.spec->key == key)
            return r;
    }
    qFatal("no diagnostic %s", std::string(key).c_str());
}

} // namespace

class TestDiagnostics : public QObject {
    Q_OBJECT

private slots:
    void keysAreStable() {
        // docs/MODEL.md documents these JSON keys; renaming one breaks users' scripts.
        const char *expected[] = {"marginal_incapacitation_per_prisoner_year",
                                  "crimes_averted_per_prisoner_year_y1_reported",
                                  "crimes_averted_per_prisoner_year_y10_reported",
                                  "elasticity_crime_prison_population",
                                  "homicides_abated_per_officer_year",
                                  "police_cost_per_life_saved_usd",
                                  "pretrial_conviction_effect",
                                  "pretrial_net_future_crime_per_detained",
                                  "life_years_lost_per_prisoner_year_gross",
                                  "life_years_lost_per_prisoner_year_net",
                                  "cost_per_crime_averted_cash_usd"};
        for (const char *key : expected) {
            bool found = false;
            for (const DiagnosticSpec &s : diagnosticSpecs())
                found = found || s.key == key;
            QVERIFY2(found, key);
        }
    }

    void figuresFollowFromTheModel() {
        const RegionBaseline region = unitedStates();
        const DrawSet draws = DrawSet::prepare(region, ParameterDraws::generate(200, 3));
        const Diagnostics d = computeDiagnostics(draws, statusQuoPolicy(region), {});
        QVERIFY(d.complete);
        QCOMPARE(d.results.size(), diagnosticSpecs().size());
        // Homicides per officer = −elasticity × homicides per officer, near enough (the
        // elasticity applies to a 1% change).
        const Calibration central = calibrate(region, Parameters{});
        const SimulationResult sq = simulate(central, statusQuoPolicy(region), {});
        Policy police = statusQuoPolicy(region);
        police.policePer100k *= 1.01;
        const double abated = at(sq.years[0], Output::Homicides) -
                              at(simulate(central, police, {}).years[0], Output::Homicides);
        const double officers = region.policePer100k * 0.01 / 1e5 * region.population;
        QVERIFY(std::abs(abated / officers - 0.67 * region.homicides / (officers * 100)) <
                0.02 * abated / officers);
        // The marginal prisoner at the US rate averts less than at Italy's, more than zero.
        const Quantiles lambda = find(d, "marginal_incapacitation_per_prisoner_year").value;
        QVERIFY(lambda.p50 > 0.5 && lambda.p50 < 14);
        // Pretrial detention: no net effect on future crime lies inside the interval.
        const Quantiles net = find(d, "pretrial_net_future_crime_per_detained").value;
        QVERIFY(net.p5 < 0 && net.p95 > 0);
        // Life-years net of recovery are below the gross figure in every summary.
        QVERIFY(find(d, "life_years_lost_per_prisoner_year_net").value.p50 <
                find(d, "life_years_lost_per_prisoner_year_gross").value.p50);
        // No policy chosen: its cost per crime averted is defined in no draw.
        QCOMPARE(find(d, "cost_per_crime_averted_policy_usd").definedDraws, 0);
    }

    void standardErrorsOfKnownDistributions() {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> normal(0, 1);
        std::vector<double> v(40000);
        for (double &x : v)
            x = normal(rng);
        const MonteCarloError e = monteCarloError(v);
        const double n = double(v.size());
        QVERIFY(std::abs(e.mean - 1 / std::sqrt(n)) < 0.05 / std::sqrt(n));
        // The median's standard error for a normal is √(π/2)/√n.
        QVERIFY(std::abs(e.p50 - 1.2533 / std::sqrt(n)) < 0.25 / std::sqrt(n));
        QVERIFY(e.p5 > e.p50); // the tails are thinner, so their percentiles less certain
        QVERIFY(std::abs(e.shareAboveZero - 0.5 / std::sqrt(n)) < 0.01 / std::sqrt(n));
    }

    void essayPackageSeedsAgreeWithinTheirStandardError() {
        // The app's default is 1,000 draws: two seeds must agree within the error reported.
        const RegionBaseline region = unitedStates();
        const Policy policies[] = {statusQuoPolicy(region), essayPackage(region)};
        auto verdictFor = [&](std::uint64_t seed) {
            const DrawSet draws = DrawSet::prepare(region, ParameterDraws::generate(1000, seed));
            return analyse(draws, policies, MoralWeights{}).verdicts[1];
        };
        const PolicyVerdict a = verdictFor(1), b = verdictFor(2);
        const double se = std::hypot(a.netValueError.mean, b.netValueError.mean);
        QVERIFY2(std::abs(a.netValue.mean - b.netValue.mean) < 3 * se,
                 qPrintable(QStringLiteral("%1 vs %2, se %3")
                                .arg(a.netValue.mean)
                                .arg(b.netValue.mean)
                                .arg(se)));
        const double pSe =
            std::hypot(a.netValueError.shareAboveZero, b.netValueError.shareAboveZero);
        QVERIFY(std::abs(a.probabilityPositive - b.probabilityPositive) < 3 * pSe);
        QVERIFY(a.netValueError.mean > 0);
    }

    void moralSwitchesDoWhatTheySay() {
        const RegionBaseline region = unitedStates();
        Policy longer = statusQuoPolicy(region);
        longer.sentenceMultiplier = {1, 1, 2, 2};
        const Policy policies[] = {statusQuoPolicy(region), longer};
        const DrawSet draws = DrawSet::prepare(region, ParameterDraws::generate(100, 4));
        MoralWeights w;
        const PolicyVerdict with = analyse(draws, policies, w).verdicts[1];
        w.excessBurden = 0;
        const PolicyVerdict without = analyse(draws, policies, w).verdicts[1];
        QVERIFY(std::abs(with.taxpayers.mean - 1.25 * without.taxpayers.mean) <
                1e-9 * std::abs(with.taxpayers.mean));
        // Life-years lost through incarceration: reported both ways.
        double lifeYears = 0;
        for (const LedgerValues &l : with.netValueDraws)
            lifeYears += l.incarcerationLifeYears;
        lifeYears /= double(with.netValueDraws.size());
        QVERIFY(lifeYears < 0); // longer terms cost life-years
        QVERIFY(std::abs(with.netValueOtherLifeYearsChoice.mean -
                         (with.netValue.mean - lifeYears)) < 1e-6 * std::abs(with.netValue.mean));
        w.excessBurden = 0.25;
        w.countIncarcerationLifeYears = false;
        const PolicyVerdict off = analyse(draws, policies, w).verdicts[1];
        QVERIFY(std::abs(off.netValue.mean - with.netValueOtherLifeYearsChoice.mean) <
                1e-6 * std::abs(off.netValue.mean));
    }
};

QTEST_APPLESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
