// SPDX-License-Identifier: GPL-3.0-or-later
// The validation machinery on a made-up region: the one-off release, the cohort's
// reincarceration probability, case measures with known answers, the reproduction rule
// and the backcast.
#include "core/backcast.h"
#include "core/validation.h"
#include "testregion.h"

#include <QTest>

#include <cmath>

using namespace leastbad::core;
using leastbad::test::roundNumberRegion;

namespace {

// One draw at the central parameters: known answers follow from the parameter table.
DrawSet centralDraw(const RegionBaseline &region) {
    DrawSet draws;
    draws.calibrations.push_back(calibrate(region, Parameters{}));
    return draws;
}

CaseRun policeRun(const RegionBaseline &region) {
    CaseRun run;
    run.statusQuo = statusQuoPolicy(region);
    run.policy = run.statusQuo;
    run.policy.policePer100k *= 1.01;
    return run;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void releaseEmptiesThePrisonAndTheStockReturns() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        const Policy sq = statusQuoPolicy(region);
        SimulationOptions options;
        options.years = 30;
        const SimulationResult plain = simulate(c, sq, options);
        options.releasedAtStart = {0.2, 0.2, 0.2, 0.2};
        const SimulationResult released = simulate(c, sq, options);
        const double p0 = region.totalPrisonPopulation();
        // A fifth leaves at once: year 1 holds fewer prisoner-years, more people return.
        QVERIFY(at(released.years[0], Output::PrisonerYears) <
                at(plain.years[0], Output::PrisonerYears) - 0.1 * p0 * 0.5);
        QVERIFY(at(released.years[0], Output::Readmissions) >
                at(plain.years[0], Output::Readmissions));
        // Fewer people inside: more crime in year 1.
        QVERIFY(at(released.years[0], Output::CrimesProperty) >
                at(plain.years[0], Output::CrimesProperty));
        // Admissions are unchanged, so the stock returns to the stationary state.
        QVERIFY(std::abs(at(released.years.back(), Output::PrisonPopulation) - p0) < 0.01 * p0);
        // The status quo without a release is the stationary state, every year.
        QVERIFY(std::abs(at(plain.years.back(), Output::PrisonPopulation) - p0) < 1e-6 * p0);
    }

    void observedAdmissionsDriveTheStock() {
        const RegionBaseline region = roundNumberRegion();
        const DrawSet draws = centralDraw(region);
        const std::vector<double> flat(10, 1.0), higher(40, 1.2);
        const Policy sq = statusQuoPolicy(region);
        const std::optional<BackcastPrediction> same = runBackcast(draws, sq, flat);
        QVERIFY(same);
        const double p0 = region.totalPrisonPopulation();
        for (const Quantiles &q : same->prisonPopulation)
            QVERIFY(std::abs(q.p50 - p0) < 1e-6 * p0);
        const std::optional<BackcastPrediction> grown = runBackcast(draws, sq, higher);
        QVERIFY(grown);
        const double last = grown->prisonPopulation.back().p50;
        QVERIFY2(last > 1.1 * p0, qPrintable(QString::number(last / p0)));
    }

    void fitToObservedCountsErrorsAndCoverage() {
        std::vector<Quantiles> predicted(3);
        for (Quantiles &q : predicted)
            q = {100, 90, 95, 100, 105, 110};
        const std::vector<double> observed = {100, 120, std::nan("")};
        const BackcastFit fit = fitToObserved(predicted, observed);
        QCOMPARE(fit.years, 2);
        QVERIFY(std::abs(fit.meanAbsolutePercentageError - (0 + 20.0 / 120) / 2) < 1e-12);
        QCOMPARE(fit.intervalCoverage, 0.5);
    }

    void cohortReturnShareFollowsTheCurveAndTheLevers() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        const Policy sq = statusQuoPolicy(region);
        const double three = cohortReturnShare(c, sq, 3);
        QVERIFY2(std::abs(three - region.reincarceratedWithin3Years) < 0.01,
                 qPrintable(QString::number(three)));
        QVERIFY(cohortReturnShare(c, sq, 0.5) < cohortReturnShare(c, sq, 1));
        Policy cash = sq;
        cash.releaseCashUsd = 3030;
        QVERIFY(cohortReturnShare(c, cash, 1) < cohortReturnShare(c, sq, 1));
    }

    void elasticityAndPerUnitHaveKnownAnswers() {
        const RegionBaseline region = roundNumberRegion();
        const DrawSet draws = centralDraw(region);
        const double e = Parameters{}.policeElasticityHomicide;
        CaseRun run = policeRun(region);
        run.measure = CaseMeasure::Elasticity;
        run.quantity = CaseQuantity::Homicides;
        run.base = CaseBase::Lever;
        run.lever = findLever("police_per_100k");
        QVERIFY(!checkCaseRun(run));
        const std::optional<CaseResult> elasticity = runCase(draws, run);
        QVERIFY(elasticity);
        QCOMPARE(elasticity->definedDraws, 1);
        const double expected = (std::pow(1.01, e) - 1) / 0.01;
        QVERIFY(std::abs(elasticity->value.p50 - expected) < 1e-9);

        run.measure = CaseMeasure::PerUnit;
        run.base = CaseBase::OfficerYears;
        const double officers = 0.01 * region.policePer100k * region.population / 1e5;
        const std::optional<CaseResult> perOfficer = runCase(draws, run);
        QVERIFY(perOfficer);
        QVERIFY(std::abs(perOfficer->value.p50 -
                         region.homicides * (std::pow(1.01, e) - 1) / officers) < 1e-9);
        run.scale = 2;
        QVERIFY(std::abs(runCase(draws, run)->value.p50 - 2 * perOfficer->value.p50) < 1e-12);
    }

    void perPrisonerYearOfARelease() {
        const RegionBaseline region = roundNumberRegion();
        const DrawSet draws = centralDraw(region);
        CaseRun run;
        run.statusQuo = statusQuoPolicy(region);
        run.policy = run.statusQuo;
        run.releasedShare = {0.1, 0.1, 0.1, 0.1};
        run.measure = CaseMeasure::ChangePerPrisonerYear;
        run.quantity = CaseQuantity::ReportedCrimes;
        const std::optional<CaseResult> r = runCase(draws, run);
        QVERIFY(r);
        QVERIFY(r->value.p50 < 0); // fewer prisoner-years, more crime
        run.measure = CaseMeasure::PerUnit;
        run.base = CaseBase::ReleasedPeople;
        run.quantity = CaseQuantity::PrisonerYears;
        const std::optional<CaseResult> perReleased = runCase(draws, run);
        // Each person released takes away less than a prisoner-year: some would have left
        // within the year anyway, and some come back.
        QVERIFY(perReleased->value.p50 < 0 && perReleased->value.p50 > -1);
    }

    void badRunsAreRefused() {
        const RegionBaseline region = roundNumberRegion();
        CaseRun run = policeRun(region);
        run.horizonYears = 2;
        run.lastYear = 3;
        QVERIFY(checkCaseRun(run));
        run.lastYear = 2;
        QVERIFY(!checkCaseRun(run));
        run.measure = CaseMeasure::Elasticity; // needs a base
        QVERIFY(checkCaseRun(run));
        run.base = CaseBase::ReleasedPeople;
        QVERIFY(checkCaseRun(run));
        run.measure = CaseMeasure::RelativeChange;
        run.base = CaseBase::None;
        run.quantity = CaseQuantity::ConvictionsFromDetention;
        QVERIFY(checkCaseRun(run));
    }

    void aZeroDenominatorLeavesTheDrawOut() {
        const RegionBaseline region = roundNumberRegion();
        CaseRun run;
        run.statusQuo = statusQuoPolicy(region);
        run.policy = run.statusQuo; // nothing changes
        run.measure = CaseMeasure::ChangePerPrisonerYear;
        const std::optional<CaseResult> r = runCase(centralDraw(region), run);
        QVERIFY(r);
        QCOMPARE(r->definedDraws, 0);
        QVERIFY(!reproduces(*r, {0, 0, 0}));
    }

    void reproductionRule() {
        CaseResult model;
        model.definedDraws = 100;
        model.value = {-1, -2, -1.5, -1, -0.5, -0.2};
        QVERIFY(reproduces(model, {-0.3, -0.3, -0.3})); // point inside
        QVERIFY(!reproduces(model, {-3, -3, -3}));      // point outside
        QVERIFY(reproduces(model, {-2.5, -3, -2}));     // ranges touch
        QVERIFY(!reproduces(model, {0.1, -0.1, 0.3}));  // overlap, but the median's sign differs
        QVERIFY(!reproduces(model, {0, 0, 0}));         // zero outside the interval
        model.value = {0.1, -0.2, 0, 0.1, 0.2, 0.4};
        QVERIFY(reproduces(model, {0, 0, 0})); // zero inside: no sign asked
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
